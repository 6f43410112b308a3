"""A hundred-and-sixty-second held-out round of pages imitating publishing systems (issue 9): waste, recycling and
repair: a UK regional paper's bin collection story, a Canadian city paper's deposit scheme story, a German national
paper's packaging story, a Belgian French-language paper's fly-tipping story, a Japanese national daily's waste sorting
story, a Japanese lifestyle web medium's reuse feature, a mainland portal's waste sorting story, a Taiwanese paper's
recycling story; held out: a US public radio station's repair café story, a Swiss regional paper's waste fee story, a
Japanese regional paper's local recycling plant story, a Hong Kong site's waste charging story.

As in unseen71 to unseen161, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_waste_news, ca_recycling_news, de_muell_news, be_dechets_news, ja_gomi_news,
  ja_reuse_web, cn_lajifenlei_news, tw_huishou_news;
- held out (scored once, blind, before any rule of the round): us_repair_news, ch_abfall_news, ja_gomi_chiho,
  hk_feiwu_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=0.750 body_start=1.000
  body_end=1.000 related=1.000 attributions=1.000 images=1.000 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.250 date=1.000 body_start=0.500 body_end=0.500; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before two expectations mended by written conventions: a Chinese byline's
  "通讯员" is a contributor and a portal's paper before its reporters a source, cn_lajifenlei_news; a group's paper
  before its reporters on its own news site is a source, tw_huishou_news's "聯合報"): headline=1.000 authors=0.958
  date=1.000 body_start=0.750 body_end=0.875 related=0.961 attributions=0.941 images=1.000;
- dev and held out after the rules (see "Hundred-and-sixty-second held-out round" in docs/extraction-design.md): the
  known failures below aside, every field right. The rule made after the blind score, from the held-out pages: a
  picture's caption naming its day over the date line.

``tests/unseen_score.py unseen162`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen162"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "Figures first published by the trade title Waste Management Weekly this summer showed …" not read; tried
    # ("first published by" as a passive citing verb, "trade title" as an outlet's noun) and dropped: "first published
    # by Penguin in 1954" read a book's publisher as a source
    ("uk_waste_news", "attributions"),
    # dev: "first reported by CBC Saskatchewan on Monday evening": a broadcaster's acronym and its region, not read as
    # an outlet's name (an acronym closing on "BC" names a university as often: "UBC Okanagan"); not tried further
    ("ca_recycling_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)

_SORTING_TEXT = "".join(f"<p>東都市は10月から、ハンガーやバケツなど製品プラスチックを「資源」として回収する。市は二酸化炭素の排出を年約4千トン減らせると見込む。第{n}"
                        "段落。</p>" for n in range(5))


def test_share_links_machine_summaries_and_a_columnists_story() -> None:
    """A link on another host carrying the page's own address (a bookmarking button, "https://b.hatena.example/entry/s/
    news.example/…") is no teaser; a summary's label with a note in brackets, "この記事のポイント（AIによる要約をもとに編集部
    が確認しています）", over its points opens no text; a story filed under a writers' folder
    ("/opinion/columnists/deposit-programs-work-lets-expand-them") is a teaser, no writer's page. (The hand page's
    share button comes out right on the code before the rule too; ja_gomi_news's and unseen163's ja_butai_news's related
    links, failing before it, carry the rule.)"""
    share = ("<ul class='share'><li><a "
             "href='https://b.hatena.example/entry/s/news.example/2026/03/12/story'>はてなブックマーク</a></li></ul><aside "
             "class='related'><h2>関連記事</h2><ul><li><a "
             "href='https://news.example/2026/02/01/plastic'>製品プラスチックの回収、23区で広がる　分別の手間に課題</a></li></ul></aside>")
    html = article_page(_SORTING_TEXT, head=share, lang="ja", title="ごみ分別", h1="製品プラも資源回収へ")
    assert _teasers(html) == ["https://news.example/2026/02/01/plastic"]
    box = ("<div class='points'><p "
           "class='points__ttl'>この記事のポイント（AIによる要約をもとに編集部が確認しています）</p><ul><li>東都市が10月から製品プラスチックを「資源」として回収</li><li>CO2排出"
           "を年約4千トン削減と見込む</li><li>電池類の混入による火災防止が課題に</li></ul></div>")
    record = _extract(article_page(box + _SORTING_TEXT, lang="ja", title="ごみ分別", h1="製品プラも資源回収へ"))
    assert record["body"].startswith("東都市は10月から")
    text = "".join("<p>The province will add milk and juice cartons to its bottle deposit program "
                   f"next year, the environment minister said on Monday, part {n}.</p>" for n in range(5))
    line = ("<p><strong>READ MORE:</strong> <a "
            "href='https://news.example/opinion/columnists/deposit-programs-work-lets-expand-them'>Opinion: Deposit "
            "programs work. It’s time to expand them</a></p>")
    assert _teasers(article_page(text[:200] + line + text)) == [
        "https://news.example/opinion/columnists/deposit-programs-work-lets-expand-them"]


def test_standfirst_over_credits_and_a_shop_box_with_its_address() -> None:
    """A lead repeating the declared description over a Japanese credits line ("文：NAME　写真：NAME　編集：DESK") is a
    standfirst, no text; a shop's box after the text, its name and address unlabelled over labelled lines ("NAME<br>
    東京都杉並区…<br>営業時間：…<br>Instagram：…"), goes with its title."""
    description = "物価高が続くなか、古着や中古家具、食器を扱うリユースショップがにぎわっています。若い世代を中心に広がる楽しみ方を追いました。"
    head = (f"<p class='is-style-lead'>{description}</p><div class='p-credit'><p>文：<a href='/author/hasegawa/'>長谷川 "
            "みなみ</a>　写真：小田切航　編集：編集部</p></div>")
    text = "".join(f"<p>土曜日の午前11時。住宅街にあるリユースショップの前には、開店前から10人ほどの列ができていました。お目当ては新入荷の品々。第{n}段落。</p>"
                   for n in range(5))
    shop = ("<p class='has-small-font-size'>※記事中の価格や情報は取材時（2024年5月）のものです。</p><div class='shop-data'><p "
            "class='shop-data__ttl'><strong>SHOP "
            "DATA</strong></p><p><strong>ふるどうぐ日和</strong><br>東京都杉並区西荻北3-1-1<br>営業時間：11:00〜19:00（火・水曜定休）<br>Instagram：@"
            "furudougu_biyori</p></div>")
    meta = f"<meta name='description' content='{description}'>"
    record = _extract(article_page(head + text + shop, lang="ja", title="リユース", h1="20代がリユースショップに通う理由",
                                   meta=meta))
    assert record["body"].startswith("土曜日の午前11時")
    assert record["body"].endswith("第4段落。")


def test_date_line_under_a_dated_caption_of_the_held_out_page() -> None:
    """Rule made after the blind score: the lead picture's caption naming its day over the date line ("… at the
    library’s repair café on April 5, 2025." over "Published April 12, 2025 at 6:00 AM EDT") gives the line's day; a
    caption's day is the page's only where no line prints one."""
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Repair "
            "café</title></head><body><article><h1>Volunteers fix toasters and lamps at the library’s repair "
            "café</h1><div class='Figure'><img src='https://news.example/img/lamp.jpg' alt=''><div "
            "class='Figure-meta'><div class='Figure-credit'><p>Dana Whitlock</p></div><div class='Figure-caption'><p>A "
            "volunteer fixer opens a broken table lamp at the library’s repair café on April 5, "
            "2025.</p></div></div></div><div class='authorInfo'>By Dana Whitlock</div><div "
            "class='datePublished'>Published April 12, 2025 at 6:00 AM EDT</div><div class='content'>"
            + "".join("<p>Once a month, volunteers at the "
                      "Bridgeport Falls library fix what "
                      "residents bring in, from toasters to "
                      f"bicycles, part {n}.</p>" for n in range(5)) + "</div></article></body></html>")
    assert _extract(html)["published"].startswith("2025-04-12")
