"""Make the README's screenshots from the demo workshop (no hand-made pictures).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="upr-shots-")
    os.environ["UPR_DESKTOP_HOME"] = home  # never touch the person's own settings or backups

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from upr_desktop.io.demo import create_demo_workshop
    from upr_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    workshop = create_demo_workshop(Path(home) / "Demo workshop (illustrative).uprw")
    window = MainWindow(workshop)
    window.resize(1400, 860)
    window.show()

    def settle(ms: int = 400) -> None:
        deadline = __import__("time").monotonic() + ms / 1000
        while __import__("time").monotonic() < deadline:
            QCoreApplication.processEvents()

    settle()
    page = window.review_page
    page.filter_bar.search.setText("torture")
    settle()
    page.select_id(page.model.id_at(0))
    settle()
    window.grab().save(str(out / "review.png"))
    window.set_projector_mode(True)
    settle()
    window.grab().save(str(out / "review-projector.png"))
    window.set_projector_mode(False)
    page.filter_bar.search.clear()
    for step in ("clusters", "participants", "vote", "results", "charter", "print"):
        window.show_step(step)
        if step == "charter":
            window.pages["charter"].show_part(f"priority:{workshop.charter().priorities[0].id}")
        if step == "print":
            from upr_desktop.io.pdf import DocumentKind

            printing = window.pages["print"]
            printing.choose(DocumentKind.CHARTER)
            for _ in range(60):  # the preview renders on a worker thread
                settle(250)
                if printing.preview_ready():
                    break
        settle()
        window.grab().save(str(out / f"{step}.png"))

    from upr_desktop.ui.vote.kiosk import KioskWindow
    from upr_desktop.ui.results.projector import ProjectorView

    closed = next(r for r in workshop.voting_rounds() if r.status.value == "closed")
    projector = ProjectorView(workshop, window.signals, closed.id)
    projector.resize(1280, 720)
    projector.show()
    settle()
    projector.grab().save(str(out / "projector.png"))
    projector.close()

    from upr_desktop.domain.voting import Method, RoundRules

    recs = [c.recommendation_id for c in workshop.round_candidates(closed.id)]
    round_id, _ = workshop.create_round("Top priorities for the next four years",
                                        RoundRules(Method.DOT, dots=4, max_per_candidate=2), recs, secret=True)
    workshop.open_round(round_id)
    kiosk = KioskWindow(workshop, window.signals, round_id, "0000")
    kiosk.resize(1366, 768)
    kiosk.show()
    settle()
    kiosk.select_name(kiosk.names_offered()[2])
    kiosk.continue_with_name()
    settle()
    first, _, third = workshop.round_candidates(round_id)[:3]
    for candidate in (first, first, third):
        kiosk.editor.row(candidate.id).plus.click()
    settle()
    kiosk.grab().save(str(out / "kiosk.png"))
    kiosk.force_close()
    window.close()
    workshop.close()
    print(f"Wrote screenshots to {out}")
    app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
