"""Read an article's line breaks as a reader does, while offsets still point at the text as stored.

Wire copy pasted from e-mail or a PDF is hard-wrapped ("… and that at least⏎400 were
killed") and often has Windows line ends. The extractor splits sentences at every line
break (:mod:`makiivka.extract.sentences`), so the *reading* of a text is what it works on:

- CR LF and a lone CR are read as LF;
- a single line break inside a paragraph is read as a space when it is a wrap: the next
  line goes on with a lower-case word, the line stops on a word that cannot end a heading
  or a sentence ("at least", "the", "of", a comma…), or the paragraph is hard-wrapped
  (three or more lines of about one width, 50 characters or more, each broken where the
  next word would not have fitted);
- a live ticker's marks around an entry ("+++ 09:00 — … +++", "=== 12:40 — … ===") are read
  as spaces, so the entry reads as a live blog's;
- a blank line still ends a paragraph, and a line break stays one between the stacked short
  lines of a headline, standfirst, dateline, caption or list ("- ", "1. "), and between
  lines that each open on a capital or a figure when the last ends no sentence (a
  release's author, title and date: "Harbour Emergency Headquarters" over "Briefing on
  the flood" over "20 May 2021, 10:00, Town Hall").

The reading has the stored text's length but for the CRs it drops, so :class:`Reading` maps
each offset back (``original``) and forth (``reading``); :func:`on_reading` wraps a function
returning records with ``start``/``end`` offsets and a ``quote`` so that its callers see
offsets and quotes of the stored text. Hand-written: the libraries that unwrap text
(``textwrap`` and friends) re-flow it and keep no offsets.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from makiivka.text.date_phrases import MONTH

#: Words a heading, caption or sentence does not end on: a line ending on one goes on.
_OPEN = "a an the of at least to and or but that than from by for with in on as about some nearly"
_OPEN += " almost over under more fewer up who which whose were was is are has have had been be"
OPEN_ENDINGS = frozenset(f"{_OPEN} said says told killed wounded its their his her".split(" "))
#: A hard-wrapped paragraph: at least this many lines, the longest at least WRAPPED_WIDTH
#: characters (e-mail wraps at 72 to 80, PDF columns at 50 or more), every line but the last
#: this share of the longest or more, and each broken where the next word would not fit.
WRAPPED_LINES = 3
WRAPPED_WIDTH = 50
WRAPPED_SHARE = 0.6
_FIRST_WORD = re.compile(r"\S+")
_LINE = re.compile(r"[^\n]+")
_PARAGRAPH = re.compile(r"[^\n](?:[^\n]|\n(?!\s*\n))*")
_LIST_ITEM = re.compile(r"\s*(?:[-•*–—]\s|\d{1,3}[.)]\s|\[\d+\])")
_LAST_WORD = re.compile(r"([A-Za-z]+|,)\W*\Z")
_CONTINUES = re.compile(r"\s*(?:[a-z]|[0-9][0-9,.]*\s+[a-z])")
#: A line ending on a date or a time: a heading's or a post's stamp, not a sentence's middle.
_STAMP_END = re.compile(
    rf"(?i)(?:\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?\s?m\.?)?|\d{{1,2}}\s*[ap]\.?\s?m\.?"
    rf"|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|(?<!\d)(?:19|20)\d{{2}})\W*\Z"
)
#: A live ticker's marks around an entry: "+++ 09:00 — … +++", "=== 12:40 — … ===", "-- 18:10 —"
#: (round 23's new user): a run of one mark before the entry's time stamp, and the same run
#: closing its line. Read as spaces, the entry reads as a live blog's "09:00 — Police: …".
_TICKER_MARKS = re.compile(
    r"^[^\S\n]*(?P<open>([-+=*#~])\2{1,5})[^\S\n]+(?=\d{1,2}[:.]\d{2}\b)"
    r"(?:[^\n]*?[^\S\n](?P<close>\2{2,6})[^\S\n]*$)?",
    re.MULTILINE,
)
_END_OF_SENTENCE = re.compile(r"[.!?:;][”\"’')\]]*\s*\Z")
#: A line this long (characters) ending on a lower-case word is prose, never a heading.
LONG_LINE = 70
_SENTENCE_END_IN = re.compile(r"[a-z][.!?](?:\s|\Z)")


@dataclass(frozen=True)
class Reading:
    """A text as read (``text``) and where the stored text's CRs were dropped (``dropped``).

    ``dropped`` holds, in order, the offsets in the stored text of every CR removed from a
    CR LF; any other character keeps its place, so offsets map by counting them.
    """

    text: str
    dropped: tuple[int, ...] = ()

    def original(self, offset: int, end: bool = False) -> int:
        """Return the stored text's offset of a reading's offset.

        An *end* offset stays before a dropped CR: a span never ends on half a line end.

        >>> r = read_line_breaks("ab\\r\\ncd")
        >>> r.original(2), r.original(2, end=True), r.original(3)
        (3, 2, 4)
        """
        shift = 0
        while shift < len(self.dropped) and (self.dropped[shift] < offset + shift + (not end)):
            shift += 1
        return offset + shift

    def reading(self, offset: int) -> int:
        """Return the reading's offset of a stored text's offset."""
        return offset - bisect.bisect_left(self.dropped, offset)


def read_line_breaks(text: str) -> Reading:
    """Return the reading of *text*: LF line ends, wrapped lines joined by a space.

    >>> read_line_breaks("The ministry said that at least\\r\\n400 were killed.\\r\\n").text
    'The ministry said that at least 400 were killed.\\n'
    >>> read_line_breaks("Strike kills 40\\nDozens wounded, officials say\\n\\nBody.").text
    'Strike kills 40\\nDozens wounded, officials say\\n\\nBody.'
    >>> read_line_breaks("+++ 09:00 — Police: 19 missing +++\\n-- 18:10 — 24 bodies").text
    '    09:00 — Police: 19 missing    \\n   18:10 — 24 bodies'
    """
    dropped = tuple(m.start() for m in re.finditer("\r\n", text))
    if dropped:
        text = text.replace("\r\n", "\n")
    text = text.replace("\r", "\n")
    chars = list(text)
    for mark in _TICKER_MARKS.finditer(text):  # "+++ 09:00 — …", "=== 12:40 — … ===": no words
        for group in ("open", "close"):
            if mark[group]:
                chars[mark.start(group) : mark.end(group)] = " " * len(mark[group])
    text = "".join(chars)
    for block in _PARAGRAPH.finditer(text):
        lines = [m.span() for m in _LINE.finditer(text, block.start(), block.end())]
        wrapped = _is_hard_wrapped(text, lines)
        for (a, b), (c, d) in itertools.pairwise(lines):
            if wrapped or _wraps(text[a:b], text[c:d]):
                chars[b] = " "
    return Reading("".join(chars), dropped)


def _is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Tell whether a paragraph's lines are of one width: hard-wrapped prose, not a stack."""
    if len(lines) < WRAPPED_LINES or any(_LIST_ITEM.match(text, a) for a, _ in lines):
        return False
    if not _END_OF_SENTENCE.search(text, *lines[-1]) and all(
        text[a : a + 1].isupper() or text[a : a + 1].isdigit() for a, _ in lines
    ):
        return False  # lines that each open a heading, the last no sentence's end: a stack
    widths = [b - a for a, b in lines]
    width = max(widths)
    if width < WRAPPED_WIDTH or min(widths[:-1]) < WRAPPED_SHARE * width:
        return False
    words = [
        len(_FIRST_WORD.match(text, a)[0]) if _FIRST_WORD.match(text, a) else 0 for a, _ in lines
    ]
    return all(
        w + 1 + n > WRAPPED_SHARE * 1.5 * width for w, n in zip(widths, words[1:], strict=False)
    )


def _wraps(line: str, following: str) -> bool:
    """Tell whether *line* goes on in *following* (one sentence wrapped over two lines).

    >>> _wraps("the ministry said that at least", "400 were killed")
    True
    >>> _wraps("Strike kills dozens", "Council says 63 died")
    False
    >>> _wraps("Ministry of Water, Sunday 16 June", "11 people have died.")
    False
    >>> _wraps("So far this year, more than 1,900 people have died or gone missing in the eastern",
    ...        "Mediterranean.")
    True
    """
    if _LIST_ITEM.match(following) or _END_OF_SENTENCE.search(line):
        return False
    if following[:1].isdigit() and _STAMP_END.search(line):
        return False  # "Ministry of Water, Sunday 16 June" over "11 people died": a heading
    if _CONTINUES.match(following):
        return True
    if len(line) >= LONG_LINE and line[-1:].islower() and _SENTENCE_END_IN.search(following):
        return True  # a PDF's full-width line goes on in "Mediterranean." (round 22's new user)
    last = _LAST_WORD.search(line)
    return last is not None and last[1].lower() in OPEN_ENDINGS | {","}


def on_reading(
    offsets: tuple[str, ...] = ("start", "end"), quote: str = "quote"
) -> Callable[[Callable], Callable]:
    """Make a function of a text work on its reading and answer in the stored text's terms.

    The wrapped function takes the text as its first argument and returns a list of
    dataclass records; each record's *offsets* fields (ints or None) are mapped back to
    the stored text and its *quote* field becomes ``text[start:end]`` of the stored text.
    """

    def wrap(function: Callable) -> Callable:
        @functools.wraps(function)
        def read(text: str, *args, **kwargs):
            reading = read_line_breaks(text)
            if reading.text == text:
                return function(text, *args, **kwargs)
            records = function(reading.text, *args, **kwargs)
            out = []
            for record in records:
                moved = {
                    name: reading.original(value, end=name == "end")
                    for name in offsets
                    if isinstance(value := getattr(record, name), int)
                }
                record = dataclasses.replace(record, **moved)
                out.append(dataclasses.replace(record, **{quote: text[record.start : record.end]}))
            return out

        return read

    return wrap
