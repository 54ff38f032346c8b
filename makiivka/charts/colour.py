"""Give every colour a chart uses enough contrast, on a light page and on a dark one.

WCAG 2.2 asks 4.5:1 for text and 3:1 for the marks a reader needs (success
criteria 1.4.3 and 1.4.11). A party's colour from the descriptor is kept as its
hue and lightened or darkened only as far as that needs. The contrast formula is
WCAG's own few lines (relative luminance of sRGB); a colour library would add a
dependency for them. Lightness is moved in HLS (the standard library's ``colorsys``).
"""

from __future__ import annotations

import colorsys

#: The page and chart backgrounds.
LIGHT_BACKGROUND = "#FFFFFF"
DARK_BACKGROUND = "#121212"
#: WCAG 2.2 minimum contrast of text (1.4.3) and of graphical objects (1.4.11).
TEXT_CONTRAST = 4.5
MARK_CONTRAST = 3.0


def rgb(colour: str) -> tuple[float, float, float]:
    """Return ``#RRGGBB`` (or ``#RGB``) as three channels in 0–1."""
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    return tuple(int(text[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def hex_colour(channels: tuple[float, float, float]) -> str:
    """Return three 0–1 channels as ``#RRGGBB`` (upper case, as the theme writes colours)."""
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02X}" for c in channels)


def luminance(colour: str) -> float:
    """Return WCAG's relative luminance of an sRGB colour (0 black to 1 white)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two colours (1 to 21).

    >>> round(contrast("#000000", "#FFFFFF"), 1), round(contrast("#767676", "#FFFFFF"), 2)
    (21.0, 4.54)
    """
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(colour: str, opacity: float, background: str) -> str:
    """Return *colour* drawn at *opacity* over *background*, as the reader sees it."""
    top, under = rgb(colour), rgb(background)
    mixed = [opacity * a + (1 - opacity) * b for a, b in zip(top, under, strict=True)]
    return hex_colour((mixed[0], mixed[1], mixed[2]))


def with_contrast(colour: str, background: str, ratio: float) -> str:
    """Return *colour* with its hue kept and its lightness moved until it has *ratio* on
    *background* (darker on a light background, lighter on a dark one); unchanged if it has.

    >>> orange = with_contrast("#E69F00", "#FFFFFF", 4.5)  # Okabe–Ito orange: 2.3:1 as given
    >>> round(contrast("#E69F00", "#FFFFFF"), 1), contrast(orange, "#FFFFFF") >= 4.5
    (2.3, True)
    >>> with_contrast("#0072B2", "#FFFFFF", 4.5)  # 5.2:1 already
    '#0072B2'
    """
    if contrast(colour, background) >= ratio:
        return colour.upper()
    hue, light, saturation = colorsys.rgb_to_hls(*rgb(colour))
    darker = luminance(background) > 0.5
    step = -0.005 if darker else 0.005
    while 0.0 <= light <= 1.0:
        light += step
        found = hex_colour(colorsys.hls_to_rgb(hue, min(1.0, max(0.0, light)), saturation))
        if contrast(found, background) >= ratio:
            return found
    return "#000000" if darker else "#FFFFFF"


def text_colour(colour: str, background: str = LIGHT_BACKGROUND) -> str:
    """Return the colour text in *colour* takes: 4.5:1 on *background*."""
    return with_contrast(colour, background, TEXT_CONTRAST)


def mark_colour(colour: str, background: str = LIGHT_BACKGROUND) -> str:
    """Return the colour a point or line in *colour* takes: 3:1 on *background*."""
    return with_contrast(colour, background, MARK_CONTRAST)


def dark_colour(colour: str) -> str:
    """Return the dark-page counterpart of a light-page colour: its lightness mirrored
    (dark ink becomes light ink, a darker shade a lighter one), then 4.5:1 on the dark page.

    One counterpart per colour (text and marks alike), so a chart's colours swap for
    the dark page by a plain lookup, and shades of one hue stay apart.

    >>> dark_colour("#1A1A1A")  # 0.1 lightness mirrored to 0.9
    '#E5E5E5'
    >>> contrast(dark_colour("#0072B2"), DARK_BACKGROUND) >= 4.5
    True
    """
    hue, light, saturation = colorsys.rgb_to_hls(*rgb(colour))
    mirrored = hex_colour(colorsys.hls_to_rgb(hue, 1.0 - light, saturation))
    return text_colour(mirrored, DARK_BACKGROUND)


#: How the shades of one hue differ: (hue turn, share of the party colour's lightness).
SHADE_STEPS = ((0.0, 1.0), (0.0, 0.6), (0.05, 0.85), (-0.05, 0.75), (0.09, 0.6), (-0.09, 0.9),
               (0.14, 0.8), (-0.14, 0.8), (0.0, 0.4), (0.2, 0.7), (-0.2, 0.7))  # fmt: skip


def lab(colour: str) -> tuple[float, float, float]:
    """Return an sRGB colour in CIELAB (D65 white): lightness 0–100, then a* and b*."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    r, g, b = (linear(c) for c in rgb(colour))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def difference(first: str, second: str) -> float:
    """Return the CIE76 colour difference ΔE*ab of two colours (about 2.3 is just noticeable;
    :data:`APART` is what tells two lines apart at a glance).

    >>> round(difference("#753400", "#765100"), 1), round(difference("#921500", "#765100"), 1)
    (18.9, 40.4)
    """
    return sum((a - b) ** 2 for a, b in zip(lab(first), lab(second), strict=True)) ** 0.5


#: The least colour difference (ΔE*ab) between a claimant's colour and any other side's:
#: round 24's second new user could not tell a dark brown (the army's governor) from an olive
#: brown (MONUSCO) 18.9 apart on a phone legend of dots.
APART = 25.0
#: The least colour difference between two claimants of one party, light and dark page.
SIBLINGS_APART = 22.0


def shades(
    colour: str, count: int, background: str = LIGHT_BACKGROUND, avoid: tuple[str, ...] = ()
) -> list[str]:
    """Return *count* colours of *colour*'s hue family that readers can tell apart, each with
    text contrast on *background*: the party's own first, then darker and turned ones.

    Claimants of one party take these, so every line is its own colour and still reads
    as its party's (beyond the steps, shades repeat: the labels and tooltips still tell).
    Each next shade is the first step at least :data:`SIBLINGS_APART` from every shade
    taken, on the light page and on the dark one (:func:`dark_colour`; new user 27's three
    UN claimants were olive shades 19 apart, pale yellows 18 apart on the dark page), and
    :data:`APART` from each colour in *avoid* (other sides' colours): an orange party's
    second claimant turns red, not towards a yellow-brown party beside it.

    >>> blues = shades("#0072B2", 3)
    >>> blues[0], len(set(blues)), min(contrast(b, "#FFFFFF") for b in blues) >= 4.5
    ('#0072B2', 3, True)
    >>> shades("#C35600", 2), shades("#C35600", 2, avoid=("#765100",))
    (['#C35600', '#753400'], ['#C35600', '#921500'])
    >>> shades("#765100", 3)
    ['#765100', '#582200', '#374700']
    """
    base = text_colour(colour, background)
    hue, light, saturation = colorsys.rgb_to_hls(*rgb(base))
    steps: list[str] = []
    for turn, share in SHADE_STEPS:
        shade = colorsys.hls_to_rgb((hue + turn) % 1.0, light * share, saturation)
        step = text_colour(hex_colour(shade), background)
        steps += [step] if step not in steps else []

    def apart(step: str, taken: list[str]) -> bool:
        return all(min(difference(step, t), difference(dark_colour(step), dark_colour(t)))
                   >= SIBLINGS_APART for t in taken)  # fmt: skip

    def clear(step: str) -> bool:
        return not avoid or min(difference(step, a) for a in avoid) >= APART

    taken, rest = [steps[0]], steps[1:]
    while rest and len(taken) < count:
        step = next((s for s in rest if apart(s, taken) and clear(s)), None)
        step = step or next((s for s in rest if apart(s, taken)), None)
        step = step or next((s for s in rest if clear(s)), rest[0])
        taken.append(step)
        rest.remove(step)
    return [taken[index % len(taken)] for index in range(count)]
