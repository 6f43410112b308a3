"""Article metadata: assembles headline, dates, authors, language and the simple
declared fields (canonical URL, description, publisher, section, tags, type).

Each concept lives in its own module; this one only wires them together and reads
the fields that need no heuristics beyond "visible first, then JSON-LD, then meta".
Nothing here raises: a page without metadata yields ``None``s and empty lists.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml.html import HtmlElement

from .agencies import BY_CASEFOLD
from .authors import OUTLET_BEFORE_TITLE, Byline, byline_correspondents, find_byline
from .dates import find_modified, find_published
from .headline import find_headline, host_names, page_site_names, site_names, title_ends
from .language import find_language
from .outlets import CJK_OUTLET, OUTLET_WORD, cjk_outlet_stem
from .page import Page
from .structured import Structured, element_text, structured_data, type_names

_DESCRIPTION_CLASSES = re.compile(r"standfirst|dek\b|summary|teaser|lead|intro|subtitle|subhead|excerpt", re.I)
_TAG_SPLIT = re.compile(r"\s*[,;]\s*")


@dataclass
class Metadata:
    """What a page says about its article (see the record contract for each field)."""

    canonical_url: str | None = None
    headline: str | None = None
    description: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    author_attributions: list[dict] = field(default_factory=list)
    publisher: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    article_type: str | None = None


def extract_metadata(page: Page) -> Metadata:
    """All metadata of ``page``; never raises on odd pages (fields stay empty)."""
    data = structured_data(page)
    headline = find_headline(page)
    header = _header(headline.element)
    sites = page_site_names(page)
    byline = find_byline(page, header, sites)
    own = _own_keys(sites + host_names(page, data, canonical=False) + title_ends(page))
    modified = find_modified(page, header)
    return Metadata(
        canonical_url=_canonical_url(page, data),
        headline=headline.text,
        description=_description(data, header),
        # a page printing only the day of its last change ("更新日：2026年3月12日", a town hall's page) is dated by it
        published=find_published(page, header, byline.text) or modified,
        modified=modified,
        authors=byline.names,
        author_attributions=_attributions(byline, page.url) + _syndicated_from(data, own) + _byline_outlet(byline, own),
        publisher=_publisher(data, site_names(data)),  # as declared: a masthead's name may be a slogan's
        section=_section(data),
        tags=_tags(data),
        language=find_language(page),
        article_type=_article_type(data),
    )


def _header(h1: HtmlElement | None) -> HtmlElement | None:
    """The block around the headline where kicker, standfirst, byline and date live."""
    return h1.getparent() if h1 is not None else None


def _canonical_url(page: Page, data: Structured) -> str | None:
    links = [href for link in page.tree.iter("link") if link.get("rel") == "canonical"
             and (href := link.get("href")) is not None]
    return _absolute((links[0].strip() if links else None) or data.meta_first("og:url"), page.url)


def _description(data: Structured, header: HtmlElement | None) -> str | None:
    return declared_description(data) or _visible_standfirst(header)


def declared_description(data: Structured) -> str | None:
    """The summary the page declares (JSON-LD, then ``og:``/``<meta>``/Twitter description), on one line."""
    article = data.article or {}
    declared = article.get("description")
    for value in (declared, data.meta_first("og:description", "description", "twitter:description")):
        if isinstance(value, str) and value.strip():
            return " ".join(html.unescape(value).split())
    return None


def _visible_standfirst(header: HtmlElement | None) -> str | None:
    if header is None:
        return None
    for el in header.iter("p", "div", "h2"):
        if _DESCRIPTION_CLASSES.search(el.get("class", "")):
            text = element_text(el)
            if text:
                return text
    return None


def _attributions(byline: Byline, base_url: str | None) -> list[dict]:
    text = byline.text or ", ".join(byline.names + byline.agencies)
    authors = [{"role": "author", "name": n, "text": text, "url": _absolute(byline.urls.get(n), base_url)}
               for n in byline.names]
    return authors + [{"role": "contributor", "name": a, "text": text, "url": None}
                      for a in byline.agencies + byline_correspondents(byline.text)] \
        + [{"role": "photo", "name": n, "text": text, "url": None} for n in byline.photographers]


def _syndicated_from(data: Structured, own: list[str]) -> list[dict]:
    """The outlet a portal's page declares as its article's author, as its source: an Organization
    named as an outlet ("Columbus Courier", "毎日新聞"), not an agency (a byline's, credited as such),
    and not the site itself by any of its names or its host ("MSN" publishing, msn.example): ``own``, its
    ``_own_keys``."""
    authors = (data.article or {}).get("author")
    out = []
    for author in authors if isinstance(authors, list) else [authors]:
        name = author.get("name") if isinstance(author, dict) and "Organization" in type_names(author) else None
        if not isinstance(name, str) or not (OUTLET_WORD.search(name) or CJK_OUTLET.fullmatch(name.strip())):
            continue
        key = _name_key(name)
        stem = _name_key(cjk_outlet_stem(name) or "")
        if name.strip().casefold() not in BY_CASEFOLD and not any(k and (k in key or key in k) for k in own) \
                and not (stem and stem in own):
            out.append({"role": "source", "name": name.strip(), "text": name.strip(), "url": None})
    return out




def _own_keys(names: list[str]) -> list[str]:
    """The site's names (declared, and its host's: ``headline.host_names``) without a domain's ending
    ("AerzteZeitung.de"), as ``_name_key``s."""
    keys = [_name_key(_DOMAIN_END.sub("", name.strip())) for name in names]
    return keys + [_name_key(stem) for name in names if (stem := cjk_outlet_stem(name))]


#: a Chinese byline's outlet before the reporter's title: "钱江晚报·小时新闻记者 NAME", "北京日报｜记者 NAME",
#: a Taiwanese paper's "聯合報／ 記者NAME／台北報導"
_BYLINE_OUTLET = re.compile(rf"^\s*([\u4e00-\u9fff]{{2,12}}?){OUTLET_BEFORE_TITLE}")


def _byline_outlet(byline: Byline, own: list[str]) -> list[dict]:
    """The outlet a Chinese byline names before its reporters ("钱江晚报·小时新闻记者 王晓燕"), as the story's
    source on a portal that republished it; on the outlet's own site, none."""
    found = _BYLINE_OUTLET.match(byline.text or "")
    if found is None or not (CJK_OUTLET.fullmatch(name := found.group(1)) or name[-1] in "报報"):  # "聯合報"
        return []
    key = _name_key(name)
    if any(k and (k in key or key in k) for k in own):
        return []
    return [{"role": "source", "name": name, "text": byline.text, "url": None}]


def _name_key(name: str) -> str:
    """A name's letters and digits, lower case, accents and umlauts as a host spells them: "Stuttgarter
    Zeitung" and "stuttgarter-zeitung", "Ärzte Zeitung" and "aerztezeitung" are one."""
    name = unicodedata.normalize("NFKD", name.casefold().translate(_UMLAUTS))
    return "".join(ch for ch in name if ch.isalnum())


_DOMAIN_END = re.compile(r"\.[a-z]{2,6}$", re.IGNORECASE)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _absolute(url: str | None, base_url: str | None) -> str | None:
    try:
        return urljoin(base_url, url) if url and base_url else url
    except ValueError:  # malformed URL
        return None


def _publisher(data: Structured, sites: list[str]) -> str | None:
    publisher = (data.article or {}).get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        return publisher["name"].strip()
    return sites[0].strip() if sites else None


def _section(data: Structured) -> str | None:
    value = (data.article or {}).get("articleSection")
    if isinstance(value, list):
        value = value[0] if value else None
    value = value if isinstance(value, str) else data.meta_first("article:section", "section", "parsely-section")
    return value.strip() if value and value.strip() else None


def _tags(data: Structured) -> list[str]:
    tags: list[str] = []
    for key in ("article:tag", "news_keywords", "keywords"):
        for value in data.meta.get(key, ()):
            tags += _TAG_SPLIT.split(value)
    keywords = (data.article or {}).get("keywords")
    tags += keywords if isinstance(keywords, list) else _TAG_SPLIT.split(keywords) if isinstance(keywords, str) else []
    seen: set[str] = set()
    return [t.strip() for t in tags
            if isinstance(t, str) and t.strip() and not (t.strip().casefold() in seen or seen.add(t.strip().casefold()))]


def declared_type(page: Page) -> str | None:
    """The article type the page declares (JSON-LD ``@type``, else ``og:type``), if any."""
    return _article_type(structured_data(page))


def _article_type(data: Structured) -> str | None:
    types = sorted(type_names(data.article)) if data.article else []
    return types[0] if types else data.meta_first("og:type")
