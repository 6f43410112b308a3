"""A hundred-and-thirty-second held-out round of pages imitating publishing systems (issue 9): taxes, budgets and
public finances: a UK regional paper's council budget story, a US state capital news site's tax story, a German city
paper's budget story, a French national daily's tax story, a Japanese national daily's budget story, a Japanese web
medium's tax explainer, a mainland portal's public finance story, a Taiwanese site's tax story; held out: an Australian
site's state budget story, a Luxembourg site's budget story, a Japanese regional paper's city finances story, a Macau
outlet's budget story.

As in unseen71 to unseen131, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_budget_news, us_tax_news, de_haushalt_news, fr_impots_news, ja_yosan_news,
  ja_zeikin_web, cn_caizheng_news, tw_fushui_news;
- held out (scored once, blind, before any rule of the round): au_budget_news, lu_budget_news, ja_shisei_chiho,
  mo_caizheng_news.

Until the held-out score was taken, no test ran on the held-out pages.

``tests/unseen_score.py unseen132`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen132"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
