"""Qt's side of translation: the compiled catalogues, the interface language, dates and numbers.

`upr_desktop.text` is what the domain and the CLI call (no Qt there); this module puts Qt's `QTranslator`
behind it, and installs the interface language's translators on the application so that every `tr()` and Qt's
own dialogs and buttons (the "qtbase" catalogue) speak it.

    from upr_desktop import i18n
    i18n.apply(i18n.chosen_language())      # at start-up: the setting, else the system's language, else English
    i18n.format_date(QDate.currentDate())   # "7 déc. 2026" in French

Works with a QCoreApplication, a QApplication or none at all (the CLI): a QTranslator loads and translates without
an application; only installing it for `tr()` needs one. Catalogues are loaded once per language and kept.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QSize, Qt, QTranslator

from . import paths, settings, text
from .text import LANGUAGE_NAMES, LANGUAGES, RTL_LANGUAGES

log = logging.getLogger(__name__)

CATALOGUE = "upr_desktop"
QT_FILE_NAMES = {"zh": "zh_CN"}  # Qt's own catalogues: Simplified Chinese, as used at the UN
# Dates and numbers: Simplified Chinese; Modern Standard Arabic with the digits UN Arabic documents use
# (0-9, as in paragraph numbers "121.1"), not Egypt's ٠-٩ that plain "ar" would give.
QT_LOCALE_NAMES = {"zh": "zh_CN", "ar": "ar_001"}
# Pointing characters that mean "onward" or "back": in a right-to-left language they point the other way.
# ‹ › too: Qt does not mirror them at the end of a button's Arabic text (checked on screen), so "Review my
# ballot ›" would point backwards.
_MIRRORED_ARROWS = str.maketrans({"→": "←", "←": "→", "▶": "◀", "◀": "▶", "↗": "↖", "↖": "↗", "⟶": "⟵", "⟵": "⟶",
                                  "›": "‹", "‹": "›"})


class _Catalogue(QTranslator):
    """The app's .qm, answering None (not "") for a sentence it lacks: Qt asks the next translator (its own
    qtbase) only after a null answer. (Every sentence has its class's context at the call site: a test keeps
    the catalogue free of the empty context lupdate gives an aliased tr().)"""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt API
        return super().translate(context, source, disambiguation, n) or None


_ours: dict[str, QTranslator | None] = {}
_qt: dict[str, QTranslator | None] = {}
_installed: list[QTranslator] = []
_current = "en"
_extra: dict[str, Path] = {}  # language -> .qm file to use instead of the bundled one (the pseudo-language test)


def folder() -> Path:
    return paths.RESOURCES / "i18n"


def qm_file(lang: str) -> Path:
    return _extra.get(lang) or folder() / f"{CATALOGUE}_{lang}.qm"


def use_catalogue(lang: str, qm: Path | None) -> None:
    """Serve `lang` from this .qm file (None: the bundled one again). For tests and translators trying a file."""
    if qm is None:
        _extra.pop(lang, None)
    else:
        _extra[lang] = Path(qm)
    _ours.pop(lang, None)


def catalogue(lang: str) -> QTranslator | None:
    """The app's compiled translation for `lang`, loaded once; None when there is none."""
    if lang not in _ours:
        translator = _Catalogue()
        path = qm_file(lang)
        if path.is_file() and translator.load(str(path)):
            _ours[lang] = translator
        else:
            if lang != "en":
                log.warning("no translation catalogue for %s at %s", lang, path)
            _ours[lang] = None
    return _ours[lang]


def qt_catalogue(lang: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, file dialogs, context menus) in `lang`, loaded once."""
    if lang not in _qt:
        translator = QTranslator()
        name = f"qtbase_{QT_FILE_NAMES.get(lang, lang)}"
        where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _qt[lang] = translator if lang != "en" and translator.load(name, where) else None
    return _qt[lang]


def lookup(lang: str, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in `lang`: the catalogue's translation, or the English source (with %n filled) when it has none."""
    translator = catalogue(lang) if lang in LANGUAGES or lang in _extra else None
    found = translator.translate(context, source, disambiguation, n) if translator is not None else None
    text_ = found or source
    if n >= 0:  # QCoreApplication.translate fills %n itself; a QTranslator asked directly does not
        number = qlocale(lang).toString(n)
        text_ = text_.replace("%Ln", number).replace("%n", number)
    return text_


def available_languages() -> tuple[str, ...]:
    """The languages offered: English, and every other one whose catalogue is here."""
    return tuple(lang for lang in LANGUAGES if lang == "en" or qm_file(lang).is_file())


def language_of(locale: QLocale) -> str | None:
    """The app's language for a Qt locale ("fr_SN" -> "fr", "zh_CN" -> "zh"), if it is one of ours."""
    code = locale.name().split("_")[0]
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The computer's language when there is a translation for it, else English."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        lang = language_of(QLocale(name))
        if lang is not None and lang in available_languages():
            return lang
    return "en"


def chosen_language() -> str:
    """The language the person chose (Settings, start screen), else the system's."""
    chosen = settings.interface_language()
    return chosen if chosen in available_languages() else system_language()


def current_language() -> str:
    return _current


def is_rtl(lang: str | None = None) -> bool:
    return (lang or _current) in RTL_LANGUAGES


def layout_direction(lang: str | None = None) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight


def qlocale(lang: str | None = None) -> QLocale:
    return QLocale(QT_LOCALE_NAMES.get(lang or _current, lang or _current))


def apply(lang: str, app: QCoreApplication | None = None) -> str:
    """Make `lang` the interface language: Qt's translators on the application (if there is one), the lookup
    behind `upr_desktop.text`, the default QLocale, and the layout direction. Widgets already built keep their
    text: the main window rebuilds itself (MainWindow.set_language). Returns the language applied."""
    global _current
    if lang not in LANGUAGES and lang not in _extra:
        lang = "en"
    app = app or QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    for translator in (qt_catalogue(lang), catalogue(lang)):
        if translator is not None:
            _installed.append(translator)
            if app is not None:
                app.installTranslator(translator)
    _current = lang
    text.install(lookup, lang)
    QLocale.setDefault(qlocale(lang))
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(layout_direction(lang))
    return lang


def language_name(lang: str) -> str:
    """The language named in itself: a person looks for their own."""
    return LANGUAGE_NAMES.get(lang, lang)


# --- dates, numbers, arrows in the interface language ---------------------------------------------------------
def format_number(value: float | int, decimals: int | None = None, lang: str | None = None) -> str:
    locale = qlocale(lang)
    if decimals is None:
        return locale.toString(value) if isinstance(value, int) else locale.toString(float(value), "g", 12)
    return locale.toString(float(value), "f", decimals)


def format_date(value: QDate | QDateTime, long: bool = False, lang: str | None = None) -> str:
    """A date (or a moment) the way the interface language writes it."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    locale = qlocale(lang)
    return locale.toString(value, locale.dateFormat(kind) if isinstance(value, QDate)
                           else locale.dateTimeFormat(kind))


def arrows(text_: str, lang: str | None = None) -> str:
    """Text with onward/back arrows that point the way the language reads (→ becomes ← in Arabic)."""
    return text_.translate(_MIRRORED_ARROWS) if is_rtl(lang) else text_


def pointing_icon(icon, lang: str | None = None):
    """A QIcon that points (an arrow, "next"): mirrored left to right in a right-to-left language."""
    from PySide6.QtGui import QIcon, QTransform

    if not is_rtl(lang) or icon.isNull():
        return icon
    mirrored = QIcon()
    sizes = icon.availableSizes() or [QSize(16, 16), QSize(24, 24), QSize(32, 32)]
    for size in sizes:
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected):
            pixmap = icon.pixmap(size, mode)
            if not pixmap.isNull():
                mirrored.addPixmap(pixmap.transformed(QTransform().scale(-1, 1)), mode)
    return mirrored


__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "RTL_LANGUAGES", "apply", "arrows", "available_languages", "catalogue",
           "chosen_language", "current_language", "format_date", "format_number", "is_rtl", "language_name",
           "layout_direction", "lookup", "pointing_icon", "qlocale", "qt_catalogue", "system_language",
           "use_catalogue"]
