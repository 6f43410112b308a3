"""A hundred-and-seventeenth held-out round of pages imitating publishing systems (issue 9): aviation, airports and
airlines: a US paper's airline story, a UK national paper's airport story, a German regional paper's airport story, a
French news site's air travel story, a Japanese web medium's airport article, a Japanese national daily's airline
story, a mainland portal's flights story, a Taiwanese paper's airport story; held out: a Canadian site's aviation
story, a Swiss paper's aviation page, a Japanese regional paper's flight story, a Hong Kong outlet's aviation story.

As in unseen71 to unseen116, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- us_airline_news: a strike on Arc XP pages (an "UPDATE, 5:40 p.m.:" note in the text's box, "(Photo: X)", a
  cancellation table, a "What are my rights?" box, "as first reported by the trade newsletter X", "Reuters contributed
  to this report." as the last paragraph);
- uk_airport_news: a runway approval on hashed-class pages (a standfirst with links, "NAME *Transport correspondent*
  and NAME", "Photograph: X/PA", "as the X Clarion first reported", an amendment note after the text);
- de_flughafen_news: Fluglärm on a regional paper's pages ("WAZ+", "Artikel anhören", "Lesen Sie auch:" lines, a
  "Nachtrag" in the text, a fact box, "Wie die „X“ zuerst berichtet hatte", "mit dpa" after the text);
- fr_aerien_news: a strike on a news site's pages (a chapô in an ``<h2>``, "avec AFP", a "Mise à jour" note and a
  summary over the text, "Selon le site spécialisé X & Y", "— Photo : X");
- ja_kuko_web: a terminal expansion on Next.js ("写真：X提供", a summary box and a 目次, "撮影：NAME", "X日報が先月報じた");
- ja_koku_news: cancellations on a national daily's pages (the company declared as author, "…、NAME撮影" with a gallery
  link in the figure, a Q&A box, "コメントプラス");
- cn_hangban_news: a typhoon on a portal's pages ("新京晚报讯（记者 NAME）", "NAME 摄", "图片来源：视觉中国", "本文来源：X");
- tw_jichang_news: a runway closure on a Taiwanese daily's pages ("聯合日報／ 記者NAME、NAME／中港即時報導", "圖／X提供",
  "《X》雜誌率先披露");
- held out: ca_aviation_news (a ``<title>`` alone: a summary list over the text, "(X Airport)", "With files from X and
  NAME" set apart after it), ch_luftfahrt_news (a ``<title>`` alone: kicker and title in one ``<h1>``, "AP 642" a
  flight,
  "Wie zuerst das Aviatikportal «X» berichtete", "Mit Material der Nachrichtenagentur SDA."), ja_hikoki_chiho (a
  ``<title>`` alone, an old table layout: the date cell beside the section's icon in the row over the ``<h2>``,
  "（社会部・NAME）", "白峰テレビが報じた"), hk_hangkong_news (a ``<title>`` alone: "撰文：NAME", "【更新】", "（X圖片）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). One dev expectation was mended after the dev score, by
a convention already written: cn_hangban_news's "本文来源：新京晚报" had been left out, but a portal's source line names the
paper as source (as unseen114's cn_meishi_news).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_airline_news, uk_airport_news, de_flughafen_news, fr_aerien_news,
  ja_kuko_web, ja_koku_news, cn_hangban_news, tw_jichang_news;
- held out (scored once, blind, before any rule of the round): ca_aviation_news, ch_luftfahrt_news, ja_hikoki_chiho,
  hk_hangkong_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=0.750 body_start=1.000
  body_end=0.750 related=1.000 attributions=0.977 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.417 date=0.750 body_start=0.000 body_end=0.500; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.890 images=0.875;
- dev and held out after the rules (see "Hundred-and-seventeenth held-out round" in docs/extraction-design.md): 1.000
  in every field but the known failures below.

``tests/unseen_score.py unseen117`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen117"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # ("mit dpa" alone in lower case after the text, a known failure here, credits dpa since unseen136: known agencies
    # only, so "Mit Kind und Kegel" names nobody)
    # (dev: a gallery's count in the picture's figure, "<span>写真・図版一覧（2枚）</span>", read as its credit: no credit
    # nor caption words since unseen141's rule of a caption's control in a span of its own)
    # held: "With files from X and NAME" set apart in its own box after the text, kept as the text's last line (one
    # character past what the scorer allows after the expected last paragraph); not tried
    ("ca_aviation_news", "body_end"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_outlets_cited_in_aviation_stories() -> None:
    """"as first reported by the trade newsletter X" (a newsletter is a medium); "Wie zuerst das Aviatikportal «X»
    berichtete" (a portal, a neuter noun); "Selon le site spécialisé X & Y" (a specialist site, its name joined by
    "&"); "北湊日報が先月報じた" (when, bare, before the verb)."""
    assert _sources("The board released the two sides on March 13, as first reported by the trade newsletter Runway "
                    "Ledger, setting up Tuesday’s deadline.") == ["Runway Ledger"]
    assert _sources("Wie zuerst das Aviatikportal «Flugblatt Schweiz» berichtete, prüft die Behörde den Fall.", "de") \
        == ["Flugblatt Schweiz"]
    assert _sources("Selon le site spécialisé Air & Cabine, l’aviation civile envisage de prolonger ses demandes "
                    "d’annulation.", "fr") == ["Air & Cabine"]
    assert _sources("夜間便の拡大を巡っては、北湊日報が先月報じた。住民の反発が強い。", "ja") == ["北湊日報"]


def test_a_date_row_beside_its_sections_icon() -> None:
    """An old table layout's date cell beside the section's icon ("<td><img src='icon_shakai.gif' width='48'
    height='16'></td><td>2026/03/13 20:45</td>") in the row over the headline dates the story: an icon is no picture
    whose line dates what it shows."""
    text = "".join(f"<p>13日午後4時10分ごろ、東京発白峰行きの旅客機がエンジンの異常表示で緊急着陸した。第{n}段落。</p>"
                   for n in range(5))
    html = ("<html lang='ja'><head><title>北陵新報</title></head><body><table><tr><td><img src='/img/icon_shakai.gif' "
            "alt='社会' width='48' height='16'></td><td class='detail_date'>2026/03/13 20:45　<span>（更新 2026/03/14 "
            "07:02）</span></td></tr><tr><td colspan='2'><h2 class='detail_title'>白峰空港で旅客機が緊急着陸　乗客乗員68人に"
            f"けがなし</h2></td></tr><tr><td colspan='2'>{text}</td></tr></table></body></html>")
    assert _extract(html, "https://www.hokuryo.example/news/detail.php?id=58213")["published"][:10] == "2026-03-13"
