"""A ninety-ninth held-out round of pages imitating publishing systems (issue 9): foreign news, war and conflict
reporting: a US regional paper's AP war story, a UK national paper's foreign correspondent's report, a German public
broadcaster's correspondent's report, a French regional daily's AFP copy, a Japanese national paper's correspondent's
story, a Japanese regional paper's Kyodo copy, a mainland portal's Xinhua-based story, a Taiwanese site's CNA copy;
held out: an Australian site's Reuters copy, a Swiss portal's agency foreign news, a Japanese web magazine's
researcher's explainer, a Hong Kong paper's world news.

As in unseen71 to unseen98, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_wire_conflict, uk_correspondent_report, de_korrespondent_bericht,
  fr_agence_guerre, ja_kaigai_shinbun, ja_kyodo_haishin, cn_guoji_news, tw_guoji_news;
- held out (scored once, blind, before any rule of the round): au_reuters_world, ch_ausland_news, ja_kokusai_web,
  hk_world_news.

Until the held-out score was taken, no test ran on the held-out pages.

``tests/unseen_score.py unseen99`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen99"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
