"""One worker of a Redis crawl: its settings, its archive part, its life.

:class:`WorkerLifecycle` is the extension that keeps a worker honest towards the
others: it renews the worker's leases and gives lapsed ones (of dead workers) back
to the queue, publishes the worker's figures for ``newsarchive status``, keeps the
worker alive while other workers still hold leases (their pages may lead to more),
ends it when the crawl is finished (queue empty, no lease outstanding), and gives
its leases back at once on SIGTERM or any other stop.
"""

from __future__ import annotations

import logging
import os
import resource
import signal
import socket
import time
from pathlib import Path
from typing import Any

import redis
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.settings import Settings
from twisted.internet import task

from newsarchive.distributed.crawl import RedisCrawl
from newsarchive.distributed.frontier import RedisFrontier
from newsarchive.progress import failures
from newsarchive.seeds import SeedList
from newsarchive.store.archive import Archive
from newsarchive.store.merge import part_folder

logger = logging.getLogger(__name__)

#: how often a worker renews its leases, reaps lapsed ones and publishes its figures
TICK_SECONDS = 5.0


def default_worker_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def crawl_settings_of(crawl: RedisCrawl) -> dict[str, Any]:
    """The settings a crawl's seeder stored, to put over a worker's own."""
    config = crawl.config()
    if config is None:
        raise LookupError(f"no crawl {crawl.crawl_id!r} in Redis (start it with "
                          f"`newsarchive crawl --redis URL --crawl-id {crawl.crawl_id} ...`)")
    return config


def worker_settings(settings: Settings, crawl: RedisCrawl) -> None:
    """Make ``settings`` those of a worker of ``crawl`` (the crawl's own settings win)."""
    settings.setdict(crawl_settings_of(crawl), priority="cmdline")
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["newsarchive.distributed.worker.WorkerLifecycle"] = 110
    settings.setdict({
        "SCHEDULER": "newsarchive.distributed.scheduler.LeasingScheduler",
        "EXTENSIONS": extensions,
        "NEWSARCHIVE_WARC_PREFIX": f"{crawl.crawl_id}-{crawl.worker}",
    }, priority="cmdline")


def run_worker(settings: Settings, crawl: RedisCrawl, output: Path) -> int:
    """Run one worker into its part of ``output`` until the crawl is finished; its exit status."""
    from newsarchive.runner import crawl as run_spider
    from newsarchive.runner import exit_status

    worker_settings(settings, crawl)
    folder = part_folder(output, crawl.worker or "worker")
    settings.set("NEWSARCHIVE_OUTPUT", str(folder), priority="cmdline")
    with Archive.open(folder, job=f"worker {crawl.worker} of crawl {crawl.crawl_id}",
                      durable=settings.getbool("NEWSARCHIVE_DURABLE")) as archive:
        archive.frontier = RedisFrontier(crawl)
        _reclaim(crawl)
        return exit_status(run_spider(settings, seeds=SeedList(), archive=archive))


def _reclaim(crawl: RedisCrawl) -> None:
    """A worker started again under its name: what its killed run held goes back to the queue now."""
    try:
        reclaimed = crawl.reclaim()
    except redis.RedisError as exc:  # they lapse instead; the scheduler stops the worker if Redis stays away
        logger.warning("cannot give back the leases of an earlier run of this worker: %s", exc)
        return
    if reclaimed:
        logger.info("gave back %d page(s) an earlier run of worker %s held", reclaimed, crawl.worker)


class WorkerLifecycle:
    """Leases, figures and the end of a worker (see the module docstring)."""

    def __init__(self, crawler: Crawler, archive: Archive, crawl: RedisCrawl) -> None:
        self.crawler = crawler
        self.archive = archive
        self.crawl = crawl
        self.started = time.monotonic()
        self.tick_seconds = min(TICK_SECONDS, crawl.lease_seconds / 3)
        self.loop: task.LoopingCall | None = None
        self.state = "running"
        connect = crawler.signals.connect
        connect(self.engine_started, signal=signals.engine_started)
        connect(self.spider_idle, signal=signals.spider_idle)
        connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerLifecycle:
        archive = getattr(crawler.spider, "archive", None)  # the part run_worker opened
        if archive is None or not isinstance(archive.frontier, RedisFrontier):
            raise NotConfigured("not a worker of a Redis crawl")
        return cls(crawler, archive, archive.frontier.crawl)

    def engine_started(self) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.tick)
        self.loop.start(self.tick_seconds, now=False)
        previous = signal.getsignal(signal.SIGTERM)

        def on_sigterm(signum: int, frame: Any) -> None:
            from twisted.internet import reactor  # the one Scrapy installed

            reactor.callFromThread(self.give_back)
            if callable(previous):
                previous(signum, frame)

        signal.signal(signal.SIGTERM, on_sigterm)

    def tick(self) -> None:
        """Acknowledge what is on disk, renew the leases, reap lapsed ones, publish the figures."""
        self.archive.flush_acknowledged()
        try:
            self.crawl.renew()
            self.crawl.reap()
            self.publish("running" if self.crawl.held else self.state)
        except redis.RedisError as exc:  # the scheduler stops the worker if Redis stays away
            logger.warning("cannot reach Redis to renew this worker's leases: %s", exc)

    def give_back(self) -> None:
        """Stopping: what is on disk is acknowledged, every other lease goes back to the queue."""
        self.state = "stopping"
        self.archive.flush_acknowledged()
        try:
            self.crawl.release()
            self.publish()
        except redis.RedisError as exc:  # they lapse instead
            logger.warning("cannot give this worker's leases back (%s): they go back when they lapse", exc)

    def spider_idle(self) -> None:
        self.archive.flush_acknowledged()
        try:
            self.crawl.reap()
            going_on = self.crawl.exists() and not self.crawl.finished()
        except redis.RedisError:
            return  # the scheduler says why and stops the worker
        if self.archive.failure is None and going_on:
            self.publish("waiting")
            raise DontCloseSpider

    def spider_closed(self, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if reason != "finished":
            self.give_back()
        try:
            self.publish("finished" if reason == "finished" else f"stopped ({reason})")
        except redis.RedisError:
            pass

    def publish(self, state: str | None = None) -> None:
        self.state = state or self.state
        stats = self.crawler.stats.get_stats()
        seconds = time.monotonic() - self.started
        pages = stats.get("newsarchive/pages", 0)
        self.crawl.publish({
            "state": self.state, "pid": os.getpid(), "host": socket.gethostname(),
            "pages": pages, "articles": stats.get("newsarchive/articles_written", 0),
            "failed": sum(failures(stats).values()), "in_flight": len(self.crawl.held),
            "seconds": round(seconds, 1), "pages_per_s": round(pages / seconds, 2) if seconds > 0 else 0.0,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "part": str(self.archive.folder),
        })
