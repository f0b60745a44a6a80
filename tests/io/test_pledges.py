"""A UPR Info "Voluntary Pledge": the State's own commitment, kept as its own kind through import and storage."""

from __future__ import annotations

from upr_desktop.domain.recommendation import RecommendationKind, Response
from upr_desktop.io.importers import read_source
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import RecommendationFilter

HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session"
ROWS = [
    "Chad,African Group,OIF,Ratify OPCAT,France,WEOG,EU,Accepted,5,Torture and other CID treatment,17",
    "Chad,African Group,OIF,Submit its overdue reports to the treaty bodies,Chad,African Group,OIF,"
    "Voluntary Pledge,4,Treaty bodies,17",
]


def test_a_voluntary_pledge_is_kept_as_a_pledge_by_the_state_itself(tmp_path, workshop_factory):
    path = tmp_path / "chad.csv"
    path.write_bytes("\r".join([HEADER, *ROWS]).encode("mac_roman") + b"\r")
    parsed = read_source(path)
    assert parsed.format == "uprinfo"
    recommendation, pledge = parsed.recommendations
    assert recommendation.kind is RecommendationKind.RECOMMENDATION and recommendation.states == ("France",)
    assert pledge.kind is RecommendationKind.VOLUNTARY_PLEDGE
    assert pledge.country == "Chad" and pledge.states == ()  # not Chad recommending to itself
    assert pledge.response is Response.UNKNOWN

    workshop = workshop_factory("Chad")
    summary, _ = workshop.import_recommendations(parsed.recommendations, source_file=path.name, format="uprinfo")
    assert summary.added == 2
    counts = workshop.response_counts()
    assert counts["voluntary_pledge"] == 1 and counts["unknown"] == 0 and counts["supported"] == 1
    only = workshop.filtered_ids(RecommendationFilter(responses=frozenset({"voluntary_pledge"})))
    assert [workshop.recommendation(i).text for i in only] == ["Submit its overdue reports to the treaty bodies"]
    supported = workshop.filtered_ids(RecommendationFilter(responses=frozenset({"supported", "unknown"})))
    assert [workshop.recommendation(i).text for i in supported] == ["Ratify OPCAT"]
    path_of = workshop.path
    workshop.close()
    with Workshop.open(path_of) as again:
        stored = again.recommendations(again.filtered_ids(RecommendationFilter())).values()
        kinds = {rec.text: rec.kind for rec in stored}
    assert kinds["Submit its overdue reports to the treaty bodies"] is RecommendationKind.VOLUNTARY_PLEDGE
    assert kinds["Ratify OPCAT"] is RecommendationKind.RECOMMENDATION


def test_exports_name_a_pledge_as_a_pledge_not_an_unknown_response(tmp_path, workshop_factory):
    """The matrix, the IMPACT OSS import and the printed handout all say "Voluntary pledge"."""
    import csv
    import subprocess

    from upr_desktop.io.impactoss import export_impactoss
    from upr_desktop.io.pdf import DocumentKind, DocumentRequest, write_pdf

    path = tmp_path / "chad.csv"
    path.write_bytes("\r".join([HEADER, *ROWS]).encode("mac_roman") + b"\r")
    workshop = workshop_factory("Chad")
    workshop.import_recommendations(read_source(path).recommendations, source_file=path.name, format="uprinfo")

    out = tmp_path / "impactoss.csv"
    export_impactoss(workshop, out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        by_title = {row["description"].split("\n")[0]: row for row in csv.DictReader(handle)}
    pledge = next(row for text, row in by_title.items() if "overdue reports" in text)
    assert pledge["response"] == "Voluntary pledge" and pledge["support_level"] == ""

    pdf = write_pdf(workshop, DocumentRequest(DocumentKind.HANDOUT, group_by="theme"), tmp_path / "handout.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Voluntary pledge" in text and "Response not known" not in text
