"""Date parsing and the choice between declared, printed and URL dates."""

from __future__ import annotations

import pytest

from newsarchive.extraction.dates import (
    find_modified,
    find_published,
    parse_machine_date,
    parse_printed_date,
    url_date,
)
from newsarchive.extraction.page import load_page


@pytest.mark.parametrize("value, expected", [
    ("2023-03-07T09:00:00+03:00", "2023-03-07T09:00:00+03:00"),
    ("2023-03-07T09:00:00+0300", "2023-03-07T09:00:00+03:00"),
    ("2023-03-07T06:00:00.000Z", "2023-03-07T06:00:00Z"),
    ("2023-03-07 09:00", "2023-03-07T09:00:00"),
    ("2023-03-07", "2023-03-07"),
    ("20230307", "2023-03-07"),
    ("1678172400", "2023-03-07T07:00:00Z"),
    ("Tue, 07 Mar 2023 09:00:00 GMT", "2023-03-07T09:00:00Z"),
    ("2023-13-45", None),
    ("soon", None),
    (None, None),
])
def test_machine_dates(value, expected) -> None:
    assert parse_machine_date(value) == expected


@pytest.mark.parametrize("text, expected", [
    ("March 07, 2023", "2023-03-07"),
    ("Published March 7th, 2023 at 9:05 pm", "2023-03-07T21:05:00"),
    ("07.03.2023, 14.35 Uhr", "2023-03-07T14:35:00"),
    ("7. März 2023", "2023-03-07"),
    ("7 марта 2023, 14:35", "2023-03-07T14:35:00"),
    ("7 de marzo de 2023", "2023-03-07"),
    ("le 7 mars 2023 à 14h35", "2023-03-07T14:35:00"),
    ("2023年3月7日", "2023-03-07"),
    ("3/17/2023", "2023-03-17"),
    ("17/03/2023", "2023-03-17"),
    ("31.02.2023", None),
    ("7 Smarch 2023", None),
    # day, month and year between dashes (Dutch, Indian, Scandinavian pages), and what is no date
    ("17-03-2023", "2023-03-17"),
    ("Updated: 07-03-2023 14:35 IST", "2023-03-07T14:35:00+05:30"),
    ("Madrid-29/05/2025 20:00", "2025-05-29T20:00:00"),
    ("ISBN 978-3-16-148410-0", None),
    ("Tel. 0221-12-2026", None),
    # a two-digit year, read only before a clock (as US sites print it); its US clock reads month first
    ("03/11/26 2:30 PM ET", "2026-03-11T14:30:00-04:00"),
    ("Posted 3/11/26", None),
    # a month's name with a two-digit year, read only before a clock
    ("Publié le 11 mars 26 à 17h30", "2026-03-11T17:30:00"),
    ("11 March 26", None),
])
def test_printed_dates(text, expected) -> None:
    assert parse_printed_date(text) == expected


def test_url_date() -> None:
    assert url_date("https://x.example/news/2023/03/07/story") == "2023-03-07"
    assert url_date("https://x.example/2023-3-7-story") == "2023-03-07"
    assert url_date("https://x.example/story-2023") is None
    assert url_date(None) is None


def published(html: str, url: str | None = None) -> str | None:
    page = load_page(html, url)
    h1 = page.tree.find(".//h1")
    return find_published(page, h1.getparent() if h1 is not None else None)


def test_printed_day_wins_over_utc_across_midnight() -> None:
    html = ("<meta property='article:published_time' content='2023-03-07T23:30:00Z'>"
            "<div class='head'><h1>T</h1><span class='date'>8 March 2023</span></div>")
    assert published(html) == "2023-03-08"


def test_declared_offset_is_kept_over_printed_day() -> None:
    html = ("<meta property='article:published_time' content='2023-03-07T23:30:00+01:00'>"
            "<div class='head'><h1>T</h1><span class='date'>8 March 2023</span></div>")
    assert published(html) == "2023-03-07T23:30:00+01:00"


def test_earliest_declared_date_is_first_publication() -> None:
    html = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"T\","
            " \"datePublished\": \"2023-03-08T10:00:00+01:00\"}</script>"
            "<meta property='article:published_time' content='2023-03-07T18:00:00+01:00'><h1>T</h1>")
    assert published(html) == "2023-03-07T18:00:00+01:00"


def test_sidebar_dates_are_ignored() -> None:
    html = ("<div class='article'><div class='head'><h1>T</h1><p>Story text.</p></div>"
            "<div class='most-read'><span class='date'>01.01.2021</span></div></div>")
    assert published(html, "https://x.example/2023/03/07/t") == "2023-03-07"


def test_updated_line_is_not_the_publication_date() -> None:
    html = ("<div class='head'><h1>T</h1><span class='meta'>Updated 9 March 2023</span>"
            "<time datetime='2023-03-07T10:00:00+02:00'>7 March 2023</time></div>")
    assert published(html) == "2023-03-07"


def test_modified() -> None:
    page = load_page("<meta property='article:modified_time' content='2023-03-07T12:00:00-05:00'>")
    assert find_modified(page) == "2023-03-07T12:00:00-05:00"
    assert find_modified(load_page("<p>nothing</p>")) is None


@pytest.mark.parametrize("offset", ["+25:00", "-30:00", "+2400", "+99:99", "+05:75"])
def test_an_impossible_offset_keeps_the_record(offset: str) -> None:
    """No zone on Earth: the time as printed, without an offset, and every other field kept."""
    from newsarchive.extraction import extract

    html = (f'<html><head><script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Ferry '
            f'resumes", "datePublished": "2023-03-07T10:00:00{offset}"}}</script></head><body><article>'
            f'<h1>Ferry resumes</h1><p>{"The ferry runs again after the storm. " * 40}</p></article></body></html>')
    result = extract(load_page(html.encode(), "https://news.example/ferry", "text/html"), 10)
    assert result.error is None
    assert result.fields["headline"] == "Ferry resumes"
    assert result.fields["published"] == "2023-03-07T10:00:00"
    assert parse_machine_date(f"2023-03-07T10:00:00{offset}") == "2023-03-07T10:00:00"


def test_nearest_time_printing_no_date_outweighs_teaser_dates_farther_out() -> None:
    """"Aujourd'hui à 17:30" by the byline, its day in the ``<time>``'s markup; the teaser cards' printed dates
    farther out are other stories'."""
    html = ("<main><article><header><h1>T</h1><p><span class='author'>Par A. Writer</span> - "
            "<time datetime='2026-03-11T17:30:00+01:00'>Aujourd'hui à 17:30</time></p></header><p>Text.</p></article>"
            "<section><div class='card'><p class='card-date'>12/01/2026</p></div></section></main>")
    assert published(html) == "2026-03-11T17:30:00+01:00"




def test_a_magazines_issue_date_is_no_publication_date() -> None:
    """"週刊文春 2026年3月19日号" (the print issue) before the page's date line: the issue's date dates nothing."""
    html = ("<div class='article-header'><h1>妻が明かす3億円の使い道</h1><div class='article-info'><span>文＝広田 恭平</span>"
            "<span class='article-source'>source : 週刊文春 2026年3月19日号</span><time class='article-date'>"
            "2026/03/11</time></div></div>")
    assert published(html) == "2026-03-11"
