"""The command-line side of Redis crawls: ``crawl --redis``, ``worker``, ``status``, ``merge``.

Kept out of :mod:`newsarchive.cli` so the parser stays small and ``--help`` imports
nothing heavy. Each function takes the parsed arguments and returns an exit status
(:mod:`newsarchive.exits`); problems a user can fix raise :class:`CommandError`
(one line, exit status 2).
"""

from __future__ import annotations

import argparse
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import redis

from newsarchive import exits
from newsarchive.distributed.crawl import (
    RedisCrawl,
    RedisUnavailable,
    check_crawl_id,
    connect,
    travelling_settings,
)
from newsarchive.sanitize import for_terminal
from newsarchive.store.frontier import Entry

#: a worker whose figures are older than this is shown as gone in ``status``
STALE_SECONDS = 30.0
#: how ``crawl --workers`` starts a worker: this Python, this newsarchive
WORKER_MAIN = "import sys; from newsarchive.cli import main; sys.exit(main(sys.argv[1:]))"


class CommandError(Exception):
    """Bad usage or an unusable Redis: exit status 2 with this one line."""


def open_crawl(url: str, crawl_id: str, worker: str | None = None, lease_seconds: float = 60.0) -> RedisCrawl:
    try:
        check_crawl_id(crawl_id)
        if worker is not None:
            check_crawl_id(worker, "--name")
        return RedisCrawl(connect(url), crawl_id, worker, lease_seconds)
    except (ValueError, RedisUnavailable) as exc:
        raise CommandError(str(exc)) from None


# -- crawl --redis ---------------------------------------------------------------------------
def redis_crawl(args: argparse.Namespace, settings: Any, seed_urls: list[str]) -> int:
    """Queue the seeds of a Redis crawl (``--clear``: remove it first); with ``--workers N``
    also run N workers here, wait for the crawl to finish and merge their parts."""
    crawl = open_crawl(args.redis, args.crawl_id)
    say = (lambda text: None) if args.quiet else (lambda text: print(for_terminal(text), file=sys.stderr))
    if args.clear:
        say(f"crawl {args.crawl_id}: removed {crawl.clear()} Redis key(s)")
    if seed_urls:
        config = travelling_settings(settings, (pair.partition("=")[0].strip() for pair in args.set))
        crawl.save_config(config)
        added = crawl.add(Entry(url, 0, given=True) for url in seed_urls)
        say(f"crawl {args.crawl_id}: queued {len(added)} seed(s)"
            + (f" ({len(seed_urls) - len(added)} queued before)" if len(added) < len(seed_urls) else ""))
    elif not args.clear and not crawl.exists():
        raise CommandError(f"no crawl {args.crawl_id!r} in Redis: give seed URLs or -i FILE")
    if not args.workers:
        if seed_urls:
            say(f"start workers with: newsarchive worker --redis {args.redis} --crawl-id {args.crawl_id} -o DIR")
        return exits.OK
    return run_local_workers(args, crawl, say)


def run_local_workers(args: argparse.Namespace, crawl: RedisCrawl, say: Any) -> int:
    """Start ``--workers`` worker processes, show their progress, wait, merge into ``-o``."""
    host = socket.gethostname()
    common = ["--redis", args.redis, "--crawl-id", args.crawl_id, "-o", str(args.output), "-q"]
    for pair in args.set:
        common += ["-s", pair]
    children = [subprocess.Popen([sys.executable, "-c", WORKER_MAIN, "worker", *common,
                                  "--name", f"{host}-{n}"]) for n in range(1, args.workers + 1)]

    def forward(signum: int, frame: Any) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    previous = signal.signal(signal.SIGTERM, forward)
    try:
        while any(child.poll() is None for child in children):
            time.sleep(1.0)
            if not args.quiet:
                try:
                    _progress(crawl, [f"{host}-{n}" for n in range(1, args.workers + 1)])
                except redis.RedisError:
                    pass  # the workers say it, one line each
    except KeyboardInterrupt:
        forward(signal.SIGTERM, None)
        for child in children:
            child.wait()
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not args.quiet and sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
    # a worker killed by a signal: its leases lapse, so the same command goes on
    statuses = [child.returncode if child.returncode >= 0 else exits.INTERRUPTED for child in children]
    worst = max(statuses, key=lambda s: (s != 0, s))
    if worst in (exits.OK, exits.NOTHING_ARCHIVED):
        merged = merge_into(Path(args.output), [Path(args.output)], say)
        return worst if merged == exits.OK else merged
    say(f"a worker stopped with status {worst}: run the same command again to go on")
    return worst


def _progress(crawl: RedisCrawl, names: list[str]) -> None:
    workers = crawl.workers()
    parts = []
    for name in names:
        w = workers.get(name)
        parts.append(f"{name}: {w['pages']} pages {w['pages_per_s']:.1f}/s" if w else f"{name}: starting")
    counts = crawl.counts()
    line = f"{counts['queued']} queued, {counts['in_flight']} in flight, {counts['done']} done | " + " | ".join(parts)
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K" + for_terminal(line))
    elif int(time.monotonic()) % 10 == 0:
        sys.stderr.write(for_terminal(line) + "\n")
    sys.stderr.flush()


# -- worker ------------------------------------------------------------------------------------
def worker(args: argparse.Namespace, settings: Any) -> int:
    from newsarchive.distributed.worker import default_worker_name, run_worker

    name = args.name or default_worker_name()
    crawl = open_crawl(args.redis, args.crawl_id, name)
    config = crawl.config()
    if config is None:
        raise CommandError(f"no crawl {args.crawl_id!r} in Redis (start it with "
                           f"`newsarchive crawl --redis URL --crawl-id {args.crawl_id} URL...`)")
    lease = config.get("NEWSARCHIVE_LEASE_SECONDS") or settings.getfloat("NEWSARCHIVE_LEASE_SECONDS")
    crawl.lease_seconds = float(lease)
    return run_worker(settings, crawl, Path(args.output))


# -- status --------------------------------------------------------------------------------------
def status(args: argparse.Namespace) -> int:
    crawl = open_crawl(args.redis, args.crawl_id)
    if not crawl.exists():
        raise CommandError(f"no crawl {args.crawl_id!r} in Redis")
    print(for_terminal(status_text(crawl), multiline=True))
    return exits.OK


def status_text(crawl: RedisCrawl, now: float | None = None) -> str:
    now = time.time() if now is None else now
    counts, workers = crawl.counts(), crawl.workers()
    live = {n: w for n, w in workers.items() if now - w.get("updated", 0) <= STALE_SECONDS
            and w.get("state") in ("running", "waiting", "stopping")}
    failed = sum(w.get("failed", 0) for w in workers.values())
    rate = sum(w.get("pages_per_s", 0.0) for w in live.values())
    state = "finished" if not counts["queued"] and not counts["in_flight"] else "running"
    lines = [f"crawl {crawl.crawl_id}: {state}: {counts['queued']} queued, {counts['in_flight']} in flight, "
             f"{counts['done']} done, {failed} failed, {counts['seen']} seen; "
             f"{len(live)} live worker(s), {rate:.1f} pages/s"]
    if workers:
        lines.append(f"  {'worker':<24} {'state':<20} {'pages':>7} {'articles':>8} {'failed':>6} "
                     f"{'in flight':>9} {'pages/s':>8} {'peak MB':>8}  last seen")
    for name, w in workers.items():
        shown = w.get("state", "?") if name in live or w.get("state") not in ("running", "waiting") else "gone"
        lines.append(f"  {name:<24} {shown:<20} {w.get('pages', 0):>7} {w.get('articles', 0):>8} "
                     f"{w.get('failed', 0):>6} {w.get('in_flight', 0):>9} {w.get('pages_per_s', 0):>8.1f} "
                     f"{w.get('peak_rss_mb', 0):>8.0f}  {now - w.get('updated', now):.0f} s ago")
    return "\n".join(lines)


# -- merge ------------------------------------------------------------------------------------------
def merge(args: argparse.Namespace) -> int:
    say = (lambda text: None) if args.quiet else (lambda text: print(for_terminal(text), file=sys.stderr))
    missing = [str(p) for p in args.folders if not p.is_dir()]
    if missing:
        raise CommandError(f"not a folder: {missing[0]}")
    return merge_into(args.output, args.folders, say)


def merge_into(output: Path, folders: list[Path], say: Any) -> int:
    from newsarchive.store.archive import Archive
    from newsarchive.store.merge import merge as merge_parts

    with Archive.open(output, job="merge") as archive:
        result = merge_parts(folders, archive)
    for line in result.busy:
        print(for_terminal(f"WARNING: {line}"), file=sys.stderr)
    if result.bad_lines:
        print(f"WARNING: skipped {result.bad_lines} line(s) that are no article records", file=sys.stderr)
    say(f"merged {len(result.parts)} part(s) into {output}: {result.written} article record(s) written, "
        f"{result.duplicates} duplicate(s) left out, {result.warc_files} WARC file(s) added, "
        f"{result.refetches} second fetch(es) of a page left out")
    if not result.parts and not result.busy:
        say("nothing to merge: no archive folder or worker part found")
    return exits.LOCKED if result.busy else exits.OK

