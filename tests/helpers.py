"""Shared helpers for the end-to-end tests: run the real CLI, read what it wrote."""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import threading
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jsonschema
from warcio.archiveiterator import ArchiveIterator

from newsarchive import screenshot
from newsarchive.records import load_schema

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
#: fast, still polite enough for a local server: no throttle delay, short timeouts
#: no throttling, one retry, and a timeout that a page served by the test site meets even on a
#: loaded two-core machine (the /slow/ route outlasts it: conftest.SLOW_SECONDS)
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_TIMEOUT=5", "-s", "RETRY_TIMES=1"]
#: the browser tests' Chromium (Debian's; ``playwright install`` is never run) and its switches
CHROMIUM = os.environ.get("NEWSARCHIVE_CHROMIUM", "/usr/bin/chromium")
#: newsarchive's own switches, name lookups off included: the browser's background services
#: (update checks, sign-in) cannot reach any host off the machine
CHROMIUM_ARGS = list(screenshot.CHROMIUM_ARGS)


def newsarchive_cmd() -> list[str]:
    """The installed console script (what a user runs), else the module."""
    script = shutil.which("newsarchive", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "newsarchive.cli"]


def run_cli(*args: str, stdin: str | None = None, timeout: float = 120, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*newsarchive_cmd(), *args], input=stdin, capture_output=True, text=True,
                          timeout=timeout, cwd=cwd, check=False)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def validate(records: list[dict[str, Any]]) -> None:
    validator = jsonschema.Draft202012Validator(load_schema())
    for record in records:
        validator.validate(record)


def warc_records(folder: Path) -> list[tuple[Path, int, Any, bytes]]:
    """Every record of every WARC file: (file, offset, record, raw block payload)."""
    found = []
    for path in sorted(folder.glob("*.warc.gz")):
        with open(path, "rb") as f:
            it = ArchiveIterator(f, check_digests=True)
            for rec in it:
                raw = rec.raw_stream.read()
                offset = it.get_record_offset()  # only after reading: asking first skips the record
                assert rec.digest_checker.problems == [], (path, offset, rec.digest_checker.problems)
                found.append((path, offset, rec, raw))
    return found


def warcio_check(folder: Path) -> subprocess.CompletedProcess:
    return warcio_check_files(sorted(folder.glob("*.warc.gz")))


def warcio_check_files(files: list[Path]) -> subprocess.CompletedProcess:
    """``warcio check`` of these WARC files (status 0: every digest and record valid)."""
    return subprocess.run([sys.executable, "-c", "import sys; from warcio.cli import main; main()",
                           "check", *map(str, files)], capture_output=True, text=True, check=False)


def record_at(folder: Path, pointer: dict[str, Any]) -> Any:
    """The WARC record a ``warc`` pointer names, read by seeking to its offset."""
    with open(folder / pointer["filename"], "rb") as f:
        f.seek(pointer["offset"])
        data = f.read(pointer["length"])
    rec = next(iter(ArchiveIterator(io.BytesIO(data))))
    rec.payload = rec.content_stream().read()
    return rec


class RawServer:
    """HTTP/1.1 on raw sockets on 127.0.0.1: each path a function writing the exact bytes of
    its answer (head included) to the connection, so a test can misbehave as servers do."""

    def __init__(self, routes: dict[str, Callable[[socket.socket], None]]) -> None:
        self.routes = routes
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.base_url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.closing = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.closing.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            try:
                head = b""
                while b"\r\n\r\n" not in head:
                    data = conn.recv(4096)
                    if not data:
                        return
                    head += data
                route = self.routes.get(head.split(b" ", 2)[1].decode())
                if route is None:
                    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                else:
                    route(conn)
            except OSError:  # the client hung up: what it got is what it got
                pass

    def close(self) -> None:
        self.closing.set()
        self.thread.join()
        self.sock.close()


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A real PNG image of one colour (a browser decodes it: naturalWidth > 0)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def send_body(handler: BaseHTTPRequestHandler, status: int, kind: str, body: bytes) -> None:
    """Answer ``status`` with ``body`` of Content-Type ``kind`` and its Content-Length."""
    handler.send_response(status)
    handler.send_header("Content-Type", kind)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def serve_http(handler: type[BaseHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, str]:
    """A threaded HTTP server on a free port of 127.0.0.1, serving in the background; and its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


#: five paragraphs of an English article's text, for the small pages of the round tests (``council_page``)
COUNCIL_PARAS = "".join(f"<p>The council met on Tuesday for the {n}th time this year to discuss the plan, which "
                        "residents have opposed for months and which will now go to a vote in April.</p>"
                        for n in range(1, 6))


def council_page(header: str, after: str = "") -> bytes:
    """An article page: ``header`` under the headline in the header's box, ``COUNCIL_PARAS`` as the text, ``after``
    after the article."""
    return (f"<html><head><title>Council delays vote</title></head><body><main><article><div class='head'>"
            f"<h1>Council delays vote</h1>{header}</div><div class='text'>{COUNCIL_PARAS}</div></article>{after}</main>"
            f"</body></html>").encode()
