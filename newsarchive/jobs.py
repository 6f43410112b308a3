"""The job file: periodic archive jobs declared in TOML, validated up front.

``newsarchive schedule jobs.toml`` runs every job on its schedule and
``newsarchive run jobs.toml --job NAME`` runs one job once (for cron or systemd
timers). Both read the file through :func:`load_jobs`, which checks everything
before anything runs: a typo in a key or a value is reported on one line naming
the file, the job and the key, instead of surfacing hours later in a crawl.

Layout::

    [defaults]                  # optional; every key but seeds, applied to every job
    output = "archive"          # base folder: a job's folder defaults to <output>/<job name>
    depth = 1
    settings = { DOWNLOAD_DELAY = 1 }

    [jobs.harbour-times]        # the name: letters, digits, ".", "_", "-" (it names a folder)
    seeds = ["https://example.org/feed.xml", "urls.txt"]
    every = "30m"

Keys of a job (``[defaults]`` takes the same keys but ``seeds``):

``seeds`` (required)
    A non-empty list. Each seed is a string or a table ``{ url = "...", kind = "..." }``.
    A string that is not an ``http(s)://`` URL is a URL list file (one URL a line,
    ``#`` comments), relative to the job file's folder; it must exist. For a URL the
    kind is guessed from its path: a last segment naming a sitemap (``sitemap.xml``,
    ``news-sitemap.xml``, ``sitemap_index.xml.gz``) is ``"sitemap"``; one ending in
    ``.xml``, ``.rss``, ``.atom``, ``.rdf`` or named ``feed``, ``rss`` or ``atom`` is
    ``"feed"`` (RSS or Atom); anything else is ``"url"``, a page. The table form
    states the kind when the URL does not show it: ``{ url = "https://x.org/latest",
    kind = "feed" }``. Either way the kind is only a first guess: the crawl tells it from
    the response (:mod:`newsarchive.crawl.seedkinds`), so a ``"url"`` that answers with a
    feed or sitemap is read as one, a ``"feed"`` that answers with HTML as a page, and a
    page that is a section front or homepage gives its article links as seeds.
``every`` / ``cron`` (exactly one, from the job or else from ``[defaults]``)
    ``every`` is an interval: ``"90s"``, ``"30m"``, ``"2h"``, ``"1d"``, ``"1w"``,
    ``"1h30m"``, measured from the start of the previous run. ``cron`` is a
    five-field cron expression (``"*/30 6-22 * * *"``) or a nickname (``"@daily"``),
    evaluated in UTC.
``depth`` (default 1)
    Link hops to follow from each seed's articles; 0 archives the articles only.
``output`` (default ``<defaults.output>/<job name>``, ``defaults.output`` being ``"archive"``)
    The job's folder (WARC files, articles, state database), relative to the job
    file's folder. In ``[defaults]`` it is the base folder the job folders go in.
``revisit`` (default ``{ for = "2d", every = "6h" }``)
    Check known articles again for ``for`` after their publication, every ``every``,
    to catch updates and corrections; ``for = "0"`` disables revisits. A job's table
    is merged key by key over the one in ``[defaults]``.
``same_site`` (default false)
    Follow links to the seeds' hosts only.
``settings`` (default none)
    Scrapy and newsarchive settings, merged key by key over ``[defaults]``'s.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from croniter import croniter

from newsarchive.urls import InvalidURL, normalize_url

SEED_KINDS = ("urls", "url", "feed", "sitemap")
_URL_KINDS = ("url", "feed", "sitemap")
JOB_KEYS = ("seeds", "every", "cron", "depth", "output", "revisit", "same_site", "settings")
DEFAULT_KEYS = tuple(k for k in JOB_KEYS if k != "seeds")
DEFAULT_OUTPUT = "archive"
DEFAULT_DEPTH = 1
DEFAULT_REVISIT = {"for": timedelta(days=2), "every": timedelta(hours=6)}

_DURATION = re.compile(r"(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")
_DURATION_UNITS = ("weeks", "days", "hours", "minutes", "seconds")
_JOB_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")
_FEED_NAMES = ("feed", "rss", "atom")


class JobFileError(ValueError):
    """A job file that cannot be used: one line naming the file, the job and the key."""


@dataclass(frozen=True)
class Seed:
    location: str  # an absolute file path for "urls", else a normalised URL
    kind: str  # one of SEED_KINDS


@dataclass(frozen=True)
class Revisit:
    keep_for: timedelta  # zero: no revisits
    every: timedelta


@dataclass(frozen=True)
class Job:
    name: str
    seeds: tuple[Seed, ...]
    every: timedelta | None  # exactly one of every and cron is set
    cron: str | None
    depth: int
    revisit: Revisit
    output: Path
    same_site: bool
    settings: Mapping[str, Any]


def parse_duration(text: str) -> timedelta:
    """``"90s"``, ``"30m"``, ``"1h30m"``, ``"1d"``, ``"1w"`` or ``"0"``; raise ValueError otherwise."""
    cleaned = text.strip().lower()
    if cleaned == "0":
        return timedelta(0)
    match = _DURATION.fullmatch(cleaned)
    if not match or not any(match.groups()):
        raise ValueError(f"not a duration: {text!r} (use e.g. 30m, 2h, 1d)")
    return timedelta(**{unit: int(n) for unit, n in zip(_DURATION_UNITS, match.groups()) if n})


def next_run(job: Job, after: datetime) -> datetime:
    """When ``job`` runs next after ``after`` (a run start; naive means UTC), in UTC."""
    after = after.replace(tzinfo=UTC) if after.tzinfo is None else after.astimezone(UTC)
    if job.cron is not None:
        return croniter(job.cron, after).get_next(datetime)
    assert job.every is not None  # a Job has exactly one of the two
    return after + job.every


def load_jobs(path: Path) -> dict[str, Job]:
    """The jobs of a job file by name, in file order; raise :class:`JobFileError`."""
    with _where(str(path)):
        data = _read_toml(path)
        base = path.resolve().parent
        _check_keys(data, ("defaults", "jobs"))
        with _where("defaults"):
            defaults = _parse_table(_table(data.get("defaults", {})), DEFAULT_KEYS, base)
        jobs = _table(data.get("jobs", {}), "jobs")
        if not jobs:
            raise JobFileError("no jobs (add a [jobs.NAME] table)")
        return {name: _job(name, table, defaults, base) for name, table in jobs.items()}


@contextmanager
def _where(context: str) -> Iterator[None]:
    """Prefix the message of a :class:`JobFileError` raised inside with ``context``."""
    try:
        yield
    except JobFileError as exc:
        raise JobFileError(f"{context}: {exc}") from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except OSError as exc:
        raise JobFileError(f"cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise JobFileError(f"not valid TOML: {exc}") from None


def _job(name: str, table: Any, defaults: dict[str, Any], base: Path) -> Job:
    with _where(f"job {name!r}"):
        if not _JOB_NAME.fullmatch(name):
            raise JobFileError("bad name: use letters, digits, '.', '_' and '-' only (it names the job's folder)")
        own = _parse_table(_table(table), JOB_KEYS, base)
        if "seeds" not in own:
            raise JobFileError("seeds: missing (give a list of URLs, feeds, sitemaps or URL list files)")
        schedule = _schedule(own) or _schedule(defaults)
        if schedule is None:
            raise JobFileError('no schedule: give every (e.g. every = "30m") or cron (e.g. cron = "0 * * * *")')
        every, cron = schedule
        default_output = defaults.get("output", base / DEFAULT_OUTPUT) / name
        return Job(
            name=name, seeds=own["seeds"], every=every, cron=cron,
            depth=own.get("depth", defaults.get("depth", DEFAULT_DEPTH)),
            revisit=_revisit({**DEFAULT_REVISIT, **defaults.get("revisit", {}), **own.get("revisit", {})}),
            output=own.get("output", default_output),
            same_site=own.get("same_site", defaults.get("same_site", False)),
            settings=MappingProxyType({**defaults.get("settings", {}), **own.get("settings", {})}),
        )


def _schedule(parsed: dict[str, Any]) -> tuple[timedelta | None, str | None] | None:
    if "every" in parsed or "cron" in parsed:
        return parsed.get("every"), parsed.get("cron")
    return None


def _revisit(merged: dict[str, timedelta]) -> Revisit:
    if merged["for"] and not merged["every"]:
        raise JobFileError("revisit: every: must be more than 0 (or set for = \"0\" to disable revisits)")
    return Revisit(keep_for=merged["for"], every=merged["every"])


def _parse_table(table: dict[str, Any], known: tuple[str, ...], base: Path) -> dict[str, Any]:
    _check_keys(table, known)
    if "every" in table and "cron" in table:
        raise JobFileError("every and cron: give one of them, not both")
    parsed = {}
    for key, value in table.items():
        with _where(key):
            parsed[key] = _PARSERS[key](value, base)
    return parsed


def _check_keys(table: dict[str, Any], known: tuple[str, ...]) -> None:
    for key in table:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean {close[0]!r}?" if close else "known keys: " + ", ".join(known)
            raise JobFileError(f"unknown key {key!r} ({hint})")


def _table(value: Any, what: str = "") -> dict[str, Any]:
    if not isinstance(value, dict):
        raise JobFileError(f"{what + ': ' if what else ''}expected a table, got {_shown(value)}")
    return value


def _shown(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"


def _seeds(value: Any, base: Path) -> tuple[Seed, ...]:
    if not isinstance(value, list) or not value:
        raise JobFileError(f"expected a non-empty list of seeds, got {_shown(value)}")
    seeds = []
    for n, item in enumerate(value, 1):
        with _where(f"seed {n}"):
            seeds.append(_seed_table(item) if isinstance(item, dict) else _seed(item, base))
    return tuple(seeds)


def _seed(value: Any, base: Path) -> Seed:
    if not isinstance(value, str):
        raise JobFileError(f"expected a URL, a file path or a table {{ url, kind }}, got {_shown(value)}")
    if "://" in value:
        url = _url(value)
        return Seed(url, _guess_kind(url))
    path = (base / Path(value).expanduser()).resolve()
    if not path.is_file():
        raise JobFileError(f"no such URL list file: {path} (a URL needs http:// or https://)")
    return Seed(str(path), "urls")


def _seed_table(table: dict[str, Any]) -> Seed:
    _check_keys(table, ("url", "kind"))
    if "url" not in table:
        raise JobFileError("url: missing (a URL list file is given as a plain string)")
    url = _url(_string(table["url"]))
    kind = table.get("kind", _guess_kind(url))
    if kind not in _URL_KINDS:
        raise JobFileError(f"kind: {kind!r} is not one of url, feed, sitemap "
                           "(a URL list file is given as a plain string)")
    return Seed(url, kind)


def _url(text: str) -> str:
    try:
        return normalize_url(text)
    except InvalidURL as exc:
        raise JobFileError(str(exc)) from None


def _guess_kind(url: str) -> str:
    """``"sitemap"``, ``"feed"`` or ``"url"`` (an article), from the URL's last path segment."""
    name = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1].lower().removesuffix(".gz")
    if "sitemap" in name:
        return "sitemap"
    if name.endswith(_FEED_SUFFIXES) or name in _FEED_NAMES:
        return "feed"
    return "url"


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise JobFileError(f"expected a string, got {_shown(value)}")
    return value


def _duration(value: Any) -> timedelta:
    try:
        return parse_duration(_string(value))
    except ValueError as exc:
        raise JobFileError(str(exc)) from None


def _interval(value: Any, base: Path) -> timedelta:
    every = _duration(value)
    if not every:
        raise JobFileError("must be more than 0")
    return every


def _cron(value: Any, base: Path) -> str:
    text = " ".join(_string(value).split())
    if not (text.startswith("@") or len(text.split()) == 5) or not croniter.is_valid(text):
        raise JobFileError(f"not a cron expression: {value!r} "
                           "(minute hour day month weekday, e.g. '*/30 6-22 * * *', or '@daily')")
    return text


def _depth(value: Any, base: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise JobFileError(f"expected a whole number of 0 or more, got {_shown(value)}")
    return value


def _output(value: Any, base: Path) -> Path:
    return (base / Path(_string(value)).expanduser()).resolve()


def _revisit_table(value: Any, base: Path) -> dict[str, timedelta]:
    table = _table(value)
    _check_keys(table, ("for", "every"))
    parsed = {}
    for key, text in table.items():
        with _where(key):
            parsed[key] = _duration(text)
    return parsed


def _same_site(value: Any, base: Path) -> bool:
    if not isinstance(value, bool):
        raise JobFileError(f"expected true or false, got {_shown(value)}")
    return value


def _settings(value: Any, base: Path) -> dict[str, Any]:
    return dict(_table(value))


_PARSERS: dict[str, Callable[[Any, Path], Any]] = {
    "seeds": _seeds, "every": _interval, "cron": _cron, "depth": _depth, "output": _output,
    "revisit": _revisit_table, "same_site": _same_site, "settings": _settings,
}
