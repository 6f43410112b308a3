"""Publication and modification dates, as ISO 8601 strings in the page's own offset.

Sources, most trustworthy first: the article's JSON-LD, the date ``<meta>`` tags
publishing systems write, microdata, a ``<time>`` or dateline printed in the article
header, the URL path, and finally htmldate's whole-page heuristics.  Values are
never converted to UTC: the page's offset is kept, so the calendar day is the one
the page states; a date without a time stays a plain date.

Parsing is our own for the two shapes that matter and must be fast: ISO-like
machine values (``datetime.fromisoformat`` after light normalisation, epoch
numbers) and the numeric / "7 марта 2023" datelines printed near a headline.
dateparser would read those too, but costs milliseconds per string; only its
month-name tables (several dozen languages, genitive forms included) are borrowed.
htmldate is used as the last resort because it searches the whole page, which
is slower and less precise than looking where the article header is.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timezone
from functools import lru_cache
from itertools import islice, zip_longest
from typing import Iterable, Iterator

from lxml import etree
from lxml.html import HtmlElement

from .hints import AUTHOR_PAGE, SENTENCE_STOPS, CaselessPattern
from .limits import outside_limit
from .page import Page
from .structured import (
    MODIFIED_KEYS,
    PUBLISHED_KEYS,
    Structured,
    element_text,
    structured_data,
)
from .whole_page_date import whole_page_date

PUBLISHED_META = (
    "article:published_time", "og:published_time", "article:published", "published_time",
    "og:article:published_time", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
    "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
    "publication_date", "date.release", "article.published", "cxenseparse:recs:publishtime",
    "article_date_original", "original-publish-date", "displaydate", "date",
)
MODIFIED_META = (
    "article:modified_time", "og:updated_time", "article:modified", "modified_time",
    "og:article:modified_time", "dc.date.modified", "dcterms.modified", "datemodified",
    "last-modified", "lastmod", "article.updated", "revised",
)

#: the update line is printed next to the publication date: the headline's block and its parent
MODIFIED_SCOPES = 2
#: declared dates further apart than this are different events, not one date in two clocks
EARLIEST_WINDOW_S = 2 * 86400
_ISO = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T ]?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.I,
)
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_NUMERIC = re.compile(r"(?<![\d.])(?<!\d-)(\d{1,2})([./-])\s?(\d{1,2})\2\s?((?:19|20)\d{2})(?![\d])")
#: a slashed date with a two-digit year, read only before a clock ("03/11/26 2:30 PM ET", as US sites print it), or a
#: dotted one, day first ("Publiziert: 04.03.26, 17:45 Uhr", as Swiss and German sites print it)
_SHORT_YEAR = re.compile(r"(?<![\d./-])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?=,?\s+\d{1,2}:\d{2})")
_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?[./年년-]\s?(\d{1,2})\s?[./月월-]\s?(\d{1,2})(?!\d)")
_WORD_DATE = re.compile(
    r"(?<!\d)(\d{1,2})(?:\.|er|st|nd|rd|th|º)?(?:\s+de)?\s+(?P<m1>[^\W\d_]{3,}\.?)(?:\s+de|,)?\s+((?:19|20)\d{2})"
    r"|(?P<m2>[^\W\d_]{3,}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})",
)
#: a magazine's print issue named by its date ("2026年3月19日号", "3月19・26日合併号"), no publication date
_ISSUE_DATE = re.compile(r"(?:\d{4}年\s*)?\d{1,2}月\s*\d{1,2}日(?:\s*[・･]\s*\d{1,2}日)?\s*(?:合併)?号")
#: a day, a month's name and a two-digit year, read only before a clock: "11 mars 26 à 17h30", "11. März 26, 17:30"
_WORD_SHORT_YEAR = re.compile(r"(?<!\d)(\d{1,2})(?:\.|er)?\s+([^\W\d_]{3,}\.?)\s+(\d{2})"
                              r"(?=,?\s+(?:à\s+|at\s+|um\s+)?\d{1,2}\s?[:.h]\d{2})")
#: time-zone abbreviations printed after a time: fixed offsets, and the US/European
#: names whose offset depends on the date (resolved with zoneinfo)
ZONE_OFFSETS = {
    "CET": "+01:00", "MEZ": "+01:00", "CEST": "+02:00", "MESZ": "+02:00", "EET": "+02:00", "EEST": "+03:00",
    "WET": "+00:00", "WEST": "+01:00", "BST": "+01:00", "MSK": "+03:00", "IST": "+05:30", "PKT": "+05:00",
    "SGT": "+08:00", "HKT": "+08:00", "JST": "+09:00", "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00",
    "NZST": "+12:00", "NZDT": "+13:00", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00",
    "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "AKST": "-09:00", "AKDT": "-08:00",
    "HST": "-10:00",
}
ZONE_NAMES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
              "PT": "America/Los_Angeles"}
_ZONE = (r"Z|(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|"
         + "|".join(sorted([*ZONE_OFFSETS, *ZONE_NAMES], key=len, reverse=True)))
#: a printed time ("14:35", "14.35 Uhr", "14h35", "2:35 p.m. EST", "14時35分", "14시 35분")
_TIME = re.compile(
    r"^\D{0,12}?(\d{1,2})\s?(?:[:.h]|時|时|시\s?)(\d{2})(?:分|분)?(?::\d{2})?(?:\s*([aApP])\.?\s?[mM]\.?)?"
    r"(?:\s*Uhr)?(?:\s*\(?(" + _ZONE + r")(?![\w+-]))?"
)
#: words that open a printed publication date, after which an "Updated" part may end
_US_CLOCK = re.compile(r"\d\s?(?:[aApP]\.?\s?[mM]\b\.?|(?:E|C|M|P)[SD]?T\b)")
_PUBLISHED_WORD = re.compile(r"publi|pubblic|posted|veröffentlicht|erschienen|опубликован|公開|配信", re.I)
#: the label of the first publication's date printed after the latest version's (``_dateline_parts``)
#: (no word's edge before it: the spans of the two dates are printed without a space, "BSTFirst published on")
_FIRST_PUBLISHED = re.compile(r"(?:first|originally)\s+(?:published|uploaded|posted)\b|"
                              r"erstmals\s+(?:veröffentlicht|erschienen)\b|"
                              r"première\s+publication\b|publié\s+(?:pour\s+la\s+première\s+fois|initialement)\b",
                              re.IGNORECASE)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")
#: (and a class's last part "dt", Gannett's "gnt_ar_dt": "Published 11:48 p.m. ET Feb. 14, 2026")
#: (and the word "date" romanised from Japanese and Chinese, as old systems name the cell: "<td class='hiduke'>",
#: "nichiji", "riqi")
_DATE_HINT = CaselessPattern(r"date|time|publi|posted|dateline|datum|fecha|data|byline|meta|info|_dt\b|"
                             r"hi[dz]uke|nichiji|riqi")
_DATE_ATTR = re.compile(r"^data-(?:\w+-)?(?:date|time|timestamp|published|publish-date)$", re.I)
#: (Bootstrap's "list-inline" and "list-unstyled" lay out a header's byline and date in a row: no list of teasers)
_SKIP_HINT = CaselessPattern(r"related|most|popular|latest|teaser|recommend|sidebar|comment|footer|trending|"
                             r"list(?!-inline|-unstyled)")
_UPDATED = re.compile(
    r"updat|modif|aktualisiert|aktualiz|geändert|actualiza|mis à jour|atualiza|aggiorn|обновл|оновлен|bijgewerkt|"
    r"gewijzigd|uppdaterad|opdateret|oppdatert|päivitetty|güncellen|更新",
    re.I,
)
_MONTH_LANGS = ("en", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "pl", "cs", "sk", "sv", "da",
                "nb", "fi", "tr", "hu", "ro", "ca", "id", "hr", "sl", "el", "bg", "sr", "lt", "lv", "et")
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")


def find_published(page: Page, header: HtmlElement | None = None, byline: str | None = None) -> str | None:
    """The first-publication date of the page's article, or ``None``.

    Publishing systems declare the date in several places that do not always
    agree (creation vs. publication, a re-publication, a local vs. UTC clock):
    among declared dates within two days of the most trusted one, the earliest
    is the first publication.  A declared date in UTC (or without offset) and the
    date printed under the headline can straddle midnight; the printed day is the
    one the page states, so it wins when the two are a day apart. Without a date marked as such, the
    place and date the printed ``byline`` gives after the names ("Texto: NAME<br>La Fresneda, 11 de marzo
    de 2026") date the article, and so does a date printed after a writer's link on its line near the headline
    ("NAME, Mittwoch, 11. März 2026": ``_writer_line_date``). An update's date printed there dates no publication; where
    nothing else does (nor a line its first publication's label opens, ``_first_published_line``), the header's update
    label's day is the nearest day known (``_update_day``), before the whole page's search ("Aktualisiert am 13.03.2024,
    09:12 Uhr" alone).
    """
    declared = _earliest(_declared_published(structured_data(page)))
    # (the site's masthead prints today's date, an edition's: read only where nothing is declared)
    printed = _printed_date(header, _us_english(page), masthead=declared is None)
    if declared and printed and _is_utc_or_naive(declared) and _days_apart(declared, printed) == 1 \
            and not (printed[:10] > declared[:10] and "T" in declared and _printed_as_update(header, printed, page)):
        return printed
    if declared:
        return declared
    machine = _header_datetime(header)
    if printed and machine and _swapped(printed, machine):
        printed = machine  # "3.11.2026" printed in a <time datetime="2026-03-11…">: the machine value settles the order
    return printed or machine or _byline_date(byline) or _writer_line_date(header) or url_date(page.url) \
        or _text_dateline(page) or _line_beside_title(page) or _first_published_line(page) \
        or _update_day(header, page) or whole_page_date(page)


def _update_day(header: HtmlElement | None, page: Page) -> str | None:
    """The day of the header's update label (``_printed_modified``), without its time: the publication's day is that
    one or earlier, its time unknown."""
    updated = _printed_modified(header, _us_english(page))
    return updated[:10] if updated else None


def _first_published_line(page: Page) -> str | None:
    """Where the header prints only the latest version's date ("Updated: March 12, 2026 10:32 IST"), the first
    publication's date on a short line of its own that its label opens, wherever the page prints it ("First uploaded
    on: 11-03-2026 at 21:48 IST" under the text): before the whole page's search, which reads the update's date as
    soon."""
    for el in _FIRST_PUBLISHED_TEXTS(page.tree):
        text = " ".join(el.text_content().split())
        if len(text) <= _FIRST_PUBLISHED_LINE_MAX and (label := _FIRST_PUBLISHED.match(text)) is not None \
                and (date := parse_printed_date(text[label.end():])):
            return date
    return None


#: the elements whose own text holds a word of a first publication's label (``_FIRST_PUBLISHED``), and the longest
#: line read
_FIRST_PUBLISHED_TEXTS = etree.XPath("//body//*[text()[contains(., 'ublished') or contains(., 'ploaded') "
                                     "or contains(., 'osted') or contains(., 'rstmals') or contains(., 'première') "
                                     "or contains(., 'publié')]]")
_FIRST_PUBLISHED_LINE_MAX = 80


#: a line beside the headline is this long at most; how many siblings on either side of the headline, and of how
#: many of it and its ancestors, are read
_BESIDE_LINE_MAX, _BESIDE_SIBLINGS, _BESIDE_LEVELS = 120, 3, 3
#: a block this long closing on a full stop is a sentence of the text
_SENTENCE_MIN = 40


def _line_beside_title(page: Page) -> str | None:
    """Where nothing marks a date, the short line printing one beside the headline, a few siblings from it or from
    its closest ancestors and before the text (an old table layout's rows, no class named: "Pressemitteilung
    07/2026 · Kempfeld, 05.03.2026" over the title, "Article rédigé par NAME - mis en ligne le 05/03/2026" in the
    row under it), nearest first: before the whole page's search, which reads the site's lists of latest items as
    soon. A picture's or a player's block is no such line, nor a heading (a title holding a day)."""
    from .headline import find_headline

    node, lines = find_headline(page).element, []
    for _ in range(_BESIDE_LEVELS):
        if node is None:
            break
        lines += [el for pair in zip_longest(_short_siblings(node, True), _short_siblings(node, False))
                  for el in pair if el is not None]
        node = node.getparent()
    for line, text in lines:
        if line.tag in _MEDIA_TAGS or line.tag in _HEADING_TAGS \
                or any(not _icon(media) for media in line.iter(*_MEDIA_TAGS)):
            continue  # a picture's or a player's line ("Audio: STATION | 24.04.2024 | NAME") dates the recording; a
            # heading's date is its title's ("2026年03月12日の桜"), no date line; a section's icon in the line is no
            # picture ("<td><img src='icon_shakai.gif' width='48' height='16'></td><td>2026/03/13 20:45</td>")
        # (the first publication's part read apart after an update's: "Updated March 21 2026 - 4:10pm, first published
        # March 20 2026 - 6:00pm")
        # (not a republished page's "Posted 11 Mar 2026 Originally published 10 Mar 2026": no update before it)
        if text and (first := _FIRST_PUBLISHED.search(text, 1)) is not None and _UPDATED.search(text, 0, first.start()):
            text = _dateline_parts(text)[0] or text
        elif text and _UPDATED.search(text):
            # (a line printing only the update's time dates no publication: "Written by NAME | Ravipur | Updated: March
            # 12, 2026 10:32 IST"; its part before the label may: "Posted 11 Mar 2026, updated 12 Mar 2026")
            text = _dateline_parts(text)[0]
        if text and (date := parse_printed_date(text)):
            return date
    return None


def _short_siblings(node: HtmlElement, preceding: bool) -> list[tuple[HtmlElement, str]]:
    """``(element, text)`` of the node's nearest siblings on one side, up to the first block longer than a line or
    holding a sentence (the text, past which a footer's date is no longer beside the title)."""
    found = []
    for sibling in islice(node.itersiblings(preceding=preceding), _BESIDE_SIBLINGS):
        if not isinstance(sibling.tag, str):
            continue
        text = (element_text(sibling) or "").strip()
        if len(text) > _BESIDE_LINE_MAX or len(text) >= _SENTENCE_MIN and text[-1] in SENTENCE_STOPS:
            break  # the text (a sentence of it, one a paragraph), past which a footer's date is no title's
        found.append((sibling, text))
    return found


def _icon(media: HtmlElement) -> bool:
    """Whether a picture is an icon: an ``<img>`` declared no larger than ``_ICON_MAX`` pixels either way."""
    if media.tag != "img":
        return False
    try:
        return 0 < int(media.get("width") or 0) <= _ICON_MAX[0] and 0 < int(media.get("height") or 0) <= _ICON_MAX[1]
    except ValueError:
        return False


#: the largest icon, width and height in pixels
_ICON_MAX = (64, 32)
#: the elements of a picture or a player, whose lines date what they show; headings
_MEDIA_TAGS = ("figure", "img", "picture", "audio", "video", "iframe")
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


#: the headline's ancestors searched for a writer's line printing the date; the longest text of a writer's box (the
#: writer's line and the date line under it)
_WRITER_LINE_SCOPES, _WRITER_BOX_MAX = 3, 160


def _writer_line_date(header: HtmlElement | None) -> str | None:
    """The date printed after a writer's link on its line, nearest the headline first: "<div class='ArticleHead-line'>
    <a href='/autoren/NAME/'>NAME</a>, Mittwoch, 11. März 2026</div>", a line whose name says nothing of dates (read
    only where nothing declared or marked dates the article: a theme may print the day of the last change there), or
    in the writer's box, the line under the name: "<div><span>By <a href='/profile/3321/NAME/'>NAME</a></span>
    <div>Updated March 19 2026 - 6:10am, first published March 18 2026 - 4:45pm</div></div>"."""
    scope, inner = header, None
    for _ in range(_WRITER_LINE_SCOPES):
        if scope is None:
            return None
        for el in _iter_outside(scope, inner):
            if el.tag == "a" and AUTHOR_PAGE.search(el.get("href") or "") \
                    and (line := el.getparent()) is not None and not _in_skipped_block(line, scope, header):
                for text in _writer_box_texts(el, line):
                    published, _ = _dateline_parts(text[:300])
                    if published and (date := parse_printed_date(published)):
                        return date
        scope, inner = scope.getparent(), scope
    return None


def _writer_box_texts(link: HtmlElement, line: HtmlElement) -> Iterator[str]:
    """The texts of a writer's link's line (when words follow the link on it) and of the line's two closest ancestors
    while they stay as short as a writer's box: the name's line and the lines printed beside it, no more."""
    if (link.tail or "").strip():
        yield element_text(line)
    for box in islice(line.iterancestors(), 2):
        text = element_text(box)
        if len(text) > _WRITER_BOX_MAX:
            return
        yield text


def _swapped(printed: str, machine: str) -> bool:
    """Whether two dates are one day with month and day read the other way round ("2026-11-03" / "2026-03-11")."""
    return printed[:4] == machine[:4] and printed[5:7] == machine[8:10] and printed[8:10] == machine[5:7] \
        and printed[5:10] != machine[5:10]


def _text_dateline(page: Page) -> str | None:
    """The date of the dateline opening the text, as wire releases and agency stories print it where nothing else
    dates them: "COLUMBUS, Ohio, March 11, 2026 /PRNewswire/ -- …" (among the page's first paragraphs)."""
    body = page.tree.find("body")
    for index, p in enumerate(body.iter("p") if body is not None else ()):
        if index >= _DATELINE_PARAGRAPHS:
            break
        if (text := p.text_content()[:120]) and (match := TEXT_DATELINE.match(text.lstrip())):
            return parse_printed_date(match.group("date"))
    return None


#: the paragraphs searched for a dateline opening the text
_DATELINE_PARAGRAPHS = 40
#: a place in capitals (and its state or country), a date with its year, maybe the wire's name, and a dash
TEXT_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w.’' -]{1,30})?,\s*(?P<date>[^\W\d_]{3,}\.?\s+\d{1,2},?\s+"
                           r"(?:19|20)\d{2}|\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+(?:19|20)\d{2})\s*(?:/[^/]{2,30}/)?\s*[-–—]")


#: the longest printed byline read for a date
_BYLINE_DATE_MAX = 160


def _byline_date(byline: str | None) -> str | None:
    """The date the printed byline gives (the place and day it was written, after the names); not an update's date
    printed in its line ("Written by NAME | Ravipur | Updated: March 12, 2026 10:32 IST", ``_dateline_parts``)."""
    if not byline or len(byline) > _BYLINE_DATE_MAX:
        return None
    published, _ = _dateline_parts(byline)
    return parse_printed_date(published) if published else None


#: a day printed after its month's name, as American English prints it: "March 13, 2024", "Nov. 18, 2025"
_MONTH_NAME_FIRST = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b")


def _printed_as_update(header: HtmlElement | None, printed: str, page: Page) -> bool:
    """Whether the header's printed date is the update's, as printed ("Updated March 13, 2024" alone under a metro
    daily's headline, the story first published the evening before, "2024-03-12T21:40Z" declared): on an American
    page (en-US, or the day printed after its month's name, "March 13, 2024"), whose clocks run behind UTC, a printed
    day after the declared one is no clock's other side of midnight. The label must be printed (a WordPress date's
    class "entry-date published updated" says nothing), and its line must print no publication date ("Posted 5:31am,
    updated 9:02am": the posted one is the publication's)."""
    month_first = _us_english(page)
    for el, _, labelled in _update_lines(header):
        if not labelled:
            continue
        published, updated = _dateline_parts(element_text(el)[:300])
        if (month_first or _MONTH_NAME_FIRST.search(updated)) and parse_printed_date(updated, month_first) == printed \
                and parse_printed_date(published, month_first) is None:
            return True
    return False


def find_modified(page: Page, header: HtmlElement | None = None) -> str | None:
    """The last-modification date the page declares, else the one its header prints
    ("Updated March 8, 2023", "modifié le 8 mars 2023", "Aktualisiert am ..."), or ``None``."""
    data = structured_data(page)
    article = data.article or {}
    return (
        _first(parse_machine_date(v) for v in _values(article, *MODIFIED_KEYS))
        or _first(parse_machine_date(v) for k in MODIFIED_META for v in data.meta.get(k, ()))
        or _first(_itemprop_dates(data, "dateModified"))
        or _printed_modified(header, _us_english(page))
    )


def parse_machine_date(value: object) -> str | None:
    """ISO 8601 for a machine-readable date (ISO-like text or epoch seconds), keeping its offset."""
    if not isinstance(value, (str, int, float)):
        return None
    text = str(value).strip()
    if _EPOCH.match(text):
        seconds = int(text[:10])
        return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    match = _ISO.match(text)
    return _iso_from_match(match) if match else parse_printed_date(text)


#: a sentence of a publication or update line: "Publié le 11/03/2026 à 18h20", "Mis à jour le 12/03/2026 à 6h10"
#: (a bar or slash may part them after the full stop: "Publié le 11 mars 2026 à 17:42. / Modifié le …")
_STATEMENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?:[/|·•–—]\s+)?(?=[^\W\d_])")
#: the words of such a sentence besides its date and clock: a few ("Dernière mise à jour le", "Published")
STATEMENT_WORDS = 7


def is_date_statement(text: str) -> bool:
    """Whether a line only states when the article was published or updated, in sentences that
    each end in a full stop ("Publié le 11/03/2026 à 18h20. Mis à jour le 12/03/2026 à 6h10."):
    each sentence has a publishing or updating word, a printed date, and few words besides."""
    sentences = _STATEMENT_SPLIT.split(text.strip())
    return all((_PUBLISHED_WORD.search(s) or _UPDATED.search(s)) and parse_printed_date(s)
               and sum(not any(c.isdigit() for c in w) for w in s.split()) <= STATEMENT_WORDS
               for s in sentences)


def parse_printed_date(text: str, month_first: bool = False) -> str | None:
    """ISO 8601 for a date as printed ("7 марта 2023, 14:35", "March 07, 2023", "07.03.2023").

    A slashed date that reads both ways ("03/07/2023") is day first, as in most of the
    world, unless ``month_first`` (a US-English page) or the line itself is American
    (a 12-hour clock or a US time zone: "03/07/2023 02:35 PM EST").
    """
    text = unicodedata.normalize("NFKC", text)
    month_first = month_first or _US_CLOCK.search(text) is not None
    for found in (_word_date(text), _numeric_date(text, month_first)):
        if found:
            day, end = found
            return day + _time_after(text[end:], day)
    return None


def url_date(url: str | None) -> str | None:
    """The date in a ``/2023/03/07/`` style URL path, or a folder of the day's eight digits (``/cnt/finance/20250612/``,
    an e-paper's issue)."""
    match = _URL_DATE.search(url or "") or _URL_DAY_FOLDER.search(url or "")
    return _iso_day(*match.groups()) if match else None


#: a folder named for the day, its eight digits: "/20250612/"
_URL_DAY_FOLDER = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/")


def _declared_published(data: Structured) -> list[str]:
    """Publication dates in JSON-LD and meta tags, most trusted first; else the
    JSON-LD creation date or microdata (both often belong to something else)."""
    article = data.article or {}
    values = [*_values(article, *PUBLISHED_KEYS), *(v for k in PUBLISHED_META for v in data.meta.get(k, ()))]
    dates = [d for d in map(parse_machine_date, values) if d]
    if dates:
        return dates
    fallback = [parse_machine_date(v) for v in _values(article, "dateCreated")]
    return [d for d in fallback + list(_itemprop_dates(data, "datePublished")) if d][:1]


def _earliest(dates: list[str]) -> str | None:
    """The earliest of ``dates`` that lies within two days of the first one."""
    if not dates:
        return None
    first = _instant(dates[0])
    close = [d for d in dates if abs((_instant(d) - first).total_seconds()) <= EARLIEST_WINDOW_S]
    return min(close, key=_instant)


def _instant(iso: str) -> datetime:
    """A comparable instant; a date or time without offset is taken as UTC."""
    value = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _is_utc_or_naive(iso: str) -> bool:
    return len(iso) == 10 or iso.endswith(("Z", "+00:00")) or iso[-6] not in "+-"


def _days_apart(a: str, b: str) -> int:
    return abs((datetime.fromisoformat(a[:10]) - datetime.fromisoformat(b[:10])).days)


def _first(values: Iterable[str | None]) -> str | None:
    return next((v for v in values if v), None)


def _values(obj: dict, *keys: str) -> Iterator[object]:
    for key in keys:
        value = obj.get(key)
        yield from value if isinstance(value, list) else [value]


def _iso_from_match(match: re.Match) -> str | None:
    year, month, day, hour, minute, second, zone = match.groups()
    date = _iso_day(year, month, day)
    if not date or hour is None:
        return date
    if int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59:
        return date
    return f"{date}T{int(hour):02d}:{minute}:{second or '00'}{_offset(zone)}"


#: the largest UTC offset in use (UTC+14, Line Islands); ISO 8601 allows up to 23:59
MAX_OFFSET_HOURS = 14


def _offset(zone: str | None, day: str = "", hour: int = 12) -> str:
    """ISO offset of a zone as printed: "Z", "+0100", "UTC+1", "CET", or "ET" on ``day``."""
    if not zone:
        return ""
    zone = zone.strip()
    upper = zone.upper()
    if upper in ("Z", "UTC", "GMT"):
        return "Z"
    if upper in ZONE_OFFSETS:
        return ZONE_OFFSETS[upper]
    if upper in ZONE_NAMES:
        return _named_zone_offset(ZONE_NAMES[upper], day, hour)
    if upper.startswith(("UTC", "GMT")):
        zone = zone[3:].strip()
    sign, digits = zone[0], zone[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    if not (hours.isdigit() and minutes.isdigit()) or int(hours) > MAX_OFFSET_HOURS or int(minutes) > 59:
        return ""  # no zone on Earth (+25:00, +05:75): the time as printed, without an offset
    return f"{sign}{int(hours):02d}:{minutes}"


def _named_zone_offset(name: str, day: str, hour: int) -> str:
    """The offset of a daylight-saving zone ("ET") on ``day``, or "" without a day."""
    if not day:
        return ""
    from zoneinfo import ZoneInfo

    try:
        local = datetime.fromisoformat(day).replace(hour=hour, tzinfo=ZoneInfo(name))
    except (ValueError, KeyError, OSError):
        return ""
    seconds = int(local.utcoffset().total_seconds())
    sign, seconds = ("-" if seconds < 0 else "+"), abs(seconds)
    return f"{sign}{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


def _iso_day(year: str, month: str, day: str) -> str | None:
    try:
        date = datetime(int(year), int(month), int(day))
    except ValueError:
        return None
    if not 1990 <= date.year <= datetime.now().year + 1:
        return None
    return date.strftime("%Y-%m-%d")


def _word_date(text: str) -> tuple[str, int] | None:
    for match in _WORD_DATE.finditer(text):
        if match["m1"]:
            day, name, year = match.group(1), match["m1"], match.group(3)
        else:
            name, day, year = match["m2"], match.group(5), match.group(6)
        month = _month_numbers().get(name.rstrip(".").casefold())
        date = month and _iso_day(year, str(month), day)
        if date:
            return date, match.end()
    for match in _WORD_SHORT_YEAR.finditer(text):  # "Publié le 11 mars 26 à 17h30"
        month = _month_numbers().get(match.group(2).rstrip(".").casefold())
        date = month and _iso_day(f"20{match.group(3)}", str(month), match.group(1))
        if date:
            return date, match.end()
    return None


def _numeric_date(text: str, month_first: bool = False) -> tuple[str, int] | None:
    match = _YMD.search(text)
    if match:
        date = _iso_day(*match.groups())
        if date:
            return date, match.end()
    match = _NUMERIC.search(text) or _SHORT_YEAR.search(text)
    if not match:
        return None
    first, sep, second, year = match.groups()
    year = year if len(year) == 4 else f"20{year}"
    us = sep == "/" and (int(second) > 12 or month_first and int(first) <= 12)
    day, month = (second, first) if us else (first, second)
    date = _iso_day(year, month, day)
    return (date, match.end()) if date else None


def _time_after(rest: str, day: str = "") -> str:
    match = _TIME.match(rest)
    if not match:
        return ""
    hour, minute, half = int(match.group(1)), int(match.group(2)), (match.group(3) or "").lower()
    hour = hour % 12 + (12 if half == "p" else 0) if half else hour
    if hour > 23 or minute > 59:
        return ""
    return f"T{hour:02d}:{minute:02d}:00{_offset(match.group(4), day, hour)}"


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Month names and abbreviations in many languages -> month number (dateparser's tables)."""
    table: dict[str, int] = {}
    with outside_limit():  # a one-off load, not this page's work
        from dateparser.languages.loader import default_loader

        for lang in _MONTH_LANGS:
            info = default_loader.get_locale(lang).info
            for number, key in enumerate(_MONTH_KEYS, 1):
                for name in info.get(key, ()):
                    table.setdefault(name.rstrip(".").casefold(), number)
    return table


def _itemprop_dates(data: Structured, prop: str) -> Iterator[str | None]:
    for el in data.itemprops.get(prop, ()):
        value = el.get("datetime") or el.get("content")
        yield parse_machine_date(value) if value else parse_printed_date(element_text(el))


def _us_english(page: Page) -> bool:
    """Whether the page declares US English (slashed dates are then month first)."""
    lang = (page.tree.get("lang") or "").replace("_", "-").lower()
    return lang == "en-us"


def _printed_date(header: HtmlElement | None, month_first: bool = False, masthead: bool = True) -> str | None:
    """The date printed in the article header, nearest the headline first; an
    "Updated ..." part of a dateline is skipped, wherever it stands."""
    nearest = None  # the markup's day of the nearest <time> printing no date ("Aujourd'hui à 17:30", "2 hours ago")
    for el in _captions_last(_header_date_elements(header, masthead=masthead)):
        if el.tag == "time" and _labelled_update(el) and any(parse_printed_date(element_text(later))
                                                              for later in el.itersiblings("time")):
            # "Updated <time>March 25</time>, first published <time>March 24</time>": the line's first is the
            # update's (not where the first publication's prints its time alone: "first published at <time>5.00am")
            continue
        published, _ = _dateline_parts(text := _published_text(el)[:300])
        published = _ISSUE_DATE.sub(" ", published)  # "週刊文春 2026年3月19日号": the print issue's date
        if published and (date := parse_printed_date(published, month_first)):
            # farther out, a date days away from the nearest <time>'s is another story's (a teaser card's)
            return None if nearest and _days_apart(date, nearest) > 1 else date
        if nearest is None and el.tag == "time" and not _UPDATED.search(text):
            nearest = parse_machine_date(el.get("datetime") or "")
    return None


def _labelled_update(time: HtmlElement) -> bool:
    """Whether the words right before a ``<time>`` in its line label it the update's ("Updated <time>…</time>",
    "Aktualisiert am <time>…</time>")."""
    before = time.getprevious()
    words = (before.tail if before is not None else (time.getparent().text if time.getparent() is not None else ""))
    return _UPDATE_LABEL_END.search((words or "")[-_UPDATE_LABEL_MAX:]) is not None


#: an update's label closing the words before its date
_UPDATE_LABEL_END = re.compile(rf"(?:{_UPDATED.pattern})\w*(?:\s+(?:am|le|on|at))?\s*:?\s*$", re.IGNORECASE)
_UPDATE_LABEL_MAX = 30


def _captions_last(elements: Iterable[HtmlElement]) -> Iterator[HtmlElement]:
    """``elements`` in their order, those of a picture's caption (``_in_caption``) after all others: the lead picture's
    caption over the date line, "… at the library’s repair café on April 5, 2025.", names the picture's day, the
    page's only where no line prints one."""
    captions = []
    for el in elements:
        if _in_caption(el):
            captions.append(el)
        else:
            yield el
    yield from captions


def _in_caption(el: HtmlElement) -> bool:
    """Whether ``el`` is, or lies in, a picture's caption or its figure's box (a ``<figcaption>``, or a box named as
    one, "Figure-meta", within a few levels), or holds one: the day it names is the picture's."""
    for node in (el, *islice(el.iterancestors(), _CAPTION_LEVELS)):
        if node.tag in ("figure", "figcaption") or _CAPTION_NAME.search(node.get("class") or ""):
            return True
    return any(_CAPTION_NAME.search(node.get("class") or "") for node in el.iterdescendants(etree.Element))


#: a box's name saying it is a picture's caption or figure ("Figure-caption", "wp-caption-text", "Figure-meta")
_CAPTION_NAME = re.compile(r"caption|figure", re.IGNORECASE)


#: the levels above a date's element a caption's box is looked for
_CAPTION_LEVELS = 2


def _published_text(el: HtmlElement) -> str:
    """The element's text without its parts named as the update's date, when another ``<time>`` gives the
    publication's: a theme prints the update's ``<time class="updated">`` (hidden) before the publication's in one
    "posted-on" line ("12 March 202410 March 2024"), and the line's first date is the update's."""
    times = list(el.iter("time"))
    if len(times) < 2:
        return element_text(el)  # (one date or none: nothing to leave out; most date lines)
    updates = [d for d in el.iterdescendants() if isinstance(d.tag, str) and d.get("class")
               and _UPDATED.search(d.get("class"))]
    if not updates or not any(t not in updates for t in times):
        return element_text(el)  # (a theme naming its one date "entry-date updated" prints the publication's)
    return element_text(el, skip=set(updates))


def _update_lines(header: HtmlElement | None) -> Iterator[tuple[HtmlElement, bool, bool]]:
    """The header's elements of an update's date, each with whether its class or id names it so ("updated") and
    whether its words print the label ("Updated …", "Aktualisiert …", "mis à jour …")."""
    for el in _header_date_elements(header, updated=True, depth=MODIFIED_SCOPES):
        named = _UPDATED.search(f"{el.get('class', '')} {el.get('id', '')}") is not None
        labelled = _UPDATED.search(el.text_content()[:300]) is not None
        if named or labelled:
            yield el, named, labelled


def _printed_modified(header: HtmlElement | None, month_first: bool = False) -> str | None:
    """The date of an "Updated ..." / "Aktualisiert ..." / "modifié le ..." line in the article header."""
    for el, named, _ in _update_lines(header):
        _, updated = _dateline_parts(element_text(el)[:300])
        if not updated and named:
            updated = element_text(el)[:200]
        if updated and (date := parse_printed_date(updated, month_first)):
            return date
    return None


def _dateline_parts(text: str) -> tuple[str, str]:
    """``(publication part, update part)`` of a printed dateline such as "Published
    March 7 ... Updated March 8" or "Updated March 8 | Published March 7": an update
    part runs from its keyword to a publication keyword or the end. A dateline printing the latest version's time
    and the first publication's after its label ("Wed 14 Oct 2026 09.16 BST First published on Tue 13 Oct 2026 07.00
    BST") is read from that label: what stands before it is the update's."""
    if (first := _FIRST_PUBLISHED.search(text)) is not None and first.start():
        published, updated = _dateline_parts(text[first.start():])
        return published, updated or text[:first.start()]
    published, updated, pos = [], "", 0
    while (match := _UPDATED.search(text, pos)) is not None:
        published.append(text[pos:match.start()])
        end = _PUBLISHED_WORD.search(text, match.end())
        stop = end.start() if end else len(text)
        updated = updated or text[match.start():stop]
        pos = stop
    published.append(text[pos:])
    return " ".join(p for p in published if p.strip()), updated


def _header_datetime(header: HtmlElement | None) -> str | None:
    """The machine-readable ``datetime`` of a ``<time>`` in the article header."""
    for el in _header_date_elements(header):
        value = el.get("datetime") or el.get("content")
        if value and not _UPDATED.search(element_text(el)) and (date := parse_machine_date(value)):
            return date
    return None


def _header_date_elements(header: HtmlElement | None, updated: bool = False,
                          depth: int = 4, masthead: bool = True) -> Iterator[HtmlElement]:
    """Elements likely to carry the date, within ever wider ancestors of the headline
    (with ``updated``, also those whose names say they carry the update date).

    An element carries a date when it is a ``<time>``, when its class or id says so, or
    when it has a date attribute (``data-date``, ``data-timestamp``): obfuscated class
    names ("a_md_f") are common, date attributes survive them.
    """
    seen: set[HtmlElement] = set()
    scope, inner = header, None
    for _ in range(depth):
        if scope is None:
            return
        for el in _iter_outside(scope, inner):
            # (a component's name too: "<details data-component='meta-dates'>", its summary the publication's;
            # "<details data-gu-name='dateline'>")
            hint = f"{el.get('class', '')} {el.get('id', '')} {_component_names(el)}"
            marked = el.tag == "time" or _DATE_HINT.search(hint) or _has_date_attribute(el)
            if el not in seen and marked and (updated or not _UPDATED.search(hint)):
                seen.add(el)
                if not _in_skipped_block(el, scope, header, masthead):
                    yield el
        scope, inner = scope.getparent(), scope


#: (a heading named for the date carries it: a blog's day heading over its posts, "<h2 class="date">2026年03月12日</h2>";
#: so does an old table layout's cell: "<td class='kiji_date'>2025年8月9日（土）</td>" beside the section's)
_DATE_TAGS = ("time", "span", "div", "p", "li", "small", "dd", "a", "h2", "h3", "h4", "details", "td")


def _component_names(el: HtmlElement) -> str:
    """The names a page built of components gives an element in data attributes: ``data-component`` and any
    ``data-…name`` ("data-gu-name='dateline'")."""
    return " ".join(value for key, value in el.items()
                    if key.startswith("data-") and key.endswith(("name", "component")))


def _iter_outside(scope: HtmlElement, inner: HtmlElement | None) -> Iterator[HtmlElement]:
    """``scope.iter(*_DATE_TAGS)`` without the subtree of its child ``inner``, the previous,
    narrower scope, whose elements were all looked at already (and give the same answer)."""
    if inner is None:
        yield from scope.iter(*_DATE_TAGS)
        return
    if scope.tag in _DATE_TAGS:
        yield scope
    for child in scope:
        if child is not inner:
            yield from child.iter(*_DATE_TAGS)


def _has_date_attribute(el: HtmlElement) -> bool:
    return any(k.startswith("data-") and _DATE_ATTR.match(k) for k in el.keys())


def _in_skipped_block(el: HtmlElement, stop: HtmlElement, header: HtmlElement | None = None,
                      masthead: bool = True) -> bool:
    """Inside an aside, navigation or a page footer (a ``<footer>`` within the headline's
    own block is the article header's footer, where HTML5 puts byline and date), or another story's card; without
    ``masthead``, inside the site's masthead too (a ``<header>`` outside the article, printing today's date)."""
    for ancestor in el.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag == "footer" and header is not None and _is_within(ancestor, header):
            continue
        if ancestor.tag in ("aside", "nav", "footer") or _SKIP_HINT.search(ancestor.get("class", "")):
            return True
        if ancestor.tag == "article" and header is not None and ancestor is not header \
                and not _is_within(header, ancestor) and _card(ancestor):
            return True  # another story's card inside the article's box ("More from X": "<article><a>…</a><time>")
        if not masthead and ancestor.tag == "header" and header is not None and ancestor is not header \
                and not _is_within(header, ancestor) and next(ancestor.iterancestors("article", "main"), None) is None:
            return True  # the site's masthead, outside the article, printing today's date ("Saturday, March 14, 2026")
    return False


def _card(article: HtmlElement) -> bool:
    """Whether an ``<article>`` is a teaser card: a link and a few words (its headline, section and date), no text."""
    return next(article.iter("a"), None) is not None and len(article.text_content()) <= _CARD_CHARS


#: the most characters of a teaser card's words
_CARD_CHARS = 300


def _is_within(el: HtmlElement, container: HtmlElement) -> bool:
    return any(a is container for a in el.iterancestors())
