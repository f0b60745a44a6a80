"""The kiosk on the screens it meets in a room, from a 1024×600 netbook up, and the ways in and out of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from upr_desktop.domain.participant import Participant
from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.store.queries import RecommendationFilter
from upr_desktop.ui.vote.kiosk import KioskWindow
from upr_desktop.ui.common.signals import WorkshopSignals

PIN = "2468"
SCREENS = [(1024, 600), (1024, 768), (1366, 768), (1920, 1080)]
LONG_NAME = "Maria Fernanda Rodríguez-Villalobos de la Cruz"
LONG_TITLE = "Which of these recommendations should the coalition work on first in the next four years?"


@pytest.fixture
def ws(tmp_path):
    workshop = create_demo_workshop(tmp_path / "kiosk.uprw", until="rounds")
    for name in ("Voter Alpha", "Voter Bravo", LONG_NAME):
        workshop.add_participant(Participant(name=name, organisation="Kiosk Org"))
    yield workshop
    workshop.close()


@pytest.fixture
def signals(ws):
    s = WorkshopSignals(ws)
    yield s
    s.detach()


def open_round(ws, method: Method) -> int:
    rules = RoundRules(method, dots=5, max_per_candidate=2) if method is Method.DOT else RoundRules(method)
    ids = ws.filtered_ids(RecommendationFilter())[:10]
    round_id, _ = ws.create_round(LONG_TITLE, rules, ids, secret=True)
    ws.open_round(round_id)
    return round_id


def make_kiosk(qtbot, ws, signals, round_id: int, size: tuple[int, int] = (1366, 768)) -> KioskWindow:
    kiosk = KioskWindow(ws, signals, round_id, PIN)
    qtbot.addWidget(kiosk)
    kiosk.resize(*size)
    kiosk.show()
    settle()
    return kiosk


def settle() -> None:
    app = QApplication.instance()
    for _ in range(6):
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def inside(kiosk: KioskWindow, widget: QWidget) -> bool:
    """The whole widget is on the kiosk (so on the screen), not cut off at a side or the bottom."""
    assert widget.isVisible(), widget.objectName()
    rect = QRect(widget.mapTo(kiosk, QPoint(0, 0)), widget.size())
    return kiosk.rect().contains(rect)


@pytest.mark.parametrize("method", [Method.DOT, Method.BORDA, Method.APPROVAL, Method.SCORE])
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_kiosk_fits_every_screen_from_1024x600(qtbot, ws, signals, screen, method):
    width, height = screen
    kiosk = make_kiosk(qtbot, ws, signals, open_round(ws, method), screen)
    try:
        hint = kiosk.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, (hint, screen)
        assert kiosk.size().toTuple() == screen
        # Who is voting: the way out, the names and both ways on are on screen.
        for widget in (kiosk.facilitator_button, kiosk.search, kiosk.name_list, kiosk.continue_button,
                       kiosk.code, kiosk.code_button):
            assert inside(kiosk, widget), (widget.objectName(), widget.geometry())

        # A long name on the Continue button does not widen the kiosk.
        assert kiosk.select_name(LONG_NAME)
        settle()
        assert kiosk.continue_button.text().startswith("Continue as Maria")
        assert kiosk.minimumSizeHint().width() <= width and kiosk.size().toTuple() == screen
        assert inside(kiosk, kiosk.continue_button)
        assert kiosk.select_name("Voter Alpha") and kiosk.continue_with_name()
        settle()
        assert kiosk.minimumSizeHint().width() <= width, kiosk.minimumSizeHint()
        assert kiosk.size().toTuple() == screen
        for widget in (kiosk.facilitator_button, kiosk.editor, kiosk.start_over_button, kiosk.review_button):
            assert inside(kiosk, widget), (widget.objectName(), widget.geometry())
        # Ten candidates do not fit a 1024×600 screen: the ballot scrolls rather than growing.
        if method.ranked:
            view = kiosk.editor.unranked_view
            assert inside(kiosk, view)
        else:
            view = kiosk.editor.findChild(QScrollArea, "ballotScroll")
            assert inside(kiosk, view)
            assert view.horizontalScrollBar().maximum() == 0  # never sideways
        if screen == (1024, 600):
            assert view.verticalScrollBar().maximum() > 0

        assert kiosk.review_ballot()
        settle()
        for widget in (kiosk.facilitator_button, kiosk.summary_scroll, kiosk.change_button, kiosk.cast_button):
            assert inside(kiosk, widget), (widget.objectName(), widget.geometry())

        kiosk.ask_for_pin()
        settle()
        for widget in (kiosk.pin_field, kiosk.exit_button):
            assert inside(kiosk, widget)
    finally:
        kiosk.force_close()


def test_escape_asks_for_the_pin_like_the_facilitator_button(qtbot, ws, signals):
    kiosk = make_kiosk(qtbot, ws, signals, open_round(ws, Method.DOT))
    try:
        assert kiosk.facilitator_button.isVisible() and kiosk.facilitator_button.text() == "Facilitator"
        assert not kiosk.pin_overlay.isVisible()
        qtbot.keyClick(kiosk.search, Qt.Key.Key_Escape)  # where the focus is when the kiosk starts
        assert kiosk.pin_overlay.isVisible() and kiosk.pin_field.hasFocus()
        qtbot.keyClick(kiosk.pin_field, Qt.Key.Key_Escape)  # Esc again: back to voting, still locked
        assert not kiosk.pin_overlay.isVisible() and kiosk.isVisible() and kiosk.locked
        qtbot.mouseClick(kiosk.facilitator_button, Qt.MouseButton.LeftButton)
        assert kiosk.pin_overlay.isVisible()
        qtbot.keyClicks(kiosk.pin_field, PIN)
        qtbot.keyClick(kiosk.pin_field, Qt.Key.Key_Return)
        assert not kiosk.isVisible() and not kiosk.locked
    finally:
        kiosk.force_close()


def test_enter_with_one_name_left_picks_that_name(qtbot, ws, signals):
    kiosk = make_kiosk(qtbot, ws, signals, open_round(ws, Method.DOT))
    try:
        # Two names match: Enter picks neither, and goes to the list to choose.
        qtbot.keyClicks(kiosk.search, "voter")
        qtbot.keyClick(kiosk.search, Qt.Key.Key_Return)
        assert kiosk.screen() == kiosk.WHO and kiosk.voter is None
        assert kiosk.name_list.hasFocus()
        kiosk.search.clear()
        qtbot.keyClicks(kiosk.search, "bravo")
        assert kiosk.names_proxy.rowCount() == 1
        qtbot.keyClick(kiosk.search, Qt.Key.Key_Return)
        assert kiosk.screen() == kiosk.BALLOT
        assert kiosk.voter.name == "Voter Bravo"
    finally:
        kiosk.force_close()


@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_the_start_kiosk_dialog_shows_all_its_words_and_full_height_pin_boxes(qtbot, ws, projector):
    from upr_desktop.ui.shell.main_window import MainWindow

    round_id = open_round(ws, Method.DOT)
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    try:
        win.set_projector_mode(projector)
        win.show_step("vote")
        vote = win.pages["vote"]
        vote.show_round(round_id)
        dialog = vote.start_kiosk()
        qtbot.waitExposed(dialog)
        for pin, again in (("12", ""), ("1234", "1243")):
            dialog.pin_field.setText(pin)
            dialog.again_field.setText(again)
            dialog.try_accept()
            settle()
            assert dialog.error.isVisible() and dialog.error.text()
            for label in dialog.findChildren(QLabel):
                if label.isVisible() and label.wordWrap():  # every line of the explanation and of the error
                    assert label.height() >= label.heightForWidth(label.width()), label.text()
            for field in (dialog.pin_field, dialog.again_field):
                assert field.height() >= field.sizeHint().height()
            assert dialog.error.geometry().bottom() < dialog.buttons.geometry().top()
            assert dialog.rect().contains(dialog.buttons.geometry())
        dialog.reject()
    finally:
        win.close_workshop(show_start=False)
