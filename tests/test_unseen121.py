"""A hundred-and-twenty-first held-out round of pages imitating publishing systems (issue 9): migration, borders and
integration: a US paper's immigration story, a UK paper's asylum story, a German regional paper's migration story, a
French news site's immigration story, a Japanese web medium's article on foreign residents, a Japanese national
daily's immigration-bureau story, a mainland portal's migration story, a Taiwanese site's migrant-worker story; held
out: a Canadian site's newcomers story, a Swiss paper's asylum page, a Japanese regional paper's multicultural
community story, a Macau outlet's migrant-worker story.

As in unseen71 to unseen120, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- us_immigration_news: farmworkers' deportation blocked, on a US metro daily's Arc-like pages (a dek in an ``<h2>``,
  two bylines with photos, "(Photo: X/AP)", "HARLAN FLATS, Wash. —", an "Explained" box with a table, "Staff writer
  NAME contributed reporting from X." closing the text);
- uk_asylum_news: asylum figures on a UK paper's hashed-class pages (the standfirst in a box named only by its
  ``data-gu-name``, without a full stop, the writers linked to "/profile/NAME", "Photograph: X/PA", "Her interview was
  translated by NAME.");
- de_migration_news: a reception centre on a German regional paper's pages ("RK+", a kicker, "Albersheim." opening the
  text, "Mit Material von dpa", "Wie der Lokalsender X zuerst berichtet hatte");
- fr_immigration_news: work permits on a French news site's Next.js pages ("Par A et B avec AFP", an "L'essentiel" box,
  "Comme l'a révélé L'Écho de la Loire");
- ja_gaikokujin_web: foreign workers in a factory town on a Next.js medium ("（写真：共同）", "（仮名）", "取材協力・通訳：NAME"
  set apart after the text, an "この著者の記事一覧" list);
- ja_nyukan_news: a residence ruling on a national daily's pages ("【A、B】" closing the first paragraph, "…、NAME撮影", a
  "ことば　X" glossary box after the text);
- cn_yimin_news: border figures on a portal's pages ("（原标题：…）", a "摘要：" box, "新华社北京4月16日电（记者A、B）",
  "本文来源：新华社 责任编辑：NAME");
- tw_yigong_news: a caregiver's employer change on a Taiwanese site's pages ("聯和報 / 記者NAME／台北報導", "圖／記者NAME攝影",
  "印尼語翻譯協助：NAME" after the text);
- held out: ca_newcomers_news (a ``<title>`` alone: a Summary box, "With files from The Canadian Press" in a box of its
  own after the text), ch_asyl_news (a ``<title>`` alone: "Mitarbeit: NAME", a "Korrektur:" note, writers' bios and
  "Fehler gefunden?" after the text), ja_tabunka_chiho (a ``<title>`` alone, an old table layout: "（NAME）" closing the
  last paragraph, a "【メモ】" box, a "関連記事" list of relative links), mo_waiyong_news (a ``<title>`` alone, an old
  table layout: the headline in a ``<td>``, "記者：A　實習記者：B　　瀏覽次數：… 字號：大 中 小" in its info row).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). One dev expectation was mended after the dev score,
by a convention already written: tw_yigong_news's "聯和報 / 記者NAME" names the group's paper as source on its own news
site (as unseen104's tw_laogong_news and unseen118's tw_wenxin_news).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_immigration_news, uk_asylum_news, de_migration_news, fr_immigration_news,
  ja_gaikokujin_web, ja_nyukan_news, cn_yimin_news, tw_yigong_news;
- held out (scored once, blind, before any rule of the round): ca_newcomers_news, ch_asyl_news, ja_tabunka_chiho,
  mo_waiyong_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000 body_start=1.000
  body_end=0.750 related=0.750 attributions=0.910 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.250 date=0.750 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.875 date=1.000
  body_start=0.875 body_end=0.875 related=0.986 attributions=0.851 images=0.938;
- dev after the rules (see "Hundred-and-twenty-first held-out round" in docs/extraction-design.md): 1.000 in every
  field; held out: the known failures below.

``tests/unseen_score.py unseen121`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT, article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _credit_pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen121"

#: (page, field) pairs still wrong, each a kind not fixed yet.
#: (held: "With files from The Canadian Press" in a box of its own after the text, failing until unseen147: such a line
#: is read anywhere in the article)
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: the writers' bios and "Fehler gefunden? Jetzt melden." after the text read as its end; not tried
    ("ch_asyl_news", "body_end"),
    # held: a "関連記事" table of relative links after a "【メモ】" box not read as teasers; not tried
    ("ja_tabunka_chiho", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_translators_and_interpreters_are_contributors() -> None:
    """"Her interview was translated by NAME." (a sentence of its own), "取材協力・通訳：NAME" (a foreign name in katakana,
    its parts parted by middle dots), "印尼語翻譯協助：NAME" closing the text credit contributors."""
    line = "<p>Her interview was translated by Farid Noorzai.</p>"
    assert ["contributor", "Farid Noorzai"] in _credit_pairs(_extract(article_page(COUNCIL_TEXT + line)))
    text = "".join(f"<p>技能実習から育成就労への移行を前に、北陸の工場で働くベトナム人の女性に話を聞いた。第{n}段落の内容が続く。</p>"
                   for n in range(5))
    html = article_page(text + "<p>取材協力・通訳：ファム・ティ・ホア</p>", lang="ja", title="育成就労", h1="育成就労を前に")
    assert ["contributor", "ファム・ティ・ホア"] in _credit_pairs(_extract(html))
    text = "".join(f"<p>阿妮說，等待轉換雇主期間最怕的是被迫回國，仲介也不願協助她辦理手續，第{n}段的內容還在繼續。</p>"
                   for n in range(5))
    html = article_page(text + "<p><em>印尼語翻譯協助：蘇麗娜</em></p>", lang="zh-TW", title="移工", h1="移工轉換雇主")
    assert ["contributor", "蘇麗娜"] in _credit_pairs(_extract(html))


def test_a_french_title_naming_a_place_and_a_photographer_glued_to_the_verb() -> None:
    """"Comme l'a révélé L'Écho de la Loire," (a title going on with a place's name after "de la"); "圖／記者NAME攝影"
    credits the photographer alone."""
    assert _sources("Comme l'a révélé L'Écho de la Loire, la préfecture a fermé le centre.", "fr") \
        == ["L'Écho de la Loire"]
    from newsarchive.extraction.credits import clean_credit
    assert clean_credit("圖／記者陳映伶攝影") == "陳映伶"


def test_a_glossary_box_after_the_text_closes_none_of_it() -> None:
    """"<div class='kotoba'><h2>ことば　在留特別許可</h2><p>DEFINITION</p></div>" after the text: a glossary's entry,
    no paragraph of the story."""
    text = "".join(f"<p>東京出入国在留管理局は「判決内容を精査し、関係機関と協議の上、適切に対応したい」とコメントした。第{n}段落。</p>"
                   for n in range(5))
    box = ("<div class='articledetail-kotoba'><h2>ことば　在留特別許可</h2><p>在留資格がなく退去強制の対象となった外国人について、"
           "法相が個別の事情を考慮して在留を特別に認める制度。日本人との婚姻や、日本での生活の長さなどが考慮される。</p></div>")
    html = article_page(text, lang="ja", title="在留特別許可", h1="在留特別許可認めず、国の処分取り消し", after=box)
    assert _extract(html)["body"].endswith("第4段落。")


def test_an_agencys_bare_dateline_names_the_writers_over_a_portals_source_line() -> None:
    """"本文来源：新华社" after a portal's text, the text opening "新华社北京4月16日电（记者A、B）": the reporters are the
    writers, the agency no writer."""
    text = ("<p>新华社北京4月16日电（记者程砚秋、马骁腾）国家移民管理局16日举行新闻发布会，通报一季度移民管理工作主要数据。</p>"
            + "".join(f"<p>一季度，全国边检机关累计查验出入境人员1.63亿人次，同比上升12.8%，第{n}段。</p>" for n in range(5)))
    html = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>一季度出入境人员超1.6亿人次</title></head><body><div "
            f"class='post_main'><h1>一季度全国边检机关查验出入境人员1.63亿人次</h1><div class='post_body'>{text}</div>"
            "<div class='post_author'>本文来源：新华社 责任编辑：王嘉禾_NN5021</div></div></body></html>")
    assert _extract(html)["authors"] == ["程砚秋", "马骁腾"]


def test_a_standfirst_in_a_hashed_box_named_by_its_data_name() -> None:
    """"<div data-gu-name='standfirst'><div class='dcr-1yi1cnj'><p>DECK</p></div></div>" beside the headline's box,
    repeating the declared description (no full stop): no paragraph of the text; a writer's "/profile/NAME" page
    linked in the byline is no teaser."""
    deck = "Quarterly statistics show fewer people waiting for a first decision, while hotel use has risen"
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Asylum backlog falls</title>"
            f"<meta name='description' content='{deck}'></head><body><main><article><div data-gu-name='headline'>"
            "<h1>Asylum backlog falls to 61,400 but hotel use creeps up again</h1></div>"
            f"<div data-gu-name='standfirst'><div class='dcr-1yi1cnj'><p>{deck}</p></div></div>"
            "<figure><img src='/a.jpg'><figcaption>A hotel in Leeds.</figcaption></figure><aside data-gu-name='meta'>"
            "<address><a rel='author' href='https://news.example/profile/harriet-pennington'>Harriet Pennington</a>"
            "</address></aside><div class='article-body'>"
            f"{COUNCIL_TEXT}</div></article></main></body></html>")
    record = _extract(html)
    assert record["body"].startswith("The council voted on Tuesday")
    assert not [link for link in record["related_links"] if link["kind"] == "related"]


def test_two_labelled_reporters_in_a_header_line() -> None:
    """"記者：A　實習記者：B　　瀏覽次數：2384　　字號：大 中 小" in an old system's info line: both reporters (the intern
    too) are the writers; the counts and the font buttons after them name nobody."""
    text = "".join(f"<p>【本報消息】本澳外僱人數連續三個月回升，勞工事務局最新數字顯示，三月底外地僱員總數按月增加，第{n}段。</p>"
                   for n in range(5))
    html = ("<html lang='zh-Hant'><head><meta charset='utf-8'><title>外僱人數回升</title></head><body><table><tr><td>"
            "<h1>外僱人數連續三個月回升　家傭佔比創新高</h1></td></tr><tr><td class='news_info'>發佈時間：2026-04-12 20:15　　"
            "來源：濠鏡時報　　記者：何詠琪　實習記者：鄭嘉朗　　瀏覽次數：<span id='hits'>2384</span>　　字號：<a href='#'>大</a> "
            f"<a href='#'>中</a></td></tr><tr><td>{text}</td></tr></table></body></html>")
    assert _extract(html, "https://www.haojing.example/news/show.asp?id=20412")["authors"] == ["何詠琪", "鄭嘉朗"]
