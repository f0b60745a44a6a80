"""Charter templates are data in resources/: they load, and a broken one says which file and which line."""

from __future__ import annotations

import pytest

from upr_desktop.domain.charter import DEFAULT_LABELS, Level
from upr_desktop.domain.errors import WorkshopError
from upr_desktop.io.charter_templates import list_templates, load_template, template_names

SHIPPED = {"mongolia-2015", "kenya-outcomes", "action-plan-by-level"}


def test_the_three_templates_load():
    templates = {t.name: t for t in list_templates()}
    assert set(templates) == SHIPPED
    for t in templates.values():
        assert t.title and t.description and t.preamble.strip() and t.monitoring.strip()
        assert set(t.labels) <= set(DEFAULT_LABELS)
        assert all(level in {lv.value for lv in Level} and text for level, text in t.action_points)
        assert "[" in t.preamble  # guidance for the facilitator to replace
        assert load_template(t.name) == t


def test_each_template_has_its_own_shape():
    kenya = load_template("kenya-outcomes")
    assert kenya.labels["government_action"] == "Key expectation"
    assert kenya.labels["indicators"] == "Indicators" and kenya.labels["partners"] == "Other actors"
    assert "joint progress report" in kenya.monitoring.lower()

    by_level = load_template("action-plan-by-level")
    levels = {level for level, _ in by_level.action_points}
    assert levels == {"national", "regional", "international"}
    assert "national, regional and international level" in by_level.preamble

    mongolia = load_template("Mongolia-2015.toml")  # case and suffix forgiven
    assert mongolia.labels["priorities"] == "Agreed priorities"
    assert [heading for heading, _ in mongolia.sections] == ["Our experience of the UPR", "How we worked"]
    assert "Describe the review" in mongolia.preamble


def test_a_broken_template_names_the_file_and_the_line(tmp_path):
    (tmp_path / "good.toml").write_text('title = "Good"\npreamble = "Hello"\n', encoding="utf-8")
    (tmp_path / "broken.toml").write_text('title = "Broken"\npreamble = "ok"\nmonitoring "no equals sign"\n',
                                          encoding="utf-8")
    with pytest.raises(WorkshopError) as caught:
        load_template("broken", tmp_path)
    message = caught.value.message
    assert "broken.toml" in message and "line 3" in message
    assert "Traceback" not in message and "TOMLDecodeError" not in message

    with pytest.raises(WorkshopError, match="broken.toml.*line 3"):
        list_templates(tmp_path)
    problems: list[str] = []
    assert [t.name for t in list_templates(tmp_path, problems=problems)] == ["good"]
    assert len(problems) == 1 and "broken.toml" in problems[0]


def test_a_template_with_wrong_content_says_what(tmp_path):
    (tmp_path / "odd.toml").write_text(
        'title = "Odd"\n[labels]\npriorites = "Typo"\n[[action_points]]\nlevel = "local"\ntext = "Do it"\n'
        'monitoring = "belongs to the action point"\n', encoding="utf-8")
    with pytest.raises(WorkshopError) as caught:
        load_template("odd", tmp_path)
    message = caught.value.message
    assert "odd.toml" in message
    assert "priorites" in message and "local" in message and "monitoring" in message


def test_an_unknown_template_is_refused_with_the_list():
    with pytest.raises(WorkshopError) as caught:
        load_template("ukraine-2030")
    message = caught.value.message
    assert "ukraine-2030" in message
    for name in SHIPPED:
        assert name in message
    assert template_names() == sorted(SHIPPED)
