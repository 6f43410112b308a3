"""Writing WARC/1.1 files: whole records, gzip member per record, rotated by size.

Records are built with warcio (digests, headers) and gzipped (:func:`gzip_level`) into a memory
buffer and appended to the file in a single ``write`` followed by a flush, so a
crawl killed at any moment leaves a file that reads cleanly up to its last whole
record. The HTTP heads are written byte for byte as they were sent and
received (see :mod:`newsarchive.capture`); warcio would otherwise re-serialise
them from its parsed form.

Every file starts with its own ``warcinfo`` record, dated no later than any record in
the file (a record's date is when its request was sent or its head arrived, which can
be before the file was opened: the ``floor`` callable gives the earliest date a record
still to come may carry), and every other record names it in ``WARC-Warcinfo-ID``.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any, Protocol

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser
from warcio.timeutils import datetime_to_iso_date, iso_date_to_datetime
from warcio.warcwriter import WARCWriter

from newsarchive.store.errors import StoreWriteError
from newsarchive.store.files import OPEN_SUFFIX, append_whole, sync_and_close

WARC_VERSION = "WARC/1.1"
_CHUNKED = re.compile(rb"^transfer-encoding:", re.IGNORECASE | re.MULTILINE)
#: a warcinfo's fields: ``(name, value)`` pairs (a name may repeat), or a mapping
InfoFields = Mapping[str, str] | Iterable[tuple[str, str]]


class RecordIndex(Protocol):
    """Told of each record a :class:`WarcFile` wrote and of each file it closed whole
    (:class:`newsarchive.store.indexes.RunIndex`)."""

    def written(self, record: Any, filename: str, offset: int, length: int) -> None: ...

    def closed(self, path: Path) -> None: ...


@dataclass(frozen=True)
class RecordPointer:
    """Where a record lies: enough for any WARC tool to seek to it."""

    filename: str
    offset: int
    length: int
    record_id: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class _RawHead(StatusAndHeaders):
    """An HTTP head that warcio serialises exactly as it was on the wire."""

    def __init__(self, raw: bytes) -> None:
        parsed = StatusAndHeadersParser([], verify=False).parse(BytesIO(raw))
        super().__init__(parsed.statusline, parsed.headers, parsed.protocol)
        self._raw = raw

    def compute_headers_buffer(self, header_filter: Any = None) -> None:
        self.headers_buff = self._raw


def dechunked_head(head: bytes) -> bytes:
    """Rename ``Transfer-Encoding`` once the client has removed the chunk framing.

    The payload stored is de-chunked, so keeping the header would make the
    record lie; Common Crawl's convention keeps the information under
    ``X-Crawler-Transfer-Encoding``.
    """
    return _CHUNKED.sub(b"X-Crawler-Transfer-Encoding:", head)


#: media types whose bytes are compressed already (the images, fonts, audio and video of a page)
_COMPRESSED_TYPES = re.compile(r"(?:image/(?:jpeg|png|gif|webp|avif|heic)|font/woff2?|video/|audio/"
                               r"|application/(?:zip|gzip|x-gzip|zstd|font-woff))", re.IGNORECASE)


def gzip_level(record: Any) -> int:
    """The deflate level of a record's gzip member: 6, gzip's own default (as wget and
    Heritrix write), or 0 (stored) for a payload compressed already: a Content-Encoding
    (gzip, br, ...) or a compressed media type. Compressing such bytes again costs as much
    CPU as compressing text (most of a WARC writer's time on a news site that sends gzip)
    and saves nothing; readers see the same gzip member either way."""
    http = record.http_headers
    if http is None or record.rec_type != "response":
        return 6
    coding = (http.get_header("Content-Encoding") or "").strip().lower()
    if coding and coding != "identity":
        return 0
    return 0 if _COMPRESSED_TYPES.match((http.get_header("Content-Type") or "").strip()) else 6


def warc_date(moment: datetime) -> str:
    return datetime_to_iso_date(moment.astimezone(UTC).replace(tzinfo=None), use_micros=True)


class WarcFile:
    """A series of ``PREFIX-YYYYMMDDHHMMSS-NNNNN.warc.gz`` files in one folder.

    A new file starts when the current one would grow past ``max_size``; every
    file begins with a ``warcinfo`` record describing the crawl.
    """

    def __init__(self, folder: Path, info: InfoFields | Callable[[], InfoFields], max_size: int = 10**9,
                 prefix: str = "newsarchive", started: datetime | None = None, fsync: bool = False,
                 floor: Callable[[], datetime | None] | None = None, index: RecordIndex | None = None) -> None:
        self.folder = Path(folder)
        self.index = index
        self.fsync = fsync  # flush every write to the disk (periodic jobs, before their state commits)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.info = info  # or a callable, asked when each file starts (the crawl knows more by then)
        self.floor = floor
        self.warcinfo_id = ""  # of the current file
        self._records = 0  # in the current file, after its warcinfo
        self.max_size = max_size
        started = started or datetime.now(UTC)
        self._stem = f"{prefix}-{started:%Y%m%d%H%M%S}"
        self._serial = 0
        self._fd: int | None = None
        self._name = ""
        self._size = 0
        self._builder = WARCWriter(BytesIO(), gzip=True, warc_version=WARC_VERSION)
        self.files: list[Path] = []

    # -- file management -------------------------------------------------
    def _open_next(self, earliest: datetime) -> None:
        """Start the next file with its warcinfo, dated no later than ``earliest``."""
        self.close()
        while True:
            self._serial += 1
            self._name = f"{self._stem}-{self._serial:05d}.warc.gz"
            path = self.folder / self._name
            if not path.exists():  # a resumed crawl never appends to an old file
                break
        try:
            (self.folder / (self._name + OPEN_SUFFIX)).touch()  # until closed: see repair_open_warcs
            self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise StoreWriteError(path, exc.strerror or str(exc)) from None
        self._size = 0
        self._records = 0
        self.files.append(path)
        info = self._warcinfo_record(earliest)
        self.warcinfo_id = info.rec_headers.get_header("WARC-Record-ID")
        self._append([info])

    def _warcinfo_record(self, earliest: datetime) -> Any:
        floor = self.floor() if self.floor else None
        date = warc_date(min(datetime.now(UTC), earliest, *([floor] if floor else [])))
        fields = self.info() if callable(self.info) else self.info
        pairs = fields.items() if isinstance(fields, Mapping) else fields
        block = "".join(f"{name}: {_one_line(value)}\r\n" for name, value in pairs if value not in (None, ""))
        data = block.encode("utf-8")
        return self._builder.create_warc_record(
            "", "warcinfo", payload=BytesIO(data), length=len(data),
            warc_content_type="application/warc-fields",
            warc_headers_dict={"WARC-Date": date, "WARC-Filename": self._name})

    def close(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sync_and_close(fd):  # else left marked open: the next run checks its tail
            (self.folder / (self._name + OPEN_SUFFIX)).unlink(missing_ok=True)
            if self.index is not None:
                self.index.closed(self.folder / self._name)

    # -- writing -----------------------------------------------------------
    def _serialise(self, record: Any) -> bytes:
        """The record as one gzip member (as warcio writes it), at :func:`gzip_level`."""
        buf = BytesIO()
        WARCWriter(buf, gzip=False, warc_version=WARC_VERSION).write_record(record)
        gzip = zlib.compressobj(gzip_level(record), zlib.DEFLATED, zlib.MAX_WBITS | 16)
        return gzip.compress(buf.getbuffer()) + gzip.flush()

    def _append(self, records: list[Any], data: list[bytes] | None = None) -> list[RecordPointer]:
        """Append records (``data``: already serialised) to the current file in one write: all or none."""
        assert self._fd is not None
        data = data or [self._serialise(r) for r in records]
        offset = append_whole(self._fd, b"".join(data), self.folder / self._name, self.fsync)
        pointers = []
        for member, record in zip(data, records):
            pointers.append(RecordPointer(self._name, offset, len(member),
                                          record.rec_headers.get_header("WARC-Record-ID")))
            if self.index is not None:
                self.index.written(record, self._name, offset, len(member))
            offset += len(member)
        self._size = offset
        return pointers

    def write(self, *records: Any) -> list[RecordPointer]:
        """Append records (built by the ``*_record`` methods) to the same file, whole or not at all.

        Each record gets the ``WARC-Warcinfo-ID`` of the file it goes into. Raises
        :class:`~newsarchive.store.errors.StoreWriteError` when the write fails; the
        file is then as it was before.
        """
        earliest = min(_date_of(r) for r in records)
        if self._fd is None:
            self._open_next(earliest)
        data = self._stamped(records)
        if self._records and self._size + sum(map(len, data)) > self.max_size:
            self._open_next(earliest)
            data = self._stamped(records)
        pointers = self._append(list(records), data)
        self._records += len(records)
        return pointers

    def _stamped(self, records: Iterable[Any]) -> list[bytes]:
        """The records serialised, each naming the current file's warcinfo."""
        data = []
        for record in records:
            record.rec_headers.replace_header("WARC-Warcinfo-ID", self.warcinfo_id)
            record.raw_stream.seek(0)
            data.append(self._serialise(record))
        return data

    # -- record builders ---------------------------------------------------
    def response_record(self, url: str, head: bytes, body: bytes, date: datetime,
                        ip: str | None = None, truncated: str | None = None) -> Any:
        headers = {"WARC-Date": warc_date(date)}
        if ip:
            headers["WARC-IP-Address"] = ip
        if truncated:
            headers["WARC-Truncated"] = truncated
        return self._builder.create_warc_record(
            url, "response", payload=BytesIO(body), length=len(body),
            warc_headers_dict=headers, http_headers=_RawHead(dechunked_head(head)))

    def request_record(self, url: str, head: bytes, body: bytes, date: datetime,
                       concurrent_to: str, ip: str | None = None) -> Any:
        headers = {"WARC-Date": warc_date(date), "WARC-Concurrent-To": concurrent_to}
        if ip:
            headers["WARC-IP-Address"] = ip
        return self._builder.create_warc_record(
            url, "request", payload=BytesIO(body), length=len(body),
            warc_headers_dict=headers, http_headers=_RawHead(head))

    def revisit_record(self, url: str, head: bytes | None, date: datetime, payload_digest: str,
                       refers_to_uri: str, refers_to_date: str, refers_to_id: str,
                       ip: str | None = None) -> Any:
        """An identical-payload-digest revisit pointing at an earlier response.

        ``head`` is the HTTP head of this fetch, or None for an empty block: replay
        tools then serve the original's head and payload (see :meth:`head_record`).
        """
        headers = {"WARC-Date": warc_date(date), "WARC-Refers-To": refers_to_id}
        if ip:
            headers["WARC-IP-Address"] = ip
        return self._builder.create_revisit_record(
            url, payload_digest, refers_to_uri, refers_to_date,
            http_headers=_RawHead(dechunked_head(head)) if head else None, warc_headers_dict=headers)

    def head_record(self, url: str, head: bytes, date: datetime, concurrent_to: str) -> Any:
        """A metadata record keeping an HTTP head byte for byte, one field a line.

        A ``304 Not Modified`` is archived as a revisit with an empty block, since
        replay tools (pywb among them) answer a revisit whose own status is 3xx with
        that status instead of the original page. The 304 as received is kept here,
        under a URI of its own (:func:`head_uri`) and as ``application/warc-fields``,
        which ``cdxj-indexer`` and pywb leave out of their indexes: indexed under the
        page's URL it would be served instead of the page.
        """
        lines = head.decode("latin-1").rstrip("\r\n").split("\r\n")
        block = "".join(f"http-response-line: {line}\r\n" for line in lines).encode("latin-1")
        return self._builder.create_warc_record(
            head_uri(url), "metadata", payload=BytesIO(block), length=len(block),
            warc_content_type="application/warc-fields",
            warc_headers_dict={"WARC-Date": warc_date(date), "WARC-Concurrent-To": concurrent_to})

    def resource_record(self, uri: str, content_type: str, data: bytes, date: datetime) -> Any:
        """A ``resource`` record holding ``data`` as it is (e.g. the crawl log)."""
        return self._builder.create_warc_record(
            uri, "resource", payload=BytesIO(data), length=len(data), warc_content_type=content_type,
            warc_headers_dict={"WARC-Date": warc_date(date)})


def _date_of(record: Any) -> datetime:
    return iso_date_to_datetime(record.rec_headers.get_header("WARC-Date")).replace(tzinfo=UTC)


def _one_line(value: object) -> str:
    """A warcinfo field's value on one line, whatever a setting held."""
    return " ".join(str(value).splitlines())


def head_uri(url: str) -> str:
    """The URI of the metadata record that keeps the HTTP head of a fetch of ``url``."""
    return f"urn:newsarchive:http-head:{url}"


@dataclass(frozen=True)
class ResponseFacts:
    """What a periodic job remembers of an archived response, read back from its record."""

    uri: str
    date: str
    record_id: str
    payload_digest: str
    etag: str | None
    last_modified: str | None


def facts_of(record: Any) -> ResponseFacts:
    """The facts of a response record (one just built, or one read back)."""
    headers, http = record.rec_headers, record.http_headers
    return ResponseFacts(
        uri=headers.get_header("WARC-Target-URI"), date=headers.get_header("WARC-Date"),
        record_id=headers.get_header("WARC-Record-ID"), payload_digest=headers.get_header("WARC-Payload-Digest"),
        etag=http.get_header("ETag") if http else None,
        last_modified=http.get_header("Last-Modified") if http else None)


def response_facts(folder: Path, pointer: dict[str, Any]) -> ResponseFacts:
    """Read the response record a ``warc`` pointer names (raises OSError if it is unreadable)."""
    with open(Path(folder) / pointer["filename"], "rb") as f:
        f.seek(pointer["offset"])
        member = f.read(pointer["length"])
    return facts_of(next(iter(ArchiveIterator(BytesIO(member)))))
