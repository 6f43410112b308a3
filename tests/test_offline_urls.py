"""`newsarchive extract` of a saved page without --url: links and images resolve against the
address the page declares (<base href>, canonical link, og:url); url and final_url stay null."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli

from newsarchive.extraction.page import declared_url, parse_html
from newsarchive.offline import Source, record_for

TEXT = " ".join(["The harbour council met on Tuesday to discuss the new ferry timetable for the winter."] * 6)


def page(head: str = "") -> str:
    return f"""<!doctype html><html lang="en"><head><title>Ferry timetable changes</title>{head}
<meta property="og:type" content="article"></head><body><article>
<h1>Ferry timetable changes</h1>
<p>{TEXT}</p>
<figure><img src="img/ferry.jpg" width="800" height="500" alt="The ferry">
<figcaption>The morning ferry leaves the harbour.</figcaption></figure>
<p>{TEXT} Read <a href="../council/minutes.html">the council's minutes</a> and
<a href="/timetables/winter">the winter timetable</a>.</p>
</article></body></html>"""


def record(html: str, url: str | None = None) -> dict:
    result = record_for(Source("page.html", html.encode("utf-8"), url=url), 10.0, False)
    assert result is not None
    return result


def links(rec: dict) -> set[str]:
    return {link["url"] for link in rec["related_links"]}


def image(rec: dict) -> str:
    (img,) = rec["images"]
    return img["url"]


@pytest.mark.parametrize("head", [
    '<base href="https://news.example.org/local/">',
    '<link rel="canonical" href="https://news.example.org/local/story.html">',
    '<meta property="og:url" content="https://news.example.org/local/story.html">',
    # a relative base resolves against the canonical address first
    '<base href="/local/"><link rel="canonical" href="https://news.example.org/other/story.html">',
    # a relative canonical resolves against an absolute base
    '<base href="https://news.example.org/local/"><link rel="Canonical" href="story.html">',
])
def test_relative_urls_resolve_against_the_declared_address(head: str) -> None:
    rec = record(page(head))
    assert image(rec) == "https://news.example.org/local/img/ferry.jpg"
    assert links(rec) >= {"https://news.example.org/council/minutes.html",
                          "https://news.example.org/timetables/winter"}
    assert rec["url"] is None and rec["final_url"] is None


def test_base_href_wins_over_the_canonical_address() -> None:
    rec = record(page('<base href="https://cdn.example.net/a/b/">'
                      '<link rel="canonical" href="https://news.example.org/local/story.html">'))
    assert image(rec) == "https://cdn.example.net/a/b/img/ferry.jpg"
    assert "https://cdn.example.net/a/council/minutes.html" in links(rec)
    assert rec["canonical_url"] == "https://news.example.org/local/story.html"


def test_canonical_wins_over_og_url() -> None:
    rec = record(page('<meta property="og:url" content="https://elsewhere.example.com/x/y">'
                      '<link rel="canonical" href="https://news.example.org/local/story.html">'))
    assert image(rec) == "https://news.example.org/local/img/ferry.jpg"


@pytest.mark.parametrize("head", [
    "",
    '<link rel="canonical" href="story.html">',
    '<meta property="og:url" content="javascript:alert(1)">',
    '<link rel="canonical" href="ftp://news.example.org/story.html">',
    '<link rel="canonical" href="https://[bad/story.html">',
])
def test_without_a_declared_absolute_address_urls_stay_relative(head: str) -> None:
    rec = record(page(head))
    assert image(rec) == "img/ferry.jpg"
    assert "../council/minutes.html" in links(rec) or "/timetables/winter" in links(rec)
    assert rec["url"] is None and rec["final_url"] is None


def test_a_relative_base_alone_gives_no_address() -> None:
    rec = record(page('<base href="/local/">'))
    assert image(rec) == "/local/img/ferry.jpg"  # resolved against the base only, as before
    assert not any(url.startswith("http") for url in links(rec))


def test_the_given_url_wins() -> None:
    rec = record(page('<link rel="canonical" href="https://news.example.org/local/story.html">'),
                 url="https://mirror.example.com/x/page.html")
    assert image(rec) == "https://mirror.example.com/x/img/ferry.jpg"
    assert "https://mirror.example.com/council/minutes.html" in links(rec)
    assert rec["url"] == rec["final_url"] == "https://mirror.example.com/x/page.html"


def test_declared_url_is_a_pure_function_of_the_page() -> None:
    assert declared_url(parse_html(page())) is None
    tree = parse_html(page('<base href="https://a.example/"><meta name="og:url" content="/p/1">'))
    assert declared_url(tree) == "https://a.example/p/1"
    assert declared_url(parse_html('<link rel="canonical" href="https://a.example/\x01x">')) is None


def test_extract_a_folder_without_url(tmp_path: Path) -> None:
    """Each page of a folder resolves against its own declared address."""
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.html").write_text(page('<link rel="canonical" href="https://a.example/news/a.html">'), "utf-8")
    (folder / "b.html").write_text(page('<meta property="og:url" content="https://b.example/p/b">'), "utf-8")
    (folder / "c.html").write_text(page(), "utf-8")
    result = run_cli("extract", str(folder))
    assert result.returncode == 0, result.stderr
    recs = {Path(r["source"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert image(recs["a.html"]) == "https://a.example/news/img/ferry.jpg"
    assert image(recs["b.html"]) == "https://b.example/p/img/ferry.jpg"
    assert image(recs["c.html"]) == "img/ferry.jpg"
    assert all(r["url"] is None and r["final_url"] is None for r in recs.values())
