"""URL normalisation: one spelling per page, so duplicates are fetched once.

w3lib does the heavy lifting (percent-encoding, IDNA, query cleaning); on top of
it we drop the fragment, the default port and the tracking parameters that
newsletters and social networks append (``utm_*``, ``fbclid``, ...), which never
change the page served.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from w3lib.url import safe_url_string, url_query_cleaner

TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid",
    "mc_cid", "mc_eid", "_ga", "_gl", "ocid", "cmpid", "ito", "smid", "s_cid",
    "ref_src", "ref_url", "spm", "__twitter_impression", "at_medium", "at_campaign",
})
SCHEMES = ("http", "https")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class InvalidURL(ValueError):
    """The text is not an http(s) URL newsarchive can fetch."""


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name.startswith(("utm_", "pk_", "mtm_")) or name in TRACKING_PARAMS


def normalize_url(url: str) -> str:
    """Return the canonical spelling of an http(s) URL; raise :class:`InvalidURL` otherwise."""
    url = url.strip()
    try:
        parts = urlsplit(safe_url_string(url))
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"not a valid URL: {url!r} ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise InvalidURL(f"unsupported scheme {scheme or 'none'!r} (only http and https): {url!r}")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise InvalidURL(f"not a valid URL: {url!r}")
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    if parts.username:
        userinfo = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{userinfo}@{netloc}"
    query = parts.query
    if query:
        kept = [p for p in query.split("&") if p and not _is_tracking(p.split("=", 1)[0])]
        query = url_query_cleaner("?" + "&".join(kept), parameterlist=(), remove=True, keep_fragments=False)[1:] if kept else ""
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def site_of(url: str) -> str:
    """The host a URL belongs to, without ``www.``, for ``--same-site`` checks."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")
