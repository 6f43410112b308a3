"""Duplicate filter that reports redirect loops instead of dropping them silently.

Scrapy's duplicate filter swallows a redirect back to a URL already requested,
so a page caught in a redirect loop would vanish from the run without a word.
Here a filtered request whose redirect chain already holds its URL is counted
and logged as a failure ("redirect loop"), like any other failed fetch, its
URLs without user names and passwords.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import Request
from scrapy.signalmanager import SignalManager
from scrapy.statscollectors import StatsCollector

from newsarchive.crawl.crawllog import fetch_failed
from newsarchive.failures import STAT_PREFIX
from newsarchive.sanitize import for_terminal, redact_url

logger = logging.getLogger(__name__)


class LoopReportingDupeFilter(RFPDupeFilter):
    stats: StatsCollector | None = None
    signals: SignalManager | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LoopReportingDupeFilter:
        dupefilter = super().from_crawler(crawler)
        dupefilter.stats = crawler.stats
        dupefilter.signals = crawler.signals
        return dupefilter

    def log(self, request: Request, spider: Any) -> None:
        chain = request.meta.get("redirect_urls") or []
        if request.url in chain and self.stats is not None:
            self.stats.inc_value(STAT_PREFIX + "redirect loop")
            loop = " -> ".join(redact_url(url) for url in [*chain, request.url])
            logger.warning("failed: redirect loop: %s", for_terminal(loop))
            if self.signals is not None:  # the crawl log
                self.signals.send_catch_log(fetch_failed, reason="redirect loop", what=loop)
        super().log(request, spider)
