"""What one extraction run knows about the whole article: sentences, cues, quotes, dates, people.

Built once per article; a sentence's attribution cues are found when first asked for and
remembered, and dates and quotations are looked up by position (bisect).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from makiivka.extract.attribution import find_cues
from makiivka.extract.channel import Channel, find_channel
from makiivka.extract.cue import Cue
from makiivka.extract.entities import Entities
from makiivka.extract.evidence import Speaker
from makiivka.extract.headings import find_headings
from makiivka.extract.sentences import Sentence
from makiivka.extract.speakers import Register
from makiivka.extract.turns import find_turns, is_asker, is_newsroom
from makiivka.text.dates import ResolvedDate

#: A speech verb written with a capital, as every word of a Title Case headline is.
#: Only verbs that are never nouns: "UN Report: …" and "Death Toll Cut" stay as written.
_TITLE_VERB = re.compile(
    r"(?<![\w-])(?:Says|Said|Say|Tells|Told|Confirms|Confirmed|Announces|Announced|Admits"
    r"|Admitted|Estimates|Estimated|Reveals|Revealed|Warns|Warned|Fear|Fears)(?![\w-])"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: Short words a Title Case headline may leave in lower case.
_MINOR = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "by",
        "as",
        "from",
        "with",
        "vs",
    ]
)


def _title_case(text: str, start: int, end: int) -> bool:
    """Tell whether a line is in Title Case: every word but short function words capitalised."""
    words = [w for w in _WORD.findall(text, start, end) if w.lower() not in _MINOR]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


#: How many sentences back an anaphor ("the statement said") or a carried speaker may reach.
ANAPHOR_REACH = 8


@dataclass
class Context:
    """What one extraction run knows about the whole text (dates and quotes sorted by start)."""

    text: str
    sentences: list[Sentence]
    register: Register
    dates: list[tuple[int, int, ResolvedDate | None]]
    quotes: list[tuple[int, int]]
    outlet: str | None
    starts: list[int] = field(default_factory=list)
    cues: dict[int, list[Cue]] = field(default_factory=dict)
    resolved: dict[tuple[int, int, int, str], tuple[Speaker | None, str]] = field(
        default_factory=dict
    )
    #: The last sentence's metric keywords and scope cues: (index, keywords, cues).
    words: tuple = (-1, [], {})

    def __post_init__(self) -> None:
        self.starts = [s.start for s in self.sentences]
        self.date_starts = [a for a, _, _ in self.dates]
        self.quote_starts = [a for a, _ in self.quotes]
        self.entities = Entities.of(self.text, self.register)
        #: The party's or third party's channel the text says publishes it, when no
        #: ``outlet`` is given (:mod:`makiivka.extract.channel`).
        self.channel: Channel | None = None
        if self.outlet is None:
            self.channel = find_channel(self.text, self.register.sides, self.quoted)
        #: Lines that name the author of the lines under them (:mod:`makiivka.extract.headings`).
        self.headings = find_headings(self.text, self.sentences, self.register)
        self.heading_starts = sorted(self.headings)
        for i, cue in self.headings.items():
            self.cues[i] = [cue]
        #: A transcript's turns, by the sentence whose paragraph each opens (``turns``).
        self.turns = find_turns(self.text, self.sentences, self.register)
        self.turn_starts = sorted(self.turns)

    def paragraph_start(self, index: int) -> int:
        """Return the index of the first sentence on sentence index's line (its paragraph)."""
        first = index
        while first > 0 and self.sentences[first - 1].line == self.sentences[index].line:
            first -= 1
        return first

    def turn_for(self, index: int) -> tuple[Cue | None, int, str]:
        """Return the transcript turn sentence index belongs to, if its speaker has a side.

        A paragraph that opens with no label goes on with the turn before it: a spokesperson's
        statement read out over several paragraphs (blind set 9: a UN briefing transcript).
        """
        cue, first = self._turn_at(index)
        briefing = self.channel is not None and self.channel.form == "briefing"
        silent = cue is not None and cue.side == "unknown" and not cue.claimant
        if briefing and silent and not is_asker(cue.name):
            # the briefing's own spokesperson, whom its frame names by office
            cue = replace(cue, side=self.channel.side)
        if cue is None or cue.side == "unknown":
            return None, index, ""
        return cue, first, "turn"

    def newsroom_turn(self, index: int) -> bool:
        """Tell whether sentence index is in a turn of the outlet's own journalist
        ("REPORTER: … Helicopters have brought 92 bodies", blind set 18): its own voice."""
        cue, _ = self._turn_at(index)
        return cue is not None and is_newsroom(cue.name)

    def _turn_at(self, index: int) -> tuple[Cue | None, int]:
        """Return the turn label sentence index's paragraph opens with, or goes on with (a
        paragraph with no label goes on with the last turn), and where that turn opens."""
        first = self.paragraph_start(index)
        if first not in self.turns:
            k = bisect.bisect_left(self.turn_starts, first) - 1
            first = self.turn_starts[k] if k >= 0 else first
        return self.turns.get(first), first

    def heading_for(self, index: int) -> tuple[Cue | None, int, str]:
        """Return the author heading above sentence index, if one is (the last before it)."""
        k = bisect.bisect_left(self.heading_starts, index) - 1
        if k < 0:
            return None, index, ""
        i = self.heading_starts[k]
        return self.headings[i], i, "heading"

    def sentence_cues(self, index: int) -> list[Cue]:
        """Return (and remember) the attribution cues of sentence index."""
        if index not in self.cues:
            s = self.sentences[index]
            text = self.text
            if s.voice == "headline" and _title_case(text, s.start, s.end):
                # "116 Dead At Event, Says Chief Secretary": read its verbs in lower case
                # (same length, so offsets and names stay as written).
                head = _TITLE_VERB.sub(lambda m: m[0].lower(), text[s.start : s.end])
                text = text[: s.start] + head + text[s.end :]
            cues = find_cues(text, s.start, s.end, self.register)
            # A cue inside a quotation is the quoted speaker's own words ("According to what
            # we know, …," he said): the one outside it attributes the sentence.
            outside = [c for c in cues if not self.quoted(c.start)]
            if index in self.turns:  # "MR. CHAIRMAN: …": the turn's label is no cue
                outside = [c for c in outside if c.start >= self.turns[index].end]
                cues = [c for c in cues if c.start >= self.turns[index].end]
            self.cues[index] = outside or cues
        return self.cues[index]

    def quoted(self, position: int) -> bool:
        """Tell whether a position is inside a quotation."""
        i = bisect.bisect_right(self.quote_starts, position) - 1
        return i >= 0 and self.quotes[i][0] < position < self.quotes[i][1]

    def dates_near(self, start: int, end: int) -> list[tuple[int, int, ResolvedDate | None]]:
        """Return the date phrases that start in [start - DATE_LONGEST, end), by position."""
        lo = bisect.bisect_left(self.date_starts, start - 120)
        hi = bisect.bisect_left(self.date_starts, end)
        return self.dates[lo:hi]
