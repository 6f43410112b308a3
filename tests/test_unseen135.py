"""A hundred-and-thirty-fifth held-out round of pages imitating publishing systems (issue 9): cycling, bikes and
micromobility: a UK city paper's bike lane story, a US city site's e-scooter story, a German regional paper's cycle path
story, a French national daily's cycling story, a Japanese national daily's bicycle story, a Japanese web medium's
cycling feature, a mainland portal's shared bikes story, a Taiwanese site's cycling story; held out: an Australian
site's cycling story, a Swiss site's cycling story, a Japanese regional paper's bicycle story, a Macau outlet's cycling
story.

As in unseen71 to unseen134, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the facts and
safety boxes cycling stories carry:

- uk_cycling_news: a bike lane scheme on a UK city paper's pages ("Local Democracy Reporter", "87 Comments", "READ
  MORE:" lines, a facts box, a poll, "As the X Star first reported");
- us_scooter_news: an e-scooter cap on a US city site's Next.js pages (an "Update, March 25:" note over the text,
  "RIVERTON —", a safety tips box, "records first obtained by the X Ledger", "The Associated Press contributed to this
  report.");
- de_radweg_news: a cycle path on a German regional paper's pages (a paid badge, "Kassel –", a facts box and a tips box
  in the text, "Mit Material der dpa" set apart);
- fr_velo_news: a cycling story on a French national daily's pages (the writers printed only in a signature block
  after the text, a relative date line, capital credits);
- ja_jitensha_news: a shopping street's petition on a national daily's Next.js pages (two reporters, "＝…、NAME撮影",
  a "キーワード" box, "地元紙の東原日報が3月に報じていた", commentators after the text);
- ja_cycle_web: a cargo-bike subsidy on a WordPress medium (the editorial desk declared, "文・写真：NAME" over a "この記事の
  ポイント" box, an affiliate notice, "（画像提供：X）");
- cn_danche_news: a shared-bike firm's exit on a portal's pages (a republishing note, "来源: X", "X记者 NAME 摄",
  "本文来源：X 作者：NAME");
- tw_danche_news: a cyclist's death on a Taiwanese site ("【更新】", "記者A、實習記者B／台中報導" opening the text's box,
  "▲" captions, "►延伸閱讀：" links, a reminder after the text);
- held out: au_bike_news (a ``<title>`` alone: "Posted Tue 10 Mar 2026" against a UTC ``datetime``, "In short:" box,
  "(Supplied: X)" credits), ch_velo_news (a ``<title>`` alone, hashed classes: an overline ``<h2>``, "In Kürze:",
  "Mitarbeit: NAME"), ja_chari_chiho (a ``<title>`` alone, an old table layout: "FMきたはまが9日に報じた", "（社会部・NAME）"
  closing the paragraphs, a tips table after it), mo_danche_news (a ``<title>`` alone, an old table layout: "記者：NAME"
  beside a text size's and a print's script links, "（交通事務局圖片）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). One held-out expectation was mended after the blind
score, by a convention already written: mo_danche_news's "（交通事務局圖片）" credits "交通事務局" (as unseen117's
"（翠灣航空圖片）" and unseen120's "（港島科技大學圖片）").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_cycling_news, us_scooter_news, de_radweg_news, fr_velo_news,
  ja_jitensha_news, ja_cycle_web, cn_danche_news, tw_danche_news;
- held out (scored once, blind, before any rule of the round): au_bike_news, ch_velo_news, ja_chari_chiho,
  mo_danche_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (before the mended expectation): headline=1.000
  authors=0.875 date=1.000 body_start=1.000 body_end=0.750 related=1.000 attributions=0.867 images=0.875 (trafilatura
  2.3.1 on the same pages: headline=0.500 authors=0.350 date=0.750 body_start=0.000 body_end=0.750; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=0.958 date=1.000 body_start=0.875 body_end=1.000
  related=1.000 attributions=0.957 images=1.000;
- after the blind score, rules from ja_chari_chiho's and mo_danche_news's misses: a community radio's "FM" name; an
  info line's script links; writers in brackets closing the text's paragraphs close the text; "（X圖片）" after a
  caption's words;
- dev and held out after the rules (see "Hundred-and-thirty-fifth held-out round" in docs/extraction-design.md):
  1.000 in every field.

``tests/unseen_score.py unseen135`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen135"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_outlets_bylines_and_summaries_of_cycling_stories() -> None:
    """"As the Brackenford Star first reported" ("Star", a word of papers' names); "records first obtained by the X
    Ledger"; "記者A、實習記者B／台中報導" (an intern's title before the second name); a summary box ("この記事のポイント")
    under short lines (an affiliate notice, the writer's credits line) opens no text."""
    assert _sources("As the Brackenford Star first reported last month, the council has delayed the scheme.") \
        == ["the Brackenford Star"]
    assert _sources("The city logged 2,600 complaints, according to records first obtained by the Riverton Ledger.") \
        == ["the Riverton Ledger"]
    text = "".join(f"<p>台中市一名騎士遭右轉砂石車撞擊身亡，自行車團體昨天到市府陳情，要求加速設置實體分隔的自行車道，第{n}段。</p>"
                   for n in range(5))
    html = article_page("<p>記者林冠宇、實習記者張芷瑜／台中報導</p>" + text, lang="zh-TW", title="騎士遭撞身亡",
                        h1="騎士遭砂石車撞擊身亡　車友陳情")
    assert _extract(html)["authors"] == ["林冠宇", "張芷瑜"]
    text = "".join(f"<p>「もう一台、車を持つか、それとも……」。保育園に通う子どもがいる我が家で、この1年ずっと話し合ってきたテーマです。第{n}段落。</p>"
                   for n in range(5))
    box = ("<p>※本記事にはアフィリエイト広告が含まれます。</p><p>文・写真：三枝あかり</p><div class='cap_box'><div "
           "class='cap_box_ttl'><span>この記事のポイント</span></div><div class='cap_box_content'><ul><li>購入費の3分の1、"
           "最大10万円を補助</li><li>申請は購入後30日以内、オンラインで完結</li></ul></div></div>")
    html = article_page(box + text, lang="ja", title="カーゴバイク補助", h1="カーゴバイクの補助金を使ってみた")
    assert _extract(html)["body"].startswith("「もう一台、車を持つか")


def test_a_radio_an_info_lines_buttons_a_signature_and_an_owners_picture() -> None:
    """After the blind score: "FMきたはまが9日に報じた" (a community radio, "FM" before its name); an info line's links
    running scripts ("<a href='javascript:doZoom(18)'>大</a>", "<a href='javascript:printArticle()'>列印</a>") name
    nobody; "<p class='kisha'>（社会部・NAME）</p>" closing the text's paragraphs closes the text, the tips table after it
    no part of it; "…顏色區分（交通事務局圖片）" credits the owner of the picture after the caption's words too."""
    assert _sources("FMきたはまが9日に報じたところによると、駐輪場に入りきらない自転車が増えているという。", "ja") == ["FMきたはま"]
    text = "".join(f"<p>【本報訊】西灣湖單車徑試行首周，不少市民帶同子女騎單車，交通事務局表示會檢討分隔措施，第{n}段。</p>"
                   for n in range(5))
    info = ("<div class='art_info'>2026-04-18 07:30　來源：濠江論壇報　記者：鍾綺雯　字體：<a href='javascript:doZoom(18)'>大"
            "</a> <a href='javascript:doZoom(16)'>中</a> <a href='javascript:doZoom(14)'>小</a>　<a "
            "href='javascript:printArticle()'>列印</a></div>")
    figure = ("<p class='pic_note'><img src='/pic/284613_02.jpg' width='560' height='373'></p>"
              "<p class='pic_note'>單車徑與步行徑之間只以地面顏色區分（交通事務局圖片）</p>")
    record = _extract(article_page(text[:120] + figure + text[120:], head=info, lang="zh-HK", title="單車徑試行",
                                   h1="西灣湖單車徑試行首周"))
    assert record["authors"] == ["鍾綺雯"]
    assert [i["credit"] for i in record["images"]] == ["交通事務局"]
    text = "".join(f"<p class='honbun'>　駅前の駐輪場で自転車の盗難が相次いでいる。北浜中央署によると、今年に入ってからの被害は"
                   f"既に40件を超え、昨年の同じ時期の倍近くになった。第{n}段落。</p>" for n in range(4))
    tips = ("<table class='memo_box'><tr><td class='memo_ttl'>◇自転車盗を防ぐポイント</td></tr><tr><td>・短時間でも必ず"
            "施錠する<br>・防犯登録をする</td></tr></table>")
    html = article_page(text + "<p class='kisha' align='right'>（社会部・村瀬千尋）</p>" + tips, lang="ja",
                        title="駐輪場で自転車盗", h1="駅前駐輪場で自転車盗相次ぐ")
    assert "防ぐポイント" not in _extract(html)["body"]
