"""Item pipeline that writes each article to the archive folder: version, line, state.

For every :class:`~newsarchive.items.Article` it takes the record once
(:func:`~newsarchive.records.record_dict`, sanitised), then

1. compares it with the URL's latest version in the state database: an article
   whose fields are the same is a re-check, recorded as such and dropped (no new
   line); otherwise it gets its ``version`` and ``changes``;
2. appends it to ``articles.jsonl`` as one whole line
   (:class:`~newsarchive.store.files.AppendOnlyLines`): Scrapy's feed exporters
   write through a buffered file, which a crash can leave with half a line;
3. commits it to the state database, after the line is on disk, so the state never
   describes a record that is not (a crash in between is repaired by the next run,
   see :meth:`~newsarchive.store.archive.Archive.reconcile`).

The spider's re-check events (:class:`~newsarchive.items.Unchanged`,
:class:`~newsarchive.items.Removed`) are recorded in the state and never exported.
A write that fails stops the crawl (:meth:`~newsarchive.store.archive.Archive.fail`)
and drops the item. Scrapy's own ``FEEDS`` still receive every article written.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsarchive.archive import archive_of
from newsarchive.changes import record_changes
from newsarchive.items import Article, Removed, Unchanged
from newsarchive.records import json_line, record_dict
from newsarchive.screenshot import screenshot_path
from newsarchive.store.errors import StoreWriteError
from newsarchive.store.files import AppendOnlyLines


class ArchivePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.archive = archive_of(crawler)
        self.stats = crawler.stats
        self.out: AppendOnlyLines | None = None
        self.screenshots = crawler.settings.getbool("NEWSARCHIVE_SCREENSHOTS")  # the record names its PNG

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
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
        if isinstance(item, Article):
            return self._article(item)
        if isinstance(item, (Unchanged, Removed)):
            self._recheck(item)
            raise DropItem(f"re-check of {item.url} recorded", log_level="DEBUG")
        return item

    def _article(self, item: Article) -> Article:
        if self.out is None or self.archive.failure is not None or not item.warc:
            raise DropItem(f"not archived: {item.final_url}", log_level="DEBUG")
        state = self.archive.state
        if self.screenshots:  # rendered at the end of the run (newsarchive.screenshot)
            item.screenshot = screenshot_path(item.warc)
        record = record_dict(item)
        version, changes = state.next_version(item.final_url, record)
        if changes == {}:
            self._write(state.touch, item.final_url, item.fetched_at, item.status)
            self.stats.inc_value("newsarchive/articles_unchanged")
            raise DropItem(f"unchanged since version {version}: {item.final_url}", log_level="DEBUG")
        # in the record, every compared field is named (null when unchanged): one shape for every reader
        item.version, item.changes = record["version"], record["changes"] = version, record_changes(changes)
        self._write(self.out.append, json_line(record))
        self.stats.inc_value("newsarchive/articles_written")
        self.stats.inc_value("newsarchive/articles_new" if changes is None else "newsarchive/articles_changed")
        self._write(self.archive.add_archived, record)  # a failure here is repaired from the line
        return item

    def _recheck(self, item: Unchanged | Removed) -> None:
        state = self.archive.state
        if state.get(item.url) is None:
            return
        if isinstance(item, Unchanged):
            self._write(state.touch, item.url, item.fetched_at, item.status, etag=item.etag,
                        last_modified=item.last_modified)
        else:
            self._write(state.mark_removed, item.url, item.fetched_at, item.status)

    def _write(self, method: Any, *args: Any, **kwargs: Any) -> Any:
        """Call a writing method; a failed write stops the crawl and drops the item."""
        if self.archive.failure is not None:
            raise DropItem("not archived: an earlier write failed", log_level="DEBUG")
        try:
            return method(*args, **kwargs)
        except StoreWriteError as exc:
            self.archive.fail(exc)
            raise DropItem(f"not archived: {exc}", log_level="DEBUG") from None
