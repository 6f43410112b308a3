"""Several archive folders (the parts of a Redis crawl's workers) merged into one archive.

A worker of a Redis crawl writes its own part, ``DIR/parts/WORKER/`` (its own lock,
state, ``articles.jsonl`` and ``warc/CRAWL-WORKER-...warc.gz``), so workers never write
one file. Readers want one archive, and :func:`merge` makes it:

- **Each page once.** A page in flight in a worker that was killed may have been fetched
  twice in one crawl (by the dead worker, which wrote it but had not acknowledged it yet,
  and again once its lease lapsed), so the parts may hold two fetches of it. Within the
  files of one crawl, the merged WARC files keep one fetch per URL (its response and the
  request and metadata records naming it): the one the URL's merged article record points
  to, else the latest response. A closed WARC file without such a second fetch is linked into
  ``OUT/warc/`` (a hard link, else a copy); one with a second fetch is copied there under
  the same name without it (whole gzip members, unchanged), and the article records
  pointing into it get the records' new offsets. The parts keep both fetches: both happened.
  Only a changed article makes a second fetch of a URL stay (each version has its record).
- **Each article once.** The parts' article records are replayed, oldest first, through
  ``OUT``'s state as the crawl's pipeline would have: a record whose article equals its
  URL's latest version is the same article fetched twice and is left out; a changed one
  becomes the next version. Merging again adds nothing.

A part whose worker was killed and not started again still has its WARC file marked open:
merge cuts its torn tail first, as the worker's next start would (it holds the part's lock).
Other archive folders given to merge have their WARC files linked as they are.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from newsarchive.records import json_line
from newsarchive.store.archive import ARTICLES, WARC_DIR, Archive
from newsarchive.store.files import (
    OPEN_SUFFIX,
    article_lines,
    repair_open_warcs,
    replaced_whole,
)
from newsarchive.store.lock import FolderLock, LockedError
from newsarchive.store.state import version_after
from newsarchive.warc import ResponseFacts, facts_of

logger = logging.getLogger(__name__)

PARTS = "parts"
#: the records of a fetch: the response (or revisit) and the records naming it
FETCH_TYPES = ("response", "revisit")
NAMING_TYPES = ("request", "metadata")


def part_folder(output: Path | str, worker: str) -> Path:
    """The folder a worker of a Redis crawl writes under the crawl's output folder."""
    return Path(output) / PARTS / worker


def parts_of(folders: Iterable[Path], out: Path) -> list[Path]:
    """The archives to merge: each folder's worker parts, and the folder itself when it
    is an archive other than ``out``."""
    found = []
    for folder in folders:
        is_archive = (folder / ARTICLES).exists() or (folder / WARC_DIR).is_dir()
        if is_archive and folder.resolve() != out.resolve():
            found.append(folder)
        found += sorted(p for p in (folder / PARTS).glob("*") if p.is_dir())
    return found


def crawl_of(warc: Path, part: Path) -> str | None:
    """The crawl id of a worker part's WARC file (named ``CRAWL-WORKER-TIMESTAMP-NNNNN.warc.gz``
    by :func:`newsarchive.distributed.worker.worker_settings`); None for any other file."""
    if part.parent.name != PARTS:
        return None
    found = re.fullmatch(rf"(.+)-{re.escape(part.name)}-\d{{14}}-\d{{5}}\.warc\.gz", warc.name)
    return found.group(1) if found else None


@dataclass
class MergeResult:
    parts: list[Path] = field(default_factory=list)
    busy: list[str] = field(default_factory=list)  # one line per part a worker still writes
    warc_files: int = 0
    written: int = 0
    duplicates: int = 0
    bad_lines: int = 0
    #: second fetches of a page in one crawl left out of the merged WARC files
    refetches: int = 0


@dataclass
class Fetch:
    """One fetch in a WARC file: its URL, date, the response's facts and its records' ids."""

    url: str
    date: str
    facts: ResponseFacts
    records: set[str] = field(default_factory=set)
    revisit: bool = False


@dataclass
class WarcScan:
    """A WARC file's records (``(offset, length, record id)``) and its fetches by response id."""

    path: Path
    records: list[tuple[int, int, str]] = field(default_factory=list)
    fetches: dict[str, Fetch] = field(default_factory=dict)


def scan_warc(path: Path) -> WarcScan:
    """Read every record's place in ``path`` and group its records into fetches."""
    scan = WarcScan(path)
    naming: list[tuple[str, str]] = []  # (record id, id of the response it names)
    with open(path, "rb") as f:
        it = ArchiveIterator(f)
        for record in it:
            headers = record.rec_headers
            record_id = headers.get_header("WARC-Record-ID")
            if record.rec_type in FETCH_TYPES:
                fetch = Fetch(headers.get_header("WARC-Target-URI"), headers.get_header("WARC-Date"),
                              facts_of(record), {record_id}, record.rec_type == "revisit")
                scan.fetches[record_id] = fetch
            elif record.rec_type in NAMING_TYPES and headers.get_header("WARC-Concurrent-To"):
                naming.append((record_id, headers.get_header("WARC-Concurrent-To")))
            it.read_to_end()
            scan.records.append((it.get_record_offset(), it.get_record_length(), record_id))
    for record_id, names in naming:
        if names in scan.fetches:
            scan.fetches[names].records.add(record_id)
    return scan


@dataclass
class Plan:
    """What a merge writes: the closed WARC files to add to ``OUT/warc/`` (with the records
    left out of each) and the article records to append, with their versions."""

    files: dict[Path, set[str]] = field(default_factory=dict)
    scans: dict[Path, WarcScan] = field(default_factory=dict)
    articles: list[tuple[dict[str, Any], int, dict | None]] = field(default_factory=list)
    #: where each record of a file copied without some records now lies
    moved: dict[str, dict[str, Any]] = field(default_factory=dict)


def merge(folders: Iterable[Path], out: Archive) -> MergeResult:
    """Merge the archives in ``folders`` (see :func:`parts_of`) into the open archive ``out``."""
    result = MergeResult()
    locks = []
    try:
        for part in parts_of(folders, out.folder):
            lock = FolderLock(part)
            try:
                lock.acquire()
            except LockedError as exc:
                result.busy.append(f"skipped {part}: {exc}")
                continue
            locks.append(lock)
            repair_open_warcs(part / WARC_DIR)  # a worker killed and not started again
            result.parts.append(part)
        plan = _plan(result, out)
        result.warc_files = _write_warcs(plan, out.warc_dir)
        _append_articles(plan, out, result)
    finally:
        for lock in locks:
            lock.release()
    return result


def _plan(result: MergeResult, out: Archive) -> Plan:
    assert out.state is not None
    plan = Plan()
    records = []
    for n, part in enumerate(result.parts):
        records += [(r.get("fetched_at") or "", n, r) for r in _records(part / ARTICLES, result)]
        for path in sorted((part / WARC_DIR).glob("*.warc.gz")):
            if not path.with_name(path.name + OPEN_SUFFIX).exists():
                plan.files[path] = set()
    records.sort(key=lambda item: (item[0], item[1]))
    latest: dict[str, tuple[int, dict[str, Any]]] = {}
    for _, _, record in records:
        url = record["final_url"]
        version, changes = version_after(latest[url], record) if url in latest else out.state.next_version(url, record)
        if changes == {}:
            result.duplicates += 1
            continue
        latest[url] = (version, record)
        plan.articles.append((record, version, changes))
    written = {record["warc"].get("record_id", "") for record, _, _ in plan.articles}
    for crawl_files in _by_crawl(plan.files).values():
        result.refetches += _leave_out_refetches(plan, crawl_files, out.warc_dir, written)
    return plan


def _by_crawl(files: Iterable[Path]) -> dict[str, list[Path]]:
    """The worker parts' WARC files by crawl id (files of other archives are in none)."""
    crawls: dict[str, list[Path]] = {}
    for path in files:
        crawl = crawl_of(path, path.parent.parent)
        if crawl is not None:
            crawls.setdefault(crawl, []).append(path)
    return crawls


def _leave_out_refetches(plan: Plan, files: list[Path], target: Path, written: set[str]) -> int:
    """Choose one fetch per URL among the WARC files of one crawl: those in files merged
    before, those the article records to write point to, else the latest response (a retry's
    last answer; never a revisit over the response it refers to); record what each file not
    merged yet leaves out; how many fetches are left out.

    A fetch is left out only for another fetch of its URL in the same crawl: a later crawl's
    fetch of an unchanged article stays (it says the page was fetched again then)."""
    kept: set[str] = set()  # URLs
    new: list[tuple[Path, Fetch]] = []
    for path in files:
        merged = target / path.name
        scan = scan_warc(merged if merged.exists() else path)
        plan.scans[path] = scan
        if merged.exists():  # merged before: as it is in OUT
            kept.update(fetch.url for fetch in scan.fetches.values())
            continue
        new += [(path, fetch) for fetch in scan.fetches.values()]
    chosen = [(p, f) for p, f in new if f.facts.record_id in written]
    kept.update(f.url for _, f in chosen)
    left_out = 0
    for path, fetch in sorted(new, key=lambda pf: (not pf[1].revisit, pf[1].date, pf[0].name), reverse=True):
        if fetch.facts.record_id in written:
            continue
        if fetch.url in kept:
            plan.files[path] |= fetch.records
            left_out += 1
        else:
            kept.add(fetch.url)
    return left_out


def _write_warcs(plan: Plan, target: Path) -> int:
    """Link (else copy) each file not merged yet into ``target``, or copy it without the
    records it leaves out; how many files are new."""
    added = 0
    for path, left_out in sorted(plan.files.items()):
        dest = target / path.name
        if dest.exists():
            continue
        if left_out:
            plan.moved.update(_copy_without(plan.scans[path], left_out, dest))
        else:
            try:
                os.link(path, dest)
            except OSError:
                shutil.copy2(path, dest)
        added += 1
    return added


def _copy_without(scan: WarcScan, left_out: set[str], dest: Path) -> dict[str, dict[str, Any]]:
    """Copy ``scan``'s file to ``dest`` without the records ``left_out`` (whole gzip members,
    byte for byte); the new pointer of each record kept, by record id."""
    moved = {}
    with open(scan.path, "rb") as source, replaced_whole(dest) as copy:
        for offset, length, record_id in scan.records:
            if record_id in left_out:
                continue
            source.seek(offset)
            moved[record_id] = {"filename": dest.name, "offset": copy.tell(), "length": length,
                                "record_id": record_id}
            copy.write(source.read(length))
    return moved


def _records(path: Path, result: MergeResult) -> Iterator[dict[str, Any]]:
    for record in article_lines(path):
        if record and record.get("final_url") and isinstance(record.get("warc"), dict):
            yield record
        else:
            result.bad_lines += 1


def _append_articles(plan: Plan, out: Archive, result: MergeResult) -> None:
    """Write the planned article records into ``out`` as their URLs' next versions."""
    if not plan.articles:
        return
    facts = {fid: f.facts for scan in plan.scans.values() for fid, f in scan.fetches.items()}
    lines = out.articles()
    try:
        for record, version, changes in plan.articles:
            record_id = record["warc"].get("record_id", "")
            record["warc"] = plan.moved.get(record_id, record["warc"])
            record["version"], record["changes"] = version, changes
            lines.append(json_line(record))
            if record_id in facts:
                out.remember(facts[record_id])  # no need to read it back from the file
            out.add_archived(record)
            result.written += 1
    finally:
        lines.close()
