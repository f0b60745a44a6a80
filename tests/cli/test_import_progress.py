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
    indexing = [line for line in lines if line.startswith("Indexing ")]
    assert reading and saving and indexing, err
    assert all(line.endswith("% done…") for line in reading)
    percents = [int(line.split(": ")[1].split("%")[0]) for line in reading]
    assert percents == sorted(percents) and 0 <= percents[0] and percents[-1] <= 100
    assert saving == [f"Saved {done} of 3,500 recommendations to the workshop…"
                      for done in ("0", "1,000", "2,000", "3,000")]
    assert set(indexing) == {"Indexing 3,500 recommendations for search and sorting…"}
    assert lines == reading + saving + indexing  # nothing else, in that order


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
    progress.saving(1, 2)
    progress.saving(1, 1)
    progress.finish()
    progress.finish()  # a second finish adds nothing
    assert stream.getvalue() == ("\r\x1b[KReading “export.xlsx”: 25% done…"
                                 "\r\x1b[KSaved 1 of 2 recommendations to the workshop…"
                                 "\r\x1b[KIndexing 1 recommendation for search and sorting…\n")


def test_while_nothing_calls_back_the_last_sentence_is_said_again():
    """Unpacking a workbook or indexing a million rows calls back nothing for a while: the line comes again."""
    import time
    from pathlib import Path

    stream = io.StringIO()
    progress = ImportProgress(Path("big.csv"), stream, interval=0.05)
    progress.saving(0, 1_000_000)
    time.sleep(0.4)
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert len(lines) >= 3, lines
    assert set(lines) == {"Saved 0 of 1,000,000 recommendations to the workshop…"}
    said = len(stream.getvalue())
    time.sleep(0.15)
    assert len(stream.getvalue()) == said  # finished: nothing more
