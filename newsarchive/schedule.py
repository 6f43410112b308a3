"""``newsarchive schedule``: run the jobs of a job file on their schedules, forever.

One job runs at a time, each in a fresh ``newsarchive run`` process, so a crawl
that leaks memory or crashes takes nothing else down and Scrapy's reactor (which
cannot be restarted in-process) starts clean every time. Between runs the loop
sleeps until the earliest next run, but never more than a minute, so an edited
job file is picked up and a stop signal answered promptly.

When a job last started comes from its state database (the run record written by
``newsarchive run``) as well as from this process's memory, so a restarted
scheduler carries on where the previous one was: a job runs at once only if it
was never run, its last run did not finish (it is resumed), or it is due. Runs
started here count even when they crashed, so a failing job waits for its next
slot rather than looping.

Editing the job file takes effect without a restart; an edit that does not load
is logged and the previous jobs keep running. SIGTERM and SIGINT stop the loop
between runs (a run in progress gets the signal from the terminal or service
manager itself and finishes or stops on its own terms).
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

from newsarchive.jobs import Job, JobFileError, load_jobs, next_run
from newsarchive.timestamps import utc_now

logger = logging.getLogger(__name__)

#: longest sleep, so file edits and stop signals are noticed within it
MAX_SLEEP = 60.0


def last_run_from_state(job: Job) -> datetime | None:
    """Start of the job's last finished run per its state database; None: run it now."""
    from newsarchive.store.state import StateDB, state_path

    path = state_path(job.output)
    if not path.is_file():
        return None
    with StateDB(path) as db:
        run = db.last_run(job.name)
    if not run or not run.get("finished"):
        return None
    started = datetime.fromisoformat(run["started"])
    return started if started.tzinfo else started.replace(tzinfo=UTC)


def run_job_subprocess(jobs_file: Path, name: str) -> int:
    """Run ``newsarchive run JOBS_FILE --job NAME`` in a fresh process; its exit status."""
    command = [sys.executable, "-m", "newsarchive.cli", "run", str(jobs_file), "--job", name]
    return subprocess.run(command, check=False).returncode


class _Interrupted(Exception):
    """Raised by the signal handler to cut a sleep short."""


class Scheduler:
    def __init__(self, jobs_file: Path, run_job: Callable[[Path, str], int], *,
                 now: Callable[[], datetime] = utc_now, sleep: Callable[[float], None] = time.sleep,
                 last_run: Callable[[Job], datetime | None] = last_run_from_state) -> None:
        self.jobs_file = jobs_file
        self._run_job = run_job
        self._now = now
        self._sleep = sleep
        self._last_run = last_run
        self._mtime = self._file_mtime()
        self.jobs: dict[str, Job] = load_jobs(jobs_file)  # JobFileError: nothing to schedule
        self._started: dict[str, datetime] = {}
        self._stopping = False
        self._sleeping = False

    def due(self, now: datetime) -> list[Job]:
        """Jobs to run at ``now``: never-run ones first, then the longest overdue."""
        planned = [(self._next_time(job), job) for job in self.jobs.values()]
        due = [(when, job) for when, job in planned if when is None or when <= now]
        due.sort(key=lambda pair: (pair[0] is not None, pair[0] or now))
        return [job for _, job in due]

    def run_forever(self, max_runs: int | None = None) -> None:
        """Run due jobs one at a time until a stop signal (or ``max_runs`` runs)."""
        runs = 0
        with self._signals_handled():
            while not self._stopping and (max_runs is None or runs < max_runs):
                self._reload_if_changed()
                now = self._now()
                due = self.due(now)
                if due:
                    self._run(due[0])
                    runs += 1
                else:
                    self._pause(self._seconds_until_next(now))
        if self._stopping:
            logger.info("stopped")

    def _next_time(self, job: Job) -> datetime | None:
        starts = [t for t in (self._started.get(job.name), self._last_run(job)) if t is not None]
        return next_run(job, max(starts)) if starts else None

    def _seconds_until_next(self, now: datetime) -> float:
        upcoming = [when for when in map(self._next_time, self.jobs.values()) if when is not None]
        seconds = (min(upcoming) - now).total_seconds() if upcoming else MAX_SLEEP
        return min(max(seconds, 0.0), MAX_SLEEP)

    def _run(self, job: Job) -> None:
        start = self._now()
        self._started[job.name] = start
        status = self._run_job(self.jobs_file, job.name)
        seconds = (self._now() - start).total_seconds()
        logger.log(logging.INFO if status == 0 else logging.WARNING,
                   "job %s: started %s, exit status %d, %.1fs",
                   job.name, start.isoformat(timespec="seconds"), status, seconds)

    def _file_mtime(self) -> int | None:
        try:
            return self.jobs_file.stat().st_mtime_ns
        except OSError:
            return None

    def _reload_if_changed(self) -> None:
        mtime = self._file_mtime()
        if mtime == self._mtime:
            return
        self._mtime = mtime
        try:
            self.jobs = load_jobs(self.jobs_file)
        except JobFileError as exc:
            logger.error("%s; keeping the previous jobs", exc)
            return
        logger.info("reloaded %s: %d jobs", self.jobs_file, len(self.jobs))

    def _pause(self, seconds: float) -> None:
        try:
            self._sleeping = True
            try:
                self._sleep(seconds)
            finally:
                self._sleeping = False
        except _Interrupted:
            pass

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self._stopping = True
        if self._sleeping:
            raise _Interrupted

    @contextmanager
    def _signals_handled(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # only the main thread may handle signals
            return
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
