"""A ninety-fifth held-out round of pages imitating publishing systems (issue 9): transport, housing and city life: a
UK tabloid's rail strike story (Reach), a US city paper's new light-rail line (Arc XP), a German regional paper's
rail closure and replacement buses (Ippen), a French regional daily's rail strike, a Japanese broadcaster's train
suspensions, a Japanese real-estate portal's rents story (WordPress), a mainland city paper's new metro line on an old
newspaper CMS, a Taiwanese paper's house prices story; held out: an Irish paper's rents story, a Swiss paper's
housing shortage (Next.js), a Japanese regional paper's new line opening, a Hong Kong outlet's tunnel tolls
(Next.js). Four declare nothing but a ``<title>`` (and a description or keywords).

As in unseen71 to unseen94, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages (two of them listed the folder's files or checked
their domains once, reading none), from memory of each system's markup, with invented text and ``.example`` domains.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by conventions already written, after the
blind and dev scores: a paper named before its reporter, or as the source line's outlet, on its group's news site is a
source (tw_fangjia_news's "聯晨報", cn_ditie_kaitong's "青澜日报客户端", as unseen14's "聯合報", unseen24's "人民日报" and
unseen75's "經緯報"); a "推荐阅读" box under the text holds teasers (cn_ditie_kaitong, as unseen74's and unseen92's).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_rail_strike, us_transit_local, de_bahn_ersatzverkehr, fr_greve_sncf,
  ja_tetsudo_unkyu, ja_chintai_news, cn_ditie_kaitong, tw_fangjia_news;
- held out (scored once, blind, before any rule of the round): ie_housing_rents, ch_wohnungsmarkt,
  ja_shinkansen_kaigyo, hk_tunnel_toll.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.972 attributions=0.863 images=1.000 (trafilatura 2.3.1 on the same pages:
  headline=0.250 authors=0.750 date=1.000 body_start=0.500 body_end=0.750; newsarchive with the declarations taken
  out: authors 0.917, attributions 0.836, the rest the same);
- dev, before any rule of the round (the expectations as first written): headline=0.875 authors=0.875 date=1.000
  body_start=1.000 body_end=0.875 related=0.942 attributions=0.888 images=0.958;
- dev and held out after the rules (see "Ninety-fifth held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failure below.

``tests/unseen_score.py unseen95`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen95"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: a regional paper's "関連記事" list closing on its feature's page ("/feature/NAME/", a series' hub, no story):
    # a feature's path is where many sites file their stories too; not tried
    ("ja_shinkansen_kaigyo", "related"),
}


# Expectation mended with unseen205, by the README's convention on recommending labels: cn_ditie_kaitong's three
# "推荐阅读" cards after the article on other topics (a cold wave, lifts in old estates, a greenway) are the site's
# picks, no teasers (its writer had listed them).

test_page_field = field_test(SET, KNOWN_FAILURES)


def _roles(record: dict) -> list[tuple[str, str]]:
    return [(a["role"], a["name"]) for a in record["attributions"]]


#: a Japanese text's paragraphs (rents in the city)
_JA_TEXT = "".join(f"<p>　東京23区のシングル向け賃貸マンションの平均募集家賃は、前年同月より6％上昇した。第{n}段落。</p>"
                   for n in range(1, 6))


def test_a_japanese_correction_note_closes_no_text() -> None:
    """"※2026年2月20日11時：初出時、表の…に誤りがありました。おわびして訂正します。" after the text: a correction note, as
    "Correction: …" is."""
    note = "<p class='note'>※2026年2月20日11時：初出時、表の桜見坂駅の家賃に誤りがありました。おわびして訂正します。</p>"
    body = _extract(_page(_JA_TEXT + note, lang="ja", h1="23区の家賃、前年比6％上昇"))["body"]
    assert body.endswith("第5段落。")


def test_a_photographers_label_in_japanese() -> None:
    """"（写真撮影／NAME）" closing a caption: the photographer's label, as "（撮影・NAME）" is."""
    figure = ("<figure><img src='/img/ekimae.jpg' width='800' height='533'><figcaption>再開発が進むみなと台駅前"
              "（写真撮影／倉田陽介）</figcaption></figure>")
    images = _extract(_page(figure + _JA_TEXT, lang="ja", h1="23区の家賃、前年比6％上昇"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("再開発が進むみなと台駅前", "倉田陽介")]


def test_outlets_spoken_to_and_reported_in_japanese_and_chinese() -> None:
    """"X新聞の報道によると", "市長は共同通信の取材に「…」と語った" (an agency spoken to, on a page that is no copy of
    its), "接受《X》记者采访", "接受X電台節目《Y》訪問", "向《X》表示", "英國《X》日前公布的…報告也指出"."""
    assert _sources("日本経済新聞の報道によると、大手各社は都心部で賃貸マンションの開発を続ける方針だという。", "ja") \
        == ["日本経済新聞"]
    assert _sources("潮見市の浜中賢治市長は共同通信の取材に「開業はゴールではなくスタートだ」と語った。", "ja") == ["共同通信"]
    assert _sources("市交通委副主任黄启明此前接受《东岸都市报》记者采访时表示，5号线开通后客流将明显增加。", "zh") \
        == ["东岸都市报"]
    assert _sources("局長溫志朗今早接受維港電台節目《晨光直播室》訪問時表示，分時段收費並非增加庫房收入。", "zh-HK") \
        == ["維港電台"]
    assert _sources("商會主席譚國輝向《星島晨報》表示，貨車司機的送貨時間多由客戶決定。", "zh-HK") == ["星島晨報"]
    assert _sources("英國《經濟學人》日前公布的全球房價報告也指出，台灣是亞洲房價所得比最高的市場之一。", "zh-TW") \
        == ["經濟學人"]


def test_outlets_spoken_to_in_european_languages() -> None:
    """"a déclaré à Radio Estuaire", "gegenüber «Tele Winterau»", "gegenüber dem „Spiegel“" (not "gegenüber dem
    Vorjahr"), "told RTÉ Radio 1 that", "told LBC the strike was …" (an acronym spoken to without an article, before
    what was said; not "told ICE officers", "told the FBI")."""
    assert _sources("« C'est une journée perdue », a déclaré à Radio Estuaire le maire de Quimbrec.", "fr") \
        == ["Radio Estuaire"]
    assert _sources("Die Vorschriften bremsten Investoren aus, sagte Urs Meierhans gegenüber «Tele Winterau».", "de") \
        == ["Tele Winterau"]
    assert _sources("Das sagte der Bürgermeister gegenüber dem „Spiegel“ am Montag.", "de") == ["Spiegel"]
    assert _sources("Die Mieten sind gegenüber dem Vorjahr um sechs Prozent gestiegen.", "de") == []
    assert _sources("The chief executive told RTÉ Radio 1 that the figures reflected a displacement effect.") \
        == ["RTÉ Radio 1"]
    assert _sources("The Transport Secretary told LBC the strike was completely unjustified.") == ["LBC"]
    assert _sources("The agents told ICE officers at the border to wait.") == []
    assert _sources("She told the FBI that she had seen nothing.") == []


def test_an_agency_spoken_to_on_its_own_copy_is_no_source() -> None:
    """"told Reuters" on a page citing Reuters' interview is a source; on Reuters' own copy (its byline) it is the
    agency's reporting, credited already as the byline's contributor."""
    told = "<p>The minister told Reuters that the talks would resume next week.</p>"
    assert ("source", "Reuters") in _roles(_extract(_page(_TEXT + told)))
    roles = _roles(_extract(_page(_TEXT + told, head="<p class='byline'>By Jane Roe, Reuters</p>")))
    assert ("contributor", "Reuters") in roles and ("source", "Reuters") not in roles


def test_a_chinese_heading_worded_unlike_the_title_is_the_headline() -> None:
    """The page's one ``<h1>`` under a ``<title>`` worded otherwise, the two sharing pairs of characters but no word as
    spaces cut them ("地铁5号线今天开通…" and "青澜地铁5号线今日开通！…"): the heading is the headline."""
    html = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>青澜地铁5号线今日开通！沿线17座车站出行指南来了_青澜新闻网"
            "</title></head><body><div class='main'><h1 class='title'>地铁5号线今天开通初期运营 串起青澜东西两大枢纽</h1>"
            + "".join(f"<p>　　地铁5号线今天上午6时开通初期运营，全长38.6公里，共设车站17座，第{n}段。</p>" for n in range(1, 6))
            + "</div></body></html>")
    assert _extract(html)["headline"] == "地铁5号线今天开通初期运营 串起青澜东西两大枢纽"


def test_an_outlet_linked_before_the_reporters_title() -> None:
    """"<a>聯晨報</a>／ 記者NAME／台北報導" beside a button: the reporter, the paper's link and the slash one line (not
    "<a>NAME</a>、<a>NAME</a>／台北報導", whose place goes: unseen46's tw_daily), the button's words none of the
    byline's."""
    text = "".join(f"<p>內政部今日公布第三季住宅價格指數，全國房價指數連續5季創新高，第{n}段。</p>" for n in range(1, 6))
    byline = ("<section class='authors'><time>2025-11-18 10:42</time><span class='article-content__author'><a "
              "href='https://news.example/news/author/7/paper'>聯晨報</a>／ 記者黃于庭／台北報導</span><div class='share'>"
              "<button type='button' aria-label='字級'>字級</button></div></section>")
    record = _extract(_page(text, head=byline, lang="zh-TW", h1="房價指數連5季創高　雙北漲幅收斂"))
    assert record["authors"] == ["黃于庭"]


def test_the_links_of_a_facts_box_are_no_teasers() -> None:
    """A box of labelled rows in the text ("Fahrplan: … unter <a>bahn.example/bauinfos</a>", "S'informer : … <a>notre
    direct</a>"): its links are the facts', no teasers; a teaser list whose headlines hold a colon stays one."""
    rows = "".join(f"<li><strong>{label}:</strong> {value}</li>" for label, value in (
        ("Zeitraum", "23. März bis 3. Mai"), ("Strecke", "RB 46 zwischen Lauterfeld und Kirchborn"),
        ("Takt", "alle 30 Minuten")))
    facts = (f"<aside class='factBox'><h3>Alle Infos zum Ersatzverkehr</h3><ul>{rows}<li><strong>Fahrplan:</strong> "
             "unter <a href='https://rail.example/bauinfos/rb46'>rail.example/bauinfos</a></li></ul></aside>")
    assert _teasers(_page(_TEXT[:400] + facts + _TEXT[400:], lang="de")) == []
    teasers = "".join(f"<li><a href='https://news.example/2026/03/0{n}/bruecke-{n}'>Elzbrücke gesperrt: Pendler müssen "
                      f"Umwege fahren, Teil {n}</a></li>" for n in range(1, 4))
    related = f"<section class='article__related'><h2>Mehr zum Thema</h2><ul>{teasers}</ul></section>"
    assert len(_teasers(_page(_TEXT, lang="de", after=related))) == 3
