"""What changed between two versions of an article, as numbers and as a readable word diff.

Re-crawls must tell a silent correction from a rewrite, so the comparison is per field
and, for text, per word: ``{"words_added": 12, "words_removed": 3}`` says more than
"the hash differs". The diff is ``difflib.SequenceMatcher`` (``autojunk=False``, so common
words are never ignored) on word lists, reached in three steps: paragraphs are aligned
first, then the sentences of the changed paragraphs, and only the changed sentences are
diffed word by word. A single word-level pass over a 5,000-word body costs seconds
(its cost grows with the repeats of "the", "of", ...); aligned this way, the usual
corrections and insertions take milliseconds.

In a record, ``changes`` names every compared field, null for the unchanged ones (all of
them in a first version: :func:`record_changes`); the state database and ``history`` keep
only the changed ones, and None for a first version.

Paragraph ends travel through the diff as a token no word can equal, so :func:`word_diff`
can print the changed paragraphs and elide the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from difflib import SequenceMatcher
from typing import Any

from newsarchive.items import COMPARED_FIELDS

#: the compared fields, in the order changes are reported (declared in :mod:`newsarchive.items`)
FIELDS = COMPARED_FIELDS

_BREAK = "\n"  # ends each paragraph's words; str.split() never yields it
_PARAGRAPH_SEPARATOR = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_PLAIN = {"delete": ("[-", "-]"), "insert": ("{+", "+}")}
_COLOR = {"delete": ("\x1b[31m", "\x1b[m"), "insert": ("\x1b[32m", "\x1b[m")}

Span = tuple[str, list[str], list[str]]  # (difflib tag, old tokens, new tokens)
Splitter = Callable[[list[str]], list[tuple[str, ...]]]  # tokens -> units of a level


def compare(old: Mapping, new: Mapping) -> dict[str, dict]:
    """The fields of :data:`FIELDS` that differ between two article records, described."""
    changes = {}
    for field in FIELDS:
        change = _COMPARERS[field](old.get(field), new.get(field))
        if change is not None:
            changes[field] = change
    return changes


def record_changes(changes: Mapping[str, dict] | None) -> dict[str, dict | None]:
    """``changes`` as a record carries it: every field of :data:`FIELDS`, null when unchanged.

    One shape in every record, a first version's (``changes`` None: nothing to compare
    with) included, so a query of ``changes.headline`` works on any archive: DuckDB and
    pandas infer one struct from all the records they read.
    """
    return {field: (changes or {}).get(field) for field in FIELDS}


def word_diff(old: str, new: str, width: int = 100, *, color: bool = False, context: int | None = None) -> str:
    """Changed paragraphs with ``[-removed-]`` and ``{+added+}`` words, the rest as "…".

    With ``color`` the words are red and green instead of bracketed (git's
    ``--word-diff=color``). Lines are wrapped at ``width``. Equal texts give "".
    With ``context``, a changed paragraph keeps only that many unchanged words on
    either side of each change, the rest shown as "…".
    """
    if old == new:
        return ""
    blocks: list[str] = []
    for paragraph in _paragraph_items(_spans(old, new)):
        if all(kind == "equal" for kind, _ in paragraph):
            if not blocks or blocks[-1] != "…":
                blocks.append("…")
        else:
            shown = paragraph if context is None else _around_changes(paragraph, context)
            blocks.append("\n".join(_render_lines(shown, width, color)))
    return "\n\n".join(blocks)


def _around_changes(items: list[tuple[str, str]], context: int) -> list[tuple[str, str]]:
    """The items within ``context`` words of a change; each run of others becomes one "…"."""
    changed = [i for i, (kind, _) in enumerate(items) if kind != "equal"]
    keep = {j for i in changed for j in range(i - context, i + context + 1)}
    shown: list[tuple[str, str]] = []
    for index, item in enumerate(items):
        if index in keep:
            shown.append(item)
        elif not shown or shown[-1] != ("equal", "…"):
            shown.append(("equal", "…"))
    return shown


def _compare_text(old: str | None, new: str | None) -> dict | None:
    old, new = old or "", new or ""
    if old == new:
        return None
    added = removed = 0
    for tag, old_tokens, new_tokens in _spans(old, new):
        if tag != "equal":
            removed += _word_count(old_tokens)
            added += _word_count(new_tokens)
    return {"words_added": added, "words_removed": removed}


def _compare_list(old: Sequence | None, new: Sequence | None) -> dict | None:
    old, new = list(old or []), list(new or [])
    added = [item for item in new if item not in old]
    removed = [item for item in old if item not in new]
    return {"added": added, "removed": removed} if added or removed else None


def _compare_images(old: Sequence | None, new: Sequence | None) -> dict | None:
    old_urls = {image.get("url") for image in old or []}
    new_urls = {image.get("url") for image in new or []}
    added, removed = len(new_urls - old_urls), len(old_urls - new_urls)
    return {"added": added, "removed": removed} if added or removed else None


def _compare_scalar(old: Any, new: Any) -> dict | None:
    return None if old == new else {"old": old, "new": new}


_COMPARERS: dict[str, Callable[[Any, Any], dict | None]] = {
    "headline": _compare_text, "description": _compare_text, "body": _compare_text,
    "authors": _compare_list, "tags": _compare_list, "images": _compare_images,
    "published": _compare_scalar, "modified": _compare_scalar, "section": _compare_scalar,
    "canonical_url": _compare_scalar,
}


def _word_count(tokens: list[str]) -> int:
    return sum(token != _BREAK for token in tokens)


def _tokens(text: str) -> list[str]:
    """The words of the text, each paragraph ended by the break token."""
    tokens: list[str] = []
    for paragraph in _PARAGRAPH_SEPARATOR.split(text):
        words = paragraph.split()
        if words:
            tokens.extend(words)
            tokens.append(_BREAK)
    return tokens


def _paragraph_units(tokens: list[str]) -> list[tuple[str, ...]]:
    return _cut(tokens, lambda i: tokens[i] == _BREAK)


def _sentence_units(tokens: list[str]) -> list[tuple[str, ...]]:
    """Sentences; a paragraph's last sentence keeps the paragraph end with it."""
    def ends(i: int) -> bool:
        if tokens[i] == _BREAK:
            return True
        return _SENTENCE_END.search(tokens[i]) is not None and tokens[i + 1:i + 2] != [_BREAK]
    return _cut(tokens, ends)


def _cut(tokens: list[str], ends: Callable[[int], bool]) -> list[tuple[str, ...]]:
    """The tokens cut into units, each ending at an index where ``ends``."""
    units, start = [], 0
    for index in range(len(tokens)):
        if ends(index):
            units.append(tuple(tokens[start:index + 1]))
            start = index + 1
    if start < len(tokens):
        units.append(tuple(tokens[start:]))
    return units


def _opcodes(old: Sequence, new: Sequence) -> list[tuple[str, int, int, int, int]]:
    return SequenceMatcher(None, old, new, autojunk=False).get_opcodes()


def _spans(old: str, new: str) -> Iterator[Span]:
    """The word diff of two texts, aligned by paragraphs, then sentences, then words."""
    return _diff(_tokens(old), _tokens(new), (_paragraph_units, _sentence_units))


def _diff(old: list[str], new: list[str], levels: tuple[Splitter, ...]) -> Iterator[Span]:
    """Align units of the first level; diff each changed region at the next level down."""
    if not levels:
        for tag, i1, i2, j1, j2 in _opcodes(old, new):
            yield tag, old[i1:i2], new[j1:j2]
        return
    old_units, new_units = levels[0](old), levels[0](new)
    for tag, i1, i2, j1, j2 in _opcodes(old_units, new_units):
        old_tokens = [token for unit in old_units[i1:i2] for token in unit]
        new_tokens = [token for unit in new_units[j1:j2] for token in unit]
        if tag == "replace":
            yield from _diff(old_tokens, new_tokens, levels[1:])
        else:
            yield tag, old_tokens, new_tokens


def _paragraph_items(spans: Iterator[Span]) -> Iterator[list[tuple[str, str]]]:
    """``(kind, word)`` items paragraph by paragraph; any break token ends a paragraph."""
    paragraph: list[tuple[str, str]] = []
    for tag, old_tokens, new_tokens in spans:
        if tag == "equal":
            items = [("equal", token) for token in new_tokens]
        else:
            items = [("delete", token) for token in old_tokens] + [("insert", token) for token in new_tokens]
        for kind, token in items:
            if token != _BREAK:
                paragraph.append((kind, token))
            elif paragraph:
                yield paragraph
                paragraph = []
    if paragraph:
        yield paragraph


def _render_lines(items: list[tuple[str, str]], width: int, color: bool) -> list[str]:
    """Wrap a paragraph's items at ``width`` visible columns, grouping runs of one kind."""
    marks, overhead = (_COLOR, 0) if color else (_PLAIN, 4)  # colour codes take no columns
    lines: list[list[tuple[str, list[str]]]] = [[]]
    used = 0
    for kind, word in items:
        line = lines[-1]
        opens_run = not line or line[-1][0] != kind
        extra = len(word) + (1 if line else 0) + (overhead if opens_run and kind != "equal" else 0)
        if line and used + extra > width:
            lines.append([])
            line, used, opens_run = lines[-1], 0, True
            extra = len(word) + (overhead if kind != "equal" else 0)
        if opens_run:
            line.append((kind, [word]))
        else:
            line[-1][1].append(word)
        used += extra
    return [" ".join(_render_run(kind, words, marks) for kind, words in line) for line in lines]


def _render_run(kind: str, words: list[str], marks: dict[str, tuple[str, str]]) -> str:
    text = " ".join(words)
    if kind == "equal":
        return text
    start, end = marks[kind]
    return f"{start}{text}{end}"
