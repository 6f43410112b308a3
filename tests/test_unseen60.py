"""A sixtieth held-out round of pages imitating publishing systems (issue 9): English-language news pages whose
article opens outside the body container (regional and national papers' CMSes, broadcasters' sites, a public-radio
station, a newswire's own site, a city magazine, a trade paper), the kind on which body start is weakest blind. Each
page marks its opening one way: a sub-headline set as ``<h2>``, a live-updates header with its summary under the
byline, a lede in its own box before the text's, a drop capital in a span of its own, an "At a glance" box, a
dateline in its own span, a deck named "article-intro", a summary above the byline, a deck named "c-lede", a bare
``<p>`` in the ``<header>``, a first paragraph wholly in ``<strong>``, an audio player's "Listen to this article".
Bylines: a role line, two or three names joined by "and", an agency under the names, a placeholder account declared
with the visible byline naming people, capitals. Six of the twelve declare titles worded otherwise than the visible
``<h1>``. The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before
the single held-out score), BEFORE any rule of the round. The round's focus: body start.

Each page in ``fixtures/unseen60`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (none of these systems was imitated in an earlier set; belfast's group was, and the page is
named as the neighbour it is):

- itv: a UK broadcaster's news site on Next.js (ITV-News-like): the declared titles worded otherwise than the
  ``<h1>``, a sub-headline set as ``<h2>`` under it, the Political Editor's name with her role on a line of its own,
  a hero picture "… Credit: PA", a video embed in the text, "More on this story";
- stv: a Scottish broadcaster's WordPress news site (STV-like): a live page (``LiveBlogPosting``) whose header holds a
  "Live updates" strip, the headline, "By NAME and NAME" and a summary paragraph below the byline, posts newest first,
  "Related coverage" among them;
- upi: a newswire's own site (UPI-like): the declared titles reworded, the lede "WASHINGTON, March 11 (UPI) -- …" in
  a box of its own before the text's ``<article>``, "Photo by NAME/UPI | License Photo", "Keep reading", the wire's
  copyright line closing the text;
- citymag: a city magazine on WordPress (Philadelphia-magazine-like): the declared titles worded otherwise than the
  feature's ``<h1>``, "by NAME · Photography by NAME", the first paragraph's capital in a ``span.dropcap``, a pull
  quote, "Related coverage", a print note "Published as … in the April 2026 issue of …" closing the text;
- startribune: a regional paper on Arc (Star-Tribune-like): three writers "By A, B and C", the paper's name on the
  line under them, a lead picture credited "NAME, PAPER", an "At a glance" box of three rows between the picture and
  the text, "Keep reading";
- dmn: a metropolitan daily on Arc (Dallas-Morning-News-like): the declared titles worded otherwise than the
  ``<h1>``, the byline in capitals ("By RENATA QUILLEN"), the dateline "AUSTIN — " in a span of its own opening the
  first paragraph, a credit "(NAME / Staff Photographer)", "Related coverage";
- seattletimes: a regional paper on WordPress VIP (Seattle-Times-like): a deck in a ``div.article-intro`` above the
  byline (not the description's words), "NAME, PAPER staff reporter", "More on this story";
- wral: a local TV station's site (WRAL-like): the declared titles reworded, the JSON-LD author a placeholder account
  ("WRNC Web Editor") while the visible byline names two reporters, a ``div.summary`` above the byline, a video
  player, a picture "Photo courtesy of the Town of Cary" inside the text, "Related coverage", the broadcaster's
  copyright line closing the text;
- newsday (held out): a Long Island daily on Next.js (Newsday-like) running an agency story: a deck named ``c-lede``
  repeating the description, "By NAME and NAME" with "The Associated Press" on the line under them, "NEW YORK (AP)
  —" opening the text, "Credit: AP/NAME", "More on this story";
- crain (held out): a trade paper on Drupal (Automotive-News/Crain-like): the declared titles worded otherwise than
  the ``<h1>``, a bare ``<p>`` in the article's ``<header>`` repeating the description, "BY NAME" in capitals,
  "Photo credit: COMPANY", "Keep reading", a subscription prompt after the text;
- belfast (held out): a regional daily on Arc (Belfast-Telegraph-like, neighbour of unseen21's independentie on the
  same group's Mediahuis stack): "Today at 07:30" under the
  writer's name, "Photo: NAME/PA", the first paragraph wholly in ``<strong>``, "More on this story";
- opb (held out): a public-radio station's site (OPB-like): "By NAME (STATION)", a lead picture credited "NAME /
  STATION", a text-to-speech player "Listen to this article" and its note between the picture and the text, "Related
  coverage", a donation prompt after the text.

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them, by the written
conventions: the visible ``<h1>`` is the headline however the declared titles word it; a deck above the byline is
no body when it repeats the description (newsday, crain) or its box is named as an intro or summary (seattletimes,
wral), and a summary below the byline opens the text whatever it is named (stv); an "At a glance" box is a summary,
no body; a lede in its own box before the text's, a first paragraph in bold and a dateline in its own span open the
text; a drop capital is read with its word ("At"); a print note ("Published as … in the … issue of …") and a
broadcaster's or wire's copyright line close no text; a placeholder account declared as author names nobody, the
visible byline names the writers; a byline in capitals names the writer, spelt as declared; "The Associated Press"
under the writers, the agency of the "(AP)" dateline, is the source (recorded once); a picture's credit is as
printed after its label ("Credit:", "Photo:", "Photo by", "Photo credit:", "Photograph by"), "Photo courtesy of X"
read "Courtesy of X"; "Photography by NAME" in the byline names the photographer as the caption's credit does.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): itv, stv, upi, citymag, startribune, dmn, seattletimes, wral;
- held out (scored once, blind, before any rule of the round): newsday, crain, belfast, opb (a daily running an
  agency's story, a trade paper, a Mediahuis regional, a public-radio station).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=0.875
  related=1.000 attributions=1.000 images=1.000 (stv's summary under the byline, furniture by its name, was passed
  over and the text opened at the first post's title; citymag's print note "Published as … in the April 2026 issue
  of …" closed the text);
- dev, after the dev rules (see "Sixtieth held-out round" in docs/extraction-design.md: a print note naming no
  article; a paragraph in a header's box named as a summary, below the byline, opens the text; and, found with
  ``--undeclared``, "By <a rel=author>A</a> and <a rel=author>B</a>" names both writers): all eight fields 1.000;
- held out, after the dev rules: unchanged, all eight fields 1.000 (no held-out kind to fix; no expectation changed
  after a run).

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=0.917 body_start=0.833 body_end=1.000 related=0.964 attributions=1.000 images=1.000 (before the byline rule,
authors 0.972 and attributions 0.983: stv's second linked writer). The misses left there are kinds the conventions
decide so or no page prints: newsday's and crain's decks repeat the description, which taken out leaves them the
text's opening by the convention; belfast prints "Today at 07:30" and no date; startribune's "More from Local"
under the text names the section only its ``article:section`` declares, so its cards read as teasers.

``tests/unseen_score.py unseen60`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen60"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://news.example/2026/03/11/story") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_TEXT = "".join(f"<p>The council voted on the plan on Tuesday night after a long debate, paragraph {n} of the story "
                f"as the reader sees it.</p>" for n in range(6))


def test_a_print_note_naming_no_article_closes_no_text() -> None:
    """"Published as “TITLE” in the April 2026 issue of MAGAZINE." under a city magazine's text (no "This article"
    opening it, the print title in quotation marks) is a print note as "This article appears in the April 2026 issue of
    …" is, and leaves the text; a sentence of the text opening with "Published in" and naming a journal's issue stays."""
    from newsarchive.extraction.hints import PRINT_NOTE

    assert PRINT_NOTE.match("Published as “The Last Loaves” in the April 2026 issue of Harbor City Magazine.")
    assert PRINT_NOTE.match("Appeared in the March 2026 issue.")
    assert PRINT_NOTE.match("Published in the print edition of March 12, 2026.")
    assert not PRINT_NOTE.match("Published in the journal Nature in its March issue, the study found more.")
    page = ("<html><head><title>Story</title></head><body><article><h1>Story</h1><div class='entry-content'>"
            f"{_TEXT}<p><em>Published as \"The Last Loaves\" in the April 2026 issue of Harbor City Magazine.</em></p>"
            "</div></article></body></html>")
    assert _extract(page)["body"].endswith("paragraph 5 of the story as the reader sees it.")
    kept = page.replace("<em>Published as", "<em>Published in the journal Nature in its March issue, the study of")
    assert "Published in the journal Nature" in _extract(kept)["body"]


def _live(summary_class: str, byline_first: bool = True) -> str:
    byline = ("<div class='entry-meta'><span class='entry-meta__by'>By Ann Lee and Tom Roe</span> "
              "<time datetime='2026-02-24T06:15:00+00:00'>24 Feb 2026, 06:15</time></div>")
    summary = (f"<div class='{summary_class}'><p>A rare red weather warning for wind is in force across the west "
               "of the country until 3pm on Tuesday, with gusts of up to 90mph expected.</p></div>")
    head = byline + summary if byline_first else summary + byline
    return ("<html><head><title>Storm live</title><meta name='description' content='Follow the latest.'></head><body>"
            f"<article><header class='entry-header'><h1>Storm live: roads closed as warning comes into force</h1>{head}"
            f"</header><figure><img src='/a.jpg'><figcaption>Waves at the sea wall.</figcaption></figure>"
            f"<div class='entry-content'>{_TEXT}</div></article></body></html>")


def test_a_summary_below_the_byline_in_the_header_opens_the_text() -> None:
    """A paragraph in a box of the article's ``<header>`` named as a summary and nothing else, set below "By NAME and
    NAME" and the time (a live page's header), opens the text, as the convention has it for any paragraph below the
    byline; above the byline, or named as a standfirst, it is a deck and the text opens in its box."""
    assert _extract(_live("live-header__summary"))["body"].startswith("A rare red weather warning")
    assert _extract(_live("summary", byline_first=False))["body"].startswith("The council voted")
    assert _extract(_live("standfirst"))["body"].startswith("The council voted")


def test_writers_links_marked_as_the_authors_joined_by_and() -> None:
    """"By <a rel="author">A</a> and <a rel="author">B</a>" in a line no class names as a byline (a WordPress live
    page's header, nothing declared): each link is marked as the author's, and the line names both writers, as a box
    of links to writers' pages set apart by commas does; a line with other words between the links names the first
    only."""
    line = ("<span class='entry-meta__by'>By <a href='/author/ann-lee/' rel='author'>Ann Lee</a> and "
            "<a href='/author/tom-roe/' rel='author'>Tom Roe</a></span>")
    page = ("<html><head><title>Story</title></head><body><article><header><h1>Storm closes roads across the "
            f"west</h1><div class='entry-meta'>{line} <time>24 Feb 2026, 06:15</time></div></header>"
            f"<div class='entry-content'>{_TEXT}</div></article></body></html>")
    assert _extract(page)["authors"] == ["Ann Lee", "Tom Roe"]
    other = page.replace("</a> and <a", "</a> with photographs by <a")
    assert _extract(other)["authors"] == ["Ann Lee"]
