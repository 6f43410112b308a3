"""A thirty-eighth held-out round of pages imitating publishing systems (issue 9): regional papers and portals
republishing and combining agency copy, in English, German, French, Spanish-language US media and Japanese, declaring
little (eight of the twelve declare no writer, or only the organisation, a placeholder or the first of several
writers; three declare no JSON-LD at all). The held-out pages are scored blind (no test runs on them, and no field of
theirs is seen failing, before the single held-out score), BEFORE any rule of the round. The round's focus:
attributions (agencies, contributors, sources) and authors.

Each page in ``fixtures/unseen38`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- us_ap: a US regional daily on a TownNews-like system running AP copy (the organisation declared, "By NAME and NAME
  Associated Press" in capitals, "HARLAN (AP) —" dateline, "NAME - staff, AP" under the caption, a "Related" box,
  "Courier staff writer NAME contributed to this report." in italics, AP copyright note, "Most Popular" and
  "Latest State News" rails with AP bylines);
- ca_cp: a Canadian Postmedia-like paper running Canadian Press copy ("Author of the article: The Canadian Press"
  then the writer's bare name, the agency declared as a Person, "Photo by NAME /THE CANADIAN PRESS", "Recommended
  from Editorial", "This report by The Canadian Press was first published March 11, 2026.");
- de_dpa: a German regional combining dpa, AFP and epd (no author declared, an intro paragraph in the header, a bold
  "Berlin/Bremen." dateline, "Lesen Sie auch", "(dpa/AFP/epd)" closing the text, "Mit Material von dpa und AFP",
  "Von NAME, dpa" after the text);
- at_apa: an Austrian portal in table layout, no JSON-LD (a bold teaser above the text, "Bild: APA/NAME", "Mehr zum
  Thema:", "APA/red" and "Quelle: APA" closing);
- fr_afp: a French regional running AFP copy (the organisation declared, "Par Le Journal de l'Ouest avec AFP", a
  chapo, "© AFP/NAME", "LIRE AUSSI", "(avec AFP)" closing, "À lire aussi" cards with bylines);
- es_efe: a Spanish-language US outlet running EFE copy ("Redacción" declared, "EFE | Miami" in bold, a caption
  closing "EFE/NAME", "Le puede interesar:", "Por NAME / EFE" closing the text);
- jp_kyodo: a Japanese regional paper running Kyodo copy, no JSON-LD (a full-width space opening paragraphs,
  "【関連記事】", "（共同）" closing the text, a Kyodo copyright note);
- agg_app: a news app page re-serving a local paper's story (only the first of two writers declared, the outlet's
  name above the title, "By NAME and NAME for OUTLET", "6h ago", a "Key points" box before the text, "Originally
  published on OUTLET", "More from OUTLET" and "For You" cards);
- uk_pa (held out): a UK regional on a Newsquest-like system running PA copy ("Press Association" declared as a
  Person, a standfirst in "article-first-paragraph", "By NAME, PA Consumer Affairs Correspondent", "(NAME/PA)"
  closing the caption, "Read more:", "Additional reporting by PA");
- ch_sda (held out): a Swiss regional portal, no JSON-LD ("Keystone-SDA/NAME" above the date, a lead, a drop-cap
  first letter in its own span, "KEYSTONE/NAME" in italics closing the caption, "Das könnte Sie auch interessieren",
  "sda/bg" closing);
- be_belga (held out): a Belgian portal on an Arc-like system ("Par NAME et Belga", a bold intro paragraph inside
  the text, "Photo News", "Lire aussi", "Par la rédaction avec Belga" closing);
- jp_portal (held out): a Japanese news portal re-serving a paper's story (the paper declared as the author,
  "3/11(水) 21:10配信", "（NAME／中日新聞）" closing the text, "提供元：中日新聞", "関連記事" with the outlet's name).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the writer
named with the agency ("By NAME Associated Press", "Von NAME, dpa", "Keystone-SDA/NAME", "Por NAME / EFE", "（NAME／
中日新聞）") is the author and the agency or paper the source; "NAME contributed to this report", "Additional reporting
by AGENCY", "Mit Material von AGENCY", "(avec AFP)", "(dpa/AFP/epd)", "Par … avec Belga" make contributors; a bare
"APA/red", "Quelle: APA", "（共同）" and "The Canadian Press" as the only byline make the agency the source and nobody
the author; an app re-serving an outlet's story credits the outlet as source; the "(avec AFP)", "(dpa/AFP/epd)" and
"（共同）" closing the last sentence stay part of it; "Key points" boxes, intros, teasers and leads above the text are
no body (conventions: a standfirst is not body), a bold first paragraph inside the text's box is; "This report by The
Canadian Press was first published …", "Mit Material von …", "Additional reporting by …", "Par la rédaction avec …",
"Originally published on …" are no body; section latest, most read, "More from OUTLET", "For You" cards are no teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): us_ap, ca_cp, de_dpa, at_apa, fr_afp, es_efe, jp_kyodo, agg_app;
- held out (scored once, blind, before any rule of the round): uk_pa, ch_sda, be_belga, jp_portal.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (against my first expectations): headline=1.000
  authors=0.500 date=1.000 body_start=0.750 body_end=1.000 related=1.000 attributions=0.476 images=0.500;
- held out, the same code, after the mended expectations below: headline=1.000 authors=0.500 date=1.000
  body_start=0.750 body_end=1.000 related=1.000 attributions=0.583 images=0.500;
- dev, before any rule of the round (first expectations): headline=1.000 authors=0.750 date=1.000 body_start=0.875
  body_end=0.875 related=0.800 attributions=0.329 images=1.000;
- dev, before any rule, after the mended expectations: headline=1.000 authors=0.750 date=1.000 body_start=0.875
  body_end=0.875 related=0.875 attributions=0.785 images=1.000;
- dev, after the dev rules (see "Thirty-eighth held-out round" in docs/extraction-design.md: a byline's agency and
  its dateline's short name are one source; agencies in brackets closing the text; "More from OUTLET" on a copy
  canonical on the outlet's host), with jp_kyodo's mended expectation below: headline=1.000 authors=0.750 date=1.000
  body_start=0.875 body_end=0.875 related=1.000 attributions=0.961 images=1.000;
- held out, after the dev rules and one held-out kind fixed by rule ("（NAME／中日新聞）" closing a Japanese text):
  headline=1.000 authors=0.750 date=1.000 body_start=0.750 body_end=1.000 related=1.000 attributions=0.667
  images=0.500;
- held out, after one more held-out kind fixed by rule (a credit that is a known agency's whole name, "Photo News",
  keeps its first word): headline=1.000 authors=0.750 date=1.000 body_start=0.750 body_end=1.000 related=1.000
  attributions=0.750 images=0.750.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=0.750
date=0.833 body_start=0.833 body_end=0.917 related=1.000 attributions=0.863 images=0.917.

Expectations mended after the first dev run, each to follow a convention already written or plain in the earlier
sets: a photo attribution names the credit as printed ("Sina Schuldt/dpa", "AFP/Loïc Venance", as unseen2's
"Bryon Houlgrave/The Register" and unseen14's "Nicolas Maeterlinck/BELGA/dpa/picture alliance"), not the
photographer alone (all pages with a credit, held out too); an agency named in a byline with no dateline of its own
is a contributor, and "Quelle: AGENCY" credits a contributor (docs/extraction-design.md: 'three Global News bylines'
"The Associated Press" ... from contributor to source' was refused; '"Quelle: dpa" ... a contributor'; 'A byline's
agency that is the dateline's ... recorded once, as the source'): ca_cp's "The Canadian Press", es_efe's "EFE", at_apa's
"APA", ch_sda's "Keystone-SDA" (held out) and uk_pa's "PA" (held out; only the contributor kept) are contributors,
us_ap's AP (its dateline "HARLAN (AP) —") stays the source; fr_afp's "À lire aussi" cards after the article are a
labelled related box (the conventions: labelled related boxes after the text hold teasers), not a section's feed.
jp_kyodo's source was first expected as "共同通信"; the page prints only "（共同）" (the copyright note's "共同通信社"
aside), and an attribution names what the page prints (as the photo credits above), so "共同" (arguable: unseen16's
Kyodo page printed "(共同通信)" itself).

``tests/unseen_score.py unseen38`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen38"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # "Author of the article: The Canadian Press" then the writer's bare name in a second "published-by" box: the
    # agency's line is read and the bare name not (the writer then misses from the attributions too); not tried
    ("ca_cp", "authors"), ("ca_cp", "attributions"),
    # a newsletter box inside the article after the text's box is kept as the body's end, and "This report by The
    # Canadian Press was first published …" before it; tried: the wire note as a closing tagline (hints.TAGLINE), which
    # left the newsletter the text's last block, so not kept
    ("ca_cp", "body_end"),
    # "Von NAME, dpa" in the article's footer after the text, with "Mit Material von dpa und AFP" in an "author-line"
    # paragraph of the text: two byline-like lines, so neither is taken; tried: skipping agency-material lines among the
    # marked bylines and BEM's "article__footer" as a post footer, which did not reach it (another path takes the
    # footer's byline when the material line is gone); not kept
    ("de_dpa", "authors"), ("de_dpa", "attributions"),
    # a standfirst in "article-first-paragraph" above the byline, read as the body's start: the known kind of the last
    # rounds (a subtitle / p.description / div.leadIn standfirst); not tried
    ("uk_pa", "body_start"),
    # "Keystone-SDA/NAME" above the date (the agency and the writer after a slash) not read as a byline; "sda/bg"
    # gives "sda", not "Keystone-SDA"; the caption's "(Archivbild)" note is taken into the credit; tried: "Archivbild"
    # as a picture note (credits._PICTURE_NOTE), which did not move it (another split reads it); not kept
    ("ch_sda", "authors"), ("ch_sda", "attributions"), ("ch_sda", "images"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
