"""A hundred-and-twenty-eighth held-out round of pages imitating publishing systems (issue 9): lotteries,
gambling and betting: a UK paper's lottery story, a US site's sports betting story, a German regional paper's
gambling story, a French daily's betting or lottery story, a Japanese national daily's lottery story, a Japanese web
medium's pachinko or casino feature, a mainland portal's lottery story, a Taiwanese site's lottery story; held out: an
Australian site's poker machines story, a Swiss site's casino story, a Japanese regional paper's public racing story,
a Macau outlet's casino story.

As in unseen71 to unseen127, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the legal
warnings and helpline boxes gambling stories carry:

- uk_lottery_news: an unclaimed jackpot on a UK tabloid's pages (two writers, a numbers table, "As the Midland Echo
  first reported", "Additional reporting by NAME." closing the text, an "18+ | Play responsibly" strip);
- us_betting_news: prop bets banned on a US betting site's Next.js pages (an italic update note opening the text's box,
  "COLUMBUS, Ohio —", an odds box, "The Associated Press contributed to this report.");
- de_gluecksspiel_news: an unclaimed win on a German regional paper's pages (a numbers table, „X“ cited, "Mit Material
  von dpa", a "Spielen kann süchtig machen" box);
- fr_jeux_news: an operator fined on a French daily's Next.js pages ("Par A et B avec AFP", "Comme l'a révélé X", the
  legal "Jouer comporte des risques" notice);
- ja_takarakuji_news: an unclaimed jackpot on a national daily's pages (the writer "中川 里奈" in the byline's card,
  "（中川里奈）" closing the text, "経済誌「X」が…報じた");
- ja_pachinko_web: a town's last pachinko hall on a web business medium's pages ("※…のめり込みに注意しましょう。" over the
  text, "業界紙「X」の集計によれば", "（写真：筆者撮影）");
- cn_caipiao_news: a record draw on a portal's pages (the channel declared as writer, "X讯（记者 NAME NAME）" opening the
  text, "原创" badge in the headline, a "推荐阅读" feed);
- tw_caipiao_news: a jackpot on a Taiwanese paper's pages ("〔記者A、B／台北報導〕", "（中央社）", "★理性購買彩券★");
- held out: au_pokies_news (a ``<title>`` alone: "(SBC News: NAME)" credits, an "In short:" box, a "Need help?" box),
  ch_casino_news (a ``<title>`` alone: "Dieser Artikel wurde um 14.20 Uhr mit … ergänzt." over the text, a helpline
  box after it), ja_kyotei_chiho (a ``<title>`` alone, an old table layout: "文字サイズ 小 中 大" over the text, two
  "kiji_honbun" boxes, a caution box), mo_duchang_news (a ``<title>`` alone, an old table layout: "文／NAME　攝／NAME",
  "＊本文於…更新，…" and a "負責任博彩" box after the text, 路透社 cited).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). No expectation was mended.

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_lottery_news, us_betting_news, de_gluecksspiel_news, fr_jeux_news,
  ja_takarakuji_news, ja_pachinko_web, cn_caipiao_news, tw_caipiao_news;
- held out (scored once, blind, before any rule of the round): au_pokies_news, ch_casino_news, ja_kyotei_chiho,
  mo_duchang_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.500
  body_end=0.250 related=0.900 attributions=0.889 images=0.750 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.350 date=0.750 body_start=0.000 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=0.875 authors=0.875 date=1.000 body_start=0.875 body_end=1.000
  related=0.938 attributions=0.947 images=1.000;
- after the blind score, a rule from ch_casino_news's miss: a time's full stop inside a German completion note ("um
  14.20 Uhr");
- dev and held out after the rules (see "Hundred-and-twenty-eighth held-out round" in docs/extraction-design.md):
  1.000 in every field but the known failures below;
- after the round, before unseen129's pages were scored, rules from ja_kyotei_chiho's miss: an old layout's side
  column named "side", a text size switcher, a table's label row of the latest news.

``tests/unseen_score.py unseen128`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen128"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: the writer as her card prints her ("中川 里奈", a space between the names) where the expectation takes the
    # closing line's "（中川里奈）"; not tried
    ("ja_takarakuji_news", "authors"),
    ("ja_takarakuji_news", "attributions"),
    # dev: a portal's "原创" (original) badge in the headline's element kept; not tried (its "推荐阅读" feed of links on
    # other topics, read as teasers until unseen206, is the site's picks, ``body._picks_off_topic``)
    ("cn_caipiao_news", "headline"),
    # (held: a broadcaster's credits in brackets after the caption, "(SBC News: NAME)", "(Supplied: X)": read since
    # unseen137's rule of a credit in brackets of its own)
    # held: a helpline box after the text ("Probleme mit dem Glücksspiel? Die Beratungsstellen …", "負責任博彩 賭博只屬
    # 娛樂，切勿沉迷。如你…") kept as its end; not tried beyond the notice's own words
    ("ch_casino_news", "body_end"),
    ("mo_duchang_news", "body_end"),
    # held: 路透社 cited ("據路透社報道") not read; not tried
    ("mo_duchang_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_gambling_warning_and_a_completion_note_open_no_text() -> None:
    """"※パチンコ・パチスロは適度に楽しむ遊びです。のめり込みに注意しましょう。" over the text; "Dieser Artikel wurde um 14.20 Uhr
    mit der Stellungnahme … ergänzt." over it (the time's full stop no sentence's)."""
    text = "".join(f"<p>平日の午前10時。開店を告げる音楽が流れると、駐車場で待っていた客が店内に入っていく。第{n}段落。</p>"
                   for n in range(5))
    note = "<p>※パチンコ・パチスロは適度に楽しむ遊びです。のめり込みに注意しましょう。18歳未満の方は入店できません。</p>"
    html = article_page(note + text, lang="ja", title="町に一軒のパチンコ店", h1="町に一軒だけ残ったパチンコ店の10年")
    assert _extract(html)["body"].startswith("平日の午前10時")
    text = "".join(f"<p>Die Spielbank Biel verliert ihre Konzession auf Ende Jahr, Teil {n} der Geschichte.</p>"
                   for n in range(5))
    update = "<p><em>Dieser Artikel wurde um 14.20 Uhr mit der Stellungnahme der Betreiberin ergänzt.</em></p>"
    assert _extract(article_page(update + text, lang="de"))["body"].startswith("Die Spielbank Biel")


def test_a_paper_named_echo_cited() -> None:
    """"As the Midland Echo first reported" ("Echo", a word of papers' names)."""
    assert _sources("As the Midland Echo first reported on Tuesday, staff at the shop have been inundated.") \
        == ["the Midland Echo"]


def _old_layout_page(cells: str) -> str:
    """A page of an old table layout: the story's column (its heading's table, ``cells`` after the text) beside a side
    column named by its first word ("<td id='side'>"), its boxes of events and the paper's books in prose."""
    side = "".join(f"<table class='side_box'><tr><td class='side_head'>{head}</td></tr><tr><td>{line}</td></tr></table>"
                   for head, line in (("イベント情報", "・5/25（土）港のフリーマーケット、午前9時から正午まで、雨天中止。" * 3),
                                      ("本紙の本", "『港町の昭和　写真でたどる100年』好評発売中。A4判、160ページ、2,750円（税込み）。本社で。")))
    text = "".join(f"<p>　市が運営する競艇場の昨年度の売上高が過去最高を更新した。市の事業局が市議会の委員会で報告した。第{n}段落。</p>"
                   for n in range(4))
    return ("<html lang='ja'><head><meta charset='utf-8'><title>競艇場の売り上げ最高</title></head><body>"
            "<table width='960'><tr><td width='660' valign='top' id='main'>"
            "<table class='kiji_head'><tr><td class='kiji_date'>2024年5月22日 09時35分</td></tr>"
            "<tr><td><h1>競艇場の売り上げ最高に</h1></td></tr>"
            "<tr><td class='kiji_tool'>文字サイズ <a href='javascript:fs(12)'>小</a> <a href='javascript:fs(14)'>中</a> "
            "<a href='javascript:fs(17)'>大</a></td></tr></table>"
            f"<div class='kiji_honbun'>{text}</div>{cells}</td>"
            f"<td width='280' valign='top' id='side'>{side}</td></tr></table></body></html>")


def test_an_old_layout_side_column_a_text_size_switcher_and_the_latest_news_table() -> None:
    """After ja_kyotei_chiho's miss (held out): an old layout's side column named by its first word ("<td id='side'>",
    prose in its boxes) is no part of the story's; "文字サイズ 小 中 大", the text size's buttons in the heading's table,
    opens no text; a table headed by a label row of the latest news ("■地域の新着ニュース") holds the section's latest,
    no teasers, where one headed "■関連記事" holds the story's."""
    latest = ("<table class='kanren'><tr><td class='kanren_head'>■地域の新着ニュース</td></tr><tr><td class='kanren_list'>"
              "・<a href='/news/kiji.php?no=2'>ホタル舞う季節に　北山地区で観賞会</a>（5/22）<br></td></tr></table>")
    related = latest.replace("■地域の新着ニュース", "■関連記事").replace("no=2", "no=3")
    html = _old_layout_page(related + latest)
    record = _extract(html)
    assert record["body"].startswith("市が運営する競艇場")
    assert record["body"].endswith("第3段落。")
    assert _teasers(html) == ["https://news.example/news/kiji.php?no=3"]
