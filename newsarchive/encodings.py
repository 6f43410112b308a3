"""Which content codings this installation can decode, and the ``Accept-Encoding`` to send.

A page is decoded twice in newsarchive's life: by Scrapy when it is crawled, and by warcio when
its WARC record is read back (``newsarchive extract``, ``warcio check``, replay tools), since the
WARC keeps the payload exactly as sent, still encoded.

* Scrapy 2.19 advertises ``gzip, deflate, br, zstd`` whatever is installed (the constant
  ``ACCEPTED_ENCODINGS`` of ``scrapy/downloadermiddlewares/httpcompression.py``). It decodes
  ``br`` with ``brotli.Decompressor().process(data, output_buffer_limit=...)`` and
  ``.is_finished()`` (``brotlicffi`` only when ``brotli`` is not importable at all) and ``zstd``
  with ``backports.zstd.ZstdFile`` (``compression.zstd`` from Python 3.14), in
  ``scrapy/utils/_compression.py``. Brotli and backports.zstd are requirements of Scrapy, so on an
  intact installation all four decode; but ``brotlipy`` (required by pywb) installs a ``brotli``
  package that shadows Google's ``brotli.py`` and has no ``Decompressor.process``, and every
  ``br`` page then fails with ``AttributeError``.
* warcio 1.8 decodes ``br`` with brotlipy's API only (``Decompressor().unused_data = None``,
  which Google's C ``Decompressor`` refuses with ``AttributeError``) and has no ``zstd`` decoder
  at all (such records are read back still compressed, silently).

Each coding is checked by decoding a tiny sample with the very functions Scrapy and warcio use,
once per process. :func:`accept_encoding` lists the codings both decode, so that every archived
page can be read back by standard tools; :class:`HttpCompressionMiddleware` replaces Scrapy's
middleware of that name, sends that value, and turns a response in a coding the crawler cannot
decode (a server may send ``br`` unasked) into a clear failure instead of an ``AttributeError``.
"""

from __future__ import annotations

import functools
import importlib
import io
from collections.abc import Callable
from itertools import chain
from typing import Any

from scrapy.downloadermiddlewares.httpcompression import (
    HttpCompressionMiddleware as _ScrapyHttpCompression,
)
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

ALWAYS = ("gzip", "deflate")  # zlib is part of Python; Scrapy and warcio both decode them
#: ``b"newsarchive"`` compressed, for trying each decoder
SAMPLE_TEXT = b"newsarchive"
SAMPLES = {
    "br": b"\x1b\n\x00\x00\xa4\xcb\xdc\xe6\xeeD)\x81\xc9\x01",
    "zstd": b"(\xb5/\xfd \x0bY\x00\x00newsarchive",
}
#: decoder function of ``scrapy.utils._compression`` for each optional coding
_SCRAPY_DECODERS = {"br": "_unbrotli", "zstd": "_unzstd"}


def _fallback_decoder(coding: str) -> Callable[[bytes], bytes]:
    """The decoder called the way Scrapy 2.19 calls it, should its private helpers move."""
    if coding == "br":
        try:
            brotli: Any = importlib.import_module("brotli")
        except ImportError:
            brotli = importlib.import_module("brotlicffi")

        def unbrotli(data: bytes) -> bytes:
            decompressor = brotli.Decompressor()
            out = decompressor.process(data, output_buffer_limit=65536)
            if not decompressor.is_finished():
                raise ValueError("brotli stream not finished")
            return out

        return unbrotli
    try:
        zstd: Any = importlib.import_module("compression.zstd")
    except ImportError:
        zstd = importlib.import_module("backports.zstd")
    return lambda data: zstd.ZstdFile(io.BytesIO(data)).read()


def _scrapy_decoder(coding: str) -> Callable[[bytes], bytes]:
    try:
        module = importlib.import_module("scrapy.utils._compression")
    except ImportError as exc:
        if getattr(exc, "name", None) == "scrapy.utils._compression":  # moved in a later Scrapy
            return _fallback_decoder(coding)
        raise  # Scrapy's own import of brotli or zstd failed: it cannot decode
    func = getattr(module, _SCRAPY_DECODERS[coding], None)
    return func if func is not None else _fallback_decoder(coding)


def _warcio_decode(coding: str, data: bytes) -> bytes:
    """``data`` as warcio's ``record.content_stream()`` gives it for that ``Content-Encoding``."""
    from warcio.bufferedreaders import BufferedReader

    if coding not in BufferedReader.get_supported_decompressors():
        raise LookupError(f"warcio has no {coding} decoder (it reads such records back undecoded)")
    return BufferedReader(io.BytesIO(data), decomp_type=coding).read()


def _try(decode: Callable[[bytes], bytes], coding: str) -> str | None:
    try:
        decoded = decode(SAMPLES[coding])
    except Exception as exc:  # noqa: BLE001 - any failure means "cannot decode"
        return f"{type(exc).__name__}: {exc}"
    return None if decoded == SAMPLE_TEXT else f"decoded to {decoded!r}"


@functools.cache
def crawl_check(coding: str) -> str | None:
    """``None`` when Scrapy decodes ``coding`` here, else why not."""
    if coding in ALWAYS or coding == "x-gzip":
        return None
    if coding not in SAMPLES:
        return f"unknown coding {coding!r}"
    return _try(lambda data: _scrapy_decoder(coding)(data), coding)


@functools.cache
def archive_check(coding: str) -> str | None:
    """``None`` when warcio reads a WARC record in ``coding`` back decoded, else why not."""
    if coding in ALWAYS:
        return None
    if coding not in SAMPLES:
        return f"unknown coding {coding!r}"
    return _try(lambda data: _warcio_decode(coding, data), coding)


def check(coding: str) -> str | None:
    """``None`` when both the crawler and the WARC reader decode ``coding``, else why not."""
    crawl, archive = crawl_check(coding), archive_check(coding)
    if crawl is not None:
        return f"the crawler (Scrapy) cannot decode {coding}: {crawl}"
    if archive is not None:
        return f"WARC readers (warcio) cannot decode {coding}: {archive}"
    return None


def clear_cache() -> None:
    crawl_check.cache_clear()
    archive_check.cache_clear()


def decodable_encodings(archive: bool = True) -> list[str]:
    """The codings to advertise, in order: gzip, deflate, then br and zstd where they decode
    (in the crawler, and with ``archive`` in warcio too)."""
    ok = check if archive else crawl_check
    return [coding for coding in (*ALWAYS, "br", "zstd") if ok(coding) is None]


def accept_encoding(archive: bool = True) -> str:
    """The ``Accept-Encoding`` value: only codings the installed decoders handle."""
    return ", ".join(decodable_encodings(archive))


def undecodable(content_encoding: list[bytes]) -> list[str]:
    """The codings of a ``Content-Encoding`` header (all its values) the crawler cannot decode."""
    codings = (c.strip().lower().decode("latin-1") for c in chain.from_iterable(v.split(b",") for v in content_encoding))
    return [c for c in codings if c in SAMPLES and crawl_check(c) is not None]


class HttpCompressionMiddleware(_ScrapyHttpCompression):
    """Scrapy's middleware, asking only for codings that decode here (:func:`accept_encoding`)
    and failing clearly on a response in one the crawler cannot decode."""

    def process_request(self, request: Request) -> None:
        request.headers.setdefault("Accept-Encoding", accept_encoding())

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.method != "HEAD":
            bad = undecodable(response.headers.getlist("Content-Encoding"))
            if bad:
                reasons = "; ".join(f"{c}: {crawl_check(c)}" for c in bad)
                raise IgnoreRequest(f"cannot decode Content-Encoding {', '.join(bad)} ({reasons})")
        return super().process_response(request, response)
