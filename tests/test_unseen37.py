"""A thirty-seventh held-out round of pages imitating publishing systems (issue 9): picture-led articles (photo essays,
galleries, an obituary, a recipe, a concert review, features) in English, German, French and Japanese, declaring little
(eight of the twelve declare no writer, only the organisation, a desk, a placeholder, or only the first of several
writers; four declare no JSON-LD at all). The held-out pages are scored blind (no test runs on them, and no field of
theirs is seen failing, before the single held-out score), BEFORE any rule of the round. The round's focus: the
caption and credit of each picture, attributions, then authors.

Each page in ``fixtures/unseen37`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- us_photoessay: a US newspaper's photo essay (the organisation declared, "Photographs by NAME<br>Text by NAME" in a
  plain ``<p>``, a dek, long captions ending "(NAME/The Ledger)", a "TILLMAN BAY —" dateline, an inline "Related" box,
  "Staff researcher NAME contributed to this report.", author cards, "More from Photography" teasers with bylines);
- uk_gallery (held out): a UK paper's picture gallery of the week (the picture desk declared and printed, "1 of 6"
  counters, ``figcaption`` with a place heading, the caption and a ``span.credit`` "Photograph: NAME/AGENCY", an
  onward "More on this story" list, "Most viewed");
- de_bildergalerie (held out): a German regional's Bildergalerie, no JSON-LD ("Von <b>NAME</b> und <b>NAME</b>
  (Fotos)", a bold teaser paragraph, "Bild 3 von 5", captions "…<br><span>Foto: NAME</span>" and "© dpa", "Mehr zum
  Thema", a side column of galleries with "Foto:" and "vor 2 Stunden");
- fr_portfolio: a French daily's portfolio (the outlet declared as a Person, "Photos : NAME pour OUTLET – Texte : NAME
  (Marseille, correspondante)", a drop-cap first letter in its own span, an upper-case credit span, "Crédit photo :
  NAME / Hans Lucas", "© Archives municipales", a "Lire aussi" catcher, a signature after the text);
- jp_photostory (held out): a Japanese paper's photo story (the company declared, "写真・文　NAME", captions closing
  "＝日付、場所、NAME撮影" and "本社ヘリから、NAME撮影", "関連ニュース" inside the text, "写真特集の新着" with bylines);
- obituary: a US local paper on a BLOX-like system, no JSON-LD (a byline with "Staff Writer" in a ``<small>``, an
  archive portrait "… in 1987." with "Courtesy of the family" in its own credit div, "PINE FALLS —" in bold, "file
  photo", a "Related" box, "NAME can be reached at …" closing, "Recommended for you" cards with bylines);
- recipe: a newspaper's food section on WordPress (a Recipe JSON-LD with a placeholder staff author, "Recipe by NAME |
  DATE", "Photo by NAME; food styling by NAME", a servings line, a "RELATED:" paragraph, ingredients, steps with a
  picture "(NAME/Daily Tribune)", a nutrition note, an author bio, comments);
- concert_review: a Swiss French regional on an old table layout, no JSON-LD ("Texte : <b>NAME</b>" in a ``<font>``,
  a chapeau, "Photo : NAME - DR", "Foto: NAME / Veranstalter", a bold "GENÈVE" dateline, "À lire aussi :", a dates
  line, reader reactions with relative dates);
- wildlife: a nature magazine's feature (only the first of two writers declared, "Words: NAME and NAME", a hero
  picture above the headline "Image: NAME / Nature Picture Library", a strap in an ``h2``, a ``p.intro`` lede, a map
  "Map: NAME; Source: TRUST", "You may also like", a contributors' box, "Latest features" with bylines);
- sports_live: an Irish paper's GAA picture story (only the first writer declared, two bylines as name + job title
  spans, "Photo: NAME/Sportsfile", "© IMAGO / NAME", a bold score line opening the text, "READ MORE" list, "Latest
  Sport" cards with writers and relative dates);
- architecture: a German architecture magazine (a "Redaktion" placeholder declared, a slider of pictures "© NAME"
  above the text, "Text: NAME" as the text's first paragraph, "Auch interessant", a project data table with
  "Fotografie", "Weitere Projekte" with "Text:" bylines);
- science_illus (held out): a science news site on Ghost, no JSON-LD ("By NAME, staff writer, and NAME, contributing
  editor", "Illustration: NAME/INSTITUTE", "Credit: NASA/JPL-Caltech", "Image courtesy of NAME", a bookmark card,
  author cards, "Read next" cards with writers).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a dek, a strap,
a chapeau, a bold teaser paragraph and a servings line are no body (a standfirst is not body); a bold score line
opening a match report is body; datelines stay in the body's first sentence; "Photographs by NAME / Text by NAME"
makes both writers authors (the photographer of a photo essay is its writer too) and the photographer the pictures'
credit; "(Fotos)" after a second name makes him the photographer, not a writer; stylists took no picture and get no
attribution (unseen34's bonappetit); "Courtesy of …" is the credit and the attribution (earlier rounds); a caption's
"Source:" after a map's credit names no source of the story; "DR" names nobody, so "NAME - DR" credits NAME; the
nutrition note, a dates line, "NAME can be reached at …", a signature after the text and a project data table are no
body; inline boxes ("Related", "RELATED:", "Lire aussi", "À lire aussi", "関連ニュース", "READ MORE", "You may also
like", "Auch interessant", "Mehr zum Thema", a bookmark card) and "More on this story" are teasers; "More from
Photography", "Recommended for you", "Latest …", "Weitere …", "Read next" and rankings are none.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): us_photoessay, fr_portfolio, obituary, recipe, concert_review, wildlife,
  sports_live, architecture;
- held out (scored once, blind, before any rule of the round): uk_gallery, de_bildergalerie, jp_photostory,
  science_illus.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.250 date=1.000
  body_start=0.750 body_end=0.750 related=0.750 attributions=0.548 images=0.917;
- dev, before any rule of the round (first expectations): headline=1.000 authors=0.667 date=0.875 body_start=0.625
  body_end=0.750 related=1.000 attributions=0.492 images=0.708;
- after mending expectations that broke conventions already followed by the earlier sets (below), before any rule:
  held out headline=1.000 authors=0.250 date=1.000 body_start=0.750 body_end=0.750 related=0.750 attributions=0.834
  images=0.917; dev headline=1.000 authors=0.750 date=0.875 body_start=0.625 body_end=0.750 related=1.000
  attributions=0.808 images=0.833.
- dev, after the dev rules (see "Thirty-seventh held-out round" in docs/extraction-design.md: a note after a credit's
  name without a slash, "OUTLET file photo" and "NAME - DR"; French "Texte :" and a byline in ``<font>``; Bootstrap's
  "list-inline" holding the header's date; the writer's line after the photographer's "Photographs by NAME<br>Text by
  NAME"; a map's maker before its data's source), with us_photoessay's mended expectation below: headline=1.000
  authors=1.000 date=1.000 body_start=0.625 body_end=0.750 related=1.000 attributions=1.000 images=1.000;
- held out, after the held-out kinds fixed by rule ("写真・文　NAME" with an ideographic space; "Image courtesy of
  NAME" closing a caption; "Von NAME und NAME (Fotos)"): headline=1.000 authors=0.500 date=1.000 body_start=0.750
  body_end=0.750 related=0.750 attributions=0.945 images=1.000;
- held out, after one more held-out kind fixed by rule ("DATE · Von <b>NAME</b>": the lead-in ending the line's own
  text): headline=1.000 authors=0.750 date=1.000 body_start=0.750 body_end=0.750 related=0.750 attributions=0.981
  images=1.000.

Expectations changed after the first runs, each to follow a convention already held: a picture's credit, and the
photographer's attribution, is the credit as printed with its agency or outlet ("NAME/AGENCY", "NAME for OUTLET":
unseen2x's "Louisa Gouliamaki/Reuters", "Caitlin O'Hara for The New York Times"), so us_photoessay, fr_portfolio,
recipe, concert_review, wildlife, sports_live, uk_gallery and science_illus now expect "NAME/AGENCY"; a byline's
photographer ("Photographs by NAME", "Photos : NAME", a name with the job title "Photographer") is no writer when the
byline names a writer of the text (authors.py's "Photographs by" rule; docs: "A role in brackets after a byline's
name": the photographer is no writer), so us_photoessay, fr_portfolio and sports_live expect only the text's writer.
After the dev rules found the byline "Photographs by NAME<br>Text by NAME", us_photoessay's photographer named there
was added as ["photo", NAME] (a plain omission of mine: a byline's photographer is credited so, ``byline_photographers``).
The blind held-out figures above were scored against my first expectations.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=0.917
date=0.917 body_start=0.667 body_end=0.750 related=0.917 attributions=0.994 images=1.000 (the known failures, and
architecture's date: "Bildung · 04.03.2026", a section link and the day in the kicker line above the headline, is
not read without the declared date).

``tests/unseen_score.py unseen37`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen37"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # (the dek, p.article__desc in the header's own section, is a deck since round 62: ``body._SUB_TITLE``)
    # a recipe's servings line in <em> ("Serves 4. Active time: …") opens the body, and its nutrition note closes
    # it: a recipe card's facts inside the text's box; not tried
    ("recipe", "body_start"),
    ("recipe", "body_end"),
    # "Prochaines dates : …" (a bold-labelled facts line after the text's last sentence) is kept; not tried
    ("concert_review", "body_end"),
    # a match report's bold score line as the text's first paragraph is dropped as a short bold line; not tried
    ("sports_live", "body_start"),
    # a picture gallery whose text is its captions: the body found is the membership appeal after it, and the
    # picture desk ("Courier picture desk") is no person's name for the byline; not tried
    ("uk_gallery", "authors"),
    ("uk_gallery", "body_start"),
    ("uk_gallery", "body_end"),
    ("uk_gallery", "attributions"),
    # a Ghost bookmark card (div.kg-bookmark-card) inside the text is no teaser yet, and the "Read next" cards
    # after the article are taken; not tried
    ("science_illus", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
