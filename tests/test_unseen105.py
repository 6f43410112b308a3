"""A hundred-and-fifth held-out round of pages imitating publishing systems (issue 9): consumers, money and prices: a
US local TV station's product recall story, a UK money site's advice piece, a German consumer guide, a French daily's
consumer page, a Japanese national outlet's consumer-agency warning, a Japanese money web magazine's explainer, a
mainland portal's consumer-rights story, a Taiwanese news site's food-safety story; held out: an Australian news
site's scam warning, a Swiss-German news site's prices story, a Japanese regional paper's price-rise story, a Hong
Kong paper's consumer council story.

As in unseen71 to unseen104, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; this round's brief asked for openings a tool could get wrong (a first paragraph in
bold or in a box of its own, a place line before it, a summary box or an advertising notice over the text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by conventions already written, after the
blind and dev scores: a station's call sign in its own dateline is a source (us_recall_news's "(KQVN) —", as unseen12,
unseen28, unseen42, unseen65 and unseen90 have it); the group's paper under the headline is a source on its news site
(cn_315_news's "来源：江城晚报", as unseen104 mended).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_recall_news, uk_money_advice, de_verbraucher_ratgeber, fr_conso_quotidien,
  ja_shohisha_news, ja_okane_web, cn_315_news, tw_xiaofei_news;
- held out (scored once, blind, before any rule of the round): au_scam_warning, ch_konsum_news, ja_bukka_chiho,
  hk_wujia_news.

Until the held-out score was taken, no rule was written on the held-out pages, nor looked at their results (a run of
the whole unseen suite while the pages were being written ran on them too; its output, cut at its first lines, named
dev pages only). Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written; the code held the
  French broadcasters' rules, written while the pages were being written, from earlier rounds' known failures):
  headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=0.750 related=0.964 attributions=0.853
  images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.000 authors=0.500 date=1.000 body_start=0.750
  body_end=0.250; newsarchive with the declarations taken out: the same figures);
- dev, before any rule of the round: headline=0.875 authors=1.000 date=1.000 body_start=0.875 body_end=1.000
  related=0.802 attributions=0.911 images=0.938;
- dev and held out after the rules (see "Hundred-and-fifth held-out round" in docs/extraction-design.md): 1.000 in
  every field but the known failures below.

``tests/unseen_score.py unseen105`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen105"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "Research by Which? found" (a consumer magazine's one word and its question mark, no outlet's word); not
    # tried
    ("uk_money_advice", "attributions"),
    # dev: "Selon 60 Millions de consommateurs" (a title opening with a number); not tried
    ("fr_conso_quotidien", "attributions"),
    # held: "The Australian Financial Review first reported" ("Review", no word of outlets' names: "the Cass Review"
    # is a report); not tried
    ("au_scam_warning", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)

_FR = "".join(f"<p>Le fromager a rappelé trois lots de raclette vendus en grande surface. Partie {n}.</p>"
              for n in range(1, 6))
_OTHER = "https://www.consonews.example/2026/03/04/rappel"


def _cited(html: str, url: str = _OTHER) -> list[str]:
    return [a["name"] for a in _extract(html, url)["attributions"] if a["role"] == "source"]


def test_broadcasters_and_outlets_of_consumer_stories() -> None:
    """France's public broadcasters ("France" and a capitalised word or a number) cited where someone spoke to them or
    they reported: "Interrogé par France Inter", "a confié à France Inter le chanteur NAME", "Comme l'a rapporté France
    Bleu", "a prévenu sur France Bleu le secrétaire général" (not "selon France Travail", a body); "Interrogé par Le
    Parisien" (a title's article; not "par Marc Duval", a person); "a confié à RTL le chanteur" (an acronym before the
    speaker); "comme l'avait rapporté à l'époque La Voix des Aravis"; "told 3AW" (an Australian call sign); "wie der
    «X» am Wochenende berichtete"; "流通専門紙の日経MJによると" (Latin letters in the name)."""
    assert _sources("Interrogé par France Inter, l’évêque a défendu la réforme du calendrier.", "fr") \
        == ["France Inter"]
    assert _sources("« Nous ne lâcherons rien », a confié à France Inter le chanteur Marc Duval.", "fr") \
        == ["France Inter"]
    assert _sources("Comme l'a rapporté France Bleu en début d'année, la mairie a renoncé au projet.", "fr") \
        == ["France Bleu"]
    assert _sources("« La récolte sera mauvaise », a prévenu sur France Bleu le secrétaire général de la FDSEA.",
                    "fr") == ["France Bleu"]
    assert _sources("Selon France Travail, le chômage a baissé dans le département.", "fr") == []
    assert _sources("Interrogé par Le Parisien, l’évêque a défendu la réforme du calendrier.", "fr") == ["Le Parisien"]
    assert _sources("Interrogée par Marc Duval, la ministre a défendu la réforme.", "fr") == []
    assert _sources("« Nous ne lâcherons rien », a confié à RTL le chanteur Marc Duval.", "fr") == ["RTL"]
    assert _sources("Un lot avait été retiré, comme l’avait rapporté à l’époque La Voix des Aravis.", "fr") \
        == ["La Voix des Aravis"]
    assert _cited(_page(_TEXT[:200] + "<p>Patricia Greer, 67, told 3AW she lost $2,350 after entering her card "
                        "details.</p>" + _TEXT)) == ["3AW"]
    assert _sources("Wie der «Tages-Anzeiger» am Wochenende berichtete, prüft der Verband eine eigene Studie.", "de") \
        == ["Tages-Anzeiger"]
    assert _sources("流通専門紙の日経MJによると、全国のスーパーでもPB商品の売上高が前年を上回っている。", "ja") == ["日経MJ"]


def test_credits_of_consumer_stories() -> None:
    """"NAME with NCA NewsWire" in a byline credits the wire service as a contributor (as "with AFP"; "NAME, Tribune
    News Service" names the writer's employer, nobody more); "<dt>監修</dt><dd>税理士　NAME（OFFICE）</dd>" credits the
    reviewer, a licensed profession's title ("…士") before the name going."""
    wire = ("<div class='byline'><span class='author_name'><a href='/journalists/ellie'>Ellie Cartwright</a></span> "
            "<span class='author_with'>with <span>NCA NewsWire</span></span></div>")
    record = _extract(_page(_TEXT, head=wire))
    assert [(a["role"], a["name"]) for a in record["attributions"]] == [("author", "Ellie Cartwright"),
                                                                       ("contributor", "NCA NewsWire")]
    employer = "<p class='byline'>By Ellie Cartwright, Tribune News Service</p>"
    assert [a["role"] for a in _extract(_page(_TEXT, head=employer))["attributions"]] == ["author"]
    ja = "".join(f"<p>新NISAのつみたて投資枠と成長投資枠の使い分けを解説します。第{n}段落。</p>" for n in range(1, 6))
    box = ("<div class='writer-box'><dl><dt>執筆者</dt><dd>小西 遥</dd></dl><dl><dt>監修</dt><dd>税理士　石川　健吾"
           "（石川健吾税理士事務所）</dd></dl></div>")
    title = "新NISAの二つの枠、どう使い分ける？"
    record = _extract(_page(ja, head=box, lang="ja", title=title, h1=title))
    assert ("contributor", "石川 健吾") in {(a["role"], a["name"]) for a in record["attributions"]}


def test_openings_of_consumer_stories() -> None:
    """A broadcaster's lead in a box named "content--summary", repeating the declared description, before the box of
    the rest named as its continuation ("content--detail-more", "content--summary-more"), opens the text; "※…を追記
    しました。（5月14日 19時48分）" (an update note and its time) opens none; with a `<title>` alone declared and no
    `<h1>`, the `<h2>` opening the article's box over the byline is the headline, not a facts box's title."""
    lead = "大手家電メーカーが販売したモバイルバッテリーで発火事故が相次ぎ、会社は無償での回収を始めました。"
    ja = "".join(f"<p>消費者庁によりますと、回収の対象は4機種です。第{n}段落。</p>" for n in range(1, 6))
    body = (f"<p class='content--update-note'>※記事の後半に対象製品の製造番号を追記しました。（5月14日 19時48分）</p>"
            f"<p class='content--summary'>{lead}</p><div class='content--detail-more'><section class='content--body'>"
            f"<div class='body-text'>{ja}</div></section></div>")
    html = (f"<html lang='ja'><head><meta charset='utf-8'><title>モバイルバッテリー回収</title><meta name='description' "
            f"content='{lead}'></head><body><main><article><h1>モバイルバッテリー12万台回収</h1><p class='content--date'>"
            f"<time datetime='2026-05-14T17:05'>2026年5月14日 17時05分</time></p><div class='content--detail-body'>"
            f"{body}</div></article></main></body></html>")
    assert _extract(html)["body"].startswith(lead)
    uk = "".join(f"<p class='mol-para-with-font'>Household energy bills will fall by around £61 a year. Part {n}.</p>"
                 for n in range(1, 6))
    facts = ("<div class='mol-factbox'><h3 class='mol-factbox-title'>HOW THE PRICE CAP CHANGES FROM 1 APRIL</h3>"
             "<table><tr><td>Typical bill</td><td>£1,641</td></tr></table></div>")
    page = ("<html><head><meta charset='utf-8'><title>Energy price cap April 2026: What the Ofgem cut means for your "
            "bills | Money Matters</title></head><body><div id='js-article-text' class='article-text'><h2>Energy bills "
            "to fall by £61 a year from April as Ofgem cuts the price cap</h2><p class='author-section byline-plain'>"
            "By <a href='/profile/hannah-pryce.html' class='author'>Hannah Pryce</a></p><div itemprop='articleBody'>"
            f"{uk[:300]}{facts}{uk}</div></div></body></html>")
    assert _extract(page, "https://www.moneymatters.example/money/bills/article-1/energy.html")["headline"] \
        == "Energy bills to fall by £61 a year from April as Ofgem cuts the price cap"


def test_teasers_and_boxes_of_consumer_stories() -> None:
    """A "Lire aussi" link in a box named "read-also" is a teaser; so is "【延伸閱讀】<a>…" in a span named "read-more"
    in a paragraph; an aside of the site's trending stories set in the text ("Trending Stories") holds none; in a page
    of <div>s, a "相关阅读" box after the one holding the headline and the text holds teasers (its "推荐阅读" box none);
    a tips box after the text ("story-info-box tip-box") and "Originally published as ‘…’" close it."""
    also = ("<div class='article-read-also_container'><a class='read-also' "
            "href='https://news.example/conso/rembourser'><span class='read-also_label'>Lire aussi</span>"
            "<span class='read-also_title'>Rappel Conso : comment se faire rembourser un produit rappelé</span></a>"
            "</div>")
    assert _teasers(_page(_FR[:300] + also + _FR, lang="fr")) == ["https://news.example/conso/rembourser"]
    hk = "".join(f"<p>消委會測試35款杯麵，全部驗出致癌物。第{n}段。</p>" for n in range(1, 6))
    line = ("<p><span class='read-more'>【延伸閱讀】<a href='https://news.example/society/60302155'>消委會：網購平台退款投訴"
            "急增 去年接逾千宗</a></span></p>")
    assert _teasers(_page(hk[:60] + line + hk, lang="zh-HK", h1="消委會測試杯麵")) \
        == ["https://news.example/society/60302155"]
    trending = ("<aside class='article-list trending-inline' data-module='trending-stories'><h2>Trending Stories</h2>"
                "<ul>" + "".join(f"<li><article><h3><a href='https://news.example/local/story-{n}'>Water main break "
                                 f"closes part of 5th Street, story {n}</a></h3></article></li>" for n in range(1, 5))
                + "</ul></aside>")
    assert _teasers(_page(_TEXT[:300] + trending + _TEXT)) == []
    cn = "".join(f"<p style='text-indent:2em'>市消协发布2025年消费投诉分析报告，预付式消费投诉连续三年居首。第{n}段。</p>"
                 for n in range(1, 8))
    related = "".join(f"<li><a href='https://news.example/xw/t2026031{n}.html'>市市场监管局启动3·15系列执法行动 第{n}篇</a>"
                      f"</li>" for n in range(1, 4))
    picks = "".join(f"<li><a href='https://news.example/xw/tj{n}.html'>江城新开通3条社区微循环公交线路 第{n}篇</a></li>"
                    for n in range(1, 4))
    html = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>去年受理投诉2.37万件_江城新闻网</title></head><body>"
            "<div class='main_left'><div class='article'><h1>去年受理投诉2.37万件</h1><div class='info'>2026-03-15 来源："
            f"江城晚报</div><div id='ozoom'><div class='TRS_Editor'><div class='Custom_UnionStyle'>{cn}</div></div></div>"
            f"</div><div class='xgyd'><div class='tit'><h3>相关阅读</h3></div><ul>{related}</ul></div><div class='tjyd'>"
            f"<div class='tit'><h3>推荐阅读</h3></div><ul>{picks}</ul></div></div></body></html>")
    assert _teasers(html) == [f"https://news.example/xw/t2026031{n}.html" for n in range(1, 4)]
    tips = ("<div class='story-info-box tip-box'><h3>HOW TO SPOT A FAKE TOLL TEXT</h3><ul><li>Toll operators will "
            "never ask you to pay by clicking a link in a text.</li><li>Check the sender.</li></ul><p>If you think "
            "you have been scammed, contact your bank immediately.</p></div><p><em>Originally published as <a "
            "href='https://news.example/scams/toll'>‘Don’t click’: Urgent warning as fake toll road texts steal $4.3m"
            "</a></em></p>")
    assert _extract(_page(_TEXT + tips))["body"].endswith(_TEXT.rsplit("<p>", 1)[1].removesuffix("</p>"))
