"""Responses cut short are kept, marked with why, instead of being thrown away.

Scrapy drops a response whole when it is over ``DOWNLOAD_MAXSIZE`` (declared or
received), when ``DOWNLOAD_TIMEOUT`` passes while the body is still arriving, or
when the connection is lost mid-body: the archive would then have no record of
the fetch at all. A web archive keeps what arrived and says it is partial, with
the WARC ``WARC-Truncated`` header (``length``, ``time``, ``disconnect``).

:class:`DownloadLimits` enforces the size limit and a time budget for the body
itself, from the ``headers_received`` and ``bytes_received`` signals, and ends an
offending download with ``StopDownload(fail=False)``: Scrapy then hands on the
response with the bytes received so far and the ``download_stopped`` flag, and
the reason is left in ``request.meta["newsarchive_truncated"]``. A connection
lost mid-body gives the ``dataloss`` flag when ``DOWNLOAD_FAIL_ON_DATALOSS`` is
False. :func:`truncation_of` reads either back as the ``WARC-Truncated`` value.

Scrapy's own size check runs in the same places, after the signals, and would
cancel the download (and discard the body) first: for the length of each
download the extension sets ``request.meta["download_maxsize"]`` to 0 (Scrapy
reads it right after ``headers_received``) and puts the value back when the
request leaves the downloader, before the downloader middlewares see the
response, so that HttpCompressionMiddleware still caps the decompressed size
(a compression bomb is archived compressed, then fails as too large).

Nothing of a body is kept here (Scrapy's reader buffers it): only a few numbers
per download in progress, dropped when the request leaves the downloader.
"""

from __future__ import annotations

import logging
from time import monotonic
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import StopDownload
from scrapy.http import Request, Response

logger = logging.getLogger(__name__)

#: ``request.meta`` key holding why the extension stopped a download ("length" or "time")
META_KEY = "newsarchive_truncated"
#: share of the download's timeout after which a body still arriving is cut: the rest
#: is the margin for the cut to come before Scrapy's timeout discards the response
BODY_SHARE = 0.8
#: the reasons of :func:`truncation_of` as failure reasons for the log and the stats
FAILURE_REASONS = {
    "length": "too large",
    "time": "too slow",
    "disconnect": "cut short (connection lost)",
    "unspecified": "cut short (download stopped)",
}
_ABSENT = object()


def truncation_of(response: Response, request: Request | None = None) -> str | None:
    """The ``WARC-Truncated`` value for ``response``: None when its body is whole.

    ``"length"`` (over the size limit), ``"time"`` (too slow), ``"disconnect"``
    (connection lost mid-body), or ``"unspecified"`` for a download stopped by
    some other ``StopDownload(fail=False)``. Reads only the response's flags and
    its request's meta, so it gives the same answer before and after the
    downloader middlewares (which keep both). Pass ``request`` where Scrapy has
    not yet tied it to the response (``response.request`` is still None in a
    ``response_downloaded`` handler).
    """
    flags = response.flags or ()
    if "download_stopped" in flags:
        request = request if request is not None else response.request
        reason = request.meta.get(META_KEY) if request is not None else None
        return reason if reason in ("length", "time") else "unspecified"
    if "dataloss" in flags:
        return "disconnect"
    return None


def failure_of(response: Response, request: Request | None = None) -> str | None:
    """Why a truncated response cannot be an article (``too large``, ...), or None."""
    reason = truncation_of(response, request)
    return FAILURE_REASONS[reason] if reason else None


class _Download:
    """What is known of one body in progress."""

    __slots__ = ("deadline", "declared", "limit", "received", "saved_maxsize")

    def __init__(self, limit: int, declared: int | None, deadline: float, saved_maxsize: Any) -> None:
        self.limit = limit  # bytes, 0 for no limit
        self.declared = declared  # the Content-Length, None when unknown
        self.received = 0
        self.deadline = deadline  # time.monotonic() after which the body is cut
        self.saved_maxsize = saved_maxsize  # request.meta["download_maxsize"] before the download


def _optional_seconds(value: Any) -> float | None:
    """A positive number of seconds, or None for unset (None, empty, 0)."""
    if value is None or str(value).strip().lower() in {"", "none"}:
        return None
    seconds = float(value)
    return seconds if seconds > 0 else None


class DownloadLimits:
    """Ends over-long and too-slow bodies early, keeping what arrived (see the module doc)."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.maxsize = settings.getint("DOWNLOAD_MAXSIZE")
        self.timeout = settings.getfloat("DOWNLOAD_TIMEOUT")
        self.body_timeout = _optional_seconds(settings.get("NEWSARCHIVE_BODY_TIMEOUT"))
        self.stats = crawler.stats
        self._downloads: dict[Request, _Download] = {}
        crawler.signals.connect(self.headers_received, signal=signals.headers_received)
        crawler.signals.connect(self.bytes_received, signal=signals.bytes_received)
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(self.request_left_downloader, signal=signals.request_left_downloader)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DownloadLimits:
        return cls(crawler)

    # -- signals ---------------------------------------------------------------
    def headers_received(self, headers: Any, body_length: Any, request: Request, spider: Any) -> None:
        request.meta.pop(META_KEY, None)  # a copy of a request (retry, redirect) starts afresh
        now = monotonic()
        meta = request.meta
        limit = int(meta.get("download_maxsize", self.maxsize) or 0)
        timeout = float(meta.get("download_timeout") or self.timeout or 0)
        # Scrapy's timeout runs from the start of the download: download_latency is
        # the time it took to the headers (set just before this signal)
        started = now - float(meta.get("download_latency") or 0)
        deadline = started + BODY_SHARE * timeout if timeout > 0 else float("inf")
        if self.body_timeout is not None:
            deadline = min(deadline, now + self.body_timeout)
        declared = body_length if isinstance(body_length, int) and body_length >= 0 else None
        saved = meta.get("download_maxsize", _ABSENT)
        if limit:
            meta["download_maxsize"] = 0  # Scrapy's own check off for this download: ours stops it
        self._downloads[request] = _Download(limit, declared, deadline, saved)

    def bytes_received(self, data: bytes, request: Request, spider: Any) -> None:
        download = self._downloads.get(request)
        if download is None:
            return
        download.received += len(data)
        received, declared, limit = download.received, download.declared, download.limit
        if declared is not None and received >= declared:
            return  # whole: Twisted ends the body at its Content-Length
        if limit and (received > limit or (received == limit and declared is not None)):
            self._stop(request, "length")
        if monotonic() >= download.deadline:
            self._stop(request, "time")

    def _stop(self, request: Request, reason: str) -> None:
        request.meta[META_KEY] = reason
        raise StopDownload(fail=False)

    def response_downloaded(self, response: Response, request: Request, spider: Any) -> None:
        reason = truncation_of(response, request)
        if reason:
            self.stats.inc_value(f"newsarchive/truncated/{reason}")
            logger.debug("truncated (%s) after %d bytes: %s", reason, len(response.body), response.url)

    def request_left_downloader(self, request: Request, spider: Any) -> None:
        download = self._downloads.pop(request, None)
        if download is None or not download.limit:
            return
        if download.saved_maxsize is _ABSENT:
            request.meta.pop("download_maxsize", None)
        else:
            request.meta["download_maxsize"] = download.saved_maxsize

    def spider_closed(self, spider: Any) -> None:
        self._downloads.clear()
