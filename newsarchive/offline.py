"""``newsarchive extract``: the crawl's extraction over saved HTML and WARC files.

No network: each HTML file, and each HTML response record of a WARC file, goes
through the same :func:`newsarchive.extraction.extract` as a crawl, so
re-extracting a crawl's WARC files reproduces its records' ``content_sha256``.
"""

from __future__ import annotations

import logging
import os
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed

from newsarchive import exits, logsafe
from newsarchive.decompress import (
    GZIP_MAGIC,
    DecompressError,
    TooLarge,
    Truncated,
    decode_content,
    decompress,
)
from newsarchive.extraction import could_be_article, extract, load_page
from newsarchive.extraction.page import declared_url, is_html_type
from newsarchive.items import SCHEMA_VERSION
from newsarchive.records import record_line
from newsarchive.sanitize import for_terminal
from newsarchive.settings import DOWNLOAD_MAXSIZE
from newsarchive.store.archive import ARTICLES, WARC_DIR, Archive

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
#: errors that make a whole input file unreadable
FILE_ERRORS = (OSError, DecompressError, ArchiveLoadFailed)
SCAN_CHUNK = 1 << 20


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
    where: str = ""  # for messages: the file, and in a WARC file the record's offset and URL

    def __post_init__(self) -> None:
        self.where = self.where or self.source


@dataclass
class Skip:
    """A page (or part of a WARC file) that gives no record, and why, in words a user understands."""

    reason: str
    where: str


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
        shown = for_terminal(given)
        if path.is_dir():
            found += [(f, str(f)) for f in sorted(path.rglob("*")) if f.is_file() and _kind(f)]
        elif not path.exists():
            raise ExtractError(f"cannot read {shown}: no such file or folder")
        elif not _kind(path):
            raise ExtractError(f"cannot read {shown}: not an .html, .htm, .html.gz, .warc or .warc.gz file")
        else:
            found.append((path, given))
    return found


def _html_sources(path: Path, source: str, url: str | None, limit: int) -> Iterator[Source | Skip]:
    """The file's page; a ``.gz`` file is decompressed up to ``limit`` bytes.

    Unreadable gzip data raises :class:`DecompressError`: the whole file is unreadable.
    """
    with open(path, "rb") as stream:
        if not path.name.lower().endswith(".gz"):
            data = stream.read()
        else:
            try:
                data = decompress(stream, "gzip", limit)
            except TooLarge as exc:
                yield Skip(str(exc), source)
                return
            except Truncated:
                raise DecompressError("gzip data ended early (file cut short?)") from None
    yield Source(source, data, url=url)


class _ArchiveIterator(ArchiveIterator):
    """warcio's iterator, without its multi-line stderr warning (counted in ``err_count``)."""

    INC_RECORD = ""


def _warc_sources(path: Path, source: str, limit: int) -> Iterator[Source | Skip]:
    """Every HTML response of a WARC file, or why one gives none.

    A damaged record is reported once and reading goes on at the next record
    start found after it; a file that ends inside a record (a torn write) gives
    the records before it and one line about the tear.
    """
    size = path.stat().st_size
    with open(path, "rb") as stream:
        head = stream.read(5)
        gz = head.startswith(GZIP_MAGIC)
        if head and not gz and head != b"WARC/":
            raise ArchiveLoadFailed("not a WARC file")
        start: int | None = 0
        damaged = False  # inside a damaged stretch: its first failure was reported
        while start is not None:
            stream.seek(start)
            records = _ArchiveIterator(stream)
            end = start
            try:
                for record in records:
                    item = _warc_item(record, records, path, source, limit)
                    end = records.get_record_offset() + records.get_record_length()  # reads the rest
                    damaged = False
                    if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended before the record did
                        item = Skip("WARC file torn (it ends inside a record)",
                                    f"{source} at offset {records.get_record_offset()}")
                    elif records.err_count:
                        records.err_count = 0
                        logger.warning("WARC record not followed by a blank line (wrong Content-Length?): "
                                       "%s at offset %d", source, records.get_record_offset())
                    if item is not None:
                        yield item
            except Exception as exc:  # noqa: BLE001 - warcio fails in many ways on damaged data
                bad = max(records.offset, start)
                start = _next_record_start(stream, bad + 1, gz)
                if not damaged:
                    problem = ("WARC file torn (it ends inside a record)" if start is None
                               else f"damaged WARC record ({_warc_problem(exc)})")
                    yield Skip(problem, f"{source} at offset {bad}")
                damaged = True
                continue
            start = None
            if end < size and not damaged and _has_data(stream, end):
                yield Skip("WARC file torn (it ends inside a record)", f"{source} at offset {end}")


def _warc_item(record: Any, records: ArchiveIterator, path: Path, source: str, limit: int) -> Source | Skip | None:
    """The record's page, a :class:`Skip` saying why it has none, or None for a record that is no page."""
    if record.rec_type != "response" or not record.http_headers:
        return None
    content_type = record.http_headers.get_header("Content-Type")
    if not is_html_type(content_type):
        return None
    headers = record.rec_headers
    offset = records.offset  # the record's start: asking warcio for it now would skip the record
    url = headers.get_header("WARC-Target-URI")
    where = f"{source} at offset {offset} ({url})"
    stream: BinaryIO = record.raw_stream
    if (record.http_headers.get_header("Transfer-Encoding") or "").strip().lower() == "chunked":
        stream = ChunkedDataReader(stream)  # de-chunked here, decoded below with a cap
    try:
        body = decode_content(stream, record.http_headers.get_header("Content-Encoding"), limit)
    except Truncated as exc:  # cut short: the part received is still a page, as browsers show it
        body = exc.partial
    except DecompressError as exc:
        return Skip(str(exc), where)
    return Source(
        source, body, url=url, content_type=content_type, status=_status(record),
        fetched_at=_iso_z(headers.get_header("WARC-Date")),
        warc={"filename": path.name, "offset": records.get_record_offset(),
              "length": records.get_record_length(), "record_id": headers.get_header("WARC-Record-ID")},
        where=where,
    )


def _status(record: Any) -> int | None:
    try:
        return int(record.http_headers.get_statuscode() or 0) or None
    except ValueError:
        return None


def _next_record_start(stream: BinaryIO, offset: int, gz: bool) -> int | None:
    """Where the next record may start at or after ``offset``: a gzip member, or a ``WARC/`` line."""
    magic = b"\x1f\x8b\x08" if gz else b"\nWARC/"
    skip = 0 if gz else 1  # the line feed before "WARC/" belongs to the record before
    stream.seek(offset)
    position = offset
    carry = b""
    while chunk := stream.read(SCAN_CHUNK):
        data = carry + chunk
        found = data.find(magic)
        if found >= 0:
            return position - len(carry) + found + skip
        carry = data[-(len(magic) - 1):]
        position += len(chunk)
    return None


def _has_data(stream: BinaryIO, offset: int) -> bool:
    """Whether anything but blank lines follows ``offset``."""
    stream.seek(offset)
    while chunk := stream.read(SCAN_CHUNK):
        if chunk.strip(b"\r\n\x00"):
            return True
    return False


def _warc_problem(exc: BaseException) -> str:
    """What is wrong at a damaged place of a WARC file, without the raw bytes warcio quotes."""
    if isinstance(exc, ArchiveLoadFailed) and "first line" in str(exc):
        return "no record header where a record should start"
    if isinstance(exc, zlib.error):
        return "corrupt gzip data"
    return _short(exc)


def _short(exc: BaseException | str) -> str:
    """An exception as a short line: warcio's messages span lines and quote raw bytes."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:120] + ("…" if len(text) > 120 else "")


def _iso_z(warc_date: str | None) -> str | None:
    """WARC-Date with fractions dropped: the record's ``fetched_at`` format."""
    if not warc_date:
        return None
    return warc_date.split(".", 1)[0].rstrip("Z") + "Z"


def sources(path: Path, source: str, url: str | None, limit: int = DOWNLOAD_MAXSIZE) -> Iterator[Source | Skip]:
    """The pages of one input file (and a :class:`Skip` for each that gives none)."""
    if _kind(path) == "warc":
        return _warc_sources(path, source, limit)
    return _html_sources(path, source, url, limit)


def record_for(src: Source, seconds: float | None, articles_only: bool) -> dict[str, Any] | None:
    """The record of one page; None for a page that is no article (with ``articles_only``).

    A saved page given without ``--url`` is extracted as if fetched from the address it
    declares (:func:`~newsarchive.extraction.page.declared_url`: ``<base href>``, canonical
    link, ``og:url``), so its links and images become absolute; its record's ``url`` and
    ``final_url`` stay null all the same: they say where a page was fetched, and it was not.
    """
    page = load_page(src.body, src.url, src.content_type)
    if page.url is None:
        page.url = declared_url(page.tree)
    if articles_only and not could_be_article(page):
        return None
    result = extract(page, seconds)
    if result.error:
        logger.warning("extraction failed: %s: %s", src.where, result.error)
    if articles_only and not result.is_article:
        return None
    return {
        "schema_version": SCHEMA_VERSION, "url": src.url, "source": src.source, "final_url": src.url,
        "fetched_at": src.fetched_at, "status": src.status, "warc": src.warc, **result.fields,
    }


def run_extract(paths: list[str], output: str | None, url: str | None = None,
                articles_only: bool = False, seconds: float | None = 10.0, quiet: bool = False,
                verbose: int = 0, max_size: int = DOWNLOAD_MAXSIZE) -> int:
    """Extract every input to JSON lines; returns the exit status.

    A file that cannot be read is one ``cannot read`` line; a page that gives no
    record (too large once decompressed, a damaged or torn WARC record, an
    extraction that fails) is one ``skipped: REASON: WHERE`` line; the run goes
    on either way and ends with status 0. Decompressed pages are capped at
    ``max_size`` (the crawl's ``DOWNLOAD_MAXSIZE``). Every log line is escaped
    (:mod:`newsarchive.logsafe`): no page content, control byte or traceback
    reaches the terminal.
    """
    logging.basicConfig(level=logging.ERROR if quiet else logging.WARNING, format="%(levelname)s: %(message)s")
    logsafe.install(verbose)
    files = input_files(paths)
    if url and len(files) != 1:
        raise ExtractError("--url applies to a single HTML file")
    archive = _archive_for(output)
    try:
        out: IO[bytes] = (_ArchiveLines(archive) if archive else open(output, "wb") if output
                          else sys.stdout.buffer)
    except OSError as exc:
        if archive:
            archive.close()
        raise ExtractError(f"cannot write {for_terminal(output)}: {exc.strerror}") from None
    written = failed = skipped = 0
    try:
        for path, source in files:
            try:
                for src in sources(path, source, url, max_size):
                    result = src if isinstance(src, Skip) else _record_line(src, seconds, articles_only)
                    if isinstance(result, Skip):
                        skipped += 1
                        logger.warning("skipped: %s: %s", result.reason, result.where)
                    elif result is not None:
                        _write(out, result)
                        written += 1
            except FILE_ERRORS as exc:
                failed += 1
                logger.warning("cannot read %s: %s", source, (isinstance(exc, OSError) and exc.strerror) or _short(exc))
        _write(out, b"", flush=True)
    except _OutputError as exc:
        if isinstance(exc.error, BrokenPipeError):  # the reader went away (| head): nothing more to say
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no complaint at exit either
            return exits.PIPE_CLOSED
        logger.error("cannot write %s: %s", output or "the output", exc.error.strerror or exc.error)
        return exits.WRITE_FAILED
    finally:
        if output:
            try:
                out.close()
            except OSError:
                pass
        if archive:
            archive.close()
    if not quiet:
        print(f"{written} records from {len(files)} files" + (f", {failed} unreadable" if failed else "")
              + (f", {skipped} skipped" if skipped else ""), file=sys.stderr)
    return exits.OK


def _archive_for(output: str | None) -> Archive | None:
    """The archive folder ``-o`` names (a folder, or an archive's ``articles.jsonl``), opened; else None.

    Records then go to its ``articles.jsonl`` under its lock, appended whole, as a crawl's
    do: a folder another process writes is refused (exit 3), never truncated.
    """
    if not output:
        return None
    path = Path(output)
    if path.is_dir() or output.endswith(os.sep):
        return Archive.open(path)
    if path.name == ARTICLES and (path.parent / WARC_DIR).is_dir():
        return Archive.open(path.parent)
    return None


class _ArchiveLines:
    """The archive's ``articles.jsonl`` as the file object the writer expects."""

    def __init__(self, archive: Archive) -> None:
        self.lines = archive.articles()

    def write(self, line: bytes) -> None:
        if line:
            self.lines.append(line)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.lines.close()


class _OutputError(Exception):
    """Writing the JSON lines failed (full disk, closed pipe): the run cannot go on."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _write(out: IO[bytes], line: bytes, flush: bool = False) -> None:
    try:
        out.write(line)
        if flush:
            out.flush()
    except OSError as exc:
        raise _OutputError(exc) from None


def _record_line(src: Source, seconds: float | None, articles_only: bool) -> bytes | Skip | None:
    """The JSON line of one page; None for a page that is no article (with ``articles_only``).

    Whatever goes wrong with one page becomes a :class:`Skip`: the run goes on with the next.
    """
    try:
        record = record_for(src, seconds, articles_only)
        return None if record is None else record_line(record)
    except Exception as exc:  # noqa: BLE001 - one page must never stop a run
        return Skip(f"extraction failed ({_short(f'{type(exc).__name__}: {exc}')})", src.where)
