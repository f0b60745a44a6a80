"""The UN's Member States and observer States under every name UPR documents have given them.

The list is data (resources/data/un_states.csv: name, ISO code, member or observer, and the other names
the UN used, such as "the former Yugoslav Republic of Macedonia", "Swaziland" or "Turkey"), so a renamed
State is a one-line change there, not a code change.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..paths import resource


@dataclass(frozen=True)
class UNState:
    name: str  # the name the UN uses now
    iso3: str
    status: str  # "member" or "observer"
    other_names: tuple[str, ...]


def fold_state(name: str) -> str:
    """Compare names across case, accents, apostrophes, spacing and a leading "the"."""
    text = unicodedata.normalize("NFKD", name or "").casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[’ʼ‘`´]", "'", text)
    text = re.sub(r"[^\w']+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@lru_cache(maxsize=1)
def un_states() -> tuple[UNState, ...]:
    with open(resource("data", "un_states.csv"), encoding="utf-8", newline="") as file:
        return tuple(
            UNState(name=row["name"].strip(), iso3=row["iso3"].strip(), status=row["status"].strip(),
                    other_names=tuple(n.strip() for n in (row["other_names"] or "").split("|") if n.strip()))
            for row in csv.DictReader(file)
        )


@lru_cache(maxsize=1)
def _by_folded_name() -> dict[str, UNState]:
    found: dict[str, UNState] = {}
    for state in un_states():
        for name in (state.name, *state.other_names):
            found.setdefault(fold_state(name), state)
    return found


def find_state(name: str) -> UNState | None:
    """The State a name stands for ("Turkey" and "Türkiye" are the same State), or None."""
    return _by_folded_name().get(fold_state(name))
