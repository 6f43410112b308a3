"""A fifty-seventh held-out round of pages imitating publishing systems (issue 9): English-language pages that carry
other people's copy or are written by institutions, declaring little (nine of the twelve declare no person as
writer, only an organisation, an agency or nothing; five declare no JSON-LD at all). The held-out pages are scored
blind (no test runs on them, and no field of theirs is seen failing, before the single held-out score), BEFORE any
rule of the round. The round's focus: authors (persons against organisations and agencies), attributions, body start
and end.

Each page in ``fixtures/unseen57`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- reuters_portal: a local TV station's WordPress portal republishing Reuters copy (the wire declared as an
  Organization author, "NAME | Reuters" in a ``span.wire-byline``, "LISBON, March 11 (Reuters) -", "REUTERS/NAME"
  closing the caption, an ad slot in the text, "(Reporting by NAME; Additional reporting by NAME in CITY; Editing by
  NAME)", the wire's copyright line, "More World News", "Trending Now");
- via_aggregator: a news aggregator's "via" page (no JSON-LD, no declared date, "Curated by <a>NAME</a> · March 11,
  2026 at 9:15 AM", "Image: OUTLET" under a picture without caption, the curator's summary and a pull quote, "via
  <a>OUTLET</a>" after it, "Read the full story", "More coverage" from other outlets, "Top stories");
- bizwire: a press-release distribution site (Business Wire-like, a neighbour of the PRNewswire page of unseen28: no
  JSON-LD, the time in its own block, a bold ``<h1>`` and an italic subhead, the company's link over the release,
  "HALIFAX, Nova Scotia--(BUSINESS NEWSWIRE)--" glued to the first sentence, "About COMPANY" in bold, a "Contacts"
  box, industry tags, "More News From COMPANY");
- sciencerelease: a science news release service (EurekAlert-like, a neighbour of the science aggregator of unseen28:
  no JSON-LD, "NEWS RELEASE 11-Mar-2026", a subtitle, "Peer-Reviewed Publication", the institution's link, the
  journal's block and the service's disclaimer after the text, the picture with "Credit: NAME / INSTITUTION" in the
  side column, a "Media Contact" box);
- police: a city police department's news release on a municipal CMS (CivicPlus-like: no JSON-LD, no ``<meta>``
  declarations, "Posted on: March 11, 2026", "MEDIA RELEASE" and "Contact: Sgt. NAME, Public Information Officer"
  as the text's first paragraphs, the picture in a ``<p>`` with "Photo courtesy of DEPARTMENT" closing an italic
  caption, "###", "Other News in Police Department");
- company: a company newsroom on WordPress (a WebPage and the Organization in JSON-LD, no writer declared, an eyebrow,
  a dek repeating the description, "By NAME, Chief Sustainability Officer" under an avatar, "Photo: COMPANY" in the
  caption, a "Media contact" box and topics after the text, "Related stories" cards);
- league: a sports league's site on Next.js running an agency's recap (a WebPage in JSON-LD, "By NAME, Associated
  Press" in capitals, "HARBOUR CITY (AP) —", "Photo courtesy of CLUB" in a credit span, a score strip, a match
  card in the text, "UP NEXT", "Latest News");
- charity: a charity's newsletter on Squarespace (a neighbour of the church paper of unseen52: the charity declared
  as the writer, a category and date over the headline, "Dear friends,", a caption closing on "Photo courtesy of
  CHURCH", the coordinator's bold name and role signing the letter, a newsletter sign-up block, the charity's name as
  Squarespace's author link);
- govnewsroom (held out): a national government's newsroom (Canada.ca's WET-like, a neighbour of the state agency's
  USWDS release of unseen28: no JSON-LD, Dublin Core meta, "From: DEPARTMENT", "News release", "March 11, 2026 –
  PLACE – DEPARTMENT" as the first line, "Quotes" with the speakers on lines of their own, "Quick facts",
  "Associated links", "Contacts");
- ngo (held out): a humanitarian information portal republishing an NGO's situation report (ReliefWeb-like: no
  JSON-LD, "Source", "Posted", "Originally published" and "Origin" in a ``dl`` under the headline, "Photo courtesy of
  NGO", a "Highlights" list before the text, sub-headings, "About NGO" and "Media contact:" closing it, an attachment,
  "Related Content" with sources);
- athletics (held out): a university athletics site (Sidearm-like: no JSON-LD, "3/11/2026 9:45:00 PM", "Photo by
  NAME" in a credit span, "Story Links", a bold "NORTHFIELD, Minn. " dateline, "Up Next", "-NU-" closing the text,
  "Print Friendly Version", "Related Stories");
- tradeassoc (held out): a trade association's press release on WordPress (no JSON-LD, "FOR IMMEDIATE RELEASE",
  "Contact: NAME<br>Director of Communications", an italic subhead, "WASHINGTON, March 11, 2026 –", "About ORG" in
  bold, "###", "Recent Press Releases", "Media Resources").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them, by the written
conventions (docs/extraction-design.md, README's settled conventions, tests/test_unseen28.py): a press release, a
government release, a police release and an NGO's report name no author (the issuer is no writer, and a "Contact:"
or "Media contact" names a press officer, no writer); their "About ORG" paragraphs are part of the text, the contact
lines, "###", "-NU-", a journal's block and a service's disclaimer are not; "NAME | Reuters" and "By NAME, Associated
Press" name the person, and the wire the dateline names too is recorded once, as the source (twenty-second round, "A
byline's agency that is the dateline's"); "Reporting by", "Additional reporting by" and "Editing by" name contributors
(unseen47 wire_regional); a job after the name ("Chief Sustainability Officer") is no part of it; the curator of a
"via" page wrote its summary and is its author, the outlet after "via" its source; a portal's "Source" field names the
NGO as source; "Photo courtesy of NAME" is credited "Courtesy of NAME" (unseen28); a name in bold signing a letter
with its role under it is the writer (``authors._signatures``), and "With thanks and every blessing," the letter's
last line; a dateline line "DATE – PLACE – DEPARTMENT" that prints a date and does not end like a sentence is a date
line, no text; a "Highlights" list before the text is a summary, as "Key takeaways" is; a subhead or dek under the
headline is no text; a section's or site's latest stories ("More World News", "Other News in Police Department",
"Latest News", "Recent Press Releases", "Top stories") are no teasers, "Related Content", "Related Stories",
"Related stories" and "More coverage" (the same story from other outlets) are; the NGO report's date is the day the
portal posted it (its page's own date; the "Originally published" day is the source's).

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): reuters_portal, via_aggregator, bizwire, sciencerelease, police, company,
  league, charity;
- held out (scored once, blind, before any rule of the round): govnewsroom, ngo, athletics, tradeassoc.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.500 date=1.000
  body_start=0.500 body_end=0.750 related=0.750 attributions=0.292 images=1.000;
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen57"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
