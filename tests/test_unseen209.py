"""A two-hundred-and-ninth held-out round of pages imitating publishing systems (issue 9): ice cream and ice cream
parlours: a UK regional paper's ice cream van story, a US city magazine's ice cream parlour story, a German regional
paper's ice cream parlour story, a French regional daily's ice cream maker story, a Japanese national daily's ice cream
story, a Japanese food web magazine's ice cream shop feature, a mainland paper's ice cream story, a Taiwanese news
site's ice shop story; held out: an Australian site's gelato story, an Austrian paper's ice cream parlour story, a
Japanese regional paper's ice cream story, a Malaysian Chinese paper's ice cream story.

As in unseen71 to unseen208, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_icecream_news, us_icecream_news, de_eis_news, fr_glace_news, ja_aisu_news,
  ja_aisu_web, cn_bingqilin_news, tw_bingqilin_news;
- held out (scored once, blind, before any rule of the round): au_gelato_news, at_eissalon_news, ja_aisu_chiho,
  my_bingqilin_news.

Until the held-out score is taken, no test runs on the held-out pages.

``tests/unseen_score.py unseen209`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen209"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a "链接｜TITLE（…）" box of a price table after the text (its rows a table, not paragraphs) read as the text's
    # end; a figure with neither caption nor credit counted as a picture; not tried
    ("cn_bingqilin_news", "body_end"),
    ("cn_bingqilin_news", "images"),
    # held: "told Harbourside Radio 2HB" (a call sign of a digit and letters after the name) and "As food site Crumb
    # first reported" (one word after the medium's words); not tried
    ("au_gelato_news", "attributions"),
    # held: "Das könnte Sie auch interessieren" over four cards on other topics after the article, the site's picks: a
    # rule reading the label as a recommending one (cards on other topics no teasers) was tried and withdrawn: it took
    # the cards four earlier pages list as teasers under that label (unseen35, unseen70, unseen86, unseen160)
    ("at_eissalon_news", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
