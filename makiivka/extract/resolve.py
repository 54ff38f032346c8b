"""Resolve who an attribution cue names, across the article: pronouns, surnames, titles.

"he said" is the nearest person speaking before it, "it added" the nearest institution, "the
ministry" the last speaker whose name has that head noun, "Marchenko" the person the article
introduced with that surname (:mod:`makiivka.extract.entities`), "the ministry's spokesman"
speaks for the ministry named before. A speaker whose words name no side takes its relay's
side, else the outlet's party. Each resolution is remembered per cue.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from makiivka.extract.cue import Cue
from makiivka.extract.datelines import dateline_side
from makiivka.extract.document import ANAPHOR_REACH, Context
from makiivka.extract.entities import PERSON_HEADS, is_person, pronoun_kind
from makiivka.extract.evidence import Speaker
from makiivka.extract.mentions import (
    generic_named_before,
    mention_before,
    named_below,
    newer_subject,
    someone_before,
)
from makiivka.extract.names import spell_out
from makiivka.extract.openings import opening_body
from makiivka.extract.roles import LOCAL_PEOPLE
from makiivka.extract.stated import cue_date

_WORD = re.compile(r"[a-z]+")
#: A body named in a person's title: "ministry spokesman", "committee chairman".
_BODY_IN_TITLE = re.compile(
    r"(?i)\b(?:ministry|committee|agency|commission|service|department)\b(?!['’])"
)  # "the ministry's spokesman" speaks for the ministry by _possessor, with its claimant
_HEAD = re.compile(r"([a-z]+)\W*\Z", re.I)
#: "the ministry's spokesman": the body a role belongs to.
_POSSESSOR = re.compile(r"(?i)(?:the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)['’]s?\s+\w")
#: A country or body in brackets right after a speaker's name: "DAN GILLERMAN (Israel)".
_BRACKET_AFTER = re.compile(r"[ \t]*\(([A-Z][^()\n]{1,40})\)")
#: A title owned by a body's pronoun: "Its chairman", "their spokesman".
_PRONOUN_OWNER = re.compile(r"(?i)(its|their)\s+\w")
#: A document an article names again below: the same document, whoever spoke since.
_DOCUMENT_AGAIN = re.compile(r"(?i)(?:the\s+)?(?:report|findings)")
#: A spokesman no one names the body of: the body that spoke before ("its spokesman").
_A_SPOKESMAN = re.compile(r"(?i)an?\s+spokes(?:man|woman|person)")
#: Head nouns any organisation goes by: "the group", "the organisation", "the charity".
_GENERIC_BODIES = frozenset(("group", "organisation", "organization", "charity", "watchdog"))
#: A body's document as a speaker: "Its report counted 1,577 dead".
_ITS_DOCUMENT = re.compile(r"(?i)its\s+(?:report|statement|count|tally|figures|data|bulletin)")
#: A speaker the turn's own speaker owns: "Our teams in Sebba" (a UN briefing, blind set 13).
_FIRST_OWNER = re.compile(r"(?i)(?:our|my)\s+\w")
#: Where a speaker works, after the name: "their team in Dhamar".
_WHERE_TAIL = re.compile(r"\s+(?:in|at|from|of)\s.*\Z")
_FUNCTION = frozenset(("the", "a", "an", "s", "of", "for", "and", "its", "his", "her", "their"))
#: Anaphors that stand for whoever spoke last, whatever their name.
_NO_HEAD = frozenset(
    ("he", "she", "it", "they", "him", "her", "them", "statement", "report", "briefing", "post")
)
#: Unnamed sources: their figures are side unknown ("according to ground sources").
UNNAMED = re.compile(
    r"(?i)(?:^|\s)(?:\w+\s+){0,3}?(?:reports?|sources?|social\s+media|videos?|video\s+clips?"
    r"|footage|posts?|accounts?|rumou?rs?|claims|testimon(?:y|ies)|interviews)(?:\s+\w+){0,3}\Z"
)
#: Data nouns that stand for whoever published them: "new official figures put the toll at".
_DATA = re.compile(r"(?i)\b(?:figures?|data|numbers?|tally|count|estimates?|statistics)\Z")


def _head(cue: Cue) -> str:
    """Return the head noun of a described speaker, lower case ("" for a pronoun)."""
    m = _HEAD.search(cue.name)
    head = m[1].lower() if m else ""
    return "" if head in _NO_HEAD or cue.name.lower().startswith(("its ", "his ", "her ")) else head


#: A charging document's names: "According to the indictment, … The charges say …" (blind 13).
_DOCUMENT = dict.fromkeys(("charges", "charge", "indictment", "indictments"), "indictment")


def _words_of(name: str) -> set[str]:
    """Return a name's lower-case words, a charging document's names as one."""
    return {_DOCUMENT.get(w, w) for w in _WORD.findall(name.lower())}


def _antecedent(ctx: Context, index: int, cue: Cue) -> tuple[Cue | None, int]:
    """Return the earlier speaker an anaphor stands for, within ANAPHOR_REACH sentences.

    "he"/"she" take the nearest person, "it" the nearest institution; "the ministry" prefers
    the last speaker whose name shares its words ("Norland's Defence Ministry"), else the last
    speaker with a side.
    """
    if _DOCUMENT_AGAIN.fullmatch(cue.name):  # "The dead, the report says, …" … "The report
        for i in range(index - 1, -1, -1):  # also notes …" with others quoted between (28)
            if same := [c for c in ctx.sentence_cues(i) if _DOCUMENT_AGAIN.fullmatch(c.name)]:
                return same[-1], i
    kind = pronoun_kind(cue.name)
    if not kind and _ITS_DOCUMENT.fullmatch(cue.name):
        kind = "body"  # "Its report counted …": a body's, never a person's (blind set 25)
    head = _head(cue) if cue.name else ""
    words = _words_of(cue.name) - _NO_HEAD - _FUNCTION if head else set()
    fallback: tuple[Cue | None, int] = (None, index)
    own = ctx.register.sides.side_of(cue.name) if head and not kind else "unknown"
    body = ctx.sentences[index].voice == "body"
    someone = someone_before(ctx, index, cue) if kind == "person" else None
    if someone is not None:
        return someone, index
    for i in range(index, max(-1, index - ANAPHOR_REACH - 1), -1):
        heading = i in ctx.headings  # a statement's author: its section ends above it
        if body and ctx.sentences[i].voice != "body" and not heading:
            break
        for earlier in reversed(ctx.sentence_cues(i)):
            if earlier.own or (i == index and earlier.start >= cue.start):
                continue
            data = not cue.name and cue.source and not pronoun_kind(earlier.name)
            if earlier.anaphor and (not kind or pronoun_kind(earlier.name)) and not data:
                continue  # a pronoun may stand for "the agency", which stands for a name
            # ("according to the revised figures" after "…, the officials said": theirs)
            if earlier.side == "unknown" and earlier.described and not kind:
                continue
            if kind == "person" and ctx.register.sides.role_cue(earlier.name):
                continue  # "One woman tells Al Jazeera …, she says": no outlet is "she"
            if kind in ("person", "body"):
                if is_person(earlier.name, ctx.entities) == (kind == "person"):
                    newer = newer_subject(ctx, earlier, cue) if kind == "person" else None
                    if newer is not None:
                        return newer, index
                    opening = opening_body(ctx, index, cue) if kind == "body" else None
                    if opening is not None and opening.start > earlier.end:
                        return opening, index  # a body named since, though silent
                    if kind == "body" and earlier.relayed_by and not earlier.source:
                        # "OCHA revised its toll to 3,958, citing WHO. … it says": "it" is
                        # the sentence's subject, who relays, not the body it cites.
                        return _relay_cue(ctx, earlier), i
                    return earlier, i
            elif not head or words & _words_of(earlier.name):
                return earlier, i
            if (
                fallback[0] is None
                and kind != "person"
                and (
                    kind
                    or (
                        (PERSON_HEADS.search(head) or not is_person(earlier.name, ctx.entities))
                        and own in ("unknown", earlier.side)
                    )
                )
            ):
                # "he"/"she" stand for a person, never a body; "the army" for a body, never
                # a person ("the UN coordinator said …; the army said" is not the
                # coordinator), nor a body of another side than the story's cue words give
                # it ("the Front said …; the army said" is not the Front when "army" is a cue
                # word of the other party).
                fallback = (earlier, i)
        if heading:
            break
    if kind == "person" and fallback[0] is None:
        since = ctx.sentences[max(0, index - ANAPHOR_REACH)].start
        person = ctx.entities.named_before(cue.start, since)
        if person is not None:  # "he told me": the person named last, though silent so far
            at = ctx.text.find(person.name, person.first)
            at = person.first if at < 0 else at
            return Cue(at, at + len(person.name), person.claimant, person.name, person.side,
                       False), index  # fmt: skip
    if kind == "body" and fallback[0] is None:
        # "The UN commission … has handed its report. Its conclusion: at least 156 …" (blind
        # set 18): the body that opens a sentence before, though it did not speak.
        return opening_body(ctx, index, cue), index
    if head and (cue.described or fallback[0] is None):
        # "The Norland Emergency Service sent 300 rescuers. The Service said …": the body
        # named before with that head noun, though it did not speak.
        mention = mention_before(ctx, cue, head)
        generic = head in _GENERIC_BODIES and fallback[0] is not None and fallback[1] >= index - 1
        if mention is None and generic and fallback[0].side != "unknown":
            return fallback  # "Amnesty International says … ," the group says" (blind set 25)
        return mention, index
    if head and fallback[0] is not None:
        mention = mention_before(ctx, cue, head)
        if mention is not None:
            return mention, index
    return fallback


def _relay_cue(ctx: Context, cue: Cue) -> Cue:
    """Return a cue naming the outlet or body that relays *cue* (its ``relayed_by``)."""
    name = cue.relayed_by
    claimant = ctx.register.lookup(name)
    if claimant is not None:
        return Cue(cue.start, cue.end, claimant.claimant_id, name, claimant.side, False)
    return Cue(cue.start, cue.end, "", name, ctx.register.side_of(name), False)


def weak(cue: Cue) -> bool:
    """Tell whether a cue names no one who can be told apart: "early reports", "figures"."""
    return (
        not cue.claimant
        and not cue.anaphor
        and cue.side == "unknown"
        and cue.form != "claiming"  # "posts claiming that …" make the claim themselves
        and bool(UNNAMED.search(cue.name) or _DATA.search(cue.name))
    )


def resolve(ctx: Context, index: int, cue: Cue) -> tuple[Speaker | None, str]:
    """Return who a cue names (memoised per cue: the figures of a sentence share them)."""
    key = (index, cue.start, cue.end, cue.name)  # a relay's cue shares its cited cue's span
    if key not in ctx.resolved:
        ctx.resolved[key] = _resolve_cue(ctx, index, cue)
    return ctx.resolved[key]


def _owned_by_speaker(ctx: Context, cue: Cue) -> bool:
    """Tell whether "Our …" outside quotations is the speaker's own body: "Our teams in
    Sebba" (a place after it), not "Our colleagues at ICRC" (a body with a side of its own)."""
    tail = _WHERE_TAIL.search(cue.name)
    sides = ctx.register.sides
    body = tail and sides.cue_side(tail[0]) and not sides.places.search(tail[0])
    return not body and not ctx.quoted(cue.start)


def _resolve_cue(ctx: Context, index: int, cue: Cue) -> tuple[Speaker | None, str]:
    """Return the speaker a cue names once its pronoun, surname or title is resolved."""
    stated = cue_date(ctx, cue, ctx.sentences[index])
    if cue.own or (_FIRST_OWNER.match(cue.name) and _owned_by_speaker(ctx, cue)):
        turn, at, _ = ctx.turn_for(index)
        if turn is None and cue.own:  # "According to our data" under a statement's author
            turn, at, _ = ctx.heading_for(index)  # heading (blind set 22)
        if turn is not None:  # "we have documented …" in a spokesperson's turn: their office
            return resolve(ctx, at, turn)  # and "Our teams in Sebba report" (blind set 13)
        if cue.own:
            return None, stated
    if cue.claimant:
        speaker = Speaker(cue.claimant, cue.name, cue.side, "register", "", cue.relayed_by)
        return replace(speaker, denial=cue.denial), stated
    if cue.described and cue.side == "unknown" and _NEW_UNNAMED.match(cue.name):
        # "reads an X post": a new unnamed post stands for no one named before it
        return Speaker("", cue.name, "unknown", "none", "", cue.relayed_by, cue.denial), stated
    if cue.anaphor or (cue.described and cue.side == "unknown"):
        target, where = _antecedent(ctx, index, cue)
        bare = target is None and re.fullmatch(r"(?:the\s+)?[a-z]+", cue.name)
        bare = bare and not PERSON_HEADS.search(cue.name)  # a body's, not "minister says"
        if bare and ctx.sentences[index].voice == "headline":
            # "…, ministry says" over "The health ministry on Friday gave …" (blind set 24)
            target, where = named_below(ctx, index, cue), index
        if target is None:
            person = ctx.entities.titled(cue.name, cue.start) if cue.described else None
            if person is not None and person.side != "unknown":
                basis = "register" if person.claimant else "role"
                found = Speaker(person.claimant, person.name, person.side, basis,
                                person.name, cue.relayed_by, cue.denial)  # fmt: skip
                return found, stated
            heading, at, _ = ctx.heading_for(index)
            own = heading is not None and _head(cue) and _head(cue) in heading.name.lower()
            if (not cue.name and cue.source and heading is not None) or own:
                # "According to preliminary information, …" in a release: its author's data;
                # "the Committee reported" under a committee's heading (round 23's second user)
                return resolve(ctx, at, heading)[0], stated
            if cue.anaphor and cue.name.lower() in ("it", "we", ""):
                return None, stated  # "It counted 14 craters", no speaker before: the outlet
            side, basis = ctx.register.sides.side_basis(cue.name)
            if side != "unknown":  # "the army said", no army before: the story's cue word
                basis = "cue" if basis == "none" else basis
                found = Speaker("", cue.name, side, basis, "", cue.relayed_by, cue.denial)
                return found, stated
            side, basis = _local(ctx, index, cue.name) or ("unknown", "none")
            return Speaker("", cue.name, side, basis, "", cue.relayed_by, cue.denial), stated
        named, named_stated = resolve(ctx, where, target)
        if named is None:
            return None, stated
        named = replace(named, resolved=named.name, relayed_by=cue.relayed_by, denial=cue.denial)
        return named, stated or named_stated
    cue = generic_named_before(ctx, cue)  # "The Alliance reports" after its full name
    side, basis = cue.side, "none"
    if cue.side != "unknown":
        basis = ctx.register.sides.side_basis(cue.name)[1]
        basis = "cue" if basis == "none" else basis
    # "Health Minister Dr. Ana Lund": the person the name ends with, not whoever holds the
    # title; "the Interior Ministry" names no one.
    person = ctx.entities.person(cue.name)
    if person is None and PERSON_HEADS.search(cue.name):
        person = ctx.entities.titled(cue.name, cue.start)
    claimant, name, resolved = "", cue.name, ""
    if person is not None:
        resolved = person.name if person.name != cue.name else ""
        name, claimant = person.name, person.claimant
        if side == "unknown" and person.side != "unknown":
            side, basis = person.side, "register" if claimant else "role"
        elif side == "unknown" and not person.role and ctx.register.sides.host:
            # A named person with no title anywhere in the article is a witness, resident or
            # relative: the party holding the event's place (the corpus conventions).
            side, basis = ctx.register.sides.host, "local"
        elif side == "unknown" and (body := _BODY_IN_TITLE.search(person.role or "")):
            # "ministry spokesman X" after "the Kyrgyz Ministry of …" (round 23's second user)
            named = mention_before(ctx, cue, body[0].lower())
            side, basis = (named.side, "cue") if named is not None else (side, basis)
    if person is None and not claimant and not ctx.register.sides.spelled_out(name):
        # "Kyiv says": its government; an acronym the story's cue words spell out ("IDF")
        # is that body, spelled out later (makiivka.extract.names), not the government.
        name = ctx.register.sides.government(name) or name
    if side == "unknown" and not claimant:
        spelled = spell_out(name, ctx.entities)  # "MINUSMA": "United Nations … Mission (MINUSMA)"
        if spelled != name and ctx.register.sides.side_of(spelled) != "unknown":
            side, basis = ctx.register.sides.side_basis(spelled)
    if basis == "local":
        # "At <held hospital> alone, 145 bodies were brought in, a staff member said": local
        # people speak for the party holding the place their statement is set in.
        s = ctx.sentences[index]
        held = dateline_side(
            ctx.text, s.start, name, ctx.register.sides.place_side
        ) or ctx.register.sides.place_party(ctx.text, s.start, s.end)
        side, basis = (held, "place") if held else (side, basis)
    if side == "unknown" and (person is None or not person.role):
        side, basis = _local(ctx, index, name) or (side, basis)
    if side == "unknown":
        at = ctx.text.find(cue.name, cue.start) if cue.name else -1
        bracket = _BRACKET_AFTER.match(ctx.text, at + len(cue.name)) if at >= 0 else None
        state = ctx.register.sides.side_of(bracket[1]) if bracket is not None else "unknown"
        if state != "unknown":
            # "NOUHAD MAHMOUD (Lebanon) said": a delegate and the state they speak for, as
            # the UN's meeting coverage writes them (blind set 11)
            side, basis = state, "cue"
    speaker = Speaker(claimant, name, side, basis, resolved, cue.relayed_by, cue.denial)
    if side == "unknown" and person is not None and _PRONOUN_OWNER.match(person.role):
        # "Its chief commissioner, Daniel Bekele, … Daniel said": the body of the title's "its"
        at = bisect.bisect_right(ctx.starts, person.first) - 1
        introduced = replace(cue, start=person.first, end=person.first, name=person.role)
        speaker = _possessor(ctx, max(at, 0), introduced, speaker)
    where_only = (
        _PRONOUN_OWNER.match(cue.name)
        and _WHERE_TAIL.search(cue.name)  # "its military spokesman, Major X": X's own words
        and ctx.register.side_of(_WHERE_TAIL.sub("", cue.name)) == "unknown"
    )
    if speaker.side == "unknown" or where_only:
        # "… the Red Cross tell us that their team in Dhamar found": the team is the body's,
        # wherever it works (blind set 12); "its own researchers" keep their own words' side
        speaker = _possessor(ctx, index, cue, speaker)
    return speaker, stated


def _local(ctx: Context, index: int, name: str) -> tuple[str, str] | None:
    """Return the side and basis of local people the story gives no side ("residents", "a
    health worker"): with no party holding the whole event's place, they speak for the party
    holding the place their sentence, else the article's opening, is set in."""
    s = ctx.sentences[index]
    if dateline := dateline_side(ctx.text, s.start, name, ctx.register.sides.place_side):
        return dateline, "place"
    if not LOCAL_PEOPLE.search(name):
        return None
    held = ctx.register.sides.place_party(ctx.text, s.start, s.end) or _opening_place(ctx)
    return (held, "place") if held else None


def _opening_place(ctx: Context) -> str | None:
    """Return the party holding the place the article's first body sentences are set in
    ("When the water drained out of <held town>, …"), if one party holds every such place."""
    body = [s for s in ctx.sentences if s.voice == "body"][:2]
    found = {ctx.register.sides.place_party(ctx.text, s.start, s.end) for s in body} - {None}
    return found.pop() if len(found) == 1 else None


def _possessor(ctx: Context, index: int, cue: Cue, speaker: Speaker) -> Speaker:
    """Give "the ministry's spokesman" the side of the ministry named before (its claimant too).

    A spokesman speaks for the body whose spokesman they are; any other role only shares
    its side.
    """
    m = _POSSESSOR.match(cue.name)
    pronoun = _PRONOUN_OWNER.match(cue.name)
    spokesman = _A_SPOKESMAN.fullmatch(cue.name)  # "A spokesman says …" in a live blog (27)
    if pronoun is not None or spokesman:
        # "The Syrian American Medical Society said … Its chairman, Basel Termanini, told
        # Reuters …" (blind set 10): the body "its" stands for, named before.
        it = "it" if spokesman or pronoun[1].lower() == "its" else "they"
        owner = Cue(cue.start, cue.start + (1 if spokesman else len(pronoun[1])), "", it,
                    "unknown", True)  # fmt: skip
    elif m is None:
        return speaker
    else:
        owner = Cue(cue.start, cue.start + len(m[1]), "", m[1], "unknown", False, described=True)
    target, where = _antecedent(ctx, index, owner)
    if target is None:
        return speaker
    named, _ = resolve(ctx, where, target)
    if named is None or named.side == "unknown":
        return speaker
    claimant = named.claimant if re.search(r"(?i)spokes", cue.name) else speaker.claimant
    return replace(speaker, claimant=claimant, side=named.side, basis="role")


#: Unnamed sources brought in new ("an X post", "some reports"), not "the source" again.
_NEW_UNNAMED = re.compile(
    r"(?i)(?:an?|some|other)\s+(?=.*(?:posts?|reports?|videos?|accounts?"
    r"|rumou?rs?|sources?|messages?)\Z)"
)
