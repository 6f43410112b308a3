"""Crawls on several workers sharing one frontier in a real Redis (README: Crawling on many workers).

A real ``redis-server`` (no persistence) on a free port of 127.0.0.1, a generated news site
served on 127.0.0.1, and real ``newsarchive`` processes: two workers archive every page
exactly once; a worker killed with SIGKILL and started again loses nothing and the merged
archive holds no duplicate article; SIGTERM gives a worker's leases back at once; no
deprecation warning comes from the scrapy-redis layer under Scrapy 2.19.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import redis
from helpers import (
    FAST,
    newsarchive_cmd,
    read_jsonl,
    record_at,
    run_cli,
    send_body,
    serve_http,
    validate,
    warc_records,
    warcio_check,
    warcio_check_files,
)

REDIS_SERVER = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server is not installed (apt install redis-server)")

WORDS = ("council harbour tunnel residents budget vote engineers river flood storm museum festival "
         "train bridge school teachers farmers harvest drought energy prices union strike court").split()
IMAGE = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_redis() -> tuple[subprocess.Popen, str]:
    """A redis-server with no persistence on a free port of 127.0.0.1, answering."""
    port = free_port()
    proc = subprocess.Popen([REDIS_SERVER, "--save", "", "--appendonly", "no", "--port", str(port),
                             "--bind", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    return proc, f"redis://127.0.0.1:{port}/0"


@pytest.fixture
def redis_url() -> Iterator[str]:
    proc, url = start_redis()
    yield url
    proc.terminate()
    proc.wait(10)


# -- a generated news site ----------------------------------------------------------------------
def article_html(i: int, n: int) -> str:
    words = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(400)]
    paragraphs = [" ".join(words[k:k + 40]).capitalize() + "." for k in range(0, 400, 40)]
    paragraphs[1] += f' <a href="/sources/{i}-a">The agency reported</a> the figures.'
    paragraphs[3] += f' <a href="/sources/{i}-b">A study said</a> so too.'
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": f"Harbour story number {i}",
          "datePublished": f"2024-05-{1 + i % 28:02d}T08:00:00Z", "author": {"@type": "Person", "name": "Ana Lima"}}
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang=en><head><title>Harbour story number {i}</title>"
            f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            f'<meta property="og:type" content="article"></head><body><article>'
            f"<h1>Harbour story number {i}</h1><p class=byline>By Ana Lima</p>"
            f'<figure><img src="/images/{i}.png" alt="harbour"><figcaption>The harbour.</figcaption></figure>'
            f"{body}<p>Related article: <a href=\"/news/{(i + 1) % n}\">Harbour story number {(i + 1) % n}</a></p>"
            f"</article></body></html>")


def source_html(name: str) -> str:
    return f"<!doctype html><html><head><title>Source {name}</title></head><body><p>Figures {name}.</p></body></html>"


class Site:
    """``n`` articles at /news/I, each citing /sources/I-a and /sources/I-b, with one image."""

    def __init__(self, n: int, latency: float) -> None:
        self.n = n
        self.latency = latency
        #: cleared, requests wait for it (so that every worker of a test is up before any page is served)
        self.gate = threading.Event()
        self.gate.set()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site.gate.wait(120)
                time.sleep(site.latency)
                path = self.path
                if path.startswith("/news/") and path[6:].isdigit() and int(path[6:]) < site.n:
                    self._send(article_html(int(path[6:]), site.n).encode(), "text/html; charset=utf-8")
                elif path.startswith("/sources/"):
                    self._send(source_html(path[9:]).encode(), "text/html; charset=utf-8")
                elif path.startswith("/images/"):
                    self._send(IMAGE, "image/png")
                else:
                    self.send_error(404)

            def _send(self, body: bytes, kind: str) -> None:
                send_body(self, 200, kind, body)

            def log_message(self, *args: object) -> None:
                pass

        self.server, self.base = serve_http(Handler)

    def seeds(self) -> list[str]:
        return [f"{self.base}/news/{i}" for i in range(self.n)]

    def pages(self) -> set[str]:
        """Every URL a depth-1 crawl of the seeds must archive."""
        found = set(self.seeds())
        for i in range(self.n):
            found |= {f"{self.base}/sources/{i}-a", f"{self.base}/sources/{i}-b", f"{self.base}/images/{i}.png"}
        return found

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site(30, latency=0.02)
    yield s
    s.close()


def seed(redis_url: str, crawl_id: str, site: Site, tmp_path: Path, *extra: str) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(site.seeds()) + "\n")
    done = run_cli("crawl", "--redis", redis_url, "--crawl-id", crawl_id, "-i", str(urls), "--ignore-robots",
                   *FAST, *extra)
    assert done.returncode == 0, done.stderr
    assert f"queued {site.n} seed(s)" in done.stderr


#: a worker whose every ScrapyDeprecationWarning is an error (a -W option cannot name
#: scrapy's category: it is read before scrapy can be imported)
STRICT = ("import warnings; from scrapy.exceptions import ScrapyDeprecationWarning; "
          "warnings.filterwarnings('error', category=ScrapyDeprecationWarning); "
          "warnings.filterwarnings('error', category=DeprecationWarning, module='scrapy_redis'); ")


def start_worker(redis_url: str, crawl_id: str, out: Path, name: str, prelude: str = "") -> subprocess.Popen:
    main = prelude + "import sys; from newsarchive.cli import main; sys.exit(main(sys.argv[1:]))"
    cmd = [sys.executable, "-c", main,
           "worker", "--redis", redis_url, "--crawl-id", crawl_id, "-o", str(out), "--name", name, "-q"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def response_counts(folder: Path) -> Counter:
    return Counter(rec.rec_headers.get_header("WARC-Target-URI")
                   for _, _, rec, _ in warc_records(folder) if rec.rec_type == "response")


def parts_response_counts(out: Path) -> Counter:
    return sum((response_counts(part / "warc") for part in (out / "parts").iterdir()), Counter())


def assert_complete_archive(out: Path, site: Site) -> list[dict]:
    """A merged archive: every page in exactly one response record, every article once and
    pointing at its page's record, ``warcio check`` clean."""
    records = read_jsonl(out / "articles.jsonl")
    validate(records)
    urls = Counter(r["url"] for r in records)
    assert set(urls) == set(site.seeds()), "articles missing or extra"
    assert [u for u, c in urls.items() if c > 1] == [], "duplicate articles in the merged archive"
    responses = response_counts(out / "warc")
    assert site.pages() - set(responses) == set(), "pages never archived"
    assert [u for u, c in responses.items() if c > 1] == [], "a page in two records of the merged archive"
    for record in records:
        pointed = record_at(out / "warc", record["warc"])
        assert pointed.rec_headers.get_header("WARC-Record-ID") == record["warc"]["record_id"]
        assert pointed.rec_headers.get_header("WARC-Target-URI") == record["final_url"]
    check = warcio_check(out / "warc")
    assert check.returncode == 0, check.stdout + check.stderr
    return records


# -- the tests ----------------------------------------------------------------------------------------
def test_two_workers_archive_every_page_exactly_once(redis_url, site, tmp_path) -> None:
    out = tmp_path / "out"
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(site.seeds()) + "\n")
    site.gate.clear()  # pages wait until both workers run: neither can take the whole crawl while the other starts
    crawl = subprocess.Popen([*newsarchive_cmd(), "crawl", "--redis", redis_url, "--crawl-id", "two", "--workers", "2",
                              "-i", str(urls), "-o", str(out), "--ignore-robots",
                              "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_TIMEOUT=120",  # pages wait
                              "-s", "CONCURRENT_REQUESTS=4"],  # the first worker cannot hold every seed
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and crawl.poll() is None:
        status = run_cli("status", "--redis", redis_url, "--crawl-id", "two")
        if "2 live worker(s)" in status.stdout:
            break
        time.sleep(0.2)
    site.gate.set()
    stdout, stderr = crawl.communicate(timeout=300)
    done = subprocess.CompletedProcess(crawl.args, crawl.returncode, stdout, stderr)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert_complete_archive(out, site)
    responses = response_counts(out / "warc")
    assert [u for u, c in responses.items() if c > 1] == [], "a page fetched twice without any crash"
    parts = sorted(p.name for p in (out / "parts").iterdir())
    assert len(parts) == 2
    for part in parts:  # each worker fetched pages, into its own files, named by worker
        folder = out / "parts" / part / "warc"
        assert list(folder.glob(f"two-{part}-*.warc.gz")), part
        assert response_counts(folder), f"worker {part} archived no page"
    # the parts hold every article once between them (merge had nothing to leave out)
    in_parts = Counter(r["url"] for part in parts for r in read_jsonl(out / "parts" / part / "articles.jsonl"))
    assert set(in_parts) == set(site.seeds()) and max(in_parts.values()) == 1
    # the crawl is finished: status says so, per worker, and a second merge adds nothing
    status = run_cli("status", "--redis", redis_url, "--crawl-id", "two")
    assert status.returncode == 0, status.stderr
    assert "finished: 0 queued, 0 in flight" in status.stdout
    assert all(part in status.stdout for part in parts)
    before = (out / "articles.jsonl").read_bytes()
    again = run_cli("merge", str(out), "-o", str(out))
    assert again.returncode == 0, again.stderr
    assert "0 article record(s) written" in again.stderr
    assert (out / "articles.jsonl").read_bytes() == before


def test_worker_killed_with_sigkill_then_restarted_loses_and_duplicates_nothing(redis_url, tmp_path) -> None:
    # pages slow enough that a worker holds its leases a good while, even when a loaded machine runs the test's
    # polling late (on a fast site the killed worker could be done before it was seen holding one)
    site = Site(60, latency=0.3)
    try:
        # leases far longer than the test: the crawl ends in time only if the worker started
        # again under its name gives back at once what its killed run held
        seed(redis_url, "kill", site, tmp_path, "-s", "NEWSARCHIVE_LEASE_SECONDS=900", "-s", "CONCURRENT_REQUESTS=4")
        out = tmp_path / "out"
        victim = start_worker(redis_url, "kill", out, "w1")
        other = start_worker(redis_url, "kill", out, "w2")
        lines = out / "parts" / "w1" / "articles.jsonl"
        client = redis.Redis.from_url(redis_url)

        def holds_a_lease() -> bool:
            return b"w1" in client.hvals("newsarchive:kill:owners")

        # killed once it has written a few articles, at a moment it holds a lease (on a busy
        # machine the other worker may hold all of them for a while): the worker is stopped
        # (SIGSTOP) before its leases are read, so it cannot give one back between the reading
        # and the kill; holding none, it goes on (SIGCONT) and is tried again
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if lines.exists() and lines.read_bytes().count(b"\n") >= 3:
                victim.send_signal(signal.SIGSTOP)
                if holds_a_lease():
                    break
                victim.send_signal(signal.SIGCONT)
            time.sleep(0.01)
        victim.kill()
        victim.wait()
        held = {k.decode() for k, v in client.hgetall("newsarchive:kill:owners").items() if v == b"w1"}
        assert held, "the kill landed when the worker held no lease: nothing was tested"
        restarted = start_worker(redis_url, "kill", out, "w1")
        for proc in (other, restarted):
            _, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err
            assert "Traceback" not in err
        assert client.llen("newsarchive:kill:requests") == 0 and client.zcard("newsarchive:kill:expiry") == 0
        merged = run_cli("merge", str(out), "-o", str(tmp_path / "merged"))
        assert merged.returncode == 0, merged.stderr
        assert_complete_archive(tmp_path / "merged", site)
        # a page is fetched twice only when it was in flight in the killed worker; the parts
        # keep both fetches (and read cleanly, the killed run's torn tail cut), the merged archive one
        twice = {u for u, c in parts_response_counts(out).items() if c > 1}
        assert twice <= held, twice - held
        check = warcio_check_files(sorted(out.glob("parts/*/warc/*.warc.gz")))
        assert check.returncode == 0, check.stdout + check.stderr
    finally:
        site.close()


def test_merge_keeps_one_fetch_of_each_page_of_a_crawl(redis_url, site, tmp_path) -> None:
    """What a kill leaves, made certain: every page of one crawl fetched by two workers (the
    crawl queued again once the first finished). The parts keep both fetches; the merged
    archive has each page in one response record and each article once, pointing at it."""
    out = tmp_path / "out"
    for name in ("f1", "f2"):
        seed(redis_url, "twice", site, tmp_path, "--clear")
        worker = start_worker(redis_url, "twice", out, name)
        _, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
    assert set(parts_response_counts(out).values()) == {2}
    merged = run_cli("merge", str(out), "-o", str(out))
    assert merged.returncode == 0, merged.stderr
    assert f"{len(site.pages())} second fetch(es) of a page left out" in merged.stderr, merged.stderr
    assert_complete_archive(out, site)
    assert set(parts_response_counts(out).values()) == {2}, "merge changed a part"
    files = {p.name: p.read_bytes() for p in (out / "warc").glob("*.warc.gz")}
    again = run_cli("merge", str(out), "-o", str(out))
    assert again.returncode == 0, again.stderr
    assert "0 article record(s) written" in again.stderr
    assert {p.name: p.read_bytes() for p in (out / "warc").glob("*.warc.gz")} == files


def test_sigterm_gives_the_leases_back_at_once(redis_url, tmp_path) -> None:
    site = Site(20, latency=1.5)  # slow pages: the worker holds leases when it is stopped
    try:
        seed(redis_url, "term", site, tmp_path, "-s", "NEWSARCHIVE_LEASE_SECONDS=600")
        client = redis.Redis.from_url(redis_url)
        out = tmp_path / "out"
        worker = start_worker(redis_url, "term", out, "t1")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and client.zcard("newsarchive:term:expiry") == 0:
            time.sleep(0.05)
        assert client.zcard("newsarchive:term:expiry") > 0
        worker.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 3  # far less than the 600 s lease
        while time.monotonic() < deadline and client.zcard("newsarchive:term:expiry"):
            time.sleep(0.05)
        assert client.zcard("newsarchive:term:expiry") == 0, "leases still held after SIGTERM"
        _, err = worker.communicate(timeout=60)
        assert worker.returncode == 130, err
        # another worker finishes the crawl: nothing the stopped one had was lost
        site.latency = 0
        finisher = start_worker(redis_url, "term", out, "t2")
        _, err = finisher.communicate(timeout=300)
        assert finisher.returncode == 0, err
        assert run_cli("merge", str(out), "-o", str(out)).returncode == 0
        assert_complete_archive(out, site)
    finally:
        site.close()


def test_no_deprecation_warning_from_the_scrapy_redis_layer(redis_url, site, tmp_path) -> None:
    seed(redis_url, "warn", site, tmp_path, "--depth", "0")
    out = tmp_path / "out"
    worker = start_worker(redis_url, "warn", out, "d1", STRICT)
    try:  # a warning turned error breaks the engine's loop: the worker would never end
        _, err = worker.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        worker.kill()
        _, err = worker.communicate()
        pytest.fail("the worker did not finish with deprecation warnings as errors:\n" + err[-3000:])
    assert worker.returncode == 0, err
    assert "DeprecationWarning" not in err and "Traceback" not in err, err
    assert len(read_jsonl(out / "parts" / "d1" / "articles.jsonl")) == site.n


def test_clear_removes_the_crawls_keys_and_bad_input_is_one_line(redis_url, site, tmp_path) -> None:
    seed(redis_url, "gone", site, tmp_path)
    client = redis.Redis.from_url(redis_url)
    assert client.keys("newsarchive:gone:*")
    cleared = run_cli("crawl", "--redis", redis_url, "--crawl-id", "gone", "--clear")
    assert cleared.returncode == 0, cleared.stderr
    assert client.keys("newsarchive:gone:*") == []
    for args in (["worker", "--redis", redis_url, "--crawl-id", "gone", "-o", str(tmp_path / "o")],
                 ["status", "--redis", redis_url, "--crawl-id", "gone"],
                 ["worker", "--redis", f"redis://127.0.0.1:{free_port()}/0", "--crawl-id", "x", "-o", str(tmp_path)],
                 ["crawl", "--redis", redis_url, "--crawl-id", "bad id!", "https://example.org/a"]):
        done = run_cli(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr, done.stderr


def test_same_site_and_depth_travel_with_the_crawl(redis_url, site, tmp_path) -> None:
    """Settings given to the seeder are the workers' settings, whatever the workers are given."""
    seed(redis_url, "depth", site, tmp_path, "--depth", "0")
    out = tmp_path / "out"
    worker = subprocess.run([*newsarchive_cmd(), "worker", "--redis", redis_url, "--crawl-id", "depth",
                             "-o", str(out), "--name", "x1", "-q", "-s", "NEWSARCHIVE_DEPTH=3"],
                            capture_output=True, text=True, timeout=300)
    assert worker.returncode == 0, worker.stderr
    fetched = set(response_counts(out / "parts" / "x1" / "warc"))
    assert not any("/sources/" in url for url in fetched), "depth 0 of the crawl was not kept"
    assert set(site.seeds()) <= fetched
    assert os.path.exists(out / "parts" / "x1" / ".lock")


def test_redis_going_away_stops_a_worker_with_one_line(tmp_path) -> None:
    """The pages it held are not lost: they are in the WARC files, or in Redis's queue and leases."""
    proc, url = start_redis()
    site = Site(30, latency=0.3)
    try:
        seed(url, "away", site, tmp_path)
        out = tmp_path / "out"
        worker = start_worker(url, "away", out, "a1")
        lines = out / "parts" / "a1" / "articles.jsonl"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (lines.exists() and lines.read_bytes().count(b"\n") >= 1):
            time.sleep(0.05)
        proc.kill()
        proc.wait()
        try:
            _, err = worker.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            worker.kill()
            pytest.fail("the worker did not stop once Redis was gone")
        assert worker.returncode == 1, err
        assert "Traceback" not in err, err
        assert "cannot write Redis crawl away" in err, err
    finally:
        site.close()
        if proc.poll() is None:
            proc.kill()


def test_merge_skips_a_part_still_being_written_and_says_so(tmp_path) -> None:
    from newsarchive.store.lock import FolderLock

    part = tmp_path / "out" / "parts" / "busy-1"
    with FolderLock(part, job="worker busy-1 of crawl c"):
        done = run_cli("merge", str(tmp_path / "out"), "-o", str(tmp_path / "merged"))
    assert done.returncode == 3, done.stderr
    assert "skipped" in done.stderr and "busy-1" in done.stderr and "Traceback" not in done.stderr
