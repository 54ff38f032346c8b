"""Draw every chart with the fonts the package installs, never with the machine's own.

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

vl-convert's bundled fonts (Liberation Sans and friends) draw Latin and Cyrillic
only: an Arabic or Chinese claimant came out as empty boxes. :data:`SCRIPT_FONTS`
adds, from packages installed with makiivka (pinned in the lock, so every
machine draws the same glyphs), IBM Plex Sans Arabic (Arabic, shaped: joined
and right to left) and Noto Sans CJK (Chinese, Japanese, Korean; its Japanese
face comes first, so a Han character takes the Japanese form). A glyph the chart's
font lacks is drawn from the first registered font that has it, so each font is
registered alone and in this order: the same glyph comes from the same font
everywhere. Both are under the SIL Open Font License 1.1, which allows
embedding them in the PDFs and images we publish; the licence ships in each
package.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import shutil
import tempfile
from pathlib import Path
from types import ModuleType

#: fontconfig configuration with no font folder but ``/dev/null``.
BUNDLED_FONTS_ONLY = Path(__file__).with_name("bundled-fonts-only.conf")
#: (package, font file inside it) for the scripts vl-convert's bundled fonts lack, in the
#: order a missing glyph is looked for: Regular faces only (a bold label takes them too).
SCRIPT_FONTS = (
    ("fontpkg_ibm_plex_sans_arabic", "files/IBMPlexSansArabic-Regular.ttf"),
    ("noto_cjk_sans_otc", "NotoSansCJK-Regular.ttc"),
)
_ONE_LETTER = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">'
    '<text y="8" font-family="Liberation Sans">a</text></svg>'
)


def script_font_files() -> list[Path]:
    """Return the font files of :data:`SCRIPT_FONTS`, in order.

    Raises ``RuntimeError`` naming the package to install when one is missing
    (they are dependencies of makiivka: ``pip install -e .`` installs them).
    """
    found = []
    for package, name in SCRIPT_FONTS:
        try:
            path = Path(str(importlib.resources.files(package).joinpath(name)))
        except ModuleNotFoundError:
            path = None
        if path is None or not path.is_file():
            distribution = package.replace("_", "-")
            raise RuntimeError(
                f"makiivka: the font package {distribution} is missing; install it with "
                f"pip install {distribution} (or reinstall from requirements/lock.txt)"
            )
        found.append(path)
    return found


def register_script_fonts(vl_convert: ModuleType) -> None:
    """Register each of :func:`script_font_files` with vl-convert, one at a time, in order.

    vl-convert takes a folder of fonts and reads it in the file system's order,
    so each font is linked (copied where links are not allowed) into a folder
    of its own; the folders are removed once the fonts are loaded.
    """
    work = Path(tempfile.mkdtemp(prefix="makiivka-fonts-"))
    try:
        for number, font in enumerate(script_font_files()):
            folder = work / str(number)
            folder.mkdir()
            try:
                (folder / font.name).symlink_to(font)
            except OSError:
                shutil.copyfile(font, folder / font.name)
            vl_convert.register_font_directory(str(folder))
    finally:
        shutil.rmtree(work, ignore_errors=True)


@functools.cache
def bundled_vl_convert() -> ModuleType:
    """Return the vl_convert module, its fonts loaded from its bundle and :data:`SCRIPT_FONTS`."""
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
    register_script_fonts(vl_convert)
    return vl_convert
