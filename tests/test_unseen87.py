"""An eighty-seventh held-out round of pages imitating publishing systems (issue 9): business, markets and economy
news: a house-price index on a personal-finance site, a markets wrap on a business broadcaster, an agency's closing
report on a financial portal, a central bank's decision on a public broadcaster (German and Japanese), a company's
results in a business weekly, an A-share wrap on a financial portal, a results story from an investor conference,
half-year results in a free daily, a spirits group's sales, the Tokyo close on a stock portal, a developer's winding-up
on a print edition's finance page. Three declare nothing but a ``<title>``. The held-out pages are scored blind, BEFORE
any rule of the round.

As in unseen71 to unseen86, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- uk_moneypost: a UK personal-finance site (This is Money-like): bold summary points between the headline and the
  byline ("mol-bullets-with-font"), "By NAME, PROPERTY REPORTER FOR X" in capitals, a sponsored fact box, an affiliate
  grid and notice after the text;
- us_bnc: a US business broadcaster's markets wrap (CNBC-like): "Key Points", the lead picture in an
  "InlineImage-imageEmbed" with its caption and credit boxes, a chart "Source: FactSet", "Read more" headline links,
  "— BNC's NAME contributed reporting.", a "Don't miss these insights from BNC PRO" box named "RelatedContent
  ProPromo";
- de_kurswelt: a German financial portal running dpa-AFX's closing report, declaring only a ``<title>``: "Quelle:
  dpa-AFX", "FRANKFURT (dpa-AFX) -", price chips in the text, "Chart: Kurswelt", a broker's ad box with a
  ``rel="sponsored"`` link, "--- Von NAME, dpa-AFX ---" and "/jkö/he", a disclaimer and a market-data line;
- ch_hrf: a Swiss public broadcaster's central-bank story (SRF-like): "Quelle: SNB" under a table, "Quelle: SNB, BFS"
  under a chart, "Eine Umfrage der Finanznachrichtenagentur X", "HRF 4 News, 11.12.2025, 10:00 Uhr ; sda/reu";
- jp_bizweekly: a business weekly's results story (Toyo Keizai-like): "（出所）会社資料を基に X作成" closing a chart's
  caption, "（写真：X提供）";
- jp_publictv: a public broadcaster's central-bank story (NHK-like): a "content--summary" under the time and the
  video, its continuation, sections, "イギリスのロイター通信は「…」と伝えました", "関連ニュース［自動検索］" in a section's
  ``<header>``;
- cn_xinlan: a financial portal reprinting a securities paper's wrap (Sina-like): the paper declared as author and
  printed as the source in the date line, "◎记者 NAME NAME" opening the text, stock chips, "数据来源：Wind";
- tw_zilitimes: a Taiwanese paper's business site (Liberty Times-like): "〔記者NAME／台北報導〕", "（記者NAME攝）",
  "（記者NAME製表）" under a chart, "據彭博報導";
- hk_citystandard (held out): a Hong Kong English free daily on a PHP system, declaring only a ``<title>`` naming the
  site: "<span class='writer'>NAME</span>", the day's date in the top bar, "Other News in Finance" with "More Finance
  news »";
- fr_lejour (held out): a French national daily's business story (Le Monde-like): "Lire aussi (article réservé à nos
  abonnés) |";
- jp_kabuportal (held out): a stock portal's Tokyo close (Kabutan-like), declaring only a ``<title>``: a chart's
  "出所：X" line, "１２日付の日本経済新聞朝刊が「…」と報じた", "【関連記事・情報】<br>・<a>…" in one paragraph, the desk's
  signature, an investment-advice disclaimer and "株価・指数データ提供：X";
- hk_dongsheng (held out): a Hong Kong daily's print edition finance page (Oriental Daily-like), declaring only a
  ``<title>``: the text in two "paragraph" boxes around an ad and a picture, a back-issue picker of dates, the day in
  the address's folder ("/20250612/"), "據彭博報道".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``), and for these pages: a data provider, a statistics office, a company or a bank
cited is no source; a table inside the text is no text; a chart is a picture, its "Source: X" line its credit when no
other is printed; a disclaimer on investment advice and a market-data line are no text; ticker chips are part of
their paragraph. Mended by conventions already written, after the blind and dev scores: "（記者NAME攝）" credits the
name alone (tw_zilitimes, as unseen14's, unseen16's and unseen41's pages have it; "（記者NAME製表）" likewise); a
Chinese editors' line credits no contributor (cn_xinlan's "责任编辑", as unseen85's cn_jzrb); the outlet's own chart
credits no photographer (de_kurswelt's "Chart: Kurswelt", as unseen45's "Chart: The Ledger"; unseen83's ch_netzfragen,
"Grafik: Netzfragen", mended the same way, the two labels now read alike).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_moneypost, us_bnc, de_kurswelt, ch_hrf, jp_bizweekly, jp_publictv,
  cn_xinlan, tw_zilitimes;
- held out (scored once, blind, before any rule of the round): hk_citystandard, fr_lejour, jp_kabuportal,
  hk_dongsheng.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=0.750 date=0.500
  body_start=1.000 body_end=0.500 related=0.417 attributions=0.664 images=0.750 (trafilatura 2.3.1 on the same
  pages: headline=0.500 authors=1.000 date=0.500 body_start=0.500 body_end=0.250; newsarchive with the declarations
  taken out: the same figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.750 date=1.000
  body_start=0.625 body_end=1.000 related=0.804 attributions=0.543 images=0.646;
- dev and held out after the rules (see "Eighty-seventh held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failure below.

``tests/unseen_score.py unseen87`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen87"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a box named "RelatedContent" offering the paid tier's stories ("Don't miss these insights from BNC PRO", also
    # named "ProPromo"): a promotion to this writer, related stories by its name and label; not tried
    ("us_bnc", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _roles(record: dict) -> list[tuple[str, str]]:
    return [(a["role"], a["name"]) for a in record["attributions"]]


_JA = "".join(f"<p>　東京株式市場で日経平均株価は反落し、前日比４１２円安で取引を終えた。半導体関連株に売りが広がった。第{n}段落。</p>"
              for n in range(1, 6))


def test_a_title_naming_the_site_alone_names_no_headline() -> None:
    """A page declaring only "<title>SITE</title>" and printing one ``<h1>`` in no article element: the heading is the
    headline, and "<span class='writer'>NAME</span>" beside the date names the writer."""
    html = ("<html lang='en'><head><title>The City Standard</title></head><body><div class='top'><a href='/'>The City "
            "Standard</a></div><div class='news-detail'><h4>Finance</h4><h1 class='news-title'>Harbourfront Land profit "
            "slumps 38pc on mainland writedowns</h1><div class='news-info'><span class='writer'>Phoebe Kwan</span> "
            f"<span class='date'>28 Feb 2025</span></div><div class='content'>{_TEXT}</div></div></body></html>")
    record = _extract(html, url="https://www.citystandard.example/section-news/section/2/236514/story")
    assert record["headline"] == "Harbourfront Land profit slumps 38pc on mainland writedowns"
    assert record["authors"] == ["Phoebe Kwan"]
    assert record["published"][:10] == "2025-02-28"


def test_a_sections_other_news_and_its_more_link_are_no_teasers() -> None:
    """A box headed "Other News in Finance" in the article's column, and its "More Finance news »" link to the
    section's page: the section's stories, no teasers of the article."""
    box = ("<div class='other-news'><h3>Other News in Finance</h3><ul><li><a href='/news/2/236515/hang-seng-snaps-streak'>"
           "Hang Seng snaps three-day winning streak as tech stocks retreat</a></li></ul><a href='/section-news-list/2/' "
           "class='more-link'>More Finance news »</a></div>")
    record = _extract(_page(_TEXT, after=box))
    assert [link for link in record["related_links"] if link["kind"] == "related"] == []


def test_a_read_also_line_with_a_subscribers_badge() -> None:
    """"Lire aussi (article réservé à nos abonnés) | <a>TITLE</a>" inside the text is a teaser."""
    line = ("<section class='catcher'><span class='catcher__title'>Lire aussi (article réservé à nos abonnés) |</span> "
            "<a href='https://news.example/economie/2025/09/30/les-viticulteurs-arrachent-leurs-vignes'>En Charente, les "
            "viticulteurs du cognac arrachent leurs vignes</a></section>")
    record = _extract(_page(_TEXT[:300] + line + _TEXT, lang="fr"))
    assert [link["url"] for link in record["related_links"] if link["kind"] == "related"] == [
        "https://news.example/economie/2025/09/30/les-viticulteurs-arrachent-leurs-vignes"]


def test_a_charts_source_credits_it() -> None:
    """A chart's data source, where no other credit is printed: "出所：X" in the line after its caption, "（出所）X"
    closing its caption, "数据来源：X" after it, "Chart: X"; a Chinese chart's maker, "（記者NAME製表）"."""
    cases = [
        ("<div class='news_chart'><img src='/chart/n225.png' width='480' height='280' alt=''><p class='chart_caption'>"
         "日経平均株価の日中推移（５分足、１２日）</p><p class='chart_source'>出所：ミナトデータ</p></div>",
         ("日経平均株価の日中推移（５分足、１２日）", "ミナトデータ")),
        ("<div class='article-image'><img src='/img/chart-orders.jpg' width='570' height='400' alt=''><span class='caption'>"
         "北斗電産の四半期別受注高の推移（出所）会社の決算説明資料を基に東邦経済作成</span></div>",
         ("北斗電産の四半期別受注高の推移", "会社の決算説明資料を基に東邦経済作成")),
        ("<div class='img_wrapper'><img src='/img/sh-index.png' alt=''><span class='img_descr'>6月11日上证指数分时走势　"
         "数据来源：Wind</span></div>", ("6月11日上证指数分时走势", "Wind")),
        ("<figure><img src='/img/dax.png' width='640' height='360' alt=''><figcaption><span class='news-chart__title'>Der "
         "Dax im Verlauf des Handelstages</span> <span class='news-chart__credit'>Chart: Statista</span></figcaption>"
         "</figure>", ("Der Dax im Verlauf des Handelstages", "Statista")),
        ("<figure><img src='/img/results.png' width='640' height='360' alt=''><figcaption>宏碩半導體2025年第1季財報。"
         "（記者鄭羽彤製表）</figcaption></figure>", ("宏碩半導體2025年第1季財報。", "鄭羽彤")),
    ]
    for figure, expected in cases:
        images = _extract(_page(_TEXT[:300] + figure + _TEXT))["images"]
        assert [(i["caption"], i["credit"]) for i in images] == [expected], figure


def test_an_investment_disclaimer_and_a_market_data_line_close_no_text() -> None:
    """"※本ページの情報は…投資勧誘を目的としたものではありません。", "※…株価・指数データ提供：X", "This article … does not
    constitute investment advice.", "Keine Anlageberatung." and "Market data provided by X" after the text are no
    text, nor the desk's signature before them."""
    notes = ("<p class='signature'>カブサーチニュース</p><p>※本ページの情報は投資判断の参考となる情報の提供を目的としたものであり、"
             "投資勧誘を目的としたものではありません。</p><p>※株価・指数データは20分以上遅れて表示しています。株価・指数データ提供：ミナトデータ</p>")
    assert _extract(_page(_JA + notes, lang="ja", h1="日経平均、反落"))["body"].endswith("第5段落。")
    for note in ("<p>This article is for information only and does not constitute investment advice.</p>",
                 "<p>Market data provided by Northwind Data. Quotes delayed at least 15 minutes.</p>",
                 "<p>Hinweis: Dieser Artikel stellt keine Anlageberatung dar.</p>"):
        assert _extract(_page(_TEXT + note))["body"].endswith("where it was last year."), note


def test_a_labelled_list_of_links_in_one_paragraph() -> None:
    """"<p>【関連記事・情報】<br>・<a>TITLE</a><br>・<a>TITLE</a></p>" after the text: the links are teasers."""
    line = ("<p class='kanren'>【関連記事・情報】<br>・<a href='/news/marketnews/?b=n202506120981'>明日の株式相場に向けて＝半導体株の"
            "「底入れ」はいつか</a><br>・<a href='/news/marketnews/?b=n202506120955'>東証スタンダード（大引け）＝値下がり優勢</a></p>")
    record = _extract(_page(_JA + line, lang="ja", h1="日経平均、反落"))
    assert [link["url"] for link in record["related_links"] if link["kind"] == "related"] == [
        "https://news.example/news/marketnews/?b=n202506120981", "https://news.example/news/marketnews/?b=n202506120955"]
    assert record["body"].endswith("第5段落。")


def test_outlets_cited_in_business_news() -> None:
    """The outlets business stories cite, in the ways these pages print it; a data provider cites none."""
    cases = [
        ("加えて、１２日付の日本経済新聞朝刊が「政府が補助金の配分を見直す」と報じたことも重荷になった。", "ja", ["日本経済新聞"]),
        ("また、イギリスのロイター通信は「市場の関心が移っている」と伝えました。", "ja", ["ロイター通信"]),
        ("このうち、アメリカの経済通信社ブルームバーグは「政策金利を引き上げた」と伝えました。", "ja", ["ブルームバーグ"]),
        ("據彭博報導，宏碩正評估在日本設立第二座先進封裝廠。", "zh-Hant", ["彭博"]),
        ("Der Konzern steht laut einem Bericht der Nachrichtenagentur Bloomberg kurz vor einem Großauftrag.", "de",
         ["Bloomberg"]),
        ("Wie das „Handelsblatt“ unter Berufung auf Unternehmenskreise berichtete, prüft der Konzern den Verkauf.", "de",
         ["Handelsblatt"]),
        ("Eine Umfrage der Finanznachrichtenagentur AWP unter 20 Ökonomen hatte ein ähnliches Bild ergeben.", "de",
         ["AWP"]),
        ("Analysts had expected a smaller drop, according to data from LSEG.", "en", []),
    ]
    for sentence, lang, names in cases:
        assert _sources(sentence, lang=lang) == names, sentence


def test_summary_points_between_the_headline_and_the_byline_open_no_text() -> None:
    """"<h1>…</h1><ul><li><strong>POINT</strong></li>…</ul><div class='author-share'><p>By NAME</p>…" over the text: the
    points sum the article up above its byline."""
    html = ("<html lang='en'><head><title>Prices rise</title></head><body><div class='article-text'><h1>House prices rise "
            "for fourth month in a row as buyers race to beat the deadline</h1><ul class='mol-bullets-with-font'><li>"
            "<strong>Harbourside says the typical home now costs £271,430 after a 0.6% monthly rise</strong></li><li>"
            "<strong>Annual growth picked up to 4.1% in February from 3.7% in January</strong></li></ul><div "
            "class='author-share'><p class='author-section byline-plain'>By <a href='/authors/ruth' class='author'>RUTH "
            f"CALLOWAY</a></p></div>{_TEXT}</div></body></html>")
    assert _extract(html)["body"].startswith("The council voted")


def test_a_headline_link_closing_on_a_verb_cites_nobody() -> None:
    """"Read more<br><a>X shares sink as chipmaker guides below estimates</a>": a headline, no outlet "estimating"."""
    line = ("<p><strong>Read more</strong><br><a href='https://news.example/2024/10/22/harlow-earnings.html'>Harlow "
            "Semiconductor shares sink as chipmaker guides below estimates</a></p>")
    assert _sources(line[3:-4]) == []


def test_a_wire_sign_off_framed_in_dashes_and_its_dateline() -> None:
    """"FRANKFURT (dpa-AFX) -" opening the text cites the agency (in lower case, a name all the same), and "--- Von
    NAME, dpa-AFX ---" closing it names the writer."""
    body = ("<p>FRANKFURT (dpa-AFX) - Vor dem Zinsentscheid der US-Notenbank haben sich die Anleger am deutschen "
            "Aktienmarkt am Dienstag zurückgehalten, der Dax schloss tiefer.</p>" + _TEXT
            + "<p class='news-detail__signature'>--- Von Jana Kölling, dpa-AFX ---</p>")
    record = _extract(_page(body, lang="de"))
    assert record["authors"] == ["Jana Kölling"]
    assert ("source", "dpa-AFX") in _roles(record)


def test_a_programme_line_naming_the_agencies_used() -> None:
    """"HRF 4 News, 11.12.2025, 10:00 Uhr ; sda/reu" under a broadcaster's text: the agencies' copy was used, in lower
    case as printed."""
    record = _extract(_page(_TEXT + "<p class='article-source'>HRF 4 News, 11.12.2025, 10:00 Uhr ; sda/reu</p>", lang="de"))
    assert {("contributor", "sda"), ("contributor", "reu")} <= set(_roles(record))


def test_a_sponsored_link_is_no_teaser() -> None:
    """A link marked ``rel="sponsored"`` (a broker's ad box in the text, an affiliate's link) is none of the article's
    links."""
    box = ("<div class='news-teaser-inline'><span class='news-teaser-inline__label'>Anzeige</span><p>Handeln Sie ab 0 "
           "Euro Ordergebühr. <a href='https://partner.broker.example/?ref=kw' rel='sponsored nofollow'>Jetzt Depot "
           "eröffnen bei unserem Partner-Broker</a></p></div>")
    record = _extract(_page(_TEXT[:300] + box + _TEXT, lang="de"))
    assert not any("broker" in link["url"] for link in record["related_links"])


def test_a_paper_declared_as_author_and_printed_as_the_source() -> None:
    """A portal declaring the paper it reprints as author and printing it as the source in the date line ("<a
    class='source'>PAPER</a>"): the paper is the source, and "◎记者 A B" opening the text names the writers."""
    head = ("<div class='date-source'><span class='date'>2025年06月12日 06:12</span> <a href='https://paper.example/' "
            "class='source ent-source'>申江证券报</a></div>")
    body = "<p>◎记者 孙嘉禾 林思远</p>" + "".join(
        f"<p>6月11日，A股市场三大指数早盘窄幅震荡，午后在科技板块带动下集体走高，第{n}段。</p>" for n in range(5))
    record = _extract(_page(body, head=head, lang="zh-Hans", h1="A股三大指数集体收涨", title="A股三大指数集体收涨",
                            meta="<meta property='article:author' content='申江证券报'>"))
    assert record["authors"] == ["孙嘉禾", "林思远"]
    assert ("source", "申江证券报") in _roles(record)


def test_a_text_in_two_boxes_past_an_ad_and_a_picture() -> None:
    """A print page's text in two "paragraph" boxes, an ad's box and a picture's between them: one text."""
    first = "".join(f"<p>內房債務危機再添一宗清盤個案，高等法院昨日頒令宏岸地產清盤，第{n}段。</p>" for n in range(4))
    second = "".join(f"<p>宏岸是今年第三家被香港法院頒令清盤的內房企業，清盤人能追回多少資產仍存疑問，第{n}段。</p>" for n in range(4))
    html = ("<html><head><title>東昇日報 B2：宏岸地產遭頒清盤令</title></head><body><div id='contentCTN'><h1>宏岸地產遭頒清盤令"
            f"</h1><div class='paragraph'>{first}</div><div class='adInArticle'><div id='ad1'></div></div><div "
            "class='photo photoCenter'><img src='/photo/0612-b2.jpg' width='400' height='300'><div class='photoCaption'>"
            f"宏岸地產主席王兆基去年出席業績會。</div></div><div class='paragraph'>{second}</div></div></body></html>")
    record = _extract(html, url="https://dsdaily.example/cnt/finance/20250612/00202_001.html")
    assert record["body"].startswith("內房債務危機") and record["body"].endswith("第3段。") and "宏岸是今年" in record["body"]
    assert record["published"][:10] == "2025-06-12"  # the day's folder in the address


def test_a_summary_under_the_time_opens_the_text_though_the_description_is_tagged() -> None:
    """A broadcaster's "content--summary" under the time and the video opens the text when it goes on past the
    declared description, which may open with the outlet's tag in lenticular brackets ("【JBC】日銀は…")."""
    summary = ("日銀は19日まで開いた金融政策決定会合で、短期金利の誘導目標を今の0.5%程度から0.75%程度に引き上げる追加の利上げを"
               "決めました。政策金利が0.75%程度となるのは、およそ30年ぶりです。")
    html = ("<html lang='ja'><head><meta charset='utf-8'><title>日銀 追加利上げを決定</title><meta property='og:description' "
            "content='【JBC】日銀は19日まで開いた金融政策決定会合で、短期金利の誘導目標を今の0.5%程度から0.75%程度に引き上げる"
            "追加の利上げを決めました。'></head><body><section class="
            "'module--content'><header class='content--header'><h1 class='content--title'><span>日銀 追加利上げを決定"
            "</span></h1><p class='content--date'><time datetime='2025-12-19T17:02'>12月19日 17時02分</time></p></header>"
            f"<div class='content--detail-body'><p class='content--summary'>{summary}</p><div class='content--detail-more'>"
            "<p class='content--summary-more'>日銀は、ことし1月に政策金利を0.5%程度に引き上げたあと、金利を据え置いてきました。"
            "</p><section class='content--body'><h2 class='body-title'>総裁の会見</h2><div class='body-text'><p>"
            "日銀の杉浦総裁は、午後3時半から記者会見を開き、賃上げの動きが中小企業にも広がっていると述べました。</p></div>"
            "</section></div></div></section></body></html>")
    assert _extract(html)["body"].startswith("日銀は19日まで開いた")


def test_a_relation_box_labelled_in_its_header() -> None:
    """"<section class='module--relation'><header><h2>関連ニュース［自動検索］</h2></header><ul>…" after the article: its
    links are teasers, the search's note after the label no part of it."""
    box = ("<section class='module module--relation' id='relation-news'><header class='module--header'><h2>関連ニュース"
           "［自動検索］</h2></header><ul><li><a href='/news/html/20251218/k10014980011000.html'>日銀 来週の会合で利上げを"
           "検討へ</a></li><li><a href='/news/html/20251215/k10014976551000.html'>日銀短観 大企業製造業の景況感改善</a>"
           "</li></ul></section>")
    html = (f"<html lang='ja'><head><meta charset='utf-8'><title>日経平均、反落</title></head><body><main><article><h1>"
            f"日経平均、反落</h1><div class='content'>{_JA}</div></article>{box}</main></body></html>")
    assert [link["url"] for link in _extract(html)["related_links"] if link["kind"] == "related"] == [
        "https://news.example/news/html/20251218/k10014980011000.html",
        "https://news.example/news/html/20251215/k10014976551000.html"]
