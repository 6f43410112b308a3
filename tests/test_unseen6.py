"""A sixth held-out round of pages imitating publishing systems (issue 9): Korean, Japanese,
Chinese, German, French, British, American, Spanish, Italian and Brazilian systems not imitated
before; the first round whose held-out pages were scored blind (no test ran on them, and no
field of theirs was seen failing, before the single held-out score).

Each page in ``fixtures/unseen6`` was written from memory of a publishing system's markup,
with invented text and ``.example`` domains: a Korean portal's news view (Naver News style:
"입력"/"수정" times, the press's logo, "기자" name and e-mail closing the text, "관련뉴스"), a
Japanese creator-blog post (note style: the creator's name under the title, "スキ" counts,
"この記事が含まれているマガジン", the creator's other posts), a WeChat official-account article
(mp.weixin style: "原创", "作者：", the account name, images with ``data-src`` and "▲" captions,
"作者 | … 编辑 | …" closing lines, "往期推荐", "阅读原文"), a Zhihu column article ("首发于",
an anonymous JSON-LD author, "发布于 … ・IP 属地", "推荐阅读"), a German WordPress blog
("Veröffentlicht am … von …", a login name as the schema author, Jetpack's "Ähnliche Beiträge"),
a French hosted blog (Overblog style: "Publié le … par …", "Vous aimerez aussi"), a UK
tabloid (Daily Mail style: a bullet summary above the text, "By NAME FOR MAILONLINE",
"Published: … | Updated: …", captions with credits in caps, "RELATED ARTICLES"), a US magazine
(New Yorker style: rubric, dek, "By" with a link, "Illustration by …"), a news site on Next.js
(the text also in ``__NEXT_DATA__``, a "Staff" schema author, an inline "Related" box), a
Spanish national daily (El Mundo style: "Actualizado … - 14:32", "EFE" photo credits, "Más
información", "Con información de EFE"), an Italian daily (la Repubblica style: "di NAME",
"Leggi anche", "(ansa)") and a Brazilian portal (g1 style: "Por NAME, g1 …", "— Foto: …",
"Veja também").
``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules were fixed on these): naver, weixin, zhihu, overblog, dailymail, nextjs,
  elmundo, repubblica;
- held out (scored once, blind, after the dev fixes, before any change for them): note, wpde,
  newyorker, g1.

Until the held-out score was taken, the tests ran on the dev pages only. Scores (``unseen_score.py``):

- dev, before any rule of this round: headline=1.000 authors=0.750 date=1.000 body_start=0.750
  body_end=0.750 related=0.667 attributions=0.646 images=0.562; after the dev rules: headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=0.875 related=0.833 attributions=0.975 images=1.000;
- held out, scored once blind after the dev rules: headline=1.000 authors=0.750 date=1.000
  body_start=1.000 body_end=1.000 related=0.750 attributions=0.833 images=0.750 (failing: note related,
  wpde authors and attributions, newyorker attributions and images); after three rules for the kinds
  they revealed (see the "Sixth held-out round" of docs/extraction-design.md): all 1.000.
- dev, after one more dev kind fixed after the held-out score (a teaser label in a box of its own):
  related=0.958 (others as above).

``tests/unseen_score.py unseen6`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen6"


#: (page, field) pairs still wrong, each a kind not fixed yet (see the report in the commit log).
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a portal's article names its press (언론사) only by the logo, "ⓒ 한국경제" and "한국경제 관련뉴스";
    # the press is not recorded as the source (as unseen5's yahoojp)
    ("naver", "attributions"),
    # (fixed in unseen191: a fact box closing the text, "HOW TO CLAIM A BIG WIN" and its paragraph, named so and opened
    # by a title of its own, ``body._opens_with_title``; fact boxes named furniture whatever they hold was tried earlier
    # and dropped: on bench pages they hold the article's own facts, "What else is in the King's Speech?", "Four quick
    # facts about sting jets", and none of those changed)
    # (fixed in unseen98: a sidebar box labelled "DON'T MISS", other sections' stories, is the site's picks, no teasers;
    # a rule leaving out every labelled box in sidebars had lost real teasers on bench pages and was dropped)
}


test_page_field = field_test(SET, KNOWN_FAILURES)
