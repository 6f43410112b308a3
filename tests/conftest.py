"""Pytest fixtures: the fixture news site on a local server, with routes for the bad cases.

``site`` serves ``tests/fixtures/site`` plus these routes:

==================  ============================================================
``/redirect/<p>``   301 to ``/<p>`` (query string kept)
``/loop/a``, ``/b`` 302 to each other, forever
``/status/<code>``  that status with a small HTML page (e.g. 500, 404)
``/slow/<p>``       waits ``SLOW_SECONDS`` then serves ``/<p>``
``/huge``           an HTML article of about ``HUGE_BYTES`` bytes
``/chunked``        ``streamed/index.html`` sent with ``Transfer-Encoding: chunked``
``/cookies``        two ``Set-Cookie`` headers and the status line ``HTTP/1.1 200 Fine``
==================  ============================================================

``/doc.pdf`` (``application/pdf``) and ``/photo.jpg`` (``image/jpeg``) are plain files.

At the end of the session, the named semaphores that crawls killed with their whole process
group (resource tracker included) left in ``/dev/shm`` are removed: those created during the
session that no live process has mapped (see ``pytest_sessionfinish``).
"""

from __future__ import annotations

import functools
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from http import HTTPStatus
from pathlib import Path

import pytest
from helpers import CHROMIUM

from newsarchive.demo.server import Route, SiteRequestHandler, SiteServer

FIXTURE_SITE = Path(__file__).parent / "fixtures" / "site"
SLOW_SECONDS = 8  # longer than helpers.FAST's DOWNLOAD_TIMEOUT
HUGE_BYTES = 12 * 1024 * 1024
CHUNK_SIZE = 1024
COOKIE_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cookie wall test</title></head>
<body><article><h1>Cookie wall test</h1>
<p>This page sets two cookies and answers with the reason phrase "Fine".</p></article></body></html>
"""


def redirect(handler: SiteRequestHandler) -> None:
    handler.redirect("/" + handler.path.removeprefix("/redirect/"))


def loop(handler: SiteRequestHandler) -> None:
    targets = {"/loop/a": "/loop/b", "/loop/b": "/loop/a"}
    target = targets.get(handler.request_path)
    if target is None:
        handler.serve_file(handler.request_path)
    else:
        handler.redirect(target, HTTPStatus.FOUND)


def status(handler: SiteRequestHandler) -> None:
    code = handler.request_path.removeprefix("/status/")
    if not code.isdigit() or not 200 <= int(code) <= 599:
        handler.serve_file(handler.request_path)
        return
    page = f"<!DOCTYPE html><html><head><title>Status {code}</title></head><body><h1>Status {code}</h1></body></html>"
    handler.send_page(int(code), page.encode())


def slow(handler: SiteRequestHandler) -> None:
    time.sleep(SLOW_SECONDS)
    handler.serve_file(handler.request_path.removeprefix("/slow"))


@functools.cache
def huge_page() -> bytes:
    """A news article padded to about ``HUGE_BYTES`` with numbered paragraphs."""
    head = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>A Very Long Page</title></head>\n'
        "<body><article><h1>A Very Long Page</h1>\n"
    )
    paragraph = "<p>Paragraph {:07d}: the archive must stay responsive however long an article grows.</p>\n"
    count = HUGE_BYTES // len(paragraph.format(0))
    body = "".join(paragraph.format(i) for i in range(count))
    return (head + body + "</article></body></html>\n").encode()


def huge(handler: SiteRequestHandler) -> None:
    handler.send_page(HTTPStatus.OK, huge_page())


def chunked(handler: SiteRequestHandler) -> None:
    body = (FIXTURE_SITE / "streamed" / "index.html").read_bytes()
    handler.send_response(HTTPStatus.OK)
    handler.send_headers({"Content-Type": "text/html; charset=utf-8", "Transfer-Encoding": "chunked"})
    if handler.command == "HEAD":
        return
    for start in range(0, len(body), CHUNK_SIZE):
        chunk = body[start : start + CHUNK_SIZE]
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        handler.wfile.flush()
    handler.wfile.write(b"0\r\n\r\n")


def cookies(handler: SiteRequestHandler) -> None:
    headers = [
        ("Set-Cookie", "session=d41d8cd98f00; Path=/; HttpOnly"),
        ("Set-Cookie", "consent=yes; Path=/; Max-Age=3600"),
    ]
    handler.send_page(HTTPStatus.OK, COOKIE_PAGE, headers=headers, reason="Fine")


ROUTES: Mapping[str, Route] = {
    "/redirect/": redirect,
    "/loop/": loop,
    "/status/": status,
    "/slow/": slow,
    "/huge": huge,
    "/chunked": chunked,
    "/cookies": cookies,
}


@pytest.fixture(scope="session")
def site() -> Iterator[SiteServer]:
    """The fixture news site with the bad-case routes, running for the whole session."""
    with SiteServer(FIXTURE_SITE, routes=ROUTES) as server:
        yield server


@pytest.fixture(scope="session")
def dead_url() -> str:
    """An ``http://127.0.0.1:PORT/`` URL where nothing listens (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="session")
def bench_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 30-article site made by the shared bench's make_site.py (pages and truth.jsonl)."""
    make_site = Path(__file__).resolve().parents[2] / "shared" / "bench" / "crawl" / "make_site.py"
    if not make_site.exists():
        pytest.skip("../shared/bench is not beside the checkout")
    out = tmp_path_factory.mktemp("bench-site")
    subprocess.run([sys.executable, str(make_site), str(out), "--articles", "30", "--base", "http://127.0.0.1:8766"],
                   check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def sync_playwright():
    """Playwright's ``sync_playwright``, for the browser tests; they skip without it or the browser."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no browser at {CHROMIUM} (apt-get install chromium, or set NEWSARCHIVE_CHROMIUM)")
    return sync_playwright


SHM = Path("/dev/shm")
_SESSION_START = time.time()


def _mapped_inodes() -> set[int]:
    """The inodes of the files the live processes this user may inspect have mapped (the
    session's processes among them; a process of the container's init or another user, whose
    maps cannot be read, did not start from the session)."""
    inodes: set[int] = set()
    for maps in Path("/proc").glob("[0-9]*/maps"):
        try:
            lines = maps.read_text().splitlines()
        except OSError:
            continue  # the process ended meanwhile, or is none of the session's
        inodes.update(int(fields[4]) for fields in map(str.split, lines) if len(fields) >= 6 and fields[4] != "0")
    return inodes


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Remove the multiprocessing semaphores (``/dev/shm/sem.mp-*``) made since the session started
    that no process maps: a SIGKILL to a crawl's process group kills multiprocessing's resource
    tracker too, which would otherwise unlink them. A semaphore some process still uses stays."""
    try:
        made = [(path, path.stat()) for path in SHM.glob("sem.mp-*")]
    except OSError:
        return
    made = [(path, info) for path, info in made if info.st_mtime >= _SESSION_START and info.st_uid == os.getuid()]
    if not made:
        return
    mapped = _mapped_inodes()
    for path, info in made:
        if info.st_ino not in mapped:
            path.unlink(missing_ok=True)
