"""Rules of the thirty-eighth held-out round (``fixtures/unseen38``): regional papers republishing agency copy."""

from __future__ import annotations

from newsarchive.extraction import extract_article

_FILL = "".join(
    f"<p>County engineers said the {w} round of repairs would take most of the year, as crews move from one closed "
    "bridge to the next and detours keep school buses off the shortest routes.</p>"
    for w in ("first", "second", "third")
)


def _attributions(byline: str, first: str, after: str = "") -> set[tuple[str, str]]:
    html = ("<html><head><title>Bridges</title></head><body><article><h1>Bridges strain budgets</h1>"
            f"<div class='meta'><span class='byline'>{byline}</span></div><div class='article-body'>"
            f"<p>{first} When the creek rose over the bridge last spring, the engineer knew it would not last.</p>"
            f"{_FILL}{after}</div></article></body></html>")
    rec = extract_article(html, "https://courier.example/news/state/bridges")
    return {(a["role"], a["name"]) for a in rec["attributions"]}


def test_byline_agency_and_its_dateline_short_name_are_one_source() -> None:
    got = _attributions("By MARTHA BELLWOOD Associated Press", "HARLAN (AP) —")
    assert ("source", "Associated Press") in got
    assert ("source", "AP") not in got and ("contributor", "Associated Press") not in got


def test_agencies_in_brackets_closing_the_text_are_contributors() -> None:
    got = _attributions("", "BERLIN.", "<p>Tickets can be cancelled free of charge this week. (dpa/AFP/epd)</p>")
    assert {("contributor", "dpa"), ("contributor", "AFP"), ("contributor", "epd")} <= got


def test_one_agency_in_brackets_closing_the_text_is_the_source() -> None:
    got = _attributions("", "BERLIN.", "<p>Tickets can be cancelled free of charge this week. (dpa)</p>")
    assert ("source", "dpa") in got


def test_writers_initials_in_brackets_closing_the_text_name_no_agency() -> None:
    got = _attributions("", "BERLIN.", "<p>Tickets can be cancelled free of charge this week. (mk/jr)</p>")
    assert not {a for a in got if a[0] in ("source", "contributor")}
