"""An archived article looked at in a real browser: headless Chromium over ``newsarchive replay``.

A local site serves one article with what real news pages use: a stylesheet with a
background image and a web font, a ``srcset`` image, a lazy image (``data-src``, swapped
in by a script, as lazy loaders do) and the script itself. It is crawled with the CLI, the
site is stopped, the folder is replayed by ``newsarchive replay`` (pywb), and Chromium
(Debian's ``/usr/bin/chromium``, driven by Playwright; ``playwright install`` is never
run) opens the replayed article at the address ``replay`` printed (pywb's banner frame around
the archived page, as a user sees it). Every request the page makes is observed: only the pywb
port on 127.0.0.1 may be asked, anything else is aborted and fails the test.

Skips with the reason when Playwright, the browser or pywb's virtualenv is missing.
"""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from helpers import CHROMIUM, CHROMIUM_ARGS, FAST, png, run_cli
from pywb_env import PywbUnavailable, pywb_bindir
from test_pack_replay import Replay, free_port

from newsarchive.demo.server import SiteServer

HEADLINE = "Lighthouse keepers return to the northern cape"
INK = "rgb(12, 34, 56)"  # the headline colour the stylesheet sets

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{headline} | The Coast Courier</title>
<link rel="stylesheet" href="/static/style.css">
<script type="application/ld+json">{ld}</script>
<script src="/static/lazy.js" defer></script>
</head><body>
<article>
<h1 class="headline">{headline}</h1>
<p class="byline">By Mara Lindqvist</p>
<time datetime="2024-05-02T08:00:00Z">2 May 2024</time>
<figure><img id="lead" src="/img/lead.png" alt="The lighthouse at dawn" width="64" height="48">
<figcaption>The lighthouse at dawn. Photo: Jon Aas</figcaption></figure>
{paragraphs}
<figure><img id="responsive" src="/img/wide-320.png" srcset="/img/wide-320.png 320w, /img/wide-640.png 640w"
 sizes="320px" alt="The keepers' cottage"></figure>
<figure><img id="lazy" class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lazy.png"
 alt="The foghorn" width="40" height="30"></figure>
</article></body></html>
"""

STYLE = """@font-face { font-family: "Courier Serif"; src: url("/fonts/courier-serif.ttf") format("truetype"); }
body { background: #fff url("/img/paper.png") repeat; }
h1.headline { font-family: "Courier Serif", serif; color: rgb(12, 34, 56); font-size: 31px; }
"""

LAZY_JS = """document.querySelectorAll("img[data-src]").forEach(function (img) { img.src = img.dataset.src; });
document.documentElement.dataset.lazy = "done";
"""


def a_font() -> Path | None:
    """The smallest TrueType font of the system (Chromium's Debian package brings DejaVu)."""
    fonts = sorted(Path("/usr/share/fonts").rglob("*.ttf"), key=lambda p: p.stat().st_size)
    return fonts[0] if fonts else None


def build_site(root: Path, font: Path) -> str:
    """The article's files under ``root``; returns the article's path."""
    paragraphs = "\n".join(
        f"<p>Paragraph {i}: after eleven years of automatic operation the light on the northern cape "
        "is tended by people again, and the two keepers say the work has changed less than the sea.</p>"
        for i in range(1, 9))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
                     "datePublished": "2024-05-02T08:00:00Z", "author": {"@type": "Person", "name": "Mara Lindqvist"}})
    path = "/news/2024/05/02/lighthouse-keepers-return/"
    files = {
        path + "index.html": ARTICLE.format(headline=HEADLINE, ld=ld, paragraphs=paragraphs).encode(),
        "/static/style.css": STYLE.encode(),
        "/static/lazy.js": LAZY_JS.encode(),
        "/img/lead.png": png(64, 48, (200, 60, 40)),
        "/img/wide-320.png": png(32, 20, (40, 120, 200)),
        "/img/wide-640.png": png(64, 40, (40, 120, 200)),
        "/img/lazy.png": png(40, 30, (90, 160, 60)),
        "/img/paper.png": png(8, 8, (250, 245, 230)),
        "/fonts/courier-serif.ttf": font.read_bytes(),
        "/robots.txt": b"User-agent: *\nAllow: /\n",
    }
    for name, data in files.items():
        target = root / name.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return path


def test_replayed_article_renders_from_the_archive_alone(sync_playwright, tmp_path) -> None:
    try:
        pywb_bindir()
    except PywbUnavailable as exc:
        pytest.skip(f"no pywb virtualenv: {exc}")
    font = a_font()
    if font is None:
        pytest.skip("no TrueType font under /usr/share/fonts for the web font")
    out = tmp_path / "archive"
    with SiteServer(tmp_path / "site", port=free_port()) as site:
        path = build_site(tmp_path / "site", font)
        live = site.base_url + path
        result = run_cli("crawl", live, "-o", str(out), "--depth", "0", *FAST, timeout=300)
        assert result.returncode == 0, result.stderr
    # the live site is stopped: from here on only the archive can answer

    replay = Replay(out, expected=1)
    try:
        assert len(replay.urls) == 1, "newsarchive replay printed no article address"
        assert replay.urls[0].endswith("/" + live)
        seen = look_in_browser(sync_playwright, replay.urls[0], replay.port, tmp_path / "profile")
    finally:
        code, err = replay.stop(signal.SIGTERM)
    assert code == 130, err

    assert seen["outside"] == [], f"requests left the archive: {seen['outside']}"
    assert seen["headline"] == HEADLINE and seen["headline_visible"]
    assert seen["headline_color"] == INK, "the archived stylesheet was not applied"
    assert seen["lazy_script"] == "done", "the archived script did not run"
    failed = [r for r in seen["responses"] if r[1] >= 400]  # pywb redirects to a capture's exact time
    assert not failed, f"pywb could not serve these from the archive: {failed}"
    assert seen["font_loaded"], f"the web font did not load: {seen['fonts']}"
    served = {urlsplit(u).path.split("/http://", 1)[-1].split("/", 1)[-1] for u, s in seen["responses"] if s == 200}
    for needed in ("static/style.css", "static/lazy.js", "img/lead.png", "img/lazy.png",
                   "img/paper.png", "fonts/courier-serif.ttf"):  # the background and the font too
        assert needed in served, f"{needed} was not served from the archive: {sorted(served)}"
    assert {"img/wide-320.png", "img/wide-640.png"} & served, "no srcset candidate served"
    undecoded = [img for img in seen["images"] if not img["width"]]
    assert not undecoded, f"images not decoded from the archive: {undecoded}"
    assert {img["id"] for img in seen["images"]} == {"lead", "responsive", "lazy"}
    lazy = next(img for img in seen["images"] if img["id"] == "lazy")
    assert lazy["src"].endswith("/img/lazy.png"), lazy


def article_frame(page, timeout_error: type[Exception]):
    """The frame pywb replays the archived page in (its address has the ``mp_`` modifier)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for frame in page.frames:
            if "mp_/" in frame.url:
                try:
                    frame.wait_for_load_state("load", timeout=30_000)
                except timeout_error:
                    pass
                return frame
        page.wait_for_timeout(100)
    pytest.fail(f"pywb showed no archived page in its frame: {[f.url for f in page.frames]}")


def look_in_browser(sync_playwright, url: str, port: int, profile: Path) -> dict:
    """Open ``url`` in headless Chromium; what the page shows and every request it made."""
    allowed = ("127.0.0.1", port)
    outside: list[str] = []
    responses: list[tuple[str, int]] = []
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch_persistent_context(
                str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        except PlaywrightError as exc:  # no display libraries, a sandbox refusal, an old browser ...
            pytest.skip(f"Chromium cannot start here: {str(exc).splitlines()[0]}")
        try:
            def route(route) -> None:
                parts = urlsplit(route.request.url)
                if parts.scheme in ("data", "blob") or (parts.hostname, parts.port) == allowed:
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()
            browser.route("**/*", route)
            browser.on("response", lambda r: responses.append((r.url, r.status)))
            page = browser.new_page()
            page.goto(url, wait_until="load", timeout=60_000)  # pywb's frame (its banner) around the page
            frame = article_frame(page, PlaywrightTimeout)
            for condition in ("document.documentElement.dataset.lazy === 'done'",  # what is missing is
                              "[...document.images].every(i => i.complete)",  # asserted below
                              "document.fonts.status === 'loaded'"):
                try:
                    frame.wait_for_function(condition, timeout=15_000)
                except PlaywrightTimeout:
                    pass
            try:
                page.wait_for_load_state("networkidle", timeout=15_000)
            except PlaywrightTimeout:
                pass
            seen = frame.evaluate("""() => {
                const h1 = document.querySelector("h1");
                return {
                    headline: h1 && h1.innerText.trim(),
                    headline_visible: !!h1 && h1.getBoundingClientRect().height > 0,
                    headline_color: h1 && getComputedStyle(h1).color,
                    lazy_script: document.documentElement.dataset.lazy || null,
                    images: [...document.images].map(i => ({id: i.id, src: i.currentSrc || i.src,
                                                             width: i.naturalWidth})),
                    fonts: [...document.fonts].map(f => f.family + ":" + f.status),
                    font_loaded: [...document.fonts].some(f => f.family.includes("Courier Serif")
                                                               && f.status === "loaded"),
                };
            }""")
        finally:
            browser.close()
    seen["outside"] = outside
    seen["responses"] = [(u, s) for u, s in responses if not u.startswith("data:")]
    return seen
