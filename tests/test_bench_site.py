"""End-to-end on a 50-article site made by the shared bench's make_site.py, checked
against its truth file: one complete record per article, faithful WARC files, and
`extract` reproducing every content hash."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from datetime import datetime

import pytest
from helpers import FAST, SHARED, read_jsonl, record_at, run_cli, validate, warcio_check

from newsarchive.demo.server import SiteServer

MAKE_SITE = SHARED / "bench" / "crawl" / "make_site.py"
pytestmark = pytest.mark.skipif(not MAKE_SITE.exists(), reason="../shared/bench is not beside the checkout")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def bench_crawl(tmp_path_factory):
    work = tmp_path_factory.mktemp("bench-site")
    port = free_port()
    subprocess.run([sys.executable, str(MAKE_SITE), str(work), "--articles", "50",
                    "--base", f"http://127.0.0.1:{port}"], check=True, capture_output=True)
    truth = [json.loads(line) for line in (work / "truth.jsonl").read_text().splitlines()]
    out = work / "out"
    with SiteServer(work / "site", port=port):
        result = run_cli("crawl", "-i", str(work / "urls.txt"), "-o", str(out), *FAST,
                         "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "NEWSARCHIVE_EXTRACT_PROCESSES=0",
                         timeout=300)
    assert result.returncode == 0, result.stderr
    return out, truth, read_jsonl(out / "articles.jsonl"), result


def same_instant(a: str, b: str) -> bool:
    return datetime.fromisoformat(a) == datetime.fromisoformat(b)


def test_one_complete_record_per_article(bench_crawl) -> None:
    _, truth, records, result = bench_crawl
    by_url = {r["url"]: r for r in records}
    assert len(records) == len(by_url) == 50, result.stderr
    assert set(by_url) == {t["url"] for t in truth}
    validate(records)
    for t in truth:
        r = by_url[t["url"]]
        assert r["headline"] == t["headline"]
        assert r["description"] == t["description"]
        assert same_instant(r["published"], t["published"]) and same_instant(r["modified"], t["modified"])
        assert r["authors"] == t["authors"]
        assert r["section"] == t["section"] and r["publisher"] == t["publisher"]
        assert r["body"] == t["body"]
        assert [(i["url"], i["caption"], i["credit"]) for i in r["images"]] == [
            (i["url"], i["caption"], i["credit"]) for i in t["images"]]
        assert [link["url"] for link in r["related_links"] if link["kind"] == "related"] == t["related"]
        got = {(a["role"], a["name"]) for a in r["attributions"]}
        assert {(a["role"], a["name"]) for a in t["attributions"]} <= got
        assert r["language"] == "en"


def test_cited_sources_archived_but_not_records(bench_crawl) -> None:
    out, truth, _, result = bench_crawl
    assert "150 pages" in result.stderr or "151 pages" in result.stderr  # 50 articles + 100 cited sources (+ robots)
    assert warcio_check(out / "warc").returncode == 0


def test_pointers_land_and_extract_reproduces_hashes(bench_crawl, tmp_path) -> None:
    out, _, records, _ = bench_crawl
    for r in records:
        rec = record_at(out / "warc", r["warc"])
        assert rec.rec_type == "response"
        assert rec.rec_headers.get_header("WARC-Target-URI") == r["final_url"]
    result = run_cli("extract", str(out / "warc"), "--articles-only", "-o", str(tmp_path / "again.jsonl"))
    assert result.returncode == 0, result.stderr
    again = {r["final_url"]: r["content_sha256"] for r in read_jsonl(tmp_path / "again.jsonl")}
    assert {r["final_url"]: r["content_sha256"] for r in records} == again


def test_extraction_worker_gives_the_same_records(bench_crawl, tmp_path) -> None:
    """With the pages read in a worker process the records are the same as in the crawl's process."""
    out, truth, records, _ = bench_crawl
    site = out.parent / "site"
    port = int(truth[0]["url"].split(":")[2].split("/")[0])
    with SiteServer(site, port=port):
        result = run_cli("crawl", "-i", str(out.parent / "urls.txt"), "-o", str(tmp_path / "w"), *FAST,
                         "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "NEWSARCHIVE_EXTRACT_PROCESSES=1",
                         timeout=300)
    assert result.returncode == 0, result.stderr
    worker = {r["url"]: (r["content_sha256"], r["headline"], r["authors"], r["images"], r["attributions"])
              for r in read_jsonl(tmp_path / "w" / "articles.jsonl")}
    assert worker == {r["url"]: (r["content_sha256"], r["headline"], r["authors"], r["images"], r["attributions"])
                      for r in records}
