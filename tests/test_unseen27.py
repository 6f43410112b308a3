"""A twenty-seventh held-out round of pages imitating publishing systems (issue 9): blogs and blog platforms not
imitated before, in English, Japanese, Chinese, French and German (a personal WordPress blog on the Kadence theme, a
HubSpot company blog, a Webflow company blog, a Pelican static blog, a Typepad blog; Zenn and an FC2 blog; Jianshu,
cnblogs and Juejin; a French travel blog on GeneratePress with Jetpack, a German garden blog on Astra with affiliate
links). The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the
single held-out score), BEFORE any rule of the round, so the held-out score measures the extractor as it stood. The
round's focus: the ways pages name their writers and the ways the text opens.

Each page in ``fixtures/unseen27`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- kadence: a personal garden blog on WordPress with the Kadence theme ("Posted on March 11, 2026 by NAME", the
  login name "maggiet" as Yoast's declared author and ``meta author``, an italic affiliate disclosure as the text's
  first paragraph, a table of contents, "Photo: NAME" closing a caption, an inline "You might also like:", an author
  box, previous/next links, "Similar Posts" cards with their own bylines, comments, "Recent Posts" and "Archives");
- hubspot (held out): a HubSpot company blog ("Written by: NAME" with avatar and job title, "Published: 3/11/26", a
  CTA image box opening the rich text, an "Image Source" line, an inline "Related:" link, "Related Articles" cards
  with "Written by: NAME", "Popular posts" and a subscribe box);
- webflow: a Webflow company blog (the writer a bare ``div`` beside an avatar, "Mar 11, 2026 · 6 min read", the
  organisation as the declared author with "Mar 11, 2026" as ``datePublished``, an "On this page" list, a rich-text
  block, a CTA card, an author card, "More from the blog" cards with authors, a newsletter box);
- pelican: a Pelican static blog ("Posted by NAME on Wed 11 March 2026" under an ``h2`` title, the initials "jf" as
  ``meta author``, "Category:"/"Tags:" lines opening the text's box, code blocks, a licence line, previous/next
  links, webmention replies, a blogroll);
- typepad: a Typepad blog (a date heading above the ``h3`` post title, the blog's name as the ``h1``, the text split
  into ``entry-body`` and ``entry-more``, "Posted by NAME at 05:30 PM in … | Permalink | Comments (3)" after the
  text, "Posted by: NAME | DATE" under each comment, "Recent Posts" and "Archives");
- zenn (held out): Zenn (the user name as the declared author, the display name beside the avatar, "2026/03/11に公開",
  a "!" message box and a heading "はじめに" opening the text, a Publication, "バッジを贈る", "Discussion",
  "こちらの記事もおすすめ" cards with their writers);
- fc2: an FC2 blog (a date header "2026年03月11日" above an ``h2`` title, text in ``<br>`` lines, an inline
  "関連記事" list, "にほんブログ村" banners, "投稿者 : NAME" in the entry footer with "カテゴリ：…", "コメント(0)",
  "トラックバック(0)", a profile "Author:NAME");
- jianshu: Jianshu ("NAME 关注 … 2026.03.11 17:30:00 字数 1,234 阅读 567", a contest notice as a quote opening the
  text, "image-caption" captions without a credit, a closing call to like and follow after a rule, "被以下专题收入",
  "推荐阅读" cards with their writers, comments, the writer's other posts in the side column);
- cnblogs (held out): cnblogs (the blog's title as the ``h1`` above the post title, "posted @ 2026-03-11 17:30 NAME
  阅读(567) 评论(3)" after the text, the signature "本文来自博客园，作者：NAME，转载请注明原文链接：…", previous/next
  links, comments, "【推荐】" ads, "相关博文：" and "阅读排行：" boxes, the side "随笔分类");
- juejin: Juejin (a Nuxt page, "NAME 2026-03-11 1,234 阅读5分钟", "专栏：", "本文已参与「新人创作礼」活动…" opening the
  text, a "相关推荐" list with its writers, comments, "相关文章" in the side column, the author card in the side column);
- wpfr (held out): a French travel blog on GeneratePress ("Publié le 13 mars 2026 11 mars 2026 par NAME", the updated
  time first, the first name as the declared author, an "ez-toc" "Sommaire" opening the text, "© NAME" closing a
  caption, an inline "À lire aussi :", a "Publicité" slot, Jetpack's "Articles similaires", "Un commentaire",
  "Articles récents");
- affiliatede: a German garden blog on Astra ("Veröffentlicht am 11. März 2026 von NAME" where the author link goes
  to a "redaktion" page, "Gartenglück Redaktion" as the declared author, a "Werbung | Dieser Beitrag enthält
  Affiliate-Links" notice opening the text, "(Foto: NAME)" closing a caption, an "Anzeige" slot, an affiliate product
  box, a "*Affiliate-Link: …" note closing the text, YARPP's "Ähnliche Beiträge", comments, "Neueste Beiträge").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the blog's
writer as the byline names them (not a login name, initials or an organisation declared in the structured data);
disclosures ("This post contains affiliate links…", "Werbung | …", "*Affiliate-Link: …"), contest and activity
notices ("本文参加…征文活动", "本文已参与「…」活动"), message boxes, tables of contents, headings and closing calls to like
and follow are no body; a blog signature after the text ("本文来自博客园，作者：…") is no body; related-post boxes
("Similar Posts", "Related Articles", "Articles similaires", "Ähnliche Beiträge", "こちらの記事もおすすめ", "相关推荐",
"推荐阅读", "相关博文", "相关文章" in the side column, "関連記事") and inline related links are teasers; "More from the
blog" (a label naming the site: "More from Slate", conventions of earlier rounds), previous/next links, recent posts,
archives, "Popular posts" and "阅读排行" are none; photo credits in captions ("Photo: NAME", "© NAME", "(Foto: NAME)")
are photo attributions.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): kadence, webflow, pelican, typepad, fc2, jianshu, juejin, affiliatede;
- held out (scored once, blind, before any rule of the round): hubspot, zenn, cnblogs, wpfr.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.417 date=1.000
  body_start=0.750 body_end=1.000 related=0.500 attributions=0.542 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=0.500 body_end=0.875
  related=0.674 attributions=0.875 images=1.000;
- dev, after the dev rules (see "Twenty-seventh held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.986 attributions=1.000 images=1.000;
- held out, after the dev rules and the held-out kinds fixed by rule (a declared account or first name yielding to
  the printed name; a follow button beside the name): headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=0.500 attributions=1.000 images=1.000. The introduction-heading rule was written on a dev
  page (Juejin's "背景") after the held-out pages' failures had been listed (Zenn's "はじめに" among them).

``tests/unseen_score.py unseen27`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen27"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a side column's "相关文章" box (named related, in a sidebar that is no <aside>): its second card's link
    # ("Vite 插件开发入门" over "567点赞 · 31评论") is not taken; not fixed (one card's wording)
    ("juejin", "related"),
    # Zenn's "こちらの記事もおすすめ" cards: the label heads Yahoo! News' recommendations too, which round 5 decided are
    # no teasers; left out of the labels, so this page's related posts stay unfound
    ("zenn", "related"),
    # cnblogs' "相关博文：" box: the label and its links in one block, separated by <br> ("·TITLE<br>·TITLE"), outside
    # the text's column; not fixed (no time left in the round)
    ("cnblogs", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
