"""Running the ``article`` spider from the command line with newsarchive's settings."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from newsarchive import exits, logsafe
from newsarchive.archive import WRITE_FAILED
from newsarchive.crawl.resources import ResourcePolicy
from newsarchive.screenshot import render_missing
from newsarchive.seeds import SeedList
from newsarchive.store.archive import Archive

LOG_FORMAT = "%(levelname)s: %(message)s"
#: loggers whose failure messages (with tracebacks) repeat what newsarchive's own
#: one-line "failed: REASON: URL" says; shown again with -v
REPEATING_LOGGERS = (
    "scrapy.downloadermiddlewares.robotstxt",
    "scrapy.downloadermiddlewares.retry",
    "scrapy.core.downloader.handlers.http11",
    "scrapy.downloadermiddlewares.httpcompression",
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


def option_settings(pairs: list[str], verbose: int = 0, quiet: bool = False) -> Settings:
    """:func:`base_settings` with ``-s NAME=VALUE`` options on top (ValueError for a bad one)."""
    settings = base_settings(verbose, quiet)
    settings.setdict(_parse_set(pairs), priority="cmdline")
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
    if args.allow_private:
        options["NEWSARCHIVE_ALLOW_PRIVATE"] = True
    if args.warc_max_size:
        options["NEWSARCHIVE_WARC_MAX_SIZE"] = args.warc_max_size
    if args.contact:
        options["NEWSARCHIVE_CONTACT_URL"] = args.contact
    if getattr(args, "resources", None):
        options["NEWSARCHIVE_RESOURCES"] = args.resources
    if getattr(args, "screenshot", False):
        options["NEWSARCHIVE_SCREENSHOTS"] = True
    settings.setdict(options, priority="cmdline")
    settings.setdict(_parse_set(args.set), priority="cmdline")
    ResourcePolicy.from_settings(settings)  # a bad NEWSARCHIVE_RESOURCES* value: ValueError, one line
    return settings


def crawl(settings: Settings, **spider_args: Any) -> dict[str, Any]:
    """Run the ``article`` spider to its end in this process; return its final stats."""
    process = CrawlerProcess(settings)
    level = logging.getLevelName(settings.get("LOG_LEVEL"))
    logsafe.install(2 if level <= logging.DEBUG else 1 if level <= logging.INFO else 0)
    # Scrapy leaves its loggers at NOTSET and filters in its handler, so the few DEBUG
    # records of every page ("Crawled (200)", "Scraped from") are made and thrown away
    logging.getLogger("scrapy").setLevel(level)
    if level >= logging.WARNING:
        for name in REPEATING_LOGGERS:
            logging.getLogger(name).setLevel(logging.CRITICAL)
    crawler = process.create_crawler("article")
    process.crawl(crawler, **spider_args)
    process.start()
    return crawler.stats.get_stats()


def exit_status(stats: dict[str, Any]) -> int:
    """The exit status of a crawl from its stats (see :mod:`newsarchive.exits`)."""
    reason = stats.get("finish_reason")
    if reason == WRITE_FAILED:
        return exits.WRITE_FAILED
    if reason == "shutdown":
        logging.getLogger(__name__).warning("interrupted: run the same command again to go on")
        return exits.INTERRUPTED
    if reason not in ("finished", None):
        logging.getLogger(__name__).error("crawl stopped: %s", reason)
        return exits.WRITE_FAILED if stats.get("newsarchive/write_failed") else exits.FAILED
    if stats.get("newsarchive/seeds", 0) and not (stats.get("newsarchive/seeds_ok", 0)
                                                  or stats.get("newsarchive/seeds_done_before", 0)):
        logging.getLogger(__name__).error("not one seed could be archived")
        return exits.NOTHING_ARCHIVED
    return exits.OK


def run_crawl(settings: Settings, seeds: SeedList) -> int:
    """Crawl ``seeds`` into the output folder; the exit status of :func:`exit_status`.

    Raises :class:`~newsarchive.store.lock.LockedError` when another process writes the
    folder and :class:`~newsarchive.store.errors.UnusableOutput` when it cannot be written.
    """
    with Archive.open(settings.get("NEWSARCHIVE_OUTPUT"), durable=settings.getbool("NEWSARCHIVE_DURABLE")) as archive:
        status = exit_status(crawl(settings, seeds=seeds, archive=archive))
        if status not in (exits.INTERRUPTED, exits.WRITE_FAILED):
            render_missing(archive, settings)  # --screenshot; never changes the status
        return status
