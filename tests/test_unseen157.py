"""A hundred-and-fifty-seventh held-out round of pages imitating publishing systems (issue 9): factories, manufacturing
and industry: a US business paper's plant closure story, a UK trade magazine site's robotics story, a German business
daily's battery plant story, a French regional daily's factory reopening story, a Japanese economic daily's factory
story, a Japanese manufacturing web medium's feature, a mainland portal's manufacturing story, a Taiwanese paper's chip
fab story; held out: a Canadian regional paper's auto parts plant story, a Belgian French-language paper's factory
closure story, a Japanese regional paper's local factory story, a Hong Kong site's industry story.

As in unseen71 to unseen156, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_factory_news, uk_manufacturing_news, de_industrie_news, fr_usine_news,
  ja_kojo_news, ja_monozukuri_web, cn_zhizao_news, tw_gongchang_news;
- held out (scored once, blind, before any rule of the round): ca_factory_news, be_usine_news, ja_kojo_chiho,
  hk_gongye_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=1.000 related=1.000 attributions=0.852 images=0.917 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.000 date=1.000 body_start=0.250 body_end=0.750; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=1.000 body_end=0.875
  related=0.968 attributions=0.961 images=1.000;
- dev and held out after the rules (see "Hundred-and-fifty-seventh held-out round" in docs/extraction-design.md): the
  known failure below aside, every field right. The rules made after the blind score, from the held-out pages: a
  broadcaster's report "民放のXテレビが１０日昼に伝えていた", a supplier's bracket after another closing a caption,
  "according to the trade publication X", a summary box under a long date line.

``tests/unseen_score.py unseen157`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from newsarchive.extraction.hints import TAGLINE  # noqa: E402
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen157"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "根據日經亞洲報導" (according to Nikkei Asia's report), a foreign outlet's name unquoted and closed by no outlet's
    # word, not read as the source; not tried (a bare name there is as often a body's or a person's)
    ("tw_gongchang_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)

_PLANT_TEXT = "".join("<p>車載電池大手の北斗バッテリーは11日、宮城県栗原市に全固体電池の量産工場を新設すると発表した。投資額は約2800億円で、2028年春の稼働を目指す"
                      f"。第{n}段落。</p>" for n in range(5))


def test_experts_comments_box_after_the_text() -> None:
    """A box of experts' comments after the text, its title over a note that the comments are the experts' own views
    and not the paper's ("<section><h2>Think!</h2><p>※Think!投稿は、エキスパートご自身の見解であり、X新聞の見解ではありま
    せん。</p>…"), is no part of the text. (The hand page below ends right on the code before this rule too, another
    rule taking the box off; ja_kojo_news's body end, failing before it, carries the rule, and the note is checked as
    the tagline it is.)"""
    assert TAGLINE.search("※Think!投稿は、エキスパートご自身の見解であり、日本経済日報の見解ではありません。") is not None
    comments = ("<section class='think_t1u44jqr'><h2 class='thinkHeading_t1an4m0a'>Think! "
                "<span>多様な観点からニュースを考える</span></h2><p "
                "class='thinkLead_t1q8yw7d'>※Think!投稿は、エキスパートご自身の見解であり、日本経済日報の見解ではありません。</p><div "
                "class='thinkItem'><span>平田　紗英</span><span>電池技術アナリスト</span><p>全固体電池の量産は歩留まりの確保が最大の壁です。立ち上げ期には想定以上の時間とコ"
                "ストがかかることが多い。</p></div></section>")
    record = _extract(article_page(_PLANT_TEXT + comments, lang="ja", title="全固体電池", h1="北斗バッテリー、宮城に新工場"))
    assert record["body"].endswith("第4段落。")


def test_correspondent_with_a_half_width_equals_sign() -> None:
    """A Japanese paper's web page sets the correspondent's dateline with a half-width equals sign, "【仙台=NAME】": the
    name is the writer's."""
    text = "<p>【仙台=小野寺悠】" + _PLANT_TEXT[3:]
    record = _extract(article_page(text, lang="ja", title="全固体電池", h1="北斗バッテリー、宮城に新工場"))
    assert record["authors"] == ["小野寺悠"]


def test_series_and_topic_indexes_are_no_teasers() -> None:
    """A link to a series' back numbers ("→連載「X」バックナンバー") or to a topic's page with its count of stories
    ("全固体電池 43本の記事") in a teaser box goes to no story."""
    after = ("<section class='relatedArticles'><h2>この記事をまとめて読む</h2><div class='seriesCard'><a "
             "href='https://news.example/theme/?dw=20012207'><span>全固体電池</span><span>43本の記事</span></a></div><ul><li><a"
             " href='https://news.example/article/DGXZQOUC2718L0X/'>全固体電池、量産へ試作ライン　北斗バッテリーが栃木で</a></li><li><a "
             "href='https://news.example/series/robot/'>→連載「ロボット導入最前線」バックナンバー</a></li></ul></section>")
    teasers = _teasers(article_page(_PLANT_TEXT, lang="ja", title="全固体電池", h1="北斗バッテリー、宮城に新工場",
                                    after=after))
    assert teasers == ["https://news.example/article/DGXZQOUC2718L0X/"]


def test_broadcasters_suppliers_trade_publications_and_summaries_of_the_held_out_pages() -> None:
    """Rules made after the blind score: "民放の北浦テレビが１０日昼に伝えていた" cites the station (its day's part, "昼", and
    "民放の", the commercial broadcaster's, no part of its name); a supplier's bracket after another closing the
    caption ("…港町工場（１９５８年）（北浦製紙提供）") credits the supplier; "according to the trade publication X" cites
    X; a summary box ("L’essentiel") under a long date line opens no text."""
    assert _sources("工場の閉鎖計画は、民放の北浦テレビが１０日昼に伝えていた。", lang="ja") == ["北浦テレビ"]
    figure = ("<figure><img src='https://news.example/img/mill.jpg' "
              "alt=''><figcaption>操業開始当時の港町工場（１９５８年）（北浦製紙提供）</figcaption></figure>")
    record = _extract(article_page(figure + _PLANT_TEXT, lang="ja", title="製紙工場", h1="北浦製紙、港町工場を閉鎖へ"))
    assert ["photo", "北浦製紙提供"] in _pairs(record)
    assert _sources("According to the trade publication Parts & Powertrain Weekly, "
                    "which first reported the lost contract last month, the work is "
                    "moving to a plant in Tennessee.") == ["Parts & Powertrain Weekly"]
    head = ("<div class='r-article--dates'><span>Publié le 17/03/2026 à 11:42</span> <span>Mis à jour le 17/03/2026 à "
            "16:05</span> <span>Temps de lecture: 4 min</span></div><div "
            "class='r-article--essentiel'><h2>L’essentiel</h2><ul><li>Verachtal veut fermer son usine de Fleurus "
            "d’ici fin 2026.</li><li>412 emplois sont menacés, dont 318 ouvriers.</li><li>La production serait "
            "transférée en Pologne.</li></ul></div>")
    text = "".join("<p>La direction du groupe a annoncé mardi son intention de fermer d’ici la fin "
                   f"de l’année son usine de portes industrielles de Fleurus, paragraphe {n}.</p>" for n in range(5))
    record = _extract(article_page(text, head=head, lang="fr", title="Fleurus", h1="Verachtal ferme son usine"))
    assert record["body"].startswith("La direction du groupe")
