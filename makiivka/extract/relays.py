"""Read relays and credits: who told whom, and lines that credit figures elsewhere.

- "Interfax said, citing the emergencies ministry", "the agency TASS, citing a Defense
  Ministry statement, reported", "X said, quoting Y": Y states the figure, relayed by X;
  unless X is a person ("Mayor Igor Terekhov, citing the store's owner, said"), who then
  states it himself (the corpus conventions: a named person in the middle of a chain is the
  claimant);
- "told the Afghan outlet TOLO", "Speaking to the Los Angeles Times, a relative said", "In
  remarks broadcast by Al Masirah TV, the minister said", "Peskov was quoted by RIA Novosti
  as saying": the speaker, relayed by the outlet;
- "The toll was later raised by officials to six": the passive's agent states the figures
  after it;
- "Quote from Taburets: …": the speaker of the rest of the line;
- "This was reported by X." and "Source: a Telegram post by X" credit the sentences before
  them (:func:`credit_cue`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.cue import Cue, named
from makiivka.extract.speakers import MEDIA_WORDS, Register
from makiivka.extract.speech import (
    _AGENT_WORD,
    _CITING,
    BY_AGENT,
    QUOTE_FROM,
    QUOTED_BY,
    RELAY_OPENER,
    TOLD_OUTLET,
)

#: A source noun after the source's name: "a Defense Ministry statement".
_SOURCE_NOUN = re.compile(
    r"(?i)\s+(?:statements?|reports?|posts?|data|figures?|release|briefing|announcement|channel)\Z"
)
_ARTICLE = re.compile(r"(?i)(?:an?|the)\s+")
_OUTLET_WORD = re.compile(
    r"(?i)(?<![\w-])(?:agency|outlet|newspaper|TV|television|radio|channel|broadcaster|wire"
    rf"|{'|'.join(re.escape(w) for w in MEDIA_WORDS)})(?![\w-])"
)
_TITLE_WORD = re.compile(
    r"(?<![\w-])(?:Mayor|Governor|President|Minister|Gen\.|General|Capt\.|Captain|Col\.|Chief"
    r"|Commander|Spokesman|Spokeswoman|Head|Dr\.|Mr\.|Mrs\.|Ms\.)(?![\w-])"
)
_VIA = re.compile(r"\(via\s+(?:the\s+)?([^()]{2,60})\)")
_UNNAMED_HEARERS = re.compile(r"(?i)reporters|journalists?|a\s+local|an?\s+\w+\s+journalist")
#: "This was reported by X.", "The figures were given by X": a credit for the sentence before.
_CREDIT_NEXT = re.compile(
    r"(?:This|That|It|These|The\s+(?:figures?|toll|information|data|news))\s+(?:was|were"
    r"|has\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?(?:reported|announced|stated|confirmed|said"
    r"|posted|published|given|provided|released)\s+by\s+([^,.;:!?()“”\"\n]{2,90})"
    # "Those are the final figures of the Seoul Metropolitan Government" (blind set 21)
    r"|(?:Those|These|They|The\s+figures)\s+are\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:figures|numbers"
    r"|counts?|tolls?|tall(?:y|ies)|estimates?)\s+(?:of|from|given\s+by|issued\s+by|published\s+by)"
    r"\s+([^,.;:!?()“”\"\n]{2,90})"
    r"|(?:Those|These|The)\s+(?:figures|numbers|tolls?)\s+(?:come|came)\s+from\s+([^,.;:!?()“”\"\n]{2,90})"
)
#: "Source: a Telegram post by the State Emergency Service": a credit for the lede above it.
_SOURCE_LINE = re.compile(
    r"Sources?:\s+(?:[^,;:\n]{0,60}?\bby\s+)?((?:the\s+)?[^,;:()\n]{2,90}?)"
    r"(?=\s*[,;(]|\s+on\b|\s*\Z)"
)


_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{2,}(?![\w.])")


def is_outlet(name: str, register: Register) -> bool:
    """Tell whether a speaker's name is a news outlet ("Interfax" by its media cue)."""
    if register.side_of(name) == "media" or _OUTLET_WORD.search(name):
        return True
    return register.name(name, 0, len(name))[2] == "media"  # "A Press Trust of India report"


def is_person_name(name: str, register: Register) -> bool:
    """Tell whether a name is a person's: a title, or two capitalised words, no institution."""
    if is_outlet(name, register):
        return False
    if _TITLE_WORD.search(name):
        return True
    if _AGENT_WORD.search(name) or _ACRONYM.search(name):
        return False  # "RIA Novosti", "BBC Verify": an acronym names a body, not a person
    return len([w for w in name.split() if w[:1].isupper()]) >= 2


def source_name(text: str, a: int, b: int) -> tuple[int, int]:
    """Return the span of a cited source's name without its article and source noun."""
    m = _ARTICLE.match(text, a, b)
    a = m.end() if m else a
    noun = _SOURCE_NOUN.search(text, a, b)
    return a, (noun.start() if noun and noun.start() > a else b)


def relay_cues(text: str, start: int, end: int, register: Register) -> list[Cue]:
    """Return a sentence's passive agents, "Quote from X:" prefixes and passive relays."""
    cues = []
    quote = QUOTE_FROM.match(text, start, end)
    if quote:
        cues.append(replace(named(text, start, quote.end(), *quote.span(1), register), source=True))
    for m in BY_AGENT.finditer(text, start, end):
        cues.append(replace(named(text, m.start(), m.end(), *m.span(1), register), source=True))
    for m in QUOTED_BY.finditer(text, start, end):
        head = text[start : m.start()]
        cut = max(head.rfind(", "), head.rfind(". "), head.rfind("“"), head.rfind('"'))
        a = start + cut + 1 if cut >= 0 else start
        cue = named(text, a, m.end(), a + len(text[a:m.start()]) - len(text[a:m.start()].lstrip()),
                    m.start(), register)  # fmt: skip
        cues.append(replace(cue, relayed_by=(m[1] or m[2]).strip()))
    return cues


#: What a speaker cites of its own: "citing its own list of names", "citing their records".
_OWN_SOURCE = re.compile(
    r"(?i)(?:its|their|his|her|our)\s"
    # "…, citing lists compiled by villagers" (round 20's new user): evidence from people no
    # one names is the speaker's evidence, not a speaker
    r"|(?:lists?|records?|death\s+certificates|registers?|testimon(?:y|ies)|accounts)\s+"
    r"(?:compiled|kept|gathered|collected|drawn\s+up|given)\s+by\s+(?:[\w-]+\s+){0,2}?"
    r"(?:villagers|residents|families|relatives|survivors|volunteers|locals|witnesses)\b"
    # "…, citing hospital and morgue records" (round 21's new user): records no one speaks for
    # "the hospital's mortuary records and families' accounts" (round 23's new user)
    r"|(?:the\s+)?(?:(?!official|government|police|ministry|army|military)[a-z][\w'’-]*\s+"
    r"(?:and\s+)?){0,4}(?:records|certificates|registers|logs|documents|accounts)\b"
)


_ADDING = re.compile(r",\s+(?:adding|saying|noting|stating)\b")


def merge_relays(text: str, start: int, end: int, cues: list[Cue], register: Register) -> list[Cue]:
    """Join each "citing Y" to the speech it belongs to, and mark outlets that relay speakers.

    *cues* are a sentence's cues in order; the result keeps that order.
    """
    out = list(cues)
    for m in _CITING.finditer(text, start, end):
        a, b = source_name(text, *m.span(1))
        if _OWN_SOURCE.match(text, a, b):
            continue  # "X says at least 58 are dead, citing its own list": X's own evidence
        verb = next(
            (c for c in out if c.start < m.start() < c.end or 0 <= m.start() - c.end <= 3), None
        )
        out = [c for c in out if not (c.start == m.start() and c.source)]
        if verb is None:
            # "Xinhua had earlier reported 17 dead, citing the city's office": the speech
            # before it in the sentence relays what it cites, as when the two are adjacent
            verb = next((c for c in reversed(out) if c.end <= m.start() and not c.source
                         and c.name), None)  # fmt: skip
            if verb is None or is_person_name(verb.name, register):
                cue = named(text, m.start(), m.end(), a, b, register)
                out.append(replace(cue, source=True))
                continue
        clause = max(text.rfind(",", start, verb.start), text.rfind("(", start, verb.start)) + 1
        subject = text[max(clause, start) : min(verb.end, m.start())]
        if is_person_name(verb.name, register) and not is_outlet(subject, register):
            continue  # a named person citing someone states the figure himself
        cited = named(text, min(verb.start, m.start()), max(verb.end, m.end()), a, b, register)
        out[out.index(verb)] = replace(cited, relayed_by=verb.name, denial=verb.denial)
    # "A Press Trust of India report, citing municipal workers …, said" (blind set 11): the
    # outlet's "report" read as a verb gives it a cue of its own beside the relay's.
    relays = {(c.start, c.relayed_by) for c in out if c.relayed_by}
    out = [c for c in out if c.relayed_by or not any(
        a == c.start and r and c.name.startswith(r) for a, r in relays)]  # fmt: skip
    opener = RELAY_OPENER.match(text, start, end)
    out = [_told(text, end, c, opener, register) for c in out]
    for i in range(1, len(out)):  # "…, X told Reuters, adding that 14 were children": relayed
        if out[i].name == out[i - 1].name and _ADDING.match(text, out[i].start):
            out[i] = replace(out[i], relayed_by=out[i].relayed_by or out[i - 1].relayed_by)
    for m in _VIA.finditer(text, start, end):  # "…, the ministry said (via the Courier)"
        before = [c for c in out if c.end <= m.start() and not c.relayed_by]
        if before:
            out[out.index(before[-1])] = replace(before[-1], relayed_by=m[1].strip())
    out.sort(key=lambda c: c.start)
    return _agency_after_speaker(text, end, out, register)


def _agency_after_speaker(text: str, end: int, cues: list[Cue], register: Register) -> list[Cue]:
    """Make an outlet that closes a sentence after a speaker the speaker's relay: "The coast
    guard said 179 were rescued, the Harbour news agency reported." is the coast guard's, as
    "…, according to the state news agency NNA" is (the corpus conventions: an agency relaying
    an official is the official's)."""
    if len(cues) < 2 or not _CLOSES_SENTENCE.match(text, cues[-1].end, end):
        return cues
    last, first = cues[-1], cues[0]
    if not is_outlet(last.name, register) or last.relayed_by:
        return cues
    if first.anaphor or first.own or first.source or not first.name or first.relayed_by:
        return cues
    if is_outlet(first.name, register) or first.side in ("media", "unknown"):
        return cues
    relay = replace(first, start=last.start, end=last.end, relayed_by=last.name)
    return [*cues[:-1], relay]


#: What may follow a sentence's last cue: its own full stop, nothing of the claim.
_CLOSES_SENTENCE = re.compile(
    r"(?:\s+[A-Z][\w-]*){0,3}(?:[\s.;”\"’']*|\s+(?:on|late|early|last)\s+\w+[.\s]*)\Z"
)


def _told(text: str, end: int, cue: Cue, opener: re.Match | None, register: Register) -> Cue:
    """Give a cue the outlet it speaks through: "told the AP", "Speaking to the LA Times, …"."""
    if cue.relayed_by:
        return cue
    if opener is not None and cue.start >= opener.end() - 2:
        return replace(cue, relayed_by=opener[1].strip())
    if text[cue.end - 4 : cue.end] == "told":
        m = TOLD_OUTLET.match(text, cue.end, end)
        if m and not _UNNAMED_HEARERS.match(m[1]):
            return replace(cue, relayed_by=m[1].strip().rstrip("."))
    return cue


def credit_cue(text: str, start: int, end: int, register: Register) -> Cue | None:
    """Return the credit a sentence gives the one before it, if it is only that.

    >>> from makiivka.extract.speakers import load_register
    >>> r = load_register()
    >>> s = "This was reported by the Kremlin press service."
    >>> c = credit_cue(s, 0, len(s), r)
    >>> c.name, c.side, c.form
    ('Kremlin press service', 'russia', 'credit')
    """
    m = _CREDIT_NEXT.match(text, start, end) or _SOURCE_LINE.match(text, start, end)
    if m is None:
        return None
    cue = named(text, start, end, *m.span(m.lastindex), register)  # the alternative's one name
    return replace(cue, form="source line" if text.startswith("Source", start) else "credit")


def cited_figures(text: str, start: int, end: int, cues: list[Cue], register: Register):
    """Return a sentence's cues with the speech after "Citing X figures," credited to X.

    "Citing Union Home Ministry figures, he said … 38,000": the ministry's figures, as a
    lawmaker citing others credits them (blind sets 13 and 15).
    """
    citing = _CITING_FIGURES.match(text, start, end)
    if not citing:
        return cues
    cited = named(text, citing.start(), citing.end(), citing.start(1), citing.end(1), register)
    return [replace(cited, start=c.start, end=c.end, source=True) if c.start >= citing.end()
            else c for c in cues]  # fmt: skip


#: A sentence that opens on the figures its speaker cites: "Citing Union Home Ministry figures,".
_CITING_FIGURES = re.compile(
    r"\s*Citing\s+((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,6}?)(?:figures|data|statistics|estimates"
    r"|numbers|tallies)\s*,"
)


def told_pronouns(text: str, cues: list[Cue]) -> list[Cue]:
    """Return the cues without a pronoun that opens what a relayed speaker told: in "The Red
    Cross told Reuters it had registered 2,000", "it" is the Red Cross, not Reuters (round
    16's new user), so the relay's cue governs the figure."""
    relays = [c for c in cues if c.relayed_by and not c.anaphor]
    return [
        c for c in cues
        if not (c.anaphor and any(_TOLD_THEN.fullmatch(text, r.end, c.start) for r in relays))
    ]  # fmt: skip


#: What stands between "X told" and the pronoun opening what X told: the relay's name.
_TOLD_THEN = re.compile(
    r"\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3},?\s+(?:that\s+)?"
)
