"""Structured data a page declares about itself: JSON-LD, ``<meta>`` tags, microdata.

Read directly from the parsed tree rather than through extruct: extruct re-parses
the document and builds every syntax (RDFa, microformats, ...) while the
extractors need only three cheap views, so the work here is one XPath per view and
``json.loads`` per script.

JSON-LD in the wild is often invalid: several objects in one script, trailing
commas, raw newlines inside strings, HTML comments or CDATA around the JSON,
truncated text.  ``_load_json`` repairs the common faults and gives up quietly on
the rest; a page never fails because of its JSON-LD.
"""

from __future__ import annotations

import json
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from .page import Page

#: schema.org types of a news/blog article (``WebPage`` is only a fallback).
ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
    "AskPublicNewsArticle", "SatiricalArticle", "BlogPosting", "LiveBlogPosting",
    "Report", "TechArticle", "ScholarlyArticle", "SocialMediaPosting", "Review",
    "AdvertiserContentArticle", "CreativeWork", "VideoObject",
})
PAGE_TYPES = frozenset({"WebPage", "ItemPage", "CollectionPage", "AboutPage"})
#: keys of an article's publication and update dates: schema.org's, then those of the "cambrian" vocabulary
#: Chinese pages declare in an untyped JSON-LD object (``{"@context": ".../cambrian.jsonld", "pubDate": ...}``)
PUBLISHED_KEYS = ("datePublished", "pubDate")
MODIFIED_KEYS = ("dateModified", "upDate")

_SPACED_TAGS = frozenset({"br", "p", "div", "li", "h1", "h2", "h3", "h4", "time", "td", "dd", "dt"})
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template"})
#: the comment or CDATA marks a script's JSON may be wrapped in: "<!-- … -->", "//<![CDATA[ … //]]>"
_OPENING_MARK = re.compile(r"\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


@dataclass
class Structured:
    """The page's JSON-LD objects (``@graph`` flattened), meta tags and itemprops.

    ``meta`` maps the lower-cased ``name`` / ``property`` / ``itemprop`` /
    ``http-equiv`` of each ``<meta>`` to its non-empty ``content`` values, in page
    order.  ``itemprops`` maps each ``itemprop`` name to its elements.
    """

    jsonld: list[dict] = field(default_factory=list)
    meta: dict[str, list[str]] = field(default_factory=dict)
    itemprops: dict[str, list[HtmlElement]] = field(default_factory=dict)
    #: the JSON-LD object describing the page's article, if any
    article: dict | None = None

    def meta_first(self, *keys: str) -> str | None:
        """The first value among ``keys`` (in the order given)."""
        for key in keys:
            for value in self.meta.get(key, ()):
                return value
        return None


def structured_data(page: Page) -> Structured:
    """The page's structured data, computed once per page."""
    return page.cached("structured", _build)


def element_text(el: HtmlElement, skip: AbstractSet[HtmlElement] = frozenset()) -> str:
    """An element's visible text on one line (``<br>`` and block boundaries become spaces), without the words of the
    descendants in ``skip`` (their tails are the element's): read, not cut out of a copy, which a text holding control
    characters could not be written back into (lxml refuses them)."""
    parts: list[str] = []
    skipping = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "end":  # a tail follows the element's own descendants ("<a><b>X</b></a> tail")
            if skip and node in skip:
                skipping -= 1
            if node is not el and node.tail and not skipping:
                parts.append(node.tail)
            continue
        if skip and node in skip:
            skipping += 1
        if skipping:
            continue
        if node.tag in _SPACED_TAGS:
            parts.append(" ")
        if node.text and isinstance(node.tag, str) and node.tag not in _HIDDEN_TAGS:  # no comment's text
            parts.append(node.text)
    return " ".join("".join(parts).split())


def type_names(obj: Any) -> set[str]:
    """The local names of an object's ``@type`` ("http://schema.org/NewsArticle" -> "NewsArticle")."""
    if not isinstance(obj, dict):
        return set()
    types = obj.get("@type")
    types = types if isinstance(types, list) else [types]
    return {t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in types if isinstance(t, str)}


def _build(page: Page) -> Structured:
    data = Structured(jsonld=_jsonld(page.tree), meta=_meta(page.tree), itemprops=_itemprops(page.tree))
    data.article = _main_article(data.jsonld)
    return data


def _jsonld(tree: HtmlElement) -> list[dict]:
    objects: list[dict] = []
    for script in tree.iter("script"):
        if "ld+json" in script.get("type", ""):
            _flatten(_load_json(script.text or ""), objects)
    return objects


def _flatten(value: Any, out: list[dict]) -> None:
    if isinstance(value, list):
        for item in value:
            _flatten(item, out)
    elif isinstance(value, dict):
        if "@graph" in value:
            _flatten(value["@graph"], out)
        if type_names(value) or "headline" in value or any(k in value for k in PUBLISHED_KEYS):
            out.append(value)


def _unwrapped(text: str) -> str:
    """``text`` (stripped) without the comment or CDATA marks around it. The closing mark is read off the end: an
    expression searched for it tries every position of what may be a large object."""
    if opening := _OPENING_MARK.match(text):
        text = text[opening.end():]
    if text.endswith("-->"):
        return text[:-3]
    if text.endswith("]]>"):
        before = text[:-3].rstrip()
        return before[:-2] if before.endswith("//") else text[:-3]
    return text


def _load_json(text: str) -> Any:
    text = _unwrapped(text.strip()).strip().rstrip(";")
    if not text:
        return None
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            pass
    return _load_concatenated(text)


def _load_concatenated(text: str) -> list[Any]:
    """Objects written one after another (``{...}{...}``), as far as they parse."""
    decoder = json.JSONDecoder(strict=False)
    found, pos = [], 0
    while pos < len(text):
        start = text.find("{", pos)
        if start < 0:
            break
        try:
            value, pos = decoder.raw_decode(text, start)
        except ValueError:
            break
        found.append(value)
    return found


def _meta(tree: HtmlElement) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        content = (el.get("content") or "").strip()
        if not content:
            continue
        for attr in ("name", "property", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                for part in key.lower().split():
                    meta.setdefault(part, []).append(content)
    return meta


#: the ``itemprop`` values of the body's elements, each with its element (``getparent``), in document order: asked of
#: the ``<body>`` by the attributes' axis, a fifth faster than ``//body//*[@itemprop]``
_ITEMPROPS = etree.XPath("descendant::*/@itemprop")


def _itemprops(tree: HtmlElement) -> dict[str, list[HtmlElement]]:
    props: dict[str, list[HtmlElement]] = {}
    body = tree.find("body")
    for value in _ITEMPROPS(body) if body is not None else ():
        el = value.getparent()
        for name in value.split():
            props.setdefault(name, []).append(el)
    return props


def _main_article(objects: list[dict]) -> dict | None:
    """The object describing the page's article: the first article-typed object
    with a headline or date, else a web page that carries one."""
    def useful(obj: dict) -> bool:
        return any(obj.get(k) for k in ("headline", "author", *PUBLISHED_KEYS))

    for types in (ARTICLE_TYPES, PAGE_TYPES):
        for obj in objects:
            if types & type_names(obj) and useful(obj):
                return obj
    # some sites omit ``@type`` altogether
    return next((obj for obj in objects if not type_names(obj) and useful(obj)), None)
