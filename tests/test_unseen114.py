"""A hundred-and-fourteenth held-out round of pages imitating publishing systems (issue 9): food, restaurants and
drink: a US metro daily's restaurant review, a UK national paper's food news story, a German regional paper's
restaurant test, a French food magazine's article, a Japanese gourmet web medium's article, a Japanese national daily's
food-safety story, a mainland portal's food story, a Taiwanese dining site's review; held out: a New Zealand news
site's food story, an Austrian paper's culinary page, a Japanese regional paper's sake-brewery story, a Hong Kong
outlet's food news story.

As in unseen71 to unseen113, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- us_dining_news: a review on Arc-like pages: declared titles worded unlike the ``<h1>``, "Photos by NAME" under the
  byline, "The verdict" star box over the text, "Photo: NAME for OUTLET", an info box as a definition list and the
  critic's note ("dined anonymously … paid for all meals. Prices were correct …") in the text's paragraph class;
- uk_food_news: a recall on a national paper's hashed-class pages: "Photograph: NAME/OUTLET", "Related:" lines, a
  product details box, "Additional reporting by NAME" and an amendment note closing the text;
- de_genuss_news: a "Restaurantkritik": an "Unser Urteil" star box, an info aside, the testers' note ("unangemeldet
  und anonym. Die Rechnung bezahlt die Redaktion.") and a folded "So bewerten wir" after the text, "Wie das X Blatt im
  Herbst berichtete";
- fr_gastro_mag: a chef's opening on WordPress (a chapô in ``entry-excerpt``, "Photos : NAME" by the byline, an
  affiliate note opening the content box, a WP Recipe Maker card after the text, "(Photo DR)");
- ja_gourmet_web: a gourmet medium's article ("取材・文／NAME　撮影／NAME", a 目次, a 店舗情報 table, "月刊Xが報じた");
- ja_shokuhin_news: a national daily's paid recall story (the paper declared as author, "【NAME、NAME】" closing it,
  "…、NAME撮影", "（X提供）", a table of the products in the text);
- cn_meishi_news: a portal's recall story ("（原标题：…）", "江城晚报记者　NAME" in bold, "NAME 摄", "本文来源：X");
- tw_canting_news: a review on WordPress ("文／NAME　攝影／NAME", a score box, a self-paid note opening the content
  box, a 店家資訊 list, the site's review policy and Taiwan's warning on drink after the text);
- held out: nz_food_news (a ``<title>`` alone: a closure, "READ MORE:" lines, credits in capitals, "first reported by
  the X newsletter", a recipe card after the text), at_kulinarik_news (a ``<title>`` alone, an old table layout: a
  lead over the byline, a price table, "Mit Material der APA", "Wie das Stadtmagazin „X“ vergangene Woche
  berichtete"), ja_sake_chiho (a ``<title>`` alone, an old table layout: the headline in ``td.midashi``, the text split
  by ``<br>``, "（X支局・NAME）" after it, captions in rows with a spacer row between), hk_shiwu_news (a ``<title>``
  alone, Next.js: a summary box over "撰文：NAME", an "【更新】" note opening the text's box, a recipe aside).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations were mended after the dev score,
by conventions already written: cn_meishi_news's "本文来源：江城晚报" had been left out, but a portal's source line names
the paper as source (unseen103's cn_miaohui_news, unseen105's cn_315_news, unseen106's cn_panda_news);
us_dining_news's "Photos by NAME" under the byline had been left out beside the pictures' "NAME for OUTLET", but a
byline's photographer is recorded with the credits as printed (unseen37's us_photoessay).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_dining_news, uk_food_news, de_genuss_news, fr_gastro_mag,
  ja_gourmet_web, ja_shokuhin_news, cn_meishi_news, tw_canting_news;
- held out (scored once, blind, before any rule of the round): nz_food_news, at_kulinarik_news, ja_sake_chiho,
  hk_shiwu_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=0.750 body_start=0.750
  body_end=0.500 related=1.000 attributions=0.853 images=0.875 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.500 date=0.500 body_start=0.000 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=1.000 date=1.000
  body_start=0.875 body_end=0.500 related=1.000 attributions=0.954 images=1.000;
- dev and held out after the rules (see "Hundred-and-fourteenth held-out round" in docs/extraction-design.md): 1.000
  in every field but the known failure below.

``tests/unseen_score.py unseen114`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen114"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: the summary alone in an unnamed box under the <h1>, the byline and dates after it, opens the text here, as
    # unseen62's france3 and unseen7's newsquest (dev pages) expect of the same build; this page's writer expected it
    # a deck. The two cannot both hold; the earlier pages' reading is kept
    ("hk_shiwu_news", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)

_END = "tax rate where it was last year."


def test_where_dining_stories_close() -> None:
    """A critic's note on how the review was made closes no text, in a paragraph of the text's class ("Our critic dined
    anonymously … and the Tribune paid for all meals. Prices were correct at time of publication.", "Unsere
    Restauranttester besuchen die Lokale unangemeldet und anonym.", "本站餐廳評鑑皆由記者…自費用餐") nor opens it ("本文為記者
    自費實測，…"); a restaurant's facts box as a definition list with a sentence or two among its values closes none; nor
    does a folded note ("<details><summary>So bewerten wir</summary>…"), while an FAQ of folded questions stays text;
    nor a recipe card under a story (a recipe's own page keeps its card); nor Taiwan's warning on drink."""
    factbox = ("<div class='c-factbox'><h3>Marrow &amp; Ember</h3><dl><dt>Address</dt><dd>418 Washington Av. N., "
               "Minneapolis</dd><dt>Hours</dt><dd>5-10 p.m. Tue.-Thu. Closed Mon.</dd><dt>Reservations</dt><dd>"
               "Recommended; book through the restaurant’s website. Counter seats held for walk-ins.</dd><dt>"
               "Accessibility</dt><dd>Step-free entrance on Fourth Street.</dd></dl></div><p><i>Our critic dined "
               "anonymously at Marrow &amp; Ember on three occasions, and the Tribune paid for all meals. Prices were "
               "correct at time of publication.</i></p>")
    assert _extract(_page(_TEXT + factbox))["body"].endswith(_END)
    de = "".join(f"<p>Im Gasthaus am Ufer gibt es Fisch aus der Region und eine kurze Karte. Teil {n}.</p>"
                 for n in range(5))
    folded = ("<p><em>Unsere Restauranttesterinnen und -tester besuchen die Lokale unangemeldet und anonym. Die "
              "Rechnung bezahlt die Redaktion.</em></p><details class='rating'><summary>So bewerten wir</summary><p>"
              "Wir vergeben "
              "in den Kategorien Küche, Service und Ambiente jeweils bis zu fünf Sterne.</p></details>")
    assert _extract(_page(de + folded, lang="de"))["body"].endswith("Teil 4.")
    faq = ("<section><h2>Common questions</h2><details><summary>Can children book?</summary><p>Yes, with an adult "
           "booking the same session.</p></details><details><summary>Can I change my slot?</summary><p>Yes, once, up "
           "to a day before the session starts.</p></details></section>")
    assert _extract(_page(_TEXT + faq))["body"].endswith("up to a day before the session starts.")
    tw = "".join(f"<p>安和路巷弄裡的割烹只提供晚間一輪，主廚在五星飯店待了近二十年。第{n}段。</p>" for n in range(5))
    shop = ("<div class='store-info'><h3>店家資訊</h3><dl><dt>地址</dt><dd>台北市大安區安和路二段8號</dd><dt>營業時間</dt>"
            "<dd>週二至週六18:00–21:30</dd><dt>價位</dt><dd>每人4,800元起，另收10%服務費</dd></dl><p>※文中價格為採訪當時價格，"
            "實際以店家公告為準。</p></div><p>【評鑑原則】本站餐廳評鑑皆由記者以一般消費者身分訂位、自費用餐，不接受店家招待。</p>"
            "<p>禁止酒駕　飲酒過量有害健康</p>")
    note = "<p><em>本文為記者自費實測，餐費由本站全額支付，店家事前並不知情。</em></p>"
    body = _extract(_page(note + tw + shop, lang="zh-TW"))["body"]
    assert body.startswith("安和路巷弄裡") and body.endswith("第4段。")
    card = ("<div class='recipe-card'><h3>Lucky Jade’s pork and chive dumplings</h3><h4>Ingredients</h4><ul><li>500g "
            "pork mince</li><li>1 bunch garlic chives</li><li>40 dumpling wrappers</li></ul><h4>Method</h4><ol><li>Mix "
            "the pork and the chives in one direction with chopsticks for three minutes, until sticky.</li><li>Steam "
            "over a lined basket for eight to ten minutes, until the filling is cooked through.</li></ol><p>Recipe "
            "courtesy of Winnie Cheung.</p></div>")
    assert _extract(_page(_TEXT + card))["body"].endswith(_END)
    recipe = "<script type='application/ld+json'>{\"@type\": \"Recipe\", \"name\": \"Dumplings\"}</script>"
    assert "500g pork mince" in _extract(_page(_TEXT + card, meta=recipe))["body"]


def test_a_note_in_brackets_opening_the_text_box_under_a_deck() -> None:
    """A box whose first line is a note in lenticular brackets ("【更新】文章於中午12時加入…回應。") and which holds the
    text's paragraphs is the text, not a facts box closing it: more of the text stands in it than above it."""
    deck = "<div><p>開業逾五十年的老餅店本周起將菠蘿包售價由$10加至$12，是三年來第二度加價。</p></div>"
    text = "".join(f"<p>「唔係想加，係真係頂唔順。」第二代店主站在剛出爐的菠蘿包前說，麵粉與牛油一年內升近兩成。第{n}段。</p>"
                   for n in range(6))
    html = (f"<html lang='zh-HK'><head><title>菠蘿包加價</title></head><body><article><h1>老字號餅店菠蘿包加價至$12</h1>"
            f"{deck}<div class='byline'>撰文：何卓琳</div><div class='wrap'><p>【更新】文章於中午12時加入商會回應。</p>{text}"
            "</div></article></body></html>")
    assert _extract(html)["body"].endswith("第5段。")


def test_outlets_cited_in_dining_stories() -> None:
    """"first reported by the Capital Eats newsletter" (a medium's noun after the name says it is an outlet's); "Wie
    das Vegesacker Blatt im Herbst berichtete" ("Blatt" is a paper's word); "Wie das Stadtmagazin „Wienerlei“
    vergangene Woche berichtete" (a neuter medium's article)."""
    assert _sources("The closure was first reported by the Capital Eats newsletter, whose editor called it a public "
                    "utility.") == ["the Capital Eats"]
    assert _sources("She signed up for the Morning Brief newsletter last year.") == []
    assert _sources("Wie das Vegesacker Blatt im Herbst berichtete, hatte die Stadt lange nach einem Pächter gesucht.",
                    "de") == ["Vegesacker Blatt"]
    assert _sources("Wie das Stadtmagazin „Wienerlei“ vergangene Woche berichtete, kostet das Schnitzel mehr als 30 "
                    "Euro.", "de") == ["Wienerlei"]


def test_an_old_japanese_papers_headline_writer_and_pictures() -> None:
    """An old table layout's headline cell named "midashi" (見出し) is the headline, and the date line in the row under
    it dates the story; the writer in full-width brackets after the text's last line break ("…と話している。<br><br>
    （水杉支局・NAME）", no <p> of its own) is its author; a picture's caption row followed by an empty spacer row and
    the next picture's row is its caption."""
    text = "<br><br>".join(f"　水杉市の酒蔵が六十年ぶりに復活させた酒米で新酒を仕込み、報道陣にお披露目した。第{n}段落。"
                           for n in range(5))
    pictures = ("<table align='right'><tr><td><a href='/news/photo.php?id=1&amp;no=1'><img src='/newsimg/1_1.jpg'></a>"
                "</td></tr><tr><td class='cap'>新酒を味わう杜氏ら＝水杉市白根町（撮影・中村浩平）</td></tr><tr><td height='8'>"
                "</td></tr><tr><td><a href='/news/photo.php?id=1&amp;no=2'><img src='/newsimg/1_2.jpg'></a></td></tr>"
                "<tr>"
                "<td class='cap'>1960年代の仕込みの様子（白根酒造提供）</td></tr></table>")
    html = ("<html lang='ja'><head><title>北陸中央新聞</title></head><body><table><tr><td class='midashi'>幻の酒米「雪白」60年"
            "ぶり復活　白根酒造が新酒</td></tr><tr><td height='6'></td></tr><tr><td class='date'>2026年3月12日（木） 08:00"
            f"</td></tr><tr><td>{pictures}<div id='kiji'>{text}<br><br>　　　（水杉支局・中村浩平）</div></td></tr></table>"
            "</body></html>")
    record = _extract(html, "https://www.hokuriku.example/news/detail.php?id=91532")
    assert record["headline"] == "幻の酒米「雪白」60年ぶり復活 白根酒造が新酒"
    assert record["published"][:10] == "2026-03-12"
    assert record["authors"] == ["中村浩平"]
    assert [(i["caption"], i["credit"]) for i in record["images"]] == [
        ("新酒を味わう杜氏ら＝水杉市白根町", "中村浩平"), ("1960年代の仕込みの様子", "白根酒造提供")]
