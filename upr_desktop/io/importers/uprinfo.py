"""UPR Info database exports (2015 and older): the CSV and the .xls variants.

CSV:  To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session
.xls: SuR | Rgrp | Org | Recommendation | RS | Rgrp | Org | Response | Action | Issue | Session
The .xls repeats "Rgrp" and "Org" (for the SuR and the RS); columns are deduplicated to "Rgrp (2)", "Org (2)",
so the first of each belongs to the State under review. Issues are joined by "," with no space;
Response is Accepted/Noted; Action is UPR Info's category 1-5. There are no paragraph numbers.
"""

from __future__ import annotations

from .base import ColumnMapping, SourceTable, fold

_CSV = {"to": "country", "text": "text", "from": "states", "response": "response", "action": "action_category",
        "issue": "themes", "session": "session"}
_XLS = {"sur": "country", "recommendation": "text", "rs": "states", "response": "response",
        "action": "action_category", "issue": "themes", "session": "session"}

KNOWN_NAMES = frozenset(_CSV) | frozenset(_XLS) | {"to rgrp", "to org", "from rgrp", "from org", "rgrp", "org"}


def is_uprinfo_header(columns: list[str]) -> bool:
    names = {fold(c) for c in columns}
    return {"to", "text", "from", "response"} <= names or {"sur", "recommendation", "rs", "response"} <= names


def mapping_for(table: SourceTable) -> ColumnMapping:
    fields: dict[str, str] = {}
    for column in table.columns:
        name = _CSV.get(fold(column)) or _XLS.get(fold(column))
        if name and name not in fields:
            fields[name] = column
    return ColumnMapping(text=fields.get("text"), **{k: v for k, v in fields.items() if k != "text"})
