"""Cut a page into text blocks in one walk over the lxml tree.

A *block* is the text a reader sees as one paragraph: the inline content of a ``p``,
heading, list item, quote, table cell, or the loose text of a ``div``. Each block
remembers the element that owns it and that element's ancestors, so the article
container can later be chosen by arithmetic over ancestors (see ``container.py``)
without walking the tree again.

The walk never enters subtrees that cannot hold article text (scripts, forms,
navigation, figures and captions, hidden elements). Elements whose names mark them as
furniture (``share``, ``related``, ``comments`` ...) are entered but marked: whether
they are furniture depends on where the container is, since sites also put such
names on page-wide wrappers (``class="Page-ad-margins"``, ``has-sidebar``). Inline
elements with such names are skipped, except inside a link: a teaser link's text is
its label and headline (``<a><span class="related-article__title">``). Teaser
boxes skipped by tag (``<aside class="related">``, an ``aside`` or ``figure`` holding a
headline link) are remembered for their links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from newsarchive.extraction.credits import credit_link_text
from newsarchive.extraction.hints import (
    DISCUSSION,
    EMBED,
    FURNITURE,
    HIDING_ATTRIBUTES,
    POPUP,
    RELATED,
    RUBY_ANNOTATIONS,
    TEASER_TEXT,
    is_hidden,
    is_paywalled,
    name_kinds,
)

#: elements whose whole subtree is never article text (ruby's readings, ``rt``, and the brackets around them for
#: browsers without ruby, ``rp``, are set small over a word, never read in the line: "<ruby>箪笥<rp>（</rp><rt>たんす
#: </rt><rp>）</rp></ruby>" reads "箪笥"; the text after a reading, "<rt>かん</rt>字", stays, as every tail does)
SKIP_TAGS = frozenset(
    "script style noscript template svg math canvas iframe frame frameset object embed video audio "
    "ins nav footer aside button select input textarea label option figure figcaption picture img "
    "h1 header dialog menu head title meta link".split()
) | frozenset(RUBY_ANNOTATIONS)
#: what the lenient walk (``cut_blocks``) still skips: no text a reader sees as the article.
LENIENT_SKIP_TAGS = SKIP_TAGS - frozenset(("nav", "footer", "aside", "button", "header", "menu", "dialog", "label"))
#: elements that start a new block.
BLOCK_TAGS = frozenset(
    "p div section article main h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table thead tbody "
    "tfoot tr td th center address details summary hr body html form fieldset".split()
)
#: a box's name saying it asks the reader for something (to join, give, subscribe): its links are calls, no teasers
_APPEAL_BOX = re.compile(r"(?i)member|donat|subscri|newsletter|support|spende|abonn|paywall|signup|sign-up")
#: a link in an unnamed aside/figure with this much text is a headline teaser.
TEASER_MIN = 15
#: skipped elements that may be teaser boxes worth their links.
TEASER_HOLDERS = frozenset(("aside", "section", "div", "ul", "nav", "figure"))
HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
#: skipped elements whose place among the blocks is remembered (``Walk.marks``).
MARKED = frozenset(("h1", "header"))
#: AMP and web-component tags (names with a hyphen) that hold no readable text.
_CUSTOM_SKIP = re.compile(r"^(?:amp-(?!fit-text)|gpt-|ad-)")
_SPACES = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")
#: a ``<br>`` in block text (NUL never occurs in parsed HTML); two or more in a row
#: separate paragraphs, as in pages that set their text as ``text<br><br>text``
_BREAK = "\x00"
_PARAGRAPH_BREAK = re.compile(r"\x00[\s\x00]*\x00")
#: deeper subtrees are not article text, and recursion must stay bounded.
MAX_DEPTH = 180
#: a word of a teaser's title (``_Cutter._teaser_title``)
_TITLE_WORD = re.compile(r"\w+")
#: Chinese, Japanese and Korean characters: one says about as much as three Latin letters
#: (a word is one or two of them), so lengths that tell a label from prose count them so.
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
WIDE_WEIGHT = 3


def prose_size(text: str) -> int:
    """Length of ``text`` in Latin-letter equivalents (CJK characters weigh :data:`WIDE_WEIGHT`)."""
    if text.isascii():
        return len(text)
    return len(text) + (WIDE_WEIGHT - 1) * len(_WIDE.findall(text))


@dataclass(slots=True)
class Block:
    """One paragraph of page text with its owner element and that element's ancestors."""

    element: HtmlElement
    path: tuple[HtmlElement, ...]
    text: str
    link_chars: int
    links: list[tuple[str, str]]
    heading: bool
    quote: bool
    #: indices in ``path`` of the furniture-named ancestors, outermost first.
    furniture: tuple[int, ...]
    #: index in ``path`` of the innermost teaser-box ancestor, or -1.
    related: int


@dataclass(slots=True)
class Walk:
    """The result of cutting a page into blocks."""

    blocks: list[Block] = field(default_factory=list)
    #: skipped boxes that may be teasers: (element, [(href, anchor text), ...], named
    #: "related" by class/id); an unnamed one is a teaser only inside the article.
    related: list[tuple[HtmlElement, list[tuple[str, str]], bool]] = field(default_factory=list)
    #: skipped ``<h1>`` and ``<header>`` elements, each with the index of the block that
    #: follows it: where the article's heading sits among the blocks (``body._opening``).
    marks: list[tuple[int, HtmlElement]] = field(default_factory=list)


#: the headings a site may set as a picture of their words (not ``<h1>``, a masthead's logo)
_LABEL_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def teaser_line_link(link: HtmlElement) -> bool:
    """Whether a link opens a line of text set between ``<br>``s and names itself a teaser, label and colon first
    ("…board.<br><br><a class='alsoRead'>Also Read: HEADLINE</a>\nMoneyline had first reported …"): a line of its own,
    the words after it a paragraph apart, as a reader sees the link set off (``body._link_paragraphs`` then takes the
    line for a teaser)."""
    before = link.getprevious()
    if before is None or before.tag != "br" or (before.tail or "").strip():
        return False
    text = " ".join(link.text_content().split())
    found = TEASER_TEXT.match(text)
    return found is not None and (found.group(0).rstrip()[-1:] in (":", "：")
                                  or text[found.end():found.end() + 2].lstrip()[:1] in (":", "："))


def _heads_list(heading: HtmlElement) -> bool:
    """Whether the element right after ``heading`` (comments aside) is a list."""
    following = next(heading.itersiblings(etree.Element), None)
    return following is not None and following.tag in ("ul", "ol", "dl")


class _Cutter:
    """Recursive walk state: the open block's text pieces, links and ancestor path."""

    def __init__(self, lenient: bool = False) -> None:
        self.skip_tags = LENIENT_SKIP_TAGS if lenient else SKIP_TAGS
        self.lenient = lenient
        self.out = Walk()
        self.pieces: list[str] = []
        self.size = 0
        self.link_chars = 0
        self.links: list[tuple[str, str]] = []
        self.path: list[HtmlElement] = []
        self.quote_depth = 0
        self.link_depth = 0
        self.hrefs: list[str | None] = []  # the open links' targets, innermost last
        self.link_from = 0  # the open block's size where the outermost open link began
        self.flushes = 0
        self.furniture: list[int] = []
        self.related: list[int] = [-1]
        #: empty links laid over a card, named by their ``aria-label``, waiting for the card's first block of words
        self.cards: list[tuple[str, str]] = []

    def add(self, text: str | None) -> None:
        if text:
            self.pieces.append(text)
            self.size += len(text)

    def flush(self, opening: bool = False) -> None:
        """Close the open block, owned by the innermost block element on the path.

        ``opening``: the block is closed because a block element opens, maybe inside a link
        (``text <a><h3>Headline</h3></a>``): the text before the link is not link text."""
        if not self.pieces:
            return
        self.flushes += 1
        text = _text("".join(self.pieces))
        inside = self.link_depth and not (opening and self.link_from > 0)
        if text:
            owner = self.path[-1]
            # a block inside a link is a teaser card: all of it counts as link text, and
            # the link is its own (``<a href><h3>Headline</h3></a>``)
            link_chars = len(text) if inside else self.link_chars
            if self.link_depth and not inside:
                link_chars = min(len(text), link_chars + self.size - self.link_from)
            links = self.links or ([(self.hrefs[-1], text)] if inside and self.hrefs[-1] else [])
            if self.cards:
                links, self.cards = self.cards + links, []
            self.out.blocks.append(Block(owner, tuple(self.path), text, link_chars,
                                         links, owner.tag in HEADINGS, self.quote_depth > 0,
                                         tuple(self.furniture), self.related[-1]))
        self.pieces, self.size, self.link_chars, self.links, self.link_from = [], 0, 0, [], 0

    def visit(self, el: HtmlElement, depth: int) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in self.skip_tags and not (tag == "header" and self._in_related_box()) \
                or "-" in tag and _CUSTOM_SKIP.match(tag) or depth > MAX_DEPTH:
            self._skip(el, tag)
            return
        # most elements carry no attribute that may hide them, and some none at all: the attribute
        # names are read once, and the calls that read values are made only where they can answer
        keys = el.keys()
        if keys and not HIDING_ATTRIBUTES.isdisjoint(keys) and is_hidden(el, self.lenient) and not is_paywalled(el):
            self._skip(el, tag)
            return
        if tag == "br":
            self.add(_BREAK)
            self.add(el.tail)
            return
        kinds = name_kinds(el) if keys else 0
        block = tag in BLOCK_TAGS
        if kinds and not self.lenient and (kinds & DISCUSSION and tag not in ("html", "body") and tag not in HEADINGS
                                           or kinds & FURNITURE and not block and tag != "a" and not self.link_depth
                                           and "-" not in tag and not _teaser_label(el)):
            # (a custom element named as furniture, "<ps-promo class='PromoE'>" in a related list's row, is a
            # component holding blocks, walked as a box is)
            if kinds & POPUP and not kinds & DISCUSSION:
                self._popup_opener(el, depth)
            elif kinds & RELATED and self.related[-1] >= 0:
                self._teaser_title(el)
            elif kinds & RELATED and not block and not kinds & DISCUSSION:
                self._teaser_box(el)  # a "read also" line's span in a paragraph: "<span class='read-more'>【延伸閱讀】<a>"
            self.add(el.tail)
            return
        if block:
            self.flush(opening=True)
            self.path.append(el)
            self.quote_depth += tag == "blockquote"
            if kinds & FURNITURE:
                self._mark(kinds, +1)
        start = self.size
        flushes = self.flushes
        if tag == "a":
            if not self.link_depth:
                self.link_from = self.size
            self.link_depth += 1
            self.hrefs.append(el.get("href"))
        if text := el.text:
            self.pieces.append(text)
            self.size += len(text)
        for child in el:
            self.visit(child, depth + 1)
        if tag == "a":
            self.link_depth -= 1
            self.hrefs.pop()
            self._link(el, start, flushes)
            if teaser_line_link(el):
                self.add(_BREAK + _BREAK)
        if block:
            self.flush()
            if kinds & FURNITURE:
                self._mark(kinds, -1)
            self.path.pop()
            self.quote_depth -= tag == "blockquote"
        if tail := el.tail:
            self.pieces.append(tail)
            self.size += len(tail)

    def _in_related_box(self) -> bool:
        """Whether the walk is inside a box named for related stories ("entry-related", "related-posts",
        "RelatedWebStoriesModule", "module--relation"; not a card named a teaser): a ``<header>`` there is a card's,
        its heading the card's
        headline, walked (a site's teaser cards, "teaserInner", hold the site's feeds as often)."""
        if self.related[-1] < 0:
            return False
        box = self.path[self.related[-1]]
        return "relat" in f"{box.get('class') or ''} {box.get('id') or ''}".lower()

    def _skip(self, el: HtmlElement, tag: object) -> None:
        """An element the walk does not enter: remember it if it may be a teaser box or mark the headline's place."""
        if tag in TEASER_HOLDERS:
            self._teaser_box(el)
        elif tag == "footer":
            self._footer_teasers(el)
        elif tag in MARKED and not is_hidden(el):
            self.out.marks.append((len(self.out.blocks), el))
        elif tag == "img" and self.path and self.path[-1].tag in _LABEL_HEADINGS and (alt := el.get("alt")) \
                and not "".join(self.pieces).strip() and _heads_list(self.path[-1]):
            # a heading set as a picture of its words over a list, an old site's label: "<h3><img alt='関連ニュース'></h3>
            # <ul>…" (a picture in a heading over the text is no label: its alt stays out of the text)
            self.add(alt)
        self.add(el.tail)

    def _popup_opener(self, el: HtmlElement, depth: int) -> None:
        """The words of an inline element that opens a hover popup ("Gov. <span class=
        rollover><a>Jane Roe</a><span>[her card]</span></span> said"): its own text and its
        links are the sentence's; its other elements are the popup, not text."""
        self.add(el.text)
        for child in el:
            if child.tag == "a":
                self.visit(child, depth + 1)
            else:
                self.add(child.tail)

    def _teaser_box(self, el: HtmlElement) -> None:
        """Remember a skipped box whose links may be related-article teasers."""
        named = bool(name_kinds(el) & RELATED)
        if not named and el.tag == "figure" and EMBED.search(el.get("class") or ""):
            return  # an embedded post ("<figure class='wp-block-embed-twitter'><blockquote class='twitter-tweet'>…")
        if not named and _APPEAL_BOX.search(el.get("class") or ""):
            return  # an appeal in the text ("<aside class='inline-promo--membership'>…<a>Jetzt Mitglied werden</a>")
        if (named or el.tag == "aside") and _ranking_box(el):
            # a "Read More" box of the site's most read set in the text ("<aside data-type='most-read'>"), or its
            # trending stories ("<aside data-module='trending-stories'><h2>Trending Stories</h2>…")
            return
        if named or el.tag in ("aside", "figure"):
            anchors = [(href, text) for href, text in anchors_of(el) if named or len(text) >= TEASER_MIN]
            if not named and anchors and (worded := _sentence_links(el)):
                anchors = [(href, text) for href, text in anchors if href not in worded]
            if el.tag == "figure" and anchors:
                anchors = [(href, text) for href, text in anchors if not credit_link_text(text)]
            if anchors and not named and (el.tag == "figure" or _AUTHOR_BOX.search(el.get("class") or "")):
                # a person's name linked in a caption ("hochgeladen von <a>NAME</a>") or in the writer's card
                # ("<aside class='article-author-box'><a href='/profile-NAME'>NAME</a>") links her page; a headline
                # there (a picture's story, "More from NAME" cards) is a teaser still
                anchors = [(href, text) for href, text in anchors
                           if len(_TITLE_WORD.findall(text)) >= 3 or len(_WIDE.findall(text)) >= 6]
            if anchors:
                self.out.related.append((el, anchors, named))

    def _teaser_title(self, el: HtmlElement) -> None:
        """Remember the headline links of an inline element named "related" inside a teaser box the walk entered
        (Jetpack's "jp-relatedposts-post-title" in its "Related" block): a teaser's title, not the box's furniture;
        a link of fewer than three words is a teaser's section badge ("Ressort: Deutschland"), no story."""
        anchors = [(href, text) for href, text in anchors_of(el)
                   if len(_TITLE_WORD.findall(text)) >= 3 or len(_WIDE.findall(text)) >= 6]
        if anchors:
            self.out.related.append((el, anchors, True))

    def _footer_teasers(self, el: HtmlElement) -> None:
        """Remember the boxes named "related" inside a skipped footer (a blog post's footer:
        author card, previous/next links, "Related posts"); whether they are the article's
        teasers is decided by where the footer sits (``body._add_related_boxes``); a box of the readers' comments named
        a teaser ("forum-teaser": "Alle 87 Kommentare anzeigen") holds none."""
        for box in el.iterdescendants():
            if isinstance(box.tag, str) and (kinds := name_kinds(box)) & RELATED and not kinds & DISCUSSION \
                    and not _inside_named(box, el):
                self._teaser_box(box)
            elif len(box) > 1 and isinstance(box[0].tag, str) and box[0].tag in _FOOTER_LABEL_TAGS \
                    and _footer_label(box[0]) and (anchors := anchors_of(box)):
                # a box of the footer headed by a teaser label ("<h3>Mehr von NAME</h3><ul>…"), no name saying so
                self.out.related.append((box, anchors, True))

    def _mark(self, kinds: int, step: int) -> None:
        """Enter (step +1) or leave (-1) a block element, tracking furniture and teaser boxes."""
        if not kinds & FURNITURE:
            return
        if step > 0:
            self.furniture.append(len(self.path) - 1)
            if kinds & RELATED:
                self.related.append(len(self.path) - 1)
        else:
            self.furniture.pop()
            if kinds & RELATED:
                self.related.pop()

    def _link(self, el: HtmlElement, start: int, flushes: int) -> None:
        if flushes != self.flushes:
            # the link held blocks, flushed with it as their link: its text is what came since the last (a card's
            # headline after its picture's box, ``<a><div><img></div><span>Headline</span></a>``), if any
            if not self.size:
                return
            start = 0
        text = "".join(self.pieces)[start - self.size:] if start < self.size else ""
        self.link_chars += len(text.strip())
        href = el.get("href")
        if href and "sponsored" not in (el.get("rel") or "").lower():
            # (a link marked as paid for, rel="sponsored", is an ad's: none of the article's links; an empty one laid
            # over a card is named by its ``aria-label``, as ``anchors_of`` reads it, and belongs to the card's next
            # block of words when none is open: "<a aria-label='HEADLINE'></a><div><img></div><h3>HEADLINE</h3>")
            words = _collapsed(text.replace(_BREAK, " "))
            if not words and len(el) == 0 and el.getprevious() is None and not "".join(self.pieces).strip() \
                    and (label := _card_label(el)):
                self.cards.append((href, label))  # (empty, laid first in its card: one laid last is the card's before)
            else:
                self.links.append((href, words or _card_label(el)))


def _text(raw: str) -> str:
    """Block text on one line per paragraph: spaces collapsed, a ``<br>`` a space, two a paragraph break."""
    if _BREAK not in raw:
        return _collapsed(raw)
    parts = (_collapsed(part.replace(_BREAK, " ")) for part in _PARAGRAPH_BREAK.split(raw))
    return "\n\n".join(part for part in parts if part)


def _collapsed(text: str) -> str:
    """``_SPACES.sub(" ", text).strip()``; without zero-width characters, the same by
    ``str.split`` (``\\s`` matches exactly what it splits on), twice as fast."""
    if "\u200b" in text or "\u200c" in text or "\u200d" in text or "\ufeff" in text:
        return _SPACES.sub(" ", text).strip()
    return " ".join(text.split())


def anchors_of(el: HtmlElement) -> list[tuple[str, str]]:
    """``(href, text)`` of every link inside a box (a skipped teaser box), but those marked as paid for
    (``rel="sponsored"``, as the walk leaves them out: an odds box's "More betting coverage"); an empty link laid over
    a card names its story in its ``aria-label`` (``<a href aria-label="HEADLINE"></a><div>…<h3>HEADLINE</h3>``)."""
    return [(a.get("href"), _collapsed(a.text_content()) or _card_label(a))
            for a in el.iter("a") if a.get("href") and "sponsored" not in (a.get("rel") or "").lower()]


#: how many times its link's words a paragraph holds at least when the link is a part of its sentence
_SENTENCE_LINK_SHARE = 3
#: the boxes a link's words belong to, the nearest decides whether they are a sentence's (a ``<p>``)
_LINK_BOXES = ("p", "li", "div", "aside", "section", "figure", "figcaption", "td", "dd", "blockquote", "h2", "h3", "h4")


def _sentence_links(box: HtmlElement) -> set[str]:
    """The addresses a box links only from its paragraphs of prose, a few words of a sentence ("Ein Online-Kondolenzbuch
    finden Sie <a>auf unserem Trauerportal</a>." in a facts box beside the text): no teasers (a teaser card's "Read
    more" after its excerpt links the story its headline links too)."""
    worded, elsewhere = set(), set()
    for a in box.iter("a"):
        if not (href := a.get("href")):
            continue
        p = next(a.iterancestors(*_LINK_BOXES), None)  # (a list a broken page opened inside a paragraph is no sentence)
        words = _collapsed(a.text_content())
        in_sentence = p is not None and p.tag == "p" and bool(words) \
            and len(_collapsed(p.text_content())) >= _SENTENCE_LINK_SHARE * len(words)
        (worded if in_sentence else elsewhere).add(href)
    return worded - elsewhere


def _card_label(link: HtmlElement) -> str:
    """The ``aria-label`` of an empty link laid over a card, where the card prints its words (its headline): an icon's
    label ("Share on Facebook") is printed nowhere, and names no story."""
    label = _collapsed(link.get("aria-label") or "")
    card = link.getparent()
    return label if label and card is not None and label in _collapsed(card.text_content()) else ""


def cut_blocks(root: HtmlElement, lenient: bool = False) -> Walk:
    """Cut ``root`` (normally the ``<body>``) into blocks in reading order.

    ``lenient`` enters what the normal walk skips by tag, role or visibility (headers,
    footers, asides, buttons, hidden and comment-named elements): the second reading of a
    page whose normal reading finds no article, because its markup nests the article
    inside such an element (an unclosed ``<header>`` or ``<button>``, a wrapper named
    ``comments``) or ships it hidden until a script reveals it.
    """
    cutter = _Cutter(lenient)
    cutter.path.append(root)
    cutter.add(root.text)
    for child in root:
        cutter.visit(child, 1)
    cutter.flush()
    return cutter.out


#: the name of a writer's card set beside the text ("article-author-box", "author-bio")
_AUTHOR_BOX = re.compile(r"author|autor|auteur|byline", re.IGNORECASE)
#: an attribute's value naming the site's ranking ("data-type='most-read'", "data-track='read-more-most-read'")
_RANKING_NAME = re.compile(r"most-?(?:read|popular|viewed)|mostread|mostpopular|trending", re.IGNORECASE)
#: a box's header naming the site's ranking ("Read More · Most Read", "Meistgelesen", "Trending Stories")
_RANKING_HEADER = re.compile(r"\b(?:most (?:read|popular|viewed)|trending|meistgelesen|les plus lus)\b", re.IGNORECASE)
#: the longest such header
_RANKING_HEADER_MAX = 60


def _ranking_box(el: HtmlElement) -> bool:
    """Whether a box named "related" ("read-more-links"), or an aside in the text, is the site's most read or trending:
    an attribute or its header says so (Reach's inline "Read More" boxes: "Related Articles" in one, "Most Read" in
    another, one class for both; a station's "Trending Stories" aside)."""
    if any(_RANKING_NAME.search(value) for key, value in el.items() if key not in ("href", "src")):
        return True
    head = next(el.iterchildren(etree.Element), None)  # (a header: no box of its own links, as a rail's first box is)
    return head is not None and len(text := " ".join(head.text_content().split())) <= _RANKING_HEADER_MAX \
        and _RANKING_HEADER.search(text) is not None and next(head.iter("a"), None) is None


def _teaser_label(el: HtmlElement) -> bool:
    """Whether an inline element is a teaser label alone in its box (``<div><span class="recommend-title">
    相关推荐</span></div>``), or before nothing but headline links there (``<div class="article-teaser"><span
    class="article-teaser__label">Mehr zum Thema</span><a>HEADLINE</a></div>``, ``_headline_links_after``): its
    furniture name names the box it labels, and the label is kept for the box. A label beside other words or short
    links ("Related topics:" before the topics) is not alone."""
    parent = el.getparent()
    return len(el) == 0 and parent is not None and not (parent.text or "").strip() \
        and not (el.tail or "").strip() and (len(parent) == 1 or _headline_links_after(el, parent)) \
        and TEASER_TEXT.match(" ".join((el.text or "").split())) is not None


def _headline_links_after(el: HtmlElement, parent: HtmlElement) -> bool:
    """Whether ``el`` opens its box and only links as long as headlines (``TEASER_MIN``) follow it there, or a card's
    parts: a picture's box with no words, and a box holding a headline link with at most an excerpt's words besides
    (``<div class="p-blogCard__inner"><span class="p-blogCard__caption">あわせて読みたい</span><div><figure>…</figure>
    </div><div><a>HEADLINE</a><span>EXCERPT…</span></div></div>``)."""
    if parent[0] is not el:
        return False
    headlines = 0
    for child in islice(parent, 1, None):
        if (child.tail or "").strip() or not isinstance(child.tag, str):
            return False
        text = " ".join(child.text_content().split())
        linked = [t for a in child.iter("a") if len(t := " ".join(a.text_content().split())) >= TEASER_MIN]
        if child.tag == "a" and linked:
            headlines += 1
        elif child.tag != "a" and len(linked) == 1 and len(text) - len(linked[0]) <= _EXCERPT_MAX:
            headlines += 1
        elif child.tag == "a" or text:
            return False
    return headlines > 0


#: the words of a teaser card's excerpt beside its headline, at most
_EXCERPT_MAX = 240


#: the headings a footer's teaser box opens with
_FOOTER_LABEL_TAGS = frozenset(("h2", "h3", "h4"))
#: the longest such label, and the longest with words on its list after its colon
_FOOTER_LABEL_MAX, _FOOTER_LABEL_WORDS_MAX = 60, 80


def _footer_label(heading: HtmlElement) -> bool:
    """Whether a footer box's opening heading is a teaser label alone of two words or more ("Mehr von NAME", "Related
    posts"; a site footer's column "More" is none), or one whose colon opens words on the list under it, no sentence
    ("Lesen Sie auch: Die bisherigen Teile der Serie „X“")."""
    text = " ".join(heading.text_content().split())
    if " " not in text or (found := TEASER_TEXT.match(text)) is None:
        return False
    rest = text[found.end():].strip(" :：|>»-–—")
    return not rest and len(text) <= _FOOTER_LABEL_MAX \
        or len(text) <= _FOOTER_LABEL_WORDS_MAX and text[:found.end()].rstrip().endswith((":", "：")) \
        and not rest.endswith((".", "!", "?", "。")) and heading.find(".//a") is None


def _inside_named(box: HtmlElement, top: HtmlElement) -> bool:
    """Whether ``box`` sits inside another box named "related" below ``top``."""
    for a in box.iterancestors():
        if a is top:
            return False
        if name_kinds(a) & RELATED:
            return True
    return False
