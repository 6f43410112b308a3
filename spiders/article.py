"""The ``article`` spider: fetch seed articles and follow their related links.

Seeds come from ``-a urls=FILE`` (``-`` for stdin), ``-a seeds="URL URL"`` or the
``seeds`` list the CLI passes. From each article page it follows the links the
body extractor finds in the article text and in related-article teasers (on any
host, unless ``same_site``), never navigation, footers, ads or share links, up to
``NEWSARCHIVE_DEPTH`` hops. Every HTML page goes on as a
:class:`~newsarchive.items.FetchedPage`; the extraction pipeline decides which
ones are articles.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from newsarchive.archive import iso_utc, utc_now
from newsarchive.extraction.body import extract_body
from newsarchive.extraction.page import load_page
from newsarchive.failures import STAT_PREFIX, failure_reason
from newsarchive.items import FetchedPage
from newsarchive.seeds import SeedList, collect_seeds
from newsarchive.urls import InvalidURL, normalize_url, site_of

logger = logging.getLogger(__name__)

FOLLOW_KINDS = frozenset({"related", "inline"})
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _as_bool(value: Any) -> bool:
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def is_html(response: Response, content_type: str) -> bool:
    """HTML by its Content-Type, or by its first bytes when the server sent none."""
    if content_type:
        return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES
    start = response.body[:512].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<head" in start


class ArticleSpider(scrapy.Spider):
    name = "article"

    def __init__(self, urls: str | None = None, seeds: SeedList | Iterable[str] | str | None = None,
                 depth: int | str | None = None, same_site: bool | str | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if isinstance(seeds, str):
            seeds = seeds.split()
        if isinstance(seeds, SeedList):
            listed = seeds
        else:
            listed = collect_seeds(seeds or (), [urls] if urls else ())
        self.seed_urls = listed.urls
        self.seed_set = set(listed.urls)
        self.seed_problems = listed.problems
        self._depth = depth
        self._same_site = same_site

    async def start(self) -> AsyncIterator[scrapy.Request]:
        settings = self.settings
        self.max_depth = int(self._depth if self._depth is not None else settings.getint("NEWSARCHIVE_DEPTH"))
        same_site = self._same_site if self._same_site is not None else settings.getbool("NEWSARCHIVE_SAME_SITE")
        self.allowed_sites = {site_of(u) for u in self.seed_urls} if _as_bool(same_site) else None
        for problem in self.seed_problems:
            self._fail("invalid URL", problem)
        if not self.seed_urls:
            logger.warning("no URLs to crawl")
        for url in self.seed_urls:
            yield self._request(url)

    # -- requests ------------------------------------------------------------------
    def _request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse, errback=self.on_error)

    def _follow(self, links: list[dict[str, Any]]) -> Iterator[scrapy.Request]:
        for link in links:
            if link["kind"] not in FOLLOW_KINDS:
                continue
            try:
                url = normalize_url(link["url"])
            except InvalidURL:
                continue
            if url in self.seed_set:  # fetched as a seed, at depth 0, whatever links to it
                continue
            if self.allowed_sites is None or site_of(url) in self.allowed_sites:
                yield self._request(url)

    # -- responses -----------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if not is_html(response, content_type):
            kind = content_type.split(";", 1)[0] or "unknown type"
            self._fail(f"not HTML ({kind})", response.url)
            return
        page = load_page(response.body, response.url, content_type or None)
        yield FetchedPage(
            url=response.meta.get("redirect_urls", [response.url])[0],
            final_url=response.url,
            status=response.status,
            content_type=content_type or None,
            body=response.body,
            fetched_at=response.meta.get("fetched_at") or iso_utc(utc_now()),
            warc=response.meta.get("warc"),
            page=page,
        )
        if response.meta.get("depth", 0) < self.max_depth:
            yield from self._follow(extract_body(page).links)

    def on_error(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        self._fail(failure_reason(failure), request.url if request else "?")

    def _fail(self, reason: str, what: str) -> None:
        self.crawler.stats.inc_value(STAT_PREFIX + reason)
        logger.warning("failed: %s: %s", reason, what)
