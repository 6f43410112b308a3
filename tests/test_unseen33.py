"""A thirty-third held-out round of pages imitating publishing systems (issue 9): English-language independent,
regional and magazine sites outside the US majors (UK, Australia, New Zealand, Canada, India, Nigeria, South Africa,
Singapore, Jamaica), most of which declare little (eight of twelve declare no writer, or only the organisation or a
placeholder team account, or only the first of two; four declare no JSON-LD at all). The held-out pages are scored
blind (no test runs on them, and no field of theirs is seen failing, before the single held-out score), BEFORE any
rule of the round. The round's focus: bylines marked without byline class names, and the ways the text opens.

Each page in ``fixtures/unseen33`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- bristolcable: a co-operative local newsroom on WordPress ("Words: NAME" / "Photos: NAME" in a plain ``<p>``, a
  team account "Cable Team" as the declared author, an excerpt, "Credit: NAME" closing the caption, an inline "Read
  more" link, a "Join the Cable" members' box, footnotes after the text, "Latest" cards with "Words:" bylines);
- prospect (held out): a monthly essay magazine on Next.js (the writer's name with "is a contributing editor of
  Prospect" under it, "From the April 2026 issue", a standfirst, "Image: NAME / Alamy", an inline "Read more",
  "Related articles" cards with their writers);
- critic: an opinion magazine on WordPress, no JSON-LD, no declared writer (an italic standfirst in an ``<h2>``,
  "By NAME" linked to /author/, "This article is taken from the April 2026 issue of The Critic …" above the text, a
  drop-cap first letter in its own span, "(Photo by NAME/Getty Images)" in the caption, an "About the author" box,
  comments, "Most popular" with writers);
- crikey: an Australian independent daily (two writers each with a job title under the name, only the first
  declared, "Mar 11, 2026", an excerpt, "(Image: AAP/NAME)", a paywall "Subscribe to continue reading", "Tips and
  rumours", "Latest" cards with relative dates);
- saturdaypaper: an Australian weekly on Drupal 7, no JSON-LD (a subtitle, the writer's name alone in a ``<p>``,
  "Credit: AAP Image / NAME", "NAME is The Saturday Paper’s chief political correspondent." and "This article was first
  published in the print edition …" after the text, "In this issue" cards with writers);
- spinoff (held out): a New Zealand web magazine ("NAME | Guest writer", "March 11, 2026", an excerpt, a bold intro
  inside the text's box, "Image design: NAME", "Related" embed, "The Bulletin" promo, "Keep going!" cards);
- tyee: a Canadian independent, no JSON-LD ("NAME 11 Mar 2026 | TheTyee.ca" in a ``<div>``, a deck in an ``<h2>``,
  "Photo by NAME." closing the caption, "Read more: LINK" inside the text, "NAME reports for The Tyee." closing it,
  "Read more: Environment, Politics" topic links, "Tyee Builders" box, comments);
- caravan (held out): an Indian long-form magazine ("By NAME | 11 March 2026", the organisation as the declared
  author, a subtitle, "Photo courtesy NAME" captions, "Also read", a "Keywords:" line, an author note, "More from The
  Caravan" cards with bylines);
- premiumtimes: a Nigerian outlet on WordPress/JNews ("by NAME" and "March 11, 2026", a subtitle, "[PHOTO CREDIT:
  NAME]", bold "ALSO READ:" inline links, "Support PREMIUM TIMES' journalism" box, a text ad, "Related" cards, an
  author box);
- mg: a South African weekly ("NAME & NAME · 11 Mar 2026", the organisation as the declared author, an excerpt, a
  pull quote opening the text's box, "Photo: NAME/Gallo Images", inline "Read more", "Subscribe to the M&G", two
  author cards "NAME is an M&G reporter …", "Related stories" with writers in the side column);
- mothership: a Singapore digital outlet ("By NAME | March 11, 2026, 05:30 PM", an excerpt, "Photo by NAME." in a
  caption, "Related stories" inline, "Top image via NAME" closing the text, "Follow and listen to our podcast");
- gleaner (held out): a Caribbean daily on Drupal 7, no JSON-LD ("Published:Wednesday | March 11, 2026 | 12:09 AM"
  and "NAME/Gleaner Writer" in table cells, "- NAME/Chief Photo Editor" and "- Contributed photo" ending captions, a
  bold "WESTERN BUREAU:" dateline in its own paragraph, the writer's email after the text, "Related Stories").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: standfirsts,
excerpts, subtitles and decks are no body (conventions); a bold intro INSIDE the text's box below the byline (The
Spinoff) opens the body; a pull quote repeating a later sentence above the text (M&G) is no body; the issue note above
the text (The Critic) is no body; the bold "WESTERN BUREAU:" dateline, alone in its paragraph, is part of the first
sentence; footnotes, a writer's note ("NAME reports for …", "NAME is … correspondent"), a print-edition note, the
writer's email and "Top image via NAME" are no body; a job title after a writer's name or slash ("Guest writer",
"Politics editor", "Gleaner Writer", "Chief Photo Editor") names nobody; "Contributed photo" names nobody;
"Image design: NAME" credits the picture's maker as photo; the section's latest ("Latest", "Latest Stories",
"Latest News"), an issue's other stories ("In this issue", "More from the April 2026 issue", "More from The
Caravan"), recommendations ("Keep going!", "Most popular") and topic links ("Read more: Environment, Politics") are no
teasers; inline boxes and labelled related boxes ("Read more", "Related", "Also read", "ALSO READ:", "Related
articles", "Related stories", "Related Stories") are.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): bristolcable, critic, crikey, saturdaypaper, tyee, premiumtimes, mg,
  mothership;
- held out (scored once, blind, before any rule of the round): prospect, spinoff, caravan, gleaner.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.667 images=0.250;
- dev, before any rule of the round: headline=1.000 authors=0.583 date=1.000 body_start=0.750 body_end=0.875
  related=1.000 attributions=0.808 images=1.000;
- dev, after the first dev rules ("Words:" labels the writer; an English date after the name; a contributor's page;
  a teaser's own byline class; linked writers with job titles; a print note above the text; see "Thirty-third
  held-out round" in docs/extraction-design.md): headline=1.000 authors=1.000 date=1.000 body_start=0.875
  body_end=0.875 related=1.000 attributions=0.975 images=1.000;
- dev, after two more dev rules (the writer's note linking her page names no source; a pull quote before the text):
  headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=0.875 related=1.000 attributions=1.000
  images=1.000;
- held out, after the held-out kinds fixed by rule (a courtesy credit closing a caption; "Image design:" labels a
  credit): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000
  attributions=0.875 images=0.750 (with the mended expectation below).

One expectation was changed after the blind run, to follow a decision already written in
docs/extraction-design.md (round 17: Aeon's "Photo courtesy …" credit is "Courtesy …", '"Photo NAME" after the
caption'): The Caravan's "Photo courtesy NAME" credits were first expected as the bare names; they are "Courtesy NAME".
The blind held-out figures above were scored against my first expectation.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=1.000 body_start=1.000 body_end=0.917 related=1.000 attributions=0.958 images=0.917 (the same two known
failures).

``tests/unseen_score.py unseen33`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen33"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # footnotes after the text (an ordered list of notes with "↩" back-links) are read as its last paragraphs; not
    # tried: Readability's truth keeps a page's footnotes in its body (the real bench's SRE book chapter)
    ("bristolcable", "body_end"),
    # "- NAME/Chief Photo Editor" closing a caption: the photographer's job title after a slash is kept in the credit,
    # as an earlier round expected it ("Juan Figueroa / Staff Photographer", unseen4 metro); my expectation leaves it
    # out (the job names nobody), and no rule was written against that earlier expectation
    ("gleaner", "attributions"), ("gleaner", "images"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
