"""OHCHR "thematic list of recommendations": the Word matrix each State receives after its review.

One table, `Recommendation and recommending State | Position of the State under review | Human rights themes
and groups of persons | Relevant SDGs` (older cycles: `Recommendation | Position | Full list of themes |
Assessment/comments on level of implementation`), with "Theme: …" rows spanning the table between groups.
A recommendation cell reads "140.7 Ratify … (Maldives) (Portugal);\\nSource of Position: A/HRC/59/15/Add.1 -
Para.3". The page header names the State under review: "UPR of Slovenia (4th Cycle - 48th Session)".
"""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path

from ...domain.errors import ImportRejected
from ...domain.recommendation import (
    Recommendation, cycle_for_session, normalise_response, normalise_sdg, split_paragraph_number,
)
from ..file_guards import check_document
from ..un_states import find_state
from .base import Ticker, damaged, fold
from ...text import translate

log = logging.getLogger(__name__)

_SOURCE = re.compile(r"^\s*source\s+of\s+position\s*:?\s*(.*)$", re.I)
_SYMBOL = re.compile(r"\b([A-Z]{1,8}/[A-Za-z0-9./-]*[A-Za-z0-9])")
_THEME = re.compile(r"^\s*(?:theme|thème|tema|cluster)\s*:\s*(.+?)\s*$", re.I | re.S)
_PERSONS = re.compile(r"^\s*(?:groups\s+of\s+persons|affected\s+persons|persons\s+affected)\s*:?\s*(.*)$", re.I)
_SDGS_LABEL = re.compile(r"^\s*(?:relevant\s+)?sdgs?\s*:\s*(.*)$", re.I)
_THEMES_LABEL = re.compile(r"^\s*(?:full\s+list\s+of\s+themes|themes)\s*:\s*", re.I)
_BULLET = re.compile(r"^\s*[-–•·*]\s+")
_ACRONYM = re.compile(r"[A-Z0-9&/-]{2,10}")
_REVIEW = (
    re.compile(r"\bUPR\s+of\s+(?:the\s+)?(.+?)\s*(?:\(|\t|\s[-–—]\s|$)", re.M),
    re.compile(r"\bUniversal\s+Periodic\s+Review\s*(?:of|:|[-–—])\s*(?:the\s+)?([A-Z].+?)\s*(?:\(|\t|\s[-–—]\s|$)",
               re.M),
)
_CYCLE = re.compile(r"(\d{1,2})\s*(?:st|nd|rd|th)\s+cycle", re.I)
_SESSION = re.compile(r"(\d{1,2})\s*(?:st|nd|rd|th)\s+session", re.I)


def read_thematic_list(path: Path, ticker: Ticker):
    """(recommendations, skipped, rows_read, country, notes)."""
    check_document(path)  # before python-docx unpacks it whole
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError, OSError) as error:
        log.info("could not open %s as Word: %s", path, error)
        raise damaged(path, "Word") from None
    except Exception as error:  # lxml errors on a damaged part
        log.info("could not read %s as Word: %s", path, error)
        raise damaged(path, "Word") from None
    ticker.check()

    country, session, cycle = _review(document)
    tables = [(t, _layout(t)) for t in document.tables]
    if not any(layout for _, layout in tables):
        raise ImportRejected(
            translate("Import", "“{name}” has no table of recommendations. This format is the OHCHR thematic list, "
                                "whose table is headed “Recommendation and recommending State | Position …”. For "
                                "another Word document, copy its table into a spreadsheet and import that.").format(
                name=path.name)
        )
    recs: list[Recommendation] = []
    skipped: list[tuple[int, str]] = []
    rows_read = 0
    total = sum(len(t.rows) for t, layout in tables if layout)
    done = 0
    theme: str | None = None
    headings: list[str] = []
    for table, layout in tables:
        if not layout:
            continue
        for number, row in enumerate(table.rows, 1):
            done += 1
            ticker.step(done, total)
            if number == 1:
                continue
            cells = _unique_cells(row)
            first = cells[0].strip() if cells else ""
            heading = _THEME.match(first)
            if heading and all(not c.strip() or c.strip() == first for c in cells):
                theme = " ".join(heading.group(1).split())
                headings.append(theme)
                continue
            if not first:
                if any(c.strip() for c in cells):
                    rows_read += 1
                    skipped.append((number, translate("Import", "No recommendation text in the first column.")))
                continue
            rows_read += 1
            cells += [""] * (4 - len(cells))
            recs.append(_recommendation(cells, layout, theme, number, path.name, country, session, cycle))
    notes = []
    unknown = sorted({s for r in recs for s in r.states if find_state(s) is None})
    if unknown:
        notes.append(translate("Import", "Not in the list of UN Member and observer States, so kept as written: "
                                         "{names}. Check these recommending States.").format(
            names=", ".join(f"“{name}”" for name in unknown)))
    if country:
        notes.append(translate("Import", "The document is the thematic list for {country}.").format(country=country))
    if headings:
        # A theme can head several groups of rows; its name is the first theme of each recommendation.
        notes.append(translate("Import", "{recommendations} recommendations under {headings} theme headings "
                                         "({themes} different themes).").format(
            recommendations=len(recs), headings=len(headings), themes=len(set(headings))))
    return recs, skipped, rows_read, country, notes


def _layout(table) -> dict[str, int] | None:
    """Column positions from the header row, or None if this is not a recommendations table."""
    try:
        header = [fold(c.text) for c in table.rows[0].cells]
    except IndexError:
        return None
    if len(header) < 2 or not header[0].startswith("recommendation"):
        return None
    found = {"text": 0}
    for i, name in enumerate(header[1:], 1):
        if "position" in name and "position" not in found:
            found["position"] = i
        elif "theme" in name and "themes" not in found:
            found["themes"] = i
        elif "sdg" in name and "sdgs" not in found:
            found["sdgs"] = i
        elif ("assessment" in name or "comment" in name) and "assessment" not in found:
            found["assessment"] = i
    return found if "position" in found else None


def _unique_cells(row) -> list[str]:
    # python-docx repeats a merged cell for every grid column it spans; keep each cell once.
    out, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell.text)
    return out


def _recommendation(cells, layout, theme, number, source_file, country, session, cycle) -> Recommendation:
    lines = cells[layout["text"]].replace("\r", "\n").split("\n")
    body, symbol, position_source = [], None, None
    for line in lines:
        source = _SOURCE.match(line)
        if source:
            position_source = source.group(1).strip()
            found = _SYMBOL.search(position_source)
            symbol = symbol or (found.group(1) if found else None)
        elif line.strip():
            body.append(line.strip())
    reference, text = split_paragraph_number(" ".join(body))
    text, states = split_states(text)

    position_cell = cells[layout["position"]]
    position_lines = [line for line in position_cell.split("\n") if line.strip()]
    for line in position_lines:  # older lists put "Source of position" in this column
        source = _SOURCE.match(line)
        if source and not symbol:
            found = _SYMBOL.search(source.group(1))
            symbol = found.group(1) if found else None
    response = normalise_response(next((ln for ln in position_lines if not _SOURCE.match(ln)), ""))

    themes, persons, sdgs = _themes_and_persons(cells[layout["themes"]] if "themes" in layout else "")
    if theme:
        themes = [theme] + [t for t in themes if t.casefold() != theme.casefold()]
    for line in (cells[layout["sdgs"]].split("\n") if "sdgs" in layout else []):
        value = normalise_sdg(line) if line.strip() else None
        if value and value not in sdgs:
            sdgs.append(value)
    extra = {}
    if position_source:
        extra["position_source"] = position_source
    if "assessment" in layout and cells[layout["assessment"]].strip():
        extra["assessment"] = cells[layout["assessment"]].strip()
    return Recommendation(
        text=text, reference=reference, country=country, states=tuple(states), response=response,
        themes=tuple(themes), affected_persons=tuple(persons), sdgs=tuple(sdgs), session=session,
        cycle=cycle or cycle_for_session(session), document_symbol=symbol, source_file=source_file,
        source_row=number, extra=extra,
    )


def split_states(text: str) -> tuple[str, list[str]]:
    """"Ratify … (CEDAW) … (Maldives) (Portugal);" → ("Ratify … (CEDAW) …", ["Maldives", "Portugal"]).

    The run of bracketed groups at the very end names States; brackets are matched so that
    "(Venezuela (Bolivarian Republic of))" is one State, and "(Portugal, Slovakia)" is two. A paragraph that
    carries several States' wordings, "… (Ukraine); … (Slovakia);", is one recommendation made by all of
    them: its text keeps each wording with its State. States the UN list knows are given their current UN
    name ("Turkey" → "Türkiye").
    """
    rest = text.rstrip().rstrip(";.,").rstrip()
    states: list[str] = []
    while rest.endswith(")"):
        start = _opening(rest, len(rest) - 1)
        if start is None:
            break
        names = _state_names(rest[start + 1:-1], strict=False)
        if names is None:
            break
        states[:0] = names
        rest = rest[:start].rstrip()
    if not states:
        return text.strip().rstrip(";").rstrip(), []
    earlier = _earlier_wordings(rest)
    if earlier:
        whole = text.rstrip().rstrip(";.,").rstrip()
        return whole, list(dict.fromkeys(earlier + states))
    return rest.rstrip(";,").rstrip(), list(dict.fromkeys(states))


def _opening(text: str, close: int) -> int | None:
    """Where the bracket closed at text[close] opens."""
    depth = 0
    for i in range(close, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return None


def _earlier_wordings(text: str) -> list[str]:
    """States named in brackets that end a wording inside the paragraph: "… (Ukraine); Increase …"."""
    found: list[str] = []
    for match in re.finditer(r"\)\s*;", text):
        start = _opening(text, match.start())
        if start is not None:
            found += _state_names(text[start + 1:match.start()], strict=True) or []
    return found


def _state_names(group: str, *, strict: bool) -> list[str] | None:
    """The States a bracket names, or None if it names none. Unless strict, a name that looks like a
    State's but is not in the UN list is kept as written (it is reported, not dropped)."""
    group = " ".join(group.split())
    state = find_state(group)
    if state:
        return [state.name]
    parts = [p.strip() for p in group.split(",")]
    if len(parts) > 1 and all(find_state(p) for p in parts):
        return [find_state(p).name for p in parts]
    if not strict and _is_state_name(group):
        return [group]
    return None


def _is_state_name(group: str) -> bool:
    # States start with a capital and hold no digits; "(CEDAW)" or "(2021-2025)" end sentences too.
    return bool(group) and group[0].isupper() and len(group) <= 80 and not any(ch.isdigit() for ch in group) \
        and not _ACRONYM.fullmatch(group)


def _themes_and_persons(cell: str) -> tuple[list[str], list[str], list[str]]:
    """Themes, affected persons and SDGs. Cycle-3 lists put "SDGs:" and lines such as "16 - PEACE, JUSTICE
    AND STRONG INSTITUTIONS" in the themes cell, between the themes and "Affected persons:"."""
    themes, persons, sdgs = [], [], []
    target = themes
    for line in cell.replace("\r", "\n").split("\n"):
        persons_label = _PERSONS.match(line)
        sdgs_label = _SDGS_LABEL.match(line)
        if persons_label:
            target = persons
            line = persons_label.group(1)
        elif sdgs_label:
            target = sdgs
            line = sdgs_label.group(1)
        # One theme per line; theme names may hold ";" ("Children: definition; general principles; protection").
        value = _BULLET.sub("", _THEMES_LABEL.sub("", line)).strip()
        if target is sdgs:
            value = normalise_sdg(value) if value else None
        if value and value not in target:
            target.append(value)
    return themes, persons, sdgs


def _review(document) -> tuple[str | None, int | None, int | None]:
    """State under review, session and cycle from the page header, title or opening paragraphs."""
    texts = []
    for section in document.sections[:1]:
        for part in (section.header, section.first_page_header):
            try:
                texts += [p.text for p in part.paragraphs]
                texts += [c.text for t in part.tables for r in t.rows for c in r.cells]
            except Exception:  # a missing header part is not an error
                continue
    texts.append(document.core_properties.title or "")
    texts += [p.text for p in document.paragraphs[:20]]
    country = session = cycle = None
    for text in texts:
        if not text.strip():
            continue
        if country is None:
            for pattern in _REVIEW:
                match = pattern.search(text)
                if match and match.group(1).strip():
                    country = match.group(1).strip().rstrip(",:;")
                    break
        session = session or _number(_SESSION, text)
        cycle = cycle or _number(_CYCLE, text)
    return country, session, cycle


def _number(pattern: re.Pattern, text: str) -> int | None:
    match = pattern.search(text)
    return int(match.group(1)) if match else None
