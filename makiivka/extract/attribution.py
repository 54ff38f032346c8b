"""Find who states each figure: attribution cues, their speakers, and the claimants register.

A cue is "according to X", "X said/claims/raised…", "…, said X", or an anaphor ("the
statement said", "he said", "It also raised") that carries the last named speaker into a
later sentence. Names map to a claimant_id through the register's aliases (one compiled
alternation, longest alias first, so "British Defense Ministry" is uk_mod and not the
Russian "Defense Ministry"); a name not in the register keeps its text and gets a side from
the story's cue words and places (:mod:`makiivka.extract.speakers`), else ``unknown``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from makiivka.extract.speakers import Claimant, Register, load_register, register_from

__all__ = ["Claimant", "Cue", "Register", "find_cues", "load_register", "register_from"]

#: Verbs whose subject states the figure that follows (or the clause it governs).
SPEECH_VERBS = (
    r"said|says|say|claims|claimed|claim|stated|states|reported|reports|report|announced"
    r"|announces|estimated|estimates|told|tells|added|adds|wrote|writes|confirmed|confirms"
    r"|acknowledged|acknowledges|admitted|admits|insisted|alleged|alleges|noted|put|puts"
    r"|raised|raises|boosted|revised|revises|lowered|increased|updated|cited|warned|posted"
    r"|instructed|ordered|decreed|declared|read|announced|counted|found|documented|recorded"
    r"|concluded|dismissed|rejected|denied|disputed|maintained|stressed|quoted|asserted"
    r"|argued|criticised|criticized|complained|accused|blamed|showed|shows|suggested"
)
#: Verbs that deny the figure in their object: "dismissed reports of more than 150 dead".
DENIALS = re.compile(r"dismissed|rejected|denied|disputed", re.IGNORECASE)
#: Words that may stand between a subject and its verb ("has also said").
_AUXILIARY = r"(?:(?:has|have|had|also|later|earlier|previously|now|then|again|initially|first"
_AUXILIARY += r"|separately|further|would|will|(?:on\s+)?\w+day|\w+ly)\s+){0,3}"
#: Anaphors that carry the last named speaker into this sentence.
ANAPHORS = (
    r"he|she|they|it|the\s+(?:statement|ministry|briefing|report|military|spokesman"
    r"|spokeswoman|spokesperson|official|officials|agency|decree|post|command|army)"
)
_NAME = r"(?:[A-Z][\w'’.-]*|of|the|for|and|de|von)"
_PLACE = r"(?:\s+(?:in|of|from|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
_NAME_BEFORE = re.compile(
    rf"((?:[A-Z][\w'’.-]*)(?:\s+{_NAME}){{0,5}}(?:\s+[a-z][\w-]*){{0,2}}?)(?:{_PLACE})"
    rf"\s+{_AUXILIARY}\Z"
)
_SENTENCE_WORD = re.compile(r"(?:The|A|An|This|That|It|There|But|And|If|When|While|As)")
_ANAPHOR_BEFORE = re.compile(rf"(?<![\w-])({ANAPHORS})\s+{_AUXILIARY}\Z", re.IGNORECASE)
_NAME_AFTER = re.compile(
    rf"\s+((?:the\s+)?(?:[\w'’.-]+\s+){{0,3}}?[A-Z][\w'’.-]*(?:\s+{_NAME}){{0,5}})"
)
_ACCORDING = re.compile(r"(?<![\w-])according\s+to\s+", re.IGNORECASE)
_ACCORDING_NAME = re.compile(
    r"[^,.;:!?()“”\"\n]{1,90}?(?=\s+(?:on|in|at|that|which)\b|[,.;:!?()“”\"\n]|\Z)"
)
_ANAPHOR_NAME = re.compile(rf"(?:{ANAPHORS}|him|her|them|its\s+\w+|his\s+\w+)", re.IGNORECASE)
_AFTER_ALIAS = re.compile(rf"(?:['’]s?\s+\w+)?{_PLACE}\s+{_AUXILIARY}")
_HEADLINE_COLON = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}):\s")
#: A headline prefix that names a topic ("Ukraine war:", "Live:"), not a speaker ("General
#: Staff:"): the story's party and place words (``Register.topics``) or these news words.
_TOPIC_WORDS = (
    r"War|Crisis|Conflict|Invasion|Latest|Live|Updates?|Explained|Analysis|Opinion|Breaking"
    r"|Watch|Factbox|Explainer|World|Europe"
)
_TOPIC_PREFIX = re.compile(rf"(?:\w+\s+)*(?:{_TOPIC_WORDS})", re.IGNORECASE)
_VERB = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS})(?![\w-])")
#: A speech word used as a noun ("Kyiv's claim that", "separatist claims of") is not a verb.
_NOUN_BEFORE = re.compile(
    r"(?:['’]s|\b(?:the|a|an|its|their|his|her|these|those|such))\s+\Z"
    r"|(?<![\w-])(?:dismiss\w*|reject\w*|denie[sd]|deny\w*|disput\w*|refut\w*)\s+"
    r"(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
#: The outlet speaking for itself outside quotations: "we found", "our investigation found".
_OWN_BEFORE = re.compile(
    rf"(?<![\w-])(?:we|our\s+(?:\w+\s+)?(?:investigation|team|researchers|monitors|staff"
    rf"|analysis|findings|teams|count|records?))\s+{_AUXILIARY}\Z",
    re.IGNORECASE,
)
#: "X quoted Y as saying": Y states the figure, X relays it.
_QUOTED_AS = re.compile(r"\s+(.{1,90}?)\s+as\s+(?:saying|telling|stating|reporting)\b")
#: "figures from Y", "a list published by Y": the source inside an "according to" phrase.
_SOURCE_OF = re.compile(
    r"(?:(?:the\s+)?(?:latest\s+|official\s+|preliminary\s+)?(?:figures?|data|numbers?|lists?"
    r"|counts?|tally|tallies|estimates?|statements?|reports?)\s+(?:(?:published|released|issued"
    r"|compiled|provided|given)\s+)?(?:from|by|of)\s+)",
    re.IGNORECASE,
)
#: "…, cited by the national police", "and cited by Ukrainian officials": the relaying party.
_CITED_BY = re.compile(
    r",?\s+(?:and\s+|as\s+)?(?:cited|quoted|relayed|reported|carried)\s+by\s+"
    r"([^,.;:!?()“”\"\n]{1,60}?)(?=\s+(?:who|which|on|in)\b|[,.;:!?()“”\"\n]|\Z)",
    re.IGNORECASE,
)
#: "Citing an unnamed army officer, the weekly reported …": the cited source states the figure.
_CITING = re.compile(r"(?<![\w-])[Cc]iting\s+([^,.;:]{1,80}),\s+")
_TERMINAL_STOP = re.compile(r"[.!?][”\"’')]*\s*\Z")
_POSSESSIVE = re.compile(
    r"(?<![\w'’-])((?:[Tt]he\s+)(?:[\w-]+\s+){0,3}?[\w-]+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"['’]s?\s+(?:own\s+|latest\s+|official\s+|earlier\s+|initial\s+)?(?:figure|toll|estimate"
    r"|count|tally|death\s+toll|claims?|assessment|report)\s+(?:of|at|that)\s+(?=[\w$£€₽])"
)
#: "Estimates by independent monitors ranged from …": the source before a verb of amount.
_ESTIMATES_BY = re.compile(
    r"(?<![\w-])(?:[Ee]stimates?|[Ff]igures?|[Cc]ounts?|[Dd]ata|[Tt]all(?:y|ies))\s+(?:by|from)\s+"
    r"([^,.;:]{1,60}?)(?=\s+(?:ranged|range|put|puts|showed|show|suggest\w*|varied|vary)\b)"
)
#: A headline that ends with its speaker: "Strike kills 50 at station — regional governor".
_HEADLINE_DASH = re.compile(r"\s[—–-]\s*((?:[\w'’.-]+\s+){0,5}[\w'’.-]+)\s*\Z")
_INVERTED = re.compile(rf"[,”\"]\s*(?:{SPEECH_VERBS})\s*\Z")
# "claimed the lives of", "said to be": not attributions.
_NOT_SPEECH_AFTER = re.compile(
    r"\s+(?:the\s+lives|lives|to\s+be\b|up\b(?!\s+to\s)|off\b)", re.IGNORECASE
)
#: A subject described rather than named: "a spokesman for Ukraine's eastern military command",
#: "the city council". Its side comes from its words (:class:`makiivka.extract.speakers.Sides`);
#: one without side words ("the council") stands for the last speaker with the same head noun.
_AGENT = (
    r"(?:command|military|ministry|spokes(?:man|woman|person)|officials?|forces|army|staff"
    r"|governor|government|administration|authorities|agency|chief|commander|representatives?"
    r"|advis[eo]rs?|sources?|intelligence|directorate|service|office|leader|head|minister"
    r"|council|militia|mayor|media|headquarters|operator|department|committee|authority"
    r"|police|prosecutors?|mission|monitors|observers|ombudsman|commissioner|propaganda"
    r"|organi[sz]ation|group|investigators|rescuers|doctors|medics|soldier|witness(?:es)?"
    r"|survivors?|residents?|palace|president|premier|envoy|diplomats?|analysts?|officers?"
    r"|milbloggers|bloggers|correspondent|inquiry|investigation|commission|survey|count"
    r"|estimates?|figures|commentators?|experts?)"
)
_AGENT_WORD = re.compile(rf"(?<![\w-]){_AGENT}(?![\w-])", re.IGNORECASE)
_DESCRIBED = re.compile(
    rf"(?<![\w'’-])((?:(?:an?|the)\s+)?(?:[\w'’.-]+\s+){{0,7}}?{_AGENT})(?:{_PLACE})"
    rf"\s+{_AUXILIARY}\Z",
    re.IGNORECASE,
)
#: An appositive that says whom a person speaks for: ", a spokesman for X," or ", X's spokesman,".
_SPOKESMAN_FOR = re.compile(
    r"spokes(?:man|woman|person)\s+(?:for|of)\s+|['’]s?\s+(?:\w+\s+)?spokes(?:man|woman|person)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cue:
    """An attribution in a sentence: where it is and who it names (or that it is an anaphor)."""

    start: int
    end: int
    claimant: str  # claimant_id, or "" when the name is not in the register
    name: str  # the name as written ("" for an anaphor)
    side: str
    anaphor: bool
    relayed_by: str = ""  # "X quoted Y as saying": the intermediary's name as written
    denial: bool = False  # "X dismissed reports of …": the figure is denied, an upper bound
    own: bool = False  # "we", "our investigation": the outlet's own voice
    described: bool = False  # a role without a name ("the council"): an anaphor if no side
    source: bool = False  # "according to …", "Y's figure of": binds the figures after it
    form: str = ""  # "according", "headline", "source line", "credit": how it is written


def _is_topic(prefix: str, register: Register) -> bool:
    """Tell whether a headline prefix names a topic or place rather than a speaker."""
    if _TOPIC_PREFIX.fullmatch(prefix):
        return True
    words = prefix.split()
    head = " ".join(words[:-1]) if len(words) > 1 and _TOPIC_PREFIX.fullmatch(words[-1]) else prefix
    return bool(register.topics.fullmatch(head))


def find_cues(text: str, start: int, end: int, register: Register) -> list[Cue]:
    """Return the attribution cues of one sentence, in order.

    >>> r = load_register()
    >>> s = "The Ukrainian government claims that 400 soldiers were killed"
    >>> [(c.claimant, c.side) for c in find_cues(s, 0, len(s), r)]
    [('ukraine_military', 'ukraine')]
    >>> s = "Pavel Gubarev, a former senior official in Russia's proxy government, said that"
    >>> [(c.claimant, c.name) for c in find_cues(s, 0, len(s), r)]
    [('gubarev', 'Pavel Gubarev')]
    >>> s = "“We have 400 dead,” the statement said."
    >>> [(c.anaphor, c.name) for c in find_cues(s, 0, len(s), r)]
    [(True, 'the statement')]
    """
    cues = []
    colon = _HEADLINE_COLON.match(text, start, end)
    # "General Staff: Russia has lost …" names a speaker; "Ukraine: Around 400 …" a place.
    if colon and not _is_topic(colon[1], register):
        cue = _named(text, start, colon.end(1), start, colon.end(1), register)
        cues.append(replace(cue, form="headline"))
    dash = _HEADLINE_DASH.search(text, start, end)
    if dash and not _TERMINAL_STOP.search(text, start, end):
        cue = _named(text, dash.start(1), end, dash.start(1), dash.end(1), register)
        if cue.claimant or cue.side != "unknown" or _AGENT_WORD.search(cue.name):
            cues.append(replace(cue, form="headline"))
    for m in _ACCORDING.finditer(text, start, end):
        name = _ACCORDING_NAME.match(text, m.end(), end)
        if name is not None:
            cues.append(_according(text, m.start(), m.end(), name.end(), register))
    for m in _ESTIMATES_BY.finditer(text, start, end):
        cue = _named(text, m.start(), m.end(), m.start(1), m.end(1), register)
        cues.append(replace(cue, source=True))
    for m in _CITING.finditer(text, start, end):
        cue = _named(text, m.start(), m.end(), m.start(1), m.end(1), register)
        cues.append(replace(cue, source=True))
    for m in _POSSESSIVE.finditer(text, start, end):
        if not _NOUN_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            cue = _named(text, m.start(), m.end(), m.start(1), m.end(1), register)
            cues.append(replace(cue, source=True))
    for m in _VERB.finditer(text, start, end):
        if _NOT_SPEECH_AFTER.match(text, m.end(), end):
            continue
        if _NOUN_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            continue
        cue = _subject(text, start, m, register) or _inverted(text, start, end, m, register)
        if cue is None:
            continue
        if DENIALS.fullmatch(m[0]):
            cue = replace(cue, denial=True)
        quoted = _QUOTED_AS.match(text, m.end(), end) if m[0] == "quoted" else None
        if quoted:
            relay = cue.name
            cue = _named(text, cue.start, quoted.end(), quoted.start(1), quoted.end(1), register)
            cue = replace(cue, relayed_by=relay)
        cues.append(cue)
    cues.sort(key=lambda c: c.start)
    return cues


def _according(text: str, start: int, name_start: int, end: int, register: Register) -> Cue:
    """Return the cue of "according to X": X's name, the source inside it, who relays it."""
    phrase = text[name_start:end].strip()
    if _ANAPHOR_NAME.fullmatch(phrase):
        return Cue(start, end, "", phrase, "unknown", True)
    relayed, a, b = "", name_start, end
    cited = _CITED_BY.search(text, a, b)
    if cited:
        relayed, b = cited[1].strip(), cited.start()
    source = _SOURCE_OF.match(text, a, b)
    if source:
        a = source.end()
    cue = _named(text, start, end, a, b, register)
    if _ANAPHOR_NAME.fullmatch(cue.name) or _ANAPHOR_NAME.fullmatch(f"the {cue.name}"):
        cue = replace(cue, anaphor=True)
    return replace(cue, relayed_by=relayed, source=True, form="according")


#: "This was reported by X.", "The figures were given by X": a credit for the sentence before.
_CREDIT_NEXT = re.compile(
    r"(?:This|That|It|These|The\s+(?:figures?|toll|information|data|news))\s+(?:was|were|has\s+been"
    r"|had\s+been|is|are)\s+(?:\w+ly\s+)?(?:reported|announced|stated|confirmed|said|posted"
    r"|published|given|provided|released)\s+by\s+([^,.;:!?()“”\"\n]{2,90})"
)
#: "Source: a Telegram post by the State Emergency Service": a credit for the lede above it.
_SOURCE_LINE = re.compile(
    r"Sources?:\s+(?:[^,;:\n]{0,60}?\bby\s+)?((?:the\s+)?[^,;:()\n]{2,90}?)(?=\s*[,;(]|\s+on\b|\s*\Z)"
)


def credit_cue(text: str, start: int, end: int, register: Register) -> Cue | None:
    """Return the credit a sentence gives the one before it, if it is only that.

    >>> r = load_register()
    >>> s = "This was reported by the Kremlin press service."
    >>> c = credit_cue(s, 0, len(s), r)
    >>> c.name, c.side, c.form
    ('Kremlin press service', 'russia', 'credit')
    """
    m = _CREDIT_NEXT.match(text, start, end) or _SOURCE_LINE.match(text, start, end)
    if m is None:
        return None
    cue = _named(text, start, end, m.start(1), m.end(1), register)
    return replace(cue, form="source line" if text.startswith("Source", start) else "credit")


def _named(text: str, start: int, end: int, a: int, b: int, register: Register) -> Cue:
    """Return a cue spanning start:end whose name is text[a:b].

    A name that is a common noun ("the council") describes a speaker rather than names one.
    """
    claimant, name, side = register.name(text, a, b)
    if not claimant and name.lower().startswith("the "):
        name = name[4:]
    return Cue(
        start, end, claimant, name, side, False, described=not claimant and name[:1].islower()
    )


def _subject(text: str, floor: int, verb: re.Match[str], register: Register) -> Cue | None:
    """Return the cue of a verb's subject: a name or an anaphor just before it.

    The subject is the end of the clause before the verb ("but Russia boosted"), or, when
    the verb follows a comma, the name that opens the sentence before an appositive
    ("Pavel Gubarev, a former senior official in …, said").
    """
    head = text[floor : verb.start()]
    cut = max(head.rfind(";"), head.rfind("”"), head.rfind('"'), head.rfind(", "), head.rfind("—"))
    clause = cut + 1 if cut >= 0 else 0
    cue = _clause_subject(text, floor + clause, head[clause:], verb, register)
    if cue is None and head[clause:].strip() == "" and cut >= 0:
        hard = max(head.rfind(";"), head.rfind("”"), head.rfind('"'), head.rfind("—")) + 1
        comma = head.find(",", hard)
        if comma > hard:
            cue = _clause_subject(text, floor + hard, head[hard:comma] + " ", verb, register)
            if cue is not None and not cue.anaphor and not cue.claimant:
                cue = _appositive(text, floor + comma, floor + cut, cue, register)
            if cue is not None and not cue.claimant and not cue.anaphor:
                # "The Donetsk regional governor, Pavlo Kyrylenko, reported": the name.
                claimant, name, side = register.name(text, floor + comma + 1, floor + cut)
                if claimant:
                    cue = replace(cue, claimant=claimant, name=name, side=side, described=False)
    return cue


def _appositive(text: str, start: int, end: int, cue: Cue, register: Register) -> Cue:
    """Complete the cue of "Name, <appositive>, said" from what the appositive says.

    A spokesman speaks for the body he is the spokesman of (its claimant_id when the register
    knows it); any other appositive gives only a side ("a former official in Russia's proxy
    government" is not the Russian MoD).

    >>> r = load_register()
    >>> s = "Serhiy Cherevaty, a spokesman for Ukraine's military, said"
    >>> c = find_cues(s, 0, len(s), r)[0]
    >>> c.claimant, c.name, c.side
    ('ukraine_military', 'Serhiy Cherevaty', 'ukraine')
    """
    if _SPOKESMAN_FOR.search(text, start, end):
        for m in register.pattern.finditer(text, start, end):
            claimant = register.lookup(m[0])
            if claimant is not None:
                return Cue(cue.start, cue.end, claimant.claimant_id, cue.name, claimant.side, False)
    if cue.side != "unknown":
        return cue
    return Cue(cue.start, cue.end, cue.claimant, cue.name, register.side_of(text[start:end]), False)


def _clause_subject(
    text: str, offset: int, head: str, verb: re.Match[str], register: Register
) -> Cue | None:
    """Return the name or anaphor that ends head (the clause before a verb), if any."""
    for m in register.pattern.finditer(head):
        if _AFTER_ALIAS.fullmatch(head, m.end()):
            return _named(text, offset + m.start(), verb.end(), offset + m.start(),
                          offset + m.end(), register)  # fmt: skip
    own = _OWN_BEFORE.search(head)
    if own and not _inside_quotes(text, offset + own.start()):
        return Cue(offset + own.start(), verb.end(), "", "", "media", False, own=True)
    anaphor = _ANAPHOR_BEFORE.search(head)
    if anaphor:
        return Cue(offset + anaphor.start(), verb.end(), "", anaphor[1], "unknown", True)
    name = _NAME_BEFORE.search(head)
    if name and not _SENTENCE_WORD.fullmatch(name[1]):
        cue = _named(text, offset + name.start(1), verb.end(), offset + name.start(1),
                     offset + name.end(1), register)  # fmt: skip
        if cue.side != "unknown":
            return cue
        # "Donetsk separatist leader Ivan Petrov said": the words before the name tell the side.
        side = register.side_of(head[: name.start(1)].rsplit(",", 1)[-1])
        return Cue(cue.start, cue.end, cue.claimant, cue.name, side, False)
    described = _DESCRIBED.search(head)
    if described:
        phrase = described[1]
        claimant, _, side = register.name(
            text, offset + described.start(1), offset + described.end(1)
        )
        return Cue(offset + described.start(1), verb.end(), claimant, phrase, side, False,
                   described=not claimant)  # fmt: skip
    return None


def _inside_quotes(text: str, position: int) -> bool:
    """Tell whether a position is inside a quotation of its paragraph."""
    line = text.rfind("\n", 0, position) + 1
    before = text[max(line, position - 400) : position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _inverted(
    text: str, floor: int, end: int, verb: re.Match[str], register: Register
) -> Cue | None:
    """Return the cue of "…,” said Giles" or "…, says the ministry": the name after the verb."""
    if not _INVERTED.search(text, max(floor, verb.start() - 4), verb.end()):
        return None
    name = _NAME_AFTER.match(text, verb.end(), end)
    if name is None:
        words = re.match(rf"\s+({ANAPHORS})\b", text[verb.end() : end], re.IGNORECASE)
        if words:
            return Cue(verb.start(), verb.end() + words.end(), "", words[1], "unknown", True)
        return None
    return _named(text, verb.start(), name.end(1), name.start(1), name.end(1), register)
