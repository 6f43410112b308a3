"""Responses cut short are archived with WARC-Truncated and never become articles.

End-to-end against a hostile local server (raw sockets, a thread per connection):
bodies without end (chunked, close-delimited, chunked under a lying Content-Length),
an honest Content-Length over the size limit, a slowloris body, a body cut short by
the server closing the socket, and a gzip bomb whose compressed bytes are within the
limit. Every one of them starts like a real article, so a truncated page that were
extracted would show up in articles.jsonl. Then :class:`DownloadLimits` and
:func:`truncation_of` on their own, signal by signal.
"""

from __future__ import annotations

import gzip
import re
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import RawServer, read_jsonl, run_cli, validate, warc_records, warcio_check
from scrapy.exceptions import StopDownload
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from newsarchive.crawl import truncation
from newsarchive.crawl.truncation import DownloadLimits, failure_of, truncation_of

LIMIT = 100_000  # DOWNLOAD_MAXSIZE of the crawl
TIMEOUT = 3  # DOWNLOAD_TIMEOUT of the crawl: the slowloris body is cut at 80% of it
READ_SIZE = 65_536  # Twisted reads at most this much at once: how far past the limit a body may go
SEED = "/2023/03/07/russias-losses-in-bakhmut-5-times-higher-than-ukraine-s-nato-estimates-a80410"
ARTICLE = (Path(__file__).parent / "fixtures" / "site" / SEED.lstrip("/") / "index.html").read_bytes()
HEADLINE = "Russia's Losses in Bakhmut 5 Times Higher Than Ukraine's, NATO Estimates"
#: what the endless bodies send: the article, then numbered comments without end (4 MB at most)
ENDLESS = ARTICLE + b"".join(b"<!-- padding %07d: the body goes on and on and on -->\n" % i for i in range(80_000))
TOO_LARGE = ENDLESS[: 3 * LIMIT]  # sent whole, under an honest Content-Length
BOMB_PAGE = ARTICLE + b" " * (30 * LIMIT)
BOMB = gzip.compress(BOMB_PAGE)  # a few kB compressed, 3 MB once decompressed
HELD_BACK = 200  # the slowloris and cut-short bodies send all but this much at once
HEAD_OK = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"


# -- the hostile server ------------------------------------------------------------
def _send_whole(body: bytes, *extra: bytes) -> Callable[[socket.socket], None]:
    def route(conn: socket.socket) -> None:
        conn.sendall(HEAD_OK + b"".join(extra) + b"Content-Length: %d\r\n\r\n" % len(body) + body)
    return route


def _endless(*, chunked: bool, declared: int | None = None) -> Callable[[socket.socket], None]:
    """ENDLESS in 16 kB pieces until the client goes away; closed without a last chunk."""
    def route(conn: socket.socket) -> None:
        head = HEAD_OK + (b"Transfer-Encoding: chunked\r\n" if chunked else b"")
        if declared is not None:
            head += b"Content-Length: %d\r\n" % declared
        conn.sendall(head + b"\r\n")
        for start in range(0, len(ENDLESS), 16_384):
            piece = ENDLESS[start : start + 16_384]
            conn.sendall(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
    return route


def _slowloris(conn: socket.socket) -> None:
    conn.sendall(HEAD_OK + b"Content-Length: %d\r\n\r\n" % len(ARTICLE) + ARTICLE[:-HELD_BACK])
    for i in range(len(ARTICLE) - HELD_BACK, len(ARTICLE)):
        time.sleep(0.2)
        conn.sendall(ARTICLE[i : i + 1])


def _cut_short(conn: socket.socket) -> None:
    conn.sendall(HEAD_OK + b"Content-Length: %d\r\n\r\n" % len(ARTICLE) + ARTICLE[:-HELD_BACK])


ROUTES: dict[str, Callable[[socket.socket], None]] = {
    "/robots.txt": _send_whole(b"User-agent: *\nAllow: /\n"),
    "/article": _send_whole(ARTICLE),
    "/endless-chunked": _endless(chunked=True),
    "/endless-no-length": _endless(chunked=False),
    "/lying-length": _endless(chunked=True, declared=5_000),  # Transfer-Encoding wins over it
    "/too-large": _send_whole(TOO_LARGE),
    "/slowloris": _slowloris,
    "/cut-short": _cut_short,
    "/bomb": _send_whole(BOMB, b"Content-Encoding: gzip\r\n"),
}


@pytest.fixture(scope="module")
def hostile() -> Iterator[RawServer]:
    server = RawServer(ROUTES)
    yield server
    server.close()


@pytest.fixture(scope="module")
def crawl(hostile: RawServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    out = tmp_path_factory.mktemp("truncation")
    urls = [hostile.base_url + path for path in ROUTES if path != "/robots.txt"]
    result = run_cli("crawl", *urls, "-o", str(out), "--depth", "0",
                     "-s", "AUTOTHROTTLE_ENABLED=False", "-s", f"DOWNLOAD_TIMEOUT={TIMEOUT}",
                     "-s", "RETRY_TIMES=1", "-s", f"DOWNLOAD_MAXSIZE={LIMIT}")
    return out, result


def responses(out: Path, base: str) -> dict[str, tuple[Any, bytes]]:
    return {rec.rec_headers.get_header("WARC-Target-URI").removeprefix(base): (rec, raw)
            for _, _, rec, raw in warc_records(out / "warc") if rec.rec_type == "response"}


def lines_about(stderr: str, url: str) -> list[str]:
    mention = re.compile(re.escape(url) + r"(?![\w/.-])")
    return [line for line in stderr.splitlines() if mention.search(line)]


# -- end to end ------------------------------------------------------------------------
def test_the_run_completes_with_only_the_whole_article_extracted(hostile, crawl) -> None:
    out, result = crawl
    assert result.returncode == 0, result.stderr
    records = read_jsonl(out / "articles.jsonl")
    validate(records)
    assert [r["url"] for r in records] == [hostile.base_url + "/article"]
    assert records[0]["headline"] == HEADLINE
    check = warcio_check(out / "warc")
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.parametrize("path, reason, failure", [
    ("/endless-chunked", "length", "too large"),
    ("/endless-no-length", "length", "too large"),
    ("/lying-length", "length", "too large"),
    ("/too-large", "length", "too large"),
    ("/slowloris", "time", "too slow"),
    ("/cut-short", "disconnect", "cut short"),
])
def test_a_partial_response_is_archived_truncated_with_one_warning(hostile, crawl, path, reason, failure) -> None:
    out, result = crawl
    rec, payload = responses(out, hostile.base_url)[path]
    assert rec.rec_headers.get_header("WARC-Truncated") == reason
    assert rec.http_headers.get_statuscode() == "200"
    sent = {"/too-large": TOO_LARGE, "/slowloris": ARTICLE, "/cut-short": ARTICLE}.get(path, ENDLESS)
    assert payload == sent[: len(payload)]  # what arrived: a prefix of what the server sent
    if reason == "length":
        assert LIMIT <= len(payload) <= LIMIT + READ_SIZE
    elif reason == "time":
        assert len(ARTICLE) - HELD_BACK <= len(payload) < len(ARTICLE)
    else:
        assert payload == ARTICLE[:-HELD_BACK]
    requests = [r for _, _, r, _ in warc_records(out / "warc") if r.rec_type == "request"
                and r.rec_headers.get_header("WARC-Concurrent-To") == rec.rec_headers.get_header("WARC-Record-ID")]
    assert len(requests) == 1
    assert requests[0].rec_headers.get_header("WARC-Target-URI") == hostile.base_url + path
    head = requests[0].http_headers  # warcio parses a request line as protocol "GET", statusline "PATH HTTP/1.1"
    assert (head.protocol, head.statusline.split()[0]) == ("GET", path)
    warnings = lines_about(result.stderr, hostile.base_url + path)
    assert len(warnings) == 1, result.stderr
    assert warnings[0].startswith("WARNING") and f"failed: {failure}" in warnings[0], warnings


def test_the_honest_length_is_kept_in_the_archived_head(hostile, crawl) -> None:
    out, _ = crawl
    rec, payload = responses(out, hostile.base_url)["/too-large"]
    assert rec.http_headers.get_header("Content-Length") == str(len(TOO_LARGE))
    assert len(payload) < len(TOO_LARGE)


def test_a_compression_bomb_is_archived_whole_and_fails_as_too_large(hostile, crawl) -> None:
    # the size limit is lifted during the download only: HttpCompressionMiddleware still caps
    # the decompressed size afterwards
    out, result = crawl
    rec, payload = responses(out, hostile.base_url)["/bomb"]
    assert rec.rec_headers.get_header("WARC-Truncated") is None
    assert rec.http_headers.get_header("Content-Encoding") == "gzip"
    assert payload == BOMB  # the compressed bytes, as received
    assert any("failed: too large" in line for line in lines_about(result.stderr, hostile.base_url + "/bomb"))


def test_a_whole_response_is_not_marked(hostile, crawl) -> None:
    out, _ = crawl
    found = responses(out, hostile.base_url)
    for path in ("/article", "/robots.txt"):
        rec, _ = found[path]
        assert rec.rec_headers.get_header("WARC-Truncated") is None
    assert found["/article"][1] == ARTICLE


# -- the extension and the function on their own ----------------------------------------
def limits(**settings: Any) -> DownloadLimits:
    return DownloadLimits.from_crawler(get_crawler(settings_dict={
        "DOWNLOAD_MAXSIZE": 1000, "DOWNLOAD_TIMEOUT": 10, **settings}))


def download(ext: DownloadLimits, request: Request, declared: Any, *pieces: bytes) -> str | None:
    """Headers, then pieces of body; the reason the extension stopped it, or None."""
    ext.headers_received(headers={}, body_length=declared, request=request, spider=None)
    try:
        for piece in pieces:
            ext.bytes_received(data=piece, request=request, spider=None)
    except StopDownload as stop:
        assert stop.fail is False
        return request.meta[truncation.META_KEY]
    return None


def test_over_the_limit_stops_with_length_and_puts_the_limit_back() -> None:
    ext = limits()
    request = Request("http://127.0.0.1/a")
    assert download(ext, request, "twisted.web.iweb.UNKNOWN_LENGTH", b"x" * 600, b"x" * 400) is None
    assert request.meta["download_maxsize"] == 0  # Scrapy's own check is off while it downloads
    with pytest.raises(StopDownload):
        ext.bytes_received(data=b"x", request=request, spider=None)
    assert request.meta[truncation.META_KEY] == "length"
    ext.request_left_downloader(request=request, spider=None)
    assert "download_maxsize" not in request.meta and ext._downloads == {}
    own = Request("http://127.0.0.1/b", meta={"download_maxsize": 50})
    assert download(ext, own, None, b"x" * 51) == "length"
    ext.request_left_downloader(request=own, spider=None)
    assert own.meta["download_maxsize"] == 50 and ext._downloads == {}


def test_a_declared_length_over_the_limit_stops_at_the_limit() -> None:
    ext = limits()
    assert download(ext, Request("http://127.0.0.1/a"), 5000, b"x" * 999, b"x") == "length"
    assert download(ext, Request("http://127.0.0.1/b"), 1000, b"x" * 1000) is None  # exactly the limit: whole


def test_a_body_still_arriving_near_the_timeout_stops_with_time(monkeypatch) -> None:
    clock = [100.0]
    monkeypatch.setattr(truncation, "monotonic", lambda: clock[0])
    ext = limits()
    request = Request("http://127.0.0.1/a", meta={"download_latency": 1.0})  # headers 1 s in
    ext.headers_received(headers={}, body_length=900, request=request, spider=None)
    clock[0] += 6.9  # 7.9 s of a 10 s timeout
    ext.bytes_received(data=b"x", request=request, spider=None)
    clock[0] += 0.2
    with pytest.raises(StopDownload):
        ext.bytes_received(data=b"x", request=request, spider=None)
    assert request.meta[truncation.META_KEY] == "time"
    ext.request_left_downloader(request=request, spider=None)
    quick = limits(NEWSARCHIVE_BODY_TIMEOUT="0.5")
    late = Request("http://127.0.0.1/b")
    quick.headers_received(headers={}, body_length=900, request=late, spider=None)
    clock[0] += 0.6
    with pytest.raises(StopDownload):
        quick.bytes_received(data=b"x", request=late, spider=None)
    whole = Request("http://127.0.0.1/c")  # the last bytes of a body come late: it is whole all the same
    quick.headers_received(headers={}, body_length=2, request=whole, spider=None)
    clock[0] += 5
    quick.bytes_received(data=b"xx", request=whole, spider=None)


def test_a_new_download_of_the_request_forgets_an_old_reason() -> None:
    ext = limits()
    request = Request("http://127.0.0.1/a", meta={truncation.META_KEY: "length"})  # e.g. copied by a redirect
    assert download(ext, request, 10, b"x" * 10) is None
    assert truncation.META_KEY not in request.meta


def test_truncation_of_reads_the_flags_and_the_reason() -> None:
    def response(flags: list[str], **meta: Any) -> HtmlResponse:
        return HtmlResponse("http://127.0.0.1/a", body=b"<p>x", flags=flags,
                            request=Request("http://127.0.0.1/a", meta=meta))
    assert truncation_of(response([])) is None
    assert truncation_of(response(["partial"])) is None  # a body ended by closing the connection: whole
    assert truncation_of(response(["dataloss"])) == "disconnect"
    assert truncation_of(response(["download_stopped"], newsarchive_truncated="length")) == "length"
    assert truncation_of(response(["download_stopped"], newsarchive_truncated="time")) == "time"
    assert truncation_of(response(["download_stopped"])) == "unspecified"  # someone else's StopDownload
    assert truncation_of(response([], newsarchive_truncated="length")) is None  # stale reason, whole body
    bare = HtmlResponse("http://127.0.0.1/a", body=b"", flags=["download_stopped"])  # as in response_downloaded
    assert truncation_of(bare) == "unspecified"
    assert truncation_of(bare, Request("http://127.0.0.1/a", meta={truncation.META_KEY: "length"})) == "length"
    stopped = response(["download_stopped"], newsarchive_truncated="time")
    assert truncation_of(stopped.replace(body=b"<p>decoded")) == "time"  # as after HttpCompressionMiddleware
    assert failure_of(stopped) == "too slow" and failure_of(response(["dataloss"])).startswith("cut short")
    assert failure_of(response([])) is None
