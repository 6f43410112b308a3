#!/usr/bin/env python3
"""Redis crawls next to a plain crawl, in the same run: pages/s, memory, and what kills cost.

    python benchmarks/redis_workers.py [--bench ../shared/bench/crawl] [--articles 400] [--port 8767]

Builds the bench site (the bench's ``make_site.py``), serves it (``serve.py``), starts a
``redis-server`` on a free port of 127.0.0.1 (no persistence), then crawls the seeds to depth 1
with the same politeness as benchmarks/crawl.py (no robots.txt, no AutoThrottle, 32 concurrent
requests, no page resources):

1. ``newsarchive crawl`` (plain);
2. one ``newsarchive worker`` of a Redis crawl;
3. two workers of a Redis crawl;
4. two workers, one killed with SIGKILL once it archived a fifth of the articles and started
   again: then the merged archive is checked against the plain crawl's pages.

pages/s is pages archived (response records) over the wall time from the workers' start to
the last one's exit. Peak memory is sampled every 50 ms per process (each worker is one
process). One JSON line per run, then the ratios.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from crawl import DEFAULT_BENCH, tree_rss_kb, wait_for_port  # noqa: E402  (the sibling benchmark)

NEWSARCHIVE = [sys.executable, "-c", "import sys; from newsarchive.cli import main; sys.exit(main(sys.argv[1:]))"]


def options(concurrency: int) -> list[str]:
    return ["--ignore-robots", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", f"CONCURRENT_REQUESTS={concurrency}",
            "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}", "-s", "RETRY_ENABLED=False",
            "-s", "NEWSARCHIVE_RESOURCES=none"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def responses(warc_dir: Path) -> Counter:
    found: Counter = Counter()
    for path in warc_dir.glob("*.warc.gz"):
        with open(path, "rb") as f:
            found.update(r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(f)
                         if r.rec_type == "response")
    return found


def articles(path: Path) -> Counter:
    """Article records by URL (a line still being written left out)."""
    if not path.exists():
        return Counter()
    return Counter(json.loads(line)["url"] for line in open(path, encoding="utf-8") if line.endswith("\n"))


def watch(procs: dict[str, subprocess.Popen], until: object = None) -> dict[str, int]:
    """Wait for the processes; peak RSS in MB of each. ``until()`` true: return early."""
    peaks = dict.fromkeys(procs, 0)
    while any(p.poll() is None for p in procs.values()):
        for name, proc in procs.items():
            peaks[name] = max(peaks[name], tree_rss_kb(proc.pid) // 1024)
        if until is not None and until():
            break
        time.sleep(0.05)
    for name, proc in procs.items():
        if proc.poll() not in (None, 0, -9):
            sys.exit(f"{name} failed with status {proc.returncode}")
    return peaks


def plain(work: Path, urls: str, concurrency: int) -> tuple[dict, Counter]:
    out = work / "plain"
    started = time.perf_counter()
    peaks = watch({"plain": subprocess.Popen([*NEWSARCHIVE, "crawl", "-i", urls, "-o", str(out), "-q",
                                              *options(concurrency)])})
    seconds = time.perf_counter() - started
    pages = responses(out / "warc")
    written = sum(articles(out / "articles.jsonl").values())
    return ({"mode": "plain crawl", "pages": sum(pages.values()), "articles": written,
             "seconds": round(seconds, 2), "pages_per_s": round(sum(pages.values()) / seconds, 1),
             "peak_rss_mb": peaks["plain"]}, pages)


def redis_run(work: Path, urls: str, redis_url: str, workers: int, concurrency: int, kill: bool,
              expected: Counter) -> dict:
    crawl_id = f"bench-{workers}{'-kill' if kill else ''}"
    out = work / crawl_id
    subprocess.run([*NEWSARCHIVE, "crawl", "--redis", redis_url, "--crawl-id", crawl_id, "--clear", "-i", urls, "-q",
                    *options(concurrency)], check=True)

    def start(name: str) -> subprocess.Popen:
        return subprocess.Popen([*NEWSARCHIVE, "worker", "--redis", redis_url, "--crawl-id", crawl_id, "-o", str(out),
                                 "--name", name, "-q"])

    started = time.perf_counter()
    procs = {f"w{n}": start(f"w{n}") for n in range(1, workers + 1)}
    peaks: dict[str, int] = {}
    if kill:
        victim = out / "parts" / "w1" / "articles.jsonl"
        target = sum(1 for _ in open(urls)) // 5
        peaks = watch(procs, until=lambda: victim.exists() and victim.read_bytes().count(b"\n") >= target)
        procs["w1"].kill()
        procs["w1"].wait()
        procs["w1 (restarted)"] = start("w1")
    for name, peak in watch(procs).items():
        peaks[name] = max(peak, peaks.get(name, 0))
    seconds = time.perf_counter() - started
    subprocess.run([*NEWSARCHIVE, "merge", str(out), "-o", str(out), "-q"], check=True)
    pages = responses(out / "warc")
    merged = articles(out / "articles.jsonl")
    total = sum(pages.values())
    return {"mode": f"redis, {workers} worker(s)" + (", one killed and restarted" if kill else ""),
            "pages": total, "articles": sum(merged.values()), "seconds": round(seconds, 2),
            "pages_per_s": round(total / seconds, 1), "peak_rss_mb_per_worker": peaks,
            "pages_missing": len(set(expected) - set(pages)),
            "pages_fetched_twice": sum(1 for c in pages.values() if c > 1),
            "duplicate_articles": sum(c - 1 for c in merged.values() if c > 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench/crawl folder")
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--port", type=int, default=8767)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--latency-ms", type=int, default=0,
                    help="the server's latency per request (serve.py --latency-ms), to imitate a real network")
    ap.add_argument("--keep", action="store_true", help="keep the site and the crawl output")
    args = ap.parse_args()
    if not (args.bench / "make_site.py").exists():
        sys.exit(f"no bench at {args.bench} (give --bench)")
    if not shutil.which("redis-server"):
        sys.exit("redis-server is not installed")

    work = Path(tempfile.mkdtemp(prefix="newsarchive-redis-bench-"))
    subprocess.run([sys.executable, str(args.bench / "make_site.py"), str(work), "--articles", str(args.articles),
                    "--base", f"http://127.0.0.1:{args.port}"], check=True, stdout=subprocess.DEVNULL)
    redis_port = free_port()
    servers = [subprocess.Popen([sys.executable, str(args.bench / "serve.py"), str(work), "--port", str(args.port),
                                 "--latency-ms", str(args.latency_ms)], stdout=subprocess.DEVNULL),
               subprocess.Popen(["redis-server", "--save", "", "--appendonly", "no", "--port", str(redis_port),
                                 "--bind", "127.0.0.1"], stdout=subprocess.DEVNULL)]
    try:
        wait_for_port(args.port)
        wait_for_port(redis_port)
        urls, redis_url = str(work / "urls.txt"), f"redis://127.0.0.1:{redis_port}/0"
        base, expected = plain(work, urls, args.concurrency)
        print(json.dumps(base), flush=True)
        runs = []
        for workers, kill in ((1, False), (2, False), (2, True)):
            runs.append(redis_run(work, urls, redis_url, workers, args.concurrency, kill, expected))
            print(json.dumps(runs[-1]), flush=True)
        print(json.dumps({"one_worker_to_plain": round(runs[0]["pages_per_s"] / base["pages_per_s"], 2),
                          "two_workers_to_one": round(runs[1]["pages_per_s"] / runs[0]["pages_per_s"], 2)}))
    finally:
        for server in servers:
            server.terminate()
            server.wait()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}", file=sys.stderr)


if __name__ == "__main__":
    main()
