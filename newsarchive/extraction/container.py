"""Choose the article container: the element whose blocks are the most article-like.

Every block votes for all its ancestors: prose (long, few links, sentence punctuation)
votes with its length, link lists and short furniture lines vote against. The element
with the highest sum is the tightest wrapper around the prose, because climbing higher
adds only furniture (negative votes) and climbing lower loses prose.

Furniture-named elements (``related``, ``footer``, ``ad`` ...) are never candidates
and their text votes against whatever contains them. One exception: a furniture name
on an element that holds most of the page's prose is a layout wrapper
(``class="Page-ad-margins"``, ``one-sidebar``), not furniture, and is ignored.

Teaser cards vote against their ancestors too: a headline link followed by a summary
in an element of their own, repeated down a list of "More from ..." cards, would
otherwise outvote a short article.

Elements that schema.org ``articleBody``, ``<article>`` or container names mark as
article text get a bonus, so that of two wrappers with similar prose the marked one
wins; ``itemprop="articleBody"`` is the publisher's own statement and weighs most.
"""

from __future__ import annotations

from itertools import islice

from lxml.html import HtmlElement

from newsarchive.extraction.blocks import Block, prose_size
from newsarchive.extraction.hints import (
    ARTICLE,
    FURNITURE,
    RELATED,
    SENTENCE_STOPS,
    is_schema_body,
    kinds_of,
    name_kinds,
)

#: a block with more link text than this share is navigation, not prose.
MAX_LINK_DENSITY = 0.5
#: a furniture-named element holding this share of the page's prose is layout.
LAYOUT_SHARE = 0.5
#: a link this long opening a non-paragraph block is a teaser's headline.
TEASER_HEADLINE = 25
#: a line shorter than this without sentence punctuation is a label or a date line
#: ("Last modified on Fri 10 Mar 2023 09.21 GMT"), not prose.
LABEL_MAX = 80
#: the ends of a sentence, Latin and CJK ("。" closes Japanese and Chinese prose, whose
#: paragraphs are short in characters).
SENTENCE_MARKS = frozenset(".!?\"”»:。！？」』")
#: a teaser card's summary follows its headline within this many blocks.
CARD_SPAN = 3
#: a teaser's summary is a sentence or two; prose longer than this after a headline
#: link is the article itself (a blog post whose title links to its permalink).
CARD_SUMMARY_MAX = 600
#: this many ``<article>`` elements holding no more than a summary, beside a longer one,
#: are a list of teaser cards.
SMALL_ARTICLES = 3
#: an element whose furniture word is in its ``id`` only, holding this much prose and
#: several times more prose than furniture, is a text section whose id happens to contain
#: a furniture word: ids are often slugs of the section's heading or name the part of the
#: text a "Read more" button reveals (``id="sharing-with-a-single-developer"``,
#: ``id="read-more-content"``), while classes name what a box is for.
PROSE_BOX_MIN = 1000
#: a furniture-named box around an element named as the article's text is layout when it
#: holds at least this much prose (more than a teaser's excerpt named "post-content").
NAMED_TEXT_MIN = 300
PROSE_BOX_RATIO = 3.0
#: a short line in a table cell is data (a name, a figure, an address), neither prose nor
#: furniture: a long table inside the article must not outvote the article's prose.
DATA_CELLS = frozenset(("td", "th"))
#: page-wide elements: their names describe the page, never the article text.
PAGE_TAGS = frozenset(("html", "body"))
#: a furniture box set between two paragraphs of the text votes against the elements
#: around it with at most this much per line, like a label (``_inline_boxes``).
INLINE_BOX_VOTE = 30
#: a text's section box of one class named as the article's text is looked for this many levels above the
#: best-scoring element (``_around_segments``).
SECTION_LEVELS = 3
#: a paragraph this long ending with a full stop is a sentence even when it is all link.
LINKED_SENTENCE_MIN = 120
#: bonus factors for containers marked by names / by schema.org markup.
NAMED_BONUS = 1.25
SCHEMA_BONUS = 2.0


def block_weight(block: Block) -> float:
    """How strongly a block votes for its ancestors being the article (negative: against)."""
    size = len(block.text)
    if block.link_chars > MAX_LINK_DENSITY * size:
        return 0.0 if _linked_sentence(block) else -float(size)
    plain = size - block.link_chars
    if block.heading:
        return 10.0
    if _is_teaser_card(block):
        return -float(plain)
    if plain < LABEL_MAX and block.text[-1] not in SENTENCE_MARKS and prose_size(block.text) - block.link_chars < LABEL_MAX:
        return 0.0 if block.element.tag in DATA_CELLS else -float(min(plain, 30))
    return float(plain)


def _vote(block: Block, idx: int, cards: set[int]) -> float:
    """:func:`block_weight` of ``blocks[idx]``, or all its text against when it is a teaser
    card's summary (``cards``: the :func:`card_summaries` of the blocks)."""
    return block_weight(block) if idx not in cards else -float(len(block.text))


def _linked_sentence(block: Block) -> bool:
    """A paragraph that is a whole sentence set as a link ("<p><a>Taking place at the
    leisure centre, the market will ...</a></p>"): neither navigation nor a teaser's
    headline, which do not end with a full stop."""
    text = block.text
    return block.element.tag == "p" and prose_size(text) >= LINKED_SENTENCE_MIN and text[-1] in SENTENCE_STOPS \
        and text.count(" ") >= LINKED_SENTENCE_MIN // 10


def _is_teaser_card(block: Block) -> bool:
    """A list item or box that opens with a headline link and goes on with a summary.

    The summary starts a new sentence right after the link ("Storm hits coast LONDON:
    Gales ..."), unlike prose that merely opens with a link ("<a>Officials said</a> that").
    """
    if block.element.tag == "p" or not block.links:
        return False
    first = block.links[0][1]
    if len(first) < TEASER_HEADLINE or not block.text.startswith(first):
        return False
    rest = block.text[len(first):].lstrip()
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit())


def card_summaries(blocks: list[Block]) -> set[int]:
    """Indices of the summaries of teaser cards: prose that follows a headline link
    (after at most a byline and a date) in an element that holds nothing else.

    A list of such cards ("More from ...", a section front) carries enough summary prose
    to outvote a short article. In an article the same prose would share its element
    with the paragraphs around it, or follow a heading that is not a link.
    """
    found: set[int] = set()
    for idx, head in enumerate(blocks):
        if len(head.text) >= TEASER_HEADLINE and head.link_chars > MAX_LINK_DENSITY * len(head.text):
            summary = _card_summary(blocks, idx)
            if summary is not None:
                found.add(summary)
    found |= _small_articles(blocks)
    return found


def _small_articles(blocks: list[Block]) -> set[int]:
    """Indices of the blocks of ``<article>`` elements that hold a teaser's worth of text
    (at most ``CARD_SUMMARY_MAX``) on a page where several such articles stand beside a
    longer one: a list of other articles' cards, whose headlines sit in skipped ``<header>``
    elements). The longer article is the page's own; articles inside an article (a live
    blog's posts, comments) are not cards."""
    owner: list[HtmlElement | None] = []
    sizes: dict[HtmlElement, int] = {}
    for block in blocks:
        article = next((el for el in reversed(block.path) if el.tag == "article"), None)
        owner.append(article)
        if article is not None:
            sizes[article] = sizes.get(article, 0) + len(block.text)
    # posts of a live blog are articles inside the article: never cards
    small = {el for el, size in sizes.items()
             if size <= CARD_SUMMARY_MAX and next(el.iterancestors("article"), None) is None}
    if len(small) < SMALL_ARTICLES or len(small) == len(sizes):
        return set()
    return {idx for idx, article in enumerate(owner) if article in small}


def _card_summary(blocks: list[Block], head: int) -> int | None:
    """The summary of the card opened by the headline ``blocks[head]``, if it is one."""
    last = min(head + CARD_SPAN, len(blocks) - 1)
    summary = next((idx for idx in range(head + 1, last + 1) if block_weight(blocks[idx]) > 0), None)
    if summary is None or len(blocks[summary].text) > CARD_SUMMARY_MAX:
        return None
    card = _common_ancestor(blocks[head].path, blocks[summary].path)
    before = head - 1
    while before >= 0 and head - before <= CARD_META_LINES and card in blocks[before].path \
            and not blocks[before].links and len(blocks[before].text) <= CARD_META_MAX:
        before -= 1  # the card's date or kicker over its headline ("<span>26.10.2023</span><h4><a>…</a></h4><p>…")
    opens = before < 0 or card not in blocks[before].path
    closes = summary + 1 == len(blocks) or card not in blocks[summary + 1].path
    return summary if opens and closes else None


#: a card's lines over its headline link (a date, a kicker): at most this many, each at most this long, no link
CARD_META_LINES = 2
CARD_META_MAX = 40


def _common_ancestor(path: tuple[HtmlElement, ...], other: tuple[HtmlElement, ...]) -> HtmlElement:
    depth = 0
    while depth < len(path) and depth < len(other) and path[depth] is other[depth]:
        depth += 1
    return path[depth - 1]


def furniture_level(block: Block, layout: set[HtmlElement]) -> int:
    """Index in ``block.path`` of its outermost real furniture ancestor, or -1."""
    for idx in block.furniture:
        if block.path[idx] not in layout:
            return idx
    return -1


def layout_wrappers(blocks: list[Block], cards: set[int]) -> set[HtmlElement]:
    """Furniture-named elements that hold most of the page's prose, or that hold
    mostly prose themselves (a text section, not a box of links and labels), or
    whose prose lies mostly in an element named as the article's text (a
    ``sidebar-grid__container`` or ``body-share-wrapper`` around ``article__content``:
    the furniture word names the layout beside the text, not the box), or that are
    segments of the text (``_segments``). ``cards``: the :func:`card_summaries` of the blocks."""
    prose: dict[HtmlElement, float] = {}
    other: dict[HtmlElement, float] = {}
    named: dict[HtmlElement, float] = {}
    opening: dict[HtmlElement, str] = {}  # the first prose line of each furniture-named element
    total = 0.0
    for pos, block in enumerate(blocks):
        weight = _vote(block, pos, cards)
        total += max(weight, 0.0)
        if not block.furniture:
            continue
        text_at = _article_named(block) if weight > 0 else -1
        for idx in block.furniture:
            el = block.path[idx]
            if weight > 0:
                if el not in prose:
                    opening[el] = block.text
                prose[el] = prose.get(el, 0.0) + weight
                if text_at > idx:
                    named[el] = named.get(el, 0.0) + weight
            else:
                other[el] = other.get(el, 0.0) - weight
    found = {el for el, amount in prose.items()
             if amount >= LAYOUT_SHARE * total
             or amount >= PROSE_BOX_MIN and amount >= PROSE_BOX_RATIO * other.get(el, 0.0) and _named_by_id(el)
             or named.get(el, 0.0) >= LAYOUT_SHARE * amount and amount >= NAMED_TEXT_MIN
             and amount >= PROSE_BOX_RATIO * other.get(el, 0.0) and not name_kinds(el) & RELATED}
    return found | _segments(prose, other, opening, total)


def _segments(prose: dict[HtmlElement, float], other: dict[HtmlElement, float], opening: dict[HtmlElement, str],
              total: float) -> set[HtmlElement]:
    """Furniture-named siblings of one class that together hold most of the page's prose:
    the segments of a text cut by ads or embeds, each in a box of the publishing system
    (``article-widget article-widget-text``), none holding half the prose on its own.
    Boxes that open with the same words are one notice printed again (an embed's consent
    placeholder), not segments."""
    groups: dict[tuple[HtmlElement | None, str | None], list[HtmlElement]] = {}
    for el in prose:
        groups.setdefault((el.getparent(), el.get("class")), []).append(el)
    found: set[HtmlElement] = set()
    for members in groups.values():
        if len(members) > 1 and len({opening[el] for el in members}) == len(members):
            amount = sum(prose[el] for el in members)
            if amount >= LAYOUT_SHARE * total and amount >= PROSE_BOX_RATIO * sum(other.get(el, 0.0) for el in members):
                found.update(members)
    return found


def _article_named(block: Block) -> int:
    """Index in ``block.path`` of the innermost ancestor named as article text, or -1."""
    for idx in range(len(block.path) - 1, block.furniture[0], -1):
        if name_kinds(block.path[idx]) & ARTICLE:
            return idx
    return -1


def _named_by_id(el: HtmlElement) -> bool:
    """Whether only the element's ``id`` (not its class or component name) names it furniture."""
    get = el.get
    return bool(kinds_of(None, get("id"), None) & FURNITURE) \
        and not kinds_of(get("class"), None, get("data-component") or get("data-testid")) & FURNITURE


def choose_container(blocks: list[Block], layout: set[HtmlElement], cards: set[int]) -> HtmlElement | None:
    """The element that best wraps the article's prose, or None without any prose
    (``cards``: the :func:`card_summaries` of the blocks)."""
    scores: dict[HtmlElement, float] = {}
    levels = [furniture_level(block, layout) for block in blocks]
    inline = _inline_boxes(blocks, levels)
    for idx, block in enumerate(blocks):
        stop = levels[idx]
        if stop < 0:
            weight = _vote(block, idx, cards)
        else:
            weight = -float(min(len(block.text), INLINE_BOX_VOTE) if idx in inline else len(block.text))
        for el in block.path[:stop] if stop >= 0 else block.path:
            scores[el] = scores.get(el, 0.0) + weight
    best, best_score = None, 0.0
    for el, score in scores.items():
        if score > 0 and el.tag not in PAGE_TAGS:
            if is_schema_body(el):
                score *= SCHEMA_BONUS
            elif el.tag == "article" or name_kinds(el) & ARTICLE:
                score *= NAMED_BONUS
        if score >= best_score and score > 0:
            best, best_score = el, score
    return _around_segments(best, layout, scores) if best is not None else None


def _around_segments(best: HtmlElement, layout: set[HtmlElement], scores: dict[HtmlElement, float]) -> HtmlElement:
    """``best``, or the parent of the text's segments when ``best`` lies in one of them
    (``_segments``: the rest of the text is in its siblings of the same class), or in one of the
    sections of a text set in sibling boxes of one class named as the article's text
    (``<div class="content--body">`` per subheading), one next to it holding prose too, maybe past an ad's or a
    picture's box (``SECTION_GAP``); or the table of an old layout's text set in two rows (``_continued_row``), whose
    other cells, named as furniture or not, join ``layout``: the text's own boxes."""
    for depth, el in enumerate((best, *best.iterancestors())):
        if el.tag in PAGE_TAGS:
            break
        parent, cls = el.getparent(), el.get("class")
        if parent is None or parent.tag in PAGE_TAGS:
            continue
        if el in layout and any(other is not el and other in layout and other.get("class") == cls for other in parent):
            return parent
        if depth < SECTION_LEVELS and cls and name_kinds(el) & ARTICLE \
                and any(isinstance(other.tag, str) and other.get("class") == cls and scores.get(other, 0.0) > 0
                        for other in (*islice(el.itersiblings(preceding=True), SECTION_GAP + 1),
                                      *islice(el.itersiblings(), SECTION_GAP + 1))):
            return parent
        if depth == 0 and is_schema_body(el) and _continued(el, scores):
            return parent
        if depth == 0 and (cells := _continued_row(el)):
            layout.update(cells)  # (a cell its name calls furniture, "news_photo", holding the text's first paragraphs)
            return parent.getparent()
    return best


#: the boxes that may stand between two sections of one text (an ad's, a picture's: ``_around_segments``)
SECTION_GAP = 2


def _continued_row(cell: HtmlElement) -> list[HtmlElement]:
    """The cells where the text of an old table layout's cell alone in its row goes on, in rows beside it
    (``SECTION_GAP`` rows away at most) holding prose in paragraphs of the same class: "<tr><td
    class='news_photo'><table>PICTURE</table><p class='honbun'>…</p></td></tr><tr><td class='news_body'><p
    class='honbun'>…", the text's first paragraphs set beside the lead picture in a row of their own."""
    row = cell.getparent()
    if cell.tag != "td" or row is None or row.tag != "tr" or len(row) != 1:
        return []
    classes = {p.get("class") for p in cell.iterchildren("p")} - {None}
    rows = (*islice(row.itersiblings(preceding=True), SECTION_GAP + 1), *islice(row.itersiblings(), SECTION_GAP + 1))
    # (the other cell's name may call it furniture, "news_photo", its votes stopped below it: its paragraphs decide)
    return [other for near in rows if near.tag == "tr" for other in near.iterchildren("td")
            if classes and any(p.get("class") in classes and len(p.text_content()) >= CONTINUED_PARAGRAPH
                               for p in other.iterchildren("p"))]


#: the fewest characters of a paragraph of the text going on in a row beside the container's (``_continued_row``)
CONTINUED_PARAGRAPH = 40


def _continued(body: HtmlElement, scores: dict[HtmlElement, float]) -> bool:
    """Whether the text of the box marked ``articleBody`` goes on in the box right after it, named as the
    article's text and holding prose (a publishing system's content elements after its news text:
    ``news-text-wrap`` then ``news-content-elements``)."""
    following = body.getnext()
    return following is not None and scores.get(following, 0.0) > 0 and bool(name_kinds(following) & ARTICLE)


def _inline_boxes(blocks: list[Block], levels: list[int]) -> set[int]:
    """Indices of the blocks of furniture boxes set between two paragraphs of one element:
    an ad slot, a share bar or an embed's consent placeholder inside the text, repeated
    down a long article. Such a box interrupts the text; unlike a sidebar or a teaser list
    at its edges, it is no evidence that the element around it is not the article. A teaser
    box ("Latest articles") counts as inside the text only when two paragraphs follow it
    (after one, that paragraph may be a comment form's notice)."""
    found: set[int] = set()
    start, count = 0, len(blocks)
    while start < count:
        stop = levels[start]
        if stop < 0:
            start += 1
            continue
        box = blocks[start].path[stop]
        end = start + 1
        while end < count and levels[end] >= 0 and len(blocks[end].path) > stop and blocks[end].path[stop] is box:
            end += 1
        parent = blocks[start].path[stop - 1] if stop > 0 else None
        # a teaser box needs the text to go on for two paragraphs after it
        after = 1 if all(block.related < 0 for block in blocks[start:end]) else 2
        if 0 < start and end + after <= count and parent is not None \
                and _prose_beside(blocks[start - 1], levels[start - 1], parent) \
                and all(_prose_beside(blocks[pos], levels[pos], parent) for pos in range(end, end + after)):
            found.update(range(start, end))
        start = end
    return found


def _prose_beside(block: Block, level: int, parent: HtmlElement) -> bool:
    """Whether ``block`` is a paragraph of text (not furniture) inside ``parent``."""
    return level < 0 and parent in block.path and block_weight(block) > 0
