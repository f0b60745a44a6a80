"""An encrypted workshop run through every step leaves no name, recommendation, evidence or testimony in plain
text in any file the app wrote: the .uprw, its -wal and -shm, backups, logs and settings."""

from __future__ import annotations

import logging
from pathlib import Path

from upr_desktop import settings
from upr_desktop.domain.errors import WorkshopError
from upr_desktop.domain.participant import Participant
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.io.demo import create_demo_workshop, load_demo_source
from upr_desktop.io.pdf import DocumentKind, DocumentRequest, write_pdf
from upr_desktop.ops.workshop import Workshop
from upr_desktop.store.queries import RecommendationFilter
from upr_desktop.ui.shell.app import setup_logging

PASS = "passphrase for the coalition's laptop"
TESTIMONY = "Testimony of Zainab Ferreira-Kowalczyk about the night raid in Kalungu"
NOTE = "Raised at the morning session: the raid on the Kalungu office"
AUTHOR = "Itzel Quispe-Lindqvist"
IMPORTED = "Protect the journalist Oleksandr Mbeki-Haraldsen from reprisals"


def _known(source: dict) -> list[str]:
    people = source["participants"]
    known = [p.get("name") for p in people] + [p.get("contact") for p in people]
    known += [r["text"][:60] for r in source["recommendations"]]
    known += [e["title"] for e in source["followup"]["evidence"]]
    known += [a[4][:60] for a in source["followup"]["assessments"] if len(a) > 4 and isinstance(a[4], str)]
    known += [TESTIMONY, NOTE, AUTHOR, IMPORTED, "Zainab", "Itzel Quispe", "Mbeki-Haraldsen"]
    return sorted({k for k in known if k and len(k) >= 5})


def _register_twice(path: Path, person: dict) -> None:
    with Workshop.open(path, passphrase=PASS + " changed") as w:
        w.add_participant(Participant(name=person["name"], organisation=person["organisation"]))


def _scan(folders: list[Path], known: list[str]) -> tuple[list[Path], list[tuple[Path, str]]]:
    files, found = [], []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            files.append(path)
            data = path.read_bytes()
            for text in known:
                for encoding in ("utf-8", "utf-16-le"):
                    if text.encode(encoding) in data:
                        found.append((path, text))
    return files, found


def test_every_file_the_app_wrote_is_free_of_names_and_texts(tmp_path, app_home):
    source = load_demo_source()
    known = _known(source)
    folder = tmp_path / "workshops"
    folder.mkdir()
    exports = tmp_path / "exports"  # the person's own choice of where a PDF goes: not scanned
    exports.mkdir()
    log_file = setup_logging()
    try:
        path = folder / "demo.uprw"
        w = create_demo_workshop(path, passphrase=PASS)  # import, clusters, a secret round with ballots, charter,
        w.close()                                          # follow-up with confidential testimony
        settings.add_recent(path)

        w = Workshop.open(path, passphrase=PASS)
        assert w.encrypted and any(r.secret for r in w.voting_rounds())
        summary, _ = w.import_recommendations([Recommendation(text=IMPORTED, country="Demoland")],
                                              source_file="extra.csv", format="table")
        w.add_note(summary.added_ids[0], NOTE, author=AUTHOR)
        w.add_evidence(TESTIMONY, "2026-11-02", "testimony", source="Interview", confidential=True,
                       file=("statement.txt", (TESTIMONY + " — full statement").encode()))
        assert w.search("reprisals", limit=5)
        w.rolling_backup()
        # while it is open, the -wal holds the latest changes: encrypted too
        open_files, found = _scan([folder, app_home], known)
        assert any(p.name.endswith("-wal") for p in open_files)
        assert found == []
        write_pdf(w, DocumentRequest(DocumentKind.CHARTER), exports / "charter.pdf")
        write_pdf(w, DocumentRequest(DocumentKind.RESULTS, w.voting_rounds()[0].id), exports / "results.pdf")
        travel = w.save_travel_copy(folder / "travel.uprw")
        assert travel.path.exists()
        w.change_passphrase(PASS + " changed")
        w.rolling_backup()
        w.close()
        # the errors people see are logged as the app's error box logs them ("shown to user: ..."), and some
        # name a person or a file: the log keeps the sentence, not the name
        shown = logging.getLogger("upr_desktop.ui.common.errors")
        for attempt in (lambda: Workshop.open(path, passphrase="a wrong passphrase here"),
                        lambda: _register_twice(path, source["participants"][0])):
            try:
                attempt()
            except WorkshopError as error:
                shown.info("shown to user: %s", error.message)
                shown.exception("and with its traceback", exc_info=error)
    finally:
        logging.shutdown()

    files, found = _scan([folder, app_home], known)
    names = {p.name for p in files}
    logged = log_file.read_text(encoding="utf-8")
    assert "is already registered" in logged and "does not open" in logged and "Traceback" in logged
    assert log_file in files and any(p.suffix == ".json" for p in files), names  # a log and the settings were written
    assert len([p for p in files if p.parent.parent == app_home / "backups"]) >= 2, names
    # the travel copy is plain and meant to be read: it keeps recommendations and notes, but no person's name,
    # no note's author and no testimony
    people = source["participants"]
    must_go = {p.get("name") for p in people} | {p.get("contact") for p in people} | {AUTHOR, TESTIMONY, "Zainab"}
    must_go |= {e["title"] for e in source["followup"]["evidence"] if e.get("confidential") or e["kind"] == "testimony"}
    travel = [text for p, text in found if p.name == "travel.uprw"]
    assert travel and [text for text in travel if text in must_go] == []
    assert [(p, text) for p, text in found if p.name != "travel.uprw"] == []
