"""Place direct labels without collision, in px, before Vega draws them.

Labels are boxes measured with the chart font (:mod:`makiivka.charts.measure`).
A value label tries a few spots around its mark and is moved to the first that
stays inside the plot and overlaps no label or mark already placed; where none
does, it is dropped (the mark's tooltip still says it). Line-end labels keep their
order and are pushed apart vertically (a one-dimensional dodge).
"""

from __future__ import annotations

from dataclasses import dataclass

from makiivka.charts.measure import text_width

#: Gap in px between a mark and its label.
LABEL_GAP = 6


@dataclass(frozen=True)
class Box:
    """A rectangle in px: left, top, right, bottom (y grows downwards, as in SVG)."""

    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Box) -> bool:
        """Tell whether two boxes share any area."""
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def inside(self, width: float, height: float) -> bool:
        """Tell whether the box lies within (0, 0)–(width, height)."""
        return self.left >= 0 and self.top >= 0 and self.right <= width and self.bottom <= height


def mark_box(x: float, y: float, radius: float = 6) -> Box:
    """Return the box a point mark of *radius* px covers."""
    return Box(x - radius, y - radius, x + radius, y + radius)


def place_labels(
    marks: list[tuple[float, float, str]],
    width: float,
    height: float,
    size: float = 12,
    obstacles: list[Box] | None = None,
    bold: bool = False,
) -> list[tuple[float, float] | None]:
    """Return where each label's centre goes, or None where it would collide.

    *marks* are (x, y, text) in plot px, in the order labels are placed (earlier
    labels win). Each tries above its mark, below, right, then left; a 12 px label sits
    6 px plus 7.2 px (0.6 of its size) from its mark's centre. Labels drawn *bold* are
    measured in the bold face.

    >>> place_labels([(50, 50, "63"), (52, 50, "89")], 200, 100)
    [(50, 36.8), (52, 63.2)]
    >>> place_labels([(50, 50, "63"), (51, 50, "63"), (52, 50, "89")], 200, 100)[2] is None
    True
    """
    taken = list(obstacles or [])
    found: list[tuple[float, float] | None] = []
    for x, y, text in marks:
        half_w, half_h = text_width(text, size, bold) / 2 + 1, size * 0.6
        spots = [
            (x, y - LABEL_GAP - half_h),
            (x, y + LABEL_GAP + half_h),
            (x + LABEL_GAP + half_w, y),
            (x - LABEL_GAP - half_w, y),
        ]
        placed = None
        for cx, cy in spots:
            box = Box(cx - half_w, cy - half_h, cx + half_w, cy + half_h)
            if box.inside(width, height) and not any(box.overlaps(t) for t in taken):
                placed = (cx, round(cy, 1))
                taken.append(box)
                break
        found.append(placed)
    return found


def dodge(wanted: list[float], heights: list[float], top: float, bottom: float) -> list[float]:
    """Move label centres apart so that no two boxes (of *heights*) overlap, in order.

    *wanted* are the centres the labels would take (their lines' last values in px);
    the result keeps their order, stays within *top*–*bottom* where the labels fit, and
    moves the labels as little as it can: labels that would overlap form a block, centred on
    where its labels want to be, and a block that then reaches the one above joins it (so a
    block centred upwards never lands on the labels above it, as "Bhola District
    Administration: 52" once landed on "Bangladesh Coast Guard: 45").

    >>> dodge([50, 52, 200], [14, 14, 14], 0, 300)
    [44.0, 58.0, 200.0]
    >>> dodge([68.2, 68.2, 105.3, 44.6, 81.7], [15, 30, 15, 15, 15], 0, 220)
    [51.1, 73.6, 111.1, 36.1, 96.1]
    """
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    blocks: list[tuple[list[int], float]] = []  # (labels in order, the block's top edge)

    def placed(members: list[int]) -> tuple[list[int], float]:
        offsets, edge = [], 0.0
        for i in members:
            offsets.append(edge + heights[i] / 2)
            edge += heights[i]
        start = sum(wanted[i] - o for i, o in zip(members, offsets, strict=True)) / len(members)
        return members, max(top, min(start, bottom - edge))

    for i in order:
        blocks.append(placed([i]))
        while len(blocks) > 1:
            (above, start), (below, lower) = blocks[-2], blocks[-1]
            if start + sum(heights[j] for j in above) <= lower + 0.01:
                break
            blocks[-2:] = [placed(above + below)]
    centres: dict[int, float] = {}
    for members, edge in blocks:
        for i in members:
            centres[i] = edge + heights[i] / 2
            edge += heights[i]
    return [round(centres[i], 1) for i in range(len(wanted))]
