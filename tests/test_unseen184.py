"""A hundred-and-eighty-fourth held-out round of pages imitating publishing systems (issue 9): taxis, ride-hailing and
rickshaws: a UK regional paper's taxi licence story, a US metro paper's ride-hailing pay story, a German regional
paper's taxi fare story, a French national daily's ride-hailing drivers story, a Japanese national daily's taxi shortage
story, a Japanese business web medium's ride-share story, a mainland portal's ride-hailing story, a Taiwanese paper's
taxi fare story; held out: an Australian regional site's accessible taxis story, a Swiss regional paper's airport taxi
queue story, a Japanese regional paper's rickshaw story, a Hong Kong site's taxi service story.

As in unseen71 to unseen183, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_taxi_news, us_rideshare_news, de_taxi_news, fr_vtc_news, ja_takushi_news,
  ja_raidoshea_web, cn_wangyueche_news, tw_jichengche_news;
- held out (scored once, blind, before any rule of the round): au_cab_news, ch_taxi_news, ja_jinrikisha_chiho,
  hk_dishi_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=1.000 related=1.000 attributions=1.000 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.000 date=0.500 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round, against the expectations as mended by a written convention (the paper opening a
  Taiwanese byline on the group's site is a source, tw_jichengche_news's "聯光報", as unseen14's udn has it):
  headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=0.750 related=0.968 attributions=0.967
  images=0.917;
- dev and held out after the rules (see "Hundred-and-eighty-fourth held-out round" in docs/extraction-design.md): the
  known failures below aside, every field right.

``tests/unseen_score.py unseen184`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, field_test, teaser_urls  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen184"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: two inline pictures printed from files the lead picture's own "srcset" lists (one picture to the reader, one
    # address to the extractor): read as the lead picture again, their credits ("(Image: Google)") lost; not tried
    ("uk_taxi_news", "attributions"),
    ("uk_taxi_news", "images"),
    # dev: a link to the site's language course in a services box after the text read as a teaser; not tried
    ("fr_vtc_news", "related"),
    # dev: "【そもそも解説】" opening a line of its link inside the text, an explainer's label, not read as a teaser's;
    # not tried
    ("ja_takushi_news", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_DE_TEXT = "".join("<p>Kurz nach sieben Uhr morgens stehen an der Riedstrasse bereits Dutzende Taxis und warten auf "
                   f"den Abruf an die Terminals, Teil {n}.</p>" for n in range(5))


def test_a_summary_box_under_the_lead_pictures_caption_and_closing_lines() -> None:
    """From the held-out page: a summary box under its label ("Das Wichtigste in Kürze") opens no text though the lead
    picture's caption, named so ("<div class='bildlegende'>…</div>"), stands above it. A site's notice on its use of AI
    over the text ("Our journalists use AI tools to help bring you the latest news, read more about it here.") opens
    none; a Japanese paper's glossary entry closing it ("〈日本版ライドシェア〉 …") and a French daily's "Réutiliser ce
    contenu" close none. "The X Business Record first reported" cites the paper, "the world record" nobody."""
    box = ("<div class='bild'><img src='/bilder/taxis.jpg' alt=''><div class='bildlegende'>Warten, bis das Display die "
           "eigene Nummer zeigt: Taxis im Pufferplatz an der Riedstrasse.</div></div>"
           "<div class='kasten'><div class='kasten__titel'>Das Wichtigste in Kürze</div><ul><li>Taxis "
           "dürfen nur noch auf Abruf an die Terminals fahren.</li><li>Chauffeure warten bis zu drei Stunden.</li></ul>"
           "</div>")
    body = _extract(article_page(box + _DE_TEXT, lang="de", title="Taxis", h1="Drei Stunden warten auf eine Fahrt")
                    )["body"]
    assert "Das Wichtigste" not in body and "Taxis dürfen" not in body and "Kurz nach sieben Uhr" in body
    text = "".join("<p>Councillors will vote next month on a cap on hackney carriage licences after drivers said "
                   f"they wait most of the day for a fare, part {n}.</p>" for n in range(5))
    notice = "<p>Our journalists use AI tools to help bring you the latest news, read more about it here.</p>"
    assert _extract(article_page(notice + text))["body"].startswith("Councillors will vote")
    ja_text = "".join(f"<p>夜の駅前にタクシーが1台もいない。全国で運転手の不足が続き、地方都市で呼んでも来ない状況が広がっている。第{n}段落。"
                      "</p>" for n in range(5))
    glossary = "<div class='box'><p>〈日本版ライドシェア〉 タクシー会社が運行を管理し、一般ドライバーが自家用車で客を運ぶ仕組み。</p></div>"
    assert _extract(article_page(ja_text, after=glossary, lang="ja", title="タクシー", h1="タクシー不足、地方で深刻")
                    )["body"].endswith("第4段落。")
    fr_text = "".join("<p>Les chauffeurs de VTC appellent à une grève reconductible à partir de lundi, faute d’accord "
                      f"sur leur rémunération minimale, partie {n}.</p>" for n in range(5))
    reuse = ("<section class='article__reactions'><p class='article__reactions-title'>Réutiliser ce contenu</p>"
             "</section><section class='article__siblings'><h2>Contribuer</h2><p>Réagissez ou posez une question aux "
             "journalistes de la rubrique Économie.</p></section>")
    assert _extract(article_page(fr_text + reuse, lang="fr", title="VTC", h1="Les chauffeurs de VTC en grève")
                    )["body"].endswith("partie 4.")
    assert cited_sources("The Calloway Business Record first reported last month that the company had drawn up "
                         "plans to suspend service.") == ["The Calloway Business Record"]
    assert cited_sources("The driver set the world record first reported by nobody else.") == []
