"""extract_metadata on fixture pages imitating different publishing systems.

Every field of ``Metadata`` is asserted exactly; the pages are in ``fixtures/meta``.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from newsarchive.extraction.metadata import Metadata, extract_metadata
from newsarchive.extraction.page import load_page

FIXTURES = Path(__file__).parent / "fixtures" / "meta"


def meta_of(name: str, url: str | None = None) -> Metadata:
    return extract_metadata(load_page((FIXTURES / name).read_bytes(), url))


def author(name: str, text: str, url: str | None = None) -> dict:
    return {"role": "author", "name": name, "text": text, "url": url}


EXPECTED = {
    "wordpress_yoast.html": Metadata(
        canonical_url="https://riverside-gazette.example/2023/03/07/city-council-approves-new-harbour-bridge/",
        headline="City council approves new harbour bridge",
        description="The vote ends a decade of debate over the crossing.",
        published="2023-03-07T09:00:00+00:00",
        modified="2023-03-07T11:30:00+00:00",
        authors=["Anna Smith"],
        author_attributions=[author("Anna Smith", "by Anna Smith", "https://riverside-gazette.example/author/anna-smith/")],
        publisher="Riverside Gazette",
        section="Local",
        tags=["bridge", "council"],
        language="en-US",
        article_type="Article",
    ),
    "arc_style.html": Metadata(
        canonical_url="https://www.valleypost.example/weather/2023/03/07/storm-knocks-out-power/",
        headline="Storm knocks out power to thousands across the valley",
        description="Crews worked overnight to restore electricity after winds topped 90 km/h.",
        published="2023-03-07T06:15:00Z",
        modified="2023-03-07T08:40:12Z",
        authors=["Anna Smith", "Boris Petrov"],
        author_attributions=[
            author("Anna Smith", "By Anna Smith and Boris Petrov", "/people/anna-smith/"),
            author("Boris Petrov", "By Anna Smith and Boris Petrov"),
        ],
        publisher="The Valley Post",
        section="Weather",
        tags=["storm", "power outage", "weather"],
        language="en",
        article_type="NewsArticle",
    ),
    "bbc_style.html": Metadata(
        canonical_url="https://www.bbc.example/news/uk-12345678",
        headline="Ferry services suspended as gales batter coast",
        description="Ferries will not sail until Thursday, operators say.",
        published="2023-03-07T07:30:00Z",
        modified="2023-03-07T09:02:00Z",
        authors=["Jane Doe"],
        author_attributions=[author("Jane Doe", "By Jane Doe BBC Scotland, Oban")],
        publisher="BBC News",
        section=None,
        tags=[],
        language="en-GB",
        article_type="ReportageNewsArticle",
    ),
    "guardian_style.html": Metadata(
        canonical_url="https://www.theguardian.example/environment/2023/mar/07/glacier-retreat-doubles",
        headline="Glacier retreat doubles in two decades, study finds",
        description="Researchers say the loss of ice has accelerated since 2000.",
        published="2023-03-07T05:00:03Z",
        modified="2023-03-07T12:10:00Z",
        authors=["Anna Smith"],
        author_attributions=[author("Anna Smith", "Anna Smith", "https://www.theguardian.example/profile/anna-smith")],
        publisher="The Guardian",
        section="Environment",
        tags=["Climate crisis", "Glaciers", "Environment"],
        language="en",
        article_type="NewsArticle",
    ),
    "wire_story.html": Metadata(
        canonical_url=None,
        headline="Central bank raises rates for fifth time this year",
        description="The bank raised its key rate by a quarter point.",
        published="2023-03-07T14:05:00+01:00",
        modified=None,
        authors=["Anna Smith"],
        author_attributions=[
            author("Anna Smith", "By Anna Smith, Reuters"),
            {"role": "contributor", "name": "Reuters", "text": "By Anna Smith, Reuters", "url": None},
        ],
        publisher="World Wire",
        section=None,
        tags=[],
        language="en",
        article_type="article",
    ),
    "german_outlet.html": Metadata(
        canonical_url=None,
        headline="Neue Radwege für die Innenstadt",
        description="Der Stadtrat hat den Ausbau von drei Radwegen beschlossen.",
        published="2023-03-07T14:35:00",
        modified=None,
        authors=["Max Mustermann", "Erika Gabler"],
        author_attributions=[
            author("Max Mustermann", "Von Max Mustermann und Erika Gabler"),
            author("Erika Gabler", "Von Max Mustermann und Erika Gabler"),
        ],
        publisher="Stadtanzeiger",
        section=None,
        tags=["Verkehr", "Radwege", "Stadtrat"],
        language="de",
        article_type=None,
    ),
    "russian_outlet.html": Metadata(
        canonical_url=None,
        headline="В городе открылся новый парк",
        description=None,
        published="2023-03-07T14:35:00",
        modified=None,
        authors=["Иван Петров"],
        author_attributions=[author("Иван Петров", "Автор: Иван Петров")],
        publisher="Городские вести",
        section=None,
        tags=[],
        language="ru",
        article_type="article",
    ),
    "amp_article.html": Metadata(
        canonical_url="/sociedad/2023/03/07/plan-de-vivienda.html",
        headline="El Gobierno anuncia un plan de vivienda",
        description="El plan prevé construir 20.000 viviendas en cinco años.",
        published="2023-03-07T10:20:00+01:00",
        modified="2023-03-07T10:45:00+01:00",
        authors=["Lucía Fernández"],
        author_attributions=[author("Lucía Fernández", "Por Lucía Fernández")],
        publisher="Diario del Sur",
        section="Sociedad",
        tags=["vivienda", "Gobierno"],
        language="es",
        article_type="NewsArticle",
    ),
    "visible_only.html": Metadata(
        canonical_url=None,
        headline="Local bakery wins national award",
        description=None,
        published="2023-03-07",
        modified=None,
        authors=["Tom Baker"],
        author_attributions=[author("Tom Baker", "By Tom Baker, Staff Writer | March 07, 2023")],
        publisher=None,
        section=None,
        tags=[],
        language="en",
        article_type=None,
    ),
    "title_suffix.html": Metadata(
        canonical_url=None,
        headline="Le musée rouvre ses portes après deux ans de travaux",
        description=None,
        published="2023-03-07",
        modified=None,
        authors=["Claire Dubois"],
        author_attributions=[author("Claire Dubois", "Par Claire Dubois, le 7 mars 2023")],
        publisher="Le Courrier du Lac",
        section=None,
        tags=[],
        language="fr",
        article_type="article",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field(name: str) -> None:
    assert asdict(meta_of(name)) == asdict(EXPECTED[name])


def test_url_makes_links_absolute() -> None:
    meta = meta_of("amp_article.html", "https://diariodelsur.example/amp/sociedad/plan.html")
    assert meta.canonical_url == "https://diariodelsur.example/sociedad/2023/03/07/plan-de-vivienda.html"
    arc = meta_of("arc_style.html", "https://www.valleypost.example/weather/x/")
    assert arc.author_attributions[0]["url"] == "https://www.valleypost.example/people/anna-smith/"


def test_date_from_url_when_page_has_none() -> None:
    page = load_page(b"<html><body><h1>Quiet day</h1><p>Nothing happened.</p></body></html>",
                     "https://news.example/2023/03/07/quiet-day/")
    assert extract_metadata(page).published == "2023-03-07"


@pytest.mark.parametrize("body", [
    b"",
    b"\x00\xff\xfe\x00garbage",
    b"<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Cut</script>",
    b"<script type=application/ld+json>[1, null, {\"@type\": 5, \"headline\": 7, \"author\": [null, 3, {\"name\": 5}],"
    b" \"datePublished\": 1e99, \"publisher\": [], \"keywords\": 5, \"inLanguage\": {}}]</script>",
    b"<meta property='article:published_time' content='2023-99-99T99:99'><time datetime='x'>31.02.2023</time><h1>x",
    b"<html lang='  '><link rel=canonical href='http://[::1'><h1></h1>",
])
def test_never_raises(body: bytes) -> None:
    meta = extract_metadata(load_page(body, "http://example.test/a"))
    assert isinstance(meta, Metadata) and meta.authors == []


def test_headline_keeps_the_letter_case_the_page_prints() -> None:
    """A declared title differing from the visible heading in letter case only: the page's own spelling."""
    html = ("<html><head><meta property='og:title' content='Who won the Republican debate? Who cares'></head><body>"
            "<article><h1>Who Won the Republican Debate? Who Cares</h1><p>Text of the column.</p></article></body></html>")
    assert extract_metadata(load_page(html)).headline == "Who Won the Republican Debate? Who Cares"
