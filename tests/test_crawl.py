"""End-to-end: `newsarchive crawl` in a subprocess against the local fixture site."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from helpers import (
    FAST,
    SHARED,
    read_jsonl,
    record_at,
    run_cli,
    validate,
    warc_records,
    warcio_check,
)

SEED = "/2023/03/07/russias-losses-in-bakhmut-5-times-higher-than-ukraine-s-nato-estimates-a80410"
RELATED = "/2023/03/06/wagner-boss-says-bakhmut-fighters-lack-ammo-a80396"
CNN = "/sources/cnn-nato-bakhmut-estimate/"
ISW = "/sources/isw-russian-offensive-campaign-assessment-march-6-2023/"
CP1251 = "/ru/2023/03/07/poteri-rossii-pod-bakhmutom-a80411/"
#: the founding article as text, a copy of ../shared/seed/ (the tests must run without ../shared)
SEED_TEXT = Path(__file__).parent / "fixtures" / "seed" / "moscow-times-bakhmut-2023-03-07.md"


@pytest.fixture(scope="module")
def seed_crawl(site, tmp_path_factory) -> tuple[Path, list[dict], object]:
    out = tmp_path_factory.mktemp("seed-crawl")
    result = run_cli("crawl", site.base_url + SEED, "-o", str(out), *FAST)
    assert result.returncode == 0, result.stderr
    return out, read_jsonl(out / "articles.jsonl"), result


def seed_paragraphs() -> list[str]:
    """The founding article's text paragraphs, as the seed text gives them (markdown removed)."""
    text = SEED_TEXT.read_text("utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    start = next(i for i, p in enumerate(paragraphs) if p.startswith("A Ukrainian serviceman")) + 1
    end = next(i for i, p in enumerate(paragraphs) if p.startswith("Original url"))
    body = [p for p in paragraphs[start:end] if not p.startswith("Related article")]
    return [re.sub(r"\[([^]]*)\]\([^)]*\)", r"\1", p).strip("*") for p in body]


def by_path(records: list[dict], base: str) -> dict[str, dict]:
    return {r["url"].removeprefix(base): r for r in records}


def test_seed_article_comes_out_right(site, seed_crawl) -> None:
    _, records, _ = seed_crawl
    seed = by_path(records, site.base_url)[SEED]
    assert seed["headline"] == "Russia's Losses in Bakhmut 5 Times Higher Than Ukraine's, NATO Estimates"
    assert seed["published"].startswith("2023-03-07")
    assert seed["authors"] == []
    assert seed["images"][0]["caption"] == "A Ukrainian serviceman drives a vehicle in the town of Bakhmut."
    assert seed["images"][0]["credit"] == "Anatolii Stepanov / AFP"
    assert seed["images"][0]["url"].startswith(site.base_url + "/images/")
    related = [link for link in seed["related_links"] if link["kind"] == "related"]
    assert [link["url"] for link in related] == [site.base_url + RELATED]
    roles = [(a["role"], a["name"]) for a in seed["attributions"]]
    assert roles == [("photo", "Anatolii Stepanov / AFP"), ("contributor", "AFP"), ("source", "CNN"),
                     ("source", "the Institute for the Study of War"), ("copyright", "The Moscow Times")]
    cnn = next(a for a in seed["attributions"] if a["role"] == "source" and a["name"] == "CNN")
    assert cnn["url"] == site.base_url + CNN
    assert seed["body"] == "\n\n".join(seed_paragraphs())  # exactly the founding article's text
    assert seed["status"] == 200 and seed["fetched_at"].endswith("Z")


def test_seed_text_is_the_shared_one() -> None:
    shared = SHARED / "seed" / SEED_TEXT.name
    if not shared.exists():
        pytest.skip("../shared/seed is not beside the checkout (the copy in tests/fixtures/seed is used)")
    assert SEED_TEXT.read_bytes() == shared.read_bytes()


def test_related_links_followed_but_not_navigation(site, seed_crawl) -> None:
    out, records, _ = seed_crawl
    fetched = {rec.rec_headers.get_header("WARC-Target-URI").removeprefix(site.base_url)
               for _, _, rec, _ in warc_records(out / "warc") if rec.rec_type == "response"}
    assert {SEED, RELATED, CNN, ISW, "/robots.txt"} <= fetched
    # menus, tags and footer lead to 404 pages on purpose: none of them is followed; the two
    # articles' photos are their page resources (--resources article, tests/test_resources.py)
    assert fetched == {SEED, RELATED, CNN, ISW, "/robots.txt",
                       "/images/bakhmut-serviceman-vehicle.jpg", "/images/wagner-fighters.jpg"}
    assert set(by_path(records, site.base_url)) == {SEED, RELATED}  # source stubs are not articles


def test_every_record_valid_and_pointing_at_its_response(seed_crawl) -> None:
    out, records, _ = seed_crawl
    validate(records)
    for record in records:
        rec = record_at(out / "warc", record["warc"])
        assert rec.rec_type == "response"
        assert rec.rec_headers.get_header("WARC-Target-URI") == record["final_url"]
        assert rec.rec_headers.get_header("WARC-Record-ID") == record["warc"]["record_id"]
        assert b"<html" in rec.payload.lower()


def test_warc_files_pass_warcio_check_and_keep_compressed_bytes(seed_crawl) -> None:
    out, _, _ = seed_crawl
    check = warcio_check(out / "warc")
    assert check.returncode == 0, check.stdout + check.stderr
    records = warc_records(out / "warc")
    assert records[0][2].rec_type == "warcinfo"
    kinds = [rec.rec_type for _, _, rec, _ in records]
    assert kinds.count("request") == kinds.count("response")
    responses = [(rec, raw) for _, _, rec, raw in records if rec.rec_type == "response"]
    gzipped = [(rec, raw) for rec, raw in responses if rec.http_headers.get_header("Content-Encoding") == "gzip"]
    assert gzipped, "the server gzips pages; the WARC must keep them as sent"
    for rec, raw in gzipped:
        assert gzip.decompress(raw)  # the payload is the compressed entity, as received
        assert rec.http_headers.get_header("Content-Length") == str(len(raw))
    requests = [rec for _, _, rec, _ in records if rec.rec_type == "request"]
    ids = {rec.rec_headers.get_header("WARC-Record-ID") for rec, _ in responses}
    assert all(rec.rec_headers.get_header("WARC-Concurrent-To") in ids for rec in requests)
    assert all(rec.http_headers.get_header("User-Agent", "").startswith("newsarchive/") for rec in requests)


def test_extract_of_warc_reproduces_content_hashes(seed_crawl, tmp_path) -> None:
    out, records, _ = seed_crawl
    result = run_cli("extract", str(out / "warc"), "--articles-only", "-o", str(tmp_path / "x.jsonl"))
    assert result.returncode == 0, result.stderr
    again = {r["final_url"]: r for r in read_jsonl(tmp_path / "x.jsonl")}
    validate(list(again.values()))
    for record in records:
        twin = again[record["final_url"]]
        assert twin["content_sha256"] == record["content_sha256"]
        assert twin["warc"] == record["warc"]
        assert twin["headline"] == record["headline"]


def test_summary_names_files_written(seed_crawl) -> None:
    out, _, result = seed_crawl
    assert "2 articles" in result.stderr
    assert str(out / "articles.jsonl") in result.stderr
    assert "WARC:" in result.stderr and ".warc.gz" in result.stderr


def test_bad_inputs_are_reported_and_the_run_goes_on(site, dead_url, tmp_path) -> None:
    base = site.base_url
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join([
        "# bad cases, one a line", "", "not a url", "ftp://example.org/file", dead_url,
        f"{base}/status/404", f"{base}/status/500", f"{base}/loop/a", f"{base}/slow{RELATED}",
        f"{base}/doc.pdf", f"{base}/photo.jpg", f"{base}/broken/", f"{base}{CP1251}",
        f"{base}/redirect{SEED}", f"{base}/chunked", f"{base}/cookies",
    ]) + "\n")
    out = tmp_path / "out"
    result = run_cli("crawl", "-i", str(urls), "-o", str(out), "--depth", "0", *FAST)
    assert result.returncode == 0, result.stderr
    err = result.stderr
    for reason in ("invalid URL): 2", "HTTP 404", "HTTP 500", "redirect loop", "timeout",
                   "not HTML (application/pdf)", "not HTML (image/jpeg)", "connection refused"):
        assert f"failed ({reason}" in err, err
    assert "stdin" not in err and "urls.txt:3" in err  # invalid lines named with their line number
    records = by_path(read_jsonl(out / "articles.jsonl"), base)
    validate(list(records.values()))
    assert records["/broken/"]["headline"] == "Frontline Town Rebuilds Its Bakery, One Oven at a Time"
    assert records[CP1251]["headline"] == "Потери России под Бахмутом в пять раз выше украинских — оценка НАТО"
    assert "Анна Смирнова" in records[CP1251]["authors"]
    redirected = records[f"/redirect{SEED}"]
    assert redirected["final_url"] == base + SEED
    assert redirected["headline"].startswith("Russia's Losses in Bakhmut")
    assert records["/chunked"]["headline"] == "Kyiv Says Its Troops Still Hold Western Bakhmut"

    responses = {rec.rec_headers.get_header("WARC-Target-URI").removeprefix(base): (rec, raw)
                 for _, _, rec, raw in warc_records(out / "warc") if rec.rec_type == "response"}
    cookies, _ = responses["/cookies"]
    assert cookies.http_headers.statusline == "200 Fine"
    assert [v for k, v in cookies.http_headers.headers if k.lower() == "set-cookie"] == [
        "session=d41d8cd98f00; Path=/; HttpOnly", "consent=yes; Path=/; Max-Age=3600"]
    chunked, raw = responses["/chunked"]
    assert chunked.http_headers.get_header("X-Crawler-Transfer-Encoding") == "chunked"
    assert chunked.http_headers.get_header("Transfer-Encoding") is None
    assert b"Kyiv Says Its Troops" in raw and b"\r\n0\r\n" not in raw
    assert responses[f"/redirect{SEED}"][0].http_headers.get_statuscode() == "301"
    assert responses["/status/404"][0].http_headers.get_statuscode() == "404"
    assert warcio_check(out / "warc").returncode == 0


def test_an_oversized_page_is_cut_at_the_size_limit_and_archived(site, tmp_path) -> None:
    # A timeout long enough that only the size limit (10 MiB by default) can stop the 12 MiB
    # page, however loaded the machine: with FAST's 2 s a busy machine may hit the time first.
    base = site.base_url
    out = tmp_path / "out"
    result = run_cli("crawl", f"{base}/huge", f"{base}/broken/", "-o", str(out), "--depth", "0",
                     *FAST, "-s", "DOWNLOAD_TIMEOUT=60")
    assert result.returncode == 0, result.stderr
    assert "failed (too large" in result.stderr, result.stderr
    assert "Paragraph 00" not in result.stderr  # no page content on stderr
    records = by_path(read_jsonl(out / "articles.jsonl"), base)
    assert list(records) == ["/broken/"]  # the run went on; the cut page is no article
    responses = {rec.rec_headers.get_header("WARC-Target-URI").removeprefix(base): (rec, raw)
                 for _, _, rec, raw in warc_records(out / "warc") if rec.rec_type == "response"}
    huge, raw = responses["/huge"]  # cut at the size limit and archived as such, never as a whole page
    assert huge.rec_headers.get_header("WARC-Truncated") == "length"
    assert 10 * 1024 * 1024 <= len(raw) < 12 * 1024 * 1024
    assert raw.startswith(b"<!DOCTYPE html>") and b"Paragraph 0000000:" in raw
    assert warcio_check(out / "warc").returncode == 0


def test_duplicate_urls_are_fetched_once(site, tmp_path) -> None:
    base = site.base_url
    urls = [f"{base}{SEED}", f"{base}{SEED}?utm_source=newsletter&utm_medium=email", f"{base}{SEED}#comments",
            f"http://127.0.0.1:{site.port}{SEED}"]
    out = tmp_path / "out"
    result = run_cli("crawl", *urls, "-o", str(out), "--depth", "0", *FAST)
    assert result.returncode == 0, result.stderr
    assert len(read_jsonl(out / "articles.jsonl")) == 1
    fetched = [rec for _, _, rec, _ in warc_records(out / "warc") if rec.rec_type == "response"]
    # robots.txt, the article and its photo (a page resource), once each
    assert sorted(rec.rec_headers.get_header("WARC-Target-URI").removeprefix(base) for rec in fetched) == \
        sorted(["/robots.txt", SEED, "/images/bakhmut-serviceman-vehicle.jpg"])


def test_same_site_keeps_to_the_seed_hosts(site, tmp_path) -> None:
    # "localhost" and "127.0.0.1" are different hosts: links on the page use 127.0.0.1
    out = tmp_path / "out"
    seed = f"http://localhost:{site.port}{SEED}"
    result = run_cli("crawl", seed, "-o", str(out), "--same-site", *FAST)
    assert result.returncode == 0, result.stderr
    uris = {rec.rec_headers.get_header("WARC-Target-URI") for _, _, rec, _ in warc_records(out / "warc")
            if rec.rec_type == "response"}
    assert f"http://localhost:{site.port}{SEED}" in uris
    assert all(u.startswith(f"http://localhost:{site.port}/") for u in uris)


def test_urls_from_stdin_and_robots_obeyed(site, tmp_path) -> None:
    out = tmp_path / "out"
    stdin = f"# from a pipe\n{site.base_url}/private/\n\n{site.base_url}{RELATED}\n"
    result = run_cli("crawl", "-i", "-", "-o", str(out), "--depth", "0", *FAST, stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert "failed (forbidden by robots.txt): 1" in result.stderr
    assert [r["url"] for r in read_jsonl(out / "articles.jsonl")] == [site.base_url + RELATED]
    out2 = tmp_path / "out2"
    result = run_cli("crawl", "-i", "-", "-o", str(out2), "--depth", "0", "--ignore-robots", *FAST, stdin=stdin)
    uris = {rec.rec_headers.get_header("WARC-Target-URI") for _, _, rec, _ in warc_records(out2 / "warc")
            if rec.rec_type == "response"}
    assert site.base_url + "/private/" in uris and site.base_url + "/robots.txt" not in uris


@pytest.mark.parametrize("args, message", [
    (["-i", "/nonexistent/urls.txt"], "cannot read URL list /nonexistent/urls.txt"),
    (["-i", "/"], "it is a folder"),
    ([], "give article URLs or -i FILE"),
    (["not-a-url"], "no valid URL to crawl"),
    (["http://127.0.0.1/", "--depth", "-1"], "--depth must be 0 or more"),
    (["http://127.0.0.1/", "-s", "NOVALUE"], "-s wants NAME=VALUE"),
])
def test_bad_usage_exits_2_with_one_line(args, message, tmp_path) -> None:
    result = run_cli("crawl", *args, "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "articles.jsonl").exists()


def test_a_second_crawl_into_a_folder_is_incremental(site, tmp_path) -> None:
    """Unchanged: a revisit record and no new line; the first line is never rewritten."""
    out = tmp_path / "out"
    result = run_cli("crawl", site.base_url + RELATED, "-o", str(out), "--depth", "0", *FAST)
    assert result.returncode == 0, result.stderr
    first = (out / "articles.jsonl").read_bytes()
    again = run_cli("crawl", site.base_url + RELATED, "-o", str(out), "--depth", "0", *FAST)
    assert again.returncode == 0, again.stderr
    assert (out / "articles.jsonl").read_bytes() == first
    assert read_jsonl(out / "articles.jsonl")[0]["version"] == 1
    assert "unchanged since the last run: 1 page(s)" in again.stderr
    files = sorted((out / "warc").glob("*.warc.gz"))
    assert len(files) == 2  # a run never appends to an old WARC file
    kinds = [rec.rec_type for path, _, rec, _ in warc_records(out / "warc")
             if path == files[1] and rec.rec_headers.get_header("WARC-Target-URI") == site.base_url + RELATED]
    assert kinds[:2] == ["revisit", "request"] and "response" not in kinds
