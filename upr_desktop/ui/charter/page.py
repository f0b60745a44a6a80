"""Step 6, Charter: from recommendations and clusters to an adopted outcome charter.

Before a charter exists the page offers the templates. Then an outline of the charter's parts sits on
the left, the chosen part's editor in the middle, and the comments on that part on the right. Every
field saves as you type (debounced) through the ops layer; the page refreshes itself from the workshop's
change announcements ("charter", "comments", and the topics the annex and pickers read), so an undo or
an edit made elsewhere shows up here without anyone poking the page.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..common.flow_layout import ButtonRow
from ...domain.charter import Charter, CharterStatus, placeholders, validate_for_adoption
from ...domain.errors import ValidationError
from ...io.charter_templates import list_templates
from ...ops import Workshop
from ..common import theme
from .comments import CommentsPanel
from .endorsements import EndorsementsEditor
from .fields import CharterContext, ElidedLabel, date_text
from .outline import CharterOutline, outline_entries
from .action_points import ActionPointsEditor
from .annex import AnnexView
from .parts import DetailsEditor, PartEditor, SectionEditor, TextPartEditor
from .priorities import PrioritiesOverview
from .pickers import ClusterPickerDialog, FromRoundDialog, RecommendationPickerDialog
from .priority_editor import PriorityEditor
from .start import StartCard
from .style import stylesheet
from .versions_dialog import AdoptDialog, SaveVersionDialog, VersionsDialog
from ..common.errors import show_error
from ..common.page_parts import attach_step
from ..common.signals import WorkshopSignals
from ..common.translation import translate

# Topics that change what the page shows: the charter itself, and what its annex, pickers and
# comment authors read.
TOPICS = {"charter", "comments", "recommendations", "clusters", "participants", "rounds", "workshop"}

# Page width (at zoom 1) from which the comments get a column of their own beside the part. A 1366 px
# laptop has it; on a 1024 px projector (or at a large zoom) they go under the part, and start hidden.
COMMENTS_BESIDE_WIDTH = 1100


class ColumnsSplitter(QSplitter):
    """The outline, the part and (on a wide page) the comments.

    The comments column does not count towards the page's minimum width: before the page gets that
    narrow, the comments move under the part. So a small screen never has to fit all three columns.
    """

    def __init__(self, parent: QWidget):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.giving_way: QWidget | None = None

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        size = super().minimumSizeHint()
        widget = self.giving_way
        if widget is not None and self.indexOf(widget) >= 0 and widget.isVisibleTo(self) and self.count() > 1:
            least = max(widget.minimumWidth(), widget.minimumSizeHint().width())
            size.setWidth(max(0, size.width() - least - self.handleWidth()))
        return size


class CharterPage(QWidget):
    """The charter editor: start card, outline, part editors, comments, versions and adoption."""

    message = Signal(str)  # for the status bar

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, signals: WorkshopSignals | None = None,
                 parent: QWidget | None = None, **_context):
        super().__init__(parent)
        attach_step(self, "charterPage", workshop, undo_stack, signals)
        self._charter = Charter()
        self._detached = False
        self.context = CharterContext(workshop, undo_stack, self, self.message.emit, self._on_saved,
                                      read_only=workshop.read_only)
        self.context.pending_listeners.append(self._on_pending)

        # Before a charter exists
        problems: list[str] = []
        self._templates_language = workshop.document_language()
        self.templates = list_templates(problems=problems, language=self._templates_language)
        self.start_card = StartCard(self.templates, problems, self)
        self.start_card.template_chosen.connect(self.start_charter)

        # The editor
        self.editor_area = QWidget(self)
        self.editor_area.setObjectName("charterEditorArea")
        self.title = ElidedLabel(self.editor_area)
        self.title.setObjectName("pageTitle")
        self.status_pill = QLabel(self.editor_area)
        self.status_pill.setObjectName("statusPill")
        self.subtitle = QLabel(self.editor_area)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.saved_label = QLabel(self.editor_area)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setToolTip(translate("CharterPage", "Everything you type is saved as you go; there is no Save button to forget."))
        self.save_version_button = QPushButton(translate("CharterPage", "Save version…"), self.editor_area)
        self.save_version_button.setObjectName("secondaryButton")
        self.save_version_button.setToolTip(translate("CharterPage", "Keep the charter as it is now, under a name"))
        self.save_version_button.clicked.connect(self.save_version)
        self.versions_button = QPushButton(translate("CharterPage", "Versions…"), self.editor_area)
        self.versions_button.setObjectName("secondaryButton")
        self.versions_button.setToolTip(translate("CharterPage", "Compare versions word by word, or restore one"))
        self.versions_button.clicked.connect(self.show_versions)
        self.comments_button = QToolButton(self.editor_area)
        self.comments_button.setObjectName("commentsToggle")
        self.comments_button.setText(translate("CharterPage", "Comments"))
        self.comments_button.setCheckable(True)
        self.comments_button.setChecked(True)
        self.comments_button.setToolTip(translate("CharterPage", "Show or hide the comments on the part shown"))
        self.comments_button.toggled.connect(self._on_comments_toggled)
        # Shown or not, as chosen for a wide page (beside the part) and a narrow one (under it).
        self._comments_wanted = {True: True, False: False}
        self._comments_beside: bool | None = None
        self.adopt_button = QPushButton(translate("CharterPage", "Adopt charter…"), self.editor_area)
        self.adopt_button.setObjectName("primaryButton")
        self.adopt_button.setToolTip(translate("CharterPage", "Freeze the charter as adopted, with its date and place"))
        self.adopt_button.clicked.connect(self.adopt)

        # Two rows: the title with the actions, then the status and what it means.
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.title, 1)
        title_row.addSpacing(12)
        title_row.addWidget(self.saved_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addSpacing(6)
        # The actions wrap under one another rather than widen the window in a longer language.
        title_row.addWidget(ButtonRow((self.comments_button, self.save_version_button, self.versions_button,
                                       self.adopt_button), self.editor_area), 0, Qt.AlignmentFlag.AlignVCenter)
        status_row = QHBoxLayout()
        status_row.setSpacing(10)
        status_row.addWidget(self.status_pill, 0, Qt.AlignmentFlag.AlignVCenter)
        status_row.addWidget(self.subtitle, 1)
        heading = QVBoxLayout()
        heading.setSpacing(6)
        heading.addLayout(title_row)
        heading.addLayout(status_row)

        # Outline, with adding below it
        self.outline = CharterOutline(self.editor_area)
        self.outline.part_chosen.connect(self.show_part)
        self.outline.priority_dropped.connect(self.move_priority)
        self.outline.section_dropped.connect(self.move_section)
        self.add_section_button = QToolButton(self.editor_area)
        self.add_section_button.setObjectName("secondaryButton")
        self.add_section_button.setText(translate("CharterPage", "+ Section"))
        self.add_section_button.setToolTip(translate("CharterPage", "Add a free section with its own heading"))
        self.add_section_button.clicked.connect(self.add_section)
        self.add_priority_button = QToolButton(self.editor_area)
        self.add_priority_button.setObjectName("secondaryButton")
        self.add_priority_button.setText(translate("CharterPage", "+ Priority ▾"))
        self.add_priority_button.setToolTip(translate("CharterPage", "Add priorities from clusters, recommendations or a voting round"))
        self.add_priority_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_priority_button)
        menu.addAction(translate("CharterPage", "From a cluster…"), self.add_priorities_from_clusters)
        menu.addAction(translate("CharterPage", "From recommendations…"), self.add_priority_from_recommendations)
        menu.addSeparator()
        menu.addAction(translate("CharterPage", "Fill from a closed voting round…"), self.fill_from_round)
        self.add_priority_button.setMenu(menu)
        adders = QHBoxLayout()
        adders.setSpacing(6)
        adders.addWidget(self.add_section_button, 1)
        adders.addWidget(self.add_priority_button, 1)
        outline_column = QWidget(self.editor_area)
        outline_layout = QVBoxLayout(outline_column)
        outline_layout.setContentsMargins(0, 0, 0, 0)
        outline_layout.setSpacing(8)
        outline_layout.addWidget(self.outline, 1)
        outline_layout.addLayout(adders)

        # The part editors
        context = self.context
        self.details_editor = DetailsEditor(context)
        self.preamble_editor = TextPartEditor(context, "preamble")
        self.monitoring_editor = TextPartEditor(context, "monitoring")
        self.section_editor = SectionEditor(context)
        self.priorities_overview = PrioritiesOverview(context)
        self.priority_editor = PriorityEditor(context)
        self.action_points_editor = ActionPointsEditor(context)
        self.endorsements_editor = EndorsementsEditor(context)
        self.annex_view = AnnexView(context)
        self.editors: list[PartEditor] = [
            self.details_editor, self.preamble_editor, self.section_editor, self.priorities_overview,
            self.priority_editor, self.action_points_editor, self.monitoring_editor, self.endorsements_editor,
            self.annex_view]
        self.part_stack = QStackedWidget(self.editor_area)
        for editor in self.editors:
            self.part_stack.addWidget(editor)
        self.part_frame = QFrame(self.editor_area)
        self.part_frame.setObjectName("partFrame")
        frame_layout = QVBoxLayout(self.part_frame)
        frame_layout.setContentsMargins(1, 1, 1, 1)
        frame_layout.addWidget(self.part_stack)
        self.section_editor.move_requested.connect(self.move_section)
        self.section_editor.delete_requested.connect(self.delete_section)
        self.priority_editor.move_requested.connect(self.move_priority)
        self.priority_editor.delete_requested.connect(self.delete_priority)
        self.priority_editor.add_recommendations_requested.connect(self.add_recommendations_to)
        self.priorities_overview.open_requested.connect(lambda pid: self.show_part(f"priority:{pid}"))
        self.priorities_overview.move_requested.connect(self.move_priority)
        self.priorities_overview.delete_requested.connect(self.delete_priority)
        self.priorities_overview.from_cluster_button.clicked.connect(self.add_priorities_from_clusters)
        self.priorities_overview.from_recommendations_button.clicked.connect(self.add_priority_from_recommendations)
        self.priorities_overview.from_round_button.clicked.connect(self.fill_from_round)

        self.comments = CommentsPanel(context, self.editor_area)

        # The part, with the comments under it when the page is narrow.
        self.centre = QSplitter(Qt.Orientation.Vertical, self.editor_area)
        self.centre.setObjectName("charterCentre")
        self.centre.setChildrenCollapsible(False)
        self.centre.setHandleWidth(10)
        self.centre.addWidget(self.part_frame)
        self.splitter = ColumnsSplitter(self.editor_area)
        self.splitter.setObjectName("charterSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)
        self.splitter.addWidget(outline_column)
        self.splitter.addWidget(self.centre)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.giving_way = self.comments
        self.outline_column = outline_column
        self._sized = False

        area = QVBoxLayout(self.editor_area)
        area.setContentsMargins(20, 16, 20, 14)
        area.setSpacing(12)
        area.addLayout(heading)
        area.addWidget(self.splitter, 1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_card)
        self.stack.addWidget(self.editor_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._current_key: str | None = None
        self._put_comments(beside=True)  # until the page knows its width
        self.set_read_only(workshop.read_only)
        self.set_palette(self._palette)
        self.refresh()

    # --- what is shown ---------------------------------------------------------------------------
    @property
    def charter(self) -> Charter:
        return self._charter

    def current_editor(self) -> PartEditor:
        return self.part_stack.currentWidget()

    def current_key(self) -> str | None:
        return self._current_key

    def refresh(self) -> None:
        """Read the charter and show it, leaving alone any field that is being typed in."""
        has = self.workshop.has_charter()
        self.stack.setCurrentWidget(self.editor_area if has else self.start_card)
        if not has:
            self._charter = Charter()
            self._current_key = None
            if self.workshop.document_language() != self._templates_language:  # chosen on the Print step
                problems: list[str] = []
                self._templates_language = self.workshop.document_language()
                self.templates = list_templates(problems=problems, language=self._templates_language)
                self.start_card.set_templates(self.templates, problems)
            return
        self._charter = self.workshop.charter()
        self._refresh_outline()
        self._refresh_header()
        key = self._current_key
        if key not in self.outline.keys():
            # The part shown is gone (deleted, or its adding undone): show its neighbour. Nothing of
            # it can be waiting to be saved: deleting and undoing both save first.
            fallback = "priorities" if (key or "").startswith("priority:") else \
                "preamble" if (key or "").startswith("section:") else "details"
            self._current_key = None
            self.show_part(fallback)
        elif not self.context.typing:
            self.current_editor().load(self._charter)
            self.comments.show_part(self.current_editor().comment_part(), self._part_name(key))

    def _refresh_outline(self) -> None:
        open_comments: dict[str, int] = {}
        for c in self.workshop.comments():
            if not c.resolved:
                open_comments[c.part] = open_comments.get(c.part, 0) + 1
        self.outline.set_entries(outline_entries(self._charter, open_comments))
        if self._current_key in self.outline.keys():
            self.outline.select_key(self._current_key, emit=False)

    def _refresh_header(self) -> None:
        charter = self._charter
        self.title.set_full_text(charter.title.strip() or translate("CharterPage", "Outcome charter"))
        n = len(charter.priorities)
        cited = len(charter.cited_recommendation_ids())
        parts = [translate("CharterPage", "1 priority") if n == 1 else self.tr("%n priorities", "", n),
                 translate("CharterPage", "1 recommendation cited") if cited == 1 else
                 self.tr("%n recommendations cited", "", cited)]
        adopted = self.workshop.adopted_version()
        if charter.status == CharterStatus.ADOPTED and adopted is not None:
            self.status_pill.setText(translate("CharterPage", "Adopted on %1 at %2").replace("%1", date_text(adopted.adopted_on))
                                     .replace("%2", adopted.adopted_at_place or ""))
            self.status_pill.setProperty("state", "adopted")
            parts.append(translate("CharterPage", "Editing starts a new draft; the adopted text stays as it was"))
        else:
            self.status_pill.setText(translate("CharterPage", "Draft"))
            self.status_pill.setProperty("state", "draft")
            if adopted is not None:
                parts.append(translate("CharterPage", "Changed since it was adopted on %1; the adopted text stays as it was")
                             .replace("%1", date_text(adopted.adopted_on)))
        self.status_pill.style().unpolish(self.status_pill)
        self.status_pill.style().polish(self.status_pill)
        self.subtitle.setText("  ·  ".join(parts))
        can_adopt = not self.context.read_only and charter.status != CharterStatus.ADOPTED
        self.adopt_button.setEnabled(can_adopt)

    def _part_name(self, key: str) -> str:
        item = self.outline._items.get(key)
        return item.text(0) if item is not None else ""

    def show_part(self, key: str) -> bool:
        """Show one part's editor (saving what was typed in the one before)."""
        if key not in self.outline.keys():
            return False
        if self._current_key is not None:
            self.current_editor().flush()
        kind, _, raw_id = key.partition(":")
        editor: PartEditor = {
            "details": self.details_editor, "preamble": self.preamble_editor, "section": self.section_editor,
            "priorities": self.priorities_overview, "priority": self.priority_editor,
            "action_points": self.action_points_editor, "monitoring": self.monitoring_editor,
            "endorsements": self.endorsements_editor, "annex": self.annex_view,
        }[kind]
        if kind == "section":
            self.section_editor.show_section(int(raw_id))
        elif kind == "priority":
            self.priority_editor.show_priority(int(raw_id))
        self._current_key = key
        editor.load(self._charter, force=True)
        self.part_stack.setCurrentWidget(editor)
        if self.outline.current_key() != key:
            self.outline.select_key(key, emit=False)
        part = editor.comment_part()
        self.comments.show_part(part, self._part_name(key))
        self._update_comments_visible()
        return True

    def _update_comments_visible(self) -> None:
        has_part = self._current_key is not None and self.current_editor().comment_part() is not None
        self.comments.setVisible(has_part and self.comments_button.isChecked())
        self.comments_button.setEnabled(has_part)

    def _on_comments_toggled(self, on: bool) -> None:
        if self._comments_beside is not None:
            self._comments_wanted[self._comments_beside] = on
        self._update_comments_visible()

    def comments_beside(self) -> bool:
        """Whether the comments have a column beside the part (a wide page) or go under it."""
        return bool(self._comments_beside)

    def _beside_width(self) -> int:
        """How wide the page must be for three columns: at least all three minimums, and some room."""
        def least(widget: QWidget) -> int:
            return max(widget.minimumWidth(), widget.minimumSizeHint().width())

        margins = self.editor_area.layout().contentsMargins()
        columns = least(self.outline_column) + least(self.centre) + round(240 * self._zoom) \
            + 2 * self.splitter.handleWidth() + margins.left() + margins.right()
        return max(round(COMMENTS_BESIDE_WIDTH * self._zoom), columns)

    def _place_comments(self) -> None:
        """A column beside the part when the page is wide enough, a band under it otherwise."""
        beside = self.width() >= self._beside_width()
        if beside == self._comments_beside:
            return
        self._put_comments(beside)
        if self._sized:
            self._size_columns()

    def _put_comments(self, beside: bool) -> None:
        self._comments_beside = beside
        self.comments.set_beside(beside)
        if beside:
            self.comments.setMinimumWidth(round(240 * self._zoom))
            self.splitter.addWidget(self.comments)
            self.splitter.setStretchFactor(2, 0)
        else:
            self.comments.setMinimumWidth(0)
            self.centre.addWidget(self.comments)
            self.centre.setStretchFactor(0, 1)
            self.centre.setStretchFactor(1, 0)
        self.comments_button.blockSignals(True)
        self.comments_button.setChecked(self._comments_wanted[beside])
        self.comments_button.blockSignals(False)
        self._update_comments_visible()

    def _size_columns(self) -> None:
        z = self._zoom
        side = max(self.outline_column.minimumSizeHint().width(), round((250 if self._comments_beside else 215) * z))
        if self._comments_beside:
            comments = round(265 * z)
            self.splitter.setSizes([side, max(400, self.width() - side - comments - 60), comments])
        else:
            self.splitter.setSizes([side, max(300, self.width() - side - 50)])
            height = max(self.centre.height(), 400)
            below = max(self.comments.minimumSizeHint().height(), round(190 * z))
            self.centre.setSizes([height - below, below])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.width() > 0:
            self._place_comments()

    # --- saving ------------------------------------------------------------------------------------
    def flush(self) -> None:
        """Save whatever is waiting to be saved, now."""
        if self._current_key is not None and not self._detached:
            self.current_editor().flush()

    def _on_saved(self) -> None:
        self.saved_label.setText(translate("CharterPage", "✓ All changes saved"))

    def _on_pending(self, pending: bool) -> None:
        if pending:
            self.saved_label.setText(translate("CharterPage", "Saving…"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._sized and self.width() > 0:
            self._sized = True
            self._place_comments()
            self._size_columns()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self.flush()  # another step was chosen
        super().hideEvent(event)

    # --- starting ---------------------------------------------------------------------------------
    def start_charter(self, template=None) -> bool:
        if self.context.read_only:
            return False
        name = template.title if template is not None else translate("CharterPage", "a blank charter")
        if not self.context.apply(lambda: self.workshop.start_charter(template),
                                  done=translate("CharterPage", "Charter started from %1. Undo with Ctrl+Z.").replace("%1", name)):
            return False
        self.refresh()
        self.show_part("preamble" if template is not None else "details")
        return True

    # --- sections ------------------------------------------------------------------------------------
    def add_section(self) -> int | None:
        if self.context.read_only:
            return None
        self.flush()
        result = self.context.apply(lambda: self.workshop.add_section(translate("CharterPage", "New section")),
                                    done=translate("CharterPage", "Section added. Undo with Ctrl+Z."))
        if not result:
            return None
        section_id = result[0]
        self.show_part(f"section:{section_id}")
        self.section_editor.heading_edit.setFocus()
        self.section_editor.heading_edit.selectAll()
        return section_id

    def move_section(self, section_id: int, position: int) -> None:
        if self.context.read_only:
            return
        self.flush()
        self.context.apply(lambda: self.workshop.move_section(section_id, position),
                           done=translate("CharterPage", "Section moved. Undo with Ctrl+Z."))

    def delete_section(self, section_id: int) -> bool:
        section = next((s for s in self._charter.sections if s.id == section_id), None)
        if section is None or self.context.read_only:
            return False
        self.flush()
        name = section.heading.strip() or translate("CharterPage", "this untitled section")
        answer = QMessageBox.question(
            self, translate("CharterPage", "Delete a section"),
            translate("CharterPage", "Delete the section “%1” and its comments? You can undo this with Ctrl+Z.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return bool(self.context.apply(lambda: self.workshop.delete_section(section_id),
                                       done=translate("CharterPage", "Section deleted. Undo with Ctrl+Z.")))

    # --- priorities --------------------------------------------------------------------------------
    def _used_clusters(self) -> dict[int, int]:
        return {p.cluster_id: n for n, p in enumerate(self._charter.priorities, 1) if p.cluster_id is not None}

    def add_priorities_from_clusters(self) -> list[int]:
        if self.context.read_only:
            return []
        self.flush()
        dialog = ClusterPickerDialog(self.workshop, self._used_clusters(), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            chosen = dialog.chosen_ids()
        finally:
            dialog.deleteLater()
        return self.add_priorities_for_clusters(chosen)

    def add_priorities_for_clusters(self, cluster_ids: list[int]) -> list[int]:
        """One priority per cluster, in one undo step."""
        added: list[int] = []
        if not cluster_ids:
            return added
        self.undo_stack.beginMacro(translate("CharterPage", "Add 1 priority") if len(cluster_ids) == 1 else
                                   translate("CharterPage", "Add %1 priorities").replace("%1", str(len(cluster_ids))))
        try:
            for cluster_id in cluster_ids:
                result = self.context.apply(lambda c=cluster_id: self.workshop.add_priority_from_cluster(c))
                if not result:
                    break
                added.append(result[0])
        finally:
            self.undo_stack.endMacro()
        if added:
            self.message.emit(translate("CharterPage", "1 priority added. Undo with Ctrl+Z.") if len(added) == 1 else
                              self.tr("%n priorities added. Undo with Ctrl+Z.", "", len(added)))
            self.show_part(f"priority:{added[0]}" if len(added) == 1 else "priorities")
        return added

    def add_priority_from_recommendations(self) -> int | None:
        if self.context.read_only:
            return None
        self.flush()
        dialog = RecommendationPickerDialog(self.workshop, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            title, chosen = dialog.priority_title(), dialog.chosen_ids()
        finally:
            dialog.deleteLater()
        result = self.context.apply(lambda: self.workshop.add_priority(title, chosen),
                                    done=translate("CharterPage", "Priority “%1” added. Undo with Ctrl+Z.").replace("%1", title))
        if not result:
            return None
        self.show_part(f"priority:{result[0]}")
        return result[0]

    def add_recommendations_to(self, priority_id: int) -> None:
        priority = next((p for p in self._charter.priorities if p.id == priority_id), None)
        if priority is None or self.context.read_only:
            return
        dialog = RecommendationPickerDialog(self.workshop, self, priority_title=priority.title,
                                            exclude=set(priority.recommendation_ids))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen = dialog.chosen_ids()
        finally:
            dialog.deleteLater()
        if self._current_key != f"priority:{priority_id}":
            self.show_part(f"priority:{priority_id}")
        self.priority_editor.add_recommendations(chosen)

    def fill_from_round(self) -> bool:
        if self.context.read_only:
            return False
        self.flush()
        dialog = FromRoundDialog(self.workshop, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.round_id() is None:
                return False
            round_id, top = dialog.round_id(), dialog.top()
        finally:
            dialog.deleteLater()
        before = len(self._charter.priorities)
        if not self.context.apply(lambda: self.workshop.priorities_from_round(round_id, top)):
            return False
        added = len(self.workshop.charter().priorities) - before
        self.message.emit(translate("CharterPage", "Priorities put in the round's order; %1 added. Undo with Ctrl+Z.")
                          .replace("%1", str(added)))
        self.show_part("priorities")
        return True

    def move_priority(self, priority_id: int, position: int) -> None:
        if self.context.read_only:
            return
        self.flush()
        self.context.apply(lambda: self.workshop.move_priority(priority_id, position),
                           done=translate("CharterPage", "Priority moved to place %1. Undo with Ctrl+Z.").replace("%1", str(position + 1)))

    def delete_priority(self, priority_id: int) -> bool:
        priority = next((p for p in self._charter.priorities if p.id == priority_id), None)
        if priority is None or self.context.read_only:
            return False
        self.flush()
        answer = QMessageBox.question(
            self, translate("CharterPage", "Delete a priority"),
            translate("CharterPage", "Delete the priority “%1”, its plan and its comments? The recommendations stay in the workshop. "
               "You can undo this with Ctrl+Z.").replace("%1", priority.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return bool(self.context.apply(lambda: self.workshop.delete_priority(priority_id),
                                       done=translate("CharterPage", "Priority deleted. Undo with Ctrl+Z.")))

    # --- versions and adoption ---------------------------------------------------------------------
    def save_version(self) -> int | None:
        if self.context.read_only:
            return None
        self.flush()
        dialog = SaveVersionDialog(self.context, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            version_id = dialog.saved_id
        finally:
            dialog.deleteLater()
        self.message.emit(translate("CharterPage", "Version saved. Compare it or go back to it under “Versions…”."))
        return version_id

    def show_versions(self) -> None:
        self.flush()
        dialog = VersionsDialog(self.context, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def adopt(self) -> int | None:
        if self.context.read_only:
            return None
        self.flush()
        problems = validate_for_adoption(self.workshop.charter())
        if problems:
            show_error(self, ValidationError(" ".join(problems)), translate("CharterPage", "The charter can't be adopted yet"))
            return None
        unfinished = list(dict.fromkeys(p.part for p in placeholders(self.workshop.charter())))
        if unfinished:
            text = translate("CharterPage", "The charter still holds template guidance in [square brackets], in: "
                             "{parts}.\n\nAdopt the charter as it is? To replace the guidance first, choose Cancel."
                             ).format(parts="; ".join(unfinished))
            answer = QMessageBox.question(self, translate("CharterPage", "The charter is not finished"), text,
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                          QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        dialog = AdoptDialog(self.context, self._charter.place, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            version_id = dialog.version_id
        finally:
            dialog.deleteLater()
        self.refresh()
        adopted = self.workshop.adopted_version()
        if adopted is not None:
            self.message.emit(translate("CharterPage", "Charter adopted on %1 at %2. Its text is kept as adopted.")
                              .replace("%1", date_text(adopted.adopted_on))
                              .replace("%2", adopted.adopted_at_place or ""))
        return version_id

    # --- workshop changes ----------------------------------------------------------------------------
    def _on_workshop_changed(self, topic: str, _ids) -> None:
        if self._detached or topic not in TOPICS:
            return
        if topic == "comments":
            self._refresh_outline()
            if not self.context.typing:
                self.comments.refresh()
            return
        if topic == "participants":
            self.comments.refresh()
            return
        if self.context.typing:
            # A save made while typing: the fields already show it; only the outline and header follow.
            self._charter = self.workshop.charter()
            self._refresh_outline()
            self._refresh_header()
            return
        self.refresh()

    # --- configuration -----------------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        self.context.read_only = read_only
        self.start_card.set_read_only(read_only)
        self.outline.set_read_only(read_only)
        for editor in self.editors:
            editor.set_read_only(read_only)
        self.comments.set_read_only(read_only)
        for b in (self.save_version_button, self.adopt_button, self.add_section_button, self.add_priority_button):
            b.setVisible(not read_only)
        self.saved_label.setText(translate("CharterPage", "Read-only: nothing here can be changed") if read_only else "")

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        theme.set_font_tree(self, theme.base_font(theme.BASE_POINT_SIZE * factor))
        self.outline.set_zoom(factor)
        self.setStyleSheet(stylesheet(self._palette, factor))
        self.comments.set_zoom(factor)
        if self._comments_beside:
            self.comments.setMinimumWidth(round(240 * factor))
        if self.width() > 0 and self._comments_beside is not None:
            self._place_comments()

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self.outline.set_palette(palette)
        for editor in self.editors:
            editor.set_palette(palette)
        self.setStyleSheet(stylesheet(palette, self._zoom))

    def detach(self) -> None:
        """Save what is being typed, then stop listening to the workshop (it is being closed)."""
        if self._detached:
            return
        self.flush()
        self._detached = True
        self.signals.changed.disconnect(self._on_workshop_changed)
        if self._own_signals:
            self.signals.detach()
