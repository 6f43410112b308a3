"""Item pipeline: turn each fetched HTML page into an article record, or drop it.

The work is :func:`newsarchive.extraction.extract`, a pure function of the page;
this pipeline only adds what the crawl knows (URLs, status, fetch time, WARC
location) and counts what it did.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsarchive.extraction import extract, load_page
from newsarchive.items import Article, FetchedPage

logger = logging.getLogger(__name__)


def article_from(fetched: FetchedPage, fields: dict[str, Any]) -> Article:
    return Article(url=fetched.url, final_url=fetched.final_url, fetched_at=fetched.fetched_at,
                   status=fetched.status, warc=fetched.warc, **fields)


class ExtractionPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.seconds = crawler.settings.getfloat("NEWSARCHIVE_EXTRACT_TIMEOUT")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        page = item.page or load_page(item.body, item.final_url, item.content_type)
        result = extract(page, self.seconds)
        if result.error:
            self.stats.inc_value("newsarchive/extraction_errors")
            logger.warning("extraction failed: %s: %s", item.final_url, result.error)
        if not result.is_article:
            self.stats.inc_value("newsarchive/pages_not_article")
            raise DropItem(f"not an article: {item.final_url}", log_level="DEBUG")
        self.stats.inc_value("newsarchive/articles")
        return article_from(item, result.fields)
