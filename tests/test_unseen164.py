"""A hundred-and-sixty-fourth held-out round of pages imitating publishing systems (issue 9): birds, birdwatching and
nature reserves: a UK national broadcaster's site's rare bird story, a US regional paper's bird count story, a German
regional paper's storks story, a French national daily's migratory birds story, a Japanese national daily's rare bird
story, a Japanese outdoor web medium's birdwatching feature, a mainland portal's migratory bird story, a Taiwanese
paper's bird count story; held out: a New Zealand site's wetland story, a Swiss regional paper's owl rescue story, a
Japanese regional paper's local swan story, a Hong Kong site's wetland birds story.

As in unseen71 to unseen163, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_birds_news, us_birds_news, de_voegel_news, fr_oiseaux_news, ja_yacho_news,
  ja_birding_web, cn_niaolei_news, tw_niaolei_news;
- held out (scored once, blind, before any rule of the round): nz_birds_news, ch_voegel_news, ja_yacho_chiho,
  hk_niaolei_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000 body_start=0.750
  body_end=0.750 related=1.000 attributions=0.964 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.500 date=0.750 body_start=0.250 body_end=0.500; newsarchive with the declarations taken out: the same
  figures). One thing to disclose: the last held-out page, hk_niaolei_news, was saved a few seconds before the score
  was taken, so it was scored again after: the same figures (no code had changed, ``git diff`` empty);
- dev, on the code before any rule of the round, against the expectations as mended by a written convention (a
  group's paper before its reporters on its own news site is a source, tw_niaolei_news's "合眾日報"): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.875 attributions=0.959 images=0.938;
- dev and held out after the rules (see "Hundred-and-sixty-fourth held-out round" in docs/extraction-design.md): the
  known failure below aside, every field right. The rules made after the blind score, from the held-out pages: a deck
  named as the intro over the byline's box, a closing note on a fund's support as the outlet's tagline, a writer's
  bracketed signature in an old layout's ``<font>`` after the text's box.

``tests/unseen_score.py unseen164`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, field_test  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen164"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: the page's two in-text teasers ("Read more:", "Related:") carry the story's title as the link's address and
    # the address as its words ("<a href='Bald eagles return to nest …'>https://…/72931845007/</a>"): as written, they
    # lead nowhere (a browser resolves the title against the page's address); reading an address out of a link's words
    # is no rule to make for one page's slip
    ("us_birds_news", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)

_SWAN_TEXT = "".join(f"<p>　北奥市の寒沢湖で21日、愛護会による今季3回目の一斉調査が行われ、白鳥1184羽が確認された。今季最多で、昨季の最多を約200羽上回った。第{n}段落。</p>"
                     for n in range(4))


def test_sources_in_german_and_french_relative_clauses() -> None:
    """An outlet that first reported a finding, named in a German relative clause with an adverb before its article
    ("…, über die zuerst der „Talbote“ berichtet hatte, …"), and in a French one with a time between the verb and the
    outlet ("…, révélé à l’époque par L’Écho du Val, qui …"), is a source."""
    assert cited_sources("Nach einer Auswertung der Vogelwarte, über die zuerst der „Talbote“ berichtet hatte, stammen "
                         "mehr als die Hälfte der Brutvögel von Westziehern ab.", lang="de") == ["Talbote"]
    assert cited_sources("C’est ce bilan, révélé à l’époque par L’Écho du Val, qui avait conduit l’association à "
                         "saisir la justice.", lang="fr") == ["L’Écho du Val"]


def test_deck_named_intro_over_the_byline_box() -> None:
    """A paragraph named as the intro right under the headline in the header's box, the byline's box right after it
    (the writer's name, role and time in spans), is the deck, not the text's opening; a closing note that the story was
    produced with a fund's support is the outlet's tagline, not the text."""
    header = ("<div class='kn-article__header'><h1>A drained swamp is booming with bitterns again</h1><p "
              "class='kn-article__intro'>Five years after the drains were blocked, the bittern is breeding at the "
              "swamp again, and the count of fernbirds has tripled.</p><div class='kn-byline'><div "
              "class='kn-byline__text'><span class='kn-byline__name'><a href='/authors/mere-hollis'>Mere "
              "Hollis</a></span><span class='kn-byline__role'>Environment reporter</span><span "
              "class='kn-byline__date'><time>05:00, Nov 14 2026</time></span></div></div></div>")
    text = "".join(f"<p>On a still morning at the swamp, the loudest sound is a deep booming call that farmers once "
                   f"knew well and had almost forgotten, part {n}.</p>" for n in range(5))
    tagline = "<p>This story was produced with the support of the Public Interest Journalism Fund.</p>"
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Bitterns</title></head><body><article "
            f"class='kn-article'>{header}<div class='kn-article__body'>{text}{tagline}</div></article></body></html>")
    record = _extract(html)
    assert record["body"].startswith("On a still morning")
    assert record["body"].endswith("part 4.")


def test_bracketed_signature_in_old_type_after_the_text_box() -> None:
    """A Japanese regional paper's writer in full-width brackets in a box of its own right after the text's box, its
    words in an old layout's ``<font>`` ("</div><div class='kisha'><font size='2'>（NAME）</font></div>"), is the
    byline."""
    html = ("<html lang='ja'><head><meta charset='utf-8'><title>白鳥</title></head><body><table><tr><td><h1>寒沢湖の白鳥、今季最多"
            f"</h1><div class='honbun'>{_SWAN_TEXT}</div><div align='right' class='kisha'><font size='2'>（佐伯真琴）</font>"
            "</div></td></tr></table></body></html>")
    assert _extract(html)["authors"] == ["佐伯真琴"]


def test_a_readers_picture_provided_by_its_owner() -> None:
    """A caption's credit saying who provided the picture ("Provided by NAME", as a chain of papers prints a reader's
    photograph) is the photo credit, apart from the caption, whether set in a span of its own or after the caption's
    last sentence."""
    def figure(caption: str) -> str:
        return ("<figure><img src='https://news.example/img/grosbeak.jpg' alt=''><figcaption>"
                f"{caption}</figcaption></figure>")
    spans = figure("<span class='cp'>An evening grosbeak visits a feeder. The finch had not been recorded since "
                   "2013.</span><span class='ccr'>Provided by Ruth Adebayo</span>")
    inline = figure("An evening grosbeak visits a feeder. The finch had not been recorded since 2013. Provided by Ruth "
                    "Adebayo")
    text = "".join(f"<p>Volunteers counted 212 bald eagles along the creek during the annual bird count, part {n}.</p>"
                   for n in range(5))
    for caption in (spans, inline):
        images = _extract(article_page(text[:120] + caption + text[120:]))["images"]
        assert [(i["caption"], i["credit"]) for i in images] == [
            ("An evening grosbeak visits a feeder. The finch had not been recorded since 2013.",
             "Provided by Ruth Adebayo")]
