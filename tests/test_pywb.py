"""Replay in pywb: a newsarchive crawl's WARC files served by a standard replay tool.

pywb runs from a virtualenv of its own (``tests/pywb_env.py``, made once per machine): in the
test environment its ``brotlipy`` would shadow the Brotli module Scrapy needs."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from helpers import FAST, run_cli
from pywb_env import PywbUnavailable, clean_env, pywb_bindir


@pytest.fixture(scope="session")
def pywb_bin() -> Path:
    """The ``bin`` folder of pywb's own virtualenv (skips when it cannot be made)."""
    try:
        return pywb_bindir()
    except PywbUnavailable as exc:
        pytest.skip(f"no pywb virtualenv: {exc}")


class Wayback:
    """A pywb collection of WARC files, served on 127.0.0.1 while in the ``with`` block."""

    def __init__(self, bindir: Path, folder: Path, warcs: list[Path]) -> None:
        self.folder, self.warcs = folder, warcs
        self.manager, self.server = str(bindir / "wb-manager"), str(bindir / "wayback")

    def __enter__(self) -> Wayback:
        self.folder.mkdir(parents=True, exist_ok=True)
        env = clean_env()
        subprocess.run([self.manager, "init", "news"], cwd=self.folder, check=True, capture_output=True, env=env)
        subprocess.run([self.manager, "add", "news", *map(str, self.warcs)], cwd=self.folder, check=True,
                       capture_output=True, env=env)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.proc = subprocess.Popen([self.server, "-p", str(self.port), "-b", "127.0.0.1"], cwd=self.folder,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.proc.poll() is None:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.1)
        self.__exit__()
        raise RuntimeError(f"pywb did not start (exit status {self.proc.returncode})")

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)

    def page(self, stamp: str, url: str) -> str:
        """The archived page as served (``id_``: the original bytes, not rewritten)."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/news/{stamp}id_/{url}", timeout=30) as resp:
            return resp.read().decode("utf-8", "replace")


def test_crawl_replays_in_pywb(site, pywb_bin, tmp_path) -> None:
    seed = "/2023/03/07/russias-losses-in-bakhmut-5-times-higher-than-ukraine-s-nato-estimates-a80410"
    out = tmp_path / "out"
    result = run_cli("crawl", site.base_url + seed, "-o", str(out), *FAST)
    assert result.returncode == 0, result.stderr
    with Wayback(pywb_bin, tmp_path / "pywb", sorted((out / "warc").glob("*.warc.gz"))) as wayback:
        page = wayback.page("2099", site.base_url + seed)
    assert "Russia&#39;s Losses in Bakhmut" in page or "Russia's Losses in Bakhmut" in page
    assert "Anatolii Stepanov / AFP" in page
