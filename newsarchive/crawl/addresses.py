"""Keep links and redirects off private networks and cloud metadata services.

A news page is written by somebody else, so a link on it, or a redirect, must not
make the crawler fetch ``http://169.254.169.254/latest/meta-data/`` (the cloud
instance's credentials), the router at ``http://10.0.0.1/`` or a service on
``localhost`` of the machine running the crawl. The policy of
:class:`AddressPolicyMiddleware`:

* **Seeds are the user's choice and are fetched whatever their address**: a URL
  given on the command line, in a URL list or as a feed, not redirected, and the
  ``robots.txt`` of its host. (A feed's entries and a sitemap's children are
  written by the site, so they count as links.)
* **Links and redirects never reach a link-local address** (169.254.0.0/16,
  fe80::/10) **or a cloud metadata service** (:data:`METADATA_NAMES`,
  :data:`METADATA_ADDRESSES`), not even with ``NEWSARCHIVE_ALLOW_PRIVATE``; a
  redirect from a seed included.
* **Links and redirects reach no other non-public address** (loopback, private:
  RFC 1918 and fc00::/7, shared: 100.64.0.0/10, multicast, unspecified,
  reserved) unless a seed is on the same kind of network (a seed on 127.0.0.1
  lets links go to ``localhost`` and ``http://2130706433/``, a seed on
  192.168.1.5 lets them go to 10.0.0.1), or ``NEWSARCHIVE_ALLOW_PRIVATE`` is true.

What counts is the address a host name resolves to, looked up without blocking
the reactor (``getaddrinfo`` in a thread, once per host), every address of it;
IPv4 addresses written as ``2130706433``, ``0x7f.1``, ``0177.0.0.1`` or ``127.1``
are read the way a resolver reads them (and ``010.0.0.1`` under both its octal
and its decimal reading), IPv4 addresses inside IPv6 ones (``::ffff:10.0.0.1``,
NAT64, 6to4) by their IPv4 address. The address checked is the one the download
uses: it is put in Scrapy's DNS cache (with the default resolvers), so a name
that answers differently the second time cannot slip through. A host name that
does not resolve is a DNS failure, unless the request goes through a proxy
(``meta['proxy']``, or ``http_proxy`` / ``https_proxy`` with HttpProxyMiddleware),
which resolves names itself: then the name is judged by itself (metadata names,
``localhost``, and intranet names such as single labels, ``.internal``,
``.local``, ``.lan``, ``.home.arpa`` count as private).

A refused request raises :class:`AddressRefused` (an ``IgnoreRequest``) whose
message is the failure reason, e.g. ``refused: link to a private address
(10.0.0.1)`` or ``refused: redirect to a link-local or cloud metadata address
(169.254.169.254)``.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit
from urllib.request import getproxies, proxy_bypass

from scrapy.exceptions import CannotResolveHostError, IgnoreRequest
from scrapy.http import Request
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import defer
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure
from w3lib.url import safe_url_string

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
#: a host name -> a Deferred firing with its addresses (DNSLookupError when none)
Lookup = Callable[[str], "defer.Deferred[list[IPAddress]]"]

DEPTH_KEY = "newsarchive_depth"  # the spider's hop count (spiders/article.py)

# -- kinds of address ----------------------------------------------------------------
PUBLIC = "public"
LOOPBACK = "loopback"
PRIVATE = "private"
SHARED = "shared"
LINK_LOCAL = "link-local"
METADATA = "metadata"
MULTICAST = "multicast"
UNSPECIFIED = "unspecified"
RESERVED = "reserved"
#: kinds no link and no redirect ever reaches, whatever the seeds and settings
NEVER = frozenset({LINK_LOCAL, METADATA})

#: host names of cloud instance metadata services (compared lower-case, without a final dot)
METADATA_NAMES = frozenset({
    "metadata.google.internal",  # Google Cloud
    "metadata.goog",  # Google Cloud
    "metadata",  # the short name GCE and some agents resolve through the search domain
    "instance-data",  # AWS EC2
    "instance-data.ec2.internal",  # AWS EC2
    "metadata.azure.com",  # Azure (the service itself answers on 169.254.169.254)
    "metadata.tencentyun.com",  # Tencent Cloud
})
#: addresses of cloud metadata and platform services outside the link-local range
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254",  # AWS, Google, Azure, OpenStack, Oracle, DigitalOcean ... (link-local anyway)
    "169.254.170.2",  # AWS ECS task metadata (link-local anyway)
    "fd00:ec2::254",  # AWS EC2 metadata over IPv6
    "100.100.100.200",  # Alibaba Cloud
    "168.63.129.16",  # Azure platform services (WireServer), a public-range address
))
#: name suffixes of intranet names: private when they do not resolve here (through a proxy)
INTRANET_SUFFIXES = (".internal", ".local", ".localdomain", ".lan", ".home.arpa", ".intranet",
                     ".corp", ".home", ".private")

_NETWORKS = [(ipaddress.ip_network(net), kind) for net, kind in (
    ("0.0.0.0/8", UNSPECIFIED),  # "this network": 0.0.0.0 reaches the local host on Linux
    ("10.0.0.0/8", PRIVATE),
    ("100.64.0.0/10", SHARED),  # carrier-grade NAT
    ("127.0.0.0/8", LOOPBACK),
    ("169.254.0.0/16", LINK_LOCAL),
    ("172.16.0.0/12", PRIVATE),
    ("192.0.0.0/24", RESERVED),
    ("192.0.2.0/24", RESERVED),
    ("192.168.0.0/16", PRIVATE),
    ("198.18.0.0/15", RESERVED),
    ("198.51.100.0/24", RESERVED),
    ("203.0.113.0/24", RESERVED),
    ("224.0.0.0/4", MULTICAST),
    ("240.0.0.0/4", RESERVED),  # and 255.255.255.255, broadcast
    ("::/128", UNSPECIFIED),
    ("::1/128", LOOPBACK),
    ("fe80::/10", LINK_LOCAL),
    ("fec0::/10", PRIVATE),  # the former site-local addresses
    ("fc00::/7", PRIVATE),  # unique local addresses
    ("ff00::/8", MULTICAST),
    ("2001:db8::/32", RESERVED),
    ("100::/64", RESERVED),
)]
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_ARTICLES = {UNSPECIFIED: "an"}


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address leads to (mapped, NAT64, 6to4), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.sixtofour


def address_kind(ip: IPAddress) -> str:
    """The kind of network an address is on: ``public``, ``loopback``, ``private`` ..."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            ip = ipaddress.IPv6Address(str(ip).split("%", 1)[0])
        inner = _embedded_ipv4(ip)
        if inner is not None:
            return address_kind(inner)
    if ip in METADATA_ADDRESSES:
        return METADATA
    for network, kind in _NETWORKS:
        if ip.version == network.version and ip in network:
            return kind
    return PUBLIC if ip.is_global else RESERVED


def show(ip: IPAddress) -> str:
    """An address as a reason shows it: IPv4-mapped IPv6 with its IPv4 part dotted."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return f"::ffff:{ip.ipv4_mapped}"
    return str(ip)


def _numeric_readings(host: str) -> list[IPAddress]:
    """The IPv4 addresses a numeric host (``2130706433``, ``0x7f.1``, ``010.0.0.1``) can mean."""
    if not host or not host[0].isdigit() or any(c not in "0123456789abcdefx." for c in host):
        return []
    readings: list[IPAddress] = []
    try:  # how getaddrinfo and most resolvers read it: octal, hex, short forms
        readings.append(ipaddress.IPv4Address(socket.inet_aton(host)))
    except OSError:
        pass
    parts = host.split(".")
    if len(parts) == 4 and all(p.isdigit() for p in parts):  # leading zeros read as decimal
        try:
            readings.append(ipaddress.IPv4Address(".".join(str(int(p)) for p in parts)))
        except ValueError:
            pass
    return readings


def parse_host(host: str) -> list[IPAddress]:
    """The address(es) a host written as an IP address means; ``[]`` for a host name."""
    host = host.strip().strip("[]").rstrip(".").lower()
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        return _numeric_readings(host)


def name_kind(name: str) -> str | None:
    """The kind a host name has by itself: ``metadata``, ``loopback`` (``localhost``), else None."""
    name = name.strip().rstrip(".").lower()
    if name in METADATA_NAMES:
        return METADATA
    if name == "localhost" or name.endswith(".localhost"):
        return LOOPBACK
    return None


def is_intranet_name(name: str) -> bool:
    """A name only an intranet's resolver knows: a single label or a private-use suffix."""
    name = name.strip().rstrip(".").lower()
    return "." not in name or name.endswith(INTRANET_SUFFIXES)


def static_kinds(host: str) -> list[tuple[str, str]]:
    """``(kind, shown)`` for what a host says by itself, without resolving it.

    Empty for an ordinary host name, which has to be resolved. A percent-encoded
    host is judged as written and decoded (a proxy may decode it).
    """
    found: list[tuple[str, str]] = []
    for spelling in dict.fromkeys([host, unquote(host)]):
        ips = parse_host(spelling)
        found += [(address_kind(ip), show(ip)) for ip in ips]
        kind = None if ips else name_kind(spelling)
        if kind:
            found.append((kind, spelling.rstrip(".").lower()))
    return found


def resolve(host: str) -> list[IPAddress]:
    """Every address ``getaddrinfo`` gives for a host (blocking: call it in a thread)."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise DNSLookupError(f"{host}: {exc}") from None
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos))


def threaded_lookup(timeout: float) -> Lookup:
    """A :data:`Lookup` running :func:`resolve` in the reactor's thread pool."""
    from twisted.internet import reactor, threads

    def lookup(host: str) -> defer.Deferred[list[IPAddress]]:
        d = threads.deferToThread(resolve, host)
        if timeout:
            d.addTimeout(timeout, reactor)
        return d

    return lookup


class AddressRefused(IgnoreRequest):
    """A link or redirect to an address the crawl does not go to; the message is the reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def refusal(kind: str, shown: str, redirect: bool) -> str:
    """The failure reason for refusing an address of this kind."""
    what = "redirect" if redirect else "link"
    if kind in NEVER:
        return f"refused: {what} to a link-local or cloud metadata address ({shown})"
    return f"refused: {what} to {_ARTICLES.get(kind, 'a')} {kind} address ({shown})"


class _Memo:
    """Results of a Deferred-returning function by key; concurrent callers share one call.

    Results are kept for the crawl; failures for ``failure_ttl`` seconds, so that a host
    that does not resolve is not asked about again for every link to it.
    """

    def __init__(self, function: Callable[[str], defer.Deferred[Any]], failure_ttl: float = 60.0) -> None:
        self._function = function
        self._failure_ttl = failure_ttl
        self._done: dict[str, Any] = {}
        self._failed: dict[str, tuple[Failure, float]] = {}
        self._waiting: dict[str, list[defer.Deferred[Any]]] = {}

    def __call__(self, key: str) -> defer.Deferred[Any]:
        if key in self._done:
            return defer.succeed(self._done[key])
        if key in self._failed:
            failure, until = self._failed[key]
            if time.monotonic() < until:
                return defer.fail(failure)
            del self._failed[key]
        mine: defer.Deferred[Any] = defer.Deferred()
        if key in self._waiting:
            self._waiting[key].append(mine)
            return mine
        self._waiting[key] = [mine]

        def settle(result: Any) -> None:
            if isinstance(result, Failure):
                self._failed[key] = (result, time.monotonic() + self._failure_ttl)
            else:
                self._done[key] = result
            for waiter in self._waiting.pop(key):
                waiter.errback(result) if isinstance(result, Failure) else waiter.callback(result)

        defer.maybeDeferred(self._function, key).addBoth(settle)
        return mine


class AddressPolicyMiddleware:
    """Refuses links and redirects to private, link-local and metadata addresses (see the module)."""

    def __init__(self, settings: BaseSettings, crawler: Crawler | None = None,
                 lookup: Lookup | None = None) -> None:
        self.crawler = crawler
        self.allow_private = settings.getbool("NEWSARCHIVE_ALLOW_PRIVATE")
        self.proxy_enabled = settings.getbool("HTTPPROXY_ENABLED")
        self.proxies = getproxies() if self.proxy_enabled else {}
        self._resolver = _resolver_path(settings)
        self._lookup = _Memo(lookup or threaded_lookup(settings.getfloat("DNS_TIMEOUT")))
        self._seeds: frozenset[str] | None = None
        self._seed_robots: frozenset[str] = frozenset()
        self._seed_kinds: _Memo = _Memo(self._find_seed_kinds)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressPolicyMiddleware:
        return cls(crawler.settings, crawler)

    # -- which requests are the user's own ------------------------------------------
    def set_seeds(self, urls: Iterable[str]) -> None:
        """The URLs the user gave (seeds and feeds); by default the spider's."""
        given = list(urls)
        seeds = frozenset([*given, *(safe_url_string(url) for url in given)])  # as Request spells them
        self._seeds = seeds
        robots = set()
        for url in seeds:
            parts = urlsplit(url)
            robots.add(f"{parts.scheme}://{parts.netloc}/robots.txt")
        self._seed_robots = frozenset(robots)

    def _user_seeds(self) -> frozenset[str]:
        if self._seeds is None:
            spider = self.crawler.spider if self.crawler is not None else None
            self.set_seeds([*getattr(spider, "seed_urls", ()), *getattr(spider, "feed_urls", ())])
        assert self._seeds is not None
        return self._seeds

    def is_users_choice(self, request: Request) -> bool:
        """A seed (or its robots.txt) as given, not reached by a redirect nor by a link."""
        if request.meta.get("redirect_urls") or request.meta.get(DEPTH_KEY, 0):
            return False
        seeds = self._user_seeds()
        return request.url in seeds or request.url in self._seed_robots

    def is_proxied(self, request: Request) -> bool:
        """Whether the request goes through a proxy (which then resolves the host itself)."""
        if "proxy" in request.meta:
            return request.meta["proxy"] is not None
        parts = urlparse_cached(request)
        return bool(parts.scheme in self.proxies and parts.hostname and not proxy_bypass(parts.hostname))

    # -- the check ---------------------------------------------------------------------
    async def process_request(self, request: Request) -> None:
        if self.is_users_choice(request):
            return
        host = urlparse_cached(request).hostname
        if not host:
            return  # not a URL the download handler can fetch either
        proxied = self.is_proxied(request)
        kinds = static_kinds(host)
        resolved: list[IPAddress] = []
        if not kinds:  # an ordinary host name: what it resolves to
            try:
                resolved = await maybe_deferred_to_future(self._lookup(host))
            except (DNSLookupError, defer.TimeoutError):
                if not proxied:
                    raise CannotResolveHostError(f"no address for {host}") from None
                if is_intranet_name(host):
                    kinds = [(PRIVATE, host)]
            kinds += [(address_kind(ip), show(ip)) for ip in [*resolved, *self._cached(host)]]
        reason = await self._refusal(kinds, redirect=bool(request.meta.get("redirect_urls")))
        if reason:
            logger.debug("%s: %s", reason, request)
            raise AddressRefused(reason)
        if resolved and not proxied:
            self._pin(host, resolved)

    async def _refusal(self, kinds: list[tuple[str, str]], redirect: bool) -> str | None:
        for kind, shown in kinds:
            if kind in NEVER:
                return refusal(kind, shown, redirect)
        for kind, shown in kinds:
            if kind == PUBLIC or self.allow_private:
                continue
            if kind not in await maybe_deferred_to_future(self._seed_kinds("")):
                return refusal(kind, shown, redirect)
        return None

    def _find_seed_kinds(self, _: str) -> defer.Deferred[frozenset[str]]:
        """The kinds of network the seeds' hosts are on (resolved once, when first needed)."""
        hosts = {urlsplit(url).hostname for url in self._user_seeds()} - {None, ""}
        kinds: set[str] = set()
        names = []
        for host in hosts:
            found = static_kinds(host)
            kinds.update(kind for kind, _ in found)
            if not found:
                names.append(host)
        lookups = [self._lookup(name).addErrback(lambda _: []) for name in names]

        def collect(results: list[list[IPAddress]]) -> frozenset[str]:
            for addresses in results:
                kinds.update(address_kind(ip) for ip in addresses)
            return frozenset(kinds)

        return defer.gatherResults(lookups).addCallback(collect)

    # -- Scrapy's DNS cache: check what it holds, pin what was checked -------------------
    def _cached(self, host: str) -> list[IPAddress]:
        """Addresses Scrapy's DNS cache already holds for the host (those are what it uses)."""
        from scrapy.resolver import dnscache

        entry = dnscache.get(host)
        values = entry if isinstance(entry, list) else [entry] if entry else []
        found = []
        for value in values:
            try:
                found.append(ipaddress.ip_address(getattr(value, "host", value)))
            except ValueError:
                continue
        return found

    def _pin(self, host: str, addresses: list[IPAddress]) -> None:
        """Make the download connect to the addresses checked, not to a second answer."""
        from scrapy.resolver import dnscache

        if host in dnscache:
            return
        if self._resolver.endswith("CachingThreadedResolver"):
            ipv4 = next((ip for ip in addresses if ip.version == 4), None)
            if ipv4 is not None:  # that resolver is IPv4 only
                dnscache[host] = str(ipv4)
        elif self._resolver.endswith("CachingHostnameResolver"):
            from twisted.internet.address import IPv4Address, IPv6Address

            dnscache[host] = [IPv4Address("TCP", str(ip), 0) if ip.version == 4 else IPv6Address("TCP", str(ip), 0)
                              for ip in addresses]


def _resolver_path(settings: BaseSettings) -> str:
    """The DNS resolver class Scrapy installs (as Crawler does: DNS_RESOLVER is the old name)."""
    resolver = settings.get("TWISTED_DNS_RESOLVER") or ""
    old_priority = settings.getpriority("DNS_RESOLVER") or 0
    if old_priority > (settings.getpriority("TWISTED_DNS_RESOLVER") or 0) and old_priority > 0:
        resolver = settings.get("DNS_RESOLVER") or resolver
    return str(resolver)
