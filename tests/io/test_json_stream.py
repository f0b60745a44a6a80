"""Big UHRI JSON exports are read as a stream (ijson), a record at a time, with progress in bytes."""

from __future__ import annotations

import json
import time

import pytest

from upr_desktop.domain.errors import ImportRejected
from upr_desktop.io import importers
from upr_desktop.io.importers import read_source, uhri


def _record(n: int) -> dict:
    return {"Text": f"140.{n} Ratify the Optional Protocol to the Convention against Torture, step {n}",
            "CountriesConcerned": [{"Name": "Slovenia"}], "Body": "UPR", "Symbol": "A/HRC/59/15",
            "Themes": ["Torture", "Detention"], "Sdgs": [16], "UprRecommendingCountry": [{"name": "Estonia"}],
            "UprPositions": ["Supported"], "UprSession": [48], "UprCycle": 4.0, "AnnotationId": f"id-{n}"}


@pytest.mark.parametrize("wrap", [lambda r: r, lambda r: {"data": r},
                                  lambda r: {"meta": {"total": len(r)}, "results": r}])
def test_the_stream_reads_what_the_whole_file_reads(tmp_path, monkeypatch, wrap):
    path = tmp_path / "uhri.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(wrap([_record(n) for n in range(1, 40)])).encode())
    whole = read_source(path)
    monkeypatch.setattr(uhri, "STREAM_FROM_BYTES", 0)
    streamed = read_source(path)
    assert len(streamed.recommendations) == 39
    assert streamed.recommendations == whole.recommendations
    assert streamed.recommendations[0].cycle == 4 and streamed.recommendations[0].states == ("Estonia",)


def test_a_big_export_streams_with_progress_in_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(uhri, "STREAM_FROM_BYTES", 2 * 1024 * 1024)  # "big" from 2 MB, to keep the test quick
    path = tmp_path / "uhri-big.json"
    with open(path, "w", encoding="utf-8") as out:
        out.write("[")
        n = 0
        while out.tell() <= uhri.STREAM_FROM_BYTES:
            out.write(("," if n else "") + json.dumps(_record(n)))
            n += 1
        out.write("]")
    size = path.stat().st_size
    seen = []
    started = time.monotonic()
    parsed = read_source(path, progress=lambda done, total: seen.append((done, total)))
    assert len(parsed.recommendations) == n
    assert parsed.recommendations[-1].text.endswith(f"step {n - 1}")
    assert {total for _, total in seen} == {size}
    assert len(seen) > 4 and seen == sorted(seen) and seen[-1] == (size, size)
    assert 0 < seen[len(seen) // 2][0] < size  # reported along the way, not only at the end
    print(f"{size / 2**20:.0f} MB, {n} records: {time.monotonic() - started:.1f} s")


def test_a_big_export_cut_short_is_refused_whole(tmp_path, monkeypatch):
    path = tmp_path / "cut.json"
    path.write_text(json.dumps([_record(n) for n in range(300)])[:-500], encoding="utf-8")
    monkeypatch.setattr(uhri, "STREAM_FROM_BYTES", 0)
    with pytest.raises(ImportRejected, match="“cut.json” is not valid JSON; perhaps the download was cut short"):
        read_source(path)


def test_a_list_of_plain_values_is_not_an_export(tmp_path, monkeypatch):
    path = tmp_path / "numbers.json"
    path.write_text(json.dumps({"data": list(range(1000))}), encoding="utf-8")
    monkeypatch.setattr(uhri, "STREAM_FROM_BYTES", 0)
    with pytest.raises(ImportRejected, match="holds no list of recommendations"):
        read_source(path)


def test_json_above_the_cap_is_refused_at_once_saying_the_cap(tmp_path):
    path = tmp_path / "everything.json"
    with open(path, "wb") as file:  # sparse: nothing is written, nothing need be read
        file.write(b'[{"Text": "Ratify"}')
        file.truncate(importers.MAX_JSON_BYTES + 1)
    started = time.monotonic()
    with pytest.raises(ImportRejected, match=r"JSON files can be imported up to 200 MB"):
        read_source(path)
    assert time.monotonic() - started < 0.5


def test_nesting_a_million_deep_is_refused_at_once(tmp_path, monkeypatch):
    """ijson's prefixes grow with depth: ten million "[" cost gigabytes in a second before the depth limit."""
    path = tmp_path / "deep.json"
    path.write_bytes(b'{"data": [' + b"[" * 1_000_000)
    monkeypatch.setattr(uhri, "STREAM_FROM_BYTES", 0)
    started = time.monotonic()
    with pytest.raises(ImportRejected, match="“deep.json” nests lists or objects more than 32 deep"):
        read_source(path)
    assert time.monotonic() - started < 1


def test_records_may_hold_plain_values_between_them(tmp_path, monkeypatch):
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps({"meta": {"total": 3}, "data": [_record(1), "a note", None, _record(2)]}))
    whole = read_source(path)
    monkeypatch.setattr(uhri, "STREAM_FROM_BYTES", 0)
    parsed = read_source(path)
    assert [(r.text[-6:], r.source_row) for r in parsed.recommendations] == [("step 1", 1), ("step 2", 4)]
    assert parsed.recommendations == whole.recommendations
