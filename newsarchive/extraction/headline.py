"""The article's headline: the one the reader sees, without the site name.

Declared titles (JSON-LD ``headline``, ``og:title``, ``twitter:title``,
``<title>``) are written for search engines and sharing: they often carry a
"| Site" suffix (removed when the part names the site: og:site_name, publisher,
organisation), or are a different, SEO wording.  The visible headline is the
``<h1>`` (or ``itemprop=headline``) of the article, but pages also have ``<h1>``
logos, breadcrumbs and teaser titles, and ``<h1>`` made of a kicker and a headline.
So visible headings, and the parts of a composite heading, are ranked by how well
they agree with the declared titles (token F1); ``<h2>``/``<h3>`` are tried, with a
stricter bar, when no ``<h1>`` agrees.  When none agrees, the declared title is
not the judge: the single ``<h1>`` at the top of the article container
(``<article>``, ``<main>``, the parent of ``articleBody``) is the reader's headline
even when the SEO/social title is worded differently (it must share a word with a
declared title, else an ``<h2>``/``<h3>`` repeating the declared title is preferred).
An ``<h1>`` in a breadcrumb counts when it repeats the declared headline exactly.
Headings kept for screen readers only and ruby readings are not read.  The
declared title is used only when no visible heading is found; its site name is
stripped also when glued ("Title_Section_Outlet", "Outlet|Title", "Title：Outlet")
or followed by a short section ("Title : Section : Outlet").  The page's
typography is kept: the declared spelling replaces the visible one only when the
visible heading lost a separator (kicker glued by CSS), not for quotes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from itertools import islice
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .hints import RUBY_ANNOTATIONS
from .language import find_language
from .outlets import CJK_OUTLET, OUTLET_WORD
from .page import Page
from .structured import Structured, element_text, structured_data, type_names

#: what parts a ``<title>``: its headline, section and the site's name ("港明日報｜HEADLINE - 20260318 - 港聞 - 每日港明",
#: "TITLE_CHANNEL_SITE"; bars, spaced dashes, underscores)
TITLE_PARTS = re.compile(r"\s*[｜|]\s*|\s+[-–—_]\s+|_")
_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•»/:]|::)\s+")
#: separators printed without spaces ("Outlet|Title", "Title_Section_Outlet", "Title：Outlet", Korean
#: sites' "TitleㅣOutlet", a lone jamo that no Korean word is spelled with): split on them only where
#: the part beyond them names the site
_TIGHT_SEPARATORS = re.compile(r"\s*[|｜_：ㅣ]\s*")
#: the last part of a Chinese, Japanese or Korean title, glued by a dash, underscore, bar or colon
#: ("...-新华网", "...：朝日新聞デジタル"), or by a doubled dash, a central paper's titles' ("...--经济--中华时报网")
#: the separators a Chinese, Japanese or Korean title glues its parts with: a doubled dash, a dash, an underscore, a
#: bar, a colon, a lone jamo
_CJK_SEPARATOR = r"--|[-_－–—|｜:：ㅣ]"
_CJK_TAIL = re.compile(r"(?<=[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff1f])"
                       rf"\s*(?P<sep>{_CJK_SEPARATOR})\s*(?P<name>[^-_－–—|｜:：ㅣ\s]+)$")
#: the outlet's host in brackets after its name at a title's end: "…_央视网(cctv.com)", "…_人民网（people.com.cn）"
_TAIL_HOST = re.compile(r"\s*[(（][\w-]+(?:\.[\w-]+)*\.[a-z]{2,}[)）]$", re.IGNORECASE)
#: characters at most of a section's name glued before such a name with the same separator ("_教育频道_")
CJK_SECTION_MAX = 6
#: words at most in the last part of a title that is an undeclared outlet's name ("... - Springfield News")
OUTLET_PART_WORDS = 4
#: a separator left at a title's end, its site name printed empty ("Headline -")
_DANGLING = re.compile(r"\s+(?:[|\-–—·•/:]|::)$")
#: the second-level labels of country domains ("co" of bbc.co.uk): a host's name is the label before them
SECOND_LEVEL = frozenset(("co", "com", "org", "net", "gov", "ac", "or", "ne", "gob", "edu"))
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_TOKEN = re.compile(r"\w+")
#: a word without the underscore ``\w`` counts as a letter
_WORD = re.compile(r"[^\W_]+")
_NOT_ARTICLE = ("nav", "footer", "aside")
#: elements that hold the article itself: an ``<h1>`` at their top is the article's heading
_ARTICLE_CONTAINERS = etree.XPath(
    "//body//article | //body//main | //body//*[@role='main'] | //body//*[@itemprop='articleBody']/.."
    # (or a box named for the article's text that holds its heading, its byline and its text: "<div
    # class='article-text'><h2>…</h2><ul>…points</ul><div class='author-section'>…")
    " | //body//div[contains(@class, 'article-text') or contains(@id, 'article-text')]")
_QUOTES = re.compile("[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a`\u00b4]")
#: the marks a heading prints between its words (separators, punctuation), quotes aside
#: (a space between Chinese or Japanese letters or brackets too, an ideographic space as printed: it sets a headline's
#: clauses apart, "子ども食堂　食材費1.5倍でも…", "「…！」　創立100年の…", as a mark does; after a question's or an
#: exclamation's mark it is the mark's own spacing: "取っていい？ 駆除の…")
_MARKS = re.compile(r"[^\w\s]|(?<=[\u3040-\u30ff\u3400-\u9fff\u300d\u300f\uff09])\s"
                    r"(?=[\u3040-\u30ff\u3400-\u9fff\u300c\u300e\uff08])")
_DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-------")
#: classes of headings kept for screen readers only ("Article detail"), not shown
_HIDDEN_CLASS = re.compile(r"\b(?:is[_-])?blind\b|sr-only|visually-?hidden|screen-?reader|(?:^|\s)hidden(?:\s|$)", re.I)
_HEADINGS = etree.XPath("//body//h1 | //body//*[@itemprop='headline'][not(self::meta)]")
#: second choice, for pages whose headline is not an ``<h1>`` (it must then agree with a declared title)
_SUBHEADINGS = etree.XPath("//body//h2 | //body//h3")
#: last choice, for pages without an ``<h1>`` (table layouts, e-paper views, an old system's "h2.news_title"): an
#: element named as a title or set in a large ``<font>``, which must then agree closely with a declared title (or, on a
#: page declaring only its ``<title>``, print the most words before the text: ``_longest_styled``)
_STYLED_HEADINGS = etree.XPath(
    "//body//*[self::div or self::span or self::p or self::td or self::h2 or self::h3]"
    "[contains(@class, 'title') or contains(@class, 'titel')"
    " or contains(@class, 'titre') or contains(@class, 'headline') or contains(@class, 'Title')"
    # (and in Japanese, romanised: "midashi", 見出し, a headline: "<td class='midashi'>")
    " or contains(@class, 'midashi')]"
    " | //body//font[number(@size) >= 4 or starts-with(@size, '+') and number(substring(@size, 2)) >= 2]"
    # a custom element named for the title, as an e-paper's templates print it ("<founder-title>")
    " | //body//*[contains(local-name(), '-')"
    " and (contains(local-name(), 'title') or contains(local-name(), 'headline'))]")
#: the label an early WordPress theme sets between the blog's name and the post's in every ``<title>``
#: ("Blog » Blog Archive » Post")
_ARCHIVE_LABEL = re.compile(r"^Blog Archive\s+(?:[|\-–—·•»/:]|::)\s+")
#: a heading's leading child named like this is a kicker or label set above/before the headline
_KICKER_CLASS = re.compile(r"kicker|eyebrow|overline|topline|dachzeile|roofline|rubri[ck]|flag|label|badge|"
                           r"category|prefix|strap|super-?title|pre-?title|pre-?head|topic|section", re.I)
#: a heading's leading child named as its writer's ("article-author", "byline"), set before the title
_WRITER_CLASS = re.compile(r"(?:^|[\s_-])(?:author|byline|writer)s?(?:$|[\s_-])", re.I)
#: inline children that may hold a kicker
_KICKER_TAGS = ("span", "em", "strong", "b", "i", "small", "mark", "a", "div", "p")
#: a child closing the heading named as its subtitle ("<h1>Title<span class="subtitle">…</span></h1>")
_SUBTITLE_CLASS = re.compile(r"sub-?title|sub-?head(?:line|ing)?|untertitel|sous-titre", re.I)
#: agreement (token F1) above which a visible heading is taken to be the declared headline
AGREES = 0.6
#: words a heading needs to be taken for the headline because a declared title opens with it
#: (a one-word label, "Review", opens "Review - Oppenheimer | Site" too)
OPENING_WORDS_MIN = 3
#: parts after the heading that make a declared title's trail of sections and site names
TRAIL_PARTS_MIN = 3
#: agreement required of a part of a heading, or of a lesser heading (``<h2>``, ``<h3>``)
AGREES_STRICT = 0.9


@dataclass
class Headline:
    """The headline text and the element that shows it (``None`` when only declared)."""

    text: str | None
    element: HtmlElement | None


def find_headline(page: Page) -> Headline:
    """The page's headline, computed once per page."""
    return page.cached("headline", _find)


def declared_titles(data: Structured, tree: HtmlElement) -> list[str]:
    """Titles the page declares, most specific first, unescaped and on one line."""
    article = data.article or {}
    values = [article.get("headline"), data.meta_first("og:title"), data.meta_first("twitter:title"),
              _title_tag(tree), article.get("name")]
    return [_clean(v) for v in values if isinstance(v, str) and _clean(v)]


def site_names(data: Structured) -> list[str]:
    """Names the site goes by (og:site_name, JSON-LD publisher, application-name)."""
    publisher = (data.article or {}).get("publisher")
    names = [data.meta_first("og:site_name"), data.meta_first("application-name"),
             publisher.get("name") if isinstance(publisher, dict) else None]
    # a personal blog's publisher typed ["Person", "Organization"] (Yoast) is the blogger, not a site name
    names += [obj.get("name") for obj in data.jsonld if {"Organization", "WebSite", "NewsMediaOrganization"}
              & type_names(obj) and "Person" not in type_names(obj)]
    return [n for n in names if isinstance(n, str) and n.strip()]


def page_site_names(page: Page) -> list[str]:
    """Names the site goes by: declared (``site_names``), then as its logo prints it (``_logo_names``)."""
    return page.cached("site_names", lambda p: site_names(structured_data(p)) + _logo_names(p))


#: the longest name of a site a title's end may be
_TITLE_NAME_MAX = 20


def title_ends(page: Page) -> list[str]:
    """The first and last parts of the page's ``<title>``, where a site names itself ("港明日報｜…"): short ones only
    (a headline is no declared author's name). Read once a page (the byline's and the metadata's rules ask)."""
    return page.cached("title_ends", _title_ends)


def _title_ends(page: Page) -> list[str]:
    title = page.tree.find("head/title")
    parts = [p for p in TITLE_PARTS.split(" ".join(title.text_content().split())) if p] if title is not None else []
    return [p for p in (parts[:1] + parts[-1:] if len(parts) > 1 else []) if len(p) <= _TITLE_NAME_MAX]


def _logo_names(page: Page) -> list[str]:
    """The site's name as its masthead prints it, where nothing may declare it: the text, or the logo's ``alt``,
    ``aria-label`` or ``title``, of the first link to the home page among the page's first links that holds a
    picture or is named a logo (``<a class="logo" href="/"><img alt="界面新闻"></a>``), or, failing one, to the home
    of the news site the page is filed under (``href="/news"`` on "/news/article/…": ``_section_home``); a link
    reading "Home" ("首页", "Startseite") names nothing. A portal's channel has a logo of its own after the portal's,
    linking its host's home ("<a href='https://tech.X/'><img alt='X科技'></a>"): both are the site's names."""
    body = page.tree.find("body")
    address = urlsplit(page.url or "")
    site = _site_label(address.hostname)
    section, fallback = _section_home(address.path), None
    names: list[str] = []
    for index, link in enumerate(body.iter("a") if body is not None else ()):
        if index >= _MASTHEAD_LINKS:
            break
        href = link.get("href", "").strip()
        if _links_home(href, site) and _is_logo(link) and (name := _logo_text(link)) and name not in names:
            names.append(name)
        if section and fallback is None and href.rstrip("/") == section and _is_logo(link):
            fallback = _logo_text(link)
    return names or ([fallback] if fallback else [])


def _section_home(path: str) -> str | None:
    """The home of the news site a page's address is filed under, "/news" of "/news/article/slug/id" (a broadcaster's
    news site under its host's top, the logo linking there, not to "/"): the address's first segment, of letters."""
    segment = path.split("/", 2)[1] if path.count("/") >= 2 else ""
    return f"/{segment}" if segment.isalpha() else None


#: the masthead's links are among the page's first ones; its logo links home
_MASTHEAD_LINKS = 40
#: a logo's link, or its box, named so
_LOGO_CLASS = re.compile(r"logo|brand|masthead|site-?(?:title|name)", re.IGNORECASE)
#: what a link home reads besides the site's name: "Home", "Startseite", "首页", "Süddeutsche Zeitung Startseite",
#: "The Portugal News logo"
_HOME_WORDS = re.compile(r"\s*(?:home(?:\s*page)?|homepage|startseite|accueil|inicio|início|portada|首页|首頁|ホーム|トップ|"
                         r"홈|zur startseite|go to homepage|back to home|logo|brand)\s*$", re.IGNORECASE)
#: a site's name is this long at most (characters, words)
_LOGO_NAME_CHARS, _LOGO_NAME_WORDS = 40, 5


def _is_logo(link: HtmlElement) -> bool:
    parent = link.getparent()
    names = f"{link.get('class', '')} {link.get('id', '')}"
    if parent is not None:
        names += f" {parent.get('class', '')} {parent.get('id', '')}"
    return next(link.iter("img", "svg"), None) is not None or _LOGO_CLASS.search(names) is not None


def _links_home(href: str, site: str | None) -> bool:
    """Whether ``href`` is the site's home page: "/", or the root of a host of the site (www.kompas.example
    from nasional.kompas.example: a section's host links the site's home)."""
    if href in ("/", "./", "/index.html", "index.html"):
        return True
    if not href.startswith(("http://", "https://", "//")) or not site:
        return False
    rest = href.split("//", 1)[1]
    if "/" in rest.rstrip("/") or "?" in rest:
        return False  # a path or a query: no home page (most links, told apart without parsing them)
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query and _site_label(parts.hostname) == site


def _logo_text(link: HtmlElement) -> str | None:
    img = next(link.iter("img"), None)
    for value in (link.text_content(), link.get("aria-label"), link.get("title"),
                  img.get("alt") if img is not None else None):
        name = _HOME_WORDS.sub("", _clean(value or ""))
        if 2 <= len(name) <= _LOGO_NAME_CHARS and len(name.split()) <= _LOGO_NAME_WORDS:
            return name
    return None


def strip_site_name(title: str, sites: list[str]) -> str:
    """``title`` without a leading or trailing "| Site" part naming one of ``sites``."""
    keys = [_key(s) for s in sites]
    parts = _SEPARATORS.split(title)
    if len(parts) >= 2:
        if any(_same_site(_key(parts[-1]), k) for k in keys):
            keep = len(parts) - 1
            while keep > 1 and _is_section(parts[keep - 1], parts[:keep - 1]):
                keep -= 1  # "Title : Section : Outlet"
            return _join_head(title, keep)
        if any(_same_site(_key(parts[0]), k) for k in keys):
            return _ARCHIVE_LABEL.sub("", title[_SEPARATORS.search(title).end():])
    head, colon, rest = title.partition(": ")
    if colon and rest.strip() and _key(head) in keys:
        return rest  # "River Miles: Post": a blog's name before its post's, as Blogger titles pages
    stripped = _strip_tight(title, keys)
    if stripped != title:
        return stripped
    if (tail := _CJK_TAIL.search(title)) and any(_same_site(_key(tail.group("name")), k) for k in keys):
        return title[:tail.start()]  # "HEADLINE-东方财经": the site's own name glued by a dash after CJK text
    return _without_outlet(title)


def _without_outlet(title: str) -> str:
    """``title`` without a last part that names an outlet the page does not declare: a few
    words holding an outlet's word ("... | Springfield Daily News"), or a Chinese, Japanese
    or Korean outlet's name ("...-新华网", "...：産経ニュース"), with the short section names
    glued before it by the same separator ("..._教育频道_中国青年网")."""
    parts = _SEPARATORS.split(title)
    last = parts[-1] if len(parts) >= 2 else ""
    if last and len(_TOKEN.findall(last)) <= OUTLET_PART_WORDS < len(_TOKEN.findall(title)) \
            and OUTLET_WORD.search(last):
        return _join_head(title, len(parts) - 1)
    tail = _CJK_TAIL.search(title)
    if not tail or not CJK_OUTLET.fullmatch(_TAIL_HOST.sub("", tail.group("name"))):
        return title
    head, sep = title[:tail.start()], tail.group("sep")
    while (cut := head.rfind(sep)) > 0 and len(head) - cut - len(sep) <= CJK_SECTION_MAX \
            and head[cut + len(sep):].strip():
        head = head[:cut]
    return head


def cjk_title_tail(title: str) -> str | None:
    """The last part of a Chinese, Japanese or Korean title after its separator (``_CJK_TAIL``): where a site
    signs its titles ("北京今年将新增5万个普惠托位 - 新京报", "…_人民网")."""
    tail = _CJK_TAIL.search(title)
    return tail.group("name") if tail else None


def _word_count(text: str) -> int:
    """Words of ``text``, a run of Chinese or Japanese characters counting a word for every two of them (a
    headline's clause "社融存量增速企稳" is no one-word section's name), and the figures beside them one more
    ("首次突破1500万辆")."""
    count = 0
    for token in _TOKEN.findall(text):
        runs = _CJK_RUN.findall(token)
        count += sum(-(-len(run) // 2) for run in runs) + (not runs or len("".join(runs)) < len(token))
    return count


_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


def _is_section(part: str, before: list[str]) -> bool:
    """A short part between a longer title and the site name: the section the site files it under."""
    words = len(_TOKEN.findall(part))
    return words <= 2 and len(_TOKEN.findall(" ".join(before))) > 2 * words


def _strip_tight(title: str, keys: list[str]) -> str:
    """``title`` without a site name glued by "|", "_" or "：" ("Title_Section_Outlet"
    loses "_Section_Outlet", "Outlet|Title" loses "Outlet|"): the outermost part must
    name the site; parts between it and the title (sections) go with it when short."""
    cuts = list(_TIGHT_SEPARATORS.finditer(title))
    if not cuts:
        return title
    if any(_same_site(_key(title[cuts[-1].end():]), k) for k in keys):
        keep = cuts[-1].start()
        for cut in reversed(cuts[:-1]):  # sections between the title and the site name
            if _word_count(title[cut.end():keep]) > 3:
                break
            keep = cut.start()
        return title[:keep] if title[:keep].strip() else title
    if any(_same_site(_key(title[:cuts[0].start()]), k) for k in keys) and title[cuts[0].end():].strip():
        return title[cuts[0].end():]
    return title


def _find(page: Page) -> Headline:
    data = structured_data(page)
    sites = page_site_names(page) + host_names(page, data) + _home_heading_names(page.tree, page.url)
    declared = declared_titles(data, page.tree)
    titles = [_DANGLING.sub("", strip_site_name(d, sites)) for d in declared]
    # nothing declared but the <title>, which an old or home-grown system sets to the site's name (and section)
    title_only = len(declared) == 1 and declared[0] == _clean(_title_tag(page.tree) or "")
    headings = _headings(page, data)
    visible = _visible_candidates(headings, sites, titles=titles)
    best = _best_agreeing(visible, titles, AGREES)
    if best is None and titles:  # an <h1> in a breadcrumb or header bar that repeats the declared headline
        best = _best_agreeing(_visible_candidates(headings, sites, everywhere=True, titles=titles), titles[:1],
                              AGREES_STRICT)
    article = _article_heading(page.tree, visible) if best is None else None
    if article and (not titles or max(_agreement(article[1], t) for t in titles) > 0):
        best = article  # worded differently from the declared titles: the article's own <h1> still wins
    if best is None and article is None:
        # (no article element: the page's one <h1> is the article's; a <title> alone naming the site names none)
        article = _only_heading(visible, titles, declared, sites if title_only else (), title_only)
    subheadings = []
    if best is None and titles:
        # (the titles as declared too: a heading opening "HEADLINE｜SERIES｜SITE", the series a section's name; and a
        # title's part after a section's name opening it, "ライブレポート｜HEADLINE", printed alone)
        subheadings = _visible_candidates(_SUBHEADINGS(page.tree), sites, titles=titles)
        best = _best_agreeing(subheadings, titles + [d for d in declared if d not in titles] + _title_tails(titles),
                              AGREES_STRICT)
    if best is None and article is None and titles and not visible:
        styled = _visible_candidates(_STYLED_HEADINGS(page.tree), sites, titles=titles)
        best = _best_agreeing(styled, titles, AGREES_STRICT)
        # (only without any <h1>: one out of sight, in a sticky bar's title, still names the page's article)
        no_h1 = next(page.tree.iter("h1"), None) is None
        if best is None and no_h1:
            # (any <h2> opening the article, named as a title or not; where more than a <title> is declared, one
            # worded unlike the declared titles, no part of one, above any paragraph of prose: "<div
            # id='js-article-text'><h2>" over the byline beside an SEO title, not "<h2>Open Data Project:</h2>" of
            # "The Open Data Project: Better Records" nor a fact-check's "<h2>Where the claim came from</h2>"; a
            # heading of its words alone, no parts: "<h2><span>KICKER</span><span>HEADLINE</span></h2>" is read
            # otherwise)
            plain = [c for c in subheadings if c[2] and len(c[0]) == 0
                     and (title_only or not any(_key(c[1]) in _key(t) for t in titles) and _above_prose(c[0]))]
            best = _top_of_article(page.tree, styled + plain, titles)
        if best is None and title_only:
            best = _after_title_head(styled, declared[0]) or _printed_title_head(page.tree, declared[0]) \
                or _longest_styled(styled)
        if best is None and no_h1:
            best = _labelled_article(page.tree)
    best = best or article or _heading_over_subtitle(visible, titles)
    if best:
        french = (find_language(page) or "").casefold().startswith("fr")
        return Headline(_spelled(best[1], titles, french), best[0])
    if visible and not declared:
        return Headline(visible[0][1], visible[0][0])
    return Headline(next((t for t in titles if t), None), None)


def host_names(page: Page, data: Structured, canonical: bool = True) -> list[str]:
    """The site's name as its host spells it ("harborlightweekly" for
    www.harborlightweekly.com): a title part equal to it is the site's name even
    when the page declares no site name. Read from the page's address and ``og:url``, and with
    ``canonical`` from its canonical link, which on a portal's copy names the outlet the story
    came from: the site's own identity (who is not a source) leaves it out."""
    head = page.tree.find("head") if canonical else None
    links = [link.get("href") for link in head.iterchildren("link") if link.get("rel") == "canonical"] \
        if head is not None else []
    urls = [page.url, data.meta_first("og:url"), *links[:1]]
    names = []
    for url in urls:
        try:
            host = urlsplit(url.strip()).hostname if isinstance(url, str) else None
        except ValueError:
            host = None
        if (label := _site_label(host)) and label not in names:
            names.append(label)
    return names


def _site_label(host: str | None) -> str | None:
    """The label of a host naming the site: "bbc" of www.bbc.co.uk and of news.bbc.co.uk."""
    labels = [label for label in (host or "").split(".") if label not in ("www", "m", "amp", "mobile")][:-1]
    if len(labels) > 1 and labels[-1] in SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-1] if labels else None


def _best_agreeing(visible: list[tuple[HtmlElement, str, bool]], titles: list[str],
                   threshold: float) -> tuple[HtmlElement, str] | None:
    """The visible heading agreeing best with a declared title, if it agrees enough;
    a part of a heading (kicker or headline alone) must agree closely."""
    best, score = None, (0.0, 0)
    for el, text, whole in visible:
        agreements = [1.0 if whole and (_opens_title(text, t) or _extends_title(text, t)) else _agreement(text, t)
                      for t in titles]
        agreement = max(agreements, default=0.0)
        # ties go to the heading agreeing with the more specific declared title
        ranked = (agreement, -agreements.index(agreement)) if agreements else (0.0, 0)
        if ranked > score and agreement >= (threshold if whole else AGREES_STRICT):
            best, score = (el, text), ranked
    return best


def _article_heading(tree: HtmlElement, visible: list[tuple[HtmlElement, str, bool]]
                     ) -> tuple[HtmlElement, str] | None:
    """The ``<h1>`` at the top of the article container (``<article>``, ``<main>``, the
    parent of ``articleBody``): the heading a reader sees above the article, whatever
    the declared titles say.  Only when the container holds a single ``<h1>``, so
    teaser lists (one ``<h1>`` per item) and pages of several articles decide nothing."""
    whole = {el: text for el, text, is_whole in visible if is_whole and el.tag == "h1"}
    for container in _ARTICLE_CONTAINERS(tree):
        inside = [h for h in container.iter("h1") if h in whole]
        if len(inside) == 1 and len(_TOKEN.findall(whole[inside[0]])) >= 2:
            return inside[0], whole[inside[0]]
    return None


#: the fewest characters of an article container whose first heading is the article's (``_top_of_article``): a
#: teaser card, an ``<article>`` too, holds a headline and a line or two
_ARTICLE_TEXT_MIN = 500


def _above_prose(heading: HtmlElement) -> bool:
    """Whether no paragraph of prose (``_PROSE_PARAGRAPH`` characters or more) comes before ``heading`` in the page: a
    headline stands over the text, a section's heading inside it."""
    return not any(len(_clean(p.text_content())) >= _PROSE_PARAGRAPH and not _in_dialog(p)
                   for p in _PARAGRAPHS_BEFORE(heading))


def _in_dialog(p: HtmlElement) -> bool:
    """Whether a paragraph stands in a dialog over the page (a cookie consent banner: "<div role='dialog'
    aria-label='Cookie consent'>"), no prose of the page's."""
    return any(a.get("role") == "dialog" or _CONSENT_NAME.search(f"{a.get('class') or ''} {a.get('id') or ''}")
               for a in p.iterancestors())


#: the fewest characters of a paragraph of prose (``_above_prose``), and the paragraphs before a heading looked at
_PROSE_PARAGRAPH = 80
_PARAGRAPHS_BEFORE = etree.XPath("preceding::p[position() <= 40]")
#: the names of a consent banner's box
_CONSENT_NAME = re.compile(r"consent|cookie|gdpr|\bcmp\b", re.IGNORECASE)


def _top_of_article(tree: HtmlElement, styled: list[tuple[HtmlElement, str, bool]],
                    titles: list[str]) -> tuple[HtmlElement, str] | None:
    """On a page without an ``<h1>``, the ``<h2>`` or ``<h3>`` opening an article container that holds the text
    (``<article><header><h2 class="article__header__headline">``, ``<div id="js-article-text"><h2>`` over the byline
    and the text's ``articleBody``): the heading a reader sees above the article, worded unlike the declared titles
    (an SEO title, a social one) but sharing a word with one of them; before the longest title-named element (a facts
    box's title in the text)."""
    named = {el: text for el, text, whole in styled if whole and el.tag in ("h2", "h3")}
    if not named:
        return None
    for container in _ARTICLE_CONTAINERS(tree):
        first = next(container.iter("h2", "h3"), None)
        if first in named and len(_clean(container.text_content())) >= _ARTICLE_TEXT_MIN \
                and (any(_agreement(named[first], t) > 0 or _cjk_pairs(named[first]) & _cjk_pairs(t) for t in titles)
                     or _HEADLINE_NAME.search(f"{first.get('class', '')} {first.get('data-testid', '')}")):
            return first, named[first]
    return None


#: a heading's class or test id naming it the headline ("<h2 class='ContentHead_title' data-testid='headline'>"): the
#: article's heading, whatever its words share with the declared (SEO) titles
_HEADLINE_NAME = re.compile(r"headline", re.IGNORECASE)


def _labelled_article(tree: HtmlElement) -> tuple[HtmlElement, str] | None:
    """On a page without an ``<h1>``, the heading of an ``<article>`` holding the text whose ``aria-label`` names it
    (``<article aria-label="HEADLINE"><header><h2><span>KICKER</span><span>HEADLINE</span></h2>``): the label a
    screen reader announces for the article is the headline its heading prints, the kicker aside."""
    for article in tree.iter("article"):
        label = _clean(article.get("aria-label") or "")
        if _word_count(label) < 2 or len(_clean(article.text_content())) < _ARTICLE_TEXT_MIN:
            continue
        for heading in article.iter("h2", "h3"):
            if any(_clean(part.text_content()) == label for part in (heading, *heading.iter("span", "a"))):
                return heading, label
    return None


def _after_title_head(styled: list[tuple[HtmlElement, str, bool]], title: str) -> tuple[HtmlElement, str] | None:
    """The styled heading printing the whole of a ``<title>``'s part after its first separator, the site's name before
    it ("江岭日报数字报-HEADLINE", "Daily Courier - HEADLINE"): on a page declaring nothing but that title (an e-paper's
    templates), the part the page prints by itself is the headline, whether or not the site's name is known; a part
    no longer than the name before it is a section's or a branch's name."""
    head = _TITLE_HEAD.match(title)
    if head is None or _word_count(title[head.end():]) <= _word_count(head.group()):
        return None  # "Union - Bezirk Oberland": a site's name and its part's, no headline after it
    rest = _key(title[head.end():])
    return next(((el, text) for el, text, whole in styled if whole and _key(text) == rest), None)


def _printed_title_head(tree: HtmlElement, title: str) -> tuple[HtmlElement, str] | None:
    """The element printing by itself the whole of a ``<title>``'s part before its last separator, the site's name
    after it ("HEADLINE_澳聲日報電子版", "HEADLINE | Daily Courier"): on a page declaring nothing but that title and
    naming none of its elements as a title (an e-paper's "<td class='font01'>HEADLINE</td>", set large by the page's
    stylesheet), the line printing that part alone, in no link and no list row (the page's lists of its edition's
    titles print it linked), is the headline."""
    tail = _CJK_TAIL.search(title) or next(reversed(list(_SEPARATORS.finditer(title))), None)
    head = title[:tail.start()] if tail else ""
    if _word_count(head) < OPENING_WORDS_MIN:
        return None
    key = _key(head)
    for el in tree.iter("td", "div", "p", "span", "font", "b", "strong", "center", "h2", "h3", "h4"):
        if len(el) == 0 and el.text and _key(el.text) == key \
                and next(el.iterancestors("a", "li", "nav", "head"), None) is None:
            return el, _clean(el.text)
    return None


#: a site's name opening a title, up to its separator (spaced, or glued before Chinese or Japanese)
_TITLE_HEAD = re.compile(rf"^[^|\-–—·•»/:_－|｜：ㅣ]{{2,40}}?(?:{_SEPARATORS.pattern}|\s*(?:{_CJK_SEPARATOR})\s*"
                         r"(?=[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af]))")


def _title_tails(titles: list[str]) -> list[str]:
    """Each title's part after a short head and its separator ("ライブレポート｜HEADLINE", "Review: HEADLINE"), where the
    part is longer than the head: the headline a section's name leads in the title."""
    return [title[head.end():] for title in titles
            if (head := _TITLE_HEAD.match(title)) and _word_count(title[head.end():]) > _word_count(head.group())]


def _longest_styled(styled: list[tuple[HtmlElement, str, bool]]) -> tuple[HtmlElement, str] | None:
    """With nothing declared but a ``<title>`` agreeing with none of them, the element named as a title or set in a
    large ``<font>`` holding the most words (``OPENING_WORDS_MIN`` or more) is the headline: a table layout's title
    cell ("<td class='art_title'>", "<font size='+2'><b>…"), longer than its boxes' titles ("Mehr zum Thema"). A
    teaser's title, all one link, is none. Where the page's own stylesheet sizes two or more of them by their classes
    (an e-paper's "<td class='title0'>KICKER</td><td class='title1'>HEADLINE</td><td class='title2'>SUBTITLE</td>" under
    ".title1{font-size:24px}"), the one it sets largest is the headline, whatever its length."""
    best, most, kept = None, OPENING_WORDS_MIN - 1, []
    for el, text, whole in styled:
        if not whole or next(el.iterancestors("a"), None) is not None \
                or any(_clean(a.text_content()) == text for a in el.iterdescendants("a")) or not _before_prose(el):
            continue
        kept.append((el, text))
        if (words := _word_count(text)) > most:
            best, most = (el, text), words
    return _largest_styled(kept) or best


def _largest_styled(kept: list[tuple[HtmlElement, str]]) -> tuple[HtmlElement, str] | None:
    """The one line of ``kept`` the page's stylesheet sets in the largest type by its class, when it sizes two or more
    of them (``_class_font_sizes``), else None."""
    if len(kept) < 2:
        return None
    sizes = _class_font_sizes(kept[0][0].getroottree().getroot())
    sized = [(max(found), el, text) for el, text in kept
             if (found := [sizes[name] for name in (el.get("class") or "").split() if name in sizes])]
    if len(sized) < 2:
        return None
    sized.sort(key=lambda entry: entry[0], reverse=True)
    return (sized[0][1], sized[0][2]) if sized[0][0] > sized[1][0] else None


def _class_font_sizes(root: HtmlElement) -> dict[str, float]:
    """The type sizes in pixels the page's ``<style>`` sheets give single classes (".title1{font-size:24px}")."""
    sizes: dict[str, float] = {}
    for style in root.iter("style"):
        for name, size in _CLASS_FONT_SIZE.findall(style.text or ""):
            sizes[name] = float(size)
    return sizes


#: a rule of one class setting a type size in pixels
_CLASS_FONT_SIZE = re.compile(r"(?:^|[}\s,])\.([\w-]+)\s*\{[^{}]*?\bfont-size\s*:\s*(\d+(?:\.\d+)?)px")


#: the characters of prose a title's line is followed by, and how many siblings, of how many of its ancestors, are read
_PROSE_MIN = 200
_PROSE_SIBLINGS, _PROSE_LEVELS = 6, 4


def _before_prose(el: HtmlElement) -> bool:
    """Whether the text follows the element within a few siblings of it or of its closest ancestors: a block of
    ``_PROSE_MIN`` characters or more, most of them no link's (a title over a list of teasers is a box's)."""
    for node in (el, *islice(el.iterancestors(), _PROSE_LEVELS)):
        for sibling in islice(node.itersiblings(), _PROSE_SIBLINGS):
            if not isinstance(sibling.tag, str):
                continue
            size = len(_clean(sibling.text_content()))
            if size >= _PROSE_MIN and sum(len(_clean(a.text_content())) for a in sibling.iter("a")) * 3 < size:
                return True
    return False


def _only_heading(visible: list[tuple[HtmlElement, str, bool]], titles: list[str],
                  declared: list[str], sites: list[str] = (), title_only: bool = False
                  ) -> tuple[HtmlElement, str] | None:
    """The page's only ``<h1>`` outside navigation, of ``OPENING_WORDS_MIN`` words or more and
    sharing a word with a declared title: on pages without an article element, the heading a
    reader sees above the text, however the declared titles word it (a section's name, one
    or two words, or a heading sharing no word with the titles decides nothing, nor a heading
    that a title goes on from with the headline, a kicker, nor one a declared title names after
    a separator, the site's name in its logo; a ``<title>`` that is the site's name, one of ``sites``, names no
    article). Where the page declares its ``<title>`` alone (``title_only``), a heading of a headline's length (more
    than ``OUTLET_PART_WORDS`` words) sharing no word with it is the headline still: an old layout's SEO title worded
    otherwise ("Landbote - Das Bergpferd ist gerettet" over "<h1>Vom Aussterben bedroht – jetzt grasen wieder 61
    Stuten auf der Alp</h1>"); a logo's few words set as the ``<h1>`` ("<h1>엔터 미디어</h1>") are none."""
    whole = [(el, text) for el, text, is_whole in visible if is_whole and el.tag == "h1"]
    if len(whole) != 1 or _word_count(whole[0][1]) < OPENING_WORDS_MIN:  # a Chinese heading's run: a word in two
        return None
    site_keys = {_key(site) for site in sites}
    titles = [t for t in titles if _key(t) not in site_keys]
    if any(_word_count(t) >= OPENING_WORDS_MIN for t in titles) \
            and not (title_only and _word_count(whole[0][1]) > OUTLET_PART_WORDS) \
            and max(_agreement(whole[0][1], t) for t in titles) == 0 \
            and not any(_cjk_pairs(whole[0][1]) & _cjk_pairs(t) for t in titles):
        return None  # (titles of a word or two, "Home", "News", "标题", name no article: they decide nothing)
    key = _key(whole[0][1])
    if any(_key(t).startswith(key) and _key(t) != key and not _opens_title(whole[0][1], t) for t in titles):
        return None  # the title goes on with the headline: the heading is its kicker ("Book of the week - ...")
    if _word_count(whole[0][1]) <= OUTLET_PART_WORDS \
            and any(key == _key(part) for title in declared for part in _SEPARATORS.split(title)[1:]):
        return None  # the site's name the titles end with, set as the logo's <h1> (a few words: no headline)
    return whole[0]


#: the name of a subtitle's element set under the headline ("hero__sub", "subtitle", "dek")
_SUBTITLE_NAME = re.compile(rf"{_SUBTITLE_CLASS.pattern}|(?:^|[\s_-])(?:sub|dek|deck)(?=$|[\s_-])", re.I)


def _heading_over_subtitle(visible: list[tuple[HtmlElement, str, bool]],
                           titles: list[str]) -> tuple[HtmlElement, str] | None:
    """The page's one ``<h1>`` when a declared title reads it and then the subtitle printed in the element right under
    it (``<h1>最後の渡し船</h1><p class="hero__sub">白鷺川・中洲の渡し 90年の物語</p>`` under the ``<title>`` "最後の渡し船
    白鷺川・中洲の渡し 90年の物語｜…"): the heading at the top of the article is the headline, the title adds its
    subtitle. (A title going on from a heading with what no subtitle under it prints makes the heading a kicker.)"""
    whole = [(el, text) for el, text, is_whole in visible if is_whole and el.tag == "h1"]
    if len(whole) != 1:
        return None
    el, text = whole[0]
    sub = el.getnext()
    if sub is None or not isinstance(sub.tag, str) or sub.tag in ("h1", "h2", "h3", "h4", "h5", "h6") \
            or not _SUBTITLE_NAME.search(sub.get("class") or ""):
        return None
    key = _key(text + sub.text_content())
    return whole[0] if len(_key(text)) < len(key) and any(_key(t) == key for t in titles) else None


def _is_site_name(text: str, sites: list[str]) -> bool:
    return any(_key(text) == _key(site) for site in sites)


def _spelled(visible: str, titles: list[str], french: bool = False) -> str:
    """The declared spelling of the visible headline when they have the same words:
    a visible kicker and headline glued by CSS ("BreakpointHilfe, ...") lose
    their separator in the text, the declared title keeps it. A declared title printing fewer quotes keeps
    none: its closing "»" was cut as a separator before the outlet's name, or it drops the quotes the page prints.
    A title differing only in letter case (a blog's lower-case ``<title>``) leaves the page's spelling, and so does
    one printing other marks, and no more, than the heading: the heading's own separator ("Headline: Zwei
    Verletzte" under the title's "Headline - zwei Verletzte") lost nothing to the CSS (the same marks spaced
    otherwise, or another dash, keep the declared spelling; but on a French page a space before a colon is its
    typography: "… rouvre enfin : Tchantchès …" printed, "… enfin: …" declared, ``_typed``)."""
    return next((t for t in titles if _key(t) == _key(visible) and _quotes(t).casefold() != _quotes(visible).casefold()
                 and len(_QUOTES.findall(t)) >= len(_QUOTES.findall(visible)) and _typed(visible, french) != _clean(t)
                 and (len(marks := _marks(t)) > len(own := _marks(visible)) or marks == own)), visible)


#: typeset marks as a keyboard types them: curly quotes straight, any dash a hyphen (``_DASHES``), an ellipsis
#: three stops
_TYPED = _DASHES | str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u201c": '"',
                                  "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2026": "..."})


def _typed(text: str, french: bool = False) -> str:
    """The heading as typed on a keyboard (``_TYPED``, and on a French page without the space before a colon or a
    question mark): a declared title that is the heading typed so ("'We were told to wait - then …'" under "‘We were
    told to wait – then …’", "… rouvre enfin: Tchantchès …" under "… rouvre enfin : Tchantchès …") lost the page's
    typography, and gives way to it."""
    typed = text.translate(_TYPED)
    return _FRENCH_SPACE.sub("", typed) if french else typed


#: the space French typography sets before a colon, a semicolon, a question or an exclamation mark
_FRENCH_SPACE = re.compile(r"[ \u00a0\u202f](?=[:;?!])")


def _marks(text: str) -> str:
    """The marks a heading or title prints between its words, in order, quotes aside and any dash read as one."""
    return "".join(_MARKS.findall(_QUOTES.sub("", text))).translate(_DASHES)


def _quotes(text: str) -> str:
    """``text`` with its quotes and apostrophes made plain: a heading that differs from
    the declared title only there keeps the page's own typography (a curly apostrophe stays)."""
    return _QUOTES.sub("'", text)


def _headings(page: Page, data: Structured) -> list[HtmlElement]:
    """``_HEADINGS`` of the page. Most pages mark no element ``itemprop="headline"``, as the page's itemprops (read once
    for its structured data) tell: their headings are their ``<h1>`` elements, found without the XPath's test of every
    element's attributes (0.37 s of the 1,117 benchmark pages' 20)."""
    if any(el.get("itemprop") == "headline" and el.tag != "meta" for el in data.itemprops.get("headline", ())):
        return _HEADINGS(page.tree)
    body = page.tree.find("body")
    return list(body.iter("h1")) if body is not None else []


def _visible_candidates(headings: list[HtmlElement], sites: list[str], everywhere: bool = False,
                        titles: list[str] = ()) -> list[tuple[HtmlElement, str, bool]]:
    """Headings outside navigation (``everywhere``: inside it too) that are not the
    site's name, and the parts of a heading made of several elements (kicker +
    headline), whole heading first. A heading's named kicker is left out of the whole
    unless the page's own title (first of ``titles``) reads kicker and headline."""
    found = []
    for el in headings:
        if not everywhere and next(el.iterancestors(*_NOT_ARTICLE), None) is not None \
                or _HIDDEN_CLASS.search(el.get("class", "")) or _home_heading(el):
            continue
        rest = _after_kicker(el)
        for part in [el, *el.iterchildren("span", "div", "a", "em", "strong", "p")]:
            text = _clean(_heading_text(part))
            if part is el and rest and (rest[1] or _title_opens_with(rest[0], titles) or _glued_kicker(el, rest[0])) \
                    and not (titles and _key(titles[0]) == _key(text) and not _kicker_own_line(el)):
                # a kicker named as one, or one the declared titles leave out, opening with the rest; a kicker on a
                # line of its own above it (a roof line, "<h1><span class='dachzeile'>X im Test</span><br><span>
                # HEADLINE</span></h1>") even where the page's title reads both
                text = rest[0]
            elif part is el and (head := _before_subtitle(el, text)) and not (titles and _key(titles[0]) == _key(text)):
                text = head  # the title without the subtitle closing the heading, as its own element names it
            if text and len(text) < 400 and not _is_site_name(text, sites):
                found.append((el, text, part is el))
        if rest and not rest[1] and not _is_site_name(rest[0], sites):
            found.append((el, rest[0], False))
    return found


def _home_heading_names(tree: HtmlElement, url: str | None) -> list[str]:
    """The site's name as a blog theme sets it above its posts, a heading linking home (``_home_heading``), or
    to the blog's home on a platform of blogs (``/satomi-mama/`` for ``/satomi-mama/entry-12.html``): the page's
    title joins it to the post's ("Post - Blog name", "Post|Blog name") where nothing declares it."""
    home = blog_home(url)
    return [_clean(h.text_content()) for h in _home_lines(tree) if _home_heading(h, url, home)]


def _home_lines(tree: HtmlElement) -> Iterator[HtmlElement]:
    """A masthead's lines that may name the site, in document order: each heading, and each block holding one link
    and nothing else (a hand-made personal site's "<div id="name"><a href="/~ivale/">NAME</a></div>"), found from its
    link (a page has far fewer links than blocks)."""
    for el in tree.iter("h1", "h2", "a"):
        if el.tag != "a":
            yield el
        elif (box := el.getparent()) is not None and box.tag in _HOME_LINE_BLOCKS and len(box) == 1 \
                and not (box.text or "").strip() and not (el.tail or "").strip():
            yield box


#: the blocks a masthead's one link home may stand alone in
_HOME_LINE_BLOCKS = ("div", "p")


def blog_home(url: str | None) -> str | None:
    """The writer's home on a platform of blogs that the article's address goes on from: the address's first
    segment ("https://ameblo.example/satomi-mama" of ".../satomi-mama/entry-12.html"), when more follow it."""
    parts = urlsplit(url or "")
    segments = [s for s in parts.path.split("/") if s]
    return f"{parts.scheme}://{parts.netloc}/{segments[0]}" if len(segments) >= 2 and parts.netloc else None


def _home_heading(heading: HtmlElement, url: str | None = None, home: str | None = None) -> bool:
    """Whether the heading is all one link to a site's home page ("/", rel="home"; with ``home``, also that
    address, resolved against ``url``): a blog theme's name above its posts ("<h1><a href="/">field notes from
    the allotment</a></h1>"), whatever the page's title joins it to."""
    links = list(heading.iter("a"))
    if len(links) != 1 or not _links_home_page(links[0], url, home):
        return False
    text = _clean(heading.text_content())
    return bool(text) and _clean(links[0].text_content()) == text


def _links_home_page(link: HtmlElement, url: str | None, home: str | None) -> bool:
    href = (link.get("href") or "").strip()
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return link.get("rel") == "home" or (bool(href) and not href.startswith("#") and parts.path in ("", "/")
                                         and not parts.query and not parts.fragment) \
        or home is not None and urljoin(url or "", href).rstrip("/") == home


def _after_kicker(heading: HtmlElement) -> tuple[str, bool] | None:
    """The heading's text after a leading kicker or label child ("<span>Exclusive</span>
    Ferries return"), and whether the child is named a kicker by its class; None when
    the heading does not open with a child followed by more words."""
    first = next(iter(heading), None)
    if first is None or (heading.text or "").strip() or not isinstance(first.tag, str) \
            or first.tag not in _KICKER_TAGS:
        return None
    kicker = _clean(_heading_text(first))
    whole = _clean(_heading_text(heading))
    names = " ".join((first.get("class", ""), first.get("data-component", ""), first.get("data-testid", "")))
    # the writer's name set in the heading above the title ("<h1><span class='article-author'><a>NAME</a></span>
    # <span class='article-title'>TITLE</span></h1>", a literary review's): a label like a kicker, no part of the title
    named = bool(_KICKER_CLASS.search(names) or _WRITER_CLASS.search(names))
    # (a kicker named so may be a product's name and more, "Aurelon Q7 Pro im Test"; an unnamed one is a few words)
    if not kicker or not whole.startswith(kicker) \
            or len(_TOKEN.findall(kicker)) > (_NAMED_KICKER_WORDS if named else 4):
        return None
    rest = whole[len(kicker):].strip(" :|–—-·•")
    if len(_TOKEN.findall(rest)) < 2:
        return None
    return rest, named


#: the most words of a kicker its class names so
_NAMED_KICKER_WORDS = 8


def _glued_kicker(heading: HtmlElement, rest: str) -> bool:
    """Whether the heading's first child and the element after it, holding the rest, are set with nothing between
    them, the rest opening on a capital or a quotation mark ("<h1><span>Schach-Oberliga</span><span>„Wir haben …“:
    …</span></h1>"): glued words no writer types, the child set on a line of its own by the site's style, a kicker."""
    first = heading[0]
    second = first.getnext()
    return second is not None and isinstance(second.tag, str) and second.tag in _KICKER_TAGS \
        and not (first.tail or "") and not (second.tail or "").strip() and second.getnext() is None \
        and _clean(_heading_text(second)) == rest and (rest[:1].isupper() or rest[:1] in _OPENING_QUOTES)


#: the quotation marks a headline may open with
_OPENING_QUOTES = "„“‚‘«»\"'「『"


def _kicker_own_line(heading: HtmlElement) -> bool:
    """Whether the heading's first child stands on a line of its own: a ``<br>`` after it (past elements hidden from
    sight, a screen reader's ": ")."""
    for child in islice(heading, 1, None):
        if child.tag == "br":
            return True
        if not isinstance(child.tag, str) or not _HIDDEN_CLASS.search(child.get("class", "")) \
                or (child.tail or "").strip():
            return False
    return False


def _before_subtitle(heading: HtmlElement, whole: str) -> str | None:
    """The heading's text before a last child its class names a subtitle ("<h1>なぜ…使い方"<span class="subtitle">
    発言の量より…</span></h1>"), ``OPENING_WORDS_MIN`` words at least; None when it closes on no such child."""
    last = heading[-1] if len(heading) else None
    if last is None or not isinstance(last.tag, str) or last.tag not in _KICKER_TAGS \
            or (last.tail or "").strip() or not _SUBTITLE_CLASS.search(last.get("class", "")):
        return None
    sub = _clean(_heading_text(last))
    if not sub or not whole.endswith(sub):
        return None
    head = whole[:-len(sub)].strip(" :|–—-·•")
    return head if len(_TOKEN.findall(head)) >= OPENING_WORDS_MIN else None


def _title_opens_with(rest: str, titles: list[str]) -> bool:
    """Whether a declared title opens with a heading's words after its first child, up to a separator ("BVG
    verdichtet Takt der U8 ab April: Was Fahrgäste jetzt wissen müssen" under "<span>Mehr Züge im
    Berufsverkehr</span><span>BVG verdichtet Takt der U8 ab April</span>"): the titles leave the child out, a kicker
    whatever its class says. ``OPENING_WORDS_MIN`` words at least."""
    if len(_TOKEN.findall(rest)) < OPENING_WORDS_MIN:
        return False
    folded = rest.casefold()
    return any(title.casefold().startswith(folded) and _AFTER_OPENING.match(title, len(rest)) for title in titles)


#: the separator after a declared title's opening part: "Headline: subtitle", "Headline – subtitle"
_AFTER_OPENING = re.compile(r"\s*[:|]\s+|\s+[-–—·•»/]\s+")


def _heading_text(el: HtmlElement) -> str:
    """The heading's text as read: without ruby annotations (readings printed above words). An empty ``<h1>``
    right before a ``<p>`` is a heading whose text was set in a paragraph inside it ("<h1><p>Title</p></h1>"),
    which the HTML parser closes the heading before: the paragraph is its text."""
    if el.tag == "h1" and len(el) == 0 and not (el.text or "").strip() \
            and (after := el.getnext()) is not None and after.tag == "p":
        return element_text(after)
    if next(el.iter(*RUBY_ANNOTATIONS), None) is None:
        return element_text(el)
    copy = deepcopy(el)
    for note in list(copy.iter(*RUBY_ANNOTATIONS)):
        note.drop_tree()
    return element_text(copy)


def _opens_title(visible: str, declared: str) -> bool:
    """Whether a heading of a few words opens a declared title that goes on with a trail of
    sections and names ("Headline / Section / Home - Site - Slogan"; three parts at least,
    since a title's second part may be the rest of the headline: "Kicker | Headline"), or with two parts, a section's
    short name and the site's ("Headline | Section | Site")."""
    if _word_count(visible) < OPENING_WORDS_MIN:
        return False
    key = _key(visible)
    cuts = list(_TRAIL_SEPARATORS.finditer(declared))
    if any(_key(declared[:cut.start()]) == key for cut in cuts[:-TRAIL_PARTS_MIN + 1]):
        return True
    # two parts after it, the first a section's short name ("Headline | 自治体ニュース | Site"): no "Kicker | Headline"
    return len(cuts) >= 2 and _key(declared[:cuts[-2].start()]) == key \
        and _is_section(declared[cuts[-2].end():cuts[-1].start()], [visible])


def _extends_title(visible: str, declared: str) -> bool:
    """Whether a heading is a declared title and a short part more, spaced after it ("HEADLINE　市議会一般質問" under the
    ``<title>`` "Site｜HEADLINE"): the title cut the heading's last part, the heading is the headline."""
    title, heading = _key(declared), _key(visible)
    return len(title) >= EXTENDED_TITLE_MIN and heading.startswith(title) \
        and len(heading) - len(title) <= len(title) * EXTENDED_TITLE_SHARE \
        and _key(visible[:len(visible) - len(visible.split()[-1])]) == title


#: the least characters (as ``_key`` counts them) of a declared title that a heading extends, and the most the heading
#: adds, as a share of the title
EXTENDED_TITLE_MIN = 12
EXTENDED_TITLE_SHARE = 1.0


#: what separates the parts of a title's trail: the spaced separators, and a bar or underscore printed without
#: spaces, as Chinese portals trail the headline with keywords and the site ("HEADLINE|无人机|低空经济|物流_Site")
_TRAIL_SEPARATORS = re.compile(rf"{_SEPARATORS.pattern}|\s*[|｜_]\s*")


def _agreement(visible: str, declared: str) -> float:
    """Token F1 between a visible heading and a declared title, words split at "_" too: a title's parts glued by it
    ("HEADLINE_网易订阅", "…首飞_Section") leave the heading's last word whole."""
    a, b = _WORD.findall(visible.casefold()), _WORD.findall(declared.casefold())
    if not a or not b:
        return 0.0
    common = len(set(a) & set(b))
    if not common:
        return 0.0
    precision, recall = common / len(set(a)), common / len(set(b))
    return 2 * precision * recall / (precision + recall)


#: a run of Chinese, Japanese or Korean script, which ``_WORD`` reads as one word however long
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")


def _cjk_pairs(text: str) -> set[str]:
    """The pairs of neighbouring characters in the text's runs of CJK script: what a heading and a title worded
    otherwise still share ("地铁5号线今天开通…" and "青澜地铁5号线今日开通！…" share "地铁", "号线", "开通")."""
    return {run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}


def _title_tag(tree: HtmlElement) -> str | None:
    title = tree.find(".//title")
    return title.text_content() if title is not None else None


def _clean(text: str) -> str:
    return " ".join(_INVISIBLE.sub("", html.unescape(text)).split())


def _key(text: str) -> str:
    return "".join(_TOKEN.findall(text.casefold()))


def _same_site(part: str, site: str) -> bool:
    """Whether a title part names the site ("BBC News" / "BBC", "the Guardian" / "Guardian"). A part that only
    opens or closes with the site's name and runs far longer (``SITE_PART_EXTRA``) is a headline glued to it by a
    separator printed without spaces ("HEADLINE|Outlet · Section"), not the site's name."""
    if not part or len(site) < 3:
        return False
    if part == site or site.endswith(part) or len(part) >= SITE_PREFIX_MIN and site.startswith(part):
        return True  # "Post" of "The Post"; "みなみ信州テレビ" of a logo's "みなみ信州テレビ MST"
    return (part.startswith(site) or part.endswith(site)) and len(part) <= len(site) + SITE_PART_EXTRA


#: the most characters (of ``_key``) a title part may hold beyond the site's name and still be that name
#: ("bbcnews" of "bbc", "theguardian" of "guardian", "yahoonewsjapan" of "yahoo")
SITE_PART_EXTRA = 12
#: the fewest characters (of ``_key``) of a title part that the site's name opens with, read as that name (a logo's
#: text adds a tagline or an abbreviation to the name the title prints)
SITE_PREFIX_MIN = 4


def _join_head(title: str, keep: int) -> str:
    """The first ``keep`` separator-delimited parts of ``title``, as written."""
    cut = [m.start() for m in _SEPARATORS.finditer(title)][keep - 1]
    return title[:cut]
