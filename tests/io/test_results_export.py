"""Results exports read back: the right rows, Excel-friendly UTF-8, no names for secret rounds, written whole."""

from __future__ import annotations

import csv
import os

import openpyxl
import pytest

from upr_desktop.domain.errors import WorkshopError
from upr_desktop.domain.participant import Participant
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.rounds import BallotSource
from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.io.results_export import export_results
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import RecommendationFilter

TEXTS = [
    "Ratify the Optional Protocol to the Convention against Torture",
    "Обеспечить независимость национального правозащитного учреждения",
    "ضمان حرية التعبير وحماية الصحفيين والمدافعين عن حقوق الإنسان",
    "=SUM(A1:A9) is not a formula but a recommendation that starts oddly",
    "Adopt a national action plan on business and human rights",
    "Strengthen the independence of the judiciary",
]
NAMES = ["Amina Diallo", "Олег Петров", "فاطمة الزهراء", "Jean Dupont", "Maria Santos", "Kofi Mensah"]


@pytest.fixture
def w(tmp_path):
    workshop = Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="Ателье UPR · Demoland", country="Demoland"))
    for n, text in enumerate(TEXTS, start=1):
        workshop.add_recommendation(Recommendation(text=text, reference=f"140.{n}", states=("Utopia",)))
    for n, name in enumerate(NAMES):
        # even-numbered people agreed to be named; the others are named only by number
        workshop.add_participant(Participant(name=name, organisation=f"Org {n % 2}", consent_named=n % 2 == 0))
    yield workshop
    workshop.close()


def _recs(w) -> list[int]:
    by_ref = {r.reference: r.id for r in w.recommendations(w.filtered_ids(RecommendationFilter())).values()}
    return [by_ref[f"140.{n}"] for n in range(1, len(TEXTS) + 1)]


def _dot_round(w, secret: bool) -> int:
    """Six voters, one on paper; 140.1 and 140.2 tie for first with 4 dots each."""
    round_id, _ = w.create_round("Priorities", RoundRules(Method.DOT, dots=3), _recs(w), secret=secret)
    c = [x.id for x in w.round_candidates(round_id)]
    w.open_round(round_id)
    ballots = [{c[0]: 2, c[1]: 1}, {c[1]: 3}, {c[0]: 2, c[2]: 1}, {c[2]: 2, c[3]: 1}, {c[4]: 1}, {}]
    for n, (person, votes) in enumerate(zip([p.id for p in w.participants()], ballots)):
        w.cast_ballot(round_id, person, votes, source=BallotSource.PAPER if n == 3 else BallotSource.KIOSK)
    w.close_round(round_id)
    return round_id


def _csv_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def _table(rows: list[list[str]]) -> list[list[str]]:
    start = next(i for i, row in enumerate(rows) if row[:1] == ["Rank"])
    end = next(i for i in range(start, len(rows)) if not rows[i])
    return rows[start:end]


def test_csv_has_the_header_the_ranked_rows_and_the_ties_with_a_bom(w, tmp_path):
    round_id = _dot_round(w, secret=False)
    results = w.results(round_id)
    target = tmp_path / "out" / "results.csv"
    target.parent.mkdir()
    export_results(results, target, workshop_title=w.info().title, anonymise=False, names=w.output_names())

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read Arabic and Cyrillic as UTF-8"
    rows = _csv_rows(target)
    header = {row[0]: row[1] for row in rows[:9] if len(row) == 2}
    assert header["Workshop"] == "Ателье UPR · Demoland"
    assert header["Round"] == "Priorities"
    assert header["Method"] == results.round.rules.describe()
    assert header["Turnout"] == "6 of 6 have voted"
    assert header["Ballots counted"] == "6 ballots: 5 at the laptop, 1 on paper"
    assert header["Status"].startswith("Closed ")

    table = _table(rows)
    assert table[0] == ["Rank", "Tied", "Reference", "Recommendation", "Dots", "Share %", "Voters"]
    by_id = {c.id: c for c in results.candidates}
    expected = []
    for row in results.tally.results:
        f = row.figures
        expected.append([str(row.rank), "tied" if row.tied else "", by_id[row.candidate].label,
                         by_id[row.candidate].text, str(f["points"]), f"{f['share']:g}", str(f["voters"])])
    expected = [[("'" + cell) if cell.startswith("=") else cell for cell in row] for row in expected]
    assert table[1:] == expected
    assert table[1][:3] == ["1", "tied", "140.1"] and table[2][:3] == ["1", "tied", "140.2"]
    assert any("Обеспечить" in row[3] for row in table[1:]) and any("ضمان" in row[3] for row in table[1:])
    # a text that looks like a formula is written so a spreadsheet shows it as text
    assert any(row[3] == "'" + TEXTS[3] for row in table[1:])

    after = rows[rows.index(["Ties and close calls"]) + 1:]
    assert [row[0] for row in after] == results.statements
    assert "tied for 1st place" in after[0][0]
    # the open round's names never reach a CSV
    text = raw.decode("utf-8-sig")
    assert not any(name in text for name in NAMES)


def test_xlsx_of_an_open_round_lists_ballots_under_the_names_outputs_may_use(w, tmp_path):
    round_id = _dot_round(w, secret=False)
    target = tmp_path / "results.xlsx"
    export_results(w.results(round_id), target, workshop_title="Demoland", anonymise=False,
                   names=w.output_names(), ballots=w.open_ballots(round_id))

    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Results", "Ballots"]
    sheet = book["Results"]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    start = next(i for i, row in enumerate(values) if row[0] == "Rank")
    first = values[start + 1]
    assert first[:3] == [1, "tied", "140.1"] and first[4] == 4
    texts = [row[3] for row in values[start + 1:start + 1 + len(TEXTS)]]
    assert TEXTS[3] in texts, "the formula-like text is stored as text"
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == TEXTS[3])
    assert cell.data_type == "s"

    ballots = [list(row) for row in book["Ballots"].iter_rows(values_only=True)]
    assert ballots[0][:3] == ["Voter", "How", "Cast at"] and ballots[0][3:9] == [f"140.{n}" for n in range(1, 7)]
    voters = [row[0] for row in ballots[1:]]
    people = w.participants()
    # consenting people by name, the others by number only
    assert voters == [p.name if p.consent_named else f"Participant {p.number}" for p in people]
    assert "Олег Петров" not in voters and "Amina Diallo" in voters
    assert ballots[1][3:5] == [2, 1]
    assert ballots[4][1] == "on paper"
    assert ballots[6][-1] == "Blank ballot (abstention)"


def test_anonymised_outputs_name_nobody_even_if_names_are_passed(w, tmp_path):
    round_id = _dot_round(w, secret=False)
    w.set_anonymise_outputs(True)
    target = tmp_path / "anon.xlsx"
    export_results(w.results(round_id), target, workshop_title="Demoland", anonymise=True,
                   names=w.output_names(), ballots=w.open_ballots(round_id))
    sheet = list(openpyxl.load_workbook(target)["Ballots"].iter_rows(values_only=True))
    # No voter and no time: "Participant N" follows the sign-in sheet, so with a time it leads back to a name.
    assert sheet[0][0] == "How" and "Voter" not in sheet[0] and "Cast at" not in sheet[0]
    assert len(sheet) - 1 == len(w.open_ballots(round_id))
    assert not any("Participant" in str(c) for row in sheet for c in row)

    # a caller that hands in real names while the switch is on still gets no names out
    real = {p.id: p.name for p in w.participants()}
    export_results(w.results(round_id), target, workshop_title="Demoland", anonymise=True, names=real,
                   ballots=w.open_ballots(round_id))
    cells = [c for row in openpyxl.load_workbook(target)["Ballots"].iter_rows(values_only=True) for c in row]
    assert not any(name in str(c) for c in cells for name in NAMES)


def test_a_secret_round_never_names_anyone(w, tmp_path):
    round_id = _dot_round(w, secret=True)
    with pytest.raises(WorkshopError):
        w.open_ballots(round_id)
    target = tmp_path / "secret.xlsx"
    # even ballots with voters handed in by mistake are left out
    fake = [{"voter": f"p{p.id}", "source": "kiosk", "content": {}} for p in w.participants()]
    export_results(w.results(round_id), target, workshop_title="Demoland", anonymise=False,
                   names={p.id: p.name for p in w.participants()}, ballots=fake)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Results"]
    cells = [str(c) for row in book["Results"].iter_rows(values_only=True) for c in row if c is not None]
    assert not any(name in cell for cell in cells for name in NAMES)
    assert any("Secret" in cell for cell in cells)

    export_results(w.results(round_id), tmp_path / "secret.csv", workshop_title="Demoland", anonymise=False,
                   names={p.id: p.name for p in w.participants()}, ballots=fake)
    text = (tmp_path / "secret.csv").read_text(encoding="utf-8-sig")
    assert not any(name in text for name in NAMES)


def test_other_methods_export_their_own_figures(w, tmp_path):
    round_id, _ = w.create_round("Ranked", RoundRules(Method.BORDA), _recs(w)[:4])
    c = [x.id for x in w.round_candidates(round_id)]
    w.open_round(round_id)
    for person, ranking in zip([p.id for p in w.participants()], [[c[2], c[0]], [c[2], c[1], c[0]], [c[0]]]):
        w.cast_ballot(round_id, person, ranking)
    w.close_round(round_id)
    results = w.results(round_id)
    target = tmp_path / "borda.csv"
    export_results(results, target, workshop_title="Demoland", anonymise=False)
    table = _table(_csv_rows(target))
    assert table[0][4:] == ["Borda points", "First choices"]
    assert [(row[2], row[4], row[5]) for row in table[1:]] == [
        (next(x.label for x in results.candidates if x.id == r.candidate), str(r.figures["points"]),
         str(r.figures["first"])) for r in results.tally.results]
    assert table[1][2] == "140.3" and table[1][4] == "5"


def test_ranked_ballots_with_candidates_level_list_their_shared_place(w, tmp_path):
    round_id, _ = w.create_round("Ranked level", RoundRules(Method.SCHULZE), _recs(w)[:4])
    c = [x.id for x in w.round_candidates(round_id)]
    w.open_round(round_id)
    people = [p.id for p in w.participants()]
    w.cast_ballot(round_id, people[0], [c[3], [c[0], c[2]], c[1]])
    w.cast_ballot(round_id, people[1], [c[1], c[0]])
    w.close_round(round_id)
    target = tmp_path / "level.xlsx"
    export_results(w.results(round_id), target, workshop_title="Demoland", anonymise=False,
                   names=w.output_names(), ballots=w.open_ballots(round_id))
    ballots = [list(row) for row in openpyxl.load_workbook(target)["Ballots"].iter_rows(values_only=True)]
    assert ballots[0][3:7] == ["140.1", "140.2", "140.3", "140.4"]
    assert [row[3:7] for row in ballots[1:]] == [[2, 4, 2, 1], [2, 1, None, None]]


def test_unknown_endings_are_refused_and_nothing_is_written(w, tmp_path):
    round_id = _dot_round(w, secret=False)
    with pytest.raises(WorkshopError, match=r"\.csv.*\.xlsx"):
        export_results(w.results(round_id), tmp_path / "results.pdf", workshop_title="x", anonymise=False)
    with pytest.raises(WorkshopError):
        export_results(w.results(round_id), tmp_path / "results", workshop_title="x", anonymise=False)
    assert list(tmp_path.glob("results*")) == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_failed_write_leaves_the_existing_file_untouched(w, tmp_path, monkeypatch, suffix):
    round_id = _dot_round(w, secret=False)
    target = tmp_path / f"results{suffix}"
    target.write_bytes(b"last week's results")

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(WorkshopError, match="could not be written"):
        export_results(w.results(round_id), target, workshop_title="x", anonymise=False)
    assert target.read_bytes() == b"last week's results"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".results")] == []


def test_a_folder_that_is_not_there_is_a_plain_error(w, tmp_path):
    round_id = _dot_round(w, secret=False)
    with pytest.raises(WorkshopError, match="Choose another folder"):
        export_results(w.results(round_id), tmp_path / "gone" / "results.csv", workshop_title="x", anonymise=False)
    assert not (tmp_path / "gone").exists()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_control_characters_copied_out_of_word_do_not_stop_the_export(w, tmp_path, suffix):
    rec_id, _ = w.add_recommendation(Recommendation(text="Line one\vline two\x01 end", reference="140.9"))
    round_id, _ = w.create_round("Control", RoundRules(Method.APPROVAL), [rec_id] + _recs(w)[:1])
    w.open_round(round_id)
    w.cast_ballot(round_id, w.participants()[0].id, [w.round_candidates(round_id)[0].id])
    w.close_round(round_id)
    target = tmp_path / f"results{suffix}"
    export_results(w.results(round_id), target, workshop_title="Demoland", anonymise=True)
    if suffix == ".xlsx":
        texts = [c for row in openpyxl.load_workbook(target)["Results"].iter_rows(values_only=True) for c in row]
    else:
        texts = [c for row in _csv_rows(target) for c in row]
    assert "Line one\nline two end" in texts
