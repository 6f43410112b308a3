"""The body starts where the article starts (issue 9): synthetic pages, one per kind of layout.

What a reader notices first is the opening: the body must begin with the article's first
paragraph, wherever the layout puts it (in the header under the headline, in an intro
box, before a table), and not with a byline, a date line or the headline printed again.
A standfirst the page names as such, or one that repeats the page's declared description,
is the record's ``description``, not the body's opening.
"""

import pytest

from newsarchive.extraction import extract_article

URL = "https://valley.example/news/2025/03/pumping-station"
PROSE = [
    ("The water board voted on Tuesday to rebuild the old pumping station, ending a dispute that had "
     "divided the valley for most of a decade and cost two chairmen their seats."),
    ("Engineers told the meeting that the station's pumps, installed in 1962, fail several times a "
     "winter, and that each failure leaves the lower town without pressure for a day or more."),
    ("Residents who had opposed the plan said they still feared the cost, which the board puts at "
     "eleven million, would fall on households through higher charges over the next twenty years."),
    ("The chairwoman said grants would cover part of the bill, and that the board would publish the "
     "tender documents in the spring so that anyone could check the figures for themselves."),
    ("Work is due to start in the autumn and to last two years, during which a temporary station on "
     "the river bank will keep the water running, the engineers said after the vote was taken."),
]
HEADLINE = "Board votes to rebuild pumping station"
SITE_HEADER = ("<header class='masthead'><a href='/'>Valley News</a><nav><ul><li><a href='/news'>News</a></li>"
               "<li><a href='/sport'>Sport</a></li></ul></nav></header>")
MOST_READ = ("<div class='sidebar'><h3>Most read</h3><ul>"
             + "".join(f"<li><a href='/s{i}'>Another headline about the valley, number {i}</a></li>" for i in range(5))
             + "</ul></div>")
FOOTER = "<footer><p><a href='/about'>About us</a></p></footer>"


def paragraphs(items: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in items)


def record(article: str, head: str = "", title: str = HEADLINE) -> dict:
    html = (f"<html><head><title>{title} | Valley News</title>{head}</head>"
            f"<body>{SITE_HEADER}{article}{MOST_READ}{FOOTER}</body></html>")
    return extract_article(html.encode("utf-8"), URL)


def test_lede_in_the_article_header_opens_the_body() -> None:
    """``<header>`` holds headline, byline and lede; the text's container follows it. A paragraph between the
    headline and the byline is a deck, whatever its class (the seventy-sixth round: "c-lede" names a deck too)."""
    fields = record(f"<article><header><h1>{HEADLINE}</h1><p class='byline'>By Ann Lee</p><time>March 4, 2025</time>"
                    f"<p class='lede'>{PROSE[0]}</p></header>"
                    f"<div class='article-body'>{paragraphs(PROSE[1:])}</div></article>")
    assert fields["body"].split("\n\n") == PROSE
    fields = record(f"<article><header><h1>{HEADLINE}</h1><p class='lede'>{PROSE[0]}</p>"
                    f"<p class='byline'>By Ann Lee</p><time>March 4, 2025</time></header>"
                    f"<div class='article-body'>{paragraphs(PROSE[1:])}</div></article>")
    assert fields["body"].split("\n\n") == PROSE[1:]


def test_unnamed_lede_paragraph_in_the_header_opens_the_body() -> None:
    fields = record(f"<article><header><h1>{HEADLINE}</h1><p>{PROSE[0]}</p></header>"
                    f"<div class='article-body'>{paragraphs(PROSE[1:])}</div></article>")
    assert fields["body"].startswith(PROSE[0])


def test_header_paragraph_repeating_the_description_is_the_description_only() -> None:
    """The summary teaser under the headline, the same words as the page's declared
    description, is not the article's first paragraph."""
    teaser = "Valley residents will pay for the new pumping station through their water bills."
    fields = record(f"<article><header><h1>{HEADLINE}</h1><p>{teaser}</p></header>"
                    f"<div class='article-body'>{paragraphs(PROSE)}</div></article>",
                    head=f"<meta name='description' content='{teaser}'>")
    assert fields["description"] == teaser
    assert fields["body"].startswith(PROSE[0])
    assert teaser not in fields["body"]


def test_standfirst_named_as_such_stays_out_of_the_body() -> None:
    """A box named standfirst/dek/summary is the description, even when not declared."""
    dek = "Valley residents will pay for the new pumping station through their water bills, the board says."
    fields = record(f"<article><div class='article-header'><h1>{HEADLINE}</h1><p class='standfirst'>{dek}</p></div>"
                    f"<div class='article-body'>{paragraphs(PROSE)}</div></article>")
    assert fields["body"].startswith(PROSE[0])
    assert dek not in fields["body"]


def test_deck_in_the_headlines_box_is_not_the_opening() -> None:
    """A deck repeating the declared description in the headline's own box (not a ``<header>``), a
    picture between it and the text's boxes (the text's container holds them all): the text starts in
    the text's boxes."""
    deck = "Valley residents will pay for the new pumping station through their water bills."
    fields = record(f"<div class='story'><div class='article-heading'><h1>{HEADLINE}</h1><p>{deck}</p></div>"
                    "<figure><img src='/station.jpg'><figcaption>The old station.</figcaption></figure>"
                    f"<div class='article-text'>{paragraphs(PROSE[:2])}</div><div class='inline-ad'>Advertisement</div>"
                    f"<div class='article-text'>{paragraphs(PROSE[2:])}</div></div>",
                    head=f"<meta name='description' content='{deck}'>")
    assert fields["body"].split("\n\n") == PROSE


def test_opening_repeated_as_the_description_stays_in_the_text() -> None:
    """A blog post whose declared description is its first paragraph, in the text's own box under
    the headline, opens with that paragraph."""
    fields = record(f"<article><div class='entry-header'><h1>{HEADLINE}</h1><span>March 4, 2025</span></div>"
                    f"<div class='entry-content'>{paragraphs(PROSE)}</div></article>",
                    head=f"<meta name='description' content='{PROSE[0]}'>")
    assert fields["body"].split("\n\n") == PROSE


def test_abstract_box_over_the_text_is_not_the_opening() -> None:
    """A box named as the article's abstract, inside the text's column, is its standfirst."""
    dek = "Valley residents will pay for the new pumping station through their water bills, the board says."
    fields = record(f"<article><div class='detail-header'><h1>{HEADLINE}</h1></div><div class='detail-contents'>"
                    f"<div class='detail--abstract'>{dek}</div><div class='detail--body'>{paragraphs(PROSE)}</div>"
                    "</div></article>")
    assert fields["body"].split("\n\n") == PROSE


def test_heading_under_the_headline_is_not_the_opening() -> None:
    fields = record(f"<article><header><h1>{HEADLINE}</h1><h2>Residents fear the bill will land on households</h2>"
                    f"</header><div class='article-body'>{paragraphs(PROSE)}</div></article>")
    assert fields["body"].startswith(PROSE[0])


def test_introduction_before_a_table_opens_the_body() -> None:
    """A list set as a table, after two introductory paragraphs, with the table's caption and
    column heads between them and the rows: the introduction is the body's start."""
    rows = "".join(f"<tr><td>{1990 + n}</td><td>{text}</td></tr>" for n, text in enumerate(PROSE[2:]))
    refs = "".join(f"<li><a href='/ref/{n}'>Minutes of the water board meeting number {n}</a>. Retrieved 2020.</li>"
                   for n in range(15))
    fields = record(f"<div id='content'><h1>{HEADLINE}</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p>"
                    f"<table><caption>Votes of the board</caption><tr><th>Year</th><th>Decision</th></tr>{rows}</table>"
                    f"<h2>References</h2><ol>{refs}</ol></div>")
    assert fields["body"].startswith(PROSE[0])
    assert PROSE[1] in fields["body"]
    assert fields["body"].endswith(PROSE[-1])


def test_intro_box_after_a_figure_and_byline_opens_the_body() -> None:
    """A paragraph in a box of no name right under the headline, the lead picture and the byline after it, opens the
    text; the same box named as an intro is a deck (the README's convention: named as a sub-title, lead or intro, the
    byline, date line or lead picture between it and the text; the seventy-eighth round reads it so)."""
    def body(box: str) -> list[str]:
        return record(f"<article><h1>{HEADLINE}</h1>{box}"
                      "<figure><img src='/station.jpg'><figcaption>The old station.</figcaption></figure>"
                      "<div class='meta'><span>By Ann Lee</span> <span>March 4, 2025</span></div>"
                      f"<div class='text'>{paragraphs(PROSE[1:])}</div></article>")["body"].split("\n\n")

    assert body(f"<div><p>{PROSE[0]}</p></div>") == PROSE
    assert body(f"<div class='intro'><p>{PROSE[0]}</p></div>") == PROSE[1:]


def test_pull_quote_before_the_text_is_not_its_opening() -> None:
    """A paragraph repeated from the text and set before it (a highlight) opens nothing."""
    fields = record(f"<article><h1>{HEADLINE}</h1><div class='highlight'><p>{PROSE[3]}</p></div>"
                    f"<div class='article-body'>{paragraphs(PROSE)}</div></article>")
    assert fields["body"].split("\n\n") == PROSE


@pytest.mark.parametrize("line", [
    # a byline with date and time ends like a sentence or is long, yet it is furniture
    "By Ann Lee on Tuesday, March 4th, 2025 at 11:04 a.m.",
    "PUBLISHED: March 4, 2025 at 8:59 pm | UPDATED: March 4, 2025 at 10:16 pm",
    # one that ends with a parenthesis does not end like a sentence
    "Valley News | 04.03.2025 at 13h36 • Updated 05.03.2025 at 20h13 | By Ann Lee (with Bo Chan)",
    "Tuesday, 04.03.2025 - 10:30 (Comment now)",
])
def test_date_line_opening_the_container_is_not_text(line: str) -> None:
    """A byline-and-date line opening the text's container stays out of the body."""
    fields = record(f"<article><h1>{HEADLINE}</h1><div class='article-body'><p>{line}</p>"
                    f"{paragraphs(PROSE)}</div></article>")
    assert fields["body"].split("\n\n") == PROSE


def test_sentence_with_a_date_still_opens_the_text() -> None:
    first = "On March 4, 2025, the board met."
    fields = record(f"<article><h1>{HEADLINE}</h1><div class='article-body'><p>{first}</p>"
                    f"{paragraphs(PROSE)}</div></article>")
    assert fields["body"].startswith(first)


def test_headline_printed_again_in_the_container_is_not_text() -> None:
    long_headline = "Board votes to rebuild the pumping station after a decade of dispute over its cost and site"
    fields = record(f"<div class='story'><h1>{long_headline}</h1><div class='story-text'><p>{long_headline}</p>"
                    f"{paragraphs(PROSE)}</div></div>", title=long_headline)
    assert fields["headline"] == long_headline
    assert fields["body"].startswith(PROSE[0])


def test_separator_row_is_not_an_opening() -> None:
    """A breadcrumb's "/" in a list row inside the container is not the first line of text."""
    fields = record(f"<article><ul class='crumbs'><li><a href='/news'>News</a></li><li>/</li>"
                    f"<li><a href='/news/water'>Water</a></li></ul><h1>{HEADLINE}</h1>"
                    f"<div class='article-body'>{paragraphs(PROSE)}</div></article>")
    assert fields["body"].startswith(PROSE[0])


def test_dateline_on_a_line_of_its_own_opens_the_first_paragraph() -> None:
    """A place dateline printed as its own paragraph ("LONDON —"), inside the text's container or
    just before it, starts the first paragraph; a byline before it stays out."""
    for line in ("VALLEY TOWN —", "VALLEY TOWN, March 4 (AP) —", "<strong>VALLEY TOWN</strong> -"):
        for article in (f"<article><h1>{HEADLINE}</h1><div class='article-body'><p>By Ann Lee</p><p>{line}</p>"
                        f"{paragraphs(PROSE)}</div></article>",
                        f"<article><h1>{HEADLINE}</h1><div class='dateline'>{line}</div>"
                        f"<div class='article-body'>{paragraphs(PROSE)}</div></article>"):
            place = line.replace("<strong>", "").replace("</strong>", "")
            assert record(article)["body"].split("\n\n") == [f"{place} {PROSE[0]}"] + PROSE[1:], article


def test_short_line_ending_in_a_dash_in_lower_case_is_not_a_dateline() -> None:
    fields = record(f"<article><h1>{HEADLINE}</h1><div class='article-body'><p>Listen to this story -</p>"
                    f"{paragraphs(PROSE)}</div></article>")
    assert fields["body"].split("\n\n") == PROSE


def test_dateline_shaped_label_far_from_the_text_is_not_its_opening() -> None:
    """A line in capitals ending with a dash outside the text's neighbourhood (a section label
    in a box of its own, away from the text) is not the text's dateline."""
    fields = record(f"<h1>{HEADLINE}</h1><div class='left'><div class='box'><p>VALLEY NEWS —</p></div></div>"
                    f"<div class='page'><div class='col'><div class='article-body'>{paragraphs(PROSE)}</div>"
                    f"</div></div>")
    assert fields["body"].split("\n\n") == PROSE
