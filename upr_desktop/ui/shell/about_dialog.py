"""Help ▸ About UPR Desktop: the version, where the app keeps its own files, and the licences of what it ships.

The licence texts are read from what is installed, never typed in here: the fonts' from resources/fonts (their
README.md table names each font's licence file), each library's from its package metadata (.dist-info, which the
bundle carries), Qt's LGPL and the app's GPL from the licenses folder (installers/licenses; licenses/ in the bundle).
"""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, paths
from ..common.identity import app_icon, app_version
from ..common.translation import translate

LICENCE_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


@dataclass(frozen=True)
class Component:
    """One thing the app is made of or ships, with its licence."""

    name: str
    version: str
    licence: str
    purpose: str = ""
    licence_file: Path | None = None  # the full text, when it ships


# (shown name, distribution on PyPI, licence as its authors state it, what the app uses it for)
LIBRARIES = (
    ("Qt for Python (PySide6) and Qt", "PySide6-Essentials", "LGPL-3.0", "the interface, print preview"),
    ("ReportLab", "reportlab", "BSD", "the PDF documents"),
    ("rl-accel", "rl-accel", "BSD", "ReportLab's fast text measuring"),
    ("pandas", "pandas", "BSD-3-Clause", "reading spreadsheets"),
    ("NumPy", "numpy", "BSD-3-Clause", "used by pandas"),
    ("sqlite-utils", "sqlite-utils", "Apache-2.0", "the workshop file"),
    ("sqlcipher3 (SQLCipher)", "sqlcipher3", "Zlib (SQLCipher: BSD-3-Clause)", "encrypted workshop files"),
    ("openpyxl", "openpyxl", "MIT", "Excel files"),
    ("python-calamine", "python-calamine", "MIT", "fast spreadsheet reading"),
    ("python-docx", "python-docx", "MIT", "OHCHR Word lists"),
    ("lxml", "lxml", "BSD-3-Clause", "used by python-docx"),
    ("votelib", "votelib", "MIT", "counting votes"),
    ("python-bidi", "python-bidi", "LGPL-3.0", "right-to-left text in PDFs"),
    ("arabic-reshaper", "arabic-reshaper", "MIT", "Arabic letter forms in PDFs"),
    ("charset-normalizer", "charset-normalizer", "MIT", "guessing text encodings"),
    ("ijson", "ijson", "BSD-3-Clause", "reading large JSON exports as a stream"),
    ("RapidFuzz", "rapidfuzz", "MIT", "matching recommendations across reviews"),
    ("Pillow", "pillow", "MIT-CMU", "images in PDFs"),
    ("platformdirs", "platformdirs", "MIT", "where settings are kept"),
)

# Licences whose text ships in the licenses folder rather than in the package's own metadata.
SHIPPED_TEXTS = {"LGPL-3.0": "LGPL-3.0.txt", "GPL-3.0-or-later": "GPL-3.0.txt"}


def licences_folder() -> Path:
    bundled = paths.RESOURCES.parent / "licenses"  # the frozen app: _internal/licenses
    return bundled if bundled.is_dir() else paths.RESOURCES.parent / "installers" / "licenses"


def _shipped_text(licence: str) -> Path | None:
    name = SHIPPED_TEXTS.get(licence)
    path = licences_folder() / name if name else None
    return path if path is not None and path.is_file() else None


def _distribution_licence_file(distribution: str) -> Path | None:
    """The package's own licence file, from its .dist-info."""
    try:
        files = metadata.distribution(distribution).files or []
    except metadata.PackageNotFoundError:
        return None
    candidates = [f for f in files if re.search(r"(LICEN[CS]E|COPYING)", f.name, re.IGNORECASE)
                  and ".dist-info" in str(f)]
    candidates.sort(key=lambda f: (f.name.upper().startswith("COPYING"), len(str(f))))
    for candidate in candidates:
        path = Path(candidate.locate())
        if path.is_file():
            return path
    return None


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def application() -> Component:
    return Component(APP_NAME, app_version(), "GPL-3.0-or-later", translate("AboutDialog", "this app"),
                     _shipped_text("GPL-3.0-or-later"))


def libraries() -> list[Component]:
    found = [Component("Python", platform.python_version(), "PSF-2.0", translate("AboutDialog", "the language the app is written in"))]
    for name, distribution, licence, purpose in LIBRARIES:
        version = _version(distribution)
        found.append(Component(name, version, licence, purpose,
                               _shipped_text(licence) or _distribution_licence_file(distribution)))
    # Part of Python; its version is the store's business (the interface never touches the database).
    found.append(Component("SQLite", "", translate("AboutDialog", "Public domain"), translate("AboutDialog", "the workshop file")))
    return found


_ROW = re.compile(r"^\|(?P<file>[^|]+)\|(?P<scripts>[^|]+)\|(?P<licence>[^|]+)\|\s*$")


def fonts() -> list[Component]:
    """The fonts embedded in the PDFs, as resources/fonts/README.md lists them."""
    folder = paths.resource("fonts")
    try:
        lines = (folder / "README.md").read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        match = _ROW.match(line.strip())
        if not match or set(match["file"].strip()) <= {"-", " ", ":"} or match["file"].strip() == "file":
            continue
        licence_files = re.findall(r"`([^`]+)`", match["licence"])
        licence = re.sub(r",?\s*`[^`]+`", "", match["licence"]).strip()
        text = folder / licence_files[0] if licence_files else None
        found.append(Component(_font_name(match["file"]), "", licence, match["scripts"].strip(),
                               text if text is not None and text.is_file() else None))
    return found


def _font_name(files: str) -> str:
    """"NotoSansArmenian-{Regular,Bold}.ttf" -> "Noto Sans Armenian"."""
    stem = re.split(r"[-.({ ]", files.strip().replace("`", ""), maxsplit=1)[0]
    if stem.lower() == "wqy":
        return "WenQuanYi Micro Hei"
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", stem)


def licence_text(component: Component) -> str:
    if component.licence_file is not None:
        try:
            return component.licence_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            pass
    return translate("AboutDialog", "{name} is distributed under the {licence} licence.").format(name=component.name,
                                                                           licence=component.licence)


def details_text() -> str:
    """What to paste into a message asking for help: versions and where the app keeps its files."""
    if paths.is_portable():
        mode = translate("AboutDialog", "portable")
    else:
        mode = translate("AboutDialog", "installed") if paths.FROZEN else translate("AboutDialog", "from source")
    return "\n".join((
        f"{APP_NAME} {app_version()} ({mode})",
        f"Qt {qVersion()}, PySide6 {_version('PySide6-Essentials')}, Python {platform.python_version()}",
        f"{platform.system()} {platform.release()} ({platform.machine()}), {QGuiApplication.platformName()}",
        translate("AboutDialog", "Data folder: {folder}").format(folder=paths.data_dir()),
        translate("AboutDialog", "Program: {folder}").format(
            folder=Path(sys.executable).parent if paths.FROZEN else paths.RESOURCES.parent),
    ))


class AboutDialog(QDialog):
    """The version, the data folder, and a list of components whose licence shows when one is picked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("AboutDialog", "About UPR Desktop"))

        icon = QLabel(self)
        icon.setPixmap(_icon_pixmap(64))
        icon.setFixedSize(72, 72)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(APP_NAME, self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(translate("AboutDialog", "Version {version}").format(version=app_version()), self)
        self.version_label.setObjectName("aboutVersion")
        summary = QLabel(translate("AboutDialog", "Offline workshops for following up the Universal Periodic Review: review the "
                            "recommendations, cluster and prioritise them, vote, and adopt an outcome charter. It "
                            "works without internet; workshop files stay on this computer unless you copy them."),
                         self)
        summary.setWordWrap(True)
        folder = str(paths.data_dir())
        where = (translate("AboutDialog", "Portable: settings, recent workshops, logs and backups are kept beside the app, in {folder}.")
                 if paths.is_portable() else translate("AboutDialog", "Settings, recent workshops, logs and backups: {folder}"))
        self.data_label = QLabel(where.format(folder=folder), self)
        self.data_label.setObjectName("aboutDataFolder")
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.components = QTreeWidget(self)
        self.components.setObjectName("aboutComponents")
        self.components.setColumnCount(3)
        self.components.setHeaderLabels([translate("AboutDialog", "Component"), translate("AboutDialog", "Version"), translate("AboutDialog", "Licence")])
        self.components.setRootIsDecorated(False)
        self.components.setAccessibleName(translate("AboutDialog", "Components and their licences"))
        self.licence_view = QPlainTextEdit(self)
        self.licence_view.setObjectName("aboutLicence")
        self.licence_view.setReadOnly(True)
        self.licence_view.setAccessibleName(translate("AboutDialog", "Licence text"))
        self.licence_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._fill()
        header = self.components.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.components.currentItemChanged.connect(self._show_licence)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.components)
        splitter.addWidget(self.licence_view)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 160])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("AboutDialog", "Copy details"), self)
        self.copy_button.setToolTip(translate("AboutDialog", "Copies the version and the data folder, to paste into a request for help."))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(summary)
        layout.addWidget(self.data_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)
        first = self.components.topLevelItem(0)
        self.components.setCurrentItem(first.child(0) if first is not None and first.childCount() else first)

    def _fill(self) -> None:
        groups = ((translate("AboutDialog", "This app"), [application()]), (translate("AboutDialog", "Libraries"), libraries()),
                  (translate("AboutDialog", "Fonts embedded in the PDFs"), fonts()))
        for heading, components in groups:
            group = QTreeWidgetItem(self.components, [heading])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for component in components:
                item = QTreeWidgetItem(group, [component.name, component.version, component.licence])
                item.setData(0, LICENCE_ROLE, component)
                if component.purpose:
                    item.setToolTip(0, component.purpose)
            group.setExpanded(True)

    def rows(self) -> list[Component]:
        """Every component listed, in order (for tests and the clipboard)."""
        found = []
        for g in range(self.components.topLevelItemCount()):
            group = self.components.topLevelItem(g)
            found.extend(group.child(i).data(0, LICENCE_ROLE) for i in range(group.childCount()))
        return found

    def select(self, name: str) -> None:
        """Show the licence of the component whose name starts with name."""
        for g in range(self.components.topLevelItemCount()):
            group = self.components.topLevelItem(g)
            for i in range(group.childCount()):
                if group.child(i).text(0).startswith(name):
                    self.components.setCurrentItem(group.child(i))
                    return
        raise KeyError(name)

    def _show_licence(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        component = current.data(0, LICENCE_ROLE) if current is not None else None
        if component is None:
            return
        self.licence_view.setPlainText(licence_text(component))

    def copy_details(self) -> str:
        text = details_text()
        QGuiApplication.clipboard().setText(text)
        return text


def _icon_pixmap(size: int):
    return app_icon().pixmap(QSize(size, size))


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About dialog over parent (window-modal; it deletes itself when closed)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["AboutDialog", "Component", "app_version", "fonts", "libraries", "licence_text", "show_about"]
