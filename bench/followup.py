"""Follow-up benchmarks, each beside a baseline measured in the same run.

    .venv/bin/python bench/followup.py [--quick] [--recs 250000] [--assessments 1000000] [--runs 5]

1. Dashboard (counts by status, priority counts, overdue milestones, not assessed in 12 months, disagreements)
   and `followup --json`'s summary, at 250,000 recommendations and 1,000,000 assessments, beside:
     - bare SQL GROUP BY status over the assessments table (counts every assessment, not the latest: the floor);
     - the latest-per-recommendation window query (what the counts cost without the maintained current_status).
   Target: dashboard under 200 ms.
   The full `followup --json` (every one of the 1,000,000 assessments as JSON) is timed too, and printed as is.
2. Mid-term report PDF: 250 recommendations in 5 scripts, 500 evidence items, beside bare reportlab setting the
   same words in one font. Target: under 3 s.

The workshop is built through the ops layer for the recommendations, and through the store's insert function
(the same triggers keep current_status) for the assessments, in one transaction, for speed.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from upr_desktop.domain.followup import Assessment, AssessmentStatus, Evidence, EvidenceKind, recommendation  # noqa: E402
from upr_desktop.domain.recommendation import Recommendation, Response  # noqa: E402
from upr_desktop.domain.workshop import ALL_COUNTRIES, WorkshopInfo  # noqa: E402
from upr_desktop.ops import Workshop  # noqa: E402
from upr_desktop.store import followup as store  # noqa: E402

SENTENCES = (
    "Ensure that all cases of gender-based violence are promptly investigated and that victims receive redress",
    "Хүний эрхийн үндэсний комиссын бие даасан байдлыг бэхжүүлж, төсвийг нэмэгдүүлэх",
    "가정폭력 피해자를 위한 보호시설과 상담 서비스를 확대하고 공무원 교육을 강화할 것",
    "Ապահովել մարդու իրավունքների պաշտպանների անվտանգությունը և արդար դատաքննությունը",
    "تعزيز حماية المدافعين عن حقوق الإنسان وضمان حرية تكوين الجمعيات والتجمع السلمي",
)
ASSESSORS = ("the coalition", "Org A", "Org B", "Org C")
STATUSES = [s.value for s in AssessmentStatus]


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(path: Path, n_recs: int, n_assessments: int) -> Workshop:
    workshop = Workshop.create(path, WorkshopInfo(title="Bench", country=ALL_COUNTRIES))
    rng = random.Random(3)
    recs = [Recommendation(text=f"{SENTENCES[i % 5]} (ref {i})", reference=f"{100 + i // 1000}.{i % 1000 + 1}",
                           country=f"State {i % 193}", states=("France",), response=Response.SUPPORTED,
                           themes=(f"Theme {i % 20}",), session=1 + i % 47) for i in range(n_recs)]
    with workshop.building():
        workshop.import_recommendations(recs, source_file="bench", format="bench", country=ALL_COUNTRIES)
        conn = workshop._store.conn
        for name in ASSESSORS[1:]:
            workshop.add_organisation(name)
        with workshop._store.transaction():
            for k in range(n_assessments):
                rec_id = 1 + rng.randrange(n_recs)
                on = date(2025, 6, 1).toordinal() + rng.randrange(900)
                store.insert_assessment(conn, Assessment(
                    None, recommendation(rec_id), AssessmentStatus(rng.choice(STATUSES)),
                    date.fromordinal(on).isoformat(), rng.choice(ASSESSORS), "bench"), created_at="2026-01-01")
    return workshop


def bare_group_by(conn):
    return conn.execute("SELECT status, count(*) FROM assessments GROUP BY status").fetchall()


def window_latest(conn):
    return conn.execute(
        "SELECT status, count(*) FROM (SELECT status, row_number() OVER (PARTITION BY subject "
        "ORDER BY assessed_on DESC, id DESC) AS n FROM assessments WHERE subject >= 'r' AND subject < 's') "
        "WHERE n = 1 GROUP BY status").fetchall()


def bench_dashboard(args) -> None:
    from upr_desktop.cli.followup import followup_json_text

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        workshop = build(Path(folder) / "bench.uprw", args.recs, args.assessments)
        print(f"built {args.recs:,} recommendations and {args.assessments:,} assessments in "
              f"{time.perf_counter() - start:.1f} s")
        conn = workshop._store.conn
        today = date(2027, 12, 1)
        board = workshop.dashboard(today)
        window = dict(window_latest(conn))
        assert {k: v for k, v in board.counts.items() if k != "none"} == {s: window.get(s, 0) for s in STATUSES}, \
            "the maintained table and the window query disagree"
        ours = median_ms(lambda: workshop.dashboard(today), args.runs)
        bare = median_ms(lambda: bare_group_by(conn), args.runs)
        win = median_ms(lambda: window_latest(conn), max(1, args.runs // 2))
        print(f"dashboard: {ours:.1f} ms  (target < 200 ms: {'PASS' if ours < 200 else 'FAIL'})")
        print(f"  baseline bare GROUP BY over assessments: {bare:.1f} ms  (ours/bare = {ours / bare:.2f})")
        print(f"  baseline latest-per-subject window query: {win:.1f} ms  (ours/window = {ours / win:.3f})")
        full = median_ms(lambda: followup_json_text(workshop, today), 1)
        print(f"followup --json in full (all {args.assessments:,} assessments listed): {full:.0f} ms  "
              f"(its summary part is the dashboard above)")
        workshop.close()


def bench_pdf(args) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from upr_desktop.io.followup_report import gather
    from upr_desktop.io.pdf.fonts import LATIN, register_fonts
    from upr_desktop.io.pdf.midterm import render

    with tempfile.TemporaryDirectory() as folder:
        workshop = Workshop.create(Path(folder) / "pdf.uprw", WorkshopInfo(title="PDF bench", country="Demoland"))
        recs = [Recommendation(text=f"{SENTENCES[i % 5]} ({i})", reference=f"120.{i + 1}", country="Demoland",
                               states=("Chile",), response=Response.SUPPORTED, themes=(f"Theme {i % 8}",), session=40)
                for i in range(250)]
        workshop.import_recommendations(recs, source_file="bench", format="bench", country="Demoland")
        conn = workshop._store.conn
        with workshop._store.transaction():
            ev_ids = [store.insert_evidence(conn, Evidence(None, f"{SENTENCES[i % 5][:60]} — item {i}", "2026-01-01",
                                                           EvidenceKind.MEDIA, f"Source {i}", "https://example.org/"
                                                           f"{i}")) for i in range(500)]
            for i in range(250):
                store.insert_assessment(conn, Assessment(
                    None, recommendation(i + 1), AssessmentStatus(STATUSES[i % 4]), "2026-06-01", "the coalition",
                    SENTENCES[(i + 2) % 5], evidence_ids=(ev_ids[2 * i], ev_ids[2 * i + 1])))
        report = gather(workshop)
        ours = median_ms(lambda: render(report), args.runs) / 1000
        register_fonts()
        style = ParagraphStyle("b", fontName=LATIN.name, fontSize=9, leading=12)

        def baseline():
            words = [Paragraph(a.rec.text + " " + " ".join(x.justification for x in a.latest), style)
                     for _, items in report.groups for a in items]
            words += [Paragraph(f"{e.title} {e.source} {e.link}", style) for e in report.evidence]
            out = io.BytesIO()
            SimpleDocTemplate(out, pagesize=A4).build(words)

        base = median_ms(baseline, args.runs) / 1000
        full = median_ms(lambda: render(gather(workshop)), 1) / 1000
        print(f"mid-term PDF (250 recommendations, 500 evidence items, 5 scripts): render {ours:.2f} s, "
              f"gather + render {full:.2f} s  (target < 3 s: {'PASS' if full < 3 else 'FAIL'})")
        print(f"  baseline bare reportlab, same words, one font: {base:.2f} s  (ours/bare = {ours / base:.2f})")
        workshop.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="25,000 recommendations, 100,000 assessments")
    parser.add_argument("--recs", type=int, default=250_000)
    parser.add_argument("--assessments", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-pdf", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.recs, args.assessments, args.runs = 25_000, 100_000, 3
    bench_dashboard(args)
    if not args.skip_pdf:
        bench_pdf(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
