"""Matches before a position, nearest first, from an index built once per text."""

from __future__ import annotations

import re

import pytest

from makiivka.text.search import matches_before

NAMES = re.compile(r"(?:[A-Z][a-z]*\s+){0,2}Ministry")
TEXT = "The Health Ministry spoke. Then the Interior Ministry. The Ministry of Truth"

# (position, the matches the bounded search sees, nearest first)
CASES = [
    (0, []),
    (19, ["The Health Ministry"]),
    (40, ["The Health Ministry"]),
    (53, ["Interior Ministry", "The Health Ministry"]),
    # a position inside a match: the match as a search stopping there sees it (none here)
    (60, ["Interior Ministry", "The Health Ministry"]),
    (68, ["The Ministry", "Interior Ministry", "The Health Ministry"]),
    (len(TEXT), ["The Ministry", "Interior Ministry", "The Health Ministry"]),
]


@pytest.mark.parametrize(("position", "expected"), CASES)
def test_matches_before_a_position_nearest_first(position, expected):
    assert [m[0] for m in matches_before({}, TEXT, NAMES, position)] == expected


def test_one_store_serves_every_position_of_a_text():
    store: dict = {}
    seen = [[m[0] for m in matches_before(store, TEXT, NAMES, p)] for p, _ in CASES]
    assert seen == [expected for _, expected in CASES]
    assert list(store) == [NAMES.pattern]
