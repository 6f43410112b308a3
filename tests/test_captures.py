"""Kept copies of an article (``newsarchive.extraction.captures``): a Wayback Machine capture and an archive.today
snapshot give the record of the page they keep, at its own address, none of the archive's furniture in it (its dates,
its bar's lines, its addresses); the CLI reads a saved capture without ``--url``; a page that only looks like one
(an element of its own named "HEADER") is left alone."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from newsarchive.extraction import extract, load_page

ORIGINAL = "https://www.harbourcourier.example/news/2024/03/11/council-rebuilds-the-old-bridge"
STAMP = "20240312103114"
CAPTURE = f"https://web.archive.example/web/{STAMP}/{ORIGINAL}"
TEXT = "".join(f"<p>The council voted on Monday to rebuild the old harbour bridge, part {i}, after a long debate about "
               "its cost and the ferry that would replace it meanwhile.</p>" for i in range(6))


def _page(prefix: str = "") -> str:
    """The article as its site prints it, every address after ``prefix`` (an archive's rewriting)."""
    return (f"<html><head><title>Council rebuilds the old bridge | Harbour Courier</title>"
            f"<link rel='canonical' href='{prefix}{ORIGINAL}'>"
            "<meta property='article:published_time' content='2024-03-11T08:00:00Z'></head><body>"
            f"<header><a href='{prefix}https://www.harbourcourier.example/'>Harbour Courier</a></header>"
            "<article><h1>Council rebuilds the old bridge</h1>"
            f"<p class='byline'>By <a href='{prefix}https://www.harbourcourier.example/author/jane-roe/'>Jane Roe</a>"
            "</p><p class='dateline'><time datetime='2024-03-11T08:00:00Z'>11 March 2024</time></p>"
            "<div class='article-body'>" + TEXT + "</div>"
            "<section class='related'><h2>Related stories</h2><ul>"
            f"<li><a href='{prefix}https://www.harbourcourier.example/news/2024/02/01/ferry-prices-rise'>Ferry prices"
            " rise again for the third year running</a></li></ul></section></article></body></html>")


def _wayback(html: str) -> str:
    """``html`` as the Wayback Machine serves its capture: its toolbar at the top of the body, the capture's dates and
    counts in it, its comments after the page."""
    toolbar = ("<!-- BEGIN WAYBACK TOOLBAR INSERT --><script>__wm.rw(0);</script><div id='wm-ipp-base' lang='en'>"
               "<div id='wm-ipp'><div id='wm-ipp-inside'><table><tr><td>27 captures</td>"
               "<td>12 Mar 2024 - 9 Oct 2024</td><td><a href='/web/20240101000000*/" + ORIGINAL + "'>MAR</a> 12 "
               "2024</td></tr></table></div></div></div><div id='wm-ipp-print'>The Wayback Machine - "
               f"{CAPTURE}</div><script>__wm.bt(725,27,25,2,\"web\",\"{ORIGINAL}\",\"{STAMP}\",1996);</script>"
               "<!-- END WAYBACK TOOLBAR INSERT -->")
    return html.replace("<body>", "<body>" + toolbar, 1) + ("<!-- FILE ARCHIVED ON 10:31:14 Mar 12, 2024 AND RETRIEVED "
                                                            "FROM THE INTERNET ARCHIVE ON 16:48:03 Nov 04, 2024. -->")


def _snapshot(html: str) -> str:
    """``html`` as archive.today serves its snapshot: its own ``<head>`` (the capture's date declared as published),
    its header bar above the page, classes dropped."""
    body = re.sub(r" class='[^']*'", "", html.split("<body>", 1)[1])
    head = ("<head><meta property='og:site_name' content='archive.today'/><meta property='og:url' "
            "content='https://archive.example/AbC12'/><meta property='og:description' content='archived 15 Mar 2024 "
            "09:14:27 UTC'/><meta property='article:published_time' itemprop='datePublished' "
            "content='2024-03-15T09:14:27Z'/><link rel='canonical' href='https://archive.example/AbC12'/>"
            "<title>Council rebuilds the old bridge | Harbour Courier</title></head>")
    bar = ("<center><div id='HEADER'><table><tr><td><a href='https://archive.example/'>archive.today<br/>webpage "
           "capture</a></td><td>Saved from</td><td><form><input type='text' name='q' value='" + ORIGINAL + "'/></form>"
           "</td><td>15 Mar 2024 09:14:27 UTC</td></tr><tr><td>All snapshots from host www.harbourcourier.example"
           "</td></tr></table></div></center><div id='CONTENT'>")
    return "<html>" + head + "<body>" + bar + body.replace("</body>", "</div></body>", 1)


def _fields(html: str, url: str | None) -> dict:
    result = extract(load_page(html, url))
    assert result.error is None
    return result.fields


def test_a_wayback_capture_gives_the_record_of_the_page_it_keeps() -> None:
    """The capture's date, counts and print line are not the article's; every address is the page's own, the record's
    as the live page's."""
    live = _fields(_page(), ORIGINAL)
    captured = _fields(_wayback(_page(f"/web/{STAMP}/")), CAPTURE)
    for name in ("headline", "published", "authors", "body", "canonical_url", "related_links"):
        assert captured[name] == live[name], name
    assert captured["published"].startswith("2024-03-11")
    assert "Wayback" not in captured["body"] and "captures" not in captured["body"]
    assert [link["url"] for link in captured["related_links"] if link["kind"] == "related"] == [
        "https://www.harbourcourier.example/news/2024/02/01/ferry-prices-rise"]
    # the archive's absolute form of a rewritten address, and the toolbar read for the address when none is given
    absolute = _fields(_wayback(_page(f"https://web.archive.example/web/{STAMP}/")), None)
    assert absolute["canonical_url"] == ORIGINAL and absolute["related_links"] == live["related_links"]


def test_an_archive_today_snapshot_declares_the_capture_not_the_article() -> None:
    """archive.today's ``datePublished`` is the capture's time and its canonical the snapshot's: the article's date is
    the page's own, its address the one the bar says it was saved from; the bar's lines are no text."""
    fields = _fields(_snapshot(_page()), "https://archive.example/AbC12")
    assert fields["published"].startswith("2024-03-11")  # the page's printed date, not the capture's 2024-03-15
    assert fields["headline"] == "Council rebuilds the old bridge"
    assert fields["body"].startswith("The council voted on Monday")
    assert "Saved from" not in fields["body"] and "webpage capture" not in fields["body"]
    assert fields["canonical_url"] in (None, ORIGINAL)


def test_a_page_of_its_own_with_a_header_named_so_is_no_snapshot() -> None:
    """An element of the page's own named "HEADER" (no archive's words in it) takes nothing out."""
    html = _page().replace("<header>", "<header><div id='HEADER'>Harbour Courier, since 1871</div>", 1)
    page = load_page(html, ORIGINAL)
    assert page.capture is None and page.url == ORIGINAL
    assert page.tree.find(".//div[@id='HEADER']") is not None


def test_extract_reads_a_saved_capture_without_its_address(tmp_path: Path) -> None:
    """``newsarchive extract`` of a capture saved as a file, no ``--url``: the record's links resolve against the
    page's own address, read from the capture's toolbar."""
    saved = tmp_path / "capture.html"
    saved.write_text(_wayback(_page(f"/web/{STAMP}/")), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "newsarchive", "extract", str(saved)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout.splitlines()[0])
    assert record["published"].startswith("2024-03-11") and record["canonical_url"] == ORIGINAL
    assert "https://www.harbourcourier.example/news/2024/02/01/ferry-prices-rise" in [
        link["url"] for link in record["related_links"]]


def test_a_capture_whose_address_holds_a_control_character_still_gives_its_record() -> None:
    """A broken page's archived address holding a control character (which lxml's parser keeps, but refuses in a
    value it sets) is given back without it: loading the capture raises nothing, and the record is the page's."""
    html = _wayback(_page(f"https://web.archive.example/web/{STAMP}/")).replace(
        "ferry-prices-rise'", "ferry-prices\x01-rise'", 1)
    fields = _fields(html, CAPTURE)
    assert fields["headline"] == "Council rebuilds the old bridge"
    assert "https://www.harbourcourier.example/news/2024/02/01/ferry-prices-rise" in [
        link["url"] for link in fields["related_links"]]  # (the control character taken out)
