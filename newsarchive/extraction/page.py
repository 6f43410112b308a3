"""A fetched HTML page, decoded and parsed once, shared by every extractor.

Decoding follows the order browsers use (byte-order mark, then the HTTP
``Content-Type`` charset, then ``<meta charset>`` / ``http-equiv``, then detection);
w3lib implements exactly that, so it is used instead of our own sniffing.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree
from w3lib.encoding import html_to_unicode

from .captures import Capture, strip_capture

T = TypeVar("T")

#: pages larger than this (in characters) are cut before parsing, so one
#: pathological page cannot stall a crawl; real articles are far smaller.
MAX_HTML_CHARS = 8_000_000


@dataclass(eq=False)
class Page:
    """One HTML document: its URL (may be ``None`` for a local file), text and tree.

    ``memo`` lets each extractor compute a derived view of the page once
    (structured data, the article container, ...) and share it with the others.
    """

    url: str | None
    html: str
    tree: lxml.html.HtmlElement
    encoding: str = "utf-8"
    memo: dict[str, Any] = field(default_factory=dict)
    #: the archive's capture the page is (``captures``: its furniture taken out of ``tree``, its addresses given back as
    #: the ones they keep, ``url`` the kept page's), or None
    capture: Capture | None = None

    def cached(self, key: str, compute: Callable[[Page], T]) -> T:
        """Return ``compute(self)``, computed at most once per page for ``key``."""
        if key not in self.memo:
            self.memo[key] = compute(self)
        return self.memo[key]


def decode_html(body: bytes | str, content_type: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` for a raw HTML payload."""
    if isinstance(body, str):
        return _without_surrogates(body), "utf-8"
    encoding, text = html_to_unicode(content_type, body)
    return text, encoding


def _without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (only a ``str`` payload can carry one) as U+FFFD:
    lxml silently drops everything after the first one."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8(text: str) -> bytes:
    """``text`` in UTF-8, each lone surrogate as U+FFFD (see ``_without_surrogates``): encoded
    once, where testing for surrogates first encoded it twice."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def parse_html(text: str, utf8: bytes | None = None) -> lxml.html.HtmlElement:
    """Parse HTML leniently; never raises, returns an empty document for garbage.

    ``utf8`` is ``text`` in UTF-8 when the caller holds it (the payload ``text`` was decoded from,
    see :func:`load_page`): parsed as it is, where encoding ``text`` again costs a fifth of the parse."""
    whole = text
    text = text[:MAX_HTML_CHARS]
    if utf8 is None or len(text) != len(whole) or b"\x00" in utf8:  # (a byte's test: a tenth of the text's)
        text = text.replace("\x00", "")
    if text.lstrip().startswith("<?xml"):
        # an XML declaration is not HTML, and its encoding is not the text's (already decoded)
        text = text.split("?>", 1)[-1]
    if utf8 is None or len(text) != len(whole):  # cut, or a NUL or declaration taken out: not the payload's text
        utf8 = _utf8(text)
    try:
        # Without huge_tree, libxml2 caps nesting at 256 levels: a page of 20,000
        # nested divs cannot drive the extractors' tree walks into deep recursion.
        # The text goes in as UTF-8 (the parser's declared encoding): a str goes in as
        # UCS-2/UCS-4 that libxml2 converts itself, a tenth slower for the same tree.
        root = lxml.html.document_fromstring(utf8, parser=_html_parser()) if text and not text.isspace() else None
    except (etree.ParserError, ValueError):
        root = None
    if root is None:
        root = lxml.html.document_fromstring(b"<html><body></body></html>", parser=_html_parser())
    return root


#: every element an ``HtmlElement`` (lxml.html's own lookup, a Python call for each element
#: the extractors touch, gives form controls classes of their own that nothing here uses):
#: the same tree and methods, a third less time walking it
_LOOKUP = etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
                                          pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)


def _html_parser() -> etree.HTMLParser:
    """A new parser (one per page: a parser is not safe to share across threads)."""
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
    parser.set_element_class_lookup(_LOOKUP)
    return parser


HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_html_type(content_type: str | None) -> bool:
    """Whether an HTTP ``Content-Type`` value names HTML."""
    return bool(content_type) and content_type.split(";", 1)[0].strip().lower() in HTML_TYPES


def load_page(body: bytes | str, url: str | None = None, content_type: str | None = None) -> Page:
    """Decode and parse a page. ``content_type`` is the HTTP header value, if any."""
    text, encoding = decode_html(body, content_type)
    tree = parse_html(text, _payload_utf8(body, text, encoding))
    _unlink_unreadable(tree)
    capture = strip_capture(tree, text, url)
    if capture is not None and capture.original:
        url = capture.original  # the kept page's address, against which its links resolve as they did there
    return Page(url=url, html=text, tree=tree, encoding=encoding, capture=capture)


def _unlink_unreadable(tree: lxml.html.HtmlElement) -> None:
    """Take its address from each link whose address no URL parser reads ("http://[x/", a bracket left open; a host
    holding a character that reads as "/" once normalised): a browser follows no such link, and each extractor that
    reads a link's parts would raise on it, costing the page's every field. Only addresses holding a bracket or a
    character beyond ASCII are parsed to see."""
    for link in tree.iter("a", "area"):
        href = link.get("href")
        if href and ("[" in href or "]" in href or not href.isascii()):
            try:
                urlsplit(href.strip())
            except ValueError:
                del link.attrib["href"]


def _payload_utf8(body: bytes | str, text: str, encoding: str) -> bytes | None:
    """The payload when it is exactly ``text`` in UTF-8: a page in UTF-8 without a byte-order mark (which decoding
    drops) and without a byte decoding replaced by U+FFFD (valid UTF-8 decodes and encodes back to the same bytes)."""
    if isinstance(body, bytes) and encoding in ("utf-8", "utf8") and not body.startswith(codecs.BOM_UTF8) \
            and "\ufffd" not in text:
        return body
    return None


def iter_around(root: lxml.html.HtmlElement, inner: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """``root.iter(etree.Element)`` without the elements under ``inner`` (``inner`` itself is met, in its place): the rest
    of a box one of whose parts a reader has walked already. The whole of ``root`` if ``inner`` is not in it."""
    chain = [inner]  # inner, its parent, ..., the child of root on the way down
    for ancestor in inner.iterancestors():
        if ancestor is root:
            break
        chain.append(ancestor)
    else:
        yield from ((root,) if inner is root else root.iter(etree.Element))
        return
    yield root
    for level in range(len(chain) - 1, -1, -1):
        box, on_path = (chain[level + 1] if level + 1 < len(chain) else root), chain[level]
        for child in box.iterchildren(etree.Element):
            if child is on_path:
                break
            yield from child.iter(etree.Element)
        yield on_path
    for step in chain:  # what follows the path, from inner's box out, as document order has it
        for child in step.itersiblings(etree.Element):
            yield from child.iter(etree.Element)


def declared_url(tree: lxml.html.HtmlElement) -> str | None:
    """Where a page says it lives, for a page whose URL is unknown (a saved file); else None.

    The page's own address: its ``<link rel=canonical>``, else its ``og:url``, each resolved
    against ``<base href>``; else ``<base href>`` itself. Only an absolute http(s) URL counts.
    Given as the page's URL, relative links and images resolve as a browser would resolve
    them: against ``<base href>`` first (itself resolved against that address), else against
    the address. A pure function of the tree.
    """
    base = _first(tree.xpath("//base/@href"))
    canonical = _first(tree.xpath("//link[contains(concat(' ', normalize-space(translate(@rel, "
                                  "'CANONICAL', 'canonical')), ' '), ' canonical ')]/@href"))
    og_url = _first(tree.xpath("//meta[@property='og:url' or @name='og:url']/@content"))
    for candidate in (canonical, og_url):
        if candidate:
            found = _absolute_http(candidate, base)
            if found:
                return found
    return _absolute_http(base, None) if base else None


def _first(values: list[Any]) -> str | None:
    for value in values:
        text = str(value).strip()
        if text:
            return text
    return None


def _absolute_http(url: str, base: str | None) -> str | None:
    """``url`` (resolved against ``base`` when that is absolute) if it is an absolute http(s) URL."""
    if any(ord(c) < 0x20 or c.isspace() for c in url):
        return None
    try:
        if base and _is_http(base):
            url = urljoin(base, url)
        return url if _is_http(url) else None
    except ValueError:
        return None


def _is_http(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
