"""Any seed kind in ``crawl`` and in job files: articles, feeds, sitemaps and fronts, told
apart by what the server sends (not by the URL's spelling), on a local site served on
127.0.0.1, with the real CLI in subprocesses and the WARC files read back."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from helpers import FAST, read_jsonl, run_cli, validate, warc_records

from newsarchive.crawl.seedkinds import front_links, is_article_path, looks_like_feed
from newsarchive.demo.server import SiteRequestHandler, SiteServer
from newsarchive.extraction.page import load_page

TODAY = datetime.now(UTC).strftime("%Y-%m-%d")
TEXT = ("The council met on Thursday evening and voted on the plan after a long debate about costs, "
        "delays and the views of residents who live near the works and fear months of noise and traffic. ")


def article(title: str, related: list[str] = ()) -> str:
    teasers = "".join(f'<p>Read more: <a href="{u}">A related story about {u.strip("/").split("/")[-1]}</a></p>'
                      for u in related)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{TODAY}T09:00:00+02:00"></head><body>'
            f'<header><nav><a href="/">Home</a> <a href="/world/">World</a></nav></header>'
            f'<main><article><h1>{title}</h1><p class="byline">By Anna Smith</p>'
            f'<div class="article-body"><p>{TEXT * 2}</p><p>{TEXT}</p><p>{TEXT * 2}</p>{teasers}</div>'
            f'</article></main><footer>(c) Harbour Times</footer></body></html>')


def front(title: str, links: list[str], extra: str = "") -> str:
    teasers = "".join(
        f'<div class="card card--small"><h3 class="card__title"><a href="{u}">{u.strip("/").split("/")[-1]}</a></h3>'
        f'<p class="card__summary">A short summary of the story.</p></div>' for u in links)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/sport/">Sport</a>'
            f'<a href="/news/this-is-a-nav-story-link/">A story in the menu</a></nav></header>'
            f'<main><h1>{title}</h1>{teasers}{extra}</main>'
            f'<footer><a href="/about/how-we-work-here/">How we work here</a></footer></body></html>')


def rss(base: str, paths: list[str]) -> str:
    now = format_datetime(datetime.now(UTC))
    items = "".join(f"<item><title>{p}</title><link>{base}{p}</link><pubDate>{now}</pubDate></item>" for p in paths)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Latest</title>{items}</channel></rss>'


def sitemap(base: str, paths: list[str]) -> str:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{TODAY}</lastmod></url>" for p in paths)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


DIRECT = "/news/harbour-tunnel-approved-at-last/"
IN_FEED = ["/news/bridge-to-close-for-repairs/", "/news/fish-market-moves-to-quay/"]
IN_SITEMAP = [f"/{TODAY.replace('-', '/')}/night-ferry-returns/", f"/{TODAY.replace('-', '/')}/library-opens-late/"]
ON_FRONT = ["/world/2026/11/29/river-levels-fall-again/", "/world/new-mayor-sworn-in-today/",
            "/world/snow-closes-mountain-pass/", "/world/rail-strike-called-off/"]
SUB_FRONT = "/world/europe-news-round-up/"  # a front the front links to: not expanded
ON_SUB_FRONT = ["/world/europe/ports-reopen-after-storm/", "/world/europe/grain-deal-extended-again/",
                "/world/europe/elections-set-for-june/", "/world/europe/border-queues-ease-off/"]


class Site:
    """A news site on 127.0.0.1: pages as files, the feed and sitemap at URLs that do not say so."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.documents: dict[str, tuple[str, str]] = {}
        self.server = SiteServer(root, routes={"/latest": self._serve, "/map": self._serve})

    def _serve(self, handler: SiteRequestHandler) -> None:
        body, ctype = self.documents[handler.request_path]
        handler.send_page(200, body.encode(), ctype)

    def page(self, path: str, html: str) -> None:
        target = self.root / path.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html)

    @property
    def base(self) -> str:
        return self.server.base_url


@pytest.fixture
def news_site(tmp_path: Path):
    site = Site(tmp_path / "site")
    site.root.mkdir()
    with site.server:
        for path in [DIRECT, *IN_FEED, *IN_SITEMAP, *ON_FRONT, *ON_SUB_FRONT]:
            site.page(path, article(path.strip("/").split("/")[-1].replace("-", " ").title(), related=IN_FEED))
        site.page("/world/", front("World news", [*ON_FRONT, SUB_FRONT]))
        site.page(SUB_FRONT, front("Europe round-up", ON_SUB_FRONT))
        site.page("/about/", "<!DOCTYPE html><html><head><title>About us</title></head><body><h1>About us</h1>"
                             "<p>We are a small newsroom.</p></body></html>")
        site.documents["/latest"] = (rss(site.base, IN_FEED), "application/rss+xml; charset=utf-8")
        site.documents["/map"] = (sitemap(site.base, IN_SITEMAP), "application/xml")
        yield site


def archived_paths(out: Path) -> set[str]:
    records = read_jsonl(out / "articles.jsonl")
    validate(records)
    return {"/" + r["url"].split("/", 3)[3] for r in records}


@pytest.mark.parametrize("processes", ["0", "1"], ids=["read in the crawl's process", "read in a worker"])
def test_a_url_list_mixing_every_kind_archives_all_their_articles(news_site: Site, tmp_path: Path,
                                                                  processes: str) -> None:
    """The same fronts, feeds, sitemaps and articles, whichever process reads the pages."""
    base, out = news_site.base, tmp_path / "out"
    (tmp_path / "urls.txt").write_text("\n".join(base + p for p in [DIRECT, "/latest", "/map", "/world/", "/about/"]))
    result = run_cli("crawl", "-i", str(tmp_path / "urls.txt"), "-o", str(out), "--depth", "0", *FAST,
                     "-s", f"NEWSARCHIVE_EXTRACT_PROCESSES={processes}")
    assert result.returncode == 0, result.stderr
    assert archived_paths(out) == {DIRECT, *IN_FEED, *IN_SITEMAP, *ON_FRONT}
    assert "seeds: 2 pages, 1 feed (2 articles), 1 sitemap (2 articles), 1 front (5 articles)" in result.stderr
    assert "not HTML" not in result.stderr and "Traceback" not in result.stderr
    # a seed that is neither an article nor a front says why it gave nothing
    assert f"not an article (no article type, date or text of one, and too few links to articles to be a front)" \
           f": archived in the WARC only: {base}/about/" in result.stderr
    # fronts, the feed and the sitemap are archived too; the front a front leads to is fetched
    # as a seed, but its own articles are not (fronts are not followed recursively)
    fetched = {rec.rec_headers.get_header("WARC-Target-URI") for _, _, rec, _ in warc_records(out / "warc")
               if rec.rec_type == "response"}
    assert {base + p for p in ["/latest", "/map", "/world/", "/about/", SUB_FRONT]} <= fetched
    assert not {base + p for p in ON_SUB_FRONT} & fetched


def test_seeds_a_front_or_feed_adds_are_limited(news_site: Site, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("crawl", news_site.base + "/world/", "-o", str(out), "--depth", "0",
                     "-s", "NEWSARCHIVE_MAX_SEEDS_PER_SOURCE=2", *FAST)
    assert result.returncode == 0, result.stderr
    assert archived_paths(out) == set(ON_FRONT[:2])
    assert "front lists 5 new articles: the first 2 taken (NEWSARCHIVE_MAX_SEEDS_PER_SOURCE)" in result.stderr
    assert "seeds: 1 front (2 articles)" in result.stderr


def test_front_articles_follow_their_own_links_to_depth(news_site: Site, tmp_path: Path) -> None:
    """A front's articles are seeds at depth 0: at --depth 1 their related links are followed."""
    out = tmp_path / "out"
    news_site.page("/local/", front("Local news", ON_FRONT))
    result = run_cli("crawl", news_site.base + "/local/", "-o", str(out), "--depth", "1", *FAST)
    assert result.returncode == 0, result.stderr
    assert archived_paths(out) == {*ON_FRONT, *IN_FEED}


def test_job_files_detect_the_kind_from_the_response(news_site: Site, tmp_path: Path) -> None:
    """A feed at a URL a job file takes for a page, a sitemap stated to be a page and a front
    stated to be a feed: each read as what its response is."""
    base, out = news_site.base, tmp_path / "archive"
    jobs = tmp_path / "jobs.toml"
    jobs.write_text(f'[jobs.mixed]\nseeds = ["{base}/latest", {{ url = "{base}/world/", kind = "feed" }}, '
                    f'{{ url = "{base}/map", kind = "url" }}]\n'
                    f'every = "1h"\ndepth = 0\noutput = "{out}"\n'
                    'settings = { AUTOTHROTTLE_ENABLED = false, DOWNLOAD_TIMEOUT = 5 }\n')
    result = run_cli("run", str(jobs), "--job", "mixed")
    assert result.returncode == 0, result.stderr
    assert archived_paths(out) == {*IN_FEED, *IN_SITEMAP, *ON_FRONT}
    assert "1 feed (2 articles), 1 sitemap (2 articles), 1 front (5 articles)" in result.stderr
    again = run_cli("run", str(jobs), "--job", "mixed")  # nothing new: the archived articles are not seeds again
    assert again.returncode == 0, again.stderr
    assert len(read_jsonl(out / "articles.jsonl")) == 8


# -- the pure functions ----------------------------------------------------------------------
@pytest.mark.parametrize(("ctype", "body", "expected"), [
    ("application/rss+xml", b'<?xml version="1.0"?>\n<!-- c --><rss version="2.0"><channel/></rss>', True),
    ("text/html", b"\xef\xbb\xbf  <?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'/>", True),
    ("", b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', True),
    ("application/xml", b'<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', True),
    ("application/x-gzip", b"\x1f\x8b\x08\x00rest", True),
    ("application/xml", b'<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"/>', False),
    ("text/html", b"<!DOCTYPE html><html><body><p>rss feed</p></body></html>", False),
    ("image/png", b"\x89PNG\r\n", False),
])
def test_feeds_and_sitemaps_are_told_by_their_first_element(ctype: str, body: bytes, expected: bool) -> None:
    assert looks_like_feed(ctype, body) is expected


@pytest.mark.parametrize(("path", "expected"), [
    ("/2023/03/07/russias-losses-in-bakhmut/", True), ("/music/2023/mar/10/orchestra-returns/", True),
    ("/news/uk-64871523", True), ("/local/harbor-tunnel-project-wins-final-approval.html", True),
    ("/world/", False), ("/authors/daria-kovalenko-and-more/", False), ("/tag/climate-change-policy/", False),
    ("/2023/03/", False), ("/about/", False), ("/", False),
])
def test_article_path_shapes(path: str, expected: bool) -> None:
    assert is_article_path(path) is expected


def test_an_article_with_related_teasers_is_no_front() -> None:
    related = [f"/news/related-story-number-{n}/" for n in range(8)]
    page = load_page(article("Harbour", related).replace('<meta property="og:type" content="article">', ""),
                     "https://news.example/news/harbour-tunnel-opens-today/")
    assert front_links(page) == []


def test_a_front_lists_its_teasers_once_in_page_order_without_navigation() -> None:
    links = ON_FRONT + [ON_FRONT[0]]
    page = load_page(front("World", links), "https://news.example/world/")
    assert front_links(page) == ["https://news.example" + p for p in ON_FRONT]
    assert front_links(load_page(front("World", ON_FRONT[:2]), "https://news.example/world/")) == []
    other_site = [p.replace("/world/", "https://elsewhere.example/world/") for p in ON_FRONT]
    assert front_links(load_page(front("World", other_site), "https://news.example/world/")) == []


@pytest.mark.parametrize("card", [
    '<a class="card" href="{u}"><h3>A headline</h3><p>Its summary.</p></a>',  # whole cards as links
    '<article class="story"><header><h2><a href="{u}">A headline</a></h2></header><p>Summary.</p></article>',
    '<li><a href="{u}">Three words headline</a></li>',
    '<h3><a href="{u}">Headline</a></h3>',  # a grid of headings: each heading is a teaser
    '<a href="{u}">A headline here</a><br>',
])
def test_fronts_of_other_shapes(card: str) -> None:
    html = ('<!DOCTYPE html><html><body><header><a href="/">Home</a></header><main><div class="grid">'
            + "".join(card.format(u=u) for u in ON_FRONT) + "</div></main></body></html>")
    assert front_links(load_page(html, "https://news.example/world/")) == ["https://news.example" + p for p in ON_FRONT]
    in_site_header = html.replace('<main>', '<header>').replace('</main>', '</header>')
    assert front_links(load_page(in_site_header, "https://news.example/world/")) == []


def test_a_front_of_plain_paths_and_short_titles() -> None:
    """Article URLs without a telling shape (``/news/a1``) still count from headline links."""
    items = "".join(f'<li><a href="/news/a{n}">Story {n}</a></li>' for n in range(1, 4))
    html = (f'<html><body><nav><a href="/news/a9">Story nine</a></nav><main><h1>News</h1><ul>{items}'
            '<li><a href="/world/">World news</a></li></ul></main></body></html>')
    assert front_links(load_page(html, "https://news.example/")) == [f"https://news.example/news/a{n}" for n in (1, 2, 3)]
    headings = "".join(f'<h2><a href="/news/a{n}">Story {n}</a></h2>' for n in range(1, 4))
    assert len(front_links(load_page(f"<html><body><main>{headings}</main></body></html>",
                                     "https://news.example/"))) == 3


def test_an_undeclared_short_article_with_a_related_list_is_no_front() -> None:
    related = "".join(f'<li><a href="/news/other-story-{n}/">Other story {n}</a></li>' for n in range(5))
    html = (f"<html><body><main><h1>Tunnel approved</h1><p>{TEXT}</p><p>{TEXT[:120]}</p>"
            f"<h2>Related</h2><ul>{related}</ul></main></body></html>")
    assert front_links(load_page(html, "https://news.example/news/tunnel-approved/")) == []
