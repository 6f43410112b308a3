"""``python -m newsarchive``: the same command line as the ``newsarchive`` script (for a checkout
run without installing, or a virtualenv whose scripts folder is not on ``PATH``)."""

import sys

from newsarchive.cli import main

if __name__ == "__main__":
    sys.exit(main())
