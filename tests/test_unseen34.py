"""A thirty-fourth held-out round of pages imitating publishing systems (issue 9): English-language culture,
criticism and hobby magazines on the web (music, sport and culture, games, literature, essays, long reads, food,
book reviews, travel), most of which declare little (eleven of twelve declare no writer, or only the organisation, a
placeholder ("Kotaku Staff", "Bon Appétit Test Kitchen") or only the first of two; four declare no JSON-LD at all).
The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single
held-out score), BEFORE any rule of the round. The round's focus: authors and the text's opening.

Each page in ``fixtures/unseen34`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- pitchfork: a music review site (the album title alone as the headline, a score box "8.4" and "Best New Music",
  "Label:" / "Reviewed: March 11, 2026" in an info list, a dek, "By NAME", the organisation as the declared author, a
  "Related" callout in the text, affiliate "Buy:" links, "More Reviews" cards with their writers);
- ringer (held out): a sports-and-culture site on Chorus ("By NAME", "Mar 11, 2026, 5:30am EDT", a dek, a credit
  alone in the hero's caption "Getty Images/Ringer illustration", a podcast embed and a "Related" list in the text,
  "More from NAME", a "Latest" rail with writers and relative dates);
- kotaku: a gaming site (the writer's name alone, linked, no "By", "Published March 11, 2026", "Comments (42)", a
  placeholder "Kotaku Staff" declared, "Screenshot: STUDIO / Kotaku" credit, bold "Read More:" inline link, an
  affiliate commerce unit, "Related Content" cards, "Most Popular" with writers, comments);
- lithub: a literary site on WordPress/Yoast (a subtitle in an ``<h2>``, "By NAME and NAME" with only the first
  declared, "March 11, 2026", a book note after a rule, the writers' bios, "Featured image: Photo by NAME" closing the
  text, "More Story" cards with writers);
- parisreview (held out): a literary quarterly's blog, no JSON-LD ("By NAME" in a ``<p class="author">``, "March 11,
  2026", "Arts & Culture", a picture in a ``<p>`` with its caption in the next ``<p>`` "Photograph courtesy of …", an
  italic writer's note, "Read More" links, "The Daily" rail with "By The Paris Review" bylines);
- lareviewofbooks: a review of books on Next.js (a WebPage JSON-LD with no writer, "REVIEW", a subtitle naming the
  writer "NAME reviews …", "By NAME", "MARCH 11, 2026", a reviewed book box "Ice Year / By NAME. Translated by NAME. /
  Publisher. 320 pages.", a drop-cap first letter in its own span, a pull quote, a contributor bio twice, "RELATED
  ARTICLES" cards with writers);
- baffler: an essay magazine on WordPress, no JSON-LD ("From Issue No. 82", a subtitle, the writer's name alone in a
  ``<div>`` linked to /authors/, "Illustration by NAME" as the picture's only caption, a drop-cap first letter in its
  own span, a pull quote, an author bio, "More from Issue No. 82" with writers);
- longreads (held out): a long-reads curator on WordPress.com, no JSON-LD (the blog's account "Longreads" as the
  theme's byline, an italic intro, "NAME | Longreads | March 11, 2026 | 18 minutes (4,600 words)" in a plain ``<p>``
  inside the text's box, "(NAME/Getty Images)" closing a caption, "* * *", a writer's note, "Editor: NAME / Copy
  editor: NAME", Jetpack "Related" posts);
- paste: a pop-culture site (a ranked list, "By NAME & NAME | March 11, 2026 | 5:30pm" in one ``<p>``, the
  organisation declared, "Photo courtesy of …" as the only caption, "Share Tweet Submit Pin", bold "Related:" inline,
  a writers' note, "More from TV" cards "By NAME | DATE");
- bonappetit: a food magazine's article with a recipe card (the Recipe JSON-LD alone, naming the "Bon Appétit Test
  Kitchen"; "By NAME", a dek, "Photograph by NAME, Food Styling by NAME, Prop Styling by NAME" as the only caption, a
  product embed, "Read more:" inline, the recipe card with "Recipe by NAME", ingredients and steps, a contributor bio,
  "More from Bon Appétit" with writers);
- kirkus: a book review service, no JSON-LD, no byline (the book's title in capitals as the headline, "by AUTHOR ‧
  RELEASE DATE: March 11, 2026" naming the book's author, a bold one-line summary above the review, "Pub Date:" and
  "Review Posted Online: Jan. 13, 2026" in a details list after the text, "Similar Books" with their authors);
- atlasobscura (held out): a travel-curiosities site ("by NAME March 11, 2026" in one ``<div>``, the organisation as
  the declared author, "Gastro Obscura", a subtitle, the credit alone in a span after the caption, a "Related Places"
  aside in the text, "Keep Reading" cards "by NAME", "Trending").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: standfirsts,
decks, subtitles, an italic intro above the byline and Kirkus's bold summary line in its own box are no body
(conventions); a drop-cap letter is the first letter of the first word; Lit Hub's book note after the rule, writers'
notes and bios, "Featured image:", "Editor:/Copy editor:" lines and a details list are no body; Bon Appétit's recipe
card is part of the article (a reader reads the recipe as its end); a job title, a site name ("Longreads") and the
reading time after a writer's name name nobody; the blog's own account shown by the theme ("Longreads") is no writer
when the text names one; a book's author in a review's book box or "by AUTHOR ‧ RELEASE DATE" is no writer of the
page; Kirkus's page was published when the review was posted online, not on the book's release date; "Photograph by
NAME, Food Styling by NAME, …" credits the photographer (the stylists took no picture); "Illustration by NAME" and
"Featured image: Photo by NAME" credit the picture's maker as photo; "Photograph courtesy of X" / "Photo courtesy of X"
are "Courtesy of X" (round 17); the section's latest and rails ("Latest", "The Daily", "Most Popular", "Trending"),
an issue's other stories ("More from Issue No. 82"), a section's
("More from TV", "More from Bon Appétit", "More Reviews", "More Story", "Keep Reading") and similar products ("Similar
Books") are no teasers; inline boxes and labelled related boxes ("Related", "Read More", "Read more:", "Related:",
"Related Content", "RELATED ARTICLES", "Related Places") are, and so, by the round-9 convention, is the writer's "More
from NAME" (first expected as none, see below).

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): pitchfork, kotaku, lithub, lareviewofbooks, baffler, paste, bonappetit, kirkus;
- held out (scored once, blind, before any rule of the round): ringer, parisreview, longreads, atlasobscura.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.917 attributions=0.917 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=0.875 date=0.875 body_start=1.000 body_end=0.875
  related=0.812 attributions=0.770 images=0.750;
- dev, after the first dev rules ("More from" an issue; a short section of the address; a courtesy credit alone in
  the caption; the stylists after the photographer; "Featured image: Photo by NAME"; see "Thirty-fourth held-out
  round" in docs/extraction-design.md): headline=1.000 authors=0.875 date=0.875 body_start=1.000 body_end=0.875
  related=1.000 attributions=0.875 images=1.000;
- dev, after two more dev rules (a byline inside a card's link; a badge's icon beside its words; a book's note
  closing the text): headline=1.000 authors=0.875 date=0.875 body_start=1.000 body_end=1.000 related=1.000
  attributions=0.875 images=1.000;
- held out, after the held-out kind fixed by rule ("Photograph courtesy of the INSTITUTION." closing a caption) and
  the mended expectation below: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=1.000 attributions=1.000 images=1.000.

One expectation was changed after the blind run, to follow a decision already written in
docs/extraction-design.md (round 9, "The writer's other articles, not the section's latest": "mehr von NAME" labels
teasers like "more from NAME"): The Ringer's "More from NAME" cards were first expected as no teasers; they are
teasers. The blind held-out figures above were scored against my first expectation (related 0.917 there).

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=0.917
date=0.917 body_start=0.833 body_end=1.000 related=1.000 attributions=0.917 images=1.000 (Kirkus's known failures, and
its bold summary line and Longreads' italic intro opening the body, as the convention has it without a declared
description).

``tests/unseen_score.py unseen34`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen34"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a book review service's page with no byline: "by AUTHOR ‧ RELEASE DATE: …" under the book's title names the
    # book's author, taken as the writer; and the page's day is "Review Posted Online:" in a details list after the
    # text, while the release date is printed under the title. Not tried: both read one service's wording ("RELEASE
    # DATE", "Review Posted Online"), tuning rather than a kind of layout; the sidebar's "Similar Books" card writers
    # taken before were mended by the card-link rule
    ("kirkus", "authors"), ("kirkus", "date"), ("kirkus", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
