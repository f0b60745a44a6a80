"""What every part editor of the charter shares (PartEditor, its buttons and scroll area), and the editors
for the title and details, the preamble, free sections and monitoring. The list of priorities is in
priorities.py, action points by level in action_points.py, the annex in annex.py; a priority's own editor
is priority_editor.py."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.charter import Charter
from ..common import theme
from .fields import AutoField, CharterContext, ElidedLabel, GrowingTextEdit, field_label, hint_label
from .markdown import MarkdownEditor
from ..common.translation import translate


Index = QModelIndex | QPersistentModelIndex


class PartEditor(QWidget):
    """Base of the part editors: a heading (kicker, title, intro) over the part's own widgets."""

    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("partBody")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.fields: list[AutoField] = []
        self.kicker = QLabel(self)
        self.kicker.setObjectName("partKicker")
        self.title = ElidedLabel(self)
        self.title.setObjectName("partTitle")
        self.intro = QLabel(self)
        self.intro.setObjectName("partIntro")
        self.intro.setWordWrap(True)
        self.heading_row = QHBoxLayout()
        self.heading_row.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(3)
        titles.addWidget(self.kicker, 0, Qt.AlignmentFlag.AlignLeft)
        titles.addWidget(self.title, 0, Qt.AlignmentFlag.AlignLeft)
        self.heading_row.addLayout(titles, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 20)
        self.layout_.setSpacing(10)
        self.layout_.addLayout(self.heading_row)
        self.layout_.addWidget(self.intro)

    def set_heading(self, kicker: str, title: str, intro: str = "") -> None:
        self.kicker.setText(kicker.upper())
        self.title.set_full_text(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))

    def comment_part(self) -> str | None:
        """The part comments are left on, or None if this part takes none."""
        return None

    def load(self, charter: Charter, *, force: bool = False) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        for auto in self.fields:
            auto.flush()

    def pending(self) -> bool:
        return any(auto.pending for auto in self.fields)

    def set_read_only(self, read_only: bool) -> None:
        pass

    def set_palette(self, palette: theme.Palette) -> None:
        pass


def scrolled(inner: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setObjectName("partScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def button(text: str, parent: QWidget, name: str = "secondaryButton", tip: str = "") -> QPushButton:
    b = QPushButton(text, parent)
    b.setObjectName(name)
    if tip:
        b.setToolTip(tip)
    return b


def save_header(workshop, name: str, value):
    """update_charter for one field, or nothing when the charter already says it (no empty undo step)."""
    if getattr(workshop.charter(), name) == value:
        return None
    return workshop.update_charter(**{name: value})


def arrow_button(arrow: str, tip: str, parent: QWidget) -> QPushButton:
    """A small button that moves a part up or down; the tooltip says what it does."""
    b = QPushButton(arrow, parent)
    b.setObjectName("secondaryButton")
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    return b


# --- title and details ----------------------------------------------------------------------------
class DetailsEditor(PartEditor):
    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.set_heading(translate("CharterPage", "About the charter"), translate("CharterPage", "Title and details"),
                         translate("CharterPage", "These head the printed charter. They came from the workshop's details; change them "
                            "here for the charter alone."))
        workshop = context.workshop
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleField")
        self.title_edit.setPlaceholderText(translate("CharterPage", "The charter's title"))
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("charterField")
        self.place_edit.setPlaceholderText(translate("CharterPage", "City, country"))
        self.start_edit = QLineEdit(self)
        self.start_edit.setObjectName("charterField")
        self.start_edit.setPlaceholderText(translate("CharterPage", "2025-03-12"))
        self.end_edit = QLineEdit(self)
        self.end_edit.setObjectName("charterField")
        self.end_edit.setPlaceholderText(translate("CharterPage", "2025-03-14"))
        self.organisers_edit = GrowingTextEdit(self, min_lines=3, max_lines=8)
        self.organisers_edit.setPlaceholderText(translate("CharterPage", "One organisation per line"))

        def header_field(widget, name: str):
            auto = AutoField(context, widget, lambda v: save_header(workshop, name, v), lambda: f"charter:{name}", self)
            self.fields.append(auto)
            return auto

        self.title_field = header_field(self.title_edit, "title")
        self.place_field = header_field(self.place_edit, "place")
        self.start_field = header_field(self.start_edit, "start_date")
        self.end_field = header_field(self.end_edit, "end_date")
        self.organisers_field = AutoField(
            context, self.organisers_edit,
            lambda v: save_header(workshop, "organisers", tuple(line.strip() for line in v.splitlines()
                                                                if line.strip())),
            lambda: "charter:organisers", self)
        self.fields.append(self.organisers_field)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.addWidget(field_label(translate("CharterPage", "Title"), self, self.title_edit), 0, 0, 1, 2)
        grid.addWidget(self.title_edit, 1, 0, 1, 2)
        grid.addWidget(field_label(translate("CharterPage", "Place"), self, self.place_edit), 2, 0, 1, 2)
        grid.addWidget(self.place_edit, 3, 0, 1, 2)
        grid.addWidget(field_label(translate("CharterPage", "From", "the workshop's start date"), self, self.start_edit), 4, 0)
        grid.addWidget(field_label(translate("CharterPage", "To", "the workshop's end date"), self, self.end_edit), 4, 1)
        grid.addWidget(self.start_edit, 5, 0)
        grid.addWidget(self.end_edit, 5, 1)
        grid.addWidget(hint_label(translate("CharterPage", "Dates as year-month-day, such as 2025-03-12."), self), 6, 0, 1, 2)
        grid.addWidget(field_label(translate("CharterPage", "Organisers"), self, self.organisers_edit), 7, 0, 1, 2)
        grid.addWidget(self.organisers_edit, 8, 0, 1, 2)
        grid.addWidget(hint_label(translate("CharterPage", "One organisation per line, as they appear on the charter."), self),
                       9, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # The form scrolls (under the heading) when a small screen has not the height for all of it.
        body = QWidget(self)
        body.setObjectName("partBody")
        box = QWidget(body)
        box.setLayout(grid)
        box.setMaximumWidth(760)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 6, 4, 0)
        column.addWidget(box)
        column.addStretch(1)
        self.layout_.addWidget(scrolled(body, self), 1)

    def load(self, charter: Charter, *, force: bool = False) -> None:
        self.title_field.load(charter.title, force=force)
        self.place_field.load(charter.place, force=force)
        self.start_field.load(charter.start_date, force=force)
        self.end_field.load(charter.end_date, force=force)
        self.organisers_field.load("\n".join(charter.organisers), force=force)

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.title_edit, self.place_edit, self.start_edit, self.end_edit, self.organisers_edit):
            w.setReadOnly(read_only)


# --- preamble, monitoring and free sections -------------------------------------------------------
class TextPartEditor(PartEditor):
    """The preamble or the monitoring arrangement: one formatted text saved as you type."""

    def __init__(self, context: CharterContext, field: str, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.field_name = field
        placeholder = {
            "preamble": translate("CharterPage", "The context: the review, the recommendations received, the process that led to this "
                           "charter…"),
            "monitoring": translate("CharterPage", "Who follows up, when progress is reviewed, and the mid-term report…"),
        }[field]
        self.editor = MarkdownEditor(self, placeholder)
        self.text_field = AutoField(context, self.editor,
                                    lambda v: save_header(context.workshop, field, v),
                                    lambda: f"charter:{field}", self)
        self.fields.append(self.text_field)
        self.layout_.addWidget(self.editor, 1)

    def comment_part(self) -> str | None:
        return self.field_name

    def load(self, charter: Charter, *, force: bool = False) -> None:
        label = charter.label(self.field_name)
        intro = {
            "preamble": translate("CharterPage", "Context, the review, the process followed."),
            "monitoring": translate("CharterPage", "Who follows up, when progress is reviewed, the mid-term report."),
        }[self.field_name] + ("" if self.context.read_only else " " + translate("CharterPage", "Saved as you type."))
        self.set_heading(translate("CharterPage", "The charter's text"), label, intro)
        self.text_field.load(getattr(charter, self.field_name), force=force)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.set_read_only(read_only)

    def set_palette(self, palette: theme.Palette) -> None:
        self.editor.set_icon_colour(palette.text)


class SectionEditor(PartEditor):
    """A free section: its heading and formatted text, with moving and deleting."""

    move_requested = Signal(int, int)  # section id, new position
    delete_requested = Signal(int)

    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.section_id: int | None = None
        self._index = 0
        self._count = 0
        self.up_button = arrow_button("↑", translate("CharterPage", "Move the section up (Alt+Up in the outline)"), self)
        self.down_button = arrow_button("↓", translate("CharterPage", "Move the section down (Alt+Down in the outline)"), self)
        self.delete_button = button(translate("CharterPage", "Delete…"), self, "dangerButton", translate("CharterPage", "Delete this section"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.delete_button.clicked.connect(lambda: self.section_id is not None
                                           and self.delete_requested.emit(self.section_id))
        for b in (self.up_button, self.down_button, self.delete_button):
            self.heading_row.addWidget(b, 0, Qt.AlignmentFlag.AlignBottom)
        self.heading_edit = QLineEdit(self)
        self.heading_edit.setObjectName("titleField")
        self.heading_edit.setPlaceholderText(translate("CharterPage", "Heading of the section"))
        self.editor = MarkdownEditor(self, translate("CharterPage", "The section's text…"))
        self.heading_field = AutoField(
            context, self.heading_edit, lambda v: self._save(heading=v),
            lambda: f"section:{self.section_id}:heading", self)
        self.body_field = AutoField(
            context, self.editor, lambda v: self._save(body=v),
            lambda: f"section:{self.section_id}:body", self)
        self.fields += [self.heading_field, self.body_field]
        self.layout_.addWidget(field_label(translate("CharterPage", "Heading"), self, self.heading_edit))
        self.layout_.addWidget(self.heading_edit)
        self.layout_.addWidget(self.editor, 1)

    def show_section(self, section_id: int) -> None:
        self.section_id = section_id

    def _save(self, **values):
        section = next((s for s in self.context.workshop.charter().sections if s.id == self.section_id), None)
        if section is not None and all(getattr(section, k) == v for k, v in values.items()):
            return None  # stored already
        return self.context.workshop.update_section(self.section_id, **values)

    def comment_part(self) -> str | None:
        return f"section:{self.section_id}" if self.section_id is not None else None

    def load(self, charter: Charter, *, force: bool = False) -> None:
        ids = [s.id for s in charter.sections]
        if self.section_id not in ids:
            return
        self._index, self._count = ids.index(self.section_id), len(ids)
        section = charter.sections[self._index]
        self.set_heading(translate("CharterPage", "Section %1 of %2").replace("%1", str(self._index + 1)).replace("%2", str(self._count)),
                         section.heading.strip() or translate("CharterPage", "Untitled section"),
                         translate("CharterPage", "A free section with its own heading.") +
                         ("" if self.context.read_only else " " + translate("CharterPage", "Saved as you type.")))
        self.heading_field.load(section.heading, force=force)
        self.body_field.load(section.body, force=force)
        self._update_buttons()

    def _move(self, step: int) -> None:
        if self.section_id is not None:
            self.flush()
            self.move_requested.emit(self.section_id, self._index + step)

    def _update_buttons(self) -> None:
        editable = not self.context.read_only
        self.up_button.setEnabled(editable and self._index > 0)
        self.down_button.setEnabled(editable and self._index < self._count - 1)
        self.delete_button.setEnabled(editable)

    def set_read_only(self, read_only: bool) -> None:
        self.heading_edit.setReadOnly(read_only)
        self.editor.set_read_only(read_only)
        for b in (self.up_button, self.down_button, self.delete_button):
            b.setVisible(not read_only)
        self._update_buttons()

    def set_palette(self, palette: theme.Palette) -> None:
        self.editor.set_icon_colour(palette.text)


# --- the list of priorities -----------------------------------------------------------------------
