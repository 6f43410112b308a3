"""Capture the exact HTTP bytes exchanged, for faithful WARC records.

Scrapy hands downloader middlewares and signals a :class:`~scrapy.http.Response`
rebuilt from Twisted's parsed view of the message: the reason phrase is gone,
header names are re-cased and grouped, and the connection headers
(``Content-Length``, ``Transfer-Encoding``, ``Connection``, ``Keep-Alive``) are
dropped. A web archive must keep the message as it was on the wire, so this
download handler records, per request:

- the request head exactly as Twisted wrote it to the socket (request line with
  the full target and query string, ``Host`` and every header);
- the response status line and header lines exactly as received, in order;
- when the request head went to the socket and when the response head had
  arrived, so the request record is dated when it was sent and the response
  record when its head arrived, however long the body then took.

Scrapy builds its protocol and parser classes itself, so the handler swaps in
subclasses the same way Scrapy's own lenient parser is installed (by setting
the parser object's class), then hands the captured heads to the rest of Scrapy
through private response headers that :func:`pop_capture` removes again.
Everything else (TLS, proxies, size limits, timeouts) is Scrapy's code path. The
classes extended here are Scrapy's private HTTP/1.1 handler classes as of 2.19;
the end-to-end tests check the captured bytes against a real server.
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from scrapy.core.downloader.handlers.http11 import (
    HTTP11DownloadHandler,
    _LenientHTTP11ClientFactory,
    _LenientHTTP11ClientProtocol,
    _LenientHTTPClientParser,
)
from scrapy.http import Response

REQUEST_HEAD = b"X-Newsarchive-Request-Head"
RESPONSE_HEAD = b"X-Newsarchive-Response-Head"
TIMES = b"X-Newsarchive-Times"
_PRIVATE = (REQUEST_HEAD, RESPONSE_HEAD, TIMES)


@dataclass(frozen=True)
class Capture:
    """What went over the wire for one response: both heads, and when each crossed it."""

    request_head: bytes
    response_head: bytes
    sent: datetime | None  # the request head was written to the socket
    received: datetime | None  # the response head had arrived whole


class _Recorder:
    """A transport stand-in that keeps a copy of what is written through it."""

    def __init__(self, transport: Any) -> None:
        self._transport = transport
        self.data = bytearray()

    def write(self, data: bytes) -> None:
        self.data += data
        self._transport.write(data)

    def writeSequence(self, seq: list[bytes]) -> None:  # noqa: N802 (Twisted's name)
        for chunk in seq:
            self.data += chunk
        self._transport.writeSequence(seq)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class _RecordingRequest:
    """Wraps a Twisted request so that ``writeTo`` goes through a :class:`_Recorder`."""

    def __init__(self, request: Any) -> None:
        self._request = request
        self.recorder: _Recorder | None = None
        self.sent = 0.0

    def writeTo(self, transport: Any) -> Any:  # noqa: N802 (Twisted's name)
        self.recorder = _Recorder(transport)
        self.sent = time.time()
        return self._request.writeTo(self.recorder)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._request, name)


class _CapturingParser(_LenientHTTPClientParser):
    """Keeps the raw status and header lines and attaches them to the headers."""

    request_head: bytes = b""
    request_sent: float = 0.0
    raw_lines: list[bytes]

    def connectionMade(self) -> None:  # noqa: N802
        self.raw_lines = []  # a fresh response starts, e.g. after a 1xx one
        super().connectionMade()

    def lineReceived(self, line: bytes) -> None:  # noqa: N802
        stripped = line.removesuffix(b"\r")
        if stripped:  # the blank line ending the head is added back when joining
            self.raw_lines.append(stripped)
        super().lineReceived(line)

    def allHeadersReceived(self) -> None:  # noqa: N802
        if self.response is not None and not 100 <= self.response.code < 200:
            head = b"\r\n".join(self.raw_lines) + b"\r\n\r\n"
            self.headers.setRawHeaders(RESPONSE_HEAD, [base64.b64encode(head)])
            self.headers.setRawHeaders(REQUEST_HEAD, [base64.b64encode(self.request_head)])
            self.headers.setRawHeaders(TIMES, [b"%r %r" % (self.request_sent, time.time())])
        super().allHeadersReceived()


class _CapturingProtocol(_LenientHTTP11ClientProtocol):
    def request(self, request: Any) -> Any:
        recording = _RecordingRequest(request)
        d = super().request(recording)
        parser = self._parser
        if parser is not None:
            parser.__class__ = _CapturingParser
            parser.raw_lines = []
            data = bytes(recording.recorder.data) if recording.recorder else b""
            parser.request_head = data.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
            parser.request_sent = recording.sent
        return d


class _CapturingFactory(_LenientHTTP11ClientFactory):
    def buildProtocol(self, addr: Any) -> _CapturingProtocol:  # noqa: N802
        return _CapturingProtocol(self._quiescentCallback)


class CapturingDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, recording the exact request and response heads."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._pool._factory = _CapturingFactory


def pop_capture(response: Response) -> Capture | None:
    """Remove and return what :class:`CapturingDownloadHandler` captured for ``response``.

    Returns ``None`` for responses that did not come through it (e.g. ``file://`` or
    a custom handler).
    """
    found = {name: response.headers.pop(name, None) for name in _PRIVATE}
    if not found[RESPONSE_HEAD]:
        return None
    raw = {name: (v[0] if isinstance(v, list) else v) or b"" for name, v in found.items()}
    sent, received = (_moment(t) for t in (raw[TIMES].split() + [b"", b""])[:2])
    return Capture(base64.b64decode(raw[REQUEST_HEAD]), base64.b64decode(raw[RESPONSE_HEAD]), sent, received)


def pop_raw_heads(response: Response) -> tuple[bytes, bytes] | None:
    """``(request_head, response_head)`` of :func:`pop_capture`."""
    capture = pop_capture(response)
    return (capture.request_head, capture.response_head) if capture else None


def _moment(stamp: bytes) -> datetime | None:
    try:
        seconds = float(stamp)
    except ValueError:
        return None
    return datetime.fromtimestamp(seconds, UTC) if seconds > 0 else None
