"""A seventh held-out round of pages imitating publishing systems (issue 9): German, French,
Japanese, Chinese, Taiwanese, American, British, Australian and Indian systems not imitated
before, and a tech blog on a static site generator. The held-out pages were scored blind
(no test ran on them, and no field of theirs was seen failing, before the single held-out score),
and this round they were scored BEFORE any rule of the round, so the held-out score measures the
extractor as it stood.

Each page in ``fixtures/unseen7`` was written from memory of a publishing system's markup,
with invented text and ``.example`` domains: a German news magazine (Stern/Focus style: kicker,
"Von A und B" linked to author pages, an organisation as the schema author, "© dpa / NAME"
credits, an inline "Mehr zum Thema" box, "Mehr aus Panorama", "Meistgelesen"), a French news
magazine (L'Express/Le Point style: "Abonnés", "Par NAME", "Publié le … mis à jour à …",
"© AFP" in the legend, "Sur le même sujet", a paywall block and offer), a French regional daily
(Sud Ouest style: "Par NAME, correspondant", "Photo NAME" after the legend, "Lire aussi",
"À lire aussi en Dordogne", comments), a Japanese sports daily (Sponichi style: "[ 2026年3月12日
09:47 ]", "（撮影・NAME）" closing the caption, "［写真］ 全3枚を見る", "関連ニュース", rankings), a
Japanese regional paper (Kyoto Shimbun style: no byline, caption without credit, "関連記事",
member box), a Chinese portal (NetEase style: "来源:" an account of 网易号, "图/视觉中国" after
the caption, "本文来源：", "特别声明", "责任编辑：", "相关推荐", comments, the account's card), a
Taiwanese agency (CNA style: "（中央社記者X台北12日電）", "（中央社檔案照片）", "延伸閱讀",
"（編輯：X）1150312"), a US local TV station (Scripps/Brightspot style: a video lead, "By:",
"Posted at … and last updated …", Figure-caption/Figure-credit, "RELATED STORY", a copyright
line in the text, trending and sponsored lists), a UK regional newspaper (Newsquest style: the
first paragraph above the picture, "(Image: Newsquest)", "By NAME" with "Reporter", "Read more:"
and "READ MORE:" paragraphs), an Australian public broadcaster (ABC AU style: "By NAME", "ABC
North Coast", "Posted Thu 12 Mar 2026 at 2:41pm, updated …", "(Supplied: …)" credits, an "In
short:" box, "Related stories"), an Indian English daily (The Hindu style: "The Hindu Bureau",
"Updated - March 12, 2026 06:05 pm IST", "| Photo Credit: NAME", "Also Read", "Published - …"
closing the text) and a tech blog on Astro (an organisation as the schema author, a table of
contents, a code block, an author card after the text "Written by NAME", previous/next links
and "Related posts").
``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules were fixed on these): stern, lexpress, sponichi, netease, scripps, newsquest,
  thehindu, techblog;
- held out (scored once, blind, before any rule of the round): sudouest, kyoto, cna, abcau.

Until the held-out score was taken, the tests ran on the dev pages only. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=0.500 body_end=1.000 related=0.750 attributions=0.750 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=0.875
  body_end=1.000 related=0.808 attributions=0.625 images=0.750; after the dev rules (see the "Seventh
  held-out round" of docs/extraction-design.md): headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=0.975 attributions=1.000 images=1.000;
- held out, after the dev rules: the same as the blind score (no dev rule touched a held-out failure).
  cna's ``body_first`` was found after the blind score to be 38 characters, under the 40 the scorer
  compares (a fault of the expected file, not of the extractor): lengthened to the sentence's next clause,
  held-out body_start is 0.750 (sudouest alone failing); the blind figure above is left as taken.

Failing held-out kinds (in ``KNOWN_FAILURES``, not fixed this round): a date line ending in a full stop
after the lead picture taken as the text's start and the caption read as text (sudouest); a Taiwanese
agency's dateline "（中央社記者NAME台北12日電）" not read as byline and source, "延伸閱讀" links set bare in
a box, and a bracketed credit "（中央社檔案照片）" closing the caption (cna).

Fixed in the next session, each kind by a rule (see "After the seventh round" in
docs/extraction-design.md and ``test_kinds_round7.py``): a line that only states in sentences when the
article was published and updated is a date line; a box named as a legend ("article-media__legende") is
a caption; an agency's bracketed dateline names the reporter before the place and the agency as source; a
teaser label set before several bare headline links labels them all; a caption's bracketed credit may call
the picture the agency's file photo. cna's expected attributions gained the photo credit, as every other
page's caption credit is one. Held out, after those rules: every field 1.000.

``tests/unseen_score.py unseen7`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen7"


#: (page, field) pairs still wrong, each a kind not fixed yet (see the report in the commit log).
KNOWN_FAILURES: set[tuple[str, str]] = set()
# (newsquest's "More stories" rail after the article, other sections' stories, was fixed later:
# tests/test_kinds_known_failures.py)


test_page_field = field_test(SET, KNOWN_FAILURES)
