"""``newsarchive replay``: an archive folder served by pywb on 127.0.0.1.

pywb is the replay tool of the field (it rewrites pages so every image, stylesheet and
script they ask for comes from the archive); it runs from a virtualenv of its own
(:mod:`newsarchive.pywbenv`, made on first use) as a ``wayback`` subprocess. The
collection is a throw-away pywb folder whose ``config.yaml`` points at the archive's own
``indexes/index.cdxj`` and ``warc/``: nothing is copied and the archive is only read,
except that the index is brought up to date first when no run is writing the folder.

The command prints the replay address of every archived article, then waits; Ctrl-C or
SIGTERM stops pywb and ends with exit status 130, without a traceback.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO

from newsarchive import exits
from newsarchive.pywbenv import (
    PYWB_VERSION,
    PywbUnavailable,
    clean_env,
    is_ready,
    pywb_bindir,
    venv_dir,
)
from newsarchive.sanitize import for_terminal
from newsarchive.store.archive import ARTICLES, WARC_DIR
from newsarchive.store.indexes import (
    INDEX,
    closed_warcs,
    index_lines,
    pages,
    update_index,
    write_atomically,
)
from newsarchive.store.lock import FolderLock, LockedError

COLLECTION = "archive"
HOST = "127.0.0.1"
DEFAULT_PORT = 8090
START_TIMEOUT = 60  # seconds for pywb to answer
LOG = "wayback.log"
PR_SET_PDEATHSIG = 1  # prctl(2)


class ReplayError(Exception):
    """Replay cannot start; the message says why (exit status 2)."""


class _Stop(Exception):
    """Raised by the SIGTERM handler to leave the wait."""


def replay_url(port: int, ts: str, url: str) -> str:
    """pywb's address of ``url`` as archived at (or nearest to) ISO time ``ts``."""
    stamp = "".join(ch for ch in ts if ch.isdigit())[:14]
    return f"http://{HOST}:{port}/{COLLECTION}/{stamp}/{url}"


def _index_for_replay(folder: Path, work: Path, say: TextIO) -> Path:
    """The index pywb reads: the folder's own, updated first unless a run is writing the folder
    (then one made in ``work`` from the files closed so far)."""
    try:
        with FolderLock(folder):
            update_index(folder)
        return folder / INDEX
    except LockedError as exc:
        print(f"note: {exc}; replaying what it has written so far", file=say)
    except OSError as exc:
        print(f"note: cannot update {folder / INDEX} ({exc.strerror or exc}); "
              "replaying from an index made for this session", file=say)
    index = work / "index.cdxj"
    write_atomically(index, index_lines(closed_warcs(folder / WARC_DIR)).lines)
    return index


def _config(index: Path, warc_dir: Path) -> str:
    # JSON strings are valid YAML scalars: paths with any character stay intact
    return (f"collections:\n  {COLLECTION}:\n    index_paths: {json.dumps(str(index))}\n"
            f"    archive_paths: {json.dumps(str(warc_dir) + '/')}\n")


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


def wait_listening(proc: subprocess.Popen, port: int) -> bool:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and proc.poll() is None:
        with socket.socket() as sock:
            if sock.connect_ex((HOST, port)) == 0:
                return True
        time.sleep(0.1)
    return False


def _wayback(say: TextIO) -> Path:
    if not is_ready():
        print(f"pywb is not installed yet: installing pywb=={PYWB_VERSION} into {venv_dir()} "
              "(once; needs PyPI; set NEWSARCHIVE_PYWB_VENV to use another folder)", file=say)
    try:
        return pywb_bindir() / "wayback"
    except PywbUnavailable as exc:
        raise ReplayError(f"pywb is not available: {exc}") from None


#: the signals that stop a replay: Ctrl-C and SIGTERM
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def _signals_stop() -> Iterator[None]:
    """Ctrl-C and SIGTERM stop the replay, handled here for both: Python leaves SIGINT ignored in a process started
    with it ignored (a background job of a non-interactive shell, a supervisor), where "Ctrl-C to stop", a ``kill
    -INT``, would then do nothing (Scrapy's crawls install their own handler the same way)."""
    def stop(signum: int, frame: FrameType | None) -> None:
        raise _Stop
    try:
        previous = [signal.signal(signum, stop) for signum in _STOP_SIGNALS]
    except ValueError:  # not the main thread: the signals keep their handlers
        yield
        return
    try:
        yield
    finally:
        for signum, handler in zip(_STOP_SIGNALS, previous):
            signal.signal(signum, handler)


def log_tail(log: Path) -> str:
    try:
        lines = log.read_text(errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(lines[-3:])


def replay(folder: Path, port: int = DEFAULT_PORT, out: TextIO = sys.stdout, say: TextIO = sys.stderr) -> int:
    """Serve ``folder`` with pywb on 127.0.0.1:``port`` until Ctrl-C or SIGTERM; the exit status."""
    if not (folder / WARC_DIR).is_dir():
        raise ReplayError(f"{folder} is not an archive folder (no {WARC_DIR}/ in it)")
    if not 0 < port < 65536:
        raise ReplayError(f"--port {port}: not a port number")
    if not _port_free(port):
        raise ReplayError(f"port {port} on {HOST} is in use (choose another with --port)")
    wayback = _wayback(say)
    try:
        with _signals_stop():
            return _run(wayback, folder, port, out, say)
    except _Stop:
        print("newsarchive replay: stopped", file=say)
        return exits.INTERRUPTED


def _run(wayback: Path, folder: Path, port: int, out: TextIO, say: TextIO) -> int:
    with tempfile.TemporaryDirectory(prefix="newsarchive-replay-") as tmp:
        work = Path(tmp)
        index = _index_for_replay(folder.resolve(), work, say)
        with wayback_process(wayback, port, index, (folder / WARC_DIR).resolve(), work) as proc:
            return _serve(proc, port, folder, work / LOG, out, say)


@contextmanager
def wayback_process(wayback: Path, port: int, index: Path, warc_dir: Path, work: Path,
                    extra_config: str = "") -> Iterator[subprocess.Popen]:
    """pywb's ``wayback`` serving ``index`` and ``warc_dir`` on 127.0.0.1:``port`` while in the
    block (stopped after, and with this process even if it is killed); ``work`` holds its
    config (plus ``extra_config``, YAML) and its log (``work/LOG``, see :func:`log_tail`)."""
    (work / "config.yaml").write_text(_config(index, warc_dir) + extra_config, encoding="utf-8")
    with open(work / LOG, "wb") as log_file:
        proc = subprocess.Popen([str(wayback), "-p", str(port), "-b", HOST], cwd=work, env=clean_env(),
                                stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                                start_new_session=True,  # Ctrl-C reaches us; we stop pywb
                                preexec_fn=_die_with_parent)  # noqa: PLW1509 - prctl only, before exec
        try:
            yield proc
        finally:
            _stop(proc)


def _serve(proc: subprocess.Popen, port: int, folder: Path, log: Path, out: TextIO, say: TextIO) -> int:
    try:
        if not wait_listening(proc, port):
            print(f"newsarchive replay: error: pywb did not start: {log_tail(log) or 'no message'}", file=say)
            return exits.FAILED
        print(f"replaying {folder} at http://{HOST}:{port}/{COLLECTION}/ (Ctrl-C to stop)", file=say)
        for page in pages(folder / ARTICLES):
            print(for_terminal(f"{replay_url(port, page['ts'], page['url'])}  {page['title']}"), file=out, flush=True)
        status = proc.wait()
        print(f"newsarchive replay: error: pywb stopped (exit status {status}): {log_tail(log)}", file=say)
        return exits.FAILED
    except (KeyboardInterrupt, _Stop):
        print("newsarchive replay: stopped", file=say)
        return exits.INTERRUPTED


def _die_with_parent() -> None:
    """In pywb's process: get SIGTERM when newsarchive dies, even by ``kill -9`` (Linux)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: pywb is stopped by _stop only
        pass


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
