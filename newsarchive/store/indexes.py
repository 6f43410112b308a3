"""The archive's derived indexes: ``indexes/index.cdxj`` and ``pages/pages.jsonl``.

Both are views of the files that are the truth (the WARC files and ``articles.jsonl``),
laid out as in a WACZ package, so replay tools (pywb, ReplayWeb.page) and ``pack`` read
them as they are:

- ``indexes/index.cdxj``: one line per replayable record (``response``, ``revisit``,
  ``resource``) of every closed WARC file, ``SURT TIMESTAMP {json}``, sorted, as
  cdxj-indexer writes it (the lines *are* cdxj-indexer's: it is the reference
  implementation pywb and py-wacz use). WARC files are never appended once closed, so an
  update indexes only the files the index does not name yet, merges them in and replaces
  the file in one ``rename``: a reader never sees half an index. A file still being written
  (``NAME.open`` beside it) waits for the next update. The crawl's own files are not read
  back: :class:`RunIndex` makes each record's line as the record is written
  (:func:`record_line`, cdxj-indexer's line built from the record in memory) and merges a
  file's lines in once the file is closed whole. A run killed before that leaves the index
  as it was (it names only closed files, all of whose records it lists); the next run
  repairs the files it left open, then indexes them with cdxj-indexer.
- ``pages/pages.jsonl``: the WACZ pages list (``json-pages-1.0``) of the archived
  articles, one page per article version: ``url``, ``ts`` (ISO time of the fetch),
  ``title`` (the headline) and ``id``. Rebuilt whole from ``articles.jsonl``.

The metadata records (a 304's head as received) are left out of the index: they are not
something to replay, and a replay tool must not serve them for the page's URL.
"""

from __future__ import annotations

import heapq
import io
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import surt
from warcio.timeutils import iso_date_to_timestamp

from newsarchive.store.files import (
    OPEN_SUFFIX,
    article_lines,
    replaced_whole,
    whole_members_end,
)

logger = logging.getLogger(__name__)

INDEX = Path("indexes", "index.cdxj")
PAGES = Path("pages", "pages.jsonl")
#: the WARC record types a replay tool looks up
REPLAYABLE = "response,revisit,resource"
_REPLAYABLE_TYPES = frozenset(REPLAYABLE.split(","))
#: what ends a MIME type in cdxj-indexer's ``mime`` field
_MIME_END = re.compile(r"[;\s]")
PAGES_FORMAT = "json-pages-1.0"


@dataclass
class Indexed:
    """The sorted CDXJ lines of some WARC files, and what could not be indexed (one line each)."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: files of which nothing could be read
    failed: list[Path] = field(default_factory=list)
    #: damaged files: where their whole records end
    whole_ends: dict[Path, int] = field(default_factory=dict)


def closed_warcs(warc_dir: Path) -> list[Path]:
    """The WARC files of a folder that no run is writing, in name (so time) order."""
    if not warc_dir.is_dir():
        return []
    files = [*warc_dir.glob("*.warc.gz"), *warc_dir.glob("*.warc")]
    return sorted(p for p in files if not p.with_name(p.name + OPEN_SUFFIX).exists())


class _Prefix(io.RawIOBase):
    """The first ``end`` bytes of a file: what a damaged WARC file holds whole."""

    def __init__(self, raw: io.BufferedReader, end: int) -> None:
        self.raw, self.left = raw, end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)[: self.left]
        n = self.raw.readinto(view) or 0
        self.left -= n
        return n


def _file_lines(warc: Path, end: int) -> list[str]:
    # imported here: it loads pyamf and pkg_resources (a third of a second), which a crawl,
    # whose own files are indexed as written (RunIndex), never needs
    from cdxj_indexer.main import CDXJIndexer

    out = io.StringIO()
    with open(warc, "rb") as raw:
        CDXJIndexer(out, [io.BufferedReader(_Prefix(raw, end))], records=REPLAYABLE,
                    filename=warc.name).process_all()
    return out.getvalue().splitlines(keepends=True)


def index_lines(warcs: Iterable[Path]) -> Indexed:
    """The sorted CDXJ lines of ``warcs`` (``filename`` is each file's name).

    A damaged file (closed files are whole unless something outside newsarchive broke
    them) is indexed up to the end of its last whole gzip member, and a problem line says
    so: warcio would read on into the damage, and sometimes give up on the whole file.
    """
    result = Indexed()
    for warc in warcs:
        try:
            size = warc.stat().st_size
            end = whole_members_end(warc) if warc.name.endswith(".gz") else size
            lines = _file_lines(warc, end)
        except Exception as exc:  # warcio raises many kinds on damaged files
            result.problems.append(f"cannot index {warc.name}: {exc or type(exc).__name__}")
            result.failed.append(warc)
            continue
        if end < size:
            result.whole_ends[warc] = end
            result.problems.append(f"{warc.name} is damaged after byte {end} of {size}: "
                                   f"only its {len(lines)} whole record(s) before it are indexed")
        result.lines.extend(lines)
    result.lines.sort()
    return result


def record_line(record: Any, filename: str, offset: int, length: int) -> str | None:
    """The line cdxj-indexer writes for a warcio ``record`` written at ``offset`` (``length``
    bytes) of ``filename``; None for a record it leaves out.

    The fields follow cdxj-indexer's ``get_field``, in its order, a field without a value
    left out: ``mime`` is ``warc/revisit`` for a revisit, else the HTTP head's Content-Type
    (a resource's own) up to its first ``;`` or space, ``status`` the HTTP status of a
    response or revisit, ``digest`` the WARC payload digest. The HTTP head is the one warcio
    parses when it reads the record back (:func:`_http_head`).
    """
    if record.rec_type not in _REPLAYABLE_TYPES:
        return None
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    http = _http_head(record, url)
    fields: dict[str, str] = {"url": url}
    if (mime := _mime(record, http)) is not None:
        fields["mime"] = mime
    if http:
        fields["status"] = http.get_statuscode()
    if (digest := headers.get_header("WARC-Payload-Digest")) is not None:
        fields["digest"] = digest
    fields.update(length=str(length), offset=str(offset), filename=filename)
    return f"{_url_key(url)} {iso_date_to_timestamp(headers.get_header('WARC-Date'))} {json.dumps(fields)}\n"


def _http_head(record: Any, url: str) -> Any:
    """The HTTP head warcio reads back: a response's or revisit's with a non-empty block, for an
    http(s) URI; None (or an empty head) otherwise."""
    if record.rec_type not in ("response", "revisit") or not url.startswith(("http:", "https:")):
        return None
    return record.http_headers


def _mime(record: Any, http: Any) -> str | None:
    if record.rec_type == "revisit":
        return "warc/revisit"
    if record.rec_type == "response":
        value = http.get_header("content-type") if http else None
    else:
        value = record.rec_headers.get_header("content-type")
    return _MIME_END.split(value, 1)[0].strip() if value else value


def _url_key(url: str) -> str:
    """The SURT form of a URL, as cdxj-indexer makes it (the URL itself if it has none)."""
    try:
        return surt.surt(url)
    except Exception:  # noqa: BLE001 - cdxj-indexer falls back on anything
        return url


class RunIndex:
    """The index lines of the WARC files a run writes, made as their records are written.

    :class:`~newsarchive.warc.WarcFile` tells it of every record it appended
    (:meth:`written`) and of every file it closed whole (:meth:`closed`): that file's lines
    are then merged into the index, unless ``merging()`` says no (a write has failed: the
    next run indexes the file by reading it). Only one file's lines are held at a time.
    """

    def __init__(self, folder: Path, warc_dir: Path, merging: Callable[[], bool]) -> None:
        self.folder, self.warc_dir, self.merging = folder, warc_dir, merging
        #: lines of the files being written; None for a file whose lines could not all be made
        self._lines: dict[str, list[str] | None] = {}

    def written(self, record: Any, filename: str, offset: int, length: int) -> None:
        lines = self._lines.setdefault(filename, [])
        if lines is None:
            return
        try:
            line = record_line(record, filename, offset, length)
        except Exception as exc:  # noqa: BLE001 - the record is on disk whatever its line
            logger.debug("no index line for a record of %s (the file is read back): %s", filename, exc)
            self._lines[filename] = None
            return
        if line is not None:
            lines.append(line)

    def closed(self, path: Path) -> None:
        """``path`` is closed and whole: merge its lines (and any closed file not indexed yet)."""
        if path.name not in self._lines or not self.merging():
            self._lines.pop(path.name, None)
            return
        lines = self._lines.pop(path.name)
        try:
            update_index(self.folder, self.warc_dir, fresh={} if lines is None else {path.name: lines})
        except OSError as exc:
            logger.warning("cannot update the index of %s: %s (the next run tries again)",
                           self.folder, exc.strerror or exc)


def line_filename(line: str) -> str | None:
    """The WARC file a CDXJ line points into.

    cdxj-indexer writes ``filename`` last, so it is read off the line's end; a line of another
    shape is parsed whole. (Every update reads the whole index: no JSON parse per line.)"""
    tail = line.rpartition('"filename": "')[2].rstrip("\n")
    if tail.endswith('"}') and not any(c in tail[:-2] for c in '"\\'):
        return tail[:-2]
    try:
        return json.loads(line.split(" ", 2)[2]).get("filename")
    except (IndexError, ValueError, AttributeError):
        return None


def write_atomically(path: Path, lines: Iterable[str]) -> None:
    """Replace ``path`` with ``lines`` in one rename (a reader sees the old or the new file).

    The caller is the folder's one writer (it holds the lock), so temporary files of an
    earlier writer that was killed are removed first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in path.parent.glob("." + path.name + "*"):  # of a writer killed mid-way
        leftover.unlink(missing_ok=True)
    with replaced_whole(path) as out:
        for line in lines:
            out.write(line.encode("utf-8"))


def update_index(folder: Path, warc_dir: Path | None = None,
                 fresh: Mapping[str, list[str]] | None = None) -> int:
    """Bring ``folder/indexes/index.cdxj`` up to date with the closed WARC files; lines added.

    Lines of files that are gone are dropped; files not indexed yet are indexed and merged
    in (their lines and the index are both sorted, so the merge streams). ``fresh`` holds
    the lines of files just written (by name), taken instead of reading those files.
    """
    fresh = fresh or {}
    warc_dir = warc_dir or folder / "warc"
    index = folder / INDEX
    present = {p.name: p for p in closed_warcs(warc_dir)}
    known: set[str] = set()
    stale = False
    if index.exists():
        with open(index, encoding="utf-8") as old:
            for line in old:
                name = line_filename(line)
                if name in present:
                    known.add(name)
                else:
                    stale = True
    new = [p for name, p in present.items() if name not in known]
    if not new and not stale and index.exists():
        return 0
    indexed = index_lines(p for p in new if p.name not in fresh)
    for problem in indexed.problems:
        logger.warning("%s", problem)
    added = sorted([*indexed.lines, *(line for p in new for line in fresh.get(p.name, ()))])
    old_lines: Iterator[str] = iter(())
    handle = open(index, encoding="utf-8") if index.exists() else None
    try:
        if handle is not None:
            old_lines = (line for line in handle if line_filename(line) in present)
        write_atomically(index, heapq.merge(old_lines, added))
    finally:
        if handle is not None:
            handle.close()
    return len(added)


def pages_header(title: str) -> dict[str, Any]:
    return {"format": PAGES_FORMAT, "id": "pages", "title": title}


def pages(articles: Path) -> Iterator[dict[str, Any]]:
    """The WACZ pages of the article records in ``articles.jsonl`` (lines that are not
    records with a URL and a fetch time are skipped)."""
    for record in article_lines(articles):
        page = page_of(record) if record else None
        if page is not None:
            yield page


def page_of(record: dict[str, Any]) -> dict[str, Any] | None:
    """One article record as a WACZ page: where it replays, when, and its headline."""
    url = record.get("final_url") or record.get("url")
    ts = record.get("fetched_at")
    if not (isinstance(url, str) and isinstance(ts, str)):
        return None
    page: dict[str, Any] = {"url": url, "ts": ts, "title": record.get("headline") or url}
    record_id = (record.get("warc") or {}).get("record_id")
    if isinstance(record_id, str):
        page["id"] = record_id.removeprefix("<").removesuffix(">").removeprefix("urn:uuid:")
    return page


def pages_lines(articles: Path, title: str) -> Iterator[str]:
    """``pages.jsonl`` as lines: the header, then one page a line."""
    yield json.dumps(pages_header(title), ensure_ascii=False) + "\n"
    for page in pages(articles):
        yield json.dumps(page, ensure_ascii=False) + "\n"


def update_pages(folder: Path) -> None:
    """Rebuild ``folder/pages/pages.jsonl`` from ``folder/articles.jsonl``."""
    write_atomically(folder / PAGES, pages_lines(folder / "articles.jsonl", folder.resolve().name))


def update_indexes(folder: Path) -> None:
    """Both indexes of an archive folder brought up to date; a failure is one warning line
    (the WARC files and ``articles.jsonl`` are whole either way, and the next run retries)."""
    try:
        added = update_index(folder)
        update_pages(folder)
    except OSError as exc:
        logger.warning("cannot update the indexes of %s: %s (the next run tries again)",
                       folder, exc.strerror or exc)
        return
    logger.info("index %s: %d new line(s)", folder / INDEX, added)
