"""What the spider needs of an HTML page, read once: a front's article links, the links
to follow, the page resources, and (in a worker process) the extracted fields.

:func:`read_page` is a pure function of the parsed page. By default the spider calls it
in the crawl's process on the page it parsed, and the extraction pipeline extracts from
that same page. With ``NEWSARCHIVE_EXTRACT_PROCESSES`` above 0, :class:`ReadingWorkers`
runs :func:`read_payload` in worker processes on the page's bytes: the crawl's process
then never parses an HTML page, and the parsing, the reading and the extraction (most of
a page's cost) run on other cores while it downloads and archives.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context, resource_tracker
from typing import Any

from newsarchive.crawl.resources import html_resources
from newsarchive.crawl.seedkinds import front_links
from newsarchive.extraction import Extraction, could_be_article, empty_fields, extract
from newsarchive.extraction.body import extract_body
from newsarchive.extraction.page import Page, load_page


@dataclass
class PageReading:
    """What one reading of a page found (picklable, but for ``page``)."""

    #: a given seed's article links when the page is a front (empty: no front, or not asked)
    front: list[str] = field(default_factory=list)
    #: the links of the article text and its teasers (empty when not asked, or on a front)
    links: list[dict[str, Any]] = field(default_factory=list)
    #: the page's resource URLs, where its kind of page wants them; None: none wanted
    resources: list[str] | None = None
    #: the extracted fields, when read in a worker (in the crawl's process, the pipeline extracts);
    #: empty fields, no article, for a page that cannot be one
    extraction: Extraction | None = None
    #: the parsed page, when read in the crawl's process
    page: Page | None = None


def read_page(page: Page, *, seed: bool, follow: bool, resources: str,
              extract_seconds: float | None = None, with_extraction: bool = False) -> PageReading:
    """Read a parsed page: ``seed``: a given seed (is it a front?); ``follow``: its links are
    wanted; ``resources``: the resource mode (``none``, ``article``, ``all``);
    ``with_extraction``: extract its fields as well (within ``extract_seconds``)."""
    reading = PageReading(front=front_links(page) if seed else [])
    if follow and not reading.front:
        reading.links = extract_body(page).links
    # the extraction pipeline's cheap test, made only where its answer is needed
    article_like = could_be_article(page) if with_extraction or resources == "article" else False
    if resources == "all" or (resources == "article" and article_like):
        reading.resources = html_resources(page)
    if with_extraction:
        reading.extraction = extract(page, extract_seconds) if article_like else Extraction(empty_fields())
    return reading


def read_payload(body: bytes, url: str, content_type: str | None, *, seed: bool, follow: bool, resources: str,
                 extract_seconds: float | None) -> PageReading:
    """:func:`read_page` of a page's bytes, its fields extracted: one picklable call for a worker."""
    return read_page(load_page(body, url, content_type), seed=seed, follow=follow, resources=resources,
                     extract_seconds=extract_seconds, with_extraction=True)


def worker_count(setting: object) -> int:
    """``NEWSARCHIVE_EXTRACT_PROCESSES``: a count, or ``auto`` (or unset): one worker where this
    process may use two cores or more (the crawl's process keeps one busy), else none."""
    if setting is None or str(setting).strip().lower() in ("", "auto"):
        return 1 if len(os.sched_getaffinity(0)) >= 2 else 0
    try:
        return max(0, int(str(setting).strip()))
    except ValueError:
        raise ValueError(f"NEWSARCHIVE_EXTRACT_PROCESSES must be a number or auto, not {setting!r}") from None


def _exit_with_parent(parent: int) -> None:
    """A worker's initializer: the worker ends once the crawl's process is gone. After a
    SIGKILL nothing else would stop it: it holds its own call queue's write end too, so
    it waits on that queue forever. Ctrl-C, which a terminal sends to the whole process
    group, is the crawl's to handle: it stops the worker when it has finished."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


#: the warnings filter the resource tracker is started with (see below)
_QUIET_TRACKER = "ignore::UserWarning:multiprocessing.resource_tracker"


def _start_quiet_resource_tracker() -> None:
    """Start multiprocessing's resource tracker (which the pool's queues would start) with its
    leak warning off. After a SIGKILL of the crawl's process the tracker removes the pool's
    semaphores, as it should, but also printed a ``UserWarning`` with a source line about
    "leaked semaphore objects" on the terminal: noise about a cleanup that went right. (The
    tracker is a new interpreter, started with this process's environment.)"""
    saved = os.environ.get("PYTHONWARNINGS")
    os.environ["PYTHONWARNINGS"] = ",".join(filter(None, [saved, _QUIET_TRACKER]))
    try:
        resource_tracker.ensure_running()
    finally:
        if saved is None:
            del os.environ["PYTHONWARNINGS"]
        else:
            os.environ["PYTHONWARNINGS"] = saved


class WorkerDied(Exception):
    """The worker process reading a page died (memory, a signal): that page is not read."""


class ReadingWorkers:
    """Worker processes that read pages (:func:`read_payload`); a dead one is replaced."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        _start_quiet_resource_tracker()
        # spawn, not fork: the crawl process runs a reactor and threads
        return ProcessPoolExecutor(self.processes, mp_context=get_context("spawn"),
                                   initializer=_exit_with_parent, initargs=(os.getpid(),))

    async def read(self, body: bytes, url: str, content_type: str | None, **kwargs: Any) -> PageReading:
        """The page read in a worker. A page whose worker died is read once more, in a new
        worker (it may have died of something else: a signal, another page's memory);
        :class:`WorkerDied` when that one dies on it too."""
        for attempt in (1, 2):
            pool = self._pool
            try:  # a pool whose worker died while idle refuses the submission itself
                return await asyncio.wrap_future(pool.submit(read_payload, body, url, content_type, **kwargs))
            except BrokenProcessPool as exc:
                if self._pool is pool:  # the first page to see it replaces the pool
                    pool.shutdown(wait=False)
                    self._pool = self._new_pool()
                if attempt == 2:
                    raise WorkerDied(str(exc) or "a worker process ended abruptly") from None
        raise AssertionError("unreachable")

    def close(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait)
