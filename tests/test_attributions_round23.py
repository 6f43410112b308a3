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


def _contributors(after_text: str) -> set[str]:
    html = ("<html><head><title>Floods</title></head><body><article><h1>Floods</h1><div class='article-body'>"
            f"{_FILL}</div><div class='share'>Share this article</div>{after_text}</article></body></html>")
    rec = extract_article(html, "https://tv.example/2026/03/11/floods")
    return {a["name"] for a in rec["attributions"] if a["role"] == "contributor"}


def test_labelled_sources_line_under_the_text_names_agencies() -> None:
    # "<span>Additional sources</span> • EFE" under the text: the label in its own element, the agency after it
    assert "EFE" in _contributors("<div class='c-article-tags'><span>Additional sources</span> &bull; EFE</div>")


def test_sources_label_naming_no_agency_credits_none() -> None:
    assert _contributors("<div class='c-article-tags'><span>Sources</span> &bull; city council minutes</div>") == set()


def test_sources_label_in_a_caption_credits_the_picture_only() -> None:
    """"<span>Source:</span> Reuters" as a caption's credit is the picture's: no contributor to the text."""
    html = ("<html><body><article><h1>Bill</h1><div class='article-body'>" + _FILL + "<figure><img src='/a.jpg'>"
            "<figcaption><span class='label'>Source:</span> Reuters</figcaption></figure>" + _FILL
            + "</div></article></body></html>")
    rec = extract_article(html, "https://digest.example/politics/bill")
    assert {(a["role"], a["name"]) for a in rec["attributions"]} == {("photo", "Reuters")}
