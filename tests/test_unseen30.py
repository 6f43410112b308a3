"""A thirtieth held-out round of pages imitating publishing systems (issue 9): German, Austrian, Swiss, French,
Belgian and Canadian magazines and regional sites outside the majors, most of which declare little (nine of twelve
declare no writer, or only the organisation, or only the first of two; three declare no JSON-LD at all). The
held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single
held-out score), BEFORE any rule of the round. The round's focus: bylines marked without byline class names, and the
ways the text opens.

Each page in ``fixtures/unseen30`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- freitag: a Berlin weekly ("NAME | Ausgabe 11/2026" in a ``meta`` line, a Dachzeile over the ``<h1>``, an abstract,
  "Foto: NAME/imago", "Mehr zum Thema" cards after the text, community comments, the outlet as the declared author);
- cicero: a political monthly, no JSON-LD ("VON NAME am 11. März 2026" in capitals, a bold teaser paragraph, an
  inline "Mehr zum Thema:" list, the author box "NAME ist Redakteur bei Cicero.", the section's latest with
  teaser bylines, comments);
- krautreporter (held out): a members' newsroom ("von NAME" / "11. März 2026" in plain ``<div>``, a "Zusammenfassung"
  box over the text, "Redaktion: NAME; Schlussredaktion: NAME; Fotoredaktion: NAME", an author card, the
  organisation as the declared author);
- chmedia (held out): a Swiss regional (two writers in one line, only the first declared, "11.03.2026, 17.30 Uhr",
  a lead, "Bild: Keystone", an inline "Mehr zum Thema", "Mehr aus Baden" with relative dates);
- salzburg: an Austrian regional, no JSON-LD ("<strong>Von NAME</strong> | 11. März 2026 17:30 Uhr",
  "Bild: SN/APA/NAME" in the caption, a bold "SALZBURG." dateline, "Lesen Sie auch:", "Weitere Artikel" cards);
- marianne: a French weekly ("Par NAME Publié le 11/03/2026 à 17:30", a chapo, a drop-cap first letter in its own
  span, "À LIRE AUSSI :" inline links, "Abonnez-vous" box, an author box, the latest with bylines);
- konbini: a youth media site on WordPress ("par NAME, publié le 11 mars 2026", an excerpt, an embedded Instagram
  post, "À lire aussi", "On vous recommande" cards with teaser bylines);
- midilibre: a French regional, no JSON-LD ("Par NAME, le 11 mars 2026 à 17h30", a chapo, "MIDI LIBRE - NAME" ending
  the caption, an inline "Photo DR" picture, "Lire aussi :", a paywall "Cet article est réservé aux abonnés", "Sur le
  même sujet");
- lavenir: a Belgian regional ("NAME" and "Publié le 11-03-2026 à 17h30" in plain ``<div>``, "© BELGA", a bold lead
  in the text's box, "Sur le même sujet" cards, the organisation as the declared author);
- radiocanada (held out): a Canadian public broadcaster ("NAME | Radio-Canada" twice, only the first declared,
  "Photo : Radio-Canada / NAME", "À lire aussi :", "Avec les informations de La Presse canadienne");
- slatefr (held out): a French online magazine ("NAME — Édité par NAME — 11 mars 2026 à 17h30", "Repéré sur …" source
  line, "Lire aussi", "… | NAME / AFP" captions, the organisation as the declared author);
- frandroid: a French tech site ("NAME — 11 mars 2026 à 17:30", "// Source : Frandroid" captions, an affiliate box
  "Meilleur prix", "À lire aussi :", "Source : NAME" after the text).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a Dachzeile
outside the ``<h1>`` is no part of the headline; standfirsts, chapos, abstracts, excerpts, a "Zusammenfassung" box and
a bold teaser above the byline are no body; a bold lead INSIDE the text's box below the byline (L'Avenir) opens the
body; the bold "SALZBURG." dateline is part of the first sentence; an editor ("Édité par", "Redaktion:",
"Schlussredaktion:", "Fotoredaktion:") is a contributor; "Repéré sur NAME" and "Source : NAME" name a source;
"Avec les informations de NAME" names a contributor (see below); "Photo DR" (rights reserved) names nobody and is not expected; "Radio-Canada" beside a writer
is where the writer works, no name; the section's latest stories ("Mehr aus Baden", "Weitere Artikel aus …", "Nos
derniers articles", "Neu bei Krautreporter", "Dernières infos", "À la une") and recommendations ("On vous recommande",
"À voir aussi sur Slate", "Ces articles devraient vous intéresser") are no teasers; inline boxes and labelled topic
boxes ("Mehr zum Thema", "Sur le même sujet", "Lesen Sie auch", "À lire aussi", "Lire aussi", "Auch lesenswert") are;
affiliate links are no teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): freitag, cicero, salzburg, marianne, konbini, midilibre, lavenir, frandroid;
- held out (scored once, blind, before any rule of the round): krautreporter, chmedia, slatefr, radiocanada.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.583 date=1.000
  body_start=0.500 body_end=1.000 related=1.000 attributions=0.610 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=0.925 attributions=0.871 images=0.625;
- dev, after the dev rules (captions closing on " / AGENCY" or "OUTLET IN CAPITALS - NAME", the credited line after
  the picture in its box, "DR" credits nobody; see "Thirtieth held-out round" in docs/extraction-design.md):
  headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.925 attributions=0.933
  images=0.875;
- held out, after the held-out kinds fixed by rule (writers set one to an element of one class completing the first
  declared; a dashed meta line opened by a linked name; desks after the text; a lead beside the headline in a flat
  header; "Avec les informations de AGENCY"; a role between two names of a meta line): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=0.964 images=1.000 (with the
  mended expectation below);
- dev, after a last dev rule (a teaser-named box beside the headline linking nowhere holds the lead picture):
  attributions=0.975 images=1.000, the other fields as above;
- all twelve with what they declare taken out (``--undeclared``): headline=1.000 authors=1.000 date=0.917
  body_start=0.917 body_end=1.000 related=0.950 attributions=0.971 images=1.000 (Der Freitag's "Ausgabe 11/2026"
  read as November; Marianne's chapo in a box named "article__headline" opens the body when no description names it).

One expectation was changed after the runs, to follow a decision already written in docs/extraction-design.md
('"With assistance/inputs/files from"': "With files from The Canadian Press" names a contributor): Radio-Canada's
"Avec les informations de La Presse canadienne", the same line in French, was first expected as a source; it is a
contributor. The blind held-out attributions figure above was scored against my first expectation.

``tests/unseen_score.py unseen30`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen30"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # "Weitere Artikel" (the section's latest, by the conventions no teasers) is a teaser label in hints.TEASER_TEXT
    ("salzburg", "related"),
    # ("frandroid", "attributions") was mended in round 32: "Source : <a>NAME</a>", a linked name alone in its line
    # "Repéré sur NAME" (an online magazine's "spotted in" line) closing the text names no source; left, as one
    # magazine's wording
    ("slatefr", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
