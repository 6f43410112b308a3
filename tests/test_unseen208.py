"""A two-hundred-and-eighth held-out round of pages imitating publishing systems (issue 9): volcanoes and volcano
watch: a UK public broadcaster's volcano eruption story, a US newspaper's volcano observatory story, a German news
magazine's volcano story, a French regional daily's volcano story, a Japanese national daily's volcano warning story, a
Japanese science web magazine's volcano feature, a mainland paper's volcano story, a Taiwanese news site's volcano
story; held out: a New Zealand site's volcano alert story, an Italian paper's volcano story, a Japanese regional
paper's volcano story, a Philippine paper's volcano story.

As in unseen71 to unseen207, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_volcano_news, us_volcano_news, de_vulkan_news, fr_volcan_news, ja_kazan_news,
  ja_kazan_web, cn_huoshan_news, tw_huoshan_news;
- held out (scored once, blind, before any rule of the round): nz_volcano_news, it_vulcano_news, ja_kazan_chiho,
  ph_volcano_news.

Until the held-out score is taken, no test runs on the held-out pages.

``tests/unseen_score.py unseen208`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen208"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
