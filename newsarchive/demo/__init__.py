"""The bundled demo news site and the small HTTP server that serves it."""

from __future__ import annotations

from importlib import resources


def demo_urls(base_url: str) -> list[str]:
    """The demo's article URLs on a server at ``base_url`` (from the packaged ``urls.txt``)."""
    text = resources.files("newsarchive.demo").joinpath("urls.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [base_url.rstrip("/") + line for line in lines if line and not line.startswith("#")]
