"""A hundred-and-twenty-third held-out round of pages imitating publishing systems (issue 9): media, press and
journalism: a US news site's story on a newspaper chain's job cuts, a UK paper's media desk story on a broadcaster's
funding, a German media-trade site's story on a publishers' merger, a French daily's story on a public broadcaster's
programme change, a Japanese national daily's story on a paper ending its evening edition, a Japanese web medium's
story on a broadcaster, a mainland portal's story on a media group's reform, a Taiwanese site's media story; held
out: a Canadian local news site's story on a paper's closure, a Swiss German-language site's media story, a Japanese
regional paper's story on local press, a Hong Kong outlet's media story.

As in unseen71 to unseen123, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_media_news, uk_press_news, de_medien_news, fr_medias_news,
  ja_shimbun_news, ja_hoso_web, cn_chuanmei_news, tw_meiti_news;
- held out (scored once, blind, before any rule of the round): ca_media_news, ch_medien_news, ja_chihoushi_news,
  hk_meiti_news.

Until the held-out score was taken, no test ran on the held-out pages.

``tests/unseen_score.py unseen123`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen123"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
