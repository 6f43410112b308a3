"""A forty-seventh held-out round of pages imitating publishing systems (issue 9): English-language local and regional
news on the platforms such newsrooms use, declaring little (eleven of the twelve declare no person as writer: the
organisation, a placeholder ("Staff", a web desk, a WordPress user name) or nothing; four declare no JSON-LD at all),
with bylines printed in varied forms. The held-out pages are scored blind (no test runs on them, and no field of
theirs is seen failing, before the single held-out score), BEFORE any rule of the round. The round's focus: authors,
attributions, body start and end, related teasers.

Each page in ``fixtures/unseen47`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the brief's system was imitated in an earlier set, a neighbour of the same kind was
taken, said so below):

- localtv: a local TV station on a broadcast group's CMS (TEGNA-like, not imitated before: the station declared as
  writer, the writer's name alone under a headshot, "Published: 6:14 PM CDT March 11, 2026", "Credit: NAME/KWVT" in
  the caption, bold "RELATED:" lines in the text, an app prompt in italics closing it, "Trending", "More Videos");
- metro: a metro daily on WordPress VIP (a MediaNews Group-like neighbour of the big-CMS metro dailies imitated
  before: the writer declared, "By NAME | EMAIL | OUTLET", "PUBLISHED: … | UPDATED: …", "(Photo by NAME,
  Contributing Photographer)", an inline "Related Articles" list, a newsletter box, "Originally Published:" after
  the text, an author bio, "Trending Nationally");
- smalldaily: a small daily on a hosted newspaper platform (Creative Circle-like neighbour of BLOX and TownNews: no
  JSON-LD, "By NAME<br>Staff Writer" with the name in capitals, "Mar 11, 2026", "Photo by NAME" credit span, "NAME
  can be reached at PHONE or EMAIL." closing the text, "Related Stories" after it, "Most Read", "Obituaries");
- uk_regional (held out): a UK regional on Iliffe-like markup (neighbour of Reach and Newsquest: the paper declared
  as writer, the writer's name alone under a headshot in an author box, "Published: 05:00, 12 March 2026 | Updated:
  …", "Picture: NAME" closing the caption, "Read more" cards in the text, "Read more: All the latest news from
  TOWN" and a story-tip line closing it, "Most Popular");
- ca_chain: a Canadian chain's community paper (Black Press-like neighbour of Postmedia: a "Staff" person declared,
  "NAME, Local Journalism Initiative Reporter" in two spans, a deck in ``h2``, "(City of Langford)" credit,
  bold "READ MORE:" lines in the text, the LJI note and a social prompt in italics closing it, "Trending Now");
- au_regional (held out): an Australian regional on WordPress (a Star News Group-like neighbour of ACM: no JSON-LD
  and no declared date or writer, "12th March 2026", "Picture: Supplied 435682_01" with the photo library's number,
  "By NAME" in capitals and bold as the text's first paragraph, "MORE than …" opening it, "Related News" cards, a
  "Latest News" widget);
- in_daily: an Indian English daily (a Deccan Herald-like neighbour of the Indian dailies imitated before: a web
  desk declared as the writer, the writer's link glued to the paper's news service ("NAME" + "PHNS" with no space),
  "Last Updated : 12 March 2026, 05:04 IST", "Credit: PH Photo/NAME", "Also Read |" lines between the text's
  blocks, "(Published 11 March 2026, 23:34 IST)" closing it, "Top Stories");
- wire_regional (held out): a regional daily running Reuters copy (the wire declared as writer, its logo as the
  provider, no byline: "(Reporting by NAME in CITY; Additional reporting by NAME in CITY; Editing by NAME and NAME)"
  closing the text is the only one, "CHICAGO, March 11 (Reuters) -" dateline, "REUTERS/NAME" credit span, a
  "Related" box in the text, the wire's copyright note, "Latest Business", "Most Popular");
- nonprofit: a community nonprofit on WordPress with the Largo theme (a neighbour of Newspack: the WordPress user
  "eastsidevoice" declared as writer, "By <a>NAME</a> | March 11, 2026" in an ``h5.byline``, "NAME / OUTLET" media
  credit, a "Related:" line in the text, "NAME covers housing for OUTLET. Reach her at EMAIL." in italics closing
  it, a republish box, Largo's "Related" list and author box, "Recent Stories");
- sports (held out): a subscription sports site on Next.js (an Athletic-like neighbour of the sports blogs imitated
  before: the organisation declared, the writer's name alone beside a headshot, "Mar 11, 2026", "(NAME / Getty
  Images)" closing the caption, a "Go Deeper" card in the text, "(Top photo: NAME / Getty Images)" closing it, an
  author bio, "More from The Courtside");
- altweekly: a weekly alternative paper on a Foundation-like CMS (neighbour of the alt-weekly imitated in round 42:
  no JSON-LD, "NAME | March 11, 2026" unlinked in a plain ``p`` under a subheadline, the credit span naming the
  photographer alone, an inline "Related" box, a "KEEP THE VALLEY BEACON FREE..." box closing the text, an author
  box with a "Contact:" link, "Trending Food & Drink");
- statehouse: a statehouse news bureau serving member papers on Drupal (neighbour of round 42's statehouse bureau:
  no JSON-LD, "NAME, Capitol News Service" in a byline field, "March 11, 2026", "NAME/OUTLET" credit field, "NAME can
  be reached at EMAIL." and a republication note for member papers closing the text, a "Related Content" view,
  "Latest Stories").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a name in
capitals is the writer's (the scorer folds case); "NAME, Local Journalism Initiative Reporter", "NAME, Capitol News
Service" and the name glued to "PHNS" name the writer alone (a job, the outlet and the paper's own news service are no
writer and no attribution); with no byline, "(Reporting by NAME …; Editing by …)" names the reporter as the writer,
the other names as contributors, and the line stays in the text (as unseen4's Reuters page); the wire in the dateline
on a republishing site is the source (as unseen38's us_ap); an email or telephone line naming the writer, a "Reach
her at" line, the LJI note, a social or app prompt, a story-tip line, a republication note, "Originally Published:"
and "(Published …)" are no text; "Picture: Supplied 435682_01" credits "Supplied" (the number is the photo
library's); "More from SITE", "Trending", "Latest …" and "Read more: All the latest news from TOWN" head no teasers;
"RELATED:", "READ MORE:", "Also Read |", "Read more" cards and "Go Deeper" are teasers; credits keep a photographer's
job as printed ("NAME, Contributing Photographer", as unseen4's "NAME / Staff Photographer").

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): localtv, metro, smalldaily, ca_chain, in_daily, nonprofit, altweekly,
  statehouse;
- held out (scored once, blind, before any rule of the round): uk_regional, au_regional, wire_regional, sports.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=1.000 body_end=0.750 related=0.950 attributions=0.833 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=0.833 date=1.000 body_start=1.000 body_end=0.750
  related=1.000 attributions=0.933 images=1.000;
- dev, after the dev rules (see "Forty-seventh held-out round" in docs/extraction-design.md: a writer's address after
  the beat and a bureau's republication note close no text; a journalism programme's words before a job name no
  writer; an unlinked name and a date alone either side of one bar name the writer): all eight fields 1.000;
- held out, after the dev rules: unchanged from the blind score (headline=1.000 authors=0.750 date=1.000
  body_start=1.000 body_end=0.750 related=0.950 attributions=0.833 images=0.750);
- held out, after four held-out kinds fixed by rule (a wire's credit line as the only byline names the reporters; a
  regional paper's call for stories closes no text; a picture desk's number after the credit is no name; a link
  inviting to a section's latest is no teaser): all eight fields 1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=0.917 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000 (in_daily prints only "Last
Updated : 12 March 2026" under the headline, its publication in "(Published 11 March 2026, 23:34 IST)" after the
text: the update's day is read; not tried).

No expectation was changed after a run. No field is left failing, so ``KNOWN_FAILURES`` is empty.

``tests/unseen_score.py unseen47`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen47"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def _record(html: str, url: str = "https://news.example/2026/03/11/story") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_TEXT = ("<p>The county's road crews closed fourteen low-water crossings on Wednesday night after more than four "
         "inches of rain fell in about six hours, the emergency management office said.</p>")


def test_a_writers_address_after_the_beat_and_a_bureaus_republication_note_close_no_text() -> None:
    """"NAME covers housing for OUTLET. Reach her at EMAIL." and "Member newspapers may republish this story with
    credit to OUTLET." after the text are notes, not its last sentence; "could not reach her at the time" and a
    sentence reporting who may reprint a story stay sentences."""
    from newsarchive.extraction.hints import TAGLINE

    assert TAGLINE.search("Andrea Kowalczyk covers housing for Eastside Voice. Reach her at andrea@voice.example.")
    assert TAGLINE.search("Member newspapers may republish this story with credit to Capitol News Service.")
    assert TAGLINE.search("Partner outlets are welcome to republish our stories.")
    assert not TAGLINE.search("We tried to reach her at the clinic, but nobody answered the phone.")
    assert not TAGLINE.search("The mayor said newspapers may reprint this story without asking.")
    page = ("<html><head><title>Crossings</title></head><body><article><h1>Flooded crossings close 14 roads</h1>"
            + _TEXT * 3 + "<p>Officials said the roads would stay closed until Friday.</p>"
            "<p><em>Dana Lee covers the county for the Ledger. Reach her at dlee@ledger.example.</em></p>"
            "<p><em>Member newspapers may republish this story with credit to the Ledger.</em></p>"
            "</article></body></html>")
    assert _record(page)["body"].endswith("Officials said the roads would stay closed until Friday.")


def test_a_journalism_programmes_job_names_no_writer() -> None:
    """"NAME, Local Journalism Initiative Reporter" names the writer alone: the programme's words before the job are
    no second writer; "NAME, Reporter" and two writers joined by "and" are read as before."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("Jessica Tran, Local Journalism Initiative Reporter") == (["Jessica Tran"], [])
    assert split_byline("Jessica Tran\nLocal Journalism Initiative Reporter") == (["Jessica Tran"], [])
    assert split_byline("By Mary Smith, Reporter") == (["Mary Smith"], [])
    assert split_byline("By Ann Lee and Tom Roe") == (["Ann Lee", "Tom Roe"], [])


_ALT = ("<html><head><title>Diner closing</title></head><body><div class='content'><div class='content-header'>"
        "<h1>The Last Late-Night Diner on Van Buren Is Closing</h1><p class='meta'>{line}</p></div>"
        "<div class='content-body'>" + _TEXT * 4 + "</div></div></body></html>")


def test_an_unlinked_name_and_a_date_either_side_of_a_bar_name_the_writer() -> None:
    """"NAME | March 11, 2026" in a plain line under the headline (an alt-weekly's, the name unlinked) names the
    writer, as the linked name did; a section's name, or a name with more than a date after the bar, do not."""
    assert _record(_ALT.format(line="Elias Marchetti | March 11, 2026"))["authors"] == ["Elias Marchetti"]
    assert _record(_ALT.format(line="Elias Marchetti | Mar. 11, 2026 5:00AM"))["authors"] == ["Elias Marchetti"]
    assert _record(_ALT.format(line="Food News | March 11, 2026"))["authors"] == []
    assert _record(_ALT.format(line="Elias Marchetti | Updated after the council vote on March 11, 2026"))[
        "authors"] == []


_WIRE = ("<html><head><title>Barges</title>{head}</head><body><article><h1>Grain shippers brace for slower barge "
         "traffic</h1><div class='content'><p>CHICAGO, March 11 (Reuters) - Barge operators on the Mississippi River "
         "are lightening loads as water levels fall ahead of the spring shipping season, shippers said.</p>"
         + _TEXT * 3 + "<p>{credit}</p></div></article></body></html>")
_WIRE_HEAD = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
              '"headline":"Grain shippers brace for slower barge traffic","author":{"@type":"Organization",'
              '"name":"Reuters"}}</script>')


def test_a_wire_credit_line_as_the_only_byline_names_the_reporters() -> None:
    """With no byline (the wire alone declared), "(Reporting by A in CITY; Additional reporting by B; Editing by C
    and D)" closing the text names A as the writer, the others stay contributors; "Additional reporting by" alone,
    or a byline printed under the headline, leave the writers as they were."""
    credit = ("(Reporting by Tomasz Wiercinski in Chicago; Additional reporting by Delia Marquez in St. Louis; "
              "Editing by Paul Greendale and Richard Osei)")
    got = _record(_WIRE.format(head=_WIRE_HEAD, credit=credit))
    assert got["authors"] == ["Tomasz Wiercinski"]
    roles = {(a["role"], a["name"]) for a in got["attributions"]}
    assert {("author", "Tomasz Wiercinski"), ("contributor", "Delia Marquez"), ("contributor", "Paul Greendale"),
            ("contributor", "Richard Osei")} <= roles
    assert _record(_WIRE.format(head=_WIRE_HEAD, credit="(Additional reporting by Delia Marquez; Editing by Paul "
                                                        "Greendale)"))["authors"] == []
    signed = _WIRE.format(head=_WIRE_HEAD, credit=credit).replace(
        "</h1>", "</h1><div class='byline'>By Hannah Lowe</div>")
    assert _record(signed)["authors"] == ["Hannah Lowe"]


def test_a_call_for_stories_closes_no_text() -> None:
    """"Do you have a story for us? Email the newsdesk at EMAIL" after the text (a regional paper's call for stories,
    held-out kind) is no sentence of the text; a question in the text asking for a story stays."""
    from newsarchive.extraction.hints import TAGLINE

    assert TAGLINE.search("Do you have a story for us? Email the newsdesk at newsdesk@messenger.example")
    assert TAGLINE.search("Got a news tip? Contact us.")
    assert TAGLINE.search("Do you have a story tip? Email: newsroom@news.example.")
    assert not TAGLINE.search("Do you have a story of a night you will never forget, she asked the crowd.")
    page = ("<html><head><title>Homes</title></head><body><article><h1>Plans for 340 homes thrown out</h1>"
            + _TEXT * 3 + "<p>The draft plan goes out to a further public consultation in the summer.</p>"
            "<p><em>Do you have a story for us? Email the newsdesk at newsdesk@messenger.example</em></p>"
            "</article></body></html>")
    assert _record(page)["body"].endswith("consultation in the summer.")


def test_a_picture_desks_number_after_the_credit_is_no_name() -> None:
    """"Picture: Supplied 435682_01" credits "Supplied" (the number is the photo library's, held-out kind); a credit
    ending with a year or a short number keeps it."""
    from newsarchive.extraction.credits import clean_credit

    assert clean_credit("Picture: Supplied 435682_01") == "Supplied"
    assert clean_credit("Jane Roe 220134") == "Jane Roe"
    assert clean_credit("Photo: NASA/JPL-Caltech 2019") == "NASA/JPL-Caltech 2019"


def test_a_link_inviting_to_a_sections_latest_is_no_teaser() -> None:
    """"Read more: All the latest news from Medway" after the text links the section's page, no story (held-out
    kind); a "Read more:" line linking a headline stays a teaser."""
    page = ("<html><head><title>Homes</title></head><body><article><h1>Plans for 340 homes thrown out</h1>"
            + _TEXT * 3 + "<p>The draft plan goes out to a further public consultation in the summer.</p>"
            "<p><strong>Read more: <a href='/news/{path}/'>{text}</a></strong></p></article></body></html>")
    url = "https://www.messenger.example/news/plans-for-340-homes-318842/"

    def related(path: str, text: str) -> list[str]:
        return [link["url"] for link in _record(page.format(path=path, text=text), url)["related_links"]
                if link["kind"] == "related"]

    assert related("medway", "All the latest news from Medway") == []
    assert related("hoo-road-upgrade-delayed-317990", "Hoo Peninsula road upgrade delayed again") == [
        "https://www.messenger.example/news/hoo-road-upgrade-delayed-317990/"]
