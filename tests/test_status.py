"""Each status, decided by where the evidence sits in the report."""

from __future__ import annotations

import pytest

from checker import score_text
from conftest import item_yaml

REPORT = """青山县人民政府关于2022年度法治政府建设工作情况的报告
县人大常委会:
2022年，我县深入学习贯彻习近平法治思想。现将有关情况报告如下。
一、主要举措和成效
(一)规范行政执法
1.推进执法监督。全县组织案卷评查2次，评查案卷120卷。
2.推行三项制度。全面推行行政执法公示制度和执法全过程记录制度。
下一步，我县将建立行政裁量权基准制度。
二、存在的问题和原因
一是法制审核力量不足，法律顾问作用发挥不够；二是信访积案化解较慢。
三、2023年工作安排
(一)健全规范性文件备案审查机制。
(二)继续开展法律顾问选聘工作。
特此报告。
青山县人民政府
2023年1月20日
"""

ITEMS = "".join(
    [
        item_yaml("test.supervision", "案卷评查"),
        item_yaml("test.discretion", "裁量权基准"),
        item_yaml("test.filing", "备案审查"),
        item_yaml("test.advisers", "法律顾问"),
        item_yaml("test.petition", "信访"),
        item_yaml("test.nothing", "公平竞争审查"),
        item_yaml(
            "test.three",
            "{any: [三项制度, {elements: 1}]}",
            "    elements:\n"
            "      - {id: publicity, title: 公示, match: 执法公示}\n"
            "      - {id: record, title: 全过程记录, match: 全过程记录}\n"
            "      - {id: review, title: 法制审核, match: 法制审核}\n",
        ),
    ]
)


def test_statuses(mini_checklist):
    cl = mini_checklist(ITEMS)
    res = score_text(REPORT, checklist=cl)
    st = {i.id: i.status for i in res.items}
    assert st["test.supervision"] == "covered"
    assert st["test.discretion"] == "planned"  # an intention sentence (下一步…将…) in the results part
    assert st["test.filing"] == "planned"  # only in the plan part
    assert st["test.advisers"] == "planned"  # shortcoming + plan, never coverage
    assert st["test.petition"] == "absent"  # only listed as a shortcoming
    assert st["test.nothing"] == "absent"
    assert st["test.three"] == "partial"
    three = res.item("test.three")
    assert three.elements == ("publicity", "record") and three.elements_missing == ("review",)


def test_evidence_carries_offsets_part_and_concreteness(mini_checklist):
    cl = mini_checklist(ITEMS)
    res = score_text(REPORT, checklist=cl)
    sup = res.item("test.supervision")
    ev = sup.evidence[0]
    assert REPORT[ev.start : ev.end] == ev.text
    assert ev.part == "measures" and ev.concrete and "案卷评查" in ev.terms
    assert sup.concrete
    plan = res.item("test.filing").evidence[0]
    assert plan.part == "plan"


def test_waived_item_is_not_applicable_and_leaves_the_score(mini_checklist):
    cl = mini_checklist(ITEMS)
    a = score_text(REPORT, checklist=cl)
    b = score_text(REPORT, checklist=cl, waived={"test.nothing": "no such power"})
    assert b.item("test.nothing").status == "not_applicable"
    assert b.scoring.denominator < a.scoring.denominator or b.scoring.score > a.scoring.score


def test_metadata_detected_and_overridable(mini_checklist):
    cl = mini_checklist(ITEMS)
    res = score_text(REPORT, checklist=cl)
    assert res.metadata.year == 2022
    assert res.metadata.issuer == "青山县人民政府"
    res = score_text(REPORT, checklist=cl, year=2021, issuer="某某县")
    assert res.metadata.year == 2021 and res.metadata.issuer_source == "option"
    # the given name is shown in its full form, and kept as given
    assert (res.metadata.issuer, res.metadata.issuer_original) == ("某某县人民政府", "某某县")


@pytest.mark.parametrize(
    "sentence,item",
    [
        ("我区构建智能高效公共法律服务体系获评全国法治政府建设示范项目。", "leadership.demonstration"),
        ("区行政复议接待中心被市委依法治市委评定为法治政府建设示范项目。", "leadership.demonstration"),
    ],
)
def test_an_honour_conferred_is_concrete(sentence, item):
    """The gold conventions count a specific event as concrete evidence, as a figure or a titled
    document is; an honour conferred is one (it was read as generic)."""
    it = score_text("某区2022年法治政府建设情况报告\n一、主要举措和成效\n" + sentence + "\n").item(item)
    assert it.status == "covered" and it.concrete
