"""A twenty-third held-out round of pages imitating publishing systems (issue 9): English-language US, UK and
European news and magazines on systems not imitated before (a Hearst metro daily, a MediaNews WordPress daily, an
Advance Local Arc site, a hyperlocal network, two public-radio newsrooms; a Brussels politics site, a European
broadcaster's site, a youth magazine, two British weeklies and a news digest). The held-out pages are scored blind
(no test runs on them, and no field of theirs is seen failing, before the single held-out score), BEFORE any rule of
the round, so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen23`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- sfchronicle: a Hearst metro daily (a subhead ``<h2>`` under the ``<h1>``, two "NAME, Staff Writer" bylines,
  "Updated March 11, 2026 5:30 p.m.", "NAME/The Chronicle" credit, an inline "More on …" box, the "Reach NAME:
  email; Twitter: @handle" closing line, author bios, "Top of the News" cards with bylines);
- denverpost: a MediaNews WordPress daily ("By NAME | email | The Denver Post", "PUBLISHED: March 11, 2026 at 5:30
  p.m. MT", "(Photo by NAME/The Denver Post)" closing the caption, an inline "Related Articles" list, "The Associated
  Press contributed to this report.", the section's cards with bylines);
- njcom: an Advance Local Arc site (two writers "By NAME and NAME | NJ Advance Media for NJ.com", the JSON-LD authors
  as "NAME | NJ Advance Media for NJ.com", "Published: Mar. 11, 2026, 5:30 p.m.", "NAME | For NJ.com" credit, a
  "RELATED:" link in the text, "Our journalism needs your support." box, the writer's contact line);
- patch (held out): a hyperlocal network ("NAME, Patch Staff", the network as the declared author, a dek, "Posted
  Wed, Mar 11, 2026 at 5:30 pm PT", "(Shutterstock)", a bold dateline opening the text, "Get more local news"
  prompts in the text, comments, rail cards with bylines);
- kqed: a public-radio newsroom on WordPress VIP (two writers as separate links, "Mar 11, 2026", "(NAME/KQED)",
  "Sponsored" units, an inline "Related Coverage" aside, a listen button before the text, the parsely author a
  staff placeholder);
- gothamist (held out): a public-radio city site on Nuxt ("By NAME and NAME", "Published" and "Modified" dates,
  "NAME / Gothamist" credit, streamfield blocks, a pull quote, "Read More" inline, the "Our reporters …" support
  box, author bios, recirculation cards with bylines);
- politico: a Brussels politics site (a dek, "By NAME and NAME", "March 11, 2026 5:30 pm CET", "This article has
  been updated." before the text, a "BRUSSELS —" dateline, "NAME and NAME contributed reporting.", "NAME/AFP via
  Getty Images", "Related articles" cards with bylines after the article);
- euronews (held out): a European broadcaster ("By NAME with AP, AFP", "Published on 11/03/2026 - 16:30 GMT+1",
  " - Copyright AP Photo/NAME" closing the caption, a bold summary paragraph opening the content box, "Share this
  article", "Additional sources • EFE", the outlet as the declared Person);
- vice: a youth magazine on Next.js (a dek, "By NAME", "March 11, 2026, 5:30pm", "Photo by NAME via Getty Images"
  closing the caption, "MORE FROM VICE" cards with bylines inside the text, "Follow NAME on Twitter." closing it,
  a "VICE Staff" placeholder as the declared author);
- spectator: a British weekly ("NAME" alone over the date, "11 March 2026, 5:30pm", "(Photo: Getty)", an excerpt
  under the ``<h1>``, "Read more" inline, the "Written by NAME" author box with bio after the text, "Most popular"
  with writers' names);
- newstatesman (held out): a British weekly ("By NAME", a standfirst, "Photo by NAME/AFP via Getty Images", two
  "[See also: …]" inline teasers, "Topics in this article:", an author footer, "Recommended" cards with bylines);
- theweek: a news digest ("NAME, The Week UK", "published 11 March 2026", "(Image credit: NAME / Getty Images)",
  a strapline, a newsletter box opening the text, "What did the commentators say?" quoting other outlets by link,
  "Read more:" inline, an author bio).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: decks,
subheads, excerpts, straplines, standfirsts and a bold summary opening the content box are no body (a standfirst is
not body); "This article has been updated." is no part of the text's opening; a bold dateline ("PALO ALTO, CA —",
"BRUSSELS —") is part of the first sentence; "Staff Writer", "Patch Staff", "| NJ Advance Media for NJ.com" and
", The Week UK" are no part of the names; the declared placeholders ("Patch", "Euronews", "VICE Staff") name
nobody; "The Associated Press contributed to this report." and "NAME and NAME contributed reporting." name
contributors; "By NAME with AP, AFP" and "Additional sources • EFE" name the agencies as contributors; the closing
contact lines ("Reach NAME: …", "NAME may be reached at …", "Follow NAME on Twitter.") are no part of the last
sentence; "(Photo: Getty)", "(Shutterstock)" and "(Image credit: …)" are credits without their labels; the outlets
The Week quotes by link ("said NAME in The Guardian") are sources; "More on …", "Related Articles", "RELATED:",
"Related Coverage", "Read More", "Related", "MORE FROM VICE", "Read more", "[See also: …]" and Politico's "Related
articles" cards after the text are teasers; the section's latest stories, "Top of the News", "More in …", "More
from …", "Most Read", "Recommended" and "Most popular" are no teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): sfchronicle, denverpost, njcom, kqed, politico, vice, spectator, theweek;
- held out (scored once, blind, before any rule of the round): patch, gothamist, euronews, newstatesman.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.917 attributions=0.972 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=0.750
  related=1.000 attributions=0.946 images=1.000;
- dev, after the dev rules (see "Twenty-third held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=0.986 images=1.000. Politico's
  and the Denver Post's expected last sentence was mended after the first run to the closing contributor line
  ("NAME and NAME contributed reporting.", "The Associated Press contributed to this report."): such lines are
  article text, kept (``hints.AGENCY_LINE``, and the expectations of unseen2 newspack, unseen4 ap and metro), a
  plain mistake of mine against that convention; Politico's blind failure on it stands. The Week's "said [the BBC]"
  is left a known failure;
- held out, after the dev rules (unchanged): headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=0.917 attributions=0.972 images=1.000;
- held out, after the held-out kinds fixed by rule ("<span>Additional sources</span> • EFE"; a bare "Recommended"
  over cards after the article): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=1.000 attributions=1.000 images=1.000. Known failure left: theweek attributions (see KNOWN_FAILURES).

``tests/unseen_score.py unseen23`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen23"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # "said [the BBC]": a linked outlet after a bare speech verb; "said [NAME]" links a person as often, not taken
    ("theweek", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
