"""``newsarchive bench``: extraction quality and speed next to the best open tools.

Runs newsarchive's extraction over the shared ``body``, ``meta`` and ``real`` benchmarks,
scores the predictions with each benchmark's own ``score.py``, and does the same in the
same run for trafilatura and newspaper4k (the ``bench`` extra), so every figure in the
table is measured on this machine, now. Each tool performs one full extraction per page (all
fields) in a fresh process of its own, so that none starts warm from another's work (they
share lxml, htmldate and dateparser); its time is the sum of those calls, on one core,
the start-up work of its first pages included.

As in the benchmarks' own anchor measurements, trafilatura gets the raw bytes (it
decodes them itself), newspaper4k gets text decoded beforehand (not timed), and
newsarchive gets the raw bytes (its decoding and parsing are timed).
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsarchive.extraction import extract
from newsarchive.extraction.page import decode_html, load_page


@dataclass
class Output:
    body: str = ""
    headline: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)


Extractor = Callable[[bytes, str], Output]


def _newsarchive() -> Extractor:
    def run(raw: bytes, text: str) -> Output:
        f = extract(load_page(raw)).fields
        return Output(f["body"], f["headline"], f["published"], f["authors"])
    return run


def _trafilatura() -> Extractor:
    import trafilatura

    def run(raw: bytes, text: str) -> Output:
        doc = trafilatura.bare_extraction(raw, with_metadata=True)
        if doc is None:
            return Output()
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return Output(doc.text or "", doc.title, doc.date, authors)
    return run


def _newspaper4k() -> Extractor:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False
    config.follow_meta_refresh = False

    def run(raw: bytes, text: str) -> Output:
        article = newspaper.Article("http://localhost/", config=config)
        article.download(input_html=text)
        article.parse()
        date = article.publish_date.isoformat() if article.publish_date else None
        return Output(article.text or "", article.title or None, date, list(article.authors))
    return run


ADAPTERS: dict[str, Callable[[], Extractor]] = {
    "newsarchive": _newsarchive, "trafilatura": _trafilatura, "newspaper4k": _newspaper4k,
}


@dataclass
class Pages:
    """The benchmark pages as (source name, raw bytes, decoded text)."""

    body: list[tuple[str, bytes, str]]
    meta: list[tuple[str, bytes, str]]
    real: list[tuple[str, bytes, str]] = field(default_factory=list)

    @classmethod
    def load(cls, body_dir: Path, meta_dir: Path, real_dir: Path | None = None) -> Pages:
        body_files = sorted((body_dir / "data" / "html").glob("*.html.gz"))
        return cls([_read(f.name, f) for f in body_files], _listed(meta_dir),
                   _listed(real_dir) if real_dir else [])


def _listed(folder: Path) -> list[tuple[str, bytes, str]]:
    """The pages a benchmark's ``truth.jsonl`` lists (``file``, under ``data/``), in its order."""
    truth = [json.loads(line) for line in (folder / "truth.jsonl").read_text("utf-8").splitlines() if line.strip()]
    return [_read(row["file"], folder / "data" / row["file"]) for row in truth]


def _read(name: str, path: Path) -> tuple[str, bytes, str]:
    raw = gzip.decompress(path.read_bytes())
    return name, raw, decode_html(raw)[0]


def _timed(run: Extractor, pages: list[tuple[str, bytes, str]]) -> tuple[list[tuple[str, Output]], float, int]:
    outputs, seconds, failures = [], 0.0, 0
    for name, raw, text in pages:
        started = time.perf_counter()
        try:
            out = run(raw, text)
        except Exception:  # noqa: BLE001 - a tool crashing on a page scores as empty
            out, failures = Output(), failures + 1
        seconds += time.perf_counter() - started
        outputs.append((name, out))
    return outputs, seconds, failures


def _score(script: Path, rows: list[dict[str, Any]], *args: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    try:
        done = subprocess.run([sys.executable, str(script), f.name, *args], capture_output=True, text=True,
                              check=True)
    finally:
        Path(f.name).unlink()
    return done.stdout


def measure(tool: str, pages: Pages, body_dir: Path, meta_dir: Path, real_dir: Path | None = None) -> dict[str, Any]:
    """One tool's figures: body P/R/F1, headline, date, authors, pages/s (and the real set's four)."""
    run = ADAPTERS[tool]()
    body_out, body_s, body_fail = _timed(run, pages.body)
    meta_out, meta_s, meta_fail = _timed(run, pages.meta)
    real_out, real_s, real_fail = _timed(run, pages.real) if real_dir else ([], 0.0, 0)
    body = json.loads(_score(body_dir / "score.py", [{"source": n, "body": o.body} for n, o in body_out])
                      .strip().splitlines()[-1])
    meta = json.loads(_score(meta_dir / "score.py", [
        {"source": n, "headline": o.headline, "published": o.published, "authors": o.authors}
        for n, o in meta_out], "--json"))["all"]
    real: dict[str, Any] = {}
    if real_dir:
        real = json.loads(_score(real_dir / "score.py", [
            {"source": n, "headline": o.headline, "published": o.published, "authors": o.authors, "body": o.body}
            for n, o in real_out]).strip().splitlines()[-1])
    pages_n = len(pages.body) + len(pages.meta) + len(real_out)
    seconds = body_s + meta_s + real_s
    return {
        "tool": tool, "body_precision": body["precision"], "body_recall": body["recall"], "body_f1": body["f1"],
        "headline_exact": meta["headline_exact"], "headline_fuzzy": meta["headline_fuzzy"],
        "date_accuracy": meta["date_accuracy"], "authors_f1": meta["authors_f1"],
        "real_headline_exact": real.get("headline_exact"), "real_authors_f1": real.get("authors_f1"),
        "real_date_accuracy": real.get("date"), "real_body_f1": real.get("body_f1"),
        "pages_per_s": round(pages_n / seconds, 1) if seconds else None,
        "crashes": body_fail + meta_fail + real_fail,
    }


COLUMNS = (("body_precision", "body P"), ("body_recall", "body R"), ("body_f1", "body F1"),
           ("headline_exact", "head exact"), ("headline_fuzzy", "head fuzzy"), ("date_accuracy", "date acc"),
           ("authors_f1", "author F1"), ("real_headline_exact", "real head"), ("real_authors_f1", "real auth"),
           ("real_date_accuracy", "real date"), ("real_body_f1", "real body"), ("pages_per_s", "pages/s"))


def ratios(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """newsarchive's figure divided by the best other tool's, per column."""
    ours = next((r for r in rows if r["tool"] == "newsarchive"), None)
    others = [r for r in rows if r["tool"] != "newsarchive"]
    result: dict[str, Any] = {"tool": "ratio to best other"}
    for key, _ in COLUMNS:
        best = max((r[key] for r in others if r.get(key) is not None), default=None)
        result[key] = round(ours[key] / best, 3) if ours and best and ours.get(key) is not None else None
    return result


def table(rows: list[dict[str, Any]]) -> str:
    def cell(value: Any) -> str:
        return "-" if value is None else f"{value:.3f}" if isinstance(value, float) and value <= 1.5 else str(value)
    head = f"{'tool':<20}" + "".join(f"{label:>11}" for _, label in COLUMNS)
    lines = [head, "-" * len(head)]
    for row in rows:
        lines.append(f"{row['tool']:<20}" + "".join(f"{cell(row.get(key)):>11}" for key, _ in COLUMNS))
    return "\n".join(lines)


def run_bench(body_dir: Path, meta_dir: Path, tools: list[str], output: Path | None = None,
              real_dir: Path | None = None, repeat: int = 1) -> int:
    """Measure every tool on every benchmark given; the table on stdout, the rows in ``output``.

    With ``repeat``, each tool is measured that many times, the tools taking turns, and its row
    is its run of median pages/s (:func:`median_row`): on a shared machine one run's speed moves
    by several percent, and a ratio of two single runs by more.

    A benchmark folder without its ``score.py`` raises :class:`FileNotFoundError` naming
    the folder and the option that gives it.
    """
    folders = [(body_dir, "body", "--body"), (meta_dir, "meta", "--meta")]
    if real_dir is not None:
        folders.append((real_dir, "real", "--real"))
    for folder, name, option in folders:
        if not (folder / "score.py").is_file():
            raise FileNotFoundError(f"no score.py in {folder.absolute()}: give the {name} benchmark's folder "
                                    f"with {option} DIR")
    runs: dict[str, list[dict[str, Any]]] = {tool: [] for tool in tools}
    for turn in range(1, repeat + 1):
        for tool in tools:
            if turn > 1 and not runs[tool]:
                continue  # not installed: said once
            print(f"measuring {tool} ..." + (f" (run {turn} of {repeat})" if repeat > 1 else ""), file=sys.stderr)
            row = measure_apart(tool, body_dir, meta_dir, real_dir)
            if row is not None:
                runs[tool].append(row)
    rows = [median_row(tool_runs) for tool_runs in runs.values() if tool_runs]
    rows.append(ratios(rows))
    print(table(rows))
    if output:
        output.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


def median_row(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One tool's run of median pages/s (the lower of the two middle ones for an even count), with every
    run's pages/s in ``pages_per_s_runs`` when there are several; its quality figures are every run's."""
    row = dict(sorted(runs, key=lambda r: r["pages_per_s"] or 0.0)[(len(runs) - 1) // 2])
    if len(runs) > 1:
        row["pages_per_s_runs"] = [r["pages_per_s"] for r in runs]
    return row


def measure_apart(tool: str, body_dir: Path, meta_dir: Path, real_dir: Path | None = None) -> dict[str, Any] | None:
    """:func:`measure` in a fresh process; None when the tool is not installed."""
    extra = [str(real_dir)] if real_dir else []
    done = subprocess.run([sys.executable, "-m", "newsarchive.bench", tool, str(body_dir), str(meta_dir), *extra],
                          capture_output=True, text=True)
    if done.returncode == 3:
        print(f"skipped {tool}: {done.stderr.strip()} (pip install -e '.[bench]')", file=sys.stderr)
        return None
    if done.returncode:
        raise RuntimeError(f"measuring {tool} failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _measure_main(tool: str, body_dir: str, meta_dir: str, real_dir: str | None = None) -> int:
    try:
        ADAPTERS[tool]()
    except ImportError as exc:
        print(exc, file=sys.stderr)
        return 3
    real = Path(real_dir) if real_dir else None
    pages = Pages.load(Path(body_dir), Path(meta_dir), real)
    print(json.dumps(measure(tool, pages, Path(body_dir), Path(meta_dir), real)))
    return 0


if __name__ == "__main__":
    sys.exit(_measure_main(*sys.argv[1:5]))
