"""A sixty-fifth held-out round of pages imitating publishing systems (issue 9): English-language news sites of the
kinds the private sets hold many of (a local TV station, a sports network, an entertainment trade paper, a tech site,
a business site, a health news service, a student paper, an alt-weekly, a science magazine, and Indian, Irish and
Australian national outlets), with bylines carrying a role or a station ("NAME, KXXX News Anchor", "By NAME | Staff
Writer", "NAME · Senior Reporter", "Written by NAME" over "Edited by NAME", a byline only in an author card beside
the text), placeholders declared while the page prints people ("Sportsnet Staff", "Staff", "Express Web Desk", the
station, the magazine), "Published"/"Updated" pairs, relative times ("2 hours ago", "Today at 06:30"), autoplay
players over the text, newsletter inserts, "Trending now"/"Most read" rails and "Related stories"/"READ MORE:" links.
The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single
held-out score), BEFORE any rule of the round.

Each page in ``fixtures/unseen65`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- sinclair_tv: a local TV station's news page (Sinclair-like, a broadcast group not imitated before: the station
  declared as the author, "NAME, KWXA News Anchor" in the byline, "Thu, March 12th 2026, 4:15 PM CDT" and
  "Updated …", a muted autoplay player over the text, "(KWXA/NAME)" closing a caption, an in-text "READ MORE:" line, a
  "Sign up for our newsletter" insert, "Trending Now" in the rail, "Related Stories" after the text; the title
  " | KWXA" worded unlike the ``<h1>``);
- sportsnet: a Canadian sports network on WordPress (Sportsnet-like: "Sportsnet Staff" declared, the writer only in
  an author card with "Sportsnet" as her line, "2 hours ago" in a ``<time>``, a slug as og:title, "(NAME/CP)" closing
  the caption, "READ MORE:", a video embed, "Most Read" and a newsletter box in the side column, "Related Stories");
- ent_trade: an entertainment trade paper on WordPress (TheWrap-like: no writer declared, the writer only in an
  author card in a column beside the text, "(Credit: STUDIO)" in the picture's caption, a newsletter insert,
  "Related Stories", "Trending Now");
- cnet: a tech site's story (CNET-like, a neighbour of the tech sites imitated before: "Written by NAME Senior Editor"
  over "Edited by NAME", an expertise note, an autoplay video block, a disclosure box opening the text's column,
  "Read more:" as a paragraph, "Most Popular");
- cnbc: a business news site (CNBC-like: two writers in an author box with their handles, "Published Thu, Mar 12 2026
  9:14 AM EDT" and "Updated …", "Key Points" in a box of its own before the text, an inline image with a caption and
  "NAME | Bloomberg | Getty Images" credit, an autoplay video, "READ MORE:", "Related Stories", "Trending Now");
- kffhealth: a health news service on WordPress (KFF-Health-News-like: "Health Desk Wire Staff" declared, "By NAME |
  Senior Correspondent", the lede in a div of its own before the picture, "(NAME for OUTLET)" credit, a newsletter
  aside, "READ MORE:", the outlet's line after the text, "Related Stories", "Most Read", "Republish This Story");
- dailycal: a student paper on SNworks CEO (Daily-Californian-like, a neighbour of the SNworks papers imitated before:
  "Staff" declared, "By NAME | Staff Writer", "Last updated …", the credit printed before the caption, "Read more:"
  as a paragraph, "Contact NAME at …" closing the text, "Related Stories", "Most Read");
- westword: an alt-weekly (Westword-like, Foundation CMS: "NAME · Senior Reporter", a caption and a credit in their
  own divs, "Related:" inside the text, a "Keep … Free" box and an author bio after the text, "Trending News");
- newscientist (held out): a science magazine (New-Scientist-like, a neighbour of the science aggregator of unseen28,
  whose Phys.org imitation took that system: the magazine declared as author, "By NAME" under a standfirst, a caption
  and a credit in their own divs, "Read more:", a newsletter promo, "Journal reference:" closing the text, "Related
  stories", "Most read");
- indiandaily (held out): an Indian national daily's city page (Indian-Express-like, a neighbour of the ``indian``
  page of unseen4, which imitated that system: "Express Web Desk" declared, "Written by NAME", "Pune | Updated: March
  12, 2026 12:05 IST", a slug as og:title, "(Express Photo by NAME)" in the caption, "Also Read |", "(With inputs from
  PTI)", "Trending", "Most Read");
- independent_ie (held out): an Irish national paper (Independent.ie-like: two writers declared and printed in author
  cards with their roles, "Today at 06:30", "Photo: NAME" closing the caption, a "READ MORE" box, a newsletter insert,
  "Most Read");
- ninenews_au (held out): an Australian network's news site (9News-like: "12News Staff" declared, an autoplay player
  over the byline, "By NAME • 2 hours ago", the lede in a div of its own, "(12News)" closing a caption, "READ MORE:",
  "Related stories", "Trending now").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a role, a
station or an outlet after the name ("NAME, KWXA News Anchor", "NAME | Staff Writer", "NAME · Senior Reporter") is no
part of the name; a placeholder declared as the writer ("Sportsnet Staff", "Staff", "Express Web Desk", the station,
the magazine) gives way to the person printed; "Edited by NAME" names a contributor (as in unseen11 and unseen25); a
summary box headed "Key Points" opens no text (`body._SUMMARY_LABEL`); a paper's own label before its photographer
("Express Photo by NAME") is no part of the credit (as "Staff photo by NAME"); an outlet's line after the text, a
"Contact NAME at …" tagline and a "Journal reference:" note close no text; "(With inputs from PTI)" closes the text and
names a contributor; "READ MORE:", "Read more:", "Also Read |" and "Related:" links inside the text and "Related
stories" after it are related, "Trending", "Most read", "More …" lists are not.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): sinclair_tv, sportsnet, ent_trade, cnet, cnbc, kffhealth, dailycal, westword;
- held out (scored once, blind, before any rule of the round): newscientist, indiandaily, independent_ie,
  ninenews_au (a science magazine, an Indian, an Irish and an Australian outlet).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000 body_start=0.750
  body_end=1.000 related=0.917 attributions=0.833 images=0.750;
- dev, before any rule of the round: DEV_BEFORE;

``tests/unseen_score.py unseen65`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen65"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
