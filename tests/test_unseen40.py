"""A fortieth held-out round of pages imitating publishing systems (issue 9): German- and French-language
broadcasters, city, trade, science and culture magazines, declaring little (eleven of the twelve declare no writer,
or only the organisation, a placeholder or the first of several writers; four declare no JSON-LD at all). The
held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single
held-out score), BEFORE any rule of the round. The round's focus: images (caption and credit of each picture) and
authors, then attributions.

Each page in ``fixtures/unseen40`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- de_regional: a German public broadcaster's regional news (the organisation declared, "Von NAME" in a plain ``<p>``
  of hashed CSS classes beside "Über dieses Thema berichtet: … 11.03.2026, 17:30 Uhr", a summary list before the
  text, a bold first sentence, "Bildrechte: picture alliance/dpa | NAME" in its own span of the caption, a lazy
  second picture with ``data-src`` and ``<noscript>``, "Mehr zum Thema" cards inside the text, "Meistgelesen" and a
  region's rail with "Von NAME · vor 5 Stunden");
- de_citymag: a Berlin city magazine on WordPress/Yoast (the site declared as the "Person" writer, "Text: NAME" in
  a bold paragraph opening the content, a drop-cap first letter in its own span, "Foto: SITE/NAME" and "Foto:
  Imago/NAME" closing the captions, "Lest auch:", "Mehr zum Thema" after the text, related posts, comments, recent
  posts);
- de_trade: a German marketing trade paper, no JSON-LD ("NAME, Mittwoch, 11. März 2026" on one line, a teaser in
  the head, "(Bild: Imago / NAME)" closing the caption, "Lesen Sie auch", an author box with job and email after the
  text, "Mehr zum Thema" cards with dates, "Meistgelesen" with "vor 3 Stunden");
- at_weekly: a Vienna weekly (the organisation declared, "Text: NAME | Fotos: NAME", the issue "FALTER 11/26 vom
  11.03.2026", a subtitle, "© NAME" as an overlay on the picture and the caption under it, a paywall box, "Aus
  dieser Ausgabe" with "Text: NAME");
- fr_regional: a French regional public broadcaster (the regional channel declared, "Écrit par NAME", "Publié le
  11/03/2026 à 17h30", a chapo, "© NAME / France Télévisions" in the caption's own span, "À LIRE AUSSI :", a video's
  legend after the text, "Nos dernières actualités" with "Il y a 45 min");
- fr_business: a French business weekly on Nuxt (only the first of two writers declared, "NAME et NAME" as two
  links, "Le 11.03.2026 à 16h48", "© NAME / Hans Lucas via AFP", "Lire aussi", "(Avec AFP)" closing the text,
  "À lire aussi" cards with writers, "Les plus lus");
- ca_daily: a Quebec daily, no JSON-LD ("NAME à Québec" under the writer's portrait, today's date in the top bar,
  "Photo: NAME La Presse canadienne" BEFORE the caption's text, a lazy picture with "Photo: NAME Le Devoir",
  "Lisez aussi", "À voir en vidéo", "Les plus populaires");
- ch_daily: a Swiss-French daily on Drupal (the writer declared, a lead, "Publié le 11 mars 2026 à 17:42. /
  Modifié …", "© KEYSTONE/NAME", a pull quote opening the text, "Lire également:", an author box with job and email,
  "Sur le même sujet" cards with writers);
- de_science (held out): a German popular-science magazine (only the first of two writers declared, "von NAME und
  NAME", a caption's title, text and "© NAME / Getty Images / iStock (Ausschnitt)" as three paragraphs, the credit
  also in the picture's ``title``, "Mehr zum Thema", an "Autoren" box with both writers, "Quellen");
- ch_weekly (held out): a Swiss-German weekly on old Drupal, no JSON-LD ("Von NAME (Text) und NAME (Fotos)", the
  issue "WOZ Nr. 11/2026 vom 12.03.2026", a lead, "Foto: NAME" closing each caption, a drop-cap initial, "Zum Thema",
  "In dieser Ausgabe");
- fr_culture (held out): a French culture weekly's review (the magazine declared, as a Review, "Par NAME", "Photo
  NAME/Divergence" closing the caption without a colon, an information box before the text, "À lire aussi :", "Sur
  le même thème" cards with "Par NAME");
- af_mag (held out): a pan-African French-language magazine on WordPress, no JSON-LD ("Par NAME, envoyée spéciale
  à Abidjan", "© NAME/JA" in a span, a lazy second picture whose caption closes "© DR", "Lire", a paywall box
  inside the text, an author box, "Dans le même dossier" cards with "Par NAME · 11 mars 2026").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the
photographer named in a byline ("| Fotos: NAME", "und NAME (Fotos)") is no author but the pictures' credit, which
the captions or overlays print too; "(Avec AFP)" closing the last sentence stays part of it and makes AFP a
contributor; "(Ausschnitt)" (a crop) after a credit is a note, no part of it (as "(Archivbild)"); "© DR" credits
nobody (docs/extraction-design.md, '"DR" credits nobody'); "Aus dieser Ausgabe", "In dieser Ausgabe", latest
and most-read lists are no teasers, "Mehr zum Thema", "Sur le même sujet/thème", "Dans le même dossier", "À lire
aussi" and "Das könnte dich auch interessieren" boxes are; summaries, chapos, leads, subtitles and information boxes
above the text are no body (conventions: a standfirst is not body); a video's legend after the text is no body.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): de_regional, de_citymag, de_trade, at_weekly, fr_regional, fr_business,
  ca_daily, ch_daily;
- held out (scored once, blind, before any rule of the round): de_science, ch_weekly, fr_culture, af_mag.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=0.500 body_end=0.750 related=0.875 attributions=0.917 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=0.958 date=0.875 body_start=0.875 body_end=1.000
  related=0.986 attributions=0.975 images=0.938;
- dev, after the dev rules (see "Fortieth held-out round" in docs/extraction-design.md: an abbreviation in brackets
  closing a sentence is no credit; the photographer's label after the writer's on one line; the credit over the
  picture, the caption under its box; the date after the writer's link on its line; "Lest auch:"): all fields 1.000;
- held out, after the first four dev rules (scored while the held-out kinds were read): unchanged from the blind
  figures;
- held out, after four held-out kinds fixed by rule ("Dans le même dossier" labels teasers; "Lecture : 5 minutes."
  closes a byline-and-date line; "(Ausschnitt)" after a credit is a note; a lead alone in a box beside the headline,
  opening with the declared description, is a deck): headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=1.000 images=1.000;
- held out, after one more (a study cited under "Quellen", with its DOI or "et al.", closes no text): all fields
  1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=1.000 body_start=0.917 body_end=1.000 related=1.000 attributions=1.000 images=1.000 (ch_weekly's lead opens the
text where no description marks it, as an intro box does by the conventions).

No expectation was changed after a run. The pages were kinder than hoped, again: the dev pages failed on six fields
only, the held-out ones on five; the bylines without byline class names ("Text: NAME | Fotos: NAME", "NAME à
Québec", "Von NAME (Text) und NAME (Fotos)", "Par NAME, envoyée spéciale à …", "von NAME und NAME" with only the first
declared) were read right before any rule, but for "Text: NAME | Fotos: NAME".

``tests/unseen_score.py unseen40`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen40"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
