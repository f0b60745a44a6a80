"""The Follow-up step over a real demo workshop: real widgets, real writes through the ops layer, undo."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from upr_desktop.domain.followup import WORD_CAP_JOINT, Subject
from upr_desktop.io.demo import create_demo_workshop


@pytest.fixture
def followup(window, qtbot):
    """The window on step 8, Follow-up."""
    window.show_step("followup")
    page = window.pages["followup"]
    qtbot.waitUntil(lambda: page.built and page.isVisible())
    return page


@pytest.fixture
def alone(qtbot, tmp_path):
    """The page on its own (as the window builds it, without the window)."""
    from upr_desktop.ui.followup import FollowUpPage

    workshop = create_demo_workshop(tmp_path / "demo.uprw")
    page = FollowUpPage(workshop)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    assert not page.built  # cheap at start-up: nothing is built until the step is shown
    page.show()
    qtbot.waitUntil(lambda: page.built)
    yield page
    workshop.close()


def _confidential(workshop):
    found = [e for e in workshop.evidence_items() if e.confidential]
    assert found, "the demo has a confidential testimony"
    return found[0]


def test_the_step_is_the_eighth_and_its_dashboard_counts_match_ops(window, followup):
    assert window.step_list.item(7).text() == "Follow-up"
    expected = window.workshop.dashboard()
    tiles = followup.dashboard.tiles
    for status in ("not", "partial", "full", "no_info", "none"):
        assert tiles[status].value() == expected.counts[status], status
    assert tiles["overdue"].value() == len(expected.overdue)
    assert tiles["stale"].value() == expected.stale
    assert tiles["disputed"].value() == expected.disputed_count
    assert sum(expected.counts.values()) == expected.total
    chart = followup.dashboard.chart
    assert "2025-11" in chart.dates and "2026-11" in chart.dates  # the demo's two rounds, a bar a month
    assert len(chart.labels) == len(chart.dates) and all(label for label in chart.labels)


def test_assessing_through_the_dialog_adds_to_the_history_and_ctrl_z_takes_it_back(window, followup, qtbot):
    workshop = window.workshop
    rec_id = workshop.filtered_ids(replace(followup.model.current_filter))[0]
    subject = Subject("r", rec_id)
    before = workshop.assessments(subject)
    organisation = workshop.assessors()[1]

    dialog = followup.assess(subject, modal=False)
    assert dialog.subject() == subject
    assert not dialog.ok_button.isEnabled()  # no status chosen yet
    dialog.set_status("partial")
    dialog.set_assessor(organisation)
    dialog.justification.setPlainText("The decree was published; no budget yet.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    after = workshop.assessments(subject)
    assert len(after) == len(before) + 1
    added = [a for a in after if a.id == dialog.assessment_id][0]
    assert (added.status.value, added.assessor) == ("partial", organisation)
    followup.show_timeline(subject)
    assert any("The decree was published" in text for text in followup.timeline.texts())

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(workshop.assessments(subject)) == len(before)
    assert not any("The decree was published" in text for text in followup.timeline.texts())


def test_a_disagreement_shows_both_organisations(window, followup, qtbot):
    workshop = window.workshop
    first, second = workshop.assessors()[1:3]
    rec_id = workshop.filtered_ids(followup.model.current_filter)[-1]
    subject = Subject("r", rec_id)
    for who, status in ((first, "full"), (second, "not")):
        dialog = followup.assess(subject, modal=False)
        dialog.set_status(status)
        dialog.set_assessor(who)
        dialog.accept()
    assert followup.dashboard.tiles["disputed"].value() == workshop.dashboard().disputed_count
    disputed = [followup.dashboard.disputed.item(i).text() for i in range(followup.dashboard.disputed.count())]
    line = [text for text in disputed if first in text and second in text]
    assert line and "Fully implemented" in line[0] and "Not implemented" in line[0]

    followup.show_timeline(subject)
    assert followup.timeline.disputed.isVisible()
    assert first in followup.timeline.disputed.text() and second in followup.timeline.disputed.text()
    texts = followup.timeline.texts()
    assert any(first in t for t in texts) and any(second in t for t in texts)  # both kept, neither overwritten


def test_attaching_a_file_shows_its_sha256(window, followup, qtbot, tmp_path):
    scan = tmp_path / "gazette.pdf"
    scan.write_bytes(b"%PDF-1.4 Official Gazette of Demoland, decree 212/2026\n" * 50)
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()

    dialog = followup.add_evidence(modal=False)
    dialog.title_edit.setText("Decree 212/2026 in the Official Gazette")
    dialog.set_kind("law")
    dialog.set_file(scan)
    assert digest in dialog.sha_label.text()
    assert dialog.sha_label.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.evidence_id is not None

    followup.tabs.setCurrentIndex(followup.TABS.index("evidence"))
    followup.select_evidence(dialog.evidence_id)
    assert digest in followup.evidence_detail.text()
    assert window.workshop.attachment_intact(dialog.evidence_id)


def test_a_file_over_the_limit_is_refused_with_the_limit_in_words(window, followup, tmp_path, monkeypatch):
    from upr_desktop.ui.followup import evidence_dialog

    monkeypatch.setattr(evidence_dialog, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * 5000)
    dialog = followup.add_evidence(modal=False)
    dialog.set_file(big)
    assert dialog.file is None
    assert dialog.message.is_error() and "at most" in dialog.message.text()


def test_confidential_evidence_is_hidden_in_projector_mode(window, followup, qtbot):
    workshop = window.workshop
    secret = _confidential(workshop)
    cited = [a.subject for a in workshop.assessments() if secret.id in a.evidence_ids]
    assert cited, "the demo cites its testimony in an assessment"

    assert any(secret.title in t for t in followup.evidence_titles())
    followup.show_timeline(cited[0])
    assert any(secret.title in t for t in followup.timeline.texts())

    window.set_projector_mode(True)
    assert not any(secret.title in t for t in followup.evidence_titles())
    assert not any(secret.title in t for t in followup.timeline.texts())
    dialog = followup.assess(cited[0], modal=False)
    shown = [dialog.evidence_list.item(i).text() for i in range(dialog.evidence_list.count())]
    assert shown and not any(secret.title in t for t in shown)
    dialog.reject()

    window.set_projector_mode(False)
    assert any(secret.title in t for t in followup.evidence_titles())


def test_the_submission_word_count_turns_to_a_warning_over_the_cap(alone, qtbot):
    page = alone
    page.tabs.setCurrentIndex(page.TABS.index("documents"))
    assert page.word_count.text() and not page.word_count_over()
    assert not page.word_warning.isVisible()

    workshop = page.workshop
    first = workshop.charter().priorities[0]
    long_plan = " ".join(["Adopt and fund the protection mechanism in every region"] * (WORD_CAP_JOINT // 8 + 50))
    workshop.update_priority(replace(first, government_action=long_plan))
    page.update_word_count()
    assert page.word_count_over()
    assert page.word_warning.isVisible() and page.word_warning.text()


def test_the_list_filters_by_status(alone, qtbot):
    page = alone
    page.tabs.setCurrentIndex(page.TABS.index("list"))
    counts = page.workshop.status_counts("r")
    assert page.model.rowCount() == page.workshop.dashboard().total

    page.filter_bar.buttons["status"].set_selected({"not"})
    assert page.model.rowCount() == counts["not"] > 0
    column = page.model.status_column
    shown = {page.model.index(row, column).data() for row in range(page.model.rowCount())}
    assert shown <= {"Not implemented", "Not implemented ⚑"}

    page.filter_bar.buttons["status"].set_selected({"none"})
    assert page.model.rowCount() == counts["none"]
    assert "Showing %d of" % counts["none"] in page.filter_bar.showing.text()


def test_a_dashboard_tile_lists_its_recommendations(alone):
    alone.dashboard.status_chosen.emit("full")
    assert alone.tabs.currentIndex() == alone.TABS.index("list")
    assert alone.model.rowCount() == alone.workshop.status_counts("r")["full"]


def test_marking_a_milestone_done_is_undoable(window, followup):
    workshop = window.workshop
    late = workshop.dashboard().overdue[0]
    followup.set_milestone_done(late.priority_id, late.position, "2026-12-01")
    assert not workshop.dashboard().overdue or late not in workshop.dashboard().overdue
    assert followup.dashboard.tiles["overdue"].value() == len(workshop.dashboard().overdue)
    window.undo_stack.undo()
    assert late in workshop.dashboard().overdue


def test_an_indicator_value_is_recorded_with_its_source_and_undone_with_its_new_indicator(window, followup):
    workshop = window.workshop
    p3 = workshop.charter().priorities[2]
    followup.show_timeline(Subject("p", p3.id))
    assert followup.indicator_button.isVisible()
    before = len(workshop.indicators())

    dialog = followup.add_indicator_value(modal=False)
    dialog.indicator_combo.setCurrentIndex(dialog.indicator_combo.findData(-1))  # a new indicator
    dialog.name_edit.setText("NGOs fined under the foreign-funding law")
    dialog.unit_edit.setText("NGOs")
    dialog.period_edit.setText("2026")
    dialog.value_spin.setValue(7)
    dialog.accept()
    assert dialog.message.is_error() and "source" in dialog.message.text()  # refused: no source
    dialog.source_edit.setText("Coalition register")
    dialog.accept()
    assert dialog.value_id is not None
    values = workshop.indicator_values()
    assert any(v.source == "Coalition register" and v.value == 7 for v in values)
    assert followup.indicator_list.topLevelItemCount() == 1

    window.undo_stack.undo()  # one step takes back the value and the new indicator
    assert len(workshop.indicators()) == before


def test_a_refused_indicator_value_leaves_nothing_behind(window, followup):
    workshop = window.workshop
    followup.show_timeline(Subject("p", workshop.charter().priorities[2].id))
    steps, before = window.undo_stack.count(), len(workshop.indicators())
    dialog = followup.add_indicator_value(modal=False)
    dialog.indicator_combo.setCurrentIndex(dialog.indicator_combo.findData(-1))
    dialog.name_edit.setText("Registrations refused")
    dialog.period_edit.setText("sometime")
    dialog.source_edit.setText("Registry")
    dialog.accept()
    assert dialog.message.is_error() and "2026" in dialog.message.text()
    assert len(workshop.indicators()) == before
    assert window.undo_stack.count() == steps and not window.undo_stack.canRedo()


def test_withdrawing_an_assessment_from_the_timeline_is_undoable(window, followup, qtbot):
    workshop = window.workshop
    subject = workshop.subject_for_reference("121.56")
    before = workshop.assessments(subject)
    followup.show_timeline(subject)
    assert not followup.withdraw_button.isEnabled()  # nothing chosen yet
    rows = [n for n, e in enumerate(followup.timeline.entries()) if e.kind == "assessment"]
    followup.timeline.list.setCurrentRow(rows[-1])
    assert followup.withdraw_button.isEnabled()
    qtbot.mouseClick(followup.withdraw_button, Qt.MouseButton.LeftButton)
    assert len(workshop.assessments(subject)) == len(before) - 1
    assert not followup.timeline.disputed.isVisible()  # the other organisation's view was the one withdrawn
    window.undo_stack.undo()
    assert len(workshop.assessments(subject)) == len(before)
    assert followup.timeline.disputed.isVisible()
