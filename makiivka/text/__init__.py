"""Read numbers and dates out of phrases: pure parsers on strings (no pandas, no disk).

``quantities`` turns "at least 89", "more than 60" or "dozens" into a value with
inclusive bounds and a qualifier; ``dates`` resolves "late Tuesday" against a
publication date. ``number_words``, ``vocabulary`` and ``characters`` hold what
``quantities`` reads: number words, its word tables, and the invisible characters it reads
past (the ledger checks use ``characters`` to refuse bidirectional controls in quotes).
Everything above this room builds on these.
"""
