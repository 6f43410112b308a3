"""A fifty-sixth held-out round of pages imitating publishing systems (issue 9): Japanese web media outside the
newspapers, declaring little (ten of the twelve declare no person as writer, only the company, the site, a desk, an
account or nothing; four declare no JSON-LD at all). The held-out pages are scored blind (no test runs on them, and no
field of theirs is seen failing, before the single held-out score), BEFORE any rule of the round. The round's focus:
authors, attributions, body start and end, headline.

Each page in ``fixtures/unseen56`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- ownedmedia: a company's owned media on WordPress (a staff interview: the company declared as an Organization, a
  profile box after the intro, bold "――" questions and "NAME：" answers, "取材・文／NAME　撮影／NAME" closing the
  text, a "※所属・役職は取材当時のものです。" note, a recruiting banner, a "関連記事" box);
- itnews: an IT news medium, no JSON-LD (a technical publisher's news pages, gihyo-like: ITmedia, ASCII and Impress
  were imitated in unseen14, unseen31 and unseen44; "ライター：<a>NAME</a>" under the headline, full-width commas,
  "（出典：…）" closing a figure's caption, a "関連記事" box and a "リンク" box of outside links in the text's box);
- bizinterview: a business interview site (the desk declared, "文＝<a>NAME</a>　写真＝NAME" in the header, the
  interviewee's profile box, a lead repeating the description, "――" questions and answers opened by the speaker's
  name in a span, a page-split pager "次のページ：…", "あわせて読みたい");
- localportal: a local information portal on WordPress (SWELL-like theme, no JSON-LD: the town in 【】 opening the
  headline, "（写真提供：SHOP）" closing a caption, a shop's facts table and a "※掲載情報は…時点のものです。" note,
  a call for tips, "この記事を書いた人" box with the writer's link, "関連記事" cards);
- univpress: a university's press release page, no JSON-LD, no writer (the ``<h1>`` with a ``<br>`` and a sub span,
  "概要" / "研究の背景" headings, "（提供：LAB）" in a ``p.caption``, the paper's facts and the contact box closing
  the release; unseen42's jp_univ was a university's science news site, this is its press office's release);
- cooking: a cooking and lifestyle web medium on Next.js (the desk declared, the writer "ライター" card with a job
  title before the name "管理栄養士 NAME", "（撮影：NAME）" closing a caption, a "※" note, "▼…はこちら" link, an
  "執筆者プロフィール" box, "関連記事");
- career: a career medium (the desk declared as author meta and Organization, a lead repeating the description,
  bold "――" questions, "取材・文／NAME　撮影／NAME　編集／DESK" closing the text, a page-split pager, a job-search call,
  "関連記事");
- animenews: a manga/anime news site (natalie-like: no writer at all, the desk's name beside a share count, a lead
  repeating the description, captions with "(c)AUTHOR／PUBLISHER" rights lines, a staff box closing the text,
  "関連記事" cards);
- gamenews (held out): a game news site (4Gamer-like: the site declared as the author, the game's info box over the
  ``<h1>``, "ライター：<a>NAME</a>", full-width spaces opening paragraphs, a "(C)COMPANY All Rights Reserved."
  line closing the text, "関連記事", the game's facts table);
- travelmag (held out): a travel web magazine on WordPress (an account's login name declared as the Person, the
  site's logo as ``<h1>`` and the title an ``<h2>``, "写真提供：ASSOCIATION" under the eyecatch, "（撮影：NAME）"
  captions, a table of contents, a spot's facts box and a "※…取材時点のものです。" note, "この記事を書いた人");
- sciencenews (held out): a science news site for general readers (sorae-like: the desk declared, "【▲ … （Credit:
  …）】" captions, "文／NAME　編集／DESK" right-aligned closing the text, a bold "関連：" link line, a "Source" list);
- municipal (held out): a municipal news page on a CMS for local governments, no JSON-LD, no writer ("更新日：…",
  "ページ番号：…" before the ``<h1>``, headings "目的" / "整備の内容", an attached PDF, Acrobat's note, the
  "このページに関するお問い合わせ" box).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: "取材・文／",
"文＝", "文／" and "ライター：" lead the writer in, "撮影／", "写真＝" the photographer; a desk ("編集部") names nobody,
nor an "編集／DESK" line; "この記事を書いた人" and "執筆者プロフィール" boxes name the writer where nothing else
does; a job title before the name ("管理栄養士 NAME") is no part of it; credits are as printed without their label
("写真提供：", "撮影：", "提供：", "出典：", "Credit:") and each gives a photo attribution (a rights line "(c) …" was
first written as copyright, mended below); leads repeating the description are the description (mended below for
a lead inside the text's box); an interview's profile box is no text; the text ends
before "※" notes on the information's date or the interviewee's post, before facts tables and boxes, credit lines,
rights lines, sources and contact boxes; a page-split pager is no related link; "関連記事", "あわせて読みたい",
"関連：" and a "▼…はこちら" link are related links; rankings, "人気記事" and prev/next pointers are not.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): ownedmedia, itnews, bizinterview, localportal, univpress, cooking, career,
  animenews;
- held out (scored once, blind, before any rule of the round): gamenews, travelmag, sciencenews, municipal (a game
  news site, a travel web magazine, a science news site, a municipal news page).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=0.750
  body_start=0.750 body_end=0.500 related=0.750 attributions=0.833 images=0.750 (travelmag's body start, its
  expected opening shorter than the scorer's 40 characters, and its end before a spot's box and a note; sciencenews'
  "関連：" link and its bracketed credits; municipal's update-only date and its end before the Acrobat note and the
  contact box);
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=0.750 body_end=0.625
  related=0.975 attributions=0.833 images=1.000 (cooking's writer card; bizinterview's and career's body start against
  the first expectations; localportal's, univpress' and animenews' body end; animenews' credits against the first
  expectation; cooking's "▼…はこちら" link);
- dev, after the dev rules (see "Fifty-sixth held-out round" in docs/extraction-design.md) and three expectations
  mended by written conventions (below): all eight fields 1.000;
- held out, after the dev rules: unchanged (the same figures as blind); after five held-out kinds fixed by rule and
  travelmag's ``body_first`` lengthened to the scorer's 40 characters: all eight fields 1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: all eight fields 1.000.

Expectations changed after a run, by written conventions only: bizinterview's and career's lead, repeating the
description, stands as the first paragraph of the text's own box below the byline or date line and the picture, and
"a lead below the byline … stays the text's opening set large" (twenty-second round; unseen53's marieclaire was
mended so): their ``body_first`` is the lead; animenews' "(c)AUTHOR／PUBLISHER" lines in the caption's credit span
are the pictures' credits, photo attributions as a picture's ``span.copyright`` is in earlier rounds (unseen53's
premiere), not copyright lines as first written. travelmag's ``body_first`` (33 characters) was lengthened to the
paragraph's second sentence, since the scorer compares 40 (as unseen48's streetpress).

``tests/unseen_score.py unseen56`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen56"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://media.example/articles/12872") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_TEXT = ("<p>春キャベツは冬のキャベツに比べて葉がやわらかく、巻きがゆるいのが特徴で、生で食べてもみずみずしい甘みを楽しめます。"
         "切り方や加熱のしかたを少し変えるだけで、その甘みをしっかり残すことができます。</p>" * 4)


def test_a_writer_label_alone_labels_the_name_after_it() -> None:
    """"<p>ライター</p><a href='/writers/112'>管理栄養士 NAME</a>" in a web medium's writer card: the label alone
    ("ライター", "執筆者", "著者") labels the next element's name, and the job or qualification before it and a space
    ("管理栄養士", "料理研究家", "フードコーディネーター") is no part of the name; a label missing names nobody, and
    a name alone keeps its words."""
    page = ('<html><head><title>春キャベツのコツ</title></head><body><article><h1>春キャベツは「ちぎる」が正解！ 甘みを逃さない'
            '3つのコツ</h1><div class="writer"><p class="label">{label}</p><a href="/writers/112">{name}</a></div>'
            '<div class="body">' + _TEXT + '</div></article></body></html>')
    assert _extract(page.format(label="ライター", name="管理栄養士 さとう 花子"))["authors"] == ["さとう 花子"]
    assert _extract(page.format(label="執筆者", name="料理研究家 山田花子"))["authors"] == ["山田花子"]
    assert _extract(page.format(label="ライター", name="石家 花子"))["authors"] == ["石家 花子"]
    assert _extract(page.format(label="おすすめ", name="管理栄養士 さとう 花子"))["authors"] == []


_RELEASE = ('<html><head><title>ミツバチのダンス | 東雲大学</title></head><body><div id="main"><h1>ミツバチが迷子の仲間を探す'
            'ダンスを発見</h1><p class="date">2026年03月12日</p><div class="newsDetail"><h2>概要</h2>'
            + _TEXT.replace("<p>", "<p>研究グループの発表です。", 1) + '<p>今回の成果は、養蜂の現場での管理方法の改善にもつながると'
            '期待されます。</p>{tail}</div></div></body></html>')


def test_a_japanese_release_ends_before_its_paper_and_contact_boxes() -> None:
    """A university's release closing on "<h2>論文情報</h2>" (the study's title, authors, journal and DOI as list rows)
    and "<h2>お問い合わせ先</h2>" (the press office's lines): both are no text, as "Media contact" and "Sources" are;
    a heading "お問い合わせの多い質問" opening the text's last section and followed by its prose stays."""
    tail = ('<h2>論文情報</h2><ul><li>論文タイトル：A rescue dance</li><li>著者：Koji Morishita, et al.</li><li>DOI：'
            '10.0000/jib.2026.0312</li></ul><h2>お問い合わせ先</h2><p>東雲大学　総務部広報課<br>TEL：000-000-0001</p>')
    body = _extract(_RELEASE.format(tail=tail))["body"]
    assert body.endswith("期待されます。")
    contact = '<h2>本件に関するお問い合わせ</h2><p>東雲大学　総務部広報課<br>TEL：000-000-0001</p>'
    assert _extract(_RELEASE.format(tail=contact))["body"].endswith("期待されます。")
    section = ('<h2>お問い合わせの多い質問</h2><p>巣箱の近くで見かけたミツバチは、そっとしておけば人を刺すことはほとんど'
               'ありません。心配なときは、近くの養蜂家に相談してください。</p>')
    assert _extract(_RELEASE.format(tail=section))["body"].endswith("相談してください。")


_GUIDE = ('<html><head><title>うどん店オープン</title></head><body><article><h1>【みなと区】港南商店街に手打ちうどんの'
          'お店がオープン</h1><div class="post_content">' + _TEXT + '<p>お昼ごはんの新しい選択肢が増えるのはうれしいですね。</p>'
          '<table><tr><th>店名</th><td>麦のいえ</td></tr><tr><th>住所</th><td>みなと区港南3-8-2</td></tr></table>'
          '<p>※掲載情報は2026年3月13日時点のものです。</p>{call}</div></article></body></html>')


def test_a_call_for_tips_after_a_facts_box_closes_no_text() -> None:
    """A local portal's call for tips ("地域の開店・閉店情報を募集しています。<a>情報提供はこちら</a>") after a shop's facts
    table and its "※…時点のものです" note: a tagline, so the facts box closes the text; a last sentence of the text
    that is no call stays after the table (no facts box then)."""
    call = '<p>みなとタウンNAVIでは、地域の開店・閉店情報を募集しています。<a href="/contact/">情報提供はこちら</a></p>'
    assert _extract(_GUIDE.format(call=call))["body"].endswith("うれしいですね。")
    other = '<p>週末には商店街で春のスタンプラリーも開かれる予定で、新しいお店も参加するそうです。</p>'
    assert _extract(_GUIDE.format(call=other))["body"].endswith("参加するそうです。")


_NEWS = ('<html><head><title>アニメ化決定</title></head><body><article class="news"><h1>白石カイ「星屑ランドリー」TVアニメ化'
         '決定</h1><div class="news-text">' + _TEXT + '<p>原作をチェックしておこう。</p>{box}</div></article></body></html>')


def test_a_works_credits_box_closes_the_text() -> None:
    """A manga news item's box closing the text, a heading (the work's title, "スタッフ") and lines of a role's label
    and names split by ``<br>`` ("原作：NAME<br>監督：NAME<br>アニメーション制作：STUDIO"), is the work's facts: the
    text ends above it; the same heading and lines set in the text's own box (a section of the text) stay."""
    box = ('<div class="news-box"><h2>TVアニメ「星屑ランドリー」</h2><h3>スタッフ</h3><p>原作：白石カイ<br>監督：片桐 創<br>'
           'アニメーション制作：スタジオ・ルミナ</p></div>')
    assert _extract(_NEWS.format(box=box))["body"].endswith("チェックしておこう。")
    inline = box.replace('<div class="news-box">', '').replace('</div>', '')
    assert _extract(_NEWS.format(box=inline))["body"].endswith("スタジオ・ルミナ")
    prose = box.replace("<p>原作：白石カイ<br>", "<p>原作の白石カイは、連載を続けながら脚本会議にも参加している。<br>")
    assert _extract(_NEWS.format(box=prose))["body"].endswith("スタジオ・ルミナ")


def test_an_interviewees_profile_box_opens_no_text() -> None:
    """"<div class='interview_person'><dl><dt>JOB</dt><dd>NAME</dd></dl><p>CAREER</p></div>" between an interview's
    header and its text's box, in the article's container: the person presented opens no text; a wrapper named
    after a person ("tag-person" on a post's own element) holding the whole text still opens it."""
    page = ('<html><head><title>町工場の社長に聞く</title></head><body><article class="{cls}"><header><h1>赤字の町工場を'
            '予約3年待ちの鍋メーカーにした三代目社長</h1></header><div class="interview_person"><dl><dt>株式会社ツバメ鋳工 代表'
            '取締役</dt><dd>北原 大地</dd></dl><p>1984年新潟県生まれ。大学卒業後、商社勤務を経て2012年に家業の鋳物工場に入社。'
            '2016年、三代目社長に就任。</p></div><div class="interview_body">' + _TEXT + '</div></article></body></html>')
    assert _extract(page.format(cls="interview"))["body"].startswith("春キャベツは")
    whole = page.replace('<div class="interview_person">', '<div>')
    assert _extract(whole.format(cls="interview tag-person"))["body"].startswith("北原 大地")


def test_an_arrow_pointing_to_the_link_below_labels_a_teaser() -> None:
    """"<p>▼春キャベツを使ったレシピはこちら</p><a href='/recipes/30451'>…</a>" after the text: the arrow's pointer
    "▼…はこちら" labels the link under it as related; "詳しくはこちら" without the arrow labels nothing."""
    page = ('<html><head><title>春キャベツ</title></head><body><article><h1>春キャベツは「ちぎる」が正解！ 甘みを逃さない'
            'コツ</h1><div class="article-body">' + _TEXT + '<div class="link"><p>{label}</p><a href="https://media.example/'
            'recipes/30451">春キャベツとしらすのペペロンチーノ</a></div></div></article></body></html>')
    related = {link["url"] for link in _extract(page.format(label="▼春キャベツを使ったレシピはこちら"))["related_links"]
               if link["kind"] == "related"}
    assert related == {"https://media.example/recipes/30451"}
    plain = {link["url"] for link in _extract(page.format(label="詳しくはこちら"))["related_links"]
             if link["kind"] == "related"}
    assert plain == set()


def test_a_spots_facts_lines_and_their_note_close_the_text() -> None:
    """A travel story's spot box after the text ("<div class='spot-info'><h4>SPOT</h4><p>住所：…<br>アクセス：…</p></div>")
    and the "※記事の情報は…取材時点のものです。" note after it (held-out kind): the text ends above the box, as with a
    work's credits box; without the box too, since unseen172 (the note closes no text, and the spot's lines under
    their heading are no sentences of it)."""
    box = ('<div class="spot-info"><h4>千枚田展望台</h4><p>住所：海辺町大字白浜1-2<br>アクセス：海辺駅からバスで約40分</p>'
           '</div><p class="info-note">※記事の情報は2026年3月取材時点のものです。</p>')
    assert _extract(_NEWS.format(box=box))["body"].endswith("チェックしておこう。")
    inline = box.replace('<div class="spot-info">', '').replace('</div>', '')
    assert _extract(_NEWS.format(box=inline))["body"].endswith("チェックしておこう。")


def test_a_caption_wrapped_in_lenticular_brackets_gives_its_credit() -> None:
    """"<figcaption>【▲ CAPTION（Credit: NASA/JPL-Caltech）】</figcaption>" (held-out kind, a science site's captions):
    the brackets wrap the whole caption, so the credit is "NASA/JPL-Caltech" without the closing "）】"; a caption
    opening with a label in the brackets ("【写真】…") keeps them."""
    from newsarchive.extraction.credits import split_caption

    caption, credit = split_caption("【▲ エウロパの内部構造を示した想像図（Credit: NASA/JPL-Caltech）】")
    assert caption == "エウロパの内部構造を示した想像図" and credit.endswith("NASA/JPL-Caltech）")
    page = ('<html><head><title>エウロパ</title></head><body><article><h1>木星の衛星エウロパの氷の下の海</h1><figure>'
            '<img src="/e.jpg"><figcaption>【▲ エウロパの内部構造を示した想像図（Credit: NASA/JPL-Caltech）】</figcaption>'
            '</figure>' + _TEXT + '</article></body></html>')
    assert [image["credit"] for image in _extract(page)["images"] if image["caption"]] == ["NASA/JPL-Caltech"]
    assert split_caption("【写真】港に入る大型客船")[1] is None


def test_a_bare_related_label_before_a_link() -> None:
    """"<p><strong>関連：</strong><a>TITLE</a></p>" after the text (held-out kind): "関連" alone before a colon labels
    the link as related, as "関連記事" does; "関連する…" opening a sentence labels nothing."""
    page = ('<html><head><title>エウロパ</title></head><body><article><h1>木星の衛星エウロパの氷の下の海</h1>'
            '<div class="entry-content">' + _TEXT + '<p><strong>{label}</strong><a href="https://media.example/2025/11/'
            'enceladus/">土星の衛星エンケラドゥスの噴出物に、生命に必要な元素がそろっていた</a></p></div></article></body></html>')
    related = {link["url"] for link in _extract(page.format(label="関連："))["related_links"] if link["kind"] == "related"}
    assert related == {"https://media.example/2025/11/enceladus/"}
    other = {link["url"] for link in _extract(page.format(label="関連する研究として、"))["related_links"]
             if link["kind"] == "related"}
    assert other == set()


_TOWN = ('<html><head><title>市内全小学校の体育館に空調設備を設置します - 青葉台市ホームページ</title></head><body>'
         '<div id="tmp_contents"><p id="tmp_update">{dates}</p>'
         '<h1>市内全小学校の体育館に空調設備を設置します</h1>' + _TEXT + '<p>市長は「一日も早く整えたい」としています。</p>'
         '<h2>添付ファイル</h2><p><a href="/documents/1.pdf">工事対象校一覧（PDF：85KB）</a></p><div class="pdf_download"><p>'
         'PDF形式のファイルをご利用するためには、「Adobe Acrobat Reader」が必要です。お持ちでない方は、<a href="https://get.'
         'adobe.example/reader/">アドビ社のサイト</a>からダウンロードしてください。</p></div><div id="tmp_inquiry"><div><p>'
         'このページに関するお問い合わせ</p></div><div><p>教育委員会事務局　教育施設課<br>電話番号：000-000-0000</p></div></div>'
         '</div></body></html>')


def test_a_town_halls_page_dated_by_its_update_and_closed_by_its_contact_box() -> None:
    """A municipal page printing only "更新日：2026年3月12日" (held-out kind) is dated by it, and a page printing its
    publication too keeps that date; the Acrobat Reader note and the "このページに関するお問い合わせ" box (its label a
    line of its own, no heading) close no text (``hints.TAGLINE``, ``body._CONTACT_HEADING``)."""
    record = _extract(_TOWN.format(dates="更新日：2026年3月12日"), url="https://www.city.aobadai.example/1028475.html")
    assert record["published"][:10] == "2026-03-12"
    assert record["body"].endswith("としています。")
    both = _extract(_TOWN.format(dates="公開日：2026年3月10日　更新日：2026年3月12日").replace('id="tmp_update"', 'class="date"'),
                    url="https://www.city.aobadai.example/1028475.html")
    assert both["published"][:10] == "2026-03-10"
