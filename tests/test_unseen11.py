"""An eleventh held-out round of pages imitating publishing systems (issue 9): news sites, magazines
and blogs not imitated before, in English (Indian, British, Australian, a developer blog), German
(Swiss), French, Chinese, Japanese, Korean, Argentine Spanish and Brazilian Portuguese. The held-out
pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the
single held-out score), BEFORE any rule of the round, so the held-out score measures the extractor
as it stood.

Each page in ``fixtures/unseen11`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains:

- ndtv: an Indian broadcaster's news page (``sp-ttl`` headline, ``sp-descp`` summary, "Written by: NAME |
  Edited by: NAME | Updated: DATE IST", ``ins_instory_dv_cap`` captions "… (Photo: PTI)", inline
  "Read also |" boxes, topic tags, "More From Bangalore News");
- economist: a British weekly on a Next.js front end (hashed class names, ``data-test-id`` names, a
  rubric ``<h2>`` under the headline, no byline, "Mar 11th 2026 | Birmingham", a drop cap, credit-only
  captions "Photograph: Alamy" and "Chart: The Economist", the ending ornament, "This article appeared
  in the … section of the print edition", "More from Britain");
- nzz: a Swiss daily (``headline__title``, ``headline__lead``, ``metainfo__item--author``, "11.03.2026,
  05.30 Uhr", ``image__caption-text`` and ``image__caption-source``, a "Passend zum Artikel" link box
  inside the text, author box, newsletter box, "Neueste Artikel");
- numerama: a French tech magazine on WordPress (chapo in the header, "Publié le … à 14h30", captions
  "… // Source : NAME pour Numerama", "À lire aussi :" paragraphs, "suivez Numerama sur Google News",
  "Tout sur :", "Les dernières actualités de Vroom", comments for subscribers);
- sohu: a Chinese portal's account page (the account "钱江晚报" in a side profile with its own latest
  articles, "发布于：浙江省", a hidden "原标题", the reporters' line "钱江晚报·小时新闻记者 NAME NAME" as the
  first paragraph, a centred grey "…。记者 NAME 摄" caption line, "相关阅读：" links, "返回搜狐，查看更多",
  the platform's statement, "责任编辑：", "推荐阅读");
- livedoor: a Japanese ramen blog on livedoor Blog (the blog's name as ``<h1>``, the post's title an
  ``<h2>``, text as lines with ``<br>``, captions as the line after a linked picture, shop details,
  a ranking banner, ``<li class="author">`` in the footer, "関連記事", comments, "最新記事");
- clarin: an Argentine daily (volanta, ``storyTitle``, ``storySummary``, ``authorName``, "11/03/2026
  18:45" and "Actualizado al …", captions with "Foto: NAME" in a ``credit`` span, "Mirá también" boxes,
  "Sobre la firma", "Tags relacionados", newsletter and comments boxes, "Lo más leído");
- tistory: a Korean travel blog on Tistory (``og.article.author``, "by NAME", "2026. 3. 11. 20:14",
  ``imageblock`` figures with captions, empty ``&nbsp;`` paragraphs, a 공감 button row, "'국내여행'
  카테고리의 다른 글" (the category's latest posts), "관련글" cards, comments, sidebar lists);
- smh (held out): an Australian daily on Nine's React front end (``data-testid`` names, "By NAME and NAME",
  "Updated March 11, 2026 — 8.47am, first published at 5.00am" while the declared time is the previous
  day in UTC, captions with ``<cite>Credit: NAME</cite>``, "Related Article" asides, a newsletter line
  in italics closing the text, "License this article", author profile, "Most Viewed");
- hashnode (held out): an engineering blog on Hashnode (Tailwind classes, cover image, subtitle ``<h2>``,
  the author link and "Mar 11, 2026 · 6 min read", a table of contents, code blocks, pictures captioned by
  an italic line below, newsletter box, "Written by" card, "More articles" (the blog's latest posts));
- yomiuri (held out): a Japanese daily (``c-article-title``, "2026/03/11 05:00", a "【ロンドン＝NAME】"
  dateline naming the correspondent, a caption "…（９日、ロンドン中心部で）＝NAME撮影", "あわせて読みたい"
  inside the text, a subscription notice, "国際の新着記事", ranking);
- folha (held out): a Brazilian daily (kicker, ``c-content-head__title`` and subtitle, ``c-signature__author``
  with the city, "11.mar.2026 às 17h30", captions "… - NAME/Folhapress", a "Leia também" list inside the
  text, subscription and newsletter boxes, "Últimas em Cotidiano").

``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): ndtv, economist, nzz, numerama, sohu, livedoor, clarin, tistory;
- held out (scored once, blind, before any rule of the round): smh, hashnode, yomiuri, folha.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=1.000 body_end=0.750 related=1.000 attributions=0.917 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=0.750 date=1.000 body_start=0.625 body_end=0.750
  related=0.875 attributions=0.740 images=0.750. The three body_start failures were expectations shorter than the
  scorer's 40 characters (livedoor, sohu, tistory: the extractor's start was right); lengthened, body_start=1.000
  with no code change. After the dev rules (see "Eleventh held-out round" in docs/extraction-design.md), every
  field 1.000;
- held out, after the dev rules: the same as the blind score (no dev rule touched a held-out failure); after the
  one held-out kind fixed by rule (a newsletter pitch closing on "Sign up for our … newsletter."): headline=1.000
  authors=0.750 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=0.917 images=1.000.

sohu's expected related links were given its "推荐阅读" list (recommended reading, a teaser label of earlier rounds,
``hints.TEASER_TEXT``) after the first dev run, before any rule on the page; the expectation had left it out.

``tests/unseen_score.py unseen11`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen11"


#: (page, field) pairs still wrong, each a kind not fixed yet.
# (held out: a Japanese dateline naming the correspondent after the place, "【ロンドン＝中島健太】…", was mended in
# round 74, ``authors.correspondents_in_text``: see tests/test_unseen74.py on the bench Yomiuri pages)
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
