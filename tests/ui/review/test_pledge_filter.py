"""The review page shows a voluntary pledge as such, and its response filter offers it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from upr_desktop.domain.recommendation import Recommendation, RecommendationKind, Response
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.ui.common.recommendation_model import COL_RESPONSE
from upr_desktop.ui.review.page import ReviewPage


def test_voluntary_pledge_in_the_response_filter_and_column(qtbot, tmp_path):
    workshop = Workshop.create(tmp_path / "chad.uprw", WorkshopInfo(title="Chad", country="Chad"))
    workshop.import_recommendations([
        Recommendation(text="Ratify OPCAT", country="Chad", states=("France",), response=Response.SUPPORTED),
        Recommendation(text="Submit overdue reports", country="Chad", kind=RecommendationKind.VOLUNTARY_PLEDGE),
    ], source_file="chad.csv", format="uprinfo")
    try:
        page = ReviewPage(workshop, QUndoStack())
        qtbot.addWidget(page)
        button = page.filter_bar.buttons["response"]
        assert ("voluntary_pledge", "Voluntary pledge", 1) in button.values()
        assert not any(value == "unknown" for value, _, _ in button.values())
        button.set_selected({"voluntary_pledge"})
        assert page.model.rowCount() == 1
        cell = page.model.index(0, COL_RESPONSE)
        assert cell.data(Qt.ItemDataRole.DisplayRole) == "Voluntary pledge"
    finally:
        workshop.close()
