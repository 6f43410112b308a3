"""The body holds the whole article (issue 9): layouts where it used to stop short or come
out empty. One small page per kind; each asserts the article's first and last paragraphs.
"""

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
