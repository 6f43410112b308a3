"""The ``article`` spider: fetch seed articles and follow their related links.

Seeds come from ``-a urls=FILE`` (``-`` for stdin), ``-a seeds="URL URL"`` or the
``seeds`` list the CLI passes; ``feeds`` are RSS/Atom feeds and (news) sitemaps
whose new entries become seeds. A seed the user gave is told by its response
(:mod:`newsarchive.crawl.seedkinds`): a feed or sitemap whatever its URL, a front
whose article links become seeds (not followed further), or a page. From each
article page it follows the links the body extractor finds in the article text and in related-article teasers (on any
host, unless ``same_site``), never navigation, footers, ads or share links, up to
``NEWSARCHIVE_DEPTH`` hops. Every HTML page goes on as a
:class:`~newsarchive.items.FetchedPage`; the extraction pipeline decides which
ones are articles. Pages found unchanged since an earlier run go on as
:class:`~newsarchive.items.Unchanged` and pages gone (404, 410) as
:class:`~newsarchive.items.Removed`.

Every page to fetch is first put in the archive's frontier
(:mod:`newsarchive.store.frontier`), the links of a page before the page itself
can be acknowledged, so a crawl killed at any moment goes on where it stopped.

Page resources (:mod:`newsarchive.crawl.resources`): the spider finds a page's
resource URLs while it has the page parsed, and queues them once the page's item is
through the pipelines (:meth:`ArticleSpider.queue_resources`), so that the
extraction pipeline alone decides what is an article; they are fetched with
:meth:`ArticleSpider.parse_resource`, which yields no item.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from newsarchive.archive import archive_of
from newsarchive.crawl.crawllog import fetch_failed
from newsarchive.crawl.reading import (
    PageReading,
    ReadingWorkers,
    WorkerDied,
    read_page,
    worker_count,
)
from newsarchive.crawl.resources import (
    RESOURCE_KEY,
    RESOURCES_KEY,
    ResourcePolicy,
    archived_page,
    stylesheet_resources,
)
from newsarchive.crawl.seedkinds import (
    count_seed_kind,
    feed_kind,
    looks_like_feed,
)
from newsarchive.crawl.truncation import failure_of
from newsarchive.extraction import Extraction, empty_fields
from newsarchive.extraction.page import Page, is_html_type, load_page
from newsarchive.failures import STAT_PREFIX, failure_reason
from newsarchive.feeds import FeedError, changed_sitemaps, new_entries, parse_feed
from newsarchive.items import Article, FetchedPage, Removed, Unchanged
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
GIVEN = "newsarchive_given"  # a seed the user gave: its kind is told from its response
AS_PAGE = "newsarchive_as_page"  # a given seed that is no feed after all: read it as a page


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


def _content_type(response: Response) -> str:
    return response.headers.get("Content-Type", b"").decode("latin-1")


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class ArticleSpider(scrapy.Spider):
    name = "article"
    #: whose page resources to fetch, and the limits (``NEWSARCHIVE_RESOURCES*``; set by from_crawler)
    resource_policy = ResourcePolicy(mode="none")
    #: how many worker processes read pages (``NEWSARCHIVE_EXTRACT_PROCESSES``; set by from_crawler)
    processes = 0
    #: those processes, once started (by start)
    workers: ReadingWorkers | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ArticleSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        try:
            spider.resource_policy = ResourcePolicy.from_settings(crawler.settings)
        except ValueError as exc:  # the CLI refuses it first; a job's or Scrapy's settings come here
            logger.error("%s: no page resources are fetched", exc)
        try:
            spider.processes = worker_count(crawler.settings.get("NEWSARCHIVE_EXTRACT_PROCESSES"))
        except ValueError as exc:
            logger.error("%s: pages are read in the crawl's process", exc)
        if spider.resource_policy.enabled:
            # connected before the ArchiveExtension's receivers of the same signals (Scrapy
            # builds the spider first), so a page's resources are in the frontier before the
            # page is acknowledged: a crawl killed in between fetches them on the next run
            for signal in (signals.item_scraped, signals.item_dropped):
                crawler.signals.connect(spider.queue_resources, signal=signal)
        return spider

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
        self.extract_seconds = settings.getfloat("NEWSARCHIVE_EXTRACT_TIMEOUT")
        if self.processes > 0 and self.workers is None:
            try:
                self.workers = ReadingWorkers(self.processes)
            except OSError as exc:  # no semaphores (/dev/shm), no processes left
                self._no_workers(exc)
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

    def closed(self, reason: str) -> None:
        if self.workers is not None:
            self.workers.close()

    def _no_workers(self, exc: OSError) -> None:
        """Worker processes cannot start here: the pages are read in the crawl's process."""
        if self.workers is not None:
            self.workers.close(wait=False)
            self.workers = None
        logger.warning("no worker process could start (%s): pages are read in the crawl's process",
                       exc.strerror or exc)

    # -- requests ------------------------------------------------------------------
    def _request(self, entry: Entry) -> scrapy.Request:
        if entry.kind == "resource":
            return self._resource_request(entry)
        callback = self.parse_feed if entry.kind == "feed" else self.parse
        return scrapy.Request(entry.url, callback=callback, errback=self.on_error,
                              meta={DEPTH: entry.depth, FRONTIER_KEY: entry.url, GIVEN: entry.given})

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
    def parse_feed(self, response: Response) -> Iterator[Any]:
        """New entries of a feed or sitemap become seeds; a sitemap index, more sitemaps."""
        if self.archive.failure is not None:
            return
        try:
            feed = parse_feed(response.body, response.url)
        except FeedError as exc:
            if response.meta.get(GIVEN) and is_html(response, _content_type(response)):
                response.meta[AS_PAGE] = True  # a job's seed its URL made a feed: a page after all
                yield from self._parse_here(response)
                return
            self._fail("not a feed or sitemap", f"{response.url}: {exc}")
            self._done(response)
            return
        children = [Entry(child.url, 0, "feed") for child in changed_sitemaps(feed, self.since)]
        fresh = self._new_seeds(response, feed_kind(feed.kind), (e.url for e in new_entries(feed, self.since)))
        added = self._add([*children, *fresh])
        self.crawler.stats.inc_value("newsarchive/feed_entries_new", sum(e.kind == "page" for e in added))
        self._went_on(response)
        self._done(response)
        for entry in added:
            yield self._request(entry)

    # -- seed kinds (newsarchive.crawl.seedkinds) -------------------------------------
    def _is_feed_seed(self, response: Response, content_type: str) -> bool:
        """A seed the user gave that turns out to be a feed or sitemap, whatever its URL says."""
        return (bool(response.meta.get(GIVEN)) and not response.meta.get(AS_PAGE)
                and looks_like_feed(content_type, response.body))

    def _front_seeds(self, response: Response, links: list[str]) -> list[Entry] | None:
        """A given seed that is a front (its article ``links``): those, as seeds to fetch now; else None."""
        if not response.meta.get(GIVEN):
            return None
        count_seed_kind(self.crawler.stats, "front" if links else "page")
        if not links:
            return None
        return self._add(self._new_seeds(response, "front", links))

    def _new_seeds(self, response: Response, kind: str, urls: Iterable[str]) -> list[Entry]:
        """The URLs a feed, sitemap or front lists that are not archived yet, as seeds (depth 0),
        at most ``NEWSARCHIVE_MAX_SEEDS_PER_SOURCE`` of them; counted by the kind of their source."""
        if response.meta.get(GIVEN) and kind != "front":
            count_seed_kind(self.crawler.stats, kind)
        fresh = [url for url in dict.fromkeys(_normalized(urls)) if self.archive.state.get(url) is None]
        limit = self.settings.getint("NEWSARCHIVE_MAX_SEEDS_PER_SOURCE")
        if 0 < limit < len(fresh):
            logger.warning("%s lists %d new articles: the first %d taken (NEWSARCHIVE_MAX_SEEDS_PER_SOURCE): %s",
                           kind, len(fresh), limit, response.url)
            fresh = fresh[:limit]
        self.crawler.stats.inc_value(f"newsarchive/seeds_from/{kind}", len(fresh))
        return [Entry(url, 0) for url in fresh]

    # -- responses -----------------------------------------------------------------
    async def parse(self, response: Response, **kwargs: Any) -> AsyncIterator[Any]:
        """An HTML page: read (:mod:`newsarchive.crawl.reading`), in an extraction worker
        process when there are any; anything else: :meth:`_parse_other`."""
        content_type = _content_type(response)
        if not self._is_page(response, content_type):
            for output in self._parse_other(response, content_type):
                yield output
            return
        self._went_on(response)
        reading = await self._read(response, content_type)
        for output in self._page_output(response, content_type, reading):
            yield output

    async def _read(self, response: Response, content_type: str) -> PageReading:
        """The page read in a worker process, or here when there are none."""
        if self.workers is None:
            return self._read_here(response, content_type)
        try:
            return await self.workers.read(response.body, response.url, content_type or None,
                                           extract_seconds=self.extract_seconds, **self._wanted(response))
        except WorkerDied as exc:  # the page is archived; it gives no record and no links
            return PageReading(extraction=Extraction(empty_fields(), error=f"extraction worker died: {exc}"))
        except OSError as exc:  # no worker process could start
            self._no_workers(exc)
            return self._read_here(response, content_type)

    def _parse_here(self, response: Response) -> Iterator[Any]:
        """:meth:`parse`, all in the crawl's process (a feed seed that turned out to be a page)."""
        content_type = _content_type(response)
        if not self._is_page(response, content_type):
            yield from self._parse_other(response, content_type)
            return
        self._went_on(response)
        yield from self._page_output(response, content_type, self._read_here(response, content_type))

    def _wanted(self, response: Response) -> dict[str, Any]:
        """What to read of this response's page (:func:`~newsarchive.crawl.reading.read_page`)."""
        return {"seed": bool(response.meta.get(GIVEN)), "follow": response.meta.get(DEPTH, 0) < self.max_depth,
                "resources": self._resources_wanted(response)}

    def _read_here(self, response: Response, content_type: str) -> PageReading:
        """The page read in the crawl's process; the extraction pipeline extracts from the same parse."""
        page = load_page(response.body, response.url, content_type or None)
        reading = read_page(page, **self._wanted(response))
        reading.page = page
        return reading

    def _is_page(self, response: Response, content_type: str) -> bool:
        """An HTML page to read; not a re-check found unchanged, a cut response or a feed."""
        return (self.archive.failure is None and not response.meta.get("newsarchive_unchanged")
                and failure_of(response) is None and not self._is_feed_seed(response, content_type)
                and is_html(response, content_type))

    def _parse_other(self, response: Response, content_type: str) -> Iterator[Any]:
        if self.archive.failure is not None:
            return  # nothing more is archived: the next run fetches this page again
        if response.meta.get("newsarchive_unchanged"):
            self._went_on(response)
            self._find_resources(response)
            yield self._unchanged(response)
            return
        if cut := failure_of(response):  # archived as WARC-Truncated, never an article
            self._fail(cut, response.url)
            self._done(response)
            return
        if self._is_feed_seed(response, content_type):
            yield from self.parse_feed(response)
            return
        kind = content_type.split(";", 1)[0] or "unknown type"
        self._fail(f"not HTML ({kind})", response.url)
        self._done(response)

    def _page_output(self, response: Response, content_type: str, reading: PageReading) -> Iterator[Any]:
        """The page's item, then requests for the pages it leads to (in the frontier first:
        the links go there before the page can be acknowledged, by its item)."""
        front = self._front_seeds(response, reading.front)
        if front is not None:
            follow = front  # a front's article links are seeds; nothing else of it is followed
        else:
            follow = self._links_to_follow(reading.links, response.meta.get(DEPTH, 0) + 1) if reading.links else []
        if reading.resources is not None:
            response.meta[RESOURCES_KEY] = reading.resources
        yield FetchedPage(
            url=response.meta.get("redirect_urls", [response.url])[0],
            final_url=response.url,
            status=response.status,
            content_type=content_type or None,
            body=response.body,
            fetched_at=_fetched_at(response),
            warc=response.meta.get("warc"),
            page=reading.page,
            extraction=reading.extraction,
            given_seed=bool(response.meta.get(GIVEN)) and front is None,
        )
        for entry in follow:
            yield self._request(entry)

    def _unchanged(self, response: Response) -> Unchanged:
        return Unchanged(response.url, response.status, _fetched_at(response),
                         etag=_header(response, "ETag"), last_modified=_header(response, "Last-Modified"))

    def on_error(self, failure: Failure) -> Iterator[Any]:
        request = getattr(failure, "request", None)
        self._count_resource(request)
        response = failure.value.response if failure.check(HttpError) else None
        if response is not None and response.status == 304:
            self._went_on(response)
            self._find_resources(response)
            yield self._unchanged(response)
            return
        self._fail(failure_reason(failure), _asked_for(request))
        if response is not None and response.status in GONE and not request.meta.get(RESOURCE_KEY):
            yield Removed(response.url, response.status, _fetched_at(response))
        else:
            self._done(request)

    # -- page resources (newsarchive.crawl.resources) ---------------------------------
    def _resources_wanted(self, response: Response) -> str:
        """The resource mode for this response's page: ``none`` for a resource itself."""
        policy = self.resource_policy
        return policy.mode if policy.enabled and not response.meta.get(RESOURCE_KEY) else "none"

    def _find_resources(self, response: Response) -> None:
        """Leave the resource URLs of a page found unchanged on its response for :meth:`queue_resources`."""
        mode = self._resources_wanted(response)
        page = self._page_of_unchanged(response) if mode != "none" else None
        if page is not None:
            found = read_page(page, seed=False, follow=False, resources=mode).resources
            if found is not None:
                response.meta[RESOURCES_KEY] = found

    def _page_of_unchanged(self, response: Response) -> Page | None:
        """The page a re-check found unchanged: as sent again, or for a 304, the article archived before."""
        if response.status == 304:
            versions = self.archive.state.versions(response.url) if self.resource_policy.mode == "article" else []
            return archived_page(self.archive.warc_dir, versions[-1].warc) if versions and versions[-1].warc else None
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if not 200 <= response.status < 300 or not is_html(response, content_type):
            return None
        return load_page(response.body, response.url, content_type or None)

    def queue_resources(self, item: Any, response: Any, spider: Any, **kwargs: Any) -> None:
        """A page's item is through the pipelines: fetch its resources, if its kind of page wants them.

        Under ``article`` that is a page the extraction pipeline kept as an article (written,
        or unchanged since the version archived), under ``all`` every HTML page.
        """
        request = response.request if isinstance(response, Response) else getattr(response, "request", None)
        urls = request.meta.pop(RESOURCES_KEY, None) if request is not None else None
        if not urls or not self.resource_policy.wants(self._is_article(item)):
            return
        for entry in self._add_resources(request, urls):
            self.crawler.engine.crawl(self._request(entry))

    def _is_article(self, item: Any) -> bool:
        if isinstance(item, Unchanged):
            known = self.archive.state.get(item.url)
            return known is not None and known.version > 0
        return isinstance(item, Article)

    def _add_resources(self, fetched: Response | scrapy.Request, urls: list[str]) -> list[Entry]:
        """Put up to ``NEWSARCHIVE_RESOURCES_PER_PAGE`` resources of a page in the frontier; the new ones."""
        kept, over = self.resource_policy.limit(urls)
        if over:
            self.crawler.stats.inc_value("newsarchive/resources_over_limit", over)
            logger.warning("resource limit: %d of the %d resources of %s left out (NEWSARCHIVE_RESOURCES_PER_PAGE"
                           " is %d)", over, len(urls), fetched.url, self.resource_policy.per_page)
        depth = fetched.meta.get(DEPTH, 0) + 1
        return self._add([Entry(url, depth, "resource") for url in kept if len(url) <= self.url_limit])

    def _resource_request(self, entry: Entry) -> scrapy.Request:
        maxsize = self.resource_policy.maxsize
        return scrapy.Request(entry.url, callback=self.parse_resource, errback=self.on_error,
                              meta={DEPTH: entry.depth, FRONTIER_KEY: entry.url, RESOURCE_KEY: True,
                                    "download_maxsize": maxsize, "download_warnsize": maxsize})

    def parse_resource(self, response: Response) -> Iterator[scrapy.Request]:
        """A resource, archived by the ArchiveExtension already: never an item; a stylesheet's
        own references (images, fonts, imports) go into the frontier before it is acknowledged."""
        if self.archive.failure is not None:
            return
        self._count_resource(response.request)
        if cut := failure_of(response):
            self._fail(cut, response.url)
            self._done(response)
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        added = self._add_resources(response, stylesheet_resources(response.body, response.url, content_type))
        self._done(response)
        for entry in added:
            yield self._request(entry)

    def _count_resource(self, request: scrapy.Request | None) -> None:
        """Count a resource response the ArchiveExtension wrote (a 404 or a 304 too)."""
        if request is not None and request.meta.get(RESOURCE_KEY) and request.meta.get("warc"):
            self.crawler.stats.inc_value("newsarchive/resources")

    def _fail(self, reason: str, what: str) -> None:
        self.crawler.stats.inc_value(STAT_PREFIX + reason)
        logger.warning("failed: %s: %s", reason, what)
        self.crawler.signals.send_catch_log(fetch_failed, reason=reason, what=what)  # the crawl log


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
