"""Find credits that stand apart from a figure's sentence: "Source:" lines, "Quote:" labels.

"This was reported by X." after a figure, a "Source: X" line under the lede or above a run
of posts, and a 'Quote: "…"' paragraph under a "Source:" line credit figures whose own
sentence names no one (:mod:`makiivka.extract.voices` asks here after its own cues and the
carried speaker). Every look-up is bounded by a fixed number of sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.breakdowns import GAPPED_SUBJECT
from makiivka.extract.cue import Cue, named
from makiivka.extract.document import ANAPHOR_REACH, Context
from makiivka.extract.relays import credit_cue

#: A paragraph that quotes the source named above it: 'Quote: "…"'.
_QUOTE_LABEL = re.compile(r"Quote:\s")


def credited_later(ctx: Context, index: int) -> tuple[Cue | None, int, str]:
    """Return a credit after the figure: "This was reported by X." or a "Source:" line.

    Looked for in the next two sentences of the body, only while none of them credits
    anyone else.
    """
    for i in range(index + 1, min(len(ctx.sentences), index + 3)):
        s = ctx.sentences[i]
        cue = credit_cue(ctx.text, s.start, s.end, ctx.register)
        if cue is not None:
            return cue, i, "source line" if cue.form == "source line" else "next sentence"
        if ctx.sentence_cues(i) or s.line > ctx.sentences[index].line + 2:
            break
    return None, index, ""


def quote_label(ctx: Context, index: int) -> tuple[Cue | None, int, str]:
    """Return the "Source:" line a paragraph labelled "Quote:" renders the words of.

    "Source: X, minister, on Telegram" then 'Quote: "… 52 dead …"': the quotation is X's
    (the layout of outlets that label a post's source and then quote it).
    """
    first = ctx.paragraph_start(index)
    if not _QUOTE_LABEL.match(ctx.text, ctx.sentences[first].start):
        return None, index, ""
    for i in range(first - 1, max(-1, first - ANAPHOR_REACH - 1), -1):
        s = ctx.sentences[i]
        cue = credit_cue(ctx.text, s.start, s.end, ctx.register)
        if cue is not None and cue.form == "source line":
            return cue, i, "source line"
        if ctx.sentence_cues(i):
            break
    return None, index, ""


def document_source(ctx: Context, index: int) -> tuple[Cue | None, int, str]:
    """Return the "Source:" line that opens the article, for a sentence after it.

    "Source: posts by X, head of …, on the administration's Telegram channel." above a
    run of posts credits every figure after it that no one else is credited with: the
    page renders X's words (a channel's posts, an official statement in translation).
    """
    for i in range(min(2, index)):
        s = ctx.sentences[i]
        cue = credit_cue(ctx.text, s.start, s.end, ctx.register)
        if cue is not None and cue.form == "source line":
            return cue, i, "source line"
    return None, index, ""


#: A note in brackets over a list of figures: "(State Administration Council figures as of
#: 2 April, unless noted)", "(figures from the health ministry)".
_FIGURES_NOTE = re.compile(
    r"\(\s*(?:(?:figures|data|numbers)\s+(?:from|of|by)\s+)?((?:the\s+)?[A-Z][^()\n]{1,80}?)"
    r"(?:['’]s?)?(?:\s+(?:figures|data|numbers|toll|estimates))?(?:(?:,|\s+as\s+of\b)[^()\n]*)?"
    r"\)\s*"
)


def figures_note(ctx: Context, index: int) -> tuple[Cue | None, int, str]:
    """Return the bracketed note that credits the list of figures a sentence is in.

    A situation report's "Key figures" box says whose figures it lists in a line of its own
    in brackets above them: every line of the box, up to the first blank line, is theirs
    (when no sentence of its own credits anyone). Bounded by ANAPHOR_REACH lines.
    """
    after = ctx.sentences[index].start
    for i in range(index - 1, max(-1, index - ANAPHOR_REACH - 1), -1):
        s = ctx.sentences[i]
        if "\n\n" in ctx.text[s.end : after]:
            break  # a blank line ends the box
        after = s.start
        note = _FIGURES_NOTE.fullmatch(ctx.text, s.start, s.end)
        if note is None or not _NOTE_WORD.search(ctx.text, s.start, s.end):
            # "Losses (source: Health Department, Government of Sindh)": a heading's source
            note = _SOURCE_NOTE.search(ctx.text, s.start, s.end)
        if note is not None:
            cue = named(ctx.text, s.start, s.end, note.start(1), note.end(1), ctx.register)
            return replace(cue, form="source line"), i, "source line"
        if any(c.form != "headline" for c in ctx.sentence_cues(i)):
            break  # a list's labels ("Civil Hospital: 229") are no one's statement
    return None, index, ""


#: A list item that names its source in brackets at its end: "- Sindhupalchok …, with 2,833
#: deaths, followed by Kathmandu with 1,176 (MoHA).", "(Ministry of Home Affairs, 4 May)",
#: "(OCHA estimate)": a situation report's way of crediting each bullet (blind set 12).
_ITEM_SOURCE = re.compile(
    r"\(((?:the\s+)?[A-Z][^()\n,;]{1,60}?)(?:\s+(?:estimates?|figures?|data))?(?:,\s*[^()\n]{1,30})?"
    r"\)[\s.;]*\Z"
)
_ITEM = re.compile(r"[ \t]*[-–•*][ \t]")
#: What makes a bracket a source: a body's word or an acronym ("MoHA", "OCHA estimate").
_SOURCE_WORD = re.compile(
    r"(?i)\b(?:ministry|office|police|agency|service|department|authorit\w+|council|commission"
    r"|committee|desk|cluster|government|estimates?|data|figures)\b|\((?-i:[A-Z][a-z]?[A-Z]\w*)\W"
)


def item_source(ctx: Context, index: int) -> tuple[Cue | None, int, str]:
    """Return the source a list item names in brackets at its end, when it names a side."""
    s = ctx.sentences[index]
    line = ctx.text.rfind("\n", 0, s.start) + 1
    if not _ITEM.match(ctx.text, line):
        return None, index, ""
    note = _ITEM_SOURCE.search(ctx.text, s.start, s.end)
    if note is None:
        return None, index, ""
    cue = named(ctx.text, note.start(), note.end(), note.start(1), note.end(1), ctx.register)
    if not cue.claimant and (cue.side == "unknown" or not _SOURCE_WORD.search(note[0])):
        return None, index, ""  # "(Regent and Juba)", "(est.)": places, no one named
    return replace(cue, source=True, form="according"), index, "source line"


#: A heading that names its figures' source at its end: "Losses (source: Health Department)".
_SOURCE_NOTE = re.compile(r"\((?i:sources?)\s*[:–—-]\s*([^()\n]{2,80}?)\s*\)[\s:.]*\Z")
_NOTE_WORD = re.compile(r"(?i)\b(?:figures|data|numbers|toll|estimates)\b")


#: A paragraph that opens a quotation ('"We …', '“Two of …').
_OPENS_QUOTE = re.compile(r"\s*[“\"]")


def _open_at_end(paragraph: str) -> bool:
    """Tell whether a paragraph leaves its quotation open (the next paragraph continues it)."""
    straight = paragraph.count('"')
    return straight % 2 == 1 or paragraph.count("“") > paragraph.count("”")


def quotation_run(ctx: Context, index: int) -> tuple[Cue | None, int, str]:
    """Return who speaks a quotation that runs over several paragraphs, from the line before it.

    A quotation of several paragraphs opens each with a quotation mark and closes only the
    last (the typographers' rule for long quotations, followed by press releases, statements
    in translation and transcripts). The speaker is named once, in the line that introduces
    the quotation with a colon ("Detective Superintendent X said:", "The following is a
    translation of the statement:" after "JNIM issued a statement …"); every paragraph of
    the run is theirs, the "we" and "our" inside it included.
    """
    sentences, text = ctx.sentences, ctx.text
    first = ctx.paragraph_start(index)
    if not _OPENS_QUOTE.match(text, sentences[first].start):
        return None, index, ""
    while first > 0:
        prev = first - 1
        opening = ctx.paragraph_start(prev)
        if sentences[prev].line != sentences[first].line - 1 or sentences[prev].voice != "body":
            return None, index, ""
        paragraph = text[sentences[opening].start : sentences[prev].end]
        if not (_OPENS_QUOTE.match(paragraph) and _open_at_end(paragraph)):
            break
        first = opening
    else:
        return None, index, ""
    intro = first - 1
    if not text[sentences[intro].start : sentences[intro].end].rstrip().endswith(":"):
        return None, index, ""
    for i in range(intro, max(-1, intro - ANAPHOR_REACH - 1), -1):
        if sentences[i].voice != "body":
            break
        cues = ctx.sentence_cues(i)
        if cues:
            return cues[-1], i, "quotation" if i == intro else f"quotation introduced by line {i}"
    return None, index, ""


#: A sentence that announces a text printed after it: "issued the following statement",
#: "We publish the key passage below", "the communiqué reads as follows" (blind set 13).
_ANNOUNCES = re.compile(
    r"""(?i)(?<![\w-])(?:the\s+following\s+(?:[\w-]+\s+){0,2}?(?:statements?|communiqu[eé]s?
    |texts?|notices?|announcements?|summary|messages?|posts?|letters?|declarations?
    |passages?|information|figures|data|details|updates?|bulletin)(?![\w-])|(?:passages?|statements?|texts?|communiqu[eé]s?|excerpts?|extracts?
    |posts?)\s+(?:[\w-]+\s+){0,3}?(?:below|as\s+follows)(?![\w-])|(?:publish|reproduce|print)
    \w*\s+(?:[\w-]+\s+){0,5}?(?:below|in\s+full)(?![\w-]))""",
    re.VERBOSE,
)
#: A line that says whose report the lines under it summarise: "Summary of the joint report
#: of the United Nations Mission … and the Office of …" (a report's summary, blind set 13).
_SUMMARY_OF = re.compile(
    r"\s*(?:(?:Executive\s+)?Summary|Key\s+findings|Highlights|Excerpts?|Extracts?)\s+(?:of|from)"
    r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|findings|investigation|review)"
    r"\s+(?:of|by)\s+(?:the\s+)?([A-Z][^\n]{2,240}?)\s*\.?\s*"
)
#: A list item: a bullet or a number ("• At least 26 …", "4. Some news agencies …").
_LISTED = re.compile(rf"{_ITEM.pattern}|[ \t]*\d{{1,2}}[.)][ \t]")
#: Who announces a text is never the writer's "we" ("We publish the key passage below").
_FIRST_PERSON = re.compile(r"(?i)(?:we|i|us|our)\Z")


def announced_run(ctx: Context, index: int) -> tuple[Cue | None, int, str]:
    """Return who wrote the text a figure is printed in, from the line that announces it.

    Outlets print a party's statement or a report's findings after a line of their own:
    "The True News Information Team … issued the following statement …" above numbered
    paragraphs, "… in a communiqué signed by its spokesman, X. We publish the key passage
    below", "Summary of the joint report of X and Y" above a list of findings. Every
    paragraph after that line is the author's until a sentence credits someone else;
    the look-back is bounded by ANAPHOR_REACH paragraphs.
    """
    sentences, text = ctx.sentences, ctx.text
    paragraphs = 0
    for i in range(index - 1, -1, -1):
        s = sentences[i]
        if s.line != sentences[i + 1].line:
            paragraphs += 1
            if paragraphs > ANAPHOR_REACH:
                break
        summary = _SUMMARY_OF.fullmatch(text, s.start, s.end)
        if summary is not None:
            cue = named(text, s.start, s.end, summary.start(1), summary.end(1), ctx.register)
            return replace(cue, form="source line"), i, f"text introduced by line {i}"
        if _ANNOUNCES.search(text, s.start, s.end):
            for j in range(i, max(-1, i - 3), -1):  # the announcer: this sentence or before
                if sentences[j].line != s.line:
                    break
                cues = [c for c in ctx.sentence_cues(j)
                        if not ctx.quoted(c.start) and not _FIRST_PERSON.match(c.name)]  # fmt: skip
                if cues:
                    return cues[0], j, f"text introduced by line {i}"
            return None, index, ""
        if _LISTED.match(text, text.rfind("\n", 0, s.start) + 1):
            continue  # a list's items each say their own, within the text
        if s.voice == "body" and any(not ctx.quoted(c.start) for c in ctx.sentence_cues(i)):
            break  # a speaker of its own stands between
    return None, index, ""


#: The speech verb of the clause the gap repeats: "Indonesia has reported 165 deaths".
_SPOKE = re.compile(r"(?<![\w-])(?:said|says|reported|reports|announced|gave)(?![\w-])")


def gapped_speaker(ctx: Context, index: int, q, cue: Cue) -> Cue | None:
    """Return the speaker of a gapped clause: "Indonesia has reported 165 deaths, Jordan 75
    and Tunisia 49" (blind sets 2 and 5): Jordan reported its 75, as Indonesia its 165, when
    *cue* (the nearest before) is the first clause's subject with a speech verb of its own and
    the gapped name has a side. None otherwise ("…, WHO said" after the list speaks for all)."""
    gap = GAPPED_SUBJECT.search(ctx.text, max(0, q.start - 40), q.start)
    spoke = _SPOKE.search(ctx.text, cue.start, min(cue.end + 14, q.start))
    if gap is None or cue.end > gap.start() or spoke is None:
        return None
    spoken = named(ctx.text, gap.start(1), gap.end(1), gap.start(1), gap.end(1), ctx.register)
    return spoken if spoken.side not in ("unknown", "media") else None
