"""A forty-third held-out round of pages imitating publishing systems (issue 9): article FORMATS that break the usual
news page, in English, German and French, declaring little (eight of the twelve declare no writer, or only the
organisation or the first of several writers; three declare no JSON-LD at all). The held-out pages are scored blind
(no test runs on them, and no field of theirs is seen failing, before the single held-out score), BEFORE any rule of
the round. The round's focus: body start and body end, then authors.

Each page in ``fixtures/unseen43`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- factcheck: a US fact-checking site (PolitiFact-like: a ClaimReview declaring the organisation, the claim in a
  quote box with the speaker's card and a rating picture, no ``<h1>``, "Written by: NAME" in a plain div, an
  "If Your Time is short" bullet box before the text, "Our ruling" and "We rate this claim False." closing it, an
  inline "RELATED:" line, "Our Sources" after the text, "Related Fact-checks" cards with bylines);
- explainer: a nonprofit climate site on WordPress/Yoast (only the first of two writers declared, writers' cards
  with a headshot, the name and a job title each, a dek, a "In this explainer" table of contents and a "Key
  takeaways" box before the text, a credit span in the hero's figcaption, an inline "Related" card, the outlet's
  boilerplate note in italics closing the text, "More explainers" cards);
- opinion: a metro daily's opinion column on an Arc-like system (the writer declared, a columnist card with
  portrait, "Columnist" and a follow button, a drop-cap first letter in its own span, "(NAME/OUTLET)" credit span,
  the columnist's tagline and "The views expressed are the author's own." closing the text, "Letters to the
  editor" invitation, "More from NAME");
- fr_live: a French regional daily's live page (LiveBlogPosting declaring the organisation, an "En direct" badge
  inside the ``<h1>``, "Par NAME et NAME (avec AFP)", a "Ce qu'il faut retenir" box, newest-first entries with
  "17h30" time divs and entry titles, "Photo Le CA/NAME", "À lire aussi" inside an entry, "Sur le même sujet");
- newsletter: a local newsletter's web version on a Campaign Monitor-like sender (no JSON-LD, no meta, a table
  layout with inline styles, "Good morning." opening, section headings, a sponsor box, "(Photo: NAME)" in a small
  paragraph under the picture, "— NAME" as the sign-off, "Forward this email" and "The Dispatch is written by NAME
  and edited by NAME" after it);
- listicle: a travel magazine on Nuxt (the writer declared, "Words: NAME" and "Photos: NAME" lines, a standfirst,
  numbered item headings with pictures between, "© NAME" credit spans, "You might also like" inline card, an
  affiliate disclaimer in italics closing the text, an author card, "Related stories" cards);
- correction: a nonprofit state newsroom on Drupal (both writers declared, the writers in a plain ``p.small``, the
  caption closing "(Photo by NAME / OUTLET)", an italic "Correction: An earlier version of this story misstated …"
  opening the body field, a "Related coverage" box in the text, "The Associated Press contributed to this report."
  closing it, writers' bios, "Latest news");
- de_kommentar: a German regional daily's commentary (the organisation declared, a "Kommentar" kicker, "Ein
  Kommentar von <strong>NAME</strong>" in a plain div, "Foto: NAME/dpa" span, "Lesen Sie auch" inline teaser, an
  author box with photo at the end, "Mehr zum Thema", a letters invitation, "Neueste Artikel" with relative times);
- de_interview (held out): an Austrian city weekly's interview (no JSON-LD, "Stadtzeit 11/2026 vom 11.03.2026 |
  Interview: NAME" in a ``div.meta``, a "vorspann" standfirst, an italic scene-setting paragraph opening the text,
  bold "Stadtzeit:" / "Marek:" speaker labels, a "Zur Person" box, "Das Gespräch führte NAME." closing the text,
  a book box, "Das könnte Sie auch interessieren", comments "vor 2 Stunden");
- obituary (held out): a small-town daily's obituary on an old table-laid CMS (no JSON-LD, ``<font>`` markup, the
  born–died line in italics under the headline, "By TOM REDDICK<br>Sentinel Staff Writer<br>Posted: …", the
  cutline in a table beside the text with "Courtesy of …" in italics, "He is survived by"-style paragraphs and the
  service and donation lines closing the text, the writer's contact line, a guest book, "More Obituaries");
- podcast (held out): a public radio station's podcast episode page (a PodcastEpisode declaring no writer, "Hosted
  by NAME", a player, platform links, the episode's description then a "Transcript" with bold speaker labels,
  "This transcript was edited for clarity." and the producers' credits after it, "More episodes", "Related
  Stories");
- data_story (held out): a UK regional daily's data story (only the first of three writers declared, the writers
  as plain spans with job titles between them, "05:00, 12 MAR 2026", chart iframes and a Flourish embed each with
  "Source: …" under it, a "Read more:" line, a "Methodology" box closing the body, the data unit's box, "Most
  Read" with relative times).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the
fact-check's headline is the claim its quote box prints at the top (the page has no other heading; the social
title words it otherwise); a live page's "En direct" badge is no part of its headline (the declared titles do not
print it so), and its body runs from the newest entry's text (entry times and titles are labels) to the oldest
entry's; "(avec AFP)" and "The Associated Press contributed to this report." make contributors (as earlier sets);
summary boxes ("If Your Time is short", "Key takeaways", "Ce qu'il faut retenir"), tables of contents and
standfirsts are no body (conventions: a standfirst is not body); a correction note, a columnist's tagline, "The
views expressed …", an affiliate disclaimer, a transcript's editing note, a producers' credits line, a Methodology
box and the outlet's boilerplate note are no part of the text's end; the interview's italic scene-setting paragraph
inside the text is its first paragraph; an obituary's service and donation lines are its text; chart sources
("Source: Office for National Statistics …") cite data, not the story's source, and are no attribution; producers,
editors and engineers named in credits lines are no attribution (conventions: editors credit no role); "Words: NAME"
and "Photos: NAME" give the writer and a photographer; "Interview: NAME" and "Das Gespräch führte NAME." give the
interviewer as the writer; a podcast's host ("Hosted by NAME") is its writer; the data story's three writers are
all authors, the graphics editor included, as the byline prints them.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): factcheck, explainer, opinion, fr_live, newsletter, listicle, correction,
  de_kommentar;
- held out (scored once, blind, before any rule of the round): de_interview, obituary, podcast, data_story.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=0.375 date=0.750
  body_start=1.000 body_end=0.500 related=1.000 attributions=0.750 images=1.000;
- dev, before any rule of the round: headline=0.875 authors=0.833 date=0.875 body_start=0.500 body_end=0.625
  related=0.938 attributions=0.940 images=1.000;
- dev, after the dev rules (see "Forty-third held-out round" in docs/extraction-design.md: a correction note over
  the text; "The views expressed …", an outlet's commission note and a newsletter's footer closing it; a caption
  closing on its credit between headline and text; bullets in ``<li><p>`` above the text's box; a "— NAME"
  sign-off): headline=0.875 authors=0.958 date=0.875 body_start=0.875 body_end=1.000 related=0.958
  attributions=0.982 images=1.000 (related scored against the mended expectations below: opinion's rose from 0.5
  to 1.0, factcheck's fell from 1.0 to 0.67);
- held out, after the dev rules (the same as blind): headline=0.750 authors=0.375 date=0.750 body_start=1.000
  body_end=0.500 related=1.000 attributions=0.750 images=1.000;
- held out, after three held-out kinds fixed by rule (a "Methodology" note closing a data story; "Contact NAME at
  PHONE or EMAIL" closing the text; "Hosted by NAME"): headline=0.750 authors=0.625 date=0.750 body_start=1.000
  body_end=1.000 related=1.000 attributions=0.833 images=1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=0.833 authors=0.778
date=0.750 body_start=0.917 body_end=1.000 related=0.972 attributions=0.898 images=1.000.

Expectations changed after a run, by a written convention only: a writer's "More from NAME" box stays a teaser label
(docs/extraction-design.md, eleventh round, ``body._more_from_sections``: "a writer's 'More from NAME' stays one"),
so opinion's two "More from Lena Vasquez" links and factcheck's two "More by Dana Whitcomb" links were added to
their related links. The blind held-out figures above were scored against my first expectations (the change
touches no held-out page).

``tests/unseen_score.py unseen43`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen43"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a fact-check page without an <h1>: the claim its quote box prints at the top is the headline, the social title
    # is taken; not tried (picking a quote box over the declared titles would be tuned to the one layout)
    ("factcheck", "headline"),
    # "More by NAME" as a bold line inside a "Browse the Truth-O-Meter" box after the text: the writer's list is not
    # read as teasers (the box's own heading names no teasers); not tried
    ("factcheck", "related"),
    # two writers' cards (a headshot, the name linked to the writer's page, a job title span), only the first
    # declared: the second is not read, the "More explainers" cards' "By NAME" lines rank before the cards; not tried
    ("explainer", "authors"), ("explainer", "attributions"),
    # a live page's newest entry opens with its title (an <h2> in the entry) before the entry's text: the body opens
    # with the title; not tried (the rule keeping a live blog's first entry title is older, ``_opens_section``)
    ("fr_live", "body_start"),
    # (the newsletter's date, its printed "Thursday, March 12, 2026 · Issue No. 412" line beside the title, is read
    # since round 66: ``dates._line_beside_title``)
    # (an old table-laid obituary's "Posted: Tuesday, March 10, 2026" in a cell named "storyinfo", once read after the
    # page's date bar, is read since round 120: a table cell named for the date or story info is read as a date's
    # element, ``dates._DATE_TAGS``; its headline in <font size=5><b> under a title of three parts " :: ", and with
    # it the byline, are read since the fiftieth round: "Headline | Section | Site", ``headline._opens_title``)
    # three writers as plain spans with job titles between them ("<span>A</span>, Data Editor, <span>B</span>, Data
    # Journalist, and <span>C</span>, Graphics") in a div.meta, only the first declared: the others are not read
    # (the known kind of the undeclared probe: several writers with job titles between them); not tried
    ("data_story", "authors"), ("data_story", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
