"""Periodic jobs end to end: three runs of a job against a local site that changes
between runs (edits, a feed that gains an item, a page that starts returning 404),
real SQLite state, real WARC files, the CLI in subprocesses."""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest
from helpers import (
    newsarchive_cmd,
    read_jsonl,
    run_cli,
    validate,
    warc_records,
    warcio_check,
)

from newsarchive.demo.server import SiteRequestHandler, SiteServer
from newsarchive.items import COMPARED_FIELDS

PARAGRAPHS = [
    "The city council approved the harbour tunnel on Thursday after a decade of delays and three reviews.",
    "Construction is due to start next spring, officials said, and the tunnel should open within six years.",
    "Residents near the northern portal asked for noise barriers and night-time limits on heavy lorries.",
]
TODAY = datetime.now(timezone.utc).strftime("%Y-%m-%d")


def article(title: str, paragraphs: list[str], slug: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - Harbour Times</title>'
            f'<meta property="og:type" content="article"><meta property="article:published_time" content="{TODAY}T09:00:00+00:00">'
            f'<link rel="canonical" href="/news/{slug}/"></head><body><header><nav><a href="/">Home</a></nav></header>'
            f'<main><article><h1>{title}</h1><p class="byline">By Anna Smith</p>'
            f'<div class="article-body">{body}</div></article></main><footer>© Harbour Times</footer></body></html>')


def feed(base: str, slugs: list[str]) -> str:
    now = format_datetime(datetime.now(timezone.utc))
    items = "".join(f"<item><title>{s}</title><link>{base}/news/{s}/</link><pubDate>{now}</pubDate></item>"
                    for s in slugs)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>{items}</channel></rss>'


class ChangingSite:
    """A folder served on 127.0.0.1 whose pages the test rewrites between runs."""

    def __init__(self, root: Path, server: SiteServer) -> None:
        self.root, self.server = root, server

    @property
    def base(self) -> str:
        return self.server.base_url

    def page(self, slug: str, title: str, paragraphs: list[str] = PARAGRAPHS) -> None:
        path = self.root / "news" / slug / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(title, paragraphs, slug))

    def feed(self, slugs: list[str]) -> None:
        (self.root / "feed.xml").write_text(feed(self.base, slugs))

    def remove(self, slug: str) -> None:
        (self.root / "news" / slug / "index.html").unlink()


@pytest.fixture
def changing_site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    with SiteServer(root) as server:
        yield ChangingSite(root, server)


def write_job(tmp_path: Path, site: ChangingSite, out: Path, extra: str = "") -> Path:
    (tmp_path / "urls.txt").write_text(f"# listed articles\n{site.base}/news/tunnel/\n")
    jobs = tmp_path / "jobs.toml"
    jobs.write_text(f'''
[jobs.harbour]
seeds = ["{site.base}/feed.xml", "urls.txt"]
every = "1h"
depth = 0
output = "{out}"
revisit = {{ for = "30d", every = "1s" }}
settings = {{ AUTOTHROTTLE_ENABLED = false, DOWNLOAD_TIMEOUT = 5 }}
{extra}''')
    return jobs


def changed_fields(record: dict) -> set[str]:
    """The fields a record's ``changes`` reports changed (it names every compared field)."""
    assert set(record["changes"]) == set(COMPARED_FIELDS)
    return {name for name, change in record["changes"].items() if change is not None}


def run_job(jobs: Path) -> subprocess.CompletedProcess:
    time.sleep(1.1)  # the revisit interval of the test job is 1 s
    result = run_cli("run", str(jobs), "--job", "harbour")
    assert result.returncode == 0, result.stderr
    return result


def test_three_runs_archive_only_what_changed(changing_site, tmp_path) -> None:
    site, out = changing_site, tmp_path / "archive"
    site.page("tunnel", "Harbour tunnel approved")
    site.page("bridge", "Old bridge to close for repairs")
    site.page("market", "Fish market moves to the quay")
    site.feed(["bridge", "market"])
    jobs = write_job(tmp_path, site, out)

    run_job(jobs)
    first = read_jsonl(out / "articles.jsonl")
    assert sorted((r["url"].split("/")[-2], r["version"]) for r in first) == [
        ("bridge", 1), ("market", 1), ("tunnel", 1)]
    assert all(r["changes"] == dict.fromkeys(COMPARED_FIELDS) for r in first)  # one shape, nothing changed

    site.page("tunnel", "Harbour tunnel approved after decade of delays")  # retitled
    site.page("market", "Fish market moves to the quay", PARAGRAPHS[:2] + [
        "Traders will pay no rent for the first year, the port authority said on Friday."])  # body edit
    site.page("ferry", "Night ferry returns")
    site.feed(["bridge", "market", "ferry"])  # the feed gains an item
    run_job(jobs)
    second = read_jsonl(out / "articles.jsonl")[len(first):]
    by_slug = {r["url"].split("/")[-2]: r for r in second}
    assert set(by_slug) == {"tunnel", "market", "ferry"}  # the unchanged bridge adds no record
    assert by_slug["tunnel"]["version"] == 2 and changed_fields(by_slug["tunnel"]) == {"headline"}
    assert by_slug["tunnel"]["changes"]["headline"] == {"words_added": 4, "words_removed": 0}
    assert by_slug["market"]["version"] == 2 and changed_fields(by_slug["market"]) == {"body"}
    assert by_slug["market"]["changes"]["body"]["words_removed"] > 0
    assert by_slug["ferry"]["version"] == 1
    validate(first + second)

    records = [(rec, raw) for _, _, rec, raw in warc_records(out / "warc")]
    revisits = [rec for rec, _ in records if rec.rec_type == "revisit"]
    bridge = [r for r in revisits if r.rec_headers.get_header("WARC-Target-URI").endswith("/news/bridge/")]
    assert len(bridge) == 1
    assert bridge[0].rec_headers.get_header("WARC-Profile").endswith("/revisit/identical-payload-digest")
    # a conditional request answered 304 Not Modified: kept as received in a metadata record beside it
    bridge_id = bridge[0].rec_headers.get_header("WARC-Record-ID")
    (head,) = [raw for rec, raw in records if rec.rec_type == "metadata"
               and rec.rec_headers.get_header("WARC-Concurrent-To") == bridge_id]
    assert head.startswith(b"http-response-line: HTTP/1.1 304 Not Modified\r\n")
    request = next(rec for rec, _ in records if rec.rec_type == "request"
                   and rec.rec_headers.get_header("WARC-Concurrent-To") == bridge_id)
    assert request.http_headers.get_header("If-None-Match")
    originals = {rec.rec_headers.get_header("WARC-Record-ID"): rec for rec, _ in records}
    original = originals[bridge[0].rec_headers.get_header("WARC-Refers-To")]
    assert original.rec_type == "response"
    assert original.rec_headers.get_header("WARC-Payload-Digest") == bridge[0].rec_headers.get_header(
        "WARC-Payload-Digest")

    site.remove("market")
    run_job(jobs)
    third = read_jsonl(out / "articles.jsonl")[len(first) + len(second):]
    assert third == []  # nothing new; the removal is history, not a record
    history = run_cli("history", f"{site.base}/news/market/", "-o", str(out))
    assert history.returncode == 0, history.stderr
    assert "removed since" in history.stdout and "body +" in history.stdout
    diff = run_cli("history", f"{site.base}/news/tunnel/", "-o", str(out), "--diff")
    assert diff.returncode == 0, diff.stderr
    assert "Harbour tunnel approved {+after decade of delays+}" in diff.stdout
    assert warcio_check(out / "warc").returncode == 0
    replay_each_version_in_pywb(out, site.base, tmp_path)


def replay_each_version_in_pywb(out: Path, base: str, tmp_path: Path) -> None:
    """pywb, a standard replay tool, serves the right version of each page at each run's time."""
    from pywb_env import PywbUnavailable, pywb_bindir
    from test_pywb import Wayback

    try:
        bindir = pywb_bindir()
    except PywbUnavailable as exc:
        pytest.skip(f"no pywb virtualenv: {exc}")
    with Wayback(bindir, tmp_path / "pywb", sorted((out / "warc").glob("*.warc.gz"))) as wayback:
        runs = sorted({r["fetched_at"] for r in read_jsonl(out / "articles.jsonl")})
        stamps = [t.replace("-", "").replace(":", "").replace("T", "").rstrip("Z") for t in runs]
        tunnel = [wayback.page(stamp, f"{base}/news/tunnel/") for stamp in stamps]
        assert "<h1>Harbour tunnel approved</h1>" in tunnel[0]
        assert "<h1>Harbour tunnel approved after decade of delays</h1>" in tunnel[-1]
        late = wayback.page("29991231000000", f"{base}/news/bridge/")  # latest capture: a 304 revisit
        assert "<h1>Old bridge to close for repairs</h1>" in late


def slowly(handler: SiteRequestHandler) -> None:
    time.sleep(0.4)
    handler.serve_file(handler.request_path)


@pytest.mark.parametrize("kill_after", [1, 3, 6])
def test_killed_run_then_rerun_loses_and_duplicates_nothing(tmp_path, kill_after: int) -> None:
    root = tmp_path / "site"
    root.mkdir()
    with SiteServer(root, routes={"/news/": slowly}) as server:
        site = ChangingSite(root, server)
        slugs = [f"story-{i}" for i in range(8)]
        for slug in slugs:
            site.page(slug, f"Story number {slug[-1]} on the harbour")
        site.feed(slugs)
        out = tmp_path / "archive"
        jobs = write_job(tmp_path, site, out, extra="")
        site.page("tunnel", "Harbour tunnel approved")
        proc = subprocess.Popen([*newsarchive_cmd(), "run", str(jobs), "--job", "harbour", "-q"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            path = out / "articles.jsonl"
            if path.exists() and path.read_bytes().count(b"\n") >= kill_after:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        second = run_cli("run", str(jobs), "--job", "harbour")
        assert second.returncode == 0, second.stderr
    records = read_jsonl(out / "articles.jsonl")
    keys = [(r["url"], r["version"]) for r in records]
    assert len(keys) == len(set(keys))  # no version written twice
    assert {r["url"].split("/")[-2] for r in records} == {*slugs, "tunnel"}  # none lost
    assert all(v == 1 for _, v in keys)


def test_a_second_run_on_the_same_folder_is_refused(tmp_path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    second_done = threading.Event()

    def held(handler: SiteRequestHandler) -> None:  # the first run's pages wait for the second run
        second_done.wait(120)
        handler.serve_file(handler.request_path)

    with SiteServer(root, routes={"/news/": held}) as server:
        site = ChangingSite(root, server)
        for i in range(5):
            site.page(f"s{i}", f"Story {i}")
        site.feed([f"s{i}" for i in range(5)])
        jobs = write_job(tmp_path, site, tmp_path / "archive")
        site.page("tunnel", "Harbour tunnel approved")
        first = subprocess.Popen([*newsarchive_cmd(), "run", str(jobs), "--job", "harbour", "-q"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while not (tmp_path / "archive" / ".lock").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        try:
            second = run_cli("run", str(jobs), "--job", "harbour")
        finally:
            second_done.set()
        _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert second.returncode == 3
    assert "another newsarchive run is writing" in second.stderr
    assert str(first.pid) in second.stderr
    assert len(second.stderr.strip().splitlines()) == 1


def test_job_file_errors_exit_2(tmp_path) -> None:
    jobs = tmp_path / "jobs.toml"
    jobs.write_text('[jobs.x]\nseeds = ["https://example.org/a"]\nevery = "30 minutes"\n')
    result = run_cli("run", str(jobs), "--job", "x")
    assert result.returncode == 2 and "every: not a duration" in result.stderr
    jobs.write_text('[jobs.x]\nseeds = ["https://example.org/a"]\nevery = "30m"\n')
    result = run_cli("run", str(jobs), "--job", "y")
    assert result.returncode == 2 and "no job 'y'" in result.stderr
    result = run_cli("history", "https://example.org/a", "-o", str(tmp_path))
    assert result.returncode == 2 and "no state database" in result.stderr


def test_feed_job_picks_up_only_new_items(changing_site, tmp_path) -> None:
    site, out = changing_site, tmp_path / "archive"
    for slug in ("one", "two"):
        site.page(slug, f"Story {slug} of the day")
    site.feed(["one", "two"])
    jobs = tmp_path / "feed.toml"
    jobs.write_text(f'[jobs.harbour]\nseeds = ["{site.base}/feed.xml"]\nevery = "1h"\ndepth = 0\n'
                    f'output = "{out}"\nrevisit = {{ for = "0" }}\n'
                    'settings = { AUTOTHROTTLE_ENABLED = false }\n')
    run_job(jobs)
    site.page("three", "Story three of the day")
    site.feed(["three", "one", "two"])
    feed_xml = site.root / "feed.xml"  # known items now carry tracking parameters: still known
    feed_xml.write_text(feed_xml.read_text().replace("/news/one/<", "/news/one/?utm_source=rss<"))
    run_job(jobs)
    urls = [r["url"].split("/")[-2] for r in read_jsonl(out / "articles.jsonl")]
    assert sorted(urls[:2]) == ["one", "two"] and urls[2:] == ["three"]
    fetched = [rec.rec_headers.get_header("WARC-Target-URI").split("/")[-2]
               for _, _, rec, _ in warc_records(out / "warc") if rec.rec_type in ("response", "revisit")]
    assert fetched.count("one") == 1 and fetched.count("two") == 1  # old items not fetched again
    history = run_cli("history", f"{site.base}/news/three/", "-o", str(out))
    assert history.returncode == 0 and "Story three of the day" in history.stdout
