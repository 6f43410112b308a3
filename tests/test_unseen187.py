"""A hundred-and-eighty-seventh held-out round of pages imitating publishing systems (issue 9): fishing, fishermen and
fish markets: a UK regional paper's fishing quota story, a US metro paper's fishery closure story, a German regional
paper's Baltic fishermen story, a French regional daily's Breton fishing port story, a Japanese national daily's
fishing industry story, a Japanese food web medium's fish story, a mainland portal's fishing ban story, a Taiwanese
paper's fishing harbour story; held out: a Canadian site's lobster season story, a Swiss regional paper's lake
fishermen story, a Japanese regional paper's fishing port story, a Hong Kong site's fish market story.

As in unseen71 to unseen186, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_fishing_news, us_fishery_news, de_fischer_news, fr_peche_news,
  ja_gyogyo_news, ja_sakana_web, cn_yumin_news, tw_yugang_news;
- held out (scored once, blind, before any rule of the round): ca_fishing_news, ch_fischer_news, ja_gyokou_chiho,
  hk_yushi_news.

Until the held-out score was taken, no test ran on the held-out pages. One lapse to report: the score command was
first run while one writer (DE/FR) had not finished, and stopped on the missing held-out page after printing that
ca_fishing_news had no failing field; no code had changed, the full score was taken once all twelve pages were
written, and its figures are those below. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (``git diff -- newsarchive`` empty): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=0.867 images=0.917
  (trafilatura 2.3.1 on the same pages: headline=0.750 authors=0.417 date=0.750 body_start=0.500 body_end=0.500;
  newsarchive with the declarations taken out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=0.750 body_end=1.000
  related=0.915 attributions=0.948 images=1.000;
- dev and held out after the rules (see "Hundred-and-eighty-seventh held-out round" in docs/extraction-design.md):
  every field right.

One dev expectation went against a written convention and was mended after the dev score: "Quelle: dpa" under a chart
credits the agency as a contributor, as "Quelle: dpa" does everywhere (docs/extraction-design.md, unseen36's and later
sets'); the writer had written it as a source, as this round's brief had wrongly put it.

``tests/unseen_score.py unseen187`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, credit_pairs, field_test, teaser_urls  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen187"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_the_writers_department_in_its_own_element() -> None:
    """From a dev page: "<span class='author__dept_a1z3x5c7'>くらし経済部</span> <a class='author__name_…'>NAME</a>": the
    department, named so by its hashed class, is no part of the writer's name; a byline without it reads as before."""
    text = "".join(f"<p>サンマの水揚げ量が3年連続で過去最低を更新した。漁業者は燃料費の高騰にも苦しんでいる、第{n}段落。</p>" for n in range(5))

    def authors(byline: str) -> list[str]:
        return _extract(article_page(text, head=byline, lang="ja", title="サンマ", h1="サンマ水揚げ、3年連続で最低"),
                        "https://www.yamato-keizai.example/article/DGXZQO12345/")["authors"]
    assert authors("<div class='author_a8s6d4f2'><span class='author__dept_a1z3x5c7'>くらし経済部</span> <a class="
                   "'author__name_a9v7b5n3' href='/author/saeki-misaki/'>佐伯美咲</a></div>") == ["佐伯美咲"]
    assert authors("<div class='byline'><span class='byline__dept'>Metro desk</span> <a class='byline__name' "
                   "href='/author/jane-doe/'>Jane Doe</a></div>") == ["Jane Doe"]
    assert authors("<div class='author_a8s6d4f2'><a class='author__name_a9v7b5n3' href='/author/saeki-misaki/'>佐伯美咲"
                   "</a></div>") == ["佐伯美咲"]


def test_a_gift_note_and_a_line_to_one_more_story() -> None:
    """From a dev page: "Cet article vous est offert. Pour lire gratuitement d'autres articles, créez votre compte."
    over the text opens none; "À lire sur le sujet <a>TITLE</a>" between the paragraphs is a teaser, no text."""
    text = "".join("<p>Il est deux heures du matin sous la halle de la criée, et les premiers caissons de langoustines "
                   f"passent déjà sous les yeux des mareyeurs, partie {n}.</p>" for n in range(5))
    gift = ("<p class='tlg-offert'><strong>Cet article vous est offert.</strong> Pour lire gratuitement d'autres "
            "articles, <a href='https://compte.goeland.example/inscription'>créez votre compte</a>.</p>")
    line = ("<p class='tlg-lire'>À lire sur le sujet <a href='https://www.goeland.example/bretagne/gasoil-les-pecheurs-"
            "reclament-une-aide-6705531.php'>Gasoil : les pêcheurs bretons réclament une aide d'urgence</a></p>")
    record = _extract(article_page(gift + text[:300] + line + text[300:], lang="fr", title="Criée",
                                   h1="La nuit, à la criée"))
    assert record["body"].startswith("Il est deux heures du matin")
    assert "À lire sur le sujet" not in record["body"]
    assert [link["url"] for link in record["related_links"] if link["kind"] == "related"] == [
        "https://www.goeland.example/bretagne/gasoil-les-pecheurs-reclament-une-aide-6705531.php"]


def test_a_pictures_caption_paragraph_named_by_its_abbreviation() -> None:
    """From a dev page: a Chinese CMS's picture in a paragraph, then "<p class='pic-desc'>CAPTION</p>" and "<p
    class='pic-source'>图片来源：…</p>": the caption opens no text (it stays the picture's caption)."""
    text = "".join(f"<p>3月中旬的渔港，海风里还带着些许凉意，老渔民正和船员一起把拖网摊开检查破损处，第{n}段。</p>" for n in range(5))
    picture = ("<p style='text-align:center;'><img src='https://img.news.example/2026/03/17/01.jpg' alt=''></p>"
               "<p class='pic-desc' style='text-align:center;'>3月15日，沈家湾渔港，渔民正在修补渔网。</p>"
               "<p class='pic-source'><span>图片来源：东海日报记者 林海潮 摄</span></p>")
    record = _extract(article_page(picture + text, lang="zh-CN", title="休渔", h1="伏季休渔将至 渔民忙补网"))
    assert record["body"].startswith("3月中旬的渔港")
    assert [(image["caption"], image["credit"]) for image in record["images"]] == [("3月15日，沈家湾渔港，渔民正在修补渔网。",
                                                                                      "林海潮")]


def test_a_feeds_box_set_after_the_text_inside_its_box() -> None:
    """From a dev page: an ``<aside>`` headed "Don't miss" after the last paragraph, inside the text's box, lists the
    site's picks, no teasers; the same aside headed "Related" holds teasers."""
    text = "".join("<p>Fishing crews in the harbour say the new quota will cut their catch by a third this year, part "
                   f"{n}.</p>" for n in range(5))

    def urls(label: str) -> list[str]:
        box = (f"<aside class='widget'><h3 class='widget-title'>{label}</h3><ul><li><a href='https://news.example/news/"
               "a390-roadworks-weekend-closure-9185510'>A390 to shut for three weekends as resurfacing begins</a></li>"
               "</ul></aside>")
        return teaser_urls(article_page(text + box))
    assert urls("Don't miss") == []
    assert urls("Related") == ["https://news.example/news/a390-roadworks-weekend-closure-9185510"]


def test_a_file_pictures_note_in_the_credits_place() -> None:
    """From the held-out page: a picture credited only "Archivbild" (a file picture) credits nobody; "Foto: Keystone/
    NAME" beside it still credits its holder."""
    text = "".join("<p>Die Berufsfischer am See holen immer weniger Felchen aus ihren Netzen, sagt der Verband, Teil "
                   f"{n}.</p>" for n in range(5))
    pictures = "".join(f"<figure><img src='/bilder/{n}.jpg' alt=''><figcaption>{caption} <span class='credit'>{credit}"
                       "</span></figcaption></figure>" for n, caption, credit in (
                           (1, "Berufsfischer holt am Morgen seine Netze ein.", "Foto: Keystone/Pascal Imfeld"),
                           (2, "Felchenfang auf dem See im Herbst 1994.", "Archivbild")))
    record = _extract(article_page(pictures + text, lang="de", title="Felchen", h1="Die Netze bleiben leer"))
    assert [pair for pair in credit_pairs(record) if pair[0] == "photo"] == [["photo", "Keystone/Pascal Imfeld"]]


def test_a_periodical_named_by_its_kind_and_an_agency_closing_a_paragraph() -> None:
    """From the held-out pages: "水産専門紙の週刊みなと水産が報じたところでは" cites the weekly (its name in hiragana after its
    kind's word); a paragraph inside the text closing "… eingebrochen. (SDA)" names the agency as its source, a short
    line closing so (a caption's) none."""
    assert cited_sources("水産専門紙の週刊みなと水産が報じたところでは、漁業者自らが手がける直送は全国でも珍しい。", lang="ja") \
        == ["週刊みなと水産"]
    assert cited_sources("週刊誌が報じたところでは、取り組みが広がっている。", lang="ja") == []
    text = "".join("<p>Die Berufsfischer am See holen immer weniger Felchen aus ihren Netzen, sagt der Verband, Teil "
                   f"{n}.</p>" for n in range(5))
    wire = ("<p>Nicht besser sieht es an anderen Mittellandseen aus. Am Grauensee hat der Kanton die Schonzeit für "
            "Felchen um sechs Wochen verlängert. Die Fangerträge waren dort 2025 um 40 Prozent eingebrochen. (SDA)</p>")
    record = _extract(article_page(text[:200] + wire + text[200:], lang="de", title="Felchen",
                                   h1="Die Netze bleiben leer"))
    assert ["source", "SDA"] in credit_pairs(record)
    short = "<p>Der See im Morgennebel. (SDA)</p>"
    record = _extract(article_page(text[:200] + short + text[200:], lang="de", title="Felchen",
                                   h1="Die Netze bleiben leer"))
    assert ["source", "SDA"] not in credit_pairs(record)
