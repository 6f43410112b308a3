"""A two-hundred-and-sixth held-out round of pages imitating publishing systems (issue 9): marathons and road races: a
UK national paper's city marathon story, a US local television station's road race story, a German regional paper's
marathon story, a French sports daily's marathon story, a Japanese national daily's marathon story, a Japanese running
web magazine's race feature, a mainland sports portal's marathon story, a Taiwanese paper's marathon story; held out:
an Irish paper's marathon story, a Swiss German paper's city run story, a Japanese regional paper's road race story, a
Hong Kong paper's marathon story.

As in unseen71 to unseen205, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_marathon_news, us_marathon_news, de_marathon_news, fr_marathon_news,
  ja_marathon_news, ja_marathon_web, cn_malasong_news, tw_malasong_news;
- held out (scored once, blind, before any rule of the round): ie_marathon_news, ch_lauf_news, ja_marathon_chiho,
  hk_malasong_news.

Until the held-out score is taken, no test runs on the held-out pages.

Expectation mended after the blind score, by the README's convention ("one source where a dateline gives the station's
call sign"): us_marathon_news's own dateline "(KCRV) —" names KCRV a source (its writer had listed none; unseen144's
us_recall_news and unseen154's us_fire_news mended with it).

``tests/unseen_score.py unseen206`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test, teaser_urls  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import paragraphs as _paragraphs  # noqa: E402

SET = "unseen206"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_reader_appeal_with_a_row_of_buttons_closes_no_text() -> None:
    """A dev page's appeal box after the text's ("… Tens of millions have placed their trust in …", "If you can, please
    consider supporting us.", then "<p><a href='…/contribute?…'>Support the X</a> <span>Remind me in May</span></p>"):
    its button stands in a row of buttons, so the box is an appeal, no part of the text."""
    text = ("<p>The Kelbridge marathon will finish on Castle Green for the first time in its 38-year history next "
            "month, after organisers confirmed a redrawn route that avoids the tram works that have closed much of the "
            "city centre since last autumn.</p><p>Kelbridge city council said roads along the route would close from "
            "6am on race day, with the Abbey Rise and Castle Green area shut until 7pm. Extra trains will run from "
            "Ashby Vale and Harrowgate Junction, and the park-and-ride at Thornley will open at 5.30am.</p><p>Traders "
            "on Wharf Street, several of whom have said the tram works cost them a third of their takings over the "
            "winter, have asked the council to put up signs directing spectators back into the city centre after the "
            "race.</p><p>Carrow said: “We know the works have been hard on the city centre. If we can bring 41,000 "
            "runners and 200,000 spectators through the docks and up to the castle, that’s a day the whole city can "
            "enjoy.”</p>")
    appeal = ("<div class='epic'><p>… in a year that will shape the country for a generation. Tens of millions have "
              "placed their trust in the Albion Herald’s fearless journalism since we started publishing 200 years "
              "ago, turning to us in moments of crisis, uncertainty, solidarity and hope.</p><p>Unlike many others, we "
              "have "
              "no billionaire owner and no shareholders. <mark>That means we can report on what matters, without fear "
              "or favour.</mark> And we keep our reporting open for everyone to read, wherever they are and whatever "
              "they can afford.</p><p>If you can, please consider supporting us. It takes less than a minute, and you "
              "can cancel at any time.</p><p><a href='https://support.news.example/contribute?INTCMP=epic'>Support the "
              "Albion Herald</a> <span>Remind me in May</span></p></div>")
    html = ("<html lang='en'><head></head><body><main><article><div class='standfirst'><p>Organisers redraw route to "
            "avoid tram works, while a former nurse who learned to walk again after a stroke is among those on the "
            f"start line</p></div><div class='body'><div id='maincontent'>{text}</div></div>{appeal}</article></main>"
            "</body></html>")
    assert _extract(html)["body"].endswith("that’s a day the whole city can enjoy.”")


def test_calls_to_follow_and_a_gallery_link_of_the_round() -> None:
    """From the pages: "Sign up for push alerts and have the best news … delivered directly to your phone", "Join The X
    on WhatsApp and stay up to date" and "Listen to our podcast NAME for interviews with …" close no text; a Japanese
    paper's link to its pictures in the figure, "写真・図版 [もっと見る 4枚]", is no credit (the caption's "…、NAME撮影"
    is)."""
    sentence = "Tierney said he would be back next year, whatever his wife says about it"
    promos = ("<p><i><a href='/alerts/'>Sign up for push alerts</a> and have the best news, analysis and comment "
              "delivered directly to your phone</i></p><p><i><a href='/whatsapp/'>Join The Liffey Chronicle on WhatsApp"
              "</a> and stay up to date</i></p><p><i><a href='/podcasts/the-long-run/'>Listen to our podcast The Long "
              "Run</a> for interviews with Ireland’s runners, coaches and race organisers</i></p>")
    body = _extract(article_page(_paragraphs(sentence, 5) + promos, title="Marathon", h1="Marathon"))["body"]
    assert body.endswith(f"{sentence}, 4.")
    text = _paragraphs("第14回青葉シティマラソンが8日、青葉市で開かれ、フルマラソンには過去最多となる3万2148人が出走した", 5)
    figure = ("<figure><img src='https://img.news.example/1.jpg' width='1200' height='800'><figcaption>号砲とともに一斉に"
              "スタートするランナーたち＝2026年3月8日午前9時、青葉市青葉区、佐藤健太撮影</figcaption><p class='more'><a "
              "href='https://news.example/articles/photo/1.html'>写真・図版 [もっと見る 4枚]</a></p></figure>")
    record = _extract(article_page(figure + text, lang="ja", title="マラソン", h1="青葉シティマラソン、過去最多"))
    assert [image["credit"] for image in record["images"]] == ["佐藤健太"]


def test_picks_sharing_only_the_towns_name_are_the_sites_picks() -> None:
    """A dev page's "推薦閱讀" box of four cards after the article, one sharing the town's name with the headline
    ("嵐港巨蛋", a concert) and the others nothing: fewer than half on the story's topic, the site's picks; four
    cards of which three share its words are teasers."""
    text = _paragraphs("嵐港濱海馬拉松今天清晨在高溫中開跑，2萬2千名跑者參賽，醫療站處置逾1200人次", 6)

    def page(*titles: str) -> str:
        cards = "".join(f"<div class='news'><h2><a href='https://news.example/news/story/66{n}/91830{n}'>{title}</a>"
                        "</h2></div>" for n, title in enumerate(titles))
        box = f"<section class='story-list'><h3>推薦閱讀</h3>{cards}</section>"
        return ("<html lang='zh-Hant-TW'><head><meta charset='utf-8'><title>馬拉松</title></head><body><main><article>"
                f"<h1>嵐港濱海馬拉松高溫開跑 醫療站處置逾1200人次</h1><div class='story'>{text}</div></article>{box}"
                "</main></body></html>")
    assert teaser_urls(page("夏月電價審議會下月召開 住宅用電可望凍漲", "天團巡演加場 嵐港巨蛋兩場門票10分鐘完售",
                            "港區老夜市改造完工 百攤進駐週末試營運", "地方選戰提前開打 三黨議員參選人陸續登記")) == []
    assert len(teaser_urls(page("嵐港馬拉松熱衰竭送醫 男跑者仍留院觀察", "嵐港濱海馬拉松報名額滿 中籤率僅四成",
                                "醫療站志工談高溫賽事 處置人次創新高", "地方選戰提前開打 三黨議員參選人陸續登記"))) == 4
