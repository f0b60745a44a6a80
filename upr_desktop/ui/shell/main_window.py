"""The main window: the workshop's steps down the left, one page per step, menus and undo.

With no workshop open it shows the start screen. Every edit made in any page goes on this
window's undo stack; pages refresh themselves from the workshop's change announcements.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..common.drops import dropped_file
from ... import i18n, paths, private_temp, settings
from ...domain.errors import CorruptWorkshopFile, ForeignSchemaObjects, WorkshopError, WorkshopInUse
from ...domain.workshop import ALL_COUNTRIES
from ..common import theme
from ..common.identity import app_icon
from . import window_place
from ..common.errors import show_error
from ..common.signals import WorkshopSignals
from .window_parts import PathLabel, step_icon

if TYPE_CHECKING:  # annotations only; imported where used, so that the start screen needs neither
    from ...ops import Workshop
    from ..review import ReviewPage

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 5 * 60 * 1000
ZOOM_LEVELS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.4, 2.8)
PROJECTOR_ZOOM = 1.5
WORKSHOP_SUFFIX = ".uprw"
IMPORT_SUFFIXES = {".csv", ".tsv", ".txt", ".xls", ".xlsx", ".docx", ".json"}

# The workshop's steps, in the order a workshop runs them.
STEPS = ("review", "clusters", "participants", "vote", "results", "charter", "print", "followup")


class _StepPages(Mapping):
    """The step pages by key. Every step is a key; its page is built the first time it is asked for
    (shown, or used by an action), so opening a workshop builds the review page alone."""

    def __init__(self, build):
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            if key not in STEPS:
                raise KeyError(key)
            page = self._built[key] = self._build(key)
        return page

    def __iter__(self):
        return iter(STEPS)

    def __len__(self) -> int:
        return len(STEPS)

    def add(self, key: str, page: QWidget) -> None:
        self._built[key] = page

    def built(self) -> list[QWidget]:
        """The pages built so far (what zoom, palette and closing have to reach)."""
        return list(self._built.values())


# Titles, subtitles and the sentences that introduce a part: they wrap in a longer language.
_WRAPPING_LABELS = {"pageTitle", "pageSubtitle", "partIntro", "clusterHint"}
_NARROWEST_SENTENCE = 160  # pixels: a wrapping sentence may be this narrow, taller instead


def _let_titles_wrap(page: QWidget) -> None:
    """A step's titles and sentences wrap onto more lines rather than widen the window: French, Russian and
    Spanish run a third longer than English, and the window must still fit a 1024-pixel projector. (A wrapping
    QLabel still asks for the width of a long line as its minimum; it is told it may be narrower.)"""
    for label in page.findChildren(QLabel):
        if label.objectName() in _WRAPPING_LABELS:
            label.setWordWrap(True)
        if label.wordWrap() and label.minimumWidth() == 0 and \
                label.minimumSizeHint().width() > _NARROWEST_SENTENCE:
            label.setMinimumWidth(_NARROWEST_SENTENCE)
    # A hidden part (the charter's start card behind its editor) keeps the minimum its layout cached before.
    for layout in page.findChildren(QLayout):
        layout.invalidate()


def _same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class _CheckRelay(QObject):
    """Brings the end of a large file's background check (its own thread) to the window's thread."""

    finished = Signal(object, object)  # the workshop, its IntegrityCheck


class _BackupRelay(QObject):
    """Tells the window's thread that a rolling backup (taken on a worker thread) has ended."""

    finished = Signal(object)  # the workshop's path


class MainWindow(QMainWindow):
    """One window per open workshop; the start screen when none is open."""

    def __init__(self, workshop: Workshop | None = None, *, start_screen: bool = True):
        """start_screen=False: none yet (a file given on the command line is about to be opened)."""
        super().__init__()
        app = QApplication.instance()
        if app is not None:
            theme.apply_application(app)
        self.setObjectName("mainWindow")
        self.workshop: Workshop | None = None
        self.signals: WorkshopSignals | None = None
        self.review_page: ReviewPage | None = None
        self.pages: Mapping[str, QWidget] = {}
        self.start_screen: QWidget | None = None
        self._workshop_page: QWidget | None = None
        self.step_list: QListWidget | None = None
        self.sidebar_country: QLabel | None = None
        self._pending_drop: str | None = None
        self._read_only_beside_other_window: Workshop | None = None  # for the banner's reason
        self._damaged: dict[str, str] = {}  # files whose full check failed this session: what it found
        self._check_relay = _CheckRelay(self)
        self._check_relay.finished.connect(self._on_full_check_done)
        self._zoom = 1.0
        self._zoom_before_projector = 1.0
        self._projector = False
        self._palette = theme.CALM

        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self._backup_thread: threading.Thread | None = None
        self._backup_relay = _BackupRelay(self)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self.rolling_backup)

        self._stack = QStackedWidget(self)
        self.setCentralWidget(self._stack)
        self._create_actions()
        self._create_menus()
        self._create_status_bar()
        from .lock import WorkshopLocker

        self.locker = WorkshopLocker(self)
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        self._open_maximised = window_place.place(self)
        self._apply_style()

        if workshop is not None:
            self.set_workshop(workshop)
        elif start_screen:
            self._show_start_screen()

    # --- actions and menus ---------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, *, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _create_actions(self) -> None:
        self.new_workshop_action = self._action(self.tr("&New workshop…"), self.new_workshop, QKeySequence.StandardKey.New,
                                                tip=self.tr("Create an empty workshop file"))
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open,
                                        tip=self.tr("Open a workshop file (.uprw)"))
        self.demo_action = self._action(self.tr("Open de&mo workshop"), self.open_demo,
                                        tip=self.tr("The illustrative demo workshop, as you left it"))
        self.demo_afresh_action = self._action(self.tr("Start the demo a&fresh…"), self.start_demo_afresh,
                                               tip=self.tr("Replace the demo workshop with a fresh copy"))
        self.import_action = self._action(self.tr("&Import recommendations…"), self.import_recommendations, "Ctrl+I",
                                          tip=self.tr("Add recommendations from a UPR Info, UHRI, OHCHR or other file"))
        self.save_copy_action = self._action(self.tr("Save a co&py…"), self.save_copy, "Ctrl+Shift+S",
                                             tip=self.tr("Write a copy of this workshop to another file"))
        self.info_action = self._action(self.tr("Workshop de&tails…"), self.edit_workshop_info,
                                        tip=self.tr("Title, country, dates, venue and organisers"))
        self.travel_copy_action = self._action(self.tr("Save a tra&vel copy…"), self.save_travel_copy,
                                               tip=self.tr("A copy without participants' names, comment authors or "
                                                      "confidential evidence, for crossing borders"))
        self.encrypt_action = self._action(self.tr("&Encrypt this workshop…"), self.encrypt_workshop,
                                           tip=self.tr("Protect the file with a passphrase"))
        self.change_passphrase_action = self._action(self.tr("C&hange passphrase…"), self.change_passphrase,
                                                     tip=self.tr("Set a new passphrase; the recovery key changes too"))
        self.lock_action = self._action(self.tr("&Lock"), self.lock_workshop, "Ctrl+L",
                                        tip=self.tr("Hide the workshop until the passphrase is typed again"))
        self.privacy_action = self._action(self.tr("Lock and privacy &settings…"), self.privacy_settings,
                                           tip=self.tr("When to lock by itself, and whether encrypted workshops are "
                                                  "listed under Recent"))
        self.close_action = self._action(self.tr("&Close workshop"), self.close_workshop, QKeySequence.StandardKey.Close,
                                         tip=self.tr("Close this workshop and return to the start screen"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.new_rec_action = self._action(self.tr("&New recommendation…"), self._new_recommendation,
                                           ["Ctrl+Shift+N", "Ins"], tip=self.tr("Add a recommendation by hand"))
        self.edit_rec_action = self._action(self.tr("&Edit recommendation…"), self._edit_recommendation, "F2",
                                            tip=self.tr("Edit the selected recommendation"))
        self.delete_rec_action = self._action(self.tr("&Delete recommendations…"), self._delete_recommendations,
                                              QKeySequence.StandardKey.Delete,
                                              tip=self.tr("Delete the selected recommendations"))
        self.find_action = self._action(self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find)

        self.zoom_in_action = self._action(self.tr("Zoom &in"), self.zoom_in, ["Ctrl++", "Ctrl+="])
        self.zoom_out_action = self._action(self.tr("Zoom &out"), self.zoom_out, ["Ctrl+-"])
        self.zoom_reset_action = self._action(self.tr("&Actual size"), self.zoom_reset, ["Ctrl+0"])
        self.projector_action = QAction(self.tr("&Projector mode"), self)
        self.projector_action.setCheckable(True)
        self.projector_action.setShortcut(QKeySequence("F5"))
        self.projector_action.setStatusTip(self.tr("High contrast and large type, for the back of the room"))
        self.projector_action.toggled.connect(self.set_projector_mode)
        self.addAction(self.projector_action)

        self.step_actions = QActionGroup(self)
        self.about_action = self._action(self.tr("&About UPR Desktop"), self._about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_workshop_action)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.demo_action)
        file_menu.addAction(self.demo_afresh_action)
        self.recent_menu = file_menu.addMenu(self.tr("Recent &workshops"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.recent_menu.triggered.connect(self._open_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self.travel_copy_action)
        file_menu.addAction(self.info_action)
        file_menu.addSeparator()
        file_menu.addAction(self.encrypt_action)
        file_menu.addAction(self.change_passphrase_action)
        file_menu.addAction(self.privacy_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.new_rec_action)
        edit_menu.addAction(self.edit_rec_action)
        edit_menu.addAction(self.delete_rec_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        view_menu.addSeparator()
        view_menu.addAction(self.projector_action)
        view_menu.addSeparator()
        self.steps_menu = view_menu.addMenu(self.tr("&Go to step"))
        self.steps_menu.triggered.connect(self._on_step_action)

        self.language_menu = bar.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("languageMenu")
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        chosen = settings.interface_language()
        follow = self.language_menu.addAction(self.tr("Same as this computer"))
        follow.setData("")
        for lang in i18n.available_languages():
            action = self.language_menu.addAction(i18n.language_name(lang))  # each in its own language
            action.setData(lang)
        for action in self.language_menu.actions():
            action.setCheckable(True)
            action.setChecked(action.data() == (chosen or ""))
            self.language_actions.addAction(action)
        self.language_menu.insertSeparator(self.language_menu.actions()[1])
        self.language_menu.triggered.connect(self._on_language_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        self.path_label = PathLabel(self)
        self.path_label.setObjectName("pathLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        status.addPermanentWidget(self.path_label)
        status.addPermanentWidget(self.zoom_label)
        # A message ("Projector mode on…") takes the path's place while it shows, rather than running into it.
        status.messageChanged.connect(self._on_status_message)

    def _on_status_message(self, message: str) -> None:
        self.path_label.setVisible(not message and bool(self.path_label.path()))

    def _step_titles(self) -> dict[str, str]:
        return {"review": self.tr("Review"), "clusters": self.tr("Clusters"), "participants": self.tr("Participants"),
                "vote": self.tr("Vote"), "results": self.tr("Results"), "charter": self.tr("Charter"), "print": self.tr("Print"),
                "followup": self.tr("Follow-up")}

    # --- the interface language ----------------------------------------------------------
    def _on_language_action(self, action: QAction) -> None:
        self.set_language(action.data() or None)

    def set_language(self, lang: str | None, *, remember: bool = True) -> str:
        """Speak `lang` from now on (None: the computer's language), without losing anything: what is being
        typed is saved first, then the menus and the pages are built again in the new language, showing the same
        step, the same selections and the same part of the charter. Returns the language now in use."""
        started = time.perf_counter()
        if remember:
            settings.set_interface_language(lang)
        state = self._view_state()
        if self.workshop is not None:
            for page in self._built_pages():
                if hasattr(page, "detach"):
                    page.detach()  # saves what is being typed (charter fields, a review note) first
        applied = i18n.apply(lang or i18n.system_language())
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        self.menuBar().clear()
        self._create_actions()
        self._create_menus()
        self.projector_action.setChecked(self._projector)
        if self.workshop is not None:
            old = self._workshop_page
            self._workshop_page = self._build_workshop_page(self.workshop)
            self._stack.addWidget(self._workshop_page)
            self._stack.setCurrentWidget(self._workshop_page)
            if old is not None:
                self._stack.removeWidget(old)
                old.deleteLater()
            self._apply_window_font()
            self._restore_view_state(state)
        elif self.start_screen is not None:
            self._show_start_screen()
        self.set_zoom(self._zoom)
        self._update_title()
        self._update_actions()
        self.last_language_switch_s = time.perf_counter() - started
        log.info("interface language %s, switched in %.3f s", applied, self.last_language_switch_s)
        return applied

    def _view_state(self) -> dict:
        """Where the person is: the step, and what is selected on each page built so far."""
        if self.workshop is None:
            return {}
        state: dict = {"step": self.current_step(), "built": [k for k in STEPS if k in getattr(self.pages, "_built", {})]}
        pages = getattr(self.pages, "_built", {})
        review = pages.get("review")
        if review is not None:
            state["review"] = (review.selected_ids(), review.current_id(), review.filter_bar.search.text())
        if "participants" in pages:
            state["participants"] = (pages["participants"].selected_ids(), pages["participants"].current_id())
        if "clusters" in pages:
            state["clusters"] = pages["clusters"].selected_ids()
        if "vote" in pages:
            state["vote"] = pages["vote"].current_id()
        if "results" in pages:
            state["results"] = pages["results"].current_round_id()
        if "charter" in pages:
            state["charter"] = pages["charter"].current_key()
        return state

    def _restore_view_state(self, state: dict) -> None:
        for key in state.get("built", []):
            self.pages[key]  # built again, as before
        if "review" in state:
            ids, current, search = state["review"]
            if search:
                self.review_page.filter_bar.search.setText(search)
            if ids:
                self.review_page.select_ids(ids, current)
        if state.get("participants") and state["participants"][0]:
            self.pages["participants"].select_ids(*state["participants"])
        if state.get("clusters"):
            self.pages["clusters"].select_ids(state["clusters"])
        if state.get("vote") is not None:
            self.pages["vote"].show_round(state["vote"])
        if state.get("results") is not None:
            self.pages["results"].show_round(state["results"])
        if state.get("charter"):
            self.pages["charter"].show_part(state["charter"])
        if state.get("step"):
            self.show_step(state["step"])

    # --- the workshop page ---------------------------------------------------------------
    def _build_workshop_page(self, workshop: Workshop) -> QWidget:
        # No parent until it is whole: added to the window once, it is styled once, not widget by widget.
        page = QWidget()
        page.setObjectName("workshopPage")

        self.banner = QFrame(page)
        self.banner.setObjectName("readOnlyBanner")
        lock = QLabel(self.banner)
        lock.setPixmap(QIcon(str(paths.resource("icons", "lock.svg"))).pixmap(QSize(20, 20)))
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("readOnlyText")
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Save a copy…"), self.banner)
        self.banner_button.setObjectName("saveCopyButton")
        self.banner_button.clicked.connect(self.save_copy)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(20, 9, 20, 9)
        banner_layout.setSpacing(10)
        banner_layout.addWidget(lock)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.setVisible(workshop.read_only)
        if workshop.read_only and self._key(workshop.path) in self._damaged:
            self.banner_text.setText(self.tr("This workshop file is damaged, so it is open read-only and nothing more "
                                             "can be lost. Open the latest good backup to carry on."))
            self.banner_button.setText(self.tr("Open the latest good backup"))
            self.banner_button.setObjectName("openBackupButton")
            self.banner_button.clicked.disconnect()
            self.banner_button.clicked.connect(self.open_latest_good_backup)
        elif workshop.read_only:
            self.banner_text.setText(self.tr("This workshop is read-only (%1). Save a copy to make changes.")
                                     .replace("%1", self._read_only_reason(workshop)))

        # Steps down the left
        sidebar = QFrame(page)
        sidebar.setObjectName("sidebar")
        brand = QLabel(self.tr("UPR Desktop"), sidebar)
        brand.setObjectName("sidebarBrand")
        info = workshop.info()
        country = self.tr("All States under review") if info.country == ALL_COUNTRIES else info.country
        self.sidebar_country = QLabel(country or "", sidebar)
        self.sidebar_country.setObjectName("sidebarCountry")
        self.sidebar_country.setWordWrap(True)
        heading = QLabel(self.tr("WORKSHOP STEPS"), sidebar)
        heading.setObjectName("sidebarHeading")
        self.step_list = QListWidget(sidebar)
        self.step_list.setObjectName("stepList")
        self.step_list.setIconSize(QSize(26, 26))
        self.step_list.setWordWrap(True)  # a long step name takes two lines rather than losing its end
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setAccessibleName(self.tr("Workshop steps"))
        self.projector_button = QToolButton(sidebar)
        self.projector_button.setObjectName("secondaryButton")
        self.projector_button.setDefaultAction(self.projector_action)
        self.projector_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(14, 18, 14, 14)
        side.setSpacing(4)
        side.addWidget(brand)
        side.addWidget(self.sidebar_country)
        side.addSpacing(22)
        side.addWidget(heading)
        side.addSpacing(4)
        side.addWidget(self.step_list, 1)
        side.addWidget(self.projector_button)
        # As wide as the projector button needs in any language (Russian and French run longer than English),
        # never narrower than the English design; the steps' list and the country wrap within that.
        self.step_list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.sidebar_country.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # …and wide enough for the longest step's name where that fits ("Тематические группы"), up to 228 px (a small laptop keeps the rest).
        longest = max(self.step_list.fontMetrics().horizontalAdvance(t) for t in self._step_titles().values())
        side.addItem(QSpacerItem(max(196, min(longest + 84, 228)) - 28, 0, QSizePolicy.Policy.Minimum,
                                 QSizePolicy.Policy.Minimum))
        sidebar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        self.page_stack = QStackedWidget(page)
        from ..review import ReviewPage

        self.review_page = ReviewPage(workshop, self.undo_stack, self.signals, self.page_stack)
        self.review_page.message.connect(self._show_message)
        self.review_page.import_requested.connect(self.import_recommendations)
        self.review_page.selection_changed.connect(self._update_actions)
        self.review_page.read_failed.connect(self._on_page_read_failed)
        self.review_page.set_zoom(self._zoom)
        self.review_page.set_palette(self._palette)
        _let_titles_wrap(self.review_page)
        self.pages = _StepPages(self._build_step_page)
        self.pages.add("review", self.review_page)
        self.page_stack.addWidget(self.review_page)
        titles = self._step_titles()
        for key in STEPS:
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(180, 44))
            self.step_list.addItem(item)
        self._refresh_step_icons()
        self.step_list.currentRowChanged.connect(self._on_step_changed)
        self.step_list.setCurrentRow(0)

        self.steps_menu.clear()
        for action in self.step_actions.actions():
            self.step_actions.removeAction(action)
        for number, key in enumerate(STEPS, 1):
            action = self.steps_menu.addAction(f"{number}  {titles[key]}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(number - 1)
            self.step_actions.addAction(action)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(sidebar)
        body.addWidget(self.page_stack, 1)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        return page

    def _built_pages(self) -> list[QWidget]:
        return self.pages.built() if isinstance(self.pages, _StepPages) else list(self.pages.values())

    def page(self, key: str) -> QWidget:
        """The step's page, built now if it has not been shown yet."""
        return self.pages[key]

    def _build_step_page(self, key: str) -> QWidget:
        """Build a step's page when first needed; importing its module then too (the print page's reportlab)."""
        # Built without a parent, then added: one restyle of the finished tree under the window's stylesheet,
        # not one per widget as each is added (0.5 s of the charter page's 1.1 s).
        args = (self.workshop, self.undo_stack, self.signals, None)
        if key == "clusters":
            from ..clusters import ClustersPage
            page = ClustersPage(*args)
        elif key == "participants":
            from ..participants import ParticipantsPage
            page = ParticipantsPage(*args)
        elif key == "vote":
            from ..vote import VotePage
            page = VotePage(*args, candidate_choice=self.review_page.candidate_choice)
            page.results_requested.connect(self.show_results)
            page.review_requested.connect(lambda: self.show_step("review"))
        elif key == "results":
            from ..results import ResultsPage
            page = ResultsPage(*args)
            page.vote_requested.connect(self.show_round)
        elif key == "charter":
            from ..charter import CharterPage
            page = CharterPage(*args)
        elif key == "print":
            from ..print import PrintPage
            page = PrintPage(*args)
        elif key == "followup":
            from ..followup import FollowUpPage
            page = FollowUpPage(*args)
        else:
            raise KeyError(key)
        page.message.connect(self._show_message)
        # Each call restyles the page's whole tree (its own stylesheet): skip what it already has.
        if getattr(page, "_zoom", None) != self._zoom:
            page.set_zoom(self._zoom)
        if getattr(page, "_palette", None) is not self._palette:
            page.set_palette(self._palette)
        self.page_stack.addWidget(page)
        _let_titles_wrap(page)  # once styled as it will be shown, so that its layouts' minimums are the real ones
        return page

    def _refresh_step_icons(self) -> None:
        if self.step_list is None:
            return
        current = self.step_list.currentRow()
        for row in range(self.step_list.count()):
            icon = QIcon()
            icon.addPixmap(step_icon(row + 1, row == current, self._palette), QIcon.Mode.Normal)
            icon.addPixmap(step_icon(row + 1, True, self._palette), QIcon.Mode.Selected)
            self.step_list.item(row).setIcon(icon)

    def _on_step_changed(self, row: int) -> None:
        if 0 <= row < len(STEPS):
            page = self.pages[STEPS[row]]
            self.page_stack.setCurrentWidget(page)
            _let_titles_wrap(page)  # again: some pages build their parts when first shown
            self._refresh_step_icons()
            self._update_actions()

    def _on_step_action(self, action: QAction) -> None:
        if action.data() is not None:
            self.show_step(STEPS[int(action.data())])

    def show_step(self, key: str) -> None:
        if self.workshop is not None and key in STEPS:
            self.step_list.setCurrentRow(STEPS.index(key))

    def show_results(self, round_id: int) -> None:
        self.show_step("results")
        self.pages["results"].show_round(round_id)

    def show_round(self, round_id: int) -> None:
        self.show_step("vote")
        self.pages["vote"].show_round(round_id)

    def current_step(self) -> str | None:
        if self.workshop is None or self.step_list is None:
            return None
        return STEPS[self.step_list.currentRow()]

    def _read_only_reason(self, workshop: Workshop) -> str:
        if workshop is self._read_only_beside_other_window:
            return self.tr("it is open in another window")
        path = workshop.path
        if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
            return QApplication.translate("MainWindow", "opened read-only")
        if not os.access(path.parent, os.W_OK):
            return QApplication.translate("MainWindow", "its folder can't be written to, e.g. a locked USB stick")
        return QApplication.translate("MainWindow", "the file can't be written to")

    # --- opening and closing -------------------------------------------------------------
    def set_workshop(self, workshop: Workshop) -> None:
        """Show this (already open) workshop; the window closes it when done with it."""
        if self.workshop is not None:
            self.close_workshop(show_start=False)
        self.workshop = workshop
        self.signals = WorkshopSignals(workshop, self)
        self.signals.changed.connect(self._on_workshop_changed)
        self._workshop_page = self._build_workshop_page(workshop)
        self._stack.addWidget(self._workshop_page)
        self._stack.setCurrentWidget(self._workshop_page)
        if self._projector:
            self._apply_window_font()
        self.review_page.set_zoom(self._zoom)
        self._drop_start_screen()
        self.undo_stack.clear()
        self._show_path(workshop.path)
        self.set_zoom(self._zoom)
        self._watch_full_check(workshop)
        # After the first paint: copying a large file must not delay the window.
        QTimer.singleShot(1500, self.rolling_backup)
        self._backup_timer.start()
        self._update_title()
        self._update_actions()
        self.review_page.table.setFocus()
        self.locker.workshop_shown()

    @staticmethod
    def _key(path: Path) -> str:
        return os.path.normcase(os.path.realpath(path))

    def _watch_full_check(self, workshop: Workshop) -> None:
        """A large file opened on a light check is checked in full in the background; writes wait for it."""
        check = workshop.integrity
        if check is None or self._key(workshop.path) in self._damaged:
            return
        if not check.done.is_set():
            self._show_message(self.tr("Checking the whole workshop file in the background…"), 0)
        check.when_done(lambda finished, opened=workshop: self._check_relay.finished.emit(opened, finished))

    def _on_full_check_done(self, workshop: Workshop, check) -> None:
        if workshop is not self.workshop:
            return  # closed meanwhile
        if check.ok:
            self._show_message(self.tr("The workshop file was checked: it is sound."), 4000)
            return
        path = workshop.path
        self._damaged[self._key(path)] = check.problem or ""
        log.error("%s is damaged: %s", path, check.problem)
        if not workshop.read_only:
            self.close_workshop(show_start=False)
            try:
                reopened = self._open_file(path, read_only=True)  # an encrypted one asks for its passphrase
            except Exception as error:  # noqa: BLE001 - too damaged even to read: the start screen, and why
                self._show_start_screen()
                show_error(self, error, self.tr("Open workshop"))
                return
            if reopened is None:
                self._show_start_screen()
                return
            self.set_workshop(reopened)
        else:
            reopened = self._open_file(path, read_only=True)
            if reopened is not None:
                self.set_workshop(reopened)  # rebuilt with the damaged file's banner
        self._offer_backup_of_damaged(path, self.tr(
            "“%1” is damaged: SQLite's check of the whole file found a problem. It is now open read-only, so "
            "nothing more can be lost.").replace("%1", path.name))

    def _offer_backup_of_damaged(self, path: Path, text: str) -> None:
        """Say the file is damaged and offer its latest good backup, when there is one."""
        backup = self._latest_good_backup(path)
        buttons = QMessageBox.StandardButton.Close
        if backup is not None:
            text += " " + self.tr("Open its latest good backup to carry on.")
            buttons |= QMessageBox.StandardButton.Open
        else:
            text += " " + self.tr("There is no good backup of it; save a copy to keep what can still be read.")
        log.info("shown to user: %s", text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Damaged workshop file"), text, buttons, self)
        box.setObjectName("damagedBox")
        if backup is not None:
            box.button(QMessageBox.StandardButton.Open).setText(self.tr("Open the latest good backup"))
            box.setDefaultButton(QMessageBox.StandardButton.Open)
        if box.exec() == QMessageBox.StandardButton.Open:
            self._open_backup_of(path)

    def _latest_good_backup(self, path: Path) -> Path | None:
        """The open workshop checks its own backups (an encrypted one's need its key, which only it holds)."""
        if self.workshop is not None and _same_file(self.workshop.path, path):
            return self.workshop.latest_good_backup()
        from ...ops.workshop import latest_good_backup

        return latest_good_backup(path)

    def open_latest_good_backup(self) -> bool:
        """Put the newest sound backup of the damaged workshop that is open beside it, under a new name, and
        open that."""
        return self.workshop is not None and self._open_backup_of(self.workshop.path)

    def _open_backup_of(self, damaged: Path) -> bool:
        backup = self._latest_good_backup(damaged)
        if backup is None:
            show_error(self, WorkshopError(self.tr("There is no good backup of “%1”. Save a copy to keep what can "
                                                   "still be read.").replace("%1", damaged.name)))
            return False
        from datetime import datetime

        when = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H.%M")
        folder = damaged.parent if os.access(damaged.parent, os.W_OK) else self._default_folder()
        target = folder / f"{damaged.stem} {self.tr('(backup of %1)').replace('%1', when)}{WORKSHOP_SUFFIX}"
        n = 2
        while target.exists():
            target = target.with_name(f"{damaged.stem} {self.tr('(backup of %1)').replace('%1', when)} {n}"
                                      f"{WORKSHOP_SUFFIX}")
            n += 1
        try:
            source = self._open_file(backup, read_only=True)  # an encrypted workshop's backups are encrypted
            if source is None:
                return False
            with source:
                source.save_copy(target)
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.tr("Open the latest good backup"))
            return False
        opened = self.open_workshop(target)
        if opened:
            self._show_message(self.tr("You are working on the backup of %1, saved as %2")
                               .replace("%1", when).replace("%2", str(target)), 10000)
        return opened

    def _offer_cleaned_copy(self, path: Path, error: ForeignSchemaObjects) -> bool:
        """The file holds triggers, views, tables or indexes we did not put there: say so, offer a clean copy."""
        log.info("shown to user: %s", error.message)
        buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Workshop not opened"), error.message, buttons, self)
        box.setObjectName("foreignObjectsBox")
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save a cleaned copy…"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        if box.exec() != QMessageBox.StandardButton.Save:
            return False
        folder = path.parent if os.access(path.parent, os.W_OK) else self._default_folder()
        suggested = folder / f"{path.stem} {self.tr('(cleaned)')}{WORKSHOP_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a cleaned copy"), str(suggested),
                                                self.tr("UPR Desktop workshops (*.uprw)"))
        if not chosen:
            return False
        target = Path(chosen)
        if target.suffix.lower() != WORKSHOP_SUFFIX:
            target = target.with_name(target.name + WORKSHOP_SUFFIX)
        from ...ops import Workshop

        try:
            copy = Workshop.save_cleaned_copy(path, target)
        except Exception as failure:  # noqa: BLE001
            show_error(self, failure, self.tr("Save a cleaned copy"))
            return False
        opened = self.open_workshop(copy)
        if opened:
            self._show_message(self.tr("You are working on the cleaned copy: %1").replace("%1", str(copy)), 10000)
        return opened

    def _show_path(self, path: Path) -> None:
        self.path_label.set_path(str(path))
        self._on_status_message(self.statusBar().currentMessage())

    def open_workshop(self, path: str | os.PathLike, *, remember: bool = True) -> bool:
        """Open a workshop file; a plain message (and the current state kept) if it can't be opened.
        Every way of opening a workshop (menu, recent list, start screen, drop, command line) comes here."""
        if self.locker.is_locked:
            return False  # nothing is opened over the lock (a file dropped on it, say): unlock or close first
        current = self.workshop
        if current is not None and not current.read_only and _same_file(current.path, path):
            return True  # already open here for changes: a second open would find it in use
        try:
            workshop = self._open_or_offer_read_only(path)
            if workshop is None:
                return False
        except ForeignSchemaObjects as error:
            return self._offer_cleaned_copy(Path(path), error)
        except WorkshopError as error:
            show_error(self, error, self.tr("Open workshop"))
            return False
        except Exception as error:  # noqa: BLE001 - a person sees plain words, the log gets the rest
            show_error(self, error, self.tr("Open workshop"))
            return False
        try:
            self.set_workshop(workshop)
        except Exception as error:  # noqa: BLE001 - a page's first read found what the light check could not
            return self._could_not_show(workshop, error)
        if remember:
            settings.add_recent(workshop.path, encrypted=self._encrypted(workshop))
        if workshop.migrated_from is not None:
            self._show_message(self.tr("This workshop was upgraded to the current format; a copy of the original "
                                       "was kept in the backups folder."), 10000)
        return True

    def _on_page_read_failed(self, error: Exception) -> None:
        """A page's read after the first paint failed: as when it fails while the page is built."""
        if self.workshop is not None:
            self._could_not_show(self.workshop, error)

    def _could_not_show(self, workshop: Workshop, error: Exception) -> bool:
        """The file opened but its pages could not be read: close it, and say why (offering the latest good
        backup when a read found it damaged)."""
        path = workshop.path
        if self.workshop is workshop:
            self.close_workshop(show_start=False)
        else:
            workshop.close()
        self._show_start_screen()
        from ...ops.workshop import describe_failure

        if isinstance(describe_failure(error), CorruptWorkshopFile):
            log.error("%s is damaged: %s", path, error)
            self._damaged[self._key(path)] = str(error)
            self._offer_backup_of_damaged(path, self.tr(
                "“%1” is damaged: part of it can't be read, so it was closed and nothing was changed.")
                .replace("%1", path.name))
        else:
            show_error(self, error, self.tr("Open workshop"))
        return False

    def _open_or_offer_read_only(self, path: str | os.PathLike) -> Workshop | None:
        """The workshop, open for changes; if another window has it open for changes, offer it
        read-only (None if the person cancels)."""
        try:
            return self._open_file(path)
        except WorkshopInUse as error:
            log.info("shown to user: %s", error.message)
            buttons = QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Workshop in use"), error.message, buttons, self)
            box.setObjectName("inUseBox")
            box.button(QMessageBox.StandardButton.Open).setText(self.tr("Open read-only"))
            box.setDefaultButton(QMessageBox.StandardButton.Open)
            if box.exec() != QMessageBox.StandardButton.Open:
                return None
        workshop = self._open_file(path, read_only=True)
        if workshop is None:
            return None
        self._read_only_beside_other_window = workshop
        return workshop

    def _open_file(self, path: str | os.PathLike, *, read_only: bool = False) -> Workshop | None:
        """Open the file; an encrypted one asks for its passphrase first (None if the person cancels)."""
        from ...ops import Workshop  # the ops layer, when a workshop is first opened (not for the start screen)

        if Path(path).is_file() and Workshop.is_encrypted_file(path):
            from .passphrase_dialogs import ask_passphrase_and_open

            return ask_passphrase_and_open(self, path, read_only=read_only)
        return Workshop.open(path, read_only=True) if read_only else Workshop.open(path)

    @staticmethod
    def _encrypted(workshop: Workshop) -> bool:
        return workshop.encrypted

    def close_workshop(self, *, show_start: bool = True) -> None:
        workshop = self.workshop
        if workshop is None:
            if show_start and self.locker.is_locked:
                self.locker.close_locked()  # the locked workshop is given up: the start screen
            return
        self._backup_timer.stop()
        self.locker.workshop_gone()
        self.rolling_backup(wait=True)
        for page in self._built_pages():
            if hasattr(page, "detach"):
                page.detach()
        if self.signals is not None:
            self.signals.detach()
            self.signals.deleteLater()
        self.undo_stack.clear()  # its steps refer to the workshop being closed
        if self._workshop_page is not None:
            self._stack.removeWidget(self._workshop_page)
            self._workshop_page.deleteLater()
        self._workshop_page = None
        self.review_page = None
        self.step_list = None
        self.sidebar_country = None
        self.steps_menu.clear()
        self.pages = {}
        self.signals = None
        self.workshop = None
        if self._read_only_beside_other_window is workshop:
            self._read_only_beside_other_window = None
        try:
            workshop.close()
        except Exception:  # noqa: BLE001 - closing must not stop the window
            log.exception("closing %s", workshop.path)
        try:
            private_temp.wipe_contents()  # print jobs, read-only copies: nothing of it stays behind
        except OSError:
            log.exception("emptying the private temporary folder")
        self.path_label.set_path("")
        self.zoom_label.clear()
        self.statusBar().clearMessage()  # what it said was about the workshop closed ("Checking the whole file…")
        if show_start:
            self._show_start_screen()
        self._update_title()
        self._update_actions()

    def show_start_screen_if_idle(self) -> None:
        """The start screen, unless a workshop (or the start screen) is already shown."""
        if self.workshop is None and self.start_screen is None:
            self._show_start_screen()

    def _show_start_screen(self) -> None:
        self._drop_start_screen()
        screen = self._make_start_screen()
        self.start_screen = screen
        self._stack.addWidget(screen)
        self._stack.setCurrentWidget(screen)
        self._update_title()
        self._update_actions()

    def _drop_start_screen(self) -> None:
        if self.start_screen is not None:
            self._stack.removeWidget(self.start_screen)
            self.start_screen.deleteLater()
            self.start_screen = None

    def _make_start_screen(self) -> QWidget:
        recent = settings.recent_workshops()
        try:
            from .start_screen import StartScreen
        except ImportError:  # only while the start screen module is missing from a build
            log.exception("start screen unavailable")
            screen = QWidget(self)
            layout = QVBoxLayout(screen)
            layout.addStretch(1)
            for text, slot in ((self.tr("Open the demo workshop"), self.open_demo),
                               (self.tr("New workshop…"), self.new_workshop),
                               (self.tr("Open a workshop…"), self.open_dialog)):
                button = QPushButton(text, screen)
                button.clicked.connect(slot)
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
            layout.addStretch(1)
            return screen
        screen = StartScreen(recent, self)
        screen.open_path_requested.connect(self.handle_path)
        screen.open_dialog_requested.connect(self.open_dialog)
        screen.new_requested.connect(self.new_workshop)
        screen.demo_requested.connect(self.open_demo)
        screen.demo_afresh_requested.connect(self.start_demo_afresh)
        screen.language_requested.connect(self.set_language)
        return screen

    def new_workshop(self) -> bool:
        if self.locker.is_locked:
            return False
        try:
            from .workshop_dialogs import ask_new_workshop
        except ImportError as error:
            show_error(self, error)
            return False
        workshop = ask_new_workshop(self)
        if workshop is None:
            return False
        self.set_workshop(workshop)
        settings.add_recent(workshop.path, encrypted=self._encrypted(workshop))
        return True

    def open_dialog(self) -> bool:
        folder = self._default_folder()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workshop"), str(folder),
                                              self.tr("UPR Desktop workshops (*.uprw);;All files (*)"))
        if not path:
            return False
        return self.handle_path(path)

    def open_demo(self) -> bool:
        """The demo as it was left: its ballots, closed rounds and participants' codes are kept. A new copy is
        made only the first time, or by "Start the demo afresh"."""
        target = paths.demo_file()
        if self.workshop is not None and self.workshop.path.resolve() == target.resolve():
            return True  # already open
        try:
            if target.exists():
                path = target  # as it was left: what builds a demo (io.demo, its domain modules) is not needed
            else:
                from ...io.demo import fresh_demo_copy

                path = fresh_demo_copy()
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.tr("Open demo workshop"))
            if self.workshop is None:
                self._show_start_screen()
            return False
        opened = self.open_workshop(path, remember=False)
        if not opened and self.workshop is None:
            self._show_start_screen()
        return opened

    def start_demo_afresh(self) -> bool:
        """Replace the demo with a fresh copy, after asking: what was done in it is lost."""
        from ...io.demo import fresh_demo_copy

        target = paths.demo_file()
        here = self.workshop is not None and self.workshop.path.resolve() == target.resolve()
        if target.exists():
            from ...ops import Workshop

            if not here and Workshop.open_elsewhere(target):
                show_error(self, WorkshopError(self.tr(
                    "The demo workshop is open in another window of UPR Desktop. Close it there first, then start "
                    "the demo afresh.")), self.tr("Start the demo afresh"))
                return False
            answer = QMessageBox.question(
                self, self.tr("Start the demo afresh"),
                self.tr("Replace the demo workshop with a fresh copy?\n\nEverything done in it is lost: the "
                        "ballots cast, the rounds opened and closed, the participants' codes, and every change to "
                        "its recommendations, clusters and charter."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if here:
            self.close_workshop(show_start=False)  # the fresh copy replaces this very file
        try:
            path = fresh_demo_copy()
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.tr("Start the demo afresh"))
            if self.workshop is None:
                self._show_start_screen()
            return False
        return self.open_workshop(path, remember=False)

    def handle_path(self, path: str) -> bool:
        """A file given on the command line, dropped, or picked: open a workshop or import recommendations."""
        if Path(path).suffix.lower() == WORKSHOP_SUFFIX or Path(path).suffix.lower() not in IMPORT_SUFFIXES:
            return self.open_workshop(path)
        if self.workshop is None:
            answer = QMessageBox.question(
                self, self.tr("Import recommendations"),
                self.tr("Recommendations are imported into a workshop. Create a new workshop for “%1”?")
                .replace("%1", Path(path).name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes or not self.new_workshop():
                return False
        return self.import_recommendations(path) is not None

    def _open_recent(self, action: QAction) -> None:
        path = action.data()
        if path:
            self.open_workshop(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.recent_workshops()
        for path in recent:
            action = self.recent_menu.addAction(path.stem)
            action.setData(str(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent workshops"))
            empty.setEnabled(False)

    @staticmethod
    def _default_folder() -> Path:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(location) if location else Path.home()
        return folder if folder.is_dir() else Path.home()

    def save_copy(self) -> Path | None:
        workshop = self.workshop
        if workshop is None:
            return None
        folder = workshop.path.parent if os.access(workshop.path.parent, os.W_OK) else self._default_folder()
        suggested = folder / f"{workshop.path.stem} {self.tr('(copy)')}{WORKSHOP_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the workshop"), str(suggested),
                                              self.tr("UPR Desktop workshops (*.uprw)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != WORKSHOP_SUFFIX:
            target = target.with_name(target.name + WORKSHOP_SUFFIX)
        try:
            copy = workshop.save_copy(target)
        except WorkshopError as error:
            show_error(self, error, self.tr("Save a copy"))
            return None
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.tr("Save a copy"))
            return None
        if workshop.read_only:
            if self.open_workshop(copy):
                self._show_message(self.tr("You are now working on the copy: %1").replace("%1", str(copy)), 10000)
        else:
            self._show_message(self.tr("A copy was saved to %1").replace("%1", str(copy)), 10000)
        return copy

    def import_recommendations(self, path: str | None = None):
        if self.workshop is None:
            return None
        try:
            from .import_dialog import run_import
        except ImportError as error:  # only while the import module is missing from a build
            log.exception("import unavailable")
            show_error(self, error, self.tr("Import recommendations"))
            return None
        summary = run_import(self, self.workshop, self.undo_stack, path if isinstance(path, str) else None)
        if summary is not None and self.review_page is not None:
            self.show_step("review")
        return summary

    def edit_workshop_info(self) -> bool:
        if self.workshop is None:
            return False
        try:
            from .workshop_dialogs import edit_workshop_info
        except ImportError as error:
            show_error(self, error)
            return False
        return edit_workshop_info(self, self.workshop, self.undo_stack)

    # --- protecting the people in it: lock, encryption, travel copy -------------------------
    def lock_workshop(self) -> bool:
        return self.locker.lock()

    def set_locked_state(self, locked: bool) -> None:
        """While locked, nothing but unlocking, closing and quitting: no other file can be opened over the lock."""
        for action in (self.new_workshop_action, self.open_action, self.demo_action, self.demo_afresh_action,
                       self.privacy_action):
            action.setEnabled(not locked)
        self.recent_menu.setEnabled(not locked)
        self._update_actions()

    def encrypt_workshop(self) -> bool:
        workshop = self.workshop
        if workshop is None or workshop.read_only or self._encrypted(workshop):
            return False
        from .passphrase_dialogs import encrypt_workshop

        done = encrypt_workshop(self, workshop)
        if done:
            settings.add_recent(workshop.path, encrypted=True)  # taken out of the list unless asked for
            self._update_actions()
            self._show_message(self.tr("The workshop is encrypted."), 8000)
        return done

    def change_passphrase(self) -> bool:
        workshop = self.workshop
        if workshop is None or workshop.read_only or not self._encrypted(workshop):
            return False
        from .passphrase_dialogs import change_passphrase

        done = change_passphrase(self, workshop)
        if done:
            self._show_message(self.tr("The passphrase was changed."), 8000)
        return done

    def save_travel_copy(self) -> Path | None:
        if self.workshop is None:
            return None
        from .travel_copy_dialog import save_travel_copy

        return save_travel_copy(self, self.workshop)

    def privacy_settings(self) -> bool:
        from .lock import PrivacySettingsDialog

        dialog = PrivacySettingsDialog(self)
        accepted = dialog.exec() == dialog.DialogCode.Accepted
        if accepted:
            self.locker.watcher.set_timeout_ms(settings.lock_after_minutes() * 60_000)
        dialog.deleteLater()
        return accepted

    # --- backups -------------------------------------------------------------------------
    def rolling_backup(self, *, wait: bool = False) -> None:
        """Take the rolling backup on a worker thread (SQLite's backup API, in steps, on its own
        connection), so the window never waits for a large file to be copied. wait: here and now
        (closing the workshop), after any backup still running."""
        if self.workshop is None:
            return
        running = self._backup_thread
        if running is not None and running.is_alive():
            if not wait:
                return  # one at a time; the timer brings the next
            running.join()
        path = self.workshop.path
        try:
            job = self.workshop.rolling_backup_job()
        except Exception:  # noqa: BLE001 - a failed backup must never interrupt the workshop
            log.exception("rolling backup of %s failed", path)
            return
        if job is None:
            return

        def run() -> None:
            try:
                target = job()
                log.info("rolling backup written to %s", target)
            except Exception:  # noqa: BLE001
                log.exception("rolling backup of %s failed", path)
            with contextlib.suppress(RuntimeError):  # the window is gone
                self._backup_relay.finished.emit(path)

        if wait:
            run()
        else:
            self._backup_thread = threading.Thread(target=run, name="rolling-backup", daemon=True)
            self._backup_thread.start()

    def backup_running(self) -> bool:
        return self._backup_thread is not None and self._backup_thread.is_alive()

    # --- editing (delegated to the review page) -----------------------------------------
    def _new_recommendation(self) -> None:
        if self.review_page is not None and not self.workshop.read_only:
            self.show_step("review")
            self.review_page.new_recommendation()

    def _edit_recommendation(self) -> None:
        if self.review_page is not None and self.current_step() == "review":
            self.review_page.edit_current()

    def _delete_recommendations(self) -> None:
        if self.review_page is not None and self.current_step() == "review":
            self.review_page.delete_selected()

    def _focus_search(self) -> None:
        if self.review_page is not None:
            self.show_step("review")
            self.review_page.filter_bar.search.setFocus()
            self.review_page.filter_bar.search.selectAll()

    # --- view ----------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        self._zoom = max(ZOOM_LEVELS[0], min(ZOOM_LEVELS[-1], factor))
        for page in self._built_pages():
            if hasattr(page, "set_zoom"):
                page.set_zoom(self._zoom)
        self.zoom_label.setText(f"{round(self._zoom * 100)} %" if self.workshop is not None else "")
        self.zoom_label.setToolTip(self.tr("Zoom: Ctrl + and Ctrl − change it, Ctrl 0 resets it"))

    def zoom_in(self) -> None:
        bigger = [z for z in ZOOM_LEVELS if z > self._zoom + 1e-6]
        if bigger:
            self.set_zoom(bigger[0])

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_LEVELS if z < self._zoom - 1e-6]
        if smaller:
            self.set_zoom(smaller[-1])

    def zoom_reset(self) -> None:
        self.set_zoom(PROJECTOR_ZOOM if self._projector else 1.0)

    @property
    def projector_mode(self) -> bool:
        return self._projector

    def set_projector_mode(self, on: bool) -> None:
        if on == self._projector:
            return
        self._projector = on
        if self.projector_action.isChecked() != on:
            self.projector_action.setChecked(on)
        self._palette = theme.PROJECTOR if on else theme.CALM
        if on:
            self._zoom_before_projector = self._zoom
            zoom = max(self._zoom, PROJECTOR_ZOOM)
        else:
            zoom = self._zoom_before_projector
        self._apply_style()
        for page in self._built_pages():
            if hasattr(page, "set_palette"):
                page.set_palette(self._palette)
        self._refresh_step_icons()
        self.set_zoom(zoom)
        self._show_message(self.tr("Projector mode on: high contrast and large type. F5 turns it off.") if on
                           else self.tr("Projector mode off."))

    def _apply_style(self) -> None:
        scale = theme.PROJECTOR_POINT_SIZE / theme.BASE_POINT_SIZE if self._projector else 1.0
        self.setStyleSheet(theme.stylesheet(self._palette, scale))
        self._apply_window_font()
        self.set_zoom(self._zoom)

    def _apply_window_font(self) -> None:
        font = theme.base_font(theme.PROJECTOR_POINT_SIZE if self._projector else theme.BASE_POINT_SIZE)
        theme.set_font_tree(self, font)
        # The review table and detail pane follow the zoom instead (set_zoom re-applies it).

    # --- state of the window -------------------------------------------------------------
    def _on_workshop_changed(self, topic: str, _ids) -> None:
        if topic == "workshop":
            self._update_title()
            if self.workshop is not None and self.sidebar_country is not None:
                country = self.workshop.info().country
                self.sidebar_country.setText(self.tr("All States under review") if country == ALL_COUNTRIES
                                             else country)

    def _update_title(self, *_args) -> None:
        if self.workshop is None:
            locker = getattr(self, "locker", None)
            self.setWindowTitle(self.tr("Locked — UPR Desktop") if locker is not None and locker.is_locked
                                else self.tr("UPR Desktop"))
            self.setWindowFilePath("")
            return
        title = self.workshop.info().title or self.workshop.path.stem
        text = self.tr("%1 — UPR Desktop").replace("%1", title)
        if self.workshop.read_only:
            text += " " + self.tr("[read-only]")
        self.setWindowTitle(text)

    def _update_actions(self, *_args) -> None:
        has = self.workshop is not None
        writable = has and not self.workshop.read_only
        on_review = has and self.current_step() == "review"
        page = self.review_page
        for action in (self.save_copy_action, self.close_action, self.info_action, self.find_action,
                       self.travel_copy_action, self.lock_action):
            action.setEnabled(has)
        encrypted = has and self._encrypted(self.workshop)
        self.encrypt_action.setEnabled(writable and not encrypted)
        self.change_passphrase_action.setEnabled(writable and encrypted)
        locker = getattr(self, "locker", None)
        if locker is not None and locker.is_locked:
            self.close_action.setEnabled(True)
        self.import_action.setEnabled(writable)
        self.new_rec_action.setEnabled(writable)
        self.edit_rec_action.setEnabled(writable and on_review and page is not None and page.current_id() is not None)
        self.delete_rec_action.setEnabled(writable and on_review and page is not None and bool(page.selected_ids()))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            action.setEnabled(has)
        self.undo_action.setVisible(True)

    def _show_message(self, text: str, timeout: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout)

    def _about(self) -> None:
        from .about_dialog import show_about

        self._about_dialog = show_about(self)

    # --- drag and drop, closing ----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if dropped_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        path = dropped_file(event)
        if not path:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop has finished: a dialog opened inside a drop handler blocks the drag source.
        self._pending_drop = path
        QTimer.singleShot(0, self._handle_pending_drop)

    def _handle_pending_drop(self) -> None:
        path = self._pending_drop
        self._pending_drop = None
        if path:
            self.handle_path(path)

    def show_placed(self) -> None:
        """Show the window as it was last time on this screen, within the screen's available area."""
        if self._open_maximised:
            self.showMaximized()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.isVisible():
            window_place.remember(self)
        self.close_workshop(show_start=False)
        event.accept()
