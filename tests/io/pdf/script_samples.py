"""One sentence per script the printed documents must carry, for every PDF test and the sample PDFs.

Each is the kind of thing a participant types into a priority or a plan: short enough to stay on one
line of a table cell, so the text read back from the PDF can be compared as written.
"""

SCRIPT_SAMPLES = {
    "mongolian": "Хүний эрхийг хамгаалагчдын тухай хуулийг үр дүнтэй хэрэгжүүлэх нь төрийн үүрэг мөн",
    "korean": "인권 옹호자를 보호하기 위한 법률을 제정한다",
    "chinese": "制定保护人权维护者的专门法律",
    "japanese": "人権擁護者を守るための法律とガイドラインを整備する",
    "armenian": "Մարդու իրավունքների պաշտպանների մասին օրենքի ընդունում",
    "georgian": "ადამიანის უფლებების დამცველთა დაცვის შესახებ კანონის მიღება",
    "arabic": "اعتماد قانون خاص لحماية المدافعين عن حقوق الإنسان",
    "romanian": "Adoptarea și aplicarea unei legi privind protecția apărătorilor drepturilor omului",
    "vietnamese": "Ban hành luật bảo vệ những người bảo vệ nhân quyền",
}


def multilingual_priority_fields() -> dict:
    """Priority fields holding every sample: each sample in a field of its own, so none shares a line with
    another script (right-to-left text in particular)."""
    from upr_desktop.domain.charter import Level, Milestone

    s = SCRIPT_SAMPLES
    return dict(
        title=s["mongolian"],
        government_action=s["korean"],
        cso_actions=s["arabic"],
        lead_actor=s["armenian"],
        partners=s["georgian"],
        indicators=s["chinese"],
        resources=s["japanese"],
        level=Level.REGIONAL,
        milestones=(Milestone("2027-03", s["romanian"]), Milestone("2027-10", s["vietnamese"])),
    )


def add_multilingual_priority(workshop, recommendation_ids=()) -> int:
    """Add a priority written in every script to the workshop's charter; returns its id."""
    priority_id, _ = workshop.add_priority(SCRIPT_SAMPLES["mongolian"], list(recommendation_ids))
    priority = next(p for p in workshop.charter().priorities if p.id == priority_id)
    workshop.update_priority(priority.with_changes(**multilingual_priority_fields()))
    return priority_id
