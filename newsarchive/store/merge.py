"""Several archive folders (the parts of a Redis crawl's workers) merged into one archive.

A worker of a Redis crawl writes its own part, ``DIR/parts/WORKER/`` (its own lock,
state, ``articles.jsonl`` and ``warc/WORKER-...warc.gz``), so workers never write
one file. Readers want one archive: :func:`merge` links every closed WARC file of
the parts into ``OUT/warc/`` (a hard link, else a copy: the pointers of the records
stay valid, since a file keeps its name) and replays the parts' article records,
oldest first, through ``OUT``'s state, as the crawl's pipeline would have: a record
whose article equals its URL's latest version is the same article fetched twice
(a page in flight when a worker died and fetched again by another) and is left
out; a changed one becomes the next version. So ``OUT/articles.jsonl`` holds one
record per URL and version, and merging again adds nothing.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsarchive.records import json_line
from newsarchive.store.archive import ARTICLES, WARC_DIR, Archive
from newsarchive.store.files import OPEN_SUFFIX, article_lines
from newsarchive.store.lock import FolderLock, LockedError

logger = logging.getLogger(__name__)

PARTS = "parts"


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


@dataclass
class MergeResult:
    parts: list[Path] = field(default_factory=list)
    busy: list[str] = field(default_factory=list)  # one line per part a worker still writes
    warc_files: int = 0
    written: int = 0
    duplicates: int = 0
    bad_lines: int = 0


def merge(folders: Iterable[Path], out: Archive) -> MergeResult:
    """Merge the archives in ``folders`` (see :func:`parts_of`) into the open archive ``out``."""
    result = MergeResult()
    records: list[tuple[str, int, dict[str, Any]]] = []
    for n, part in enumerate(parts_of(folders, out.folder)):
        lock = FolderLock(part)
        try:
            lock.acquire()
        except LockedError as exc:
            result.busy.append(f"skipped {part}: {exc}")
            continue
        try:
            result.warc_files += _link_warcs(part / WARC_DIR, out.warc_dir)
            records += [(r.get("fetched_at") or "", n, r) for r in _records(part / ARTICLES, result)]
        finally:
            lock.release()
        result.parts.append(part)
    records.sort(key=lambda item: (item[0], item[1]))
    if records:
        lines = out.articles()
        try:
            for _, _, record in records:
                _replay(record, out, lines, result)
        finally:
            lines.close()
    return result


def _link_warcs(source: Path, target: Path) -> int:
    """Link (else copy) the closed WARC files of ``source`` into ``target``; how many are new."""
    added = 0
    for path in sorted(source.glob("*.warc.gz")):
        if path.with_name(path.name + OPEN_SUFFIX).exists():
            continue  # left open by a crash: the part's next opening repairs it first
        dest = target / path.name
        if dest.exists():
            continue
        try:
            os.link(path, dest)
        except OSError:
            shutil.copy2(path, dest)
        added += 1
    return added


def _records(path: Path, result: MergeResult) -> Iterator[dict[str, Any]]:
    for record in article_lines(path):
        if record and record.get("final_url") and record.get("warc"):
            yield record
        else:
            result.bad_lines += 1


def _replay(record: dict[str, Any], out: Archive, lines: Any, result: MergeResult) -> None:
    """Write a part's record into ``out`` as its URL's next version, unless it is its latest."""
    assert out.state is not None
    version, changes = out.state.next_version(record["final_url"], record)
    if changes == {}:
        result.duplicates += 1
        return
    record["version"], record["changes"] = version, changes
    lines.append(json_line(record))
    out.add_archived(record)
    result.written += 1
