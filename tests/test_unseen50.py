"""A fiftieth held-out round of pages imitating publishing systems (issue 9): Japanese news and magazine sites
declaring little (eleven of the twelve declare no writer, only the organisation or nothing; five declare no
JSON-LD at all), with headings and titles worded differently from each other, kickers in 【】, bylines and credits printed
the many ways these pages print them. The held-out pages are scored blind (no test runs on them, and no field of
theirs is seen failing, before the single held-out score), BEFORE any rule of the round. The round's focus:
headline, authors, body start and end, attributions.

Each page in ``fixtures/unseen50`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains. Japanese systems were imitated in many sets before (Asahi, Mainichi, Yomiuri, Sankei, Nikkei,
Kyodo, Jiji, Nikkan Sports, Sponichi, Toyo Keizai, Diamond, President, Bunshun, ITmedia, Gigazine, Ameba, Hatena,
note, livedoor, Oricon, block and regional papers): for each kind of the brief a neighbour was taken, named so:

- jp_national: a national daily's digital edition (a neighbour of the five national dailies imitated: the paper
  declared as writer, a ``span.p-article__kicker`` "【独自】" in the ``<h1>`` the titles leave out, two reporters'
  links each followed by a "記者" span, the caption closing "＝DATE、PLACE、NAME撮影", an inline "関連記事" box, a
  paywall stub "この記事は有料記事です。残り1042文字", a keyword box and a ranking);
- jp_sports: a sports daily (Hochi/Daily-Sports-like, neighbour of Nikkan Sports and Sponichi; no JSON-LD: the team
  in 【】 opening the ``<h1>``, "2026年3月12日 17時30分" and the paper's name, the caption closing "（カメラ・NAME）", a
  game line "◆オープン戦　A２―４B（１２日・球場）" opening the text, "【あわせて読みたい】" inline, a player's profile
  "◆NAME（よみ）…" and "（石川　大輔）" with an ideographic space closing it, "関連ニュース");
- jp_bizmag: a business magazine's web edition (Nikkei-Business-like, neighbour of Toyo Keizai, Diamond and
  President: the writer declared, "HEADLINE｜SERIES｜SITE", a series line, a sub-title, the writer's link and job,
  "全3ページ", a lead box repeating the description, "（写真：NAME）" in a credit span, "【関連記事】" inline, page 1
  of 3 ending on a pager "次のページ", a members' box, "この記事の著者", the series' list);
- jp_womens: a women's lifestyle web magazine (mi-mollet/ESSE-like: the editorial team declared, "HEADLINE | SECTION |
  SITE（よみ）", a lead repeating the description, numbered rules as sub-headings, "＜こちらもおすすめ＞" inline,
  "取材・文＝NAME　撮影＝NAME" in one line closing the text, "教えてくれた人", "編集部のおすすめ" cards, a ranking);
- jp_regional: a regional paper (Shizuoka-Shimbun-like, neighbour of the block and regional papers imitated; no
  JSON-LD, the logo the ``<h1>`` and the title an ``<h2>``, "（2026/3/12 17:30）", paragraphs opening with an
  ideographic space, a caption without credit, "＜関連記事＞" inline, "（牧之原支局・NAME）" closing the text, "関連記事",
  "中部の最新ニュース");
- jp_gadget: a tech and gadget news site (Impress-Watch/ASCII-like, neighbour of ITmedia and Gigazine: the site
  declared as writer, the writer's name and the time in two paragraphs of an author line, pictures with short
  captions and no credit, "関連リンク" to the maker's release and product page inside the text, "関連記事" cards);
- jp_blog: a company blog on a Japanese blogging platform (Seesaa-like, neighbour of Ameba, Hatena, livedoor and
  note; no JSON-LD: the blog's name the ``<h1>``, "<h2 class="date">2026年03月12日</h2>" over the post, its title an
  ``<h3>``, the text in lines parted by ``<br>``, an uncaptioned picture, "posted by 丸福食品 総務部 at 17:30|
  Comment(0) | CATEGORY", comments' form, the latest posts);
- jp_column: a publisher's column site (Gentosha-plus/web-Chikuma-like: the publisher declared, no writer,
  "第14回　TITLE｜SERIES｜NAME｜SITE", the series' link, the writer's linked card, ruby readings in the text
  "<ruby>箪笥<rp>（</rp><rt>たんす</rt><rp>）</rp></ruby>", "（次回は3月26日公開予定です）", "著者プロフィール", a pager,
  "こちらの記事もおすすめ" cards after the article);
- jp_tabloid (held out): a weekly tabloid's news site (NEWS-Post-Seven/FLASH-like, neighbour of Bunshun; no JSON-LD:
  page 2 of 2 with "（2/2）" in the title, 【独占】 in the titles and not in the ``<h1>``, the magazine's name in the
  date line, "（写真／共同通信社）" closing the caption, quotes attributed "（制作関係者）", "【関連記事】" inline,
  "※週刊セブンデイズ2026年3月26日号" closing the text, a pager "前のページ 1 2", a ranking);
- jp_agency (held out): a news agency's member service for local governments (iJAMP-like, neighbour of the Jiji and
  Kyodo pages imitated; no JSON-LD, nor ``og:`` tags: the member's name in the header, "HEADLINE | SECTION | SITE",
  the headline an ``<h2>``, "2026年03月12日17時30分" in a paragraph, the caption closing "【時事通信社】", the text opening
  "【名古屋時事】", a "◇" mid-heading, "関連ニュース", the copyright line);
- jp_entame (held out): an entertainment news site on Next.js (modelpress/Natalie-like, neighbour of Oricon: the
  desk declared, "藤崎ゆう（C）エンタメプレス" as the caption, the text opening "【エンタメプレス＝2026/03/12】", a gallery
  link "【写真】…", sub-headings repeating the star's name, "【関連記事】" inline, "（エンタメプレス編集部）" closing the
  last paragraph, "【Not Sponsored 記事】" after it, "関連記事" cards);
- jp_interview (held out): a web magazine's interview feature on WordPress (CINRA-like: only a ``WebPage`` in a
  Yoast-like graph, "文／NAME", "写真／NAME", "編集／NAME（編集部）" as a list under the title, a lead repeating the
  description, the questions in bold opening "――", answers opening "高梨：", "PROFILE" and "INFORMATION" boxes after
  the answers, "あわせて読みたい" cards, "新着記事").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the headline is
the visible heading as printed, with a team's 【】 it prints (as unseen16's nikkansports), without a kicker child named
so, or a 【独占】 only the titles print; "NAME記者" after a reporter's link, "取材・文＝NAME", "文／NAME" and a name in
closing brackets name the writer, the bureau before it ("牧之原支局・") and the title after it ("記者") no part of the
name; "撮影＝NAME", "写真／NAME", "（写真：NAME）", "（カメラ・NAME）" and a caption's closing "NAME撮影" credit the
photographer; "編集／NAME" credits no role (editors); an editorial desk ("エンタメプレス編集部") and a company's
department ("丸福食品 総務部") name no writer; a game line ("◆オープン戦…") I first took for a match sheet, no text
(mended after the first run: it opens the text, see below); a player's profile "◆NAME（よみ）…" printed in the text's box is its last paragraph; leads
repeating the description are the description; a page of a split article is read alone (its own first and last
paragraphs; the pager, "次のページ" and its teaser title are no text); a paywall stub, a writer's or an interviewee's
profile, an event's information box, a next-instalment note, "【Not Sponsored 記事】" and a magazine's issue note are
no text; the interview's first question opens the text (as unseen48's valeurs); "関連リンク" to a maker's release and
product page are no teasers; a series' list, rankings and the latest stories are no teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): jp_national, jp_sports, jp_bizmag, jp_womens, jp_regional, jp_gadget, jp_blog,
  jp_column;
- held out (scored once, blind, before any rule of the round): jp_tabloid, jp_agency, jp_entame, jp_interview.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=1.000 date=0.750
  body_start=1.000 body_end=0.750 related=1.000 attributions=0.667 images=0.500;
- dev, before any rule of the round: headline=1.000 authors=0.750 date=0.875 body_start=0.750 body_end=0.875
  related=0.787 attributions=0.750 images=0.875 (against my first expectations);
- dev, after the dev rules (see "Fiftieth held-out round" in docs/extraction-design.md: ruby readings dropped; a
  blog's day heading dates its post; a company's department names no writer; a bracketed name with an ideographic
  space signs the text; "カメラ・NAME" credits the photographer; the writer's profile under its heading and a serial's
  next-instalment note close no text; a source document's name is no teaser): all eight fields 1.000 (against the
  expectations mended below);
- held out, after the dev rules: unchanged from the blind score (against the first expectations);
- held out, after two held-out kinds fixed by rule ("（C）NAME" glued to a Japanese caption is its credit; a heading
  opening "HEADLINE | SECTION | SITE" is the headline): headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=1.000 images=1.000 (against the mended expectations); after a third
  (an interview's "PROFILE" label closes the text): all eight fields 1.000. The second also reads unseen43's obituary ("HEADLINE :: Valley Sentinel ::
  Obituaries" over a bold ``<font>`` heading): its headline, authors and attributions pass, their known failures
  removed; no field of unseen2 to unseen48 dropped, with or without declarations.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=0.917 authors=1.000
date=0.917 body_start=0.917 body_end=1.000 related=1.000 attributions=1.000 images=1.000 (jp_blog's ``<title>``
"HEADLINE: BLOG NAME" is taken over its ``<h3>`` with no declared title to agree with, and the post is then
undated; jp_interview's lead, with no description to repeat, opens the text, as the convention has a lead right above
the text do).

No field is left failing, so ``KNOWN_FAILURES`` is empty.

Expectations changed after a run, by a written convention only: jp_column's "こちらの記事もおすすめ" and jp_womens's
"編集部のおすすめ" cards after the article are the site's picks, no teasers (the twenty-third round's decision,
``body._BARE_RECOMMENDED``: a bare "Recommended" after the article); jp_sports's game line opens the text
(docs/extraction-design.md, "A sports game's line opening the text", ``body._GAME_LINE``), and, shorter than the
scorer's 40 characters, its ``body_first`` goes on with the first sentence; "【名古屋時事】" names the agency "時事" as
printed (``tests/test_kinds_round2.py``: "【北京共同】" names "共同"); the caption's "（C）エンタメプレス" credits the
photo (a caption's "© NAME" is its photo credit, as unseen40's ch_daily "© KEYSTONE/…"); the tabloid's
"※週刊セブンデイズ2026年3月26日号" names the magazine as the source (``attributions._ISSUE_LINE``: the site,
"NEWSセブンデイズ", is no edition of it). The blind held-out figures above were scored against my first
expectations (jp_tabloid's and jp_agency's attributions failed on these, jp_entame's would have).

``tests/unseen_score.py unseen50`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen50"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def _record(html: str, url: str = "https://news.example.jp/articles/2026/03/12/story.html") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_PROSE = ("<p>市の茶生産者グループが、一番茶の新芽を遅霜から守るため、ドローンを使った散水の試験を始めた。従来の防霜ファンが"
          "設置できない傾斜地の茶園で、その効果を確かめるという。</p>")


def test_ruby_readings_are_no_part_of_the_text() -> None:
    """"<ruby>箪笥<rp>（</rp><rt>たんす</rt><rp>）</rp></ruby>": the reading is set small over the word, the word alone
    is read; the text after a reading inside the ruby ("<rt>かん</rt>字") and brackets outside it stay."""
    page = ("<html><head><title>祖母の箪笥｜よみもの広場</title></head><body><article><h1>祖母の<ruby>箪笥<rt>たんす</rt></ruby></h1>"
            "<p>祖母が亡くなって一年。実家の二階には、誰も開けようとしない<ruby>箪笥<rp>（</rp><rt>たんす</rt><rp>）</rp>"
            "</ruby>がひとつ残っている。</p><p>誰も開けない<ruby>箪笥<rp>（</rp><rt>たんす</rt><rp>）</rp></ruby>と"
            "<ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>（かんじ）。</p>" + _PROSE * 3 + "</article></body></html>")
    got = _record(page)
    assert got["headline"] == "祖母の箪笥"
    assert got["body"].startswith("祖母が亡くなって一年。実家の二階には、誰も開けようとしない箪笥がひとつ残っている。\n\n"
                                  "誰も開けない箪笥と漢字（かんじ）。\n\n")


_BLOG = ("<html><head><title>ぬか床: 社員ブログ</title></head><body><div id='content'><div class='blog'>"
         "<h2 class='{cls}'>2026年03月12日</h2><div class='blogbody'><h3 class='title'>新人研修で「ぬか床」を仕込みました</h3>"
         "<div class='text'>" + _PROSE * 4 + "</div><div class='posted'>posted by {poster} at 17:30| "
         "<a href='#comment'>Comment(0)</a></div></div></div></div></body></html>")


def test_a_blogs_day_heading_dates_its_post() -> None:
    """"<h2 class="date">2026年03月12日</h2>" over the post (Movable Type's heirs print the day as a heading over the
    day's posts) dates it, as a dated ``<div>`` there does; a heading named otherwise dates nothing."""
    assert _record(_BLOG.format(cls="date", poster="西田 美咲"))["published"][:10] == "2026-03-12"
    assert _record(_BLOG.format(cls="date-header", poster="西田 美咲"))["published"][:10] == "2026-03-12"
    from newsarchive.extraction.dates import _printed_date
    from newsarchive.extraction.page import parse_html

    tree = parse_html(_BLOG.format(cls="section", poster="西田 美咲"))
    assert _printed_date(tree.find(".//h3")) is None  # a heading not named for a date is no date line
    tree = parse_html(_BLOG.format(cls="date", poster="西田 美咲"))
    assert _printed_date(tree.find(".//h3")) == "2026-03-12"


def test_a_companys_department_names_no_writer() -> None:
    """"posted by 丸福食品 総務部" (a company's department signing its blog's posts) and "毎朝新聞社会部" name no writer,
    as "社会部" and "編集部" alone do; a person's name after "posted by", and a surname closing on 部 ("阿部 拓海"),
    stay writers."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("posted by 丸福食品 総務部 at 17:30") == ([], [])
    assert split_byline("毎朝新聞社会部") == ([], [])
    assert split_byline("広報室") == ([], [])
    assert split_byline("posted by 西田 美咲 at 17:30") == (["西田 美咲"], [])
    assert split_byline("阿部 拓海") == (["阿部 拓海"], [])
    assert split_byline("フジテレビ社会部 山田太郎記者") == (["山田太郎"], [])
    assert _record(_BLOG.format(cls="date", poster="丸福食品 総務部"))["authors"] == []


def test_a_bracketed_name_with_an_ideographic_space_signs_the_text() -> None:
    """"（石川　大輔）" closing the text, the family and given names parted by an ideographic space, names the writer,
    as "（石川 大輔）" does; a desk in the brackets ("（運動部）") names nobody."""
    page = "<html><head><title>t</title></head><body><article><h1>決勝打</h1>" + _PROSE * 3 + "<p>{line}</p></article></body></html>"
    assert _record(page.format(line="（石川　大輔）"))["authors"] == ["石川 大輔"]
    assert _record(page.format(line="（石川 大輔）"))["authors"] == ["石川 大輔"]
    assert _record(page.format(line="（運動部）"))["authors"] == []


def test_a_sports_papers_camera_credit() -> None:
    """"…放つ佐伯（カメラ・森田 拓也）" (a Japanese sports paper's photographer) credits the picture; "カメラ" inside the
    caption's words ("新型カメラを手にする社長") credits nobody."""
    from newsarchive.extraction.credits import split_caption

    assert split_caption("左中間へ二塁打を放つ佐伯翔（カメラ・森田 拓也）") == ("左中間へ二塁打を放つ佐伯翔", "（カメラ・森田 拓也）")
    assert split_caption("新型カメラを手にする社長＝12日、東京都内")[1] is None


def test_the_writers_profile_under_its_heading_closes_the_text() -> None:
    """"著者プロフィール" (also "筆者プロフィール", "About the author", "Über den Autor") heading the writer's name and career
    after the text: no part of it; a heading of the text's own last section stays."""
    from newsarchive.extraction.authors import ABOUT_WRITER

    assert ABOUT_WRITER.match("著者プロフィール") and ABOUT_WRITER.match("About the writer")
    assert not ABOUT_WRITER.match("プロフィールの写真を変える")
    page = ("<html><head><title>t</title></head><body><article><h1>祖母の家の「開かずの箪笥」</h1>" + _PROSE * 3
            + "<p>それでも、小さな一歩だったと思う。</p><h3>{heading}</h3><p>浅井 千尋（あさい・ちひろ）</p>"
            "<p>1984年、岐阜県生まれ。整理収納アドバイザー、ライター。著書に『持たない台所』など。</p></article></body></html>")
    assert _record(page.format(heading="著者プロフィール"))["body"].endswith("それでも、小さな一歩だったと思う。")
    assert _record(page.format(heading="片づけのあとで"))["body"].endswith("著書に『持たない台所』など。")


def test_a_serials_note_on_its_next_instalment_closes_no_text() -> None:
    """"（次回は3月26日公開予定です）" under a column's text is the serial's note, not its last sentence; a sentence
    about the next meeting ("次回は4月に会合を開く。") stays."""
    from newsarchive.extraction.hints import TAGLINE

    assert TAGLINE.search("（次回は3月26日公開予定です）")
    assert TAGLINE.search("※次回は4月2日に掲載します")
    assert not TAGLINE.search("次回は4月に会合を開き、具体策をまとめる方針だ。")


def test_a_source_documents_name_is_no_teaser() -> None:
    """Under "関連リンク" in a tech site's text, "ニュースリリース" and "製品情報" (the maker's pages) are sources, no
    teasers; a story's headline under the same label stays a teaser."""
    page = ("<html><head><title>t</title></head><body><article><h1>新型スマホが3月20日発売</h1>" + _PROSE * 3
            + "<div class='relation-link'><p>関連リンク</p><ul><li><a href='https://maker.example/news/x3/'>ニュースリリース"
            "</a></li><li><a href='https://maker.example/x3/'>製品情報</a></li><li><a href='/docs/news/2077180.html'>"
            "ノヴァ、折りたたみスマホを国内投入へ</a></li></ul></div></article></body></html>")
    related = {link["url"] for link in _record(page)["related_links"] if link["kind"] == "related"}
    assert related == {"https://news.example.jp/docs/news/2077180.html"}


def test_a_copyright_sign_glued_to_a_japanese_caption_is_its_credit() -> None:
    """(Held-out kind.) "藤崎ゆう（C）エンタメプレス" (the sign written "（C）" right after the caption's words) and
    "藤崎ゆう©エンタメプレス" credit the picture; "(C)" between Latin words ("Anna Lee (C) Getty") is left as it was."""
    from newsarchive.extraction.credits import split_caption

    assert split_caption("藤崎ゆう（C）エンタメプレス") == ("藤崎ゆう", "（C）エンタメプレス")
    assert split_caption("藤崎ゆう©エンタメプレス") == ("藤崎ゆう", "©エンタメプレス")
    assert split_caption("Anna Lee (C) Getty") == ("Anna Lee (C) Getty", None)


def test_a_heading_opening_a_title_with_a_section_and_the_site_after_it() -> None:
    """(Held-out kind.) "HEADLINE | 自治体ニュース | 時事行政ネット" over a page whose headline is an ``<h2>``: the heading
    opening the title, a section's short name and the site's after it, is the headline; a heading that is a title's
    kicker ("KICKER | HEADLINE | SITE", the long part after it) is not taken so."""
    from newsarchive.extraction.headline import _opens_title

    title = "公立病院の再編、４病院を２拠点に集約へ＝医師不足で県が方針－愛知 | 自治体ニュース | 時事行政ネット"
    assert _opens_title("公立病院の再編、４病院を２拠点に集約へ＝医師不足で県が方針－愛知", title)
    assert not _opens_title("Exclusive new report", "Exclusive new report | Council votes to close three libraries "
                                                     "next spring | Gazette")
    page = ("<html><head><title>" + title + "</title></head><body><div class='news-detail'><h2 class='news-title'>"
            "公立病院の再編、４病院を２拠点に集約へ＝医師不足で県が方針－愛知</h2><p class='news-date'>2026年03月12日17時30分</p>"
            "<div class='news-text'>" + _PROSE * 3 + "</div></div></body></html>")
    got = _record(page)
    assert got["headline"] == "公立病院の再編、４病院を２拠点に集約へ＝医師不足で県が方針－愛知"
    assert got["published"][:10] == "2026-03-12"


def test_an_interviews_profile_label_closes_the_text() -> None:
    """(Held-out kind.) "PROFILE" (or "プロフィール") alone on its line among the last blocks of an interview, over the
    person's career and an event's "INFORMATION" box: no part of the text; a sentence naming a profile ("プロフィール
    写真を撮り直した。") stays."""
    page = ("<html><head><title>t</title></head><body><article><h1>陶芸家が語る、失敗を「景色」と呼ぶ理由</h1>"
            + _PROSE * 3 + "<p>器は使う人のところで完成するものだと思っています。</p>{tail}</article></body></html>")
    profile = ("<div class='p-post__profile'><p>PROFILE</p><p>高梨 葵（たかなし・あおい）</p><p>陶芸家。1988年、滋賀県"
               "生まれ。大学で陶芸を学んだ後、信楽の窯元で修業した。</p></div><div class='p-post__info'><p>INFORMATION</p>"
               "<p>作陶展「けしき」会期：2026年4月3日〜4月12日</p></div>")
    assert _record(page.format(tail=profile))["body"].endswith("器は使う人のところで完成するものだと思っています。")
    kept = "<p>取材のあと、彼女はプロフィール写真を撮り直した。窯の前で、少し照れながら笑っていた。</p>"
    assert _record(page.format(tail=kept))["body"].endswith("少し照れながら笑っていた。")
