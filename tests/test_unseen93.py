"""A ninety-third held-out round of pages imitating publishing systems (issue 9): weather, disasters and emergencies: a
US local TV station's hurricane story (Next.js), a UK regional paper's flood warnings (Reach), a German public
broadcaster's storm warning (Sophora), a Swiss regional paper's avalanche story (Nuxt), a Japanese national paper's
earthquake report, a Japanese regional paper's heavy rain and evacuation story on an old PHP system, a mainland news
site's rainstorm warning, a Taiwanese paper's typhoon story; held out: an Australian regional paper's bushfire
emergency, a French regional daily's heatwave alert, a Japanese TV network's typhoon news, a Hong Kong outlet's black
rainstorm story (Next.js). Three declare nothing but a ``<title>``.

As in unseen71 to unseen92, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages (one of them parsed the folder's JSON files once while
checking its own, reading none), from memory of each system's markup, with invented text and ``.example`` domains.
Things on the pages: warnings boxes and tables (levels, districts, intensities, signals), evacuation orders and lists
of shelters, emergency boxes with hotlines ("If you are in immediate danger call 000", 【防颱資訊】), "what to do" boxes,
live-page boxes and banners, notes that the story will be updated ("This story will be updated as more information
becomes available.", "※この記事は随時更新します。", "持續更新"), maps credited to agencies ("Map: NSW RFS", "Karte: DWD",
"Carte Météo-France", "画像：気象庁提供", "图源：中央气象台"), a date line "Updated …, first published …", "— with AAP" in
a box of its own, "(sda)", "Avec AFP", "mit Material von dpa", weather services and agencies quoted (no sources).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by conventions already written, after the
blind and dev scores: "(sda)" closing the text is the copy's source, not a contributor (ch_lawinen_gefahr, as
unseen91's "(SID)"); a caption's "…、NAME撮影" credits NAME (ja_jishin_sokuhou, as unseen91's "（工藤誠撮影）"); "（天文台
圖片）" credits "天文台" (hk_heavy_rain, as unseen80's "（房屋署圖片）").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_hurricane_local, uk_flood_warning, de_unwetter_warnung, ch_lawinen_gefahr,
  ja_jishin_sokuhou, ja_ooame_chiho, cn_baoyu_yujing, tw_taifeng_news;
- held out (scored once, blind, before any rule of the round): au_bushfire_emergency, fr_canicule_vigilance,
  ja_taifu_news, hk_heavy_rain.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=0.750
  body_start=0.500 body_end=0.750 related=1.000 attributions=0.792 images=0.792 (trafilatura 2.3.1 on the same pages:
  headline=0.250 authors=0.500 date=0.750 body_start=0.500 body_end=0.500; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round (the expectations as first written): headline=0.875 authors=0.958 date=1.000
  body_start=0.625 body_end=0.750 related=0.872 attributions=0.864 images=0.812;
- dev and held out after the rules (see "Ninety-third held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failures below (the round was short: eighteen are left).

``tests/unseen_score.py unseen93`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen93"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "told WGCX" on WGCX's own site: a station's call sign, its site named otherwise; not tried
    ("us_hurricane_local", "attributions"),
    # dev: a live page's box between paragraphs, an app's promo link, an off-site sponsored card in a related box, read
    # as teasers; not tried
    ("uk_flood_warning", "related"),
    ("de_unwetter_warnung", "related"),
    ("ch_lawinen_gefahr", "related"),
    # dev: a bold standfirst above the byline read as the text's opening; not tried
    ("de_unwetter_warnung", "body_start"),
    # held: franceinfo cited in a way no rule reads; not tried (dev: "gegenüber «Radio Alpin»" is read since unseen95)
    ("fr_canicule_vigilance", "attributions"),
    # dev: an earthquake report's tsunami box over the text, a "関連ニュース" list of three not read (fixed with
    # unseen166: a linked card's other line under the label, its date, ends no label's section); not tried (its
    # expert comment box after the text and its two writers closing it, "（佐伯遥、村瀬拓海）", are read since unseen116:
    # a box of advice after the text closes it)
    ("ja_jishin_sokuhou", "body_start"),
    # dev: a mainland news site's pictures in centred table cells, its credits in the caption line; not tried (its
    # headline, worded unlike its only title, is read since unseen95: they share pairs of characters)
    ("cn_baoyu_yujing", "attributions"),
    ("cn_baoyu_yujing", "images"),
    # (held: a "今できること" checklist box after the text, read as its end, is left out since unseen116, a box of advice
    # closing the text)
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _roles(record: dict) -> list[tuple[str, str]]:
    return [(a["role"], a["name"]) for a in record["attributions"]]


def test_a_note_that_the_story_will_be_updated_opens_no_text() -> None:
    """"This story will be updated as more information becomes available.", "※この記事は随時更新します。", "持續更新…"
    over the text: notes on the story's updates, as "Update, March 5: …" is."""
    note = "<p><em>This story will be updated as more information becomes available.</em></p>"
    assert _extract(_page(note + _TEXT))["body"].startswith("The council voted")
    ja = "".join(f"<p>　停滞する梅雨前線の影響で、県南部は未明から局地的に猛烈な雨が降った。避難指示が出された。第{n}段落。</p>"
                 for n in range(1, 6))
    record = _extract(_page("<p>※この記事は随時更新します。</p><p>【16:10更新】避難所の開設状況を追加しました。</p>" + ja,
                            lang="ja", h1="県南部で記録的大雨　3町村に避難指示"))
    assert record["body"].startswith("停滞する梅雨前線")


def test_a_map_credited_without_separator_and_a_closing_with_line_in_a_box() -> None:
    """"Carte Météo-France" credits the agency, as "Foto ANSA" does; "— with AAP" in a ``<div>`` of its own after the
    text's box credits the agency, as the same line in a paragraph does."""
    figure = ("<figure><img src='/img/carte.png' width='800' height='600'><figcaption>La carte de vigilance pour la "
              "journée du mercredi 13 août. <span class='credit'>Carte Météo-France</span></figcaption></figure>")
    images = _extract(_page(figure + _TEXT, lang="fr"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("La carte de vigilance pour la journée du mercredi 13 août.",
                                                             "Météo-France")]
    html = ("<html><head><title>Fire update</title></head><body><article><h1>Residents told to leave as fire jumps "
            f"lines</h1><div class='story'><div id='story-body'>{_TEXT}</div><div data-testid='story-credit'>— with AAP"
            "</div></div></article></body></html>")
    record = _extract(html)
    assert record["body"].endswith("where it was last year.")
    assert ("contributor", "AAP") in _roles(record)


def test_an_outlets_country_before_it_is_no_part_of_its_name() -> None:
    """"韓国の聯合ニュースによりますと": the outlet, without the country named before it."""
    assert _sources("韓国の聯合ニュースによりますと、台風は13日以降、済州島に接近する可能性があるということです。", "ja") == \
        ["聯合ニュース"]
