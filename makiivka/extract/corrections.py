"""A correction's figures: "Correction: An earlier version of this article said 37 people …".

A correction or editor's note at the foot of an article names the figure the outlet withdrew
("An earlier version … said 37 people were killed", "gave the number … as 26") and restates
the right one ("The correct figure is 34"). Both are the outlet's own words about its own
text, not a new claim of the toll: the labelled sets file them as the outlet's, metric other
(blind set 9's judgement call 6, blind 13's call 12, blind 14's call 9). A figure the note
credits to a speaker of its own sentence keeps its speaker and metric ("Police say about 30
remain missing", "Kadyrov named 32"; blind set 10's call 11).

Written by hand: finding a correction paragraph is a matter of its opening words.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from makiivka.extract.records import Figure
from makiivka.extract.voices import Context, outlet_voice

#: A paragraph that opens a correction or editor's note.
_OPENING = re.compile(
    r"(?im)^[^\S\n]*[*_]*(?:Correction|Clarification|Corrigendum|Amendment|Editor['’]s\s+note)"
    r"\b[^:\n]{0,40}:|^[^\S\n]*(?:An?|The)\s+(?:earlier|previous|first)\s+version\s+of\s+this"
    r"\s+(?:article|story|report|piece)|^[^\S\n]*This\s+(?:article|story|report)\s+was\s+(?:amended"
    r"|corrected)"
)
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n")
#: The rules' readings that name a speaker in the figure's own sentence.
_OWN_SPEAKER = re.compile(r"\((?:before|after) the figure\)|^according to")
#: A sentence about the outlet's earlier text: "An earlier version said …", "wrongly".
_WITHDRAWN = re.compile(
    r"(?i)\b(?:earlier|first|previous|original)\s+version|\b(?:incorrectly|wrongly|mistakenly"
    r"|erroneously)\b|\b(?:edition|article|report|story)\s+(?:gave|said|stated|reported)\b"
)
#: The figure the outlet gave wrongly, whoever it credited: "the Prosecutor General's figure …
#: was given as 36" (blind set 16). A speaker's own count restated there keeps its speaker:
#: "An earlier version said the victims' register counted 978 …" (blind set 12).
_GIVEN_AS = re.compile(r"(?i)\b(?:given|gave|put|reported|stated)\s+(?:[^.;]{0,60}?\s)?as\s+\Z")
#: A speaker that is the outlet's text itself: "An earlier version of this article said".
_THE_TEXT = re.compile(r"(?i)\b(?:version|article|story|report|piece|edition|we|this)\b")
EVIDENCE = "a correction's figure"


def correction_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of the text's correction paragraphs (opening words to paragraph end).

    >>> t = "Police said 34 died.\\n\\nCorrection: An earlier version said 37."
    >>> [t[a:b] for a, b in correction_spans(t)]
    ['Correction: An earlier version said 37.']
    """
    spans = []
    for m in _OPENING.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        end = _PARAGRAPH_END.search(text, m.end())
        spans.append((m.start(), end.start() if end else len(text)))
    return spans


def settle_corrections(ctx: Context, figures: list[Figure]) -> list[Figure]:
    """Give the figures of a correction paragraph that no speaker of their own sentence states
    the outlet's voice and metric ``other`` (see the module docstring)."""
    spans = correction_spans(ctx.text)
    if not spans:
        return figures
    voice = outlet_voice(ctx)
    if voice.side not in ("media", "unknown"):
        # a party's own channel correcting its toll ("Correction: we first reported 4,000
        # dead, then 3,600. Our verified toll is 3,600": round 21's second new user) revises
        # its claim; it is no newsroom's note on its own text
        return figures
    settled = []
    for f in figures:
        if not any(a <= f.start < b for a, b in spans):
            settled.append(f)
            continue
        s = ctx.sentences[bisect.bisect_right(ctx.starts, f.start) - 1]
        given_as = _GIVEN_AS.search(ctx.text, max(s.start, f.start - 90), f.start)
        named = _OWN_SPEAKER.search(f.attribution or "") and not (
            _THE_TEXT.search(f.claimant_name or "")
            or (given_as and _WITHDRAWN.search(ctx.text, s.start, s.end))
        )
        if not named:
            f = replace(
                f, metric="other", claimant=voice.claimant, claimant_name=voice.name,
                side=voice.side, relayed_by="", attribution=f"{voice.evidence}; {EVIDENCE}",
                confidence=voice.confidence,
            )  # fmt: skip
        settled.append(f)
    return settled
