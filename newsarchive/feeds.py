"""Read the seed documents of periodic archive jobs: RSS, Atom and sitemaps.

A job fetches a site's feed or sitemap and archives the articles it lists that
are new since the last run. Those documents come from the open web, so parsing
them must be safe as well as tolerant:

- lxml parses with entity substitution, DTD loading and network access off and
  its default size limits (``huge_tree=False``); on top of that a document that
  declares entities at all (billion laughs, XXE) is refused, since no feed or
  sitemap needs them.
- gzip input (``.xml.gz`` sitemaps) is detected by its magic bytes and
  decompressed by :func:`newsarchive.decompress.decompress`, whose streaming
  decoder stops at :data:`MAX_FEED_BYTES`, so a gzip bomb is refused after that
  many bytes (the same capped decoder ``newsarchive extract`` uses).
- Broken XML is parsed again in lxml's recover mode. Bare ``&`` (common in
  query strings) are escaped first, because recovery would silently drop the
  characters after them and yield wrong URLs, and HTML entities (``&eacute;``,
  which old RSS 0.91 feeds took from their DTD) become character references,
  because recovery would drop them. A document cut off mid-way keeps
  the entries that were complete before the break: lxml's pull parser reports
  the end of every element it saw closed, and the ones it only closes at EOF are
  the unfinished ones, whose text may be a truncated URL.

feedparser reads feeds but not sitemaps, and Scrapy's ``scrapy.utils.sitemap``
reads sitemaps but not feeds; one lxml pass gives both the same model and the
same safety rules. Element names are matched by local name only, so
wrong-but-common namespaces (Atom 0.3, old sitemap and Google News schemas, none
at all) read the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.entities import html5
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsarchive.decompress import GZIP_MAGIC, DecompressError, TooLarge, decompress

MAX_FEED_BYTES = 50 * 1024 * 1024
"""Largest document accepted, after decompression (the sitemaps.org limit)."""

KINDS = {"rss": "rss", "RDF": "rss", "feed": "atom", "urlset": "sitemap", "sitemapindex": "sitemap-index"}
ENTRY_TAG = {"rss": "{*}item", "atom": "{*}entry", "sitemap": "{*}url", "sitemap-index": "{*}sitemap"}
RSS_DATES = ("pubDate", "date")
ATOM_DATES = ("published", "updated", "issued", "modified")
UTF8_BOM = b"\xef\xbb\xbf"
XML_ENTITIES = frozenset({"amp;", "lt;", "gt;", "quot;", "apos;"})
SAFE_PARSING = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}
_REFERENCE = re.compile(rb"<!\[CDATA\[.*?\]\]>|&(#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z_][\w.-]*;)?", re.DOTALL)
_STRING = etree.XPath("string()")  # text content without unexpanded entity references


class FeedError(ValueError):
    """A document that is not a feed or sitemap we can read (one-line message)."""


@dataclass(frozen=True)
class FeedEntry:
    url: str
    published: datetime | None
    title: str | None


@dataclass(frozen=True)
class Feed:
    kind: str
    entries: list[FeedEntry]
    sitemaps: list[FeedEntry] = field(default_factory=list)


def parse_feed(data: bytes, base_url: str | None = None) -> Feed:
    """The entries of an RSS/Atom feed or (news) sitemap, or the children of a sitemap index."""
    root, unfinished = _parse_xml(_prepare(data), base_url)
    kind = _kind(root)
    read = _reader(kind)
    entries = _dedupe(read(el) for el in root.iter(ENTRY_TAG[kind]) if el not in unfinished)
    if kind == "sitemap-index":
        return Feed(kind, [], entries)
    if kind == "sitemap" and root.find("{*}url/{*}news") is not None:
        kind = "news-sitemap"
    return Feed(kind, entries)


def new_entries(feed: Feed, since: datetime | None) -> list[FeedEntry]:
    """Entries published after ``since`` (naive means UTC) or undated, in document order."""
    return _after(feed.entries, since)


def changed_sitemaps(feed: Feed, since: datetime | None) -> list[FeedEntry]:
    """A sitemap index's children modified after ``since`` (or undated), in document order."""
    return _after(feed.sitemaps, since)


def _after(entries: list[FeedEntry], since: datetime | None) -> list[FeedEntry]:
    if since is None:
        return list(entries)
    since = _aware(since)
    return [e for e in entries if e.published is None or e.published > since]


def _prepare(data: bytes) -> bytes:
    if len(data) > MAX_FEED_BYTES:
        raise FeedError(f"document larger than {MAX_FEED_BYTES} bytes")
    if data.startswith(GZIP_MAGIC):
        data = _gunzip(data)
    return data.removeprefix(UTF8_BOM).lstrip()


def _gunzip(data: bytes) -> bytes:
    try:
        return decompress(data, "gzip", MAX_FEED_BYTES)
    except TooLarge:
        raise FeedError(f"document larger than {MAX_FEED_BYTES} bytes once decompressed") from None
    except DecompressError as exc:
        raise FeedError(f"unreadable gzip data: {exc}") from None


def _parse_xml(data: bytes, base_url: str | None) -> tuple[etree._Element, set[etree._Element]]:
    """The root element, and the entry elements a truncated document left unfinished."""
    try:
        root, unfinished = etree.fromstring(data, etree.XMLParser(**SAFE_PARSING), base_url=base_url), set()
    except etree.XMLSyntaxError:
        root, unfinished = _recover(data, base_url)
    if root is None:
        raise FeedError("not a feed or sitemap: not XML")
    _refuse_entities(root)
    return root, unfinished


def _recover(data: bytes, base_url: str | None) -> tuple[etree._Element | None, set[etree._Element]]:
    """Parse broken XML; entries whose end tag was never reached are returned as unfinished."""
    parser = etree.XMLPullParser(events=("end",), tag=tuple(ENTRY_TAG.values()), recover=True,
                                 base_url=base_url, **SAFE_PARSING)
    parser.feed(_repair_references(data))
    for _ in parser.read_events():
        pass  # entries closed in the document itself
    try:
        root = parser.close()
    except etree.XMLSyntaxError:  # nothing recoverable
        return None, set()
    return root, {el for _, el in parser.read_events()}


def _repair_references(data: bytes) -> bytes:
    """Escape bare ``&`` and turn HTML entities (``&eacute;``) into character references."""
    if b"\x00" in data[:4]:  # UTF-16/32: a byte-wise rewrite would corrupt it
        return data
    return _REFERENCE.sub(_repair_reference, data)


def _repair_reference(match: re.Match[bytes]) -> bytes:
    if match[0].startswith(b"<"):  # CDATA section: its "&" are plain text
        return match[0]
    if match[1] is None:
        return b"&amp;"
    name = match[1].decode("ascii")
    if name in XML_ENTITIES or name not in html5:
        return match[0]
    return "".join(f"&#{ord(char)};" for char in html5[name]).encode("ascii")


def _refuse_entities(root: etree._Element) -> None:
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise FeedError("refused: the document declares XML entities")


def _kind(root: etree._Element) -> str:
    name = etree.QName(root).localname
    if name.lower() == "html":
        raise FeedError("not a feed or sitemap: got HTML")
    if name not in KINDS:
        raise FeedError(f"not a feed or sitemap: root element <{name}>")
    return KINDS[name]


def _reader(kind: str) -> Callable[[etree._Element], FeedEntry | None]:
    return {"rss": _rss_entry, "atom": _atom_entry}.get(kind, _sitemap_entry)


def _rss_entry(item: etree._Element) -> FeedEntry | None:
    links = [_link_target(link) for link in item.iterfind("{*}link")]
    guid = item.find("{*}guid")
    if guid is not None and guid.get("isPermaLink", "true").strip().lower() != "false":
        links.append(_text(guid))
    return _entry(item, links, _first_date(item, RSS_DATES), _text(item.find("{*}title")))


def _atom_entry(entry: etree._Element) -> FeedEntry | None:
    links = [link.get("href") for link in entry.iterfind("{*}link") if _is_alternate(link)]
    return _entry(entry, links, _first_date(entry, ATOM_DATES), _text(entry.find("{*}title")))


def _sitemap_entry(url: etree._Element) -> FeedEntry | None:
    published = _parse_date(_text(url.find("{*}news/{*}publication_date")))
    published = published or _parse_date(_text(url.find("{*}lastmod")))
    return _entry(url, [_text(url.find("{*}loc"))], published, _text(url.find("{*}news/{*}title")))


def _link_target(link: etree._Element) -> str | None:
    """An RSS ``<link>``'s text, or the ``href`` of an Atom link used in its place."""
    return (_text(link) or link.get("href")) if _is_alternate(link) else None


def _is_alternate(link: etree._Element) -> bool:
    return link.get("rel", "alternate").strip() == "alternate"


def _entry(el: etree._Element, links: list[str | None], published: datetime | None,
           title: str | None) -> FeedEntry | None:
    """The entry for the first link that resolves to an http(s) URL, if any."""
    for link in links:
        url = _absolute(el, link)
        if url:
            return FeedEntry(url, published, title)
    return None


def _absolute(el: etree._Element, link: str | None) -> str | None:
    if not link or not link.strip():
        return None
    url = urljoin(el.base or "", link.strip())
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _dedupe(entries: Iterable[FeedEntry | None]) -> list[FeedEntry]:
    seen: dict[str, FeedEntry] = {}
    for entry in entries:
        if entry is not None and entry.url not in seen:
            seen[entry.url] = entry
    return list(seen.values())


def _text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    return " ".join(_STRING(el).split()) or None


def _first_date(el: etree._Element, names: tuple[str, ...]) -> datetime | None:
    for name in names:
        for child in el.iterfind("{*}" + name):
            parsed = _parse_date(_text(child))
            if parsed:
                return parsed
    return None


def _parse_date(text: str | None) -> datetime | None:
    """W3C/ISO 8601 or RFC 822 dates; dateparser (English only, fast) for the odd rest."""
    if not text:
        return None
    parsed = _iso_date(text) or _rfc822_date(text) or _dateparser_date(text)
    return _aware(parsed) if parsed else None


def _iso_date(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _rfc822_date(text: str) -> datetime | None:
    """RFC 822 with the zones email.utils knows; an unknown zone name (CEST) is left to dateparser."""
    try:
        parsed = parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError):
        return None
    if parsed.tzinfo is None and text.split()[-1].isalpha():
        return None
    return parsed


def _dateparser_date(text: str) -> datetime | None:
    if len(text) > 64 or not any(c.isdigit() for c in text):
        return None
    import dateparser  # only for odd dates: slower to import and to run

    settings = {"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True,
                "PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.astimezone(UTC) if parsed else None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
