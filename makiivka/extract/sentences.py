"""Split an article into lines and sentences, and tell headline, caption, body and furniture apart.

A regex splitter, not an NLP library: news text needs only a few rules. A sentence ends at
``.``, ``!`` or ``?`` (with closing quotes) before a capital, a digit or an opening quote,
unless the word before the period is an abbreviation ("Lt.", "Gen.", "No.", "Jan.") or an
initialism ("U.S."); a line break always ends one. Offsets are into the text as read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VOICES = ("headline", "caption", "body", "furniture")

#: Words that end with a period without ending the sentence.
_ABBREVIATIONS = (
    "lt gen col maj sgt capt cpl pvt adm cmdr gov sen rep rev hon pres mr mrs ms dr prof st jr sr "
    "no nos vs etc approx est co corp inc ltd dept univ mt ft jan feb mar apr jun jul aug sep sept "
    "oct nov dec mon tue tues wed thu thur thurs fri sat sun fig"
)
ABBREVIATIONS = frozenset(_ABBREVIATIONS.split(" "))
HEADLINE_MAX_WORDS = 25
#: The longest sentence (characters) the extractor works on: a longer one is cut at clause
#: breaks, so the work per figure is bounded and extraction stays linear in its input.
#: News sentences rarely pass 400 characters; a pasted table on one line can be megabytes.
MAX_SENTENCE = 600

_BOUNDARY = re.compile(r"""[.!?]+[”"’')\]]*(?:\s+(?=[“"‘'(\[]?[A-Z0-9])|(?=[A-Z][a-z]))""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\Z")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]\Z")
_LINE = re.compile(r"[^\n]+")
#: After "a.m."/"p.m.", a new sentence: a capitalised word that is no day, month or zone, then
#: a lower-case word other than "time" ("p.m. Relatives have", not "p.m. Moscow time").
_CLOCK_END = re.compile(
    r"\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]+\s+(?!time\b)[a-z]"
)
_TERMINAL = re.compile(r"""[.!?:;][”"’')\]]*\s*\Z|[”"]\s*\Z""")
_WORDS = re.compile(r"\S+")
#: A live blog entry's time stamp before a bar or dash, and a quote closing its title.
_STAMPED = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[|—–]\s")
_QUOTE_END = re.compile(r"""(?<![.!?,])[”"]\s*\Z""")
_CLAUSE_BREAK = re.compile(r"[;,:—–]\s|\s(?:and|while|but)\s")
#: Page furniture: browser notices, newsletter and live prompts, share buttons, read times.
FURNITURE = re.compile(
    r"is not supported|optimal experience|Get more news|\bSign up\b|\bSubscribe\b"
    r"|\bAdvertisement\b|\bRead more\b|\bShare this\b|\bClick here\b|\bcookies?\b"
    r"|\bmin(?:ute)? read\b|\bAll rights reserved\b|\bCopyright\b|©|^\s*(?:Updated|Published)\b"
    # "Updated 10:45 GMT" is the page's; "Updated figures from the governorate: 60 killed" a claim
    r"(?!\s+(?:figures?|toll|death|casualty|numbers?|data|count|tally|report|list|estimates?)\b)"
    # "Watch:" a prompt, not "Afghanistan Rights Watch:" (round 21's second new user)
    r"|\bPhoto(?:graph)?:|\bImage:|\bVideo:|(?<![a-z]{2}\s)\bWatch:|\bListen\b|\bDownload the\b"
    r"|\bFollow us\b",
    re.IGNORECASE,
)
#: A photo credit at the end of a caption line: "Arden Arkman / AFP - Getty Images", "(AP Photo/X)".
CREDIT = re.compile(
    r"""(?:\(?\b(?:AP|AFP|Reuters|EPA|Getty)\s+Photo\s*/[^)\n]*\)?
    |(?:[A-Z][\w.'’-]*\s+){1,4}/\s*(?:AFP|AP|Reuters|EPA(?:-EFE)?|Getty\s+Images|Sputnik|TASS
       |Anadolu|Bloomberg|Shutterstock|Alamy|Ukrinform|Sipa)\b[\w\s/.-]*
    |\b(?:Getty\s+Images|AFP\s+via\s+Getty\s+Images|Shutterstock)\b[\w\s/.-]*
    |(?<=[.!?]\s)(?:AP|AFP|Reuters|EPA)\s*)\Z""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: where it is, which line it is on, and whose voice the line is in."""

    start: int
    end: int
    line: int  # index of the line in the text
    voice: str  # one of VOICES


def _is_boundary(line: str, at: int) -> bool:
    """Tell whether the period at line[at] ends a sentence (not "Lt." or "U.S.")."""
    if line[at] != ".":
        return True
    word = _WORD_BEFORE.search(line, max(0, at - 16), at)
    if word is None:
        return True
    token = word[1]
    if token.lower() in ("a.m", "p.m"):  # "… caved in at 5:57 p.m. Relatives have reported"
        return _CLOCK_END.match(line, at + 1) is not None
    if token.lower().rstrip(".") in ABBREVIATIONS:
        return False
    return not (len(token) == 1 and token.isupper()) and not (
        "." in token and _INITIALISM.fullmatch(token)
    )


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the sentence spans of one line, stripped of surrounding spaces.

    >>> line = "Gen. Lt. Sergei Sevryukov said it. The U.S. Army agreed."
    >>> [line[a:b] for a, b in _split_line(line, 0, len(line))]
    ['Gen. Lt. Sergei Sevryukov said it.', 'The U.S. Army agreed.']
    """
    spans, begin = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        if not _is_boundary(text, m.start()):
            continue
        cut = m.end()
        stripped = text[begin:cut].rstrip()
        if stripped.strip():
            spans.append((begin, begin + len(stripped)))
        begin = cut
    tail = text[begin:end]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        spans.append((begin + lead, begin + len(tail.rstrip())))
    spans = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans]
    return [piece for a, b in spans for piece in _cap(text, a, b)]


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a sentence longer than MAX_SENTENCE at its last clause break (else a space) in reach.

    >>> text = "Officials said " + "12 died, " * 200
    >>> pieces = _cap(text, 0, len(text))
    >>> max(b - a for a, b in pieces) <= MAX_SENTENCE, text[pieces[1][0]:pieces[1][0] + 7]
    (True, '12 died')
    """
    pieces = []
    while end - start > MAX_SENTENCE:
        floor, ceiling = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
        cut = None
        for m in _CLAUSE_BREAK.finditer(text, floor, ceiling):
            cut = m.end()
        if cut is None:
            space = text.rfind(" ", floor, ceiling)
            cut = space + 1 if space > 0 else ceiling
        stripped = text[start:cut].rstrip()
        pieces.append((start, start + len(stripped)))
        start = cut
    pieces.append((start, end))
    return pieces


def _line_voice(
    text: str, spans: list[tuple[int, int]], seen_body: bool, ticker: bool = False
) -> str:
    """Classify a line from its sentences: furniture, headline, caption or body.

    *ticker*: the line is a stamped entry beside another one (a live ticker's), so the
    entry itself, not an entry's title, whether or not it ends on a full stop.
    """
    sentences = [text[a:b] for a, b in spans]
    if all(FURNITURE.search(s) for s in sentences):
        return "furniture"
    last = sentences[-1]
    if CREDIT.search(last):
        return "caption"
    if ticker:
        return "body"
    if _TERMINAL.search(last) and not (_STAMPED.match(sentences[0]) and _QUOTE_END.search(last)):
        return "body"  # but '16:30 | Talcahuano: "we have 30 dead"' is an entry's title
    words = sum(len(_WORDS.findall(s)) for s in sentences)
    return "headline" if not seen_body and words <= HEADLINE_MAX_WORDS else "caption"


def split_sentences(text: str) -> list[Sentence]:
    """Return the sentences of text in order, each with its line and the line's voice.

    >>> text = "IE 11 is not supported.\\n\\nStrike kills dozens\\n\\nIt said 89 died. He agreed."
    >>> [(text[s.start:s.end], s.voice) for s in split_sentences(text)]
    [('IE 11 is not supported.', 'furniture'), ('Strike kills dozens', 'headline'), \
('It said 89 died.', 'body'), ('He agreed.', 'body')]
    """
    sentences: list[Sentence] = []
    seen_body = False
    lines = [
        (n, spans)
        for n, m in enumerate(_LINE.finditer(text))
        if (spans := _split_line(text, *m.span()))
    ]
    # A live ticker's entries, each one stamped line beside another ("09:00 — Police: 19
    # missing" over "12:40 — Relief office: toll now 22"; round 23's new user), are its text:
    # an entry's title is a stamped line above its own unstamped paragraphs.
    stamped = [_STAMPED.match(text, spans[0][0]) is not None for _, spans in lines]
    tickers = [
        here and ((at > 0 and stamped[at - 1]) or (at + 1 < len(lines) and stamped[at + 1]))
        for at, here in enumerate(stamped)
    ]
    for (number, spans), ticker in zip(lines, tickers, strict=True):
        voice = _line_voice(text, spans, seen_body, ticker)
        seen_body = seen_body or voice in ("body", "caption")
        for a, b in spans:
            own = "furniture" if voice != "furniture" and FURNITURE.search(text, a, b) else voice
            sentences.append(Sentence(a, b, number, own))
    return sentences


def credit_spans(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Return the spans of photo credits at the ends of caption lines (furniture, not claims)."""
    spans = []
    for s in sentences:
        if s.voice == "caption":
            m = CREDIT.search(text, s.start, s.end)
            if m:
                spans.append(m.span())
    return spans


_QUOTE = re.compile(r"“[^”\"\n]*[”\"]?|(?<![\w])\"[^\"\n]*\"?")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of quotations (curly or straight double quotes, within a paragraph).

    >>> quote_spans('He said: “We lost 40.” It ended.')
    [(9, 22)]
    """
    return [m.span() for m in _QUOTE.finditer(text)]
