"""A sixty-seventh held-out round of pages imitating publishing systems (issue 9): English-language news pages rich
in credit lines, where blind attributions were weakest on recent sets: a US national daily, a wire service's client
page, a regional paper carrying wire copy, a nonprofit newsroom with a partner outlet, an investigative outlet, a
business wire's release, a chain's local paper republishing a nonprofit's story and a metro paper's live page; held
out: a UK daily, a public broadcaster, a fact-checking site and a sports wire story on a sports portal. The credit
lines cover "Contributing: NAME, OUTLET", "(Reporting by A and B; Writing by C; Editing by D)", "Associated Press
writers A in X and B in Y contributed to this report.", "— NAME, The Associated Press" closing a live entry, "With
reporting by NAME", "Additional reporting by NAME and PA", "This article was copy edited by NAME", "This story was
produced by X in partnership with Y", "X is a nonprofit news organization … Sign up …" tag lines, "Republished from X
under a Creative Commons license", "This story was originally published by X", "Source: COMPANY" by a release's
headline, "Sources: A, B" under a chart, "Some information for this report came from AGENCY and AGENCY.", "--WIRE"
closing a wire story, "Photo: NAME/AP", "(NAME/Getty Images)", "(Photo: NAME/Reuters)", "[ NAME | Times ]",
"NAME - staff, AP", "Mandatory Credit: NAME-Imagn Images", and the datelines "(Reuters) -", "(AP) —" and
"(GLOBEWIRE) --". The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing,
before the single held-out score), BEFORE any rule of the round.

Each page in ``fixtures/unseen67`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- usatoday: a US national daily (USA-TODAY-like, Gannett's national site; Gannett's local papers were imitated in
  unseen2: "NAME and NAME" linked over "NATION TODAY", "Published … | Updated …", captions and credits in spans of
  their own, "NAME, OUTLET" and "NAME/AP" credits, an inline "More on …" box, a newsletter insert, "Contributing: NAME,
  OUTLET" in italics closing the text, the writer's tagline, "Most Popular");
- wire_client: a wire service's client portal (Reuters-Connect-like, a neighbour of the Reuters public pages imitated
  before: a slug, a priority and the time over the headline, bullets before the text, the picture's caption and
  credit in divs, "OSLO, March 12 (Reuters) -", "(Reporting by A and B; Writing by C; Editing by D)" as the only
  byline, a metadata list with "Source Reuters", "Related coverage", "Latest in Energy", a version history);
- blox_ap: a regional paper carrying AP copy on BLOX (a neighbour of the BLOX papers of unseen21, 37 and 47: "By NAME
  Associated Press" in capitals, "NAME - staff, AP" as the credit, "(AP) —", "Associated Press writers A in X and B in
  Y contributed to this report.", the AP copyright line, "Related to this story", "Most Popular", "Latest News");
- chalkbeat: a nonprofit education newsroom on Arc XP (Chalkbeat-like: "By NAME, OUTLET, and NAME, PARTNER", "This
  story was produced by OUTLET in partnership with PARTNER." under the byline, "(NAME / PARTNER)" credit, a newsletter
  insert, the writers' bios and "OUTLET is a nonprofit news organization … Sign up …" after the text, "Republish this
  story", "More from OUTLET Riverbend", "Related reading", a donation box, "Most read");
- markup: an investigative nonprofit on WordPress (The-Markup-like: "By NAME" and "With reporting by NAME" in the
  meta line, "(NAME/Getty Images)" closing the caption, an inline "Related" box, "Additional reporting by NAME. This
  article was copy edited by NAME." in italics closing the text, a Creative Commons republish box, an author box, "More
  from SERIES");
- globenewswire: a business wire's release page (GlobeNewswire-like; the PRNewswire and Business Wire pages of unseen28
  and unseen57 took those systems: "March 12, 2026 09:05 ET | Source: COMPANY", "CITY, March 12, 2026 (GLOBEWIRE) --",
  "About COMPANY", "Media Contact:" and "Investor Contact:" closing the text, attachments, "Recent Press Releases from
  COMPANY", "Latest in Transportation");
- chain_local: a chain's local paper (Hearst-local-like: "By NAME, OUTLET" where OUTLET is the nonprofit the story comes
  from, "Photo: NAME/AP" in the caption's credit span, "This story was originally published by OUTLET. Republished from
  OUTLET under a Creative Commons license." opening the text, "OUTLET is a nonprofit newsroom … Sign up …" closing it,
  "Related Stories", "Top Stories", "Most Popular");
- metro_live: a metro paper's live page on Arc XP (Tampa-Bay-Times-like: three writers over "| Times staff", "[ NAME |
  Times ]" credits, a "What to know" box, timed entries with their titles and bylines, one closing on "— NAME, The
  Associated Press", "[ Photo: NAME/AP ]", a newsletter insert, "Read more:", "Most Read");
- ukdaily (held out): a UK daily on WordPress (i-paper-like: an author card with the writer's role, "(Updated 9:14
  am)", "(Photo: NAME/Getty Images)" closing the caption, an inline "Read more", a newsletter aside, "Additional
  reporting by NAME and PA" closing the text, "Related", "Most Read", "More Politics");
- pubbroadcaster (held out): an international public broadcaster on its own CMS (VOA-like: the writer in a links list,
  "FILE - CAPTION (NAME/AP)", "(Photo: NAME/Reuters)", an audio embed, "NAIROBI, KENYA —", "Some information for this
  report came from The Associated Press and Reuters.", "Related", "Most Viewed");
- factcheck (held out): a fact-checking site on WordPress (Snopes-like: "Written by NAME" over "Edited by NAME", claim,
  rating and context boxes before the text, a chart with "Sources: A, B" closing its caption, a "Sources:" list of
  citations after the text, "Related Articles", "Trending");
- sportswire (held out): a sports portal carrying a sports wire's game story (Yahoo-Sports-like portal with a
  Field-Level-Media-like wire: the wire declared as the author and printed as the provider, a score strip, "Mandatory
  Credit: NAME-Imagn Images" closing the caption, "--WIRE" closing the text, "Related", standings, "Trending").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: credit lines in
the text ("Contributing: …", "(Reporting by …)", "… contributed to this report.", "Additional reporting by …", "Some
information for this report came from …") stay its last line (as Reuters' and AP's did on unseen4; `hints.AGENCY_LINE`),
a wire's bare sign-off "--WIRE" does not (as "With AAP" on unseen54); "Contributing: NAME, OUTLET", "With reporting by
NAME", "Additional reporting by NAME", "Writing by NAME", "Editing by NAME", "copy edited by NAME" and "— NAME, The
Associated Press" credit contributors (the outlet after a contributor's name is no one's); a wire's credit line as
the only byline names the first role's reporters as the writers (unseen55's `authors._wire_credit_writer`), the
writer and the editors staying contributors; "Some information for this report came from AGENCY and AGENCY." credits
the agencies as contributors (as "Information from AGENCY was used in this report."); "Edited by NAME" in the author
box names nobody (as unseen65 decided); a republication note names its first outlet as the source, and the note over
the text opens no text; "produced by OUTLET in partnership with PARTNER" names no source (the partner's writer is in
the byline); "Source: COMPANY" by a release's headline names the company as the source, and the wire's own name in
its own dateline names the wire as a source too (first written as the site naming itself, no source; mended, see
below); the datelines "(Reuters) -" and "(AP) —" name their agency as
the source (the byline's full "Associated Press"); a wire declared and printed as a sports story's provider is its
source, no writer; a chart's "Sources: A, B" is the picture's credit, its label no part of it; "Mandatory Credit:",
"Photo:" and brackets are no part of a credit; "FILE - " stays in a caption; a "What to know" box opens no live page's
text, and the live page's text runs from the newest entry to the oldest; "Read more", "Related …" lists and inline
boxes are related, "More from …", "Most …", "Top Stories", "Latest …", "Trending" and a release's "Recent Press
Releases" are not.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): usatoday, wire_client, blox_ap, chalkbeat, markup, globenewswire, chain_local,
  metro_live;
- held out (scored once, blind, before any rule of the round): ukdaily, pubbroadcaster, factcheck, sportswire (a UK
  daily, a public broadcaster, a fact-checking site and a sports wire story).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000 body_start=0.750
  body_end=0.750 related=0.950 attributions=0.887 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.500 body_end=0.875
  related=0.750 attributions=0.818 images=0.938;

- dev, after the dev rules (see "Sixty-seventh held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=0.875 body_end=1.000 related=1.000 attributions=0.944 images=0.938 (the
  national daily's credit span, the release's "Source: COMPANY" and the live page's entry times, known failures);
- held out, after the dev rules: headline=1.000 authors=0.750 date=1.000 body_start=0.750 body_end=0.750
  related=0.950 attributions=0.887 images=1.000 (unchanged: the UK daily passed whole);
- held out, after the held-out kinds ("Some information for this report came from …" credits its agencies; a
  declared name closing on "Wire" is an outlet): headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=0.750 related=0.950 attributions=1.000 images=1.000 (the fact-checking site's claim box and sources
  list, and the broadcaster's audio link, known failures).

Expectation mended after the first dev run, to follow a written convention rather than my own: the release wire's
own name in its dateline ("(GLOBEWIRE) --") names it as the source, as a station's call sign in its own dateline does
(unseen42's and unseen65's convention); a rule dropping it was tried and dropped (see the docs).

``tests/unseen_score.py unseen67`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen67"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # "March 12, 2026 09:05 ET | Source: <a>COMPANY</a>" by a release's headline: a "Source:" line names a source
    # only when it names a known agency (``attributions._SOURCE_LINE``); a company after it on a release wire is one
    # system's form, left as it is
    ("globenewswire", "attributions"),
    # a live page's entries each open with their time ("3:48 p.m.") and title: the text opens at the first entry's
    # time line, as live blogs' entry titles are kept (``body._INTRO_HEADING``'s convention); the expectation, which
    # opens at the first entry's paragraph, is arguable
    ("metro_live", "body_start"),
    # held out: the audio embed's "Listen: TITLE" link in the text's box reads as a teaser line ("Listen" is a
    # teaser label, ``hints.TEASER_TEXT``); the expectation counts it as a player, no related story
    ("pubbroadcaster", "related"),
    # held out: a fact-checking site's "Claim:" and "Rating:" boxes over the text open it (labelled lines of their
    # own, no summary label known), and its "Sources:" list of citations ("OUTLET. \"TITLE.\" Accessed DATE.") is
    # read as text, its rows sentences, not cited studies (``body._CITED_STUDY``)
    ("factcheck", "body_start"),
    ("factcheck", "body_end"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_TEXT = ("<p>The county opened a second shelter on Thursday as the river kept rising, and officials asked residents "
         "of the lowest streets to leave before dark.</p>"
         + "".join(f"<p>Crews worked through the night on the levee, part {i}, and said the water would crest late "
                   "on Thursday, about a foot below the top of the wall.</p>" for i in range(5)))


def _page(text: str, after: str = "", header: str = "") -> str:
    return ("<html><head><title>River rises</title></head><body><main><article><header><h1>River keeps rising</h1>"
            f"<p class='byline'>By Jane Roe</p>{header}</header><div class='article-body'>{text}</div></article>"
            f"{after}</main></body></html>")


def _credits(html: str, role: str) -> set[str]:
    return {a["name"] for a in _extract(html)["attributions"] if a["role"] == role}


def _related(html: str) -> set[str]:
    return {link["url"] for link in _extract(html)["related_links"] or [] if link["kind"] == "related"}


def test_related_reading_and_related_to_this_story_label_teasers() -> None:
    """"<section class='related-reading'><h2>Related reading</h2>…" after a nonprofit newsroom's article and a BLOX
    paper's "<h3>Related to this story</h3>" panel head the article's teasers (``hints.TEASER_TEXT``); the same
    panel whose "Related to this story" title is set in a box classed "hide", showing "Most Popular" instead, lists
    no teasers (``body._hidden_title``)."""
    cards = ("<ul><li><a href='/news/2026/03/10/levee-repairs-funding'>Levee repairs get state money</a></li>"
             "<li><a href='/news/2026/03/01/river-flood-history'>A century of floods on the river</a></li></ul>")
    for label in ("Related reading", "Related to this story"):
        after = f"<section class='related-box'><h2>{label}</h2>{cards}</section>"
        assert "https://news.example/news/2026/03/10/levee-repairs-funding" in _related(_page(_TEXT, after))
    hidden = ("<div id='article-related-bottom' class='related-bottom'><div class='style-title hide'><h2>Related to "
              "this story</h2></div><div class='style-title'><h2>Most Popular</h2></div>" + cards + "</div>")
    assert "https://news.example/news/2026/03/10/levee-repairs-funding" not in _related(_page(_TEXT, hidden))


def test_a_note_on_where_the_story_comes_from_opens_no_text() -> None:
    """"This story was produced by OUTLET in partnership with PARTNER." under a nonprofit newsroom's byline, and "This
    story was originally published by OUTLET. Republished from OUTLET under a Creative Commons license." over a chain
    paper's copy of it, open no text (``hints.PROVENANCE_NOTE``); a first sentence reporting what a story was about
    ("This story was told by the mayor …") stays."""
    def start(note: str, in_header: bool = False) -> str:
        page = _page(_TEXT, header=f"<p><em>{note}</em></p>") if in_header else _page(f"<p><em>{note}</em></p>" + _TEXT)
        return _extract(page)["body"][:30]

    assert start("This story was produced by Classbeat in partnership with Riverbend Public Radio.", True) \
        == "The county opened a second she"
    assert start("This story was originally published by Capitol Watch. Republished from Capitol Watch under a "
                 "Creative Commons license.") == "The county opened a second she"
    assert start("This story was told by the mayor at a meeting on Thursday, and officials confirmed it later that "
                 "evening.").startswith("This story was told")


def test_contributing_names_the_people_before_their_outlets() -> None:
    """"<p><em>Contributing: NAME, OUTLET</em></p>" closing a national daily's text (Gannett's form) credits the
    people as contributors, the outlet after each nobody, and the line stays the text's last (``hints.AGENCY_LINE``,
    ``attributions._CONTRIBUTING``); "Contributing factors included the rain." credits nobody."""
    page = _page(_TEXT + "<p><em>Contributing: Marcus Delacroix-Hume, NATION TODAY; Ana Ruiz and Li Wen, The Desert "
                 "Sun</em></p>")
    assert _credits(page, "contributor") == {"Marcus Delacroix-Hume", "Ana Ruiz", "Li Wen"}
    assert _extract(page)["body"].endswith("Contributing: Marcus Delacroix-Hume, NATION TODAY; Ana Ruiz and Li Wen, "
                                           "The Desert Sun")
    assert not _credits(_page(_TEXT + "<p>Contributing factors included the rain.</p>"), "contributor")


def test_an_agency_writers_dashed_sign_off_credits_the_writer() -> None:
    """"— NAME, The Associated Press" closing a live page's entry credits the agency's writer as a contributor
    (``attributions._DASHED_AGENCY_WRITER``, the agency a known one); "— Jane Doe, Springfield" (a reader's letter
    signed with a town) credits nobody."""
    page = _page(_TEXT + "<p>The governor declared a state of emergency for three counties on Thursday.</p>"
                 "<p>— Quentin Ralston, The Associated Press</p>")
    assert "Quentin Ralston" in _credits(page, "contributor")
    page = _page(_TEXT + "<p>— Jane Doe, Springfield</p>")
    assert "Jane Doe" not in _credits(page, "contributor")


def test_with_reporting_by_in_the_meta_line_credits_a_contributor() -> None:
    """"<span>With reporting by <a>NAME</a></span>" beside an investigative outlet's byline credits a contributor
    (``attributions._WITH_ROLE``), as "With reporting by NAME" closing a text does; "<span>With thanks to our
    readers</span>" credits nobody."""
    header = "<span class='byline-extra'>With reporting by <a href='/people/jonah'>Jonah Ferreira-Blum</a></span>"
    assert "Jonah Ferreira-Blum" in _credits(_page(_TEXT, header=header), "contributor")
    header = "<span class='byline-extra'>With thanks to our readers</span>"
    assert not _credits(_page(_TEXT, header=header), "contributor")


def test_a_wire_storys_bullets_before_its_dateline_open_no_text() -> None:
    """"<ul><li>Four operators to pool 2.4 GW of batteries by 2029</li><li>Plan needs approval …</li></ul>" before
    "OSLO, March 12 (Reuters) - …" on a wire's client page: the summary's rows (no full stop) are no part of the
    text, which opens at the dateline (``body._wire_dateline`` in ``_from_release_dateline``); rows ending like
    sentences keep the text as it was."""
    def start(rows: str) -> str:
        page = _page(f"<ul>{rows}</ul><p>OSLO, March 12 (Reuters) - Power grid operators in Norway, Sweden, Denmark "
                     "and Finland agreed on Thursday to share battery storage across their borders.</p>" + _TEXT)
        return _extract(page)["body"][:20]

    assert start("<li>Four operators to pool 2.4 GW of batteries by 2029</li><li>Plan needs approval from national "
                 "regulators</li>") == "OSLO, March 12 (Reut"
    assert start("<li>Four operators will pool 2.4 GW of batteries by 2029.</li><li>The plan needs approval from "
                 "national regulators.</li>") == "Four operators will "
