"""Reading the catalogues, making a pseudo-translation, and walking every step of the app collecting what it shows.

The pseudo-language turns each English source into accented letters, 40 % longer and in brackets:
"Save a copy…" -> "[Šàvé à çôpý… ~~~~]". Its placeholders ({name}, %n, %1, tags, entities) are kept as they are.
Text still in plain English on screen after loading it did not go through tr(); a "]" that is not visible means
the widget cuts its text.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QToolButton,
    QWidget,
)

REPO = Path(__file__).resolve().parents[3]
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
PLURAL_FORMS = {"ar": 6, "ru": 3, "zh": 1, "en": 2, "es": 2, "fr": 2}  # Qt's numerus forms per language

# Placeholders and markup a translation must keep exactly.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d+|<[^<>]+>|&[A-Za-z#0-9]+;")
_ACCENTS = str.maketrans("aceinosuyzAEIOUCNSYZw", "àçéïñôšüýžÀÉÏÔÜÇÑŠÝŽŵ")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    translations: tuple[str, ...]  # one, or one per numerus form; "" when empty
    finished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple((f.text or "") for f in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            kind = translation.get("type")
            messages.append(Message(name, message.findtext("source") or "", numerus, forms,
                                    kind not in ("unfinished", "vanished", "obsolete") and any(forms)))
    return messages


def placeholders(text: str) -> list[str]:
    """The placeholders and tags in a text, sorted (their order may change in a translation)."""
    found = PLACEHOLDER.findall(text)
    return sorted(p.lower() if p.startswith("<") else p for p in found)


def pseudo(source: str) -> str:
    """Accented, 40 % longer, bracketed; placeholders kept."""
    parts, last = [], 0
    for match in PLACEHOLDER.finditer(source):
        parts.append(source[last:match.start()].translate(_ACCENTS))
        parts.append(match.group(0))
        last = match.end()
    parts.append(source[last:].translate(_ACCENTS))
    body = "".join(parts)
    visible = len(PLACEHOLDER.sub("", source))
    padding = "~" * max(2, round(visible * 0.4) - 2)
    if "\n" in body:  # keep the lines as they are: pad the longest one's end
        return f"[{body} {padding}]"
    return f"[{body} {padding}]"


def lrelease(ts: Path, qm: Path) -> Path:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def fresh_english(folder: Path) -> Path:
    """The English catalogue as pyside6-lupdate makes it from the code now (as scripts/i18n.py update would,
    without touching the translators' files): a string added since the last update is in it too."""
    target = folder / "fresh_en.ts"
    if not target.exists():
        tool = Path(sys.executable).parent / "pyside6-lupdate"
        sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "upr_desktop").rglob("*.py"))
        subprocess.run([str(tool), "-silent", "-no-obsolete", "-locations", "none", "-target-language", "en",
                        *sources, "-ts", str(target)], cwd=REPO, check=True)
    return target


def pseudo_catalogue(folder: Path, lang: str = "en") -> Path:
    """A .qm translating every English source (of the code as it is now) into the pseudo-language, with `lang`'s
    plural forms."""
    source = fresh_english(folder)
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", {"zh": "zh_CN"}.get(lang, lang))
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(PLURAL_FORMS[lang]):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    ts = folder / f"pseudo_{lang}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return lrelease(ts, folder / f"pseudo_{lang}.qm")


def english_sources(catalogue: Path | None = None) -> set[str]:
    """Every English source, as a widget would show it (mnemonic & and tags gone, trimmed)."""
    found = set()
    for message in read_ts(catalogue or I18N / "upr_desktop_en.ts"):
        shown = plain(message.source)
        # Sources with placeholders never show as they are; fixed fragments around them are still words.
        if shown and not PLACEHOLDER.search(message.source) and any(c.isalpha() for c in shown):
            found.add(shown)
    return found


def plain(text: str) -> str:
    text = re.sub(r"<[^<>]+>", " ", text or "")
    text = html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


# --- walking --------------------------------------------------------------------------------------------------
@dataclass
class Seen:
    where: str  # the widget's class and object name, to find it
    text: str


def settle() -> None:
    app = QApplication.instance()
    for _ in range(4):
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def _describe(widget: QWidget) -> str:
    names = []
    w = widget
    while w is not None and len(names) < 3:
        names.append(f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__)
        w = w.parentWidget()
    return " < ".join(names)


def visible_texts(root: QWidget) -> list[Seen]:
    """Every text a person can see in `root`: labels, buttons, group boxes, tabs, headers, placeholders, combo
    items, the window title."""
    seen = [Seen("window title", root.window().windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = _describe(widget)
        if isinstance(widget, QLabel):
            seen.append(Seen(where, widget.text()))
        elif isinstance(widget, QAbstractButton):
            seen.append(Seen(where, widget.text()))
        elif isinstance(widget, QGroupBox):
            seen.append(Seen(where, widget.title()))
        elif isinstance(widget, QTabBar):
            seen.extend(Seen(where, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit) and not widget.text():
            seen.append(Seen(where + " (placeholder)", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            seen.extend(Seen(where + " (item)", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
            for section in range(count):
                if not widget.isSectionHidden(section):
                    seen.append(Seen(where + " (header)", str(model.headerData(
                        section, widget.orientation(), Qt.ItemDataRole.DisplayRole) or "")))
        if widget.toolTip():
            pass  # tooltips are not on screen until hovered; the catalogue check covers them
    return [s for s in seen if plain(s.text)]


# Names that every language writes as English does: the product, paper sizes, data sources, a method's name.
SAME_IN_EVERY_LANGUAGE = {"UPR Desktop", "A4", "UPR Info", "UHRI", "MoSCoW", "PDF (*.pdf)", "#"}


def untranslated(seen: list[Seen], english: set[str]) -> list[str]:
    english = english - SAME_IN_EVERY_LANGUAGE
    return sorted({f"{s.where}: {plain(s.text)!r}" for s in seen if plain(s.text) in english})


def clipped(root: QWidget) -> list[str]:
    """Labels (without word wrap) and buttons narrower than their text needs."""
    cut = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not plain(widget.text()) or widget.pixmap() is not None and \
                    not widget.pixmap().isNull():
                continue
            need = widget.minimumSizeHint().width()
        elif isinstance(widget, QToolButton) and widget.text():
            need = widget.minimumSizeHint().width()  # its frame's padding may go before its text does
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
        else:
            continue
        if widget.width() + 1 < need:
            cut.append(f"{_describe(widget)}: {plain(widget.text())!r} needs {need} px, has {widget.width()}")
    return sorted(set(cut))


def first_index(view: QAbstractItemView) -> QModelIndex:
    model = view.model()
    return model.index(0, 0) if model is not None and model.rowCount() else QModelIndex()
