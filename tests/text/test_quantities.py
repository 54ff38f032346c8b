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
    ("nearly twenty-one conscripts", 21, None, 20, "up_to", "people", "nearly twenty-one"),
    # "nearly 0" has no whole number below it: at most 0, never -1 (found by the fuzz test)
    ("nearly 0 casualties", 0, None, 0, "up_to", "people", "nearly 0"),
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
    # South Asian money and scales: a payment to families is no count; "lakh" and "crore"
    ("ex gratia of Rs 2 lakh each", 200000, 200000, 200000, "exact", "INR", "Rs 2 lakh"),
    ("Rs. 50,000 for the injured", 50000, 50000, 50000, "exact", "INR", "Rs. 50,000"),
    ("₹5 lakh", 500000, 500000, 500000, "exact", "INR", "₹5 lakh"),
    ("would get Tk 1 lakh from the fund", 100000, 100000, 100000, "exact", "BDT", "Tk 1 lakh"),
    ("about 2.5 lakh people", 250000, 250000, 250000, "about", "people", "about 2.5 lakh"),
    ("3 crore people", 30000000, 30000000, 30000000, "exact", "people", "3 crore"),
    # digits grouped in lakhs, as Indian outlets write them
    ("1,50,000 people were stranded", 150000, 150000, 150000, "exact", "people", "1,50,000"),
    ("Rs 12,34,567 paid", 1234567, 1234567, 1234567, "exact", "INR", "Rs 12,34,567"),
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
    ("almost 90 bodies", 90, None, 89, "up_to", "people", "almost 90"),
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
    # a qualifier ends its paragraph: it does not qualify the number after a blank line
    ("The search is over\n\n25 people died",
     [(25, 25, 25, "exact", "people", "25")]),
    # a wrapped line keeps it
    ("were killed, over\n25 people",
     [(25, 26, None, "more_than", "people", "over\n25")]),
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
    "1 200", "\xa0", "\u202f", "\u200b", "\x00", "\u202e", "\u00ad", "a few", "nearly",
    "just over", "exceeded", "and a half", "half a", "in", "every", "minus", "2022–23", "pound",
    "B", "T", "thousands", "second", "−",
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


# Issue 15: phrasings that users of other parsers reported, one kind per block; the first
# sentence of a block is the issue's, the others ours. (kind, phrase, [(value, low, high,
# qualifier, unit, text), ...]).
KINDS = [
    ("space separator", "Officials put the death toll at 1 200 soldiers on Tuesday.",
     [(1200, 1200, 1200, "exact", "people", "1 200")]),
    ("space separator", "1\u00a0200 soldiers", [(1200, 1200, 1200, "exact", "people", "1\u00a0200")]),
    ("space separator", "12\u2009500 troops", [(12500, 12500, 12500, "exact", "people", "12\u2009500")]),
    ("space separator", "a toll of 1\u202f000\u202f000 people",
     [(1000000, 1000000, 1000000, "exact", "people", "1\u202f000\u202f000")]),
    ("space separator", "between 1 200 and 1 500 soldiers",
     [(None, 1200, 1500, "range", "people", "between 1 200 and 1 500")]),
    ("invisible character", "4\u200b00 soldiers were killed",
     [(400, 400, 400, "exact", "people", "4\u200b00")]),
    ("invisible character", "4\x0000 soldiers were killed", [(400, 400, 400, "exact", "people", "4\x0000")]),
    ("invisible character", "1,\u200b200 troops", [(1200, 1200, 1200, "exact", "people", "1,\u200b200")]),
    ("invisible character", "3\u00ad000 people", [(3000, 3000, 3000, "exact", "people", "3\u00ad000")]),
    ("invisible character", "at least \u200b89 dead",
     [(89, 89, None, "at_least", "people", "at least \u200b89")]),
    ("invisible character", "\ufeff89 soldiers died", [(89, 89, 89, "exact", "people", "89")]),
    ("year-shaped count", "The ministry said about 2000 soldiers were killed last week.",
     [(2000, 2000, 2000, "about", "people", "about 2000")]),
    ("year-shaped count", "2000 soldiers died", [(2000, 2000, 2000, "exact", "people", "2000")]),
    ("year-shaped count", "at least 1999 troops", [(1999, 1999, None, "at_least", "people", "at least 1999")]),
    ("year-shaped count", "more than 2014 people", [(2014, 2015, None, "more_than", "people", "more than 2014")]),
    ("year-shaped count", "In 2014 soldiers crossed the border", []),
    ("year-shaped count", "since 2014 people have fled", []),
    ("two scale words", "one million two hundred thousand people fled",
     [(1200000, 1200000, 1200000, "exact", "people", "one million two hundred thousand")]),
    ("two scale words", "three million five thousand people",
     [(3005000, 3005000, 3005000, "exact", "people", "three million five thousand")]),
    ("two scale words", "two billion three hundred million dollars",
     [(2300000000, 2300000000, 2300000000, "exact", "USD", "two billion three hundred million dollars")]),
    ("two scale words", "one million, two hundred and fifty thousand people",
     [(1250000, 1250000, 1250000, "exact", "people", "one million, two hundred and fifty thousand")]),
    ("two scale words", "one million two hundred soldiers",
     [(1000200, 1000200, 1000200, "exact", "people", "one million two hundred")]),
    ("k/m/bn count", "Officials said 1.2m people fled the region.",
     [(1200000, 1200000, 1200000, "exact", "people", "1.2m")]),
    ("k/m/bn count", "10k soldiers", [(10000, 10000, 10000, "exact", "people", "10k")]),
    ("k/m/bn count", "1.5m troops", [(1500000, 1500000, 1500000, "exact", "people", "1.5m")]),
    ("k/m/bn count", "2.5bn people", [(2500000000, 2500000000, 2500000000, "exact", "people", "2.5bn")]),
    ("k/m/bn count", "a 5m wall", []),
    ("verb comparative", "Russian losses exceeded 3,000 troops killed",
     [(3000, 3001, None, "more_than", "people", "exceeded 3,000")]),
    ("verb comparative", "the toll surpassed 100", [(100, 101, None, "more_than", None, "surpassed 100")]),
    ("verb comparative", "deaths topped 50", [(50, 51, None, "more_than", None, "topped 50")]),
    ("verb comparative", "casualties passed 1,000 people",
     [(1000, 1001, None, "more_than", "people", "passed 1,000")]),
    ("negative number", "Temperatures of minus 20 killed 12 soldiers",
     [(12, 12, 12, "exact", "people", "12")]),
    ("negative number", "minus 5 degrees and 3 dead", [(3, 3, 3, "exact", "people", "3")]),
    ("negative number", "at \u221215, 40 soldiers froze", [(40, 40, 40, "exact", "people", "40")]),
    ("negative number", "negative 10 growth; 7 killed", [(7, 7, 7, "exact", "people", "7")]),
    ("call argument", "[a](javascript:alert(3)) and 7 killed", [(7, 7, 7, "exact", "people", "7")]),
    ("call argument", "Al Haouz (1,351)", [(1351, 1351, 1351, "exact", None, "1,351")]),
    ("a few", "a few hundred soldiers", [(None, 200, 999, "vague", "people", "a few hundred")]),
    ("a few", "a few dozen soldiers", [(None, 24, 99, "vague", "people", "a few dozen")]),
    ("a few", "a few thousand troops", [(None, 2000, 9999, "vague", "people", "a few thousand")]),
    ("a few", "a few hundred thousand people",
     [(None, 200000, 999999, "vague", "people", "a few hundred thousand")]),
    ("a few", "at least a few hundred", [(None, 200, None, "vague", None, "at least a few hundred")]),
    ("a few", "a few million roubles", [(None, 2000000, 9999999, "vague", "RUB", "a few million")]),
    ("season range", "During the 2022–23 winter offensive, 300 soldiers were killed",
     [(300, 300, 300, "exact", "people", "300")]),
    ("season range", "in the 2022-23 winter campaign", []),
    ("season range", "the 2014–15 fighting killed 40 people", [(40, 40, 40, "exact", "people", "40")]),
    ("season range", "the 2022—23 season", []),
    ("bidirectional control", "killed \u202e400\u202c soldiers", [(400, 400, 400, "exact", "people", "400")]),
    ("bidirectional control", "\u2066400\u2069 dead", [(400, 400, 400, "exact", "people", "400")]),
    ("bidirectional control", "4\u202e00 dead", [(400, 400, 400, "exact", "people", "4\u202e00")]),
    ("direction word", "Nearly 100 soldiers were killed", [(100, None, 99, "up_to", "people", "Nearly 100")]),
    ("direction word", "just under 2,000 people", [(2000, None, 1999, "up_to", "people", "just under 2,000")]),
    ("direction word", "just over 40 wounded", [(40, 41, None, "more_than", "people", "just over 40")]),
    ("direction word", "almost 300 troops", [(300, None, 299, "up_to", "people", "almost 300")]),
    ("direction word", "slightly more than 60 soldiers",
     [(60, 61, None, "more_than", "people", "slightly more than 60")]),
    ("direction word", "not quite 50 dead", [(50, None, 49, "up_to", "people", "not quite 50")]),
    ("fraction in words", "three and a half million people",
     [(3500000, 3500000, 3500000, "exact", "people", "three and a half million")]),
    ("fraction in words", "one and a half thousand soldiers",
     [(1500, 1500, 1500, "exact", "people", "one and a half thousand")]),
    ("fraction in words", "half a million people", [(500000, 500000, 500000, "exact", "people", "half a million")]),
    ("fraction in words", "a million and a half roubles",
     [(1500000, 1500000, 1500000, "exact", "RUB", "a million and a half roubles")]),
    ("fraction in words", "two and a quarter million dollars",
     [(2250000, 2250000, 2250000, "exact", "USD", "two and a quarter million dollars")]),
    ("plural scale word", "forty thousands of people",
     [(40000, 40000, 40000, "exact", "people", "forty thousands")]),
    ("plural scale word", "two hundreds of soldiers", [(200, 200, 200, "exact", "people", "two hundreds")]),
    ("plural scale word", "three dozens of troops", [(36, 36, 36, "exact", "people", "three dozens")]),
    ("plural scale word", "5 thousands of people", [(5000, 5000, 5000, "exact", "people", "5 thousands")]),
    ("B/T on money", "€10B in aid", [(10**10, 10**10, 10**10, "exact", "EUR", "€10B")]),
    ("B/T on money", "$2.2T", [(2.2 * 10**12, 2.2 * 10**12, 2.2 * 10**12, "exact", "USD", "$2.2T")]),
    ("B/T on money", "a $5tn economy", [(5 * 10**12, 5 * 10**12, 5 * 10**12, "exact", "USD", "$5tn")]),
    ("B/T on money", "£40b of loans", [(4 * 10**10, 4 * 10**10, 4 * 10**10, "exact", "GBP", "£40b")]),
    ("B/T on money", "a 5t truck and 10B", []),
    ("space-grouped money", "25 000 dollars", [(25000, 25000, 25000, "exact", "USD", "25 000 dollars")]),
    ("space-grouped money", "1 500 000 roubles",
     [(1500000, 1500000, 1500000, "exact", "RUB", "1 500 000 roubles")]),
    ("space-grouped money", "10\u00a0000 euros", [(10000, 10000, 10000, "exact", "EUR", "10\u00a0000 euros")]),
    ("space-grouped money", "€2 500", [(2500, 2500, 2500, "exact", "EUR", "€2 500")]),
    ("one as a pronoun", "another one", []),
    ("one as a pronoun", "and another one was destroyed", []),
    ("one as a pronoun", "each one", []),
    ("one as a pronoun", "One soldier died", [(1, 1, 1, "exact", "people", "One")]),
    ("pound as weight", "a 20 pound bag", []),
    ("pound as weight", "one pound of flour", []),
    ("pound as weight", "500 pounds of explosives", []),
    ("pound as weight", "a 1,000 pound bomb", []),
    ("pound as weight", "5 million pounds of aid",
     [(5000000, 5000000, 5000000, "exact", "GBP", "5 million pounds")]),
    ("spelled-out ordinal", "the twenty second brigade", []),
    ("spelled-out ordinal", "the one hundred and first airborne", []),
    ("spelled-out ordinal", "the forty fifth regiment", []),
    ("spelled-out ordinal", "the thirty-third day", []),
    ("spelled-out ordinal", "twenty seconds", [(20, 20, 20, "exact", None, "twenty")]),
    ("ratio", "one in three soldiers was wounded", []),
    ("ratio", "1 in 10 Russians", []),
    ("ratio", "one out of every four recruits", []),
    ("ratio", "two in every five troops", []),
    ("ratio", "killed 5 in 10 days", [(5, 5, 5, "exact", None, "5"), (10, 10, 10, "exact", None, "10")]),
    ("ratio", "12 in 2022", [(12, 12, 12, "exact", None, "12")]),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "phrase", "expected"), KINDS, ids=[k[1] for k in KINDS])
def test_reported_phrasings(kind, phrase, expected):
    found = find_quantities(phrase)
    assert [_row(q) for q in found] == expected, kind
    assert all(phrase[q.start : q.end] == q.text for q in found)


_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")  # fmt: skip
_TEN_WORDS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _say(n: int) -> str:
    """Write 1 to 999 in words ("three hundred forty-two"), the way a test reader would."""
    hundreds, rest = divmod(n, 100)
    words = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if 0 < rest < 20:
        words.append(_ONES[rest])
    elif rest:
        words.append(_TEN_WORDS[rest // 10] + (f"-{_ONES[rest % 10]}" if rest % 10 else ""))
    return " ".join(words)


@settings(max_examples=500, deadline=None)
@given(st.integers(1000, 999_999_999), st.sampled_from([" ", "\xa0", "\u2009", "\u202f"]))
def test_space_grouped_numbers_are_one_quantity(n, separator):
    written = f"{n:,}".replace(",", separator)
    [q] = find_quantities(f"The toll is {written} soldiers killed.")
    assert (q.value, q.text, q.unit) == (n, written, "people")


_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\x00", "\x07",
              "\u202e", "\u2066"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.integers(10, 10**7), st.sampled_from(_INVISIBLE), st.data())
def test_invisible_characters_inside_a_number_never_split_it(n, invisible, data):
    digits = str(n)
    at = data.draw(st.integers(1, len(digits) - 1))
    written = digits[:at] + invisible + digits[at:]
    found = find_quantities(f"{written} soldiers were killed")
    assert [(q.value, q.text) for q in found] == [(n, written)]


@settings(max_examples=500, deadline=None)
@given(st.integers(1, 999), st.integers(1, 999), st.sampled_from(["million", "billion"]))
def test_two_scale_words(a, b, large):
    scale = {"million": 10**6, "billion": 10**9}[large]
    next_scale = {"million": ("thousand", 10**3), "billion": ("million", 10**6)}[large]
    written = f"{_say(a)} {large} {_say(b)} {next_scale[0]}"
    [q] = find_quantities(f"{written} people fled")
    assert (q.value, q.text) == (a * scale + b * next_scale[1], written)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a dozen or so", 10, 15),
        ("A couple of hundred", 200, 300),
        ("a couple hundred", 200, 300),
        ("a couple of dozen", 24, 36),
        ("a couple thousand", 2000, 3000),
    ],
)
def test_hedges_are_vague_amounts_with_their_range(text, low, high):
    assert parse_quantity(text) == Quantity(None, low, high, "vague", None, 0, len(text), text)
