"""A third held-out round of pages imitating publishing systems (issue 9): magazines, blogs,
Japanese and Chinese pages.

Each page in ``fixtures/unseen3`` was written from memory of a publishing system's markup,
with invented text: a Condé Nast-style magazine feature (rubric, dek, two writers and a
photographer in the byline), a Forbes-style contributor page (author box, "Follow" buttons,
"Editors' Pick", "More for you"), a PMC/WordPress VIP entertainment page (Variety style), a
classic WordPress blog theme ("Posted on DATE by AUTHOR", Jetpack related posts, comments,
tag cloud), a Hugo static blog post (PaperMod theme), a dev.to-style tech blog post, a
Japanese national paper (Mainichi style: reporters' names in 【】 at the end, 有料記事 marks,
関連記事), a Chinese portal page (Sina style: 来源, 责任编辑, the Xinhua dateline with its
reporters); and, held out, an Atlantic-style long-form page, a Blogger/Blogspot post, a
Japanese web-media review (ITmedia style: 【】 in the title, 文／名前) and a Traditional
Chinese paper (Liberty Times style: 〔記者X／台北報導〕). ``NAME.expected.json`` holds what a
reader sees: headline, authors, day of publication, the body's first and last sentence, the
related-article teasers' URLs, the attributions as ``(role, name)`` and the images' captions
and credits.

The split was decided before any page was run, and written here first:

- dev (the rules may be fixed on these): condenast, forbes, pmc, wpblog, hugo, devto,
  jp_paper, cn_portal;
- held out (scored once, after the dev fixes, before any change for them): atlantic,
  blogger, jp_web, tw_news.

``tests/unseen_score.py unseen3`` prints the per-field scores (``dev``, ``held`` or ``all``).

Scores of this round (headline, authors, date, body_start, body_end, related, attributions, images):

- dev before any change: 1.000 0.750 1.000 1.000 0.750 1.000 0.708 0.625; after the dev rules:
  1.000 1.000 1.000 1.000 1.000 1.000 0.986 1.000;
- held out, scored once after the dev rules: 1.000 0.250 1.000 1.000 0.750 1.000 0.200 0.500;
  after the rules for the kinds they revealed: all 1.000.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen3"


#: (page, field) pairs still wrong, each a kind not fixed yet.
#: (cn_portal's attributions, the agency of a source label beside the date also recorded as a contributor,
#: were fixed later: a byline's agency that the text names as the source is recorded once, as the source.)
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
