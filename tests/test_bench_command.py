"""`newsarchive bench` on a small copy of the shared benchmarks (same scorers, fewer pages)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import SHARED, run_cli

BENCH = SHARED / "bench"
pytestmark = pytest.mark.skipif(not (BENCH / "body" / "score.py").exists(), reason="../shared/bench missing")


def small_bench(tmp: Path, pages: int = 6) -> tuple[Path, Path]:
    body, meta = tmp / "body", tmp / "meta"
    (body / "data" / "html").mkdir(parents=True)
    truth = json.loads((BENCH / "body" / "data" / "ground-truth.json").read_text())
    keep = sorted(truth)[:pages]
    (body / "data" / "ground-truth.json").write_text(json.dumps({k: truth[k] for k in keep}))
    for key in keep:
        shutil.copy(BENCH / "body" / "data" / "html" / f"{key}.html.gz", body / "data" / "html")
    shutil.copy(BENCH / "body" / "score.py", body)
    rows = (BENCH / "meta" / "truth.jsonl").read_text().splitlines()[:pages]
    (meta / "data").mkdir(parents=True)
    (meta / "truth.jsonl").write_text("\n".join(rows) + "\n")
    for row in map(json.loads, rows):
        (meta / "data" / row["file"]).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(BENCH / "meta" / "data" / row["file"], meta / "data" / row["file"])
    shutil.copy(BENCH / "meta" / "score.py", meta)
    return body, meta


def test_bench_prints_a_table_and_writes_figures(tmp_path) -> None:
    body, meta = small_bench(tmp_path)
    out = tmp_path / "figures.json"
    result = run_cli("bench", "--body", str(body), "--meta", str(meta), "--tools", "newsarchive", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split()[:4] == ["tool", "body", "P", "body"]
    (ours, ratio) = json.loads(out.read_text())
    assert ours["tool"] == "newsarchive" and ratio["tool"] == "ratio to best other"
    assert 0.5 < ours["body_f1"] <= 1 and ours["pages_per_s"] > 0
    assert ours["crashes"] == 0


def test_bench_names_a_missing_folder(tmp_path) -> None:
    result = run_cli("bench", "--body", str(tmp_path / "nope"), "--meta", str(tmp_path))
    assert result.returncode == 2
    assert "no score.py in" in result.stderr


def test_bench_rejects_unknown_tools() -> None:
    result = run_cli("bench", "--tools", "newsarchive,goose")
    assert result.returncode == 2 and "unknown tool(s) goose" in result.stderr
