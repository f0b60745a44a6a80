"""Comments on a part of the charter: who said it (a participant, or anonymous), resolved or open.

Comments are not part of the charter's text or its versions; they are the room's notes on the draft.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.charter import Comment
from .fields import CharterContext
from ..common.translation import plural, translate


def comment_time(iso: str) -> str:
    moment = QDateTime.fromString(iso or "", Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso or ""
    return QLocale().toString(moment.toLocalTime(), "d MMM, HH:mm")


class CommentCard(QFrame):
    def __init__(self, panel: "CommentsPanel", comment: Comment, author: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("commentCard")
        self.comment = comment
        resolved = "true" if comment.resolved else "false"
        self.setProperty("resolved", resolved)
        self.author = QLabel(author, self)
        self.author.setObjectName("commentAuthor")
        self.author.setProperty("resolved", resolved)
        meta = comment_time(comment.created_at)
        if comment.resolved:
            meta = translate("CharterPage", "{time}  ·  resolved").format(time=meta)
        self.meta = QLabel(meta, self)
        self.meta.setObjectName("commentMeta")
        self.body = QLabel(comment.body, self)
        self.body.setObjectName("commentBody")
        self.body.setProperty("resolved", resolved)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resolve_button = QToolButton(self)
        self.resolve_button.setObjectName("linkButton")
        self.resolve_button.setText(translate("CharterPage", "Reopen") if comment.resolved else translate("CharterPage", "Mark resolved"))
        self.resolve_button.clicked.connect(lambda: panel.set_resolved(comment.id, not comment.resolved))
        self.delete_button = QToolButton(self)
        self.delete_button.setObjectName("linkButton")
        self.delete_button.setText(translate("CharterPage", "Delete"))
        self.delete_button.clicked.connect(lambda: panel.delete_comment(comment.id))
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.author, 1)
        top.addWidget(self.meta)
        actions = QHBoxLayout()
        actions.setSpacing(2)
        actions.addStretch(1)
        actions.addWidget(self.resolve_button)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.body)
        layout.addLayout(actions)
        editable = not panel.context.read_only
        self.resolve_button.setVisible(editable)
        self.delete_button.setVisible(editable)


class CommentsPanel(QFrame):
    """The comments on the part shown, with a box to add one."""

    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self.context = context
        self.part: str | None = None
        self.part_name = ""
        self.cards: list[CommentCard] = []
        self._show_resolved = False

        self.heading = QLabel(translate("CharterPage", "COMMENTS"), self)
        self.heading.setObjectName("groupHeading")
        self.subject = QLabel(self)
        self.subject.setObjectName("fieldHint")
        self.subject.setWordWrap(True)
        self.list_widget = QWidget()
        self.list_widget.setObjectName("partBody")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 4, 0)
        self.list_layout.setSpacing(8)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("partScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.list_widget)
        self.empty = QLabel(translate("CharterPage", "No comments on this part yet."), self.list_widget)
        self.empty.setObjectName("commentsEmpty")
        self.empty.setWordWrap(True)
        self.resolved_toggle = QToolButton(self.list_widget)
        self.resolved_toggle.setObjectName("linkButton")
        self.resolved_toggle.clicked.connect(self._toggle_resolved)

        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("commentEditor")
        self.editor.setPlaceholderText(translate("CharterPage", "Add a comment on this part…"))
        self.editor.setTabChangesFocus(True)
        self._fit_editor()
        self.editor.textChanged.connect(self._update_add)
        self.author = QComboBox(self)
        self.author.setToolTip(translate("CharterPage", "Whose comment it is. Anonymous leaves no name in the file."))
        self.author.setAccessibleName(translate("CharterPage", "Comment from"))
        # A long name must not widen the panel: the list shows it whole, the box what fits.
        self.author.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.author.setMinimumContentsLength(9)
        self.add_button = QPushButton(translate("CharterPage", "Add comment"), self)
        self.add_button.setObjectName("primaryButton")
        self.add_button.clicked.connect(self.add_comment)
        from_row = QHBoxLayout()
        from_row.setSpacing(6)
        from_label = QLabel(translate("CharterPage", "From", "the author of a comment"), self)
        from_label.setObjectName("fieldHint")
        from_row.addWidget(from_label)
        from_row.addWidget(self.author, 1)
        self.from_row = from_row
        self.add_area = QWidget(self)
        add_layout = QVBoxLayout(self.add_area)
        add_layout.setContentsMargins(0, 0, 0, 0)
        add_layout.setSpacing(6)
        add_layout.addWidget(self.editor)
        add_layout.addLayout(from_row)
        add_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        add_layout.addStretch(1)
        self.add_layout = add_layout

        # A column beside the part, or (on a narrow screen) a band under it: the comments on the left
        # and the box to add one on the right.
        comments = QVBoxLayout()
        comments.setSpacing(8)
        comments.addWidget(self.heading)
        comments.addWidget(self.subject)
        comments.addWidget(self.scroll, 1)
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(14, 14, 14, 14)
        self.box.setSpacing(8)
        self.box.addLayout(comments, 1)
        self.box.addWidget(self.add_area)
        self.scroll.setMinimumHeight(40)
        self._update_add()

    def is_beside(self) -> bool:
        box = getattr(self, "box", None)
        return box is None or box.direction() == QBoxLayout.Direction.TopToBottom

    def set_beside(self, beside: bool) -> None:
        """A column beside the part (True), or a band under it (False)."""
        self.box.setDirection(QBoxLayout.Direction.TopToBottom if beside else QBoxLayout.Direction.LeftToRight)
        self.box.setSpacing(8 if beside else 18)
        self.box.setStretch(0, 1)
        self.box.setStretch(1, 0 if beside else 1)
        # Under the part, the comments get the room; the box to add one stays a comfortable width.
        self.add_area.setMaximumWidth(16777215 if beside else self.fontMetrics().averageCharWidth() * 40)
        margin = 14 if beside else 12
        self.box.setContentsMargins(margin, margin, margin, margin)
        # Under the part, height is short: "Add comment" goes on the line with the author.
        self.add_layout.removeWidget(self.add_button)
        self.from_row.removeWidget(self.add_button)
        if beside:
            self.add_layout.insertWidget(2, self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        else:
            self.from_row.addWidget(self.add_button)
        self._fit_editor()

    # --- content ---------------------------------------------------------------------------------
    def show_part(self, part: str | None, name: str) -> None:
        if part != self.part:
            self._show_resolved = False
        self.part = part
        self.part_name = name
        self.subject.setText(translate("CharterPage", "On “%1”").replace("%1", name) if name else "")
        self.refresh()

    def _authors(self) -> dict[int, str]:
        return {p.id: p.label() for p in self.context.workshop.participants()}

    def refresh(self) -> None:
        authors = self._authors()
        self._fill_authors(authors)
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        while self.list_layout.count():
            self.list_layout.takeAt(0)
        comments = self.context.workshop.comments(self.part) if self.part else []
        open_ones = [c for c in comments if not c.resolved]
        resolved = [c for c in comments if c.resolved]
        for c in open_ones:
            self._add_card(c, authors)
        self.empty.setVisible(not open_ones)
        self.empty.setText(translate("CharterPage", "No comments on this part yet.") if not resolved else
                           translate("CharterPage", "No open comments on this part."))
        self.list_layout.addWidget(self.empty)
        self.resolved_toggle.setVisible(bool(resolved))
        if resolved:
            arrow = "▾" if self._show_resolved else "▸"
            self.resolved_toggle.setText(f"{arrow} " + plural(self.tr("%n resolved", "", len(resolved)),
                                                              len(resolved)))
            self.list_layout.addWidget(self.resolved_toggle)
            if self._show_resolved:
                for c in resolved:
                    self._add_card(c, authors)
        self.list_layout.addStretch(1)
        self.heading.setText(translate("CharterPage", "COMMENTS") + (f" · {len(open_ones)}" if open_ones else ""))

    def _add_card(self, comment: Comment, authors: dict[int, str]) -> None:
        author = authors.get(comment.participant_id, translate("CharterPage", "Anonymous")) if comment.participant_id is not None \
            else translate("CharterPage", "Anonymous")
        card = CommentCard(self, comment, author, self.list_widget)
        self.cards.append(card)
        self.list_layout.addWidget(card)

    def _fill_authors(self, authors: dict[int, str]) -> None:
        keep = self.author.currentData()
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem(translate("CharterPage", "Anonymous"), None)
        for pid, label in sorted(authors.items(), key=lambda item: item[1].casefold()):
            self.author.addItem(label, pid)
        index = self.author.findData(keep)
        self.author.setCurrentIndex(max(0, index))
        self.author.blockSignals(False)

    def _toggle_resolved(self) -> None:
        self._show_resolved = not self._show_resolved
        self.refresh()

    def _update_add(self) -> None:
        self.add_button.setEnabled(bool(self.editor.toPlainText().strip()) and self.part is not None)

    # --- changes ---------------------------------------------------------------------------------
    def add_comment(self) -> int | None:
        body = self.editor.toPlainText().strip()
        if not body or self.part is None or self.context.read_only:
            return None
        author = self.author.currentData()
        result = self.context.apply(lambda: self.context.workshop.add_comment(self.part, body, author),
                                    done=translate("CharterPage", "Comment added. Undo with Ctrl+Z."))
        if not result:
            return None
        self.editor.clear()
        return result[0]

    def set_resolved(self, comment_id: int, resolved: bool) -> None:
        self.context.apply(lambda: self.context.workshop.set_comment_resolved(comment_id, resolved),
                           done=translate("CharterPage", "Comment marked resolved.") if resolved else translate("CharterPage", "Comment reopened."))

    def delete_comment(self, comment_id: int) -> None:
        self.context.apply(lambda: self.context.workshop.delete_comment(comment_id),
                           done=translate("CharterPage", "Comment deleted. Undo with Ctrl+Z."))

    def set_read_only(self, read_only: bool) -> None:
        self.add_area.setVisible(not read_only)
        self.refresh()

    def _fit_editor(self) -> None:
        lines = 3 if self.is_beside() else 2
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * lines + 16)

    def set_zoom(self, _factor: float) -> None:
        """After the font changed: size the box for three lines, and lay the cards out again."""
        self.set_beside(self.is_beside())
        self.refresh()
