"""The translation catalogues: the committed .qm files are what the committed .ts files compile to, and every
finished translation keeps its placeholders and uses the UN's terms from resources/i18n/glossary.csv."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.ui.i18n.walk import I18N, LANGUAGES, Message, placeholders, read_ts

REPO = Path(__file__).resolve().parents[2]
GLOSSARY = I18N / "glossary.csv"

# Terms too common in ordinary sentences to demand the UN rendering wherever the English word appears ("the
# session is pending", "a round of applause"): the app's own vocabulary, checked by the reviewers instead.
GENERIC = {"pending", "cycle", "session", "implementation", "follow_up", "stakeholder", "indicator", "timeline",
           "workshop", "facilitator", "participant", "cluster", "theme", "vote", "ballot", "round", "tie",
           "priority", "signature", "evidence", "testimony", "passphrase", "encrypted", "charter", "upr_short"}
# The response words are terms only as the capitalised labels ("Supported"), not as verbs ("is not supported").
CASE_SENSITIVE = {"supported", "noted", "partially_supported"}


def _release(ts: Path, qm: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_committed_qm_loads_and_is_what_lrelease_makes_of_the_committed_ts(lang, tmp_path):
    committed = I18N / f"upr_desktop_{lang}.qm"
    assert committed.is_file(), f"{committed.name} is missing: run `python scripts/i18n.py release` and commit it"
    translator = QTranslator()
    assert translator.load(str(committed)), f"{committed.name} does not load"
    fresh = tmp_path / committed.name
    _release(I18N / f"upr_desktop_{lang}.ts", fresh)
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale: run `python scripts/i18n.py release` and commit the .qm files")


def _finished(lang: str):
    return [m for m in read_ts(I18N / f"upr_desktop_{lang}.ts") if m.finished]


def placeholder_problems(lang: str, finished) -> list[str]:
    wrong = []
    for message in finished:
        wanted = placeholders(message.source)
        for form, translation in enumerate(message.translations):
            got = placeholders(translation)
            if message.numerus and lang == "ar" and form < 3:
                # Arabic's zero, one and two forms may spell the number out: %n is optional there.
                got, expected = [p for p in got if p != "%n"], [p for p in wanted if p != "%n"]
            else:
                expected = wanted
            if got != expected:
                wrong.append(f"[{message.context}] {message.source!r} -> {translation!r}: "
                             f"placeholders {expected} became {got}")
    return wrong


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_translation_keeps_its_placeholders_and_tags(lang):
    finished = _finished(lang)
    if not finished:
        pytest.skip(f"no finished translation in upr_desktop_{lang}.ts yet")
    wrong = placeholder_problems(lang, finished)
    assert not wrong, f"{len(wrong)} translations in {lang} lose or add placeholders:\n" + "\n".join(wrong)


def _glossary() -> list[dict]:
    with GLOSSARY.open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["term_id"] not in GENERIC]


def _stem(word: str) -> str:
    """The start of a word that its inflections share: "recommandation(s)", "توصية/توصيات", "рекомендац-ии"."""
    if any("\u0600" <= c <= "\u06ff" for c in word):
        # Arabic: without the article and the vowel marks, the first three letters carry the root, which the
        # broken plurals keep: "الدولة" / "الدول", "توصية" / "توصيات".
        word = _ARABIC_MARKS.sub("", word)
        word = word[2:] if word.startswith("ال") and len(word) > 4 else word
        return word[:3]
    return word if len(word) <= 4 else word[:min(5, len(word) - 1)]


_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670]")


def _english_pattern(row: dict) -> re.Pattern:
    term = re.escape(row["en"]).replace(r"\ ", r"\s+")
    flags = 0 if row["term_id"] in CASE_SENSITIVE else re.IGNORECASE
    return re.compile(rf"\b{term}(?:s|es)?\b", flags)


def test_the_glossary_has_every_language_for_every_term():
    with GLOSSARY.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 30
    empty = [f"{row['term_id']}: {lang}" for row in rows for lang in LANGUAGES if not row.get(lang, "").strip()]
    assert not empty, "glossary cells left empty:\n" + "\n".join(empty)


def glossary_problems(lang: str, finished) -> tuple[int, list[str]]:
    """(messages with a glossary term, those whose translation lacks the glossary's rendering)."""
    offending, checked = [], 0
    for row in _glossary():
        pattern = _english_pattern(row)
        rendering = row[lang].strip()
        stems = [_stem(word.casefold()) for word in re.split(r"[\s'’\-]+", rendering) if len(word) > 2 or
                 lang == "zh"]
        for message in finished:
            if not pattern.search(message.source):
                continue
            checked += 1
            for translation in message.translations:
                folded = _ARABIC_MARKS.sub("", translation.casefold())
                missing = [s for s in stems if s not in folded]
                if missing:
                    offending.append(f"{row['term_id']} ({rendering}): [{message.context}] {message.source!r} -> "
                                     f"{translation!r} lacks {missing}")
                    break
    return checked, offending


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_translations_use_the_un_terms_of_the_glossary(lang):
    finished = _finished(lang)
    if not finished:
        pytest.skip(f"no finished translation in upr_desktop_{lang}.ts yet")
    checked, offending = glossary_problems(lang, finished)
    if not checked:
        pytest.skip(f"no finished {lang} translation has a glossary term yet")
    assert not offending, (f"{len(offending)} {lang} translations do not use the glossary's rendering:\n"
                           + "\n".join(offending))


def test_the_checks_catch_a_lost_placeholder_and_a_term_not_as_the_un_writes_it():
    good = Message("Voting", "{name} is a recommending State.", False, ("{name} est un État auteur de "
                                                                       "recommandations.",), True)
    lost = Message("Voting", "{name} and {other} are level.", False, ("{name} et {autre} sont à égalité.",), True)
    tag = Message("Review", "<b>%1</b> noted", False, ("%1 prise en note",), True)
    plural = Message("Voting", "%n ballot(s) cast", True, ("un bulletin", "%n bulletins"), True)
    assert [p.split(":")[0] for p in placeholder_problems("fr", [good, lost, tag, plural])] == [
        "[Voting] '{name} and {other} are level.' -> '{name} et {autre} sont à égalité.'",
        "[Review] '<b>%1</b> noted' -> '%1 prise en note'",
        "[Voting] '%n ballot(s) cast' -> 'un bulletin'"]
    arabic = Message("Voting", "%n ballot(s) cast", True, ("لا بطاقة", "بطاقة واحدة", "بطاقتان", "%n بطاقات",
                                                           "%n بطاقة", "%n بطاقة"), True)
    assert placeholder_problems("ar", [arabic]) == []
    off_term = Message("Review", "Supported by the State under review", False,
                       ("Soutenue par le pays examiné",), True)
    checked, offending = glossary_problems("fr", [good, off_term])
    assert checked == 3  # "recommending State"; "Supported" and "State under review" in the second
    assert [line.split(" (")[0] for line in offending] == ["state_under_review"]  # "pays examiné", not "État"
