"""Photo-credit strings: telling the credit apart from the caption, and cleaning it.

Newsrooms print credits in many shapes ("Photo: Reuters", "Image source, Getty Images",
"Photograph: Name/Agency", "(Bild: picture alliance / dpa)", "Credit...Name for The
New York Times", "© dpa", or a bare "Name / Agency" after the caption). No parsing
library splits a caption from its credit, so the rules live here, shared by the image
extractor (captions) and the attribution extractor (printed credit lines).
"""

from __future__ import annotations

import re

#: words that introduce a credit, in the languages we archive; only recognised with
#: a following ":" / "," / "..." (or "by"/"von"), so ordinary caption words never match.
_LABEL_WORDS = (
    r"photo\s+credit|photographs?|photos?|pictures?|pics?|images?\s+source|images?|"
    r"credits?|fotos?|fotografie|bild(?:er)?|bildquelle|quelle|source|crédit(?:\s+photo)?|"
    r"фото(?:графия)?|источник"
)
_LABEL_SEP = r"(?:\s*[:,]|\s*(?:\.{2,}|…)|\s+by\b|\s+von\b)"
_LABEL = rf"(?:{_LABEL_WORDS}){_LABEL_SEP}"

#: a label at the start of a string: "Photo: ", "Image source, ", "Credit...".
LEADING_LABEL = re.compile(rf"^\s*(?:{_LABEL})\s*", re.IGNORECASE)
#: a label starting a credit inside a caption; must begin with a capital letter.
_INNER_LABEL = re.compile(rf"(?:^|(?<=\s)|(?<=[(\[|]))(?=[A-ZА-ЯÀ-Ý])(?i:{_LABEL})")
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?", re.IGNORECASE)
_TRAILING_COPYRIGHT = re.compile(r"(?:^|\s)(©\s*[^©]{2,80})$")
#: "(Getty Images)" / "(Name/Agency)" closing a caption.
_TRAILING_PARENS = re.compile(r"\s*\(([^()]{2,80})\)\s*\.?\s*$")
#: "Name / Agency" or "Name/Agency" after the caption's last sentence.
_TRAILING_SLASH = re.compile(r"(?:(?<=[.!?\"”»])|(?<=[.!?]['’]))\s+([^.!?\"”«»]{2,80}?\s?/\s?[^.!?/\"”«»]{2,60})$")
_CAPTION_LABEL = re.compile(
    r"^\s*(?:image\s+caption|caption|bildunterschrift|подпись)\s*[:,]\s*", re.IGNORECASE
)
#: words that make a parenthetical at the end of a caption a credit.
_CREDIT_WORDS = re.compile(
    r"/|\b(?:getty|images|photo|photos|foto|press|pool|handout|courtesy|archive|archiv|"
    r"agency|agentur|shutterstock|alamy|istock|reuters|afp|ap|epa|dpa|imago|tass|ria)\b|"
    r"(?-i:^[A-ZА-Я]{2,}$)|^фото\b|тасс|риа",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n.,;:|–—-"


def normalize_space(text: str | None) -> str:
    """Collapse runs of whitespace (including no-break spaces) and trim."""
    return _SPACE.sub(" ", text or "").strip()


def strip_caption_label(text: str) -> str:
    """Drop a leading "Image caption, " / "Caption:" label."""
    return _CAPTION_LABEL.sub("", text, count=1)


def starts_with_credit_label(text: str) -> bool:
    """True for strings such as "Photo: Reuters", "Image source, Getty", "© dpa"."""
    return bool(LEADING_LABEL.match(text) or _COPYRIGHT.match(text))


def clean_credit(printed: str | None) -> str | None:
    """Return the name part of a printed credit, or None when nothing is left.

    "Photo: Reuters" -> "Reuters"; "(Getty Images)" -> "Getty Images";
    "© dpa" -> "dpa"; "Image source, Getty Images" -> "Getty Images".
    """
    text = normalize_space(printed)
    for _ in range(3):
        before = text
        text = _unwrap(text)
        text = LEADING_LABEL.sub("", text, count=1)
        text = _COPYRIGHT.sub("", text, count=1)
        text = text.strip(_EDGE_PUNCT)
        if text == before:
            break
    return text or None


def split_caption(text: str | None) -> tuple[str | None, str | None]:
    """Split a caption that carries its own credit into ``(caption, printed_credit)``.

    The printed credit keeps its label ("Photograph: Name/Agency"); pass it to
    :func:`clean_credit` for the name. Either part may be None.
    """
    text = strip_caption_label(normalize_space(text))
    if not text:
        return None, None
    if starts_with_credit_label(text):
        return None, text
    for find in (_split_at_label, _split_trailing):
        found = find(text)
        if found:
            caption, credit = found
            return _tidy_caption(caption), credit
    return _tidy_caption(text), None


def tidy_caption(text: str | None) -> str | None:
    """Normalise a caption that has no credit in it; None when empty."""
    return _tidy_caption(strip_caption_label(normalize_space(text)))


def _split_at_label(text: str) -> tuple[str, str] | None:
    matches = list(_INNER_LABEL.finditer(text))
    if not matches:
        return None
    start = matches[-1].start()
    if start > 0 and text[start - 1] in "([":
        start -= 1
    return text[:start], text[start:].strip()


def _split_trailing(text: str) -> tuple[str, str] | None:
    for pattern in (_TRAILING_COPYRIGHT, _TRAILING_SLASH):
        match = pattern.search(text)
        if match and match.start(1) > 0:
            return text[: match.start(1)], match.group(1).strip()
    match = _TRAILING_PARENS.search(text)
    if match and match.start() > 0 and _CREDIT_WORDS.search(match.group(1)):
        return text[: match.start()], match.group(0).strip()
    return None


def _unwrap(text: str) -> str:
    if len(text) > 1 and text[0] in "([" and text[-1] in ")]" and text.count("(") <= 1:
        return text[1:-1].strip()
    return text


def _tidy_caption(text: str) -> str | None:
    text = text.strip().rstrip("|–—-/ ").strip()
    return text or None
