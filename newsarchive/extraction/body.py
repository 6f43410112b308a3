"""The article body: its text, its container element and the links in it.

Approach (our own, written for this project): one walk cuts the page into paragraph
blocks while skipping subtrees that cannot be article text (``blocks.py``); the blocks
vote for the ancestor that wraps the prose best (``container.py``); the blocks inside
that container, minus teaser and prompt lines, are the body. General-purpose
extractors (readability, trafilatura) clean a copy of the tree and then score it; doing
the cleaning and the scoring during one walk, without copying or mutating the shared
tree, keeps extraction fast and leaves ``page.tree`` intact for the other extractors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml.html import HtmlElement

from newsarchive.extraction.blocks import (
    TEASER_MIN,
    Block,
    Walk,
    cut_blocks,
    prose_size,
)
from newsarchive.extraction.container import (
    LABEL_MAX,
    MAX_LINK_DENSITY,
    block_weight,
    choose_container,
    furniture_level,
    layout_wrappers,
)
from newsarchive.extraction.hints import AGENCY_LINE, PROMPT_TEXT, TAGLINE, TEASER_TEXT
from newsarchive.extraction.page import Page

_DROP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#")
#: a line this long, or ending like this, is prose rather than a label.
SENTENCE_MIN = 80
SENTENCE_ENDS = frozenset(".!?…:;,\"”’»)。！？、」』")
#: inside the container a sentence may be mostly link ("<a>we reported</a> on ...").
PROSE_LINK_DENSITY = 0.8
LIST_ROWS = frozenset(("li", "td", "th", "dd", "pre"))
#: a lede before the container is looked for this far back (furniture lines skipped) ...
LEDE_GAP = 0
#: ... and must share one of the container's nearest ancestors.
LEDE_LEVELS = 1
LEDE_LINK_DENSITY = 0.2


@dataclass
class Body:
    """Article text (paragraphs separated by one blank line), its container and links."""

    text: str
    root: HtmlElement | None
    links: list[dict] = field(default_factory=list)


def extract_body(page: Page) -> Body:
    """The body of ``page``, computed once per page; never raises."""
    return page.cached("body", _safe_extract)


def _safe_extract(page: Page) -> Body:
    try:
        return _extract(page)
    except Exception:  # a malformed page must not stop a crawl
        return Body("", None, [])


def _extract(page: Page) -> Body:
    body_el = page.tree.find("body")
    walk = cut_blocks(body_el if body_el is not None else page.tree)
    layout = layout_wrappers(walk.blocks)
    container = choose_container(walk.blocks, layout)
    if container is None:
        return Body("", None, [])
    found = _classify(walk, container, layout)
    text = _trim_edges([entry for entry in found if entry[2] == "inline"])
    if text:
        text = _lede(walk, container, layout, text[0][0]) + text
    links = _Links(_base_url(page))
    related = [entry for entry in found if entry[2] == "related"]
    for _, block, kind in sorted(text + related, key=lambda entry: entry[0]):
        links.add(block.links, kind)
    _add_related_boxes(walk, container, links)
    return Body("\n\n".join(block.text for _, block, _ in text), container, links.items)


def _classify(walk: Walk, container: HtmlElement, layout: set[HtmlElement]) -> list[tuple[int, Block, str]]:
    """``(reading position, block, kind)`` of the article's text ("inline") and teaser
    ("related") blocks: teasers inside the container or in a teaser box next to it.

    The list rows under a teaser label ("More Great Stories") are not text. A
    heading directly followed by a teaser, link list or prompt is that box's label
    ("Related Internet Links", "A message from the editors:"), not a subheading.
    """
    found: list[tuple[int, Block, str]] = []
    scope = container.getparent()
    under_label = False
    box: HtmlElement | None = None  # the box of a teaser label next to the container
    for pos, block in enumerate(walk.blocks):
        if box is not None and box not in block.path:
            box = None
        if container not in block.path:
            if block.related >= 0 and scope is not None and scope in block.path[:block.related] \
                    or box is not None and _is_teaser(block):
                found.append((pos, block, "related"))
            elif scope is not None and scope in block.path and _is_label(block):
                box = block.element.getparent()
                box = None if box is None or box.tag in ("body", "html") else box
            continue
        level = block.path.index(container)
        if block.related > level and block.path[block.related] not in layout or TEASER_TEXT.match(block.text):
            kind, under_label = "related", block.heading or not block.links
        elif furniture_level(block, layout) > level:
            continue
        elif under_label and (block.element.tag in LIST_ROWS or _is_teaser(block)):
            kind = "related" if _is_teaser(block) else None
        else:
            kind, under_label = ("inline" if _is_text(block) else None), False
        if kind != "inline" and found and found[-1][2] == "inline" and found[-1][1].heading:
            found.pop()
        if kind:
            found.append((pos, block, kind))
    return found


def _is_label(block: Block) -> bool:
    """A teaser box's label ("Related", "More on this story", "Read also") standing alone."""
    return not block.links and len(block.text) <= LABEL_MAX and TEASER_TEXT.match(block.text) is not None


def _is_teaser(block: Block) -> bool:
    """A line under a teaser label that is a headline link ("Ferry prices to rise again")."""
    return block.link_chars > MAX_LINK_DENSITY * len(block.text) \
        and any(len(text) >= TEASER_MIN for _, text in block.links)


def _is_text(block: Block) -> bool:
    """Whether a block inside the container is article text, not a prompt or link list."""
    limit = MAX_LINK_DENSITY if block.element.tag in LIST_ROWS else PROSE_LINK_DENSITY
    if block.link_chars > limit * len(block.text):
        return False
    return PROMPT_TEXT.match(block.text) is None


def _trim_edges(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """Drop the bylines, dates, labels and headings that open or close the container.

    Article text starts and ends with a sentence; short unpunctuated lines at the edges
    ("By Jane Doe", "Nov. 19, 2019", "Share", "More from the Times") are furniture, and
    so are the author's tagline and a heading at the end.
    """
    start, end = 0, len(blocks)
    while start < end and not _is_sentence(blocks[start][1]):
        start += 1
    while end > start and not _closes_text(blocks[end - 1][1]):
        end -= 1
    if start and _opens_section(blocks[start - 1][1], blocks[start:end]):
        start -= 1
    return blocks[start:end]


def _lede(walk: Walk, container: HtmlElement, layout: set[HtmlElement], first: int) -> list[tuple[int, Block, str]]:
    """The lede paragraph set in its own box just before the text's container.

    Layouts put the opening paragraph (a standfirst that is the article's first
    sentence, an intro in bold) in the header block beside the headline, a sibling
    of the text's container. It is the first prose found reading back from the text
    over at most a few furniture lines (byline, date, share buttons), and it sits in
    the container's neighbourhood, not elsewhere on the page.
    """
    near = set(_ancestors(container, LEDE_LEVELS))
    skipped = 0
    for pos in range(first - 1, -1, -1):
        block = walk.blocks[pos]
        if container in block.path:
            continue
        if block_weight(block) > 0 and furniture_level(block, layout) < 0 and block.related < 0 \
                and not block.heading and _is_lede(block):
            return [(pos, block, "inline")] if near & set(block.path) else []
        if furniture_level(block, layout) >= 0 or block.related >= 0:
            continue
        skipped += 1
        if skipped > LEDE_GAP or block_weight(block) > 0:
            return []
    return []


def _is_lede(block: Block) -> bool:
    """Prose of a sentence or more, with few links, ending like a sentence."""
    text = block.text
    return prose_size(text) >= SENTENCE_MIN and block.link_chars <= LEDE_LINK_DENSITY * len(text) \
        and PROMPT_TEXT.match(text) is None and TEASER_TEXT.match(text) is None and TAGLINE.search(text) is None


def _ancestors(el: HtmlElement, levels: int) -> list[HtmlElement]:
    """``el``'s parent and the ``levels - 1`` elements above it, below ``<body>``."""
    found = []
    parent = el.getparent()
    while parent is not None and len(found) < levels and parent.tag not in ("body", "html"):
        found.append(parent)
        parent = parent.getparent()
    return found


def _opens_section(block: Block, text: list[tuple[int, Block, str]]) -> bool:
    """Whether a heading just before the first paragraph is the first of the text's
    subheads (the first entry's title in a live blog) rather than a label: the text
    goes on with further headings of the same kind."""
    return block.heading and any(b.heading and b.element.tag == block.element.tag for _, b, _ in text)


def _closes_text(block: Block) -> bool:
    """Whether a block may be the article's last: a sentence, not a heading or tagline."""
    return not block.heading and _is_sentence(block) and TAGLINE.search(block.text) is None


def _is_sentence(block: Block) -> bool:
    """Prose, an agency line, or a list/table row (lists and tables may close an article)."""
    text = block.text
    if prose_size(text) >= SENTENCE_MIN:
        return True
    if block.link_chars > MAX_LINK_DENSITY * len(text):
        return False
    return text[-1] in SENTENCE_ENDS or _is_row(block) or AGENCY_LINE.search(text) is not None


def _is_row(block: Block) -> bool:
    """A list item or table cell; not the loose text of a layout cell that also holds
    paragraphs (a table-laid page's headline and byline before its ``<p>`` text)."""
    return block.element.tag in LIST_ROWS and (block.element.tag != "td" or block.element.find(".//p") is None)


def _add_related_boxes(walk: Walk, container: HtmlElement, links: "_Links") -> None:
    """Links of teaser boxes inside the container, or named "related" next to it."""
    scope = container.getparent() if container.getparent() is not None else container
    for box, anchors, named in walk.related:
        ancestors = list(box.iterancestors())
        if container in ancestors or named and scope in ancestors:
            links.add(anchors, "related")


def _base_url(page: Page) -> str:
    base = page.tree.find("head/base[@href]")
    href = base.get("href").strip() if base is not None else ""
    return urljoin(page.url or "", href) if href else page.url or ""


class _Links:
    """Absolute, de-duplicated links in first-seen order."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.items: list[dict] = []
        self.seen: set[str] = set()

    def add(self, anchors: list[tuple[str, str]], kind: str) -> None:
        for href, text in anchors:
            href = href.strip()
            if not href or href.lower().startswith(_DROP_SCHEMES):
                continue
            try:
                url = urljoin(self.base, href)
            except ValueError:
                continue
            if url and url not in self.seen and url.startswith(("http://", "https://", "/")):
                self.seen.add(url)
                self.items.append({"url": url, "text": text, "kind": kind})
