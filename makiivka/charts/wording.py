"""Word figures, metrics and times the way a journalist writes them."""

from __future__ import annotations

import re

import pandas as pd

from makiivka.analysis import UNDATED_BASIS
from makiivka.text.denials import coded_as_denial, denial_words

# Times are written in text (the desk writes them too); the chart modules import them here.
from makiivka.text.moments import format_time, utc_offset, zone_word  # noqa: F401
from makiivka.text.number_words import WORDS, words_value
from makiivka.text.quantities import parse_quantity
from makiivka.text.ranges import describe, near_words, qualified

QUALIFIER_WORDS = {
    "exact": "exact",
    "about": "about",
    "at_least": "at least",
    "more_than": "more than",
    "up_to": "up to",
    "fewer_than": "fewer than",
    "range": "range",
    "vague": "vague",
}


def words(name: str) -> str:
    """Turn a vocabulary term such as ``killed_or_wounded`` into words."""
    return str(name).replace("_", " ")


def stated_words(stamp: pd.Timestamp, precision: str, timezone: str, basis: str) -> str:
    """Say when a figure was stated; "no later than" the publication where the text is silent.

    >>> stated_words(pd.Timestamp("2026-10-19", tz="UTC"), "day", "UTC", "publication date: …")
    'no later than 19 Oct 2026'
    >>> stated_words(pd.Timestamp("2026-10-18", tz="UTC"), "day", "UTC", "article")
    '18 Oct 2026'
    """
    when = format_time(stamp, precision, timezone)
    return f"no later than {when}" if str(basis).startswith(UNDATED_BASIS) else when


def scope_words(
    metric: str, scope: str, event_scope: str, noun: str, context: str | None = None
) -> str:
    """Name a metric with its scope when the scope is not the event's own.

    The wider scope (the ledger's ``war`` code: a running or country-wide total) is worded
    with the wider context the story declares (``event.context`` in its descriptor: "war",
    "conflict"), and without one as what it is not: no war word in a story that declares
    none. Another event's figure reads "(not this flood)"; no scope word is doubled.

    >>> scope_words("killed", "war", "event", "blast", "war")
    'killed (war-wide)'
    >>> scope_words("killed", "war", "event", "flood")
    'killed (beyond this flood)'
    >>> scope_words("other", "other", "event", "explosion")
    'other (not this explosion)'
    >>> scope_words("wounded", "event", "event", "blast")
    'wounded'
    """
    if scope == event_scope:
        return words(metric)
    if scope == "other" or scope == metric:
        return f"{words(metric)} (not this {noun})"
    if context:
        return f"{words(metric)} ({words(context)}-wide)"
    return f"{words(metric)} (beyond this {noun})"


def wall_clock(stamp: pd.Timestamp, timezone: str) -> str:
    """Return *stamp* as naive wall-clock text in *timezone* (parsed as UTC by the chart)."""
    return f"{stamp.tz_convert(timezone):%Y-%m-%dT%H:%M}"


def time_span(stamp: pd.Timestamp, precision: str, timezone: str) -> tuple[str, str, str]:
    """Return (start, middle, end) wall-clock text for a time known to *precision*.

    A time known to the minute is a point; a date is its whole day in *timezone*.
    """
    if precision in ("minute", "second"):
        point = wall_clock(stamp, timezone)
        return point, point, point
    day = stamp.tz_convert("UTC").tz_localize(None).normalize()
    length = {"day": pd.Timedelta(days=1), "month": pd.offsets.MonthBegin(1)}.get(
        precision, pd.offsets.YearBegin(1)
    )
    end = day + length
    middle = day + (end - day) / 2
    return tuple(f"{t:%Y-%m-%dT%H:%M}" for t in (day, middle, end))  # type: ignore[return-value]


#: Claimant kinds that name an organisation: "revised its figure". Anyone else (a head of
#: state, a politician, an official, an expert…) is named again, never "its".
ORGANISATION_KINDS = frozenset(
    ("ministry", "armed forces", "outlet", "international organisation", "ngo",
     "armed group", "political party", "company", "union", "hospital", "court")
)  # fmt: skip


def shown_figure(figure: str, quote: str, qualifier: str) -> str:
    """Say a figure as its marks draw it: a denied figure is the denier's upper bound.

    By ``conventions.denials`` "dismissed reports of more than 1,000 dead" is coded
    as the denier's "up to 1,000"; the quote's words alone would read as the denier's
    own claim beside an arrow pointing the other way. "denies more than 1,000" agrees
    with that arrow (at most 1,000) and keeps the words denied.

    >>> shown_figure("more than 1,000", "It dismissed reports of more than 1,000 dead.", "up_to")
    'denies more than 1,000'
    >>> shown_figure("up to 1,000", "Up to 1,000 died.", "up_to")
    'up to 1,000'
    """
    if not coded_as_denial(qualifier, quote, figure):
        return str(figure)
    return denial_words(figure)


_NUMBER_WORDS = re.compile(rf"(?<![\w-]){WORDS}(?![\w-])", re.IGNORECASE | re.ASCII | re.VERBOSE)


def label_style(figure: str) -> str:
    """Say a figure as every label does (new user 27: "Seventy-four" beside "At least 45" and
    "well over 80"): a number in words as numerals, a capital that only opened the sentence
    in lower case; a dozen's words stay ("two dozen"), as do a name's capitals ("UN").

    >>> label_style("Seventy-four"), label_style("At least 45"), label_style("well over 80")
    ('74', 'at least 45', 'well over 80')
    >>> label_style("Dozens"), label_style("two dozen"), label_style("one million two hundred")
    ('dozens', 'two dozen', '1,000,200')
    """

    def numerals(match: re.Match) -> str:
        words = match[0]
        if "dozen" in words.lower():
            return words
        value = words_value(words)[0]
        return f"{value:,}" if value == value.to_integral_value() else words

    said = _NUMBER_WORDS.sub(numerals, str(figure))
    if said[:1].isupper() and said[1:2].islower():
        said = said[:1].lower() + said[1:]
    return said


def drawn_figure(figure: str, denial: bool, value, low, high) -> str:
    """Say a report's figure as its mark draws it: a denial as one, an editor's coding in words.

    The figure's own words where its numbers are what they read ("more than 60"); where an
    editor coded the bounds ("as high as 150" coded up to 150, or "more than 50" coded as a
    ceiling), the bounds drawn ("up to 150"); a denial as :func:`shown_figure` says it. The
    figure's words are in the labels' one style (:func:`label_style`: "Seventy-four" is 74).

    >>> drawn_figure("more than 50", False, 50, None, 50)
    'up to 50'
    >>> drawn_figure("more than 50", False, 50, 51, None)
    'more than 50'
    >>> drawn_figure("more than 50", True, 50, None, 50)
    'denies more than 50'
    """
    if denial:
        return denial_words(figure)
    cells = tuple(None if pd.isna(n) else int(n) for n in (value, low, high))
    try:
        q = parse_quantity(str(figure))
    except ValueError:
        return label_style(figure)
    return label_style(figure) if (q.value, q.low, q.high) == cells else describe(*cells)


def coded_words(qualifier: str, said: str, value, low, high, unit: str, denied: bool) -> str:
    """Say how a report is coded: its bounds in words, the qualifier only where bounds
    cannot tell it ("about 135", a vague word's "vague: 24 to 99"), the unit unless people.

    A figure just below its number keeps its words with the bounds it is coded as ("nearly
    20,000 (up to 19,999)"), never "fewer than 20,000", which a reader takes as anything
    below (round 24's second new user). *qualifier* is in words (:data:`QUALIFIER_WORDS`).

    >>> coded_words("about", "Some 135", 135, 135, 135, "people", False)
    'about 135'
    >>> coded_words("up to", "Nearly 20,000", 20000, None, 19999, "people", False)
    'nearly 20,000 (up to 19,999)'
    >>> coded_words("vague", "dozens", None, 24, 99, "people", False)
    'vague: 24 to 99'
    """
    bounds = describe(value, low, high)
    near = near_words(said, bounds)
    if near:
        text = f"{near} ({describe(None, None, high)})"
    elif qualifier == "about":
        text = f"about {bounds}"
    else:
        text = f"vague: {bounds}" if qualifier == "vague" else bounds
    return text + ("" if unit == "people" else f" {unit}") + (" (a denial)" if denied else "")


def drawn_text(text: str, qualifiers: str, figures: str, quotes: str) -> str:
    """Say an assertion's figure as :func:`qualified` does, a denied one as a denial.

    >>> drawn_text("up to 1,000", "up_to", "more than 1,000", "It dismissed reports of "
    ...            "more than 1,000 dead.")
    'up to 1,000, denying more than 1,000'
    """
    text = qualified(text, qualifiers, figures)
    said = str(figures).split("; ")[0]
    if shown_figure(said, str(quotes), str(qualifiers)) != said:
        return f"{text}, denying {said}"
    return text


#: First words of a label that are common nouns or adjectives, lower case mid-sentence ("from
#: survivors and relatives"); any other capital may start a name ("Sarnet city hall") and stays.
COMMON_FIRST = frozenset(
    {
        "survivors",
        "relatives",
        "residents",
        "families",
        "local",
        "medical",
        "villagers",
        "witnesses",
        "activists",
        "rescuers",
        "volunteers",
        "doctors",
        "hospital",
        "emergency",
        "rescue",
        "civil",
        "unnamed",
        "state",
        "security",
        "government",
        "police",
        "army",
        "military",
        "coast",
    }
)


def in_sentence(label: str) -> str:
    """Say a party's label inside a sentence: a common noun phrase (every word after the
    first in lower case) with "the" before a singular one and its first word in lower case
    where that is a common word (:data:`COMMON_FIRST`); a name as it is.

    New user 25's subtitle read "from Tunisian coast guard, Survivors and relatives, …".

    >>> [in_sentence(x) for x in ("Norlandic coast guard", "Survivors and relatives",
    ...                          "Interior Ministry", "UNHCR and IOM", "Sarnet city hall")]
    ['the Norlandic coast guard', 'survivors and relatives', 'Interior Ministry', \
'UNHCR and IOM', 'the Sarnet city hall']
    >>> in_sentence("Medical staff"), in_sentence("Norland"), in_sentence("the army")
    ('the medical staff', 'Norland', 'the army')
    """
    words = label.split()
    if len(words) < 2 or any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return label  # a name ("Interior Ministry", "UNHCR and IOM") or one word
    first = words[0]
    if first.lower() == "the":
        return "the " + " ".join(words[1:])
    common = first.lower() in COMMON_FIRST and not first.isupper()
    phrase = " ".join([first.lower() if common else first, *words[1:]])
    return phrase if words[-1].endswith("s") else f"the {phrase}"
