"""List-style articles keep their items and their headings (issue 9).

Round-ups, "things we learned" and weekly-update posts are built from numbered or bulleted
items under subheadings; items and subheadings are often links (to the product, the bug,
the post). A reader expects every item and heading in the body; a list made only of links
(related stories, tags) is still navigation.
"""

from newsarchive.extraction import extract_article

URL = "https://blog.example.net/2025/03/weekly-update-12"
PAGE = ("<html><head><title>Weekly update 12</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/archive'>Archive</a></nav></header>"
        "<main><article><h1>Weekly update 12</h1><div class='entry-content'>{}</div></article></main>"
        "<footer><a href='/about'>About</a></footer></body></html>")
REVIEWS = [
    ("Lantern Deluxe", ("A sturdy camping lantern whose battery lasted three nights in our tests, and whose "
                        "dimmer goes low enough to read by without waking the rest of the tent.")),
    ("Trail Stove Mini", ("The smallest stove we tried boils half a litre in under three minutes, though its "
                          "folding legs wobble on uneven ground and need a flat stone beneath them.")),
    ("Summit Flask", ("Keeps coffee hot from dawn to the afternoon, fits a bike's bottle cage, and its lid "
                      "comes apart for cleaning, which matters more than any of us expected.")),
]


def body_of(content: str) -> str:
    return extract_article(PAGE.format(content).encode("utf-8"), URL)["body"]


def test_linked_item_headings_stay_with_their_reviews() -> None:
    """Each item's heading links to the product; it is the subheading of the paragraph under it."""
    items = "".join(f"<h3><a href='/go/{n}'>{name}</a></h3><p>{review}</p>" for n, (name, review) in enumerate(REVIEWS))
    body = body_of("<p>We took a dozen gadgets on three weekends of camping; these are the ones worth "
                   f"packing, with what each one costs you in weight.</p>{items}")
    for name, review in REVIEWS:
        assert f"{name}\n\n{review}" in body


def test_item_that_is_one_link_stays_in_a_list_of_prose_items() -> None:
    """In a bulleted list of sentences, the item made of a single link is an item like the others,
    and the heading over the list, the first of the post's subheadings, stays."""
    items = ["<a href='/news/year-in-review'>Here is our year in review!</a>",
             ("We have just landed a fix that stops an update from starting while another copy of the "
              "program is running, which was the cause of a confusing error page."),
             ("Thanks to a volunteer, users can now <a href='/bug/1650645'>import their saved logins from "
              "two other password managers</a>"),
             "Printing now accepts page ranges such as 1-3, 6 and 7, a request that is older than most of the team."]
    body = body_of(f"<h3>Highlights</h3><ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"
                   "<h3>Next week</h3><p>That is all for this week; the next update comes out in a fortnight, "
                   "as usual.</p>")
    assert body.startswith("Highlights\n\nHere is our year in review!")
    assert "Thanks to a volunteer, users can now import their saved logins" in body


def test_list_of_links_in_the_text_is_still_not_text() -> None:
    links = "".join(f"<li><a href='/tag/{tag}'>{tag}</a></li>" for tag in ("camping", "stoves", "lanterns", "flasks"))
    body = body_of(f"<p>{REVIEWS[0][1]}</p><p>{REVIEWS[1][1]}</p><ul>{links}</ul><p>{REVIEWS[2][1]}</p>")
    assert "camping" not in body.split("\n\n")
    assert body.endswith(REVIEWS[2][1])


def test_numbered_items_with_subheadings_and_bullets_are_kept() -> None:
    """A numbered list article: each item a subheading, a paragraph and a few short bullets."""
    items = "".join(f"<h2>{n + 1}. {name}</h2><p>{review}</p><ul><li>Weight: {200 + 50 * n} g</li>"
                    f"<li>Price: {20 + 5 * n} euros</li></ul>" for n, (name, review) in enumerate(REVIEWS))
    body = body_of(f"<p>Three things we would pack again, in the order we reached for them on the trail.</p>{items}")
    paragraphs = body.split("\n\n")
    for n, (name, review) in enumerate(REVIEWS):
        assert f"{n + 1}. {name}" in paragraphs
        assert review in paragraphs
        assert f"Price: {20 + 5 * n} euros" in paragraphs
