"""Register a claimant (``makiivka claimant add|alias|list``), checked like every other change.

The new row is checked against the story's descriptor (the side is one of its
parties or a shared role, the kind one of the register's kinds, the id new and
well formed), then the whole folder as the change would leave it, under the
story's write lock; only then is it appended to ``claimants.csv`` in one commit
(:func:`makiivka.story.store.changing`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from makiivka.story import descriptor, load, paths, store
from makiivka.story.create import template
from makiivka.story.problems import DataError, Problem
from makiivka.text.characters import describe_bidi

ALIAS_SEPARATOR = "|"
#: How a claimant's notes begin when ingest registered it for a speaker the register lacked.
PROPOSED = "proposed by makiivka ingest"
#: Words of a name that tell its kind, tried in order (a kind the story's register lacks is
#: skipped); acronyms match in capitals only.
KIND_WORDS = (
    ("ministry", r"ministr(?:y|ies)"),
    ("armed forces", r"army|armed forces|forces|military|navy|air force|coast ?guard|brigade"),
    ("milblogger", r"milbloggers?|bloggers?"),
    ("outlet", r"news|channel|tv|radio|newspaper|daily|gazette|times|herald|tribune|guardian"
               r"|telegraph|chronicle|courier|journal|mirror|observer"),
    ("political party", r"party"),
    ("armed group", r"front|militias?|rebels?|insurgents?|fighters"),
    # a trade union's name, never the European or African Union's, nor a "Union minister"'s
    ("union", r"(?<!european )(?<!african )unions?(?!.*\bminist)"),
    # (a union in a story made before the kind ``union``)
    ("ngo", r"committee|society|red cross|red crescent|charity|foundation|association|"
            r"(?<!european )(?<!african )unions?(?!.*\bminist)"),
    ("relative", r"relatives?|families|family|parents?|mother|father|son|daughter|widow"),
    ("witness", r"witness(?:es)?|survivors?|passengers?|onlookers?"),
    ("resident", r"residents?|villagers?|locals?"),
    ("company", r"company|services|ltd|limited|inc|corporation|plc|airlines?|operator|owner"),
    ("international organisation",
     r"united nations|(?:european|african) union|organi[sz]ation|agency|programme|"
     r"(?-i:UN|WHO|IOM|UNICEF|UNHCR|OCHA)"),
    ("official", r"administration|government|council|office|commission|authority|police|"
                 r"mayor|governor|commissioner|minister|spokes\w+|department|municipality"),
)  # fmt: skip
#: The kind of a speaker whose name has none of those words, by side (else a party's).
KIND_BY_SIDE = {"media": "outlet", "third_party": "international organisation"}
#: Words for a role's side in a proposed claimant's name ("experts (third party)").
ROLE_WORDS = {"third_party": "third party", "media": "media"}
_DETERMINER = re.compile(r"(?i)^(?:the|a|an|one|its|their|some)\s+")  # "The Harbour City committee"
#: How the extractor names a party's government by its name or a place it holds ("Norland
#: (government)", "Harbour City (Norland government)"; :meth:`Sides.government`).
_GOVERNMENT = re.compile(r"(?P<bare>.+?) \((?:(?P<label>.+) )?government\)")
#: … and by a label that says government already ("Peru (Government of Peru)").
_GOVERNMENT_LABEL = re.compile(r"(?P<bare>.+?) \((?P<label>(?i:[^()]*\bgovernment\b[^()]*))\)")


def _government(name: str) -> re.Match[str] | None:
    """Return the extractor's government form of a name, if it is one."""
    return _GOVERNMENT.fullmatch(name) or _GOVERNMENT_LABEL.fullmatch(name)


def claimant_row(
    data: Path,
    claimant_id: str,
    name: str,
    side: str,
    kind: str,
    aliases: Sequence[str] = (),
    notes: str = "",
) -> dict[str, str]:
    """Return the register row for a new claimant, or raise DataError saying what is wrong.

    Each problem names the command-line option (``--side``, ``--kind``…) and
    what it accepts in this story.
    """
    package = load.read_package(data)
    tables = load.read_tables(data)
    register = tables["claimants"]
    spec = register.resource
    problems = []

    def refuse(option: str, value: str, expected: str) -> None:
        problems.append(Problem(option, 1, 1, "", value, expected))

    pattern = spec.field("claimant_id").pattern or ".+"
    if not re.fullmatch(pattern, claimant_id):
        refuse("ID", claimant_id, f"an id matching {pattern}")
    elif claimant_id in set(register.frame["claimant_id"]):
        refuse("ID", claimant_id, f"an id not in {paths.display(data / spec.path)} yet")
    for column, value, expected in field_problems(package, spec, name=name, side=side, kind=kind):
        refuse(f"--{column}", value, expected)
    for alias in aliases:
        if ALIAS_SEPARATOR in alias or not alias.strip():
            refuse("--alias", alias, f"a name without {ALIAS_SEPARATOR}, one per --alias")
    for option, value in (("--notes", notes), *(("--alias", a) for a in aliases)):
        bidi = describe_bidi(value)
        if bidi:  # as quotes refuse them: they change how the name displays
            refuse(option, value, f"text without bidirectional control characters ({bidi})")
    if problems:
        raise DataError(problems)
    return {
        "claimant_id": claimant_id,
        "name": name,
        "side": side,
        "kind": kind,
        "aliases": ALIAS_SEPARATOR.join(aliases),
        "notes": notes,
    }


def field_problems(
    package: Any, spec: Any, *, name: str | None, side: str | None, kind: str | None
) -> list[tuple[str, str, str]]:
    """Return (column, value, expected) for each given name, side or kind the register refuses.

    The rules of ``claimant add`` and ``claimant edit``: a name for display (no
    bidirectional controls), a side among the story's parties and roles, a kind among the
    register's kinds (naming ``makiivka migrate`` for a newer one). A value given as None
    is not checked.
    """
    found = []
    if name is not None and not name.strip():
        found.append(("name", name, "the claimant's name for display"))
    if name is not None and (bidi := describe_bidi(name)):  # they change how it displays
        found.append(("name", name, f"text without bidirectional control characters ({bidi})"))
    sides = spec.field("side").enum or descriptor.sides(package)
    if side is not None and side not in sides:
        found.append(("side", side, "one of the story's parties or roles: " + ", ".join(sides)))
    kinds = spec.field("kind").enum or ()
    if kind is not None and kinds and kind not in kinds:
        newer = "" if kind not in template_kinds() else " (`makiivka migrate` adds the newer kinds)"
        found.append(("kind", kind, "one of " + ", ".join(kinds) + newer))
    return found


def template_kinds() -> tuple[str, ...]:
    """Return the register kinds a new story has (the template's)."""
    shipped = {r["name"]: r for r in template()["resources"]}["claimants"]
    field = next(f for f in shipped["schema"]["fields"] if f["name"] == "kind")
    return tuple(field["constraints"]["enum"])


#: "nepal's government" (a name key): a country's government by its possessive.
_POSSESSED_GOVERNMENT = re.compile(r"\A([a-z][a-z .-]{1,40}?)'s? government\Z")


def name_key(name: str) -> str:
    """Return how a name is compared with the register's names and aliases.

    "X's government" is compared as "government of X", the form a party's label or a
    registered name often takes (round 20's new user: "Nepal's government" beside the
    registered "Government of Nepal"; round 19's "Mali's government").

    >>> name_key("the  District Administration’s")
    "district administration's"
    >>> name_key("Nepal's government") == name_key("the Government of Nepal")
    True
    """
    name = _DETERMINER.sub("", " ".join(name.lower().replace("’", "'").split()))
    return _POSSESSED_GOVERNMENT.sub(r"government of \1", name)


def names_someone(name: str) -> bool:
    """Tell whether a name reads as a body's or a person's (its words, or a person's shape).

    >>> names_someone("Bangladesh's health ministry"), names_someone("Oska Tarn")
    (True, True)
    >>> names_someone("Preliminary figures"), names_someone("Initial")
    (False, False)
    """
    kinds = tuple(kind for kind, _ in KIND_WORDS)
    return guess_kind(name, "", (*kinds, "person")) != "official" or bool(
        re.search(rf"(?i)(?<![\w-])(?:{dict(KIND_WORDS)['official']})(?![\w-])", name)
    )


def guess_kind(name: str, side: str, kinds: Sequence[str]) -> str:
    """Return the register kind a speaker's name suggests, one of *kinds* (a proposal).

    >>> kinds = ("ministry", "official", "company", "person", "outlet", "ngo")
    >>> [guess_kind(n, "gov", kinds) for n in ("Bangladesh's health ministry", "Oska Tarn",
    ...  "Nodi Launch Services", "Bhola District Administration", "relatives (Bhola)")]
    ['ministry', 'person', 'company', 'official', 'official']
    """
    for kind, words in KIND_WORDS:
        if kind in kinds and re.search(rf"(?i)(?<![\w-])(?:{words})(?![\w-])", name):
            return kind
    words = name.split()
    if "person" in kinds and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return "person"  # a name of a person: "Oska Tarn", "Shahnaz Begum"
    fallback = KIND_BY_SIDE.get(side, "official")
    return fallback if fallback in kinds or not kinds else kinds[0]


class Proposals:
    """The claimants ingest proposes for the speakers an article names that the register lacks.

    A speaker is never given to another claimant, nor to the outlet as its own figure: its
    name as written (a party's cue word or label: the party's label; a description in lower
    case, "relatives": with its side's label, "relatives (Valdera Council)") is registered
    with the side the extractor read and a kind its words suggest, marked in ``notes`` as
    proposed (:data:`PROPOSED`), in the same change as the rows that use it. A name the
    register already holds (a claimant's name or alias, a speaker proposed before) is that
    claimant.
    """

    def __init__(self, rows: list[dict[str, str]], package: Any, where: str) -> None:
        self.where = where  # the article's file, for the notes
        self.kinds = tuple(package.resources["claimants"].field("kind").enum or ())
        parties = [p for p in package.descriptor.get("parties", []) if isinstance(p, dict)]
        self.labels = {str(p.get("id")): str(p.get("label") or p.get("id")) for p in parties}
        self.cues = {
            str(p.get("id")): {name_key(c) for c in [p.get("label", ""), *p.get("cues", [])]}
            for p in parties
        }
        self.ids = {r["claimant_id"] for r in rows}
        self.known: dict[str, str] = {}
        for r in rows:
            for name in [r["name"], *(r.get("aliases") or "").split(ALIAS_SEPARATOR)]:
                if name.strip():
                    self.known.setdefault(name_key(name), r["claimant_id"])
        self.new: list[dict[str, str]] = []
        #: The proposed claimants (an earlier ingest's or this one's), and how to say so.
        self.proposed = {
            r["claimant_id"]: f"proposed as claimant {r['claimant_id']} by an earlier ingest"
            for r in rows
            if (r.get("notes") or "").startswith(PROPOSED)
        }

    def party_name(self, written: str, side: str) -> str:
        """Return the party's label when *written* names the party itself, else "".

        A party's label or cue word ("Bangladesh", "the district administration"), also as
        the extractor names a party's government by it ("Peru (Government of Peru)",
        "Norland (government)"), stands for the party as a whole.
        """
        if side not in self.labels:
            return ""
        name = _DETERMINER.sub("", " ".join(written.split()))
        government = _government(name)
        label = self.labels[side]
        if government and government["label"] in (None, label, re.sub(r"(?i)\Athe ", "", label)):
            name = government["bare"]
        return self.labels[side] if name_key(name) in self.cues[side] else ""

    def claimant(self, written: str, side: str) -> tuple[str, str]:
        """Return the claimant_id for a speaker named *written* of *side*, and the row's note.

        ("", "") when the speaker cannot be registered (side ``unknown``, no name).
        """
        said = f"the text names '{written}' (side {side})"
        found = self.known.get(name_key(written))
        if found and found not in self.proposed:
            return found, f"{said}, a name of {found} in claimants.csv"
        label = self.labels.get(side) or ROLE_WORDS.get(side)
        if not found and (not written.strip() or not label):
            return "", ""
        name = _DETERMINER.sub("", " ".join(written.split()))
        if self.party_name(name, side):
            name = label  # "Bangladesh", "the district administration": the party's own body
        elif side in self.labels and (government := _government(name)):
            # "Lima (Government of Peru)": a place the party holds, for the party;
            # a label that says government already is not said twice
            again = "government" in label.lower().split()
            name = f"{government['bare']} ({label}{'' if again else ' government'})"
        elif not any(c.isupper() for c in name):
            name = f"{name} ({label})"  # "relatives": no one's name; its side in view
        found = found or self.known.get(name_key(name))
        if found and found not in self.proposed:  # "families": the party's registered body
            return found, f"{said}, the party {name!r}: {found} in claimants.csv"
        if found:
            return found, f"{said}, not in claimants.csv; {self.proposed[found]}: check it"
        plain = unicodedata.normalize("NFKD", name_key(name).replace("'", ""))
        stem = re.sub(r"[^a-z0-9]+", "_", plain.encode("ascii", "ignore").decode()).strip("_")
        if len(stem) > 40:  # cut at a word's end: "…_records", not "…_esmeraldas_g" (round 21)
            stem = stem[:41].rsplit("_", 1)[0] if "_" in stem[:41] else stem[:40]
        stem = stem.rstrip("_") or "speaker"
        claimant_id, n = stem, 1
        while claimant_id in self.ids:
            n += 1
            claimant_id = f"{stem}_{n}"
        self.ids.add(claimant_id)
        self.known[name_key(name)] = claimant_id
        self.proposed[claimant_id] = f"registered with this article as claimant {claimant_id}"
        self.new.append({
            "claimant_id": claimant_id, "name": name, "side": side,
            "kind": guess_kind(name, side, self.kinds), "aliases": "",
            "notes": f"{PROPOSED} for '{written}' (side {side}) in {self.where}: check its "
                     "name, side and kind, or give its rows to a registered claimant",
        })  # fmt: skip
        return (
            claimant_id,
            f"{said}, not in claimants.csv; {self.proposed[claimant_id]} "
            f"({name}, proposed): check it",
        )


def add_claimant(data: Path, row: dict[str, str]) -> Path:
    """Append *row* to the register after checking the folder with it; return the file.

    Holds the story's write lock and checks the whole folder as the change would
    leave it (:meth:`makiivka.story.store.Change.staged`); raises
    :class:`DataError` with every problem and writes nothing when it fails.
    """
    spec = load.read_package(data).resources["claimants"]
    with store.changing(data) as change:
        change.append_rows(spec.path, [row], spec.columns)
        with change.staged():
            problems = load.validate(data)
        if problems:
            raise DataError(problems)
    return data / spec.path


def add_aliases(data: Path, claimant_id: str, aliases: Sequence[str]) -> list[str]:
    """Add *aliases* to a registered claimant's; return its aliases as they now are.

    An alias it already has is kept once. Holds the story's lock and checks the folder as
    the change would leave it; raises :class:`DataError`, writing nothing, for an unknown
    claimant or an alias with ``|`` or bidirectional controls.
    """
    with store.changing(data) as change:
        register = load.read_tables(data)["claimants"]
        ids = register.frame["claimant_id"]
        if claimant_id not in set(ids):
            shown = paths.display(data / register.resource.path)
            raise DataError([Problem("ID", 1, 1, "", claimant_id, f"a claimant_id in {shown}")])
        problems = []
        for alias in aliases:
            if ALIAS_SEPARATOR in alias or not alias.strip() or describe_bidi(alias):
                problems.append(Problem("ALIAS", 1, 1, "", alias, _ALIAS_RULE))
        if problems:
            raise DataError(problems)
        row = int(ids.index[ids == claimant_id][0])
        old = [a for a in register.frame.at[row, "aliases"].split(ALIAS_SEPARATOR) if a]
        new = list(dict.fromkeys([*old, *(a.strip() for a in aliases)]))
        cells = {"aliases": ALIAS_SEPARATOR.join(new)}
        change.write(register.resource.path, register.with_cells(row, cells))
        with change.staged():
            problems = load.validate(data)
        if problems:
            raise DataError(problems)
    return new


_ALIAS_RULE = f"a name without {ALIAS_SEPARATOR} or bidirectional control characters"
