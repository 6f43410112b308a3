"""Seed documents of periodic jobs: feeds and sitemaps imitating real publishers
(the fixtures under ``fixtures/feeds/``), hostile documents, and broken ones."""

from __future__ import annotations

import time
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsarchive import feeds
from newsarchive.feeds import Feed, FeedEntry, FeedError, new_entries, parse_feed

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
GAZETTE = "https://riverside-gazette.example"
DAILY = "https://www.dailyexample.example"


def load(name: str, base_url: str | None = None) -> Feed:
    return parse_feed((FIXTURES / name).read_bytes(), base_url)


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def one_item(pub_date: str) -> bytes:
    return (f"<rss version='2.0'><channel><item><link>https://x.example/a</link>"
            f"<pubDate>{pub_date}</pubDate></item></channel></rss>").encode()


def test_wordpress_rss() -> None:
    feed = load("wordpress.rss", base_url=f"{GAZETTE}/feed/")  # starts with a BOM and blank lines
    assert feed.kind == "rss" and feed.sitemaps == []
    assert feed.entries == [
        FeedEntry(f"{GAZETTE}/2024/05/07/council-approves-bridge-budget/", at(2024, 5, 7, 9),
                  "Council approves the new bridge\u2019s budget"),
        # the repeated item is dropped: the first one is kept
        FeedEntry(f"{GAZETTE}/2024/05/06/storm-warning/", at(2024, 5, 6, 22, 30), "Storm warning for the weekend"),
        FeedEntry(f"{GAZETTE}/2024/05/05/farmers-market/", at(2024, 5, 5, 6), "Farmers\u2019 market returns"),
        FeedEntry(f"{GAZETTE}/2024/05/04/letters/", None, "Letters to the editor"),
    ]


def test_relative_link_without_base_url_is_skipped() -> None:
    urls = [e.url for e in load("wordpress.rss").entries]
    assert len(urls) == 3 and not any(url.endswith("/letters/") for url in urls)


def test_guardian_like_rss_with_dc_date() -> None:
    feed = load("guardian.rss")
    assert [(e.url, e.published) for e in feed.entries] == [
        (f"{DAILY}/world/2024/may/07/ceasefire-talks-resume-cairo", at(2024, 5, 7, 10, 15, 3)),
        (f"{DAILY}/world/2024/may/07/elections-explainer?CMP=share_btn_link&page=2", at(2024, 5, 7, 7, 2)),
        # no <link>: the guid is a permalink
        (f"{DAILY}/business/live/2024/may/07/markets-live", at(2024, 5, 6, 23, 59)),
    ]
    assert feed.entries[1].title == "Elections: what you need to know"


def test_rss_1_rdf() -> None:
    feed = load("rdf.rdf")
    assert feed.kind == "rss"
    assert [(e.url, e.published, e.title) for e in feed.entries] == [
        ("https://slashnews.example/story/24/05/07/1", at(2024, 5, 7, 14, 20), "New kernel released"),
        ("https://slashnews.example/story/24/05/06/2", at(2024, 5, 6, 9), "Old hardware revived"),
    ]


def test_atom_with_xml_base_and_relative_links() -> None:
    feed = load("blogger.atom", base_url="https://feeds.example/valley.atom")
    assert feed.kind == "atom"
    assert feed.entries == [
        # rel="alternate" among replies/edit links; published preferred over updated
        FeedEntry("https://valley-notes.example/blog/2024/05/spring-walk.html",
                  at(2024, 5, 7, 9, 30), "Spring walk along the river"),
        # a link without rel, GitHub style; only <updated>
        FeedEntry("https://valley-notes.example/valley/tools/releases/tag/v2.0.0", at(2024, 5, 6, 9), "Release 2.0.0"),
        # the entry's own xml:base wins
        FeedEntry("https://mirror.example/archive/old-post.html", at(2024, 5, 1), "Old post, mirrored"),
    ]  # the draft has no alternate link


def test_google_news_sitemap_prefers_news_fields() -> None:
    feed = load("news-sitemap.xml")
    assert feed.kind == "news-sitemap"
    assert feed.entries == [
        FeedEntry(f"{DAILY}/world/2024/may/07/ceasefire-talks-resume-cairo", at(2024, 5, 7, 10, 15, 3),
                  "Ceasefire talks resume in Cairo"),
        FeedEntry(f"{DAILY}/uk-news/2024/may/07/rail-strike", at(2024, 5, 7), "Rail strike: what & where"),
        FeedEntry(f"{DAILY}/uk-news/2024/may/06/weather", at(2024, 5, 6, 18), None),
    ]


def test_plain_sitemap_with_date_only_lastmod() -> None:
    feed = load("sitemap.xml")
    assert feed.kind == "sitemap"
    assert feed.entries == [
        FeedEntry(f"{GAZETTE}/2024/05/07/council-approves-bridge-budget/", at(2024, 5, 7), None),
        FeedEntry(f"{GAZETTE}/2024/05/06/storm-warning/", at(2024, 5, 7), None),  # 19:00 -05:00
        FeedEntry(f"{GAZETTE}/about/", None, None),
    ]  # the duplicate and the mailto: URL are dropped


def test_gzipped_sitemap_reads_like_the_plain_one() -> None:
    assert (FIXTURES / "sitemap.xml.gz").read_bytes()[:2] == b"\x1f\x8b"
    assert load("sitemap.xml.gz") == load("sitemap.xml")


def test_sitemap_index() -> None:
    feed = load("sitemap-index.xml", base_url=f"{DAILY}/sitemap.xml")
    assert feed.kind == "sitemap-index" and feed.entries == []
    assert feed.sitemaps == [
        FeedEntry(f"{DAILY}/sitemaps/news.xml", at(2024, 5, 7, 10, 40, 21), None),
        FeedEntry(f"{DAILY}/sitemaps/2024-05.xml.gz", at(2024, 5, 7), None),
        FeedEntry(f"{DAILY}/sitemaps/sections.xml", None, None),
    ]


def test_billion_laughs_is_refused_quickly() -> None:
    start = time.process_time()  # CPU time: what an expansion would cost, whatever else the machine does
    with pytest.raises(FeedError, match="declares XML entities"):
        load("billion-laughs.xml")
    assert time.process_time() - start < 2


def test_external_entity_is_never_read() -> None:
    with pytest.raises(FeedError, match="declares XML entities") as caught:
        load("xxe.rss")
    assert "root:" not in str(caught.value)


def test_html_instead_of_a_feed() -> None:
    with pytest.raises(FeedError, match="^not a feed or sitemap: got HTML$"):
        load("page.html")


def test_truncated_feed_keeps_the_complete_entries() -> None:
    urls = [e.url for e in load("truncated.rss").entries]
    # the cut happened inside the third item's link: that half URL must not come out
    assert urls == [f"{GAZETTE}/2024/05/07/council-approves-bridge-budget/", f"{GAZETTE}/2024/05/06/storm-warning/"]


def test_gzip_bomb_is_refused_quickly() -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip container
    zeros = bytes(1 << 20)
    bomb = b"".join(compressor.compress(zeros) for _ in range(60)) + compressor.flush()
    assert len(bomb) < 100_000
    start = time.process_time()
    with pytest.raises(FeedError, match="larger than"):
        parse_feed(bomb)
    assert time.process_time() - start < 3


def test_oversized_document_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feeds, "MAX_FEED_BYTES", 1000)
    with pytest.raises(FeedError, match="larger than 1000 bytes"):
        parse_feed(b" " * 1001)


@pytest.mark.parametrize("data, message", [
    (b"", "not XML"),
    (b"  \n ", "not XML"),
    (b"hello world", "not XML"),
    (b'{"items": []}', "not XML"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "root element <svg>"),
    (b"\x1f\x8b\x08\x00garbage", "unreadable gzip data"),
])
def test_not_a_feed(data: bytes, message: str) -> None:
    with pytest.raises(FeedError, match=message) as caught:
        parse_feed(data)
    assert "\n" not in str(caught.value) and isinstance(caught.value, ValueError)


@pytest.mark.parametrize("data, kind, url, published", [
    ((b'<urlset xmlns="http://www.google.com/schemas/sitemap/0.84" '
      b'xmlns:n="http://www.google.com/schemas/sitemap-news/0.84"><url><loc>https://x.example/a</loc>'
      b"<n:news><n:publication_date>2024-05-07T10:00Z</n:publication_date></n:news></url></urlset>"),
     "news-sitemap", "https://x.example/a", at(2024, 5, 7, 10)),
    (b"<urlset><url><loc>https://x.example/a</loc><lastmod>2024-05-07</lastmod></url></urlset>",
     "sitemap", "https://x.example/a", at(2024, 5, 7)),
    ((b'<feed xmlns="http://purl.org/atom/ns#" version="0.3"><entry><link rel="alternate" type="text/html" '
      b'href="https://x.example/a"/><issued>2024-05-07T10:00:00Z</issued></entry></feed>'),
     "atom", "https://x.example/a", at(2024, 5, 7, 10)),
])
def test_old_wrong_or_missing_namespaces(data: bytes, kind: str, url: str, published: datetime) -> None:
    feed = parse_feed(data)
    assert (feed.kind, feed.entries) == (kind, [FeedEntry(url, published, None)])


def test_broken_rss_091_with_bare_ampersands_and_html_entities() -> None:
    data = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title>
<item><title>Caf\xe9 &eacute;t&eacute;&nbsp;&amp; more</title><link>http://old.example/a.php?id=1&page=2</link></item>
<item><title><![CDATA[Q&A]]></title><link>http://old.example/b.php?id=2&amp;sort</link></item>
</channel></rss>"""
    assert parse_feed(data).entries == [
        FeedEntry("http://old.example/a.php?id=1&page=2", None, "Caf\xe9 \xe9t\xe9 & more"),
        FeedEntry("http://old.example/b.php?id=2&sort", None, "Q&A"),
    ]


def test_utf16_feed() -> None:
    text = ('<?xml version="1.0" encoding="UTF-16"?><rss><channel><item><title>\u00e9t\u00e9</title>'
            "<link>https://x.example/a</link></item></channel></rss>")
    assert parse_feed(text.encode("utf-16")).entries == [FeedEntry("https://x.example/a", None, "\u00e9t\u00e9")]


@pytest.mark.parametrize("pub_date, expected", [
    ("Tue, 07 May 2024 09:00:00 +0000", at(2024, 5, 7, 9)),
    ("Tue, 07 May 2024 09:00:00 GMT", at(2024, 5, 7, 9)),
    ("Tue, 07 May 2024 04:00:00 EST", at(2024, 5, 7, 9)),
    ("Tue, 07 May 2024 02:00:00 PDT", at(2024, 5, 7, 9)),
    ("Tue, 07 May 2024 11:00:00 CEST", at(2024, 5, 7, 9)),
    ("7 May 2024 09:00:00 -0000", at(2024, 5, 7, 9)),
    ("Tue, 07 May 2024 09:00:00", at(2024, 5, 7, 9)),
    ("2024-05-07T11:00:00+02:00", at(2024, 5, 7, 9)),
    ("2024-05-07T09:00:00.000Z", at(2024, 5, 7, 9)),
    ("2024-05-07", at(2024, 5, 7)),
    ("May 7, 2024 9:00 AM", at(2024, 5, 7, 9)),
    ("not a date", None),
    ("", None),
])
def test_dates_are_timezone_aware(pub_date: str, expected: datetime | None) -> None:
    published = parse_feed(one_item(pub_date)).entries[0].published
    assert published == expected
    assert published is None or published.utcoffset() is not None


def test_new_entries_since() -> None:
    feed = load("wordpress.rss", base_url=f"{GAZETTE}/feed/")
    since = at(2024, 5, 6, 12)
    expected = [f"{GAZETTE}/2024/05/07/council-approves-bridge-budget/",
                f"{GAZETTE}/2024/05/06/storm-warning/", f"{GAZETTE}/2024/05/04/letters/"]  # undated counts as new
    assert [e.url for e in new_entries(feed, since)] == expected
    assert new_entries(feed, since.replace(tzinfo=None)) == new_entries(feed, since)  # naive means UTC
    assert new_entries(feed, since + timedelta(days=2)) == [feed.entries[-1]]
    assert new_entries(feed, None) == feed.entries
