"""A post's title keeps its emoji whole: cut where a reader sees a character end, if at all.

Telegram titles are a post's first line cut to 120 characters. Counted in code points, an
emoji-heavy line was cut although it is short on screen ("🚨 " and 30 family emoji, 152 code
points, became "🚨…"), and a line without a space was cut one code point short, inside its
last emoji ("❤️" without its variation selector, a flag's half).
"""

from __future__ import annotations

import pytest

from makiivka.extract.telegram import TITLE_MAX, Post
from makiivka.text.graphemes import graphemes, shorten

FAMILY = "👨\u200d👩\u200d👧"
HEART = "❤\ufe0f"
NURSE = "👩\u200d⚕\ufe0f"
LONG = "The council said the toll had risen again overnight as rescuers reached the flooded"


@pytest.mark.parametrize(
    "text, clusters",
    [
        ("a" + HEART + "🇺🇦" + NURSE + "e\u0301", ["a", HEART, "🇺🇦", NURSE, "e\u0301"]),
        ("🇺🇦🇺🇦🇺", ["🇺🇦", "🇺🇦", "🇺"]),
        ("👍🏽 1\ufe0f\u20e3", ["👍🏽", " ", "1\ufe0f\u20e3"]),
        (
            "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f!",
            ["🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", "!"],
        ),
        ("\u1100\u1161\u11a8x", ["\u1100\u1161\u11a8", "x"]),
    ],
    ids=["mixed", "flags", "tone and keycap", "tag flag", "hangul jamo"],
)
def test_graphemes(text, clusters):
    assert graphemes(text) == clusters


@pytest.mark.parametrize(
    "first_line, title",
    [
        ("🚨 " + FAMILY * 30, "🚨 " + FAMILY * 30),  # 32 characters on screen: not cut
        ("🇺🇦" * 70, "🇺🇦" * 70),
        (HEART * 130, HEART * 119 + "…"),  # no space: cut between hearts, never inside one
        ("🇺🇦" * 125, "🇺🇦" * 119 + "…"),
        ("⚡️ " + LONG + " " + NURSE * 40, "⚡️ " + LONG + "…"),  # cut at the space
        ("🔴 Toll rises to 112 " + HEART, "🔴 Toll rises to 112 " + HEART),
    ],
    ids=["family emoji", "flags", "hearts", "many flags", "at a space", "short"],
)
def test_a_post_title_keeps_its_emoji(first_line, title):
    post = Post("Channel", "", 1, "2019-03-15T08:05+00:00", first_line + "\nMore text.")
    assert post.title == title
    assert len(graphemes(post.title)) <= TITLE_MAX


def test_shorten_counts_characters_as_seen():
    assert shorten(NURSE * 3, 2) == NURSE + "…"
