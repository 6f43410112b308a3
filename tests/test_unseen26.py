"""A twenty-sixth held-out round of pages imitating publishing systems (issue 9): German, Austrian, French, Belgian,
Japanese and Chinese outlets not imitated before (a Berlin daily, an east German public broadcaster, a German
news-entertainment site; a Graz regional daily, a Vienna tabloid; a Brittany regional daily, a culture weekly, a
Belgian public broadcaster, a French TV channel's news site; a Tokyo publisher's business site, a weekly's news site,
a Chinese news-commentary site). The held-out pages are scored blind (no test runs on them, and no field of theirs is
seen failing, before the single held-out score), BEFORE any rule of the round, so the held-out score measures the
extractor as it stood. The round's focus: the ways pages name their writers and the ways the text opens.

Each page in ``fixtures/unseen26`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- berliner: a Berlin daily on a React front end (a "Dachzeile" above the ``<h1>`` that the JSON-LD headline prints
  and the visible title does not, a lead above the writer's avatar line, "11.03.2026 | 17:30 Uhr", "Foto:
  imago/NAME", an inline "Lesen Sie auch", a "Mehr aus Berlin" rail with teaser bylines and dates, "Meistgelesen");
- mdr (held out): an east German public broadcaster ("Stand: 11. März 2026, 17:30 Uhr", an "einleitung" above "von
  NAME, MDR AKTUELL", "Bildrechte: picture alliance/dpa | NAME", an inline "Mehr zum Thema", "Quelle: MDR
  AKTUELL/dpa (ksm)" closing the text, "Mehr zum Thema" cards after it, the region's latest, the broadcaster as the
  declared author);
- watson: a news-entertainment site on Next.js (a kicker in the ``<h1>`` no declared title prints, an avatar line
  "NAME Redakteurin", glued stamps "11.03.2026, 17:3011.03.2026, 17:45", "Bild: imago images / NAME", a bold first
  paragraph, an embedded tweet, "Das könnte dich auch interessieren:" inline, "Mehr aus Leben" with teaser bylines,
  comments, "watson" as ``meta author``);
- kleine: a Graz regional daily on Styria's CMS (a "Plus" premium badge, a lead above "Von NAME | 17.30 Uhr, 11. März
  2026", "© APA/NAME", a paid part of the text in its own box, an author box, "Mehr zum Thema" after the text,
  "Kommentare (12)", the outlet as a second declared Person);
- krone (held out): a Vienna tabloid ("Große Gefahr" pretitle, "NAME" "11.03.2026 17:30", "Kommentare (27)" in the
  share bar, a lead between the byline and the picture, "(Bild: APA/NAME)", a bold first sentence, an info box, a
  video box, "NAME, Kronen Zeitung" after the text, "Top-Videos" and "Mehr Tirol" rails, "Krone Redaktion" as the
  declared author);
- telegramme: a Brittany regional daily ("Article réservé aux abonnés", a chapo, "Par NAME", "Publié le 11 mars 2026
  à 17h30 Modifié le …", "(Photo Le Télégramme/NAME)" closing the caption, "À lire sur le sujet" inline, a paywall
  box, a newsletter box, "Les plus lus", the town's latest);
- telerama (held out): a culture weekly (the picture above the heading, a surtitle, a "TT" rating, a chapo, "NAME"
  without a prefix, "Publié le 11 mars 2026 à 17h30", "Photo NAME / Divergence", "À lire aussi" inline, a paywall
  box inside the text, a practical-information line closing it, "Sur le même thème" cards with bylines, the weekly as
  a declared Person);
- rtbf: a Belgian public broadcaster on Next.js ("NAME avec Belga" in a signature box, "Publié le mercredi 11 mars
  2026 à 17h30", "© Belga", a bold chapo as the text box's first paragraph repeating the description, "Sur le même
  sujet" inline with dates, "Newsletter info" box, "Belga" as a second declared Person);
- tf1info: a TV channel's news site ("VIDÉO - " in the title, a chapo, "NAME | Reportage TF1 NAME, NAME", "Publié le
  … , mis à jour le …", "Source : JT 20h Semaine", a video instead of a picture, a bullet summary before the text,
  "À lire aussi" inline, "Tout TF1 Info" latest, "Sur le même sujet", the site as the declared author);
- gendai: a Tokyo publisher's business site ("NAME ジャーナリスト プロフィール", "2026.03.11", a subtitle under the
  ``<h1>``, "写真：NAME" closing the caption, an inline "関連記事", a multi-page article "1/4" with "つづきを読む", an
  author box, "関連記事" cards with bylines, a ranking with bylines);
- aera: a weekly's news site ("NAME" "2026/03/11/ 17:30", "（写真：NAME）" and "（写真：本人提供）" closing captions,
  "こちらの記事もおすすめ" inline and after the text with teaser bylines, "（編集部・NAME）" and "※AERA 2026年3月16日号
  より抜粋" closing the text, the desk as the declared author, "新着記事" with dates);
- guancha (held out): a Chinese news-commentary site ("独家" above the ``<h1>``, "2026-03-11 17:30:12 来源：观察者网
  作者：NAME", "【文/观察者网 NAME】" as the text's first paragraph, "图片来源：视觉中国" closing the caption paragraph,
  "相关阅读：" inline, "本文系观察者网独家稿件，未经授权，不得转载。", "责任编辑：NAME", "相关推荐", "24小时排行", the
  site as the declared author).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a kicker,
Dachzeile or pretitle outside the ``<h1>``, or inside it and printed by no declared title, is no part of the headline;
leads, einleitungen, chapos, subtitles and a bullet summary above the text are no body (a chapo is furniture, and the
krone lead stands right above the picture: "A deck named as a lead above the lead picture"); a bold first paragraph
inside the text box that no description repeats opens the body (watson, krone); "【文/观察者网 NAME】" opening the
text names the writer and is no body; "（編集部・NAME）", "NAME, Kronen Zeitung", "Quelle: MDR AKTUELL/dpa (ksm)" and
the reprint/exclusivity notes close nothing of the text; "MDR AKTUELL", "Redakteurin" and "ジャーナリスト" are no part
of the names; the outlet or desk as the declared author names nobody; "avec Belga" and "dpa" in a source line are
contributors, as earlier rounds decided; the site naming itself ("来源：观察者网") is no source; "Source : JT 20h
Semaine" names the broadcast the report comes from (a source); "Reportage TF1 NAME, NAME" names contributors;
"责任编辑" names no attribution; "写真：本人提供" is credited "本人提供"; "Photo Le Télégramme/NAME" is credited "Le
Télégramme/NAME" and "Photo NAME / Divergence" "NAME / Divergence" (the "Photo" label goes); the page's first part of
a multi-page article is the text; inline boxes and labelled topic boxes after the text ("Lesen Sie auch", "Mehr zum
Thema", "Das könnte dich auch interessieren", "À lire sur le sujet", "À lire aussi", "Sur le même thème/sujet",
"関連記事", "こちらの記事もおすすめ", "相关阅读", "相关推荐") are teasers; a section's or region's latest, "Top-Videos",
rankings, "Meistgelesen", "Les plus lus", "À la une" and "新着記事" are no teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): berliner, watson, kleine, telegramme, rtbf, tf1info, gendai, aera;
- held out (scored once, blind, before any rule of the round): mdr, krone, telerama, guancha.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.917 date=1.000
  body_start=0.750 body_end=1.000 related=0.636 attributions=0.800 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=0.958 date=1.000 body_start=0.875 body_end=1.000
  related=0.844 attributions=0.938 images=1.000 (the same against aera's related links as set below: none was found
  before the rules);
- dev, after the dev rules (see "Twenty-sixth held-out round" in docs/extraction-design.md: "こちらの記事もおすすめ",
  a TV report's crew after the writer, a summary named as an element of the text's block): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.969 attributions=1.000 images=1.000;
- held out, after the dev rules and the held-out kinds fixed by rule (the next label glued to a source's name, a
  teaser-named box holding the headline and a caption line above a named credit, a broadcaster's programme after
  the writer, a lead's box between the byline and the picture, the writer's initials closing a source line, "Mehr
  aus REGION"): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.750
  attributions=1.000 images=1.000.

One expectation was changed after the first dev run, to follow a decision already written in
docs/extraction-design.md ("A bare 'Recommended' next to the article", twenty-third round: over cards after the
article it heads the site's picks; inside the text it labels teasers), which unseen5's Yahoo page already follows for
the same "こちらの記事もおすすめ": aera's cards after the article are no teasers, the inline box still is.

``tests/unseen_score.py unseen26`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen26"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # the site's latest in a box named "ArticleRelated" under "Tout<span>TF1 Info</span>" (the site's name glued to
    # "Tout", cards dated "Publié hier à …") read as teasers; not tried (a label naming the site is read only as
    # "More from SITE" now, and the glued words would need the heading's parts spaced)
    ("tf1info", "related"),
    # rails named "c_teaser_rail" after the article under "Top-Videos" (the site's video feed) and "Mehr Tirol" (the
    # region's latest, without "aus") read as teasers; "Mehr aus REGION" is a latest label now, but a bare "Mehr
    # REGION" was not made one ("Mehr dazu", "Mehr zum Thema" head teasers), so not fixed
    ("krone", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
