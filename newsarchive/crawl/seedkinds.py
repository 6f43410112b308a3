"""What a seed is, told from its response: an article page, a feed, a sitemap or a front.

A URL list may mix article URLs, RSS/Atom feeds, (news) sitemaps and section fronts
or homepages, and their URLs rarely say which is which (``/latest``, ``/world/``), so
the kind is read from what the server sent: its ``Content-Type`` and its first bytes
(:func:`looks_like_feed`), then, for an HTML page that declares no article, its
structure (:func:`front_links`).

A *front* is described by its structure only, never by a site's name or address:
repeated teaser blocks (the same element and class again and again, one linked page
each) whose headline links (in a heading, or a few words of link text) or links to
article-shaped paths (dated such as ``/2024/05/01/...``, a slug of three words or more,
a long numeric id) lead to pages of the same site, with less running text of its own
than in its teasers. An article page with a box of related links has more text of its
own than the box, and is not a front.

No library of the field does this: feed sniffing libraries (feedparser) parse but do
not tell a feed from a page cheaply, and boilerplate removers (trafilatura, jusText)
drop link lists instead of describing them; hence the few heuristics here, pure
functions of the response so they are tested without a crawl.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

if TYPE_CHECKING:  # the page-reading worker process never loads Scrapy
    from scrapy.statscollectors import StatsCollector

from newsarchive.extraction import is_article_type
from newsarchive.extraction.metadata import declared_type
from newsarchive.extraction.page import Page
from newsarchive.urls import InvalidURL, normalize_url, site_of

#: Content-Type values of feeds and sitemaps (and of gzip files, as ``.xml.gz`` sitemaps are served)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/x-gzip", "application/gzip")
#: root elements of RSS 2.0/0.9x, RSS 1.0 (RDF), Atom, sitemaps and sitemap indexes
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|RDF|feed|urlset|sitemapindex)[\s>/]")
_PROLOG = re.compile(rb"\s*(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.DOTALL | re.IGNORECASE)
_GZIP_MAGIC = b"\x1f\x8b"
_BOM = b"\xef\xbb\xbf"

#: a teaser's link needs this many words of text, unless it is (in) a heading or its path
#: has an article's shape
HEADLINE_WORDS = 2
#: a front links to at least this many articles from teasers...
FRONT_MIN_ARTICLES = 3
#: ...at least this many of them in blocks of the same element and class
FRONT_MIN_REPEATS = 3
#: a page with this many paragraphs of its own of LONG_PARAGRAPH_WORDS words or more is an
#: article, as is one with ARTICLE_MIN_WORDS words in paragraphs of its own, more than its teasers have
ARTICLE_MIN_PARAGRAPHS = 3
LONG_PARAGRAPH_WORDS = 40
ARTICLE_MIN_WORDS = 50

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CHROME_TAGS = frozenset({"nav", "footer", "header", "aside", "form"})
_PAGE_PARTS = frozenset({"footer", "header"})  # the site's own only outside an article or section
_CONTENT_TAGS = frozenset({"article", "section"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "menu", "menubar", "search"})
_BLOCK_TAGS = frozenset({"article", "li", "div", "section", "figure", "td"})
_DATED_PATH = re.compile(r"/(?:19|20)\d\d(?:/(?:0?[1-9]|1[0-2]|[a-z]{3,9})(?:/\d{1,2})?|-\d\d-\d\d|\d{4})(?:/|$)")
_LONG_ID = re.compile(r"\d{5,}")
_SLUG_WORD = re.compile(r"[^\W\d_]{2,}")
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$")
#: first path segments of listing pages, whose slugs name a list and not an article
_LISTING_SEGMENTS = frozenset({"tag", "tags", "topic", "topics", "author", "authors", "category",
                               "categories", "section", "sections", "search", "page", "people", "profile",
                               "user", "users", "login", "account", "subscribe", "newsletter", "newsletters"})


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """Whether a response is a feed or sitemap, by its first element, whatever it is served as.

    An XML or gzip ``Content-Type`` is enough for a compressed body; otherwise the
    document's first element (after the XML declaration, comments and doctype) must be
    one of a feed's or sitemap's, so an XHTML page served as ``application/xml`` stays a page.
    """
    mime = content_type.split(";", 1)[0].strip().lower()
    start = body[:4096].removeprefix(_BOM).lstrip()
    if start.startswith(_GZIP_MAGIC):
        return mime in FEED_TYPES or not mime or mime == "application/octet-stream"
    while (prolog := _PROLOG.match(start)) and prolog.end():
        start = start[prolog.end():]
    return _FEED_ROOT.match(start.lstrip()) is not None


def feed_kind(parsed_kind: str) -> str:
    """``"feed"`` or ``"sitemap"``: the seed kind of a :class:`~newsarchive.feeds.Feed` kind."""
    return "sitemap" if "sitemap" in parsed_kind else "feed"


def is_article_path(path: str) -> bool:
    """Whether a URL path has an article's shape: dated, a slug of 3+ words, or a long id."""
    segments = [s for s in path.lower().split("/") if s]
    if not segments or segments[0] in _LISTING_SEGMENTS:
        return False
    if _DATED_PATH.search("/" + "/".join(segments)) and len(segments) >= 3:
        return True
    last = _EXTENSION.sub("", segments[-1])
    words = [w for w in re.split(r"[-_+.]", last) if w]
    if len(words) >= 3 and sum(bool(_SLUG_WORD.fullmatch(w)) for w in words) >= 2:
        return True
    return bool(_LONG_ID.search(last)) and (len(segments) >= 2 or bool(_SLUG_WORD.search(last)))


def is_section_path(path: str) -> bool:
    """A path that names a list rather than an article: the root, a listing segment
    (``/tag/...``, ``/authors/...``), or one segment of at most two words and no digit
    (``/world/``, ``/about-us``)."""
    segments = [s for s in path.lower().split("/") if s]
    if not segments or segments[0] in _LISTING_SEGMENTS:
        return True
    last = _EXTENSION.sub("", segments[-1])
    return len(segments) == 1 and not any(c.isdigit() for c in last) and len(re.split(r"[-_+.]", last)) <= 2


def front_links(page: Page) -> list[str]:
    """The article links of a front in document order; empty when the page is not a front.

    A page that declares itself an article (schema.org or OpenGraph type) is never a front,
    nor one with more running text of its own than in its teasers. When enough teasers lead
    to article-shaped paths, only those are the front's articles.
    """
    if page.url is None or is_article_type(declared_type(page)):
        return []
    teasers = list(_teasers(page))
    blocks = _teaser_blocks(teasers)
    repeats = Counter(_signature(block) for block in blocks)
    if not repeats or repeats.most_common(1)[0][1] < FRONT_MIN_REPEATS:
        return []
    urls = list(dict.fromkeys(url for url, _ in teasers))
    shaped = [url for url in urls if is_article_path(urlsplit(url).path)]
    urls = shaped if len(shaped) >= FRONT_MIN_ARTICLES else urls
    if len(urls) < FRONT_MIN_ARTICLES or _has_own_text(page.tree, blocks):
        return []
    return urls


def _teaser_blocks(teasers: list[tuple[str, HtmlElement]]) -> list[HtmlElement]:
    """The blocks that hold one teaser each (a card: its headline link, perhaps an image link
    to the same page). Where a link's nearest block holds links to several pages (a grid of
    headings, a list), the block's child holding the link is its teaser block instead."""
    first = _single_url_blocks((url, _block(link)) for url, link in teasers)
    chosen = []
    for url, link in teasers:
        block = _block(link)
        chosen.append((url, block if block is None or id(block) in first else _child_toward(block, link)))
    return list(_single_url_blocks(chosen).values())


def _single_url_blocks(pairs: Iterable[tuple[str, HtmlElement | None]]) -> dict[int, HtmlElement]:
    urls_of: dict[int, set[str]] = {}
    elements: dict[int, HtmlElement] = {}
    for url, block in pairs:
        if block is not None:
            urls_of.setdefault(id(block), set()).add(url)
            elements[id(block)] = block
    return {key: elements[key] for key, urls in urls_of.items() if len(urls) == 1}


def _child_toward(block: HtmlElement, link: HtmlElement) -> HtmlElement:
    """The child of ``block`` that holds ``link`` (the link itself when it is a child)."""
    inner = link
    for ancestor in link.iterancestors():
        if ancestor is block:
            return inner
        inner = ancestor
    return link


def _teasers(page: Page) -> Iterator[tuple[str, HtmlElement]]:
    """(URL, link) for every link of the site's content to an article-like page: a
    headline link (a heading, or HEADLINE_WORDS words), or any link to an article-shaped path."""
    base = _base_url(page)
    site = site_of(base)
    own = _normalized(base)
    for link in page.tree.iter("a"):
        href = link.get("href")
        if not href or _in_chrome(link):
            continue
        url = _normalized(urljoin(base, href.strip()))
        if url is None or url == own or site_of(url) != site:
            continue
        path = urlsplit(url).path
        if is_section_path(path) or not (_is_headline(link) or is_article_path(path)):
            continue
        yield url, link


def _base_url(page: Page) -> str:
    base = page.tree.find(".//base[@href]")
    return urljoin(page.url or "", base.get("href").strip()) if base is not None else page.url or ""


def _normalized(url: str) -> str | None:
    try:
        return normalize_url(url)
    except InvalidURL:
        return None


def _in_chrome(el: HtmlElement) -> bool:
    """Inside navigation, an aside, a form or the page's own header or footer (site furniture).

    A ``<header>`` or ``<footer>`` inside an ``<article>`` or ``<section>`` is a teaser's
    or a story's own (``<article><header><h2><a>``), not the site's.
    """
    ancestors = list(el.iterancestors())
    for n, ancestor in enumerate(ancestors):
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if (ancestor.get("role") or "").strip().lower() in _CHROME_ROLES:
            return True
        if tag in _CHROME_TAGS and not (tag in _PAGE_PARTS and _in_content(ancestors[n + 1:])):
            return True
    return False


def _in_content(ancestors: list[HtmlElement]) -> bool:
    return any(a.tag in _CONTENT_TAGS for a in ancestors)


def _is_headline(link: HtmlElement) -> bool:
    if link.getparent() is not None and link.getparent().tag in _HEADINGS:
        return True
    if any(True for el in link.iter(*_HEADINGS)):
        return True
    return len(link.text_content().split()) >= HEADLINE_WORDS


def _block(link: HtmlElement) -> HtmlElement | None:
    """The teaser block of a link: the link itself when it wraps a whole card (a heading),
    else its nearest block ancestor."""
    if any(True for _ in link.iter(*_HEADINGS)):
        return link
    inner = link  # headlines straight in <main>: each its own heading (or paragraph) is the block
    for ancestor in link.iterancestors():
        if ancestor.tag in _BLOCK_TAGS:
            return ancestor
        if ancestor.tag in ("body", "main"):
            return inner
        inner = ancestor
    return None


def _signature(block: HtmlElement) -> tuple[str, str]:
    return block.tag, " ".join(sorted((block.get("class") or "").split()))


def _has_own_text(tree: HtmlElement, blocks: list[HtmlElement]) -> bool:
    """Whether the page has an article's running text outside its teaser blocks: paragraphs
    of LONG_PARAGRAPH_WORDS words or more, or more words in paragraphs than its teasers have."""
    inside = {id(b) for b in blocks}
    long_paragraphs = own_words = 0
    for paragraph in tree.iter("p"):
        if id(paragraph) in inside or any(id(a) in inside for a in paragraph.iterancestors()) or _in_chrome(paragraph):
            continue
        words = len(paragraph.text_content().split())
        own_words += words
        long_paragraphs += words >= LONG_PARAGRAPH_WORDS
    teaser_words = sum(len(b.text_content().split()) for b in blocks)
    return long_paragraphs >= ARTICLE_MIN_PARAGRAPHS or (own_words >= ARTICLE_MIN_WORDS and own_words > teaser_words)


# -- counting, for the run's summary -------------------------------------------------------
#: the kinds of given seeds, in the order the summary lists them
SEED_KINDS = ("page", "feed", "sitemap", "front")
KIND_STAT = "newsarchive/seed_kind/"
FROM_STAT = "newsarchive/seeds_from/"


def count_seed_kind(stats: StatsCollector, kind: str) -> None:
    """Count a given seed of ``kind`` (one of :data:`SEED_KINDS`)."""
    stats.inc_value(KIND_STAT + kind)


def seed_kinds_line(stats: Mapping[str, Any]) -> str | None:
    """``seeds: 1 page, 1 feed (3 articles), 1 front (5 articles)``; None with no kind counted.

    A source's count is the articles it listed that were not archived yet, at most
    ``NEWSARCHIVE_MAX_SEEDS_PER_SOURCE`` each (an article two sources list counts for both).
    """
    parts = []
    for kind in SEED_KINDS:
        given, found = stats.get(KIND_STAT + kind, 0), stats.get(FROM_STAT + kind, 0)
        if not given and not found:
            continue
        text = f"{given} {kind}{'' if given == 1 else 's'}"
        if kind != "page":
            text += f" ({found} article{'' if found == 1 else 's'})"
        parts.append(text)
    return "seeds: " + ", ".join(parts) if parts else None
