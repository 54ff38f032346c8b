"""Find the cue words a party shares with a role, and say which one the extractor picks.

A party's label gives its cue words (:func:`makiivka.story.parties.label_cues`), and the
template gives the roles every story has (``third_party``, ``media``) theirs: a party
called "United Nations" shares "United Nations" with the third-party role. ``makiivka
party show`` notes each such cue and ``new``/``party`` warn about it, saying which side a
speaker named by it gets, as the extractor resolves it (``makiivka.extract.sides``).
"""

from __future__ import annotations

import re
import sys
from typing import Any

from makiivka.story.demonyms import is_demonym
from makiivka.story.descriptor import SIDE_ROLES

_NOTE = re.compile(r"\s*\([^()]*\)")


def plain(words: str) -> str:
    """Return a cue or place without its notes in parentheses.

    >>> plain("Donetsk (city)"), plain("Kanbalu Township (contested)")
    ('Donetsk', 'Kanbalu Township')
    """
    return " ".join(_NOTE.sub("", words).split())


def role_overlaps(descriptor: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Return (party id, cue, role) for each party cue that is also a role's cue word.

    The extractor (``makiivka.extract.sides``, rule 1) lets a role's cue give way to a
    party's cue of the same words, so a speaker named by such a cue ("the United Nations"
    for a party "United Nations") is read as the party's; a longer cue around it still
    decides ("International Federation of Red Cross and Red Crescent Societies").

    >>> role_overlaps({"parties": [{"id": "un", "cues": ["United Nations", "Tanavar"]}],
    ...                "roles": {"third_party": {"cues": ["United Nations", "UN"]}}})
    [('un', 'United Nations', 'third_party')]
    """
    roles = descriptor.get("roles", {}) if isinstance(descriptor.get("roles"), dict) else {}
    role_cues = {
        plain(str(cue)): role
        for role in SIDE_ROLES
        for cue in (roles.get(role) or {}).get("cues", [])
    }
    return [
        (str(party.get("id")), plain(str(cue)), role_cues[plain(str(cue))])
        for party in descriptor.get("parties", [])
        if isinstance(party, dict)
        for cue in party.get("cues", [])
        if plain(str(cue)) in role_cues
    ]


#: A cue the extractor reads as an acronym, not as one plain word ("UN", "U.N."): the same
#: pattern as ``makiivka.extract.sides.ABBREVIATION`` (the story room may not import it).
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}")


def overlap_note(party_id: str, cue: str, role: str) -> str:
    """Say which side wins when a party's cue is also a role's (see :func:`role_overlaps`).

    A party's cue wins over a role's same words; a longer cue holding them still decides,
    and a plain one-word cue (not an acronym) also gives way to any role's other cue in
    the same name, as the extractor reads one word as where a speaker is from
    (``makiivka.extract.sides``, rules 1 and 2).

    >>> overlap_note("un", "UN", "third_party")[-41:]
    'words; a longer cue holding them decides)'
    """
    said = (
        f"cue '{cue}' is also a cue of the {role} role: a speaker named by it is read as "
        f"{party_id} (a party's cue wins over a role's same words; a longer cue holding them "
    )
    if len(cue.split()) == 1 and not _ACRONYM.fullmatch(cue.strip(".'’s")):
        return (
            said
            + f"decides, and so does any role's other cue beside it: '{cue} reporter' is media)"
        )
    return said + "decides)"


def warn_overlaps(descriptor: dict[str, Any], party_id: str | None = None) -> None:
    """Print a warning on standard error for each party cue that is also a role's cue.

    With *party_id*, only the cues of that party (or of that role) are warned about.
    """
    for party, cue, role in role_overlaps(descriptor):
        if party_id in (None, party, role):
            fix = f'makiivka party edit {party} --drop-cue "{cue}"'
            note = overlap_note(party, cue, role)
            print(f"warning: party {party}: {note}; for the {role} role: `{fix}`", file=sys.stderr)


def shared_names(parties: list[dict[str, Any]], cues_of) -> dict[str, list[str]]:
    """Return each one-word name that several parties' labels give as a cue: name -> ids.

    *cues_of* gives a label's cue words (:func:`makiivka.story.parties.label_cues`).

    >>> shared_names([{"id": "guard", "label": "Norlandic coast guard"},
    ...               {"id": "ministry", "label": "Norlandic interior ministry"},
    ...               {"id": "ngo", "label": "Open Sea Rescue"}],
    ...              lambda label: [label, label.split()[0]])
    {'Norlandic': ['guard', 'ministry']}
    """
    given: dict[str, list[str]] = {}
    for party in parties:
        for cue in cues_of(str(party.get("label", ""))):
            if " " not in cue.strip() and cue[:1].isupper():
                given.setdefault(cue, []).append(str(party.get("id")))
    return {cue: ids for cue, ids in given.items() if len(ids) > 1}


#: Adjectives of the regular patterns that name no place ("Democratic Forces").
_NO_PLACE = frozenset(("democratic", "islamic", "republican", "socialist", "catholic",
                       "orthodox", "patriotic", "strategic", "economic"))  # fmt: skip


def shared_adjectives(parties: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Return each place's adjective (:func:`~makiivka.story.demonyms.is_demonym`) that
    several parties' labels hold as a word: adjective -> ids (new user 27: "Italian" of
    "Italian Coast Guard" and "Italian Interior Ministry", which no warning named).

    >>> shared_adjectives([{"id": "guard", "label": "Kenyan Coast Guard"},
    ...                    {"id": "home", "label": "Kenyan Interior Ministry"},
    ...                    {"id": "ngo", "label": "Open Sea Rescue"}])
    {'Kenyan': ['guard', 'home']}
    """
    held: dict[str, list[str]] = {}
    for party in parties:
        for word in dict.fromkeys(re.findall(r"[A-Z][\w'’-]*", plain(str(party.get("label"))))):
            if is_demonym(word) and word.lower() not in _NO_PLACE:
                held.setdefault(word, []).append(str(party.get("id")))
    return {word: ids for word, ids in held.items() if len(ids) > 1}


def unshare_cues(descriptor: dict[str, Any], cues_of) -> None:
    """Take a one-word name that several parties' labels give (a demonym: "Tunisian" of
    "Tunisian coast guard" and "Tunisian interior ministry") from all of them, and say so.

    As the cue of one party it would make every "Tunisian officials" speak for that one
    (new user 25); given to none, such a speaker is left to the other cues. The warning on
    standard error names the command that gives it to one party anyway.
    """
    parties = [p for p in descriptor.get("parties", []) if isinstance(p, dict)]
    # a name of one of the event's places ("Nepal", "Nepali" of a story in Nepal) keeps
    # deciding: dropping it cost labelled set 12 two sides
    places = [plain(str(p)) for p in (descriptor.get("event") or {}).get("places", [])]
    shared = shared_names(parties, cues_of)
    for word, ids in shared_adjectives(parties).items():
        if word not in shared:  # "Italian Coast Guard", "Italian Interior Ministry"
            fix = f'makiivka party edit {ids[0]} --cue "{word}"'
            print(
                f"warning: parties {', '.join(ids)}: their labels share '{word}', a cue of none "
                f"of them, so a speaker named only by it ('{word} officials') takes no side "
                f"from the cues; to give it to one: `{fix}`",
                file=sys.stderr,
            )
    for cue, ids in shared.items():
        if any(p and cue.startswith(p) for p in places):
            continue
        for party in parties:
            if party.get("id") in ids:
                # and the demonyms made of it ("Norlandici"): one word beginning with it
                party["cues"] = [
                    c for c in party.get("cues", []) if not (" " not in c and c.startswith(cue))
                ]
        fix = f'makiivka party edit {ids[0]} --cue "{cue}"'
        print(
            f"warning: parties {', '.join(ids)}: their labels all give the cue '{cue}'; it is "
            f"given to none of them, as one party's cue would make every '{cue} officials' "
            f"speak for that party; to give it to one anyway: `{fix}`",
            file=sys.stderr,
        )


#: Words for a place's own body: a place name before one ("Santa Rufina council"), or after
#: one and "of" ("Government of Kessa"), names the party as that place's own.
_BODY = (
    r"government|council|administration|authorities|authority|ministry|municipality|"
    r"municipal|city|town|district|province|provincial|county|state|regional|mayor|governor|"
    r"police|army|military|forces|republic|parliament|office|region|oblast"
)
_OWN_AFTER = re.compile(rf"(?i)\A(?:['’]s?|\s+(?:{_BODY}))(?![\w-])")
_OWN_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:{_BODY})\s+of\s+(?:the\s+)?\Z")


def own_place(label: str, place: str) -> bool:
    """Tell whether a label names a place as the party's own: the whole label, its
    possessive, or beside a word for its body ("Kessa council", "Government of Kessa");
    "Residents of Kessa" and "Kessa residents" are people there, not the place's body.

    >>> own_place("Nepal's government", "Nepal"), own_place("Government of the Kessa", "Kessa")
    (True, True)
    >>> own_place("Residents of Santa Rufina", "Santa Rufina"), own_place("Kessa families", "Kessa")
    (False, False)
    """
    if plain(label).lower() == place.lower():
        return True
    for found in re.finditer(rf"(?i)(?<![\w-]){re.escape(place)}", label):
        if _OWN_AFTER.match(label[found.end() :]) or _OWN_BEFORE.search(label[: found.start()]):
            return True
    return False


def unplace_cues(descriptor: dict[str, Any], cues_of) -> None:
    """Warn about each place name a party's label gives as a cue without naming it as the
    party's own (:func:`own_place`: "Kessa council" names Kessa as its own) when another
    party holds it (``--held``) or it is an event's place (``--place``) no party holds, and
    keep it: "Residents of Santa Rufina" makes every "Santa Rufina officials" speak for the
    residents, though the governor holds Santa Rufina (round 26's new user), and the warning
    names the command that drops it. Dropping such cues by default cost the blind sets more
    sides than it gained (measured with their stories: 4 lost, 3 gained for held places; 2
    lost for "Aid groups … working in Nepal"). *cues_of* gives a label's cue words
    (:func:`makiivka.story.parties.label_cues`).
    """
    parties = [p for p in descriptor.get("parties", []) if isinstance(p, dict)]
    event = [plain(str(p)).lower() for p in (descriptor.get("event") or {}).get("places", [])]
    holders: dict[str, list[str]] = {}
    for party in parties:
        for place in party.get("places", []):
            holders.setdefault(plain(str(place)).lower(), []).append(str(party.get("id")))
    for party in parties:
        pid, label = str(party.get("id")), str(party.get("label", ""))
        for cue in cues_of(label):
            low = plain(cue).lower()
            held = holders.get(low, [])
            if cue not in party.get("cues", []) or pid in held:
                continue
            if held and not own_place(label, plain(cue)):  # "Kessa council": both claim it
                said = f"a place {', '.join(held)} holds (--held): it stays a cue of {pid}"
            elif not held and low in event and not own_place(label, plain(cue)):
                said = f"a place of the event (--place) no party holds: it stays a cue of {pid}"
            else:
                continue
            said += f", so every '{cue} officials' speak for {pid}; to drop it"
            fix = f'makiivka party edit {pid} --drop-cue "{cue}"'
            print(
                f"warning: party {pid}: its label gives the cue '{cue}', {said}: `{fix}`",
                file=sys.stderr,
            )


def settle_cues(descriptor: dict[str, Any], cues_of) -> None:
    """Take from the parties' cues the names several labels give; warn about places."""
    unshare_cues(descriptor, cues_of)
    unplace_cues(descriptor, cues_of)
