"""The archive folder: its layout, its one writer, and its repair after a crash.

Layout of ``DIR``::

    articles.jsonl      one article record a line, appended, never rewritten
    warc/*.warc.gz      WARC/1.1 files, one gzip member a record (``NAME.open`` beside
                        the file being written)
    state.sqlite        what is known of each URL, the article versions, the runs,
                        and the frontier of the current crawl
    .lock               held by the process writing the folder

Every command that writes a folder (``crawl``, ``demo``, ``run``, ``extract -o
DIR``, plain ``scrapy crawl``) opens it through :meth:`Archive.open`, which takes
the lock, cuts torn tails left by a crash, and brings the state up to date with
the files: ``articles.jsonl`` and the WARC files are the truth, the state
database an index of them (:meth:`Archive.reconcile`).

The frontier is :class:`~newsarchive.store.frontier.Frontier` (SQLite), except in a
worker of a Redis crawl, whose part of a folder takes the crawl's
:class:`~newsarchive.distributed.frontier.RedisFrontier` (same interface): there
:meth:`Archive.acknowledge` ends the page's lease in Redis.

A write that fails (full disk, I/O error) calls :meth:`Archive.fail`: from then on
nothing more is acknowledged in the frontier, so the pages it could not write are
fetched again by the next run, and the listeners (the crawl) stop.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from newsarchive.store.errors import StoreWriteError, UnusableOutput
from newsarchive.store.files import (
    AppendOnlyLines,
    article_lines,
    repair_open_warcs,
    trim_partial_line,
)
from newsarchive.store.frontier import Frontier
from newsarchive.store.indexes import RunIndex
from newsarchive.store.lock import FolderLock
from newsarchive.store.state import StateDB, state_path
from newsarchive.warc import ResponseFacts, WarcFile, response_facts

logger = logging.getLogger(__name__)

ARTICLES = "articles.jsonl"
#: frontier acknowledgements committed together
ACK_BATCH = 64
#: responses whose facts are kept after writing, for their article's state (else read back)
REMEMBERED = 2048
WARC_DIR = "warc"


class Archive:
    """One archive folder, opened by its single writer (see the module docstring)."""

    def __init__(self, folder: Path | str, *, job: str | None = None, durable: bool = False) -> None:
        self.folder = Path(folder)
        self.job = job
        self.durable = durable  # fsync every write (periodic jobs): survives a power loss too
        self._lock = FolderLock(self.folder, job)
        self.state: StateDB | None = None
        self.frontier: Frontier | None = None
        self.failure: StoreWriteError | None = None
        self._listeners: list[Callable[[StoreWriteError], None]] = []
        self._acknowledged: list[str] = []
        self._written: OrderedDict[str, ResponseFacts] = OrderedDict()
        #: what opening repaired: lines and versions brought back, bytes of torn tails cut
        self.repairs: dict[str, int] = {}

    # -- layout -------------------------------------------------------------------------
    @property
    def articles_path(self) -> Path:
        return self.folder / ARTICLES

    @property
    def warc_dir(self) -> Path:
        return self.folder / WARC_DIR

    @property
    def state_path(self) -> Path:
        return state_path(self.folder)

    # -- opening and closing ------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path | str, *, job: str | None = None, durable: bool = False) -> Archive:
        """Lock, repair and open a folder (made if missing).

        Raises :class:`~newsarchive.store.lock.LockedError` when another process writes
        it, :class:`UnusableOutput` when it cannot be written at all.
        """
        archive = cls(folder, job=job, durable=durable)
        try:
            archive.folder.mkdir(parents=True, exist_ok=True)
            archive._lock.acquire()
        except (FileExistsError, NotADirectoryError):
            raise UnusableOutput(f"cannot write to {archive.folder}: it is a file, not a folder") from None
        except OSError as exc:
            raise UnusableOutput(f"cannot write to {archive.folder}: {exc.strerror or exc}") from None
        try:
            archive._open()
        except BaseException:
            archive.close()
            raise
        return archive

    def _open(self) -> None:
        try:
            self.warc_dir.mkdir(exist_ok=True)
            cut = sum(n for _, n in repair_open_warcs(self.warc_dir)) + trim_partial_line(self.articles_path)
            self.state = StateDB(self.state_path, durable=self.durable)
        except StoreWriteError as exc:
            raise UnusableOutput(str(exc)) from None
        except OSError as exc:
            raise UnusableOutput(f"cannot write to {self.folder}: {exc.strerror or exc}") from None
        self.frontier = Frontier(self.state)
        self.repairs = {"torn_bytes": cut, "versions": self.reconcile()}
        if cut:
            logger.warning("repaired %s: cut %d bytes of records left unfinished by an interrupted run",
                           self.folder, cut)

    def close(self) -> None:
        if self.state is not None:
            self.flush_acknowledged()
            self.state.close()
            self.state = None
        self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- the files ------------------------------------------------------------------------
    def articles(self) -> AppendOnlyLines:
        """The writer of ``articles.jsonl``."""
        return AppendOnlyLines(self.articles_path, fsync=self.durable)

    def warc_writer(self, info: dict[str, str], max_size: int, prefix: str) -> WarcFile:
        """A writer of new WARC files in ``warc/``, whose records go into the index as each file closes."""
        index = RunIndex(self.folder, self.warc_dir, merging=lambda: self.failure is None)
        return WarcFile(self.warc_dir, info, max_size=max_size, prefix=prefix, fsync=self.durable, index=index)

    def reconcile(self) -> int:
        """Commit the versions ``articles.jsonl`` holds and the state lacks; returns how many.

        A run killed between writing a record and committing its state left the state
        behind the files; after this the state describes every record on disk, so a
        page fetched again is recognised as unchanged and adds no line.
        """
        assert self.state is not None
        repaired = 0
        for record in article_lines(self.articles_path):
            version = record.get("version") if record else None
            url = record.get("final_url") if record else None
            if not (version and url and record.get("warc")):
                continue  # not ours to judge here; readers skip it too
            known = self.state.get(url)
            if known is None or known.version < version:
                try:
                    self.add_archived(record)
                except (OSError, KeyError, StopIteration) as exc:
                    logger.warning("cannot restore the state of %s: %s", url, exc)
                    continue
                repaired += 1
        if repaired:
            logger.warning("state repaired: %d version(s) from an interrupted run", repaired)
        return repaired

    def remember(self, facts: ResponseFacts) -> None:
        """Keep what was just written of a response, so committing its article need not read it back."""
        self._written[facts.record_id] = facts
        while len(self._written) > REMEMBERED:
            self._written.popitem(last=False)

    def add_archived(self, record: Mapping[str, Any]) -> tuple[int, dict | None]:
        """Commit an article record written to ``articles.jsonl`` as its URL's next version."""
        assert self.state is not None
        pointer = record["warc"]
        facts = self._written.pop(pointer["record_id"], None) or response_facts(self.warc_dir, pointer)
        return self.state.add_archived(record, facts)

    # -- failures ---------------------------------------------------------------------------
    def on_failure(self, listener: Callable[[StoreWriteError], None]) -> None:
        self._listeners.append(listener)

    def fail(self, error: StoreWriteError) -> None:
        """Record the first failed write and tell the listeners (once)."""
        if self.failure is not None:
            return
        self.failure = error
        for listener in self._listeners:
            listener(error)

    def acknowledge(self, url: str) -> None:
        """Mark a frontier page archived, unless a write has failed in this run.

        Acknowledgements are committed in batches (:meth:`flush_acknowledged`): one that
        a crash loses only makes the next run fetch that page again, which is harmless.
        """
        if self.failure is not None or self.frontier is None:
            return
        self._acknowledged.append(url)
        if len(self._acknowledged) >= ACK_BATCH:
            self.flush_acknowledged()

    def frontier_progress(self) -> tuple[int, int] | None:
        """``(pending, done)`` of the frontier, acknowledgements not committed yet counted as done
        (for the progress line); None without a frontier."""
        if self.frontier is None:
            return None
        pending, done = self.frontier.counts()
        waiting = len(self._acknowledged)
        return max(0, pending - waiting), done + waiting

    def flush_acknowledged(self) -> None:
        """Commit the acknowledgements gathered so far."""
        urls, self._acknowledged = self._acknowledged, []
        if not urls or self.frontier is None:
            return
        try:
            self.frontier.done(urls)
        except StoreWriteError as exc:
            self.fail(exc)

