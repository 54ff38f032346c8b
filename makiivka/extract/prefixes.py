"""What a headline's prefix names: a topic ("Floods:", "Hurricane Otis:") or a speaker.

"General Staff: the enemy has lost …" names its speaker; "Norland: Around 400 …" a place and
"Sichuan earthquake: …" the story; :func:`is_topic` tells them apart for
:func:`makiivka.extract.attribution.find_cues`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.cue import named
from makiivka.extract.relays import is_person_name
from makiivka.extract.sides import ABBREVIATION
from makiivka.extract.speakers import Register
from makiivka.extract.speech import _AGENT_WORD, _TERMINAL_STOP, _TOPIC_PREFIX

#: A body's initials ("IOM", "NDRRMC", "U.N."): an institution when a party's cue word, even
#: one its label names ("Humanitarian organisations: the Red Cross, OCHA").
_INITIALS = re.compile(rf"{ABBREVIATION.pattern}|[A-Z]{{4,8}}")


def is_topic(prefix: str, register: Register) -> bool:
    """Tell whether a headline prefix names a topic or place rather than a speaker.

    A speaker prefix is a registered alias, an institution or role ("General Staff:"), a
    party's cue word that is not a place or the party's name ("Pentagon:"), or a person;
    a party's name ("Norland:"), the event's place and news words ("Floods:") are topics.
    """
    if register.lookup(prefix) is not None:
        return False  # "Afghanistan Rights Watch:", registered (round 21's second new user)
    if _TOPIC_PREFIX.fullmatch(prefix):
        return True
    words = prefix.split()
    head = " ".join(words[:-1]) if len(words) > 1 and _TOPIC_PREFIX.fullmatch(words[-1]) else prefix
    held = register.sides.places.fullmatch(prefix) or (
        register.places is not None and register.places.fullmatch(prefix)  # a story may name none
    )
    if not held and (
        _AGENT_WORD.search(prefix)
        or (_INITIALS.fullmatch(prefix) and register.sides.cues.fullmatch(prefix))
    ):
        return False  # "Eastern government:", "IOM:": an institution, even in a party's label
    if register.topics.fullmatch(head):
        return True
    if register.pattern.search(prefix) or _AGENT_WORD.search(prefix):
        return False
    return not (register.sides.cues.fullmatch(prefix) or is_person_name(prefix, register))


#: A headline's speaker before a comma and its figure, after a topic: "Abruzzo earthquake:
#: Berlusconi, at least 150 dead" (blind set 25: ANSA's headline form).
_SPEAKER_COMMA = re.compile(
    r"(?:[^:\n]{1,60}:\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+"
    r"(?=(?:at\s+least\s+|about\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?\d)"
)


#: A headline's answer or label before a comma, no speaker: "No, 500 students were not …".
_VERDICT_WORD = re.compile(
    r"(?i)no|yes|false|true|wrong|misleading|fact\s+check|breaking|exclusive|updated?|live|watch"
)


def speaker_comma(text: str, start: int, end: int, register: Register):
    """Return the cue of a headline's "Name, N dead" speaker (a headline has no closing stop),
    when the name has a side or is a person's; else None."""
    m = _SPEAKER_COMMA.match(text, start, end)
    if m is None or _TERMINAL_STOP.search(text, start, end):
        return None
    places = (register.sides.places, register.places)
    if any(p is not None and p.fullmatch(m[1]) for p in places) or _TOPIC_PREFIX.fullmatch(m[1]):
        return None  # "Lowtown, 40 dead": a place, not a speaker
    if _VERDICT_WORD.fullmatch(m[1]):
        return None  # a fact check's "No, 500 students were not killed" (blind set 27)
    cue = named(text, m.start(1), m.end(1), m.start(1), m.end(1), register)
    if cue.claimant or cue.side != "unknown" or is_person_name(m[1], register) or " " not in m[1]:
        return replace(cue, form="headline")
    return None
