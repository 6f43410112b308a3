"""Text from the web made safe for JSON records, logs and the terminal.

Pages are hostile input. A lone surrogate in a JSON-LD string (``"\\ud800"``) is a
Python ``str`` that UTF-8 cannot encode; NUL and control characters are legal in
JSON but break line-oriented tools and terminals; ``ESC [ 2 J`` printed raw clears
the user's screen; and ``http://user:pass@host/`` leaks a password into every log
and record it reaches. Everything that leaves newsarchive goes through here:
records through :func:`clean_record`, anything printed through :func:`for_terminal`.
"""

from __future__ import annotations

import re
from typing import Any

#: control characters dropped from text: C0 except tab, line feed and carriage return; DEL; C1
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: escaped for the terminal: every control character, lone surrogates, and the invisible
#: characters that reorder or break what a terminal shows (bidi overrides, line separators)
_UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f"
                          "\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNPRINTABLE_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f"
                                    "\u2028\u2029\u202a-\u202e\u2066-\u2069]")
#: the userinfo of a URL at the start of a string: the authority up to its last "@"
#: (as browsers read ``http://a@b@host/``); "\\" ends it too, as it does in browsers
_URL_USERINFO = re.compile(r"^(\s*(?:[A-Za-z][A-Za-z0-9+.\-]*:)?[\\/]{2})[^/?#\\]*@")
#: the same inside free text (log lines): only after an explicit scheme
_TEXT_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*:[\\/]{2})[^\s/?#\\]*@")
#: record keys whose string values are URLs
URL_KEYS = frozenset({"url", "final_url", "canonical_url"})


def clean_text(text: str) -> str:
    """``text`` fit for a JSON record: lone surrogates become U+FFFD, control characters go.

    Tab, line feed and carriage return stay (paragraphs are separated by blank
    lines); NUL, the other C0 controls, DEL and C1 controls are removed. A valid
    surrogate pair left as two code points is joined into its character. Never raises.
    """
    if not isinstance(text, str):
        text = str(text)
    if text.isprintable():  # the common case, checked in C: no control character, no surrogate
        return text
    if _SURROGATE.search(text):
        # UTF-16 joins valid pairs and turns every lone surrogate into U+FFFD
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return _CONTROL.sub("", text)


def redact_url(url: str) -> str:
    """``url`` without ``user:pass@``: credentials must not reach records or logs."""
    return _URL_USERINFO.sub(r"\1", url, count=1)


def clean_record(obj: Any) -> Any:
    """A copy of a record (dicts, lists, strings, numbers) with every string cleaned.

    Strings get :func:`clean_text`; the values of URL fields (``url``,
    ``final_url``, ``canonical_url``, any ``*_url``, and ``url`` inside images,
    attributions and related links) also lose their credentials.
    """
    return _clean(obj, url=False)


def _is_url_key(key: object) -> bool:
    return isinstance(key, str) and (key in URL_KEYS or key.endswith("_url"))


def _clean(obj: Any, url: bool) -> Any:
    kind = type(obj)  # exact types first: this runs for every value of every record
    if kind is str or isinstance(obj, str):
        text = obj if obj.isprintable() else clean_text(obj)
        return redact_url(text) if url and "@" in text else text
    if kind is dict or isinstance(obj, dict):
        return {(clean_text(k) if isinstance(k, str) else k): _clean(v, url or _is_url_key(k)) for k, v in obj.items()}
    if kind is list or isinstance(obj, (list, tuple)):
        return [_clean(v, url) for v in obj]
    return obj


def for_terminal(text: object, *, multiline: bool = False) -> str:
    r"""``text`` safe to print: every control character shown as a visible escape.

    ESC, NUL, DEL, C1 controls, lone surrogates, bidi overrides and line
    separators become ``\x1b``, ``\x00``, ``\u202e``, ...; so do line feeds and
    carriage returns, so one message stays one line, unless ``multiline``
    (tracebacks). Tabs stay. URL credentials are removed. Never raises.
    """
    if not isinstance(text, str):
        try:
            text = str(text)
        except Exception as exc:  # noqa: BLE001 - a broken __str__ must not break a log line
            text = f"<unprintable {type(text).__name__}: {type(exc).__name__}>"
    text = _TEXT_USERINFO.sub(r"\1", text)
    pattern = _UNPRINTABLE_MULTILINE if multiline else _UNPRINTABLE
    return pattern.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
