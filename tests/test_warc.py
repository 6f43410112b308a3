"""WARC writing: exact heads, right digests, pointers that seek, rotation, whole records."""

from __future__ import annotations

import gzip
import hashlib
import os
import subprocess
import sys
from base64 import b32encode
from datetime import datetime, timezone
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from newsarchive.warc import WarcFile, dechunked_head

WHEN = datetime(2026, 11, 24, 21, 0, 0, 123456, tzinfo=timezone.utc)
REQUEST_HEAD = b"GET /news/a?id=7&page=2 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: test\r\nAccept-Encoding: gzip\r\n\r\n"
PAGE = b"<html><body><p>Hello</p></body></html>"
GZ = gzip.compress(PAGE)
RESPONSE_HEAD = (b"HTTP/1.1 200 Fine Thanks\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                 b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: %d\r\n\r\n" % len(GZ))


def sha1_b32(data: bytes) -> str:
    return "sha1:" + b32encode(hashlib.sha1(data).digest()).decode()


def write_exchange(warc: WarcFile, url: str = "http://127.0.0.1:8080/news/a?id=7&page=2",
                   head: bytes = RESPONSE_HEAD, body: bytes = GZ):
    resp = warc.response_record(url, head, body, WHEN, ip="127.0.0.1")
    req = warc.request_record(url, REQUEST_HEAD, b"", WHEN, resp.rec_headers.get_header("WARC-Record-ID"))
    return warc.write(resp, req)


def read_all(path: Path) -> list:
    with open(path, "rb") as f:
        out = []
        for rec in ArchiveIterator(f, check_digests=True):
            out.append((rec.rec_type, rec.rec_headers, rec.content_stream().read(), rec.digest_checker.problems))
        return out


def test_records_keep_exact_bytes_and_digests(tmp_path: Path) -> None:
    warc = WarcFile(tmp_path, {"software": "test"})
    pointer, _ = write_exchange(warc)
    warc.close()
    records = read_all(tmp_path / pointer.filename)
    assert [r[0] for r in records] == ["warcinfo", "response", "request"]
    _, headers, payload, problems = records[1]
    assert problems == []
    assert headers.get_header("WARC-Payload-Digest") == sha1_b32(GZ)
    assert headers.get_header("WARC-Block-Digest") == sha1_b32(RESPONSE_HEAD + GZ)
    assert headers.get_header("WARC-Target-URI") == "http://127.0.0.1:8080/news/a?id=7&page=2"
    assert headers.get_header("WARC-Date") == "2026-11-24T21:00:00.123456Z"
    assert headers.get_header("WARC-IP-Address") == "127.0.0.1"
    assert payload == PAGE  # warcio decodes Content-Encoding for readers; the block keeps gzip
    # the raw block is head + compressed payload, byte for byte
    with open(tmp_path / pointer.filename, "rb") as f:
        f.seek(pointer.offset)
        member = gzip.decompress(f.read(pointer.length))
    assert (RESPONSE_HEAD + GZ) in member
    request = records[2][1]
    assert request.get_header("WARC-Concurrent-To") == headers.get_header("WARC-Record-ID")
    assert b"GET /news/a?id=7&page=2 HTTP/1.1" in gzip.decompress(
        (tmp_path / pointer.filename).read_bytes()[pointer.offset + pointer.length:])


def test_pointer_seeks_to_its_record(tmp_path: Path) -> None:
    warc = WarcFile(tmp_path, {"software": "test"})
    pointers = [write_exchange(warc, url=f"http://127.0.0.1/{i}")[0] for i in range(5)]
    warc.close()
    for i, p in enumerate(pointers):
        with open(tmp_path / p.filename, "rb") as f:
            f.seek(p.offset)
            rec = next(iter(ArchiveIterator(f)))
            assert rec.rec_type == "response"
            assert rec.rec_headers.get_header("WARC-Target-URI") == f"http://127.0.0.1/{i}"
            assert rec.rec_headers.get_header("WARC-Record-ID") == p.record_id


def test_rotation_by_size_starts_each_file_with_warcinfo(tmp_path: Path) -> None:
    warc = WarcFile(tmp_path, {"software": "test"}, max_size=3000)
    for i in range(12):
        write_exchange(warc, url=f"http://127.0.0.1/{i}")
    warc.close()
    assert len(warc.files) > 2
    seen = []
    for path in warc.files:
        assert path.stat().st_size <= 3000 or len(read_all(path)) == 3  # one exchange may exceed alone
        records = read_all(path)
        assert records[0][0] == "warcinfo"
        seen += [r[1].get_header("WARC-Target-URI") for r in records if r[0] == "response"]
    assert seen == [f"http://127.0.0.1/{i}" for i in range(12)]
    assert [p.name for p in warc.files] == sorted(p.name for p in warc.files)


def test_a_new_writer_never_appends_to_an_old_file(tmp_path: Path) -> None:
    first = WarcFile(tmp_path, {}, started=WHEN)
    write_exchange(first)
    first.close()
    second = WarcFile(tmp_path, {}, started=WHEN)
    write_exchange(second)
    second.close()
    assert len({*first.files, *second.files}) == 2
    assert all(len(read_all(p)) == 3 for p in [*first.files, *second.files])


def test_chunked_transfer_encoding_is_renamed_not_kept() -> None:
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n"
    assert dechunked_head(head) == (
        b"HTTP/1.1 200 OK\r\nX-Crawler-Transfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n")


KILLER = """
import sys
from datetime import datetime, timezone
sys.path.insert(0, {tests!r})
from test_warc import write_exchange
from newsarchive.warc import WarcFile
warc = WarcFile({folder!r}, {{}}, max_size=10**9)
i = 0
while True:
    write_exchange(warc, url=f"http://127.0.0.1/{{i}}", body=bytes(50_000))
    i += 1
    if i == 5:
        print("ready", flush=True)
"""


def test_killed_writer_leaves_only_whole_records(tmp_path: Path) -> None:
    script = KILLER.format(tests=str(Path(__file__).parent), folder=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert proc.stdout.readline() == b"ready\n"
    proc.kill()
    proc.wait()
    (path,) = tmp_path.glob("*.warc.gz")
    records = []
    with open(path, "rb") as f:  # a kill inside write() may cut the last record: stop there
        try:
            for rec in ArchiveIterator(f, check_digests=True):
                body = rec.content_stream().read()
                records.append((rec.rec_type, rec.digest_checker.problems, len(body)))
        except Exception:  # noqa: BLE001 - only the tail may be damaged
            pass
    assert len(records) >= 11
    assert records[0][0] == "warcinfo"
    whole = records[:-1]  # the last one read may be the cut one
    assert all(problems == [] for _, problems, _ in whole)
    assert all(size == 50_000 for kind, _, size in whole if kind == "response")


def test_compressed_payloads_are_stored_and_text_is_compressed(tmp_path: Path) -> None:
    """A payload compressed already (Content-Encoding, a JPEG) goes into its gzip member stored,
    not compressed again (that costs as much CPU as text and saves nothing); an identity-encoded
    page is compressed at gzip's default level. warcio reads both back whole."""
    text = b"<html><body>" + b"<p>The council met again on Tuesday to discuss the harbour.</p>" * 400 + b"</body></html>"
    noise = os.urandom(40_000)  # what compressed bytes look like
    plain_head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    jpeg_head = b"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n"
    gzip_head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
    warc = WarcFile(tmp_path, {"software": "test"})
    (plain, _), (jpeg, _), (encoded, _) = (write_exchange(warc, head=h, body=b)[:2] for h, b in (
        (plain_head, text), (jpeg_head, noise), (gzip_head, gzip.compress(text, 9) + noise)))
    warc.close()
    for pointer, block in ((plain, plain_head + text), (jpeg, jpeg_head + noise),
                           (encoded, gzip_head + gzip.compress(text, 9) + noise)):
        with open(tmp_path / pointer.filename, "rb") as f:
            f.seek(pointer.offset)
            member = f.read(pointer.length)
        assert block in gzip.decompress(member)
        stored = pointer is not plain
        # the gzip header's XFL byte says how zlib compressed the member: 4 fastest (stored), 0 default
        assert member[8] == (4 if stored else 0)
        # stored: the block plus the WARC head and framing; compressed: a fraction of the block
        assert (len(block) < pointer.length < len(block) + 1500) if stored else pointer.length < len(block) / 5
    assert [r[3] for r in read_all(tmp_path / plain.filename)] == [[]] * 7  # digests check out
