"""ReplayWeb.page's static app, fetched from npm once per machine and shared by every checkout.

ReplayWeb.page (``replaywebpage`` on npm) is the viewer most archivists open a WACZ with: a
service worker (``sw.js``) that reads the WACZ by HTTP range requests and a web component
(``ui.js``) that shows the replay in an iframe. Both are prebuilt bundles in the package, so
nothing is built: :func:`app_dir` runs ``npm pack replaywebpage@VERSION`` (the npm client,
the exact tarball whose ``sha512`` is pinned below) and unpacks it into
``~/.cache/newsarchive/replaywebpage-VERSION`` (``$XDG_CACHE_HOME`` is honoured). It is not
``npm install``: that resolves the package's build-time dependencies (lit, electron-updater,
warcio.js ...), which the bundles do not need and which an npm mirror may not hold all of.

A file lock makes two processes that race wait for one another; a ``.complete`` marker written
last means a folder half made by a killed run is made again. When npm is missing or the
registry cannot be reached, :class:`ReplayWebPageUnavailable` says why.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from newsarchive.pywbenv import cache_root, locked

VERSION = "2.5.3"
#: ``npm view replaywebpage@VERSION dist.integrity``: the tarball unpacked is that one
INTEGRITY = "sha512-nCj2PSON3BxeSJKE8AsYPyULv0XPZKJWfy4l9PyQre9SqwLZ+WKZVs/sfLqPOQ4GrH+0YkjbwOhr8cSTH08gsQ=="
FILES = ("ui.js", "sw.js")
MARKER = ".complete"
INSTALL_TIMEOUT = 180  # seconds for ``npm pack`` (one 2.4 MB tarball)


class ReplayWebPageUnavailable(Exception):
    """ReplayWeb.page could not be fetched; the message says why."""


def install_dir() -> Path:
    return cache_root() / f"replaywebpage-{VERSION}"


def _ready(folder: Path) -> bool:
    return (folder / MARKER).is_file() and all((folder / name).is_file() for name in FILES)


def _npm_pack(destination: Path) -> Path:
    """The package's tarball, fetched by ``npm pack`` into ``destination``."""
    npm = shutil.which("npm")
    if npm is None:
        raise ReplayWebPageUnavailable("npm is not installed (apt-get install npm, or Node.js 20)")
    cmd = [npm, "pack", f"replaywebpage@{VERSION}", "--pack-destination", str(destination),
           "--silent", "--no-fund", "--no-audit", "--ignore-scripts"]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=INSTALL_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ReplayWebPageUnavailable(f"npm pack replaywebpage@{VERSION} failed: {exc}") from None
    tarballs = list(destination.glob("replaywebpage-*.tgz"))
    if result.returncode != 0 or not tarballs:
        tail = " | ".join((result.stderr or result.stdout).strip().splitlines()[-3:])
        raise ReplayWebPageUnavailable(f"npm pack replaywebpage@{VERSION} failed (exit {result.returncode}): {tail}")
    return tarballs[0]


def _check_integrity(tarball: Path) -> None:
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    if digest != INTEGRITY:
        raise ReplayWebPageUnavailable(f"{tarball.name} is not the published replaywebpage@{VERSION} ({digest})")


def _unpack(tarball: Path, folder: Path) -> None:
    """The tarball's ``package/`` folder as ``folder``."""
    with tempfile.TemporaryDirectory(dir=folder.parent) as scratch, tarfile.open(tarball) as tar:
        tar.extractall(scratch, filter="data")
        shutil.move(str(Path(scratch) / "package"), folder)


def app_dir() -> Path:
    """The folder holding ReplayWeb.page's ``ui.js`` and ``sw.js``, fetched if need be."""
    folder = install_dir()
    if _ready(folder):
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with locked(folder.with_name(folder.name + ".lock")):
        if _ready(folder):  # fetched by another process while this one waited
            return folder
        if folder.exists():
            shutil.rmtree(folder)  # half made by a run that was killed
        with tempfile.TemporaryDirectory(dir=folder.parent) as download:
            tarball = _npm_pack(Path(download))
            _check_integrity(tarball)
            _unpack(tarball, folder)
        missing = [name for name in FILES if not (folder / name).is_file()]
        if missing:
            raise ReplayWebPageUnavailable(f"replaywebpage@{VERSION} has no {', '.join(missing)}")
        (folder / MARKER).write_text(f"replaywebpage@{VERSION}\n")
    return folder


if __name__ == "__main__":  # python -m newsarchive.replaywebpage: fetch it now, print where it is
    print(app_dir())
