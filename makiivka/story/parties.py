"""Set up a story's parties from the command line: labels, cue words and the places they hold.

``makiivka new --cue ID=WORD --held ID=PLACE`` and ``makiivka party add|edit|show`` write a
party's ``cues`` (the words that tell a speaker's side when the name is not in the register)
and ``places`` (the places the story ties to it, so that their mayor or governor speaks for
it) into the descriptor, through :mod:`makiivka.story.store`, so nobody edits JSON by hand.

A party's label gives its cue words by default (:func:`label_cues`): the label's proper
names and, for a name the label shows is a place, their demonyms ("Ukraine" → Ukraine,
Ukrainian; "Libya's eastern government" → Libya's eastern government, Libya, Libyan;
"Interior Ministry" → Interior Ministry only; "DR Congo's army" → DR Congo, Congolese). A
country's demonym comes from the countryinfo package's data (its name and alternative
spellings, "Sudan" → Sudanese, "Burma" → Burmese); for a place it does not list (a region,
"Tigray") the few regular English patterns are used (:mod:`makiivka.story.demonyms`, which
also gives the name after a place's adjective: "Calandrian Red Cross" → Red Cross); anything
else is added with ``--cue``. A parenthesis in a cue or place is a note for people ("Donetsk
(city)"): the extractor reads the words before it. A one-word name several labels give, or
a place another party holds, is no one's cue (:mod:`makiivka.story.overlaps`).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from makiivka.story import load, paths, store
from makiivka.story.demonyms import SHORT, after_demonym, country_demonyms, demonyms, is_demonym
from makiivka.story.demonyms import is_country as is_country  # for the extractor's rooms
from makiivka.story.descriptor import RESERVED_SIDES, SIDE_ROLES, check_descriptor
from makiivka.story.overlaps import overlap_note, plain, role_overlaps, settle_cues, warn_overlaps
from makiivka.story.problems import DataError, Problem

#: Capitalised words of a label that name a kind of body, not the party: not cue words alone.
_GENERIC = (
    "the of and for in on at to a an side sides government governments authority authorities "
    "ministry army armed forces force military command council republic people's peoples state "
    "states administration national united democratic federal regional local central eastern "
    "western northern southern front movement party union alliance coalition group groups "
    "sources officials leaders defence defense unity liberation islamic popular committee "
    "interim transitional provisional new old north south east west mayor mayor's governor "
    "president minister nations agency office service services police county department"
)
#: Words for the people a party speaks through, which a label may list in lower case
#: ("County of Maui (police, mayor)", "Residents, villagers and survivors"): each is a cue
#: word of the party, in the singular and the plural. Words for a body of any party
#: ("government", "officials", "authorities") are not: they would tell no party apart.
_ROLE_WORDS = {
    "mayor": "mayors", "governor": "governors", "residents": "resident",
    "villagers": "villager", "survivors": "survivor", "relatives": "relative",
    "activists": "activist", "witnesses": "witness", "organisers": "organiser",
    "organizers": "organizer", "volunteers": "volunteer", "rescuers": "rescuer",
    "medics": "medic", "families": "family", "passengers": "passenger",
    "preacher": "preachers", "resistance committees": "resistance committee",
}  # fmt: skip
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+\Z")
_ROLE = re.compile(
    r"(?i)(?<![\w-])("
    + "|".join(sorted({*_ROLE_WORDS, *_ROLE_WORDS.values()}, key=len, reverse=True))
    + r")(?![\w-])"
)
GENERIC_WORDS = frozenset(_GENERIC.split(" "))
#: Capitalised words of a label that say what a body does or covers ("Interior Ministry",
#: "Civil Defence", "State Emergency Service"): no name, so no cue word alone and no demonym
#: ("Interiori"). The extractor's side words keep them (GENERIC_WORDS does not hold them).
_PORTFOLIO_WORDS = (
    "interior internal home foreign affairs health justice emergency emergencies civil finance "
    "education information security energy environment agriculture transport labour labor "
    "welfare humanitarian disaster relief protection rescue safety border coast guard guards "
    "directorate commission supreme joint high operations crisis response railway railways "
    "royal"
)
_PORTFOLIOS = frozenset(_PORTFOLIO_WORDS.split(" "))
#: Words for a country's or a territory's own bodies: a name right before them is a place
#: with a demonym ("Tigray Defence Forces", "Myanmar military junta", "Gaza authorities");
#: before a council, a mayor, a regional administration or a group it may be a town or a
#: person (no regular demonym).
_NATIONAL_WORDS = (
    "government ministry military army forces armed navy junta republic parliament authorities"
)
_NATIONAL = frozenset(_NATIONAL_WORDS.split(" "))
#: "State of Volta", "Republic of Norland", "Union Government of India": a place follows.
_OF_PLACE = re.compile(
    r"(?i)(?<![\w'’-])(?:state|republic|government|kingdom|emirate|county|province|union)"
    r"\s+of\s+(?:the\s+)?\Z"
)
#: "opposition-held Idlib", "north-west Syria": a place follows.
_HELD_PLACE = re.compile(
    r"(?i)(?:-(?:held|controlled|occupied)|(?<![\w-])(?:north|south)(?:-?(?:east|west))?"
    r"|(?<![\w-])(?:east|west)|(?<![\w-])(?:north|south|east|west)ern)\s+\Z"
)
#: Punctuation that ends the words a name stands among ("Hellenic Coast Guard, government").
_CLAUSE_END = re.compile(r"[,;:()/]")
#: The colours parties take in the order the story declares them (`makiivka new`, `party
#: add`; the charts give a party without one the same, makiivka.charts.theme.PALETTE).
#: Eight colours a reader tells apart, chosen from documented colour-blind-safe palettes and
#: taken at a lightness where text in them reads at 4.5:1 on white (WCAG 2.2), so the charts
#: draw them as written: Okabe & Ito's vermillion (#D55E00, darkened), blue and orange
#: (#E69F00, darkened to an ochre); Paul Tol's indigo (muted scheme) and magenta (vibrant,
#: #EE3377, darkened); Tableau 10's green (#59A14F) and purple (#B07AA1), and Tol's muted
#: purple (#AA4499), darkened. Why not Okabe–Ito alone: darkened to text contrast its sky blue
#: becomes its blue, its yellow its orange, and its orange its vermillion to a red-green
#: colour-blind reader; its green and reddish purple are the third parties' and the media's.
#: Every two of the first N (2 to 8), and each against those role colours, the ink and the
#: "unknown" grey, differ by at least 6.5 CIEDE2000 on the light and the dark page, with
#: full colour vision and with simulated protanopia, deuteranopia and tritanopia
#: (tests/charts/test_palette.py). A colour the descriptor gives is kept.
PARTY_COLOURS = ("#C35600", "#0072B2", "#765100", "#332288", "#E71360", "#376331", "#79486C",
                 "#682A5E")  # fmt: skip
#: Endings that make a word an adjective of a name: "Saudi-led", "Taliban-run".
_LED = re.compile(r"-(?:led|run|backed|controlled|installed|held|based|allied|aligned)\Z", re.I)
#: A capitalised word; an initialism keeps its full stops ("U.S.", "U.N.-run"), not "U".
_TOKEN = r"(?:[A-Z](?:\.[A-Z])+\.?(?:-[\w'’]+)?|[A-Z][\w'’-]*)"
_WORD = re.compile(_TOKEN)
_RUN = re.compile(rf"{_TOKEN}(?:\s+(?:of\s+|the\s+|for\s+)*{_TOKEN})+")
_POSSESSIVE = re.compile(r"['’]s?\Z")


def label_cues(label: str) -> list[str]:
    """Return the cue words a party's label gives by default: its names and their demonyms.

    The whole label when short, each run of capitalised words ("National Unity
    Government"), and each name inside it: a phrase of adjacent capitalised words that are
    not generic words for a body or an office, with "-led"/"-run" endings and possessives
    taken off ("Libya" of "Libya's eastern government", "Marsa Kel" of "Marsa Kel Mayor").
    A name of one word also gives its regular demonyms where the label shows it is a
    place: the whole label ("Ukraine"), a possessive ("Libya's eastern government"), after
    "State of", or right before a country's body ("Tigray Defence Forces"); never a word for
    what a body covers ("Interior Ministry" gives no "Interior" or "Interiori"), a town's
    council or mayor, or a group named after a person. A phrase is never split into its
    words: "Red" of "Red Crescent" or "Nations" of "United Nations" would make every Red
    Cross official or UN agency speak for the party; a name after a place's adjective is one
    ("Red Cross" of "The Calandrian Red Cross").

    >>> label_cues("Ukraine")
    ['Ukraine', 'Ukrainian']
    >>> label_cues("Libya's eastern government")
    ["Libya's eastern government", 'Libya', 'Libyan']
    >>> label_cues("Saudi-led coalition")
    ['Saudi-led coalition', 'Saudi']
    >>> label_cues("Eastern Command")
    ['Eastern Command']
    >>> label_cues("Red Crescent"), label_cues("Marsa Kel Mayor")
    (['Red Crescent'], ['Marsa Kel Mayor', 'Marsa Kel'])
    >>> label_cues("Volta County (police, mayor)")
    ['Volta County', 'Volta', 'mayor', 'mayors']
    >>> label_cues("Interior Ministry"), label_cues("Tigray Defence Forces")
    (['Interior Ministry'], ['Tigray Defence Forces', 'Tigray', 'Tigrayan'])
    >>> label_cues("Humanitarian organisations: the Red Cross, Save the Children, OCHA")
    ['Red Cross', 'Save the Children', 'OCHA']
    >>> label_cues("The United States: Central Command (CENTCOM) and the administration")
    ['United States', 'Central Command', 'US', 'U.S.', 'American', 'CENTCOM']
    >>> label_cues("The Calandrian Red Cross")
    ['The Calandrian Red Cross', 'Calandrian Red Cross', 'Red Cross']
    >>> label_cues("Residents and survivors")
    ['Residents and survivors', 'Residents', 'residents', 'resident', 'survivors', 'survivor']
    """
    cues: list[str] = []
    whole = plain(label)
    if whole and len(whole.split()) <= 4:
        cues.append(whole)
    # "The U.S.-led coalition": "U.S.", not "The U.S.-led"
    runs = [_LED.sub("", re.sub(r"\AThe\s+", "", run[0])) for run in _RUN.finditer(label)]
    cues.extend(runs)
    for run in runs:  # a country whose name is all generic words ("United States")
        if run.lower() in country_demonyms():
            cues.extend(SHORT.get(run.lower(), []) + demonyms(run))
    for name, placed in _names(label):  # "Red Cross" of "Calandrian Red Cross" too
        cues += [name, *after_demonym(name, lambda w: w in GENERIC_WORDS or w in _PORTFOLIOS)]
        if (" " not in name or name.lower() in country_demonyms()) and (placed or name == whole):
            cues.extend(SHORT.get(name.lower(), []) + demonyms(name))
    listed = label.replace("(", " ").replace(")", " ")
    for m in _ROLE.finditer(listed):
        if m[1][:1].isupper() and _NAME_BEFORE.search(listed, 0, m.start()):
            continue  # "Marsa Kel Mayor": a title in a name, not every mayor
        word = m[1].lower()
        other = _ROLE_WORDS.get(word) or next(k for k, v in _ROLE_WORDS.items() if v == word)
        cues += [word, other]
    return list(dict.fromkeys(c for c in cues if c.strip()))


def _names(label: str) -> list[tuple[str, bool]]:
    """Return the phrases of adjacent, non-generic capitalised words of a label, each with
    whether the label shows it is a place (see label_cues); a phrase only of words for what
    a body covers ("Interior", "Health", "Emergency") is none."""
    names: list[list[str]] = []
    placed: list[bool] = []
    joined = False  # whether the next word may continue the current phrase
    end = 0
    for match in _WORD.finditer(label):
        stripped = _POSSESSIVE.sub("", _LED.sub("", match[0]))
        gap = label[end : match.start()].strip()
        # "Save the Children": a "the" between two capitalised words is inside one name
        adjacent = joined and (not gap or (gap == "the" and bool(names)))
        end = match.end()
        if len(stripped) < 2 or stripped.lower() in GENERIC_WORDS:
            joined = False
            continue
        if adjacent:
            names[-1].append(f"{gap} {stripped}".strip())
        else:
            names.append([stripped])
            before = label[max(0, match.start() - 40) : match.start()]
            placed.append(bool(_OF_PLACE.search(before) or _HELD_PLACE.search(before)))
        joined = stripped == match[0]  # a possessive or "-led" ends the name
        if _POSSESSIVE.search(match[0]) or _before_national(label, end):
            placed[-1] = True
    return [
        (" ".join(words), place)
        for words, place in zip(names, placed, strict=True)
        if not all(
            w.lower() in _PORTFOLIOS for w in words[len(words) > 1 and is_demonym(words[0]) :]
        )
    ]  # nor is a place's adjective before such words: "Italian Interior" (new user 27)


def _before_national(label: str, end: int) -> bool:
    """Tell whether the words after *end* are body words ending in a country's body."""
    clause = _CLAUSE_END.split(label[end:], maxsplit=1)[0]
    for word in re.findall(r"[\w'’-]+", clause):
        low = word.lower()
        if low in _NATIONAL:
            return True
        if low not in GENERIC_WORDS and low not in _PORTFOLIOS:
            return False
    return False


def party_entry(party_id: str, label: str, colour: str) -> dict[str, Any]:
    """Return a new party of the descriptor: its label's cues and no places yet."""
    return {
        "id": party_id,
        "label": label,
        "colour": colour,
        "cues": label_cues(label),
        "places": [],
    }


def add_words(descriptor: dict[str, Any], key: str, pairs: list[tuple[str, str]], option: str):
    """Add (party id, word) pairs to each party's ``cues`` or ``places``; return the problems.

    ``--cue`` may also name a role (third_party, media): its cues live under ``roles``.
    """
    problems = []
    parties = {str(p.get("id")): p for p in descriptor.get("parties", []) if isinstance(p, dict)}
    roles = descriptor.setdefault("roles", {}) if key == "cues" else {}
    for party_id, word in pairs:
        target = parties.get(party_id)
        if target is None and party_id in SIDE_ROLES and key == "cues":
            target = roles.setdefault(party_id, {})
        if target is None:
            known = ", ".join([*parties, *(SIDE_ROLES if key == "cues" else ())])
            problems.append(Problem(option, 1, 1, "id", party_id, f"a declared party ({known})"))
            continue
        words = target.setdefault(key, [])
        if word not in words:
            words.append(word)
    return problems


def remove_words(descriptor: dict[str, Any], party_id: str, key: str, words: list[str]) -> None:
    """Remove words from a party's (or role's) ``cues`` or ``places``."""
    for party in [*descriptor.get("parties", []), descriptor.get("roles", {}).get(party_id, {})]:
        if party.get("id", party_id) == party_id and key in party:
            party[key] = [w for w in party[key] if w not in words]


def _write(data: Path, descriptor: dict[str, Any]) -> None:
    """Check the changed descriptor and the folder with it, then write it in one commit."""
    text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    problems = check_descriptor(descriptor, text, paths.display(data / paths.DESCRIPTOR_NAME))
    if problems:
        raise DataError(problems)
    with store.changing(data) as change:
        change.write(paths.DESCRIPTOR_NAME, text.encode("utf-8"))
        with change.staged():
            problems = load.validate(data)
        if problems:
            raise DataError(problems)


def _show(descriptor: dict[str, Any], party_id: str | None = None) -> str:
    """Return the parties (or one) as lines: id, label, cue words, places held."""
    lines = []
    for party in descriptor.get("parties", []):
        if party_id is None or party.get("id") == party_id:
            lines.append(f"{party.get('id')}: {party.get('label')}")
            lines.append(f"  cues: {'; '.join(party.get('cues', [])) or '(none)'}")
            lines.append(f"  held: {'; '.join(party.get('places', [])) or '(none)'}")
            lines += [
                f"  note: {overlap_note(*found)}"
                for found in role_overlaps(descriptor)
                if found[0] == party.get("id")
            ]
    return "\n".join(lines)


def compare_parties(data: Path, descriptor: dict[str, Any], pair: tuple[str, str]) -> int:
    """Set the descriptor's ``compare`` to *pair* (``makiivka party compare ID ID``), checked
    and written in one commit; print the pair.

    Raises:
        DataError: an id that is no declared party, or the same party twice (nothing written).
    """
    declared = [str(p.get("id")) for p in descriptor.get("parties", [])]
    expected = f"a declared party id ({', '.join(declared)})"
    problems = [Problem("ID", 1, n, "id", i, expected) for n, i in enumerate(pair, 1)
                if i not in declared]  # fmt: skip
    if pair[0] == pair[1]:
        problems.append(Problem("ID", 1, 2, "id", pair[1], "a party other than the first"))
    if problems:
        raise DataError(problems)
    descriptor["compare"] = list(pair)
    _write(data, descriptor)
    labels = {str(p.get("id")): str(p.get("label")) for p in descriptor["parties"]}
    first, second = (labels[i] for i in pair)
    print(f"The gap compares {first} and {second}: {second} ÷ {first}.")
    return 0


def party_command(args: argparse.Namespace) -> int:
    """Carry out ``makiivka party add|edit|show|compare``."""
    data = paths.data_dir(args.data)
    descriptor = json.loads((data / paths.DESCRIPTOR_NAME).read_bytes().decode("utf-8"))
    parties = descriptor.setdefault("parties", [])
    ids = [p.get("id") for p in parties]
    if args.action == "show":
        print(_show(descriptor, args.id))
        return 0
    if args.action == "compare":
        return compare_parties(data, descriptor, tuple(args.ids))
    if args.action == "add":
        if args.id in ids or args.id in RESERVED_SIDES:
            raise DataError([Problem("ID", 1, 1, "id", args.id, "a party id not used yet")])
        if not args.label:
            raise DataError([Problem("--label", 1, 1, "label", "", "the party's label")])
        parties.append(
            party_entry(args.id, args.label, PARTY_COLOURS[len(parties) % len(PARTY_COLOURS)])
        )
    elif args.id not in ids and args.id not in SIDE_ROLES:
        known = ", ".join(map(str, ids))
        raise DataError([Problem("ID", 1, 1, "id", args.id, f"a declared party ({known})")])
    elif args.label:
        party = parties[ids.index(args.id)]
        party["label"] = args.label
        party["cues"] = list(dict.fromkeys([*party.get("cues", []), *label_cues(args.label)]))
    problems = add_words(descriptor, "places", [(args.id, w) for w in args.held or ()], "--held")
    if args.label:  # a name several labels give, or a place not its own: no cue but by --cue
        settle_cues(descriptor, label_cues)
    problems += add_words(descriptor, "cues", [(args.id, w) for w in args.cue or ()], "--cue")
    if problems:
        raise DataError(problems)
    remove_words(descriptor, args.id, "cues", getattr(args, "drop_cue", None) or [])
    remove_words(descriptor, args.id, "places", getattr(args, "drop_held", None) or [])
    _write(data, descriptor)
    warn_overlaps(descriptor, args.id)
    print(_show(descriptor, args.id) or f"{args.id}: cue words of the {args.id} role updated")
    return 0
