"""Scrapy extension: a live progress line on stderr and a summary at the end.

The line shows pages fetched, articles extracted, failures and pages/s; on a
terminal it is redrawn in place, elsewhere (logs, CI) a line is printed every
``10 x NEWSARCHIVE_PROGRESS_INTERVAL`` seconds. The summary lists failures by reason and the
files written, so a user sees at once what a run did.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from twisted.internet import task

from newsarchive.crawl.seedkinds import seed_kinds_line
from newsarchive.failures import STAT_PREFIX
from newsarchive.sanitize import for_terminal
from newsarchive.store.archive import ARTICLES


def failures(stats: dict[str, Any]) -> dict[str, int]:
    """Failure counts by reason, most frequent first."""
    found = {k[len(STAT_PREFIX):]: v for k, v in stats.items() if k.startswith(STAT_PREFIX)}
    return dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))


def progress_line(stats: dict[str, Any], seconds: float) -> str:
    resources = stats.get("newsarchive/resources", 0)  # page resources are no pages
    pages = max(0, stats.get("newsarchive/pages", 0) - resources)
    rate = pages / seconds if seconds > 0 else 0.0
    return (f"{pages} pages, {stats.get('newsarchive/articles_written', 0)} articles, "
            f"{sum(failures(stats).values())} failed, " + (f"{resources} resources, " if resources else "")
            + f"{rate:.1f} pages/s")


def planned_text(pending: int, done: int, done_here: int, seconds: float) -> str:
    """``37/140 queued pages done, about 2 min left``: the crawl's known total and time left.

    The total is what the crawl's frontier holds (the seeds of a URL list or a job, then
    the links found): it grows while links are found. The time left is the pending
    pages at the rate pages were done so far in this run; none before the first.
    """
    text = f"{done}/{pending + done} queued pages done"
    if done_here and seconds > 0 and pending:
        text += f", about {_duration(pending * seconds / done_here)} left"
    return text


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:.1f} h"


def summary_text(stats: dict[str, Any], seconds: float, output: Path) -> str:
    lines = [f"done in {seconds:.1f} s: {progress_line(stats, seconds)}"]
    if kinds := seed_kinds_line(stats):
        lines.append("  " + kinds)
    if stats.get("newsarchive/recovered"):
        lines.append(f"  went on with {stats['newsarchive/recovered']} page(s) an interrupted run left unfinished")
    if stats.get("newsarchive/articles_changed"):
        lines.append(f"  changed since the last run: {stats['newsarchive/articles_changed']} article(s), "
                     "written as new versions")
    unchanged = stats.get("newsarchive/articles_unchanged", 0) + stats.get("newsarchive/revisits", 0)
    if unchanged:
        lines.append(f"  unchanged since the last run: {unchanged} page(s) (revisit records, no new lines)")
    for reason, count in failures(stats).items():
        lines.append(f"  failed ({reason}): {count}")
    if stats.get("newsarchive/resources_over_limit"):
        lines.append(f"  resources left out over the per-page limit: {stats['newsarchive/resources_over_limit']}")
    if stats.get("newsarchive/extraction_errors"):
        lines.append(f"  extraction errors: {stats['newsarchive/extraction_errors']}")
    articles = output / ARTICLES
    lines.append(f"articles: {articles}" + ("" if articles.exists() else " (none written)"))
    for path in stats.get("newsarchive/warc_files", []):
        lines.append(f"WARC:     {path}")
    return "\n".join(lines)


class Progress:
    def __init__(self, stats: StatsCollector, interval: float, output: Path,
                 stream: TextIO = sys.stderr) -> None:
        self.stats = stats
        self.interval = interval
        self.output = output
        self.stream = stream
        self.tty = stream.isatty()
        self.started = time.monotonic()
        self.ticks = 0
        self.loop: task.LoopingCall | None = None
        self.spider: Any = None
        self.archive: Any = None  # the crawl's archive folder: its frontier gives the total and the time left
        self.done_at_start = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_PROGRESS"):
            raise NotConfigured
        ext = cls(crawler.stats, settings.getfloat("NEWSARCHIVE_PROGRESS_INTERVAL"),
                  Path(settings.get("NEWSARCHIVE_OUTPUT")))
        # spider_closed receivers run in connection order: after the WARC archiver (order 100)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self.spider = spider
        self.loop = task.LoopingCall(self.tick)
        self.loop.start(self.interval, now=False)

    def tick(self) -> None:
        self.ticks += 1
        if not self.tty and self.ticks % 10:
            return
        seconds = time.monotonic() - self.started
        line = progress_line(self.stats.get_stats(), seconds)
        if planned := self._planned(seconds):
            line += "; " + planned
        if self.tty:
            self.stream.write("\r\033[K" + line)
        elif self.ticks % 10 == 0:
            self.stream.write(line + "\n")
        self.stream.flush()

    def _planned(self, seconds: float) -> str:
        """The frontier's total and the time left; "" where the crawl has no frontier (yet)."""
        if self.archive is None:  # the spider reaches its archive folder once it starts
            self.archive = getattr(self.spider, "archive", None)
            counts = self.archive.frontier_progress() if self.archive is not None else None
            if counts is None:
                self.archive = None
                return ""
            self.done_at_start = counts[1]
        counts = self.archive.frontier_progress()
        if not counts or not sum(counts):
            return ""
        pending, done = counts
        return planned_text(pending, done, done - self.done_at_start, seconds)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
        if self.tty:
            self.stream.write("\r\033[K")
        text = summary_text(self.stats.get_stats(), time.monotonic() - self.started, self.output)
        if reason != "finished":
            text += f"\nstopped: {reason}"
        self.stream.write(for_terminal(text, multiline=True) + "\n")
        self.stream.flush()
