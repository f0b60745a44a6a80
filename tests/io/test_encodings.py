"""Which encoding a text file is in, decided on the whole file, and rows named exactly when a byte is bad."""

from __future__ import annotations

import re

import pytest

from upr_desktop.domain.errors import ImportRejected
from upr_desktop.io.importers import KNOWN_NAMES, read_source
from upr_desktop.io.importers.text_files import open_text_table

C1 = re.compile("[\x80-\x9f]")
HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session"
# As UPR Info showed them; Mac Roman has "°" at 0xA1 (cp1252's "¡") and "é" at 0x8E (cp1252's "Ž").
CHAD = [
    "Chad,African Group,OIF,Bring the leaders of the Séléka to justice vis-à-vis the victims,France,WEOG,EU,"
    "Accepted,5,Justice,17",
    "Chad,African Group,OIF,Close the detention centres in N'Djamena run under Law n° 17,Canada,WEOG,OIF,"
    "Noted,4,Detention,17",
    "Chad,African Group,OIF,Cooperate with the trial of Hissène Habré,Belgium,WEOG,EU,Accepted,4,Justice,17",
]


def all_text(parsed) -> str:
    return "\n".join(" ".join([r.text, r.country or "", *r.states, *r.themes]) for r in parsed.recommendations)


def test_mac_roman_with_cr_line_endings_and_a_degree_sign(tmp_path):
    path = tmp_path / "chad.csv"
    path.write_bytes("\r".join([HEADER, *CHAD]).encode("mac_roman") + b"\r")
    assert b"\xa1" in path.read_bytes() and b"\x8e" in path.read_bytes()
    parsed = read_source(path)
    assert parsed.encoding == "mac_roman"
    texts = [r.text for r in parsed.recommendations]
    assert texts == ["Bring the leaders of the Séléka to justice vis-à-vis the victims",
                     "Close the detention centres in N'Djamena run under Law n° 17",
                     "Cooperate with the trial of Hissène Habré"]
    assert not C1.search(all_text(parsed))


@pytest.mark.parametrize("rows", [
    ["Repeal Law n° 17 on cybercrime", "Amend Decree n° 4 of 2012"],
    ["Repeal Law n° 17 vis-à-vis the press", "Amend Decree n° 4 of 2012"],
])
def test_mac_roman_whose_only_accents_are_a_degree_sign_and_a_grave(tmp_path, rows):
    # Few high bytes, and "°" is no letter: the file is still Mac Roman, not Cyrillic "nЎ 17".
    path = tmp_path / "laws.csv"
    path.write_bytes("\r".join(["Text,From", *(f"{row},Chile" for row in rows)]).encode("mac_roman") + b"\r")
    parsed = read_source(path)
    assert parsed.encoding == "mac_roman"
    assert [r.text for r in parsed.recommendations] == rows


def test_windows_text_with_the_same_symbols_stays_windows(tmp_path):
    path = tmp_path / "win.csv"
    rows = [HEADER, *CHAD, "Spain,WEOG,EU,¡Proteger a los periodistas! Ley n.º 4,Peru,GRULAC,OAS,Accepted,3,Media,17"]
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    parsed = read_source(path)
    assert parsed.encoding == "cp1252"
    assert "Séléka" in all_text(parsed) and "Law n° 17" in all_text(parsed)
    assert parsed.recommendations[-1].text == "¡Proteger a los periodistas! Ley n.º 4"


def test_accents_only_far_down_a_long_mac_export(tmp_path, shared_data):
    # The real export, with the Chad rows put in after its first megabyte and 4,638 rows: the head and the
    # slices the layout is sniffed from are plain ASCII there, so only the whole file tells the encoding.
    real = (shared_data / "uprinfo_export_sessions18-20_2014.csv").read_bytes()
    rows = real.split(b"\r")
    ascii_rows = [row for row in rows[1:] if row.isascii() and row]
    seleka, ndjamena, hissene = (row.encode("mac_roman") for row in CHAD)
    body = ascii_rows[:4637] + [seleka] + ascii_rows[4637:5000] + [ndjamena] + ascii_rows[5000:] + [hissene]
    path = tmp_path / "late_accents.csv"
    path.write_bytes(b"\r".join([rows[0], *body]) + b"\r")
    assert path.read_bytes()[:1024 * 1024].isascii()
    parsed = read_source(path)
    assert parsed.encoding == "mac_roman"
    by_row = {r.source_row: r.text for r in parsed.recommendations}
    assert by_row[4639] == "Bring the leaders of the Séléka to justice vis-à-vis the victims"
    assert "Close the detention centres in N'Djamena run under Law n° 17" in by_row.values()
    assert parsed.recommendations[-1].text == "Cooperate with the trial of Hissène Habré"
    assert not C1.search(all_text(parsed))
    assert len(parsed.recommendations) == len(body)


def test_a_bad_byte_is_reported_at_its_own_row(tmp_path):
    # Read as UTF-8 (as a person may force), the first row that is not UTF-8 is named exactly,
    # not the row where a block of bytes happened to start.
    lines = [b"Recommendation,State"] + [b"Ratify the Optional Protocol %d,Peru" % i for i in range(5000)]
    lines[4638] = "Ratify the Convention on Séléka,Chad".encode("mac_roman")
    path = tmp_path / "bad_byte.csv"
    path.write_bytes(b"\r".join(lines) + b"\r")
    table = open_text_table(path, KNOWN_NAMES, encoding="utf-8")
    with pytest.raises(ImportRejected) as raised:
        for _ in table.rows():
            pass
    assert raised.value.row == 4639
    assert "Row 4639 holds characters" in raised.value.message


def test_real_uprinfo_csv_reads_as_uprinfo_showed_it(shared_data):
    parsed = read_source(shared_data / "uprinfo_export_sessions18-20_2014.csv")
    assert parsed.encoding == "mac_roman"
    text = all_text(parsed)
    assert "vis-à-vis" in text and "Provedor de Justiça" in text and "Côte d'Ivoire" in text
    assert not C1.search(text) and "\ufffd" not in text
    assert not re.search(r"[a-z][¡ˆŽ™][a-z]", text)


def test_real_uprinfo_xls_reads_as_uprinfo_showed_it(shared_data):
    parsed = read_source(shared_data / "uprinfo_export_sessions1-5_original.xls")
    text = all_text(parsed)
    assert "Hissène Habré" in text
    assert not C1.search(text) and "\ufffd" not in text
