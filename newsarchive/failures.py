"""Short, readable names for why a fetch failed, for the log and the summary.

A reason says what happened in words a user can act on (``too many redirects``,
``unsupported redirect target (javascript:)``, ``too large``, ``TLS handshake
failed``, ``refused: link to a private address (10.0.0.1)``), never a traceback.
Anything not recognised is named by its exception class. Reasons hold no control
characters and no credentials, so they are safe to print and to use as stat names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapy.exceptions import IgnoreRequest
from twisted.python.failure import Failure

from newsarchive.sanitize import for_terminal

STAT_PREFIX = "newsarchive/failed/"
MAX_REASON = 200

#: exception class names (Twisted's and Scrapy's wrappers of them) -> reason
_BY_NAME = {
    "DNSLookupError": "DNS lookup failed",
    "CannotResolveHostError": "DNS lookup failed",
    "ConnectionRefusedError": "connection refused",
    "DownloadConnectionRefusedError": "connection refused",
    "TimeoutError": "timeout",
    "TCPTimedOutError": "timeout",
    "DownloadTimeoutError": "timeout",
    "ConnectionLost": "connection lost",
    "ResponseFailed": "connection lost",
    "ResponseDataLossError": "connection lost",
    "DownloadFailedError": "connection lost",
    "ConnectError": "cannot connect",
    "UnsupportedURLSchemeError": "unsupported scheme",
    "InvalidURL": "invalid URL",
}
#: IgnoreRequest messages of Scrapy's middlewares -> reason
_IGNORED = (
    ("max redirections reached", "too many redirects"),
    ("forbidden by robots.txt", "forbidden by robots.txt"),
)
_SCHEME = re.compile(r"\s*([A-Za-z][A-Za-z0-9+.-]{0,30}):")
_MISSING_SCHEME = "missing scheme in request url: "


def clean_reason(text: str, limit: int = MAX_REASON) -> str:
    """One printable line: control characters escaped, URL credentials removed, capped."""
    text = for_terminal(text).strip()
    return text if len(text) <= limit else text[: limit - 3] + "..."


def failure_reason(failure: Failure) -> str:
    """A reason such as ``HTTP 404``, ``timeout`` or ``too large`` for a failed request."""
    return clean_reason(exception_reason(failure.value))


def exception_reason(exc: BaseException) -> str:
    """The reason for an exception (see :func:`failure_reason`), not yet cleaned."""
    response = getattr(exc, "response", None)
    if response is not None and hasattr(response, "status"):
        return _status_reason(response)
    message = str(exc)
    lowered = message.lower()
    if isinstance(exc, IgnoreRequest):
        if message.startswith("refused: "):  # newsarchive.crawl.addresses.AddressRefused
            return message
        for start, reason in _IGNORED:
            if lowered.startswith(start):
                return reason
    if _is_too_large(exc, lowered):
        return "too large"
    if isinstance(exc, ValueError) and lowered.startswith(_MISSING_SCHEME):
        return _redirect_target_reason(message[len(_MISSING_SCHEME):])
    if any(_is_tls_error(e) for e in _causes(exc)):
        return "TLS handshake failed"
    for cls in type(exc).__mro__:
        if cls.__name__ in _BY_NAME:
            return _BY_NAME[cls.__name__]
    if isinstance(exc, ValueError) and ("url" in lowered or "port" in lowered):
        return "invalid URL"
    return type(exc).__name__


def _status_reason(response: object) -> str:
    """``HTTP 404``; for a redirect Scrapy did not follow, what its target was."""
    status = int(getattr(response, "status", 0))
    if 300 <= status < 400:
        headers = getattr(response, "headers", None)
        location = headers.get("Location") if headers is not None else None
        if location:
            target = location.decode("latin-1") if isinstance(location, bytes) else str(location)
            match = _SCHEME.match(target)
            if match and match.group(1).lower() not in ("http", "https"):
                return f"unsupported redirect target ({match.group(1).lower()}:)"
    return f"HTTP {status}"


def _redirect_target_reason(target: str) -> str:
    """Scrapy cannot build a request for a ``Location`` without ``//``: javascript:, mailto:, data:."""
    match = _SCHEME.match(target)
    if match:
        return f"unsupported redirect target ({match.group(1).lower()}:)"
    return "invalid redirect target"


def _is_too_large(exc: BaseException, lowered: str) -> bool:
    """Over DOWNLOAD_MAXSIZE: Scrapy's words for it, or a download cancelled while streaming.

    The phrases matched hold spaces, so a URL quoted in the message cannot fake them.
    Scrapy's HTTP/1.1 handler cancels a body that grows past the limit without a
    message (``DownloadCancelledError``); a timeout is a ``DownloadTimeoutError``.
    """
    if "larger than download max size" in lowered or "max download size" in lowered:
        return True
    if "exceeded download_maxsize" in lowered and "during decompression" in lowered:
        return True  # HttpCompressionMiddleware's IgnoreRequest
    names = {cls.__name__ for cls in type(exc).__mro__}
    return bool(names & {"DownloadCancelledError", "CancelledError"}) and not lowered.strip()


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception, its causes and contexts, and what Twisted's wrappers wrap."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen or len(seen) > 50:
            continue
        seen.add(id(current))
        yield current
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
        for inner in getattr(current, "reasons", None) or ():  # ResponseFailed, ResponseNeverReceived
            value = getattr(inner, "value", inner)
            if isinstance(value, BaseException):
                todo.append(value)


def _is_tls_error(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    return module.startswith(("OpenSSL", "ssl")) or type(exc).__name__ in ("SSLError", "CertificateError")
