"""Article extraction: pure functions of (URL, HTML), free of Scrapy.

The same code serves a crawl, ``newsarchive extract`` over saved files and
re-extraction from WARC files, so all of them give identical records.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from newsarchive.extraction.agencies import same_agency_key
from newsarchive.extraction.attributions import credited, extract_attributions
from newsarchive.extraction.authors import correspondents_in_text, reporters_in_text
from newsarchive.extraction.credits import is_agency
from newsarchive.extraction.body import extract_body
from newsarchive.extraction.images import extract_images
from newsarchive.extraction.limits import ExtractionTimeout, time_limit
from newsarchive.extraction.metadata import Metadata, declared_type, extract_metadata
from newsarchive.extraction.page import Page, load_page
from newsarchive.items import EXTRACTED_FIELDS

__all__ = ["ARTICLE_FIELDS", "Extraction", "Page", "could_be_article", "extract", "extract_article",
           "extract_payload", "load_page"]

#: the fields extraction fills, in the record's order (declared in :mod:`newsarchive.items`)
ARTICLE_FIELDS = EXTRACTED_FIELDS

#: schema.org types and og:types that declare a page to be an article
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
})
#: an undeclared page is taken for an article with a date and at least this many words
MIN_ARTICLE_WORDS = 50


def content_sha256(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass
class Extraction:
    """The extracted fields of one page, and whether the page is an article."""

    fields: dict[str, Any]
    article_type: str | None = None
    error: str | None = None

    @property
    def is_article(self) -> bool:
        """True for article pages; fronts, lists and stubs are archived but not extracted."""
        if is_article_type(self.article_type):
            return bool(self.fields["headline"] or self.fields["body"])
        words = len(self.fields["body"].split())
        return bool(self.fields["published"]) and words >= MIN_ARTICLE_WORDS


def is_article_type(declared: str | None) -> bool:
    """Whether a declared schema.org type or og:type is an article's."""
    return (declared or "").lower().rsplit("/", 1)[-1] in ARTICLE_TYPES


def could_be_article(page: Page) -> bool:
    """False for a page that :attr:`Extraction.is_article` can only reject, known cheaply.

    An undeclared page needs :data:`MIN_ARTICLE_WORDS` words of body text, and its
    body is part of all its text: a page with fewer words in all is no article, and
    a crawl's many stubs, fronts and error pages need no extraction at all. Answered once
    per page: the spider's reading (for page resources) and the pipeline both ask.
    """
    return page.cached("could_be_article", _could_be_article)


def _could_be_article(page: Page) -> bool:
    if is_article_type(declared_type(page)):
        return True
    return sum(len(text.split()) for text in page.tree.itertext()) >= MIN_ARTICLE_WORDS


def empty_fields() -> dict[str, Any]:
    """The extracted fields of a page nothing could be extracted from."""
    fields: dict[str, Any] = dict.fromkeys(ARTICLE_FIELDS)
    fields.update(authors=[], tags=[], body="", images=[], attributions=[], related_links=[],
                  content_sha256=content_sha256(""))
    return fields


def extract(page: Page, seconds: float | None = None) -> Extraction:
    """Every extracted field of the record for a parsed page, within ``seconds``.

    Never raises for any input: an extractor bug or a timeout gives empty fields
    and the reason in :attr:`Extraction.error`.
    """
    try:
        with time_limit(seconds):
            return _extract(page)
    except (Exception, ExtractionTimeout) as exc:  # noqa: BLE001 - a page must never stop a crawl
        return Extraction(empty_fields(), error=f"{type(exc).__name__}: {exc}")


#: the role under which the text's own credits make a byline's entry redundant: a photographer of the
#: byline ("Photos: Ann Lee") credited under a picture is recorded once, and the byline's agency that the
#: text names as the story's source ("WASHINGTON (Reuters) -", "（中央社台北12日電）") is that source
_BYLINE_ROLE_FOUND = {"photo": "photo", "contributor": "source"}


#: a credit line naming the outlet's own correspondent: "Avec notre correspondant à Dakar, NAME", "De notre
#: correspondante à Berlin, NAME", "From our correspondent in Nairobi, NAME"
_OWN_CORRESPONDENT = re.compile(r"^\W*(?:avec|de|from|with)\s+(?:notre|nos|our)\s+(?:correspondante?s?|correspondents?|envoyée?s?\s+spéciale?s?)\b",
                                re.IGNORECASE)


def _own_correspondents(found: list[dict]) -> list[dict]:
    """The contributors a credit line names as the outlet's own correspondents, when the page names no writer
    ("Par : RFI" over "Avec notre correspondant à Dakar, NAME"): they reported the story, so they are its authors."""
    return [a for a in found if a["role"] == "contributor" and _OWN_CORRESPONDENT.match(a.get("text") or "")]


def _byline_agency_names(byline: list[dict], found: list[dict]) -> None:
    """The byline's spelling of the agency a dateline names by its short name ("By NAME Associated Press" over
    "HARLAN (AP) —"): the source keeps the byline's full name, the one readers see."""
    for a in byline:
        if a["role"] != "contributor":
            continue
        key = same_agency_key(a["name"])
        for f in found:
            if f["role"] == "source" and f["name"] != a["name"] and same_agency_key(f["name"]) == key \
                    and len(f["name"]) < len(a["name"]):
                f["name"] = a["name"]


def _add_writers_in_text(meta: Metadata, text: str) -> None:
    """Writers that Chinese and Japanese stories name inside the text (``reporters_in_text``): the authors when none
    was found, or when they name every one found and more (the declared author one of the dateline's two reporters);
    and a Japanese correspondent's dateline's writers (``correspondents_in_text``) before any other. An author that
    the dateline names as its reporters' agency ("台通社" declared, the text opening "（台通社記者NAME南投8日電）") is the
    agency, no writer: the reporters replace it (and so when the agency's dateline opens the text bare: "新华社北京4月16日电
    （记者A、B）" under a portal's "本文来源：新华社"); so is a name printed alone (a link to a writer's page, no byline's
    words around it) that the text's own signature does not name ("【A、B】" closing it, an expert's comment box
    below it linking the expert)."""
    known = {_bare_name(a) for a in meta.authors}
    reporters = reporters_in_text(text)
    opening = text.lstrip()[:_DATELINE_SPAN]
    if reporters and known and (all(opening.startswith(("（" + k, "(" + k)) or opening.startswith(k) and is_agency(k)
                                    for k in known)
                                or _names_alone(meta.author_attributions)
                                and not known & {_bare_name(n) for n in reporters}):
        meta.author_attributions = [a for a in meta.author_attributions if a["role"] != "author"]
        known = set()
    if reporters and known < {_bare_name(n) for n in reporters}:
        added = [n for n in reporters if _bare_name(n) not in known]
        meta.authors = reporters
    else:
        added = [n for n in correspondents_in_text(text) if _bare_name(n) not in known]
        meta.authors = added + meta.authors
    meta.author_attributions = [{"role": "author", "name": n, "text": None, "url": None} for n in added] \
        + meta.author_attributions


def _without_credited_contributors(meta: Metadata, text: str) -> None:
    """Without the declared authors that the printed byline does not name and the text's closing lines credit as
    contributors ("Staff writer NAME contributed reporting." under "By A", NAME declared beside A): they took part, the
    byline's writers wrote it (the attributions credit them as contributors)."""
    printed = " ".join(a.get("text") or "" for a in meta.author_attributions if a["role"] == "author")
    lines = text.rstrip().rsplit("\n", _CREDIT_LINES)[-_CREDIT_LINES:]
    contributors = {name for line in lines if "contribut" in line for kind, name in credited(line.strip())
                    if kind == "credit"}
    dropped = {n for n in meta.authors if n in contributors and n not in printed}
    if dropped and len(dropped) < len(meta.authors):
        meta.authors = [n for n in meta.authors if n not in dropped]
        meta.author_attributions = [a for a in meta.author_attributions
                                    if not (a["role"] == "author" and a["name"] in dropped)]


#: the text's last lines read for a credit of its contributors (``_without_credited_contributors``)
_CREDIT_LINES = 4


def _names_alone(attributions: list[dict]) -> bool:
    """Whether the byline's authors were printed as their names alone, each a link to a writer's page with no byline's
    words around it (not declared: a declared name has no link)."""
    authors = [a for a in attributions if a["role"] == "author"]
    return bool(authors) and all((a.get("text") or "").strip() == a["name"] and a.get("url") for a in authors)


#: the characters of the text's opening read for a dateline's agency
_DATELINE_SPAN = 30


def _bare_name(name: str) -> str:
    """A Chinese or Japanese name without the spaces a byline may set between its parts."""
    return "".join(name.split())


def _extract(page: Page) -> Extraction:
    meta = extract_metadata(page)
    body = extract_body(page)
    _add_writers_in_text(meta, body.text)
    _without_credited_contributors(meta, body.text)
    images = extract_images(page, body.root)
    found = extract_attributions(page, body.root, body.text, images, authors=meta.authors,
                                 agencies=[a["name"] for a in meta.author_attributions if a["role"] == "contributor"])
    if not meta.authors and (correspondents := _own_correspondents(found)):
        meta.authors = [a["name"] for a in correspondents]
        for a in correspondents:
            a["role"] = "author"
    credited = {(a["role"], same_agency_key(a["name"])) for a in found}
    # (a byline's entry the text credits again, as the same role, or as the one it stands for: a correspondent)
    byline = [a for a in meta.author_attributions for key in (same_agency_key(a["name"]),)
              if not {(_BYLINE_ROLE_FOUND.get(a["role"]), key), (a["role"], key)} & credited]
    _byline_agency_names(meta.author_attributions, found)
    attributions = byline + found
    fields = {
        "canonical_url": meta.canonical_url,
        "headline": meta.headline,
        "description": meta.description,
        "published": meta.published,
        "modified": meta.modified,
        "authors": meta.authors,
        "publisher": meta.publisher,
        "section": meta.section,
        "tags": meta.tags,
        "language": meta.language,
        "body": body.text,
        "images": images,
        "attributions": attributions,
        "related_links": body.links,
        "content_sha256": content_sha256(body.text),
    }
    error = f"body: {body.error} (the text is the page's paragraphs as printed)" if body.error else None
    return Extraction(fields, meta.article_type, error=error)


def extract_payload(body: bytes | str, url: str | None = None, content_type: str | None = None,
                    seconds: float | None = None) -> Extraction:
    """:func:`extract` of a raw payload in one picklable call, for a worker process."""
    return extract(load_page(body, url, content_type), seconds)


def extract_article(body: bytes | str, url: str | None = None,
                    content_type: str | None = None) -> dict[str, Any]:
    """Decode, parse and extract one HTML page into the record's extracted fields."""
    return extract(load_page(body, url, content_type)).fields
