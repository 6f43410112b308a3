"""A hundred-and-sixty-fifth held-out round of pages imitating publishing systems (issue 9): hairdressers, tattoo
studios and personal services: a UK regional paper's barber's shop story, an Australian national site's salon prices
story, a German national paper's apprentices story, a Belgian French-language paper's hairdresser story, a Japanese
national daily's salon story, a Japanese beauty web medium's feature, a mainland portal's barber story, a Taiwanese
paper's tattoo story; held out: a Canadian city paper's tattoo law story, an Austrian regional paper's mobile
hairdresser story, a Japanese regional paper's local barber story, a Hong Kong site's hair salon story.

As in unseen71 to unseen164, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_barber_news, au_salon_news, de_friseur_news, be_coiffeur_news,
  ja_biyoshitsu_news, ja_hair_web, cn_lifadian_news, tw_wenshen_news;
- held out (scored once, blind, before any rule of the round): ca_tattoo_news, at_friseur_news, ja_rihatsu_chiho,
  hk_faxing_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: every field 1.000 (trafilatura 2.3.1 on the same pages:
  headline=1.000 authors=0.250 date=1.000 body_start=0.000 body_end=0.250; newsarchive with the declarations taken out:
  the same figures);
- dev, on the code before any rule of the round, against the expectations as mended by a written convention (a
  group's paper before its reporters on its own news site is a source, tw_wenshen_news's "晴川報"): headline=1.000
  authors=1.000 date=1.000 body_start=0.875 body_end=1.000 related=0.975 attributions=0.982 images=1.000;
- dev and held out after the rules (see "Hundred-and-sixty-fifth held-out round" in docs/extraction-design.md): the
  known failure below aside, every field right.

``tests/unseen_score.py unseen165`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, field_test  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen165"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a web magazine's header box (hashed classes) prints its dates, the writer's card and a medical supervisor's
    # line ("医療監修　乳腺外科医　NAME（病院 部長）") in one box under the deck; the supervisor's line is read as the text's
    # opening. Tried: "医療監修" as a role's label of the Japanese credits lines; no effect (the line is its spans'
    # words, not a labelled line), dropped
    ("ja_hair_web", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_paper_first_reporting_a_story() -> None:
    """A story first reported in a paper whose name holds an outlet's word ("first reported in the Hallbrook
    Advertiser, the town’s old weekly") names a source; a place where something was first reported names none."""
    assert cited_sources("The shop’s story was first reported in the Hallbrook Advertiser, the town’s old weekly, when "
                         "it turned 50 in 1976.") == ["the Hallbrook Advertiser"]
    assert cited_sources("The fade was first reported in the United States in 1999, barbers say.") == []


def test_topic_links_beside_a_story_are_no_teasers() -> None:
    """A box of links to the outlet's topic pages under "/all-about/" ("More On: Hallbrook, Small businesses") holds no
    teaser; the story linked beside them is one."""
    text = "".join(f"<p>The barber shop on the high street has cut hair for a hundred years this month, and the third "
                   f"generation of the family now runs it, part {n}.</p>" for n in range(5))
    box = ("<div class='related'><span>More On</span><a href='https://news.example/all-about/hallbrook'>Hallbrook</a>"
           "<a href='https://news.example/all-about/small-businesses'>Small businesses</a><a "
           "href='https://news.example/news/local-news/hallbrook-bakery-closes-after-80-years-33016620'>Hallbrook "
           "bakery closes its doors after 80 years on the high street</a></div>")
    assert _teasers(article_page(text, after=box)) == [
        "https://news.example/news/local-news/hallbrook-bakery-closes-after-80-years-33016620"]
