"""The article's images with their captions, credits and alt texts, lead image first.

Our own code because no extraction library returns captions *with* credits: the
readability family keeps or drops ``<figure>`` whole, and metadata libraries only
know ``og:image``.  The rules are generic: figure/figcaption structure, class and
``itemprop`` hints (``caption``, ``credit``, ``copyright``, ``photographer``),
credit labels ("Photo:", "Image source,", "Foto:", "Фото:"; see ``credits.py``),
and the lazy-loading conventions publishing systems share (``srcset``,
``data-src``, ``<picture><source>``, ``<noscript>``, ``amp-img``).

The printed credit lines (label included, e.g. "Photo: Anatolii Stepanov / AFP") are
left in ``page.memo[CREDIT_LINES]`` for the attribution extractor.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .blocks import prose_size
from .credits import (
    CAPTION_ARROWS,
    DATA_SOURCE_LINE,
    clean_credit,
    closes_on_picture_note,
    is_video_title,
    normalize_space,
    reads_as_credit,
    split_caption,
    starts_with_credit_label,
    tidy_caption,
)
from .headline import find_headline
from .hints import LEAD_KINDS, LEAD_PLACES, lowered_names
from .page import Page
from .structured import Structured, element_text, structured_data, type_names

#: ``page.memo`` key: {credit name: credit line as printed}
CREDIT_LINES = "images.credit_lines"

_IMAGE_TAGS = ("img", "amp-img", "amp-anim")
#: the words that name a custom element for an image (``<progressive-image>``, ``<lazy-image>``)
_CUSTOM_IMAGE_WORDS = ("image", "img", "picture", "photo")
#: the candidates, found by tag and by the attributes a custom element's address sits in (``_image_elements``): asking
#: each element's name whether it holds "-" and a word, as one XPath did, took twice as long
_IMAGE_CANDIDATES = etree.XPath("descendant::img | descendant::amp-img | descendant::amp-anim | "
                                "descendant::*/@src/.. | descendant::*/@data-src/..")
_LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-hi-res-src",
             "data-full-src", "data-url", "data-img-src", "data-srcset-src")
_LAZY_SRCSET = ("data-srcset", "data-lazy-srcset", "data-original-set")
_SKIP_TAGS = frozenset({"nav", "aside", "footer", "form", "button", "template"})
_MIN_SIDE = 60
_HEADSHOT_SIDE = 300
_MAX_CREDIT = 120
#: words of a sentence, not a credit ("Paul Volcker and President Obama in 2009.")
_SENTENCE_WORDS = 4
#: an author's name or contact block next to a picture (and no headline: that is the article header).
#: (the attributes found by their axis, not by a test of every element's: twice as fast)
_BYLINE_NEAR = etree.XPath("boolean(descendant::address | descendant::*/@itemprop[.='author'] | descendant::*/@rel[.='author'])"
                           " and not(descendant::h1)")
_AMP_RATIO_LAYOUTS = frozenset({"responsive", "fill", "flex-item", "intrinsic", "fixed-height"})
#: the shortest text after an image that is its caption for printing the image's alt text
_ALT_CAPTION_MIN = 15
#: how far above an image its figure (or captioned wrapper) may be.
_FIGURE_DEPTH = 5

_FURNITURE = re.compile(
    r"\b(?:nav|navigation|navbar|menu|sidebar|rail|related|recommend\w*|recirc\w*|"
    r"most ?(?:read|popular|viewed)|mostread|popular|trending|teasers?|promo\w*|"
    r"share|sharing|social|ad|ads|advert\w*|sponsor\w*|dfp|outbrain|taboola|"
    r"newsletter|subscribe|subscription|paywall|regwall|piano|offer|signup|"
    r"avatar|author|authors|byline|profile|bio|headshot|mugshot|logo|icon|icons|emoji|"
    # an author box named in one word ("authorbox__image", "authorcard", "autorenbox")
    r"(?:author|autor|autoren|auteur)(?:box|card|info|bio|profile)|"
    # (a box of the site's QR code to follow it: "<div class='qrcode-box'><img …><p>扫码关注…</p></div>")
    r"sprite|comments?|breadcrumbs?|widget|site ?header|masthead|pixel|tracking|qr ?codes?)\b"
)
_BAD_URL = re.compile(
    # (not a crop's ratio before its width: "/1x1-256.jpg")
    r"(?:^|[/_.-])(?:logo|icon|avatar|sprite|spacer|blank|pixel|1x1(?!-\d)|transparent|placeholder|"
    r"lazy|loading|emoji|badge|tracking|beacon)s?(?:[/_.?-]|$)|doubleclick|/ads?/|"
    # a grey placeholder's file or folder is named for its colour last ("/img/grey.gif", "loader_small_grey.gif",
    # "gray-1x1.png", "/grey/"); the colour among a picture's words is no placeholder ("/3x2/grey-nurse-shark.jpg")
    r"(?:^|[/_.-])(?:grey|gray)(?:[_-]?(?:\d+(?:x\d+)?|bg|px|pixel))?(?:\.(?:gif|png|jpe?g|svg|webp)\b|/)",
    re.IGNORECASE,
)
#: names that say caption outright; with "desc" and the like, names a caption often has
_STRICT_CAPTION_WORDS = r"caption|legend|cutline|bildunterschrift|unterschrift|подпись"
_STRICT_CAPTION_HINT = re.compile(_STRICT_CAPTION_WORDS)
_CAPTION_HINT = re.compile(rf"{_STRICT_CAPTION_WORDS}|dida|desc|unterzeile|\bcap\b"  # "cap": "hlFig__cap", "photo-cap"
                           r"|\b(?:pic|img|photo)[_-]?text\b")  # (a portal's "<p class='pictext'>")
_CREDIT_HINT = re.compile(
    r"credit|copyright|photographer|fotograf|byline|author|attribution|rights|courtesy|"
    # (and the picture's owner: Dotdash's "figure-article-caption-owner", the credit alone in a figcaption)
    r"source|quelle|urheber|agency|distributor|copyrightholder|creator|owner"
)
#: the longest line beside an image read as its caption without a name saying so (``_caption_line``)
CAPTION_LINE_MAX = 300
#: names of a picture's box (a gallery's too, one picture of it shown: "<div class='artikel-galerie'>…<img>…<div
#: class='bildunterschrift'>")
_CONTAINER_HINT = re.compile(r"figure|image|photo|picture|media|img|foto|bild|visual|caption|slide|galerie")
_ARTICLE_ITEMTYPE = re.compile(r"Article|BlogPosting")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])", re.IGNORECASE)
#: a page of its own showing one picture, named for the picture's file: "/img/pc/docs/2087/741/html/sakura02_o.jpg.html"
#: (Japanese news sites' enlarged view), no teaser's link
_IMAGE_VIEWER = re.compile(r"\.(?:jpe?g|png|gif|webp)\.html?(?:$|[?#])", re.IGNORECASE)
_URL_WIDTH = re.compile(r"(?:[?&](?:w|width|resize)=|[/,](?:w_|width[=/_-]?))(\d{2,4})\b|\b(\d{3,4})x\d{2,4}\b")
#: links printed inside captions that are controls, not caption text.
_CAPTION_FURNITURE = re.compile(
    r"licensing rights|purchase licen|buy (?:this )?(?:photo|image)|opens new tab|enlarge|expand (?:image|photo)|"
    r"view (?:full|larger)|bild vergrößern|vergrößern|увеличить|"
    # a link to the picture's gallery or viewer: "写真一覧", "写真を拡大", "全3枚", "查看大图", "Bildergalerie", "voir les photos"
    # (and the pictures and charts of the story: "写真・図版一覧", "写真・図版 [もっと見る 4枚]")
    r"^\s*(?:[［\[【]?写真[］\]】]?\s*)?(?:写真|画像)(?:[・･](?:図版|動画))?\s*[［\[]?\s*(?:一覧|特集|を拡大|を?もっと見る)|"
    r"^\s*全\d+枚|"
    # (or those words alone, maybe with the count after the link: "<p><a>写真・図版</a>（全3枚）</p>" under the caption)
    r"^\s*写真・(?:図版|図表|動画)\s*(?:[（(]\s*全?\s*\d+\s*枚\s*[）)])?\s*$|"
    r"查看(?:大图|原图|图集)|"
    r"^\s*(?:alle bilder|bildergalerie|zur bildergalerie|voir (?:les|toutes les) photos|photo gallery|view gallery|"
    # (a button under a wire photo's caption, linking its gallery: "<a class='btn tnt-photo-link'>Photos</a>")
    r"photos|buy now)\s*$",
    re.IGNORECASE)
#: a count of pictures in brackets: a gallery's ("（全2枚）", "（共36张）", "(24 Bilder)"), the tail of its link in a
#: caption ("<a>写真を拡大</a>（全2枚）"), no caption's words, and closing a link's text, no story's
PICTURE_COUNT = r"[（(]\s*(?:共|全)?\s*\d+\s*(?:张|張|枚|(?i:photos|fotos|bilder|images|pictures))\s*[）)]"
_PICTURE_COUNT_ALONE = re.compile(rf"\s*{PICTURE_COUNT}\s*")
#: controls that show or hide a caption, printed as words inside it ("hide caption", "toggle caption"):
#: named so on their element, never caption or credit text.
_CAPTION_CONTROL = re.compile(r"\b(?:toggle|hide|show|expand|collapse)\s(?:the\s)?caption")
#: a label only screen readers read inside a caption ("<span class="u-hide-visually">Image:</span>"): not printed
_SCREEN_READER_ONLY = re.compile(r"\b(?:sr\sonly|visually\shidden|hide\svisually|screen\sreader(?:\stext)?)\b")
_INT = re.compile(r"^\s*(\d+)")
#: layout modifiers that name what a layout has, not what the element is: "layout-with-rail",
#: "has-sidebar", "no-ads" (the element is the main column, not the rail).
_HAS_MODIFIER = re.compile(r"\b(?:with|has|no|without)\s+(?:rail|sidebar|ads?|advert\w*|sponsor\w*|share|sharing|"
                           r"social|newsletter|paywall|promo\w*|related|comments?)\b")
#: printed credits are trimmed of separators systems print around them ("| Name/Agency").
_CREDIT_EDGE = " |–—-·•"


#: the lead picture's caption printed as a labelled line after the text: "Header image: A tanker fills up at a
#: hydrant. — NAME/White Star", "Cover photo: …", "Top image: …"
LEAD_CAPTION_LINE = re.compile(rf"^\s*(?:{LEAD_PLACES})\s+(?:{LEAD_KINDS})\s*:\s*", re.IGNORECASE)
#: the paragraphs that may be such a line (the same words, looked for by libxml2's EXSLT regex in the
#: paragraphs' first characters)
_LEAD_CAPTION_LINES = etree.XPath(
    "descendant::p[re:test(substring(normalize-space(.), 1, 24), "
    f"'^({LEAD_PLACES}) ({LEAD_KINDS}) ?:', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"})


def extract_images(page: Page, root: HtmlElement | None) -> list[dict]:
    """Images of the article as ``{"url", "caption", "credit", "alt"}``, lead image first."""
    base = base_url(page)
    lines: dict[str, str] = {}
    page.memo[CREDIT_LINES] = lines
    regions = article_regions(page, root)
    images = _page_images(page, regions, base, lines, root)
    if images and not images[0]["caption"] and not images[0]["credit"]:
        _lead_caption_line(images[0], regions, lines)
    data = structured_data(page)
    if images:
        _complete_from_jsonld(images, data, base)
        return images
    fallback = _declared_image(data, base)
    if fallback and not fallback["caption"] and not fallback["credit"]:
        _shown_beside(page, fallback, base, lines)
    return [fallback] if fallback else []


def _shown_beside(page: Page, image: dict, base: str, lines: dict[str, str]) -> None:
    """The caption and credit of the declared picture where the page shows it outside the article's blocks: a news
    release service's multimedia box in the side column (``<div class="multimedia"><img><p class="caption">…</p><p
    class="credit">Credit: NAME</p></div>``), read as the picture's own caption is, when both are found. Only ``<img>``
    elements of the declared address count, so a side column's other pictures (teasers, logos) give nothing."""
    body = page.tree.find("body")
    name = image["url"].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]  # the address's file name, in an attribute
    for img in (body if body is not None else page.tree).iter("img"):
        if not any(name in value for value in img.values()) or best_url(img, base) != image["url"]:
            continue
        caption, printed = _caption_of(img, img.getparent() if img.getparent() is not None else img)
        credit = clean_credit(printed)
        if caption and credit:  # a line alone may be a heading's or a teaser's, read as a credit ("Bild: …")
            image["caption"], image["credit"] = caption, credit
            lines.setdefault(credit, printed or credit)
        return


def _lead_caption_line(image: dict, regions: list[HtmlElement], lines: dict[str, str]) -> None:
    """The lead picture's caption and credit printed as a labelled paragraph after the text ("Header image: … —
    NAME/White Star"), when the picture itself has none."""
    for region in regions:
        for p in _LEAD_CAPTION_LINES(region):
            text = normalize_space(p.text_content())
            if len(text) > CAPTION_LINE_MAX:
                continue
            caption, printed = split_caption(LEAD_CAPTION_LINE.sub("", text, count=1))
            image["caption"], image["credit"] = caption, clean_credit(printed)
            if image["credit"]:
                lines.setdefault(image["credit"], printed or image["credit"])
            return


def base_url(page: Page) -> str:
    """The URL relative links resolve against: ``<base href>`` over the page URL."""
    href = page.cached("images.base_href", _base_href)
    return absolute(href, page.url or "") if href else (page.url or "")


def _base_href(page: Page) -> str:
    """The ``href`` of the page's first ``<base>`` that has one (as ``string(//base/@href)``),
    stripped; looked up once per page (the images and the cited sources both resolve against it)."""
    return next((href for href in (base.get("href") for base in page.tree.iter("base")) if href is not None), "").strip()


def absolute(url: str, base: str) -> str:
    """``url`` resolved against ``base`` (unchanged when there is no base)."""
    url = url.strip()
    try:
        return urljoin(base, url) if base else url
    except ValueError:
        return url


def article_regions(page: Page, root: HtmlElement | None) -> list[HtmlElement]:
    """The subtrees that hold the article: its headline, lead media and text.

    ``root`` (the text container from the body extractor) often excludes the header
    and the lead figure, so the region grows to the ``<article>`` around the
    headline and the text, or to the span of sibling blocks from headline to text.
    """
    cached = page.memo.get("images.regions")
    if cached is None or cached[0] is not root:
        cached = page.memo["images.regions"] = (root, _regions(page, root))
    return cached[1]


def _regions(page: Page, root: HtmlElement | None) -> list[HtmlElement]:
    body = page.tree.find("body")
    body = body if body is not None else page.tree
    root = root if root is not None else _guess_root(body)
    if root is None:
        return [body]
    h1 = next(iter(body.iter("h1")), None)
    if h1 is None:
        h1 = find_headline(page).element  # a headline set as an <h2> or <h3> (Korean and Japanese papers)
    article = _article_ancestor(root)
    if article is not None and (h1 is None or _contains(article, h1)):
        return [article]
    if h1 is None or _contains(root, h1):
        return [root]
    common = _common_ancestor(root, h1)
    if common is None:
        return [root]
    article = _article_ancestor(common)
    if article is not None:
        return [article]
    if common.tag in ("html", "body", "main") or "page" in hint(common):
        return _sibling_span(common, h1, root)
    return [common]


def _guess_root(body: HtmlElement) -> HtmlElement | None:
    found = body.xpath("(.//*[@itemprop='articleBody'])[1]")
    if found:
        return found[0]
    articles = [a for a in body.iter("article") if a.find(".//h1") is not None]
    if articles:
        return max(articles, key=lambda a: len(a.findall(".//p")))
    main = body.find(".//main")
    if main is not None:
        return main
    h1 = body.find(".//h1")
    node = h1
    while node is not None and node is not body and len(node.findall(".//p")) < 3:
        node = node.getparent()
    return node


def _article_ancestor(el: HtmlElement) -> HtmlElement | None:
    node: HtmlElement | None = el
    while node is not None and node.tag not in ("body", "html"):
        if node.tag == "article" or _ARTICLE_ITEMTYPE.search(node.get("itemtype") or ""):
            return node
        node = node.getparent()
    return None


def _contains(ancestor: HtmlElement, el: HtmlElement) -> bool:
    return any(a is ancestor for a in el.iterancestors()) or el is ancestor


def _common_ancestor(a: HtmlElement, b: HtmlElement) -> HtmlElement | None:
    chain = {a, *a.iterancestors()}
    node: HtmlElement | None = b
    while node is not None and node not in chain:
        node = node.getparent()
    return node


def _sibling_span(common: HtmlElement, first: HtmlElement, last: HtmlElement) -> list[HtmlElement]:
    def branch(el: HtmlElement) -> HtmlElement:
        while el.getparent() is not common:
            el = el.getparent()
        return el

    if first is common or last is common:
        return [common]
    children = list(common)
    start, end = children.index(branch(first)), children.index(branch(last))
    if 0 < start < end and _captioned_cover(children[start - 1]):
        start -= 1  # the cover picture over the headline's box, its caption beside it: the article's lead picture
    return children[min(start, end): max(start, end) + 1]


def _captioned_cover(box: HtmlElement) -> bool:
    """Whether ``box`` (the sibling right before the headline's box) holds one picture and a caption of its own
    ("<div class='article__cover'><img><p class='article__coverCaption'>…</p></div>")."""
    if not isinstance(box.tag, str) or box.tag in ("header", "nav", "script", "style"):
        return False
    if sum(1 for _ in box.iter("img")) != 1:
        return False
    return any("caption" in (el.get("class") or "").lower() or el.tag == "figcaption"
               for el in box.iter() if isinstance(el.tag, str))


def _page_images(page: Page, regions: list[HtmlElement], base: str, lines: dict[str, str],
                 root: HtmlElement | None = None) -> list[dict]:
    images: list[dict] = []
    by_url: dict[str | tuple[HtmlElement, str], dict] = {}
    verdicts: dict[HtmlElement, bool] = {}
    page_url = (page.url or "").split("#")[0]
    for region in regions:
        for img in _image_elements(region):
            if _is_fallback(img) or _shown_elsewhere(img, base):
                continue
            url = best_url(img, base)
            if not url or _bad_url(url) or _tiny(img):
                continue
            if _is_furniture(img, region, verdicts, root) or _beside_byline(img, root) \
                    or _gallery_thumbnail(img, base, page_url):
                continue
            caption, printed = _caption_of(img, region)
            if not caption and not printed:
                caption, printed = _block_caption(page, img)
            credit = clean_credit(printed)
            if _links_away(img, region, base, page_url) and not (caption and credit):
                continue  # a teaser's picture; one captioned and credited links to its gallery ("［写真］")
            if credit:
                lines.setdefault(credit, printed or credit)
            # (one picture printed twice in its figure, an <amp-img> and its <img> at another size's query)
            figure = next(img.iterancestors("figure"), None)
            known = by_url.get(url) or (by_url.get((figure, url.split("?")[0])) if figure is not None else None)
            if known is None:
                by_url[url] = {"url": url, "caption": caption, "credit": credit, "alt": _alt(img)}
                if figure is not None:
                    by_url[(figure, url.split("?")[0])] = by_url[url]
                images.append(by_url[url])
            else:
                _fill(known, caption=caption, credit=credit, alt=_alt(img))
    return images


def _bad_url(url: str) -> bool:
    """Whether ``url`` names a logo, icon, placeholder or ad (``_BAD_URL``); a placeholder's word in the host's name
    names the server, not the picture ("gray-kvtq-prod.cdn.example/…/MAP.jpg": a broadcast group's image server),
    so only the path is read for it (an ad server's host still is one)."""
    found = _BAD_URL.search(url)
    if found is None or "//" not in url:
        return found is not None
    path = url.find("/", url.find("//") + 2)
    if path < 0 or found.start() >= path or "doubleclick" in found.group(0).lower():
        return True
    return _BAD_URL.search(url, path) is not None


def _is_fallback(img: HtmlElement) -> bool:
    """An ``<img>`` inside ``amp-img`` (its fallback), already covered by the ``amp-img``; a custom image
    element giving no address of its own (``<wow-image><img src=…></wow-image>``) is a wrapper, not the image."""
    if img.tag != "img":
        return False
    return any(node.tag in _IMAGE_TAGS or _is_custom_image(node.tag) and (node.get("src") or node.get("data-src"))
               for node in islice(img.iterancestors(), 2))


def _is_custom_image(tag: str) -> bool:
    """A custom element named for an image (``progressive-image``), as ``_image_elements`` finds them."""
    return "-" in tag and any(word in tag for word in _CUSTOM_IMAGE_WORDS)


def _image_elements(region: HtmlElement) -> list[HtmlElement]:
    """The images under ``region``, in document order: the image tags, and the custom elements named for an image that
    carry its address (``<progressive-image src=...>``, ``<lazy-image data-src=...>``)."""
    return [el for el in _IMAGE_CANDIDATES(region) if el.tag in _IMAGE_TAGS or _is_custom_image(el.tag)]


def _shown_elsewhere(img: HtmlElement, base: str) -> bool:
    """A ``<noscript>`` copy of a lazy image that its scripted sibling already gives."""
    noscript = next((a for a in islice(img.iterancestors(), 2) if a.tag == "noscript"), None)
    holder = noscript.getparent() if noscript is not None else None
    if holder is None:
        return False
    return any(best_url(other, base) for other in holder.iter(*_IMAGE_TAGS)
               if other is not img and not _in_noscript(other))


def _fill(image: dict, **fields: str | None) -> None:
    for key, value in fields.items():
        if value and not image[key]:
            image[key] = value


def _alt(img: HtmlElement) -> str | None:
    return normalize_space(img.get("alt")) or None


def best_url(img: HtmlElement, base: str) -> str | None:
    """The URL of the largest rendition an image element offers, absolute.

    Widths declared by ``srcset`` descriptors or the ``width`` attribute win; a width read from the URL
    ("-1024x683.jpg", "?width=960") only decides among candidates without one.
    """
    candidates: list[tuple[int, int, str]] = []
    for attr in _LAZY_SRCSET + ("srcset",):
        candidates += parse_srcset(img.get(attr), img)
    own_width = 0 if _ratio_only(img) else _width_attr(img)
    for attr in _LAZY_SRC + ("src",):
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            candidates.append((own_width, _url_width(value), value))
    picture = _picture_of(img)
    if picture is not None:
        for source in picture.iter("source"):
            for attr in ("srcset", "data-srcset", "data-src", "src"):
                candidates += parse_srcset(source.get(attr), img)
    if not candidates:
        candidates = _other_lazy_candidates(img, own_width)
    if not candidates:
        return None
    declared = [c for c in candidates if c[0]]
    best = max(declared, key=lambda c: c[0]) if declared else max(candidates, key=lambda c: c[1])
    return absolute(best[2], base) or None


def _other_lazy_candidates(img: HtmlElement, own_width: int) -> list[tuple[int, int, str]]:
    """The addresses a lazy loader of its own names keeps in a ``data-…src`` or ``data-…srcset`` attribute no list
    here knows ("data-gl-src", "data-lazyload-srcset"), or else in the one ``data-`` attribute holding an image file's
    address ("data-normal": a magazine platform's loader; several, "data-src-small", "data-src-large", name renditions
    no size tells apart), the ``src`` a placeholder: read when nothing else gives one."""
    found: list[tuple[int, int, str]] = []
    files: list[str] = []
    for name, value in img.items():
        if not name.startswith("data-") or not value:
            continue
        address = value.strip()
        if name.endswith("srcset"):
            found += parse_srcset(value, img)
        elif address.startswith(("http://", "https://", "/")):
            if name.endswith("src"):
                found.append((own_width, _url_width(address), address))
            elif _IMAGE_FILE.search(address):
                files.append(address)
    if not found and len(files) == 1:
        found.append((own_width, _url_width(files[0]), files[0]))
    return found


#: an image file's address, by its extension (maybe before a query)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:[?#]|$)", re.IGNORECASE)


#: what separates ``srcset`` candidates (spaces and commas), and a candidate's URL (up to a space):
#: ``\s`` is exactly ``str.isspace``
_SRCSET_GAP = re.compile(r"[\s,]*")
_SRCSET_URL = re.compile(r"\S*")


def parse_srcset(value: str | None, img: HtmlElement) -> list[tuple[int, int, str]]:
    """``(declared width, width in URL, url)`` for each candidate of a ``srcset``;
    URLs may contain commas. The declared width is the ``w`` descriptor, or ``x``
    times the element's ``width``; unknown widths count as 0.
    """
    out: list[tuple[int, int, str]] = []
    text, pos = value or "", 0
    while pos < len(text):
        pos = _SRCSET_GAP.match(text, pos).end()
        end = _SRCSET_URL.match(text, pos).end()
        url = text[pos:end]
        descriptor = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            comma = text.find(",", end)
            comma = len(text) if comma < 0 else comma
            descriptor, end = text[end:comma].strip(), comma
        pos = end + 1
        if url and not url.startswith("data:"):
            out.append((_declared_width(descriptor, img), _url_width(url), url))
    return out


def _declared_width(descriptor: str, img: HtmlElement) -> int:
    number = _INT.match(descriptor)
    if number and descriptor.rstrip().endswith("w"):
        return int(number.group(1))
    if descriptor.endswith("x"):
        try:
            density = float(descriptor[:-1])
        except ValueError:
            return 0
        width = 0 if _ratio_only(img) else _width_attr(img)
        return int(density * width) if 0 < density < 100 else 0
    return 0


def _url_width(url: str) -> int:
    match = _URL_WIDTH.search(url)
    return int(match.group(1) or match.group(2)) if match else 0


def _width_attr(img: HtmlElement) -> int:
    return _int_attr(img, "width")


def _int_attr(el: HtmlElement, name: str) -> int:
    match = _INT.match(el.get(name) or "")
    return int(match.group(1)) if match else 0


def _picture_of(img: HtmlElement) -> HtmlElement | None:
    for node in _ancestors(img, 3):
        if node.tag == "picture":
            return node
    return None


def _ancestors(el: HtmlElement, limit: int):
    """Up to ``limit`` ancestors, not counting ``<source>`` elements: libxml2's HTML parser
    does not know ``<source>`` is empty and nests what follows it (the ``<img>``) inside."""
    for node in el.iterancestors():
        if node.tag == "source":
            continue
        yield node
        limit -= 1
        if limit <= 0:
            return


def _ratio_only(img: HtmlElement) -> bool:
    return (img.get("layout") or "").lower() in _AMP_RATIO_LAYOUTS


def _tiny(img: HtmlElement) -> bool:
    """Pixels and icons; AMP's responsive layouts use width/height as an aspect ratio only."""
    if _ratio_only(img):
        return False
    sides = [_INT.match(img.get(a) or "") for a in ("width", "height")]
    return any(s is not None and int(s.group(1)) < _MIN_SIDE for s in sides)


def hint(el: HtmlElement) -> str:
    """Lower-cased words of an element's class, id, itemprop and test/qa attributes."""
    get = el.get
    return _hint_words(f"{get('class') or ''} {get('id') or ''} {get('itemprop') or ''} {get('data-qa') or ''} "
                       f"{get('data-testid') or ''} {get('data-hook') or ''} {get('data-component') or ''} "
                       f"{get('role') or ''}")


@lru_cache(maxsize=8192)
def _hint_words(raw: str) -> str:
    """``hint``'s words of the attributes' values joined by spaces (remembered: the readers of a picture's
    surroundings ask about the same boxes again and again, and pages repeat their names)."""
    if raw.isspace():
        return " "  # one run of non-word characters, as the substitutions below make it
    return _NON_WORD.sub(" ", lowered_names(raw))


def _furniture_hint(el: HtmlElement) -> bool:
    words = hint(el)
    if _FURNITURE.search(words) is None:
        return False
    if "widget" in words and _ARTICLE_PICTURE.search(words):
        words = words.replace("widget", " ")  # "sdc-article-widget sdc-article-image": the article's picture's box
    return bool(_FURNITURE.search(_HAS_MODIFIER.sub(" ", words)))


#: a name saying its box is the article's picture ("article image", "story-image")
_ARTICLE_PICTURE = re.compile(r"\b(?:article|story|post)\s(?:image|picture|photo|figure)\b")


def _captioned_logo(node: HtmlElement) -> bool:
    """Whether ``node`` is a ``<figure>`` named only as a "logo" that holds a caption: systems (SPIP) call an article's
    lead picture its "logo" ("logo-article"), and a site's logo has no caption."""
    if node.tag != "figure" or _FURNITURE.search(_LOGO_WORD.sub(" ", words := hint(node))) or not _LOGO_WORD.search(words):
        return False
    return any(child.tag == "figcaption" and child.text_content().strip() for child in node)


_LOGO_WORD = re.compile(r"\blogo\b")


def _story_masthead(node: HtmlElement) -> bool:
    """Whether ``node`` is a box named as a masthead inside an ``<article>``, holding a captioned figure: a newsroom
    system's lead media ("<article class='asset'>…<div class='asset-masthead'><figure>…<figcaption>…"), no site's
    masthead, which stands outside the article and prints no caption."""
    return _MASTHEAD_WORD.search(hint(node)) is not None and next(node.iterancestors("article"), None) is not None \
        and any(caption.text_content().strip() for caption in node.iter("figcaption"))


_MASTHEAD_WORD = re.compile(r"\bmasthead\b")
#: an image's own name saying a share button offers it ("img-share", "share-image"): the picture
#: is the article's (the icons of a share bar are named so on their bar, or are tiny)
_OFFERED = re.compile(r"\b(?:share|sharing)\b")


def _is_furniture(img: HtmlElement, region: HtmlElement, verdicts: dict[HtmlElement, bool],
                  root: HtmlElement | None = None) -> bool:
    """Whether the picture sits in furniture (a teaser, a share bar, an author box) below ``region``.
    A picture inside the text's container ``root`` is judged up to the container only: the elements
    around the text are the article's, whatever their names say (a blog theme's "widget Blog")."""
    if _furniture_hint(img) and _FURNITURE.search(_OFFERED.sub(" ", hint(img))):
        return True
    for node in img.iterancestors():
        if node is region or node is root:
            return False
        if node not in verdicts:
            verdicts[node] = node.tag in _SKIP_TAGS and not _picture_aside(node) and not _gallery_trigger(node) \
                or (node.tag == "header" and _site_header(node)) or (
                # a box named as a teaser that holds the headline is the article's header ("cssBoxTeaserStandard")
                _furniture_hint(node) and not _teaser_holding_headline(node) and not _captioned_logo(node)
                and not _paywalled_text(node, root) and not _prose_box(node, root) and not _captioned_mugshot(node)
                and not _lightbox_link(node)
                and not _story_masthead(node))
        if verdicts[node]:
            return True
    return False


#: the names of a portrait's box: a writer's head in a byline, or a booking photo in a crime story
_PORTRAIT = re.compile(r"\b(?:headshot|mugshot)\b", re.IGNORECASE)


def _captioned_mugshot(node: HtmlElement) -> bool:
    """Whether ``node`` is a figure named as a portrait ("is-style-mugshot") set between the text's paragraphs with a
    caption (a police booking photo in a crime story): the article's picture, no writer's head."""
    return node.tag == "figure" and _PORTRAIT.search(hint(node)) is not None and _in_captioned_figure(node)


def _lightbox_link(node: HtmlElement) -> bool:
    """Whether ``node`` is a link holding the picture alone in a captioned figure, whatever its name says ("<figure><a
    class='photo_pop_icon'><picture>…</picture></a><figcaption>…</figcaption></figure>"): it opens the article's
    picture larger."""
    if node.tag != "a" or _image_count(node) != 1 or node.text_content().strip():
        return False
    figure = next(node.iterancestors("figure"), None)
    return figure is not None and any(normalize_space(caption.text_content()) for caption in figure.iter("figcaption"))


def _paywalled_text(node: HtmlElement, root: HtmlElement | None) -> bool:
    """A box inside the text's container named for the paywall only ("fig-premium-paywall") that holds paragraphs: the
    part of the text subscribers read, which the text's walk keeps, so its pictures are the article's too."""
    words = hint(node)
    return root is not None and "paywall" in words and _FURNITURE.search(words.replace("paywall", " ")) is None \
        and len(node.findall(".//p")) >= _PAYWALLED_PARAGRAPHS and _contains(root, node)


#: the fewest paragraphs a box named for the paywall holds to be the text's part behind it
_PAYWALLED_PARAGRAPHS = 2


def _prose_box(node: HtmlElement, root: HtmlElement | None) -> bool:
    """A box inside the text's container, whatever its name says ("<div class='teaser-content article-body-content'>",
    a system's name for its story's body), that holds ``_PROSE_PARAGRAPHS`` paragraphs of prose or more as its own
    children: the text itself, whose pictures are the article's (a teaser box holds a headline and a line or two)."""
    return root is not None and _contains(root, node) and sum(
        1 for child in node.iterchildren("p") if len(child.text_content()) >= _PROSE_CHARS) >= _PROSE_PARAGRAPHS


#: the paragraphs, and their fewest characters, that make a furniture-named box the text's own (``_prose_box``)
_PROSE_PARAGRAPHS, _PROSE_CHARS = 4, 120


#: the one word naming a commentary piece (not "comments", a reader's discussion)
_COMMENT_WORD = re.compile(r"\bcomment\b")


def _teaser_holding_headline(node: HtmlElement) -> bool:
    """A box named as a teaser ("cssBoxTeaserStandard conTeaser") holding the page's ``<h1>``: the article's header,
    built from the site's teaser boxes, not a teaser of another story. So is a teaser-named box after the ``<h1>``
    beside it, or after the header box holding it, that links nowhere (a CMS's "teaser-image" field for the lead
    picture: "<div class='content-header'><h1>…</h1>…</div><div class='teaser-image'><img>…"): a teaser links to its
    story. A box named for a commentary piece ("comment", ``_COMMENT_WORD``) holding the ``<h1>`` is the header
    too."""
    words = hint(node)
    if "teaser" not in words:
        # a box named for a commentary piece ("hero--expert-comment", a think tank's "Expert comment") holding the
        # page's ``<h1>`` is the piece's header: a reader's comments never hold the headline
        return _COMMENT_WORD.search(words) is not None and next(node.iter("h1"), None) is not None
    return next(node.iter("h1"), None) is not None or (
        next(node.iter("a"), None) is None
        and any(s.tag == "h1" or next(s.iter("h1"), None) is not None for s in node.itersiblings(preceding=True)))


def _beside_byline(img: HtmlElement, root: HtmlElement | None = None) -> bool:
    """Author photos: a square thumbnail, or a picture sitting next to the author's name. A box
    holding the text's container is the article (an item page's "Scritto da" beside its text and
    pictures), not an author card; and a square picture in a captioned figure set after a paragraph of the text is the
    article's (a close-up "supporting" picture beside the text: "<p>…</p><figure><img width='300' height='300'>
    <figcaption>… Photograph: X/PA</figcaption></figure>")."""
    width, height = _width_attr(img), _int_attr(img, "height")
    if width and width == height and width <= _HEADSHOT_SIDE and not _in_captioned_figure(img):
        return True
    for node in islice(img.iterancestors(), 3):
        if node.tag == "figure" or root is not None and (node is root or _contains(node, root)):
            return False
        if _BYLINE_NEAR(node):
            return True
    return False


def _site_header(header: HtmlElement) -> bool:
    """A header of the site, not of the article: a header named for the article's content
    ("ArticlePageContentHeader", "entry-header") is the article's, "page" in its name or not."""
    if header.get("role") == "banner":
        return True
    words = hint(header)
    return bool(re.search(r"\b(?:site|global|page|top|main)\b", words)) \
        and not re.search(r"\b(?:article|content|story|post|entry)\b", words)


def _links_away(img: HtmlElement, region: HtmlElement, base: str, page_url: str) -> bool:
    """A picture linking to another page is a teaser (a link to the full-size file is not, nor one
    to a page under the article's own address: its photo viewer, ``/articles/ID/images/000``, nor one
    to the article's own address with a query: its lightbox, ``?itemId=…``, nor one to a page showing the picture
    alone, named for its file: ``…/html/sakura02_o.jpg.html``, ``_IMAGE_VIEWER``, or by its folder from a captioned
    figure between the text's paragraphs: ``/photo/ID/``, ``_PHOTO_PAGE``)."""
    for node in img.iterancestors():
        if node is region or node.tag == "figure":
            return False
        if node.tag == "a" and node.get("href"):
            target = absolute(node.get("href"), base).split("#")[0]
            return bool(target) and target != page_url and not _IMAGE_FILE.search(target) \
                and not _IMAGE_VIEWER.search(target) \
                and not own_page(target, page_url) and not _same_path(target, page_url) \
                and not _names_article(target, page_url) \
                and not (_PHOTO_PAGE.search(urlsplit(target).path) and _in_captioned_figure(img))
    return False


def _gallery_thumbnail(img: HtmlElement, base: str, page_url: str) -> bool:
    """Whether ``img`` is a thumbnail in a strip of the article's own gallery: a list of ``_STRIP_ITEMS_MIN`` rows or
    more, each a linked picture and no words, the links to the article's own pages ("<ul><li><a href='…?slide=2'>
    <img></a></li>…", "…/photo/2/"). The pictures are the gallery's, shown larger on its pages; the article's are
    the ones it prints."""
    row = next((el for el in islice(img.iterancestors(), _STRIP_LEVELS) if el.tag == "li"), None)
    link = next((el for el in islice(img.iterancestors(), _STRIP_LEVELS) if el.tag == "a"), None)
    strip = row.getparent() if row is not None else None
    if link is None or strip is None or not page_url:
        return False
    target = absolute(link.get("href") or "", base).split("#")[0]
    if not (own_page(target, page_url) or _same_path(target, page_url)):
        return False
    rows = [child for child in strip if isinstance(child.tag, str)]
    return len(rows) >= _STRIP_ITEMS_MIN and all(child.tag == "li" and _image_count(child) == 1
                                                  and not child.text_content().strip() for child in rows)


#: the fewest rows of a gallery's strip of thumbnails, and how far up from the picture its row and link are looked for
_STRIP_ITEMS_MIN, _STRIP_LEVELS = 3, 3


def own_page(target: str, page_url: str | None) -> bool:
    """Whether ``target`` is a page under the article's own address (its photo viewer, ``/articles/ID/photo/3/``)."""
    return bool(page_url) and target.startswith(page_url.rstrip("/") + "/")


def _same_path(target: str, page_url: str) -> bool:
    """Whether ``target`` is the article's own address under another query (its lightbox, a gallery's slide)."""
    return bool(page_url) and target.split("?")[0] == page_url.split("?")[0]


#: a site's page showing one picture, by its folder: "/photo/20240515-CST1I50191/", "/gallery/…", "/bilder/…"
#: (or a chart's: "/graphs/20250806/…/2" from a captioned chart between the paragraphs)
_PHOTO_PAGE = re.compile(r"/(?:photos?|pictures?|images?|gallery|galleries|fotos?|bilder|zoom|写真|graphs?|graphics?|"
                         r"charts?|grafiken?)/", re.IGNORECASE)


def _gallery_trigger(node: HtmlElement) -> bool:
    """Whether ``node`` is a ``<button>`` wrapping the picture of a captioned ``<figure>`` ("<figure><button
    aria-label='Open this photo in gallery'><picture>…</picture></button><figcaption>…"): the article's picture, the
    button opening it larger."""
    figure = node.getparent()
    return node.tag == "button" and figure is not None and figure.tag == "figure" \
        and next(figure.iterchildren("figcaption"), None) is not None


def _picture_aside(node: HtmlElement) -> bool:
    """Whether ``node`` is an ``<aside>`` set between the text's paragraphs holding one picture and its caption line and
    nothing else (an old system's figure: "<aside class='image-l'><a><img></a><p class='caption'>…</p></aside>"): the
    article's picture, no side box."""
    if node.tag != "aside" or sum(1 for _ in node.iter("img")) != 1 \
            or next(node.iterdescendants("h2", "h3", "h4", "ul", "ol", "aside", "nav"), None) is not None \
            or len(" ".join(node.text_content().split())) > _PICTURE_ASIDE_TEXT:
        return False
    parent = node.getparent()
    # (a row of such asides, "<div class='image-set'><aside>…</aside><aside>…</aside></div>", between paragraphs)
    box = parent if parent is not None and all(child.tag == "aside" for child in parent.iterchildren(etree.Element)) \
        else node
    siblings = (next(box.itersiblings(etree.Element, preceding=True), None), next(box.itersiblings(etree.Element), None))
    # (its caption named so in any case, "photoCaption", or a <figcaption>)
    return any(sibling is not None and sibling.tag == "p" for sibling in siblings) \
        and any(el.tag == "figcaption" or "caption" in (el.get("class") or "").lower()
                for el in node.iter(etree.Element))


#: the most characters of such an aside's words: a caption's
_PICTURE_ASIDE_TEXT = 200


def _in_captioned_figure(img: HtmlElement) -> bool:
    """Whether the picture stands in a ``<figure>`` (or is one) with a ``<figcaption>``, set after a paragraph of the
    text (a picture of the article, whose link opens the site's page showing it larger), or in an old layout's table
    of its own with its caption's cell (``_captioned_table``)."""
    figure = img if img.tag == "figure" else next(img.iterancestors("figure"), None)
    if figure is None or next(figure.iter("figcaption"), None) is None:
        return _captioned_table(img)
    # (comments aside, and an ad's slot between them: "<p>…</p><div class='c-ad'><span>広告</span><div id='gpt'></div>
    # </div><figure>")
    before = next((el for el in figure.itersiblings(etree.Element, preceding=True)
                   if len(el.text_content().strip()) > _AD_SLOT_CHARS), None)
    return before is not None and before.tag == "p"


#: the most characters of a box between a paragraph and a figure passed over as an ad's slot (its label alone)
_AD_SLOT_CHARS = 12


def _captioned_table(img: HtmlElement) -> bool:
    """Whether the picture stands in an old layout's table of its own, its caption in a cell named so under it ("<table
    class='kiji_zu'><tr><td><img></td></tr><tr><td class='caption'>…</td></tr></table>" among the text's lines): the
    article's figure, set as a table."""
    table = next(img.iterancestors("table"), None)
    if table is None or len(rows := table.findall(".//tr")) > _FIGURE_TABLE_ROWS or len(table.findall(".//img")) != 1:
        return False
    return any(_CAPTION_CELL.search(cell.get("class") or "") and cell.text_content().strip()
               for row in rows for cell in row.iterchildren("td"))


#: the most rows of a table holding one picture and its caption, and the name of its caption's cell
_FIGURE_TABLE_ROWS = 3
_CAPTION_CELL = re.compile(r"caption|(?:^|[\s_-])cap(?:$|[\s_-])", re.IGNORECASE)


_LONG_ID = re.compile(r"\d{6,}")


def _names_article(target: str, page_url: str) -> bool:
    """A link to the article's own photo viewer named by the article's ID (``entry-12891234567.html`` ->
    ``image-12891234567-15512345678.html``, ``/articles/-/582714`` -> ``/photo/582714/1``): the address's last long
    number, in the link's last segment or as a whole folder of its path."""
    ids = _LONG_ID.findall(page_url.rsplit("/", 1)[-1]) if page_url else []
    return bool(ids) and (ids[-1] in target.rsplit("/", 1)[-1] or f"/{ids[-1]}/" in urlsplit(target).path) \
        or _same_query_id(target, page_url)


#: an article's number in its address's query ("detail.php?id=48213"): four digits or more
_QUERY_ID = re.compile(r"^\d{4,}$")


def _same_query_id(target: str, page_url: str) -> bool:
    """A link to the article's own photo viewer on an old system, named by the article's number in its query, under
    the same key or another (``detail.php?id=48213`` -> ``photo.php?id=48213&no=3``, ``article.php?storyid=61842`` ->
    ``photo.php?id=61842&no=1``)."""
    if "?" not in target or not page_url or "?" not in page_url:
        return False
    own = {v for _, v in parse_qsl(urlsplit(page_url).query) if _QUERY_ID.match(v)}
    return bool(own) and bool(own & {v for _, v in parse_qsl(urlsplit(target).query)})


def _caption_of(img: HtmlElement, region: HtmlElement) -> tuple[str | None, str | None]:
    """``(caption, printed credit)`` of an image, from its figure or captioned wrapper,
    else from ``data-caption`` / ``data-credit`` attributes."""
    holder = _caption_holder(img, region)
    caption, credit = _read_parts(holder) if holder is not None else (None, None)
    if holder is not None and not (caption or credit) and (_repeats_alt(holder, img) or _points_up(holder)
                                                           or below_picture_row(holder)
                                                           or _emphasised_line(holder)
                                                           or (above := holder.getprevious()) is not None
                                                           and _centred_line(holder, above)):
        caption, credit = split_caption(element_text(holder))  # named for nothing: read as a whole
        if caption and not credit:
            credit = _credit_line_after(holder)
    elif holder is not None and not caption and _credited_line(holder):
        caption, credit = split_caption(element_text(holder))  # a line (or two) of caption and credit
    elif holder is not None and not caption and credit and (line := _credited_line_in(img, holder)) is not None:
        caption, credit = split_caption(element_text(line))  # the picture's box: its line after the picture
    if holder is not None and holder.tag == "figure" and not (caption and credit):
        caption, credit = _from_gallery(holder, region, caption, credit)
    if holder is not None and holder.tag == "figure" and not (caption or credit):
        # a figure of the picture alone, its caption box set after it ("CaptionWrapper" beside the figure)
        following = _next_element(holder)
        if following is not None and _is_caption_sibling(following, strict=True):
            caption, credit = _read_parts(following)
            credit = credit or normalize_space(img.get("data-credit")) or None
    if holder is not None and credit and not caption:
        # the credit set over the picture in its box, the caption under the box ("<div class='img-wrap'><img><span
        # class='img-copyright'>© NAME</span></div><p class='img-caption'>…</p>", a school-news theme's "photowrap"
        # then "photocaption"): the caption is the line after it
        following = _line_below_box(holder, region)
        if following is not None and _is_caption_sibling(following, strict=True):
            below, below_credit = _read_parts(following)
            caption = below if below and not below_credit else caption
    if holder is not None and caption and not credit:
        credit = _credit_element_after(holder)
    if caption and not credit:
        credit = _credit_attribute(img, holder)
    if credit and not caption and _MAKERS_LINE.match(credit):
        credit = None  # the article's credits box under the lead picture, "文：NAME　写真：NAME　編集：NAME": no caption
    if caption or credit:
        return caption, credit
    line = _caption_line(img) if holder is None else None
    if line:
        return line
    if holder is None and (broken := _line_after_break(img) or _credited_paragraph_after(img) or _set_off_line(img)
                           or _figure_line_after(img)):
        return broken
    if holder is None and not img.get("data-caption") and _CAPTION_CLASS.search(img.get("class") or "") \
            and img.get("title"):
        return split_caption(img.get("title"))  # Joomla's caption.js: <img class="caption" title="…">
    caption, credit = split_caption(img.get("data-caption"))
    return caption, normalize_space(img.get("data-credit")) or credit


#: the article's credits line, the writer's label first ("文：NAME　写真：NAME", "Text: NAME, Photos: NAME"): the makers
#: of the article, set in a box named for credits that may follow the lead picture, no credit of the picture alone
_MAKERS_LINE = re.compile(r"^\s*(?:(?:取材[・･])?文|Text|Texte|Words)\s*[：:／/＝=]", re.IGNORECASE)


#: how many boxes of one picture up from its holder a caption's line after them is looked for (``_line_below_box``)
_CAPTION_BOX_LEVELS = 2


def _line_below_box(holder: HtmlElement, region: HtmlElement) -> HtmlElement | None:
    """The element right after the picture's holder, or, where the holder closes its box, after the box of the one
    picture holding it ("<div class='mol-img'><div class='image-wrap'><img><span class='credit'>…</span></div></div>
    <p class='imageCaption'>…</p>")."""
    box, following = holder, _next_element(holder)
    for _ in range(_CAPTION_BOX_LEVELS):
        if following is not None:
            break
        box = box.getparent()
        if box is None or box is region or sum(1 for _ in box.iter("img")) > 1:
            break
        following = _next_element(box)
    return following


#: the attributes a picture or its caption carries its credit in, where a style sheet prints it ("<figcaption
#: data-credits='APA/NAME'>" shown by ``::after``) or a script does
_CREDIT_ATTRIBUTES = ("data-credits", "data-credit", "data-copyright")


def _credit_attribute(img: HtmlElement, holder: HtmlElement | None) -> str | None:
    """The credit the caption's holder (a figure's, or its ``<figcaption>``) or the picture carries in an attribute
    (``_CREDIT_ATTRIBUTES``), if any."""
    caption = holder.find("figcaption") if holder is not None and holder.tag == "figure" else None
    return next((value for el in (holder, caption, img) if el is not None for name in _CREDIT_ATTRIBUTES
                 if (value := normalize_space(el.get(name)))), None)


def _block_caption(page: Page, img: HtmlElement) -> tuple[str | None, str | None]:
    """The caption a page sets apart from its picture's box, named as an element of the box's block in BEM's way: the
    hero picture in ``<header class="feature-hero"><div class="feature-hero__media">``, its caption below the header in
    ``<p class="feature-hero__caption">``, where the page has that block once and that caption once (cards or figures
    repeating theirs, "card__caption", "media__caption", are no picture's set apart). Only pictures inside an element
    of a block ask (most pages name none so)."""
    blocks = [name.split("__", 1)[0] for node in islice(img.iterancestors(), _FIGURE_DEPTH)
              for name in (node.get("class") or "").split() if "__" in name]
    if not blocks:
        return None, None
    captions = page.cached("images.block_captions", _block_captions)
    for block in blocks:
        if len(found := captions.get(block, ())) != 1:
            continue
        holders = _WITH_CLASS(page.tree, name=f" {block} ")
        if len(holders) == 1 and _contains(holders[0], img) and not _contains(holders[0], found[0]):
            return _read_parts(found[0])
    return None, None


def _block_captions(page: Page) -> dict[str, list[HtmlElement]]:
    """The page's caption elements named as a BEM block's ("feature-hero__caption"), by block."""
    found: dict[str, list[HtmlElement]] = {}
    for value in _BEM_CAPTION_CLASSES(page.tree):
        for name in value.split():
            block, _, element = name.partition("__")
            if element in ("caption", "legend") and block:
                found.setdefault(block, []).append(value.getparent())
    return found


#: the elements of a class (``$name`` with a space either side)
_WITH_CLASS = etree.XPath("//body//*[contains(concat(' ', normalize-space(@class), ' '), $name)]")
#: class values naming a block's caption element (attributes found by their axis: see docs, "Speed")
_BEM_CAPTION_CLASSES = etree.XPath("//body//*/@class[contains(., '__caption') or contains(., '__legend')]")


def _caption_holder(img: HtmlElement, region: HtmlElement) -> HtmlElement | None:
    """The enclosing figure (or captioned wrapper) of this one image, else the
    caption element right after the image or its wrappers (``<img><p class="caption">``,
    ``<div><a><img></a></div><br><div class="img-caption">``)."""
    node, wrapper = img, None
    for node in _ancestors(img, _FIGURE_DEPTH):
        if _image_count(node) > 1:
            break
        if node.tag == "figure":
            return node
        if wrapper is None and _CONTAINER_HINT.search(hint(node)) and _has_parts(node):
            wrapper = node
        if node is region:
            break
    if wrapper is not None:
        return wrapper
    node = img
    for level in range(_FIGURE_DEPTH):
        following = _next_element(node)
        if following is not None and following.tag == "tr" and (row_line := _caption_row_line(following)) is not None:
            return row_line  # a picture's table: its row, then the caption's row
        if following is not None and (_is_caption_sibling(following, strict=level >= 2)
                                      or _repeats_alt(following, img) or _points_up(following)
                                      or _emphasised_line(following) or _credited_line(following)
                                      or level == 1 and _centred_line(following, node)):
            return following
        if level == 0 and (img.tail or "").strip():
            break  # "<div class='badge'><img> Kirkus Star</div>": a badge's icon beside its words; what follows its
            # box is no caption of the icon
        node = node.getparent()
        while node is not None and node.tag == "source":
            node = node.getparent()
        # past the image's parent, only through wrappers holding this image and nothing else
        if node is None or node is region or (level >= 1 and not _bare_wrapper(node)):
            break
    return None


def _caption_row_line(row: HtmlElement) -> HtmlElement | None:
    """The line of a picture table's caption row: the last (a two-row table, as older editors' caption templates print
    it: ``<table class="tplCaption"><tr><td><img></td></tr><tr><td><p>CAPTION. Photo by NAME</p></td></tr></table>``),
    or the one before the next picture's row (an e-paper's table of pictures and captions); one cell, no picture or
    link, a short line; the cell's only child when it holds one. (An empty spacer row between them, "<tr><td
    height='8'></td></tr>", is none of the table's rows.)"""
    following = _past_spacers(row)
    if following is not None and not (following.tag == "tr" and (_bare_wrapper(following) or _zoom_row(following))) \
            or len(row) != 1 or row[0].tag not in ("td", "th"):
        return None  # the table's last row, or the row before the next picture's (an e-paper's table of pictures)
    cell = row[0]
    kids = [c for c in cell if isinstance(c.tag, str)]
    line = kids[0] if len(kids) == 1 and not (cell.text or "").strip() and not (kids[0].tail or "").strip() else cell
    return line if _plain_line(line) is not None or _closed_by_zoom_link(line) else None


def _closed_by_zoom_link(cell: HtmlElement) -> bool:
    """Whether a caption cell's one link is a short one closing it, to the picture shown larger ("【写真】CAPTION（NAME
    撮影）<br><a href='photo.php?…'>≫拡大</a>", whose words the caption's reading drops: ``credits._ENLARGE_LINK``)."""
    links = list(cell.iter("a"))
    kids = [c for c in cell if isinstance(c.tag, str)]
    return len(links) == 1 and bool(kids) and kids[-1] is links[0] and not (links[0].tail or "").strip() \
        and len(normalize_space(links[0].text_content())) <= _ZOOM_ROW_MAX and not _has_image(cell) \
        and sum(1 for c in normalize_space(cell.text or "") if c.isalpha()) >= _LINE_LETTERS_MIN


def _past_spacers(row: HtmlElement, following: bool = True) -> HtmlElement | None:
    """The element after ``row`` (before it, with ``following`` false), a table's empty spacer rows passed over
    (``_spacer_row``)."""
    step = HtmlElement.getnext if following else HtmlElement.getprevious
    other = step(row)
    while other is not None and other.tag == "tr" and _spacer_row(other):
        other = step(other)
    return other


def _spacer_row(row: HtmlElement) -> bool:
    """Whether a table's row holds nothing: no words, no picture, no link (a layout's gap between rows)."""
    return not row.text_content().strip() and next(row.iter("img", "a", "iframe", "video"), None) is None


#: the most characters of a picture table's last row that only links the picture larger ("写真拡大", "Enlarge")
_ZOOM_ROW_MAX = 12


def _zoom_row(row: HtmlElement) -> bool:
    """Whether ``row`` is a picture table's row holding only a short link (an old system's "写真拡大" under the
    caption's row), its last or the one before the next picture's (a table of pictures, each with its caption's and
    its link's rows, "▲拡大"; empty spacer rows between), or its last linking the story's pictures with their count."""
    after = _past_spacers(row)
    text = " ".join(row.text_content().split())
    # (or, the table's last, a link to the story's pictures with their count: "【写真】この記事の写真（2枚）")
    return (after is None or after.tag == "tr" and _bare_wrapper(after)) and row.find(".//a") is not None \
        and (len(text) <= _ZOOM_ROW_MAX or after is None and _GALLERY_CALL.search(text) is not None)


#: a link to the story's pictures closing on their count: "【写真】この記事の写真（2枚）", "Alle Bilder (5 Bilder)"
_GALLERY_CALL = re.compile(rf"^\S.{{0,30}}{PICTURE_COUNT}\s*$")


def below_picture_row(line: HtmlElement) -> bool:
    """Whether the line is the caption row's of a two-row picture table (``_caption_row_line``), or of a table of such
    pairs (the row before the picture's is the previous caption's, or its link's "▲拡大" row, ``_zoom_row``; empty
    spacer rows between)."""
    cell = line if line.tag in ("td", "th") else line.getparent()
    row = cell.getparent() if cell is not None and cell.tag in ("td", "th") else None
    above = row.getprevious() if row is not None and row.tag == "tr" else None
    if above is None or not _bare_wrapper(above) or _caption_row_line(row) is not line:
        return False
    before = _past_spacers(above, following=False)
    return before is None or _caption_row_line(before) is not None or before.tag == "tr" and _zoom_row(before)


def _outer_image(img: HtmlElement) -> tuple[HtmlElement, HtmlElement | None]:
    """``(node, parent)``: the image with the bare links and ``<picture>`` around it, and the box
    holding that."""
    node, parent = img, img.getparent()
    while parent is not None and parent.tag in ("a", "picture") and _bare_wrapper(parent):
        node, parent = parent, parent.getparent()
    return node, parent


def _caption_line(img: HtmlElement) -> tuple[str | None, str | None] | None:
    """``(caption, credit)`` from the one element beside the only image of a box named for images, when no caption
    is named: ``<div class="media"><img><div>2026年3月10日，北京金融街。图：视觉中国</div></div>``; or of a box named
    for nothing (a snapshot that dropped every class: ``<div><img><div>CAPTION <span>LUC ARNAUD / AFP</span></div>
    </div>``) when the line closes on a credit, in an element of its own or read in its words. The box holds the
    image (or a bare link or picture around it) and that line, no link in it."""
    node, parent = _outer_image(img)
    if parent is None or _image_count(parent) != 1:
        return None
    children = [c for c in parent if isinstance(c.tag, str) and c.tag not in ("br", "script", "style", "noscript")]
    if len(children) != 2 or children[0] is not node or (parent.text or "").strip() or (node.tail or "").strip():
        return None
    line = children[1]
    text = normalize_space(line.text_content())
    if not text or len(text) > CAPTION_LINE_MAX or next(line.iter("a"), None) is not None or _has_image(line):
        return None
    if _CONTAINER_HINT.search(hint(parent)):
        return split_caption(text)
    return _closing_credit_element(line, text) or _with_credit(split_caption(text))


def _closing_credit_element(line: HtmlElement, text: str) -> tuple[str, str] | None:
    """``(caption, credit)`` of a line closing on an element of its own that reads as a credit ("… 2024. <span>PAULINE
    ROUX POUR « LA GAZETTE NATIONALE »</span>": capitals, as French papers print a credit, or ``reads_as_credit``)."""
    last = line[-1] if len(line) else None
    if last is None or not isinstance(last.tag, str) or last.tag not in _CREDIT_ELEMENT_TAGS \
            or (last.tail or "").strip():
        return None
    credit = normalize_space(last.text_content())
    caption = text[:len(text) - len(credit)].strip() if text.endswith(credit) else ""
    if not caption or not credit or len(credit) > _MAX_CREDIT \
            or not (reads_as_credit(credit) or credit.isupper() and sum(c.isalpha() for c in credit) >= 4):
        return None
    return caption, credit


#: the elements a line may set its credit in after the caption's words
_CREDIT_ELEMENT_TAGS = ("span", "small", "em", "i", "cite")


def _with_credit(found: tuple[str | None, str | None]) -> tuple[str, str] | None:
    return (found[0], found[1]) if found[0] and found[1] else None


def _line_after_break(img: HtmlElement) -> tuple[str, str] | None:
    """``(caption, credit)`` from the line after a ``<br>`` in the picture's own paragraph, when it
    closes on a photo credit: ``<p><img><br>C929首架机总装下线仪式现场。图/视觉中国</p>`` (Chinese portals)."""
    node, parent = _outer_image(img)
    if parent is None or parent.tag not in ("p", "div", "center", "td") or _image_count(parent) != 1 \
            or (parent.text or "").strip() or (node.tail or "").strip():
        return None
    following = node.getnext()
    if following is None or following.tag != "br":
        return None
    last = following.getnext()
    if last is not None:  # the line in italics: <p><img><br><em>Caption (foto di NAME)</em></p>
        if (following.tail or "").strip() or last.getnext() is not None or (last.tail or "").strip() \
                or not (_emphasised_line(last) or _small_print_credited(last) or _small_print_line(last)):
            return None
        caption, credit = split_caption(element_text(last))
        return (caption, credit) if caption else None
    text = normalize_space(following.tail or "")
    if not text or len(text) > CAPTION_LINE_MAX:
        return None
    caption, credit = split_caption(text)
    if caption and not credit and len(text) <= _FRAGMENT_MAX and not _SENTENCE_END.search(text):
        return caption, None  # a caption set as a fragment: "Les poireaux du jardin, juste avant d'être lavés"
    if credit and not caption and starts_with_credit_label(text):
        return None, credit  # the credit alone under the picture, its label first: "<p><img><br>图/视觉中国</p>"
    return (caption, credit) if caption and credit else None


def _small_print_credited(el: HtmlElement) -> bool:
    """A line in small print right after the picture in its cell (``<td><img><br><font size="1"><i>Caption</i>
    (Gazette photo by NAME)</font></td>``, an old table layout's caption), closing on a photo credit."""
    if el.tag not in ("font", "small") or _has_image(el) or next(el.iter("a"), None) is not None:
        return False
    text = normalize_space(element_text(el))
    return len(text) <= CAPTION_LINE_MAX and all(split_caption(text))


#: an inline style setting a line in small print: "font-size:small", "font-size: x-small", "font-size:smaller", "80%"
_SMALL_STYLE = re.compile(r"font-size\s*:\s*(?:x{0,2}-?small|smaller|[1-8]\d%)", re.IGNORECASE)


def _small_print_line(el: HtmlElement) -> bool:
    """A short line wholly in small print after the picture and a ``<br>`` in its own box (``<div><a><img></a><br>
    <span style="font-size:small">Caption</span></div>``, ``<small>``; as hosted blogs' editors set a caption): a
    caption, credited or not; a credit alone captions nothing."""
    if el.tag != "small" and not (el.tag == "span" and _SMALL_STYLE.search(el.get("style") or "")):
        return False
    text = _plain_line(el)
    return text is not None and split_caption(text)[0] is not None


def _credited_paragraph_after(img: HtmlElement) -> tuple[str, str] | None:
    """``(caption, credit)`` from the paragraph right after the picture's own (a paragraph holding
    the picture and no words), when it closes on a photo credit: ``<p><img></p><p><font>这是3月11日拍摄的
    …。新华社记者 刘大伟 摄</font></p>`` (news agencies' and portals' pages, a caption named for nothing)."""
    following = _paragraph_after_picture(img)
    if following is None or following.tag not in ("p", "div", "center") or _has_image(following) \
            or next(following.iter("a"), None) is not None:
        return None
    text = normalize_space(following.text_content())
    if not text or len(text) > CAPTION_LINE_MAX:
        return None
    caption, credit = split_caption(text)
    if credit and not caption and (label := _CJK_CREDIT_LABEL.match(text)) \
            and prose_size(text[label.end():]) < _FIGURE_CAPTION_MIN:
        return None, credit  # a credit alone: "<p><img></p><p>封面来源｜视觉中国</p>" (no figure's description)
    if caption and not credit and (_CAPTION_HINT.search(hint(following)) or closes_on_picture_note(text)):
        # a line named as the picture's text: "<p class='pictext'>…街景。（资料图片）</p>"; or closing on a file
        # picture's note, as a caption closes on its credit: "<p class='picIntro'>…查看鸽子。资料图</p>"
        return caption, None
    return (caption, credit) if caption and credit else None


#: a Chinese, Japanese or Korean credit label opening a line after a picture ("封面来源｜", "图源：", "사진="), maybe in
#: brackets ("（图片来源：钛媒体AGI）")
_CJK_CREDIT_LABEL = re.compile(r"^[（(]?[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]{1,6}\s*[:：=＝/／｜|]")


def _paragraph_after_picture(img: HtmlElement) -> HtmlElement | None:
    """The element right after the picture's own paragraph (a ``<p>``, ``<div>`` or ``<center>`` holding the
    picture and no words), past line breaks; None when the picture has no such paragraph of its own."""
    _, parent = _outer_image(img)
    if parent is None or parent.tag not in ("p", "div", "center") or not _bare_wrapper(parent):
        return None
    return _next_element(parent)


def _set_off_line(img: HtmlElement) -> tuple[str, str | None] | None:
    """``(caption, credit)`` from the one line after a picture in text written as lines (``<br>``), the
    picture and that line set off from the text by blank lines: ``…<br><br><a><img></a><br>醤油らーめん
    （850円）<br><br>スープは…`` (blog systems whose editor breaks lines). The line is short and ends like
    no sentence (a fragment), or closes on a credit."""
    node, _ = _outer_image(img)
    if (node.tail or "").strip() or not _blank_line(node.getprevious(), backwards=True):
        return None
    following = node.getnext()
    if following is None or following.tag != "br" or not _blank_line(following.getnext()):
        return None
    text = normalize_space(following.tail or "")
    if not text or len(text) > _FRAGMENT_MAX:
        return None
    caption, credit = split_caption(text)
    return (caption, credit) if caption and (credit or not _SENTENCE_END.search(text)) else None


def _blank_line(br: HtmlElement | None, backwards: bool = False) -> bool:
    """Whether ``br`` and the element beside it (before it when ``backwards``) are two line breaks with
    nothing printed between (nor, ``backwards``, between ``br`` and the picture after it): a blank line."""
    if br is None or br.tag != "br" or backwards and (br.tail or "").strip():
        return False
    other = br.getprevious() if backwards else br.getnext()
    return other is not None and other.tag == "br" and not ((other if backwards else br).tail or "").strip()


def _figure_line_after(img: HtmlElement) -> tuple[str, None] | None:
    """``(caption, None)`` from the paragraph right after the picture's own when it opens with a figure's label
    ("图：不同进程数下的处理耗时", "Figure 2: Latency by worker count"): a blog's caption, label and all. A label
    before a name only ("图：视觉中国") credits the picture, it describes nothing."""
    following = _paragraph_after_picture(img)
    if following is None or (text := _plain_line(following)) is None or not (label := _FIGURE_LABEL.match(text)):
        return None
    return (text, None) if prose_size(text[label.end():]) >= _FIGURE_CAPTION_MIN else None


#: a figure's label opening its caption line: "图：", "圖 3：", "Figure 2:", "Fig. 2 –", "Abb. 1:"
_FIGURE_LABEL = re.compile(r"^(?:[图圖]\s?\d*\s?[：:]|(?:figure|fig\.|abb\.|abbildung)\s?\d*\s?[:：.–-])", re.IGNORECASE)
#: the description after a figure's label is longer than a name (``prose_size``: ten Chinese characters)
_FIGURE_CAPTION_MIN = 30


#: a caption line without a credit, after the picture's break, is a fragment: short, no sentence's end
_FRAGMENT_MAX = 120
_SENTENCE_END = re.compile(r"[.!?。！？…:：]\W*$")


def _next_element(node: HtmlElement) -> HtmlElement | None:
    """The element after ``node``, past line breaks and comments with nothing printed between."""
    following = node.getnext()
    while (following is not None and (following.tag == "br" or not isinstance(following.tag, str))
           and not (following.tail or "").strip()):
        following = following.getnext()
    return following


def _bare_wrapper(node: HtmlElement) -> bool:
    """An element around one image with no words of its own (``<p><a><img></a></p>``)."""
    return _image_count(node) == 1 and not node.text_content().strip()


def _is_caption_sibling(el: HtmlElement, strict: bool = False) -> bool:
    """A caption or credit element; ``strict`` (after wrappers around the image) wants its name
    to say caption or credit outright, not "desc" (a person card's description)."""
    words = hint(el)
    caption = (_STRICT_CAPTION_HINT if strict else _CAPTION_HINT).search(words)
    if el.tag == "figcaption" or caption or _CREDIT_HINT.search(words):
        return not _has_image(el)
    return False


def _repeats_alt(el: HtmlElement, img: HtmlElement) -> bool:
    """A text element after the image that prints the image's ``alt`` or ``title`` (systems that
    fill the alt text from the caption): the caption, whatever its class says ("ph_b"); maybe with the credit after it
    ("<div><span>CAPTION</span><span>（NAME攝）</span></div>", the alt printing the caption alone)."""
    if el.tag not in ("span", "p", "div", "em", "small") or _has_image(el):
        return False
    printed = normalize_space(el.text_content())
    text = printed.casefold()
    return len(text) >= _ALT_CAPTION_MIN and any(
        (alt := normalize_space(img.get(attr)).casefold()) and len(alt) >= _ALT_CAPTION_MIN
        and (text == alt or text.startswith(alt) and len(text) - len(alt) <= _CREDIT_AFTER_ALT_MAX
             and split_caption(printed)[1] is not None)
        for attr in ("alt", "title"))


#: the most characters after an image's alt text, repeated as its caption, that a credit takes
_CREDIT_AFTER_ALT_MAX = 40


#: an image's own class word naming it captioned (Joomla's caption.js reads such an image's title)
_CAPTION_CLASS = re.compile(r"(?:^|\s)caption(?:\s|$)")
_EMPHASIS = ("em", "i")
#: (an old table layout sets its caption line in a ``<font>``: "<td><font size="1">CAPTION <i>Photo by NAME</i></font>")
_LINE_TAGS = ("p", "div", "span", "em", "i", "center", "td", "tr", "small", "font")


def _plain_line(el: HtmlElement) -> str | None:
    """The text of a short line element without images or links, else None; a line break inside it is a space
    ("…Schritt"<br><span>Bild: NAME</span>": caption and credit on two lines)."""
    if el.tag not in _LINE_TAGS or _has_image(el) or next(el.iter("a"), None) is not None:
        return None
    text = normalize_space(element_text(el))
    words = sum(1 for c in text if c.isalpha())
    return text if words >= _LINE_LETTERS_MIN and len(text) <= CAPTION_LINE_MAX else None


#: the fewest letters of a caption line (not a video's duration "1:02", not an initial)
_LINE_LETTERS_MIN = 3


def _emphasised_line(el: HtmlElement) -> bool:
    """A short line wholly in italics right after the picture (``<p><img></p><p><em>Caption</em></p>``,
    an email's caption cell ``<td><em>…</em></td>``): blogs and hand-made pages caption that way."""
    text = _plain_line(el)
    if text is None:
        return False
    if el.tag not in _EMPHASIS:
        outer = [e for e in el.iter(*_EMPHASIS) if not any(a.tag in _EMPHASIS for a in _between(e, el))]
        if not outer or normalize_space(" ".join(e.text_content() for e in outer)) != text:
            return False
    return split_caption(text)[0] is not None  # a credit alone in italics captions nothing


#: a paragraph's inline style centring it ("text-align:center", as Chinese newsroom editors set pictures and captions)
_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
#: the most characters of a centred line read as a caption (a sentence or two)
_CENTRED_LINE_MAX = 120


def _centred(el: HtmlElement) -> bool:
    """Centred by its inline style or by the older ``align="center"`` attribute (``<p align="center">``, as portals'
    older XHTML templates still set it)."""
    return bool(_CENTRED.search(el.get("style") or "")) or (el.get("align") or "").strip().lower() == "center"


def _centred_line(el: HtmlElement, picture: HtmlElement) -> bool:
    """A short plain paragraph centred right after the picture's own centred paragraph
    (``<p style="text-align:center"><img></p><p style="text-align:center">市民在……休憩。</p>``): the caption that
    Chinese newsroom systems set so, without a credit or a name."""
    if picture.tag != "p" or el.tag != "p" or not _centred(picture) or not _centred(el):
        return False
    text = _plain_line(el)
    # a quotation centred under a picture is a testimonial or a pull quote, no caption
    # (and a line a label reads as a credit alone, "图：视觉中国", captions nothing)
    return text is not None and len(text) <= _CENTRED_LINE_MAX and not text.startswith(('"', "“", "„", "«", "「", "『")) \
        and split_caption(text)[0] is not None


def _between(el: HtmlElement, top: HtmlElement):
    """The ancestors of ``el`` below ``top``."""
    for a in el.iterancestors():
        if a is top:
            return
        yield a


def _credited_line_in(img: HtmlElement, holder: HtmlElement) -> HtmlElement | None:
    """The line right after the picture inside the picture's box, when it closes on a labelled credit
    (``<div class="article-image"><img><div class="image-text">Caption. <span>Bild: NAME</span></div></div>``)."""
    node, parent = _outer_image(img)
    while parent is not None and parent is not holder and len(parent) == 1:
        node, parent = parent, parent.getparent()
    following = _next_element(node) if parent is holder else None
    return following if following is not None and _credited_line(following) else None


def _credited_line(el: HtmlElement) -> bool:
    """A short line right after the picture that closes on a photo credit ("… tejado. Foto: NAME"):
    the caption, whatever its element or name."""
    text = _plain_line(el)
    if text is None or el.tag in ("td", "tr"):
        return False
    caption, credit = split_caption(text)
    return bool(caption and credit and (starts_with_credit_label(credit.lstrip("([（【 ")) or SHOT_BY.search(text)))


#: a Chinese photographer's credit closing the line, "…。中新社记者 NAME 摄" ("shot by"): a credit as plain as a label
SHOT_BY = re.compile(r"[\u4e00-\u9fff]\s*[摄攝]\s*$")


def _credit_element_after(holder: HtmlElement) -> str | None:
    """The credit set in an element of its own right after the caption's box, named as a credit ("<div
    class='mol-img'><img><span class='imageCaption'>CAPTION</span></div><p class='imageCaption credit'>NAME</p>"), or
    as the copyright in the picture's box."""
    following = _next_element(holder)
    if following is None or _has_image(following):
        return None
    named = _PICTURE_CREDIT_NAME.search(hint(following)) is not None
    # (or named for the copyright, in the picture's own box, its credit's label first: "<li><img><p
    # class='gallery__caption'>CAPTION</p><p class='gallery__copyright'>Foto: NAME</p></li>"; a page's copyright line
    # is in no picture's box)
    boxed = not named and "copyright" in hint(following) and (box := following.getparent()) is not None \
        and _has_image(box) and starts_with_credit_label(normalize_space(following.text_content()))
    # (or a note of the figure's source named so, its label first, right after a captioned chart: "<figure><img>
    # <figcaption>CAPTION</figcaption></figure><p class='source-note'>出典：X「…」</p>", "Source: X", "Quelle: X")
    sourced = not (named or boxed) and _SOURCE_NOTE_NAME.search(hint(following)) is not None \
        and _SOURCE_NOTE_LABEL.match(normalize_space(following.text_content())) is not None
    if not (named or boxed or sourced):
        return None
    text = _credit_text(following)
    return text if 0 < len(text) <= _MAX_CREDIT and reads_as_credit(text) else None


#: the names of a figure's source note set after it ("source-note", "chart-source", "graphic__source", "quelle")
_SOURCE_NOTE_NAME = re.compile(r"(?:\bsource|quelle)")

#: the labels a figure's source note opens with (a chart's data, not the article's: a portal's "来源：" over its text
#: is none)
_SOURCE_NOTE_LABEL = re.compile(r"(?:出典|資料來源|数据来源|數據來源|Sources?|Quellen?|Fuente)\s*[:：]", re.IGNORECASE)


#: the names of an element holding a picture's credit (not a byline's or an author's, as ``_CREDIT_HINT`` has them
#: too; nor a page's copyright line), or its source ("img_source", a portal's: not the source of the article)
_PICTURE_CREDIT_NAME = re.compile(r"credit|photographer|fotograf|courtesy|urheber|"
                                  r"\b(?:img|image|photo|pic|foto)[_ -]?source\b")


def _credit_line_after(holder: HtmlElement) -> str | None:
    """A credit printed alone on the line after a caption line ("<p><i>Caption</i></p><p>Foto: NAME</p>")."""
    following = _next_element(holder)
    text = _plain_line(following) if following is not None else None
    if text is None or len(text) > _MAX_CREDIT:
        return None
    caption, credit = split_caption(text)
    return credit if credit and not caption else None


def _points_up(el: HtmlElement) -> bool:
    """A short text element after the image opening with an arrow pointing up at it, as Chinese
    and Korean pages caption pictures (WeChat's "▲ …", a Korean "▲ …" line), whatever its name."""
    if el.tag not in ("section", "p", "div", "span", "em", "small") or _has_image(el):
        return False
    text = el.text_content().lstrip()
    return bool(text) and text[0] in CAPTION_ARROWS and len(text) <= CAPTION_LINE_MAX


def _has_parts(node: HtmlElement) -> bool:
    return any(_role(el) for el in node.iterdescendants() if isinstance(el.tag, str))


def _image_count(node: HtmlElement) -> int:
    """How many pictures ``node`` holds, counted up to two: its callers ask whether it holds one, and a box high
    above a picture may hold a whole gallery."""
    shown = (el for el in node.iter(*_IMAGE_TAGS) if not _is_fallback(el) and not _in_noscript(el))
    return sum(1 for _ in islice(shown, 2))


def _has_image(el: HtmlElement) -> bool:
    return next(el.iter(*_IMAGE_TAGS), None) is not None


def _in_noscript(el: HtmlElement) -> bool:
    return next(el.iterancestors("noscript"), None) is not None


def _role(el: HtmlElement) -> str | None:
    """"credit", "caption" or None for an element inside a figure."""
    if el.tag in ("script", "style", "svg", "button", "noscript") or _has_image(el):
        return None
    itemprop = (el.get("itemprop") or "").lower()
    if itemprop in ("copyrightholder", "creator", "author", "copyrightnotice", "credittext"):
        return "credit"
    if itemprop == "caption":  # declared outright, whatever its classes say ("image__caption attribution")
        return "caption"
    hints = hint(el)
    if _CAPTION_CONTROL.search(hints):
        return None
    if _CREDIT_HINT.search(hints) or el.tag == "cite":
        return None if _holds_caption(el) else "credit"
    if el.tag == "figcaption" or _CAPTION_HINT.search(hints):
        return "caption"
    text = normalize_space(el.text_content())
    if text and len(text) < _MAX_CREDIT and starts_with_credit_label(text) and clean_credit(text) \
            and not is_video_title(text) \
            and not any(child.tag in ("div", "p") for child in el) and not _CAPTION_FURNITURE.search(text) \
            and not (el.tag == "a" and _PHOTO_PAGE.search(el.get("href") or "")):
        # (a box of lines holds the credit's line and others; a link to the site's photo pages, "<a href='/articles/
        # photo/ID.html'>写真・図版一覧</a>", calls to see the pictures and credits nobody)
        return "credit"  # a label alone ("Photo by " before a link) belongs to the credit that follows
    return None


def _holds_caption(el: HtmlElement) -> bool:
    """A credit-named box holding a caption-named element (``<div class="credit-caption"><div
    class="caption">…</div><span class="credit">…</span></div>``, a link aside): the box of both, not a credit."""
    inner = [hint(d) for d in el.iterdescendants() if isinstance(d.tag, str) and d.tag != "a"]
    return any(_STRICT_CAPTION_HINT.search(h) and not _CREDIT_HINT.search(h) and not _CAPTION_CONTROL.search(h)
               for h in inner) and any(_CREDIT_HINT.search(h) for h in inner)


def _credit_text(el: HtmlElement) -> str:
    """A credit element's text without the caption controls printed inside it ("NAME/AP hide caption")."""
    text = element_text(el)
    for control in el.iterdescendants():
        if isinstance(control.tag, str) and _CAPTION_CONTROL.search(hint(control)):
            text = text.replace(element_text(control), " ")
    return normalize_space(text)


def _read_parts(holder: HtmlElement) -> tuple[str | None, str | None]:
    """Caption and printed credit of a figure: caption elements minus the credit
    elements inside them; a credit printed inside the caption text is split off."""
    captions: list[HtmlElement] = []
    credits: list[HtmlElement] = []
    # a box of elements (no words of its own) holding a caption element and furniture, a gallery's "1 of 4"
    inner_caption = (holder.tag != "figcaption" and not _own_text(holder)
                     and any(_role(el) == "caption" for el in holder.iterdescendants() if isinstance(el.tag, str)))
    for el in holder.iter():
        if not isinstance(el.tag, str) or _inside(el, credits):
            continue
        if el is holder and inner_caption:
            continue
        role = _role(el)
        if role == "credit":
            credits.append(el)
        elif role == "caption" and not _inside(el, captions):
            captions.append(el)
    if not captions and len(credits) == 2 and credits[0].getnext() is credits[1] \
            and _STRICT_CAPTION_HINT.search(hint(credits[0])) and not _STRICT_CAPTION_HINT.search(hint(credits[1])):
        # "<div class='image__caption attribution'>Caption.</div><figcaption class='image__credit'>NAME</figcaption>":
        # an element named for the caption and an attribution, before its sibling named for the credit alone, is the
        # caption
        captions.append(credits.pop(0))
    if not captions and len(credits) == 1 and ((line := _line_before(credits[0])) is not None
                                               or (line := _line_around(credits[0], holder)) is not None):
        captions.append(line)  # "<p>Caption.</p><p class="copyright">Bildrechte: NAME</p>": the line above the credit
    if not credits and len(captions) == 1:
        last = _trailing_credit_child(captions[0])
        if last is None:
            last = _source_line_after(captions[0])
        if last is not None:
            credits.append(last)
    # (each caption once: a lightbox's copy of the caption beside the figcaption)
    caption_text = " ".join(dict.fromkeys(_text_without(c, credits) for c in captions))
    if not credits and len(captions) == 1 and captions[0] is not holder:
        caption_text += _credit_after(captions[0])
    printed = _join_credits([_credit_text(c).strip(_CREDIT_EDGE) for c in credits]) or None
    if printed and not captions and len(credits) == 1:
        # a credit box printing the caption's sentences before the credit itself
        caption, inline_credit = split_caption(printed)
        if caption and inline_credit and caption[-1] in ".!?" and len(caption.split()) >= _SENTENCE_WORDS:
            return caption, inline_credit
    caption, inline_credit = split_caption(caption_text)
    if printed is None:
        return caption, inline_credit
    if inline_credit is not None and DATA_SOURCE_LINE.match(inline_credit):
        inline_credit = None  # "…。资料来源：人力部" closing the caption's element, the picture's credit in its own: the
        # chart's data source is the caption's (as in one line: "…（資料來源：X）。圖／Y")
    elif inline_credit is not None and caption and _CAPTION_GOES_ON.match(caption.rstrip()[-1:]):
        inline_credit = None  # the credit in its own element, a label's word inside the caption's sentence is its
        # word: "…in einem der beanstandeten Videos: Eine Tube Creme im Bild, kein Hinweis auf Werbung"
    return (tidy_caption(caption_text) if inline_credit is None else caption), printed


#: a caption's words going on in Latin letters, or after a colon or comma, before a label's word (no sentence closed
#: before it: "Alles streng im Blick: Bilder von Überwachungskameras …")
_CAPTION_GOES_ON = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ:,]")


def _line_before(credit: HtmlElement) -> HtmlElement | None:
    """The plain line right before a credit element, itself named for nothing and printing no credit: the caption
    of a box of two lines, the credit's named and the caption's not."""
    before = credit.getprevious()
    if before is None or not isinstance(before.tag, str) or _role(before) is not None:
        return None
    text = _plain_line(before)
    return before if text is not None and len(text.split()) >= _LINE_CAPTION_WORDS \
        and split_caption(text)[1] is None else None


def _line_around(credit: HtmlElement, holder: HtmlElement) -> HtmlElement | None:
    """The line named for nothing whose words the credit element closes (``<div class="bildtext">Caption. <span
    class="copyright">Foto: NAME</span></div>``): its parent inside the picture's box, holding no picture."""
    line = credit.getparent()
    if line is None or line is holder or credit.getnext() is not None or _role(line) is not None \
            or next(line.iter("img", "picture", "video"), None) is not None:
        return None
    words = normalize_space((line.text or "") + "".join(c.tail or "" for c in line if c is not credit))
    return line if len(words.split()) >= _LINE_CAPTION_WORDS and split_caption(words)[1] is None else None


#: the fewest words of a caption line named for nothing above a named credit (not a name, not "Durée de l'audio 4:22")
_LINE_CAPTION_WORDS = 5


def _credit_after(caption: HtmlElement) -> str:
    """" " + the words printed right after a caption element in its box when they are only a credit
    (``<div class="…cap"><span class="…caption">Text.</span> (Photo: PTI)</div>``), else ""."""
    tail = normalize_space(caption.tail or "")
    return f" {tail}" if tail and split_caption(tail) == (None, tail) else ""


def _own_text(el: HtmlElement) -> str:
    return ((el.text or "") + "".join(c.tail or "" for c in el)).strip()


def _source_line_after(caption: HtmlElement) -> HtmlElement | None:
    """The line right after a chart's caption naming its data's source, which credits the chart where nothing else
    does (``<p class="chart_caption">CAPTION</p><p class="chart_source">出所：NAME</p>``, "Source: X", "Quelle: X")."""
    following = caption.getnext()
    if following is None or not isinstance(following.tag, str) or next(following.iter("img"), None) is not None:
        return None
    text = element_text(following)
    return following if len(text) <= _SOURCE_LINE_MAX and _SOURCE_LINE.match(text) else None


#: a chart's source line, and its length at most
_SOURCE_LINE = re.compile(r"^(?:source|sources|quelle|quellen|出所|出典|数据来源|數據來源|资料来源|資料來源)\s*[:：]\s*\S",
                          re.IGNORECASE)
_SOURCE_LINE_MAX = 80


def _trailing_credit_child(caption: HtmlElement) -> HtmlElement | None:
    """The last of several text elements of a caption when it reads as a credit on its own
    (``<figcaption><span>Text.</span><span class="x">Name Surname</span>``): systems that
    print the credit apart give it its own element, often without a telling class."""
    children = [c for c in caption if isinstance(c.tag, str) and c.tag not in ("br", "script", "style")]
    if len(children) == 1 and not (caption.text or "").strip() and not (children[0].tail or "").strip():
        return _trailing_credit_child(children[0])  # the caption's parts in one wrapper: "<figcaption><div><span>…"
    if len(children) < 2 or (children[-1].tail or "").strip() or next(children[-1].iter("a"), None) is not None:
        return None
    last = children[-1]
    before = normalize_space(" ".join([caption.text or ""] + [element_text(c) + " " + (c.tail or "")
                                                                for c in children[:-1]]))
    if not before or before[-1] not in ".!?)»\"”":
        return None
    # (in brackets of its own, as broadcasters print it: "<span>Caption.</span> <span>(Supplied: NAME)</span>", its
    # source and a colon before the name, "(SBC News: NAME)", "(Supplied: Harbourside Gambling Reform Alliance)")
    text = element_text(last)
    if text[:1] == "(" and text[-1:] == ")":
        return last if reads_as_credit(text[1:-1]) or _SOURCE_COLON_NAME.match(text[1:-1]) else None
    return last if reads_as_credit(text) else None


#: a credit's source of one to four capitalised words and a colon before its name of at most six words, no sentence
_SOURCE_COLON_NAME = re.compile(r"^\s*(?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w.'’&-]*\s*:"
                                r"\s*[A-ZÀ-Þ][^\s.!?:;]*(?:\s+[^\s.!?:;]+){0,5}\s*$")


def _join_credits(parts: list[str]) -> str:
    """Credit elements printed side by side ("Name" + "Agency") joined as "Name / Agency";
    a bare label element ("Photo:") runs into the name after it."""
    kept: list[tuple[str, str]] = []  # (as printed, name)
    for part in parts:
        name = clean_credit(part) or ""
        if not part or (name and any(name in known for _, known in kept)):
            continue  # the same credit printed twice ("Name" and "© Name")
        if name:
            kept = [(p, known) for p, known in kept if not known or known not in name]
        if kept and not kept[-1][1]:
            kept[-1] = (f"{kept[-1][0]} {part}", clean_credit(f"{kept[-1][0]} {part}") or "")
        else:
            kept.append((part, name))
    return " / ".join(p for p, _ in kept)


def _from_gallery(figure: HtmlElement, region: HtmlElement, caption: str | None,
                  credit: str | None) -> tuple[str | None, str | None]:
    """A gallery's own caption (a figure of figures) stands for the pictures without one;
    its credit ("Photos by ...") for those without their own."""
    for node in islice(figure.iterancestors(), 2):
        if node.tag == "figure":
            own = [c for c in node if c.tag == "figcaption"]
            if own:
                shared_caption, shared_credit = _read_parts(own[-1])
                return caption or (None if caption or credit else shared_caption), credit or shared_credit
            break
        if node is region:
            break
    return caption, credit


def _inside(el: HtmlElement, tops: list[HtmlElement]) -> bool:
    return any(_contains(t, el) for t in tops)


def _text_without(el: HtmlElement, skip: list[HtmlElement]) -> str:
    parts: list[str] = []
    _add_text_without(el, el, skip, parts)
    return normalize_space("".join(parts))


def _add_text_without(node: HtmlElement, el: HtmlElement, skip: list[HtmlElement], parts: list[str]) -> None:
    """``_text_without``'s walk of ``node`` inside ``el``, appending to ``parts``. (A function of its own, not a closure
    calling itself: such a closure is a reference cycle, which only the garbage collector frees.)"""
    if any(node is s for s in skip) or node.tag in ("script", "style", "svg", "button") \
            or _CAPTION_CONTROL.search(names := hint(node)) \
            or (node is not el and _SCREEN_READER_ONLY.search(names)):  # a gallery's caption may be one whole
        return
    if (node.tag == "a" or node is not el and not len(node) and len(node.text or "") <= _CONTROL_TEXT_MAX) \
            and _CAPTION_FURNITURE.search(node.text_content()):
        return  # a link to the gallery, or its count in a span: "<span class='photoCount'>写真・図版一覧（2枚）</span>"
    parts.append(node.text or "")
    for child in node:
        if isinstance(child.tag, str):
            spaced = child.tag not in _RUN_IN_TAGS  # "(<i>Myotis lucifugus</i>)" runs on, a <p> or <br> breaks
            parts.append(" " if spaced else "")
            _add_text_without(child, el, skip, parts)
            parts.append(" " if spaced else "")
            if child.tag == "a" and child.tail and _PICTURE_COUNT_ALONE.fullmatch(child.tail) \
                    and _CAPTION_FURNITURE.search(child.text_content()):
                continue  # the count after a gallery's link: "<a>写真を拡大</a>（全2枚）"
        parts.append(child.tail or "")


#: the longest text of a caption's control set in an element of its own (``_add_text_without``)
_CONTROL_TEXT_MAX = 30
#: inline elements whose text runs on from the text around them in a caption, as a browser prints it
_RUN_IN_TAGS = frozenset(("i", "em", "b", "strong", "sup", "sub", "small", "abbr", "cite", "q", "u", "mark"))


def _complete_from_jsonld(images: list[dict], data: Structured, base: str) -> None:
    """Caption and credit the page does not print, from the JSON-LD ImageObject of the
    same picture (same URL, or same file name: resizing services change the path)."""
    declared: dict[str, dict] = {}
    for img in _jsonld_images(data, base):
        declared.setdefault(img["url"], img)
        declared.setdefault(_file_name(img["url"]), img)
    for image in images:
        found = declared.get(image["url"]) or declared.get(_file_name(image["url"]))
        if found:
            _fill(image, caption=found["caption"], credit=found["credit"])


def _file_name(url: str) -> str:
    return "file:" + url.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1].lower()


def _declared_image(data: Structured, base: str) -> dict | None:
    """The lead image the page declares but does not show: JSON-LD, then og:image."""
    for image in _jsonld_images(data, base):
        return image
    url = data.meta_first("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
    if not url:
        return None
    alt = data.meta_first("og:image:alt", "twitter:image:alt")
    return {"url": absolute(url, base), "caption": None, "credit": None, "alt": alt}


def _jsonld_images(data: Structured, base: str) -> list[dict]:
    article = data.article or {}
    value = article.get("image") or article.get("associatedMedia")
    values = value if isinstance(value, list) else [value]
    out = []
    for item in values:
        image = _image_object(item, base)
        if image:
            out.append(image)
    return out


def _image_object(item: object, base: str) -> dict | None:
    if isinstance(item, str) and item.strip():
        return {"url": absolute(item, base), "caption": None, "credit": None, "alt": None}
    if not isinstance(item, dict) or (type_names(item) and "ImageObject" not in type_names(item)):
        return None
    url = item.get("url") or item.get("contentUrl")
    url = url[0] if isinstance(url, list) and url else url
    if not isinstance(url, str) or not url.strip():
        return None
    credit = _name(item.get("creditText")) or _name(item.get("copyrightHolder")) or _name(
        item.get("creator")) or _name(item.get("author"))
    caption = _name(item.get("caption")) or _name(item.get("description"))
    return {"url": absolute(url, base), "caption": tidy_caption(caption), "credit": clean_credit(credit),
            "alt": None}


def _name(value: object) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _name(value.get("name") or value.get("text") or value.get("@value"))
    if isinstance(value, str):
        return normalize_space(value) or None
    return None
