"""Writing WARC/1.1 files: whole records, gzip member per record, rotated by size.

Records are built with warcio (digests, headers, gzip framing) into a memory
buffer and appended to the file in a single ``write`` followed by a flush, so a
crawl killed at any moment leaves a file that reads cleanly up to its last whole
record. The HTTP heads are written byte for byte as they were sent and
received (see :mod:`newsarchive.capture`); warcio would otherwise re-serialise
them from its parsed form.
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from newsarchive.store.errors import StoreWriteError
from newsarchive.store.files import OPEN_SUFFIX, append_whole, sync_and_close

WARC_VERSION = "WARC/1.1"
_CHUNKED = re.compile(rb"^transfer-encoding:", re.IGNORECASE | re.MULTILINE)


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


def warc_date(moment: datetime) -> str:
    return datetime_to_iso_date(moment.astimezone(timezone.utc).replace(tzinfo=None), use_micros=True)


class WarcFile:
    """A series of ``PREFIX-YYYYMMDDHHMMSS-NNNNN.warc.gz`` files in one folder.

    A new file starts when the current one would grow past ``max_size``; every
    file begins with a ``warcinfo`` record describing the crawl.
    """

    def __init__(self, folder: Path, info: dict[str, str], max_size: int = 10**9,
                 prefix: str = "newsarchive", started: datetime | None = None, fsync: bool = False) -> None:
        self.folder = Path(folder)
        self.fsync = fsync  # flush every write to the disk (periodic jobs, before their state commits)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.info = info
        self.max_size = max_size
        started = started or datetime.now(timezone.utc)
        self._stem = f"{prefix}-{started:%Y%m%d%H%M%S}"
        self._serial = 0
        self._fd: int | None = None
        self._name = ""
        self._size = 0
        self._builder = WARCWriter(BytesIO(), gzip=True, warc_version=WARC_VERSION)
        self.files: list[Path] = []

    # -- file management -------------------------------------------------
    def _open_next(self) -> None:
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
        self.files.append(path)
        info = self._builder.create_warcinfo_record(self._name, self.info)
        self._append([info])

    def close(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sync_and_close(fd):  # else left marked open: the next run checks its tail
            (self.folder / (self._name + OPEN_SUFFIX)).unlink(missing_ok=True)

    # -- writing -----------------------------------------------------------
    def _serialise(self, record: Any) -> bytes:
        buf = BytesIO()
        WARCWriter(buf, gzip=True, warc_version=WARC_VERSION).write_record(record)
        return buf.getvalue()

    def _append(self, records: list[Any], data: list[bytes] | None = None) -> list[RecordPointer]:
        """Append records (``data``: already serialised) to the current file in one write: all or none."""
        assert self._fd is not None
        data = data or [self._serialise(r) for r in records]
        offset = append_whole(self._fd, b"".join(data), self.folder / self._name, self.fsync)
        pointers = []
        for member, record in zip(data, records):
            pointers.append(RecordPointer(self._name, offset, len(member),
                                          record.rec_headers.get_header("WARC-Record-ID")))
            offset += len(member)
        self._size = offset
        return pointers

    def write(self, *records: Any) -> list[RecordPointer]:
        """Append records (built by the ``*_record`` methods) to the same file, whole or not at all.

        Raises :class:`~newsarchive.store.errors.StoreWriteError` when the write fails;
        the file is then as it was before.
        """
        data = [self._serialise(r) for r in records]
        if self._fd is None or (self._size and self._size + sum(map(len, data)) > self.max_size):
            self._open_next()
        return self._append(list(records), data)

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
                       concurrent_to: str) -> Any:
        headers = {"WARC-Date": warc_date(date), "WARC-Concurrent-To": concurrent_to}
        return self._builder.create_warc_record(
            url, "request", payload=BytesIO(body), length=len(body),
            warc_headers_dict=headers, http_headers=_RawHead(head))

    def revisit_record(self, url: str, head: bytes | None, date: datetime, payload_digest: str,
                       refers_to_uri: str, refers_to_date: str, refers_to_id: str) -> Any:
        """An identical-payload-digest revisit pointing at an earlier response.

        ``head`` is the HTTP head of this fetch, or None for an empty block: replay
        tools then serve the original's head and payload (see :meth:`head_record`).
        """
        return self._builder.create_revisit_record(
            url, payload_digest, refers_to_uri, refers_to_date,
            http_headers=_RawHead(dechunked_head(head)) if head else None,
            warc_headers_dict={"WARC-Date": warc_date(date), "WARC-Refers-To": refers_to_id})

    def head_record(self, url: str, head: bytes, date: datetime, concurrent_to: str) -> Any:
        """A metadata record keeping an HTTP head byte for byte, one ANVL field a line.

        A ``304 Not Modified`` is archived as a revisit with an empty block, since
        replay tools (pywb among them) answer a revisit whose own status is 3xx with
        that status instead of the original page. The 304 as received is kept here;
        ``text/anvl`` metadata is left out of replay indexes.
        """
        lines = head.decode("latin-1").rstrip("\r\n").split("\r\n")
        block = "".join(f"http-response-line: {line}\r\n" for line in lines).encode("latin-1")
        return self._builder.create_warc_record(
            url, "metadata", payload=BytesIO(block), length=len(block), warc_content_type="text/anvl",
            warc_headers_dict={"WARC-Date": warc_date(date), "WARC-Concurrent-To": concurrent_to})


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
