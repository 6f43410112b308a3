"""A twenty-first held-out round of pages imitating publishing systems (issue 9): English-language regional and
Commonwealth news sites rich in bylines, agency lines, contributors and picture credits, not imitated before (an
American metro daily, two Canadian dailies, two New Zealand news sites, an Irish daily, a Scottish daily, a Thai
English daily, a Philippine news site, a Gulf daily, a Middle East news site, a Ukrainian news site on Ghost). The
held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single
held-out score), BEFORE any rule of the round, so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen21`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains:

- chicagotribune: a metro daily on Arc/WordPress ("By NAME | Chicago Tribune", "UPDATED: March 11, 2026 at 5:30
  p.m.", "(NAME / Chicago Tribune)" closing the caption, an inline "RELATED ARTICLES" box, "Chicago Tribune's NAME
  contributed.", "Originally Published: …", "Trending Nationally", the outlet as the declared meta author);
- nationalpost (held out): a national daily on Postmedia's WordPress ("NAME, National Post", "Published Mar 11, 2026
  • Last updated 1 hour ago • 3 minute read", a subtitle, "Photo by NAME /Reuters", a "Recommended from Editorial"
  box, "With files from The Canadian Press", newsletter, comments);
- torontostar: a metro daily on BLOX ("NAME Staff Reporter" twice, "Wed., March 11, 2026timer3 min. read",
  "NAME/Toronto Star" under the caption, an inline "RELATED STORIES" box of bare links, the outlet as the declared
  author, "More from The Star & Partners");
- nzherald: a national daily on Arc (a kicker link, "NAME", "11 Mar, 2026 05:30 PM", "… Photo / NAME" closing the
  caption, an inline "Related articles" box of story cards, "- RNZ" closing the text, the outlet as a declared
  Person, "Most read", "Latest from New Zealand");
- stuff (held out): a news site ("Local Democracy Reporting" label, "NAME15:30, Mar 11 2026" run together,
  "Supplied" as the credit, a "Related" box, the LDR funding note, a placeholder "Stuff Reporter" declared);
- independentie: an Irish daily on Mediahuis's stack (an intro line, "NAME", "Today at 17:30", "Photo: Collins",
  an inline "Read more" link, "Additional reporting PA", "More in Politics", "Most Read");
- scotsman: a regional daily on National World's stack (a standfirst in an ``<h2>``, "By NAME" with a role,
  "Published 11th Mar 2026, 17:30 GMT", "Picture: NAME/JPIMedia", two inline "Read More" boxes, comments);
- bangkokpost (held out): an English daily ("PUBLISHED : 11 Mar 2026 at 17:30", "WRITER: NAME" in a row of
  labels, "(Photo: NAME)" closing the caption, "Related News", "state news agency Xinhua reported", a writer box,
  "Most Recent", the company as the declared Person);
- inquirer: a news site ("By: NAME - Reporter / @handle", "INQUIRER.net / 05:30 PM March 11, 2026", "INQUIRER FILE
  PHOTO / NAME" closing the caption, two "READ: …" paragraphs, "/cb" initials, the site as the declared Person);
- thenational: a Gulf daily on Arc (a sub-headline, two linked names, "Mar 11, 2026", "Getty Images" credit, a
  "Read more" box, "Additional reporting by Agencies", "Updated: March 11, 2026, 5:30 PM" under the text);
- mee: a news site on Drupal ("MEE correspondent in CITY", "Published date: 11 March 2026 17:30 GMT", "(AFP/File
  photo)" closing the caption, a "Read more →" box, "According to Reuters", a subtitle);
- kyivindependent (held out): a news site on Ghost ("NAME", "March 11, 2026 5:30 PM 3 min read", "(Photo:
  NAME/Global Images Ukraine via Getty Images)", a "Note from the author:" callout before the text, two "Read
  also:" paragraphs, a membership box, an author card, "Latest").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: kickers and
section links outside the ``<h1>`` are no part of the headline; subtitles, intros and standfirsts are no body;
"With files from The Canadian Press" and "Additional reporting PA" name the agencies as contributors (fourth and
thirteenth rounds); "Additional reporting by Agencies" credits a group without a name, nobody (fourth round: a group
credited without names is nobody); "- RNZ" closing the text names the outlet the story came from, a source, as a
bare agency dateline does; "Chicago Tribune's NAME contributed." names a contributor; "MEE correspondent in CITY"
names nobody (an anonymous correspondent, like a desk); "Supplied" is the credit as printed (seventh round);
"INQUIRER FILE PHOTO / NAME" and "(AFP/File photo)" credit the photographer / agency, the file-picture note going
(twentieth round: "PHOTO ARCHIVES NAME"); a cited agency ("According to Reuters", "Xinhua reported") is a source;
the section's latest stories, "Most read", "Trending", "More in SECTION" and "More from The Star & Partners"
are no teasers; "Originally Published: …", the LDR funding note and the membership box are no part of the text.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): chicagotribune, torontostar, nzherald, independentie, scotsman, inquirer,
  thenational, mee;
- held out (scored once, blind, before any rule of the round): nationalpost, stuff, bangkokpost, kyivindependent.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=0.750 body_end=0.750 related=1.000 attributions=0.875 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=1.000 body_end=0.875
  related=0.833 attributions=0.757 images=0.750;
- dev, after the dev rules (see "Twenty-first held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- held out, after the dev rules (none of them moved a held-out figure) and the held-out kinds fixed by rule (a
  funding note under the text; a "Note from the author:" box over the text; "WRITER: NAME" in a row of labels; "news
  agency NAME reported"): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000
  attributions=1.000 images=1.000. Known failures left: none.

No expectation was changed after a run. One was settled by a written convention before any run, while writing the
pages: The National's "Additional reporting by Agencies" first listed "Agencies" as a contributor, taken out by the
fourth round's convention (a group credited without names is nobody).

``tests/unseen_score.py unseen21`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen21"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
