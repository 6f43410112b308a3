"""A hundred-and-seventy-fifth held-out round of pages imitating publishing systems (issue 9): street names, place names
and maps: a UK regional paper's street renaming story, a Canadian public broadcaster's site's place name story, a German
regional paper's street renaming story, a Swiss regional paper's place name dispute story, a Japanese national daily's
place name story, a Japanese tech web medium's map app story, a mainland portal's place name story, a Taiwanese paper's
road renaming story; held out: a US local site's misspelt sign story, a French regional daily's street name story, a
Japanese regional paper's local town name story, a Hong Kong site's street name story.

As in unseen71 to unseen174, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_street_news, ca_placename_news, de_strasse_news, ch_ortsname_news,
  ja_chimei_news, ja_chizu_web, cn_diming_news, tw_lu_news;
- held out (scored once, blind, before any rule of the round): us_sign_news, fr_rue_news, ja_chomei_chiho,
  hk_jieming_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.750 related=0.750 attributions=1.000 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.500 date=1.000 body_start=0.000 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round, against the expectations as mended by a written convention (a portal's "来源" is its
  source, cn_diming_news's "潮汐新闻"): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=1.000 attributions=0.976 images=1.000;
- dev and held out after the rules (see "Hundred-and-seventy-fifth held-out round" in docs/extraction-design.md): the
  known failures below aside, every field right. The rule made after the blind score, from the held-out pages: a
  writer's beat and how to reach her closing the text ("NAME covers X for the Y. Reach her at …").

``tests/unseen_score.py unseen175`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, field_test  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen175"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "nach Angaben der Deutschen Post", a postal company whose name holds an outlet's word ("Post"); not tried
    ("de_strasse_news", "attributions"),
    # held: the "関連記事" label set as a picture's words in a table's title cell ("<td class='kanren_title'><img
    # alt='関連記事'></td>") over the list's row, the table beside the article's, outside the region teasers are read
    # in; tried: the picture's words as the label's (a heading's picture is read so); no effect, the table lies
    # outside that region; dropped
    ("ja_chomei_chiho", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_SIGN_TEXT = "".join("<p>HARLAN FALLS — The new sign at the village line spelled the village's "
                     "name with one L, and residents noticed within hours of its going up on "
                     f"Tuesday, part {n}.</p>" for n in range(5))


def test_a_community_papers_leader_and_a_writers_beat_line() -> None:
    """A community paper named "Leader" ("The Valley Leader, a local weekly, first reported …") is a source, a title's
    "Leader" none ("As the Opposition Leader reported to parliament"); from the held-out page, the writer's beat and
    how to reach her after the text ("NAME covers X for the Sentinel. Reach her at PHONE or EMAIL.") closes none."""
    assert cited_sources("The Valley Leader, a local weekly, first reported on the petition "
                         "for the plebiscite last fall.") == ["The Valley Leader"]
    assert cited_sources("As the Opposition Leader reported to parliament on Monday, the plan had failed.") == []
    beat = ("<p><em>Dana Kessler covers Harlan Falls, Copper Creek Township and western Millbrook County for the "
            "Sentinel. Reach her at 555-0143 or dkessler@sentinel.example.</em></p>")
    assert _extract(article_page(_SIGN_TEXT + beat))["body"].endswith("part 4.")
