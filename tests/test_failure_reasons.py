"""Failure reasons a user can read: a hostile local server, the real CLI, the exact words."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from http import HTTPStatus

import pytest
from helpers import FAST, read_jsonl, run_cli
from OpenSSL import SSL
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import HtmlResponse, Request
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseNeverReceived

from newsarchive.demo.server import SiteRequestHandler, SiteServer
from newsarchive.failures import MAX_REASON, clean_reason, failure_reason
from newsarchive.seeds import collect_seeds

MAX_SIZE = 200_000
HOPS = 11  # one more than REDIRECT_MAX_TIMES
ARTICLE = (b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Arrived</title>'
           b'<meta property="og:type" content="article"></head><body><article><h1>Arrived</h1>'
           b"<p>The end of a redirect chain, a short article with a sentence or two of text in it "
           b"so that the extractor takes it for one.</p></article></body></html>")


def chain(handler: SiteRequestHandler) -> None:
    """``/chain/X/N`` redirects to ``/chain/X/N-1``; ``/chain/X/0`` is an article.

    Chains of different X share no URL (a redirect to a URL already fetched is dropped).
    """
    prefix, _, n = handler.request_path.rpartition("/")
    if int(n) == 0:
        handler.send_page(HTTPStatus.OK, ARTICLE)
    else:
        handler.redirect(f"{prefix}/{int(n) - 1}", HTTPStatus.FOUND)


def padded(size: int) -> bytes:
    head = b'<!DOCTYPE html><html><head><title>Big</title></head><body><article><h1>Big</h1>'
    return head + b"<p>" + b"x" * size + b"</p></article></body></html>"


def big_chunked(handler: SiteRequestHandler) -> None:
    handler.send_response(HTTPStatus.OK)
    handler.send_headers({"Content-Type": "text/html", "Transfer-Encoding": "chunked"})
    chunk = b"<p>" + b"y" * 8000 + b"</p>\n"
    try:
        for _ in range(3 * MAX_SIZE // len(chunk)):
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        handler.wfile.write(b"0\r\n\r\n")
    except OSError:
        pass  # the crawler hangs up at its size limit


def bomb(handler: SiteRequestHandler) -> None:
    body = gzip.compress(padded(20 * MAX_SIZE))  # a few KB that inflate past the limit
    handler.send_page(HTTPStatus.OK, body, "text/html", {"Content-Encoding": "gzip"})


def to(location: str):
    return lambda handler: handler.redirect(location, HTTPStatus.FOUND)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    routes = {
        "/chain/": chain,
        "/to-js": to("javascript:alert(document.cookie)"),
        "/to-mailto": to("mailto:editor@example.org"),
        "/to-data": to("data:text/html,<h1>hi</h1>"),
        "/to-ftp": to("ftp://user:secret@127.0.0.1/file.txt"),
        "/big-chunked": big_chunked,
        "/big": lambda h: h.send_page(HTTPStatus.OK, padded(3 * MAX_SIZE)),
        "/bomb": bomb,
    }
    with SiteServer(tmp_path_factory.mktemp("empty"), routes=routes) as server:
        yield server


@pytest.fixture(scope="module")
def crawled(hostile: SiteServer, tmp_path_factory: pytest.TempPathFactory):
    base = hostile.base_url
    https_base = base.replace("http://", "https://")
    tmp = tmp_path_factory.mktemp("reasons")
    urls = tmp / "urls.txt"
    urls.write_text("\n".join([
        f"{base}/chain/a/{HOPS}",
        f"{base}/chain/b/10",
        f"{base}/{'a' * 2100}",
        f"{base}/to-js",
        f"{base}/to-mailto",
        f"{base}/to-data",
        f"{base}/to-ftp",
        f"{base}/big",
        f"{base}/big-chunked",
        f"{base}/bomb",
        f"{https_base}/tls",
        "http://editor:hunter2@127.0.0.1:99999/",
    ]) + "\n")
    result = run_cli("crawl", "-i", str(urls), "-o", str(tmp / "out"), "--depth", "0", *FAST,
                     "-s", f"DOWNLOAD_MAXSIZE={MAX_SIZE}", "-s", "RETRY_ENABLED=False")
    return hostile, urls, result


def test_the_run_completes(crawled) -> None:
    _, _, result = crawled
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("path", "reason"), [
    (f"/chain/a/{HOPS}", "too many redirects"),
    ("/to-js", "unsupported redirect target (javascript:)"),
    ("/to-mailto", "unsupported redirect target (mailto:)"),
    ("/to-data", "unsupported redirect target (data:)"),
    ("/to-ftp", "unsupported redirect target (ftp:)"),
    ("/big", "too large"),
    ("/big-chunked", "too large"),
    ("/bomb", "too large"),
])
def test_reason_in_stderr(crawled, path: str, reason: str) -> None:
    server, _, result = crawled
    lines = [line for line in result.stderr.splitlines() if line.startswith("WARNING: failed: ")]
    if path.startswith("/chain/"):  # the URL asked for, and the last hop, where Scrapy gave up
        expected = f"WARNING: failed: {reason}: {server.base_url}{path} (redirected to {server.base_url}/chain/a/1)"
    else:
        expected = f"WARNING: failed: {reason}: {server.base_url}{path}"
    assert expected in lines, (expected, result.stderr)


def test_tls_handshake_failure(crawled) -> None:
    server, _, result = crawled
    https = server.base_url.replace("http://", "https://")
    assert f"WARNING: failed: TLS handshake failed: {https}/tls" in result.stderr.splitlines(), result.stderr


def test_ten_redirects_are_still_followed(crawled) -> None:
    server, urls, result = crawled
    finals = [r["final_url"] for r in read_jsonl(urls.parent / "out" / "articles.jsonl")]
    assert f"{server.base_url}/chain/b/0" in finals
    assert "/chain/b/" not in result.stderr
    assert "/chain/a/2:" not in result.stderr


def test_long_and_invalid_seeds_are_named_by_line(crawled) -> None:
    _, urls, result = crawled
    err = result.stderr
    assert f"failed: invalid URL: {urls}:3: URL longer than 2083 characters" in err, err
    assert f"failed: invalid URL: {urls}:12: not a valid URL: 'http://127.0.0.1:99999/'" in err, err
    assert "hunter2" not in err and "secret" not in err
    summary = [line for line in err.splitlines() if line.startswith("  failed (")]
    for reason, count in [("too many redirects", 1), ("too large", 3), ("invalid URL", 2),
                          ("unsupported redirect target (javascript:)", 1), ("TLS handshake failed", 1)]:
        assert f"  failed ({reason}): {count}" in summary, (reason, summary)


def test_summary_has_no_class_names(crawled) -> None:
    _, _, result = crawled
    for name in ("ValueError", "IgnoreRequest", "DownloadCancelledError", "DownloadFailedError", "HTTP 30"):
        assert name not in result.stderr, (name, result.stderr)


# -- the same words, from the exceptions themselves ---------------------------------------


def reason(exc: BaseException) -> str:
    return failure_reason(Failure(exc))


def redirect_error(location: bytes, status: int = 302) -> HttpError:
    response = HtmlResponse("http://news.example/a", status=status, headers={"Location": location},
                            request=Request("http://news.example/a"))
    return HttpError(response, "Ignoring non-200 response")


def test_reasons_of_exceptions() -> None:
    assert reason(IgnoreRequest("max redirections reached")) == "too many redirects"
    assert reason(IgnoreRequest("Forbidden by robots.txt")) == "forbidden by robots.txt"
    assert reason(ValueError("Missing scheme in request url: javascript:alert(1)")) == \
        "unsupported redirect target (javascript:)"
    assert reason(ValueError("Missing scheme in request url: mailto:a@b.example")) == "unsupported redirect target (mailto:)"
    assert reason(ValueError("Missing scheme in request url: ::")) == "invalid redirect target"
    assert reason(redirect_error(b"ftp://127.0.0.1/x")) == "unsupported redirect target (ftp:)"
    assert reason(redirect_error(b"data:,hi", 301)) == "unsupported redirect target (data:)"
    assert reason(redirect_error(b"/elsewhere", 304)) == "HTTP 304"
    assert reason(DownloadCancelledError("")) == "too large"
    assert reason(DownloadCancelledError(
        "Expected to receive 12582912 bytes which is larger than download max size (10485760) in request "
        "<GET http://news.example/a>.")) == "too large"
    assert reason(IgnoreRequest(
        "Ignored response <200 http://news.example/a> because its body (5 B compressed, 11 B decompressed so far) "
        "exceeded DOWNLOAD_MAXSIZE (10 B) during decompression.")) == "too large"
    assert reason(CannotResolveHostError("nowhere.example")) == "DNS lookup failed"
    assert reason(ConnectionRefusedError()) == "connection refused"
    assert reason(DownloadTimeoutError("Getting http://a/ took longer than 2 seconds.")) == "timeout"
    assert reason(DownloadTimeoutError("Getting http://a/max%20size/maxsize took longer than 2 seconds.")) == "timeout"
    assert reason(IgnoreRequest("Filtered offsite request to <GET http://a/larger_than_download_max_size>")) == \
        "IgnoreRequest"
    tls = DownloadFailedError("[<twisted.python.failure.Failure OpenSSL.SSL.Error>]")
    tls.__cause__ = ResponseNeverReceived([Failure(SSL.Error([("SSL routines", "", "wrong version number")]))])
    assert reason(tls) == "TLS handshake failed"
    assert reason(DownloadFailedError("connection closed")) == "connection lost"
    assert reason(ValueError("Port out of range 0-65535")) == "invalid URL"


def test_unknown_exceptions_are_named_by_class_without_details() -> None:
    class WeirdProtocolError(Exception):
        pass

    assert reason(WeirdProtocolError("Traceback (most recent call last):\n  File ...")) == "WeirdProtocolError"
    assert reason(IgnoreRequest("something http://user:pw@x.example/ said")) == "IgnoreRequest"


def test_reasons_are_one_clean_line() -> None:
    evil = "refused: link to a private address (10.0.0.1)\x1b[2J\r\nhttp://user:pw@x.example/"
    cleaned = reason(IgnoreRequest(evil))
    assert cleaned == "refused: link to a private address (10.0.0.1)\\x1b[2J\\x0d\\x0ahttp://x.example/"
    assert cleaned.isprintable()
    assert len(clean_reason("x" * 1000)) == MAX_REASON


def test_seed_problems_never_show_credentials() -> None:
    seeds = collect_seeds(["http://ed:hunter2@news.example:99999/", "ftp://ed:hunter2@news.example/",
                           "https://ed:hunter2@news.example/ok", "http://x\x1b[2J.example:0x/", "ed:hunter2@news.example"])
    assert seeds.urls == ["https://ed:hunter2@news.example/ok"]  # kept for fetching
    assert len(seeds.problems) == 4
    assert seeds.problems[0] == "argument 1: not a valid URL: 'http://news.example:99999/' (Port out of range 0-65535)"
    assert all(p.isprintable() for p in seeds.problems), seeds.problems
    assert not any("hunter2" in p for p in seeds.problems), seeds.problems


def test_seed_length_limit() -> None:
    base = "https://news.example/"
    seeds = collect_seeds([base + "a" * (2083 - len(base)), base + "b" * (2084 - len(base))])
    assert seeds.urls == [base + "a" * (2083 - len(base))]
    assert seeds.problems == ["argument 2: URL longer than 2083 characters"]
    assert collect_seeds([base + "b" * 3000], max_length=0).urls == [base + "b" * 3000]
    assert collect_seeds([base + "b" * 3000], max_length=5000).problems == []


def test_redirect_loops_are_logged_without_credentials(caplog: pytest.LogCaptureFixture) -> None:
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from newsarchive.dupefilter import LoopReportingDupeFilter

    crawler = get_crawler(Spider)
    spider = Spider.from_crawler(crawler, name="test")
    dupefilter = LoopReportingDupeFilter()
    dupefilter.stats = crawler.stats
    chain = ["http://ed:hunter2@news.example/a", "http://news.example/b"]
    with caplog.at_level("WARNING", logger="newsarchive.dupefilter"):
        dupefilter.log(Request(chain[0], meta={"redirect_urls": chain}), spider)
    assert caplog.messages == [
        "failed: redirect loop: http://news.example/a -> http://news.example/b -> http://news.example/a"]
    assert dupefilter.stats.get_value("newsarchive/failed/redirect loop") == 1
