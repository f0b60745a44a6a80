"""Keep the translation catalogues in step with the code, and compile them.

    python scripts/i18n.py update    # pyside6-lupdate: add new source strings to resources/i18n/*.ts
    python scripts/i18n.py release   # pyside6-lrelease: build the .qm files the app loads

The .ts files are what translators edit (by hand, or in Qt Linguist: `pyside6-linguist`). The .qm files are
committed beside them, so a plain `pip install -e .` has them; the install and bundle scripts rebuild them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")  # as upr_desktop.text.LANGUAGES
QT_LANGUAGE = {"zh": "zh_CN"}  # the .ts language attribute, so lupdate picks the right plural rules


def _tool(name: str) -> str:
    folder = Path(sys.executable).parent  # the venv's bin/ (Scripts\ on Windows, where tools end in .exe)
    here = next((folder / n for n in (name, name + ".exe") if (folder / n).exists()), None)
    found = str(here) if here is not None else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) first.")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "upr_desktop").rglob("*.py"))


def catalogue(lang: str) -> Path:
    return I18N / f"upr_desktop_{lang}.ts"


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", QT_LANGUAGE.get(lang, lang), *sources(), "-ts", str(catalogue(lang))],
                       cwd=ROOT, check=True)


def release() -> None:
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(catalogue(lang)),
                        "-qm", str(catalogue(lang).with_suffix(".qm"))], cwd=ROOT, check=True)


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1] if len(sys.argv) > 1 else "release"]()
