"""Reading seed URL lists: files, stdin and command-line arguments.

Blank lines and ``#`` comments are skipped; a line that is not an http(s) URL, or
one longer than Scrapy's ``URLLENGTH_LIMIT`` (which would drop it without a word),
is reported with its line number and skipped, so one bad line never stops a crawl.
A user name and password in a seed URL are kept for fetching but never shown in a
problem.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsarchive.sanitize import for_terminal, redact_url
from newsarchive.urls import InvalidURL, normalize_url

#: Scrapy's default URLLENGTH_LIMIT: its UrlLengthMiddleware drops longer requests silently
URL_LENGTH_LIMIT = 2083


class UnreadableInput(OSError):
    """A URL list that cannot be read at all (missing, a folder, not text)."""


@dataclass
class SeedList:
    urls: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: longest URL accepted (0: no limit); keep it equal to the crawl's URLLENGTH_LIMIT
    max_length: int = URL_LENGTH_LIMIT

    def add(self, text: str, where: str) -> None:
        try:
            url = normalize_url(text)
        except InvalidURL as exc:
            raw = text.strip()
            message = str(exc).replace(repr(raw), repr(_redacted(raw))) if raw else str(exc)
            self.problems.append(f"{where}: {for_terminal(message)}")
            return
        if self.max_length and len(url) > self.max_length:
            self.problems.append(f"{where}: URL longer than {self.max_length} characters")
            return
        if url not in self._seen:
            self._seen.add(url)
            self.urls.append(url)

    def __post_init__(self) -> None:
        self._seen: set[str] = set(self.urls)


def _redacted(text: str) -> str:
    """A seed as a problem may show it: no ``user:pass@``, even without ``scheme://``."""
    authority = text.split("/", 1)[0]
    if "@" in authority and "//" not in text.split("@", 1)[0]:
        return redact_url("//" + text)[2:]
    return redact_url(text)


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


def collect_seeds(urls: Iterable[str] = (), files: Iterable[str] = (),
                  max_length: int = URL_LENGTH_LIMIT) -> SeedList:
    """Gather seeds from URL arguments and list files; raises :class:`UnreadableInput`.

    ``max_length`` is the crawl's ``URLLENGTH_LIMIT`` (0: none): longer seeds are problems.
    """
    seeds = SeedList(max_length=max_length)
    for n, url in enumerate(urls, 1):
        seeds.add(url, f"argument {n}")
    for source in files:
        name = "stdin" if source == "-" else source
        for n, line in enumerate(read_lines(source), 1):
            line = line.strip()
            if line and not line.startswith("#"):
                seeds.add(line, f"{name}:{n}")
    return seeds
