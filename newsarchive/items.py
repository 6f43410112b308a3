"""The items newsarchive's components exchange, declared once (dataclasses via itemadapter).

A spider yields a :class:`FetchedPage` for every HTML page it receives; the
extraction pipeline turns it into an :class:`Article` (the record of the contract,
fields in the contract's order) or drops it when the page is not an article.
:class:`Unchanged` and :class:`Removed` tell the state pipeline of periodic jobs
about re-checks; they are never exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1


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


@dataclass
class Article:
    """One article record, as written to ``articles.jsonl`` (see the JSON Schema)."""

    schema_version: int = SCHEMA_VERSION
    url: str | None = None
    final_url: str | None = None
    canonical_url: str | None = None
    fetched_at: str | None = None
    status: int | None = None
    headline: str | None = None
    description: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    body: str = ""
    images: list[dict[str, Any]] = field(default_factory=list)
    attributions: list[dict[str, Any]] = field(default_factory=list)
    related_links: list[dict[str, Any]] = field(default_factory=list)
    warc: dict[str, Any] | None = None
    content_sha256: str = ""
    version: int | None = None  # periodic jobs: 1, 2, ... per URL; null in plain crawls
    changes: dict[str, Any] | None = None  # periodic jobs: what changed since the previous version


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
