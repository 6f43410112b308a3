"""Body extraction on pages built like real publishing systems (fixtures written for these tests)."""

from pathlib import Path

import pytest

from newsarchive.extraction.body import Body, extract_body
from newsarchive.extraction.page import load_page

FIXTURES = Path(__file__).parent / "fixtures" / "body"


def extract(name: str, url: str) -> Body:
    return extract_body(load_page((FIXTURES / f"{name}.html").read_bytes(), url))


def expected_body(name: str) -> str:
    return (FIXTURES / f"{name}.body.txt").read_text(encoding="utf-8").rstrip("\n")


def links_of(body: Body, kind: str) -> list[str]:
    return [link["url"] for link in body.links if link["kind"] == kind]


# (fixture, page URL, inline links, related links)
CASES = [
    ("wordpress", "https://valleyledger.example/2024/05/02/bike-lanes/",
     ["https://valleyledger.example/documents/harbour-road-plan.pdf", "https://pedalvalley.example/survey-2024"],
     ["https://valleyledger.example/2024/03/11/harbour-road-consultation/"]),
    ("arc", "https://coastlinepost.example/business/2024/09/10/port-strike-talks/",
     ["https://calloway-port.example/statements/sept-9"],
     ["https://coastlinepost.example/business/2024/09/03/port-strike-begins/"]),
    ("bbc", "https://news.example/news/science-environment-789",
     [],
     ["https://news.example/news/science-123", "https://news.example/news/science-456"]),
    ("guardian", "https://www.meridian.example/travel/2024/dec/08/night-trains-alps",
     ["https://www.meridian.example/travel/2023/jun/01/flight-shame"],
     ["https://www.meridian.example/travel/2024/nov/30/rail-pass",
      "https://www.meridian.example/travel/2024/mar/02/europe-sleeper-map",
      "https://www.meridian.example/travel/2024/jan/15/interrail-tips"]),
    ("wire", "https://wire.example/markets/copper-two-year-high-2024-03-04/", [], []),
    ("german", "https://rheinblatt.example/lokales/strassenbahn-nord/",
     ["https://rheinblatt.example/dokumente/vorlage-2025-17.pdf"],
     ["https://rheinblatt.example/lokales/radwege-ausbau-2025/"]),
    ("russian", "https://uralvestnik.example/news/2024/10/15/most/",
     ["https://perm-gorod.example/most"],
     ["https://uralvestnik.example/news/2024/09/30/remont-dorog/"]),
    ("amp", "https://gridwatch.example/2024/07/18/heatwave-power-record/amp/",
     ["https://gridwatch.example/data/generation-mix"],
     ["https://gridwatch.example/2024/07/02/battery-storage/"]),
    ("paywall", "https://ledgerjournal.example/tech/cheaper-batteries-race", [], []),
    ("seedlike", "https://northerntimes.example/news/2025/01/21/ferry-suspended",
     ["https://transport.example/notices/2025-01-20", "https://broadcaster.example/news/ferries"],
     ["https://northerntimes.example/news/2025/01/14/storm-warning-coast"]),
]


@pytest.mark.parametrize("name,url,inline,related", CASES, ids=[c[0] for c in CASES])
def test_body_text_is_exactly_the_article(name, url, inline, related):
    assert extract(name, url).text == expected_body(name)


@pytest.mark.parametrize("name,url,inline,related", CASES, ids=[c[0] for c in CASES])
def test_links_are_classified(name, url, inline, related):
    body = extract(name, url)
    assert links_of(body, "inline") == inline
    assert sorted(links_of(body, "related")) == sorted(related)
    assert {link["kind"] for link in body.links} <= {"inline", "related"}


def test_root_is_the_article_container():
    body = extract("wordpress", CASES[0][1])
    assert body.root is not None
    assert "entry-content" in body.root.get("class", "")


def test_seed_like_page_drops_caption_credit_and_teaser():
    body = extract("seedlike", CASES[-1][1])
    assert "Mikko Salo" not in body.text
    assert "Waves break over" not in body.text
    assert "Related article" not in body.text
    assert body.text.endswith("\n\nAFP contributed reporting.")


def test_wire_story_keeps_reporting_line_last():
    assert extract("wire", CASES[4][1]).text.endswith("(Reporting by Ruth Okafor in London and Jan Weber in Frankfurt; Editing by Mark Hill)")


def test_comments_never_win_over_a_short_article():
    text = extract("wordpress", CASES[0][1]).text
    assert "About time" not in text and "Leave a Reply" not in text


def test_link_anchor_text_and_base_href():
    html = (b'<html><head><base href="https://cdn.example/site/"></head><body><article>'
            b'<p>The ministry <a href="docs/report.pdf">published a report</a> on Monday that runs to two hundred pages.</p>'
            b'<p>It was not <a href="javascript:void(0)">shared</a> <a href="mailto:x@example.org">widely</a>'
            b' <a href="#notes">at first</a>, officials said later in a statement to the press.</p></article></body></html>')
    body = extract_body(load_page(html, "https://news.example/a/1"))
    assert body.links == [{"url": "https://cdn.example/site/docs/report.pdf", "text": "published a report", "kind": "inline"}]


def test_extraction_is_memoised_per_page():
    page = load_page((FIXTURES / "bbc.html").read_bytes(), CASES[2][1])
    assert extract_body(page) is extract_body(page)


@pytest.mark.parametrize("raw", [
    b"", b"   ", b"<html></html>", b"<frameset><frame src='a.html'></frameset>",
    b"<html><body><p>Truncated para", b"\x00\xff\xfe garbage <<<>>>",
    b"<div>" * 5000 + b"<p>deep</p>",
    b"<html><body>" + b"<p>" + b"word " * 200_000 + b"</p></body></html>",
])
def test_never_raises(raw):
    body = extract_body(load_page(raw, "https://news.example/x"))
    assert isinstance(body, Body) and isinstance(body.text, str)


SITE = Path(__file__).parent / "fixtures" / "site"
BAKHMUT = "2023/03/07/russias-losses-in-bakhmut-5-times-higher-than-ukraine-s-nato-estimates-a80410"
SITE_URL = "http://127.0.0.1:8000/"


def bakhmut_page(html: bytes | None = None) -> Body:
    """The Moscow-Times-like site fixture (optionally with its HTML edited)."""
    raw = html if html is not None else (SITE / BAKHMUT / "index.html").read_bytes()
    return extract_body(load_page(raw, SITE_URL + BAKHMUT))


def test_related_teaser_inside_the_text_keeps_its_link():
    body = bakhmut_page()
    assert {"kind": "related", "url": SITE_URL + "2023/03/06/wagner-boss-says-bakhmut-fighters-lack-ammo-a80396",
            "text": "Related article: Wagner Boss Says Bakhmut Fighters Lack Ammo"} in body.links
    assert links_of(body, "inline") == [SITE_URL + "sources/cnn-nato-bakhmut-estimate/",
                                        SITE_URL + "sources/isw-russian-offensive-campaign-assessment-march-6-2023/"]
    assert "Related article" not in body.text and "Wagner Boss" not in body.text


def test_donation_appeal_after_the_text_is_not_body():
    body = bakhmut_page()
    assert body.text.endswith("\n\nAFP contributed reporting.")
    assert "Dear readers" not in body.text and "A Message from" not in body.text
    assert "article__content" in body.root.get("class", "")


def test_unnamed_appeal_box_and_its_heading_are_not_body():
    html = (SITE / BAKHMUT / "index.html").read_bytes().replace(b"article__donate donate-block", b"article__block")
    body = bakhmut_page(html)
    assert body.text.endswith("\n\nAFP contributed reporting.")
    assert "A Message from" not in body.text
