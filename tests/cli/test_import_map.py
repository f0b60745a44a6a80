"""import --map: a hand-made table mapped on the command line, with the mapping step's field names."""

from __future__ import annotations

import csv

from upr_desktop.ops import Workshop
from upr_desktop.store.queries import RecommendationFilter

from .cli_helpers import digest, run

COLUMNS = ["Empfehlung", "Recommended by, if any", "Antwort", "Land"]


def _table(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([COLUMNS, *rows])
    return path


def _texts_and_states(path):
    with Workshop.open(path, read_only=True) as workshop:
        recs = workshop.recommendations(workshop.filtered_ids(RecommendationFilter())).values()
        return {rec.text: (rec.states, rec.response.value, rec.country) for rec in recs}


def test_map_option_then_the_same_layout_again_without_it(tmp_path, capsys):
    w = tmp_path / "w.uprw"
    assert run(capsys, "new", w, "--title", "Coalition", "--country", "all")[0] == 0
    first = _table(tmp_path / "a.csv", [["Ratifizieren Sie OPCAT", "Dänemark", "A pris note", "Mongolia"],
                                         ["Schützen Sie Journalisten", "Irland; Chile", "Acceptée", "Mongolia"]])
    code, out, err = run(capsys, "import", w, first, "--map",
                         "text=Empfehlung,states=Recommended by, if any,response=Antwort,country=Land", "--json")
    assert code == 0, err
    assert '"added": 2' in out
    assert _texts_and_states(w) == {
        "Ratifizieren Sie OPCAT": (("Dänemark",), "noted", "Mongolia"),
        "Schützen Sie Journalisten": (("Irland", "Chile"), "supported", "Mongolia"),
    }
    # The next file of the same layout needs no --map: the mapping was kept with the import.
    second = _table(tmp_path / "b.csv", [["Schaffen Sie die Todesstrafe ab", "Norwegen", "Appuyée", "Mongolia"]])
    code, out, err = run(capsys, "import", w, second)
    assert code == 0, err
    assert _texts_and_states(w)["Schaffen Sie die Todesstrafe ab"] == (("Norwegen",), "supported", "Mongolia")


def test_map_with_an_unknown_field_or_column_is_one_plain_line(tmp_path, capsys):
    w = tmp_path / "w.uprw"
    run(capsys, "new", w, "--title", "Coalition", "--country", "Mongolia")
    source = _table(tmp_path / "a.csv", [["Ratifizieren Sie OPCAT", "Dänemark", "A pris note", "Mongolia"]])
    before = digest(w)
    for mapping, expected in (("text=Empfehlung,colour=Antwort", "“colour=Antwort” is not FIELD=COLUMN"),
                              ("text=Recommendation", "“Recommendation”"),
                              ("states=Antwort", "recommendation text")):
        code, out, err = run(capsys, "import", w, source, "--map", mapping)
        assert code == 1 and out == "", mapping
        assert len(err.strip().splitlines()) == 1 and expected in err, err
        assert "Traceback" not in err
    # Without --map and without a saved mapping, the person is told about --map.
    code, _, err = run(capsys, "import", w, source)
    assert code == 1 and "--map" in err and len(err.strip().splitlines()) == 1
    assert digest(w) == before
