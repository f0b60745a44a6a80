import pytest

from upr_desktop.domain.recommendation import (
    Recommendation, Response, cycle_for_session, normalise_response, normalise_sdg, sdg_label,
    split_multi, split_paragraph_number, validate_recommendation,
)


@pytest.mark.parametrize("word, expected", [
    ("Accepted", Response.SUPPORTED), ("Supported", Response.SUPPORTED), (" supported. ", Response.SUPPORTED),
    ("Supported/Accepted", Response.SUPPORTED), ("Supported (partially)", Response.SUPPORTED),
    ("Noted", Response.NOTED), ("Not accepted", Response.NOTED), ("Rejected", Response.NOTED),
    ("Pending", Response.PENDING), ("", Response.UNKNOWN), (None, Response.UNKNOWN), ("nan", Response.UNKNOWN),
    ("Maybe later", Response.UNKNOWN),
])
def test_responses_are_normalised(word, expected):
    assert normalise_response(word) is expected


def test_split_multi_handles_uhri_cells_and_uprinfo_commas():
    assert split_multi("- Women & girls\n- Children\n- Women & girls") == ["Women & girls", "Children"]
    assert split_multi("Rights of the Child,Women's rights", commas=True) == ["Rights of the Child", "Women's rights"]
    # a comma followed by a space is part of an issue name, not a separator
    assert split_multi("Economic, social and cultural rights,Justice", commas=True) == [
        "Economic, social and cultural rights", "Justice"]
    assert split_multi("a; b | c") == ["a", "b", "c"]
    assert split_multi(None) == [] and split_multi("nan") == []


@pytest.mark.parametrize("text, ref, rest", [
    ("140.7 Ratify the Optional Protocol", "140.7", "Ratify the Optional Protocol"),
    ("140.7. Ratify", "140.7", "Ratify"),
    ("Para 97.12: Adopt a law", "97.12", "Adopt a law"),
    ("Ratify the 1961 Convention", None, "Ratify the 1961 Convention"),
    ("2023 was a year", None, "2023 was a year"),
])
def test_paragraph_number_recovered_from_text(text, ref, rest):
    assert split_paragraph_number(text) == (ref, rest)


def test_cycles_and_sdgs():
    assert [cycle_for_session(s) for s in (1, 12, 13, 26, 27, 40, 41, 54)] == [1, 1, 2, 2, 3, 3, 4, 4]
    assert cycle_for_session(None) is None
    assert normalise_sdg("- 5 - GENDER EQUALITY") == "5"
    assert normalise_sdg("Climate action") == "13"
    assert normalise_sdg("SDG 99") is None
    assert sdg_label("16") == "SDG 16 · Peace, justice and strong institutions"


def test_fingerprint_ignores_case_spacing_and_state_order():
    a = Recommendation(text="Ratify the  Convention.", country="Kenya", states=("France", "Chile"))
    b = Recommendation(text="ratify the convention", country="kenya", states=("Chile", "France"))
    c = Recommendation(text="ratify the convention", country="kenya", states=("Chile",))
    assert a.fingerprint() == b.fingerprint() != c.fingerprint()


def test_validation_names_the_problem():
    assert validate_recommendation(Recommendation(text="  ")) == ["The recommendation has no text."]
    assert validate_recommendation(Recommendation(text="x", action_category=9))


@pytest.mark.parametrize("word, expected", [
    # French, Spanish, Russian and Arabic, as UN documents in those languages word them.
    ("A pris note", Response.NOTED), ("a pris note.", Response.NOTED), ("Appuyée", Response.SUPPORTED),
    ("Acceptée", Response.SUPPORTED), ("Tomada nota", Response.NOTED), ("Aceptada", Response.SUPPORTED),
    ("Apoyada", Response.SUPPORTED), ("Поддержана", Response.SUPPORTED), ("Принята к сведению", Response.NOTED),
    ("Принята к сведению (частично)", Response.NOTED), ("مؤيدة", Response.SUPPORTED),
    ("أحيط علماً", Response.NOTED), ("أحيط علما", Response.NOTED),
    # The words of the first cycles.
    ("support", Response.SUPPORTED), ("consider", Response.PENDING), ("Pending", Response.PENDING),
    ("will examine", Response.PENDING), ("Will examine and respond in due time", Response.PENDING),
    # A one-letter code counts only on its own.
    ("A", Response.SUPPORTED), ("A (see para 5)", Response.SUPPORTED), ("Au revoir", Response.UNKNOWN),
])
def test_responses_in_the_un_languages_and_early_cycles(word, expected):
    assert normalise_response(word) is expected


def test_a_voluntary_pledge_is_no_response():
    from upr_desktop.domain.recommendation import is_voluntary_pledge

    assert is_voluntary_pledge("Voluntary Pledge") and is_voluntary_pledge("voluntary pledge.")
    assert not is_voluntary_pledge("Accepted") and not is_voluntary_pledge(None)
    assert normalise_response("Voluntary Pledge") is Response.UNKNOWN
