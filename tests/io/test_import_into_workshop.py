"""Reading then storing, as the GUI worker and the CLI do: a refused file leaves the workshop as it was."""

from __future__ import annotations

import hashlib
import random

import pytest

from upr_desktop.domain.errors import ImportCancelled, ImportRejected
from upr_desktop.io.importers import read_source

DOCX = "ohchr_upr48_slovenia_thematic_list_2025.docx"


def import_file(workshop, path, **kwargs):
    parsed = read_source(path, **kwargs)
    return workshop.import_recommendations(parsed.recommendations, source_file=path.name, format=parsed.format)


def fingerprint(workshop) -> tuple:
    files = sorted(workshop.path.parent.glob(workshop.path.name + "*"))  # the file and its -wal/-shm
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()
    return workshop.count(), len(workshop.imports()), len(workshop.audit_entries(1000)), digest


def test_slovenia_list_into_a_slovenia_workshop(workshop_factory, shared_data):
    workshop = workshop_factory("Slovenia")
    summary, change = import_file(workshop, shared_data / DOCX)
    assert summary.added == 254 and summary.duplicates == 0 and summary.other_countries == 0
    counts = workshop.response_counts()
    assert (counts["supported"], counts["noted"]) == (217, 37)
    change.undo()
    assert workshop.count() == 0


def test_a_thematic_list_without_a_named_state_takes_the_workshops_country(workshop_factory, tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Recommendation and recommending State", "Position of the State "
                                                "under review", "Human rights themes", "Relevant SDGs"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["128.3 Ratify the Rome Statute (Liechtenstein);", "Supported",
                                                "- Ratification", "- 16 - PEACE"]):
        cell.text = text
    document.save(tmp_path / "list.docx")
    workshop = workshop_factory("Timor-Leste")
    summary, _ = import_file(workshop, tmp_path / "list.docx")
    assert summary.added == 1
    assert workshop.country_values() == [("Timor-Leste", 1)]


def test_refused_and_cancelled_files_change_nothing(workshop_factory, shared_data, tmp_path, uhri_xlsx):
    from upr_desktop.ops import Workshop

    workshop = workshop_factory("Slovenia")
    import_file(workshop, shared_data / DOCX)
    path = workshop.path
    workshop.close()
    workshop = Workshop.open(path)  # reopened, so the bytes compared are settled on disk
    before = fingerprint(workshop)
    assert before[0] == 254 and before[1] == 1

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    noise = tmp_path / "noise.csv"
    noise.write_bytes(random.Random(1).randbytes(5000))
    cut = tmp_path / "cut.docx"
    data = (shared_data / DOCX).read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    bad_session = tmp_path / "bad_session.csv"
    bad_session.write_text("Recommendation,Session\nRatify OPCAT,48\nAbolish the death penalty,abc\n",
                           encoding="utf-8")
    no_rows = tmp_path / "no_rows.csv"
    no_rows.write_text("Recommendation,Recommending State\n", encoding="utf-8")
    for path in (empty, noise, cut, bad_session, no_rows):
        with pytest.raises(ImportRejected):
            import_file(workshop, path)
        assert fingerprint(workshop) == before, path.name
    with pytest.raises(ImportCancelled):
        import_file(workshop, uhri_xlsx, cancelled=lambda: True)
    assert fingerprint(workshop) == before
    workshop.close()
