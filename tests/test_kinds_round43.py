"""Rules of the forty-third held-out round (``fixtures/unseen43``): article formats that break the usual news page
(fact-checks, columns, live pages, newsletters, listicles, corrections, commentaries), declaring little."""

from __future__ import annotations

from newsarchive.extraction import extract_article

_PARAS = "".join(
    f"<p>The county's {w} budget hearing ran past midnight on Tuesday, after residents lined up to speak against the "
    "proposal to close two library branches and cut the hours of a third one.</p>"
    for w in ("first", "second", "third")
)


def _body(inner: str, head: str = "") -> str:
    html = (f"<html><head><title>Budget</title>{head}</head><body><article><h1>County budget hearing runs late</h1>"
            f"<div class='story-text'>{inner}</div></article></body></html>")
    return extract_article(html, "https://ledger.example/news/2026/03/11/budget-hearing")["body"]


def test_correction_note_over_the_text_opens_no_text() -> None:
    body = _body("<p><em>Correction: An earlier version of this story misstated the number of branches. It is two, "
                 f"not three.</em></p>{_PARAS}")
    assert body.startswith("The county's first budget hearing")


def test_views_expressed_disclaimer_closes_no_text() -> None:
    body = _body(f"{_PARAS}<p><i>The views expressed are the author's own.</i></p>")
    assert body.endswith("cut the hours of a third one.")
    body = _body(f"{_PARAS}<p>The opinions expressed in this commentary are solely those of the writer.</p>")
    assert body.endswith("cut the hours of a third one.")


def test_outlet_earning_a_commission_through_links_closes_no_text() -> None:
    body = _body(f"{_PARAS}<p><em>Prices were correct at the time of publication. Roam may earn a commission on "
                 "bookings made through links in this article.</em></p>")
    assert body.endswith("cut the hours of a third one.")


def test_german_caption_box_named_so_is_no_text() -> None:
    html = ("<html><head><title>Kommentar</title></head><body><div class='article'><h1>Die Gemeinden machen es sich "
            "zu leicht</h1><div class='article__bild'><img src='https://ok.example/b.jpg' alt=''>"
            "<div class='bildunterschrift'><span class='bu-text'>Viele Hausbesitzer haben in diesen Tagen neue "
            "Grundsteuerbescheide im Briefkasten.</span> <span class='bu-copyright'>Foto: Bernd Weißbrod/dpa</span>"
            "</div></div><div class='article__text'>"
            + "".join(f"<p>Die Reform der Grundsteuer sollte {w} aufkommensneutral sein, und die Gemeinden sollten "
                      "unterm Strich nicht mehr einnehmen als vorher, so war es versprochen worden.</p>"
                      for w in ("ganz", "wirklich", "vollständig"))
            + "</div></div></body></html>")
    body = extract_article(html, "https://ok.example/meinung/kommentar-art-1188420")["body"]
    assert body.startswith("Die Reform der Grundsteuer sollte ganz")


_NEWSLETTER = (
    "<html><head><title>The crane is back</title></head><body><table><tr><td><h1>The crane is back</h1></td></tr>"
    "<tr><td>" + "".join(f"<p>Council members left the {w} session without a deal on the budget, and the sticking point "
                         "is still the police overtime line, which the mayor wants to raise.</p>"
                         for w in ("first", "second", "third"))
    + "<p>If you have a neighborhood animal we should know about, just reply to this email.</p>"
    "<p>See you tomorrow.</p><p>— Priya Nandakumar</p></td></tr>"
    "<tr><td><p><b>Enjoying The Dispatch?</b> <a href='/fw'>Forward this email</a> to a friend. Was this forwarded to "
    "you? <a href='/subscribe'>Sign up here</a>.</p><p>The Dispatch is written by Priya Nandakumar and edited by Colin "
    "Marsh. Got a tip? Reply to this email.</p></td></tr>"
    "<tr><td><p>You're receiving this email because you signed up at dispatch.example.</p></td></tr></table>"
    "</body></html>"
)


def test_dash_sign_off_closing_the_text_names_the_writer() -> None:
    rec = extract_article(_NEWSLETTER, "https://dispatch.example/t/r-e-kjhdly-l/")
    assert rec["authors"] == ["Priya Nandakumar"]


def test_newsletter_footer_closes_no_text() -> None:
    body = extract_article(_NEWSLETTER, "https://dispatch.example/t/r-e-kjhdly-l/")["body"]
    assert "reply to this email." in body[-60:]
    assert "Forward this email" not in body and "receiving this email" not in body


def test_bullets_in_paragraphs_above_the_text_box_open_no_text() -> None:
    html = ("<html><head><title>Fact-check</title></head><body><main><h1>A new law makes it a felony to mail cash</h1>"
            "<div class='callout'><div class='callout__title'>If Your Time is short</div><ul>"
            "<li><p>The Postal Service Reform and Rates Act of 2026 changes how stamp prices are set. It does not "
            "mention cash at all.</p></li><li><p>Mailing cash has never been illegal; the Postal Service only advises "
            "against it and will not insure it.</p></li></ul></div>"
            "<article class='textblock'>"
            + "".join(f"<p>Grandparents who tuck a $20 bill into a {w} birthday card have nothing to fear from Congress, "
                      "despite what a wave of social media posts says about the new postal law.</p>"
                      for w in ("first", "second", "third", "fourth", "fifth", "sixth"))
            + "</article><section class='sources'><h3>Our Sources</h3><p>Facebook post, March 2, 2026</p></section>"
            "</main><aside><h4>Latest Fact-checks</h4><ul><li><a href='/factchecks/2026/mar/08/a/'>No, this is not a "
            "real ballot</a></li><li><a href='/factchecks/2026/mar/07/b/'>Gas prices are down 40 cents</a></li></ul>"
            "</aside></body></html>")
    body = extract_article(html, "https://www.truthmeter.example/factchecks/2026/mar/09/postal-law/")["body"]
    assert body.startswith("Grandparents who tuck a $20 bill into a first")


def test_methodology_note_closing_a_data_story_is_no_text() -> None:
    body = _body(f"{_PARAS}<div class='methodology-box'><h3>Methodology</h3><p>We compared the rent index for each "
                 "region between January 2021 and January 2026 with the median gross weekly pay of full-time "
                 "employees for the same period.</p></div>")
    assert body.endswith("cut the hours of a third one.")


def test_contact_line_with_a_phone_number_first_closes_no_text() -> None:
    body = _body(f"{_PARAS}<p><i>Contact Tom Reddick at 570-555-0148 or treddick@valleysentinel.example.</i></p>")
    assert body.endswith("cut the hours of a third one.")


def test_hosted_by_names_a_podcast_episodes_writer() -> None:
    html = ("<html><head><title>The town that lost its factory</title></head><body><main><div class='episode'>"
            "<h1>The town that lost its factory, 10 years later</h1><div class='episode-meta'>March 9, 2026 · 31 min"
            "</div><div class='episode-host'>Hosted by <a href='/people/jordan-park'>Jordan Park</a></div>"
            "<div class='episode-description'>"
            + "".join(f"<p>When the Ashford paper mill closed in March 2016, it took 900 jobs with it in a town of "
                      f"11,000 people, and economists predicted the {w} exodus.</p>" for w in ("first", "second", "third"))
            + "</div></div></main></body></html>")
    rec = extract_article(html, "https://www.lakeshorepr.example/podcasts/mse/2026/03/09/ashford-mill")
    assert rec["authors"] == ["Jordan Park"]
