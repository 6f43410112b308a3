"""An eighth held-out round of pages imitating publishing systems (issue 9): English-language news,
magazines and blogs, and two Japanese systems, none imitated before. The held-out pages are scored
blind (no test runs on them, and no field of theirs is seen failing, before the single held-out score),
BEFORE any rule of the round, so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen8`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains: a US public broadcaster (NPR's Seamus/Grove style: two bylines,
one with a member station's name under it, the credit printed twice with "hide caption"/"toggle
caption", an inline link box without label, "NPR's NAME contributed to this report.", "More Stories
From NPR"), a US cable news site (Fox News style: a kicker, a dek as ``h2``, "By A Fox News , B Fox
News", "(U.S. Coast Guard)" in a ``copyright`` span, "(Photo by X/Anadolu via Getty Images)", bold
all-caps headline links between paragraphs and a "CLICK HERE TO GET THE FOX NEWS APP" promo, "The
Associated Press contributed to this report." and author bios, "Related Topics", "Trending"), a US
metro daily on Arc XP Fusion (LA Times style: the lead picture between the dek and the byline, "By
NAME Staff Writer", "(NAME / Los Angeles Times)" in a credit span, a gallery, "Read more:", a paywall
box, "Times staff writer NAME contributed to this report.", an author bio, "More From the Los Angeles
Times"), a US news site on Next.js (Axios style: two avatar bylines, "Photo: NAME/Getty Images" in the
caption, "Why it matters:" paragraphs, a chart "Data: ...; Chart: Axios Visuals", "Go deeper:" inline
and as a card after the text, "More Axios stories"), a UK daily (The Independent style: a standfirst
``h2``, "A and B", "(PA Wire)" in a credit span, a "Read More" link box and "Related:" paragraph,
"Additional reporting by PA", an author box, "More about" topics, "Most popular"), a UK broadsheet (The
Telegraph style: "By A, Political Editor and B, Associate Political Editor", "Credit: NAME/PA", a
"Related Articles" box between two text containers, a newsletter promo, "More from Politics"), an
online magazine (Slate style: a rubric, "Related From Slate" between paragraphs, "Photo by NAME/Getty
Images" and "NAME/Getty Images" credit spans, an "about the author" line, "More From Slate",
"Trending"), a magazine on Condé Nast's newer Verso (WIRED style: hashed classes and ``data-testid``
hooks, "Photo-Illustration: WIRED Staff; Getty Images" without caption, "Photograph: NAME", "By A and
B", "Additional reporting by NAME.", contributor bios, "Most Popular", "More Great WIRED Stories"), a
Squarespace blog (an organisation as the schema author, "Written By NAME", "Photo: NAME" closing the
caption, a gallery with captions in ``meta-description``, previous/next links, an author profile), a
newsletter on beehiiv (every paragraph in its own ``div``, "(Photo: NAME)" in ``image__source``, a
"Related:" paragraph, a sponsor message, "— With reporting by NAME", a sign-off, "Keep Reading"), a
Japanese national daily (Asahi Shimbun digital style: an organisation as the schema author, "有料記事",
two linked reporters, "＝…、NAME撮影" and "写真：朝日新聞社" captions, "【関連記事】" box, a paywall
notice, "この記事を書いた人", "関連ニュース") and a Japanese public broadcaster (NHK News Web style: no byline,
a summary paragraph in its own container opening the text, ``<br><br>`` paragraphs, section headings,
pictures without captions, "関連ニュース", a ranking).
``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the body's first
and last sentence, the related-article teasers' URLs, the attributions as ``(role, name)`` and the
images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): npr, foxnews, latimes, axios, telegraph, slate, beehiiv, asahi;
- held out (scored once, blind, before any rule of the round): independent, wired, squarespace, nhk.

Until the held-out score was taken, the tests ran on the dev pages only. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=0.750 body_end=0.750 related=0.750 attributions=0.922 images=0.708;
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=0.508 attributions=0.925 images=0.875; after the dev rules (see the "Eighth held-out round" of
  docs/extraction-design.md): 1.000 on every field;
- held out, after the dev rules: the same as the blind score (no dev rule touched a held-out failure);
  after the rules for the kinds the held-out pages revealed (the second part of the round's section in
  docs/extraction-design.md): headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=1.000
  related=1.000 attributions=1.000 images=1.000.

Failing held-out kind (in ``KNOWN_FAILURES``, not fixed this round): NHK's lead printed in a box named
``content--summary`` (and its continuation in ``content--summary-more``) repeating the declared description:
by the standfirst decision (docs/extraction-design.md, "Standfirst or lede?") a summary-named paragraph
repeating the description is the description, while a reader of this page sees it as the text's first
paragraph; left failing rather than tuned to one system.

``tests/unseen_score.py unseen8`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen8"


#: (page, field) pairs still wrong, each a kind not fixed yet (see the report in the commit log).
KNOWN_FAILURES: set[tuple[str, str]] = set()
# (nhk's lead in "content--summary", repeating the declared description, before its continuation in
# "content--summary-more", opens the text since unseen105)


test_page_field = field_test(SET, KNOWN_FAILURES)
