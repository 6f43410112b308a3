"""A seventy-second held-out round of pages imitating publishing systems (issue 9): where the article ends, what it
links to and who is credited, on news, magazine and culture pages in English, German, French, Japanese and Chinese.
Each page holds what its system prints inside the text and after its last paragraph: teasers in several forms
(labelled boxes between paragraphs, inline "Read also:" lines, lists after the text, cards beside it) next to lists
that are none (most read, latest, the section's, sponsored widgets), end notes (corrections, updates, disclosures,
credits lines, print notes, author bios), embedded posts, captions credited in the system's own format, and outlets
cited in the text. Four declare nothing but a ``<title>``. The held-out pages are scored blind (no test runs on them,
and no field of theirs is seen failing, before the single held-out score), BEFORE any rule of the round.

As in unseen71, the pages were written by four writers side by side, each told not to read the extractor's code or
its design notes, not to run it, and not to open the others' pages (they searched the earlier sets' test modules for
the names of systems only), from memory of each system's markup, with invented text and ``.example`` domains:

- au_national: an Australian public broadcaster (ABC-News-Australia-like, Next.js): "By regional affairs reporter
  NAME and NAME", a station line, "Posted Tue 12 Mar 2024 at 5:31am, updated …" (the declared dates in UTC, the 11th),
  a hidden "Photo: " label and "(STATION: NAME)" credits in a ``<cite>``, a "Key points:" box opening the text, an
  embedded tweet, "As first reported by the X Standard", a bold "ANB/AAP" line, "Related Stories" cards, "Top
  Stories", "Popular now";
- us_regional: a US metro daily on Arc XP (AJC-like): only "Updated March 13, 2024" printed under the headline (the
  12th declared), "Credit: NAME/PAPER" credits, an inline "More on …" box, a "RELATED:" line, "Staff writer NAME
  contributed to this article." as the last paragraph, an italic update note after it, "About the Author", "Keep
  Reading", Taboola links;
- de_regional2: a German regional daily (Südkurier-like): a kicker, a bold intro, "Von NAME und NAME", "| Bild:
  Surname, Given" credits, "Das könnte Sie auch interessieren" cards between paragraphs, "Lesen Sie auch:", "Wie der
  „X-Bote“ zuerst berichtet hatte", an italic "Korrektur, DATE: …" note and "Mit Material von dpa" closing the text's
  box, "Mehr zum Thema", author boxes, "Mehr aus …", "Meistgelesen";
- ch_romand: a Swiss French-language regional daily (Le-Nouvelliste-like), declaring nothing but ``<title>``: a chapô,
  "Par NAME", "Publié le … / Mis à jour le …", credits in their own spans ("NAME/PAPER", "DR", "Keystone/NAME"), "A
  lire aussi" cards, "Lire aussi:" lines, "Comme l'avait révélé «X» en mars", an italic "Cet article a été mis à jour
  le …" note and "Avec Keystone-ATS" closing the text, a poll, "Sur le même sujet", "Les plus lus", "Dans la même
  rubrique", sponsored content;
- jp_weekly2: a Japanese business site carrying a partner magazine's piece (JBpress-like): a partner's label over the
  ``<h1>``, the writer with the partner's name in an element of its own, "（写真：筆者撮影）", "地元紙のX新報によると",
  "英紙Xが報じたところでは", the partner's "関連記事" list inside the text's box, "あわせてお読みください",
  "アクセスランキング";
- cn_citypaper: a Chengdu city paper's app share page (红星新闻-like), declaring nothing but ``<title>``: the headline in
  a ``div``, "PAPER记者 NAME 实习生 NAME" as the text box's first paragraph, "▲… PAPER记者 NAME 摄" and "▲… 图据受访者"
  captions, "据《X》此前报道", "编辑 NAME 责编 NAME", "【延伸阅读】" links, the tip line's boilerplate, "热门推荐";
- us_health: a US health newsroom on WordPress (STAT-like): two writers, "Reprints", "NAME for OUTLET" and
  "NAME/AP" credits, a dateline, "Related:" lines, an embedded X post, "first reported in part by the X", "first
  described by the X in October", an italic funder note, "Trending Now", partner content;
- de_techblog: a German tech blog (Caschys-Blog-like), declaring nothing but ``<title>``: "von NAME | DATE | 4
  Kommentare", "Bild: X" captions, "Wie zuerst die Kollegen von X berichteten", "Passend dazu:", an ad box, a bold
  "Update, 16:05 Uhr:" paragraph, "Quelle: X", an italic "Transparenz: … Partnerlinks …" notice, Jetpack's "Ähnliche
  Beiträge";
- uk_opinion (held out): a British weekly's opinion column (New-European-like), declaring nothing but ``<title>``:
  "READ MORE:" lines, a pull quote, an italic bio and a print note closing the text, "More from WRITER", Outbrain;
- fr_site (held out): a French women's and consumer site (Femme-Actuelle-like): a video block inside the text, "Ça va
  vous intéresser :", "À lire aussi" cards, "© X" credits, "Comme l'a d'abord signalé X", "Selon le magazine X",
  "Sur le même thème", sponsored content;
- tw_news2 (held out): a Taiwanese online outlet (風傳媒-like): two writers, "（NAME攝）" and "（取自X臉書）" closing the
  captions, "（相關報導： TITLE｜更多文章）" lines, "據《X》報導", "更多風傳媒報導", Taboola cards;
- jp_culture (held out): a Japanese culture magazine's film review (Real-Sound-like): no byline over the text,
  "©2025「TITLE」製作委員会" glued to the stills' captions, "（写真＝NAME）", "関連記事", "米業界誌Xによると",
  "「X」によると", "（文＝NAME）" then a "■公開情報" facts paragraph in the text's box, popIn, "ランキング".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``).

Four expectations were mended after the dev score, by conventions already written: cn_citypaper's "PAPER记者 NAME 摄"
was first written as the credit "PAPER记者 NAME", but a Chinese photographer's credit is the name ("新京报记者 NAME 摄"
credits NAME, as every earlier set), and its "编辑 NAME 责编 NAME" as two contributors, but editors' lines credit no
role (unseen44); ch_romand's "DR" credits nobody; jp_culture's "©2025「TITLE」製作委員会" was first written with its
sign, but the sign and the year are a credit's label ("© 2024 Getty Images" credits Getty Images); uk_opinion's
"More from WRITER" cards were first written as no teasers, but unseen34's and unseen43's pages count a writer's
other stories under "More from WRITER" as related. (The first of these conventions also mended unseen71's cn_finance,
whose "图片来源：每经记者 NAME 摄" had been written, and read, as the credit "每经记者 NAME 摄".)

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): au_national, us_regional, de_regional2, ch_romand, jp_weekly2, cn_citypaper,
  us_health, de_techblog;
- held out (scored once, blind, before any rule of the round): uk_opinion, fr_site, tw_news2, jp_culture.

Until the held-out score was taken, no test ran on the held-out pages (one rule was made before it on a dev page's
caption, "每经记者 NAME 摄", and is counted with the round's). Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=0.750 related=0.870 attributions=0.797 images=0.708 (trafilatura 2.3.1 on the same pages:
  headline=1.000 authors=1.000 date=1.000 body_start=0.500 body_end=0.500; newsarchive with the declarations taken
  out, ``--undeclared``: the same figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=1.000 date=0.875
  body_start=0.875 body_end=0.500 related=0.975 attributions=0.851 images=0.833;
- dev, after the rules (see "Seventy-second held-out round" in docs/extraction-design.md): attributions=0.989 (one
  known failure), the rest 1.000;
- held out, after five held-out kinds fixed by rule ("Ça va vous intéresser", "（取自X）", "「X」によると" and a Latin
  name after "誌", the facts paragraph after "（文＝NAME）", "©" glued to a title's bracket): attributions=0.972 (one
  known failure), the rest 1.000.

``tests/unseen_score.py unseen72`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import FIXTURES as _ALL_FIXTURES  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen72"
FIXTURES = _ALL_FIXTURES / SET


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # ("the mayor told WQTV", a station's interview cited by its call sign, is a source since round 74:
    # ``attributions._TOLD_OUTLET``)
    # held out: "figures obtained by the X Observer": tried ("obtained by" as a citing verb) and dropped, as "documents
    # obtained by The Intercept" on the Intercept's own page (unseen19) and "figures obtained by OUTLET and PARTNER"
    # (unseen67) name the site itself; fixed with unseen158 (documents named before "obtained by", the own site's
    # name aside, ``attributions._DOCUMENTS_BEFORE``)
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_DE_TEXT = "".join(f"<p>Der Gemeinderat hat am Dienstag den neuen Haushalt beschlossen, nach langer Debatte, Teil {i}, "
                   "und zwei öffentlichen Anhörungen im Rathaus.</p>" for i in range(5))
_ZH_TEXT = "".join(f"<p>2月18日上午，锦溪区青杠街道桂香里小区3栋楼下，一台小型挖掘机开始破土作业，第{i}段。</p>" for i in range(5))


def _record(body: str, head: str = "", title: str = "Council approves budget after months of debate",
            h1: str = "<h1>Council approves budget after months of debate</h1>", lang: str = "en", after: str = "",
            url: str = "https://news.example/2026/03/12/story", meta: str = "") -> dict:
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{meta}</head><body>"
            f"<div class='main'>{h1}{head}<div class='content'>{body}</div></div>{after}</body></html>")
    return _extract(page, url)


def _roles(record: dict, role: str) -> list[str]:
    return [a["name"] for a in record["attributions"] if a["role"] == role]


def test_notes_closing_the_text_in_german_and_french_and_before_the_agency_line() -> None:
    """"Korrektur, 15. März 2024: In einer früheren Version dieses Artikels …" and "Cet article a été mis à jour le …"
    (notes on the article, as "Correction: …" is) close no text, also when the agency's credits line follows them
    ("Mit Material von dpa", kept as the text's last line); "Transparenz: In diesem Artikel sind Partnerlinks
    enthalten. …" closes none either."""
    last = "Die Fähre soll im Mai wieder fahren, sagte der Bürgermeister am Abend."

    def end(closing: str) -> str:
        return _record(_DE_TEXT + f"<p>{last}</p>" + closing, lang="de", title="Fähre fällt aus",
                       h1="<h1>Die Fähre zwischen den Orten fällt bis Mai aus</h1>")["body"]

    body = end("<p><em>Korrektur, 15. März 2024: In einer früheren Version dieses Artikels hieß es, das Schiff fasse 80 "
               "Personen. Richtig ist: 60 Personen.</em></p><p>Mit Material von dpa</p>")
    assert body.endswith(last + "\n\nMit Material von dpa")
    assert end("<p><em>Cet article a été mis à jour le 8 mai 2024 à 7h10 avec la date de l'exercice.</em></p>") \
        .endswith(last)
    assert end("<p><em>Transparenz: In diesem Artikel sind Partnerlinks enthalten. Durch einen Klick darauf gelangt "
               "ihr direkt zum Anbieter. Solltet ihr euch dort für einen Kauf entscheiden, erhalten wir eine kleine "
               "Provision.</em></p>").endswith(last)


def _fixture(name: str) -> dict:
    page = (FIXTURES / f"{name}.html").read_bytes()
    return _extract(page, json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))["url"])


def test_the_headline_printed_in_a_box_of_no_heading_opens_no_text() -> None:
    """An app's share page printing the headline in "<div class='articleTitle'>" (no ``<h1>``; cn_citypaper's page),
    the ``<title>`` the same: reading the text's opening back towards the headline stops at it, so the headline opens
    no text, the reporters' line under it neither."""
    record = _fixture("cn_citypaper")
    assert record["headline"] == "老旧小区加装电梯“卡”了7年：一楼住户从反对到签字，这次终于开工了"
    assert record["body"].startswith("2月18日上午，锦溪区青杠街道桂香里小区3栋楼下")


def test_a_chinese_papers_call_for_tips_closes_no_text() -> None:
    """"新闻线索报料通道：…一经采纳，即付报酬。24小时报料热线：…" after the text (and the editors' line before it):
    the text ends on its last paragraph."""
    last = "<p>据锦溪区住建部门数据，截至2024年底，全区已有317部老旧小区加装电梯投入使用。</p>"
    record = _record(_ZH_TEXT + last + "<p>编辑 郭钰 责编 魏宇森</p><p>新闻线索报料通道：应用市场下载APP，一经采纳，即付报酬。"
                     "24小时报料热线：028-86610000。</p>", lang="zh-CN", title="老旧小区加装电梯开工",
                     h1="<h1>老旧小区加装电梯“卡”了7年，这次终于开工了</h1>")
    assert record["body"].endswith("全区已有317部老旧小区加装电梯投入使用。")


def test_chinese_and_taiwanese_caption_credits() -> None:
    """"…聊天记录 图据受访者" (the picture according to its supplier), "…（取自NAME臉書）" (taken from), and "…。每经记者
    NAME 摄" (the paper's short name glued to the reporter's title): the supplier, the page, the photographer are the
    credits, as "新京报记者 NAME 摄" credits NAME."""
    from newsarchive.extraction.credits import clean_credit, split_caption

    assert split_caption("住户群里讨论加装电梯方案的聊天记录 图据受访者") == ("住户群里讨论加装电梯方案的聊天记录", "受访者")
    caption, credit = split_caption("鷺嶼縣議會4日發起跨黨派連署。（取自鷺嶼縣議會臉書）")
    assert (caption, clean_credit(credit)) == ("鷺嶼縣議會4日發起跨黨派連署。", "鷺嶼縣議會臉書")
    assert clean_credit("图片来源：每经记者 周静雯 摄") == "周静雯"


def test_an_embedded_post_is_no_teaser_box() -> None:
    """A tweet embedded between paragraphs ("<figure class='wp-block-embed-twitter'><blockquote class='twitter-tweet'>…
    <a href='…/status/…'>November 14, 2025</a>"): the post's date link is no related article's; a captioned picture
    linking a story still may be."""
    tweet = ("<figure class='wp-block-embed is-provider-twitter wp-block-embed-twitter'><div class='wp-block-embed__wrapper'>"
             "<blockquote class='twitter-tweet'><p>Three of my counties have lost their dialysis clinic.</p>&mdash; Sen. "
             "Ora Blevins (@SenOraBlevins) <a href='https://x.example/SenOraBlevins/status/1856612093345529411'>November "
             "14, 2025</a></blockquote></div></figure>")
    record = _record(_TEXT[:300] + tweet + _TEXT)
    assert [link["url"] for link in record["related_links"] if link["kind"] == "related"] == []


def test_outlets_cited_in_more_ways() -> None:
    """"first reported in part by the Cumberland Courier-Ledger", "first described by the Ridgeview Gazette in
    October", "Comme l'avait révélé «Le Journal du Haut-Val» en mars", "Comme l'a d'abord signalé Le Courrier de
    l'Estuaire", "地元紙の鷺浦新報によると", "英紙ノース・シー・クロニクルが報じた", "映画情報サイト「シネマポスト」によると":
    each cites the outlet; "first described by Dr. Alan Smith in 1984" cites no one."""
    def sources(sentence: str, lang: str = "en") -> list[str]:
        return _roles(_record(_TEXT[:200] + f"<p>{sentence}</p>" + _TEXT, lang=lang), "source")

    assert sources("The closures, first reported in part by the Cumberland Courier-Ledger, hit older patients.") \
        == ["the Cumberland Courier-Ledger"]
    assert sources("The bill was an idea first described by the Ridgeview Gazette in October.") \
        == ["the Ridgeview Gazette"]
    assert sources("The condition was first described by Dr. Alan Smith in 1984.") == []
    assert sources("Comme l'avait révélé «Le Journal du Haut-Val» en mars, un rapport recommandait de vidanger le lac.",
                   "fr") == ["Le Journal du Haut-Val"]
    assert sources("Comme l'a d'abord signalé Le Courrier de l'Estuaire, deux familles auraient trouvé du plastique.",
                   "fr") == ["Le Courrier de l'Estuaire"]
    assert sources("工場は昨年閉鎖された。地元紙の鷺浦新報によると、同社の受注残は春に事実上ゼロになっていた。", "ja") \
        == ["鷺浦新報"]
    assert sources("英紙ノース・シー・クロニクルが報じたところでは、同社は売却を検討している。", "ja") == ["ノース・シー・クロニクル"]
    assert sources("映画情報サイト「シネマポスト」によると、この場面の撮影には丸2日が費やされたという。", "ja") == ["シネマポスト"]


def test_an_update_printed_alone_on_an_american_page_dates_no_publication() -> None:
    """"Updated March 13, 2024" alone under a metro daily's headline, "2024-03-12T21:40:11Z" declared as published
    (us_regional's page): American clocks run behind UTC, so the printed day after the declared one is the update's,
    and the article is of the 12th; "Posted Tue 12 Mar 2024 at 5:31am, updated …" under an Australian headline
    (au_national's), "2024-03-11T18:31:02Z" declared, is the other side of midnight: the article is of the 12th."""
    assert _fixture("us_regional")["published"][:10] == "2024-03-12"
    assert _fixture("au_national")["published"][:10] == "2024-03-12"


def test_a_works_facts_paragraph_after_the_writers_bracket_closes_no_text() -> None:
    """"（文＝NAME）", then "<p>■公開情報<br>『TITLE』<br>全国公開中<br>出演：…<br>監督：…<br>配給：…</p>" in the text's
    box (a film review's release facts): the text ends on the review's last paragraph; a caption's "©2025「TITLE」製作
    委員会" glued to the title's bracket is the picture's credit (the sign and year its label)."""
    from newsarchive.extraction.credits import clean_credit, split_caption

    text = "".join(f"<p>ラスト、二人が選ぶ答えについてはここでは触れない。ただ、しばらく潮騒が耳から離れなかった、第{i}段落。</p>"
                   for i in range(5))
    facts = ("<p>（文＝小野寺千尋）</p><p>■公開情報<br>『潮騒のアトリエ』<br>全国公開中<br>出演：水無瀬ゆかり、桐島蒼<br>"
             "監督・脚本：真柴透子<br>配給：ミナトシネマズ<br>公式サイト：https://movie.example/</p>")
    record = _record(text + facts, lang="ja", title="潮騒のアトリエ レビュー", h1="<h1>『潮騒のアトリエ』が描く沈黙の強さ</h1>")
    assert record["body"].endswith("第4段落。")
    caption, credit = split_caption("『潮騒のアトリエ』©2025「潮騒のアトリエ」製作委員会")
    assert (caption, clean_credit(credit)) == ("『潮騒のアトリエ』", "「潮騒のアトリエ」製作委員会")


def test_a_french_teaser_label_saying_it_may_interest_you() -> None:
    """"<strong>Ça va vous intéresser :</strong> <a>HEADLINE</a>" between paragraphs labels a teaser, as "Das könnte
    Sie auch interessieren" does."""
    line = ("<p><strong>Ça va vous intéresser :</strong> <a href='https://news.example/enfant/diversification-"
            "alimentaire-erreurs-2156602'>Diversification alimentaire : les erreurs à éviter avec les compotes</a></p>")
    record = _record(_TEXT[:300] + line + _TEXT, lang="fr")
    assert [link["url"] for link in record["related_links"] if link["kind"] == "related"] \
        == ["https://news.example/enfant/diversification-alimentaire-erreurs-2156602"]
