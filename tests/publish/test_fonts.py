"""Charts are drawn with vl-convert's bundled fonts, whatever fonts the machine has."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from makiivka.publish.fonts import BUNDLED_FONTS_ONLY

RENDER = """
import hashlib, json, os, sys
{setup}
spec = json.load(open(sys.argv[1]))
print(hashlib.sha256(vlc.vegalite_to_png(spec, scale=2)).hexdigest())
print(os.environ["FONTCONFIG_FILE"])
"""
PLAIN = "import vl_convert as vlc"
MAKIIVKA = "from makiivka.publish.fonts import bundled_vl_convert; vlc = bundled_vl_convert()"


def png_digest(setup: str, fontconfig: Path) -> tuple[str, str]:
    """Return the sha256 of the gap chart's PNG drawn under *fontconfig*, and the variable after."""
    spec = Path(__file__).parents[2] / "outputs" / "charts" / "gap.vl.json"
    env = {**os.environ, "FONTCONFIG_FILE": str(fontconfig)}
    result = subprocess.run(
        [sys.executable, "-c", RENDER.format(setup=setup), str(spec)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    digest, variable = result.stdout.split()
    return digest, variable


def test_the_configuration_names_no_real_font_folder():
    text = BUNDLED_FONTS_ONLY.read_text(encoding="utf-8")
    assert "<dir>/dev/null</dir>" in text
    assert text.count("<dir") == 1 and "<include" not in text


def test_system_fonts_cannot_change_a_chart_and_the_setting_is_put_back(tmp_path):
    # A configuration as a desktop's: every system font folder (Debian's fonts-liberation lives
    # there). makiivka's vl-convert must draw as if there were none, and leave the variable
    # as it found it for programs it starts (a browser needs the machine's fonts).
    system = tmp_path / "system.conf"
    system.write_text(
        '<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts</dir>'
        "<dir>/usr/local/share/fonts</dir></fontconfig>\n",
        encoding="utf-8",
    )
    bundled_only, _ = png_digest(PLAIN, BUNDLED_FONTS_ONLY)
    assert png_digest(MAKIIVKA, system) == (bundled_only, str(system))
