"""`upr-desktop import` says how far it has got, on standard error, and keeps --json output clean."""

from __future__ import annotations

import csv
import io
import json

from upr_desktop.cli import workshop as cli_workshop
from upr_desktop.cli.workshop import ImportProgress

from .cli_helpers import run

ROWS = 3_500  # the reading and the saving each report every 1,000 rows


def _big_table(path):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Recommendation", "Recommending State", "Response", "State under review"])
        for n in range(ROWS):
            writer.writerow([f"Ratify protocol number {n}", "Chile", "Supported", "Fiji"])
    return path


def test_a_long_import_reports_reading_and_saving_on_stderr_and_json_stays_clean(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli_workshop, "PROGRESS_SECONDS", 0.0)  # every report, as a long import would show
    w = tmp_path / "w.uprw"
    assert run(capsys, "new", w, "--title", "Coalition", "--country", "all")[0] == 0
    code, out, err = run(capsys, "import", w, _big_table(tmp_path / "big.csv"), "--country", "all", "--json")
    assert code == 0, err
    assert json.loads(out)["added"] == ROWS  # standard output holds the JSON and nothing else
    lines = err.splitlines()
    reading = [line for line in lines if line.startswith("Reading “big.csv”: ")]
    saving = [line for line in lines if line.startswith("Saved ")]
    assert reading and saving, err
    assert all(line.endswith("% done…") for line in reading)
    percents = [int(line.split(": ")[1].split("%")[0]) for line in reading]
    assert percents == sorted(percents) and 0 <= percents[0] and percents[-1] <= 100
    assert "Saved 1,000 of 3,500 recommendations to the workshop…" in saving
    assert "Saved 3,000 of 3,500 recommendations to the workshop…" in saving
    assert lines == reading + saving  # nothing else, and reading before saving


def test_a_short_import_says_nothing_on_stderr(tmp_path, capsys):
    w = tmp_path / "w.uprw"
    run(capsys, "new", w, "--title", "Coalition", "--country", "all")
    code, out, err = run(capsys, "import", w, _big_table(tmp_path / "big.csv"), "--country", "all")
    assert code == 0, err
    assert err == ""
    assert "3,500" in out or "3500" in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_line_is_rewritten_in_place_and_ended_once():
    from pathlib import Path

    stream = _Terminal()
    progress = ImportProgress(Path("export.xlsx"), stream, interval=0.0)
    progress.reading(0, 0)  # no total yet: nothing to say
    progress.reading(50, 200)
    progress.saving(1, 1)
    progress.finish()
    progress.finish()  # a second finish adds nothing
    assert stream.getvalue() == ("\r\x1b[KReading “export.xlsx”: 25% done…"
                                 "\r\x1b[KSaved 1 of 1 recommendation to the workshop…\n")
