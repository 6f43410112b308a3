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
is logged once and the previous jobs keep running: each run process is handed the
last good definition as a snapshot file (``run --snapshot``, the parsed jobs pickled
into a folder only this user can read, removed at exit), not the file on disk, so a
half-saved or mistyped file never stops the archive. SIGTERM and SIGINT stop the loop
between runs (a run in progress gets the signal from the terminal or service
manager itself and finishes or stops on its own terms).

What the user sees (stderr, one line each): every job with its next run at start,
then one line per run with what it archived (:func:`newsarchive.jobrun.summary_line`,
read back from the run's record in the job's state database) and when the job runs
next. The run processes themselves are quiet (``-q``) unless ``-v`` is given.
"""

from __future__ import annotations

import logging
import pickle
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType, MappingProxyType
from typing import Any

from newsarchive.jobrun import summary_line
from newsarchive.jobs import Job, JobFileError, load_jobs, next_run
from newsarchive.timestamps import parse_time, utc_now

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


def last_summary(job: Job, since: datetime) -> dict[str, Any] | None:
    """The summary the job's run started at ``since`` or later recorded in its state; None if none."""
    from newsarchive.store.state import StateDB, state_path

    path = state_path(job.output)
    if not path.is_file():
        return None
    with StateDB(path) as db:
        run = db.last_run(job.name)
    if not run or parse_time(run["started"]) < since.replace(microsecond=0):
        return None
    return run["stats"]


def run_job_subprocess(jobs_file: Path, name: str, snapshot: Path | None = None, verbose: int = 0) -> int:
    """Run ``newsarchive run JOBS_FILE --job NAME`` in a fresh process; its exit status.

    The run is quiet (errors only) unless ``verbose``: the scheduler tells what it did.
    """
    command = [sys.executable, "-m", "newsarchive.cli", "run", str(jobs_file), "--job", name]
    command += ["--snapshot", str(snapshot)] if snapshot else []
    command += ["-" + "v" * verbose] if verbose else ["-q"]
    return subprocess.run(command, check=False).returncode


def _proxy(mapping: dict) -> MappingProxyType:
    return MappingProxyType(mapping)


class _SnapshotPickler(pickle.Pickler):
    """Pickles a job's read-only settings mapping (MappingProxyType) as a plain dict inside."""

    def reducer_override(self, obj: object) -> Any:
        if isinstance(obj, MappingProxyType):
            return _proxy, (dict(obj),)
        return NotImplemented


def write_snapshot(jobs: Mapping[str, Job], path: Path) -> None:
    """The parsed jobs, as ``run --snapshot`` reads them (written whole: a new file renamed over)."""
    part = path.with_suffix(".part")
    with part.open("wb") as f:
        _SnapshotPickler(f).dump(dict(jobs))
    part.replace(path)


def read_snapshot(path: Path) -> dict[str, Job]:
    """The jobs :func:`write_snapshot` wrote (a file of the scheduler's private folder).

    Raises :class:`JobFileError` when it cannot be read (the scheduler is gone with it).
    """
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
        raise JobFileError(f"{path}: cannot read the scheduler's snapshot of the jobs ({exc})") from None


def when(moment: datetime, now: datetime) -> str:
    """``at 14:30 UTC`` today, ``at 2024-05-02 14:30 UTC`` another day, ``now`` if due."""
    if moment <= now:
        return "now"
    moment = moment.astimezone(UTC)
    same_day = moment.date() == now.astimezone(UTC).date()
    return moment.strftime("at %H:%M UTC" if same_day else "at %Y-%m-%d %H:%M UTC")


class _Interrupted(Exception):
    """Raised by the signal handler to cut a sleep short."""


class Scheduler:
    """``run_job(jobs_file, name, snapshot)`` runs one job; ``snapshot`` holds the last good jobs."""

    def __init__(self, jobs_file: Path, run_job: Callable[[Path, str, Path], int], *,
                 now: Callable[[], datetime] = utc_now, sleep: Callable[[float], None] = time.sleep,
                 last_run: Callable[[Job], datetime | None] = last_run_from_state,
                 summary: Callable[[Job, datetime], Mapping[str, Any] | None] = last_summary) -> None:
        self.jobs_file = jobs_file
        self._run_job = run_job
        self._now = now
        self._sleep = sleep
        self._last_run = last_run
        self._summary = summary
        self._mtime = self._file_mtime()
        self.jobs: dict[str, Job] = load_jobs(jobs_file)  # JobFileError: nothing to schedule
        self._started: dict[str, datetime] = {}
        self._stopping = False
        self._sleeping = False
        self._folder: Path | None = None  # private, for the snapshot of the jobs; made by run_forever
        self.snapshot: Path | None = None

    def due(self, now: datetime) -> list[Job]:
        """Jobs to run at ``now``: never-run ones first, then the longest overdue."""
        planned = [(self._next_time(job), job) for job in self.jobs.values()]
        due = [(when, job) for when, job in planned if when is None or when <= now]
        due.sort(key=lambda pair: (pair[0] is not None, pair[0] or now))
        return [job for _, job in due]

    def run_forever(self, max_runs: int | None = None) -> None:
        """Run due jobs one at a time until a stop signal (or ``max_runs`` runs)."""
        runs = 0
        with self._signals_handled(), self._snapshot_folder():
            self._announce()
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

    @contextmanager
    def _snapshot_folder(self) -> Iterator[None]:
        self._folder = Path(tempfile.mkdtemp(prefix="newsarchive-schedule-"))  # mode 0700
        self.snapshot = self._folder / "jobs.pickle"
        try:
            write_snapshot(self.jobs, self.snapshot)
            yield
        finally:
            shutil.rmtree(self._folder, ignore_errors=True)

    def _announce(self) -> None:
        """Each job and when it runs next: the scheduler is seen to work before the first run."""
        now = self._now()
        logger.info("%s: %d job(s); Ctrl-C or SIGTERM stops", self.jobs_file, len(self.jobs))
        for job in self.jobs.values():
            upcoming = self._next_time(job)
            rule = f"every {_interval(job)}" if job.cron is None else f"cron {job.cron!r} (UTC)"
            nxt = "now (never run)" if upcoming is None else when(upcoming, now)
            logger.info("job %s: %s, next run %s", job.name, rule, nxt)

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
        status = self._run_job(self.jobs_file, job.name, self.snapshot)
        end = self._now()
        summary = self._summary(job, start)
        upcoming = self._next_time(job)
        nxt = f"; next {when(upcoming, end)}" if upcoming else ""
        if summary is not None and status == 0:
            logger.info("%s%s", summary_line(job.name, summary), nxt)
            return
        seconds = (end - start).total_seconds()
        done = f"{summary_line(job.name, summary)}; " if summary is not None else f"job {job.name}: "
        logger.error("%sexit status %d after %.0f s%s", done, status, seconds, nxt)

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
            jobs = load_jobs(self.jobs_file)
        except JobFileError as exc:  # said once: the file is read again only when it changes
            logger.error("%s; the last good jobs (%s) go on running until the file is fixed",
                         exc, ", ".join(self.jobs))
            return
        self.jobs = jobs
        if self.snapshot is not None:
            write_snapshot(jobs, self.snapshot)
        logger.info("reloaded %s: %d job(s)", self.jobs_file, len(self.jobs))

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


def _interval(job: Job) -> str:
    """``30m``, ``1h30m``: a job's interval as the job file spells them."""
    seconds = int(job.every.total_seconds()) if job.every else 0
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        parts += [f"{count}{unit}"] if count else []
    return "".join(parts) or "0s"
