"""The charter page's own style rules (the window's style sheet in common/theme.py styles the shared names)."""

from __future__ import annotations

from ..common import theme

ERROR_TEXT, ERROR_BG, ERROR_BORDER = "#9b1c1c", "#fdf2f2", "#d64545"
ADDED_TEXT, ADDED_BG = "#14532d", "#dcf5e3"
REMOVED_TEXT, REMOVED_BG = "#8f1d1d", "#fde4e4"


def stylesheet(p: theme.Palette, scale: float = 1.0) -> str:
    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    def px(size: float) -> str:
        return f"{round(size * scale)}px"

    adopted_fg, adopted_bg = p.supported
    draft_fg, draft_bg = p.noted
    return f"""
QWidget#charterPage, QWidget#charterEditorArea {{ background: {p.window}; color: {p.text}; }}
QScrollArea#partScroll, QWidget#partBody {{ background: {p.surface}; border: none; }}
QFrame#partFrame {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 10px; }}

QLabel#statusPill {{ border-radius: {px(11)}; padding: {px(3)} {px(11)}; font-weight: 600; }}
QLabel#statusPill[state="draft"] {{ background: {draft_bg}; color: {draft_fg}; }}
QLabel#statusPill[state="adopted"] {{ background: {adopted_bg}; color: {adopted_fg}; }}
QLabel#statusNote {{ color: {p.muted}; }}
QLabel#savedLabel {{ color: {p.muted}; }}

/* The outline */
QTreeWidget#charterOutline {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 10px;
    padding: 6px 4px; outline: none; color: {p.text}; show-decoration-selected: 0; }}
QTreeWidget#charterOutline::item {{ padding: {px(5)} 4px; border-radius: 6px; margin: 1px 2px; }}
QTreeWidget#charterOutline::item:hover {{ background: {p.alternate}; }}
QTreeWidget#charterOutline::item:selected {{ background: {p.accent_soft}; color: {p.accent}; }}

/* Part headings and fields */
QLabel#partKicker {{ color: {p.accent}; font-size: {pt(8.5)}; font-weight: 700; letter-spacing: 1px; }}
QLabel#partTitle {{ color: {p.text}; font-size: {pt(14.5)}; font-weight: 600; }}
QLabel#partIntro {{ color: {p.muted}; }}
QLabel#fieldLabel {{ color: {p.text}; font-weight: 600; }}
QLabel#fieldHint {{ color: {p.muted}; font-size: {pt(9)}; }}
QLabel#groupHeading {{ color: {p.muted}; font-size: {pt(8.5)}; font-weight: 700; letter-spacing: 1px; }}
QFrame#charterRule {{ background: {p.border}; border: none; }}
QLineEdit#charterField, QPlainTextEdit#charterField {{ background: {p.surface};
    border: 1px solid {p.border_strong}; border-radius: 6px; padding: {px(5)} 8px; color: {p.text};
    selection-background-color: {p.selection}; selection-color: {p.selection_text}; }}
QPlainTextEdit#charterField {{ padding: 2px 4px; }}
QLineEdit#charterField:focus, QPlainTextEdit#charterField:focus {{ border: 2px solid {p.accent};
    padding: {px(4)} 7px; }}
QPlainTextEdit#charterField:focus {{ padding: 1px 3px; }}
QLineEdit#charterField:read-only, QPlainTextEdit#charterField:read-only {{ background: {p.alternate};
    border-color: {p.border}; }}
QLineEdit#titleField {{ background: {p.surface}; border: 1px solid {p.border_strong}; border-radius: 6px;
    padding: {px(6)} 10px; font-size: {pt(13)}; font-weight: 600; color: {p.text}; }}
QLineEdit#titleField:focus {{ border: 2px solid {p.accent}; padding: {px(5)} 9px; }}
QLineEdit#titleField:read-only {{ background: {p.alternate}; border-color: {p.border}; }}

/* The formatted text editor */
QFrame#markdownEditor {{ background: {p.surface}; border: 1px solid {p.border_strong}; border-radius: 7px; }}
QFrame#markdownToolbar {{ background: {p.header}; border: none; border-bottom: 1px solid {p.border};
    border-top-left-radius: 7px; border-top-right-radius: 7px; }}
QToolButton#formatButton {{ background: transparent; color: {p.text}; border: 1px solid transparent;
    border-radius: 5px; padding: {px(3)} {px(8)}; min-width: {px(18)}; }}
QToolButton#formatButton:hover {{ background: {p.surface}; border-color: {p.border_strong}; }}
QToolButton#formatButton:checked {{ background: {p.accent_soft}; color: {p.accent}; border-color: {p.accent}; }}
QTextEdit#charterText {{ background: {p.surface}; border: none; color: {p.text};
    selection-background-color: {p.selection}; selection-color: {p.selection_text};
    border-bottom-left-radius: 7px; border-bottom-right-radius: 7px; }}

/* Inline messages */
QLabel#inlineError {{ color: {ERROR_TEXT}; background: {ERROR_BG}; border: 1px solid {ERROR_BORDER};
    border-radius: 6px; padding: 6px 10px; }}
QLabel#infoNote {{ color: {p.banner_text}; background: {p.banner}; border: 1px solid {p.banner_border};
    border-radius: 6px; padding: 8px 10px; }}

/* Tables and lists inside parts */
QTableView#charterTable, QListView#charterList {{ background: {p.surface}; alternate-background-color: {p.alternate};
    border: 1px solid {p.border}; border-radius: 6px; gridline-color: {p.border};
    selection-background-color: {p.selection}; selection-color: {p.selection_text}; outline: none; }}
QTableView#charterTable QHeaderView::section {{ background: {p.header}; color: {p.muted}; border: none;
    border-bottom: 1px solid {p.border_strong}; border-right: 1px solid {p.border}; padding: 5px 8px;
    font-weight: 600; }}
QTableView#charterTable::item {{ padding: 0px 6px; }}
QListView#charterList::item {{ padding: {px(6)} 8px; border-bottom: 1px solid {p.border}; }}
QListView#charterList::item:selected {{ background: {p.selection}; color: {p.selection_text}; }}
QFrame#levelCard {{ background: {p.window}; border: 1px solid {p.border}; border-radius: 8px; }}
QLabel#levelHeading {{ color: {p.text}; font-weight: 700; }}
QLabel#levelCount {{ color: {p.muted}; }}
QToolButton#linkButton {{ color: {p.accent}; background: transparent; border: none; padding: 2px 4px; }}
QToolButton#linkButton:hover {{ text-decoration: underline; }}
QToolButton#iconButton {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border_strong};
    border-radius: 6px; padding: {px(4)} {px(7)}; }}
QToolButton#iconButton:hover {{ border-color: {p.accent}; color: {p.accent}; }}
QToolButton#iconButton:disabled {{ color: #a2abb5; border-color: {p.border}; }}
QPushButton#dangerButton {{ background: {p.surface}; color: {ERROR_TEXT}; border: 1px solid {p.border_strong};
    border-radius: 6px; padding: {px(5)} 12px; }}
QPushButton#dangerButton:hover {{ border-color: {ERROR_BORDER}; background: {ERROR_BG}; }}
QPushButton#dangerButton:disabled {{ color: #c9a4a4; border-color: {p.border}; }}

/* The comments panel */
QFrame#commentsPanel {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 10px; }}
QFrame#commentCard {{ background: {p.window}; border: 1px solid {p.border}; border-radius: 8px; }}
QFrame#commentCard[resolved="true"] {{ background: {p.surface}; border: 1px dashed {p.border}; }}
QLabel#commentAuthor {{ color: {p.text}; font-weight: 600; }}
QLabel#commentAuthor[resolved="true"], QLabel#commentBody[resolved="true"] {{ color: {p.muted}; }}
QLabel#commentMeta {{ color: {p.muted}; font-size: {pt(8.5)}; }}
QLabel#commentBody {{ color: {p.text}; }}
QLabel#commentsEmpty {{ color: {p.muted}; }}
QPlainTextEdit#commentEditor {{ background: {p.surface}; border: 1px solid {p.border_strong}; border-radius: 6px;
    padding: 2px 4px; }}
QPlainTextEdit#commentEditor:focus {{ border: 2px solid {p.accent}; padding: 1px 3px; }}

/* The start card */
QFrame#startCard {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 14px; }}
QLabel#startKicker {{ color: {p.accent}; font-size: {pt(9)}; font-weight: 700; letter-spacing: 1px; }}
QLabel#startTitle {{ color: {p.text}; font-size: {pt(20)}; font-weight: 600; }}
QLabel#startText {{ color: {p.muted}; font-size: {pt(11)}; }}
QPushButton#templateCard {{ background: {p.window}; border: 1px solid {p.border}; border-radius: 10px;
    text-align: left; padding: 0px; }}
QPushButton#templateCard:hover {{ border: 1px solid {p.accent}; background: {p.accent_soft}; }}
QPushButton#templateCard:focus {{ border: 1px solid {p.accent}; }}
QToolButton#commentsToggle {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border_strong};
    border-radius: 6px; padding: {px(5)} 12px; }}
QToolButton#commentsToggle:hover {{ border-color: {p.accent}; color: {p.accent}; }}
QToolButton#commentsToggle:checked {{ background: {p.accent_soft}; color: {p.accent}; border-color: {p.accent}; }}
QToolButton#commentsToggle:disabled {{ color: #a2abb5; border-color: {p.border}; background: {p.surface}; }}
QToolButton#secondaryButton::menu-indicator {{ image: none; width: 0px; }}
QLabel#templateTitle {{ color: {p.text}; font-size: {pt(11.5)}; font-weight: 600; background: transparent; }}
QLabel#templateText {{ color: {p.muted}; background: transparent; }}
QLabel#templateUse {{ color: {p.accent}; font-weight: 600; background: transparent; }}

/* Dialogs */
QDialog#charterDialog {{ background: {p.surface}; }}
QTextBrowser#diffView {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 6px;
    padding: 6px; color: {p.text}; }}
QLabel#diffSummary {{ color: {p.text}; font-weight: 600; }}
"""
