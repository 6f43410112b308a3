"""A ninety-eighth held-out round of pages imitating publishing systems (issue 9): climate, energy and the environment:
a US national paper's climate desk story, a UK mid-market paper's energy bills explainer, a German national site's
drought story, a French regional daily's electricity prices story, a Japanese national paper's heatwave story, a
Japanese business web magazine's renewable energy article, a mainland portal's heatwave and power story, a Taiwanese
site's energy policy story; held out: an Indian daily's monsoon and drought story, an Austrian outlet's glacier
story from agency copy, a Japanese local broadcaster's typhoon and flooding news, a Singapore Chinese-language
paper's heatwave story.

As in unseen71 to unseen97, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, from memory of each system's markup, with invented text and ``.example`` domains.
(One writer's count of replacements ran over the folder's other pages after its own were done; it printed no
content.)

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by conventions already written, after the blind
and dev scores: "Graphic: NAME, Source: X" credits the drawing's maker alone (us_climate_desk, as unseen90's "Grafik:
APA, Quelle: BMI"); "（路透社）" closing the text is the copy's source, not a contributor (sg_zaobao_climate, as
unseen91's "(SID)", unseen93's "(sda)" and unseen96's "(SDA)").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_climate_desk, uk_energy_bills, de_hitze_duerre, fr_energie_prix,
  ja_kankyo_shinbun, ja_energy_web, cn_huanjing_news, tw_nengyuan_news;
- held out (scored once, blind, before any rule of the round): in_monsoon_drought, at_gletscher_news,
  ja_tv_news_ondanka, sg_zaobao_climate.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=1.000 body_end=0.750 related=0.625 attributions=0.894 images=1.000 (trafilatura 2.3.1 on the same pages:
  headline=0.750 authors=0.500 date=1.000 body_start=0.250 body_end=1.000; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round: headline=0.875 authors=0.850 date=1.000 body_start=1.000 body_end=0.750
  related=0.833 attributions=0.886 images=0.729;
- dev and held out after the rules (see "Ninety-eighth held-out round" in docs/extraction-design.md): 1.000 in every
  field.

``tests/unseen_score.py unseen98`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen98"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_ZH = "".join(f"<p>东南亚多国本周持续遭遇极端高温，泰国和越南多地气温突破40摄氏度，第{n}段。</p>" for n in range(1, 6))
_DE = "".join(f"<p>Seit Wochen hat es kaum geregnet, am Pegel Kaub ist der Rhein so flach wie selten im April. Teil "
              f"{n}.</p>" for n in range(1, 6))


def test_an_articles_label_names_its_heading_on_a_page_without_h1() -> None:
    """"<article aria-label='HEADLINE'><header><h2><span>KICKER</span><span>HEADLINE</span></h2>" on a page without
    ``<h1>`` whose titles are worded otherwise: the heading's part the label names is the headline, and the byline
    under it is read."""
    page = ("<html lang='de'><head><title>Niedrigwasser am Rhein: Pegel Kaub fällt unter 80 Zentimeter - DER BLICK"
            "</title></head><body><article aria-label='Wenn der Rhein zum Rinnsal wird'><header><h2><span class='block "
            "font-bold'>Dürre im Frühjahr</span> <span class='align-middle'>Wenn der Rhein zum Rinnsal wird</span></h2>"
            "<div data-area='authors'><span>Von </span><a href='/autor-katrin-wellhoefer'>Katrin Wellhöfer</a></div>"
            f"</header><section data-area='body'>{_DE}</section></article></body></html>")
    record = _extract(page)
    assert record["headline"] == "Wenn der Rhein zum Rinnsal wird"
    assert record["authors"] == ["Katrin Wellhöfer"]


def test_a_newsletter_box_and_the_writers_notes_close_the_text() -> None:
    """A sign-up box after the text (its e-mail field, its consent line) and German writers' notes ("Redakteurin im
    Ressort Wissenschaft, schreibt über …") are none of the text."""
    signup = ("<div class='box'><span>Newsletter</span><h3>Die Lage: Klima</h3><p>Jeden Donnerstag analysiert das "
              "Klimateam, was die Erderhitzung für Deutschland bedeutet.</p><form><input type='email' name='email'>"
              "<button>Kostenlos anmelden</button></form><p>Mit der Anmeldung stimmen Sie der Datenschutzerklärung zu."
              "</p></div>")
    bio = ("<div class='bio'><a href='/autor-katrin'>Katrin Wellhöfer</a><p>Redakteurin im Ressort Wissenschaft, "
           "schreibt über Wasser, Wetter und Klimafolgen.</p></div>")
    assert _extract(_page(_DE, lang="de", after=signup + bio))["body"].endswith("Teil 5.")


def test_a_paragraph_that_is_one_headline_link_between_paragraphs_is_a_teaser() -> None:
    """"<p class='interstitial-link'><a><span>The hottest summers on record are quickly becoming the new normal</span>
    </a></p>" between two paragraphs, to the same site (its full stop may be the headline's): a teaser; one to
    another site is none."""
    line = "<p class='interstitial-link'><a href='/climate/2026/05/28/hottest-summers/'><span>{}</span></a></p>"
    html = _page(_TEXT[:300] + line.format("Extreme heat is getting more dangerous. Here’s how to protect yourself.")
                 + _TEXT)
    assert _teasers(html) == ["https://news.example/climate/2026/05/28/hottest-summers/"]
    away = html.replace("/climate/2026/05/28/hottest-summers/", "https://other.example/climate/hottest-summers/")
    assert _teasers(away) == []


def test_more_credits_read() -> None:
    """A chart's maker after its data's source ("…（数据来源：X）　制图／易览数读", "…の見通し　図：毎朝新聞作成"), a caption
    under the box of the picture and its credit (a tabloid's "mol-img" over its "imageCaption"), a chart linking to
    its own page ("/graphs/…")."""
    zh = ("<p class='f_center'><img src='/chart.jpg' alt=''><br/>6月25日以来青澜省逐日最高气温与电网最高用电负荷（数据来源："
          "青澜省气候中心）　制图／易览数读</p>")
    images = _extract(_page(_ZH[:200] + zh + _ZH, lang="zh", h1="青澜持续高温"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("6月25日以来青澜省逐日最高气温与电网最高用电负荷（数据来源：青澜省气候中心）",
                                                                "易览数读")]
    ja = ("<figure class='articledetail-image'><a href='/graphs/20250806/hpj/00m/040/005000g/2'><img src='/9.jpg' "
          "alt='東京電力管内の7日の電力需給見通し'></a><figcaption>東京電力管内の7日の電力需給見通し（電力広域的運営推進機関の"
          "資料から）　図：毎朝新聞作成</figcaption></figure>")
    text = "".join(f"<p>東京電力管内で電力需給が逼迫し、政府は注意報を出した。第{n}段落。</p>" for n in range(1, 6))
    images = _extract(_page(text[:60] + ja + text, lang="ja", h1="電力需給ひっ迫注意報"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("東京電力管内の7日の電力需給見通し（電力広域的運営推進機関の資料から）",
                                                                "毎朝新聞作成")]
    mol = ("<div class='artSplitter mol-img-group'><div class='mol-img'><div class='image-wrap'><img src='/bills.jpg' "
           "alt=''><span class='mol-img-credit'>Getty Images</span></div></div><p class='imageCaption'>Millions of "
           "households will pay more from July (stock image)</p></div>")
    images = _extract(_page(_TEXT[:300] + mol + _TEXT))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("Millions of households will pay more from July (stock "
                                                                "image)", "Getty Images")]


def test_bylines_and_sign_offs() -> None:
    """"By NAME, Consumer Affairs Editor and NAME, with PA": the job after the name is no writer; "取材：報道部　NAME"
    under a broadcaster's text names the writer; "（路透社）" alone closing the text is its last paragraph and its
    source."""
    byline = ("<p class='author-section'>By <a href='/search?s=Eleanor+Pryce'>Eleanor Pryce</a>, Consumer Affairs "
              "Editor and <a href='/search?s=Tom+Ashdown'>Tom Ashdown</a>, with PA</p>")
    assert _extract(_page(_TEXT, head=byline))["authors"] == ["Eleanor Pryce", "Tom Ashdown"]
    ja = "".join(f"<p>台風の影響で県内の川が増水し、気象台は警戒を呼びかけています。第{n}段落。</p>" for n in range(1, 6))
    record = _extract("<html lang='ja'><head><title>台風で川が増水</title></head><body><div class='p-newsDetail'><h2 "
                      f"class='p-newsDetail__title'>台風で川が増水</h2><div class='p-newsDetail__body'>{ja}<p class='"
                      "p-newsDetail__reporter'>取材：報道部　小野寺彩花</p></div></div></body></html>")
    assert record["authors"] == ["小野寺彩花"]
    record = _extract(_page(_ZH + "<p>（路透社）</p>", lang="zh", h1="东南亚热浪持续"))
    assert record["body"].endswith("第5段。\n\n（路透社）")
    assert [(a["role"], a["name"]) for a in record["attributions"]] == [("source", "路透社")]


def test_more_labels_and_sources() -> None:
    """"关联阅读" heads teasers; a "DON'T MISS" box beside the text is the site's picks, none; "【更正】本文…刊出時，誤植…"
    closes no text; a portal's "来源：易览财经" on 易览's pages is its own channel, no source; "told Times Radio the
    Government was …", "a indiqué à La Tribune Antoine Férec, délégué …", "Gegenüber der "Tiroler Tageszeitung"
    warnte er", "sagte NAME, Geschäftsführer der Reederei X & Söhne, der „Welt“" cite the outlet alone."""
    box = ("<div class='related-articles'><h3 class='block-title'>关联阅读</h3><ul class='related-list'><li><a "
           "href='/news/sea/story20260510-9001822'>泰国中暑死亡人数攀升 当局吁雇主午间让户外工人停工</a></li></ul></div>")
    assert _teasers(_page(_ZH, lang="zh", h1="东南亚热浪持续", after=box)) == [
        "https://news.example/news/sea/story20260510-9001822"]
    tw = "".join(f"<p>台電表示今夏備轉容量率可望維持在6%以上，第{n}段。</p>" for n in range(1, 6))
    note = "<p>【更正】本文5月21日14時35分刊出時，誤植南濱電廠新3號機裝置容量，已於18時02分更正，特此致歉。</p>"
    assert _extract(_page(tw + note, lang="zh-TW", h1="夏季供電"))["body"].endswith("第5段。")
    assert _sources("Energy Secretary Priya Halloran told Times Radio the Government was looking closely at help.") \
        == ["Times Radio"]
    assert _sources("« Chaque mois de retard compte », a indiqué à La Tribune Antoine Férec, délégué d’une fédération.",
                    "fr") == ["La Tribune"]
    assert _sources('Das sei ernst. Gegenüber der "Tiroler Tageszeitung" warnte er davor, die Folgen zu unterschätzen.',
                    "de") == ["Tiroler Tageszeitung"]
    assert _sources("„Wir fahren mit angezogener Handbremse“, sagte Henning Straatmann, Geschäftsführer der Duisburger "
                    "Reederei Straatmann & Söhne, der „Welt“.", "de") == ["Welt"]
