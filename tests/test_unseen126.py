"""A hundred-and-twenty-sixth held-out round of pages imitating publishing systems (issue 9): hobbies, crafts and
collecting: a UK local paper's model railway story, a US collectors' site's auction story, a German regional paper's
stamp or coin fair, a French regional daily's collectors' fair, a Japanese web medium's hobby feature, a Japanese
national daily's collector story, a mainland portal's collecting story, a Taiwanese site's crafts story; held out: an
Australian local site's craft story, a Swiss site's collector story, a Japanese regional paper's exhibition story, a
Macau outlet's hobby story.

As in unseen71 to unseen125, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- uk_hobby_news: a model railway show on a UK local paper's pages ("(Image: Supplied)", "As X reported", an "If you
  go" box, a trust statement and a bio after the text);
- us_collector_blog: a comics estate's auction on a collectors' magazine's WordPress pages ("X may earn a commission on
  purchases made through links on this page." and an "Update, March 10:" note over the text, "Photo courtesy of the
  NAME family" closing a caption, "Staff writer NAME contributed reporting.");
- de_hobby_news: a coin and stamp fair on a German regional paper's hashed-class pages ("wie das Fachmagazin „X“
  berichtete", a price table, an "Info" box after the text);
- fr_loisirs_news: a collectors' fair on a French regional daily's pages (the chapô in an ``<h2 itemprop=description>``
  after the lead picture, "Photo DR", "Photo DDM, NAME", a "Pratique" box);
- ja_shumi_web: a board game café on a web medium's Next.js pages (a quoted phrase opening the printed headline, an
  ideographic space after it, a correction note over the text, "専門誌「X」によると");
- ja_collection_news: a collector's stamps auctioned on a national daily's pages (the company declared as writer, "競売会
  社「X」によると", a "コメントプラス" box, "＝2018年、遺族提供");
- cn_shoucang_news: a coin fair on a portal's pages (the portal's short name declared as author, "江城晚报记者 NAME 文/摄"
  opening the text's box, "本文来源：X", "据《X》杂志报道");
- tw_shougong_news: a quilting exhibition on a Taiwanese daily's pages ("聯合報／ 記者NAME／台南即時報導", "圖／受訪者提供",
  an "活動資訊" box);
- held out: au_craft_news (a ``<title>`` alone, hashed classes: "NAME / Journalist / Email" under the standfirst,
  "Updated March 21 2026 - 4:10pm, first published March 20 2026 - 6:00pm", "as Stitch & Piece Australia magazine
  reported", an "If you go" box in the text), ch_sammler_news (a ``<title>`` alone: a "Korrigendum:" note over the
  text, "Bild: zvg"), ja_tenji_chiho (a ``<title>`` alone, an old table layout: a table of two pictures floated beside
  the text, each with its caption's and its "▲拡大" link's rows), mo_aihao_news (a ``<title>`` alone, an old table
  layout: "本報記者　NAME　｜　2026-05-04　｜　來源：X", "（X圖片）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations were mended after the dev score
by conventions already written: a portal's "来源: X" names X as source (cn_shoucang_news); the group's paper in a
Taiwanese byline is a source (tw_shougong_news).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_hobby_news, us_collector_blog, de_hobby_news, fr_loisirs_news,
  ja_shumi_web, ja_collection_news, cn_shoucang_news, tw_shougong_news;
- held out (scored once, blind, before any rule of the round): au_craft_news, ch_sammler_news, ja_tenji_chiho,
  mo_aihao_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.500 date=0.750 body_start=1.000
  body_end=1.000 related=1.000 attributions=0.780 images=0.750 (trafilatura 2.3.1 on the same pages: headline=0.500
  authors=0.250 date=0.500 body_start=0.000 body_end=0.000; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=0.875 authors=0.875 date=1.000
  body_start=0.875 body_end=1.000 related=1.000 attributions=0.921 images=0.969;
- after the blind score, rules from the held-out pages' misses, each describing how such pages are built: a line
  beside the headline printing the update's time and then the first publication's; a name and a writer's job in
  lines of their own under the headline, a contact link after them; "X & Y magazine"; a full-width bar parting a
  byline's fields; a table of pictures, each with its caption's and its link's rows;
- dev and held out after the rules (see "Hundred-and-twenty-sixth held-out round" in docs/extraction-design.md):
  1.000 in every field but the known failure below.

``tests/unseen_score.py unseen126`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT, article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen126"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a quoted phrase opening the printed headline, an ideographic space after it ("「X」　Y"), came out without
    # the space (the declared titles print "Y" alone and "「X」Y"); fixed with unseen173 (a space after a closing bracket
    # is a mark of the heading's, ``headline._MARKS``)
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_sites_own_commission_note_and_a_courtesy_credit() -> None:
    """"X may earn a commission on purchases made through links on this page." over the text is the site's note, no
    opening; "… pharmacy. Photo courtesy of the Harlow family" closing a caption credits the family."""
    note = ("<div class='disclosure'><p><small>Panel to Panel may earn a commission on purchases made through links on "
            "this page. <a href='/affiliate-disclosure/'>Learn more</a>.</small></p></div>")
    assert _extract(article_page(COUNCIL_TEXT, head=note))["body"].startswith("The council voted")
    figure = ("<figure><img src='/harlow-1952.jpg' alt=''><figcaption>Harlow, pictured in 1952, behind the counter of "
              "his father’s pharmacy. Photo courtesy of the Harlow family</figcaption></figure>")
    images = _extract(article_page(COUNCIL_TEXT[:200] + figure + COUNCIL_TEXT))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("Harlow, pictured in 1952, behind the counter of his father’s pharmacy.", "Courtesy of the Harlow family")]


def test_outlets_cited_and_bodies_named_in_hobby_stories() -> None:
    """"as Stitch & Piece Australia magazine reported" (an ampersand in the name); "競売会社「X」によると" (a company its kind
    names before the brackets) cites no outlet, "「X時報」によると" does."""
    assert _sources("Hexagon quilts are back, as Stitch & Piece Australia magazine reported in its summer edition.") \
        == ["Stitch & Piece Australia"]
    assert _sources("競売会社「東都スタンプオークション」によると、最高値は約1200万円だった。", "ja") == []
    assert _sources("専門誌「郵趣マンスリー」によると、昨年の落札総額は過去最高だった。", "ja") == ["郵趣マンスリー"]


def test_writers_printed_without_a_byline_class() -> None:
    """"NAME / Journalist / Email" in lines of their own under the standfirst (a contact link after the job); "本報記者
    NAME　｜　DATE　｜　來源：X" (a full-width bar parting the fields); "江城晚报记者 NAME 文/摄" opening a portal's text, the
    portal's short name declared as author ("网澜" on "…_网澜新闻")."""
    head = ("<p>The patchwork group’s first raffle quilt in five years will help buy a new tanker trailer</p><div><div>"
            "<img src='/a.jpg' alt=''><div><p><a href='/profile/1782/bronwyn-tealby/'>Bronwyn Tealby</a></p>"
            "<p>Journalist</p></div></div><div><a href='mailto:b@example.com'>Email</a></div></div>")
    assert _extract(article_page(COUNCIL_TEXT, head=head))["authors"] == ["Bronwyn Tealby"]
    text = "".join(f"<p>　澳門積木同好會的作品展昨日在塔石藝文館開幕，展出逾百件以積木砌成的本地建築模型，第{n}段。</p>" for n in range(5))
    head = "<p>本報記者　區卓瑩　｜　2026-05-04　｜　來源：濠江時報</p>"
    html = article_page(text, head=head, lang="zh-MO", title="積木砌出舊澳門", h1="積木砌出舊澳門　同好會作品展開幕")
    assert _extract(html)["authors"] == ["區卓瑩"]
    text = "".join(f"<p>3月14日至16日，第十二届江城钱币邮票博览会在市会展中心举行，三天吸引了约4万人次，第{n}段。</p>" for n in range(5))
    html = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>3天吸引4万人次！钱币邮票博览会|收藏_网澜新闻</title>"
            "<meta name='author' content='网澜'></head><body><div class='post_main'><h1>3天吸引4万人次！这场钱币邮票博览会上，"
            "藏家们在找什么</h1><div class='post_body'><p>江城晚报记者 杜清远 文/摄</p>" + text + "</div></div></body></html>")
    assert _extract(html)["authors"] == ["杜清远"]


def test_dates_and_captions_of_old_and_hashed_layouts() -> None:
    """"Updated March 21 2026 - 4:10pm, first published March 20 2026 - 6:00pm" beside the headline, named by nothing,
    dates the first publication; a table of two pictures floated beside the text, each with its caption's and its
    "▲拡大" link's rows and a spacer row between, gives the second's caption and credit too."""
    head = ("<div class='_7bD2s'><span>Updated March 21 2026 - 4:10pm, first published March 20 2026 - 6:00pm</span>"
            "</div>")
    page = article_page(COUNCIL_TEXT, head=head)
    assert _extract(page, "https://news.example/community/quilt-raffle")["published"].startswith("2026-03-20")
    rows = "<tr><td height='10'></td></tr>".join(
        f"<tr><td><a href='/news/photo.php?id=1&amp;no={n}'><img src='/p/{n}.jpg' width='250' height='167' alt=''></a>"
        f"</td></tr><tr><td class='photo_cap'><font size='2'>{caption}</font></td></tr><tr><td class='photo_link'>"
        f"<font size='2'><a href='/news/photo.php?id=1&amp;no={n}'>▲拡大</a></font></td></tr>"
        for n, caption in ((1, "ジオラマに見入る来場者＝16日、北陽市民ギャラリー"), (2, "1975年ごろの旧北陽駅（北陽鉄道模型愛好会提供）")))
    text = [f"<p>　北陽鉄道模型愛好会の作品展が16日、北陽市本町の市民ギャラリーで始まった。第{n}段落の内容が続く。</p>"
            for n in range(5)]
    html = article_page(text[0] + f"<table align='right' width='260'>{rows}</table>" + "".join(text[1:]), lang="ja",
                        title="鉄道模型展", h1="旧北陽線をジオラマで再現")
    assert ("1975年ごろの旧北陽駅", "北陽鉄道模型愛好会提供") in [(i["caption"], i["credit"]) for i in _extract(html)["images"]]
