#!/usr/bin/env python3
"""A periodic job's second run over unchanged articles, next to its first run.

    python benchmarks/revisit.py [--bench ../shared/bench/crawl] [--articles 2000] [--port 8767]

Builds the bench site, serves it with the bench's ``serve.py`` (no ETag support:
unchanged pages are recognised by their payload digest; with ``--etag``, with
newsarchive's demo server, which answers conditional requests with 304) and runs a
job over the article list twice with ``newsarchive run``. Prints, per run: wall seconds,
requests sent, pages written as full responses, revisit records, new article
records. The second run re-checks every article (revisit interval 0 s).
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

from crawl import DEFAULT_BENCH, wait_for_port
from warcio.archiveiterator import ArchiveIterator


def warc_counts(folder: Path, skip: set[Path]) -> tuple[dict[str, int], set[Path]]:
    counts: dict[str, int] = {}
    files = set(folder.glob("*.warc.gz")) - skip
    for path in files:
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                counts[record.rec_type] = counts.get(record.rec_type, 0) + 1
    return counts, files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--port", type=int, default=8767)
    ap.add_argument("--etag", action="store_true",
                    help="serve with newsarchive's demo server, which answers conditional requests with 304")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsarchive-revisit-"))
    base = f"http://127.0.0.1:{args.port}"
    subprocess.run([sys.executable, str(args.bench / "make_site.py"), str(work), "--articles", str(args.articles),
                    "--base", base], check=True, stdout=subprocess.DEVNULL)
    (work / "jobs.toml").write_text(
        '[jobs.bench]\nseeds = ["urls.txt"]\nevery = "1h"\ndepth = 0\noutput = "archive"\n'
        'revisit = { for = "10000d", every = "1s" }\n'
        'settings = { AUTOTHROTTLE_ENABLED = false, ROBOTSTXT_OBEY = false, CONCURRENT_REQUESTS = 32, '
        'CONCURRENT_REQUESTS_PER_DOMAIN = 32 }\n')
    server = subprocess.Popen(
        [sys.executable, "-m", "newsarchive.demo.server", str(work / "site"), "--port", str(args.port)] if args.etag
        else [sys.executable, str(args.bench / "serve.py"), str(work), "--port", str(args.port)],
        stdout=subprocess.DEVNULL)
    seen: set[Path] = set()
    try:
        wait_for_port(args.port)
        articles = work / "archive" / "articles.jsonl"
        for run in (1, 2):
            before = sum(1 for _ in open(articles)) if articles.exists() else 0
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "newsarchive.cli", "run", str(work / "jobs.toml"), "--job", "bench",
                            "-q"], check=True)
            seconds = time.perf_counter() - started
            counts, files = warc_counts(work / "archive" / "warc", seen)
            seen |= files
            print(json.dumps({"run": run, "seconds": round(seconds, 2), "requests": counts.get("request", 0),
                              "responses": counts.get("response", 0), "revisits": counts.get("revisit", 0),
                              "new_records": sum(1 for _ in open(articles)) - before,
                              "warc_bytes": sum(p.stat().st_size for p in files)}))
            time.sleep(1.1)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
