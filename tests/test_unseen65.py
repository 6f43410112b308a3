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
the magazine) gives way to the person printed; "Edited by NAME" in the writers' author box names no writer and no
role (as unseen49's finance page decided for the same box) and a station's call sign in its own dateline ("(KWXA) —")
names the station as the source (as unseen42 decided; both expectations were first written otherwise, see below); a
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
- dev, before any rule of the round: headline=1.000 authors=0.958 date=1.000 body_start=0.750 body_end=0.875
  related=0.946 attributions=0.933 images=1.000;
- dev, after the dev rules (see "Sixty-fifth held-out round" in docs/extraction-design.md: a named box holding the
  picture alone before its caption's div; the newsroom's republishing invitation closes no text; another role's label
  on a byline line of its own names no writer; a deck named as the header's description; the editors' word before an
  affiliate disclosure): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.946
  attributions=1.000 images=1.000 (ent_trade's "More TV News" failing). Two dev expectations were changed
  after the run, to follow conventions written in earlier rounds that the first expectations contradicted (found when
  the rules fixed on them moved other sets' pages): sinclair_tv's "(KWXA) —" names the station as the source on its
  own site (unseen42's localtv_gray, and the wires' own "(BUSINESS WIRE)" of unseen54 and unseen57), and cnet's "Edited
  by NAME" in the author box credits nobody (unseen49's finance); the two rules written for the first expectations
  (a station's own call sign no source; a role's label alone in its element crediting the next) were dropped;
- held out, after the dev rules: unchanged (headline=1.000 authors=0.750 date=1.000 body_start=0.750 body_end=1.000
  related=0.917 attributions=0.833 images=0.750): newscientist's deck, indiandaily's "Express Web Desk" and
  "(Express Photo by NAME)", ninenews_au's "More Sydney news" failed;
- held out, after three held-out kinds fixed by rule (a declared name closing on "Desk" is a desk; a paper's name
  before "Photo by" in a caption's bracket; "More SECTION news" for a section the site's navigation links to by its
  own slug, which also mends ent_trade's "More TV News"): headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=1.000 related=1.000 attributions=1.000 images=1.000 (against the first expectations: no held-out one was
  changed after a run); newscientist's deck is a known failure. Dev after it: all eight fields 1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=1.000 body_start=0.917 body_end=1.000 related=0.979 attributions=1.000 images=1.000 (newscientist's deck, and its
"More from Life" read as teasers once the declared section is gone).

``tests/unseen_score.py unseen65`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen65"


#: (page, field) pairs still wrong, each a kind not fixed yet.
#: (newscientist's "<p class='ArticleHeader__Copy'>DECK</p>" right under the headline, the byline and date after it,
#: is a deck since round 76: ``body._deck_under_headline``)
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_TEXT = ("<p>The county opened a second shelter on Thursday as the river kept rising, and officials asked residents "
         "of the lowest streets to leave before dark.</p>"
         + "".join(f"<p>Crews worked through the night on the levee, part {i}, and said the water would crest late "
                   "on Thursday, about a foot below the top of the wall.</p>" for i in range(5)))


def test_a_named_box_holding_the_picture_alone_stands_before_its_caption() -> None:
    """"<div class="InlineImage-wrapper"><img></div><div class="…Caption">CAPTION</div><div class="…Credit">NAME |
    AGENCY</div>" opening a business site's text: the box named by a class and holding the picture alone (no words)
    is a picture right before the caption's line, as a class-less box is, so the caption opens no text; a named box
    holding words beside its picture is no picture's box, and the line after it opens the text."""
    def start(box: str) -> str:
        page = ("<html><head><title>Buyout</title></head><body><article><h1>Grocer agrees to buyout</h1>"
                f"<div class='body'><div class='embed'>{box}<div class='embed-caption'>A store in Madison, Wisconsin, "
                "on Feb. 3, 2026.</div><div class='embed-credit'>Kent Albers | Bloomberg | Getty Images</div></div>"
                + _TEXT + "</div></article></body></html>")
        return _extract(page)["body"][:30]

    assert start("<div class='embed-wrapper'><img src='/a.jpg' alt=''></div>") == "The county opened a second she"
    assert start("<div class='embed-wrapper'><img src='/a.jpg' alt=''>Shop the sale</div>") == "A store in Madison, Wisconsin,"


def test_a_republishing_invitation_closes_no_text() -> None:
    """"Republish This Story" over "We encourage organizations to republish our content, free of charge. …" after
    a health news service's text: the invitation is the newsroom's note, no sentence of the text (as "Our stories may
    be republished …"); "We encourage residents to call the hotline." closing a text stays."""
    def body(closing: str) -> str:
        page = ("<html><head><title>Clinics</title></head><body><article><h1>Rural clinics turn to traveling "
                f"dentists</h1><div class='content'>{_TEXT}<h3>Republish This Story</h3><p>{closing}</p></div>"
                "</article></body></html>")
        return _extract(page)["body"]

    assert "republish" not in body("We encourage organizations to republish our content, free of charge. Here's "
                                   "what we ask: you must credit us as the original publisher.")
    assert body("We encourage residents to call the county hotline before noon.").endswith("before noon.")


def test_another_roles_label_on_its_own_byline_line_names_no_writer() -> None:
    """"Written by<br>NAME<br>Senior Editor<br>Edited by<br>NAME" (a tech site's author box, each label and name in
    its own element): the name after "Edited by" (or "Reviewed by", "Fact-checked by") is no writer; the writer's
    own label names the writer, and a byline of two names without such a label keeps both."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("Written by\nNadia Castellanos\nSenior Editor\nEdited by\nRafael Okonjo")[0] == \
        ["Nadia Castellanos"]
    assert split_byline("Reviewed by\nRuth Adeyemi\nWritten by\nTessa Lindqvist")[0] == ["Tessa Lindqvist"]
    assert split_byline("Nadia Castellanos\nRafael Okonjo")[0] == ["Nadia Castellanos", "Rafael Okonjo"]



def test_a_deck_named_as_the_headers_description() -> None:
    """"<p class="c-contentHeader_description">DECK</p>" in the headline's box, the author box and the date line
    between it and the text: the header's description is a deck, as a "dek" or "subtitle" is; the same paragraph
    right above the text, nothing between them, stays the text's opening."""
    def start(between: str) -> str:
        page = ("<html><head><title>Battery</title></head><body><article><div class='head'><h1>Phone battery "
                "test: 31 hours</h1><p class='c-contentHeader_description'>The new phone lasts longer than any "
                "before it. Getting back to full takes a while.</p></div>" + between
                + f"<div class='body'>{_TEXT}</div></article></body></html>")
        return _extract(page)["body"][:30]

    assert start("<div class='author-box'>Written by <a href='/profiles/ann-lee/'>Ann Lee</a></div><div "
                 "class='dates'>March 12, 2026</div>") == "The county opened a second she"
    assert start("") == "The new phone lasts longer tha"


def test_the_editors_word_before_an_affiliate_disclosure() -> None:
    """"Our editors independently choose the products we review. We may get a commission from purchases made through
    links on this page." over a tech site's text: the disclosure, the editors' word before it, opens no text (as "We
    may earn a commission …" alone); "Our editors visited the plant in May." stays the text's."""
    def start(note: str) -> str:
        page = ("<html><head><title>Battery</title></head><body><article><h1>Phone battery test</h1><div "
                f"class='body'><p>{note}</p>{_TEXT}</div></article></body></html>")
        return _extract(page)["body"][:30]

    assert start("Our editors independently choose the products we review. We may get a commission from purchases "
                 "made through links on this page.") == "The county opened a second she"
    assert start("Our editors visited the plant in May and counted the crates on every shelf of the store.") == \
        "Our editors visited the plant "



def test_a_desk_declared_as_the_writer_gives_way_to_the_printed_one() -> None:
    """"Express Web Desk" declared as the writer (an Indian daily's placeholder, held-out kind) while the page prints
    "Written by <a>NAME</a>": a name closing on "Desk" is a desk, no person, as "Web Desk" alone is, and the printed
    writer is the author; a person declared stays."""
    def authors(declared: str) -> list[str]:
        page = ("<html><head><title>Metro</title><meta name='author' content='" + declared + "'></head><body>"
                "<article><h1>Pune metro line to open by June</h1><div class='editor'><span>Written by</span> <a "
                "href='/profile/author/aditi-rane/'>Aditi Rane</a></div><div class='story'>" + _TEXT
                + "</div></article></body></html>")
        return _extract(page)["authors"]

    assert authors("Express Web Desk") == ["Aditi Rane"]
    assert authors("Aditi Rane") == ["Aditi Rane"]


def test_a_papers_name_before_photo_by_in_a_captions_bracket() -> None:
    """"… on Wednesday. (Express Photo by NAME)" (an Indian daily's caption, held-out kind): the paper's name opens
    the credit's bracket before its label, the whole bracket is the credit and the photographer its name (as
    "Gazette photo by NAME"); an agency's "AP Photo by NAME" keeps the agency."""
    from newsarchive.extraction.credits import clean_credit, split_caption

    caption, credit = split_caption("A train during the trial run on Wednesday. (Express Photo by Pawan Deshmukh)")
    assert caption == "A train during the trial run on Wednesday." and clean_credit(credit) == "Pawan Deshmukh"
    caption, credit = split_caption("Protesters gather outside the court. (AP Photo by Ann Lee)")
    assert clean_credit(credit) == "AP Photo by Ann Lee"


def test_more_section_news_named_in_the_sites_navigation_lists_no_teasers() -> None:
    """"More Sydney news" under a network's story filed at /article/… (held-out kind), "More TV News" under a trade
    paper's at /SLUG/: a section the site's ``<nav>`` links to by its own slug ("<a href="/sydney">Sydney</a>", "<a
    href="/category/tv/">TV</a>") is the site's section, and the box lists its latest stories, as on the section's
    address; with no such link in the navigation (or one to another address) "More Ferry News" stays a teaser label."""
    items = "".join(f"<li><a href='https://ch12.example/article/story-{i}/'>Light rail outage strands Randwick "
                    f"commuters for hours, part {i}</a></li>" for i in range(3))

    def related(nav: str, label: str) -> set[str]:
        page = (f"<html><head><title>Shark</title></head><body><header><nav>{nav}</nav></header><main><article><h1>"
                f"Shark sighting closes beaches</h1><div class='entry-content'>{_TEXT}</div></article><section "
                f"class='more-news'><h2>{label}</h2><ul>{items}</ul></section></main></body></html>")
        return {link["url"] for link in _extract(page, "https://ch12.example/article/shark/5f1e")["related_links"]
                if link["kind"] == "related"}

    assert related("<a href='/sydney'>Sydney</a><a href='/perth'>Perth</a>", "More Sydney news") == set()
    assert related("<a href='/category/tv/'>TV</a>", "More TV News") == set()
    assert len(related("<a href='/sydney'>Sydney</a>", "More Ferry News")) == 3
    assert len(related("<a href='/topics/ferries-2026'>Ferry</a>", "More Ferry News")) == 3
