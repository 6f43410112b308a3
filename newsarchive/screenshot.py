"""``--screenshot``: a PNG of every archived article, rendered from the archive itself.

Why after the crawl and not from it: an article's line in ``articles.jsonl`` is written
before the page's images and stylesheets are fetched, and lines are never rewritten. So
the record only names where its picture goes (:func:`screenshot_path`,
``screenshots/<response record id>.png``), and when the crawl has ended (its WARC files
closed, ``indexes/index.cdxj`` updated) :func:`render_missing` serves the folder with pywb
(started with :mod:`newsarchive.replay`'s own helpers, not a copy of them; its virtualenv
from :mod:`newsarchive.pywbenv`, never installed by a crawl) and opens each article in
headless Chromium (Playwright, the driver the field uses, with the system's browser), pywb
set to show the page alone (no frame, an empty banner template). Every request not to that
pywb address is aborted, so what the PNG shows is what the archive holds, never the live site.

Each PNG goes into a WARC ``resource`` record first (``WARC-Target-URI:
urn:screenshot:<article URL>`` as Browsertrix names them, ``WARC-Refers-To`` the page's
response record) through the folder's WARC writer, whole, then to its path in one rename.
What decides that an article still needs its picture is the file being missing, so a
run killed while rendering (or one without a browser) leaves the rest to the next run
with ``--screenshot``. Nothing here changes a crawl's exit status: a missing browser or
pywb, a page that does not render in time, a step past its time limit are each one
warning line.
"""

from __future__ import annotations

import logging
import shutil
import socket
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.settings import BaseSettings

from newsarchive import __version__
from newsarchive.pywbenv import PywbUnavailable, is_ready, pywb_bindir
from newsarchive.replay import (
    HOST,
    LOG,
    log_tail,
    replay_url,
    wait_listening,
    wayback_process,
)
from newsarchive.store.archive import ARTICLES, Archive
from newsarchive.store.errors import StoreWriteError
from newsarchive.store.files import article_lines, replaced_whole
from newsarchive.store.indexes import INDEX, update_indexes
from newsarchive.timestamps import utc_now

logger = logging.getLogger(__name__)

SCREENSHOTS = "screenshots"
URI_PREFIX = "urn:screenshot:"
CONTENT_TYPE = "image/png"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1")  # no name lookups at all
VIEWPORT = {"width": 1280, "height": 1024}
NO_BANNER = "newsarchive-no-banner.html"  # pywb's banner_html template, empty
#: pywb serves the page alone: no frame around it, no banner in it
UNFRAMED = f"framed_replay: false\nbanner_html: {NO_BANNER}\n"
SETTLE_MS = 3000  # after "load": time for late images and fonts (network idle ends it sooner)


class Unavailable(Exception):
    """Screenshots cannot be made on this machine; the message says why and what to do."""


@dataclass(frozen=True)
class Wanted:
    """An archived article whose picture is still missing."""

    url: str
    fetched_at: str
    path: str  # relative to the folder
    record_id: str  # of the page's response record


def screenshot_path(warc: Mapping[str, Any] | None) -> str | None:
    """Where the picture of the page archived in the record ``warc`` points at goes (relative)."""
    record_id = (warc or {}).get("record_id")
    if not isinstance(record_id, str):
        return None
    return f"{SCREENSHOTS}/{record_id.strip('<>').removeprefix('urn:uuid:')}.png"


def wanted(folder: Path) -> list[Wanted]:
    """The records of ``articles.jsonl`` naming a screenshot that is not there yet, once each."""
    found: dict[str, Wanted] = {}
    for record in article_lines(folder / ARTICLES):
        item = _wanted_of(record) if record else None
        if item is not None and item.path not in found and not (folder / item.path).exists():
            found[item.path] = item
    return list(found.values())


def _wanted_of(record: dict[str, Any]) -> Wanted | None:
    path, url, when = record.get("screenshot"), record.get("final_url") or record.get("url"), record.get("fetched_at")
    warc = record.get("warc") or {}
    if not (isinstance(path, str) and isinstance(url, str) and isinstance(when, str)) or path != screenshot_path(warc):
        return None  # only the paths newsarchive makes: a hand-edited line cannot write elsewhere
    return Wanted(url, when, path, warc["record_id"])


def find_browser(configured: str | None) -> str:
    """The Chromium to drive: ``NEWSARCHIVE_CHROMIUM``, else the first one on PATH."""
    if configured:
        if not Path(configured).exists():
            raise Unavailable(f"NEWSARCHIVE_CHROMIUM={configured}: no such file")
        return configured
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise Unavailable("no Chromium found (install chromium, or set NEWSARCHIVE_CHROMIUM to its path)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@contextmanager
def pywb_serving(folder: Path) -> Iterator[int]:
    """pywb serving ``folder`` (read only) on 127.0.0.1 while in the block; yields its port."""
    if not is_ready():  # a crawl never installs pywb on its own: that takes minutes and the network
        raise Unavailable("pywb is not installed (run `python -m newsarchive.pywbenv` once, "
                          "or `newsarchive replay` on any folder)")
    try:
        wayback = pywb_bindir() / "wayback"
    except PywbUnavailable as exc:
        raise Unavailable(f"pywb is not available: {exc}") from None
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="newsarchive-screenshot-") as tmp:
        work = Path(tmp)
        (work / "templates").mkdir()
        (work / "templates" / NO_BANNER).write_text("", encoding="utf-8")  # the page alone, as archived
        with wayback_process(wayback, port, folder / INDEX, folder / "warc", work, UNFRAMED) as proc:
            if not wait_listening(proc, port):
                raise Unavailable(f"pywb did not start: {log_tail(work / LOG) or 'no message'}")
            yield port


@contextmanager
def browser(executable: str, port: int, profile: Path) -> Iterator[Any]:
    """A headless Chromium context whose every request not to 127.0.0.1:``port`` is aborted."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise Unavailable("Playwright is not installed (pip install 'newsarchive[screenshot]')") from None
    with sync_playwright() as pw:
        try:
            context = pw.chromium.launch_persistent_context(
                str(profile), executable_path=executable, args=list(CHROMIUM_ARGS), headless=True,
                viewport=VIEWPORT, service_workers="block")
        except PlaywrightError as exc:
            raise Unavailable(f"Chromium did not start: {str(exc).splitlines()[0]}") from None
        try:
            context.route("**/*", lambda route: _only_replay(route, port))
            yield context
        finally:
            context.close()


def _only_replay(route: Any, port: int) -> None:
    parts = urlsplit(route.request.url)
    if parts.scheme in ("data", "blob") or (parts.hostname, parts.port) == (HOST, port):
        route.continue_()
    else:
        route.abort("blockedbyclient")


def shoot(context: Any, url: str, timeout: float) -> bytes:
    """The PNG of ``url`` as Chromium shows it in its first screen, in at most ``timeout`` seconds."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    deadline = time.monotonic() + timeout
    page = context.new_page()
    try:
        page.goto(url, wait_until="load", timeout=timeout * 1000)
        try:
            page.wait_for_load_state("networkidle", timeout=min(SETTLE_MS, _left_ms(deadline)))
        except PlaywrightTimeout:
            pass
        return page.screenshot(type="png", timeout=_left_ms(deadline))
    finally:
        page.close()


def _left_ms(deadline: float) -> float:
    return max(1.0, (deadline - time.monotonic()) * 1000)


class Screenshots:
    """The screenshot step of a run: renders what :func:`wanted` lists, within its time limits."""

    def __init__(self, archive: Archive, settings: BaseSettings) -> None:
        self.archive = archive
        self.folder = archive.folder.resolve()
        self.page_timeout = settings.getfloat("NEWSARCHIVE_SCREENSHOT_TIMEOUT")
        self.step_timeout = settings.getfloat("NEWSARCHIVE_SCREENSHOTS_TIMEOUT")
        self.chromium = settings.get("NEWSARCHIVE_CHROMIUM")
        self.settings = settings

    def run(self) -> int:
        """Render every missing picture; how many were made. Problems are warning lines."""
        todo = wanted(self.folder)
        if not todo:
            return 0
        made = 0
        try:
            executable = find_browser(self.chromium)
            with pywb_serving(self.folder) as port, \
                    tempfile.TemporaryDirectory(prefix="newsarchive-chromium-") as profile, \
                    browser(executable, port, Path(profile)) as context:
                made = self._render(todo, context, port)
        except Unavailable as exc:
            logger.warning("screenshots: %d not made: %s; the next run with --screenshot makes them",
                           len(todo) - made, exc)
        if made:
            update_indexes(self.folder)  # the pictures replay too (urn:screenshot:...)
        logger.info("screenshots: %d made", made)
        return made

    def _render(self, todo: list[Wanted], context: Any, port: int) -> int:
        from playwright.sync_api import Error as PlaywrightError

        deadline = time.monotonic() + self.step_timeout
        writer = self.archive.warc_writer(self._warcinfo(), self.settings.getint("NEWSARCHIVE_WARC_MAX_SIZE"),
                                          self.settings.get("NEWSARCHIVE_WARC_PREFIX"))
        made = 0
        try:
            for done, item in enumerate(todo):
                left = deadline - time.monotonic()
                if left <= 0:
                    logger.warning("screenshots: time limit of %gs reached, %d left for the next run with "
                                   "--screenshot", self.step_timeout, len(todo) - done)
                    break
                try:
                    png = shoot(context, replay_url(port, item.fetched_at, item.url), min(self.page_timeout, left))
                except PlaywrightError as exc:
                    logger.warning("screenshot failed: %s: %s", str(exc).splitlines()[0], item.url)
                    continue
                self._store(writer, item, png)
                made += 1
        except StoreWriteError as exc:
            logger.error("screenshots: %s; the next run with --screenshot makes the rest", exc)
        finally:
            writer.close()
        return made

    def _store(self, writer: Any, item: Wanted, png: bytes) -> None:
        """The WARC record first, then the file: a file present means its record is written."""
        record = writer.resource_record(URI_PREFIX + item.url, CONTENT_TYPE, png, utc_now())
        record.rec_headers.add_header("WARC-Refers-To", item.record_id)
        writer.write(record)
        try:
            with replaced_whole(self.folder / item.path) as out:
                out.write(png)
        except OSError as exc:
            raise StoreWriteError(self.folder / item.path, exc.strerror or str(exc)) from None

    def _warcinfo(self) -> list[tuple[str, str]]:
        return [("software", f"newsarchive/{__version__}"), ("format", "WARC File Format 1.1"),
                ("isPartOf", self.archive.job or self.settings.get("NEWSARCHIVE_JOB") or ""),
                ("description", ("screenshots of archived articles, rendered from this archive by pywb "
                                 "in headless Chromium"))]


def render_missing(archive: Archive, settings: BaseSettings) -> int:
    """The screenshot step of a run with ``NEWSARCHIVE_SCREENSHOTS``; how many pictures were made."""
    if not settings.getbool("NEWSARCHIVE_SCREENSHOTS"):
        return 0
    return Screenshots(archive, settings).run()
