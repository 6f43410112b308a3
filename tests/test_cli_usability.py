"""The command line as people use it (issue 12), each promise tried with real subprocess runs
of the CLI against a real HTTP server on 127.0.0.1: what a job run and the scheduler say,
a broken edit of a job file while ``schedule`` runs, ``history``, pipes closed early
(``| head``), ``--help`` pages, no telnet console, and installing into a fresh venv."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import REPO, RawServer, newsarchive_cmd, run_cli

from newsarchive.cli import build_parser
from newsarchive.jobs import load_jobs

TODAY = datetime.now(UTC).strftime("%Y-%m-%d")
PARAGRAPHS = [
    "The harbour authority approved the new ferry timetable on Thursday after months of talks with crews.",
    "Boats will leave every twenty minutes at peak hours, and the night service returns in the spring.",
    "Residents of the island asked for a later last boat on Fridays and Saturdays during the summer.",
]
REASONS = {200: "OK", 410: "Gone", 500: "Internal Server Error"}
SUMMARY = re.compile(r"job (\S+): (\d+) new, (\d+) changed, (\d+) unchanged, (\d+) removed, (\d+) failed in \d+ s")


def article(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{TODAY}T08:00:00+00:00"></head>'
            f'<body><main><article><h1>{title}</h1><p class="byline">By Anna Smith</p>'
            f'<div class="article-body">{body}</div></article></main></body></html>')


class Site:
    """Pages on a raw HTTP server whose status and HTML a test changes between runs."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str]] = {}
        self.routes: dict[str, Callable] = {}
        self.server = RawServer(self.routes)
        self.base = self.server.base_url

    def set(self, path: str, status: int, html: str = "") -> str:
        self.pages[path] = (status, html)
        self.routes[path] = lambda conn, path=path: self._answer(conn, path)
        return self.base + path

    def _answer(self, conn, path: str) -> None:
        status, html = self.pages[path]
        body = html.encode()
        conn.sendall(f"HTTP/1.1 {status} {REASONS[status]}\r\nContent-Type: text/html; charset=utf-8\r\n"
                     f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)


@pytest.fixture(scope="module")
def site():
    served = Site()
    yield served
    served.server.close()


def job_file(folder: Path, urls: list[str], revisit_every: str = "1s", every: str = "1h") -> Path:
    (folder / "urls.txt").write_text("\n".join(urls) + "\n")
    path = folder / "jobs.toml"
    path.write_text(f'''
[jobs.harbour-times]
seeds = ["urls.txt"]
every = "{every}"
depth = 0
output = "out"
revisit = {{ for = "3d", every = "{revisit_every}" }}
settings = {{ AUTOTHROTTLE_ENABLED = false, DOWNLOAD_TIMEOUT = 5, RETRY_TIMES = 0, ROBOTSTXT_OBEY = false }}
''')
    return path


def summary_of(stderr: str) -> tuple[int, ...]:
    lines = [m for m in map(SUMMARY.fullmatch, stderr.splitlines()) if m]
    assert len(lines) == 1, stderr
    return tuple(int(n) for n in lines[0].groups()[1:])


# -- a job with a changing page, run three times (and a fourth, up to date) ------------

@pytest.fixture(scope="module")
def three_runs(site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("job")
    a = site.set("/news/ferry", 200, article("Ferry timetable approved", PARAGRAPHS))
    b = site.set("/news/bridge", 200, article("Bridge repairs finish early", PARAGRAPHS[::-1]))
    c = site.set("/news/market", 200, article("Fish market moves", PARAGRAPHS[1:]))
    jobs = job_file(folder, [a, b, c])
    runs = [run_cli("run", str(jobs), "--job", "harbour-times", timeout=180)]
    time.sleep(1.1)  # the revisit interval of the job (1s): every known article is due again
    site.set("/news/ferry", 200, article("Ferry timetable approved", PARAGRAPHS + [
        "The operator corrected the fares on Friday: a return ticket costs 4.20 euros, not 4.80."]))
    site.set("/news/market", 410)
    d = site.set("/news/tram", 200, article("Tram line opens", PARAGRAPHS[:2]))
    e = site.set("/news/broken", 500, "oops")
    job_file(folder, [a, b, c, d, e])
    runs.append(run_cli("run", str(jobs), "--job", "harbour-times", timeout=180))
    time.sleep(1.1)
    runs.append(run_cli("run", str(jobs), "--job", "harbour-times", timeout=180))
    job_file(folder, [a, b, c, d], revisit_every="6h")  # nothing new, nothing due
    runs.append(run_cli("run", str(jobs), "--job", "harbour-times", timeout=180))
    return folder, jobs, runs, a


def test_each_run_says_what_happened(three_runs) -> None:
    _, _, runs, _ = three_runs
    assert [run.returncode for run in runs] == [0, 0, 0, 0], [run.stderr for run in runs]
    # new, changed, unchanged, removed, failed
    assert summary_of(runs[0].stderr) == (3, 0, 0, 0, 0)
    assert summary_of(runs[1].stderr) == (1, 1, 1, 1, 1)  # the 410 is removed, not failed; the 500 failed
    assert summary_of(runs[2].stderr) == (0, 0, 3, 0, 1)  # a removed page is not asked again
    assert summary_of(runs[3].stderr) == (0, 0, 0, 0, 0)


def test_an_up_to_date_job_does_not_warn(three_runs) -> None:
    _, _, runs, _ = three_runs
    assert "WARNING" not in runs[3].stderr and "no URLs" not in runs[3].stderr
    assert runs[3].stderr.strip().splitlines()[-1].startswith("job harbour-times: 0 new")


def test_history_finds_the_folder_of_a_job(three_runs) -> None:
    folder, jobs, _, ferry = three_runs
    shown = run_cli("history", ferry, "--job", "harbour-times", str(jobs))
    assert shown.returncode == 0, shown.stderr
    rows = shown.stdout.splitlines()
    assert rows[0] == ferry and rows[2].split()[0] == "1" and rows[3].split()[0] == "2"
    # the job file's default name, from its folder
    assert run_cli("history", ferry, "--job", "harbour-times", cwd=folder).stdout == shown.stdout
    # the URL last, after --job's values, as people also type it
    assert run_cli("history", "--job", "harbour-times", str(jobs), ferry).stdout == shown.stdout
    assert run_cli("history", "--job", "harbour-times", ferry, cwd=folder).stdout == shown.stdout
    unknown = run_cli("history", ferry, "--job", "nope", str(jobs))
    assert unknown.returncode == 2 and "no job 'nope'" in unknown.stderr and not unknown.stdout


def test_history_diff_shows_only_what_changed(three_runs) -> None:
    _, jobs, _, ferry = three_runs
    diff = run_cli("history", ferry, "--job", "harbour-times", str(jobs), "--diff")
    assert diff.returncode == 0, diff.stderr
    assert "changed: body +15/-0 words" in diff.stdout
    body = diff.stdout.split("body:\n", 1)[1]
    assert body.startswith("…\n\n{+The operator")  # the unchanged paragraphs as one "…"
    assert " ".join(body.split()) == ("… {+The operator corrected the fares on Friday: a return ticket costs 4.20 "
                                       "euros, not 4.80.+}")
    assert "headline" not in diff.stdout.split("changed:", 1)[1]  # unchanged fields are left out
    assert PARAGRAPHS[0] not in diff.stdout


def test_history_errors_go_to_stderr_with_status_2(three_runs) -> None:
    _, jobs, _, ferry = three_runs
    missing = run_cli("history", ferry, "--job", "harbour-times", str(jobs), "--diff", "1", "7")
    assert missing.returncode == 2 and missing.stdout == ""
    assert missing.stderr.strip() == f"newsarchive history: error: {ferry} has no version 7 (it has versions 1 to 2)"
    nowhere = run_cli("history", ferry, "-o", str(jobs.parent / "nothing-here"))
    assert nowhere.returncode == 2 and "no state database in" in nowhere.stderr and "Traceback" not in nowhere.stderr


def test_sigterm_gives_advice_that_applies(site, tmp_path) -> None:
    def slow(conn) -> None:
        started.set()
        time.sleep(3)
        body = article("Slow news", PARAGRAPHS).encode()
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n"
                     b"Connection: close\r\n\r\n" % len(body) + body)

    started = threading.Event()
    site.routes["/news/slow"] = slow
    jobs = job_file(tmp_path, [site.base + "/news/slow"])
    proc = subprocess.Popen([*newsarchive_cmd(), "run", str(jobs), "--job", "harbour-times"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert started.wait(60)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "--resume" not in stderr and "Traceback" not in stderr
    assert "run the same command again" in stderr


# -- schedule ----------------------------------------------------------------------------

class Lines:
    """A process's stderr lines as they come."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.lines: list[str] = []
        self.thread = threading.Thread(target=self._read, args=(proc,), daemon=True)
        self.thread.start()

    def _read(self, proc: subprocess.Popen) -> None:
        for line in proc.stderr:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern: str, count: int = 1, timeout: float = 120) -> list[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [line for line in self.lines if re.search(pattern, line)]
            if len(found) >= count:
                return found
            time.sleep(0.2)
        raise AssertionError(f"no {count} line(s) matching {pattern!r} in:\n" + "\n".join(self.lines))


def test_schedule_talks_and_survives_a_broken_edit(site, tmp_path) -> None:
    url = site.set("/news/schedule", 200, article("Schedule news", PARAGRAPHS))
    jobs = job_file(tmp_path, [url], every="2s")
    proc = subprocess.Popen([*newsarchive_cmd(), "schedule", str(jobs)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        lines = Lines(proc)
        start = lines.wait_for(r"job harbour-times: every 2s, next run now \(never run\)", timeout=30)
        first = lines.wait_for(r"job harbour-times: 1 new, 0 changed, 0 unchanged, 0 removed, 0 failed in \d+ s; "
                               r"next (now|at \d\d:\d\d UTC)")
        assert lines.lines.index(start[0]) < lines.lines.index(first[0])  # said before the first run ended
        before = len(lines.lines)
        jobs.write_text(jobs.read_text().replace('every = "2s"', 'every = "2 seconds"'))
        lines.wait_for(r"the last good jobs \(harbour-times\) go on running until the file is fixed")
        # two more runs after the edit, with the last good definition: no exit status 2
        lines.wait_for(r"job harbour-times: 0 new, 0 changed, 1 unchanged, 0 removed, 0 failed", count=2)
        after = lines.lines[before:]
        assert sum("go on running" in line for line in after) == 1  # said once
        assert not any("exit status" in line or "Traceback" in line for line in after), after
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    assert proc.returncode == 0


def test_schedule_quiet_says_nothing_when_all_goes_well(site, tmp_path) -> None:
    from newsarchive.store.state import StateDB, state_path

    url = site.set("/news/quiet", 200, article("Quiet news", PARAGRAPHS))
    jobs = job_file(tmp_path, [url], every="1h")
    proc = subprocess.Popen([*newsarchive_cmd(), "schedule", str(jobs), "-q"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    state = state_path(tmp_path / "out")
    deadline = time.monotonic() + 120
    finished = None
    while time.monotonic() < deadline and not finished:
        time.sleep(0.5)
        if state.is_file():
            with StateDB(state) as db:
                finished = db.last_run("harbour-times")
    proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=60)
    assert finished and finished["stats"]["new"] == 1
    assert (stdout, stderr, proc.returncode) == ("", "", 0)


# -- pipes --------------------------------------------------------------------------------

def closed_stdout(*args: str) -> subprocess.CompletedProcess:
    """Run the CLI with a stdout whose reader is gone before it writes (as after ``| head``)."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run([*newsarchive_cmd(), *args], check=False, stdout=write, capture_output=False,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write)


def shell_head(command: str) -> subprocess.CompletedProcess:
    """``COMMAND | head -1`` in bash with pipefail: what a user types, with its status."""
    return subprocess.run(["bash", "-c", f"set -o pipefail; {command} | head -1"], check=False, capture_output=True,
                          text=True, timeout=120)


def test_history_in_a_closed_pipe_ends_quietly(three_runs) -> None:
    _, jobs, _, ferry = three_runs
    args = ("history", ferry, "--job", "harbour-times", str(jobs))
    result = closed_stdout(*args)
    assert (result.returncode, result.stderr) == (141, "")
    result = closed_stdout(*args, "--diff")
    assert (result.returncode, result.stderr) == (141, "")
    command = " ".join([*newsarchive_cmd(), *args])
    head = shell_head(command)
    assert head.stdout == ferry + "\n" and "Traceback" not in head.stderr and "Broken pipe" not in head.stderr


def test_extract_in_a_closed_pipe_ends_quietly(three_runs) -> None:
    folder, _, _, _ = three_runs
    warc = folder / "out" / "warc"
    result = closed_stdout("extract", str(warc))
    assert result.returncode == 141
    assert "unreadable" not in result.stderr and "Broken pipe" not in result.stderr and "cannot read" not in result.stderr
    assert result.stderr == ""
    head = shell_head(" ".join([*newsarchive_cmd(), "extract", str(warc)]))
    assert head.stdout.startswith('{"schema_version"') and head.stdout.count("\n") == 1
    assert "unreadable" not in head.stderr and "Traceback" not in head.stderr


def test_help_in_a_closed_pipe_ends_quietly() -> None:
    for args in ((), ("--help",), ("crawl", "--help")):
        result = closed_stdout(*args)
        assert "Traceback" not in result.stderr and "Broken pipe" not in result.stderr


# -- help ---------------------------------------------------------------------------------

def test_newsarchive_alone_prints_the_commands_and_examples() -> None:
    result = run_cli()
    assert result.returncode == 2 and result.stdout == ""
    commands = build_parser()._subparsers._group_actions[0].choices
    listing = result.stderr.split("positional arguments:", 1)[1].split("options:", 1)[0]
    for name in commands:
        assert re.search(rf"^\s+{name}\s+\S", listing, re.MULTILINE), name  # each with its one-line description
    examples = result.stderr.split("examples:", 1)[1]
    assert "newsarchive demo" in examples and "newsarchive crawl -i urls.txt" in examples
    assert "exit status:" in result.stderr and "141" in result.stderr


def test_every_help_ends_with_examples_and_exit_codes() -> None:
    commands = build_parser()._subparsers._group_actions[0].choices
    for name in commands:
        result = run_cli(name, "--help", timeout=60)
        assert result.returncode == 0, name
        examples, statuses = result.stdout.split("examples:\n", 1)[1].split("\n\nexit status:\n", 1)
        assert f"newsarchive {name}" in examples, name
        assert re.search(r"^  0 ", statuses, re.MULTILINE) and re.search(r"^  2 ", statuses, re.MULTILINE), name
        assert re.search(r"^  141 ", statuses, re.MULTILINE), name


# -- the rest of the issue -----------------------------------------------------------------

def test_no_telnet_console_and_no_token_file(site, tmp_path) -> None:
    url = site.set("/news/telnet", 200, article("Telnet news", PARAGRAPHS))
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run([*newsarchive_cmd(), "crawl", url, "-o", str(tmp_path / "out"), "--depth", "0", "-v"], check=False,
                            capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert "Enabled extensions" in result.stderr  # -v shows Scrapy's INFO lines, where a console says it listens
    assert "scrapy.extensions.telnet.TelnetConsole" not in result.stderr
    assert "Telnet console listening" not in result.stderr
    assert "scrapy.extensions.remote_control" not in result.stderr and "Remote control" not in result.stderr
    assert not (home / ".local" / "state" / "scrapy").exists()


def test_the_example_job_file_writes_under_output() -> None:
    jobs = load_jobs(REPO / "examples" / "jobs.toml")
    for job in jobs.values():
        assert job.output.is_relative_to(REPO / "output"), job.output
        ignored = subprocess.run(["git", "check-ignore", "-q", str(job.output / "state.sqlite")], check=False, cwd=REPO)
        assert ignored.returncode == 0, job.output


def test_bench_finds_the_shared_benchmarks_from_any_folder(tmp_path) -> None:
    shown = run_cli("bench", "--help", cwd=tmp_path)
    assert str(REPO.parent / "shared" / "bench" / "body") in shown.stdout
    missing = run_cli("bench", "--tools", "newsarchive", "--body", str(tmp_path / "nope"), cwd=tmp_path)
    assert missing.returncode == 2 and str(tmp_path / "nope") in missing.stderr
    assert "Traceback" not in missing.stderr


def _fresh_venv(tmp_path: Path) -> Path:
    """A venv with the pip Python ships (not upgraded), or skip."""
    venv = tmp_path / "venv"
    made = subprocess.run([sys.base_prefix + "/bin/python3", "-m", "venv", str(venv)], check=False, capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot make a venv: {made.stderr.decode()[-200:]}")
    return venv


def _pip(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run([str(venv / "bin" / "pip"), *args], check=False, capture_output=True, text=True, cwd=cwd, timeout=900)
    if result.returncode and re.search(r"NewConnectionError|Could not find a version|Temporary failure", result.stderr):
        pytest.skip("PyPI is not reachable")
    return result


@pytest.fixture
def source_copy(tmp_path: Path) -> Path:
    """The checkout without its venv, git and outputs (a build writes into its source)."""
    copy = tmp_path / "src"
    shutil.copytree(REPO, copy, ignore=shutil.ignore_patterns(".venv", ".git", "output", "build", "*.egg-info",
                                                              "__pycache__", ".pytest_cache", ".hypothesis"))
    return copy


def test_bench_extra_resolves_on_the_pip_a_fresh_venv_ships(tmp_path, source_copy) -> None:
    venv = _fresh_venv(tmp_path)
    result = _pip(venv, "install", "--dry-run", "-e", ".[bench]", cwd=source_copy)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "AssertionError" not in result.stderr
    assert re.search(r"Would install .*trafilatura-2\.3\.1.*", result.stdout)


def test_building_the_package_prints_no_would_be_ignored_warning(tmp_path, source_copy) -> None:
    venv = _fresh_venv(tmp_path)
    result = _pip(venv, "wheel", "-v", "--no-deps", ".", "-w", str(tmp_path / "wheels"), cwd=source_copy)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "would be ignored" not in result.stdout + result.stderr
    import zipfile

    wheel = next((tmp_path / "wheels").glob("newsarchive-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    site_files = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "newsarchive" / "demo" / "site").rglob("*")
                        if p.is_file())
    assert site_files and all(name in names for name in site_files)  # the demo site still ships whole


# -- progress -------------------------------------------------------------------------------

def test_planned_text_gives_the_total_and_the_time_left() -> None:
    from newsarchive.progress import planned_text

    assert planned_text(100, 40, 40, 20.0) == "40/140 queued pages done, about 50 s left"
    assert planned_text(600, 100, 50, 60.0) == "100/700 queued pages done, about 12 min left"
    assert planned_text(100, 0, 0, 2.0) == "0/100 queued pages done"  # no rate yet: no guess
    assert planned_text(0, 10, 10, 5.0) == "10/10 queued pages done"


def test_progress_of_a_url_list_shows_the_total_and_the_time_left(site, tmp_path) -> None:
    def slowly(conn, n: int) -> None:
        time.sleep(0.4)
        body = article(f"Slow story {n}", PARAGRAPHS).encode()
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n"
                     b"Connection: close\r\n\r\n" % len(body) + body)

    urls = []
    for n in range(12):
        site.routes[f"/progress/{n}"] = lambda conn, n=n: slowly(conn, n)
        urls.append(f"{site.base}/progress/{n}")
    (tmp_path / "urls.txt").write_text("\n".join(urls) + "\n")
    result = run_cli("crawl", "-i", str(tmp_path / "urls.txt"), "-o", str(tmp_path / "out"), "--depth", "0",
                     "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS=1", "-s", "ROBOTSTXT_OBEY=False",
                     "-s", "NEWSARCHIVE_PROGRESS_INTERVAL=0.1", timeout=180)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "queued pages done" in line]
    assert lines, result.stderr  # not a terminal: a line every 10 intervals
    assert all(re.search(r"; \d+/12 queued pages done", line) for line in lines), lines
    assert any(re.search(r"about \d+ s left$", line) for line in lines), lines
