"""A hundred-and-fifty-sixth held-out round of pages imitating publishing systems (issue 9): nightlife, bars and alcohol
policy: a UK regional paper's late licence story, a US city alt-weekly's bar closing story, a German city magazine's
club closure story, a French national daily's alcohol policy story, a Japanese national daily's nightlife district
story, a Japanese food and drink web medium's feature, a mainland portal's night economy story, a Taiwanese paper's
drink-driving story; held out: a New Zealand news site's alcohol policy story, a Swiss regional paper's bar hours story,
a Japanese regional paper's local bar street story, a Hong Kong site's nightlife story.

As in unseen71 to unseen155, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_nightlife_news, us_nightlife_news, de_nachtleben_news, fr_nuit_news,
  ja_yoru_news, ja_izakaya_web, cn_yejian_news, tw_jiuba_news;
- held out (scored once, blind, before any rule of the round): nz_nightlife_news, ch_nachtleben_news, ja_sakaba_chiho,
  hk_yejian_news.

Until the held-out score was taken, no test ran on the held-out pages.

``tests/unseen_score.py unseen156`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen156"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
