"""Interrupted crawls: SIGKILL leaves only whole lines and whole WARC records;
SIGINT then --resume finishes the job without fetching anything twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import newsarchive_cmd, read_jsonl
from test_bench_site import MAKE_SITE, free_port
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.server import SiteRequestHandler, SiteServer

ARTICLES = 40
pytestmark = pytest.mark.skipif(not MAKE_SITE.exists(), reason="../shared/bench is not beside the checkout")


def slowly(handler: SiteRequestHandler) -> None:
    """Every page takes a while, so a crawl is caught in the middle."""
    time.sleep(0.15)
    handler.serve_file(handler.request_path)


@pytest.fixture(scope="module")
def slow_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("slow-site")
    port = free_port()
    subprocess.run([sys.executable, str(MAKE_SITE), str(work), "--articles", str(ARTICLES),
                    "--base", f"http://127.0.0.1:{port}"], check=True, capture_output=True)
    with SiteServer(work / "site", port=port, routes={"/": slowly}) as server:
        yield work, server


def start_crawl(work: Path, out: Path, *extra: str, session: bool = False) -> subprocess.Popen:
    return subprocess.Popen([*newsarchive_cmd(), "crawl", "-i", str(work / "urls.txt"), "-o", str(out),
                             "--depth", "0", "-s", "AUTOTHROTTLE_ENABLED=False", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=session)


def wait_for_lines(path: Path, count: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"{path} never reached {count} lines")


def readable_records(folder: Path) -> list[tuple[str, str | None]]:
    """Records up to the last whole one; a cut tail ends the read, earlier damage fails."""
    found = []
    for path in sorted(folder.glob("*.warc.gz")):
        with open(path, "rb") as f:
            it = ArchiveIterator(f, check_digests=True)
            try:
                for rec in it:
                    rec.content_stream().read()
                    found.append((rec.rec_type, rec.rec_headers.get_header("WARC-Target-URI"),
                                  rec.digest_checker.problems))
            except Exception:  # noqa: BLE001 - only a cut last record may fail to read
                pass
    assert all(not problems for *_, problems in found[:-1])
    return [(kind, uri) for kind, uri, _ in found]


def test_sigkill_leaves_whole_lines_and_records(slow_site, tmp_path) -> None:
    work, _ = slow_site
    out = tmp_path / "out"
    proc = start_crawl(work, out, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4")
    wait_for_lines(out / "articles.jsonl", 5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    lines = (out / "articles.jsonl").read_bytes().split(b"\n")
    assert lines[-1] == b""  # ends with a whole line
    records = [json.loads(line) for line in lines[:-1]]
    assert 5 <= len(records) < ARTICLES
    archived = {uri for kind, uri in readable_records(out / "warc") if kind == "response"}
    assert all(r["final_url"] in archived for r in records)  # WARC first, then the record


def test_sigint_then_resume_completes_without_duplicates(slow_site, tmp_path) -> None:
    work, _ = slow_site
    out = tmp_path / "out"
    proc = start_crawl(work, out, "--resume", "-s", "CONCURRENT_REQUESTS=2")
    wait_for_lines(out / "articles.jsonl", 5)
    proc.send_signal(signal.SIGINT)  # like Ctrl-C: Scrapy finishes what is in flight, saves its queue
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted: run the same command again to go on" in err
    first = read_jsonl(out / "articles.jsonl")
    assert len(first) < ARTICLES
    assert "stopped: shutdown" in err
    proc = start_crawl(work, out, "--resume", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    urls = [r["url"] for r in read_jsonl(out / "articles.jsonl")]
    assert len(urls) == len(set(urls)) == ARTICLES
    expected = {line.strip() for line in (work / "urls.txt").read_text().splitlines() if line.strip()}
    assert set(urls) == expected
    fetched = [uri for kind, uri in readable_records(out / "warc") if kind == "response" and "robots" not in uri]
    assert len(fetched) == len(set(fetched))  # nothing fetched twice, page resources included
    assert len([uri for uri in fetched if uri in expected]) == ARTICLES
    # the rest are the articles' page resources (photos, stylesheet, script, logo: tests/test_resources.py)
    assert all("/images/" in uri or "/static/" in uri for uri in fetched if uri not in expected)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["Ctrl-C", "SIGTERM"])
def test_a_signal_to_the_process_group_stops_the_worker_process_quietly(slow_site, tmp_path, signum) -> None:
    """Ctrl-C at a terminal (or a service manager's SIGTERM) reaches the whole process group,
    the page-reading worker included: the crawl stops as with the signal to it alone, and
    nothing prints a traceback."""
    work, _ = slow_site
    out = tmp_path / "out"
    proc = start_crawl(work, out, "-s", "CONCURRENT_REQUESTS=2", "-s", "NEWSARCHIVE_EXTRACT_PROCESSES=1", session=True)
    wait_for_lines(out / "articles.jsonl", 3)
    os.killpg(proc.pid, signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted: run the same command again to go on" in err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
