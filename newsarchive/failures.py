"""Short, stable names for why a fetch failed, for the log and the summary."""

from __future__ import annotations

from twisted.internet import error as tx_error
from twisted.python.failure import Failure

STAT_PREFIX = "newsarchive/failed/"

_NETWORK = (
    (tx_error.DNSLookupError, "DNS lookup failed"),
    (tx_error.ConnectionRefusedError, "connection refused"),
    (tx_error.TCPTimedOutError, "timeout"),
    (tx_error.TimeoutError, "timeout"),
    (tx_error.ConnectionLost, "connection lost"),
    (tx_error.ConnectionDone, "connection closed"),
    (tx_error.ConnectError, "cannot connect"),
)


def failure_reason(failure: Failure) -> str:
    """A reason such as ``HTTP 404``, ``timeout`` or ``too large`` for a failed request."""
    exc = failure.value
    response = getattr(exc, "response", None)
    if response is not None:
        return f"HTTP {response.status}"
    message = str(exc)
    if "max download size" in message.lower() or "larger than download max size" in message.lower():
        return "too large"
    if "robots.txt" in message:
        return "forbidden by robots.txt"
    if "redirect" in message.lower():
        return "too many redirects"
    for kind, reason in _NETWORK:
        if isinstance(exc, kind):
            return reason
    name = type(exc).__name__
    if "Timeout" in name:
        return "timeout"
    return name
