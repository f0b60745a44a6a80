"""The look: a calm palette with a UN-blue accent, and a high-contrast variant for projectors.

Font sizes for the table and the detail pane are set in code (they follow the zoom), so the
style sheet below never sets a font size on them: a style-sheet font would override setFont.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from ...domain.recommendation import Response

BASE_POINT_SIZE = 10.5
PROJECTOR_POINT_SIZE = 13.0
FONT_FAMILIES = ("Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans")


@dataclass(frozen=True)
class Palette:
    window: str
    surface: str
    sidebar: str
    border: str
    border_strong: str
    text: str
    muted: str
    accent: str
    accent_hover: str
    accent_soft: str
    selection: str
    selection_text: str
    alternate: str
    mark: str
    mark_text: str
    header: str
    banner: str
    banner_border: str
    banner_text: str
    # Response pills: (text, background)
    supported: tuple[str, str]
    noted: tuple[str, str]
    pending: tuple[str, str]
    unknown: tuple[str, str]

    def response_colours(self, response: Response | str) -> tuple[QColor, QColor]:
        value = response.value if isinstance(response, Response) else str(response)
        fg, bg = getattr(self, value, self.unknown)
        return QColor(fg), QColor(bg)


CALM = Palette(
    window="#f5f7fa", surface="#ffffff", sidebar="#eef2f6", border="#dde3ea", border_strong="#c5cfd9",
    text="#15212e", muted="#5d6874", accent="#1f5fa8", accent_hover="#1a5294", accent_soft="#e8f0fa",
    selection="#d4e4f7", selection_text="#0f1b28", alternate="#f8fafc", mark="#ffe27a", mark_text="#15212e",
    header="#f1f4f8", banner="#fff5dc", banner_border="#e7c36a", banner_text="#5a3d00",
    supported=("#155c34", "#dcf1e3"), noted=("#7d4300", "#fdebc4"),
    pending=("#414c59", "#e6eaef"), unknown=("#414c59", "#eceff3"),
)

# For the back of a room: pure white, near-black text, heavier borders and a stronger selection.
PROJECTOR = Palette(
    window="#ffffff", surface="#ffffff", sidebar="#e9eef4", border="#9aa5b1", border_strong="#5f6b78",
    text="#000000", muted="#27313b", accent="#0b4a94", accent_hover="#083a75", accent_soft="#dbe8f8",
    selection="#b9d4f5", selection_text="#000000", alternate="#f1f4f8", mark="#ffd43b", mark_text="#000000",
    header="#e3e9f0", banner="#ffe9a8", banner_border="#b7860b", banner_text="#3d2900",
    supported=("#ffffff", "#1b7a43"), noted=("#000000", "#f6b73c"),
    pending=("#ffffff", "#56616d"), unknown=("#ffffff", "#56616d"),
)


@cache
def font_family() -> str:
    """The first of FONT_FAMILIES this computer has. Looked up once: the app adds no fonts while it runs, and
    asking Qt for every family each time a font is made cost 10 ms of the start."""
    families = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in families:
            return family
    return QApplication.font().family()


def base_font(point_size: float = BASE_POINT_SIZE) -> QFont:
    font = QFont(font_family())
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def set_font_tree(root: QWidget, font: QFont) -> None:
    """Give root and everything inside it this font.

    Under a style sheet Qt does not pass a changed font on to children that were already
    polished, so zoom and projector mode set it on each widget. Style-sheet font sizes still win.
    """
    root.setFont(font)
    for child in root.findChildren(QWidget):
        child.setFont(font)


def apply_application(app: QApplication) -> None:
    """Fusion style, the calm palette and the base font, for the whole application."""
    if app.property("uprThemeApplied"):
        return
    app.setProperty("uprThemeApplied", True)
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setFont(base_font())
    app.setPalette(qpalette(CALM))


def qpalette(p: Palette) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(p.window))
    pal.setColor(role.WindowText, QColor(p.text))
    pal.setColor(role.Base, QColor(p.surface))
    pal.setColor(role.AlternateBase, QColor(p.alternate))
    pal.setColor(role.Text, QColor(p.text))
    pal.setColor(role.Button, QColor(p.surface))
    pal.setColor(role.ButtonText, QColor(p.text))
    pal.setColor(role.Highlight, QColor(p.selection))
    pal.setColor(role.HighlightedText, QColor(p.selection_text))
    pal.setColor(role.ToolTipBase, QColor(p.surface))
    pal.setColor(role.ToolTipText, QColor(p.text))
    pal.setColor(role.PlaceholderText, QColor(p.muted))
    pal.setColor(role.Link, QColor(p.accent))
    pal.setColor(role.Mid, QColor(p.border))
    pal.setColor(role.Dark, QColor(p.border_strong))
    for group in (QPalette.ColorGroup.Inactive,):
        pal.setColor(group, role.Highlight, QColor(p.selection))
        pal.setColor(group, role.HighlightedText, QColor(p.selection_text))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#9aa3ad"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#9aa3ad"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#9aa3ad"))
    return pal


def stylesheet(p: Palette, scale: float = 1.0) -> str:
    """The main window's style sheet. scale enlarges headings and padding in projector mode."""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    def px(size: float) -> str:
        return f"{round(size * scale)}px"

    return f"""
QMainWindow, QWidget#workshopPage, QWidget#reviewPage {{ background: {p.window}; color: {p.text}; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border_strong}; padding: 4px 6px; }}

/* Step list */
QFrame#sidebar {{ background: {p.sidebar}; border: none; border-right: 1px solid {p.border}; }}
QLabel#sidebarBrand {{ color: {p.text}; font-weight: 700; font-size: {pt(12)}; }}
QLabel#sidebarCountry {{ color: {p.muted}; font-size: {pt(9.5)}; }}
QLabel#sidebarHeading {{ color: {p.muted}; font-size: {pt(8.5)}; font-weight: 700; letter-spacing: 1px; }}
QListWidget#stepList {{ background: transparent; border: none; outline: none; }}
QListWidget#stepList {{ padding-left: {px(4)}; }}
/* No padding on the items: with it, Qt's style sheets elide a long step name instead of wrapping it. */
QListWidget#stepList::item {{ color: {p.text}; margin: 1px 0; border-radius: 7px; }}
QListWidget#stepList::item:hover {{ background: {p.accent_soft}; }}
QListWidget#stepList::item:selected {{ background: {p.surface}; color: {p.accent}; font-weight: 600;
    border: 1px solid {p.border}; }}

/* Page header */
QLabel#pageTitle {{ color: {p.text}; font-size: {pt(15)}; font-weight: 600; }}
QLabel#pageSubtitle {{ color: {p.muted}; }}

/* Read-only banner */
QFrame#readOnlyBanner {{ background: {p.banner}; border: none; border-bottom: 1px solid {p.banner_border}; }}
QLabel#readOnlyText {{ color: {p.banner_text}; }}
QPushButton#saveCopyButton {{ background: {p.surface}; color: {p.banner_text}; border: 1px solid {p.banner_border};
    border-radius: 5px; padding: 4px 14px; font-weight: 600; }}
QPushButton#saveCopyButton:hover {{ background: #fffaf0; }}

/* Search and filters */
QLineEdit#searchBox {{ background: {p.surface}; border: 1px solid {p.border_strong}; border-radius: 6px;
    padding: {px(5)} 8px; color: {p.text}; selection-background-color: {p.selection};
    selection-color: {p.selection_text}; }}
QLineEdit#searchBox:focus {{ border: 2px solid {p.accent}; padding: {px(4)} 7px; }}
QToolButton#filterButton {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border_strong};
    border-radius: 6px; padding: {px(4)} 24px {px(4)} 10px; }}
QToolButton#filterButton:hover {{ border-color: {p.accent}; }}
QToolButton#filterButton[active="true"] {{ background: {p.accent_soft}; color: {p.accent};
    border: 1px solid {p.accent}; font-weight: 600; }}
QToolButton#filterButton::menu-indicator {{ subcontrol-origin: padding; subcontrol-position: right center;
    right: 8px; }}
QToolButton#clearFilters {{ color: {p.accent}; background: transparent; border: none; padding: 4px 6px;
    text-decoration: underline; }}
QToolButton#clearFilters:disabled {{ color: transparent; }}
QLabel#showingLabel {{ color: {p.muted}; }}
QLabel#rankNote {{ color: {p.muted}; font-style: italic; }}
QFrame#filterPopup {{ background: {p.surface}; }}
QLineEdit#filterSearch {{ border: 1px solid {p.border_strong}; border-radius: 5px; padding: 4px 6px; }}
QListWidget#filterList {{ border: 1px solid {p.border}; border-radius: 5px; outline: none; }}
QListWidget#filterList::item {{ padding: 3px 2px; }}
QListWidget#filterList::item:hover {{ background: {p.accent_soft}; }}

/* Action buttons */
QPushButton#primaryButton, QToolButton#primaryButton {{ background: {p.accent}; color: #ffffff;
    border: 1px solid {p.accent}; border-radius: 6px; padding: {px(5)} 14px; font-weight: 600; }}
QPushButton#primaryButton:hover, QToolButton#primaryButton:hover {{ background: {p.accent_hover}; }}
QPushButton#primaryButton:disabled, QToolButton#primaryButton:disabled {{ background: #a9bfd9;
    border-color: #a9bfd9; color: #f4f7fb; }}
QToolButton#secondaryButton, QPushButton#secondaryButton {{ background: {p.surface}; color: {p.text};
    border: 1px solid {p.border_strong}; border-radius: 6px; padding: {px(5)} 12px; }}
QToolButton#secondaryButton:hover, QPushButton#secondaryButton:hover {{ border-color: {p.accent}; color: {p.accent}; }}
QToolButton#secondaryButton:checked {{ background: {p.accent}; color: #ffffff; border-color: {p.accent};
    font-weight: 600; }}
QToolButton#secondaryButton:disabled, QPushButton#secondaryButton:disabled {{ color: #a2abb5;
    border-color: {p.border}; }}

/* The table */
QTableView#recommendationTable {{ background: {p.surface}; alternate-background-color: {p.alternate};
    border: 1px solid {p.border}; border-radius: 0px; gridline-color: {p.border};
    selection-background-color: {p.selection}; selection-color: {p.selection_text}; outline: none; }}
QTableView#recommendationTable QHeaderView::section {{ background: {p.header}; color: {p.muted};
    border: none; border-bottom: 1px solid {p.border_strong}; border-right: 1px solid {p.border};
    padding: 6px 8px; }}
QTableView#recommendationTable QTableCornerButton::section {{ background: {p.header}; border: none; }}
QLabel#emptyState {{ color: {p.muted}; font-size: {pt(12)}; background: transparent; }}

/* Detail pane */
QScrollArea#detailPane, QWidget#detailBody {{ background: {p.surface}; border: none; }}
QFrame#detailFrame {{ background: {p.surface}; border: 1px solid {p.border}; }}
QLabel#detailHeading {{ color: {p.muted}; }}
QLabel#detailReference {{ color: {p.text}; }}
QLabel#detailText {{ color: {p.text}; }}
QLabel#metaLabel {{ color: {p.muted}; }}
QLabel#metaValue {{ color: {p.text}; }}
QLabel#detailEmpty {{ color: {p.muted}; }}
QFrame#detailRule {{ background: {p.border}; border: none; max-height: 1px; min-height: 1px; }}
QListWidget#noteList {{ background: {p.window}; border: 1px solid {p.border}; border-radius: 6px; outline: none; }}
QListWidget#noteList::item {{ border-bottom: 1px solid {p.border}; padding: 6px 4px; color: {p.text}; }}
QListWidget#noteList::item:selected {{ background: {p.selection}; color: {p.selection_text}; }}
QPlainTextEdit#noteEditor {{ background: {p.surface}; border: 1px solid {p.border_strong}; border-radius: 6px;
    padding: 4px; }}
QPlainTextEdit#noteEditor:focus {{ border: 2px solid {p.accent}; }}

/* Placeholder pages */
QFrame#placeholderCard {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 14px; }}
QLabel#placeholderBadge {{ background: {p.accent_soft}; color: {p.accent}; border-radius: {px(28)};
    font-size: {pt(18)}; font-weight: 700; }}
QLabel#placeholderKicker {{ color: {p.accent}; font-size: {pt(9)}; font-weight: 700; letter-spacing: 1px; }}
QLabel#placeholderTitle {{ color: {p.text}; font-size: {pt(20)}; font-weight: 600; }}
QLabel#placeholderText {{ color: {p.muted}; font-size: {pt(11.5)}; }}
QLabel#placeholderMeanwhile {{ color: {p.muted}; font-size: {pt(10)}; }}

QStatusBar {{ background: {p.sidebar}; color: {p.muted}; border-top: 1px solid {p.border}; }}
QStatusBar QLabel {{ color: {p.muted}; }}
QSplitter::handle {{ background: {p.window}; }}

/* Dialogs opened from the window */
QDialog#recommendationDialog {{ background: {p.surface}; }}
QLabel#dialogHeading {{ font-size: {pt(16)}; font-weight: 600; color: {p.text}; }}
QLabel#fieldHint {{ color: {p.muted}; font-size: {pt(9)}; }}
QLabel#fieldError {{ color: #9b1c1c; font-size: {pt(9.5)}; }}
QLabel#formError {{ color: #9b1c1c; background: #fdf2f2; border: 1px solid #d64545; border-radius: 6px;
    padding: 8px 10px; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid #d64545; border-radius: 3px; }}
"""
