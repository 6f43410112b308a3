"""An eighty-eighth held-out round of pages imitating publishing systems (issue 9): travel, food and lifestyle
features: a slow-train journey in a national paper's travel section, a restaurant review on a metro group's food
site, a train journey in a weekly's travel section, a restaurant review on a regional paper's Next.js front end, a
national daily's coastal railway story, a regional paper's restaurant column on an old CMS, a regional e-paper's
travel story, a national paper's recipe feature; held out: a recipe on an old regional system, a recipe on a French
regional magazine's SPIP, a lifestyle magazine's recipe on WordPress, a food magazine's restaurant review on tagDiv's
Newspaper theme. Three declare nothing but a ``<title>``. The held-out pages are scored blind, BEFORE any rule of the
round.

As in unseen71 to unseen87, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- uk_meridian: a UK national paper's travel story (Guardian-like): a "Quick guide" box, pictures credited
  "Photograph: NAME/Alamy", "as the X Advertiser reported at the time", "The trip was provided by X …" closing it;
- au_goodtable: an Australian food site's restaurant review (Good Food-like): a score box, "Credit: NAME", "The
  low-down" box and the critic's anonymity note;
- de_woche_kalmtalbahn: a German weekly's train journey (Zeit-like): a tabbed "Reiseinfos" aside with a railway's
  ticket link, "wie die X damals schrieb", "Die Recherche für diesen Artikel wurde von X unterstützt.";
- ch_uferzeitung_restaurant: a Swiss regional paper's restaurant review (Tamedia-like): a rating box, a newsletter
  teaser's "Weitere Newsletter" link, "wie die «X» berichteten";
- jp_mainichi_travel: a national daily's railway story (Mainichi-like): "＝X提供" closing a caption, a "＜メモ＞" box,
  "取材協力：X" under it;
- jp_hokuetsu_gourmet: a regional paper's restaurant column on an old CMS, declaring only a ``<title>`` ("HEADLINE｜
  SERIES｜SITE"): the logo an ``<h1>``, the headline an ``<h2>``, "記者の採点" and "【店舗データ】NAME" tables;
- cn_linchengwb: a regional evening paper's e-paper (Founder), declaring only a ``<title>``: titles and pictures in
  the text's table, "□本报记者 NAME 文/图" opening the text, "（本次采访得到X协助）" closing it;
- tw_xinsheng_food: a Taiwanese paper's recipe (LTN-like): "文／NAME　攝影／NAME", "（圖／X提供）";
- us_rivertongazette (held out): a US regional daily's recipe on an old system, declaring only a ``<title>``: "By
  NAME" over "Gazette Food Editor" and "Photos by NAME", "which X magazine once called";
- fr_cormoran_far_recette (held out): a French regional magazine's recipe on SPIP, declaring only a ``<title>``: the
  chapo under "par NAME", "Comme le racontait X";
- jp_croissant_recipe (held out): a lifestyle magazine's recipe on WordPress, declaring its desk as author:
  "料理・文：NAME　撮影：NAME　スタイリング：NAME", the print issue's box and the cook's profile after the text;
- hk_eatmag (held out): a food magazine's review on tagDiv's Newspaper theme, declaring its desk as author: a shop's
  facts box, "撰文：NAME　攝影：NAME　編輯：NAME" closing it.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``), and for these pages: a facts or info box set apart from the text is no text;
a recipe's ingredients and steps printed in the article are text; a sponsor's disclosure is no text. Mended by
conventions already written, after the blind and dev scores: "X提供" and "X供图" are credited as printed (jp_mainichi,
jp_hokuetsu, cn_linchengwb, tw_xinsheng_food); the photographer a byline or a credits line names beside the writer
is credited for the pictures ("文／NAME　攝影／NAME", "Photos by NAME", "撮影：NAME": the README's "文／佐藤誠
写真／中村亮"; the brief had said otherwise for a photographer named once for the piece, against that convention:
tw_xinsheng_food, us_rivertongazette, jp_croissant_recipe, hk_eatmag); a Chinese credits line's editor credits no
contributor (hk_eatmag's "編輯：NAME").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_meridian, au_goodtable, de_woche_kalmtalbahn, ch_uferzeitung_restaurant,
  jp_mainichi_travel, jp_hokuetsu_gourmet, cn_linchengwb, tw_xinsheng_food;
- held out (scored once, blind, before any rule of the round): us_rivertongazette, fr_cormoran_far_recette,
  jp_croissant_recipe, hk_eatmag.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.417 date=1.000
  body_start=0.750 body_end=0.500 related=1.000 attributions=0.510 images=1.000 (trafilatura 2.3.1 on the same
  pages: headline=0.750 authors=0.500 date=0.750 body_start=0.750 body_end=0.250; newsarchive with the declarations
  taken out: the same figures);
- dev, before any rule of the round (the expectations as first written): headline=0.875 authors=0.875 date=1.000
  body_start=0.875 body_end=0.500 related=0.957 attributions=0.771 images=0.888;
- dev and held out after the rules (see "Eighty-eighth held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failure below.

``tests/unseen_score.py unseen88`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen88"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held out: SPIP's "chapo" under "par NAME", on a page declaring no description: a paragraph below the byline opens
    # the text, but the reading keeps a box named as a standfirst out unless it goes on past the declared description
    # (``body._OpeningReader.finish``), and there is none; not tried further
    ("fr_cormoran_far_recette", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _roles(record: dict) -> list[tuple[str, str]]:
    return [(a["role"], a["name"]) for a in record["attributions"]]


_JA = "".join(f"<p>　朝一番の列車に乗ると、車窓いっぱいに満開の桜並木が広がった。地元の人々が守ってきた鉄路を、海沿いに北へ向かう。第{n}段落。</p>"
              for n in range(1, 6))
_ZH = "".join(f"<p>　　早上6点10分，7265次列车从雾岭站缓缓驶出，车厢里挤满了赶场的村民和他们的背篓，第{n}段。</p>" for n in range(5))


def test_a_sponsors_note_closes_no_text() -> None:
    """A travel feature's note on who paid for the trip, closing it: no text."""
    notes = [("en", "<p><em>The trip was provided by Visit the Marches (visitthemarches.example). Accommodation was "
                    "provided by the Drovers Arms.</em></p>", _TEXT, "where it was last year."),
             ("en", "<p><em>The writer travelled as a guest of Tourism Kessock.</em></p>", _TEXT, "where it was last year."),
             ("de", "<p><em>Die Recherche für diesen Artikel wurde von der Kalmtalbahn AG und dem Tourismusverband "
                    "unterstützt.</em></p>", _TEXT, "where it was last year."),
             ("zh-Hans", "<p>　　（本次采访得到雾岭县文化和旅游局协助）</p>", _ZH, "第4段。")]
    for lang, note, text, end in notes:
        assert _extract(_page(text + note, lang=lang))["body"].endswith(end), note


def test_a_facts_box_closing_the_text_is_no_text() -> None:
    """The practical facts a feature closes on: a "＜メモ＞" box (a note under it), a shop's rating and "【店舗データ】NAME"
    tables, a place's box of label and value lines (a credits line under it), a magazine's box of the print issue."""
    memo = ("<div class='memo'><p class='memo-title'>＜メモ＞</p><p>しおかぜ線へは、一ノ瀬駅から路線バスで小浦駅まで約50分。運賃は2140円。"
            "問い合わせは三浜鉄道（0220・00・1234）。</p></div><p class='note'>取材協力：三浜鉄道、汐見町観光協会</p>")
    tables = ("<div class='shopData'><h4>記者の採点</h4><table><tr><th>味</th><td>★★★★★</td></tr><tr><th>ひとこと</th><td>"
              "山菜の季節にもう一度訪ねたい。香りを楽しむなら、まずは何も付けずに一口。</td></tr></table><h4>【店舗データ】木ノ芽庵</h4>"
              "<table><tr><th>住所</th><td>奥沢町上沢1234の5</td></tr><tr><th>電話</th><td>0258（00）4321</td></tr>"
              "<tr><th>営業時間</th><td>午前11時～午後2時半</td></tr></table></div>")
    issue = ("<div class='book-box'><p class='book-box__label'>この記事が掲載されている号</p><div><p>クロワッサン 1121号<br>"
             "夏の作り置き、保存版。</p><p>定価：770円（税込）</p></div></div><div class='profile-box'><p>高梨あおい</p><p>"
             "料理家。書籍編集者を経て独立。季節の野菜を使った、手間をかけすぎない家庭料理が人気。</p></div>")
    for after in (memo, tables, issue):
        assert _extract(_page(_JA, lang="ja", h1="しおかぜ線の旅", after=after))["body"].endswith("第5段落。"), after
    shop = ("<div class='shop-info'><p><strong>聚福冰室</strong></p><p>地址：青洲灣永興里23號地舖<br>電話：2345 6789<br>"
            "營業時間：星期一至六 7:00am – 6:00pm<br>人均消費：約$100</p></div><p style='text-align: right'>撰文：梁嘉穎　攝影："
            "陳俊文</p>")
    assert _extract(_page(_ZH + shop, lang="zh-Hant", h1="聚福冰室重開"))["body"].endswith("第4段。")


def test_the_links_of_a_facts_box_and_a_newsletter_are_no_teasers() -> None:
    """A railway's tickets page linked from a "Reiseinfos" aside in the text, and a newsletter teaser's "Weitere
    Newsletter" link: no teasers."""
    box = ("<aside class='infobox'><h3 class='infobox__title'>Reiseinfos Kalmtal</h3><section><h4>Anreise</h4><p>Mit "
           "dem Zug bis Bad Aurach, dann mit der Kalmtalbahn. Fahrkarten gibt es unter <a href='https://www.kalmtalbahn"
           ".example/tickets'>kalmtalbahn.example/tickets</a>.</p></section></aside>")
    teaser = ("<section class='NewsletterTeaser_root'><p>Newsletter</p><h3>Ausgehtipp am Freitag</h3><p>Die besten "
              "Restaurants am See.</p><a href='/newsletter?nl=ausgehtipp'>Weitere Newsletter und Angebote</a></section>")
    record = _extract(_page(_TEXT[:300] + box + _TEXT, lang="de", after=teaser))
    assert [link["url"] for link in record["related_links"] if link["kind"] == "related"] == []


def test_a_japanese_caption_closing_on_who_provided_the_picture() -> None:
    """"CAPTION（2011年3月）＝X提供": the picture is credited "X提供", as printed."""
    figure = ("<figure><a href='/graphy/photo/4'><img src='/img/9.jpg' width='680' height='453' alt=''></a><figcaption>"
              "津波で流された当時の汐見海岸駅（2011年3月）＝三浜鉄道提供</figcaption></figure>")
    images = _extract(_page(_JA[:200] + figure + _JA, lang="ja", h1="しおかぜ線の旅"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("津波で流された当時の汐見海岸駅（2011年3月）", "三浜鉄道提供")]


def test_a_credits_line_names_the_writer_where_the_desk_is_declared() -> None:
    """A desk declared as author, the writer in a credits line closing the text ("撰文：A　攝影：B　編輯：C",
    "料理・文：A　撮影：B　スタイリング：C"): A wrote it, B took its pictures."""
    for lang, line, text in (("zh-Hant", "撰文：梁嘉穎　攝影：陳俊文　編輯：何詠詩", _ZH),
                             ("ja", "料理・文：高梨あおい　撮影：青木健　スタイリング：西村めぐみ", _JA)):
        writer, photographer = ("梁嘉穎", "陳俊文") if lang.startswith("zh") else ("高梨あおい", "青木健")
        record = _extract(_page(text + f"<p class='credit'>{line}</p>", lang=lang, h1="聚福冰室重開",
                                meta="<meta name='author' content='EATMAG編輯部'>"))
        assert record["authors"] == [writer]
        assert ("photo", photographer) in _roles(record)


def test_an_e_papers_text_opens_under_its_reporters_line() -> None:
    """Titles and a picture's caption in the text's table, then "□本报记者 NAME 文/图" as its first paragraph: the text
    opens under the line, which names the writer."""
    head = ("<table><tr><td><founder-introtitle>坐慢火车，去山里赶场</founder-introtitle></td></tr><tr><td><founder-title>"
            "一趟绿皮车，载着半座山的烟火气</founder-title></td></tr><tr><td><founder-subtitle>——乘7265次慢火车穿越雾岭山区见闻"
            "</founder-subtitle></td></tr><tr><td><img src='/pic/1.jpg'></td></tr><tr><td>列车驶过雾岭大桥，桥下是蜿蜒的青溪河和"
            "层层梯田。</td></tr></table>")
    html = ("<html><head><title>一趟绿皮车，载着半座山的烟火气</title></head><body><table><tr><td>" + head
            + "<div id='ozoom'><p>　　□本报记者 沈一禾 文/图</p>" + _ZH + "</div></td></tr></table></body></html>")
    record = _extract(html)
    assert record["body"].startswith("早上6点10分") and record["authors"] == ["沈一禾"]


def test_a_job_line_under_the_byline_names_nobody() -> None:
    """"<p class='byline'>By NAME</p><p class='byline-title'>Gazette Food Editor</p>": the writer's job."""
    head = ("<div class='byline-block'><p class='byline'>By <a href='/personalia?ID=mbell'>Marian Bell</a></p><p "
            "class='byline-title'>Gazette Food Editor</p></div>")
    assert _extract(_page(_TEXT, head=head))["authors"] == ["Marian Bell"]


def test_a_heading_opening_a_title_of_headline_series_and_site() -> None:
    """The logo an ``<h1>``, the headline an ``<h2>`` opening the only declared title "HEADLINE｜SERIES｜SITE": the
    heading is the headline, the series no part of it."""
    html = ("<html lang='ja'><head><title>石臼びき十割そば、香り立つ一杯　奥沢町「木ノ芽庵」｜うまいもん探訪｜北越日報</title></head>"
            "<body><h1 id='logo'><a href='/'><img src='/logo.png' alt='北越日報'></a></h1><p><a href='/news/gourmet/umaimon/'>"
            "うまいもん探訪</a></p><div class='article'><h2 class='articleTitle'>石臼びき十割そば、香り立つ一杯　奥沢町「木ノ芽庵」</h2>"
            f"<div class='articleBody'>{_JA}</div></div></body></html>")
    headline = _extract(html, url="https://www.hokuetsu-nippo.example/news/gourmet/20240607/412587.html")["headline"]
    assert " ".join(headline.split()) == "石臼びき十割そば、香り立つ一杯 奥沢町「木ノ芽庵」"


def test_outlets_cited_in_features() -> None:
    """The outlets these features cite: a name before "magazine", the French imperfect, the German plural and
    "damals", "Advertiser" an outlet's word."""
    cases = [
        ("The festival, which Heartland Table magazine once called “the sweetest small-town festival”, opens Friday.",
         "en", ["Heartland Table"]),
        ("Comme le racontait L’Écho des Abers dans un portrait qui lui était consacré en 1987, certains clients "
         "venaient de loin.", "fr", ["L’Écho des Abers"]),
        ("Die Stammgäste, die sich, wie die «Bachwiler Nachrichten» berichteten, beschwert hatten, kamen wieder.", "de",
         ["Bachwiler Nachrichten"]),
        ("Dass sie noch fährt, verdankt sie, wie die Kalmtaler Rundschau damals schrieb, einer gewissen Sturheit.",
         "de", ["Kalmtaler Rundschau"]),
        ("The line was kept open, partly – as the Marches Advertiser reported at the time – because of the vote.", "en",
         ["the Marches Advertiser"]),
        ("The research was supported by the National Science Foundation.", "en", []),
    ]
    for sentence, lang, names in cases:
        assert _sources(sentence, lang=lang) == names, sentence
