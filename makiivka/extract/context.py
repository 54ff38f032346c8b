"""Drop the numbers that are context, not figures: durations, ages, labels, measures, "one of".

Dates and clock times are dropped by their overlap with makiivka.text.dates' phrases, page
furniture and photo credits by the sentence voices; the rules here look at the words right
around a number.
"""

from __future__ import annotations

import re

from makiivka.text.quantities import Quantity

#: After the number: durations and ages ("10 months", "45 years old"), measures, percentages.
UNIT_AFTER = re.compile(
    r"""\s*-?\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?
    |decades?|centuries|o['’]clock|%|percent|per\s*cent|percentage\s+points?|km|kilomet(?:er|re)s?
    |miles?|met(?:er|re)s?|feet|ft|kg|kilograms?|tons?|tonnes?|mm|cm|degrees?|°|inch(?:es)?
    |mph|km/h|storeys?|stories|floors?|pages?|times|-fold|fold)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
#: After the number: things that are not people ("one of the 3 buildings", "5 tanks").
THING_AFTER = re.compile(
    r"\s+(?:[A-Za-z-]+\s+)?(?:buildings?|houses?|homes?|apartments?|flats?|vehicles?|cars?"
    r"|trucks?|tanks?|villages?|towns?|cities|regions?|hospitals?|schools?|bridges?|streets?"
    r"|families)\b",
    re.IGNORECASE,
)
#: Before the number: labels (street, unit and version numbers) and ages.
LABEL_BEFORE = re.compile(
    r"""(?:(?<![\w-])(?:No\.?|Nos\.?|Number|number|\#|aged|age|Age|ages|version|v\.?|Chrome|Firefox
    |Safari|Edge|Windows|iOS|Android|IE|Explorer|Route|Highway|Street|St\.|Avenue|Building
    |Unit|unit|Room|Apartment|Flat|Block|Page|page|Article|article|Section|Chapter|Platform|Gate
    |Regiment|Brigade|Battalion|Division|Corps|Flight|School|Lyceum|Gymnasium|Hospital|Ward
    |Channel|Order|Resolution|Decree|Law|Paragraph|Item|Part|Case|Episode|Season|Vol\.?
    |Volume|Issue)\s*|\#)\Z""",
    re.VERBOSE,
)
#: "John Smith, 45, said": a number between commas right after a capitalized name.
AGE = re.compile(r"[A-Z][a-z]+,\s\Z")
AGE_AFTER = re.compile(r",")
#: "one" is a count only before a counted noun or a casualty verb ("one soldier", "one died").
ONE_NOT_A_COUNT = re.compile(
    r"\s+(?:of|that|who|which|another|after|by|more|day|time|thing|way|point|reason|side)\b"
    r"|[\s,]*[.;:!?—–-]|\s*\Z",
    re.IGNORECASE,
)
ONE_COUNT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|servicem[ae]n|service\s+members?|troops?|persons?"
    r"|people|civilians?|recruits?|conscripts?|reservists?|officers?|rockets?|missiles?"
    r"|man|woman|child|fighters?|victims?|body|bodies)\b"
    r"|\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:killed|wounded|injured|missing|shot\s+down"
    r"|intercepted|hit|dead)|\s+(?:died|killed|wounded|dead)\b",
    re.IGNORECASE,
)
GALLERY = re.compile(r"\s+of\s+[0-9]")
GALLERY_BEFORE = re.compile(r"[0-9]\s+of\s+\Z")


def is_context(text: str, q: Quantity) -> bool:
    """Tell whether a found quantity is context (a duration, label, age…) rather than a figure.

    >>> from makiivka.text.quantities import find_quantities
    >>> def kept(s):
    ...     return [q.text for q in find_quantities(s) if not is_context(s, q)]
    >>> kept("school No. 19 housed 600 men; one of those killed; it's one that they can absorb")
    ['600']
    >>> kept("two of which were shot down; one soldier died; the war began 10 months ago")
    ['two', 'one']
    >>> kept("Ivan Petrov, 45, said 30 people died in one location")
    ['30']
    """
    start, end = q.start, q.end
    if q.qualifier != "vague" and (
        UNIT_AFTER.match(text, end) or LABEL_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True
    if GALLERY.match(text, end) or GALLERY_BEFORE.search(text, max(0, start - 8), start):
        return True
    if q.unit in (None, "people") and THING_AFTER.match(text, end):
        return True
    if (
        q.value is not None
        and q.value < 120
        and AGE.search(text, max(0, start - 20), start)
        and AGE_AFTER.match(text, end)
    ):
        return True
    if q.text.lower() == "one":
        if ONE_NOT_A_COUNT.match(text, end):
            return True
        return not ONE_COUNT.match(text, end)
    return False
