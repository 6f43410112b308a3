"""Item pipelines that keep the archive's state: version numbers, and the state database.

``VersionPipeline`` (before the JSON writer) gives each article record its
``version`` and ``changes``, and drops an article whose fields are the same as
its latest version: a re-check adds no record. ``StatePipeline`` (after the
JSON writer) commits what was archived to the state database, so the state never
describes a record or WARC response that is not on disk yet; it also records the
spider's re-check events (``Unchanged``, ``Removed``), which are never exported.
Every crawl into a folder is incremental, so both always run.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsarchive.archive import archive_of
from newsarchive.items import Article, Removed, Unchanged
from newsarchive.records import record_dict
from newsarchive.store.errors import StoreWriteError


class _StorePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.archive = archive_of(crawler)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    def _write(self, method: Any, *args: Any, **kwargs: Any) -> Any:
        """Call a state method; a failed write stops the crawl and drops the item."""
        if self.archive.failure is not None:
            raise DropItem("not archived: an earlier write failed", log_level="DEBUG")
        try:
            return method(*args, **kwargs)
        except StoreWriteError as exc:
            self.archive.fail(exc)
            raise DropItem(f"not archived: {exc}", log_level="DEBUG") from None


class VersionPipeline(_StorePipeline):
    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        state = self.archive.state
        version, changes = state.next_version(item.final_url, record_dict(item))
        if changes == {}:
            self._write(state.touch, item.final_url, item.fetched_at, item.status)
            self.stats.inc_value("newsarchive/articles_unchanged")
            raise DropItem(f"unchanged since version {version}: {item.final_url}", log_level="DEBUG")
        item.version, item.changes = version, changes
        self.stats.inc_value("newsarchive/articles_new" if changes is None else "newsarchive/articles_changed")
        return item


class StatePipeline(_StorePipeline):
    def process_item(self, item: Any) -> Any:
        state = self.archive.state
        if isinstance(item, Article):
            if item.warc:
                self._write(self.archive.add_archived, record_dict(item))
            return item
        if isinstance(item, (Unchanged, Removed)):
            known = state.get(item.url)
            if known and isinstance(item, Unchanged):
                self._write(state.touch, item.url, item.fetched_at, item.status, etag=item.etag,
                            last_modified=item.last_modified)
            elif known:
                self._write(state.mark_removed, item.url, item.fetched_at, item.status)
            raise DropItem(f"re-check of {item.url} recorded", log_level="DEBUG")
        return item
