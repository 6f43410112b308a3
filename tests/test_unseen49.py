"""A forty-ninth held-out round of pages imitating publishing systems (issue 9): English-language magazines and blogs
declaring little (eight of the twelve declare no person as writer: the site, a team, a placeholder such as "Meridian
Staff", "Hearth Editors" or "admin", the publication's name, or nothing; four declare no JSON-LD at all). The
held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single
held-out score), BEFORE any rule of the round. The round's focus: headline, authors, body start and end.

Each page in ``fixtures/unseen49`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of its kind was
taken, and is named so):

- longread: a general-interest monthly's long read (a Canadian general-interest monthly on WordPress, a neighbour of
  unseen3's atlantic and unseen17's harpers: a "Meridian Staff" placeholder declared, a long standfirst, "By NAME"
  and "Illustrations by NAME" on two lines of their own, "Updated 10:45, Jun. 3, 2026 | Published …", a drop cap as
  a class of the first paragraph, a pull quote, an inline "Related" line, the writer's note in italics and "This
  story appears in the June 2026 issue of …" closing the text, "You Might Also Like" cards with bylines);
- sciencemag: a science magazine (Nautilus-like, a neighbour of unseen17's quanta and sciam: no JSON-LD, no writer
  declared or printed in the header, a series box "Part of the series … Part 2 of 5" under the standfirst, a drop
  cap in its own span, "Photo by NAME" in the caption's credit span, a pull quote repeating a sentence, and the
  only byline "NAME is a staff writer at Quark. He lives in Oakland." in italics closing the text, "More from
  Biology");
- criticism (held out): a culture and criticism site's album review (Vulture-like: no JSON-LD, the site as the
  ``author`` meta, the album's title in italics inside the ``<h1>``, a long ``h2`` standfirst, "Words by NAME" in a
  plain ``div``, a rating card, "Photo: NAME" in the caption, an inline "Related" box, a pull quote, "Latest Album
  Reviews" tiles, "Most Read");
- finance: a personal finance site (NerdWallet-like: the organisation declared as writer, "Written by" and "Edited
  by" writers' cards with avatars, "Updated Jun 3, 2026", an advertiser disclosure, "The bottom line" summary box
  before the text, question headings, a product call-out, "(Photo by NAME/Unsplash)" closing the caption, an "About
  the author" box and a disclaimer after the text, "Related articles");
- foodmag: a food and recipe magazine's story, not a recipe card (Saveur-like: a "Hearth Editors" placeholder
  declared, "Story by NAME, photographs by NAME" in one line on the hero, a drop cap as a class, a pull quote, a
  "Get the recipe:" line in the text, the credit span holding the photographer's name alone, a series box after
  the text, "Keep Reading" cards);
- travel (held out): a travel magazine on Next.js (Afar-like: no writer declared, "Words and photographs by NAME"
  beside the date, "This story appears in the June 2026 issue of Wayfarer." in a box opening the text, a hero
  caption and an inline one without credits, a pull quote, an inline "Read more" box, a "Know before you go" fact
  box closing the text, "More Stories Like This" cards);
- newsletter: a hosted newsletter platform's post (Buttondown-like, a neighbour of substack and unseen8's beehiiv:
  no JSON-LD, the newsletter's name over the post, the writer's name alone beside the date, a greeting opening
  the text, an image in a paragraph, "— Priya" closing it, "You’re reading Transit Notes, a newsletter by NAME");
- blogplatform: a blogging platform's post in a publication (a Medium-like neighbour of unseen31's and unseen36's
  medium: the publication declared as the writer in JSON-LD and the ``author`` meta, the publication's header over
  the post, the writer's name alone on a line with "Follow", "Published in PUBLICATION · 6 min read · Jun 3, 2026",
  a caption "Photo by the author.", a pull quote, "Written by NAME" box, "More from NAME and PUBLICATION" and
  "Recommended from PLATFORM" cards);
- ssgblog (held out): a self-hosted blog on a static site generator (the Eleventy base blog: no JSON-LD, no writer
  declared, "Posted by NAME on <time>" in a list of post metadata, a series note before the text, a code block, a
  caption without credit, previous/next links);
- engblog: a company's engineering blog (a team's name declared as writer in JSON-LD and ``article:author``, no
  byline in the header, "Editor’s note: This is a guest post by NAME, a staff engineer at COMPANY, …" in italics
  opening the text, code blocks, a chart's caption, a "Try it yourself" call-out, "Related posts", a hiring box);
- university: a university's news office (Drupal, a neighbour of unseen28's news office: the communications office
  declared as writer, the writer's name in a plain span beside her college's name and the date, "Photo by NAME" in
  the lead caption, an inline "Related" box, a funding sentence closing the text, a "Media contact" box, "Latest
  News");
- thinktank (held out): a think tank's commentary (Brookings-like: an "admin" person declared, "Commentary", two
  experts' cards each a link to the expert's page and a job line, a series box opening the text, "(Photo by
  NAME/Getty Images)" closing the caption, a "Related Content" box in the text, the institute's disclaimer after
  it, "More On Cybersecurity" teasers with the writers' names).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a writer
named only by the closing note "NAME is a staff writer at …" is the article's writer (the reader has no other),
and the note is no text (``hints.TAGLINE``), nor is a print-issue note at either end, a series box or series note,
an editor's note presenting a guest writer, a fact box ("Know before you go") or a media-contact box; a greeting
("Hi friends,") is the newsletter's text; a guest post's note names the guest as the writer (the team's name
declared is the site's); "Words and photographs by NAME" names the writer and the photographer; a caption "Photo by
the author." names no photographer (no name is printed); "Edited by NAME" names no writer and no role; the visible
heading is the headline where a declared title quotes what the heading sets in italics (criticism);
"More from NAME and PUBLICATION" is a writer's teaser box (its links related), "Recommended from PLATFORM" is
teasers (both mended, see below), "More On TOPIC" and "Latest News" are a topic's or section's latest stories (no teasers), previous/next
links are navigation.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): longread, sciencemag, finance, foodmag, newsletter, blogplatform, engblog,
  university;
- held out (scored once, blind, before any rule of the round): criticism, travel, ssgblog, thinktank.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=0.417 date=1.000
  body_start=0.500 body_end=0.750 related=0.750 attributions=0.521 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=0.708 date=1.000 body_start=0.875 body_end=0.750
  related=0.750 attributions=0.767 images=1.000 (related against the first expectations; against the mended ones
  below, 1.000);
- dev, after the dev rules (see "Forty-ninth held-out round" in docs/extraction-design.md: a note on the writer at
  either end of the text names her; a university's unit beside the writer names nobody; a press office's "Media
  contact" box closes the text; a site's labelled notice opens and closes none; "The bottom line" box is a summary;
  a caption crediting "the author" names no photographer): headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- held out, after the dev rules: unchanged from the blind score (headline=0.750 authors=0.417 date=1.000
  body_start=0.500 body_end=0.750 related=0.750 attributions=0.521 images=1.000);
- held out, after the held-out kinds fixed by rule ("Words by NAME" and "Words and photographs by NAME" lead a
  byline in; the "on" left by "Posted by NAME on <time>" goes; a series note opens and closes no text; a post's tag
  rows open no text; a think tank's "/experts/NAME/" is a writer's page; an institute's disclaimer closes no text;
  "More Stories Like This" labels teasers): headline=0.750 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=0.875 attributions=1.000 images=1.000 (dev unchanged).

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=0.917 authors=1.000
date=1.000 body_start=1.000 body_end=1.000 related=0.958 attributions=1.000 images=1.000.

Expectations changed after a run, by a written convention only: foodmag's "Keep Reading" cards are no teasers
(unseen34's written convention: "Keep Reading" heads a section's feed), and blogplatform's "More from NAME and The
Long Table" and "Recommended from Scribehouse" name the site (the publication declared as publisher, the platform as
``og:site_name``): "More from SITE" heads the site's other stories, no teasers ("More from SITE named by the host",
docs/extraction-design.md), so both pages' ``related`` are empty. The dev figures before any rule were scored against
the first expectations; no held-out expectation was changed.

``tests/unseen_score.py unseen49`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen49"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a review's heading sets the album's title in italics ("Glass Harbor’s <em>Low Tide Radio</em> Is …"), the
    # declared title and the page's title in quotes ("… ‘Low Tide Radio’ …"): the declared wording is taken; which
    # of the two a plain-text headline should be is arguable, not tried
    ("criticism", "headline"),
    # a think tank's "More On Cybersecurity" teasers after the text, in a box named "more-on-topic", read as teasers;
    # written as a topic's latest stories (as "Latest on TOPIC"), though "More on this topic" labels teasers: not tried
    ("thinktank", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _record(html: str, url: str = "https://magazine.example/2026/06/03/story") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_TEXT = ("Researchers have watched this sequence for years without knowing what to make of it, and a new study "
         "suggests that octopuses, like mammals and birds, have two distinct stages of sleep: a quiet one, and an "
         "active one.")
_PAGE = ("<html><head><title>The Octopus That Sleeps Twice</title></head><body><article><h1>The Octopus That Sleeps "
         "Twice</h1><div class='body'>{before}<p>{text}</p><p>{text}</p><p>{text}</p>{after}</div></article>"
         "</body></html>")


def test_a_note_on_the_writer_at_either_end_of_the_text_names_her() -> None:
    """With no byline, "NAME is a staff writer at OUTLET." closing the text, or "Editor’s note: This is a guest post
    by NAME, a staff engineer at COMPANY, …" opening it, names the writer; the note about someone quoted among the
    paragraphs, and a note with a byline printed elsewhere, do not."""
    closing = "<p><em>Corin Halvorsen is a staff writer at Quark. He lives in Oakland.</em></p>"
    assert _record(_PAGE.format(before="", text=_TEXT, after=closing))["authors"] == ["Corin Halvorsen"]
    guest = ("<p><em>Editor’s note: This is a guest post by Saoirse Lindahl, a staff engineer at Tallow Labs, one of "
             "the teams that moved onto our runners.</em></p>")
    assert _record(_PAGE.format(before=guest, text=_TEXT, after=""))["authors"] == ["Saoirse Lindahl"]
    among = _PAGE.format(before="", text=_TEXT, after=closing + f"<p>{_TEXT}</p>")
    assert _record(among)["authors"] == []
    signed = _PAGE.format(before="<p class='byline'>By Ann Lee</p>", text=_TEXT, after=closing)
    assert _record(signed)["authors"] == ["Ann Lee"]


def test_the_writers_unit_beside_her_name_names_nobody() -> None:
    """"<span>NAME</span><span>College of Agriculture and Life Sciences</span>" in a news office's byline: the unit's
    words after "and" are no second writer; two writers joined by "and" stay two."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("Marguerite Okonjo\nCollege of Agriculture and Life Sciences\nJune 3, 2026")[0] == [
        "Marguerite Okonjo"]
    assert split_byline("Marguerite Okonjo\nDepartment of Ecology and Evolutionary Biology")[0] == ["Marguerite Okonjo"]
    assert split_byline("By Marguerite Okonjo and Rafael Oyelaran")[0] == ["Marguerite Okonjo", "Rafael Oyelaran"]


def test_a_press_offices_contact_box_closes_the_text() -> None:
    """A "Media contact" heading after the text, over the office's name, telephone and address, closes the text
    before it; a heading "Media contact" followed by more than a box's few lines (the text's section) stays."""
    box = ("<div class='media-contact'><h3>Media contact</h3><p>Trudy Bellweather, Office of University "
           "Communications, 555-0143, tbellweather@northfieldstate.example</p></div>")
    body = _record(_PAGE.format(before="", text=_TEXT, after=box))["body"]
    assert body.endswith("an active one.") and "Bellweather" not in body
    section = "<h3>Media contact</h3>" + f"<p>{_TEXT}</p>" * 4
    assert _record(_PAGE.format(before="", text=_TEXT, after=section))["body"].count("Researchers") == 7


def test_a_sites_labelled_notice_is_no_text() -> None:
    """"Advertiser disclosure: Many or all of the products featured here are from our partners …" over the text and
    "Disclaimer: The information in this article is for educational purposes only …" under it are the site's
    notices, no text; a sentence speaking of a disclaimer stays."""
    from newsarchive.extraction.hints import TAGLINE

    assert TAGLINE.search("Advertiser disclosure: Many or all of the products featured here are from our partners who "
                          "compensate us.")
    assert TAGLINE.search("Disclaimer: The information in this article is for educational purposes only and is not "
                          "investment, tax or legal advice.")
    assert not TAGLINE.search("The bank added a disclaimer: the rate could change at any time, it said on Tuesday.")
    notice = "<div class='disclosure'><p><strong>Advertiser disclosure:</strong> Many or all of the products " \
             "featured here are from our partners who compensate us, which influences where they appear.</p></div>"
    closing = "<p>Disclaimer: The information in this article is for educational purposes only.</p>"
    body = _record(_PAGE.format(before=notice, text=_TEXT, after=closing))["body"]
    assert body.startswith("Researchers have watched") and body.endswith("an active one.")


def test_the_bottom_line_box_before_the_text_sums_it_up() -> None:
    """A "The bottom line" box of bullets before the text's box (a personal finance site's) is a summary, no
    opening, as "Key takeaways" is; a "The bottom line" section closing the text stays its text."""
    box = ("<div class='takeaways'><h2>The bottom line</h2><ul><li>Start with a goal of $500, then $1,000.</li>"
           "<li>Automate small transfers on payday.</li></ul></div>")
    page = ("<html><head><title>Emergency funds</title></head><body><article><h1>How to Build an Emergency Fund</h1>"
            "{box}<div class='body'><p>{text}</p><p>{text}</p><p>{text}</p>{after}</div></article></body></html>")
    text = ("If you are living paycheck to paycheck, the standard advice to save three to six months of expenses can "
            "feel like being told to climb a mountain before breakfast, and you do not have to start there.")
    assert _record(page.format(box=box, text=text, after=""))["body"].startswith("If you are living")
    closing = "<h2>The bottom line</h2><p>Start small, automate it, and keep the money where you will not spend it.</p>"
    assert _record(page.format(box="", text=text, after=closing))["body"].endswith("where you will not spend it.")


def test_a_caption_crediting_the_author_names_no_photographer() -> None:
    """"The starter, on an ordinary Tuesday. Photo by the author." credits the writer by her role: the caption stays,
    no photographer is named; "Photo by Ann Author" still names one."""
    figure = ("<figure><img src='https://cdn.blog.example/starter.jpg' alt=''><figcaption>The starter, named Gus, on "
              "an ordinary Tuesday. Photo by {credit}.</figcaption></figure>")
    record = _record(_PAGE.format(before=figure.format(credit="the author"), text=_TEXT, after=""))
    assert record["images"][0]["caption"].startswith("The starter") and not record["images"][0]["credit"]
    assert not [a for a in record["attributions"] if a["role"] == "photo"]
    record = _record(_PAGE.format(before=figure.format(credit="Ann Author"), text=_TEXT, after=""))
    assert [a["name"] for a in record["attributions"] if a["role"] == "photo"] == ["Ann Author"]


def test_words_by_leads_a_magazines_byline_in() -> None:
    """"Words by NAME" in a plain ``div`` under the headline names the writer (held-out kind), and "Words and
    photographs by NAME" names her the photographer too; "Words by NAME" alone credits no photographer."""
    page = ("<html><head><title>Salt Road</title></head><body><article><h1>Walking the Salt Road</h1>"
            "<div class='meta'><div class='credit'>{credit}</div><div class='date'>June 3, 2026</div></div>"
            "<div class='body'><p>{text}</p><p>{text}</p><p>{text}</p></div></article></body></html>")
    record = _record(page.format(credit="Words by Ines Varga", text=_TEXT))
    assert record["authors"] == ["Ines Varga"]
    assert not [a for a in record["attributions"] if a["role"] == "photo"]
    record = _record(page.format(credit="Words and photographs by Tobias Lindqvist", text=_TEXT))
    assert record["authors"] == ["Tobias Lindqvist"]
    assert [a["name"] for a in record["attributions"] if a["role"] == "photo"] == ["Tobias Lindqvist"]


def test_posted_by_name_on_a_time_element_names_the_writer() -> None:
    """"<li>Posted by NAME on <time>03 June 2026</time></li>" (a static site generator's post metadata): the "on"
    left closing the line by the date's element goes, and the name is the writer (held-out kind); a name whose last
    word is "On", capitalised, keeps it."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("Posted by Ambrose Kettering on\n03 June 2026")[0] == ["Ambrose Kettering"]
    assert split_byline("By Mina On\nJune 3, 2026")[0] == ["Mina On"]
    page = ("<html><head><title>Teletype</title></head><body><main><h1>Restoring a 1978 Teletype</h1><ul "
            "class='post-metadata'><li>Posted by Ambrose Kettering on <time datetime='2026-06-03'>03 June 2026</time>"
            "</li></ul><p>{text}</p><p>{text}</p><p>{text}</p></main></body></html>")
    assert _record(page.format(text=_TEXT))["authors"] == ["Ambrose Kettering"]


def test_a_series_note_at_either_end_is_no_text() -> None:
    """"This post is part of a series on …" over the text and "This piece is part of SERIES, a series examining …"
    under it are series notes, no text (held-out kind); a sentence saying what a thing is part of stays."""
    from newsarchive.extraction.hints import SERIES_NOTE

    assert SERIES_NOTE.match("This post is part of a series on restoring a Model 33 Teletype: part one, part two.")
    assert SERIES_NOTE.match("This piece is part of Securing Critical Infrastructure, a series examining the defense "
                             "of America’s essential services.")
    assert not SERIES_NOTE.match("This plant is part of a network of 50,000 community water systems.")
    note = "<p><em>This post is part of a series on restoring a Model 33 Teletype.</em></p>"
    body = _record(_PAGE.format(before=note, text=_TEXT, after=note))["body"]
    assert body.startswith("Researchers") and body.endswith("an active one.")


def test_a_posts_tag_rows_open_no_text() -> None:
    """"<ul class='post-metadata'><li><a href='/tags/teletype/'>teletype</a>, </li>…</ul>" over a blog post's text:
    the tags' rows open no text (held-out kind); a linked row ending like a sentence ("Here’s our Year in Review!",
    a blog's highlights) may still open it, as may a row of more words."""
    from lxml import html as lxml_html

    from newsarchive.extraction.blocks import Block
    from newsarchive.extraction.body import _linked_row

    page = ("<html><head><title>Teletype</title></head><body><main><h1>Restoring a 1978 Teletype</h1>{rows}"
            "<p>{text}</p><p>{text}</p><p>{text}</p></main></body></html>")
    tags = "<ul><li><a href='/tags/teletype/'>teletype</a>, </li><li><a href='/tags/restoration/'>restoration</a></li></ul>"
    assert _record(page.format(rows=tags, text=_TEXT))["body"].startswith("Researchers")

    def row(text: str) -> Block:
        li = lxml_html.fromstring(f"<li><a href='/x/'>{text}</a></li>")
        return Block(li, (li,), text, len(text), [("/x/", text)], False, False, (), -1)

    assert _linked_row(row("teletype,"))
    assert not _linked_row(row("Here’s our Year in Review!"))
    assert not _linked_row(row("Here is our Performance Year in Review"))


def test_a_think_tanks_expert_page_is_a_writers_page() -> None:
    """Two experts' cards, each a link to "/experts/NAME/" and a job line ("Senior Fellow - Governance Studies, Center
    for Technology Policy"): the linked experts are the writers, the job lines' words name nobody (held-out kind);
    the list of experts ("/experts/") is no writer's page."""
    from newsarchive.extraction.hints import AUTHOR_PAGE

    assert AUTHOR_PAGE.search("/experts/nadia-vukovic/") and not AUTHOR_PAGE.search("/experts/")
    cards = "".join(
        f"<div class='expert-card'><div><a class='expert-card__name' href='/experts/{slug}/'>{name}</a>"
        f"<p class='expert-card__title'>{job}</p></div></div>"
        for slug, name, job in (("nadia-vukovic", "Nadia Vukovic", ("Senior Fellow - Governance Studies, Center for "
                                                                    "Technology Policy")),
                                ("elias-brandvold", "Elias Brandvold", "Research Assistant - Governance Studies")))
    page = ("<html><head><title>Water</title></head><body><article><h1>Why water utilities need a backstop</h1>"
            "<div class='article-hero__authors'>{cards}</div><div class='body'><p>{text}</p><p>{text}</p><p>{text}</p>"
            "</div></article></body></html>")
    assert _record(page.format(cards=cards, text=_TEXT))["authors"] == ["Nadia Vukovic", "Elias Brandvold"]


def test_an_institutes_disclaimer_closes_no_text() -> None:
    """"… The conclusions and recommendations of any Calloway Institute publication are solely those of its author(s)
    …" and "The views expressed in this commentary are those of the author." under the text are the institute's
    disclaimer (held-out kind); a sentence quoting whose views a report holds stays."""
    from newsarchive.extraction.hints import TAGLINE

    assert TAGLINE.search("The Calloway Institute is a nonprofit organization devoted to independent research. The "
                          "conclusions and recommendations of any Calloway Institute publication are solely those of "
                          "its author(s), and do not reflect the views of the Institute.")
    assert TAGLINE.search("The views expressed in this commentary are those of the author.")
    assert not TAGLINE.search("The report’s views on tariffs are those of its funders, critics said on Tuesday.")


def test_more_stories_like_this_heads_teasers() -> None:
    """"More Stories Like This" over cards after the text labels teasers (held-out kind), as "You might also like"
    does; "More stories" alone heads the site's feed."""
    from newsarchive.extraction.hints import TEASER_TEXT

    assert TEASER_TEXT.match("More Stories Like This") and TEASER_TEXT.match("Stories like this")
    assert not TEASER_TEXT.match("More stories")
