"""The words every match of a regular expression holds, read from its parse: a text holding none of them is ruled
out before the search.

Python's ``re`` tries each branch of an alternation at each position of a text, and skips ahead only when every
branch opens with a character of a known case. A long alternation of phrases (``hints.TAGLINE``: a hundred
branches, many of them caseless, some opening on ``\\b``) so costs a quarter of a millisecond a paragraph, though
nearly every paragraph holds none of its words. RE2 and Hyperscan rule texts out first by the literals each match
must contain (RE2's "prefilter"); ``re`` has nothing of the kind, and another engine would change what matches
(lookbehinds, ``\\b`` on Unicode, possessive groups). So this module reads those literals from ``re``'s own parse
(``re._parser``, the parser ``re.compile`` runs; a parse it cannot read gives no words, and the expression is
searched as before): :class:`Prefiltered` searches an expression's branches apart, each only in the texts that hold
one of its words.

A caseless literal is looked for in the text in lower case, and only when all of it is ASCII: ``re`` matches the
ASCII letters "i", "s" and "k" caselessly to "ı", "İ", "ſ" and the Kelvin sign too, which :func:`fold` writes as
those letters; other letters have more equivalents than ``str.lower`` knows (Greek, old Cyrillic forms), and their
literals are not used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

try:  # the parser of the running Python's ``re``, private: a change in it costs the guards, never an answer
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - a Python whose ``re`` is laid out otherwise
    _sre = _sre_parse = None  # type: ignore[assignment]

#: a literal the text must hold: (its text, whether looked for caselessly, in the folded text)
Literal = tuple[str, bool]

#: the characters other than ASCII letters that ``re`` matches caselessly to an ASCII letter, as that letter
_TO_ASCII = str.maketrans({"ı": "i", "İ": "i", "ſ": "s", "\u212a": "k"})
_FOLDED_LETTERS = tuple(map(chr, _TO_ASCII))

#: a set of literals longer than this is worth no guard (every text would be tested for each)
_MAX_LITERALS = 24


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words``: a substring test each, several times faster than one regular
    expression's search of their alternation, and stopping at the first found."""
    for word in words:
        if word in text:
            return True
    return False


def fold(text: str) -> str:
    """``text`` as caseless literals are looked for in it: in lower case, with the letters ``re`` matches caselessly
    to an ASCII letter written as that letter. (A text is translated only when it holds one of those letters, as
    almost none does: ``str.translate`` with a table looks every character up, ten times the cost of the tests.)"""
    if not text.isascii() and holds_any(text, _FOLDED_LETTERS):
        text = text.translate(_TO_ASCII)
    return text.lower()


def required_literals(pattern: str, flags: int = 0) -> frozenset[Literal] | None:
    """Literals one of which every match of ``pattern`` holds, or None when none can be named."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except (re.error, AttributeError, TypeError, ValueError):  # pragma: no cover - compiled by the caller already
        return None
    try:
        return _needs(list(parsed), parsed.state.flags)
    except (AttributeError, TypeError, ValueError):  # pragma: no cover - a parse laid out otherwise
        return None


def _needs(items: Sequence[tuple[object, object]], flags: int) -> frozenset[Literal] | None:
    """The best set of literals a match of the sequence ``items`` must hold one of: each item must match, so any
    item's set will do, and the one whose shortest literal is longest rules out most texts."""
    candidates: list[frozenset[Literal]] = []
    run: list[str] = []
    run_caseless = False

    def close() -> None:
        if run:
            candidates.append(frozenset({("".join(run), run_caseless)}))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            char = chr(av)  # type: ignore[arg-type]
            caseless = bool(flags & re.IGNORECASE) and char.lower() != char.upper()
            if caseless and not char.isascii():
                close()  # a letter with more caseless equivalents than ``fold`` writes
                continue
            caseless = bool(flags & re.IGNORECASE)
            if run and caseless != run_caseless:
                close()
            run_caseless = caseless
            run.append(char.lower() if caseless else char)
            continue
        close()
        found = _item_needs(op, av, flags)
        if found:
            candidates.append(found)
    close()
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(text) for text, _ in c), -len(c)))


def _item_needs(op: object, av: object, flags: int) -> frozenset[Literal] | None:
    """What one item of a sequence needs: a group's, a repeat's at least once, every branch's one."""
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, inner = av  # type: ignore[misc]
        return _needs(list(inner), (flags | add_flags) & ~del_flags)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        least, _, inner = av  # type: ignore[misc]
        return _needs(list(inner), flags) if least >= 1 else None
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _needs(list(av), flags)  # type: ignore[arg-type]
    if op is _sre.BRANCH:
        union: set[Literal] = set()
        for branch in av[1]:  # type: ignore[index]
            found = _needs(list(branch), flags)
            if not found:
                return None
            union |= found
        return frozenset(union) if len(union) <= _MAX_LITERALS else None
    return None


def top_branches(pattern: str) -> list[str]:
    """The branches of ``pattern`` at its top level: split at each "|" outside groups and character sets."""
    branches, start = [], 0
    for at, char, depth in _outside_sets(pattern):
        if char == "|" and depth == 0:
            branches.append(pattern[start:at])
            start = at + 1
    return [*branches, pattern[start:]]


def _outside_sets(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` neither escaped nor in a character set: its index, itself, and the depth of the
    groups open after it."""
    depth, in_set, i = 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1  # the escaped character
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            i += pattern.startswith("^", i + 1)  # "[^…"
            i += pattern.startswith("]", i + 1)  # "[]…" and "[^]…": a first "]" is in the set
        else:
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


#: an inline-flag group's opening: "(?i:"
_FLAG_GROUP = re.compile(r"\(\?([aiLsux]+):")


def flat_branches(pattern: str) -> list[str]:
    """:func:`top_branches`, and the branches of a branch that is one inline-flag group of an alternation, each in the
    group's flags ("(?i:a|^b)" gives "(?i:a)" and "^(?i:b)"): a start anchor opening a branch is set before its group,
    where a caller can see it. (A group with the multi-line flag is never split: its "^" opens any line.)"""
    out = []
    for branch in top_branches(pattern):
        opening = _FLAG_GROUP.match(branch)
        if opening is None or not _one_group(branch):
            out.append(branch)
            continue
        flags = opening.group(1)
        for inner in flat_branches(branch[opening.end():-1]):
            out.append(f"^(?{flags}:{inner[1:]})" if inner.startswith("^") else f"(?{flags}:{inner})")
    return out


def _one_group(pattern: str) -> bool:
    """Whether ``pattern`` is one group, its opening "(" closed by its last character."""
    closing = next((at for at, _, depth in _outside_sets(pattern) if depth == 0), None)
    return pattern.startswith("(") and closing == len(pattern) - 1


class Prefiltered:
    """Whether any of several expressions, searched apart (or, ``at_start``, each matched at the text's start), is
    found in a text: each tried only on the texts that hold one of the literals its every match holds. The same
    answer as their alternation's, not the same match: the first expression's found, not the leftmost match. (Which
    literals a text holds is read once for all the expressions, a test of each literal: ``str``'s search of a
    substring is far faster than ``re``'s of an alternation.)"""

    def __init__(self, branches: Iterable[str], flags: int = 0, at_start: bool = False) -> None:
        guarded, bare = [], []
        for branch in branches:
            literals = required_literals(branch, flags)
            if literals:
                exact = frozenset(word for word, caseless in literals if not caseless)
                caseless = frozenset(word for word, caseless in literals if caseless)
                compiled = re.compile(branch, flags)
                guarded.append((exact, caseless, compiled.match if at_start else compiled.search))
            else:
                bare.append(branch)
        self._guarded = guarded
        whole = re.compile("|".join(bare), flags) if bare else None
        self._bare = None if whole is None else whole.match if at_start else whole.search
        self._exact = tuple(sorted(set().union(*(exact for exact, _, _ in guarded))))
        self._caseless = tuple(sorted(set().union(*(caseless for _, caseless, _ in guarded))))

    def search(self, text: str) -> re.Match[str] | None:
        exact = {word for word in self._exact if word in text}
        folded = fold(text) if self._caseless else ""
        caseless = {word for word in self._caseless if word in folded}
        if exact or caseless:
            for needs_exact, needs_caseless, find in self._guarded:
                if (not needs_exact.isdisjoint(exact) or not needs_caseless.isdisjoint(caseless)) \
                        and (found := find(text)) is not None:
                    return found
        return self._bare(text) if self._bare is not None else None
