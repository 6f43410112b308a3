"""A ninetieth held-out round of pages imitating publishing systems (issue 9): politics, courts, crime and elections:
a US local TV station's crime story, a UK regional daily's court report, an Austrian daily's election night, a French
regional daily's court report, a Japanese national daily's court ruling, a Japanese broadcaster's election results, a
Taiwanese daily's by-election story, a Hong Kong paper's court report; held out: a US public radio station's
election-night story on Grove, a Belgian public broadcaster's politics story on Next.js, a Japanese regional paper's
council story on an old CMS, a mainland city paper's court story on TRS. Four declare nothing but a ``<title>``. The
held-out pages are scored blind, BEFORE any rule of the round.

As in unseen71 to unseen89, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- us_localtv_crime: a local TV station on a broadcast group's WordPress (Nexstar-like): the station declared as author,
  "(WQRT) —" opening the text, a booking photo in a figure named "is-style-mugshot" credited "(Photo: X County
  Sheriff’s Office)", "told WQRT", "The X Courier-Ledger first reported";
- uk_court_report: a UK regional daily on a publisher's platform (Reach-like), declaring only a ``<title>``: "By NAME,
  Court Reporter", "(Image: X Police)", "Read More" asides, "told BBC Look North";
- at_wahl_bericht: an Austrian daily's election night (derStandard-like): a results widget "Quelle: …/ORF", "Grafik:
  APA, Quelle: BMI" under a chart, "Wie die „Presse“ am Sonntagabend unter Berufung auf Parteikreise berichtete",
  "Laut Hochrechnung von X im Auftrag des ORF";
- fr_proces_tribunal: a French regional daily's court report (Ouest-France-like): "| Photo d’illustration Ouest-Matin /
  NAME", "Lire aussi :" lines, "Selon nos confrères de X", a subscriber's paywall box after the text;
- jp_hanketsu_zenkokushi: a national daily's court ruling (Mainichi-like): a paywall note over the text ("この記事は有料記事
  です。" "有料会員としてログイン中のため…"), a courtroom sketch "（イラスト・NAME）" linking to the photo page, "【A、B】";
- jp_senkyo_sokuhou: a broadcaster's election results (TBS-NEWS-DIG-like): an update note opening the text, a results
  table, "共同通信の出口調査によりますと", "地元紙の北陵新報が行った世論調査では";
- tw_xuanju_news: a Taiwanese daily's by-election story (UDN-like): "北辰日報 / 記者A、B／北嶼即時報導", "（圖／記者NAME攝）",
  "英國《經濟學人》雜誌先前也曾將…形容為";
- hk_court_case: a Hong Kong paper's print-edition court report (Ming-Pao-like): no byline, a side box named "columnist"
  listing opinion columns, "（警方圖片）", "（資料圖片）", "【更正】";
- us_election_results (held out): a public radio station on Grove (Brightspot): a "Related Stories" list of
  ``<ps-promo class='PromoE'>`` rows inside the text, results boxes with their sources, "The Associated Press called the
  race", "NAME contributed to this report.";
- be_politique_fr (held out): a Belgian public broadcaster on Next.js, declaring only a ``<title>``: "Par NAME avec
  Belga", "© Belga Image", "Comme l'a révélé Le Soir", "a confié à La Libre", a comments block;
- jp_chiho_gikai (held out): a regional paper on an old CMS, declaring only a ``<title>`` that cuts the heading's last
  part ("SITE｜HEADLINE" under "HEADLINE　市議会一般質問"), headings set as pictures of their words ("<h3><img
  alt='関連ニュース'></h3>"), "« 前の記事：…" and "次の記事：… »" each a line;
- cn_fayuan_epaper (held out): a city paper's site on TRS, declaring only a ``<title>``: "本报记者 A 通讯员 B" as the first
  paragraph, "来源：X晚报", "（警方供图）", "据X公安局通报".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``); police forces, courts, ministries, parties and election
commissions are no sources. Mended by conventions already written, after the blind and dev scores: a Chinese byline's
correspondent ("通讯员 NAME") is a contributor (cn_fayuan_epaper; unseen80's convention); a portal's paper before its
reporter, or in the date line's "来源：", is a source (tw_xuanju_news's "北辰日報", cn_fayuan_epaper's "澄江晚报";
unseen14's and unseen79's); a station's call sign in its own dateline is a source, as an agency's on its own site is
(us_localtv_crime's "(WQRT) —"; the README's settled conventions).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_localtv_crime, uk_court_report, at_wahl_bericht, fr_proces_tribunal,
  jp_hanketsu_zenkokushi, jp_senkyo_sokuhou, tw_xuanju_news, hk_court_case;
- held out (scored once, blind, before any rule of the round): us_election_results, be_politique_fr, jp_chiho_gikai,
  cn_fayuan_epaper.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=0.917 date=1.000
  body_start=1.000 body_end=1.000 related=0.500 attributions=0.886 images=1.000 (trafilatura 2.3.1 on the same pages:
  headline=0.500 authors=0.500 date=1.000 body_start=0.000 body_end=0.750; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.875 date=1.000
  body_start=0.875 body_end=0.875 related=1.000 attributions=0.773 images=0.708;
- dev and held out after the rules (see "Ninetieth held-out round" in docs/extraction-design.md): 1.000 in every field
  but the known failures below (and uk_court_report's "told BBC Look North", read since unseen102: an acronym and its
  programme's words before the clause of what was said).

``tests/unseen_score.py unseen90`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen90"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "Laut Hochrechnung von X im Auftrag des ORF": the broadcaster that commissioned a projection; not tried
    ("at_wahl_bericht", "attributions"),
    # held out: "The Associated Press called the race": an agency cited for a race's call, no verb of reporting
    ("us_election_results", "attributions"),
    # held out: "a confié à La Libre": the French "told" before a capitalised article and a name with no outlet's word
    ("be_politique_fr", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _roles(record: dict) -> list[tuple[str, str]]:
    return [(a["role"], a["name"]) for a in record["attributions"]]


_JA = "".join(f"<p>　市議会は８日、一般質問を行い、新庁舎の建設事業費について市長が規模を見直す考えを示した。第{n}段落。</p>"
              for n in range(1, 6))
_ZH = "".join(f"<p>　　法院审理查明，该团伙以免费体检为名诱骗老年人购买高价保健品，涉案金额达数百万元，第{n}段。</p>"
              for n in range(5))


def test_a_heading_extending_the_declared_title_is_the_headline() -> None:
    """An old site's ``<title>`` "SITE｜HEADLINE" over a heading that adds a spaced last part ("HEADLINE　市議会一般質問"),
    the logo the ``<h1>``: the heading as printed."""
    html = ("<html lang='ja'><head><title>北浦日報ニュース｜新庁舎建設、事業費を2割圧縮へ　霧ケ丘市長「規模見直す」</title></head>"
            "<body><h1 id='logo'><a href='/'><img src='/logo.gif' alt='北浦日報'></a></h1><div id='main'><h2 class="
            "'newsTtl'>新庁舎建設、事業費を2割圧縮へ　霧ケ丘市長「規模見直す」　市議会一般質問</h2>"
            f"<div class='newsBody'>{_JA}</div></div></body></html>")
    headline = _extract(html, url="https://www.kitaura.example/news/detail.php?id=34521")["headline"]
    assert " ".join(headline.split()) == "新庁舎建設、事業費を2割圧縮へ 霧ケ丘市長「規模見直す」 市議会一般質問"


def test_a_label_set_as_a_picture_heads_teasers_and_post_pointers_are_none() -> None:
    """"<h3><img alt='関連ニュース'></h3>" over a list of headlines gives teasers; "« 前の記事：TITLE" and "次の記事：TITLE
    »", each a line of its own, give none."""
    after = ("<div class='pager'><p class='prev'><a href='/news/2023/12/07/034466.html'>&laquo; 前の記事：干し柿づくりが最盛期"
             "</a></p><p class='next'><a href='/news/2023/12/09/034570.html'>次の記事：駅伝へ壮行会 &raquo;</a></p></div>"
             "<div class='relNews'><h3><img src='/img/ttl_relnews.gif' alt='関連ニュース'></h3><ul><li><a href='/news/2023/"
             "09/27/031208.html'>新庁舎の事業費、128億円に膨張の恐れ</a></li><li><a href='/news/2023/11/22/033851.html'>"
             "市議会12月定例会、29日開会</a></li></ul></div>")
    urls = _teasers(_page(_JA, lang="ja", h1="新庁舎建設、事業費を2割圧縮へ", after=after))
    assert sorted(urls) == ["https://news.example/news/2023/09/27/031208.html",
                            "https://news.example/news/2023/11/22/033851.html"]


def test_a_side_box_listing_columns_names_no_writer() -> None:
    """A side column's box named "columnist" that lists the opinion columns' headlines: no byline."""
    side = ("<div class='columnist'><div class='header'>觀點</div><ul class='listing'><li><a href='/pns/view/article/"
            "20240619/s00012/1718736420015'>法律觀察：打擊按揭造假　監管須補漏洞</a></li><li><a href='/pns/view/article/"
            "20240619/s00012/1718736420688'>社評：區議會運作一年　檢討不宜拖</a></li></ul></div>")
    html = (f"<html lang='zh-Hant'><head><title>團伙騙長者</title></head><body><article><h1>團伙騙長者</h1>"
            f"<div class='txt'>{_ZH}</div></article><aside>{side}</aside></body></html>")
    assert _extract(html)["authors"] == []


def test_related_rows_of_custom_promo_elements_are_teasers() -> None:
    """A "Related Stories" list inside the text whose rows are custom elements named as promos
    ("<ps-promo class='PromoE'>"): the rows' links are teasers."""
    box = ("<div class='Enhancement'><ps-list-loadmore class='ListE'><div class='ListE-header'><h2>Related Stories</h2>"
           "</div><ul>" + "".join(f"<li><ps-promo class='PromoE'><div class='PromoE-content'><div class='PromoE-title'>"
                                  f"<a href='https://news.example/politics/2025-10-2{n}/mayor-race-story-{n}'>Halden "
                                  f"mayoral candidates spar over housing, part {n}</a></div></div></ps-promo></li>"
                                  for n in range(3)) + "</ul></ps-list-loadmore></div>")
    urls = _teasers(_page(_TEXT[:300] + box + _TEXT))
    assert sorted(urls) == [f"https://news.example/politics/2025-10-2{n}/mayor-race-story-{n}" for n in range(3)]


def test_a_paywall_note_over_the_text_opens_none_and_a_paywall_box_under_it_closes_none() -> None:
    """"この記事は有料記事です。" "有料会員としてログイン中のため、全文をお読みいただけます。" over the text; a subscriber's box
    under it whose button links the subscription offers ("/offres/")."""
    note = ("<div class='paywall-notice'><p>この記事は有料記事です。</p><p>有料会員としてログイン中のため、全文をお読みいただけます。"
            "</p></div>")
    assert _extract(_page(note + _JA, lang="ja", h1="元県議長に実刑判決"))["body"].startswith("市議会は８日")
    box = ("<div class='paywall-box'><p>Cet article est réservé aux abonnés</p><p>Vous pouvez le lire grâce à votre "
           "abonnement. Merci de soutenir l’information locale !</p><a href='https://abonnement.ouest.example/offres/?"
           "origine=article'>Offrir un abonnement à un proche</a></div>")
    html = (f"<html lang='fr'><head><title>Procès</title></head><body><article><h1>L'ex-trésorier condamné</h1><div "
            f"class='article-body'><div class='text'>{_TEXT}</div>{box}</div></article></body></html>")
    assert _extract(html)["body"].endswith("where it was last year.")


def test_pictures_credits_in_court_and_election_stories() -> None:
    """A booking photo in a figure named "mugshot" between the text's paragraphs is the article's; "（イラスト・NAME）"
    credits a courtroom sketch's artist; "Grafik: APA, Quelle: BMI" credits the maker; "Photo d’illustration X / NAME"
    credits "X / NAME"."""
    mugshot = ("<figure class='wp-block-image is-style-mugshot'><img src='/uploads/mugshot.jpg' width='400' height='500' "
               "alt='Booking photo'><figcaption>Brady Lemaster, 34, was booked into the county jail early Monday. (Photo: "
               "Tolliver County Sheriff’s Office)</figcaption></figure>")
    images = _extract(_page(_TEXT[:_TEXT.index("</p>") + 4] + mugshot + _TEXT))["images"]
    assert [i["credit"] for i in images] == ["Tolliver County Sheriff’s Office"]
    sketch = ("<figure><a href='https://news.example/graphs/20240227/001'><img src='/img/sketch.jpg' alt=''></a>"
              "<figcaption>判決を聞く被告（右手前）＝水城地裁で2024年2月27日（イラスト・松岡ひろみ）</figcaption></figure>")
    images = _extract(_page(sketch + _JA, lang="ja", h1="元県議長に実刑判決"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("判決を聞く被告（右手前）＝水城地裁で2024年2月27日", "松岡ひろみ")]
    chart = ("<figure><img src='/img/chart.png' alt=''><figcaption><p class='caption'>Vorläufiges Ergebnis ohne "
             "Wahlkarten.</p><p class='figure-credit'>Grafik: APA, Quelle: BMI</p></figcaption></figure>")
    assert [i["credit"] for i in _extract(_page(chart + _TEXT, lang="de"))["images"]] == ["APA"]
    photo = ("<figure><img src='/img/palais.jpg' alt=''><figcaption><span class='legende'>Le palais de justice.</span> "
             "<span class='credit'>| Photo d’illustration Ouest-Matin / Gaëlle Quéméner</span></figcaption></figure>")
    assert [i["credit"] for i in _extract(_page(photo + _TEXT, lang="fr"))["images"]] == ["Ouest-Matin / Gaëlle Quéméner"]


def test_outlets_cited_in_politics_stories() -> None:
    """"共同通信の出口調査によりますと", "地元紙の北陵新報が行った世論調査では", "英國《經濟學人》雜誌先前也曾將…", "Wie die
    „Presse“ am Sonntagabend unter Berufung auf Parteikreise berichtete"."""
    assert "共同通信" in _sources("共同通信の出口調査によりますと、大槻氏は無党派層の6割近くの支持を得ました。", "ja")
    assert "北陵新報" in _sources("選挙戦の序盤に地元紙の北陵新報が行った世論調査では、物価高を挙げた人が多かった。", "ja")
    assert "經濟學人" in _sources("英國《經濟學人》雜誌先前也曾將這次補選形容為「前哨戰」。", "zh-Hant")
    assert "Presse" in _sources("Wie die „Presse“ am Sonntagabend unter Berufung auf Parteikreise berichtete, soll es "
                                "Gespräche geben.", "de")
