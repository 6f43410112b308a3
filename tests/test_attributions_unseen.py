"""Attribution kinds that went wrong on sites the extractor had never seen, each on small
synthetic pages (made up here, no site's markup) with variations of agency, language and
punctuation:

- the agency of a dateline ("OSLO, May 2 (NTB) —"): the wire service the story came from,
  kept apart from contribution lines ("AFP contributed reporting.") as its own kind, whose
  role is one setting (``attributions.DATELINE_ROLE``);
- the citing verb phrase: the outlet's name stops before the adverbs and auxiliaries of its
  verb ("Politico first reported" cites "Politico", never "Politico first");
- wire-style credit lines ("(Reporting by ...; Editing by ...)"): every person once, as a
  contributor, the printed line as ``text``, wherever the line is printed in the article.
"""

from __future__ import annotations

import pytest

from newsarchive.extraction import attributions
from newsarchive.extraction.attributions import (
    credited,
    extract_attributions,
    role_credit_names,
    source_name,
)
from newsarchive.extraction.page import load_page

P, C, S, R = "photo", "contributor", "source", "copyright"


def page_of(paragraphs: str, after: str = "") -> object:
    html = (f"<html><body><article><h1>Harbour plan approved</h1><div class='story'>{paragraphs}</div>{after}"
            "</article></body></html>")
    return load_page(html, "https://news.example/2024/05/harbour/")


def got(page, root=None, body_text: str = "", authors=()) -> list[tuple]:
    return [(a["role"], a["name"], a["text"], a["url"])
            for a in extract_attributions(page, root, body_text, [], authors=authors)]


# -- datelines --------------------------------------------------------------------------

DATELINES = [
    ("OSLO, May 2 (NTB) — The council approved the harbour plan on Thursday.", ["NTB"]),
    ("DES MOINES, Iowa (AP) — The council approved the plan.", ["AP"]),
    ("GENEVA, June 4 (Reuters) - Talks resumed.", ["Reuters"]),
    ("Lisboa, 3 mai (Lusa) - O conselho aprovou o plano.", ["Lusa"]),
    ("Köln (dpa/lnw) – Der Rat hat den Plan beschlossen.", ["dpa", "lnw"]),
    ("(ANSA) - GENOVA, 2 MAG - Il consiglio ha approvato il piano.", ["ANSA"]),
    ("СОЧИ, 2 мая. /ТАСС/. Совет утвердил план.", ["ТАСС"]),
    ("(Belga)", ["Belga"]),
]


@pytest.mark.parametrize(("line", "names"), DATELINES)
def test_a_dateline_is_its_own_kind(line: str, names: list[str]) -> None:
    assert credited(line) == [("dateline", n) for n in names]


@pytest.mark.parametrize("line", [
    "NTB contributed reporting.", "Mit Material von dpa.", "Con información de EFE.", "Quelle: dpa",
    "Reporting by Ola Nordmann; Editing by Kari Berg",
])
def test_contribution_lines_are_credits_not_datelines(line: str) -> None:
    assert credited(line) and all(kind == "credit" for kind, _ in credited(line))


DATELINE_PAGE = ("<p>OSLO, May 2 (NTB) — The council approved the harbour plan on Thursday.</p>"
                 "<p>Work starts in the autumn.</p><p>AFP contributed reporting.</p>")


def test_dateline_agency_role_is_one_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    dateline = "OSLO, May 2 (NTB) — The council approved the harbour plan on Thursday."
    contributed = (C, "AFP", "AFP contributed reporting.", None)
    assert got(page_of(DATELINE_PAGE)) == [(attributions.DATELINE_ROLE, "NTB", dateline, None), contributed]
    monkeypatch.setattr(attributions, "DATELINE_ROLE", "source")
    assert got(page_of(DATELINE_PAGE)) == [(S, "NTB", dateline, None), contributed]
    monkeypatch.setattr(attributions, "DATELINE_ROLE", None)
    assert got(page_of(DATELINE_PAGE)) == [contributed]


@pytest.mark.parametrize("line", [
    "The council (the city's main body) - not the mayor - decides.",
    "Ukraine said on Monday (local time) - a claim Russia denies.",
])
def test_parentheses_that_are_no_dateline(line: str) -> None:
    assert credited(line) == []


# -- the citing verb phrase -------------------------------------------------------------

@pytest.mark.parametrize(("before", "link", "after", "name"), [
    # the verb linked, the adverb printed before it
    ("The deal was close, Politico first ", "reported", ".", "Politico"),
    ("The deal was close, Axios had previously ", "reported", ".", "Axios"),
    ("The deal was close, the Financial Times ", "exclusively reported", ".", "the Financial Times"),
    # outlet and verb phrase linked together
    ("The deal was close, ", "Politico first reported", ".", "Politico"),
    ("The deal was close, ", "Semafor initially reported", " on Monday.", "Semafor"),
    ("The deal was close, ", "Bloomberg has since reported", ".", "Bloomberg"),
    ("The deal was close, as ", "The Information originally reported", ".", "The Information"),
    # the outlet linked, the verb phrase after it
    ("The deal was close, ", "Politico", " first reported on Monday.", "Politico"),
    ("The deal was close, as ", "Axios", " had previously reported.", "Axios"),
    ("The deal was close, ", "CBS News", " also reported.", "CBS News"),
    ("The deal was close, ", "NBC News", " reported first.", "NBC News"),
    # other languages the module reads
    ("Die Einigung steht, ", "Der Spiegel", " berichtete zuerst.", "Der Spiegel"),
    ("Die Einigung steht, ", "Die Zeit hatte zuvor berichtet", ".", "Die Zeit"),
    ("Die Einigung steht, ", "Die Zeit schrieb bereits", ".", "Die Zeit"),
    ("L'accord est proche, ", "Le Monde a d'abord rapporté", ".", "Le Monde"),
    ("L'accord est proche, ", "Libération", " a également révélé.", "Libération"),
    ("El acuerdo está cerca, ", "El País", " informó primero.", "El País"),
    ("El acuerdo está cerca, ", "El Mundo ha informado previamente", ".", "El Mundo"),
    ("L'accordo è vicino, ", "La Stampa", " ha inizialmente riportato.", "La Stampa"),
    ("Het akkoord is dichtbij, ", "de Volkskrant", " meldde eerder.", "de Volkskrant"),
    ("Porozumienie jest blisko, ", "Onet", " wcześniej podał.", "Onet"),
    ("Соглашение близко, ", "РБК", " первым сообщил.", "РБК"),
    ("Соглашение близко, ", "Коммерсантъ ранее сообщил", ".", "Коммерсантъ"),
    # names holding such a word keep it
    ("The deal was close, ", "The First Post reported", ".", "The First Post"),
    # not sources
    ("Earlier this year, we first ", "reported", " on a similar case.", None),
    ("As ", "previously reported", ", the plan was delayed.", None),
])
def test_citing_verb_phrase_is_not_part_of_the_name(before: str, link: str, after: str, name: str | None) -> None:
    assert source_name(before, link, after) == name


def test_citing_verb_phrase_on_a_page() -> None:
    page = page_of("<p>The deal was close, Politico first <a href='https://outlet-one.example/a'>reported</a>.</p>"
                   "<p>Prices rose, <a href='https://outlet-two.example/b'>Axios</a> had previously reported.</p>"
                   "<p>Kosten steigen, <a href='https://outlet-three.example/c'>Die Zeit schrieb zuerst</a>.</p>")
    assert [(role, name, url) for role, name, _, url in got(page)] == [
        (S, "Politico", "https://outlet-one.example/a"), (S, "Axios", "https://outlet-two.example/b"),
        (S, "Die Zeit", "https://outlet-three.example/c")]


# -- wire-style credit lines ------------------------------------------------------------

@pytest.mark.parametrize(("line", "names"), [
    ("Reporting by Ola Nordmann; Editing by Kari Berg", ["Ola Nordmann", "Kari Berg"]),
    ("(Reporting by Ola Nordmann in Oslo; Editing by Kari Berg)", ["Ola Nordmann", "Kari Berg"]),
    ("[Reporting by Ola Nordmann and Sven Dahl; Editing by Kari Berg and Lena Holm]",
     ["Ola Nordmann", "Sven Dahl", "Kari Berg", "Lena Holm"]),
    ("Reporting by Ola Nordmann, writing by Sven Dahl, editing by Kari Berg", ["Ola Nordmann", "Sven Dahl", "Kari Berg"]),
    ("Reporting by Ola Nordmann. Editing by Kari Berg.", ["Ola Nordmann", "Kari Berg"]),
    ("Reporting by Ola Nordmann in Oslo Editing by Kari Berg", ["Ola Nordmann", "Kari Berg"]),
    ("Reporting by Ola Nordmann in Washington, D.C.; Editing by Kari Berg", ["Ola Nordmann", "Kari Berg"]),
    ("Reporting by Ola Nordmann at the United Nations; Writing and editing by Kari Berg", ["Ola Nordmann", "Kari Berg"]),
    ("Reporting by Ola Nordmann; Writing by Ola Nordmann; Editing by Kari Berg", ["Ola Nordmann", "Kari Berg"]),
    ("Reporting by Ola Nordmann; Additional reporting by Sven Dahl in Bergen and Lena Holm; Editing by Kari Berg",
     ["Ola Nordmann", "Sven Dahl", "Lena Holm", "Kari Berg"]),
    ("Work starts in the autumn. (Reporting by Ola Nordmann; Editing by Kari Berg)", ["Ola Nordmann", "Kari Berg"]),
    ("Compiled by Sven Dahl; Edited by Kari Berg", ["Sven Dahl", "Kari Berg"]),
    # the agencies' credit lines in other languages, the place in the credit's language
    ("(Bericht von Anna Schmidt aus Berlin, Peter Meier; redigiert von Olaf Berg)",
     ["Anna Schmidt", "Peter Meier", "Olaf Berg"]),
    ("(Reportage Jean Dupont, avec Marie Leroy à Bruxelles; version française Claude Martin, édité par Sophie Blanc)",
     ["Jean Dupont", "Marie Leroy", "Claude Martin", "Sophie Blanc"]),
    ("(Reporte de Ana Pérez en Madrid y Luis Gil; Editado en español por Marta Ruiz)",
     ["Ana Pérez", "Luis Gil", "Marta Ruiz"]),
    ("Mitarbeit: Anna Schmidt", ["Anna Schmidt"]),
    # no credit line
    ("The minister said reporting by journalists was unfair to him.", []),
    ("Critics said editing by hand was slow.", []),
    ("Reporting by ; Editing by ,", []),
    ("Reportage sur la crise du logement.", []),
    ("Prices fell. Research by Harvard University found that rents rose.", []),
    ("Additional reporting by Olga Berg and dpa", ["Olga Berg", "dpa"]),
    ("Reporting by Ana de la Cruz; Editing by Jan van der Berg", ["Ana de la Cruz", "Jan van der Berg"]),
    ("Información de la agencia regional.", []),
])
def test_credit_line_names_each_person_once(line: str, names: list[str]) -> None:
    assert role_credit_names(line) == names
    assert credited(line) == [("credit", n) for n in names]


CREDIT = "(Reporting by Ola Nordmann in Oslo and Sven Dahl; Editing by Kari Berg)"


@pytest.mark.parametrize(("story", "after"), [
    (f"<p>Work starts in the autumn.</p><p>{CREDIT}</p>", ""),
    (f"<p>Work starts in the autumn. {CREDIT}</p>", ""),
    ("<p>Work starts in the autumn.</p>", f"<div class='signoff'><em>{CREDIT}</em></div>"),
    ("<p>Work starts in the autumn.</p>", f"<span>{CREDIT}</span>"),
])
def test_credit_line_on_a_page(story: str, after: str) -> None:
    page = page_of(story, after)
    entries = got(page)
    assert [(role, name) for role, name, _, _ in entries] == [(C, "Ola Nordmann"), (C, "Sven Dahl"), (C, "Kari Berg")]
    assert all(CREDIT in text for _, _, text, _ in entries)


def test_credit_line_outside_the_text_container_and_in_the_body_text() -> None:
    page = page_of("<p>Work starts in the autumn.</p>", f"<p class='credit'>{CREDIT}</p>")
    root = page.tree.find_class("story")[0]
    body_text = "Work starts in the autumn.\n\n" + CREDIT
    assert [(role, name) for role, name, _, _ in got(page, root, body_text)] == [
        (C, "Ola Nordmann"), (C, "Sven Dahl"), (C, "Kari Berg")]


def test_credit_roles_on_separate_lines() -> None:
    page = page_of("<p>Work starts in the autumn.</p><p>Reporting by Ola Nordmann<br>Editing by Kari Berg</p>")
    assert got(page) == [(C, "Ola Nordmann", "Reporting by Ola Nordmann", None),
                         (C, "Kari Berg", "Editing by Kari Berg", None)]


def test_byline_author_is_not_credited_again_as_contributor() -> None:
    page = page_of(f"<p>Work starts in the autumn.</p><p>{CREDIT}</p>")
    assert [name for _, name, _, _ in got(page, authors=["Ola Nordmann"])] == ["Sven Dahl", "Kari Berg"]


def test_source_line_naming_the_outlet_the_page_declares_as_author_is_none() -> None:
    # round 20: "来源：中国新闻网" under the headline, the same outlet as <meta name="author">: the site itself
    def page(author: str) -> object:
        return load_page(f"<html><head><meta name='author' content='{author}'></head><body><h1>北京今年将新建改建城市公园30处</h1>"
                         "<div class='time'>2026年03月11日 14:35　来源：中国新闻网</div><div class='zw'><p>记者11日从北京市园林绿化局获悉，"
                         "今年北京将新建改建城市公园30处，新增城市绿地200公顷。</p></div></body></html>",
                         "https://www.news.example/gn/2026/03-11/1.shtml")
    assert ("source", "中国新闻网") not in [(r, n) for r, n, _, _ in got(page("中国新闻网"))]
    assert ("source", "中国新闻网") in [(r, n) for r, n, _, _ in got(page("王小明"))]
