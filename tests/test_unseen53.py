"""A fifty-third held-out round of pages imitating publishing systems (issue 9): French-language news, magazines and
blogs declaring little (eight of the twelve declare no writer, only the organisation or nothing; four declare no
JSON-LD at all). The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing,
before the single held-out score), BEFORE any rule of the round. The round's focus: authors, attributions, body
start and end, headline.

Each page in ``fixtures/unseen53`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- lopinion: a national daily (l'Opinion-like, on Drupal: the organisation declared, an "Abonnés" badge, the
  "chapô" repeating the description, "Par <a>NAME</a> et <a>NAME</a>", "Mis à jour le", "Photo NAME / AFP" in a
  credit span, a "Lire aussi :" paragraph inside the text, the subscribers' part in a ``div.paywalled-content`` and
  a paywall box "Cet article est réservé aux abonnés" after it, "Sur le même sujet" after the article);
- latribune: a business daily (La Tribune-like: the writer declared, the "chapo" section repeating the
  description, "NAME, à Toulouse" without "Par", "Mis à jour le", "(Crédits : NAME / Reuters)" closing the caption,
  a bold "Lire aussi" paragraph, an "À lire aussi" box of two links in the text, a subscription box after it);
- parismatch: a news magazine (Paris Match-like: the organisation declared, an interview with "Propos recueillis
  par <span>NAME</span>" under the chapô, "Publié le … Mis à jour le …", "© NAME / Paris Match" in its own
  paragraph under the caption's, the questions in bold, an "À lire aussi" box, an Outbrain slot, "Dernières
  actus");
- sciencesetavenir: a science magazine (Sciences et Avenir-like, an agency story: the organisation declared as
  the author, "Par Sciences et Avenir avec AFP le 12.03.2026 à 16h12", a ``span.copyright`` "NASA / JPL-Caltech"
  in the caption, "Lire aussi" paragraph, a newsletter box after the text);
- marieclaire: a women's magazine (Marie Claire-like: the organisation declared as the author, "Par <a>NAME</a>",
  "Crédit : NAME / Getty Images" under a picture without caption, the standfirst repeating the description in bold
  as the first paragraph of the text's box, numbered sub-headings, an "À lire aussi" card, a newsletter box);
- rue89strasbourg: a local news site on WordPress (Rue89 Strasbourg-like: no JSON-LD, an excerpt repeating the
  description, "Par <a>NAME</a>", "(Photo NAME / Rue89 Strasbourg / cc)" closing the caption, "<em>Lire aussi</em>
  : <a>…</a>", a paywall box "Cet article est réservé aux abonnés" after the text, an author box, "Dans la même
  rubrique");
- hautetfort: a blog on a French blog host (Hautetfort-like: no JSON-LD, nothing declared but the blog's
  description, the date as the day's heading, the post title an ``<h2>`` under the blog's ``<h1>``, the picture
  centred in its own paragraph with "<em>… © NAME</em>" in the next, "Écrit par NAME dans Catégorie | Lien
  permanent | Commentaires (3)" after the post, readers' comments "Écrit par : NAME");
- seneweb: an African French-language news portal (Seneweb-like, Senegal: no JSON-LD, "Par : La rédaction | date
  | Lu 3 214 fois", "Crédit photo : NAME / AFP" closing the caption's box, an "À lire aussi" box, "(avec AFP)"
  closing the text, readers' comments);
- nrepublique (held out): a regional daily of another group (La Nouvelle République-like, NR group: the
  organisation declared, an "Abonné" badge span in the ``<h1>``, the chapô repeating the description, "NAME,
  correspondant à Loches", "© Photo NR, NAME", "À lire aussi", a paywall box after the text);
- premiere (held out): a culture magazine (Première-like, cinema: the writer declared, "Critique" kicker, "Par
  <a>NAME</a> | Publié le …", the distributor as the picture's ``span.copyright``, the chapô inside the text's box,
  a rating box, "A lire aussi sur Première", the film's facts closing the text);
- contexte (held out): a political pure-player (Contexte-like: no JSON-LD, "Par NAME et NAME" without links,
  "Publié le … | Mis à jour le …", the chapô after the dates, "Lire aussi <a>…</a>", a paywall box, linked
  documents);
- vingtquatreheures (held out): a Swiss daily on Next.js (24 heures-like, Tamedia, neighbour of the
  Tages-Anzeiger imitated in unseen22: the writer declared, the title an ``<h2>`` with a premium icon, the lead an
  ``<h3>`` repeating the description, "NAME/24 heures" credit span, the writer's link after the picture without
  "Par", "Publié: 12.03.2026, 17h20", "À lire aussi", an author box and an error-report box after the text).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: chapôs,
excerpts, leads and standfirsts that repeat the description are the description, no body (marieclaire's bold
intro inside the text's box too); an interview's first question opens the text (parismatch), and "Propos
recueillis par" names the writer; "NAME, correspondant à X" and "NAME, à Toulouse" name the writer without the
place; "Sciences et Avenir avec AFP" names no person (the outlet), and makes the agency a contributor, as "(avec
AFP)" closing a text does; "La rédaction" names nobody; a blog's "Écrit par NAME dans Catégorie" footer names the
writer (hautetfort), whose "© NAME" credits the picture; credits are as printed without their label ("Photo",
"Crédit :", "Crédit photo :", "(Crédits : …)", "© Photo"); paywall, subscription and newsletter boxes, a film's
facts line ("De … Avec … Durée …"), a rating box and linked documents are no body; "Lire aussi" and "À lire aussi"
boxes and lines inside the text, and "Sur le même sujet" after the article, are related links; section feeds
("Dans la même rubrique", "Dernières actus", "Plus d'articles", "Les plus lus") are not.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): lopinion, latribune, parismatch, sciencesetavenir, marieclaire,
  rue89strasbourg, hautetfort, seneweb;
- held out (scored once, blind, before any rule of the round): nrepublique, premiere, contexte, vingtquatreheures
  (a regional daily, a culture magazine, a political pure-player, a Swiss daily).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: HELD_BLIND;

``tests/unseen_score.py unseen53`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen53"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
