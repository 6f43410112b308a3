"""Capture the exact HTTP bytes exchanged, for faithful WARC records.

Scrapy hands downloader middlewares and signals a :class:`~scrapy.http.Response`
rebuilt from Twisted's parsed view of the message: the reason phrase is gone,
header names are re-cased and grouped, and the connection headers
(``Content-Length``, ``Transfer-Encoding``, ``Connection``, ``Keep-Alive``) are
dropped. A web archive must keep the message as it was on the wire, so this
download handler records, per request:

- the request head exactly as Twisted wrote it to the socket (request line with
  the full target and query string, ``Host`` and every header);
- the response status line and header lines exactly as received, in order.

Scrapy builds its protocol and parser classes itself, so the handler swaps in
subclasses the same way Scrapy's own lenient parser is installed (by setting
the parser object's class), then hands the captured heads to the rest of Scrapy
through two private response headers that :func:`pop_raw_heads` removes again.
Everything else (TLS, proxies, size limits, timeouts) is Scrapy's code path. The
classes extended here are Scrapy's private HTTP/1.1 handler classes as of 2.19;
the end-to-end tests check the captured bytes against a real server.
"""

from __future__ import annotations

import base64
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

    def writeTo(self, transport: Any) -> Any:  # noqa: N802 (Twisted's name)
        self.recorder = _Recorder(transport)
        return self._request.writeTo(self.recorder)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._request, name)


class _CapturingParser(_LenientHTTPClientParser):
    """Keeps the raw status and header lines and attaches them to the headers."""

    request_head: bytes = b""
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
        return d


class _CapturingFactory(_LenientHTTP11ClientFactory):
    def buildProtocol(self, addr: Any) -> _CapturingProtocol:  # noqa: N802
        return _CapturingProtocol(self._quiescentCallback)


class CapturingDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, recording the exact request and response heads."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._pool._factory = _CapturingFactory


def pop_raw_heads(response: Response) -> tuple[bytes, bytes] | None:
    """Remove and return ``(request_head, response_head)`` captured for ``response``.

    Returns ``None`` for responses that did not come through
    :class:`CapturingDownloadHandler` (e.g. ``file://`` or a custom handler).
    """
    response_head = response.headers.pop(RESPONSE_HEAD, None)
    request_head = response.headers.pop(REQUEST_HEAD, None)
    if not response_head:
        return None
    first = response_head[0] if isinstance(response_head, list) else response_head
    req = request_head[0] if isinstance(request_head, list) else (request_head or b"")
    return base64.b64decode(req), base64.b64decode(first)
