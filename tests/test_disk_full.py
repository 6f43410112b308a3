"""A crawl that runs out of disk space stops with exit status 1 and one line naming the file,
leaves only whole JSON lines and whole WARC gzip members, and its summary counts what is on
disk; once there is room again, the same command completes the archive without duplicates.

The crawl writes into a 3 MB tmpfs (we mount it: root is needed, else the tests skip) and the
bench site of 150 articles needs about 5 MB.
"""

from __future__ import annotations

import subprocess

import pytest
from helpers import record_at
from killing import (
    BENCH,
    SUMMARY_LINE,
    bench_site,
    check_files,
    command,
    compare,
    needs_bench,
    remount,
    tmpfs,
)

pytestmark = needs_bench
ARTICLES = 150
ENOSPC = "No space left on device"


@pytest.fixture(scope="module")
def full_disk(tmp_path_factory):
    """The crawl into a full 3 MB disk, then the same command after the disk grew to 64 MB."""
    work = tmp_path_factory.mktemp("disk-full")
    with bench_site(BENCH, work / "site", ARTICLES, latency_ms=0) as site, tmpfs(work / "out", "3m") as out:
        cmd = command("crawl", site, out, 1)
        first = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=300)
        on_disk = check_files(out)  # before anything else writes to the folder
        names = sorted(p.name for p in out.rglob("*") if p.is_file())
        pointers = [bad_pointer(out, r) for r in on_disk["articles"]]
        remount(out, "64m")
        second = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=600)
        after = compare(out, site, 1)
        yield {"first": first, "on_disk": on_disk, "names": names, "pointers": pointers,
               "second": second, "after": after}


def bad_pointer(out, record) -> str | None:
    """Why the record's ``warc`` pointer does not land on its response, or None."""
    pointer = record.get("warc")
    try:
        rec = record_at(out / "warc", pointer)
    except Exception as exc:  # noqa: BLE001
        return f"{record.get('url')}: {pointer}: {type(exc).__name__}: {exc}"
    if rec.rec_type != "response" or rec.rec_headers.get_header("WARC-Target-URI") != record.get("final_url"):
        uri = rec.rec_headers.get_header("WARC-Target-URI")
        return f"{record.get('url')}: {pointer}: a {rec.rec_type} record of {uri}"
    return None


def test_full_disk_stops_with_exit_1_and_one_line_naming_the_file(full_disk) -> None:
    first = full_disk["first"]
    lines = [line for line in first.stderr.splitlines() if ENOSPC in line]
    tracebacks = first.stderr.count("Traceback (most recent call last)")
    errors = [line for line in first.stderr.splitlines() if line.startswith(("ERROR", "CRITICAL"))]
    assert first.returncode != 0 or errors or lines, f"the crawl never filled the disk:\n{first.stderr[-2000:]}"
    assert first.returncode == 1, (f"exit {first.returncode}; {len(lines)} line(s) say {ENOSPC!r}, {tracebacks} "
                                   f"traceback(s), {len(first.stderr.encode())} bytes of stderr, ending:\n"
                                   + first.stderr[-800:])
    assert len(lines) == 1, f"{len(lines)} lines say {ENOSPC!r}; the error lines: {errors[:5]}"
    assert any(name in lines[0] for name in full_disk["names"]), (lines[0], full_disk["names"])
    assert "Traceback" not in first.stderr, first.stderr[-3000:]
    assert len(first.stderr.encode()) < 5000, f"{len(first.stderr.encode())} bytes of stderr:\n{first.stderr[:3000]}"


def test_full_disk_leaves_whole_lines_and_whole_gzip_members(full_disk) -> None:
    on_disk = full_disk["on_disk"]
    assert on_disk["problems"] == {}, on_disk["problems"]  # zlib per member, warcio, warcio check, JSON lines
    assert on_disk["bad_json_lines"] == 0 and on_disk["warcio_check_failed"] == 0
    assert on_disk["articles"], "no article was written before the disk filled"
    assert [p for p in full_disk["pointers"] if p] == []  # each line's WARC record is there


def test_full_disk_summary_counts_what_is_on_disk(full_disk) -> None:
    first, on_disk = full_disk["first"], full_disk["on_disk"]
    summary = SUMMARY_LINE.findall(first.stderr)
    assert summary, f"no summary line:\n{first.stderr[-2000:]}"
    pages, articles, _ = (int(x) for x in summary[-1])
    assert articles == len(on_disk["articles"]), summary[-1]
    responses = sum(1 for kind, _ in on_disk["records"] if kind == "response")
    assert pages <= responses, (pages, responses)  # no page counted that is not in a WARC file


def test_after_freeing_space_the_same_command_completes(full_disk) -> None:
    second, after = full_disk["second"], full_disk["after"]
    assert second.returncode == 0, second.stderr[-3000:]
    assert "Traceback" not in second.stderr, second.stderr[-3000:]
    wrong = {k: after[k] for k in ("articles_missing", "articles_duplicated", "pages_missing", "torn_files",
                                   "bad_json_lines", "warcio_check_failed") if after[k]}
    assert wrong == {}, after
    assert after["article_lines"] == ARTICLES
