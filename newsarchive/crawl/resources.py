"""What a page needs to render: the images, stylesheets, fonts, scripts and icons a crawl archives beside it.

An archived article whose lead photo is a broken-image icon in replay, and whose stylesheet
and script answer 404, is a poor snapshot; ``wget --page-requisites`` fetches them, and so
does a crawl here (``NEWSARCHIVE_RESOURCES``: ``article``, ``all`` or ``none``).

Finding them is our own code because no well-kept Python library lists a page's requisites
(wget and browsers do it in C and C++); it stays small by reusing what is there: the page
tree the spider parsed already (lxml), the image conventions of the image extractor
(``srcset`` parsing, the lazy-loading attributes publishing systems use, ``<base href>``),
and tinycss2, the CSS Syntax Level 3 tokenizer of WeasyPrint, for stylesheets, ``<style>``
blocks and ``style=`` attributes: ``url(...)`` inside comments or strings, escapes and
``@charset`` are read as a browser reads them.

Everything here is a pure function of a page or a stylesheet, except
:class:`ResourcePolicy`, which reads the settings. Scheduling, the frontier and the WARC
records are the spider's and the archive's, as for pages.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin, urlsplit

import tinycss2
from lxml.html import HtmlElement
from w3lib.encoding import http_content_type_encoding
from w3lib.url import safe_url_string
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

if TYPE_CHECKING:  # the page-reading worker process never loads Scrapy
    from scrapy.settings import BaseSettings

from newsarchive.extraction.images import (
    _LAZY_SRC,
    _LAZY_SRCSET,
    base_url,
    parse_srcset,
)
from newsarchive.extraction.page import MAX_HTML_CHARS, Page, load_page

#: ``NEWSARCHIVE_RESOURCES``: whose resources a crawl fetches
MODES = ("article", "all", "none")
#: request meta key: a page's resource URLs, found by the spider, queued once the page's item is done
RESOURCES_KEY = "newsarchive_resources"
#: request meta key marking a request for a page resource
RESOURCE_KEY = "newsarchive_resource"

#: ``<link rel>`` values whose ``href`` a page needs to render (icons, stylesheets, preloads)
_LINK_RELS = frozenset({"stylesheet", "icon", "apple-touch-icon", "apple-touch-icon-precomposed",
                        "mask-icon", "preload", "modulepreload"})
#: ``<link rel=preload as=...>`` kinds that are requisites (not documents or fetches)
_PRELOAD_AS = frozenset({"", "style", "script", "font", "image"})
_IMAGE_TAGS = frozenset({"img", "amp-img", "amp-anim"})
_SRC_ATTRIBUTES = ("src", *_LAZY_SRC)
_SRCSET_ATTRIBUTES = ("srcset", *_LAZY_SRCSET)
#: CSS functions whose string arguments are image URLs (``image-set("a.png" 1x)``)
_IMAGE_SET = frozenset({"image-set", "-webkit-image-set"})
_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class ResourcePolicy:
    """Whose resources to fetch, and the limits on them (from the settings)."""

    mode: str = "article"
    per_page: int = 200
    maxsize: int = 20 * 1024 * 1024

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> ResourcePolicy:
        """Raises ValueError, with a sentence a user understands, for a value that makes no sense."""
        mode = str(settings.get("NEWSARCHIVE_RESOURCES") or "none").strip().lower()
        if mode not in MODES:
            raise ValueError(f"NEWSARCHIVE_RESOURCES must be one of {', '.join(MODES)}, not {mode!r}")
        return cls(mode, _count(settings, "NEWSARCHIVE_RESOURCES_PER_PAGE"),
                   _count(settings, "NEWSARCHIVE_RESOURCE_MAXSIZE"))

    @property
    def enabled(self) -> bool:
        return self.mode != "none" and self.per_page > 0

    def wants(self, is_article: bool) -> bool:
        """Whether a page's resources are fetched: every HTML page's under ``all``, articles' under ``article``."""
        return self.mode == "all" or (self.mode == "article" and is_article)

    def limit(self, urls: list[str]) -> tuple[list[str], int]:
        """The first ``per_page`` URLs, in the order the page gives them, and how many were left out."""
        return urls[:self.per_page], max(0, len(urls) - self.per_page)


def _count(settings: BaseSettings, name: str) -> int:
    try:
        value = settings.getint(name)
    except ValueError:
        value = -1
    if value < 0:
        raise ValueError(f"{name} must be a whole number of 0 or more, not {settings.get(name)!r}")
    return value


def resource_url(reference: str | None, base: str) -> str | None:
    """``reference`` as an absolute http(s) URL to fetch, without its fragment; None for none.

    Not :func:`newsarchive.urls.normalize_url`: that drops tracking parameters, which a
    resource's query may need (a CDN's signed image URL), and replay looks a resource up by
    the URL the page gives. ``data:``, ``blob:``, ``javascript:`` and other schemes give None.
    """
    reference = (reference or "").strip()
    if not reference or reference.startswith("#"):
        return None
    try:
        url = urldefrag(urljoin(base, reference))[0] if base else urldefrag(reference)[0]
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SCHEMES or not parts.hostname:
        return None
    return safe_url_string(url)


def html_resources(page: Page) -> list[str]:
    """The absolute URLs of what ``page`` needs to render, in document order, each once.

    Images (``src``, ``srcset``, ``<picture>`` sources, lazy-load attributes), stylesheets,
    icons and preloads (``<link>``), scripts, ``<video poster>``, old ``background``
    attributes, and the ``url()``s of ``<style>`` blocks and ``style=`` attributes; relative
    references resolve against ``<base href>``.
    """
    base = base_url(page)
    return _unique(resource_url(ref, base) for element in page.tree.iter()
                   if isinstance(element.tag, str) for ref in _references(element))


def _references(element: HtmlElement) -> Iterator[str]:
    """The URL references of one element, as written (relative or absolute)."""
    tag = element.tag.lower()
    if tag in _IMAGE_TAGS or tag == "source" and _in_picture(element):
        yield from _attributes(element, _SRC_ATTRIBUTES)
        for name in _SRCSET_ATTRIBUTES:
            yield from (candidate[2] for candidate in parse_srcset(element.get(name), element))
    elif tag == "link":
        yield from _link_references(element)
    elif tag == "script" or tag == "input" and (element.get("type") or "").lower() == "image":
        yield from _attributes(element, ("src",))
    elif tag == "video":
        yield from _attributes(element, ("poster",))
    elif tag == "image":  # inline SVG
        yield from _attributes(element, ("href", "xlink:href"))
    elif tag == "style":
        yield from _css_references(tinycss2.parse_stylesheet(element.text_content(), skip_comments=True))
    yield from _attributes(element, ("background",))
    style = (element.get("style") or "").lower()
    if "url(" in style or "image-set(" in style:
        yield from _css_references(tinycss2.parse_component_value_list(element.get("style"), skip_comments=True))


def archived_page(folder: Path, pointer: Mapping[str, Any]) -> Page | None:
    """The HTML page a response record of the archive holds (``pointer``: an article's ``warc``),
    decoded as served; None when the record cannot be read.

    A page that answers ``304 Not Modified`` has no body: its resources are those of the
    version archived before.
    """
    try:
        with open(Path(folder) / pointer["filename"], "rb") as f:
            f.seek(pointer["offset"])
            member = f.read(pointer["length"])
        record = next(iter(ArchiveIterator(BytesIO(member))))
        body = record.content_stream().read(MAX_HTML_CHARS)
    except (OSError, KeyError, TypeError, StopIteration, ArchiveLoadFailed, ValueError, zlib.error):
        return None
    content_type = record.http_headers.get_header("Content-Type") if record.http_headers else None
    return load_page(body, record.rec_headers.get_header("WARC-Target-URI"), content_type)


def _in_picture(source: HtmlElement) -> bool:
    parent = source.getparent()
    return parent is not None and parent.tag == "picture"


def _attributes(element: HtmlElement, names: Iterable[str]) -> Iterator[str]:
    for name in names:
        value = element.get(name)
        if value:
            yield value


def _link_references(link: HtmlElement) -> Iterator[str]:
    rels = set((link.get("rel") or "").lower().split())
    if not rels & _LINK_RELS or "alternate" in rels and "stylesheet" not in rels:
        return
    if rels & {"preload", "modulepreload"} and not rels - {"preload", "modulepreload"}:
        if "preload" in rels and (link.get("as") or "").strip().lower() not in _PRELOAD_AS:
            return
        yield from (candidate[2] for candidate in parse_srcset(link.get("imagesrcset"), link))
    yield from _attributes(link, ("href",))


def stylesheet_resources(body: bytes, url: str, content_type: str | None) -> list[str]:
    """What a fetched resource references, if it is a stylesheet (``text/css``, or a ``.css``
    path served without a type); ``[]`` for anything else."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime != "text/css" and (mime or not urlsplit(url).path.lower().endswith(".css")):
        return []
    return css_resources(body, url, http_content_type_encoding(content_type) if content_type else None)


def css_resources(css: bytes | str, base: str, charset: str | None = None) -> list[str]:
    """The absolute URLs a stylesheet references (``url()``, ``@import``, ``image-set()``), each once.

    Bytes are decoded as browsers decode stylesheets: byte-order mark, the HTTP ``charset``,
    ``@charset``, then UTF-8.
    """
    if isinstance(css, bytes):
        rules, _ = tinycss2.parse_stylesheet_bytes(css, protocol_encoding=charset, skip_comments=True)
    else:
        rules = tinycss2.parse_stylesheet(css, skip_comments=True)
    return _unique(resource_url(ref, base) for ref in _css_references(rules))


def _css_references(nodes: Iterable[Any]) -> Iterator[str]:
    """Every URL a list of tinycss2 nodes references, nested blocks and functions included."""
    for node in nodes:
        kind = getattr(node, "type", None)
        if kind == "url":
            yield node.value
        elif kind == "at-rule" and node.lower_at_keyword == "import":
            yield from _first_string(node.prelude)
        elif kind == "function" and (node.lower_name == "url" or node.lower_name in _IMAGE_SET):
            yield from (token.value for token in node.arguments if token.type == "string")
        for children in ("prelude", "content", "arguments"):
            inner = getattr(node, children, None)
            if isinstance(inner, list):
                yield from _css_references(inner)


def _first_string(prelude: list[Any]) -> Iterator[str]:
    """``@import "x.css"``: the string a prelude starts with (a ``url()`` one is found anyway)."""
    for token in prelude:
        if token.type == "string":
            yield token.value
        if token.type not in ("whitespace", "comment"):
            return


def _unique(urls: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(url for url in urls if url))
