"""Sourced, tidy data about what news articles claim about one contested event.

The loaders, parsers and analysis import eagerly (pandas is the only heavy
dependency); chart builders load Altair only when first used, so
``import makiivka`` stays light.
"""

from __future__ import annotations

import importlib
from typing import Any

from makiivka.analysis import assertions, gap_table, revisions
from makiivka.story.load import load_articles, load_claimants, load_claims, read_dataset, validate
from makiivka.story.problems import DataError, Problem

#: Public names served lazily: name -> module.
LAZY = {
    "parse_quantity": "makiivka.text.quantities",
    "find_quantities": "makiivka.text.quantities",
    "resolve_date": "makiivka.text.dates",
}

__all__ = [
    "DataError",
    "Problem",
    "assertions",
    "gap_table",
    "load_articles",
    "load_claimants",
    "load_claims",
    "read_dataset",
    "revisions",
    "validate",
    *LAZY,
]


def __getattr__(name: str) -> Any:
    """Import chart builders and parsers on first use."""
    if name in LAZY:
        return getattr(importlib.import_module(LAZY[name]), name)
    raise AttributeError(f"module 'makiivka' has no attribute {name!r}")
