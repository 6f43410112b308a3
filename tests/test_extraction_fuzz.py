"""Property test: extraction survives mangled real pages.

Pages of the shared benchmarks (a fixed sample of body/, meta/ and real/) and the project's
own fixture pages, mutated by hypothesis: truncated anywhere, re-encoded to another charset
or sprinkled with invalid bytes, attributes shuffled within and across elements, wrapped in
thousands of divs, control characters and lone surrogates put into text and JSON-LD. For
every one, ``extract(load_page(...), LIMIT)`` returns the full field set without raising,
within its time limit, and ``record_line`` of the record it gives writes valid JSON.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import time
from pathlib import Path

import pytest
from helpers import REPO, SHARED, validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsarchive.extraction import ARTICLE_FIELDS, extract, load_page
from newsarchive.extraction.limits import ExtractionTimeout
from newsarchive.extraction.page import declared_url
from newsarchive.items import SCHEMA_VERSION
from newsarchive.records import record_line

LIMIT = 10.0  # seconds per page, as `newsarchive extract` gives by default
#: examples per test: the whole module stays well under a minute on one core
#: (NEWSARCHIVE_FUZZ_EXAMPLES=500 for a longer hunt)
EXAMPLES = int(os.environ.get("NEWSARCHIVE_FUZZ_EXAMPLES", "25"))
BENCH = SHARED / "bench"
FIXTURES = REPO / "tests" / "fixtures"
PER_BENCHMARK = 10


def _every_nth(paths: list[Path], count: int) -> list[Path]:
    """``count`` paths spread evenly over the sorted list: the same sample every run."""
    paths = sorted(paths)
    step = max(1, len(paths) // count)
    return paths[::step][:count]


def _bench_pages() -> list[tuple[str, bytes]]:
    files = _every_nth(list((BENCH / "body" / "data" / "html").glob("*.html.gz")), PER_BENCHMARK)
    for name in ("meta", "real"):
        files += _every_nth(list((BENCH / name / "data").rglob("*.html.gz")), PER_BENCHMARK)
    return [(f"{f.parent.name}/{f.name}", gzip.decompress(f.read_bytes())) for f in files]


def _fixture_pages() -> list[tuple[str, bytes]]:
    return [(str(f.relative_to(FIXTURES)), f.read_bytes()) for f in sorted(FIXTURES.rglob("*.htm*"))]


BENCH_PAGES = _bench_pages() if (BENCH / "real" / "data").is_dir() else []
FIXTURE_PAGES = _fixture_pages()
URLS = st.sampled_from([None, "https://news.example.org/2024/05/06/story.html"])

# -- mutations: each takes the page's bytes and a seeded Random, gives bytes or str ----------

CHARSETS = ("latin-1", "cp1252", "koi8-r", "shift_jis", "gb18030", "utf-16", "utf-16-be", "iso-8859-7", "ascii")
NASTY = [chr(c) for c in (*range(0x20), 0x7F, 0x85, 0xAD, 0x200B, 0x202E, 0xFEFF, 0xFFFE, 0xFFFF,
                          0xD800, 0xDBFF, 0xDC00, 0xDFFF)]
JSON_LD = re.compile(r"(<script[^>]*application/ld\+json[^>]*>)(.*?)(</script>)", re.IGNORECASE | re.DOTALL)
TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*?)?(/?)>")
ATTR = re.compile(r"""\s+([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def truncate(raw: bytes, rnd: random.Random) -> bytes:
    return raw[: rnd.randrange(len(raw) + 1)]


def reencode(raw: bytes, rnd: random.Random) -> bytes:
    """Another charset than the page declares (or the one it declares, rewritten)."""
    text = load_page(raw).html
    if rnd.random() < 0.5:  # say so in the page, half of the time
        text = re.sub(r"charset\s*=\s*[\"']?[\w-]+", f"charset={rnd.choice(CHARSETS)}", text, flags=re.IGNORECASE)
    return text.encode(rnd.choice(CHARSETS), rnd.choice(("replace", "xmlcharrefreplace", "ignore")))


def invalid_bytes(raw: bytes, rnd: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rnd.randint(1, 200)):
        bad = rnd.choice((b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xe2\x82", b"\x00", b"\xf8\x88\x80\x80\x80", b"\x80"))
        data[rnd.randrange(len(data) + 1):0] = bad
    return bytes(data)


def shuffle_attributes(raw: bytes, rnd: random.Random) -> str:
    """Attribute order shuffled in every tag; some attributes moved to another tag."""
    text = _text(raw)
    pool: list[str] = []

    def tag(m: re.Match) -> str:
        attrs = [a.group(0).strip() for a in ATTR.finditer(m.group(2) or "")]
        rnd.shuffle(attrs)
        if attrs and rnd.random() < 0.3:
            pool.append(attrs.pop())
        if pool and rnd.random() < 0.3:
            attrs.append(pool.pop(rnd.randrange(len(pool))))
        return f"<{m.group(1)}{''.join(' ' + a for a in attrs)}{m.group(3)}>"

    return TAG.sub(tag, text)


def deepen(raw: bytes, rnd: random.Random) -> str:
    """The body (or a random stretch of the page) wrapped in thousands of divs."""
    text = _text(raw)
    depth = rnd.randint(500, 6000)
    start = re.search(r"<body[^>]*>", text, re.IGNORECASE)
    at = start.end() if start and rnd.random() < 0.7 else rnd.randrange(len(text) + 1)
    end = text.lower().rfind("</body>")
    close = end if end >= at else len(text)
    opener = rnd.choice(("<div>", '<div class="content">', "<section><div>", "<span>", "<table><tr><td>"))
    return text[:at] + opener * depth + text[at:close] + "</div>" * rnd.randint(0, depth) + text[close:]


def nasty_text(raw: bytes, rnd: random.Random) -> str:
    """Control characters and lone surrogates between the words of the page, markup included."""
    text = _text(raw)
    pieces = []
    last = 0
    for at in sorted(rnd.randrange(len(text) + 1) for _ in range(rnd.randint(1, 300))):
        pieces += [text[last:at], "".join(rnd.choices(NASTY, k=rnd.randint(1, 4)))]
        last = at
    return "".join(pieces) + text[last:]


def nasty_json_ld(raw: bytes, rnd: random.Random) -> str:
    """JSON-LD with control characters, lone surrogates (raw and \\u-escaped) in its strings."""
    text = _text(raw)
    escapes = ["\\ud800", "\\udfff", "\\u0000", "\\u001b", "\\ufffe", "\\\\", '\\"', *NASTY]

    def spoil(block: str) -> str:
        out = []
        for part in re.split(r'(")', block):  # sprinkle inside and around the strings
            out.append(part)
            if rnd.random() < 0.3:
                out.append("".join(rnd.choices(escapes, k=rnd.randint(1, 3))))
        return "".join(out)

    found = JSON_LD.search(text)
    if not found:
        name = "".join(rnd.choices(escapes + ["Ann Lee", " "], k=6))
        block = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"H' + name + '",'
                 '"author":[{"@type":"Person","name":"' + name + '"}],"datePublished":"2024-05-0' + name + '",'
                 '"image":{"url":"/i' + name + '.jpg"},"articleBody":"' + name + '"}')
        at = text.lower().find("</head>")
        at = max(at, 0)
        return text[:at] + '<script type="application/ld+json">' + spoil(block) + "</script>" + text[at:]
    return JSON_LD.sub(lambda m: m.group(1) + spoil(m.group(2)) + m.group(3), text)


MUTATIONS = {f.__name__: f for f in (truncate, reencode, invalid_bytes, shuffle_attributes, deepen,
                                     nasty_text, nasty_json_ld)}


def check(name: str, page: bytes | str, url: str | None) -> None:
    started = time.monotonic()
    loaded = load_page(page, url)
    result = extract(loaded, LIMIT)
    seconds = time.monotonic() - started
    address = declared_url(loaded.tree)  # what `newsarchive extract` resolves a --url-less file against
    assert address is None or address.startswith(("http://", "https://")), (name, address)
    assert seconds < LIMIT + 2, f"{name}: {seconds:.1f} s"
    assert list(result.fields) == list(ARTICLE_FIELDS), name
    assert result.error is None or result.error.startswith(ExtractionTimeout.__name__), (name, result.error)
    record = {"schema_version": SCHEMA_VERSION, "url": url, "source": name, "final_url": url,
              "fetched_at": None, "status": None, "warc": None, **result.fields}
    line = record_line(record)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    validate([json.loads(line.decode("utf-8"))])


def _fuzz(pages: list[tuple[str, bytes]], mutation: str):
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(page=st.sampled_from(pages), seed=st.integers(0, 2**32 - 1), url=URLS)
    def run(page: tuple[str, bytes], seed: int, url: str | None) -> None:
        name, raw = page
        check(f"{name} ({mutation}, seed {seed})", MUTATIONS[mutation](raw, random.Random(seed)), url)
    return run


@pytest.mark.parametrize("mutation", MUTATIONS)
def test_fixture_pages_survive(mutation: str) -> None:
    _fuzz(FIXTURE_PAGES, mutation)()


@pytest.mark.skipif(not BENCH_PAGES, reason="../shared/bench (body, meta, real) missing: no benchmark pages")
@pytest.mark.parametrize("mutation", MUTATIONS)
def test_benchmark_pages_survive(mutation: str) -> None:
    _fuzz(BENCH_PAGES, mutation)()


def test_the_sample_is_fixed_and_spans_every_benchmark() -> None:
    if not BENCH_PAGES:
        pytest.skip("../shared/bench missing")
    assert len(BENCH_PAGES) == 3 * PER_BENCHMARK
    assert _bench_pages()[0][0] == BENCH_PAGES[0][0]


def test_a_lone_surrogate_does_not_cut_the_page() -> None:
    """lxml silently drops everything after a lone surrogate in a str payload."""
    raw = (FIXTURES / "body" / "bbc.html").read_text("utf-8")
    whole = extract(load_page(raw), LIMIT).fields
    half = len(raw) // 2
    spoiled = extract(load_page(raw[:half] + "\ud800" + raw[half:]), LIMIT).fields
    assert spoiled["headline"] == whole["headline"]
    assert len(spoiled["body"]) >= len(whole["body"]) - 5
    record_line({"source": "bbc.html", **spoiled})


def test_a_tag_name_with_control_characters_costs_no_field() -> None:
    """The fuzz test's "nasty text" (seed 0 of the BBC-style page, 1,500 examples) put control characters inside a
    tag's name ("<div\\x14…>"); lxml keeps such a name, and refused it back as a filter (``iterchildren(tag)`` in
    the signature search, one paragraph alone in each box): ValueError, and every field of the page was lost."""
    paragraphs = "".join(f"<div\x14x><p>{text}</p></div\x14x>" for text in (
        "<b>More than two hundred rare bee orchids have been found growing along a railway line closed in 1964.</b>",
        "The flowers were first reported by a dog walker in June, and volunteers have since counted them.",
        "Ecologist Dr Hugh Marsh said the chalky soil of the old track bed was exactly what these plants love."))
    html = (f"<html lang='en'><head><title>Rare orchids found</title></head><body><article>"
            f"<h1>Rare orchids found on disused railway line</h1>{paragraphs}</article></body></html>")
    result = extract(load_page(html.encode()), LIMIT)  # bytes: a str payload's control characters go before parsing
    assert result.error is None
    assert result.fields["headline"] == "Rare orchids found on disused railway line"
    assert "bee orchids" in result.fields["body"]


def test_a_control_character_in_a_writers_card_tag_costs_no_field() -> None:
    """The fuzz test's "nasty text" (seed 5951 of unseen170's two-writer page, its sample grown with unseen193 to 195)
    put a control character in the tag of a writer's card in the byline's row; the cards after it were looked up by
    that tag (``iter(tag)``): ValueError, and every field of the page was lost. The same input, kept here."""
    raw = (FIXTURES / "unseen170" / "uk_clocks_news.html").read_bytes()
    result = extract(load_page(nasty_text(raw, random.Random(5951))), LIMIT)
    assert result.error is None
    assert result.fields["body"]


def test_a_link_no_url_parser_reads_costs_no_field() -> None:
    """A link whose address holds an open bracket ("http://[x/", which Python's URL parser refuses: "Invalid IPv6
    URL") in the byline or among the related teasers: every extractor that read the link's parts raised, and the page
    lost every field. Such a link is no link (a browser follows none): the byline's name and the text stay, and the
    teasers whose addresses read stay teasers."""
    text = "".join(f"<p>The council approved the budget after months of debate on Tuesday night, {n}.</p>"
                   for n in range(6))

    def read(content: str, after: str = "") -> dict:
        html = ("<html lang='en'><head><title>Budget</title></head><body><article><h1>Council approves budget</h1>"
                f"<div class='content'>{content}</div>{after}</article></body></html>")
        result = extract(load_page(html, "https://news.example/2026/03/12/budget"), LIMIT)
        assert result.error is None
        assert "The council approved the budget" in result.fields["body"]
        return result.fields
    assert read("<p>By <a href='http://[x/'>Ann Lee</a></p>" + text)["authors"] == ["Ann Lee"]
    teasers = "".join(f"<li><a href='{href}'>Council approves new budget for schools and roads, part {n}</a></li>"
                      for n, href in enumerate(("http://[x/1", "https://news.example/2026/03/11/schools-budget",
                                                "http://[x/2")))
    fields = read(text, after=f"<h2>Related</h2><ul>{teasers}</ul>")
    assert [link["url"] for link in fields["related_links"] if link["kind"] == "related"] \
        == ["https://news.example/2026/03/11/schools-budget"]
