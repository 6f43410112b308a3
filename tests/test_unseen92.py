"""A ninety-second held-out round of pages imitating publishing systems (issue 9): technology, gadgets, games and IT
news: a US tech site's launch story on Vox Media's platform, a UK review site's phone review (Future plc), a German
IT site's news story (heise), a German tech magazine's gadget test (Golem), a Japanese IT news site's security story
(ITmedia), a Japanese gadget review (Impress Watch), a mainland IT portal's phone story (IT之家), a mainland tech site's
funding story on Nuxt (36氪); held out: a small security site's advisory story (WordPress, Twenty Sixteen), a French
tech site's funding and game story (WordPress, Yoast), a Japanese tech blog's game post (GIGAZINE), a Taiwanese IT
site's security story (Drupal, iThome). Three declare nothing but a ``<title>``.

As in unseen71 to unseen91, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages (two of them listed or counted words in the folder's
files once, reading none), from memory of each system's markup, with invented text and ``.example`` domains. Things on
the pages: spec tables and price boxes with ``rel="sponsored"`` shop links, a review's verdict box (score, "For" and
"Against"), affiliate notices, update notes over the text ("(Update, March 12, 9:40 a.m. ET: …)", "**Update**
16.10.2024", "更新（2026/3/13）："), a heise-style editor's initials "(jk)" linking a name, Golem's roof line in the
``<h1>`` and "Ein Test von NAME", "Lesen Sie auch" and "Lire aussi" lines, "Source : OUTLET", pictures in
``<aside>`` boxes between paragraphs, "（画像はメーカー提供）", "图片来源：官方", "（受访者供图）", outlets cited in italics
("In an interview with *Wired*"), by their kind ("das US-Magazin Wired", "海外ゲームメディアのGamesBeacon"), a vendor's
advisory linked ("According to Halvard’s advisory"), a blog's text set as lines between ``<br>``s.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``); companies, vendors, security firms and government
agencies are no sources. Editors' initials closing the last paragraph ("… verfügbar. (jk)") stay in it and name no one
(given to the writers). No expectation was mended.

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_launch_news, uk_phone_review, de_it_news, de_geraetetest, ja_it_news,
  ja_product_review, cn_it_news, cn_startup_funding;
- held out (scored once, blind, before any rule of the round): us_security_advisory, fr_actu_tech, ja_tech_blog,
  tw_tech_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=0.750 body_end=1.000 related=0.972 attributions=0.819 images=1.000 (trafilatura 2.3.1 on the same pages:
  headline=0.500 authors=0.417 date=0.750 body_start=0.250 body_end=0.750; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round: headline=0.875 authors=0.750 date=1.000 body_start=0.875 body_end=1.000
  related=0.957 attributions=0.747 images=0.812;
- dev and held out after the rules (see "Ninety-second held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failures below.

``tests/unseen_score.py unseen92`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen92"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "told DroidBeat", "gegenüber Phoronix betonte", held: "a estimé NAME, associé du fonds, sur BFM Business": one
    # name in roman, no outlet's word, no quotes (no list of outlets is kept); dev: "英The Registerも3月、…と報じている"
    # (a country's mark and "も", the verb far after); not tried
    ("uk_phone_review", "attributions"),
    ("de_it_news", "attributions"),
    ("fr_actu_tech", "attributions"),
    ("ja_it_news", "attributions"),
    # dev: "嶋田　真之介" printed with a full-width space, given with an ASCII one (the writers' convention drops it; the
    # bench's truth keeps a space, "大渡 美咲" of a page printing "大渡　美咲"); a sister subdomain's teaser ("akiba.")
    # not read as the site's ("（画像は筆者撮影）" credits "筆者撮影" since unseen134, as the writers' expectations do)
    ("ja_product_review", "authors"),
    ("ja_product_review", "attributions"),
    ("ja_product_review", "related"),
    # held: the last link of a blog's "・関連記事" list of links between ``<br>``s; not tried
    ("ja_tech_blog", "related"),
    # (held: the blog's text set as lines between ``<br>``s, not in paragraphs: its citations ("海外ゲームメディアの
    # GamesBeaconのインタビューで") are read since unseen139's box of lines, its own text 200 characters or more, each
    # ``<br>`` and block a line's end)
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_an_update_note_in_brackets_opens_no_text() -> None:
    """"(Update, March 12, 9:40 a.m. ET: …)" in a paragraph of its own over the text, as the older notes without the
    brackets are."""
    note = ("<p><em>(Update, March 12, 9:40 a.m. ET: Halvard has released fixed builds for the 6.4 branch and updated "
            "its advisory.)</em></p>")
    assert _extract(_page(note + _TEXT))["body"].startswith("The council voted")


def test_a_document_of_its_owners_cites_no_outlet() -> None:
    """"According to [Halvard’s advisory]" names the company's document, no outlet; "according to [the Ledger's
    report]" cites the paper."""
    html = _page(_TEXT[:200] + "<p>According to <a href='https://support.halvard.example/advisories/7'>Halvard’s "
                 "advisory</a>, a crafted request can skip the login, and according to <a href='https://ledger.example/"
                 "2026/03/11/flaw'>the Valley Ledger's report</a>, thousands of devices are exposed.</p>" + _TEXT)
    sources = [a["name"] for a in _extract(html)["attributions"] if a["role"] == "source"]
    assert sources == ["the Valley Ledger"]


def test_a_roof_line_named_as_a_kicker_is_no_part_of_the_headline_and_a_test_names_its_writer() -> None:
    """"<h1><span class='dachzeile'>Aurelon Q7 Pro im Test</span><span class='visually-hidden'>: </span><br><span>
    HEADLINE</span></h1>", five words of a product's name and "im Test", though the page's title reads both; "Ein Test
    von NAME" names the writer."""
    h1 = ("<span class='dachzeile'>Aurelon Q7 Pro im Test</span><span class='visually-hidden'>: </span><br>"
          "<span class='head5'>Leise Kopfhörer mit lautem Preis</span>")
    html = _page(_TEXT, head="<span class='authors__name'>Ein Test von <a href='/autor/ml' rel='author'>Marius "
                 "Lehnert</a></span>", lang="de", h1=h1,
                 title="Aurelon Q7 Pro im Test: Leise Kopfhörer mit lautem Preis - Techzeile")
    record = _extract(html)
    assert record["headline"] == "Leise Kopfhörer mit lautem Preis"
    assert record["authors"] == ["Marius Lehnert"]


def test_outlets_named_after_their_kind() -> None:
    """"hatte das US-Magazin Wired bereits im Frühjahr berichtet", "Wie die britische Zeitung X berichtet", and a
    Japanese text's "海外ゲームメディアのGamesBeaconのインタビューで", "ゲームメディアのPixelGrindは…と評価"."""
    cases = [("Dass Aurelon einen eigenen Audiochip verwendet, hatte das US-Magazin Wired bereits im Frühjahr berichtet.",
              "de", "Wired"),
             ("Wie die britische Zeitung Guardian berichtet, ist der Plan gescheitert.", "de", "Guardian"),
             ("共同創業者のオコンクォ氏は、海外ゲームメディアのGamesBeaconのインタビューで「穏やかな場所を作りたかった」と語っています。",
              "ja", "GamesBeacon"),
             ("先行して本作をプレイした海外ゲームメディアのPixelGrindは「心地よい」と評価しています。", "ja", "PixelGrind")]
    for sentence, lang, outlet in cases:
        assert _sources(sentence, lang) == [outlet], sentence
    assert _sources("同社の新製品はメディアの注目を集め、予約は初日で完売した。", "ja") == []


def test_a_review_verdict_box_opens_no_text() -> None:
    """A review's verdict box over the text ("<div class='pretty-verdict'>…<p>VERDICT</p><h4>For</h4><ul>…"): a summary
    of the review, no paragraph of it."""
    box = ("<div class='pretty-verdict'><h3>Verdict</h3><span>4/5</span><p class='pretty-verdict__verdict'>The phone has "
           "the best zoom camera we've tested at this price, but a short update promise makes it hard to love.</p>"
           "<h4>For</h4><ul><li>Class-leading zoom</li></ul><h4>Against</h4><ul><li>Three years of updates</li></ul>"
           "</div>")
    assert _extract(_page(box + _TEXT))["body"].startswith("The council voted")


def test_pictures_in_asides_between_paragraphs_and_their_suppliers() -> None:
    """An old system's figures set as ``<aside>`` between the text's paragraphs (alone or two in a row), each with its
    caption line, are the article's pictures; "（画像はメーカー提供）" credits the supplier, "（画像は筆者撮影）" the writer's
    picture as printed, as "（写真：筆者撮影）" does (since unseen134; first read here as crediting nobody, against every
    writer's expectation); a Chinese caption's "（受访者供图）" after a name credits the interviewee as printed."""
    para = "<p>　HINOKIは、ミニPC「Pocket Core P8」を6月に発売した。手のひらに載るサイズながら、高い性能を備えるのが特徴だ。</p>"
    aside = ("<aside class='image-l'><a href='/img/html/00_o.jpg.html'><img src='/img/00_s.jpg' width='640' "
             "height='427' alt=''></a><p class='caption'>HINOKI「Pocket Core P8」（画像はメーカー提供）</p></aside>")
    pair = ("<div class='image-set'><aside class='image-m'><img src='/img/01_s.jpg' width='320' height='213' alt=''>"
            "<p class='caption'>本体前面</p></aside><aside class='image-m'><img src='/img/02_s.jpg' width='320' "
            "height='213' alt=''><p class='caption'>底面のネジを外すと内部にアクセスできる（画像は筆者撮影）</p></aside></div>")
    images = _extract(_page(aside + para * 2 + pair + para * 3, lang="ja", h1="ミニPCをじっくり試す"))["images"]
    assert [(i["caption"], i["credit"]) for i in images][:2] == [("HINOKI「Pocket Core P8」", "メーカー提供"), ("本体前面", None)]
    assert images[2]["credit"] == "筆者撮影" and len(images) == 3
    zh = ("<p>　记者获悉，灵枢动力完成数亿元B轮融资，本轮由多家机构联合领投，资金将用于产品研发和产能扩张。</p>" * 3
          + "<figure><img src='/img/ceo.jpg' width='600' height='400'><figcaption>灵枢动力创始人兼CEO程远舟（受访者供图）"
          "</figcaption></figure>" + "<p>　公司成立于2021年，目前已在汽车和电子行业落地多个项目，客户数量持续增长。</p>" * 3)
    images = _extract(_page(zh, lang="zh-CN", h1="灵枢动力完成数亿元B轮融资"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("灵枢动力创始人兼CEO程远舟", "受访者供图")]


def test_an_outlet_spoken_to_set_in_italics() -> None:
    """"In an interview with <em>Wired</em> last month, NAME said …": a publication's title set in italics, as style
    guides set it, is an outlet as a quoted one is; a name in roman ("told Hallam last week") is no outlet."""
    assert _sources("In an interview with <em>Wired</em> last month, Salcedo said the company had sold a few hundred "
                    "thousand units.") == ["Wired"]
    assert _sources("The chief executive told Hallam last week that the company had sold a few hundred thousand "
                    "units.") == []
