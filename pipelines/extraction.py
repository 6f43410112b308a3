"""Item pipeline: turn each fetched HTML page into an article record, or drop it.

The work is :func:`newsarchive.extraction.extract`, a pure function of the page;
this pipeline only adds what the crawl knows (URLs, status, fetch time, WARC
location) and counts what it did. Scrapy runs in one process and keeps one core
busy downloading, decompressing and parsing; with ``NEWSARCHIVE_EXTRACT_PROCESSES``
above 0, extraction runs in that many worker processes, so other cores do it in
parallel (faster, at the cost of each worker's memory). By default it runs in the
crawl's own process, reusing the page the spider parsed for its links.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Any, NoReturn

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.asyncio import is_asyncio_available

from newsarchive.extraction import (
    Extraction,
    could_be_article,
    empty_fields,
    extract,
    extract_payload,
    load_page,
)
from newsarchive.items import Article, FetchedPage

logger = logging.getLogger(__name__)


def article_from(fetched: FetchedPage, fields: dict[str, Any]) -> Article:
    return Article(url=fetched.url, final_url=fetched.final_url, fetched_at=fetched.fetched_at,
                   status=fetched.status, warc=fetched.warc, **fields)


class ExtractionPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.seconds = crawler.settings.getfloat("NEWSARCHIVE_EXTRACT_TIMEOUT")
        self.processes = crawler.settings.getint("NEWSARCHIVE_EXTRACT_PROCESSES")
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        if self.processes > 0 and is_asyncio_available():
            # spawn, not fork: the crawl process runs a reactor and threads
            self.pool = ProcessPoolExecutor(self.processes, mp_context=get_context("spawn"))

    def close_spider(self) -> None:
        if self.pool:
            self.pool.shutdown()

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        if item.page is not None and not could_be_article(item.page):
            self._not_article(item)
        result = await self._extract(item)
        if result.error:
            self.stats.inc_value("newsarchive/extraction_errors")
            logger.warning("extraction failed: %s: %s", item.final_url, result.error)
        if not result.is_article:
            self._not_article(item)
        self.stats.inc_value("newsarchive/articles")
        return article_from(item, result.fields)

    def _not_article(self, item: FetchedPage) -> NoReturn:
        self.stats.inc_value("newsarchive/pages_not_article")
        if item.given_seed:  # the user meant it: say why it gave nothing (fronts and feeds give seeds)
            self.stats.inc_value("newsarchive/seeds_not_article")
            logger.warning("not an article (no article type, date or text of one, and too few links to "
                           "articles to be a front): archived in the WARC only: %s", item.final_url)
        raise DropItem(f"not an article: {item.final_url}", log_level="DEBUG")

    async def _extract(self, item: FetchedPage) -> Extraction:
        if self.pool is None:
            return extract(item.page or load_page(item.body, item.final_url, item.content_type), self.seconds)
        future = self.pool.submit(extract_payload, item.body, item.final_url, item.content_type, self.seconds)
        try:
            return await asyncio.wrap_future(future)
        except BrokenProcessPool as exc:  # a worker died (memory, a signal): that page fails, the crawl goes on
            self.pool.shutdown(wait=False)
            self.open_spider()
            return Extraction(empty_fields(), error=f"extraction worker died: {exc}")
