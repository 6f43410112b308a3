"""The command line as a user meets it: demo, extract, help, plain Scrapy, FEEDS."""

from __future__ import annotations

import csv
import gzip
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import FAST, REPO, read_jsonl, run_cli, validate, warcio_check

FIXTURE_SITE = Path(__file__).parent / "fixtures" / "site"
SEED_FILE = FIXTURE_SITE / "2023/03/07/russias-losses-in-bakhmut-5-times-higher-than-ukraine-s-nato-estimates-a80410/index.html"
CP1251_FILE = FIXTURE_SITE / "ru/2023/03/07/poteri-rossii-pod-bakhmutom-a80411/index.html"
SEED_HEADLINE = "Russia's Losses in Bakhmut 5 Times Higher Than Ukraine's, NATO Estimates"


def test_demo_archives_the_bundled_site(tmp_path) -> None:
    out = tmp_path / "demo"
    result = run_cli("demo", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "demo site served at http://127.0.0.1:" in result.stderr
    records = read_jsonl(out / "articles.jsonl")
    validate(records)
    paths = [r["url"].split("/", 3)[3] for r in records]
    seeds = [line.lstrip("/") for line in (REPO / "newsarchive/demo/urls.txt").read_text().splitlines()
             if line.startswith("/")]
    assert set(seeds) <= set(paths) and len(seeds) == 6
    assert all(p.startswith("sources/") for p in set(paths) - set(seeds))  # cited pages that are articles
    seed = next(r for r in records if r["headline"] == SEED_HEADLINE)
    assert seed["published"] == "2023-03-07"
    assert seed["images"][0]["caption"] == "A Ukrainian serviceman drives a vehicle in the town of Bakhmut."
    assert seed["images"][0]["credit"] == "Anatolii Stepanov / AFP"
    assert [link["text"] for link in seed["related_links"] if link["kind"] == "related"] == [
        "Wagner Boss Says Bakhmut Fighters Lack Ammo"]
    assert {("contributor", "AFP"), ("source", "CNN"), ("source", "the Institute for the Study of War"),
            ("photo", "Anatolii Stepanov / AFP")} <= {(a["role"], a["name"]) for a in seed["attributions"]}
    assert seed["body"].endswith("AFP contributed reporting.")
    assert warcio_check(out / "warc").returncode == 0
    assert str(out / "articles.jsonl") in result.stderr


@pytest.mark.parametrize("command", ["crawl", "extract", "demo"])
def test_every_command_has_help(command) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert "usage: newsarchive " + command in result.stdout


def test_extract_html_files_and_folders(tmp_path) -> None:
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    shutil.copy(SEED_FILE, pages / "seed.html")
    (pages / "sub" / "seed.html.gz").write_bytes(gzip.compress(SEED_FILE.read_bytes()))
    shutil.copy(CP1251_FILE, pages / "sub" / "ru.htm")
    (pages / "notes.txt").write_text("not a page")
    result = run_cli("extract", str(pages))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    validate(records)
    assert [r["source"] for r in records] == [str(pages / "seed.html"), str(pages / "sub" / "ru.htm"),
                                              str(pages / "sub" / "seed.html.gz")]
    assert records[0]["headline"] == records[2]["headline"] == SEED_HEADLINE
    assert records[0]["content_sha256"] == records[2]["content_sha256"]
    assert records[0]["url"] is None and records[0]["warc"] is None
    assert records[1]["headline"].startswith("Потери России под Бахмутом")  # charset only in <meta>
    assert records[1]["language"] == "ru"


def test_extract_single_file_with_url_to_a_file(tmp_path) -> None:
    out = tmp_path / "x.jsonl"
    url = "https://www.example.org/2023/03/07/russias-losses-a80410"
    result = run_cli("extract", str(SEED_FILE), "--url", url, "-o", str(out))
    assert result.returncode == 0, result.stderr
    (record,) = read_jsonl(out)
    assert record["url"] == url and record["source"] == str(SEED_FILE)
    assert all(link["url"].startswith("https://www.example.org/") for link in record["related_links"])


@pytest.mark.parametrize("args, message", [
    (["/nonexistent.html"], "cannot read /nonexistent.html: no such file or folder"),
    ([str(Path(__file__))], "not an .html, .htm, .html.gz, .warc or .warc.gz file"),
    ([str(SEED_FILE), str(SEED_FILE), "--url", "http://x.org/"], "--url applies to a single HTML file"),
])
def test_extract_bad_usage_exits_2(args, message) -> None:
    result = run_cli("extract", *args)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_extract_goes_on_past_a_broken_file(tmp_path) -> None:
    (tmp_path / "a.html.gz").write_bytes(b"\x1f\x8b not really gzip")
    shutil.copy(SEED_FILE, tmp_path / "b.html")
    result = run_cli("extract", str(tmp_path))
    assert result.returncode == 0
    assert "cannot read" in result.stderr and "a.html.gz" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_plain_scrapy_with_a_csv_feed_beside(site, tmp_path) -> None:
    """`scrapy crawl article` from the checkout runs the same spider and pipelines,
    and Scrapy's own FEEDS work next to newsarchive's exporters."""
    urls = tmp_path / "urls.txt"
    urls.write_text(site.base_url + "/2023/03/06/wagner-boss-says-bakhmut-fighters-lack-ammo-a80396\n")
    out = tmp_path / "out"
    scrapy = [sys.executable, "-m", "scrapy"]
    result = subprocess.run([*scrapy, "crawl", "article", "-a", f"urls={urls}", "-a", "depth=0",
                             "-s", f"NEWSARCHIVE_OUTPUT={out}", "-s", "NEWSARCHIVE_PROGRESS=False",
                             "-s", "LOG_LEVEL=WARNING", *FAST, "-O", f"{tmp_path / 'feed.csv'}:csv"],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    (record,) = read_jsonl(out / "articles.jsonl")
    assert record["headline"] == "Wagner Boss Says Bakhmut Fighters Lack Ammo"
    rows = list(csv.DictReader(open(tmp_path / "feed.csv", encoding="utf-8")))
    assert [row["headline"] for row in rows] == [record["headline"]]
    assert rows[0]["content_sha256"] == record["content_sha256"]
    assert list((out / "warc").glob("*.warc.gz"))


def test_settings_override_reaches_the_crawl(site, tmp_path) -> None:
    out = tmp_path / "out"
    result = run_cli("crawl", site.base_url + "/2023/03/06/wagner-boss-says-bakhmut-fighters-lack-ammo-a80396",
                     "-o", str(out), "--depth", "0", *FAST, "-s", "USER_AGENT=probe/1.0 (+http://x.invalid)",
                     "--warc-max-size", "1k")
    assert result.returncode == 0, result.stderr
    warcs = sorted((out / "warc").glob("*.warc.gz"))
    assert len(warcs) >= 2  # rotated at 1 kB: robots.txt exchange and the article in separate files
    assert b"probe/1.0" in b"".join(gzip.decompress(p.read_bytes()) for p in warcs)


def test_extract_reads_uncompressed_warc_too(site, tmp_path) -> None:
    out = tmp_path / "out"
    url = site.base_url + "/2023/03/06/wagner-boss-says-bakhmut-fighters-lack-ammo-a80396"
    assert run_cli("crawl", url, "-o", str(out), "--depth", "0", *FAST).returncode == 0
    (record,) = read_jsonl(out / "articles.jsonl")
    (packed,) = (out / "warc").glob("*.warc.gz")
    plain = tmp_path / "plain.warc"
    plain.write_bytes(gzip.decompress(packed.read_bytes()))  # all members, one stream
    result = run_cli("extract", str(plain), "--articles-only")
    assert result.returncode == 0, result.stderr
    (again,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert again["content_sha256"] == record["content_sha256"] and again["source"] == str(plain)
    assert again["warc"]["filename"] == "plain.warc"


@pytest.mark.parametrize("args, agent", [
    (["--contact", "https://desk.example.org/archive"], "(+https://desk.example.org/archive)"),
    (["-s", "NEWSARCHIVE_CONTACT_URL=https://desk.example.org/c"], "(+https://desk.example.org/c)"),
    (["-s", "NEWSARCHIVE_CONTACT_URL=https://a.example/c", "-s", "USER_AGENT=own/1.0"], "own/1.0"),
])
def test_contact_url_goes_into_the_user_agent(site, tmp_path, args, agent) -> None:
    out = tmp_path / "out"
    url = site.base_url + "/2023/03/06/wagner-boss-says-bakhmut-fighters-lack-ammo-a80396"
    assert run_cli("crawl", url, "-o", str(out), "--depth", "0", *FAST, *args).returncode == 0
    sent = b"".join(gzip.decompress(p.read_bytes()) for p in (out / "warc").glob("*.warc.gz"))
    assert re.search(rb"\r\nUser-Agent: [^\r]*" + re.escape(agent.encode()) + rb"\r\n", sent)


def test_python_m_runs_the_same_command_line(tmp_path) -> None:
    """``python -m newsarchive`` is the ``newsarchive`` script: the same record of the same page, the
    same usage status without a command."""
    shutil.copy(SEED_FILE, tmp_path / "seed.html")
    module = subprocess.run([sys.executable, "-m", "newsarchive", "extract", str(tmp_path / "seed.html")],
                            capture_output=True, text=True, timeout=120, check=False)
    script = run_cli("extract", str(tmp_path / "seed.html"))
    assert module.returncode == script.returncode == 0
    assert _records(module.stdout) == _records(script.stdout) and _records(module.stdout)[0]["headline"]
    bare = subprocess.run([sys.executable, "-m", "newsarchive"], capture_output=True, text=True, timeout=60, check=False)
    assert bare.returncode == 2 and "usage: newsarchive" in bare.stderr


def _records(stdout: str) -> list[dict]:
    """The JSON lines printed, without the time of extraction."""
    return [{k: v for k, v in json.loads(line).items() if k != "extracted_at"} for line in stdout.splitlines()]
