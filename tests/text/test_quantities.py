"""Tests for makiivka.text.quantities, on the articles' own phrasings and a few made-up variants."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from makiivka.text.quantities import (
    QUALIFIERS,
    VAGUE_RANGES,
    Quantity,
    find_quantities,
    parse_quantity,
)

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"

# phrase, value, low, high, qualifier, unit, text
SINGLE = [
    # BBC, 4 Jan 2023
    ("claimed the lives of at least 89 Russian personnel", 89, 89, None, "at_least", "people",
     "at least 89"),
    ("claims that 400 soldiers were killed", 400, 400, 400, "exact", "people", "400"),
    ("and another 300 were wounded", 300, 300, 300, "exact", "people", "300"),
    ("to fire six rockets at 00:01 Moscow time", 6, 6, 6, "exact", "rockets", "six"),
    ("two of which were shot down", 2, 2, 2, "exact", None, "two"),
    ("was one of those killed", 1, 1, 1, "exact", "people", "one"),
    ("among the 300,000 soldiers", 300000, 300000, 300000, "exact", "people", "300,000"),
    ("a payout of 5 million roubles", 5000000, 5000000, 5000000, "exact", "RUB",
     "5 million roubles"),
    ("roubles (£57,000;", 57000, 57000, 57000, "exact", "GBP", "£57,000"),
    # NBC, 4 Jan 2023
    ("in memory of more than 60 Russian soldiers", 60, 61, None, "more_than", "people",
     "more than 60"),
    ("raised the confirmed death toll to 89 from the weekend attack", 89, 89, 89, "exact", None,
     "89"),
    ("since the war began 10 months ago", 10, 10, 10, "exact", None, "10"),
    # number words and scales
    ("nearly twenty-one conscripts", 21, None, 21, "up_to", "people", "nearly twenty-one"),
    ("one hundred and five recruits", 105, 105, 105, "exact", "people", "one hundred and five"),
    ("a hundred reservists", 100, 100, 100, "exact", "people", "a hundred"),
    ("two thousand persons", 2000, 2000, 2000, "exact", "people", "two thousand"),
    ("more than a dozen civilians", 12, 13, None, "more_than", "people", "more than a dozen"),
    ("around 1.5 million people", 1500000, 1500000, 1500000, "about", "people",
     "around 1.5 million"),
    ("a fee of 2.5 hryvnias", 2.5, 2.5, 2.5, "exact", "UAH", "2.5 hryvnias"),
    ("1.5 billion euros", 1500000000, 1500000000, 1500000000, "exact", "EUR", "1.5 billion euros"),
    ("a €2m fund", 2000000, 2000000, 2000000, "exact", "EUR", "€2m"),
    ("a $1.5bn package", 1500000000, 1500000000, 1500000000, "exact", "USD", "$1.5bn"),
    ("₽100,000 each", 100000, 100000, 100000, "exact", "RUB", "₽100,000"),
    ("10,000 rubles", 10000, 10000, 10000, "exact", "RUB", "10,000 rubles"),
    ("500 pounds", 500, 500, 500, "exact", "GBP", "500 pounds"),
    ("1,000 UAH", 1000, 1000, 1000, "exact", "UAH", "1,000 UAH"),
    ("USD 5 million", 5000000, 5000000, 5000000, "exact", "USD", "USD 5 million"),
    # qualifiers
    ("no fewer than 50 mobilized men", 50, 50, None, "at_least", "people", "no fewer than 50"),
    ("No less than 70 dead", 70, 70, None, "at_least", "people", "No less than 70"),
    ("AT LEAST 89", 89, 89, None, "at_least", None, "AT LEAST 89"),
    ("a minimum of 40 fighters", 40, 40, None, "at_least", "people", "a minimum of 40"),
    ("in excess of 1,000 troops", 1000, 1001, None, "more_than", "people", "in excess of 1,000"),
    ("upwards of 200 casualties", 200, 201, None, "more_than", "people", "upwards of 200"),
    ("over 100 drones", 100, 101, None, "more_than", "rockets", "over 100"),
    ("above 3.5", 3.5, 3.5, None, "more_than", None, "above 3.5"),
    ("up to 500 wounded", 500, None, 500, "up_to", "people", "up to 500"),
    ("as many as 600 dead", 600, None, 600, "up_to", "people", "as many as 600"),
    ("at most 10 missiles", 10, None, 10, "up_to", "rockets", "at most 10"),
    ("no more than 30 projectiles", 30, None, 30, "up_to", "rockets", "no more than 30"),
    ("fewer than 20 shells", 20, None, 19, "fewer_than", "rockets", "fewer than 20"),
    ("less than 1,000", 1000, None, 999, "fewer_than", None, "less than 1,000"),
    ("under 50 victims", 50, None, 49, "fewer_than", "people", "under 50"),
    ("below 0.5", 0.5, None, 0.5, "fewer_than", None, "below 0.5"),
    ("approximately 700 servicemen", 700, 700, 700, "about", "people", "approximately 700"),
    ("some 400 service members", 400, 400, 400, "about", "people", "some 400"),
    ("almost 90 bodies", 90, None, 90, "up_to", "people", "almost 90"),
    ("an estimated 1,000 troops", 1000, 1000, 1000, "about", "people", "an estimated 1,000"),
    ("close to 100 injured", 100, 100, 100, "about", "people", "close to 100"),
    ("roughly 2.5 million dollars", 2500000, 2500000, 2500000, "about", "USD",
     "roughly 2.5 million dollars"),
    # ranges
    ("between 400 and 500 soldiers", None, 400, 500, "range", "people", "between 400 and 500"),
    ("400-500 troops", None, 400, 500, "range", "people", "400-500"),
    ("400–500 killed", None, 400, 500, "range", "people", "400–500"),
    ("400 to 500 conscripts", None, 400, 500, "range", "people", "400 to 500"),
    ("between 1 and 2 million dollars", None, 1000000, 2000000, "range", "USD",
     "between 1 and 2 million dollars"),
    ("£5-10m", None, 5000000, 10000000, "range", "GBP", "£5-10m"),
    ("two to three hundred soldiers", None, 200, 300, "range", "people", "two to three hundred"),
    ("about 400-500 soldiers", None, 400, 500, "range", "people", "400-500"),
    ("between 500 and 400", None, 400, 500, "range", None, "between 500 and 400"),
    # vague words
    ("missile strike that killed dozens", None, 24, 99, "vague", None, "dozens"),
    ("called up hundreds of thousands of reservists", None, 200000, 999999, "vague", "people",
     "hundreds of thousands"),
    ("several soldiers", None, 3, 9, "vague", "people", "several"),
    ("several dozen troops", None, 36, 99, "vague", "people", "several dozen"),
    ("scores of civilians", None, 40, 99, "vague", "people", "scores"),
    ("Scores dead after strike on barracks", None, 40, 99, "vague", "people", "Scores"),
    ("scores", None, 40, 99, "vague", None, "scores"),
    ("hundreds of conscripts", None, 200, 999, "vague", "people", "hundreds"),
    ("several hundred", None, 300, 999, "vague", None, "several hundred"),
    ("many hundreds", None, 200, 999, "vague", None, "many hundreds"),
    ("thousands of troops", None, 2000, 9999, "vague", "people", "thousands"),
    ("several thousand", None, 3000, 9999, "vague", None, "several thousand"),
    ("tens of thousands of soldiers", None, 20000, 99999, "vague", "people", "tens of thousands"),
    ("millions of roubles", None, 2000000, None, "vague", "RUB", "millions"),
    ("at least dozens", None, 24, None, "vague", None, "at least dozens"),
    ("up to hundreds", None, None, 999, "vague", None, "up to hundreds"),
]  # fmt: skip

# phrase, [(value, low, high, qualifier, unit, text), ...]
SEQUENCES = [
    ("from the initial estimate of 63 to 89",
     [(63, 63, 63, "exact", None, "63"), (89, 89, 89, "exact", None, "89")]),
    ("raised the toll from 63 to 89 soldiers",
     [(63, 63, 63, "exact", "people", "63"), (89, 89, 89, "exact", "people", "89")]),
    ("5 million roubles (£57,000; $69,000)",
     [(5000000, 5000000, 5000000, "exact", "RUB", "5 million roubles"),
      (57000, 57000, 57000, "exact", "GBP", "£57,000"),
      (69000, 69000, 69000, "exact", "USD", "$69,000")]),
    ("1, 2, 3",
     [(1, 1, 1, "exact", None, "1"), (2, 2, 2, "exact", None, "2"), (3, 3, 3, "exact", None, "3")]),
    ("the vote was 5-3",
     [(5, 5, 5, "exact", None, "5"), (3, 3, 3, "exact", None, "3")]),
    ("On January 1, 2023, 89 soldiers died", [(89, 89, 89, "exact", "people", "89")]),
    ("in 2022, 300 died", [(300, 300, 300, "exact", "people", "300")]),
    ("fire six rockets at 00:01 Moscow time on January 1st, two of which were shot down",
     [(6, 6, 6, "exact", "rockets", "six"), (2, 2, 2, "exact", None, "two")]),
]  # fmt: skip

NOT_QUANTITIES = [
    "the striker scores goals",
    "at 00:01 Moscow time",
    "at 1:00 a.m.",
    "at 1 a.m.",
    "at 11 PM",
    "on January 1st",
    "the 1444th regiment",
    "the 19th century",
    "January 1",
    "1 January 2023",
    "Jan. 4",
    "January 1-2",
    "1-2 January",
    "on 4 Jan",
    "in 2022",
    "2014-2022",
    "2023-01-01",
    "01/01/2023",
    "IE 11 is not supported.",
    "on Tuesday.IE 11 is not supported",
    "Su-25 jets",
    "Covid-19",
    "a 21-year-old conscript",
    "1,2,3",
    "3,00",
    "version 1.2.3",
    "If no one is punished for this",
    "the one that",
    "one another",
    "a 5m wall",
    "someone often scores a goal",
    "no casualties",
    "",
]


def _row(q: Quantity) -> tuple:
    return (q.value, q.low, q.high, q.qualifier, q.unit, q.text)


@pytest.mark.parametrize(("phrase", "value", "low", "high", "qualifier", "unit", "text"), SINGLE)
def test_parse_quantity(phrase, value, low, high, qualifier, unit, text):
    q = parse_quantity(phrase)
    assert _row(q) == (value, low, high, qualifier, unit, text)
    assert type(q.value) is type(value)
    assert phrase[q.start : q.end] == text
    assert len(find_quantities(phrase)) == 1


@pytest.mark.parametrize(("phrase", "expected"), SEQUENCES)
def test_find_quantities_sequences(phrase, expected):
    assert [_row(q) for q in find_quantities(phrase)] == expected


@pytest.mark.parametrize("phrase", NOT_QUANTITIES)
def test_not_quantities(phrase):
    assert find_quantities(phrase) == []


def test_integral_values_are_ints():
    assert type(parse_quantity("1.5 million").value) is int
    assert type(parse_quantity("2.5").value) is float
    assert type(parse_quantity("between 1.5 and 2 million").low) is int


def test_offsets_on_the_doctest_phrase():
    q = parse_quantity("claimed the lives of at least 89 Russian personnel")
    assert (q.start, q.end) == (21, 32)


def test_parse_quantity_error_names_the_text():
    with pytest.raises(ValueError, match=r"'no casualties'.*expected a number"):
        parse_quantity("no casualties")


def test_vague_ranges_documented_conventions():
    spec = {
        "several": (3, 9),
        "dozens": (24, 99),
        "several dozen": (36, 99),
        "scores": (40, 99),
        "hundreds": (200, 999),
        "several hundred": (300, 999),
        "many hundreds": (200, 999),
        "thousands": (2000, 9999),
        "several thousand": (3000, 9999),
        "tens of thousands": (20000, 99999),
        "hundreds of thousands": (200000, 999999),
        "millions": (2000000, None),
    }
    assert spec.items() <= VAGUE_RANGES.items()
    for word, (low, high) in VAGUE_RANGES.items():
        q = parse_quantity(f"killed {word} of people")
        assert (q.text, q.qualifier, q.low, q.high) == (word, "vague", low, high)


ARTICLE_TEXTS = [
    ("bbc-2023-01-04-makiivka-phones.txt",
     ["at least 89", "400", "300", "six", "two", "one", "63", "89", "300,000", "one",
      "5 million roubles", "£57,000", "$69,000"]),
    ("nbc-2023-01-04-makiivka-cellphones.txt",
     ["dozens", "89", "dozens", "89", "one", "more than 60", "one", "10", "one",
      "hundreds of thousands"]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "texts"), ARTICLE_TEXTS)
def test_articles(name, texts):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    found = find_quantities(text)
    assert [q.text for q in found] == texts
    assert all(text[q.start : q.end] == q.text for q in found)


_VOCABULARY = [
    "at least", "more than", "up to", "fewer than", "about", "some", "between", "and", "to", "from",
    "-", "–", ",", ".", ":", "/", " ", "  ", "\n", "a", "one", "twenty", "twenty-one", "hundred",
    "dozen", "dozens", "several", "hundreds of thousands", "thousand", "million", "bn", "m", "k",
    "£", "$", "€", "₽", "roubles", "USD", "soldiers", "rockets", "January", "Jan.", "IE", "no",
    "st", "a.m.", "0", "1", "5", "63", "89", "300,000", "1.5", "2022", "00:01", "1,2,3", "of",
]  # fmt: skip
_TEXTS = st.one_of(
    st.text(),
    st.lists(st.sampled_from(_VOCABULARY), max_size=20).map(" ".join),
    st.lists(st.sampled_from(_VOCABULARY), max_size=20).map("".join),
)


@settings(max_examples=2000, deadline=None)
@given(_TEXTS)
def test_find_quantities_never_raises_and_is_consistent(text):
    found = find_quantities(text)
    previous_end = 0
    for q in found:
        assert q.text == text[q.start : q.end]
        assert previous_end <= q.start < q.end
        previous_end = q.end
        assert q.qualifier in QUALIFIERS
        assert (q.value is None) == (q.qualifier in ("range", "vague"))
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


@settings(max_examples=2000, deadline=None)
@given(_TEXTS)
def test_parse_quantity_returns_the_first_or_says_why(text):
    try:
        q = parse_quantity(text)
    except ValueError as error:
        assert "expected a number" in str(error)
        assert find_quantities(text) == []
        return
    assert q == find_quantities(text)[0]
    assert q.text == text[q.start : q.end]
    if q.low is not None and q.high is not None:
        assert q.low <= q.high
