"""A seventy-third held-out round of pages imitating publishing systems (issue 9): who wrote it and who else is
credited, on news, magazine and blog pages in English, German, French, Japanese, Chinese and Korean English: several
writers, job titles before or after the names, partner desks, bylines only at the text's end or inside its first
paragraph, writers declared otherwise than printed (a desk, the site, one of two, a photographer), photographers and
illustrators in the byline, closing credits lines, editors and translators, captions credited in each system's own
format, outlets cited in the text. Four declare nothing but a ``<title>``. The held-out pages are scored blind,
BEFORE any rule of the round.

As in unseen71 and unseen72, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- us_investigation: a US national daily's investigation (Washington-Times-like): "By A, B and C - PAPER - DATE",
  "(AP Photo/NAME) more >" and "(NAME/PAPER)" credits, "the X Sentinel reported last spring", "A in X and B in Y
  contributed to this report." as the last paragraph, "• NAME can be reached at …" lines;
- uk_news2: a UK regional on Arc XP (Express-&-Star-like): the site declared as the writer, "By NAME, Local Democracy
  Reporter", "Photo: X" credits in their own spans, "Read more:" lines, "Speaking to BBC Radio X", an italic
  "Additional reporting by NAME";
- de_national2: a German business magazine (Capital-like): a kicker in the ``<h1>``, "Ein Artikel von A, B und C"
  (two declared), "© IMAGO / NAME", "wie zuerst der „X“ berichtet hatte", "Mehr zum Thema", "Mitarbeit: NAME";
- ch_de: a Swiss regional daily on an old in-house CMS (Walliser-Bote-like), declaring nothing but ``<title>``: "Text:
  A und B | Fotos: C", "Publiziert: 04.03.26, 17:45 Uhr | Aktualisiert: 05.03.26, 08:10 Uhr", "Wie der «X» im Januar
  berichtete", "Mehr zum Thema", readers' comments;
- jp_daily3: a Hiroshima regional daily (Chugoku-Shimbun-like): the company declared as the writer, "【ニューヨーク＝NAME】"
  opening the text, "（撮影・NAME）", "◇", "（NAME、NAME）" closing it, "関連記事";
- cn_provincial2: a central paper's portal reprinting its print edition (光明网-like): one of two writers declared,
  "来源：SITE网-《PAPER》", "本报贵阳3月4日电（记者NAME、NAME）", "本报记者 NAME摄", "据《X》报道", the print line,
  "[ 责编：NAME ]";
- us_magfeature: a magazine feature (National-Geographic-like): "By NAME / Photographs by NAME / Illustrations by NAME",
  the photographer declared as a writer, "Photograph by NAME, ARCHIVE" credits, "Additional reporting by NAME.", the
  writers' note, "This story appears in the … issue", the Society's funding note;
- kr_news2: a Korean daily's English edition (JoongAng-Daily-like): the paper declared as the writer, "[YONHAP]",
  "[CITY GOVERNMENT]" and "[PHOTOGRAPHER]" credits in capitals, "BY NAME, NAME [email]" only at the end, an italic note
  on the AI-assisted translation, "Related Article";
- asia_news (held out): an Indian regional English daily (Tribune-India-like), declaring nothing but ``<title>``: "NAME &
  NAME", "Tribune News Service", "Tribune photo: NAME", "The Punjabi daily X had reported", "(With inputs from PTI)";
- fr_national2 (held out): a French public local radio's site (France-Bleu/ici-like, SvelteKit): the station declared as
  the writer, "Par A et B, STATION", "© AGENCY - NAME" credits, "Selon nos confrères de X", "À lire aussi";
- cjk_longread (held out): a Chinese news weekly's long read (中国新闻周刊-like), declaring nothing but ``<title>``: "本刊
  记者/NAME NAME" opening the text's box, "图/视觉中国", "图/受访者提供", "据《X》…报道", "实习生NAME对本文亦有贡献", the
  issue's credits block ("记者：", "编辑：", "运营编辑："), "版权声明：…", "相关新闻";
- tech_blog2 (held out): a language project's blog (go.dev-like), declaring nothing but ``<title>``: "A, B, and C<br>DATE"
  with no "By", a blog-name ``<h1>`` before the post's, "Acknowledgements" closing the text, "Next article: …".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``). Three expectations were mended after the dev score, by conventions already
written: cn_provincial2's "本报记者 NAME摄" credits NAME and its "责编" no role, cjk_longread's "编辑：" and "运营编辑："
credit no role (unseen44), and asia_news's "Tribune photo: NAME" keeps the paper's label (unseen39's "KT Photo: NAME").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_investigation, uk_news2, de_national2, ch_de, jp_daily3, cn_provincial2,
  us_magfeature, kr_news2;
- held out (scored once, blind, before any rule of the round): asia_news, fr_national2, cjk_longread, tech_blog2.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=0.500 related=0.964 attributions=0.826 images=0.750 (trafilatura 2.3.1 on the same pages:
  headline=0.750 authors=0.667 date=1.000 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out:
  headline=1.000 authors=0.950 date=1.000 body_start=0.750 body_end=0.500 related=0.964 attributions=0.804
  images=0.750);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.850 date=0.875
  body_start=1.000 body_end=0.750 related=0.975 attributions=0.777 images=0.698;
- dev, after the rules (see "Seventy-third held-out round" in docs/extraction-design.md): headline=1.000
  authors=0.933 date=1.000 body_start=1.000 body_end=1.000 related=0.975 attributions=0.932 images=0.969 (kr_news2's
  apposition, "the X Ilbo, an affiliate of the Y, reported", mended in the review);
- held out, after five held-out kinds fixed by rule ("The Punjabi daily X", "Selon nos confrères de X", "Tribune
  photo: NAME", "版权声明：", "Next article:"): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=0.964 attributions=0.950 images=1.000.

``tests/unseen_score.py unseen73`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen73"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # ("Speaking to BBC Radio X, the leader said", an interview given to a broadcaster, cites it since round 74)
    # (mended in round 84: a newsletter form's privacy link, "/datenschutz/", inside the text's box is no teaser)
    # (mended in round 74: "【ニューヨーク＝NAME】" opening the text names its writer beside the closing byline's, and
    # "米紙X は、…と報じている" cites X; one of two writers declared, the dateline's brackets naming both ("（记者NAME、
    # NAME）"), gives both)
    # the hero picture's caption set apart from its image (the image's credit and caption lost); "first reconstructed
    # … by the X Observer" (a verb not read as citing); not tried
    ("us_magfeature", "attributions"), ("us_magfeature", "images"),
    # held out: the intern's "实习生NAME对本文亦有贡献" and "据《X》…报道" with words between; not tried (its "推荐阅读" box's
    # cards, on other topics, were read as teasers until unseen205's ``body._picks_off_topic``)
    ("cjk_longread", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)




def _record(body: str, head: str = "", lang: str = "en", meta: str = "",
            h1: str = "Council approves budget after months of debate") -> dict:
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{h1}</title>{meta}</head><body><article>"
            f"<h1>{h1}</h1>{head}<div class='content'>{body}</div></article></body></html>")
    return _extract(page)


def _sources(sentence: str, lang: str = "en") -> list[str]:
    return [a["name"] for a in _record(_TEXT[:200] + f"<p>{sentence}</p>" + _TEXT, lang=lang)["attributions"]
            if a["role"] == "source"]


def test_outlets_cited_after_an_adverb_a_time_and_the_word_saying_what_they_are() -> None:
    """"wie zuerst der „X“ berichtet hatte", "Wie der «X» im Januar berichtete", "and the X Sentinel reported last
    spring", "The Punjabi daily X had reported", "Selon nos confrères de X", "the X Ilbo, an affiliate of the Y,
    reported": each cites the outlet; "… über das Saarland, Frankreich und Luxemburg berichtet" cites no country, "The
    mayor, a Democrat, reported" no outlet."""
    assert _sources("Die Anlage wird verschoben, wie zuerst der „Wirtschaftskurier“ berichtet hatte.", "de") \
        == ["Wirtschaftskurier"]
    assert _sources("Wie der «Rhonekurier» im Januar berichtete, hatte der Kanton die Gemeinde aufgefordert.", "de") \
        == ["Rhonekurier"]
    assert _sources("The memo went unnoticed, and the Gulf Coast Sentinel reported last spring that two charities "
                    "shared an account.") == ["the Gulf Coast Sentinel"]
    assert _sources("The Punjabi daily Jagat Savera had reported the breach a week ago.") == ["Jagat Savera"]
    assert _sources("Selon nos confrères de L'Écho du Vercors, la route restera fermée.", "fr") == ["L'Écho du Vercors"]
    assert _sources("Fewer than half stayed, the Hanmaru Ilbo, an affiliate of the Korea Hanmaru Daily, reported last "
                    "year.") == ["the Hanmaru Ilbo"]
    assert _sources("The mayor, a Democrat, reported the results on Monday.") == []
    assert _sources("Sie berichtet seit Jahren über das Saarland, Frankreich und Luxemburg berichtet.", "de") == []


def test_captions_credited_in_capitals_in_brackets_after_a_papers_label_and_before_a_more_link() -> None:
    """"… on Tuesday. [JANG JIN-YOUNG]" (a Korean English-language daily's credits in capitals), "… on Monday. Tribune
    photo: NAME" (the paper's label kept, as unseen39's "KT Photo: NAME"), "… (AP Photo/NAME) more >" (the caption's
    link to its full text no part of the credit)."""
    from newsarchive.extraction.credits import clean_credit, split_caption

    caption, credit = split_caption("Kim Da-eun checks garlic shoots on Tuesday. [JANG JIN-YOUNG]")
    assert (caption, credit, clean_credit(credit)) \
        == ("Kim Da-eun checks garlic shoots on Tuesday.", "[JANG JIN-YOUNG]", "JANG JIN-YOUNG")
    assert split_caption("Farmers plug the breach on Monday. Tribune photo: Ravi Kumar") \
        == ("Farmers plug the breach on Monday.", "Tribune photo: Ravi Kumar")
    caption, credit = split_caption("Debris lines a street in Gillory, La. (AP Photo/Harriet Olmsted) more >")
    assert (caption, clean_credit(credit)) == ("Debris lines a street in Gillory, La.", "AP Photo/Harriet Olmsted")
    assert split_caption("Delegates at the [EU] summit") == ("Delegates at the [EU] summit", None)


def test_a_job_title_and_a_photographer_declared_as_a_writer() -> None:
    """"By NAME, Local Democracy Reporter" names one writer (the UK scheme's title no name); a photographer the page
    declares as a writer beside the writer, whom the printed byline credits apart ("Photographs by NAME"), writes
    nothing."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("By Harriet Okonjo-Blythe, Local Democracy Reporter") == (["Harriet Okonjo-Blythe"], [])
    meta = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Above the lake", "author": '
            '[{"@type": "Person", "name": "Maren Okafor"}, {"@type": "Person", "name": "Tomás Ledesma"}]}</script>')
    head = ("<div class='byline'><div><span>By</span> <span class='author'>Maren Okafor</span></div>"
            "<div><span>Photographs by</span> <span class='author'>Tomás Ledesma</span></div></div>")
    assert _record(_TEXT, head=head, meta=meta, h1="Above the lake")["authors"] == ["Maren Okafor"]


def test_a_day_first_date_with_a_two_digit_year_before_a_clock() -> None:
    """"Publiziert: 04.03.26, 17:45 Uhr | Aktualisiert: 05.03.26, 08:10 Uhr" (a Swiss daily's line): the 4 March 2026
    publication; a dotted pair of numbers without a clock after it is no date."""
    from newsarchive.extraction.dates import parse_printed_date

    assert parse_printed_date("Publiziert: 04.03.26, 17:45 Uhr")[:10] == "2026-03-04"
    assert parse_printed_date("Version 04.03.26 des Plans") is None


def test_notes_closing_a_translated_or_funded_story() -> None:
    """"This article was originally written in Korean and translated by …", "The X Society … funded Explorer NAME's
    work.", "NAME writes about water and risk from Lima. …" (the writers' note), "版权声明：…", "Next article: TITLE" close
    no text."""
    last = "<p>At dusk, Quispe walks the path behind his house to the spot where the valley opens.</p>"
    for note in ("<p><em>This article was originally written in Korean and translated by a bilingual reporter with "
                 "the help of generative AI tools.</em></p>",
                 "<p><i>The Meridian Geographic Society, committed to protecting the wonder of our world, funded "
                 "Explorer Tomás Ledesma’s work.</i></p>",
                 "<p><i>Maren Okafor writes about water and risk from Lima. Ines Varga is an illustrator based in "
                 "Budapest.</i></p>",
                 "<p>Next article: Sharing fuzzing corpora between modules</p>"):
        assert _record(_TEXT + last + note)["body"].endswith("the valley opens."), note
    from newsarchive.extraction.hints import PROMPT_TEXT

    assert PROMPT_TEXT.match("版权声明：凡注明“来源：时代新闻周刊”的所有作品，版权均属于时代新闻周刊。") is not None


def test_the_sites_own_name_before_its_paper_in_the_source_line() -> None:
    """"来源：晨光网-《晨光日报》" under the headline of 晨光网 (the site, then its paper): the site naming itself, no source;
    another portal there is still the source."""
    def sources(line: str) -> list[str]:
        page = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>贵州今年将新建农村公路5000公里--经济--晨光网</title>"
                "</head><body><div class='main'><h1>贵州今年将新建农村公路5000公里</h1><div class='info'>"
                f"<span>2024年03月05日04:32</span> | <span>{line}</span></div><div class='content'>"
                + "".join(f"<p>贵州省今年将新建和改造农村公路5000公里，重点解决偏远村寨出行难问题，第{i}段。</p>" for i in range(5))
                + "</div></div></body></html>")
        return [a["name"] for a in _extract(page, "https://news.chenguang.example/2024-03/05/content_1.htm")
                ["attributions"] if a["role"] == "source"]

    assert sources("来源：晨光网-《晨光日报》") == []
    assert sources("来源：新华网") == ["新华网"]
