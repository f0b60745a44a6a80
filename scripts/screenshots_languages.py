"""Screenshots of every step in a language, and of the kiosk in each of the six, from the demo workshop.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_languages.py OUT_DIR [ar ru …]

For looking at a translation as a person would see it: 1366×768, the demo workshop, every step, the kiosk's
ballot screen with the language of that voter.
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


def settle(app, ms: int = 300) -> None:
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        app.processEvents()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "languages"
    langs = sys.argv[2:] or ["ar", "ru"]
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="upr-shots-")
    os.environ["UPR_DESKTOP_HOME"] = home  # never the person's own settings

    from PySide6.QtWidgets import QApplication

    from upr_desktop import i18n
    from upr_desktop.domain.voting import Method, RoundRules
    from upr_desktop.io.demo import create_demo_workshop
    from upr_desktop.store.queries import RecommendationFilter
    from upr_desktop.text import LANGUAGES
    from upr_desktop.ui.shell.main_window import STEPS, MainWindow
    from upr_desktop.ui.vote.kiosk import KioskWindow

    app = QApplication.instance() or QApplication([])
    workshop = create_demo_workshop(Path(home) / "Demo workshop (illustrative).uprw")
    window = MainWindow(workshop)
    window.resize(1366, 768)
    window.show()
    settle(app)
    for lang in langs:
        window.set_language(lang, remember=False)  # the live switch a person makes from the Language menu
        settle(app)
        for n, step in enumerate(STEPS, start=1):
            window.show_step(step)
            settle(app)
            if step == "review":
                window.review_page.select_id(window.review_page.model.id_at(0))
                settle(app)
            window.grab().save(str(out / f"{lang}-{n}-{step}.png"))
        print(f"{lang}: switched in {window.last_language_switch_s:.2f} s")
    window.set_language("en", remember=False)
    window.hide()
    # The kiosk's ballot, each voter in their own language (the room's language stays English).
    i18n.apply("en")
    from upr_desktop.domain.participant import Participant
    from upr_desktop.ui.common.signals import WorkshopSignals

    workshop.add_participant(Participant(name="Amina Yusuf", organisation="Coalition member"))
    ids = list(workshop.filtered_ids(RecommendationFilter()))[:6]
    round_id, _ = workshop.create_round("Our five priorities", RoundRules(Method.DOT, dots=3), ids, secret=True)
    workshop.open_round(round_id)
    signals = WorkshopSignals(workshop)
    kiosk = KioskWindow(workshop, signals, round_id, "246810")
    kiosk.resize(1366, 768)
    kiosk.show()
    settle(app)
    kiosk.select_name("Amina Yusuf")
    kiosk.continue_with_name()
    settle(app)
    for lang in LANGUAGES:
        kiosk.set_voter_language(lang)
        settle(app)
        kiosk.grab().save(str(out / f"kiosk-{lang}.png"))
    kiosk.force_close()
    signals.detach()
    workshop.close()
    print(f"Screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
