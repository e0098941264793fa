"""Reports in layouts and wording the seeds do not have (2021-template county, news-style department).

Labels were written from the item definitions before running the tool; they guard the
checklist against fitting only the five seeds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import score_file

REPORT = Path(__file__).parent / "data" / "unseen_county_2022.txt"

EXPECTED = {
    "report.measures-results": "covered",
    "report.shortcomings": "covered",
    "report.first-responsible": "covered",
    "report.next-year": "covered",
    "report.other": "covered",
    "leadership.party-leadership": "covered",
    # only in the opening boilerplate (深入学习贯彻习近平法治思想): covers nothing by itself
    # (../shared/gold/README.md, labelling conventions)
    "leadership.xi-thought": "absent",
    "leadership.shufa": "covered",
    "leadership.leader-study": "absent",
    "leadership.assessment": "covered",
    "leadership.demonstration": "planned",
    "leadership.annual-plan": "covered",
    "capacity.staff-training": "absent",
    "functions.negative-list": "covered",
    "functions.approval-reform": "covered",
    "functions.business-env": "covered",
    "rules.normdoc-review": "absent",  # only named as a shortcoming
    "decision.five-procedures": "covered",
    "decision.catalogue": "covered",
    "decision.legal-advisers": "covered",
    "decision.legality-review": "covered",
    "enforcement.system-reform": "covered",
    "enforcement.three-systems": "covered",
    "enforcement.discretion": "planned",
    "enforcement.lenient": "covered",
    "enforcement.supervision": "covered",
    "enforcement.qualification": "absent",  # only named as a shortcoming
    "disputes.reconsideration": "covered",
    "disputes.litigation": "covered",
    "disputes.mediation": "covered",
    "oversight.npc-cppcc": "covered",
    "oversight.judicial-procuratorial": "covered",
    "oversight.transparency": "covered",
    "oversight.integrity": "planned",
    "digital.platforms": "covered",
    "society.pufa": "absent",
}


def test_unseen_report_details():
    res = score_file(REPORT)
    assert res.metadata.year == 2022 and res.checklist.id == "outline-2021"
    assert set(res.item("decision.five-procedures").elements) == {
        "public-participation",
        "expert-argumentation",
        "risk-assessment",
        "legality-review",
        "collective-discussion",
    }


DEPARTMENT = Path(__file__).parent / "data" / "unseen_department_2021.txt"

EXPECTED_DEPARTMENT = {
    "report.measures-results": "covered",
    "report.shortcomings": "absent",
    "report.first-responsible": "covered",
    "report.next-year": "absent",
    "leadership.party-leadership": "covered",
    "leadership.xi-thought": "absent",  # 习近平新时代…思想 is not 习近平法治思想
    "emergency.response": "absent",  # 统筹疫情防控和经济社会发展 is a slogan
    "functions.market-regulation": "covered",
    "rules.normdoc-review": "covered",
    "rules.normdoc-filing": "covered",
    "decision.legality-review": "absent",  # only the normative-document review
    "enforcement.lenient": "covered",
    "enforcement.three-systems": "partial",
    "enforcement.qualification": "covered",
    "oversight.social": "covered",
    "society.pufa": "covered",
    "digital.platforms": "absent",
}


@pytest.mark.parametrize(
    "path,expected", [(REPORT, EXPECTED), (DEPARTMENT, EXPECTED_DEPARTMENT)], ids=["county-2022", "department-2021"]
)
def test_unseen_report_statuses(path, expected):
    got = {i.id: i.status for i in score_file(path).items}
    assert {k: (v, got[k]) for k, v in expected.items() if got[k] != v} == {}


def test_unseen_department_details():
    res = score_file(DEPARTMENT)
    assert res.item("enforcement.three-systems").elements == ("publicity",)
    # an anonymised copy's 某市… names no body (a comparison would merge every 某市)
    assert res.metadata.year == 2021 and res.metadata.issuer is None
