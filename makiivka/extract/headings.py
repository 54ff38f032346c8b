"""Find the headings that credit the lines under them: a statement's or a post's author.

Official texts published by a party itself, and pages that gather such texts, name their
author in a line of its own rather than in a sentence: "HELLENIC COAST GUARD / Press release,
14 June, 19:30" atop a release, "Jordan, Ministry of Foreign Affairs, Sunday 16 June" atop
each statement of a compilation, "Ihor Klymenko, Minister of Internal Affairs, 15:47" atop
each post. The figures under such a heading that no sentence credits are the author's, and
"the ministry" or "the society's hajj team" under it stands for the author (the corpus
conventions: texts credited only by a heading line, position ``across``).

A heading is a line without closing punctuation whose first part is a name (capitalised
words, or a line in capitals), the rest only dates, times, roles and words for the medium
("news release", "on Telegram", "translated from Greek"), and whose name the story's words
give a party's or the third party's side. It credits the lines after it until the next
heading that names someone. A headline ("Toll rises to 137") has a figure or a verb, a
place alone ("Kostiantynivka, 6 September") names no author, and a byline names an outlet's
own people: none of them is a heading. Everything here is written by hand: heading detection
is layout reading no library we could find does for plain text, and it must stay tied to
the story's cue words.
"""

from __future__ import annotations

import re

from makiivka.extract.cue import Cue
from makiivka.extract.sentences import Sentence
from makiivka.extract.speakers import Register
from makiivka.extract.turns import title_word
from makiivka.text.date_phrases import MONTH
from makiivka.text.zones import FIXED_ZONES, ZONES

#: The zone abbreviations reporters write ("GMT", "MSK"): the zone vocabulary's, in capitals.
_ZONE_WORDS = "|".join(
    sorted(
        (z.upper() for z in (*ZONES, *FIXED_ZONES) if z.isalpha() and len(z) <= 4),
        key=len,
        reverse=True,
    )
)
#: The longest heading, in words.
HEADING_MAX_WORDS = 16
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
#: Dates, times and day words a heading may carry beside its name.
_WHEN = re.compile(
    rf"(?i)(?<![\w])(?:\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?\s?m\b\.?)?|\d{{1,2}}\s*[ap]\.?\s?m\b\.?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)|(?:19|20)\d{{2}}(?!\d)"
    rf"|{MONTH}|(?:{_DAYS})\b\.?|today|tonight"
    rf"|yesterday|morning|afternoon|evening|night|noon|midnight|as\s+of|local\s+time"
    rf"|(?-i:[A-Z]{{1,3}}[DS]?T|{_ZONE_WORDS})\b)"
)
#: Words for what the text is and where it was posted.
_MEDIUM = re.compile(
    r"(?i)(?<![\w])(?:(?:official\s+)?(?:news|press|media)\s+releases?|press\s+statements?"
    r"|statements?|communiqu[eé]s?|bulletins?|updates?|announcements?|notices?|briefings?"
    r"|(?:press\s+)?notes?|posts?|posted|(?:official\s+)?(?:telegram|facebook|x|twitter|website|vk)(?:\s+(?:channel"
    r"|page|account))?|channel|on|via|by|in|at|of|the|translated(?:\s+from\s+\w+)?"
    r"|situation|official)(?![\w])"
)
#: What a name may open with or close on that is not the name: "Communiqué of the …".
_LEADING = re.compile(
    r"(?i)\A(?:(?:official\s+)?(?:news\s+|press\s+)?(?:release|statement|communiqu[eé]"
    r"|bulletin|announcement|update)s?\s+(?:of|by|from)\s+(?:the\s+)?)"
)
_TRAILING = re.compile(
    r"(?i)\s+(?:(?:official\s+)?(?:news|press|media)\s+releases?|press\s+statements?"
    r"|statements?|communiqu[eé]s?|bulletins?|updates?|(?:telegram|facebook)(?:\s+channel)?)\Z"
)
#: Lower-case words a name may hold between its capitalised words.
_CONNECTORS = frozenset(("of", "the", "and", "for", "on", "de", "del", "la", "al", "el", "du"))
_NAME_WORD = re.compile(r"[A-Z][\w'’.&-]*|[A-Z]{2,}[\w'’-]*|[a-z]+-[A-Z][\w'’-]*")
#: Words that make a line a byline or an outlet's own heading, not an author's.
_BYLINE = re.compile(
    r"(?i)\A\s*by\s|(?<![\w])(?:reporter|correspondent|editor|journalist|staff\s+writer"
    r"|news\s+desk|live\s+blog|live\s+updates?)(?![\w])"
    r"|\s[–—-]\s+live\s*\Z"  # "Bloody Sunday: Saville report published – live" (blind set 25)
)
#: A title that says the text is a release: "Situation bulletin: …", "Press release".
_RELEASE_TITLE = re.compile(
    r"(?i)(?<![\w])(?:bulletin|press\s+(?:release|note)|news\s+release|communiqu[eé]|situation\s+report"
    r"|sitrep|official\s+statement|briefing)(?![\w])"
)
#: A title that names a statement's author (blind set 22): "Statement of the regional public
#: organisation … "Nord-Ost" on the tenth anniversary …".
_STATEMENT_OF = re.compile(
    r"(?:Joint\s+)?(?:Statement|Communiqu[eé]|Declaration|Appeal|Open\s+letter)\s+(?:of|by|from)\s+"
    r"(?:the\s+)?([^\n]{3,160}?)\s+(?:on|regarding|concerning|about|in\s+connection\s+with)\s"
)
#: A release's closing line that names its issuer: "Issued by: Information Department,
#: Gandhinagar." (blind set 20: a state government's press note in translation).
_ISSUED_BY = re.compile(
    r"(?im)^[ \t]*(?:issued|released|published)\s+by\s*:?\s+([^\n]{3,80}?)\.?[ \t]*$"
)
#: The capitalised name a sentence opens on: "The Civil Defense of Rio Grande do Sul gives".
_OPENING_NAME = re.compile(
    r"(?:The\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:of|the|and|for|do|de|da|del|la|al)?\s*"
    r"[A-Z][\w'’.&-]*){0,7})"
)
#: Head nouns of a body named in lower case after a capitalised word ("Jordanian foreign ministry").
_BODY_HEAD = re.compile(
    r"(?i)\A(?:ministry|council|committee|service|office|police|department|government"
    r"|administration|authority|agency|commission|command|army|forces|society|secretariat"
    r"|headquarters|institute|embassy|hospital|court|presidency)\Z"
)
#: An author the story's words give no side: a body by its head noun, or a person's name.
_INSTITUTION = re.compile(
    r"(?i)(?<![\w])(?:ministry|council|committee|service|office|police|department|government"
    r"|administration|authority|agency|commission|command|army|forces|society|secretariat"
    r"|crescent|cross|organi[sz]ation|federation|guard|staff|directorate|bureau|mission"
    r"|defen[cs]e|protection|emergenc(?:y|ies)|rescue|headquarters|institute|cent(?:re|er)"
    r"|task\s+force|unit|court|inspectorate|municipality|prefecture|governorate|presidency"
    r"|parliament|embassy|consulate|hospital|prosecutor['’]?s?)(?![\w])"
)
#: The words of a report's section headings (a situation report's "Key Figures").
_SECTION = re.compile(
    r"(?i)(?:(?:key|situation|general|humanitarian|latest|main|response|funding|background"
    r"|context|overview|highlights?|figures?|summary|needs|gaps|access|health|protection"
    r"|shelter|food|security|education|nutrition|logistics|coordination|updates?|analysis"
    r"|outlook|recommendations?|the|and|of|&)\s*)+"
)
_PERSON = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")
_PARTS = re.compile(r"\s*(?:,|—|–|\s-\s|:(?!\d)|\|)\s*")
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def find_headings(text: str, sentences: list[Sentence], register: Register) -> dict[int, Cue]:
    """Return the sentences that are author headings, by index, each with a cue for its author.

    *sentences* are the article's (:func:`makiivka.extract.sentences.split_sentences`); only
    a line that is one sentence in a headline's or caption's voice can be a heading. The cue
    has ``form="heading"``, the author's name (the part with an institution or a person, see
    :func:`_name`) and its side from the register or the story's cue words.

    >>> from makiivka.extract.speakers import register_from
    >>> from makiivka.extract.sentences import split_sentences
    >>> reg = register_from([], {"parties": [{"id": "north", "cues": ["Coast Guard"]}]})
    >>> text = "COAST GUARD\\nPress release, 14 June, 19:30\\n\\n79 dead have been recovered."
    >>> [(i, c.name, c.side) for i, c in find_headings(text, split_sentences(text), reg).items()]
    [(0, 'Coast Guard', 'north')]
    """
    found: dict[int, Cue] = {}
    first_body = next((i for i, s in enumerate(sentences) if s.voice == "body"), None)
    for i, s in enumerate(sentences):
        if s.voice not in ("headline", "caption"):
            continue
        if (i > 0 and sentences[i - 1].line == s.line) or (
            i + 1 < len(sentences) and sentences[i + 1].line == s.line
        ):
            continue  # a line of several sentences is prose, not a heading
        cue = _heading(text, s, register)
        if cue is not None and found and _is_stamp(text, sentences[max(found)], s):
            continue  # "20 April, 10:00, Town Hall" under the author: where it was given
        if cue is not None:
            found[i] = cue
    if first_body is not None and not any(i < first_body for i in found):
        titled = [
            i
            for i in range(first_body)
            if _RELEASE_TITLE.search(text, sentences[i].start, sentences[i].end)
        ]
        cue = _opening_author(text, sentences[first_body], register) if titled else None
        cue = cue or (_issuer(text, register) if titled else None)
        if cue is not None:
            found[titled[0]] = cue
    opened = first_body and not any(i < first_body for i in found)
    if opened and (m := _STATEMENT_OF.match(text, sentences[0].start)):
        side = register.side_of(m[1])  # "Statement of the … organisation "Nord-Ost" on the …"
        if side not in ("unknown", "media", "third_party"):
            found[0] = _author_cue(m.start(1), m.end(1), m[1], side, register)
    return found


def _is_stamp(text: str, author: Sentence, s: Sentence) -> bool:
    """Tell whether line s opens on a date or a time in the author heading's stack of lines.

    "Harbour Emergency Headquarters" / "Briefing on the flood" / "20 May, 10:00, Town Hall":
    the name after the date is where the briefing was given, not another author.
    """
    stamp = _WHEN.match(text, s.start)
    between = text[author.end : s.start]
    return stamp is not None and "\n\n" not in between.replace(" ", "")


def _opening_author(text: str, s: Sentence, register: Register) -> Cue | None:
    """Return the body a titled release opens on as its subject, when it has a party's side.

    "Situation bulletin: heavy rains" over "The Civil Defense of the State gives the updated
    situation …": the bulletin is the Civil Defense's (a release that names its author in
    its first sentence rather than in a heading).
    """
    m = _OPENING_NAME.match(text, s.start, s.end)
    if m is None or not _INSTITUTION.search(m[1]):
        return None
    side = register.side_of(m[1])
    if side in ("unknown", "media", "third_party") and register.lookup(m[1]) is None:
        return None
    return Cue(m.start(1), m.end(1), "", m[1], side, False, form="heading")


def _issuer(text: str, register: Register) -> Cue | None:
    """Return the issuer a titled release names in its closing line, when it has a party's side.

    "Press note: earthquake relief …" ending "Issued by: Information Department, Gandhinagar.":
    the note is the department's, of the party holding that city (blind set 20).
    """
    m = _ISSUED_BY.search(text)
    if m is None:
        return None
    side = register.side_of(m[1])
    if side in ("unknown", "media"):
        return None
    return _author_cue(m.start(1), m.end(1), m[1], side, register)


def _author_cue(a: int, b: int, name: str, side: str, register: Register) -> Cue:
    """Return the heading cue of an author named at text[a:b]: the registered claimant and its
    side when the register knows the name, else *side* (the story's words give it)."""
    claimant = register.lookup(name)
    cid = claimant.claimant_id if claimant is not None else ""
    if claimant is not None and name.lower() == claimant.name.lower():
        name = claimant.name  # "MONUSCO" as registered, not the heading's "Monusco"
    return Cue(a, b, cid, name, claimant.side if claimant else side, False, form="heading")


def _heading(text: str, s: Sentence, register: Register) -> Cue | None:
    """Return the cue of an author heading, or None when the line is not one."""
    line = text[s.start : s.end]
    if len(line.split()) > HEADING_MAX_WORDS or _BYLINE.search(line):
        return None
    parts = [p for p in _PARTS.split(_PARENS.sub(" ", line)) if p.strip()]
    if not parts:
        return None
    names = []
    for k, part in enumerate(parts):
        rest = _WHEN.sub(" ", part)
        if re.search(r"\d", rest):
            return None  # a figure: a headline, not a heading
        if not _MEDIUM.sub(" ", rest).strip():
            continue  # a date, a time or the medium
        name = _name(part)
        if name is None:
            if k == 0:
                return None  # a heading opens with its author's name
            continue  # a role in words: "head of the regional administration"
        names.append(name)
    if not names:
        return None
    if any(len(n.split()) >= 4 and _HEADLINE_WORD.search(n) for n in names):
        return None  # "Ten Years On, Katrina's Death Toll Is Still Uncertain": a headline
    # a registered claimant's one-word name heads its own release: "MONUSCO" (user 24b)
    name = next((n for n in names if _is_author(n) or register.lookup(n) is not None), "")
    places = (register.sides.places, register.places)
    place = any(p is not None and p.fullmatch(name) for p in places)
    if not name or place or _HEADLINE_WORD.search(name):
        return None  # "Sri Lanka: Cardinal … celebrates Mass", "Trump's False Claim About …"
    # "Tunisia, Ministry of Religious Affairs": the country before the body decides its side.
    side = register.side_of(", ".join(names[: names.index(name) + 1]))
    if side == "media" or register.sides.unnamed(name):
        return None
    if side == "unknown" and not (_INSTITUTION.search(name) or _PERSON.fullmatch(name)):
        return None
    if side == "unknown" and _WHEN.search(name):
        return None  # "Bloody Sunday", "Black Saturday": a day's name is no person's
    if side == "unknown" and _SECTION.fullmatch(name):
        return None  # "KEY FIGURES", "SITUATION OVERVIEW": a report's section, no author
    if register.sides.side_basis(name)[1] == "place" and not _INSTITUTION.search(name):
        return None  # "Harbour City: 12 dead": a place is a topic, not an author
    if names[0] != name and len(names[0].split()) == 1:
        name = f"{name} ({names[0]})"
    a = text.find(name, s.start, s.end)
    a, b = (a, a + len(name)) if a >= 0 else (s.start, s.end)
    return _author_cue(a, b, name, side, register)


def _name(part: str) -> str | None:
    """Return the name a heading's part is (capitals fixed), or None when it is not a name.

    >>> _name("COMMUNIQUÉ OF THE GENERAL STAFF OF THE ARMED FORCES"), _name("on the massacre")
    ('General Staff of the Armed Forces', None)
    """
    bare = _TRAILING.sub("", _LEADING.sub("", part.strip())).strip(" .")
    if bare.isupper():
        bare = " ".join(
            w.lower() if w.lower() in _CONNECTORS else title_word(w) for w in bare.split()
        )
        bare = _TRAILING.sub("", _LEADING.sub("", bare)).strip(" .")
    words = bare.split()
    if not words or words[0].lower() in _CONNECTORS:
        return None
    if all(_NAME_WORD.fullmatch(w) or w in _CONNECTORS for w in words):
        return bare
    if _NAME_WORD.fullmatch(words[0]) and _BODY_HEAD.search(words[-1]) and len(words) <= 4:
        return bare  # "Jordanian foreign ministry"
    return None


def _is_author(name: str) -> bool:
    """Tell whether a name can author a text: an institution, or a person's full name.

    A single word ("Norland", "Lowtown") is a topic or a place, not an author; a
    report's title ("Northern Offensive Campaign Assessment") names what the outlet
    publishes, not who speaks.
    """
    return len(name.split()) > 1 and not _REPORT_TITLE.search(name)


#: Words of a headline in title case, never of an author's name ("… About the Death Toll").
_HEADLINE_WORD = re.compile(
    r"(?i)(?<![\w-])(?:toll|claims?|dead|deaths?|killed|about|says?|amid|attacks?|crimes?"
    r"|massacres?|bombings?|strikes?|airstrikes?|shelling|blasts?|explosions?|wounded|injured"
    r"|missing|fires?|floods?|flooding|earthquakes?|quakes?|collapses?|crash(?:es)?|stampedes?"
    r"|crush(?:es)?|shipwrecks?|landslides?|cyclones?|hurricanes?|storms?|killings?|no|not"
    r"|needed|justice)(?![\w-])"  # "Uganda: No Justice for Kasese Killings" (blind set 22)
)
#: The last word of a report's title: the publisher's own series, not an author.
_REPORT_TITLE = re.compile(
    r"(?<![\w-])(?:Assessment|Report|Update|Bulletin|Review|Brief|Briefing|Digest|Summary"
    r"|Analysis|Newsletter|Factsheet|Tracker)\Z"
)
