"""The ``newsarchive`` command: crawl, extract, demo (and bench, schedule, run, history).

Exit statuses: :mod:`newsarchive.exits` (shown by every ``--help``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsarchive import __version__, exits

if TYPE_CHECKING:
    from scrapy.settings import Settings

DEMO_PORT = 8417
#: the tools ``newsarchive bench`` can measure (kept here so --help needs no heavy import)
TOOLS = ("newsarchive", "trafilatura", "newspaper4k")


class UsageError(Exception):
    """Bad usage or unreadable input: exit status 2 with a one-line message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 itself; keep it one line
        self.exit(exits.USAGE, f"{self.prog}: error: {message}\n")


def parse_size(text: str) -> int:
    """``1G``, ``500M``, ``64k`` or plain bytes."""
    units = {"k": 10**3, "m": 10**6, "g": 10**9, "t": 10**12}
    text = text.strip().lower().removesuffix("b")
    try:
        if text and text[-1] in units:
            return int(float(text[:-1]) * units[text[-1]])
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use e.g. 1G, 500M)") from None


def _add_verbosity(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv: debug)")
    g.add_argument("-q", "--quiet", action="store_true", help="errors only, no progress line or summary")


def _add_crawl_options(p: argparse.ArgumentParser, output: str) -> None:
    p.add_argument("-o", "--output", default=output, metavar="DIR",
                   help=f"output folder for articles.jsonl and warc/ (default: {output})")
    p.add_argument("--depth", type=int, default=None, metavar="N",
                   help="link hops to follow from each seed (default: 1; 0 = seeds only)")
    p.add_argument("--same-site", action="store_true", help="follow links to the seeds' hosts only")
    p.add_argument("--ignore-robots", action="store_true", help="do not obey robots.txt")
    p.add_argument("--resume", action="store_true",
                   help="go on with a crawl that was interrupted (the default: every run into DIR "
                        "first fetches what an interrupted run left unfinished)")
    p.add_argument("--allow-private", action="store_true",
                   help="follow links to private and loopback addresses even when no seed is on such a network")
    p.add_argument("--warc-max-size", type=parse_size, default=None, metavar="SIZE",
                   help="start a new WARC file past this size (default: 1G)")
    p.add_argument("--contact", metavar="URL", help="contact URL for the User-Agent")
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                   help="override a Scrapy or newsarchive setting (repeatable)")
    _add_verbosity(p)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newsarchive", description="Archive news pages to WARC and extract articles as JSON.")
    parser.add_argument("--version", action="version", version=f"newsarchive {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    crawl = sub.add_parser("crawl", help="crawl article URLs and their related links", epilog=exits.HELP,
                           formatter_class=argparse.RawDescriptionHelpFormatter,
                           description="Fetch each seed article and its related links; write WARC files and articles.jsonl.")
    crawl.add_argument("urls", nargs="*", metavar="URL", help="article URLs to crawl")
    crawl.add_argument("-i", "--input", action="append", default=[], metavar="FILE",
                       help="file with one URL a line ('-' for stdin; '#' comments and blank lines skipped)")
    _add_crawl_options(crawl, "output")

    extract = sub.add_parser("extract", help="extract articles from saved HTML or WARC files (offline)",
                             epilog=exits.HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
                             description="Extract one JSON record per HTML page or WARC response record, without network.")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help=".html, .htm, .html.gz, .warc, .warc.gz files or folders of them")
    extract.add_argument("-o", "--output", metavar="FILE.jsonl", help="write here instead of stdout")
    extract.add_argument("--url", help="the URL of a single HTML file (resolves its links)")
    extract.add_argument("--articles-only", action="store_true", help="skip pages that are not articles")
    extract.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                         help="extraction time limit per page (default: 10)")
    _add_verbosity(extract)

    demo = sub.add_parser("demo", help="archive the bundled demo news site (no internet needed)",
                          epilog=exits.HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
                          description="Serve the bundled demo site on 127.0.0.1 and crawl it.")
    demo.add_argument("--port", type=int, default=DEMO_PORT, metavar="N",
                      help=f"port of the demo site on 127.0.0.1 (default: {DEMO_PORT})")
    _add_crawl_options(demo, "output/demo")

    run = sub.add_parser("run", help="run one periodic archive job once (for cron, systemd timers)",
                         epilog=exits.HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
                         description="Run one job of a job file once: archive what is new or changed.")
    run.add_argument("jobs_file", type=Path, metavar="JOBS.toml")
    run.add_argument("--job", required=True, metavar="NAME", help="the job to run")
    _add_verbosity(run)

    schedule = sub.add_parser("schedule", help="run the periodic archive jobs of a job file on their schedules",
                              description="Run every job of a job file on its interval or cron schedule, "
                                          "each run in a fresh process, until stopped (SIGTERM, Ctrl-C).")
    schedule.add_argument("jobs_file", type=Path, metavar="JOBS.toml")
    _add_verbosity(schedule)

    history = sub.add_parser("history", help="the archived versions of an article, and what changed",
                             description="List an article's versions (time, headline, content hash, changes) "
                                         "from a job's state database; --diff shows a word-level diff.")
    history.add_argument("url", metavar="URL")
    history.add_argument("-o", "--output", type=Path, default=Path("output"), metavar="DIR",
                         help="the job's output folder (default: output)")
    history.add_argument("--diff", nargs="*", type=int, metavar="VERSION",
                         help="diff of headline and body: the last two versions, or the two given")
    history.add_argument("--color", action="store_true", help="colour the diff (red removed, green added)")

    bench = sub.add_parser("bench", help="score extraction on the shared benchmarks, next to other tools",
                           description="Extraction quality and speed of newsarchive, trafilatura and newspaper4k, "
                                       "measured in one run on the body, meta and real benchmarks.")
    for name in ("body", "meta", "real"):
        default = _bench_folder(name)
        bench.add_argument(f"--{name}", type=Path, default=default, metavar="DIR",
                           help=f"the {name} benchmark folder (default: {default})")
    bench.add_argument("--tools", default=",".join(TOOLS),
                       help=f"comma-separated tools to measure (default: {','.join(TOOLS)})")
    bench.add_argument("-o", "--output", type=Path, metavar="FILE.json", help="also write the figures as JSON")
    return parser


def _bench_folder(name: str) -> Path:
    """A shared benchmark's default folder: ``shared/bench/NAME`` beside the checkout when
    newsarchive runs from one (whatever the current folder), else ``../shared/bench/NAME``."""
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file():
        return checkout.parent / "shared" / "bench" / name
    return Path("..", "shared", "bench", name)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "crawl": _crawl, "extract": _extract, "demo": _demo, "bench": _bench,
        "run": _run, "schedule": _schedule, "history": _history,
    }
    from newsarchive.sanitize import for_terminal
    from newsarchive.store.errors import StoreWriteError, UnusableOutput
    from newsarchive.store.lock import LockedError

    try:
        return commands[args.command](args)
    except (UsageError, UnusableOutput) as exc:
        print(f"newsarchive {args.command}: error: {for_terminal(str(exc))}", file=sys.stderr)
        return exits.USAGE
    except LockedError as exc:
        print(f"newsarchive {args.command}: {for_terminal(str(exc))}", file=sys.stderr)
        return exits.LOCKED
    except StoreWriteError as exc:  # e.g. a full disk while opening the folder
        print(f"newsarchive {args.command}: error: {for_terminal(str(exc))}", file=sys.stderr)
        return exits.WRITE_FAILED
    except KeyboardInterrupt:
        print("newsarchive: interrupted", file=sys.stderr)
        return exits.INTERRUPTED


def _crawl(args: argparse.Namespace) -> int:
    from newsarchive.runner import run_crawl
    from newsarchive.seeds import UnreadableInput, collect_seeds

    if not args.urls and not args.input:
        raise UsageError("give article URLs or -i FILE (see --help)")
    settings = _settings(args)
    try:
        seeds = collect_seeds(args.urls, args.input, max_length=settings.getint("URLLENGTH_LIMIT"))
    except UnreadableInput as exc:
        raise UsageError(str(exc)) from None
    if not seeds.urls:
        raise UsageError("no valid URL to crawl: " + "; ".join(seeds.problems[:3]))
    return run_crawl(settings, seeds)


def _settings(args: argparse.Namespace) -> Settings:
    from newsarchive.runner import crawl_settings

    try:
        return crawl_settings(args)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _demo(args: argparse.Namespace) -> int:
    from newsarchive.demo import demo_urls
    from newsarchive.demo.server import SiteServer, demo_site_root
    from newsarchive.runner import run_crawl
    from newsarchive.seeds import collect_seeds

    settings = _settings(args)
    try:  # the same port every time, so a second demo run into a folder re-checks the same URLs
        server = SiteServer(demo_site_root(), port=args.port).start()
    except OSError:
        server = SiteServer(demo_site_root()).start()
        print(f"port {args.port} is taken: serving on {server.port} instead (new URLs, so nothing is "
              "re-checked)", file=sys.stderr)
    with server:
        seeds = collect_seeds(demo_urls(server.base_url))
        if not args.quiet:
            print(f"demo site served at {server.base_url}/ ; archiving {len(seeds.urls)} articles "
                  f"into {args.output}/", file=sys.stderr)
        return run_crawl(settings, seeds)


def _extract(args: argparse.Namespace) -> int:
    from newsarchive.offline import ExtractError, run_extract

    try:
        return run_extract(args.paths, args.output, url=args.url, articles_only=args.articles_only,
                           seconds=args.timeout, quiet=args.quiet, verbose=args.verbose)
    except ExtractError as exc:
        raise UsageError(str(exc)) from None


def _load_jobs(path: Path) -> dict:
    from newsarchive.jobs import JobFileError, load_jobs

    try:
        return load_jobs(path)
    except JobFileError as exc:
        raise UsageError(str(exc)) from None


def _run(args: argparse.Namespace) -> int:
    from newsarchive.jobrun import run_job

    jobs = _load_jobs(args.jobs_file)
    if args.job not in jobs:
        raise UsageError(f"{args.jobs_file}: no job {args.job!r} (jobs: {', '.join(sorted(jobs)) or 'none'})")
    return run_job(jobs[args.job], args.verbose, args.quiet)


def _schedule(args: argparse.Namespace) -> int:
    import logging

    from newsarchive import logsafe
    from newsarchive.schedule import Scheduler, run_job_subprocess

    _load_jobs(args.jobs_file)  # refuse a broken file at once, with exit status 2
    level = logging.ERROR if args.quiet else logging.DEBUG if args.verbose > 1 else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s: %(message)s")
    logsafe.install(args.verbose)
    Scheduler(args.jobs_file, run_job_subprocess).run_forever()
    return 0


def _history(args: argparse.Namespace) -> int:
    from newsarchive.history import format_diff, format_history
    from newsarchive.store.state import StateDB, state_path
    from newsarchive.urls import InvalidURL, normalize_url

    path = state_path(args.output)
    if not path.exists():
        raise UsageError(f"no state database in {args.output} (history is kept by periodic jobs: newsarchive run)")
    try:
        url = normalize_url(args.url)
    except InvalidURL as exc:
        raise UsageError(str(exc)) from None
    with StateDB(path) as db:
        if db.get(url) is None:
            raise UsageError(f"{url} is not in the archive of {args.output}")
        if args.diff is None:
            print(format_history(db, url))
        elif len(args.diff) in (0, 2):
            print(format_diff(db, url, *args.diff, color=args.color))
        else:
            raise UsageError("--diff takes no version (the last two) or two versions")
    return 0


def _bench(args: argparse.Namespace) -> int:
    from newsarchive.bench import run_bench

    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = set(tools) - set(TOOLS)
    if unknown:
        raise UsageError(f"unknown tool(s) {', '.join(sorted(unknown))}; choose from {', '.join(TOOLS)}")
    try:
        return run_bench(args.body, args.meta, tools, args.output, real_dir=args.real)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from None


if __name__ == "__main__":
    sys.exit(main())
