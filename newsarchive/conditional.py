"""Downloader middleware: conditional requests for pages archived before.

A re-check of a known article sends the ``ETag`` and ``Last-Modified`` it was
served with as ``If-None-Match`` / ``If-Modified-Since``; a server that supports
them answers ``304 Not Modified`` with no body, which costs the outlet and the
archive almost nothing. Every crawl into a folder is incremental, so it is always on.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler

from newsarchive.archive import archive_of
from newsarchive.store.archive import Archive


class ConditionalRequestsMiddleware:
    def __init__(self, archive: Archive) -> None:
        self.archive = archive

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestsMiddleware:
        return cls(archive_of(crawler))

    def process_request(self, request: Request) -> None:
        if request.method != "GET" or b"If-None-Match" in request.headers:
            return
        known = self.archive.state.get(request.url)
        if known is None:
            return
        if known.etag:
            request.headers[b"If-None-Match"] = known.etag
        if known.last_modified:
            request.headers[b"If-Modified-Since"] = known.last_modified
