"""Find the speakers of a transcript's turns: "FIRASS ABIAD, HEALTH MINISTER: We have 2,800 …".

A broadcast, parliamentary or briefing transcript opens each speaker's turn with a label in
capitals and a colon — the name, then a role after a comma or in brackets ("SHRI MALLIKARJUN
KHARGE (Leader of the Opposition):", "THE MINISTER OF PARLIAMENTARY AFFAIRS (SHRI KIREN
RIJIJU):") — and names a speaker introduced once by surname only afterwards ("ABIAD:"). The
figures of a turn that no sentence of its own credits are that speaker's (blind set 8: a CNN
interview, a Rajya Sabha debate). A text is read as a transcript only when some speaker has
two turns: a dateline in capitals ("ISLAMABAD: At least 20 …") or a "BREAKING:" label opens
one paragraph and is no turn. The label's side comes from the register and the story's cue
words, read in the label's own words and in title case; a speaker the story gives no side
(the anchor, the chair) credits nothing, and the outlet speaks.

Written by hand: no library we know reads speaker labels out of plain-text transcripts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.cue import Cue
from makiivka.extract.sentences import Sentence
from makiivka.extract.speakers import Register

_CAPS_WORD = r"[A-Z][A-Z'’.-]*[A-Z.]"
#: A turn's label at the start of a paragraph: capitals, then a role after a comma or in
#: brackets, then a colon.
_LABEL = re.compile(
    rf"(?P<name>Q|{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,6}})"
    r"(?:,[ \t]*(?P<role>[^:\n]{2,80}?)|[ \t]*\((?P<inner>[^)\n]{2,80})\))?[ \t]*:[ \t]+(?=\S)"
)
#: A turn's label in title case, as the UN's briefing transcripts write them: a speaking
#: role, then the name the first time ("Spokesman Stéphane Dujarric:", "Spokesman:",
#: "Question:"; blind set 10). Only these roles open such a label: "Key figures:" or
#: "Source:" in title case head a list or credit, not a turn.
_TITLED_LABEL = re.compile(
    r"(?P<role>(?:Deputy\s+|Associate\s+)?(?:Spokes(?:man|woman|person)|Question|Questioner"
    r"|Answer|Moderator|Chair(?:man|woman|person)?))"
    r"(?P<name>(?:[ \t]+(?:[A-Z][\w'’.-]*))){0,4}?[ \t]*:[ \t]+(?=\S)"
)
#: A title in capitals the sentence splitter took for a sentence: "CDR. ", "LT. ".
_TITLE_ALONE = re.compile(r"[A-Z]{1,5}\.\s*")
#: Honorifics and titles that are no part of a name.
_HONORIFIC = re.compile(r"\A(?:(?:MR|MRS|MS|DR|SHRI|SMT|KUMARI|HON|PROF|SIR)\.?[ \t]+)+")
#: Words that label a paragraph without being a speaker: "BREAKING:", "UPDATE:".
_NOT_SPEAKER = re.compile(
    r"(?:BREAKING|UPDATE|UPDATED|LIVE|WATCH|READ|NOTE|EDITOR'?S NOTE|CORRECTION|SOURCE"
    r"|QUOTE|PHOTO|VIDEO|ADVERTISEMENT|FACT CHECK|CLAIM|VERDICT|RATING|SUMMARY)"
)
#: A role that makes the speaker the outlet's own journalist: "CNN ANCHOR", "… EDITOR".
_NEWSROOM = re.compile(
    r"(?i)(?<![\w])(?:anchor|presenter|host|editor|correspondent|reporter|journalist|moderator"
    r"|newsreader|newscaster)"
    r"(?![\w])"
)
#: A newsroom title right before a name: "Our correspondent Tanvir Chowdhury".
_NEWSROOM_BEFORE = re.compile(rf"{_NEWSROOM.pattern}[\s,]*\Z")
#: A label for a journalist's question at a briefing: "QUESTION (Reuters):", "Q:".
_ASKER = re.compile(r"(?i)Q|Question|Questioner|Journalist|Reporter|Audience")
_MINOR = frozenset(("of", "the", "and", "for", "in", "on", "at", "to", "a", "an"))
#: A capitalised given name or two before a surname, in the prose that introduces a speaker.
_GIVEN = r"(?:[A-Z][\w'’-]+[ \t]+){1,3}"


def is_newsroom(name: str) -> bool:
    """Tell whether a turn's label is the outlet's own journalist: "REPORTER", "NEWSREADER"."""
    return bool(_NEWSROOM.fullmatch(name))


def is_asker(name: str) -> bool:
    """Tell whether a turn's label is a journalist's question ("Q", "Question"), no speaker's."""
    return bool(_ASKER.fullmatch(name))


def _titled(words: str) -> str:
    """Return capitals in title case: "LEADER OF THE OPPOSITION" -> "Leader of the Opposition"."""
    out = []
    for i, word in enumerate(words.split()):
        low = word.lower()
        out.append(low if i and low in _MINOR else title_word(word))
    return " ".join(out)


def title_word(word: str) -> str:
    """Return a word in capitals in title case, each part of a hyphenated one too, as a cue
    writes it (blind set 23's "JEAN-BAPTISTE:" and "… PROSECUTOR-GENERAL'S OFFICE …").

    >>> title_word("JEAN-BAPTISTE"), title_word("PROSECUTOR-GENERAL'S")
    ('Jean-Baptiste', "Prosecutor-General's")
    """
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def _person(label: re.Match[str]) -> tuple[str, str]:
    """Return a label's speaker name and role, in title case.

    "THE MINISTER OF … (SHRI KIREN RIJIJU)": the bracket holds the name and the capitals the
    office; "FIRASS ABIAD, LEBANESE … MINISTER": the capitals name, the rest is the role.
    """
    name, role = label["name"], label["role"] or label["inner"] or ""
    if name.startswith("THE ") and label["inner"] and label["inner"].isupper():
        name, role = label["inner"], name
    name = _HONORIFIC.sub("", name)
    role = _titled(role) if role.isupper() else role
    return _titled(name), role


def _introduced_side(before: str, name: str, register: Register) -> str:
    """Return the side of the prose that last introduced a label's speaker, or "unknown".

    An anchor introduces a guest once in full, with the title that gives the side ("Joining
    us is Dr. Salman Zarka, director of Ziv Medical Center."), and the transcript labels the
    guest's turns by surname alone ("ZARKA:"); the introduction's words are read for the side
    the story's cue words give them (blind set 9: a broadcast interview).
    """
    # A full name needs no given name before it: "Jacques Durieux, you are a volcanologist"
    # introduces "JACQUES DURIEUX:" (blind set 23); a label ("Spokesman X:") introduces no one.
    given = f"(?:{_GIVEN})?" if " " in name else _GIVEN
    found = list(re.finditer(rf"(?<![\w-]){given}{re.escape(name)}\b(?!:)[^.\n]*", before))
    if not found:
        return "unknown"
    if _NEWSROOM_BEFORE.search(before, 0, found[-1].start()):
        return "unknown"  # "Our correspondent Tanvir Chowdhury is in Ashulia.": the outlet's own
    return register.sides.side_of(found[-1][0])


def find_turns(text: str, sentences: list[Sentence], register: Register) -> dict[int, Cue]:
    """Return the turn each paragraph of a transcript opens, by its first sentence's index.

    The cue spans the label; its name is the speaker's (the name an earlier label gave in
    full, for a surname alone), its side the register's or the story's cue words' for the
    name and role together ("unknown" for the anchor, the chair: no credit). Empty when the
    text is no transcript.
    """
    labels: list[tuple[int, re.Match[str], str, str]] = []
    for i, s in enumerate(sentences):
        start, first_index = s.start, i
        if i and sentences[i - 1].line == s.line:
            # "CDR. R. SREEKUMAR (INDIAN NAVY):" split after its title: the label opens there
            title = sentences[i - 1]
            first = i < 2 or sentences[i - 2].line != s.line
            if not (first and _TITLE_ALONE.fullmatch(text, title.start, s.start)):
                continue
            start, first_index = title.start, i - 1
        if s.voice != "body":
            continue
        m = _LABEL.match(text, start, s.end)
        if m and not _NOT_SPEAKER.fullmatch(m["name"]):
            labels.append((first_index, m, *_person(m)))
            continue
        m = _TITLED_LABEL.match(text, s.start, s.end)
        if m:  # "Spokesman Stéphane Dujarric:": the name, else the role, names the speaker
            name = (m["name"] or "").strip()
            labels.append((i, m, name or m["role"], m["role"] if name else ""))
    surnames = [name.split()[-1] for _, _, name, _ in labels if name]
    if len(labels) < 2 or (len(labels) < 3 and all(surnames.count(n) < 2 for n in surnames)):
        return {}  # one dateline ("NEW DELHI:") or two labels are no transcript; three are
    turns: dict[int, Cue] = {}
    full: dict[str, Cue] = {}  # a speaker's first turn in full, by surname and by role
    for i, m, name, role in labels:
        if not name or (register.places is not None and register.places.fullmatch(name)):
            continue
        known = full.get(name)
        if known is not None and not role:  # "PETROV:" after "IVAN PETROV, … MINISTER:"
            turns[i] = replace(known, start=m.start(), end=m.end())
            continue
        claimant, found, side = register.name(name, 0, len(name))
        if not claimant and (_NEWSROOM.search(role) or _ASKER.fullmatch(name)):
            side = "unknown"  # the outlet's own journalist: its own voice
        elif not claimant:
            both = f"{name}, {role}" if role else name
            side = register.sides.side_of(both)
            if side == "unknown":  # "ZARKA:" after "… is Dr. Salman Zarka, director of …"
                side = _introduced_side(text[: m.start()], name, register)
        cue = Cue(m.start(), m.end(), claimant, found if claimant else name, side, False)
        turns[i] = replace(cue, form="turn")
        if " " in name:
            full.setdefault(name.split()[-1], turns[i])
            if role and m.re is _TITLED_LABEL:
                full.setdefault(role, turns[i])  # "Spokesman:" after "Spokesman Ana Lund:"
    return turns
