"""The bundled demo workshop, built from resources/demo/demo_workshop.json.

The source is illustrative text we wrote; the demo file is always created fresh in the
data folder and never edited in place.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import paths
from ..domain.recommendation import Recommendation, normalise_response, normalise_sdg
from ..domain.workshop import WorkshopInfo
from ..ops import Workshop

DEMO_SOURCE = paths.resource("demo", "demo_workshop.json")
DEMO_FILE_NAME = "Demo workshop (illustrative).uprw"


def load_demo_source() -> dict:
    return json.loads(DEMO_SOURCE.read_text(encoding="utf-8"))


def create_demo_workshop(path: str | Path) -> Workshop:
    """Create a new workshop file holding the demo content."""
    source = load_demo_source()
    info = source["workshop"]
    workshop = Workshop.create(path, WorkshopInfo(
        title=info["title"], country=info["country"], cycle=info.get("cycle"),
        review_date=info.get("review_date", ""), venue=info.get("venue", ""),
        start_date=info.get("start_date", ""), end_date=info.get("end_date", ""),
        organisers=tuple(info.get("organisers", ())),
    ))
    recs = [
        Recommendation(
            text=r["text"], reference=r.get("reference"), country=info["country"],
            states=tuple(r.get("states", ())), response=normalise_response(r.get("response")),
            themes=tuple(r.get("themes", ())), affected_persons=tuple(r.get("affected_persons", ())),
            sdgs=tuple(s for s in (normalise_sdg(x) for x in r.get("sdgs", ())) if s),
            session=r.get("session"), action_category=r.get("action_category"),
            document_symbol=r.get("document_symbol"), source_file=DEMO_SOURCE.name, source_row=n,
        )
        for n, r in enumerate(source["recommendations"], 1)
    ]
    workshop.import_recommendations(recs, source_file=DEMO_SOURCE.name, format="demo", country=info["country"])
    return workshop


def fresh_demo_copy() -> Path:
    """A new copy of the demo in the data folder, replacing any earlier (possibly edited) copy."""
    target = paths.data_dir() / DEMO_FILE_NAME
    for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
    create_demo_workshop(target).close()
    return target
