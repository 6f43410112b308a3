"""A ninth held-out round of pages imitating publishing systems (issue 9): German, French, Chinese
and Japanese news sites and magazines not imitated before. The held-out pages are scored blind (no
test runs on them, and no field of theirs is seen failing, before the single held-out score), and
they are scored BEFORE any rule of the round, so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen9`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains: a German weekly's site (Die Zeit style: kicker and title in
spans of the ``<h1>``, a summary, "Eine Analyse von A und B", "© NAME/dpa" in a copyright span with a
zero-width space, an inline Z+ teaser, "Lesen Sie auch:", "Mehr zum Thema" after the article,
comments, "Meistgelesene Artikel"), a German daily on a CSS-in-JS front end (Süddeutsche style:
hashed class names, the headline in an ``<h2>`` with ``data-manual`` kicker and title, a teaser text,
the byline "Von A und B, Berlin" under the picture, "(Foto: NAME/dpa)" in the caption, an SZ Plus
inline teaser and a paywall stub), a German portal (t-online style: utility classes, ``data-testid``
kicker, "Aktualisiert am …", "Lesedauer", a bold intro in the text, "(Quelle: IMAGO/NAME)", "Lesen Sie
auch:", "Verwendete Quellen" listing the agencies, partner offers), an Ippen network paper (Merkur style:
kicker paragraph, "Von A, B", a lead text under the byline, "München –" opening the text, "© IMAGO/NAME"
credit spans, an in-article "Lesen Sie auch" recommendation, "(dg/kh mit dpa)", "Rubriklistenbild: ©
…", author boxes, an "Auch interessant" rail of unrelated stories), taz (kicker span, intro, bare
author links, "BERLIN taz |" opening the text, "Foto: NAME/imago" and "Bild: NAME/picture alliance" in
credit spans, an unlabelled inline commentary teaser, a donation box, author boxes, "mehr von NAME",
"Mehr zum Thema", topic tags), a French weekly (Le Point style: "Exclusif"/"Abonnés" labels, a chapo in
an ``<h2>``, "Par A et B" with only A declared, "© NAME / AFP" after the legend in one string, "À LIRE
AUSSI", a paywall), a French business daily (Les Échos style: styled-components classes, "Par A, B",
"(Photo : NAME / AFP)", a "Lire aussi :" box of two links, "(Avec AFP)", "Sur le même sujet", "Les plus
lus"), a French daily on Arc (Libération style: "par A, correspondante à X, et B", "(NAME/Hans Lucas pour
Libération)", a gallery, an "A lire aussi" box with its label in its own element, "Dans la même rubrique"
of other stories), a Chinese portal (Sina style: "原标题：", "中新网上海3月12日电（记者 A B）", "中新社记者
NAME 摄" in ``img_descr``, "（图片来源：视觉中国）" in a span of its own, "（完）", "责任编辑：", "相关新闻", "热门
推荐"), a Chinese portal on a React front end (ifeng style: hashed classes, "来自 OUTLET", "OUTLET｜记者 A
B" as the first paragraph, "（图片来源：视觉中国）" and "OUTLET记者 NAME 摄" in caption paragraphs, "相关阅读"
as a bold paragraph over a linked one, "编辑：", "[责任编辑：]", "大家都在看"), Xinhua (news.cn style:
"来源：新华社", "新华社广州…电（记者A、B）", captions in a centred ``<font color="navy">`` paragraph after
the picture's, "新华社记者 NAME 摄", "新华社发（X供图）", relative image addresses, "相关新闻", "热点推荐")
and a Japanese national daily (Mainichi style: "2026/3/12 18:30（最終更新 3/12 19:02）", writers linked
to journalist pages, "…＝PLACE で DATE、NAME撮影" with a "写真一覧" link in the caption, "（写真はイメージ）
＝ゲッティ", a "関連記事" box inside the text, a paywall "残り1023文字", rankings).
``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the body's
first and last sentence, the related-article teasers' URLs, the attributions as ``(role, name)`` and
the images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): zeit, sz, ippen, taz, lepoint, liberation, sina, xinhua;
- held out (scored once, blind, before any rule of the round): tonline, lesechos, ifeng, mainichi
  (one German, one French, one Chinese, one Japanese).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=0.500 date=1.000
  body_start=0.750 body_end=0.750 related=1.000 attributions=0.450 images=0.500;
- dev, before any rule of the round: headline=0.625 authors=0.958 date=1.000 body_start=0.750 body_end=0.625
  related=0.831 attributions=0.905 images=0.875; after the dev rules (see the "Ninth held-out round" of
  docs/extraction-design.md): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=0.925 attributions=1.000 images=1.000;
- held out, after the dev rules: headline=0.750 authors=0.500 date=1.000 body_start=0.750 body_end=0.750
  related=1.000 attributions=0.637 images=0.750; after the rules for the kinds the held-out pages revealed
  (t-online: a kicker named by ``data-testid``, a date line closing with a reading time, a list of sources;
  Mainichi: writers linked by id with Japanese names, a gallery link in the caption, "＝ゲッティ"; ifeng:
  "OUTLET｜记者 A B"): every field 1.000.

Expected values decided after the first dev run: the headlines of zeit, sz and taz keep the kicker that their
``<h1>`` prints in a span and that their declared titles also print ("Wärmepumpen: Koalition einigt sich ...");
the pages were first written with the kicker left out, as FAZ's in the fourth round (whose declared title leaves
it out). The design's rule and the meta benchmark's labels agree on keeping it (dropping such kickers costs meta
head exact 0.979 -> 0.972), and the publisher's own headline, read aloud with its hidden colon, is the whole.

``tests/unseen_score.py unseen9`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen9"


#: (page, field) pairs still wrong, each a kind not fixed yet (see the report in the commit log).
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a rail of unrelated stories under a teaser label ("Auch interessant": a discounter, a horoscope, football)
    # after the article is taken as its teasers; the label reads like a related box's, only the stories' topics differ
    # (a rule by the stories' sections was tried later and dropped: docs/extraction-design.md, "Known failures
    # left after that session")
    ("ippen", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
