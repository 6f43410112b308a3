"""A hundred-and-eighteenth held-out round of pages imitating publishing systems (issue 9): odd news, viral stories
and human interest: a US local TV station's viral story, a UK tabloid's quirky story, a German portal's odd-news
story, a French regional paper's "insolite" story, a Japanese web medium's trending-topic article, a Japanese national
daily's local human-interest story, a mainland portal's trending story, a Taiwanese paper's heart-warming story; held
out: an Australian regional site's community story, an Austrian paper's Chronik page, a Japanese regional paper's
heart-warming story, a Singapore Chinese-language outlet's community story.

As in unseen71 to unseen117, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- us_viral_news: a lost dog on a station's WordPress pages (a video's transcript folded under the player before the
  text, "VINTON, Iowa (WKRX) —", a TikTok and an X embed in the text, "RELATED:" lines, "(Screenshot: TikTok/@X)",
  "as first reported by the X Eagle-Ledger", "WKRX 7 News' NAME contributed to this report." closing it);
- uk_quirky_news: a ring found by a detectorist on a tabloid's pages (three titles, "READ MORE:" asides, an Instagram
  embed, a newsletter box in the text, "(Image: Facebook/X)", "As first reported by Severn Vale Live", a "Don't miss"
  box after the text);
- de_kurios_news: a wedding ring found in a carrot field on a portal's pages (a kicker, "(Quelle: X)" credits, an
  Instagram embed, "Lesen Sie auch", a "Verwendete Quellen:" list naming "Nachrichtenagentur dpa" after the text that
  cites "die Deutsche Presse-Agentur", the footer's "Teilweise mit Material von dpa");
- fr_insolite_news: a cat found 280 km from home on a regional paper's pages ("Insolite." in the ``<h1>``, "| Photo
  : DR", a Facebook embed, "comme l'a d'abord révélé Radio Armor", a "Une histoire insolite près de chez vous ?" box);
- ja_wadai_web: a cat lost for seven years found by its chip on a web medium's pages (an X and an Instagram embed,
  "（画像提供：X）", "地元紙の北浜日報が13日に報じた", NPO法人「X」 cited later as "「X」によると", a "関連リンク" box to the
  charity's pages);
- ja_chiiki_news: a letter in a bottle found 55 years on, on a national daily's pages ("＝…、NAME撮影", "＝NAMEさん提供",
  コメントプラス);
- cn_redian_news: a corgi recognised by a courier on a portal's pages ("来源: <a>X</a><span>浙江</span>" (the poster's
  region glued on), a 导读 box, a Weibo card, "图片来源：视频截图", "据《X》报道", "本文来源：X 作者：NAME");
- tw_wenxin_news: a postcard delivered 38 years late on a Taiwanese paper's pages ("聯晴報／ 記者NAME／台南即時報導",
  "圖／讀者提供", a Facebook embed, "據中央社報導", a "延伸閱讀" list and a "【加入X LINE好友】" link in the text's box);
- held out: au_community_news (a ``<title>`` alone: a bold lead under the byline, a Facebook embed, "Picture
  supplied"), at_chronik_news (a ``<title>`` alone: "Foto: Screenshot TikTok/@X", "Mitarbeit: NAME", a
  "Leserreporter" box), ja_hokkori_chiho (a ``<title>`` alone, a table layout: the writer "（NAME）" after the text,
  "南陵ケーブルテレビも…ニュースで伝え"), sg_shequ_news (a ``<title>`` alone: "面簿" in the share bar beside the byline,
  "（截图自TikTok）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Three dev expectations were mended after the dev
score, by conventions already written: tw_wenxin_news's "聯晴報／ 記者NAME" names the group's paper as source on its own
news site (as unseen104's tw_laogong_news); uk_quirky_news's "Don't miss" box after the text is the site's picks, no
teasers (as unseen6's dailymail, unseen98's uk_energy_bills and unseen111's uk_family_news expect); us_viral_news's
"(WKRX)" in the station's own dateline is a source, as six earlier pages expect (unseen12's nexstar, unseen28's
localtv, unseen42's localtv_gray, unseen65's sinclair_tv, unseen90's us_localtv_crime, unseen105's us_recall_news: a
rule reading it as none was tried and dropped for them).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_viral_news, uk_quirky_news, de_kurios_news, fr_insolite_news,
  ja_wadai_web, ja_chiiki_news, cn_redian_news, tw_wenxin_news;
- held out (scored once, blind, before any rule of the round): au_community_news, at_chronik_news, ja_hokkori_chiho,
  sg_shequ_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.917 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=0.864 images=0.792 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.250 date=0.250 body_start=0.750 body_end=0.750; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=1.000 date=1.000
  body_start=0.875 body_end=1.000 related=0.940 attributions=0.903 images=1.000;
- dev and held out after the rules (see "Hundred-and-eighteenth held-out round" in docs/extraction-design.md): 1.000
  in every field but the known failures below.

``tests/unseen_score.py unseen118`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT, article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen118"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # (held: a "Leserreporter" box after the text, "…etwas Ungewöhnliches beobachtet? Schicken Sie uns Ihre Fotos …",
    # and "Foto: Screenshot TikTok/@X" credited without "Screenshot": right since unseen141's readers' question before
    # a call to send and its screenshot's word kept after a picture's label)
    # held: "地元の南陵ケーブルテレビも12日夕のニュースで伝え" (an outlet that also carried it, in its evening news) not
    # read; not tried
    ("ja_hokkori_chiho", "attributions"),
    # held: "（截图自TikTok）" closing a caption not read as its credit; not tried (the share bar's "面簿" beside the
    # byline, read as a second writer in the blind score, names nobody since: a link to a network's share form)
    ("sg_shequ_news", "attributions"),
    ("sg_shequ_news", "images"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_folded_transcript_under_the_player_opens_no_text() -> None:
    """A video's transcript folded under its player before the story ("<details><summary>Video transcript</summary>
    <p>ANCHOR: …</p></details>"): the page shows its summary line alone; the text starts at the story's first
    paragraph."""
    player = ("<div class='media'><div class='video-player'><p>Family reunited with dog lost in tornado</p></div>"
              "<details class='transcript'><summary>Video transcript</summary><div><p>ANCHOR: A happy ending tonight "
              "for a family whose dog went missing during last week's tornado.</p><p>REPORTER: The dog was found "
              "nearly 40 miles from home, and it was a video that made it happen.</p></div></details></div>")
    record = _extract(article_page(COUNCIL_TEXT, head=player))
    assert record["body"].startswith("The council voted on Tuesday")
    assert "ANCHOR" not in record["body"]


def test_outlets_cited_in_odd_news() -> None:
    """"As first reported by Severn Vale Live" (a regional site named for its place and "Live"); "地元紙の北浜日報が
    13日に報じた" (the day alone before the verb); a body the text names by its legal form ("NPO法人「X」") cited in
    「」 ("「X」によると") is that body, no outlet; an agency cited by its full and its short name is one source, the
    full name kept."""
    assert _sources("As first reported by Severn Vale Live, Kevin spent weeks going through old parish newsletters.") \
        == ["Severn Vale Live"]
    assert _sources("According to Live Nation, the tickets sold out in an hour.") == []
    assert _sources("この話題は地元紙の北浜日報が13日に報じたことでさらに広まった。", "ja") == ["北浜日報"]
    assert _sources("NPO法人「ねこの森」が保護した。「ねこの森」によると、猫は健康だという。", "ja") == []
    assert _sources("「ねこの森」によると、猫は健康だという。", "ja") == ["ねこの森"]
    sources_list = ("<h3>Verwendete Quellen:</h3><ul><li>Gespräch mit dem Finder</li><li>Nachrichtenagentur dpa</li>"
                    "</ul>")
    html = article_page("<p>Solche Funde sind selten, aber nicht einmalig, berichtete die Deutsche Presse-Agentur.</p>"
                        + COUNCIL_TEXT + sources_list, lang="de")
    assert [a["name"] for a in _extract(html)["attributions"] if a["role"] == "source"] == ["Deutsche Presse-Agentur"]


def test_a_portals_source_link_with_the_posters_region_glued_on() -> None:
    """"来源: <a>云看新闻</a><span class='post_ip'>浙江</span>" under the headline: the source is the link's name (here
    the site's own, so none), not "云看新闻浙江"."""
    text = "".join(f"<p>视频里，这只柯基起初躲在电动车后面，外卖骑手蹲下来喊了一声，它愣了两秒，随即摇着尾巴凑了过来，第{n}段。</p>"
                   for n in range(5))
    html = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>走失3年的柯基被外卖小哥认出_云看新闻</title></head><body>"
            "<div class='post_main'><h1>走失3年的柯基被外卖小哥认出</h1><div class='post_info'>2026-05-12 10:24:37　来源: "
            "<a href='https://news.yunkan.example/'>{site}</a><span class='post_ip'>浙江</span></div>"
            f"<div class='post_body'>{text}</div></div></body></html>")
    def sources(site: str) -> list[str]:
        record = _extract(html.replace("{site}", site), "https://www.yunkan.example/article/JT4K8M2Q00019B7E.html")
        return [a["name"] for a in record["attributions"] if a["role"] == "source"]
    assert sources("云看新闻") == []
    assert sources("运河晨报") == ["运河晨报"]


def test_a_call_to_follow_the_site_is_no_teaser() -> None:
    """"【加入X新聞網LINE好友】每天推播暖心新聞，按這裡加入" linking the site's LINE account after its "延伸閱讀" list: a call
    to follow the site, no story; the list's headlines are teasers."""
    rows = "".join(f"<li><a href='https://www.lianqing.example/news/story/7266/86{n}'>台中老宅拆除挖出日治時期信件 文史團隊協助"
                   f"尋找後代第{n}篇</a></li>" for n in range(10, 13))
    text = "".join(f"<p>蘇秀琴的女兒表示，媽媽已經把明信片裝進相框，擺在爸爸的照片旁邊，第{n}段的內容還在繼續。</p>" for n in range(5))
    html = ("<html lang='zh-TW'><head><meta charset='utf-8'><title>老屋整修 找到遲到40年的明信片</title></head><body><article>"
            f"<h1>老屋整修 找到遲到40年的明信片</h1><section class='article-content'>{text}<div class='extend'><h3>延伸閱讀"
            f"</h3><ul>{rows}</ul></div><p class='line'><a href='https://line.lianqing.example/ti/p/@lianqingnews'>"
            "【加入聯晴新聞網LINE好友】每天推播暖心新聞，按這裡加入</a></p></section></article></body></html>")
    assert _teasers(html) == [f"https://www.lianqing.example/news/story/7266/86{n}" for n in range(10, 13)]


def test_a_share_bars_link_beside_the_byline_names_nobody() -> None:
    """A share bar in the byline's box, its Facebook button's word as Singapore's Chinese writes it ("<a
    href='https://www.facebook.com/sharer/sharer.php?u=…'>面簿</a>"): a link to a network's share form, no writer."""
    text = "".join(f"<p>住在大巴窑8巷的黄秀娥上周六迎来100岁生日，楼上楼下的邻居纷纷表示要来祝寿，第{n}段的内容还在继续。</p>"
                   for n in range(5))
    html = ("<html lang='zh'><head><meta charset='utf-8'><title>百岁阿嬷组屋楼下办寿宴</title></head><body><article>"
            "<h1>百岁阿嬷组屋楼下办寿宴</h1><div class='article__byline'><div class='author-card'><a class='author-card__name'"
            " href='/authors/zheng-yawen'>郑雅文</a><span class='author-card__role'>记者</span></div><div class='share-bar'>"
            "<a href='https://www.facebook.example/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory'>面簿</a>"
            "<a href='https://wa.example/send?text=https%3A%2F%2Fnews.example%2Fstory'>WhatsApp</a></div></div>"
            f"<div class='article__body'>{text}</div></article></body></html>")
    assert _extract(html)["authors"] == ["郑雅文"]
