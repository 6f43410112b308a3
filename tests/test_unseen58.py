"""A fifty-eighth held-out round of pages imitating publishing systems (issue 9): long-form features and magazine
stories in English, German and French declaring little (eight of the twelve declare no writer; four declare no
JSON-LD at all), where the text's opening is hard to find. The held-out pages are scored blind (no test runs on them,
and no field of theirs is seen failing, before the single held-out score), BEFORE any rule of the round. The round's
focus: body start and end, authors, headline.

Each page in ``fixtures/unseen58`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- newstatesman: a weekly's cover story (New Statesman-like on WordPress: the organisation declared, a "Cover story"
  kicker and a "Britain" rubric above the ``<h1>``, a long standfirst, "By <a>NAME</a>", "Photo by NAME for the New
  Statesman" in the caption, an inline "Read more" box, the print-issue note in italics closing the text, a
  newsletter box, "More from Politics");
- zeitmagazin: a Sunday magazine's reportage (ZEITmagazin-like, neighbour of the weeklies imitated before: no
  JSON-LD, a kicker span in the ``<h1>``, a summary repeating the description, the issue's number beside the date,
  "© NAME für ZEITmagazin", the opening scene in a pull-quote-like box above the text, "Von NAME" in italics signing
  the text, a Z+ box, "Mehr aus dem ZEITmagazin");
- atavist: a photo essay (Atavist-like: the organisation declared, a full-bleed cover, the issue's number over the
  title, a subtitle repeating the description, "Photographs and text by NAME", the text starting after the lead
  picture and its caption without credit, an end mark, the editors' credits after the story);
- republik (held out): an interview (Republik-like, Swiss, no JSON-LD: a "Interview" format line, "Ein Interview von
  <a>NAME</a> (Text) und <a>NAME</a> (Bilder), DATE", an introduction of two paragraphs before the first question in
  bold, the photographer's name alone after the caption, "Illustration und Bilder: NAME" after the text);
- tls: a review (TLS-like, neighbour of the literary reviews imitated before: the reviewer declared, the reviewer's
  link alone under the standfirst, the book's facts box (title, subtitle, author, "448pp. Fenwick Press. £25.")
  before the text, the reviewer's bio in italics after it, "Keep reading");
- letemps (held out): a Swiss daily's "Dossier" piece (Le Temps-like, neighbour of the French-language dailies
  imitated before: the organisation declared, "Dossier · Santé" as over-title, the lead repeating the description,
  an "L'essentiel" summary box before the text, "A lire aussi:" inline, the writer's name alone signing the text);
- revuexxi: an essay with an epigraph (XXI-like: no JSON-LD, "Essai" rubric, the "chapô" repeating the description,
  an epigraph quoting a writer before the text, the writer's name in bold signing it and a bio in italics after,
  the print-issue note, "À lire aussi");
- sternkolumne: a column (stern-like, neighbour of the German weeklies imitated before: the organisation declared,
  a "Kolumne" kicker span, the columnist's photo and a short bio above the text, "Eine Kolumne von <a>NAME</a>",
  "Mehr Kolumnen");
- longreads: a long read split over pages (WordPress, page one of three: no JSON-LD, no writer declared, a dek
  repeating the description, "Illustration: NAME" in the caption, "— <em>Words by NAME</em>" after the text, a
  "Pages: 1 2 3" pager with "Continue reading →");
- sciam (held out): a science magazine's feature (Scientific American-like: the organisation declared, a kicker,
  a dek, "By <a>NAME</a>", "Credit: NAME", an "In Brief" box before the text, "Related:" inline, the writer's bio
  and the print-title note after the text);
- monopol (held out): a culture magazine's portrait (Monopol-like on Drupal: no JSON-LD, a "Dachzeile", a teaser
  closing on "Ein Atelierbesuch", "Text: NAME", "Foto: NAME" in the caption, "Mehr zum Thema");
- lonelyplanet: a travel feature (Lonely Planet-like: the writer declared, breadcrumbs, the writer's name without
  "By" beside the date and "6 min read", "NAME / Shutterstock" credit, a sub-heading, a "Need to know" box closing
  the text, an author card after it, "Related articles").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the headline
is the visible ``<h1>`` without its named kicker (zeitmagazin, sternkolumne); standfirsts, decks and teasers
repeating the declared description (or named so) are no body; the scene box above the text (zeitmagazin), the
epigraph (revuexxi), the facts box of the book (tls), summary boxes ("L'essentiel", "In Brief"), the columnist's bio
above the text, a practical "Need to know" box, print-issue notes, bios after the text and pagers are no body; the
interview's introduction before the first question is the text's opening (it is the writer's text, no lead
repeating the description); a photo essay's text opens after the lead picture's caption; "Photographs and text by
NAME" names the writer and credits the photographs to the same person; "Words by NAME", "Text: NAME", "Eine Kolumne
von" and a name signing the text name the writer; in "Ein Interview von NAME (Text) und NAME (Bilder)" the second
name is the photographer; "More from Politics", "Mehr aus dem ZEITmagazin", "Mehr Kolumnen", "Popular Stories" and
"Dans la même rubrique" are feeds, no related links.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): newstatesman, zeitmagazin, atavist, tls, revuexxi, sternkolumne, longreads,
  lonelyplanet;
- held out (scored once, blind, before any rule of the round): republik, letemps, sciam, monopol (two German-language,
  one French-language, one English-language).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=0.750 body_end=0.750 related=1.000 attributions=0.917 images=1.000;

``tests/unseen_score.py unseen58`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen58"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://news.example/2026/03/12/story") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)
