"""newsarchive: archive news pages to WARC and extract structured articles."""

__version__ = "0.1.0"
