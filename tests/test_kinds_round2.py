"""Kinds of failure found on imitation pages, each on small synthetic pages (made up here, no
site's markup), asserting the record's fields:

- photo credits written inside the caption the Korean, Japanese and Chinese way
  ("(사진=뉴시스 DB)", "（写真=共同）", "图/新华社"): the image's credit, out of the caption;
- datelines naming the agency the Korean and Japanese way ("[서울=뉴시스]", "【北京共同】"):
  the agency is the dateline's agency, as for "KYIV, March 7 (Reuters) -";
- a caption printed right after an image (or after the image's wrappers) with a caption
  class and no <figure>: that image's caption;
- an outlet cited in the text without a link ("Politico first reported", "selon Le Monde"):
  a source, named exactly; ordinary sentences ("The mayor first reported ...") cite nothing.
"""

from __future__ import annotations

import pytest

from newsarchive.extraction import attributions, extract_article
from newsarchive.extraction.attributions import credited

TEXT = "<p>" + "The council met on Thursday and approved the harbour plan after a long debate. " * 3 + "</p>"


def record(fragment: str, lead: str = TEXT) -> dict:
    html = (f"<html><body><article><h1>Harbour plan approved</h1><div class='story'>{lead}{fragment}"
            f"{TEXT}{TEXT}</div></article></body></html>")
    return extract_article(html.encode(), "https://news.example/2024/05/harbour/")


def images(rec: dict) -> list[tuple]:
    return [(i["url"].rsplit("/", 1)[-1], i["caption"], i["credit"]) for i in rec["images"]]


def sources(rec: dict) -> list[str]:
    return [a["name"] for a in rec["attributions"] if a["role"] == "source"]


# -- credits inside CJK captions --------------------------------------------------------

@pytest.mark.parametrize(("caption", "want_caption", "want_credit"), [
    ("[서울=뉴시스] 전남 고흥군의 한 빈집. (사진=뉴시스 DB) 2026.03.12. photo@newsis.example",
     "[서울=뉴시스] 전남 고흥군의 한 빈집.", "뉴시스 DB"),
    ("윤석열 대통령이 연설하고 있다.(사진=연합뉴스)", "윤석열 대통령이 연설하고 있다.", "연합뉴스"),
    ("서울 시내 모습. [사진 제공=서울시]", "서울 시내 모습.", "서울시"),
    ("서울 시내 모습. 사진=뉴스1", "서울 시내 모습.", "뉴스1"),
    ("시민들이 인사하고 있다. [사진 = 김혜진 기자]", "시민들이 인사하고 있다.", "김혜진"),
    ("A speech. (Foto: Name Surname/Pool via REUTERS).", "A speech.", "Name Surname/Pool via REUTERS"),
    ("記者会見する首相（写真=共同）", "記者会見する首相", "共同"),
    ("記者会見する首相（写真：ロイター）", "記者会見する首相", "ロイター"),
    ("記者会見する首相（撮影・山田太郎）", "記者会見する首相", "山田太郎"),
    ("习近平出席会议。图/新华社", "习近平出席会议。", "新华社"),
    ("台北街景。圖／中央社", "台北街景。", "中央社"),
    ("会议现场。摄影：张三", "会议现场。", "张三"),
])
def test_cjk_credit_in_a_caption(caption: str, want_caption: str, want_credit: str) -> None:
    rec = record(f"<figure><img src='/a.jpg'><figcaption>{caption}</figcaption></figure>")
    assert images(rec) == [("a.jpg", want_caption, want_credit)]
    assert ("photo", want_credit) in [(a["role"], a["name"]) for a in rec["attributions"]]


@pytest.mark.parametrize("caption", [
    "地图：北京市区",  # "map:" inside a word, not a label
    "사진 속 인물은 김철수 씨다.",  # "photo" as an ordinary word
    "试图说明问题。",
])
def test_cjk_caption_words_that_are_no_credit(caption: str) -> None:
    rec = record(f"<figure><img src='/a.jpg'><figcaption>{caption}</figcaption></figure>")
    assert images(rec) == [("a.jpg", caption, None)]


# -- CJK datelines ----------------------------------------------------------------------

@pytest.mark.parametrize(("line", "names"), [
    ("[서울=뉴시스]김민수 기자 = 정부가 빈집 2만 채를 리모델링하기로 했다.", ["뉴시스"]),
    ("(서울=연합뉴스) 김철수 기자 = 정부는 12일 발표했다.", ["연합뉴스"]),
    ("[도쿄=AP/뉴시스] 일본 정부는 12일 발표했다.", ["AP", "뉴시스"]),
    ("【北京共同】中国政府は12日、発表した。", ["共同"]),
    ("【ワシントン時事】米政府は12日、発表した。", ["時事"]),
    ("【ソウル=共同】韓国政府は12日、発表した。", ["共同"]),
])
def test_cjk_dateline_names_the_agency(line: str, names: list[str]) -> None:
    assert credited(line) == [("dateline", n) for n in names]


@pytest.mark.parametrize("line", [
    "【速報】首相が辞任を表明した。",  # a label, no agency
    "[단독] 정부가 발표했다.",
    "(왼쪽부터) 김철수, 이영희 씨.",
    "[1=2] equations are not datelines.",
    "【ソウル＝小池和樹】韓国の大統領は３日夜、緊急談話を出した。",  # a newspaper's own correspondent
    "[부산=스포츠조선 선수민 기자] 롯데 투수가 무너졌다.",
    "[사진=JTBC, 이매진아시아]",  # a photo credit line
    "[엔터미디어=정덕현의 이슈공감] 시작은 사진 공개로부터 비롯됐다.",  # a column's name
])
def test_bracketed_openings_that_are_no_dateline(line: str) -> None:
    assert credited(line) == []


def test_cjk_dateline_on_a_page_is_the_dateline_agency() -> None:
    lead = "<p>[서울=뉴시스]김민수 기자 = 정부가 인구 감소 지역의 빈집 2만 채를 리모델링하기로 했다.</p>"
    rec = record("", lead=lead)
    got = [(a["role"], a["name"]) for a in rec["attributions"]]
    assert (attributions.DATELINE_ROLE, "뉴시스") in got
    assert ("contributor", "뉴시스") not in got


# -- a caption beside an image, no figure ----------------------------------------------

@pytest.mark.parametrize(("fragment", "want"), [
    ('<div class="art"><a href="/a.jpg"><img src="/a.jpg"></a></div><p class="photo-caption">Ships in the harbour.</p>',
     ("a.jpg", "Ships in the harbour.", None)),
    ('<div class="art"><picture><source srcset="/a.webp"><img src="/a.jpg"></picture></div>'
     '<div class="imgCaption">Ships in the harbour. (Photo: AFP)</div>', ("a.jpg", "Ships in the harbour.", "AFP")),
    ('<div><img src="/a.jpg"><br><span class="img-caption">Ships in the harbour. Photo: Jane Roe</span></div>',
     ("a.jpg", "Ships in the harbour.", "Jane Roe")),
    ('<div class="x"><div class="y"><div class="z"><img src="/a.jpg"></div></div></div>'
     '<div class="image_caption">Ships in the harbour.</div>', ("a.jpg", "Ships in the harbour.", None)),
    ('<p><a href="/big.jpg"><img src="/a.jpg"></a></p><p class="caption">Ships in the harbour. (사진=뉴시스)</p>',
     ("a.jpg", "Ships in the harbour.", "뉴시스")),
    ('<div class="lead"><div class="ratio"><img src="/a.jpg"></div></div><div class="photo-credit">'
     'The mayor at the quay in London, England. David M. Roe/Getty Images</div>',
     ("a.jpg", "The mayor at the quay in London, England.", "David M. Roe/Getty Images")),
    # a box of a caption element and a gallery counter
    ('<div class="g"><div class="slide"><a href="/a.jpg"><img src="/a.jpg"></a></div></div><div class="gallery-caption">'
     '<p class="pager">Photo 1 of 3</p><figcaption>Ships in the harbour, Photo: Jane Roe</figcaption></div>',
     ("a.jpg", "Ships in the harbour", "Jane Roe")),
    # a box named as the credit printing the caption's sentence first
    ('<div class="lead"><div class="ratio"><img src="/a.jpg"></div></div><div class="photo-credit">'
     'The mayor and the harbour master at the quay in 2009. (Jane Roe/AFP/Getty Images)</div>',
     ("a.jpg", "The mayor and the harbour master at the quay in 2009.", "Jane Roe/AFP/Getty Images")),
])


def test_caption_beside_an_image(fragment: str, want: tuple) -> None:
    rec = record(fragment)
    assert images(rec) == [want]
    assert "Ships in" not in rec["body"]


def test_a_person_cards_description_is_no_caption() -> None:
    fragment = ('<div class="card"><div class="card-img"><div class="ratio"><img src="/a.jpg" alt="Jane Roe"></div></div>'
                '<div class="card-desc"><a href="/people/jane-roe">Jane Roe</a> <a href="/people/jane-roe">see her bio</a>'
                '</div></div>')
    assert images(record(fragment)) == [("a.jpg", None, None)]


def test_caption_class_after_a_wrapper_holding_words_is_not_the_images() -> None:
    fragment = ('<div class="box"><div><img src="/a.jpg"></div><p>A box with its own words about the plan.</p></div>'
                '<p class="caption">Ships in the harbour.</p>')
    assert images(record(fragment))[0][1] is None


# -- outlets cited without a link -------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name"), [
    ("The Associated Press first reported the deal.", "The Associated Press"),
    ("The deal was signed on Monday, as Reuters reported.", "Reuters"),
    ("The deal was signed on Monday, Politico first reported.", "Politico"),
    ("The deal, as The New York Times reported on Sunday, was signed on Monday.", "The New York Times"),
    ("Wie die „Rheinische Post“ berichtet, wurde der Vertrag am Montag unterzeichnet.", "Rheinische Post"),
    ("Le contrat a été signé lundi, selon Le Monde.", "Le Monde"),
    ("El contrato se firmó el lunes, según El País.", "El País"),
    ("Der Vertrag wurde am Montag unterzeichnet, wie die Süddeutsche Zeitung berichtete.", "Süddeutsche Zeitung"),
    ("Jane Roe of the Times reports that the deal was signed on Monday.", "the Times"),
    ("The deal was signed on Monday, according to The Wrap.", "The Wrap"),
    ("The deal was signed on Monday, Deadline reports.", "Deadline"),
])
def test_outlet_cited_without_a_link(sentence: str, name: str) -> None:
    rec = record(f"<p>{sentence}</p>")
    assert sources(rec) == [name]


@pytest.mark.parametrize("sentence", [
    "The mayor first reported the leak to police.",
    "Residents reported a strong smell on Monday.",
    "Police reported no injuries.",
    "The figures were checked, as Jane Smith reported to the council.",
    "Le contrat a été signé lundi, selon le ministre.",
    "El contrato se firmó el lunes, según fuentes del ministerio.",
    "Wie die Polizei berichtet, wurde niemand verletzt.",
    "The deal was signed on Monday, Smith first reported.",
    "The deal was signed on Monday, according to Jane Smith.",
    "The deal was signed on Monday, according to the Pentagon.",
    "The first reported case was in March.",
])
def test_ordinary_sentences_cite_no_outlet(sentence: str) -> None:
    lead = TEXT.replace("The council met", "Councillor Adam Smith met")
    assert sources(record(f"<p>{sentence}</p>", lead=lead)) == []


def test_linked_citation_is_not_doubled_by_the_text_citation() -> None:
    rec = record('<p>The deal was signed on Monday, <a href="https://www.politico.example/x">Politico first '
                 'reported</a>.</p>')
    assert [(a["role"], a["name"], a["url"]) for a in rec["attributions"] if a["role"] == "source"] == [
        ("source", "Politico", "https://www.politico.example/x")]
