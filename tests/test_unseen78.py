"""A seventy-eighth held-out round of pages imitating publishing systems (issue 9): the sections beyond the news
pages, each with the furniture its section adds: match reports with score boxes, line-ups and box scores, reviews
with verdict boxes and facts, recipe and food stories with shop facts, earnings stories with share-price widgets,
tables and disclaimers, an obituary. Three declare nothing but a ``<title>``. The held-out pages are scored blind,
BEFORE any rule of the round.

As in unseen71 to unseen77, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- uk_meridian_matchreport: a UK national paper's football match report (Guardian-like): a score box over the
  article, a standfirst of bullets, "NAME at GROUND", "Photograph: NAME/AGENCY", match stats after the text, "More on
  this story" after the ``<article>``;
- us_forkful_review: a food network's restaurant review (Eater-like): "by NAME", "Photography by NAME", a "Related"
  list, a verdict box after the text with a link to the site's rating policy;
- de_torlinie: a German football portal's match report (kicker-like): a score header, a kicker, a bold teaser,
  "von A und B", "IMAGO/NAME", "Lesen Sie auch", "sagte NAME nach dem Spiel bei DAZN", a "Spieldaten" box;
- ch_handelskurier: a Swiss business paper on TYPO3, declaring only a ``<title>``: a "news-single-subheader"
  standfirst under the ``<h1>``, "Von NAME | DATE", a key-figures table, "Mit Material von AWP" among the paragraphs,
  an investment disclaimer after it;
- jp_sportsnippo: a sports paper's baseball report: a score box over the text (line score, pitchers, "本塁打" in a
  ``<dl>``), "（カメラ・NAME）", "（NAME）" closing the text, line-ups after it;
- jp_gohantsushin: a food web magazine's recipe story on WordPress: a recipe box, "（写真提供：X）", a shop's facts in a
  ``<dl>`` with a "※…取材時点…" note, "取材・文：A　撮影：B　編集：C" after the text;
- cn_xinlan_cba: a sports portal's CBA report: a match box, "（图/X）", "（文/NAME）", line-ups and box score tables
  after the text with "数据来源：…", "据《X》赛前报道", "责任编辑：NAME";
- tw_shilu_food: a Taiwanese food magazine on an old custom CMS, declaring only a ``<title>``: "撰文／A　攝影／B", a
  lead over the byline, "（圖片提供／X）", a shop facts box of labelled rows, "本文摘自《X》第98期";
- us_millbrookcourier_obit (held out): a small-town daily's obituary on an old ASP.NET system, declaring only a
  ``<title>``: "Courier file photo", "MILLBROOK —", a services box, "according to a 1994 profile in X";
- fr_plansequence (held out): a French film magazine's review on Drupal (its article "node--promoted"): a star rating,
  a chapô, "À lire aussi :", "Le verdict", "Fiche technique", "Sur le même sujet";
- jp_setonippo (held out): a regional daily's earnings story, declaring only a ``<title>``: "経済部　A、東京支社　B", an
  earnings table, "英紙Xが4月、…と報じていた", a share-price widget and a disclaimer;
- hk_xinda_results (held out): a Hong Kong financial portal's results story: "記者：A、B", a share-price widget, an
  earnings table, "據《X》早前綜合…", "（責任編輯：NAME）".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``). Four expectations were mended, by conventions already written: editors'
lines credit no contributor (unseen44's "责任编辑", unseen50's "編集／NAME"): cn_xinlan_cba's "责任编辑：NAME",
hk_xinda_results's "（責任編輯：NAME）" and jp_gohantsushin's "編集：NAME"; and a paper's "OUTLET file photo" is credited as
the outlet (unseen37's "Valley Gazette file photo"): us_millbrookcourier_obit's "Courier file photo", twice (its
picture's and the attributions').

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_meridian_matchreport, us_forkful_review, de_torlinie, ch_handelskurier,
  jp_sportsnippo, jp_gohantsushin, cn_xinlan_cba, tw_shilu_food;
- held out (scored once, blind, before any rule of the round): us_millbrookcourier_obit, fr_plansequence,
  jp_setonippo, hk_xinda_results.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=0.875 date=1.000 body_start=1.000 body_end=1.000 related=0.964 attributions=0.760 images=0.750 (trafilatura
  2.3.1 on the same pages: headline=0.750 authors=0.250 date=0.750 body_start=0.750 body_end=0.750; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round (the expectations mended): headline=1.000 authors=1.000 date=1.000
  body_start=0.750 body_end=0.500 related=0.900 attributions=0.911 images=0.958;
- dev and held out after the rules (see "Seventy-eighth held-out round" in docs/extraction-design.md): 1.000 in
  every field but de_torlinie's attributions (below).

``tests/unseen_score.py unseen78`` prints the per-field scores (``dev``, ``held`` or ``all``).
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
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen78"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # "sagte NAME nach dem Spiel bei DAZN": an outlet someone spoke to, in German ("told X" in English, "a déclaré à
    # X" in French, ``attributions._TOLD_OUTLET``); not tried: "bei"/"gegenüber" lead parties and clubs in as often
    # ("sagte er bei der CDU"), and "DAZN" holds no outlet's word
    ("de_torlinie", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_JA = ("　ファルコンズが終盤の逆転劇で３連勝を飾り、首位とのゲーム差を１に縮めた。１点を追う８回１死一、二塁、３番の村瀬が"
       "右越えに逆転３ランを放った。")
_ZH = "".join(f"<p>　　第四节最后48秒，珠江以99:97领先，韩子墨在弱侧预判传球路线完成抢断，并一路推进上篮得手，第{i}段。</p>"
              for i in range(5))


def test_boxes_of_facts_and_figures_closing_the_text() -> None:
    """The story ends above the boxes its section adds after it: a shop's facts in a ``<dl>`` whose values close on
    a bracket ("食堂「しおさい」", "6:00〜9:00（売り切れ次第終了）"), under its heading and over a "※…取材時点…" note; a
    box of list rows each opening with a bold label ("<li><strong>地址：</strong>…"); a match's tables of figures
    with their heading and "数据来源：…" under them. A table of words stays the text's."""
    shop = ("<div class='shop-info'><h3>お店情報</h3><dl><dt>店名</dt><dd>漁協女性部 食堂「しおさい」</dd><dt>住所</dt>"
            "<dd>潮見浦町港通り2-14</dd><dt>営業時間</dt><dd>6:00〜9:00（売り切れ次第終了）</dd></dl>"
            "<p>※記事の情報は取材時点のものです。</p></div>")
    body = _extract(_page("".join(f"<p>{_JA}</p>" for _ in range(4)) + shop, lang="ja", h1="逆転３ラン"))["body"]
    assert body.endswith("放った。")
    info = ("<div class='info-box'><h4>店家資訊｜阿桂意麵</h4><ul><li><strong>地址：</strong>嘉義縣汐湖鎮中正老街112號</li>"
            "<li><strong>電話：</strong>05-288-1174</li><li><strong>營業時間：</strong>07:00～14:00（售完為止）</li></ul>"
            "<h4>交通方式</h4><ul><li><strong>大眾運輸：</strong>搭乘台鐵至新營站，轉乘客運於老街站下車。</li></ul></div>")
    body = _extract(_page(_ZH + info, lang="zh-Hant", h1="老街裡的意麵"))["body"]
    assert body.endswith("第4段。")
    rows = "".join(f"<tr><td>球员{i}</td><td>3{i}</td><td>1{i}</td><td>{i}</td></tr>" for i in range(5))
    stats = (f"<h3>双方首发及主要数据</h3><table><tr><th>珠江猎豹</th><th>时间</th><th>得分</th><th>篮板</th></tr>{rows}"
             "</table><p>数据来源：新澜体育数据库</p>")
    body = _extract(_page(_ZH + "<p>（文/叶长川）</p>" + stats, lang="zh", h1="珠江险胜东海"))["body"]
    assert body.endswith("第4段。") and "数据" not in body
    words = ("<table><tr><th>Partei</th><th>Position</th></tr><tr><td>SVP</td><td>dagegen</td></tr><tr><td>SP</td>"
             "<td>dafür</td></tr><tr><td>FDP</td><td>offen</td></tr></table>")
    assert "FDP" in _extract(_page(_TEXT + words, lang="de"))["body"]


def test_a_credits_line_among_the_paragraphs_before_boxes_only() -> None:
    """"<p><em>Mit Material von AWP</em></p>" among the text's paragraphs, nothing but boxes of their own after it (an
    investment disclaimer): the text ends at it."""
    after = ("<p class='source'><em>Mit Material von AWP</em></p><div class='disclaimer'><p><strong>Hinweis:</strong> "
             "Die Informationen in diesem Artikel dienen ausschliesslich der Information und stellen keine "
             "Anlageberatung dar. Kursangaben ohne Gewähr.</p></div>")
    body = _extract(_page(_TEXT + after, lang="de"))["body"]
    assert body.endswith("Mit Material von AWP")


def test_a_deck_in_a_box_named_so_under_the_headline() -> None:
    """"<h1>…</h1><div class='news-single-subheader'><p>DECK</p></div>" over "Von <a>NAME</a> | DATE" (the meta line
    read past its separator, the writer's name set apart): a deck, after a kicker's line too; a paragraph in an
    unnamed box there, or in one named "article-first-paragraph", still opens the text."""
    def opening(box: str) -> str:
        page = ("<html lang='de'><head><title>Voralpen</title></head><body><div class='news-single-item'>"
                "<div class='news-single-rubrik'>Industrie</div><h1>Voralpen Sensorik wächst – und verdient weniger</h1>"
                f"{box}<div class='timedata'><span class='author'>Von <a href='/autoren/reto'>Reto Bachmann</a></span>"
                "<span class='sep'>|</span><span class='date'>07.03.2024, 06:45 Uhr</span></div>"
                f"{_TEXT.replace('<p>', '<p class=bodytext>')}</div></body></html>")
        return _extract(page)["body"][:19]

    deck = "<p>Der Sensorhersteller hat 2023 so viel umgesetzt wie nie. Doch die Kosten drücken auf den Gewinn.</p>"
    assert opening(f"<div class='news-single-subheader'>{deck}</div>") == "The council voted o"
    assert opening(f"<div>{deck}</div>") == "Der Sensorherstelle"
    assert opening(f"<div class='article-first-paragraph'>{deck}</div>") == "Der Sensorherstelle"


def test_a_score_boxs_facts_over_the_text_open_none() -> None:
    """"<dl><dt>本塁打</dt><dd>NAME５号ソロ（２回・NAME）…</dd></dl>" in the score box right over the report's box (the
    round's own page: a synthetic one puts the box in the text's container): a match's facts, no opening of the text
    (a definition list's rows, as a list's)."""
    from unseen_score import record

    assert record("jp_sportsnippo", SET)["body"].startswith("ファルコンズが終盤の逆転劇で３連勝を飾り")


def test_credits_and_citations_of_the_rounds_pages() -> None:
    """"取材・文：A　撮影：B　編集：C" after the text credits B's pictures; "経済部　A、東京支社　B" names A and B; "（圖片提供／X）"
    credits X; "据《X》赛前报道", "據《X》早前綜合多名分析員的預測", "英紙Xが4月、…と報じていた" and "according to a 1994
    profile in X Quarterly" cite the outlet; "according to a report in March" cites none."""
    from newsarchive.extraction.authors import split_byline
    from newsarchive.extraction.credits import clean_credit, split_caption

    after = "<p class='entry-credit'>取材・文：中村 彩　撮影：岡田 健　編集：松井 里奈（ごはん通信編集部）</p>"
    record = _extract(_page("".join(f"<p>{_JA}</p>" for _ in range(4)), lang="ja", h1="漁協の食堂", after=after))
    assert [a["name"] for a in record["attributions"] if a["role"] == "photo"] == ["岡田 健"]
    assert split_byline("経済部　山本健太、東京支社　小池真央")[0] == ["山本健太", "小池真央"]
    caption, credit = split_caption("1960年代的汐湖老街，店鋪當時還是一間雜貨兼麵攤。（圖片提供／汐湖文史工作室）")
    assert (caption, clean_credit(credit)) == ("1960年代的汐湖老街，店鋪當時還是一間雜貨兼麵攤。", "汐湖文史工作室")
    assert _sources("据《羊城体育周刊》赛前报道，韩子墨在上一轮比赛中扭伤右脚踝。", "zh") == ["羊城体育周刊"]
    assert _sources("是次業績遜於市場預期。據《環球金融通訊》早前綜合多名分析員的預測，市場原本估計核心溢利約為56億元。",
                    "zh-Hant") == ["環球金融通訊"]
    assert _sources("同社の株式を巡っては、英紙フィナンシャル・タイムズが4月、投資ファンドが保有比率を引き上げたと報じていた。",
                    "ja") == ["フィナンシャル・タイムズ"]
    assert _sources("She rebuilt it, according to a 1994 profile in Ohio Stage Quarterly, with borrowed tools.") \
        == ["Ohio Stage Quarterly"]
    assert _sources("The plan failed, according to a report in March.") == []


def test_teasers_around_the_article_and_what_is_none() -> None:
    """A section named and labelled "More on this story" after the ``<article>`` (the box holding the article holds
    it) gives teasers; an "À lire aussi :" line inside an article Drupal names "node--promoted" (promoted to the front
    page, no paid card) is a teaser; a link to the site's own page ("/pages/how-we-review") is none."""
    more = ("<section data-component='more-on-this-story' id='more-on-this-story'><h2>More on this story</h2><ul><li>"
            "<a href='/football/2025/mar/14/rovers-preview-team-news'><h3>Rovers v United: match preview and team news"
            "</h3></a></li></ul></section>")
    page = ("<html lang='en'><head><title>Rovers win</title></head><body><main><article><div><div><h1>Rovers come from "
            f"behind to beat United</h1><div class='article-body'>{_TEXT}</div></div></div></article>{more}</main>"
            "</body></html>")
    related = _teasers(page)
    assert related == ["https://news.example/football/2025/mar/14/rovers-preview-team-news"]
    line = ("<div class='paragraph paragraph--type--a-lire-aussi'><p class='a-lire-aussi'><strong>À lire aussi :</strong> "
            "<a href='/interviews/mona-delvaux-je-voulais-filmer-le-vent'>Mona Delvaux : « Je voulais filmer le vent »</a>"
            "</p></div>")
    page = ("<html lang='fr'><head><title>Critique</title></head><body><article class='node node--promoted'><h1>Les "
            f"Heures claires : un premier film</h1><div class='field--name-body'>{_TEXT[:200]}{line}{_TEXT}</div>"
            "</article></body></html>")
    related = _teasers(page)
    assert related == ["https://news.example/interviews/mona-delvaux-je-voulais-filmer-le-vent"]
    policy = ("<aside class='verdict'><p>Excellent</p><p><a href='/pages/how-forkful-reviews-restaurants'>How Forkful "
              "Riverton rates restaurants</a></p></aside>")
    related = _teasers(_page(_TEXT + policy))
    assert related == []
