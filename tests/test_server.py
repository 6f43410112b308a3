"""Tests of the local site server and of the bad-case routes of the ``site`` fixture."""

from __future__ import annotations

import gzip
import http.client
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import (  # what the /huge and /slow/ routes promise
    HUGE_BYTES,
    SLOW_SECONDS,
)

from newsarchive.demo.server import SiteServer, accepts_gzip, demo_site_root

SEED_PATH = "/2023/03/07/russias-losses-in-bakhmut-5-times-higher-than-ukraine-s-nato-estimates-a80410"
CP1251_PATH = "/ru/2023/03/07/poteri-rossii-pod-bakhmutom-a80411/"


def fetch(
    server: SiteServer, path: str, headers: dict[str, str] | None = None, method: str = "GET"
) -> tuple[http.client.HTTPResponse, bytes]:
    """One request on a fresh connection; redirects are not followed."""
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response, response.read()
    finally:
        conn.close()


def test_serves_index_with_and_without_trailing_slash(site: SiteServer) -> None:
    expected = (site.root / SEED_PATH.strip("/") / "index.html").read_bytes()
    for path in (SEED_PATH, SEED_PATH + "/", SEED_PATH + "/?utm_source=test"):
        response, body = fetch(site, path)
        assert response.status == 200
        assert body == expected
        assert response.headers["Content-Length"] == str(len(expected))
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"


def test_gzip_when_accepted(site: SiteServer) -> None:
    response, body = fetch(site, SEED_PATH, {"Accept-Encoding": "gzip, deflate"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert response.headers["Vary"] == "Accept-Encoding"
    assert int(response.headers["Content-Length"]) == len(body)
    assert gzip.decompress(body) == (site.root / SEED_PATH.strip("/") / "index.html").read_bytes()


@pytest.mark.parametrize("header", ["", "identity", "gzip;q=0", "br", "*;q=0"])
def test_no_gzip_when_not_accepted(site: SiteServer, header: str) -> None:
    response, body = fetch(site, SEED_PATH, {"Accept-Encoding": header})
    assert response.headers["Content-Encoding"] is None
    assert body.startswith(b"<!DOCTYPE html>")


def test_accepts_gzip_parsing() -> None:
    assert accepts_gzip("gzip;q=0.5, br")
    assert accepts_gzip("*")
    assert not accepts_gzip("*, gzip;q=0")
    assert not accepts_gzip(None)


def test_images_are_not_compressed(site: SiteServer) -> None:
    response, body = fetch(site, "/photo.jpg", {"Accept-Encoding": "gzip"})
    assert response.headers["Content-Type"] == "image/jpeg"
    assert response.headers["Content-Encoding"] is None
    assert body.startswith(b"\xff\xd8\xff") and body == (site.root / "photo.jpg").read_bytes()


def test_pdf(site: SiteServer) -> None:
    response, body = fetch(site, "/doc.pdf")
    assert response.headers["Content-Type"] == "application/pdf"
    assert body.startswith(b"%PDF-") and body.rstrip().endswith(b"%%EOF")


def test_legacy_encoding_page_has_no_charset_in_header(site: SiteServer) -> None:
    response, body = fetch(site, CP1251_PATH)
    assert response.headers["Content-Type"] == "text/html"
    assert b"<meta charset=windows-1251>" in body
    assert "Потери России под Бахмутом".encode("cp1251") in body


@pytest.mark.parametrize("encoding", ["", "gzip"])
def test_if_none_match_gives_304(site: SiteServer, encoding: str) -> None:
    first, _ = fetch(site, SEED_PATH, {"Accept-Encoding": encoding})
    etag = first.headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"')
    response, body = fetch(site, SEED_PATH, {"Accept-Encoding": encoding, "If-None-Match": etag})
    assert response.status == 304
    assert body == b""
    assert response.headers["ETag"] == etag


def test_stale_etag_gives_200(site: SiteServer) -> None:
    response, body = fetch(site, SEED_PATH, {"If-None-Match": '"stale"'})
    assert response.status == 200
    assert body


def test_if_modified_since(site: SiteServer) -> None:
    first, _ = fetch(site, SEED_PATH)
    last_modified = first.headers["Last-Modified"]
    assert fetch(site, SEED_PATH, {"If-Modified-Since": last_modified})[0].status == 304
    old = "Mon, 06 Mar 2000 00:00:00 GMT"
    assert fetch(site, SEED_PATH, {"If-Modified-Since": old})[0].status == 200


@pytest.mark.parametrize(
    "path", ["/no/such/page/", "/images/", "/images", "/../conftest.py", "/%2e%2e/conftest.py", "/index.html/x"]
)
def test_missing_paths_and_folders_get_404(site: SiteServer, path: str) -> None:
    response, body = fetch(site, path)
    assert response.status == 404
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"Page not found" in body


def test_head_sends_headers_only(site: SiteServer) -> None:
    get, body = fetch(site, SEED_PATH)
    head, empty = fetch(site, SEED_PATH, method="HEAD")
    assert head.status == 200 and empty == b""
    assert head.headers["Content-Length"] == get.headers["Content-Length"] == str(len(body))


def test_keep_alive_serves_several_requests_on_one_connection(site: SiteServer) -> None:
    conn = http.client.HTTPConnection(site.host, site.port, timeout=10)
    try:
        for path in ("/", SEED_PATH, "/no/such/page", "/robots.txt"):
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            assert not response.will_close
        sock = conn.sock
        conn.request("GET", "/")
        conn.getresponse().read()
        assert conn.sock is sock
    finally:
        conn.close()


def test_robots_txt(site: SiteServer) -> None:
    response, body = fetch(site, "/robots.txt")
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert b"Disallow: /private/" in body


def test_redirect_route(site: SiteServer) -> None:
    response, _ = fetch(site, "/redirect" + SEED_PATH + "?x=1")
    assert response.status == 301
    assert response.headers["Location"] == SEED_PATH + "?x=1"
    with urllib.request.urlopen(site.base_url + "/redirect" + SEED_PATH) as followed:
        assert urlsplit(followed.url).path == SEED_PATH


def test_redirect_loop(site: SiteServer) -> None:
    assert fetch(site, "/loop/a")[0].headers["Location"] == "/loop/b"
    assert fetch(site, "/loop/b")[0].headers["Location"] == "/loop/a"
    with pytest.raises(urllib.error.HTTPError, match="redirect"):
        urllib.request.urlopen(site.base_url + "/loop/a")


@pytest.mark.parametrize("code", [500, 404])
def test_status_routes(site: SiteServer, code: int) -> None:
    response, body = fetch(site, f"/status/{code}")
    assert response.status == code
    assert f"Status {code}".encode() in body


def test_slow_route(site: SiteServer) -> None:
    start = time.monotonic()
    response, body = fetch(site, "/slow/robots.txt")
    assert time.monotonic() - start >= SLOW_SECONDS - 0.1
    assert response.status == 200 and b"Disallow" in body


def test_slow_route_does_not_block_other_requests(site: SiteServer) -> None:
    conn = http.client.HTTPConnection(site.host, site.port, timeout=10)
    try:
        conn.request("GET", "/slow/")
        start = time.monotonic()
        assert fetch(site, "/robots.txt")[0].status == 200
        assert time.monotonic() - start < 1
        assert conn.getresponse().status == 200
    finally:
        conn.close()


def test_huge_route(site: SiteServer) -> None:
    response, body = fetch(site, "/huge")
    assert response.status == 200
    assert HUGE_BYTES * 0.95 < len(body) <= HUGE_BYTES * 1.05
    assert b"<h1>A Very Long Page</h1>" in body[:500]
    assert body.rstrip().endswith(b"</html>")


def test_chunked_route(site: SiteServer) -> None:
    response, body = fetch(site, "/chunked")
    assert response.headers["Transfer-Encoding"] == "chunked"
    assert response.headers["Content-Length"] is None
    assert body == (site.root / "streamed" / "index.html").read_bytes()


def test_cookies_route(site: SiteServer) -> None:
    response, body = fetch(site, "/cookies")
    assert (response.status, response.reason) == (200, "Fine")
    cookies = response.headers.get_all("Set-Cookie")
    assert len(cookies) == 2
    assert cookies[0].startswith("session=") and cookies[1].startswith("consent=")
    assert b"<h1>Cookie wall test</h1>" in body


def test_dead_url_refuses_connections(dead_url: str) -> None:
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(dead_url, timeout=5)


def test_server_stops_and_frees_its_port(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<p>hi</p>")
    with SiteServer(tmp_path) as server:
        url = server.base_url + "/"
        assert urllib.request.urlopen(url).read() == b"<p>hi</p>"
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=5)


def test_changed_file_is_served_fresh(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("<p>first</p>")
    with SiteServer(tmp_path) as server:
        assert fetch(server, "/", {"Accept-Encoding": "gzip"})[1] == gzip.compress(b"<p>first</p>", 6, mtime=0)
        page.write_text("<p>second version</p>")
        assert fetch(server, "/")[1] == b"<p>second version</p>"


def demo_article_paths() -> list[str]:
    lines = (demo_site_root().parent / "urls.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def test_demo_site_serves_every_listed_article() -> None:
    paths = demo_article_paths()
    assert len(paths) == 6
    with SiteServer(demo_site_root()) as server:
        for path in paths:
            response, body = fetch(server, path, {"Accept-Encoding": "gzip"})
            assert response.status == 200, path
            assert b'<script type="application/ld+json"' in gzip.decompress(body), path
