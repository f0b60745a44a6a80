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
English reads "(s)" as the plural ending: "1 ballot cast", "3 ballots cast" (see `_english`).

pyside6-lupdate marks a sentence as a plural (numerus) one only when it sees `tr("...", None, count)`; for a
`translate(...)` call it does so only when the count is a literal number. So a plural sentence below the
interface is written through a `Context`, whose name is the context lupdate records:
    Voting = Context("Voting")
    Voting.tr("%n ballot(s) cast", None, count)
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
    """The English source filled in; "(s)" is the plural ending: dropped for one, "s" for any other count."""
    if n < 0:
        return source
    return source.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


def english_plural(text: str, n: int) -> str:
    """The "(s)" rule on a text Qt has already filled in (a widget's `tr()` without a translation installed)."""
    return text.replace("(s)", "" if n == 1 else "s") if "(s)" in text else text


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
    text = _lookup(lang, context, source, disambiguation, n)
    if n >= 0 and "(s)" in text and (lang == "en" or text == source.replace("%n", str(n))):
        return english_plural(text, n)  # English, or a sentence not translated yet
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a name kept in a table (a figure's title, say) for the catalogue; it is translated where it is
    shown, with `translate` or `in_language`, in that context."""
    return source


# How a list goes on ("A, B") and ends ("A, B and C"), as CLDR's list patterns: Chinese 、, Arabic ، and و.
_ONE_MORE = QT_TRANSLATE_NOOP("List", "{names}, {name}")
_THE_LAST = QT_TRANSLATE_NOOP("List", "{names} and {last}")


def listing(items, lang: str | None = None, *, conjunction: bool = True) -> str:
    """'A', 'A and B', 'A, B and C' as the language writes a list: Chinese joins with 、, Arabic with ،.
    Without `conjunction`: 'A, B, C' (the start of a longer list, or an enumeration)."""
    lang = lang or _interface_language
    items = [str(item) for item in items]
    if not items:
        return ""
    last = items[-1] if conjunction and len(items) > 1 else None
    out = items[0]
    for item in items[1:-1] if last is not None else items[1:]:
        out = in_language(lang, "List", _ONE_MORE).format(names=out, name=item)
    if last is not None:
        out = in_language(lang, "List", _THE_LAST).format(names=out, last=last)
    return out


class Context:
    """A translation context named once per area, for plural sentences lupdate must see as numerus:

        Voting = Context("Voting")
        Voting.tr("%n ballot(s) cast", None, count)

    The variable's name must be the context's name: lupdate takes the context from the name before `.tr`.
    """

    def __init__(self, name: str):
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, source, disambiguation, n)


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
