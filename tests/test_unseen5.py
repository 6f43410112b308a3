"""A fifth held-out round of pages imitating publishing systems (issue 9): Japanese, Chinese,
German and French systems not imitated before.

Each page in ``fixtures/unseen5`` was written from memory of a publishing system's markup,
with invented text and ``.example`` domains: a Japanese national business daily (Nikkei style:
"有料会員限定", the reporter in brackets after the text, "関連記事"), a portal's syndicated article
(Yahoo!ニュース style: the source outlet's logo, "3/12(木) 18:05配信", "【関連記事】" list, "（写真：…）"),
an economic weekly's web edition (Toyo Keizai style: "名前 : 東洋経済 記者", "次ページ", an author
profile box, "（写真：… / PIXTA）"), a Chinese financial outlet (Caixin style: "文｜财新 名 名",
"【财新网】", "责任编辑：… | 版面编辑：…", "图：视觉中国"), a Paper/澎湃-style page ("澎湃新闻记者 名 名",
"来源：", "校对：", "记者 名 图"), an international Chinese-language page (联合早报 style: "发布/",
"（北京综合讯）", "延伸阅读", "（路透社）"), a Springer-style German national (WELT style: a topic
heading above the headline, "Von X", "Quelle: picture alliance/...", "Lesen Sie auch"), a regional
network page on a shared CMS (RND/Madsack style: "Von X, RND", "Quelle: Name/dpa", "Mehr zum
Thema"), a German tech magazine (heise style: "(anw)" closing the text, "Lesen Sie auch",
"Kommentare lesen (142 Beiträge)", "(Bild: ...)"), Le Parisien ("Par X", "Le 12 mars 2026 à
18h05, modifié le ..."), a public broadcaster (franceinfo style: "Article rédigé par franceinfo
avec AFP", "Publié le ... Mis à jour le ...", "Lire aussi") and a French pure-player (HuffPost FR
style: "Par X et Y", "À voir également sur Le HuffPost :", "Sur le même sujet").
``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules were fixed on these): nikkei, toyokeizai, caixin, thepaper, welt, heise,
  parisien, franceinfo;
- held out (scored once, after the dev fixes, before any change for them): yahoojp, zaobao,
  rnd, huffpost.

``tests/unseen_score.py unseen5`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen5"


#: (page, field) pairs still wrong, each a kind not fixed yet (see the report in the commit log).
#: (yahoojp's attributions, a portal's syndicated article whose original outlet is declared as the
#: Organization author beside the portal's own publisher, were fixed later: that outlet is the source, as
#: unseen4's portal page now expects too; tests/test_kinds_known_failures.py)
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
