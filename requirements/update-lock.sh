#!/usr/bin/env bash
# Refresh requirements/lock.txt from pyproject.toml: every runtime, lab and test
# dependency pinned to one version, with the sha256 of each of its files, for
# Python 3.11 (on Linux, macOS and Windows alike: uv's universal resolution).
#
#   bash requirements/update-lock.sh              # add what pyproject.toml now needs, keep other pins
#   bash requirements/update-lock.sh --upgrade    # move every pin to the newest version allowed
#
# uv does the resolving (pip-tools' pip-compile does the same, more slowly); it is
# installed into a throwaway venv at the version below, so the lock does not depend
# on whichever uv happens to be on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION=0.13.9
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
"$PYTHON" -m venv "$tool"
"$tool/bin/python" -m pip install --quiet "uv==$UV_VERSION"

"$tool/bin/uv" pip compile pyproject.toml \
    --extra lab --extra test \
    --universal --python-version 3.11 \
    --generate-hashes \
    --index-url https://pypi.org/simple \
    --custom-compile-command "bash requirements/update-lock.sh" \
    --output-file requirements/lock.txt \
    --quiet "$@"
# pip's --require-hashes refuses a package that a locked package asks for with an extra
# ("readability-lxml" needs "lxml[html_clean]") unless the lock pins it with that extra: uv
# writes the pin without it ("lxml==…"), so a fresh install fails. Name the extras here;
# tests/test_packaging.py fails when a locked package asks for one that is not named.
EXTRAS=("lxml[html-clean]" "jsonschema[format-nongpl]" "bleach[css]")
for pinned in "${EXTRAS[@]}"; do
    name=${pinned%%\[*}
    sed -i.bak -E "s/^${name}==/${pinned//[/\\[}==/" requirements/lock.txt && rm requirements/lock.txt.bak
done
echo "requirements/lock.txt: $(grep -c '^[a-z0-9]' requirements/lock.txt) packages pinned"
