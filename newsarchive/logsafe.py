"""Log lines that a hostile page cannot turn against the terminal reading them.

Log messages carry URLs, header values and page text. Printed raw, ``ESC [ 2 J``
clears the screen, a NUL or carriage return hides text, an item dumped with its
traceback buries the run's output, and ``http://user:pass@host/`` leaks a
password. After :func:`install` every log record is rendered escaped by
:func:`newsarchive.sanitize.for_terminal`, cut to a sane length, and stripped of
its traceback unless ``-vv`` asked for one (then escaped too): one short line
per problem, whatever the page held.

It works on the records (a record class installed as the log record factory),
not on one handler: so it holds for every handler, including the root handler
Scrapy replaces each time a crawler applies its settings. The message is still
rendered only when a handler prints it, so DEBUG records nobody shows cost
nothing more.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from newsarchive.sanitize import for_terminal

#: longest message of a warning or error (one line per problem, never a page's content)
MAX_MESSAGE_CHARS = 500
#: longest message of an INFO or DEBUG record, shown with -v / -vv only (Scrapy's stats dump)
MAX_DIAGNOSTIC_CHARS = 10_000
#: an escape sequence cut in two at the end of a shortened message
_PARTIAL_ESCAPE = re.compile(r"\\(x[0-9a-f]?|u[0-9a-f]{0,3})?$")


def safe_message(record: logging.LogRecord, max_chars: int = MAX_MESSAGE_CHARS) -> str:
    """The record's message rendered, escaped and cut; never raises.

    Warnings and errors become a single line of at most ``max_chars`` characters
    (and a note of the full length); INFO and DEBUG records (diagnostics a user asked for with
    -v) keep their line breaks, each line escaped, up to :data:`MAX_DIAGNOSTIC_CHARS`.
    """
    try:
        message = logging.LogRecord.getMessage(record)
    except Exception as exc:  # noqa: BLE001 - bad arguments must not lose the line
        message = f"{for_terminal(repr(record.msg))} (unprintable arguments: {type(exc).__name__})"
    multiline = record.levelno < logging.WARNING
    limit = max(max_chars, MAX_DIAGNOSTIC_CHARS) if multiline else max_chars
    shown = for_terminal(message[:limit * 8], multiline=multiline)  # an escape is at most 6 characters
    if len(shown) > limit:
        shown = f"{_PARTIAL_ESCAPE.sub('', shown[:limit])}… (cut: {len(message)} characters in all)"
    return shown


class SafeLogRecord(logging.LogRecord):
    """A log record whose message and traceback come out escaped.

    ``verbose`` and ``max_chars`` are set by :func:`install`. Below ``verbose`` 2
    the traceback (``exc_info``, ``stack_info``) is dropped at once; from 2 on,
    the traceback a formatter renders into ``exc_text`` is escaped on the way in.
    """

    verbose = 0
    max_chars = MAX_MESSAGE_CHARS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.verbose < 2:
            self.exc_info = None
            self.stack_info = None
        elif self.stack_info:
            self.stack_info = for_terminal(self.stack_info, multiline=True)

    def getMessage(self) -> str:
        cached = self.__dict__.get("_safe_message")
        if cached is None:
            cached = self.__dict__["_safe_message"] = safe_message(self, self.max_chars)
        return cached

    @property
    def exc_text(self) -> str | None:
        return self.__dict__.get("_safe_exc_text")

    @exc_text.setter
    def exc_text(self, value: str | None) -> None:
        self.__dict__["_safe_exc_text"] = for_terminal(value, multiline=True) if value else value


def sanitise_record(record: logging.LogRecord, verbose: int = 0,
                    max_chars: int = MAX_MESSAGE_CHARS) -> logging.LogRecord:
    """Make a plain ``LogRecord`` safe in place (message rendered, escaped; traceback per ``verbose``)."""
    if isinstance(record, SafeLogRecord) or getattr(record, "newsarchive_safe", False):
        return record
    record.msg, record.args = safe_message(record, max_chars), None
    if verbose >= 2:
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.exc_text = for_terminal(record.exc_text, multiline=True) if record.exc_text else None
        record.stack_info = for_terminal(record.stack_info, multiline=True) if record.stack_info else None
    else:
        record.exc_text = record.stack_info = None
    record.exc_info = None
    record.newsarchive_safe = True
    return record


class SafeLogFilter(logging.Filter):
    """A handler filter doing :func:`sanitise_record`, for records not made by :class:`SafeLogRecord`."""

    def __init__(self, verbose: int = 0, max_chars: int = MAX_MESSAGE_CHARS) -> None:
        super().__init__()
        self.verbose = verbose
        self.max_chars = max_chars

    def filter(self, record: logging.LogRecord) -> bool:
        sanitise_record(record, self.verbose, self.max_chars)
        return True


def install(verbose: int = 0, max_chars: int = MAX_MESSAGE_CHARS) -> None:
    """Make every log record of this process safe to print from now on (see the module doc).

    ``verbose`` is the CLI's ``-v`` count: tracebacks are shown (escaped) only
    from 2 on. Call it before or after logging is configured: records are made
    safe as they are created, so handlers installed later (Scrapy replaces its
    root handler for each crawler) are covered. Handlers on the root logger now
    also get a :class:`SafeLogFilter`, for records made without the factory.
    Calling it again updates ``verbose`` and ``max_chars``.
    """
    SafeLogRecord.verbose, SafeLogRecord.max_chars = verbose, max_chars
    factory = logging.getLogRecordFactory()
    if factory is logging.LogRecord:
        logging.setLogRecordFactory(SafeLogRecord)
    for handler in logging.getLogger().handlers:
        filters = [f for f in handler.filters if isinstance(f, SafeLogFilter)]
        if not filters:
            handler.addFilter(SafeLogFilter(verbose, max_chars))
        for f in filters:
            f.verbose, f.max_chars = verbose, max_chars


def uninstall() -> None:
    """Undo :func:`install` (tests): the plain record factory, no filters on the root handlers."""
    if logging.getLogRecordFactory() is SafeLogRecord:
        logging.setLogRecordFactory(logging.LogRecord)
    for handler in logging.getLogger().handlers:
        for f in [f for f in handler.filters if isinstance(f, SafeLogFilter)]:
            handler.removeFilter(f)
