"""The calm card shown before a charter is started: three templates and "Start blank"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ... import i18n
from ...io.charter_templates import CharterTemplate

from ..common.translation import translate


class TemplateCard(QPushButton):
    """A template as a large button: its title, what it suits, and "Use this template"."""

    def __init__(self, template: CharterTemplate, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("templateCard")
        self.template = template
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(template.title)
        self.setAccessibleDescription(template.description)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        title = QLabel(template.title, self)
        title.setObjectName("templateTitle")
        title.setWordWrap(True)
        text = QLabel(template.description, self)
        text.setObjectName("templateText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        use = QLabel(i18n.arrows(translate("CharterPage", "Use this template →")), self)  # the arrow points the way the language reads
        use.setObjectName("templateUse")
        use.setWordWrap(True)
        for label in (title, text, use):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(text, 1)
        layout.addWidget(use)

    def sizeHint(self):  # noqa: N802 - Qt API
        return self.layout().sizeHint()

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        return self.layout().minimumSize()


class StartCard(QWidget):
    """template_chosen(template or None for a blank charter)."""

    template_chosen = Signal(object)

    def __init__(self, templates: list[CharterTemplate], problems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("charterStart")
        self.cards: list[TemplateCard] = []
        card = QFrame(self)
        card.setObjectName("startCard")
        card.setMaximumWidth(1020)
        kicker = QLabel(translate("CharterPage", "STEP 6 · THE OUTCOME CHARTER"), card)
        kicker.setObjectName("startKicker")
        title = QLabel(translate("CharterPage", "Draft the outcome charter"), card)
        title.setObjectName("startTitle")
        title.setWordWrap(True)
        self.text = QLabel(translate("CharterPage", "The charter is what the workshop produces: the priorities the organisations agree "
                              "on, each with a plan (what, by whom, measured how, by when), then adopted and "
                              "signed. Start from a template; everything in it can be changed, and everything you "
                              "type is saved as you go."), card)
        self.text.setObjectName("startText")
        self.text.setWordWrap(True)
        self._card = card
        self._read_only = False
        grid = self._grid = QGridLayout()
        grid.setSpacing(14)
        self.blank_button = QPushButton(translate("CharterPage", "Start blank"), card)
        self.blank_button.setObjectName("secondaryButton")
        self.blank_button.setToolTip(translate("CharterPage", "A charter with the workshop's title, place and dates, and nothing else"))
        self.blank_button.clicked.connect(lambda: self.template_chosen.emit(None))
        self.problems = QLabel(card)
        self.problems.setObjectName("inlineError")
        self.problems.setWordWrap(True)
        self.read_only_note = QLabel(translate("CharterPage", "This workshop has no charter, and it is open read-only."), card)
        self.read_only_note.setObjectName("infoNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        blank_row = QHBoxLayout()
        self.blank_hint = QLabel(translate("CharterPage", "Or begin with the workshop's title, place and dates only:"), card)
        self.blank_hint.setObjectName("partIntro")
        blank_row.setSpacing(10)
        blank_row.addWidget(self.blank_hint)
        blank_row.addWidget(self.blank_button)
        blank_row.addStretch(1)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 34, 40, 32)
        inner.setSpacing(0)
        inner.addWidget(kicker)
        inner.addSpacing(8)
        inner.addWidget(title)
        inner.addSpacing(12)
        inner.addWidget(self.text)
        inner.addSpacing(24)
        inner.addLayout(grid)
        inner.addSpacing(18)
        inner.addLayout(blank_row)
        inner.addWidget(self.problems)
        inner.addWidget(self.read_only_note)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 20)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        self.set_templates(templates, problems)

    def set_templates(self, templates: list[CharterTemplate], problems: list[str]) -> None:
        """The tiles, again: the workshop's document language changed, and each template has its own."""
        for tile in self.cards:
            self._grid.removeWidget(tile)
            tile.deleteLater()
        self.cards = []
        for n in range(self._grid.columnCount()):
            self._grid.setColumnStretch(n, 0)
        for n, template in enumerate(templates):
            tile = TemplateCard(template, self._card)
            tile.clicked.connect(lambda _checked=False, t=template: self.template_chosen.emit(t))
            self.cards.append(tile)
            self._grid.addWidget(tile, 0, n)
            self._grid.setColumnStretch(n, 1)
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.set_read_only(self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for tile in self.cards:
            tile.setEnabled(not read_only)
            tile.setVisible(not read_only)
        self.blank_button.setVisible(not read_only)
        self.blank_hint.setVisible(not read_only)
        self.read_only_note.setVisible(read_only)
