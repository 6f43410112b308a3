"""The faster ways of reading a page answer as the plain ways they replaced.

Each speed-up of extraction kept every record the same (``benchmarks/records.py diff`` over the
1,117 benchmark pages); these tests hold the pieces to it where a later edit could part them: a
split expression against the expression it was split from, a walk around a box against the walk
with that box filtered out, a page parsed from its payload against the page parsed from its text,
and the walks' garbage, which reference counting must free without the cyclic collector.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from lxml import etree

from newsarchive.extraction import extract, load_page
from newsarchive.extraction.hints import TAGLINE, StartOrAnywhere
from newsarchive.extraction.page import iter_around
from newsarchive.extraction.structured import structured_data

DEMO_ARTICLE = next((Path(__file__).parents[1] / "newsarchive" / "demo" / "site").rglob("*bakhmut*/index.html"))
FIXTURES = Path(__file__).parent / "fixtures"


def _paragraphs(limit: int = 40) -> list[str]:
    """The paragraphs and list items of the first ``limit`` fixture pages of the imitation sets."""
    pages = sorted(FIXTURES.glob("unseen*/*.html"))[:limit]
    texts = []
    for path in pages:
        for el in load_page(path.read_bytes()).tree.iter("p", "li", "div"):
            text = " ".join(el.text_content().split())
            if text:
                texts.append(text)
    return texts


def test_an_alternation_split_at_the_start_answers_as_one_expression() -> None:
    whole = re.compile(TAGLINE.pattern)
    texts = _paragraphs() + [
        "Follow her on Mastodon.",  # a branch found anywhere
        "Jane Roe is a reporter for the Ledger.",  # a branch anchored at the start
        "As they said, Jane Roe is a reporter for the Ledger.",  # the anchored branch's words, not at the start
        "Contact Tom Reddick at 570-555-0148 or treddick@example.com.",
        # a branch of anchored phrases in a caseless group, at the start and not, and its unanchored phrase
        "Disclaimer: The information in this article is for educational purposes only.",
        "As the site's disclaimer: says, nothing here is advice.",
        "The Ledger is not responsible for the content of external sites.",
        "",
    ]
    assert len(texts) > 500
    answers = [(TAGLINE.search(text) is not None, whole.search(text) is not None) for text in texts]
    assert all(split == plain for split, plain in answers)
    assert sum(plain for _, plain in answers) >= 3  # the texts exercise both kinds of branch
    assert TAGLINE.search("As they said, Jane Roe is a reporter for the Ledger.") is None
    assert TAGLINE.search("Advertiser Disclosure: we may be paid.") is not None
    assert TAGLINE.search("As the site's disclaimer: says, nothing here is advice.") is None


@pytest.mark.parametrize("pattern", [r"(a)|\1", r"(?P<x>a)|(?P=x)", r"(a)|(?(1)b|c)"])
def test_a_split_alternation_refuses_references_across_branches(pattern: str) -> None:
    with pytest.raises(ValueError):
        StartOrAnywhere(pattern)


def test_the_walk_around_a_box_is_the_walk_without_its_inside() -> None:
    tree = load_page(DEMO_ARTICLE.read_bytes()).tree
    elements = list(tree.iter(etree.Element))
    body = tree.find("body")
    deep = max(elements, key=lambda el: sum(1 for _ in el.iterancestors()))
    cases = [(body, deep), (body, deep.getparent()), (body, body), (deep.getparent(), deep), (deep, body),
             (tree, elements[len(elements) // 2]), (body, elements[len(elements) // 3])]
    for root, inner in cases:
        inside = set(inner.iterdescendants()) if inner is root or root in inner.iterancestors() else set()
        expected = [el for el in root.iter(etree.Element) if el not in inside]
        got = list(iter_around(root, inner))
        assert len(got) == len(expected) and all(a is b for a, b in zip(got, expected)), (root.tag, inner.tag)


@pytest.mark.parametrize("wrapped", [
    '<!-- {"@type": "NewsArticle", "headline": "Wrapped"} -->',
    '//<![CDATA[\n{"@type": "NewsArticle", "headline": "Wrapped"}\n//]]>',
    '<![CDATA[{"@type": "NewsArticle", "headline": "Wrapped"}]]>',
    '{"@type": "NewsArticle", "headline": "Wrapped"};',
])
def test_json_ld_inside_comment_or_cdata_marks_is_read(wrapped: str) -> None:
    page = load_page(f'<html><head><script type="application/ld+json">{wrapped}</script></head><body></body></html>')
    assert [obj.get("headline") for obj in structured_data(page).jsonld] == ["Wrapped"]


@pytest.mark.parametrize("payload", [
    "<html><body><p>caf\u00e9 \u2014 ok</p></body></html>".encode(),  # UTF-8, parsed as it came
    b"\xef\xbb\xbf<html><body><p>caf\xc3\xa9</p></body></html>",  # a byte-order mark, which decoding drops
    b"<html><body><p>caf\xe9 \xff</p></body></html>",  # bytes that are no UTF-8 (see below)
    b"<html><body><p>a\x00b</p></body></html>",  # a NUL, taken out before parsing
    b'<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>',
])
def test_a_page_parsed_from_its_payload_reads_as_one_parsed_from_its_text(payload: bytes) -> None:
    from_payload = load_page(payload)
    from_text = load_page(from_payload.html)  # a str: decoded already, parsed from its UTF-8
    assert etree.tostring(from_payload.tree, encoding="unicode") == etree.tostring(from_text.tree, encoding="unicode")
    # the paragraph reads as decoding wrote it (bytes that are no UTF-8 and no declaration: U+FFFD for each with w3lib
    # before 2.6, windows-1252 from 2.6 on, as browsers guess; either way never the raw bytes lxml would guess itself)
    printed = re.search(r"<p>(.*?)</p>", from_payload.html, re.S).group(1).replace("\x00", "")
    assert from_payload.tree.findtext(".//p") == printed
    assert printed in ("caf\ufffd \ufffd", "caf\u00e9 \u00ff") if b"\xff" in payload else True


def test_extracting_a_page_leaves_no_reference_cycles() -> None:
    """Extraction's garbage is freed by reference counting as it goes: a walk written as a closure calling itself
    made a reference cycle of each paragraph read, which only the cyclic collector freed, with all it held
    (6 % of extraction's time went to that collector). Measured in a fresh interpreter: in a test worker's process,
    what the earlier tests left behind (warnings recorded, caches of other modules) may be collected in the same pass,
    and the count was then that of the tests run before, not of the page."""
    probe = textwrap.dedent(f"""
        import gc
        from pathlib import Path
        from newsarchive.extraction import extract, load_page
        payload = Path({str(DEMO_ARTICLE)!r}).read_bytes()
        extract(load_page(payload, "https://news.example/2023/03/07/a80410"))  # one-off loads and caches
        gc.collect()
        gc.disable()
        result = extract(load_page(payload, "https://news.example/2023/03/07/a80410"))
        del result
        print(gc.collect())
    """)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    unreachable = int(done.stdout.split()[-1])
    assert unreachable < 20
