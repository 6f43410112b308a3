"""A hundred-and-second held-out round of pages imitating publishing systems (issue 9): farming, fishing and rural
life: a US agricultural trade publication's market story, a UK farming weekly's bird flu story, a German agricultural
weekly's swine fever story, a French regional daily's farm page, a Japanese agricultural daily's rice story, a
Japanese rural-life web magazine's feature, a mainland farmers' daily's story, a Taiwanese agriculture site's typhoon
story; held out: a New Zealand national site's rural story, a Swiss farming paper's article, a Japanese regional
paper's fishing story, a Hong Kong paper's fishing or farming story.

As in unseen71 to unseen101, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). No page was mended.

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_ag_trade, uk_farm_weekly, de_agrar_fachblatt, fr_agri_regional,
  ja_nogyo_shinbun, ja_inaka_web, cn_nongmin_ribao, tw_nongye_news;
- held out (scored once, blind, before any rule of the round): nz_rural_news, ch_bauern_zeitung, ja_gyogyo_chiho,
  hk_yuye_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=0.750 related=1.000 attributions=0.881 images=0.833 (trafilatura 2.3.1 on the same pages:
  headline=0.250 authors=0.500 date=0.500 body_start=0.750 body_end=0.500; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=0.750
  related=0.833 attributions=0.944 images=1.000;
- dev and held out after the rules (see "Hundred-and-second held-out round" in docs/extraction-design.md): 1.000 in
  every field but the known failure below.

``tests/unseen_score.py unseen102`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen102"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()  # ("a prévenu sur France Bleu" cites it since unseen105)


test_page_field = field_test(SET, KNOWN_FAILURES)

_JA = "".join(f"<p>県は協議会で出た意見を踏まえ、月内に漁獲枠を正式に決める。第{n}段落。</p>" for n in range(1, 6))


def test_outlets_cited_on_farm_pages() -> None:
    """"米穀業界紙の週刊米穀ジャーナルによると" (any name after "紙の", in any form of "according to"; not "地元紙の記者によると"),
    "地元の北灘放送は…のニュースで…と報じた" (a broadcaster's "放送"), "told BBC Look East he had" (an acronym and its
    programme of words), "sagte dem NDR, man wolle" (a broadcaster's acronym the speaker told); "NTTによると" cites no
    "TT" (an agency's name no part of a longer word)."""
    assert _sources("米穀業界紙の週刊米穀ジャーナルによると、スポット価格は2月下旬に下がった。", "ja") == ["週刊米穀ジャーナル"]
    assert _sources("地元紙の記者によると、スポット価格は下がった。", "ja") == []
    assert _sources("地元の北灘放送は11日夕のニュースで、隣接する県でも同様の削減が検討されていると報じた。", "ja") \
        == ["北灘放送"]
    assert _sources("NTTによると、障害は午前中に復旧した。", "ja") == []
    assert _sources("A neighbouring egg producer told BBC Look East he had barely slept since the first case.") \
        == ["BBC Look East"]
    assert _sources("Landrat Ulrich Menkhaus sagte dem NDR, man wolle alles tun.", "de") == ["NDR"]
    assert _sources("Der Vorsitzende sagte der SPD, man wolle alles tun.", "de") == []


def test_captions_and_boxes_of_farm_pages() -> None:
    """A Hong Kong caption's credit set bare after its last sentence ("…巡查。漁護署提供", "…漁船。中新社"; "…休漁。資料圖片"
    credits nobody); a helpline's box named so ("info-box--helpline") and a glossary box ("＜ことば＞TERM") and a facts
    box ("INFORMATION") after the text close it; "So that they can be contacted quickly" is the text's, no contact
    note."""
    zh = "".join(f"<p>南海休漁期今日開始，本港漁民陸續返港。第{n}段。</p>" for n in range(1, 6))
    captions = ["漁船陸續返港，準備休漁。資料圖片", "漁護署人員早前巡查。漁護署提供", "廣東沿海漁港停泊大批漁船。中新社"]
    figures = "".join(f"<figure><img src='/{n}.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
                      for n, caption in enumerate(captions))
    images = _extract(_page(zh[:60] + figures + zh, lang="zh-HK", h1="南海休漁"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("漁船陸續返港，準備休漁。", None),
                                                              ("漁護署人員早前巡查。", "漁護署提供"),
                                                              ("廣東沿海漁港停泊大批漁船。", "中新社")]
    helpline = ("<div class='info-box info-box--helpline'><h4>Suspect bird flu?</h4><p>If you suspect avian influenza "
                "in poultry, you must report it immediately. Failure to do so is an offence.</p></div>")
    last = ("<p>Keepers with 50 or more birds must register their flock, so that they can be contacted quickly if "
            "disease is confirmed nearby.</p>")
    assert _extract(_page(_TEXT + last + helpline))["body"].endswith("if disease is confirmed nearby.")
    kotoba = ("<p class='writer'>（汐見支局　浜口翔太）</p><div class='kotoba'><p>＜ことば＞漁獲可能量（ＴＡＣ）</p><p>魚種ごとに"
              "1年間に取ってよい量の上限を定め、資源を管理する仕組み。</p></div>")
    assert _extract(_page(_JA + kotoba, lang="ja", h1="ハタハタ漁獲枠4割減"))["body"].endswith("第5段落。")
    info = ("<div class='info-box'><p>INFORMATION</p><h3>川添梨園</h3><table><tr><th>住所</th><td>美郷谷町1234</td></tr>"
            "</table><p>※梨の直売は8月下旬〜10月下旬。</p></div>")
    assert _extract(_page(_JA + info, lang="ja", h1="梨農家の挑戦"))["body"].endswith("第5段落。")


def test_teaser_boxes_after_the_article() -> None:
    """A "Mehr zum Thema" block set right after the box holding the ``<article>`` (a CMS's block region) and a
    "<h2><span>RELATED</span>関連記事</h2>" box (an English ornament before the label) hold teasers."""
    de = "".join(f"<p>Die Afrikanische Schweinepest hat den Landkreis erreicht. Teil {n}.</p>" for n in range(1, 6))
    block = ("<div id='block-mehrzumthema' class='block block-views'><h2 class='block__title'>Mehr zum Thema</h2><div>"
             + "".join(f"<article class='teaser'><a href='/tier/schwein/asp-geschichte-nummer-{n}-60918{n}'><h3>ASP: "
                       f"Geschichte Nummer {n} für Halter</h3></a></article>" for n in range(1, 3)) + "</div></div>")
    html = ("<html lang='de'><head><meta charset='utf-8'><title>ASP</title></head><body><main><div class='region'><div "
            f"class='block-main'><article><h1>ASP-Sperrzone erweitert</h1><div class='article__body'><div "
            f"class='field--name-body'>{de}</div></div></article></div>{block}</div></main></body></html>")
    assert _teasers(html) == ["https://news.example/tier/schwein/asp-geschichte-nummer-1-609181",
                              "https://news.example/tier/schwein/asp-geschichte-nummer-2-609182"]
    cards = ("<section class='p-list'><h2><span class='en'>RELATED</span>関連記事</h2><div>" + "".join(
        f"<article class='p-card'><a href='/article/story-{n}/'><p>里山の暮らしを伝える記事その{n}です</p></a></article>"
        for n in range(1, 3)) + "</div></section>")
    html = _page(_JA, lang="ja", h1="梨農家の挑戦").replace("<body>", "<body><main>").replace(
        "</article>", "</article>" + cards + "</main>")
    assert _teasers(html) == ["https://news.example/article/story-1/", "https://news.example/article/story-2/"]
