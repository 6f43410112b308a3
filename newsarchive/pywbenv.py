"""pywb in a virtualenv of its own, made once per machine and shared by every checkout.

pywb cannot live in newsarchive's environment: it requires ``brotlipy``, whose ``brotli``
package shadows the Brotli module Scrapy decodes ``br`` pages with. So :func:`pywb_bindir`
makes ``~/.cache/newsarchive/pywb-<version>-py<X.Y>`` (``$XDG_CACHE_HOME`` is honoured;
``$NEWSARCHIVE_PYWB_VENV`` names another folder) with ``pip install pywb==<version>``, and
``newsarchive replay`` (and the tests) run its ``wayback`` as a subprocess. A file lock makes
two processes that race wait for one another; a ``.complete`` marker written last means a
venv half made by a killed run is made again. :func:`ensure_tool` adds another package to
the same venv (the tests use ``wacz validate`` from it: py-wacz needs pywb's company, not
newsarchive's). When the venv cannot be made (no network, no ``venv`` module)
:class:`PywbUnavailable` says why.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

PYWB_VERSION = "2.10.0"
MARKER = ".complete"
INSTALL_TIMEOUT = 300  # seconds for each step (venv, pip install) of the one-off setup


class PywbUnavailable(Exception):
    """pywb's virtualenv could not be made; the message says why."""


def venv_dir() -> Path:
    override = os.environ.get("NEWSARCHIVE_PYWB_VENV")
    if override:
        return Path(override).expanduser()
    return cache_root() / f"pywb-{PYWB_VERSION}-py{sys.version_info[0]}.{sys.version_info[1]}"


def cache_root() -> Path:
    """``~/.cache/newsarchive`` (``$XDG_CACHE_HOME`` honoured): tools installed once per machine."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsarchive"


def clean_env() -> dict[str, str]:
    """The environment for pywb's processes: none of newsarchive's venv Python settings."""
    dropped = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "__PYVENV_LAUNCHER__")
    return {k: v for k, v in os.environ.items() if k not in dropped}


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (made if need be): one installer at a time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock (CI and developers run Linux)
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed
        yield


def _bindir(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin")


def _ready(venv: Path) -> bool:
    bindir = _bindir(venv)
    return (venv / MARKER).is_file() and all((bindir / tool).exists() for tool in ("wb-manager", "wayback"))


def _run(cmd: list[str], what: str) -> None:
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=INSTALL_TIMEOUT, env=clean_env(),
                                check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PywbUnavailable(f"{what} failed: {exc}") from None
    if result.returncode != 0:
        tail = " | ".join((result.stderr or result.stdout).strip().splitlines()[-3:])
        raise PywbUnavailable(f"{what} failed (exit {result.returncode}): {tail}")


def base_python() -> str:
    """A Python outside any virtualenv, to make the new one from (the test venv's base)."""
    base = getattr(sys, "_base_executable", None)
    return base if base and Path(base).exists() else sys.executable


def pywb_bindir() -> Path:
    """The ``bin`` folder holding pywb's ``wb-manager`` and ``wayback``, made if need be."""
    venv = venv_dir()
    if _ready(venv):
        return _bindir(venv)
    with locked(venv.with_name(venv.name + ".lock")):
        if _ready(venv):  # made by another process while this one waited
            return _bindir(venv)
        if venv.exists():
            shutil.rmtree(venv)  # half made by a run that was killed
        try:
            _run([base_python(), "-m", "venv", str(venv)], "python -m venv")
            python = str(_bindir(venv) / "python")
            _run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--retries", "2",
                  "--timeout", "60", f"pywb=={PYWB_VERSION}"], f"pip install pywb=={PYWB_VERSION}")
        except PywbUnavailable:
            shutil.rmtree(venv, ignore_errors=True)
            raise
        if not all((_bindir(venv) / tool).exists() for tool in ("wb-manager", "wayback")):
            raise PywbUnavailable(f"pywb=={PYWB_VERSION} installed no wb-manager/wayback in {venv}")
        (venv / MARKER).write_text(f"pywb=={PYWB_VERSION}\n")
    return _bindir(venv)


def ensure_tool(package: str, tool: str) -> Path:
    """``tool`` (a console script of ``package``, e.g. ``wacz==0.6.0``) in pywb's venv, installed once."""
    bindir = pywb_bindir()
    if (bindir / tool).exists():
        return bindir / tool
    venv = venv_dir()
    with locked(venv.with_name(venv.name + ".lock")):
        if not (bindir / tool).exists():
            _run([str(bindir / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                  "--retries", "2", "--timeout", "60", package], f"pip install {package}")
    if not (bindir / tool).exists():
        raise PywbUnavailable(f"{package} installed no {tool} in {venv}")
    return bindir / tool


def is_ready() -> bool:
    """pywb's venv is made already (no install needed)."""
    return _ready(venv_dir())


if __name__ == "__main__":  # python -m newsarchive.pywbenv: make the venv now, print where it is
    print(pywb_bindir())
