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
from datetime import datetime, timedelta
from typing import Any

from newsarchive.jobs import Job
from newsarchive.runner import base_settings, crawl, exit_status
from newsarchive.seeds import SeedList, collect_seeds
from newsarchive.store.archive import Archive
from newsarchive.store.state import StateDB
from newsarchive.timestamps import iso_utc, parse_time, utc_now

logger = logging.getLogger(__name__)
PAGE_KINDS = ("url", "urls")
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
    with Archive.open(job.output, job=job.name, durable=True) as archive:
        db = archive.state
        last = db.last_run(job.name)
        now = utc_now()
        since = parse_time(last["started"]) - FEED_GRACE if last else None
        run_id = db.start_run(job.name, iso_utc(now))
        seeds = job_seeds(job, db, now)
        feeds = [s.location for s in job.seeds if s.kind not in PAGE_KINDS]
        settings = base_settings(verbose, quiet)
        settings.setdict(dict(job.settings), priority="cmdline")
        settings.setdict({
            "NEWSARCHIVE_OUTPUT": str(job.output), "NEWSARCHIVE_DEPTH": job.depth,
            "NEWSARCHIVE_SAME_SITE": job.same_site, "NEWSARCHIVE_DURABLE": True,
            "NEWSARCHIVE_WARC_PREFIX": job.name,
        }, priority="cmdline")
        stats = crawl(settings, seeds=seeds, feeds=feeds, since=since, archive=archive)
        status = exit_status(stats)
        if archive.failure is None:
            db.finish_run(run_id, iso_utc(utc_now()), "ok" if status == 0 else f"exit {status}",
                          _summary(stats))
        return status


def _summary(stats: dict[str, Any]) -> dict[str, Any]:
    keys = ("newsarchive/pages", "newsarchive/articles_new", "newsarchive/articles_changed",
            "newsarchive/articles_unchanged", "newsarchive/revisits", "newsarchive/feed_entries_new",
            "downloader/request_count", "finish_reason")
    return {k.split("/")[-1]: stats[k] for k in keys if k in stats}
