"""A whole prioritisation vote run from the command line: participants, a round per method, ballots, results.

Figures are worked out by hand in the comments; every refusal leaves the workshop file byte-for-byte as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from upr_desktop.cli import main
from upr_desktop.ops import Workshop

from .cli_helpers import digest

REPO_ROOT = Path(__file__).resolve().parents[2]
REFS = "121.1,121.2,121.3,121.4"


class Cli:
    def __init__(self, capsys, path: Path):
        self.capsys = capsys
        self.path = path

    def __call__(self, *args) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args) -> str:
        code, out, err = self(*args)
        assert code == 0, err
        assert err == ""
        return out

    def refused(self, *args) -> str:
        """Exit 1, one plain line on stderr, nothing on stdout, and the workshop file unchanged."""
        before = digest(self.path)
        code, out, err = self(*args)
        assert code == 1, (out, err)
        assert out == "" and "Traceback" not in err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("upr-desktop: ")
        assert digest(self.path) == before
        return lines[0].removeprefix("upr-desktop: ")


@pytest.fixture
def cli(tmp_path, capsys):
    """A new workshop holding recommendations 121.1 to 121.6, imported from a CSV as a person would."""
    path = tmp_path / "w.uprw"
    source = tmp_path / "recommendations.csv"
    source.write_text("Reference,Recommendation,Recommending State,Response\n" + "".join(
        f"121.{n},Recommendation number {n} on a distinct subject,Utopia,Supported\n" for n in range(1, 7)))
    assert main(["new", str(path), "--title", "Vote", "--country", "Demoland"]) == 0
    assert main(["import", str(path), str(source)]) == 0
    return Cli(capsys, path)


@pytest.fixture
def people(cli, tmp_path) -> list[int]:
    """Six participants: four added one by one, two from an attendance list (plus a repeat and a blank name)."""
    f = cli.path
    ids = [int(cli.ok("participant", "add", f, "--name", "Amina Diallo", "--org", "Women's Rights Forum",
                      "--focus", "Gender", "--contact", "amina@wrf.example", "--consent")),
           int(cli.ok("participant", "add", f, "--name", "Kofi Mensah", "--org", "Women's Rights Forum")),
           int(cli.ok("participant", "add", f, "--name", "Chen Li", "--org", "Demoland Bar Association")),
           int(cli.ok("participant", "add", f, "--alias", "Blue Bird"))]
    sheet = tmp_path / "attendance.csv"
    sheet.write_text("Nom;Organisme;Courriel\n"
                     "Awa Koné;Réseau des défenseurs;awa@rd.example\n"
                     ";;\n"
                     ";Sans nom;x@example.org\n"
                     "Jean Dupont;Réseau des défenseurs;\n"
                     "AWA KONÉ;réseau des défenseurs;\n"
                     "Amina Diallo;Women's Rights Forum;\n", encoding="utf-8")
    out = cli.ok("participant", "import", f, sheet)
    assert out.splitlines() == [
        "Added 2 participants from attendance.csv. 1 already registered (same name and organisation) were not "
        "added again.",
        "Row 6 repeats row 2 (Awa Koné, Réseau des défenseurs).",
        "Row 4 has no name and was left out.",
        "The workshop now has 6 participants.",
    ]
    listed = json.loads(cli.ok("participant", "list", f, "--json"))
    assert [p["name"] for p in listed] == ["Amina Diallo", "Kofi Mensah", "Chen Li", None, "Awa Koné", "Jean Dupont"]
    assert listed[0]["consent_named"] is True and listed[0]["contact"] == "amina@wrf.example"
    assert listed[3]["alias"] == "Blue Bird" and listed[3]["organisation"] is None
    assert [p["id"] for p in listed[:4]] == ids
    return [p["id"] for p in listed]


def create(cli, method, *extra, title=None, refs=REFS) -> int:
    return int(cli.ok("round", "create", cli.path, "--title", title or f"{method} round", "--method", method,
                      "--candidates", refs, *extra))


def cast(cli, round_id, participant, votes, *extra) -> str:
    return cli.ok("ballot", "cast", cli.path, round_id, "--participant", participant, "--votes", json.dumps(votes),
                  *extra)


def results(cli, round_id) -> dict:
    return json.loads(cli.ok("tally", cli.path, round_id, "--json"))


def table(tally: dict, *figures) -> dict[str, tuple]:
    return {r["candidate"]: (r["rank"], r["score"], *(r[f] for f in figures), r["tied"]) for r in tally["results"]}


def run_round(cli, method, ballots, *extra, paper=(), refs=REFS):
    round_id = create(cli, method, *extra, refs=refs)
    cli.ok("round", "open", cli.path, round_id)
    for n, (who, votes) in enumerate(ballots):
        cast(cli, round_id, who, votes, *(["--paper"] if n in paper else []))
    cli.ok("round", "close", cli.path, round_id)
    return round_id, results(cli, round_id)


def test_a_whole_workshop_one_round_per_method(cli, people):
    p1, p2, p3, p4, p5, p6 = people

    # Dot, 3 each, at most 2 on one: 121.1 = 2+1 = 3 (2 voters); 121.2 = 1+2+1 = 4 (3); 121.3 = 1+1 = 2 (2);
    # 121.4 = 1 (1). Ten dots in all; p5 hands in a blank ballot, which counts as a ballot.
    round_id, got = run_round(cli, "dot", [
        (p1, {"121.1": 2, "121.2": 1}), (p2, {"121.2": 2, "121.3": 1}), (p3, {"121.1": 1, "121.3": 1, "121.4": 1}),
        (p4, {"121.2": 1}), (p5, None)], "--dots", "3", "--max-per-candidate", "2", paper=(3,))
    assert got["method"] == "dot" and got["status"] == "closed" and got["ballots"] == 5
    assert got["turnout"] == {"voted": 5, "eligible": 6, "kiosk": 4, "paper": 1, "wall_voters": 0, "wall_points": 0}
    assert table(got, "points", "share", "voters") == {
        "121.2": (1, 4, 4, 40.0, 3, False), "121.1": (2, 3, 3, 30.0, 2, False),
        "121.3": (3, 2, 2, 20.0, 2, False), "121.4": (4, 1, 1, 10.0, 1, False)}
    assert got["ties"] == [] and got["statements"] == []
    assert got["rules"] == "Dot voting: 3 dots each, at most 2 on one candidate."

    # 100-point voting with a budget of 10: 121.1 = 6+5 = 11, 121.2 = 4+10 = 14, 121.3 = 5, 121.4 = 0; of 30.
    _, got = run_round(cli, "points", [(p1, {"121.1": 6, "121.2": 4}), (p2, {"121.1": 5, "121.3": 5}),
                                       (p3, {"121.2": 10})], "--points", "10")
    assert table(got, "points", "share") == {
        "121.2": (1, 14, 14, 46.7, False), "121.1": (2, 11, 11, 36.7, False),
        "121.3": (3, 5, 5, 16.7, False), "121.4": (4, 0, 0, 0.0, False)}

    # Approval, 4 ballots: 121.2 ticked 3 times (75 %), 121.1 twice (50 %), 121.3 and 121.4 once each: a tie.
    _, got = run_round(cli, "approval", [(p1, ["121.1", "121.2"]), (p2, ["121.2"]),
                                         (p3, ["121.2", "121.3", "121.1"]), (p4, ["121.4"])])
    assert table(got, "approvals", "share") == {
        "121.2": (1, 3, 3, 75.0, False), "121.1": (2, 2, 2, 50.0, False),
        "121.3": (3, 1, 1, 25.0, True), "121.4": (3, 1, 1, 25.0, True)}
    assert got["ties"] == [["121.3", "121.4"]]
    assert got["statements"] == ["121.3 and 121.4 are tied for 3rd place with 1 approval each. No tie-break is "
                                 "applied: hold a run-off to separate them."]

    # Score 0-5: 121.1 = 5+4 = 9 (mean 4.5), 121.2 = 3+5 = 8 (4.0), 121.4 = 2, 121.3 = 0 (rated 0 by one person).
    _, got = run_round(cli, "score", [(p1, {"121.1": 5, "121.2": 3}), (p2, {"121.1": 4, "121.3": 0}),
                                      (p3, {"121.2": 5, "121.4": 2})])
    assert table(got, "sum", "mean", "voters") == {
        "121.1": (1, 9, 9, 4.5, 2, False), "121.2": (2, 8, 8, 4.0, 2, False),
        "121.4": (3, 2, 2, 2.0, 1, False), "121.3": (4, 0, 0, 0.0, 1, False)}

    # Borda, k − rank + 1 for the k ranked: 121.1 = 3+1+1 = 5, 121.2 = 2+2+4 = 8, 121.3 = 1+1+3 = 5, 121.4 = 2.
    ranked = [(p1, ["121.1", "121.2", "121.3"]), (p2, ["121.2", "121.1"]), (p3, ["121.3"]),
              (p4, ["121.2", "121.3", "121.4", "121.1"])]
    _, got = run_round(cli, "borda", ranked)
    assert table(got, "points", "first") == {
        "121.2": (1, 8, 8, 2, False), "121.1": (2, 5, 5, 1, True), "121.3": (2, 5, 5, 1, True),
        "121.4": (4, 2, 2, 0, False)}
    assert got["ties"] == [["121.1", "121.3"]]

    # Schulze on the same ballots. Head to head: 2 beats 1 (2:1), 3 (3:1) and 4 (3:0); 1 beats 4 (2:1);
    # 3 beats 4 (3:0); 1 and 3 are level (2:2). Strongest paths add no more wins, so 121.1 and 121.3 tie.
    _, got = run_round(cli, "schulze", ranked)
    assert table(got, "wins", "pairwise_wins") == {
        "121.2": (1, 3, 3, 3, False), "121.1": (2, 1, 1, 1, True), "121.3": (2, 1, 1, 1, True),
        "121.4": (4, 0, 0, 0, False)}

    # MoSCoW (Must 3, Should 2, Could 1, Won't 0): 121.2 = 2+3 = 5, 121.1 = 3+1 = 4, 121.4 = 3, 121.3 = 0.
    _, got = run_round(cli, "moscow", [(p1, {"121.1": "must", "121.2": "should"}),
                                       (p2, {"121.1": "could", "121.3": "won't"}),
                                       (p3, {"121.2": "Must", "121.4": "m"})])
    assert table(got, "must", "should", "could", "wont") == {
        "121.2": (1, 5, 1, 1, 0, 0, False), "121.1": (2, 4, 1, 0, 1, 0, False),
        "121.4": (3, 3, 1, 0, 0, 0, False), "121.3": (4, 0, 0, 0, 0, 1, False)}

    listed = json.loads(cli.ok("round", "list", cli.path, "--json"))
    assert [(r["method"], r["status"], r["candidates"]) for r in listed] == [
        (m, "closed", 4) for m in ("dot", "points", "approval", "score", "borda", "schulze", "moscow")]
    assert listed[0]["voted"] == 5

    readable = cli.ok("tally", cli.path, round_id)
    lines = readable.splitlines()
    assert lines[0] == "dot round" and lines[2] == "5 of 6 have voted (4 at the laptop, 1 on paper)."
    assert lines[4].split() == ["Rank", "Candidate", "Dots", "Share", "%", "Voters", "Recommendation"]
    assert lines[6].split()[:5] == ["1", "121.2", "4", "40.0", "3"]


def test_secret_round_one_ballot_per_organisation(cli, people):
    p1, p2, p3, p4, p5, p6 = people
    round_id = create(cli, "dot", "--dots", "2", "--secret", "--per-organisation", refs="121.1,121.2")
    cli.ok("round", "open", cli.path, round_id)
    assert "1 of 3 have voted" in cast(cli, round_id, p1, {"121.1": 2})  # 3 organisations among the six
    message = cli.refused("ballot", "cast", cli.path, round_id, "--participant", p2, "--votes", '{"121.2": 2}')
    assert message == "Women's Rights Forum has already voted in “dot round”. Each organisation votes once."
    message = cli.refused("ballot", "cast", cli.path, round_id, "--participant", p4, "--votes", '{"121.2": 2}')
    assert "not registered with an organisation" in message
    cast(cli, round_id, p5, {"121.2": 1})
    cli.ok("round", "close", cli.path, round_id)
    got = results(cli, round_id)
    assert got["secret"] is True and got["voter_unit"] == "organisation"
    assert table(got, "points") == {"121.1": (1, 2, 2, False), "121.2": (2, 1, 1, False)}


def test_a_personal_code_works_in_place_of_the_id(cli, people):
    code = json.loads(cli.ok("participant", "list", cli.path, "--json"))[2]["code"]
    round_id = create(cli, "approval", refs="121.1,121.2")
    cli.ok("round", "open", cli.path, round_id)
    cast(cli, round_id, code.lower(), ["121.2"])
    with Workshop.open(cli.path, read_only=True) as workshop:
        assert workshop.has_voted(round_id, people[2])


def test_every_refusal_names_the_problem_and_leaves_the_round_unchanged(cli, people):
    p1, p2, *_ = people
    f = cli.path

    message = cli.refused("round", "create", f, "--title", "T", "--method", "dot", "--candidates", "121.1,121.99,7")
    assert message.startswith("No recommendation numbered 121.99, 7 in this workshop.")
    assert cli.refused("round", "create", f, "--title", "T", "--method", "approval", "--dots", "3",
                       "--candidates", REFS) == "--dots is for dot voting only (for 100-point voting, the budget " \
                                                "is --points)."
    assert "at least 2 candidates" in cli.refused("round", "create", f, "--title", "T", "--method", "score",
                                                  "--candidates", "121.1")
    assert "121.1 is listed twice" in cli.refused("round", "create", f, "--title", "T", "--method", "score",
                                                  "--candidates", "121.1,121.2,121.1")
    assert json.loads(cli.ok("round", "list", f, "--json")) == []

    round_id = create(cli, "dot", "--dots", "3", "--max-per-candidate", "2", title="Priorities")

    def ballot(*args):
        return cli.refused("ballot", "cast", f, round_id, *args)

    assert ballot("--participant", p1, "--votes", '{"121.1": 1}') == "“Priorities” is not open for voting yet."
    assert "has not been opened for voting yet" in cli.refused("tally", f, round_id)
    cli.ok("round", "open", f, round_id)
    cast(cli, round_id, p1, {"121.1": 2, "121.2": 1})

    def unchanged():
        with Workshop.open(f, read_only=True) as workshop:
            assert workshop.voting_round(round_id).voted == 1
            assert workshop.turnout(round_id).kiosk == 1

    refusals = {
        "Amina Diallo has already voted in “Priorities”. Each person votes once.":
            ("--participant", p1, "--votes", '{"121.3": 1}'),
        "This ballot gives 4 dots; each person has 3. Take 1 off.":
            ("--participant", p2, "--votes", '{"121.1": 2, "121.2": 2}'),
        "This ballot puts 3 dots on 121.3; the most on one candidate is 2. Take 1 off.":
            ("--participant", p2, "--votes", '{"121.3": 3}'),
        "121.9 is not a candidate in “Priorities”. Its candidates are 121.1, 121.2, 121.3 and 121.4.":
            ("--participant", p2, "--votes", '{"121.9": 1}'),
        "--votes is not valid JSON (expecting ':' delimiter, at character 10). For this round write it like "
        '{"121.1": 3, "121.2": 2}, with the references in double quotes.':
            ("--participant", p2, "--votes", '{"121.1" 1}'),
        "“Priorities” uses Dot voting: give the number of dots on each candidate, such as "
        '{"121.1": 3, "121.2": 2}.':
            ("--participant", p2, "--votes", '["121.1"]'),
        "121.1 appears twice in --votes. Give each candidate once.":
            ("--participant", p2, "--votes", '{"121.1": 1, "121.1": 1}'),
        "121.1 has -1; a ballot cannot give a negative number. Use 0 or more.":
            ("--participant", p2, "--votes", '{"121.1": -1}'),
        "There is no participant 999 in this workshop (give their id, as upr-desktop participant list shows, or "
        "their personal code).":
            ("--participant", "999", "--votes", '{"121.1": 1}'),
    }
    for expected, args in refusals.items():
        assert ballot(*args) == expected
        unchanged()

    assert cli.refused("tally", f, round_id) == ("Results of “Priorities” show when the round closes. So far 1 of 6 "
                                                 "have voted.")
    assert cli.refused("ballot", "cast", f, 99, "--participant", p2, "--votes", "{}") == \
        "There is no voting round 99 in this workshop."
    cli.ok("round", "close", f, round_id)
    assert ballot("--participant", p2, "--votes", '{"121.1": 1}') == "“Priorities” is closed: it takes no more ballots."
    assert "never reopens" in cli.refused("round", "open", f, round_id)
    unchanged()
    got = results(cli, round_id)
    assert table(got, "points")["121.1"] == (1, 2, 2, False) and got["ballots"] == 1


def test_participant_refusals(cli, people, tmp_path):
    f = cli.path
    assert cli.refused("participant", "add", f, "--name", "amina  diallo", "--org", "WOMEN'S RIGHTS FORUM") == \
        "“Amina Diallo” of “Women's Rights Forum” is already registered (participant 1)."
    assert "keeps no organisation" in cli.refused("participant", "add", f, "--alias", "X", "--org", "Some Org")
    pdf = tmp_path / "list.csv"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    assert "is a PDF document, not a table of participants" in cli.refused("participant", "import", f, pdf)
    no_names = tmp_path / "orgs.csv"
    no_names.write_text("Organisation,Email\nWRF,a@b.example\n")
    assert "has no column of names" in cli.refused("participant", "import", f, no_names)
    assert len(json.loads(cli.ok("participant", "list", f, "--json"))) == 6


def test_wrong_usage_exits_2_without_a_traceback(cli, capsys):
    code, out, err = cli("round", "create", cli.path, "--title", "T", "--method", "lottery", "--candidates", "1")
    assert code == 2 and "invalid choice: 'lottery'" in err and "Traceback" not in err
    code, out, err = cli("ballot", "cast", cli.path, "one", "--participant", "1", "--votes", "{}")
    assert code == 2 and "invalid int value: 'one'" in err


def test_the_real_entry_point(tmp_path, app_home):
    env = {**os.environ, "UPR_DESKTOP_HOME": str(app_home)}
    w = tmp_path / "w.uprw"

    def run(*args):
        done = subprocess.run([sys.executable, "-m", "upr_desktop", *map(str, args)], capture_output=True, text=True,
                              timeout=120, env=env, cwd=REPO_ROOT)
        assert "Traceback" not in done.stderr
        return done

    assert run("demo", w).returncode == 0
    ids = [run("participant", "add", w, "--name", name).stdout.strip() for name in ("Amina Diallo", "Kofi Mensah")]
    assert all(i.isdigit() for i in ids)
    round_id = run("round", "create", w, "--title", "Shortlist", "--method", "approval", "--candidates",
                   "121.4,121.7").stdout.strip()
    assert run("round", "open", w, round_id).returncode == 0
    assert run("ballot", "cast", w, round_id, "--participant", ids[0], "--votes", '["121.7"]').returncode == 0
    early = run("tally", w, round_id, "--json")
    assert early.returncode == 1 and early.stdout == ""
    assert early.stderr.strip() == ("upr-desktop: Results of “Shortlist” show when the round closes. So far 1 of 42 "
                                    "have voted.")  # the demo's 40 and these two
    assert run("ballot", "cast", w, round_id, "--participant", ids[1], "--votes", '["121.7", "121.4"]',
               "--paper").returncode == 0
    assert run("round", "close", w, round_id).returncode == 0
    got = json.loads(run("tally", w, round_id, "--json").stdout)
    assert got["turnout"]["paper"] == 1 and got["turnout"]["kiosk"] == 1
    assert [(r["candidate"], r["rank"], r["approvals"]) for r in got["results"]] == [("121.7", 1, 2), ("121.4", 2, 1)]


def test_output_piped_into_a_reader_that_stops_early_is_not_an_error(tmp_path, app_home):
    env = {**os.environ, "UPR_DESKTOP_HOME": str(app_home)}
    w = tmp_path / "w.uprw"
    sheet = tmp_path / "many.csv"
    sheet.write_text("Name,Organisation\n" + "".join(f"Person {n},Organisation {n % 30}\n" for n in range(3000)))
    assert main(["new", str(w), "--title", "Big"]) == 0
    assert main(["participant", "import", str(w), str(sheet)]) == 0
    # Like `upr-desktop participant list FILE | head -3`: far more than a pipe holds, and the reader goes away.
    listing = subprocess.Popen([sys.executable, "-m", "upr_desktop", "participant", "list", str(w)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO_ROOT)
    assert listing.stdout.read(100).lstrip().startswith(b"No.")
    listing.stdout.close()
    err = listing.stderr.read().decode()
    assert listing.wait(timeout=60) == 0 and err == ""


def test_ranked_ballots_rank_candidates_level(cli, people):
    p1, p2, p3, *_ = people
    d, a, c = "121.1", "121.2", "121.3"

    # The smallest split: D>A>C and C>D>A. D beats A 2:0; D and C are level (1:1), so are A and C. Under
    # Schulze no one beats D or C: they share first place, and A, whom D beats, is third.
    _, got = run_round(cli, "schulze", [(p1, [d, a, c]), (p2, [c, d, a])], refs="121.1,121.2,121.3")
    assert table(got, "wins") == {d: (1, 1, 1, True), c: (1, 0, 0, True), a: (3, 0, 0, False)}
    assert got["ties"] == [[d, c]]
    assert got["statements"][0] == ("121.1 and 121.3 share 1st place: none of them beats another on the strongest "
                                    "chain of head-to-head wins. No tie-break is applied: hold a run-off to "
                                    "separate them.")

    # Borda with 121.2 and 121.3 level in 2nd and 3rd place of 4: 4, (3 + 2) / 2 = 2.5 each, 1.
    round_id = create(cli, "borda", title="Level")
    cli.ok("round", "open", cli.path, round_id)
    cast(cli, round_id, p1, ["121.1", ["121.2", "121.3"], "121.4"])
    refused = cli.refused("ballot", "cast", cli.path, round_id, "--participant", p2,
                          "--votes", '["121.1", ["121.2", ["121.3"]]]')
    assert refused.startswith("A group of candidates ranked level holds candidates only, not another group.")
    assert cli.refused("ballot", "cast", cli.path, round_id, "--participant", p2,
                       "--votes", '[["121.1", "121.2"], "121.2"]') == \
        "121.2 is ranked twice. Rank each candidate once at most."
    cli.ok("round", "close", cli.path, round_id)
    got = results(cli, round_id)
    assert table(got, "points") == {"121.1": (1, 4, 4, False), "121.2": (2, 2.5, 2.5, True),
                                    "121.3": (2, 2.5, 2.5, True), "121.4": (4, 1, 1, False)}
    assert "share the points of the places they fill" in got["rules"]


def test_ballot_cast_help_shows_how_to_rank_level(capsys):
    try:
        main(["ballot", "cast", "--help"])
    except SystemExit as done:
        assert done.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert 'candidates ranked level in a list of their own: ["121.4", ["121.7", "121.12"], "121.31"]' in out
