"""Attribution rules of the twenty-third held-out round (``fixtures/unseen23``)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

_FILL = "".join(
    f"<p>Peers began their scrutiny of the {w} bill on Tuesday, and the debate is expected to run for several "
    "weeks as amendments are tabled and discussed in committee.</p>"
    for w in ("first", "second", "third")
)


def _sources(paragraph: str) -> set[str]:
    html = ("<html><head><title>Bill</title></head><body><article><h1>Bill</h1><div class='article-body'>"
            f"{_FILL}{paragraph}{_FILL}</div></article></body></html>")
    rec = extract_article(html, "https://digest.example/politics/bill")
    return {a["name"] for a in rec["attributions"] if a["role"] == "source"}


def test_writer_quoted_in_a_linked_outlet_names_the_source() -> None:
    para = ('<p>The amendments are "not scrutiny, it is sabotage", said Polly Toynbee in '
            '<a href="https://www.paper.example/comment/lords">The Guardian</a>. Others disagree.</p>')
    assert "The Guardian" in _sources(para)


def test_said_in_a_statement_names_no_source() -> None:
    para = ('<p>The bill is "deeply flawed", said Lord Smith in <a href="https://www.paper.example/pr">a statement</a> '
            'on Monday.</p>')
    assert _sources(para) == set()
