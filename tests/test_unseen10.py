"""A tenth held-out round of pages imitating publishing systems (issue 9): the long tail of
off-the-shelf systems that small and mid-sized news sites, magazines and blogs run on, in English,
German, Italian, French, Spanish, Japanese and Chinese. The held-out pages are scored blind (no test
runs on them, and no field of theirs is seen failing, before the single held-out score), BEFORE any
rule of the round, so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen10`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains:

- tagdiv: a WordPress local paper on tagDiv's "Newspaper" theme (td-post-header, "By NAME - DATE",
  views and comment counts, featured image with ``wp-caption-text`` "Photo by NAME", a
  ``[caption]`` box with a lazy ``data-src`` image and "(Photo courtesy of …)", an inline ad,
  TAGS, previous/next article, author box, "RELATED ARTICLES / MORE FROM AUTHOR" grid with
  thumbnails, comments, "Popular Posts" and archives widgets, cookie bar);
- jannah: a WordPress business site on TieLabs' Jannah theme (a sub-title ``<h2>`` under the
  headline, a relative date "2 days ago", the theme's JSON-LD, a camera-icon caption
  "Photo: NAME/OUTLET", tag cloud, about-author box, prev/next thumbnails, "Related Articles" with
  lazy thumbnails, a "Popular Now" widget, newsletter box);
- typo3: a German town's press release on TYPO3 with the news extension (the page's ``<h1>`` is the
  section "Pressemitteilungen", the article's headline an ``<h3>``, "Autor: NAME", a teaser-text
  box, ``news-img-caption`` and ``ce-textpic`` content elements with "Foto: NAME", a press contact
  in ``ce-bodytext``, "Verwandte Nachrichten", "Zugehörige Dateien", "Zurück");
- joomla: an Italian local daily on Joomla com_content ("Scritto da NAME", "Pubblicato: 11 Marzo
  2026", "Visite: N", the headline an ``<h2>``, the full-text image's caption in its ``title`` for
  caption.js, ``<p><img><br><em>caption (foto di NAME)</em></p>``, Precedente/Successivo,
  "Articoli correlati" / "Ultime notizie" / "I più letti" modules, Disqus);
- spip: a French commune's site on SPIP (cartouche with surtitre, "par NAME", chapo, a document
  with title, descriptive and "© NAME" credits, post-scriptum, "Voir en ligne", attached documents,
  forum form, "Dans la même rubrique" in the aside, tarteaucitron banner);
- canalblog: a French recipe blog on Canalblog (the blog's name as ``<h1>``, the post's title an
  ``<h3>``, date header, captions as centred ``<em>`` lines and text after ``<br>``, "À lire aussi
  sur le blog", "Posté par NAME à HH:MM" after the text, comments, sidebar boxes);
- hatena: a Japanese hiking blog on Hatena Blog (entry-header date, the nickname as author in the
  entry footer, fotolife figures with captions, a table of contents, an Amazon box, "この記事を書いた人",
  "関連記事" module, 人気記事 and archive modules);
- ameba: a Japanese parenting blog on Ameba (text as ``<div>`` lines with ``<div><br></div>`` gaps,
  a "↑" caption under a picture, "▼前回の記事はこちら", 同じテーマ「…」の記事, a PR box, profile and
  latest-posts widgets);
- csdn: a Chinese programming blog on CSDN ("于 DATE 发布" and "最新推荐文章于 DATE 发布", 阅读量,
  "版权声明：本文为博主原创文章", markdown view with code, "在这里插入图片描述" alt texts, a centred
  "图：…" line, 相关推荐 with a download item, hot and latest articles);
- wix: a garden designer's blog on Wix (hashed class names, ``data-hook`` names, "Mar 11" with
  no year, Ricos image viewer captions, tags, share buttons, "Related Posts", comments);
- static: a Spanish weekly's hand-made static HTML in tables (ISO-8859-1, the edition's date in the
  masthead, "Texto: NAME" and "Place, DATE" in a firma paragraph, a "pie" caption with
  "Foto: NAME", a caption in italics with a separate "Foto: NAME" paragraph, "Noticias
  relacionadas", "Otras noticias");
- mailchimp: a local newsletter's Mailchimp campaign archive page (archive bar, hidden preview
  text, nested tables, "Issue #84 · DATE · By NAME", a caption block "Photo: NAME", sign-off,
  support button, the list's footer).

``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): tagdiv, jannah, joomla, canalblog, ameba, csdn, static,
  mailchimp;
- held out (scored once, blind, before any rule of the round): typo3, spip, hatena, wix.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=1.000 body_end=0.750 related=0.500 attributions=0.667 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=0.458 date=0.750 body_start=0.875 body_end=1.000
  related=0.125 attributions=0.333 images=0.188; after the dev rules (see "Tenth held-out round" in
  docs/extraction-design.md): headline=1.000 authors=0.875 date=0.875 body_start=1.000 body_end=1.000
  related=0.750 attributions=0.875 images=0.875;
- held out, after the dev rules: the same as the blind score (no dev rule touched a held-out failure); after
  the two held-out kinds fixed by rule (a Wix blog: an image inside an address-less custom element, a
  ``data-hook`` caption, a "Related Posts" label beside "See All" over cards whose headlines sit inside their
  links): headline=1.000 authors=0.750 date=1.000 body_start=1.000 body_end=0.750 related=0.750
  attributions=0.750 images=1.000.

When this round was merged with the ninth, spip's expected related links (the aside's "Dans la même
rubrique", the section's latest stories) were emptied: the ninth round had decided, on Libération's list of
the same name, that a section's latest stories are no teasers of the article (see test_kinds_round9). The
blind held-out related score above counts them as expected.

tagdiv's expected credit "Photo courtesy of NAME" was changed (before any rule) to "Courtesy of NAME", the
convention the extractor and earlier rounds keep for such credits.

``tests/unseen_score.py unseen10`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen10"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
}


test_page_field = field_test(SET, KNOWN_FAILURES)
