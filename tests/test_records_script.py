"""``benchmarks/records.py``: every benchmark page's record, and what two dumps disagree on (run as a user runs it)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "records.py"
PAGE = ("<html lang='en'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p class='byline'>By Ann Lee</p><figure><img src='/pictures/depot.jpg'><figcaption>The rail yard."
        "</figcaption></figure><p>{text}</p></article></body></html>")
TEXT = "The council voted on Tuesday to build the new depot on the old rail yard, ending a two-year dispute. " * 3


def _bench(root: Path, title: str) -> Path:
    (root / "body" / "data" / "html").mkdir(parents=True)
    (root / "body" / "data" / "html" / "a.html.gz").write_bytes(gzip.compress(PAGE.format(title=title, text=TEXT).encode()))
    for name in ("meta", "real"):
        (root / name / "data").mkdir(parents=True)
        (root / name / "data" / "b.html.gz").write_bytes(gzip.compress(PAGE.format(title="Depot", text=TEXT).encode()))
        (root / name / "truth.jsonl").write_text(json.dumps({"file": "b.html.gz", "url": "https://news.example/b"}) + "\n")
    return root


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120)


def test_dump_and_diff_name_the_changed_field(tmp_path: Path) -> None:
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    assert _run("dump", str(before), "--bench", str(_bench(tmp_path / "one", "Council backs depot"))).returncode == 0
    assert _run("dump", str(after), "--bench", str(_bench(tmp_path / "two", "Council rejects depot"))).returncode == 0
    rows = [json.loads(line) for line in before.read_text().splitlines()]
    assert [r["page"] for r in rows] == ["body/data/html/a.html.gz", "meta/data/b.html.gz", "real/data/b.html.gz"]
    assert rows[0]["headline"] == "Council backs depot" and rows[0]["authors"] == ["Ann Lee"]
    # a meta or real page is read with the URL its truth gives: its picture's address is resolved against it
    assert [image["url"] for image in rows[1]["images"]] == ["https://news.example/pictures/depot.jpg"]
    same = _run("diff", str(before), str(before))
    assert same.stdout.strip().splitlines()[-1] == "0 differences"
    changed = _run("diff", str(before), str(after)).stdout
    assert "body/data/html/a.html.gz headline" in changed and "Council rejects depot" in changed
    assert "meta/data/b.html.gz" not in changed


def test_a_missing_bench_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = _run("dump", str(tmp_path / "out.jsonl"), "--bench", str(tmp_path / "nowhere"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "give --bench" in done.stderr
