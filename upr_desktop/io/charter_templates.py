"""Charter templates: TOML files in resources/charter_templates/, one per template, named by the file.

The English templates are at the top of the folder; the same templates in the other UN languages are in a
folder per language (fr/, es/, ru/, ar/, zh/), under the same file names. The workshop's document language
chooses which are offered; a template missing in a language falls back to the English one.

A template gives a new charter its preamble, free sections, monitoring text, headings for the fixed parts
("labels", e.g. "Key expectation" for the expected government action) and, if it has any, example action
points by level. The guidance text in square brackets is for the facilitator to replace.

    title = "CSO outcome charter"            # what the template is called in the app
    description = "…"                        # one or two sentences on when to use it
    charter_title = "Outcome charter: {workshop}"   # optional; {workshop} and {country} are filled in
    preamble = "…"
    monitoring = "…"
    [labels]                                 # optional: any of domain.charter.DEFAULT_LABELS' keys
    priorities = "Agreed priorities"
    [[sections]]                             # any number, in order
    heading = "…"
    body = "…"                               # light Markdown: **bold**, *italic*, "- " and "1. " lists
    [[action_points]]                        # optional examples
    level = "national"                       # national, regional or international
    text = "…"
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.charter import DEFAULT_LABELS, Level
from ..domain.errors import WorkshopError
from ..paths import resource
from ..text import LANGUAGES

SUFFIX = ".toml"


@dataclass(frozen=True)
class CharterTemplate:
    name: str  # the file's name without .toml: what --from-template and load_template take
    title: str
    description: str = ""
    preamble: str = ""
    sections: tuple[tuple[str, str], ...] = ()  # (heading, body)
    labels: dict = field(default_factory=dict)
    monitoring: str = ""
    action_points: tuple[tuple[str, str], ...] = ()  # (level, text)
    charter_title: str = ""  # the new charter's title; empty: the workshop's title


def templates_folder() -> Path:
    return resource("charter_templates")


def _language_folder(folder: Path, language: str | None) -> Path | None:
    if not language or language == "en" or language not in LANGUAGES:
        return None
    sub = folder / language
    return sub if sub.is_dir() else None


def _paths(folder: Path, language: str | None) -> list[Path]:
    """Each template's file in the language, or in English where that language has none."""
    english = {p.name: p for p in sorted(folder.glob("*" + SUFFIX))} if folder.is_dir() else {}
    translated = _language_folder(folder, language)
    if translated is not None:
        english.update({p.name: p for p in translated.glob("*" + SUFFIX)})
    return [english[name] for name in sorted(english)]


def list_templates(folder: Path | None = None, *, problems: list[str] | None = None,
                   language: str | None = None) -> list[CharterTemplate]:
    """Every template, by title, in the document language (English where a template has no translation).
    A template that can't be read raises a WorkshopError, or, if a `problems` list is given, is left out
    and its message added there."""
    folder = Path(folder) if folder is not None else templates_folder()
    found = []
    for path in _paths(folder, language):
        try:
            found.append(read_template(path))
        except WorkshopError as error:
            if problems is None:
                raise
            problems.append(error.message)
    return sorted(found, key=lambda t: t.title.casefold())


def template_names(folder: Path | None = None) -> list[str]:
    folder = Path(folder) if folder is not None else templates_folder()
    return sorted(p.stem for p in folder.glob("*" + SUFFIX)) if folder.is_dir() else []


def load_template(name: str, folder: Path | None = None, language: str | None = None) -> CharterTemplate:
    """The template called `name` (the English file's name) in the document language, or in English
    where it has no translation."""
    folder = Path(folder) if folder is not None else templates_folder()
    wanted = (name or "").strip().removesuffix(SUFFIX)
    names = template_names(folder)
    match = next((n for n in names if n.casefold() == wanted.casefold()), None)
    if match is None:
        listed = ", ".join(names) if names else "none are installed"
        raise WorkshopError(f"There is no charter template called “{wanted}”. The templates are: {listed}.")
    translated = _language_folder(folder, language)
    if translated is not None and (translated / (match + SUFFIX)).is_file():
        return read_template(translated / (match + SUFFIX))
    return read_template(folder / (match + SUFFIX))


_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def read_template(path: Path) -> CharterTemplate:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        text = str(error)
        where = _WHERE.search(text)
        what = _WHERE.sub("", text).rstrip(".")
        place = f"line {where.group(1)}, column {where.group(2)}" if where else "the end of the file"
        raise WorkshopError(f"The charter template “{path.name}” has a mistake at {place}: {what}. Correct the file "
                            "(or remove it) and try again.") from None
    except UnicodeDecodeError:
        raise WorkshopError(f"The charter template “{path.name}” is not UTF-8 text. Save it as UTF-8 and try "
                            "again.") from None
    except OSError as error:
        raise WorkshopError(f"The charter template “{path.name}” can't be read: {error.strerror}.") from None
    return _template(path, data)


def _template(path: Path, data: dict) -> CharterTemplate:
    problems: list[str] = []
    _unknown_keys(data, _TOP_KEYS, "", problems)

    def text(table: dict, key: str, where: str, required: bool = False) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            problems.append(f"{where}{key} must be text in quotes")
            return ""
        if required and not value.strip():
            problems.append(f"{where}{key} is missing")
        return value.strip("\n")

    title = text(data, "title", "", required=True)
    sections = []
    for n, entry in enumerate(_tables(data, "sections", problems), 1):
        _unknown_keys(entry, ("heading", "body"), f"section {n}: ", problems)
        sections.append((text(entry, "heading", f"section {n}: "), text(entry, "body", f"section {n}: ")))
    points = []
    levels = ", ".join(level.value for level in Level)
    for n, entry in enumerate(_tables(data, "action_points", problems), 1):
        _unknown_keys(entry, ("level", "text"), f"action point {n}: ", problems)
        level = text(entry, "level", f"action point {n}: ") or Level.NATIONAL.value
        if level not in {lv.value for lv in Level}:
            problems.append(f"action point {n}: level “{level}” is not one of {levels}")
        body = text(entry, "text", f"action point {n}: ", required=True)
        points.append((level, body))
    labels = data.get("labels", {})
    if not isinstance(labels, dict):
        problems.append("labels must be a table ([labels])")
        labels = {}
    for key, value in labels.items():
        if key not in DEFAULT_LABELS:
            problems.append(f"labels: “{key}” is not a part of the charter (known: {', '.join(DEFAULT_LABELS)})")
        elif not isinstance(value, str) or not value.strip():
            problems.append(f"labels: {key} must be text in quotes")
    if problems:
        raise WorkshopError(f"The charter template “{path.name}” can't be used: {'; '.join(problems)}.")
    return CharterTemplate(
        name=path.stem, title=title.strip(), description=" ".join(text(data, "description", "").split()),
        preamble=text(data, "preamble", ""), sections=tuple(sections),
        labels={k: v.strip() for k, v in labels.items()}, monitoring=text(data, "monitoring", ""),
        action_points=tuple(points), charter_title=text(data, "charter_title", "").strip())


_TOP_KEYS = ("title", "description", "charter_title", "preamble", "monitoring", "labels", "sections", "action_points")


def _unknown_keys(table: dict, known: tuple[str, ...], where: str, problems: list[str]) -> None:
    # A key written after a [[table]] header belongs to that table, which is easy to miss in TOML.
    for key in table:
        if key not in known:
            problems.append(f"{where}“{key}” is not something a template can set here (it can set "
                            f"{', '.join(known)}; a key written below a [[…]] header belongs to that entry)")


def _tables(data: dict, key: str, problems: list[str]) -> list[dict]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.append(f"{key} must be written as [[{key}]] tables")
        return []
    return value
