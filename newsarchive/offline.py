"""``newsarchive extract``: the crawl's extraction over saved HTML and WARC files.

No network: each HTML file, and each HTML response record of a WARC file, goes
through the same :func:`newsarchive.extraction.extract` as a crawl, so
re-extracting a crawl's WARC files reproduces its records' ``content_sha256``.
"""

from __future__ import annotations

import gzip
import logging
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsarchive.extraction import could_be_article, extract, load_page
from newsarchive.extraction.page import is_html_type
from newsarchive.items import SCHEMA_VERSION
from newsarchive.records import record_dict, record_line

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")


class ExtractError(Exception):
    """An input path that cannot be used at all."""


@dataclass
class Source:
    """One HTML document found in an input: its payload and what is known of its fetch."""

    source: str
    body: bytes
    url: str | None = None
    content_type: str | None = None
    status: int | None = None
    fetched_at: str | None = None
    warc: dict[str, Any] | None = None


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    return None


def input_files(paths: list[str]) -> list[tuple[Path, str]]:
    """``(file, source)`` for every input file; folders are walked in name order."""
    found = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found += [(f, str(f)) for f in sorted(path.rglob("*")) if f.is_file() and _kind(f)]
        elif not path.exists():
            raise ExtractError(f"cannot read {given}: no such file or folder")
        elif not _kind(path):
            raise ExtractError(f"cannot read {given}: not an .html, .htm, .html.gz, .warc or .warc.gz file")
        else:
            found.append((path, given))
    return found


def _html_sources(path: Path, source: str, url: str | None) -> Iterator[Source]:
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        data = gzip.decompress(data)
    yield Source(source, data, url=url)


def _warc_sources(path: Path, source: str) -> Iterator[Source]:
    with open(path, "rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            if record.rec_type != "response" or not record.http_headers:
                continue
            content_type = record.http_headers.get_header("Content-Type")
            if not is_html_type(content_type):
                continue
            body = record.content_stream().read()  # before the offset: asking for it skips the record
            headers = record.rec_headers
            yield Source(
                source, body, url=headers.get_header("WARC-Target-URI"), content_type=content_type,
                status=int(record.http_headers.get_statuscode() or 0) or None,
                fetched_at=_iso_z(headers.get_header("WARC-Date")),
                warc={"filename": path.name, "offset": records.get_record_offset(),
                      "length": records.get_record_length(),
                      "record_id": headers.get_header("WARC-Record-ID")},
            )


def _iso_z(warc_date: str | None) -> str | None:
    """WARC-Date with fractions dropped: the record's ``fetched_at`` format."""
    if not warc_date:
        return None
    return warc_date.split(".", 1)[0].rstrip("Z") + "Z"


def sources(path: Path, source: str, url: str | None) -> Iterator[Source]:
    if _kind(path) == "warc":
        return _warc_sources(path, source)
    return _html_sources(path, source, url)


def record_for(src: Source, seconds: float | None, articles_only: bool) -> dict[str, Any] | None:
    page = load_page(src.body, src.url, src.content_type)
    if articles_only and not could_be_article(page):
        return None
    result = extract(page, seconds)
    if result.error:
        logger.warning("extraction failed: %s: %s", src.source, result.error)
    if articles_only and not result.is_article:
        return None
    return record_dict({
        "schema_version": SCHEMA_VERSION, "url": src.url, "source": src.source, "final_url": src.url,
        "fetched_at": src.fetched_at, "status": src.status, "warc": src.warc, **result.fields,
    })


def run_extract(paths: list[str], output: str | None, url: str | None = None,
                articles_only: bool = False, seconds: float | None = 10.0, quiet: bool = False) -> int:
    """Extract every input to JSON lines; unreadable files are reported and skipped."""
    logging.basicConfig(level=logging.ERROR if quiet else logging.WARNING, format="%(levelname)s: %(message)s")
    files = input_files(paths)
    if url and len(files) != 1:
        raise ExtractError("--url applies to a single HTML file")
    try:
        out: IO[bytes] = open(output, "wb") if output else sys.stdout.buffer
    except OSError as exc:
        raise ExtractError(f"cannot write {output}: {exc.strerror}") from None
    written = failed = 0
    try:
        for path, source in files:
            try:
                for src in sources(path, source, url):
                    record = record_for(src, seconds, articles_only)
                    if record is not None:
                        out.write(record_line(record))
                        written += 1
            except (OSError, EOFError, zlib.error, ArchiveLoadFailed) as exc:
                failed += 1
                logger.warning("cannot read %s: %s", source, exc)
        out.flush()
    finally:
        if output:
            out.close()
    if not quiet:
        print(f"{written} records from {len(files)} files" + (f", {failed} unreadable" if failed else ""),
              file=sys.stderr)
    return 0
