"""A twenty-eighth held-out round of pages imitating publishing systems (issue 9): sites outside the big-CMS
mainstream, most of them declaring little (seven of the twelve carry no JSON-LD at all; most others declare only an
organisation as the author, or only the first of two writers). The held-out pages are scored blind (no test runs on
them, and no field of theirs is seen failing, before the single held-out score), BEFORE any rule of the round, so
the held-out score measures the extractor as it stood. The round's focus: the ways printed pages name their writers
without byline class names, and the ways the text opens.

Each page in ``fixtures/unseen28`` was written from memory of a kind of publishing system's markup, with invented
text and ``.example`` domains:

- smalltown: a small-town US weekly on an old table-layout CMS (HTML4 tables and ``<font>`` tags, no JSON-LD, the
  date "Wednesday, March 11, 2026" above the headline in a ``<font>``, a deck in italics, "By NAME<br>Staff Writer"
  in a ``<b>``, a bold "MILLBROOK" dateline, "(Gazette photo by NAME)" after an italic caption in a floated table,
  "NAME can be reached at …" closing the text, "Related Stories:", comments, a side column of stories with bylines);
- amp: a regional paper's Google AMP page (``amp-img``, ``amp-social-share``, ``amp-ad``; JSON-LD with the paper as
  an Organization author and a longer headline than the ``<h1>``; the paper's name in the meta line; the writer's
  name in a ``<strong>`` with the paper's name under it as the first paragraph of the text; "Published 4:05 p.m. CT
  March 11, 2026"; an inline "More on the ferry" box; a contact line closing the text);
- printview (held out): a newspaper's print view ("Print this page", no navigation, no JSON-LD, "NAME and NAME<br>
  Valley Courier<br>Mar 11, 2026" in a plain ``<p>``, the picture and its caption in a plain ``<p>`` with "Photo by
  NAME/Valley Courier", "Staff writer NAME contributed to this report.", a copyright line and the URL);
- prwire: a wire press release ("News provided by" the company, "Mar 11, 2026, 08:30 ET", the dateline "COLUMBUS,
  Ohio, March 11, 2026 /PRNewswire/ --", "About COMPANY", forward-looking statements, a media contact, "SOURCE
  COMPANY", "Also from this source" cards; the wire as the declared author and the company as ``meta author``);
- university: a university news office story (Drupal, no JSON-LD, "By NAME, Office of Communications" in a field
  without a byline class, a subhead, "Photo courtesy of NAME", an inline "Related" box, a "Media contact" field,
  "More news" cards with bylines);
- govrelease: a state agency's news release (USWDS, no JSON-LD, "FOR IMMEDIATE RELEASE" and the date in a
  ``<p>``, a "Contact:" table, a headline in capitals, an italic subtitle, "ALBANY, N.Y. (March 11, 2026) –", a
  picture in a ``<p>`` with "(Photo: AGENCY)", "###", "Recent Press Releases");
- sciencenews (held out): a science news aggregator ("by University of X" as the byline, the site declared as a
  Person, "Credit: NAME", "More information:", "Provided by University of X", "Citation: … retrieved …",
  "Explore further", "Trending" and "More from Ecology" rails with relative dates);
- sports: a sports site (two writers with headshots and job titles "ESPN Staff Writer" / "Celtics reporter", only
  the first declared, "Mar 11, 2026, 06:30 PM ET", a score strip, a game widget and inline player cards with hidden
  stats, an inline "Related" box, "Information from The Associated Press was used in this report.", "Top
  Headlines", "More from SITE" cards with "NAME · 2h");
- aggregator: a syndicated copy on a portal (no JSON-LD, the original outlet's logo and name, "Story by NAME • 10h
  • 2 min read", "© NAME/OUTLET" credits, a native ad, "Continue reading" to the original, "More for You" and
  "Trending now" cards with providers and relative times);
- localtv (held out): a local TV station on Arc (no JSON-LD, a headshot, "NAME" and "Reporter", "Published: Mar.
  11, 2026 at 5:30 PM EDT|Updated: 2 hours ago", a video player as the lead art, an inline "Related" box,
  "Copyright 2026 STATION. All rights reserved.", "Most Read" and "Latest News" with relative dates);
- epaper: a German regional paper's e-paper article view (no JSON-LD, title, Dachzeile and Untertitel in ``div``s
  without headings, "Lesezeit: 2 Minuten", "Von unserem Redakteur NAME", "Foto: NAME" closing the caption, a
  drop-cap first letter in its own span, "(tko)" closing the text, a "Zur Sache" box, the page's other articles
  with bylines);
- actu (held out): a French local news site (a surtitle, a chapo, "Par NAME Publié le 11 mars 26 à 17h30", the
  local edition as the declared author, "©NAME / Actu Quimper", "À lire aussi", "Cet article vous a été utile ?",
  "Voir plus" cards with bylines, "Les plus lus").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a deck,
subtitle, Untertitel, chapo or subhead is no body (a standfirst is not body); the date line above the headline and
the job titles ("Staff Writer", "Reporter", "ESPN Staff Writer", "Office of Communications", "Redakteur") are no
part of the names; the outlet named beside a writer names nobody; a press release and a government release name no
author, and their issuer's "About" paragraphs and forward-looking statements are part of the release's text (the
media contact, "SOURCE COMPANY" and "###" are not); "SOURCE COMPANY" and "Provided by" name the source; a
syndicated copy's original outlet is its source; "Information from The Associated Press was used in this report."
names AP as a source; "(tko)" closing the text names the writer and is no part of the last sentence; the section's
latest stories, "Most Read", "Top Headlines", "More from SITE", "More for You", "Trending", "Voir plus", "Also from
this source" and "Recent Press Releases" are no teasers; inline boxes ("Related", "More on the ferry", "À lire
aussi"), "Related Stories:" after the text and "Explore further" are teasers; "Gazette photo by NAME" and "Photo
courtesy of NAME" are credited NAME.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): smalltown, amp, prwire, university, govrelease, sports, aggregator, epaper;
- held out (scored once, blind, before any rule of the round): printview, sciencenews, localtv, actu.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=0.750 body_end=0.250 related=1.000 attributions=0.750 images=1.000;
- dev, before any rule of the round: headline=0.875 authors=0.583 date=1.000 body_start=0.625 body_end=0.500
  related=0.625 attributions=0.537 images=0.625;

One expectation was changed after the first dev run, to follow a convention already written in
docs/extraction-design.md ('"With assistance/inputs/files from"': closing credit lines are "kept in the text
(``hints.AGENCY_LINE``) and their names are contributors", as "The Associated Press contributed to this report." is
the last sentence of Fox News's page in round 8 with AP a contributor): the sports page's "Information from The
Associated Press was used in this report." is its last sentence, and AP its contributor (I had written the line
off as a note and AP as a source); by the same convention the print view's "Staff writer NAME contributed to this
report." is its last sentence (changed after the held-out score; the blind figure above was scored against my first
expectation).

Two more followed conventions already written: "an agency dateline on the agency's own site is still a source", so
the release's "/PRNewswire/" dateline names PRNewswire as a source beside the issuing company; and Aeon's "Photo
courtesy …" credit is "Courtesy …" (round 17), so the university's "Photo courtesy of NAME" is credited "Courtesy of
NAME" (I had written NAME; the docstring's list of decisions above says so still, and is overruled here).

- dev, after the first dev rules (see "Twenty-eighth held-out round" in docs/extraction-design.md): headline=0.875
  authors=0.875 date=1.000 body_start=0.875 body_end=0.750 related=0.875 attributions=0.867 images=0.750;

- dev, after the round's later rules (names over the outlet's name under the headline; notes after the text;
  "Provided by" set apart): headline=0.875 authors=1.000 date=1.000 body_start=0.875 body_end=0.750 related=0.875
  attributions=0.908 images=0.750;
- dev, after two more rules (a web address as a link's text is no teaser; "Inc." keeps its full stop in a credit)
  and the mended prwire attributions: headline=0.875 authors=1.000 date=1.000 body_start=0.875 body_end=0.750
  related=1.000 attributions=0.933 images=0.875;
- dev, after one more rule (a small-print caption after a picture in a table cell, "Gazette photo by NAME"):
  headline=0.875 authors=1.000 date=1.000 body_start=0.875 body_end=0.750 related=1.000 attributions=0.975
  images=1.000;
- dev, after one more rule (a table cell's header lines ending on the byline open no text): body_start=1.000, the
  other fields as above;
- dev, after one more rule ("Comments (3)" closes the text): body_end=0.875, the other fields as above;
- held out, after the dev rules and the held-out kinds fixed by rule ("NAME and NAME<br>OUTLET<br>DATE" under a
  print view's headline, "URL: …", "More information: … DOI", "Citation: … retrieved …", "This document is subject
  to copyright.", "Cet article vous a été utile ?", "Provided by NAME"), and scored against the changed expectations
  below: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000
  images=1.000.

A plain mistake of mine was mended after the dev runs: the release's picture credit "(PRNewsfoto/Northwind
Robotics, Inc.)", listed under its images, was missing from its attributions.

The local TV page's expectation was changed after the held-out score to follow the twelfth round's decision
(``test_unseen12.py``: Nexstar's "(KTLN) —" on the station's own site names the station as a source, since a rule
dropping a dateline that names the site took "(Reuters)" off Reuters' own pages): "(WKRV)" in the station's own
dateline makes WKRV a source (I had left it out). A rule dropping a station's call letters from the sources was
written this round and dropped for the same reason (it failed the twelfth round's Nexstar page).

``tests/unseen_score.py unseen28`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen28"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a portal's copy: the original outlet named only in a provider bar above the headline (logo, name, "Follow")
    # and behind a "Continue reading" link to its own site; no source read. Not tried: reading a provider bar
    # needs a new look above the headline, and a link's host names no outlet
    ("aggregator", "attributions"),
    # an e-paper view's title in a div.art-titel worded otherwise than the <title> ("… wird teurer" vs "… wird um
    # 2,3 Millionen Euro teurer"): the styled-heading rule of this round asks close agreement, so the <title> wins
    ("epaper", "headline"),
    # a "Zur Sache" fact box after the text read as text: left, as unseen6 dailymail's closing fact box (fact boxes
    # on bench pages hold the article's own facts)
    ("epaper", "body_end"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
