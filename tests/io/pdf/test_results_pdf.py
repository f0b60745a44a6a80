"""The results report read back: the ranking and figures as counted, the chart, ties and run-offs in words,
turnout, no voter named, only for closed rounds."""

from __future__ import annotations

import random
import re
import subprocess
import unicodedata

import pytest

from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.rounds import BallotSource, VoterUnit
from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.io.pdf import DocumentKind, DocumentRequest, render_pdf, save_pdf
from upr_desktop.io.pdf.results import gather
from upr_desktop.store.queries import RecommendationFilter

SECRET_ROUND, DRAFT_ROUND = 1, 2  # the demo: a closed secret dot round with a tie and a close call; a draft


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.translate({c: None for c in range(0x202A, 0x202F)}).split())


def results_pdf(tmp_path, workshop, round_id, paper="a4", name="results.pdf"):
    path = tmp_path / name
    save_pdf(render_pdf(workshop, DocumentRequest(DocumentKind.RESULTS, round_id, paper=paper)), path)
    return path


def layout_text(path) -> str:
    return run("pdftotext", "-layout", str(path), "-")


def label_pattern(label: str) -> re.Pattern:
    """'121.1' but not the start of '121.14'."""
    return re.compile(rf"(?<![\w.]){re.escape(label)}(?![\w.])")


def section(text: str, start: str, end: str | None = None) -> str:
    begin = text.index(start)
    return text[begin:text.index(end, begin) if end else len(text)]


def expected_figures(tally, row) -> list[str]:
    """The figures as the report should print them: counts whole, shares to one decimal, means to two."""
    out = []
    for key, _ in tally.figure_names():
        value = row.figures[key]
        out.append(f"{value:.1f}" if key == "share" else f"{value:.2f}" if key == "mean" else str(int(value)))
    return out


def ranking_rows(text: str, results) -> list[tuple[str, list[str]]]:
    """From the full ranking table: per candidate in the order printed, the first line of its row."""
    table = section(text, "Full ranking")
    labels = {c.id: c.label for c in results.candidates}
    found = []
    for row in results.tally.results:
        label = labels[row.candidate]
        line = next(line for line in table.splitlines() if label_pattern(label).search(line)
                    and line.split()[1] == label)
        found.append((table.index(line), label, line.split()))
    return [(label, words) for _, label, words in sorted(found)]


def check_ranking(text: str, results) -> None:
    labels = {c.id: c.label for c in results.candidates}
    rows = ranking_rows(text, results)
    assert [label for label, _ in rows] == [labels[r.candidate] for r in results.tally.results]
    figures = len(results.tally.figure_names())
    for (label, words), row in zip(rows, results.tally.results):
        assert words[0] == (f"={row.rank}" if row.tied else str(row.rank)), label
        assert words[-figures:] == expected_figures(results.tally, row), label


# ---------------------------------------------------------------------------------------------------------------
# The demo's closed round


def test_ranking_and_figures_are_the_tally(tmp_path, demo_workshop):
    results = demo_workshop.results(SECRET_ROUND)
    text = layout_text(results_pdf(tmp_path, demo_workshop, SECRET_ROUND))
    check_ranking(text, results)
    header = next(line for line in section(text, "Full ranking").splitlines() if "Recommendation" in line)
    for _, title in results.tally.figure_names():
        assert title in header
    # The shared rank of the tie is marked on both rows.
    tied = [row for row in results.tally.results if row.tied]
    assert len(tied) == 2 and tied[0].rank == tied[1].rank


def test_the_chart_bars_follow_the_ranking(tmp_path, demo_workshop):
    results = demo_workshop.results(SECRET_ROUND)
    labels = {c.id: c.label for c in results.candidates}
    chart = section(layout_text(results_pdf(tmp_path, demo_workshop, SECRET_ROUND)), "Dots per recommendation",
                    "Ties and close calls")
    lines = [line.split() for line in chart.splitlines() if line.strip()]
    bars = [(words[1], words[-1]) for words in lines if len(words) == 3 and re.fullmatch(r"=?\d+", words[0])]
    assert bars == [(labels[r.candidate], str(int(r.score))) for r in results.tally.results if r.score > 0]
    assert "Amber bars share their rank" in plain(chart)


def test_ties_and_close_calls_in_words(tmp_path, demo_workshop):
    results = demo_workshop.results(SECRET_ROUND)
    assert results.tally.ties and results.tally.close_calls
    text = plain(layout_text(results_pdf(tmp_path, demo_workshop, SECRET_ROUND)))
    for sentence in results.statements:
        assert plain(sentence) in text
    assert "No run-off has been held: they stay tied in this result." in text
    assert "No run-off has been held: the order stands as counted." in text
    assert "UPR Desktop applies no tie-break" in text


def test_the_method_turnout_and_closing_are_stated(tmp_path, demo_workshop):
    rnd = demo_workshop.voting_round(SECRET_ROUND)
    turnout = demo_workshop.turnout(SECRET_ROUND)
    text = plain(layout_text(results_pdf(tmp_path, demo_workshop, SECRET_ROUND)))
    assert plain(rnd.rules.describe()) in text
    assert f"{turnout.voted} of {turnout.eligible} participants voted" in text
    assert f"{turnout.kiosk + turnout.paper} ballots: {turnout.kiosk} at the laptop, {turnout.paper} on paper" in text
    assert "Secret: ballots are not linked to anyone" in text
    assert re.search(r"CLOSED \d{1,2} \w+ \d{4}, \d\d:\d\d", text)


def test_a_run_off_of_a_tie_is_reported_with_its_outcome(tmp_path, demo_workshop):
    tie = demo_workshop.results(SECRET_ROUND).tally.ties[0].candidates
    runoff, _ = demo_workshop.create_runoff(SECRET_ROUND, list(tie))
    text = plain(layout_text(results_pdf(tmp_path, demo_workshop, SECRET_ROUND, name="set-up.pdf")))
    assert "A run-off between them has been set up (“Run-off: Priority recommendations”) and not yet held." in text

    demo_workshop.open_round(runoff)
    first, second = demo_workshop.round_candidates(runoff)
    people = [p.id for p in demo_workshop.participants()]
    for n, person in enumerate(people[:9]):
        demo_workshop.cast_ballot(runoff, person, {(first if n < 6 else second).id: 1})
    text = plain(layout_text(results_pdf(tmp_path, demo_workshop, SECRET_ROUND, name="open.pdf")))
    assert "A run-off between them (“Run-off: Priority recommendations”) is open for voting." in text

    demo_workshop.close_round(runoff)
    text = plain(layout_text(results_pdf(tmp_path, demo_workshop, SECRET_ROUND, name="held.pdf")))
    assert re.search(rf"A run-off between them \(“Run-off: Priority recommendations”\) was held and closed on "
                     rf"\d+ \w+ \d{{4}}: {re.escape(first.label)} \(6 dots\), then {re.escape(second.label)} "
                     rf"\(3 dots\)\.", text)
    assert "they stay tied in this result" not in text
    # The run-off's own report says what it is a run-off of.
    own = plain(layout_text(results_pdf(tmp_path, demo_workshop, runoff, name="runoff.pdf")))
    assert "RUN-OFF OF “Priority recommendations”" in own
    assert f"{first.label} came first with 6 dots. {second.label} came second with 3 dots." in own


# ---------------------------------------------------------------------------------------------------------------
# Every method, names, paper, fonts, and rounds that are not closed


def _ballot(method: Method, candidates: list[int], rng: random.Random):
    if method is Method.DOT:
        return {c: 1 for c in rng.sample(candidates, 3)}
    if method is Method.POINTS:
        a, b = rng.sample(candidates, 2)
        return {a: 60, b: 40}
    if method is Method.APPROVAL:
        return rng.sample(candidates, rng.randint(1, 4))
    if method is Method.SCORE:
        return {c: rng.randint(0, 5) for c in rng.sample(candidates, 4)}
    if method.ranked:
        return rng.sample(candidates, rng.randint(1, 5))
    return {c: rng.choice(["must", "should", "could", "wont"]) for c in rng.sample(candidates, 4)}


RULES = [RoundRules(Method.DOT, dots=3), RoundRules(Method.POINTS), RoundRules(Method.APPROVAL),
         RoundRules(Method.SCORE), RoundRules(Method.BORDA), RoundRules(Method.SCHULZE), RoundRules(Method.MOSCOW)]


@pytest.mark.parametrize("rules", RULES, ids=[r.method.value for r in RULES])
def test_every_method_reports_its_own_figures_and_names_no_voter(tmp_path, demo_workshop, rules):
    ids = demo_workshop.filtered_ids(RecommendationFilter())[:8]
    round_id, _ = demo_workshop.create_round(f"{rules.method.label} test", rules, ids, secret=False)
    candidates = [c.id for c in demo_workshop.round_candidates(round_id)]
    demo_workshop.open_round(round_id)
    rng = random.Random(7)
    people = demo_workshop.participants()
    for n, person in enumerate(people[:25]):
        demo_workshop.cast_ballot(round_id, person.id, _ballot(rules.method, candidates, rng),
                                  source=BallotSource.PAPER if n % 5 == 0 else BallotSource.KIOSK)
    demo_workshop.close_round(round_id)
    results = demo_workshop.results(round_id)
    path = results_pdf(tmp_path, demo_workshop, round_id)
    text = layout_text(path)
    check_ranking(text, results)
    flat = plain(text)
    for sentence in results.statements:
        assert plain(sentence) in flat
    assert "25 of 40 participants voted (62%)" in flat
    assert "Open: who voted how is recorded, but this report names no one" in flat
    # An open round still names nobody in its results, consent or not.
    for person in people:
        for name in (person.name, person.alias):
            if name:
                assert not re.search(rf"(?<!\w){re.escape(plain(name))}(?!\w)", flat), name
    assert not re.search(r"Participant \d", flat)
    for line in run("pdffonts", str(path)).splitlines()[2:]:
        assert line.split()[-5] == "yes", f"not embedded: {line}"


def test_joint_schulze_winners_share_first_place_without_a_shared_figure(tmp_path, demo_workshop):
    # D>A>C and C>D>A: D and C share first place though D has 1 beatpath win and C none.
    ids = demo_workshop.filtered_ids(RecommendationFilter())[:3]
    round_id, _ = demo_workshop.create_round("Smallest split", RoundRules(Method.SCHULZE), ids)
    d, a, c = (x.id for x in demo_workshop.round_candidates(round_id))
    labels = {x.id: x.label for x in demo_workshop.round_candidates(round_id)}
    demo_workshop.open_round(round_id)
    people = demo_workshop.participants()
    demo_workshop.cast_ballot(round_id, people[0].id, [d, a, c])
    demo_workshop.cast_ballot(round_id, people[1].id, [c, d, a])
    demo_workshop.close_round(round_id)
    results = demo_workshop.results(round_id)
    text = layout_text(results_pdf(tmp_path, demo_workshop, round_id))
    check_ranking(text, results)
    flat = plain(text)
    assert plain(f"{labels[d]} and {labels[c]} share first place: none of them beats another.") in flat
    assert "tied for first place with" not in flat
    assert "ranked by the Schulze method, as the rule above says" in flat
    for sentence in results.statements:
        assert plain(sentence) in flat


def test_letter_paper_and_embedded_fonts(tmp_path, demo_workshop):
    path = results_pdf(tmp_path, demo_workshop, SECRET_ROUND, paper="letter")
    assert "612 x 792 pts (letter)" in run("pdfinfo", str(path))
    fonts = run("pdffonts", str(path)).splitlines()[2:]
    assert fonts
    for line in fonts:
        assert line.split()[-5] == "yes", f"not embedded: {line}"
        assert "Helvetica" not in line
    check_ranking(layout_text(path), demo_workshop.results(SECRET_ROUND))


def test_only_a_closed_round_has_a_report(demo_workshop):
    with pytest.raises(ValidationError, match="has not been opened for voting yet"):
        gather(demo_workshop, DRAFT_ROUND)
    with pytest.raises(ValidationError, match="has not been opened for voting yet"):
        render_pdf(demo_workshop, DocumentRequest(DocumentKind.RESULTS, DRAFT_ROUND))
    demo_workshop.open_round(DRAFT_ROUND)
    with pytest.raises(ValidationError, match="still open for voting.*close it on the Vote step"):
        gather(demo_workshop, DRAFT_ROUND)
    with pytest.raises(ValidationError, match="no voting round 99"):
        gather(demo_workshop, 99)


# ---------------------------------------------------------------------------------------------------------------
# Long texts, and rounds voted by organisation


def test_a_recommendation_longer_than_a_page_goes_on_over_the_page(tmp_path, demo_workshop):
    """The ranking table splits a long row where the page ends (it used to fail from ~3,000 characters with
    "Flowable too large"), under one set of column titles per page."""
    text = " ".join(f"Sentence {n} of a recommendation that asks the State to make its national human rights "
                    "institution independent." for n in range(60))
    assert len(text) > 6000
    long_id, _ = demo_workshop.add_recommendation(Recommendation(text=text, reference="900.1", states=("Utopia",)))
    word_id, _ = demo_workshop.add_recommendation(Recommendation(text="Adopt " + "x" * 300 + " now",
                                                                 reference="900.2", states=("Utopia",)))
    ids = demo_workshop.filtered_ids(RecommendationFilter())[:3] + [long_id, word_id]
    round_id, _ = demo_workshop.create_round("Long texts", RoundRules(Method.SCORE), ids, secret=True)
    candidates = [c.id for c in demo_workshop.round_candidates(round_id)]
    demo_workshop.open_round(round_id)
    for n, person in enumerate(demo_workshop.participants()[:6]):
        demo_workshop.cast_ballot(round_id, person.id, {c: (n + k) % 6 for k, c in enumerate(candidates)})
    demo_workshop.close_round(round_id)

    path = results_pdf(tmp_path, demo_workshop, round_id)
    pages = layout_text(path).split("\f")[:-1]
    assert len(pages) >= 3
    flat = plain(" ".join(pages))
    assert "Sentence 0 of a recommendation" in flat and "Sentence 59 of a recommendation" in flat
    assert "900.2" in flat
    for number, page in enumerate(pages, start=1):
        titles = re.findall(r"Rank\s+Ref\.\s+Recommendation", page)
        assert len(titles) <= 1, f"column titles twice on page {number}"
    check_ranking(layout_text(path), demo_workshop.results(round_id))


def test_a_round_voted_by_organisation_names_no_organisation(tmp_path, demo_workshop):
    """Results are about recommendations: an organisation (which may be one person) is never named as a voter."""
    demo_workshop.set_anonymise_outputs(True)
    ids = demo_workshop.filtered_ids(RecommendationFilter())[:6]
    round_id, _ = demo_workshop.create_round("By organisation", RoundRules(Method.APPROVAL), ids, secret=False,
                                             voter_unit=VoterUnit.ORGANISATION)
    candidates = [c.id for c in demo_workshop.round_candidates(round_id)]
    demo_workshop.open_round(round_id)
    voted = set()
    for person in demo_workshop.participants():
        if person.organisation and person.organisation not in voted:
            voted.add(person.organisation)
            demo_workshop.cast_ballot(round_id, person.id, candidates[:len(voted) % 4 + 1])
    demo_workshop.close_round(round_id)
    flat = plain(layout_text(results_pdf(tmp_path, demo_workshop, round_id)))
    assert "One ballot per organisation" in flat and f"{len(voted)} of" in flat
    for organisation in demo_workshop.organisations():
        assert not re.search(rf"(?<!\w){re.escape(plain(organisation.name))}(?!\w)", flat), organisation.name
    assert not re.search(r"Organisation \d", flat)
