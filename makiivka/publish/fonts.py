"""Draw every chart with the fonts vl-convert bundles, never with the machine's own.

vl-convert looks for system fonts through fontconfig's configuration, and a
system font of the same family wins over its bundled copy: with Debian's
``fonts-liberation`` (1.07, which Chromium pulls in) every chart is drawn in
that Liberation Sans, without it in vl-convert's bundled Liberation Sans, and
every PNG, PDF and notebook image differs between the two machines.
:func:`use_bundled_fonts` points ``FONTCONFIG_FILE`` at a configuration whose
only font folder holds no fonts, so only the bundled fonts are left. It must
run before vl-convert first loads fonts; importing ``makiivka.publish`` does it.
fontconfig is how Linux and macOS find fonts; on Windows vl-convert reads the
Windows font folder, which this cannot hide.
"""

from __future__ import annotations

import os
from pathlib import Path

#: fontconfig configuration with no font folder but ``/dev/null``.
BUNDLED_FONTS_ONLY = Path(__file__).with_name("bundled-fonts-only.conf")


def use_bundled_fonts() -> None:
    """Make vl-convert, in this process and its children, draw with its bundled fonts only."""
    os.environ["FONTCONFIG_FILE"] = str(BUNDLED_FONTS_ONLY)
