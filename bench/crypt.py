"""What encryption costs a person: the encrypted workshop beside the plain one, measured in the same run.

    .venv/bin/python bench/crypt.py [--quick] [--rows 250000] [--runs 3]

Every figure is min / median / max over runs that alternate plain and encrypted, with the ratio of medians:
  - open: Workshop.open + the workshop's details + close, including the passphrase's key derivation
    (PBKDF2-HMAC-SHA512, 256,000 iterations) and the check of the file (in full up to 32 MB; above, the full
    check runs in the background, as in the app). Goal: the encrypted open under 1 s.
  - import: Workshop.import_recommendations of ROWS recommendations into a new, empty workshop (one
    transaction, the search index kept up by its triggers), as an import does after reading its file.
    Goal: within 1.5x of the plain file.
  - search: what the review page runs for a search (page() + the first screen of rows), over words, prefixes,
    accents, phrases and very common words, p95 over all of them. Goal: within 1.5x of the plain file.
--quick: 5,000 rows and fewer repeats, under 30 s (scripts/test.sh runs it so the bench can't rot unseen).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from generate import OBJECTS, PERSONS, STATES, TAILS, THEMES, VERBS  # noqa: E402

PASSPHRASE = "a bench passphrase, long enough"
QUERIES = ["torture", "women", "ratify", "child", "detention", "expression", "defenders", "educ", "disabil",
           "ratif", "migr", "prot", "th", "détention", "éducation", "ref 98765", "1234", "the", "rights",
           "of the", "death penalty", "civil society", "optional protocol", "corporal punishment"]
SCREEN = 40


def stats(values: list[float]) -> dict:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return {"min": values[0], "median": statistics.median(values), "max": values[-1], "p95": p95}


def fmt(s: dict, unit: str = "ms", scale: float = 1000) -> str:
    return f"{s['min'] * scale:9.1f} /{s['median'] * scale:9.1f} /{s['max'] * scale:9.1f} {unit}"


def recommendations(n: int):
    from upr_desktop.domain.recommendation import Recommendation

    rng = random.Random(7)
    return [Recommendation(
        text=f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)} (ref {i})",
        reference=f"{rng.randint(90, 160)}.{i % 300 + 1}", country="Demoland",
        states=tuple(rng.sample(STATES, rng.randint(1, 2))), themes=tuple(rng.sample(THEMES, rng.randint(1, 3))),
        affected_persons=tuple(rng.sample(PERSONS, rng.randint(0, 2))), session=rng.randint(1, 47),
    ) for i in range(n)]


def make(path: Path, passphrase: str | None, recs) -> float:
    from upr_desktop.domain.workshop import WorkshopInfo
    from upr_desktop.ops.workshop import Workshop

    w = Workshop.create(path, WorkshopInfo(title="Bench", country="Demoland"), passphrase=passphrase)
    t = time.perf_counter()
    w.import_recommendations(recs, source_file="bench.xlsx", format="uhri")
    elapsed = time.perf_counter() - t
    w.close()
    return elapsed


def time_open(path: Path, passphrase: str | None) -> float:
    from upr_desktop.ops.workshop import Workshop

    t = time.perf_counter()
    w = Workshop.open(path, passphrase=passphrase)
    w.info()  # the window's title; the review page's first screen is the search figure's business
    w.close()
    return time.perf_counter() - t


def search_times(path: Path, passphrase: str | None, repeats: int) -> list[float]:
    from upr_desktop.ops.workshop import Workshop
    from upr_desktop.store.queries import RecommendationFilter

    w = Workshop.open(path, passphrase=passphrase, read_only=True)
    try:
        def review(q: str) -> None:
            page = w.page(RecommendationFilter(text=q), limit=200)
            w.recommendations(list(page.ids[:SCREEN]))

        for q in QUERIES[:3]:  # warm the page cache as a person's first searches do
            review(q)
        times = []
        rng = random.Random(3)
        for q in [q for _ in range(repeats) for q in rng.sample(QUERIES, len(QUERIES))]:
            t = time.perf_counter()
            review(q)
            times.append(time.perf_counter() - t)
        return times
    finally:
        w.close()


def line(name: str, plain: dict, encrypted: dict, goal: str, unit: str = "ms", scale: float = 1000) -> None:
    print(f"  {name:<22} plain     {fmt(plain, unit, scale)}")
    print(f"  {'':<22} encrypted {fmt(encrypted, unit, scale)}   -> {encrypted['median'] / plain['median']:.2f}x"
          f"   ({goal})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rows", type=int)
    parser.add_argument("--runs", type=int)
    args = parser.parse_args()
    rows = args.rows or (5_000 if args.quick else 250_000)
    runs = args.runs or (2 if args.quick else 3)
    work = Path(tempfile.mkdtemp(prefix="upr-bench-crypt-"))
    os.environ["UPR_DESKTOP_HOME"] = str(work / "home")  # backups and logs of the bench stay in its folder
    try:
        print(f"Encrypted vs plain workshop, {rows:,} recommendations, {runs} interleaved runs "
              f"(min / median / max)")
        recs = recommendations(rows)
        imports = {"plain": [], "encrypted": []}
        files = {}
        for run in range(runs):
            for kind, passphrase in (("plain", None), ("encrypted", PASSPHRASE))[::1 if run % 2 == 0 else -1]:
                path = work / f"{kind}-{run}.uprw"
                imports[kind].append(make(path, passphrase, recs))
                if kind in files:
                    files[kind].unlink()
                files[kind] = path
        opens = {"plain": [], "encrypted": []}
        for _ in range(runs * (3 if args.quick else 5)):
            opens["plain"].append(time_open(files["plain"], None))
            opens["encrypted"].append(time_open(files["encrypted"], PASSPHRASE))
        searches = {"plain": [], "encrypted": []}
        for _ in range(runs):
            searches["plain"] += search_times(files["plain"], None, 1 if args.quick else 3)
            searches["encrypted"] += search_times(files["encrypted"], PASSPHRASE, 1 if args.quick else 3)

        from upr_desktop.store import engine

        kdf = []
        for _ in range(5):
            t = time.perf_counter()
            engine.derive(PASSPHRASE, os.urandom(engine.SALT_BYTES))
            kdf.append(time.perf_counter() - t)
        o = {k: stats(v) for k, v in opens.items()}
        line("open (with the KDF)", o["plain"], o["encrypted"], "goal: encrypted under 1 s")
        print(f"  {'of which the KDF':<22}           {fmt(stats(kdf))}   (PBKDF2-HMAC-SHA512, 256,000 iterations)")
        i = {k: stats(v) for k, v in imports.items()}
        line(f"import {rows:,}", i["plain"], i["encrypted"], "goal: within 1.5x", "s", 1)
        s = {k: stats(v) for k, v in searches.items()}
        line("search (review page)", s["plain"], s["encrypted"], "goal: p95 within 1.5x")
        print(f"  {'search p95':<22} plain {s['plain']['p95'] * 1000:.1f} ms, encrypted "
              f"{s['encrypted']['p95'] * 1000:.1f} ms -> {s['encrypted']['p95'] / s['plain']['p95']:.2f}x")
        print(f"  file sizes: plain {files['plain'].stat().st_size / 1e6:.1f} MB, encrypted "
              f"{files['encrypted'].stat().st_size / 1e6:.1f} MB")
        verdicts = {
            "open < 1 s": o["encrypted"]["median"] < 1.0,
            "import within 1.5x": i["encrypted"]["median"] <= 1.5 * i["plain"]["median"],
            "search p95 within 1.5x": s["encrypted"]["p95"] <= 1.5 * s["plain"]["p95"],
        }
        print("  " + "; ".join(f"{name}: {'yes' if ok else 'NO'}" for name, ok in verdicts.items()))
        print(f"  load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
