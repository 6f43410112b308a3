"""Rules of the twenty-third held-out round (``fixtures/unseen23``), each on a small page."""

from __future__ import annotations

from newsarchive.extraction import extract_article

_PARAS = "".join(
    f"<p>The council heard from residents about the {w} plan for the downtown district on Tuesday night, and "
    "members said they would return to the question after the budget hearings next month.</p>"
    for w in ("transit", "housing", "parking", "zoning")
)


def _page(before: str = "", after: str = "") -> str:
    return (
        "<html><head><title>Council weighs plan</title></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Council weighs plan</h1><div class='article-body'>"
        f"{before}{_PARAS}{after}</div></article><footer>Footer</footer></body></html>"
    )


def test_update_note_over_the_text_is_no_body() -> None:
    # "This article has been updated." over the text is the editors' note, not its first sentence
    body = extract_article(_page(before="<p><em>This article has been updated.</em></p>"), "https://x.example/a")["body"]
    assert body.startswith("The council heard from residents about the transit plan")
    assert "has been updated" not in body


def test_update_note_as_a_sentence_stays() -> None:
    text = "<p>The schedule was updated last week. This story has been updated in many newsrooms since 2020 by editors who add new facts.</p>"
    body = extract_article(_page(after=text), "https://x.example/a")["body"]
    assert "The schedule was updated last week." in body


def test_reach_the_writer_line_closes_no_text() -> None:
    # Hearst's closing line "Reach NAME: email; Twitter: @handle" is the writer's address, not the last sentence
    contact = ("<p><em>Reach Ana Ruiz: ana.ruiz@paper.example; Twitter: @anaruiz. "
               "Reach Tom Bell: tom.bell@paper.example; Twitter: @tombell</em></p>")
    body = extract_article(_page(after=contact), "https://x.example/a")["body"]
    assert body.rstrip().endswith("after the budget hearings next month.")


def test_reach_as_a_verb_stays() -> None:
    last = "<p>Reach Out Now, a charity, said its volunteers would attend the next meeting of the council in April.</p>"
    body = extract_article(_page(after=last), "https://x.example/a")["body"]
    assert body.rstrip().endswith("the council in April.")


def _related(after_article: str) -> set[str]:
    html = ("<html><head><title>Council weighs plan</title></head><body><main><article><h1>Council weighs plan</h1>"
            f"<div class='article-body'>{_PARAS}</div></article>{after_article}</main></body></html>")
    rec = extract_article(html, "https://x.example/politics/2026/03/council")
    return {link["url"] for link in rec["related_links"] if link["kind"] == "related"}


_CARDS = ("<div class='card'><a href='https://x.example/politics/2026/03/reform-councils'><h3>What Reform did with its "
          "councils this year</h3></a><span>By Ann Lee</span></div><div class='card'><a "
          "href='https://x.example/world/2026/03/tariffs-europe'><h3>Trump's tariffs come for Europe again</h3></a>"
          "<span>By Bo Chan</span></div>")


def test_bare_recommended_after_the_article_is_the_sites_feed() -> None:
    assert _related(f"<section><h2>Recommended</h2>{_CARDS}</section>") == set()


def test_related_label_after_the_article_still_heads_teasers() -> None:
    assert len(_related(f"<section><h2>Related stories</h2>{_CARDS}</section>")) == 2
