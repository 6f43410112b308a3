"""Output that loads typed: the README's pandas and DuckDB snippets, taken from README.md as
written, run against a fresh job archive (a job run twice against a local server; between
the runs only one article's body changes); ``published_utc`` / ``modified_utc``; one shape of
``changes``; Scrapy's CSV and XML exports with JSON in nested fields."""

from __future__ import annotations

import ast
import csv
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO, read_jsonl, run_cli, validate
from lxml import etree

from newsarchive.changes import FIELDS, record_changes
from newsarchive.demo.server import SiteServer
from newsarchive.items import (
    COMPARED_FIELDS,
    OPTIONAL_FIELDS,
    RECORD_FIELDS,
    UTC_FIELDS,
    Article,
    utc_timestamp,
)
from newsarchive.records import load_schema, record_dict

duckdb = pytest.importorskip("duckdb", reason="the test extra's duckdb is not installed")
pd = pytest.importorskip("pandas", reason="the test extra's pandas is not installed")

README = REPO / "README.md"
TEXT = ("The harbour board met on Thursday and agreed the plan after a long debate about the cost, "
        "the delays and the residents who fear months of noise and heavy traffic near the works. ")
YEAR = datetime.now(UTC).year
#: (slug, published as the page states it, its UTC instant or None)
PAGES = [
    ("tunnel", f"{YEAR}-01-10T09:00:00+02:00", f"{YEAR}-01-10T07:00:00Z"),
    ("bridge", f"{YEAR}-01-09", None),  # a day alone: no instant
    ("market", f"{YEAR}-01-10T07:30:00-05:00", f"{YEAR}-01-10T12:30:00Z"),
]


def page(title: str, published: str, paragraphs: int = 3) -> str:
    body = "".join(f"<p>{TEXT}{n}</p>" for n in range(paragraphs))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{published}"></head><body><main><article>'
            f'<h1>{title}</h1><p class="byline">By Anna Smith</p><figure><img src="/i/{title[:3]}.jpg">'
            f'<figcaption>The quay at dawn. Photo: Bo Chen</figcaption></figure>'
            f'<div class="article-body">{body}</div></article></main></body></html>')


def write_pages(root: Path, longer: str | None = None) -> None:
    for slug, published, _ in PAGES:
        path = root / "news" / slug / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page(f"{slug.title()} news of the day", published, 4 if slug == longer else 3))


@pytest.fixture(scope="module")
def job_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A job's folder after two runs; between them only the tunnel article's body grew."""
    tmp = tmp_path_factory.mktemp("typed")
    root = tmp / "site"
    write_pages(root)
    with SiteServer(root) as server:
        (tmp / "urls.txt").write_text("".join(f"{server.base_url}/news/{slug}/\n" for slug, _, _ in PAGES))
        jobs = tmp / "jobs.toml"
        jobs.write_text(f'[jobs.harbour]\nseeds = ["urls.txt"]\nevery = "1h"\ndepth = 0\noutput = "{tmp / "job"}"\n'
                        'revisit = { for = "3650d", every = "1s" }\n'
                        'settings = { AUTOTHROTTLE_ENABLED = false, DOWNLOAD_TIMEOUT = 5 }\n')
        for run in range(2):
            if run:
                write_pages(root, longer="tunnel")
                time.sleep(1.1)  # the revisit interval of the job is 1 s
            result = run_cli("run", str(jobs), "--job", "harbour")
            assert result.returncode == 0, result.stderr
    yield tmp / "job"


@pytest.fixture(scope="module")
def records(job_archive: Path) -> list[dict[str, Any]]:
    found = read_jsonl(job_archive / "articles.jsonl")
    validate(found)
    assert sorted((r["url"].split("/")[-2], r["version"]) for r in found) == [
        ("bridge", 1), ("market", 1), ("tunnel", 1), ("tunnel", 2)]
    return found


@pytest.fixture
def readme_cwd(job_archive: Path, tmp_path: Path) -> Iterator[Path]:
    """A folder where the README's paths (``output/``, ``archive/harbour/``) are the job's archive."""
    (tmp_path / "archive").mkdir()
    (tmp_path / "output").symlink_to(job_archive)
    (tmp_path / "archive" / "harbour").symlink_to(job_archive)
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)


def readme_blocks(language: str, containing: str) -> list[str]:
    """The README's fenced code blocks of ``language`` that contain ``containing``."""
    blocks = re.findall(rf"^```{language}\n(.*?)^```", README.read_text("utf-8"), re.DOTALL | re.MULTILINE)
    return [b for b in blocks if containing in b]


def sql_statements(block: str) -> list[str]:
    text = "\n".join(line for line in block.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in text.split(";") if s.strip()]


# -- the README's snippets, as written ------------------------------------------------------------
def test_readme_pandas_snippet_gives_typed_utc_times(records: list[dict], readme_cwd: Path) -> None:
    (snippet,) = readme_blocks("python", "import pandas")
    tree = ast.parse(snippet)
    namespace: dict[str, Any] = {}
    exec(compile(ast.Module(tree.body[:-1], []), "README.md", "exec"), namespace)  # noqa: S102
    shown = eval(compile(ast.Expression(tree.body[-1].value), "README.md", "eval"), namespace)
    df = namespace["df"]
    assert isinstance(df["published_utc"].dtype, pd.DatetimeTZDtype) and str(df["published_utc"].dt.tz) == "UTC"
    # sorted by the instant, not by the text: 09:00+02:00 (07:00Z) before 07:30-05:00 (12:30Z)
    order = [url.split("/")[-2] for url in df.loc[shown.index, "url"]]
    assert order[:3] == ["tunnel", "tunnel", "market"] and order[3] == "bridge"
    assert shown["published"].tolist()[-1] == f"{YEAR}-01-09"  # the page's own statement is kept as text


def test_readme_duckdb_queries_run_on_an_archive_where_only_a_body_changed(records: list[dict],
                                                                           readme_cwd: Path) -> None:
    blocks = readme_blocks("sql", "read_json_auto")
    statements = [s for block in blocks for s in sql_statements(block)]
    assert len(statements) >= 4, statements  # the records, photo credits, latest versions, retitled
    results = {}
    for statement in statements:
        results[statement] = duckdb.connect().execute(statement).fetchall()  # as written: none may fail
    by_text = {s.split("FROM")[0]: rows for s, rows in results.items()}
    (listing,) = [rows for head, rows in by_text.items() if "len(body)" in head]
    assert [row[0].split()[0] for row in listing] == ["Market", "Tunnel", "Tunnel", "Bridge"]
    assert listing[0][1] == datetime(YEAR, 1, 10, 12, 30, tzinfo=UTC)  # typed TIMESTAMPTZ
    (credits,) = [rows for head, rows in by_text.items() if "credit" in head]
    assert credits == [("Bo Chen", 4)]
    (latest,) = [rows for head, rows in by_text.items() if "version, fetched_at" in head]
    assert sorted((url.split("/")[-2], version) for url, version, *_ in latest) == [
        ("bridge", 1), ("market", 1), ("tunnel", 2)]
    (retitled,) = [rows for head, rows in by_text.items() if "AS before" in head]
    assert retitled == []  # only a body changed: no headline change, and no error either


def test_the_retitled_query_finds_a_headline_change(records: list[dict], readme_cwd: Path, tmp_path: Path) -> None:
    """The same query reports a retitle once there is one (it is not empty by construction)."""
    (query,) = [s for b in readme_blocks("sql", "AS before") for s in sql_statements(b) if "AS before" in s]
    retitled = dict(records[-1], version=3, headline="Tunnel news of the day, updated",
                    changes=record_changes({"headline": {"words_added": 1, "words_removed": 0}}))
    lines = (readme_cwd / "output" / "articles.jsonl").read_text() + json.dumps(retitled) + "\n"
    (readme_cwd / "archive" / "harbour").unlink()
    (readme_cwd / "archive" / "harbour").mkdir()
    (readme_cwd / "archive" / "harbour" / "articles.jsonl").write_text(lines)
    rows = duckdb.connect().execute(query).fetchall()
    assert [(before, after) for _, before, after, _ in rows] == [
        ("Tunnel news of the day", "Tunnel news of the day, updated")]


# -- the record's fields -------------------------------------------------------------------
def test_records_carry_utc_instants_and_one_shape_of_changes(records: list[dict]) -> None:
    expected = {slug: utc for slug, _, utc in PAGES}
    for record in records:
        slug = record["url"].split("/")[-2]
        assert record["published_utc"] == expected[slug]
        assert list(record["changes"]) == list(COMPARED_FIELDS)
    (second,) = [r for r in records if r["version"] == 2]
    assert {k for k, v in second["changes"].items() if v} == {"body"}
    assert second["changes"]["body"]["words_added"] > 0


@pytest.mark.parametrize(("stated", "utc"), [
    ("2023-03-07T10:00:00+01:00", "2023-03-07T09:00:00Z"),
    ("2023-03-07T23:30:00-05:00", "2023-03-08T04:30:00Z"),
    ("2023-03-07T08:00:00.250Z", "2023-03-07T08:00:00Z"),
    ("2023-03-07", None), ("2023-03-07T10:00:00", None), ("not a date", None), (None, None),
])
def test_utc_timestamp(stated: str | None, utc: str | None) -> None:
    assert utc_timestamp(stated) == utc
    assert Article(published=stated).published_utc == utc
    assert record_dict({"published": stated, "modified": stated})["modified_utc"] == utc


def test_the_schema_follows_the_utc_fields_and_the_compared_fields() -> None:
    schema = load_schema()
    for name in UTC_FIELDS:
        assert schema["properties"][name] == {"$ref": "#/$defs/utcTimestamp"}
        assert RECORD_FIELDS.index(name) > RECORD_FIELDS.index(UTC_FIELDS[name])
    changes = schema["properties"]["changes"]["anyOf"][1]
    assert changes["required"] == list(COMPARED_FIELDS) == list(FIELDS)
    assert set(changes["properties"]) == set(COMPARED_FIELDS)


# -- Scrapy's own exports ----------------------------------------------------------------------
def scrapy_crawl(url: str, out: Path, feed: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", "article", "-a", f"seeds={url}", "-a", "depth=0",
                           "-s", f"NEWSARCHIVE_OUTPUT={out / 'archive'}", "-s", "AUTOTHROTTLE_ENABLED=False",
                           "-O", feed], cwd=REPO, capture_output=True, text=True, timeout=120, check=False)


def test_scrapy_csv_and_xml_exports_write_nested_fields_as_json(tmp_path: Path) -> None:
    root = tmp_path / "site"
    write_pages(root)
    with SiteServer(root) as server:
        url = f"{server.base_url}/news/tunnel/"
        result = scrapy_crawl(url, tmp_path, f"{tmp_path / 'x.csv'}:csv")
        assert result.returncode == 0, result.stderr
        xml = scrapy_crawl(url, tmp_path / "again", f"{tmp_path / 'x.xml'}:xml")
        assert xml.returncode == 0, xml.stderr
    with open(tmp_path / "x.csv", newline="", encoding="utf-8") as f:
        (row,) = list(csv.DictReader(f))
    assert list(row) == [name for name in RECORD_FIELDS if name not in OPTIONAL_FIELDS]  # unset ones left out
    assert json.loads(row["authors"]) == ["Anna Smith"]
    assert json.loads(row["images"])[0]["credit"] == "Bo Chen"
    assert json.loads(row["warc"])["filename"].endswith(".warc.gz")
    assert json.loads(row["changes"]) == dict.fromkeys(COMPARED_FIELDS)
    assert row["published_utc"] == f"{YEAR}-01-10T07:00:00Z" and row["modified"] == ""
    (item,) = etree.parse(str(tmp_path / "x.xml")).getroot()
    assert json.loads(item.findtext("authors")) == ["Anna Smith"]
    assert json.loads(item.findtext("images"))[0]["url"].endswith("/i/Tun.jpg")
    assert item.findtext("modified") == "" and item.findtext("published_utc") == f"{YEAR}-01-10T07:00:00Z"
