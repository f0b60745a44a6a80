"""The demo charter printed in each of the six document languages, read back with poppler's tools: the
headings, the signature page and "Page X of Y" come out in the workshop's document language (not the
interface's), and an Arabic charter's title page lines up on the right."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from html import unescape

import pytest

from tests.io.document_lookup import STRINGS, installed, translation
from upr_desktop.io.pdf import DocumentKind, DocumentRequest, render_pdf, save_pdf
from upr_desktop.io.pdf.layout import MARGIN
from upr_desktop.text import LANGUAGES

CHARTER = DocumentRequest(DocumentKind.CHARTER)


def plain(text: str) -> str:
    """pdftotext's words as typed: Arabic presentation forms back to letters, bidi marks dropped."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.translate({c: None for c in range(0x202A, 0x202F)}).split())


def letters(text: str) -> str:
    """Arabic without its vowel marks (their order after shaping and extraction varies)."""
    return "".join(c for c in plain(text) if not unicodedata.category(c).startswith("M"))


def printed(tmp_path, workshop, lang: str) -> tuple:
    workshop.set_document_language(lang)
    path = tmp_path / f"charter-{lang}.pdf"
    save_pdf(render_pdf(workshop, CHARTER), path)
    pages = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")[:-1]
    return path, pages


def words(lang: str, source: str) -> str:
    return plain(translation(lang, source))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_demo_charter_prints_in_each_document_language(tmp_path, demo_workshop, lang):
    with installed():
        _, pages = printed(tmp_path, demo_workshop, lang)
    total = len(pages)
    text = plain("\n".join(pages))
    page_one = translation(lang, "Page {page} of {pages}").format(page=1, pages=total)
    expected = [translation(lang, s) for s in ("Preamble", "Annex: recommendations cited", "Organisation",
                                                "Representative", "Signature", "Recommending State(s)",
                                                "Draft — not yet adopted")]
    for wanted in [page_one, *expected]:
        if lang == "ar":  # pdftotext gives right-to-left words in display order: look for each word
            # pdftotext gives a word with vowel marks (المقدِّمة) in pieces: check the words without them
            clean = [w for w in plain(wanted).split() if letters(w) == w]
            assert clean and all(w.strip(":.،—()") in text for w in clean), wanted
        else:
            assert plain(wanted) in text, (lang, wanted)
    if lang != "en":  # the English headings are gone
        for english in ("Preamble", "Annex: recommendations cited", "Representative", "Page 1 of"):
            assert english not in text, (lang, english)
    # the response words in the annex are the UN's words in that language
    assert plain(translation(lang, "Supported")) in text or lang == "ar"


def test_the_interface_language_is_not_the_document_language(tmp_path, demo_workshop):
    """A Russian-speaking facilitator prints a French charter."""
    from upr_desktop.text import interface_language, translate

    with installed(interface_language="ru"):
        assert interface_language() == "ru"
        assert translate("Charter document", "Preamble") == "Преамбула"
        _, pages = printed(tmp_path, demo_workshop, "fr")
    text = plain("\n".join(pages))
    assert "Préambule" in text and f"Page 1 sur {len(pages)}" in text
    assert "Преамбула" not in text and "Страница" not in text


def _lines(path, page: int = 1) -> list[tuple[float, float, str]]:
    """(left, right, text) of each line on a page, from pdftotext -bbox-layout."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    out = []
    for line in re.finditer(r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</line>',
                            xml, re.S):
        text = " ".join(unescape(w) for w in re.findall(r">([^<]*)</word>", line.group(3)))
        out.append((float(line.group(1)), float(line.group(2)), text))
    return out


def test_the_arabic_title_page_and_headings_line_up_on_the_right(tmp_path, demo_workshop):
    from reportlab.lib.pagesizes import A4

    with installed():
        path, pages = printed(tmp_path, demo_workshop, "ar")
    right_margin = A4[0] - MARGIN
    lines = _lines(path, 1)
    # the footer's "Page 1 of N" sits on the left in a right-to-left document: the rest is the title page
    assert any(right < A4[0] / 3 for _, right, _ in lines)
    body = [line for line in lines if line[1] > A4[0] / 2]
    # every line of the title page (kicker, title, place, dates, organisers, status box) ends at the right
    # margin (within the frame's padding and the status box's), and they start at different places
    assert len(body) >= 10
    assert all(abs(right - right_margin) < 20 for _, right, _ in body), [(round(r), t) for _, r, t in body]
    assert max(left for left, _, _ in body) - min(left for left, _, _ in body) > 100
    # the title itself (three lines of the demo's English title) is set against the right margin
    title_lines = [line for line in body if "Outcome" in line[2] or "organisations" in line[2]]
    assert title_lines and all(abs(r - right_margin) < 20 for _, r, _ in title_lines)
    # the Arabic kicker reads right to left: its first word (logical order) is rightmost
    kicker = next(line for line in body if "Demoland" in line[2] and any("\u0600" <= c <= "\u06ff"
                                                                        for c in plain(line[2])))
    # (-bbox gives glyphs left to right: the rightmost word, read backwards, is the first one)
    visual = plain(kicker[2]).split()
    # (a lam-alef ligature comes back as one glyph: compare the letters, and the word's first letters' end)
    assert sorted(visual[-1]) == sorted("الاستعراض") and visual[-1].startswith("ضار")  # its last letter leftmost
    assert visual[0] == "Demoland"
    # a body page: the translated heading of the preamble sits against the right margin
    for n in range(2, len(pages) + 1):
        found = [line for line in _lines(path, n) if plain("الديباجة")[::-1] in plain(line[2])]
        if found:
            assert abs(found[0][1] - right_margin) < 20
            break
    else:
        pytest.fail("the Arabic preamble heading was not found")


def test_the_chinese_charter_uses_the_cjk_font_and_no_missing_glyph(tmp_path, demo_workshop):
    with installed():
        path, pages = printed(tmp_path, demo_workshop, "zh")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYiMicroHei" in fonts
    text = "\n".join(pages)
    assert "\u25a1" not in text  # no white square where a glyph was missing
    assert "年" in text and "序言" in text


def test_every_test_translation_has_all_five_languages():
    assert all(len(row) == 5 and all(row) for row in STRINGS.values())


@pytest.mark.parametrize("kind, round_needed, words", [
    (DocumentKind.HANDOUT, False, ("Recommandée par", "Soutenue")),
    (DocumentKind.BALLOTS, True, ()),
    (DocumentKind.RESULTS, True, ()),
    (DocumentKind.MIDTERM, False, ()),
])
def test_every_printed_document_numbers_its_pages_in_the_document_language(tmp_path, demo_workshop, kind,
                                                                          round_needed, words):
    demo_workshop.set_document_language("fr")
    round_id = demo_workshop.voting_rounds()[0].id if round_needed else None
    with installed(interface_language="ru"):
        path = tmp_path / f"{kind.value}.pdf"
        save_pdf(render_pdf(demo_workshop, DocumentRequest(kind, round_id)), path)
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")[:-1]
    text = plain("\n".join(pages))
    assert f"Page 1 sur {len(pages)}" in text and f"Page 1 of" not in text
    for word in words:
        assert word in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_demo_charter_prints_in_each_language_from_the_committed_catalogues(tmp_path, demo_workshop, lang):
    """The same, through the app's own lookup and the translators' .qm files (not the test's stand-ins)."""
    from upr_desktop import i18n, text

    i18n.apply("en")  # the interface stays English: only the workshop's document language changes
    try:
        path, pages = printed(tmp_path, demo_workshop, lang)
        doc = text.Documents(lang)
        headings = [doc.translate("Charter document", s) for s in ("Preamble", "Annex: recommendations cited")]
        page_one = doc.translate("Document pages", "Page {page} of {pages}").format(page=1, pages=len(pages))
        supported = doc.translate("Responses", "Supported", "the State's response")
    finally:
        text.install(None, "en")
    body = plain("\n".join(pages))
    if lang != "en":
        assert headings[0] != "Preamble" and supported != "Supported"  # the catalogue holds this language
    for wanted in [page_one, *headings]:
        if lang == "ar":  # pdftotext gives right-to-left words in display order: look for each word
            clean = [w for w in plain(wanted).split() if letters(w) == w]
            assert clean and all(w.strip(":.،—()") in body for w in clean), wanted
        else:
            assert plain(wanted) in body, (lang, wanted)
    if lang not in ("en", "ar"):
        assert plain(supported) in body  # the annex's response words are the UN's words in that language
    if lang == "ar":  # the title page lines up on the right, as pdftoppm shows it
        from reportlab.lib.pagesizes import A4

        right_margin = A4[0] - MARGIN
        body_lines = [line for line in _lines(path, 1) if line[1] > A4[0] / 2]
        assert len(body_lines) >= 8 and all(abs(right - right_margin) < 20 for _, right, _ in body_lines)
