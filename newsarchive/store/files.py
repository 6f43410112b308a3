"""The archive's append-only files: whole lines, whole gzip members, or nothing.

Both ``articles.jsonl`` and the WARC files only ever grow, by one ``write`` of whole
units (a JSON line, a record's gzip members). A write that fails part-way (a full
disk, an I/O error) is cut back at once, and a write cut short by a crash (kill -9,
power loss) is cut back by the next run that opens the folder, before it writes
anything: readers never see half a line or half a record.
"""

from __future__ import annotations

import json
import os
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from newsarchive.store.errors import StoreWriteError

#: how much of a file is read at a time when looking for its last whole gzip member
_CHUNK = 1 << 20
#: a WARC file being written has this marker beside it until it is closed
OPEN_SUFFIX = ".open"


def append_whole(fd: int, data: bytes, path: Path, fsync: bool = False) -> int:
    """Append ``data`` to ``fd`` (opened ``O_APPEND``) whole, or not at all; returns its offset.

    On failure the file is cut back to where it was and :class:`StoreWriteError` names
    it with the system's reason (e.g. "No space left on device").
    """
    start = os.lseek(fd, 0, os.SEEK_END)
    try:
        written = 0
        while written < len(data):  # os.write may write less on some filesystems
            written += os.write(fd, data[written:])
        if fsync:
            os.fsync(fd)
    except OSError as exc:
        try:
            os.ftruncate(fd, start)
        except OSError:
            pass  # the next run cuts the tail (see trim_partial_line / trim_torn_members)
        raise StoreWriteError(path, exc.strerror or str(exc)) from None
    return start


def sync_and_close(fd: int) -> bool:
    """``fsync`` then close; False when the sync failed (what was written whole stays)."""
    try:
        os.fsync(fd)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def trim_partial_line(path: Path) -> int:
    """Cut a final line left incomplete; returns the bytes cut.

    Lines are written whole, so only the last one can be incomplete; cutting it keeps
    every line of the file valid JSON.
    """
    if not path.exists():
        return 0
    with open(path, "r+b") as f:
        size = f.seek(0, os.SEEK_END)
        if not size:
            return 0
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return 0
        end = size
        while end > 0:  # look back for the last newline, a chunk at a time
            start = max(0, end - _CHUNK)
            f.seek(start)
            newline = f.read(end - start).rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        f.truncate(end)
        return size - end


def whole_members_end(path: Path) -> int:
    """The offset just past the last whole gzip member of a file."""
    end = position = 0
    decomp = zlib.decompressobj(zlib.MAX_WBITS | 16)
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            data = chunk
            while data:
                try:
                    decomp.decompress(data)
                except zlib.error:
                    return end  # garbage after the last whole member
                if not decomp.eof:
                    position += len(data)
                    break
                position += len(data) - len(decomp.unused_data)
                end = position
                data = decomp.unused_data
                decomp = zlib.decompressobj(zlib.MAX_WBITS | 16)
    return end


def trim_torn_members(path: Path) -> int:
    """Cut a WARC file back to its last whole gzip member; returns the bytes cut."""
    size = path.stat().st_size
    end = whole_members_end(path)
    if end < size:
        with open(path, "r+b") as f:
            f.truncate(end)
    return size - end


def repair_open_warcs(folder: Path) -> list[tuple[Path, int]]:
    """Trim the WARC files a crashed run left open (marked ``NAME.open``); ``(file, bytes cut)``."""
    repaired = []
    for marker in sorted(folder.glob("*" + OPEN_SUFFIX)):
        path = marker.with_name(marker.name.removesuffix(OPEN_SUFFIX))
        if path.exists():
            cut = trim_torn_members(path)
            if cut:
                repaired.append((path, cut))
        marker.unlink()
    return repaired


class AppendOnlyLines:
    """A file that only ever grows by whole lines (``articles.jsonl``)."""

    def __init__(self, path: Path, fsync: bool = False) -> None:
        self.path = path
        self.fsync = fsync
        path.parent.mkdir(parents=True, exist_ok=True)
        trim_partial_line(path)
        try:
            self._fd: int | None = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise StoreWriteError(path, exc.strerror or str(exc)) from None

    def append(self, line: bytes) -> None:
        assert self._fd is not None, "closed"
        append_whole(self._fd, line, self.path, self.fsync)

    def close(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            sync_and_close(fd)


@contextmanager
def replaced_whole(path: Path, mode: int = 0o644) -> Iterator[BinaryIO]:
    """A file written beside ``path`` that replaces it in one rename when the block ends
    (synced first): readers see the old file or the new one, never part of one. On any
    error the new file is removed and ``path`` is left as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)  # not mkstemp's 0600: a replay server or another user reads it
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def article_lines(path: Path) -> Iterator[dict[str, Any] | None]:
    """Each line of an ``articles.jsonl``: its record, or None for a line that is none
    (not JSON, not an object). The file is read as it is, without the lock: the writer
    only appends whole lines. A missing file has no lines."""
    try:
        lines = open(path, encoding="utf-8", errors="replace")  # noqa: SIM115 - a generator closes it below
    except FileNotFoundError:
        return
    with lines:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                yield None
                continue
            yield record if isinstance(record, dict) else None
