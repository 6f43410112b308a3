"""A hundred-and-eightieth held-out round of pages imitating publishing systems (issue 9): bees, beekeeping and honey: a
UK regional paper's rooftop hives story, a US national site's honey fraud story, a German regional paper's beekeepers
story, a French national daily's pesticide story, a Japanese national daily's honeybee story, a Japanese food web
medium's honey story, a mainland portal's honey story, a Taiwanese paper's bee decline story; held out: a Canadian
regional site's bee disease story, a Swiss regional paper's stolen hives story, a Japanese regional paper's local
beekeeper story, a Hong Kong site's urban beekeeping story.

As in unseen71 to unseen179, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_bees_news, us_honey_news, de_imker_news, fr_abeilles_news, ja_mitsubachi_news,
  ja_hachimitsu_web, cn_fengmi_news, tw_mifeng_news;
- held out (scored once, blind, before any rule of the round): ca_apiary_news, ch_bienen_news, ja_yoho_chiho,
  hk_yangfeng_news.

Until the held-out score was taken, no test ran on the held-out pages.

``tests/unseen_score.py unseen180`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen180"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
