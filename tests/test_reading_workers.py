"""Pages read in a worker process (``NEWSARCHIVE_EXTRACT_PROCESSES``): a worker that dies
costs no record.

Against the real CLI and the fixture site on 127.0.0.1: the worker process is SIGKILLed
while the crawl waits on slow pages; the pages that arrive afterwards are read by a new
worker, and every article has its record; where no worker can start, the crawl reads the
pages itself. (That both processes read pages alike is checked by the seed-kind and resource
tests, run both ways.)
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import SLOW_SECONDS
from helpers import FAST, newsarchive_cmd, read_jsonl, run_cli, validate

SEED = "/2023/03/07/russias-losses-in-bakhmut-5-times-higher-than-ukraine-s-nato-estimates-a80410/"
LATER = ["/2023/03/06/wagner-boss-says-bakhmut-fighters-lack-ammo-a80396/",
         "/ru/2023/03/07/poteri-rossii-pod-bakhmutom-a80411/"]


def descendants(pid: int) -> list[int]:
    """Every process under ``pid`` (from /proc)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            found += children
            todo += children
    return found


def helper_process(pid: int, marker: bytes) -> int | None:
    """The process under ``pid`` whose command line holds ``marker``."""
    for child in descendants(pid):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if marker in cmdline:
            return child
    return None


def reading_worker(pid: int) -> int | None:
    return helper_process(pid, b"spawn_main")


def read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def test_a_killed_worker_is_replaced_and_no_record_is_lost(site, tmp_path: Path) -> None:
    out = tmp_path / "out"
    urls = [site.base_url + SEED] + [site.base_url + "/slow" + path for path in LATER]
    proc = subprocess.Popen([*newsarchive_cmd(), "crawl", *urls, "-o", str(out), "--depth", "0", *FAST,
                             "-s", f"DOWNLOAD_TIMEOUT={SLOW_SECONDS * 3}", "-s", "NEWSARCHIVE_EXTRACT_PROCESSES=1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + SLOW_SECONDS - 1
        while time.monotonic() < deadline and not read_lines(out / "articles.jsonl"):
            time.sleep(0.05)  # the seed is read: its worker is up, and the slow pages not in yet
        worker = reading_worker(proc.pid)
        assert worker is not None and proc.poll() is None, "the seed must be read before the slow pages come"
        os.kill(worker, signal.SIGKILL)
        _, stderr = proc.communicate(timeout=SLOW_SECONDS * 6)
    finally:
        proc.kill()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr
    records = read_jsonl(out / "articles.jsonl")
    validate(records)
    assert sorted(r["url"] for r in records) == sorted(urls)
    assert all(r["headline"] and r["body"] for r in records)


def test_without_worker_processes_the_crawl_reads_pages_itself(site, tmp_path: Path) -> None:
    """Where no worker process can start (here: /dev/shm read-only, so no semaphores, in a
    mount namespace of the test's own), one line says so and every page is read in the
    crawl's process."""
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare (util-linux) for a mount namespace")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode:
        pytest.skip(f"cannot make a mount namespace here: {probe.stderr.decode(errors='replace').strip()}")
    out = tmp_path / "out"
    urls = [site.base_url + SEED, *(site.base_url + path for path in LATER)]
    crawl = shlex.join([*newsarchive_cmd(), "crawl", *urls, "-o", str(out), "--depth", "0", *FAST,
                        "-s", "NEWSARCHIVE_EXTRACT_PROCESSES=1"])
    result = subprocess.run(["unshare", "-m", "sh", "-c", f"mount -t tmpfs -o ro tmpfs /dev/shm && exec {crawl}"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "no worker process could start (Read-only file system): pages are read in the crawl's process" \
        in result.stderr
    records = read_jsonl(out / "articles.jsonl")
    assert sorted(r["url"] for r in records) == sorted(urls)


def test_a_worker_ends_when_the_crawl_process_is_killed(site, tmp_path: Path) -> None:
    """SIGKILL to the crawl's process alone (not its process group) leaves no worker behind."""
    urls = [site.base_url + SEED] + [site.base_url + "/slow" + path for path in LATER]
    out = tmp_path / "out"
    proc = subprocess.Popen([*newsarchive_cmd(), "crawl", *urls, "-o", str(out), "--depth", "0", *FAST,
                             "-s", f"DOWNLOAD_TIMEOUT={SLOW_SECONDS * 3}", "-s", "NEWSARCHIVE_EXTRACT_PROCESSES=1"],
                            stdout=subprocess.DEVNULL, stderr=(tmp_path / "stderr").open("wb"))
    try:
        deadline = time.monotonic() + SLOW_SECONDS - 1
        while time.monotonic() < deadline and not read_lines(out / "articles.jsonl"):
            time.sleep(0.05)
        worker = reading_worker(proc.pid)
        assert worker is not None, "the seed must be read by a worker before the slow pages come"
        tracker = helper_process(proc.pid, b"resource_tracker")
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(p) for p in (worker, tracker) if p):
        time.sleep(0.1)
    assert not alive(worker), "the worker outlived the crawl"
    assert tracker is not None and not alive(tracker), "multiprocessing's resource tracker outlived the crawl"
    stderr = (tmp_path / "stderr").read_text(errors="replace")
    assert "leaked semaphore" not in stderr and "Warning" not in stderr, stderr[-2000:]


def alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists() and not is_zombie(pid)


def is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_a_bad_worker_count_is_one_line_and_the_crawl_goes_on(site, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("crawl", site.base_url + SEED, "-o", str(out), "--depth", "0", *FAST,
                     "-s", "NEWSARCHIVE_EXTRACT_PROCESSES=lots")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert ("NEWSARCHIVE_EXTRACT_PROCESSES must be a number or auto, not 'lots': pages are read in the crawl's "
            "process") in result.stderr
    assert [r["url"] for r in read_jsonl(out / "articles.jsonl")] == [site.base_url + SEED]
