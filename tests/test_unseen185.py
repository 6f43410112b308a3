"""A hundred-and-eighty-fifth held-out round of pages imitating publishing systems (issue 9): bookshops, publishers and
literary prizes: a UK national paper's independent bookshop story, an Irish paper's literary prize story, a German
regional paper's bookshop story, a Belgian French-language paper's book fair story, a Japanese national daily's
bookstore story, a Japanese culture web medium's publishing story, a mainland portal's bookstore story, a Taiwanese
paper's publishing story; held out: a Canadian regional site's local author story, an Austrian regional paper's literary
prize story, a Japanese regional paper's local writer story, a Hong Kong site's book fair story.

As in unseen71 to unseen184, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_bookshop_news, ie_prize_news, de_buchhandlung_news, be_librairie_news,
  ja_shoten_news, ja_hon_web, cn_shudian_news, tw_chuban_news;
- held out (scored once, blind, before any rule of the round): ca_booklaunch_news, at_literatur_news, ja_bungaku_chiho,
  hk_shuzhan_news.

Until the held-out score was taken, no test ran on the held-out pages.

``tests/unseen_score.py unseen185`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen185"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
