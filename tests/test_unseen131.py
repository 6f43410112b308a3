"""A hundred-and-thirty-first held-out round of pages imitating publishing systems (issue 9): pensions, retirement
and old age: a UK paper's state pension story, a US business site's retirement savings story, a German national site's
pension story, a French regional daily's retirement story, a Japanese national daily's pension story, a Japanese web
medium's elderly care feature, a mainland portal's elderly care story, a Taiwanese site's pension story; held out: an
Irish site's care home story, a Belgian site's pension story, a Japanese regional paper's elderly residents story, a
Hong Kong outlet's elderly care story.

As in unseen71 to unseen130, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the explainer
and helpline boxes pension stories carry:

- uk_pension_news: a state pension age change on a UK tabloid's Money pages (a kicker, a standfirst, a "What you need
  to know" box after the lead picture, "READ MORE:" lines, a table with its "Source:" line, a helpline box);
- us_retirement_news: hardship withdrawals on a US business site's pages (a "Key Points" box, a video's title in the
  text, "More from Personal Finance:" links in a paragraph, "X's NAME contributed reporting." closing the text, a
  disclosure box after it);
- de_rente_news: a pension package on a German national site's pages (a kicker inside the ``<h2>`` heading, "Das
  Wichtigste in Kürze", a "Das ändert sich" table, "mit Material von dpa und Reuters" set apart, two "Mehr zum Thema"
  boxes);
- fr_retraite_news: a retirement story on a French regional daily's pages (the outlet declared as author, a bold chapô
  over "Par NAME (avec AFP)", "| Photo :" credits, "Lire aussi :" lines, a "Ce qui change" box);
- ja_nenkin_news: a pension fund's loss on a national daily's Next.js pages (a paid label, a "ポイント" box, a loss
  table, "経済誌「X」が先に報じていた", experts' comments after the text);
- ja_kaigo_web: morning calls to elderly people on a WordPress medium (the editorial staff declared as writer,
  "取材・文：NAME　写真：NAME　編集：X編集部", a lead paragraph, a key points box and a table of contents);
- cn_yanglao_news: care homes shut on a portal's pages (a "划重点" box, "北辰晚报记者　NAME　NAME" as a line of its own,
  a figures table, "本文来源：X　作者：…　责任编辑：NAME");
- tw_nianjin_news: a pension fund's loss on a Taiwanese paper's pages ("聯合報／ 記者NAME／台北即時報導", "更新於", a Q&A
  box, "圖／聯合報系資料照");
- held out: ie_carehome_news (a ``<title>`` alone: an update note opening the text's box, the text opening in capitals,
  "Additional reporting by NAME" set apart), be_pension_news (a ``<title>`` alone: "© NAME." credits, a helpline box
  and "Avec la collaboration de NAME." after the text), ja_koreisha_chiho (a ``<title>`` alone naming the site, an old
  table layout: the headline in a cell's ``<font>``, "（NAME）" after the text, a "【メモ】" box), hk_laoren_news (a
  ``<title>`` alone, hashed classes: "撰文：NAME", "出版：…　更新：…", "相關文章：" links in the text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations were mended after the dev
score, by conventions already written: cn_yanglao_news's "本文来源：X" names its source (a portal's source line), and
tw_nianjin_news's print paper named before the reporter ("聯合報／ 記者NAME") is the story's source (as unseen116's
tw_tingdian_news and unseen125's tw_hanggang_news).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_pension_news, us_retirement_news, de_rente_news, fr_retraite_news,
  ja_nenkin_news, ja_kaigo_web, cn_yanglao_news, tw_nianjin_news;
- held out (scored once, blind, before any rule of the round): ie_carehome_news, be_pension_news, ja_koreisha_chiho,
  hk_laoren_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=1.000 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.000 date=0.750 body_start=0.250 body_end=0.000; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the mended expectations): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.946 attributions=1.000 images=1.000;
- after the blind score, a rule from be_pension_news's miss: a box named for help ("r-box--help");
- dev and held out after the rules (see "Hundred-and-thirty-first held-out round" in docs/extraction-design.md): 1.000
  in every field.

``tests/unseen_score.py unseen131`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen131"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_sections_label_heading_its_links_in_their_paragraph() -> None:
    """"<p><strong>More from Personal Finance:</strong><br><a>…</a><br><a>…</a></p>" in the text, the section the
    site's navigation links: the section's latest, no teasers; "More from Jane Doe:" (no section) heads teasers."""
    text = "".join(f"<p>More workers took hardship withdrawals from their retirement accounts last year, part {n}.</p>"
                   for n in range(6))
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Hardship withdrawals hit a record</title></head><body>"
            "<nav><a href='/markets/'>Markets</a><a href='/personal-finance/'>Personal Finance</a></nav><article>"
            "<h1>Record share of workers took hardship withdrawals in 2025</h1><div class='content'>"
            f"{text[:300]}<p><strong>LABEL:</strong><br><a href='/2026/03/09/tax-refund.html'>Here's the average tax "
            "refund so far this season</a><br><a href='/2026/03/06/savings-rates.html'>High-yield savings rates "
            f"edge lower in March</a></p>{text[300:]}</div></article></body></html>")
    assert _teasers(html.replace("LABEL", "More from Personal Finance")) == []
    assert len(_teasers(html.replace("LABEL", "More from Jane Doe"))) == 2


def test_a_help_box_after_the_text() -> None:
    """After be_pension_news's miss (held out): a box named for help ("r-box r-box--help": "Vous avez une question sur
    votre pension ? … au numéro vert …") after the text's last paragraph is no part of it."""
    text = "".join(f"<p>L’accord doit encore être traduit en avant-projet de loi et passer devant le Conseil d’État, "
                   f"partie {n}.</p>" for n in range(5))
    box = ("<div class='r-box r-box--help'><p><strong>Vous avez une question sur votre pension ?</strong> Le Service "
           "fédéral des Pensions répond gratuitement du lundi au vendredi, au numéro vert 0800 12 345.</p></div>")
    assert _extract(article_page(text + box, lang="fr"))["body"].endswith("partie 4.")
