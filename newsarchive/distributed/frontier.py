"""The frontier of a worker's archive part, kept in the crawl's Redis keys.

Same interface as :class:`newsarchive.store.frontier.Frontier`, so the spider and
the store need no other code path: ``add`` queues the entries in Redis straight
away (nothing is left for the spider to schedule locally: every page goes through
the shared queue, and a page's links are queued before the page can be
acknowledged), ``done`` acknowledges leases, and ``pending`` is empty because
unfinished pages come back through lapsed leases, not through a local table.
"""

from __future__ import annotations

from collections.abc import Iterable

import redis

from newsarchive.distributed.crawl import RedisCrawl
from newsarchive.store.errors import StoreWriteError
from newsarchive.store.frontier import Entry


class RedisFrontier:
    def __init__(self, crawl: RedisCrawl) -> None:
        self.crawl = crawl

    def add(self, entries: Iterable[Entry]) -> list[Entry]:
        """Queue the entries; returns none, since the shared scheduler hands them out."""
        try:
            self.crawl.add(entries)
        except redis.RedisError as exc:
            raise StoreWriteError(f"Redis crawl {self.crawl.crawl_id}", str(exc)) from None
        return []

    def done(self, urls: Iterable[str]) -> None:
        try:
            self.crawl.ack(urls)
        except redis.RedisError as exc:
            raise StoreWriteError(f"Redis crawl {self.crawl.crawl_id}", str(exc)) from None

    def state_of(self, url: str) -> str | None:
        if self.crawl.server.sismember(self.crawl.keys.done, url):
            return "done"
        return "pending" if self.crawl.server.sismember(self.crawl.keys.seen, url) else None

    def pending(self) -> list[Entry]:
        return []

    def seeds(self) -> list[Entry]:
        return self.crawl.seeds()

    def counts(self) -> tuple[int, int]:
        counts = self.crawl.counts()
        return counts["queued"] + counts["in_flight"], counts["done"]

    def clear(self) -> None:
        """Nothing: the crawl's keys outlive each worker (``crawl --clear`` removes them)."""
