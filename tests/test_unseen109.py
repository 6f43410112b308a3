"""A hundred-and-ninth held-out round of pages imitating publishing systems (issue 9): motoring, cars and roads: a US
car magazine's first-drive review, a UK national paper's motoring page, a German car magazine's news story, a French
car news site's story, a Japanese car news web magazine's story, a Japanese automotive trade web story, a mainland car
portal's story, a Taiwanese car media story; held out: a Canadian newspaper group's driving site story, a Swiss
daily's car page, a Japanese regional paper's road traffic story, a Hong Kong paper's car section story.

As in unseen71 to unseen108, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_auto_review, uk_motoring_news, de_auto_magazin, fr_auto_actu,
  ja_kuruma_news, ja_jidosha_web, cn_qiche_news, tw_qiche_news;
- held out (scored once, blind, before any rule of the round): ca_driving_news, ch_auto_news, ja_kotsu_chiho,
  hk_qiche_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=0.750 related=0.917 attributions=1.000 images=1.000 (trafilatura
  2.3.1 on the same pages: headline=1.000 authors=0.167 date=1.000 body_start=0.500 body_end=0.500; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=0.625
  related=0.924 attributions=0.944 images=0.875;
- dev and held out after the rules (see "Hundred-and-ninth held-out round" in docs/extraction-design.md): 1.000 in
  every field.

``tests/unseen_score.py unseen109`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen109"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_LAST = "tax rate where it was last year."


def test_where_car_stories_end() -> None:
    """A note that the maker lent the car or paid the trip closes the text ("The manufacturer provided the vehicle for
    this review.", "Der Testwagen wurde von X zur Verfügung gestellt.", "Essai réalisé lors d'une présentation presse
    organisée par X, qui a pris en charge les frais …", "※試乗車はXが用意したものです。", "試駕車輛由X提供"), and so does
    a box of specifications after it: several tables of label and value rows, each under its title line (the labels in
    plain cells, and the box's labelled lines under them, "優點：…"), or values each under its label's heading ("<h4>
    PRICE</h4><p>…</p>")."""
    for note, lang in (("The manufacturer provided the vehicle for this review.", "en"),
                       ("Der Testwagen wurde von Norvik zur Verfügung gestellt.", "de"),
                       ("Essai réalisé lors d'une présentation presse organisée par Renault, qui a pris en charge les "
                        "frais de transport et d'hébergement.", "fr"),
                       ("※試乗車はミツハシ自動車が用意したものです。試乗会の交通費・宿泊費は同社が負担しました。", "ja"),
                       ("試駕車輛由鴻駒汽車香港代理提供，特此鳴謝。", "zh-HK")):
        assert _extract(_page(_TEXT + f"<p class='note'>{note}</p>", lang=lang))["body"].endswith(_LAST), note
    ja = "".join(f"<p>新型ソラリスは8年ぶりのフルモデルチェンジで、ハイブリッド専用車になりました。第{n}段落。</p>" for n in range(1, 6))
    spec = ("<div class='spec-box'><p class='spec-box__title'>ソラリス Z（2WD）主要諸元</p><table><tbody><tr><th>全長</th>"
            "<td>4650mm</td></tr><tr><th>車両重量</th><td>1640kg</td></tr></tbody></table><p class='spec-box__title'>"
            "車両本体価格（消費税込み）</p><table><tbody><tr><th>X（2WD）</th><td>389万4000円</td></tr><tr><th>Z（2WD）</th>"
            "<td>468万6000円</td></tr></tbody></table></div>")
    assert _extract(_page(ja + spec, lang="ja"))["body"].endswith("第5段落。")
    hk = "".join(f"<p>新晉品牌上月正式引入中型純電SUV，記者日前在港島南區試車半日。第{n}段。</p>" for n in range(1, 6))
    table = ("<div class='carspec'><p><b>Aurex E5 規格一覽</b></p><table><tr><td>售價</td><td>$29.8萬</td></tr><tr>"
             "<td>電池容量</td><td>78kWh</td></tr><tr><td>0-100km/h</td><td>7.3秒</td></tr></table><p><b>優點：</b>後座空間"
             "充裕、售價進取</p><p><b>缺點：</b>懸掛偏硬</p><p><b>評分：</b>★★★★☆</p></div>")
    assert _extract(_page(hk + table, lang="zh-HK"))["body"].endswith("第5段。")
    specs = ("<div class='css-1w5x2qp'><h2>Specifications</h2><h3>2027 Kestrel Aventa Hybrid Touring AWD</h3>"
             + "".join(f"<div><h4>{label}</h4><p>{value}</p></div>" for label, value in (
                 ("VEHICLE TYPE", "front-engine, all-wheel-drive, 5-passenger, 4-door wagon"),
                 ("PRICE", "Base/As Tested: $37,295/$43,820"), ("TRANSMISSION", "continuously variable automatic"),
                 ("POWERTRAIN", "DOHC 16-valve 2.5-liter Atkinson-cycle inline-4, 186 hp, 163 lb-ft + 2 AC motors, "
                                "front: 118 hp, 152 lb-ft; rear: 54 hp, 89 lb-ft; combined output: 247 hp")))
             + "</div>")
    assert _extract(_page(_TEXT + specs))["body"].endswith(_LAST)


def test_where_car_stories_open() -> None:
    """A review's verdict box of labelled rows under its heading ("Highs, Lows, Verdict") opens no text, nor a table of
    versions and prices in a box of its own before the first paragraph; a deck named only in a ``data-`` attribute
    (its class hashed: "<div class='css-1o2gljl' data-journey-hook='content-dek'>") over the byline is no text."""
    verdict = ("<div class='css-1lf8p3r'><h2>Highs, Lows, Verdict</h2><ul><li><strong>Highs:</strong> Strong, seamless "
               "hybrid power; sharper handling than before.</li><li><strong>Lows:</strong> Numb steering on center; "
               "grabby brakes at low speed.</li><li><strong>Verdict:</strong> The hybrid turns it into one of the most "
               "entertaining crossovers you can buy.</li></ul></div>")
    assert _extract(_page(verdict + _TEXT))["body"].startswith("The council voted on Tuesday")
    cn = "".join(f"<p>4月18日，鸿驰汽车旗下中型纯电轿车鸿驰C7正式上市，新车共推出4款配置车型。第{n}段。</p>" for n in range(1, 6))
    prices = ("<div class='price-box'><div class='price-box-hd'><span>鸿驰C7</span><span>中型车 / 纯电动</span></div>"
              "<table><thead><tr><th>车型名称</th><th>官方指导价</th><th>CLTC续航</th></tr></thead><tbody><tr><td>660 后驱 "
              "Pro版</td><td>15.98万元</td><td>660km</td></tr><tr><td>760 后驱 Max版</td><td>17.98万元</td><td>760km</td>"
              "</tr></tbody></table></div>")
    assert _extract(_page(prices + cn, lang="zh-CN"))["body"].startswith("4月18日，鸿驰汽车")
    head = ("<div class='css-1o2gljl' data-journey-hook='content-dek'><p>A stout new hybrid powertrain gives the "
            "compact crossover the bite its marketing always promised.</p></div><div><address>By <a rel='author' "
            "href='/author/1/dana-whitcombe/'>Dana Whitcombe</a></address><time datetime='2026-03-11T14:00:00Z'>"
            "Mar 11, 2026</time></div>")
    html = ("<html><head><title>Aventa Hybrid</title></head><body><main><header><h1>2027 Kestrel Aventa Hybrid Finally "
            f"Gets the Powertrain It Deserved</h1>{head}</header><div class='css-1ps8mq3'>{_TEXT}</div></main></body>"
            "</html>")
    assert _extract(html)["body"].startswith("The council voted on Tuesday")


def test_outlets_credits_and_teasers_of_car_stories() -> None:
    """"Laut „Auto Bild“ peilt der Hersteller …" (a title in German quotes opening the sentence, before its verb; not
    "Nach Angaben der „Task Force“ ist …"); a caption's credit in the last element of the caption's one wrapper
    ("<figcaption><div><span><p>CAPTION.</p></span><span>Kestrel Motors</span></div>"), not a last element holding a
    link ("<ul><li><a>Photos</a></li></ul>"); a link to a page under the article's own address (its photo viewer), to a
    gallery counting its pictures ("图集：…（共36张）") or to a newsletter's page is no teaser; a card in the text linked
    whole, its label in an element of its own ("<a><span>Lesen Sie auch</span><span>TITLE</span></a>"), is one."""
    assert _sources("Laut „Auto Bild“ peilt der Hersteller in Europa rund 40.000 Einheiten pro Jahr an.", "de") \
        == ["Auto Bild"]
    assert _sources("Nach Angaben der „Task Force“ ist in diesem Winter die Sterblichkeit hoch.", "de") == []
    figure = ("<figure><img src='/hybrid.jpg' alt=''><figcaption><div class='css-1gq0pin'><span class='css-1mk6g6y'><p>"
              "A preproduction Aventa Hybrid on the Blue Ridge Parkway.</p></span><span class='css-1wt2fyz'>Kestrel "
              "Motors</span></div></figcaption></figure>")
    images = _extract(_page(_TEXT[:200] + figure + _TEXT))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("A preproduction Aventa Hybrid on the Blue Ridge "
                                                              "Parkway.", "Kestrel Motors")]
    linked = ("<figure><img src='/fire.jpg' alt=''><figcaption class='caption'><div class='caption-container'><div "
              "class='caption-text'><p>Firefighters work at a grain terminal on Saturday. (AP Photo/Ruslan Dorenko)</p>"
              "</div><ul class='list-inline'><li><a href='/multimedia/photos/image_d4a4.html'>Photos</a></li></ul>"
              "</div></figcaption></figure>")
    images = _extract(_page(_TEXT[:200] + linked + _TEXT))["images"]
    assert [i["credit"] for i in images] == ["AP Photo/Ruslan Dorenko"]
    box = ("<section class='related-articles'><h2>Related</h2><ul>"
           "<li><a href='https://news.example/2026/03/12/story/photo/3/'>All the pictures of the new Aventa Hybrid "
           "on the road</a></li>"
           "<li><a href='https://news.example/pic/202604/1638427.html'>Gallery: the Aventa Hybrid inside and out "
           "(36 photos)</a></li>"
           "<li><a href='https://news.example/newsletter/auto'>Cars and mobility, every Friday in your inbox</a></li>"
           "<li><a href='https://news.example/2026/03/01/kestrel-confirms-hybrid'>Kestrel confirms the Aventa is going "
           "hybrid next year</a></li></ul></section>")
    assert _teasers(_page(_TEXT, after=box)) == ["https://news.example/2026/03/01/kestrel-confirms-hybrid"]
    card = ("<div class='ArticleLinkBox_root__sT5Kn'><a class='ArticleLinkBox_link__F8hQd' href='https://news.example/"
            "radarfallen-so-viel-bussengeld-nehmen-die-kantone-ein-438770215588'><span class='ArticleLinkBox_label__gU2"
            "Rp'>Lesen Sie auch</span><span class='ArticleLinkBox_title__m3Xva'>Radarfallen in der Schweiz: So viel "
            "Bussengeld nehmen die Kantone ein</span></a></div>")
    de = "".join(f"<p>Im Tunnel misst ab Montag eine neue Abschnittskontrolle das Tempo. Teil {n}.</p>"
                 for n in range(5))
    assert _teasers(_page(de[:150] + card + de, lang="de")) == [
        "https://news.example/radarfallen-so-viel-bussengeld-nehmen-die-kantone-ein-438770215588"]
