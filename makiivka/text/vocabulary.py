"""Hold the words the quantity parser reads: qualifiers, number words, scales, units, vague amounts.

Each table is a coding choice documented in the data dictionary's ``conventions``
(``data/datapackage.json``); a test checks ``vague_ranges`` there agrees with VAGUE_RANGES.
"""

import re

QUALIFIERS = ("exact", "about", "at_least", "more_than", "up_to", "fewer_than", "range", "vague")

# ACLED codes "dozens" as 12 when it needs one conservative number; we keep a range instead. A
# plural means at least two of the unit ("dozens" >= 24, "several" >= 3), and a writer past the
# next order of magnitude would use the next word, so each top is just below it ("hundreds" <=
# 999). "A few" with a scale word counts as the plural does (at least two of the unit: "a few
# hundred" is 200 to 999). None means open-ended.
VAGUE_RANGES: dict[str, tuple[int, int | None]] = {
    "several": (3, 9),
    "dozens": (24, 99),
    "several dozen": (36, 99),
    "a few dozen": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "several hundred": (300, 999),
    "a few hundred": (200, 999),
    "many hundreds": (200, 999),
    "thousands": (2000, 9999),
    "several thousand": (3000, 9999),
    "a few thousand": (2000, 9999),
    "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999),
    "a few hundred thousand": (200000, 999999),
    "several million": (3000000, 9999999),
    "a few million": (2000000, 9999999),
    "millions": (2000000, None),
    # Hedges (see HEDGES): a range where the ledger's "about" would keep one number.
    "a dozen or so": (10, 15),
    "a couple of dozen": (24, 36),
    "a couple of hundred": (200, 300),
    "a couple of thousand": (2000, 3000),
    "a couple of million": (2000000, 3000000),
}

# Hedged amounts. The ledger's "about N" keeps low = high = N, so a hedge whose words give a
# spread is coded as a vague amount with its range: "a dozen or so" is ten to fifteen (a
# writer with fewer would say "ten", with more "fifteen" or "dozens"); "a couple (of)
# hundred" is two to three hundred ("a couple" is two, loosely two or three: "a few hundred"
# already covers more), and so for dozen, thousand and million.
HEDGES = (
    r"a\s+dozen\s+or\s+so(?![\w-])"
    r"|a\s+couple(?:\s+of)?\s+(?:dozen|hundred|thousand|million)(?![\w-])"
)
_COUPLE = re.compile(r"^a couple (?!of )")


def hedge_key(phrase: str) -> str | None:
    """Return the VAGUE_RANGES key of a hedge as written, or None if it is not one.

    >>> hedge_key("a couple  hundred"), hedge_key("A dozen or so"), hedge_key("dozens")
    ('a couple of hundred', 'a dozen or so', None)
    """
    key = _COUPLE.sub("a couple of ", " ".join(phrase.lower().split()))
    return key if key in VAGUE_RANGES and re.fullmatch(HEDGES, key) else None


# Direction words say which side of N the toll lies: "nearly", "almost", "just under" N put it
# below N with no floor (up_to, with N − 1 as the inclusive top: text/quantities.JUST_BELOW);
# "just over" N and the verbs "exceeded", "surpassed", "topped", "passed" N put it above N.
QUALIFIER_PHRASES = {
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated", "close to"),
    "at_least": ("at least", "no fewer than", "no less than", "a minimum of"),
    "more_than": ("more than", "over", "in excess of", "upwards of", "above", "just over",
                  "just above", "just more than", "slightly more than", "a little over",
                  "a little more than", "well over", "well above", "exceeded", "exceeds",
                  "exceeding", "surpassed", "surpasses", "surpassing", "topped", "tops",
                  "topping", "passed", "passes", "passing", "higher than", "much higher than",
                  "far higher than", "greater than"),
    "up_to": ("up to", "as many as", "as high as", "as much as", "at most", "no more than",
              "nearly", "almost", "just under", "just below", "not quite", "just short of",
              "just shy of"),
    "fewer_than": ("fewer than", "less than", "under", "below", "lower than", "much lower than",
                   "far lower than"),
}  # fmt: skip
QUALIFIER_OF = {p: q for q, phrases in QUALIFIER_PHRASES.items() for p in phrases}

UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen")  # fmt: skip
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
WORD_VALUES = dict(zip(UNITS, range(1, 20), strict=True)) | {
    w: 20 + 10 * i for i, w in enumerate(TENS)
}
#: Digits grouped in lakhs and crores, as Indian outlets write them ("1,00,000", "12,34,567");
#: the parser reads them beside the thousands grouping (blind set 11: the Uttarakhand floods).
LAKH_DIGITS = r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])"
SCALES = {"hundred": 100, "dozen": 12, "thousand": 10**3, "million": 10**6, "billion": 10**9,
          "trillion": 10**12, "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9,
          "bn": 10**9, "bln": 10**9, "t": 10**12, "tn": 10**12, "trn": 10**12,
          # Indian English: "2.5 lakh were present" is 250,000, "a crore" ten million
          "lakh": 10**5, "crore": 10**7}  # fmt: skip
CURRENCIES = {"£": "GBP", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "$": "USD",
              "us$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD", "€": "EUR",
              "euro": "EUR", "euros": "EUR", "eur": "EUR", "₽": "RUB", "rouble": "RUB",
              "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rub": "RUB", "hryvnia": "UAH",
              "hryvnias": "UAH", "uah": "UAH", "rs": "INR", "rs.": "INR", "₹": "INR",
              "inr": "INR", "pkr": "PKR", "tk": "BDT", "tk.": "BDT", "bdt": "BDT", "৳": "BDT",
              "lira": "TRY", "lire": "TRY", "naira": "NGN", "cfa francs": "XOF",
              "cfa franc": "XOF", "fcfa": "XOF"}  # fmt: skip
#: Currencies named after the amount ("5 million roubles", "2,000 naira").
CURRENCY_WORDS = (
    r"roubles?|rubles?|pounds?|dollars?|euros?|hryvnias?|lira|lire|naira|UAH|RUB|USD|GBP|EUR"
    r"|CFA\s+francs?|FCFA"  # "250 million CFA francs" (round 19's new user)
)
PEOPLE = frozenset({
    "soldier", "soldiers", "troops", "personnel", "servicemen", "serviceman", "servicemembers",
    "people", "persons", "recruits", "conscripts", "reservists", "mobilized", "mobilised", "men",
    "civilians", "fighters", "victims", "dead", "died", "killed", "wounded", "injured",
    "casualties", "bodies", "paratroopers", "marines", "officers", "sailors", "pilots",
    "prisoners", "captives", "residents", "children", "women", "individuals", "lives", "deaths",
    # an epidemic's count: "16,700 cases", "Only 17 new cases" (blind set 26)
    "cases", "patients",
    "followers", "worshippers", "pilgrims", "students", "workers", "miners", "passengers",
    "migrants", "refugees", "villagers", "protesters", "demonstrators", "hostages", "detainees",
    "inmates", "crew", "tourists", "fans", "spectators",
})  # fmt: skip
ROCKETS = frozenset({"rocket", "rockets", "missile", "missiles", "projectiles", "shells", "drones",
                     "munitions"})  # fmt: skip

#: After a number in words, an ordinal makes it one: "the twenty second brigade".
ORDINAL_AFTER = re.compile(
    r"(?:[-\s]+and)?[-\s]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth|hundredth|thousandth|millionth)\b",
    re.I | re.A,
)

#: "a 20 pound bag", "one pound of flour", "pounds of explosives": pound as a weight.
WEIGHT_OF = re.compile(
    r"\s+of\s+(?!(?:aid|funding|support|investment|compensation|payments?|money|cash|public"
    r"|taxpayers?)\b)[a-z]",
    re.I | re.A,
)

#: A year-shaped number after these words is a year ("in 2000 soldiers", "since 2014 people").
YEAR_BEFORE = re.compile(
    r"(?<![\w-])(?:in|since|during|until|till|by|from|before|after|through|throughout|of|for"
    r"|to|and|or|early|late|mid|spring|summer|autumn|fall|winter|year)\s+\Z",
    re.I | re.A,
)

#: What a ratio's second number may not be followed by: "5 in 10 days" is not a ratio.
NOT_RATIO_AFTER = re.compile(
    r"\s+(?:(?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|attacks?"
    r"|strikes?|raids?|incidents?|places|locations|cities|towns|villages|regions|areas"
    r"|districts|hospitals|buildings))\b",
    re.I | re.A,
)
