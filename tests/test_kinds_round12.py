"""One small page or string per kind of layout the twelfth held-out round (``fixtures/unseen12``)
revealed; each fails without its rule (see "Twelfth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

EN_PARA = ("<p>Minibus taxis were back on the roads on Wednesday morning after a two-day strike left thousands "
           "of commuters stranded at ranks across the city and its northern suburbs.</p>")


def _related(rec: dict) -> list[str]:
    return [link["url"] for link in rec["related_links"] if link["kind"] == "related"]


def test_comment_gate_closing_the_text() -> None:
    """"Are you a NAME subscriber? Log in to comment on this article.": the comment section's gate is
    no sentence of the text."""
    html = ("<html><body><article><h1>Taxi strike ends</h1><div class='article__body'>" + EN_PARA * 4
            + "<p class='article__disclaimer'>Are you a News24 subscriber? Log in to comment on this article.</p>"
            "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/taxi-strike-ends")
    assert rec["body"].endswith("northern suburbs.")
