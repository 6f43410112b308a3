"""A fifty-seventh held-out round of pages imitating publishing systems (issue 9): English-language pages that carry
other people's copy or are written by institutions, declaring little (none of the twelve declares a person as
writer, only an organisation, an agency or nothing; seven declare no JSON-LD at all). The held-out pages are scored
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
- dev, before any rule of the round: headline=1.000 authors=0.625 date=1.000 body_start=1.000 body_end=0.875
  related=0.875 attributions=0.767 images=0.875;
- dev, after the dev rules (see "Fifty-seventh held-out round" in docs/extraction-design.md: "Curated by" leading a
  byline in; a release's label in bold naming nobody; a bare "Contacts" heading closing a release; "More SECTION
  News" on the section's address; a bold name with its role under it signing a letter; the declared picture's caption
  in the side column): all eight fields 1.000;
- held out, after the dev rules: headline=1.000 authors=0.750 date=1.000 body_start=0.500 body_end=1.000
  related=0.750 attributions=0.542 images=1.000 (the "Contacts" heading closes the government release's text);
- held out, after seven held-out kinds fixed by rule ("From:" labelling a government release's issuer; a contact line
  over a release opening no text; a "Highlights" list of sentences before a report's first heading; a mark closed by
  a dash naming no agency; a player's tally after a linked name citing nobody; a definition list's "Source" term; a
  release's text opening at its dateline): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=0.750 attributions=1.000 images=1.000 (the known failure below).

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=1.000 body_start=1.000 body_end=1.000 related=0.917 attributions=0.917 images=0.917 (the science release's
picture is shown only in the side column, and found there only as the declared ``og:image``).

No expectation was changed during the round. One was changed when the round was merged, by a written convention:
the fifty-fourth round, written beside this one, reads a release wire's dateline on its own site
("HALIFAX, Nova Scotia--(BUSINESS NEWSWIRE)--") as the wire's source, as the README's conventions have it for an
agency's dateline on the agency's own site ("(Reuters) —"), so bizwire's attributions are that source.

``tests/unseen_score.py unseen57`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen57"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held out: a government release's "Associated links" heading two links to the department's program pages
    # ("/programs/small-craft-harbours.html"): read as a teaser label over related stories; a program's page is no
    # story, but its address does not say so (no date, no id, a slug like a story's); not tried
    ("govnewsroom", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://news.example/2026/03/11/story") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_TEXT = "".join(f"<p>The ferry operator said vessel number {i} would replace one of the diesel boats on the crossing by "
                "the summer of 2028. Fares would not change once both ships are in service, and the timetable would be "
                "reviewed in the autumn.</p>" for i in range(4))


def test_curated_by_leads_a_byline_in() -> None:
    """"Curated by <a>NAME</a> · DATE" over an aggregator's summary of another outlet's story: the curator wrote the
    summary and is its author, as "Posted by NAME" is; a sentence "Curated by the museum's staff, the show …" names
    nobody."""
    from newsarchive.extraction.authors import split_byline

    page = ("<html><head><title>Ferry</title></head><body><main><h1>Ferry operator orders two battery ships</h1>"
            "<div class='story-meta'><span class='curator'>Curated by <a href='/u/lena-frost'>Lena Frost</a></span> "
            "<span>March 11, 2026</span></div>" + _TEXT + "</main></body></html>")
    assert _extract(page)["authors"] == ["Lena Frost"]
    assert split_byline("Curated by Lena Frost")[0] == ["Lena Frost"]
    assert split_byline("Curated by the museum’s staff")[0] == []


def test_a_release_label_in_bold_names_nobody() -> None:
    """"<p><strong>MEDIA RELEASE</strong></p>" opening a police department's release (a municipal CMS prints no
    byline): the kind of document is no name signing the text, nor "PRESS RELEASE" or "News Release"; a name in bold
    opening the text still signs it."""
    from newsarchive.extraction.authors import is_person_name

    for label in ("MEDIA RELEASE", "PRESS RELEASE", "News Release"):
        page = (f"<html><head><title>Arrest</title></head><body><div class='item'><h1>Arrest made in thefts</h1>"
                f"<div class='detail'><p><strong>{label}</strong></p>{_TEXT}</div></div></body></html>")
        assert _extract(page)["authors"] == []
    assert not is_person_name("MEDIA RELEASE")
    page = ("<html><head><title>Arrest</title></head><body><div class='item'><h1>Arrest made in thefts</h1>"
            "<div class='detail'><p><strong>Dana Whitlock</strong></p>" + _TEXT + "</div></div></body></html>")
    assert _extract(page)["authors"] == ["Dana Whitlock"]


def test_a_bare_contacts_heading_closes_a_release() -> None:
    """"<h2>Contacts</h2><p>Media<br>NAME<br>COMPANY<br>EMAIL</p>" after a distribution site's release: the box
    is no part of the text, as "Media contact" is; a "Contacts" heading followed by more of the text than
    ``METHOD_NOTE_BLOCKS`` blocks (a section of the story about contacts) stays."""
    from newsarchive.extraction.body import METHOD_NOTE_BLOCKS

    box = "<h2>Contacts</h2><p>Media<br>Colm Brannigan<br>Tidewater Analytics<br>press@tidewater.example</p>"
    page = ("<html><head><title>Release</title></head><body><div class='release'><h1>Tidewater opens a data "
            "center</h1><div class='story'>" + _TEXT + "<p>For more information, visit www.tidewater.example.</p>"
            "</div>" + box + "</div></body></html>")
    body = _extract(page)["body"]
    assert body.rstrip().endswith("visit www.tidewater.example.") and "Colm Brannigan" not in body
    section = "".join(f"<p>Tracing team number {i} called the contacts of each case within a day, the county "
                      "said, and most of them agreed to stay at home.</p>" for i in range(METHOD_NOTE_BLOCKS + 2))
    page = ("<html><head><title>Cases</title></head><body><article><h1>Cases fall</h1>" + _TEXT
            + "<h2>Contacts</h2>" + section + "</article></body></html>")
    assert "Tracing team number" in _extract(page)["body"]


def test_more_section_news_on_the_sections_address_lists_no_teasers() -> None:
    """"More World News" under a story filed at /world/reuters/…: the section's latest stories, as "More from
    SECTION" is; "More Ferry News" on a page whose address names no such section stays a teaser label."""
    items = "".join(f"<li><a href='https://ch7.example/world/reuters/story-{i}/'>Spain delays rail freight tender "
                    f"as bidders seek more time, part {i}</a></li>" for i in range(3))

    def related(url: str, label: str) -> set[str]:
        page = ("<html><head><title>Strike</title></head><body><main><article><h1>Dock workers walk out</h1>"
                f"<div class='entry-content'>{_TEXT}</div></article><section class='related-posts'><h2>{label}</h2>"
                f"<ul>{items}</ul></section></main></body></html>")
        return {link["url"] for link in _extract(page, url)["related_links"] if link["kind"] == "related"}

    assert related("https://ch7.example/world/reuters/dock-workers-walk-out/", "More World News") == set()
    assert len(related("https://ch7.example/news/2026/03/11/dock-workers-walk-out/", "More Ferry News")) == 3


def test_a_bold_name_with_its_role_under_it_signs_a_letter() -> None:
    """"<p><strong>Ruth Abernethy</strong><br>Shelter Coordinator</p>" closing a charity's newsletter letter (the
    charity declared as writer): the bold name is the writer, the role under it no second name; a bold line with a
    sentence under it ("<strong>Note</strong><br>Doors open at 7 p.m.") names nobody."""
    def authors(sign_off: str) -> list[str]:
        page = ("<html><head><title>Newsletter</title></head><body><article><h1>The winter night shelter in "
                "numbers</h1><div class='content'><p>Dear friends,</p>" + _TEXT + sign_off
                + "</div></article></body></html>")
        return _extract(page)["authors"]

    assert authors("<p><strong>Ruth Abernethy</strong><br>Shelter Coordinator</p>") == ["Ruth Abernethy"]
    assert authors("<p><strong>Please Note</strong><br>Doors open at 7 p.m. in the hall.</p>") == []


def test_the_declared_pictures_caption_in_the_side_column() -> None:
    """A news release service shows the declared picture only in its side column's multimedia box, its caption and
    "Credit: NAME / INSTITUTION" under it: the lead picture gets them; another picture of the side column (a
    logo, a teaser's) gives the declared picture nothing."""
    def image(src: str) -> dict:
        page = ("<html><head><title>Marsh</title><meta property='og:image' content='https://sw.example/m/288811.jpg'>"
                "</head><body><div class='main-col'><h1>Salt marsh grasses slow storm waves</h1><div class='entry'>"
                + _TEXT + f"</div></div><div class='side-col'><div class='multimedia'><img src='{src}'><p "
                "class='caption'>Smooth cordgrass bends under a test wave in the flume.</p><p class='credit'>Credit: "
                "Tomas Ferreira / Northfield University</p></div></div></body></html>")
        return _extract(page, "https://sw.example/news-releases/1098834")["images"][0]

    shown = image("https://sw.example/m/288811.jpg")
    assert shown["caption"] == "Smooth cordgrass bends under a test wave in the flume."
    assert shown["credit"] == "Tomas Ferreira / Northfield University"
    other = image("https://sw.example/m/logo-northfield.jpg")
    assert other["url"] == "https://sw.example/m/288811.jpg" and not other["caption"] and not other["credit"]


def test_from_labels_a_government_releases_issuer() -> None:
    """"<p class='gc-byline'><strong>From: <a>DEPARTMENT</a></strong></p>" under a government newsroom's headline
    (held-out kind): the label names no one (it was read as the writer "From"), and the department is no person;
    "From: NAME" still gives the name."""
    from newsarchive.extraction.authors import split_byline

    page = ("<html><head><title>Harbours</title></head><body><main><h1>Government invests in harbour repairs</h1>"
            "<p class='gc-byline'><strong>From: <a href='/en/coastal-fisheries.html'>Department of Coastal "
            "Fisheries</a></strong></p>" + _TEXT + "</main></body></html>")
    assert _extract(page)["authors"] == []
    assert split_byline("From: Department of Coastal Fisheries")[0] == []
    assert split_byline("From: Ann Lee")[0] == ["Ann Lee"]


def test_a_contact_line_over_a_release_opens_no_text() -> None:
    """"<p><strong>Contact:</strong> NAME<br>Director of Communications<br>PHONE | EMAIL</p>" under "FOR IMMEDIATE
    RELEASE" (held-out kind): a press office's contact line, a closing note under the text (``hints.TAGLINE``), opens
    no text either (``hints.CONTACT_LINE``); a sentence about contacts ("Contact tracing began on Monday …") does."""
    from newsarchive.extraction.hints import CONTACT_LINE

    page = ("<html><head><title>Backlog</title></head><body><article><h1>Boat builders report record backlog</h1>"
            "<div class='entry-content'><p><strong>Contact:</strong> Dwight Harlan<br>Director of Communications<br>"
            "202-555-0173 | dharlan@amba.example</p>" + _TEXT + "</div></article></body></html>")
    assert _extract(page)["body"].startswith("The ferry operator said vessel number 0")
    assert CONTACT_LINE.match("Media contact: Noor Haddad, Communications Officer")
    assert not CONTACT_LINE.match("Contact tracing began on Monday, the county said.")


def test_a_highlights_list_before_a_reports_first_heading_is_a_summary() -> None:
    """"<h3>Highlights</h3><ul><li>…</li></ul><h3>Situation overview</h3><p>…" opening an NGO's situation report in
    the text's own box (held-out kind): the rows sum the report up, as a "Key takeaways" box does, and the text opens
    under the next heading; a "Highlights" heading followed by paragraphs (a section of the text) stays."""
    rows = "<ul><li>Four mobile clinics have treated 3,140 people.</li><li>Cases of diarrhoea are rising.</li></ul>"

    def body(after_label: str) -> str:
        page = ("<html><head><title>Report</title></head><body><article><h1>Mobile clinics reach villages</h1>"
                f"<div class='report'><h3>Highlights</h3>{after_label}<h3>Situation overview</h3>{_TEXT}</div>"
                "</article></body></html>")
        return _extract(page)["body"]

    assert body(rows).startswith("The ferry operator said vessel number 0")
    kept = body("<p>The season's highlights came early: two new routes opened in March and a third in May, the "
                "operator said in its annual report, which was published on Tuesday.</p>")
    assert "two new routes opened in March" in kept


def test_a_mark_closed_by_a_dash_names_no_agency() -> None:
    """"-NU-" closing a college athletics office's story (held-out kind), as "###" closes a release: no "- AGENCY"
    sign-off ("- RNZ", "– AP"), whose name ends with no dash."""
    from newsarchive.extraction.attributions import _DASHED_AGENCY

    assert _DASHED_AGENCY.match("-NU-") is None and _DASHED_AGENCY.match("– GoHuskies –") is None
    assert _DASHED_AGENCY.match("- RNZ").group("name") == "RNZ"
    assert _DASHED_AGENCY.match("– AP").group("name") == "AP"


def test_a_players_tally_after_the_linked_name_cites_nobody() -> None:
    """"Junior <a href='/roster/…'>NAME</a> added 12 points and six assists." (held-out kind): a number after "added"
    or "posted" is a tally, no report; "<a>The Ledger</a> added that the plant would close" still cites."""
    from newsarchive.extraction.attributions import source_name

    assert source_name("Junior ", "Ana Sokolova", " added 12 points and six assists.") is None
    assert source_name("Senior ", "Keisha Moreland", " posted two double-doubles in the series.") is None
    assert source_name("", "The Ledger", " added that the plant would close.") == "The Ledger"


def test_a_definition_lists_source_term_names_the_source() -> None:
    """"<dl><dt>Source</dt><dd><a>NGO</a></dd><dt>Posted</dt><dd>11 Mar 2026</dd></dl>" under a humanitarian
    portal's headline (held-out kind): the organisation that issued the report is the story's source; the other
    terms ("Posted", "Origin") name none."""
    meta = ("<dl><dt>Source</dt><dd><a href='/organization/cra'>Coastal Relief Alliance</a></dd><dt>Posted</dt>"
            "<dd><time datetime='2026-03-11'>11 Mar 2026</time></dd><dt>Origin</dt><dd><a href='https://cra.example/"
            "news/1'>View original</a></dd></dl>")
    page = ("<html><head><title>Report</title></head><body><article><h1>Mobile clinics reach villages</h1>"
            f"<footer class='meta'>{meta}</footer><div class='report'>{_TEXT}</div></article></body></html>")
    got = {(a["role"], a["name"]) for a in _extract(page)["attributions"]}
    assert ("source", "Coastal Relief Alliance") in got
    assert not {a for a in got if a[0] == "source" and a[1] != "Coastal Relief Alliance"}


def test_a_release_text_opens_at_its_dateline() -> None:
    """A trade association's release: "<p><em>Quarterly survey shows builders booked into 2027, but engine supply
    still tight</em></p>" (a subhead ending like no sentence), then "WASHINGTON, March 11, 2026 – …" (held-out kind):
    the text opens at the dateline (``dates.TEXT_DATELINE``); a sentence before the dateline paragraph keeps the
    text as it was."""
    dateline = ("<p>WASHINGTON, March 11, 2026 – Recreational boat builders ended 2025 with the largest order "
                "backlogs since the association began its survey, it reported today.</p>")

    def body(first: str) -> str:
        page = ("<html><head><title>Backlog</title></head><body><article><h1>Boat builders report record backlog"
                f"</h1><div class='entry-content'>{first}{dateline}{_TEXT}</div></article></body></html>")
        return _extract(page)["body"]

    assert body("<p><em>Quarterly survey shows builders booked into 2027, but engine supply still tight</em></p>")\
        .startswith("WASHINGTON, March 11, 2026 –")
    assert body("<p>The association surveyed 212 builders in the last two weeks of January, more than in any "
                "earlier quarter, and most of them answered every question.</p>").startswith("The association")
