"""Charts are drawn with vl-convert's bundled fonts, whatever fonts the machine has."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from makiivka.publish.fonts import BUNDLED_FONTS_ONLY

RENDER = """
import hashlib, json, sys
{setup}
import vl_convert as vlc
spec = json.load(open(sys.argv[1]))
print(hashlib.sha256(vlc.vegalite_to_png(spec, scale=2)).hexdigest())
"""


def png_digest(setup: str, fontconfig: Path) -> str:
    spec = Path(__file__).parents[2] / "outputs" / "charts" / "gap.vl.json"
    env = {**os.environ, "FONTCONFIG_FILE": str(fontconfig)}
    result = subprocess.run(
        [sys.executable, "-c", RENDER.format(setup=setup), str(spec)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_the_configuration_names_no_real_font_folder():
    text = BUNDLED_FONTS_ONLY.read_text(encoding="utf-8")
    assert "<dir>/dev/null</dir>" in text
    assert text.count("<dir") == 1 and "<include" not in text


def test_importing_makiivka_hides_the_system_fonts(tmp_path):
    # A configuration as a desktop's: every system font folder (Debian's fonts-liberation lives
    # there). Importing makiivka.publish must win over it.
    system = tmp_path / "system.conf"
    system.write_text(
        '<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts</dir>'
        "<dir>/usr/local/share/fonts</dir></fontconfig>\n",
        encoding="utf-8",
    )
    bundled_only = png_digest("", BUNDLED_FONTS_ONLY)
    assert png_digest("import makiivka.publish", system) == bundled_only
