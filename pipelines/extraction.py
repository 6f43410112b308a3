"""Item pipeline: turn each fetched HTML page into an article record, or drop it.

The work is :func:`newsarchive.extraction.extract`, a pure function of the page;
this pipeline only adds what the crawl knows (URLs, status, fetch time, WARC
location) and counts what it did. By default it extracts in the crawl's own process,
from the page the spider parsed for its links. With ``NEWSARCHIVE_EXTRACT_PROCESSES``
above 0, the spider has each page read and extracted in a worker process
(:mod:`newsarchive.crawl.reading`), and the item arrives with its fields.
"""

from __future__ import annotations

import logging
from typing import Any, NoReturn

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsarchive.extraction import Extraction, could_be_article, extract, load_page
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
        result = item.extraction if item.extraction is not None else self._extract(item)
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

    def _extract(self, item: FetchedPage) -> Extraction:
        page = item.page or load_page(item.body, item.final_url, item.content_type)
        if not could_be_article(page):
            self._not_article(item)
        return extract(page, self.seconds)
