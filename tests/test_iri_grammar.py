"""Importing Altair through makiivka leaves the IRI grammar unbuilt, and IRIs still checked."""

from __future__ import annotations

import json
import subprocess
import sys

CHECK = """
import json, sys
import makiivka, altair, jsonschema
grammar = "rfc3987_syntax.syntax_helpers"
before = grammar in sys.modules
checker = jsonschema.Draft7Validator.FORMAT_CHECKER
valid = {value: checker.conforms(value, "iri") for value in sys.argv[1:]}
print(json.dumps({"before": before, "after": grammar in sys.modules, "valid": valid}))
"""
IRIS = {
    "https://ria.ru/20230102/makiivka-1234.html": True,
    "http://example.com/страница": True,
    "http://a b": False,
    "not an iri": False,
}


def test_the_grammar_is_built_on_the_first_iri_check_only():
    done = subprocess.run(
        [sys.executable, "-c", CHECK, *IRIS], capture_output=True, text=True, check=True
    )
    found = json.loads(done.stdout)
    assert found == {"before": False, "after": True, "valid": IRIS}


def test_other_code_asking_the_module_for_anything_gets_the_real_one():
    code = (
        "import makiivka, rfc3987_syntax as r, sys; "
        "print(r.RFC3987_SYNTAX_GRAMMAR_PATH.name, sys.modules['rfc3987_syntax'] is not r)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["syntax_rfc3987.lark", "True"]
