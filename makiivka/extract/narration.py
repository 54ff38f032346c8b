"""Tell the outlet's own narration from the statement of a speaker in the same sentence.

A speaker's cue governs the clause it reports, not every number the sentence holds. Three
shapes of wire copy put the outlet's own narration next to someone's statement (the corpus
conventions, judgement call 2: a clause that is not what the person said is the outlet's):

1. **A relative clause with its own subject after the statement**: "X says 274 were killed
   in the raid on Saturday, during which <forces> freed four captives" — the clause narrates
   what happened during the event; "…, in which 30 people died" (the figure opens the
   clause) stays the speaker's.
2. **A comparison with another event**: "…, X said, surpassing the 2018 fire, which killed
   85 people" — the outlet's background.
3. **A trailing source that governs a later clause**: "A court charged four men on Sunday,
   as the toll rose to 139, according to X" — X is the source of the as-clause's figure;
   the main clause before it is the outlet's report. Without a figure in the as-clause
   ("The toll rose to 50, as rescuers searched, according to X") X governs the whole.
4. **A rising toll as the circumstance of a statement**: "Islamic State claimed the attacks
   on Tuesday, as the death toll rose to 321" (headlines too: "… as death toll rises to
   139") — the outlet's running count, not what the speaker said (every such label in the
   corpus and the blind sets is the outlet's).

5. **A relative clause that describes the speaker**: "…, says Rosa Chavez, who lost 11
   relatives", "Graham Smith, whose road lost eleven neighbours, said" (blind set 18) — who
   the speaker is, in the outlet's words; not "X, who said 50 had died" (a speech verb in
   the clause) nor "the ministry, whose figures show 50 dead" (the speaker's own data).

6. **A figure in the speaker's own noun phrase**: "the families of at least 17 victims have
   said they will hold private services" (blind set 19) — who the speakers are.

Relative clauses that belong to an account ("residents described an assault that killed
scores", blind3 judgement call 8) have no comma-preposition-which and stay the speaker's.
"""

from __future__ import annotations

import re

from makiivka.extract.cue import Cue
from makiivka.extract.speech import SPEECH_VERBS
from makiivka.text.quantities import Quantity

#: ", during which <subject> <verb>": a non-restrictive clause of the event, with at least
#: two words (its own subject and verb) before the figure.
_DURING_WHICH = re.compile(
    r"(?i),\s+(?:during|in|after|amid|following|before)\s+which\s+(?:[\w'’-]+\s+){2,}\S*\Z"
)
#: ", surpassing the 2018 fire, which killed": a comparison with another event.
_COMPARISON = re.compile(
    r"(?i),\s+(?:surpassing|exceeding|overtaking|eclipsing|topping|outstripping|making\s+it"
    r"\s+the\s+\w+(?:\s+\w+)?\s+since|the\s+(?:deadliest|worst)\s+since)\b"
)
#: ", as <clause with a figure>, according to": the source of the as-clause.
_AS_CLAUSE = re.compile(r",\s+as\s+[^,;]*\d")


#: "Rosa Chavez, who lost <figure>": a relative clause about the person just named, with no
#: speech verb and no data noun of the speaker's own.
_DESCRIBING = re.compile(
    rf"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*),\s+(?:who|whose)\s+"
    rf"(?![^;:“”\"]*?(?<![\w-])(?:{SPEECH_VERBS}|show"
    r"|figures?|count|tally|data|records?|lists?|estimates?|toll)(?![\w-]))[^;:“”\"]{0,120}\Z"
)


def narrated(text: str, cue: Cue, q: Quantity) -> bool:
    """Tell whether figure q is the outlet's narration rather than cue's statement (see the
    module docstring)."""
    if cue.end <= q.start:
        between = text[cue.end : q.start]
        return bool(
            _DURING_WHICH.search(between) or _COMPARISON.search(between) or _TOLL_AS.search(between)
        )
    if cue.form == "according" and cue.start >= q.end:
        return bool(_AS_CLAUSE.search(text, q.end, cue.start))
    return False


#: "…, as the death toll rose to": the outlet's running count after a statement.
_TOLL_AS = re.compile(
    r"(?i)(?<![\w-])as\s+(?:the\s+)?(?:[\w-]+\s+)?(?:death\s+)?toll\s+(?:\w+\s+)?(?:rose|rises"
    r"|climbed|climbs|reached|reaches|jumped|jumps|hit|hits|passed|passes|topped|tops|grew|grows"
    r"|increased|increases|mounted|mounts)\s+(?:to\s+)?(?:[\w-]+\s+){0,2}\Z"
)


def described_person(text: str, start: int, q: Quantity) -> str | None:
    """Return the person whose relative clause holds figure q (shape 5 of the module
    docstring), searching from *start* (the sentence's); else None."""
    m = _DESCRIBING.search(text, max(start, q.start - 160), q.start)
    # a person's name has two words or more: "the people of Kerala, who together rescued
    # more than 600" (blind set 7) is no person
    return m[1] if m and " " in m[1] else None


#: A figure in the speaker's own noun phrase, after "of": "the families of at least 17 victims".
_IN_SUBJECT = re.compile(r"\s+(?:[\w'’-]+\s+){0,1}")
_OF_BEFORE = re.compile(
    r"(?i)\s(?:of|for)\s+(?:the\s+)?(?:(?:at\s+least|more\s+than|some|about|nearly|over)\s+)?\Z"
)


_RELATIVE = re.compile(r",\s+(?:where|who|whose|which|when)\s")
_SPEECH = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS})(?![\w-])|[\"“]")


def figure_in_subject(text: str, start: int, q: Quantity, cue: Cue) -> bool:
    """Tell whether figure q stands in its speaker's own noun phrase after "of", the speaker's
    name right after the figure's noun ("the families of at least 17 victims have said")."""
    relative = (
        _RELATIVE.search(text, cue.start, q.start) if cue.start <= q.start < cue.end else None
    )
    if relative and not _SPEECH.search(text, relative.end(), q.start):
        return True  # "A doctor at X hospital, where 11 survivors were treated, said" (user 27)
    # not a pronoun: "the names of 91 people it says died" (blind set 22) is its speech
    spoken = cue.name and not (cue.source or cue.anaphor)
    at = text.find(cue.name, q.end, q.end + 30) if spoken else -1
    return (
        at >= 0
        and _IN_SUBJECT.fullmatch(text, q.end, at) is not None
        and _OF_BEFORE.search(text, max(start, q.start - 40), q.start) is not None
    )
