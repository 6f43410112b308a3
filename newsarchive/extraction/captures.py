"""Kept copies of a page: an archive's capture of it, read as the page it keeps.

Researchers often extract an article from a web archive's copy rather than from the live site. The archives serve
their captures with furniture of their own:

- the Wayback Machine puts its toolbar at the top of the ``<body>`` (between "BEGIN/END WAYBACK TOOLBAR INSERT"
  comments: ``#wm-ipp-base`` with the capture's dates, counts and calendar, the print line ``#wm-ipp-print``, the
  donation banner ``#donato``) and rewrites every address to ``/web/TIMESTAMP/ORIGINAL``; the page's own markup and
  declarations are otherwise kept;
- archive.today serves a snapshot under its header bar (``<div id="HEADER">``: "webpage capture", "Saved from", the
  capture's date) with a ``<head>`` of its own: ``datePublished`` and ``article:published_time`` are the capture's
  time, ``og:url`` and the canonical link the snapshot's, the description "archived DATE"; only the ``<title>`` is
  the page's.

None of that is the article's. Left in, the capture's date was read as the article's date, the bar's lines could open
the text, and every rule reading an address (a writer's page, a topic page, a date in the path, the site's name in its
host) read the archive's. So the furniture is taken out of the tree before any extractor reads it, and the archive's
addresses are given back as the ones they keep ("https://web.archive.org/web/20240312103114/https://site/story" is
"https://site/story"; archive.today's "https://archive.ph/o/AbC12/https://site/story" too): the record of a capture
is the record of the page it keeps, at its own address, which identifies it in any archive. Pictures the snapshot
hosts itself keep the snapshot's addresses: they keep no other. No library of the field takes a capture apart for
its page (pywb and warcio replay and store captures; they rewrite, they do not read), hence this module. A pure
function of the page's address, text and tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import lxml.etree
import lxml.html

#: the ids of the Wayback Machine's own elements in a capture's ``<body>``: its toolbar, its print line, its banner
_WAYBACK_IDS = ("wm-ipp-base", "wm-ipp", "wm-ipp-print", "donato")
#: what marks a Wayback capture: its toolbar's container (an id, looked up in the parser's table of ids: every page
#: is asked, few are captures, and a search of a page's text costs a tenth of a millisecond a word), or the comments
#: around the toolbar (which the parse drops) in the page's text
_WAYBACK_ID = "wm-ipp-base"
_WAYBACK_COMMENT = "WAYBACK TOOLBAR INSERT"
#: ... and an archive.today snapshot: its header bar's id (its words are read in the tree)
_SNAPSHOT_ID = "HEADER"
#: the archive's prefix before a kept address: "https://web.archive.org/web/20240312103114im_/", "/web/2024…/"
#: (Wayback: a timestamp of up to 14 digits, maybe a kind of resource), "https://archive.ph/o/AbC12/" (archive.today)
_WAYBACK_PREFIX = re.compile(r"^(?:(?:https?:)?//[^/\s]+)?/web/\d{1,14}(?:[a-z]{2}_)?/(?=(?:https?:)?//)")
_SNAPSHOT_PREFIX = re.compile(r"^(?:https?:)?//[^/\s]+/o/[A-Za-z0-9]{4,8}/(?=https?://)")
#: the start of the Wayback toolbar's print line, before the capture's address
_PRINT_LINE = re.compile(r"^\s*The Wayback Machine\s*-\s*")
#: the original address in the toolbar's script: ``__wm.wombat("URL","TIMESTAMP",…)``, ``__wm.bt(…,"URL","TIMESTAMP"``
_SCRIPT_ADDRESS = re.compile(r'__wm\.(?:wombat\(|bt\([^)]*?,)"(https?://[^"]+)",\s*"\d{14}"')
#: the words of archive.today's header bar
_SNAPSHOT_BAR = re.compile(r"webpage capture|saved from", re.IGNORECASE)
#: what an archive.today snapshot's ``<head>`` declares of its own (the capture, not the page): every ``<meta>`` but
#: the character set, and the links naming the snapshot
_SNAPSHOT_LINKS = ("canonical", "image_src", "shortlink")
#: the attributes holding addresses, given back as the addresses they keep (``srcset`` lists several)
_ADDRESS_ATTRIBUTES = ("href", "src", "data-src", "data-original", "data-lazy-src", "poster", "action", "content",
                       "srcset", "data-srcset")


@dataclass(frozen=True)
class Capture:
    """An archive's capture: which archive ("wayback", "archive.today") and the address of the page it keeps (None
    when the capture does not say)."""

    archive: str
    original: str | None


def strip_capture(tree: lxml.html.HtmlElement, html: str, url: str | None) -> Capture | None:
    """Take an archive's furniture out of ``tree``, the parse of ``html`` read from ``url``, and give its addresses
    back as the ones they keep; the capture, or None for a page that is none."""
    if _has_id(tree, _WAYBACK_ID) or _WAYBACK_COMMENT in html:
        original = _wayback_original(tree, html, url)
        _drop(el for ident in _WAYBACK_IDS for el in tree.iterfind(f".//*[@id='{ident}']"))
        _unwrap(tree, _WAYBACK_PREFIX)
        return Capture("wayback", original)
    if _has_id(tree, _SNAPSHOT_ID):
        bar = next(tree.iterfind(f".//div[@id='{_SNAPSHOT_ID}']"), None)
        if bar is not None and _SNAPSHOT_BAR.search(bar.text_content()):
            saved_from = next((i.get("value") for i in bar.iter("input") if i.get("name") == "q"), None)
            _drop([bar])
            _drop(_snapshot_declarations(tree))
            _unwrap(tree, _SNAPSHOT_PREFIX)
            return Capture("archive.today", _http(saved_from) or _unwrapped(url, _SNAPSHOT_PREFIX))
    return None


def _has_id(tree: lxml.html.HtmlElement, ident: str) -> bool:
    """Whether an element of the page has the id ``ident``: XPath's ``id()`` reads the table of ids the HTML parser
    keeps (it also holds a link's ``name``: a first test, the caller finds the element itself)."""
    return bool(tree.xpath("id($ident)", ident=ident))


def _wayback_original(tree: lxml.html.HtmlElement, html: str, url: str | None) -> str | None:
    """The address a Wayback capture keeps: in its own address, its print line or its toolbar's script."""
    found = _unwrapped(url, _WAYBACK_PREFIX)
    if found:
        return found
    line = next(tree.iterfind(".//*[@id='wm-ipp-print']"), None)
    if line is not None and (found := _unwrapped(_PRINT_LINE.sub("", line.text_content()).strip(), _WAYBACK_PREFIX)):
        return found
    script = _SCRIPT_ADDRESS.search(html)
    return script.group(1) if script else None


def _unwrapped(address: str | None, prefix: re.Pattern[str]) -> str | None:
    """The address an archive's ``address`` keeps, or None when it keeps none."""
    if not address or not prefix.match(address.strip()):
        return None
    return _http(prefix.sub("", address.strip(), count=1))


def _http(address: str | None) -> str | None:
    address = (address or "").strip()
    if address.startswith("//"):
        address = "https:" + address
    return address if address.startswith(("http://", "https://")) else None


def _unwrap(tree: lxml.html.HtmlElement, prefix: re.Pattern[str]) -> None:
    """Give every archived address in the tree's attributes back as the address it keeps."""
    for el in tree.iter(lxml.etree.Element):
        for name in _ADDRESS_ATTRIBUTES:
            value = el.get(name)
            if not value or "/" not in value:
                continue
            if name.endswith("srcset"):
                parts = [prefix.sub("", part.strip(), count=1) for part in value.split(",")]
                _set(el, name, ", ".join(parts))
            elif prefix.match(value.strip()):
                _set(el, name, prefix.sub("", value.strip(), count=1))


#: the characters lxml refuses in an attribute's value it sets, though its parser keeps them from a broken page
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _set(el: lxml.html.HtmlElement, name: str, value: str) -> None:
    el.set(name, _NOT_XML.sub("", value))


def _snapshot_declarations(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The ``<meta>`` and ``<link>`` elements of a snapshot's ``<head>`` that describe the capture."""
    head = tree.find("head")
    if head is None:
        return []
    metas = [m for m in head.iter("meta") if m.get("charset") is None and m.get("http-equiv") is None]
    links = [link for link in head.iter("link") if (link.get("rel") or "").strip().lower() in _SNAPSHOT_LINKS]
    return metas + links


def _drop(elements: Iterable[lxml.html.HtmlElement]) -> None:
    """Take each element out of its tree, its tail kept; elements given in any order, nested ones once."""
    for el in list(elements):
        if el.getparent() is not None:
            el.drop_tree()
