"""Find the speaker of a speech verb: its subject before it, or the name after an inverted one.

"Pavel Gubarev, a former senior official in …, said" (the name that opens the sentence before
its apposition), "…, Vladimir Rogov, who heads the movement, said" (the name in the segments just
before the verb), "the health minister in the administration said" (a role), "…,” said Giles"
and "…, said the regional governor" (inverted). Used by :func:`.attribution.find_cues`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.appositions import named_in_apposition
from makiivka.extract.conjuncts import first_named
from makiivka.extract.cue import Cue, blank_initials, named
from makiivka.extract.datelines import WIRE_HEAD
from makiivka.extract.modifiers import blank_label, blank_modifiers
from makiivka.extract.outlets import qualified_outlet
from makiivka.extract.speakers import ACRONYM, Register, load_register  # noqa: F401 (doctests)
from makiivka.extract.speech import (
    _AFTER_ALIAS,
    _AGENT,
    _ANAPHOR_BEFORE,
    _DESCRIBED,
    _INVERTED,
    _MODIFIER,
    _NAME_AFTER,
    _NAME_BEFORE,
    _OWN_BEFORE,
    _OWN_OPENING,
    _SENTENCE_WORD,
    _SPOKESMAN_FOR,
    ANAPHORS,
    DATE_WORD,
)
from makiivka.extract.speech_objects import EVENT_SUBJECT, FIGURE_NEXT, POST_SUBJECT

_ACRONYM_AFTER = re.compile(rf"{ACRONYM.pattern}(?=\s*\Z|,)")  # "The … Organization (WHO) says"
#: Words that may stand alone between the last comma and the verb: ", has also said".
_AUXILIARIES = re.compile(
    r"\s*(?:(?:has|have|had|also|still|later|earlier|previously|now|then"
    r"|again|initially|first|separately|further|would|will|\w+ly|so\s+far)\s+)*"
)
#: A relative pronoun right before the verb: ", which earlier reported".
_WHICH_END = re.compile(r",\s+(?:which|who)\s+(?:(?:\w+ly|earlier|also|later|had|has|have)\s+)*\Z")
#: A sentence that opens on an adverbial before its subject: "In the north, …".
_FRONTED = re.compile(
    r"\s*(?:In|On|At|After|Before|During|Across|Near|Amid|Inside|Outside|From|Within|Along"
    r"|Last|Earlier|Later|Meanwhile|Overnight|By|Since|Separately|Elsewhere"
    r"|(?:The|That)\s+(?:next|following|previous|same)\s+(?:day|morning|evening|night|week)"
    r"|(?:A\s+day|Days|Hours|Weeks)\s+later"
    # "Speaking today, Detective Superintendent X, who …, said:": how, not who
    r"|(?:Speaking|Writing|Talking|Addressing)\s"
    # "Asked about the statement by reporters on Monday, Major General X, …, said" (blind 13)
    r"|(?:Asked|Questioned|Pressed|Contacted|Reached|Interviewed)\s)\b"
)
#: A time before the subject with no comma: "On Friday police confirmed 30 deaths" (police).
_TIME_OPENING = re.compile(
    r"\s*(?:On|In|At|By|Over|During|Early|Late|Last|Earlier|Later|Since)\s+(?:the\s+)?"
    r"(?:(?:early|late|same|following|next)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|summer|winter|spring|autumn|morning|afternoon|evening|night|weekend|week|month|year"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d(?!\d))(?:\s+(?:\d{1,4}|morning|afternoon|evening|night|January|February"
    r"|March|April|May|June|July|August|September|October|November|December))*[\s,]+"
    # "Three days after landfall a regional police director said" (blind set 16)
    r"|\s*(?:[A-Z][a-z]+|\d+)\s+(?:days?|hours?|weeks?|months?|years?)\s+(?:after|before|later"
    r"|into)(?:\s+(?:the\s+)?[\w-]+)?[\s,]+"
    # "On the day of the fire the state government put it at 231" (blind set 21)
    r"|\s*(?:On|In|At|By)\s+the\s+(?:day|night|morning|evening|eve|afternoon|anniversary)\s+of"
    r"\s+(?:the\s+|that\s+|its\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,?\s+(?=(?:the|a|an|its)\s)"
)

#: A body's records as a subject: "Records at the X hospital, which …, listed" (blind set 26).
_RECORDS_OF = re.compile(r"(?i)(?:records|registers|logs)\s+(?:at|of|from)\s+(?:the\s+)?\Z")
#: A clause before the name opening the first comma's segment ("The market was struck on
#: Sunday, …, X wrote"); a title is none ("Union defence minister George Fernandes, …, told").
_CLAUSE_BEFORE_NAME = re.compile(
    r"(?i)(?<![\w-])(?:was|were|is|are|has|have|had|[a-z]+ed)\s"
    # "The central government's delegate in Valencia, Pilar Bernabé, says": a place, no subject
    r"|(?<![\w-])(?:in|of|at|for|from|on|near|to|with|by)\s+(?:the\s+)?\Z"
)
_TOLD = re.compile(r"(?<![\w-])told\s+(?:the\s+)?\Z")
#: A speaker whose members speak for it: "X, whose leaders in <place> spoke".
_WHOSE = re.compile(
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}),\s+whose\s+[a-z]+(?:\s+in(?:\s+[A-Z]\S*){1,2})?\s*\Z"
)
#: A relative clause between a speaker and the verb: ", which received the casualties,".
_RELATIVE_END = re.compile(r",\s+(?:which|who)\s+[^,;:“”\"\d]{1,80},\s*\Z")
#: "…, said the regional governor": a described speaker after the verb.
_DESCRIBED_AFTER = re.compile(
    rf"\s+((?:(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?|(?:[\w'’-]+\s+){{0,2}}?){_AGENT}{_MODIFIER})"
    r"(?=[\s,.;:!?]|\Z)",
    re.IGNORECASE,
)
#: What follows the name of an inverted attribution ("…, said Ivo Brandt, the head of …").
_CLOSES = re.compile(r"\s*(?:[,.;:!?)]|\Z|on\s|in\s+a\s|late\s|early\s)")


def _subject(text: str, floor: int, verb: re.Match[str], register: Register) -> Cue | None:
    """Return the cue of a verb's subject: a name or an anaphor just before it.

    The subject is the end of the clause before the verb ("but Northland boosted"), or, when
    the verb follows a comma, the name that opens the sentence before an appositive
    ("Pavel Gubarev, a former senior official in …, said").
    """
    if post := POST_SUBJECT.search(text, floor, verb.start()):  # "A post shared … claims"
        return named(text, post.start(1), verb.end(), post.start(1), post.end(1), register)
    head = _ACRONYM_AFTER.sub(lambda m: blank_initials(m, register), text[floor : verb.start()])
    head = blank_label(head)  # "PRESENTER: Human Rights Watch said"
    whose = _WHOSE.search(head)  # "Aidesep, whose leaders in Bagua spoke of" (blind set 17)
    if whose and register.side_of(whose[1]) != "unknown":
        a, b = floor + whose.start(1), floor + whose.end(1)
        return named(text, a, verb.end(), a, b, register)
    head = blank_modifiers(head)  # "Residents who spoke to the Daily Post say": residents
    # "50 were killed, the director of the hospital, which received the casualties, said": not it
    relative = _RELATIVE_END.search(head)
    if relative and re.search(r"\d", head[: relative.start()]):
        head = head[: relative.start()] + " " * len(relative[0])
    which = _WHICH_END.search(head) if FIGURE_NEXT.match(text, verb.end()) else None
    if which:  # "… cross-checked with the Red Cross, which earlier reported 220" (blind set 7)
        before = head[: which.start()]
        at = max(before.rfind(","), before.rfind(";"), before.rfind("”"), before.rfind('"')) + 1
        cue = _clause_subject(text, floor + at, before[at:] + " ", verb, register)
        if cue is not None:
            return cue
    cut = max(head.rfind(";"), head.rfind("”"), head.rfind('"'), head.rfind(", "), head.rfind("—"))
    cut = max(cut, head.rfind(" - "), head.rfind(" – "), head.rfind(" -- "))
    conjunction = [m for m in _CONJUNCTION.finditer(head) if m.start() > cut]
    if conjunction and head[conjunction[-1].end() :].strip():
        # "Shettima visits displaced as military insists toll is 150": the clause's own subject
        cut = conjunction[-1].end() - 1
    clause = cut + 1 if cut >= 0 else 0
    if cut >= 0:  # "YANGON, 16 May - The Information Committee …" (blind set 22)
        clause += len(head[clause:]) - len(head[clause:].lstrip(" -–—"))
    cue = _clause_subject(text, floor + clause, head[clause:], verb, register)
    empty = _AUXILIARIES.fullmatch(head[clause:]) is not None  # ", has said": no subject here
    # "X, an association …, blamed Y, a militia, and said": the opening's second verb
    empty = empty or (cue is None and _AND.fullmatch(head[clause:]) is not None)
    if cue is None and empty and cut >= 0:
        hard = max(head.rfind(";"), head.rfind("”"), head.rfind('"'), head.rfind("—")) + 1
        wire = _WIRE_HEAD.match(head)  # "KABUL, Oct 18 (AFP) - X …, and said" (round 21)
        hard = max(hard, wire.end() if wire else 0)
        comma = head.find(",", hard)
        while comma > hard and _FRONTED.match(head, hard):
            # "In the rebel-held northwest, the White Helmets, …, said": not the subject.
            hard, comma = comma + 1, head.find(",", comma + 1)
        trailing = None
        if comma > hard and re.search(r"\d", head[comma:cut]):
            # "The toll … has risen to 30, Kyrylo Lund, deputy head of …, reported": a
            # figure between the first comma and the verb is no apposition of the opening.
            trailing = _trailing_subject(text, floor, head, verb, register)
        if trailing is not None:
            cue = trailing
        elif comma > hard:
            cue = _clause_subject(text, floor + hard, head[hard:comma] + " ", verb, register)
            lead = len(head[hard:comma]) - len(head[hard:comma].lstrip())
            late = cue is not None and cue.described and cue.start > floor + hard + lead + 4
            late = late or (cue and _CLAUSE_BEFORE_NAME.search(text, floor + hard, cue.start))
            if late and not _RECORDS_OF.match(text, floor + hard + lead, cue.start):
                cue = None  # "The market was struck on Sunday, …, X wrote": not a subject
            if cue is not None and _COUNTED.match(cue.name):
                cue = None  # "Two days on, …, a doctor in X, the capital, told": look later
            if cue is not None and not cue.anaphor and not cue.claimant:
                cue = _appositive(text, floor + comma, floor + cut, cue, register)
            if cue is not None and not cue.claimant and not cue.anaphor:
                # "The Donetsk regional governor, Pavlo Kyrylenko, reported": the name.
                cue = named_in_apposition(text, floor + comma + 1, floor + cut, cue, register)
        if cue is None:
            cue = _trailing_subject(text, floor, head, verb, register)
    nobody = cue is not None and _COUNTED.match(cue.name) and not _SPEAKING.search(cue.name)
    if nobody or (cue is not None and EVENT_SUBJECT.fullmatch(cue.name)):
        return None  # "Three bodies found …", "The disaster recalled …" (set 24): no speaker
    if cue is not None and _TOLD.search(text, max(floor, cue.start - 12), cue.start):
        return None  # "X told Reuters the society had registered 410": Reuters is told
    return first_named(text, floor + clause, head[clause:], cue, register)


_WIRE_HEAD = re.compile(rf"\s*{WIRE_HEAD}")  # a wire's dateline: its city is no subject
#: A conjunction that opens a clause with its own subject: "… as military insists".
_CONJUNCTION = re.compile(r"(?<!such)(?<!well)\s(?:as|while|whereas|because)\s(?!well\b)")
#: Verbs whose name after them is their object, never an inverted speaker.
_OBJECT_VERB = re.compile(
    r"(?i)blamed|accused|criticised|criticized|dismissed|rejected|denied|disputed|ordered"
    r"|instructed|informed|identified"
)
#: A second verb of the same subject: ", and said", ", and later told".
_AND = re.compile(r"\s*(?:and|but)\s+(?:(?:also|later|then)\s+)?")
#: The medium's noun after a platform's name: "an X post", "a Telegram channel".
_MEDIUM_AFTER = re.compile(r"\s+(?:posts?|videos?|accounts?|channels?|messages?|users?)\b")
_RELATIVE_START = re.compile(r"\s*(?:who|whom|whose|which|where)\b", re.IGNORECASE)


def _trailing_subject(
    text: str, floor: int, head: str, verb: re.Match[str], register: Register
) -> Cue | None:
    """Return the subject of "…, Vladimir Rogov, who heads the movement X, said".

    The segments between the last commas before the verb: the first (from the end) that is
    a whole name or described speaker, with the appositions after it giving its side.
    """
    cuts = [m.start() for m in re.finditer(r", ", head)]
    wire = _WIRE_HEAD.match(head)  # "KABUL, Oct 18 (AFP) - …": the city is no subject
    for j in range(len(cuts) - 1, max(-1, len(cuts) - 4), -1):
        a = cuts[j - 1] + 2 if j > 0 else 0
        segment = head[a : cuts[j]]
        if wire and a < wire.end():
            break
        if not segment.strip() or len(segment) > 80 or _RELATIVE_START.match(segment):
            continue  # "whom Northland installed as head of the region": an apposition
        cue = _clause_subject(text, floor + a, segment + " ", verb, register)
        if cue is None or cue.anaphor or cue.start > floor + a + 4:
            continue
        if not cue.claimant and j < len(cuts) - 1:
            cue = _appositive(text, floor + cuts[j], floor + cuts[-1], cue, register)
        if cue.described and j == len(cuts) - 1 and j > 0:
            # "…, Kyrylo Lund, deputy head of the office, reported": the name, not its role.
            a = cuts[j - 2] + 2 if j > 1 else 0
            name = _clause_subject(text, floor + a, head[a : cuts[j - 1]] + " ", verb, register)
            if name is not None and not name.described and not name.anaphor:
                if name.start <= floor + a + 4 and not name.claimant:
                    name = _appositive(text, floor + cuts[j - 1], floor + cuts[-1], name, register)
                if name.start <= floor + a + 4:
                    return name
        return cue
    return None


#: People counted who speak: "Two witnesses told Reuters", "Several officials said".
_SPEAKING = re.compile(
    r"(?i)(?<![\w-])(?:witness(?:es)?|eyewitness(?:es)?|officials|residents|survivors|doctors"
    r"|medics|sources|diplomats|rescuers|relatives|villagers|analysts|experts|journalists"
    r"|reporters|lawmakers|MPs|activists|nurses|(?:wo)?m[ae]n|resident|survivor|relative|mother"
    r"|father|doctor|nurse|official|worker|villager|neighbou?r|medic|rescuer|diplomat|envoy"
    r"|spokes(?:man|woman|person)|officer|soldier|commander|minister"
    # "Some newspapers have reported that the toll is more than 50,000" (blind set 20)
    r"|reports|newspapers|papers|media\s+outlets|outlets|accounts|estimates|posts|agencies"
    r"|groups|organi[sz]ations|charities|campaigners|monitors)\Z"  # "Some rights groups have put"
)
#: A subject that is the counted thing itself: "Three bodies found …", "Dozens were …".
_COUNTED = re.compile(
    r"(?i)(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:s|-[a-z]+)?|several|dozens"
    r"|hundreds|thousands|scores|many|some|most|all)\b"
)


def _appositive(text: str, start: int, end: int, cue: Cue, register: Register) -> Cue:
    """Complete the cue of "Name, <appositive>, said" from what the appositive says.

    A spokesman speaks for the body he is the spokesman of (its claimant_id when the register
    knows it); any other appositive gives only a side ("a former official in Northland's proxy
    government" is not the Northland defence ministry).

    >>> r = load_register()
    >>> s = "Serhiy Cherevaty, a spokesman for Ukraine's military, said"
    >>> from makiivka.extract.attribution import find_cues
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


_CLAUSE_BREAK = re.compile(
    r"[,;:]|\b(?:that|said|says|reported|reports|told|and|but|while|when|as)\b", re.IGNORECASE
)


#: A sentence's opening preposition: what follows it is not a speaker's name.
_PREPOSITION_OPENING = re.compile(r"(?:Of|Among|From|For|With|Since|Until|During)\s")


def _clause_subject(
    text: str, offset: int, head: str, verb: re.Match[str], register: Register
) -> Cue | None:
    """Return the name or anaphor that ends head (the clause before a verb), if any."""
    time = _TIME_OPENING.match(head)
    if time and head[time.end() :].strip():
        head = " " * time.end() + head[time.end() :]
    opening = _OWN_OPENING.match(head)
    if opening and not _inside_quotes(text, offset + opening.start()):
        return Cue(offset + opening.start(), verb.end(), "", "", "media", False, own=True)
    outlet = qualified_outlet(head)
    if outlet:  # "one milblogger close to the eastern government claimed": the milblogger
        a, b = offset + outlet.start(1), offset + outlet.end(1)
        return Cue(a, verb.end(), "", text[a:b], "media", False)
    for m in register.pattern.finditer(head):
        if _AFTER_ALIAS.fullmatch(head, m.end()):
            return named(text, offset + m.start(), verb.end(), offset + m.start(),
                          offset + m.end(), register)  # fmt: skip
    own = _OWN_BEFORE.search(head)
    if own and not _inside_quotes(text, offset + own.start()):
        return Cue(offset + own.start(), verb.end(), "", "", "media", False, own=True)
    anaphor = _ANAPHOR_BEFORE.search(head)
    if anaphor:
        return Cue(offset + anaphor.start(), verb.end(), "", anaphor[1], "unknown", True)
    name = _NAME_BEFORE.search(head)
    described = _DESCRIBED.search(head)
    # "the health minister in the Houthi administration said": the role, not the name in it.
    longer = described is not None and name is not None and described.start(1) < name.start(1)
    # "on Tuesday the institute revised": a day, then the role (not "Mayor", after "May")
    dated = name and re.match(rf"(?:{DATE_WORD.pattern})(?<=[\s,])[a-z]", name[1])
    if name and (_SENTENCE_WORD.fullmatch(name[1]) or DATE_WORD.fullmatch(name[1]) or dated):
        name = None
    if name and _PREPOSITION_OPENING.match(name[1]):
        name = None  # "Of the dead identified so far, 30 are students": no one's name
    if name and not longer:
        cue = named(text, offset + name.start(1), verb.end(), offset + name.start(1),
                     offset + name.end(1), register)  # fmt: skip
        if name[2] and not cue.claimant:  # "the mayor of Kessa": the place tells the side
            with_place = named(text, cue.start, verb.end(), offset + name.start(1),
                               offset + name.end(2), register)  # fmt: skip
            cue = with_place if with_place.side != "unknown" else cue
        if cue.side != "unknown":
            return cue
        # "Donetsk separatist leader Ivan Petrov said": the words before the name tell the side
        # (those of its own noun phrase, not of a clause before it: "AP reported that …").
        before = _CLAUSE_BREAK.split(head[: name.start(1)])[-1]
        return replace(cue, side=register.name(before, 0, len(before))[2])  # "Coast Guard …"
    if described:
        phrase = described[1]
        claimant, _, side = register.name(
            text, offset + described.start(1), offset + described.end(1)
        )
        body = _COLLEAGUES_AT.match(phrase)  # "our colleagues at IOM": IOM
        phrase = body[1] if body else phrase
        return Cue(offset + described.start(1), verb.end(), claimant, phrase, side, False,
                   described=not claimant)  # fmt: skip
    # "the ruling junta said", "the insurgents claimed": a party's own cue word (the story's
    # descriptor) as the verb's subject, though it is no agent noun of ours.
    for m in reversed(list(register.sides.cues.finditer(head))):
        if _AFTER_ALIAS.fullmatch(head, m.end()):
            a = offset + m.start()
            return named(text, a, verb.end(), a, offset + m.end(), register)
    someone = _SOMEONE.search(head)
    if someone:
        # "A mountaineer at the camp tweeted that 30 …" (blind set 12): a new speaker, no
        # one's name, who ends the carry-over of the speaker before.
        phrase = someone[1]
        side = register.side_of(phrase)
        return Cue(offset + someone.start(1), verb.end(), "", phrase, side, False, described=True)
    return None


_COLLEAGUES_AT = re.compile(
    r"(?i)(?:our|their)\s+(?:[\w-]+\s+)?(?:colleagues|partners)\s+(?:at|from)\s+"
    r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\Z"
)
#: A person brought in by "a"/"another" right before a verb: "A mountaineer at the camp".
_SOMEONE = re.compile(
    r"(?:\A|\s)((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]+\s+){0,2}?(?:[a-z]+(?:eer|ist|ian"
    r"|man|woman|person)|witness|survivor|doctor|nurse|guide|climber|relative|mother|father"
    r"|neighbou?r|villager|resident|worker|teacher|student|farmer|volunteer|medic|paramedic"
    r"|rescuer|miner|fisherman|driver|porter)(?:\s+(?:at|in|from|on|of|near)\s+(?:the\s+)?"
    r"[\w-]+(?:\s+[\w-]+)?)?)\s*\Z"
)


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
    if verb[0].startswith("tel") or verb[0] == "told":
        return None  # "…, told The Associated Press": the hearer follows, not the speaker
    if _OBJECT_VERB.fullmatch(verb[0]):
        return None  # "X, an association, blamed Dan Na Ambassagou, …": whom it blamed
    name = _NAME_AFTER.match(text, verb.end(), end)
    if name is None:
        words = re.match(rf"\s+({ANAPHORS})\b", text[verb.end() : end], re.IGNORECASE)
        if words:
            return Cue(verb.start(), verb.end() + words.end(), "", words[1], "unknown", True)
        described = _DESCRIBED_AFTER.match(text, verb.end(), end)
        if described:  # "…, said the regional governor."
            return named(text, verb.start(), described.end(1), *described.span(1), register)
        return None
    described = _DESCRIBED_AFTER.match(text, verb.end(), end)
    if described and described.end(1) > name.end(1):
        # "…, says Norland insurance firm": a headline's description without its article
        return named(text, verb.start(), described.end(1), *described.span(1), register)
    # "…," reads an X post from September 18: the medium's noun ends the name.
    medium = _MEDIUM_AFTER.match(text, name.end(1), end)
    b = medium.end() if medium else name.end(1)
    return named(text, verb.start(), b, name.start(1), b, register)
