#!/usr/bin/env python3
"""Kill newsarchive with SIGKILL at random moments, run it again, and count what was lost.

    python benchmarks/kill_harness.py [--bench ../shared/bench/crawl] [--articles 300]
        [--latency-ms 20] [--kills 20] [--mode crawl|job] [--seed N] [--depth 1]

Builds the bench site with the bench's ``make_site.py`` (in a temporary folder) and serves it
with its ``serve.py --latency-ms``. Runs the command once to completion into a scratch folder
to measure how long a full run takes, then, into one output folder, starts the SAME command
``--kills`` times and SIGKILLs it (its whole process group, like a power cut) at a moment drawn
uniformly from 0.5 s to that full-run time (seeded RNG), then runs it once more to completion
and compares the folder with the site's ``truth.jsonl``:

- ``articles_missing``: truth URLs with no line in ``articles.jsonl``;
- ``articles_duplicated``: URLs with more than one line of the same content (same
  ``content_sha256``): a ``version`` 2 of an unchanged article is a duplicate
  (``duplicate_lines`` counts the surplus lines);
- ``pages_missing``: pages reachable from the seeds at ``--depth`` (the seeds, and the links in
  each article's text: cited sources, related and inline articles, computed from the site's
  files) with no WARC ``response`` or ``revisit`` record;
- ``torn_files``: WARC files with a gzip member that is not whole (each member decompressed
  with zlib), a record warcio's ArchiveIterator cannot read or whose digest is wrong, or that
  ``warcio check`` reports; and ``articles.jsonl`` if a line is not whole JSON;
- ``tracebacks``: runs (killed ones included) that printed a Python traceback;
- ``failed_runs``: runs that exited non-zero on their own (not by the kill), the final one included.

Also reported: ``kills_landed`` (runs still running at their kill moment), ``kills_mid_write``
(of those, runs that had written to the folder), ``finished_before_kill``, ``recovered`` (the
pages the reruns' output says they recovered: the first number of each line that says
"recovered", or "went on with N page(s) an interrupted run left unfinished"), ``repairs``
(runs whose output says they repaired or cut a torn file),
``pages_fetched_twice``, and per run its outcome and what it added. A rerun into a folder
that is already complete is quick (incremental), so later kills often find the command done;
``--fresh-after-complete`` then checks that folder and sends the next kills to a new one.

Commands: ``newsarchive crawl -i urls.txt -o DIR --depth D -s AUTOTHROTTLE_ENABLED=False
-s ROBOTSTXT_OBEY=False``, or in job mode ``newsarchive run jobs.toml --job kill`` with a job of
the same seeds, depth and settings. Prints one JSON summary line on stdout and a table on
stderr; exit status 1 if any of those counts is non-zero. ``tests/test_kill.py`` runs the same
code at a small scale.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_BENCH = REPO.parent / "shared" / "bench" / "crawl"
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(HERE))
from crawl import wait_for_port  # noqa: E402 (the bench scripts share it)
from helpers import newsarchive_cmd, warcio_check

#: the counts that must all be 0
FAIL_KEYS = ("articles_missing", "articles_duplicated", "pages_missing", "torn_files", "bad_json_lines",
             "warcio_check_failed", "tracebacks", "failed_runs")
SETTINGS = {"AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": False}
JOB_NAME = "kill"
SUMMARY_LINE = re.compile(r"done in [\d.]+ s: (\d+) pages, (\d+) articles, (\d+) failed")
#: lines of the CLI's output that tell of pages taken over from an interrupted run, and of repairs
RECOVERED = re.compile(r"recovered|went on with|going on with|left unfinished", re.IGNORECASE)
REPAIRED = re.compile(r"\brepaired\b|\btrimm|\bcut \d+ bytes", re.IGNORECASE)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- the site ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Site:
    """A bench site made by make_site.py and served by serve.py on 127.0.0.1."""

    work: Path  # make_site.py's OUT: site/, urls.txt, truth.jsonl
    base: str
    latency_ms: float

    @property
    def urls(self) -> Path:
        return self.work / "urls.txt"

    def truth(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in (self.work / "truth.jsonl").read_text("utf-8").splitlines() if line]

    def reachable(self, depth: int) -> set[str]:
        """URLs a crawl of the seeds reaches at ``depth``: the seeds, then the links in the text
        of each article (``.article__text``: cited sources, related and inline articles)."""
        from parsel import Selector

        seen = {t["url"] for t in self.truth()}
        frontier = set(seen)
        for _ in range(depth):
            found = set()
            for url in frontier:
                page = self.work / "site" / url.removeprefix(self.base).strip("/") / "index.html"
                if not page.is_file():
                    continue
                for href in Selector(text=page.read_text("utf-8")).css(".article__text a::attr(href)").getall():
                    target = self.base + href if href.startswith("/") else href
                    if target not in seen:
                        found.add(target)
            seen |= found
            frontier = found
        return seen


@contextmanager
def bench_site(bench: Path, work: Path, articles: int, latency_ms: float = 0, seed: int = 1) -> Iterator[Site]:
    """Make the bench site in ``work`` and serve it with serve.py for the ``with`` block."""
    make_site, serve = bench / "make_site.py", bench / "serve.py"
    for script in (make_site, serve):
        if not script.is_file():
            raise FileNotFoundError(f"{script} not found (the shared bench is not beside the checkout)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    subprocess.run([sys.executable, str(make_site), str(work), "--articles", str(articles), "--seed", str(seed),
                    "--base", base], check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen([sys.executable, str(serve), str(work), "--port", str(port),
                               "--latency-ms", str(latency_ms)], stdout=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        yield Site(work, base, latency_ms)
    finally:
        server.terminate()
        server.wait()


# -- the command under test ----------------------------------------------------------------------


def write_job(path: Path, site: Site, out: Path, depth: int) -> Path:
    settings = ", ".join(f"{k} = {json.dumps(v)}" for k, v in SETTINGS.items())
    path.write_text(f"[jobs.{JOB_NAME}]\n"
                    f"seeds = [{json.dumps(str(site.urls))}]\n"
                    'every = "1h"\n'
                    f"depth = {depth}\n"
                    f"output = {json.dumps(str(out))}\n"
                    'revisit = { for = "0" }\n'
                    f"settings = {{ {settings} }}\n")
    return path


def command(mode: str, site: Site, out: Path, depth: int) -> list[str]:
    """The command a user runs again after the kill: the same words every time."""
    if mode == "crawl":
        sets = [arg for k, v in SETTINGS.items() for arg in ("-s", f"{k}={v}")]
        return [*newsarchive_cmd(), "crawl", "-i", str(site.urls), "-o", str(out), "--depth", str(depth), *sets]
    if mode == "job":
        jobs = write_job(out.parent / f"{out.name}.jobs.toml", site, out, depth)
        return [*newsarchive_cmd(), "run", str(jobs), "--job", JOB_NAME]
    raise ValueError(f"mode is crawl or job, not {mode!r}")


@dataclass
class Run:
    """One start of the command."""

    index: int
    kill_at: float | None  # seconds after start; None: run to completion
    killed: bool = False  # still running at kill_at, so SIGKILLed
    returncode: int | None = None
    seconds: float = 0.0
    lines_before: int = 0
    lines_after: int = 0
    warc_bytes_added: int = 0
    pages: int | None = None  # from the CLI's summary line
    articles: int | None = None
    failed_pages: int | None = None  # "N failed" in the summary line
    failure_lines: list[str] = field(default_factory=list)  # its "failed: REASON: URL" warnings
    recovered: int | None = None  # from a line saying "recovered"
    recovered_lines: list[str] = field(default_factory=list)
    repaired_lines: list[str] = field(default_factory=list)
    traceback: bool = False
    error_lines: list[str] = field(default_factory=list)
    torn_after: int = 0  # damaged files right after this run (a kill may leave a tail: the next run trims it)
    folder: str = ""  # the output folder (one per round with --fresh-after-complete)

    @property
    def failed(self) -> bool:
        """Exited non-zero on its own, or never finished when it should have."""
        if self.killed:
            return False
        return self.returncode != 0

    def outcome(self) -> str:
        if self.killed:
            return "killed"
        if self.returncode is None:
            return "hung"
        return f"exit {self.returncode}"


def count_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def warc_bytes(out: Path) -> int:
    return sum(p.stat().st_size for p in (out / "warc").glob("*.warc.gz")) if (out / "warc").is_dir() else 0


def run_command(cmd: list[str], run: Run, logs: Path, out: Path, timeout: float) -> Run:
    """Start ``cmd``; SIGKILL its process group at ``run.kill_at`` if it is still running then."""
    stderr_path = logs / f"run-{run.index:02d}.stderr"
    run.lines_before = count_lines(out / "articles.jsonl")
    warc_before = warc_bytes(out)
    with open(logs / f"run-{run.index:02d}.stdout", "wb") as so, open(stderr_path, "wb") as se:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=so, stderr=se, stdin=subprocess.DEVNULL, start_new_session=True)
        limit = run.kill_at if run.kill_at is not None else timeout
        hung = False
        try:
            proc.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the process group: the crawl and any worker it started
            proc.wait()
            run.killed = run.kill_at is not None
            hung = not run.killed
        else:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # a worker left behind by a finished run
            except ProcessLookupError:
                pass
        run.seconds = time.monotonic() - started
    run.returncode = None if hung else proc.returncode
    run.lines_after = count_lines(out / "articles.jsonl")
    run.warc_bytes_added = warc_bytes(out) - warc_before
    text = stderr_path.read_text("utf-8", errors="replace")
    run.traceback = "Traceback (most recent call last)" in text
    run.error_lines = [line for line in text.splitlines() if line.startswith(("ERROR", "CRITICAL"))
                       or "Error" in line and not line.startswith(" ")][:5]
    summary = SUMMARY_LINE.findall(text)
    if summary:
        run.pages, run.articles, run.failed_pages = (int(x) for x in summary[-1])
    run.failure_lines = [line for line in text.splitlines() if "failed: " in line][:3]
    run.recovered_lines = [line.strip() for line in text.splitlines() if RECOVERED.search(line)]
    run.repaired_lines = [line.strip() for line in text.splitlines() if REPAIRED.search(line)]
    numbers = [int(found.group()) for found in (re.search(r"\d+", line) for line in run.recovered_lines) if found]
    run.recovered = max(numbers) if numbers else None  # a warning and the summary may both say it
    return run


# -- checking the folder -------------------------------------------------------------------------


def gzip_problems(path: Path) -> tuple[int, list[str]]:
    """Whole gzip members in ``path`` and the problems found (a torn or bad member ends the read)."""
    data = path.read_bytes()
    view, size, pos, members = memoryview(data), len(data), 0, 0
    while pos < size:
        start, decomp = pos, zlib.decompressobj(31)
        try:
            while not decomp.eof and pos < size:
                chunk = view[pos:pos + 65536]
                decomp.decompress(chunk)
                pos += len(chunk)
        except zlib.error as exc:
            return members, [f"{path.name}: bad gzip data in the member at offset {start}: {exc}"]
        if not decomp.eof:
            return members, [f"{path.name}: torn gzip member at offset {start} ({size - start} bytes to the end)"]
        pos -= len(decomp.unused_data)
        members += 1
    return members, []


def warc_file_records(path: Path) -> tuple[list[tuple[str, str | None]], list[str]]:
    """(type, target URI) of every record warcio reads from ``path``, and its problems."""
    records, problems = [], []
    try:
        with open(path, "rb") as f:
            it = ArchiveIterator(f, check_digests=True)
            for rec in it:
                rec.raw_stream.read()
                if rec.digest_checker.problems:
                    problems.append(f"{path.name}: {rec.digest_checker.problems}")
                records.append((rec.rec_type, rec.rec_headers.get_header("WARC-Target-URI")))
    except Exception as exc:  # noqa: BLE001 - any failure to read is what we count
        problems.append(f"{path.name}: warcio could not read record {len(records) + 1}: {type(exc).__name__}: {exc}")
    return records, problems


def jsonl_records(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """The whole JSON lines of ``path`` and a description of each bad one."""
    if not path.exists():
        return [], []
    data = path.read_bytes()
    records, bad = [], []
    lines = data.split(b"\n")
    if lines[-1]:
        bad.append(f"articles.jsonl: last line has no newline ({len(lines[-1])} bytes)")
    for number, line in enumerate(lines[:-1], 1):
        try:
            value = json.loads(line)
        except ValueError as exc:
            bad.append(f"articles.jsonl line {number}: {exc} ({line[:60]!r}...)")
            continue
        if isinstance(value, dict):
            records.append(value)
        else:
            bad.append(f"articles.jsonl line {number}: not a JSON object ({line[:60]!r}...)")
    return records, bad


def check_files(out: Path, run_warcio_check: bool = True) -> dict[str, Any]:
    """Whether every file in ``out`` is whole: per-file problems, the WARC records read."""
    problems: dict[str, list[str]] = defaultdict(list)
    records: list[tuple[str, str | None]] = []
    members = 0
    warcs = sorted((out / "warc").glob("*.warc.gz")) if (out / "warc").is_dir() else []
    for path in warcs:
        count, gz = gzip_problems(path)
        members += count
        recs, bad = warc_file_records(path)
        records += recs
        problems[path.name] += gz + bad
    check_failed = 0
    if run_warcio_check and warcs:
        result = warcio_check(out / "warc")
        if result.returncode != 0:
            named = [line.strip() for line in result.stdout.splitlines() if line and not line[0].isspace()]
            for name in named:
                problems[Path(name).name].append(f"{Path(name).name}: warcio check: "
                                                 + " ".join(result.stdout.split(name, 1)[1].split()[:30]))
            if not named:
                check_failed = 1
                problems["warcio check"].append((result.stderr.strip().splitlines() or ["exit status "
                                                 + str(result.returncode)])[-1])
    articles, bad_lines = jsonl_records(out / "articles.jsonl")
    if bad_lines:
        problems["articles.jsonl"] += bad_lines
    problems = {k: v for k, v in problems.items() if v}
    return {"problems": problems, "records": records, "articles": articles, "bad_json_lines": len(bad_lines),
            "warc_files": len(warcs), "gzip_members": members, "warcio_check_failed": check_failed,
            "empty_warc_files": sum(1 for p in warcs if p.stat().st_size == 0)}


def compare(out: Path, site: Site, depth: int) -> dict[str, Any]:
    """The folder against the site's truth: what is missing, duplicated or torn."""
    files = check_files(out)
    truth_urls = {t["url"] for t in site.truth()}
    by_url: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in files["articles"]:
        by_url[record.get("url")].append(record)
    duplicated, surplus = [], 0
    for url, lines in by_url.items():
        contents = Counter(r.get("content_sha256") or r.get("body") for r in lines)
        extra = sum(n - 1 for n in contents.values())
        if extra:
            duplicated.append(url)
            surplus += extra
    expected = site.reachable(depth)
    fetched = Counter(uri for kind, uri in files["records"] if kind in ("response", "revisit"))
    missing_pages = sorted(expected - set(fetched))
    missing_articles = sorted(truth_urls - set(by_url))
    return {
        "articles_missing": len(missing_articles),
        "articles_duplicated": len(duplicated),
        "duplicate_lines": surplus,
        "article_lines": len(files["articles"]),
        "unexpected_article_urls": len(set(by_url) - truth_urls),
        "pages_expected": len(expected),
        "pages_missing": len(missing_pages),
        "pages_fetched_twice": sum(1 for url in expected if fetched[url] > 1),
        "responses": sum(1 for kind, _ in files["records"] if kind == "response"),
        "revisits": sum(1 for kind, _ in files["records"] if kind == "revisit"),
        "torn_files": len([k for k in files["problems"] if k != "warcio check"]),
        "bad_json_lines": files["bad_json_lines"],
        "warcio_check_failed": files["warcio_check_failed"],
        "warc_files": files["warc_files"],
        "empty_warc_files": files["empty_warc_files"],
        "examples": {"articles_missing": missing_articles[:3], "articles_duplicated": sorted(duplicated)[:3],
                     "pages_missing": missing_pages[:3],
                     "torn": [p for ps in files["problems"].values() for p in ps][:5]},
    }


# -- the harness ---------------------------------------------------------------------------------


def merge(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The comparisons of several folders as one: counts added up, examples pooled."""
    merged: dict[str, Any] = {}
    for result in results:
        for key, value in result.items():
            if key == "examples":
                pooled = merged.setdefault("examples", {})
                for name, examples in value.items():
                    pooled[name] = (pooled.get(name, []) + examples)[:5]
            else:
                merged[key] = merged.get(key, 0) + value
    return merged


def harness(site: Site, work: Path, *, mode: str = "crawl", kills: int = 20, seed: int = 1, depth: int = 1,
            low: float = 0.5, reference_seconds: float | None = None, fresh_after_complete: bool = False,
            progress: Callable[[str], None] = log) -> tuple[dict[str, Any], list[Run]]:
    """Measure a full run, kill the command ``kills`` times, finish it, compare with truth.

    With ``fresh_after_complete``, a run that completes before its kill ends a round: its
    folder is compared with truth and the next kills go to a new, empty folder (so that more
    kills land in a first crawl rather than in quick incremental reruns of a complete one).
    """
    started = time.monotonic()
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    reference = None
    if reference_seconds is None:
        ref_out = work / "reference"
        reference = run_command(command(mode, site, ref_out, depth), Run(0, None), logs, ref_out, timeout=1800)
        if reference.returncode != 0:
            progress(f"reference run failed ({reference.outcome()}); see {logs}/run-00.stderr")
        reference_seconds = reference.seconds
        progress(f"reference run: {reference.seconds:.1f} s, {reference.outcome()}, {reference.pages} pages, "
                 f"{reference.articles} articles")
    high = max(reference_seconds, low + 0.5)
    rng = random.Random(seed)
    rounds = 1
    out = work / f"out-{rounds}"
    cmd = command(mode, site, out, depth)
    runs: list[Run] = []
    results = []
    for k in range(1, kills + 1):
        run = run_command(cmd, Run(k, round(rng.uniform(low, high), 2)), logs, out, timeout=high)
        run.torn_after = len(check_files(out, run_warcio_check=False)["problems"])
        run.folder = out.name
        runs.append(run)
        progress(f"kill {k}/{kills} at {run.kill_at:.2f} s: {run.outcome()}, "
                 f"+{run.lines_after - run.lines_before} lines, {run.torn_after} damaged file(s) left")
        if fresh_after_complete and not run.killed:
            results.append(compare(out, site, depth))
            rounds += 1
            out = work / f"out-{rounds}"
            cmd = command(mode, site, out, depth)
    final = run_command(cmd, Run(kills + 1, None), logs, out, timeout=max(600, 20 * high))
    final.folder = out.name
    runs.append(final)
    progress(f"final run: {final.outcome()} in {final.seconds:.1f} s, {final.pages} pages, "
             f"+{final.lines_after - final.lines_before} lines")
    result = merge([*results, compare(out, site, depth)])
    recovered = [r.recovered for r in runs if r.recovered is not None]
    summary = {
        "mode": mode, "articles": len(site.truth()), "depth": depth, "latency_ms": site.latency_ms, "seed": seed,
        "kills": kills, "kills_landed": sum(r.killed for r in runs),
        "kills_mid_write": sum(1 for r in runs if r.killed and (r.warc_bytes_added or r.lines_after > r.lines_before)),
        "finished_before_kill": sum(1 for r in runs[:-1] if not r.killed),
        "folders": rounds,
        "kill_range_s": [low, round(high, 2)],
        "reference_seconds": round(reference_seconds, 2),
        "reference_pages": reference.pages if reference else None,
        "final_exit": final.returncode, "final_run_pages": final.pages, "final_run_articles": final.articles,
        "final_run_failed_pages": final.failed_pages,
        **{k: v for k, v in result.items() if k != "examples"},
        "tracebacks": sum(r.traceback for r in runs),
        "failed_runs": sum(r.failed for r in runs),
        "recovered": sum(recovered) if recovered else None,
        "repairs": sum(1 for r in runs if r.repaired_lines),
        "seconds": round(time.monotonic() - started, 1),
        "examples": result["examples"],
    }
    return summary, runs


def failures(summary: dict[str, Any]) -> dict[str, Any]:
    """The counts that are not 0."""
    return {k: summary[k] for k in FAIL_KEYS if summary.get(k)}


def table(summary: dict[str, Any], runs: list[Run]) -> str:
    """A short human report: one row per run, then the checks."""
    rows = [(f"{'run':>4} {'dir':>3} {'kill at':>8} {'outcome':>9} {'secs':>6} {'lines+':>7} {'warc KB+':>8} "
             f"{'pages':>6} {'failed':>6} {'recov':>6} {'torn':>5}  notes")]
    for r in runs:
        notes = ["TRACEBACK"] if r.traceback else []
        notes += r.error_lines[:1] + r.recovered_lines[:1] + r.repaired_lines[:1] + r.failure_lines[:1]
        kill_at = "-" if r.kill_at is None else f"{r.kill_at:.2f}"
        rows.append(f"{r.index:>4} {r.folder.removeprefix('out-') or '-':>3} {kill_at:>8} {r.outcome():>9} "
                    f"{r.seconds:>6.1f} {r.lines_after - r.lines_before:>7} {r.warc_bytes_added // 1024:>8} "
                    f"{'-' if r.pages is None else r.pages:>6} {'-' if r.failed_pages is None else r.failed_pages:>6} "
                    f"{'-' if r.recovered is None else r.recovered:>6} "
                    f"{r.torn_after:>5}  {'; '.join(notes)[:100]}")
    s = summary
    rows += [
        "",
        (f"mode {s['mode']}, {s['articles']} articles, depth {s['depth']}, latency {s['latency_ms']} ms, "
         f"seed {s['seed']}; full run {s['reference_seconds']} s; kills {s['kills_landed']} landed of {s['kills']} "
         f"({s['kills_mid_write']} after the run had written; {s['finished_before_kill']} runs finished first; "
         f"{s['folders']} folder(s))"),
        (f"articles missing    {s['articles_missing']:>5}   (of {s['articles'] * s['folders']}; "
         f"{s['article_lines']} lines)"),
        f"articles duplicated {s['articles_duplicated']:>5}   ({s['duplicate_lines']} surplus lines)",
        (f"pages missing       {s['pages_missing']:>5}   (of {s['pages_expected']} reachable; "
         f"{s['responses']} responses, {s['revisits']} revisits, {s['pages_fetched_twice']} fetched twice)"),
        (f"torn files          {s['torn_files']:>5}   ({s['warc_files']} WARC files, {s['bad_json_lines']} bad JSON "
         f"lines{', warcio check failed' if s['warcio_check_failed'] else ''})"),
        f"tracebacks          {s['tracebacks']:>5}",
        (f"failed runs         {s['failed_runs']:>5}   (final run: exit {s['final_exit']}, "
         f"{s['final_run_pages']} pages, {s['final_run_failed_pages']} failed)"),
        (f"recovered           {'-' if s['recovered'] is None else s['recovered']:>5}   (pages the reruns said "
         f"they recovered; {s['repairs']} run(s) said they repaired a file)"),
    ]
    rows += [f"  e.g. {key}: {example}" for key, examples in s["examples"].items() for example in examples]
    bad = failures(s)
    rows.append("FAIL: " + ", ".join(f"{k}={v}" for k, v in bad.items()) if bad else "OK")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench/crawl folder")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--latency-ms", type=float, default=20)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--mode", choices=("crawl", "job"), default="crawl")
    ap.add_argument("--seed", type=int, default=1, help="seeds the kill moments")
    ap.add_argument("--depth", type=int, default=1)
    ap.add_argument("--reference-seconds", type=float,
                    help="the full-run time to draw kill moments up to (default: measured by a first run)")
    ap.add_argument("--fresh-after-complete", action="store_true",
                    help="when a run completes before its kill, check its folder and go on in a new, empty one")
    ap.add_argument("--keep", action="store_true", help="keep the site, the output folders and the logs")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="newsarchive-kill-"))
    try:
        with bench_site(args.bench, work / "site", args.articles, args.latency_ms) as site:
            summary, runs = harness(site, work / "runs", mode=args.mode, kills=args.kills, seed=args.seed,
                                    depth=args.depth, reference_seconds=args.reference_seconds,
                                    fresh_after_complete=args.fresh_after_complete)
        line = {k: v for k, v in summary.items() if k != "examples"}
        line["runs"] = [{k: v for k, v in asdict(r).items() if k in ("folder", "kill_at", "returncode",
                                                                     "killed", "pages", "recovered", "traceback")}
                        | {"lines_added": r.lines_after - r.lines_before} for r in runs]
        print(json.dumps(line), flush=True)
        log(table(summary, runs))
        return 1 if failures(summary) else 0
    finally:
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
