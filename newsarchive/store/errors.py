"""Why an archive folder cannot be used or written, said in one line."""

from __future__ import annotations

from pathlib import Path


class UnusableOutput(Exception):
    """The output folder cannot be used at all (a file, read-only, ...): exit status 2."""


class StoreWriteError(OSError):
    """A write to the archive folder failed: the file and the reason, for one line on stderr."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path, self.reason = Path(path), reason
