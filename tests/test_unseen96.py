"""A ninety-sixth held-out round of pages imitating publishing systems (issue 9): education, schools and universities:
a US student newspaper's tuition story, a UK regional paper's school inspection report, a German regional paper's
teacher shortage, a French national daily's baccalauréat results, a Japanese national paper's entrance exam results, a
Japanese education web magazine's article, a mainland news site's gaokao story, a Taiwanese news site's education
story; held out: an Australian university newsroom's research release, a Swiss paper's university story, a Japanese
university's own news release, a Hong Kong outlet's exam results or ranking story.

As in unseen71 to unseen95, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by a convention already written, after the
blind and dev scores: "(SDA)" closing the text is the copy's source, not a contributor (ch_hochschule, as unseen91's
"(SID)" and unseen93's "(sda)").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_college_paper, uk_schools_news, de_schule_news, fr_bac_resultats,
  ja_nyushi_news, ja_kyoiku_web, cn_gaokao_news, tw_jiaoyu_news;
- held out (scored once, blind, before any rule of the round): au_uni_newsroom, ch_hochschule, ja_daigaku_press,
  hk_daxue_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=0.750 body_end=0.500 related=0.617 attributions=0.817 images=1.000 (trafilatura 2.3.1 on the same pages:
  headline=0.500 authors=1.000 date=1.000 body_start=0.250 body_end=0.500; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=0.875 body_start=0.875 body_end=1.000
  related=1.000 attributions=0.904 images=1.000;
- dev and held out after the rules (a short round; see "Ninety-sixth held-out round" in docs/extraction-design.md):
  1.000 in every field but the known failures below (and au_uni_newsroom's related, read since unseen102: a "Related
  articles" block set right after the box holding the ``<article>``).

``tests/unseen_score.py unseen96`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import article_page as _page  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen96"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "according to an analysis published in January by The Chronicle of Higher Education" (a piece published by
    # an outlet: "published by" names books' and institutions' publishers as often); "sur franceinfo" (a name in lower
    # case); not tried ("Im Gespräch mit dem NDR" is read since unseen97: a broadcaster's acronym closing on R or F)
    ("us_college_paper", "attributions"),
    ("fr_bac_resultats", "attributions"),
    # dev: a WordPress theme's date badge printing the update's day beside the title, the publication's day in
    # "c-postTimes__posted" further down; not tried
    ("ja_kyoiku_web", "date"),
    # dev: "来源：澜江网－澜江日报", the site's own web name (known to no declaration) before its paper; not tried
    ("cn_gaokao_news", "attributions"),
    # held: a Japanese university's release: the paper's authors in its "論文情報" field read as the writers, its
    # glossary ("＜用語解説＞") after the text; not tried (its "ポイント" box of key points opening the text's field, under
    # short lines, is no opening since unseen135; its "関連リンク" field, a lab's page and the researchers' directory, no
    # teasers since unseen190: ``body._latest_box`` reads a box's bare first line as its heading)
    ("ja_daigaku_press", "authors"),
    ("ja_daigaku_press", "body_end"),
    ("ja_daigaku_press", "attributions"),
    # dev: the update note "2026年2月16日：…を追記しました。" no longer opens the text, but the box "保護者が知っておきたいこと"
    # (a summary of points for parents) after it does; not tried
    ("ja_kyoiku_web", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_releases_closing_sections_close_the_text() -> None:
    """A university newsroom's release closing on "Notes to editors" and its press contacts ("Media enquiries",
    "お問い合わせ先", "論文情報"): the label and what follows it are no part of the text."""
    notes = ("<h2>Notes to editors</h2><ul><li>The study was funded by the Australian Research Council.</li><li>The "
             "paper appears in The Australian Educational Researcher.</li></ul>")
    assert _extract(_page(_TEXT + notes))["body"].endswith("where it was last year.")
    ja = "".join(f"<p>　研究グループは小学生約1,800人の睡眠を3年間にわたって記録し、学力との関係を分析した。第{n}段落。</p>"
                 for n in range(1, 6))
    contact = "<h3>お問い合わせ先</h3><p>湊ヶ丘大学 総務部 広報課 TEL：000-000-2010</p>"
    assert _extract(_page(ja + contact, lang="ja", h1="睡眠のリズムが整った子ほど学力が伸びる"))["body"].endswith("第5段落。")


def test_a_dated_note_of_what_was_added_opens_no_text() -> None:
    """"2026年2月16日：文部科学省の通知に関する記述を追記しました。" over the text: an update note."""
    ja = "".join(f"<p>　定期テストを廃止する公立中学校が増えている。評価の方法は学校ごとに異なる。第{n}段落。</p>" for n in range(1, 6))
    note = "<p class='is-style-icon_info'>2026年2月16日：文部科学省の通知に関する記述を追記しました。</p>"
    body = _extract(_page(note + ja, lang="ja", h1="定期テスト廃止の中学校が増加"))["body"]
    assert body.startswith("定期テストを廃止する")


def test_more_outlets_cited() -> None:
    """"接受新华社记者采访", "接受中央社專訪" (an agency named bare, the page no copy of its); "…, Schools Week reported."
    ("Week" closing a periodical's name); "Speaking to BBC Breakfast on Tuesday" (an acronym and its programme);
    "nach Angaben der «SonntagsZeitung»" ("nach Angaben" as "laut"; a German compound closing on "Zeitung")."""
    assert _sources("此前，教育部有关负责人在接受新华社记者采访时提醒，各地从未委托任何中介机构开展招生录取工作。", "zh") \
        == ["新华社"]
    assert _sources("鄭文彥稍早接受中央社專訪時也透露，教育部已與人事行政總處完成協商。", "zh-TW") == ["中央社"]
    assert _sources("Heads have received more calls about inspection stress since November, Schools Week reported.") \
        == ["Schools Week"]
    assert _sources("Speaking to BBC Breakfast on Tuesday, she said parents wanted clearer reports.") == ["BBC Breakfast"]
    assert _sources("Die Firma hat nach Angaben der «SonntagsZeitung» 12 Millionen Franken eingesammelt.", "de") \
        == ["SonntagsZeitung"]
