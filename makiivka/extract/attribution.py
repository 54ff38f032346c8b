"""Find who states each figure: attribution cues, their speakers, and the claimants register.

A cue is "according to X", "X said/claims/raised…", "…, said X", or an anaphor ("the statement
said", "he said", "It also raised") that carries the last named speaker into a later sentence.
Names map to a claimant_id through the register's aliases (longest first: "Northern Defence
Ministry" is not a shorter alias "Defence Ministry"); a name not in the register keeps its text
and gets a side from the story's cue words and places (:mod:`.speakers`), else ``unknown``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from makiivka.extract.appositions import relative_only
from makiivka.extract.cue import Cue, named
from makiivka.extract.entities import PERSON_HEADS
from makiivka.extract.factcheck import CLAIM_PREFIX, claim_cue
from makiivka.extract.prefixes import is_topic, speaker_comma
from makiivka.extract.relays import cited_figures, merge_relays, relay_cues, told_pronouns
from makiivka.extract.speakers import Claimant, Register, load_register, register_from
from makiivka.extract.subjects import _CLOSES, _clause_subject, _inverted, _subject

__all__ = ["Claimant", "Cue", "Register", "find_cues", "load_register", "register_from"]

from makiivka.extract import speech_objects as objects
from makiivka.extract.speech import (  # noqa: F401 (the patterns are part of this API)
    _ACCORDING,
    _ACCORDING_NAME,
    _AFTER_ALIAS,
    _AGENT,
    _AGENT_WORD,
    _ANAPHOR_BEFORE,
    _ANAPHOR_NAME,
    _CITED_BY,
    _CITING,
    _COUNT_FIGURE,
    _DESCRIBED,
    _ESTIMATES_BY,
    _HEADLINE_COLON,
    _HEADLINE_DASH,
    _INVERTED,
    _MODIFIER,
    _NAME_AFTER,
    _NAME_BEFORE,
    _NOT_SPEECH_AFTER,
    _NOUN_BEFORE,
    _OF_FIGURE,
    _OWN_BEFORE,
    _POSSESSIVE,
    _QUOTED_AS,
    _SENTENCE_WORD,
    _SOURCE_OF,
    _SPOKESMAN_FOR,
    _TERMINAL_STOP,
    _VERB,
    ANAPHORS,
    COUNT_AT,
    DATE_WORD,
    DENIALS,
    FIGURE_KEPT,
    NAMED_FIGURE,
    OWNED_ESTIMATE,
    PASSIVE_BEFORE,
    RELAY_VERBS,
    SPEECH_VERBS,
)

#: "Reports: …" credits unnamed reports (side unknown); "Claim: …" is read in factcheck.py.
_UNNAMED_PREFIX = re.compile(r"(?i)(?:unconfirmed\s+|early\s+)?(?:reports?|sources?)")


def find_cues(text: str, start: int, end: int, register: Register) -> list[Cue]:
    """Return the attribution cues of one sentence, in order.

    >>> r = load_register()
    >>> s = "The Ukrainian government claims that 400 soldiers were killed"
    >>> [(c.claimant, c.side) for c in find_cues(s, 0, len(s), r)]
    [('ukraine_military', 'ukraine')]
    >>> s = "Pavel Gubarev, a former senior official in Russia's proxy government, said that"
    >>> [(c.claimant, c.name) for c in find_cues(s, 0, len(s), r)]
    [('gubarev', 'Pavel Gubarev')]
    >>> s = "“We have 400 dead,” the statement said."
    >>> [(c.anaphor, c.name) for c in find_cues(s, 0, len(s), r)]
    [(True, 'the statement')]
    """
    cues = []
    bullet = _BULLET.match(text, start, end)  # "- Amnesty: at least a dozen": a list item
    colon = _HEADLINE_COLON.match(text, bullet.end() if bullet else start, end)
    # "General Staff: Russia has lost …" names a speaker; "Ukraine: Around 400 …" a place.
    claim = colon if colon and CLAIM_PREFIX.fullmatch(colon[1]) else None
    if claim:
        pass  # a fact check's claim: its own cues, else who the fact check says made it (below)
    elif colon and _UNNAMED_PREFIX.fullmatch(colon[1]):  # "Reports: …" credits unnamed reports
        cues.append(Cue(start, colon.end(1), "", colon[1], "unknown", False, form="headline"))
    elif colon and not is_topic(colon[1], register):
        cue = named(text, start, colon.end(1), colon.start(1), colon.end(1), register)
        cues.append(replace(cue, form="headline"))
    dash = _HEADLINE_DASH.search(text, start, end)
    if dash and not _TERMINAL_STOP.search(text, start, end):
        cue = named(text, dash.start(1), end, dash.start(1), dash.end(1), register)
        if cue.claimant or cue.side != "unknown" or _AGENT_WORD.search(cue.name):
            cues.append(replace(cue, form="headline"))
    if (comma := speaker_comma(text, start, end, register)) is not None:
        cues.append(comma)  # "Abruzzo earthquake: Berlusconi, at least 150 dead" (ANSA)
    trail = _HEADLINE_TRAIL.search(text, start, end)
    if trail and not colon and not _TERMINAL_STOP.search(text, start, end):
        # "At least 56 killed in shelling of the market: medics" credits its last words.
        cue = named(text, trail.start(1), end, trail.start(1), trail.end(1), register)
        if cue.claimant or cue.side != "unknown" or _AGENT_WORD.search(cue.name):
            cues.append(replace(cue, form="headline"))
    for m in _ACCORDING.finditer(text, start, end):
        name = _ACCORDING_NAME.match(text, m.end(), end)
        if name is not None and not _NO_SOURCE.match(text, m.end()):
            cues.append(_according(text, m.start(), m.end(), name.end(), register))
    for m in _CAME_FROM.finditer(text, start, end):
        name = _ACCORDING_NAME.match(text, m.end(), end)
        if name is not None:
            cue = _according(text, m.start(), m.end(), name.end(), register)
            cues.append(replace(cue, start=m.end(), end=name.end()))
    claims = objects.CLAIM_BY.finditer(text, start, end)  # "a claim by X that 500 …"
    published = objects.FIGURE_BY.finditer(text, start, end)  # "the figure of 108 broadcast by X"
    given = objects.FIGURE_THAT.finditer(text, start, end)  # "the estimate of 2,000 that X gave"
    for m in itertools.chain(_ESTIMATES_BY.finditer(text, start, end), claims, published, given):
        cue = named(text, m.start(), m.end(), m.start(1), m.end(1), register)
        cues.append(replace(cue, source=True))
    cues.extend(relay_cues(text, start, end, register))
    for m in OWNED_ESTIMATE.finditer(text, start, end):
        owner = _OWNER_MARK.sub("", m[1])
        if owner.lower() in ("their", "his", "her", "its"):
            cues.append(Cue(m.start(), m.end(), "", owner, "unknown", True, source=True))
        elif not _SENTENCE_WORD.fullmatch(owner):
            a = m.start(1)
            cue = named(text, m.start(), m.end(), a, a + len(owner), register)
            cues.append(replace(cue, source=True, form="owned"))
    for m in itertools.chain(_POSSESSIVE.finditer(text, start, end), COUNT_AT.finditer(
            text, start, end), NAMED_FIGURE.finditer(text, start, end)):  # fmt: skip
        clause = max(start, text.rfind(":", start, m.start()) + 1)  # "… says: X's figure was 81"
        if m.groupdict().get("is") and _VERB.search(text, clause, m.start()):
            continue  # "X said the government's count was 270": X's statement
        if not _NOUN_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            cue = named(text, m.start(), m.end(), m.start(1), m.end(1), register)
            if m.re is not _POSSESSIVE and not (cue.claimant or cue.side != "unknown"):
                continue  # "the Tuesday figure of 12": no owner
            cues.append(replace(cue, source=True, form="possessive"))
    # "A police official quoted by Reuters says": the verb is the relayed source's.
    according = [(c.start, c.end) for c in cues if c.form == "according" or c.relayed_by]
    for m in _VERB.finditer(text, start, end):
        if _NOT_SPEECH_AFTER.match(text, m.end(), end):
            continue
        if (m[0] in ("report", "reports") and _VERB.match(text, m.end() + 1, end)) or (
            m[0] in ("claims", "reports") and _UNNAMED_SAYING.match(text, m.start(), end)
        ):
            continue  # "Initial reports say about 200", "claims spread online that": nouns
        if any(a <= m.start() < b for a, b in according):
            continue  # "according to updated figures": an adjective of the source
        if m[0] in ("ordered", "instructed", "admitted") and objects.ORDERED_PEOPLE.match(
            text, m.end(), end
        ):
            continue  # "has ordered some 1 million people to move south": whom, not a claim
        if m[0][:4] in ("spok", "spea") and not _OF_FIGURE.match(text, m.end(), end):
            continue  # "spoke only of 'dozens' killed" gives a figure; "spoke to" does not
        if m[0] == "accused" and _OF_AFTER.match(text, m.end(), end):
            continue  # "residents he accused of using voodoo": whom he accused, no figure
        if m[0] in ("gave", "given") and not _GIVEN_FIGURE.match(text, m.end(), end):
            continue  # "has given 471 deaths" states a figure; "gave birth", "given that" do not
        if _NOUN_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            continue
        if m[0] in ("put", "puts") and not _PUT_FIGURE.match(text, m.end(), end):
            continue  # "Who decided to put hundreds of people in one building?": no estimate
        if m[0] in ("kept", "keeps") and not _KEPT_FIGURE.match(text, m.end(), end):
            continue  # "had kept the toll at 115" states it; "kept 40 people in a gym" does not
        if m[0] in ("quoted", "cited") and _BY_AFTER.match(text, m.end(), end):
            continue  # ", quoted by X,": X relays the source named before (_CITED_BY)
        passive = PASSIVE_BEFORE.search(text, max(start, m.start() - 30), m.start())
        if passive and not m[0].endswith("ing"):  # "have been broadcasting": active
            continue  # "were initially reported dead": what is reported, not who reports it
        # "…, said Ivo Brandt, the head of the city": the name after the verb, when it has one.
        inverted = _inverted(text, start, end, m, register)
        closes = inverted is not None and _CLOSES.match(text, inverted.end, end)
        cue = inverted if closes and not inverted.anaphor else None
        cue = cue or _subject(text, start, m, register) or inverted
        if cue is None or (m[0].startswith("show") and cue.side == "unknown"):
            continue  # "Graphic videos showed …": footage is not a speaker
        if m[0] == "count" and not _COUNT_FIGURE.match(text, m.end(), end):
            continue  # "observers count 92 bodies" counts; "the final count stands at" is a noun
        if m[0] == "found" and (
            cue.name[:1].isdigit() or _FOUND_NOTHING.match(text, cue.start - 2)
        ):
            continue  # "…, 64 survivors found", "the bodies they have found.": no finding
        if _NO_SUBJECT.search(cue.name):
            continue  # "Responding to reports that …": "reports" is a noun, no one reports
        if (
            m[0] in ("published", "released", "issued")
            and _AFTER_COMMA.search(text, max(start, m.start() - 3), m.start())
            and _WHEN_AFTER.match(text, m.end(), end)
        ):
            continue  # "close to 600, published in May": a participle, no one publishing
        if DENIALS.fullmatch(m[0]):
            cue = replace(cue, denial=True)
        quoted = _QUOTED_AS.match(text, m.end(), end) if m[0] in RELAY_VERBS else None
        if quoted:
            relay = cue.name
            cue = named(text, cue.start, quoted.end(), quoted.start(1), quoted.end(1), register)
            cue = replace(cue, relayed_by=relay)
        cues.append(cue)
    for m in _ITS_FIGURE.finditer(text, start, end):
        # "Does the UN stand by its count of 140?": the owner named before it in the sentence
        owners = [o for p in (register.pattern, register.sides.cues)
                  for o in p.finditer(text, start, m.start())]  # fmt: skip
        speakers = [c for c in cues if c.end <= m.start() and not c.source]
        if speakers:  # "X said … raising its earlier toll of 63": the speaker's own
            cue = replace(speakers[0], start=m.start(), end=m.end())
        elif owners:
            o = max(owners, key=lambda o: (o.end(), o.end() - o.start()))
            cue = named(text, m.start(), m.end(), o.start(), o.end(), register)
        else:
            cue = Cue(m.start(), m.end(), "", m[1], "unknown", True)
        cues.append(replace(cue, source=True, form="possessive"))
    asked = _ASKED_ABOUT.finditer(text, start, end)  # "Asked about reports that 200 …"
    for m in itertools.chain(_UNNAMED_SAYING.finditer(text, start, end), asked):
        # "including posts claiming that more than 1,000 people had died": the posts claim it
        if not any(c.start <= m.start() < c.end for c in cues):
            cue = Cue(m.start(1), m.end(), "", m[1], "unknown", False, described=True)
            cues.append(replace(cue, form="claiming"))
    for m in _PROGRESSIVE.finditer(text, start, end):
        # "the Houthi authorities are now saying 213 died", "the agency is reporting …"
        cue = _subject(text, start, m, register)
        if cue is not None and not any(c.start <= m.start() < c.end for c in cues):
            cues.append(cue)
    compared = [c for c in cues if not c.source and objects.COMPARED.search(text, start, c.start)]
    cues = sorted((c for c in cues if c not in compared), key=lambda c: c.start)  # "than X says"
    for m in _PARTICIPLE.finditer(text, start, end):
        # "…, blamed Ukraine, saying that its forces fired six rounds": the subject speaks.
        before = [c for c in cues if c.end <= m.start() and not c.source]
        if before:
            cues.append(replace(before[-1], start=m.start(), end=m.end(), denial=False))
        elif m[0].endswith("telling"):
            # "Kerry … pressed the committee …, telling senators that …" (set 12): he tells it
            opening = _OPENING_VERB.match(text, start, m.start())
            cue = opening and _clause_subject(text, start, opening[1] + " ", m, register)
            if cue and not cue.anaphor and not cue.own:
                cues.append(replace(cue, start=m.start(), end=m.end(), denial=False))
    cues.sort(key=lambda c: c.start)
    if claim and not cues:
        cues.append(claim_cue(text, start, end, claim.end(1), register))
    cues = [c for c in cues if not _COMPARED.search(c.name) and not relative_only(text, c, cues)]
    cues = cited_figures(text, start, end, cues, register)
    return told_pronouns(text, merge_relays(text, start, end, cues, register))


def _according(text: str, start: int, name_start: int, end: int, register: Register) -> Cue:
    """Return the cue of "according to X": X's name, the source inside it, who relays it."""
    phrase = text[name_start:end].strip()
    if _OUR_OWN.match(phrase):  # "according to our information": the outlet's own voice
        return Cue(start, end, "", "", "media", False, own=True, source=True, form="according")
    if _ANAPHOR_NAME.fullmatch(phrase):
        return Cue(start, end, "", phrase, "unknown", True)
    if objects.BARE_DATA.fullmatch(phrase) and register.sides.cue_side(phrase) is None:
        # "According to preliminary data, 14 died" (see data_cue); a story whose party's cue is
        # "official count" names its publisher (blind set 24).
        return objects.data_cue(start, end, phrase, register.side_of)
    end = _source_span(text, name_start, end)
    relayed, a, b = "", name_start, end
    cited = _CITED_BY.search(text, a, b) or _CITED_BY.match(text, b)
    if cited:
        relayed, b = cited[1].strip(), min(b, cited.start())
    source = _SOURCE_OF.match(text, a, b)
    kept = FIGURE_KEPT.fullmatch(text, a, b)
    if source:
        a = source.end()
    elif kept:  # "according to the figure the National Government kept": the government
        a, b = kept.span(1)
    cue = named(text, start, end, a, b, register)
    if _ANAPHOR_NAME.fullmatch(cue.name) or _ANAPHOR_NAME.fullmatch(f"the {cue.name}"):
        cue = replace(cue, anaphor=True)
    apposition = _SOURCE_APPOSITION.match(text, end)
    if cue.side == "unknown" and apposition:  # "according to Save the Children, an NGO"
        cue = replace(cue, side=register.side_of(apposition[1]))
    return replace(cue, relayed_by=relayed, source=True, form="according")


#: What "gave"/"has given" states: a number, or "a toll/figure of" one.
_GIVEN_FIGURE = re.compile(
    r"\s+(?:an?\s+(?:\w+\s+){0,2}?(?:toll|figure|count|number|tally)\s+of\s+)?[\"“]?"
    r"(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|nearly\s+|some\s+|over\s+)?\d"
    r"|\s+(?:the|its|their|official)\s+(?:\w+\s+)?(?:figures?|toll|numbers?|count)\s*:"
    # "gave its final breakdown of the dead in …: 72 …, 74 in all" (blind set 24)
    r"|\s+(?:the|its|their)\s+(?:\w+\s+)?breakdown\b[^.;:]{0,80}:"
)
#: "The figure of 500 first came from X": X is the figure's source.
_CAME_FROM = re.compile(
    r"(?i)(?<![\w-])(?:(?:figures?|toll|numbers?|estimates?|counts?|tally)\b[^.;]{0,40}?\bcame"
    # "The 1,833 comes from the X" (blind set 25); "Final count from the Governorship: 38" (user 24)
    r"|(?-i:[Tt]he)\s+\d[\d,.]*\s+(?:figure\s+)?(?:comes|came))\s+from\s+(?=[A-Z\w])"
    r"|(?<![\w-])(?:counts?|figures|tally|data|numbers)\s+from\s+(?=(?-i:(?:the\s+)?[A-Z]))"
)
_OWNER_MARK = re.compile(r"(?:['’]s|(?<=s)['’])\Z")
_PARTICIPLE = re.compile(
    r",\s+(?:saying|adding|claiming|noting|stating|insisting|arguing|writing|reporting"
    r"|telling(?=\s+(?:[\w-]+\s+){1,4}?that\b))\b"
)

#: A sentence's subject before its first past verb: "Secretary … John Kerry on Tuesday pressed".
_OPENING_VERB = re.compile(
    r"\s*([A-Z][^,;:“”\"\d]{2,80}?)\s+(?:(?:on|late|early)\s+\w+\s+)?[a-z]+ed\b"
)


#: What "put" estimates: "put the number of dead in the hundreds", "put it at 40".
_PUT_FIGURE = re.compile(
    r"(?i)\s+(?:(?:the|its|their|his|her|our|an?)\s+)?(?:[\w-]+\s+){0,3}?(?:toll|number|numbers"
    r"|figure|figures|count|total|tally|losses|casualties|dead|deaths|missing|injured|wounded"
    r"|displaced|it|them)\b|\s+at\b"
)
#: What "kept" states: "had kept the toll at 115 for three weeks".
_KEPT_FIGURE = re.compile(  # "keeps a list of 174 names" (blind set 22)
    r"(?i)\s+(?:the|its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}?(?:toll|number|count|figure"
    r"|tally|total)\b|\s+(?:a|an|the|her|his|its|their|our)\s+(?:[\w-]+\s+)?list\s+of\s+\d"
)
#: A participle's preposition standing where a subject would: "Responding to", "Commenting on".
#: A subject ending in a speech verb: "Vale said reports that …" (a noun).
_NO_SUBJECT = re.compile(
    r"(?i)\A(?:\w+ing|asked|questioned|pressed)\s+(?:to|on|about|with|over)\Z|\s(?:said|says|told|added|stated)\Z"
)
#: "accused of", "spoke about": whom or what, not a figure.
_OF_AFTER = re.compile(r"\s+(?:only\s+|also\s+)?(?:of|about)\s")
#: "quoted by X": the relay's agent after a participle.
_BY_AFTER = re.compile(r"\s+by\s")
#: A pronoun's own figure: "its count of 140", "their toll of 82", "Its conclusion: 156 …".
_ITS_FIGURE = re.compile(
    r"(?<![\w-])(its|their|his|her)\s+(?:own\s+|latest\s+|official\s+|earlier\s+)?"
    r"(?:(?:count|figures?|toll|tally|estimates?|death\s+toll)\s+(?:of|at)\s+(?=[\w$£€])"
    r"|(?:conclusions?|findings?|verdict|count|figures?|toll|tally|estimates?):\s+)",  # set 18
    re.IGNORECASE,
)
#: Unnamed sources with a participle of speech: "posts claiming that", "reports saying".
_UNNAMED_SAYING = re.compile(
    r"(?<![\w-])((?:social\s+media\s+)?(?:posts|reports|rumou?rs|messages|videos|claims)(?:\s+"
    r"(?:on|across)\s+(?:social\s+media|Facebook|X|Twitter|WhatsApp|Telegram|TikTok))?)\s+"
    r"(?:claiming|saying|suggesting|alleging|stating"
    # "claims spread online that the authorities were hiding hundreds of deaths" (set 18)
    r"|(?:spread|circulated|appeared|emerged)\s+(?:online\s+|on\s+social\s+media\s+)?that)\b"
)
#: "Asked about reports that more than 200 …": the reports' figure, put to the speaker.
_ASKED_ABOUT = re.compile(
    r"(?i)\b(?:asked|questioned|pressed)\s+(?:about|on|over)\s+(?:the\s+)?(reports|claims"
    r"|rumou?rs)\s+(?:that|of)\b"
)
#: A speech verb in the progressive, with its auxiliary: "are now saying", "is reporting".
_PROGRESSIVE = re.compile(
    r"(?<![\w-])(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?"
    r"(?:saying|reporting|claiming|estimating|telling(?=\s+(?:[\w-]+\s+){1,5}?that\b))(?![\w-])"
)
#: A list item's mark, or a live blog's time stamp: "- Amnesty:", "7:40 pm | X:", "16:15 UNICEF:".
_BULLET = re.compile(
    r"(?i:[-–•*]\s+|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?)(?:\s+[A-Z]{2,4}(?![\w:]))?\s*"
    r"(?:[|–—-]|:(?=\s)|(?<=\s)(?=[A-Z][^:\n]{0,40}:\s))\s*"
)
_AFTER_COMMA = re.compile(r",\s*\Z")
#: What follows a participle of publishing: when or where, not an object ("released a video").
_WHEN_AFTER = re.compile(r"\s+(?:in|on|by|at|last|earlier|this|late|early)\b")
#: A headline's trailing speaker after a colon: "… killed in shelling: medics".
_HEADLINE_TRAIL = re.compile(r":\s+((?:[\w'’.-]+\s+){0,3}[\w'’.-]+)\s*\Z")
#: The outlet's own knowledge after "according to": "our information", "our own data".
_OUR_OWN = re.compile(
    r"(?i)our\s+(?:own\s+)?(?:information|data|count|calculations|estimates?|findings|records"
    r"|investigation|analysis)(?![\w-])"
)
#: No source after "according to": "what we know so far", "the information gathered".
_NO_SOURCE = re.compile(
    r"(?i)(?:what|how|whether|plan|schedule)\b|(?:the\s+|our\s+)?(?:information|data|evidence"
    r"|testimon(?:y|ies))\s+(?:it\s+|we\s+)?(?:gathered|collected|obtained|received|available)\b"
)
#: "the number of bodies they have found.": a relative clause's verb, nothing found said
_FOUND_NOTHING = re.compile(r"[a-z]\s(?:they|we|he|she|it)\s+(?:\w+\s+)?found\s*(?:[.;:!?)]|\Z)")
#: A comparison before a speech verb ("far more than the government has acknowledged").
_COMPARED = re.compile(r"(?i)\b(?:more|fewer|less|higher|lower|greater|larger|smaller)\s+than\b")
#: Function words inside a source's name ("the Ministry of Health in Gaza").
_FUNCTION = frozenset(
    ["the", "a", "an", "of", "for", "in", "at", "on", "and", "to", "by", "from", "with"]
)
#: ", an NGO": an apposition after a source, which may tell its side.
_SOURCE_APPOSITION = re.compile(r",\s+((?:an?|the)\s+[^,.;:()“”\"]{2,60})")


def _source_span(text: str, a: int, b: int) -> int:
    """Return where a source's name ends: before a new clause ("early reports Northern forces
    used …" ends after "reports"), a capitalised word after a lower-case content word."""
    words = list(re.finditer(r"[\w'’.-]+", text[a:b]))
    for prev, cur in itertools.pairwise(words):
        low = prev[0]
        new_clause = low[:1].islower() and low not in _FUNCTION and cur[0][:1].isupper()
        if new_clause and not PERSON_HEADS.fullmatch(low) and not low.endswith(("'s", "’s")):
            return a + prev.end()
    return b
