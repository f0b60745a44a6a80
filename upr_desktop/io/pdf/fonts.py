"""The fonts bundled in resources/fonts, registered with reportlab, and the choice of font per character.

reportlab has no font fallback, so text is cut into runs, each set in the first bundled font that has
its glyphs. The PDFs then look the same on every laptop, whatever it has installed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...domain.errors import WorkshopError
from ...paths import resource


@dataclass(frozen=True)
class FontFamily:
    name: str  # the family name reportlab knows; faces are name, name-Bold, name-Italic, name-BoldItalic
    regular: str
    bold: str | None = None
    italic: str | None = None
    bold_italic: str | None = None
    subfont: int = 0  # in a .ttc collection

    def face(self, bold: bool = False, italic: bool = False) -> str:
        if bold and italic and self.bold_italic:
            return f"{self.name}-BoldItalic"
        if bold and self.bold:
            return f"{self.name}-Bold"
        if italic and self.italic:
            return f"{self.name}-Italic"
        return self.name


# In order of preference: a character goes to the first family whose font has it.
LATIN = FontFamily("UPRSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
                   "NotoSans-BoldItalic.ttf")
FAMILIES = (
    LATIN,
    FontFamily("UPRArmenian", "NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
    FontFamily("UPRGeorgian", "NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf"),
    FontFamily("UPRArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    FontFamily("UPRHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    # TrueType outlines (reportlab rejects the CFF outlines of Noto CJK); it has no bold face.
    FontFamily("UPRCJK", "wqy-microhei.ttc"),
)

_lock = threading.Lock()
_registered = False
_cmaps: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register every bundled face once; safe to call from any thread."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for family in FAMILIES:
            faces = {"": family.regular, "-Bold": family.bold, "-Italic": family.italic,
                     "-BoldItalic": family.bold_italic}
            for suffix, filename in faces.items():
                if filename is None:
                    continue
                path = resource("fonts", filename)
                try:
                    font = TTFont(family.name + suffix, str(path), subfontIndex=family.subfont)
                except (OSError, Exception) as error:  # reportlab raises TTFError, a bare Exception subclass
                    raise WorkshopError(f"The font file “{filename}” is missing or damaged ({error}). "
                                        "Reinstall UPR Desktop.") from error
                pdfmetrics.registerFont(font)
                if suffix == "":
                    _cmaps[family.name] = frozenset(font.face.charToGlyph)
            # <b> and <i> inside a run of this family pick its own bold and italic faces.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(family.name, bold, italic, family.face(bool(bold), bool(italic)))
        _registered = True


@lru_cache(maxsize=8192)
def family_for(char: str) -> FontFamily | None:
    """The first bundled family with a glyph for the character; None for characters that take the
    font of their neighbours (spaces, marks, joiners)."""
    code = ord(char)
    if char.isspace() or code in (0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF):
        return None
    register_fonts()
    for family in FAMILIES:
        if code in _cmaps[family.name]:
            return family
    return LATIN  # no bundled font has it; text.printable() has already put a visible square in its place


def has_glyph(family: FontFamily, char: str) -> bool:
    register_fonts()
    return ord(char) in _cmaps[family.name]


def covered(char: str) -> bool:
    """Whether some bundled font has the character (tests use it to prove nothing prints as a box)."""
    register_fonts()
    return char.isspace() or any(ord(char) in _cmaps[f.name] for f in FAMILIES)
