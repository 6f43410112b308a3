"""A hundred-and-eighty-first held-out round of pages imitating publishing systems (issue 9): public toilets, benches
and street furniture: a UK regional paper's public toilets story, an Australian city paper's bench scheme story, a
German regional paper's public toilets story, a Belgian French-language paper's street furniture story, a Japanese
national daily's public toilet story, a Japanese urban design web medium's bench story, a mainland portal's public
toilet story, a Taiwanese paper's bus shelter story; held out: an Irish paper's bus shelter story, an Austrian regional
paper's park benches story, a Japanese regional paper's rest area story, a Hong Kong site's public seating story.

As in unseen71 to unseen180, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_toilets_news, au_bench_news, de_toilette_news, be_mobilier_news, ja_toire_news,
  ja_bench_web, cn_gongce_news, tw_tingche_news;
- held out (scored once, blind, before any rule of the round): ie_shelter_news, at_bank_news, ja_kyukei_chiho,
  hk_zuoyi_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=1.000 related=0.938 attributions=0.917 images=0.750 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.250 date=1.000 body_start=0.250 body_end=0.000; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=0.946 attributions=0.931 images=1.000;
- dev and held out after the rules (see "Hundred-and-eighty-first held-out round" in docs/extraction-design.md): the
  known failure below aside, every field right. The rules made after the blind score, from the held-out pages: a
  caption cell closing on a link to the picture shown larger ("≫拡大") and its "【写真】" label, the pointers to the
  stories before and after ("<< 前の記事<br><a>…"), "文章重點：".

``tests/unseen_score.py unseen181`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, credit_pairs, field_test, teaser_urls  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen181"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "北辰晚报讯（记者 NAME）" opening the text on a portal that declares the paper as its page's author and prints
    # it among its title's tags ("HEADLINE_北辰晚报_城管局_老城区"): the paper reads as the site's own, its dateline cites
    # nothing; tried: a paper's "讯" dateline as the portal's source, the declared author left out of the site's names
    # (the title's tags still name it the site's); dropped
    ("cn_gongce_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_JA_TEXT = "".join(f"<p>　旧街道沿いの休憩所が、地元住民でつくる会の手で2年ぶりに再開した。トイレも新しくなった。第{n}段落。</p>"
                   for n in range(5))


def test_an_old_layouts_picture_cell_its_zoom_link_and_its_neighbours_pointers() -> None:
    """From the held-out page: a picture's caption cell closing on a link to it shown larger ("【写真】CAPTION＝PLACE
    （NAME撮影）<br><a href='photo.php?…'>≫拡大</a>") gives its caption and credit; the pointers to the stories before
    and after, each label over its title after a line break ("<< 前の記事<br><a>TITLE</a>"), are no teasers, where a
    "関連記事" box's links are."""
    picture = ("<table align='right' width='300'><tr><td><a href='photo.php?id=31807&amp;no=1'><img "
               "src='/photo/1s.jpg' width='290' height='193' alt=''></a></td></tr><tr><td class='photo_cap'>【写真】"
               "再開した休憩所で談笑する住民ら＝宮浦町上瀬（吉岡拓真撮影）<br><a href='photo.php?id=31807&amp;no=1'>≫拡大</a>"
               "</td></tr></table>")
    pointers = ("<table><tr><td>&lt;&lt; 前の記事<br><a href='/news/detail.php?id=31806'>浜野の梅、収穫始まる</a></td><td>"
                "次の記事 &gt;&gt;<br><a href='/news/detail.php?id=31808'>中学生が高齢者宅の草刈り</a></td></tr></table>")
    related = ("<table><tr><td><b>関連記事</b></td></tr><tr><td>・<a href='/news/detail.php?id=31522'>休憩所再開へ　住民が"
               "クラウドファンディング</a><br></td></tr></table>")
    page = ("<html lang='ja'><head><meta charset='utf-8'><title>休憩所再開｜ニュース｜紀央日日新聞</title></head><body>"
            "<div class='midashi'>旧街道の休憩所、住民の手で再開　宮浦町</div><hr>" + picture + _JA_TEXT + related + pointers
            + "</body></html>")
    record = _extract(page)
    assert [(image["caption"], image["credit"]) for image in record["images"]] == [
        ("再開した休憩所で談笑する住民ら＝宮浦町上瀬", "吉岡拓真")]
    assert [link["url"] for link in record["related_links"] if link["kind"] == "related"] == [
        "https://news.example/news/detail.php?id=31522"]


_ZH_TEXT = "".join(f"<p>康文署近月在多區公園更換長椅，新長椅每隔約60厘米便加設一道金屬扶手，令人無法躺臥，第{n}段。</p>"
                   for n in range(5))


def test_an_articles_points_a_french_papers_time_of_day_and_a_desk_in_a_credits_list() -> None:
    """From the held-out page: a box of the article's points under "文章重點：" over the text opens none. "Comme le
    révélait X Matin en janvier" cites the paper ("Matin", "Soir": French papers' words); "地元紙・X新聞の報道によれば" cites
    X新聞 without the kind before the dot; an editorial desk in a credits list ("編集：ソトミチ編集部") is no contributor."""
    points = ("<div data-testid='article-highlights'><p><strong>文章重點：</strong></p><ul><li>康文署年內於18區更換約1,200張"
              "公園長椅</li><li>露宿者關注組批評屬「敵意建築」</li></ul></div>")
    assert _extract(article_page(points + _ZH_TEXT, lang="zh-HK", title="長椅", h1="公園新長椅加扶手惹爭議")
                    )["body"].startswith("康文署近月")
    assert cited_sources("Comme le révélait Bruxelles Matin en janvier, une pétition avait réuni plus de 2.800 "
                         "signatures.", lang="fr") == ["Bruxelles Matin"]
    assert cited_sources("地元紙・鴎台新聞の報道によれば、市は当初「距離を保つための設計」と説明していた。", lang="ja") == ["鴎台新聞"]
    credits = ("<div class='p-credit'><dl><dt>文</dt><dd><a href='/writer/sakaguchi/'>坂口みのり</a></dd><dt>写真</dt>"
               "<dd>小田切蓮</dd><dt>編集</dt><dd>ソトミチ編集部</dd></dl></div>")
    record = _extract(article_page(_JA_TEXT, head=credits, lang="ja", title="ベンチ", h1="まちなかのベンチが増えた理由"))
    assert ["contributor", "ソトミチ編集部"] not in credit_pairs(record)


def test_a_feed_under_its_label_is_no_teasers() -> None:
    """A list under "推荐阅读" whose data says it is a feed ("<div class='news-list' data-role='feed'>"), the site's
    stream, holds no teasers; under "相关新闻" its links are teasers."""
    def page(label: str) -> str:
        cards = "".join(f"<div class='news-box'><a href='https://news.example/a/87{n}_1001'><h4>新闻标题第{n}条内容</h4>"
                        "</a></div>" for n in range(3))
        text = "".join(f"<p>江屿市今年将新建改建公厕126座，“第三卫生间”年底前覆盖主城区，第{n}段。</p>" for n in range(5))
        return ("<html lang='zh-CN'><head><meta charset='utf-8'><title>公厕</title></head><body><div class='left'>"
                f"<h1>江屿今年将新建改建公厕126座</h1><article class='article'>{text}</article>"
                "<div class='article-relate'><div class='title'>相关新闻</div><ul><li><a href='https://news.example/a/"
                "869_1'>老城区片区更新方案公布</a></li></ul></div><div class='comment-wrap'><div class='comment-title'>评论"
                f"</div></div><div class='god-article-bottom'><div class='title'>{label}</div><div class='news-list' "
                f"data-role='feed'>{cards}</div></div></div></body></html>")
    assert teaser_urls(page("推荐阅读")) == ["https://news.example/a/869_1"]
