"""Scrapy extension that owns the archive folder in a crawl and writes every HTTP exchange to it.

It listens to ``response_downloaded``, which Scrapy sends as soon as the download
handler returns, before any downloader middleware has decompressed the body or
followed a redirect: so redirects, error pages and robots.txt are archived too,
with the payload exactly as received. The record's location is left in
``request.meta["warc"]`` and the fetch time in ``request.meta["fetched_at"]``
for the spider and pipelines. Every crawl into a folder is incremental: a page
whose payload was archived before becomes a ``revisit`` record, and
``request.meta["newsarchive_unchanged"]`` tells the spider so.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from importlib.metadata import version
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

from newsarchive import __version__
from newsarchive.capture import pop_raw_heads
from newsarchive.crawl.truncation import truncation_of
from newsarchive.store.archive import Archive
from newsarchive.store.errors import StoreWriteError
from newsarchive.store.frontier import FRONTIER_KEY
from newsarchive.timestamps import iso_utc, utc_now
from newsarchive.warc import facts_of

logger = logging.getLogger(__name__)

#: the finish reason of a crawl stopped by a failed write (exit status 1)
WRITE_FAILED = "archive write failed"

#: settings recorded in each warcinfo record, so an archive says how it was made
RECORDED_SETTINGS = (
    "USER_AGENT", "ROBOTSTXT_OBEY", "NEWSARCHIVE_DEPTH", "NEWSARCHIVE_SAME_SITE",
    "AUTOTHROTTLE_ENABLED", "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN",
    "DOWNLOAD_DELAY", "DOWNLOAD_MAXSIZE", "DOWNLOAD_TIMEOUT",
)


def fallback_heads(request: Request, response: Response) -> tuple[bytes, bytes]:
    """Heads rebuilt from Scrapy's view, for responses no capture saw."""
    target = request.url.split("://", 1)[-1].split("/", 1)
    path = "/" + (target[1] if len(target) > 1 else "")
    req = [f"{request.method} {path} HTTP/1.1".encode()]
    req += [k + b": " + v for k, vs in request.headers.items() for v in vs]
    resp = [f"HTTP/1.1 {response.status}".encode()]
    resp += [k + b": " + v for k, vs in response.headers.items() for v in vs]
    return b"\r\n".join(req) + b"\r\n\r\n", b"\r\n".join(resp) + b"\r\n\r\n"


class ArchiveExtension:
    """Owns the archive folder in a crawl and writes a request and a response record per download.

    The folder is the one the runner opened and handed to the spider
    (``spider.archive``), or, under plain ``scrapy crawl``, one this extension opens
    from ``NEWSARCHIVE_OUTPUT`` itself. Other components reach it through
    ``crawler.get_extension(ArchiveExtension).archive``. It also acknowledges each
    frontier page once everything the page led to is on disk (the item it yielded
    went through every pipeline, or was dropped), and stops the crawl at the first
    write that fails.
    """

    def __init__(self, crawler: Crawler, archive: Archive, owned: bool) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.archive = archive
        self.owned = owned
        info = {
            "software": f"newsarchive/{__version__} (Scrapy {scrapy.__version__}, warcio {version('warcio')})",
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "http-header-user-agent": settings.get("USER_AGENT"),
            "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
            "settings": json.dumps({k: settings.get(k) for k in RECORDED_SETTINGS}, default=str),
        }
        self.warc = archive.warc_writer(info, settings.getint("NEWSARCHIVE_WARC_MAX_SIZE"),
                                        settings.get("NEWSARCHIVE_WARC_PREFIX"))
        archive.on_failure(self._stop)
        connect = crawler.signals.connect
        connect(self.response_downloaded, signal=signals.response_downloaded)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            connect(self.item_done, signal=signal)
        connect(self.request_dropped, signal=signals.request_dropped)
        connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveExtension:
        archive = getattr(getattr(crawler, "spider", None), "archive", None)
        if archive is not None:
            return cls(crawler, archive, owned=False)
        archive = Archive.open(crawler.settings.get("NEWSARCHIVE_OUTPUT"))
        try:
            return cls(crawler, archive, owned=True)
        except BaseException:
            archive.close()
            raise

    # -- writing ---------------------------------------------------------------------
    def response_downloaded(self, response: Response, request: Request, spider: Any) -> None:
        if self.archive.failure is not None:
            return
        try:
            self._write(response, request)
        except StoreWriteError as exc:
            self.archive.fail(exc)

    def _write(self, response: Response, request: Request) -> None:
        now = utc_now()
        heads = pop_raw_heads(response) or fallback_heads(request, response)
        truncated = truncation_of(response, request)
        ip = str(response.ip_address) if response.ip_address else None
        resp = self.warc.response_record(response.url, heads[1], response.body, now, ip, truncated)
        extra = []
        revisit = self._revisit(response, heads[1], resp, now)
        if revisit is not None:
            resp = revisit
            request.meta["newsarchive_unchanged"] = True
            if response.status == 304:
                record_id = resp.rec_headers.get_header("WARC-Record-ID")
                extra.append(self.warc.head_record(response.url, heads[1], now, record_id))
        req = self.warc.request_record(
            request.url, heads[0], request.body or b"", now,
            resp.rec_headers.get_header("WARC-Record-ID"))
        pointer, *_ = self.warc.write(resp, req, *extra)
        if revisit is None:
            self.archive.remember(facts_of(resp))
        request.meta["warc"] = pointer.as_dict()
        request.meta["fetched_at"] = iso_utc(now)
        if revisit is not None:
            self.stats.inc_value("newsarchive/revisits")
        self.stats.inc_value("newsarchive/pages")
        self.stats.inc_value("newsarchive/warc_records", 2 + len(extra))

    def _revisit(self, response: Response, head: bytes, record: Any, now: datetime) -> Any:
        """A revisit record instead of ``record`` when the folder has this payload already.

        A 304 or a payload whose digest equals the one archived before is written as
        an identical-payload-digest revisit pointing at the original response, so
        replay tools serve the original bytes and the archive does not grow. A 304's
        own head goes into a metadata record beside it (see ``WarcFile.head_record``).
        """
        known = self.archive.state.get(response.url)
        if known is None or not known.warc_record_id or not known.payload_digest:
            return None
        same = record.rec_headers.get_header("WARC-Payload-Digest") == known.payload_digest
        if not (response.status == 304 or (response.status == 200 and same)):
            return None
        return self.warc.revisit_record(response.url, None if response.status == 304 else head, now,
                                        known.payload_digest, known.warc_uri or response.url,
                                        known.warc_date or "", known.warc_record_id)

    # -- the frontier -----------------------------------------------------------------
    def item_done(self, item: Any, response: Response | Failure | None, spider: Any, **kwargs: Any) -> None:
        """An item went through the pipelines (or was dropped): its page is archived."""
        self.request_dropped(getattr(response, "request", None), spider)

    def request_dropped(self, request: Request | None, spider: Any) -> None:
        """A redirect to a page fetched already: the page it came from is archived."""
        key = request.meta.get(FRONTIER_KEY) if request is not None else None
        if key:
            self.archive.acknowledge(key)

    # -- stopping ---------------------------------------------------------------------
    def _stop(self, error: StoreWriteError) -> None:
        logger.error("%s; stopping (everything written before is whole; run the same command "
                     "again to go on)", error)
        self.stats.set_value("newsarchive/write_failed", str(error))
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=WRITE_FAILED))

    def spider_closed(self, spider: Any, reason: str) -> None:
        self.warc.close()
        self.archive.flush_acknowledged()
        frontier = self.archive.frontier
        if frontier is not None and self.archive.failure is None:
            pending, _ = frontier.counts()
            self.stats.set_value("newsarchive/frontier_pending", pending)
            if reason == "finished":
                if pending:
                    logger.warning("%d page(s) were left unfinished; the next run fetches them", pending)
                else:
                    frontier.clear()
        for path in self.warc.files:
            logger.info("WARC file written: %s", path)
        self.stats.set_value("newsarchive/warc_files", [str(p) for p in self.warc.files])
        if self.owned:
            self.archive.close()


def archive_of(crawler: Crawler) -> Archive:
    """The archive folder of a crawl, for the components built after the extensions."""
    extension = crawler.get_extension(ArchiveExtension)
    if extension is None:
        raise RuntimeError("newsarchive's components need the extension newsarchive.archive.ArchiveExtension")
    return extension.archive
