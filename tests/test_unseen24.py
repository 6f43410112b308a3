"""A twenty-fourth held-out round of pages imitating publishing systems (issue 9): Japanese, Chinese, German and
French outlets not imitated before (a Nagoya regional daily, an entertainment news site, a digital outlet's Japanese
edition; a party daily's site, a Chinese portal, a Taiwanese nonprofit long-form newsroom; a Stuttgart daily, a tech
magazine, a digital-rights blog on WordPress; a Paris left-wing daily, a weekly of translated foreign press, a Lyon
regional daily). The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing,
before the single held-out score), BEFORE any rule of the round, so the held-out score measures the extractor as it
stood. The round's focus: the ways pages name their writers and the ways the text opens.

Each page in ``fixtures/unseen24`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- chunichi: a Nagoya regional daily ("2026年3月11日 17時30分", the publisher as the declared author, "…＝11日、
  名古屋市役所で" captions without a credit, an inline "関連記事" box, "（山田太郎）" closing the text as its own
  paragraph, the section's latest stories, a ranking);
- oricon (held out): an entertainment news site ("2026-03-11 17:30", no byline, the site as the declared author,
  "（撮影：NAME）" closing the caption, "（C）ORICON NewS inc." after the text, "関連記事", a news ranking);
- buzzfeedjp: a digital outlet's Japanese edition (two writers "NAME BuzzFeed News Reporter, Japan" with
  avatars, the declared author in Latin letters, "2026年3月11日, 午後 5:30", an "Update" note opening the text,
  "画像：…" credits under the pictures, an inline "こちらもおすすめ", teaser cards with their own bylines);
- peopledaily: a party daily's site ("本报记者 NAME NAME" above the date line "2026年03月11日17:30 | 来源：
  人民网－人民日报", the caption "… 本报记者 NAME摄" as a paragraph, "《 人民日报 》（ 2026年03月11日 11 版）" and
  "(责编：NAME、NAME)" after the text, "相关新闻", "推荐阅读", "热点排行");
- tencent: a Chinese portal carrying a newspaper's story ("来源：新京报" and "作者：新京报记者 NAME" as the text's
  first paragraphs, "图片来源：视觉中国" closing the caption paragraph, an inline "相关阅读", "编辑 NAME 校对 NAME"
  closing the text, comments, "为你推荐");
- twreporter (held out): a Taiwanese nonprofit long-form newsroom ("文字 NAME　攝影 NAME　設計 NAME", "2026/3/11",
  an introduction box, "（攝影／NAME）" closing captions, an inline "延伸閱讀", "責任編輯　NAME", a donation box,
  "相關文章", the organisation as the declared author);
- stuttgarter: a Stuttgart daily (a "Dachzeile" inside the ``<h1>`` that no declared title prints, "NAME und NAME
  11.03.2026 - 17:30 Uhr", "Aktualisiert: …", "Foto: dpa/NAME", an intro after the picture, an inline "Mehr zum
  Thema", a paywalled end, author boxes, the section's latest stories with their own bylines, comments);
- t3n: a tech magazine ("Jörn Brien", "11.03.2026", "Lesezeit: 3 Min.", "(Foto: Shutterstock/NAME)", a bold
  intro repeating the declared description as the text's first paragraph, "Auch interessant", an author box,
  "Das könnte dich auch interessieren" with teaser bylines, "t3n Redaktion" as ``meta author``);
- netzpolitik (held out): a digital-rights blog on WordPress ("NAME, NAME – in Überwachung – 11.03.2026", an
  excerpt, "Alle Rechte vorbehalten" / "CC BY-NC-SA 4.0" licences before the credits, a donation box, author bios,
  "Mehr zu Chatkontrolle" with teaser bylines, comments as "Ergänzungen");
- humanite: a Paris left-wing daily ("Article réservé aux abonnés", a chapo, "Publié le 11 mars 2026", "© NAME /
  AFP", "Lire aussi", a paywall box, "Sur le même thème" cards with bylines, the outlet as a declared Person);
- courrier: a weekly of translated foreign press ("Espagne" surtitle, a heading, "El País (Madrid)", "Traduit de
  l'espagnol. Article de NAME", "Photo NAME/Reuters", "À lire aussi", a source box with "Lire l'article original",
  "Sur le même sujet" cards, "Dessin de …" under the day's cartoon);
- leprogres (held out): a Lyon regional daily on EBRA ("Par NAME - Aujourd'hui à 17:30 - Temps de lecture : 3
  min", a chapo, "Photo Progrès /NAME", "Lire aussi", "Sur le même sujet", the section's latest, the outlet as the
  declared author and the writer as ``creator``).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a kicker or
Dachzeile that the declared titles do not print is no part of the headline (fourteenth round); EBRA's "Lyon." place
prefix is part of the ``<h1>`` and of the title, so it stays; "（山田太郎）" closing the text names the writer and is
no part of the last sentence; the organisation or outlet as the declared author names nobody; "BuzzFeed News
Reporter, Japan" is no part of the name; "本报记者" and "新京报记者" are no part of the names; "来源：人民网－人民日报"
names the newspaper (人民日报) as the source, and "来源：新京报" names 新京报; the editors ("责编", "编辑 … 校对 …",
"責任編輯") are no attributions; the designer ("設計 NAME") is a contributor and the photographer ("攝影 NAME") a photo
credit; a translated article's original writer ("Article de NAME") is its author and the foreign outlet its source;
"Update" notes, standfirsts, chapos, headings, excerpts and a bold intro repeating the declared description
are no body (but see below on intros under the byline); the section's latest stories, rankings, "推荐阅读", "为你推荐" and "Les plus lus" are no teasers; inline
boxes ("関連記事", "こちらもおすすめ", "相关阅读", "延伸閱讀", "Mehr zum Thema", "Auch interessant", "Lire aussi") and
labelled topic boxes after the text ("相关新闻", "相關文章", "Das könnte dich auch interessieren", "Mehr zu …", "Sur le
même thème/sujet") are teasers; "Lire l'article original" (the foreign original) is no teaser; "Photo Progrès /NAME"
is credited "Progrès /NAME" (the "Photo" label goes); the licences "Alle Rechte vorbehalten" and "CC BY-NC-SA 4.0"
are no part of a credit.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): chunichi, buzzfeedjp, peopledaily, tencent, stuttgarter, t3n, humanite,
  courrier;
- held out (scored once, blind, before any rule of the round): oricon, twreporter, netzpolitik, leprogres.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.821 date=1.000
  body_start=0.750 body_end=1.000 related=0.750 attributions=0.850 images=1.000;
- dev, before any rule of the round: headline=0.875 authors=0.750 date=1.000 body_start=0.375 body_end=0.750
  related=0.946 attributions=0.798 images=1.000;
- dev, after the dev rules (see "Twenty-fourth held-out round" in docs/extraction-design.md): headline=1.000
  authors=0.875 date=1.000 body_start=0.875 body_end=0.875 related=0.946 attributions=0.929 images=1.000;
- dev, after a later rule (the source under the headline is read before the text, not in a disclaimer after it):
  attributions=0.946, the other fields as above;
- held out, after the dev rules and the held-out kind fixed by rule (a long-form credit line "文字 NAME　攝影 NAME
  設計 NAME"): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.750
  attributions=0.950 images=1.000;
- held out, after one more held-out kind fixed by rule ("Mehr zu TOPIC" heading the teaser cards after the article):
  related=1.000, the other fields as above.
- dev, after a rule of the next session (a romanized declared name gives way to the byline by the headline printing
  Chinese or Japanese names; ``test_kinds_round24.py``): authors=1.000 attributions=1.000, the other fields as above.

Two expected openings were changed after the runs, to follow a decision already written in
docs/extraction-design.md ("A standfirst above the byline": "Without a declared description, or below the byline,
such a paragraph still opens the body", with its test in ``test_unseen2.py``): the Stuttgart daily's
``article-intro`` and The Reporter's introduction box both sit below the byline, so they open the body. A rule making
the first a standfirst was written and dropped, since it contradicted that decision. The Reporter's blind failure
of the body's start stands in the blind figures above (it was scored against my first expectation).

``tests/unseen_score.py unseen24`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen24"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a bold intro repeating the declared description word for word as the first paragraph in the text's box: the
    # decisions disagree (a repeat of the description is the description; below the byline a paragraph opens the
    # body), left as it is
    ("t3n", "body_start"),
    # the source box after the text ("Source / El País / … / Lire l'article original") read as text
    ("courrier", "body_end"),
    # the designer of a long-form credit line ("設計 NAME") is no writer now, but not credited as a contributor
    ("twreporter", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
