"""An eighty-second held-out round of pages imitating publishing systems (issue 9): picture-led and multimedia
stories: photo stories with a carousel or a gallery strip, video-led news stories under a player, scrollytelling
features closing on a credits box, a community radio's episode page under its audio player. Three declare nothing
but a ``<title>``. The held-out pages are scored blind, BEFORE any rule of the round.

As in unseen71 to unseen81, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- us_alliedpress_photos: a US wire's photo story on its own site (Brightspot-like): "AP PHOTOS:" heading, a six-slide
  lead carousel "(AP Photo/NAME)", "1 of 6", the dateline "(AP) —", a "Related Stories" box in the text, "Allied
  Press writer NAME contributed to this report." closing it;
- uk_bnc_video: a UK broadcaster's video-led regional story (``ssrcss`` classes): "Watch", "1:48", "Media caption, …",
  "Image source, …", "More on this story", "Related internet links" to other sites' home pages, "Related Topics";
- de_tagesfunk: a public broadcaster's video-led story: the player, "Stand: …" (the update), the bold lead repeating
  the description over "Von <a>NAME</a>, NOR" (its parts named as an author's furniture), "Bild: picture alliance/dpa
  | NAME", "Mehr zum Thema";
- fr_lejour: a Paris daily's photo reportage: "Reportage" kicker, four pictures credited in capitals ("NAME POUR « LE
  JOUR »"), "Lire aussi |" catchers, "(Lozère, envoyée spéciale)";
- jp_nhknews: a broadcaster's video-led story: "6月18日 12時41分" (no year) under the headline in a ``<header>``, the
  player, the text's first paragraphs in boxes named "content--summary" and "content--summary-more", "関連ニュース"
  in a section of the ``<article>`` after the text's nested boxes;
- jp_earthvision: a nature magazine's photo story: "（PHOTOGRAPH BY NAME）", "（参考記事：「…」）" link lines, "最初に
  報じたのは、米紙Xだった", "文＝NAME" under the text;
- cn_jcwb_photo: a city evening paper's picture story on TRS, declaring only a ``<title>``: "来源：PAPER", "作者：记者
  A 通讯员 B 文/图", captions closing "记者 NAME 摄", "（责任编辑：NAME）";
- tw_longform_tide: a Taiwanese long-form site: a roles box (文字/攝影/影音/設計/責任編輯/核稿), "《X》2019年曾報導";
- au_riverlandsfm_podcast (held out): a community radio's episode page on Drupal 7, declaring only a ``<title>``:
  "Story by NAME", "Credits:" over "Reporter: NAME<br>Producer: NAME<br>Editor: NAME<br>Photography: NAME", a Views
  block "Related stories" beside the node;
- ch_seelaender (held out): a Swiss regional paper's scrollytelling page on SvelteKit, declaring only a ``<title>``:
  "Text: A und B · Bilder: C", an "Impressum" credits list (``<dl>``) closing the feature;
- jp_minatonippo (held out): a regional daily's scrollytelling microsite: "<h1>最後の渡し船</h1><p class=hero__sub>…"
  under a ``<title>`` reading both, a lead and "<time>2024年8月10日</time>公開" under them, a "CREDIT" box (``<dl>``),
  "当時の青葉新報は…と報じている";
- sg_8sj_video (held out): a Singapore broadcaster's video-led story on Drupal with Brightcove: "观看", "02:36",
  "视频：NAME" under the author card, "相关新闻：" inline links.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``), and for these pages: the photographer, videographer, designer, producer and
editor a credits box lists are no authors; a photographer credited on a picture is a photo credit; the people the
closing credits box credits with editing or producing are contributors; a player's labels and a caption are no text.
Mended by conventions already written, after the dev score: a Chinese editors' line credits no contributor
(cn_jcwb_photo's "责任编辑", tw_longform_tide's "責任編輯" and "核稿"); a Chinese byline's correspondents ("通讯员 NAME")
are contributors (cn_jcwb_photo; nine earlier sets so); a portal's paper named as the source under the headline is a
source on the paper's own site too ("来源：江城晚报" on 江城网, as unseen24, unseen51 and unseen75 have it); "X提供" is
credited as printed (jp_minatonippo, as unseen74); body_first holds at least the first 60 characters of the text
(tw_longform_tide's gave its first 37); a related link goes to an article, so a site's home page in a box of other
sites' links is none (uk_bnc_video, and unseen2's bbc mended with it: its "Related internet links" home page).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_alliedpress_photos, uk_bnc_video, de_tagesfunk, fr_lejour, jp_nhknews,
  jp_earthvision, cn_jcwb_photo, tw_longform_tide;
- held out (scored once, blind, before any rule of the round): au_riverlandsfm_podcast, ch_seelaender,
  jp_minatonippo, sg_8sj_video.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=0.700 date=0.750
  body_start=0.750 body_end=1.000 related=0.750 attributions=0.629 images=0.950 (trafilatura 2.3.1 on the same
  pages: headline=1.000 authors=0.250 date=0.750 body_start=0.000 body_end=0.250; newsarchive with the declarations
  taken out: the same but authors=0.617 attributions=0.601);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.958 date=1.000
  body_start=0.625 body_end=1.000 related=0.719 attributions=0.900 images=1.000;
- dev and held out after the rules (see "Eighty-second held-out round" in docs/extraction-design.md): 1.000 in every
  field but the two known failures below.

``tests/unseen_score.py unseen82`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

from newsarchive.extraction.authors import split_byline  # noqa: E402
from newsarchive.extraction.credits_box import closing_credits  # noqa: E402
from newsarchive.extraction.page import parse_html  # noqa: E402

SET = "unseen82"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # the dateline's "(AP)" on the agency's own site: the writer expects no source, as the conventions say for a page
    # republishing the story; unseen4's ap and reuters, on the agencies' own sites too, expect the agency as a source
    # (one behaviour kept: the earlier expectation's)
    ("us_alliedpress_photos", "attributions"),
    # held out: Drupal's "Related stories" block, a sibling of the node's block in the content region, five boxes
    # above the text's field: beyond the levels a related box is read at
    ("au_riverlandsfm_podcast", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_JA = "梅雨前線の影響で、青葉県では18日朝から記録的な大雨となり、市の中心部を流れる川が氾濫しました。"
_JA_TEXT = "".join(f"<p>{n}番目の段落です。消防によりますと、住民の救助が続いていて、これまでに30人余りを救助しました。</p>"
                   for n in range(1, 6))


def test_a_bold_lead_over_a_byline_the_walk_dropped() -> None:
    """"<p><strong>LEAD</strong></p><div class='authorline'><span class='authorline__author'>Von <a>NAME</a>, NOR
    </span></div><p>…": the byline's parts, named as an author's furniture, leave no block, but read from the tree the
    box is the byline: the lead over it repeats the description, the text starts under it."""
    lead = ("Seit Montagabend brennt es auf einem früheren Truppenübungsplatz im Süden Brandenburgs, die Feuerwehr "
            "löscht aus der Luft.")
    text = "".join(f"<p class='textabsatz'>Über der Heide steht am Dienstag eine graue Rauchwand, Absatz {n}. Nach "
                   f"Angaben des Landkreises hat sich das Feuer auf rund 240 Hektar ausgebreitet.</p>"
                   for n in range(5))
    html = (f"<html lang='de'><head><title>Munition behindert Löscharbeiten</title><meta name='description' "
            f"content='{lead}'></head><body><main><article><div class='seitenkopf'><h1>Munition behindert "
            f"Löscharbeiten</h1><p class='metatextline'>Stand: 18.06.2024 16:41 Uhr</p></div><p class='textabsatz'>"
            f"<strong>{lead}</strong></p><div class='authorline__wrapper'><div class='authorline'><span "
            f"class='authorline__author'>Von <a href='/autorin-katrin-wessel-100.html'>Katrin Wessel</a>, NOR</span>"
            f"</div></div>{text}</article></main></body></html>")
    assert _extract(html)["body"].startswith("Über der Heide steht am Dienstag")


def _broadcaster_page(summary: str, description: str) -> str:
    return (f"<html lang='ja'><head><title>線状降水帯で記録的大雨</title><meta property='og:description' "
            f"content='{description}'></head><body><article><section class='detail'><header class='content--header'>"
            f"<h1>線状降水帯で記録的大雨 川が氾濫</h1><p class='content--date'><time>6月18日 12時41分</time></p>"
            f"</header><div class='content--detail-main'><div class='video-player'><img src='/v.jpg' alt=''>"
            f"<button>動画を再生する</button></div><div class='content--summary'>{summary}</div>"
            f"<div class='content--detail-more'><div class='content--summary-more'>気象台によりますと、3時間に210ミリの"
            f"雨が降り、観測史上最も多くなりました。</div><div class='content--detail-body'><section class='content--body'>"
            f"<h2 class='body-title'>住宅地に濁流</h2><div class='body-text'>{_JA_TEXT}</div></section></div></div></div>"
            f"</section><section class='module--news-related'><header><h2>関連ニュース</h2></header><ul>"
            f"<li><a href='/news/html/20240618/k10014485102000.html'><em>青葉県に線状降水帯 顕著な大雨に関する情報を発表"
            f"</em></a></li><li><a href='/news/html/20240617/k10014484871000.html'><em>西日本 あすにかけ大雨のおそれ "
            f"土砂災害に警戒を</em></a></li></ul></section></article></body></html>")


def test_a_summary_box_under_the_date_line_opening_with_the_description_opens_the_text() -> None:
    """Under the header's date line ("6月18日 12時41分", no year) and the player, the paragraphs of boxes named as a
    summary ("content--summary", its "content--summary-more") open the text when the first opens with the declared
    description and goes on past it (the text's first paragraph as declared); an editor's summary not opening with
    the description stays out, unless the box after it is named as its continuation (since unseen105: "content--detail-
    more", the rest of the story it opens, as three sets' broadcaster pages print their leads)."""
    summary = _JA + "川沿いの住宅地で浸水の被害が相次いでいます。"
    body = _extract(_broadcaster_page(summary, _JA))["body"]
    assert body.startswith(summary)
    assert body.split("\n\n")[1].startswith("気象台によりますと")
    other = "ことしの梅雨は例年より雨が多く、各地で警戒が続いています。"
    assert _extract(_broadcaster_page(other, _JA))["body"].startswith(other)
    apart = _broadcaster_page(other, _JA).replace("content--detail-more", "content--detail-rest") \
        .replace("content--summary-more", "content--summary-note")
    assert _extract(apart)["body"].startswith("1番目の段落です")


def test_a_related_section_of_the_article_after_the_texts_nested_boxes() -> None:
    """"<article><section>…(the text four boxes down)…</section><section><h2>関連ニュース</h2><ul>…": the labelled
    related section of the ``<article>`` holding the text gives its teasers, however deep the text sits."""
    assert _teasers(_broadcaster_page(_JA + "被害が相次いでいます。", _JA)) == [
        "https://news.example/news/html/20240618/k10014485102000.html",
        "https://news.example/news/html/20240617/k10014484871000.html"]


def test_links_to_other_sites_and_a_ranking_give_no_teasers() -> None:
    """A box under "Related internet links" (other sites' pages), a link to a site's front page in any teaser box,
    and a box named as a ranking ("rm_ranking") under "推荐阅读" give no teasers; "More on this story" does."""
    more = ("<section><h2>More on this story</h2><ul><li><a href='/news/uk-england-cornwall-68120455'>Fishing families "
            "fear for future of small harbour</a></li></ul></section>")
    external = ("<section><h2>Related internet links</h2><ul><li><a href='https://www.harbour.example/about/board'>"
                "Porthkerran Harbour Commissioners</a></li></ul></section>")
    home = ("<section><h2>Related</h2><ul><li><a href='https://www.flooding.example/'>Check for flooding in your "
            "area today</a></li></ul></section>")
    assert _teasers(_page(_TEXT, after=more + external + home)) == [
        "https://news.example/news/uk-england-cornwall-68120455"]
    zh = "".join(f"<p>老旧小区加装电梯已推行多年，但低层住户与高层住户之间的分歧仍是主因，第{n}段。</p>" for n in range(5))

    def beside(name: str, label: str) -> str:
        return (f"<html lang='zh'><head><title>加装电梯</title></head><body><div class='main'><article><h1>多地推进老旧小区"
                f"加装电梯</h1><div class='content'>{zh}</div></article><div class='{name}'><h3>{label}</h3><ul><li><a "
                f"href='/n1/2026/0311/c1004-40711888.html'>一季度消费市场开局良好 多项指标回升</a></li></ul></div>"
                f"</div></body></html>")
    assert _teasers(beside("rm_ranking", "推荐阅读")) == []
    assert _teasers(beside("rm_relevant", "推荐阅读")) == ["https://news.example/n1/2026/0311/c1004-40711888.html"]


def test_a_magazines_reference_line_and_japanese_and_chinese_citations() -> None:
    """"（参考記事：「TITLE」）" is a teaser line; "最初に報じたのは、米紙Xだった" (who reported it first), "当時の青葉新報は…と
    報じている" (a paper's name alone as the topic) and "《X》2019年曾報導" (a year before the verb) cite X; "報じたのは田中
    記者だった" names a reporter, no outlet."""
    line = "<p>（参考記事：<a href='/atcl/news/23/082100412/'>「サンゴはなぜ白くなる？　褐虫藻との危うい共生関係」</a>）</p>"
    html = _page(_JA_TEXT[:200] + line + _JA_TEXT, lang="ja")
    assert _teasers(html) == ["https://news.example/atcl/news/23/082100412/"]
    assert "参考記事" not in _extract(html)["body"]
    assert _sources("この異変を最初に報じたのは、米紙ハーバー・タイムズだった。", lang="ja") == ["ハーバー・タイムズ"]
    assert _sources("当時の青葉新報は「渡し船満員、転覆寸前」と報じている。", lang="ja") == ["青葉新報"]
    assert _sources("この件を報じたのは田中記者だった。", lang="ja") == []
    assert _sources("《濱海時報》2019年曾報導，村民多次陳情，希望政府興建離岸潛堤。", lang="zh-Hant") == ["濱海時報"]


def test_a_heading_over_its_subtitle_that_the_title_reads_with_it() -> None:
    """"<h1>最後の渡し船</h1><p class='hero__sub'>SUBTITLE</p>" under a ``<title>`` reading both: the heading is the
    headline, and the date line under the lead beside it ("<time>2024年8月10日</time>公開") dates the page, not a
    teaser's day further down."""
    ja = "".join(f"<p>午前5時40分、まだ薄暗い川面に小さなエンジン音が響く。全長8メートルの木造船が対岸へ滑り出した、第{n}節。</p>"
                 for n in range(5))
    html = ("<html lang='ja'><head><meta charset='utf-8'><title>最後の渡し船　白鷺川・中洲の渡し 90年の物語｜みなと日報"
            "</title></head><body><section class='hero'><div class='hero__inner'><p class='hero__label'>デジタル特集</p>"
            "<h1 class='hero__title'>最後の渡し船</h1><p class='hero__sub'>白鷺川・中洲の渡し 90年の物語</p>"
            "<p class='hero__lead'>川を渡るのに、橋ではなく船を使う。90年続いた渡しが、この夏、役目を終える。</p>"
            "<p class='hero__date'><time>2024年8月10日</time>公開</p></div></section><section class='chapter'>"
            f"<div class='text-block'>{ja}</div></section><section class='related'><h2>関連記事</h2><ul><li><a "
            "href='/news/local/20231215/article_0087421.html'><span>2023.12.15</span><span>「中洲の渡し」廃止へ　"
            "市議会が可決</span></a></li></ul></section></body></html>")
    record = _extract(html, url="https://www.minato-nippo.example/special/watashibune/")
    assert record["headline"] == "最後の渡し船"
    assert record["published"][:10] == "2024-08-10"
    assert record["body"].startswith("午前5時40分")


def test_a_closing_credits_box() -> None:
    """A feature's credits box, as a definition list under "CREDIT" or "Impressum", or as "Role: NAME" lines under a
    "Credits:" label: its writers are the authors when no byline names them, its editors and producers contributors,
    its photographers, videographers and designers nobody (their pictures credit them); a facts list is no box."""
    ja = "".join(f"<p>午前5時40分、まだ薄暗い川面に小さなエンジン音が響く。全長8メートルの木造船が対岸へ滑り出した、第{n}節。</p>"
                 for n in range(5))
    box = ("<section class='credit'><h2 class='credit__title'>CREDIT</h2><dl><div><dt>取材・文</dt><dd>佐藤花子</dd>"
           "</div><div><dt>写真・動画</dt><dd>山田太郎</dd></div><div><dt>デザイン・開発</dt><dd>鈴木健太</dd></div><div>"
           "<dt>編集</dt><dd>高橋誠</dd></div><div><dt>プロデューサー</dt><dd>中村亜希</dd></div></dl></section>")
    record = _extract(_page(ja, lang="ja", h1="最後の渡し船", after=box))
    assert record["authors"] == ["佐藤花子"]
    assert sorted((a["role"], a["name"]) for a in record["attributions"]) == [
        ("author", "佐藤花子"), ("contributor", "中村亜希"), ("contributor", "高橋誠")]
    credits = ("<div class='field-credits'><div class='field-label'>Credits:&nbsp;</div><div class='field-items'><p>"
               "Reporter: Hannah Crothers<br>Producer: Dominic Ferreira-Lang<br>Editor: Lorraine Batchelor<br>"
               "Photography: Sam Ngata</p></div></div>")
    record = _extract(_page(_TEXT, head="<p class='byline'>Story by Hannah Crothers</p>", after=credits))
    assert record["authors"] == ["Hannah Crothers"]
    assert sorted((a["role"], a["name"]) for a in record["attributions"] if a["role"] != "author") == [
        ("contributor", "Dominic Ferreira-Lang"), ("contributor", "Lorraine Batchelor")]
    facts = parse_html("<html><body><dl><dt>Ort</dt><dd>Bern</dd><dt>Preis</dt><dd>Franz Weber</dd></dl></body></html>")
    assert closing_credits(facts) == []
    impressum = parse_html("<html><body><section><h2>Impressum</h2><dl><dt>Text</dt><dd>Lea Brunner, Marco Gisler</dd>"
                           "<dt>Bilder</dt><dd>Nadia Rüegg</dd><dt>Redaktion</dt><dd>Regula Imhof</dd></dl></section>"
                           "</body></html>")
    assert [(row.kind, row.names) for row in closing_credits(impressum)] == [
        ("writer", ("Lea Brunner", "Marco Gisler")), (None, ("Nadia Rüegg",)), ("editor", ("Regula Imhof",))]


def test_a_bylines_pictures_label_after_the_writers() -> None:
    """"Text: A und B · Bilder: C": A and B wrote it, C took the pictures."""
    writers = ["Lea Brunner", "Marco Gisler"]
    assert split_byline("Text: Lea Brunner und Marco Gisler · Bilder: Nadia Rüegg")[0] == writers
    assert split_byline("Words: Ann Lee | Photographs: Bo Chan")[0] == ["Ann Lee"]


def test_a_chinese_bylines_video_and_copy_checkers_labels() -> None:
    """"视频：NAME" beside the writer's card and "影音 NAME", "核稿 NAME" in a long-form roles line name the video's maker
    and the copy's checker, no writers."""
    assert split_byline("林佩君 视频：陈志豪")[0] == ["林佩君"]
    assert split_byline("文字 陳映潔 影音 周柏翰")[0] == ["陳映潔"]
    assert split_byline("文字 陳映潔、許家豪　影音 周柏翰　核稿 蘇育瑩")[0] == ["陳映潔", "許家豪"]
