"""The workshop's document language from the command line: new, set and info --json, refusals in one line."""

from __future__ import annotations

import json

from upr_desktop.ops import Workshop

from .cli_helpers import digest, run


def test_new_set_and_info_round_trip(capsys, tmp_path):
    path = tmp_path / "w.uprw"
    code, out, err = run(capsys, "new", path, "--title", "Atelier", "--document-language", "fr")
    assert code == 0, err
    code, out, _ = run(capsys, "info", path, "--json")
    assert code == 0 and json.loads(out)["document_language"] == "fr"
    for lang in ("ar", "zh", "ru", "es", "en"):
        code, out, err = run(capsys, "set", path, "--document-language", lang)
        assert code == 0, err
        assert json.loads(run(capsys, "info", path, "--json")[1])["document_language"] == lang
    code, out, _ = run(capsys, "info", path)
    assert "Documents in: English" in out


def test_a_bad_language_is_refused_in_one_line_and_changes_nothing(capsys, tmp_path):
    path = tmp_path / "w.uprw"
    run(capsys, "new", path, "--title", "T", "--document-language", "ru")
    before = digest(path)
    code, out, err = run(capsys, "set", path, "--document-language", "de")
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "ar, en, es, fr, ru, zh" in err
    assert digest(path) == before
    code, _, err = run(capsys, "new", tmp_path / "x.uprw", "--title", "T", "--document-language", "klingon")
    assert code == 1 and err.strip().count("\n") == 0
    assert not (tmp_path / "x.uprw").exists()


def test_a_workshop_from_before_reads_english(capsys, tmp_path, tamper):
    path = tmp_path / "old.uprw"
    run(capsys, "new", path, "--title", "Old", "--document-language", "zh")
    tamper.sql(path, "DELETE FROM meta WHERE key = 'document_language';")  # as a file made before the setting
    with Workshop.open(path, read_only=True) as workshop:
        assert workshop.document_language() == "en"
        assert workshop.info().document_language == "en"
    assert json.loads(run(capsys, "info", path, "--json")[1])["document_language"] == "en"


def test_the_change_is_undone_like_any_other(tmp_path):
    from upr_desktop.domain.workshop import WorkshopInfo

    with Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="T")) as workshop:
        assert workshop.document_language() == "en"
        change = workshop.set_document_language("ar")
        assert workshop.documents().rtl
        change.undo()
        assert workshop.document_language() == "en"
        change.redo()
        assert workshop.document_language() == "ar"
