"""A seventy-seventh held-out round of pages imitating publishing systems (issue 9): portals, news apps and
syndication partners printing another outlet's story, each in its own way (the provider's logo and "配信", "来源：",
"Quelle:", "Source :", "Provided by", "Originally published by", a link to the original), with their own furniture
around it (portal navigation, top stories, rankings, comment counts, recommendation widgets, partner cards). Three
declare nothing but a ``<title>``. The held-out pages are scored blind, BEFORE any rule of the round.

As in unseen71 to unseen76, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- portal_orbit_courier: a US web portal's news section running a regional daily's story (Yahoo-News-like): the
  outlet's logo over the ``<h1>``, "MARLOW —", "Related:" lines, "This article originally appeared on The X Courier:
  TITLE" after the text, "Recommended Stories", "Trending Now";
- app_newsloop_station: a local-news app's web page of a TV station's story (NewsBreak-like, Next.js): the station's
  source block, "ASHGROVE, Ore. (KVRN) —", "(Dunmore County Sheriff's Office)" closing a caption, "KVRN 7 News'
  NAME contributed to this report.", "Originally published by KVRN 7 News" in a box after the text, "More from KVRN
  7 News";
- de_magazinportal_heringsquote: a German portal running dpa copy (web.de-like): "Quelle:" and dpa's logo, "NAME, dpa",
  a bold teaser repeating the description over the lead picture, "Lütjenhafen (dpa) -" opening a long first
  paragraph, "Mehr zum Thema", "Meistgelesen";
- ch_seeportal_faehre: a Swiss portal running a partner paper's story (bluewin-like): the paper declared as
  ``<meta name="author">``, "NAME, Thurgauer Rundschau", "Mitarbeit: NAME", "Dieser Artikel erschien zuerst in der
  «X»." under the text's box;
- jp_hoshi_news_bus: a Yahoo!ニュース-like page of a national daily's story: "配信", the text in one ``<p>`` split by
  ``<br>``, "【A、B】" closing it, the provider's "【関連記事】", an expert's comment box linking the expert;
- jp_linc_news_subsc: a LINE-NEWS-like app page of a weekly's story: "取材・文／NAME", "（写真：X）", "※『週刊X』DATE号より",
  "元記事を読む";
- cn_wangyue_jcwb: a NetEase-like portal page of a city evening paper's story: "来源: PAPER", "PAPER讯（记者 A B）",
  "记者 NAME 摄", "图/X", "本文来源：PAPER 作者：A B", "责任编辑：NAME_CODE";
- tw_yoohoo_taitong: a Yahoo奇摩-like page of a wire story: the agency declared as a Person, "（台通社記者NAME南投8日電）",
  "（公路局提供）", "（編輯：NAME）1131008", "延伸閱讀";
- au_bigwire_syndicated (held out): an Australian syndication network's masthead site running a wire story, declaring
  only a ``<title>``: "By A and B, AGENCY", "Additional reporting by NAME", "Source: AGENCY", "More Australia News";
- fr_portailfai_epicerie (held out): a French ISP's portal running a regional paper's story (Orange-actu-like),
  declaring only a ``<title>``: a chapô under the ``<h1>``, "Source : X", "Cet article a été initialement publié sur
  le site de X.";
- jp_hokuryo_kyodo_bunkazai (held out): a regional paper's site running a 共同通信 story, declaring only a ``<title>``:
  the logo in an ``<h1>``, the headline an ``<h2>``, "共同通信" beside the date, "（共同）";
- hk_sinchao_gangdao (held out): a 新浪香港-like portal page of a paper's unsigned story: "來源：PAPER", "（NAME攝）",
  "本新聞由 PAPER 提供", "相關新聞".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``). Five expectations were mended, by conventions already written:
portal_orbit_courier's "This article originally appeared on X: TITLE" is the text's last line (unseen35's convention,
as "Dieser Beitrag erschien zuerst im Magazin „natur“" is); tw_yoohoo_taitong's "（公路局提供）" is credited as printed,
"公路局提供" (unseen44's "北市工務局提供"), twice (its picture's and the attributions'); tw_yoohoo_taitong's "（編輯：NAME）"
and cn_wangyue_jcwb's "责任编辑：NAME" credit no contributor (unseen7's cna, unseen44's convention).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): portal_orbit_courier, app_newsloop_station, de_magazinportal_heringsquote,
  ch_seeportal_faehre, jp_hoshi_news_bus, jp_linc_news_subsc, cn_wangyue_jcwb, tw_yoohoo_taitong;
- held out (scored once, blind, before any rule of the round): au_bigwire_syndicated, fr_portailfai_epicerie,
  jp_hokuryo_kyodo_bunkazai, hk_sinchao_gangdao.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.875 attributions=0.931 images=1.000 (trafilatura
  2.3.1 on the same pages: headline=1.000 authors=0.700 date=0.750 body_start=0.750 body_end=0.750; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round (the expectations mended): headline=1.000 authors=0.625 date=1.000
  body_start=0.875 body_end=1.000 related=0.875 attributions=0.712 images=0.812;
- dev and held out after the rules (see "Seventy-seventh held-out round" in docs/extraction-design.md): 1.000 in
  every field, with the declarations taken out too.

``tests/unseen_score.py unseen77`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import article_page as _page  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen77"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)



def _credits(record: dict, role: str) -> list[str]:
    return [a["name"] for a in record["attributions"] if a["role"] == role]


def test_notes_naming_the_outlet_that_published_the_story_first() -> None:
    """"This article originally appeared on The X Courier: TITLE" (the story's title after a colon) closing the text,
    "<span>Originally published by <strong>X</strong></span>" in a box after it, "Dieser Artikel erschien zuerst in
    der «<a>X</a>»." in a footer's paragraph beside the text's box, "Cet article a été initialement publié sur le site
    de X." name the story's source."""
    note = ("<p><em>This article originally appeared on The Marlow Valley Courier: <a href='https://c.example/1'>Marlow "
            "County OKs $14.2M plan to rebuild flood-wrecked Hollins Creek bridge</a></em></p>")
    assert _credits(_extract(_page(_TEXT + note)), "source") == ["The Marlow Valley Courier"]
    box = ("<div class='origin'><div><img src='/logo.png'><span>Originally published by <strong>KVRN 7 News</strong>"
           "</span></div><a href='https://kvrn.example/1'>Read the original</a></div>")
    assert _credits(_extract(_page(_TEXT, after=box)), "source") == ["KVRN 7 News"]
    footer = ("<div class='story__footer'><p>Dieser Artikel erschien zuerst in der «<a href='https://t.example/1'>"
              "Thurgauer Rundschau</a>».</p></div>")
    assert _credits(_extract(_page(_TEXT, after=footer, lang="de")), "source") == ["Thurgauer Rundschau"]
    french = "<p>Cet article a été initialement publié sur le site de L’Écho du Haut-Val.</p>"
    assert _credits(_extract(_page(_TEXT + french, lang="fr")), "source") == ["L’Écho du Haut-Val"]


def test_a_stations_call_sign_its_reporter_and_a_handouts_credit() -> None:
    """"ASHGROVE, Ore. (KVRN) —" with "Originally published by KVRN 7 News": one source, the station's full name (the
    call sign opens it); "KVRN 7 News' NAME contributed to this report." credits NAME (the station's possessive with a
    figure in its name); "… on Saturday night. (Dunmore County Sheriff's Office)" closing a caption credits the office;
    "(Left)" and "(File)" stay the caption's."""
    from newsarchive.extraction.credits import split_caption

    text = ("<p>ASHGROVE, Ore. (KVRN) — Two hikers who spent a night stranded in waist-deep snow near the summit were "
            "rescued Sunday morning, authorities said.</p>" + _TEXT
            + "<p>KVRN 7 News' Marisol Ventura contributed to this report.</p>")
    box = "<div class='origin'><span>Originally published by <strong>KVRN 7 News</strong></span></div>"
    record = _extract(_page(text, after=box))
    assert _credits(record, "source") == ["KVRN 7 News"]
    assert _credits(record, "contributor") == ["Marisol Ventura"]
    assert split_caption("Volunteers prepare to head up the trail on Saturday night. (Dunmore County Sheriff's Office)") \
        == ("Volunteers prepare to head up the trail on Saturday night.", "(Dunmore County Sheriff's Office)")
    assert split_caption("The mayor speaks to reporters on Monday. (Left)")[1] is None
    assert split_caption("Members of the board meet on Monday. (File)")[1] is None


def test_an_outlets_feed_is_no_teaser_box() -> None:
    """"More from KVRN 7 News" (the provider's other stories) under the article heads no teasers, nor does "More
    Australia News" where an old page's navigation, ``<div id="nav">``, links the section by its slug; a writer's
    "More from NAME", "More Related Stories" and "More Australia News" with no such section still do."""
    def related(label: str, nav: str = "") -> list[str]:
        box = (f"<section><h2>{label}</h2><ul><li><a href='/local/2024/02/17/school-board-delays-vote'>School board "
               "delays vote on four-day week until March</a></li></ul></section>")
        page = (f"<html lang='en'><head><title>Hikers rescued</title></head><body><div id='nav'>{nav}</div><main>"
                "<article><h1>Two hikers rescued from the ridge after a night in the snow</h1><div class='content'>"
                f"{_TEXT}</div></article>{box}</main></body></html>")
        return _teasers(page)

    teaser = ["https://news.example/local/2024/02/17/school-board-delays-vote"]
    assert related("More from KVRN 7 News") == []
    assert related("More Australia News", "<ul><li><a href='/category/australia/'>Australia</a></li></ul>") == []
    assert related("More Australia News") == teaser
    assert related("More from Lena Vasquez") == teaser
    assert related("More Related Stories") == teaser


def test_an_agencys_dateline_after_a_bold_teaser_and_in_a_long_paragraph() -> None:
    """A bold teaser repeating the description, the lead picture, then "Lütjenhafen (dpa) - …" (dpa's hyphen): the
    teaser is a standfirst, the text opens with the dateline; the agency of a dateline opening a paragraph longer than
    a credit line (343 characters) is the story's source; a long paragraph opening with a place and a bracket naming
    no agency ("(Australia) -") names none."""
    description = ("Die Fangmenge für Hering in der westlichen Ostsee bleibt auch in diesem Jahr minimal. Viele "
                   "Familienbetriebe an der Küste wissen nicht, wie es weitergehen soll.")
    first = ("Lütjenhafen (dpa) - Wenn Ole Rieckhoff am Morgen seinen Kutter aus dem Hafen von Lütjenhafen steuert, weiß "
             "er oft schon vorher, dass sich die Fahrt kaum lohnen wird. „Früher haben wir im Frühjahr an guten Tagen "
             "mehrere Tonnen Hering angelandet“, sagt der 58-Jährige, der den Betrieb in vierter Generation führt. "
             "Heute sei er froh über ein paar Kisten.")
    body = (f"<p class='article-body__teaser'><strong>{description}</strong></p><figure><img src='/k.jpg'>"
            f"<figcaption>Ein Fischkutter im Hafen.</figcaption></figure><p>{first}</p>" + _TEXT)
    record = _extract(_page(body, lang="de", meta=f"<meta name='description' content='{description}'>"))
    assert record["body"].startswith("Lütjenhafen (dpa) - Wenn")
    assert _credits(record, "source") == ["dpa"]
    other = first.replace("Lütjenhafen (dpa)", "Lütjenhafen (Australia)")
    assert _credits(_extract(_page(f"<p>{other}</p>" + _TEXT, lang="de")), "source") == []


def test_a_partner_paper_beside_its_writer() -> None:
    """"NAME, Thurgauer Rundschau" (the partner paper after its writer, a word of papers' names closing it) names the
    writer alone; the paper declared as ``<meta name="author">`` and printed so beside the writer is no writer."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("Seraina Caduff, Thurgauer Rundschau")[0] == ["Seraina Caduff"]
    assert split_byline("Jane Roe, Springfield Courier")[0] == ["Jane Roe"]
    assert split_byline("Jane Roe, Emily Post")[0] == ["Jane Roe", "Emily Post"]
    head = "<div class='story__byline'><span class='story__author'>Seraina Caduff, Thurgauer Rundschau</span></div>"
    record = _extract(_page(_TEXT, head=head, lang="de", meta="<meta name='author' content='Thurgauer Rundschau'>"))
    assert record["authors"] == ["Seraina Caduff"]


def test_writers_in_the_texts_own_words_over_a_portals_declarations() -> None:
    """An agency declared as the author that the dateline names as its reporters' ("（台通社記者NAME南投8日電）"): the
    reporter is the author; the text's closing "【A、B】" names its writers over a name printed alone elsewhere (an
    expert's comment box linking the expert's page)."""
    zh = ("（台通社記者林怡君南投8日電）上週颱風豪雨造成南投縣清溪鄉聯外道路投82線多處坍方，中斷近一週後，公路單位今天下午3時搶通"
          "單線雙向通行。")
    text = f"<p>{zh}</p>" + "".join(f"<p>公路局表示，搶通後仍有落石風險，用路人上山前應先查詢即時路況，第{i}段。</p>" for i in range(5))
    meta = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"台通社"}}</script>'
    record = _extract(_page(text, lang="zh-Hant-TW", meta=meta, h1="投82線坍方中斷近一週 今午搶通單線雙向"))
    assert record["authors"] == ["林怡君"]
    ja = ("　南浜市を中心に路線バスを運行する南浜交通は18日、運転手不足を理由に、来年4月のダイヤ改正で平日の運行本数を現行より"
          "約3割減らすと発表した。郊外と市中心部を結ぶ12路線のうち4路線は廃止する。")
    body = f"<p>{ja}<br><br>{ja}<br><br>{ja}【川端涼子、大西航】</p>"
    expert = ("<section><h2>エキスパートの補足・見解</h2><div><img src='/a.jpg'><div><p><a href='https://news.example/expert/"
              "authors/takeuchinaoki'>竹内直樹</a></p><p>地域交通コンサルタント</p></div></div><p>路線の廃止そのものより、"
              "代替手段の使い勝手が地域の暮らしを左右します。</p></section>")
    page = ("<html lang='ja'><head><title>路線バス減便</title></head><body><main><article><h1>路線バス、平日3割減便へ　運転手"
            f"不足で</h1><div class='content'>{body}</div></article>{expert}</main></body></html>")
    assert _extract(page)["authors"] == ["川端涼子", "大西航"]


def test_japanese_and_taiwanese_credits_of_a_republished_story() -> None:
    """"※『週刊ミライ』2025年10月14日号より" names the weekly without its title's brackets; "…邊坡落石。（公路局提供）" after a
    Taiwanese caption's last sentence credits the supplier as printed."""
    from newsarchive.extraction.credits import split_caption

    ja = ("　サブスクの解約をめぐる相談が増えている。国民生活センターによると、2024年度の相談件数は前年度の1.5倍に"
          "のぼった。")
    record = _extract(_page("".join(f"<p>{ja}</p>" for _ in range(4)) + "<p>※『週刊ミライ』2025年10月14日号より</p>",
                            lang="ja", h1="「解約できない」サブスクの罠"))
    assert _credits(record, "source") == ["週刊ミライ"]
    assert split_caption("公路局第五區養護工程分局8日下午搶通坍方路段，工程人員持續清理邊坡落石。（公路局提供）") \
        == ("公路局第五區養護工程分局8日下午搶通坍方路段，工程人員持續清理邊坡落石。", "公路局提供")


def test_a_source_line_naming_an_outlet() -> None:
    """"<div>Source: <a>Meridian Press Service</a></div>" under a syndicated story names the outlet it came from as the
    source (a word of outlets' names in it); "Source: NAME" naming the site itself names nobody, and an agency's
    "Quelle: dpa" stays a contributor."""
    line = "<div class='story-source'>Source: <a href='https://mps.example/'>Meridian Press Service</a></div>"
    assert _credits(_extract(_page(_TEXT, after=line)), "source") == ["Meridian Press Service"]
    own = "<div class='story-source'>Source: <a href='/'>Harbor News</a></div>"
    page = _page(_TEXT, after=own, meta="<meta property='og:site_name' content='Harbor News'>")
    assert _credits(_extract(page), "source") == []
    record = _extract(_page(_TEXT + "<p>Quelle: dpa</p>", lang="de"))
    assert _credits(record, "contributor") == ["dpa"]
