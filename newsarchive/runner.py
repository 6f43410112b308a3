"""Running the ``article`` spider from the command line with newsarchive's settings."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from newsarchive.seeds import SeedList

LOG_FORMAT = "%(levelname)s: %(message)s"
#: loggers whose failure messages (with tracebacks) repeat what newsarchive's own
#: one-line "failed: REASON: URL" says; shown again with -v
REPEATING_LOGGERS = (
    "scrapy.downloadermiddlewares.robotstxt",
    "scrapy.downloadermiddlewares.retry",
    "scrapy.core.downloader.handlers.http11",
)


def _parse_set(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"-s wants NAME=VALUE, got {pair!r}")
        values[name.strip()] = value
    return values


def base_settings(verbose: int = 0, quiet: bool = False) -> Settings:
    """newsarchive's settings module, with the log level the CLI's -v / -q ask for."""
    settings = Settings()
    settings.setmodule("newsarchive.settings", priority="project")
    settings.setdict({
        "LOG_FORMAT": LOG_FORMAT,
        "LOG_LEVEL": "ERROR" if quiet else {0: "WARNING", 1: "INFO"}.get(verbose, "DEBUG"),
        "NEWSARCHIVE_PROGRESS": not quiet,
    }, priority="cmdline")
    return settings


def crawl_settings(args: argparse.Namespace) -> Settings:
    """newsarchive's settings module, then the command-line options on top.

    Raises ValueError for options that make no sense.
    """
    settings = base_settings(args.verbose, args.quiet)
    options: dict[str, object] = {"NEWSARCHIVE_OUTPUT": args.output}
    if args.depth is not None:
        if args.depth < 0:
            raise ValueError("--depth must be 0 or more")
        options["NEWSARCHIVE_DEPTH"] = args.depth
    if args.same_site:
        options["NEWSARCHIVE_SAME_SITE"] = True
    if args.ignore_robots:
        options["ROBOTSTXT_OBEY"] = False
    if args.resume:
        options["JOBDIR"] = f"{args.output}/.job"
    if args.warc_max_size:
        options["NEWSARCHIVE_WARC_MAX_SIZE"] = args.warc_max_size
    if args.contact:
        options["NEWSARCHIVE_CONTACT_URL"] = args.contact
    settings.setdict(options, priority="cmdline")
    settings.setdict(_parse_set(args.set), priority="cmdline")
    return settings


def crawl(settings: Settings, **spider_args: Any) -> dict[str, Any]:
    """Run the ``article`` spider to its end in this process; return its final stats."""
    process = CrawlerProcess(settings)
    if logging.getLevelName(settings.get("LOG_LEVEL")) >= logging.WARNING:
        for name in REPEATING_LOGGERS:
            logging.getLogger(name).setLevel(logging.CRITICAL)
    crawler = process.create_crawler("article")
    process.crawl(crawler, **spider_args)
    process.start()
    return crawler.stats.get_stats()


def exit_status(stats: dict[str, Any], settings: Settings) -> int:
    """0 when the crawl ran to its end, 130 when interrupted, 1 otherwise."""
    reason = stats.get("finish_reason")
    if reason == "shutdown":
        hint = "run the same command again to go on" if settings.get("JOBDIR") else "use --resume to make a crawl resumable"
        logging.getLogger(__name__).warning("interrupted: %s", hint)
        return 130
    if reason not in ("finished", None):
        logging.getLogger(__name__).error("crawl stopped: %s", reason)
        return 1
    return 0


def run_crawl(settings: Settings, seeds: SeedList) -> int:
    """Crawl ``seeds``; the exit status of :func:`exit_status`."""
    return exit_status(crawl(settings, seeds=seeds), settings)
