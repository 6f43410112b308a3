"""One small page or string per kind of layout the fifteenth held-out round (``fixtures/unseen15``)
revealed; each fails without its rule (see "Fifteenth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.attributions import contributor_names
from newsarchive.extraction.credits import clean_credit, split_caption

PARA = ("<p>The state’s oil and gas regulator let the company walk away from its wells with a bond worth about four "
        "percent of what it would cost to plug them, records show.</p>")


def _page(body: str, head: str = "", url: str = "https://news.example/story/wells-cleanup") -> dict:
    html = (f"<html lang='en'><head><title>Wells left leaking</title>{head}</head><body><main><article>"
            f"<h1>Wells left leaking</h1>{body}</article></main></body></html>")
    return extract_article(html.encode(), url)


def test_pitch_closing_on_sign_up_opens_no_text() -> None:
    """"ProPublica is a nonprofit newsroom … Sign up to receive our biggest stories …" and a partner's "This article is
    co-published with … Sign up for The Brief Weekly …" opening the text box are pitches, no text."""
    rec = _page("<div class='article-body'><p>Example News is a nonprofit newsroom that investigates abuses of power. "
                "<a href='/newsletters'>Sign up to receive our biggest stories</a> as soon as they’re published.</p>"
                "<p>This article is co-published with The Valley Tribune, a nonprofit local newsroom. Sign up for The "
                "Brief Weekly to get up to speed on their coverage.</p>" + PARA * 4 + "</div>")
    assert rec["body"].startswith("The state’s oil and gas regulator")


def test_contributor_of_an_outlet() -> None:
    """"NAME of The Texas Tribune contributed reporting.": the person is the contributor, the outlet is where they
    work; a one-word name before "of" ("Bank of America") stays whole."""
    assert contributor_names("Jeremy Schwartz of The Texas Tribune contributed reporting.") == ["Jeremy Schwartz"]
    assert contributor_names("Jane Doe of NBC News contributed.") == ["Jane Doe"]
    assert contributor_names("Bank of America contributed research.") == ["Bank of America"]


def test_tip_box_in_the_text_holds_no_teaser() -> None:
    """An unnamed ``<aside>`` between paragraphs headed "Do You Have a Tip?" calls the reader to write in: its link is
    no teaser; an unnamed aside headed "Related" still is one."""
    rec = _page("<div class='article-body'>" + PARA * 2
                + "<aside><h3>Do You Have a Tip?</h3><p>If you have information, we want to hear from you. "
                  "<a href='/tips'>Contact our reporters</a>.</p></aside>"
                + "<aside><h3>Related</h3><a href='/story/new-mexico-well-bonds'>New Mexico raised its well bonds</a>"
                  "</aside>" + PARA * 2 + "</div>")
    related = [link["url"] for link in rec["related_links"] if link["kind"] == "related"]
    assert related == ["https://news.example/story/new-mexico-well-bonds"]


def test_file_note_after_a_credit() -> None:
    """"— Reuters/File", "AP / File photo", "AFP/Archives": the agency is the credit, the file note goes."""
    assert clean_credit("Reuters/File") == "Reuters"
    assert clean_credit("AP / File photo") == "AP"
    assert clean_credit("AFP/Archives") == "AFP"
    assert clean_credit("Profile") == "Profile"


def test_header_image_line_after_the_text() -> None:
    """"Header image: CAPTION — CREDIT" printed after the text is the uncaptioned lead picture's caption and credit,
    and no text."""
    rec = _page("<div class='story__content'><figure><img src='https://news.example/img/lead.jpg' width='800'>"
                "</figure>" + PARA * 4 + "<p><em>Header image: A tanker fills up at a hydrant in Karachi. — Fahim "
                "Siddiqi/White Star</em></p></div>")
    assert rec["images"][0]["caption"] == "A tanker fills up at a hydrant in Karachi."
    assert rec["images"][0]["credit"] == "Fahim Siddiqi/White Star"
    assert "Header image" not in rec["body"]


def test_teaser_box_in_an_unnamed_side_rail() -> None:
    """An unnamed ``<aside>`` beside the article holding several boxes: the one headed "More on this" holds the
    article's teasers, "Trending" and a section's "More from Politics" beside it none."""
    html = ("<html lang='en'><head><title>Wells left leaking</title></head><body><main><article><h1>Wells left leaking"
            "</h1><div class='article-body'>" + PARA * 4 + "</div></article><aside class='css-rail'>"
            "<section><h3>Trending in Texas</h3><a href='/story/cold-front-arrives'>Cold front to bring temperatures "
            "down</a></section><section><h3>More from Politics</h3><a href='/story/tory-leadership-rules'>Tories "
            "change leadership rules after anger</a></section><section><h3>More on this</h3><a href='/story/minibus-fare-rise-approved'>Minibus fare "
            "rises approved for 40 routes</a></section></aside></main></body></html>")
    rec = extract_article(html.encode(), "https://news.example/story/wells-cleanup")
    related = [link["url"] for link in rec["related_links"] if link["kind"] == "related"]
    assert related == ["https://news.example/story/minibus-fare-rise-approved"]



def test_known_agency_in_brackets_closing_a_caption() -> None:
    """"… on Tuesday. (Newsis)", "(News1)": a known agency in brackets closing the caption is its credit, as
    "(Yonhap)" was; a party's "(SPD)" inside a sentence is none."""
    assert split_caption("Members of the union hold a news conference on Tuesday. (Newsis)") == (
        "Members of the union hold a news conference on Tuesday.", "(Newsis)")
    assert split_caption("Taxis wait near Seoul Station. (News1)") == ("Taxis wait near Seoul Station.", "(News1)")
    assert split_caption("The minister (SPD) spoke on Wednesday.") == ("The minister (SPD) spoke on Wednesday.", None)


def test_with_a_report_from_an_agency() -> None:
    """"With a report from The Canadian Press", "With reports from AFP and AP" closing the text name contributors, as
    "With files from …" does."""
    assert contributor_names("With a report from The Canadian Press") == ["The Canadian Press"]
    assert contributor_names("With reports from AFP and AP") == ["AFP", "AP"]


def test_credit_link_in_a_figure_is_no_teaser() -> None:
    """A figure in the text whose caption links its credit ("<a>Jim Cumming/Getty Images</a>") holds no teaser; a
    figure holding a story's headline link still does."""
    rec = _page("<div class='article-body'>" + PARA * 2
                + "<figure><img src='https://news.example/img/warbler.jpg' width='800'><figcaption><span>A yellow "
                  "warbler in spring.</span> <a href='https://photos.example/detail/123'>Jim Cumming/Getty Images</a>"
                  "</figcaption></figure>"
                + "<figure><a href='/story/city-lights-confuse-birds'><img src='https://news.example/img/b.jpg'></a>"
                  "<figcaption><a href='/story/city-lights-confuse-birds'>How city lights confuse migrating birds</a>"
                  "</figcaption></figure>" + PARA * 2 + "</div>")
    related = [link["url"] for link in rec["related_links"] if link["kind"] == "related"]
    assert related == ["https://news.example/story/city-lights-confuse-birds"]
