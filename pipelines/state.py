"""Item pipelines of periodic jobs: version numbers, and the state database.

``VersionPipeline`` (before the exporters) gives each article record its
``version`` and ``changes``, and drops an article whose fields are the same as
its latest version: a re-check adds no record. ``StatePipeline`` (after the
exporters) commits what was archived to the state database, so the state never
describes a record or WARC response that is not on disk yet. Both read the
database named by ``NEWSARCHIVE_STATE``; without it only ``StatePipeline`` runs,
to keep the spider's re-check events (``Unchanged``, ``Removed``) out of feeds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from newsarchive.items import Article, Removed, Unchanged
from newsarchive.records import record_dict
from newsarchive.state import StateDB, open_state


class VersionPipeline:
    def __init__(self, state: StateDB, crawler: Crawler) -> None:
        self.state = state
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> VersionPipeline:
        state = open_state(crawler.settings.get("NEWSARCHIVE_STATE"))
        if state is None:
            raise NotConfigured
        return cls(state, crawler)

    def close_spider(self) -> None:
        self.state.close()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        version, changes = self.state.next_version(item.final_url, record_dict(item))
        if changes == {}:
            self.state.touch(item.final_url, item.fetched_at, item.status)
            self.stats.inc_value("newsarchive/articles_unchanged")
            raise DropItem(f"unchanged since version {version}: {item.final_url}", log_level="DEBUG")
        item.version, item.changes = version, changes
        self.stats.inc_value("newsarchive/articles_new" if changes is None else "newsarchive/articles_changed")
        return item


class StatePipeline:
    def __init__(self, state: StateDB | None, warc_dir: Path) -> None:
        self.state = state
        self.warc_dir = warc_dir

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatePipeline:
        return cls(open_state(crawler.settings.get("NEWSARCHIVE_STATE")),
                   Path(crawler.settings.get("NEWSARCHIVE_OUTPUT")) / "warc")

    def close_spider(self) -> None:
        if self.state:
            self.state.close()

    def process_item(self, item: Any) -> Any:
        if isinstance(item, Article):
            if self.state and item.warc:
                self.state.add_archived(record_dict(item), self.warc_dir)
            return item
        if isinstance(item, (Unchanged, Removed)):
            known = self.state.get(item.url) if self.state else None
            if known and isinstance(item, Unchanged):
                self.state.touch(item.url, item.fetched_at, item.status, etag=item.etag,
                                 last_modified=item.last_modified)
            elif known:
                self.state.mark_removed(item.url, item.fetched_at, item.status)
            raise DropItem(f"re-check of {item.url} recorded", log_level="DEBUG")
        return item
