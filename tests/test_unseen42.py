"""A forty-second held-out round of pages imitating publishing systems (issue 9): US local, public-radio, college,
alt-weekly, trade and nonprofit newsrooms, declaring little (eight of the twelve declare no writer, or only the
organisation, a placeholder or the first of several writers; three declare no JSON-LD at all). The held-out pages are
scored blind (no test runs on them, and no field of theirs is seen failing, before the single held-out score), BEFORE
any rule of the round. The round's focus: authors and where the text starts, then attributions.

Each page in ``fixtures/unseen42`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- station_wp: an NPR member station on a public-media WordPress theme (the station declared as author, "By NAME,
  STATION" with the station in a span, "Published March 11, 2026 at 5:30 PM EDT" and "Updated …", an audio module
  "Listen · 4:12" and "Heard on All Things Considered" before the picture, a newsletter box inside the text,
  "Copyright 2026 STATION" closing it, an author bio, "Related Stories" cards with writers, "Latest News" with
  relative times);
- college_sno: a college paper on a school-news WordPress theme (a placeholder "Courier Staff" declared, "NAME, Staff
  Writer, NAME, News Editor" in byline spans, a deck, a photo credit "NAME, Photo Editor" above the caption, a drop
  cap in its own span, a pull quote, an inline "Related Stories" box, "Comments (0)", staff profiles, "More in News"
  with writers and dates);
- altweekly: an alt-weekly on a Foundation-like system, no JSON-LD ("NAME | March 11, 2026" in one div, a subheader,
  "Photo by NAME" credits inside the figcaption, "Sign up for our newsletter" boxes inside the text, twice, an inline
  ad, a support box, an author box with email, "Trending" teasers with writers);
- hyperlocal: a hyperlocal network (TAPinto style: the network's town edition as meta author, "By <strong>NAME</strong>"
  in a plain p, "March 11, 2026 at 5:30 PM", "Credits: NAME" under the caption, a bold "TOWN, NJ -" dateline, a
  newsletter box, "RELATED:" link inside the text, an app prompt, comments with "Reply" counts, "Latest Articles");
- tradedive: a B2B trade site (Industry Dive style: two writers each with a job title span, only the first declared,
  "Published March 11, 2026", a dek, "Permission granted by COMPANY" credit, "Dive Brief:" bullets then "Dive
  Insight:", an inline "Related Article", "Recommended Reading", "Editors' picks", "Latest in Technology");
- localtv_gray: a local TV station on a broadcast group's Arc platform (the station declared as the author, "By NAME
  and NAME" one linked, "Published: Mar. 11, 2026 at 5:30 PM EDT" and "Updated: 4 hours ago", a lead video with a
  caption, "CITY, Va. (STATION) -" dateline, a "(SOURCE)" credit, "RELATED:" link, "Copyright 2026 STATION. All
  rights reserved.", "Most Read", "Latest News" with relative times);
- bizjournal: a business journal (only the first of two writers declared, "By NAME – Staff Reporter, OUTLET and NAME –
  Reporter, OUTLET", "Mar 11, 2026", "Listen to this article", a paywalled part and its prompt, author cards,
  "Related Content", "Trending", events);
- lawnews: a legal news site, no JSON-LD ("By NAME · March 11, 2026, 5:30 PM EDT" in one p, "Listen · 3:48", an
  italic editor's note opening the text, an inline "Related" box, counsel lines, "--Additional reporting by NAME.
  Editing by NAME." closing, "Have a story idea …", case information, "Most Read", "Top Employment Stories");
- statehouse (held out): a statehouse nonprofit of a states network on Newspack (the first writer declared, "by NAME,
  NAME, OUTLET" with the outlet in a span, a subtitle, a credit "(NAME/OUTLET)" in parentheses, an inline "Related"
  block with a byline, the network's tagline and a republish box after the text, author bios, "Latest");
- smallweekly (held out): a small-town weekly on an old table-laid newspaper CMS, no JSON-LD ("By NAME<br><i>Staff
  Writer</i>" in a table cell beside an avatar, "Mar 11, 2026" in a font tag, a bold subhead, "(OUTLET photo by NAME)"
  closing the caption row, "TOWN —" dateline, "Get Local News Delivered", "e-Edition" box, "More from this section");
- sportsblog (held out): a sports blog network page (Minute Media / FanSided style: "By NAME@handle Mar 11, 2026,
  5:30pm EDT", a subtitle h2, "Photo by NAME/Getty Images", a "Next." recirculation embed in the text, "More from
  SITE" with relative times, "Trending");
- science_np (held out): a science news nonprofit ("By NAME" and "March 11, 2026 at 5:30 am", a dek, an eyebrow, a
  caption text and credit span, an inline "Related Stories" aside, "Citations", "Questions or comments on this
  article? …", author bio, a donation box, "More Stories from SITE on TOPIC").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: job titles
("Staff Writer", "News Editor", "Senior Reporter", "– Staff Reporter, OUTLET") and outlet names after a comma are no
part of the writers' names; a photo credit "NAME, Photo Editor" keeps its job title, as an earlier round's expectation
kept "NAME / Staff Photographer" (docs/extraction-design.md, round of the Gleaner); "OUTLET photo by NAME" credits the
photographer (``credits._OUTLET_PHOTO_BY``); "Photo by NAME" credits NAME; "Permission granted by COMPANY" is the
credit whole; the "Dive Brief:" bullets are the text (its first bullet opens it, the labels aside); a station's or
outlet's "Copyright 2026 …" line, newsletter boxes, editor's notes in italics before the text, counsel lines aside,
"Have a story idea" prompts, citations, taglines and republish boxes are no body, but an "Additional reporting by …"
line closing the text is (as unseen4's Reuters page, whose text closes on its "Reporting by" line); "Additional
reporting by NAME. Editing by NAME." makes a contributor and an editor; labelled "Related" boxes inside or after the
text hold teasers, a section's latest, "More from SITE", "Most Read", "Trending" and editors' picks do not; a lead
video's caption is no picture.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): station_wp, college_sno, altweekly, hyperlocal, tradedive, localtv_gray,
  bizjournal, lawnews;
- held out (scored once, blind, before any rule of the round): statehouse, smallweekly, sportsblog, science_np.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.750 related=0.500 attributions=1.000 images=1.000;
- dev, before any rule of the round (first expectations): headline=1.000 authors=0.958 date=1.000 body_start=0.750
  body_end=1.000 related=0.946 attributions=0.892 images=0.750;
- dev, before any rule, after the mended expectations below: headline=1.000 authors=0.958 date=1.000
  body_start=0.750 body_end=1.000 related=0.946 attributions=0.957 images=0.750;
- dev, after the dev rules (see "Forty-second held-out round" in docs/extraction-design.md: a dashed job title's
  outlet and titles between names, an editor's note opening the text, a placeholder word in the image server's
  host, a caption box after the picture's box holding its credit, a heading labelling the text's first part):
  headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.946 attributions=1.000
  images=1.000;
- held out, after the dev rules (no held-out kind fixed yet): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=0.750 related=0.500 attributions=1.000 images=1.000;
- held out, after two held-out kinds fixed by rule (a network's tagline and a republishing offer closing no text;
  "More from this section" in a bold line labelling the section's latest): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.750 attributions=1.000 images=1.000.

Later rules of the round, from small probes of the bylines such pages print (no page of the set needed them, and
no score above changed): "Story by NAME" in a plain line, "<a>NAME</a> | DATE" under the headline, and "Pictures:" /
"Photography:" lines of a byline crediting a photographer (docs/extraction-design.md, same section).

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=1.000 body_start=1.000 body_end=1.000 related=0.881 attributions=1.000 images=1.000 (before the sub-header rule,
body_start=0.833: the alt-weekly's "subheader" and the business journal's "subheadline" opened the text once the
description was gone).

Expectations mended after the first dev run, each to follow a convention already written or plain in the earlier
sets: lawnews's "Editing by Joan Feld" credits a contributor, not an editor (docs/extraction-design.md's table of
modules: attributions give photo, contributor, source and copyright roles; ``attributions._ROLE_BY``: every person a
wire-style credit line names is a contributor, whatever the role); localtv_gray's "HARLOW, Va. (KVTQ) -" dateline
names the station as the source, as an agency's dateline on the agency's own site is still a source (the
conventions of earlier rounds; my first expectation left it out).

``tests/unseen_score.py unseen42`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen42"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a school-news theme's sidebar widget "More in News" (the section's latest, with writers and dates) read as
    # teasers: "More from Politics" still labels teasers by an earlier round's rule (body._names_site), and telling a
    # section's latest from a named teaser box by its label alone would undo it; not tried
    ("college_sno", "related"),
    # a recirculation embed inside the text labelled "Next." ("Next. <a>HEADLINE. HEADLINE</a>"), a network's one
    # teaser: "Next" alone labels pagination on many pages; not tried
    ("sportsblog", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
