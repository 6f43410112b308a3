"""Short, stable names for why a fetch failed, for the log and the summary."""

from __future__ import annotations

from twisted.python.failure import Failure

STAT_PREFIX = "newsarchive/failed/"

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
}


def failure_reason(failure: Failure) -> str:
    """A reason such as ``HTTP 404``, ``timeout`` or ``too large`` for a failed request."""
    exc = failure.value
    response = getattr(exc, "response", None)
    if response is not None:
        return f"HTTP {response.status}"
    message = str(exc).lower()
    if "max size" in message or "maxsize" in message or "max download size" in message:
        return "too large"
    if "robots.txt" in message:
        return "forbidden by robots.txt"
    for cls in type(exc).__mro__:
        if cls.__name__ in _BY_NAME:
            return _BY_NAME[cls.__name__]
    return type(exc).__name__
