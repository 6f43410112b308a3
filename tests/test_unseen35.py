"""A thirty-fifth held-out round of pages imitating publishing systems (issue 9): German and French independent online
magazines, review sites and blogs, most of which declare little (eleven of twelve declare no writer, or only the
organisation, a placeholder ("Gastautor", "Rédaction") or only the first of two; four declare no JSON-LD at all). The
held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single
held-out score), BEFORE any rule of the round. The round's focus: bylines marked without byline class names, and the
ways the text opens.

Each page in ``fixtures/unseen35`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- perlentaucher: a German culture review digest, no JSON-LD ("Von NAME<br>11.03.2026" in a plain ``<p>``, an
  "unterzeile" standfirst, a drop-cap first letter in its own span, "Foto: NAME" closing the caption, a
  "Rezensionsnotiz zu Süddeutsche Zeitung, 02.03.2026" box inside the text, "Neue Rezensionen" and "Weitere Essays"
  rails with writers and dates);
- bildblog (held out): a German media watch blog on WordPress (the blog itself as the declared author, the writer's
  "Von NAME · 11. März 2026" only under the text, "Screenshot: Bild.de" closing the caption, "Mit Dank an …" and a
  bold "Nachtrag" closing the text, a "6 vor 9" link list, comments);
- postillon: a German satire site on Blogger, no JSON-LD ("Mittwoch, 11. März 2026" as the day's header, a bold
  "Berlin (dpo) - " dateline opening the text in ``<br>``-separated lines, "ssi, dan; Foto: Shutterstock" closing it,
  a bold "Mehr zum Thema:" list, "Beliebte Posts");
- piqd: a German curation platform, no JSON-LD ("NAME empfiehlt" with the curator's description, the day beside it, a
  "Quelle:" box linking the original article with its writer and outlet, comments and cards with relative dates);
- riffreporter (held out): a German science journalism co-op on Next.js (the organisation as the declared author,
  "NAME und NAME · 11.03.2026 · 8 Min. Lesezeit", a teaser standfirst, "Mehr zum Thema" inside the text, "Dieser
  Beitrag erschien zuerst im Magazin „natur“ …" closing it, two "Über NAME" boxes, cards with writers);
- ruhrbarone: a German regional blog network on WordPress/GeneratePress ("Veröffentlicht am 11. März 2026 von
  Gastautor", the guest writer named in an italic "Ein Gastbeitrag von NAME." above the text and a writer's note
  after it, "Foto: NAME Lizenz: CC BY-SA 4.0" in the caption, Jetpack's "Ähnliche Beiträge", comments);
- grandcontinent: a French geopolitics review on WordPress (only the first of two writers declared, "NAME, NAME •
  11 mars 2026", a chapô, a "Points clés" box opening the text's box, "© Xinhua/NAME", numbered notes and "Pour citer
  cet article" after the text, "Dans la même série" cards with writers);
- aoc (held out): a French ideas daily, no JSON-LD ("Par NAME" with "Philosophe" in its own span, "11.03.26", an
  address dated the day before, a bold chapô inside the text's box, "© NAME/Hans Lucas", "Cet article est réservé
  aux abonnés", an author note, "Sur le même thème" cards with writers and job titles);
- lesjours: a French serial-investigation site (the organisation as the declared author, "Épisode n°4", a summary,
  "Par NAME et NAME", "Le 11 mars 2026", "Précédemment dans …" linking the previous episode, a drop-cap letter in its
  own span, "- Photo NAME pour Les Jours." closing the caption, the series' episodes, authors' box);
- asi: a French media critique site on Drupal, no JSON-LD ("par NAME", "publié le 11/03/2026", a bold first paragraph
  inside the text's box, "Capture d'écran France 2" closing a caption, bold "Lire aussi :" paragraphs inside the
  text, an outlet cited with a link, "Dans la même rubrique" teasers with writers, comments);
- usbek (held out): a French future/tech magazine (a placeholder "Rédaction" as the declared author, "NAME - 11 mars
  2026", a chapô, "Image d'illustration : NAME / Unsplash" as the cover's legend, an "À lire aussi" box, cards with
  relative dates);
- diplo: a French monthly's web edition on SPIP (the writer declared; "par NAME", "Mars 2026, pages 1, 6 et 7", a
  chapô, "Lire aussi NAME, « TITLE », Le Monde diplomatique, février 2025" inside the text, numbered notes, the
  writer's signature with her job, "Dans le même numéro").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: standfirsts,
chapôs, summaries, "Points clés" boxes and the "Précédemment dans …" recap are no body (conventions); a bold first
paragraph INSIDE the text's box below the byline (Arrêt sur images) opens the body (unseen33's Spinoff), and so does
a bold dateline ("Berlin (dpo) - "); AOC's bold chapô in its own ``p.chapo`` is a standfirst; "Ein Gastbeitrag von
NAME." names the writer, who is the author, not the placeholder "Gastautor"; writers' initials ("ssi, dan") name
nobody (round 21); "Dieser Beitrag erschien zuerst im Magazin „natur“" is kept as the text's last line (the
convention of "This article originally appeared on X") and names natur as the story's source; notes, "Pour citer cet
article", a writer's note or signature and "Mit Dank an …" are no body (though "Mit Dank an" sits before the
Nachtrag, which is the text's end); "NAME pour Les Jours" keeps "pour Les Jours" in the credit (earlier rounds'
"pour Numerama"); the printed "Mars 2026" is the issue, the declared day (25 February) the publication; the
"Précédemment" link, "Mehr zum Thema", "Lire aussi", "À lire aussi" and Jetpack's "Ähnliche Beiträge" are teasers;
a series' episodes, an issue's other articles ("Dans le même numéro"), a rubric's latest ("Dans la même rubrique"),
"Sur le même thème", "Ces articles peuvent vous intéresser", "Das könnte Sie auch interessieren" (recommendations
after the article) and piqd's "Quelle:" link are no teasers; the Quelle box names the outlet (Zeit Online) as the
source.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): perlentaucher, postillon, piqd, ruhrbarone, grandcontinent, lesjours, asi,
  diplo;
- held out (scored once, blind, before any rule of the round): bildblog, riffreporter, aoc, usbek.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.600 attributions=0.881 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=0.708 date=1.000 body_start=0.625 body_end=0.875
  related=0.500 attributions=0.621 images=0.625;
- dev, after the first dev rules (a guest post's line; a licence after a credit; a curator's box; a second linked
  writer before a bulleted date; how to cite and notes; a previous episode's pointer; a caption over a credit named
  so): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.625 attributions=0.854
  images=0.750;
- dev, after six more (a review site's newest reviews; a teaser label closing ``<br>`` paragraphs; initials, then
  the picture's credit; a screenshot's source; the French pluperfect citing an outlet; "Lire aussi NAME, « TITLE
  »"; see "Thirty-fifth held-out round" in docs/extraction-design.md): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.958 images=0.875;
- held out, after the dev rules: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=0.850 attributions=0.881 images=0.750 (with the mended expectations below);
- held out, after the held-out kinds fixed by rule ("Ces articles peuvent vous intéresser"; "Image d'illustration :";
  a first-appeared note names the source): all eight fields 1.000.

Three expectations were changed after the blind run, to follow decisions already written in
docs/extraction-design.md (rounds 4 and 5, "Das könnte Sie (auch) interessieren", "Sur le même sujet" label
teasers): RiffReporter's "Das könnte Sie auch interessieren" cards, AOC's "Sur le même thème" cards and, by the same
convention in French, Usbek & Rica's "Ces articles peuvent vous intéresser" cards are teasers; I had first expected
them as recommendations, no teasers. The blind held-out figures above were scored against my first expectations
(related 0.600; after the dev rules, against the mended ones, 0.850).

All twelve with what they declare taken out (``--undeclared``), after the rules (and a last one found so: "unterzeile"
names a standfirst's box): headline=1.000 authors=1.000 date=0.917 body_start=1.000 body_end=1.000 related=1.000
attributions=0.972 images=0.917 (the same two known failures, and Le Monde diplomatique's day, which the page prints
only as its issue's month).

``tests/unseen_score.py unseen35`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen35"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # the lead picture printed without caption, its credit on the text's last line ("ssi, dan; Foto: Shutterstock"):
    # the credit is found as the picture's attribution, but giving it to the picture would need a rule tying a closing
    # credit line to a picture elsewhere on the page (the "Titelbild:" lines of round 21 are not tied either); not tried
    ("postillon", "images"),
    # a curation site's "Quelle:" box naming the recommended original's outlet ("Zeit Online" in a
    # ``piq__source-publisher`` element of the box's link): no rule reads an outlet from a source box's part; the
    # box's writer is now kept out of the authors (``authors._TEASERS_OWN``); not tried beyond that
    ("piqd", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
