"""Starting the desktop app: the QApplication, translations, logging, and the first window.

Launching with no file opens the demo workshop as it was left (File ▸ Start the demo afresh replaces it);
the start screen is one File ▸ Close workshop away.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
from pathlib import Path

from ... import APP_NAME, __version__, paths, private_temp
from ...log_privacy import private_formatter
from ..common.identity import DESKTOP_FILE_NAME, app_icon

log = logging.getLogger(__name__)

ORGANISATION = "UPR Desktop"
LOG_FILE = "upr-desktop.log"
# For bench/run.py only: print the time (time.time()) at which what a person waits for has first painted (the
# review table showing rows, else the start screen) and quit. "start": open on the start screen, not the demo.
BENCH_FIRST_PAINT = "UPR_DESKTOP_BENCH_FIRST_PAINT"


def setup_logging() -> Path:
    """Details go to a rotating file in the data folder; people see plain messages, never tracebacks."""
    target = paths.logs_dir() / LOG_FILE
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(target) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(private_formatter())  # no names or texts in the log (log_privacy.py)
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


def install_translators(app) -> str:
    """The interface language (the person's choice, else the system's when a translation ships, else English):
    the app's catalogue and Qt's own on the application, dates and numbers, the layout direction."""
    from ... import i18n

    return i18n.apply(i18n.chosen_language(), app)


def apply_app_icon(app) -> None:
    """Every window of the app, the task bar and the Wayland dock show the app's icon."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_FILE_NAME)


def _log_uncaught(kind, value, traceback) -> None:
    log.critical("uncaught exception", exc_info=(kind, value, traceback))
    try:
        from PySide6.QtWidgets import QApplication

        from ..common.errors import show_error

        if QApplication.instance() is not None and isinstance(value, Exception):
            show_error(QApplication.activeWindow(), value)
    except Exception:  # noqa: BLE001 - never let the hook itself fail
        pass


class _FirstPaintProbe:
    """bench/run.py's probe (BENCH_FIRST_PAINT): the end of the first paint of the review table's viewport that
    drew rows (read them from the file), or of the start screen's first paint. Timed in the event loop's next turn
    after the paint event, once the paint and its flush are done. Prints `first_paint <time.time()>` and the peak
    memory, then ends the process at once (closing would take the rolling backup of a large file)."""

    def __init__(self, window):
        from PySide6.QtCore import QEvent, QObject, QTimer

        probe = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt API
                if event.type() == QEvent.Type.Paint:
                    QTimer.singleShot(0, probe.after_paint)  # after this paint, whatever it drew
                return False

        self.window = window
        self.filter = Filter()
        self.target = self._target()
        if self.target is None:
            raise RuntimeError("nothing to watch: neither a workshop nor the start screen is shown")
        self.target.installEventFilter(self.filter)

    def _target(self):
        if self.window.review_page is not None:
            return self.window.review_page.table.viewport()
        return self.window.start_screen

    def after_paint(self) -> None:
        painted = time.time()
        page = self.window.review_page
        if page is not None and page.model.rows_fetched == 0:
            return  # a paint before the table's rows were laid out: none drawn yet
        with open("/proc/self/status") as status:  # VmHWM: the peak resident memory of this process
            hwm = next((line.split()[1] for line in status if line.startswith("VmHWM")), "0")
        sys.stdout.write(f"first_paint {painted:.6f}\npeak_mb {int(hwm) / 1024:.0f}\n")
        sys.stdout.flush()
        os._exit(0)


def main(argv: list[str] | None = None) -> int:
    """Run the app. argv: the arguments after the program name (a workshop or a file to import)."""
    args = list(sys.argv[1:] if argv is None else argv)
    log_file = setup_logging()
    log.info("UPR Desktop %s starting (log: %s)", __version__, log_file)
    # Every temporary file of this run (print jobs, Qt's, libraries') goes to a private folder, wiped at the
    # end; what a crashed run left is wiped now.
    private_temp.take_over_process_temp()

    if os.environ.get(BENCH_FIRST_PAINT) != "start":  # a workshop is about to open: the file given, or the demo
        # Its layers before Qt: once PySide6 is imported it reads the source of every module imported after it
        # (to see whether it uses PySide's __feature__ options), some 20 ms for the ops layer and the store's.
        from ... import ops  # noqa: F401

    from PySide6.QtWidgets import QApplication

    from ..common import theme
    from .main_window import MainWindow

    existing = QApplication.instance()
    app = existing or QApplication([sys.argv[0] if sys.argv else "upr-desktop", *args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    apply_app_icon(app)
    install_translators(app)
    theme.apply_application(app)
    previous_hook = sys.excepthook
    sys.excepthook = _log_uncaught  # an error in a slot: logged, and shown in plain words
    try:
        # Qt has taken its own options (-platform, -style…) out of the list; what is left is ours.
        remaining = args if existing is not None else app.arguments()[1:]
        files = [a for a in remaining if not a.startswith("-")]
        bench = os.environ.get(BENCH_FIRST_PAINT)
        # Nothing built first just to be thrown away: a file given opens (60 ms of start-up for a start screen
        # behind it), and so does the demo; either shows the start screen only if it can't be opened.
        window = MainWindow(start_screen=False)
        if files:
            window.handle_path(files[0])
        elif bench != "start":
            window.open_demo()
        window.show_start_screen_if_idle()
        probe = _FirstPaintProbe(window) if bench else None  # noqa: F841 - kept alive until the first paint
        window.show_placed()
        code = app.exec()
        window.close_workshop(show_start=False)
        window.deleteLater()
        del window
    finally:
        sys.excepthook = previous_hook
        private_temp.close()
    log.info("UPR Desktop closed (exit code %s)", code)
    shutdown = getattr(app, "shutdown", None)
    if shutdown is not None:
        shutdown()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
