"""The items newsarchive's components exchange, declared once (dataclasses via itemadapter).

A spider yields a :class:`FetchedPage` for every HTML page it receives; the
extraction pipeline turns it into an :class:`Article` (the record of the contract,
fields in the contract's order) or drops it when the page is not an article.
:class:`Unchanged` and :class:`Removed` tell the state pipeline of periodic jobs
about re-checks; they are never exported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from newsarchive.timestamps import iso_utc

SCHEMA_VERSION = 1


def utc_timestamp(value: Any) -> str | None:
    """An ISO 8601 date-time with its offset as ``YYYY-MM-DDTHH:MM:SSZ`` in UTC.

    None for a day alone (``2023-03-07``: no instant), a time the page gave without
    its zone (the instant is unknown: assuming UTC could be hours off), or no value.
    """
    if not isinstance(value, str) or len(value) <= 10:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return iso_utc(moment) if moment.tzinfo is not None else None


@dataclass
class FetchedPage:
    """A fetched HTML page on its way to extraction (never exported)."""

    url: str
    final_url: str
    status: int
    content_type: str | None
    body: bytes
    fetched_at: str
    warc: dict[str, Any] | None = None
    page: Any = None  # the parsed newsarchive.extraction.page.Page, if the spider made one
    extraction: Any = None  # the newsarchive.extraction.Extraction, if a worker process made it
    given_seed: bool = False  # a seed the user gave as a page (not a feed, a sitemap or a front)


def _field(default: Any = None, *, factory: Callable[[], Any] | None = None, extracted: bool = False,
           compared: int = 0, optional: bool = False, archive_only: bool = False,
           utc_of: str | None = None) -> Any:
    """A record field and what it is: filled by extraction, compared between versions
    (``compared``: its rank when changes are reported, most telling first; 0: not compared),
    optional (left out of a record while unset, as ``source`` is outside ``extract``),
    kept by an archive folder only (``extract`` records have no versions), or the UTC
    instant of another field (``utc_of``: always derived from it, never set by hand)."""
    metadata = {"extracted": extracted, "compared": compared, "optional": optional, "archive_only": archive_only,
                "utc_of": utc_of}
    if factory is not None:
        return field(default_factory=factory, metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass
class Article:
    """One article record, as written to ``articles.jsonl``: the one declaration of its fields.

    The record's key order (:data:`RECORD_FIELDS`), the fields extraction fills
    (:data:`EXTRACTED_FIELDS`), the fields compared between versions
    (:data:`COMPARED_FIELDS`) follow from here; the JSON Schema is checked against it
    by the tests.
    """

    schema_version: int = _field(SCHEMA_VERSION)
    url: str | None = _field()
    source: str | None = _field(optional=True)  # ``extract`` only: the path the record came from
    final_url: str | None = _field()
    canonical_url: str | None = _field(extracted=True, compared=10)
    fetched_at: str | None = _field()
    status: int | None = _field()
    headline: str | None = _field(extracted=True, compared=1)
    description: str | None = _field(extracted=True, compared=2)
    published: str | None = _field(extracted=True, compared=5)
    modified: str | None = _field(extracted=True, compared=6)
    published_utc: str | None = _field(utc_of="published")  # 2023-03-07T08:00:00Z; null for a day alone
    modified_utc: str | None = _field(utc_of="modified")
    authors: list[str] = _field(factory=list, extracted=True, compared=4)
    publisher: str | None = _field(extracted=True)
    section: str | None = _field(extracted=True, compared=8)
    tags: list[str] = _field(factory=list, extracted=True, compared=9)
    language: str | None = _field(extracted=True)
    body: str = _field("", extracted=True, compared=3)
    images: list[dict[str, Any]] = _field(factory=list, extracted=True, compared=7)
    attributions: list[dict[str, Any]] = _field(factory=list, extracted=True)
    related_links: list[dict[str, Any]] = _field(factory=list, extracted=True)
    warc: dict[str, Any] | None = _field()
    content_sha256: str = _field("", extracted=True)
    version: int | None = _field(archive_only=True)  # 1, 2, ... per URL in its archive folder
    changes: dict[str, Any] | None = _field(archive_only=True)  # what changed since the previous version
    # --screenshot: ``screenshots/<response record id>.png``, rendered at the end of the run (newsarchive.screenshot)
    screenshot: str | None = _field(optional=True, archive_only=True)

    def __post_init__(self) -> None:
        for name, source in UTC_FIELDS.items():
            setattr(self, name, utc_timestamp(getattr(self, source)))


#: the record's fields in the contract's order
RECORD_FIELDS = tuple(f.name for f in fields(Article))
#: the fields extraction fills, in the record's order
EXTRACTED_FIELDS = tuple(f.name for f in fields(Article) if f.metadata["extracted"])
#: the fields whose changes make a new version, in the order changes are reported
COMPARED_FIELDS = tuple(f.name for f in sorted((f for f in fields(Article) if f.metadata["compared"]),
                                               key=lambda f: f.metadata["compared"]))
#: fields left out of a record while unset
OPTIONAL_FIELDS = frozenset(f.name for f in fields(Article) if f.metadata["optional"])
#: the fields holding another field's instant in UTC, and that field
UTC_FIELDS = {f.name: f.metadata["utc_of"] for f in fields(Article) if f.metadata["utc_of"]}
#: fields every record has, from a crawl or from ``extract``
REQUIRED_FIELDS = tuple(f.name for f in fields(Article)
                        if not (f.metadata["optional"] or f.metadata["archive_only"]))


@dataclass
class Unchanged:
    """A known page re-checked and found the same (a 304, or the payload archived before)."""

    url: str
    status: int
    fetched_at: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Removed:
    """A page that answered 404 or 410: a known article that was taken down."""

    url: str
    status: int
    fetched_at: str
