"""Word and Excel exports in the workshop's document language: headings, column titles, the footer's page
line, response and level words; Arabic paragraphs and tables laid out right to left in Word."""

from __future__ import annotations

import docx
import openpyxl
from docx.oxml.ns import qn

from tests.io.document_lookup import installed
from upr_desktop.io.docx_export import export_docx
from upr_desktop.io.matrix_export import export_matrix


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_the_charter_in_word_carries_french_headings_and_words(demo_workshop, tmp_path):
    demo_workshop.set_document_language("fr")
    with installed(interface_language="ru"):
        path = export_docx(demo_workshop, tmp_path / "charte.docx")
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Préambule" in headings and "Annexe : recommandations citées" in headings
    assert "Preamble" not in headings
    tables = [[c.text for c in t.rows[0].cells] for t in document.tables]
    assert ["Organisation", "Représentant(e)", "Fonction", "Signature", "Date"] in tables
    footer = document.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Page ") and " sur " in footer.text
    instructions = [f.get(qn("w:instr")) for f in footer._p.iter(qn("w:fldSimple"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "PROJET" in document.sections[0].header.paragraphs[0].text
    assert any(c.text in ("Soutenue", "Prise en note") for t in document.tables for row in t.rows for c in row.cells)


def test_an_arabic_charter_in_word_runs_right_to_left(demo_workshop, tmp_path):
    demo_workshop.set_document_language("ar")
    with installed():
        path = export_docx(demo_workshop, tmp_path / "charter-ar.docx")
    document = docx.Document(str(path))
    preamble = next(p for p in document.paragraphs if p.text == "الديباجة")
    assert preamble._p.pPr.find(qn("w:bidi")) is not None
    assert all(run.font.rtl for run in preamble.runs)
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in document.tables)
    lang = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(
        qn("w:lang"))
    assert lang.get(qn("w:bidi")) == "ar-SA"
    footer = document.sections[0].footer.paragraphs[0]
    assert "الصفحة" in footer.text and footer._p.pPr.find(qn("w:bidi")) is not None


def test_a_chinese_charter_in_word_sets_the_east_asian_font(demo_workshop, tmp_path):
    demo_workshop.set_document_language("zh")
    with installed():
        path = export_docx(demo_workshop, tmp_path / "charter-zh.docx")
    document = docx.Document(str(path))
    assert "序言" in texts(document)
    fonts = document.styles.element.find(qn("w:docDefaults")).iter(qn("w:rFonts"))
    assert any(f.get(qn("w:eastAsia")) == "Microsoft YaHei" for f in fonts)


def test_the_implementation_matrix_has_russian_column_titles(demo_workshop, tmp_path):
    demo_workshop.set_document_language("ru")
    with installed():
        path = export_matrix(demo_workshop, tmp_path / "matrix.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert "Уровень" in header and "Ответ" in header and "Рекомендующее государство" in header
    values = {c.value for row in sheet.iter_rows(min_row=2) for c in row}
    assert "Национальный" in values and ("Поддержана" in values or "Принята к сведению" in values)
    assert "Level" not in header
