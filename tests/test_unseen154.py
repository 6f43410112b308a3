"""A hundred-and-fifty-fourth held-out round of pages imitating publishing systems (issue 9): fire services, rescues and
emergency workers: a UK regional paper's warehouse fire story, a Canadian regional site's mountain rescue story, a
German local paper's volunteer fire brigade story, a French regional daily's flood rescue story, a Japanese national
daily's fire story, a Japanese web medium's ambulance feature, a mainland city paper's fire rescue story, a Taiwanese
site's firefighter story; held out: a US local TV station's site's chemical spill story, a Swiss German paper's lifeboat
rescue story, a Japanese regional paper's local fire brigade story, a Hong Kong paper's fire story.

As in unseen71 to unseen153, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the incident
timelines, residents' boxes and updates stamped in the text that emergency stories carry (held out: us_fire_news, a
``<title>`` alone, "HOLLIS COUNTY, Ky. (WKXT) -" and "(WKXT)" the station's own; ch_feuerwehr_news, a ``<title>`` alone
on hashed classes, "Redaktorin Region", "Wie das Regionaljournal von Radio Seeland … berichtete"; ja_shobo_chiho, a
``<title>`` alone on an old table layout, "（NAME）" in the text's class after it; hk_xiaofang_news, a ``<title>`` alone,
"【16:05更新】", "（消防處圖片）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_fire_news, ca_rescue_news, de_feuerwehr_news, fr_pompiers_news, ja_shobo_news,
  ja_kyukyu_web, cn_xiaofang_news, tw_xiaofang_news;
- held out (scored once, blind, before any rule of the round): us_fire_news, ch_feuerwehr_news, ja_shobo_chiho,
  hk_xiaofang_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=1.000 attributions=0.860 images=0.875 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.250 date=1.000 body_start=0.250 body_end=0.750; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: 1.000 in every field but attributions 0.939;
- after the rules and three expectations mended by written conventions (hk_xiaofang_news's "（消防處圖片）" credits "消防
  處", as "（X圖片）" credits X; cn_xiaofang_news's "来源：临江晚报", a group's paper on its news site, is a source;
  unseen8's foxnews "told local station WAVY", a station's interview, is a source since round 74): the known failures
  below aside, every field right. No rule came from the held-out pages.

``tests/unseen_score.py unseen154`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen154"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: the station's video credit "(WKXT)" under its player read as a photo credit; not tried (its own dateline,
    # "HOLLIS COUNTY, Ky. (WKXT) -", names it a source by the README's convention, "one source where a dateline gives
    # the station's call sign": its expectation mended with unseen206, its writer had listed none)
    ("us_fire_news", "attributions"),
    # held: "Wie das Regionaljournal von Radio Seeland … berichtete", the station's programme before its name; not tried
    ("ch_feuerwehr_news", "attributions"),
    # dev: "Comme l’a indiqué France Bleu Val-d’Aubre", a public broadcaster's local station of three words; fixed with
    # unseen173 (a station's region after "France Bleu", ``outlets.FRENCH_BROADCASTER``)
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_stations_named_by_their_kind_of_fire_stories() -> None:
    """A station named by its kind without an article, "first reported by local station X", "Radio station X FM 104.9
    reported", cites it (the frequency part of its name)."""
    assert _sources("The fire was first reported by local station Wyre Valley FM, which broadcast live from the "
                    "scene.") == ["Wyre Valley FM"]
    assert _sources("Radio station Mountain FM 104.9 reported that the pair had been found.") == ["Mountain FM 104.9"]
    assert _sources("The suspect was taken to the police station on Main Street.") == []
