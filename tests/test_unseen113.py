"""A hundred-and-thirteenth held-out round of pages imitating publishing systems (issue 9): fashion, beauty and
shopping: a US fashion magazine's article, a UK national paper's beauty page, a German fashion news site's story, a
French fashion magazine's article, a Japanese fashion web magazine's article, a Japanese beauty web media's article, a
mainland portal's fashion story, a Taiwanese beauty site's article; held out: a Canadian paper's style story, a Swiss
daily's fashion page, a Japanese online shopping media's article, a Hong Kong fashion story.

As in unseen71 to unseen112, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_fashion_mag, uk_beauty_news, de_mode_news, fr_mode_mag, ja_fashion_web,
  ja_biyou_web, cn_shishang_news, tw_meizhuang_news;
- held out (scored once, blind, before any rule of the round): ca_style_news, ch_mode_news, ja_tsuhan_web,
  hk_shishang_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=1.000 date=1.000 body_start=0.500 body_end=1.000 related=1.000 attributions=0.981 images=1.000 (trafilatura
  2.3.1 on the same pages: headline=0.750 authors=0.500 date=0.750 body_start=0.250 body_end=0.500; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=0.875
  related=1.000 attributions=0.897 images=0.879;
- dev and held out after the rules (see "Hundred-and-thirteenth held-out round" in docs/extraction-design.md): 1.000
  in every field but the known failures below.

``tests/unseen_score.py unseen113`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen113"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "an approach The Business of Fashion described this week as …" (an outlet describing, no verb of
    # reporting); the carousel's first look, the lead picture's file again, read once; not tried
    ("us_fashion_mag", "attributions"),
    ("fr_mode_mag", "images"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_LAST = "tax rate where it was last year."


def test_where_fashion_stories_open_and_close() -> None:
    """An affiliate note opens no text ("Alle auf X vorgestellten Produkte werden unabhängig … ausgewählt. … erhalten
    wir möglicherweise eine Provision."; a paragraph of the text that closes on such a note is no note), nor a
    registration prompt ("You can save this article by registering for
    free here."); a header's lead over the share buttons and the lead picture is a deck; a writer's card named as a
    profile and notes on what the page is for and when its prices held close the text; a caption under a box holding
    the picture in its link ("<div class='album_box'><a><img></a></div><div>CAPTION（圖：X）</div>") opens none."""
    de = "".join(f"<p>Die Berliner Modewoche zeigte fünf Schauen junger Labels. Teil {n}.</p>" for n in range(5))
    note = ("<p data-testid='affiliate-disclaimer'>Alle auf MODEBLICK vorgestellten Produkte werden unabhängig von "
            "unserer Redaktion ausgewählt. Dieser Artikel enthält Affiliate-Links: Wenn du etwas über diese Links "
            "kaufst, erhalten wir möglicherweise eine Provision.</p>")
    assert _extract(_page(note + de, lang="de"))["body"].startswith("Die Berliner Modewoche")
    long_end = ("<p>Rechnen wir es durch: Bei einer Grundgebühr von 5,99 Euro fallen über zwei Jahre 163,75 Euro an. "
                "Der Vorteil liegt zudem vorrangig im guten Netz. In diesem Artikel sind Affiliate-Links enthalten. "
                "Durch einen Klick darauf gelangen Sie direkt zum Anbieter. Sollten Sie sich dort für einen Kauf "
                "entscheiden, erhalten wir eine kleine Provision. Für Sie ändert sich am Preis nichts. Das gilt für "
                "alle Angebote in diesem Artikel und auf unseren Seiten.</p>")
    assert "Rechnen wir es durch" in _extract(_page(de + long_end, lang="de"))["body"]
    ja = "".join(f"<p>ゆらぎ肌の時期は、保湿を中心にしたシンプルなケアが基本です。第{n}段落。</p>" for n in range(1, 6))
    prompt = "<p>You can save this article by registering for free here. Or sign-in if you have an account.</p>"
    assert _extract(_page(prompt + _TEXT))["body"].startswith("The council voted on Tuesday")
    header = ("<header class='article-header'><h1 class='article-header__title'>「ノワール アトリエ」が「サンリョウ」と初協業"
              "</h1><p class='article-header__lead'>雨の日の東京にちょうどいい服を――。デザイナーズブランドとアウトドアブラ"
              "ンドが、互いの得意分野を持ち寄った。</p><div class='article-header__share'><a href='https://x.example/"
              "intent'>X</a><a href='https://facebook.example/share'>Facebook</a><button>保存</button></div></header>"
              "<figure class='article-eyecatch'><img src='/eyecatch.jpg' alt='' width='1200'><figcaption>新作のコート"
              "（写真：ブランド提供）</figcaption></figure>")
    html = (f"<html lang='ja'><head><title>協業</title></head><body><article>{header}<div class='article-body'>{ja}"
            "</div></article></body></html>")
    assert _extract(html)["body"].startswith("ゆらぎ肌の時期は")
    notes = ("<div class='p-article__notes'><p>※価格はすべて税込み、編集部調べ（2026年2月時点）です。</p><p>※本記事は一般的"
             "な情報提供を目的としたもので、効果・効能を保証するものではありません。</p></div><div class='c-writer-profile'>"
             "<p class='c-writer-profile__name'>小野寺ゆい</p><p class='c-writer-profile__text'>美容ライター。化粧品メーカー"
             "の広報を経て独立。成分に基づいたスキンケア記事を得意とする。</p></div>")
    assert _extract(_page(ja, after=notes, lang="ja"))["body"].endswith("第5段落。")
    hk = "".join(f"<p>灣仔會展的天橋燈光一亮，第一位模特兒走出來，台下即時響起掌聲。第{n}段。</p>" for n in range(1, 6))
    top = ("<div id='topimage'><div class='album_big'><div class='album_box'><a href='/image/1_a.jpg'><img "
           "src='/image/1_a.jpg' alt=''></a></div><div class='ui-li-desc'>「拾縫」秋冬系列以十二種牛仔布拼接成長身大褸，作為"
           "開場造型。（圖：Imaxtree）</div></div></div>")
    assert _extract(_page(hk, head=top, lang="zh-HK"))["body"].startswith("灣仔會展的天橋燈光一亮")


def test_outlets_and_credits_of_fashion_stories() -> None:
    """"she spoke to BBC Radio 4 this spring"; "first reported by The Globe and Mail on Wednesday evening"; "英「X」も、…
    と報じた" (a title in brackets after a country's mark, "も"); a portal's channel declared as author and printed in its
    title ("<title>TITLE_云阅时尚_云阅网</title>") is the site's own, no source; a product's picture captioned with its
    maker's name in brackets alone ("(Solenne)") credits it; a picture printed twice in its figure (an ``<amp-img>``
    and its ``<img>`` under another query) is one."""
    assert _sources("As the dermatologist put it when she spoke to BBC Radio 4 this spring, sunscreen is a daily "
                    "product.") == ["BBC Radio 4"]
    assert _sources("The closure was first reported by The Globe and Mail on Wednesday evening. Lacombe confirmed "
                    "it.") == ["The Globe and Mail"]
    assert _sources("英「ビジネス・オブ・ファッション」も、機能素材の協業商品が注目されていると報じた。", "ja") == ["ビジネス・オブ・ファッション"]
    cn = "".join(f"<p>2026秋冬上海时装周落幕，三个本土品牌带来新中式与街头风格。第{n}段。</p>" for n in range(1, 6))
    html = ("<html lang='zh-CN'><head><title>上海时装周秋冬系列盘点_云阅时尚_云阅网</title><meta name='author' content="
            f"'云阅时尚'></head><body><article><h1>上海时装周秋冬系列盘点</h1><div class='post_info'>来源: 云阅时尚</div>"
            f"<div class='post_body'>{cn}</div></article></body></html>")
    record = _extract(html, "https://fashion.yunyue.example/article/JQ8K2M4L.html")
    assert [a["name"] for a in record["attributions"] if a["role"] == "source"] == []
    figure = ("<figure><div><amp-img layout='responsive' width='1200' height='800' src='https://static.example/"
              "spf-2.jpg?width=1200' alt='Solenne Daily Defence Fluid'></amp-img><img src='https://static.example/"
              "spf-2.jpg?width=1200&amp;auto=webp' alt='Solenne Daily Defence Fluid' width='1200' height='800'></div>"
              "<figcaption>"
              "<span>(Solenne)</span></figcaption></figure>")
    images = _extract(_page(_TEXT[:200] + figure + _TEXT))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [(None, "Solenne")]
