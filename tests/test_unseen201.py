"""A two-hundred-and-first held-out round of pages imitating publishing systems (issue 9): pigeons and pigeon racing: a
UK national paper's pigeon racing story, a US metro paper's city pigeons story, a German regional paper's city pigeon
loft story, a French regional daily's pigeon racing story, a Japanese national daily's pigeon droppings story, a
Japanese web medium's pigeon racing feature, a mainland portal's pigeon racing story, a Taiwanese paper's pigeon racing
story; held out: an Australian site's pigeon story, a Belgian French-language paper's pigeon fanciers story, a Japanese
regional paper's pigeon story, a Hong Kong paper's pigeon feeding ban story.

As in unseen71 to unseen200, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_pigeon_news, us_pigeon_news, de_tauben_news, fr_pigeon_news, ja_hato_news,
  ja_hato_web, cn_gezi_news, tw_gezi_news;
- held out (scored once, blind, before any rule of the round): au_pigeon_news, be_pigeon_news, ja_hato_chiho,
  hk_gezi_news.

Until the held-out score is taken, no test runs on the held-out pages.

``tests/unseen_score.py unseen201`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen201"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
