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


def test_placeholders_left_from_a_template_are_found_and_their_part_named():
    from upr_desktop.domain.charter import (
        Charter, CharterSection, Priority, describe_placeholders, placeholder_parts, placeholders)

    charter = Charter(
        title="Outcome charter", preamble="We met in Port Aldan.\n\n[Describe the review in two sentences.]",
        sections=(CharterSection(heading="How we worked", body="Over [three] days we chose [by vote / by consensus]."),
                  CharterSection(heading="Links", body="See [the report](https://example.org), note [1], done [x] [ ]")),
        priorities=(Priority(title="Protect defenders", partners="[organisation]"),),
        monitoring="Every three months.",
    )
    found = placeholders(charter)
    assert [(p.part, p.text) for p in found] == [
        ("Preamble", "[Describe the review in two sentences.]"),
        ("How we worked", "[three]"), ("How we worked", "[by vote / by consensus]"),
        ("Priorities 1: Protect defenders (Partners)", "[organisation]"),
    ]
    assert placeholder_parts(found) == ["Preamble", "How we worked", "Priorities 1: Protect defenders (Partners)"]
    sentence = describe_placeholders(found)
    assert "Preamble ([Describe the review in two sentences.])" in sentence and "How we worked ([three])" in sentence
    assert placeholders(Charter(title="Done", preamble="We met.", monitoring="Quarterly.")) == []
