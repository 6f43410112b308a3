"""Focused tests of the nineteenth held-out round's rules (docs/extraction-design.md, "Nineteenth held-out round")."""

from __future__ import annotations

import json
from pathlib import Path

from newsarchive.extraction import extract_article
from newsarchive.extraction.attributions import credited

FIXTURES = Path(__file__).parent / "fixtures" / "unseen19"


def _page(name: str) -> dict:
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return extract_article((FIXTURES / f"{name}.html").read_bytes(), expected["url"])


def test_copy_markers_name_no_agency():
    assert credited("(END)") == []
    assert credited("(MORE)") == []
    assert credited("(dpa)") == [("dateline", "dpa")]


def test_dash_before_contribution_line():
    assert credited("—Benjamin Katz contributed to this article.") == [("credit", "Benjamin Katz")]
    assert credited("– Jane Doe and Tom Lee contributed.") == [("credit", "Jane Doe"), ("credit", "Tom Lee")]


def _sources(html: str) -> set[str]:
    rec = extract_article(html, "https://news.example/2026/03/11/story")
    return {a["name"] for a in rec["attributions"] if a["role"] == "source"}


_STORY = ("<html><head><title>Aide quits</title></head><body><article><h1>Aide quits after leak</h1>"
          "<p>A senior aide to the senator resigned on Wednesday, hours after messages from a chat were published.</p>"
          "<p>The messages, first reported by {name}, showed the aide mocking colleagues and a constituent group.</p>"
          "<p>The senator said in a statement that he had accepted the resignation of his longtime aide.</p>"
          "<p>The senator is up for reelection in November, and polls show a close race in the state.</p>"
          "</article></body></html>")


def test_passive_reported_by_outlet():
    assert "Politico" in _sources(_STORY.format(name="Politico"))
    assert "Sky News" in _sources(_STORY.format(name="Sky News"))
    assert not _sources(_STORY.format(name="the mayor"))


def test_latest_on_topic_box_holds_no_teasers():
    urls = {link["url"] for link in _page("ft")["related_links"]}
    assert "https://www.ft.example/content/a1b2c3d4-1111-4222-8333-944455566677" not in urls
    assert "https://www.ft.example/content/0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f" in urls


_DESK = ('<html><head><title>Star weds | The Sun</title><meta property="og:site_name" content="The Sun">'
         '<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",'
         '"headline":"Star weds in secret","author":{{"@type":"Person","name":"{declared}"}},'
         '"publisher":{{"@type":"Organization","name":"The Sun"}}}}</script></head><body><article>'
         '<h1>Star weds in secret</h1><div class="byline"><span class="author-name">'
         '<a href="/author/jessica-reed/">Jessica Reed</a></span>, <span>Showbiz Reporter</span></div>'
         '<p>The dancer has revealed she secretly married her partner in a tiny ceremony in North Wales.</p>'
         '<p>The couple exchanged vows in front of just twenty guests at a hotel last weekend, a source said.</p>'
         '<p>Fans flooded her post with messages of congratulations after she shared a picture online.</p>'
         '</article></body></html>')


def test_outlet_desk_declared_gives_way_to_printed_writer():
    assert extract_article(_DESK.format(declared="Sun Showbiz"), "https://www.thesun.example/tv/1/star-weds/")[
        "authors"] == ["Jessica Reed"]
    # a person declared stays the writer
    assert extract_article(_DESK.format(declared="Jessica Reed"), "https://www.thesun.example/tv/1/star-weds/")[
        "authors"] == ["Jessica Reed"]


def test_correction_note_closes_no_text():
    html = ("<html><head><title>Drones</title></head><body><article><h1>Contractor billed for drones</h1>"
            "<div class='entry-content'>"
            "<p>A defense contractor billed the Army more than $14 million for drone test flights never flown.</p>"
            "<p>The invoices list dozens of flight hours at a range in Arizona on days when no aircraft flew.</p>"
            "<p>The company did not respond to a request for comment, and the Army said it was reviewing it.</p>"
            "<p>The contract is one of several the company won without competition, records show.</p>"
            "<p><strong>Correction: March 12, 2026</strong><br>An earlier version of this article misstated the "
            "location of the test range. It is in Arizona, not New Mexico.</p></div></article></body></html>")
    body = extract_article(html, "https://news.example/2026/03/11/drones/")["body"]
    assert body.rstrip().endswith("records show.")
