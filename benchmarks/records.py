#!/usr/bin/env python3
"""Every benchmark page's record, and the fields two versions of the extraction disagree on.

    python benchmarks/records.py dump OUT.jsonl [--bench ../shared/bench]
    python benchmarks/records.py diff BEFORE.jsonl AFTER.jsonl

``dump`` extracts all 1,117 pages of ``body/``, ``meta/`` and ``real/`` (in that order; a
``meta`` or ``real`` page with its URL where the truth gives one, so that rules reading the
address are exercised too) and writes one record a line, keyed by the page's path under the
bench folder. ``diff`` prints each page and field that differs, before and after, and the
count. A rule is kept only when every record it changes is better: the scores of
``newsarchive bench`` average thousands of fields, and a rule that mends one page and breaks
another can leave them unchanged. Dump with the old code first (an export of its commit on
``PYTHONPATH``), then with the new.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

DEFAULT_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
#: how much of a differing value the diff prints
SHOWN = 300


def pages(bench: Path) -> Iterator[tuple[str, bytes, str | None]]:
    """(path under ``bench``, page bytes, URL or None) of every benchmark page."""
    for path in sorted((bench / "body" / "data" / "html").glob("*.html.gz")):
        yield str(path.relative_to(bench)), gzip.decompress(path.read_bytes()), None
    for name in ("meta", "real"):
        for line in (bench / name / "truth.jsonl").read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                path = bench / name / "data" / row["file"]
                yield str(path.relative_to(bench)), gzip.decompress(path.read_bytes()), row.get("url")


def dump(bench: Path, out: Path) -> int:
    from newsarchive.extraction import extract, load_page

    count = 0
    with out.open("w", encoding="utf-8") as f:
        for name, raw, url in pages(bench):
            fields = extract(load_page(raw, url)).fields
            f.write(json.dumps({"page": name, **fields}, ensure_ascii=False, default=str, sort_keys=True) + "\n")
            count += 1
    print(f"{count} records in {out}")
    return 0


def diff(before: Path, after: Path) -> int:
    old = [json.loads(line) for line in before.read_text("utf-8").splitlines()]
    new = {row["page"]: row for row in map(json.loads, after.read_text("utf-8").splitlines())}
    count = 0
    for row in old:
        other = new.get(row["page"], {})
        for key, value in row.items():
            if value != other.get(key):
                count += 1
                print(row["page"], key, "\n   -", str(value)[:SHOWN], "\n   +", str(other.get(key))[:SHOWN])
    print(count, "differences")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="extract every benchmark page into OUT.jsonl")
    d.add_argument("out", type=Path)
    d.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench folder (default: %(default)s)")
    c = sub.add_parser("diff", help="the fields two dumps disagree on")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.command == "dump":
        if not (args.bench / "body").is_dir():
            print(f"records: no benchmark folder at {args.bench} (give --bench)", file=sys.stderr)
            return 2
        return dump(args.bench, args.out)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
