"""The kiosk in a round with anonymous ballot codes: the code screen, not the names, then the ballot."""

from __future__ import annotations

from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.ui.vote.kiosk_codes import BallotCodeEntry
from upr_desktop.store.queries import RecommendationFilter

from .test_kiosk import click, make_kiosk, signals, ws  # noqa: F401 (fixtures)


def code_round(ws, codes: int = 5) -> tuple[int, list[str]]:  # noqa: F811
    ids = ws.filtered_ids(RecommendationFilter())[:4]
    round_id, _ = ws.create_round("Code round", RoundRules(Method.APPROVAL), ids, secret=True, ballot_codes=codes)
    return round_id, ws.open_round(round_id)


def test_a_ballot_with_a_code_from_slip_to_thank_you(qtbot, ws, signals):  # noqa: F811
    round_id, made = code_round(ws)
    kiosk = make_kiosk(qtbot, ws, signals, round_id)
    try:
        assert kiosk.screen() == kiosk.WHO
        entry = kiosk.code_entry
        assert isinstance(entry, BallotCodeEntry) and entry.isVisible()
        assert not kiosk.name_list.isVisible()  # no names offered in a code round
        candidates = ws.round_candidates(round_id)

        # A mistyped code, then a code that is not the round's: plain words, no ballot.
        qtbot.keyClicks(entry.field, "abc")
        click(qtbot, entry.button)
        assert kiosk.screen() == kiosk.WHO and "ten letters and numbers" in entry.error.text()
        entry.field.clear()
        qtbot.keyClicks(entry.field, "ZZZZZZZZZZ")
        click(qtbot, entry.button)
        assert kiosk.screen() == kiosk.WHO and "not valid for this round" in entry.error.text()

        # The real code, typed in small letters without the dash.
        entry.field.clear()
        qtbot.keyClicks(entry.field, made[0].replace("-", "").lower())
        click(qtbot, entry.button)
        assert kiosk.screen() == kiosk.BALLOT
        assert kiosk.voter is None and "ballot code" in kiosk.voter_label.text()
        assert ws.code_is_unused(round_id, made[0])  # checked, not yet spent
        click(qtbot, kiosk.editor.row(candidates[1].id).box)
        click(qtbot, kiosk.review_button)
        assert kiosk.screen() == kiosk.CHECK
        click(qtbot, kiosk.cast_button)
        assert kiosk.screen() == kiosk.THANKS
        assert not ws.code_is_unused(round_id, made[0])
        assert ws.turnout(round_id).voted == 1
        qtbot.waitUntil(lambda: kiosk.screen() == kiosk.WHO, timeout=3000)
        assert entry.field.text() == "" and kiosk.ballot_code is None

        # The same slip again: refused.
        qtbot.keyClicks(entry.field, made[0])
        click(qtbot, entry.button)
        assert kiosk.screen() == kiosk.WHO and "used already" in entry.error.text()
    finally:
        kiosk.force_close()


def test_a_code_left_on_screen_is_cleared_for_the_next_person(qtbot, ws, signals):  # noqa: F811
    round_id, made = code_round(ws)
    kiosk = make_kiosk(qtbot, ws, signals, round_id)
    try:
        qtbot.keyClicks(kiosk.code_entry.field, made[1])
        kiosk.clear_abandoned()
        assert kiosk.code_entry.field.text() == ""
        click(qtbot, kiosk.code_entry.button)
        qtbot.keyClicks(kiosk.code_entry.field, made[1])
        click(qtbot, kiosk.code_entry.button)
        assert kiosk.screen() == kiosk.BALLOT
        kiosk.start_over()
        assert kiosk.screen() == kiosk.WHO and kiosk.code_entry.field.text() == ""
        assert ws.code_is_unused(round_id, made[1])  # leaving saved nothing and spent nothing
    finally:
        kiosk.force_close()
