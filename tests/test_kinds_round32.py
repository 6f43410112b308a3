"""One small page or string per kind of layout the thirty-second held-out round (``fixtures/unseen32``) revealed; each
fails without its rule (see "Thirty-second held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

EN_PARAS = "".join(f"<p>The planning commission met for the {n}th time on Tuesday to discuss the parking rules that "
                   "have kept several small businesses from opening on Main Street.</p>" for n in range(4, 9))


def _page(inner: str, after: str = "", head: str = "") -> bytes:
    return (f"<html><head><title>Parking rules</title>{head}</head><body><article><h1>Parking rules</h1>{inner}"
            f"{EN_PARAS}{after}</article></body></html>").encode()


def test_a_print_note_with_originally_closes_no_text() -> None:
    """"This article originally appeared in print under the headline …": a magazine's print note under the text."""
    rec = extract_article(_page("", '<p><em>This article originally appeared in print under the headline "The '
                                    'Zoning Board Will See You Now."</em></p>'), "https://mag.example/2026/03/zoning")
    assert rec["body"].rstrip().endswith("Main Street.")


def test_a_deck_named_so_above_the_byline_is_no_text() -> None:
    """``<div class="simple-title-wrap"><h1>…</h1><div class="simple-deck">…</div><div class="simple-byline">…``: a
    deck named "deck" (or "dek") in the headline's box, above the byline, is a standfirst, not the text's opening."""
    page = ('<html><head><title>Parking rules</title></head><body><div class="post"><div class="title-wrap">'
            '<h1>Parking rules</h1><div class="simple-deck">“We had 140 years of the paper in a basement. Now it is the '
            'most valuable thing we own.”</div><div class="simple-byline">By <a href="/author/a/">Ann Lee</a> '
            'March 11, 2026</div></div><div class="simple-body">' + EN_PARAS + '</div></div></body></html>')
    rec = extract_article(page.encode(), "https://lab.example/2026/03/parking-rules/")
    assert rec["body"].startswith("The planning commission met for the 4th time")
