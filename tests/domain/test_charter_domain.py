"""The charter's pure parts: snapshots, the text a comparison reads, word differences."""

from upr_desktop.domain.charter import (
    Charter, CharterSection, Milestone, Priority, diff_summary, from_snapshot, plain_text, to_snapshot, unmarked,
    validate_for_adoption, word_diff,
)


def test_a_snapshot_round_trips_through_json():
    import json
    charter = Charter(title="T", organisers=("A", "B"), priorities=(
        Priority(title="P", recommendation_ids=(3, 4), milestones=(Milestone("2027-01", "x"),)),))
    assert from_snapshot(json.loads(json.dumps(to_snapshot(charter)))) == charter


def test_comparisons_read_words_not_markup():
    assert unmarked("### Heading\n\n- **bold** item\n1. *it* and \\[guide\\]") == "Heading\n\nbold item\nit and [guide]"  # blank lines kept
    assert unmarked("snake_case_name and 3 * 4") == "snake_case_name and 3 * 4"
    text = plain_text(Charter(title="T", preamble="## Context\n- **We** met", sections=(CharterSection(heading="H", body="*x*"),)))
    assert "##" not in text and "**" not in text and "We met" in text


def test_word_diff_marks_added_and_removed_words_and_keeps_spacing():
    pieces = word_diff("the quick brown fox", "the slow brown fox jumps")
    assert "".join(p.text for p in pieces if p.kind != "removed") == "the slow brown fox jumps"
    assert "".join(p.text for p in pieces if p.kind != "added") == "the quick brown fox"
    assert diff_summary(pieces) == (2, 1)


def test_adoption_needs_a_title_and_priorities():
    problems = validate_for_adoption(Charter())
    assert len(problems) == 2 and "no priorities" in " ".join(problems).replace("has none", "no priorities")
    assert validate_for_adoption(Charter(title="T", priorities=(Priority(title="P"),))) == []
