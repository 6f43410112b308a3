"""A hundredth held-out round of pages imitating publishing systems (issue 9): health, medicine and care: a US
nonprofit health newsroom's story, a UK local paper's NHS story, a German news magazine's health article, a French
regional daily's hospital story, a Japanese public broadcaster's medical news, a Japanese health web magazine's
explainer, a mainland health paper's story, a Taiwanese health site's article; held out: an Irish national paper's
health story, a Swiss French-language daily's health article, a Japanese regional paper's hospital story, a Hong
Kong paper's health section article.

As in unseen71 to unseen99, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). No page of the round was mended. Mended by the
journal convention already written (the journal a study appeared in is a source: ``test_unseen89.py``), after a rule
of the round read it: unseen40's de_science ("Die Ergebnisse erschienen im Fachmagazin »Nature Neuroscience«.", a
page written before that convention, as unseen89 mended unseen17's sciam).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_health_nonprofit, uk_local_nhs, de_gesundheit_magazin, fr_hopital_regional,
  ja_iryo_broadcast, ja_kenko_web, cn_jiankang_news, tw_health_media;
- held out (scored once, blind, before any rule of the round): ie_health_story, ch_sante_quotidien, ja_chiho_byoin,
  hk_health_column.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=0.750 related=1.000 attributions=0.857 images=1.000 (trafilatura 2.3.1 on the same pages:
  headline=0.000 authors=0.750 date=0.750 body_start=0.500 body_end=0.250; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=1.000 body_end=0.875
  related=0.938 attributions=0.842 images=1.000;
- dev and held out after the rules (see "Hundredth held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failures below.

``tests/unseen_score.py unseen100`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen100"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a "推荐阅读" box after the "相关阅读" one read as teasers too (the sets' truths read such a box both ways:
    # teasers on six pages, the site's picks on four, unseen24's peopledaily among them); not tried
    ("cn_jiankang_news", "related"),
    # dev: "来源：华夏网－华夏日报" on 华夏网, the site's own paper after its web edition (unseen24's peopledaily reads
    # "人民网－人民日报" on 人民网 as a source, as unseen96's cn_gaokao_news does not: tried, and taken back)
    ("cn_jiankang_news", "attributions"),
    # held: "Comme l’a révélé la RTS en janvier" (an acronym after the article, as "la SNCF" names a company); not tried
    ("ch_sante_quotidien", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_DE = "".join(f"<p>Hörgeräte könnten das Risiko einer Demenz senken, zeigt eine große Studie. Teil {n}.</p>"
              for n in range(1, 6))


def test_notes_after_the_text() -> None:
    """A correction note's label alone on its line ("【訂正】", "Correction") with the note after it, and a German
    writer's note whose beat stands in a sentence of its own ("Wissenschaftsredakteurin im Ressort Gesundheit. Schreibt
    über …"), close the text; a byline set in a paragraph of its own after the text ("（白鳥台支局　NAME）") is no part of
    it."""
    ja = "".join(f"<p>白鳥台市立病院は来月から分娩の取り扱いを休止する。第{n}段落。</p>" for n in range(1, 6))
    note = ("<p class='byline'>（白鳥台支局　小野寺遥）</p><div class='correction'><p>【訂正】</p><p>9日午前5時に配信した記事"
            "で、分娩件数を「約120件」としていましたが、「約210件」の誤りでした。訂正します。（11時20分）</p></div>")
    assert _extract(_page(ja + note, lang="ja", h1="分娩休止へ"))["body"].endswith("第5段落。")
    correction = ("<div class='correction'><p><strong>Correction</strong></p><p>An earlier version of this article "
                  "said the budget rose by 4 per cent; it rose by 3 per cent.</p></div>")
    assert _extract(_page(_TEXT + correction))["body"].endswith("where it was last year.")
    bio = ("<div data-area='author-bio'><a href='/autor/hella'>Hella Brandstetter</a><p>Wissenschaftsredakteurin im "
           "Ressort Gesundheit. Schreibt über Neurologie, Altersmedizin und die Frage, was Studien wirklich belegen."
           "</p>"
           "</div>")
    assert _extract(_page(_DE, lang="de", after=bio))["body"].endswith("Teil 5.")


def test_journals_and_outlets_cited_in_more_ways() -> None:
    """Names in turned guillemets, as German printers set them ("im Fachblatt »JAMA Neurology«", "des Fachblatts »The
    Lancet«", "das Fachmagazin »Deutsches Ärzteblatt« berichtete"), the sentence kept as printed; "published in the
    Irish Medical Journal" (not "in the United States"); "publié en 2020 dans le «New England Journal of Medicine»";
    "医学誌「ランセット」に、…結果が掲載され", "医学誌『JAMA Internal Medicine』に掲載", "刊於醫學期刊《刺針》" (not
    "本文原刊於《城寫》第38期", a magazine's piece); "美國《紐約時報》日前也報導"."""
    de = ("Das berichtet ein Team um die Epidemiologin Signe Holmgaard im Fachblatt »JAMA Neurology«. Schon 2024 hatte "
          "eine Kommission des Fachblatts »The Lancet« den Hörverlust als Risiko eingestuft.")
    record = _extract(_page(_TEXT[:200] + f"<p>{de}</p>" + _TEXT, lang="de"))
    found = {a["name"]: a["text"] for a in record["attributions"] if a["role"] == "source"}
    assert set(found) == {"JAMA Neurology", "The Lancet"}
    assert "»JAMA Neurology«" in found["JAMA Neurology"]
    assert _sources("Ein Versuch, über den auch das Fachmagazin »Deutsches Ärzteblatt« berichtete, ergab ein Bild.",
                    "de") == ["Deutsches Ärzteblatt"]
    assert _sources("A study published in the Irish Medical Journal last month found that one in five waited.") \
        == ["Irish Medical Journal"]
    assert _sources("A study published in the United States last month found that one in five waited.") == []
    assert _sources("L’essai NELSON, publié en 2020 dans le «New England Journal of Medicine», a montré un effet.",
                    "fr") == ["New England Journal of Medicine"]
    assert _sources("先月にはイギリスの医学誌「ランセット」に、日本人の患者およそ600人だけを分析した結果が掲載された。", "ja") \
        == ["ランセット"]
    assert _sources("アメリカの医学誌『JAMA Internal Medicine』に掲載された研究では、傾向が報告されている。", "ja") \
        == ["JAMA Internal Medicine"]
    assert _sources("研究結果上月刊於醫學期刊《刺針》。", "zh-TW") == ["刺針"]
    assert _sources("本文原刊於《城寫》第38期「街道的字」。", "zh-TW") == []
    assert _sources("美國《紐約時報》日前也報導，部分民眾使用減重藥物在短時間內大幅瘦身。", "zh-TW") == ["紐約時報"]


def test_french_outlets_and_agencies() -> None:
    """"Selon Le Quotidien du médecin," (a title going on in lower case); "Comme l’a révélé Le Temps en janvier" names
    "Le Temps", no title "Le Temps en janvier"; an agency told without its article, closing the clause of a verb of
    telling ("a indiqué NAME à Keystone-ATS."; not "Il se rend à Bloomberg"); the byline's "(avec AFP)" a contributor
    where the text cites AFP too ("selon un décompte cité par l’AFP"), and AFP a source."""
    assert _sources("Selon Le Quotidien du médecin, le gouvernement envisage d’assouplir les règles.", "fr") \
        == ["Le Quotidien du médecin"]
    assert _sources("Comme l’a révélé Le Temps en janvier, Genève étudie un programme.", "fr") == ["Le Temps"]
    assert _sources("«Nous voulons savoir», a indiqué la conseillère d’État, Nadia Perrenoud, à Keystone-ATS.", "fr") \
        == ["Keystone-ATS"]
    assert _sources("Le ministre se rend à Bloomberg pour une réunion.", "fr") == []
    text = "".join(f"<p>Les urgences de l’hôpital fermeront la nuit jusqu’au 31 mars. Partie {n}.</p>"
                   for n in range(1, 5))
    text += ("<p>Le cas n’est pas isolé. Au moins 38 services ont dû fermer, selon un décompte de l’association "
             "cité par l’AFP.</p>")
    byline = ("<div class='authorsAndDate'><span class='authors'>Par <span>Clémence Vaudrey</span> (avec AFP)</span>"
              "</div>")
    record = _extract(_page(text, head=byline, lang="fr", h1="Les urgences fermeront la nuit"))
    assert {(a["role"], a["name"]) for a in record["attributions"] if a["name"] == "AFP"} \
        == {("contributor", "AFP"), ("source", "AFP")}


def test_broadcasters_and_own_names() -> None:
    """"told the BBC last week" (an acronym after the article naming a broadcasting corporation; not "told the FBI"),
    but not on BBC News's own page; "a déclaré son porte-parole à Keystone-ATS." in copy signed "(ats)", the agency's
    own interview (its copy's source only, the code in lower case the same agency); "gegenüber »nd«" on
    neues-deutschland.example (the initials of its host's words, as the paper calls itself)."""
    assert _sources("The minister told the BBC last week that the talks had failed.") == ["the BBC"]
    assert _sources("The minister told the FBI last week that the talks had failed.") == []
    own = _page(_TEXT[:200] + "<p>A Nato official told the BBC that the treaty has no such provision.</p>" + _TEXT,
                meta="<meta property='og:site_name' content='BBC News'>")
    assert [a for a in _extract(own)["attributions"] if a["role"] == "source"] == []
    fr = ("<p>La SSIGE considère que toutes les communes sont concernées, a déclaré son porte-parole à Keystone-ATS."
          "</p>"
          + "".join(f"<p>Le chlorothalonil est interdit depuis 2020 en Suisse. Partie {n}.</p>" for n in range(1, 5))
          + "<p>Les communes devront assainir leurs réseaux. (ats)</p>")
    record = _extract(_page(fr, lang="fr", h1="Chlorothalonil"))
    assert [a["name"] for a in record["attributions"] if a["role"] == "source"] == ["ats"]
    de = "<p>»Das treibt auch Nichtlinke zur Kritik«, sagt der Organisator gegenüber »nd«.</p>" + _DE
    record = _extract(_page(de, lang="de"), "https://www.neues-deutschland.example/artikel/1234.html")
    assert [a["name"] for a in record["attributions"] if a["role"] == "source"] == []


def test_writers_and_reviewers() -> None:
    """A Chinese page declaring the editor its editors' line names ("<meta name='author' content='孙琪'>", "(责编：孙琪、
    郝萌)") as its author: the reporters the byline by the headline prints are the writers (with no byline printed,
    the declared name stays); "審稿／新陳代謝科醫師 鄭允謙" (the doctor's specialty before the title) credits a
    reviewer."""
    zh = "".join(f"<p>南岭省推进紧密型县域医共体建设，县域内就诊率提升至91.6%。第{n}段。</p>" for n in range(1, 6))
    page = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>南岭推进县域医共体建设--健康</title><meta name='author' "
            "content='孙琪'></head><body><div class='rm_txt_con_box'><h1>南岭推进县域医共体建设</h1><div class='author'>"
            "本报记者　林晓鸥　程一帆</div><div class='channel'>2026年03月10日08:21</div><div class='rm_txt_con'>"
            f"{zh}<div class='edit'>(责编：孙琪、郝萌)</div></div></div></body></html>")
    assert _extract(page)["authors"] == ["林晓鸥", "程一帆"]
    assert _extract(page.replace("本报记者　林晓鸥　程一帆", ""))["authors"] == ["孙琪"]
    tw = "".join(f"<p>脂肪肝不只胖子會得，醫師提醒瘦的人也要當心。第{n}段。</p>" for n in range(1, 6))
    head = ("<div class='entry-meta'><span class='byline'>文／<a href='/author/yu'>游芷晴</a></span> <span "
            "class='reviewer'>審稿／<a href='/doctor/zheng'>新陳代謝科醫師 鄭允謙</a></span></div>")
    record = _extract(_page(tw, head=head, lang="zh-TW", h1="脂肪肝不只胖子會得"))
    assert record["authors"] == ["游芷晴"]
    assert ("contributor", "鄭允謙") in {(a["role"], a["name"]) for a in record["attributions"]}
