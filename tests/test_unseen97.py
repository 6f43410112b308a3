"""A ninety-seventh held-out round of pages imitating publishing systems (issue 9): obituaries, tributes and deaths of
public figures: a US metro daily's staff obituary, a UK broadcaster's news of a death with tributes, a German regional
paper's Nachruf, a French national daily's hommage, a Japanese national paper's 訃報, a Japanese web magazine's 追悼 by
a critic, a mainland portal's 讣告 story, a Taiwanese news site's 追思 story; held out: an Australian national paper's
obituary by a colleague, a Swiss portal's short agency death news, a Japanese regional paper's news of a former
mayor's death, a Hong Kong paper's obituary.

As in unseen71 to unseen96, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, from memory of each system's markup, with invented text and ``.example`` domains.
(Two writers' last checks, run after their own pages were done, scanned every file of the folder: one printed the
others' headlines and opening words, one only namespace strings; nothing of it went into their pages.)

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by conventions already written, after the blind
and dev scores: "Ledger file photo" credits "Ledger" (us_obit_metro, as unseen37's "Valley Gazette file photo"); a
portal's "来源：PAPER" under the headline names the copy's source (cn_fugao_news, as unseen46's and unseen63's).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_obit_metro, uk_broadcaster_death, de_nachruf_zeitung, fr_hommage_quotidien,
  ja_fuho_shinbun, ja_tsuito_web, cn_fugao_news, tw_zhuisi_news;
- held out (scored once, blind, before any rule of the round): au_obit_national, ch_nachruf_portal, ja_okuyami_local,
  hk_obit_daily.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=1.000 date=1.000
  body_start=0.750 body_end=0.750 related=1.000 attributions=0.852 images=0.875 (trafilatura 2.3.1 on the same pages:
  headline=0.750 authors=0.250 date=0.500 body_start=0.500 body_end=0.250; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round: headline=0.875 authors=1.000 date=1.000 body_start=0.875 body_end=1.000
  related=0.799 attributions=0.843 images=0.938;
- dev and held out after the rules (see "Ninety-seventh held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failures below.

``tests/unseen_score.py unseen97`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen97"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "said on talkSPORT" (a broadcaster's name in lower case, then capitals: no outlet's word, no acronym); not
    # tried ("a confié à France Inter le chanteur NAME" cites it since unseen105)
    ("uk_broadcaster_death", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_JA = "".join(f"<p>　元市長の柳瀬氏が5日、肺炎のため市内の病院で死去した。86歳。市政を3期12年担った。第{n}段落。</p>" for n in range(1, 6))
_ZH = "".join(f"<p>永昌集團創辦人簡敬堯前日在養和醫院安詳離世，享年九十六歲，家屬昨日發出聲明。第{n}段。</p>" for n in range(1, 6))


def test_notes_of_what_an_update_added_open_no_text() -> None:
    """"Editor’s note: This story was updated Wednesday to include funeral arrangements." in a box of its own over the
    text's box, and "※7日午前、通夜と告別式の日程を追記しました。" over a Japanese text: notes, no opening paragraph."""
    note = "<div class='article-body__note'><p><i>Editor’s note: This story was updated Wednesday to include funeral " \
           "arrangements.</i></p></div>"
    assert _extract(_page(_TEXT, head=note))["body"].startswith("The council voted on Tuesday")
    ja = "<p class='update_note'>※7日午前、通夜と告別式の日程、記帳所の受付時間を追記しました。</p>" + _JA
    assert _extract(_page(ja, lang="ja", h1="元市長の柳瀬宗一郎氏が死去"))["body"].startswith("元市長の柳瀬氏が5日")


def test_a_heading_named_as_the_title_on_a_page_without_h1() -> None:
    """No ``<h1>`` on the page: the ``<h2>`` named as the headline at the top of the article, worded unlike the SEO
    title the page declares, and an old system's "h2.news_title" on a page declaring only a ``<title>`` worded
    otherwise, are the headlines a reader sees."""
    seo = "<meta property='og:title' content='Theatergründerin gestorben: Abschied von Henrike Vossberg'>"
    page = ("<html lang='de'><head><title>Theatergründerin Henrike Vossberg mit 81 gestorben | Zeitung</title>"
            f"{seo}</head><body><article><header><p class='topline'>Nachruf</p><h2 class='article__header__headline'>"
            "Henrike Vossberg machte aus einer Turnhalle ein Theater für alle</h2></header><div class='content'>"
            + "".join(f"<p>Fast fünf Jahrzehnte hat sie das Theater am Kesselweg geleitet, nun ist sie gestorben. Teil "
                      f"{n}.</p>" for n in range(6))
            + "<h3 class='article__subheadline'>Aus einer Turnhalle wurde eine Bühne</h3>"
            "<p>Der Rest der Geschichte.</p></div></article></body></html>")
    assert _extract(page)["headline"] == "Henrike Vossberg machte aus einer Turnhalle ein Theater für alle"
    ja = ("<html lang='ja'><head><title>元湊川市長の柳瀬宗一郎氏が死去 - 地域ニュース - 北潟新聞WEB</title></head><body>"
          "<div id='news_detail'><div class='news_head'><h2 class='news_title'>元湊川市長　柳瀬宗一郎氏死去　86歳　港湾再整備"
          f"に尽力</h2><p class='news_date'>2026年03月06日</p></div><div class='news_body'>{_JA}</div></div>"
          "<div id='side'><h3 class='ttl_bar'>地域ニュース</h3></div></body></html>")
    assert _extract(ja)["headline"] == "元湊川市長 柳瀬宗一郎氏死去 86歳 港湾再整備に尽力"


def test_funeral_arrangements_close_the_text() -> None:
    """An obituary's box of its funeral arrangements after the text ("【治喪安排】 設靈：… 出殯：…", "Funeral details"):
    practical facts, no part of the text."""
    box = ("<div class='funeralBox'><div class='funeralTitle'>【治喪安排】</div><p>設靈：3月27日（星期五）下午2時，紅磡"
           "世界殯儀館地下福壽堂</p><p>出殯：3月28日（星期六）上午10時，隨即奉柩往柴灣永遠墳場安葬</p></div>")
    body = _extract(_page(_ZH + box, lang="zh-HK", h1="永昌集團創辦人簡敬堯辭世"))["body"]
    assert body.endswith("第5段。")
    en = "<h3>Funeral details</h3><p>A service will be held at St Mary's Church, Ashbury, on Friday at 11am.</p>"
    assert _extract(_page(_TEXT + en))["body"].endswith("where it was last year.")


def test_a_note_of_the_pictures_kind_in_the_credits_place_credits_nobody() -> None:
    """"<span class='copyright'>Symbolbild</span>" (a stock picture) names no one who took or holds it."""
    figure = ("<figure><img src='/flagge.jpg' alt=''><figcaption><span class='ap-media__text'>Die Kantonsfahne vor dem "
              "Regierungsgebäude.</span> <span class='ap-media__copyright'>Symbolbild</span></figcaption></figure>")
    record = _extract(_page(_TEXT[:300] + figure + _TEXT, lang="de"))
    assert [image.get("credit") for image in record["images"]] == [None]
    assert not [a for a in record["attributions"] if a["role"] == "photo"]


def test_an_agencys_material_credited_in_a_box_after_the_text() -> None:
    """"<div class='source'><span>Mit Material von Keystone-SDA</span></div>" after the text's box: the agency
    contributed."""
    body = "".join(f"<div class='ap-textblock'><p>Der frühere Nationalrat ist im Alter von 84 Jahren gestorben, Teil "
                   f"{n}.</p></div>" for n in range(6))
    after = ("<div class='ap-article__source'><span class='ap-article__source-text'>Mit Material von Keystone-SDA"
             "</span></div><div class='ap-related'><h2>Mehr zum Thema</h2><ul><li><a href='/a/1'>Ein anderer Artikel "
             "über den Nationalrat</a></li><li><a href='/a/2'>Noch ein Artikel über die Partei und ihre Zukunft</a>"
             "</li></ul></div>")
    record = _extract(_page(body, lang="de", after=after))
    assert record["body"].endswith("Teil 5.")
    assert ["contributor", "Keystone-SDA"] in [[a["role"], a["name"]] for a in record["attributions"]]


def test_more_teaser_labels() -> None:
    """"<strong>Read more from Meridian News:</strong><br><a>…</a><br><a>…</a>" between paragraphs and Le Monde's
    "Lire aussi le portrait (2012) |" head teasers; a box "More from UK" where the navigation links the UK section heads
    the section's latest stories; a link in a sentence of a facts box beside the text ("… finden Sie <a>auf unserem
    Trauerportal</a>.") is none."""
    line = ("<p><strong>Read more from Meridian News:</strong><br><a href='/story/tributes-pour-in-13518260'>Tributes "
            "pour in for Dean Fairclough from across football</a><br><a href='/story/what-is-mnd-13518251'>What is "
            "motor neurone disease and how is it treated?</a></p>")
    assert _teasers(_page(_TEXT[:300] + line + _TEXT)) == ["https://news.example/story/tributes-pour-in-13518260",
                                                           "https://news.example/story/what-is-mnd-13518251"]
    fr = ("<section class='catcher catcher--inline'><span class='catcher__title'>Lire aussi le portrait (2012) | "
          "</span><a href='/culture/article/2012/11/16/le-retour-d-une-voix_1791234_3246.html'>Maryse Delautre, le "
          "retour d’une voix qu’on croyait perdue</a></section>")
    assert _teasers(_page(_TEXT[:300] + fr + _TEXT, lang="fr")) == [
        "https://news.example/culture/article/2012/11/16/le-retour-d-une-voix_1791234_3246.html"]
    nav = "<nav><a href='/uk'>UK</a><a href='/world'>World</a></nav>"
    box = ("<div class='site-tiles'><h2>More from UK</h2>" + "".join(
        f"<div class='tile'><a href='/story/other-news-{n}'>Another story from the UK desk today number {n}</a></div>"
        for n in range(4)) + "</div>")
    assert _teasers(_page(_TEXT).replace("<body>", "<body>" + nav).replace("</article>", "</article>" + box)) == []
    aside = ("<aside class='infobox'><h4>Trauerfeier und Kondolenzbuch</h4><p>Im Foyer des Theaters liegt ein "
             "Kondolenzbuch aus. Ein Online-Kondolenzbuch finden Sie <a href='https://trauer.example/kondolenzbuch'>"
             "auf unserem Trauerportal</a>.</p></aside>")
    assert _teasers(_page(_TEXT[:300] + aside + _TEXT, lang="de")) == []


def test_more_outlets_cited() -> None:
    """Outlets spoken to and cited in more forms: "said in a statement reported by AAP that …", "In a 2011 interview
    with Harbor Public Radio", "Speaking on LBC," and "appearing on Sky News" (on the air; not "said on Twitter"), "im
    Gespräch mit dem WDR" (a broadcaster's acronym closing on R or F; not "mit der SPD"), "a annoncé sa disparition à
    l’Agence France-Presse", "dans un entretien accordé à Télérama", "Sur RTL, …" (not a song's "Sur «Rhône», …"),
    "地元のFM局「X」の番組に出演した",
    "文芸誌「X」の24年2月号に寄せた", "NAMEさんはX新聞の取材に対し" (the subject no part of the outlet's name)."""
    assert _sources("The Treasurer said in a statement reported by AAP that she had held treasurers to account.") \
        == ["AAP"]
    assert _sources("In a 2011 interview with Harbor Public Radio, Mr. Whitfield said the schools had drifted back.") \
        == ["Harbor Public Radio"]
    assert _sources("Speaking on LBC, the minister said the plan would go ahead.") == ["LBC"]
    assert _sources("Appearing on Sky News, she said the plan would go ahead.") == ["Sky News"]
    assert _sources("The minister said on Twitter that the plan would go ahead.") == []
    assert _sources("„Sie hat mir beigebracht“, sagte Kersting am Montag im Gespräch mit dem WDR.", "de") == ["WDR"]
    assert _sources("Im Gespräch mit der SPD kündigte Wöhlke zudem an, eine Prämie zu zahlen.", "de") == []
    assert _sources("Sa famille a annoncé sa disparition à l’Agence France-Presse, précisant qu’elle s’était éteinte.",
                    "fr") == ["Agence France-Presse"]
    assert _sources("« Je n’étais pas faite pour les modes », expliquait-elle dans un entretien accordé à Télérama.",
                    "fr") == ["Télérama"]
    assert _sources("L’annonce a suscité des réactions. Sur RTL, la chanteuse Inès Morvan a évoqué « une sœur ».",
                    "fr") == ["RTL"]
    assert _sources("Le concert a duré deux heures. Sur «Rhône», le titre phare, la salle a chanté.", "fr") == []
    assert _sources("市長は15年に地元のFM局「FMみなとがわ」の番組に出演した際には、「港は町の玄関だ」と語っていた。", "ja") \
        == ["FMみなとがわ"]
    assert _sources("葛城さんは文芸誌「群青」の24年2月号に寄せたエッセーで、戦争体験を初めてつづった。", "ja") == ["群青"]
    assert _sources("長女の真柴由紀さんは東都新聞の取材に対し、「父は最後まで原稿用紙を枕元に置いていました」と語った。", "ja") \
        == ["東都新聞"]
