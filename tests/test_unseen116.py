"""A hundred-and-sixteenth held-out round of pages imitating publishing systems (issue 9): energy, utilities and
water: a US regional paper's utility story, a UK national paper's energy bills story, a German regional paper's energy
story, a French news site's electricity story, a Japanese web medium's electricity-saving article, a Japanese national
daily's water-supply story, a mainland portal's power story, a Taiwanese paper's power-cut story; held out: an
Australian site's power story, an Austrian paper's electricity page, a Japanese regional paper's outage story, a Hong
Kong outlet's tariffs story.

As in unseen71 to unseen115, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- us_utility_news: a rate-hike request on Gannett-like pages (a dek in an ``<h2>``, a "What you need to know" box over
  the text, "Related:" lines, a bill table, "first reported by the X Wire", an italic "The Associated Press contributed
  to this report." set apart after the text);
- uk_energy_news: a price cap on a national paper's hashed-class pages (a standfirst with its own link, the byline's
  ``<aside>`` left unclosed around the date line, a chart's "Source: Ofgem", "as first reported by the X");
- de_energie_news: a Stromausfall on Next.js (an update note and a summary box over the text, a box of affected
  streets, "Karte: Stadtwerke X", "Wie der Lokalsender Radio X zuerst berichtete", "(mit dpa)");
- fr_electricite_news: a tariff cut on Next.js ("Par NAME et NAME avec AFP", "L'essentiel" over the text, "Lire aussi :"
  lines, a Q&A box, "interrogé par Radio X");
- ja_denki_web: a saving guide on Next.js (an affiliate note and a 目次 over the text, "画像：PIXTA", a "ここがポイント"
  box, "X新聞が報じた", "※本記事の情報は…時点");
- ja_suido_news: a water main burst on a national daily's hashed-class pages ("【更新】" opening the text, "…、NAME撮影",
  a table of districts, "地元のX放送によると", an advice box "断水・濁り水のときは" after the text, "コメントプラス");
- cn_dianli_news: planned cuts on a portal's pages ("记者 NAME" opening the text box, "据《X日报》报道", a table with
  "数据来源", "停电期间温馨提示" after the text, "新澜网记者 NAME 制图");
- tw_tingdian_news: a power cut on a Taiwanese daily's pages ("聯合報／記者NAME／台中即時報導", "【更新】", "記者NAME／攝影",
  "圖／台電提供", "據中央社報導");
- held out: au_power_news (a ``<title>`` alone: "with AAP", an update note opening the text, "Map: X Energy", "told
  NewsDesk" the site itself), at_strom_news (a ``<title>`` alone: "(kat, APA, 12.2.2026)" closing the text, an infobox
  and the readers' forum after it), ja_teiden_chiho (a ``<title>`` alone, an old table layout: the text in several
  boxes, "（雪見支局・NAME）", a "■停電時の注意" box, "地元の日本海テレビが報じたところでは"), hk_dianfei_news (a ``<title>``
  alone: "文：NAME　攝：NAME", a "重點" box, a Q&A box after the text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). One dev expectation was mended after the dev score, by
a convention already written: tw_tingdian_news's print paper named before the reporter ("聯合報／記者NAME") had been left
out, but it is the story's source (as unseen115's tw_zhanlan_news and five earlier Taiwanese pages).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_utility_news, uk_energy_news, de_energie_news, fr_electricite_news,
  ja_denki_web, ja_suido_news, cn_dianli_news, tw_tingdian_news;
- held out (scored once, blind, before any rule of the round): au_power_news, at_strom_news, ja_teiden_chiho,
  hk_dianfei_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000 body_start=1.000
  body_end=0.250 related=0.886 attributions=0.854 images=0.875 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.000 date=1.000 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=1.000 date=1.000
  body_start=0.750 body_end=0.750 related=1.000 attributions=0.972 images=1.000;
- dev and held out after the rules (see "Hundred-and-sixteenth held-out round" in docs/extraction-design.md): 1.000
  in every field but the known failures below.

``tests/unseen_score.py unseen116`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen116"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: the byline's <aside> left unclosed holds the date line, which the walk skips with it: nothing stands between
    # the standfirst (the declared description, cut short) and the text; not tried
    ("uk_energy_news", "body_start"),
    # held: a "社会の最新記事" list after the "関連記事" table read as teasers with it; a caption cell holding the zoom link
    # "拡大" after a line break not read as the caption; not tried
    ("ja_teiden_chiho", "related"),
    ("ja_teiden_chiho", "images"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)

_END = "tax rate where it was last year."


def test_advice_boxes_closing_utility_stories() -> None:
    """A box of advice or answers after the text, its short label then list rows or short lines, closes it ("断水・濁り
    水のときは" and its list, "停电期间温馨提示" and numbered lines, a Q&A box "電費加價　你要知道的事"; the editor's line
    after it aside), and so does a marked paragraph of bulleted advice ("■停電時の注意<br>・…"), past a label of the
    section's latest stories and a rights note; an explainer's FAQ, each question a heading, stays text; a paper's
    readers' forum under the story ("<section class='forum'>…postings") is none of it."""
    ja = "".join(f"<p>港川市で水道管が破裂し、約2万8千世帯で断水が続いている。市上下水道局が復旧を急いでいる。第{n}段落。</p>"
                 for n in range(6))
    advice = ("<div class='Ds0kn'><p class='Ds0kn__title'>断水・濁り水のときは</p><ul><li>水が出始めたら、しばらく蛇口を開けて"
              "透明になるまで流す</li><li>濁りが消えるまでは飲用に使わない</li><li>断水中のトイレは、バケツの水で流す</li></ul>"
              "</div>")
    assert _extract(_page(ja + advice, lang="ja"))["body"].endswith("第5段落。")
    cn = "".join(f"<p>澜州供电公司今起对城东电网进行检修，部分小区将分批停电。市民可拨打热线报修。第{n}段。</p>" for n in range(6))
    tips = ("<div class='tips-box'><p><strong>停电期间温馨提示</strong></p><p>1. 停电前请关闭空调等大功率电器；</p><p>2. 冰箱"
            "尽量减少开门次数；</p><p>3. 自备发电机务必断开与电网的连接。</p></div><p class='article-editor'>责任编辑：梁书宁</p>")
    assert _extract(_page(cn + tips, lang="zh-CN"))["body"].endswith("第5段。")
    hk = "".join(f"<p>兩電宣布明年1月起加價，九龍電業淨電價升4.1%，每月平均多付約20元。第{n}段。</p>" for n in range(6))
    qa = ("<div class='qa-box'><h3>電費加價　你要知道的事</h3><p><b>問：甚麼時候開始加價？</b><br>答：新電價於明年1月1日生效。</p>"
          "<p><b>問：如何申請電費補助？</b><br>答：合資格住戶毋須申請。</p></div>")
    assert _extract(_page(hk + qa, lang="zh-HK"))["body"].endswith("第5段。")
    marked = ("<p>（雪見支局・岡田悠真）</p></div><table class='box_chui'><tr><td><b>■停電時の注意</b><br>・垂れ下がった電線には"
              "近づかない<br>・ブレーカーを切ってから避難する<br>・冷蔵庫はなるべく開け閉めしない<br><b>■連絡先</b><br>コールセンター"
              "　0120・000・915</td></tr></table><table><tr><td>社会の最新記事</td></tr></table><div>")
    body = _extract(_page(ja + marked, lang="ja"))["body"]
    assert "第5段落。" in body and "停電時の注意" not in body and "最新記事" not in body
    faq = ("<section><h2>Common questions</h2><div class='faq'><h3>When do the new prices start?</h3><p>On 1 April, "
           "for every household on a default tariff.</p><h3>Who pays the standing charge?</h3><p>Every customer, by "
           "the day.</p></div></section>")
    assert _extract(_page(_TEXT + faq))["body"].endswith("Every customer, by the day.")
    forum = ("<section class='forum'><h2>Forum</h2><div class='postings'><div class='posting'><p>Der Netzausbau muss "
             "bezahlt werden, aber warum immer die Kleinen, frage ich mich seit Jahren?</p></div></div></section>")
    de = "".join(f"<p>Die Netzentgelte steigen ab März um ein Viertel, der Energiepreis sinkt leicht. Teil {n}.</p>"
                 for n in range(5))
    html = (f"<html lang='de'><head><title>Netzentgelte</title></head><body><article><h1>Strom wird teurer</h1>{de}"
            f"{forum}</article></body></html>")
    assert _extract(html)["body"].endswith("Teil 4.")


def test_notes_and_credits_of_utility_stories() -> None:
    """A Japanese affiliate note opens no text ("※記事内の商品は編集部が独自に選んでいます。…売上の一部が当サイトに還元され
    ることがあります。"); "文：NAME　攝：NAME" names the writer and the photographer ("攝", the label cut to one
    character)."""
    ja = "".join(f"<p>電気代の請求を見て驚いたという声を、この冬もたくさん聞きます。暖房の使い方で変わります。第{n}段落。</p>"
                 for n in range(5))
    note = ("<div class='PrNotice'>※記事内の商品・サービスは編集部が独自に選んでいます。リンクから購入・申し込みがあった場合、"
            "売上の一部が当サイトに還元されることがあります。</div>")
    assert _extract(_page(ja, head=note, lang="ja"))["body"].startswith("電気代の請求を見て")
    hk = "".join(f"<p>兩電宣布明年1月起加價，九龍電業淨電價升4.1%。第{n}段。</p>" for n in range(5))
    meta = "<div class='article-meta'><span class='meta-author'>文：區家朗　攝：何子晴</span></div>"
    record = _extract(_page(hk, head=meta, lang="zh-HK"))
    assert record["authors"] == ["區家朗"]
    assert ("photo", "何子晴") in [(a["role"], a["name"]) for a in record["attributions"]]


def test_broadcasters_cited_in_japanese() -> None:
    """A Japanese broadcaster named by "放送" or "テレビ" is an outlet, its place word before it none of its name: "地元の
    北浜放送によると", "地元の日本海テレビが報じたところでは"; a rights note naming the site's own name ("※X日報ニュースに掲載
    の記事…の無断転載を禁じます") cites nothing."""
    assert _sources("断水が続いている。地元の北浜放送によると、市内の飲食店でも営業を取りやめる動きが広がっている。", "ja") \
        == ["北浜放送"]
    assert _sources("避難所を開設した。地元の日本海テレビが報じたところでは、山辺町でもロビーを開放している。", "ja") \
        == ["日本海テレビ"]
