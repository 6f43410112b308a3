"""A ninety-first held-out round of pages imitating publishing systems (issue 9): sports news beyond the match report:
a UK broadcaster's transfer story, a US paper's Olympics coverage on Gannett's platform, a German portal's transfer
story on Next.js, a French sports daily's cycling story on Nuxt, a Japanese sports paper's contract story, a Japanese
broadcaster's Olympic story, a mainland portal republishing Xinhua's copy, a Taiwanese paper's baseball story; held out:
an Australian sports site's injury update (React, styled-components), a Swiss regional paper's ski story on an old
system, a Japanese regional paper's sumo story on an old CMS, a Hong Kong outlet's swimming story on Next.js. Three
declare nothing but a ``<title>``. The held-out pages are scored blind, BEFORE any rule of the round.

As in unseen71 to unseen90, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages (two of them listed the folder once, opening nothing),
from memory of each system's markup, with invented text and ``.example`` domains. Things on the pages: "told Sky
Sports News"-style quotes to the site's own channel and to other outlets ("told SEN radio", "told BBC Radio 5 Live",
"told L'Équipe", "au micro de RMC Sport", "sagte NAME dem „Kicker“", "接受《X》采访时表示", "共同通信によりますと"),
odds boxes with a gambling helpline and a ``rel="sponsored"`` link, a "Transfer Centre" promo box, player cards and
player pages, medal tables, standings and injury tables, an embedded post, a streaming service's promo over the
text, "— with AAP" and "(SID)" and "(sda)" agency marks, a Gannett date line ("gnt_ar_dt") against a declared UTC
time, NHK's summary boxes, an old system's picture table with a "写真拡大" row, "（新华社记者NAME摄）".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``); clubs, leagues, federations and the IOC are no
sources. Mended by conventions already written, after the blind and dev scores: "新华社记者 NAME 摄" credits NAME, and
an agency's dateline ("新华社北京3月12日电") names it as source (cn_tiyu_xinhua); an agency alone in brackets closing the
text ("(SID)", "(sda)") is the copy's source, not a contributor (de_fussball_transfer, ch_ski_weltcup; the rule of
``attributions._closing_agencies`` and the earlier sets' "(dpa)"); a bare "Weitere Artikel" heads no teasers
(ch_ski_weltcup; unseen80's convention); a portal's paper before its reporter is a source (tw_sports_udn's "同心報").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_transfer_news, us_olympics_coverage, de_fussball_transfer, fr_cyclisme_tour,
  jp_sports_hochi, jp_olympic_nhk, cn_tiyu_xinhua, tw_sports_udn;
- held out (scored once, blind, before any rule of the round): au_injury_update, ch_ski_weltcup, jp_sumo_chiho,
  hk_sports_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=1.000 date=1.000
  body_start=0.750 body_end=1.000 related=0.750 attributions=0.756 images=0.875 (trafilatura 2.3.1 on the same pages:
  headline=0.750 authors=0.500 date=0.250 body_start=0.500 body_end=0.750; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=1.000 date=0.875
  body_start=0.875 body_end=1.000 related=0.943 attributions=0.719 images=0.875;
- dev and held out after the rules (see "Ninety-first held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failures below.

``tests/unseen_score.py unseen91`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import article_page as _page  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen91"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "first carried by Kicker" (a one-word paper after a passive verb not read as reporting); not tried
    ("uk_transfer_news", "attributions"),
    # (dev: "told NBC", held: "sagte NAME im Ziel gegenüber SRF", broadcasters' acronyms, are read since unseen95)
    # dev: "Sky hatte bereits am Wochenende über … berichtet": a one-word name before the German pluperfect; not tried
    ("de_fussball_transfer", "attributions"),
    # dev: "a confié le coureur de 26 ans à France Télévisions": the speaker between the verb and "à"; not tried
    ("fr_cyclisme_tour", "attributions"),
    # (held: a heading worded unlike the only declared title, in an <h2 class="midashi"> under the logo's <h1>, is read
    # since unseen114: "midashi", 見出し, names a headline)
    # held: "北嶺放送のラジオ番組に電話で出演し": a broadcaster named by the programme it appeared on; not tried
    ("jp_sumo_chiho", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _roles(record: dict) -> list[tuple[str, str]]:
    return [(a["role"], a["name"]) for a in record["attributions"]]


_JA = "".join(f"<p>　大相撲初場所の新番付が発表され、北嶺海が新入幕を果たした。県出身力士の幕内昇進は13年ぶり。第{n}段落。</p>"
              for n in range(1, 6))


def test_outlets_a_player_spoke_to() -> None:
    """"told SEN radio", "told BBC Radio 5 Live", "told L'Équipe", "au micro de RMC Sport", "sagte NAME dem „Kicker“",
    "接受《体坛周报》采访时表示", "在接受中央广播电视总台采访时说", "接受香港電台訪問時表示", "共同通信によりますと",
    "米紙X（電子版）は…と報じていた"."""
    cases = [("Corrigan told SEN radio on Tuesday morning that he was fine.", "en", "SEN"),
             ("Tom Ellery told BBC Radio 5 Live he would welcome anyone.", "en", "BBC Radio 5 Live"),
             ("Yanis Belhadj-Roux told L'Équipe this week that the striker was ready.", "en", "L'Équipe"),
             ("« Rien n'est fini », a-t-il glissé au micro de RMC Sport, avant de rejoindre le bus.", "fr", "RMC Sport"),
             ("„Er übernimmt Verantwortung“, sagte Sportdirektor Carsten Hölzel dem „Kicker“.", "de", "Kicker"),
             ("韩思琪接受《体坛周报》采访时表示，球队仍有提升空间。", "zh", "体坛周报"),
             ("主教练在接受中央广播电视总台采访时说，季后赛才是真正的考验。", "zh", "中央广播电视总台"),
             ("她接受香港電台訪問時表示，目標是巴黎奧運。", "zh-Hant", "香港電台"),
             ("共同通信によりますと、判定への抗議は退けられました。", "ja", "共同通信"),
             ("米紙ニューヨーク・ポスト（電子版）は11月、「5球団が視察した」と報じていた。", "ja", "ニューヨーク・ポスト")]
    for sentence, lang, outlet in cases:
        assert outlet in _sources(sentence, lang), sentence


def test_a_company_according_to_itself_is_no_source() -> None:
    """"NTTによれば": a company, no outlet, after the written form of "according to"."""
    assert _sources("NTTによれば、日本語の読解で海外の主要モデルと同等以上の性能を示した。", "ja") == []


def test_a_streaming_promo_opens_no_text_and_a_closing_with_line_credits_the_agency() -> None:
    """A bold promo over a sports story ("Watch every game … New to X? Start your free trial now"), and "— with AAP" in
    a line of its own after the text's box."""
    promo = ("<p><strong>Watch every game of the season live on Streamo. New to Streamo? <a href='https://streamo.example"
             "/signup'>Start your free trial now &gt;</a></strong></p>")
    html = ("<html><head><title>Injury update</title></head><body><article><h1>Injury update: the list</h1><div "
            f"class='body'><div class='text'>{promo}{_TEXT}</div><p class='credit'>— with AAP</p></div></article>"
            "</body></html>")
    record = _extract(html)
    assert record["body"].startswith("The council voted")
    assert ("contributor", "AAP") in _roles(record)


def test_links_of_odds_boxes_player_pages_and_hubs_are_no_teasers() -> None:
    """An odds box's "More betting coverage" (``rel="sponsored"``), a player's page ("/fussball/spieler/NAME") and a
    hub's page ("/transfer-centre") in boxes after the text give no teasers; the related box beside them does."""
    after = ("<div class='related'><h3>Related</h3><ul><li><a href='/story/sports/2026/02/13/team-usa-wins-relay-gold/"
             "12345'>Team USA wins relay gold</a></li><li><a href='/fussball/spieler/lukas-wendtner'>Lukas Wendtner</a>"
             "</li><li><a href='/transfer-centre'>Transfer Centre</a></li><li><a href='/betting/olympics/' "
             "rel='sponsored'>More Olympics betting coverage</a></li></ul></div>")
    assert _teasers(_page(_TEXT, after=after)) == ["https://news.example/story/sports/2026/02/13/team-usa-wins-relay-"
                                                   "gold/12345"]


def test_a_date_line_named_dt_and_a_picture_tables_caption_over_a_zoom_link() -> None:
    """Gannett's "gnt_ar_dt" ("Published 11:48 p.m. ET Feb. 14, 2026") dates the article against a declared UTC time
    the next day; an old system's picture table (picture, caption, "写真拡大" link rows) gives the caption and credit."""
    head = ("<div class='gnt_ar_by'>Dana Whitlock</div><div class='gnt_ar_dt'>Published 11:48 p.m. ET Feb. 14, 2026"
            "</div>")
    meta = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
            "\"2026-02-15T04:48:01Z\"}</script>")
    page = _page(_TEXT, head=head, meta=meta).replace("<html lang='en'>", "<html lang='en-US'>")
    assert _extract(page)["published"][:10] == "2026-02-14"
    table = ("<div class='kiji_photo'><table><tr><td><a href='/img/05_1_L.jpg'><img src='/img/05_1.jpg' width='300' "
             "alt=''></a></td></tr><tr><td class='kiji_caption'>新番付を手に笑顔を見せる北嶺海＝24日（工藤誠撮影）</td></tr>"
             "<tr><td align='right'><a href='/img/05_1_L.jpg'><img src='/common/icon.gif' width='12' alt=''>写真拡大</a>"
             "</td></tr></table></div>")
    images = _extract(_page(table + _JA, lang="ja", h1="北嶺海が新入幕"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("新番付を手に笑顔を見せる北嶺海＝24日", "工藤誠")]
