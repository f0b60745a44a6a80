"""The import worker on its own thread and connection: finishing, cancelling mid-save, refusing."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt

from upr_desktop.domain.errors import ImportCancelled
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.ui.shell.import_worker import READING, SAVING, BackgroundJob, ImportWorker


@dataclass
class _AlreadyRead:
    """What the worker keeps after reading a file (ParsedSource's fields the save step uses)."""

    recommendations: list
    format: str = "table"
    notes: list = field(default_factory=list)
    skipped: list = field(default_factory=list)

    def saved_mapping(self) -> dict | None:
        return None


def _recs(n: int, country: str = "Kenya") -> list[Recommendation]:
    return [Recommendation(text=f"Recommendation number {i}: ratify and implement the convention, step {i}.",
                           reference=f"1.{i}", country=country, states=("Norway",), source_row=i)
            for i in range(1, n + 1)]


def _run(qtbot, worker: ImportWorker):
    outcome = {}
    worker.finished.connect(lambda summary: outcome.setdefault("finished", summary))
    worker.failed.connect(lambda error: outcome.setdefault("failed", error))
    worker.needs_country.connect(lambda countries: outcome.setdefault("needs_country", countries))
    job = BackgroundJob(worker)
    with qtbot.waitSignal(worker.done, timeout=60000):
        job.start()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert job.stop()
    return outcome


def test_worker_imports_on_its_own_connection(qtbot, new_workshop):
    workshop = new_workshop("Kenya")
    phases = []
    worker = ImportWorker(workshop, "kenya.csv", parsed=_AlreadyRead(_recs(2500)))
    worker.progress.connect(lambda done, total, phase: phases.append(phase))
    outcome = _run(qtbot, worker)
    summary = outcome["finished"]
    assert summary.added == 2500 and len(summary.added_ids) == 2500
    assert SAVING in phases and READING in phases
    assert workshop.count() == 2500  # the GUI's connection sees the worker's committed rows


def test_cancel_in_the_middle_of_saving_rolls_everything_back(qtbot, new_workshop):
    workshop = new_workshop("Kenya")
    worker = ImportWorker(workshop, "big.csv", parsed=_AlreadyRead(_recs(30000)))
    seen = []

    def cancel_once_saving_started(done: int, total: int, phase: str) -> None:
        # Runs on the worker thread (direct connection): cancel after the first 1000 rows were written.
        seen.append((phase, done))
        if phase == SAVING and done >= 1000:
            worker.cancel()

    worker.progress.connect(cancel_once_saving_started, Qt.ConnectionType.DirectConnection)
    outcome = _run(qtbot, worker)
    assert isinstance(outcome.get("failed"), ImportCancelled)
    assert any(phase == SAVING and done >= 1000 for phase, done in seen)
    assert workshop.count() == 0
    assert workshop.imports() == []


def test_several_countries_ask_which_one(qtbot, new_workshop):
    workshop = new_workshop("Demoland")
    recs = _recs(30, "Kenya") + _recs(20, "Afghanistan")
    outcome = _run(qtbot, ImportWorker(workshop, "mixed.csv", parsed=_AlreadyRead(recs)))
    assert outcome["needs_country"] == [("Afghanistan", 20), ("Kenya", 30)]
    outcome = _run(qtbot, ImportWorker(workshop, "mixed.csv", parsed=_AlreadyRead(recs), country="Afghanistan"))
    assert outcome["finished"].added == 20 and outcome["finished"].other_countries == 30
    assert workshop.country_values() == [("Afghanistan", 20)]


def test_a_hostile_spreadsheet_is_refused_in_plain_words_and_the_app_lives_on(qtbot, new_workshop, tmp_path):
    """A sheet whose cells reach XFD1048576 used to abort the whole process inside calamine (the app with it)."""
    from upr_desktop.domain.errors import ImportRejected
    from tests.io.hostile_files import dimension_lie_xlsx

    workshop = new_workshop("Kenya")
    source = dimension_lie_xlsx(tmp_path / "sign-in.xlsx")
    outcome = _run(qtbot, ImportWorker(workshop, source))
    error = outcome.get("failed")
    assert isinstance(error, ImportRejected), outcome
    assert error.message.startswith("“sign-in.xlsx” has a sheet (“Sheet”) whose cells reach XFD1048576")
    assert "Traceback" not in error.message
    assert workshop.count() == 0
