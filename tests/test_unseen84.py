"""An eighty-fourth held-out round of pages imitating publishing systems (issue 9): breaking, developing and updated
stories: stories updated several times ("UPDATE, 1:30 p.m.:" paragraphs, "【更新·10时45分】"), an update's note over
the text, a correction appended after it, a "What we know so far" box, a breaking item grown into a full article, a
story re-dated days later. Three declare nothing but a ``<title>``. The held-out pages are scored blind, BEFORE any
rule of the round.

As in unseen71 to unseen83, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- us_rivertonledger: a US regional daily on Arc XP: "Breaking News", "Editor's note: This is a developing story…",
  two "UPDATE" paragraphs inside the text, "RELATED:" lines, "Staff writer NAME contributed to this report.";
- uk_ukbnews: a UK broadcaster's story (``ssrcss`` classes): "Correction 6 March:" after the text, "More on this
  story", "Related internet links";
- de_rheinabendpost: a German regional daily (Funke-like): "Hinweis: Dieser Artikel wurde mehrfach aktualisiert …"
  over the text, "Update, Mittwoch, 10.20 Uhr:" paragraphs, "Wie der WDR berichtete", a newsletter box's privacy link;
- fr_courriernational: a Paris daily's follow-up: "Lire aussi |" catchers, "Selon les informations de <em>X</em>", an
  italic "Rectificatif" after the text;
- jp_maiasa: a national daily (Mainichi-like): "【NAME、NAME】" closing the text, a "※訂正 …" box after it, "地元紙の
  X日報が9月末に報じていた";
- jp_jbsnews: a broadcaster's breaking item grown into an article: "【11月22日 10:30 更新】…" over the text;
- cn_jiangcheng: a city evening paper on TRS, declaring only a ``<title>``: "【编者按】", "【更新·…】" paragraphs,
  "据X融媒体中心报道", "…供图";
- tw_formosawire: a Taiwanese wire's own site: "（編輯：NAME）1130618" and "更正啟事：…" after the text;
- in_deccancourier (held out): an Indian paper on an old CMS, declaring only a ``<title>``: "(This story was first
  published on February 12 and has been updated …)", "What we know so far", "told Courier News Service", "as reported
  by Kannada daily X";
- be_telemeuse (held out): a Belgian local TV station's site, declaring only a ``<title>``: "Mise à jour - Cet article
  a été complété …", "Ce que l'on sait à ce stade", "cité par <em>X</em>", "Cet article a été publié une première fois
  … sous la forme d'une brève." after the text;
- jp_asagi_nippo (held out): a regional daily on an old XHTML CMS: "※この記事は7月3日に掲載したものに…更新しました。";
- sg_shichengzaobao (held out): a Singapore Chinese daily on Drupal, re-dated: "本文于…首发，…更新", "（民防部队提供）".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``), and for these pages: a note over the text on its changes opens no text, a
correction or update note appended after the story's last paragraph closes none, an "UPDATE, 4:15 p.m.:" paragraph
written as part of the story is text; the date is the first publication's. Mended by conventions already written,
after the dev score: "X提供" and "X供图" are credited as printed (sg_shichengzaobao, cn_jiangcheng, tw_formosawire);
"（X社記者NAME攝）" credits NAME (tw_formosawire, as "（記者NAME攝）" on six earlier pages); a Chinese editors' line
credits no contributor (cn_jiangcheng's "责任编辑", tw_formosawire's "編輯"); an agency's dateline on the agency's own
site names it as source (tw_formosawire, the README's convention).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_rivertonledger, uk_ukbnews, de_rheinabendpost, fr_courriernational,
  jp_maiasa, jp_jbsnews, cn_jiangcheng, tw_formosawire;
- held out (scored once, blind, before any rule of the round): in_deccancourier, be_telemeuse, jp_asagi_nippo,
  sg_shichengzaobao.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=0.250 body_end=0.750 related=1.000 attributions=0.872 images=0.875 (trafilatura 2.3.1 on the same
  pages: headline=0.750 authors=0.500 date=0.250 body_start=0.000 body_end=0.500; newsarchive with the declarations
  taken out: the same but authors=0.950 date=0.750 attributions=0.854);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.875 date=1.000
  body_start=0.750 body_end=0.750 related=0.982 attributions=0.811 images=0.812;
- dev and held out after the rules (see "Eighty-fourth held-out round" in docs/extraction-design.md): 1.000 in every
  field but one known failure, de_rheinabendpost's "Wie der WDR berichtete" (read since unseen101: an acronym closing
  on "R" or "F", a broadcaster's, before a verb of reporting; "wie der ADAC berichtete" names none).

``tests/unseen_score.py unseen84`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen84"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_JA = "".join(f"<p>　北原市の山林で斜面が崩れ、ふもとの住宅3棟に土砂が流れ込んだ。けが人はいなかったが、市は周辺の住民に避難指示を"
              f"出している。第{n}段落。</p>" for n in range(1, 6))


def test_notes_over_the_text_on_its_changes() -> None:
    """Notes on the story's changes over the text open none: "(This story was first published on … and has been
    updated …)", "Hinweis: Dieser Artikel wurde mehrfach aktualisiert …", "Mise à jour - Cet article a été complété …",
    "※この記事は…更新しました。", "【11月22日 10:30 更新】…"; an "UPDATE, 1:30 p.m.:" paragraph inside the text is text."""
    notes = [("en", "<p><em>(This story was first published on February 12 and has been updated with the findings of "
                    "the technical committee.)</em></p>"),
             ("de", "<p><strong>Hinweis:</strong> Dieser Artikel wurde mehrfach aktualisiert, zuletzt am Mittwoch um "
                    "16.05 Uhr.</p>"),
             ("fr", "<div class='alert alert-maj'>Mise à jour - Cet article a été complété ce mardi matin avec les "
                    "informations du parquet de Namur.</div>")]
    for lang, note in notes:
        assert _extract(_page(note + _TEXT, lang=lang))["body"].startswith("The council voted on Tuesday"), lang
    for note in ("<p>※この記事は7月3日に掲載したものに、その後の情報を加えて更新しました。</p>",
                 "<p>【11月22日 10:30 更新】死亡した2人の身元や、警察と消防による現場検証の情報を追加しました。</p>"):
        assert _extract(_page(note + _JA, lang="ja"))["body"].startswith("北原市の山林で")
    update = "<p><strong>UPDATE, 1:30 p.m.:</strong> Officials said the evacuation order would stay in place.</p>"
    body = _extract(_page(_TEXT[:300] + update + _TEXT))["body"]
    assert "UPDATE, 1:30 p.m.: Officials said the evacuation order" in body


def test_notes_after_the_text_on_its_changes() -> None:
    """A correction or a note on the story's first publication after its last paragraph closes no text: "※訂正 …",
    "更正啟事：…", "Cet article a été publié une première fois … sous la forme d'une brève."; and the writers signing
    the text off in lenticular brackets before a correction's box ("【NAME、NAME】") are its authors."""
    correction = ("<div class='articledetail-correction'><p>※訂正　14日に配信した記事で、給水を受けている世帯数を「約130世帯」として"
                  "いましたが、「約310世帯」の誤りでした。訂正します。</p></div>")
    record = _extract(_page(_JA + "<p>【井上彩花、戸田健吾】</p>" + correction, lang="ja"))
    assert record["body"].endswith("第5段落。") and record["authors"] == ["井上彩花", "戸田健吾"]
    zh = "".join(f"<p>　　桃港市中正區安和路一棟住商大樓18日上午傳出疑似氣爆，消防人員在現場警戒，第{n}段。</p>" for n in range(5))
    note = "<p>更正啟事：本文稍早版本誤將傷者送醫的醫院寫為「桃港市立聯合醫院」，實為「桃港長安醫院」，特此更正。</p>"
    assert _extract(_page(zh + note, lang="zh-Hant"))["body"].endswith("第4段。")
    brief = ("<p><em>Cet article a été publié une première fois le lundi 3 mars à 14h12 sous la forme d'une brève. Il a "
             "été complété depuis.</em></p>")
    assert _extract(_page(_TEXT + brief, lang="fr"))["body"].endswith("where it was last year.")
    assert split_byline("【井上彩花、戸田健吾】")[0] == ["井上彩花", "戸田健吾"]


def test_a_box_of_what_is_known_so_far() -> None:
    """"<h3>What we know so far</h3><ul>…</ul>", "Ce que l'on sait à ce stade" before the text (maybe under a note on
    its changes): the box sums the story up, the text opens under it."""
    box = ("<div class='encadre'><h3>{label}</h3><ul><li>The lake bund breached around 3.30 am on Wednesday after "
           "142 mm of rain.</li><li>Over 600 houses flooded in three low-lying layouts.</li></ul></div>")
    assert _extract(_page(box.format(label="What we know so far") + _TEXT))["body"].startswith("The council voted")
    note = "<div class='alert'>Mise à jour - Cet article a été complété ce mardi matin.</div>"
    body = _extract(_page(note + box.format(label="Ce que l'on sait à ce stade") + _TEXT, lang="fr"))["body"]
    assert body.startswith("The council voted")


def test_citations_of_developing_stories() -> None:
    """"Selon les informations de X,", "cité par La Gazette mosane" (a French title in lower case after its noun),
    "une enquête publiée l’an dernier par Le Bulletin agricole", "as reported by Kannada daily X", "地元紙のX日報が
    9月末に報じていた", "据X融媒体中心报道" cite X; "publié par Gallimard" (a book's publisher) names none."""
    assert _sources("Selon les informations de Presse Océane, confirmées par une source proche de l’enquête, le "
                    "propriétaire avait fait des travaux.", lang="fr") == ["Presse Océane"]
    assert _sources("« La piste d'une fuite de gaz est privilégiée », a précisé le substitut, cité par La Gazette "
                    "mosane.", lang="fr") == ["La Gazette mosane"]
    assert _sources("Selon une enquête publiée l’an dernier par Le Bulletin agricole, la moitié des fermes ont "
                    "fermé.", lang="fr") == ["Le Bulletin agricole"]
    assert _sources("Le livre, publié par Gallimard, sort demain dans toutes les librairies du pays.", lang="fr") == []
    assert _sources("Activists had raised the issue at least twice since 2022, as reported by Kannada daily Nadu "
                    "Vani.") == ["Nadu Vani"]
    assert _sources("井戸の水位低下は、地元紙の浅葱日報が9月末に報じていた。", lang="ja") == ["浅葱日報"]
    assert _sources("据南溪县融媒体中心报道，当天下午，南溪县召开安全生产紧急会议。", lang="zh") == ["南溪县融媒体中心"]


def test_the_sites_own_news_service_cites_nobody() -> None:
    """"told Courier News Service" on The Deccan Courier's site: the paper's own service, no source."""
    meta = "<meta property='og:site_name' content='The Deccan Courier'>"
    said = "Commissioner Deepa Nair told Courier News Service that notices had been issued to the developers."
    record = _extract(_page(_TEXT[:200] + f"<p>{said}</p>" + _TEXT, meta=meta))
    assert [a["name"] for a in record["attributions"] if a["role"] == "source"] == []


def test_a_sites_legal_pages_are_no_teasers() -> None:
    """A newsletter box's small print in the text ("…akzeptieren Sie unsere <a href='/datenschutz/'>
    Datenschutzbestimmungen</a>", "Terms of Service") links no teaser."""
    box = ("<aside class='newsletter-teaser'><h3>Newsletter</h3><p>Mit der Anmeldung akzeptieren Sie unsere <a "
           "href='/datenschutz/'>Datenschutzbestimmungen</a> und die <a href='https://policies.example/terms'>Terms of "
           "Service</a>.</p></aside>")
    assert _teasers(_page(_TEXT[:300] + box + _TEXT, lang="de")) == []
