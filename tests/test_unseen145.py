"""A hundred-and-forty-fifth held-out round of pages imitating publishing systems (issue 9): public transport strikes
and disruption: a UK national paper's rail strike story, an Irish broadcaster's bus strike story, a German regional
paper's train drivers' strike story, a French news magazine's metro strike story, a Japanese national daily's overseas
rail strike story, a Japanese business web medium's logistics driver shortage feature, a mainland portal's overseas
strike story, a Hong Kong paper's ferry stoppage story; held out: an Australian regional site's train strike story, a
Belgian French-language site's general strike story, a Japanese regional paper's local bus cutback story, a Malaysian
Chinese-language daily's airport strike story.

As in unseen71 to unseen144, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the "what is
running" lists and in-text time stamps strike stories carry:

- uk_strike_news: a rail strike on a national paper's hashed classes (a role between two names, "Tom Ashdown Transport
  correspondent and Priya Lanning", "Related:" asides, "Rail Business Daily reported", "PA Media contributed to this
  report" closing the text);
- ie_strike_news: a bus strike on a broadcaster's site (the organisation declared as author against the printed byline,
  "Updated" alone printed, "(Pic: X)", "The Boyne Valley Observer reported");
- de_streik_news: a train drivers' strike on a German regional paper's pages ("Stand:" the update's day before
  "Erstellt:", "Update, 8.15 Uhr:" paragraphs, "Mit Material der dpa", "Wie der Sender X zuerst berichtet hatte");
- fr_greve_news: a metro strike on a French news magazine ("Par NAME (avec AFP)", an italic update note opening the
  text box, "8h45 –" paragraphs, "© NAME / Hans Lucas via AFP", "Selon Le Courrier francilien");
- ja_suto_news: an overseas rail strike on a national daily's pages (the writer named only in the dateline
  "【ベルリンNAME】", "＝…、ロイター", "独紙X（電子版）によると", a "■ことば" box after the text);
- ja_kotsu_web: a driver shortage feature on a business medium ("NAME：X 記者", "（出所）…作成" under a table, "（写真：
  yoshi-t／PIXTA）", "（筆者撮影）");
- cn_bagong_news: an overseas strike on a portal (the agency's dateline naming the reporters, "责任编辑：NAME_NN5831", a
  "特别声明" in the text box, "新华社记者 NAME 摄");
- hk_bagong_news: a ferry stoppage on a Next.js paper ("撰文：NAME", a "重點" box, "【11:20更新】", "（NAME攝）",
  "（資料圖片）", raw Chinese characters in addresses);
- held out: au_strike_news (a ``<title>`` alone, Tailwind classes: "Updated March 19 2026 - 6:10am, first published
  March 18 2026 - 4:45pm" in the writer's box, a "Read more:" box, a closing box of ways to follow the outlet, "which
  The Harbour Times reported"), be_greve_news (a ``<title>`` alone: "Publié le 31/03/2026 à 06:12", "NAME et NAME, avec
  Belga", an "L’essentiel" box, "Photo : DR", "Selon nos confrères de X"), ja_suto_chiho (a ``<title>`` alone, an old
  table layout: "[2025年03月07日 07:00]" in a cell, "（報道部・NAME）" after the text, "共同通信の集計によると"),
  my_bagong_news (a ``<title>`` alone, an old table layout: "报道：NAME | 2026-04-14 18:52（更新：…）", "（图：法新社）",
  "（吉隆坡14日讯）", "（编辑：NAME）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_strike_news, ie_strike_news, de_streik_news, fr_greve_news, ja_suto_news,
  ja_kotsu_web, cn_bagong_news, hk_bagong_news;
- held out (scored once, blind, before any rule of the round): au_strike_news, be_greve_news, ja_suto_chiho,
  my_bagong_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=0.750 body_start=1.000
  body_end=0.750 related=1.000 attributions=0.964 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.167 date=0.750 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=1.000 body_end=1.000
  related=1.000 attributions=0.946 images=0.938;
- dev and held out after the rules (see "Hundred-and-forty-fifth held-out round" in docs/extraction-design.md): 1.000
  in every field. The rules made after the blind score, from the held-out pages: the writer's box's date under a
  numbered profile's link, a closing box of ways to follow the outlet, "Got a story? Email ADDRESS" in a writer's card,
  "…, which The Harbour Times reported cost …".

``tests/unseen_score.py unseen145`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen145"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_writers_boxes_follow_boxes_and_relative_citations_of_the_held_out_pages() -> None:
    """Rules made after the blind score: the date under a numbered profile's link in the writer's box ("Updated March 19
    2026 - 6:10am, first published March 18 2026 - 4:45pm") is the first publication's; a closing box listing ways to
    follow the outlet ("Bookmark SITE", "Follow us on X") and the writer's card's "Got a story? Email ADDRESS" are no
    text; "…, which The Harbour Times reported cost …" cites the paper."""
    text = "".join(f"<p>Train drivers on the Hunter line will walk off the job for 24 hours from 3am, part {n}.</p>"
                   for n in range(5))
    head = ("<p>Commuters face a day without trains as drivers escalate a long-running pay dispute.</p>"
            "<div class='flex'><img src='/a/sam.png' alt='Sam Whitlock'><div class='text-sm'><span>By "
            "<a href='https://news.example/profile/3321/sam-whitlock/'>Sam Whitlock</a></span>"
            "<div class='text-gray-600'>Updated March 19 2026 - 6:10am, first published March 18 2026 - 4:45pm</div>"
            "</div></div>")
    after = ("<div class='mt-6'><img src='/a/sam.png' alt=''><div><p><b>Sam Whitlock</b></p><p>Transport reporter at "
             "the Lakeside Mercury. Got a story? Email sam.whitlock@mercury.example</p></div></div>"
             "<div class='box'><p>Our journalists work hard to provide local news. This is how you can continue to "
             "access our trusted content:</p><ul><li>Bookmark mercury.example</li><li>Make sure you are signed up for "
             "our breaking and regular headline newsletters</li><li>Follow us on X</li></ul></div>")
    record = _extract(article_page(text, head=head, after=after), url="https://news.example/story/8934417/strike/")
    assert record["published"].startswith("2026-03-18")
    assert ["author", "Sam Whitlock"] in _pairs(record)
    assert record["body"].endswith("part 4.")
    # (a link alone names the writer so; a site's numbered profile of anything, its name one word, is no writer's page)
    line = "<div class='meta'><a href='https://news.example/profile/{}'>{}</a><span>3 min read</span></div>"
    assert _extract(article_page(text, head=line.format("3321/sam-whitlock/", "Sam Whitlock")))["authors"] == [
        "Sam Whitlock"]
    assert _extract(article_page(text, head=line.format("338123/fictions", "Fictions")))["authors"] == []
    assert _sources("The stoppage follows two strikes in November, which The Harbour Times reported cost the region's "
                    "businesses $2 million.") == ["The Harbour Times"]
    assert _sources("The figures, which Smith reported to the committee, were late.") == []


def test_datelines_agency_captions_and_web_editions_of_japanese_strike_stories() -> None:
    """A national daily's dateline of a foreign place in katakana and the writer in kanji, no sign between
    ("【ベルリンNAME】"), names the writer; "＝PLACEで2025年3月5日、ロイター" closing a caption credits the agency;
    "独紙X（電子版）によると" cites the paper."""
    text = "".join(f"<p>ドイツの大手鉄道会社で機関士らの労働組合が48時間のストライキに入り、長距離列車の多くが運休した。第{n}段落。</p>"
                   for n in range(5))
    figure = ("<figure><img src='https://news.example/img/koeln.jpg' alt=''><figcaption>駅前でプラカードを掲げる組合員ら"
              "＝ドイツ西部ケルンで2025年3月5日、ロイター</figcaption></figure>")
    record = _extract(article_page("<p>【ベルリン沢村圭介】" + text[3:] + figure, lang="ja", title="独鉄道スト",
                                   h1="独鉄道で48時間スト"))
    assert record["authors"] == ["沢村圭介"]
    assert ["photo", "ロイター"] in _pairs(record)
    assert _sources("独紙ノルトクーリエ（電子版）によると、会社側は差し止めを求めることも検討したが、見送ったという。", "ja") == [
        "ノルトクーリエ"]
