"""Scrapy extension that writes every HTTP exchange to WARC files.

It listens to ``response_downloaded``, which Scrapy sends as soon as the download
handler returns, before any downloader middleware has decompressed the body or
followed a redirect: so redirects, error pages and robots.txt are archived too,
with the payload exactly as received. The record's location is left in
``request.meta["warc"]`` and the fetch time in ``request.meta["fetched_at"]``
for the spider and pipelines. In a periodic job (``NEWSARCHIVE_STATE`` set) a
page whose payload was archived before becomes a ``revisit`` record, and
``request.meta["newsarchive_unchanged"]`` tells the spider so.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Request, Response

from newsarchive import __version__
from newsarchive.capture import pop_raw_heads
from newsarchive.state import open_state
from newsarchive.timestamps import iso_utc, utc_now
from newsarchive.warc import WarcFile

logger = logging.getLogger(__name__)

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


class WarcArchiver:
    """Writes a request and a response record for every download."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.stats = crawler.stats
        info = {
            "software": f"newsarchive/{__version__} (Scrapy {scrapy.__version__}, warcio {version('warcio')})",
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "http-header-user-agent": settings.get("USER_AGENT"),
            "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
            "settings": json.dumps({k: settings.get(k) for k in RECORDED_SETTINGS}, default=str),
        }
        self.warc = WarcFile(
            Path(settings.get("NEWSARCHIVE_OUTPUT")) / "warc", info,
            max_size=settings.getint("NEWSARCHIVE_WARC_MAX_SIZE"),
            prefix=settings.get("NEWSARCHIVE_WARC_PREFIX"),
            fsync=settings.getbool("NEWSARCHIVE_FSYNC"),
        )
        self.state = open_state(settings.get("NEWSARCHIVE_STATE"))
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcArchiver:
        return cls(crawler)

    def response_downloaded(self, response: Response, request: Request, spider: Any) -> None:
        now = utc_now()
        heads = pop_raw_heads(response) or fallback_heads(request, response)
        truncated = "disconnect" if "dataloss" in (response.flags or []) else None
        ip = str(response.ip_address) if response.ip_address else None
        resp = self.warc.response_record(response.url, heads[1], response.body, now, ip, truncated)
        extra = []
        revisit = self._revisit(response, heads[1], resp, now)
        if revisit is not None:
            resp = revisit
            request.meta["newsarchive_unchanged"] = True
            self.stats.inc_value("newsarchive/revisits")
            if response.status == 304:
                record_id = resp.rec_headers.get_header("WARC-Record-ID")
                extra.append(self.warc.head_record(response.url, heads[1], now, record_id))
        req = self.warc.request_record(
            request.url, heads[0], request.body or b"", now,
            resp.rec_headers.get_header("WARC-Record-ID"))
        pointer, *_ = self.warc.write(resp, req, *extra)
        request.meta["warc"] = pointer.as_dict()
        request.meta["fetched_at"] = iso_utc(now)
        self.stats.inc_value("newsarchive/pages")
        self.stats.inc_value("newsarchive/warc_records", 2)

    def _revisit(self, response: Response, head: bytes, record: Any, now: datetime) -> Any:
        """A revisit record instead of ``record`` when a periodic job has this payload already.

        A 304 or a payload whose digest equals the one archived before is written as
        an identical-payload-digest revisit pointing at the original response, so
        replay tools serve the original bytes and the archive does not grow. A 304's
        own head goes into a metadata record beside it (see ``WarcFile.head_record``).
        """
        known = self.state.get(response.url) if self.state else None
        if known is None or not known.warc_record_id or not known.payload_digest:
            return None
        same = record.rec_headers.get_header("WARC-Payload-Digest") == known.payload_digest
        if not (response.status == 304 or (response.status == 200 and same)):
            return None
        return self.warc.revisit_record(response.url, None if response.status == 304 else head, now,
                                        known.payload_digest, known.warc_uri or response.url,
                                        known.warc_date or "", known.warc_record_id)

    def spider_closed(self, spider: Any) -> None:
        if self.state:
            self.state.close()
        self.warc.close()
        for path in self.warc.files:
            logger.info("WARC file written: %s", path)
        self.stats.set_value("newsarchive/warc_files", [str(p) for p in self.warc.files])
