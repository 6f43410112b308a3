"""A twenty-fifth held-out round of pages imitating publishing systems (issue 9): English-language newsrooms not
imitated before (US nonprofit and regional newsrooms, South Asian dailies and digital outlets, business magazines,
a US broadcaster's site). The held-out pages are scored blind (no test runs on them, and no field of theirs is seen
failing, before the single held-out score), BEFORE any rule of the round, so the held-out score measures the
extractor as it stood. The round's focus: the ways pages name their writers and the ways the text opens.

Each page in ``fixtures/unseen25`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- texastribune: a Texas nonprofit newsroom ("by NAME and NAME" under a summary, "March 11, 2026 Updated: 5:30 PM
  Central", "Credit: NAME/The Texas Tribune", a newsletter box opening the text's box, an inline "Related News",
  "NAME of The Texas Tribune contributed reporting.", a "Disclosure: …" box, author boxes, a republish box, the
  section's latest stories with their own bylines);
- calmatters (held out): a California nonprofit newsroom on WordPress ("By NAME, CalMatters", "Published … Updated
  …", "In summary" and "Why we wrote this" boxes between the byline and the lead picture, "Photo by NAME for
  CalMatters", an inline "Related", "We want to hear from you", an author bio, "More in SECTION" cards with bylines);
- the19th: a nonprofit newsroom on WordPress (two writers each with pronouns and a job title, the declared author
  "The 19th Staff", "Originally published …", "Share this story", "(NAME for The 19th)" credits in brackets, an
  inline "Read more", a donation box inside the text, author cards);
- insideclimate: a nonprofit climate newsroom on WordPress ("By NAME", a subtitle ``<h2>``, "Share this article",
  "Credit: NAME/Inside Climate News", a dateline opening the text, an inline "Related", a donation box inside the
  text, an "About This Story" letter signed by the publisher, an author box, "Related" cards with bylines, the
  declared author "NAME, Inside Climate News");
- restofworld (held out): a Next.js magazine ("By NAME" with a country tag, "11 March 2026 • Jakarta, Indonesia",
  "Illustration by NAME for Rest of World" as the only caption, a "Key takeaways" box before the text, an inline
  "Read more", "More from …" cards with bylines);
- hindustantimes: an Indian daily's custom CMS ("By NAME, New Delhi", "Mar 11, 2026 05:30 PM IST", a summary
  ``<h2>`` repeating the first paragraph's opening, "(HT Photo)" and "(Agencies)" closing captions, "Also Read:"
  lines, "Catch all the Latest …" closing the text's box, "Subscribe Now", "HT Correspondent" as ``meta author``);
- theprint: an Indian digital outlet on WordPress ("NAME 11 March, 2026 05:30 pm IST" with an avatar, an excerpt,
  "CAPTION | File photo | ANI", a bold "Mumbai:" dateline, "Also read:" lines, "(Edited by NAME)", a "Subscribe to
  our channels on YouTube & Telegram" box and a plea inside the text's box, a sidebar of latest stories with bylines);
- scroll (held out): an Indian digital outlet (the byline and "Today · 05:30 pm" after the lead picture, "Photo
  credit: NAME/AFP", "Also read:" lines, an italic author note closing the text, "We welcome your comments at …",
  "Trending" and "More from Scroll" with bylines, "Scroll Staff" as ``meta author``);
- dailystar: a Dhaka daily on Drupal ("NAME" alone, "Wed Mar 11, 2026 05:30 PM Last update on: …", "Photo: STAR",
  "Photo: Collected", an inline "Related topic" box, "Related topic" tags, "Comments", "Related News" cards, "Star
  Online Report" as the declared author);
- fortune: a business magazine on WordPress VIP ("BY NAME" in capitals, "March 11, 2026 at 5:30 PM EDT", "NAME—Getty
  Images", a "Fortune Daily" newsletter box inside the text, a conference promo, "Latest in Finance" with bylines,
  "Fortune Editors" as ``meta author``);
- fastcompany (held out): a business magazine on Next.js ("BY NAME 3 minute read", a deck ``<h2>``, "[Photo:
  NAME/Getty Images]" as the only caption, "[Photo: …]" closing captions, an inline "Related:", a brand promo, "ABOUT
  THE AUTHOR", the magazine as ``meta author``);
- abcnews: a US broadcaster's site ("By NAME, NAME, and NAME", "March 11, 2026, 5:30 PM", "NAME/AP" credits, a
  "MORE: …" link line, "ABC News’ NAME and NAME contributed to this report.", "Top Stories" rail, "ABC News" as
  ``meta author``).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the visible
``<h1>`` is the headline where the declared titles word it otherwise; the outlet, "Staff" or "Report" as the declared
author names nobody; pronouns, job titles, the outlet after a comma ("By NAME, CalMatters") and a place ("By NAME, New
Delhi") are no part of a name; names in capitals are the writer's name; "In summary", "Why we wrote this", "Key
takeaways", subtitles, excerpts and decks are no body; a dateline ("HAZARD, Ky.—", "Mumbai:") opens the body; "(Edited
by NAME)", an author note ("NAME is a reporter with Scroll.") and "Catch all the Latest
…" close no text; an editor credited "(Edited by NAME)" is a contributor; "File photo" is a note about the picture, no
credit; "Photo by", "Photo credit:", "Credit:", "Illustration by" and "[Photo: …]" label credits and are no part of
them; "Photo: Collected" is credited "Collected"; the section's latest stories, "Most Read", "Top Stories",
"Trending" and "More from …" are no teasers; inline boxes ("Related News", "Related", "Read more", "Also read:",
"MORE:", "Related topic") and a "Related" or "Related News" group of cards after the article are teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): texastribune, the19th, insideclimate, hindustantimes, theprint, dailystar,
  fortune, abcnews;
- held out (scored once, blind, before any rule of the round): calmatters, restofworld, scroll, fastcompany.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.792 attributions=1.000 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=0.625
  related=1.000 attributions=0.950 images=0.812;
- dev, after the dev rules (see "Twenty-fifth held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- held out, after the dev rules: as blind (related=0.792: the "More from Scroll" and "More Top Stories:" cards
  after the article read as teasers);
- held out, after two held-out kinds fixed by rule (a site named with its domain, "Scroll.in", calling itself
  "Scroll" in "More from Scroll"; "Top Stories" as the site's feed): all fields 1.000.

Two expected endings were changed after the dev run, to mend a plain mistake against a convention already written
in docs/extraction-design.md ("With assistance/inputs/files from": closing credit lines are "kept in the text",
``hints.AGENCY_LINE``): the broadcaster's "ABC News’ NAME and NAME contributed to this report." and the Texas
newsroom's "NAME of The Texas Tribune contributed reporting." close the text (the first was scored blind against
my first expectation, a failure that stands in the dev figures before any rule).

``tests/unseen_score.py unseen25`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen25"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
