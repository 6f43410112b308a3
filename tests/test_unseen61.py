"""A sixty-first held-out round of pages imitating publishing systems (issue 9): Japanese pages of twelve kinds of
publisher (regional and national papers, a business weekly, an IT news site, a sports paper, a lifestyle web
magazine, a prefecture's press page, a broadcaster, a publisher's book magazine, an interview site, a travel
magazine, a paper's page of a wire story), a third pass over the Japanese kinds: leads in boxes before the text,
summary boxes ("この記事のポイント", "要約") that are no body, bylines in their many forms ("文：X　写真：Y", "文＝X",
"筆者：X", "X・編集委員", "聞き手・構成　X　撮影　Y", "（X記者）" and "（支局・X）" closing the text), writer boxes
("著者プロフィール", "この記者の記事", "この記事を書いた人"), a wire's label at the top, dates in 年月日 forms with 時分 and
更新 marks, "関連記事"/"関連ニュース"/"あわせて読みたい" lists, captions' credits "（撮影・X）", "（写真提供：X）",
"（撮影／X）", "（X提供）", "（出典：X）", "＝…、X撮影", "（時事）". The held-out pages are scored blind (no test runs on
them, and no field of theirs is seen failing, before the single held-out score), BEFORE any rule of the round.

Each page in ``fixtures/unseen61`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains. Every kind of the brief was imitated in an earlier set (grep of the test modules), so each page
is a neighbour of the same kind, named so:

- jp_regionalweb: a regional daily's site (Kahoku-like, neighbour of the regional and block papers of unseen18,
  unseen20, unseen38, unseen44 and unseen59: the organisation declared as author, the title "…｜OUTLET", the date
  "2026年3月12日 11:20" and "（最終更新 …）", the lead picture, the news lead in a "article-lead" box before the text's
  box, "（北沢町提供）" closing a caption, the desk member signing the text "…。（北沢支局・NAME）", tags, "関連記事");
- jp_bizweekly: a business weekly's web edition (Nikkei-Business-like, neighbour of the Toyo Keizai, Diamond and
  President pages of unseen5, unseen16 and unseen22: a Person declared, "筆者：NAME（本誌副編集長）" under the headline,
  the issue "2026年3月14日号" beside the date, a "この記事のポイント" box, "（撮影：NAME）" and "（出典：国土交通省）" closing
  captions, an inline "あわせて読みたい", "著者プロフィール" after the text, "関連記事");
- jp_itnews: an IT news site (Impress-Watch-like, neighbour of ITmedia and ASCII of unseen14 and unseen31: no JSON-LD,
  the title " - OUTLET", "2026年3月12日 10時30分" and the writer in ``p.author`` paragraphs, a floated picture whose
  caption paragraph closes on "（写真提供：COMPANY）", a "関連記事" box inside the text, a spec table after it);
- jp_sportspaper: a sports paper (Hochi-like, neighbour of Sponichi, Nikkan Sports and the sports dailies of unseen7,
  unseen16 and unseen41: the organisation declared, "…（撮影・NAME）", the result line "◇オープン戦　東北3―2横浜（11日・
  仙台）" opening the text, "（NAME記者）" closing it, "関連ニュース", a "おすすめ情報［PR］" box);
- jp_lifestyle: a lifestyle web magazine on WordPress (Kurashi-no-Kiroku-like, neighbour of the women's and lifestyle
  magazines of unseen41 and unseen44: the editorial department declared as author, a lead above "文：NAME　写真：NAME"
  and the dates "公開日：…" "更新日：…", a point box inside the text, captions without credit, "あわせて読みたい");
- jp_govpress: a prefecture's press release (a neighbour of the municipal page of unseen56 on the same kind of CMS:
  nothing declared but ``<title>``, "更新日：2026年3月12日", "発表日：…" and the department in a box, a table, a picture
  paragraph and a centred caption paragraph "…（写真提供：ASSOCIATION）", "関連記事" listing the earlier releases, the
  inquiry box);
- jp_interviewsite: a career interview site (neighbour of jp_interview of unseen46: no writer declared, the lead in
  the header above the date, questions "――…" in bold, "（写真提供：BREWERY）" closing a caption, "聞き手・構成　NAME
  撮影　NAME" closing the text, the interviewee's "PROFILE", "あわせて読みたい", "編集部のおすすめ");
- jp_newswire: a regional paper's page of a Jiji story (neighbour of the Jiji page of unseen14 and of the Kyodo member
  papers of unseen38 and unseen59: the wire declared as the author organisation, a "時事通信" label over the headline,
  "2026年3月12日（木）14時05分", "…＝2月、東京都内（時事）" as the caption, the wire's copyright line, "関連ニュース");
- jp_broadcaster (held out): a regional broadcaster's news site (NHK-regional-like, neighbour of the NHK, KBC and
  local TV pages of unseen8, unseen29, unseen41 and unseen44: nothing declared but ``<title>``, "03月12日 18時42分"
  with the year only in ``datetime``, a video poster, the summary box opening the text, "関連ニュース");
- jp_nationalcolumn (held out): a national daily's column (Asahi-like, neighbour of the national dailies of unseen8,
  unseen9, unseen11 and unseen59: the organisation declared, the series in brackets opening the headline,
  "<a>NAME</a>・編集委員" as the byline, "…＝2026年2月、NAME撮影" closing the caption, the text's end in a paywall box,
  the writer's card and "この記者の記事" after the text, "関連ニュース");
- jp_bookmag (held out): a publisher's book magazine on WordPress (neighbour of jp_books, jp_column and jp_webmag of
  unseen41, unseen44 and unseen46: the editorial department declared as a Person, "筆者：<a>NAME</a>", the date
  "2026.03.06", a "要約" box, "（撮影／NAME）" closing a caption, the book's card, "著者プロフィール", "関連記事");
- jp_travelmag (held out): a travel web magazine on Nuxt (neighbour of the travel pages of unseen43 and unseen58: a
  Person declared, "文＝NAME" and "写真＝NAME" in spans of their own, "2026年3月8日" and "更新：…", a lead box below
  them, "（写真提供：ASSOCIATION）" closing a caption, an "INFORMATION" box closing the text's box, "この記事を書いた人",
  "あわせて読みたい").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a lead set in a
box of its own below the byline or date line opens the text (jp_regionalweb, jp_travelmag), one above them is a
standfirst, no body (jp_lifestyle, jp_interviewsite), as the README's conventions say; a summary box ("この記事の
ポイント", "要約") and a writer's box ("著者プロフィール", "この記者の記事", "この記事を書いた人") are no body, nor a box of
practical information ("INFORMATION": access, fees) or a spec table after the text; a desk member's or reporter's
signature closing the text ("（北沢支局・NAME）", "（NAME記者）") names the writer and stays in the text; "聞き手・構成"
names the interviewer as the writer; a credits line's "写真：NAME", "写真＝NAME", "撮影　NAME" credits the photographer as
an attribution, and a caption only where the caption prints it; "（写真提供：X）", "（X提供）" credit that bracket as
printed ("北沢町提供", as "（写真：本人提供）" credited "本人提供"); "（出典：X）" credits X; "（時事）" credits "時事", and
the wire's label over the headline names "時事通信" as the source; the editorial department declared as the writer
("くらしノート編集部", "本の窓 WEB 編集部") names nobody; the series' name in brackets opening the heading stays in the
headline; a paywall box holding the text's end (the page serves it) is text; "編集部のおすすめ" and a PR box are no
related links, this article's "関連記事" and "あわせて読みたい" are.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): jp_regionalweb, jp_bizweekly, jp_itnews, jp_sportspaper, jp_lifestyle,
  jp_govpress, jp_interviewsite, jp_newswire;
- held out (scored once, blind, before any rule of the round): jp_broadcaster, jp_nationalcolumn, jp_bookmag,
  jp_travelmag (a broadcaster, a national paper, a publisher's magazine, a travel magazine).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.917 date=1.000 body_start=0.250
  body_end=0.750 related=0.750 attributions=0.950 images=1.000. Seven of the twelve expectations' ``body_first``
  (jp_bookmag and jp_nationalcolumn among the held-out pages) had been written shorter than the 40 characters the
  scorer compares, so a right opening failed; each was lengthened with the same paragraph's next words (the opening
  itself unchanged), and against them the same blind run scores body_start=0.750, the other fields as above;
- dev, before any rule of the round (the lengthened openings): headline=1.000 authors=0.875 date=1.000
  body_start=0.875 body_end=1.000 related=1.000 attributions=0.854 images=0.875;
- dev, after the dev rules (see "Sixty-first held-out round" in docs/extraction-design.md: "聞き手・構成" as one label;
  a short sports result line opens the text; a picture linking to its own viewer page "….jpg.html" is the article's;
  "（X提供）" closing a Japanese caption credits X as printed; a wire's label over the headline names the source): all
  eight fields 1.000;
- held out, after the dev rules: unchanged (headline=1.000 authors=0.917 date=1.000 body_start=0.750 body_end=0.750
  related=0.750 attributions=0.950 images=1.000): jp_nationalcolumn's "<a>NAME</a>・編集委員" gave "・編集委員" as a
  second writer, jp_broadcaster's lead in a "content--summary" box and its "関連ニュース" module were missed,
  jp_travelmag's "INFORMATION" box was read as text;
- held out, after two held-out kinds fixed by rule (a staff title after the name, "・編集委員"; a facts list of label
  and value pairs closing the text, "INFORMATION" over a ``<dl>``): headline=1.000 authors=1.000 date=1.000
  body_start=0.750 body_end=1.000 related=0.750 attributions=1.000 images=1.000 (against the first expectations but for
  the lengthened openings: no value was changed after a run); jp_broadcaster's two misses are in ``KNOWN_FAILURES``.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=1.000 body_start=0.917 body_end=1.000 related=0.917 attributions=1.000 images=1.000 (the same two misses).

``tests/unseen_score.py unseen61`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen61"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held-out kind: a broadcaster's one-paragraph news lead in its own box named "content--summary", inside the text's
    # box, under the date line and the video: "summary" names furniture wherever it stands (key points, bullet
    # summaries, a deck), and only the box's place tells this lead from those; the page declares no description to
    # compare with. The same kind as unseen8's known failure ("nhk", "body_start"). Not fixed: telling it apart by
    # place alone was not tried in the time left.
    ("jp_broadcaster", "body_start"),
    # held-out kind: "関連ニュース" heading a ``<section class="module module--related">`` beside the article's module,
    # four levels above the text's box: named and labelled related boxes are looked for up to ``RELATED_LEVELS`` (three)
    # ancestors of the text's box; widening that reaches other pages' rails. Fixed with unseen158: the box after the
    # one holding the headline and the text alone (``body._related_region``).
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://news.example/articles/20260312/story.html") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_JA_TEXT = ("<p>町によると、入居するのはソフトウエア開発やデータ分析を手がける3社で、当面は計12人の社員が常駐する。教室を仕切った"
            "個室のほか、職員室だった部屋を共用のラウンジに改めた。</p>" * 4)


def _page(text: str, header: str = "", lang: str = "ja") -> str:
    return (f"<html lang='{lang}'><head><title>閉校の小学校、サテライトオフィスに再生</title></head><body><article>{header}"
            f"<h1>閉校の小学校、サテライトオフィスに再生</h1><div class='article-body'>{text}</div></article></body></html>")


def test_the_interviewer_who_composed_the_piece() -> None:
    """"聞き手・構成　NAME　撮影　NAME" closing an interview: "聞き手・構成" (the interviewer who composed the piece) is one
    label, the name after it the writer, not "構成 NAME"; "聞き手・NAME" and "構成／NAME" read as before."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("聞き手・構成　宮下 彩花　撮影　栗田 翔") == (["宮下 彩花"], [])
    assert split_byline("聞き手・構成／宮下彩花") == (["宮下彩花"], [])
    assert split_byline("聞き手・山田太郎") == (["山田太郎"], [])
    assert split_byline("構成／山田太郎") == (["山田太郎"], [])
    record = _extract(_page(_JA_TEXT + "<div class='credit'><p>聞き手・構成　宮下 彩花　撮影　栗田 翔</p></div>"))
    assert record["authors"] == ["宮下 彩花"]


def test_a_short_result_line_opens_a_sports_report() -> None:
    """"◇オープン戦　東北3―2横浜（11日・仙台）", a sports paper's result line too short to read as prose and closing on its
    bracket, not a sentence's stop, opens the text as a longer one does; a line of teams and a bracket without a score
    ("東北―横浜（11日・仙台）") does not."""
    body = _extract(_page("<p>◇オープン戦　東北3―2横浜（11日・仙台）</p>" + _JA_TEXT))["body"]
    assert body.startswith("◇オープン戦") and "東北3―2横浜（11日・仙台）" in body[:30]
    body = _extract(_page("<p>◇東北―横浜（11日・仙台）</p>" + _JA_TEXT))["body"]
    assert body.startswith("町によると")


def test_a_picture_linking_to_its_own_viewer_page() -> None:
    """A picture in the text linking to a page of its own named for its file ("…/html/p02_o.jpg.html", a Japanese news
    site's enlarged view) is the article's, caption and all, though nothing credits it; one linking to another story
    is a teaser's."""
    picture = ("<div class='image-wrap'><a href='{href}'><img src='/img/docs/741/p02_s.jpg' width='640' height='360'></a>"
               "<p class='caption'>底面のカバーはねじ2本で外せ、バッテリーを交換できる</p></div>")
    record = _extract(_page(_JA_TEXT[:200] + picture.format(href="/img/docs/741/html/p02_o.jpg.html") + _JA_TEXT))
    assert [i["caption"] for i in record["images"]] == ["底面のカバーはねじ2本で外せ、バッテリーを交換できる"]
    record = _extract(_page(_JA_TEXT[:200] + picture.format(href="/pc/news/2061190.html") + _JA_TEXT))
    assert record["images"] == []


def test_a_supplier_in_brackets_closing_a_japanese_caption() -> None:
    """"…旧職員室（北沢町提供）", "（本人提供）": the supplier with "提供" in brackets glued to a Japanese caption's last word is
    the credit as printed; "（写真提供）" alone and "（無料提供）" (free of charge) name nobody."""
    from newsarchive.extraction.credits import split_caption

    assert split_caption("共用ラウンジに改装される旧職員室（北沢町提供）") == ("共用ラウンジに改装される旧職員室", "北沢町提供")
    assert split_caption("会見する社長（本人提供）") == ("会見する社長", "本人提供")
    assert split_caption("配られた記念品（無料提供）")[1] is None
    assert split_caption("改修前の校舎（写真提供）")[1] is None


def test_a_wire_label_over_the_headline_names_the_source() -> None:
    """A known agency's name alone in the element right before the headline ("<p class='provider'>時事通信</p>", a paper's
    page of a wire story) names the story's source, and the agency declared as the author organisation is no
    contributor besides; a section's label there ("社会") names none, nor the agency on its own site."""
    declared = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Organization\","
                " \"name\": \"時事通信\"}}</script>")
    html = _page(_JA_TEXT, "<p class='provider'><span>時事通信</span></p>").replace("</head>", declared + "</head>")
    roles = {(a["role"], a["name"]) for a in _extract(html)["attributions"]}
    assert ("source", "時事通信") in roles and ("contributor", "時事通信") not in roles
    roles = {(a["role"], a["name"]) for a in _extract(_page(_JA_TEXT, "<p class='label'>社会</p>"))["attributions"]}
    assert not any(role == "source" for role, _ in roles)
    own = _page(_JA_TEXT, "<p class='provider'>時事通信</p>").replace("</head>", "<meta property='og:site_name' content='時事通信'></head>")
    roles = {(a["role"], a["name"]) for a in _extract(own)["attributions"]}
    assert ("source", "時事通信") not in roles


def test_a_staff_title_after_the_writers_name() -> None:
    """"<a>NAME</a>・編集委員" (held-out kind: a national daily's column): a paper's staff title after the name, joined by
    a middle dot or a space ("・編集委員", " 論説委員", "・ワシントン特派員", "・専門記者"), is no writer, and the name stays
    whole; a name glued to the title with nothing between ("NAME編集委員") is left as it was, and an office's name
    ("委員会事務局") names no writer (a desk: unseen83's "事務局")."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("北見 恒一\n・編集委員") == (["北見 恒一"], [])
    assert split_byline("北見恒一・編集委員") == (["北見恒一"], [])
    assert split_byline("山田太郎　論説委員") == (["山田太郎"], [])
    assert split_byline("北見 恒一・ワシントン特派員") == (["北見 恒一"], [])
    assert split_byline("編集委員") == ([], [])
    assert split_byline("委員会事務局") == ([], [])
    html = _page(_JA_TEXT, "").replace(
        "</h1>", "</h1><div class='p-article__byline'><a href='/reporter/TZ1088/'>北見 恒一</a>・編集委員</div>")
    assert _extract(html)["authors"] == ["北見 恒一"]


def test_a_facts_list_closing_the_text() -> None:
    """"<p>INFORMATION</p><dl><dt>アクセス</dt><dd>…</dd><dt>共同湯</dt><dd>…</dd></dl>" closing the text's box (held-out
    kind: a travel magazine's practical box): label and value pairs, short and no sentences, sum the facts up as a
    table of "<th>住所</th><td>…</td>" rows does, and the text ends above them with the label; a glossary whose
    definitions are sentences stays text."""
    facts = ("<div class='info'><p>INFORMATION</p><dl><dt>アクセス</dt><dd>最寄り駅から路線バスで約40分</dd>"
             "<dt>共同湯</dt><dd>入浴料200円（宿泊者は無料）</dd></dl></div>")
    body = _extract(_page(_JA_TEXT + facts))["body"]
    assert body.rstrip().endswith("改めた。") and "INFORMATION" not in body
    glossary = ("<dl><dt>産膜酵母</dt><dd>ぬか床の表面に白く張る膜をつくる酵母で、カビではない。</dd>"
                "<dt>足しぬか</dt><dd>減ったぬかを補うために加える新しいぬかのこと。</dd></dl>")
    assert "産膜酵母" in _extract(_page(_JA_TEXT + glossary))["body"]
