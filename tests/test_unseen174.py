"""A hundred-and-seventy-fourth held-out round of pages imitating publishing systems (issue 9): lighthouses, lifeboats
and coastal rescue: a UK regional paper's lifeboat station story, a US regional paper's lighthouse sale story, a German
regional paper's sea rescue story, a French regional daily's lighthouse story, a Japanese national daily's lighthouse
story, a Japanese travel web medium's lighthouse feature, a mainland portal's lighthouse story, a Taiwanese paper's
coast guard rescue story; held out: an Australian regional site's cliff rescue story, a Belgian French-language site's
coastal rescue story, a Japanese regional paper's local sea rescue story, a Hong Kong site's sea rescue story.

As in unseen71 to unseen173, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_lifeboat_news, us_lighthouse_news, de_seenotretter_news, fr_phare_news,
  ja_todai_news, ja_kaijo_web, cn_dengta_news, tw_haian_news;
- held out (scored once, blind, before any rule of the round): au_rescue_news, be_sauvetage_news, ja_kyujo_chiho,
  hk_jiuyuan_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=1.000 attributions=0.950 images=1.000 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.000 date=0.750 body_start=0.000 body_end=0.500; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=0.875
  related=1.000 attributions=0.986 images=1.000;
- dev and held out after the rules (see "Hundred-and-seventy-fourth held-out round" in docs/extraction-design.md): the
  known failure below aside, every field right. The rule made after the blind score, from the held-out pages: a
  broadcaster whose name opens with "テレビ" that aired the story on its news ("テレビXがニュースで放送した").

``tests/unseen_score.py unseen174`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import cited_sources, field_test  # noqa: E402

SET = "unseen174"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "<p><strong>Pratique.</strong> Ouverture …, Tarifs : …</p>" as the text's last paragraph, expected out of the
    # text; unseen120's fr_espace_news, the same kind of line, expects it in. Tried: a paragraph opening on a facts
    # label in bold closes no text; dropped, it broke fr_espace_news. The two writers disagree; kept as written
    ("fr_phare_news", "body_end"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_paper_among_others_and_a_station_that_aired_it() -> None:
    """A paper that featured the story among others ("X新聞などでも取り上げられ") and, from the held-out page, a broadcaster
    whose name opens with "テレビ" that aired it on its news ("テレビXがニュースで放送した") are sources; a person featured
    in a programme names none."""
    assert cited_sources("修復のようすは朝陽新聞などでも取り上げられ、公開初日には開門前から約200人の列ができたそうです。", lang="ja") == ["朝陽新聞"]
    assert cited_sources("転覆の瞬間は別の漁船の乗組員が撮影しており、その映像を同日夕、テレビ南房がニュースで放送した。", lang="ja") == ["テレビ南房"]
    assert cited_sources("市長は地元の番組で取り上げられた。", lang="ja") == []
