"""Draw every chart with the fonts vl-convert bundles, never with the machine's own.

vl-convert looks for system fonts through fontconfig's configuration, and a
system font of the same family wins over its bundled copy: with Debian's
``fonts-liberation`` (1.07, which Chromium pulls in) every chart is drawn in
that Liberation Sans, without it in vl-convert's bundled Liberation Sans, and
every PNG, PDF and notebook image differs between the two machines.

:func:`bundled_vl_convert` points ``FONTCONFIG_FILE`` at a configuration whose
only font folder holds no fonts, has vl-convert load its font database (once
per process: it draws one letter), and puts the variable back, so that other
programs started from this process (a browser, a kernel) still see the
machine's fonts. A process that had vl-convert draw text before this keeps the
fonts it loaded then. fontconfig is how Linux and macOS find fonts; on Windows
vl-convert reads the Windows font folder, which this cannot hide.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from types import ModuleType

#: fontconfig configuration with no font folder but ``/dev/null``.
BUNDLED_FONTS_ONLY = Path(__file__).with_name("bundled-fonts-only.conf")
_ONE_LETTER = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">'
    '<text y="8" font-family="Liberation Sans">a</text></svg>'
)


@functools.cache
def bundled_vl_convert() -> ModuleType:
    """Return the vl_convert module, its fonts loaded from its bundle only."""
    previous = os.environ.get("FONTCONFIG_FILE")
    os.environ["FONTCONFIG_FILE"] = str(BUNDLED_FONTS_ONLY)
    try:
        import vl_convert

        vl_convert.svg_to_png(_ONE_LETTER)  # loads the font database while only this is seen
    finally:
        if previous is None:
            del os.environ["FONTCONFIG_FILE"]
        else:
            os.environ["FONTCONFIG_FILE"] = previous
    return vl_convert
