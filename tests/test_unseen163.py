"""A hundred-and-sixty-third held-out round of pages imitating publishing systems (issue 9): theatre, dance and the
amateur stage: a UK national paper's theatre closure story, an Australian regional paper's amateur musical story, a
German regional paper's theatre funding story, a French national culture site's premiere story, a Japanese national
daily's stage story, a Japanese theatre web medium's interview feature, a mainland portal's drama story, a Taiwanese
paper's theatre story; held out: an Irish regional paper's drama society story, an Austrian paper's ballet school story,
a Japanese regional paper's local amateur troupe story, a Hong Kong site's stage story.

As in unseen71 to unseen162, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_theatre_news, au_theatre_news, de_theater_news, fr_theatre_news, ja_butai_news,
  ja_engeki_web, cn_huaju_news, tw_juchang_news;
- held out (scored once, blind, before any rule of the round): ie_theatre_news, at_theater_news, ja_gekidan_chiho,
  hk_wutai_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: every field 1.000 (trafilatura 2.3.1 on the same pages:
  headline=0.750 authors=0.500 date=0.750 body_start=0.500 body_end=0.500; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=0.982 attributions=0.971 images=1.000;
- dev after the rules (see "Hundred-and-sixty-second held-out round" in docs/extraction-design.md, whose share-button
  rule mended ja_butai_news's related links): the known failures below aside, every field right; no rule was made
  from the held-out pages.

``tests/unseen_score.py unseen163`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen163"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "Nach Informationen des Lokalsenders Radio Nordheide" (a station's information, unquoted, after its kind's
    # word), not read; as unseen155's "Nach Informationen des „X“", not tried
    ("de_theater_news", "attributions"),
    # dev: an interviewee's "毎朝新聞の劇評で「…」と書いていただいた" (a paper's review quoted in an answer) not read as the
    # source; not tried (a paper's piece someone remembers is cited as often as not)
    ("ja_engeki_web", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
