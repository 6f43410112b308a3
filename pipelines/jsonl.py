"""Item pipeline that appends article records to ``DIR/articles.jsonl``.

Scrapy's feed exporters write through a buffered file, so a crawl killed mid-way
can leave half a line behind. Here every record is one ``write`` of a whole line
on a file opened in append mode (:class:`~newsarchive.store.files.AppendOnlyLines`):
a reader sees complete lines only, and earlier lines are never rewritten. A write
that fails stops the crawl (:meth:`~newsarchive.store.archive.Archive.fail`).
Scrapy's own ``FEEDS`` still work alongside.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsarchive.items import Article
from newsarchive.archive import archive_of
from newsarchive.records import record_line
from newsarchive.store.errors import StoreWriteError
from newsarchive.store.files import AppendOnlyLines


class JsonLinesPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.archive = archive_of(crawler)
        self.stats = crawler.stats
        self.out: AppendOnlyLines | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonLinesPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        try:
            self.out = self.archive.articles()
        except StoreWriteError as exc:
            self.archive.fail(exc)

    def close_spider(self) -> None:
        if self.out:
            self.out.close()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        if self.out is None or self.archive.failure is not None or not item.warc:
            raise DropItem(f"not archived: {item.final_url}", log_level="DEBUG")
        try:
            self.out.append(record_line(item))
        except StoreWriteError as exc:
            self.archive.fail(exc)
            raise DropItem(f"not archived: {item.final_url}", log_level="DEBUG") from None
        self.stats.inc_value("newsarchive/articles_written")
        return item
