"""pywb (and py-wacz) for the tests: the virtualenv ``newsarchive replay`` uses too.

The logic lives in :mod:`newsarchive.pywbenv`; this module names what the tests import,
and :func:`wacz_bin` adds py-wacz (for ``wacz validate``) to that venv.
"""

from __future__ import annotations

from pathlib import Path

from newsarchive.pywbenv import (
    PYWB_VERSION,
    PywbUnavailable,
    clean_env,
    ensure_tool,
    pywb_bindir,
    venv_dir,
)

__all__ = ["PYWB_VERSION", "PywbUnavailable", "clean_env", "pywb_bindir", "venv_dir", "wacz_bin"]

WACZ_VERSION = "0.6.0"


def wacz_bin() -> Path:
    """py-wacz's ``wacz`` command, installed into pywb's venv once."""
    return ensure_tool(f"wacz=={WACZ_VERSION}", "wacz")


if __name__ == "__main__":  # python tests/pywb_env.py: make the venv now, print where it is
    print(pywb_bindir())
    print(wacz_bin())
