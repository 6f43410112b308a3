"""The ``article`` spider: fetch seed articles and follow their related links.

Seeds come from ``-a urls=FILE`` (``-`` for stdin), ``-a seeds="URL URL"`` or the
``seeds`` list the CLI passes; ``feeds`` are RSS/Atom feeds and (news) sitemaps
whose new entries become seeds. From each article page it follows the links the
body extractor finds in the article text and in related-article teasers (on any
host, unless ``same_site``), never navigation, footers, ads or share links, up to
``NEWSARCHIVE_DEPTH`` hops. Every HTML page goes on as a
:class:`~newsarchive.items.FetchedPage`; the extraction pipeline decides which
ones are articles. Pages found unchanged since an earlier run go on as
:class:`~newsarchive.items.Unchanged` and pages gone (404, 410) as
:class:`~newsarchive.items.Removed`.

Every page to fetch is first put in the archive's frontier
(:mod:`newsarchive.store.frontier`), the links of a page before the page itself
can be acknowledged, so a crawl killed at any moment goes on where it stopped.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from newsarchive.archive import archive_of
from newsarchive.crawl.truncation import failure_of
from newsarchive.extraction.body import extract_body
from newsarchive.extraction.page import is_html_type, load_page
from newsarchive.failures import STAT_PREFIX, failure_reason
from newsarchive.feeds import FeedError, changed_sitemaps, new_entries, parse_feed
from newsarchive.items import FetchedPage, Removed, Unchanged
from newsarchive.seeds import SeedList, collect_seeds
from newsarchive.settings import user_agent
from newsarchive.store.archive import Archive
from newsarchive.store.errors import StoreWriteError
from newsarchive.store.frontier import FRONTIER_KEY, Entry
from newsarchive.timestamps import iso_utc, utc_now
from newsarchive.urls import InvalidURL, normalize_url, site_of

logger = logging.getLogger(__name__)

FOLLOW_KINDS = frozenset({"related", "inline"})
GONE = (404, 410)
DEPTH = "newsarchive_depth"  # our own hop count: feed entries are seeds (depth 0) too


def _as_bool(value: Any) -> bool:
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def is_html(response: Response, content_type: str) -> bool:
    """HTML by its Content-Type, or by its first bytes when the server sent none."""
    if content_type:
        return is_html_type(content_type)
    start = response.body[:512].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<head" in start


def _fetched_at(response: Response) -> str:
    """When the archiver received the response (now, if no archiver saw it)."""
    return response.meta.get("fetched_at") or iso_utc(utc_now())


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class ArticleSpider(scrapy.Spider):
    name = "article"

    @classmethod
    def update_settings(cls, settings: Settings) -> None:
        """A contact URL set anywhere goes into the User-Agent, unless a User-Agent is given."""
        super().update_settings(settings)
        if settings.getpriority("USER_AGENT") <= settings.getpriority("NEWSARCHIVE_CONTACT_URL"):
            settings.set("USER_AGENT", user_agent(settings.get("NEWSARCHIVE_CONTACT_URL")),
                         priority=settings.getpriority("NEWSARCHIVE_CONTACT_URL"))

    def __init__(self, urls: str | None = None, seeds: SeedList | Iterable[str] | str | None = None,
                 depth: int | str | None = None, same_site: bool | str | None = None,
                 feeds: Iterable[str] | str | None = None, since: datetime | None = None,
                 archive: Archive | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if isinstance(seeds, str):
            seeds = seeds.split()
        listed = seeds if isinstance(seeds, SeedList) else collect_seeds(seeds or (), [urls] if urls else ())
        self.seed_urls = listed.urls
        self.seed_problems = listed.problems
        self.feed_urls = feeds.split() if isinstance(feeds, str) else list(feeds or ())
        self.since = since
        #: the archive folder, when the runner opened it; else the ArchiveExtension's own
        self.archive = archive
        self._depth = depth
        self._same_site = same_site

    async def start(self) -> AsyncIterator[scrapy.Request]:
        settings = self.settings
        if self.archive is None:
            self.archive = archive_of(self.crawler)
        self._add_seeds_of_interrupted_run()
        self.max_depth = int(self._depth if self._depth is not None else settings.getint("NEWSARCHIVE_DEPTH"))
        same_site = self._same_site if self._same_site is not None else settings.getbool("NEWSARCHIVE_SAME_SITE")
        hosts = [*self.seed_urls, *self.feed_urls]
        self.allowed_sites = {site_of(u) for u in hosts} if _as_bool(same_site) else None
        self.url_limit = settings.getint("URLLENGTH_LIMIT")
        for problem in self.seed_problems:
            self._fail("invalid URL", problem)
        if not self.seed_urls and not self.feed_urls:
            logger.warning("no URLs to crawl")
        recovered = self.archive.frontier.pending()
        if recovered:
            self.crawler.stats.set_value("newsarchive/recovered", len(recovered))
            logger.warning("going on with %d page(s) an interrupted run left unfinished", len(recovered))
        given = [Entry(url, 0, "feed", given=True) for url in self.feed_urls]
        given += [Entry(url, 0, given=True) for url in self.seed_urls]
        added = self._add(given)
        self.crawler.stats.set_value("newsarchive/seeds", len(given))
        already = len(given) - len(added) - sum(1 for e in recovered if e.given)
        if already > 0:
            self.crawler.stats.set_value("newsarchive/seeds_done_before", already)
        for entry in [*recovered, *added]:
            yield self._request(entry)

    def _add_seeds_of_interrupted_run(self) -> None:
        """The seeds the user gave the run this one goes on with are this run's seeds too.

        Same-site and address rules are the seeds' (a job's rerun may have no seed of
        its own left to fetch, yet its unfinished pages were found from the old ones).
        Entries a feed or a page led to are not seeds: their authors chose them.
        """
        for entry in self.archive.frontier.seeds():
            listed = self.feed_urls if entry.kind == "feed" else self.seed_urls
            if entry.url not in listed:
                listed.append(entry.url)

    # -- requests ------------------------------------------------------------------
    def _request(self, entry: Entry) -> scrapy.Request:
        callback = self.parse_feed if entry.kind == "feed" else self.parse
        return scrapy.Request(entry.url, callback=callback, errback=self.on_error,
                              meta={DEPTH: entry.depth, FRONTIER_KEY: entry.url})

    def _add(self, entries: list[Entry]) -> list[Entry]:
        """Put entries in the archive's frontier; the ones not there yet, to fetch now."""
        if self.archive.failure is not None:
            return []
        try:
            return self.archive.frontier.add(entries)
        except StoreWriteError as exc:
            self.archive.fail(exc)
            return []

    def _links_to_follow(self, links: list[dict[str, Any]], depth: int) -> list[Entry]:
        entries = []
        for url in _normalized(link["url"] for link in links if link["kind"] in FOLLOW_KINDS):
            if len(url) > self.url_limit:
                self._fail(f"link longer than {self.url_limit} characters", url[:100] + "...")
            elif self.allowed_sites is None or site_of(url) in self.allowed_sites:
                entries.append(Entry(url, depth))
        return self._add(entries)

    def _went_on(self, response: Response) -> None:
        """Count a seed that was archived and went on (for the exit status when none did)."""
        if response.meta.get(DEPTH, 0) == 0:
            self.crawler.stats.inc_value("newsarchive/seeds_ok")

    def _done(self, fetched: Response | scrapy.Request | None) -> None:
        """This page (its response, or its request when it failed) is archived and led to
        nothing more that is not in the frontier."""
        key = fetched.meta.get(FRONTIER_KEY) if fetched is not None else None
        if key:
            self.archive.acknowledge(key)

    # -- feeds and sitemaps ----------------------------------------------------------
    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """New entries of a feed or sitemap become seeds; a sitemap index, more sitemaps."""
        if self.archive.failure is not None:
            return
        try:
            feed = parse_feed(response.body, response.url)
        except FeedError as exc:
            self._fail("not a feed or sitemap", f"{response.url}: {exc}")
            self._done(response)
            return
        children = [Entry(child.url, 0, "feed") for child in changed_sitemaps(feed, self.since)]
        fresh = [Entry(url, 0) for url in _normalized(e.url for e in new_entries(feed, self.since))
                 if self.archive.state.get(url) is None]
        added = self._add([*children, *fresh])
        self.crawler.stats.inc_value("newsarchive/feed_entries_new", sum(e.kind == "page" for e in added))
        self._went_on(response)
        self._done(response)
        for entry in added:
            yield self._request(entry)

    # -- responses -----------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if self.archive.failure is not None:
            return  # nothing more is archived: the next run fetches this page again
        if response.meta.get("newsarchive_unchanged"):
            self._went_on(response)
            yield self._unchanged(response)
            return
        if cut := failure_of(response):  # archived as WARC-Truncated, never an article
            self._fail(cut, response.url)
            self._done(response)
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if not is_html(response, content_type):
            kind = content_type.split(";", 1)[0] or "unknown type"
            self._fail(f"not HTML ({kind})", response.url)
            self._done(response)
            return
        self._went_on(response)
        page = load_page(response.body, response.url, content_type or None)
        depth = response.meta.get(DEPTH, 0)
        # the links go into the frontier before the page can be acknowledged (by its item)
        follow = self._links_to_follow(extract_body(page).links, depth + 1) if depth < self.max_depth else []
        yield FetchedPage(
            url=response.meta.get("redirect_urls", [response.url])[0],
            final_url=response.url,
            status=response.status,
            content_type=content_type or None,
            body=response.body,
            fetched_at=_fetched_at(response),
            warc=response.meta.get("warc"),
            page=page,
        )
        for entry in follow:
            yield self._request(entry)

    def _unchanged(self, response: Response) -> Unchanged:
        return Unchanged(response.url, response.status, _fetched_at(response),
                         etag=_header(response, "ETag"), last_modified=_header(response, "Last-Modified"))

    def on_error(self, failure: Failure) -> Iterator[Any]:
        request = getattr(failure, "request", None)
        response = failure.value.response if failure.check(HttpError) else None
        if response is not None and response.status == 304:
            self._went_on(response)
            yield self._unchanged(response)
            return
        self._fail(failure_reason(failure), _asked_for(request))
        if response is not None and response.status in GONE:
            yield Removed(response.url, response.status, _fetched_at(response))
        else:
            self._done(request)

    def _fail(self, reason: str, what: str) -> None:
        self.crawler.stats.inc_value(STAT_PREFIX + reason)
        logger.warning("failed: %s: %s", reason, what)


def _asked_for(request: scrapy.Request | None) -> str:
    """The URL the crawl asked for, and where its redirects led when they went wrong."""
    if request is None:
        return "?"
    chain = request.meta.get("redirect_urls")
    return f"{chain[0]} (redirected to {request.url})" if chain else request.url


def _normalized(urls: Iterable[str]) -> Iterator[str]:
    """The URLs in their canonical spelling; the ones that are no http(s) URLs left out."""
    for url in urls:
        try:
            yield normalize_url(url)
        except InvalidURL:
            continue
