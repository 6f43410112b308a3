"""A thirty-sixth held-out round of pages imitating publishing systems (issue 9): Japanese, Chinese, Taiwanese and Hong
Kong web magazines outside the news majors, declaring little (none of the twelve declares its writer: eight declare
only the organisation, a desk or a partner outlet, and six declare no JSON-LD at all). The held-out pages are scored
blind (no test runs on them, and no field of theirs is seen failing, before the single held-out score), BEFORE any
rule of the round. The round's focus: bylines marked without byline class names, and the ways the text opens.

Each page in ``fixtures/unseen36`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- jp_lifehack: a Japanese lifestyle/tech web magazine carrying a US edition's piece (the organisation declared,
  "2026.03.11" and "NAME - Lifehacker US" linked to the writer's page, "Image: Shutterstock" alone under the lead
  picture, "Image: NAME" closing a caption, two "あわせて読みたい" inline cards, "Source:", "Originally published by
  OUTLET [原文]" and "翻訳：NAME" closing the text, an author card, "おすすめ記事" cards with bylines);
- jp_ent: a Japanese entertainment news site on WordPress (a desk declared as a Person, "2026.03.11 17:30", "（写真＝NAME）"
  closing captions, a "【関連記事】" box inside the text, "（文＝NAME）" after the last sentence, a release box with a
  "■リンク" list of official URLs, "音楽の最新記事");
- jp_books: a Japanese book/culture web medium, no JSON-LD ("2026/3/11" above the title, the cover's caption naming the
  book, a full-width space in a ``<strong>`` opening the first paragraph, "文＝NAME" right-aligned after the text, a
  book box "著：NAME 出版社：…", "関連記事", "新着記事" with "文＝"/"取材・文＝" bylines);
- jp_outdoor (held out): a Japanese hobby/outdoor medium on Next.js (the organisation declared, "写真・文：NAME",
  "公開日：…　更新日：…", a lead paragraph in its own box then a table of contents before the text, "（写真提供：NAME）",
  an "あわせて読みたい" card, a "※記事の情報は…時点のものです" note, "この記事を書いた人" profile, "関連記事" cards
  with writers);
- jp_city: a city's regional web magazine, no JSON-LD (a plain ``<div class="meta">`` date, a drop-cap first letter in
  its own span, captions in a ``<span>`` after a ``<br>``, a shop box, "※掲載情報は…時点のものです", "取材・文：NAME
  撮影：NAME" closing, "こちらの記事もおすすめ", a writers' box in the side column);
- cn_design: a Chinese lifestyle and design medium, no JSON-LD (an excerpt under the title, "NAME 2026-03-11 17:30:00" as
  a bare name span and a date span, an ad, "图片来源：NAME" closing a caption, an inline "相关文章" box, "题图来自：AGENCY"
  closing the text, an author card, comments with relative dates, "热门文章" with writers and relative dates);
- cn_gaming: a Chinese gaming culture site, no JSON-LD ("作者 NAME" with the writer's counters, "2026/03/11", a subtitle,
  the text in Draft.js-like blocks opening on a picture "（图源：STUDIO）", an embedded "相关文章" card with its writer,
  "本文首发于作者个人博客，经授权转载。查看原文" closing, "相关文章" cards with writers, comments);
- cn_science (held out): a Chinese science-popularisation site, no JSON-LD (the organisation as ``meta name=author``,
  "作者：NAME" "编辑：NAME" and a date in spans, a "本文要点" summary box, "| 图片来源：NAME" in a caption, an inline
  "相关阅读", "参考文献", "题图来源：AGENCY", a copyright note, an author card, "相关文章" with writers);
- tw_commentary: a Taiwanese commentary site (the partner outlet declared as the writer and shown in the byline, a
  "我們想讓你知道的是" summary box, "文：NAME（TITLE）" opening the text's box, "Photo Credit: AGENCY", a bold "延伸閱讀："
  inline link and a "延伸閱讀" list, "本文經《OUTLET》授權轉載", a member promo, "核稿編輯：NAME");
- tw_overseas (held out): a Taiwanese overseas-experience site (the organisation declared, "作者" label then the linked
  writer, "2026-03-11", a bold first paragraph, "圖片來源：Shutterstock" and "圖片來源：作者提供" closing captions,
  "作者簡介", "推薦閱讀", "最新文章" cards with "作者 NAME");
- hk_culture (held out): a Hong Kong culture magazine on WordPress, no JSON-LD ("撰文：NAME　攝影：NAME" in one
  ``<div>``, "2026年3月11日", an intro box above the text, a pull quote inside it, "本文原刊於《…》第38期" note,
  "相關文章" with "撰文：" bylines, "最新文章" in the side column);
- cn_techblog: a company engineering team's Hexo blog, no JSON-LD (the team as ``meta name=author``, "作者：NAME、NAME |
  2026-03-11" as the text's first paragraph, a "导读：" summary in a blockquote, a "背景" heading, a code figure, "本文
  首发于公众号「…」，欢迎关注。" and a QR code closing, "相关阅读", Newer/Older links).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: summaries
("本文要点", "我們想讓你知道的是", "导读："), excerpts, subtitles and intro boxes above the text are no body (conventions:
a standfirst is not body); a lead paragraph followed by a table of contents (jp_outdoor) and a bold first paragraph
inside the text's box (tw_overseas) open the body; the byline line "文：NAME（…）" and "作者：… | DATE" are no body; a
"背景" heading is no sentence, the first paragraph under it opens the body; shop and book boxes, "※…時点のものです" notes,
references, "Source:"/"Originally published by"/translator lines, republication notes and "本文首发于…" are no body;
"Image: Shutterstock" credits the lead picture; a translator is a contributor, the US outlet the piece comes from a
source, and a partner outlet republished with its leave ("本文經《…》授權轉載") a source; editors ("编辑：", "核稿編輯：")
get no attribution (as in the earlier Chinese sets); "写真・文：NAME" credits the writer as photographer too; "作者提供"
names nobody (mended after the runs, see below); official links ("■リンク"), the section's latest, prev/next links, rankings and "おすすめ記事" cards are no
teasers; inline boxes and labelled related boxes ("あわせて読みたい", "【関連記事】", "関連記事", "こちらの記事もおすすめ"
(a per-article box right after the text; mended after the runs, see below), "相关文章", "相关阅读", "延伸閱讀", "推薦閱讀", "相關文章") are.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): jp_lifehack, jp_ent, jp_books, jp_city, cn_design, cn_gaming, tw_commentary,
  cn_techblog;
- held out (scored once, blind, before any rule of the round): jp_outdoor, cn_science, tw_overseas, hk_culture.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.500 date=1.000
  body_start=0.750 body_end=0.750 related=1.000 attributions=0.325 images=0.500;
- dev, before any rule of the round: headline=1.000 authors=0.500 date=1.000 body_start=0.875 body_end=0.875
  related=0.821 attributions=0.683 images=1.000;
- dev, after the dev rules (see "Thirty-sixth held-out round" in docs/extraction-design.md: a full-width colon after
  the "text by" label; "（文＝NAME）"; "NAME - EDITION"; a labelled digest "导读："; "音楽の最新記事"; "翻訳：NAME"; "题图来自：";
  republication notes), with jp_city's mended expectation below: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=0.875 related=0.875 attributions=0.989 images=1.000;
- dev, after one more dev rule (a post's prev/next pointers "« 前の記事：" / "次の記事：" are no teasers):
  headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=0.875 related=1.000 attributions=0.989
  images=1.000;
- dev, after a last dev rule (a facts table closing the text, "<th>住所</th><td>…</td>" rows under the shop's name,
  and "※掲載情報は…時点のものです" after it, are no body): headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=1.000 attributions=0.989 images=1.000;
- held out, after the held-out kinds fixed by rule ("写真・文：" and "撰文：" before the name; "（写真提供：NAME）"), with
  tw_overseas's mended expectation below: headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=0.750
  related=1.000 attributions=0.900 images=0.875;
- held out, after one more held-out kind fixed by rule ("写真・文：NAME" credits the writer with the pictures too):
  headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=0.750 related=1.000 attributions=0.950
  images=0.875;
- held out, after a last held-out kind fixed by rule (a captioned cover box right before the headline's box is the
  lead picture): headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=0.750 related=1.000
  attributions=1.000 images=1.000.

Two expectations were changed after the runs, each to follow a decision already written in docs/extraction-design.md:
jp_city's "こちらの記事もおすすめ" box after the article was first expected as teasers; the twenty-sixth round's
decision ('"こちらの記事もおすすめ" ... over cards after the article it heads the site's picks, as a bare "Recommended"
does') makes them none. tw_overseas's "圖片來源：作者提供" was first expected to name nobody; the decision '"X供图"
closing a Chinese caption ... "（受访者供图）": the supplier with 供图 is the credit' makes "作者提供" the credit. The blind
held-out figures above were scored against my first expectations.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=1.000 body_start=0.917 body_end=0.917 related=1.000 attributions=0.992 images=1.000 (the same known failures).

``tests/unseen_score.py unseen36`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen36"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # "Source: <a>Sleep Foundation</a>" under a translated piece (the studies it cites) is read as the source the story
    # came from; not tried: an English "Source:" line with a link is a source elsewhere (agencies, partners)
    ("jp_lifehack", "attributions"),
    # an intro box (div.article-intro) above the text, inside the text's box, read as the body's start: the known
    # kind of the last rounds (a subtitle / p.description / div.leadIn standfirst); not tried
    ("hk_culture", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
