"""Charter PDF benchmark, beside bare reportlab setting the same text in one font, in the same run.

    .venv/bin/python bench/pdf.py [--quick] [--priorities 40] [--endorsements 30] [--annex 250] [--runs 3]

Builds a workshop in a temporary folder through the ops layer: 250 recommendations whose texts mix Latin,
Cyrillic, Hangul, Armenian and Arabic; a charter with 40 priorities (each with a full plan and milestones, citing
the 250 recommendations between them), 30 endorsements, action points and a preamble.

Times, min/median/max of several runs, each in two forms:
  - cold: what a person waits for on `upr-desktop pdf FILE --charter OUT.pdf` — a fresh process through the CLI
    (imports, font parsing, the file opened), against a fresh process running the bare-reportlab baseline below
    (its imports and font registration included);
  - warm: in one process, after a first render (a second print from the open window):
  - ours: render_pdf(workshop, charter) — gather from the file, then lay out with a font per script run,
    right-to-left lines shaped and reordered, the annex and signature tables, Page X of Y;
  - baseline: bare reportlab, the same words in the same order as plain Paragraphs and one plain Table for the
    annex, all in one font (Noto Sans; glyphs it lacks print as boxes), with reportlab's own page numbering.
Target: ours ≤ 2 s and within 3× the baseline. --quick: a small charter, two runs (CI).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table  # noqa: E402

from upr_desktop.domain.charter import PLAN_FIELDS, Endorsement, Level, Milestone, plain_text  # noqa: E402
from upr_desktop.domain.recommendation import Recommendation, Response  # noqa: E402
from upr_desktop.domain.workshop import WorkshopInfo  # noqa: E402
from upr_desktop.io.pdf import DocumentKind, DocumentRequest, render_pdf  # noqa: E402
from upr_desktop.io.pdf.fonts import LATIN, register_fonts  # noqa: E402
from upr_desktop.ops import Workshop  # noqa: E402

SENTENCES = (
    "Ensure that all cases of gender-based violence are promptly investigated and that victims receive redress",
    "Хүний эрхийн үндэсний комиссын бие даасан байдлыг бэхжүүлж, төсвийг нэмэгдүүлэх",
    "가정폭력 피해자를 위한 보호시설과 상담 서비스를 확대하고 공무원 교육을 강화할 것",
    "Ապահովել մարդու իրավունքների պաշտպանների անվտանգությունը և արդար դատաքննությունը",
    "تعزيز حماية المدافعين عن حقوق الإنسان وضمان حرية تكوين الجمعيات والتجمع السلمي",
)
TARGET_S = 2.0
TARGET_RATIO = 3.0


def build_workshop(folder: Path, priorities: int, endorsements: int, annex: int) -> Workshop:
    workshop = Workshop.create(folder / "bench.uprw", WorkshopInfo(title="Benchmark charter workshop",
                                                                   country="Demoland", venue="Ulaanbaatar"))
    with workshop.building():
        ids = [workshop.add_recommendation(Recommendation(
            text=f"{SENTENCES[n % 5]} ({n}). {SENTENCES[(n + 2) % 5]}.", reference=f"121.{n + 1}",
            country="Demoland", states=("Chile", "Mongolia"), response=Response.SUPPORTED, session=47))[0]
            for n in range(annex)]
        workshop.start_charter()
        workshop.update_charter(title="Хартия — UPR outcome charter", place="Ulaanbaatar",
                                start_date="2026-05-12", end_date="2026-05-13",
                                preamble="\n\n".join(SENTENCES) * 2, monitoring=SENTENCES[0])
        per = max(1, annex // priorities)
        for n in range(priorities):
            pid, _ = workshop.add_priority(SENTENCES[n % 5][:70], ids[n * per:(n + 1) * per] or ids[:1])
            p = next(p for p in workshop.charter().priorities if p.id == pid)
            plan = {key: f"{SENTENCES[(n + k) % 5]}." for k, (key, _) in enumerate(PLAN_FIELDS)}
            workshop.update_priority(p.with_changes(
                **plan, level=list(Level)[n % 3],
                milestones=(Milestone("2027-06", SENTENCES[n % 5][:60]), Milestone("2028-12-31", "Mid-term report"))))
        for n in range(endorsements):
            workshop.add_endorsement(Endorsement(organisation=f"Organisation {n + 1} — {SENTENCES[n % 5][:30]}",
                                                 representative=f"Representative {n + 1}", date="2026-05-13"))
        for level in Level:
            workshop.add_action_point(level, SENTENCES[1])
    return workshop


def bare_reportlab(workshop: Workshop) -> bytes:
    """The same words, one font, no runs, no bidi: what reportlab costs on its own."""
    register_fonts()
    charter = workshop.charter()
    style = ParagraphStyle("plain", fontName=LATIN.name, fontSize=10, leading=14)
    story = [Paragraph(escape(line), style) for line in plain_text(charter).splitlines()]
    recs = workshop.recommendations(charter.cited_recommendation_ids())
    story.append(PageBreak())
    rows = [[Paragraph(escape(r.reference or ""), style), Paragraph(escape(r.text), style),
             Paragraph(escape(", ".join(r.states)), style), Paragraph(r.response.value, style)]
            for r in recs.values()]
    story.append(Table(rows, colWidths=[50, 280, 90, 60], repeatRows=0))
    out = io.BytesIO()

    def number(canvas, doc):
        canvas.setFont(LATIN.name, 8)
        canvas.drawRightString(A4[0] - 56, 30, f"Page {doc.page}")

    SimpleDocTemplate(out, pagesize=A4, initialFontName=LATIN.name).build(story, onFirstPage=number,
                                                                          onLaterPages=number)
    return out.getvalue()


def timed_s(fn, runs: int) -> tuple[tuple[float, float, float], object]:
    """((min, median, max) seconds, last result), after one warm-up call (fonts parsed, modules imported)."""
    result = fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return (min(times), statistics.median(times), max(times)), result


def cold_s(argv: list[str], runs: int) -> tuple[float, float, float]:
    """(min, median, max) wall seconds of a fresh process, as a person running the command waits."""
    env = {**os.environ, "PYTHONPATH": str(HERE.parent) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL, timeout=600)
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times), max(times)


def _bare_cold(path: Path, out: Path) -> int:
    """The baseline in a fresh process: open the file, build the bare document, write it."""
    with Workshop.open(path, read_only=True) as workshop:
        out.write_bytes(bare_reportlab(workshop))
    return 0


def _fmt(t) -> str:
    return f"{t[0]:6.2f} /{t[1]:6.2f} /{t[2]:6.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--priorities", type=int, default=40)
    parser.add_argument("--endorsements", type=int, default=30)
    parser.add_argument("--annex", type=int, default=250)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="a small charter, two runs (CI)")
    parser.add_argument("--bare-cold", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_cold:
        return _bare_cold(*args.bare_cold)
    if args.quick:
        args.priorities, args.endorsements, args.annex, args.runs = 8, 5, 40, 2
    os.environ.setdefault("UPR_DESKTOP_HOME", tempfile.mkdtemp(prefix="upr-bench-home-"))
    with tempfile.TemporaryDirectory() as folder:
        workshop = build_workshop(Path(folder), args.priorities, args.endorsements, args.annex)
        path = workshop.path
        try:
            ours, pdf = timed_s(lambda: render_pdf(workshop, DocumentRequest(DocumentKind.CHARTER)), args.runs)
            bare, bare_pdf = timed_s(lambda: bare_reportlab(workshop), args.runs)
            pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
            bare_pages = bare_pdf.count(b"/Type /Page\n") or bare_pdf.count(b"/Type /Page")
        finally:
            workshop.close()
        out = Path(folder) / "out.pdf"
        ours_cold = cold_s([sys.executable, "-m", "upr_desktop", "pdf", str(path), "--charter", str(out)], args.runs)
        assert out.stat().st_size > 1000, "the CLI wrote no charter"
        bare_cold = cold_s([sys.executable, str(Path(__file__).resolve()), "--bare-cold", str(path),
                            str(Path(folder) / "bare.pdf")], args.runs)
    print(f"Charter: {args.priorities} priorities, {args.endorsements} endorsements, {args.annex}-recommendation "
          "annex; Latin, Cyrillic, Hangul, Armenian, Arabic (min / median / max)")
    print("  cold, a fresh process (what `upr-desktop pdf --charter` costs):")
    print(f"    ours (the CLI)           {_fmt(ours_cold)}")
    print(f"    bare reportlab, 1 font   {_fmt(bare_cold)}   -> ratio {ours_cold[1] / bare_cold[1]:.2f}×")
    print("  warm, in one process after a first render:")
    print(f"    ours (render_pdf)        {_fmt(ours)}  {len(pdf) / 1e6:5.2f} MB  ~{pages} pages")
    print(f"    bare reportlab, 1 font   {_fmt(bare)}  {len(bare_pdf) / 1e6:5.2f} MB  ~{bare_pages} pages"
          f"   -> ratio {ours[1] / bare[1]:.2f}×")
    worst = max(ours_cold[1], ours[1])
    print(f"  target: ≤ {TARGET_RATIO:.0f}× and ≤ {TARGET_S:.0f} s; ours {'meets' if worst <= TARGET_S else 'misses'} "
          f"the {TARGET_S:.0f} s target cold and warm (median {ours_cold[1]:.2f} s cold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
