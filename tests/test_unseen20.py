"""A twentieth held-out round of pages imitating publishing systems (issue 9): German, French, Japanese and Chinese
sites rich in bylines, agencies and credits, not imitated before (a news portal, a public radio broadcaster, a
business weekly; a Sunday paper, a regional daily, a business magazine; a broadcaster's news site, a TV network's
news site, a regional daily; a news agency's site, a state broadcaster's portal, a tabloid's portal). The held-out
pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single held-out
score), BEFORE any rule of the round, so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen20`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains:

- focus: a news portal (an overhead line outside the ``<h1>``, social titles worded otherwise, "Von
  FOCUS-online-Redakteur NAME", "Mittwoch, 11.03.2026, 14:35", "dpa/NAME" in the caption, an inline "Mehr zum
  Thema" box, "mit Material von dpa und AFP" closing the text, newsletter, "Meistgelesen", comments);
- dlf: a public radio broadcaster (a kicker, a description, "NAME im Gespräch mit NAME", "11.03.2026", the
  broadcaster as the declared author, "(picture alliance / dpa / NAME)" closing the caption, an interview in
  question/answer paragraphs, the "Äußerungen unserer Gesprächspartner …" disclaimer, "Mehr zum Thema");
- wiwo (held out): a business weekly (overline, lead, two writers linked, "11. März 2026", "Bild: imago images",
  an inline "Lesen Sie auch:" teaser, "Mehr zum Thema", newsletter, "© Handelsblatt Media Group");
- jdd: a Sunday paper ("Par NAME", "Publié le 11/03/2026 à 14h35", the outlet as a declared Person, a chapo,
  "© NAME / Hans Lucas via AFP", an inline "À LIRE AUSSI" box, "Les plus lus", newsletter);
- lavoixdunord (held out): a regional daily ("Par NAME (Texte) et NAME (Photos)", "Publié: 11 Mars 2026 à 14h35",
  "PHOTO ARCHIVES NAME" closing the caption, an "À lire aussi" paragraph, "Dans la rubrique Lille", an offer);
- challenges: a business magazine ("Par NAME le 11.03.2026 à 14h35" before the chapo, "(Crédits : NAME /
  REUTERS)", an inline "Lire aussi" box, "(avec AFP)" closing the text, "Dans la même rubrique");
- tbs: a broadcaster's news site ("TBS NEWS DIG Powered by JNN", "2026年3月11日(水) 18:30", "最終更新 …", a
  "【写真を見る】" link, an uncredited caption, "TBSテレビ" under the text, "関連記事", ranking);
- fnn: a TV network's news site ("社会部" as the byline, "2026年3月11日 水曜 午後6:30", a caption naming a
  place only, "フジテレビ社会部 NAME記者" in a box after the text, "FNNプライムオンライン", "関連記事", ranking);
- nishinippon (held out): a regional daily ("2026/3/11 18:30", "【写真】…（撮影・NAME）" caption, "（NAME）"
  closing the last paragraph, "関連記事", ranking, a member box);
- chinanews: a news agency's site ("中新网北京3月11日电 (记者 NAME)" opening the text, "来源：中国新闻网",
  a centred caption "…。中新社记者 NAME 摄", "(完)", "【编辑:NAME】", "相关新闻", no JSON-LD);
- cctv: a state broadcaster's portal ("来源：央视新闻客户端 | 2026年03月11日 18:20", "央视网消息：" opening the
  text, a centred caption "（资料图）" as a paragraph, "编辑：NAME 责任编辑：NAME", "相关新闻", "热点推荐");
- huanqiu (held out): a tabloid's portal (the title in an ``<h3>``, "来源：环球网", "环球网报道 记者 NAME" over the
  text, "【环球网报道 记者 NAME】" opening it, "…。图源：主办方" caption, "责编：NAME", "相关新闻", "热门排行").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: overhead
lines, kickers and overlines outside the ``<h1>`` are no part of the headline (fourteenth round); "mit Material
von dpa und AFP" and "(avec AFP)" name the agencies as contributors (as "(mit dpa, AFP)", "(avec AFP)" of earlier
rounds); in "NAME im Gespräch mit NAME" the first (the broadcaster's interviewer) is the writer, the guest is
none; "(Photos)" names a photographer, not a writer; the editors ("【编辑:NAME】", "编辑：… 责任编辑：…", "责编：")
are no attributions (fourteenth and eighteenth rounds); "来源：中国新闻网", "来源：环球网" and "来源：央视新闻客户端"
(CCTV's own app on CCTV's site) are the outlet naming itself, no source (ninth round); a desk ("社会部", "TBS NEWS
DIG Powered by JNN") names nobody; the name in brackets closing the last paragraph is the writer; "中新社记者 NAME
摄", "（撮影・NAME）" and "图源：NAME" name the photographer; standfirsts are no body; "(完)" and the closing
agency bracket are no part of the last sentence; the section's latest stories, "Dans la rubrique", rankings and
"热点推荐" are no teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): focus, dlf, jdd, challenges, tbs, fnn, chinanews, cctv;
- held out (scored once, blind, before any rule of the round): wiwo, lavoixdunord, nishinippon, huanqiu.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.667 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.717 images=0.750;
- dev, before any rule of the round: headline=0.875 authors=0.750 date=1.000 body_start=0.750 body_end=0.875
  related=1.000 attributions=0.750 images=0.750;
- dev, after the dev rules (see "Twentieth held-out round" in docs/extraction-design.md): headline=1.000
  authors=0.875 date=1.000 body_start=0.750 body_end=0.875 related=1.000 attributions=0.812 images=0.875. CCTV's
  attributions were right before the rules only by chance (no headline found, so no line under it read); once its
  ``<h1>`` is found, "来源：央视新闻客户端" reads as a source and that field fails. A rule keeping the first name of
  "NAME im Gespräch mit NAME" was tried and dropped: a real Deutschlandfunk bench record prints the guest first and
  the journalist last, so this page's order was misremembered (its expectation is left as written, a known failure);
- held out, after the dev rules and the held-out kinds fixed by rule (an outlet declared as the page's author is the
  site, so "来源：环球网" is no source; "（山下 彩）" closing the text; "NAME (Photos)" in the byline; "PHOTO ARCHIVES
  NAME"): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000
  images=1.000. Known failures left: see ``KNOWN_FAILURES``.

``tests/unseen_score.py unseen20`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen20"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # "NAME im Gespräch mit NAME": the guest is taken for the writer. A rule keeping the first name was tried and
    # dropped: a real Deutschlandfunk bench record prints the guest FIRST ("Richard David Precht im Gespräch mit
    # Karin Fischer", the journalist last), so this page's order was misremembered; left as written
    ("dlf", "authors"), ("dlf", "attributions"),
    # the interview disclaimer taken for the text's end (its description paragraph is a deck since the sixty-fifth
    # round: "description" names a sub-title, ``body._SUB_TITLE``)
    ("dlf", "body_end"),
    # (the centred caption paragraph after the picture's paragraph is read since the twenty-ninth round's
    # ``images._centred_line``); "来源：央视新闻客户端" (CCTV's own app on
    # CCTV's site) is taken as a source, once the headline is found (the ``<title>`` "TITLE_新闻频道_央视网(cctv.com)"
    # was first taken over the ``<h1>``, fixed by rule); left: telling a sister brand from another outlet needs names
    ("cctv", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
