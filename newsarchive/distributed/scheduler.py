"""scrapy-redis's scheduler, adapted to Scrapy 2.19 and to leases.

scrapy-redis 0.9.1 (pinned in pyproject.toml: this subclass leans on its internals)
is kept for what it does well: the shared queue and the shared dupefilter of
fingerprints. What changes here, and why:

- **Leases.** Its queues pop and forget; :class:`LeasedQueue` pops through
  :meth:`RedisCrawl.pop`, which leases the request in the same atomic step.
- **Persistence.** Its ``close`` deletes the queue unless ``SCHEDULER_PERSIST``: the
  first worker to finish would empty it under the others. The queue here is the
  crawl's and is never flushed by a worker (``crawl --clear`` removes it).
- **Scrapy 2.19.** Its ``enqueue_request``/``next_request`` pass ``spider=`` to the
  stats collector, which Scrapy 2.19 deprecates; its dupefilter is built from
  ``DUPEFILTER_CLASS`` with ``from_settings``. Both are replaced. Seeds need no
  ``start_requests()`` (which Scrapy 2.13+ no longer calls): the seeder queues them
  in Redis and the spider's ``start()`` yields nothing of its own.
"""

from __future__ import annotations

from typing import Any, Self

import redis
from scrapy.crawler import Crawler
from scrapy.http import Request
from scrapy.utils.request import request_from_dict
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import FifoQueue
from scrapy_redis.scheduler import Scheduler

from newsarchive.distributed.crawl import RedisCrawl, decode, encode_request
from newsarchive.distributed.frontier import RedisFrontier
from newsarchive.store.errors import StoreWriteError
from newsarchive.store.frontier import Entry


class LeasedQueue(FifoQueue):
    """The crawl's FIFO queue; a pop leases the request to this worker."""

    def __init__(self, crawl: RedisCrawl, spider: Any) -> None:
        super().__init__(crawl.server, spider, crawl.keys.queue)
        self.crawl = crawl

    def _encode_request(self, request: Request) -> bytes:
        return encode_request(request, self.spider)

    def _decode_request(self, encoded_request: bytes) -> Request:
        queued = decode(encoded_request)
        if isinstance(queued, Entry):
            return self.spider._request(queued)  # the spider owns how an entry is fetched
        return request_from_dict(queued, spider=self.spider)

    def __len__(self) -> int:
        return self.crawl.popped() + super().__len__()

    def pop(self, timeout: int = 0) -> Request | None:
        data = self.crawl.pop()
        return None if data is None else self._decode_request(data)


class LeasingScheduler(Scheduler):
    """The shared scheduler of a Redis crawl (``SCHEDULER`` of ``newsarchive worker``)."""

    def __init__(self, crawler: Crawler, crawl: RedisCrawl) -> None:
        super().__init__(crawl.server, persist=True, queue_key=crawl.keys.queue,
                         dupefilter=RFPDupeFilter(crawl.server, crawl.keys.dupefilter),
                         dupefilter_key=crawl.keys.dupefilter)
        self.crawl = crawl
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        frontier = getattr(getattr(crawler.spider, "archive", None), "frontier", None)
        if not isinstance(frontier, RedisFrontier):
            raise RuntimeError("LeasingScheduler runs under `newsarchive worker` (its archive part "
                               "has a Redis frontier)")
        return cls(crawler, frontier.crawl)

    def open(self, spider: Any) -> None:
        self.spider = spider
        self.queue = LeasedQueue(self.crawl, spider)

    def close(self, reason: str) -> None:
        """Keep the queue: it belongs to the crawl, not to this worker."""

    def has_pending_requests(self) -> bool:
        try:
            return super().has_pending_requests()
        except redis.RedisError as exc:
            return self._lost(exc)

    def enqueue_request(self, request: Request) -> bool:
        try:
            if not request.dont_filter and self.df.request_seen(request):
                self.df.log(request, self.spider)
                return False
            self.queue.push(request)
        except redis.RedisError as exc:
            return self._lost(exc)
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        try:
            request = self.queue.pop()
        except redis.RedisError as exc:
            return self._lost(exc) or None
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def _lost(self, exc: redis.RedisError) -> bool:
        """Redis is gone: a failed write of the crawl's frontier, which stops the worker as any
        failed write does (exit status 1); its leases lapse, so the pages it held are not lost."""
        self.spider.archive.fail(StoreWriteError(f"Redis crawl {self.crawl.crawl_id}", str(exc)))
        return False
