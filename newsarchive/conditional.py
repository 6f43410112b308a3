"""Downloader middleware: conditional requests for pages a periodic job archived before.

A re-check of a known article sends the ``ETag`` and ``Last-Modified`` it was
served with as ``If-None-Match`` / ``If-Modified-Since``; a server that supports
them answers ``304 Not Modified`` with no body, which costs the outlet and the
archive almost nothing. Enabled when ``NEWSARCHIVE_STATE`` names a state database.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.state import StateDB, open_state


class ConditionalRequestsMiddleware:
    def __init__(self, state: StateDB) -> None:
        self.state = state

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestsMiddleware:
        state = open_state(crawler.settings.get("NEWSARCHIVE_STATE"))
        if state is None:
            raise NotConfigured
        return cls(state)

    def process_request(self, request: Request) -> None:
        if request.method != "GET" or b"If-None-Match" in request.headers:
            return
        known = self.state.get(request.url)
        if known is None:
            return
        if known.etag:
            request.headers[b"If-None-Match"] = known.etag
        if known.last_modified:
            request.headers[b"If-Modified-Since"] = known.last_modified
