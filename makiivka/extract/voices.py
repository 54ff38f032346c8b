"""Decide whose voice states each figure: the attribution that governs it, across the article.

For a figure the speaker is, in order: the cue of its sentence that governs it (the nearest
before it, a trailing "…, X said", an "according to X" anywhere in the sentence); the cue that
introduces the quotation it is in; the speaker carried from the sentences before it (through
the paragraph, and into the next one after a paragraph that ends with a colon), unless a
sentence opens on another subject; a credit after it ("This was reported by X", a "Source:"
line under the lede); else the outlet's own voice (side ``media`` or the outlet's side in the
register). Pronouns, surnames and titles are resolved across the article by
:mod:`makiivka.extract.entities`; evidence and confidence come from
:mod:`makiivka.extract.evidence`. Every look-up is by position (bisect) or bounded by a fixed
number of sentences, so the work per figure does not grow with the text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from makiivka.extract import credits
from makiivka.extract.carried import OWN_COUNT, OWN_WITNESS, TRAILING_NAME, carried
from makiivka.extract.cue import Cue, speaks_after
from makiivka.extract.disowned import disowning
from makiivka.extract.document import Context
from makiivka.extract.evidence import confidence, describe
from makiivka.extract.fallbacks import fallback_side
from makiivka.extract.names import full_name
from makiivka.extract.narration import described_person, figure_in_subject, narrated
from makiivka.extract.objects import circumstance, describes_event, summed_after, verdict
from makiivka.extract.resolve import UNNAMED, resolve, weak
from makiivka.extract.rumours import REPORTS, rumour_of
from makiivka.extract.speech import CONTRAST
from makiivka.extract.stated import TRAILING, format_date, own_date
from makiivka.text.quantities import Quantity, find_quantities

__all__ = ["Context", "Voice", "attribute", "format_date", "outlet_voice", "own_date"]

#: A sentence set across a border: "In neighbouring Thailand, …".
_NEIGHBOUR = re.compile(
    r"\s*(?:In|Across\s+the\s+border\s+in)\s+(?:neighbou?ring|nearby)\s+[A-Z][\w'’-]+"
)
#: A belief a trailing speaker reports: "Residents believe as many as 200 …, he said" (set 15).
_BELIEF = re.compile(r"(?i)(?<![\w-])(?:believe|believes|fear|fears|think|thinks)\s*\Z")
#: A relative clause of place after the figure: a speaker in it speaks of what follows.
_WHERE = re.compile(r"(?i),\s*(?:where|in\s+which)\s")
#: A headline's "X says it struck the site after prison toll reaches 100": the outlet's toll.
_AFTER_TOLL = re.compile(r"(?i)\safter\s+(?:[\w'’-]+\s+){0,4}?(?:death\s+)?toll\s")
_ARTICLE = re.compile(r"\A(?:the|The)\s+")
#: "N have died, as X said on Monday that …": X's statement is the that-clause, not N.
_AS_THAT = re.compile(
    r",\s+as\s+[^.;]{0,120}?\b(?:said|says|announced|warned|noted|stated|maintained|insisted"
    r"|claimed|told\s+\w+)(?:\s+on\s+\w+)?\s+(?:that\b|(?:[\w-]+\s+){0,2}?\d)"
)  # "…, as the government said only 64 people had been pulled alive" (blind set 16)
#: A new coordinate clause: "…, according to X, and more than 2,160 in the north-west".
_NEW_CLAUSE = re.compile(r"(?i)[,;]\s*(?:and|while|but|whereas)\s|;")
HEADLINE_REACH = 8  #: sentences after a headline where its figure's twin in the body is sought
#: A fact check's verdict in its headline: "falsely claim", "No, …", "misleading".
_CALLED_FALSE = re.compile(
    r"(?i)(?<![\w-])(?:falsely|wrongly|misleading(?:ly)?|false|fake|debunked|no\s+evidence)(?![\w-])"
)
#: Words that hedge the outlet's own statement without naming a source.
_HEDGE = re.compile(r"(?i)\b(?:reportedly|allegedly|(?:is|are|was|were)\s+said\s+to)\b")


@dataclass(frozen=True)
class Voice:
    """Who states a figure, when, through whom, and the evidence for it."""

    claimant: str
    name: str
    side: str
    stated_at: str
    relayed_by: str = ""
    denial: bool = False
    evidence: str = ""
    confidence: float | None = None


def _quote_cue(ctx: Context, position: int) -> tuple[Cue | None, int]:
    """Return the cue that introduces the quotation around a position, if any."""
    i = bisect.bisect_right(ctx.quote_starts, position) - 1
    if i >= 0 and ctx.quotes[i][0] <= position < ctx.quotes[i][1]:
        a, b = ctx.quotes[i]
        index = bisect.bisect_right(ctx.starts, b - 1) - 1
        cues = [c for c in ctx.sentence_cues(index) if c.start >= b or c.end <= a]
        if cues:
            return cues[0], index
        # 'Repost from X: "… . 39 rescued …"': the cue that opens the quotation's sentence.
        index = bisect.bisect_right(ctx.starts, a) - 1
        cues = [c for c in ctx.sentence_cues(index) if c.end <= a + 1]
        if cues:
            return cues[-1], index
    return None, -1


#: A trailing cue that reports what the sentence's speaker said: ", Geo News reported".
_REPORTED = re.compile(r"(?<![\w-])report(?:ed|s)\b")
_REPORTER_AFTER = re.compile(r",\s*(?:the\s+)?\Z")
#: A subject opening a clause of its own after the figure trails nothing: "…, as emergency
#: doctors accused ministers of …" (blind set 10).
_SUBORDINATE = re.compile(r"(?i)(?:as|while|when|after|before|because|since|although|whereas)\s")


#: "…, X said", and after its owner: ", the state's Special Relief Commissioner said" (user 23).
_TRAILS = re.compile(rf"{TRAILING.pattern}|,\s+the\s+(?:[\w-]+['’]s\s+)?\Z")
_RAISED = re.compile(
    r"(?<![\w-])(?:raised|revised|lowered|updated|increased|recorded|registered|counted)\Z"
)


def _nearest_cue(text: str, cues: list[Cue], q: Quantity) -> Cue:
    """Return the cue of a figure: the nearest before it, or a trailing one ("…, X said.").
    A cue after the figure wins over a nearer one before it only in the inverted form, after a
    comma or closing quote ("Four hit buildings, Kyiv's military said"), or when it names a
    source ("…, according to X"); one that spans the figure ("X quoted Y as saying N") is it.
    """
    around = [c for c in cues if c.start <= q.start and q.end <= c.end]
    if around:
        return around[-1]
    before = [c for c in cues if c.end <= q.start]
    after = [c for c in cues if c.start >= q.end]
    trailing = [
        c for c in after
        if _TRAILS.search(text, max(0, c.start - 40), c.start) and not _SUBORDINATE.match(c.name)
    ]  # fmt: skip
    sources = [c for c in after if c.form == "according"]
    strong = [c for c in before if not weak(c)]
    if before and weak(before[-1]) and strong:
        # "Chaus said that according to early reports …": the speaker's own source.
        before = strong
    faint = bool(before) and weak(before[-1])
    if (before and sources and before[-1].form == "according"
            and _NEW_CLAUSE.search(text, before[-1].end, q.start)):  # fmt: skip
        return sources[0]  # "N died, according to X, and M more, according to Y"
    if before and sources and sources[0].side == "media" and not (before[-1].source or faint):
        # "the Interior Ministry had spoken of nine dead, according to the BBC": a relay
        return replace(before[-1], relayed_by=before[-1].relayed_by or sources[0].name)
    if before and sources and (not before[-1].source or faint) and (not trailing or faint):
        return sources[0]  # "new official figures put the toll at 11, according to Klymenko"
    reporter = next((c for c in after if _REPORTED.search(text, c.start, c.end)), None)
    plain = bool(before) and not faint and before[-1].side != "media"
    plain = plain and not before[-1].own and not before[-1].anaphor
    if (
        plain
        and reporter
        and _REPORTER_AFTER.search(text, max(q.end, reporter.start - 8), reporter.start)
    ):
        # "the chief minister's office had put the toll at 612, Geo News reported": the
        # office's figure, which the outlet reports (blind set 9: wire copy); "X said N, Y
        # reported" is already X's cue relayed by Y
        if reporter.relayed_by:
            return reporter
        return replace(before[-1], relayed_by=before[-1].relayed_by or reporter.name)
    if before and not trailing:
        return before[-1]
    if before:
        b, t = before[-1], trailing[0]
        if _BELIEF.search(text, b.start, b.end):  # "Residents believe 200 …, he said": his
            return t
        if _RAISED.search(text, b.start, b.end) and not weak(t):
            return t  # "Authorities raised the toll to 24 …, the commissioner said" (user 23)
        return b if q.start - b.end <= t.start - q.end or b.source else t
    return (trailing or after or cues)[0]  # "…, which the mission blamed on …, X said": X


def outlet_voice(
    ctx: Context, hedge: str = "", stated: str = "", denial: bool = False, beside: str = ""
) -> Voice:
    """Return the outlet's own voice: its claimant and register side, else side media.

    *beside* names a speaker of the same sentence or the one before whom a rule found not to
    state the figure (narration beside a statement, background on another event); the
    evidence says so, and the speaker model leaves such a row alone.
    """
    claimant = ctx.register.claimants.get(ctx.outlet or "")
    side = claimant.side if claimant is not None else "media"
    basis = "outlet" if claimant is not None else "register"
    evidence = describe("outlet", "", None, hedge)
    if beside:
        evidence = f'{evidence}; not stated by "{beside}" (narration beside it)'
    if claimant is None and (channel := ctx.channel) is not None:
        # "We at Aid Now have …": an organisation publishing in its own voice speaks for its
        # side. "HARBOUR, April 8. /NNA/.": a news agency, even a party's own, is the media
        # in its own voice (the corpus conventions: state agencies' own figures are media).
        side = "media" if channel.form == "dateline" else channel.side
        evidence = f'{evidence}; the outlet is "{channel.name}" ({channel.form}), of {channel.side}'
        return Voice("", channel.name, side, stated, "", denial, evidence,
                     confidence("outlet", "outlet", hedge))  # fmt: skip
    return Voice(ctx.outlet or "", "", side, stated, "", denial, evidence,
                 confidence("outlet", basis, hedge))  # fmt: skip


def _link(cue: Cue, q: Quantity, link: str) -> str:
    """Return how a cue of the figure's own sentence stands to it."""
    if link:
        return link
    if cue.form in ("according", "headline"):
        return cue.form
    if cue.start <= q.start and q.end <= cue.end:
        return "around"
    return "after" if cue.start >= q.end else "before"


def _body_twin(ctx: Context, index: int, q: Quantity) -> tuple[int, Quantity] | None:
    """Return the first body figure after a headline with one of the same values (bounds too)."""
    values = {q.value, q.low, q.high} - {None}
    for i in range(index + 1, min(len(ctx.sentences), index + HEADLINE_REACH)):
        s = ctx.sentences[i]
        if s.voice != "body" or not values:
            continue
        for other in find_quantities(ctx.text[s.start : s.end]):
            if values & ({other.value, other.low, other.high} - {None}):
                return i, replace(other, start=other.start + s.start, end=other.end + s.start)
    return None


#: An open quotation mark before a headline's figure, with no close between.
_QUOTED = re.compile(r"[\"“][^\"”]*\Z")


def attribute(ctx: Context, index: int, q: Quantity) -> Voice:
    """Return who states the figure q of sentence index (see the module docstring).

    A headline figure credited to a bare role that has no side ("…, minister says") takes
    the speaker of the first body figure with the same value within HEADLINE_REACH
    sentences, when the body names one (issue 18, kind 6); a role with a side but no
    registered claimant ("Governor says 14 dead") takes the body's registered claimant of the
    same side. Its evidence says so. A headline
    that credits no one stays the outlet's (the corpus labels headlines so).
    """
    sentence = ctx.sentences[index]
    if sentence.voice == "headline" and _CALLED_FALSE.search(
        ctx.text, sentence.start, sentence.end
    ):
        # "Posts falsely claim the blasts killed 4,000": a fact check's headline names the
        # figure to call it false, in its own voice (blind set 5, judgement call 8)
        voice = outlet_voice(ctx)
        verdict = "; a fact check's headline calling the figure false (narration beside it)"
        return replace(voice, evidence=voice.evidence + verdict)
    voice = _attribute(ctx, index, q)
    # a live blog entry's title is a caption line: "7:40 pm | Minister: 180 still missing";
    # a quote in one names no one but is someone's: '16:30 | Talcahuano: "we have 30 dead"'
    quoted = not voice.name and _QUOTED.search(ctx.text, sentence.start, q.start) is not None
    if sentence.voice not in ("headline", "caption") or voice.claimant:
        return voice
    if not voice.name and not quoted:
        return voice
    if voice.denial or UNNAMED.search(voice.name):
        return voice
    twin = _body_twin(ctx, index, q)
    if twin is None:
        return voice
    body = _attribute(ctx, *twin)
    if body.side in ("media", "unknown") or not body.name:
        return voice
    if voice.name and voice.side != "unknown" and (body.side != voice.side or not body.claimant):
        return voice  # "Governor says 14 dead": only the registered governor of the body
    evidence = f"headline matches body figure at {twin[1].start}: {body.evidence}"
    return replace(body, evidence=evidence, confidence=min(body.confidence or 0, 0.8))


def _attribute(ctx: Context, index: int, q: Quantity) -> Voice:
    """Return who states the figure q of sentence index, from its own sentence and context."""
    sentence = ctx.sentences[index]
    rumour = rumour_of(ctx.text, sentence.start, sentence.end, q)
    publisher = ctx.register.claimants.get(ctx.outlet or "") or ctx.channel  # an NGO's own page
    if rumour is not None and publisher is not None and rumour[0].startswith(REPORTS):
        rumour = None  # "There are also reports of more than 70 …" in WHO's statement: WHO's
    if rumour is not None:  # "Figures … circulating on social networks", "Rumours of 100 … false"
        name, evidence, denied, sure = rumour
        return Voice("", name, "unknown", "", "", denied, evidence, sure)
    person = described_person(ctx.text, sentence.start, q)
    if person and not ctx.quoted(q.start):  # "…, says Rosa Chavez, who lost 11 relatives"
        return outlet_voice(ctx, "", "", beside=person)
    cues = ctx.sentence_cues(index)
    # "X's figure of 37" binds what follows it; a figure names no speaker ("Massacre of 100s")
    cues = [c for c in cues if (c.form != "possessive" or c.start < q.end) and not c.holds(q)]
    cue, where, link = None, index, ""
    if cues:
        cue = _nearest_cue(ctx.text, cues, q)
        cue = credits.gapped_speaker(ctx, index, q, cue) or cue  # ", Jordan 75, Tunisia 49"
        trailing = TRAILING.search(ctx.text, max(0, cue.start - 4), cue.start) or (
            TRAILING_NAME.search(ctx.text, max(0, cue.start - 10), cue.start)
        )
        contrast = CONTRAST.search(ctx.text, q.end, sentence.end)  # the verb's clause after
        if cue.start >= q.end and not trailing and contrast and contrast.start() < cue.start:
            cue = None  # "X has given 471, while Y's estimates are lower": Y's clause only
        elif cue.start >= q.end and not trailing and _WHERE.search(ctx.text, q.end, cue.start):
            cue = None  # "Thousands are stranded near X, where local leaders estimate …"
        elif sentence.voice == "headline" and _AFTER_TOLL.search(ctx.text, cue.end, q.start):
            return outlet_voice(ctx, "", "", beside=cue.name or "the speaker")  # "… says … after"
        elif figure_in_subject(ctx.text, sentence.start, q, cue):
            # "the families of at least 17 victims have said" (blind set 19): who they are
            return outlet_voice(ctx, "", "", beside=cue.name or "the speaker")
        elif cue.start >= q.end and _AS_THAT.search(
            ctx.text, q.end, min(cue.end + 60, sentence.end)
        ):
            cue = None
        elif narrated(ctx.text, cue, q):  # "…, during which forces freed four captives"
            heading, at, how = ctx.heading_for(index)  # a party's statement narrates too
            if heading is None:
                return outlet_voice(ctx, "", "", beside=cue.name or "the speaker")
            cue, where, link = heading, at, how
        elif (
            sentence.voice == "headline"
            and ";" in ctx.text[min(cue.end, q.end) : max(cue.start, q.start)]
        ):
            cue = None  # "Stampede kills 121; crowd exceeded limit, police say": two clauses
        elif sentence.voice == "headline" and speaks_after(ctx.text, cue, q, sentence.end):
            return outlet_voice(ctx, "", "", beside=cue.name)  # "27, governor says 45" (user 26)
        if (
            cue is not None
            and cue.form == "headline"
            and cue.side == "unknown"
            and not cue.claimant
        ):
            note = credits.figures_note(ctx, index)  # "Other hospitals: 330" under "(source: X)"
            cue, where, link = note if note[0] is not None else (cue, where, link)
    else:
        cue, where = _quote_cue(ctx, q.start)
        link = "quotation" if cue is not None else ""
    if cue is None:  # "- … with 1,176 (MoHA).": the list item's own source
        cue, where, link = credits.item_source(ctx, index)
    if cue is None and sentence.voice == "body":
        cue, where, link = carried(ctx, index)
    if (cue is None or (cues and all(ctx.quoted(c.start) for c in cues))) and (
        sentence.voice == "body"
    ):
        run = credits.quotation_run(ctx, index)  # a quotation of several paragraphs: its introducer
        run = run if run[0] is not None else credits.announced_run(ctx, index)  # a printed text
        if run[0] is not None:
            cue, where, link = run
    if cue is None and sentence.voice == "body":
        cue, where, link = ctx.turn_for(index)  # a transcript's turn: its speaker's label
        if cue is None and ctx.newsroom_turn(index):  # "REPORTER: … 92 bodies" (blind set 18)
            voice = outlet_voice(ctx)
            return replace(voice, evidence=f"{voice.evidence}; its own journalist's turn")
    if cue is None and sentence.voice == "body":
        cue, where, link = credits.quote_label(ctx, index)
    if cue is None:  # "(X figures as of 2 April)" atop a list
        cue, where, link = credits.figures_note(ctx, index)
    if cue is None and sentence.voice == "body":
        cue, where, link = credits.credited_later(ctx, index)
    if cue is None:
        cue, where, link = ctx.heading_for(index)  # a release's title, lines and lists too
    if cue is None:
        cue, where, link = credits.document_source(ctx, index)
    hedge = _HEDGE.search(ctx.text, sentence.start, sentence.end)
    if cue is None:
        voice = outlet_voice(ctx, hedge[0] if hedge else "")
        if OWN_WITNESS.match(ctx.text, sentence.start):  # "An AFP correspondent … saw"
            return replace(voice, evidence=f"{voice.evidence}; its own witness (a reporter)")
        if OWN_COUNT.match(ctx.text, sentence.start):  # "Our count is 42 dead" (new user 20)
            return replace(voice, evidence=f"{voice.evidence}; its own count")
        return voice
    speaker, stated = resolve(ctx, where, cue)
    if speaker is None:
        return outlet_voice(ctx, "", stated, cue.denial)
    if describes_event(ctx.text, cue, q):
        # "apologised for a strike that killed 10": whether the speaker owns the figure
        # varies (the labels differ between a denial and an apology), so the model may judge;
        # a verdict's never does
        beside = speaker.name or cue.name or "the court" if verdict(ctx.text, cue, q) else ""
        return outlet_voice(ctx, "", stated, beside=beside)
    if summed_after(ctx.text, cue, q):  # "…, police said, bringing the toll to 92"
        return outlet_voice(ctx, "", stated, beside=speaker.name or cue.name or "the speaker")
    if circumstance(ctx, cue, q):
        heading, at, _ = ctx.heading_for(index)  # a party's statement: its author narrates
        if heading is None or heading is cue:
            return outlet_voice(ctx, "", stated, beside=speaker.name or cue.name or "the speaker")
        speaker, stated = resolve(ctx, at, heading)
        cue, link = heading, "heading"
        if speaker is None:
            return outlet_voice(ctx, "", stated)
    link = _link(cue, q, link)
    # a printed text's own words after its introducer's doubts ("could not be confirmed")
    doubts = cue.end > q.start or not link.startswith(("text introduced", "quotation"))
    disowned = disowning(ctx.text, cue, q, sentence.end) if doubts else None
    if disowned:
        evidence = (f'disowned by "{speaker.name}": "{disowned[0]}" (not its figure; see the '
                    "descriptor's conventions.denials)")  # fmt: skip
        return Voice("", "", "unknown", stated, "", False, evidence, 0.3)
    if speaker.basis == "local" and _NEIGHBOUR.match(ctx.text, sentence.start, sentence.end):
        # "In neighbouring Thailand, 10 were killed in Bangkok, city officials said": the
        # officials of another country, not the local authority of the event's place
        speaker = replace(speaker, side="third_party", basis="foreign")
    if speaker.side == "unknown":
        speaker = fallback_side(ctx, speaker)
    if speaker.side == "unknown" and UNNAMED.search(cue.name):
        link = "unnamed"
    evidence = describe(link, cue.name or ctx.text[cue.start : cue.end], speaker)
    sure = confidence("denial" if speaker.denial else link, speaker.basis)
    relayed_by = _ARTICLE.sub("", speaker.relayed_by)
    name = speaker.name
    if not speaker.claimant:
        name = full_name(speaker.name, cue.start, ctx.entities, speaker.side)
        name = name.lstrip("-–— ")  # "Addis Abeba, 24 November - The Commission said": no dash
    return Voice(speaker.claimant, name, speaker.side, stated, relayed_by,
                 speaker.denial, evidence, sure)  # fmt: skip
