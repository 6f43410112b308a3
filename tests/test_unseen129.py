"""A hundred-and-twenty-ninth held-out round of pages imitating publishing systems (issue 9): gardens, parks and
urban nature: a UK local paper's park or allotment story, a US metro site's street trees story, a German regional
paper's garden or park story, a French daily's park or garden story, a Japanese national daily's park story, a
Japanese web medium's flower or garden feature, a mainland portal's park story, a Taiwanese site's garden or flower
show story; held out: a New Zealand site's garden or reserve story, an Austrian site's park story, a Japanese regional
paper's green space story, a Hong Kong outlet's country park story.

As in unseen71 to unseen128, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the event and
tips boxes park stories carry:

- uk_park_news: an allotment waiting list on a UK local paper's pages (a kicker, a sub-title standfirst, "(Image: X)"
  credits, a "Read More" box and a newsletter box in the text, "As the X Gazette first reported", an "Info:" box);
- us_trees_news: street trees felled on a US metro site's Next.js pages (a dek in an ``<h2>``, the lead picture before
  "By A and B | Staff writers", "RELATED:" lines, a tips box in the text, "The Associated Press contributed to this
  report." closing it);
- de_garten_news: an allotment waiting list on a German regional paper's Next.js pages ("Lindenstadt." opening the text,
  "Mitarbeit: NAME" set apart, an "Info:" box and a tips box with its own "Quelle:" line);
- fr_jardin_news: a park closing for two years on a French daily's pages (« » with no-break spaces in the headline,
  "Par A (Bordeaux, correspondante) et B, avec AFP", capital credits, "Comme l’a révélé La Gazette de la Rive droite");
- ja_koen_news: a park's redesign on a national daily's Next.js pages (a paid badge, two writers' cards, "＝…、NAME撮影"
  captions, a paywalled part of the text, "地元紙の多摩日報によると");
- ja_hana_web: a botanic garden's blue poppies on a WordPress web medium (the editorial staff declared as writer, a
  summary box and a table of contents over the text, "監修：樹木医・園芸研究家　NAME", an event table after it);
- cn_gongyuan_news: a park closing on a portal's pages (a "摘要" box over the text's box, "X讯（记者 NAME NAME）" opening the
  text, "NAME 摄" captions, editors' lines after it);
- tw_huayuan_news: a flower show on a Taiwanese site's pages (the organisation declared as writer, "記者NAME／台中報導"
  opening the text's box, "▲…（圖／記者NAME攝）" captions, "►" links in the text, a tips box after it);
- held out: nz_garden_news (a ``<title>`` alone: "Local Democracy Reporter·Northland Courier·" after the name, "Photo /
  X" credits, a funder's note closing the text's box), at_park_news (a ``<title>`` alone: "23. Jänner 2026", an "Info:"
  box in a Drupal paragraph after the text, "(NAME, NAME, 23.1.2026)"), ja_ryokuchi_chiho (a ``<title>`` alone, an old
  table layout: the headline in ``<font>``, "（岡田悠人）" closing the text, a "【メモ】" box after it, "北浜テレビが先月報じた"),
  hk_gongyuan_news (a ``<title>`` alone, hashed classes: "撰文：NAME", "出版：…　更新：…", "（NAME攝）", "延伸閱讀：" links in
  the text, a tips box after it).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). No expectation was mended.

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_park_news, us_trees_news, de_garten_news, fr_jardin_news, ja_koen_news,
  ja_hana_web, cn_gongyuan_news, tw_huayuan_news;
- held out (scored once, blind, before any rule of the round): nz_garden_news, at_park_news, ja_ryokuchi_chiho,
  hk_gongyuan_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``), taken with the
code of the commit after unseen128 (its rules from ja_kyotei_chiho's miss; without them the same figures):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=0.964 images=1.000 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.000 date=0.500 body_start=0.500 body_end=0.000; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=0.875 body_end=1.000
  related=1.000 attributions=0.932 images=1.000;
- after the blind score, rules from at_park_news's and ja_ryokuchi_chiho's misses: a Drupal paragraph's type naming
  furniture ("paragraph--type-infobox"), a word of when between a broadcaster and its verb ("北浜テレビが先月報じた");
- dev and held out after the rules (see "Hundred-and-twenty-ninth held-out round" in docs/extraction-design.md):
  1.000 in every field.

``tests/unseen_score.py unseen129`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen129"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_summary_labelled_before_its_paragraph_and_a_drupal_info_box() -> None:
    """"<div class='post_digest'><span>摘要</span><p>…</p></div>" over the text's box (the label in the element right
    before the paragraph) sums the story up, no opening of the text; "<div class='paragraph
    paragraph--type-infobox'>" after the last paragraph is a box of facts (Drupal's paragraphs: each of a text's parts
    a "paragraph", its type what it is), no end of the text."""
    text = "".join(f"<p>海淀区园林绿化局发布通告，玉泉湖公园将于4月1日起全园闭园，实施建园以来规模最大的一次改造提升，第{n}段。</p>"
                   for n in range(5))
    digest = ("<div class='post_digest'><span class='post_digest_label'>摘要</span>"
              "<p>改造将拆除湖心岛上的硬质广场、恢复约1.6公顷的浅滩湿地，并新增三处无障碍出入口。</p></div>")
    html = article_page(text, head=digest, lang="zh-CN", title="玉泉湖公园闭园改造", h1="玉泉湖公园4月1日起闭园改造")
    assert _extract(html)["body"].startswith("海淀区园林绿化局发布通告")
    text = "".join(f"<p>Der Hadersfeldpark in Favoriten wird ab Februar umgebaut, 27 Bäume werden gefällt, Teil {n}."
                   "</p>" for n in range(5))
    info = ("<div class='paragraph paragraph--type-infobox'><h4>Info: Hadersfeldpark während des Umbaus</h4>"
            "<p>Der Park bleibt in Etappen geöffnet, der Spielplatz an der Quellenstraße ist bis Sommer nutzbar.</p>"
            "</div>")
    body = _extract(article_page(text + info, lang="de"))["body"]
    assert body.endswith("Teil 4.")


def test_outlets_and_supervisors_of_park_stories() -> None:
    """"La Gazette de la Rive droite" (a place's name after "de la" going on in lower case); "北浜テレビが先月報じた" (a
    word of when between the broadcaster and its verb); "監修：樹木医・園芸研究家　NAME" (two titles of a profession joined
    by "・" before the name) names a contributor."""
    assert _sources("Comme l’a révélé La Gazette de la Rive droite, le document recommandait aussi de couper six "
                    "platanes.", "fr") == ["La Gazette de la Rive droite"]
    assert _sources("Comme l’a révélé L'Écho de la Loire en mai, le document recommandait.", "fr") \
        == ["L'Écho de la Loire"]
    assert _sources("北浜テレビが先月報じたところでは、会は市議会にも同様の陳情書を提出している。", "ja") == ["北浜テレビ"]
    text = "".join(f"<p>みずほ台植物園で、ヒマラヤの青いケシが見頃を迎えている。高温に弱く、栽培は難しいとされる。第{n}段落。</p>"
                   for n in range(5))
    html = article_page(text + "<p class='has-small-font-size'>監修：樹木医・園芸研究家　野々村 恵</p>", lang="ja",
                        title="青いケシが見頃", h1="幻の青いケシ、植物園で見頃に")
    assert ["contributor", "野々村 恵"] in _pairs(_extract(html))
