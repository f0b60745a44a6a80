"""The outcome charter PDF, read back with poppler's tools: every script, pages, signatures, privacy, status."""

from __future__ import annotations

import re
import subprocess
import threading
import unicodedata
from dataclasses import replace

import pytest

from tests.io.pdf.script_samples import SCRIPT_SAMPLES, add_multilingual_priority
from upr_desktop.domain.errors import ValidationError
from upr_desktop.io.pdf import DocumentKind, DocumentRequest, prepare, render_pdf, save_pdf
from upr_desktop.io.pdf.charter import BLANK_SIGNATURE_ROWS, gather, render
from upr_desktop.io.pdf.layout import MARGIN

CHARTER = DocumentRequest(DocumentKind.CHARTER)


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def plain(text: str) -> str:
    """pdftotext's words as typed: presentation forms back to letters, embedding marks dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.translate({c: None for c in range(0x202A, 0x202F)}).split())


def saved(tmp_path, workshop, request=CHARTER, name="charter.pdf"):
    path = tmp_path / name
    save_pdf(render_pdf(workshop, request), path)
    return path


def pages_of(path) -> list[str]:
    return run("pdftotext", "-layout", str(path), "-").split("\f")[:-1]


def page_count(path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(path)), re.MULTILINE).group(1))


def bbox_pages(path) -> list[tuple[float, list[tuple[float, float, str]]]]:
    """Per page: its width and its words as (xMin, xMax, text)."""
    out = []
    html = run("pdftotext", "-bbox", str(path), "-")
    for width, body in re.findall(r'<page width="([\d.]+)" height="[\d.]+">(.*?)</page>', html, re.S):
        words = [(float(a), float(b), w) for a, b, w in
                 re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', body)]
        out.append((float(width), words))
    return out


@pytest.fixture
def multilingual(demo_workshop):
    add_multilingual_priority(demo_workshop, demo_workshop.charter().cited_recommendation_ids()[:2])
    return demo_workshop


def set_representatives(workshop, people: dict[str, tuple[str, str]]) -> None:
    """organisation -> (representative, role)."""
    for e in workshop.charter().endorsements:
        if e.organisation in people:
            name, role = people[e.organisation]
            workshop.update_endorsement(replace(e, representative=name, role=role))


# --- scripts and fonts ----------------------------------------------------------------------------

def test_every_script_comes_back_as_written(tmp_path, multilingual):
    text = plain(run("pdftotext", str(saved(tmp_path, multilingual)), "-"))
    missing = [script for script, sample in SCRIPT_SAMPLES.items() if plain(sample) not in text]
    assert not missing, missing


def test_arabic_reads_in_logical_order_and_runs_right_to_left(tmp_path, multilingual):
    path = saved(tmp_path, multilingual)
    assert plain(SCRIPT_SAMPLES["arabic"]) in plain(run("pdftotext", str(path), "-"))
    logical = [plain(w) for w in SCRIPT_SAMPLES["arabic"].split()]
    xs: dict[str, float] = {}
    for _, words in bbox_pages(path):
        for x_min, _, word in words:
            xs.setdefault(plain(word[::-1]), x_min)  # a word's glyphs come in visual order
    found = [xs[w] for w in logical if w in xs]
    assert len(found) >= len(logical) - 1, (logical, list(xs)[-20:])
    assert found == sorted(found, reverse=True), found


def test_every_font_is_embedded(tmp_path, multilingual):
    fonts = run("pdffonts", str(saved(tmp_path, multilingual)))
    rows = fonts.splitlines()[2:]
    assert rows and all(re.search(r"\byes\s+yes\s+yes\b", row) for row in rows), fonts
    for family in ("NotoSans-Bold", "NotoSansArabic", "NotoSansArmenian", "NotoSansGeorgian", "WenQuanYi"):
        assert family in fonts, family
    assert "Helvetica" not in fonts


# --- pages -----------------------------------------------------------------------------------------

def test_page_x_of_y_sits_right_on_every_page(tmp_path, demo_workshop):
    path = saved(tmp_path, demo_workshop)
    total = page_count(path)
    assert total >= 5
    layout = pages_of(path)
    assert len(layout) == total
    for n, (width, words) in enumerate(bbox_pages(path), 1):
        assert f"Page {n} of {total}" in layout[n - 1]
        texts = [w for _, _, w in words]
        at = max(i for i in range(len(texts) - 3) if texts[i:i + 4] == ["Page", str(n), "of", str(total)])
        assert words[at + 3][1] == pytest.approx(width - MARGIN, abs=1.5)


def test_title_page_then_a_running_header_saying_draft(tmp_path, demo_workshop):
    pages = pages_of(saved(tmp_path, demo_workshop))
    charter, info = demo_workshop.charter(), demo_workshop.info()
    cover = plain(pages[0])
    for words in ("Outcome charter of civil society organisations", "Riverside Conference Centre",
                  "27 May 2025 – 29 May 2025", "Universal Periodic Review of Demoland", "Fourth cycle",
                  "Organised by", *info.organisers, "Draft — not yet adopted"):
        assert words in cover, words
    assert "DRAFT" not in pages[0]  # the cover carries no running header
    for page in pages[1:]:
        first_line = next(line for line in page.splitlines() if line.strip())
        assert first_line.split()[0] == charter.title.split()[0] and first_line.rstrip().endswith("DRAFT")
    assert info.title in plain(pages[-1])  # the footer names the workshop


def test_letter_paper(tmp_path, demo_workshop):
    path = saved(tmp_path, demo_workshop, DocumentRequest(DocumentKind.CHARTER, paper="letter"))
    assert "612 x 792 pts (letter)" in run("pdfinfo", str(path))
    a4 = saved(tmp_path, demo_workshop, name="a4.pdf")
    assert "595.276 x 841.89 pts (A4)" in run("pdfinfo", str(a4))


def test_the_parts_come_in_order_with_the_charters_own_labels(tmp_path, demo_workshop):
    text = plain(run("pdftotext", str(saved(tmp_path, demo_workshop)), "-"))
    c = demo_workshop.charter()
    order = [c.label("preamble"), *[s.heading for s in c.sections], c.label("priorities"),
             f"1. {c.priorities[0].title}", c.label("action_points"), "National", "Regional", "International",
             c.label("monitoring"), c.label("endorsements"), c.label("annex")]
    at = 0
    for part in order:  # each part found after the one before
        found = text.find(part, at)
        assert found >= 0, (part, text[at:at + 200])
        at = found + len(part)
    for n, p in enumerate(c.priorities, 1):
        assert f"{n}. {p.title}" in text


# --- priorities ------------------------------------------------------------------------------------

def test_a_plan_prints_only_its_filled_parts(tmp_path, workshop_factory):
    from upr_desktop.domain.charter import Milestone

    workshop = workshop_factory("Demoland")
    workshop.start_charter()
    workshop.update_charter(title="Charter of Port Aldan")
    priority_id, _ = workshop.add_priority("Protect human rights defenders")
    priority = workshop.charter().priorities[0]
    workshop.update_priority(priority.with_changes(lead_actor="Defenders Network",
                                                   milestones=(Milestone("2027-06", "Model law drafted"),)))
    text = plain(run("pdftotext", str(saved(tmp_path, workshop)), "-"))
    assert "Lead actor Defenders Network" in text
    assert "Timeline and milestones June 2027 Model law drafted" in text
    assert "Level National" in text and "Implementation status Not started" in text
    for label in ("Expected government action", "CSO actions and advocacy", "Partners", "Indicators",
                  "Resources needed", "Recommendation"):
        assert label not in text, label


def test_a_priority_heading_is_never_alone_at_the_foot_of_a_page(tmp_path, demo_workshop):
    for n in range(6):  # more priorities, so that some fall across page ends
        add_multilingual_priority(demo_workshop, demo_workshop.charter().cited_recommendation_ids()[n:n + 3])
    priorities = demo_workshop.charter().priorities
    pages = [plain(p) for p in pages_of(saved(tmp_path, demo_workshop))]
    for n, p in enumerate(priorities, 1):
        heading = f"{n}. {p.title}"
        page = next(page for page in pages if heading in page)
        after = page[page.index(heading) + len(heading):]
        assert re.match(r"\s*Recommendations? ", after), (heading, after[:80])


def test_cited_recommendations_are_referenced_and_listed_in_the_annex(tmp_path, demo_workshop):
    charter = demo_workshop.charter()
    cited = charter.cited_recommendation_ids()
    recs = demo_workshop.recommendations(cited)
    first = charter.priorities[0]
    extra = [r for r in cited if r not in first.recommendation_ids][:1]
    demo_workshop.update_priority(first.with_changes(recommendation_ids=first.recommendation_ids + tuple(extra)))
    pages = [plain(p) for p in pages_of(saved(tmp_path, demo_workshop))]
    body = " ".join(pages)
    joined = ", ".join(recs[r].reference for r in (*first.recommendation_ids, *extra))
    assert f"Recommendations {joined}" in body
    annex = " ".join(pages[next(n for n, p in enumerate(pages) if charter.label("annex") in p):])
    for heading in ("No.", "Recommendation", "Recommending", "State(s)", "Response"):
        assert heading in annex
    order = demo_workshop.charter().cited_recommendation_ids()
    # Rows in annex order, each beginning with its reference and the start of its text.
    positions = [annex.find(f"{recs[r].reference} {' '.join(recs[r].text.split()[:3])}") for r in order]
    assert -1 not in positions and positions == sorted(positions), positions
    for r in order:
        assert recs[r].states[0].split()[0] in annex


# --- endorsements and privacy --------------------------------------------------------------------------

def signature_numbers(path, label: str) -> list[int]:
    """The numbers in the signature table's first column, page after page."""
    numbers = []
    for width, words in bbox_pages(path):
        if label.split()[0] not in [w for _, _, w in words] and not numbers:
            continue
        numbers += [int(w) for x, _, w in words if w.isdigit() and x < MARGIN + 20]
    return numbers


def test_the_signature_table_has_a_row_per_endorsement_and_blank_rows(tmp_path, demo_workshop):
    charter = demo_workshop.charter()
    demo_workshop.add_endorsement(replace(charter.endorsements[0], id=None, organisation="Tbilisi Legal Aid",
                                          organisation_id=None, date="2025-05-28"))
    path = saved(tmp_path, demo_workshop)
    endorsements = demo_workshop.charter().endorsements
    pages = [plain(p) for p in run("pdftotext", str(path), "-").split("\f")]
    start = next(n for n, p in enumerate(pages) if "Representative" in p and "Signature" in p)
    table = " ".join(pages[start:])
    for e in endorsements:
        assert e.organisation in table
    assert "28 May 2025" in table
    assert BLANK_SIGNATURE_ROWS >= 6
    total = len(endorsements) + BLANK_SIGNATURE_ROWS
    assert signature_numbers(path, "Organisation") == list(range(1, total + 1))


def test_consenting_representatives_are_named_and_others_left_blank(tmp_path, demo_workshop):
    people = {p.name: p for p in demo_workshop.participants()}
    assert people["Amina Diallo"].consent_named and not people["Irina Petrova"].consent_named
    set_representatives(demo_workshop, {
        "Women's Rights Forum of Demoland": ("Amina Diallo", "Executive director"),
        "Free Press Demoland": ("Ms Irina  PETROVA", "Chief editor"),  # not consented: never printed
        "Coalition for Justice and Accountability": ("Gerel Bat", "Programme lead"),  # not a participant
    })
    text = plain(run("pdftotext", str(saved(tmp_path, demo_workshop)), "-"))
    for words in ("Amina Diallo", "Executive director", "Gerel Bat", "Programme lead"):
        assert words in text, words
    assert "petrova" not in text.casefold() and "Chief editor" not in text
    assert "Free Press Demoland" in text  # the organisation still signs


def test_anonymised_outputs_name_no_representative(tmp_path, demo_workshop):
    names = {"Women's Rights Forum of Demoland": ("Amina Diallo", "Executive director"),
             "Coalition for Justice and Accountability": ("Gerel Bat", "Programme lead"),
             "Free Press Demoland": ("Бат-Эрдэнэ Ганболд", "Редактор")}
    set_representatives(demo_workshop, names)
    named = plain(run("pdftotext", str(saved(tmp_path, demo_workshop, name="named.pdf")), "-"))
    assert "Gerel Bat" in named and "Бат-Эрдэнэ Ганболд" in named
    demo_workshop.set_anonymise_outputs(True)
    path = saved(tmp_path, demo_workshop)
    text = plain(run("pdftotext", str(path), "-")).casefold()
    for name, role in names.values():
        for word in (*name.split(), role):
            assert word.casefold() not in text, word
    for e in demo_workshop.charter().endorsements:
        assert e.organisation.casefold() in text
    assert gather(demo_workshop).anonymised
    assert all(not e.representative and not e.role for e in gather(demo_workshop).charter.endorsements)


# --- status ----------------------------------------------------------------------------------------

def test_an_adopted_charter_says_where_and_when_and_never_draft(tmp_path, demo_workshop):
    demo_workshop.adopt("2025-05-29", "Port Aldan")
    path = saved(tmp_path, demo_workshop)
    pages = pages_of(path)
    assert "Adopted on 29 May 2025 at Port Aldan" in plain(pages[0])
    for page in pages[1:]:
        first_line = next(line for line in page.splitlines() if line.strip())
        assert first_line.rstrip().endswith("Adopted on 29 May 2025 at Port Aldan")
    whole = "\n".join(pages)
    assert "DRAFT" not in whole and "not yet adopted" not in whole
    assert "adopted this charter" in plain(whole)


def test_a_charter_edited_after_adoption_prints_as_a_new_draft(tmp_path, demo_workshop):
    demo_workshop.adopt("2025-05-29", "Port Aldan")
    demo_workshop.update_charter(monitoring="We meet every month.")
    pages = pages_of(saved(tmp_path, demo_workshop))
    cover = plain(pages[0])
    assert "Draft — not yet adopted" in cover
    assert "A new draft of the charter adopted on 29 May 2025 at Port Aldan" in cover
    assert all("DRAFT" in page for page in pages[1:])


# --- Markdown ----------------------------------------------------------------------------------------

def test_markdown_prints_as_formatted_text_without_its_marks(tmp_path, demo_workshop):
    import pypdf

    demo_workshop.update_charter(preamble=(
        "We note *ninety\\* recommendations* and \\[3\\] reports, \\#4 on the list.  \n"
        "2025\\. was the year of the review; 50\\% is **Solidarność** and \\*\\*not bold\\*\\*.\n\n"
        "# Where we stand\n\n"
        "- first point with a \\- dash\n"
        "- second point\n\n"
        "1. numbered one\n"
        "2. numbered two"))
    path = saved(tmp_path, demo_workshop)
    text = plain(run("pdftotext", str(path), "-"))
    for words in ("We note ninety* recommendations and [3] reports, #4 on the list.",
                  "2025. was the year of the review; 50% is Solidarność and **not bold**.",
                  "Where we stand", "• first point with a - dash", "• second point", "1. numbered one",
                  "2. numbered two"):
        assert words in text, words
    assert "\\" not in text and "# Where" not in text and "- first" not in text
    fonts: dict[str, str] = {}

    def visit(chunk, cm, tm, font, size):
        for word in chunk.split():
            fonts.setdefault(word, (font or {}).get("/BaseFont", ""))

    for page in pypdf.PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    assert fonts["Solidarność"].endswith("NotoSans-Bold")
    assert fonts["ninety*"].endswith("NotoSans-Italic")
    assert fonts["Where"].endswith("NotoSans-Bold")
    assert fonts["numbered"].endswith("NotoSans-Regular")


# --- gathering and rendering ---------------------------------------------------------------------------

def test_rendering_needs_nothing_from_the_workshop(tmp_path, demo_workshop):
    """Gathered on the caller's thread; rendered on another, after the workshop is closed."""
    job = prepare(demo_workshop, CHARTER)
    demo_workshop.close()
    out = {}
    worker = threading.Thread(target=lambda: out.setdefault("pdf", job()))
    worker.start()
    worker.join()
    assert out["pdf"].startswith(b"%PDF")


def test_no_charter_says_what_to_do(workshop_factory):
    workshop = workshop_factory("Demoland")
    with pytest.raises(ValidationError, match="Start the charter"):
        gather(workshop)


def test_a_bare_charter_still_prints_a_title_page_and_a_signature_page(tmp_path, workshop_factory):
    from upr_desktop.domain.workshop import ALL_COUNTRIES

    workshop = workshop_factory(ALL_COUNTRIES)
    workshop.start_charter()
    workshop.update_charter(title="")
    data = gather(workshop)
    path = tmp_path / "bare.pdf"
    save_pdf(render(data, "a4"), path)
    pages = pages_of(path)
    assert len(pages) == 2
    assert "Universal Periodic Review" not in pages[0]
    assert "Draft — not yet adopted" in plain(pages[0]) and "Signature" in pages[1]
    assert list(range(1, BLANK_SIGNATURE_ROWS + 1)) == signature_numbers(path, "Organisation")
