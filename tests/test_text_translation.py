"""Sentences built below the interface go through text.translate, whole and with plural forms.

The fake lookup wraps every sentence in «…»: a message that comes out without them was built beside the
translation mechanism, and would stay English in every language.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from upr_desktop import text
from upr_desktop.domain.errors import ImportRejected, ValidationError, WorkshopFromNewerVersion
from upr_desktop.domain.voting import Method, RoundRules, normalise_ballot, tally, tie_statements
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.io.importers import read_source
from upr_desktop.ops import Workshop
from upr_desktop.store import schema

ROOT = Path(__file__).resolve().parents[1]
LUPDATE = Path("/work/main/.venv/bin/pyside6-lupdate")


@pytest.fixture
def wrapped():
    """Every sentence «wrapped», as a translation into a language of marks would be."""
    calls = []

    def lookup(lang, context, source, disambiguation, n):
        calls.append((lang, context, source, n))
        filled = source.replace("%n", str(n)) if n >= 0 else source
        return f"«{filled}»"

    text.install(lookup, "fr")
    try:
        yield calls
    finally:
        text.install(None, "en")


# --- English without a catalogue ----------------------------------------------------------------------

@pytest.mark.parametrize("n, expected", [(0, "0 ballots cast"), (1, "1 ballot cast"), (2, "2 ballots cast"),
                                         (21, "21 ballots cast")])
def test_english_plural_fallback_reads_the_s_convention(n, expected):
    assert text.translate("Voting", "%n ballot(s) cast", None, n) == expected


def test_english_fallback_leaves_a_sentence_without_a_count_alone():
    assert text.translate("Voting", "Dots (s) stay as written.") == "Dots (s) stay as written."
    assert text.english_plural("3 note(s)", 3) == "3 notes"
    assert text.english_plural("1 note(s)", 1) == "1 note"


def test_an_untranslated_plural_from_the_lookup_still_reads_as_english():
    text.install(lambda lang, context, source, disambiguation, n: source.replace("%n", str(n)), "ru")
    try:
        assert text.translate("Voting", "%n ballot(s) cast", None, 1) == "1 ballot cast"
        assert text.translate("Voting", "%n ballot(s) cast", None, 5) == "5 ballots cast"
    finally:
        text.install(None, "en")


def test_a_context_object_translates_in_its_own_context(wrapped):
    assert text.Context("Voting").tr("%n dot(s)", None, 3) == "«3 dot(s)»"
    assert wrapped[-1] == ("fr", "Voting", "%n dot(s)", 3)


# --- sentences people read go through the lookup -----------------------------------------------------

def test_tie_statement_goes_through_translate(wrapped):
    rules = RoundRules(Method.APPROVAL)
    ballots = [normalise_ballot(rules, [1, 2, 3], votes) for votes in ([1, 2], [1, 2], [3])]
    counted = tally(rules, [1, 2, 3], ballots)
    statements = tie_statements(counted, {1: "121.1", 2: "121.2", 3: "121.3"})
    assert statements, "a two-way tie for first place makes a statement"
    sentence = statements[0].sentence
    # The names, the place and the count are each translated too, then set into the sentence.
    assert sentence.startswith("««121.1 and 121.2» are tied for «1st» place with «2 approval(s)» each.")
    assert sentence.endswith("»")
    assert ("fr", "Voting", "%n approval(s)", 2) in wrapped  # a count, through Qt's plural forms


def test_voting_rule_description_goes_through_translate(wrapped):
    described = RoundRules(Method.DOT, dots=5, max_per_candidate=2).describe()
    assert described == "«{method}: 5 dot(s) each, at most 2 on one candidate.»".replace("{method}", "«Dot voting»")
    assert RoundRules(Method.SCHULZE).describe().startswith("««Ranked (Schulze)»: rank as many candidates")


def test_ballot_error_goes_through_translate(wrapped):
    with pytest.raises(ValidationError) as caught:
        normalise_ballot(RoundRules(Method.BORDA), [1, 2], [1, 1], {1: "121.1", 2: "121.2"})
    assert caught.value.message == "«121.1 is ranked twice. Rank each candidate once at most.»"


def test_import_error_for_a_real_malformed_file_goes_through_translate(wrapped, tmp_path):
    broken = tmp_path / "uhri export.json"
    broken.write_text('[{"Text": "Ratify the Convention", "Country": ', encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        read_source(broken)
    message = caught.value.message
    assert message.startswith("«“uhri export.json” is not valid JSON (line 1, column ")
    assert message.endswith("and import that.»")


def test_empty_import_file_is_refused_through_translate(wrapped, tmp_path):
    empty = tmp_path / "recommendations.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportRejected) as caught:
        read_source(empty)
    assert caught.value.message.startswith("«“recommendations.csv” is empty (0 bytes)")


def test_store_error_for_a_newer_file_goes_through_translate(wrapped, tmp_path):
    path = tmp_path / "w.uprw"
    Workshop.create(path, WorkshopInfo(title="Test workshop", country="Kenya", cycle=4)).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                 (schema.MIGRATION_SET, "m999_from_the_future", "2031-01-01"))
    conn.commit()
    conn.close()
    with pytest.raises(WorkshopFromNewerVersion) as caught:
        Workshop.open(path)
    assert caught.value.message.startswith("«“w.uprw” was saved by a newer version of UPR Desktop")
    assert caught.value.message.endswith("The file has not been changed.»")


def test_command_line_error_goes_through_translate(wrapped, tmp_path, capsys, monkeypatch):
    import importlib

    cli = importlib.import_module("upr_desktop.cli.main")
    from upr_desktop.cli.main import main

    monkeypatch.setattr(cli, "use_language", lambda lang: "en")  # keep the wrapping lookup, not the catalogues

    missing = tmp_path / "nowhere.uprw"
    assert main(["info", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"upr-desktop: «There is no file at “{missing}”.»"
    assert main(["tally-everything"]) == 2
    err = capsys.readouterr().err
    assert "upr-desktop: «there is no command or file called “tally-everything”»." in err
    assert "«The commands are: " in err


# --- what the catalogue holds ----------------------------------------------------------------------------

# Short entries that are whole on purpose: a bold/italic button, a paper size, example dates, a column heading
# for a row number, a title-and-date pattern.
INTENTIONAL = {"B", "I", "A4", "#", "2025-03-12", "2025-03-14", "“%1” · %2", " min"}  # " min": a spin box's suffix


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    if not LUPDATE.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    tool = str(LUPDATE) if LUPDATE.exists() else shutil.which("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "upr_desktop").rglob("*.py"))
    target = tmp_path_factory.mktemp("lupdate") / "check.ts"
    subprocess.run([tool, *sources, "-ts", str(target), "-no-obsolete", "-locations", "absolute"], cwd=ROOT,
                   check=True, capture_output=True)
    messages = []
    for context in ET.parse(target).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            location = message.find("location")
            where = ""
            if location is not None:
                where = f"{Path(location.get('filename')).resolve().relative_to(ROOT)}:{location.get('line')}"
            messages.append((name, message.findtext("source") or "", message.get("numerus") == "yes", where))
    assert len(messages) > 1500, "lupdate found the sentences"
    return messages


def test_no_catalogue_entry_is_a_fragment(catalogue):
    fragments = []
    for context, source, _, where in catalogue:
        if source in INTENTIONAL:
            continue
        letters = len(re.findall(r"[^\W\d_]", source))
        if source != source.strip() or letters < 2:
            fragments.append((context, source, where))
    assert not fragments, f"pieces of sentences, to be joined in code: {fragments}"


def test_every_sentence_has_the_context_qt_looks_it_up_in(catalogue):
    # A bare tr("…") outside a class lands in the empty context, where Qt never looks.
    lost = [(source, where) for context, source, _, where in catalogue
            if not context]
    assert not lost, f"sentences in the empty context: {lost}"


def test_every_count_is_a_plural_form(catalogue):
    # lupdate marks a plural only for tr(…, n) or a Context's .tr; scripts/i18n.py update marks the rest
    # (Documents(lang).translate(…, n)) in the committed catalogues, which are what translators fill.
    import xml.etree.ElementTree as ET

    from upr_desktop.paths import RESOURCES

    for lang in ("ru", "ar"):
        committed = ET.parse(RESOURCES / "i18n" / f"upr_desktop_{lang}.ts").getroot()
        flat = [m.findtext("source") for m in committed.iter("message")
                if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"]
        assert not flat, f"{lang}: sentences with %n that translators cannot give plural forms: {flat}"
        sources = {m.findtext("source") for m in committed.iter("message")}
        missing = [source for _, source, _, _ in catalogue if "%n" in source and source not in sources]
        assert not missing, f"{lang}: run `python scripts/i18n.py update`: {missing}"
    plurals = {source for _, source, numerus, _ in catalogue if numerus}
    assert any("%n ballot(s) put {higher} higher" in source for source in plurals)
    assert "Read %n recommendation(s) from {file}." in plurals


def test_the_english_plural_sources_are_listed(catalogue):
    """The numerus sources, for the English catalogue's plural forms: each reads by the "(s)" rule."""
    for _, source, numerus, _ in catalogue:
        if numerus and "(s)" in source:
            one, many = text.english_plural(source, 1), text.english_plural(source, 2)
            assert "(s)" not in one + many and one != many
    json.dumps(sorted({s for _, s, numerus, _ in catalogue if numerus}))  # the list the report hands over
