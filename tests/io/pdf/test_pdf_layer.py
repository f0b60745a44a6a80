"""The PDF layer itself: bundled fonts, runs by script, right-to-left lines, pages and metadata."""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from reportlab.platypus import PageBreak

from upr_desktop.io.pdf import DocumentKind, DocumentRequest, render_pdf, save_pdf
from upr_desktop.io.pdf.fonts import FAMILIES, covered, register_fonts
from upr_desktop.io.pdf.layout import PageDecor, build, styles
from upr_desktop.io.pdf.text import RTLParagraph, has_cjk, is_rtl, para, runs
from upr_desktop.paths import resource

ARABIC = ("تعزيز حماية حقوق الإنسان في المغرب وتنفيذ توصيات الاستعراض الدوري الشامل بشكل كامل وفعال "
          "بالتعاون مع منظمات المجتمع المدني والمؤسسة الوطنية لحقوق الإنسان")


def pdftext(path, *args) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def plain(text: str) -> str:
    """pdftotext's words as typed: presentation forms back to letters, its embedding marks dropped."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.translate({c: None for c in range(0x202A, 0x202F)}).split())


def write(tmp_path, story, decor=PageDecor("Test"), name="out.pdf", paper="a4"):
    path = tmp_path / name
    save_pdf(build(story, decor, paper=paper), path)
    return path


def test_every_bundled_font_is_there_with_its_licence():
    fonts = resource("fonts")
    for family in FAMILIES:
        for filename in filter(None, (family.regular, family.bold, family.italic, family.bold_italic)):
            assert (fonts / filename).is_file(), filename
            assert filename.split("-")[0].split(".")[0] in (fonts / "README.md").read_text()
    assert "SIL Open Font License" in (fonts / "LICENSE-OFL-Noto.txt").read_text()
    assert "Apache" in (fonts / "LICENSE-wqy-microhei.txt").read_text()


@pytest.mark.parametrize("sample", ["Өөрчлөлт Үүрэг", "한국어 인권", "人权保护", "ひらがなカタカナ", "Հայաստան",
                                    "საქართველო", ARABIC, "שלום", "ăâîșț Việt Nam"])
def test_every_script_has_a_glyph(sample):
    register_fonts()
    assert all(covered(c) for c in sample)


def test_text_is_cut_into_runs_by_font_and_punctuation_stays_with_its_run():
    pieces = runs("Mongolia Монгол, 한국어 (Korea) Հայաստան.")
    faces = [face for face, _ in pieces]
    assert faces == ["UPRSans", "UPRCJK", "UPRSans", "UPRArmenian", "UPRSans"]  # Noto Armenian has no "."
    assert "".join(text for _, text in pieces) == "Mongolia Монгол, 한국어 (Korea) Հայաստան."
    assert [face for face, _ in runs("bold Հայ", bold=True)] == ["UPRSans-Bold", "UPRArmenian-Bold"]


def test_direction_and_script_detection():
    assert is_rtl(ARABIC) and not is_rtl("Morocco: " + ARABIC)
    assert has_cjk("人权") and has_cjk("ひらがな") and not has_cjk("Mongolia")
    assert not has_cjk("인권 보호")  # Korean breaks lines at its spaces


def test_arabic_comes_back_in_logical_order_set_right_to_left(tmp_path):
    s = styles()
    path = write(tmp_path, [para(ARABIC, s["body"])])
    assert plain(ARABIC) in plain(pdftext(path))
    # Word boxes of the first line: the logical first word sits furthest right.
    boxes = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', pdftext(path, "-bbox"))
    logical = ARABIC.split()
    words: dict[str, float] = {}
    for x, text in boxes:  # the first line comes first; a word's glyphs are in visual order
        words.setdefault(plain(text[::-1]), float(x))
    xs = [words[w] for w in logical[:5]]
    assert xs == sorted(xs, reverse=True), xs
    # Right-aligned: the first word ends near the right margin (A4 width 595 pt, 20 mm margin).
    right = max(float(m) for m in re.findall(r'xMax="([\d.]+)"', pdftext(path, "-bbox")))
    assert right == pytest.approx(595.28 - 56.69, abs=2)


def test_a_long_right_to_left_paragraph_splits_across_pages_in_order(tmp_path):
    s = styles()
    words = [f"{ARABIC.split()[n % 10]}{n}" for n in range(2500)]
    text = " ".join(words)
    path = write(tmp_path, [RTLParagraph(text, s["body"])])
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                              text=True).stdout).group(1))
    assert pages >= 2
    assert plain(pdftext(path)).count("تعزيز") >= 1
    extracted = re.findall(r"\d+", unicodedata.normalize("NFKC", pdftext(path)))
    numbers = [int(n) for n in extracted if int(n) < 2500]
    assert numbers[:50] == sorted(numbers[:50])  # lines and pages in reading order


def test_pages_are_numbered_x_of_y_with_header_and_status(tmp_path):
    s = styles()
    story = [para("One", s["body"]), PageBreak(), para("Two", s["body"]), PageBreak(), para("Three", s["body"])]
    path = write(tmp_path, story, PageDecor("Хартия ميثاق", "DRAFT", "Ulaanbaatar workshop", draft=True))
    pages = pdftext(path, "-layout").split("\f")[:-1]
    assert len(pages) == 3
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of 3" in page
        assert "DRAFT" in page and "Ulaanbaatar workshop" in page and "Хартия" in page
        assert "ميثاق" in plain(page)


def test_title_page_carries_no_running_header(tmp_path):
    s = styles()
    path = write(tmp_path, [para("Cover", s["title"]), PageBreak(), para("Body", s["body"])],
                 PageDecor("Running title", "DRAFT", title_page=True))
    first, second = pdftext(path, "-layout").split("\f")[:2]
    assert "Running title" not in first and "Page 1 of 2" in first
    assert "Running title" in second


def test_every_font_is_embedded_and_the_file_names_nobody(tmp_path, demo_workshop):
    path = tmp_path / "handout.pdf"
    save_pdf(render_pdf(demo_workshop, DocumentRequest(DocumentKind.HANDOUT)), path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(re.search(r"\byes\s+yes\s+yes\b", row) for row in rows), fonts
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Author:\s*$", info, re.MULTILINE) or "Author:" not in info
    assert "anonymous" not in info.lower()
    assert "Creator:         UPR Desktop" in info


def test_handout_groups_every_recommendation_by_cluster_or_theme(tmp_path, demo_workshop):
    text = plain(pdftext(_saved(tmp_path, demo_workshop, DocumentRequest(DocumentKind.HANDOUT))))
    recs = demo_workshop.recommendations(demo_workshop.filtered_ids(__import__(
        "upr_desktop.store.queries", fromlist=["RecommendationFilter"]).RecommendationFilter()))
    for rec in recs.values():
        assert plain(rec.text)[:60] in text.replace("- ", "-") or plain(rec.text)[:25] in text
    for cluster in demo_workshop.clusters():
        assert f"{cluster.name} ({cluster.size})" in text
    by_theme = plain(pdftext(_saved(tmp_path, demo_workshop,
                                    DocumentRequest(DocumentKind.HANDOUT, group_by="theme"), "theme.pdf")))
    assert "by theme" in by_theme and "by cluster" in text


def test_letter_paper(tmp_path, demo_workshop):
    path = _saved(tmp_path, demo_workshop, DocumentRequest(DocumentKind.HANDOUT, paper="letter"))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts (letter)" in info
    with pytest.raises(ValueError, match="a4 or letter"):
        render_pdf(demo_workshop, DocumentRequest(DocumentKind.HANDOUT, paper="a3"))


def test_saving_into_a_missing_folder_says_what_to_do_and_keeps_the_old_file(tmp_path, demo_workshop):
    from upr_desktop.domain.errors import WorkshopError

    pdf = render_pdf(demo_workshop, DocumentRequest(DocumentKind.HANDOUT))
    with pytest.raises(WorkshopError, match="Choose another folder"):
        save_pdf(pdf, tmp_path / "no-such-folder" / "handout.pdf")
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"the old one")

    with pytest.raises(TypeError):
        save_pdf(None, target)  # a failure half-way leaves the old file whole
    assert target.read_bytes() == b"the old one"
    assert not list(tmp_path.glob(".handout.pdf.*"))


def _saved(tmp_path, workshop, request, name="doc.pdf"):
    path = tmp_path / name
    save_pdf(render_pdf(workshop, request), path)
    return path


# --- review fixes: brackets, typed line breaks, long words, decomposed accents, missing glyphs -----------
def test_brackets_in_arabic_keep_their_shape(tmp_path):
    s = styles()
    text = "أوصت به (الأردن) و[المغرب]"
    # Read left to right as the glyphs stand on the page, each bracket must open towards its word.
    words = re.findall(r"<word [^>]*>([^<]+)</word>", pdftext(write(tmp_path, [para(text, s["body"])]), "-bbox"))
    bracketed = [w for w in words if any(b in w for b in "()[]")]
    assert len(bracketed) == 2
    assert sorted("".join(c for c in w if c in "()[]") for w in bracketed) == ["()", "[]"], bracketed


def test_typed_line_breaks_in_right_to_left_text_are_kept(tmp_path):
    s = styles()
    text = "وزارة العدل\nمكتب أمين المظالم\nبرنامج الأمم المتحدة الإنمائي"
    lines = [plain(line) for line in pdftext(write(tmp_path, [para(text, s["body"])])).splitlines()]
    for typed in text.split("\n"):
        assert plain(typed) in lines


def test_a_long_word_in_right_to_left_text_is_cut_to_fit(tmp_path):
    s = styles()
    link = "https://example.org/" + "a" * 280
    flowable = para("راجع " + link + " للمزيد", s["body"])
    width, _ = flowable.wrap(200, 800)
    assert len(flowable._lines) > 3
    from upr_desktop.io.pdf.text import text_width
    assert all(text_width(line, s["body"].fontSize) <= 200 for line in flowable._lines)
    boxes = pdftext(write(tmp_path, [flowable]), "-bbox")
    assert min(float(x) for x in re.findall(r'xMin="([\d.]+)"', boxes)) >= 56.0  # nothing past the left margin


def test_decomposed_accents_print_composed(tmp_path):
    s = styles()
    composed = "người bảo vệ, Хүний, ș ț"
    decomposed = unicodedata.normalize("NFD", composed)
    assert plain(composed) in plain(pdftext(write(tmp_path, [para(decomposed, s["body"])])))


def test_characters_no_font_has_are_replaced_visibly_not_lost(tmp_path):
    from upr_desktop.io.pdf.text import MISSING, printable

    s = styles()
    page = plain(pdftext(write(tmp_path, [para("2025年5月12日〜13日 ok \U0001F600 end", s["body"])])))
    assert "12日~13日" in page  # the wave dash, set as its full-width look-alike (NFKC: "~")
    assert f"ok {MISSING} end" in page
    assert printable("plain text") == "plain text"


def test_shortening_a_long_line_is_quick_and_fits():
    import time

    from reportlab.pdfgen.canvas import Canvas

    from upr_desktop.io.pdf.text import draw_line, text_width

    canvas = Canvas(None)
    start = time.perf_counter()
    width = draw_line(canvas, ARABIC * 20, 500, 100, 9, align="right", max_width=300)
    assert time.perf_counter() - start < 0.5
    assert 250 < width <= 300
    assert text_width("x", 9) > 0


def test_remembering_paragraph_lines_changes_nothing_on_the_page(demo_workshop, monkeypatch):
    from upr_desktop.io.pdf import text

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1748476800")  # the same creation date for both (reproducible builds)
    requests = [DocumentRequest(DocumentKind.CHARTER), DocumentRequest(DocumentKind.RESULTS, 1)]
    remembered = [render_pdf(demo_workshop, r) for r in requests]
    monkeypatch.setattr(text._Paragraph, "wrap", text.Paragraph.wrap)
    assert [render_pdf(demo_workshop, r) for r in requests] == remembered  # byte for byte


def test_arabic_vowel_marks_are_kept(tmp_path):
    s = styles()
    text = "عمّان حُقُوقُ الإِنْسَانِ"
    assert plain(text) in plain(pdftext(write(tmp_path, [para(text, s["body"])])))


def test_a_pdf_is_dated_when_it_was_made_not_1_january_2000(demo_workshop, monkeypatch):
    import io
    from datetime import datetime, timedelta, timezone

    from pypdf import PdfReader

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    made = PdfReader(io.BytesIO(render_pdf(demo_workshop, DocumentRequest(DocumentKind.CHARTER)))).metadata
    assert abs(made.creation_date.astimezone(timezone.utc) - datetime.now(timezone.utc)) < timedelta(minutes=5)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1748476800")  # a reproducible build can still fix it
    fixed = PdfReader(io.BytesIO(render_pdf(demo_workshop, DocumentRequest(DocumentKind.CHARTER)))).metadata
    assert fixed.creation_date.astimezone(timezone.utc) == datetime(2025, 5, 29, tzinfo=timezone.utc)
