"""The CDXJ index, pages.jsonl, ``newsarchive pack`` (WACZ) and ``newsarchive replay`` (pywb).

Everything runs for real: the demo site on 127.0.0.1, the CLI as subprocesses, the WACZ
checked by py-wacz's ``wacz validate`` and the replay served by pywb, both from pywb's own
virtualenv (``tests/pywb_env.py``; the tests that need it skip with the reason when it
cannot be made). The live site is stopped before anything is replayed, so whatever pywb
serves comes from the archive.
"""

from __future__ import annotations

import hashlib
import io
import json
import queue
import re
import shutil
import signal
import socket
import struct
import subprocess
import threading
import time
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from cdxj_indexer.main import CDXJIndexer
from helpers import FAST, newsarchive_cmd, read_jsonl, run_cli, warc_records
from pywb_env import PywbUnavailable, clean_env, pywb_bindir, wacz_bin

from newsarchive.demo import demo_urls
from newsarchive.demo.server import SiteRequestHandler, SiteServer, demo_site_root

DEMO_ARTICLES = 7


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo crawled by ``newsarchive demo`` (its site is stopped when the command ends)."""
    out = tmp_path_factory.mktemp("demo") / "archive"
    result = run_cli("demo", "--port", str(free_port()), "-o", str(out), *FAST, timeout=300)
    assert result.returncode == 0, result.stderr
    assert len(read_jsonl(out / "articles.jsonl")) == DEMO_ARTICLES
    return out


@pytest.fixture(scope="module")
def wacz() -> Path:
    try:
        return wacz_bin()
    except PywbUnavailable as exc:
        pytest.skip(f"no py-wacz in pywb's virtualenv: {exc}")


@pytest.fixture(scope="module")
def pywb() -> Path:
    try:
        return pywb_bindir()
    except PywbUnavailable as exc:
        pytest.skip(f"no pywb virtualenv: {exc}")


def reference_index(warc_dir: Path) -> list[str]:
    """cdxj-indexer's own sorted lines for the replayable records of every WARC file."""
    lines = []
    for warc in sorted(warc_dir.glob("*.warc.gz")):
        out = io.StringIO()
        CDXJIndexer(out, [str(warc)], records="response,revisit,resource").process_all()
        lines += out.getvalue().splitlines()
    return sorted(lines)


def validate_wacz(wacz: Path, package: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(wacz), "validate", "-f", str(package)], capture_output=True, text=True, check=False,
                          env=clean_env(), timeout=300)


# -- the folder's indexes -------------------------------------------------------------------
def test_crawl_writes_sorted_cdxj_index_and_pages(demo) -> None:
    index = (demo / "indexes" / "index.cdxj").read_text().splitlines()
    assert index == reference_index(demo / "warc")  # exactly what cdxj-indexer says, sorted
    articles = read_jsonl(demo / "articles.jsonl")
    indexed = {json.loads(line.split(" ", 2)[2])["url"] for line in index}
    assert {a["final_url"] for a in articles} <= indexed
    header, *pages = read_jsonl(demo / "pages" / "pages.jsonl")
    assert header == {"format": "json-pages-1.0", "id": "pages", "title": "archive"}
    assert [(p["url"], p["ts"], p["title"]) for p in pages] == [
        (a["final_url"], a["fetched_at"], a["headline"]) for a in articles]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", p["ts"]) for p in pages)


# -- pack -----------------------------------------------------------------------------------
def test_pack_demo_is_a_valid_wacz_naming_every_article(demo, wacz, tmp_path) -> None:
    package = tmp_path / "demo.wacz"
    result = run_cli("pack", str(demo), "-o", str(package))
    assert result.returncode == 0, result.stderr
    assert f"{DEMO_ARTICLES} page(s)" in result.stderr
    check = validate_wacz(wacz, package)
    assert check.returncode == 0 and "is valid" in check.stdout, check.stdout + check.stderr

    with zipfile.ZipFile(package) as zf:
        names = zf.namelist()
        warcs = sorted(p.name for p in (demo / "warc").glob("*.warc.gz"))
        assert sorted(n for n in names if n.startswith("archive/")) == [f"archive/{w}" for w in warcs]
        assert {"indexes/index.cdxj", "pages/pages.jsonl", "datapackage.json", "datapackage-digest.json"} <= set(names)
        for w in warcs:  # stored, so replay tools can seek by the index's offsets
            assert zf.getinfo(f"archive/{w}").compress_type == zipfile.ZIP_STORED
            assert zf.read(f"archive/{w}") == (demo / "warc" / w).read_bytes()
        package_json = json.loads(zf.read("datapackage.json"))
        assert package_json["wacz_version"] == "1.1.1"
        for res in package_json["resources"]:
            data = zf.read(res["path"])
            assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest() and res["bytes"] == len(data)
        digest = json.loads(zf.read("datapackage-digest.json"))
        assert digest["hash"] == "sha256:" + hashlib.sha256(zf.read("datapackage.json")).hexdigest()
        header, *pages = [json.loads(line) for line in zf.read("pages/pages.jsonl").splitlines()]
        assert zf.read("indexes/index.cdxj").decode().splitlines() == reference_index(demo / "warc")
    assert header["format"] == "json-pages-1.0" and header["id"] == "pages"
    headlines = {a["final_url"]: a["headline"] for a in read_jsonl(demo / "articles.jsonl")}
    assert {p["url"]: p["title"] for p in pages} == headlines and len(pages) == DEMO_ARTICLES


def test_pack_entries_data_starts_where_the_central_directory_says(demo, tmp_path) -> None:
    """ReplayWeb.page finds an entry's data at local header + 30 + name + the central directory's
    extra length: a local header with an extra field of its own (forced ZIP64) made it read every
    deflated entry 20 bytes early, so no package opened there."""
    package = tmp_path / "demo.wacz"
    assert run_cli("pack", str(demo), "-o", str(package)).returncode == 0
    raw = package.read_bytes()
    with zipfile.ZipFile(package) as zf:
        for info in zf.infolist():
            extra_len = struct.unpack_from("<H", raw, info.header_offset + 28)[0]
            start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
            assert extra_len == len(info.extra), (info.filename, extra_len, len(info.extra))
            data = raw[start:start + info.compress_size]
            if info.compress_type == zipfile.ZIP_DEFLATED:
                data = zlib.decompress(data, -15)
            assert data == zf.read(info), info.filename


def test_wacz_validate_catches_a_tampered_package(demo, wacz, tmp_path) -> None:
    """The check above means something: a package whose pages differ from its hashes fails."""
    good, bad = tmp_path / "good.wacz", tmp_path / "bad.wacz"
    assert run_cli("pack", str(demo), "-o", str(good)).returncode == 0
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "pages/pages.jsonl":
                data = data.replace(b"Bakhmut", b"Bachmut")
            dst.writestr(info, data)
    assert validate_wacz(wacz, bad).returncode != 0


def test_pack_leaves_out_a_warc_being_written_and_a_damaged_one(demo, wacz, tmp_path) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(demo, folder, ignore=shutil.ignore_patterns(".lock"))
    whole = next((demo / "warc").glob("*.warc.gz")).read_bytes()
    damaged = folder / "warc" / "newsarchive-29990101000000-00001.warc.gz"
    damaged.write_bytes(whole[: len(whole) // 2] + b"\0" * 100)  # cut in a record, then garbage
    writing = folder / "warc" / "newsarchive-29990101000000-00002.warc.gz"
    writing.write_bytes(whole)
    writing.with_name(writing.name + ".open").touch()
    package = tmp_path / "p.wacz"
    result = run_cli("pack", str(folder), "-o", str(package))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "00002.warc.gz is still being written" in result.stderr
    assert re.search(r"00001.warc.gz is damaged after byte \d+ of \d+: only its \d+ whole record", result.stderr)
    with zipfile.ZipFile(package) as zf:
        assert not any("00002" in n for n in zf.namelist())
        index = zf.read("indexes/index.cdxj").decode().splitlines()
    damaged_lines = [json.loads(line.split(" ", 2)[2]) for line in index if "29990101" in line]
    assert 0 < len(damaged_lines) < len(index) / 2  # its whole records, none reaching into the damage
    assert all(int(f["offset"]) + int(f["length"]) <= len(whole) // 2 for f in damaged_lines)
    assert validate_wacz(wacz, package).returncode == 0


@pytest.mark.parametrize("case", ["not a folder", "no archive", "output is a folder", "no output folder"])
def test_pack_bad_usage_is_one_line_and_exit_2(demo, tmp_path, case) -> None:
    args = {
        "not a folder": [str(tmp_path / "missing")],
        "no archive": [str(tmp_path)],
        "output is a folder": [str(demo), "-o", str(tmp_path)],
        "no output folder": [str(demo), "-o", str(tmp_path / "nowhere" / "x.wacz")],
    }[case]
    result = run_cli("pack", *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "error:" in result.stderr, result.stderr


def test_pack_onto_a_full_disk_exits_1_and_leaves_nothing(demo, tmp_path) -> None:
    from killing import tmpfs

    with tmpfs(tmp_path / "small", "16k") as small:
        old = small / "demo.wacz"
        old.write_bytes(b"an older package")  # replaced only by a whole new one
        result = run_cli("pack", str(demo), "-o", str(old))
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip().endswith("No space left on device") and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert [p.name for p in small.iterdir()] == ["demo.wacz"] and old.read_bytes() == b"an older package"


# -- replay ---------------------------------------------------------------------------------
class Replay:
    """``newsarchive replay DIR --port N`` running; its printed article addresses in ``urls``. ``sigint`` is how the
    process starts handling SIGINT: by default, as from a terminal, whatever the test run's own; ignored, as a
    background job of a non-interactive shell starts."""

    def __init__(self, folder: Path, expected: int, sigint: signal.Handlers = signal.SIG_DFL) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen([*newsarchive_cmd(), "replay", str(folder), "--port", str(self.port)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     preexec_fn=lambda: signal.signal(signal.SIGINT, sigint))
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in self.proc.stdout], daemon=True).start()
        self.urls: list[str] = []
        deadline = time.monotonic() + 120
        while len(self.urls) < expected and time.monotonic() < deadline and self.proc.poll() is None:
            try:
                self.urls.append(lines.get(timeout=1).split("  ", 1)[0])
            except queue.Empty:
                pass

    def stop(self, signum: int) -> tuple[int, str]:
        self.proc.send_signal(signum)
        try:
            _, err = self.proc.communicate(timeout=30)
        except subprocess.TimeoutExpired as exc:  # say what the process was doing, then fail
            pytest.fail(f"replay still running 30 s after signal {signum}: {process_state(self.proc.pid)}; "
                        f"stderr so far: {exc.stderr!r}")
        return self.proc.returncode, err

    def get(self, url: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(url, timeout=30) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()


def process_state(pid: int) -> str:
    """A running process's state, blocked/ignored/caught signals and kernel wait channel (/proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        wchan = Path(f"/proc/{pid}/wchan").read_text()
        threads = len(list(Path(f"/proc/{pid}/task").iterdir()))
    except OSError as exc:
        return f"no /proc entry ({exc})"
    fields = [line for line in status.splitlines() if line.startswith(("State", "SigBlk", "SigIgn", "SigCgt"))]
    return ", ".join(fields) + f", wchan {wchan or '-'}, {threads} thread(s)"


@pytest.fixture
def replaying(request) -> Iterator[type[Replay]]:
    started: list[Replay] = []

    def start(folder: Path, expected: int, sigint: signal.Handlers = signal.SIG_DFL) -> Replay:
        replay = Replay(folder, expected, sigint)
        started.append(replay)
        return replay
    yield start  # type: ignore[misc]
    for replay in started:  # a test that failed half-way: stop it as a user would
        if replay.proc.poll() is None:
            replay.proc.terminate()
            try:
                replay.proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                replay.proc.kill()
                replay.proc.communicate()


def unframed(url: str) -> str:
    """pywb's address of the page itself (``mp_``), not of its frame with the banner."""
    return re.sub(r"/archive/(\d+)/", r"/archive/\1mp_/", url, count=1)


def test_replay_serves_the_demo_articles_css_and_images_from_the_archive(demo, pywb, replaying) -> None:
    articles = read_jsonl(demo / "articles.jsonl")
    replay = replaying(demo, DEMO_ARTICLES)
    assert len(replay.urls) == DEMO_ARTICLES, replay.proc.stderr.read() if replay.proc.poll() is not None else ""
    assert all(u.startswith(f"http://127.0.0.1:{replay.port}/archive/") for u in replay.urls)
    served = {"css": 0, "img": 0}
    for article, url in zip(articles, replay.urls, strict=True):
        assert url.endswith("/" + article["final_url"])
        status, page = replay.get(unframed(url))
        assert status == 200
        html = page.decode("utf-8", "replace")
        assert article["headline"].replace("'", "&#39;") in html or article["headline"] in html
        sheets = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
        images = re.findall(r'<img[^>]+src="([^"]+)"', html)
        served["css"] += len(sheets)
        served["img"] += len(images)
        for asset in sheets + images:  # rewritten by pywb to archive addresses, served from the WARC files
            assert asset.startswith("/archive/"), asset
            status, _ = replay.get(f"http://127.0.0.1:{replay.port}{asset}")
            assert status == 200, f"{asset} of {article['final_url']}: {status}"
    assert served["css"] >= 6 and served["img"] >= 6, served  # each seed has a stylesheet and an image
    code, err = replay.stop(signal.SIGTERM)
    assert code == 130 and "Traceback" not in err, err


@pytest.mark.parametrize("sigint", [signal.SIG_DFL, signal.SIG_IGN], ids=["terminal", "started-ignoring-sigint"])
def test_replay_stops_on_ctrl_c_without_traceback(demo, pywb, replaying, sigint) -> None:
    """Ctrl-C (SIGINT) stops the replay and pywb with it, also when the process started with SIGINT ignored (a
    background job of a non-interactive shell, a supervisor), where Python itself would leave it ignored."""
    replay = replaying(demo, DEMO_ARTICLES, sigint)
    assert len(replay.urls) == DEMO_ARTICLES
    code, err = replay.stop(signal.SIGINT)
    assert code == 130, err
    assert "Traceback" not in err and "stopped" in err
    with socket.socket() as sock:  # pywb went with it
        assert sock.connect_ex(("127.0.0.1", replay.port)) != 0


def test_replay_of_a_folder_being_written_serves_what_is_closed(demo, pywb, replaying, tmp_path) -> None:
    from newsarchive.store.lock import FolderLock

    folder = tmp_path / "copy"
    shutil.copytree(demo, folder, ignore=shutil.ignore_patterns(".lock", "indexes"))
    with FolderLock(folder, job="nightly"):  # a run holds the folder: its index is not touched
        replay = replaying(folder, DEMO_ARTICLES)
        assert len(replay.urls) == DEMO_ARTICLES
        status, page = replay.get(unframed(replay.urls[0]))
        code, err = replay.stop(signal.SIGTERM)
    assert status == 200 and read_jsonl(folder / "articles.jsonl")[0]["headline"] in page.decode().replace("&#39;", "'")
    assert "another newsarchive run is writing" in err and "job nightly" in err
    assert not (folder / "indexes").exists()
    assert code == 130


def test_pywb_goes_with_a_replay_killed_by_sigkill(demo, pywb, replaying) -> None:
    replay = replaying(demo, DEMO_ARTICLES)
    assert len(replay.urls) == DEMO_ARTICLES
    replay.proc.kill()
    replay.proc.communicate()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", replay.port)) != 0:
                break
        time.sleep(0.2)
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", replay.port)) != 0, "pywb outlived newsarchive replay"


def test_replay_bad_usage_is_one_line_and_exit_2(demo, tmp_path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = run_cli("replay", str(demo), "--port", str(busy.getsockname()[1]))
    assert result.returncode == 2 and "in use" in result.stderr
    result = run_cli("replay", str(tmp_path))
    assert result.returncode == 2 and "not an archive folder" in result.stderr
    assert "Traceback" not in result.stderr


# -- a periodic job's second run: 304s and unchanged payloads, indexed, still replay ---------
def ignoring_conditions(handler: SiteRequestHandler) -> None:
    """Serve the file whatever If-None-Match / If-Modified-Since say: an unchanged 200."""
    for name in ("If-None-Match", "If-Modified-Since"):
        del handler.headers[name]
    handler.serve_file(handler.request_path)


def demo_job_run_twice(tmp_path: Path) -> tuple[Path, list[str]]:
    """The demo crawled twice by a periodic job into ``tmp_path/archive``; (that folder, the seeds).

    On the second run ``/news/`` and ``/music/`` answer with unchanged payloads, the rest 304."""
    out = tmp_path / "archive"
    routes = {"/news/": ignoring_conditions, "/music/": ignoring_conditions}  # the others answer 304
    with SiteServer(demo_site_root(), port=free_port(), routes=routes) as site:
        seed_urls = demo_urls(site.base_url)
        (tmp_path / "urls.txt").write_text("\n".join(seed_urls) + "\n")
        jobs = tmp_path / "jobs.toml"
        jobs.write_text(f'''[jobs.demo]
seeds = ["urls.txt"]
every = "1h"
depth = 1
output = "{out}"
revisit = {{ for = "36500d", every = "1s" }}
settings = {{ AUTOTHROTTLE_ENABLED = false, DOWNLOAD_TIMEOUT = 5 }}
''')
        for _ in range(2):
            time.sleep(1.1)  # past the revisit interval
            result = run_cli("run", str(jobs), "--job", "demo", cwd=tmp_path, timeout=300)
            assert result.returncode == 0, result.stderr
    return out, seed_urls


def test_second_job_run_revisits_are_indexed_and_replay_as_the_article(pywb, wacz, replaying, tmp_path) -> None:
    out, seed_urls = demo_job_run_twice(tmp_path)
    articles = read_jsonl(out / "articles.jsonl")
    assert len(articles) == DEMO_ARTICLES  # the second run added no line

    revisits = [(rec.rec_headers.get_header("WARC-Target-URI"), rec.rec_headers.get_header("WARC-Refers-To"))
                for _, _, rec, _ in warc_records(out / "warc") if rec.rec_type == "revisit"]
    revisited = {url for url, _ in revisits}
    seeds = [a["final_url"] for a in articles if a["url"] in seed_urls]
    assert len(seeds) == len(seed_urls)
    assert set(seeds) <= revisited, "the second run re-checked every seed"
    statuses = {rec.http_headers.get_statuscode() if rec.http_headers else "304"
                for _, _, rec, _ in warc_records(out / "warc") if rec.rec_type == "revisit"}
    assert {"304", "200"} <= statuses, statuses  # both kinds of revisit are there

    index = (out / "indexes" / "index.cdxj").read_text().splitlines()
    assert index == reference_index(out / "warc")  # kept current: both runs' files, sorted
    assert len({json.loads(line.split(" ", 2)[2])["filename"] for line in index}) == 2
    revisit_lines = [line for line in index if '"mime": "warc/revisit"' in line]
    assert {json.loads(line.split(" ", 2)[2])["url"] for line in revisit_lines} >= set(seeds)

    replay = replaying(out, DEMO_ARTICLES)
    assert len(replay.urls) == DEMO_ARTICLES
    for article in articles:  # the latest capture of each is the second run's revisit
        latest = f"http://127.0.0.1:{replay.port}/archive/29991231000000mp_/{article['final_url']}"
        status, page = replay.get(latest)
        html = page.decode("utf-8", "replace")
        assert status == 200, (article["final_url"], status)
        assert article["headline"] in html.replace("&#39;", "'"), article["final_url"]
    code, err = replay.stop(signal.SIGTERM)
    assert code == 130, err
    package = tmp_path / "job.wacz"  # both runs packed: still one valid package
    assert run_cli("pack", str(out), "-o", str(package)).returncode == 0
    assert validate_wacz(wacz, package).returncode == 0
