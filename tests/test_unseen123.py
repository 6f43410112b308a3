"""A hundred-and-twenty-third held-out round of pages imitating publishing systems (issue 9): media, press and
journalism: a US news site's story on a newspaper chain's job cuts, a UK paper's media desk story on a broadcaster's
funding, a German media-trade site's story on a publishers' merger, a French daily's story on a public broadcaster's
programme change, a Japanese national daily's story on a paper ending its evening edition, a Japanese web medium's
story on a broadcaster, a mainland portal's story on a media group's reform, a Taiwanese site's media story; held
out: a Canadian local news site's story on a paper's closure, a Swiss German-language site's media story, a Japanese
regional paper's story on local press, a Hong Kong outlet's media story.

As in unseen71 to unseen122, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- us_media_news: a chain's job cuts on a US site's Next.js pages (a kicker, two writers with photos, each name
  followed by a role span, one holding a desk's name, "Ledger Daily Business"; "The Associated Press contributed to
  this report." closing the text, then a "Disclosure:" box on the site's owner);
- uk_press_news: a broadcaster's funding row on a UK paper's pages ("NAME Media editor and NAME", the date in a
  ``<details>``, credits closing the captions, a newsletter box in the text, "• This article was amended on …");
- de_medien_news: a publishers' merger on a German media-trade site's WordPress pages (an italic "Update, 15:20 Uhr:"
  over the text, "Mit Material von dpa" then a "Transparenzhinweis:" box on the site's owner after it, "das
  Branchenblatt „X“ … zuerst über die Pläne berichtet hatte");
- fr_medias_news: a public broadcaster's programme change on a French daily's pages (credits in capitals, "révélée dans
  la soirée par X", "a-t-elle déclaré à l’Agence France-Presse", "une tribune, publiée mercredi dans X", "Lire aussi"
  lines);
- ja_shimbun_news: a paper ending its evening edition on a national daily's Next.js pages ("＝…、NAME撮影", "＝X社提供",
  "北海テレビが…報じていた", an expert's comment after the text);
- ja_hoso_web: a broadcaster's scandal on a web medium's WordPress pages ("文：NAME（…）／写真：NAME／編集：NAME", a points box
  and a table of contents over the text, an "【おことわり】" note on the site's ties after it);
- cn_chuanmei_news: a media group's reform on a portal's pages ("（原标题：…）", "云帆新闻记者 NAME NAME" over the text,
  "据《X》此前报道", "（说明：…）" after it, "责任编辑：NAME_NM5082");
- tw_meiti_news: a press-freedom index on a Taiwanese site's pages ("記者NAME／台北報導" as the first ``<p>``, "►延伸閱讀："
  lines in the text, a "【揭露聲明】" note after it);
- held out: ca_media_news (a ``<title>`` alone: a role span "Local Journalism Initiative Reporter", an italic "NAME
  covers municipal affairs for X under the Local Journalism Initiative, which is funded by …" after the text, a
  "Disclosure:" box, an "About the Author" bio), ch_medien_news (a ``<title>`` alone, Angular markup: an italic
  "Dieser Artikel wurde am Freitagmittag mit der Stellungnahme … ergänzt." over the text, "Mitarbeit: NAME" and
  "Offenlegung: …" after it, a facts box in it), ja_chihoushi_news (a ``<title>`` alone, an old table layout: the date
  in a ``<td class="hiduke">`` "2025年6月4日（水）　掲載", a picture table floated beside the text's first paragraph, its
  caption "…＝3日、PLACE" uncredited, "（政経部・NAME）" after the text), hk_meiti_news (a ``<title>`` alone, hashed
  classes: a standfirst between the headline and "撰文：NAME　攝影：NAME", "（本網記者NAME亦有參與採訪）" after the
  text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). No expectation was mended.

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_media_news, uk_press_news, de_medien_news, fr_medias_news,
  ja_shimbun_news, ja_hoso_web, cn_chuanmei_news, tw_meiti_news;
- held out (scored once, blind, before any rule of the round): ca_media_news, ch_medien_news, ja_chihoushi_news,
  hk_meiti_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=0.750 body_start=0.250
  body_end=0.750 related=1.000 attributions=0.956 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.250 date=0.750 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=0.975 date=1.000 body_start=1.000 body_end=0.875
  related=1.000 attributions=0.957 images=1.000;
- after the blind score, rules from the held-out pages' misses, each describing how such pages are built: a funding
  note naming the scheme capitalised ("Local Journalism Initiative … funded by"); a German note that the article was
  completed, its when and what between ("Dieser Artikel wurde am … mit … ergänzt."); a line in a picture table's
  caption row, credited or not, opens no text; a date cell named by the word "date" romanised ("hiduke"); a Chinese
  line in brackets crediting reporters who took part ("（本網記者NAME亦有參與採訪）");
- dev and held out after the rules (see "Hundred-and-twenty-third held-out round" in docs/extraction-design.md):
  1.000 in every field but the known failures below.

``tests/unseen_score.py unseen123`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT, article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _credit_pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen123"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: the weekly where an open letter was published ("une tribune, publiée mercredi dans X") not read as a source
    # (no rule reads "published in X" as citing X, in any language: an op-ed's outlet is no report's); not tried
    ("fr_medias_news", "attributions"),
    # held: a weekly named as the story's subject after its noun ("die Wochenzeitung «X»", hit by the cuts) read as a
    # source, as the quoted-medium rule reads any such name whatever the verb; not tried
    ("ch_medien_news", "attributions"),
    # held: a standfirst alone in a hashed box right under the headline, the byline and date lines after it, read as
    # the text's opening: earlier pages expect the same layout's paragraph (an unnamed box's, unseen62's france3; one
    # named "article-first-paragraph", unseen7's newsquest) as the opening, and the structure tells them apart no
    # more than the words do (tried: a box of one paragraph whatever its name fixed two pages and broke two)
    ("hk_meiti_news", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_desk_in_the_writers_role_span_names_no_writer() -> None:
    """"By <span class='byline__name'>NAME</span>, <span class='byline__role'>Ledger Daily Business</span> and …": the
    role span holds the writer's desk, no writer (the line's text keeps it: a role span may be a label, "Edited by")."""
    head = ("<div class='byline__names'>By <span class='byline__name'><a href='/profiles/dana-whitcombe'>Dana "
            "Whitcombe</a></span>, <span class='byline__role'>Ledger Daily Business</span> and <span "
            "class='byline__name'><a href='/profiles/marcus-oyelaran'>Marcus Oyelaran</a></span>, <span "
            "class='byline__role'>Media reporter</span></div>")
    record = _extract(article_page(COUNCIL_TEXT, head=head))
    assert record["authors"] == ["Dana Whitcombe", "Marcus Oyelaran"]
    assert "Ledger Daily Business" in record["attributions"][0]["text"]


def test_outlets_cited_in_a_media_story() -> None:
    """"das Branchenblatt „X“" (a German compound of a medium's noun before the quoted name), "révélée dans la soirée
    par X" (the part of the day between the verb and "par")."""
    assert _sources("Beide Häuser bestätigten die Pläne, nachdem das Branchenblatt „Druck & Papier aktuell“ am "
                    "Vorabend zuerst über die Pläne berichtet hatte.", "de") == ["Druck & Papier aktuell"]
    assert _sources("L’information, révélée dans la soirée par La Lettre des ondes, a été confirmée mardi par la "
                    "chaîne publique.", "fr") == ["La Lettre des ondes"]
    assert _sources("Une lettre signée dans la soirée par les salariés a été remise mardi à la direction.", "fr") == []


def test_notes_on_the_site_and_the_article_open_and_close_no_text() -> None:
    """"Transparenzhinweis: X gehört zu Y …" after the text (and after "Mit Material von dpa", credited); a German note
    that the article was completed ("Dieser Artikel wurde am Freitagmittag mit der Stellungnahme … ergänzt.") over
    it; a funding note naming its scheme capitalised ("… under the Local Journalism Initiative, which is funded by
    the Government of Canada.") after it."""
    text = "".join(f"<p>Die Nordbrück Mediengruppe und das Verlagshaus Lehmkuhl wollen ihr Zeitungsgeschäft bündeln, "
                   f"Teil {n} der Pläne.</p>" for n in range(5))
    notes = ("<p><small>Mit Material von dpa</small></p><div class='disclosure'><strong>Transparenzhinweis:"
             "</strong> Der Medienwächter gehört zur Quist Fachmedien GmbH, an der die Nordbrück Mediengruppe eine "
             "Minderheitsbeteiligung hält.</div>")
    record = _extract(article_page(text + notes, lang="de"))
    assert record["body"].endswith("Teil 4 der Pläne.\n\nMit Material von dpa")  # (a credit line closes it, as printed)
    assert ["contributor", "dpa"] in _credit_pairs(record)
    update = "<p><em>Dieser Artikel wurde am Freitagmittag mit der Stellungnahme der Kommission ergänzt.</em></p>"
    assert _extract(article_page(update + text, lang="de"))["body"].startswith("Die Nordbrück Mediengruppe")
    funding = ("<p><em>Tessa Lindqvist covers municipal affairs for PineRidgeToday under the Local Journalism "
               "Initiative, which is funded by the Government of Canada.</em></p>")
    body = _extract(article_page(COUNCIL_TEXT + funding))["body"]
    assert body.endswith("keeps the property tax rate where it was last year.")


def test_an_old_table_layouts_date_cell_and_floated_picture_table() -> None:
    """A Japanese regional paper's table layout: the date in a cell named "hiduke" (日付, "date") under the headline's
    cell, "2025年6月4日（水）　掲載"; a picture table floated beside the text's first paragraph, its caption row uncredited
    ("…の記者ら＝3日、和歌浜市の県庁"): no opening of the text."""
    text = "".join(f"<p>県庁にある県政記者クラブは3日、定例の総会を開き、知事の定例記者会見をフリーの記者にも開くことを決めた。"
                   f"第{n}段落の内容が続く。</p>" for n in range(5))
    photo = ("<table align='right' width='310'><tr><td><a href='/news/photo.php?id=1&amp;no=1'><img src='/img/1.jpg' "
             "width='300' height='200' alt=''></a></td></tr><tr><td class='cap'>会見の開放について話し合う記者ら＝3日、和歌浜市の"
             "県庁</td></tr><tr><td class='cap' align='right'><a href='/news/photo.php?id=1&amp;no=1'>［写真拡大］</a>"
             "</td></tr></table>")
    html = ("<html lang='ja'><head><meta charset='utf-8'><title>県政記者クラブ、会見開放へ｜南紀新報</title></head><body><table>"
            "<tr><td class='midashi'>県政記者クラブ、知事会見をフリー記者らに開放へ</td></tr><tr><td class='hiduke'>"
            "2025年6月4日（水）　掲載</td></tr><tr><td>" + photo + f"<span class='honbun'>{text}</span></td></tr></table>"
            "</body></html>")
    record = _extract(html)
    assert record["published"] == "2025-06-04"
    assert record["body"].startswith("県庁にある県政記者クラブは3日")


def test_reporters_who_took_part_in_brackets_after_a_chinese_text() -> None:
    """"（本網記者NAME亦有參與採訪）" after the text credits NAME as a contributor; "（記者NAME、NAME協助採訪）" both."""
    text = "".join(f"<p>創刊42年的《維港日報》周四傍晚向全體員工發出內部通告，宣布將於本月30日出版最後一期，第{n}段。</p>"
                   for n in range(5))
    for line, names in (("（本網記者梁凱晴亦有參與採訪）", ["梁凱晴"]), ("（記者陳大文、李小明協助採訪）", ["陳大文", "李小明"])):
        record = _extract(article_page(text + f"<p>{line}</p>", lang="zh-HK", title="維港日報停刊",
                                       h1="創刊42年《維港日報》宣布月底停刊"))
        assert [pair for pair in _credit_pairs(record) if pair[0] == "contributor"] == \
            [["contributor", name] for name in names]
        assert record["body"].endswith("第4段。")
