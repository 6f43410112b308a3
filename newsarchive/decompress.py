"""Capped decompression: the one place compressed input from the web is inflated.

Two megabytes of gzip can inflate to two gigabytes, so nothing here ever calls a
one-shot ``decompress``: every decoder is driven in small steps whose output is
bounded, and decoding stops with :class:`TooLarge` as soon as the output passes
the limit. Memory use is therefore the limit plus a few buffers, whatever the
input claims. ``newsarchive extract`` (``.html.gz`` files, ``Content-Encoding``
payloads of WARC records) and the feed reader (``.xml.gz`` sitemaps) share it.
"""

from __future__ import annotations

import functools
import importlib
import zlib
from collections.abc import Callable
from typing import Any, BinaryIO, Protocol

CHUNK = 64 * 1024
"""Input read and output produced per step."""

GZIP_MAGIC = b"\x1f\x8b"


class DecompressError(ValueError):
    """Data that cannot be decoded (corrupt, or an encoding we cannot read); a one-line message."""


class UnsupportedEncoding(DecompressError):
    """A ``Content-Encoding`` no decoder here reads (``br`` without a streaming brotli, ``compress``)."""

    def __init__(self, encoding: str) -> None:
        super().__init__(f"unsupported encoding {encoding}")
        self.encoding = encoding


class Truncated(DecompressError):
    """The compressed data ended before its end marker; ``partial`` holds what it decoded to.

    Browsers (and Scrapy) show a page cut short; a caller may do the same with ``partial``.
    """

    def __init__(self, encoding: str, partial: bytes) -> None:
        super().__init__(f"{encoding} data ended early")
        self.partial = partial


class TooLarge(DecompressError):
    """The decoded output passed the limit; decoding stopped there."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"too large after decompression (over {human_size(limit)})")
        self.limit = limit


def human_size(size: int) -> str:
    """``10 MiB``, ``64 KiB`` or ``1000 bytes``: a limit as a user reads it."""
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size} bytes"


class _Decoder(Protocol):
    eof: bool

    @property
    def needs_input(self) -> bool: ...

    def feed(self, data: bytes, max_out: int) -> bytes: ...


class _ZlibDecoder:
    """gzip (every member of a multi-member file) or deflate (zlib-wrapped or raw)."""

    def __init__(self, encoding: str) -> None:
        self.gzip = encoding == "gzip"
        self._inflate = zlib.decompressobj(31 if self.gzip else 15)
        self._pending = b""
        self._started = False  # output produced: a raw-deflate retry is no longer possible
        self.eof = False

    @property
    def needs_input(self) -> bool:
        return not self._pending

    def feed(self, data: bytes, max_out: int) -> bytes:
        data = self._pending + data if self._pending else data
        try:
            out = self._inflate.decompress(data, max_out)
        except zlib.error as exc:
            if self.gzip or self._started:
                raise DecompressError(f"not valid {'gzip' if self.gzip else 'deflate'} data ({exc})") from None
            # deflate without its zlib wrapper, as some servers send it (Scrapy and browsers accept it)
            self._inflate, self._started = zlib.decompressobj(-15), True
            return self.feed(data, max_out)
        self._started = self._started or bool(out)
        self._pending = self._inflate.unconsumed_tail
        if self._inflate.eof:
            rest = self._inflate.unused_data
            if self.gzip and rest.startswith(GZIP_MAGIC):  # another member follows
                self._inflate, self._pending = zlib.decompressobj(31), rest
            else:  # the end; trailing bytes (padding, garbage) are ignored, as gzip(1) does
                self.eof, self._pending = True, b""
        return out


class _BrotliDecoder:
    def __init__(self, decompressor: Any) -> None:
        self._brotli = decompressor
        self.eof = False

    @property
    def needs_input(self) -> bool:
        return bool(self._brotli.can_accept_more_data())

    def feed(self, data: bytes, max_out: int) -> bytes:
        try:
            out = self._brotli.process(data, output_buffer_limit=max_out)
        except Exception as exc:  # noqa: BLE001 - brotli.error has no importable common base
            raise DecompressError(f"not valid br data ({exc})") from None
        self.eof = bool(self._brotli.is_finished())
        return out


class _ZstdDecoder:
    def __init__(self, zstd: Any) -> None:
        self._zstd = zstd
        self._frame = zstd.ZstdDecompressor()
        self._pending = b""
        self.eof = False

    @property
    def needs_input(self) -> bool:
        return not self._pending and self._frame.needs_input

    def feed(self, data: bytes, max_out: int) -> bytes:
        data = self._pending + data if self._pending else data
        self._pending = b""
        try:
            out = self._frame.decompress(data, max_out)
        except self._zstd.ZstdError as exc:
            raise DecompressError(f"not valid zstd data ({exc})") from None
        if self._frame.eof:
            rest = self._frame.unused_data
            if rest:  # another frame follows
                self._frame, self._pending = self._zstd.ZstdDecompressor(), rest
            else:
                self.eof = True
        return out


@functools.cache
def _streaming_brotli() -> Any | None:
    """A brotli decompressor with ``process(data, output_buffer_limit=...)``, else None.

    Google's ``brotli`` (1.2+) has one; brotlipy (whose ``brotli`` package hides
    Google's module when both are installed, as pywb's dependencies do) and older
    releases only decode all at once, which cannot be capped: ``br`` is then refused.
    """
    for name in ("brotli", "brotlicffi"):
        module = _import(name)
        if module is not None and _decodes_with_a_cap(module):
            return module.Decompressor
    return None


def _decodes_with_a_cap(module: Any) -> bool:
    try:
        decompressor = module.Decompressor()
        decompressor.process(b"", output_buffer_limit=1)  # TypeError without the limit argument
        return hasattr(decompressor, "can_accept_more_data") and hasattr(decompressor, "is_finished")
    except (AttributeError, TypeError):
        return False
    except Exception:  # noqa: BLE001 - a decoder complaining of empty input still has the API
        return hasattr(module.Decompressor, "can_accept_more_data")


def _import(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _zstd_module() -> Any | None:
    return _import("compression.zstd") or _import("backports.zstd")


def _decoder(encoding: str) -> _Decoder:
    if encoding in ("gzip", "deflate"):
        return _ZlibDecoder(encoding)
    if encoding == "br":
        brotli = _streaming_brotli()
        if brotli is not None:
            return _BrotliDecoder(brotli())
    if encoding == "zstd":
        zstd = _zstd_module()
        if zstd is not None:
            return _ZstdDecoder(zstd)
    raise UnsupportedEncoding(encoding)


def _reader(source: bytes | BinaryIO) -> Callable[[int], bytes]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        view = memoryview(source)
        position = 0

        def read(size: int) -> bytes:
            nonlocal position
            chunk = bytes(view[position:position + size])
            position += len(chunk)
            return chunk

        return read
    return source.read


ALIASES = {"x-gzip": "gzip", "x-deflate": "deflate"}


def decompress(source: bytes | BinaryIO, encoding: str, limit: int) -> bytes:
    """``source`` (bytes or a binary stream) decoded from ``encoding``, at most ``limit`` bytes of it.

    ``encoding`` is a ``Content-Encoding`` token: ``gzip`` (every member),
    ``deflate`` (zlib-wrapped or raw), ``br``, ``zstd`` (every frame). Raises :class:`TooLarge` past ``limit``, :class:`Truncated` (with the partial
    output) for data cut short, :class:`UnsupportedEncoding`, or
    :class:`DecompressError` for corrupt data. Never reads more than ``limit`` + 1
    output bytes into memory, nor more than :data:`CHUNK` input bytes at a time.
    """
    encoding = ALIASES.get(encoding.strip().lower(), encoding.strip().lower())
    decoder = _decoder(encoding)
    read = _reader(source)
    out = bytearray()
    exhausted = False
    idle = 0  # steps in a row that neither read nor produced anything
    while not decoder.eof:
        chunk = b""
        if decoder.needs_input and not exhausted:
            chunk = read(CHUNK)
            exhausted = not chunk
        piece = decoder.feed(chunk, min(CHUNK, limit + 1 - len(out)))
        out += piece
        if len(out) > limit:
            raise TooLarge(limit)
        if exhausted and not piece:
            raise Truncated(encoding, bytes(out))
        idle = 0 if chunk or piece else idle + 1
        if idle > 3:  # a decoder that holds data it never gives back: never spin on it
            raise DecompressError(f"{encoding} decoder made no progress")
    return bytes(out)


def decode_content(source: bytes | BinaryIO, content_encoding: str | None, limit: int) -> bytes:
    """A payload decoded from every encoding its ``Content-Encoding`` lists, last applied first.

    Each step is capped at ``limit`` as :func:`decompress` is. A payload without
    encoding is returned as it is, uncapped: it is no larger than what holds it,
    and only decompression can multiply memory.
    """
    encodings = [e.strip().lower() for e in (content_encoding or "").split(",")]
    encodings = [e for e in encodings if e and e != "identity"]
    if not encodings:
        return bytes(source) if isinstance(source, (bytes, bytearray, memoryview)) else source.read()
    data = decompress(source, encodings.pop(), limit)
    while encodings:
        data = decompress(data, encodings.pop(), limit)
    return data
