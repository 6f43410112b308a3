"""Scrapy extension that owns the archive folder in a crawl and writes every HTTP exchange to it.

It listens to ``response_downloaded``, which Scrapy sends as soon as the download
handler returns, before any downloader middleware has decompressed the body or
followed a redirect: so redirects, error pages and robots.txt are archived too,
with the payload exactly as received. The record's location is left in
``request.meta["warc"]`` and the fetch time in ``request.meta["fetched_at"]``
for the spider and pipelines. Every crawl into a folder is incremental: a page
whose payload was archived before becomes a ``revisit`` record, and
``request.meta["newsarchive_unchanged"]`` tells the spider so when the page is a
known article. Any other response whose payload equals the last one archived for its
URL (robots.txt, pages that are no articles) becomes a revisit too, and its
``request.meta["warc"]`` names the original response, which holds those bytes.

Dates: the request record is dated when the request head went to the socket, the
response (or revisit) when its head arrived, both as :mod:`newsarchive.capture` saw
them on the wire. Each WARC file's warcinfo says what was crawled (seeds, depth,
job, host, operator), and the run's crawl log (:mod:`newsarchive.crawl.crawllog`)
is written as the last record of the run.
"""

from __future__ import annotations

import json
import logging
import socket
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
from newsarchive.capture import pop_capture
from newsarchive.crawl.crawllog import CONTENT_TYPE, CrawlLog, fetch_failed, log_uri
from newsarchive.crawl.truncation import truncation_of
from newsarchive.store.archive import Archive
from newsarchive.store.errors import StoreWriteError
from newsarchive.store.frontier import FRONTIER_KEY
from newsarchive.store.indexes import update_indexes
from newsarchive.timestamps import iso_utc, utc_now
from newsarchive.warc import ResponseFacts, facts_of, warc_date

logger = logging.getLogger(__name__)

#: the finish reason of a crawl stopped by a failed write (exit status 1)
WRITE_FAILED = "archive write failed"

#: settings recorded in each warcinfo record, so an archive says how it was made
RECORDED_SETTINGS = (
    "USER_AGENT", "ROBOTSTXT_OBEY", "NEWSARCHIVE_DEPTH", "NEWSARCHIVE_SAME_SITE",
    "AUTOTHROTTLE_ENABLED", "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN",
    "DOWNLOAD_DELAY", "DOWNLOAD_MAXSIZE", "DOWNLOAD_TIMEOUT",
)
#: seeds listed one by one in a warcinfo; past this, their count and the first ones
SEEDS_LISTED = 100
#: when a request reached the downloader (the earliest its records can be dated)
REACHED = "newsarchive_reached"
#: archived payloads committed to the state together (one lost to a crash is only a full record next time)
PAYLOAD_BATCH = 64


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
        self.started = utc_now()
        self.log = CrawlLog()
        #: payloads written and not yet committed to the state: url -> (facts, warc pointer)
        self._payloads: dict[str, tuple[ResponseFacts, dict]] = {}
        self.warc = archive.warc_writer(self._warcinfo, settings.getint("NEWSARCHIVE_WARC_MAX_SIZE"),
                                        settings.get("NEWSARCHIVE_WARC_PREFIX"))
        self.warc.floor = self._floor
        archive.on_failure(self._stop)
        connect = crawler.signals.connect
        connect(self.response_downloaded, signal=signals.response_downloaded)
        connect(self.request_reached, signal=signals.request_reached_downloader)
        connect(self.fetch_failed, signal=fetch_failed)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            connect(self.item_done, signal=signal)
        connect(self.request_dropped, signal=signals.request_dropped)
        connect(self.spider_closed, signal=signals.spider_closed)

    def _warcinfo(self) -> list[tuple[str, str]]:
        """The fields of a file's warcinfo: how the archive was made, and of what."""
        settings, spider = self.crawler.settings, getattr(self.crawler, "spider", None)
        seeds = [*getattr(spider, "feed_urls", ()), *getattr(spider, "seed_urls", ())]
        depth = getattr(spider, "max_depth", settings.getint("NEWSARCHIVE_DEPTH"))
        fields = [
            ("software", f"newsarchive/{__version__} (Scrapy {scrapy.__version__}, warcio {version('warcio')})"),
            ("format", "WARC File Format 1.1"),
            ("conformsTo", "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"),
            ("isPartOf", self.archive.job or settings.get("NEWSARCHIVE_JOB") or ""),
            ("hostname", socket.gethostname()),
            ("operator", settings.get("NEWSARCHIVE_OPERATOR") or ""),
            ("contact", settings.get("NEWSARCHIVE_CONTACT_URL") or ""),
            ("http-header-user-agent", settings.get("USER_AGENT")),
            ("robots", "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore"),
            ("crawl-started", warc_date(self.started)),
            ("depth", str(depth)),
            ("seed-count", str(len(seeds))),
        ]
        fields += [("seed", url) for url in seeds[:SEEDS_LISTED]]
        if len(seeds) > SEEDS_LISTED:
            fields.append(("seeds-listed", f"the first {SEEDS_LISTED} of {len(seeds)}"))
        fields.append(("settings", json.dumps({k: settings.get(k) for k in RECORDED_SETTINGS}, default=str)))
        return fields

    def _floor(self) -> datetime | None:
        """The earliest a record still to be written can be dated: its request reached the downloader."""
        downloader = getattr(self.crawler.engine, "downloader", None)
        reached = [r.meta[REACHED] for r in getattr(downloader, "active", ()) if REACHED in r.meta]
        return min(reached, default=None)

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
    def request_reached(self, request: Request, spider: Any) -> None:
        request.meta[REACHED] = utc_now()

    def fetch_failed(self, reason: str, what: str) -> None:
        self.log.failed(warc_date(utc_now()), reason, what)

    def response_downloaded(self, response: Response, request: Request, spider: Any) -> None:
        if self.archive.failure is not None:
            return
        try:
            self._write(response, request)
        except StoreWriteError as exc:
            self.archive.fail(exc)

    def _write(self, response: Response, request: Request) -> None:
        (request_head, response_head), sent, received = self._wire(response, request)
        truncated = truncation_of(response, request)
        ip = str(response.ip_address) if response.ip_address else None
        records = [self.warc.response_record(response.url, response_head, response.body, received, ip, truncated)]
        digest = records[0].rec_headers.get_header("WARC-Payload-Digest")
        original = None if truncated else self._original(response, digest)
        if original is not None:
            records = self._revisit(response, response_head, received, ip, original[0])
        records.insert(1, self.warc.request_record(request.url, request_head, request.body or b"", sent,
                                                   records[0].rec_headers.get_header("WARC-Record-ID"), ip))
        pointer, *_ = self.warc.write(*records)
        request.meta["warc"] = pointer.as_dict()
        request.meta["fetched_at"] = iso_utc(received)
        if original is None:
            facts = facts_of(records[0])
            self.archive.remember(facts)
            if not truncated:
                self._add_payload(response.url, facts, pointer.as_dict())
        elif original[1] is None:  # a known article: the spider need not look at it again
            request.meta["newsarchive_unchanged"] = True
            self.stats.inc_value("newsarchive/revisits")  # the summary's "unchanged since the last run"
        else:  # the record holding the bytes, for an article made from them
            request.meta["warc"] = original[1]
            self.stats.inc_value("newsarchive/revisits_other")
        self.stats.inc_value("newsarchive/pages")
        self.stats.inc_value("newsarchive/warc_records", len(records))
        note = "revisit" if original is not None else f"truncated: {truncated}" if truncated else ""
        self.log.fetched(warc_date(received), response.status, len(response.body), response.url, note)

    @staticmethod
    def _wire(response: Response, request: Request) -> tuple[tuple[bytes, bytes], datetime, datetime]:
        """Both heads as exchanged, when the request was sent and when the response head arrived."""
        now = utc_now()
        capture = pop_capture(response)
        if capture is None:
            return fallback_heads(request, response), now, now
        received = capture.received or now
        return (capture.request_head, capture.response_head), min(capture.sent or received, received), received

    def _revisit(self, response: Response, head: bytes, date: datetime, ip: str | None,
                 original: ResponseFacts) -> list[Any]:
        """A revisit of ``original`` (and, for a 304, the metadata record keeping its head)."""
        revisit = self.warc.revisit_record(
            response.url, None if response.status == 304 else head, date, original.payload_digest,
            original.uri or response.url, original.date, original.record_id, ip)
        if response.status != 304:
            return [revisit]
        return [revisit, self.warc.head_record(response.url, head, date, revisit.rec_headers.get_header("WARC-Record-ID"))]

    def _original(self, response: Response, digest: str) -> tuple[ResponseFacts, dict | None] | None:
        """The archived response this one repeats, with its ``warc`` pointer (None: a known article's).

        A known article answering 304, or with the payload digest of its last version,
        repeats that version's response; any other URL (robots.txt, pages that are no
        articles) repeats the last response archived for it when the digests are equal.
        Either way it is written as an identical-payload-digest revisit, so replay tools
        serve the original bytes and the archive does not grow. A 304's own head goes
        into a metadata record beside it (see ``WarcFile.head_record``).
        """
        state = self.archive.state
        known = state.get(response.url)
        if known is not None and known.warc_record_id and known.payload_digest and (
                response.status == 304 or (response.status == 200 and digest == known.payload_digest)):
            return ResponseFacts(known.warc_uri or response.url, known.warc_date or "", known.warc_record_id,
                                 known.payload_digest, None, None), None
        if response.status == 304:
            return None
        archived = self._payloads.get(response.url) or state.payload(response.url)
        if archived is not None and archived[0].payload_digest == digest:
            return archived
        return None

    def _add_payload(self, url: str, facts: ResponseFacts, pointer: dict) -> None:
        self._payloads[url] = (facts, pointer)
        if len(self._payloads) >= PAYLOAD_BATCH:
            self._flush_payloads()

    def _flush_payloads(self) -> None:
        """Commit the payloads written since the last commit (their records are on disk)."""
        payloads, self._payloads = self._payloads, {}
        if payloads:
            self.archive.state.add_payloads((url, *archived) for url, archived in payloads.items())

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
        if self.archive.failure is None:
            try:
                self._flush_payloads()
            except StoreWriteError as exc:
                self.archive.fail(exc)
        self._write_crawl_log()
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
        if self.archive.failure is None:  # after a failed write, the next run brings them up to date
            update_indexes(self.archive.folder)  # indexes/index.cdxj and pages/pages.jsonl
        if self.owned:
            self.archive.close()

    def _write_crawl_log(self) -> None:
        """The run's crawl log, as the last record of its last WARC file (not after a failed write)."""
        if self.archive.failure is not None:
            return
        record = self.warc.resource_record(log_uri(self.started), CONTENT_TYPE, self.log.to_bytes(), utc_now())
        try:
            self.warc.write(record)
        except StoreWriteError as exc:
            logger.error("%s: the crawl log of this run is not in the archive", exc)
            self.stats.set_value("newsarchive/write_failed", str(exc))


def archive_of(crawler: Crawler) -> Archive:
    """The archive folder of a crawl, for the components built after the extensions."""
    extension = crawler.get_extension(ArchiveExtension)
    if extension is None:
        raise RuntimeError("newsarchive's components need the extension newsarchive.archive.ArchiveExtension")
    return extension.archive
