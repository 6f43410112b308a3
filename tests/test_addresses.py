"""Links and redirects to internal addresses: classification, the middleware, a real crawl.

The end-to-end tests crawl a page full of links to internal addresses through a stub
HTTP proxy on 127.0.0.1 that logs every request line and connects to nothing but the
test site: whatever the policy let through would show in its log. The crawl runs with
:data:`PATCH`, which stands in for name lookups and refuses (and notes) any connection
that is not to 127.0.0.1, so nothing leaves the machine even if the policy failed.
"""

from __future__ import annotations

import asyncio
import http.client
import ipaddress
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from helpers import FAST
from scrapy.exceptions import CannotResolveHostError
from scrapy.http import Request
from scrapy.resolver import dnscache
from scrapy.settings import Settings
from twisted.internet import defer
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from newsarchive.crawl.addresses import (
    AddressPolicyMiddleware,
    AddressRefused,
    address_kind,
    is_intranet_name,
    parse_host,
    static_kinds,
)
from newsarchive.demo.server import SiteRequestHandler, SiteServer
from newsarchive.failures import failure_reason

DEPTH = "newsarchive_depth"
#: a public address the stub proxy serves the test site under (it never connects to it)
PUBLIC_IP = "93.184.215.14"

# -- classification ------------------------------------------------------------------


@pytest.mark.parametrize(("host", "kind", "shown"), [
    ("169.254.169.254", "metadata", "169.254.169.254"),
    ("169.254.1.1", "link-local", "169.254.1.1"),
    ("[fe80::1]", "link-local", "fe80::1"),
    ("fd00:ec2::254", "metadata", "fd00:ec2::254"),
    ("100.100.100.200", "metadata", "100.100.100.200"),
    ("metadata.google.internal", "metadata", "metadata.google.internal"),
    ("METADATA.Google.Internal.", "metadata", "metadata.google.internal"),
    ("metadata", "metadata", "metadata"),
    ("instance-data", "metadata", "instance-data"),
    ("10.0.0.1", "private", "10.0.0.1"),
    ("172.16.5.4", "private", "172.16.5.4"),
    ("192.168.1.1", "private", "192.168.1.1"),
    ("fd12:3456::1", "private", "fd12:3456::1"),
    ("127.0.0.1", "loopback", "127.0.0.1"),
    ("127.8.9.10", "loopback", "127.8.9.10"),
    ("::1", "loopback", "::1"),
    ("localhost", "loopback", "localhost"),
    ("news.localhost", "loopback", "news.localhost"),
    ("2130706433", "loopback", "127.0.0.1"),  # decimal
    ("0x7f000001", "loopback", "127.0.0.1"),  # hex
    ("0x7f.1", "loopback", "127.0.0.1"),
    ("127.1", "loopback", "127.0.0.1"),  # short
    ("017700000001", "loopback", "127.0.0.1"),
    ("2852039166", "metadata", "169.254.169.254"),  # 169.254.169.254 in decimal
    ("0xa9.0xfe.0xa9.0xfe", "metadata", "169.254.169.254"),
    ("::ffff:169.254.169.254", "metadata", "::ffff:169.254.169.254"),
    ("::ffff:10.0.0.1", "private", "::ffff:10.0.0.1"),
    ("64:ff9b::a00:1", "private", "64:ff9b::a00:1"),  # NAT64 of 10.0.0.1
    ("2002:a00:1::", "private", "2002:a00:1::"),  # 6to4 of 10.0.0.1
    ("%31%30.0.0.1", "private", "10.0.0.1"),  # percent-encoded: a proxy may decode it
    ("100.64.0.1", "shared", "100.64.0.1"),
    ("224.0.0.251", "multicast", "224.0.0.251"),
    ("ff02::1", "multicast", "ff02::1"),
    ("0.0.0.0", "unspecified", "0.0.0.0"),
    ("0", "unspecified", "0.0.0.0"),
    ("::", "unspecified", "::"),
    ("240.0.0.1", "reserved", "240.0.0.1"),
    ("255.255.255.255", "reserved", "255.255.255.255"),
    ("192.0.2.1", "reserved", "192.0.2.1"),
    ("2001:db8::1", "reserved", "2001:db8::1"),
    ("8.8.8.8", "public", "8.8.8.8"),
    ("2606:4700::1111", "public", "2606:4700::1111"),
    ("168.63.129.16", "metadata", "168.63.129.16"),
])
def test_static_kinds(host: str, kind: str, shown: str) -> None:
    assert (kind, shown) in static_kinds(host)
    assert {k for k, _ in static_kinds(host)} == {kind}


def test_ambiguous_leading_zeros_are_read_both_ways() -> None:
    # inet_aton reads 010 as octal (8), a proxy may read it as decimal (10): both count
    assert {kind for kind, _ in static_kinds("010.0.0.1")} == {"public", "private"}
    assert set(static_kinds("0177.0.0.1")) == {("loopback", "127.0.0.1"), ("public", "177.0.0.1")}


@pytest.mark.parametrize("host", ["example.com", "news.example.org", "1e100.net", "0x.de", "123.example",
                                  "xn--mnchen-3ya.de", "deadbeef.com"])
def test_host_names_need_resolving(host: str) -> None:
    assert static_kinds(host) == []
    assert parse_host(host) == []


def test_intranet_names() -> None:
    assert all(map(is_intranet_name, ["intranet", "router.lan", "nas.local", "db.internal", "x.home.arpa", "wiki.corp."]))
    assert not any(map(is_intranet_name, ["example.com", "bbc.co.uk", "news.internal.example.org"]))


def test_address_kind_of_ipv6_with_zone() -> None:
    assert address_kind(ipaddress.ip_address("fe80::1%eth0")) == "link-local"


# -- the middleware, with a stand-in resolver --------------------------------------------


class FakeDNS:
    """Answers from a table and counts the questions; unknown names fail like NXDOMAIN."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table
        self.asked: list[str] = []

    def __call__(self, host: str) -> defer.Deferred:
        self.asked.append(host)
        if host not in self.table:
            return defer.fail(DNSLookupError(host))
        return defer.succeed([ipaddress.ip_address(a) for a in self.table[host]])


DNS_TABLE = {
    "news.example": ["93.184.215.14"],
    "intranet.example": ["10.1.2.3"],
    "mixed.example": ["93.184.215.14", "192.168.0.7"],
    "rebind.example": ["93.184.215.15"],
    "meta.example": ["169.254.169.254"],
    "v6meta.example": ["fd00:ec2::254"],
    "lan-seed.example": ["192.168.1.5"],
}


@pytest.fixture
def dns() -> FakeDNS:
    return FakeDNS(DNS_TABLE)


@pytest.fixture(autouse=True)
def clean_dnscache() -> Iterator[None]:
    before = dict(dnscache)
    yield
    dnscache.clear()
    dnscache.update(before)


def middleware(dns: FakeDNS, seeds: list[str], **settings: object) -> AddressPolicyMiddleware:
    mw = AddressPolicyMiddleware(Settings({"HTTPPROXY_ENABLED": False, **settings}), lookup=dns)
    mw.set_seeds(seeds)
    return mw


def check(mw: AddressPolicyMiddleware, url: str, depth: int = 1, redirected_from: str | None = None,
          **meta: object) -> str | None:
    """None when the request may go, else the reason it was refused."""
    meta = {DEPTH: depth, **meta}
    if redirected_from:
        meta["redirect_urls"] = [redirected_from]
    try:
        asyncio.run(mw.process_request(Request(url, meta=meta)))
    except AddressRefused as exc:
        assert failure_reason(Failure(exc)) == exc.reason == str(exc)
        return exc.reason
    return None


def test_seeds_are_the_users_choice(dns: FakeDNS) -> None:
    seeds = ["http://169.254.169.254/latest/", "http://10.0.0.1/admin", "http://metadata.google.internal/"]
    mw = middleware(dns, seeds)
    for seed in seeds:
        assert check(mw, seed, depth=0) is None
    assert check(mw, "http://10.0.0.1/robots.txt", depth=0) is None
    assert dns.asked == []


def test_links_never_reach_link_local_or_metadata(dns: FakeDNS) -> None:
    mw = middleware(dns, ["http://169.254.1.1/"], NEWSARCHIVE_ALLOW_PRIVATE=True)  # even so
    assert check(mw, "http://169.254.169.254/latest/meta-data/") == \
        "refused: link to a link-local or cloud metadata address (169.254.169.254)"
    assert check(mw, "http://metadata.google.internal/computeMetadata/v1/") == \
        "refused: link to a link-local or cloud metadata address (metadata.google.internal)"
    assert check(mw, "http://169.254.1.1/other") == "refused: link to a link-local or cloud metadata address (169.254.1.1)"
    assert check(mw, "http://meta.example/") == "refused: link to a link-local or cloud metadata address (169.254.169.254)"
    assert check(mw, "http://v6meta.example/") == "refused: link to a link-local or cloud metadata address (fd00:ec2::254)"
    assert check(mw, "http://[::ffff:169.254.169.254]/") is not None
    assert check(mw, "http://2852039166/") is not None


def test_a_redirect_from_a_seed_is_checked(dns: FakeDNS) -> None:
    seed = "http://news.example/a"
    mw = middleware(dns, [seed])
    assert check(mw, "http://169.254.169.254/", depth=0, redirected_from=seed) == \
        "refused: redirect to a link-local or cloud metadata address (169.254.169.254)"
    assert check(mw, "http://10.0.0.1/", depth=0, redirected_from=seed) == \
        "refused: redirect to a private address (10.0.0.1)"
    # a seed URL reached by a redirect is not the user's choice any more
    assert check(mw, "http://10.0.0.1/", depth=0, redirected_from="http://news.example/b") is not None
    assert check(mw, "http://news.example/c", depth=0, redirected_from=seed) is None


def test_public_seeds_keep_links_off_private_networks(dns: FakeDNS) -> None:
    mw = middleware(dns, ["http://news.example/a"])
    assert check(mw, "http://10.0.0.1/") == "refused: link to a private address (10.0.0.1)"
    assert check(mw, "http://127.0.0.1:8080/") == "refused: link to a loopback address (127.0.0.1)"
    assert check(mw, "http://localhost/") == "refused: link to a loopback address (localhost)"
    assert check(mw, "http://2130706433:8080/x") == "refused: link to a loopback address (127.0.0.1)"
    assert check(mw, "http://100.64.0.1/") == "refused: link to a shared address (100.64.0.1)"
    assert check(mw, "http://0.0.0.0:8000/") == "refused: link to an unspecified address (0.0.0.0)"
    assert check(mw, "http://[ff02::1]/") == "refused: link to a multicast address (ff02::1)"
    assert check(mw, "http://intranet.example/") == "refused: link to a private address (10.1.2.3)"
    assert check(mw, "http://mixed.example/") == "refused: link to a private address (192.168.0.7)"
    assert check(mw, "https://news.example/b") is None
    assert check(mw, "http://8.8.8.8/") is None


def test_feed_entries_count_as_links(dns: FakeDNS) -> None:
    mw = middleware(dns, ["http://news.example/feed.xml"])
    assert check(mw, "http://10.0.0.1/entry", depth=0) == "refused: link to a private address (10.0.0.1)"
    # the robots.txt of a host that is no seed's is checked like a link
    assert check(mw, "http://10.0.0.1/robots.txt", depth=0) is not None


def test_loopback_seeds_allow_loopback_links_only(dns: FakeDNS) -> None:
    mw = middleware(dns, ["http://127.0.0.1:8000/a"])
    for url in ["http://127.0.0.1:8000/b", "http://localhost:8000/", "http://2130706433:8000/x",
                "http://127.1:8000/", "http://[::1]:8000/", "http://user:pass@127.0.0.1:8000/y"]:
        assert check(mw, url) is None, url
    assert check(mw, "http://10.0.0.1/") == "refused: link to a private address (10.0.0.1)"
    assert check(mw, "http://169.254.169.254/") is not None


def test_a_seed_on_a_private_network_allows_that_kind(dns: FakeDNS) -> None:
    mw = middleware(dns, ["http://lan-seed.example/news"])
    assert check(mw, "http://10.0.0.1/") is None  # private, like the seed's 192.168.1.5
    assert check(mw, "http://127.0.0.1/") == "refused: link to a loopback address (127.0.0.1)"
    assert check(mw, "http://169.254.169.254/") is not None


def test_allow_private(dns: FakeDNS) -> None:
    mw = middleware(dns, ["http://news.example/"], NEWSARCHIVE_ALLOW_PRIVATE=True)
    assert check(mw, "http://10.0.0.1/") is None
    assert check(mw, "http://localhost/") is None
    assert check(mw, "http://169.254.169.254/") is not None
    assert check(mw, "http://metadata/") is not None


def test_lookups_are_cached_per_host(dns: FakeDNS) -> None:
    mw = middleware(dns, ["http://news.example/"])
    for path in ("a", "b", "c"):
        check(mw, f"http://intranet.example/{path}")
        check(mw, f"https://news.example/{path}")
    assert sorted(dns.asked) == ["intranet.example", "news.example"]  # news.example: as a seed host, once


def test_the_checked_address_is_pinned_for_the_download(dns: FakeDNS) -> None:
    mw = middleware(dns, ["http://news.example/"])
    assert check(mw, "http://rebind.example/") is None
    assert dnscache["rebind.example"] == "93.184.215.15"  # CachingThreadedResolver's format
    mw = middleware(dns, ["http://news.example/"], TWISTED_DNS_RESOLVER="scrapy.resolver.CachingHostnameResolver")
    dnscache.clear()
    assert check(mw, "http://rebind.example/") is None
    assert [a.host for a in dnscache["rebind.example"]] == ["93.184.215.15"]


def test_what_scrapys_dns_cache_holds_is_checked(dns: FakeDNS) -> None:
    dnscache["rebind.example"] = "10.9.9.9"  # what the download would connect to
    mw = middleware(dns, ["http://news.example/"])
    assert check(mw, "http://rebind.example/") == "refused: link to a private address (10.9.9.9)"


def test_unresolvable_names(dns: FakeDNS) -> None:
    mw = middleware(dns, ["http://news.example/"])
    with pytest.raises(CannotResolveHostError):
        check(mw, "http://nowhere.example/")
    assert failure_reason(Failure(CannotResolveHostError("no address for nowhere.example"))) == "DNS lookup failed"
    # through a proxy, which resolves names itself: judged by the name
    proxy = {"proxy": "http://127.0.0.1:3128"}
    assert check(mw, "http://nowhere.example/", **proxy) is None
    assert check(mw, "http://intranet/", **proxy) == "refused: link to a private address (intranet)"
    assert check(mw, "http://wiki.corp.internal/", **proxy) == "refused: link to a private address (wiki.corp.internal)"
    assert check(mw, "http://metadata.google.internal/", **proxy) is not None
    assert check(mw, "http://10.0.0.1/", **proxy) is not None


def test_env_proxy_is_noticed(dns: FakeDNS, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:3128")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    mw = middleware(dns, ["http://news.example/"], HTTPPROXY_ENABLED=True)
    assert mw.is_proxied(Request("http://nowhere.example/"))
    assert not mw.is_proxied(Request("http://nowhere.example/", meta={"proxy": None}))
    assert check(mw, "http://nowhere.example/") is None
    assert check(mw, "http://2130706433/") == "refused: link to a loopback address (127.0.0.1)"


# -- a real crawl through a stub proxy -------------------------------------------------


class StubProxy(ThreadingHTTPServer):
    """Logs every request line; forwards what is for the test site, answers 502 to the rest.

    It connects to the site on 127.0.0.1 only, for targets on 127.0.0.1:SITE_PORT or on
    ``PUBLIC_IP`` (the site posing as a public server), never anywhere else.
    """

    daemon_threads = True

    def __init__(self, site_port: int) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.site_port = site_port
        self.lines: list[str] = []
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _ProxyHandler(BaseHTTPRequestHandler):
    server: StubProxy
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.lines.append(self.requestline)
        target = urlsplit(self.path)
        if target.hostname in ("127.0.0.1", PUBLIC_IP) and (target.port or 80) in (self.server.site_port, 80):
            self._forward(target)
        else:
            self._answer(HTTPStatus.BAD_GATEWAY, b"stub proxy: not forwarded\n")

    do_HEAD = do_GET
    do_CONNECT = do_GET
    do_POST = do_GET

    def _forward(self, target) -> None:
        path = target.path + (f"?{target.query}" if target.query else "")
        conn = http.client.HTTPConnection("127.0.0.1", self.server.site_port, timeout=10)
        try:
            conn.request("GET", path, headers={"Host": target.netloc.rpartition("@")[2]})
            reply = conn.getresponse()
            body = reply.read()
            self.send_response(reply.status)
            for name, value in reply.getheaders():
                if name.lower() not in ("content-length", "connection", "transfer-encoding", "keep-alive"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        finally:
            conn.close()

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def hostile_page(host: str, port: int) -> bytes:
    """An article whose text links to internal addresses (and to two pages of its own site)."""
    links = [
        "http://169.254.169.254/latest/meta-data/",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://10.0.0.1/",
        "http://0x0a.0.0.2/",
        "http://[::ffff:169.254.169.254]/",
        f"http://2130706433:{port}/x",
        f"http://localhost:{port}/z",
        f"http://user:pass@127.0.0.1:{port}/y",
        f"http://{host}/to-metadata",
        f"http://{host}/to-private",
    ]
    paragraphs = "\n".join(
        f'<p>Paragraph {n} of the report cites <a href="{url}">a source document number {n}</a> '
        f"that the newsroom examined in detail before publication this week.</p>"
        for n, url in enumerate(links, 1))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council Publishes Its Network Audit</title>
<meta property="og:type" content="article"><meta property="og:title" content="Council Publishes Its Network Audit">
<meta property="article:published_time" content="2024-05-02T10:00:00+00:00"></head>
<body><article><h1>Council Publishes Its Network Audit</h1>
<p>The city council on Thursday published the audit of its computer network, a document of
more than two hundred pages that lists every server the administration runs.</p>
{paragraphs}
<p>The council said the audit would be repeated every year from now on.</p>
</article></body></html>""".encode()


def names_page(port: int) -> bytes:
    """An article linking to host names (resolved by the stand-in resolver of :data:`PATCH`)."""
    links = ["http://intranet.test/", f"http://news.test:{port}/y", "http://nowhere.test/",
             f"http://rebind.test:{port}/y"]
    paragraphs = "\n".join(
        f'<p>Paragraph {n} of the report cites <a href="{url}">a source document number {n}</a> '
        f"that the newsroom examined in detail before publication this week.</p>"
        for n, url in enumerate(links, 1))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Names And Addresses</title><meta property="og:type" content="article"></head>
<body><article><h1>Names And Addresses</h1>
<p>The council's audit names its servers by name, and every name leads to an address.</p>
{paragraphs}</article></body></html>""".encode()


def small_article(title: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:type" content="article"></head><body><article><h1>{title}</h1>'
            f"<p>{title} is a short article of the test site with a paragraph of plain text in it, "
            f"long enough to count as an article body for the extractor.</p></article></body></html>").encode()


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    server = SiteServer(tmp_path_factory.mktemp("hostile"))

    def page(handler: SiteRequestHandler) -> None:
        host = handler.headers.get("Host", f"127.0.0.1:{server.port}")
        handler.send_page(HTTPStatus.OK, hostile_page(host, server.port))

    def article(handler: SiteRequestHandler) -> None:
        handler.send_page(HTTPStatus.OK, small_article("Page " + handler.request_path.strip("/")))

    def names(handler: SiteRequestHandler) -> None:
        handler.send_page(HTTPStatus.OK, names_page(server.port))

    server.routes = {
        "/names": names,
        "/audit": page,
        "/y": article,
        "/to-metadata": lambda h: h.redirect("http://169.254.169.254/latest/meta-data/iam/", HTTPStatus.FOUND),
        "/to-private": lambda h: h.redirect("http://10.0.0.1/admin", HTTPStatus.FOUND),
    }
    with server:
        yield server


@pytest.fixture
def proxy(hostile_site: SiteServer) -> Iterator[StubProxy]:
    server = StubProxy(hostile_site.port)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def run_guarded(args: list[str], env: dict[str, str], log: Path) -> subprocess.CompletedProcess:
    """The CLI in a process where no connection leaves 127.0.0.1 and no name is looked up for real."""
    env = {**env, "GUARD_LOG": str(log)}
    log.touch()
    return subprocess.run([sys.executable, "-c", PATCH, *args], capture_output=True, text=True, timeout=120,
                          env=env, check=False)


def dialled(log: Path) -> list[str]:
    """The addresses other than loopback the guarded crawl tried to connect to."""
    return [e[1] for e in map(json.loads, log.read_text().splitlines()) if e[0] == "connect"]


def crawl_through(proxy: StubProxy, seed: str, out: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update({"http_proxy": proxy.url, "https_proxy": proxy.url, "no_proxy": ""})
    args = ["crawl", seed, "-o", str(out), "--depth", "1", *FAST, "-s", "HTTPPROXY_ENABLED=True",
            "-s", "RETRY_ENABLED=False", *extra]
    result = run_guarded(args, env, out.parent / "guard.jsonl")
    assert dialled(out.parent / "guard.jsonl") == []
    return result


def as_requested(link: str) -> str:
    """A link as Scrapy requests it: w3lib 2.6 and later write a host given as one number ("2130706433") in the dotted
    form ("127.0.0.1"), as browsers do; earlier ones keep the page's spelling."""
    return Request(link).url


NEVER_ASKED = ("169.254.169.254", "metadata.google.internal", "10.0.0.1", "10.0.0.2", "0x0a", "::ffff")


def test_crawl_from_a_loopback_seed_refuses_internal_links(proxy: StubProxy, hostile_site: SiteServer,
                                                           tmp_path: Path) -> None:
    port = hostile_site.port
    seed = f"http://127.0.0.1:{port}/audit"
    result = crawl_through(proxy, seed, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    asked = "\n".join(proxy.lines)
    assert f"GET {seed} " in asked  # the proxy was used
    for name in NEVER_ASKED:
        assert name not in asked, (name, asked)
    # loopback like the seed, so allowed: 2130706433, localhost, 127.0.0.1 with credentials
    assert f"GET {as_requested(f'http://2130706433:{port}/x')} " in asked
    assert f"GET http://localhost:{port}/z " in asked
    assert f"127.0.0.1:{port}/y " in asked
    err = result.stderr
    for line in [
        ("failed: refused: link to a link-local or cloud metadata address (169.254.169.254): "
         "http://169.254.169.254/latest/meta-data/"),
        ("failed: refused: link to a link-local or cloud metadata address (metadata.google.internal): "
         "http://metadata.google.internal/computeMetadata/v1/"),
        "failed: refused: link to a link-local or cloud metadata address (::ffff:169.254.169.254)",
        "failed: refused: link to a private address (10.0.0.1): http://10.0.0.1/",
        f"failed: refused: link to a private address (10.0.0.2): {as_requested('http://0x0a.0.0.2/')}",
        ("failed: refused: redirect to a link-local or cloud metadata address (169.254.169.254): "
         f"http://127.0.0.1:{port}/to-metadata (redirected to http://169.254.169.254/latest/meta-data/iam/)"),
        (f"failed: refused: redirect to a private address (10.0.0.1): http://127.0.0.1:{port}/to-private "
         "(redirected to http://10.0.0.1/admin)"),
    ]:
        assert line in err, (line, err)
    assert "Traceback" not in err


def test_crawl_with_allow_private_still_refuses_metadata(proxy: StubProxy, hostile_site: SiteServer,
                                                         tmp_path: Path) -> None:
    seed = f"http://127.0.0.1:{hostile_site.port}/audit"
    result = crawl_through(proxy, seed, tmp_path / "out", "-s", "NEWSARCHIVE_ALLOW_PRIVATE=True")
    assert result.returncode == 0, result.stderr
    asked = "\n".join(proxy.lines)
    assert "GET http://10.0.0.1/ " in asked  # the stub proxy answers 502 and connects nowhere
    assert "GET http://10.0.0.1/admin " in asked  # the redirect, too
    for name in ("169.254.169.254", "metadata.google.internal", "::ffff"):
        assert name not in asked, (name, asked)
    assert "refused: link to a link-local or cloud metadata address (169.254.169.254)" in result.stderr
    assert "refused: redirect to a link-local or cloud metadata address (169.254.169.254)" in result.stderr


def test_crawl_from_a_public_seed_refuses_loopback_links(proxy: StubProxy, hostile_site: SiteServer,
                                                         tmp_path: Path) -> None:
    port = hostile_site.port
    seed = f"http://{PUBLIC_IP}/audit"  # served by the stub proxy from the test site
    result = crawl_through(proxy, seed, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    asked = "\n".join(proxy.lines)
    assert f"GET {seed} " in asked
    for name in (*NEVER_ASKED, "2130706433", "localhost", "127.0.0.1"):
        assert name not in asked, (name, asked)
    err = result.stderr
    numbered = as_requested(f"http://2130706433:{port}/x")
    assert f"failed: refused: link to a loopback address (127.0.0.1): {numbered}" in err
    assert f"failed: refused: link to a loopback address (localhost): http://localhost:{port}/z" in err
    assert "failed: refused: link to a private address (10.0.0.1): http://10.0.0.1/" in err


#: run in the crawl's process before the CLI: a stand-in resolver and a connection guard, so
#: that no name is looked up for real and no connection leaves 127.0.0.1 whatever happens.
#: getaddrinfo (what the policy asks) and gethostbyname (what Scrapy's resolver asks) answer
#: differently for rebind.test, like a DNS server rebinding a name between two questions.
PATCH = """
import errno, ipaddress, json, os, socket, sys
LOG = os.environ["GUARD_LOG"]
POLICY = {"intranet.test": "10.1.2.3", "news.test": "127.0.0.1", "rebind.test": "127.0.0.1"}
SCRAPY = {"rebind.test": "10.1.2.3"}
real_getaddrinfo = socket.getaddrinfo

def literal(host):
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None

def note(what):
    with open(LOG, "a") as f:
        f.write(json.dumps(what) + "\\n")

def getaddrinfo(host, port, *args, **kwargs):
    name = host.decode() if isinstance(host, bytes) else host
    address = literal(name) or {"localhost": "127.0.0.1", **POLICY}.get(name)
    note(["getaddrinfo", name])
    if address is None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return real_getaddrinfo(address, port, *args, **kwargs)

def gethostbyname(name):
    note(["gethostbyname", name])
    address = literal(name) or {"localhost": "127.0.0.1", **SCRAPY}.get(name)
    if address is None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return address

def allowed(address):
    try:
        return ipaddress.ip_address(address[0]).is_loopback
    except (ValueError, TypeError, IndexError):
        return False

real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

def connect(self, address):
    if not allowed(address):
        note(["connect", str(address[0])])
        raise ConnectionRefusedError(errno.ECONNREFUSED, "guarded")
    return real_connect(self, address)

def connect_ex(self, address):
    if not allowed(address):
        note(["connect", str(address[0])])
        return errno.ECONNREFUSED
    return real_connect_ex(self, address)

socket.getaddrinfo, socket.gethostbyname = getaddrinfo, gethostbyname
socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
from newsarchive.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_crawl_checks_what_names_resolve_to_and_connects_there(hostile_site: SiteServer, tmp_path: Path) -> None:
    port = hostile_site.port
    log = tmp_path / "guard.jsonl"
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}  # direct connections
    args = ["crawl", f"http://127.0.0.1:{port}/names", "-o", str(tmp_path / "out"), "--depth", "1", *FAST,
            "-s", "RETRY_ENABLED=False"]
    result = run_guarded(args, env, log)
    assert result.returncode == 0, result.stderr
    events = [tuple(json.loads(line)) for line in log.read_text().splitlines()]
    assert dialled(log) == [], events  # nothing but 127.0.0.1 was dialled
    err = result.stderr
    assert "failed: refused: link to a private address (10.1.2.3): http://intranet.test/" in err, err
    assert "failed: DNS lookup failed: http://nowhere.test/" in err, err
    assert "news.test" not in err and "rebind.test" not in err, err  # both fetched
    # the policy asked once per name; Scrapy's resolver used the address checked (pinned) instead of
    # asking again, so rebind.test never reached 10.1.2.3
    asked = [name for kind, name in events if kind == "getaddrinfo"]
    for name in ("intranet.test", "news.test", "rebind.test"):
        assert asked.count(name) == 1, events
    assert ("gethostbyname", "rebind.test") not in events, events
    uris = (tmp_path / "out" / "articles.jsonl").read_text()
    assert f"http://news.test:{port}/y" in uris and f"http://rebind.test:{port}/y" in uris
