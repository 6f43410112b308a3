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
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import redis
from warcio.archiveiterator import ArchiveIterator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from crawl import DEFAULT_BENCH, stop, tree_rss_kb, wait_for_port  # noqa: E402  (the sibling benchmark)
from helpers import warcio_check_files  # noqa: E402

NEWSARCHIVE = [sys.executable, "-c", "import sys; from newsarchive.cli import main; sys.exit(main(sys.argv[1:]))"]


def options(concurrency: int) -> list[str]:
    return ["--ignore-robots", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", f"CONCURRENT_REQUESTS={concurrency}",
            "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}", "-s", "RETRY_ENABLED=False",
            "-s", "NEWSARCHIVE_RESOURCES=none"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def responses(*warc_dirs: Path) -> Counter:
    """Response records by URL in the WARC files of these folders."""
    found: Counter = Counter()
    for path in (p for d in warc_dirs for p in d.glob("*.warc.gz")):
        with open(path, "rb") as f:
            found.update(r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(f)
                         if r.rec_type == "response")
    return found


def articles(path: Path) -> Counter:
    """Article records by URL (a line still being written left out)."""
    if not path.exists():
        return Counter()
    return Counter(json.loads(line)["url"] for line in open(path, encoding="utf-8") if line.endswith("\n"))


def watch(procs: dict[str, subprocess.Popen], until: Callable[[], bool] | None = None,
          sample: Callable[[], object] | None = None) -> dict[str, int]:
    """Wait for the processes; peak RSS in MB of each. ``until()`` true: return early;
    ``sample()`` is called every 50 ms meanwhile."""
    peaks = dict.fromkeys(procs, 0)
    while any(p.poll() is None for p in procs.values()):
        for name, proc in procs.items():
            peaks[name] = max(peaks[name], tree_rss_kb(proc.pid) // 1024)
        if until is not None and until():
            break
        if sample is not None:
            sample()
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


class Progress:
    """Pages done in a Redis crawl over time (its ``done`` set, sampled), for the rate while busy."""

    def __init__(self, client: redis.Redis, crawl_id: str) -> None:
        self.client, self.key = client, f"newsarchive:{crawl_id}:done"
        self.samples: list[tuple[float, int]] = []

    def done(self) -> int:
        count = int(self.client.scard(self.key))
        self.samples.append((time.perf_counter(), count))
        return count

    def busy_rate(self, total: int) -> float:
        """Pages/s from 10% to 90% of ``total`` done: the workers' starts and the crawl's tail left out."""
        first = next(((t, n) for t, n in self.samples if n >= total * 0.1), None)
        last = next(((t, n) for t, n in self.samples if n >= total * 0.9), None)
        if first is None or last is None or last[0] <= first[0]:
            return 0.0
        return round((last[1] - first[1]) / (last[0] - first[0]), 1)


def redis_run(work: Path, urls: str, redis_url: str, workers: int, concurrency: int, kills: list[float],
              expected: set[str]) -> dict:
    """One Redis crawl with ``workers`` workers; worker w1 killed with SIGKILL (and started again)
    when each fraction in ``kills`` of the expected pages is done. Checks the merged archive."""
    crawl_id = f"bench-{workers}{'-kill' if kills else ''}"
    out = work / crawl_id
    subprocess.run([*NEWSARCHIVE, "crawl", "--redis", redis_url, "--crawl-id", crawl_id, "--clear", "-i", urls, "-q",
                    *options(concurrency)], check=True)
    client = redis.Redis.from_url(redis_url)
    progress = Progress(client, crawl_id)

    def start(name: str) -> subprocess.Popen:
        return subprocess.Popen([*NEWSARCHIVE, "worker", "--redis", redis_url, "--crawl-id", crawl_id, "-o", str(out),
                                 "--name", name, "-q"])

    started = time.perf_counter()
    procs = {f"w{n}": start(f"w{n}") for n in range(1, workers + 1)}
    peaks: dict[str, int] = {}
    held_at_kills: list[set[str]] = []
    for n, fraction in enumerate(kills, 1):
        for name, peak in watch(procs, until=lambda f=fraction: progress.done() >= f * len(expected)).items():
            peaks[name] = max(peak, peaks.get(name, 0))
        procs["w1"].kill()
        procs["w1"].wait()
        held_at_kills.append({k.decode() for k, v in client.hgetall(f"newsarchive:{crawl_id}:owners").items()
                              if v == b"w1"})
        procs[f"w1 (killed {n})"] = procs.pop("w1")
        peaks[f"w1 (killed {n})"] = peaks.pop("w1", 0)
        procs["w1"] = start("w1")
    for name, peak in watch(procs, until=None, sample=progress.done).items():
        peaks[name] = max(peak, peaks.get(name, 0))
    seconds = time.perf_counter() - started
    merged = subprocess.run([*NEWSARCHIVE, "merge", str(out), "-o", str(out)], check=True,
                            capture_output=True, text=True).stderr.strip()
    pages, in_parts = responses(out / "warc"), responses(*(out / "parts").glob("*/warc"))
    articles_by_url = articles(out / "articles.jsonl")
    total = len(set(pages))
    run = {"mode": f"redis, {workers} worker(s)" + (f", w1 killed {len(kills)} time(s) with SIGKILL and started "
                                                       "again each time" if kills else ""),
           "pages": total, "articles": sum(articles_by_url.values()), "seconds": round(seconds, 2),
           "pages_per_s": round(total / seconds, 1), "busy_pages_per_s": progress.busy_rate(len(expected)),
           "peak_rss_mb_per_worker": peaks, "merge": merged.splitlines()[-1] if merged else "",
           **archive_checks(out, expected, set(Path(urls).read_text().split()), pages, articles_by_url)}
    if kills:
        twice = {u for u, c in in_parts.items() if c > 1}
        run["kills_at_fraction_done"] = [round(f, 2) for f in kills]
        run["leases_held_at_each_kill"] = [len(h) for h in held_at_kills]
        run["fetched_twice_in_parts"] = len(twice)
        run["fetched_twice_not_held_at_a_kill"] = len(twice - set().union(*held_at_kills))
    return run


def archive_checks(out: Path, expected: set[str], seeds: set[str], pages: Counter, by_url: Counter) -> dict:
    """The issue's checks of a merged archive: every expected page in exactly one response
    record, every article once, ``warcio check`` clean on the merged and the parts' WARC files."""
    warcs = sorted({p.resolve() for p in [*(out / "warc").glob("*.warc.gz"), *out.glob("parts/*/warc/*.warc.gz")]})
    check = warcio_check_files(warcs)
    return {"pages_missing": len(expected - set(pages)), "pages_unexpected": len(set(pages) - expected),
            "pages_in_more_than_one_record": sum(1 for c in pages.values() if c > 1),
            "articles_missing": len(seeds - set(by_url)), "duplicate_articles": sum(c - 1 for c in by_url.values() if c > 1),
            "warc_files_checked": len(warcs),
            "warcio_check": "clean" if check.returncode == 0 else (check.stdout + check.stderr)[-500:]}


def expected_pages(work: Path, base: str) -> set[str]:
    """The pages a depth-1 crawl of the bench site's seeds must archive: the seeds (articles) and
    the source pages they cite (make_site.py writes a source page only where one is cited)."""
    seeds = set((work / "urls.txt").read_text().split())
    return seeds | {f"{base}/{p.parent.relative_to(work / 'site').as_posix()}"
                    for p in (work / "site" / "sources").glob("*/*/index.html")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench/crawl folder")
    ap.add_argument("--articles", type=int, default=400, help="seeds (2000: the issue's 6,000 pages)")
    ap.add_argument("--port", type=int, default=8767)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--latency-ms", type=int, default=0,
                    help="the server's latency per request (serve.py --latency-ms), to imitate a real network")
    ap.add_argument("--kills", type=int, default=3, help="SIGKILLs of worker w1 in the last run")
    ap.add_argument("--seed", type=int, default=None, help="of the random kill moments (default: a new one)")
    ap.add_argument("--runs", default="plain,1,2,kill", help="which runs, comma-separated")
    ap.add_argument("--keep", action="store_true", help="keep the site and the crawl output")
    args = ap.parse_args()
    if not (args.bench / "make_site.py").exists():
        sys.exit(f"no bench at {args.bench} (give --bench)")
    if not shutil.which("redis-server"):
        sys.exit("redis-server is not installed")
    seed = random.randrange(10**6) if args.seed is None else args.seed
    rng = random.Random(seed)
    kills = sorted(rng.uniform(0.05, 0.85) for _ in range(args.kills))
    runs = args.runs.split(",")

    work = Path(tempfile.mkdtemp(prefix="newsarchive-redis-bench-"))
    base_url = f"http://127.0.0.1:{args.port}"
    subprocess.run([sys.executable, str(args.bench / "make_site.py"), str(work), "--articles", str(args.articles),
                    "--base", base_url], check=True, stdout=subprocess.DEVNULL)
    redis_port = free_port()
    servers = [subprocess.Popen([sys.executable, str(args.bench / "serve.py"), str(work), "--port", str(args.port),
                                 "--latency-ms", str(args.latency_ms)], stdout=subprocess.DEVNULL),
               subprocess.Popen(["redis-server", "--save", "", "--appendonly", "no", "--port", str(redis_port),
                                 "--bind", "127.0.0.1"], stdout=subprocess.DEVNULL)]
    try:
        wait_for_port(args.port, 180)  # the server loads and compresses the whole site first
        wait_for_port(redis_port)
        urls, redis_url = str(work / "urls.txt"), f"redis://127.0.0.1:{redis_port}/0"
        expected = expected_pages(work, base_url)
        print(json.dumps({"seeds": args.articles, "expected_pages": len(expected), "kill_seed": seed}), flush=True)
        results = {}
        if "plain" in runs:
            results["plain"], _ = plain(work, urls, args.concurrency)
            print(json.dumps(results["plain"]), flush=True)
        for run, workers, at in (("1", 1, []), ("2", 2, []), ("kill", 2, kills)):
            if run in runs:
                results[run] = redis_run(work, urls, redis_url, workers, args.concurrency, at, expected)
                print(json.dumps(results[run]), flush=True)
        print(json.dumps(ratios(results)))
    finally:
        stop(servers, work, args.keep)


def ratios(results: dict[str, dict]) -> dict[str, float]:
    found = {}
    if "plain" in results and "1" in results:
        found["one_worker_to_plain"] = round(results["1"]["pages_per_s"] / results["plain"]["pages_per_s"], 2)
    if "1" in results and "2" in results:
        found["two_workers_to_one"] = round(results["2"]["pages_per_s"] / results["1"]["pages_per_s"], 2)
        if results["1"]["busy_pages_per_s"]:
            found["two_workers_to_one_while_busy"] = round(
                results["2"]["busy_pages_per_s"] / results["1"]["busy_pages_per_s"], 2)
    return found


if __name__ == "__main__":
    main()
