"""The literals read from an expression's parse rule texts out only where the expression cannot match.

:mod:`newsarchive.extraction.prefilter` skips an expression's search in texts holding none of the literals its
every match holds; a literal read wrongly would lose a match silently (a tagline kept in the text, a citation
missed). These tests hold the reading to ``re``: case-folding against ``re``'s own caseless matching over every
code point, the literals of each kind of construct, and whole alternations answered as ``re`` answers them.
"""

from __future__ import annotations

import re
import sys

import pytest

from newsarchive.extraction.prefilter import Prefiltered, flat_branches, fold, required_literals, top_branches


def test_every_character_re_matches_caselessly_to_an_ascii_letter_folds_to_it() -> None:
    """``fold`` writes each code point that ``re.IGNORECASE`` matches to an ASCII letter as that letter, so a caseless
    literal of ASCII letters is found in the folded text wherever ``re`` finds it."""
    everything = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = re.findall(letter, everything, re.IGNORECASE)
        assert len(matched) >= 2  # its two cases at least
        assert all(fold(char) == letter for char in matched), (letter, [c for c in matched if fold(c) != letter])


@pytest.mark.parametrize(("pattern", "flags", "literals"), [
    (r"submit (?:a|your) letter", 0, {("submit ", False)}),  # the longest run of a sequence
    (r"\b(?i:Views) expressed\b", 0, {(" expressed", False)}),
    (r"(?i:Views Expressed)", 0, {("views expressed", True)}),  # caseless, in lower case
    (r"views expressed", re.IGNORECASE, {("views expressed", True)}),
    (r"(?:told|speaking to) a", 0, {("told", False), ("speaking to", False)}),  # one of each branch's
    (r"x(?:told|speaking)+y", 0, {("told", False), ("speaking", False)}),  # a repeat at least once
    (r"(?:told)?x", 0, {("x", False)}),  # an optional part needs nothing
    (r"不代表.{0,20}?立場", 0, {("不代表", False)}),
    (r"(?i:été publié)", 0, {(" publi", True)}),  # a letter with more caseless forms than lower case knows breaks the run
])
def test_the_literals_every_match_holds(pattern: str, flags: int, literals: set) -> None:
    assert required_literals(pattern, flags) == literals


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:a|\d)x?", r"[A-Z]{3}", r"(?:told)?", ""])
def test_an_expression_without_a_literal_every_match_holds_has_none(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_a_prefiltered_alternation_is_found_exactly_where_the_alternation_is() -> None:
    branches = [r"\b(?i:submit (?:a|your) (?:letter|response))\b", r"\bfollow (?:him|her)\b", r"\d{4};\d+:\d+",
                r"(?:作者|本文).{0,20}?不代表", r"(?i:\bcontact us\b)", r"\w+ing\b(?=!)"]
    whole = re.compile("|".join(branches))
    filtered = Prefiltered(branches)
    texts = [
        "Submit a Letter to the editor.", "SUBMİT YOUR LETTER", "ſubmit your response", "Please submit letters.",
        "Readers can follow her on Mastodon.", "FOLLOW HER", "Cell Rep. 2023;42:112", "本文观点不代表本站立场", "Contact us securely.",
        "Ready, steady, going!", "nothing here", "", "kontakt us", "CONTACT US",
    ]
    answers = [(filtered.search(text) is not None, whole.search(text) is not None) for text in texts]
    assert answers == [(plain, plain) for _, plain in answers]
    assert [plain for _, plain in answers] == [True, True, True, False, True, False, True, True, True, True, False,
                                               False, False, True]


def test_top_branches_split_only_outside_groups_and_sets() -> None:
    assert top_branches(r"a|(b|c)|[|(]x|\|y|^z|[]|]w|[^]|]v") == \
        ["a", "(b|c)", "[|(]x", r"\|y", "^z", "[]|]w", "[^]|]v"]


def test_a_flag_group_of_branches_splits_into_its_branches_in_its_flags() -> None:
    # an anchor opening a branch is set before its group; a group followed by more, a capturing group and a
    # multi-line group stay whole (its "^" opens any line, not the text)
    assert flat_branches(r"a|(?i:b|^c|(?s:^d|e))|(?i:^x)y|(?i:^z)|(?:f|^g)|(?m:^h|k)|(?i:[)|]w)") == \
        ["a", "(?i:b)", "^(?i:c)", "^(?i:(?s:d))", "(?i:(?s:e))", "(?i:^x)y", "^(?i:z)", "(?:f|^g)", "(?m:^h|k)",
         "(?i:[)|]w)"]
    for pattern in (r"(?i:b|^c|(?s:^d|e))", r"(?i:^z)"):
        whole, split = re.compile(pattern), [re.compile(b) for b in flat_branches(pattern)]
        for text in ("C here", "here c", "D", "xe", "E", "Z", "a z", "b"):
            assert (whole.search(text) is not None) == any(b.search(text) for b in split), (pattern, text)
