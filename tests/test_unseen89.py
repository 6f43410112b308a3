"""An eighty-ninth held-out round of pages imitating publishing systems (issue 9): science, health, climate and
environment news: a US national daily's science desk story, a UK public broadcaster's health story, a German public
broadcaster's science story, a French national daily's health story, a Japanese national daily's science story, a
Japanese medical web medium on WordPress, a Chinese science daily's story, a Taiwanese health medium; held out: a US
nonprofit climate newsroom on Newspack, a Swiss regional paper's environment story on an old TYPO3, a Japanese
regional paper's disaster-prevention story on an old CMS, a Hong Kong outlet's environment story on Next.js. Four
declare nothing but a ``<title>``. The held-out pages are scored blind, BEFORE any rule of the round.

As in unseen71 to unseen88, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- us_sciencedesk: a US national daily's science story (NYT-like, CSS-in-JS classes): four titles (SEO, social, print,
  the heading), a study "published Wednesday in the journal Nature", hidden "Credit..." labels, "Courtesy of the
  University of X", a "Related Content" box, "More in Science" and "Editors' Picks";
- uk_healthbroadcaster: a UK broadcaster's health story (BBC-like, hashed classes): the organisation declared as author,
  two people in the byline, "Image source, Getty Images", a chart's "Source: NHS England", "published in The Lancet
  Child & Adolescent Health", "the Health Service Journal reported", a helpline note closing it;
- de_wissenschaft: a German broadcaster's science story (tagesschau-like): a topline the declared titles print, a bold
  teaser over "Von NAME, SWR", an audio player, "im Fachjournal „X“ erschienen", a "Quelle: …" reference line closing
  the text, a "Podcast" teaser box after the article;
- fr_sante_quotidien: a French national daily's health story (Le-Figaro-like): a chapô, "À lire aussi" lines, "selon une
  étude parue dans The Lancet", "interrogée par France Inter", a subscriber note;
- jp_kagaku_zenkokushi: a national daily's science story (Yomiuri-like): "英科学誌ネイチャーに掲載された",
  "米科学誌サイエンスに発表", "＝X提供", an uncredited graphic linking to its photo page, "（科学部　NAME）" closing the text;
- jp_iryo_site: a medical web medium on WordPress (Cocoon with Yoast): "監修：医師　NAME" in its own box, "文：NAME（医療
  ライター）", a key-points box and a table of contents, "英国の医学誌「BMJ」に…掲載", "参考文献" and a disclaimer after the
  text;
- cn_kejibao: a science daily's page on TRS, declaring only a ``<title>``: "X记者 A 通讯员 B" as the text's first line,
  "发表于《X》杂志", "图片来源：视觉中国", "【责任编辑：NAME】";
- tw_health_media: a Taiwanese health medium on WordPress: "文／A　審稿／醫師 B", a "重點摘要" box, "延伸閱讀：" lines,
  "刊登於國際期刊《X》", "參考資料" with linked references and a disclaimer after the text;
- us_climatenonprofit (held out): a nonprofit climate newsroom on Newspack, declaring only a ``<title>``: a partner
  note opening the text, a funder's note closing it, a reader appeal with a "Donate Now" button after it, "after the X
  Courier reported", "Courtesy of the X Alliance";
- ch_umweltmagazin (held out): a Swiss regional paper on TYPO3's tt_news, declaring only a ``<title>``: a bold lead
  over "Text: A, Bilder: B", the date line beside the headline and dated cards of the section's latest stories in the
  text's paragraph class, "Grafik: A / Quelle: B" under a chart, "im Fachblatt «X» veröffentlicht", "Korrigendum:";
- jp_chiho_kankyo (held out): a regional paper's story on an old CMS, declaring only a ``<title>``: pictures linking to
  "photo.php?id=ID&no=N", a map "（国土地理院の地図を基に作成）", "英科学誌「X」に発表", the writer after the text;
- hk_env_news (held out): a Hong Kong outlet on Next.js: "（港島大學海洋科學研究所圖片）", "（資料圖片）", "資料來源：天文台"
  under a chart, "刊登於國際期刊《X》", "據《X》報道", a correction note.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``), and one the brief added: the scientific or medical journal a study reported on
appeared in is a ``source`` (a publication the text cites), while institutions, universities, agencies of government,
a press release, a preprint server or a database are not; a medical or scientific reviewer is a contributor. Eight
pages of earlier sets citing a study's journal were mended to it (unseen17's sciam, unseen28's sciencenews and
university, unseen35's riffreporter, unseen37's science_illus, unseen49's university, unseen53's sciencesetavenir,
unseen56's univpress: their writers had had no convention for journals). Mended by conventions already written, after
the blind and dev scores: a kicker the declared titles print stays in the headline (de_wissenschaft); "Courtesy of X"
is credited whole (us_sciencedesk, us_climatenonprofit; the brief had said "X", against unseen3's, unseen10's and
later sets' convention); a Japanese name is written as printed, its spaces one (jp_iryo_site's "森下　ゆかり" and "岡部　
誠一"; the brief had said to close them up, against unseen41's "大野 智史").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_sciencedesk, uk_healthbroadcaster, de_wissenschaft, fr_sante_quotidien,
  jp_kagaku_zenkokushi, jp_iryo_site, cn_kejibao, tw_health_media;
- held out (scored once, blind, before any rule of the round): us_climatenonprofit, ch_umweltmagazin,
  jp_chiho_kankyo, hk_env_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=0.750
  body_start=0.500 body_end=0.500 related=1.000 attributions=0.723 images=0.688 (trafilatura 2.3.1 on the same pages:
  headline=0.500 authors=0.500 date=0.500 body_start=0.250 body_end=0.250; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round (the expectations as first written): headline=0.875 authors=0.833 date=1.000
  body_start=0.875 body_end=0.625 related=0.950 attributions=0.738 images=0.927;
- dev and held out after the rules (see "Eighty-ninth held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failure below.

``tests/unseen_score.py unseen89`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import article_page as _page  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen89"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()  # ("interrogée par France Inter" cites it since unseen105)


test_page_field = field_test(SET, KNOWN_FAILURES)


def _roles(record: dict) -> list[tuple[str, str]]:
    return [(a["role"], a["name"]) for a in record["attributions"]]


_JA = "".join(f"<p>　研究チームは深海の海底から採取した微生物を培養し、二酸化炭素を取り込む仕組みを詳しく調べた。第{n}段落。</p>"
              for n in range(1, 6))
_ZH = "".join(f"<p>　　研究团队在高寒草甸开展了为期十年的野外增温实验，系统量化了长期增温对土壤有机碳的影响，第{n}段。</p>"
              for n in range(5))
_DE = "".join(f"<p>Für die Studie hat das Team Bohrkerne von mehr als 4.200 Bäumen an 118 Standorten ausgewertet, Teil {n}."
              "</p>" for n in range(5))


def test_the_journal_a_study_appeared_in_is_a_source() -> None:
    """A study's journal, named by a noun saying so or after a study's noun and a verb of publishing, in English,
    German, French, Japanese and Chinese: the publication the text cites, named as printed."""
    cases = [("In a paper published Wednesday in the journal Nature, a team of geologists reports a delta.", "en",
              "Nature"),
             ("The findings, published in The Lancet Child & Adolescent Health, also suggest a rise.", "en",
              "The Lancet Child & Adolescent Health"),
             ("A study published in August in the journal Environmental Science & Technology found leaks.", "en",
              "Environmental Science & Technology"),
             ("Die Ergebnisse sind nun im Fachjournal „Nature Ecology & Evolution“ erschienen.", "de",
              "Nature Ecology & Evolution"),
             ("Un adulte sur deux l'ignore, selon une étude parue dans The Lancet ce mercredi.", "fr", "The Lancet"),
             ("論文は１６日、英科学誌ネイチャーに掲載された。", "ja", "ネイチャー"),
             ("大野木准教授らが昨年、英科学誌「ネイチャー・コミュニケーションズ」に発表した研究では、流量が増える。", "ja",
              "ネイチャー・コミュニケーションズ"),
             ("相关研究成果发表于《自然·气候变化》杂志。", "zh", "自然·气候变化"),
             ("一項刊登於國際期刊《JAMA Network Open》的研究發現，高溫會增加急診人數。", "zh-Hant", "JAMA Network Open")]
    for sentence, lang, journal in cases:
        assert journal in _sources(sentence, lang), sentence


def test_a_time_a_language_or_a_paper_after_the_same_words_is_no_journal() -> None:
    """"published in March", "published in English", "the Wall Street Journal Editorial Board": no journal."""
    for sentence in ("The study, published in March, followed 1,200 patients for a decade.",
                     "The report was published in English and French by the ministry last week.",
                     "The board called it a mistake, the Wall Street Journal Editorial Board wrote."):
        assert not any(name in ("March", "English", "Editorial Board") for name in _sources(sentence)), sentence


def test_a_reference_list_and_a_medical_disclaimer_close_no_text() -> None:
    """"参考文献" over a list of references and a disclaimer, "參考資料" over linked references (no teasers either), a
    study cited on a line of its own ("Quelle: A. NAME et al., …, 2024") and a medical disclaimer under the text."""
    refs = ("<h2>参考文献</h2><ol><li>日本夜間排尿研究会 編『夜間頻尿診療ガイドライン』、2022年</li><li>Kawahara T, et al. "
            "Evening walking and nocturnal voiding. BMJ. 2023;382:e074519.</li><li>厚生省保健研究所「実態調査 2021年度報告書」"
            "</li></ol><div class='disclaimer'><p>※本記事は、一般的な情報提供を目的としたものであり、医師による診断や治療に代わるもの"
            "ではありません。</p><p>※記事の内容は公開日（更新日）時点の情報に基づいています。</p></div>")
    assert _extract(_page(_JA + refs, lang="ja", h1="夜間頻尿の原因"))["body"].endswith("第5段落。")
    linked = ("<div class='references'><p class='references__title'>參考資料</p><ol><li><a href='https://journal.example/"
              "a/1'>Ambient Temperature and Kidney Stones. JAMA Netw Open. 2024;7(6):e2415389.</a></li><li><a href='https"
              "://paper.example/2024/06/20/health/heat.html'>The Daily Planet: As the Planet Heats Up</a></li></ol></div>"
              "<p>【免責聲明】本文內容僅供健康衛教參考，不能取代專業醫療診斷與治療建議。</p>")
    html = _page(_ZH + linked, lang="zh-Hant", h1="夏天腎結石")
    assert _extract(html)["body"].endswith("第4段。") and _teasers(html) == []
    source = "<p>Quelle: K. Oberholz et al., \"Legacy effects of the drought\", Nature Ecology &amp; Evolution, 2024</p>"
    assert _extract(_page(_DE + source, lang="de"))["body"].endswith("Teil 4.")
    note = "<p><em>This article is for information only and is not a substitute for medical advice.</em></p>"
    assert _extract(_page(_TEXT + note))["body"].endswith("where it was last year.")


def test_a_helpline_note_closes_no_text_and_cites_no_outlet() -> None:
    """"If you have been affected by …, help and support is available via <a>X Action Line</a>.": no text, no source."""
    note = ("<p><i>If you have been affected by any of the issues raised in this story, help and support is available "
            "via the <a href='https://www.nbs.example/actionline'>NBS Action Line</a>.</i></p>")
    record = _extract(_page(_TEXT + note))
    assert record["body"].endswith("where it was last year.")
    assert not [name for role, name in _roles(record) if role == "source"]


def test_a_medical_reviewer_is_a_contributor() -> None:
    """"審稿／醫師 NAME", "監修：医師　NAME" (the label in its own element), "Medically reviewed by Dr NAME": the reviewer
    is credited as a contributor, without the title, and writes nothing."""
    cases = [("zh-Hant", "<p><span class='writer'>文／溫筱涵</span>　<span class='reviewer'>審稿／醫師 鄭柏鈞</span></p>",
              _ZH, "鄭柏鈞"),
             ("ja", "<div class='supervisor'><p><span class='label'>監修：</span>医師　岡部　誠一</p></div><p class='credit'>"
                    "文：森下ゆかり</p>", _JA, "岡部 誠一"),
             ("en", "<p class='byline'>By Anna Reyes</p><p class='review'>Medically reviewed by Dr. Samuel Okafor</p>",
              _TEXT, "Samuel Okafor")]
    for lang, head, text, reviewer in cases:
        record = _extract(_page(text, head=head, lang=lang, h1="Kidney stones in summer"))
        assert ("contributor", reviewer) in _roles(record), head
        assert reviewer not in record["authors"]


def test_a_partner_note_opens_no_text_and_a_nonprofits_appeal_closes_none() -> None:
    """"This article is a collaboration between X and Y, …" over the text, and a reader appeal's box after it
    (several paragraphs under "About This Story", a "Donate Now" button): neither is text."""
    note = ("<p><em>This article is a collaboration between Climate Frontline News and the Gulf Coast Ledger, a nonprofit "
            "newsroom covering the coast. It is also being published by the Gulf Coast Ledger.</em></p>")
    appeal = ("<div class='reader-appeal'><h2>About This Story</h2><p>Perhaps you noticed: This story, like all the news "
              "we publish, is free to read. That’s because we are a nonprofit organization. We do not charge a "
              "subscription fee, lock our news behind a paywall, or clutter our website with ads.</p><p>That doesn’t mean "
              "good journalism comes cheap. Our reporters spent weeks reading permit files and knocking on doors for "
              "this story. If you value this kind of reporting, please join the readers who support our work with a "
              "donation of any amount.</p><p>Thank you,<br>Renata Albrecht, Editor-in-Chief</p><div><a href='/donate/?"
              "utm_source=appeal'>Donate Now</a></div></div>")
    html = ("<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget after "
            f"months of debate</h1><div class='entry-content'>{note}{_TEXT}</div>{appeal}</article></body></html>")
    body = _extract(html)["body"]
    assert body.startswith("The council voted") and body.endswith("where it was last year.")


def test_a_correction_note_closes_no_text_in_german_too() -> None:
    """"Korrigendum: In einer früheren Version …" under the text."""
    note = "<p><i>Korrigendum: In einer früheren Version dieses Artikels hiess es, der Gletscher sei kürzer. (Red.)</i></p>"
    assert _extract(_page(_DE + note, lang="de"))["body"].endswith("Teil 4.")


def test_after_an_outlet_reported_cites_it() -> None:
    """"… helped stop a plant after the Bayou Courier reported that …" cites the paper."""
    assert "the Bayou Courier" in _sources("Churches helped stop a plastics plant after the Bayou Courier reported that the "
                                           "site held a cemetery.")


def test_a_bold_lead_over_a_byline_under_the_lead_pictures_caption() -> None:
    """A broadcaster's header (picture, caption and credit, headline, date line) over a bold lead, then "Von NAME, SWR"
    in its own box; an old system's bold lead over "Text: NAME, Bilder: NAME": the lead opens no text."""
    header = ("<div class='media'><div><picture><img src='/img/buche.jpg' alt=''></picture></div></div><div class='info'>"
              "<p>Geschädigte Buchen im Stadtwald: In vielen Kronen fehlen ganze Äste.</p><span>Bildquelle: picture "
              "alliance / dpa | Bernd Falkner</span></div>")
    lead = "<p class='text'><strong>Die Dürrejahre wirken in den Wäldern bis heute nach. Eine Studie zeigt nun: Buchen " \
           "wachsen Jahre später langsamer.</strong></p>"
    html = (f"<html lang='de'><head><title>Buchen</title></head><body><article>{header}<h1>Buchen brauchen Jahre</h1>"
            f"<p class='meta'>Stand: 14.03.2024 17:12 Uhr</p><div class='text'>{lead}<div class='authorline'><span>Von "
            f"<a href='/autoren/ml'>Miriam Lechner</a>, SWR</span></div>{_DE}</div></article></body></html>")
    assert _extract(html)["body"].startswith("Für die Studie")
    old = (f"<html lang='de'><head><title>Gletscher</title></head><body><div class='news-single-item'><h1>Der Gletscher "
           f"schrumpft</h1>{lead}<p class='news-single-author'>Text: Beat Zurbriggen, Bilder: Nadja Imboden</p>{_DE}"
           "</div></body></html>")
    assert _extract(old)["body"].startswith("Für die Studie")


def test_dated_cards_after_the_text_are_neither_text_nor_its_date() -> None:
    """Cards of the section's latest stories, each a date over a headline link and a summary in the text's own
    paragraph class: no text, and their dates do not date the article, whose line beside the headline does."""
    cards = "".join(f"<div class='news-latest-item'><span class='news-latest-date'>2{n}.10.2023</span><h4><a href='/umwelt"
                    f"/artikel-{n}.html'>Wolf reisst Schafe auf der Alp Rotstein, Folge {n}</a></h4><p class='bodytext'>"
                    f"Die Wildhut hat den Riss von vier Schafen bestätigt, Meldung {n}.</p></div>" for n in range(4))
    text = "".join(f"<p class='bodytext'>Für die Studie hat das Team Bohrkerne von mehr als 4.200 Bäumen ausgewertet, "
                   f"Teil {n}.</p>" for n in range(5))
    html = ("<html lang='de'><head><title>Der Gletscher schrumpft</title></head><body><table><tr><td><div id='c1'><div "
            "class='news-single-item'><div class='news-single-rightbox'>27.10.2023 05:30 | Aktualisiert: 28.10.2023"
            f"</div><h1>Der Gletscher schrumpft</h1>{text}</div></div><div id='c2'><h3>Weitere Artikel aus der Rubrik "
            f"Umwelt</h3><div class='news-latest-container'>{cards}</div></div></td></tr></table></body></html>")
    record = _extract(html, url="https://www.talbote.example/regionales/umwelt/artikel/gletscher.html")
    assert record["body"].endswith("Teil 4.") and record["published"][:10] == "2023-10-27"


def test_pictures_credits_in_science_stories() -> None:
    """A chart's maker before its data's source ("Grafik: A / Quelle: B") credits A; a Japanese map's note of what it
    was drawn from credits as printed, also when its picture links to the article's photo page on an old system
    (``photo.php?id=ID``) or by a "/photo/" folder from a captioned figure; a Hong Kong caption's long owner
    "（X圖片）" credits X."""
    chart = ("<p><img src='/uploads/grafik.png' width='600' alt=''></p><p class='bildlegende'>Jährliche Längenänderung "
             "des Gletschers in Metern.<br>Grafik: Sandra Imfeld / Quelle: Kantonales Gletschermessnetz</p>")
    images = _extract(_page(_DE[:300] + chart + _DE, lang="de"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("Jährliche Längenänderung des Gletschers in Metern.",
                                                              "Sandra Imfeld")]
    map_box = ("<div class='newsPhoto inText map'><a href='/news/photo.php?id=48213&amp;no=3'><img src='/news/img/48213_03"
               ".gif' width='480' height='420' alt=''></a><p class='caption'>【地図】湊川の浸水想定区域と避難所（国土地理院の地図を基"
               "に作成）</p></div>")
    images = _extract(_page(_JA[:200] + map_box + _JA, lang="ja", h1="避難所を見直し"),
                      url="https://www.hokurei.example/news/detail.php?id=48213")["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("【地図】湊川の浸水想定区域と避難所", "国土地理院の地図を基に作成")]
    graphic = ("<figure><a href='https://news.example/photo/20240515-CST1I50191/'><img src='/media/graphic-1.jpg' "
               "width='800' alt=''></a><figcaption>微生物がＣＯ２を鉱物に変える仕組み</figcaption></figure>")
    images = _extract(_page(_JA[:_JA.index("</p>") + 4] + graphic + _JA, lang="ja", h1="深海微生物"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("微生物がＣＯ２を鉱物に変える仕組み", None)]
    coral = ("<figure><img src='/image/coral-01.jpg' alt=''><figcaption>東平洲一帶有大量珊瑚出現白化。（港島大學海洋科學研究所圖片）"
             "</figcaption></figure>")
    images = _extract(_page(_ZH[:200] + coral + _ZH, lang="zh-Hant", h1="珊瑚白化"))["images"]
    assert [i["credit"] for i in images] == ["港島大學海洋科學研究所"]


def test_a_desk_before_the_writers_name_closing_the_text() -> None:
    """"…」（科学部　NAME）" after the last sentence: the writer, not the desk."""
    text = _JA + "<p>　東都大の准教授の話「重要な成果だ。ただ、課題も多い」（科学部　寺島遼）</p>"
    assert _extract(_page(text, lang="ja", h1="深海微生物"))["authors"] == ["寺島遼"]


def test_a_box_of_the_sites_podcast_gives_no_teasers() -> None:
    """A teaser box headed "Podcast" after the article: the site's programme, no article's teaser."""
    box = ("<section class='teaserbox teaserbox--podcast'><h2>Podcast</h2><div class='teaser'><a class='teaser__link' "
           "href='/multimedia/podcast/wissen-kompakt-100.html'><span>Wissen kompakt</span><span>Der Podcast zu Klima, "
           "Gesundheit und Forschung</span><p>Jeden Freitag ordnet die Wissenschaftsredaktion die wichtigsten Studien "
           "der Woche ein.</p></a></div></section>")
    html = (f"<html lang='de'><head><title>Buchen</title></head><body><main><article><h1>Buchen brauchen Jahre</h1>"
            f"<div class='text'>{_DE}</div></article>{box}</main></body></html>")
    assert _teasers(html) == []
