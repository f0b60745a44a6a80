"""A UHRI-shaped .xlsx of N recommendations, deterministic, for benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

UHRI_COLUMNS = [
    "Text", "Countries Concerned", "Reccomending Body", "Document Symbol", "Themes", "Affected Persons", "Sdgs",
    "Document Publication Date", "UPR Reccomending States", "UPR Position", "Type", "OHCHR Annotation Id",
    "UPR Session", "Regions Concerned", "Recommending Regions", "Date of publication on UHRI",
]

VERBS = ["Ratify", "Adopt", "Ensure", "Strengthen", "Consider ratifying", "Take measures to", "Continue efforts to",
         "Establish", "Guarantee", "Investigate", "Allocate resources to", "Amend legislation to", "Implement"]
OBJECTS = ["the Optional Protocol to the Convention against Torture", "a comprehensive anti-discrimination law",
           "the independence of the national human rights institution", "access to justice for women and girls",
           "freedom of expression and of the media", "the rights of persons with disabilities",
           "birth registration for all children", "the protection of human rights defenders",
           "inclusive and quality education", "the prohibition of corporal punishment in all settings",
           "conditions of detention in line with the Nelson Mandela Rules", "the rights of migrants and refugees",
           "universal health coverage", "the abolition of the death penalty", "gender equality in employment",
           "the fight against trafficking in persons", "climate change adaptation policies that respect rights"]
TAILS = ["in line with its international obligations", "with the participation of civil society",
         "and allocate adequate resources for its implementation", "in consultation with affected communities",
         "and report on progress at the next review", ""]
THEMES = ["Torture and other CID treatment", "Women's rights", "Rights of the child", "Freedom of expression",
          "Human rights defenders", "Justice", "Detention conditions", "Migrants", "Right to health",
          "Right to education", "Persons with disabilities", "National human rights institution",
          "Death penalty", "Trafficking", "Environment", "International instruments"]
PERSONS = ["Women & girls", "Children", "Persons with disabilities", "Migrants", "Human rights defenders",
           "Persons deprived of their liberty", "Minorities", "Journalists"]
STATES = ["France", "Chile", "Kenya", "Japan", "Brazil", "Norway", "Senegal", "India", "Mexico", "Portugal",
          "Indonesia", "Canada", "Germany", "Ghana", "Fiji", "Egypt", "Peru", "Nepal", "Iceland", "Tunisia"]
COUNTRIES = [f"State {n:03d}" for n in range(193)]


def generate_rows(n: int, seed: int = 7):
    rng = random.Random(seed)
    for i in range(n):
        session = rng.randint(1, 47)
        country = COUNTRIES[i % len(COUNTRIES)]
        para = f"{rng.randint(90, 160)}.{i % 300 + 1}"
        text = f"{para} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)} (ref {i})".replace("  ", " ")
        themes = rng.sample(THEMES, rng.randint(1, 3))
        yield [
            text, country, "UPR", f"A/HRC/{session + 10}/{i % 90 + 1}", "\n".join(f"- {t}" for t in themes),
            "\n".join(f"- {p}" for p in rng.sample(PERSONS, rng.randint(0, 2))),
            "\n".join(f"- {s} - GOAL" for s in rng.sample(range(1, 18), rng.randint(0, 2))),
            40000 + i % 4000, "\n".join(f"- {s}" for s in rng.sample(STATES, rng.randint(1, 2))),
            rng.choice(["Supported", "Supported", "Supported", "Noted"]), "Recommendation",
            f"ann-{i}", session, "Asia-Pacific", "WEOG", 45000 + i % 1000,
        ]


def write_uhri_xlsx(path: Path, n: int) -> Path:
    from openpyxl import Workbook

    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Recommendations")
    ws.append(UHRI_COLUMNS)
    for row in generate_rows(n):
        ws.append(row)
    partial = path.with_suffix(".partial.xlsx")
    wb.save(partial)
    partial.replace(path)
    return path
