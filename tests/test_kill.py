"""A crawl killed outright (SIGKILL, at random moments) and run again with the same command
loses nothing and duplicates nothing; two runs never write one folder at once; a second
crawl of the same pages adds no article lines.

The kill tests run ``benchmarks/kill_harness.py``'s code at a small scale (60 articles,
20 ms of latency): see that script for what each count means.
"""

from __future__ import annotations

import subprocess
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from helpers import read_jsonl, run_cli, warc_records, warcio_check
from killing import (
    BENCH,
    bench_site,
    command,
    compare,
    failures,
    harness,
    needs_bench,
    table,
)

from newsarchive.demo import demo_urls

ARTICLES = 60
SEED = 7  # the kill moments; fixed so a failure can be replayed


@pytest.fixture(scope="module")
def kill_site(tmp_path_factory):
    with bench_site(BENCH, tmp_path_factory.mktemp("kill-site"), ARTICLES, latency_ms=20) as site:
        yield site


# crawl: the kills go on into the complete folder (incremental reruns killed too); job: a run
# that completes starts a new folder, so that the kills land in first runs
@needs_bench
@pytest.mark.parametrize(("mode", "kills", "fresh"), [("crawl", 5, False), ("job", 3, True)])
def test_killed_at_random_moments_then_run_again_loses_and_duplicates_nothing(kill_site, tmp_path, mode, kills,
                                                                              fresh):
    summary, runs = harness(kill_site, tmp_path, mode=mode, kills=kills, seed=SEED, depth=1,
                            fresh_after_complete=fresh, progress=lambda _: None)
    report = table(summary, runs)
    assert summary["kills_landed"] >= 1, "no kill landed while the command ran\n" + report
    assert failures(summary) == {}, report
    assert summary["article_lines"] == ARTICLES * summary["folders"], report


def wait_for_articles(out: Path, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    path = out / "articles.jsonl"
    while time.monotonic() < deadline and proc.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= 1:
            return
        time.sleep(0.05)
    raise AssertionError(f"the first crawl wrote no article (exit {proc.poll()})")


@needs_bench
def test_a_second_crawl_into_a_folder_being_written_is_refused(tmp_path) -> None:
    with bench_site(BENCH, tmp_path / "site", 60, latency_ms=500) as site:  # slow: ~10 s a run
        out = tmp_path / "out"
        cmd = command("crawl", site, out, 1)
        with open(tmp_path / "first.stderr", "wb") as err:
            first = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
            try:
                wait_for_articles(out, first)
                first_was_running = first.poll() is None  # mid-crawl: 1 article of 60 written
                second = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=300)
                first.wait(timeout=300)
            finally:
                if first.poll() is None:
                    first.kill()
                    first.wait()
        assert first_was_running, "the first crawl ended before the second one started: the test site is too fast"
        lines = second.stderr.strip().splitlines()
        assert second.returncode == 3, f"the second crawl exited {second.returncode}:\n{second.stderr[-2000:]}"
        assert len(lines) == 1, second.stderr
        assert "another newsarchive run is writing" in lines[0], lines[0]
        assert str(out) in lines[0] or str(out.resolve()) in lines[0], lines[0]
        assert f"pid {first.pid}" in lines[0], lines[0]
        assert first.returncode == 0, (tmp_path / "first.stderr").read_text()[-3000:]
        result = compare(out, site, 1)
    wrong = {k: result[k] for k in ("articles_missing", "articles_duplicated", "pages_missing", "torn_files",
                                    "bad_json_lines", "warcio_check_failed") if result[k]}
    assert wrong == {}, result


def test_demo_twice_archives_each_article_once(tmp_path) -> None:
    out = tmp_path / "demo"
    for run in (1, 2):
        result = run_cli("demo", "-o", str(out), timeout=180)
        assert result.returncode == 0, f"run {run}: {result.stderr[-3000:]}"
        assert "Traceback" not in result.stderr, result.stderr
    records = read_jsonl(out / "articles.jsonl")
    assert len(records) == 7, [r["url"] for r in records]  # not 14
    paths = {urlsplit(r["url"]).path for r in records}  # the demo's port may change between runs
    assert len(paths) == 7
    kinds = Counter((rec.rec_type, urlsplit(rec.rec_headers.get_header("WARC-Target-URI")).path)
                    for _, _, rec, _ in warc_records(out / "warc") if rec.rec_type in ("response", "revisit"))
    for path in paths:  # archived in full once, by the first run
        assert kinds[("response", path)] == 1, (path, kinds)
    for path in {urlsplit(url).path for url in demo_urls("http://demo")}:  # seeds: checked again, unchanged
        assert kinds[("revisit", path)] >= 1, (path, kinds)
    assert warcio_check(out / "warc").returncode == 0
