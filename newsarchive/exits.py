"""The exit statuses of the ``newsarchive`` commands, one place for the CLI and its help.

A closed stdout (``newsarchive history URL | head -1``) ends a command quietly with
141, the status a shell reports for ``cat``, ``grep`` or ``yes`` killed by SIGPIPE
(128 + 13): the reader wanted no more, which is no error worth a line, but a script
running under ``set -o pipefail`` still learns that the output was cut, as it would
with any other Unix tool.
"""

OK = 0  # the run completed (pages that failed are reported, not fatal)
WRITE_FAILED = 1  # the archive could not be written (full disk, I/O error): the run stopped
USAGE = 2  # bad usage, unreadable input, or an output that cannot be used
LOCKED = 3  # another newsarchive process is writing that folder
NOTHING_ARCHIVED = 4  # not one seed could be archived (all failed): cron should notice
FAILED = 5  # the crawl stopped for another reason (a bug: please report it)
INTERRUPTED = 130  # Ctrl-C or SIGTERM: run the same command again to go on
PIPE_CLOSED = 141  # stdout closed by its reader (| head): stopped quietly, as SIGPIPE stops cat

HELP = """exit status:
  0    the run completed (pages that failed are reported, not fatal)
  1    the archive could not be written (full disk, I/O error); what was written is whole
  2    bad usage, unreadable input, or an output that cannot be used
  3    another newsarchive process is writing that folder
  4    not one seed could be archived (every seed failed)
  5    the crawl stopped for another reason (a bug: please report it)
  130  interrupted (Ctrl-C, SIGTERM): run the same command again to go on
  141  the reader of stdout went away (| head): stopped quietly, as cat or grep do"""

#: the statuses of commands that only read (history, extract to stdout, bench)
READ_HELP = """exit status:
  0    done
  2    bad usage, or input that cannot be used (one line on stderr says why)
  141  the reader of stdout went away (| head): stopped quietly, as cat or grep do"""


def epilog(examples: str, statuses: str = HELP) -> str:
    """A ``--help`` ending: the examples, then the exit statuses."""
    return f"examples:\n{examples.rstrip()}\n\n{statuses}"
