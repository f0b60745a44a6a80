"""The outcome charter as a Word document (.docx), for organisers who finish it in Word. No Qt.

The document follows the charter's parts in reading order: title, place and dates, organisers, its state
(DRAFT, or "Adopted on ... at ..."), preamble, sections, the priorities each with its implementation plan
as a two-column table, action points by level, monitoring, the endorsements table with blank rows for
organisations that join on the day, and the annex of the recommendations cited.

Text in any script: Latin runs use Calibri (installed with Word everywhere), East Asian runs a CJK font
Word ships (w:eastAsia), Arabic and Hebrew runs Arial (w:cs); a paragraph whose first strong character is
right-to-left is marked bidi and its runs rtl, so Word lays it out right to left.

Only the preamble, the sections' bodies and monitoring are light Markdown (the charter editor's rich text
fields). Everything else (titles, headings, the plan fields, milestones, action points, names) is plain text
as typed: "# of trainers" or "C:\\data\\_reports_" come out as they were written, each line on a line of its own.

Privacy: when the workshop anonymises its outputs, no representative's name is printed.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from pathlib import Path

from ..domain.charter import PLAN_FIELDS, Charter, CharterStatus, ImplementationStatus, Level
from ..domain.errors import WorkshopError
from .atomic import atomic_write
from .markdown_blocks import Block, Run, parse_blocks
from .spreadsheet import clean_text
from .wording import (
    adoption_text,
    answer_word,
    charter_label,
    date_span_words,
    date_words,
    implementation_word,
    is_rtl,
    level_word,
    moment_words,
)

LATIN_FONT = "Calibri"
COMPLEX_SCRIPT_FONT = "Arial"  # has Arabic and Hebrew glyphs on Windows and macOS
HANGUL_FONT = "Malgun Gothic"
KANA_FONT = "Yu Gothic"
HAN_FONT = "Microsoft YaHei"
BLANK_ENDORSEMENT_ROWS = 5

# What follows w:bidi in a paragraph's properties (ECMA-376 CT_PPrBase), so it goes in before them.
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
               "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
               "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")



def _east_asian_font(text: str) -> str | None:
    """The CJK font Word ships for the script in the text: Korean, Japanese, else Chinese; None without CJK."""
    han = False
    for ch in text:
        code = ord(ch)
        if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            return HANGUL_FONT
        if 0x3040 <= code <= 0x30FF:
            return KANA_FONT
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
            han = True
    return HAN_FONT if han else None


# --- the export ---------------------------------------------------------------------------------------------

def export_docx(workshop, path: str | os.PathLike, *, generated: datetime | None = None) -> Path:
    """Write the working charter to path as .docx, whole or not at all."""
    target = Path(path)
    if target.suffix.lower() != ".docx":
        shown = target.suffix or "no ending"
        raise WorkshopError(f"The charter is saved as a Word document ending in .docx, not “{shown}”. "
                            "Choose a name ending in .docx.")
    if not workshop.has_charter():
        raise WorkshopError("This workshop has no charter yet. Start one on the Charter page (or with "
                            "upr-desktop charter FILE --from-template NAME), then save it as a Word document.")
    writer = _CharterDocument(workshop, generated or datetime.now().astimezone())
    document = writer.build()
    with atomic_write(target, "wb") as out:
        document.save(out)
    return target


class _CharterDocument:
    def __init__(self, workshop, generated: datetime):
        import docx

        self.workshop = workshop
        self.charter: Charter = workshop.charter_for_output()
        self.info = workshop.info()
        self.anonymise = workshop.anonymise_outputs()
        self.generated = generated
        self.doc = workshop.documents()  # the workshop's document language: headings, labels, dates, words
        cited = self.charter.cited_recommendation_ids()
        self.recommendations = workshop.recommendations(cited) if cited else {}
        self.document = docx.Document()
        self._numbered: dict[int, int] = {}  # list level -> the Word list (numId) being continued

    # --- building ---------------------------------------------------------------------------------------
    def build(self):
        self._set_up()
        charter = self.charter
        self._title()
        if charter.preamble.strip():
            self._heading(self._label("preamble"), 1)
            self._blocks(self.document, charter.preamble)
        for section in charter.sections:
            if section.heading.strip():
                self._heading(section.heading, 1)
            self._blocks(self.document, section.body)
        self._priorities()
        self._action_points()
        if charter.monitoring.strip():
            self._heading(self._label("monitoring"), 1)
            self._blocks(self.document, charter.monitoring)
        self._endorsements()
        self._annex()
        return self.document

    def _label(self, key: str) -> str:
        return charter_label(self.charter, key, self.doc)

    def _set_up(self) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt

        document = self.document
        section = document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4, as printed where these workshops are
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2))
        self.east_asian = _east_asian_font(self._all_text()) or HAN_FONT  # a Chinese document: Chinese headings
        # Explicit font names everywhere: a theme font would override them, so theme references go.
        for fonts in document.styles.element.iter(qn("w:rFonts")):
            for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(theme), None)
            fonts.set(qn("w:ascii"), LATIN_FONT)
            fonts.set(qn("w:hAnsi"), LATIN_FONT)
            fonts.set(qn("w:eastAsia"), self.east_asian)
            fonts.set(qn("w:cs"), COMPLEX_SCRIPT_FONT)
        normal = document.styles["Normal"]
        normal.font.size = Pt(11)
        self._languages()
        properties = document.core_properties
        properties.title = clean_text(self.charter.title or self.doc.translate("Charter document", "Outcome charter"))
        properties.subject = "UPR outcome charter"
        properties.author = properties.last_modified_by = ""  # never a person's name
        moment = self.generated.astimezone(timezone.utc).replace(tzinfo=None)
        properties.created = properties.modified = moment
        properties.comments = f"Generated by UPR Desktop on {moment_words(self.generated)}"
        self._page_header_and_footer()

    def _languages(self) -> None:
        """Word's proofing and font choice follow the document language (w:lang on the default run)."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        tags = {"ar": "ar-SA", "en": "en-GB", "es": "es-ES", "fr": "fr-FR", "ru": "ru-RU", "zh": "zh-CN"}
        defaults = self.document.styles.element.find(qn("w:docDefaults"))
        run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
        properties = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None
        if properties is None:
            return
        lang = properties.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            properties.append(lang)
        tag = tags[self.doc.lang]
        lang.set(qn("w:val"), tag if self.doc.lang not in ("ar", "zh") else "en-GB")
        lang.set(qn("w:eastAsia"), "zh-CN")
        lang.set(qn("w:bidi"), "ar-SA")

    def _all_text(self) -> str:
        c = self.charter
        parts = [c.title, c.place, c.preamble, c.monitoring, *c.organisers]
        parts += [s.heading + s.body for s in c.sections]
        parts += [p.title + "".join(getattr(p, key) for key, _ in PLAN_FIELDS) for p in c.priorities]
        parts += [a.text for a in c.action_points] + [e.organisation for e in c.endorsements]
        parts += [r.text for r in self.recommendations.values()]
        parts.append(self.doc.translate("Charter document", "Preamble"))  # the headings' language counts too
        return "\n".join(parts)

    def _page_header_and_footer(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt, RGBColor

        section = self.document.sections[0]
        if self.charter.status != CharterStatus.ADOPTED:
            header = section.header.paragraphs[0]
            header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = header.add_run(self.doc.translate("Charter document", "DRAFT"))
            run.bold = True
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0xA0, 0x30, 0x30)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        # The whole sentence in the document's language, Word's PAGE and NUMPAGES fields where it names them.
        sentence = self.doc.translate("Document pages", "Page {page} of {pages}")
        for piece in re.split(r"(\{page\}|\{pages\})", sentence):
            if piece in ("{page}", "{pages}"):
                field = OxmlElement("w:fldSimple")
                field.set(qn("w:instr"), "PAGE" if piece == "{page}" else "NUMPAGES")
                number = OxmlElement("w:r")
                text = OxmlElement("w:t")
                text.text = "1"
                number.append(text)
                field.append(number)
                footer._p.append(field)
            elif piece:
                run = footer.add_run(piece)
                run.font.size = Pt(9)
                if self.doc.rtl:
                    run.font.rtl = True
        if self.doc.rtl:
            self._bidi(footer)

    # --- the parts --------------------------------------------------------------------------------------
    def _title(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt, RGBColor

        c, info = self.charter, self.info
        doc = self.doc
        title = self._paragraph(self.document, [Run(c.title or doc.translate("Charter document", "Outcome charter"))],
                                style="Title")
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER if not is_rtl(c.title) else None
        place = c.place or info.venue
        when = date_span_words(c.start_date or info.start_date, c.end_date or info.end_date, doc)
        line = ", ".join(filter(None, (place, when)))
        if line:
            self._paragraph(self.document, [Run(line)])
        organisers = c.organisers or info.organisers
        if organisers:
            sentence = doc.translate("Word export", "Organised by: {organisers}")
            label, _, rest = sentence.partition("{organisers}")
            self._paragraph(self.document, [Run(label, bold=True), Run(", ".join(organisers)), Run(rest)])
        state = adoption_text(self.workshop, c, draft_word=doc.translate("Charter document", "DRAFT"), doc=doc)
        paragraph = self._paragraph(self.document, [Run(state, bold=True)])
        if c.status != CharterStatus.ADOPTED:
            for run in paragraph.runs:
                run.font.color.rgb = RGBColor(0xA0, 0x30, 0x30)
                run.font.size = Pt(12)

    def _priorities(self) -> None:
        c = self.charter
        if not c.priorities:
            return
        doc = self.doc
        self._heading(self._label("priorities"), 1)
        clusters = {cl.id: cl.name for cl in self.workshop.clusters()} if any(
            p.cluster_id is not None for p in c.priorities) else {}
        for n, priority in enumerate(c.priorities, start=1):
            title = priority.title or doc.translate("Word export", "Untitled priority")
            self._heading(doc.translate("Word export", "{number}. {title}").format(number=n, title=title), 2)
            facts = []
            cited = [self._reference(r) for r in priority.recommendation_ids]
            if cited:
                facts.append((doc.translate("Charter document", "Recommendations"), ", ".join(cited)))
            if priority.cluster_id in clusters:
                facts.append((doc.translate("Word export", "Cluster"), clusters[priority.cluster_id]))
            facts.append((doc.translate("Charter document", "Level"), level_word(priority.level, doc)))
            if priority.status != ImplementationStatus.NOT_STARTED:
                facts.append((doc.translate("Charter document", "Implementation status"),
                              implementation_word(priority.status, doc)))
            runs: list[Run] = []
            for label, value in facts:
                head = doc.translate("Word export", "{label}:", "a label before its value").format(label=label)
                runs += ([Run("   ·   ")] if runs else []) + [Run(head + " ", bold=True), Run(value)]
            self._paragraph(self.document, runs)
            rows = [(self._label(key), getattr(priority, key)) for key, _ in PLAN_FIELDS]
            table = self._table(2, widths_cm=(4.5, 12.5))
            for label, text in rows:
                cells = table.add_row().cells
                self._label_cell(cells[0], label)
                self._lines(cells[1], text)  # plain text (the editor's plain text boxes), a paragraph per line
            cells = table.add_row().cells
            self._label_cell(cells[0], self._label("timeline"))
            for m in priority.milestones:
                line = " — ".join(filter(None, (date_words(m.due, doc), m.description.strip())))
                self._paragraph(cells[1], [Run(line)])
            self._tidy_cells(table)

    def _action_points(self) -> None:
        c = self.charter
        if not c.action_points:
            return
        self._heading(self._label("action_points"), 1)
        for level in Level:
            points = [a for a in c.action_points if a.level == level]
            if not points:
                continue
            self._heading(level_word(level, self.doc), 2)
            for point in points:
                if point.text.strip():
                    self._paragraph(self.document, [Run(point.text.strip())], style="List Bullet")

    def _endorsements(self) -> None:
        from docx.shared import Cm

        c = self.charter
        doc = self.doc
        self._heading(self._label("endorsements"), 1)
        columns = (doc.translate("Signature page", "Organisation"), doc.translate("Signature page", "Representative"),
                   doc.translate("Signature page", "Role"), doc.translate("Signature page", "Signature"),
                   doc.translate("Signature page", "Date"))
        table = self._table(len(columns), widths_cm=(5.0, 3.8, 2.7, 3.5, 2.0), header=columns)
        entries = [(e.organisation, e.representative, e.role, "",
                    date_words(e.date, doc)) for e in c.endorsements]
        entries += [("", "", "", "", "")] * BLANK_ENDORSEMENT_ROWS  # for organisations joining on the day
        for entry in entries:
            row = table.add_row()
            row.height = Cm(1.3)  # room to sign
            for cell, value in zip(row.cells, entry):
                if value:
                    self._paragraph(cell, [Run(value)])
        self._tidy_cells(table)

    def _annex(self) -> None:
        c = self.charter
        cited = c.cited_recommendation_ids()
        if not cited:
            return
        doc = self.doc
        self._heading(self._label("annex"), 1)
        table = self._table(4, widths_cm=(1.8, 10.2, 3.0, 2.0),
                            header=(doc.translate("Charter annex", "No."), doc.translate("Charter annex", "Recommendation"),
                                    doc.translate("Charter annex", "State(s)"),
                                    doc.translate("Charter annex", "Response")))
        for rec_id in cited:
            rec = self.recommendations.get(rec_id)
            cells = table.add_row().cells
            values = (self._reference(rec_id),
                      rec.text if rec else doc.translate("Word export", "(this recommendation was deleted)"),
                      ", ".join(rec.states) if rec else "", answer_word(rec, doc=doc) if rec else "")
            for cell, value in zip(cells, values):
                if value:
                    self._paragraph(cell, [Run(value)])
        self._tidy_cells(table)

    def _reference(self, rec_id: int) -> str:
        rec = self.recommendations.get(rec_id)
        return (rec.reference if rec and rec.reference else None) or f"#{rec_id}"

    # --- pieces -----------------------------------------------------------------------------------------
    def _heading(self, text: str, level: int):
        """A heading of plain text: part labels, section headings and priority titles are typed as they print."""
        return self._paragraph(self.document, [Run(text)], style=f"Heading {min(max(level, 1), 9)}")

    def _blocks(self, container, text: str) -> None:
        """Light Markdown (the preamble, sections and monitoring) as Word paragraphs, lists and headings."""
        self._render(container, parse_blocks(text))

    def _lines(self, container, text: str) -> None:
        """Plain text as typed: one paragraph per line, blank lines kept between the first and last."""
        lines = clean_text(text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        for line in lines:
            self._paragraph(container, [Run(line.rstrip())])

    def _render(self, container, blocks: list[Block]) -> None:
        self._numbered.clear()
        for block in blocks:
            if block.kind == "heading":
                # Inside a part (itself Heading 1), a Markdown heading sits below it.
                style = f"Heading {min(max(block.level, 2), 9)}" if container is self.document else None
                paragraph = self._paragraph(container, block.runs, style=style)
                if style is None:
                    for run in paragraph.runs:
                        run.bold = True
                self._numbered.clear()
            elif block.kind == "bullet":
                self._paragraph(container, block.runs, style="List Bullet" if block.level == 0 else "List Bullet 2")
                self._numbered = {k: v for k, v in self._numbered.items() if k < block.level}
            elif block.kind == "numbered":
                style = "List Number" if block.level == 0 else "List Number 2"
                paragraph = self._paragraph(container, block.runs, style=style)
                if block.level not in self._numbered:
                    self._numbered[block.level] = self._new_list(style, block.number or 1)
                self._number(paragraph, self._numbered[block.level])
                self._numbered = {k: v for k, v in self._numbered.items() if k <= block.level}
            else:
                self._paragraph(container, block.runs)
                self._numbered.clear()

    def _new_list(self, style: str, start: int) -> int:
        """A Word list of the style's numbering that starts again at `start` (each Markdown list restarts)."""
        numbering = self.document.part.numbering_part.element
        num_id = self.document.styles[style].element.pPr.numPr.numId.val
        abstract_id = numbering.num_having_numId(num_id).abstractNumId.val
        num = numbering.add_num(abstract_id)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return num.numId

    @staticmethod
    def _number(paragraph, num_id: int) -> None:
        numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numbering.get_or_add_ilvl().val = 0
        numbering.get_or_add_numId().val = num_id

    def _paragraph(self, container, runs, style: str | None = None):
        """A paragraph of formatted runs, with fonts for every script and right-to-left layout when it starts so."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.table import _Cell

        if isinstance(container, _Cell) and len(container.paragraphs) == 1 and not container.paragraphs[0].runs:
            paragraph = container.paragraphs[0]  # a table cell starts with one empty paragraph: use it
            if style:
                paragraph.style = self.document.styles[style]
        else:
            paragraph = container.add_paragraph(style=style)
        # Every run Word gets passes here: the characters XML refuses (a control character from an imported
        # file) go, and Word's own line break (a vertical tab) becomes one.
        runs = [Run(clean_text(run.text).replace("\r\n", "\n").replace("\r", "\n"), run.bold, run.italic)
                for run in runs]
        text = "".join(run.text for run in runs)
        rtl = is_rtl(text)
        for piece in runs:
            lines = piece.text.split("\n")
            for n, line in enumerate(lines):
                run = paragraph.add_run(line)
                if n < len(lines) - 1:
                    run.add_break()
                if piece.bold:
                    run.bold = True
                    run.font.cs_bold = True
                if piece.italic:
                    run.italic = True
                    run.font.cs_italic = True
                own = _east_asian_font(line)
                if own and own != self.east_asian:
                    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), own)
                if rtl:
                    run.font.rtl = True
        if rtl:
            self._bidi(paragraph)
        return paragraph

    @staticmethod
    def _bidi(paragraph) -> None:
        """Word lays the paragraph out right to left (and aligns it to the right)."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        properties = paragraph._p.get_or_add_pPr()
        if properties.find(qn("w:bidi")) is None:
            properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)

    def _table(self, columns: int, *, widths_cm, header=None):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Cm

        table = self.document.add_table(rows=0, cols=columns)
        table.style = self.document.styles["Table Grid"]
        if self.doc.rtl:  # a right-to-left document's tables read from the right: Word mirrors the columns
            table._tbl.tblPr.insert_element_before(OxmlElement("w:bidiVisual"), "w:tblW", "w:jc", "w:tblCellSpacing",
                                                   "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
                                                   "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
                                                   "w:tblPrChange")
        table.autofit = False
        for column, width in zip(table.columns, widths_cm):
            column.width = Cm(width)
        if header:
            row = table.add_row()
            for cell, name in zip(row.cells, header):
                self._label_cell(cell, name)
            # Repeat the heading row on each page the table runs onto.
            properties = row._tr.get_or_add_trPr()
            properties.insert_element_before(OxmlElement("w:tblHeader"), "w:tblCellSpacing", "w:jc", "w:hidden",
                                             "w:ins", "w:del", "w:trPrChange")
            properties.find(qn("w:tblHeader")).set(qn("w:val"), "true")
        table._widths = widths_cm
        return table

    def _label_cell(self, cell, text: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self._paragraph(cell, [Run(text, bold=True)])
        shade = OxmlElement("w:shd")
        shade.set(qn("w:val"), "clear")
        shade.set(qn("w:color"), "auto")
        shade.set(qn("w:fill"), "DCE6F2")
        cell._tc.get_or_add_tcPr().insert_element_before(
            shade, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
            "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")

    @staticmethod
    def _tidy_cells(table) -> None:
        """Widths on every cell (Word reads them there), and no space after the last paragraph in a cell."""
        from docx.shared import Cm, Pt

        for row in table.rows:
            for cell, width in zip(row.cells, table._widths):
                cell.width = Cm(width)
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.space_after = Pt(2)
