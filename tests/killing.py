"""Shared by test_kill.py and test_disk_full.py: the kill harness of
``benchmarks/kill_harness.py`` (one implementation: the tests import it), the bench site,
and a small tmpfs to fill."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers import REPO, SHARED

sys.path.insert(0, str(REPO / "benchmarks"))
from kill_harness import (
    SUMMARY_LINE,
    Site,
    bench_site,
    check_files,
    command,
    compare,
    failures,
    gzip_problems,
    harness,
    table,
)

BENCH = SHARED / "bench" / "crawl"
needs_bench = pytest.mark.skipif(not (BENCH / "make_site.py").exists(),
                                 reason="../shared/bench/crawl/make_site.py is not beside the checkout")

__all__ = ["BENCH", "SUMMARY_LINE", "Site", "bench_site", "check_files", "command", "compare", "failures",
           "gzip_problems", "harness", "needs_bench", "remount", "table", "tmpfs"]


@contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``path`` for the ``with`` block (skips the test if it cannot)."""
    path.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                            check=False, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a {size} tmpfs on {path}: {result.stderr.strip() or result.returncode}")
    try:
        yield path
    finally:
        if subprocess.run(["umount", str(path)], check=False, capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)


def remount(path: Path, size: str) -> None:
    """Grow (or shrink) the tmpfs on ``path``; what it holds stays."""
    subprocess.run(["mount", "-o", f"remount,size={size}", str(path)], check=True, capture_output=True)
