"""Imports run off the GUI thread, so the window never freezes on a 250,000-row file.

Each worker opens its OWN connection to the workshop (an SQLite connection can't cross
threads; given the window's open Workshop, it connects under that window's "in use" lock),
writes through the same ops call as everyone else (one transaction: a cancel or
an error rolls back everything), and closes it. The GUI thread then announces the change
and pushes the undo step on its own connection (see ImportDialog).

`cancel()` is called from the GUI thread while the worker is busy, so it only sets a
threading.Event the worker polls; it must not be a queued slot.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ...domain.errors import ImportCancelled, WorkshopError, WorkshopReadOnly
from ...ops import NeedsCountryChoice, Workshop
from ..common.translation import translate

if TYPE_CHECKING:  # the importers are imported when a worker runs, not when the app starts
    from ...io.importers import ColumnMapping, ParsedSource

log = logging.getLogger(__name__)

READING = "Reading"
SAVING = "Saving"
_PROGRESS_INTERVAL = 0.05  # seconds between progress signals: enough to look live, not to flood the GUI


class ImportWorker(QObject):
    """Reads a source file (unless given one already read) and adds its recommendations.

    Exactly one of finished / failed / needs_country is emitted per run, then done.
    A cancelled import fails with ImportCancelled; nothing was written.
    """

    progress = Signal(int, int, str)  # done, total (0 = unknown), phase: READING or SAVING
    parsed = Signal(object)  # ParsedSource, once read: keep it to re-run without reading again
    finished = Signal(object)  # ImportSummary
    failed = Signal(object)  # Exception
    needs_country = Signal(list)  # [(State under review, count)]
    done = Signal()

    def __init__(
        self,
        workshop: Workshop | str | Path,
        source_path: str | Path,
        *,
        format: str = "auto",
        mapping: ColumnMapping | None = None,
        country: str | None = None,
        parsed: ParsedSource | None = None,
    ):
        super().__init__()
        # The window's open workshop: the worker's connection shares its "in use" lock. A path is
        # opened afresh (only for a workshop no window has open for changes).
        self._open_workshop = workshop if isinstance(workshop, Workshop) else None
        self.workshop_path = workshop.path if isinstance(workshop, Workshop) else Path(workshop)
        self.source_path = Path(source_path)
        self.format = format
        self.mapping = mapping
        self.country = country
        self.parsed_source = parsed
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._last_phase = ""

    def cancel(self) -> None:
        """Ask the worker to stop; safe to call from any thread."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            summary = self._run()
        except NeedsCountryChoice as choice:
            self.needs_country.emit(list(choice.countries))
        except WorkshopError as error:
            log.info("import of %s stopped: %s", self.source_path, error.message)
            self.failed.emit(error)
        except Exception as error:  # a bug or an unreadable file the importer didn't foresee
            log.exception("import of %s failed", self.source_path)
            self.failed.emit(error)
        else:
            self.finished.emit(summary)
        finally:
            self.done.emit()

    def _run(self):
        self._report(0, 0, READING, force=True)
        if self.parsed_source is None:
            from ...io.importers import read_source

            kwargs = {"mapping": self.mapping} if self.mapping is not None else {}
            self.parsed_source = read_source(self.source_path, self.format, progress=self._reading,
                                             cancelled=self.is_cancelled, **kwargs)
            self.parsed.emit(self.parsed_source)
        if self.is_cancelled():
            raise ImportCancelled()
        parsed = self.parsed_source
        self._report(0, len(parsed.recommendations), SAVING, force=True)
        if self._open_workshop is not None:
            workshop = self._open_workshop.another_connection()
        else:
            workshop = Workshop.open(self.workshop_path)
        try:
            if workshop.read_only:
                raise WorkshopReadOnly(translate("ImportDialog", "“{name}” is read-only, so nothing can be imported "
                                                                 "into it. Use “Save a copy…” to work on a copy.").format(
                    name=self.workshop_path.name))
            summary, _change = workshop.import_recommendations(
                parsed.recommendations, source_file=self.source_path.name, format=parsed.format,
                country=self.country, progress=self._saving, cancelled=self.is_cancelled,
                mapping=parsed.saved_mapping())
        finally:
            workshop.close()
        return summary

    def _reading(self, done: int, total: int) -> None:
        self._report(done, total, READING)

    def _saving(self, done: int, total: int) -> None:
        self._report(done, total, SAVING)

    def _report(self, done: int, total: int, phase: str, force: bool = False) -> None:
        now = time.monotonic()
        if force or phase != self._last_phase or (total and done >= total) \
                or now - self._last_emit >= _PROGRESS_INTERVAL:
            self._last_emit = now
            self._last_phase = phase
            self.progress.emit(int(done), int(total or 0), phase)


class InspectWorker(QObject):
    """Finds a source's format and, for a plain table, a preview to map its columns from."""

    inspected = Signal(str, object)  # format, TablePreview or None
    failed = Signal(object)
    done = Signal()

    def __init__(self, source_path: str | Path, format: str = "auto"):
        super().__init__()
        self.source_path = Path(source_path)
        self.format = format

    def cancel(self) -> None:
        """Inspection reads only the head of a file; there is nothing to interrupt."""

    @Slot()
    def run(self) -> None:
        try:
            from ...io.importers import detect_format, preview_table

            found = detect_format(self.source_path) if self.format == "auto" else self.format
            preview = preview_table(self.source_path) if found == "table" else None
        except WorkshopError as error:
            log.info("could not inspect %s: %s", self.source_path, error.message)
            self.failed.emit(error)
        except Exception as error:
            log.exception("could not inspect %s", self.source_path)
            self.failed.emit(error)
        else:
            self.inspected.emit(found, preview)
        finally:
            self.done.emit()


class BackgroundJob(QObject):
    """One worker object running in its own QThread; `stop()` joins the thread.

    The owner must call stop() (or wait for done and then stop()) before dropping the job,
    so no QThread is destroyed while running.
    """

    def __init__(self, worker: ImportWorker | InspectWorker, parent: QObject | None = None):
        super().__init__(parent)
        self.worker = worker
        self._thread = QThread()
        self._thread.setObjectName(f"{type(worker).__name__}Thread")
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.run)
        # Direct: quit() is thread-safe, and the thread must end even if the GUI thread is busy waiting.
        worker.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def cancel(self) -> None:
        self.worker.cancel()

    def stop(self, *, cancel: bool = False, timeout_ms: int | None = None) -> bool:
        """End the thread (cancelling the work first if asked). True once the thread has finished."""
        if cancel:
            self.worker.cancel()
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        finished = self._thread.wait() if timeout_ms is None else self._thread.wait(timeout_ms)
        return bool(finished)
