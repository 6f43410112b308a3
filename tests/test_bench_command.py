"""`newsarchive bench` on a small copy of the shared benchmarks (same scorers, fewer pages)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import REPO, SHARED, run_cli

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


def small_real(tmp: Path, pages: int = 4) -> Path:
    """The first pages of the real set, with its own scorer (it reads the truth beside it)."""
    real = tmp / "real"
    (real / "data").mkdir(parents=True)
    rows = (BENCH / "real" / "truth.jsonl").read_text("utf-8").splitlines()[:pages]
    (real / "truth.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    for row in map(json.loads, rows):
        shutil.copy(BENCH / "real" / "data" / row["file"], real / "data" / row["file"])
    shutil.copy(BENCH / "real" / "score.py", real)
    return real


def _tools() -> str:
    """newsarchive, and trafilatura beside it when it is installed (the ``bench`` extra)."""
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return "newsarchive"
    return "newsarchive,trafilatura"


@pytest.mark.skipif(not (BENCH / "real" / "score.py").exists(), reason="../shared/bench/real missing")
def test_bench_prints_a_table_and_writes_figures(tmp_path) -> None:
    body, meta = small_bench(tmp_path)
    real = small_real(tmp_path)
    out = tmp_path / "figures.json"
    tools = _tools()
    result = run_cli("bench", "--body", str(body), "--meta", str(meta), "--real", str(real), "--tools", tools,
                     "-o", str(out), timeout=300)
    assert result.returncode == 0, result.stderr
    head = result.stdout.splitlines()[0].split()
    assert head[:4] == ["tool", "body", "P", "body"]
    assert head[-9:] == ["real", "head", "real", "auth", "real", "date", "real", "body", "pages/s"]
    *rows, ratio = json.loads(out.read_text())
    assert [r["tool"] for r in rows] == tools.split(",") and ratio["tool"] == "ratio to best other"
    ours = rows[0]
    assert 0.5 < ours["body_f1"] <= 1 and ours["pages_per_s"] > 0
    assert ours["crashes"] == 0
    # every benchmark's figures, for every tool, from the same run
    for row in rows:
        for key in ("headline_exact", "authors_f1", "date_accuracy", "real_headline_exact", "real_authors_f1",
                    "real_date_accuracy", "real_body_f1"):
            assert row[key] is None or 0 <= row[key] <= 1, (row["tool"], key)
        assert row["real_body_f1"] is not None and row["real_body_f1"] > 0.3
    printed = [line.split()[0] for line in result.stdout.splitlines()[2:]]
    assert printed == [*tools.split(","), "ratio"]


def test_bench_defaults_to_the_benchmarks_beside_the_checkout(tmp_path) -> None:
    """Not ../shared of the current folder: run from anywhere, it finds the checkout's."""
    result = run_cli("bench", "--help", cwd=tmp_path)
    assert result.returncode == 0
    help_text = "".join(result.stdout.split())  # argparse wraps long paths
    for name in ("body", "meta", "real"):
        assert f"(default:{REPO.parent / 'shared' / 'bench' / name})" in help_text


def test_bench_names_a_missing_folder(tmp_path) -> None:
    result = run_cli("bench", "--body", str(tmp_path / "nope"), "--meta", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr == (f"newsarchive bench: error: no score.py in {tmp_path / 'nope'}: "
                             "give the body benchmark's folder with --body DIR\n")


def test_bench_names_a_missing_real_folder(tmp_path) -> None:
    body, meta = small_bench(tmp_path, pages=1)
    result = run_cli("bench", "--body", str(body), "--meta", str(meta), "--real", "nope", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (f"newsarchive bench: error: no score.py in {tmp_path / 'nope'}: "
                             "give the real benchmark's folder with --real DIR\n")


def test_bench_rejects_unknown_tools() -> None:
    result = run_cli("bench", "--tools", "newsarchive,goose")
    assert result.returncode == 2 and "unknown tool(s) goose" in result.stderr


@pytest.mark.skipif(not (BENCH / "real" / "score.py").exists(), reason="../shared/bench/real missing")
def test_bench_repeats_each_tool_and_reports_its_median_run(tmp_path) -> None:
    """``--repeat 3``: each tool measured three times, taking turns; its pages/s is the median of its three runs,
    all three listed in the JSON, and the ratio is taken of the medians."""
    body, meta = small_bench(tmp_path, pages=3)
    real = small_real(tmp_path, pages=2)
    out = tmp_path / "figures.json"
    tools = _tools()
    result = run_cli("bench", "--body", str(body), "--meta", str(meta), "--real", str(real), "--tools", tools,
                     "--repeat", "3", "-o", str(out), timeout=600)
    assert result.returncode == 0, result.stderr
    turns = [line for line in result.stderr.splitlines() if line.startswith("measuring")]
    assert turns == [f"measuring {tool} ... (run {n} of 3)" for n in (1, 2, 3) for tool in tools.split(",")]
    *rows, ratio = json.loads(out.read_text())
    for row in rows:
        assert len(row["pages_per_s_runs"]) == 3
        assert row["pages_per_s"] == sorted(row["pages_per_s_runs"])[1]
    if len(rows) == 2:
        assert ratio["pages_per_s"] == round(rows[0]["pages_per_s"] / rows[1]["pages_per_s"], 3)


def test_bench_rejects_a_repeat_below_one() -> None:
    result = run_cli("bench", "--repeat", "0")
    assert result.returncode == 2 and "--repeat takes a whole number from 1 up, not 0" in result.stderr
