"""A forty-eighth held-out round of pages imitating publishing systems (issue 9): German- and French-language outlets
declaring little (nine of the twelve declare no writer, only the organisation or nothing; four declare no JSON-LD at
all). The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the
single held-out score), BEFORE any rule of the round. The round's focus: headline, authors, attributions, body start
and end.

Each page in ``fixtures/unseen48`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- noz: a regional daily on a large regional publishers' CMS (NOZ/mh:n-like, neighbour of the Madsack, Funke and
  Ippen pages imitated before: the organisation declared, a kicker span in the ``<h1>``, a "Teaser" standfirst
  repeating the description, "Von NAME | 12.03.2026, 17:30 Uhr", a "NOZ+" badge, "Foto: NAME" credit span, an inline
  "Lesen Sie auch" box, the subscribers' part of the text in a ``div.paywall``, an "abo" box and "Mehr aus
  Osnabrück" after the article);
- profil: an Austrian news weekly (profil-like, neighbour of the German weeklies imitated before; no JSON-LD, two
  writers' links parted by a comma under the lead, "Lesezeit", "Foto: APA/NAME", an info box, the print-issue note
  in italics closing the text, a subscription box and two author boxes after it);
- computerbild: a computer magazine (COMPUTER BILD-like: the writer declared, a kicker span, "Von <a>NAME</a>" in an
  author bar, the intro repeating the description under the byline, "Foto: COMPUTER BILD" inside the caption, a
  test verdict box of pros and cons before the text, "Auch interessant", "Fazit", an affiliate price widget and an
  author box after it);
- tag24: a local news portal (TAG24-like: no JSON-LD, the date printed without ``<time>``, "Von <a>NAME</a>", a bold
  lead opening "Dresden - …", a caption paragraph closing on "© NAME", "Mehr zum Thema Unfall Dresden:" with a
  list, "Titelfoto: NAME" in italics closing the text, a ticker of latest stories);
- brigitte (held out): a women's and lifestyle magazine (BRIGITTE-like: the organisation declared, a kicker span, a
  "Teaser" repeating the description, "© NAME / Adobe Stock", numbered sub-headings, an "Anzeige" product box,
  "Auch interessant:", "Verwendete Quellen:" closing the text, "Ein Beitrag von" author box after it, an affiliate
  note);
- zwanzigmin (held out): a Swiss free daily on Next.js (20 Minuten-like: the organisation declared, a kicker span
  in the ``<h1>``, the lead repeating the description, a "Darum gehts" summary box, the writer's link without "Von"
  after it, "Publiziert: …" / "Aktualisiert: …", "20min/NAME" credit, "Mehr zum Thema", "(lme/sda)" closing the
  text, "Hast du einen Fehler gefunden?");
- lamontagne: a French regional daily (Centre France-like, neighbour of the regional dailies imitated before: the
  organisation declared, the town as over-title, an "Abonnés" tag, the "chapô" repeating the description, "Publié le
  12/03/2026 à 17h30 Mis à jour le …", "Photo NAME" without a colon, "À lire aussi", the writer's name in bold
  signing the text);
- valeurs: a French news weekly on WordPress/Yoast (Valeurs actuelles-like: the organisation declared, an interview
  with "Propos recueillis par <a>NAME</a>" as its byline, the excerpt repeating the description, "Publié le … Mis à
  jour le …", the questions in bold, "Lire aussi", a subscription box after the text);
- streetpress (held out): an independent pure-player on Drupal (StreetPress-like: no JSON-LD, no printed time, a
  bold "chapô" in a chapo field, "Par <a>NAME</a>", "Illustration de NAME" under the picture, "Lire aussi :", a
  donation box closing the article, "Nos derniers articles");
- sofoot: a sports site (So Foot-like, neighbour of the sports daily L'Équipe imitated in unseen32: no JSON-LD, the
  "chapeau", "Photo : Iconsport" under a picture without caption, a match sheet with scorers before the text, "Lire
  aussi :", "Par <a>NAME</a>, à Lens" signing after the text, readers' comments);
- lalibre (held out): a Belgian outlet (La Libre-like, IPM: the organisation declared, "Une rédaction de <a>NAME</a>
  avec Belga", "Publié le 12-03-2026 à 17h30 - Mis à jour le …", "©Belga" glued, the lead repeating the description
  after the picture, "Sur le même sujet", the text cut by a paywall box "Cet article est réservé aux abonnés");
- jdm: a Quebec daily (Journal de Montréal-like, Québecor: the writer declared, the writer's name without "Par" in an
  author box with a photo, "Jeudi, 12 mars 2026 17:30 MISE À JOUR …", "Photo NAME", "À lire aussi", "- Avec la
  collaboration de NAME" in italics closing the text).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the headline
is the visible ``<h1>`` without its named kicker, where a declared title adds the town or a section (lamontagne,
computerbild's "Nova Fold 3 im Test: …" under an SEO title); standfirsts ("Teaser", "chapô", "chapeau", lead) that
repeat the declared description, or are named so, are the description, no body; a bold lead opening "Dresden - …"
inside the text's box is the text's first paragraph (tag24); summary boxes ("Darum gehts"), a test verdict box, a
match sheet, a print-issue note, "Verwendete Quellen:", "Titelfoto:" lines, subscription, paywall and donation
boxes are no body; the interview's first question opens the text (valeurs); "Propos recueillis par", "Ein Beitrag
von", "Une rédaction de" and a name in bold signing the text name the writer; "avec Belga" and "(lme/sda)" (writer's
initials with one agency) make the agency a contributor (as "(dg/kh mit dpa)", "(avec AFP)"); "Avec la collaboration
de NAME" gives a contributor, and stays in the text as a contribution line does; "Titelfoto: NAME" credits a
photographer; the outlet's own "Foto: COMPUTER BILD" is a photo credit as printed; "Illustration de NAME" is a photo
credit (as "Illustration by NAME").

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): noz, profil, computerbild, tag24, lamontagne, valeurs, sofoot, jdm;
- held out (scored once, blind, before any rule of the round): brigitte, zwanzigmin, lalibre, streetpress (two
  German-language, two French-language).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=0.500 body_end=1.000 related=0.625 attributions=0.775 images=0.750;

``tests/unseen_score.py unseen48`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen48"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
