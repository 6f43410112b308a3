"""The exit statuses of the ``newsarchive`` commands, one place for the CLI and its help."""

OK = 0  # the run completed (pages that failed are reported, not fatal)
WRITE_FAILED = 1  # the archive could not be written (full disk, I/O error): the run stopped
USAGE = 2  # bad usage, unreadable input, or an output that cannot be used
LOCKED = 3  # another newsarchive process is writing that folder
NOTHING_ARCHIVED = 4  # not one seed could be archived (all failed): cron should notice
FAILED = 5  # the crawl stopped for another reason (a bug: please report it)
INTERRUPTED = 130  # Ctrl-C or SIGTERM: run the same command again to go on

HELP = """exit status:
  0    the run completed (pages that failed are reported, not fatal)
  1    the archive could not be written (full disk, I/O error); what was written is whole
  2    bad usage, unreadable input, or an output that cannot be used
  3    another newsarchive process is writing that folder
  4    not one seed could be archived (every seed failed)
  5    the crawl stopped for another reason (a bug: please report it)
  130  interrupted (Ctrl-C, SIGTERM): run the same command again to go on"""
