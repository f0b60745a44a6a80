"""OHCHR Universal Human Rights Index (UHRI) exports: the 16-column .xlsx and the .json.

Excel columns: Text, Countries Concerned, Reccomending Body, Document Symbol, Themes, Affected Persons, Sdgs,
Document Publication Date, UPR Reccomending States, UPR Position, Type, OHCHR Annotation Id, UPR Session,
Regions Concerned, Recommending Regions, Date of publication on UHRI ("Reccomending" is sometimes spelled
right). Multi-valued cells hold one value per line, each prefixed "- "; dates are Excel serial numbers.

The JSON holds the same records with arrays (Themes[], Sdgs[], AffectedPersons[], UprRecommendingCountry[],
UprPositions[], UprSession[]) and UprCycle, Symbol, AnnotationId. Key case and shape vary between exports,
so keys are matched folded, array items may be strings or {"Name": …} objects, and the array may sit
under a wrapper ({"data": […]}, {"results": […]}).

Which rows are kept: every row whose Text is non-empty. UHRI mixes the UPR with treaty bodies and special
procedures; rows from other mechanisms are kept (a coalition database may want them) and counted in a note,
with the mechanism in the recommendation's extra["body"], rather than silently dropped.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

from ...domain.errors import ImportRejected
from .base import MB, ColumnMapping, SourceTable, cell_text, excel_date, fold_tight
from ...text import translate

log = logging.getLogger(__name__)

# field -> headings/keys, folded tight ("UPR Reccomending States" -> "uprreccomendingstates")
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "text": ("text", "recommendationtext", "annotationtext", "recommendation"),
    "country": ("countriesconcerned", "countryconcerned", "countries", "country", "stateunderreview", "sur"),
    "states": ("uprreccomendingstates", "uprrecommendingstates", "uprrecommendingcountry",
               "uprrecommendingcountries", "uprreccomendingcountry", "uprreccomendingcountries",
               "recommendingstates", "recommendingcountries", "recommendingcountry"),
    "response": ("uprposition", "uprpositions", "position", "positions"),
    "themes": ("themes", "theme"),
    "affected_persons": ("affectedpersons", "affectedperson", "groupsofpersons"),
    "sdgs": ("sdgs", "sdg", "sustainabledevelopmentgoals"),
    "session": ("uprsession", "uprsessions", "session"),
    "cycle": ("uprcycle", "cycle"),
    "document_symbol": ("documentsymbol", "symbol", "symbols"),
}
EXTRA_KEYS: dict[str, tuple[str, ...]] = {
    "body": ("reccomendingbody", "recommendingbody", "body", "mechanism"),
    "type": ("type", "annotationtype"),
    "annotation_id": ("ohchrannotationid", "annotationid", "id"),
    "published": ("documentpublicationdate", "publicationdate"),
    "published_on_uhri": ("dateofpublicationonuhri",),
}
_DATES = {"published", "published_on_uhri"}


def is_uhri_header(columns: list[str]) -> bool:
    names = {fold_tight(c) for c in columns}
    if "text" not in names:
        return False
    hits = sum(1 for key in ("countriesconcerned", "reccomendingbody", "recommendingbody", "uprposition",
                             "uprpositions", "uprreccomendingstates", "uprrecommendingstates",
                             "uprrecommendingcountry", "ohchrannotationid", "annotationid", "uprsession")
               if key in names)
    return hits >= 2


def _find(columns: list[str], keys: tuple[str, ...]) -> str | None:
    by_key = {}
    for column in columns:
        by_key.setdefault(fold_tight(column), column)
    return next((by_key[k] for k in keys if k in by_key), None)


def mapping_for(columns: list[str]) -> tuple[ColumnMapping, dict]:
    fields = {name: _find(columns, keys) for name, keys in FIELD_KEYS.items()}
    extras = {}
    for key, keys in EXTRA_KEYS.items():
        column = _find(columns, keys)
        if column and column not in fields.values():
            extras[key] = (column, excel_date if key in _DATES else (lambda v: cell_text(v) or None))
    return ColumnMapping(**fields), extras


def is_upr(rec) -> bool:
    body = (rec.extra.get("body") or "").casefold()
    return "upr" in body or "universal periodic" in body or bool(rec.states) or rec.response.value != "unknown"


def other_mechanisms_note(recs) -> str | None:
    others = [r for r in recs if not is_upr(r)]
    if not others:
        return None
    bodies = sorted({r.extra.get("body") for r in others if r.extra.get("body")})
    if bodies:
        return translate("Import", "{count} of these rows come from mechanisms other than the UPR ({bodies}). They "
                                   "were kept; filter them out in the workshop if you only want UPR "
                                   "recommendations.").format(
            count=len(others), bodies=", ".join(bodies[:5]) + ("…" if len(bodies) > 5 else ""))
    return translate("Import", "{count} of these rows come from mechanisms other than the UPR. They were kept; "
                               "filter them out in the workshop if you only want UPR recommendations.").format(
        count=len(others))


# --- JSON -----------------------------------------------------------------------------------------

# Up to this size a JSON file is read whole (25,000 UHRI records are about 20 MB), which allows any shape of
# wrapper; a bigger one is read as a stream (ijson), a record at a time, without the whole file's objects.
STREAM_FROM_BYTES = 20 * MB


def open_json_table(path: Path) -> SourceTable:
    """The JSON records as a table: arrays become one-value-per-line cells, like the Excel export."""
    if path.stat().st_size > STREAM_FROM_BYTES:
        return _open_json_stream(path)
    try:
        data = json.loads(path.read_bytes())
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        if isinstance(error, json.JSONDecodeError):
            text = translate("Import", "“{name}” is not valid JSON (line {line}, column {column}); perhaps the "
                                       "download was cut short. Download the UHRI export again, or export it as "
                                       "Excel, and import that.")
        else:
            text = translate("Import", "“{name}” is not valid JSON; perhaps the download was cut short. Download the "
                                       "UHRI export again, or export it as Excel, and import that.")
        raise ImportRejected(text.format(name=path.name, line=getattr(error, "lineno", ""),
                                         column=getattr(error, "colno", ""))) from None
    records = _records(data)
    if records is None:
        raise ImportRejected(
            translate("Import", "“{name}” is JSON but holds no list of recommendations. Import the UHRI export "
                                "itself (a list of records with a “Text” field).").format(
                name=path.name)
        )
    if not records:
        raise ImportRejected(translate("Import", "No recommendations found in “{name}”: it holds an empty list. "
                                                 "Check that the search you exported from the UHRI returned "
                                                 "results.").format(
            name=path.name))
    # Exports differ in key case ("Text", "text"); one column per key, matched folded.
    keys: dict[str, str] = {}
    for record in records[:1000]:
        if isinstance(record, dict):
            for key in record:
                keys.setdefault(fold_tight(key), str(key))
    columns = list(keys.values())
    folded_keys = list(keys)
    done = [0]
    folded = {key: fold_tight(key) for key in keys.values()}

    def rows() -> Iterator[tuple[int, list]]:
        for number, record in enumerate(records, 1):
            done[0] = number
            if isinstance(record, dict):
                by_key = {folded.get(k) or folded.setdefault(k, fold_tight(k)): v for k, v in record.items()}
                yield number, [_flatten(by_key.get(key)) for key in folded_keys]

    return SourceTable(
        columns=columns, header_row=0, rows=rows, sample_rows=[],
        progress_total=len(records), progress_done=lambda: done[0], encoding="utf-8",
    )


def _not_json(path: Path) -> ImportRejected:
    return ImportRejected(
        translate("Import", "“{name}” is not valid JSON; perhaps the download was cut short. Download the UHRI "
                            "export again, or export it as Excel, and import that.").format(
            name=path.name)
    )


# Records sit a level or three down ({"data": {"results": […]}}); past this depth a file is not an export.
# A limit also keeps a file of ten million "[" from costing gigabytes: ijson's own prefixes grow with depth.
_MAX_JSON_DEPTH = 32
_OPEN = {"start_map": "map", "start_array": "array"}


class _NoRecords(Exception):
    pass


def _streamed_records(file, path: Path) -> Iterator:
    """The items of the first list that holds an object (at the top, or under a wrapper such as {"data": […]}),
    one at a time, from ijson's events (basic_parse: no prefixes, so no cost that grows with depth)."""
    import ijson
    from ijson.common import ObjectBuilder

    if file.read(3) != b"\xef\xbb\xbf":
        file.seek(0)
    stack: list[str] = []  # the containers the parser is in
    records_at = None  # len(stack) inside the list of records, between two records
    builder = None
    for event, value in ijson.basic_parse(file, use_float=True):
        parent = stack[-1] if stack else None
        between = len(stack)
        if event in _OPEN:
            stack.append(_OPEN[event])
            if len(stack) > _MAX_JSON_DEPTH:
                raise ImportRejected(translate("Import", "“{name}” nests lists or objects more than "
                                                         "{max_json_depth} deep, which no UHRI export does. "
                                                         "Download the UHRI export again, or export it as Excel, "
                                                         "and import that.").format(
                    name=path.name, max_json_depth=_MAX_JSON_DEPTH))
        elif event in ("end_map", "end_array"):
            stack.pop()
        if records_at is None:
            if event == "start_map" and parent == "array":
                records_at, builder = between, ObjectBuilder()
                builder.event(event, value)
            continue
        if builder is None:  # between two records
            if event == "end_array" and between == records_at:
                return  # the end of the list
            if event in _OPEN:
                builder = ObjectBuilder()
                builder.event(event, value)
            else:
                yield value  # a plain value in the list: not a record, but it counts as a row
            continue
        builder.event(event, value)
        if event in ("end_map", "end_array") and len(stack) == records_at:
            yield builder.value
            builder = None
    if records_at is None:
        raise _NoRecords()


def _open_json_stream(path: Path) -> SourceTable:
    """A big JSON file read as a stream: read twice, the records' keys from the first 1,000, then every row."""
    import ijson

    keys: dict[str, str] = {}
    try:
        with open(path, "rb") as file:
            for count, record in enumerate(_streamed_records(file, path)):
                if count == 1000:
                    break
                if isinstance(record, dict):
                    for key in record:
                        keys.setdefault(fold_tight(key), str(key))
    except _NoRecords:
        raise ImportRejected(
            translate("Import", "“{name}” is JSON but holds no list of recommendations. Import the UHRI export "
                                "itself (a list of records with a “Text” field).").format(
                name=path.name)
        ) from None
    except (ijson.JSONError, UnicodeDecodeError):
        raise _not_json(path) from None
    columns = list(keys.values())
    folded_keys = list(keys)
    folded = {key: fold_tight(key) for key in keys.values()}
    done = [0]

    def rows() -> Iterator[tuple[int, list]]:
        with open(path, "rb") as file:
            try:
                for number, record in enumerate(_streamed_records(file, path), 1):
                    done[0] = file.tell()
                    if isinstance(record, dict):
                        by_key = {folded.get(k) or folded.setdefault(k, fold_tight(k)): v for k, v in record.items()}
                        yield number, [_flatten(by_key.get(key)) for key in folded_keys]
            except (ijson.JSONError, UnicodeDecodeError):
                raise _not_json(path) from None

    return SourceTable(
        columns=columns, header_row=0, rows=rows, sample_rows=[],
        progress_total=path.stat().st_size, progress_done=lambda: done[0], encoding="utf-8",
    )


_WRAPPERS = ("data", "results", "result", "items", "value", "values", "records", "recommendations",
             "annotations", "hits", "documents")


def _records(data) -> list | None:
    if isinstance(data, list):
        return data if any(isinstance(r, dict) for r in data[:50]) or not data else None
    if isinstance(data, dict):
        folded = {k.casefold(): v for k, v in data.items() if isinstance(k, str)}
        for key in _WRAPPERS:
            if key in folded:
                found = _records(folded[key])
                if found is not None:
                    return found
        lists = [v for v in data.values() if isinstance(v, (list, dict))]
        if len(lists) == 1:
            return _records(lists[0])
    return None


_NAME_KEYS = ("name", "label", "title", "value", "text", "description", "en", "shortname", "code")


def _flatten(value) -> str:
    """A JSON value as a cell: lists one per line ("- a\\n- b"), objects by their name."""
    if value is None:
        return ""
    if isinstance(value, list):
        items = [_flatten(v) for v in value]
        items = [i for i in items if i]
        # Always bulleted, like the Excel export, so a value holding ";" stays whole.
        return "\n".join(i if i.startswith("- ") else f"- {i}" for i in items)
    if isinstance(value, dict):
        folded = {k.casefold(): v for k, v in value.items() if isinstance(k, str)}
        for key in _NAME_KEYS:
            if key in folded and not isinstance(folded[key], (list, dict)) and folded[key] is not None:
                return _flatten(folded[key])
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
