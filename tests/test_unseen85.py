"""An eighty-fifth held-out round of pages imitating publishing systems (issue 9): service journalism: explainers
with question headings and an FAQ at the end, numbered listicles, practical guides with boxes of facts, product
roundups with product cards, prices, shop buttons and an affiliate disclosure. Three declare nothing but a
``<title>``. The held-out pages are scored blind, BEFORE any rule of the round.

As in unseen71 to unseen84, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- uk_techlantern: a UK tech magazine's roundup (Future's Vanilla-like): "By NAME" and "Contributions from NAME", only
  the update's date printed, "(Image credit: X)", pictures whose address only "data-normal" holds, product cards
  with "View at …" buttons, "by the consumer magazine X";
- in_chronicle: an Indian daily's "Explained" piece: a synopsis, "Also Read |" lines, an FAQ accordion with FAQPage
  JSON-LD, a Telegram promo in the text's box;
- de_technikwelt_balkonkraftwerk: a German tech magazine's ranked list: an affiliate disclosure and a table of
  contents before the text, "Platz N:" headings, product cards with "Bei X kaufen*";
- fr_lejournal_tiques: a Paris daily's explainer: question headings, "Comme l’a rapporté <em>X</em> en mai", an FAQ;
- jp_pubcaster_explainer: a broadcaster's explainer: a "content--summary" repeating the description under the date,
  the writers in "editor-profile" boxes after the text;
- jp_regional_guide: a regional daily's guide on an old CMS, declaring only a ``<title>``: "■" headings, fact boxes;
- cn_jzrb: a city daily's tax guide on TRS, declaring only a ``<title>``: "来源：PAPER", "…供图", "【责任编辑：NAME】";
- tw_techzine: a Taiwanese tech magazine's roundup on Newspaper: "本文含有聯盟行銷連結…", "科技媒體《X》";
- ie_kilbrack (held out): an Irish weekly's listicle on Joomla/K2, declaring only a ``<title>``;
- ch_wildenauer_badeplaetze (held out): a Swiss regional paper's listicle on TYPO3;
- jp_mono_roundup (held out): a web magazine's roundup on WordPress/Yoast: "※本記事はプロモーションを含みます。", 「X」の
  読者調査, an FAQ;
- hk_hk01 (held out): a Hong Kong web-native's explainer: "一文看清｜" in the heading, an FAQ of ``<details>``.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``), and for these pages: item and question headings are text; an FAQ printed as
part of the article is text; a product card's price, rating, buttons and shop names, an affiliate disclosure and a
table of contents are no text. Mended by conventions already written, after the blind and dev scores: "X提供" and
"X供图" are credited as printed (hk_hk01, cn_jzrb); a Chinese editors' line credits no contributor (cn_jzrb's
"责任编辑"); "来源：PAPER" under the headline is a source on the paper's own site too (cn_jzrb, as unseen24, unseen51,
unseen75 and unseen82 have it).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_techlantern, in_chronicle, de_technikwelt_balkonkraftwerk,
  fr_lejournal_tiques, jp_pubcaster_explainer, jp_regional_guide, cn_jzrb, tw_techzine;
- held out (scored once, blind, before any rule of the round): ie_kilbrack, ch_wildenauer_badeplaetze,
  jp_mono_roundup, hk_hk01.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=0.750 body_end=1.000 related=1.000 attributions=0.923 images=0.917 (trafilatura 2.3.1 on the same
  pages: headline=0.500 authors=1.000 date=0.500 body_start=0.500 body_end=1.000; newsarchive with the declarations
  taken out: the same figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.833 date=1.000
  body_start=0.750 body_end=1.000 related=1.000 attributions=0.839 images=0.884;
- dev and held out after the rules (see "Eighty-fifth held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failures below.

``tests/unseen_score.py unseen85`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen85"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # the writers in "editor-profile" boxes after the text ("経済部 記者" over the name): a profile box named as an
    # editor's names an editor as often; not tried
    ("jp_pubcaster_explainer", "authors"), ("jp_pubcaster_explainer", "attributions"),
    # a "content--summary" under the date line repeating the description word for word: a standfirst to this writer,
    # the text's first paragraph to unseen8's nhk (a known failure there); one behaviour kept
    ("jp_pubcaster_explainer", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_JA = "".join(f"<p>朝のコーヒーやお茶、カップ麺づくりに欠かせない電気ケトル。最近は1℃単位で温度を設定できるモデルも増え、選び方の幅が"
              f"広がっている。第{n}段落。</p>" for n in range(1, 6))
_ZH = "".join(f"<p>真無線藍牙耳機已經是許多人出門必帶的配件，從捷運通勤到辦公室視訊會議都少不了它，第{n}段。</p>" for n in range(5))


def test_an_affiliate_disclosure_over_the_text_in_japanese_and_chinese() -> None:
    """"※本記事はプロモーションを含みます。…" and "本文含有聯盟行銷連結，…" over the text open none."""
    note = "<p>※本記事はプロモーションを含みます。記事内で紹介する商品を購入すると、売上の一部が当サイトに還元されることがあります。</p>"
    assert _extract(_page(note + _JA, lang="ja"))["body"].startswith("朝のコーヒーや")
    note = "<div class='aff-disclosure'><p>本文含有聯盟行銷連結，若您透過文中連結購買商品，本站可能獲得少量分潤。</p></div>"
    assert _extract(_page(note + _ZH, lang="zh-Hant"))["body"].startswith("真無線藍牙耳機")


def test_outlets_named_with_their_kind() -> None:
    """"家電専門誌「X」の読者調査によると", "科技媒體《X》在評測中…", "Comme l’a rapporté La Gazette médicale en mai,",
    "a survey … by the consumer magazine X" cite X; "the Daily Star" (a name) is no noun of its kind."""
    assert _sources("家電専門誌「月刊デンキライフ」の読者調査によると、購入した人の8割以上が満足している。", lang="ja") \
        == ["月刊デンキライフ"]
    assert _sources("科技媒體《Gadget Insider》在評測中也給予高度評價，稱它是最接近有線耳機的產品。", lang="zh-Hant") \
        == ["Gadget Insider"]
    assert _sources("Pas encore. Comme l’a rapporté La Gazette médicale en mai, les premiers résultats sont "
                    "attendus.", lang="fr") == ["La Gazette médicale"]
    assert _sources("Brindle tops the latest reliability survey of owners by the consumer magazine Home Verdict, which "
                    "matters.") == ["Home Verdict"]
    assert _sources("For the latest stories from the Daily Star, sign up for our newsletters.") == []


def test_a_bylines_contributions_from() -> None:
    """"By <a>NAME</a> Contributions from <a>NAME</a>": the first wrote it, the second contributed."""
    head = ("<div class='author-byline'><span class='by-author'>By <a href='/author/marian-colfer' rel='author'><span "
            "class='author-byline__author-name'>Marian Colfer</span></a></span> <span class='contributor-byline'>"
            "Contributions from <a href='/author/tobias-renn'><span class='author-byline__author-name'>Tobias Renn"
            "</span></a></span></div>")
    record = _extract(_page(_TEXT, head=head))
    assert record["authors"] == ["Marian Colfer"]
    assert ("contributor", "Tobias Renn") in [(a["role"], a["name"]) for a in record["attributions"]]


def test_a_picture_whose_address_only_one_lazy_attribute_holds() -> None:
    """"<img src='data:…' data-normal='URL.jpg'>" (a magazine platform's loader): the picture is the URL's, with its
    caption and credit; several such attributes ("data-src-small", "data-src-large") name renditions none is
    preferred to."""
    figure = ("<figure class='van-image-figure'><p class='vanilla-image-block'><img name='slim-edge.jpg' alt='Slim Edge' "
              "src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' "
              "data-normal='https://cdn.news.example/vanilla/bN6tRk2wHd.jpg' class='lazy-image-van'></p><figcaption>"
              "<span class='caption-text'>The Slim Edge is almost 3cm lower than a typical lidar robot </span><span "
              "class='credit'>(Image credit: Halden)</span></figcaption></figure>")
    images = _extract(_page(_TEXT[:300] + figure + _TEXT))["images"]
    assert [(i["url"], i["credit"]) for i in images] == [("https://cdn.news.example/vanilla/bN6tRk2wHd.jpg", "Halden")]
