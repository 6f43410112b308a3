"""Reading seed URL lists: files, stdin and command-line arguments.

Blank lines and ``#`` comments are skipped; a line that is not an http(s) URL is
reported with its line number and skipped, so one bad line never stops a crawl.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsarchive.urls import InvalidURL, normalize_url


class UnreadableInput(OSError):
    """A URL list that cannot be read at all (missing, a folder, not text)."""


@dataclass
class SeedList:
    urls: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def add(self, text: str, where: str) -> None:
        try:
            url = normalize_url(text)
        except InvalidURL as exc:
            self.problems.append(f"{where}: {exc}")
            return
        if url not in self._seen:
            self._seen.add(url)
            self.urls.append(url)

    def __post_init__(self) -> None:
        self._seen: set[str] = set(self.urls)


def read_lines(source: str) -> list[str]:
    """Lines of a URL list file, or of standard input for ``-``."""
    if source == "-":
        return sys.stdin.read().splitlines()
    path = Path(source)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise UnreadableInput(f"cannot read URL list {source}: it is a folder") from None
    except OSError as exc:
        raise UnreadableInput(f"cannot read URL list {source}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise UnreadableInput(f"cannot read URL list {source}: not UTF-8 text") from None


def collect_seeds(urls: Iterable[str] = (), files: Iterable[str] = ()) -> SeedList:
    """Gather seeds from URL arguments and list files; raises :class:`UnreadableInput`."""
    seeds = SeedList()
    for n, url in enumerate(urls, 1):
        seeds.add(url, f"argument {n}")
    for source in files:
        name = "stdin" if source == "-" else source
        for n, line in enumerate(read_lines(source), 1):
            line = line.strip()
            if line and not line.startswith("#"):
                seeds.add(line, f"{name}:{n}")
    return seeds
