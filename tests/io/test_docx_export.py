"""The charter as a Word document, read back with python-docx: its parts, tables, signature rows, right-to-left
paragraphs, fonts for every script, and no representative named when outputs are anonymised."""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn

from upr_desktop.domain.charter import PLAN_FIELDS, Endorsement, Level, Milestone
from upr_desktop.domain.errors import WorkshopError
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.io.docx_export import BLANK_ENDORSEMENT_ROWS, export_docx
from upr_desktop.io.wording import date_span_words, date_words, is_rtl

ARABIC = "نحن منظمات المجتمع المدني نعتمد هذا الميثاق."
HEBREW = "אנחנו ארגוני החברה האזרחית."


def read(path) -> docx.document.Document:
    return docx.Document(str(path))


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def xml_text(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml"))


def table_texts(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def find_table(document, first_cell: str):
    return next(t for t in document.tables if t.rows[0].cells[0].text == first_cell)


def test_the_charter_reads_in_order_with_its_parts_as_headings(demo_workshop, tmp_path):
    worked = next(s for s in demo_workshop.charter().sections if s.heading == "How we worked")
    demo_workshop.update_section(worked.id, body="Over [three] days we:\n\n1. voted.")  # template guidance
    charter = demo_workshop.charter()
    document = read(export_docx(demo_workshop, tmp_path / "charter.docx"))
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == charter.title
    assert paragraphs[1].text == "Riverside Conference Centre, Port Aldan, Demoland, 27–29 May 2025"
    assert paragraphs[2].text == "Organised by: " + ", ".join(charter.organisers)
    assert paragraphs[3].text == "DRAFT"
    assert document.sections[0].header.paragraphs[0].text == "DRAFT"

    assert headings(document, 1) == [
        charter.label("preamble"), *(s.heading for s in charter.sections), charter.label("priorities"),
        charter.label("action_points"), charter.label("monitoring"), charter.label("endorsements"),
        charter.label("annex"),
    ]
    levels = [lv.label for lv in Level if any(a.level == lv for a in charter.action_points)]
    assert headings(document, 2) == [f"{n}. {p.title}" for n, p in enumerate(charter.priorities, 1)] + levels
    bullets = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    assert all(a.text in bullets for a in charter.action_points)
    assert "Over [three] days we:" in [p.text for p in paragraphs]  # the template's guidance, brackets kept
    # A priority's facts line names the recommendations it cites by paragraph number.
    facts = paragraphs[[p.text for p in paragraphs].index(f"1. {charter.priorities[0].title}") + 1].text
    assert facts.startswith("Recommendations: 121.56") and "Level: National" in facts


def test_each_priority_has_its_plan_as_a_two_column_table(demo_workshop, tmp_path):
    charter = demo_workshop.charter()
    document = read(export_docx(demo_workshop, tmp_path / "charter.docx"))
    plans = [t for t in document.tables if t.rows[0].cells[0].text == charter.label(PLAN_FIELDS[0][0])]
    assert len(plans) == len(charter.priorities)
    first, priority = plans[0], charter.priorities[0]
    assert len(first.columns) == 2
    assert table_texts(first) == [[charter.label(key), getattr(priority, key)] for key, _ in PLAN_FIELDS] + [
        [charter.label("timeline"), "\n".join(f"{date_words(m.due)} — {m.description}" for m in priority.milestones)]]
    assert table_texts(first)[-1][1].startswith("March 2027 — Model law ready")
    label = first.rows[0].cells[0]
    assert label.paragraphs[0].runs[0].bold
    assert label._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "DCE6F2"


def test_endorsements_have_signature_rows_and_blank_rows_for_the_day(demo_workshop, tmp_path):
    charter = demo_workshop.charter()
    document = read(export_docx(demo_workshop, tmp_path / "charter.docx"))
    table = find_table(document, "Organisation")
    rows = table_texts(table)
    assert rows[0] == ["Organisation", "Representative", "Role", "Signature", "Date"]
    assert len(rows) == 1 + len(charter.endorsements) + BLANK_ENDORSEMENT_ROWS
    assert [r[0] for r in rows[1:1 + len(charter.endorsements)]] == [e.organisation for e in charter.endorsements]
    assert all(r[3] == "" for r in rows[1:])  # signed by hand
    assert rows[1][4] == "29 May 2025"
    assert rows[-BLANK_ENDORSEMENT_ROWS:] == [[""] * 5] * BLANK_ENDORSEMENT_ROWS
    assert all(row.height is not None and row.height.cm >= 1.2 for row in table.rows[1:])
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on each page


def test_the_annex_lists_every_recommendation_cited(demo_workshop, tmp_path):
    charter = demo_workshop.charter()
    cited = charter.cited_recommendation_ids()
    recs = demo_workshop.recommendations(cited)
    document = read(export_docx(demo_workshop, tmp_path / "charter.docx"))
    rows = table_texts(find_table(document, "No."))
    assert rows[0] == ["No.", "Recommendation", "State(s)", "Response"]
    assert rows[1:] == [[recs[i].reference, recs[i].text, ", ".join(recs[i].states),
                         recs[i].response.value.capitalize()] for i in cited]


def test_markdown_in_sections_becomes_word_formatting(demo_workshop, tmp_path):
    w = demo_workshop
    section_id, _ = w.add_section("Our method", "We **agreed** on *eight* priorities.\n\n1. review\n2. vote\n\n"
                                                "Then:\n\n1. draft\n2. adopt\n\n1\\. not a list, \\*not italic*")
    document = read(export_docx(w, tmp_path / "charter.docx"))
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Our method")
    agreed = document.paragraphs[start + 1]
    assert [(r.text, bool(r.bold), bool(r.italic)) for r in agreed.runs] == [
        ("We ", False, False), ("agreed", True, False), (" on ", False, False), ("eight", False, True),
        (" priorities.", False, False)]
    items = document.paragraphs[start + 2:start + 8]
    assert [(p.style.name, p.text) for p in items] == [
        ("List Number", "review"), ("List Number", "vote"), ("Normal", "Then:"), ("List Number", "draft"),
        ("List Number", "adopt"), ("Normal", "1. not a list, *not italic*")]
    lists = [p._p.pPr.numPr.numId.val for p in items if p.style.name == "List Number"]
    assert lists[0] == lists[1] and lists[2] == lists[3] and lists[0] != lists[2]  # each list starts at 1
    numbering = document.part.numbering_part.element
    for num_id in (lists[0], lists[2]):
        override = numbering.num_having_numId(num_id).find(qn("w:lvlOverride"))
        assert override.find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_right_to_left_paragraphs_are_flagged_for_word(demo_workshop, tmp_path):
    w = demo_workshop
    w.add_section("بيان", f"{ARABIC}\n\n{HEBREW}\n\nThe UPR (الاستعراض الدوري الشامل) in English.")
    w.add_endorsement(Endorsement(organisation="جمعية حقوق الإنسان"))
    document = read(export_docx(w, tmp_path / "charter.docx"))
    by_text = {p.text: p for p in document.paragraphs}

    def flagged(paragraph) -> bool:
        ppr = paragraph._p.pPr
        return ppr is not None and ppr.find(qn("w:bidi")) is not None

    for text in (ARABIC, HEBREW, "بيان"):
        paragraph = by_text[text]
        assert flagged(paragraph), text
        assert paragraph.runs and all(run.font.rtl for run in paragraph.runs)
    assert by_text["بيان"].style.name == "Heading 1"
    latin = by_text["The UPR (الاستعراض الدوري الشامل) in English."]
    assert not flagged(latin) and not any(run.font.rtl for run in latin.runs)
    assert not flagged(by_text[w.charter().title])
    cell = next(c for c in find_table(document, "Organisation").columns[0].cells if c.text == "جمعية حقوق الإنسان")
    assert flagged(cell.paragraphs[0])
    # w:bidi where the schema puts it (Word refuses a file otherwise): after the style, before the spacing.
    for paragraph in (by_text["بيان"], cell.paragraphs[0]):
        names = [child.tag for child in paragraph._p.pPr]
        bidi = names.index(qn("w:bidi"))
        assert all(names.index(qn(t)) < bidi for t in ("w:pStyle", "w:numPr") if qn(t) in names)
        assert all(names.index(qn(t)) > bidi for t in ("w:spacing", "w:ind", "w:jc") if qn(t) in names)
    assert qn("w:spacing") in [child.tag for child in cell.paragraphs[0]._p.pPr]


def test_fonts_cover_latin_east_asian_and_complex_scripts(demo_workshop, tmp_path):
    w = demo_workshop
    w.add_section("인권", "모든 사람을 위한 인권. 人权 and Права человека.")
    target = export_docx(w, tmp_path / "charter.docx")
    document = read(target)
    fonts = document.styles.element.find(qn("w:docDefaults")).find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/"
                                                                   f"{qn('w:rFonts')}")
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Calibri"
    assert fonts.get(qn("w:eastAsia")) == "Malgun Gothic"  # the charter's CJK text is Korean
    assert fonts.get(qn("w:cs")) == "Arial"
    styles_xml = document.styles.element.xml
    assert "asciiTheme" not in styles_xml and "cstheme" not in styles_xml  # theme fonts would override the names
    heading = document.styles["Heading 1"].element.rPr.rFonts
    assert heading.get(qn("w:eastAsia")) == "Malgun Gothic" and heading.get(qn("w:cs")) == "Arial"
    # A Chinese-only run in a Korean charter names its own East Asian font.
    w.add_section("结论", "中华人民共和国")
    han = next(p for p in read(export_docx(w, tmp_path / "again.docx")).paragraphs if p.text == "中华人民共和国")
    assert han.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "Microsoft YaHei"


def test_no_representative_is_named_when_outputs_are_anonymised(demo_workshop, tmp_path):
    w = demo_workshop
    first = w.charter().endorsements[0]
    w.update_endorsement(replace(first, representative="Amina Diallo", role="Coordinator"))
    named = export_docx(w, tmp_path / "named.docx")
    rows = table_texts(find_table(read(named), "Organisation"))
    assert rows[1][:3] == [first.organisation, "Amina Diallo", "Coordinator"]

    w.set_anonymise_outputs(True)
    anonymous = export_docx(w, tmp_path / "anonymous.docx")
    rows = table_texts(find_table(read(anonymous), "Organisation"))
    assert rows[1][0] == first.organisation and rows[1][1] == ""
    assert "Amina" not in xml_text(anonymous) and "Diallo" not in xml_text(anonymous)
    assert read(anonymous).core_properties.author == ""


def test_an_adopted_charter_says_so_and_is_not_marked_draft(demo_workshop, tmp_path):
    demo_workshop.adopt("2025-05-29", "Port Aldan")
    target = export_docx(demo_workshop, tmp_path / "charter.docx")
    document = read(target)
    assert document.paragraphs[3].text == "Adopted on 29 May 2025 at Port Aldan"
    assert "DRAFT" not in xml_text(target)

    demo_workshop.update_charter(preamble="A new preamble after the adoption.")
    changed = read(export_docx(demo_workshop, tmp_path / "changed.docx"))
    assert changed.paragraphs[3].text == "DRAFT: changed since its adoption on 29 May 2025 at Port Aldan"


def test_refusals_leave_nothing_behind(demo_unsorted, demo_workshop, tmp_path):
    with pytest.raises(WorkshopError, match="no charter yet"):
        export_docx(demo_unsorted, tmp_path / "charter.docx")
    with pytest.raises(WorkshopError, match=r"\.docx"):
        export_docx(demo_workshop, tmp_path / "charter.doc")
    assert list(tmp_path.glob("*charter*")) == []


def test_a_failed_write_leaves_the_existing_document_untouched(demo_workshop, tmp_path, monkeypatch):
    target = tmp_path / "charter.docx"
    target.write_bytes(b"yesterday's draft")
    with pytest.raises(WorkshopError, match="Choose another folder"):
        export_docx(demo_workshop, tmp_path / "gone" / "charter.docx")

    def read_only(*_args, **_kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "replace", read_only)
    with pytest.raises(WorkshopError, match="could not be written"):
        export_docx(demo_workshop, target)
    assert target.read_bytes() == b"yesterday's draft"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".charter")] == []


@pytest.mark.parametrize("start, end, shown", [
    ("2025-05-27", "2025-05-29", "27–29 May 2025"), ("2025-05-30", "2025-06-02", "30 May – 2 June 2025"),
    ("2025-12-30", "2026-01-02", "30 December 2025 – 2 January 2026"), ("2025-05-27", "", "27 May 2025"),
    ("2025-05", "2025-05", "May 2025"), ("", "", ""), ("spring", "2025", "spring – 2025"),
])
def test_dates_read_as_people_write_them(start, end, shown):
    assert date_span_words(start, end) == shown


@pytest.mark.parametrize("text, rtl", [(ARABIC, True), (HEBREW, True), ("  123 " + ARABIC, True),
                                       ("UPR " + ARABIC, False), ("", False), ("2025", False)])
def test_the_first_strong_character_decides_the_direction(text, rtl):
    assert is_rtl(text) is rtl


# --- plain text as typed, and characters Word refuses ---------------------------------------------------------

def plan_cells(document, charter) -> dict[str, object]:
    """The first priority's plan table: label -> the cell holding its text."""
    plan = next(t for t in document.tables if t.rows[0].cells[0].text == charter.label(PLAN_FIELDS[0][0]))
    return {row.cells[0].text: row.cells[1] for row in plan.rows}


def test_plain_fields_come_out_as_typed_a_paragraph_per_line(demo_workshop, tmp_path):
    """Titles, plan fields, milestones and action points are plain text boxes in the editor: no Markdown."""
    w = demo_workshop
    priority = w.charter().priorities[0]
    w.update_priority(priority.with_changes(
        title="Article 5 *and* 7", partners="Ministry of Justice\nOmbudsman's Office\nUNDP",
        indicators="# of trainers: 4", resources="C:\\data\\_reports_\\2025",
        government_action="- not a bullet\n1. not a list either",
        milestones=(Milestone("2027-03", "1. *Draft* ready"),)))
    w.add_action_point(Level.NATIONAL, "# 1 for us: **all** ministries")
    charter = w.charter()
    document = read(export_docx(w, tmp_path / "charter.docx"))

    assert "1. Article 5 *and* 7" in headings(document, 2)
    assert not any("trainers" in h for level in range(1, 10) for h in headings(document, level))
    cells = plan_cells(document, charter)
    assert [p.text for p in cells[charter.label("partners")].paragraphs] == [
        "Ministry of Justice", "Ombudsman's Office", "UNDP"]
    assert cells[charter.label("indicators")].text == "# of trainers: 4"
    assert cells[charter.label("resources")].text == "C:\\data\\_reports_\\2025"
    action = cells[charter.label("government_action")]
    assert [(p.style.name, p.text) for p in action.paragraphs] == [
        ("Normal", "- not a bullet"), ("Normal", "1. not a list either")]
    assert cells[charter.label("timeline")].text == "March 2027 — 1. *Draft* ready"
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "# 1 for us: **all** ministries" in bullets


def test_control_characters_from_imported_text_do_not_stop_the_export(demo_workshop, tmp_path):
    """A vertical tab is Word's line break (it comes in with CSVs copied out of Word); other C0 control
    characters cannot be held in a .docx at all."""
    w = demo_workshop
    rec_id, _ = w.add_recommendation(Recommendation(text="Ratify\x0c the Convention\vwithout delay",
                                                    reference="500.1", states=("Norway",)))
    priority = w.charter().priorities[0]
    w.update_priority(priority.with_changes(
        title="Protect\x1f defenders", partners="Ministry of Justice\vUNDP\x00",
        recommendation_ids=(*priority.recommendation_ids, rec_id),
        milestones=(Milestone("2027", "Model law\x07 ready"),)))
    w.update_charter(title="Outcome\x08 charter", preamble="First line\vsecond line\x01 of the preamble.")
    w.add_action_point(Level.REGIONAL, "Meet\x1b the regional body")
    w.add_endorsement(Endorsement(organisation="Free\x02 Press Demoland", role="Chair\x0bperson"))
    charter = w.charter()

    target = export_docx(w, tmp_path / "charter.docx")  # ValueError: All strings must be XML compatible
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", xml_text(target))
    document = read(target)
    assert document.core_properties.title == "Outcome charter"
    texts = [p.text for p in document.paragraphs]
    assert "First line\nsecond line of the preamble." in texts  # the vertical tab as a line break (w:br)
    assert "1. Protect defenders" in headings(document, 2)
    assert "Meet the regional body" in texts
    cells = plan_cells(document, charter)
    assert [p.text for p in cells[charter.label("partners")].paragraphs] == ["Ministry of Justice", "UNDP"]
    assert cells[charter.label("timeline")].text == "2027 — Model law ready"
    assert table_texts(find_table(document, "Organisation"))[-BLANK_ENDORSEMENT_ROWS - 1][:3] == [
        "Free Press Demoland", "", "Chair\nperson"]
    annex = table_texts(find_table(document, "No."))
    assert ["500.1", "Ratify the Convention\nwithout delay", "Norway", ""] in annex
