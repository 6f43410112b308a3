"""A hundred-and-thirteenth held-out round of pages imitating publishing systems (issue 9): fashion, beauty and
shopping: a US fashion magazine's article, a UK national paper's beauty page, a German fashion news site's story, a
French fashion magazine's article, a Japanese fashion web magazine's article, a Japanese beauty web media's article, a
mainland portal's fashion story, a Taiwanese beauty site's article; held out: a Canadian paper's style story, a Swiss
daily's fashion page, a Japanese online shopping media's article, a Hong Kong fashion story.

As in unseen71 to unseen112, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_fashion_mag, uk_beauty_news, de_mode_news, fr_mode_mag, ja_fashion_web,
  ja_biyou_web, cn_shishang_news, tw_meizhuang_news;
- held out (scored once, blind, before any rule of the round): ca_style_news, ch_mode_news, ja_tsuhan_web,
  hk_shishang_news.

Until the held-out score was taken, no test ran on the held-out pages.

``tests/unseen_score.py unseen113`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen113"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
