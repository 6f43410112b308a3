"""Hostile input is bounded and sanitised: what a page holds cannot break a record, the terminal or memory.

Pages with lone surrogates, NUL and escape sequences, URLs with passwords, gzip
bombs as ``.html.gz`` and inside WARC records, torn and damaged WARC files: each
run of the real ``newsarchive extract`` must write every record it can, print one
escaped line per page it cannot, never a traceback, and stay small in memory.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import socket
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import RawServer, newsarchive_cmd, validate
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive import logsafe
from newsarchive.decompress import (
    DecompressError,
    TooLarge,
    Truncated,
    UnsupportedEncoding,
    decompress,
)
from newsarchive.feeds import FeedError, parse_feed
from newsarchive.records import record_line
from newsarchive.sanitize import clean_record, clean_text, for_terminal, redact_url
from newsarchive.settings import DOWNLOAD_MAXSIZE

MiB = 1 << 20
#: peak memory allowed to ``extract`` of a 2 MB gzip bomb (it inflates to 2 GB)
MEMORY_LIMIT_MB = 300
#: any C0/C1 control character but tab, line feed and carriage return
CONTROL = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} - {"\t", "\n", "\r"}

HOSTILE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour tunnel \\ud800 approved \\u001b[2J at last",
 "description": "A dek with a NUL \\u0000 and a bell \\u0007 inside",
 "datePublished": "2023-03-09", "author": {"@type": "Person", "name": "Rachel \\u001bOkafor"}}</script>
</head><body><article><p class="kicker">Council vote</p>
<p>The council approved the harbour tunnel on Thursday &#27;[31m after a decade of debate, with a bell
&#7; in the middle of the text and enough words to make this page a real article for the extractor.</p>
<p>The vote came after a long night. <a href="http://editor:s3cret@files.example.org/report.pdf">The
cost review</a> puts the price at 1.2 billion, more than the first estimate of the planners.</p>
</article></body></html>
"""
PLAIN_PAGE = ("<!DOCTYPE html><html lang='en'><head><title>{0}</title><meta property='og:type' content='article'>"
              "</head><body><article><h1>{0}</h1>"
              "<p>{1}</p></article></body></html>")


def plain_page(headline: str) -> bytes:
    text = " ".join(["The ferry timetable changes on Monday for the summer season."] * 12)
    return PLAIN_PAGE.format(headline, text).encode()


def gzip_bomb(megabytes_out: int = 2000) -> bytes:
    """About 2 MB of gzip that inflates to ``megabytes_out`` MiB of an HTML page."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = packer.compress(b"<!DOCTYPE html><html><body><article><h1>Bomb</h1><p>")
    zeros = b" " * MiB
    return head + b"".join(packer.compress(zeros) for _ in range(megabytes_out)) + packer.flush()


def write_warc(path: Path, pages: list[tuple[str, bytes, list[tuple[str, str]]]]) -> list[int]:
    """A WARC file of response records ``(url, payload as sent, extra headers)``; their offsets."""
    offsets = []
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"), warc_version="1.1")
        for url, payload, headers in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"), *headers],
                                    protocol="HTTP/1.1")
            offsets.append(f.tell())
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                          http_headers=http))
    return offsets


def extract(*args: str, memory_cap: int = 1536 * MiB) -> tuple[int, list[dict], str, int]:
    """Run ``newsarchive extract`` in a fresh process: (status, records, stderr, peak RSS in MB).

    A wrapper process runs it, so its ``RUSAGE_CHILDREN`` peak is this run's alone;
    the address space is capped so that a regression fails instead of eating the machine.
    """
    wrapper = (
        "import resource, subprocess, sys\n"
        "cap = int(sys.argv[1])\n"
        "limit = lambda: resource.setrlimit(resource.RLIMIT_AS, (cap, cap))\n"
        "run = subprocess.run(sys.argv[2:], capture_output=True, preexec_fn=limit)\n"
        "sys.stdout.buffer.write(run.stdout); sys.stderr.buffer.write(run.stderr)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
        "sys.stderr.buffer.write(f'\\nPEAK {peak}\\n'.encode())\n"
        "sys.exit(run.returncode)\n"
    )
    run = subprocess.run([sys.executable, "-c", wrapper, str(memory_cap), *newsarchive_cmd(), "extract", *args],
                         capture_output=True, timeout=300, check=False)
    stderr, _, peak = run.stderr.rpartition(b"\nPEAK ")
    assert "\x1b" not in stderr.decode("utf-8", "replace"), stderr  # never a raw escape on the terminal
    assert b"\x00" not in stderr
    text = stderr.decode("utf-8")  # strict: nothing undecodable either
    assert "Traceback" not in text, text
    records = [json.loads(line) for line in run.stdout.decode("utf-8").splitlines()]
    return run.returncode, records, text, int(peak)


def strings(obj: object) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in [k, *strings(v)]]
    if isinstance(obj, list):
        return [s for v in obj for s in strings(v)]
    return []


def warning_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("WARNING: ")]


def assert_clean(record: dict) -> None:
    for text in strings(record):
        assert not CONTROL & set(text), repr(text)
        assert not any("\ud800" <= c <= "\udfff" for c in text), repr(text)
    assert record["content_sha256"] == hashlib.sha256(record["body"].encode("utf-8")).hexdigest()


# -- the hostile page, end to end ---------------------------------------------------------------

def test_lone_surrogate_and_control_characters_give_a_clean_record(tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE_PAGE, "utf-8")
    status, records, stderr, _ = extract(str(page), "--url", "https://reader:pw@news.example/tunnel")
    assert status == 0, stderr
    (record,) = records
    validate(records)
    assert record["headline"] == "Harbour tunnel \ufffd approved [2J at last"
    assert record["description"] == "A dek with a NUL  and a bell  inside"
    assert record["authors"] == ["Rachel Okafor"]
    assert "after a decade of debate" in record["body"]
    assert_clean(record)
    assert record["url"] == record["final_url"] == "https://news.example/tunnel"
    links = [link["url"] for link in record["related_links"]]
    assert "http://files.example.org/report.pdf" in links
    assert "s3cret" not in json.dumps(record) and "reader:pw" not in json.dumps(record)
    assert "1 records from 1 files" in stderr


def test_pages_after_a_hostile_one_in_a_warc_are_not_lost(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [
        ("http://news.example/first", plain_page("First page"), []),
        ("http://user:secret@news.example/tunnel", HOSTILE_PAGE.encode(), []),
        ("http://news.example/last", plain_page("Last page"), []),
    ])
    status, records, stderr, _ = extract(str(warc), "--articles-only")
    assert status == 0, stderr
    assert [r["headline"] for r in records] == ["First page", "Harbour tunnel \ufffd approved [2J at last", "Last page"]
    validate(records)
    for record in records:
        assert_clean(record)
    assert records[1]["url"] == "http://news.example/tunnel"
    assert "secret" not in stderr and "secret" not in json.dumps(records)


def test_control_bytes_in_a_response_header_are_escaped_in_the_warning(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    offsets = write_warc(warc, [
        ("http://news.example/odd", plain_page("Odd"), [("Content-Encoding", "x\x1b[2J\x07")]),
        ("http://news.example/fine", plain_page("Fine"), []),
    ])
    status, records, stderr, _ = extract(str(warc))
    assert status == 0, stderr
    assert [r["headline"] for r in records] == ["Fine"]
    (line,) = warning_lines(stderr)
    assert line == (f"WARNING: skipped: unsupported encoding x\\x1b[2j\\x07: {warc} at offset {offsets[0]} "
                    "(http://news.example/odd)")


def test_a_failing_page_is_one_line_and_the_run_goes_on(tmp_path: Path) -> None:
    """An extractor crash on one page (here forced) is one short, escaped line; the next page is written."""
    for name in ("a.html", "b.html"):
        (tmp_path / name).write_bytes(plain_page(name))
    crash = (
        "import sys\n"
        "import newsarchive.offline as offline\n"
        "real = offline.record_for\n"
        "def record_for(src, *args):\n"
        "    if src.source.endswith('a.html'):\n"
        "        raise ValueError('broken \\x1b[2J page ' + 'x' * 100_000)\n"
        "    return real(src, *args)\n"
        "offline.record_for = record_for\n"
        "from newsarchive.cli import main\n"
        "sys.argv = ['newsarchive', 'extract', *sys.argv[1:]]\n"
        "sys.exit(main())\n"
    )
    run = subprocess.run([sys.executable, "-c", crash, str(tmp_path)], capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    assert [json.loads(line)["headline"] for line in run.stdout.splitlines()] == ["b.html"]
    (line,) = warning_lines(run.stderr)
    assert line.startswith("WARNING: skipped: extraction failed (ValueError: broken \\x1b[2J page xxx")
    assert line.endswith(f": {tmp_path / 'a.html'}") and len(line) < 400
    assert "Traceback" not in run.stderr and "\x1b" not in run.stderr
    assert "1 records from 2 files, 1 skipped" in run.stderr


# -- gzip bombs -----------------------------------------------------------------------------------

def test_gzip_bomb_html_file_is_skipped_in_little_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip_bomb())
    assert 1.5 * MiB < bomb.stat().st_size < 2.5 * MiB
    (tmp_path / "fine.html").write_bytes(plain_page("Fine"))
    status, records, stderr, peak = extract(str(tmp_path))
    assert status == 0, stderr
    assert [r["headline"] for r in records] == ["Fine"]
    assert warning_lines(stderr) == [f"WARNING: skipped: too large after decompression (over 10 MiB): {bomb}"]
    assert "1 records from 2 files, 1 skipped" in stderr
    assert peak < MEMORY_LIMIT_MB, f"peak RSS {peak} MB"


@pytest.mark.parametrize("chunked", [False, True])
def test_gzip_bomb_inside_a_warc_is_skipped_in_little_memory(tmp_path: Path, chunked: bool) -> None:
    """The crawler archives a response as received: a gzip bomb stays gzip-encoded in its record."""
    payload = gzip_bomb()
    headers = [("Content-Encoding", "gzip")]
    if chunked:  # as another crawler may keep it: chunked framing, then the encoding
        payload = b"".join(b"%x\r\n%s\r\n" % (len(part), part)
                           for part in (payload[i:i + 65536] for i in range(0, len(payload), 65536))) + b"0\r\n\r\n"
        headers.append(("Transfer-Encoding", "chunked"))
    warc = tmp_path / "crawl.warc.gz"
    offsets = write_warc(warc, [
        ("http://news.example/before", plain_page("Before"), []),
        ("http://news.example/bomb", payload, headers),
        ("http://news.example/after", zlib.compress(plain_page("After")), [("Content-Encoding", "deflate")]),
    ])
    status, records, stderr, peak = extract(str(warc))
    assert status == 0, stderr
    assert [r["headline"] for r in records] == ["Before", "After"]
    assert warning_lines(stderr) == [(f"WARNING: skipped: too large after decompression (over 10 MiB): "
                                      f"{warc} at offset {offsets[1]} (http://news.example/bomb)")]
    assert peak < MEMORY_LIMIT_MB, f"peak RSS {peak} MB"


def test_the_cap_is_the_crawls_page_limit() -> None:
    page = b"<p>" + b"a" * (DOWNLOAD_MAXSIZE - 3)
    packed = zlib.compress(page)
    assert decompress(packed, "deflate", DOWNLOAD_MAXSIZE) == page  # exactly at the limit: kept
    with pytest.raises(TooLarge, match=r"^too large after decompression \(over 10 MiB\)$"):
        decompress(zlib.compress(page + b"a"), "deflate", DOWNLOAD_MAXSIZE)


def test_gzipped_sitemap_bomb_is_refused_by_the_same_cap() -> None:
    with pytest.raises(FeedError, match="larger than"):
        parse_feed(gzip_bomb(60))
    with pytest.raises(FeedError, match="unreadable gzip data"):
        parse_feed(zlib.compress(b"<urlset/>", wbits=31)[:-12])  # cut short


@pytest.mark.parametrize("encoding, packed", [
    ("gzip", zlib.compress(b"page", wbits=31) + zlib.compress(b" two", wbits=31)),  # two members
    ("x-gzip", zlib.compress(b"page two", wbits=31)),
    ("deflate", zlib.compress(b"page two")),
    ("deflate", zlib.compress(b"page two", wbits=-15)),  # raw deflate, as some servers send it
])
def test_decompress_reads_what_servers_send(encoding: str, packed: bytes) -> None:
    assert decompress(packed, encoding, 100) == b"page two"
    assert decompress(io.BytesIO(packed), encoding, 100) == b"page two"


def test_decompress_reports_cut_corrupt_and_unknown_data() -> None:
    packed = zlib.compress(b"".join(b"line %d\n" % n for n in range(5000)), wbits=31)
    with pytest.raises(Truncated) as cut:
        decompress(packed[: len(packed) // 2], "gzip", MiB)
    assert cut.value.partial.startswith(b"line 0\nline 1\n") and len(cut.value.partial) > 1000
    with pytest.raises(DecompressError, match="not valid gzip data"):
        decompress(b"\x1f\x8b not gzip", "gzip", MiB)
    with pytest.raises(UnsupportedEncoding, match="^unsupported encoding compress$"):
        decompress(b"data", "compress", MiB)


def test_brotli_is_decoded_with_a_cap_or_refused() -> None:
    from newsarchive.decompress import _streaming_brotli

    decoder = _streaming_brotli()
    if decoder is None:  # e.g. brotlipy hiding Google's brotli: no capped decoder, so refused
        with pytest.raises(UnsupportedEncoding, match="^unsupported encoding br$"):
            decompress(b"\x1b\x03\x00\xf8\xa5\x82\x8b\x8d\x04", "br", MiB)
        return
    brotli = sys.modules[decoder.__module__.split(".")[0]]
    assert decompress(brotli.compress(b"page"), "br", 100) == b"page"
    with pytest.raises(TooLarge):
        decompress(brotli.compress(b" " * MiB), "br", 1000)


# -- torn and damaged WARC files ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
@pytest.mark.parametrize("cut", [40, 400])  # inside the record's header, inside its payload
def test_torn_warc_gives_the_whole_records_and_one_line(tmp_path: Path, name: str, cut: int) -> None:
    warc = tmp_path / name
    pages = [(f"http://news.example/{n}", plain_page(f"Page {n}"), []) for n in range(3)]
    offsets = write_warc(warc, pages)
    warc.write_bytes(warc.read_bytes()[: offsets[2] + cut])
    status, records, stderr, _ = extract(str(warc))
    assert status == 0, stderr
    assert [r["headline"] for r in records] == ["Page 0", "Page 1"]
    assert warning_lines(stderr) == [(f"WARNING: skipped: WARC file torn (it ends inside a record): "
                                      f"{warc} at offset {offsets[2]}")]


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_damaged_record_is_one_line_and_the_next_records_are_read(tmp_path: Path, name: str) -> None:
    warc = tmp_path / name
    offsets = write_warc(warc, [(f"http://news.example/{n}", plain_page(f"Page {n}"), []) for n in range(3)])
    data = bytearray(warc.read_bytes())
    data[offsets[1]:offsets[1] + 40] = b"\x1b[2J garbage \x00" * 2 + b"x" * 12
    warc.write_bytes(bytes(data))
    status, records, stderr, _ = extract(str(warc))
    assert status == 0, stderr
    assert [r["headline"] for r in records] == ["Page 0", "Page 2"]
    (line,) = warning_lines(stderr)
    assert line.startswith("WARNING: skipped: damaged WARC record (") and line.endswith(f"{warc} at offset {offsets[1]}")


# -- the functions ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, clean", [
    ("x \ud800 y", "x \ufffd y"),
    ("\udfff", "\ufffd"),
    ("\ud83d\ude00", "\U0001f600"),  # a valid pair left as two code points is joined
    ("a\x00b\x1b[2Jc\x07d\x7fe\x85f\x9bg", "ab[2Jcdefg"),
    ("para one\n\npara two\tand\r\n", "para one\n\npara two\tand\r\n"),
    ("Ünïcödé — 東京 \u202e", "Ünïcödé — 東京 \u202e"),
])
def test_clean_text(text: str, clean: str) -> None:
    assert clean_text(text) == clean


@pytest.mark.parametrize("url, redacted", [
    ("http://user:pass@host.example/a?b=c@d", "http://host.example/a?b=c@d"),
    ("https://a@b@host.example:8443/", "https://host.example:8443/"),
    ("//user:pass@host.example/", "//host.example/"),
    ("https://host.example/@someone", "https://host.example/@someone"),
    ("mailto:desk@news.example", "mailto:desk@news.example"),
    ("https://[::1]:8080/x", "https://[::1]:8080/x"),
])
def test_redact_url(url: str, redacted: str) -> None:
    assert redact_url(url) == redacted


def test_clean_record_cleans_every_string_and_every_url() -> None:
    record = {
        "url": "http://u:p@a.example/", "final_url": "http://u:p@b.example/", "canonical_url": "http://u:p@c.example/",
        "headline": "x\ud800\x00", "tags": ["a\x1b"], "status": 200, "version": None,
        "images": [{"url": "https://u:p@img.example/1.jpg", "caption": "c\x07"}],
        "attributions": [{"role": "source", "name": "n", "text": "see http://u:p@x.example/", "url": "http://u:p@x.example/"}],
        "related_links": [{"url": "http://u:p@r.example/", "text": "t", "kind": "inline"}],
    }
    cleaned = clean_record(record)
    assert cleaned["headline"] == "x\ufffd" and cleaned["tags"] == ["a"] and cleaned["status"] == 200
    assert "u:p@" not in json.dumps([cleaned[k] for k in ("url", "final_url", "canonical_url", "images",
                                                          "related_links")])
    assert cleaned["attributions"][0]["url"] == "http://x.example/"
    assert record["headline"] == "x\ud800\x00"  # a copy: the item itself is left alone


def test_record_line_writes_a_record_with_a_lone_surrogate() -> None:
    line = record_line({"url": "https://news.example/a", "headline": "x \ud800", "body": "b\x00ody",
                        "content_sha256": hashlib.sha256(b"b\x00ody").hexdigest()})
    record = json.loads(line.decode("utf-8"))
    assert record["headline"] == "x \ufffd" and record["body"] == "body"
    assert record["content_sha256"] == hashlib.sha256(b"body").hexdigest()  # still the hash of the body


def test_for_terminal_makes_every_control_character_visible() -> None:
    shown = for_terminal("a\x1b[2J\x00b\x7f\x9b\ud800\u202ec\r\nd\te http://user:pw@host.example/x")
    assert shown == "a\\x1b[2J\\x00b\\x7f\\x9b\\ud800\\u202ec\\x0d\\x0ad\te http://host.example/x"
    assert for_terminal("line one\nline two\r", multiline=True) == "line one\nline two\\x0d"
    assert for_terminal(ValueError("\x1b")) == "\\x1b"


# -- log lines ----------------------------------------------------------------------------------

@pytest.fixture
def log_stream():
    """A real logger whose handler writes to a string, as Scrapy's root handler writes to stderr."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    log = logging.getLogger("newsarchive.test_hostile_input")
    log.addHandler(handler)
    log.propagate = False
    log.setLevel(logging.DEBUG)
    yield log, stream
    log.removeHandler(handler)
    logsafe.uninstall()


def fail(log: logging.Logger, page: str) -> None:
    try:
        raise ValueError(page)
    except ValueError:
        log.exception("failed: %s: %s", "HTTP 500", "http://user:pw@host.example/\x1b[2J")


def test_log_lines_are_escaped_short_and_without_traceback(log_stream) -> None:
    log, stream = log_stream
    logsafe.install(verbose=0)
    page = "<html>" + "page content " * 10_000
    fail(log, page)
    log.warning("header: %r", b"\x1b[2J\x00")
    log.warning("value: %s", "\x1b]0;pwned\x07\x00 and a NUL")
    lines = stream.getvalue().splitlines()
    assert lines[0] == "ERROR: failed: HTTP 500: http://host.example/\\x1b[2J"
    assert lines[1] == "WARNING: header: b'\\x1b[2J\\x00'"
    assert lines[2] == "WARNING: value: \\x1b]0;pwned\\x07\\x00 and a NUL"
    assert len(lines) == 3 and "Traceback" not in stream.getvalue()
    stream.seek(0)
    stream.truncate()
    log.warning("page: %s", page)
    (line,) = stream.getvalue().splitlines()
    assert len(line) < 600 and line.endswith(f"… (cut: {len('page: ' + page)} characters in all)")
    stream.seek(0)
    stream.truncate()
    log.warning("escapes: %s", "\x1b" * 10_000)  # cut after escaping: the line stays short
    (line,) = stream.getvalue().splitlines()
    assert len(line) < 600 and line.startswith("WARNING: escapes: \\x1b\\x1b")
    assert line.endswith("\\x1b… (cut: 10009 characters in all)")


def test_log_lines_with_vv_keep_the_traceback_escaped(log_stream) -> None:
    log, stream = log_stream
    logsafe.install(verbose=2)
    fail(log, "page \x1b[2J text")
    text = stream.getvalue()
    assert text.startswith("ERROR: failed: HTTP 500: http://host.example/\\x1b[2J\nTraceback (most recent call last):")
    assert "ValueError: page \\x1b[2J text" in text and "\x1b" not in text


def test_log_lines_of_a_handler_installed_later_are_safe_too(log_stream) -> None:
    """Scrapy replaces its root handler when a crawler applies its settings: after install()."""
    log, _ = log_stream
    logsafe.install(verbose=0)
    later = io.StringIO()
    handler = logging.StreamHandler(later)
    log.addHandler(handler)
    try:
        fail(log, "x")
    finally:
        log.removeHandler(handler)
    assert later.getvalue() == "failed: HTTP 500: http://host.example/\\x1b[2J\n"


def test_info_diagnostics_keep_their_lines(log_stream) -> None:
    """Scrapy's stats dump at -v stays readable: INFO keeps line breaks, still escaped."""
    log, stream = log_stream
    logsafe.install(verbose=1)
    log.info("Dumping Scrapy stats:\n{'downloader/request_count': 3,\n 'odd': '\x1b[2J'}")
    assert stream.getvalue() == "INFO: Dumping Scrapy stats:\n{'downloader/request_count': 3,\n 'odd': '\\x1b[2J'}\n"


# -- the same, through a real crawl ------------------------------------------------------------

def raw_answer(head: list[bytes], body: bytes) -> Callable[[socket.socket], None]:
    """A route of :class:`RawServer` sending this head (as given, control bytes included) and body."""
    lines = [b"HTTP/1.1 200 OK", *head, b"Content-Length: %d" % len(body), b"Connection: close"]
    return lambda conn: conn.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)


def test_a_crawled_hostile_page_is_archived_clean_and_re_extracted_alike(tmp_path: Path) -> None:
    server = RawServer({
        "/tunnel": raw_answer([b"Content-Type: text/html; charset=utf-8"], HOSTILE_PAGE.encode()),
        "/odd": raw_answer([b"Content-Type: image/x\x1b[2J\x00evil"], b"not a page"),
    })
    try:
        out = tmp_path / "out"
        result = subprocess.run([*newsarchive_cmd(), "crawl", f"{server.base_url}/tunnel", f"{server.base_url}/odd",
                                 "-o", str(out), "--depth", "0", "--ignore-robots",
                                 "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0"],
                                capture_output=True, timeout=120)
    finally:
        server.close()
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 0, stderr
    assert "\x1b" not in stderr and "\x00" not in stderr and "Traceback" not in stderr
    assert f"failed: not HTML (image/x\\x1b[2J\\x00evil): {server.base_url}/odd" in stderr
    (line,) = (out / "articles.jsonl").read_bytes().splitlines()
    record = json.loads(line)
    assert record["headline"] == "Harbour tunnel \ufffd approved [2J at last"
    assert_clean(record)
    validate([record])
    status, again, err, _ = extract(str(next((out / "warc").glob("*.warc.gz"))), "--articles-only")
    assert status == 0, err
    (re_extracted,) = again
    assert re_extracted["headline"] == record["headline"]
    assert re_extracted["content_sha256"] == record["content_sha256"]
