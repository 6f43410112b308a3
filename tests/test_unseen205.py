"""A two-hundred-and-fifth held-out round of pages imitating publishing systems (issue 9): clocks, clockmakers and
watch repair: a UK public broadcaster's town clock story, a US national paper's watch repair story, a German news
magazine's clockmaker story, a French news weekly's clock restoration story, a Japanese national daily's clock tower
story, a Japanese tech web medium's watch repair feature, a mainland national outlet's clockmaker story, a Taiwanese
news site's clock repair story; held out: a New Zealand site's clock story, an Austrian paper's clockmaker story, a
Japanese regional paper's clock story, a Singapore site's watch repair story.

As in unseen71 to unseen204, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_clock_news, us_clock_news, de_uhr_news, fr_horloge_news, ja_tokei_news,
  ja_tokei_web, cn_zhongbiao_news, tw_zhongbiao_news;
- held out (scored once, blind, before any rule of the round): nz_clock_news, at_uhr_news, ja_tokei_chiho,
  sg_zhongbiao_news.

Until the held-out score is taken, no test runs on the held-out pages.

``tests/unseen_score.py unseen205`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen205"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # the round was scored blind (held out) and before any rule (dev), and the session ended before its rules were
    # written: every page and field wrong in that first score, each kind not tried yet (the pages as their writers
    # wrote them; no expectation read or mended)
    ("us_clock_news", "attributions"),
    ("de_uhr_news", "attributions"),
    ("cn_zhongbiao_news", "authors"),
    ("cn_zhongbiao_news", "body_start"),
    ("cn_zhongbiao_news", "attributions"),
    ("tw_zhongbiao_news", "body_end"),
    ("tw_zhongbiao_news", "related"),
    ("nz_clock_news", "body_end"),
    ("nz_clock_news", "related"),
    ("at_uhr_news", "body_end"),
    ("sg_zhongbiao_news", "body_end"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
