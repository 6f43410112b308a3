"""One small page or string per kind of layout the eighth held-out round (``fixtures/unseen8``)
revealed; each fails without its rule (see "Eighth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

PARA = ("<p>The Coast Guard rescued four fishermen on Wednesday who had spent nearly ten hours clinging to the "
        "hull of their capsized boat about forty miles off the coast, officials said in a statement.</p>")
PARAS = ("<p>A crew member activated an emergency beacon before the boat rolled over, and watchstanders received "
         "the alert shortly after three in the morning, the district's spokesman said.</p>",
         "<p>An airplane crew located the men around noon and dropped a life raft, but rough seas kept them from "
         "reaching it for several more hours, according to the officials.</p>")
URL = "https://news.example/us/coast-guard-rescue"


def _related(rec: dict) -> list[str]:
    return [link["url"] for link in rec["related_links"] if link["kind"] == "related"]


def test_capital_headline_link_between_paragraphs_is_a_teaser() -> None:
    """A paragraph that is one link in capitals to another story of the site, set between paragraphs
    ("<p><strong><a>FISHING BOAT SINKS ...</a></strong></p>"), is a teaser; a prompt so printed
    ("CLICK HERE TO GET THE APP") is not."""
    html = ("<html><body><article><h1>Coast Guard rescues fishermen</h1><div class='article-body'>" + PARA * 2
            + "<p><strong><a href='/us/fishing-boat-sinks-gulf-maine'>FISHING BOAT SINKS IN GULF OF MAINE, LEAVING 3 "
            "MISSING</a></strong></p>" + PARA + "<p><strong><a href='/apps-products'>CLICK HERE TO GET THE NEWS APP"
            "</a></strong></p>" + PARA + "</div></article></body></html>")
    assert _related(extract_article(html.encode(), URL)) == ["https://news.example/us/fishing-boat-sinks-gulf-maine"]


def test_story_card_between_paragraphs_is_a_teaser() -> None:
    """A card set in the text, its section's link, a picture and a headline linking to one story
    (no label), is a teaser: the headline's link is related."""
    html = ("<html><body><article><h1>Measles outbreak</h1><div id='storytext'>" + PARA * 2
            + "<div class='bucketwrap internallink'><h3 class='slug'><a href='/sections/health/'>Health News</a></h3>"
            "<a href='/2026/02/20/measles-exemptions'><img src='/thumb.jpg' alt=''></a><h3 class='title'>"
            "<a href='/2026/02/20/measles-exemptions'>Measles cases are climbing as exemptions hit a record</a></h3>"
            "</div>" + "".join(PARAS) + "</div></article></body></html>")
    assert _related(extract_article(html.encode(), URL)) == ["https://news.example/2026/02/20/measles-exemptions"]


def test_label_naming_the_site_labels_no_teasers() -> None:
    """"More From Slate" (the site's name, og:site_name) labels the site's other stories, not the
    article's related ones; "Related" beside it still labels teasers."""
    html = ("<html><head><meta property='og:site_name' content='The Daily Example'></head><body><main><article>"
            "<h1>Streaming has become cable</h1><div class='article__content'>" + PARA * 4 + "</div></article>"
            "<section class='recirc'><h2>More From the Daily Example</h2><ul><li><a href='/2026/03/filibuster-vote'>"
            "The filibuster vote that was not to be</a></li></ul></section>"
            "<section class='rel'><h2>Related</h2><ul><li><a href='/2025/09/bundles-explained'>Everything you need to "
            "know about the bundles</a></li></ul></section></main></body></html>")
    assert _related(extract_article(html.encode(), URL)) == ["https://news.example/2025/09/bundles-explained"]


def test_go_deeper_labels_a_teaser() -> None:
    """"Go deeper:" before a headline link in the text labels a teaser line, like "Read more:"."""
    html = ("<html><body><article><h1>Inflation report</h1><div class='story-text'>" + PARA * 2
            + "<p><strong>Go deeper:</strong> <a href='/2026/03/05/fed-patience'>Fed governor says there is no rush "
            "to cut rates</a></p>" + PARA * 2 + "</div></article></body></html>")
    assert _related(extract_article(html.encode(), URL)) == ["https://news.example/2026/03/05/fed-patience"]


def test_with_reporting_by_names_a_contributor() -> None:
    """"— With reporting by NAME" closing the text credits a contributor, like "Reporting by NAME"."""
    html = ("<html><body><article><h1>Mill district</h1><div class='post'>" + PARA * 3
            + "<p><i>— With reporting by Tessa Grant</i></p></div></article></body></html>")
    rec = extract_article(html.encode(), URL)
    assert ("contributor", "Tessa Grant") in [(a["role"], a["name"]) for a in rec["attributions"]]


def test_caption_toggle_and_credit_caption_box() -> None:
    """A box named for credit and caption holding both (``credit-caption``) is no credit; the controls
    that show and hide the caption ("hide caption", "toggle caption") are neither caption nor credit."""
    html = ("<html><body><article><h1>Measles outbreak</h1><div id='storytext'><div class='bucketwrap image'>"
            "<div class='imagewrap'><img src='/clinic.jpg' alt=''></div><div class='credit-caption'>"
            "<div class='caption-wrap'><div class='caption'><p>A nurse prepares a dose of the vaccine.</p></div></div>"
            "<span class='credit'>Charlie Riedel/AP<b class='hide-caption'><b>hide caption</b></b></span></div>"
            "<span class='toggle-caption'><b>toggle caption</b></span><span class='credit'>Charlie Riedel/AP</span>"
            "</div>" + PARA * 3 + "</div></article></body></html>")
    image = extract_article(html.encode(), URL)["images"][0]
    assert (image["caption"], image["credit"]) == ("A nurse prepares a dose of the vaccine.", "Charlie Riedel/AP")
