"""What a speech verb governs: a statement of the figure, or a thing the outlet describes.

"X denied any role in the bombing of a prison, where more than 60 people were killed": the
figure is in a relative clause of the verb's object, narrated in the outlet's voice; "X has
said, after the toll … climbed to at least 20, …": a clause of time, the outlet's too (the
corpus conventions, judgement call 2). A denial of a report of the figure ("denied reports that
90 people had died") governs the figure as a denial (the descriptor's conventions.denials).
"""

from __future__ import annotations

import re

from makiivka.extract.cue import Cue
from makiivka.extract.document import Context
from makiivka.extract.speech import SPEECH_VERBS
from makiivka.text.denials import denial_before
from makiivka.text.quantities import Quantity

#: Verbs whose object is a thing, not a statement: a relative clause in that object describes
#: the event in the outlet's voice ("denied any role in the bombing of a prison, where more
#: than 60 people were killed"; the corpus conventions, judgement call 2).
_THING_VERB = re.compile(
    r"(?i)(?:denied|denies|deny|condemned|condemns|denounced|denounces|blamed|blames"
    r"|criticised|criticized|apologi[sz]ed|mourned|investigat\w+|admit(?:s|ted)?"
    r"|acknowledged?|acknowledges|confirm(?:s|ed)?)\Z"
)
#: "A court on Friday declared X sane and sentenced him … for the rampage that killed 77": a
#: verdict's object narrates the crime in the outlet's voice (blind set 14), always.
_VERDICT = (
    r"\s(?:and\s+)?(?:sentenced|convicted|jailed|acquitted|indicted|charged)\s+(?:him|her|them"
    r"|[A-Z][\w'’-]+)\b"
)
_VERDICT_RE = re.compile(rf"(?i){_VERDICT}")
_THING_PARTICIPLE = re.compile(
    r"(?i),\s+(?:denouncing|condemning|blaming|critici[sz]ing|mourning|denying|apologi[sz]ing"
    rf"|acknowledging|admitting)\b|{_VERDICT}"
)
_ADVERBIAL = re.compile(
    r"(?i)\s*(?:(?:on|in|at|late|early|last|this|earlier|later|also)\b[^,.;]{0,30}?)?\s*"
    r"(?:(?:ever\s+)?having\s+(?:said|stated|claimed|reported|announced)\s*)?\S?"  # (new user 25)
)
#: A relative clause after at least one word of the verb's object ("admits an air strike on a
#: market that left 64 dead"; not "admitted that 64 died").
_RELATIVE = re.compile(r"(?i)\S\s*(?:,\s*|\s)(?:where|in\s+which|which|that|who)\s")
#: A speech verb, a comma and a clause of time: "has said, after …", "said, as …".
_AFTER_CLAUSE = re.compile(
    rf"(?:\s*(?:\w+\s+){{0,2}}?(?:{SPEECH_VERBS}|vowed|pledged))?(?:\s+on\s+\w+)?\s*,\s+"
    r"(?:after|when|following|as(?!\s+(?:of|many|much|well)\b)|since|(?:hours|days)\s+after)\s"
)
_THAT = re.compile(r",\s+that\s")
_LEADING_TIME = re.compile(
    r"(?:\A|[.!?]\s+|\n)[A-Z][\w-]*\s+(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?|years?"
    r"|decades?)\s+(?:after|since)\s+(?:the\s+)?\Z"
)
#: "…, police said, bringing the toll of the twin attacks to at least 92": the outlet's sum
#: after a closed attribution (blind sets 13 and 14; corpus call 2). Not "X confirmed that …,
#: bringing the toll to 12" (the that-clause's) nor a sum credited after it ("…, according to").
_SUM_AFTER = re.compile(
    r"[^,.;:\"“”]{0,25}?,\s+bringing\s+[^,.;\"“”]{0,60}?\bto\s+(?:[a-z]+\s+){0,2}\Z"
)


def describes_event(text: str, cue: Cue, q: Quantity) -> bool:
    """Tell whether a figure is in a relative clause of a thing-verb's object (see _THING_VERB)."""
    if cue.end > q.start or denial_before(text, q.start, cue.start):
        return False  # "denied reports that 90 people had died": a denial of the figure
    start = cue.end
    if not _THING_VERB.search(text, cue.start, cue.end):
        # "…, MSF says, denouncing an airstrike on a prison that left 70 dead": the object
        # of a participle after the speaker.
        participle = _THING_PARTICIPLE.search(text, cue.end, q.start)
        if participle is None:
            return False
        start = participle.end()
    relative = _RELATIVE.search(text, start + 1, q.start)
    # "acknowledged on Friday that …": a statement's "that" after adverbials, not a relative.
    return relative is not None and not _ADVERBIAL.fullmatch(text, start, relative.start() + 1)


def verdict(text: str, cue: Cue, q: Quantity) -> bool:
    """Tell whether a verdict's verb stands between the speaker and the figure (_VERDICT): the
    figure the verdict's object describes is the outlet's, which no model may give the court."""
    return _VERDICT_RE.search(text, cue.end, q.start) is not None


def circumstance(ctx: Context, cue: Cue, q: Quantity) -> bool:
    """Tell whether a figure is in a clause of time after the speech verb, not its content.

    "X has said, after the toll … climbed to at least 20, …": the outlet's voice (the corpus
    conventions, judgement call 2).
    """
    if cue.form != "according" and cue.start >= q.end and "," in ctx.text[q.end : cue.start]:
        # "Sixteen months after 43 fans died at Ellis Park, the commission has found …" (blind
        # set 28): a leading clause of time before the speaker, the outlet's narration
        return _LEADING_TIME.search(ctx.text, max(0, q.start - 40), q.start) is not None
    if cue.form == "according" or cue.end > q.start:
        return False
    clause = _AFTER_CLAUSE.match(ctx.text, cue.end, q.start)
    # "said, as the water fell, that 14 had died": the that-clause is the statement.
    return clause is not None and not _THAT.search(ctx.text, clause.end(), q.start)


def summed_after(text: str, cue: Cue, q: Quantity) -> bool:
    """Tell whether a figure is the outlet's running sum in a ", bringing … to N" clause right
    after a speaker's closed attribution ("…, police said, bringing the toll to 92")."""
    return cue.end <= q.start and _SUM_AFTER.fullmatch(text, cue.end, q.start) is not None
