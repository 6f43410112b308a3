"""A hundred-and-seventy-sixth held-out round of pages imitating publishing systems (issue 9): cemeteries, funerals and
burial customs: a UK national paper's funeral costs story, a US metro paper's cemetery story, a German regional paper's
cemetery story, a French national daily's funeral industry story, a Japanese national daily's funeral story, a Japanese
web magazine's end-of-life planning story, a mainland portal's funeral reform story, a Taiwanese paper's cemetery story;
held out: a New Zealand regional paper's natural burial story, an Austrian regional paper's burial customs story, a
Japanese regional paper's graveyard story, a Hong Kong site's columbarium story.

As in unseen71 to unseen175, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_funeral_news, us_cemetery_news, de_friedhof_news, fr_obseques_news,
  ja_sogi_news, ja_shukatsu_web, cn_binzang_news, tw_muyuan_news;
- held out (scored once, blind, before any rule of the round): nz_burial_news, at_bestattung_news, ja_bochi_chiho,
  hk_xianghui_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.917 date=1.000 body_start=1.000
  body_end=0.500 related=1.000 attributions=0.972 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.250 date=0.750 body_start=0.750 body_end=0.000; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=0.958 date=1.000 body_start=0.875 body_end=0.875
  related=1.000 attributions=0.943 images=1.000;
- dev and held out after the rules (see "Hundred-and-seventy-sixth held-out round" in docs/extraction-design.md): every
  field right. The rules made after the blind score, from the held-out pages: the site's name beside the writer's job
  on the byline's line, a writer's note naming her job as a scheme's title ("Local Democracy Reporter"), a help line
  under its label in lenticular brackets ("【情緒支援】").

``tests/unseen_score.py unseen176`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, field_test  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen176"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_BURIAL_TEXT = "".join("<p>The council opened the natural burial area at the cemetery on Monday, where graves are "
                       f"marked by native trees instead of headstones, part {n}.</p>" for n in range(5))


def test_the_sites_name_beside_the_writer_and_a_reporters_scheme_title() -> None:
    """From the held-out pages: the site's name the ``<title>`` closes with, printed on the byline's line beside the
    writer's job ("Local Democracy Reporter · Coast Herald · 5 mins to read"), is no second writer; a writer named
    alone as the title's end still is one (a blog's "Post - Jane Doe"). And a note on the writer, her job capitalised
    as a scheme's title ("NAME is a Local Democracy Reporter based at …"), closes no text."""
    byline = ("<div class='byline'><div class='author'><span>By </span><a class='author__name' "
              "href='/author/jane-roe/'>Jane Roe</a></div><div class='details'><span class='author__role'>"
              "Local Democracy Reporter</span>"
              "<span>·</span><span class='article__brand'>Coast Herald</span><span>·</span><span>5 mins to read"
              "</span></div></div>")
    note = "<p><em>Jane Roe is a Local Democracy Reporter based at the Coast Herald.</em></p>"
    record = _extract(article_page(_BURIAL_TEXT + note, head=byline,
                                   title="Natural burial ground opens - Coast Herald"))
    assert record["authors"] == ["Jane Roe"]
    assert record["body"].endswith("part 4.")
    alone = ("<div class='byline'><span>By </span><a class='author__name' href='/about/'>Jane Roe</a></div>")
    assert _extract(article_page(_BURIAL_TEXT, head=alone, title="Natural burial ground opens - Jane Roe")
                    )["authors"] == ["Jane Roe"]


_ZH_TEXT = "".join(f"<p>食環署表示，新骨灰龕大樓提供一萬二千個龕位，市民可於五月起遞表申請，第{n}段。</p>" for n in range(5))


def test_a_help_line_under_its_bracketed_label() -> None:
    """From the held-out pages: a help line under its label in lenticular brackets after the text ("【情緒支援】如你正經歷
    喪親之痛需要支援，可致電…熱線"), after a box of facts, closes no text; the text's own paragraph opening on a label of
    another kind stays ("【本報訊】…")."""
    facts = ("<div class='box'><p><strong>【公眾骨灰龕位申請資料】</strong></p><p>申請日期：2026年5月4日至6月1日</p>"
             "<p>查詢熱線：2868 0000</p></div>")
    help_line = ("<p><strong>【情緒支援】</strong>如你正經歷喪親之痛需要支援，可致電哀傷輔導熱線 2725 0000，或24小時熱線"
                 " 2389 2222。</p>")
    body = _extract(article_page(_ZH_TEXT + facts + help_line, lang="zh-HK", title="骨灰龕位",
                                 h1="新骨灰龕大樓下月接受申請　輪候逾四年家屬盼上樓"))["body"]
    assert body.endswith("第4段。")
    own = "<p>【本報訊】市民如對申請有疑問，可於辦公時間致電食環署查詢，署方會安排專人解答，亦可親臨辦事處。</p>"
    assert _extract(article_page(_ZH_TEXT + own, lang="zh-HK", title="骨灰龕位",
                                 h1="新骨灰龕大樓下月接受申請　輪候逾四年家屬盼上樓"))["body"].endswith("亦可親臨辦事處。")


def test_sources_first_reported_as_something_by_a_paper_and_an_investigative_site() -> None:
    """"first reported to be spreading among younger families by the X Echo-Herald in 2023" cites the paper (what it
    reported between the verb and "by"), "comme l’avait révélé le site d’investigation X" the site; "first reported to
    be missing by her neighbour" no outlet."""
    assert cited_sources("The practice was first reported to be spreading among younger families by the Northern "
                         "Echo-Herald in 2023, and is now offered by most providers.") == ["the Northern Echo-Herald"]
    assert cited_sources("She was first reported to be missing by her neighbour on Sunday.") == []
    assert cited_sources("Comme l’avait révélé le site d’investigation Le Veilleur en 2024, des objectifs étaient "
                         "fixés chaque trimestre aux conseillers.", lang="fr") == ["Le Veilleur"]


_JA_TEXT = "".join(f"<p>葬儀費用が再び上がり始めている。民間の調査では、平均額はこの3年で約1割増えた。第{n}段落の説明です。</p>"
                   for n in range(5))
_JA_TITLE = "葬儀費用また上昇"
_JA_H1 = "葬儀費用、再び上昇　物価高と人手不足で"


def test_a_trade_magazine_after_no_a_writers_label_and_a_sites_affiliate_note() -> None:
    """A trade magazine named after "の" that featured the subject ("業界誌の「月刊X」も1月号で…を特集しています") is a
    source, a body's own brochure ("市の広報誌の「X」も…特集しています") none; a writer's box's label on a line of its own
    ("<p class='label'>執筆者</p><a>NAME</a>") is no writer; the site's affiliate note over the text
    ("※当サイトはアフィリエイトプログラムによる収益を得ている場合があります。") opens none."""
    assert cited_sources("業界誌の「月刊終活ジャーナル」も1月号で、オンライン追悼ページの動きを特集しています。",
                         lang="ja") == ["月刊終活ジャーナル"]
    assert cited_sources("市の広報誌の「みなとだより」も3月号で、墓じまいの手続きを特集しています。", lang="ja") == []
    box = ("<div class='p-authorBox'><p class='p-authorBox__label'>執筆者</p><a class='p-authorBox__name' "
           "href='/writer/mizuno/'>水野かおり</a><p class='p-authorBox__role'>ライター</p></div>"
           "<p class='p-prNote'>※当サイトはアフィリエイトプログラムによる収益を得ている場合があります。</p>")
    record = _extract(article_page(_JA_TEXT, head=box, lang="ja", title=_JA_TITLE, h1=_JA_H1))
    assert record["authors"] == ["水野かおり"]
    assert record["body"].startswith("葬儀費用が再び上がり始めている。")


def test_a_box_of_comments_titled_by_its_heading() -> None:
    """A box after the text its heading titles as comments on the story ("<section class='cPl7u'><h2>コメントプラス</h2>
    <div><p>NAME（ROLE）</p><p>【解説】…</p><p>DATE</p>"), whatever its hashed class, closes no text; a section's heading
    in the text ("<h2>費用の内訳</h2>") is the text's."""
    comments = ("<section class='cPl7u'><h2>コメントプラス</h2><div><p class='who'>岩瀬健司（宗教社会学者）</p>"
                "<p class='view'>【解説】葬儀の「小さくなる」流れは止まらない一方、一件あたりの単価は上がっています。儀礼を"
                "簡略化しても、安置や搬送など削れない部分のコストは変わらないからです。地域の互助の仕組みが失われた今、行政が"
                "価格表示のルールをどこまで整えるかが問われます。</p>"
                "<p class='date'>2026年3月10日 8時41分</p></div></section>")
    body = _extract(article_page(_JA_TEXT, after=comments, lang="ja", title=_JA_TITLE, h1=_JA_H1))["body"]
    assert body.endswith("第4段落の説明です。")
    part = "<h2>費用の内訳</h2><p>内訳を見ると、祭壇や棺などの基本料金より、安置や搬送の追加費用が増えている。</p>"
    body = _extract(article_page(_JA_TEXT + part, lang="ja", title=_JA_TITLE, h1=_JA_H1))["body"]
    assert body.endswith("追加費用が増えている。")
