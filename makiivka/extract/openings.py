"""The body that opens a sentence as its subject, for "it" when no body has spoken yet.

"The UN international commission of inquiry … has handed its report to the Secretary-General.
Its conclusion: at least 156 people were killed" (blind set 18): "its" is the commission,
though the sentence that names it has no speech verb and so gave no speaker cue.
"""

from __future__ import annotations

import re

from makiivka.extract.cue import Cue, named
from makiivka.extract.document import Context
from makiivka.extract.entities import is_person

#: How many sentences back the opening subject may be (the sentence itself and one before).
_REACH = 1
#: A transcript's speaker label before the sentence: "PRESENTER: ".
_LABEL = re.compile(r"[A-Z][A-Z .'’-]{1,40}:\s+")
#: The subject noun phrase: from the sentence's start to its finite verb.
_SUBJECT = re.compile(
    r"((?:(?:The|An?)\s+)?[A-Z][^,;:.“”\"()]{2,120}?)\s*"
    # "Greenpeace, in a report published this week, calls that a whitewash" (blind set 20)
    r"(?:,\s+(?:in|at|on|with|after|from)\s[^,;:.“”\"()]{1,60},\s*)?\s"
    r"(?:(?:has|have|had|is|was|were|are|will|would|also|now|on\s+\w+day)\s+)*"
    r"(?:has|have|had|is|was|were|are|[a-z]+ed|[a-z]+s)\b"
)

#: What a body's name is about, after its head noun: not part of its name.
_WHAT = re.compile(r"\s+(?:into|over|about|on)\s")


def opening_body(ctx: Context, index: int, cue: Cue) -> Cue | None:
    """Return the body with a side (a registered claimant or a party's cue words) that opens
    this sentence (before the cue) or the one before, as the subject of its verb; else None.

    Persons are skipped: "it" never stands for a person.
    """
    for i in range(index, max(-1, index - _REACH - 1), -1):
        s = ctx.sentences[i]
        start = s.start
        label = _LABEL.match(ctx.text, start, s.end)
        start = label.end() if label else start
        end = min(s.end, cue.start)
        m = _SUBJECT.match(ctx.text, start, end)
        if m is None:
            continue
        a, b = m.span(1)
        what = _WHAT.search(ctx.text, a, b)  # "… commission of inquiry into the massacre"
        b = what.start() if what else b
        body = named(ctx.text, a, b, a, b, ctx.register)
        if (body.claimant or body.side != "unknown") and not is_person(body.name, ctx.entities):
            return body
    return None
