"""Paper ballots read back with poppler's tools: a sheet per voter, numbers, names only where allowed,
the method's instructions, candidates in any script, long rounds over several pages, the tally sheet."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from tests.io.pdf.script_samples import SCRIPT_SAMPLES
from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.rounds import VoterUnit
from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.io.pdf import DocumentKind, DocumentRequest, render_pdf, save_pdf
from upr_desktop.io.pdf.ballots import gather, instructions, render
from upr_desktop.store.queries import RecommendationFilter

SECRET_ROUND, OPEN_ROUND = 1, 2  # the demo: a closed secret dot round, a draft open approval round
SHEET = re.compile(r"Ballot (\d+) of (\d+)")
CONTINUED = re.compile(r"Ballot (\d+) \(continued\)")


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def plain(text: str) -> str:
    """pdftotext's words as typed: presentation forms back to letters, embedding marks dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.translate({c: None for c in range(0x202A, 0x202F)}).split())


def ballots_pdf(tmp_path, workshop, round_id, blank=0, paper="a4", name="ballots.pdf"):
    path = tmp_path / name
    save_pdf(render_pdf(workshop, DocumentRequest(DocumentKind.BALLOTS, round_id, paper=paper,
                                                  blank_ballots=blank)), path)
    return path


def pages_of(path, layout=True) -> list[str]:
    args = ["pdftotext", "-layout", str(path), "-"] if layout else ["pdftotext", str(path), "-"]
    return run(*args).split("\f")[:-1]


def page_count(path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(path)), re.MULTILINE).group(1))


def sheets_by_page(pages: list[str]) -> list[tuple[int, int] | None]:
    """Per page: (ballot number, of how many) where a sheet starts, None on any other page."""
    out = []
    for page in pages:
        found = SHEET.findall(page)
        assert len(set(found)) <= 1, "a page holds a single sheet's start"
        out.append((int(found[0][0]), int(found[0][1])) if found else None)
    return out


def rec_ids(workshop, n=None) -> list[int]:
    ids = workshop.filtered_ids(RecommendationFilter())
    return ids[:n] if n else ids


def every_name(workshop) -> set[str]:
    """Everything that could name a participant: name, alias, the name outputs use, and the organisation."""
    names = set()
    for p in workshop.participants():
        names |= {x for x in (p.name, p.alias, p.organisation) if x}
    return names


# ---------------------------------------------------------------------------------------------------------------
# Sheets and numbers


def test_secret_round_prints_one_sheet_per_participant_and_the_blank_ones(tmp_path, demo_workshop):
    eligible = len(demo_workshop.participants())
    path = ballots_pdf(tmp_path, demo_workshop, SECRET_ROUND, blank=3)
    pages = pages_of(path)
    starts = sheets_by_page(pages)
    total = eligible + 3
    assert [s for s in starts if s] == [(n, total) for n in range(1, total + 1)]
    # Twelve candidates fit one page: one page per sheet, then the tally sheet last.
    assert page_count(path) == total + 1
    assert all(starts[:total]) and starts[total] is None
    assert "Tally sheet" in pages[-1]
    for candidate in demo_workshop.round_candidates(SECRET_ROUND):
        assert candidate.label in pages[-1].split()


def test_a_secret_ballot_names_nobody(tmp_path, demo_workshop):
    path = ballots_pdf(tmp_path, demo_workshop, SECRET_ROUND, blank=2)
    text = plain(run("pdftotext", str(path), "-"))
    names = every_name(demo_workshop)
    assert len(names) > 40
    for name in names | set(demo_workshop.output_names().values()):
        assert not re.search(rf"(?<!\w){re.escape(plain(name))}(?!\w)", text), f"{name} on a secret ballot"
    # No participant numbers either: a number on a sheet would follow the sign-in list.
    assert not re.search(r"Participant \d", text)
    assert "Voter" not in text
    assert not any(name in run("pdfinfo", str(path)) for name in names)
    for page in pages_of(path)[:-1]:
        assert "Secret ballot: do not write your name" in plain(page)


def test_an_open_ballot_carries_the_name_outputs_may_use(tmp_path, demo_workshop):
    people = demo_workshop.participants()
    named = [p for p in people if p.name and p.consent_named]
    unnamed = [p for p in people if p.name and not p.consent_named]
    assert named and unnamed
    path = ballots_pdf(tmp_path, demo_workshop, OPEN_ROUND, blank=1)
    pages = [plain(page) for page in pages_of(path)]
    sheets = [page for page in pages if SHEET.search(page)]
    assert len(sheets) == len(people) + 1
    output = demo_workshop.output_names()
    for person in people:
        holding = [page for page in sheets if re.search(rf"VOTER {re.escape(output[person.id])} Open ballot", page)]
        assert len(holding) == 1, f"{output[person.id]} should have exactly one sheet"
    text = " ".join(pages)
    for person in unnamed:
        assert person.name not in text  # no consent: "Participant N" instead
        assert f"Participant {person.number}" in text
    # The blank sheet has a line to write a name on.
    assert "Write your name on the line" in sheets[-1]
    assert "Write your name" not in " ".join(sheets[:-1])


def test_an_anonymised_workshop_prints_numbers_not_names(tmp_path, demo_workshop):
    demo_workshop.set_anonymise_outputs(True)
    path = ballots_pdf(tmp_path, demo_workshop, OPEN_ROUND)
    text = plain(run("pdftotext", str(path), "-"))
    for person in demo_workshop.participants():
        if person.name:
            assert person.name not in text
        assert f"Participant {person.number} " in text + " "
    # In the order of their numbers, so the pile can be handed out down the sign-in sheet.
    numbers = [int(n) for n in re.findall(r"VOTER Participant (\d+)", text)]
    assert numbers == sorted(numbers) == [p.number for p in demo_workshop.participants()]


def test_one_ballot_per_organisation(tmp_path, demo_workshop):
    organisations = [o.name for o in demo_workshop.organisations() if o.participants]
    demo_workshop.update_round(OPEN_ROUND, voter_unit=VoterUnit.ORGANISATION)
    path = ballots_pdf(tmp_path, demo_workshop, OPEN_ROUND)
    sheets = [plain(page) for page in pages_of(path) if SHEET.search(page)]
    assert len(sheets) == len(organisations)
    for name in organisations:
        assert sum(f"ORGANISATION {plain(name)}" in page for page in sheets) == 1
    assert "agree on your marks together" in sheets[0]

    secret, _ = demo_workshop.create_round("By organisation, secret", RoundRules(Method.APPROVAL), rec_ids(
        demo_workshop, 4), secret=True, voter_unit=VoterUnit.ORGANISATION)
    text = plain(run("pdftotext", str(ballots_pdf(tmp_path, demo_workshop, secret, name="s.pdf")), "-"))
    assert f"Ballot {len(organisations)} of {len(organisations)}" in text
    for name in every_name(demo_workshop):
        assert plain(name) not in text


# ---------------------------------------------------------------------------------------------------------------
# What the voter is told, and what they mark


METHODS = [
    (RoundRules(Method.DOT, dots=5, max_per_candidate=3),
     ["You have 5 dots", "fill in one circle for each dot", "up to 3 dots on one recommendation",
      "no more than 5 dots in all"]),
    (RoundRules(Method.DOT, dots=12),
     ["You have 12 dots", "write in a recommendation's box how many dots", "several dots, or all of them"]),
    (RoundRules(Method.POINTS, max_per_candidate=40),
     ["You have 100 points to share out", "at most 40 points to one recommendation",
      "Total of your points (at most 100)"]),
    (RoundRules(Method.APPROVAL), ["Tick the box of every recommendation you support", "as many as you like"]),
    (RoundRules(Method.SCORE), ["one score from 0 (not a priority) to 5 (top priority)", "is not a 0",
                                "Your score (0–5)"]),
    (RoundRules(Method.BORDA), ["write 1 in the box of your first choice, 2 for your second choice",
                                "You may rank recommendations level: give them the same number",
                                "first choice gets 5 points", "ranked level share the points of their places",
                                "the same number twice means ranked level"]),
    (RoundRules(Method.SCHULZE), ["write 1 in the box of your first choice",
                                  "You may rank recommendations level: give them the same number",
                                  "counts as below every one you rank"]),
    (RoundRules(Method.MOSCOW), ["M = Must, S = Should, C = Could, W = Won't", "no view on it"]),
]


@pytest.mark.parametrize("rules, phrases", METHODS, ids=[f"{r.method.value}-{r.dots}" for r, _ in METHODS])
def test_each_method_is_explained_in_plain_words(tmp_path, demo_workshop, rules, phrases):
    round_id, _ = demo_workshop.create_round(f"{rules.method.label} round", rules, rec_ids(demo_workshop, 6),
                                             secret=True)
    pages = pages_of(ballots_pdf(tmp_path, demo_workshop, round_id), layout=False)
    first = plain(pages[0])
    assert f"How to vote: {rules.method.label}" in first
    for phrase in phrases:
        assert phrase in first, phrase
    for line in instructions(rules):
        assert plain(line) in first
    assert len([p for p in pages if SHEET.search(p)]) == len(demo_workshop.participants())


def test_dot_circles_follow_the_most_on_one_candidate(tmp_path, demo_workshop):
    """The marks are drawn, not written: count the circles in the page's drawing operators."""
    counts = {}
    for cap in (2, 3):
        round_id, _ = demo_workshop.create_round(f"Cap {cap}", RoundRules(Method.DOT, dots=4, max_per_candidate=cap),
                                                 rec_ids(demo_workshop, 5), secret=True)
        content = PdfReader(io.BytesIO(render(gather(demo_workshop, round_id)))).pages[0].get_contents()
        # reportlab draws a circle as four Bézier curves ("c"), then fills and strokes it ("B*").
        counts[cap] = len(re.findall(r"(?:(?:[-\d.]+ ){6}c\n){4}B\*", content.get_data().decode("latin-1")))
    assert counts[2] == 2 * 5 and counts[3] == 3 * 5


def test_candidates_come_back_in_every_script(tmp_path, demo_workshop):
    ids = []
    for n, text in enumerate(SCRIPT_SAMPLES.values(), start=1):
        rec_id, _ = demo_workshop.add_recommendation(Recommendation(text=text, reference=f"900.{n}",
                                                                    states=("Utopia",)))
        ids.append(rec_id)
    round_id, _ = demo_workshop.create_round("Every script", RoundRules(Method.APPROVAL), ids, secret=True)
    path = ballots_pdf(tmp_path, demo_workshop, round_id)
    first = plain(pages_of(path, layout=False)[0])
    for n, text in enumerate(SCRIPT_SAMPLES.values(), start=1):
        assert f"900.{n}" in first
        assert plain(text) in first, text
    fonts = run("pdffonts", str(path)).splitlines()[2:]
    assert len(fonts) >= 6  # Latin, Cyrillic in Noto Sans, Hangul and Han, Armenian, Georgian, Arabic
    for line in fonts:
        assert line.split()[-5] == "yes", f"not embedded: {line}"
        assert "Helvetica" not in line


def test_every_font_is_embedded(tmp_path, demo_workshop):
    for round_id in (SECRET_ROUND, OPEN_ROUND):
        lines = run("pdffonts", str(ballots_pdf(tmp_path, demo_workshop, round_id, blank=1))).splitlines()[2:]
        assert lines
        for line in lines:
            assert line.split()[-5] == "yes", f"not embedded: {line}"


# ---------------------------------------------------------------------------------------------------------------
# Long rounds, paper, and mistakes


def test_forty_candidates_continue_on_numbered_pages(tmp_path, demo_workshop):
    round_id, _ = demo_workshop.create_round("Long list", RoundRules(Method.DOT, dots=12), rec_ids(demo_workshop, 40),
                                             secret=True)
    labels = [c.label for c in demo_workshop.round_candidates(round_id)]
    assert len(labels) == 40
    path = ballots_pdf(tmp_path, demo_workshop, round_id, blank=1)
    pages = [plain(page) for page in pages_of(path)]
    total = len(demo_workshop.participants()) + 1
    sheets: dict[int, list[str]] = {}
    current = None
    for page in pages:
        start, more = SHEET.search(page), CONTINUED.search(page)
        if start:
            current = int(start.group(1))
            assert start.group(2) == str(total)
            assert not more
        elif more:
            assert int(more.group(1)) == current, "a continued page follows its own sheet"
            assert "Secret ballot: do not write your name" in page
        else:
            assert "Tally sheet" in page or "Ref." in page  # the tally sheet, at the end
            current = None
            continue
        sheets.setdefault(current, []).append(page)
    assert sorted(sheets) == list(range(1, total + 1))
    for number, sheet_pages in sheets.items():
        assert len(sheet_pages) > 1
        for page in sheet_pages[:-1]:
            assert f"Ballot {number} continues on the next page" in page
        assert "continues on the next page" not in sheet_pages[-1]
        words = " ".join(sheet_pages).split()
        assert [w for w in words if w in labels] == labels, "every candidate once, in the round's order"
    assert len({len(p) for p in sheets.values()}) == 1  # every sheet as long as the others
    text = " ".join(pages)
    for name in every_name(demo_workshop) | set(demo_workshop.output_names().values()):
        assert not re.search(rf"(?<!\w){re.escape(plain(name))}(?!\w)", text), f"{name} on a secret ballot"


def test_letter_paper(tmp_path, demo_workshop):
    path = ballots_pdf(tmp_path, demo_workshop, SECRET_ROUND, paper="letter")
    assert "612 x 792 pts (letter)" in run("pdfinfo", str(path))
    assert [s for s in sheets_by_page(pages_of(path)) if s][-1] == (40, 40)


def test_blank_ballots_only_when_nobody_is_registered(tmp_path):
    from tests.ops.voting_setup import make_workshop, rec_ids as setup_recs

    workshop = make_workshop(tmp_path / "empty.uprw", participants=0)
    try:
        round_id, _ = workshop.create_round("Before sign-in", RoundRules(Method.APPROVAL), setup_recs(workshop))
        with pytest.raises(ValidationError, match="nobody to print a ballot for"):
            gather(workshop, round_id)
        with pytest.raises(ValidationError, match="whole number"):
            gather(workshop, round_id, blank=-1)
        path = tmp_path / "blank.pdf"
        save_pdf(render(gather(workshop, round_id, blank=4)), path)
        sheets = [plain(p) for p in pages_of(path) if SHEET.search(p)]
        assert len(sheets) == 4
        assert all("Write your name on the line" in sheet for sheet in sheets)
    finally:
        workshop.close()


def long_text(sentences: int) -> str:
    return " ".join(f"Sentence {n} of a recommendation that asks the State to make its national human rights "
                    "institution independent." for n in range(sentences))


def test_a_recommendation_too_long_for_a_ballot_is_shortened_with_a_note(tmp_path, demo_workshop):
    """A candidate's row never splits (its marks stay beside its words): a text longer than a good part of the
    page is shortened, and the sheet says the handout holds it whole. Ballots used to fail from ~4,200
    characters ("Flowable too large")."""
    text = long_text(60)
    assert len(text) > 6000
    long_id, _ = demo_workshop.add_recommendation(Recommendation(text=text, reference="900.1", states=("Utopia",)))
    word_id, _ = demo_workshop.add_recommendation(Recommendation(text="Adopt " + "x" * 300 + " now",
                                                                 reference="900.2", states=("Utopia",)))
    ids = [long_id, word_id, *rec_ids(demo_workshop, 3)]
    for rules in (RoundRules(Method.SCORE), RoundRules(Method.APPROVAL)):
        round_id, _ = demo_workshop.create_round(f"Long texts, {rules.method.value}", rules, ids, secret=True)
        labels = [c.label for c in demo_workshop.round_candidates(round_id)]
        path = ballots_pdf(tmp_path, demo_workshop, round_id, name=f"{rules.method.value}.pdf")
        pages = [plain(page) for page in pages_of(path)]
        starts = sheets_by_page(pages_of(path))
        total = len(demo_workshop.participants())
        assert [s for s in starts if s] == [(n, total) for n in range(1, total + 1)]
        first = " ".join(pages[:starts.index((2, total))])  # the first sheet, over however many pages
        assert "Sentence 0 of a recommendation" in first
        assert "Sentence 59" not in first
        assert first.count("Shortened to fit the ballot: the full text is in the recommendation handout.") == 1
        assert [w for w in first.split() if w in labels] == labels, "every candidate once, in order"
        assert "Tally sheet" in pages[-1] and "900.1" in pages[-1]


def test_an_anonymised_workshop_numbers_the_organisations(tmp_path, demo_workshop):
    """An organisation of one person names that person: with outputs anonymised, no organisation is named."""
    organisations = [o.name for o in demo_workshop.organisations() if o.participants]
    assert len(organisations) > 3
    demo_workshop.set_anonymise_outputs(True)
    demo_workshop.update_round(OPEN_ROUND, voter_unit=VoterUnit.ORGANISATION)
    path = ballots_pdf(tmp_path, demo_workshop, OPEN_ROUND, blank=1)
    text = plain(run("pdftotext", str(path), "-"))
    for name in organisations:
        assert not re.search(rf"(?<!\w){re.escape(plain(name))}(?!\w)", text), f"{name} on an anonymised ballot"
    numbers = [int(n) for n in re.findall(r"ORGANISATION Organisation (\d+)", text)]
    assert numbers == list(range(1, len(organisations) + 1))
    assert "Write the name of your organisation on the line" in text  # the blank sheet
    assert not any(name in run("pdfinfo", str(path)) for name in organisations)
