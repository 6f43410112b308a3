"""Pages that declare little (no JSON-LD, no ``og:`` tags): the printed page alone gives the fields. See "Pages that
declare little" in docs/extraction-design.md, and ``tests/unseen_score.py --undeclared``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsarchive.extraction import extract_article

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import expected, undeclared_record  # noqa: E402

POST = "<p>We walked the dyke path at dawn, when the reed beds were still white with frost and the herons stood still.</p>"


@pytest.mark.parametrize("title, home, url", [
    # the blog's name after the post's, the theme's heading linking home above the post's own heading
    ("Balade d'hiver au marais - Les carnets de Nantes", "/", "https://carnets.blog.example/2026/03/balade.html"),
    # Blogger's "Blog: Post"
    ("Les carnets de Nantes: Balade d'hiver au marais", "https://carnets.blog.example/",
     "https://carnets.blog.example/2026/03/balade.html"),
    # a platform of blogs: the blog's home is the address's first segment, glued to the post's by a bar
    ("Balade d'hiver au marais|Les carnets de Nantes", "https://blogs.example/carnets/",
     "https://blogs.example/carnets/entry-12891234567.html"),
])
def test_blog_name_in_the_title_is_the_heading_linking_home(title: str, home: str, url: str) -> None:
    html = (f"<html><head><title>{title}</title></head><body><div id='header'><h1><a href='{home}'>Les carnets de "
            "Nantes</a></h1><p>Notes de balades</p></div><div class='post'><h2><a href='/2026/03/balade.html'>Balade "
            f"d'hiver au marais</a></h2><div class='post-body'>{POST * 4}</div></div></body></html>")
    assert extract_article(html.encode(), url)["headline"] == "Balade d'hiver au marais"



@pytest.mark.parametrize("folder, name", [("unseen13", "nbc"), ("unseen23", "gothamist"), ("unseen8", "slate")])
def test_more_from_the_site_named_by_its_host_is_no_teaser_box(folder: str, name: str) -> None:
    """"More from NBC News" after the article on nbcnews.example, with what the page declares taken out (no site
    name): the label names the site as its host spells it ("nbcnews"), so the box holds the site's other stories,
    no teasers; the related links are those the page's own expectation lists."""
    record = undeclared_record(name, folder)
    assert {link["url"] for link in record["related_links"] if link["kind"] == "related"} \
        == set(expected(name, folder)["related"])


def test_the_sites_name_as_its_logo_prints_it_is_no_writer() -> None:
    """"Sam Kelleher, Chicago Tribune" under the headline, the masthead's logo linking home reading "Chicago Tribune":
    the site's name, no second writer, though nothing declares it."""
    html = ("<html><head><title>Lakefront path to close for repairs</title></head><body><header>"
            "<a class='logo' href='/'>Chicago Tribune</a><nav><a href='/news/'>News</a></nav></header><article>"
            "<h1>Lakefront path to close for repairs</h1><p class='byline'>By Sam Kelleher, Chicago Tribune</p>"
            + POST * 4 + "</article></body></html>")
    record = extract_article(html.encode(), "https://www.chicagotribune.example/2026/03/11/lakefront-path/")
    assert record["authors"] == ["Sam Kelleher"]


@pytest.mark.parametrize("masthead, names", [
    ("<a class='site-logo' href='https://www.example.com/'><img src='/l.svg' alt='界面新闻'></a>", ["界面新闻"]),
    ("<a href='/'><img src='/l.svg' alt='The Portugal News logo'></a>", ["The Portugal News"]),
    # a link home reading "Home", or a menu's link home that no logo marks, names nothing
    ("<a class='logo' href='/'>Home</a><nav><a href='/'>Noticias</a></nav>", []),
])
def test_masthead_logo_names_the_site(masthead: str, names: list[str]) -> None:
    from newsarchive.extraction.headline import page_site_names
    from newsarchive.extraction.page import load_page

    page = load_page(f"<html><body><header>{masthead}</header><h1>T</h1></body></html>", "https://www.example.com/a/b")
    assert page_site_names(page) == names


def test_site_name_before_the_writer_on_a_sections_host() -> None:
    """On a section's host (nasional.kompas.example), the masthead's logo links the site's home on www: it names the
    site, and "Kompas.com - Agie Permadi" names the writer after the site's name."""
    html = ("<html><head><title>Banjir rendam Bandung</title></head><body><header><a class='logo' "
            "href='https://www.kompas.example/'>KOMPAS.com</a></header><article><h1>Banjir rendam Bandung</h1>"
            "<div class='read__info__author'>Kompas.com - Agie Permadi</div>" + POST * 4 + "</article></body></html>")
    record = extract_article(html.encode(), "https://nasional.kompas.example/read/2026/03/11/banjir")
    assert record["authors"] == ["Agie Permadi"]



def test_a_chinese_titles_clause_is_no_section() -> None:
    """"央行：2月末M2同比增长7.5% 社融存量增速企稳_金融频道_财新网", the site named 财新网 (by its logo, where nothing
    declares it): the section 金融频道 goes with the site's name; the clause after "：" is no section's name (its
    words counted in characters, not in spaced words), so the title keeps it."""
    from newsarchive.extraction.headline import strip_site_name

    assert strip_site_name("央行：2月末M2同比增长7.5% 社融存量增速企稳_金融频道_财新网", ["财新网"]) \
        == "央行：2月末M2同比增长7.5% 社融存量增速企稳"



@pytest.mark.parametrize("folder, name", [("unseen20", "focus"), ("unseen22", "zdf"), ("unseen26", "krone")])
def test_a_deck_named_so_is_no_body_without_a_declared_description(folder: str, name: str) -> None:
    """A deck named as a lead, intro or sub-title, with the byline, date line or lead picture between it and the
    text, on the page with what it declares taken out (no description): still no body, as the convention says
    (the name and the place say it, the description need not)."""
    opening = " ".join(expected(name, folder)["body_first"].split())[:40]
    assert " ".join(undeclared_record(name, folder)["body"].split()).startswith(opening)


def test_the_texts_dateline_dates_a_release_that_declares_nothing() -> None:
    """A wire release with what it declares taken out: "COLUMBUS, Ohio, March 11, 2026 /PRNewswire/ -- …" opening
    the text dates it, not a date a whole-page search finds elsewhere (a listed release of February)."""
    assert (undeclared_record("prwire", "unseen28")["published"] or "")[:10] == "2026-03-11"

