"""A hundred-and-forty-eighth held-out round of pages imitating publishing systems (issue 9): sports governance, doping
and integrity: a UK tabloid's website's football governance story, a US sports network's site's doping ban story, a
German sports magazine's site's federation row story, a French sports daily's sports court appeal story, a Japanese
sports paper's site's doping story, a Japanese sports web medium's feature on a league's salary cap, a mainland sports
portal's match-fixing story, a Taiwanese sports site's betting scandal story; held out: an Indian English daily's site's
cricket match-fixing story, a Swiss German paper's site's World Cup hosting story, a Japanese regional paper's local
team funding story, a Hong Kong paper's sports section's doping story.

As in unseen71 to unseen147, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the sports
desks' bylines, sanctions tables and live-score widgets sports stories carry:

- uk_sport_news: a football owner ousted on a tabloid's WordPress pages (a kicker over the ``<h1>``, a bold capitalised
  first paragraph, a "PROMOTED" box, "Credit: Getty Images - Getty", "first reported by the X", "told Radio X Sport",
  "We pay for your stories!");
- us_sport_news: a doping ban on a sports network's site (pictures in ``<aside>`` boxes between paragraphs, credits in a
  ``<cite>``, a "Related" box, "Information from The Associated Press was used in this report.");
- de_sport_news: a federation's president voted out on a sports magazine's Drupal pages ("Von A und B, Sportredaktion",
  "Update, 12. März, 8.15 Uhr:", "Quelle: BDH", "Wie die „X“ Anfang Februar berichtet hatte", "jh/sk mit dpa");
- fr_sport_news: a doping ban upheld on a sports daily's hashed classes ("Par A et B (avec AFP)", "(NAME/X)" credits,
  "révélée en juillet par Vélo Hebdo", "Interrogée par Radio X");
- ja_sport_news: a doping ban on a sports paper's site ("運動部　NAME" opening the text's box, "【写真】…（全3枚）" under the
  lead picture, a sanctions table, a "◆NAME（よみ）" profile box after the text);
- ja_sport_web: a salary cap feature on a sports magazine's Next.js pages ("text by NAME Romanised", "photograph by
  Getty Images" in the header, "豪紙Xは当時、「…」と指摘した");
- cn_tiyu_news: a match-fixing sentence on a sports portal ("体育记者 NAME" card, "核心提示", "图/新华社", "据《X》报道");
- tw_tiyu_news: a betting scandal on a Taiwanese site (an italic "更新：補充…" note and "記者NAME／台北報導" opening the
  text's box, "▲" caption lines, "►" teaser lines after the text);
- held out: in_sport_news (a ``<title>`` alone: two linked writers, no "By", "Updated - … - BENGALURU" over the text and
  "Published - …" after it, "| Photo Credit: NAME", "As first reported by The X"), ch_sport_news (a ``<title>`` alone,
  hashed classes: an overline ``<h2>``, "NAME, Paris", a newsletter box opening the text's box, "*Mitarbeit: NAME*"),
  ja_sport_chiho (a ``<title>`` alone, an old table layout: "（北潮支局　NAME、運動部　NAME）" after the text),
  hk_tiyu_news (a ``<title>`` alone, an old table layout: "記者 NAME · 2026年3月3日 星期二 · 更新：11:42", "（法新社圖片）",
  "（綜合法新社報道）" after the text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_sport_news, us_sport_news, de_sport_news, fr_sport_news, ja_sport_news,
  ja_sport_web, cn_tiyu_news, tw_tiyu_news;
- held out (scored once, blind, before any rule of the round): in_sport_news, ch_sport_news, ja_sport_chiho,
  hk_tiyu_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=1.000 attributions=0.964 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.000 date=0.500 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=0.875 body_end=0.875
  related=0.920 attributions=0.867 images=0.812;
- dev and held out after the rules (see "Hundred-and-forty-eighth held-out round" in docs/extraction-design.md): 1.000
  in every field but authors 0.917, attributions 0.971 and images 0.958 (the known failures below). The rule made
  after the blind score, from the held-out pages: "（綜合法新社報道）" credits the agency.

``tests/unseen_score.py unseen148`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls  # noqa: E402

SET = "unseen148"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "<p class='reporter'>運動部　NAME</p>" opening the text's box, the page declaring the paper as author: the
    # line is left out of the text but read as no byline (a class naming a reporter marks writers' bio cards as often:
    # tried, it broke three earlier pages); not fixed
    ("ja_sport_news", "authors"),
    ("ja_sport_news", "attributions"),
    # dev: "photograph by Getty Images" in the header's credits line, the lead picture's caption crediting nobody: not
    # read as the lead picture's credit; not tried
    ("ja_sport_web", "images"),
    ("ja_sport_web", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_compiled_agency_reports_of_the_held_out_pages() -> None:
    """Rule made after the blind score: "（綜合法新社報道）" set apart after the text, the story compiled from the agency's
    reports, credits the agency as a contributor."""
    text = "".join(f"<p>國際體育仲裁法庭維持對單車手的四年禁賽處分，車手的上訴被駁回，第{n}段。</p>" for n in range(5))
    record = _extract(article_page(text + "<p>（綜合法新社報道）</p>", lang="zh-HK", title="禁賽", h1="單車手上訴被駁回"))
    assert ["contributor", "法新社"] in _pairs(record)
    assert record["body"].endswith("第4段。")


def test_pictures_citations_credits_and_teasers_of_sports_stories() -> None:
    """A picture in an ``<aside>`` between paragraphs captioned by a ``<figcaption>`` ("photoCaption") is the article's;
    "wie die „X“ Anfang Februar berichtet hatte", "révélée en juillet par Vélo Hebdo" and "豪紙Xは当時、「…」と指摘した" cite
    outlets; "jh/sk mit dpa" credits the agency; a gallery line, "【写真】TITLE（全3枚）", links to no teaser; a profile box
    "◆NAME（よみ）" closes no text; "更新：補充…" opens none; "►TITLE" link lines are teasers."""
    text = "".join(f"<p>The sprinter was banned for four years after testing positive for a steroid, part {n}.</p>"
                   for n in range(5))
    aside = ("<aside class='inline inline-photo'><figure><img src='https://news.example/img/sprint.jpg' alt='Sprint'>"
             "<figcaption class='photoCaption'>The sprinter won bronze at the last Games. <cite>Harlan Beck/Getty "
             "Images</cite></figcaption></figure></aside>")
    record = _extract(article_page(aside + text))
    assert ["photo", "Harlan Beck/Getty Images"] in _pairs(record)
    assert _sources("Wie die „Hessische Abendpost“ Anfang Februar berichtet hatte, soll der Präsident die Verbände "
                    "erst spät informiert haben.", "de") == ["Hessische Abendpost"]
    assert _sources("L'affaire avait été révélée en juillet par Vélo Hebdo, qui avait fait état d'un résultat anormal.",
                    "fr") == ["Vélo Hebdo"]
    assert _sources("豪紙シドニー・レジャーは当時、「キャップを守らせる側の調査権限が弱すぎた」と指摘した。", "ja") == ["シドニー・レジャー"]
    text = "".join(f"<p>Der Handball-Bund hat seinen Präsidenten nach der Finanzaffäre abgewählt, Teil {n}.</p>"
                   for n in range(5))
    record = _extract(article_page(text, lang="de", title="Handball", h1="Präsident abgewählt",
                                   after="<p class='source-line'>jh/sk mit dpa</p>"))
    assert ["contributor", "dpa"] in _pairs(record)
    text = "".join(f"<p>陸上女子の選手が、ドーピング検査で禁止物質が検出されたとして、4年間の資格停止処分を受けた。第{n}段落。</p>"
                   for n in range(5))
    photo = ("<figure><a href='/sports/photonews/photonews_1.html'><img src='https://news.example/img/a.jpg' alt=''>"
             "</a>"
             "<figcaption>記者会見で処分について説明する選手</figcaption><p class='photo-more'><a href='/sports/photonews/"
             "photonews_1.html'>【写真】会見で頭を下げる早瀬美月</a>（全3枚）</p></figure>")
    profile = ("<div class='article-profile'><p class='article-profile__title'>◆早瀬美月（はやせ・みづき）</p><p>1999年8月3日、"
               "宮城県生まれ。仙台中央高から東邦学芸大を経て22年に北都電機入り。</p></div><p class='copyright'>※掲載の記事・写真の無断転載を"
               "禁じます</p>")
    html = article_page(photo + text + profile, lang="ja", title="資格停止", h1="早瀬美月に4年間の資格停止")
    assert teaser_urls(html) == []
    assert _extract(html)["body"].endswith("第4段落。")
    text = "".join(f"<p>台北地檢署今日偵結兩名投手涉嫌收受組頭賄賂、配合放水一案，依法提起公訴，第{n}段。</p>" for n in range(5))
    lines = ("<p><a href='https://sports.example/news/2684115'>►獵鷹投手遭約談　球團：全力配合調查</a></p>"
             "<p><a href='https://sports.example/news/2679006'>►境外賭博網站滲透職業運動　檢警聯手追查</a></p>")
    html = article_page("<p><em>更新：補充球團及被告律師回應。</em></p>" + text + lines, lang="zh-TW", title="簽賭",
                        h1="職棒再爆簽賭案")
    assert _extract(html)["body"].startswith("台北地檢署")
    assert teaser_urls(html) == ["https://sports.example/news/2684115", "https://sports.example/news/2679006"]
