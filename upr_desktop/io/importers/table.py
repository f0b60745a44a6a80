"""Any table of recommendations (CSV or Excel): guess which column is which, and convert rows.

The row converter here is shared: UPR Info and UHRI exports are tables with known columns, so they
come through `convert_rows` with a fixed mapping.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from ...domain.errors import ImportRejected
from ...domain.recommendation import (
    Recommendation, RecommendationKind, cycle_for_session, is_voluntary_pledge, normalise_response,
    normalise_sdg, split_paragraph_number,
)
from .base import (
    ColumnMapping, SourceTable, TablePreview, Ticker, clean_text, first_value, fold, is_blank,
    multi_values, whole_number,
)
from ...text import translate
from .base import field_label

# Headings people give each field, folded (see base.fold): English, French, Spanish, Russian.
EXACT_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("recommendation", "recommendations", "recommendation text", "text of recommendation",
             "text of the recommendation", "text", "full text", "description", "recommendation and recommending state",
             "recommandation", "recommandations", "texte", "texte de la recommandation", "recomendacion",
             "recomendaciones", "texto", "texto de la recomendacion", "рекомендация", "рекомендации", "текст",
             "текст рекомендации"),
    "reference": ("reference", "ref", "ref no", "no", "nr", "number", "num", "n", "paragraph", "para", "para no",
                  "paragraph number", "recommendation number", "recommendation no", "rec no", "rec number",
                  "reference number", "recommendation id", "numero", "referencia", "paragraphe", "parrafo",
                  "номер", "пункт", "no п п", "n п п"),
    "states": ("recommending state", "recommending states", "recommending country", "recommending countries",
               "recommended by", "state", "states", "rs", "from", "upr recommending states",
               "upr reccomending states", "etat", "etats", "etat recommandant", "etats recommandants",
               "pays recommandant", "pays recommandants", "estado", "estados", "estado recomendante",
               "estados recomendantes", "pais recomendante", "paises recomendantes", "рекомендующее государство",
               "рекомендующие государства", "государство", "государства"),
    "response": ("response", "position", "upr position", "position of the state under review", "support level",
                 "supported noted", "accepted noted", "reponse", "position de l etat", "respuesta", "posicion",
                 "ответ", "позиция", "позиция государства"),
    "themes": ("theme", "themes", "issue", "issues", "topic", "topics", "human rights themes", "full list of themes",
               "thematic area", "cluster", "tema", "temas", "тема", "темы"),
    "affected_persons": ("affected persons", "affected groups", "groups of persons", "persons affected",
                         "target groups", "personnes concernees", "groupes concernes", "personas afectadas",
                         "grupos afectados", "затронутые лица", "группы лиц"),
    "sdgs": ("sdg", "sdgs", "relevant sdgs", "sustainable development goals", "odd", "ods", "цур"),
    "session": ("session", "upr session", "sesion", "сессия"),
    "cycle": ("cycle", "upr cycle", "ciclo", "цикл"),
    "action_category": ("action", "action category", "category of action", "categorie d action",
                        "categoria de accion"),
    "document_symbol": ("document symbol", "symbol", "document", "source document", "source of position",
                        "symbole", "simbolo", "символ", "документ"),
    "country": ("state under review", "sur", "country", "to", "countries concerned", "country concerned",
                "country under review", "pays", "pays examine", "etat examine", "etat sous examen", "pais",
                "estado examinado", "estado bajo examen", "страна", "государство под обзором"),
}

# Second pass, in this order, on headings with more words ("Recommending State(s)", "Text (English)").
# States come before text so "Recommending State" is not taken for the recommendation itself.
CONTAINS_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("states", ("recommending", "recommended by", "recommandant", "recomendante", "рекомендующ")),
    ("reference", ("recommendation number", "recommendation no", "paragraph", "reference", "référence",
                   "numero", "номер")),
    ("response", ("response", "position", "reponse", "respuesta", "posicion", "ответ", "позици")),
    ("affected_persons", ("affected", "groups of persons", "personnes", "personas", "затронут")),
    ("themes", ("theme", "issue", "tema", "тем")),
    ("sdgs", ("sdg",)),
    ("session", ("session", "sesion", "сесси")),
    ("cycle", ("cycle", "ciclo", "цикл")),
    ("document_symbol", ("symbol", "simbolo", "символ")),
    ("country", ("under review", "examine", "examinado", "под обзор")),
    ("text", ("recommendation", "recommandation", "recomendacion", "рекомендац", "text", "texte", "texto",
              "текст")),
)

KNOWN_NAMES = frozenset(name for names in EXACT_NAMES.values() for name in names)


def guess_mapping(columns: list[str]) -> ColumnMapping:
    chosen: dict[str, str] = {}
    folded = {column: fold(column) for column in columns}
    for column in columns:
        for name, words in EXACT_NAMES.items():
            if name not in chosen and folded[column] in words:
                chosen[name] = column
                break
    for name, words in CONTAINS_WORDS:
        if name in chosen:
            continue
        for column in columns:
            if column not in chosen.values() and any(_has_word(folded[column], w) for w in words):
                chosen[name] = column
                break
    return ColumnMapping(**{name: chosen.get(name) for name in ColumnMapping.__dataclass_fields__})


def _has_word(heading: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}", heading) is not None


def preview_of(table: SourceTable) -> TablePreview:
    return TablePreview(
        columns=list(table.columns), sample_rows=[list(r) for r in table.sample_rows],
        guessed=guess_mapping(table.columns), encoding=table.encoding, delimiter=table.delimiter,
        header_row=table.header_row, sheet=table.sheet,
    )


def check_mapping(mapping: ColumnMapping, columns: list[str], path: Path) -> None:
    names = ", ".join(f"“{c}”" for c in columns[:12]) + ("…" if len(columns) > 12 else "")
    if not mapping.text or mapping.text not in columns:
        if mapping.text:
            text = translate("Import", "The column mapping leaves out the recommendation text: “{column}” is not one "
                                       "of its columns ({names}). Choose the column of “{name}” that holds the text "
                                       "of each recommendation, then import again.")
        else:
            text = translate("Import", "The column mapping leaves out the recommendation text. Choose the column of "
                                       "“{name}” that holds the text of each recommendation, then import again.")
        raise ImportRejected(text.format(column=mapping.text, names=names, name=path.name))
    for name, column in mapping.items():
        if column not in columns:
            raise ImportRejected(
                translate("Import", "The column “{column}” chosen for the {field} is not in “{name}” (its columns "
                                    "are {names}). Choose that column again from the list.").format(
                    column=column, field=field_label(name), name=path.name, names=names)
            )


def _sdgs(value: object) -> tuple[str, ...]:
    text = clean_text(value)
    # One SDG per line in UHRI ("- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"); "5, 10" on one line.
    parts = text.split("\n") if "\n" in text else re.split(r"[,;|]", text)
    out: list[str] = []
    for part in parts:
        number = normalise_sdg(part) if part.strip() else None
        if number and number not in out:
            out.append(number)
    return tuple(out)


# Distinct cell texts a converter remembers per import: States, themes, responses, dates and SDGs
# repeat across a big file (a few thousand distinct cells in 250,000 rows), so each distinct cell is
# converted once, column-wise in effect; a column of unique cells stops being remembered here.
_MEMO_CELLS = 20_000


def _per_distinct(convert: Callable[[object], object]) -> Callable[[object], object]:
    memo: dict[object, object] = {}

    def converted(value: object) -> object:
        kind = type(value)
        # Text and numbers (Excel's dates are day numbers); NaN never equals itself, so not NaN. The
        # type is part of the key: 18 and 18.0 and True are one key to a dict, and convert tells them apart.
        if not (kind is str or ((kind is float or kind is int) and value == value)):
            return convert(value)
        key = (kind, value) if kind is not str else value
        try:
            return memo[key]
        except KeyError:
            result = convert(value)
            if len(memo) < _MEMO_CELLS:
                memo[key] = result
            return result

    return converted


_CHUNK_ROWS = 5_000

_INVALID = object()  # a cell whole_number refuses: refused again in its row, so the refusal names the row


def _number_or_invalid(what: str) -> Callable[[object], object]:
    """whole_number for a column, once per distinct cell (sessions repeat down a file)."""
    def number(value: object) -> object:
        try:
            return whole_number(value, row=0, column="", what=what)
        except ImportRejected:
            return _INVALID

    return number


def _columns(chunk: list[tuple[int, list]]) -> Callable[[int | None], tuple | None]:
    """column(i): the chunk's cells of column i (None for a field not mapped)."""
    transposed = list(zip(*(cells for _, cells in chunk)))
    return lambda i: None if i is None else transposed[i]


def _column(cells: tuple | None, convert: Callable[[object], object], missing: object = None) -> list:
    """[convert(c) for c in cells], calling convert once per distinct cell where cells can stand for each
    other as dict keys (text, or one kind of number: 18, 18.0 and True are one key, and convert tells them
    apart); [missing, …] for a field not mapped."""
    if cells is None:
        return _Missing(missing)
    kinds = set(map(type, cells))
    if len(kinds & _NUMBER_KINDS) > 1 or not kinds <= _KEYED_KINDS:
        return list(map(convert, cells))
    distinct = {cell: convert(cell) for cell in dict.fromkeys(cells)}
    return list(map(distinct.__getitem__, cells))


_NUMBER_KINDS = frozenset({int, float, bool})
_KEYED_KINDS = frozenset({str, int, float, bool, type(None)})


class _Missing:
    """The column of a field not mapped: the same value in every row."""

    def __init__(self, value: object):
        self._value = value

    def __getitem__(self, _index: int) -> object:
        return self._value


def convert_rows(
    table: SourceTable,
    mapping: ColumnMapping,
    *,
    source_file: str,
    ticker: Ticker,
    extras: dict[str, tuple[str, Callable[[object], object]]] | None = None,
) -> tuple[list[Recommendation], list[tuple[int, str]], int, int]:
    """(recommendations, skipped, rows read, empty rows). A row without text is skipped and reported, not
    fatal; a row with nothing in it at all is not a data row and only counted."""
    index = {column: i for i, column in enumerate(table.columns)}
    at = {name: index[column] for name, column in mapping.items()}
    extra_at = {key: (index[column], _per_distinct(convert)) for key, (column, convert) in (extras or {}).items()
                if column in index}
    many = _per_distinct(lambda value: multi_values(value, commas=True))
    states_of, themes_of, persons_of = many, _per_distinct(many), _per_distinct(many)
    first_of, response_of, symbol_of = _per_distinct(first_value), _per_distinct(first_value), \
        _per_distinct(first_value)
    sdgs_of, response_value = _per_distinct(_sdgs), _per_distinct(normalise_response)
    pledge = _per_distinct(is_voluntary_pledge)
    width = len(table.columns)
    recs: list[Recommendation] = []
    skipped: list[tuple[int, str]] = []
    rows_read = blank_rows = pending_blank = 0  # blank rows after the last filled row are not worth a note
    text_at = at["text"]

    reference_at, states_at, response_at = at.get("reference"), at.get("states"), at.get("response")
    themes_at, persons_at, sdgs_at = at.get("themes"), at.get("affected_persons"), at.get("sdgs")
    symbol_at, country_at = at.get("document_symbol"), at.get("country")
    numbers = [(name, at[name], what, _per_distinct(_number_or_invalid(what)))
               for name, what in (("session", "session number"), ("cycle", "cycle number"),
                                  ("action_category", "action category")) if name in at]

    ticker.report(0, table.progress_total)
    # Rows are taken a chunk at a time; each field's cells of a chunk are converted as a column (each
    # distinct cell once, see _column), and only the text and the numbers row by row.
    rows = iter(table.rows())
    while True:
        chunk: list[tuple[int, list]] = []
        for number, cells in islice(rows, _CHUNK_ROWS):
            ticker.step(table.progress_done, table.progress_total)
            # A row with its text filled is not blank: only the few without text need every cell looked at.
            if (text_at >= len(cells) or is_blank(cells[text_at])) and all(is_blank(c) for c in cells):
                pending_blank += 1
                continue
            blank_rows, pending_blank = blank_rows + pending_blank, 0
            if len(cells) < width:
                cells = list(cells) + [None] * (width - len(cells))
            chunk.append((number, cells))
        if not chunk:
            break
        column = _columns(chunk)
        country_cells = _column(column(country_at), first_of)
        states_cells = _column(column(states_at), states_of, ())
        said_cells = _column(column(response_at), response_of)
        themes_cells = _column(column(themes_at), themes_of, ())
        persons_cells = _column(column(persons_at), persons_of, ())
        sdgs_cells = _column(column(sdgs_at), sdgs_of, ())
        symbol_cells = _column(column(symbol_at), symbol_of)
        extra_cells = [(key, _column(column(i), convert)) for key, (i, convert) in extra_at.items()]
        number_cells = [(name, i, what, _column(column(i), convert)) for name, i, what, convert in numbers]
        for k, (number, cells) in enumerate(chunk):
            rows_read += 1
            text = clean_text(cells[text_at])
            if not text:
                skipped.append((number, f"No recommendation text in the “{mapping.text}” column."))
                continue

            reference = clean_text(cells[reference_at]) or None if reference_at is not None else None
            found, rest = split_paragraph_number(text)
            if rest and (reference is None or found == reference.rstrip(".")):
                reference, text = reference or found, rest
            values = {}
            for name, i, what, converted in number_cells:
                value = converted[k]
                if value is _INVALID:  # refused, naming this row
                    whole_number(cells[i], row=number, column=getattr(mapping, name), what=what)
                values[name] = value
            session, action = values.get("session"), values.get("action_category")
            cycle = values.get("cycle")
            if action is not None and not 1 <= action <= 5:
                raise ImportRejected(
                    translate("Import", "“{action}” is not a valid action category: it must be a number from 1 "
                                        "(minimal action) to 5 (specific action). Correct the cell (or leave it "
                                        "empty) and import the file again.").format(action=action),
                    row=number, column=mapping.action_category,
                )
            extra = {key: value for key, converted in extra_cells if (value := converted[k])}
            country = country_cells[k]
            states = states_cells[k]
            said = said_cells[k]
            kind = RecommendationKind.RECOMMENDATION
            if pledge(said):
                # UPR Info lists a State's own pledge with the State as its own recommending State.
                kind, said = RecommendationKind.VOLUNTARY_PLEDGE, None
                states = tuple(s for s in states if s != country)
            recs.append(Recommendation(
                text=text,
                reference=reference,
                country=country,
                states=states,
                response=response_value(said),
                kind=kind,
                themes=themes_cells[k],
                affected_persons=persons_cells[k],
                sdgs=sdgs_cells[k],
                session=session,
                cycle=cycle if cycle is not None else cycle_for_session(session),
                action_category=action,
                document_symbol=symbol_cells[k],
                source_file=source_file,
                source_row=number,
                extra=extra,
            ))
    return recs, skipped, rows_read, blank_rows
