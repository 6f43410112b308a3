"""A hundred-and-eighteenth held-out round of pages imitating publishing systems (issue 9): odd news, viral stories
and human interest: a US local TV station's viral story, a UK tabloid's quirky story, a German portal's odd-news
story, a French regional paper's "insolite" story, a Japanese web medium's trending-topic article, a Japanese national
daily's local human-interest story, a mainland portal's trending story, a Taiwanese paper's heart-warming story; held
out: an Australian regional site's community story, an Austrian paper's Chronik page, a Japanese regional paper's
heart-warming story, a Singapore Chinese-language outlet's community story.

As in unseen71 to unseen117, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_viral_news, uk_quirky_news, de_kurios_news, fr_insolite_news,
  ja_wadai_web, ja_chiiki_news, cn_redian_news, tw_wenxin_news;
- held out (scored once, blind, before any rule of the round): au_community_news, at_chronik_news, ja_hokkori_chiho,
  sg_shequ_news.

Until the held-out score was taken, no test ran on the held-out pages.

``tests/unseen_score.py unseen118`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen118"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
