"""Pictures of the kiosk and the main window at the screen sizes met in rooms, to look at before a release.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screen_sizes.py [OUT_DIR]   (default /tmp/shots-kiosk)

Kiosk: who is voting, a dot ballot, the check screen and the PIN box, and a ranked ballot, at 1024×600, 1024×768,
1366×768 and 1920×1080; the start-kiosk PIN dialog with an error; the main window's Review, Vote and Results
steps at the same sizes, and Review in projector mode on a laptop. Nothing here is the person's own: the demo
workshop is built in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SIZES = ((1024, 600), (1024, 768), (1366, 768), (1920, 1080))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots-kiosk")
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="upr-sizes-")
    os.environ["UPR_DESKTOP_HOME"] = home

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from upr_desktop.domain.voting import Method, RoundRules
    from upr_desktop.io.demo import create_demo_workshop
    from upr_desktop.store.queries import RecommendationFilter
    from upr_desktop.ui.common import theme
    from upr_desktop.ui.vote.kiosk import KioskWindow
    from upr_desktop.ui.shell.main_window import MainWindow
    from upr_desktop.ui.common.signals import WorkshopSignals

    app = QApplication.instance() or QApplication([])
    theme.apply_application(app)

    def settle(ms: int = 300) -> None:
        deadline = time.monotonic() + ms / 1000
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()

    workshop = create_demo_workshop(Path(home) / "Demo workshop (illustrative).uprw")
    ids = workshop.filtered_ids(RecommendationFilter())[:8]
    dots, _ = workshop.create_round("Which recommendations come first for the coalition in the next four years?",
                                    RoundRules(Method.DOT, dots=5, max_per_candidate=2), ids, secret=True)
    ranked, _ = workshop.create_round("Rank the priorities", RoundRules(Method.BORDA), ids)
    workshop.open_round(dots)
    workshop.open_round(ranked)
    signals = WorkshopSignals(workshop)
    for width, height in SIZES:
        name = f"{width}x{height}"
        kiosk = KioskWindow(workshop, signals, dots, "2468")
        kiosk.resize(width, height)
        kiosk.show()
        settle()
        kiosk.grab().save(str(out / f"kiosk-{name}-who.png"))
        kiosk.select_name(kiosk.names_offered()[0])
        kiosk.continue_with_name()
        settle()
        kiosk.grab().save(str(out / f"kiosk-{name}-ballot.png"))
        kiosk.review_ballot()
        settle()
        kiosk.grab().save(str(out / f"kiosk-{name}-check.png"))
        kiosk.ask_for_pin()
        kiosk.pin_field.setText("1")
        kiosk.try_exit()
        settle()
        kiosk.grab().save(str(out / f"kiosk-{name}-pin.png"))
        kiosk.force_close()
        kiosk.deleteLater()
        kiosk = KioskWindow(workshop, signals, ranked, "2468")
        kiosk.resize(width, height)
        kiosk.show()
        kiosk.select_name(kiosk.names_offered()[0])
        kiosk.continue_with_name()
        settle()
        kiosk.grab().save(str(out / f"kiosk-{name}-ranked.png"))
        kiosk.force_close()
        kiosk.deleteLater()
        print(f"kiosk {name}: minimum {kiosk.minimumSizeHint().toTuple()}")

    window = MainWindow(workshop)
    for width, height in SIZES:
        window.resize(width, height)
        window.show()
        settle()
        for step in ("review", "vote", "results"):
            window.show_step(step)
            settle(200)
            window.grab().save(str(out / f"main-{width}x{height}-{step}.png"))
        print(f"main {width}x{height}: {window.size().toTuple()}, minimum {window.minimumSizeHint().toTuple()}")
    window.show_step("vote")
    vote = window.pages["vote"]
    vote.show_round(dots)
    dialog = vote.start_kiosk()
    settle()
    dialog.pin_field.setText("1234")
    dialog.again_field.setText("1243")
    dialog.try_accept()
    settle()
    dialog.grab().save(str(out / "pin-dialog.png"))
    dialog.reject()
    window.set_projector_mode(True)
    window.resize(1366, 768)
    window.show_step("review")
    settle()
    window.grab().save(str(out / "main-1366x768-projector.png"))
    window.close_workshop(show_start=False)
    signals.detach()
    print(f"pictures in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
