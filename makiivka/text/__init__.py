"""Read numbers and dates out of phrases: pure parsers on strings (no pandas, no disk).

``quantities`` turns "at least 89", "more than 60" or "dozens" into a value with
inclusive bounds and a qualifier; ``dates`` resolves "late Tuesday" against a
publication date. Everything above this room builds on these two.
"""
