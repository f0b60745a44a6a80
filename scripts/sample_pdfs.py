"""Write the demo workshop's printed documents to a folder, to look at them (or attach them to a review).

    .venv/bin/python scripts/sample_pdfs.py OUT_DIR

The charter gets one extra priority written in every script the PDFs must carry (Mongolian Cyrillic,
Korean, Chinese, Japanese, Armenian, Georgian, Arabic, Romanian and Vietnamese Latin); the handout, and the
ballots and results of the demo's rounds (once those documents exist) come as the demo has them.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "round"


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="upr-sample-pdfs-"))
    os.environ["UPR_DESKTOP_HOME"] = str(work / "home")  # never touch the person's own settings or backups

    from tests.io.pdf.script_samples import add_multilingual_priority
    from upr_desktop.io.demo import create_demo_workshop
    from upr_desktop.io.pdf import DocumentKind, DocumentRequest, write_pdf

    workshop = create_demo_workshop(work / "demo.uprw")
    written = []
    try:
        cited = workshop.charter().cited_recommendation_ids()[:2]
        add_multilingual_priority(workshop, cited)
        for paper in ("a4", "letter"):
            suffix = "" if paper == "a4" else "-letter"
            written.append(write_pdf(workshop, DocumentRequest(DocumentKind.CHARTER, paper=paper),
                                     out / f"charter{suffix}.pdf"))
        written.append(write_pdf(workshop, DocumentRequest(DocumentKind.HANDOUT), out / "handout.pdf"))
        has = lambda name: importlib.util.find_spec(f"upr_desktop.io.pdf.{name}") is not None  # noqa: E731
        for rnd in workshop.voting_rounds():
            if has("ballots") and rnd.candidates:
                written.append(write_pdf(workshop, DocumentRequest(DocumentKind.BALLOTS, rnd.id, blank_ballots=5),
                                         out / f"ballots-{_safe_name(rnd.title)}.pdf"))
            if has("results") and rnd.status.value == "closed":
                written.append(write_pdf(workshop, DocumentRequest(DocumentKind.RESULTS, rnd.id),
                                         out / f"results-{_safe_name(rnd.title)}.pdf"))
    finally:
        workshop.close()
        shutil.rmtree(work, ignore_errors=True)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
