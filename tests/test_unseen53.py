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
excerpts, leads and standfirsts above the byline that repeat the description are the description, no body (first
written so of marieclaire's bold intro inside the text's box too, mended below); an interview's first question opens
the text (parismatch), and "Propos recueillis par" names the writer; "NAME, correspondant à X" and "NAME, à
Toulouse" name the writer without the place; "Sciences et Avenir avec AFP" names no person (the outlet), and makes
the agency a contributor, as "(avec AFP)" closing a text does; "La rédaction" names nobody; a blog's "Écrit par NAME
dans Catégorie" footer names the writer (hautetfort), whose "© NAME" credits the picture; credits are as printed
without their label ("Photo", "Crédit :", "Crédit photo :", "(Crédits : …)", "© Photo"); paywall, subscription and
newsletter boxes, a film's facts line ("De … Avec … Durée …"), a rating box and linked documents are no body; "Lire
aussi" and "À lire aussi" boxes and lines inside the text, and "Sur le même sujet" after the article, are related
links; section feeds ("Dans la même rubrique", "Dernières actus", "Plus d'articles", "Les plus lus") are not.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): lopinion, latribune, parismatch, sciencesetavenir, marieclaire,
  rue89strasbourg, hautetfort, seneweb;
- held out (scored once, blind, before any rule of the round): nrepublique, premiere, contexte, vingtquatreheures
  (a regional daily, a culture magazine, a political pure-player, a Swiss daily).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: all eight fields 1.000 (headline=1.000 authors=1.000
  date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000);
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=0.875 body_end=1.000
  related=1.000 attributions=0.958 images=1.000 (hautetfort's writer, named only by the post's footer line;
  marieclaire's body start, against the first expectations);
- dev, after the dev rule (see "Fifty-third held-out round" in docs/extraction-design.md: a blog post's footer line
  "Écrit par NAME dans Catégorie | Lien permanent | …" names the writer) and marieclaire's expectation mended (below):
  all eight fields 1.000;
- held out, after the dev rule: unchanged, all eight fields 1.000; no held-out kind was left to fix.

All twelve with what they declare taken out (``--undeclared``), after the rule: all eight fields 1.000.

Expectation changed after a run, by a written convention only: marieclaire's bold intro, named so and repeating the
description, stands below the byline and the picture as the first paragraph of the text's own box, and "a lead below
the byline … stays the text's opening set large" (docs/extraction-design.md, twenty-second round, "A deck named as a
lead or intro above the byline"): its ``body_first`` is the intro, not the paragraph after it as first written. A
rule taking such an intro for the description was tried first and dropped: on the bench it cut the real first
paragraph of three pages whose lead paragraph the description copies (two LRT pages' ``p.text-lead``, Kommersant's
``p.doc__intro``).

``tests/unseen_score.py unseen53`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen53"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_TEXT = ("<p>Les tailleurs de pierre ont réutilisé autant que possible les blocs de granit d’origine, numérotés un "
         "par un avant le démontage.</p>" * 4)


def test_a_blog_posts_footer_line_names_the_writer() -> None:
    """"Écrit par NAME dans <a>Catégorie</a> | Lien permanent | Commentaires (3)" after a blog post (a French blog
    host's footer line, as "Posted by NAME in Category | Permalink"): with no byline, NAME is the writer; a reader's
    comment "Écrit par : Martine | 12.03.2026" and a sentence of the text "Publié par Gallimard dans sa collection
    …" name nobody."""
    page = ('<html><head><title>Clocher</title></head><body><div class="post"><h2 class="posttitle">La chapelle '
            'retrouve son clocher</h2><div class="posttext">' + _TEXT + '</div><p class="postmetadata">Écrit par '
            'Yann Le Calvez dans <a href="/patrimoine/">Patrimoine</a> | <a href="/archive/1.html">Lien permanent</a>'
            ' | <a href="/archive/1.html#comments">Commentaires (3)</a></p></div>{comments}</body></html>')
    comments = '<div class="comment"><p>Merci !</p><p class="comment-author">Écrit par : Martine | 12.03.2026</p></div>'
    assert _extract(page.format(comments=comments))["authors"] == ["Yann Le Calvez"]
    alone = page.replace('<p class="postmetadata">Écrit par Yann Le Calvez dans', '<p class="postmetadata">Dans')
    assert _extract(alone.format(comments=comments))["authors"] == []
    text = ('<html><head><title>Roman</title></head><body><article><h1>Un premier roman remarqué</h1><p>Publié par '
            'Gallimard dans sa collection blanche | le roman a surpris.</p>' + _TEXT + '</article></body></html>')
    assert _extract(text)["authors"] == []
    posted = page.replace("Écrit par Yann Le Calvez dans", "Posted by Ann Lee in")
    assert _extract(posted.format(comments=""))["authors"] == ["Ann Lee"]
