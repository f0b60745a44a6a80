"""The three charter templates in the six UN languages: the same structure as the English, the UN's terms
from the glossary, and the document language choosing which are offered."""

from __future__ import annotations

import csv
import re

import pytest

from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.io.charter_templates import list_templates, load_template, template_names, templates_folder
from upr_desktop.ops import Workshop
from upr_desktop.paths import resource

OTHER = ("fr", "es", "ru", "ar", "zh")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def glossary() -> dict[str, dict[str, str]]:
    with open(resource("i18n", "glossary.csv"), encoding="utf-8") as handle:
        return {row["term_id"]: row for row in csv.DictReader(handle)}


def everything(t) -> str:
    return "\n".join([t.title, t.description, t.charter_title, t.preamble, t.monitoring,
                      *(h + "\n" + b for h, b in t.sections), *(text for _, text in t.action_points),
                      *t.labels.values()])


@pytest.mark.parametrize("lang", OTHER)
def test_every_template_exists_in_the_language_with_the_english_structure(lang):
    assert sorted(p.stem for p in (templates_folder() / lang).glob("*.toml")) == template_names()
    for name in template_names():
        english, translated = load_template(name), load_template(name, language=lang)
        assert translated is not english and translated.title != english.title
        assert translated.name == name
        assert set(translated.labels) == set(english.labels)
        assert len(translated.sections) == len(english.sections)
        assert [level for level, _ in translated.action_points] == [level for level, _ in english.action_points]
        for part in ("preamble", "monitoring", "charter_title"):  # the same placeholders get filled in
            assert set(PLACEHOLDER.findall(getattr(translated, part))) == \
                set(PLACEHOLDER.findall(getattr(english, part))), (name, part)
        # guidance stays marked as guidance: as many [bracketed] notes as the English has, or more
        assert everything(translated).count("[") >= everything(english).count("[") - 2
        assert not re.search(r"\b(the|and|with|organisations)\b", everything(translated)) or lang in ("fr", "es")


@pytest.mark.parametrize("lang", OTHER)
def test_the_templates_use_the_un_terms_of_the_glossary(lang):
    terms = glossary()
    texts = {name: everything(load_template(name, language=lang)).casefold() for name in template_names()}
    all_text = "\n".join(texts.values())
    for term in ("upr", "hrc", "midterm_report", "civil_society", "nhri", "charter"):
        word = terms[term][lang].casefold()
        if term == "charter" and lang == "zh":
            word = "宪章"
        if lang == "ru":  # Russian declines the term ("Совету по правам человека"): its words' stems, in order
            pattern = r"\s+".join(re.escape(w[:-2] if len(w) > 4 else w) + r"\w*" for w in word.split())
            assert re.search(pattern, all_text), (lang, term, word)
        else:
            assert word in all_text, (lang, term, word)
    # the Mongolia-style charter names the mechanism in full in its title
    assert terms["upr"][lang].casefold()[:10] in texts["mongolia-2015"]


def test_the_document_language_chooses_the_templates(tmp_path):
    path = tmp_path / "w.uprw"
    info = WorkshopInfo(title="Atelier", country="Demoland", venue="Port Aldan", start_date="2026-05-27",
                        end_date="2026-05-29", document_language="fr")
    with Workshop.create(path, info) as workshop:
        templates = list_templates(language=workshop.document_language())
        assert {t.title for t in templates} >= {"Charte des résultats des organisations de la société civile"}
        workshop.start_charter(load_template("mongolia-2015", language=workshop.document_language()))
        charter = workshop.charter()
        assert charter.title.startswith("Charte des résultats") and "Demoland" in charter.title
        assert "Nous, organisations de la société civile réunies à Port Aldan" in charter.preamble
        assert charter.labels["priorities"] == "Priorités retenues"


def test_a_language_without_a_translation_falls_back_to_english(tmp_path):
    (tmp_path / "only.toml").write_text('title = "Only in English"\n', encoding="utf-8")
    (tmp_path / "fr").mkdir()
    assert [t.title for t in list_templates(tmp_path, language="fr")] == ["Only in English"]
    assert load_template("only", tmp_path, language="ar").title == "Only in English"
