"""A seventy-fourth held-out round of pages imitating publishing systems (issue 9): where the article starts and what
heads it, on news, magazine and blog pages in English, German, French, Japanese and Chinese: kickers, headlines in a
hero's overlay or repeated in a sticky bar, standfirsts set in many ways (a bold first paragraph over the byline, a
paragraph closing on "By NAME", an ``<h2>``), audio players and their placeholders, correction and disclosure boxes
over the text, drop caps in their own ``<span>``, ads and appeals before the first paragraph. Two declare nothing but
a ``<title>``. The held-out pages are scored blind, BEFORE any rule of the round.

As in unseen71 to unseen73, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- uk_longread: a British daily's long read (Guardian-like dotcom rendering): the series kicker apart, the lead
  picture's credit before the headline, a standfirst closing on "By NAME", "Listen to this article", a drop cap in a
  ``<span>``, "Photograph: NAME/PAPER" in captions, an italic "Follow the long read on X" line, "More on this story";
- us_ideasmag: an American ideas magazine on Next.js (Atlantic-like): the headline again in a sticky bar, "By A and B"
  in an ``<address>``, "Updated at …", "Illustration by NAME", an audio player with its narration note, italic
  "Read: …" lines, "(NAME / AGENCY)" closing a caption, the print-edition note, "About the Authors";
- de_broadcaster3: a German public broadcaster's news page (tagesschau-like): the kicker and the headline as two spans
  of the ``<h1>``, "Stand: …", the standfirst in bold in a text paragraph over the byline's own box ("Von A und B,
  MDR"), "Bild: AGENCY | NAME" credits, "Mehr zum Thema", "Weitere Meldungen aus Inland";
- fr_quotidien: a French national daily (Le-Figaro-like): "Réservé aux abonnés", "RÉCIT - " opening the standfirst,
  "Écouter cet article", an ad slot before the first paragraph, two "À lire aussi" lines, the text's second half in a
  box named for the paywall holding a picture credited "NAME / AGENCY pour PAPER";
- jp_nationaldaily: a Japanese national daily on Next.js with scrambled class names (Asahi-like): the series label
  over the ``<h1>``, "写真・図版" over each picture, captions "…＝DATE、PLACE、NAME撮影" and "…、NAME提供", "[PR]"
  before the text, "地元紙のX新報は…と報じた", "関連キーワード", "この記事を書いた人", "関連ニュース" after them;
- cn_epaper: a provincial party daily's digital edition on Founder's e-paper system, declaring nothing but
  ``<title>`` ("PAPER数字报-TITLE"): ``<founder-introtitle>``, ``<founder-title>``, ``<founder-subtitle>``,
  ``<founder-author>本报记者 A B</founder-author>``, tables, "本报讯", "据《X》此前报道";
- blog_ghostcasper: a local news site on Ghost's Casper theme: the excerpt under the title, two writers, "• 7 min read",
  a correction callout ("Correction, Oct. 10: …") opening the text, "first reported by the X", a bold "Related:" line,
  an italic "Additional reporting by NAME" after an ``<hr>``;
- mag_strata: a science magazine's feature on WordPress: the headline and dek over the hero picture, its caption
  below the hero in a box of its own ("feature-hero__caption"), "By NAME | Photographs by NAME", a text-to-speech
  widget's placeholder ("Getting your X Audio player ready...") and a drop cap opening the text, a pull quote;
- in_punjabdaily (held out): an Indian regional daily on ASP.NET WebForms (every page inside one ``<form>``),
  declaring nothing but ``<title>``: the ``<h1>``, an ``<h2>`` summary, an author row without "By", "Posted On",
  an "ADVERTISEMENT" box, "AMRITGARH:" in bold opening the text, "ALSO READ", "(With inputs from PTI)";
- ch_kulturblatt (held out): a Swiss culture magazine on Kirby: a reading bar repeating the headline, "Interview: A ·
  Fotos: B", "Lesezeit", an italic introduction with a drop cap, bold questions, a membership appeal box in the text,
  "Zur Person", "Mehr zum Thema";
- tw_webnews (held out): a Taiwanese web portal (ETtoday-like): the lead picture and its caption "▲…（圖／記者NAME攝）"
  before "記者NAME／PLACE報導", "（圖／X提供）", "相關新聞", "推薦閱讀" with a sponsored card, the outlet declared as the
  writer;
- de_hugoblog (held out): a German renovation blog on Hugo, declaring nothing but ``<title>``: a breadcrumb repeating
  the headline, "von NAME", a table of contents in ``<details>``, a "Hinweis" disclosure box ("Dieser Beitrag enthält
  keine Werbung. …") opening the text, "Lies auch:", "Ähnliche Beiträge".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``). Three expectations were mended after the blind score, by conventions already
written: jp_nationaldaily's "…、海沢市提供" and tw_webnews's "（圖／嵐山市政府提供）" credit the supplier as printed,
"提供" kept (unseen61's "（北沢町提供）"), and tw_webnews's "推薦閱讀" links are teasers (unseen11 and unseen32); mended
again with unseen205: the three of them on other topics (night-market tableware, holiday traffic, summer power rates
beside a flood pump story) are the site's picks, by the README's convention on recommending labels.

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_longread, us_ideasmag, de_broadcaster3, fr_quotidien, jp_nationaldaily,
  cn_epaper, blog_ghostcasper, mag_strata;
- held out (scored once, blind, before any rule of the round): in_punjabdaily, ch_kulturblatt, tw_webnews,
  de_hugoblog.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=0.750 date=1.000 body_start=0.750 body_end=1.000 related=0.881 attributions=0.887 images=0.875 (trafilatura
  2.3.1 on the same pages: headline=0.750 authors=0.500 date=0.750 body_start=0.500 body_end=1.000);
- dev, before any rule of the round: headline=0.875 authors=0.875 date=1.000 body_start=0.625 body_end=1.000
  related=0.825 attributions=0.861 images=0.771;
- dev, after the rules (see "Seventy-fourth held-out round" in docs/extraction-design.md): 1.000 in every field;
- held out, after four held-out kinds fixed by rule (the page-wide ``<form>``, the appeal box's link, "（X提供）" after
  the place, the disclosure box): 1.000 in every field; all twelve with the declarations taken out: headline=0.917
  (de_broadcaster3's ``<title>`` prints the kicker before the headline) and 1.000 in every other field.

The round also mends five known failures of earlier rounds: the correspondent's dateline "【ロンドン＝NAME】" (unseen11,
unseen44, unseen73), the declared writer one of the dateline's two (unseen73), "Speaking to BBC Radio X" and "told
WQTV" (unseen72, unseen73). The dateline's writer had been dropped twice for the meta benchmark's Yomiuri page, whose
label (fundus's parser, which reads no dateline) gives no writer: three independent writers of these rounds, imitating
Japanese dailies, each named the correspondent as the writer, which is how those papers sign a correspondent's story;
the meta benchmark's author F1 loses that one page (see the README).

``tests/unseen_score.py unseen74`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen74"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)

_JA_TEXT = ("<p>　旧海沢線の線路跡を走る連節バスは、開業から1年で利用者が鉄道時代の1.5倍に増えた。市は運行本数を"
            "来年度さらに増やす方針で、沿線の高校生や高齢者の通院にも欠かせない足になっている。</p>") * 3
_ZH_TEXT = ("<p>今年以来，我省加快推进农村客货邮融合发展，全省已开通融合线路二百一十七条，惠及沿线群众逾一百二十万人，"
            "农产品进城和快递进村的成本明显下降。</p>") * 3


def _record(body: str, head: str = "", lang: str = "en", meta: str = "", title: str | None = None,
            h1: str = "Council approves budget after months of debate", before: str = "") -> dict:
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{h1 if title is None else title}</title>{meta}"
            f"</head><body>{before}<article><h1>{h1}</h1>{head}<div class='content'>{body}</div></article>"
            "</body></html>")
    return _extract(page)


def _sources(sentence: str, lang: str = "en", url: str = "https://news.example/2026/03/12/story") -> list[str]:
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Council approves budget</title></head><body>"
            f"<article><h1>Council approves budget after months of debate</h1><div class='content'>{_TEXT[:200]}"
            f"<p>{sentence}</p>{_TEXT}</div></article></body></html>")
    return [a["name"] for a in _extract(page, url=url)["attributions"] if a["role"] == "source"]


def test_a_japanese_correspondents_dateline_names_the_writer() -> None:
    """"【ワシントン＝NAME】" opening the text names the correspondent who wrote it, before the writers a closing
    "（NAME、NAME）" names; a wire or a bureau after the place ("【ワシントン＝共同】", "【北京＝中国総局】") names no writer."""
    from newsarchive.extraction.authors import correspondents_in_text

    assert _record("<p>【ワシントン＝大野拓也】" + _JA_TEXT[4:], lang="ja", h1="米議会、予算案の採決を見送り")["authors"] \
        == ["大野拓也"]
    closing = _JA_TEXT + "<p class='byline'>（山本大輔、村井葵）</p>"
    assert _record("<p>【ニューヨーク＝田中美咲】" + closing[4:], lang="ja", h1="核軍縮会議が開幕")["authors"] \
        == ["田中美咲", "山本大輔", "村井葵"]
    assert correspondents_in_text("【北京＝佐藤一郎、鈴木花子】中国政府は…") == ["佐藤一郎", "鈴木花子"]
    assert correspondents_in_text("【ワシントン＝共同】米政府は…") == []
    assert correspondents_in_text("【北京＝中国総局】中国政府は…") == []
    assert correspondents_in_text("【関連記事】米政府は…") == []


def test_the_datelines_reporters_when_the_declared_writer_is_one_of_them() -> None:
    """"本报贵阳3月4日电（记者A、B）" under a page declaring A alone names both; a declared writer the dateline does not
    name keeps the page's declaration."""
    text = "<p>本报贵阳3月4日电（记者晏秋燕、罗晓川）" + _ZH_TEXT[3:]
    meta = "<meta name='author' content='晏秋燕'>"
    assert _record(text, lang="zh", meta=meta, h1="龙舟赛划出乡村振兴新航道")["authors"] == ["晏秋燕", "罗晓川"]
    assert _record(text, lang="zh", meta="<meta name='author' content='王小明'>",
                   h1="龙舟赛划出乡村振兴新航道")["authors"] == ["王小明"]


def test_outlets_a_japanese_sentence_names_as_its_topic_before_reporting() -> None:
    """"米紙ハドソン・トリビューンは、…と報じている", "地元紙の岬山新報は、…と報じた": the paper the sentence is about,
    named after the word saying it is one, cites it; a sentence about a paper that reports nothing cites none."""
    assert _sources("米紙ハドソン・トリビューンは、核保有国の一部が強硬な姿勢を崩していないと報じている。", "ja") \
        == ["ハドソン・トリビューン"]
    assert _sources("地元紙の岬山新報は、観光客の利用も伸びていると報じた。", "ja") == ["岬山新報"]
    assert _sources("地元紙の岬山新報は、創刊100年を迎えた。", "ja") == []


def test_an_outlet_someone_spoke_to() -> None:
    """"told WQTV", "Speaking to BBC Radio X,", "told The X Times he …", "in an interview with the X Free Press": the
    outlet interviewing the speaker is cited (its name without the day or the programme after it), an agency too
    ("told Reuters", "a déclaré à l'AFP", since unseen95: where the page is the agency's copy, its byline or dateline
    crediting it, the interview is its own reporting, ``test_unseen95.py``). The site itself, a person, a parliament
    and reporters are not."""
    assert _sources("The mayor told WQTV that the bridge would reopen.") == ["WQTV"]
    assert _sources("Speaking to BBC Radio Marches, the leader said the plan was dead.") == ["BBC Radio Marches"]
    assert _sources("The governor told The Harbor Times he had no plans to resign.") == ["The Harbor Times"]
    assert _sources("Noem told the Argus Leader Monday afternoon that the campaign would go on.") == ["the Argus Leader"]
    assert _sources("She said so in an interview with the Montana Free Press.") == ["the Montana Free Press"]
    assert _sources("An insurgent source told Reuters on Monday that talks had stalled.") == ["Reuters"]
    assert _sources("« Nous ne partirons pas », a déclaré à l'AFP un éleveur.", "fr") == ["AFP"]
    assert _sources("The mayor told the Harbor Times that the plan was fine.",
                    url="https://www.harbortimes.example/2026/03/12/story") == []
    assert _sources("She told Parliament that the budget was sound, and told reporters the same.") == []


def test_a_bold_lead_over_the_bylines_own_box() -> None:
    """A standfirst in bold as the text's first paragraph, the byline in the box right after it ("<p><strong>LEAD
    </strong></p><div class='authorline'><div>Von A und B, MDR</div></div><p>…"), is the description, no text."""
    lead = ("<p><strong>Nach den Überschwemmungen im Winter will der Bund den Ländern beim Hochwasserschutz stärker "
            "unter die Arme greifen. Kommunen halten das für zu wenig.</strong></p>")
    byline = "<div class='authorline'><div class='authorline__author'>Von Jana Weidlich und Tobias Kranz, MDR</div></div>"
    text = ("<p>Es ist ein Satz, den man in Kellnitz in diesen Tagen oft hört: Das Wasser wartet nicht auf "
            "Förderbescheide, sagt die Bürgermeisterin auf der Deichkrone.</p>") * 3
    record = _record(lead + byline + text, lang="de", h1="Bund stockt Mittel für Deichsanierung auf")
    assert record["body"].startswith("Es ist ein Satz")
    assert record["authors"] == ["Jana Weidlich", "Tobias Kranz"]


def test_a_standfirst_closing_on_its_byline_opens_no_text() -> None:
    """"… Now a whole town is asking who is responsible. By NAME" (a long read's standfirst signing itself) over the
    text is no part of it, whether or not the page declares it as its description."""
    stand = ("<div data-gu-name='standfirst'><p>When a retired chemistry teacher began testing the water of an estuary, "
             "she found what the regulators had missed. Now a whole town is asking who is responsible. By "
             "<a href='/profile/harriet-okonjo-blake'>Harriet Okonjo-Blake</a></p></div>")
    body = _record(_TEXT, before="", head=stand)["body"]
    assert body.startswith("The council voted")


def test_notes_over_the_text_open_none() -> None:
    """"Correction, Oct. 10: …" (a date with its abbreviation's full stop), a text-to-speech widget's placeholder
    ("Getting your X Audio player ready..."), a blog's disclosure ("Dieser Beitrag enthält keine Werbung. …", "This post
    contains affiliate links.") over the text open no text."""
    notes = ["<div class='kg-callout-card'><b>Correction, Oct. 10:</b> An earlier version of this story gave the wrong "
             "date for the board's next meeting.</div>",
             "<div class='tts-pb'><strong>Getting your <a href='https://tts.example/'>Tunemark Audio</a> player "
             "ready...</strong></div>",
             "<div class='notice' role='note'><p class='notice__title'>Hinweis</p><p>Dieser Beitrag enthält keine "
             "Werbung. Alle Geräte haben wir selbst ausgesucht und vollständig selbst bezahlt.</p></div>",
             "<p>This post contains affiliate links. We may earn a commission when you buy through them.</p>"]
    for note in notes:
        assert _record(note + _TEXT)["body"].startswith("The council voted"), note


def test_a_broadcasters_section_latest_and_an_appeal_box_are_no_teasers() -> None:
    """"Weitere Meldungen aus Inland" heads the section's latest stories, no teasers; an appeal box in the text
    ("<aside class='inline-promo--membership'>…<a>Jetzt Mitglied werden</a>") links to no story; "<section><h2
    id='related-news'>関連ニュース</h2><ul>…" after the author's box heads the article's teasers."""
    latest = ("<section class='teaser-slider'><h2>Weitere Meldungen aus Inland</h2><div><a href='/inland/rente-100.html'>"
              "Bundestag verschiebt Abstimmung über das Rentenpaket erneut</a></div></section>")
    page = (f"<html lang='de'><head><title>Deiche</title></head><body><main><article><h1>Bund stockt Mittel für "
            f"Deiche auf</h1><div class='text'>{_TEXT}</div></article>{latest}</main></body></html>")
    assert _extract(page)["related_links"] == []
    appeal = ("<aside class='inline-promo inline-promo--membership'><p>Kulturjournalismus braucht dich</p>"
              "<a href='/mitglied-werden'>Jetzt Mitglied werden und unterstützen</a></aside>")
    assert _record(_TEXT[:400] + appeal + _TEXT, lang="de")["related_links"] == []
    related = ("<section class='Bq7Pz'><h2 class='Ty5Vu' id='author-box'>この記事を書いた人</h2><p><a href='/reporter/saeki/'>"
               "佐伯美緒</a></p></section><section class='Rn2Wv'><h2 class='Ty5Vu' id='related-news'>関連ニュース</h2>"
               "<ul><li><a href='/articles/ASS2T5.html'>ローカル線の存廃協議、全国で12区間に広がる</a></li></ul></section>")
    page = (f"<html lang='ja'><head><title>連節バス</title></head><body><main><article><h1>廃線跡に連節バス、転換から1年"
            f"</h1><div class='Pa1'><div class='body'>{_JA_TEXT}</div>{related}</div></article></main></body></html>")
    record = _extract(page, url="https://www.hinode.example/articles/ASS3F4.html")
    assert [link["url"] for link in record["related_links"]] == ["https://www.hinode.example/articles/ASS2T5.html"]
    assert "この記事を書いた人" not in record["authors"]


def test_japanese_picture_labels_and_suppliers_after_the_place() -> None:
    """"写真・図版" over a picture (photo or figure) credits nobody; "…＝DATE、PLACE、NAME撮影" credits the photographer,
    "…＝DATE、PLACE、X提供" the supplier as printed."""
    from newsarchive.extraction.credits import clean_credit, split_caption

    assert clean_credit(split_caption("写真・図版")[1]) is None
    caption, credit = split_caption("最終列車を見送る住民ら＝2024年3月31日、岬山県海沢市、海沢市提供")
    assert (caption, credit) == ("最終列車を見送る住民ら＝2024年3月31日、岬山県海沢市", "海沢市提供")
    assert split_caption("連節バス＝2025年3月11日、岬山県海沢市、佐伯美緒撮影")[1] == "佐伯美緒"
    assert split_caption("連節バス＝2025年3月11日、市役所で写真提供") == ("連節バス＝2025年3月11日、市役所で写真提供", None)


def test_an_e_papers_custom_title_and_author_elements() -> None:
    """An e-paper's templates print the title in ``<founder-title>`` and the reporters in ``<founder-author>``, the
    ``<title>`` joining the paper's name before the headline ("PAPER数字报-TITLE"): the printed title and both reporters;
    a ``<title>`` "SITE - BRANCH" whose part after the name is no longer than it names no headline."""
    table = ("<table><tr><td class='font02'><founder-introtitle>破解最后一公里难题</founder-introtitle></td></tr>"
             "<tr><td class='font01'><founder-title>江岭山区村村通上了客货邮班车</founder-title></td></tr>"
             "<tr><td class='font02'><founder-subtitle>——全省已开通融合线路217条，惠及沿线群众逾120万人</founder-subtitle>"
             "</td></tr><tr><td><founder-author>本报记者 周明远 陆晓岚</founder-author></td></tr>"
             f"<tr><td><founder-content>{_ZH_TEXT}</founder-content></td></tr></table>")
    page = f"<html><head><title>江岭日报数字报-江岭山区村村通上了客货邮班车</title></head><body>{table}</body></html>"
    record = _extract(page)
    assert record["headline"] == "江岭山区村村通上了客货邮班车"
    assert record["authors"] == ["周明远", "陆晓岚"]
    page = ("<html><head><title>IG Holz und Papier - Bezirk Oberland</title></head><body><table><tr><td>"
            "<font size='5'><b>Bezirk Oberland</b></font></td></tr><tr><td><font size='4'><b>Warnstreik bei "
            f"Faltschachtelwerk: Beschäftigte legen Frühschicht nieder</b></font>{_TEXT}</td></tr></table></body></html>")
    assert _extract(page)["headline"] != "Bezirk Oberland"


def test_an_aspnet_pages_form_and_a_category_badge_in_the_authors_box() -> None:
    """ASP.NET WebForms wraps the whole page in one ``<form>``: the author row inside it names the writer; a box named
    for the author holding only a link to a category's page names nobody."""
    row = ("<div class='author-row'><span class='author-name'><a href='/author/gurleen-kaur-bains-112'>Gurleen Kaur "
           "Bains</a></span><span class='news-agency'>Sentinel News Service</span></div>")
    page = (f"<html><head><title>Farmers block highway</title></head><body><form id='form1'><div class='news-detail'>"
            f"<h1>Farmers block highway over delayed paddy payments</h1>{row}<div class='text'>{_TEXT}</div></div>"
            "</form></body></html>")
    assert _extract(page)["authors"] == ["Gurleen Kaur Bains"]
    badge = ("<div class='article_details_author_container'><a href='/news/category/29/lifestyle/ar' "
             "class='article_details_category'><span>Lifestyle</span></a></div>")
    assert _record(_TEXT, head=badge)["authors"] == []


def test_pictures_in_the_texts_paywalled_part_and_a_heros_caption_set_apart() -> None:
    """A picture inside the text's box named for the paywall ("fig-premium-paywall", the part subscribers read) is the
    article's; a hero picture's caption set below the hero in a box of the same BEM block ("feature-hero__caption")
    is its caption; a block whose caption class repeats (figures' "media__caption") lends none."""
    figure = ("<figure class='fig-media'><img src='https://img.example/bergerie.jpg' width='760' height='507'>"
              "<figcaption>Camille Roux devant sa bergerie. <span class='fig-media__credits'>Maxime Ollier / Hans Lucas"
              "</span></figcaption></figure>")
    record = _record(_TEXT[:600] + f"<div class='fig-premium-paywall'>{figure}{_TEXT}</div>", lang="fr")
    assert [(i["caption"], i["credit"]) for i in record["images"]] \
        == [("Camille Roux devant sa bergerie.", "Maxime Ollier / Hans Lucas")]
    hero = ("<header class='feature-hero'><div class='feature-hero__media'><img src='https://img.example/front.jpg' "
            "width='1200' height='675'></div><h1>The Glacier That Sings Before It Breaks</h1></header><div class='meta'>"
            "<p class='feature-hero__caption'>The calving front of the glacier. <span class='credit'>Tomas Arvelo</span>"
            f"</p></div><div class='entry-content'>{_TEXT}</div>")
    page = f"<html><head><title>The Glacier That Sings</title></head><body><article>{hero}</article></body></html>"
    assert [(i["caption"], i["credit"]) for i in _extract(page)["images"]] \
        == [("The calving front of the glacier.", "Tomas Arvelo")]


def test_a_figures_lightbox_copy_and_a_box_of_lines_opening_with_a_credit() -> None:
    """A figure printing its caption twice (a lightbox's copy inside the picture's link, and the figcaption) gives the
    caption once; a box of lines whose first is the credit ("<a><div>Bild: NAME</div><div>CAPTION</div></a>") is no
    credit line of its own."""
    figure = ("<figure><a href='/img/big.webp'><div class='pswp-caption'><div class='bildautor'>Bild: SN/APA/NAME</div>"
              "<div>Trauertag für die Opfer am Freitag</div></div></a><img src='https://img.example/trauertag.webp' "
              "width='800' height='600'><figcaption><div class='bildautor'>Bild: SN/APA/NAME</div>Trauertag für die Opfer "
              "am Freitag</figcaption></figure>")
    images = _record(_TEXT[:400] + figure + _TEXT, lang="de")["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("Trauertag für die Opfer am Freitag", "SN/APA/NAME")]


def test_a_teasers_placeholder_without_letters_is_none() -> None:
    """A promo's placeholder drawn until a script fills it in ("Related" over "▄ ▄ ▄ …" linking home) is no teaser."""
    promo = ("<div class='PromoteRelatedPost-promo'><h2 class='PromoteRelatedPost-eyebrow'>Related</h2><a href='/'>"
             + "▄ " * 40 + "</a></div>")
    assert _record(_TEXT[:400] + promo + _TEXT)["related_links"] == []
