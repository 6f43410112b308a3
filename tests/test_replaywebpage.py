"""newsarchive's WACZ opened in ReplayWeb.page, the viewer most archivists use, in headless Chromium.

The article site of ``test_browser_replay`` (stylesheet with a background image and a web
font, ``srcset`` and lazy images, a script) is crawled with the CLI, the site is stopped and
the folder packed with ``newsarchive pack``. ReplayWeb.page (``replaywebpage`` from npm, see
:mod:`newsarchive.replaywebpage`) and the package are served from one 127.0.0.1 server
(``tests/rwp_env.py``), and Chromium shows the article as a person opening the WACZ would
see it. A periodic job's two runs of the demo (the second all revisits: 304s and unchanged
payloads) are packed and every article looked at too. Every request that would leave the
machine goes to a refusing proxy and fails the test; the pages may ask the app's server only.

Skips with the reason when Playwright, the browser, npm or the registry is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from helpers import FAST, read_jsonl, run_cli
from rwp_env import AppServer, Viewer, frame_text, replaywebpage_app, wait_quietly
from test_browser_replay import HEADLINE, INK, a_font, build_site
from test_pack_replay import DEMO_ARTICLES, demo_job_run_twice, free_port

from newsarchive.demo.server import SiteServer

SCREENSHOT = os.environ.get("NEWSARCHIVE_RWP_SCREENSHOT")  # a folder: keep pictures of the replays there
#: ReplayWeb.page's pages for a URL not in the WACZ and for a revisit whose original it cannot find
NOT_FOUND = ("Archived Page Not Found", "Original Archived Page Missing")
LOOK = """() => {
    const h1 = document.querySelector("h1");
    return {
        headline: h1 && h1.innerText.trim(),
        headline_visible: !!h1 && h1.getBoundingClientRect().height > 0,
        headline_color: h1 && getComputedStyle(h1).color,
        background: getComputedStyle(document.body).backgroundImage,
        lazy_script: document.documentElement.dataset.lazy || null,
        images: [...document.images].map(i => ({id: i.id, src: i.currentSrc || i.src, width: i.naturalWidth})),
        font_loaded: [...document.fonts].some(f => f.family.includes("Courier Serif") && f.status === "loaded"),
    };
}"""
LOADED = ("document.documentElement.dataset.lazy === 'done'", "[...document.images].every(i => i.complete)",
          "document.fonts.status === 'loaded'")


@pytest.fixture(scope="module")
def app() -> Path:
    return replaywebpage_app()


#: seconds a pack may take: the test's time limit, not a figure of speed
PACK_TIMEOUT_S = 600


def pack(folder: Path, package: Path) -> Path:
    # a package past 4 GiB takes a minute to write on a quiet machine, several on a busy one
    result = run_cli("pack", str(folder), "-o", str(package), timeout=PACK_TIMEOUT_S)
    assert result.returncode == 0, result.stderr
    return package


def crawl_article(tmp_path: Path) -> tuple[str, Path]:
    """The article site crawled into ``tmp_path/archive``; (the article's live URL, the folder)."""
    font = a_font()
    if font is None:
        pytest.skip("no TrueType font under /usr/share/fonts for the web font")
    out = tmp_path / "archive"
    with SiteServer(tmp_path / "site", port=free_port()) as site:
        live = site.base_url + build_site(tmp_path / "site", font)
        result = run_cli("crawl", live, "-o", str(out), "--depth", "0", *FAST, timeout=300)
        assert result.returncode == 0, result.stderr
    return live, out


def screenshot(viewer: Viewer, name: str) -> None:
    if SCREENSHOT:
        viewer.page.screenshot(path=str(Path(SCREENSHOT) / name))


def look_at_article(viewer: Viewer, address: str) -> dict[str, Any]:
    """What the archived article shows once its script, images and font are done."""
    frame = viewer.show(address)
    if frame is None:
        return {"frame": None}
    for condition in LOADED:
        wait_quietly(lambda c=condition: frame.wait_for_function(c, timeout=10_000), viewer.timeout_error)
    screenshot(viewer, "article.png")
    return {"frame": frame.url, "text": frame_text(frame), **frame.evaluate(LOOK)}


def test_packed_article_replays_in_replaywebpage(app, sync_playwright, tmp_path) -> None:
    live, folder = crawl_article(tmp_path)  # the live site is stopped: only the WACZ can answer
    package = pack(folder, tmp_path / "article.wacz")
    with AppServer(app, [package]) as server, Viewer(sync_playwright, server) as viewer:
        seen = look_at_article(viewer, server.page_url(package, live))
        attempts = viewer.guard.attempts()
    assert attempts == [], f"the browser tried to leave the machine: {attempts}"
    assert viewer.outside == [], f"requests not to the app's server: {viewer.outside}"
    assert seen["frame"], "ReplayWeb.page showed no archived page"
    assert seen["headline"] == HEADLINE and seen["headline_visible"], seen["text"][:300]
    assert seen["headline_color"] == INK, "the archived stylesheet was not applied"
    assert "paper.png" in seen["background"], f"no background image from the stylesheet: {seen['background']}"
    assert seen["lazy_script"] == "done", "the archived script did not run"
    assert seen["font_loaded"], "the archived web font did not load"
    assert {img["id"] for img in seen["images"]} == {"lead", "responsive", "lazy"}
    undecoded = [img for img in seen["images"] if not img["width"]]
    assert not undecoded, f"images not decoded from the WACZ: {undecoded}"
    assert next(img for img in seen["images"] if img["id"] == "lazy")["src"].endswith("/img/lazy.png")


#: a WARC file this big puts the entries packed after it past what a 32-bit ZIP field holds
FILLER_BYTES = int(4.3 * 2**30)


def write_filler_warc(path: Path, size: int) -> None:
    """A WARC file of one resource record of ``size`` random bytes (one gzip member of stored
    blocks: random bytes do not compress, and writing them stays fast)."""
    head = (f"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2000-01-01T00:00:00Z\r\nWARC-Target-URI: urn:newsarchive-test:filler\r\n"
            f"Content-Type: application/octet-stream\r\nContent-Length: {size}\r\n\r\n").encode()
    gzip = zlib.compressobj(0, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    with open(path, "wb") as f:
        f.write(gzip.compress(head))
        for done in range(0, size, 8 << 20):
            f.write(gzip.compress(os.urandom(min(8 << 20, size - done))))
        f.write(gzip.compress(b"\r\n\r\n") + gzip.flush())


def test_package_past_4_gib_replays_in_replaywebpage(app, sync_playwright, tmp_path) -> None:
    """A crawl's package past 4 GiB (a large WARC file packed before the article's): the entries
    after it sit where only ZIP64 fields can point, and ReplayWeb.page still shows the article."""
    free = shutil.disk_usage(tmp_path).free
    if free < 3 * FILLER_BYTES:
        pytest.skip(f"needs {3 * FILLER_BYTES / 2**30:.0f} GiB free under {tmp_path}, {free / 2**30:.1f} GiB here")
    live, folder = crawl_article(tmp_path)
    filler = folder / "warc" / "newsarchive-20000101000000-00001.warc.gz"  # sorts, so is packed, first
    package = tmp_path / "big.wacz"
    try:  # the big files go whatever happens: pytest keeps the folders of the last runs
        write_filler_warc(filler, FILLER_BYTES)
        pack(folder, package)
        filler.unlink()
        with zipfile.ZipFile(package) as zf:
            entries = {info.filename: info for info in zf.infolist()}
        with AppServer(app, [package]) as server, Viewer(sync_playwright, server) as viewer:
            seen = look_at_article(viewer, server.page_url(package, live))
    finally:
        filler.unlink(missing_ok=True)
        package.unlink(missing_ok=True)
    article_warcs = [info for name, info in entries.items() if name.startswith("archive/") and info.file_size < 2**32]
    assert article_warcs and all(info.header_offset > 2**32 for info in article_warcs), "nothing packed past 4 GiB"
    assert entries["datapackage.json"].header_offset > 2**32
    assert seen["frame"], "ReplayWeb.page showed no archived page"
    assert seen["headline"] == HEADLINE and seen["headline_visible"], seen["text"][:300]
    assert seen["headline_color"] == INK, "the archived stylesheet was not applied"
    assert not [img for img in seen["images"] if not img["width"]], "images not decoded from the WACZ"


def latest_capture(folder: Path) -> dict[str, str]:
    """Each URL's latest capture time in the folder's index (the second run's revisit)."""
    latest: dict[str, str] = {}
    for line in (folder / "indexes" / "index.cdxj").read_text().splitlines():
        _, ts, fields = line.split(" ", 2)
        url = json.loads(fields)["url"]
        latest[url] = max(latest.get(url, ""), ts)
    return latest


def unlisted(viewer: Viewer, address: str, titles: list[str]) -> list[str]:
    """Which of ``titles`` ReplayWeb.page's list of pages (read from pages.jsonl) does not show."""
    viewer.page.goto(address, wait_until="load", timeout=30_000)
    entries = viewer.page.frame_locator("replay-web-page iframe").locator("wr-page-entry")
    deadline = time.monotonic() + 20
    while entries.count() < len(titles) and time.monotonic() < deadline:
        viewer.page.wait_for_timeout(200)
    shown = " ".join(entries.evaluate_all("es => es.map(e => e.shadowRoot ? e.shadowRoot.textContent : '')"))
    shown = " ".join(shown.split())
    return [title for title in titles if title not in shown]


def test_second_job_run_articles_replay_in_replaywebpage(app, sync_playwright, tmp_path) -> None:
    folder, _ = demo_job_run_twice(tmp_path)
    articles = read_jsonl(folder / "articles.jsonl")
    assert len(articles) == DEMO_ARTICLES
    latest = latest_capture(folder)
    package = pack(folder, tmp_path / "job.wacz")
    shown: dict[str, tuple[str, str]] = {}
    with AppServer(app, [package]) as server, Viewer(sync_playwright, server) as viewer:
        for article in articles:  # no ts: ReplayWeb.page shows the latest capture, the revisit
            frame = viewer.show(server.page_url(package, article["final_url"]))
            shown[article["final_url"]] = (frame.url if frame else "", frame_text(frame))
        screenshot(viewer, "revisit.png")
        missing = unlisted(viewer, server.page_url(package, view="pages"), [a["headline"] for a in articles])
        attempts = viewer.guard.attempts()
    assert attempts == [], f"the browser tried to leave the machine: {attempts}"
    assert viewer.outside == [], f"requests not to the app's server: {viewer.outside}"
    assert missing == [], "ReplayWeb.page's list of pages lacks these articles"
    for article in articles:
        frame_url, text = shown[article["final_url"]]
        assert frame_url, f"ReplayWeb.page showed no archived page for {article['final_url']}"
        assert not any(error in text for error in NOT_FOUND), f"{article['final_url']}: {text[:200]}"
        assert article["headline"] in text, f"{article['final_url']} is not the article: {text[:200]}"
        assert f"/{latest[article['final_url']]}mp_/" in frame_url, (frame_url, "not the revisit")


def test_installer_says_why_when_npm_cannot_fetch(monkeypatch, tmp_path) -> None:
    """What the test's skip reason says where npm is missing or the registry does not answer."""
    from newsarchive import replaywebpage

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # not the machine's fetched copy
    monkeypatch.setenv("npm_config_registry", f"http://127.0.0.1:{free_port()}/")  # nothing listens
    monkeypatch.setenv("npm_config_fetch_retries", "0")
    monkeypatch.setenv("npm_config_cache", str(tmp_path / "npm-cache"))
    if replaywebpage.shutil.which("npm"):
        with pytest.raises(replaywebpage.ReplayWebPageUnavailable, match=r"npm pack replaywebpage@[\d.]+ failed"):
            replaywebpage.app_dir()
    monkeypatch.setattr(replaywebpage.shutil, "which", lambda name: None)
    with pytest.raises(replaywebpage.ReplayWebPageUnavailable, match="npm is not installed"):
        replaywebpage.app_dir()
    assert not replaywebpage.install_dir().exists(), "a failed fetch left a half-made folder"
