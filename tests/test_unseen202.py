"""A two-hundred-and-second held-out round of pages imitating publishing systems (issue 9): umbrellas and umbrella
makers: a UK regional paper's umbrella repair story, a US metro paper's umbrella maker story, a German regional paper's
umbrella shop story, a French regional daily's umbrella factory story, a Japanese national daily's lost umbrellas
story, a Japanese web medium's umbrella craftsman feature, a mainland portal's oil-paper umbrella story, a Taiwanese
paper's umbrella sharing story; held out: an Irish paper's umbrella story, an Austrian paper's umbrella maker story, a
Japanese regional paper's umbrella story, a Singapore paper's umbrella story.

As in unseen71 to unseen201, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_umbrella_news, us_umbrella_news, de_schirm_news, fr_parapluie_news,
  ja_kasa_news, ja_kasa_web, cn_yusan_news, tw_yusan_news;
- held out (scored once, blind, before any rule of the round): ie_umbrella_news, at_schirm_news, ja_kasa_chiho,
  sg_yusan_news.

Until the held-out score is taken, no test runs on the held-out pages.

``tests/unseen_score.py unseen202`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen202"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
