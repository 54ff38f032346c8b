"""Tell what a quantity counts from the words after it: people, munitions or a currency.

>>> unit_after("6 HIMARS rockets", 1), unit_after("two cruise missile strikes", 3)
('rockets', None)
>>> unit_after("400 Russian soldiers", 3), unit_after("5 million roubles", 9)
('people', 'RUB')
"""

import re

from makiivka.text.vocabulary import CURRENCIES, PEOPLE, ROCKETS

#: After a munitions word, a head noun that makes the count one of something else.
NOT_MUNITIONS = frozenset(
    (
        "strike",
        "strikes",
        "attack",
        "attacks",
        "launcher",
        "launchers",
        "system",
        "systems",
        "alert",
        "alerts",
        "fragments",
        "debris",
        "crater",
        "craters",
        "wreckage",
    )
)
_TAIL_STOP = re.compile(r"[.;:!?()\[\]{}\"“”,0-9\n]")
_WORD = re.compile(r"[A-Za-z'’]+")


def unit_after(text: str, end: int) -> str | None:
    """Return the unit named by the up to three words after a quantity, if any."""
    tail = text[end : end + 60]
    # a quoted figure's own noun after its closing mark: 'counted "more than 160" people'
    tail = tail[1:] if tail[:1] in '"”' and tail[1:2] == " " else tail
    stop = _TAIL_STOP.search(tail)
    words = [w.lower() for w in _WORD.findall(tail[: stop.start()] if stop else tail)][:3]
    for i, word in enumerate(words):
        if word in PEOPLE or (word == "service" and words[i + 1 : i + 2] == ["members"]):
            return "people"
        if word in ROCKETS:
            # "two cruise missile strikes" counts strikes, not missiles.
            return None if words[i + 1 : i + 2] and words[i + 1] in NOT_MUNITIONS else "rockets"
        if word in CURRENCIES:
            return CURRENCIES[word]
    return None
