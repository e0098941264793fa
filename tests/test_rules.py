"""Rule combinators, each on a tiny checklist through the public API."""

from __future__ import annotations

import pytest

from checker import ChecklistError, load_checklist, score_text
from conftest import item_yaml

BODY = (
    "某区人民政府关于2022年度法治政府建设情况的报告\n"
    "一、主要举措和成效\n"
    "(一)推进依法决策\n"
    "区政府聘请法律顾问5名，审查合同30份。\n"
    "全面落实公众参与、专家论证和合法性审查程序。\n"
    "组织开展陈述法定程序的专题研讨。\n"
    "二、存在的不足\n"
    "行政复议工作还有差距。\n"
    "三、2023年工作安排\n"
    "将继续推行行政执法公示。\n"
)


def status(cl, item_id, text=BODY):
    return score_text(text, checklist=cl).item(item_id)


@pytest.mark.parametrize(
    "rule,expected",
    [
        ("法律顾问", "covered"),
        ("{any: [不存在的词, 法律顾问]}", "covered"),
        ("{any: [不存在的词, 另一个词]}", "absent"),
        ("{all: [法律顾问, 合同]}", "covered"),
        ("{all: [法律顾问, 公众参与]}", "absent"),  # not in the same sentence
        ("{all: [法律顾问, {not: 合同}]}", "absent"),
        ("{all: [法律顾问, {not: 公众参与}]}", "covered"),
        ("{near: [法律顾问, 合同], within: 3}", "absent"),
        ("{near: [法律顾问, 合同], within: 8}", "covered"),
        ("{regex: '聘请法律顾问\\d+名'}", "covered"),
        ("{regex: '聘请法律顾问[a-z]+名'}", "absent"),
        ("{term: 述法, word: true}", "absent"),  # 陈述法定: 述法 is not a word here
        ("述法", "covered"),  # a plain term would match inside 陈述法定
        ("{all: [{heading: true}, 依法决策]}", "covered"),
        ("{all: [{heading: false}, 依法决策]}", "absent"),
        ("{part: shortcomings}", "absent"),  # shortcomings are not coverage by default
        ("{all: [{part: measures}, 专家论证]}", "covered"),
        # the section a sentence is in, by its heading (pattern-inside): 聘请法律顾问 under 推进依法决策
        ("{all: [{inside: 依法决策}, 法律顾问]}", "covered"),
        ("{all: [{inside: 存在的不足}, 法律顾问]}", "absent"),
        ("{all: [{inside: 主要举措}, 专家论证]}", "covered"),  # an outer heading too
        ("{all: [{inside: 依法决策}, 行政复议]}", "absent"),  # a later section is not inside it
    ],
)
def test_combinators(mini_checklist, rule, expected):
    cl = mini_checklist(item_yaml("test.x", rule))
    assert status(cl, "test.x").status == expected


def test_elements_k_of_n_and_partial(mini_checklist):
    extra = (
        "    elements:\n"
        "      - {id: a, title: 公众参与, match: 公众参与}\n"
        "      - {id: b, title: 专家论证, match: 专家论证}\n"
        "      - {id: c, title: 风险评估, match: 风险评估}\n"
    )
    cl = mini_checklist(item_yaml("test.x", "{elements: 2}", extra))
    it = status(cl, "test.x")
    assert it.status == "partial"
    assert it.elements == ("a", "b") and it.elements_missing == ("c",)
    assert it.score == pytest.approx(2 / 3, abs=1e-3)
    cl = mini_checklist(item_yaml("test.x", "{elements: 3}", extra))
    assert status(cl, "test.x").status == "absent"
    cl = mini_checklist(item_yaml("test.x", "{elements: 2}", extra + "    require_elements: 2\n"))
    assert status(cl, "test.x").status == "covered"


def test_exclude_drops_sentence(mini_checklist):
    cl = mini_checklist(item_yaml("test.x", "法律顾问", "    exclude: {any: [合同]}\n"))
    assert status(cl, "test.x").status == "absent"


def test_generic_rule_makes_partial(mini_checklist):
    cl = mini_checklist(item_yaml("test.x", "法律顾问", "    generic: 法律顾问\n"))
    it = status(cl, "test.x")
    assert it.status == "partial" and it.score == 0.5


def test_traditional_or_fullwidth_terms_in_yaml_still_match(mini_checklist):
    cl = mini_checklist(item_yaml("test.x", "法律顧問"))
    assert status(cl, "test.x").status == "covered"


@pytest.mark.parametrize(
    "rule,message",
    [
        ("{regex: '(abc'}", "invalid regex"),
        ("{regex: '(a+)+b'}", "nested quantifier"),
        ("{regex: 'x*'}", "matches the empty string"),
        ("{anyof: [a]}", "unknown rule operator"),
        ("{any: []}", "at least 1"),
        ("{all: [{not: a}]}", "positive rule"),
        ("{part: nowhere}", "unknown part"),
        ("{elements: 0}", "positive integer"),
        ("{near: [a], within: 3}", "at least 2"),
        ("''", "empty term"),
    ],
)
def test_bad_rules_name_file_line_and_field(mini_checklist, rule, message):
    cl = mini_checklist(item_yaml("test.x", rule))
    with pytest.raises(ChecklistError) as exc:
        load_checklist(cl)
    text = str(exc.value)
    assert message in text
    assert "items.yaml:" in text and "items[0].match" in text


# ---------------------------------------------------------------- mention roles

ROLES = (
    "某区人民政府关于2022年度法治政府建设情况的报告\n"
    "2022年,区政府坚持以习近平法治思想为指导,深入推进行政复议体制改革。现将有关情况报告如下:\n"
    "一、主要举措和成效\n"
    "区政府常务会议专题研究行政立法、行政复议等工作。\n"
    "区委理论学习中心组集中学习《中华人民共和国行政复议法》。\n"
    "全年办理行政复议案件12件。\n"
)


def test_topic_mentions_are_not_work_unless_the_item_opts_in(mini_checklist):
    cl = mini_checklist(
        item_yaml("test.recon", "行政复议")
        + item_yaml("test.study", "{all: [中心组, 行政复议]}", "    mentions: [law-title]\n")
        + item_yaml("test.node", "{all: [中心组, {any: [行政复议], mentions: [law-title]}]}")
    )
    res = score_text(ROLES, checklist=cl)
    recon = res.item("test.recon")
    # the opening boilerplate, the meeting subjects and the law studied are not reconsideration work
    assert recon.status == "covered" and [e.text for e in recon.evidence] == ["全年办理行政复议案件12件。"]
    assert res.item("test.study").status == "covered"  # the law title studied is what leader study is about
    assert res.item("test.node").status == "covered"  # the same opt-in on one node of the rule


def test_unknown_mention_role_is_a_lint_error(mini_checklist):
    cl = mini_checklist(item_yaml("test.x", "行政复议", "    mentions: [no-such-role]\n"))
    with pytest.raises(ChecklistError, match=r"items.yaml:\d+: items\[0\]\.mentions: unknown mention role"):
        load_checklist(cl)


def test_a_heading_with_an_empty_section_proves_nothing(mini_checklist):
    cl = mini_checklist(item_yaml("test.leg", "地方立法"))
    cut = "某区2022年度法治政府建设情况的报告\n一、主要举措和成效\n(一)开展执法培训\n全年培训3次。\n二、统筹做好地方立法工作"
    assert score_text(cut, checklist=cl).item("test.leg").status == "absent"
    whole = cut + "\n参与地方立法调研2次。\n"
    assert score_text(whole, checklist=cl).item("test.leg").status == "covered"
