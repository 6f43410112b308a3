"""One run of a periodic archive job: ``newsarchive run jobs.toml --job NAME``.

A run opens the job's folder (:class:`~newsarchive.store.archive.Archive`: the
lock, torn tails cut, the state brought up to date with what is on disk), picks
its seeds (articles not archived yet, known articles due for a re-check under the
job's revisit policy, and the new entries of its feeds and sitemaps), crawls them
and records the run. A run killed at any moment is repaired by the next one,
which neither loses nor repeats a version and first fetches the pages the killed
run left unfinished (its depth-1 pages too: :mod:`newsarchive.store.frontier`).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from newsarchive import exits
from newsarchive.jobs import Job
from newsarchive.progress import failures
from newsarchive.runner import base_settings, crawl, exit_status
from newsarchive.screenshot import render_missing
from newsarchive.seeds import SeedList, collect_seeds
from newsarchive.store.archive import Archive
from newsarchive.store.state import StateDB
from newsarchive.timestamps import iso_utc, parse_time, utc_now

logger = logging.getLogger(__name__)
PAGE_KINDS = ("url", "urls")
#: what a run's summary line counts, in its order (stored with the run in the state database)
COUNTS = ("new", "changed", "unchanged", "removed", "failed")
#: feed entries dated up to this long before the last run still count as new: publishers
#: backdate items, and the state database already skips every URL archived before
FEED_GRACE = timedelta(days=1)


def job_seeds(job: Job, db: StateDB, now: datetime) -> SeedList:
    """Listed articles not archived yet, and known ones due for a re-check."""
    listed = collect_seeds([s.location for s in job.seeds if s.kind == "url"],
                           [s.location for s in job.seeds if s.kind == "urls"])
    due = set(db.due_for_revisit(now, job.revisit.keep_for, job.revisit.every)) if job.revisit.keep_for else set()
    fresh = [u for u in listed.urls if u in due or db.get(u) is None]
    return collect_seeds([*fresh, *sorted(due - set(fresh))])


def run_job(job: Job, verbose: int = 0, quiet: bool = False) -> int:
    """Run ``job`` once; raises :class:`~newsarchive.store.lock.LockedError` if another run holds its folder."""
    started = time.monotonic()
    with Archive.open(job.output, job=job.name, durable=True) as archive:
        db = archive.state
        last = db.last_run(job.name)
        now = utc_now()
        since = parse_time(last["started"]) - FEED_GRACE if last else None
        run_id = db.start_run(job.name, iso_utc(now))
        mark = db.fetch_mark()
        seeds = job_seeds(job, db, now)
        feeds = [s.location for s in job.seeds if s.kind not in PAGE_KINDS]
        settings = _settings(job, verbose, quiet)
        if seeds.urls or feeds or archive.frontier.pending():
            stats = crawl(settings, seeds=seeds, feeds=feeds, since=since, archive=archive)
        else:  # up to date: nothing listed is new, nothing known is due for a re-check
            stats = {"finish_reason": "finished"}
        status = exit_status(stats)
        if status not in (exits.INTERRUPTED, exits.WRITE_FAILED):
            render_missing(archive, settings)  # settings = { NEWSARCHIVE_SCREENSHOTS = true }
        if archive.failure is None:
            summary = {**_summary(stats), **run_counts(stats, db.outcomes_since(mark)),
                       "seconds": round(time.monotonic() - started, 1)}
            db.finish_run(run_id, iso_utc(utc_now()), "ok" if status == 0 else f"exit {status}", summary)
            if not quiet:
                print(summary_line(job.name, summary), file=sys.stderr)
        return status


def _settings(job: Job, verbose: int, quiet: bool) -> Any:
    settings = base_settings(verbose, quiet)
    settings.setdict(dict(job.settings), priority="cmdline")
    settings.setdict({
        "NEWSARCHIVE_OUTPUT": str(job.output), "NEWSARCHIVE_DEPTH": job.depth,
        "NEWSARCHIVE_SAME_SITE": job.same_site, "NEWSARCHIVE_DURABLE": True,
        "NEWSARCHIVE_WARC_PREFIX": job.name,
    }, priority="cmdline")
    return settings


def run_counts(stats: Mapping[str, Any], outcomes: Mapping[str, int]) -> dict[str, int]:
    """A run's articles by what happened to them, from the fetches it recorded in the state.

    A known article answering 404 or 410 is *removed*, not failed (the spider reports its
    status as a failure like any other); ``unchanged`` counts both 304s and identical pages.
    """
    removed = outcomes.get("removed", 0)
    return {"new": outcomes.get("new", 0), "changed": outcomes.get("changed", 0),
            "unchanged": outcomes.get("unchanged", 0) + outcomes.get("not-modified", 0),
            "removed": removed, "failed": max(0, sum(failures(dict(stats)).values()) - removed)}


def summary_line(name: str, summary: Mapping[str, Any]) -> str:
    """``job NAME: 12 new, 3 changed, 140 unchanged, 1 removed, 0 failed in 41 s``."""
    counts = ", ".join(f"{summary.get(key, 0)} {key}" for key in COUNTS)
    return f"job {name}: {counts} in {summary.get('seconds', 0):.0f} s"


def _summary(stats: dict[str, Any]) -> dict[str, Any]:
    keys = ("newsarchive/pages", "newsarchive/articles_new", "newsarchive/articles_changed",
            "newsarchive/articles_unchanged", "newsarchive/revisits", "newsarchive/feed_entries_new",
            "downloader/request_count", "finish_reason")
    return {k.split("/")[-1]: stats[k] for k in keys if k in stats}
