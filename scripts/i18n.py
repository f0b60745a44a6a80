"""Keep the translation catalogues in step with the code, and compile them.

    python scripts/i18n.py update    # pyside6-lupdate: add new source strings to resources/i18n/*.ts
    python scripts/i18n.py release   # pyside6-lrelease: build the .qm files the app loads

The .ts files are what translators edit (by hand, or in Qt Linguist: `pyside6-linguist`). The .qm files are
committed beside them, so a plain `pip install -e .` has them; the install and bundle scripts rebuild them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
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


def _lupdate(lang: str) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-target-language", QT_LANGUAGE.get(lang, lang), *sources(), "-ts", str(catalogue(lang))],
                   cwd=ROOT, check=True)


def _translations(path: Path) -> dict[tuple[str, str], list[str]]:
    """(source, comment) -> the finished translation's forms, wherever the sentence's context was."""
    found: dict[tuple[str, str], list[str]] = {}
    if not path.exists():
        return found
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if any(forms):
            found.setdefault((message.findtext("source") or "", message.findtext("comment") or ""), forms)
    return found


def _carry_over(lang: str, before: dict[tuple[str, str], list[str]]) -> int:
    """A sentence that only moved to another context (a refactor) keeps its reviewed translation."""
    tree = ET.parse(catalogue(lang))
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        forms = before.get((message.findtext("source") or "", message.findtext("comment") or ""))
        slots = translation.findall("numerusform")
        if not forms or (len(slots) or 1) != len(forms):
            continue
        if slots:
            for slot, text in zip(slots, forms):
                slot.text = text
        else:
            translation.text = forms[0]
        del translation.attrib["type"]
        carried += 1
    if carried:
        tree.write(catalogue(lang), encoding="utf-8", xml_declaration=True)
    return carried


def _write(tree: ET.ElementTree, lang: str) -> None:
    """A catalogue as lupdate lays one out (the next update keeps it so)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    catalogue(lang).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                               encoding="utf-8")


PLURAL_FORMS = {"ar": 6, "en": 2, "es": 2, "fr": 2, "ru": 3, "zh": 1}  # Qt's numerus forms per language


def _pluralise(lang: str, before: dict[tuple[str, str], list[str]]) -> int:
    """Mark every %n sentence as plural. pyside6-lupdate only does so for `self.tr(source, "", n)` and
    `Context.tr`; `Documents(lang).translate(ctx, source, None, n)` arrives as a plain message, and Russian
    and Arabic need their plural forms there too. Qt picks the form at run time from the .qm's rules."""
    tree = ET.parse(catalogue(lang))
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if "%n" not in source or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        single = translation.text
        translation.text = None
        forms = before.get((source, message.findtext("comment") or ""))
        if forms and len(forms) == PLURAL_FORMS[lang]:
            translation.attrib.pop("type", None)  # its reviewed forms, as they were before lupdate
        else:
            forms = [single or ""] * PLURAL_FORMS[lang]
            translation.set("type", "unfinished")
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
        changed += 1
    if changed:
        _write(tree, lang)
    return changed


def _english_plurals() -> int:
    """English needs no translation, only its two plural forms: "%n ballot(s) cast" → "1 ballot cast" /
    "%n ballots cast" (the "(s)" convention; a source without it is used for both)."""
    tree = ET.parse(catalogue("en"))
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        one, other = (source.replace("(s)", ""), source.replace("(s)", "s")) if "(s)" in source else (source, source)
        for slot, text in zip(translation.findall("numerusform"), (one, other)):
            slot.text = text
        del translation.attrib["type"]
        filled += 1
    if filled:
        _write(tree, "en")
    return filled


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        before = _translations(catalogue(lang))
        _lupdate(lang)
        if _carry_over(lang, before):
            _lupdate(lang)  # back to lupdate's own layout
        _pluralise(lang, before)
    _english_plurals()


def release() -> None:
    for lang in LANGUAGES:
        target = catalogue(lang).with_suffix(".qm")
        fresh = target.with_name(f".{target.name}.new")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(catalogue(lang)), "-qm", str(fresh)],
                       cwd=ROOT, check=True)
        # A new file renamed over the old: a running app has the old one mapped in memory (Qt mmaps .qm files),
        # and rewriting it in place would pull the pages from under it.
        os.replace(fresh, target)


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1] if len(sys.argv) > 1 else "release"]()
