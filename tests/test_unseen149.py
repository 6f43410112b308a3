"""A hundred-and-forty-ninth held-out round of pages imitating publishing systems (issue 9): scams, fraud and
cybercrime: a UK regional paper's phone scam warning story, a US public broadcaster's site's ransomware story, a German
public broadcaster's site's fake shop story, a French regional daily's phishing story, a Japanese national daily's
special fraud story, a Japanese IT news medium's data breach feature, a mainland police-affiliated portal's fraud story,
a Taiwanese site's investment scam story; held out: a New Zealand news site's romance fraud story, a Swiss French-
language site's crypto fraud story, a Japanese regional paper's local fraud warning story, a Macau paper's phone scam
story.

As in unseen71 to unseen148, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the "how to
protect yourself" boxes and credited screenshots scam stories carry:

- uk_scam_news: a phone scam wave on a regional paper's pages (two bylines with roles, "(Image: Screenshot)", "READ
  MORE:" lines, a helpline box after the text);
- us_scam_news: a hospital ransomware attack on a public broadcaster's site ("hide caption / toggle caption",
  "Screenshot by HPM", two italic update notes opening the text, "The Associated Press contributed to this report.");
- de_betrug_news: a fake shop ring on a public broadcaster's site (a bold teaser in the paragraphs' class, a picture's
  caption with "Bild: X" in a box before the text, "Mit Informationen der Nachrichtenagentur dpa", "Meistgelesen in
  Baden-Württemberg");
- fr_arnaque_news: a phishing wave on a French regional daily ("Par NAME avec AFP", "Photo NAME", "Capture d'écran : X",
  "Comme l'a révélé *X* vendredi");
- ja_sagi_news: a "fake police" fraud on a national daily's pages ("【NAME、NAME】" closing the text, "＝…、NAME撮影", "（画像の
  一部を加工しています）＝警視庁提供", "共同通信によると");
- ja_sagi_web: a data breach on an IT medium ("[NAME，X]", "【更新：DATE】" opening the text's box, a teaser headline about
  a fake app, "（出典：X）");
- cn_zhapian_news: a pension scam on a police portal ("来源：X" the site's operator, "本网讯（记者 NAME 通讯员 NAME）",
  "【反诈小课堂】" after the text);
- tw_zhapian_news: a stock-tip scam on a Taiwanese site ("▲" captions, "（圖／翻攝自X）", "►" teaser lines, "猜你喜歡");
- held out: nz_scam_news (a ``<title>`` alone: "Listen to this article · 5:41", "Photo / NAME", an italic bio after "The
  trial continues."), ch_arnaque_news (a ``<title>`` alone, hashed classes: "Capture d’écran: X", "Comme l’avait
  révélé en février «X»", "a rapporté l’AFP"), ja_sagi_chiho (a ``<title>`` alone, an old table layout: the logo as
  the ``<h1>``, "（NAME）" after the text, a "■相談窓口" table), mo_zhapian_news (a ``<title>`` alone, an e-paper's
  table layout: kicker, title and subtitle cells sized by the stylesheet, "字號：大 中 小 列印", a "防騙貼士" cell).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_scam_news, us_scam_news, de_betrug_news, fr_arnaque_news, ja_sagi_news,
  ja_sagi_web, cn_zhapian_news, tw_zhapian_news;
- held out (scored once, blind, before any rule of the round): nz_scam_news, ch_arnaque_news, ja_sagi_chiho,
  mo_zhapian_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=1.000 date=1.000 body_start=0.750
  body_end=0.750 related=1.000 attributions=0.900 images=0.875 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.250 date=1.000 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before two expectations mended by written conventions: a portal's "来源：X"
  names its source, cn_zhapian_news's "临川市公安局"; a screenshot's label credits what follows it, as "Capture d'écran X"
  credits X, us_scam_news's "Screenshot by HPM" crediting "HPM"): headline=1.000 authors=1.000 date=1.000
  body_start=0.750 body_end=1.000 related=0.929 attributions=0.918 images=0.875;
- dev and held out after the rules (see "Hundred-and-forty-ninth held-out round" in docs/extraction-design.md): 1.000
  in every field but body_end 0.917 (the known failure below). The rules made after the blind score, from the
  held-out pages: "Capture d’écran: X", "Comme l’avait révélé en février «X»", "…, a rapporté l’AFP", an e-paper's title
  set largest by its stylesheet, a table cell of spaced, unpunctuated clauses opening no text.

``tests/unseen_score.py unseen149`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls  # noqa: E402

SET = "unseen149"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: a bordered table cell of tips after the text, "<b>防騙貼士</b><br>一、…<br>二、…", one block (the advice box
    # rule reads a label and its rows as blocks of their own), kept as the text's end; not tried
    ("mo_zhapian_news", "body_end"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_screenshots_inverted_citations_and_epaper_titles_of_the_held_out_pages() -> None:
    """Rules made after the blind score: "Capture d’écran: X" credits X; "Comme l’avait révélé en février «X»" and "…, a
    rapporté l’AFP, citant …" cite outlets ("…, a rapporté NAME" a person: none); on an e-paper's table layout the title
    line its stylesheet sets largest is the headline, and the cells of spaced, unpunctuated clauses under it (a
    subtitle, the page's "字號：大 中 小 列印") open no text."""
    text = "".join(f"<p>Un réseau d’escroquerie aux cryptomonnaies a été démantelé dans le canton, partie {n}.</p>"
                   for n in range(5))
    figure = ("<figure><img src='https://news.example/img/fake.jpg' alt=''><figcaption>La fausse plateforme imitait "
              "l’interface des grandes bourses. <span class='credit'>Capture d’écran: Police cantonale vaudoise</span>"
              "</figcaption></figure>")
    record = _extract(article_page(text[:150] + figure + text, lang="fr", title="Crypto", h1="Escroquerie aux cryptos"))
    assert ["photo", "Police cantonale vaudoise"] in _pairs(record)
    assert _sources("Comme l’avait révélé en février «Le Matin du Lac», une partie des fonds transitait par des "
                    "sociétés écrans.", "fr") == ["Le Matin du Lac"]
    assert _sources("Le réseau a fait des victimes en France et en Belgique, a rapporté l’AFP, citant une source "
                    "proche de l’enquête.", "fr") == ["AFP"]
    assert _sources("Le maire a démissionné, a rapporté Jean Dupont, citant une source.", "fr") == []
    paragraphs = "".join(f"<P>　　【本報消息】司法警察局昨日公布，上月共接獲四十四宗電話騙案舉報，按月增加近三成，第{n}段。</P>"
                         for n in range(5))
    html = ("<html><head><meta charset='utf-8'><title>澳海日報電子版</title><style>.title0{font-size:14px}"
            ".title1{font-size:24px;font-weight:bold}.title2{font-size:15px}</style></head><body><table>"
            "<tr><td class='title0'>假冒內地公安恐嚇涉洗黑錢 騙子指示長者提款交「專員」</td></tr>"
            "<tr><td class='title1'>上月電話騙案四十四宗 長者佔逾半</td></tr>"
            "<tr><td class='title2'>司警：損失逾二千萬元 籲接可疑來電即掛線</td></tr>"
            "<tr><td class='author'>記者　梁嘉欣</td></tr>"
            "<tr><td class='default'>字號：<a href='javascript:doZoom(18)'>大</a> <a href='javascript:doZoom(15)'>中</a> "
            "<a href='javascript:doZoom(13)'>小</a>　<a href='javascript:window.print()'>列印</a></td></tr>"
            f"<tr><td class='content'>{paragraphs}</td></tr></table></body></html>")
    record = _extract(html, url="https://www.aohai.example/html/2026-04/20/content_1.htm")
    assert record["headline"] == "上月電話騙案四十四宗 長者佔逾半"
    assert record["body"].startswith("【本報消息】")


def test_update_labels_caption_credits_rankings_and_headlines_of_app_scams() -> None:
    """"L’Écho charentais vendredi" cites the paper, not the weekday; "【更新：DATE】…を更新しました。" opens no text; a
    picture's caption whose next line is a credit named "copyright" opens none; "Meistgelesen in Baden-Württemberg"
    heads the site's ranking, no teasers; a teaser's headline about an app ("偽アプリのインストール促す") is a story's."""
    assert _sources("Comme l’a révélé <em>L’Écho charentais</em> vendredi, au moins une vingtaine de plaintes ont été "
                    "déposées.", "fr") == ["L’Écho charentais"]
    text = "".join(f"<p>ネット通販サイトが不正アクセスを受け、クレジットカード情報が流出した可能性があると発表した。第{n}段落。</p>"
                   for n in range(5))
    note = ("<p>【更新：2025年3月7日午前10時45分】ミドリヤが7日、流出の可能性がある件数を修正したことを受け、記事中の件数と見出しを"
            "更新しました。</p>")
    related = ("<div id='cmsRelated'><h3>関連記事</h3><ul class='ranking'><li><a href='https://news.example/a/1.html'>"
               "大手家電量販店の通販サイトで個人情報流出か　最大6万件</a></li><li><a href='https://news.example/a/2.html'>"
               "「配送業者」かたるSMS、再び急増　偽アプリのインストール促す</a></li></ul></div>")
    html = article_page(note + text, lang="ja", title="情報流出", h1="カード情報が最大4万件流出か", after=related)
    assert _extract(html)["body"].startswith("ネット通販サイトが")
    assert teaser_urls(html) == ["https://news.example/a/1.html", "https://news.example/a/2.html"]
    text = "".join(f"<p>Die Shops sahen aus wie seriöse Händler, doch die Ware kam nie an, Teil {n}.</p>"
                   for n in range(5))
    picture = ("<div class='absatzbild'><div class='absatzbild__media'><img src='https://news.example/img/r.jpg' "
               "alt=''></div><div class='absatzbild__info'><p class='absatzbild__info__text'>Bei der Durchsuchung "
               "stellten die Ermittler Computer und Bargeld sicher.</p><p class='absatzbild__info__copyright'>Bild: "
               "picture alliance/dpa | Helge Wintermann</p></div></div>")
    assert _extract(article_page(picture + text, lang="de", title="Fake-Shops", h1="Fake-Shop-Ring zerschlagen"))[
        "body"].startswith("Die Shops")
    boxes = ("<section class='teaserbox'><h2 class='teaserbox__title'>Mehr zum Thema</h2><div class='teaser-row'>"
             "<div class='teaser'><a class='teaser__link' href='https://news.example/verbraucher/checkliste-100.html'>"
             "<img src='https://news.example/img/t.jpg' alt=''><span>Fake-Shops erkennen: Die wichtigsten Warnzeichen"
             "</span></a></div></div></section><section class='teaserbox teaserbox--mostread'><h2 class='teaserbox__"
             "title'>Meistgelesen in Baden-Württemberg</h2><ol class='teaser-xs-list'>"
             "<li class='teaser-xs'><a class='teaser-xs__link' href='https://news.example/bw/unwetter-100.html'>"
             "Unwetter im Südwesten: Bahnstrecke gesperrt</a></li><li class='teaser-xs'><a class='teaser-xs__link' "
             "href='https://news.example/bw/freibad-102.html'>Schwimmbadsaison beginnt: Was kostet der Eintritt?</a>"
             "</li></ol></section>")
    html = (f"<html lang='de'><head><meta charset='utf-8'><title>Fake-Shops</title></head><body><main><article>"
            f"<h1>Fake-Shop-Ring zerschlagen</h1>{text}</article>{boxes}</main></body></html>")
    assert teaser_urls(html) == ["https://news.example/verbraucher/checkliste-100.html"]
