"""Turn an article's extracted figures into proposed ledger rows: quote, claimant, date and basis.

Columns are the ledger's (``data/claims.csv``, DESIGN §3). How ``stated_at`` and
``stated_at_basis`` are filled (``conventions.anchors`` in the descriptor):

- a date the text gives beside the statement: that date, basis ``article``; counted from
  another stated date ("a day later" after "on Monday"): basis
  ``article: "a day later" counted from "on Monday"``; a range of days ("last week",
  "hours ago"): its coarsest ISO precision, basis ``article: "last week", 2022-12-26 to
  2023-01-01``;
- a range no ISO precision holds (a week across New Year), or no date at all: the
  publication date, the latest the figure can have been stated, with a basis starting
  ``publication date`` (:data:`UNDATED`), which the analysis reads as "no later than";
- a post's own figures (``basis="post"``: a Telegram channel's owner speaking): the post's
  minute, basis ``post``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta, tzinfo

from makiivka.extract.datelines import after_dateline, claimant_named
from makiivka.extract.local_times import (
    RANGES,
    localise,
    phrase_near,
    read_for_dates,
    stamp_before,
)
from makiivka.extract.records import Figure
from makiivka.extract.revision_links import link, revised_by
from makiivka.extract.sentences import split_sentences
from makiivka.story import ids
from makiivka.story.problems import DataError, Problem
from makiivka.story.register import Proposals, name_key, names_someone
from makiivka.text.brackets import balanced_span
from makiivka.text.characters import BIDI_CONTROLS, describe_bidi
from makiivka.text.dates import ResolvedDate
from makiivka.text.denials import denial_before, denial_note

NOTE = "proposed by makiivka extract"
#: The basis of a row whose text gives no date: the publication date stands in, and says so.
UNDATED = "publication date: the text does not say when this was stated (check)"
QUOTE_MAX = 220


def sentence_quote(text: str, figure: Figure, reading: str | None = None) -> tuple[str, str]:
    """Return a verbatim quote around a figure (its sentence, trimmed) and its occurrence.

    Sentences are found in *reading* (the text with wrapped lines joined, of the same
    length: :func:`makiivka.text.linebreaks.read_line_breaks`); the quote is the text's own.

    >>> t = "Intro. The Norlandic government claims that 400 soldiers were killed. End."
    >>> f = Figure(44, 47, "400", 400, 400, 400, "exact", "people", "killed", "strike", "", "", "")
    >>> sentence_quote(t, f)
    ('The Norlandic government claims that 400 soldiers were killed.', '')
    """
    reading = text if reading is None else reading
    offset = max(0, figure.start - 2000)
    start, end = figure.start, figure.end
    for sentence in split_sentences(reading[offset : figure.end + 2000]):
        if sentence.start + offset <= figure.start and figure.end <= sentence.end + offset:
            start, end = sentence.start + offset, sentence.end + offset
            # "ZONGULDAK, Turkey, Oct 15 (Reuters) - The death toll …": the sentence's own words
            start = min(after_dateline(reading, start, end), figure.start)
            break
    if end - start > QUOTE_MAX:
        left = max(start, figure.start - QUOTE_MAX // 2)
        right = min(end, figure.end + QUOTE_MAX // 2)
        if left > start:
            left = reading.find(" ", left, figure.start) + 1 or left
            # A denial read into the figure's numbers stays in the quote, where the ledger's
            # check reads the row back (makiivka.text.denials).
            if (denial := denial_before(reading, figure.start, start)) and denial.start() < left:
                left = denial.start()
        if right < end:
            right = max(reading.rfind(" ", figure.end, right), figure.end)
        start, end = left, right
    # The ledger refuses quotes holding bidirectional controls: keep the quote between them.
    for control in BIDI_CONTROLS.finditer(text, start, end):
        if control.end() <= figure.start:
            start = control.end()
        elif control.start() >= figure.end:
            end = control.start()
            break
    # No unmatched bracket or guillemet at its ends: "… killed.)", "… fighting. « C'est faux."
    start, end = balanced_span(text, start, end, (figure.start, figure.end))
    quote = text[start:end].strip()
    start += len(text[start:end]) - len(text[start:end].lstrip())
    if text.count(quote) == 1:
        return quote, ""
    occurrence, at = 0, text.find(quote)
    while at != -1 and at <= start:
        occurrence += 1
        if at == start:
            break
        at = text.find(quote, at + len(quote))
    return quote, str(occurrence)


def map_claimant(
    figure: Figure, outlet: str, register_rows: list[dict[str, str]],
    speakers: Proposals | None = None,
) -> tuple[str, str]:  # fmt: skip
    """Return the ledger claimant of a figure and a note when it was not in the register.

    A speaker the register lacks is never given to another claimant: with *speakers* (what
    ingest passes) it is registered as a proposed claimant (:class:`~makiivka.story.register.
    Proposals`); only a speaker that cannot be (side ``unknown``), or a figure with no speaker
    named, is the outlet's.
    """
    known = {r["claimant_id"] for r in register_rows}
    if figure.claimant in known:
        return figure.claimant, ""
    if not figure.claimant_name:
        return outlet, ""
    own = next((r["side"] for r in register_rows if r["claimant_id"] == outlet), "media")
    if figure.side == own != "media" and not names_someone(figure.claimant_name):
        # a party's own channel or release ("Preliminary figures: 40 died"): the outlet's own
        note = f"the text names '{figure.claimant_name}' (side {figure.side}), the outlet's side"
        return outlet, f"{note}: its own figure"
    if speakers is not None:
        claimant, note = speakers.claimant(figure.claimant_name, figure.side)
        if claimant:
            return claimant, note
    note = f"the text names '{figure.claimant_name}' (side {figure.side}), not in claimants.csv"
    return outlet, f"{note}; given to the outlet (check: not the outlet's own figure)"


def map_relay(
    figure: Figure, claimant: str, outlet: str, register_rows: list[dict[str, str]],
    speakers: Proposals | None = None, side_of: Callable[[str], str] | None = None,
) -> tuple[str, str]:  # fmt: skip
    """Return the ``relayed_by`` of the relay the extractor read ("told Reuters"), and a note.

    The claimant whose id, name, alias (or its abbreviation) it is; else one proposed as a
    speaker is, with the side *side_of* reads in its name ("Reuters": media). Empty when it
    is the claimant or the outlet itself, or when its name tells no side (the note names it).
    """
    written = figure.relayed_by.strip()
    if not written:
        return "", ""
    found = claimant_named(written, register_rows)
    if found is None and speakers is not None:
        found = speakers.known.get(name_key(written))  # "the" aside, or proposed before
        side = side_of(written) if side_of is not None and not found else "unknown"
        if side != "unknown":
            found, note = speakers.claimant(written, side)
            if found and found not in (claimant, outlet):
                return found, f"relayed by: {note}"
    if not found:
        return "", f"relayed by '{written}', not in claimants.csv (check)"
    return ("", "") if found in (claimant, outlet) else (found, "")


def one_headline_voice(
    figures: list[Figure], register_rows: list[dict[str, str]], speakers: Proposals | None,
    sentence_starts: list[int],
) -> tuple[list[Figure], dict[int, str]]:  # fmt: skip
    """Give a headline's figure that names only its party ("Peru raises … toll to 41, dozens
    still missing": :meth:`Proposals.party_name`) the one registered claimant of that side
    the headline's other figures have (the 41's); return the figures and notes by start.
    """
    notes: dict[int, str] = {}
    sides = {r["claimant_id"]: r["side"] for r in register_rows}
    heard: dict[tuple[int, str], set[str]] = {}
    for f in figures:
        if f.voice == "headline" and f.claimant in sides:
            at = bisect.bisect_right(sentence_starts, f.start)
            heard.setdefault((at, sides[f.claimant]), set()).add(f.claimant)
    out = []
    for f in figures:
        same = heard.get((bisect.bisect_right(sentence_starts, f.start), f.side), set())
        party = f.voice == "headline" and f.claimant not in sides and len(same) == 1
        if party and speakers and (label := speakers.party_name(f.claimant_name, f.side)):
            f = replace(f, claimant=min(same))
            notes[f.start] = (f"the headline names '{f.claimant_name}' (the party {label}), "
                              f"whose other figure in it is {f.claimant}'s: check it")  # fmt: skip
        out.append(f)
    return out, notes


def _span(resolved: ResolvedDate) -> str:
    """Return a range of days as 'first to last' (ISO dates)."""
    last = (resolved.end - timedelta(microseconds=1)).date()
    return f"{resolved.start.date().isoformat()} to {last.isoformat()}"


def date_and_basis(figure: Figure, published: str, near: ResolvedDate | None) -> tuple[str, str]:
    """Return a figure's stated_at (never after publication) and its basis."""
    stated = figure.stated_at
    if stated and stated[:10] > published[:10]:
        return published, "article"  # never later than publication
    if stated:
        if near is not None and near.anchor:
            return stated, f'article: "{near.text}" counted from "{near.anchor}"'
        if near is not None and near.precision in RANGES:
            return stated, f'article: "{near.text}", {_span(near)}'
        return stated, "article"
    if not stated and near is not None:
        return published, (
            f'publication date: the text says "{near.text}" ({_span(near)}), a range of days '
            "no ISO date holds; stated no later than publication (check)"
        )
    return published, UNDATED


def propose_rows(
    text: str, figures: list[Figure], *, article_id: str, outlet: str, published: str,
    register_rows: list[dict[str, str]], first_number: int, basis: str | None = None,
    name: str = "article", zone: tzinfo | None = None, speakers: Proposals | None = None,
    side_of: Callable[[str], str] | None = None, updated: str = "",
) -> list[dict[str, object]]:  # fmt: skip
    """Return the proposed ledger rows of an article's figures, numbered from *first_number*.

    *basis* ``post`` dates the outlet's own figures (a channel owner's post) by the post.
    *zone* (the story's time zone) places the text's zone-less times and parts of a day
    (:mod:`makiivka.extract.local_times`). *speakers* registers the speakers the register
    lacks as proposed claimants (:func:`map_claimant`), and the intermediaries the text names
    (:func:`map_relay`: *side_of* reads a relay's side). *updated* is a live page's last
    update (its ``dateModified``), which dates its entries' stamps. Figures with a fractional
    value are left out (the ledger counts whole numbers). Raises
    :class:`DataError` (naming *name*) for a figure holding bidirectional controls.
    """
    read = read_for_dates(text, published, zone, updated)
    reading, sentences, sentence_starts, dates, starts, stamps, until = read
    rows: list[dict[str, object]] = []
    by_start: dict[int, dict[str, object]] = {}
    ends: dict[int, int] = {}  # a figure's start: its end, where its own words follow
    revisions: list[tuple[int | None, dict[str, object]]] = []
    number = first_number
    figures, voiced = one_headline_voice(figures, register_rows, speakers, sentence_starts)
    for figure in figures:
        if any(isinstance(v, float) for v in (figure.value, figure.value_low, figure.value_high)):
            continue
        bidi = describe_bidi(figure.quote)
        if bidi:
            line = text.count("\n", 0, figure.start) + 1
            column = figure.start - text.rfind("\n", 0, figure.start)
            raise DataError(
                [Problem(name, line, column, "figure", figure.quote,
                         f"a figure without bidirectional control characters ({bidi}): they "
                         "change how it displays; remove them from the article")]
            )  # fmt: skip
        claimant, note = map_claimant(figure, outlet, register_rows, speakers)
        note = "; ".join(filter(None, [note, voiced.get(figure.start, "")]))
        quote, occurrence = sentence_quote(text, figure, reading)
        relayed = figure.converts is not None or figure.voice in ("headline", "caption")
        if relayed and claimant != outlet:
            relay = outlet  # the outlet's own wording of the figure: a headline, a caption
        else:
            relay, said = map_relay(figure, claimant, outlet, register_rows, speakers, side_of)
            note = "; ".join(filter(None, [note, said]))
        at = max(0, bisect.bisect_right(sentence_starts, figure.start) - 1)
        sentence = sentences[at] if sentences else (0, len(text))
        near = phrase_near(dates, starts, sentence, figure.start, figure.stated_at)
        stated, stated_basis = date_and_basis(figure, published, near)
        stamp = stamp_before(stamps, figure.start)
        stated, stated_basis = localise(stated, stated_basis, near, stamp, zone, until)
        if basis == "post" and claimant == outlet:
            stated, stated_basis = published, "post"
        if figure.qualifier == "up_to" and denial_before(reading, figure.start, sentence[0]):
            note = "; ".join(filter(None, [note, denial_note(figure.quote)]))
        row: dict[str, object] = {
            "claim_id": ids.format_claim_id(number), "article_id": article_id, "quote": quote,
            "occurrence": occurrence, "figure": figure.quote, "claimant": claimant,
            "relayed_by": relay,
            "metric": figure.metric, "scope": figure.scope, "value": figure.value,
            "value_low": figure.value_low, "value_high": figure.value_high,
            "qualifier": figure.qualifier, "unit": figure.unit,
            "stated_at": stated, "stated_at_basis": stated_basis,
            "supersedes": "", "status": "proposed", "notes": "; ".join(filter(None, [NOTE, note])),
        }  # fmt: skip
        if figure.revises is None:  # "up from 27", "The agency had earlier put it at 350"
            revised = revised_by(reading, sentences, at, figure, by_start)
            revisions += [(figure.start, revised)] if revised is not None else []
        by_start[figure.start] = row
        ends[figure.start] = figure.end
        rows.append(row)
        revisions.append((figure.revises, row))
        number += 1
    linked = set()
    for revises, row in revisions:
        earlier = by_start.get(revises) if revises is not None else None
        if (
            earlier is None
            or earlier["claimant"] != row["claimant"]
            or (revises, id(row)) in linked
        ):
            continue
        linked.add((revises, id(row)))
        link(earlier, row, reading, ends.get(revises, 0), zone)
    return sorted(rows, key=lambda r: ids.claim_number(str(r["claim_id"])))
