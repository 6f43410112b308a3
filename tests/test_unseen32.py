"""A thirty-second held-out round of pages imitating publishing systems (issue 9): French, Chinese and
English-language independent, opinion and tech media, most of which declare little (nine of twelve declare no writer,
or only the organisation, a placeholder, or only the first of two; five declare no JSON-LD at all). The held-out pages
are scored blind (no test runs on them, and no field of theirs is seen failing, before the single held-out score),
BEFORE any rule of the round. The round's focus: bylines marked without byline class names, and the ways the text
opens.

Each page in ``fixtures/unseen32`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- reporterre: a French independent ecology outlet ("NAME (Reporterre)" with "11 mars 2026 à 17h30, Mis à jour le …",
  a chapô, a bold "Saillans (Drôme), reportage" dateline paragraph opening the text, a "Pourquoi ce n'est pas normal"
  box inside the text, "Lire aussi :" inline links, the "C'est maintenant que tout se joue…" donation box, the
  organisation as the declared author);
- inrocks: a French culture magazine on WordPress, no JSON-LD ("par NAME Publié le 11/03/26 à 17h30", an excerpt, a
  drop-cap first letter in its own span, an interview in bold questions, "© NAME pour Les Inrocks" captions, an "À
  lire aussi" rail with teaser bylines, "Dernières actus" cards);
- lequipe (held out): a French sports daily ("NAME (avec NAME)" / "mis à jour le 11 mars 2026 à 23h04", only the
  first writer declared, a chapô in an ``<h2>``, a score ticker and a match card, "(F. Faugère/L'Équipe)" credit,
  "À lire aussi" inline, "Réagir" comments with relative dates, "Ces articles devraient vous intéresser");
- onenet: a French tech site on WordPress/Yoast ("NAME" and "Le 11 mars 2026 à 17:30" in plain ``<div>``, an excerpt,
  a "Sommaire" box over the text, "Lire aussi :", "Source : LINK", "© Microsoft" alone as a caption, the latest with
  relative dates);
- huxiu: a Chinese business commentary site, no JSON-LD (the WeChat account as the visible poster, "本文来自微信公众号：
  ACCOUNT（ID：…），作者：NAME，题图来自：视觉中国" over and after the text, "（图源：IC photo）", "本内容为作者独立观点",
  hot articles and recommendations with accounts and dates);
- tmtpost (held out): a Chinese tech media site, no JSON-LD ("钛媒体APP > 正文", a linked name and "· 2026-03-11 17:30",
  an abstract, "（图片来源：…）" under the lead picture inside the text, "文 | DESK NAME" and "编辑 | NAME" as the text's
  first lines, "相关阅读：" inline, "（本文首发于钛媒体APP，作者|NAME，编辑|NAME）");
- sspai: a Chinese digital lifestyle site on Nuxt, no JSON-LD, no declared writer (the title in a ``<div>``, "NAME
  2026年03月11日", a Matrix editorial note in a blockquote over the text, "关联阅读：", "> 下载少数派客户端",
  comments "@NAME ：", recommendations with relative dates);
- metrodaily: a Chinese regional evening paper's web edition, no JSON-LD ("2026-03-11 17:30 来源：扬子晚报 记者 NAME
  通讯员 NAME" in spans, a photo line "扬子晚报记者 NAME 摄", a bracketed dateline, "相关阅读：" inline and a
  "相关阅读" box, "编辑：NAME 审核：NAME");
- niemanlab: a US journalism-trade site ("By NAME @handle March 11, 2026, 5:30 p.m.", a deck, "Join the 60,000 …"
  newsletter box, "(Photo by NAME for Nieman Lab)", "Show tags", "Cite this article", an author bio, "More from"
  cards with bylines);
- reason: a US libertarian magazine ("NAME | 3.11.2026 5:30 PM", "From the April 2026 issue", a subtitle in an
  ``<h2>``, "(Illustration: NAME; Source image: …)", "Start your day with Reason." inside the text, "NAME is a
  senior editor at Reason.", recommended and latest with bylines and dates, comments);
- jacobin (held out): a US socialist quarterly's Next.js site ("By NAME" and "Translation by NAME" in plain ``<p>``,
  a deck, "(NAME / Anadolu via Getty Images)", a pull quote box, contributors' bios, "Filed Under", "Related
  Articles" with bylines, the organisation as the declared author);
- salon (held out): a US web magazine ("By NAME" / "Senior Critic" / "Published March 11, 2026 5:30PM (EDT)", "Salon
  Staff" as the declared author, a subtitle in an ``<h2>``, an inline "Related" box, "Read more from NAME", "Watch
  more from Salon", "Related Articles" with bylines).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: chapôs,
excerpts, decks, subtitles, abstracts ("摘要："), a "Sommaire" box and an editorial note over the text are no body; a
bold dateline paragraph ("Saillans (Drôme), reportage") opens the body; the "文 | NAME" / "编辑 | NAME" lines are no
body; "NAME (avec NAME)" names two writers; "Translation by NAME" names a contributor; the WeChat account a text
comes from ("本文来自微信公众号：ACCOUNT") and "来源：PAPER" on the paper's own site name a source; Chinese editors'
and reviewers' lines ("编辑：", "审核：", "编辑 |") credit nobody, as in earlier rounds' expectations (People's Daily,
Dahe); "Source : LINK" after a tech site's text names a source; the section's latest stories, hot lists, "Read
more from NAME", "More from Nieman Lab" and recommendations ("Ces articles devraient vous intéresser", "相关推荐",
"推荐阅读", "Recommended") are no teasers; inline boxes and labelled topic boxes ("Lire aussi", "À lire aussi",
"相关阅读", "关联阅读", "Related", "Related Articles") are.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): reporterre, inrocks, onenet, huxiu, sspai, metrodaily, niemanlab, reason;
- held out (scored once, blind, before any rule of the round): lequipe, tmtpost, jacobin, salon.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.833 date=1.000
  body_start=0.500 body_end=0.750 related=0.938 attributions=0.675 images=0.500;
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=0.625 body_end=0.625
  related=0.821 attributions=0.782 images=0.750 (related scored against my first expectations, see below);
- dev, after the dev rules (a print note with "originally"; a deck named "deck"/"dek"; a Chinese republished
  account's note "本文来自微信公众号：…，作者：NAME"; a donation box named in French; "Source : <a>NAME</a>"; an editor's
  note in a quote box over a rule; a second labelled credit after a semicolon; a captioned figure named "logo"; see
  "Thirty-second held-out round" in docs/extraction-design.md): headline=1.000 authors=1.000 date=1.000
  body_start=0.875 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- held out, after the held-out kinds fixed by rule ("NAME (avec NAME)"; an author card's counters "文章 312 | 粉丝
  1.2万"; "（本文首发于…）" and "更多精彩内容，关注…"; "<p>Translation by NAME</p>" by the headline; an initial opening a
  bracketed credit "(F. NAME/…)"; a bracketed Chinese credit alone after the picture's paragraph; a deck whose first
  sentence the description rewords): headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=1.000
  related=1.000 attributions=1.000 images=1.000 (with the mended expectation below);
- all twelve with what they declare taken out (``--undeclared``), after two more rules it showed (a handle after
  the name in a one-line byline; a header ``<time>``'s machine value settling a printed date's month/day order):
  headline=1.000 authors=0.917 date=1.000 body_start=0.750 body_end=1.000 related=1.000 attributions=0.983
  images=1.000 (Reason's "NAME | 3.11.2026" links the writer to "/people/NAME/", read as no writer's page: taking
  "/people/" paths as writers' pages was tried and dropped, a Wikipedia bench page then took a linked person as its
  writer).

Expectations changed after the runs, each to follow a decision already written in docs/extraction-design.md (the
blind held-out figures above were scored against my first expectations):

- Huxiu's "相关推荐" and Sspai's "推荐阅读" boxes were first expected as no teasers (as recommendations); both labels are
  teaser labels by the eleventh round's decision ('"推荐阅读" (recommended reading, a teaser label since earlier
  rounds)', and "相关推荐" in `blocks._teaser_label`): their links are teasers (mended again with unseen205: the three
  "推荐阅读" cards after the article on other topics, a shortcuts tip, a desk setup and a morning digest, are the site's
  picks, by the README's convention on recommending labels);
- Salon's "Read more from NAME" was first expected as no teasers (as the writer's feed); a writer's "more from NAME"
  after the text labels teasers ('"mehr von NAME" labels teasers like "more from NAME"');
- Reason's image credit was first written with its label ("Illustration: NAME; Source image: …"); a credit's label
  is no part of it ("Photo: NAME" is credited as NAME), a plain mistake of mine.

``tests/unseen_score.py unseen32`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen32"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a dateline paragraph of its own in bold opening the text, "Saillans (Drôme), reportage" (a place, its department
    # in brackets and the genre): no capitals and no closing dash, so not read as a place line ("LONDON —"); left, as
    # one outlet's wording
    ("reporterre", "body_start"),
    # a match card's scorers line ("Buts : NAME (52e, 78e), …") in a box between the lead picture and the text's box
    # opens the body; a score box is named for nothing the furniture names say ("MatchCard"); not tried in time
    ("lequipe", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
