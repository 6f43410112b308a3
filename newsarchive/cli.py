"""The ``newsarchive`` command: crawl, extract, demo (and bench, schedule, run, history).

Exit statuses: :mod:`newsarchive.exits` (shown by every ``--help``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from newsarchive import __version__, exits

if TYPE_CHECKING:
    from scrapy.settings import Settings

    from newsarchive.jobs import Job
    from newsarchive.seeds import SeedList

DEMO_PORT = 8417
DEFAULT_JOBS_FILE = "jobs.toml"  # the job file of history --job NAME without one
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
    p.add_argument("--resources", choices=("article", "all", "none"), default=None,
                   help="fetch and archive what pages need to render (images, stylesheets, fonts, scripts, "
                        "icons): of each article (the default), of every HTML page, or none")
    p.add_argument("--screenshot", action="store_true",
                   help="at the end of the run, render each archived article from the archive (pywb, headless "
                        "Chromium) and keep a PNG in screenshots/ and the WARC files")
    p.add_argument("--contact", metavar="URL", help="contact URL for the User-Agent")
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                   help="override a Scrapy or newsarchive setting (repeatable)")
    _add_verbosity(p)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newsarchive", description="Archive news pages to WARC and extract articles as JSON.")
    parser.add_argument("--version", action="version", version=f"newsarchive {__version__}")
    # not required: ``newsarchive`` alone prints the overview (main), not argparse's one-line error
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    crawl = sub.add_parser("crawl", help="crawl article URLs and their related links", epilog=exits.HELP,
                           formatter_class=argparse.RawDescriptionHelpFormatter,
                           description="Fetch each seed article and its related links; write WARC files and articles.jsonl.")
    crawl.add_argument("urls", nargs="*", metavar="URL", help="article URLs to crawl")
    crawl.add_argument("-i", "--input", action="append", default=[], metavar="FILE",
                       help="file with one URL a line ('-' for stdin; '#' comments and blank lines skipped)")
    _add_crawl_options(crawl, "output")
    _add_redis_commands(sub, crawl)

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
    run.add_argument("--snapshot", type=Path, help=argparse.SUPPRESS)  # schedule's last good jobs
    _add_verbosity(run)

    schedule = sub.add_parser("schedule", help="run the periodic archive jobs of a job file on their schedules",
                              description="Run every job of a job file on its interval or cron schedule, "
                                          "each run in a fresh process, until stopped (SIGTERM, Ctrl-C).")
    schedule.add_argument("jobs_file", type=Path, metavar="JOBS.toml")
    _add_verbosity(schedule)

    history = sub.add_parser("history", help="the archived versions of an article, and what changed",
                             description="List an article's versions (time, headline, content hash, changes) "
                                         "from the state database of an archive folder (a crawl's or a job's); "
                                         "--diff shows what changed, field by field, as a word diff.")
    history.add_argument("url", nargs="?", metavar="URL", help="the article's URL")
    history.add_argument("-o", "--output", type=Path, default=None, metavar="DIR",
                         help="the archive folder (default: output, or the folder of --job)")
    history.add_argument("--job", nargs="+", metavar=("NAME", "JOBS.toml"),
                         help="look in the folder of this job of a job file (default file: jobs.toml)")
    history.add_argument("--diff", nargs="*", type=int, metavar="VERSION",
                         help="what changed between the last two versions, or the two given")
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
    bench.add_argument("--repeat", type=int, default=1, metavar="N",
                       help="measure each tool N times, the tools taking turns; a tool's pages/s is the median of "
                            "its runs, all of which the JSON lists (default: 1)")
    bench.add_argument("-o", "--output", type=Path, metavar="FILE.json", help="also write the figures as JSON")

    pack = sub.add_parser("pack", help="pack an archive folder into one WACZ file (for ReplayWeb.page, pywb)",
                          epilog=exits.HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
                          description="Write DIR's WARC files, their CDXJ index and the list of archived "
                                      "articles as a WACZ 1.1.1 package.")
    pack.add_argument("folder", type=Path, metavar="DIR", help="an archive folder (the -o of crawl, demo or a job)")
    pack.add_argument("-o", "--output", type=Path, metavar="NAME.wacz",
                      help="the package to write (default: DIR's name + .wacz, in the current folder)")

    replay = sub.add_parser("replay", help="serve an archive folder with pywb on 127.0.0.1",
                            epilog=exits.HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Replay DIR in pywb (installed on first use into a virtualenv of its "
                                        "own) and print each archived article's address; Ctrl-C stops it.")
    replay.add_argument("folder", type=Path, metavar="DIR", help="an archive folder")
    replay.add_argument("--port", type=int, default=8090, metavar="N", help="port on 127.0.0.1 (default: 8090)")
    _add_examples(parser, sub)
    return parser


#: per command: its --help's examples (the exit statuses follow them)
EXAMPLES = {
    "crawl": """  newsarchive crawl https://example.org/news/a1 https://example.org/news/a2
  newsarchive crawl -i urls.txt -o output/ --depth 0
  cat urls.txt | newsarchive crawl -i - -q""",
    "extract": """  newsarchive extract page.html --url https://example.org/news/a1
  newsarchive extract output/warc --articles-only -o records.jsonl
  newsarchive extract output/warc | head -1""",
    "demo": """  newsarchive demo
  newsarchive demo -o /tmp/demo --depth 0""",
    "run": """  newsarchive run jobs.toml --job harbour-times
  */30 * * * * cd /srv/news && newsarchive run jobs.toml --job harbour-times -q   (crontab)""",
    "schedule": """  newsarchive schedule jobs.toml
  newsarchive schedule examples/jobs.toml -q""",
    "history": """  newsarchive history https://example.org/news/a1 --job harbour-times jobs.toml
  newsarchive history https://example.org/news/a1 -o output/ --diff
  newsarchive history https://example.org/news/a1 -o output/ --diff 1 3 --color""",
    "bench": """  newsarchive bench
  newsarchive bench --tools newsarchive -o figures.json
  newsarchive bench --tools newsarchive,trafilatura --repeat 3""",
    "pack": """  newsarchive pack output/demo
  newsarchive pack archive/harbour -o harbour.wacz""",
    "replay": """  newsarchive replay output/demo
  newsarchive replay output/demo --port 8091""",
    "worker": """  newsarchive worker --redis redis://127.0.0.1:6379/0 --crawl-id news -o output/""",
    "status": """  newsarchive status --redis redis://127.0.0.1:6379/0 --crawl-id news""",
    "merge": """  newsarchive merge output/ -o merged/""",
}
#: commands that only read: their statuses (the others: exits.HELP)
READING = ("history", "bench")
OVERVIEW_EXAMPLES = """  newsarchive demo                               # archive the bundled demo site, offline
  newsarchive crawl -i urls.txt -o output/       # archive your own URL list
  newsarchive COMMAND --help                     # a command's options, examples, exit statuses"""


class _HelpFormatter(argparse.HelpFormatter):
    """One-line descriptions wrapped to the terminal; text of several lines (the examples and
    exit statuses of the epilogs) kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


def _add_examples(parser: argparse.ArgumentParser, sub: argparse._SubParsersAction) -> None:
    """End every --help with examples and the exit statuses (``newsarchive`` alone too)."""
    parser.formatter_class = _HelpFormatter
    parser.epilog = exits.epilog(OVERVIEW_EXAMPLES)
    for name, command in sub.choices.items():
        command.formatter_class = _HelpFormatter
        statuses = exits.READ_HELP if name in READING else exits.HELP
        command.epilog = exits.epilog(EXAMPLES[name], statuses) if name in EXAMPLES else command.epilog


def _add_redis_commands(sub: argparse._SubParsersAction, crawl: argparse.ArgumentParser) -> None:
    """``crawl --redis`` and the ``worker``, ``status`` and ``merge`` commands (README: Crawling on many workers)."""
    def redis_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--redis", metavar="URL", help="the Redis holding the crawl's frontier (redis://HOST:PORT/DB)")
        p.add_argument("--crawl-id", metavar="NAME", help="the crawl's name in Redis")

    redis_options(crawl)
    crawl.add_argument("--workers", type=int, default=0, metavar="N",
                       help="with --redis: also run N workers here, wait for the crawl to finish, merge into -o")
    crawl.add_argument("--clear", action="store_true", help="with --redis: remove the crawl's keys first")
    worker = sub.add_parser("worker", help="run one worker of a Redis crawl (see crawl --redis)",
                            epilog=exits.HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Fetch, archive and extract pages of a Redis crawl into DIR/parts/NAME/ "
                                        "until the crawl is finished.")
    redis_options(worker)
    worker.add_argument("-o", "--output", default="output", metavar="DIR", help="the crawl's output folder")
    worker.add_argument("--name", metavar="NAME", help="this worker's name (default: HOST-PID)")
    worker.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a Scrapy or newsarchive setting (repeatable)")
    _add_verbosity(worker)
    status = sub.add_parser("status", help="the figures of a Redis crawl and of its workers",
                            epilog=exits.HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    redis_options(status)
    merge = sub.add_parser("merge", help="merge archive folders (a Redis crawl's worker parts) into one",
                           epilog=exits.HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
                           description="Link the WARC files of each DIR and of its parts/* into OUT/warc and write "
                                       "their articles to OUT/articles.jsonl, one record per URL and version.")
    merge.add_argument("folders", nargs="+", type=Path, metavar="DIR")
    merge.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    _add_verbosity(merge)


def _bench_folder(name: str) -> Path:
    """A shared benchmark's default folder: ``shared/bench/NAME`` beside the checkout when
    newsarchive runs from one (whatever the current folder), else ``../shared/bench/NAME``."""
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file():
        return checkout.parent / "shared" / "bench" / name
    return Path("..", "shared", "bench", name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; a closed stdout (``| head``) ends it quietly (exits.PIPE_CLOSED)."""
    try:
        status = _main(argv)
        sys.stdout.flush()  # here, not at exit, so a closed pipe is caught
        return status
    except BrokenPipeError:
        # the interpreter flushes stdout again at exit: point it at /dev/null so that is quiet too
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return exits.PIPE_CLOSED


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)  # usage without a command: the overview, status 2
        return exits.USAGE
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "crawl": _crawl, "extract": _extract, "demo": _demo, "bench": _bench,
        "run": _run, "schedule": _schedule, "history": _history,
        "worker": _worker, "status": _status, "merge": _merge,
        "pack": _pack, "replay": _replay,
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

    if args.redis or args.crawl_id or args.workers or args.clear:
        return _redis_crawl(args)
    if not args.urls and not args.input:
        raise UsageError("give article URLs or -i FILE (see --help)")
    settings = _settings(args)
    return run_crawl(settings, _seeds(args, settings))


def _seeds(args: argparse.Namespace, settings: Settings) -> SeedList:
    """The seeds of ``URL...`` and ``-i FILE``; a usage error when none of those given is valid."""
    from newsarchive.seeds import UnreadableInput, collect_seeds

    try:
        seeds = collect_seeds(args.urls, args.input, max_length=settings.getint("URLLENGTH_LIMIT"))
    except UnreadableInput as exc:
        raise UsageError(str(exc)) from None
    if (args.urls or args.input) and not seeds.urls:
        raise UsageError("no valid URL to crawl: " + "; ".join(seeds.problems[:3]))
    return seeds


def _redis(command: Callable[..., int], *args: object) -> int:
    from redis import RedisError

    from newsarchive.distributed.commands import CommandError

    try:
        return command(*args)
    except CommandError as exc:
        raise UsageError(str(exc)) from None
    except RedisError as exc:  # Redis went away between two commands
        raise UsageError(f"Redis stopped answering: {exc}") from None


def _redis_crawl(args: argparse.Namespace) -> int:
    from newsarchive.distributed.commands import redis_crawl

    if not (args.redis and args.crawl_id):
        raise UsageError("--crawl-id, --workers and --clear go with --redis URL --crawl-id NAME")
    if args.workers < 0:
        raise UsageError("--workers must be 0 or more")
    if args.screenshot:
        raise UsageError("--screenshot does not work with --redis yet (crawl without --redis to get screenshots)")
    settings = _settings(args)
    seeds = _seeds(args, settings)
    for problem in seeds.problems:
        print(f"WARNING: failed: invalid URL: {problem}", file=sys.stderr)
    return _redis(redis_crawl, args, settings, seeds.urls)


def _worker(args: argparse.Namespace) -> int:
    from newsarchive.distributed.commands import worker
    from newsarchive.runner import option_settings

    if not (args.redis and args.crawl_id):
        raise UsageError("give --redis URL --crawl-id NAME")
    try:
        settings = option_settings(args.set, args.verbose, args.quiet)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return _redis(worker, args, settings)


def _status(args: argparse.Namespace) -> int:
    from newsarchive.distributed.commands import status

    if not (args.redis and args.crawl_id):
        raise UsageError("give --redis URL --crawl-id NAME")
    return _redis(status, args)


def _merge(args: argparse.Namespace) -> int:
    from newsarchive.distributed.commands import merge

    return _redis(merge, args)


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
    from newsarchive.jobs import JobFileError
    from newsarchive.schedule import read_snapshot

    try:
        jobs = read_snapshot(args.snapshot) if args.snapshot else _load_jobs(args.jobs_file)
    except JobFileError as exc:
        raise UsageError(str(exc)) from None
    return run_job(_job_named(jobs, args.job, args.jobs_file), args.verbose, args.quiet)


def _job_named(jobs: dict, name: str, jobs_file: Path) -> Job:
    if name not in jobs:
        raise UsageError(f"{jobs_file}: no job {name!r} (jobs: {', '.join(sorted(jobs)) or 'none'})")
    return jobs[name]


def _schedule(args: argparse.Namespace) -> int:
    import logging

    from newsarchive import logsafe
    from newsarchive.schedule import Scheduler, run_job_subprocess

    _load_jobs(args.jobs_file)  # refuse a broken file at once, with exit status 2
    level = logging.ERROR if args.quiet else logging.DEBUG if args.verbose > 1 else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s: %(message)s")
    logsafe.install(args.verbose)
    Scheduler(args.jobs_file, partial(run_job_subprocess, verbose=args.verbose)).run_forever()
    return 0


def _history(args: argparse.Namespace) -> int:
    from newsarchive.history import HistoryError, format_diff, format_history
    from newsarchive.store.state import StateDB, state_path
    from newsarchive.urls import InvalidURL, normalize_url

    if args.url is None and args.job and "://" in args.job[-1]:  # `--job NAME URL`: --job took the URL
        args.url = args.job.pop()
    if args.url is None:
        raise UsageError("give the article's URL (see --help)")
    folder = _history_folder(args)
    path = state_path(folder)
    if not path.exists():
        raise UsageError(f"no state database in {folder} (give the folder of a crawl with -o DIR, "
                         "or a job with --job NAME JOBS.toml)")
    try:
        url = normalize_url(args.url)
    except InvalidURL as exc:
        raise UsageError(str(exc)) from None
    with StateDB(path) as db:
        if db.get(url) is None:
            raise UsageError(f"{url} is not in the archive of {folder}")
        if args.diff is None:
            print(format_history(db, url))
        elif len(args.diff) in (0, 2):
            try:
                diff = format_diff(db, url, *args.diff, color=args.color)
            except HistoryError as exc:
                raise UsageError(str(exc)) from None
            print(diff)
        else:
            raise UsageError("--diff takes no version (the last two) or two versions")
    return 0


def _history_folder(args: argparse.Namespace) -> Path:
    """The archive folder ``history`` reads: ``-o DIR``, the folder of ``--job NAME [JOBS.toml]``, or output."""
    if args.job is None:
        return args.output or Path("output")
    if args.output is not None:
        raise UsageError("give -o DIR or --job NAME, not both")
    if len(args.job) > 2:
        raise UsageError("--job takes a job name and, optionally, its job file: --job NAME [JOBS.toml]")
    jobs_file = Path(args.job[1] if len(args.job) == 2 else DEFAULT_JOBS_FILE)
    return _job_named(_load_jobs(jobs_file), args.job[0], jobs_file).output


def _bench(args: argparse.Namespace) -> int:
    from newsarchive.bench import run_bench

    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = set(tools) - set(TOOLS)
    if unknown:
        raise UsageError(f"unknown tool(s) {', '.join(sorted(unknown))}; choose from {', '.join(TOOLS)}")
    if args.repeat < 1:
        raise UsageError(f"--repeat takes a whole number from 1 up, not {args.repeat}")
    try:
        return run_bench(args.body, args.meta, tools, args.output, real_dir=args.real, repeat=args.repeat)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from None


def _pack(args: argparse.Namespace) -> int:
    from newsarchive.pack import PackError, pack

    _log_warnings()
    output = args.output or Path(args.folder.resolve().name + ".wacz")
    try:
        packed = pack(args.folder, output)
    except PackError as exc:
        raise UsageError(str(exc)) from None
    print(f"wrote {packed.path} ({packed.size:,} bytes): {packed.warcs} WARC file(s), "
          f"{packed.index_lines} index line(s), {packed.pages} page(s)", file=sys.stderr)
    return exits.OK


def _replay(args: argparse.Namespace) -> int:
    from newsarchive.replay import ReplayError, replay

    _log_warnings()
    try:
        return replay(args.folder, args.port)
    except ReplayError as exc:
        raise UsageError(str(exc)) from None


def _log_warnings() -> None:
    """One ``WARNING: ...`` line per problem on stderr, for commands that run no crawl."""
    import logging

    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.WARNING)


if __name__ == "__main__":
    sys.exit(main())
