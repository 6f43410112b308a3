"""A hundred-and-nineteenth held-out round of pages imitating publishing systems (issue 9): history, archaeology and
anniversaries: a US paper's local history story, a UK paper's archaeology find, a German regional paper's history
page, a French regional paper's heritage story, a Japanese web medium's history article, a Japanese national daily's
excavation story, a mainland portal's archaeology story, a Taiwanese site's local history story; held out: an Irish
news site's heritage story, a Belgian French-language site's history page, a Japanese regional paper's anniversary
story, a Macau Chinese-language outlet's history story.

As in unseen71 to unseen118, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- us_history_news: a "Looking back" column on a 1928 dam failure on a US paper's BLOX-like pages (an ``<h2>`` subhead,
  an "Update:" box over the text, "Courtesy of the X Historical Society", "Photo: X Archive", a "Key dates" box
  after the text, "The X Daily Register reported at the time");
- uk_archaeology_news: a Bronze Age logboat on a UK paper's hashed-class pages (a quotation as headline, the date in
  a ``<details>``, credits closing the captions, "published in the Journal of X", "first reported by the X Gazette");
- de_geschichte_news: a mill's restoration on a German regional paper's pages (a kicker in the ``<h1>``, "Mit
  Material der dpa" set apart, "Wie der X Anzeiger im Mai 1928 berichtete", a footer's "Lesen Sie auch: Die
  bisherigen Teile der Serie „X“" list);
- fr_patrimoine_news: a stolen statue returned on a French regional paper's pages ("Photo GdM, NAME", an
  "L'essentiel" box, "Repères", "Comme l'avait révélé le magazine Trésors des régions");
- ja_rekishi_web: merchant letters on a Next.js history medium ("連載 古文書は語る［第12回］", a lead over the byline,
  "※次回「X」は3月19日公開予定です。", a notes box "注" over "参考文献", the series' list after the text);
- ja_iseki_news: a burial mound's find on a national daily's pages ("【NAME、NAME】" set apart after the text,
  "＝…、NAME撮影", "＝X教育委員会提供", a chronology table);
- cn_kaogu_news: a Warring States tomb on a portal's pages ("（原标题：…）", "X新闻记者 NAME 通讯员 NAME", a timeline box,
  "图片来源：X", "据《X》此前报道", "已发表于《X》");
- tw_wenshi_news: a rice shop's restoration on a Taiwanese site's pages (the series' kicker "老街慢慢走 之三", "圖／X文化局
  提供", a "【老街慢慢走】系列報導" list, "延伸閱讀");
- held out: ie_heritage_news (a ``<title>`` alone: two writers, "Read more:" lines after the text), be_histoire_news
  (a ``<title>`` alone: "Photo d'archives : X", "Comme le rapportait à l'époque la Gazette de X", "Pour en savoir
  plus", "Dans la même série"), ja_kinen_chiho (a ``<title>`` alone, a table layout: the section and date row over
  the ``<h2>``, "（汐見支局・NAME）" after the text's box, a memo box, 「X史談」), mo_lishi_news (a ``<title>`` alone, an
  old ASP table layout: "來源：X　記者：NAME" in the info line, "（X檔案館圖片）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations were mended after the dev
score, by conventions already written: cn_kaogu_news's "通讯员 NAME" is a contributor, no writer (fourteen pages of
earlier sets expect so; unseen89's cn_kejibao, the writer's model, is the one that does not); tw_wenshi_news's
"【老街慢慢走】系列報導" list, the series the kicker over the headline names, is the series' stories, no teasers (as
"More from SERIES" named by the kicker, unseen64).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_history_news, uk_archaeology_news, de_geschichte_news, fr_patrimoine_news,
  ja_rekishi_web, ja_iseki_news, cn_kaogu_news, tw_wenshi_news;
- held out (scored once, blind, before any rule of the round): ie_heritage_news, be_histoire_news, ja_kinen_chiho,
  mo_lishi_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.500 date=1.000 body_start=0.750
  body_end=0.500 related=0.964 attributions=0.756 images=0.792 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.333 date=1.000 body_start=0.250 body_end=0.000; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.958 date=1.000
  body_start=1.000 body_end=0.875 related=0.894 attributions=0.938 images=1.000;
- after the blind score, rules from ja_kinen_chiho's and mo_lishi_news's misses (a table-laid page's header row over
  an ``<h2>`` headline, a writer's line set apart after the text's box, "記者：NAME" in a header line of time and
  counts): held out headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=0.750 related=0.964
  attributions=0.867 images=0.792;
- dev after the rules (see "Hundred-and-nineteenth held-out round" in docs/extraction-design.md): 1.000 in every
  field; held out: the known failures below.

``tests/unseen_score.py unseen119`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT, article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen119"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: a "Dans la même série" list after the text's sources box read as its last paragraph and not as teasers;
    # "Photo d'archives : X" credited with its label; "Comme le rapportait à l'époque la Gazette de X" not read; not
    # tried
    ("be_histoire_news", "body_end"),
    ("be_histoire_news", "related"),
    ("be_histoire_news", "attributions"),
    ("be_histoire_news", "images"),
    # held: "郷土史誌「X」の最新号に発表した" (a local history journal's issue) not read as a source; not tried (the lead
    # picture, linking its viewer by the article's number under another key, is read since unseen132)
    ("ja_kinen_chiho", "attributions"),
    # (held: mo_lishi_news's info line "發佈時間：… 來源：X　記者：NAME　點擊數：…", its writer missed in the blind score, is
    # read since: the time before the label, the hit count after the name)
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_teaser_label_in_the_footer_with_words_on_its_list() -> None:
    """"<footer><div><h3>Lesen Sie auch: Die bisherigen Teile der Serie „X“</h3><ul>…" after the text: a teaser label,
    its colon opening words on the list under it, heads teasers; a footer's heading that is a sentence does not."""
    rows = "".join(f"<li><a href='https://news.example/lokales/verborgene-orte-teil-{n}-9358{n}.html'>Teil {n}: Der "
                   f"Friedhof am Galgenberg und seine Steine</a></li>" for n in range(1, 4))
    def teasers(label: str) -> list[str]:
        html = article_page(COUNCIL_TEXT, lang="de", after=f"<footer><div class='series'><h3>{label}</h3><ul>{rows}"
                                                          "</ul></div></footer>")
        return _teasers(html)
    assert teasers("Lesen Sie auch: Die bisherigen Teile der Serie „Verborgene Orte“") == [
        f"https://news.example/lokales/verborgene-orte-teil-{n}-9358{n}.html" for n in range(1, 4)]
    assert teasers("Lesen Sie auch: Die Serie endet hier mit dem fünften Teil.") == []


def test_outlets_cited_in_history_stories() -> None:
    """"Wie der X im Mai 1928 berichtete" (a month's year after it); "le magazine Trésors des régions" (a French title
    going on in lower case after "des"), one source, not its first word as a second."""
    assert _sources("Wie der Oberkinziger Anzeiger im Mai 1928 berichtete, mahlte die Mühle damals noch Korn.", "de") \
        == ["Oberkinziger Anzeiger"]
    assert _sources("Comme l'avait révélé le magazine Trésors des régions, la statue a été retrouvée.", "fr") \
        == ["Trésors des régions"]
    assert _sources("Selon le magazine Time de la semaine dernière, la statue a été retrouvée.", "fr") == ["Time"]


def test_notes_and_a_next_instalments_note_close_no_text() -> None:
    """A serial's "※次回「TITLE」は3月19日公開予定です。" under the text, then a box of notes ("<h3>注</h3><ol><li>※1 …")
    over its references ("<h3>参考文献</h3><ul>…"): the text ends at its last paragraph."""
    text = "".join(f"<p>蔵の中で百数十年眠っていた手紙は、開港地の繁栄が山村の小さな商いに支えられていたことを教えてくれる。第{n}段落。</p>"
                   for n in range(5))
    after = ("<p class='next'>※次回「横浜の売込商をたどる」は3月19日公開予定です。</p><div class='notes'><h3>注</h3><ol><li>※1"
             "　1880年代前半、紙幣整理で物価が急落し、生糸や米の価格も大きく下がった。</li></ol><h3>参考文献</h3><ul><li>"
             "三枝俊介「菅野家文書にみる明治期の取引」『地方史研究ノート』第58号、2026年</li></ul></div>")
    html = article_page(text + after, lang="ja", title="古文書は語る", h1="生糸の手紙が語る山村の商い")
    assert _extract(html, "https://www.rekishi.example/articles/-/4061")["body"].endswith("第4段落。")


def test_a_table_laid_pages_header_row_and_its_writer_set_apart() -> None:
    """An old table layout's row of section and date over its ``<h2>`` headline, all read among the text's blocks: the
    text starts below the headline; the writer "（汐見支局・NAME）" in a ``<p>`` of its own after the text's box names
    the writer and closes the text (the memo box after it is none of it; the line itself, the byline, goes with it)."""
    text = "".join(f"<p>　1946年3月に汐見町の中心部を焼き尽くし、23人が犠牲となった大火から13日で80年を迎えた。追悼式が開かれた。第{n}段落。"
                   "</p>" for n in range(6))
    html = ("<html lang='ja'><head><meta charset='utf-8'><title>汐見大火から80年｜北潮新報</title></head><body><table>"
            "<tr><td id='main'><div id='kiji'><table><tr><td class='kiji_cat'><img src='/img/icon_area.gif' width='12' "
            "height='12' alt=''> 汐見・北浜</td><td class='kiji_date'>2026/03/14 05:00</td></tr></table><h2 "
            "class='kiji_title'>汐見大火から80年　体験者ら慰霊碑前で誓い</h2>"
            f"<div class='kiji_honbun'>{text}</div><p class='kiji_kisha'>（汐見支局・村岡紗季）</p><table class='memo_box'>"
            "<tr><td>【汐見大火の経過】</td></tr><tr><td>1946年3月13日午後9時ごろ　港近くの水産加工場付近から出火<br>14日午前5時"
            "ごろ　鎮火。412棟焼失、死者23人</td></tr></table></div></td></tr></table></body></html>")
    record = _extract(html, "https://www.hokucho.example/news/article.php?storyid=58213")
    assert record["body"].startswith("1946年3月に汐見町の中心部を焼き尽くし")
    assert "汐見大火の経過" not in record["body"] and record["body"].endswith("第5段落。")
    assert record["authors"] == ["村岡紗季"]


def test_a_reporter_labelled_in_a_header_line_of_dates_and_counts() -> None:
    """An old system's info line under the headline: "發佈時間：DATE TIME　來源：PAPER　記者：NAME　點擊數：3362" (the time
    before the label, the hit count after the name): the reporter is the writer; so is "作者：NAME" after a time."""
    text = "".join(f"<p>【本報訊】福隆圍大火九十五周年，澳門檔案館昨日起舉辦首個專題展覽，展出百幅舊照片，重現街坊重建家園的歷程，第{n}段。</p>"
                   for n in range(5))
    def authors(line: str) -> list[str]:
        html = ("<html lang='zh-Hant'><head><meta charset='utf-8'><title>福隆圍大火九十五周年</title></head><body><table>"
                "<tr><td><h1>福隆圍大火九十五周年　檔案館首展百幅舊照</h1></td></tr><tr><td class='info'><font>"
                f"{line}</font></td></tr><tr><td>{text}</td></tr></table></body></html>")
        return _extract(html, "https://www.hojiang.example/news/show.asp?id=58213")["authors"]
    assert authors("發佈時間：2026-05-10 08:15　來源：濠江時報　記者：何嘉欣　點擊數：3362") == ["何嘉欣"]
    assert authors("2026-05-10 08:15　作者：何嘉欣") == ["何嘉欣"]
