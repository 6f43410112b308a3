"""compare() and word_diff(): per-field changes and the readable word diff."""

from __future__ import annotations

import random
import re
import time

from newsarchive.changes import compare, word_diff

BASE = {
    "headline": "Council approves new budget",
    "description": "The vote was close.",
    "body": "First paragraph stays the same.\n\nThe council voted 5 to 4 on Tuesday.\n\nLast words here.",
    "authors": ["Ann Lee", "Bo Chen"],
    "published": "2026-11-24T09:00:00+01:00",
    "modified": None,
    "images": [{"url": "https://example.org/a.jpg", "caption": "A", "credit": None, "alt": None}],
    "section": "Politics",
    "tags": ["budget"],
    "canonical_url": "https://example.org/budget",
    "publisher": "Example News",
}


def changed(**fields: object) -> dict:
    return {**BASE, **fields}


def test_identical_records_have_no_changes() -> None:
    assert compare(BASE, dict(BASE)) == {}


def test_fields_not_compared_are_ignored() -> None:
    assert compare(BASE, changed(publisher="Other", fetched_at="2027-01-01T00:00:00Z")) == {}


def test_headline_change_counts_words() -> None:
    assert compare(BASE, changed(headline="Council rejects new budget")) == {
        "headline": {"words_added": 1, "words_removed": 1}}


def test_body_edit_counts_exact_words() -> None:
    body = ("First paragraph stays the same.\n\nThe city council voted 6 to 3 on Tuesday evening.\n\n"
            "Last words here.\n\nA brand new closing paragraph.")
    # "city" +1, "5"->"6" ±1, "4"->"3" ±1, "Tuesday."->"Tuesday evening." +2/-1, new paragraph +5
    assert compare(BASE, changed(body=body)) == {"body": {"words_added": 10, "words_removed": 3}}


def test_whitespace_only_body_change_is_reported_with_zero_words() -> None:
    body = BASE["body"].replace("The council", "The  council")
    assert compare(BASE, changed(body=body)) == {"body": {"words_added": 0, "words_removed": 0}}


def test_none_and_empty_text_are_equal() -> None:
    assert compare(changed(description=None), changed(description="")) == {}


def test_list_fields_report_added_and_removed() -> None:
    new = changed(authors=["Ann Lee", "Cy Diaz"], tags=["budget", "council", "vote"])
    assert compare(BASE, new) == {
        "authors": {"added": ["Cy Diaz"], "removed": ["Bo Chen"]},
        "tags": {"added": ["council", "vote"], "removed": []},
    }


def test_reordered_authors_are_not_a_change() -> None:
    assert compare(BASE, changed(authors=["Bo Chen", "Ann Lee"])) == {}


def test_images_are_compared_by_url() -> None:
    new = changed(images=[{"url": "https://example.org/a.jpg", "caption": "A, recaptioned"},
                          {"url": "https://example.org/b.jpg"}, {"url": "https://example.org/c.jpg"}])
    assert compare(BASE, new) == {"images": {"added": 2, "removed": 0}}
    assert compare(BASE, changed(images=[])) == {"images": {"added": 0, "removed": 1}}


def test_scalar_fields_report_old_and_new() -> None:
    new = changed(section="World", canonical_url="https://example.org/b", published="2026-11-25")
    assert compare(BASE, new) == {
        "published": {"old": "2026-11-24T09:00:00+01:00", "new": "2026-11-25"},
        "section": {"old": "Politics", "new": "World"},
        "canonical_url": {"old": "https://example.org/budget", "new": "https://example.org/b"},
    }


def test_modified_alone_is_reported() -> None:
    assert compare(BASE, changed(modified="2026-11-24T12:00:00Z")) == {
        "modified": {"old": None, "new": "2026-11-24T12:00:00Z"}}


def test_changes_follow_the_field_order() -> None:
    new = changed(canonical_url="https://example.org/c", headline="New", tags=[], body="Other.")
    assert list(compare(BASE, new)) == ["headline", "body", "tags", "canonical_url"]


def _long_body(rng: random.Random, paragraphs: int) -> list[str]:
    common = ["the", "a", "of", "and", "to", "in", "is", "that", "it", "was"]
    vocabulary = [f"word{i}" for i in range(3000)]

    def sentence() -> str:
        words = [rng.choice(common) if rng.random() < 0.4 else rng.choice(vocabulary)
                 for _ in range(rng.randint(8, 30))]
        return " ".join(words) + "."

    return [" ".join(sentence() for _ in range(5)) for _ in range(paragraphs)]


def test_long_body_with_scattered_edits_is_fast_and_exact() -> None:
    paragraphs = _long_body(random.Random(7), 60)
    old = "\n\n".join(paragraphs)
    words = old.split()
    assert len(words) > 5000
    edited = list(words)
    for i in range(0, len(words), 50):
        edited[i] = "EDITED"
    new = " ".join(edited)  # one paragraph now, and an edit every 50 words
    start = time.process_time()  # CPU time: a busy machine's waits are not the diff's cost
    change = compare({"body": old}, {"body": new})
    assert time.process_time() - start < 1.0  # 0.01 s here; a quadratic diff takes many seconds
    edits = len(range(0, len(words), 50))
    assert change == {"body": {"words_added": edits, "words_removed": edits}}


def test_long_body_rewritten_is_fast() -> None:
    rng = random.Random(8)
    old, new = "\n\n".join(_long_body(rng, 60)), "\n\n".join(_long_body(rng, 60))
    start = time.process_time()
    change = compare({"body": old}, {"body": new})["body"]
    assert time.process_time() - start < 1.0  # 0.09 s here
    assert change["words_removed"] > 4000 and change["words_added"] > 4000


def test_word_diff_marks_words_and_elides_unchanged_paragraphs() -> None:
    old = "Intro stays.\n\nThe quick brown fox jumps.\n\nMiddle stays.\n\nAnother stays.\n\nEnd."
    new = "Intro stays.\n\nThe quick red fox jumps.\n\nMiddle stays.\n\nAnother stays.\n\nEnd.\n\nA new ending."
    assert word_diff(old, new) == "…\n\nThe quick [-brown-] {+red+} fox jumps.\n\n…\n\n{+A new ending.+}"


def test_word_diff_groups_runs_and_shows_deleted_paragraphs() -> None:
    old = "Keep this.\n\nDrop this whole paragraph.\n\nOne two three four."
    new = "Keep this.\n\nOne two 3 4 five."
    assert word_diff(old, new) == "…\n\n[-Drop this whole paragraph.-]\n\nOne two [-three four.-] {+3 4 five.+}"


def test_word_diff_of_equal_texts_is_empty() -> None:
    assert word_diff("Same.\n\nText.", "Same.\n\nText.") == ""


def test_word_diff_wraps_at_width_and_keeps_runs_closed_per_line() -> None:
    old = " ".join(f"word{i}" for i in range(40))
    new = " ".join(f"word{i}" if i % 7 else f"new{i}" for i in range(40))
    lines = word_diff(old, new, width=40).splitlines()
    assert len(lines) > 5
    for line in lines:
        assert len(line) <= 40
        assert line.count("[-") == line.count("-]") and line.count("{+") == line.count("+}")
    words = re.sub(r"\[-.*?-\]", "", " ".join(lines)).replace("{+", "").replace("+}", "").split()
    assert words == new.split()


def test_word_diff_color_uses_ansi_red_and_green() -> None:
    diff = word_diff("a b c", "a x c", color=True)
    assert diff == "a \x1b[31mb\x1b[m \x1b[32mx\x1b[m c"
