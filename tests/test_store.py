"""The archive folder as one store: lock, unusable outputs, whole writes, torn tails, frontier.

Real files throughout; write failures are real too: a child process with a file-size
limit (``RLIMIT_FSIZE``) gets ``EFBIG`` from the kernel exactly where a full disk
would give ``ENOSPC``.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from helpers import FAST, read_jsonl, run_cli, warc_records, warcio_check
from warcio.archiveiterator import ArchiveIterator

from newsarchive.store.archive import Archive
from newsarchive.store.errors import StoreWriteError, UnusableOutput
from newsarchive.store.files import (
    AppendOnlyLines,
    trim_torn_members,
    whole_members_end,
)
from newsarchive.store.frontier import Entry
from newsarchive.store.lock import LockedError
from newsarchive.warc import WarcFile


def gzip_members(path: Path) -> list[bytes]:
    """Each gzip member of a file, decompressed; fails on a torn one."""
    data, members = path.read_bytes(), []
    while data:
        d = zlib.decompressobj(zlib.MAX_WBITS | 16)
        members.append(d.decompress(data))
        assert d.eof, f"{path}: torn gzip member at the end"
        data = d.unused_data
    return members


def test_one_writer_per_folder(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a"):
        with pytest.raises(LockedError, match=f"pid {os.getpid()}"):
            Archive.open(tmp_path / "a")
    Archive.open(tmp_path / "a").close()  # released


def test_a_file_is_no_output_folder(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("mine")
    with pytest.raises(UnusableOutput, match="it is a file"):
        Archive.open(tmp_path / "taken")
    assert (tmp_path / "taken").read_text() == "mine"


def test_cli_output_that_is_a_file_exits_2_with_one_line(tmp_path: Path, site) -> None:
    (tmp_path / "taken").write_text("mine")
    result = run_cli("crawl", f"{site.base_url}/news/a1.html", "-o", str(tmp_path / "taken"), *FAST)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "it is a file" in result.stderr and "Traceback" not in result.stderr


def test_frontier_survives_reopening_and_clears(tmp_path: Path) -> None:
    with Archive.open(tmp_path) as archive:
        added = archive.frontier.add([Entry("http://a.test/1", 0), Entry("http://a.test/2", 1),
                                      Entry("http://a.test/1", 0)])
        assert [e.url for e in added] == ["http://a.test/1", "http://a.test/2"]
        archive.acknowledge("http://a.test/1")
    with Archive.open(tmp_path) as archive:
        assert archive.frontier.pending() == [Entry("http://a.test/2", 1, "page")]
        assert archive.frontier.seeds() == []  # none was given by the user
        assert archive.frontier.state_of("http://a.test/1") == "done"
        assert archive.frontier.add([Entry("http://a.test/1", 0)]) == []  # done in this run: not again
        archive.frontier.clear()
        assert archive.frontier.counts() == (0, 0)


def test_nothing_is_acknowledged_after_a_failed_write(tmp_path: Path) -> None:
    with Archive.open(tmp_path) as archive:
        archive.frontier.add([Entry("http://a.test/1", 0)])
        seen = []
        archive.on_failure(seen.append)
        archive.fail(StoreWriteError(tmp_path / "x", "No space left on device"))
        archive.fail(StoreWriteError(tmp_path / "y", "again"))
        archive.acknowledge("http://a.test/1")
        assert archive.frontier.pending() == [Entry("http://a.test/1", 0)]
        assert [str(e) for e in seen] == [f"cannot write {tmp_path / 'x'}: No space left on device"]


def _warc(folder: Path, n: int) -> WarcFile:
    warc = WarcFile(folder, {"software": "test"}, prefix="t")
    for i in range(n):
        rec = warc.response_record(f"http://a.test/{i}", b"HTTP/1.1 200 OK\r\n\r\n", b"x" * 1000, _now())
        warc.write(rec)
    return warc


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


def test_torn_warc_tail_is_cut_back_to_whole_records(tmp_path: Path) -> None:
    warc = _warc(tmp_path / "warc", 3)
    path = warc.files[0]
    whole = path.stat().st_size
    # a crash mid-write: half of one more member, and the file left marked open
    rec = warc.response_record("http://a.test/x", b"HTTP/1.1 200 OK\r\n\r\n", b"y" * 5000, _now())
    extra = warc._serialise(rec)
    with open(path, "ab") as f:
        f.write(extra[: len(extra) // 2])
    assert whole_members_end(path) == whole
    Archive.open(tmp_path).close()  # any command opening the folder repairs it
    assert path.stat().st_size == whole
    assert not path.with_name(path.name + ".open").exists()
    assert len(gzip_members(path)) == 4  # warcinfo + 3 responses
    assert warcio_check(path.parent).returncode == 0


def test_trim_torn_members_keeps_a_whole_file(tmp_path: Path) -> None:
    warc = _warc(tmp_path, 2)
    warc.close()
    path = warc.files[0]
    size = path.stat().st_size
    assert trim_torn_members(path) == 0 and path.stat().st_size == size
    assert not path.with_name(path.name + ".open").exists()  # a clean close removes the marker


def test_partial_json_line_is_cut(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_bytes(b'{"a":1}\n{"b":2}\n{"c":')
    lines = AppendOnlyLines(path)
    lines.append(b'{"d":4}\n')
    lines.close()
    assert [json.loads(x) for x in path.read_text().splitlines()] == [{"a": 1}, {"b": 2}, {"d": 4}]


WRITER = r"""
import os, resource, signal, sys
from pathlib import Path
from newsarchive.store.errors import StoreWriteError
from newsarchive.store.files import AppendOnlyLines
from newsarchive.warc import WarcFile
from datetime import UTC, datetime
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
folder = Path(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
lines = AppendOnlyLines(folder / "articles.jsonl")
warc = WarcFile(folder / "warc", {"software": "test"}, prefix="t")
n = 0
try:
    while True:
        rec = warc.response_record(f"http://a.test/{n}", b"HTTP/1.1 200 OK\r\n\r\n", os.urandom(3000), datetime.now(UTC))
        warc.write(rec)
        lines.append(('{"n": %d, "pad": "%s"}\n' % (n, "x" * 2500)).encode())
        n += 1
except StoreWriteError as exc:
    print(n, exc.path.name, exc.reason, sep="\t")
"""


def test_a_failed_write_leaves_whole_lines_and_records(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", WRITER, str(tmp_path), "60000"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    written, name, reason = result.stdout.strip().split("\t")
    assert reason == "File too large" and int(written) > 3
    lines = (tmp_path / "articles.jsonl").read_text().splitlines()
    assert [json.loads(x)["n"] for x in lines] == list(range(len(lines)))
    warc = next((tmp_path / "warc").glob("*.warc.gz"))
    members = gzip_members(warc)
    assert len(members) - 1 in (len(lines), len(lines) + 1)  # warcinfo + one response per line (+1 before the line)
    with open(warc, "rb") as f:
        assert sum(1 for _ in ArchiveIterator(f)) == len(members)


def _limited(limit: int):
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story {n}</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Story {n}",
"datePublished": "2026-11-0{d}T10:00:00Z", "author": {{"@type": "Person", "name": "Ann Writer"}}}}</script>
</head><body><article><h1>Story {n}</h1><p class="byline">By Ann Writer</p>
{paragraphs}
<p>The plan was approved on Monday after a long debate in the chamber, as
<a href="/sources/{n}-a.html">the council reported</a> in its minutes, and work on it will go on
through the winter, <a href="/sources/{n}-b.html">a second source said</a> on Tuesday evening.</p></article></body></html>"""
VOCABULARY = [f"w{i:x}" for i in range(4096)]
SOURCE = "<!DOCTYPE html><html><head><title>Source</title></head><body><p>A cited page.</p></body></html>"


def make_site(folder: Path, articles: int) -> list[str]:
    """A news site of ``articles`` article pages, each citing two source pages; the article paths."""
    (folder / "news").mkdir(parents=True)
    (folder / "sources").mkdir()
    paths = []
    for n in range(articles):
        words = random.Random(n).choices(VOCABULARY, k=1500)  # ~10 KB that gzip cannot shrink much
        paragraphs = "\n".join(f"<p>{' '.join(words[i:i + 100])}.</p>" for i in range(0, len(words), 100))
        (folder / "news" / f"{n}.html").write_text(ARTICLE.format(n=n, d=n % 9 + 1, paragraphs=paragraphs))
        for side in "ab":
            (folder / "sources" / f"{n}-{side}.html").write_text(SOURCE)
        paths.append(f"/news/{n}.html")
    return paths


@pytest.fixture
def generated_site(tmp_path: Path):
    from newsarchive.demo.server import SiteServer

    paths = make_site(tmp_path / "site", 40)
    with SiteServer(tmp_path / "site") as server:
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(f"{server.base_url}{p}\n" for p in paths))
        yield urls, len(paths)


def test_crawl_stops_with_status_1_when_the_archive_cannot_be_written(tmp_path: Path, generated_site) -> None:
    """A file-size limit stands in for a full disk: the crawl stops, says why on one line, loses nothing."""
    from helpers import newsarchive_cmd

    urls, count = generated_site
    out = tmp_path / "out"
    command = [*newsarchive_cmd(), "crawl", "-i", str(urls), "-o", str(out), "--depth", "1",
               "--ignore-robots", *FAST]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, preexec_fn=_limited(400_000))
    assert result.returncode == 1, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if "cannot write" in line]
    assert len(errors) == 1, result.stderr[-2000:]
    assert f"cannot write {out}" in errors[0] and ("File too large" in errors[0] or "disk I/O error" in errors[0])
    assert "Traceback" not in result.stderr and len(result.stderr) < 5000, result.stderr[-3000:]
    records = read_jsonl(out / "articles.jsonl")  # every line whole JSON
    assert 0 < len(records) < count
    for path in (out / "warc").glob("*.warc.gz"):
        gzip_members(path)
    summary = [line for line in result.stderr.splitlines() if line.startswith("done in")]
    assert summary and f" {len(records)} articles" in summary[0], summary
    # room again: the same command goes on and ends with every article once, every cited page archived
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "went on with" in again.stderr
    urls_written = [r["url"] for r in read_jsonl(out / "articles.jsonl")]
    assert len(urls_written) == len(set(urls_written)) == count
    assert warcio_check(out / "warc").returncode == 0
    fetched = {rec.rec_headers.get_header("WARC-Target-URI") for _, _, rec, _ in warc_records(out / "warc")
               if rec.rec_type in ("response", "revisit")}
    assert sum("/sources/" in u for u in fetched) == 2 * count


def test_extract_into_an_archive_folder_appends_under_its_lock(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(ARTICLE.format(n=1, d=1, paragraphs="<p>" + "Words of the story. " * 100 + "</p>"))
    folder = tmp_path / "archive"
    with Archive.open(folder) as archive:
        lines = archive.articles()
        lines.append(b'{"url": "http://a.test/kept"}\n')
        lines.close()
        held = run_cli("extract", str(page), "-o", str(folder))
        assert held.returncode == 3, held.stderr
        assert "another newsarchive run is writing" in held.stderr and held.stderr.count("\n") == 1
    done = run_cli("extract", str(page), "-o", str(folder))
    assert done.returncode == 0, done.stderr
    records = read_jsonl(folder / "articles.jsonl")
    assert records[0] == {"url": "http://a.test/kept"} and len(records) == 2 and records[1]["source"] == str(page)


def test_not_one_seed_archived_exits_4(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run_cli("crawl", f"http://127.0.0.1:{port}/a", f"http://127.0.0.1:{port}/b", "-o", str(tmp_path / "o"),
                     *FAST)
    assert result.returncode == 4, result.stderr
    assert "not one seed could be archived" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_schema_follows_the_one_declaration_of_the_record() -> None:
    from newsarchive.items import RECORD_FIELDS, REQUIRED_FIELDS
    from newsarchive.records import load_schema

    schema = load_schema()
    assert tuple(schema["properties"]) == RECORD_FIELDS
    assert tuple(schema["required"]) == REQUIRED_FIELDS
