"""A sixty-ninth held-out round of pages imitating publishing systems (issue 9): article formats whose opening is not a
plain first paragraph, in English, German, French and Japanese (body start being the weakest held-out field the
private sets check): a live blog with a summary over timestamped entries, an explainer under a table of contents box,
a Q&A interview (an introduction, then bold questions), a listicle (an intro, then numbered headings), an opinion piece
under an editor's note, a story under an "Update, 5. März:" note, a story under an "AI要約" summary box, an
old-article banner ("This article is more than 5 years old"); held out: a trigger warning before the text, a pull
quote as the first block, a sponsored/PR label over the text, a "Listen to this article" player with its transcript
note. The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the
single held-out score), BEFORE any rule of the round.

Each page in ``fixtures/unseen69`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (systems not imitated before, by ``grep -il`` over the earlier rounds' modules, or a neighbour
of the same kind, named so):

- scribblelive: a UK regional paper's live blog (a ScribbleLive-like feed embedded server-side: LiveBlogPosting
  declared, a "Summary" list box over the feed, entries newest first with a time, the writer and an ``<h3>`` title, a
  "Read more:" line inside an entry, an ad slot between entries, "(Image: NAME)" closing the caption, "More On
  Weather" teasers, "Most Read");
- quarks: a German science explainer on WordPress (Quarks-like: the Easy-Table-of-Contents "Inhalt" box opening
  the text's box, ``<h2>`` sections with anchors, a "Gut zu wissen" info box, "Weitere Informationen:" with a link,
  "| Bild: Imago / NAME" closing the caption, "Das könnte dich auch interessieren", "Meistgelesen");
- causette: a French magazine's interview (Causette-like: "Propos recueillis par NAME", a chapo, an introduction of
  two paragraphs, then bold questions and the answers, the first prefixed by the speakers' names, "À lire aussi", a
  book's reference closing the text, "© NAME" as the credit, "Sur le même sujet", "Les plus lus");
- thrillist: a city food listicle on Next.js (Thrillist-like: an intro of two paragraphs, then nine ``<h2>``
  headings numbered "1." to "9." with an address line each, a commission disclosure box over the text, a newsletter
  insert, "Want more? Check out …" closing the text, "Photo by NAME" in the caption's div, "Keep Reading" cards);
- deseret: an opinion piece on Arc XP (Deseret-News-like: "Opinion:" headline, an italic "Editor's note: This is
  part of a series … The views are the author's own." opening the text, "Contributor" under the writer, "NAME,
  OUTLET" as the credit, "Related:" inside the text, the writer's italic tagline closing it, "More in Opinion",
  "Trending");
- noz: a German regional paper's paid story (NOZ-like, a neighbour of the Ippen papers imitated before: "Update, 5.
  März: …" in bold opening the text, "Aktualisiert: …" beside the date, "Lesen Sie auch:" inside the text, "Foto:
  NAME" in the caption, an author box, a paywall offer, "Mehr aus Löningen", "Meistgelesen");
- jp_bizpoints: a Japanese business web magazine (a neighbour of the business weeklies imitated before: an "AI要約
  β版" box of three points and its note "※この要約はAIが自動で作成したものです。…" over the text, "（撮影：NAME）"
  closing the caption, "【関連記事】" inside the text, "あわせて読みたい", "アクセスランキング");
- standard: a London paper's transport story of 2020 (a neighbour of the Guardian's banner: an Evening-Standard-like
  page with "This article is more than 5 years old" in a note box under the byline, "(PA)" as the credit, a "Read
  more" box inside the text, "More about" topics, "Trending");
- madmoizelle (held out): a French women's magazine (Madmoizelle-like: "Trigger warning : cet article évoque …" in a
  note box opening the text, "Crédit photo : NAME / Unsplash" as the only caption, "À lire aussi :", a helpline's
  italic line closing the text, "Les dernières actualités");
- kontext (held out): a German weekly on TYPO3 (Kontext-Wochenzeitung-like: a large ``blockquote.zitat-gross`` pull
  quote as the text's first block, repeated word for word in a later paragraph, "Datum: 04.03.2026", "Foto: NAME"
  closing the caption, "Mehr zum Thema:", readers' comments under the text);
- jp_brandstudio (held out): a Japanese business platform's sponsored article (NewsPicks-Brand-Design-like: the
  studio declared as the author, "Sponsored 提供：COMPANY" over the headline, "取材・文：NAME", "写真：NAME",
  "デザイン：NAME", "編集：NAME", "PR｜… Brand Design" in a box opening the text, the sponsor's box after it, readers'
  comments, "おすすめの記事");
- statemonthly (held out): a state magazine on WordPress (Texas-Monthly-like: the magazine declared as the author, a
  "Listen to this article · 14 min" player with "This audio version was generated by a synthetic voice; the text
  below is its transcript." opening the text's box, "Photograph by NAME", "Read Next" inside the text, "This article
  originally appeared in the March 2026 issue …" after it, "More from Travel & Outdoors").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them (by the design
doc's conventions, or decided here where none was written): a summary box ("Summary" over a live blog, "AI要約",
like "Key Points" and "Key takeaways", `body._SUMMARY_LABEL`), a table of contents box, an editor's note (as
`body._EDITOR_NOTE_LABEL`), an "Update, DATE:" note (as the correction note over the text, `hints.CORRECTION_NOTE`),
an old-article banner, a trigger or content warning, a sponsored/PR label and an audio player's prompt and transcript
note (as `hints.PROMPT_TEXT`'s "Listen to this story") open no text; a pull quote repeated later in the text opens
none (`body._repeated_elsewhere`); an interview's introduction opens its text, and a listicle's intro opens its text
(the numbered headings are headings, not its opening); a live blog's text opens with its newest entry's title,
the first of the subheads (as `body._opens_section` keeps it; first written as the entry's first paragraph, see
below) and closes with its oldest entry's last paragraph (decided here: the feed reads top to bottom as the reader
sees it); a writer's italic tagline, a helpline line, a book's reference and a
"Want more? Check out …" line close no text; a placeholder declared as the writer (the studio, the magazine) gives
way to the person printed, and "デザイン：", "編集：" name no writer; a credit "NAME, OUTLET" is credited whole (as unseen60
decided); labelled teasers after the text ("Das könnte dich auch interessieren", "Sur le même sujet", "あわせて読みたい",
"おすすめの記事", "Mehr zum Thema:") and labelled links inside it are related, "Keep Reading" cards (unseen34), "More
…", "Most read", "Trending", "Meistgelesen", "ランキング" lists are not.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): scribblelive, quarks, causette, thrillist, deseret, noz, jp_bizpoints,
  standard;
- held out (scored once, blind, before any rule of the round): madmoizelle, kontext, jp_brandstudio, statemonthly
  (a trigger warning, a pull quote, a sponsored label and an audio player over the text).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.500
  body_end=0.750 related=0.750 attributions=1.000 images=1.000 (madmoizelle's trigger warning and helpline line,
  statemonthly's audio note, jp_brandstudio's "おすすめの記事" failing);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=0.875
  related=0.857 attributions=0.938 images=1.000. Three dev expectations were changed after that run, to follow
  conventions written in earlier rounds that the first expectations contradicted (found when looking for where a
  rule would go): scribblelive's text opens with its newest entry's title, as a live blog's first entry title is
  kept (`body._opens_section`, the live blog of ``test_unseen.py``; unseen43's fr_live expects otherwise and keeps
  it a known failure), so its ``body_first`` is "Ferries cancelled until Friday The harbour's …"; thrillist's "Keep
  Reading" cards are no related links (unseen34's convention: "Keep Reading" heads a feed); deseret's credit "NAME,
  OUTLET" is credited whole, as unseen60's startribune and La Presse's credits are. No rule was written for the first
  expectations, so none was dropped for them;
- dev, after the dev rules (see "Sixty-ninth held-out round" in docs/extraction-design.md: an update note over the
  text opens none; "Weitere Informationen" labels a teaser line): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=0.875 related=0.875 attributions=1.000 images=1.000 (causette's book reference closing
  the text, thrillist's "Want more? Check out …" link failing, both known failures);
- held out, after the dev rules: unchanged (body_start=0.500 body_end=0.750 related=0.750, the rest 1.000);
- held out, after two held-out kinds fixed by rule (an audio version's note on its synthetic voice is the player's;
  "Trigger warning :", "Content warning:", "Triggerwarnung:" open no text): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=0.750 related=0.750 attributions=1.000 images=1.000 (no held-out expectation changed
  after a run); madmoizelle's helpline line and jp_brandstudio's "おすすめの記事" are known failures (madmoizelle's
  line, in a ``p.mmag-help``, is read as a help box since unseen131).

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=1.000 body_start=1.000 body_end=0.833 related=0.833 attributions=1.000 images=1.000 (the same four known
failures).

``tests/unseen_score.py unseen69`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen69"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # an interview's closing book reference in its own paragraph ("<em>TITLE</em>, de NAME, Éditions …, 240 pages,
    # 21 €."): a note on the book, no sentence of the text, but a title, a publisher and a price make no pattern
    # general enough yet (one fixture's line would be tuning)
    ("causette", "body_end"),
    # "<em>Want more? Check out <a>the best dumplings in Portland</a>.</em>" closing a listicle: the link is related,
    # but "Want more? Check out" is no teaser label (a question and a verb, too loose a wording for one page)
    ("thrillist", "related"),
    # "おすすめの記事" heading the sponsored article's recommended links after the text: no Japanese teaser label yet
    # for it ("こちらの記事もおすすめ" is one); held-out kind left: tried as a label, it made unseen6's note and
    # unseen44's jp_block take their "おすすめ記事" boxes, no related links by their conventions, as related (dropped)
    ("jp_brandstudio", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://news.example/2026/03/05/story") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_TEXT = ("<p>Wer morgens von Herzlake nach Löningen zur Arbeit will, braucht seit Dezember gute Nerven, denn die "
         "Brücke ist gesperrt.</p>"
         + "".join(f"<p>Die Sanierung dauert länger als geplant, Abschnitt {i}, und der Umweg über Bunnen kostet "
                   "Pendler jeden Tag zwölf Kilometer.</p>" for i in range(5)))


def _page(inner: str, title: str = "Brücke bleibt länger gesperrt") -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<div class='article__body'>{inner}</div></article></body></html>")


def test_an_update_note_over_the_text_opens_none() -> None:
    """"<p><strong>Update, 5. März:</strong> Der Landkreis hat … bestätigt …</p>" opening a regional paper's text:
    the update note speaks of the text, which opens after it, as a correction note does ("Update, March 5:",
    "UPDATE 3/5:", "Aktualisierung (14.20 Uhr):"); a sentence starting "Updated plans …" opens it, and "Updated at
    1:23 p.m." has a time's colon, no label's."""
    from newsarchive.extraction.hints import UPDATE_NOTE

    note = ("<p><strong>Update, 5. März:</strong> Der Landkreis hat am Donnerstagmorgen bestätigt, dass Radfahrer "
            "die Brücke ab Montag wieder nutzen dürfen.</p>")
    assert _extract(_page(note + _TEXT))["body"].startswith("Wer morgens von Herzlake")
    kept = "<p>Updated plans for the bridge were shown to the council on Wednesday evening by the county.</p>"
    assert _extract(_page(kept + _TEXT))["body"].startswith("Updated plans for the bridge")
    assert UPDATE_NOTE.match("UPDATE 3/5: The county has since confirmed the closure.")
    assert UPDATE_NOTE.match("Updated at 1:23 p.m.") is None
    assert UPDATE_NOTE.match("Update your browser: the site needs a newer one.") is None


def test_weitere_informationen_labels_a_teaser_line() -> None:
    """"Weitere Informationen: <a>TITLE</a>" inside a German explainer's text (or heading a public broadcaster's
    teaser box) points to one more story, as "Lesen Sie auch:" and Spanish "Más información" do: the link is related
    and the line no text; a sentence about "weitere Informationen" stays text."""
    from newsarchive.extraction.hints import TEASER_TEXT

    line = ("<p>Weitere Informationen: <a href='https://news.example/klima/heizungsgesetz-was-gilt-jetzt/'>"
            "Heizungsgesetz: Was gilt jetzt für Hausbesitzer?</a></p>")
    got = _extract(_page(_TEXT + line + _TEXT))
    assert "https://news.example/klima/heizungsgesetz-was-gilt-jetzt/" in {r["url"] for r in got["related_links"]}
    assert "Heizungsgesetz: Was gilt" not in got["body"]
    assert TEASER_TEXT.match("Weitere Informationen")
    assert TEASER_TEXT.match("Die Stadt will weitere Informationen im April vorlegen.") is None


def test_an_audio_versions_voice_note_is_no_text() -> None:
    """"Listen to this article · 14 min" over "This audio version was generated by a synthetic voice; the text below
    is its transcript." opening a magazine's text: the note on the player's voice is the player's, as its prompt is;
    a sentence on an audio recording ("This audio recording was made by police …") opens the text."""
    player = ("<div class='audio-player'><p>Listen to this article</p><p>14 min</p><p>This audio version was "
              "generated by a synthetic voice; the text below is its transcript. Let us know what you think.</p></div>")
    text = ("<p>The ferry at Ruston Bend is not much to look at: a steel deck the size of two parking spaces and a "
            "rusted cable.</p>" + "".join(f"<p>For ninety years, part {i}, it has carried cars, tractors and the "
                                          "occasional wedding party across the river.</p>" for i in range(5)))
    assert _extract(_page(player + text, "The Last Ferry"))["body"].startswith("The ferry at Ruston Bend")
    kept = ("<p>This audio recording was made by police in 2019 and shows the officers arguing about the ferry's "
            "closing time.</p>")
    assert _extract(_page(kept + text, "The Last Ferry"))["body"].startswith("This audio recording was made")


def test_a_content_warning_opens_no_text() -> None:
    """"<p><strong>Trigger warning :</strong> cet article évoque …</p>" in a note box opening a magazine's text (or
    "Content warning:", "Triggerwarnung:"): a note on the text, which opens after it; a sentence on trigger warnings
    opens it."""
    note = ("<div class='trigger-warning'><p><strong>Trigger warning :</strong> cet article évoque des fausses couches "
            "et le deuil périnatal. Prenez soin de vous.</p></div>")
    text = ("<p>Une grossesse sur quatre se termine par une fausse couche, le plus souvent au cours du premier "
            "trimestre.</p>" + "".join(f"<p>Trois lectrices racontent, témoignage {i}, ce qu'elles ont vécu après la "
                                       "perte et le silence qui a suivi.</p>" for i in range(5)))
    assert _extract(_page(note + text, "Le silence après la perte"))["body"].startswith("Une grossesse sur quatre")
    kept = ("<p>Les trigger warnings divisent les universités depuis dix ans, et le débat revient chaque "
            "rentrée.</p>")
    assert _extract(_page(kept + text, "Le silence après la perte"))["body"].startswith("Les trigger warnings")
