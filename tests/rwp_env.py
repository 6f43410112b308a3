"""ReplayWeb.page for the tests: its app and a WACZ served from one 127.0.0.1 server, a guard
for traffic that would leave the machine, and a look at a replayed page in headless Chromium.

The app comes from :mod:`newsarchive.replaywebpage` (``npm pack``, once per machine). The
server gives what the embedding guide asks for: a page with ``<replay-web-page>`` and
``ui.js``, the service worker at ``replay/sw.js`` (its scope is ``/replay/``), and the WACZ,
answering the range requests ReplayWeb.page reads it by. Chromium is given
:class:`Guard` as its proxy: loopback addresses go direct, anything else would go to the
guard, which records it and refuses. This catches the service worker's own requests too,
which Playwright's routing does not see.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, ClassVar, Self
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from helpers import CHROMIUM, CHROMIUM_ARGS, serve_http

from newsarchive.replaywebpage import VERSION, ReplayWebPageUnavailable, app_dir

EMBED = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>newsarchive in ReplayWeb.page</title>
<script src="/ui.js"></script>
<style>html, body {{ margin: 0; height: 100%; }}</style></head>
<body><replay-web-page source="{source}" url="{url}" ts="{ts}" view="{view}" replaybase="/replay/"
 newwindowbase="{base}/" embed="default"></replay-web-page></body></html>
"""
#: what ``/replay/`` answers from the network: the frame ReplayWeb.page opens there is asked of
#: the server, not of the service worker, when the worker is not yet in control of it (its first
#: start, a slow machine). The app then waits for the worker to take over; a 404 there left an
#: empty frame after three quick reloads.
REPLAY_INDEX = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><script src="/ui.js"></script></head>
<body><replay-app-main></replay-app-main></body></html>
"""
TYPES = {".js": "application/javascript", ".wacz": "application/wacz", ".html": "text/html; charset=utf-8"}
RANGE = re.compile(r"bytes=(\d*)-(\d*)$")


def replaywebpage_app() -> Path:
    """ReplayWeb.page's folder; the test skips with the reason when it cannot be fetched."""
    try:
        return app_dir()
    except ReplayWebPageUnavailable as exc:
        pytest.skip(f"no ReplayWeb.page {VERSION}: {exc}")


def _byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The (first, last) bytes a ``Range`` header asks for, clipped to ``size``; None: all."""
    match = RANGE.match(header or "")
    if not match or not any(match.groups()):
        return None
    first, last = match.groups()
    if not first:  # bytes=-N: the last N bytes
        return max(0, size - int(last)), size - 1
    return int(first), min(int(last) if last else size - 1, size - 1)


class AppHandler(BaseHTTPRequestHandler):
    """``/?source=/NAME.wacz&url=U&ts=T&view=V`` the embedding page, ``/ui.js``, ``/replay/`` (the
    app's frame), ``/replay/sw.js`` and ``/NAME.wacz``."""

    files: ClassVar[dict[str, Path]] = {}

    def log_message(self, *args: Any) -> None:  # quiet: the test reports what matters
        pass

    def do_HEAD(self) -> None:
        self.do_GET(body=False)

    def do_GET(self, body: bool = True) -> None:
        parts = urlsplit(self.path)
        if parts.path == "/":
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            page = EMBED.format(source=html.escape(query.get("source", "")), url=html.escape(query.get("url", "")),
                                ts=html.escape(query.get("ts", "")), view=html.escape(query.get("view", "pages")),
                                base=f"http://{self.headers['Host']}")
            self._send(page.encode(), TYPES[".html"], body)
        elif parts.path in ("/replay/", "/replay/index.html"):
            self._send(REPLAY_INDEX.encode(), TYPES[".html"], body)
        elif parts.path in self.files:
            self._send_file(self.files[parts.path], body)
        else:
            self.send_error(404)

    def _send(self, data: bytes, content_type: str, body: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _send_file(self, path: Path, body: bool) -> None:
        size = path.stat().st_size
        wanted = _byte_range(self.headers.get("Range"), size)
        first, last = wanted or (0, size - 1)
        self.send_response(206 if wanted else 200)
        if wanted:
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Type", TYPES.get(path.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(last - first + 1))
        self.end_headers()
        if body:
            with open(path, "rb") as f:
                f.seek(first)
                self.wfile.write(f.read(last - first + 1))


class AppServer:
    """ReplayWeb.page and the WACZ files on one free port of 127.0.0.1."""

    def __init__(self, app: Path, packages: list[Path]) -> None:
        files = {"/ui.js": app / "ui.js", "/replay/sw.js": app / "sw.js"}
        files.update({f"/{p.name}": p for p in packages})
        handler = type("Handler", (AppHandler,), {"files": files})
        self.handler: type[AppHandler] = handler
        self.server, self.base_url = serve_http(handler)

    def page_url(self, package: Path, url: str = "", ts: str = "", view: str = "pages") -> str:
        """The app's page showing ``url`` of ``package`` as of ``ts`` (its latest capture: "");
        without ``url``, its ``view`` (``pages``: the list of pages.jsonl; ``resources``)."""
        query = {"source": f"/{package.name}", "url": url, "ts": ts, "view": view}
        return f"{self.base_url}/?" + urlencode(query)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


#: Chromium's own services (component updates, sign-in, time): the browser asks them on its own,
#: whatever page it shows; the guard refuses them like anything else, and they are not the page's
BROWSER_SERVICES = (".google.com", ".googleapis.com")


class GuardHandler(BaseHTTPRequestHandler):
    """A proxy that forwards nothing: every request is recorded and refused."""

    attempts: ClassVar[list[str]] = []

    def log_message(self, *args: Any) -> None:
        pass

    def _refuse(self) -> None:
        self.attempts.append(f"{self.command} {self.path}")
        self.send_error(403, "newsarchive tests: no traffic off this machine")

    do_GET = do_POST = do_HEAD = do_PUT = do_CONNECT = do_OPTIONS = _refuse


def _host(attempt: str) -> str:
    """The host of a recorded proxy request: ``CONNECT host:443`` or ``GET http://host/...``."""
    target = attempt.split(" ", 1)[1]
    return (urlsplit(target).hostname if "://" in target else target.rsplit(":", 1)[0]) or ""


class Guard:
    """Chromium's proxy: what a browser would have sent off the machine ends here, recorded."""

    def __init__(self) -> None:
        self.handler = type("Guard", (GuardHandler,), {"attempts": []})
        self.server, self.url = serve_http(self.handler)

    def attempts(self) -> list[str]:
        """What would have left the machine, less Chromium's own services (:data:`BROWSER_SERVICES`)."""
        return [a for a in self.handler.attempts if not ("." + _host(a)).endswith(BROWSER_SERVICES)]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def replay_frame(page: Any, timeout_error: type[Exception], seconds: float = 30) -> Any:
    """The frame ReplayWeb.page shows the archived page in (its address has ``mp_/``), or None."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for frame in page.frames:
            if "mp_/" in frame.url:
                wait_quietly(lambda f=frame: f.wait_for_load_state("load", timeout=20_000), timeout_error)
                return frame
        page.wait_for_timeout(100)
    return None


def wait_quietly(wait: Callable[[], object], timeout_error: type[Exception]) -> None:
    """Wait for something the assertions then check; a timeout is reported by them, not here."""
    try:
        wait()
    except timeout_error:
        pass


class Viewer:
    """Headless Chromium showing pages of :class:`AppServer`; its only way off the machine is a
    :class:`Guard`. ``outside`` lists the requests of the pages not to the app's server."""

    def __init__(self, sync_playwright: Callable[[], Any], server: AppServer) -> None:
        from playwright.sync_api import Error
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        self.launch_error = Error
        self.timeout_error = PlaywrightTimeout
        self.sync_playwright, self.server, self.guard = sync_playwright, server, Guard()
        self.outside: list[str] = []

    def __enter__(self) -> Self:
        self.pw = self.sync_playwright().start()
        args = [*CHROMIUM_ARGS, f"--proxy-server={self.guard.url}"]
        try:
            self.browser = self.pw.chromium.launch(executable_path=CHROMIUM, args=args, headless=True)
        except self.launch_error as exc:  # no display libraries, a sandbox refusal, an old browser ...
            self.__exit__()
            pytest.skip(f"Chromium cannot start here: {str(exc).splitlines()[0]}")
        context = self.browser.new_context(viewport={"width": 1000, "height": 900})
        context.on("request", self._saw)
        self.page = context.new_page()
        return self

    def _saw(self, request: Any) -> None:
        if not request.url.startswith((self.server.base_url + "/", "data:", "blob:", "about:")):
            self.outside.append(request.url)

    def show(self, address: str) -> Any:
        """Open ``address`` (the app showing one archived URL); the archived page's frame or None."""
        self.page.goto(address, wait_until="load", timeout=30_000)
        return replay_frame(self.page, self.timeout_error)

    def __exit__(self, *exc: object) -> None:
        if getattr(self, "browser", None) is not None:
            self.browser.close()
        self.pw.stop()
        self.guard.close()


def frame_text(frame: Any) -> str:
    """What a frame shows as text (ReplayWeb.page's "Archived Page Not Found" included)."""
    return frame.evaluate("() => document.body ? document.body.innerText : ''") if frame else ""
