"""A hundred-and-twenty-second held-out round of pages imitating publishing systems (issue 9): royalty and monarchy:
a US magazine's royals story, a UK paper's royal visit, a German celebrity magazine's royals story, a French
magazine's royalty story, a Japanese web medium's imperial family article, a Japanese national daily's imperial
family story, a mainland portal's foreign royals story, a Taiwanese site's imperial family story; held out: an
Australian site's royal tour story, a Belgian French-language site's monarchy page, a Japanese regional paper's
imperial visit story, a Hong Kong outlet's royal story.

As in unseen71 to unseen121, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- us_royals_news: a royal baby on a US magazine's pages (three titles, a standfirst in an ``<h2>``, "Related:" lines,
  a "Who's Who" box, a "Was this page helpful?" prompt and a note on the site's sourcing after the text, "an interview
  with national broadcaster VRK");
- uk_royal_news: a royal visit on a UK paper's hashed-class pages (a standfirst linking the section's page, "Read
  more" cards, an amendment note, a reader appeal with a "Support us" button after the text);
- de_adel_news: a royal baby on a German celebrity magazine's pages (a kicker, a "Royal-Timeline" box, "Foto: IMAGO /
  Pool / NAME", "Verwendete Quellen: dpa, X, Y" in one line);
- fr_royaute_news: a state dinner on a French magazine's WordPress pages ("Par NAME avec AFP", "Selon le quotidien
  valmorien La Gazette de Brévine", "Cet article est également paru dans X n° 3912 …");
- ja_koushitsu_web: a princess's first solo duty on a women's web magazine ("（写真：代表撮影）", "（宮内庁提供）", a gallery
  link, "『週刊明星』が報じた");
- ja_koushitsu_news: a state banquet on a national daily's Next.js pages (a lead caption in a plain ``<div>``, "…、代表
  撮影", "…、NAME撮影", a "キーワード" box);
- cn_wangshi_news: a royal birth on a portal's pages ("（原标题：…）", a "【王室小档案】" box, "本文来源：X 作者：NAME" in a box
  named for nothing, "责任编辑：NAME", readers' comments under the text);
- tw_huangshi_news: a state banquet on a Taiwanese site's pages (the agency declared as author, "（中央社記者NAME東京21日
  電）", "圖／路透", "（編輯：NAME）1150521");
- held out: au_royal_news (a ``<title>`` alone: a bold intro over the byline, "— with AAP" set apart), be_monarchie_news
  (a ``<title>`` alone: "Par A et B", an update note over the text, "© BELGA PHOTO NAME", "Avec Belga"),
  ja_gyoukou_chiho (a ``<title>`` alone, an old table layout: "（代表撮影）" captions, "（報道部　NAME、一部共同）" after the
  text, a schedule table), hk_wangshi_news (a ``<title>`` alone: "撰文：NAME", "（綜合法新社及路透社報道）" closing the
  text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations were mended after the dev score,
and one held-out expectation after the blind score, by conventions already written: a pool picture's "代表撮影"
without a label credits nobody (as unseen14's jiji's "（代表撮影）"): ja_koushitsu_news's and ja_gyoukou_chiho's
captions; cn_wangshi_news's "本文来源：X" names the portal's source (as unseen117's cn_hangban_news). (de_adel_news's
"Verwendete Quellen: dpa" was first mended to a source, by the list items' convention, then set back to the writer's
contributor: a line of its own naming an agency after a sources label credits it, as "Quelle: dpa" does.)

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_royals_news, uk_royal_news, de_adel_news, fr_royaute_news,
  ja_koushitsu_web, ja_koushitsu_news, cn_wangshi_news, tw_huangshi_news;
- held out (scored once, blind, before any rule of the round): au_royal_news, be_monarchie_news, ja_gyoukou_chiho,
  hk_wangshi_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.917 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=0.776 images=0.750 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.250 date=1.000 body_start=0.500 body_end=0.750; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.875 date=1.000
  body_start=1.000 body_end=0.500 related=0.986 attributions=0.906 images=0.917;
- after the blind score, a rule from ja_gyoukou_chiho's miss (an agency's part "一部共同" in the writers' closing
  brackets, no writer);
- dev and held out after the rules (see "Hundred-and-twenty-second held-out round" in docs/extraction-design.md):
  1.000 in every field but the known failures below.

``tests/unseen_score.py unseen122`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT, article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _credit_pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen122"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a standfirst's link to the section's page ("Monarchy – latest news and analysis", the kicker's own link)
    # read as a teaser (as unseen115's uk_festival_news); not tried
    ("uk_royal_news", "related"),
    # dev: the lead caption in a plain <div> under the picture not read; not tried
    ("ja_koushitsu_news", "images"),
    # (dev: a "【王室小档案】" facts box after the text, before the readers' comments read into the text's blocks, kept
    # as its end, failing until unseen148: the labelled box is looked for again once the edges' trim took the comments)
    # held: "（宮内庁提供）" closing a caption in a table row not read, failing until unseen157: a supplier's bracket
    # after another closing the caption, "…両陛下（当時は皇太子ご夫妻）（宮内庁提供）", is read (the schedule table after
    # "（報道部　NAME、一部共同）", kept as the text's end in the blind score, is cut since unseen135: the writers' line
    # closes the text)
    # held: "（綜合法新社及路透社報道）" closing the text read as a source (Reuters) and not as the two agencies'
    # contributions; not tried
    ("hk_wangshi_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_reader_appeal_a_feedback_prompt_and_a_sourcing_note_close_no_text() -> None:
    """After the text: a reader appeal of a few paragraphs whose button calls for support to an offer's page ("<a
    href='https://support.X/contribute?…'>Support us</a>"); a "Was this page helpful?" prompt; a site's note that it
    "uses only high-quality sources …"; a print note "Cet article est également paru dans X n° 3912 …". None ends
    the text."""
    appeal = ("<div class='epic'><h2>You’ve read 7 articles in the last year</h2>" + "".join(
        f"<p>… we have a small favour to ask. Tens of millions have placed their trust in our journalism, part {n}, "
        "turning to us in moments of crisis, uncertainty, solidarity and hope.</p>" for n in range(2))
        + "<div><a href='https://support.news.example/contribute?INTCMP=epic'>Support us</a></div></div>")
    end = "keeps the property tax rate where it was last year."
    text = COUNCIL_TEXT + COUNCIL_TEXT.replace("part ", "section ")
    assert _extract(article_page(text + appeal))["body"].endswith(end)
    # (the text's own box with a sign-up button at its foot is no appeal's box: unseen65's ninenews_au)
    notes = ("<div class='feedback'><span>Was this page helpful?</span><button>Yes</button><button>No</button></div>"
             "<p>Starlight uses only high-quality sources, including peer-reviewed studies, to support the facts "
             "within our articles.</p>")
    assert _extract(article_page(COUNCIL_TEXT + notes))["body"].endswith(end)
    text = "".join(f"<p>Le roi a ensuite visité le Louvre, où une salle entière est consacrée aux primitifs, "
                   f"partie {n}.</p>" for n in range(5))
    note = "<p>Cet article est également paru dans Point Couronne n° 3912 du 24 avril 2026.</p>"
    assert _extract(article_page(text + note, lang="fr"))["body"].endswith("partie 4.")


def test_outlets_and_credits_of_royal_stories() -> None:
    """"an interview with national broadcaster VRK" (the broadcaster's noun after a word saying whose, no article);
    "le quotidien valmorien La Gazette de Brévine" (a title going on with a place); "Verwendete Quellen: dpa, X, Y"
    in one line credits the agency as "Quelle: dpa" does."""
    assert _sources("In a 2024 interview with national broadcaster VRK, the Crown Princess spoke candidly.") == ["VRK"]
    assert _sources("She works for a local newspaper in the north of the country, she said.") == []
    assert _sources("Selon le quotidien valmorien La Gazette de Brévine, le roi arrivera lundi.", "fr") \
        == ["La Gazette de Brévine"]
    text = "".join(f"<p>Die Taufe soll nach Angaben des Hofamts im Frühsommer in der Schlosskapelle stattfinden, "
                   f"Teil {n}.</p>" for n in range(5))
    sources = "<p><em>Verwendete Quellen: dpa, Solviker Morgenblad, hofamt.example</em></p>"
    html = article_page(text + sources, lang="de")
    assert ["contributor", "dpa"] in _credit_pairs(_extract(html))


def test_a_portals_source_line_names_the_writer_and_an_agencys_part_no_writer() -> None:
    """"<span>本文来源：OUTLET 作者：NAME</span>" after a portal's text, in a box named for nothing: NAME wrote it; a
    Japanese paper's closing "（報道部　NAME、一部共同）": NAME wrote it, Kyodo's copy was used (a contributor, no
    writer)."""
    text = "".join(f"<p>当地时间4月17日凌晨，王储妃在首都的王室医院顺利诞下一名男婴，母子平安，第{n}段的内容还在继续。</p>"
                   for n in range(5))
    html = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>王储妃诞下次子_网云新闻</title></head><body><div "
            f"class='post_main'><h1>王储妃诞下次子，王室公布新生儿名字</h1><div class='post_body'>{text}</div><div "
            "class='ep-source'><span class='left'><a href='/'><img src='/logo.png' alt=''></a> 本文来源：环球时讯网 "
            "作者：林嘉屿</span><span class='ep-editor'>责任编辑：王思远_NF5521</span></div></div></body></html>")
    assert _extract(html)["authors"] == ["林嘉屿"]
    text = "".join(f"<p>　天皇、皇后両陛下は２７日、全国豊かな海づくり大会に出席するため特別機で北浜空港に到着し、漁港や水産試験場を"
                   f"視察された。第{n}段落の内容が続く。</p>" for n in range(5))
    html = article_page(text + "<p>（報道部　田村翔太、一部共同）</p>", lang="ja", title="両陛下が来県",
                        h1="両陛下が来県、海づくり大会に出席")
    record = _extract(html)
    assert record["authors"] == ["田村翔太"] and ["contributor", "共同"] in _credit_pairs(record)
