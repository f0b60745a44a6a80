"""Sentences a person reads, in their language, without Qt in the domain.

Widgets translate with Qt's own `self.tr()`. Code below the interface (domain, ops, io, the CLI) builds
sentences too: tie statements, rule descriptions, import messages, errors, the headings of every document. They
go through `translate()` here, which `pyside6-lupdate` finds like `QCoreApplication.translate` (same call
shape: context, source, disambiguation, n), so every sentence lands in the same `.ts` catalogues.

Nothing here imports Qt. `upr_desktop.i18n` installs Qt's translator behind these functions when the app or
the CLI starts; until then (pure domain tests) the English source is returned, with `%n` filled in.

Two languages are in play:
- the interface language (`translate`), chosen by the person at the screen;
- the workshop's document language (`Documents(lang).translate`), a property of the workshop: a
  Russian-speaking facilitator may print a French charter.

Sentences are whole, with named placeholders filled after translation:
    translate("Voting", "{name} and {other} are level.").format(name=a, other=b)
Plurals use Qt's numerus forms (`%n`), which Russian and Arabic need:
    translate("Voting", "%n ballot(s) cast", None, count)
"""

from __future__ import annotations

from typing import Callable

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")  # the six UN languages; codes as in the .ts file names
RTL_LANGUAGES = ("ar",)
LANGUAGE_NAMES = {  # each in its own language: a person looks for their own
    "ar": "العربية", "en": "English", "es": "Español", "fr": "Français", "ru": "Русский", "zh": "中文",
}

# (lang, context, source, disambiguation, n) -> str; installed by upr_desktop.i18n.
_lookup: Callable[[str, str, str, str | None, int], str] | None = None
_interface_language = "en"


def _english(source: str, n: int) -> str:
    """The English source, %n filled in; without a catalogue "ballot(s)" reads "1 ballot" or "2 ballots"."""
    if n < 0:
        return source
    return source.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def install(lookup: Callable[[str, str, str, str | None, int], str] | None, interface_language: str) -> None:
    """Called by upr_desktop.i18n: `lookup` returns the translation (or the source filled in) in any language."""
    global _lookup, _interface_language
    _lookup = lookup
    _interface_language = interface_language if interface_language in LANGUAGES else "en"


def interface_language() -> str:
    return _interface_language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the interface language."""
    return in_language(_interface_language, context, source, disambiguation, n)


def in_language(lang: str, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _lookup is None or lang == "en" and "%n" not in source:
        return _english(source, n)
    return _lookup(lang, context, source, disambiguation, n)


class Documents:
    """The translator for what a workshop writes (PDF, DOCX, XLSX), in its document language.

        doc = Documents(workshop.document_language)
        doc.translate("Charter document", "Page {page} of {pages}").format(page=1, pages=9)
    """

    def __init__(self, lang: str | None):
        self.lang = lang if lang in LANGUAGES else "en"

    @property
    def rtl(self) -> bool:
        return self.lang in RTL_LANGUAGES

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return in_language(self.lang, context, source, disambiguation, n)
