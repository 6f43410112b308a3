"""Body extraction on layouts the rules were not tuned on: synthetic pages, one per kind.

Each page asserts where the body starts (its opening words) and where it ends (its last
paragraph), the two places extraction goes wrong on unfamiliar layouts.
"""

from newsarchive.extraction.body import extract_body
from newsarchive.extraction.page import load_page

PROSE = [
    "The water board voted on Tuesday to rebuild the old pumping station, ending a dispute that had "
    "divided the valley for most of a decade and cost two chairmen their seats.",
    "Engineers told the meeting that the station's pumps, installed in 1962, fail several times a "
    "winter, and that each failure leaves the lower town without pressure for a day or more.",
    "Residents who had opposed the plan said they still feared the cost, which the board puts at "
    "eleven million, would fall on households through higher charges over the next twenty years.",
    "The chairwoman said grants would cover part of the bill, and that the board would publish the "
    "tender documents in the spring so that anyone could check the figures for themselves.",
    "Work is due to start in the autumn and to last two years, during which a temporary station on "
    "the river bank will keep the water running, the engineers said after the vote was taken.",
]
NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"
FOOTER = "<footer><p>About us</p><p><a href='/contact'>Contact</a></p></footer>"


def body_of(html: str) -> str:
    return extract_body(load_page(html.encode("utf-8"), "https://paper.example/2025/01/pumps")).text


def paragraphs(items: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in items)


def assert_whole(text: str, first: str, last: str) -> None:
    assert text.startswith(first[:60]), text[:200]
    assert text.endswith(last), text[-200:]


def test_lede_in_its_own_box_before_the_text():
    """The opening paragraph sits in an intro box next to the named text container."""
    html = f"""<html><body>{NAV}<main><article>
      <h1>Board votes to rebuild pumping station</h1>
      <div class="intro"><p><strong>{PROSE[0]}</strong></p></div>
      <div class="article-body">{paragraphs(PROSE[1:])}</div>
      <div class="share-tools"><a href="/s">Share</a></div>
    </article></main>{FOOTER}</body></html>"""
    assert_whole(body_of(html), PROSE[0], PROSE[-1])


def test_standfirst_like_first_paragraph_before_share_buttons():
    """A first paragraph set large in a lead box, share buttons between it and the text."""
    html = f"""<html><body>{NAV}<section class="story">
      <h1>Board votes to rebuild pumping station</h1>
      <div class="story-lead"><p class="lead">{PROSE[0]}</p></div>
      <div class="social-share"><a href="/fb">Facebook</a> <a href="/x">X</a></div>
      <div class="story-content">{paragraphs(PROSE[1:])}</div>
    </section>{FOOTER}</body></html>"""
    assert_whole(body_of(html), PROSE[0], PROSE[-1])


def test_long_text_whose_section_ids_hold_furniture_words():
    """Sections with ids made from their headings ("sharing-...", "social-...") are text."""
    long_section = paragraphs(PROSE * 2)
    html = f"""<html><body>{NAV}<div class="document">
      <h1>Operating the valley's water</h1>
      <div class="section" id="overview">{paragraphs(PROSE[:2])}</div>
      <div class="section" id="sharing-the-load-with-a-second-station">
        <h2>Sharing the load with a second station</h2>{long_section}</div>
      <div class="section" id="social-costs-of-the-outage">
        <h2>Social costs of the outage</h2>{long_section}<p>The last paragraph of the guide ends here.</p></div>
    </div>{FOOTER}</body></html>"""
    text = body_of(html)
    assert_whole(text, PROSE[0], "The last paragraph of the guide ends here.")
    assert "Sharing the load with a second station" in text


def test_long_text_continued_behind_a_read_more_button():
    """The part of the text a "Read more" button reveals is text, not a teaser box."""
    html = f"""<html><body>{NAV}<div class="story-body">
      {paragraphs(PROSE[:2])}
      <div id="read-more"><a href="#" id="read-more-link">Read more</a>
        <div id="read-more-content">{paragraphs(PROSE[2:] + PROSE)}</div></div>
    </div>
    <div class="related"><h3>Related</h3><ul><li><a href="/a">Another story about water prices</a></li></ul></div>
    {FOOTER}</body></html>"""
    assert_whole(body_of(html), PROSE[0], PROSE[-1])


def test_blog_post_whose_title_links_to_itself():
    """A post titled by a link to its permalink, then one long paragraph: not a teaser card."""
    post = " ".join(PROSE)
    html = f"""<html><body><div id="wrap"><div class="post">
      <h3><a href="https://paper.example/post/123/pumping-station-rebuilt">Pumping station to be rebuilt, finally</a></h3>
      <p>{post}</p>
    </div><div class="notes"><a href="/post/123#notes">12 notes</a></div></div></body></html>"""
    assert_whole(body_of(html), PROSE[0], PROSE[-1])


def test_teaser_cards_still_lose_to_a_short_article():
    """Short summaries under headline links remain teasers, however many there are."""
    cards = "".join(
        f"<li><a href='/story/{n}'>Another headline about the valley number {n}</a>"
        f"<p>A short summary of that other story, told in a sentence or so.</p></li>" for n in range(8))
    html = f"""<html><body>{NAV}<div class="story">{paragraphs(PROSE[:3])}</div>
      <div class="list"><ul>{cards}</ul></div>{FOOTER}</body></html>"""
    text = body_of(html)
    assert_whole(text, PROSE[0], PROSE[2])
    assert "A short summary" not in text


def test_gallery_embedded_in_the_text_is_no_text():
    """A photo gallery embedded in the text ("inline-gallery-embedded") prints its title, blurb, caption handle and
    a countdown between slides: none of it is the article's, though "embed" names it (an embedded post is text)."""
    gallery = ("<div class='inline-content inline-gallery-embedded'><div class='gallery-embed_1417'>"
               "<div class='promo-top'><span>At least 17 dead after the attack on the pumping station</span></div>"
               "<div class='details'><div class='details-handle'>Caption</div>"
               "<div class='blurb'>Police sealed off the pumping station for most of the day, and divers searched "
               "the reservoir until the evening.</div></div>"
               "<div class='interstitial'>Wait 1 second to continue.</div></div></div>")
    page = f"<html><body>{NAV}<article><h1>Board votes to rebuild pumps</h1><div class='article-body'>" \
           f"{gallery}{paragraphs(PROSE)}</div></article>{FOOTER}</body></html>"
    text = body_of(page)
    assert_whole(text, PROSE[0], PROSE[-1])
    assert "Wait 1 second" not in text and "Caption" not in text

    # an embedded post in the same place stays: its words are quoted in the text
    post = ("<div class='social-embed'><blockquote class='embed-post'><p>The station failed again tonight, third time "
            "this winter, and the lower town has no water until morning at the earliest.</p></blockquote></div>")
    text = body_of(page.replace(gallery, f"<p>{PROSE[0]}</p>{post}"))
    assert "third time this winter" in text


def test_headline_printed_again_in_parts_over_the_text():
    """A post that prints its title again at the top of its text, split in a heading and a subtitle heading, starts
    at its first paragraph; a heading over the text that is no part of the headline still opens it."""
    def page(headings: str) -> str:
        return f"<html><body>{NAV}<article><h1>The Pumping Station Plan: What the Board Decided</h1>" \
               f"<div class='post-body'>{headings}{paragraphs(PROSE[:3])}<h2>What comes next</h2>" \
               f"{paragraphs(PROSE[3:])}</div></article>{FOOTER}</body></html>"

    text = body_of(page("<h2>Pumping Station Plan:</h2><h4>What the Board Decided</h4>"))
    assert_whole(text, PROSE[0], PROSE[-1])
    text = body_of(page("<h2>Board Decided to Rebuild the Station.</h2>"))
    assert text.startswith("Board Decided to Rebuild the Station."), text[:100]
