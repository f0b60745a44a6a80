"""Translating sentences outside a widget's own `self.tr()`: module functions, models, delegates.

pyside6-lupdate records a bare `tr("…")` (a module function called tr) in the empty context, where Qt never
looks it up, and does not see `_tr("…")` at all. So a sentence outside a class is written with its context
at the call site, which lupdate reads and Qt looks up alike:

    translate("CharterPage", "Action point saved. Undo with Ctrl+Z.")

Plurals: lupdate marks `self.tr("%n ballot(s) cast", "", n)` as a numerus message; without a translation
Qt returns the source with %n filled in, so `plural()` applies English's "(s)" rule to what comes back:

    plural(self.tr("%n ballot(s) cast", "", n), n)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...text import english_plural


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate, with the English "(s)" rule for a plural left untranslated."""
    text = QCoreApplication.translate(context, source, disambiguation, n)
    return english_plural(text, n) if n >= 0 else text


def plural(text: str, n: int) -> str:
    """A `tr("%n …(s)…", "", n)` result read correctly in English: "1 ballot", "3 ballots"."""
    return english_plural(text, n)


class Context:
    """A context for plural sentences outside any widget class, which lupdate must see as numerus:

        VoteRoundList = Context("VoteRoundList")
        VoteRoundList.tr("%n candidate(s)", None, count)

    The variable's name must be the context's name: lupdate takes the context from the name before `.tr`.
    """

    def __init__(self, name: str):
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, source, disambiguation, n)
