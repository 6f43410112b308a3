"""The body holds the whole article (issue 9): layouts where it used to stop short or come
out empty. One small page per kind; each asserts the article's first and last paragraphs.
"""

import pytest

from newsarchive.extraction import extract_article

URL = "https://courier.example/2025/04/ferry-timetable"
PROSE = [
    ("The ferry company will cut its winter timetable to four crossings a day from November, the "
     "harbour authority said on Monday, after a summer in which fuel costs doubled."),
    ("Islanders who commute to the mainland said the change would leave them with no crossing "
     "after six in the evening, and that the last boat was already full most nights."),
    ("The company said it had run the late crossings at a loss for three winters and could no "
     "longer do so without a subsidy, which the regional council has so far refused."),
    ("A public meeting is planned for next Thursday in the village hall, where the company's "
     "director has agreed to answer questions from residents and the harbour board."),
]
NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
FOOTER = "<footer><p><a href='/about'>About us</a></p></footer>"


def paragraphs(items: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in items)


def body_of(article: str) -> str:
    html = (f"<html><head><title>Ferry timetable cut | Courier</title></head><body>{NAV}{article}{FOOTER}"
            "</body></html>")
    return extract_article(html.encode("utf-8"), URL)["body"]


def test_long_data_table_inside_the_article_keeps_the_article_whole() -> None:
    """Hundreds of short cells (names, places, e-mail addresses) are data, not furniture:
    they do not outvote the paragraphs around them."""
    rows = "".join(f"<tr><td>Harbour {n}</td><td>Skipper {n}</td><td>skipper{n}@ferries.example</td></tr>"
                   for n in range(300))
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='story'>{paragraphs(PROSE[:2])}"
                   f"<div class='box'><h3>Who to write to</h3><p>{PROSE[2]}</p></div>"
                   f"<table><tr><th>Harbour</th><th>Skipper</th><th>E-mail</th></tr>{rows}</table>"
                   f"{paragraphs(PROSE[3:])}</div></article>")
    assert body.startswith(PROSE[0])
    assert PROSE[3] in body


def test_article_nested_in_an_unclosed_header_is_found() -> None:
    """Markup that never closes the page's ``<header>`` (or a ``<button>`` in it) puts the
    whole article inside it; the body is still the article, not empty."""
    html = (f"<html><head><title>Ferry timetable cut</title></head><body><header role='banner'>"
            f"<button class='menu-button'><span>Menu</span><main><article><h1>Ferry timetable cut</h1>"
            f"{paragraphs(PROSE)}</article></main></body></html>")
    body = extract_article(html.encode("utf-8"), URL)["body"]
    assert body.startswith(PROSE[0]) and body.endswith(PROSE[-1])


def test_article_shipped_hidden_for_a_script_to_reveal_is_found() -> None:
    """Streamed pages send the article in a ``hidden`` segment a script moves into place."""
    body = body_of(f"<div id='root'><p>Loading…</p></div><div hidden id='S:1'><article><h1>Ferry timetable cut</h1>"
                   f"{paragraphs(PROSE)}</article></div>")
    assert body.startswith(PROSE[0]) and body.endswith(PROSE[-1])


def test_hidden_cookie_dialog_is_still_not_the_body() -> None:
    dialog = ("<div style='display: none' class='consent'><p>We and our partners process data to provide and "
              "improve our services, measure audiences and show personalised advertising on this site.</p></div>")
    body = body_of(f"{dialog}<div hidden id='S:1'><article>{paragraphs(PROSE)}</article></div>")
    assert body.startswith(PROSE[0])
    assert "partners process data" not in body


def test_wrapper_class_saying_comments_are_enabled_is_not_a_comment_section() -> None:
    body = body_of(f"<div id='article' class='story comments-enabled'><h1>Ferry timetable cut</h1>"
                   f"{paragraphs(PROSE)}</div><div class='comments'><p>{PROSE[0]} Great article!</p></div>")
    assert body.split("\n\n") == PROSE


def test_text_split_into_segments_of_a_sidebar_layout_is_found() -> None:
    """A page whose layout names its columns after the sidebar (``sidebar-layout__column``)
    and cuts the article into several such segments, each holding an element named as the
    article's text, between ad slots: the furniture word names the layout, not the box."""
    segments = "<div class='ad-slot'><p>Advertisement</p></div>".join(
        f"<div class='sidebar-layout__column'><div class='story-body'><p>{text}</p></div></div>"
        for text in PROSE)
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='sidebar-layout'>{segments}"
                   "<div class='sidebar-layout__rail'><p><a href='/a'>Most read: a story</a></p></div>"
                   "</div></article>")
    assert body.startswith(PROSE[0]) and body.endswith(PROSE[-1])


#: a sidebar holding more prose than the article: no furniture-named box around the text
#: holds half the page's prose, so the box's name alone decides whether it is the article.
SIDEBAR = ("<div class='region-sidebar'>" + "".join(
    f"<p>From the archive: {text}</p>" for text in PROSE + PROSE) + "</div>")


def test_text_in_a_body_field_of_the_type_text_with_summary_is_found() -> None:
    """Drupal sets the article in its body field, whose type "text-with-summary" says the
    field may carry a summary: it is the text, not a summary box."""
    body = body_of(f"<div class='node node-article'><h1>Ferry timetable cut</h1>"
                   f"<div class='field field-name-body field-type-text-with-summary'><div class='field-items'>"
                   f"{paragraphs(PROSE)}</div></div></div>{SIDEBAR}")
    assert body.startswith(PROSE[0]) and body.endswith(PROSE[-1])


def test_article_node_promoted_to_the_front_page_is_found() -> None:
    """A node "promoted" to the front page (``node--promoted``) is in a publishing state, not a promotion box."""
    body = body_of(f"<article class='node node--type-article node--promoted'><h1>Ferry timetable cut</h1>"
                   f"<div class='node__content'><div class='text-formatted'>{paragraphs(PROSE)}</div></div>"
                   f"</article>{SIDEBAR}")
    assert body.startswith(PROSE[0]) and body.endswith(PROSE[-1])


def test_subscriber_premium_text_is_found() -> None:
    """Text marked for paying readers (``subscriber-premium``) is the article's, like ``subscriber-only``."""
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='asset-content subscriber-premium'>"
                   f"{paragraphs(PROSE)}</div></article>{SIDEBAR}")
    assert body.startswith(PROSE[0]) and body.endswith(PROSE[-1])


def test_embed_placeholders_between_paragraphs_do_not_outvote_the_text() -> None:
    """A consent placeholder set in place of each embed ("External content unavailable" and a
    paragraph about privacy settings), repeated down the text, interrupts the article: it
    does not make the text's container lose to a box of summary bullets above it."""
    placeholder = ("<div class='social-placeholder'><h3>External content unavailable</h3><p>Your privacy "
                   "settings prevent the loading and display of all external content such as graphics, tables "
                   "and social networks. To display it, please change the settings in your privacy centre.</p></div>")
    bullets = ("<div class='bullets'><p>The ferry company is cutting its winter timetable to four crossings a "
               "day, the harbour authority said.</p></div>")
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='entry-content'>{bullets}"
                   + placeholder.join(f"<p>{text}</p>" for text in PROSE) + placeholder + "</div></article>")
    assert PROSE[0] in body and body.endswith(PROSE[-1])
    assert "privacy" not in body


def test_paragraph_set_as_one_link_does_not_outvote_the_text() -> None:
    """Text set one paragraph per box, cut by ad slots, whose first paragraph is a long
    sentence set as one link to the event's page: that sentence is no navigation voting
    against the text's container, which keeps every paragraph after it."""
    linked = (f"<div class='para'><p><a href='https://events.example/winter'>{PROSE[1]} {PROSE[2]}</a></p></div>")
    ad = "<div class='ad-slot'><p>Advertisement</p></div>"
    boxes = ad.join(f"<div class='para'><p>{text}</p></div>" for text in (f"{PROSE[0]} {PROSE[2]}", PROSE[3]))
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='content-root'>{linked}{ad}{boxes}</div></article>")
    assert body.startswith(PROSE[0]) and body.endswith(PROSE[3])


def test_comment_section_named_after_its_page_part_is_not_text() -> None:
    """Comment sections named with a prefix ("page-comments", "pb-comment-wrapper") are reader
    comments like "comments": their notes and posts stay out of the body."""
    for name in ("pb-f-page-comments", "pb-comment-wrapper"):
        comments = (f"<div class='{name}'><p>Badge holders consistently post smart, timely comments about the "
                    "harbour and its ferries.</p><p>Comments our editors find particularly useful or relevant are "
                    "displayed in Top Comments, as are comments by users with these badges.</p></div>")
        body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='story-body'>{paragraphs(PROSE)}"
                       f"{comments}</div></article>")
        assert body.endswith(PROSE[-1]), name


def test_wrapper_class_saying_the_article_has_comments_is_not_a_comment_section() -> None:
    for name in ("post has-comments", "entry no-comments"):
        body = body_of(f"<div class='{name}'><h1>Ferry timetable cut</h1><div class='story-body'>{paragraphs(PROSE)}</div>"
                       f"<div class='sidebar'><p><a href='/a'>Most read</a></p></div></div>")
        assert body.split("\n\n") == PROSE, name


def test_paragraph_opening_with_a_bracketed_word_is_text() -> None:
    """A sentence opening with a bracketed word ("[Update] ...", a chat log's "[harry] ...") is
    text; a publishing system's shortcode that leaked ("[caption id=...]", "[/caption]") is not."""
    update = "[Update] The company said on Wednesday evening that the last crossing would run until March."
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='story-body'>{paragraphs(PROSE)}"
                   f"<p>{update}</p><p>[caption id=\"attachment_12\" align=\"alignnone\" width=\"300\"]</p>"
                   f"<p>[/caption]</p></div></article>")
    assert body.split("\n\n") == PROSE + [update]


def test_text_split_over_widgets_of_one_class_is_found_whole() -> None:
    """A publishing system that sets the text in several "widget" boxes of one class, with a
    teaser widget between two of them and more teasers after the last: the segments are the
    text, and the body reads them all, not only the longest."""
    def teasers(count: int) -> str:
        return "".join(f"<div class='media'><h3><a href='/s{n}'>Another story about the harbour, number {n}</a></h3>"
                       f"<div>Harbour board says more about ferries and fares in story {n}.</div></div>"
                       for n in range(count))
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='widgets'>"
                   f"<div class='widget widget-text'><p>{PROSE[0]}</p></div>"
                   f"<div class='widget widget-related'><div class='related-container'>{teasers(2)}</div></div>"
                   f"<div class='widget widget-text'>{paragraphs(PROSE[1:])}</div>"
                   f"<div class='widget widget-related'><div class='related-container'>{teasers(12)}</div></div>"
                   f"</div></article>")
    assert body.split("\n\n") == PROSE



def test_paywalled_paragraphs_hidden_by_a_script_are_text() -> None:
    """Metered pages ship the rest of the text in paragraphs or a box named "paywall" that a
    script hides (``aria-hidden``, ``hidden``) from readers without a subscription: they are
    the article's text. A box hidden by its style stays out."""
    for hidden in ("aria-hidden='true'", "hidden"):
        rest = "".join(f"<p class='paywall' {hidden}>{text}</p>" for text in PROSE[2:])
        body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='article-body'>{paragraphs(PROSE[:2])}"
                       f"{rest}<div class='paywall' style='display: none'><p>Subscribe now to read the rest of "
                       f"this story and every other story on the site, with no limits.</p></div></div></article>")
        assert body.split("\n\n") == PROSE, hidden
    box = f"<div class='paywall' hidden>{paragraphs(PROSE[1:])}</div>"
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='article-body'><p>{PROSE[0]}</p>{box}</div></article>")
    assert body.split("\n\n") == PROSE


def test_text_hidden_by_an_upper_case_style_stays_out() -> None:
    """CSS values are case-insensitive: ``style="DISPLAY: NONE"`` hides a paragraph as
    ``display: none`` does, for paywall boxes and any other element alike."""
    hidden = ("<p style='DISPLAY: NONE'>An earlier version of this paragraph, kept in the page by the "
              "publishing system, said the ferry company would cut its timetable to two crossings.</p>")
    for where in (hidden, hidden.replace("<p ", "<p class='paywall' ")):
        body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='article-body'>{paragraphs(PROSE[:2])}"
                       f"{where}{paragraphs(PROSE[2:])}</div></article>")
        assert body.split("\n\n") == PROSE, where


def test_modal_consent_centre_does_not_outvote_a_short_article() -> None:
    """A consent centre shipped in the page as a modal (``aria-modal="true"``, whatever its role)
    holds long paragraphs about cookies and privacy rights; it is never the article."""
    policy = "".join(f"<p>When you visit our website, we store cookies on your browser to collect information "
                     f"about you, your preferences or your device, category {n}, which you may refuse at any time, "
                     f"although blocking some types of cookies may impact your experience of the site.</p>"
                     for n in range(8))
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='story'>{paragraphs(PROSE)}</div></article>"
                   f"<div id='consent-sdk'><div class='sdk-container' role='region' aria-modal='true'>"
                   f"<div class='main-content'>{policy}</div></div></div>")
    assert body.split("\n\n") == PROSE


def test_teaser_cards_set_as_articles_stay_out_of_the_body() -> None:
    """A list of other stories set as ``<article>`` cards (headline in the card's
    ``<header>``, a summary paragraph) below the article: the cards' summaries together
    hold more prose than a short article, yet they are not its text."""
    cards = "".join(
        f"<article class='story-card'><header><h2><a href='/s{n}'>Another story about the valley, number {n}"
        f"</a></h2></header><div class='description'><p>Residents of the valley told the council on Monday that "
        f"the proposal number {n} would change the town for a generation, and asked for a public vote on it.</p>"
        f"</div></article>" for n in range(8))
    body = body_of(f"<section><article class='single-story'><h1>Ferry timetable cut</h1><div class='content'>"
                   f"{paragraphs(PROSE)}</div></article><section class='wrapper'>{cards}</section></section>")
    assert body.split("\n\n") == PROSE


def test_line_of_web_addresses_is_not_text() -> None:
    """A theme that prints its image data as text ("https://.../photo.jpg 540 960 admin https://...")
    adds no paragraph; a sentence giving one address is text."""
    junk = ("https://courier.example/wp-content/uploads/2025/04/ferry.jpg 540 960 admin "
            "https://courier.example/wp-content/uploads/2025/01/logo.png")
    one = "The new timetable is on the harbour's site at https://harbour.example/timetables/winter-2025."
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='story-body'>{paragraphs(PROSE)}"
                   f"<p>{one}</p><p>{junk}</p></div></article>")
    assert body.split("\n\n") == PROSE + [one]


def test_live_blog_posts_set_as_articles_inside_the_article_are_text() -> None:
    """A live blog's short posts are ``<article>`` elements inside the article after a long
    introduction: they are its text, not a list of teaser cards."""
    posts = [f"At {n} o'clock the harbour master said that ferry number {n} had left on time with a full "
             f"deck of cars and lorries." for n in range(6)]
    items = "".join(f"<article class='post'><h2>Update {n}</h2><p>{post}</p></article>" for n, post in enumerate(posts))
    body = body_of(f"<article class='live'><h1>Ferry timetable cut</h1><div class='intro'><p>{' '.join(PROSE)}</p>"
                   f"</div>{items}</article>")
    assert all(post in body for post in posts)


def test_short_box_around_a_text_named_element_stays_furniture() -> None:
    """A caption box whose inner element happens to be named like text (``caption`` around
    ``story-text``) holds a sentence or two: it stays furniture, out of the body."""
    caption = ("<div class='photo-caption'><div class='story-text'><p>The harbour at dawn, seen from the ferry "
               "terminal, with the winter boats moored in a row.</p></div></div>")
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='story-body'>{paragraphs(PROSE[:2])}{caption}"
                   f"{paragraphs(PROSE[2:])}</div></article>")
    assert body.split("\n\n") == PROSE


def test_comment_section_named_comment_links_is_not_text() -> None:
    """A comment section named "comment-links" (each reader's post linked to its thread) is
    reader comments, however long the posts."""
    posts = "".join(f"<li><p>Reader {n} wrote: the ferry company has cut the service every winter since "
                    f"I moved here, and every winter it promises that the cut will be the last.</p></li>"
                    for n in range(10))
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='story-body'>{paragraphs(PROSE)}</div></article>"
                   f"<div class='sect sect_commentlinks'><ul class='thread'>{posts}</ul></div>")
    assert body.split("\n\n") == PROSE


def test_text_before_a_linked_heading_is_not_counted_as_link() -> None:
    """Text set as ``text<br><br>text`` in one box that goes on with a linked heading
    (``<a><h3>More coverage</h3></a>``): the paragraphs before the link are the article,
    not part of the link."""
    text = "<br><br>".join(PROSE)
    body = body_of(f"<main><h1>Ferry timetable cut</h1><section class='story-body'><div class='body-text'>{text}"
                   f"<br><br><a href='/ferries'><h3>MORE FERRY COVERAGE</h3></a><br><br>"
                   f"<a href='/help'><b>Help and information</b></a></div></section></main>"
                   "<div class='sidebar'><p>Watch the evening news: at seven every night!</p></div>")
    assert body.split("\n\n") == PROSE


def test_name_that_opens_a_hover_card_stays_in_its_sentence() -> None:
    """A name or term inside a sentence that opens a hover popup (a person's card, a
    glossary definition) is read as the sentence's words; the popup's own text is not."""
    card = ("<span class='rollover-people'><a class='rollover-people-link' href='/people/ann-lee'>Ann Lee</a>"
            "<span class='rollover-people-block'><img src='/ann.jpg' alt=''><a href='/people/ann-lee'>Ann B. Lee</a>"
            "<span>Harbour master since 2009, born in the island's only hospital</span></span></span>")
    term = ("<span class='tooltip'>ro-ro<span class='tooltip-text'>roll-on/roll-off: vehicles drive aboard"
            "</span></span>")
    body = body_of(f"<article><h1>Ferry timetable cut</h1><div class='story'>"
                   f"<p>Harbour master {card} said the company's two {term} vessels would stay in service. "
                   f"{PROSE[0]}</p>{paragraphs(PROSE[1:])}</div></article>")
    assert body.startswith("Harbour master Ann Lee said the company's two ro-ro vessels would stay in service.")
    assert "since 2009" not in body and "Ann B. Lee" not in body and "vehicles drive aboard" not in body
    assert body.endswith(PROSE[-1])


@pytest.mark.parametrize("label", ["Tags:", "Schlagwörter:", "Siehe auch:", "Lue myös:", "Enter your email address:",
                                   "Please follow and like us:", "関連記事：", "Mehr Themen auf COURIER.example:"])
def test_label_whose_links_are_left_out_does_not_close_the_text(label: str) -> None:
    """A label after the text whose list of links (tags, teasers, share buttons, a form) the body leaves out heads
    nothing in it: the text ends with the writer's last paragraph, not with "Tags:"."""
    links = "".join(f"<li><a href='/tag/{word}'>{word}</a></li>" for word in ("ferries", "harbour", "council"))
    body = body_of(f"<article><h1>Ferry timetable cut</h1>{paragraphs(PROSE)}<p>{label}</p><ul>{links}</ul>"
                   "</article>")
    assert body.endswith(PROSE[-1])


def test_sentence_introducing_what_follows_still_closes_the_text() -> None:
    """A sentence of the writer's ending on a colon (an embedded post after it) is text, though what it introduces
    is not: only a label of a few words is dropped."""
    intro = "Residents on the island seemed a bit confused by the company's announcement:"
    body = body_of(f"<article><h1>Ferry timetable cut</h1>{paragraphs(PROSE)}<p>{intro}</p>"
                   "<blockquote class='twitter-tweet'><a href='https://x.example/status/1'>pic</a></blockquote>"
                   "</article>")
    assert body.endswith(intro)
