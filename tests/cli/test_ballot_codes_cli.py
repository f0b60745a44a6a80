"""A secret round with anonymous ballot codes, from the command line: create, open (the codes, once),
print the slips, cast with codes, and the refusals in one plain line."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader


from .cli_helpers import digest
from .test_voting_cli import cli  # noqa: F401 (the fixture)


@pytest.fixture
def code_round(cli):  # noqa: F811
    for name in ("Amina Diallo", "Kofi Mensah", "Chen Li"):
        cli.ok("participant", "add", cli.path, "--name", name)
    round_id = cli.ok("round", "create", cli.path, "--title", "Secret priorities", "--method", "approval",
                      "--candidates", "121.1,121.2,121.3", "--secret", "--anonymous-codes", "5").strip()
    return cli, round_id


def test_open_prints_the_codes_once_one_per_line(code_round):
    cli, round_id = code_round
    code, out, err = cli("round", "open", cli.path, round_id)
    assert code == 0
    codes = out.splitlines()
    assert len(codes) == len(set(codes)) == 5
    assert all(len(c) == 11 and c[5] == "-" for c in codes)
    assert "will not be shown again" in err and "5 ballot codes" in err
    code, again, err = cli("round", "open", cli.path, round_id)
    assert code == 0 and again == "" and "never shown again" in err
    raw = b"".join(p.read_bytes() for p in cli.path.parent.glob("w.uprw*") if p.is_file())
    assert not [c for c in codes if c.encode() in raw or c.replace("-", "").encode() in raw]
    listed = json.loads(cli.ok("round", "list", cli.path, "--json"))
    assert listed[0]["secret"] is True and listed[0]["ballot_codes"] == 5
    assert "secret, ballot codes" in cli.ok("round", "list", cli.path)


def test_cast_with_codes_and_the_plain_refusals(code_round):
    cli, round_id = code_round
    codes = cli("round", "open", cli.path, round_id)[1].splitlines()
    out = cli.ok("ballot", "cast", cli.path, round_id, "--code", codes[0].lower().replace("-", ""),
                 "--votes", '["121.1", "121.2"]')
    assert out.startswith("The ballot was recorded in “Secret priorities”. 1 of 3 have voted")
    assert "used already" in cli.refused("ballot", "cast", cli.path, round_id, "--code", codes[0],
                                         "--votes", '["121.3"]')
    assert "not valid for this round" in cli.refused("ballot", "cast", cli.path, round_id, "--code",
                                                     "ZZZZZ-ZZZZZ", "--votes", '["121.3"]')
    assert "cast with --code, never --participant" in cli.refused(
        "ballot", "cast", cli.path, round_id, "--participant", "1", "--votes", '["121.3"]')
    cli.ok("ballot", "cast", cli.path, round_id, "--code", codes[1], "--votes", '["121.2"]', "--paper")
    cli.ok("round", "close", cli.path, round_id)
    tally = json.loads(cli.ok("tally", cli.path, round_id, "--json"))
    assert {r["candidate"]: r["score"] for r in tally["results"]} == {"121.1": 1, "121.2": 2, "121.3": 0}
    assert (tally["turnout"]["kiosk"], tally["turnout"]["paper"]) == (1, 1)
    assert "is closed" in cli.refused("ballot", "cast", cli.path, round_id, "--code", codes[2], "--votes", "[]")


def test_a_name_round_refuses_a_code_and_codes_need_secret(cli):  # noqa: F811
    cli.ok("participant", "add", cli.path, "--name", "Amina Diallo")
    named = cli.ok("round", "create", cli.path, "--title", "Names", "--method", "approval", "--candidates",
                   "121.1,121.2", "--secret").strip()
    cli.ok("round", "open", cli.path, named)
    assert "does not use ballot codes" in cli.refused("ballot", "cast", cli.path, named, "--code", "ABCDE-FGHJK",
                                                      "--votes", "[]")
    code, out, err = cli("round", "create", cli.path, "--title", "Open", "--method", "approval", "--candidates",
                         "121.1,121.2", "--anonymous-codes", "5")
    assert code == 2 and "--anonymous-codes goes with --secret" in err


def test_the_slips_pdf_from_the_codes_on_standard_input(code_round, monkeypatch, tmp_path):
    cli, round_id = code_round
    codes = cli("round", "open", cli.path, round_id)[1].splitlines()
    target = tmp_path / "slips.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(codes) + "\n\n"))
    code, out, err = cli("pdf", cli.path, "--ballot-codes", round_id, target)
    assert code == 0, err
    assert out.startswith("Wrote 5 ballot code slips")
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert all(c in text for c in codes)
    assert "Secret priorities" in text and "It works once." in text
    for name in ("Amina", "Kofi", "Chen"):
        assert name not in text
    # A code that is not the round's is refused, and nothing is written.
    monkeypatch.setattr("sys.stdin", io.StringIO(codes[0] + "\nABCDE-FGHJK\n"))
    before = digest(cli.path)
    code, out, err = cli("pdf", cli.path, "--ballot-codes", round_id, tmp_path / "other.pdf")
    assert code == 1 and "Code 2 (ABCDE-FGHJK) is not an unused ballot code" in err
    assert not (tmp_path / "other.pdf").exists() and digest(cli.path) == before


def test_paper_ballots_of_a_code_round_have_a_line_for_the_code(code_round, tmp_path):
    cli, round_id = code_round
    cli("round", "open", cli.path, round_id)
    target = tmp_path / "paper.pdf"
    cli.ok("pdf", cli.path, "--ballots", round_id, target)
    first = PdfReader(target).pages[0].extract_text()
    assert "BALLOT CODE" in first and "Copy the code from the slip you took" in first
    assert "Amina" not in first
