"""Extraction never raises: random bytes, random markup, real pages cut anywhere."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsarchive.extraction import (
    ARTICLE_FIELDS,
    could_be_article,
    extract,
    extract_article,
    load_page,
)

FIXTURES = sorted(p for p in (Path(__file__).parent / "fixtures").rglob("*.htm*") if p.is_file())
PAGES = [p.read_bytes() for p in FIXTURES]
TAGS = ["html", "head", "body", "article", "main", "div", "p", "h1", "figure", "figcaption", "img", "a",
        "time", "span", "script", "style", "meta", "ul", "li", "blockquote", "table", "td", "noscript"]
ATTRS = ['class="article-body"', 'itemprop="articleBody"', 'class="credit"', 'datetime="2023-03-07"',
         'property="og:title" content="x"', 'href="/a"', 'src="/i.jpg" srcset="/i.jpg 100w, /j.jpg 9999w"',
         'type="application/ld+json"', 'class="byline"', 'rel="author"', 'charset="windows-1251"']

markup = st.recursive(
    st.text(max_size=40),
    lambda children: st.builds(
        lambda tag, attr, inner, close: f"<{tag} {attr}>{''.join(inner)}" + (f"</{tag}>" if close else ""),
        st.sampled_from(TAGS), st.sampled_from(["", *ATTRS]), st.lists(children, max_size=4), st.booleans()),
    max_leaves=30,
)

COMMON = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(result_fields: dict) -> None:
    assert set(ARTICLE_FIELDS) <= set(result_fields)
    assert isinstance(result_fields["body"], str)
    assert all(isinstance(a, str) for a in result_fields["authors"])
    assert all({"url", "caption", "credit", "alt"} <= set(i) for i in result_fields["images"])


@COMMON
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    result = extract(load_page(data, "http://127.0.0.1/x"))
    assert result.error is None
    check(result.fields)


@COMMON
@given(markup)
def test_random_markup(html: str) -> None:
    result = extract(load_page(html, "http://127.0.0.1/2023/03/07/x"))
    assert result.error is None
    check(result.fields)


@COMMON
@given(st.sampled_from(range(len(PAGES))), st.floats(min_value=0, max_value=1))
def test_real_pages_cut_anywhere(index: int, where: float) -> None:
    page = PAGES[index]
    cut = page[: int(len(page) * where)]
    result = extract(load_page(cut, "https://example.org/news/story"))
    assert result.error is None
    check(result.fields)


def test_deep_nesting_does_not_break_extraction() -> None:
    html = "<div>" * 20000 + "<p>" + "word " * 2000 + "</p>"
    result = extract(load_page(html))
    assert result.error is None
    check(result.fields)


def test_time_limit_gives_empty_fields_not_a_hang() -> None:
    html = "<article>" + "<p>A sentence of an endless article, with words.</p>" * 30000 + "</article>"
    result = extract(load_page(html, "https://example.org/a"), seconds=0.001)
    assert "longer than 0.001 s" in result.error
    assert result.fields["body"] == "" and result.fields["headline"] is None
    check(result.fields)


def test_extract_article_is_a_pure_function_of_url_and_html() -> None:
    page = PAGES[0]
    assert extract_article(page, "https://example.org/a") == extract_article(page, "https://example.org/a")


@COMMON
@given(st.sampled_from(range(len(PAGES))), st.floats(min_value=0, max_value=1))
def test_the_cheap_article_check_never_rejects_an_article(index: int, where: float) -> None:
    """The crawl skips extraction where could_be_article is False: it must never be False for
    a page that extraction would call an article (whole pages and cut ones)."""
    page_bytes = PAGES[index][: max(200, int(len(PAGES[index]) * where))]
    page = load_page(page_bytes, "https://example.org/2023/03/07/story")
    if not could_be_article(page):
        assert not extract(load_page(page_bytes, "https://example.org/2023/03/07/story")).is_article


def test_the_cheap_article_check_skips_stubs_and_keeps_articles() -> None:
    stub = load_page("<html><body><h1>CNN: statement 4</h1><p>A short note of twenty words.</p></body></html>")
    assert not could_be_article(stub)
    assert all(could_be_article(load_page(page)) for page in PAGES if extract(load_page(page)).is_article)


def test_a_rule_failing_on_a_page_keeps_its_text_and_says_why(monkeypatch) -> None:
    """A bug in the body's rules (injected here: the block walk raises) costs the record the text's boundaries, not
    its text nor its other fields; the reason is the extraction's error, which the crawl and ``extract`` log."""
    from newsarchive.extraction import body

    def broken(*args, **kwargs):
        raise RuntimeError("a rule met a page it was not written for")

    monkeypatch.setattr(body, "cut_blocks", broken)
    html = ("<html><head><title>Council votes</title></head><body><h1>Council votes to rebuild the bridge</h1>"
            "<p>The council voted on Tuesday to rebuild the old bridge.</p><p>Work starts in May.</p></body></html>")
    result = extract(load_page(html, "https://example.org/news/bridge"))
    assert result.error == ("body: RuntimeError: a rule met a page it was not written for "
                            "(the text is the page's paragraphs as printed)")
    assert result.fields["body"] == "The council voted on Tuesday to rebuild the old bridge.\n\nWork starts in May."
    assert result.fields["headline"] == "Council votes to rebuild the bridge"
    check(result.fields)
