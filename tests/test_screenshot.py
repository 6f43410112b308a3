"""``--screenshot``: each archived article rendered from the archive, never from the live site.

A local server (127.0.0.1) serves an article whose stylesheet paints the page one colour
and which shows an image; the real CLI crawls it with ``--screenshot`` in a subprocess.
The server logs every request with its User-Agent: none may come from the browser (the
picture is rendered from pywb), and no file is asked for twice. Then the PNG is decoded
(zlib, no image library) and its pixels must be the stylesheet's background colour; the
same PNG must be in a WARC ``resource`` record, ``warcio check`` clean, and the record's
``screenshot`` field must name the file. A deleted picture is made by the next run, a
missing browser is one warning line, and a periodic job renders with its settings. Skips with
the reason when Playwright, Chromium or pywb's virtualenv is missing (this test never installs them).
"""

from __future__ import annotations

import struct
import zlib
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from helpers import (
    FAST,
    png,
    read_jsonl,
    run_cli,
    send_body,
    serve_http,
    validate,
    warc_records,
    warcio_check,
)

from newsarchive.pywbenv import is_ready

CHROMIUM = Path("/usr/bin/chromium")
BACKGROUND = (12, 140, 200)  # what the stylesheet paints; the screenshot must show it
HEADLINE = "Harbour ferry returns after a winter of repairs"
PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title>
<link rel="stylesheet" href="/static/site.css"></head><body><article>
<h1>{HEADLINE}</h1><p class="byline">By Ines Varga</p><time datetime="2024-03-01T09:00:00Z">1 March 2024</time>
<img src="/img/ferry.png" alt="The ferry" width="120" height="80">
{"".join(f"<p>Paragraph {i}: the ferry crossed the harbour again on Monday morning, and the crew said "
         "the new engine is quieter than the old one ever was.</p>" for i in range(6))}
</article></body></html>"""
CSS = f"html, body {{ background: rgb{BACKGROUND}; }} h1 {{ color: #fff; }}"


def decode_png(data: bytes) -> tuple[int, int, list[bytes], int]:
    """Width, height, unfiltered rows and bytes per pixel of an 8-bit RGB(A) PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    bpp = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


class LoggingSite:
    """The article's files on 127.0.0.1; every request logged as (path, User-Agent)."""

    def __init__(self, files: dict[str, tuple[str, bytes]]) -> None:
        self.requests: list[tuple[str, str]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
                kind, body = files.get(self.path, ("text/plain", b""))
                send_body(self, 200 if self.path in files else 404, kind, body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd, self.base_url = serve_http(Handler)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def renderer() -> None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("Playwright is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        pytest.skip(f"no browser at {CHROMIUM} (apt-get install chromium)")
    if not is_ready():
        pytest.skip("pywb's virtualenv is not made (python -m newsarchive.pywbenv)")


def article_site() -> LoggingSite:
    return LoggingSite({
        "/news/ferry-returns": ("text/html; charset=utf-8", PAGE.encode()),
        "/static/site.css": ("text/css", CSS.encode()),
        "/img/ferry.png": ("image/png", png(120, 80, (230, 40, 40))),
        "/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n"),
    })


@pytest.fixture(scope="module")
def screenshot_run(renderer, tmp_path_factory):
    out = tmp_path_factory.mktemp("screenshot") / "archive"
    site = article_site()
    try:
        url = site.base_url + "/news/ferry-returns"
        result = run_cli("crawl", url, "-o", str(out), "--depth", "0", "--screenshot", "-v",
                         "-s", f"NEWSARCHIVE_CHROMIUM={CHROMIUM}", *FAST, timeout=600)
    finally:
        site.close()
    if "Chromium did not start" in result.stderr:
        pytest.skip("Chromium cannot start here: " + result.stderr)
    return out, url, result, site.requests


def test_the_screenshot_shows_the_archived_page_and_is_in_the_warc(screenshot_run) -> None:
    out, url, result, requests = screenshot_run
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "screenshots: 1 made" in result.stderr, result.stderr

    # the live site was only ever asked by the crawler, each file once: the picture came from pywb
    assert not [r for r in requests if "Chrome" in r[1] or "newsarchive" not in r[1]], requests
    paths = [path for path, _ in requests]
    assert sorted(paths) == sorted(set(paths)) and "/static/site.css" in paths and "/img/ferry.png" in paths

    [record] = read_jsonl(out / "articles.jsonl")
    validate([record])
    assert record["url"] == url
    uuid = record["warc"]["record_id"].strip("<>").removeprefix("urn:uuid:")
    assert record["screenshot"] == f"screenshots/{uuid}.png"
    data = (out / record["screenshot"]).read_bytes()
    width, height, rows, bpp = decode_png(data)
    assert (width, height) == (1280, 1024)
    for y in (2, height - 5):  # the corners on the right, far from the text and the image
        corner = tuple(rows[y][(width - 5) * bpp:(width - 5) * bpp + 3])
        assert corner == BACKGROUND, f"not the archived page alone (stylesheet, no pywb banner) at y={y}: {corner}"
    red = {bytes(rows[y][x * bpp:x * bpp + 3]) for y in range(0, height, 4) for x in range(0, width, 4)}
    assert bytes((230, 40, 40)) in red, "the archived image is not in the picture"

    shots = [(rec, raw) for _, _, rec, raw in warc_records(out / "warc") if rec.rec_type == "resource"
             and rec.rec_headers.get_header("WARC-Target-URI").startswith("urn:screenshot:")]
    assert len(shots) == 1
    rec, raw = shots[0]
    assert rec.rec_headers.get_header("WARC-Target-URI") == "urn:screenshot:" + url
    assert rec.rec_headers.get_header("Content-Type") == "image/png"
    assert rec.rec_headers.get_header("WARC-Refers-To") == record["warc"]["record_id"]
    assert raw == data
    check = warcio_check(out / "warc")
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr
    assert "urn:screenshot:" in (out / "indexes" / "index.cdxj").read_text()


def test_a_missing_screenshot_is_rendered_by_the_next_run(screenshot_run) -> None:
    """As after a run killed while rendering: the file is gone, the next run makes it (the
    article itself is archived already, so it is only re-checked), and the WARC gets a second record."""
    out, url, _, _ = screenshot_run
    [record] = read_jsonl(out / "articles.jsonl")
    (out / record["screenshot"]).unlink()
    result = run_cli("crawl", url, "-o", str(out), "--depth", "0", "--screenshot", "-v",
                     "-s", f"NEWSARCHIVE_CHROMIUM={CHROMIUM}", *FAST, timeout=600)
    # the site is gone: the seed fails, but what the archive holds is rendered all the same
    assert "Traceback" not in result.stderr
    assert "screenshots: 1 made" in result.stderr, result.stderr
    assert decode_png((out / record["screenshot"]).read_bytes())[:2] == (1280, 1024)
    shots = [rec for _, _, rec, _ in warc_records(out / "warc") if rec.rec_type == "resource"
             and rec.rec_headers.get_header("WARC-Target-URI") == "urn:screenshot:" + url]
    assert len(shots) == 2


def test_no_browser_is_one_warning_and_the_crawl_status_is_unchanged(tmp_path) -> None:
    out = tmp_path / "archive"
    site = LoggingSite({"/news/ferry-returns": ("text/html; charset=utf-8", PAGE.encode()),
                        "/robots.txt": ("text/plain", b"")})
    try:
        result = run_cli("crawl", site.base_url + "/news/ferry-returns", "-o", str(out), "--depth", "0",
                         "--screenshot", "-s", f"NEWSARCHIVE_CHROMIUM={tmp_path / 'no-such-chromium'}", *FAST)
    finally:
        site.close()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if "screenshot" in line]
    assert len(warnings) == 1 and "no-such-chromium: no such file" in warnings[0], result.stderr
    [record] = read_jsonl(out / "articles.jsonl")
    assert record["headline"] == HEADLINE
    assert record["screenshot"].startswith("screenshots/") and not (out / record["screenshot"]).exists()


def test_without_the_option_records_have_no_screenshot_field(tmp_path) -> None:
    out = tmp_path / "archive"
    site = LoggingSite({"/news/ferry-returns": ("text/html; charset=utf-8", PAGE.encode())})
    try:
        result = run_cli("crawl", site.base_url + "/news/ferry-returns", "-o", str(out), "--depth", "0", *FAST)
    finally:
        site.close()
    assert result.returncode == 0, result.stderr
    [record] = read_jsonl(out / "articles.jsonl")
    assert "screenshot" not in record and not (out / "screenshots").exists()


def test_a_job_with_screenshots_on_renders_its_articles(renderer, tmp_path) -> None:
    site = article_site()
    jobs = tmp_path / "jobs.toml"
    jobs.write_text(f"""[jobs.ferry]
seeds = ["{site.base_url}/news/ferry-returns"]
every = "1h"
depth = 0
output = "out"
settings = {{ NEWSARCHIVE_SCREENSHOTS = true, NEWSARCHIVE_CHROMIUM = "{CHROMIUM}", AUTOTHROTTLE_ENABLED = false }}
""")
    try:
        result = run_cli("run", str(jobs), "--job", "ferry", "-v", timeout=600)
    finally:
        site.close()
    assert result.returncode == 0, result.stderr
    assert "screenshots: 1 made" in result.stderr, result.stderr
    [record] = read_jsonl(tmp_path / "out" / "articles.jsonl")
    width, height, rows, bpp = decode_png((tmp_path / "out" / record["screenshot"]).read_bytes())
    assert tuple(rows[height - 5][(width - 5) * bpp:(width - 5) * bpp + 3]) == BACKGROUND


def test_the_browser_reaches_nothing_but_the_replay_port(renderer, tmp_path) -> None:
    """The guard itself: a page of the live site, asked for directly, is aborted unseen."""
    from playwright.sync_api import Error as PlaywrightError

    from newsarchive.screenshot import browser

    site = article_site()
    try:
        with (browser(str(CHROMIUM), port=9, profile=tmp_path / "profile") as context,
              pytest.raises(PlaywrightError, match="ERR_BLOCKED_BY_CLIENT")):
            context.new_page().goto(site.base_url + "/news/ferry-returns", timeout=20_000)
    finally:
        site.close()
    assert site.requests == []


def test_past_the_time_limit_the_rest_is_left_for_the_next_run(renderer, tmp_path) -> None:
    out = tmp_path / "archive"
    site = article_site()
    try:
        result = run_cli("crawl", site.base_url + "/news/ferry-returns", "-o", str(out), "--depth", "0",
                         "--screenshot", "-s", f"NEWSARCHIVE_CHROMIUM={CHROMIUM}",
                         "-s", "NEWSARCHIVE_SCREENSHOTS_TIMEOUT=0", *FAST, timeout=600)
    finally:
        site.close()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "WARNING: screenshots: time limit of 0s reached, 1 left for the next run" in result.stderr, result.stderr
    [record] = read_jsonl(out / "articles.jsonl")
    assert not (out / record["screenshot"]).exists()
    assert not [rec for _, _, rec, _ in warc_records(out / "warc") if rec.rec_type == "resource"
                and rec.rec_headers.get_header("WARC-Target-URI").startswith("urn:screenshot:")]


def test_a_redis_crawl_refuses_the_option_in_one_line(tmp_path) -> None:
    result = run_cli("crawl", "http://127.0.0.1:9/a", "-o", str(tmp_path / "o"), "--screenshot",
                     "--redis", "redis://127.0.0.1:9/0", "--crawl-id", "c1")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--screenshot does not work with --redis" in result.stderr, result.stderr
