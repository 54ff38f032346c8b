"""A tall chart's notebook PNG is stored with a palette, so a notebook stays under 2 MB."""

from __future__ import annotations

import io
import random

from PIL import Image

from makiivka.publish.display import PNG_BUDGET, light_png
from makiivka.publish.png import png_size


def noisy_png(width: int, height: int) -> bytes:
    """A PNG of a few chart colours with anti-aliasing-like noise: hard to compress."""
    rng = random.Random(20)
    colours = [(213, 94, 0), (0, 114, 178), (0, 158, 115), (255, 255, 255)]
    image = Image.new("RGBA", (width, height))
    image.putdata([(*c, 255) for c in (rng.choice(colours) for _ in range(width * height))])
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_heavy_png_gets_a_palette_and_keeps_its_size_in_pixels():
    heavy = noisy_png(1200, 1200)
    assert len(heavy) > PNG_BUDGET
    light = light_png(heavy)
    assert len(light) < len(heavy) / 2
    assert png_size(light) == (1200, 1200)
    assert Image.open(io.BytesIO(light)).mode == "P"
    assert light_png(heavy) == light  # deterministic


def test_a_light_png_is_kept_byte_for_byte():
    small = noisy_png(100, 100)
    assert light_png(small) == small
