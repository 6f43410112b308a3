"""The scheduler loop on a fake clock: what runs when, restarts, reloads, stop signals."""

from __future__ import annotations

import logging
import os
import signal
import sys
import types
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsarchive import schedule
from newsarchive.jobs import Job, load_jobs
from newsarchive.schedule import (
    MAX_SLEEP,
    Scheduler,
    last_run_from_state,
    read_snapshot,
    run_job_subprocess,
)

START = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
JOBS = """
[jobs.a]
seeds = ["https://a.example/"]
every = "30m"

[jobs.b]
seeds = ["https://b.example/"]
every = "1h"
"""


class Clock:
    """A fake clock whose sleeps only move time forward."""

    def __init__(self) -> None:
        self.time = START
        self.sleeps: list[float] = []

    def now(self) -> datetime:
        return self.time

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.time += timedelta(seconds=seconds)


class Runner:
    """Records each run as (job name, start minute), takes ``minutes`` of fake time.

    ``once`` is called during the next run only (to edit the job file, send a signal...).
    """

    def __init__(self, clock: Clock, minutes: float = 2, status: int = 0) -> None:
        self.clock, self.minutes, self.status = clock, minutes, status
        self.runs: list[tuple[str, float]] = []
        self.given: list[Job] = []  # the definition each run was handed (the snapshot's)
        self.once: Callable[[], None] = lambda: None

    def __call__(self, jobs_file: Path, name: str, snapshot: Path) -> int:
        self.runs.append((name, (self.clock.time - START).total_seconds() / 60))
        self.given.append(read_snapshot(snapshot)[name])
        once, self.once = self.once, lambda: None
        once()
        self.clock.time += timedelta(minutes=self.minutes)
        return self.status


@pytest.fixture
def jobs_file(tmp_path) -> Path:
    path = tmp_path / "jobs.toml"
    path.write_text(JOBS)
    return path


def make(jobs_file: Path, last: dict[str, datetime] | None = None, **runner_options) -> tuple[Scheduler, Runner, Clock]:
    clock = Clock()
    runner = Runner(clock, **runner_options)
    scheduler = Scheduler(jobs_file, runner, now=clock.now, sleep=clock.sleep,
                          last_run=lambda job: (last or {}).get(job.name),
                          summary=lambda job, since: {"new": 2, "changed": 1, "unchanged": 5, "seconds": 120})
    return scheduler, runner, clock


def rewrite(path: Path, text: str) -> None:
    """Change the file and its mtime (which a fast test could otherwise leave equal)."""
    mtime = path.stat().st_mtime_ns
    path.write_text(text)
    os.utime(path, ns=(mtime + 10**9, mtime + 10**9))


def test_never_run_jobs_are_due_first_then_the_most_overdue(jobs_file) -> None:
    jobs_file.write_text(JOBS + '\n[jobs.c]\nseeds = ["https://c.example/"]\nevery = "1h"\n')
    last = {"a": START - timedelta(hours=3), "b": START - timedelta(minutes=20)}
    scheduler, _, _ = make(jobs_file, last)
    assert [j.name for j in scheduler.due(START)] == ["c", "a"]
    assert [j.name for j in scheduler.due(START + timedelta(minutes=40))] == ["c", "a", "b"]
    assert [j.name for j in scheduler.due(START - timedelta(hours=2, minutes=31))] == ["c"]


def test_runs_one_after_another_and_then_on_schedule(jobs_file) -> None:
    scheduler, runner, clock = make(jobs_file)
    scheduler.run_forever(max_runs=6)
    # a every 30m, b every 1h, each run 2 minutes, intervals from run start to run start
    assert runner.runs == [("a", 0), ("b", 2), ("a", 30), ("a", 60), ("b", 62), ("a", 90)]
    assert max(clock.sleeps) == MAX_SLEEP


def test_sleeps_until_the_next_run_but_at_most_a_minute(jobs_file) -> None:
    last = {"a": START - timedelta(minutes=29, seconds=30), "b": START - timedelta(minutes=59)}
    scheduler, runner, clock = make(jobs_file, last)
    scheduler.run_forever(max_runs=2)
    assert clock.sleeps == [30.0] and runner.runs == [("a", 0.5), ("b", 2.5)]
    last = {"a": START, "b": START}
    scheduler, runner, clock = make(jobs_file, last)
    scheduler.run_forever(max_runs=1)
    assert clock.sleeps == [MAX_SLEEP] * 30 and runner.runs == [("a", 30)]


def test_a_restart_continues_from_the_last_runs(jobs_file) -> None:
    last = {"a": START - timedelta(minutes=10), "b": START - timedelta(hours=5)}
    scheduler, runner, _ = make(jobs_file, last)
    scheduler.run_forever(max_runs=2)
    assert runner.runs == [("b", 0), ("a", 20)]


def test_runs_started_here_count_even_when_they_fail(jobs_file, caplog) -> None:
    scheduler, runner, _ = make(jobs_file, status=1)
    with caplog.at_level(logging.INFO, logger="newsarchive.schedule"):
        scheduler.run_forever(max_runs=3)
    assert runner.runs == [("a", 0), ("b", 2), ("a", 30)]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert errors[0].getMessage() == ("job a: 2 new, 1 changed, 5 unchanged, 0 removed, 0 failed in 120 s; "
                                      "exit status 1 after 120 s; next at 10:30 UTC")


def test_logs_one_line_per_run(jobs_file, caplog) -> None:
    scheduler, _, _ = make(jobs_file)
    with caplog.at_level(logging.INFO, logger="newsarchive.schedule"):
        scheduler.run_forever(max_runs=2)
    assert [r.getMessage() for r in caplog.records] == [
        f"{jobs_file}: 2 job(s); Ctrl-C or SIGTERM stops",
        "job a: every 30m, next run now (never run)",
        "job b: every 1h, next run now (never run)",
        "job a: 2 new, 1 changed, 5 unchanged, 0 removed, 0 failed in 120 s; next at 10:30 UTC",
        "job b: 2 new, 1 changed, 5 unchanged, 0 removed, 0 failed in 120 s; next at 11:02 UTC",
    ]


def test_says_at_start_when_each_job_runs_next(tmp_path, caplog) -> None:
    path = tmp_path / "jobs.toml"
    path.write_text(JOBS + '\n[jobs.c]\nseeds = ["https://c.example/"]\ncron = "15 * * * *"\n')
    last = {"a": START - timedelta(minutes=10), "b": START - timedelta(hours=3), "c": START - timedelta(days=1)}
    scheduler, _, _ = make(path, last)
    with caplog.at_level(logging.INFO, logger="newsarchive.schedule"):
        scheduler.run_forever(max_runs=0)
    assert caplog.messages[1:4] == ["job a: every 30m, next run at 10:20 UTC", "job b: every 1h, next run now",
                                    "job c: cron '15 * * * *' (UTC), next run now"]


def test_reloads_the_file_when_it_changes(jobs_file, caplog) -> None:
    scheduler, runner, _ = make(jobs_file)
    runner.once = lambda: rewrite(jobs_file, JOBS + '\n[jobs.c]\nseeds = ["https://c.example/"]\nevery = "1h"\n')
    with caplog.at_level(logging.INFO, logger="newsarchive.schedule"):
        scheduler.run_forever(max_runs=3)
    assert runner.runs == [("a", 0), ("b", 2), ("c", 4)]
    assert set(scheduler.jobs) == {"a", "b", "c"}
    assert f"reloaded {jobs_file}: 3 job(s)" in caplog.messages


def test_a_broken_edit_keeps_the_previous_jobs(jobs_file, caplog) -> None:
    scheduler, runner, _ = make(jobs_file)
    runner.once = lambda: rewrite(jobs_file, JOBS.replace('every = "1h"', 'every = "1 hour"'))
    with caplog.at_level(logging.INFO, logger="newsarchive.schedule"):
        scheduler.run_forever(max_runs=4)
    assert runner.runs == [("a", 0), ("b", 2), ("a", 30), ("a", 60)]
    assert set(scheduler.jobs) == {"a", "b"} and scheduler.jobs["b"].every == timedelta(hours=1)
    # the runs after the broken edit were handed the last good definition, not the file on disk
    assert runner.given[1].every == timedelta(hours=1) and all(job.name == name for job, (name, _) in
                                                               zip(runner.given, runner.runs))
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors == [(f"{jobs_file}: job 'b': every: not a duration: '1 hour' (use e.g. 30m, 2h, 1d); "
                       "the last good jobs (a, b) go on running until the file is fixed")]  # once
    rewrite(jobs_file, JOBS.replace('every = "1h"', 'every = "2h"'))
    scheduler.run_forever(max_runs=1)
    assert scheduler.jobs["b"].every == timedelta(hours=2) and runner.given[-1].every == timedelta(minutes=30)


def test_a_deleted_file_keeps_the_previous_jobs(jobs_file, caplog) -> None:
    scheduler, runner, _ = make(jobs_file)
    runner.once = jobs_file.unlink
    with caplog.at_level(logging.ERROR, logger="newsarchive.schedule"):
        scheduler.run_forever(max_runs=2)
    assert runner.runs == [("a", 0), ("b", 2)]
    assert len(caplog.records) == 1 and "cannot read" in caplog.messages[0]


def test_sigterm_during_a_run_stops_after_it(jobs_file) -> None:
    scheduler, runner, _ = make(jobs_file)
    runner.once = lambda: os.kill(os.getpid(), signal.SIGTERM)
    before = signal.getsignal(signal.SIGTERM)
    scheduler.run_forever()
    assert runner.runs == [("a", 0)]
    assert signal.getsignal(signal.SIGTERM) == before


def test_sigint_during_a_sleep_stops_at_once(jobs_file) -> None:
    sleeps, runs = [], []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        os.kill(os.getpid(), signal.SIGINT)
        sleeps.append(-1)  # not reached: the signal cuts the sleep short

    scheduler = Scheduler(jobs_file, lambda f, name, snapshot: runs.append(name) or 0, now=lambda: START, sleep=sleep,
                          last_run=lambda job: START)
    before = signal.getsignal(signal.SIGINT)
    scheduler.run_forever()
    assert sleeps == [MAX_SLEEP] and runs == []
    assert signal.getsignal(signal.SIGINT) == before


def test_cron_jobs_run_at_their_times(tmp_path) -> None:
    path = tmp_path / "jobs.toml"
    path.write_text('[jobs.c]\nseeds = ["https://c.example/"]\ncron = "15 * * * *"\n')
    scheduler, runner, _ = make(path, {"c": START - timedelta(minutes=5)})
    scheduler.run_forever(max_runs=2)
    assert runner.runs == [("c", 15), ("c", 75)]


def state_job(tmp_path: Path, name: str, runs: list[tuple[str, str | None]] = ()) -> Job:
    """A job whose folder has a real state database with these ``(started, finished)`` runs."""
    from newsarchive.store.state import StateDB, state_path

    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "jobs.toml"
    path.write_text(f'[jobs.{name}]\nseeds = ["https://e.org/"]\nevery = "1h"\n')
    job = load_jobs(path)[name]
    if runs:
        with StateDB(state_path(job.output)) as db:
            for started, finished in runs:
                run_id = db.start_run(name, started)
                if finished:
                    db.finish_run(run_id, finished, "ok", {})
    return job


def test_last_run_from_state(tmp_path) -> None:
    done = state_job(tmp_path / "1", "done", [("2024-05-01T09:00:00+00:00", "2024-05-01T09:05:00+00:00")])
    naive = state_job(tmp_path / "2", "naive", [("2024-05-01T09:00:00", "2024-05-01T09:05:00")])
    interrupted = state_job(tmp_path / "3", "interrupted", [("2024-05-01T09:00:00+00:00", "2024-05-01T09:05:00"),
                                                             ("2024-05-02T09:00:00+00:00", None)])
    assert last_run_from_state(done) == datetime(2024, 5, 1, 9, tzinfo=UTC)
    assert last_run_from_state(naive) == datetime(2024, 5, 1, 9, tzinfo=UTC)
    assert last_run_from_state(interrupted) == datetime(2024, 5, 1, 9, tzinfo=UTC)  # the last finished one


def test_last_run_without_a_database_is_never(tmp_path) -> None:
    job = state_job(tmp_path, "fresh")
    assert last_run_from_state(job) is None
    assert not job.output.exists()  # asking made no folder


def test_run_job_subprocess(monkeypatch) -> None:
    calls = []

    def fake_run(command, check):
        calls.append(command)
        return types.SimpleNamespace(returncode=3)

    monkeypatch.setattr(schedule.subprocess, "run", fake_run)
    assert run_job_subprocess(Path("jobs.toml"), "harbour-times", Path("/s/jobs.pickle")) == 3
    assert run_job_subprocess(Path("jobs.toml"), "harbour-times", verbose=1) == 3
    assert calls == [[sys.executable, "-m", "newsarchive.cli", "run", "jobs.toml", "--job", "harbour-times",
                      "--snapshot", "/s/jobs.pickle", "-q"],  # quiet: the scheduler tells what a run did
                     [sys.executable, "-m", "newsarchive.cli", "run", "jobs.toml", "--job", "harbour-times", "-v"]]
