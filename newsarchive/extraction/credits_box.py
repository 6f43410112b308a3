"""The closing credits box of a feature: who wrote it, and who else made it.

Multimedia features, long reads and broadcasters' episode pages close on a box of roles and names, set apart from any
byline: "CREDIT" over 取材・文 NAME / 写真・動画 NAME / 編集 NAME, "Impressum" over Text NAME / Bilder NAME / Produktion
NAME, "Credits:" over "Reporter: NAME<br>Producer: NAME<br>Editor: NAME". Its writers are the article's authors when
no byline names them; its editors and producers took part in it (contributors); its photographers, videographers and
designers are credited by their pictures, if at all (``images``), not by the box.

A box is read as a definition list (``<dl>``: a role's ``<dt>``, its names' ``<dd>``) or as lines "Role: NAME" right
under a label naming the box; it counts only when two of its rows name a crew's role, so that a facts box ("Ort: …",
"Preis: …") or a site's footer is none. No library of the field reads such boxes (trafilatura and newspaper4k read
bylines and meta tags), hence this module: a pure function of the tree, shared by the byline's fallbacks
(``authors``) and the attributions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from lxml.html import HtmlElement

from .page import Page

#: the roles of the writers of the text ("Text", "Words", "Reporter", "取材・文", "執筆"), an interview's interviewer
_WRITER_ROLE = re.compile(r"text(?:e|es)?|words|writers?|written(?: by)?|story|reporters?|reporting|reportage|"
                          r"interviews?|interviewer|autor(?:in|en)?|auteure?s?|取材|文|執筆|取材・文|テキスト|"
                          r"インタビュー|ライター")
#: the roles of those who edited or produced it: contributors ("Editor", "Producer", "Redaktion", "Mitarbeit",
#: "編集", "構成", "プロデューサー"; a Chinese editors' line credits no role: see ``attributions``)
_EDITOR_ROLE = re.compile(r"(?:(?:executive|senior|series|managing|deputy) )?(?:editors?|producers?)|"
                          r"edit|editing|edited(?: by)?|production|produced(?: by)?|research(?:ers?)?|recherche|"
                          r"mitarbeit|produktion|redaktion|koordination|projektleitung|leitung|édition|coordination|"
                          r"réalisation|編集|構成|プロデューサー|"
                          r"デスク")
#: the other roles of a crew, credited by their work if at all: pictures, film, sound, design, programming
_CREW_ROLE = re.compile(r"photos?|photographs|photography|pictures|images|videos?|video und \w+|drohnenaufnahmen|"
                        r"drone|design|development|graphics|illustrations?|programming|sound|music|maps?|"
                        r"bilder|fotos?|gestaltung|programmierung|grafik(?:en)?|karten?|ton|schnitt|kamera|"
                        r"vidéos?|graphisme|développement|写真|動画|映像|デザイン|開発|撮影|イラスト|図版|地図")
#: an editorial department's name closing on its word ("ソトミチ編集部", "X编辑部", "Onlineredaktion")
_DESK = re.compile(r"(?:編集部|编辑部|編輯部|(?<=\w)-?[Rr]edaktion)$")
#: the parts of a role naming several ("Text und Recherche", "写真・動画", "Design & development")
_ROLE_PARTS = re.compile(r"\s+(?:und|and|et|&)\s+|\s*[・/／&,、]\s*")
#: what separates the names of a row
_NAME_SEPARATORS = re.compile(r"\s*(?:[,，、;；/／]|\s(?:und|and|et|&)\s)\s*")
#: the label naming the box ("Credits", "CREDIT", "Impressum", "Mitwirkende", "クレジット", "スタッフ", "Crédits")
_BOX_LABEL = re.compile(r"^\W{0,3}(?:credits?|impressum|mitwirkende|crédits|générique|クレジット|スタッフ)\W{0,3}$",
                        re.IGNORECASE)
#: a line "Role: NAMES" of a labelled box
_ROLE_LINE = re.compile(r"^\s*(?P<role>[^:：\d]{1,40}?)\s*[:：]\s*(?P<names>\S.{0,150})$")
#: a row's role, a name, a label's text: at most this long
_ROLE_MAX, _NAME_MAX, _LABEL_MAX = 40, 60, 20
#: the rows naming a crew's role that make a box
_ROWS_MIN = 2
#: an English "by" after a role, as Japanese web magazines print their credits: "テキスト by", "撮影 by", "Edit by"
_BY_AFTER_ROLE = re.compile(r"(?<=\S)\s+by$", re.IGNORECASE)
#: the elements a box in which is none: a site's navigation and footer
_NOT_IN = ("nav", "footer")
#: the elements that may hold a box's label
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "p", "div", "span", "strong")
#: blocks whose end ends a line of a labelled box
_BLOCKS = frozenset(("p", "div", "li", "dt", "dd", "tr"))


@dataclass(frozen=True)
class CreditRow:
    """One row of the box: the role as printed, its names, what the role is ("writer", "editor", or None for a crew's
    other roles) and the row as one line ("ROLE: NAME, NAME")."""

    role: str
    names: tuple[str, ...]
    kind: str | None
    text: str


def page_credits(page: Page) -> list[CreditRow]:
    """``closing_credits`` of the page's ``<body>``, read once per page."""
    return page.cached("credits_box", lambda p: closing_credits(body) if (body := p.tree.find("body")) is not None
                       else [])


def credits_after(text_box: HtmlElement) -> list[CreditRow]:
    """``closing_credits`` of the text's box and of the boxes following it and its parent (``_AFTER_LEVELS``): where a
    closing box stands (reading the whole page's boxes cost about 1 % of an extraction)."""
    roots = [text_box]
    for node in islice((text_box, *text_box.iterancestors()), _AFTER_LEVELS + 1):
        if node.tag in ("body", "html"):
            break
        roots += node.itersiblings()
    return _read(roots)


#: the boxes above the text's box whose following boxes are read for a closing credits box
_AFTER_LEVELS = 1


def closing_credits(root: HtmlElement) -> list[CreditRow]:
    """The rows of the credits boxes under ``root``, in document order (none outside a box)."""
    return _read([root])


def listed_credits(roots: list[HtmlElement]) -> list[CreditRow]:
    """The rows of the credits boxes set as definition lists under ``roots``, wherever they stand: a web magazine's
    credits under its headline ("<dl><dt>Text by</dt><dd>NAME</dd><dt>Edit by</dt><dd>NAME</dd></dl>")."""
    return _read(roots, labelled=False)


def _read(roots: list[HtmlElement], labelled: bool = True) -> list[CreditRow]:
    rows: list[CreditRow] = []
    for root in roots:
        for box in _boxes(root, labelled):
            found = [row for row in box if row is not None]
            if sum(1 for row in found if row.kind is not None or _is_crew(row.role)) >= _ROWS_MIN:
                rows += found
    return rows


def _boxes(root: HtmlElement, labelled: bool = True) -> Iterator[list[CreditRow | None]]:
    if not isinstance(root.tag, str):
        return
    for dl in root.iter("dl"):
        if not _outside_chrome(dl):
            continue
        yield [_row(_text(dt), _text(dd)) for dt in dl.iter("dt")
               if (dd := dt.getnext()) is not None and dd.tag == "dd"]
    if not labelled:
        return
    for label in root.iter(*_LABEL_TAGS):
        text = label.text  # (the label's own words)
        if not text or len(text) > _LABEL_MAX or not _BOX_LABEL.match(text.strip()) or not _outside_chrome(label):
            continue
        rows = [_row(m.group("role"), m.group("names")) for line in _lines_after(label)
                if (m := _ROLE_LINE.match(line))]
        yield rows


def _lines_after(label: HtmlElement) -> list[str]:
    """The lines printed right after the label: its own tail and its next sibling's, a ``<br>`` or a block's end
    closing a line ("<div>Credits:</div><div><p>Reporter: NAME<br>Producer: NAME</p></div>")."""
    parts = [label.tail or ""]
    following = label.getnext()
    if following is not None:
        parts += list(_pieces(following))
    return [line.strip() for line in "".join(parts).split("\n") if line.strip()]


def _pieces(el: HtmlElement) -> Iterator[str]:
    if el.tag == "br":
        yield "\n"
    elif isinstance(el.tag, str):
        yield el.text or ""
        for child in el:
            yield from _pieces(child)
        if el.tag in _BLOCKS:
            yield "\n"
    yield el.tail or ""


def _row(role: str, names: str) -> CreditRow | None:
    role, names = _BY_AFTER_ROLE.sub("", " ".join(role.split()).rstrip(":： ")), " ".join(names.split())
    if not role or not names or len(role) > _ROLE_MAX:
        return None
    parts = [p for p in _ROLE_PARTS.split(role.casefold()) if p]
    kind = "writer" if any(_WRITER_ROLE.fullmatch(p) for p in parts) or _WRITER_ROLE.fullmatch(role.casefold()) \
        else "editor" if any(_EDITOR_ROLE.fullmatch(p) for p in parts) else None
    # (an editorial department names the outlet, nobody: "編集：ソトミチ編集部", "Redaktion: X-Redaktion")
    people = tuple(n for n in (re.sub(r"\s*[(（][^)）]*[)）]$", "", n) for n in _NAME_SEPARATORS.split(names))
                   if 2 <= len(n) <= _NAME_MAX and not any(c.isdigit() for c in n) and not _DESK.search(n))
    return CreditRow(role, people, kind, f"{role}: {names}") if people else None


def _is_crew(role: str) -> bool:
    return all(_CREW_ROLE.fullmatch(p) for p in _ROLE_PARTS.split(role.casefold()) if p)


def _outside_chrome(el: HtmlElement) -> bool:
    return not any(a.tag in _NOT_IN for a in el.iterancestors())


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())
