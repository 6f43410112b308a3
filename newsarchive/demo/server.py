"""A small, dependency-free HTTP/1.1 server for a folder of static pages.

It serves the bundled demo news site and the test fixture site on 127.0.0.1:

* ``/path/`` and ``/path`` both serve ``path/index.html``; ``/file.ext`` serves the file;
  there are no directory listings and missing paths get a 404 page;
* keep-alive, ``Content-Length`` on every response, ``gzip`` when the client accepts it
  (compressed once, then kept in memory until the file changes on disk);
* ``ETag`` and ``Last-Modified``, answering ``If-None-Match`` / ``If-Modified-Since``
  with 304;
* text types declare ``charset=utf-8`` only when the file really is UTF-8, so a page in
  a legacy encoding is sent as plain ``text/html`` and names its charset in ``<meta>``;
* ``routes`` map a path prefix to a function given the request handler, for behaviour
  beyond static files (redirects, errors, slow or streamed answers in the tests).

Run ``python -m newsarchive.demo.server [--port N] [ROOT]`` to serve the demo site.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import mimetypes
import sys
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Callable, Iterable, Mapping
from urllib.parse import unquote, urlsplit

Route = Callable[["SiteRequestHandler"], None]

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")
EXTRA_TYPES = {".js": "application/javascript", ".json": "application/json", ".webp": "image/webp"}
NOT_FOUND_PAGE = (
    b"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Page not found</title></head>"
    b"<body><h1>Page not found</h1><p>The page you asked for does not exist.</p>"
    b"<p><a href=\"/\">Home</a></p></body></html>\n"
)


def demo_site_root() -> Path:
    """The folder of the bundled demo news site (package data of ``newsarchive.demo``)."""
    return Path(str(resources.files("newsarchive.demo").joinpath("site")))


@dataclass(frozen=True)
class StaticFile:
    """One file as served: its bytes, gzip-compressed bytes (text only) and validators."""

    body: bytes
    gzipped: bytes | None
    content_type: str
    etag: str
    mtime_ns: int
    size: int

    @property
    def mtime(self) -> int:
        """Modification time in whole seconds, the precision of HTTP dates."""
        return self.mtime_ns // 1_000_000_000

    @property
    def last_modified(self) -> str:
        return email.utils.formatdate(self.mtime, usegmt=True)

    @property
    def gzip_etag(self) -> str:
        return self.etag[:-1] + '-gzip"'


def content_type_of(path: Path, body: bytes) -> str:
    """The ``Content-Type`` for a file, with ``charset=utf-8`` when text decodes as UTF-8."""
    ctype = EXTRA_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if is_compressible(ctype) and ctype != "image/svg+xml":
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return ctype
        return f"{ctype}; charset=utf-8"
    return ctype


def is_compressible(content_type: str) -> bool:
    return content_type.startswith(COMPRESSIBLE)


def load_file(path: Path) -> StaticFile:
    """Read ``path`` and prepare what every response for it needs."""
    stat = path.stat()
    body = path.read_bytes()
    ctype = content_type_of(path, body)
    gzipped = gzip.compress(body, 6, mtime=0) if is_compressible(ctype) else None
    etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
    return StaticFile(body, gzipped, ctype, etag, stat.st_mtime_ns, stat.st_size)


class FileCache:
    """Files by absolute path, reloaded when their size or modification time changes."""

    def __init__(self) -> None:
        self._files: dict[Path, StaticFile] = {}

    def get(self, path: Path) -> StaticFile:
        stat = path.stat()
        cached = self._files.get(path)
        if cached is None or (cached.mtime_ns, cached.size) != (stat.st_mtime_ns, stat.st_size):
            cached = self._files[path] = load_file(path)
        return cached


def accepts_gzip(header: str | None) -> bool:
    """Whether an ``Accept-Encoding`` header allows gzip (``gzip;q=0`` refuses it)."""
    qualities: dict[str, float] = {}
    for item in (header or "").split(","):
        coding, _, params = item.partition(";")
        qualities[coding.strip().lower()] = quality(params)
    return qualities.get("gzip", qualities.get("x-gzip", qualities.get("*", 0.0))) > 0


def quality(params: str) -> float:
    """The ``q`` value of one ``Accept-Encoding`` item's parameters (1 when absent)."""
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.lower() == "q":
            try:
                return float(value)
            except ValueError:
                return 0.0
    return 1.0


def etag_matches(header: str, candidates: Iterable[str]) -> bool:
    """Weak comparison of an ``If-None-Match`` list against the entity tags we send."""
    wanted = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return "*" in wanted or any(tag in wanted for tag in candidates)


def not_modified_since(header: str, mtime: int) -> bool:
    try:
        since = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return False
    return since is not None and mtime <= since.timestamp()


class SiteRequestHandler(BaseHTTPRequestHandler):
    """Serves files under ``server.root``; a matching route takes the request instead."""

    server: SiteHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "newsarchive-demo/1.0"
    timeout = 30  # idle keep-alive connections are closed after this many seconds

    def do_GET(self) -> None:
        route = self.server.route_for(self.request_path)
        if route is not None:
            route(self)
        else:
            self.serve_file(self.request_path)

    do_HEAD = do_GET

    @property
    def request_path(self) -> str:
        """The decoded path of the request, without query string or fragment."""
        return unquote(urlsplit(self.path).path) or "/"

    def serve_file(self, url_path: str) -> None:
        """Answer with the site file for ``url_path`` (or the 404 page)."""
        path = self.server.resolve(url_path)
        if path is None:
            self.send_page(HTTPStatus.NOT_FOUND, NOT_FOUND_PAGE)
            return
        static = self.server.files.get(path)
        use_gzip = static.gzipped is not None and accepts_gzip(self.headers.get("Accept-Encoding"))
        etag = static.gzip_etag if use_gzip else static.etag
        validators = {"ETag": etag, "Last-Modified": static.last_modified}
        if static.gzipped is not None:
            validators["Vary"] = "Accept-Encoding"
        if self.is_not_modified(static):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_headers(validators)
            return
        headers = {**validators, "Content-Encoding": "gzip"} if use_gzip else validators
        body = static.gzipped if use_gzip and static.gzipped is not None else static.body
        self.send_page(HTTPStatus.OK, body, static.content_type, headers)

    def is_not_modified(self, static: StaticFile) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return etag_matches(if_none_match, (static.etag, static.gzip_etag))
        since = self.headers.get("If-Modified-Since")
        return since is not None and not_modified_since(since, static.mtime)

    def send_page(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        headers: Mapping[str, str] | Iterable[tuple[str, str]] = (),
        reason: str | None = None,
    ) -> None:
        """Send a whole response with ``Content-Length`` (no body for ``HEAD``)."""
        self.send_response(status, reason)
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        self.send_headers([("Content-Type", content_type), ("Content-Length", str(len(body))), *pairs])
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, location: str, status: int = HTTPStatus.MOVED_PERMANENTLY) -> None:
        self.send_page(status, b"", "text/plain; charset=utf-8", {"Location": location})

    def send_headers(self, headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> None:
        for name, value in headers.items() if isinstance(headers, Mapping) else headers:
            self.send_header(name, value)
        self.end_headers()

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        """Stay quiet: tests and demos do not want one line per request."""


class SiteHTTPServer(ThreadingHTTPServer):
    """The threaded server holding the site root, the routes and the file cache."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], root: Path, routes: Mapping[str, Route]) -> None:
        super().__init__(address, SiteRequestHandler)
        self.root = root.resolve()
        self.files = FileCache()
        self.routes = sorted(routes.items(), key=lambda item: len(item[0]), reverse=True)

    def route_for(self, path: str) -> Route | None:
        """The route with the longest prefix of ``path``, if any."""
        return next((route for prefix, route in self.routes if path.startswith(prefix)), None)

    def resolve(self, url_path: str) -> Path | None:
        """The file for a URL path, or ``None``; never outside the root, never a folder."""
        parts = [part for part in url_path.split("/") if part]
        if any(part in ("..", ".") or "\\" in part or "\0" in part for part in parts):
            return None
        path = self.root.joinpath(*parts)
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file() or not path.resolve().is_relative_to(self.root):
            return None
        return path

    def handle_error(self, request: object, client_address: object) -> None:
        """Stay quiet when a client hangs up mid-response: crawlers and tests do."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class SiteServer:
    """A running :class:`SiteHTTPServer` in a background thread; also a context manager."""

    def __init__(
        self,
        root: Path,
        host: str = "127.0.0.1",
        port: int = 0,
        routes: Mapping[str, Route] | None = None,
    ) -> None:
        self.root = Path(root)
        self.host = host
        self.port = port
        self.routes = dict(routes or {})
        self._httpd: SiteHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT`` of the running server (no trailing slash)."""
        return f"http://{self.host}:{self.port}"

    def start(self) -> SiteServer:
        if self._httpd is None:
            self._httpd = SiteHTTPServer((self.host, self.port), self.root, self.routes)
            self.port = self._httpd.server_address[1]
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="site-server", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve a folder (by default the demo news site).")
    parser.add_argument("root", nargs="?", type=Path, default=None, help="folder to serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    server = SiteServer(args.root or demo_site_root(), args.host, args.port).start()
    print(f"serving {server.root} at {server.base_url}/ (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
