"""Page resources (images, stylesheets and what they reference, fonts, scripts, icons) in a crawl.

A real HTTP server on 127.0.0.1 serves an article that needs every kind of resource the README
lists, a page that is no article, and the resources; the real CLI crawls it (subprocess) and
the WARC files are read back with warcio. The server counts what was asked of it, so a
resource fetched twice, or one fetched that should not be, shows.
"""

from __future__ import annotations

import re
import signal
import subprocess
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from helpers import FAST, newsarchive_cmd, read_jsonl, run_cli, serve_http, warc_records
from test_pywb import Wayback, pywb_bin  # noqa: F401 - pywb_bin is a fixture

from newsarchive.crawl.resources import (
    css_resources,
    html_resources,
    stylesheet_resources,
)
from newsarchive.extraction.page import load_page
from newsarchive.store.frontier import Entry, Frontier
from newsarchive.store.state import StateDB

WORDS = " ".join(["The harbour commission approved the tunnel plan after a long public hearing."] * 8)
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

ARTICLE = f"""<!doctype html><html><head><meta charset="utf-8">
<title>Harbour tunnel approved</title>
<base href="/assets/">
<link rel="stylesheet" href="/css/main.css">
<link rel="icon" href="/favicon.ico">
<link rel="alternate" type="application/rss+xml" href="/feed.xml">
<script src="/js/app.js" defer></script>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour tunnel approved", "datePublished": "2024-05-01T09:00:00Z"}}</script>
<style>.hero {{ background: url(/img/style-block.png) }} /* url(/img/commented-out.png) */</style>
</head><body>
<article><h1>Harbour tunnel approved</h1>
<div class="hero" style="background-image: url('/img/inline-style.png')"></div>
<figure><img src="/img/lead.jpg" srcset="/img/lead-640.jpg 640w, /img/lead-1280.jpg 1280w" alt="The harbour">
<figcaption>The harbour at dawn.</figcaption></figure>
<p>{WORDS}</p>
<img src="{GIF}" data-src="lazy.jpg" data-srcset="lazy-2x.jpg 2x" alt="A lazy image">
<picture><source srcset="pic.webp" type="image/webp"><img src="/img/pic.jpg" alt="A picture"></picture>
<video poster="/img/poster.jpg"></video>
<img src="/private/blocked.png" alt="kept out by robots.txt">
<p>{WORDS} See <a href="/news/list.html">the list of projects</a> for more.</p>
</article></body></html>"""

LIST_PAGE = """<!doctype html><html><head><title>Projects</title>
<link rel="stylesheet" href="/css/list.css"></head>
<body><h1>Projects</h1><img src="/img/list-only.jpg" alt=""><p>A short list.</p></body></html>"""

MAIN_CSS = """@import "theme/extra.css";
@font-face { font-family: Serif; src: url(../fonts/serif.woff2) format("woff2"); }
body { background: url(img/bg.png); }"""

#: what the article needs, in the order the page gives it; the stylesheet's own references last
ARTICLE_RESOURCES = [
    "/css/main.css", "/favicon.ico", "/js/app.js", "/img/style-block.png", "/img/inline-style.png",
    "/img/lead.jpg", "/img/lead-640.jpg", "/img/lead-1280.jpg", "/assets/lazy.jpg", "/assets/lazy-2x.jpg",
    "/assets/pic.webp", "/img/pic.jpg", "/img/poster.jpg",
]
CSS_RESOURCES = ["/css/theme/extra.css", "/fonts/serif.woff2", "/css/img/bg.png", "/css/theme/h1.png"]
LIST_RESOURCES = ["/css/list.css", "/img/list-only.jpg"]
BIG = "/img/big.jpg"


def _routes() -> dict[str, tuple[str, bytes]]:
    routes = {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
        "/news/article.html": ("text/html; charset=utf-8", ARTICLE.encode()),
        "/news/list.html": ("text/html; charset=utf-8", LIST_PAGE.encode()),
        "/css/main.css": ("text/css", MAIN_CSS.encode()),
        "/css/theme/extra.css": ("text/css", b'h1 { background: url("h1.png") }'),
        "/css/list.css": ("text/css", b"p { color: red }"),
        "/js/app.js": ("application/javascript", b"console.log('app');"),
        "/favicon.ico": ("image/x-icon", b"\x00\x00\x01\x00icon"),
        "/fonts/serif.woff2": ("font/woff2", b"wOF2font"),
        "/private/blocked.png": ("image/png", b"\x89PNGsecret"),
        BIG: ("image/jpeg", b"\xff\xd8" + b"x" * 300_000),
    }
    for path in ARTICLE_RESOURCES + CSS_RESOURCES + LIST_RESOURCES:
        routes.setdefault(path, ("image/png" if path.endswith(".png") else "image/jpeg", f"bytes of {path}".encode()))
    return routes


class Site:
    """The test site, with the count of GET requests per path and an optional delay for resources."""

    def __init__(self, delay: float = 0.0) -> None:
        self.routes = _routes()
        self.hits: Counter[str] = Counter()
        self.delay = delay
        self.etag_paths: set[str] = set()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                site.hits[path] += 1
                if path not in site.routes:
                    self.send_error(404)
                    return
                if site.delay and not path.startswith(("/news/", "/robots")):
                    time.sleep(site.delay)
                content_type, body = site.routes[path]
                etag = f'"{len(body)}"' if path in site.etag_paths else None
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server, self.base = serve_http(Handler)

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    served = Site()
    yield served
    served.close()


def crawl(site: Site, out: Path, *options: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return run_cli("crawl", site.url("/news/article.html"), "-o", str(out), "--depth", "1", *FAST, *options,
                   timeout=timeout)


def records_by_uri(out: Path, *types: str) -> Counter[tuple[str, str]]:
    """``(record type, path)`` counts over every WARC file of ``out`` (digests checked)."""
    found: Counter[tuple[str, str]] = Counter()
    for _, _, rec, _ in warc_records(out / "warc"):
        uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
        if rec.rec_type in types and "://" in uri:
            found[rec.rec_type, "/" + uri.split("://", 1)[1].split("/", 1)[1]] += 1
    return found


def summary(result: subprocess.CompletedProcess) -> re.Match:
    found = re.search(r"done in [\d.]+ s: (\d+) pages, (\d+) articles, (\d+) failed(?:, (\d+) resources)?",
                      result.stderr)
    assert found, result.stderr
    return found


# -- the crawl -----------------------------------------------------------------------------

@pytest.mark.parametrize("processes", ["0", "1"], ids=["read in the crawl's process", "read in a worker"])
def test_every_resource_of_an_article_is_archived_once_as_request_and_response(site, tmp_path, processes) -> None:
    out = tmp_path / "out"
    result = crawl(site, out, "-s", f"NEWSARCHIVE_EXTRACT_PROCESSES={processes}")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    records = records_by_uri(out, "response", "request")
    for path in ARTICLE_RESOURCES + CSS_RESOURCES:
        assert records["response", path] == 1, (path, result.stderr)
        assert records["request", path] == 1, path
        assert site.hits[path] == 1, path
    # robots.txt is obeyed for resources as for pages, data: URIs and comments are no resources
    assert site.hits["/private/blocked.png"] == 0
    assert "blocked.png" in result.stderr and "robots" in result.stderr.lower()
    assert not [p for p in site.hits if "commented-out" in p or p.startswith("/data")]
    # the page that is no article: fetched and archived, its resources not
    assert records["response", "/news/list.html"] == 1
    for path in LIST_RESOURCES:
        assert site.hits[path] == 0, path
    # never extracted: one article line, about the article
    lines = read_jsonl(out / "articles.jsonl")
    assert [r["final_url"] for r in lines] == [site.url("/news/article.html")]
    pages, articles, failed, resources = summary(result).groups()
    assert (int(pages), int(articles), int(resources)) == (3, 1, len(ARTICLE_RESOURCES + CSS_RESOURCES))
    assert int(failed) == 1  # the robots.txt refusal


def test_a_stylesheet_is_archived_as_served_and_its_references_resolve_against_it(site, tmp_path) -> None:
    out = tmp_path / "out"
    assert crawl(site, out).returncode == 0
    bodies = {rec.rec_headers.get_header("WARC-Target-URI"): raw for _, _, rec, raw in warc_records(out / "warc")
              if rec.rec_type == "response"}
    css = bodies[site.url("/css/main.css")]
    assert css.endswith(MAIN_CSS.encode())  # head and payload, the payload byte for byte
    assert site.url("/fonts/serif.woff2") in bodies and site.url("/css/img/bg.png") in bodies


@pytest.mark.parametrize("processes", ["0", "1"], ids=["read in the crawl's process", "read in a worker"])
def test_all_fetches_the_resources_of_every_html_page(site, tmp_path, processes) -> None:
    out = tmp_path / "out"
    result = crawl(site, out, "--resources", "all", "-s", f"NEWSARCHIVE_EXTRACT_PROCESSES={processes}")
    assert result.returncode == 0, result.stderr
    records = records_by_uri(out, "response")
    for path in ARTICLE_RESOURCES + CSS_RESOURCES + LIST_RESOURCES:
        assert records["response", path] == 1, path
    assert len(read_jsonl(out / "articles.jsonl")) == 1


def test_none_fetches_no_resource(site, tmp_path) -> None:
    out = tmp_path / "out"
    result = crawl(site, out, "--resources", "none")
    assert result.returncode == 0, result.stderr
    assert sorted(site.hits) == ["/news/article.html", "/news/list.html", "/robots.txt"]
    assert "resources" not in summary(result).group(0)


def test_the_per_page_limit_is_honoured_and_reported(site, tmp_path) -> None:
    out = tmp_path / "out"
    result = crawl(site, out, "-s", "NEWSARCHIVE_RESOURCES_PER_PAGE=3")
    assert result.returncode == 0, result.stderr
    fetched = {p for p in site.hits if p not in ("/robots.txt", "/news/article.html", "/news/list.html")}
    # the first three of the page in its order, and the first three the stylesheet references
    assert fetched == {*ARTICLE_RESOURCES[:3], *CSS_RESOURCES}
    on_page = len(ARTICLE_RESOURCES) + 1  # and the one robots.txt keeps out
    left_out = on_page - 3
    assert f"resource limit: {left_out} of the {on_page} resources of " \
           f"{site.url('/news/article.html')} left out" in result.stderr
    assert f"resources left out over the per-page limit: {left_out}" in result.stderr


def test_a_resource_over_the_size_limit_is_cut_and_reported(site, tmp_path) -> None:
    site.routes["/news/article.html"] = ("text/html", ARTICLE.replace("/img/pic.jpg", BIG).encode())
    out = tmp_path / "out"
    result = crawl(site, out, "-s", "NEWSARCHIVE_RESOURCE_MAXSIZE=20000")
    assert result.returncode == 0, result.stderr
    big = [rec for _, _, rec, _ in warc_records(out / "warc")
           if rec.rec_type == "response" and rec.rec_headers.get_header("WARC-Target-URI") == site.url(BIG)]
    assert len(big) == 1
    assert big[0].rec_headers.get_header("WARC-Truncated") == "length"
    assert f"failed: too large: {site.url(BIG)}" in result.stderr
    assert site.hits[BIG] == 1  # archived as it arrived, not fetched again
    assert len(read_jsonl(out / "articles.jsonl")) == 1


def test_resources_on_other_hosts_are_fetched_within_the_address_policy(site, tmp_path) -> None:
    """A CDN on another host is fetched even under --same-site; a cloud metadata address never."""
    port = site.server.server_address[1]
    cdn = f"http://localhost:{port}/img/cdn.jpg"
    metadata = "http://169.254.169.254/latest/meta-data/iam.png"
    site.routes["/img/cdn.jpg"] = ("image/jpeg", b"cdn bytes")
    page = ARTICLE.replace("</article>", f'<img src="{cdn}" alt=""><img src="{metadata}" alt=""></article>')
    site.routes["/news/article.html"] = ("text/html", page.encode())
    out = tmp_path / "out"
    result = crawl(site, out, "--same-site")
    assert result.returncode == 0, result.stderr
    assert site.hits["/img/cdn.jpg"] == 1
    assert records_by_uri(out, "response")["response", "/img/cdn.jpg"] == 1
    refused = [line for line in result.stderr.splitlines() if metadata in line]
    assert len(refused) == 1 and "refused" in refused[0], result.stderr
    assert site.hits["/news/list.html"] == 1  # --same-site still lets the page's own host be followed


def test_bad_resource_options_are_one_line_and_status_2(site, tmp_path) -> None:
    for options in (["--resources", "some"], ["-s", "NEWSARCHIVE_RESOURCES=pictures"],
                    ["-s", "NEWSARCHIVE_RESOURCES_PER_PAGE=-1"]):
        result = crawl(site, tmp_path / "out", *options)
        assert result.returncode == 2, (options, result.stderr)
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) <= 2, result.stderr  # argparse adds its usage line
    assert not site.hits


def test_a_second_run_stores_unchanged_resources_as_revisits(site, tmp_path) -> None:
    site.etag_paths.add("/news/article.html")  # the article answers 304 the second time
    out = tmp_path / "out"
    assert crawl(site, out).returncode == 0
    first = set((out / "warc").glob("*.warc.gz"))
    result = crawl(site, out)
    assert result.returncode == 0, result.stderr
    second = [p for p in (out / "warc").glob("*.warc.gz") if p not in first]
    assert len(second) == 1
    kinds: dict[str, list[str]] = {}
    for path, _, rec, _ in warc_records(out / "warc"):
        if path == second[0] and rec.rec_type in ("response", "revisit"):
            kinds.setdefault(rec.rec_headers.get_header("WARC-Target-URI"), []).append(rec.rec_type)
    for path in ARTICLE_RESOURCES + CSS_RESOURCES:
        assert kinds.get(site.url(path)) == ["revisit"], (path, kinds.get(site.url(path)))
        assert site.hits[path] == 2, path
    assert kinds[site.url("/news/article.html")] == ["revisit"]
    assert len(read_jsonl(out / "articles.jsonl")) == 1


def test_replay_serves_the_archived_resources_after_a_second_run(site, pywb_bin, tmp_path) -> None:  # noqa: F811
    """In pywb the lead photo, the stylesheet and its font come from the archive, revisits included."""
    out = tmp_path / "out"
    assert crawl(site, out).returncode == 0
    assert crawl(site, out).returncode == 0  # the resources again, as revisit records
    with Wayback(pywb_bin, tmp_path / "pywb", sorted((out / "warc").glob("*.warc.gz"))) as wayback:
        for path in ("/img/lead.jpg", "/assets/lazy.jpg", "/css/main.css", "/fonts/serif.woff2", "/css/theme/h1.png"):
            assert wayback.page("2099", site.url(path)) == site.routes[path][1].decode(), path


def test_a_crawl_killed_while_fetching_resources_leaves_none_missing(tmp_path) -> None:
    slow = Site(delay=0.4)
    try:
        out = tmp_path / "out"
        args = [*newsarchive_cmd(), "crawl", slow.url("/news/article.html"), "-o", str(out), "--depth", "1",
                *FAST, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-q"]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while sum(slow.hits[p] for p in ARTICLE_RESOURCES) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        fetched_before = {p for p in ARTICLE_RESOURCES + CSS_RESOURCES if slow.hits[p]}
        assert 3 <= len(fetched_before) < len(ARTICLE_RESOURCES + CSS_RESOURCES)
        slow.delay = 0
        again = subprocess.run(args[:-1], check=False, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0, again.stderr
        assert "went on with" in again.stderr
        records = records_by_uri(out, "response", "revisit")
        for path in ARTICLE_RESOURCES + CSS_RESOURCES:
            assert records["response", path] + records["revisit", path] >= 1, (path, again.stderr)
            assert records["response", path] <= 2, path  # one in flight at the kill may come twice
        assert len(read_jsonl(out / "articles.jsonl")) == 1
    finally:
        slow.close()


# -- the pure functions --------------------------------------------------------------------

def test_html_resources_read_every_kind_of_reference_against_base_href() -> None:
    page = load_page(ARTICLE.encode(), "http://news.test/news/article.html")
    assert html_resources(page) == ["http://news.test" + p for p in ARTICLE_RESOURCES] + [
        "http://news.test/private/blocked.png"]


def test_html_resources_skip_what_needs_no_fetch() -> None:
    html = """<html><head><link rel="canonical" href="/a"><link rel="alternate" href="/feed">
    <link rel="preload" as="document" href="/doc"><link rel="preload" as="font" href="/f.woff2">
    <link rel="apple-touch-icon" href="/touch.png"></head><body>
    <img src="data:image/png;base64,AAAA"><img src="javascript:void(0)"><img src="#x"><img src="">
    <img srcset="/a,b.jpg 1x, /c.jpg 2x"><input type="image" src="/btn.png"><table background="/bg.gif"></table>
    <a href="/page">a link is no resource</a><img src="/dup.jpg"><img src="/dup.jpg#again"></body></html>"""
    page = load_page(html, "https://news.test/x/")
    assert html_resources(page) == ["https://news.test/f.woff2", "https://news.test/touch.png",
                                    "https://news.test/a,b.jpg", "https://news.test/c.jpg",
                                    "https://news.test/btn.png", "https://news.test/bg.gif",
                                    "https://news.test/dup.jpg"]


def test_css_resources_are_read_as_a_browser_reads_them() -> None:
    css = """@charset "utf-8"; /* url(no.png) */ @import url("a.css") screen; @import 'b.css';
    .x { background: url( c.png ), image-set("d.png" 1x, url(e.png) 2x); content: "url(not.png)" }
    @media print { .y { background: url(f.png) } }
    @font-face { src: url(g.woff2) format("woff2"), url(data:font/woff;base64,AAAA) }"""
    assert css_resources(css.encode(), "http://cdn.test/s/site.css") == [
        f"http://cdn.test/s/{name}" for name in ("a.css", "b.css", "c.png", "d.png", "e.png", "f.png", "g.woff2")]
    assert stylesheet_resources(b"body{background:url(x.png)}", "http://cdn.test/s/y", "text/css; charset=utf-8") \
        == ["http://cdn.test/s/x.png"]
    assert stylesheet_resources(b"body{background:url(x.png)}", "http://cdn.test/s/y.css", None) \
        == ["http://cdn.test/s/x.png"]
    assert stylesheet_resources(b"url(x.png)", "http://cdn.test/s/y.css", "image/png") == []


def test_a_frontier_of_an_older_version_takes_resources_and_keeps_its_rows(tmp_path) -> None:
    db = StateDB(tmp_path / "state.sqlite")
    with db.transaction() as conn:
        conn.execute("""CREATE TABLE frontier (url TEXT PRIMARY KEY, depth INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('page', 'feed')),
            given INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0)""")
        conn.execute("INSERT INTO frontier VALUES ('http://a.test/', 0, 'page', 1, 0)")
    frontier = Frontier(db)
    assert frontier.add([Entry("http://a.test/x.png", 1, "resource")])
    assert frontier.pending() == [Entry("http://a.test/", 0, "page", True), Entry("http://a.test/x.png", 1, "resource")]
    db.close()


def test_a_resource_gone_on_a_later_run_is_a_failed_fetch_not_a_removed_article(site, tmp_path) -> None:
    """A job's summary counts removed articles: an image that answers 410 is none of them."""
    (tmp_path / "jobs.toml").write_text(
        f'[jobs.pics]\nseeds = ["{site.url("/news/article.html")}"]\nevery = "1h"\noutput = "out"\n'
        'revisit = { for = "36500d", every = "1s" }\n'
        'settings = { AUTOTHROTTLE_ENABLED = false, DOWNLOAD_TIMEOUT = 5, RETRY_TIMES = 0 }\n')
    first = run_cli("run", str(tmp_path / "jobs.toml"), "--job", "pics")
    assert first.returncode == 0, first.stderr
    del site.routes["/img/lead.jpg"]  # the photo is gone (404)
    time.sleep(1.5)  # the article is due for its re-check
    second = run_cli("run", str(tmp_path / "jobs.toml"), "--job", "pics")
    assert second.returncode == 0, second.stderr
    assert "HTTP 404" in second.stderr and "/img/lead.jpg" in second.stderr
    line = re.search(r"job pics: (\d+) new, (\d+) changed, (\d+) unchanged, (\d+) removed", second.stderr)
    assert line, second.stderr
    assert line.group(4) == "0", second.stderr
    assert len(read_jsonl(tmp_path / "out" / "articles.jsonl")) == 1
