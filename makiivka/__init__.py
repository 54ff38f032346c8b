"""Sourced, tidy data about what news articles claim about one contested event.

The loaders, parsers and analysis import eagerly (pandas is the only heavy
dependency); chart builders load Altair only when first used, so
``import makiivka`` stays light.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

from makiivka.analysis import assertions, gap_table, revisions
from makiivka.story.load import load_articles, load_claimants, load_claims, read_dataset, validate
from makiivka.story.problems import DataError, Problem


def _defer_iri_grammar() -> None:
    """Let jsonschema load ``rfc3987_syntax`` when it first checks an IRI, not on import.

    jsonschema's format module imports ``rfc3987_syntax`` eagerly when it is
    installed (the lab and test extras pull it in), and that import compiles a
    Lark grammar: about 1.1 s of Altair's 1.5 s import. A stand-in module hands
    jsonschema an ``is_valid_syntax`` that imports the real one on its first
    call, so "iri" and "iri-reference" formats are still validated exactly as
    before, and a process that never checks one never pays for the grammar.
    Nothing is done when jsonschema is already imported or the package is absent.
    """
    name = "rfc3987_syntax"
    if "jsonschema" in sys.modules or name in sys.modules:
        return
    if importlib.util.find_spec(name) is None:
        return
    stand_in = types.ModuleType(name)

    def real() -> types.ModuleType:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        module = importlib.import_module(name)
        stand_in.is_valid_syntax = module.is_valid_syntax
        return module

    def is_valid_syntax(rule: str, value: str) -> bool:
        return real().is_valid_syntax(rule, value)

    stand_in.is_valid_syntax = is_valid_syntax

    # Anything else asked of the stand-in (by code other than jsonschema) loads the real one.
    def forward(attribute: str) -> Any:
        if attribute.startswith("__"):  # import machinery probing (__path__, __file__…)
            raise AttributeError(attribute)
        return getattr(real(), attribute)

    stand_in.__getattr__ = forward
    sys.modules[name] = stand_in


_defer_iri_grammar()

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
