"""A hundred-and-sixty-sixth held-out round of pages imitating publishing systems (issue 9): islands, ferries and remote
communities: a Scottish regional paper's ferry breakdown story, a Canadian public broadcaster's site's island community
story, a German national weekly's North Sea island story, a French regional daily's Breton island ferry story, a
Japanese national daily's remote island story, a Japanese regional web medium's island migration feature, a mainland
portal's island story, a Taiwanese paper's outlying island ferry story; held out: an Australian regional paper's island
story, a French overseas territory's news site's island story, a Japanese regional paper's ferry route story, a Hong
Kong site's outlying island story.

As in unseen71 to unseen165, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_ferry_news, ca_island_news, de_insel_news, fr_iles_news, ja_ritou_news,
  ja_shima_web, cn_haidao_news, tw_lidao_news;
- held out (scored once, blind, before any rule of the round): au_island_news, fr_ile_outremer, ja_ferry_chiho,
  hk_lidao_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=0.750 body_start=1.000
  body_end=1.000 related=0.750 attributions=0.929 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.000 date=0.500 body_start=0.000 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=0.875 authors=0.833 date=1.000 body_start=0.875 body_end=0.875
  related=0.958 attributions=0.870 images=0.958;
- dev and held out after the rules (see "Hundred-and-sixty-sixth held-out round" in docs/extraction-design.md): the
  known failures below aside, every field right. The rules made after the blind score, from the held-out pages: a
  teaser card's ``<time>`` inside the article's box dates nothing, a linked card's other lines under a label, "【延伸閱讀】"
  closed by its bracket as a teaser label, "nos confrères de X" as a source.

``tests/unseen_score.py unseen166`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, field_test  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen166"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: the kicker printed in a line of its own above the ``<h1>`` ("<p class='surtitre'>Île de Kelenn</p>"), which
    # the declared titles print before it ("Île de Kelenn. Le bateau en panne…"), expected in the headline by the
    # written convention; earlier sets' pages of that shape expect the ``<h1>`` alone (twenty-five of them: unseen20's
    # dlf, unseen30's cicero, unseen52's kleine, …). Tried: the declared title where it reads the kicker above the
    # heading, a separator and the heading; dropped, those twenty-five headlines broke. Kept as the writer set it
    ("fr_iles_news", "headline"),
    # held: "As the Bass Strait Islander reported last month": "Islander" is no outlet's word (``outlets.OUTLET_WORD``),
    # and a body's name reads the same ("As the Department reported"); not tried
    ("au_island_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)

_ISLAND_TEXT = "".join(f"<p>瀬戸内海に浮かぶ小鷺島には、火曜と金曜の朝だけ本土から巡回診療船が着く。島の人口は186人で、その半数以上が75歳を超えている。第{n}段落。</p>"
                       for n in range(5))
_FERRY_TEXT = "".join("<p>The island's only ferry has been out of service since Tuesday, leaving "
                      "about 300 residents to rely on a small water taxi for groceries and medical "
                      f"visits, part {n}.</p>" for n in range(5))


def test_a_summary_box_under_header_lines_and_a_comment_count() -> None:
    """A summary box whose label is a heading the text's lines leave out ("<h2>記事のポイント</h2><ul><li>…"), under a
    paid story's label, the date line and the share buttons' words with a comment count ("コメント3"), opens no text;
    nor does the comment count itself."""
    head = ("<div class='lbl'>有料記事 連載 島で生きる</div><div class='dt'>2025年11月14日 6時00分</div><ul><li><a "
            "href='https://x.example/share?u=1'>X</a></li><li><a "
            "href='https://fb.example/share?u=1'>Facebook</a></li><li><span>コメント<span>3</span></span></li></ul><sectio"
            "n><h2>記事のポイント</h2><ul><li>小鷺島の診療所には本土の医師が週2回、船で通う</li><li>船は建造から34年。町は運航の見直しを検討</li></ul><p>※AIが作成し、編集部が確"
            "認した要約です。</p></section>")
    record = _extract(article_page(_ISLAND_TEXT, head=head, lang="ja", title="離島医療", h1="医師は船でやってくる"))
    assert record["body"].startswith("瀬戸内海に浮かぶ小鷺島には")


def test_writers_box_photographer_facts_box_and_a_paper_after_its_kind() -> None:
    """A writers' box under "この記事を書いた人" whose second card is a photographer's ("NAME フォトグラファー。…") names the writer
    alone; a place's facts box under "NAMEDATA", a note on when the facts held after it, closes no text; a paper named
    after its kind and a middle dot ("地方紙・X新聞の調べでは") is a source."""
    text = _ISLAND_TEXT + ("<div class='cap_box'><div "
                           "class='cap_box_ttl'><span>宇根島DATA</span></div><div><p>鹿児島県宇根村。川内港の西約60km。人口412人（2025年9月末）。"
                           "</p><p>アクセス：川内港からフェリーで約1時間50分（1日2便）。</p></div></div><p "
                           "class='has-small-font-size'>※記事内の情報は2025年10月の取材時点のものです。</p>")
    box = ("<section class='author'><h2>この記事を書いた人</h2><div class='p-authorBox'><a "
           "href='/writer/kubota-aya/'>久保田彩</a><p>ライター。長崎県の島で生まれ育ち、全国の離島を取材している。</p></div><div class='p-authorBox'><a "
           "href='/writer/miyagi-wataru/'>宮城航</a><p>フォトグラファー。鹿児島市在住。</p></div></section>")
    record = _extract(article_page(text, after=box, lang="ja", title="島に帰る", h1="島に帰る若者たち"))
    assert record["authors"] == ["久保田彩"]
    assert record["body"].endswith("第4段落。")
    assert cited_sources("鹿児島の地方紙・南洋日日新聞の調べでは、同様の制度を持つ自治体は4から11に増えた。", lang="ja") == ["南洋日日新聞"]


def test_a_portals_source_line_in_the_authors_box() -> None:
    """A portal's source line in a box named for the author ("<div class='post_author'>本文来源：PAPER 责任编辑：NAME
    </div>") names no writer: the paper's reporters' line opening the text does ("PAPER记者　NAME　NAME")."""
    text = ("<p>（原标题：停航近两天！东屿岛300余人滞留）</p><p>东海晚报记者　严晓舟　许曼青</p>"
            + "".join(f"<p>3月16日上午，东屿岛客运码头候船室内，滞留的岛民焦急地等待客轮恢复航行。客轮主机故障，已停航近两天，第{n}段。</p>"
                      for n in range(5)))
    after = "<div class='post_author'>本文来源：东海晚报 责任编辑：冯一鸣_NBJS9217</div>"
    record = _extract(article_page(text, after=after, lang="zh-CN", title="客轮停航", h1="客轮停航近两天 岛民滞留码头"))
    assert record["authors"] == ["严晓舟", "许曼青"]


def test_teasers_end_at_another_boxs_heading_and_reader_credits() -> None:
    """A "Related Stories" box's section, after the text in its own box, ends at the next box's heading ("About the
    Author"): the line of the site's standing pages under it ("Corrections and clarifications | Submit a news tip")
    holds no teasers; "With files from NAME" in a span of its own box credits a contributor; "(Submitted by NAME)"
    closing a caption is its credit."""
    figure = ("<figure><img src='https://news.example/img/ferry.jpg' alt=''><figcaption>The ferry stuck in ice in "
              "February 2025. (Submitted by Wade Keeping)</figcaption></figure>")
    text = _FERRY_TEXT[:200] + figure + _FERRY_TEXT[200:] + ("<div class='fileCredits'><span>With files from Jessica "
                                                             "Arsenault</span></div>")
    after = ("<div class='similarLinks'><h2>Related Stories</h2><ul><li><a "
             "href='https://news.example/news/ferry-stuck-in-ice-1.7451890'>Island ferry stuck in ice for nearly 3 "
             "weeks, leaving residents short of groceries</a></li></ul></div><div class='authorprofile'><h2>About the "
             "Author</h2><p>Heather Gillingham is a reporter.</p></div><div class='corrections'><p><a "
             "href='https://news.example/news/editorsblog/corrections-clarifications'>Corrections and "
             "clarifications</a> | <a href='https://news.example/news/submission-guidelines'>Submit a news "
             "tip</a></p></div>")
    record = _extract(article_page(text + after))  # (the boxes after the text inside the text's own box)
    assert [link["url"] for link in record["related_links"] if link["kind"] == "related"] == [
        "https://news.example/news/ferry-stuck-in-ice-1.7451890"]
    assert [a["name"] for a in record["attributions"] if a["role"] == "contributor"] == ["Jessica Arsenault"]
    assert [(i["caption"], i["credit"]) for i in record["images"]] == [
        ("The ferry stuck in ice in February 2025.", "Submitted by Wade Keeping")]


def test_a_print_note_names_no_journal() -> None:
    """A note that the article appeared in the paper's print edition ("Cet article est paru dans L’Écho d’Armor
    (édition Brest) du dimanche 15 mars 2026.") cites no journal; a study that appeared in one still does."""
    assert cited_sources("Cet article est paru dans L’Écho d’Armor (édition Brest) du dimanche 15 mars 2026.",
                         lang="fr") == []
    assert cited_sources("Une étude parue dans Nature Climate Change montre que la mer monte plus vite.",
                         lang="fr") == ["Nature Climate Change"]


def test_held_out_teaser_cards_dates_and_labels() -> None:
    """Rules made after the blind score, from the held-out pages: a teaser card's ``<time>`` inside the article's box
    ("More from X": "<article><a>…</a><time>March 4 2026</time></article>") dates nothing, the writer's box's "first
    published" line does; a linked card's section line under a "相關文章" label does not end the label's cards; "【延伸
    閱讀】<a>TITLE</a>" is a teaser line; "nos confrères de Radio X" names a source."""
    cards = "".join("<article><a "
                    f"href='https://news.example/story/91761{n}/other-story/'><h3>Flinders Island "
                    f"airstrip upgrade gets green light {n}</h3></a><time>March 4 "
                    "2026</time></article>" for n in range(3))
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Doctor boat</title></head><body><article><h1>Doctor "
            "boat visits to be halved</h1><div><div>By <a href='/profile/1928/lachlan-pryce/'>Lachlan "
            "Pryce</a></div><div>Updated March 6 2026 - 9:10am, first published March 5 2026 - "
            f"6:00pm</div></div><div class='content'>{_FERRY_TEXT}</div><section><h2>More from The "
            f"Mercury</h2>{cards}</section></article></body></html>")
    assert _extract(html)["published"].startswith("2026-03-05")
    text = "".join(f"<p>鷺洲僅存的小學今年九月停辦，全校只剩四名學生，家長批評教育局未有諮詢居民，第{n}段。</p>" for n in range(5))
    line = "<p>【延伸閱讀】<a href='https://news.example/society/1099871'>離島醫生坐船出診　一日走三個島</a>（點擊藍字看全文）</p>"
    cards = ("<section><h2>相關文章</h2><div><div><a "
             "href='https://news.example/society/1097325'><div>社會新聞</div><h3>西貢街渡加價兩成　居民批加幅過高</h3></a></div><div><a "
             "href='https://news.example/society/1093640'><div>社會新聞</div><h3>小島最後一間士多結業　老闆：做咗40年</h3></a></div></div><"
             "/section>")
    assert _teasers(article_page(text[:150] + line + text, after=cards, lang="zh-HK", title="殺校", h1="小島最後的學校")) == [
        "https://news.example/society/1099871", "https://news.example/society/1097325",
        "https://news.example/society/1093640"]
    assert cited_sources("La directrice, interrogée par nos confrères de Radio Tiare, a défendu la fermeture.",
                         lang="fr") == ["Radio Tiare"]
