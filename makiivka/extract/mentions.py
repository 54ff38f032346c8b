"""The names a speaker's cue may stand for, found in the text around it rather than among
the speakers: a body named before with the cue's head noun ("The Norland Emergency Service
sent 300 rescuers. The Service said …"), the body a headline's "ministry says" stands for in
the lines below it, and a person who opens a sentence between a speaker and "he".

Split from :mod:`makiivka.extract.resolve`, which calls them, to keep it under 400 lines.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from makiivka.extract.cue import Cue
from makiivka.extract.document import Context
from makiivka.extract.entities import PERSON_HEADS, surname_key
from makiivka.text.search import matches_before


def named_below(ctx: Context, index: int, cue: Cue) -> Cue | None:
    """Return the body a headline's "ministry says" stands for: the first name with that head
    noun in the next sentences that has a side ("The health ministry on Friday gave …" under
    "72 of the dead were Ahly fans, ministry says", blind set 24)."""
    end = ctx.sentences[min(len(ctx.sentences) - 1, index + 3)].end
    head = re.escape(re.sub(r"\Athe\s+", "", cue.name))
    pattern = re.compile(rf"(?<![\w'’-])((?:[\w'’-]+\s+){{1,4}}?){head}\b", re.I)
    for m in pattern.finditer(ctx.text, ctx.sentences[index].end, end):
        # the longest name with a side, its words read leftwards from the head noun up to a
        # determiner or a dash ("NORHAVEN - The Norhaven city": "Norhaven city")
        found = None
        for word in reversed(list(re.finditer(r"\S+", m[1]))):
            if not word[0][0].isalpha() or word[0].lower() in ("the", "a", "an"):
                break
            at = m.start(1) + word.start()
            side = ctx.register.side_of(ctx.text[at : m.end()])
            if side != "unknown":
                found = Cue(at, m.end(), "", ctx.text[at : m.end()], side, False)
        if found is not None:
            return found
    return None


def newer_subject(ctx: Context, earlier: Cue, cue: Cue) -> Cue | None:
    """Return a person with a side who opens a sentence between an earlier speaker and "he".

    "NOUHAD MAHMOUD (Lebanon) said … DAN GILLERMAN (Israel) expressed deep sorrow. He said
    …" (blind set 11): "he" is the subject named last, though that subject had not spoken.
    """
    for start, key in reversed(ctx.entities.mentions):
        if not earlier.end <= start < cue.start:
            continue
        person = ctx.entities.persons[key]
        i = bisect.bisect_left(ctx.starts, start)
        line_start = start == 0 or ctx.text[start - 1] == "\n"
        opens = line_start or (i < len(ctx.starts) and ctx.starts[i] == start)
        if person.side == "unknown" or not opens:
            continue
        if surname_key(person.name) == surname_key(earlier.name):
            return None
        return Cue(start, start + len(person.name), person.claimant, person.name, person.side,
                   False)  # fmt: skip
    return None


#: Head nouns a body's name may end in another word for (blind set 27: "at Aberdeen Royal
#: Infirmary, the hospital said").
_NAMED_AS = {
    "hospital": r"hospital|infirmary|clinic|medical\s+cent(?:re|er)",
    "university": r"university|college",
}


def mention_before(ctx: Context, cue: Cue, head: str) -> Cue | None:
    """Return the last body named with a described cue's head noun before it, if it has a side.

    "The figure came from Gaza's Health Ministry … the ministry put the number at 471": the
    ministry named without speaking, not the last speaker, whose name lacks the noun.
    """
    heads = _NAMED_AS.get(head, re.escape(head))  # "Aberdeen Royal Infirmary, the hospital said"
    pattern = re.compile(rf"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){{1,6}}(?i:{heads})\b")
    # "The government's independent fact-finding team … The team found": a possessive's body.
    owned = re.compile(rf"(?<![\w'’-])[\w-]+['’]s\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}\b", re.I)
    store = ctx.__dict__.setdefault("matches", {})
    # "The ministry did not comment" is an anaphor itself, not a name.
    named = (
        m for m in matches_before(store, ctx.text, pattern, cue.start)
        if re.sub(r"\AThe\s+", "", m[0]).lower() != head
    )  # fmt: skip
    # "closed by the Ministry of Health … the ministry said" (blind set 24): a name "X of Y"
    of = re.compile(
        rf"(?<![\w'’-])(?i:{re.escape(head)})\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
        r"(?:\s+(?:(?:and|of|the|for)\s+)?[A-Z][\w'’-]*)*"  # "Alliance of Red Cross and Red …"
    )
    found = next(named, None) or next(matches_before(store, ctx.text, owned, cue.start), None)
    found = found or next(matches_before(store, ctx.text, of, cue.start), None)
    if found is None:
        return None
    name = re.sub(r"\AThe\s+", "", found[0])
    side = ctx.register.side_of(name)
    if side == "unknown":
        return None
    return Cue(found.start(), found.end(), "", name, side, False)


def generic_named_before(ctx: Context, cue: Cue) -> Cue:
    """Return a cue of one generic word with a role's side ("The Alliance reports", "the charity
    says") as the body the article named in full before with that word, when that body's own
    words give a party ("the Alliance of Red Cross … Societies", "Aberfan's own memorial
    charity": blind set 28); else the cue as it is."""
    one = re.fullmatch(r"(?:[Tt]he\s+)?([A-Za-z]+)", cue.name)
    if not one or cue.claimant or cue.side != "third_party" or PERSON_HEADS.match(one[1]):
        return cue
    named = mention_before(ctx, cue, one[1].lower())
    if named is None or named.side in ("third_party", "media"):
        return cue
    return replace(cue, name=named.name, side=named.side)


#: Someone a sentence introduces before its pronoun: "a woman who said she had lost …".
_SOMEONE = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+)?(?:woman|man|mother|father|widow"
    r"|survivor|resident|villager|nurse|doctor|witness|student|miner)\s+(?:who|whose)\s"
)


def someone_before(ctx: Context, index: int, cue: Cue) -> Cue | None:
    """Return "a woman" of "a woman who said she had lost her husband …, told Reuters she
    had counted …" (blind set 27): "she" is the woman the sentence introduced, not the last
    speaker named before, when no one else speaks between them."""
    found = None
    for found in _SOMEONE.finditer(ctx.text, ctx.sentences[index].start, cue.start):  # noqa: B007
        pass
    if found is None or any(
        found.end() <= c.start < cue.start and not c.anaphor for c in ctx.sentence_cues(index)
    ):
        return None
    a, b = found.start(), found.end() - len(found[0].split()[-1]) - 2
    claimant, _, side = ctx.register.name(ctx.text, a, b)
    return Cue(a, b, claimant, ctx.text[a:b], side, False)
