"""The CDXJ index made as the crawl writes its records is cdxj-indexer's index of the WARC files.

``indexes/index.cdxj`` is made from the records in memory as they are written
(:class:`newsarchive.store.indexes.RunIndex`), never by reading the crawl's files back.
Against the real CLI, the fixture site on a real local server and the real cdxj-indexer:
after each of two runs into one folder (responses, redirects, a 404, non-HTML files, page
resources, revisits, the crawl log; files rotated at 6 kB) the index holds byte for byte the
lines cdxj-indexer writes for the folder's WARC files; after a SIGKILL mid-run it names only
closed files and lists each of them whole (it never points into a file a run left open), and
the next run repairs the killed run's file and brings the index back to cdxj-indexer's.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from datetime import UTC, datetime
from io import BytesIO, StringIO
from pathlib import Path

from cdxj_indexer.main import CDXJIndexer
from helpers import FAST, newsarchive_cmd, run_cli
from warcio.archiveiterator import ArchiveIterator

from newsarchive.store import indexes
from newsarchive.store.files import OPEN_SUFFIX, whole_members_end
from newsarchive.store.indexes import REPLAYABLE, line_filename
from newsarchive.warc import WarcFile

FAST_PAGES = ["/", "/status/404", "/redirect/", "/doc.pdf", "/photo.jpg", "/cookies", "/chunked"]
SLOW_PAGES = [f"/slow/?n={n}" for n in range(12)]  # 3 s each: the run is still going when killed


def crawl_args(site, out: Path, pages: list[str]) -> list[str]:
    return ["crawl", *(site.base_url + p for p in pages), "-o", str(out), "--depth", "1",
            "--warc-max-size", "6k", *FAST, "-s", "DOWNLOAD_TIMEOUT=10"]


def index_of(out: Path) -> list[str]:
    return (out / "indexes" / "index.cdxj").read_text(encoding="utf-8").splitlines(keepends=True)


def cdxj_indexer_lines(warcs: list[Path]) -> list[str]:
    """What cdxj-indexer writes for these files (as ``update_index`` runs it), sorted."""
    lines: list[str] = []
    for warc in warcs:
        text = StringIO()
        CDXJIndexer(text, [str(warc)], records=REPLAYABLE).process_all()
        lines += text.getvalue().splitlines(keepends=True)
    return sorted(lines)


def closed_files(out: Path) -> list[Path]:
    return sorted(p for p in (out / "warc").glob("*.warc.gz") if not Path(f"{p}{OPEN_SUFFIX}").exists())


def assert_index_is_cdxj_indexers(out: Path) -> list[str]:
    lines = index_of(out)
    files = closed_files(out)
    assert lines == cdxj_indexer_lines(files)
    assert {line_filename(line) for line in lines} <= {p.name for p in files}
    return lines


def test_index_is_cdxj_indexers_across_runs_and_a_kill(site, tmp_path: Path) -> None:
    out = tmp_path / "archive"
    first = run_cli(*crawl_args(site, out, FAST_PAGES))
    assert first.returncode == 0, first.stderr
    lines = assert_index_is_cdxj_indexers(out)
    assert len(closed_files(out)) > 2, "the 6 kB limit must rotate files"
    kinds = {json.loads(line.split(" ", 2)[2]).get("mime") for line in lines}
    assert {"text/html", "application/pdf", "image/jpeg", "text/plain"} <= kinds

    second = run_cli(*crawl_args(site, out, FAST_PAGES))
    assert second.returncode == 0, second.stderr
    lines = assert_index_is_cdxj_indexers(out)
    assert any('"mime": "warc/revisit"' in line for line in lines)

    before = set(closed_files(out))
    killed = kill_mid_run(out, crawl_args(site, out, FAST_PAGES + SLOW_PAGES))
    assert killed, "the run must have left a file open"
    lines = index_of(out)
    named = {line_filename(line) for line in lines}
    assert not named & {p.name for p in killed}, "the index must not point into a file left open"
    indexed = sorted(p for p in (out / "warc").glob("*.warc.gz") if p.name in named)
    assert lines == cdxj_indexer_lines(indexed)
    assert before <= set(indexed)
    assert_records_at_lines(out, lines)

    again = run_cli(*crawl_args(site, out, FAST_PAGES))
    assert again.returncode == 0, again.stderr
    lines = assert_index_is_cdxj_indexers(out)
    assert set(killed) <= set(closed_files(out)), "the next run must close the killed run's files"
    named = {line_filename(line) for line in lines}
    assert [p for p in killed if replayable_records(p)], "the kill must leave a record in an open file"
    assert all(p.name in named for p in killed if replayable_records(p))


def replayable_records(path: Path) -> int:
    """How many whole replayable records the file holds (read with warcio up to its last whole member)."""
    data = path.read_bytes()[:whole_members_end(path)]
    return sum(r.rec_type in REPLAYABLE.split(",") for r in ArchiveIterator(BytesIO(data)))


def kill_mid_run(out: Path, args: list[str]) -> list[Path]:
    """Start a crawl, SIGKILL it once it has rotated past a file of its own and a file it holds open
    has a whole replayable record in it; the files it left open. A kill that lands just after the
    crawl closed its file and before it opens the next leaves none: the crawl is started again
    (it goes on with the pages left), up to three times."""
    for _ in range(3):
        if killed := _kill_once(out, args):
            return killed
    return []


def _kill_once(out: Path, args: list[str]) -> list[Path]:
    before = set((out / "warc").glob("*.warc.gz"))
    proc = subprocess.Popen([*newsarchive_cmd(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            mine = set((out / "warc").glob("*.warc.gz")) - before
            still_open = [p for p in mine if Path(f"{p}{OPEN_SUFFIX}").exists()]
            if len(mine) >= 3 and any(replayable_records(p) for p in still_open):
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    return sorted(p for p in (out / "warc").glob("*.warc.gz") if Path(f"{p}{OPEN_SUFFIX}").exists())


def assert_records_at_lines(out: Path, lines: list[str]) -> None:
    """Each line points at a whole record of its URL and time (read back with warcio)."""
    for line in lines:
        _key, stamp, fields = line.split(" ", 2)
        fields = json.loads(fields)
        with open(out / "warc" / fields["filename"], "rb") as f:
            f.seek(int(fields["offset"]))
            member = f.read(int(fields["length"]))
        record = next(iter(ArchiveIterator(BytesIO(member))))
        assert record.rec_headers.get_header("WARC-Target-URI") == fields["url"]
        assert record.rec_headers.get_header("WARC-Date").replace("-", "").replace(":", "").replace(
            "T", "")[:14] == stamp


def test_a_file_whose_lines_cannot_be_made_is_read_back(tmp_path: Path, monkeypatch) -> None:
    """A record whose line fails leaves its file to cdxj-indexer: the index is still whole."""
    folder = tmp_path / "archive"
    made = []

    def failing(record, filename, offset, length):
        made.append(filename)
        if len(made) == 3:
            raise ValueError("no line for this one")
        return indexes.record_line(record, filename, offset, length)

    monkeypatch.setattr(indexes, "record_line", failing)
    writer = WarcFile(folder / "warc", {"software": "test"},
                      index=indexes.RunIndex(folder, folder / "warc", merging=lambda: True))
    for n in range(4):
        url = f"http://127.0.0.1/page/{n}"
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        writer.write(writer.response_record(url, head, b"<p>%d</p>" % n, datetime.now(UTC)))
    writer.close()
    assert len(index_of(folder)) == 4
    assert_index_is_cdxj_indexers(folder)
