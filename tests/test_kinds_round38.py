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


def _related(canonical: str) -> set[str]:
    cards = "".join(f"<div class='card'><a href='https://app.loop.example/story/regional/77{i}-story'>"
                    f"<img src='/t{i}.jpg'><h4>Ferry service to resume early in spring number {i}</h4></a>"
                    f"<span>By Owen Patel</span></div>" for i in range(3))
    html = (f"<html><head><title>Rentals</title><link rel='canonical' href='{canonical}'></head><body><main>"
            f"<h1>Lake town votes to ban short-term rentals</h1><div class='story-body'>{_FILL}</div>"
            f"<section><h2>More from North Shore Herald</h2>{cards}</section></main></body></html>")
    rec = extract_article(html, "https://app.loop.example/story/regional/7731902-rentals")
    return {link["url"] for link in rec["related_links"] if link["kind"] == "related"}


def test_more_from_the_outlet_a_copy_is_canonical_on_lists_no_teasers() -> None:
    assert _related("https://www.northshoreherald.example/news/local/rentals/") == set()


def test_writer_and_paper_in_brackets_closing_a_japanese_text() -> None:
    from newsarchive.extraction.authors import reporters_in_text

    text = ("名古屋市は十一日、名古屋城天守閣の木造復元事業について、完成時期がさらに数年遅れる見通しを明らかにした。\n"
            "市は来年度中に新たな工程表を示すとしている。（山内健太／中日新聞）")
    assert reporters_in_text(text) == ["山内健太"]
    assert reporters_in_text(text.replace("（山内健太／中日新聞）", "（共同）")) == []


def test_a_picture_agency_named_photo_is_no_label() -> None:
    from newsarchive.extraction.credits import clean_credit

    assert clean_credit("Photo News") == "Photo News"
    assert clean_credit("Photo: Reuters") == "Reuters"
