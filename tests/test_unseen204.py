"""A two-hundred-and-fourth held-out round of pages imitating publishing systems (issue 9): buskers and street
musicians: a UK national tabloid's busking story, a US city magazine's street musician story, a German public
broadcaster's street music story, a French regional daily's street musician story, a Japanese public broadcaster's
street performance story, a Japanese culture web magazine's street musician feature, a mainland news app's street
singer story, a Taiwanese news site's street artist story; held out: a Canadian paper's busker story, a Swiss
French-language paper's street musician story, a Japanese regional paper's street performance story, a Malaysian
paper's street musician story.

As in unseen71 to unseen203, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_busker_news, us_busker_news, de_strassenmusik_news, fr_musicien_news,
  ja_rojo_news, ja_rojo_web, cn_jietou_news, tw_jietou_news;
- held out (scored once, blind, before any rule of the round): ca_busker_news, ch_musicien_news, ja_rojo_chiho,
  my_jietou_news.

Until the held-out score is taken, no test runs on the held-out pages.

``tests/unseen_score.py unseen204`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen204"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # the round was scored blind (held out) and before any rule (dev), and the session ended before its rules were
    # written: every page and field wrong in that first score, each kind not tried yet (the pages as their writers
    # wrote them; no expectation read or mended)
    ("de_strassenmusik_news", "attributions"),
    ("ja_rojo_web", "authors"),
    ("ja_rojo_web", "attributions"),
    ("cn_jietou_news", "body_start"),
    ("cn_jietou_news", "attributions"),
    ("tw_jietou_news", "attributions"),
    ("ca_busker_news", "related"),
    ("ja_rojo_chiho", "authors"),
    ("ja_rojo_chiho", "body_end"),
    ("ja_rojo_chiho", "attributions"),
    ("my_jietou_news", "authors"),
    ("my_jietou_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
