#!/usr/bin/env python3
"""Crawl throughput of newsarchive next to plain Scrapy, measured in the same run.

    python benchmarks/crawl.py [--bench ../shared/bench/crawl] [--articles 2000] [--port 8766]

Builds the bench site with the bench's ``make_site.py``, serves it with its
``serve.py``, runs ``baseline.py --mode bare`` (plain Scrapy, politeness off),
then ``newsarchive crawl`` on the same seeds with the same politeness (no
robots.txt, no AutoThrottle, 32 concurrent requests), WARC writing and
extraction on, once as it comes (on two cores or more, the pages are parsed, read and
extracted in a worker process) and once with all of it in the crawl's process. Prints one JSON line per run and the
ratios: pages/s relative to plain Scrapy and peak memory relative to plain Scrapy. Each run is a separate
process; its peak memory is the largest sum of the resident memory of it and its
children (newsarchive's extraction worker included), sampled every 50 ms.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

HERE = Path(__file__).resolve().parent
DEFAULT_BENCH = HERE.parent.parent / "shared" / "bench" / "crawl"


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (0 once gone)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run_measured(cmd: list[str]) -> tuple[float, int, str]:
    """Run ``cmd``; return wall seconds, the peak RSS in MB of it and its child processes
    together (sampled every 50 ms), and its stdout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_rss_kb(proc.pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if proc.returncode:
            sys.exit(f"failed: {' '.join(cmd)}\n{err.read().decode(errors='replace')[-2000:]}")
        return seconds, round(peak / 1024), out.read().decode()


def count_pages(warc_dir: Path) -> int:
    pages = 0
    for path in warc_dir.glob("*.warc.gz"):
        with open(path, "rb") as f:
            pages += sum(1 for r in ArchiveIterator(f) if r.rec_type == "response")
    return pages


def stop(servers: list[subprocess.Popen], work: Path, keep: bool) -> None:
    """End the benchmark's servers; remove its work folder unless ``keep``."""
    for server in servers:
        server.terminate()
        server.wait()
    if keep:
        print(f"kept {work}", file=sys.stderr)
    else:
        shutil.rmtree(work, ignore_errors=True)


def wait_for_port(port: int, seconds: float = 180) -> None:
    """Return once something listens on 127.0.0.1:PORT; RuntimeError after ``seconds``."""
    import socket

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"bench server did not start on port {port}")


def crawl(work: Path, urls: str, mode: str, workers: int | None, concurrency: int, resources: str = "none") -> dict:
    """``newsarchive crawl`` of the seeds with politeness off, as the baseline has it (which
    fetches no page resources: hence ``--resources none`` unless asked otherwise);
    ``workers``: NEWSARCHIVE_EXTRACT_PROCESSES, None for the default."""
    out_dir = work / f"out-{workers}"
    processes = [] if workers is None else ["-s", f"NEWSARCHIVE_EXTRACT_PROCESSES={workers}"]
    seconds, rss, _ = run_measured([
        sys.executable, "-m", "newsarchive.cli", "crawl", "-i", urls, "-o", str(out_dir), "-q",
        "--ignore-robots", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", f"CONCURRENT_REQUESTS={concurrency}", "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}",
        "-s", "RETRY_ENABLED=False", *processes, "--resources", resources,
    ])
    pages = count_pages(out_dir / "warc")
    articles = sum(1 for _ in open(out_dir / "articles.jsonl"))
    return {"mode": mode, "pages": pages, "articles": articles, "seconds": round(seconds, 2),
            "pages_per_s": round(pages / seconds, 1), "peak_rss_mb": rss}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench/crawl folder")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--port", type=int, default=8766)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--keep", action="store_true", help="keep the site and the crawl output")
    ap.add_argument("--resources", choices=("none", "article", "all"), default="none",
                    help="newsarchive's --resources (default none, like the baseline; with resources, "
                         "pages/s counts every response, resources included)")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="newsarchive-bench-"))
    base = f"http://127.0.0.1:{args.port}"
    subprocess.run([sys.executable, str(args.bench / "make_site.py"), str(work), "--articles",
                    str(args.articles), "--base", base], check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen([sys.executable, str(args.bench / "serve.py"), str(work), "--port", str(args.port)],
                              stdout=subprocess.DEVNULL)
    try:
        wait_for_port(args.port)
        urls = str(work / "urls.txt")
        seconds, rss, out = run_measured([sys.executable, str(args.bench / "baseline.py"), urls,
                                          "--mode", "bare", "--concurrency", str(args.concurrency)])
        bare = json.loads(out.strip().splitlines()[-1])
        bare["peak_rss_mb"] = max(rss, bare["peak_rss_mb"])
        print(json.dumps(bare))
        for mode, workers in (("newsarchive (default: pages read in a worker process)", None),
                              ("newsarchive, all in the crawl's process", 0)):
            ours = crawl(work, urls, mode, workers, args.concurrency, args.resources)
            print(json.dumps(ours))
            print(json.dumps({"mode": mode, "pages_per_s_ratio": round(ours["pages_per_s"] / bare["pages_per_s"], 2),
                              "peak_rss_ratio": round(ours["peak_rss_mb"] / bare["peak_rss_mb"], 2)}))
    finally:
        stop([server], work, args.keep)


if __name__ == "__main__":
    main()
