"""A fifty-fourth held-out round of pages imitating publishing systems (issue 9): English-language national and
international news sites on the big newsroom platforms, declaring little or declaring titles that differ from the
printed ones (SEO titles and ``og:title``s worded otherwise than the visible heading, longer or shorter, with the
site's name and section after "|", "-", ":"), with kickers and labels above the heading, a live-updated story,
several writers joined by "and" and commas, writers' job lines, "Additional reporting by" and agency credits.
Eleven of the twelve declare no person as writer (the organisation or nothing; nypost declares the first of its
two), businesswire no JSON-LD. The held-out pages are scored blind (no test runs on them, and no field of theirs is
seen failing, before the single held-out score), BEFORE any rule of the round. The round's focus: headline, authors,
body start and end, attributions.

Each page in ``fixtures/unseen54`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- bostonglobe: an Arc XP paper (Boston Globe-like, neighbour of the Arc XP papers imitated before: a shorter
  ``og:title`` and a longer SEO ``<title>`` than the heading, no writer declared, an overline link above the
  ``<h1>``, "By <a>NAME</a> and <a>NAME</a> Globe Staff,Updated …" glued, "Related:" link line inside the text,
  the writers' "can be reached at" line closing it, a "Most Popular" list);
- nypost: a WordPress VIP national site (New York Post-like: Yoast's graph declaring the first writer only, an
  ``og:title`` worded otherwise, section and "Exclusive" labels above the heading, "By NAME and NAME" in spans,
  "Published March 12, 2026, 5:30 p.m. ET", "NAME for NY Post" credit, a newsletter box inside the text,
  "Additional reporting by NAME" in italics closing it, a "Trending Now" rail);
- pbs: a Brightspot broadcaster (PBS News-like, neighbour of the Brightspot stations imitated before: no writer
  declared, "By —" then each writer's link with a job line after a comma, "Leave your feedback", "Photo by
  NAME/AP" closing the caption, "Associated Press writer NAME contributed to this report." closing the text, a
  "Related" box of cards after it);
- eveningstandard: a custom-CMS British daily (Standard-like: a section label above the heading, a standfirst
  repeating the description, the writer's link and her job line in spans of their own, the credit in its own span,
  a "Read More" box of links inside the text, "Additional reporting by NAME" closing it);
- express: a British tabloid (Express-like: a longer SEO title with its section trail "| UK | News | Express.co.uk",
  the standfirst as an ``<h3>``, "By <a>NAME</a>, Senior News Reporter and <a>NAME</a>, News Reporter", a bold
  first paragraph, "(Image: Getty)" closing the caption, "READ MORE" box inside the text, "Related articles" after);
- sbs: an Australian national broadcaster's news site (SBS News-like, neighbour of the ABC and Nine pages imitated
  before: the tags above the heading, the picture before the byline, "By <span>NAME</span>, <span>NAME</span>",
  "Source: AAP / NAME" credit, a "Key Points" box before the text, "With AAP" in italics closing it, "Recommended for
  you");
- msnbc: a US cable network (MSNBC-like, neighbour of the NBC News page of unseen13: a live-updated story declared
  as a ``LiveBlogPosting``, a "Live Updates" label above the heading, the dek repeating the description, three
  writers "NAME, NAME and NAME", the credit in the caption's own span, "NBC News’ NAME contributed." closing the text,
  a "Recommended" aside after it);
- businesswire: a business wire's site (Business Wire-like, neighbour of the PR Newswire page of unseen28: no JSON-LD,
  no writer, the release's italic sub-head, "BOSTON--(BUSINESS WIRE)--" opening the text, "About COMPANY" closing
  it, then "Contacts" and "More News From COMPANY");
- examiner (held out): an Irish national (Irish Examiner-like, neighbour of the Irish Times and Irish Independent
  pages imitated before: the organisation declared as author, two writers' links joined by "and" without "By",
  "Picture: NAME" closing the caption, a "Read More" link box, "Additional reporting: Press Association");
- ctv (held out): a Canadian national broadcaster on Arc XP (CTV News-like: a live-updated story with "LIVE
  UPDATES" and section labels above the heading, each writer's link with ", JOB" in a span after it, crossheads,
  "RELATED STORIES" inside the text, "(NAME / The Canadian Press)" closing the caption, "With files from The
  Canadian Press");
- mashable (held out): a US digital native (Mashable-like: the category above the heading, a dek ``<h2>``, "By
  NAME" with her job line under it, "Credit: COMPANY" in the caption, crossheads, "SEE ALSO:" box, a newsletter box
  and the writer's bio after the text, "Recommended For You");
- newrepublic (held out): a political magazine (The New Republic-like: an ``og:title`` and SEO title opening with
  "Why the Senate's …" over the heading's shorter words, a dek ``<h2>``, "NAME/March 12, 2026", the writer's bio
  line and a subscription box after the text, "Read More:" with a story and a tag page).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the headline
is the visible ``<h1>`` whatever the declared titles word (conventions "The page's only heading", "A title's
trail"); labels above the heading (section, "Exclusive", "Live Updates") are no headline part; job lines after a
writer's name ("Globe Staff", ", Senior News Reporter", "Tech Reporter") name nobody; "Additional reporting by
NAME", "Additional reporting: AGENCY", "NAME contributed", "With files from AGENCY" and "With AAP" credit
contributors; "… contributed" and "With files from" lines stay in the text (``hints.AGENCY_LINE``), the
"Additional reporting" lines close it; the writers' "can be reached at" line is a tagline; standfirsts repeating the
description (an ``<h3>``, a dek) are no body; a "Key Points" box is a summary, no body; a release's "About COMPANY"
paragraph is the release's text (as unseen28's prwire), its contacts none, and "More News From COMPANY" is the
company's feed, no teasers (as a writer's feed); "Recommended" and "Recommended for you" boxes are the site's picks
(conventions "A bare Recommended next to the article", "Recommended for you"); "Most Popular", "Trending Now", "Top
Stories" and "More in this section" are feeds; "Related", "Read More", "READ MORE", "RELATED STORIES", "SEE ALSO:",
"Related articles" and "Related:" label teasers; a tag page under "Read More:" is no story.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): bostonglobe, nypost, pbs, eveningstandard, express, sbs, msnbc, businesswire;
- held out (scored once, blind, before any rule of the round): examiner, ctv, mashable, newrepublic.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=0.938 date=1.000 body_start=1.000 body_end=1.000
  related=1.000 attributions=0.833 images=1.000 (bostonglobe's "By NAME and NAME Globe Staff" named "NAME Globe";
  businesswire's "BOSTON--(BUSINESS WIRE)--" named no source);
- dev, after the dev rules (see "Fifty-fourth held-out round" in docs/extraction-design.md: the paper's short name
  before a staff title glued after a writer's name is no part of it; a release wire's dateline glued by double
  hyphens names the wire): all eight fields 1.000;
- held out, after the dev rules: unchanged, all eight fields 1.000 (no held-out kind to fix).

All twelve with what they declare taken out (``--undeclared``), before the rules: headline=1.000 authors=0.958
date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=0.880 images=1.000 (the two dev misses, and
sbs's "Source: SBS News" read as a source: with no site name declared, its logo links "/news", the news site's home
under the host, not "/"); after the rules, with the logo linking the news site's home naming the site (the third
rule, of that undeclared kind): all eight fields 1.000.

No expectation was changed after a run.

``tests/unseen_score.py unseen54`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen54"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://www.harbourtimes.example/2026/03/12/metro/story/") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_TEXT = ("<p>The board voted on Thursday to raise the fares on both boat routes, the first increase in seven years, "
         "after a long hearing.</p>" * 5)


def _byline_page(byline: str) -> str:
    return ('<html><head><title>Ferry fares to rise - The Harbour Globe</title>'
            '<meta property="og:site_name" content="The Harbour Globe"></head><body><main><article>'
            '<h1>Ferry fares to rise this summer</h1><div class="byline">' + byline + "</div>"
            '<div class="article-body">' + _TEXT + "</div></article></main></body></html>")


def test_the_papers_short_name_before_a_staff_title_is_no_name() -> None:
    """"By <a>NAME</a> and <a>NAME</a> Globe Staff": the paper's name's last word ("Globe" of "The Harbour Globe",
    "Times" of "… Times"), then job words, glued after the last writer's name, is the paper's staff title, no part of
    her name; a surname followed by a job title stays, and so does a name ending with a word the site's name does not
    end with."""
    from newsarchive.extraction.authors import split_byline

    sites = ["The Harbour Globe"]
    assert split_byline("By Nora Keane and Tomás Reyes Globe Staff", sites)[0] == ["Nora Keane", "Tomás Reyes"]
    assert split_byline("By Ann Lee Globe Staff Writer", sites)[0] == ["Ann Lee"]
    assert _extract(_byline_page('<span class="credit">By <a href="/staff/nora-keane/">Nora Keane</a> and '
                                 '<a href="/staff/tomas-reyes/">Tomás Reyes</a> Globe Staff</span>'))["authors"] \
        == ["Nora Keane", "Tomás Reyes"]
    # negative: no site's word before the job title, or none after the name
    assert split_byline("By Ann Lee Staff Writer", sites)[0] == ["Ann Lee"]
    assert split_byline("By Mary Ann Whitcombe Staff Writer", sites)[0] == ["Mary Ann Whitcombe"]
    assert split_byline("By Ann Globe", sites)[0] == ["Ann Globe"]
    assert split_byline("By Ann Lee Globe Staff", ["The Harbour Times"])[0] == ["Ann Lee Globe"]


def test_a_release_wires_glued_dateline_names_the_wire() -> None:
    """"BOSTON--(BUSINESS WIRE)--Harbor Robotics … today announced": the release wire in brackets glued to the place
    by double hyphens is the story's source, as "LONDON (Reuters) -" is; an aside in brackets glued so inside a sentence
    names none."""
    from newsarchive.extraction.attributions import credited

    assert credited("BOSTON--(BUSINESS WIRE)--Harbor Robotics today announced a $48 million round.") \
        == [("dateline", "BUSINESS WIRE")]
    assert credited("LONDON (Reuters) - Shares rose on Thursday.") == [("dateline", "Reuters")]
    assert credited("NEW YORK--(GLOBE NEWSWIRE)--Tidewater Ventures said on Thursday …") \
        == [("dateline", "GLOBE NEWSWIRE")]
    # negative: words in a bracket glued by double hyphens inside a sentence
    assert credited("The company--(then a startup)--raised money from three funds.") == []


def test_a_logo_linking_the_news_sites_home_under_the_host_names_the_site() -> None:
    """A broadcaster's news site under its host's top ("/news/article/slug/id"), the logo linking "/news", not "/":
    with nothing declared, that logo names the site (so "Source: SBS News" over the text is the site itself, no
    source); a logo linking home still comes first, and a logo linking another section names nothing."""
    from newsarchive.extraction.headline import page_site_names
    from newsarchive.extraction.page import load_page

    def names(header: str, url: str = "https://www.tidewater.example/news/article/rates-on-hold/k3v9q2") -> list[str]:
        html = ("<html><body><header>" + header + "</header><main><h1>Rates on hold</h1>" + _TEXT
                + "</main></body></html>")
        return page_site_names(load_page(html, url))

    assert names('<a class="GlobalHeader__logo" href="/news"><img alt="Tidewater News"></a>') == ["Tidewater News"]
    assert names('<a class="logo" href="/news/"><img alt="Tidewater News"></a><a class="brand" href="/">'
                 '<img alt="Tidewater Broadcasting"></a>') == ["Tidewater Broadcasting"]
    # negative: a logo linking another section, or an address filed under no section
    assert names('<a class="logo" href="/sport"><img alt="Tidewater Sport"></a>') == []
    assert names('<a class="logo" href="/news"><img alt="Tidewater News"></a>',
                 "https://www.tidewater.example/rates-on-hold-k3v9q2") == []
