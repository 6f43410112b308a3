"""``newsarchive pack``: an archive folder as one WACZ file (Web Archive Collection Zipped 1.1.1).

The zip is written here with :mod:`zipfile` rather than with py-wacz: py-wacz brings
frictionless and, through its test and replay helpers, pywb's company into the environment
(pywb's ``brotlipy`` would shadow the Brotli module Scrapy decodes pages with). The layout
is small and fixed, and ``wacz validate`` (py-wacz, run from pywb's venv) checks every
package the tests make:

    archive/NAME.warc.gz        the closed WARC files, stored (not deflated): replay tools
                                seek into them by the offsets of the index
    indexes/index.cdxj          their sorted CDXJ index (:mod:`newsarchive.store.indexes`)
    pages/pages.jsonl           the archived articles (``json-pages-1.0``)
    datapackage.json            every file above with its ``sha256:`` hash and size
    datapackage-digest.json     the hash of ``datapackage.json``

The index and the pages are made from the WARC files and ``articles.jsonl`` at packing
time, so a package is whole even when the folder's own indexes are behind; a WARC file
damaged by something outside newsarchive goes in up to its last whole record. The package is
written beside its destination and renamed into place: an interrupted ``pack`` leaves no
half package.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from newsarchive import __version__
from newsarchive.store.archive import ARTICLES, WARC_DIR
from newsarchive.store.errors import StoreWriteError
from newsarchive.store.files import OPEN_SUFFIX, replaced_whole
from newsarchive.store.indexes import (
    PAGES,
    Indexed,
    closed_warcs,
    index_lines,
    pages_lines,
)
from newsarchive.timestamps import iso_utc, utc_now

logger = logging.getLogger(__name__)

WACZ_VERSION = "1.1.1"
_BLOCK = 1 << 20


class PackError(Exception):
    """The folder cannot be packed, or the package cannot be written; the message says why."""


@dataclass(frozen=True)
class Packed:
    """What a package holds, for the summary line."""

    path: Path
    warcs: int
    index_lines: int
    pages: int
    size: int


class _Hashing:
    """A writable stream that counts and hashes what goes through it."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out, self.size, self.sha = out, 0, hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.out.write(data)
        self.sha.update(data)
        self.size += len(data)


def _add(zf: zipfile.ZipFile, name: str, chunks: Iterable[bytes], size: int, deflate: bool) -> dict[str, object]:
    """Write one entry of ``size`` bytes; its ``datapackage.json`` resource.

    The size is given to :mod:`zipfile` up front rather than forcing ZIP64 on every entry: a
    forced ZIP64 local header carries an extra field its central directory entry does not, and
    ReplayWeb.page finds an entry's data by the central directory's extra length, so it read
    every deflated entry 20 bytes early (``datapackage.json`` "is not valid JSON").
    """
    info = zipfile.ZipInfo(name, date_time=utc_now().timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    info.file_size = size  # zipfile writes a ZIP64 local header only for a size that needs one
    with zf.open(info, "w") as out:
        hashing = _Hashing(out)
        for chunk in chunks:
            hashing.write(chunk)
    return {"name": Path(name).name.lower(), "path": name, "hash": "sha256:" + hashing.sha.hexdigest(),
            "bytes": hashing.size}


def _add_bytes(zf: zipfile.ZipFile, name: str, parts: list[bytes]) -> dict[str, object]:
    """A small entry made in memory, deflated."""
    return _add(zf, name, parts, sum(map(len, parts)), deflate=True)


def _file_chunks(path: Path, end: int | None = None) -> Iterable[bytes]:
    """The bytes of ``path`` (its first ``end`` only, when given), a block at a time."""
    left = path.stat().st_size if end is None else end
    with open(path, "rb") as f:
        while left > 0 and (block := f.read(min(_BLOCK, left))):
            left -= len(block)
            yield block


def _warcs_to_pack(folder: Path) -> list[Path]:
    warc_dir = folder / WARC_DIR
    for marker in sorted(warc_dir.glob("*" + OPEN_SUFFIX)):
        logger.warning("%s is still being written by a run; packed without it",
                       marker.name.removesuffix(OPEN_SUFFIX))
    warcs = closed_warcs(warc_dir)
    if not warcs:
        raise PackError(f"{folder} holds no WARC file to pack (is it a newsarchive output folder?)")
    return warcs


def _index(warcs: list[Path]) -> tuple[list[Path], Indexed]:
    """The WARC files worth packing and their index; problems are reported."""
    indexed = index_lines(warcs)
    for problem in indexed.problems:
        logger.warning("%s", problem)
    for warc in indexed.failed:
        logger.warning("%s packed without it", warc.name)
    for warc in indexed.whole_ends:
        logger.warning("%s packed up to its last whole record", warc.name)
    return [w for w in warcs if w not in indexed.failed], indexed


def _datapackage(resources: list[dict[str, object]], title: str, main: dict | None) -> bytes:
    package: dict[str, object] = {
        "profile": "data-package",
        "resources": resources,
        "wacz_version": WACZ_VERSION,
        "title": title,
        "software": f"newsarchive {__version__}",
        "created": iso_utc(utc_now()),
    }
    if main:
        package["mainPageURL"], package["mainPageDate"] = main["url"], main["ts"]
    return json.dumps(package, indent=2, ensure_ascii=False).encode()


def check_destination(output: Path) -> None:
    if output.is_dir():
        raise PackError(f"cannot write {output}: it is a folder (give a file name, e.g. NAME.wacz)")
    if not output.parent.is_dir():
        raise PackError(f"cannot write {output}: folder {output.parent} does not exist")


def pack(folder: Path, output: Path) -> Packed:
    """Write the WACZ of archive ``folder`` to ``output`` (replaced whole if it exists).

    Raises :class:`PackError` when the folder or the destination cannot be used and
    :class:`~newsarchive.store.errors.StoreWriteError` when writing the package fails.
    """
    if not folder.is_dir():
        raise PackError(f"{folder} is not a folder")
    check_destination(output)
    warcs, indexed = _index(_warcs_to_pack(folder))
    lines = indexed.lines
    title = folder.resolve().name
    page_lines = [line.encode() for line in pages_lines(folder / ARTICLES, title)]
    main = json.loads(page_lines[1]) if len(page_lines) > 1 else None
    try:
        with replaced_whole(output) as raw, zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
            resources = [_add(zf, f"archive/{w.name}", _file_chunks(w, indexed.whole_ends.get(w)),
                              indexed.whole_ends.get(w, w.stat().st_size), deflate=False) for w in warcs]
            resources.append(_add_bytes(zf, "indexes/index.cdxj", [line.encode() for line in lines]))
            resources.append(_add_bytes(zf, PAGES.as_posix(), page_lines))
            package = _datapackage(resources, title, main)
            _add_bytes(zf, "datapackage.json", [package])
            digest = {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(package).hexdigest()}
            _add_bytes(zf, "datapackage-digest.json", [json.dumps(digest, indent=2).encode()])
    except OSError as exc:  # a full disk, an I/O error: exit status 1, as for the archive
        raise StoreWriteError(output, exc.strerror or str(exc)) from None
    return Packed(output, len(warcs), len(lines), len(page_lines) - 1, output.stat().st_size)
