"""The article's headline: the one the reader sees, without the site name.

Declared titles (JSON-LD ``headline``, ``og:title``, ``twitter:title``,
``<title>``) are written for search engines and sharing: they often carry a
"| Site" suffix (removed when the part names the site: og:site_name, publisher,
organisation), or are a different, SEO wording.  The visible headline is the
``<h1>`` (or ``itemprop=headline``) of the article, but pages also have ``<h1>``
logos, breadcrumbs and teaser titles, and ``<h1>`` made of a kicker and a headline.
So visible headings, and the parts of a composite heading, are ranked by how well
they agree with the declared titles (token F1); ``<h2>``/``<h3>`` are tried, with a
stricter bar, when no ``<h1>`` agrees.  The declared title is used only when no
visible heading agrees, or none exists.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .page import Page
from .structured import Structured, element_text, structured_data, type_names

_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•»/]|::)\s+")
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "gov", "ac", "or", "ne", "gob", "edu"))
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_TOKEN = re.compile(r"\w+")
_NOT_ARTICLE = ("nav", "footer", "aside")
_HEADINGS = "//body//h1 | //body//*[@itemprop='headline'][not(self::meta)]"
#: second choice, for pages whose headline is not an ``<h1>`` (it must then agree with a declared title)
_SUBHEADINGS = "//body//h2 | //body//h3"
#: agreement (token F1) above which a visible heading is taken to be the declared headline
AGREES = 0.6
#: agreement required of a part of a heading, or of a lesser heading (``<h2>``, ``<h3>``)
AGREES_STRICT = 0.9


@dataclass
class Headline:
    """The headline text and the element that shows it (``None`` when only declared)."""

    text: str | None
    element: HtmlElement | None


def find_headline(page: Page) -> Headline:
    """The page's headline, computed once per page."""
    return page.cached("headline", _find)


def declared_titles(data: Structured, tree: HtmlElement) -> list[str]:
    """Titles the page declares, most specific first, unescaped and on one line."""
    article = data.article or {}
    values = [article.get("headline"), data.meta_first("og:title"), data.meta_first("twitter:title"),
              _title_tag(tree), article.get("name")]
    return [_clean(v) for v in values if isinstance(v, str) and _clean(v)]


def site_names(data: Structured) -> list[str]:
    """Names the site goes by (og:site_name, JSON-LD publisher, application-name)."""
    publisher = (data.article or {}).get("publisher")
    names = [data.meta_first("og:site_name"), data.meta_first("application-name"),
             publisher.get("name") if isinstance(publisher, dict) else None]
    names += [obj.get("name") for obj in data.jsonld if {"Organization", "WebSite", "NewsMediaOrganization"}
              & type_names(obj)]
    return [n for n in names if isinstance(n, str) and n.strip()]


def strip_site_name(title: str, sites: list[str]) -> str:
    """``title`` without a leading or trailing "| Site" part naming one of ``sites``."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    keys = [_key(s) for s in sites]
    if any(_same_site(_key(parts[-1]), k) for k in keys):
        return _join_head(title, len(parts) - 1)
    if any(_same_site(_key(parts[0]), k) for k in keys):
        return title[_SEPARATORS.search(title).end():]
    return title


def _find(page: Page) -> Headline:
    data = structured_data(page)
    sites = site_names(data) + _host_names(page, data)
    declared = declared_titles(data, page.tree)
    titles = [strip_site_name(d, sites) for d in declared]
    visible = _visible_candidates(page.tree, _HEADINGS, sites)
    best = _best_agreeing(visible, titles, AGREES)
    if best is None and titles:
        best = _best_agreeing(_visible_candidates(page.tree, _SUBHEADINGS, sites), titles, AGREES_STRICT)
    if best:
        return Headline(_spelled(best[1], titles), best[0])
    if visible and not declared:
        return Headline(visible[0][1], visible[0][0])
    return Headline(next((t for t in titles if t), None), None)


def _host_names(page: Page, data: Structured) -> list[str]:
    """The site's name as its host spells it ("harborlightweekly" for
    www.harborlightweekly.com): a title part equal to it is the site's name even
    when the page declares no site name."""
    head = page.tree.find("head")
    canonical = [link.get("href") for link in head.iterchildren("link") if link.get("rel") == "canonical"] \
        if head is not None else []
    urls = [page.url, data.meta_first("og:url"), *canonical[:1]]
    names = []
    for url in urls:
        try:
            host = urlsplit(url.strip()).hostname if isinstance(url, str) else None
        except ValueError:
            host = None
        labels = [label for label in (host or "").split(".") if label not in ("www", "m", "amp", "mobile")][:-1]
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
        if labels and labels[-1] not in names:
            names.append(labels[-1])
    return names


def _best_agreeing(visible: list[tuple[HtmlElement, str, bool]], titles: list[str],
                   threshold: float) -> tuple[HtmlElement, str] | None:
    """The visible heading agreeing best with a declared title, if it agrees enough;
    a part of a heading (kicker or headline alone) must agree closely."""
    best, score = None, 0.0
    for el, text, whole in visible:
        agreement = max((_agreement(text, t) for t in titles), default=0.0)
        if agreement > score and agreement >= (threshold if whole else AGREES_STRICT):
            best, score = (el, text), agreement
    return best


def _is_site_name(text: str, sites: list[str]) -> bool:
    return any(_key(text) == _key(site) for site in sites)


def _spelled(visible: str, titles: list[str]) -> str:
    """The declared spelling of the visible headline when they have the same words:
    a visible kicker and headline glued by CSS ("BreakpointHilfe, ...") lose
    their separator in the text, the declared title keeps it."""
    return next((t for t in titles if _key(t) == _key(visible)), visible)


def _visible_candidates(tree: HtmlElement, xpath: str, sites: list[str]) -> list[tuple[HtmlElement, str, bool]]:
    """Headings outside navigation that are not the site's name, and the parts of a
    heading made of several elements (kicker + headline), whole heading first."""
    found = []
    for el in tree.xpath(xpath):
        if any(a.tag in _NOT_ARTICLE for a in el.iterancestors()):
            continue
        for part in [el, *el.iterchildren("span", "div", "a", "em", "strong", "p")]:
            text = _clean(element_text(part))
            if text and len(text) < 400 and not _is_site_name(text, sites):
                found.append((el, text, part is el))
    return found


def _agreement(visible: str, declared: str) -> float:
    """Token F1 between a visible heading and a declared title."""
    a, b = _TOKEN.findall(visible.casefold()), _TOKEN.findall(declared.casefold())
    if not a or not b:
        return 0.0
    common = len(set(a) & set(b))
    if not common:
        return 0.0
    precision, recall = common / len(set(a)), common / len(set(b))
    return 2 * precision * recall / (precision + recall)


def _title_tag(tree: HtmlElement) -> str | None:
    title = tree.find(".//title")
    return title.text_content() if title is not None else None


def _clean(text: str) -> str:
    return " ".join(_INVISIBLE.sub("", html.unescape(text)).split())


def _key(text: str) -> str:
    return "".join(_TOKEN.findall(text.casefold()))


def _same_site(part: str, site: str) -> bool:
    """Whether a title part names the site ("BBC News" / "BBC", "the Guardian" / "Guardian")."""
    if not part or len(site) < 3:
        return False
    return part == site or part.startswith(site) or part.endswith(site) or site.endswith(part)


def _join_head(title: str, keep: int) -> str:
    """The first ``keep`` separator-delimited parts of ``title``, as written."""
    cut = [m.start() for m in _SEPARATORS.finditer(title)][keep - 1]
    return title[:cut]
