"""WARC record metadata: what each record says about when, where from and in which crawl it was made.

Against real local servers and the real CLI: request and response dates taken on the wire,
``WARC-Warcinfo-ID`` on every record of every (rotated) file, the warcinfo first and dated
first, saying what was crawled, ``WARC-IP-Address`` on requests and revisits, the run's crawl
log with its failures, revisit records for robots.txt and pages that are no articles, and the
304's head kept out of replay indexes (``cdxj-indexer``, what WACZ uses, and pywb on its index).
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from helpers import FAST, RawServer, newsarchive_cmd, run_cli, warcio_check
from warcio.archiveiterator import ArchiveIterator
from warcio.timeutils import iso_date_to_datetime

from newsarchive.warc import WarcFile

SEED = "/2023/03/07/russias-losses-in-bakhmut-5-times-higher-than-ukraine-s-nato-estimates-a80410"
NOT_ARTICLE = "/sources/cnn-nato-bakhmut-estimate/"  # a cited-source stub: archived, never an article
GONE = "/status/404"
LOOP = "/loop/a"  # redirects to /loop/b and back, forever
JOB, OPERATOR = "harbour-watch", "Archive Desk <desk@example.org>"
DELAY = 2.0  # seconds a test server holds back a body or a head


def when(record) -> datetime:
    return iso_date_to_datetime(record.rec_headers.get_header("WARC-Date")).replace(tzinfo=UTC)


def header(record, name: str) -> str | None:
    return record.rec_headers.get_header(name)


def read_file(path: Path) -> list:
    """Every record of one WARC file, its block (after any HTTP head) as stored in ``record.block``."""
    records = []
    with open(path, "rb") as f:
        for record in ArchiveIterator(f):
            record.block = record.raw_stream.read()
            records.append(record)
    return records


def crawl_log(records: list) -> list[list[str]]:
    (log,) = [r for r in records if r.rec_type == "resource"
              and header(r, "WARC-Target-URI").startswith("urn:newsarchive:crawl-log:")]
    assert header(log, "Content-Type") == "text/plain; charset=utf-8"
    return [line.split("\t") for line in log.block.decode("utf-8").splitlines() if not line.startswith("#")]


@pytest.fixture(scope="module")
def two_runs(site, dead_url, tmp_path_factory) -> tuple[Path, list[Path], list[Path]]:
    """The same crawl twice into one folder, rotating WARC files at 6 kB: (folder, 1st files, 2nd files)."""
    out = tmp_path_factory.mktemp("metadata")
    args = ["crawl", site.base_url + SEED, site.base_url + NOT_ARTICLE, site.base_url + GONE, dead_url + "gone",
            site.base_url + LOOP,
            "-o", str(out), "--depth", "0", "--warc-max-size", "6k", *FAST,
            "-s", f"NEWSARCHIVE_JOB={JOB}", "-s", f"NEWSARCHIVE_OPERATOR={OPERATOR}"]
    first = run_cli(*args)
    assert first.returncode == 0, first.stderr
    first_files = sorted((out / "warc").glob("*.warc.gz"))
    second = run_cli(*args)
    assert second.returncode == 0, second.stderr
    second_files = sorted(set((out / "warc").glob("*.warc.gz")) - set(first_files))
    return out, first_files, second_files


def test_every_record_names_the_warcinfo_of_its_file(two_runs) -> None:
    out, first, second = two_runs
    assert len(first) > 1 and second, "the 6 kB limit must rotate files"
    for path in first + second:
        info, *rest = read_file(path)
        assert info.rec_type == "warcinfo" and header(info, "WARC-Filename") == path.name
        assert rest and header(info, "WARC-Warcinfo-ID") is None
        assert {header(r, "WARC-Warcinfo-ID") for r in rest} == {header(info, "WARC-Record-ID")}, path.name
        assert when(info) <= min(map(when, rest)), f"{path.name}: a record is dated before its warcinfo"
    check = warcio_check(out / "warc")
    assert check.returncode == 0, check.stdout + check.stderr


def test_warcinfo_says_what_was_crawled(site, dead_url, two_runs) -> None:
    _, first, second = two_runs
    for path in first + second:
        block = read_file(path)[0].block.decode("utf-8")
        fields = [line.split(": ", 1) for line in block.splitlines()]
        values = {}
        for name, value in fields:
            values.setdefault(name, []).append(value)
        assert values["seed"] == [site.base_url + SEED, site.base_url + NOT_ARTICLE, site.base_url + GONE,
                                  dead_url + "gone", site.base_url + LOOP]
        assert values["seed-count"] == ["5"] and values["depth"] == ["0"]
        assert values["isPartOf"] == [JOB] and values["operator"] == [OPERATOR]
        assert values["hostname"] == [socket.gethostname()]
        assert values["http-header-user-agent"][0].startswith("newsarchive/")


def test_ip_address_on_requests_responses_and_revisits(two_runs) -> None:
    _, first, second = two_runs
    records = [r for path in first + second for r in read_file(path)]
    fetched = [r for r in records if r.rec_type in ("request", "response", "revisit")]
    assert {r.rec_type for r in fetched} == {"request", "response", "revisit"}
    assert {header(r, "WARC-IP-Address") for r in fetched} == {"127.0.0.1"}


def test_crawl_log_lists_fetches_and_failures(site, dead_url, two_runs) -> None:
    _, first, second = two_runs
    for files in (first, second):
        lines = crawl_log([r for path in files for r in read_file(path)])
        by_url = {}
        for line in lines:
            by_url.setdefault(line[3], []).append(line)
        (dead,) = by_url[dead_url + "gone"]  # never answered: a failure line only
        assert dead[1:] == ["-", "-", dead_url + "gone", "failed: connection refused"]
        assert [line[1] for line in by_url[site.base_url + GONE]] == ["404", "-"]
        assert by_url[site.base_url + GONE][1][4] == "failed: HTTP 404"
        assert by_url[site.base_url + "/robots.txt"][0][1] == "200"
        # a redirect loop is a failure too, whoever notices it (the duplicate filter or the redirect limit)
        loops = [line for line in lines if line[3].startswith(site.base_url + LOOP + " ") and line[1] == "-"]
        assert len(loops) == 1 and loops[0][4] in ("failed: redirect loop", "failed: too many redirects"), lines
        for line in lines:
            datetime.fromisoformat(line[0])  # every line starts with its time
    first_records = [r for path in first for r in read_file(path)]
    seed_response = next(r for r in first_records if r.rec_type == "response"
                         and header(r, "WARC-Target-URI") == site.base_url + SEED)
    (seed_line,) = [line for line in crawl_log(first_records) if line[3] == site.base_url + SEED]
    assert seed_line[1:3] == ["200", str(len(seed_response.block))]  # the payload as received (gzip)
    assert seed_line[0] == header(seed_response, "WARC-Date")
    second_lines = crawl_log([r for path in second for r in read_file(path)])
    assert {line[4] for line in second_lines if line[3] == site.base_url + NOT_ARTICLE} == {"revisit"}


def test_second_run_stores_robots_and_non_article_pages_as_revisits(site, two_runs) -> None:
    _, first, second = two_runs
    originals = {header(r, "WARC-Record-ID"): r for path in first for r in read_file(path)}
    again = [r for path in second for r in read_file(path)]
    for path in ("/robots.txt", NOT_ARTICLE, SEED):
        kinds = [r.rec_type for r in again if header(r, "WARC-Target-URI") == site.base_url + path]
        assert "response" not in kinds and kinds.count("revisit") == 1, (path, kinds)
        revisit = next(r for r in again if r.rec_type == "revisit"
                       and header(r, "WARC-Target-URI") == site.base_url + path)
        original = originals[header(revisit, "WARC-Refers-To")]
        assert original.rec_type == "response"
        assert header(original, "WARC-Payload-Digest") == header(revisit, "WARC-Payload-Digest")
        assert header(revisit, "WARC-Refers-To-Date") == header(original, "WARC-Date")


def _index(files: list[Path], *options: str) -> list[tuple[str, str, dict]]:
    cdxj = shutil.which("cdxj-indexer", path=str(Path(sys.executable).parent))
    if cdxj is None:
        pytest.skip("cdxj-indexer is not installed (pip install cdxj-indexer)")
    result = subprocess.run([cdxj, *options, *map(str, files)], capture_output=True, text=True, check=True)
    lines = [line.split(" ", 2) for line in result.stdout.splitlines()]
    return [(key, stamp, json.loads(fields)) for key, stamp, fields in lines]


def test_304_head_is_never_indexed_as_the_article(site, two_runs) -> None:
    out, first, second = two_runs
    again = [r for path in second for r in read_file(path)]
    revisit = next(r for r in again if r.rec_type == "revisit" and header(r, "WARC-Target-URI") == site.base_url + SEED)
    (head,) = [r for r in again if r.rec_type == "metadata"]
    assert head.block.startswith(b"http-response-line: HTTP/1.1 304 Not Modified\r\n")
    assert header(head, "WARC-Concurrent-To") == header(revisit, "WARC-Record-ID")
    assert header(head, "WARC-Target-URI") != site.base_url + SEED
    # as WACZ indexes them, and with every metadata record indexed (cdxj-indexer leaves out the
    # application/warc-fields ones by default; other indexers may not)
    everything = ("--records", "metadata,response,revisit,resource")
    for files, options in ((second, ()), (first + second, ()), (second, everything)):
        entries = [fields for _, _, fields in _index(files, *options) if fields["url"] == site.base_url + SEED]
        assert entries, "the article must be in the index"
        for fields in entries:
            with open(out / "warc" / fields["filename"], "rb") as f:
                f.seek(int(fields["offset"]))
                record = next(iter(ArchiveIterator(BytesIO(f.read(int(fields["length"]))))))
            assert record.rec_type in ("response", "revisit"), fields
        at_revisit = [fields for fields in entries
                      if fields["filename"] in {p.name for p in second}]
        assert [fields["mime"] for fields in at_revisit] == ["warc/revisit"]


@pytest.fixture(scope="module")
def pywb_bin() -> Path:
    from pywb_env import PywbUnavailable, pywb_bindir
    try:
        return pywb_bindir()
    except PywbUnavailable as exc:
        pytest.skip(f"no pywb virtualenv: {exc}")


def test_article_replays_at_the_revisit_time_from_a_cdxj_index(site, two_runs, pywb_bin, tmp_path) -> None:
    from pywb_env import clean_env
    _out, first, second = two_runs
    env = clean_env()
    subprocess.run([str(pywb_bin / "wb-manager"), "init", "news"], cwd=tmp_path, check=True,
                   capture_output=True, env=env)
    collection = tmp_path / "collections" / "news"
    for path in first + second:
        shutil.copy(path, collection / "archive" / path.name)
    lines = sorted(f"{key} {stamp} {json.dumps(fields)}" for key, stamp, fields in _index(first + second))
    (collection / "indexes" / "index.cdxj").write_text("\n".join(lines) + "\n")
    revisit = next(r for path in second for r in read_file(path)
                   if r.rec_type == "revisit" and header(r, "WARC-Target-URI") == site.base_url + SEED)
    stamp = when(revisit).strftime("%Y%m%d%H%M%S")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([str(pywb_bin / "wayback"), "-p", str(port), "-b", "127.0.0.1"], cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        url = f"http://127.0.0.1:{port}/news/{stamp}id_/{site.base_url}{SEED}"
        with urllib.request.urlopen(url, timeout=30) as resp:
            page = resp.read().decode("utf-8", "replace")
            memento = resp.headers.get("Memento-Datetime")
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert "Losses in Bakhmut" in page and "http-response-line" not in page
    served = datetime.strptime(memento, "%a, %d %b %Y %H:%M:%S GMT").replace(tzinfo=UTC)
    assert served.strftime("%Y%m%d%H%M%S") == stamp  # the revisit, resolved to the original's payload


# -- dates taken on the wire -----------------------------------------------------------------------
PAGE = (b"<!DOCTYPE html><html><head><title>Slow page</title></head><body><article><h1>Slow page</h1>"
        b"<p>A page whose server takes its time.</p></article></body></html>")


def _late_body(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n"
                 b"Connection: close\r\n\r\n" % len(PAGE))
    time.sleep(DELAY)
    conn.sendall(PAGE)


def _late_head(conn: socket.socket) -> None:
    time.sleep(DELAY)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n"
                 b"Connection: close\r\n\r\n%s" % (len(PAGE), PAGE))


def test_request_dated_when_sent_response_when_its_head_arrived(tmp_path) -> None:
    server = RawServer({"/late-body": _late_body, "/late-head": _late_head})
    try:
        result = run_cli("crawl", server.base_url + "/late-body", server.base_url + "/late-head", "-o",
                         str(tmp_path), "--depth", "0", *FAST, "-s", "DOWNLOAD_TIMEOUT=10")
    finally:
        server.close()
    assert result.returncode == 0, result.stderr
    (path,) = sorted((tmp_path / "warc").glob("*.warc.gz"))
    records = read_file(path)
    dates = {}
    for record in records:
        if record.rec_type in ("request", "response"):
            dates[(header(record, "WARC-Target-URI").rsplit("/", 1)[1], record.rec_type)] = when(record)
    body_gap = dates[("late-body", "response")] - dates[("late-body", "request")]
    assert timedelta(0) <= body_gap < timedelta(seconds=DELAY / 2), body_gap  # not when the body ended
    head_gap = dates[("late-head", "response")] - dates[("late-head", "request")]
    assert head_gap >= timedelta(seconds=DELAY * 0.75), head_gap  # the request is dated when sent
    assert when(records[0]) <= min(dates.values())  # the warcinfo is dated first
    check = warcio_check(tmp_path / "warc")
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_rotated_file_warcinfo_is_dated_before_records_sent_earlier(tmp_path) -> None:
    sent = datetime(2026, 11, 24, 21, 0, 0, tzinfo=UTC)  # long before the file is opened
    warc = WarcFile(tmp_path, [("software", "test")], max_size=1)
    ids = []
    for i in range(2):
        resp = warc.response_record(f"http://127.0.0.1/{i}", b"HTTP/1.1 200 OK\r\n\r\n", b"x", sent + timedelta(seconds=i))
        req = warc.request_record(f"http://127.0.0.1/{i}", b"GET / HTTP/1.1\r\n\r\n", b"", sent,
                                  resp.rec_headers.get_header("WARC-Record-ID"), ip="127.0.0.1")
        ids.append(warc.write(resp, req)[0].filename)
    warc.close()
    assert ids[0] != ids[1]  # rotated
    for name in ids:
        info, *rest = read_file(tmp_path / name)
        assert when(info) == sent and {header(r, "WARC-Warcinfo-ID") for r in rest} == {header(info, "WARC-Record-ID")}


def test_an_interrupted_run_still_writes_its_crawl_log(site, tmp_path) -> None:
    """Ctrl-C: the run stops cleanly, and its log says what it fetched before."""
    proc = subprocess.Popen([*newsarchive_cmd(), "crawl", site.base_url + NOT_ARTICLE, site.base_url + "/slow" + SEED,
                             "-o", str(tmp_path), "--depth", "0", *FAST, "-s", "DOWNLOAD_TIMEOUT=10"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((tmp_path / "warc").glob("*.warc.gz")):
        time.sleep(0.05)  # the first page is archived: the slow one is in flight
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    lines = crawl_log([r for path in sorted((tmp_path / "warc").glob("*.warc.gz")) for r in read_file(path)])
    assert [line[1] for line in lines if line[3] == site.base_url + NOT_ARTICLE] == ["200"]
