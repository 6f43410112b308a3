"""A fourteenth held-out round of pages imitating publishing systems (issue 9): Japanese, German, French and
Chinese sites not imitated before (a wire service, a tech news site, a weekly magazine, a developer platform; a
Berlin daily, a commercial TV news site, an international broadcaster; an international news channel, a regional
daily; a Taiwanese daily, a tech/business media site, a Hong Kong outlet). The held-out pages are scored blind (no
test runs on them, and no field of theirs is seen failing, before the single held-out score), BEFORE any rule of
the round, so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen14`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains:

- jiji: a Japanese wire service's news site (no byline, "2026年03月11日18時30分", the agency as the JSON-LD author
  organisation, captions "…＝11日、東京都千代田区（代表撮影）" and "…＝東京都内【時事通信社】", the text closing on
  "（2026/03/11-18:30）", "関連記事", the section's latest stories, ranking);
- itmedia (held out): a Japanese tech news site ("[NAME，ITmedia]", "2026年03月11日 12時00分 公開", an abstract
  ``<h2>`` over the text, a ``<small>`` caption "…（出典：NTT）", an inline "関連記事" box, "次のページへ" of a
  multi-page article, "関連記事" with descriptions, "関連リンク");
- bunshun: a weekly magazine's web site ("文＝NAME", "source : 週刊文春 2026年3月19日号", the editorial team as
  the declared author, "写真はイメージ　©iStock", page numbers "1 / 3ページ", "次のページ" with the next page's
  heading, "関連記事", ranking, newsletter);
- qiita: a developer article platform (the user handle "@tanaka_dev" as the author, "投稿日 2026年03月11日"
  and "更新日", likes and stocks counts, tags, a code block with highlight spans, a note box, a table, "この記事は
  以下の記事からリンクされています", comments and a sign-up prompt, table of contents, trends);
- tagesspiegel: a Berlin daily (kicker and title as two spans of the ``<h1>`` with a "Tagesspiegel Plus" mark,
  the declared titles wording it differently, "Von NAME", "11.03.2026, 14:35 Uhr", "Stand: …", a credit
  "© dpa/Christoph Soeder", "Mehr zum Thema" box between paragraphs, Plus paywall note, "Zur Startseite",
  newsletter, comments, "Das könnte Sie auch interessieren", "Meistgelesen");
- ntv (held out): a commercial TV news site (kicker and title as two spans of an ``<h2>``, the declared titles
  printing "KICKER: TITLE", a bold intro paragraph, "(Foto: picture alliance/dpa)", an unlabelled inline teaser,
  "Quelle: ntv.de, NAME, dpa/AFP" closing the text, "Mehr zum Thema:" topic links, "Mehr Politik");
- dw: an international broadcaster in German (kicker line, an intro paragraph, "Bild: …" credits, "Datum",
  "Autorin/Autor NAME (mit dpa, AFP)" after the text, "Verwandte Themen", "Mehr zum Thema" in the side column,
  "Audios und Videos zum Thema", "Aktuell Europa");
- france24: an international news channel in French (a chapo, "Publié le : 11/03/2026 - 14:35", "Modifié le : …",
  "Texte par : NAME" with a "Suivre" button, "© Nicolas Tucat, AFP", an inline "Lire aussi" box, "Avec AFP"
  closing the text, "Sur le même sujet", sponsored contents, "Les plus lus");
- ladepeche (held out): a French regional daily (the byline name alone, "Publié le 11/03/2026 à 06:45 , mis à
  jour à 09:12", a credit "DDM - NAME", "l'essentiel" lead box, "Lire aussi :" paragraphs, subscriber paywall note,
  comments, "Dans la même rubrique");
- udn: a Taiwanese daily's news site ("聯合報／ 記者NAME／台北報導", "2026-03-11 14:35", a caption
  "…。記者NAME／攝影", "延伸閱讀" inside the text, "責任編輯：NAME", the section's latest news, "熱門新聞");
- kr36: a Chinese tech/business media site ("作者：NAME" and "编辑：NAME" as the text's first paragraphs, the cover
  picture and "封面来源｜视觉中国", "36氪获悉，" opening, the platform's disclaimer, likes, comments, "24小时热榜");
- hk01 (held out): a Hong Kong outlet on Next.js ("撰文：NAME", "出版：2026-03-11 14:35 更新：…", a caption
  "…（資料圖片／NAME攝）", the outlet's reporter placeholder as the JSON-LD author, "相關新聞︰" inline links, "熱門文章").

``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits. Decisions taken on arguable values when writing them:
the site's own magazine printed as "source :" (bunshun) and the paper opening the byline "聯合報／" on the group's
portal (udn) are sources, as an agency's dateline on its own site is; a pool photo "（代表撮影）" is credited as
printed; n-tv's kicker, which the declared titles print as "KICKER: TITLE", stays in the headline (ninth round's
convention); n-tv's bold intro inside the text box is its first paragraph, DW's ``intro`` and France 24's chapo
above the picture are standfirsts; "Avec AFP" and "(mit dpa, AFP)" name contributors, "Quelle: …, dpa/AFP" sources
(changed after the blind score, see below).

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): jiji, bunshun, qiita, tagesspiegel, dw, france24, udn, kr36;
- held out (scored once, blind, before any rule of the round): itmedia, ntv, ladepeche, hk01.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=0.750 body_end=1.000 related=1.000 attributions=0.583 images=0.500;
- dev, before any rule of the round: headline=0.875 authors=0.625 date=1.000 body_start=0.875 body_end=1.000
  related=0.958 attributions=0.425 images=0.500. Three dev expectations were decided by the conventions after this
  run: jiji's pool photo "（代表撮影）" names no photographer (``credits._NOT_PHOTOGRAPHER``, an earlier round's), so the
  caption has no credit; tagesspiegel's "Das könnte Sie auch interessieren" is a teaser label (``hints.TEASER_TEXT``), its
  two links teasers; qiita's expected opening, shorter than the 40 characters compared, goes on as the text prints it
  (its first subheading, "はじめに", and the next sentence).
- dev, after the dev rules (see "Fourteenth held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- held out, after the dev rules: the same as the blind score (no dev rule touched a held-out failure). One held-out
  expectation was then corrected by the conventions: ntv's closing "Quelle: ntv.de, NAME, dpa/AFP" credits its agencies
  as contributors, as earlier rounds' "Quelle: dpa" and "Źródło: PAP" do (``tests/test_attributions_unseen.py``,
  ``tests/test_media_unseen.py``), not sources; and its picture's credit "picture alliance/dpa", which the expectation
  gave the image but left out of the attributions, was added as a photo credit. With it: headline=1.000 authors=0.750
  date=1.000 body_start=0.750 body_end=1.000 related=1.000 attributions=0.798 images=0.500;
- held out, after the four held-out kinds fixed by rule (a file picture's note before the photographer, a ``<small>``
  caption line closing on "（出典：…）", a summary box headed "l'essentiel", the writer in "Quelle: SITE, NAME, …"):
  headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000
  images=1.000. Known failures left: none.

``tests/unseen_score.py unseen14`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen14"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
