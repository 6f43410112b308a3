"""A seventy-sixth held-out round of pages imitating publishing systems (issue 9): articles as today's front-end
frameworks serve them after server-side rendering (Next.js, Nuxt, Astro, SvelteKit, Angular Universal, AMP, React apps
with CSS-in-JS), whose class names are hashed (``css-1x9k2ab``), CSS modules (``ArticleBody_paragraph__3kQ9z``),
Tailwind utility strings or none, so that no rule may lean on a tidy class name. Three declare nothing but a
``<title>`` (the framework's data script holding the article's fields, as real ones do). The held-out pages are scored
blind, BEFORE any rule of the round.

As in unseen71 to unseen75, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- us_meridiannews: a US national broadcaster's site on Next.js with CSS modules (NBC-News-like): an eyebrow over the
  ``<h1>``, a dek, "By A and B", "Updated …", "Related" cards in the text, "NAME contributed reporting from PLACE." as
  the last paragraph, two bio boxes;
- uk_longfield: a UK quarterly on Astro and Tailwind, declaring only a ``<title>``: an italic standfirst right under
  the ``<h1>``, "Words by NAME", "Photographs by NAME", the date, a drop cap, "Related reading";
- de_nachrichtenwerk_next: a German national site on Next.js (t-online-like): a kicker, "Von A und B", "Artikel
  anhören", "(Quelle: NAME/dpa)", "Lesen Sie auch", "Mit Material von dpa und Reuters", "Mehr zum Thema";
- ch_aargauerbote_angular: a Swiss regional paper on Angular Universal (CH-Media-like): ``app-*`` elements, a lead
  over the meta block, "Update vom …" opening the text, "Bild: NAME", "Wie das Regionalfernsehen Tele M1 im September
  berichtete";
- jp_maiasa_digital: a national daily's digital edition on Next.js (Asahi-like): a series label, two linked reporters,
  "=DATE、PLACE、NAME撮影", "あわせて読みたい", "地元紙の東浜日報が今年1月に報じたところによると", "関連ニュース";
- jp_biztrend_nuxt: a business magazine on Nuxt and Tailwind, declaring only a ``<title>`` (Toyo-Keizai-like): two
  writer rows "NAME : OUTLET 記者" each with a follow button, "（撮影：NAME）", "（写真：NAME／PIXTA）",
  "業界紙の食品商業新報が今年4月に報じた調査では";
- cn_jiangpan: a city news app's share page on Nuxt 2, declaring only a ``<title>``: "记者 A 实习生 B 云岭报道" as
  the text's first paragraph, "…。图据受访者" captions, "据云岭广播电视台报道", "编辑 NAME　责编 NAME", "相关新闻";
- tw_lingdian: a Taiwanese commentary site on Next.js (The-News-Lens-like): the partner outlet declared and printed
  as author, an editor's "我們為什麼挑選這篇文章？" box over the text, "文：NAME" opening it, "本文經授權轉載自：《X》";
- au_murrayherald (held out): an Australian regional paper on Arc's Fusion with styled-components: a standfirst as an
  ``<h2>``, "Updated … first published …", "READ MORE:" lines, "first raised by the X Advocate, which reported",
  "- with AAP";
- fr_courrierestuaire_svelte (held out): a French reader-funded site on SvelteKit, declaring only a ``<title>``: a
  chapô, "L'essentiel", "À lire aussi :", "évoquée par Mediapart", "Avec AFP" set apart after the text's box, a
  donation appeal and the writers' bios after it, "Les plus lus" inside the article, "Sur le même sujet";
- jp_tohama_amp (held out): a regional paper's AMP page: "【PLACE】" opening the text, "（NAME撮影）", "（X提供）",
  "（汐見支社　NAME）" right-aligned closing the text, "共同通信の集計では", "関連記事";
- hk_haiwan (held out): a Hong Kong outlet on a React app with Emotion: "撰文：NAME", "攝影：NAME", "出版：…",
  "相關文章" cards (each a picture's box, then the headline, in one link), an inline "延伸閱讀：".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``). Four expectations were mended, by conventions already written:
jp_tohama_amp's "（東浜海運提供）" is credited as printed, "東浜海運提供" (the seventy-third round: a supplier's credit
keeps "提供"), twice (its picture's and the attributions'); cn_jiangpan's "编辑 NAME　责编 NAME" and tw_lingdian's
"責任編輯：NAME 核稿編輯：NAME" credit no contributor (unseen44's convention, unseen72's "编辑 NAME 责编 NAME").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_meridiannews, uk_longfield, de_nachrichtenwerk_next,
  ch_aargauerbote_angular, jp_maiasa_digital, jp_biztrend_nuxt, cn_jiangpan, tw_lingdian;
- held out (scored once, blind, before any rule of the round): au_murrayherald, fr_courrierestuaire_svelte,
  jp_tohama_amp, hk_haiwan.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=0.750 date=1.000 body_start=1.000 body_end=0.750 related=0.867 attributions=0.846 images=0.875
  (trafilatura 2.3.1 on the same pages: headline=0.750 authors=0.000 date=1.000 body_start=0.000 body_end=0.500;
  newsarchive with the declarations taken out: the same figures);
- dev, before any rule of the round (the expectations mended): headline=1.000 authors=0.750 date=1.000
  body_start=0.750 body_end=1.000 related=1.000 attributions=0.839 images=0.875;
- dev and held out after the rules (see "Seventy-sixth held-out round" in docs/extraction-design.md): 1.000 in every
  field, with the declarations taken out too.

``tests/unseen_score.py unseen76`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen76"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)




_DECK = ("<p class='mx-auto mt-6 text-xl italic'>In the valley, a handful of growers are grafting varieties that exist "
         "nowhere else, and racing the weather and their own age to save them.</p>")
_BYLINE = ("<div class='mt-8 flex flex-col'><p class='m-0'>Words by <a href='/contributors/imogen-sallis'>Imogen Sallis"
           "</a></p><p class='m-0'><time datetime='2024-04-09'>9 April 2024</time> · 14 min read</p></div>")


def test_a_deck_right_under_the_headline_over_the_byline() -> None:
    """A plain paragraph right after the ``<h1>`` in the header's box, the byline and date lines after it and the
    text in a box of its own (a page declaring no description, classes of utilities only): a deck, no text; the same
    in the container's box (the header and the text one box), and set apart before it. A paragraph under the
    headline with no byline or date line between it and the text still opens it."""
    page = ("<html lang='en'><head><title>The orchard keepers</title></head><body><main><header>"
            f"<h1>The orchard keepers</h1>{_DECK}{_BYLINE}</header><div class='prose'>{_TEXT}</div></main></body></html>")
    assert _extract(page)["body"].startswith("The council voted")
    page = ("<html lang='en'><head><title>The orchard keepers</title></head><body><main><div><div>"
            f"<h1>The orchard keepers</h1>{_DECK}{_BYLINE}</div><figure><img src='https://img.example/a.jpg'>"
            f"<figcaption>Trees. Photograph: Tomasz Rybak</figcaption></figure><div class='prose'>{_TEXT}</div></div>"
            "</main></body></html>")
    assert _extract(page)["body"].startswith("The council voted")
    lede = ("<html lang='en'><head><title>The orchard keepers</title></head><body><main><header>"
            f"<h1>The orchard keepers</h1>{_DECK}</header><div class='prose'>{_TEXT}</div></main></body></html>")
    assert _extract(lede)["body"].startswith("In the valley")


def test_a_box_headed_by_its_own_heading_over_the_text_opens_none() -> None:
    """An editor's box over the text's box, headed by a heading of its own ("<section><h2>我們為什麼挑選這篇文章？</h2><p>…
    </p></section>"), is no opening of the text; a post's box headed by the article's headline (an ``<h2>`` as the
    title, no ``<h1>``) keeps its first paragraph as the text's."""
    text = "".join(f"<p>清晨四點半，馬公第三漁港的燈還亮著。六十八歲的許文雄把船靠上碼頭，甲板上的保麗龍箱只裝了半滿。「以前這個"
                   f"時間，一船要分三趟才卸得完，現在一趟就夠了。」他說完，點了一根菸，沒有再看那些箱子，第{i}段。</p>"
                   for i in range(8))
    page = ("<html lang='zh-Hant-TW'><head><title>澎湖最後一代近海漁人</title></head><body><main>"
            "<h1>澎湖最後一代近海漁人：當漁獲少了，港口還剩下什麼？</h1><div><time>2024/05/21</time></div>"
            "<section class='EditorPick_box__X4emJ'><h2>我們為什麼挑選這篇文章？</h2><p>近海漁業的衰退不只是產業問題，也關乎"
            "一整個港口社群的存續。作者走訪澎湖馬公漁港。（責任編輯：蔡宛庭）</p></section>"
            f"<div class='ArticleContent_content__9fK2a'><p>文：林佳穎</p>{text}</div></main></body></html>")
    record = _extract(page)
    assert record["body"].startswith("清晨四點半")
    assert record["authors"] == ["林佳穎"]
    post = ("<html lang='en'><head><title>Hunter found dead</title></head><body><div class='sidebar_content'>"
            "<div class='post'><h2 class='entry-title'>Essequibo hunter found dead with gunshot wounds</h2>"
            "<p class='post-meta'><span class='date'>May 06, 2022</span></p><hr>"
            "<p><strong>Kaieteur News</strong> – Police investigators in Region Two are trying to unravel the mystery "
            f"behind the death of a hunter found in the jungle.</p>{_TEXT}</div></div></body></html>")
    assert _extract(post)["body"].startswith("Kaieteur News – Police investigators")


def test_outlets_cited_in_the_rounds_new_forms() -> None:
    """"Wie das Regionalfernsehen Tele M1 im September berichtete" (a medium's noun before the name), "first raised by
    the X Advocate, which reported", the French passive "évoquée par Mediapart à l'automne" and "révélé par Le
    Télégramme", a Japanese paper reporting "今年1月に" at the paragraph's start, "据云岭广播电视台报道" (a broadcaster's
    station is an outlet) cite the outlet; "évoquée par le ministre", "first raised by councillor NAME" cite none."""
    assert _sources("Wie das Regionalfernsehen Tele M1 im September berichtete, sammelte die IG über 800 "
                    "Unterschriften.", "de") == ["Tele M1"]
    assert _sources("The concern was first raised by the Wattle Creek Advocate, which reported in January that the "
                    "modelling had been withheld.") == ["the Wattle Creek Advocate"]
    assert _sources("L’existence de ce rapport avait déjà été évoquée par Mediapart à l’automne, dans une enquête.",
                    "fr") == ["Mediapart"]
    assert _sources("Le document a été révélé par Le Télégramme.", "fr") == ["Le Télégramme"]
    assert _sources("L’idée a été évoquée par le ministre à l’automne, dans un discours.", "fr") == []
    assert _sources("The concern was first raised by councillor Jane Smith, who spoke for the residents.") == []
    record = _extract(_page("<p>地元紙の東浜日報が今年1月に報じたところによると、県内では過去5年間に少なくとも23路線のバスが廃止された。</p>"
                            + _TEXT, lang="ja"))
    assert [a["name"] for a in record["attributions"] if a["role"] == "source"] == ["東浜日報"]
    record = _extract(_page("<p>据云岭广播电视台报道，云岭市交通运输部门已要求各区县在7月底前完成辖区内所有汛后桥梁排查。</p>" + _TEXT,
                            lang="zh"))
    assert [a["name"] for a in record["attributions"] if a["role"] == "source"] == ["云岭广播电视台"]


def test_a_teaser_lists_label_naming_the_site_cites_nothing() -> None:
    """"更多今日新聞網報導" heading a list of the site's stories under the text is a label, no citation (the text's
    start is a clause's start for an outlet reporting, "更多" is none)."""
    record = _extract(_page(_TEXT + "<p>更多今日新聞網報導</p><ul><li><a href='/news/1'>北市公車4月起調整路線　12條受影響</a>"
                            "</li></ul>", lang="zh-Hant"))
    assert [a["name"] for a in record["attributions"] if a["role"] == "source"] == []


def test_a_chinese_captions_supplier_after_the_sentences_end() -> None:
    """"…石缝。图据受访者" (the supplier "according to" whom the picture is, glued after the caption's last sentence)
    credits the supplier, as "… 图据受访者" after a space did."""
    from newsarchive.extraction.credits import split_caption

    assert split_caption("7月15日，检测人员在永济桥桥墩处敲击检查石缝。图据受访者") \
        == ("7月15日，检测人员在永济桥桥墩处敲击检查石缝。", "受访者")
    assert split_caption("7月12日，清溪河水位上涨，漫过沿河步道。图据清溪县融媒体中心")[1] == "清溪县融媒体中心"


def test_a_partner_outlet_declared_as_author_of_a_republished_piece() -> None:
    """A partner outlet declared and printed as the author ("城鄉筆記"), which a note under the text names as the outlet
    the piece is republished from ("本文經授權轉載自：《城鄉筆記》", "Originally published by X."), is the story's source,
    no writer: the writer is the one "文：NAME" over the text names."""
    text = "".join(f"<p>清晨四點半，馬公第三漁港的燈還亮著。六十八歲的許文雄把船靠上碼頭，甲板上的保麗龍箱只裝了半滿，第{i}段。</p>"
                   for i in range(5))
    page = ("<html lang='zh-Hant-TW'><head><title>澎湖最後一代近海漁人</title><script type='application/ld+json'>"
            '{"@type":"NewsArticle","headline":"澎湖最後一代近海漁人","author":{"@type":"Person","name":"城鄉筆記"}}'
            "</script></head><body><article><h1>澎湖最後一代近海漁人：當漁獲少了，港口還剩下什麼？</h1>"
            "<div><a href='/author/8842'><span>城鄉筆記</span></a><time>2024/05/21</time></div>"
            f"<div class='content'><p>文：林佳穎</p>{text}<p>本文經授權轉載自：《<a href='https://cx.example'>城鄉筆記</a>》</p>"
            "</div></article></body></html>")
    record = _extract(page)
    assert record["authors"] == ["林佳穎"]
    assert ("source", "城鄉筆記") in {(a["role"], a["name"]) for a in record["attributions"]}


def test_writer_rows_each_a_link_and_a_job_after_a_colon() -> None:
    """Two writer rows under the headline, each a link to the writer's page reading "NAME : OUTLET 記者" and a follow
    button, in a column of rows of one class: both writers, without the job after the spaced colon; a label's colon
    ("文 : NAME") keeps the name after it."""
    from newsarchive.extraction.authors import split_byline

    rows = "".join(f"<div class='flex items-center gap-3'><a href='/list/author/{n}' class='flex'><img src='/a.jpg'>"
                   f"<span><span class='font-bold'>{n}</span> : <span>ビズトレンド 記者</span></span></a>"
                   "<button type='button'>著者フォロー</button></div>" for n in ("宮下 彩", "岡部 純一"))
    text = "".join(f"<p>食品の値上げが続き、消費者の節約志向は強まっているが、地方スーパーの客数は減っていない。第{i}段落。</p>"
                   for i in range(5))
    page = ("<html lang='ja'><head><title>地方スーパーの逆張り戦略</title></head><body><main><h1>「値上げしても客が減らない」"
            f"地方スーパーの逆張り戦略</h1><div class='mt-4 flex'><div class='flex flex-col gap-2'>{rows}</div><time>"
            f"2025/06/18 5:20</time></div><div class='body'>{text}</div></main></body></html>")
    assert _extract(page)["authors"] == ["宮下 彩", "岡部 純一"]
    assert split_byline("宮下 彩 : ビズトレンド 記者")[0] == ["宮下 彩"]
    assert split_byline("文 : 宮下 彩")[0] == ["宮下 彩"]


def test_a_branch_office_and_a_space_before_the_closing_writer() -> None:
    """"（汐見支社　NAME）" closing a Japanese regional paper's text (a branch office, "支社", and a full-width space)
    names the writer, as "（旭川支局　NAME記者）" did."""
    text = "".join(f"<p>汐見港と沖ノ島を結ぶ航路に11日、東浜海運の新造フェリー「しおかぜ」が就航した。旧船の老朽化に伴う代替で、"
                   f"段差をなくした客室やエレベーターを備え、所要時間は従来より10分短い55分となった。第{i}段落。</p>"
                   for i in range(5))
    page = ("<html lang='ja'><head><title>新造船就航</title></head><body><article><h1>汐見―沖ノ島航路に新造船「しおかぜ」"
            f"就航</h1><div class='p-news__main'>{text}<p class='u-text-right'>（汐見支社　山本翔）</p></div>"
            "</article></body></html>")
    assert _extract(page)["authors"] == ["山本翔"]


def test_the_text_ends_at_a_credits_line_set_after_its_box() -> None:
    """An agency's credits line set after the text's box, in the box holding it ("…</p></div><p>Avec AFP</p>"), ends
    the text: the donation appeal and the writers' bios after it are the page's. A newsletter whose paragraphs each
    stand in a box of their own goes on after a credit line among them."""
    after = ("<div class='mt-10 rounded-md'><p class='font-semibold'>Cette enquête vous a été utile ?</p><p class='mt-1'>"
             "Le Courrier de l’Estuaire est financé à 100 % par ses lecteurs. Sans publicité, sans actionnaire.</p>"
             "<a href='/soutenir'>Je soutiens</a></div><div class='mt-8 border-t'><div class='flex gap-4'><img src='/c.jpg'>"
             "<div><a href='/auteurs/camille-le-goff'>Camille Le Goff</a><p class='text-sm'>Journaliste santé et social, "
             "elle suit les hôpitaux de la région depuis dix ans.</p></div></div></div>")
    page = ("<html lang='fr'><head><title>Cyberattaque</title></head><body><article><h1>Cyberattaque à l’hôpital : "
            f"trois semaines après</h1><div class='max-w-2xl'><div class='prose'>{_TEXT}</div>"
            f"<p class='mt-6 italic'>Avec AFP</p>{after}</div></article></body></html>")
    body = _extract(page)["body"]
    assert body.endswith("Avec AFP")
    letter = "".join(f"<div style='padding:0px'><p class='paragraph'>{p}</p></div>" for p in (
        "The mill building's owner said new lease terms would be presented to the council in June.",
        "<i>— With reporting by Tessa Grant</i>",
        "That's it for this week. Reply to this email with tips, complaints, or your favorite lunch spot."))
    page = ("<html lang='en'><head><title>The Ledger Line</title></head><body><article><h1>The mill district's next "
            f"tenant</h1><div class='post'>{_TEXT.replace('<p>', '<div><p>').replace('</p>', '</p></div>')}{letter}"
            "</div></article></body></html>")
    assert _extract(page)["body"].endswith("your favorite lunch spot.")


def test_most_read_boxes_are_no_teasers() -> None:
    """"Les plus lus" heading a box beside the text inside the article is the site's most read, no teasers; in a side
    column holding it and "Sur le même sujet", the latter's links are teasers and the former's none."""
    most = ("<section><h2>Les plus lus</h2><ol><li><a href='/societe/2025/01/22/tramway-ligne-4-travaux'>Tramway : la "
            "ligne 4 coupée pendant trois semaines en février</a></li></ol></section>")
    same = ("<section><h2>Sur le même sujet</h2><ul><li><a href='/politique/2026/01/15/municipales-grandes-villes'>"
            "Municipales 2027 : les grandes villes à suivre de près</a></li></ul></section>")
    page = ("<html lang='fr'><head><title>Cyberattaque</title></head><body><article class='grid'><div>"
            f"<h1>Cyberattaque à l’hôpital</h1><div class='prose'>{_TEXT}</div></div><aside>{most}</aside></article>"
            "</body></html>")
    related = [link["url"] for link in _extract(page)["related_links"] if link["kind"] == "related"]
    assert related == []
    page = ("<html lang='fr'><head><title>Cyberattaque</title></head><body><main><article>"
            f"<h1>Cyberattaque à l’hôpital</h1><div class='prose'>{_TEXT}</div></article><aside class='sidebar'>{most}"
            f"{same}</aside></main></body></html>")
    related = [link["url"] for link in _extract(page)["related_links"] if link["kind"] == "related"]
    assert related == ["https://news.example/politique/2026/01/15/municipales-grandes-villes"]


def test_a_cards_headline_after_its_pictures_box_in_one_link() -> None:
    """A row of teaser cards under a label, each one link holding a picture's box and then the headline
    (``<a><div><img></div><span>Headline</span></a>``): every card's link reads its whole headline, the second's too
    (it read its last character, "」", and the card was taken for text)."""
    cards = "".join(f"<a class='emi00480' href='/news/{n}'><div class='e6v8y820'><img src='/t{n}.jpg'></div>"
                    f"<span class='evbb6t40'>{t}</span></a>" for n, t in (
                        (1019872, "油麻地霓虹燈拆卸潮　最後一代燈牌師傅：拆一個少一個"),
                        (1008815, "年廿八街頭寫揮春　八旬師傅：今年最多人要「身體健康」")))
    text = "".join(f"<p>早上九時半，深水埗桂林街的鐵閘拉起一半，七十歲的梁錦棠已坐在摺櫈上磨墨，第{i}段。</p>" for i in range(5))
    first = "<p>梁錦棠十四歲入行，跟師傅在油麻地學寫招牌，當年幾乎每個招牌都出自幾間老字號之手。</p>"
    page = ("<html lang='zh-HK'><head><title>寫招牌的人</title></head><body><article><h1>最後的手寫招牌師傅</h1>"
            f"<div class='css-88ulqg'>{first}<div class='esgb9l40'><div class='euamv830'>相關文章</div>{cards}</div>"
            f"{text}</div></article></body></html>")
    links = {link["url"]: (link["kind"], link["text"]) for link in _extract(page)["related_links"]}
    assert links["https://news.example/news/1008815"] == ("related", "年廿八街頭寫揮春 八旬師傅：今年最多人要「身體健康」")
    assert links["https://news.example/news/1019872"][0] == "related"
