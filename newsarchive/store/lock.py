"""One writer per archive folder: an exclusive ``flock`` on ``DIR/.lock``."""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path
from typing import Any, Self

from newsarchive.timestamps import iso_utc, utc_now

LOCK_FILENAME = ".lock"


class LockedError(RuntimeError):
    """Another process holds the folder's lock."""

    def __init__(self, folder: Path, pid: int | None, since: str | None, job: str | None) -> None:
        self.folder, self.pid, self.since, self.job = folder, pid, since, job
        holder = f"pid {pid if pid is not None else '?'}, since {since or '?'}"
        if job:
            holder += f", job {job}"
        super().__init__(f"another newsarchive run is writing {folder} ({holder})")


class FolderLock:
    """One writer per output folder: an exclusive ``flock`` on ``DIR/.lock``.

    The kernel drops the lock when the holder's file is closed, which includes the
    process dying in any way (kill -9 too), so a stale lock cannot outlive its run. The
    file names the holder (pid, start time, job) for the error another run gets.
    """

    def __init__(self, folder: Path, job: str | None = None) -> None:
        self.folder = Path(folder)
        self.job = job
        self._fd: int | None = None

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def acquire(self) -> None:
        """Take the lock or raise :class:`LockedError` at once (never waits)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.folder / LOCK_FILENAME, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            raise LockedError(self.folder, holder.get("pid"), holder.get("since"), holder.get("job")) from None
        note = json.dumps({"pid": os.getpid(), "since": iso_utc(utc_now()), "job": self.job})
        os.pwrite(fd, (note + "\n").encode(), 0)
        os.ftruncate(fd, len(note) + 1)
        self._fd = fd

    def release(self) -> None:
        """Drop the lock (closing the file releases it)."""
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)
            self._fd = None


def _read_holder(fd: int) -> dict[str, Any]:
    """The holder's note (its first line), or {} while it is being written."""
    try:
        note = json.loads(os.pread(fd, 4096, 0).split(b"\n", 1)[0])
    except ValueError:
        return {}
    return note if isinstance(note, dict) else {}
