"""A hundred-and-twenty-fourth held-out round of pages imitating publishing systems (issue 9): charities,
volunteering and fundraising: a UK regional paper's food bank story, a US local TV site's fundraising story, a German
regional paper's donation drive, a French regional daily's charity collection, a Japanese national daily's donation
story, a Japanese web medium's volunteering feature, a mainland portal's charity story, a Taiwanese site's
fundraising story; held out: a New Zealand site's charity story, an Austrian site's appeal story, a Japanese regional
paper's relief collection story, a Singapore Chinese-language site's charity story.

As in unseen71 to unseen123, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the story's
own appeals (text) beside the site's appeals to its readers (no text):

- uk_charity_news: a food bank's demand on a UK regional paper's pages (a standfirst named "sub-title", a newsletter
  box before the first paragraph, "Donations can be made at …" in the text, a "How to help" box, a "Support our
  journalism" box, a "Read more" list of topic links after it);
- us_fundraiser_news: a fundraising walk on a local TV site's WordPress pages ("DELMONT, Ill. (WKRV) —", a video
  player's title "Video: …" under its poster, "READ MORE:" lines, "More Local News" cards, "The Associated Press
  contributed to this report.");
- de_spenden_news: a donation drive after a fire on a German regional paper's pages ("Wie der Lokalsender X zuerst
  berichtet hatte", a "So können Sie helfen" box with bank details, "Mit Material von dpa", a "Jetzt unterstützen"
  appeal);
- fr_solidarite_news: a food collection on a French regional daily's Drupal pages ("Photo DR", "Comme l'indiquait déjà
  X la semaine dernière", a "Pratique" box in the text's field);
- ja_kifu_news: a crowdfunding drive on a national daily's Next.js pages ("＝…、NAME撮影", "＝X提供", "浪速テレビが…報じ",
  an expert's comment after the text);
- ja_volunteer_web: a temple's free meals on a web medium's WordPress pages (a placeholder author declared,
  "取材・文：NAME　写真：NAME　編集：NAME", "ウェブメディア「X」も…取り上げていた", a donation box with bank details after the text);
- cn_gongyi_news: a food bank on a portal's pages republishing a paper's story ("来源: X" in the header, "（原标题：…）",
  "■怎样帮忙" box, "本文来源：X 作者：NAME");
- tw_gongyi_news: a charity walk on a Taiwanese daily's pages ("〔記者NAME／台北報導〕" opening the text, "（記者NAME攝）", a
  "支持我們" box);
- held out: nz_charity_news (a ``<title>`` alone: "Local Democracy Reporter·X", "Photo / Supplied", "LDR is local body
  journalism co-funded by RNZ and NZ On Air." after the text), at_spenden_news (a ``<title>`` alone, hashed classes: a
  "Spendenkonto" box, a "Schlagwörter:" line and two writers' cards, each a link to the writer's page and a line on
  her, after the text), ja_zenkoku_chiho (a ``<title>`` alone, an old table layout: "（NAME）" after the text, then a
  "【社告】" box of the paper's own appeal), sg_cishan_news (a ``<title>`` alone: "《X》上月报道", "（受访者提供）", a PayNow
  appeal in the text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations were mended after the dev score
by conventions already written: a station's call sign in its own dateline names it as source (us_fundraiser_news's
"(WKRV) —", as unseen118's us_viral_news); a portal's "来源: X" / "本文来源：X" names X as source (cn_gongyi_news, as
unseen122's cn_wangshi_news).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_charity_news, us_fundraiser_news, de_spenden_news, fr_solidarite_news,
  ja_kifu_news, ja_volunteer_web, cn_gongyi_news, tw_gongyi_news;
- held out (scored once, blind, before any rule of the round): nz_charity_news, at_spenden_news, ja_zenkoku_chiho,
  sg_cishan_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.500 related=1.000 attributions=0.964 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.250 date=1.000 body_start=0.500 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.912 attributions=0.918 images=1.000;
- after the blind score, rules from the held-out pages' misses, each describing how such pages are built: a writer's
  card closing the text (a small box led by a link to the writer's page, her name its words); a Japanese paper's
  notice labelled "【社告】"; a Chinese outlet in 《》 reporting "上月" (last month) or last week;
- dev and held out after the rules (see "Hundred-and-twenty-fourth held-out round" in docs/extraction-design.md):
  1.000 in every field but the known failures below.

``tests/unseen_score.py unseen124`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT, article_page, field_test, teaser_urls  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen124"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a video player's title under its poster ("<p class='video-player__title'>Video: Thousands walk …</p>") read
    # as the poster's credit, "Video:" being a credit's label; fixed with unseen158 (a title after "Video:", words in
    # lower case among capitalised ones, ``credits.is_video_title``)
    # dev: a "Read more" heading over a list of topic links ("<div class='article-tags'><h4>Read more</h4><ul
    # class='topics'>", "/all-about/NAME") gave one of them as a teaser; fixed with unseen165 (a topic page under
    # "/all-about/", ``body._TOPIC_PAGE``)
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_the_sections_latest_filed_with_its_noun_are_no_teasers() -> None:
    """"More Local News" over cards after a story filed at /news/local-news/…: the section the address files it
    under, named with its noun, lists its latest stories, no teasers (as "More World News" on /world/…); at an address
    naming no such section the label stays a teaser label."""
    cards = "".join(f"<article class='story-card'><a href='/news/local-news/story-{n}/'><h3>Local story number {n} "
                    f"makes the news this week</h3></a></article>" for n in range(4))
    after = f"<section class='more-stories'><h2>More Local News</h2><div class='grid'>{cards}</div></section>"
    html = article_page(COUNCIL_TEXT, after=after)
    related = [link for link in _extract(html, "https://news.example/news/local-news/walk-raises-record/")[
        "related_links"] if link["kind"] == "related"]
    assert related == []
    assert len(teaser_urls(html)) == 4  # (at /2026/03/12/story)


def test_outlets_cited_in_charity_stories() -> None:
    """"Comme l'indiquait déjà X la semaine dernière" (the pronoun elided before the verb); "ウェブメディア「X」も…取り上げて
    いた" (the name, then "also"); "《X》上月报道" (last month)."""
    assert _sources("Comme l'indiquait déjà Radio Quercy Sud la semaine dernière, plusieurs épiceries sociales ont dû "
                    "réduire leurs horaires.", "fr") == ["Radio Quercy Sud"]
    assert _sources("Comme l'explique le maire, la collecte a doublé en un an.", "fr") == []
    assert _sources("ウェブメディア「ソーシャルタイムズ」も、昨年末の特集で寺院の炊き出しの広がりを取り上げていた。", "ja") == ["ソーシャルタイムズ"]
    assert _sources("《狮城晨报》上月报道，本地多家宗教团体近期都出现食物援助需求上升的情况。", "zh") == ["狮城晨报"]


def test_writers_cards_and_a_papers_notice_close_no_text() -> None:
    """After the text: two writers' cards, each a small box led by a link to her page ("<a href='/autor/NAME'>NAME</a>
    <p>Redakteurin im Ressort Graz …</p>", "Reporter, seit 2017 beim X."), and a tags line before them; a Japanese
    paper's own notice labelled "【社告】"."""
    text = "".join(f"<p>Mehr als 300 Ehrenamtliche nahmen an den Telefonen Spenden entgegen, Teil {n} der Gala.</p>"
                   for n in range(5))
    cards = ("<div class='tags'><span>Schlagwörter:</span> <a href='/tag/spenden'>Spenden</a> <a href='/tag/graz'>"
             "Graz</a></div><div class='cards'>" + "".join(
                 f"<div class='card'><img src='/a/{n}.jpg' alt=''><div><a href='/autor/{slug}'>{name}</a><p>{bio}</p>"
                 "</div></div>" for n, (slug, name, bio) in enumerate((
                     ("katharina-poelzl", "Katharina Pölzl", "Redakteurin im Ressort Graz, schreibt über Soziales."),
                     ("stefan-hoerzer", "Stefan Hörzer", "Reporter, seit 2017 beim Steirerblick.")))) + "</div>")
    html = ("<html lang='de'><head><meta charset='utf-8'><title>Gala</title></head><body><article><h1>Spendengala "
            f"bringt Rekord</h1><div class='content'>{text}</div>{cards}</article></body></html>")
    assert _extract(html)["body"].endswith("Teil 4 der Gala.")
    text = "".join(f"<p>県共同募金会は8日、大雨災害の義援金が1億円を超えたと発表した。第{n}段落の内容が続く。</p>" for n in range(5))
    notice = ("<table><tr><td><b>【社告】大雨災害義援金を受け付けています</b><br><font size='-1'>北潮新聞社は義援金を本社と各支社"
              "で受け付けています。</font> <a href='/shakoku/'>詳しくはこちら</a></td></tr></table>")
    html = article_page(text, after=notice, lang="ja", title="義援金1億円超す", h1="大雨災害の義援金、1億円超す")
    assert _extract(html)["body"].endswith("第4段落の内容が続く。")
