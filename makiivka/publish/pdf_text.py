"""Put right-to-left text of a chart's PDF in reading order, so its text layer reads as written.

vl-convert (svg2pdf) draws each glyph as its own text object at an absolute
position (``q BT … Tm … Tf … Tj ET Q``), left to right as the shaped line is laid
out. For Arabic or Hebrew that is the reverse of the reading order, so a PDF
reader that takes the text in drawing order (copy and paste, search, pypdf)
gets a name backwards. Each glyph object stands alone, so drawing the glyphs of
a right-to-left run in reading order changes no pixel; this module does that,
after reading each glyph's characters from its font's ``ToUnicode`` map.

Digits inside a right-to-left run keep their left-to-right order, as the Unicode
bidirectional algorithm lays them out; left-to-right text is never moved.
The rule is written here because no PDF library reorders content (pypdf, pikepdf
and qpdf read or write content streams as they are).
"""

from __future__ import annotations

import re
import unicodedata

_HEX = re.compile(r"<([0-9A-Fa-f]+)>")
_BLOCK = re.compile(r"begin(bfchar|bfrange)(.*?)end\1", re.S)
RTL, LTR, NUMBER, NEUTRAL = "R", "L", "N", "-"
#: Unicode bidirectional classes (UAX #9) as this module groups them.
_CLASSES = {"R": RTL, "AL": RTL, "L": LTR, "EN": NUMBER, "AN": NUMBER}


def _text(hex_digits: str) -> str:
    data = bytes.fromhex(hex_digits)
    return data.decode("utf-16-be", errors="replace")


def to_unicode(cmap: bytes) -> dict[int, str]:
    """Return a ``ToUnicode`` CMap's glyph codes and their text (``bfchar`` and ``bfrange``).

    >>> to_unicode(b"1 beginbfchar <0002> <0648> endbfchar 1 beginbfrange <0005> <0006> <0031>"
    ...            b" endbfrange")
    {2: 'و', 5: '1', 6: '2'}
    """
    text = cmap.decode("latin-1")
    codes: dict[int, str] = {}
    for kind, body in _BLOCK.findall(text):
        if kind == "bfchar":
            pairs = _HEX.findall(body)
            for source, target in zip(pairs[::2], pairs[1::2], strict=False):
                codes[int(source, 16)] = _text(target)
            continue
        for line in body.strip().splitlines():
            parts = _HEX.findall(line)
            if len(parts) < 3:
                continue
            low, high = int(parts[0], 16), int(parts[1], 16)
            if "[" in line:
                for offset, target in enumerate(parts[2:]):
                    codes[low + offset] = _text(target)
            else:
                first = int(parts[2], 16)
                for offset in range(high - low + 1):
                    codes[low + offset] = chr(first + offset)
    return codes


def direction(text: str) -> str:
    """Return how a glyph's text runs: ``R`` (right to left), ``L``, ``N`` (a digit) or ``-``.

    >>> [direction(t) for t in ("و", "M", "4", "٤", " ", "")]
    ['R', 'L', 'N', 'N', '-', '-']
    """
    for char in text:
        kind = _CLASSES.get(unicodedata.bidirectional(char))
        if kind:
            return kind
    return NEUTRAL


def logical_order(kinds: list[str]) -> list[int]:
    """Return the drawing order that reads each right-to-left stretch of a line as written.

    *kinds* are the glyphs' directions (:func:`direction`) left to right on the
    line. A stretch is glyphs that are not left to right, holding at least one
    right-to-left glyph, trimmed of neutral glyphs at its ends; within it the glyphs
    are reversed, each run of digits kept in its own order.

    >>> logical_order(["R", "R", "-", "R"])
    [3, 2, 1, 0]
    >>> logical_order(["L", "-", "R", "N", "N", "-", "R", "-", "L"])
    [0, 1, 6, 5, 3, 4, 2, 7, 8]
    """
    order = list(range(len(kinds)))
    start = 0
    while start < len(kinds):
        if kinds[start] in (LTR, NEUTRAL):
            start += 1
            continue
        end = start
        while end < len(kinds) and kinds[end] != LTR:
            end += 1
        stop = end
        while stop > start and kinds[stop - 1] == NEUTRAL:
            stop -= 1
        if RTL in kinds[start:stop]:
            tokens: list[list[int]] = []
            for index in range(start, stop):
                if kinds[index] == NUMBER and tokens and kinds[tokens[-1][-1]] == NUMBER:
                    tokens[-1].append(index)
                else:
                    tokens.append([index])
            order[start:stop] = [i for token in reversed(tokens) for i in token]
        start = end
    return order


def _glyph_units(instructions) -> list[tuple[int, int]]:
    """Return (start, end) of each ``q BT … ET Q`` group that draws one string."""
    units, at = [], 0
    names = [str(op.operator) for op in instructions]
    while at < len(names):
        if names[at] == "q" and at + 1 < len(names) and names[at + 1] == "BT":
            end = at + 2
            while end < len(names) and names[end] not in ("ET", "BT", "q", "Q"):
                end += 1
            if end + 1 < len(names) and names[end] == "ET" and names[end + 1] == "Q":
                units.append((at, end + 2))
                at = end + 2
                continue
        at += 1
    return units


def _unit_text(instructions, unit, fonts: dict[str, dict[int, str]]) -> str | None:
    font, shown = None, []
    for op in instructions[unit[0] : unit[1]]:
        name = str(op.operator)
        if name == "Tf":
            font = str(op.operands[0])
        elif name == "Tj":
            shown.append(bytes(op.operands[0]))
        elif name in ("TJ", "'", '"'):
            return None  # not one glyph run that this module understands: left in place
    codes = fonts.get(font or "")
    if codes is None or len(shown) != 1:
        return None
    data = shown[0]
    return "".join(
        codes.get(int.from_bytes(data[i : i + 2], "big"), "") for i in range(0, len(data), 2)
    )


def _font_maps(resources) -> dict[str, dict[int, str]]:
    maps = {}
    for name, font in (resources.get("/Font") or {}).items():
        if "/ToUnicode" in font:
            maps[str(name)] = to_unicode(font.ToUnicode.read_bytes())
    return maps


def _reorder(instructions, fonts) -> list | None:
    """Return the instructions with right-to-left glyphs in reading order, or None if unchanged."""
    units = _glyph_units(instructions)
    runs: list[list[tuple[int, int]]] = []
    for unit in units:
        if runs and runs[-1][-1][1] == unit[0]:
            runs[-1].append(unit)
        else:
            runs.append([unit])
    changed = False
    result = list(instructions)
    for run in runs:
        texts = [_unit_text(instructions, unit, fonts) for unit in run]
        kinds = [LTR if text is None else direction(text) for text in texts]
        order = logical_order(kinds)
        if order == list(range(len(run))):
            continue
        changed = True
        pieces = [instructions[run[i][0] : run[i][1]] for i in order]
        result[run[0][0] : run[-1][1]] = [op for piece in pieces for op in piece]
    return result if changed else None


def _objects_with_content(pdf):
    """Yield each page and each form XObject: the things that hold content streams."""
    import pikepdf

    seen = set()
    for page in pdf.pages:
        yield page.obj, page.obj.get("/Resources") or pikepdf.Dictionary(), page
        stack = [page.obj.get("/Resources")]
        while stack:
            resources = stack.pop()
            if resources is None:
                continue
            for xobject in (resources.get("/XObject") or {}).values():
                key = xobject.objgen
                if key in seen or xobject.get("/Subtype") != "/Form":
                    continue
                seen.add(key)
                inner = xobject.get("/Resources")
                yield xobject, inner or pikepdf.Dictionary(), None
                stack.append(inner)


def put_in_reading_order(pdf) -> int:
    """Redraw right-to-left glyph runs of every page and form of *pdf* in reading order.

    *pdf* is an open ``pikepdf.Pdf``, changed in place; returns how many content
    streams changed (0 for a chart without right-to-left text, left byte for byte).
    """
    import pikepdf

    changed = 0
    for holder, resources, page in _objects_with_content(pdf):
        fonts = _font_maps(resources)
        if not any(direction(t) == RTL for codes in fonts.values() for t in codes.values()):
            continue
        source = page if page is not None else holder
        instructions = list(pikepdf.parse_content_stream(source))
        reordered = _reorder(instructions, fonts)
        if reordered is None:
            continue
        data = pikepdf.unparse_content_stream(reordered)
        if page is not None:
            page.obj.Contents = pdf.make_stream(data)
        else:
            holder.write(data)
        changed += 1
    return changed
