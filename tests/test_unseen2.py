"""A second held-out round of pages imitating publishing systems (issue 9).

Each page in ``fixtures/unseen2`` was written from memory of a publishing system's markup
that the other fixtures do not cover, with invented text: a Gannett/USA Today network
paper, BBC-style ``data-component`` blocks, a Guardian-style page (``data-gu-name``), a
Reach plc UK regional, a Times of India-style page (text set with ``<br>``), a Korean
portal page, a News Corp Australia page, a French regional (Ouest-France style), and a
NYT-style page, a WordPress Newspack site, a German regional (Funke style) and a Brazilian
page (Globo style). ``NAME.expected.json`` holds what a reader sees: headline, authors, day
of publication, the body's first and last sentence, the related-article teasers' URLs, the
attributions as ``(role, name)`` and the images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules were fixed on these): gannett, bbc, guardian, reach, toi, korean,
  newscorp_au, ouestfrance;
- held out (scored once, after the dev fixes, before any change for them): nyt, newspack,
  funke, globo.

``tests/unseen_score.py unseen2`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import FIELDS, SETS, check_field, expected, norm, record  # noqa: E402

DEV, HELD = SETS["unseen2"]


#: (page, field) pairs still wrong, each a kind not fixed yet (see the report in the commit log).
KNOWN_FAILURES: set[tuple[str, str]] = {
    # (funke's body start, an intro below the byline with the lead picture after it, was fixed in the twenty-second
    # round: a deck named as a lead or intro with the picture between it and the text, ``body._named_deck``)
    # held out: a picture's caption in an unnamed box beside the picture's box, inside a box named "byline" (a
    # rule keeping wide pictures in boxes named for a person was tried later and dropped: writers' thumbnails)
    ("toi", "images"),
    # (guardian's body end, a donation appeal in a box named "support", and korean's related links, a
    # paragraph of headline links between <br>-separated paragraphs, were fixed later:
    # tests/test_kinds_known_failures.py)
}


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("name", DEV + HELD)
def test_page_field(name: str, field: str) -> None:
    check_field("unseen2", name, field, KNOWN_FAILURES)


def test_a_list_of_headline_links_between_paragraphs_is_a_teaser_list() -> None:
    """A "links block" set between two paragraphs, with no label, holds related stories."""
    rec = record("bbc")
    related = [link["url"] for link in rec["related_links"] if link["kind"] == "related"]
    assert related[:2] == expected("bbc")["related"][:2]
    assert "knife edge" not in rec["body"]


def test_a_labelled_teaser_box_beside_the_article_column_is_related() -> None:
    """"Related" / "More related stories" boxes a level or two above the text's container."""
    for name in ("toi", "newscorp_au"):
        related = {link["url"] for link in record(name)["related_links"] if link["kind"] == "related"}
        assert related == set(expected(name)["related"])


def test_topic_tags_in_a_related_box_are_no_teasers() -> None:
    links = record("newscorp_au")["related_links"]
    assert not [link for link in links if link["kind"] == "related" and "/topics/" in link["url"]]
    assert norm(expected("newscorp_au")["headline"])


def test_a_surname_printed_in_capitals_with_its_particle_is_a_name() -> None:
    from newsarchive.extraction.authors import split_byline
    assert split_byline("Ouest-France\nJeanne LE GUEN.", ["Ouest-France"]) == (["Jeanne LE GUEN"], [])
    assert split_byline("Marco DE LUCA") == (["Marco DE LUCA"], [])
    assert split_byline("John Smith NDR") == ([], [])  # an outlet's acronym, not a surname


def test_bylines_named_in_french_or_italian_are_found() -> None:
    """``class="signature"`` / ``"auteur"`` / ``"firma"`` mark a byline as "byline" does."""
    from newsarchive.extraction import extract_article
    for cls in ("signature", "auteur", "firma"):
        html = (f"<html><body><article><h1>Le marché déménage</h1><div class='{cls}'>Jeanne Martin</div>"
                "<p>" + "Les commerçants seront installés place de la Libération à partir du 4 avril. " * 4
                + "</p></article></body></html>")
        assert extract_article(html.encode(), "https://journal.example/a")["authors"] == ["Jeanne Martin"]
    assert [a for a in record("ouestfrance")["authors"]] == ["Jeanne LE GUEN"]


def test_a_closing_with_agency_after_a_dash_credits_the_agency() -> None:
    from newsarchive.extraction.attributions import credited
    assert credited("– with AAP") == [("credit", "AAP")]
    assert credited("— With AP") == [("credit", "AP")]
    assert ("contributor", "AAP") in {(a["role"], a["name"]) for a in record("newscorp_au")["attributions"]}


DEK = ("Commuters on the harbour routes will pay the most under the new fare schedule. "
       "A weekly cap is also set to climb from July.")
TEXT = ["Ferry fares will rise by twelve per cent from July, the biggest single increase in more than a "
        "decade, under a new schedule released by the regulator on Thursday morning.",
        "An adult trip on the longest route will cost more at peak times, while the weekly cap will climb "
        "again, the regulator said in a statement published with the new schedule."]


def _dek_page(first: str, second: str) -> dict:
    from newsarchive.extraction import extract_article
    html = ("<html><head><meta name='description' content='Commuters on the harbour routes will pay the most "
            "under the new fare schedule.'></head><body><article><header><h1>Ferry fares to rise</h1>"
            f"{first}{second}</header><div class='story-body'>"
            + "".join(f"<p>{t}</p>" for t in TEXT) + "</div></article></body></html>")
    return extract_article(html.encode(), "https://news.example/ferry-fares")


BYLINE = "<div class='meta'><span>Ann Lee and Bo Chen</span><span>March 12, 2026 - 3:41PM</span></div>"


def test_a_paragraph_above_the_byline_opening_with_the_description_is_the_standfirst() -> None:
    assert _dek_page(f"<p class='intro'>{DEK}</p>", BYLINE)["body"].startswith(TEXT[0])
    for name in ("newscorp_au", "ouestfrance"):
        assert norm(record(name)["body"])[:40] == norm(expected(name)["body_first"])[:40]


def test_a_paragraph_below_the_byline_is_the_opening_whatever_the_description() -> None:
    assert _dek_page(BYLINE, f"<p class='intro'>{DEK}</p>")["body"].startswith(DEK)


def test_a_standfirst_above_the_byline_inside_the_text_container_is_left_out() -> None:
    """The container holds the header too (no ``<header>``): standfirst, byline, date, text."""
    from newsarchive.extraction import extract_article
    html = ("<html><head><meta name='description' content='Commuters on the harbour routes will pay the most "
            "under the new fare schedule as a weekly cap climbs'></head><body><article><h1>Ferry fares to rise</h1>"
            "<div><p>Commuters on the harbour routes will pay the most under the new fare schedule as a weekly "
            "cap climbs</p></div><div>Ann Lee in Sydney and Bo Chen</div><div>Thu 12 Mar 2026 14.32 GMT</div>"
            "<div class='body'>" + "".join(f"<p>{t}</p>" for t in TEXT) + "</div></article></body></html>")
    assert extract_article(html.encode(), "https://news.example/ferry")["body"].startswith(TEXT[0])
    assert norm(record("guardian")["body"])[:40] == norm(expected("guardian")["body_first"])[:40]


def test_a_link_reading_first_reported_by_names_the_outlet() -> None:
    from newsarchive.extraction.attributions import source_name
    assert source_name("The deal was ", "first reported by Bloomberg", " on Tuesday.") == "Bloomberg"
    assert ("source", "Bloomberg") in {(a["role"], a["name"]) for a in record("nyt")["attributions"]}


def test_the_outlets_closing_note_is_not_text() -> None:
    """"The Ledger is a nonprofit newsroom covering ..." after the text, as a tagline."""
    body = record("newspack")["body"]
    assert "nonprofit newsroom" not in body and body.endswith("Dale Sims contributed to this report.")
