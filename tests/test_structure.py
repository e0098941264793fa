"""Report parts recognised in layouts the seeds do not show."""

from __future__ import annotations

import re

import pytest

from checker import score_text

TEMPLATE_2021 = """青山县人民政府关于2022年度法治政府建设情况的报告
市人民政府:
2022年，我县坚持以习近平新时代中国特色社会主义思想为指导。现将有关情况报告如下:
一、2022年推进法治政府建设的主要举措和成效
(一)深入学习贯彻习近平法治思想。县政府常务会议专题学习习近平法治思想4次，举办法治专题讲座2场。
(二)依法全面履行政府职能。全面实行权责清单制度，动态调整权责事项126项。
二、党政主要负责人履行推进法治建设第一责任人职责情况
县长主持召开县政府常务会议专题研究法治政府建设工作3次，带头开展述法。
三、存在的不足和原因
一是行政执法规范化水平有待提高；二是基层法治力量薄弱。主要原因是法治队伍建设投入不足。
四、2023年推进法治政府建设的主要安排
(一)全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。
(二)健全行政复议工作机制。
五、其他需要报告的情况
无。
青山县人民政府
2023年2月10日
"""

NO_HEADINGS = """2021年，我区坚持依法行政，全年办理行政复议案件12件，纠错率8%。
区政府聘请法律顾问6名，审查合同45份，并将继续发挥法律顾问作用。
但工作中仍存在一些问题，行政执法人员培训不足。
下一步，我区将推行行政执法三项制度，加强规范性文件备案审查。
"""


def test_template_2021_parts_and_report_items():
    r = score_text(TEMPLATE_2021)
    parts = {s.text[:12]: s.part for s in r.structure.sentences}
    assert parts["二、党政主要负责人履行推"] == "duty"
    assert parts["三、存在的不足和原因"] == "shortcomings"
    assert parts["四、2023年推进法治政"] == "plan"
    assert parts["五、其他需要报告的情况"] == "other"
    assert parts["市人民政府:"] == "front"
    st = {i.id: i for i in r.items}
    assert st["report.measures-results"].status == "covered"
    assert st["report.shortcomings"].status == "covered"
    assert set(st["report.shortcomings"].elements) == {"shortcomings", "causes"}
    assert st["report.first-responsible"].status == "covered"
    assert st["report.next-year"].status == "covered"
    assert st["report.other"].status == "covered"
    assert st["leadership.shufa"].status == "covered"
    assert st["functions.power-lists"].status == "covered" and st["functions.power-lists"].concrete
    assert st["enforcement.three-systems"].status == "planned"
    assert st["disputes.reconsideration"].status == "planned"
    assert r.metadata.year == 2022 and r.checklist.id == "outline-2021"
    assert r.metadata.issuer == "青山县人民政府"


def test_report_without_headings():
    r = score_text(NO_HEADINGS)
    st = {i.id: i.status for i in r.items}
    assert st["disputes.reconsideration"] == "covered"
    assert st["decision.legal-advisers"] == "covered"  # a fact followed by 并将继续… is still a fact
    assert st["report.shortcomings"] == "partial"
    assert st["report.next-year"] == "covered"
    assert st["enforcement.three-systems"] == "planned"
    assert st["rules.normdoc-filing"] == "planned"
    assert st["enforcement.qualification"] == "absent"  # only named as a shortcoming


def test_completion_heading_is_not_a_plan_and_last_heading_is_not_signature():
    text = (
        "某区2022年法治政府建设情况报告\n"
        "一、2022年工作计划完成情况\n"
        "全年办理行政复议案件15件。\n"
        "二、2023年工作安排\n"
        "(一)加强行政执法队伍建设\n"
    )
    r = score_text(text)
    parts = {s.text: s.part for s in r.structure.sentences}
    assert parts["一、2022年工作计划完成情况"] == "measures"
    assert parts["(一)加强行政执法队伍建设"] == "plan"
    assert r.item("disputes.reconsideration").status == "covered"


def test_other_heading_wordings_for_problems_and_plans():
    text = (
        "某县2022年法治政府建设情况报告\n"
        "一、主要工作\n"
        "全年办理行政复议案件15件。\n"
        "二、面临的困难\n"
        "法律顾问力量不足。\n"
        "三、工作展望\n"
        "全面推行证明事项告知承诺制。\n"
    )
    r = score_text(text)
    parts = {s.text: s.part for s in r.structure.sentences}
    assert parts["二、面临的困难"] == "shortcomings" and parts["三、工作展望"] == "plan"
    assert r.item("decision.legal-advisers").status == "absent"
    assert r.item("functions.notify-commit").status == "planned"


ENDING_BODY = """某区人民政府关于2023年度法治政府建设情况的报告
市人民政府:
2023年,我区深入学习贯彻习近平法治思想,扎实推进法治政府建设。现将有关情况报告如下。
一、主要举措和成效
(一)加强党的领导。区委常委会专题听取法治政府建设工作汇报3次,研究部署法治建设重点任务。
(二)推进严格规范公正文明执法。全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度,全年评查行政执法案卷120卷。
二、党政主要负责人履行推进法治建设第一责任人职责情况
区政府主要负责同志认真履行推进法治建设第一责任人职责,主持召开常务会议专题研究法治政府建设工作4次。
"""
PLAN_TASKS = "推进行政复议体制改革,提升复议案件办理质量。全面落实行政裁量权基准制度。深化“八五”普法,落实“谁执法谁普法”普法责任制。"
PROBLEMS = "行政复议规范化建设有待加强,基层执法力量薄弱。"
ENDINGS = {
    "combined heading": f"三、存在的问题和下一步工作打算\n一年来工作取得了一定成效,但也存在一些问题:{PROBLEMS}\n下一步,我区将重点做好以下工作:{PLAN_TASKS}",
    "two sub-headings": f"三、存在的问题和下一步工作打算\n(一)存在的问题\n{PROBLEMS}\n(二)下一步工作打算\n{PLAN_TASKS}",
    "separate headings": f"三、存在的不足\n{PROBLEMS}\n四、2024年工作安排\n{PLAN_TASKS}",
    "headings without numbers": f"存在的主要问题\n{PROBLEMS}\n2024年工作打算\n{PLAN_TASKS}",
    "next year's tasks": f"三、面临的困难\n{PROBLEMS}\n四、2024年法治政府建设重点任务\n{PLAN_TASKS}",
    "ideas for next year": f"三、问题与不足\n{PROBLEMS}\n四、2024年工作设想\n{PLAN_TASKS}",
    "answering the problems": f"三、存在的问题\n{PROBLEMS}\n针对上述问题,我区将采取以下措施:{PLAN_TASKS}",
    "next (jiexialai)": f"三、存在的不足\n{PROBLEMS}\n接下来,我区将着力做好以下工作:{PLAN_TASKS}",
    "next year, we will": f"三、存在的不足\n{PROBLEMS}\n2024年,我们将继续:{PLAN_TASKS}",
    "in later work": f"三、存在的不足\n{PROBLEMS}对此,我们将在今后工作中认真加以解决。\n{PLAN_TASKS}",
    # a section on both whose plans open without a 下一步
    "mixed, no transition": f"三、存在的不足及下步打算\n{PROBLEMS}\n一是{PLAN_TASKS}",
    "improvement measures": f"三、存在的问题和改进措施\n{PROBLEMS}\n{PLAN_TASKS}",
    "shortcomings and aims": f"三、不足与努力方向\n{PROBLEMS}\n{PLAN_TASKS}",
    "mixed, problems in paragraphs": f"三、存在的问题和下一步打算\n一是行政复议规范化建设有待加强。\n二是基层执法力量薄弱。\n{PLAN_TASKS}",
    "mixed, a plan solving problems": f"三、存在的问题和下一步打算\n{PROBLEMS}\n着力解决行政复议工作中的突出问题。{PLAN_TASKS}",
    "mixed, sub-headings": "三、存在的问题和下一步打算\n(一)行政复议规范化建设有待加强\n复议案件办理质量不高。\n"
    "(二)推进行政复议体制改革\n提升复议案件办理质量。\n(三)全面落实行政裁量权基准制度\n按时公布裁量基准。\n"
    "(四)深化“八五”普法\n落实“谁执法谁普法”普法责任制。",
}


@pytest.mark.parametrize("ending", ENDINGS, ids=list(ENDINGS))
def test_the_ways_reports_end_with_shortcomings_and_plans(ending):
    """Work named only in next year's plans is planned, whichever of the usual endings holds it;
    work reported in the results stays covered."""
    r = score_text(ENDING_BODY + ENDINGS[ending])
    assert r.item("enforcement.three-systems").status == "covered"
    for item in ("disputes.reconsideration", "enforcement.discretion", "society.pufa"):
        assert r.item(item).status == "planned", item
    assert r.item("report.next-year").status == "covered"
    assert r.item("report.shortcomings").status in ("covered", "partial")


def test_rectifying_problems_others_found_is_work_done_not_a_plan():
    """督察整改 is reported as work: a heading 督察反馈问题及整改措施落实情况 and a sentence
    针对上述问题,我区将整改任务分解… (the 把 construction) stay in the results part."""
    section = (
        "(三)督察反馈问题及整改措施落实情况\n针对省委依法治省办督察反馈的5个问题,我区制定整改方案,全部整改到位。"
        "针对上述问题,我区将整改任务分解到12个部门,建立行政复议案件台账。\n"
    )
    r = score_text(
        ENDING_BODY.replace("二、党政主要负责人", section + "二、党政主要负责人") + ENDINGS["separate headings"]
    )
    part = {s.text[:8]: s.part for s in r.structure.sentences}
    assert part["(三)督察反馈问"] == "measures" and part["针对上述问题,我"] == "measures"
    assert r.item("disputes.reconsideration").status == "covered"


def test_a_collapsed_copy_keeps_an_intention_inside_its_paragraph():
    """A copy that lost its line breaks gets them back after each sentence; a 下一步 that was a
    sentence inside a paragraph of the results (an intention) must not turn the rest into plans."""
    text = (
        "某镇人民政府关于2023年度法治政府建设情况的报告\n2023年,我镇扎实推进法治政府建设。现将有关情况报告如下:\n"
        "一、主要举措和成效\n(一)深入学习贯彻习近平法治思想\n镇党委理论学习中心组专题学习习近平法治思想6次,举办法治讲座2场。"
        "下一步,我镇将持续深化学习。\n(二)规范行政执法\n全面推行行政执法公示制度、执法全过程记录制度和重大执法决定"
        "法制审核制度,全年评查行政执法案卷20卷。组织执法人员参加法律知识培训2期,参训执法人员45人次,全部通过考试。\n"
        "(三)化解矛盾纠纷\n全年受理行政复议案件3件,依法审结3件。坚持和发展新时代枫桥经验,调解各类纠纷120件,"
        "调解成功率98%。健全信访工作机制,依法分类处理群众诉求56件。\n"
    )
    for copy in (text, text.replace("\n", "")):
        assert len(copy) > 300  # (a text this long on one line has its breaks put back)
        r = score_text(copy)
        assert r.item("enforcement.three-systems").status == "covered"
        assert r.item("disputes.reconsideration").status == "covered"
        assert r.item("report.next-year").status == "absent"


# Word documents type heading numbers as the GB2312 set's enclosed characters (㈠ ⒈ ⑴ ①), and
# lists below (1) use 1) or 1）.
ENCLOSED = """某县2022年法治政府建设情况报告
一、主要举措和成效
㈠化解行政争议
⒈信访、调解、仲裁、行政复议、诉讼等矛盾纠纷多元化解机制有效运行。成立工作领导小组,制定工作方案。
⑴建立人民调解组织。全年调解纠纷120件。
1）完善调解工作台账。
①落实调解员培训制度。
二、存在的不足
基层法治力量薄弱。
"""


def test_enclosed_and_bracketed_heading_numbers_are_headings():
    r = score_text(ENCLOSED)

    def level(start: str) -> int:
        (s,) = [s for s in r.structure.sentences if s.text.startswith(start)]
        return s.heading_level

    assert [level(n) for n in ("㈠", "⒈", "⑴", "1)", "①")] == [2, 3, 4, 5, 6]
    assert level("二、") == 1
    # the lead sentence is a template heading listing subjects, not reconsideration work
    assert r.item("disputes.reconsideration").status == "absent"


@pytest.mark.parametrize("number", ["1)", "1）", "①", "⑴"])
def test_a_list_heading_listing_subjects_is_not_work_whatever_its_number(number):
    text = ENCLOSED.replace("⒈", number)
    assert score_text(text).item("disputes.reconsideration").status == "absent"


@pytest.mark.parametrize("space", [" ", "\u3000"])
def test_a_heading_number_set_apart_by_a_space_is_a_heading(space):
    text = re.sub(r"(?m)^([一二三四五])、", lambda m: m[1] + space, TEMPLATE_2021)
    r = score_text(text)
    parts = {s.text[:6]: s.part for s in r.structure.sentences if s.is_heading}
    assert parts["二 党政主要"] == "duty" and parts["三 存在的不"] == "shortcomings"
    assert r.item("report.first-responsible").status == "covered"
    # a sentence that only starts with a numeral keeps its words together: no heading
    body = score_text(TEMPLATE_2021.replace("市人民政府:\n", "市人民政府:\n一 年来,全县办理行政复议案件15件。\n"))
    (s,) = [s for s in body.structure.sentences if "年来" in s.text]
    assert s.text.startswith("一年来") and not s.is_heading


LINE = "全县各级行政机关认真贯彻落实党中央国务院决策部署,推动依法行政工作"  # 34 characters, no stop


def test_a_wrapped_line_starting_with_the_rest_of_a_period_is_no_heading():
    """(2015-2020) wrapped after 2015-20 leaves 20)》 at a line's start: not a heading 20)."""
    text = (
        "青山县人民政府关于2017年度法治政府建设情况的报告\n"
        + "2017年,青山县政府以贯彻落实《法治政府建设实施纲要(2015-20\n"
        + "20)》为主线,全年办理行政复议案件15件,纠错率8%。\n"
        + (LINE + "。\n") * 3
    )
    r = score_text(text)
    (s,) = [s for s in r.structure.sentences if "为主线" in s.text]
    assert "2015-2020)" in s.text and not s.is_heading


def test_a_wrapped_introduction_is_no_salutation_and_gives_no_name():
    """…报告如下: on a line of its own after an unfinished line is the rest of 现将…, not a
    salutation (市人民政府:) — nor a title naming 将我市 (before: issuer 将我市人民政府)."""
    text = (
        "2017年,在省委、省政府和市委的正确领导下,我市各级行政机关认真贯彻落实党的十九大精神。"
        + LINE
        + ",为全市发展提供了良好的法治保障。现\n将我市2017年度法治政府建设情况报告如下:\n"
        + "一、加强组织领导\n"
        + (LINE + "。\n") * 3
    )
    r = score_text(text)
    assert r.metadata.issuer is None
    assert any(s.text.startswith("现将我市2017年度") for s in r.structure.sentences)


def test_a_name_on_a_line_after_the_body_text_is_no_issuer():
    """An excerpt cut off after 承办并参加人社部 ends with a line that looks like a ministry's name."""
    text = (
        "2024年,省人社厅坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。\n"
        + "一、重点工作推进情况\n"
        + (LINE + "。\n") * 3
        + "(三)持续推进高质量依法行政。一是持续推进重点领域立法。\n承办并参加人社部\n"
    )
    assert score_text(text).metadata.issuer is None


@pytest.mark.parametrize("appendix", ["附件", "附件1:", "附表:"])
def test_the_signature_before_appended_tables_names_the_issuer(appendix):
    """A statistics table appended after the signature: the name before it still signs the report
    (before: no issuer — the last lines were the table's)."""
    text = (
        "2023年度法治政府建设工作报告\n市政府:\n"
        + (LINE + "。\n") * 4
        + "青山县人民政府\n2024年1月10日\n"
        + f"{appendix}\n法治政府建设主要数据统计表\n序号\t指标\t数值\n1\t行政复议案件\t15件\n2\t行政应诉案件\t23件\n"
        + "3\t规范性文件备案\t12件\n"
    )
    r = score_text(text)
    assert (r.metadata.issuer, r.metadata.issuer_source) == ("青山县人民政府", "tail")


APPENDED = (
    "青山县人民政府关于2022年度法治政府建设情况的报告\n"
    + "2022年，我县坚持以习近平法治思想为指导，深入推进法治政府建设。现将有关情况报告如下：\n"
    + "一、主要举措和成效\n"
    + (LINE + "。\n") * 3
    + "二、2023年工作安排\n继续加强法治政府建设，提升依法行政水平。\n"
    + "青山县人民政府\n2023年2月20日\n"
)


def test_an_indicator_table_appended_after_the_signature_reports_the_year():
    """附件 after the signature starts afresh: its indicator table reports the year's work. Before,
    its rows were read as the plan section's (the last in the text): reconsideration and the
    appearance in court only planned, their key figures not taken."""
    text = APPENDED + (
        "附件\n2022年度法治政府建设主要指标完成情况\n序号\t指标\t完成情况\n"
        + "1\t行政机关负责人出庭应诉率\t100%\n2\t行政复议案件纠错率\t8.2%\n"
    )
    r = score_text(text)
    assert {i.id: i.status for i in r.items}["disputes.litigation"] == "covered"
    assert {f.id: f.value for f in r.figures}["litigation.appearance-rate"] == 100
    parts = {s.text: s.part for s in r.structure.sentences}
    assert parts["青山县人民政府"] == parts["2023年2月20日"] == "closing"
    assert parts["继续加强法治政府建设,提升依法行政水平。"] == "plan"


def test_an_appended_plan_stays_a_plan():
    """An appendix whose own title is the next year's plan is read as plans."""
    text = APPENDED + "附件1:\n2023年法治政府建设工作计划\n1.全面推行行政执法三项制度。\n2.健全行政复议工作机制。\n"
    statuses = {i.id: i.status for i in score_text(text).items}
    assert statuses["enforcement.three-systems"] == statuses["disputes.reconsideration"] == "planned"


@pytest.mark.parametrize(
    "appendix",
    ["附件2:2023年法治政府建设工作要点\n", "附件\n2023年度法治政府建设重点任务\n"],
)
def test_an_appended_plan_document_is_read_as_plans(appendix):
    """An appended 工作要点 (on the label's line or the next) lists the coming year's tasks: they
    are plans, though its title names no 计划 and the appendix otherwise reports the year's work."""
    text = APPENDED + appendix + "1.全面推行行政执法三项制度。\n2.健全行政复议工作机制。\n"
    statuses = {i.id: i.status for i in score_text(text).items}
    assert statuses["enforcement.three-systems"] == statuses["disputes.reconsideration"] == "planned"


def test_the_attachments_named_above_the_signature_start_no_appendix():
    """公文 form names its attachments above the signature (附件:1.…); the attachment itself
    follows the date. Only the latter starts afresh."""
    text = APPENDED.replace("青山县人民政府\n2023年", "附件:1.主要指标完成情况\n青山县人民政府\n2023年") + (
        "附件1\n主要指标完成情况\n1\t行政机关负责人出庭应诉率\t100%\n"
    )
    parts = {s.text: s.part for s in score_text(text).structure.sentences}
    assert parts["2023年2月20日"] == "closing" and parts["1行政机关负责人出庭应诉率100%"] == "measures"


def test_a_collapsed_copy_gets_its_run_on_headings_and_signature_apart():
    """Pasted as one line, a heading without punctuation runs into the next (…推进法治政府建设(一)
    健全…); each gets its line back, as does a signature's date run into its name at the end. An
    enumeration inside a sentence (第一、二季度) stays whole."""
    text = (
        "2022年度法治政府建设情况报告"
        "2022年,青山县坚持依法行政,第一、二季度召开常务会议研究法治政府建设工作4次。"
        "一、完善工作机制,着力推进法治政府建设(一)健全法治政府建设组织领导机制。"
        + (LINE + "。") * 3
        + "二、严格规范执法1.全面推行行政执法三项制度。"
        + (LINE + "。") * 3
        + "青山县人民政府2023年1月10日"
    )
    r = score_text(text)
    heads = [s.text for s in r.structure.sentences if s.is_heading]
    assert "(一)健全法治政府建设组织领导机制。" in heads and "1.全面推行行政执法三项制度。" in heads
    assert any("第一、二季度" in s.text for s in r.structure.sentences)
    assert (r.metadata.issuer, r.metadata.issuer_source) == ("青山县人民政府", "tail")


def test_a_sentence_about_page_views_is_report_text_not_page_chrome():
    """浏览次数:1234 is a page's chrome; 政府网站全年点击数达120万次 is the report's work, even as its
    last line."""
    r = score_text(TEMPLATE_2021.replace("无。\n", "政府网站全年点击数达120万次,依申请公开办结率100%。\n"))
    (s,) = [s for s in r.structure.sentences if "点击数" in s.text]
    assert s.part == "other"


def test_an_unnumbered_subheading_is_a_heading_of_its_section():
    """A Word file's heading style or a WeChat article's bold subhead shows a heading whose number
    was never typed: a short line with no punctuation before a paragraph is a subheading. A
    template's catch-all list in it is not work, and under a 下一步 heading it stays a plan."""
    text = (
        "某区2023年法治政府建设情况报告\n2023年,区政府深入推进依法行政,各项工作取得新成效。\n"
        "信访、调解、行政复议、诉讼等衔接机制\n"
        "区政府健全矛盾纠纷多元化解机制,全年调处各类矛盾纠纷1200余件,调解成功率98%,群众满意度持续提升。\n"
        "下一步工作打算\n深化行政复议体制改革\n"
        "进一步畅通复议渠道,提升办案质量,发挥化解行政争议的主渠道作用,切实维护群众合法权益。\n"
    )
    report = score_text(text)
    assert report.item("disputes.reconsideration").status == "planned"
    assert report.item("disputes.mediation").status == "covered"


def test_a_short_line_with_a_comma_is_no_subheading():
    """A short line holding a clause (对此,区政府着力抓好 / …) is a sentence broken over two lines,
    not a subheading: the work it runs into is reported."""
    text = (
        "某区2023年法治政府建设情况报告\n2023年,区政府深入推进依法行政,各项工作取得新成效。\n"
        "对此,区政府着力抓好\n"
        "行政复议案件办理工作,全年收到复议申请12件,依法受理10件,审结9件,纠错1件,复议决定全部依法公开。\n"
    )
    report = score_text(text)
    assert not any(s.is_heading for s in report.structure.sentences if "对此" in s.text)
    assert report.item("disputes.reconsideration").status == "covered"


def test_a_heading_naming_the_causes_does_not_give_them():
    """存在的不足和原因 announces causes; only a sentence giving one (主要原因是…) states them."""
    head = "某区2022年法治政府建设情况报告\n一、主要举措和成效\n全年开展法治培训3次。\n二、存在的不足和原因\n"
    problems = "一是行政执法规范化水平有待提高；二是基层法治力量薄弱。\n"
    bare = score_text(head + problems).item("report.shortcomings")
    assert (bare.status, bare.elements) == ("partial", ("shortcomings",))
    full = score_text(head + problems + "主要原因是法治队伍建设投入不足。\n").item("report.shortcomings")
    assert (full.status, full.elements) == ("covered", ("shortcomings", "causes"))
    # (a cause in the words of what falls short: the deficiency role does not hide it)
    worded = score_text(head + problems + "主要原因是基层法治力量相对薄弱。\n").item("report.shortcomings")
    assert (worded.status, worded.elements) == ("covered", ("shortcomings", "causes"))


def test_a_preamble_running_on_after_the_introduction_is_body():
    """Headings whose numbers were Word styles, and none of whose words is a part's cue, leave the
    whole first section in the preamble; after 现将…报告如下 it is the body, not the opening's
    boilerplate (按照上级要求 had masked the sentence as guiding-ideology boilerplate)."""
    text = (
        "某区人民政府关于2023年度法治政府建设情况的报告\n"
        "2023年，在市委、市政府的正确领导下，我区坚持以习近平法治思想为指导。现将有关情况报告如下。\n"
        "提高行政机关工作人员特别是领导干部依法行政意识和能力的情况\n"
        "按照上级要求，我区把法治建设摆在全区工作的突出位置，与经济社会发展同部署、同推进、同督促、同考核。\n"
        "二、依法行政制度建设和实施的情况\n" + (LINE + "。\n") * 2
    )
    r = score_text(text)
    assert r.structure.sentences[3].part == "preamble"  # (the first section's heading went unrecognised)
    assert r.item("leadership.assessment").status == "covered"


def test_the_opening_after_an_introduction_that_comes_first_is_still_the_opening():
    """A report that introduces itself first (现将…报告如下:) opens the year in the next sentence:
    that sentence's guiding-ideology boilerplate still covers nothing."""
    text = (
        "某区人民政府关于2023年度法治政府建设情况的报告\n"
        "现将我区2023年度法治政府建设情况报告如下。2023年，我区坚持以习近平法治思想为指导，深入学习贯彻习近平法治思想。\n"
        "一、主要举措和成效\n" + (LINE + "。\n") * 3
    )
    assert score_text(text).item("leadership.xi-thought").status == "absent"


@pytest.mark.parametrize(
    "head,issuer",
    [
        # an official document's header (版头) above its number and a title naming no body
        ("青山县人民政府文件\n青政发〔2024〕3号\n关于2023年度法治政府建设情况的报告", "青山县人民政府"),
        ("青山县人民政府办公室文件\n青政办发〔2024〕5号\n关于2023年度法治政府建设情况的报告", "青山县人民政府办公室"),
        # a byline with the date under such a title
        ("关于2023年度法治政府建设情况的报告\n（青山县人民政府　2024年2月）", "青山县人民政府"),
    ],
)
def test_a_document_header_or_a_byline_names_the_issuer(head, issuer):
    """Before: no issuer (the title names none, the header and the byline were not read)."""
    body = (
        "\n2023年，我县坚持以习近平法治思想为指导，深入推进法治政府建设。现将有关情况报告如下：\n一、主要举措和成效\n"
    )
    m = score_text(head + body + (LINE + "。\n") * 6).metadata
    assert (m.issuer, m.issuer_source) == (issuer, "line")


def test_a_paragraph_answering_problems_is_no_shortcoming():
    """针对执法中存在的问题,开展… opens a paragraph of work answering problems; the problems cue
    (…存在的问题,) had made the paragraph, and every later one of its section, shortcomings."""
    text = (
        "某区2022年法治政府建设情况报告\n一、主要举措和成效\n"
        "针对执法中存在的问题，开展执法稽查，纠正执法问题32个。\n"
        "二、存在的不足\n部分执法人员能力不足。\n"
    )
    parts = [s.part for s in score_text(text).structure.sentences if s.text.startswith("针对")]
    assert parts == ["measures"]


def test_a_shortcoming_stated_after_an_areas_work_is_the_shortcomings():
    """A report without a section for its problems states one after each area's work (…。但…不足。
    下一步,…): that sentence is the shortcomings' — the item had been absent, and an item named in
    the problem (执法人员…培训不够) had been counted as work done. The paragraph stays results."""
    text = (
        "青山县2022年法治政府建设情况报告\n2022年，青山县坚持以习近平法治思想为指导。现将有关情况报告如下：\n"
        "一、依法全面履行政府职能\n"
        "全面推行权责清单制度，动态调整权责事项3260项。但部分乡镇承接下放事项能力不足。下一步，将加强业务指导。\n"
        "二、严格规范公正文明执法\n"
        "开展行政执法案卷评查，评查案卷180卷。但个别执法人员执法不规范的问题仍然存在，主要原因是培训不够系统。\n"
        "但针对执法人员不足的问题，我县通过购买服务充实了执法辅助力量。\n"
    )
    r = score_text(text)
    short = r.item("report.shortcomings")
    assert (short.status, short.elements) == ("covered", ("shortcomings", "causes"))
    assert r.item("enforcement.qualification").status == "absent"
    parts = {s.text[:8]: s.part for s in r.structure.sentences}
    assert parts["全面推行权责清单"] == parts["开展行政执法案卷"] == "measures"
    assert parts["但部分乡镇承接下"] == parts["但个别执法人员执"] == "shortcomings"
    assert parts["但针对执法人员不"] == "measures"
    assert r.item("functions.power-lists").status == "covered"


def test_a_sites_banner_menu_and_breadcrumb_above_the_title_are_page_chrome():
    """A copied page starts with the site's welcome (ending in 。), its menu and a breadcrumb
    without a colon: page chrome, not the report — the breadcrumb's 政务公开 is no openness work,
    and the title below still names the issuer."""
    text = (
        "北京市某某区人民政府门户网站——某某网城,欢迎您的访问。\n"
        "区委   区人大   区政府   区政协\n"
        " 您现在的位置某某网城>> 政务公开>> 政务公告\n\n"
        "北京市某某区人民政府关于2017年推进法治政府建设情况的报告\n"
        "2017年,我区认真落实各项决策部署,现将有关情况报告如下:\n"
        "一、2017年推进法治政府建设工作情况\n"
        "全年组织区政府常务会会前学法6次。\n"
    )
    res = score_text(text)
    assert res.item("oversight.transparency").status == "absent"
    assert res.metadata.issuer == "北京市某某区人民政府"
    assert res.item("leadership.leader-study").status == "covered"


DENIED = "某局2023年法治政府建设年度报告\n一、主要举措和成效\n（一）加强党的领导。局党组会议研究法治建设工作。\n{}二、存在的不足\n执法人员不足。\n"


@pytest.mark.parametrize(
    "section, item, status",
    [
        # the section says the heading's work did not occur: the heading no longer counts
        ("（二）推进规范性文件和合同审查\n本年度未制定规范性文件。\n", "rules.normdoc-review", "absent"),
        ("（二）规范性文件合法性审核情况\n本年度我局未制定规范性文件。\n", "rules.normdoc-review", "absent"),
        ("（五）行政复议和行政应诉情况\n全年无行政复议、行政诉讼案件。\n", "disputes.reconsideration", "absent"),
        ("（五）行政复议和行政应诉情况\n全年无行政复议、行政诉讼案件。\n", "disputes.litigation", "absent"),
        ("（四）政府信息公开\n全年未收到政府信息公开申请。\n", "oversight.transparency", "absent"),
        ("（四）政府信息公开\n主动公开信息120条，全年未收到政府信息公开申请。\n", "oversight.transparency", "covered"),
        # …but not when the section reports that work, or only says something else did not happen
        ("（五）行政复议和行政应诉情况\n全年无行政复议案件。发生行政诉讼案件2件。\n", "disputes.litigation", "covered"),
        ("（三）规范性文件合法性审核\n全年审核规范性文件5件，未发生被撤销情况。\n", "rules.normdoc-review", "covered"),
        (
            "（四）行政复议工作\n全年收到行政复议申请3件。全年未发生群体性事件。\n",
            "disputes.reconsideration",
            "covered",
        ),
        ("（四）行政复议工作\n全年未发生群体性事件。\n", "disputes.reconsideration", "covered"),
        # (a lost case implies cases: 无败诉案件 denies nothing)
        ("（六）行政应诉情况\n全年无败诉案件。\n", "disputes.litigation", "covered"),
    ],
)
def test_a_heading_over_a_section_saying_its_work_did_not_occur_does_not_count(section, item, status):
    assert score_text(DENIED.format(section)).item(item).status == status


CLOSING = (
    "石门县2024年度法治政府建设情况报告\n一、强化统筹推进。县委常委会会议研究法治政府建设工作4次。\n"
    "二、规范行政执法。开展行政执法案卷评查，评查案卷420卷。\n{}\n"
)


@pytest.mark.parametrize(
    "closing, status",
    [
        # one closing sentence with the place as its subject is the next year's plans
        ("2025年，石门县将认真总结法治政府建设成效，持续推进法治政府建设提质增效。", "covered"),
        # …not the place putting something somewhere in the report's year (将 as 把)
        ("2024年，石门县将法治建设纳入全县综合考核。", "absent"),
    ],
)
def test_a_closing_sentence_naming_the_place_and_its_will_is_the_next_years_plan(closing, status):
    assert score_text(CLOSING.format(closing)).item("report.next-year").status == status


def test_a_forms_field_answered_none_is_no_work():
    text = (
        "青林县林业局2023年度法治政府建设情况报告\n一、基本情况\n1.行政执法：办理林业行政处罚案件37件，罚款18.6万元。\n"
        "2.行政复议：无。\n3.法律顾问：聘请法律顾问1名，审查合同5份。\n"
    )
    res = score_text(text)
    assert res.item("disputes.reconsideration").status == "absent"
    assert res.item("decision.legal-advisers").status == "covered"


def test_a_run_in_heading_for_the_next_year_opens_the_plans_and_names_no_work_plan():
    text = (
        "安平市人民政府2018年度法治政府建设工作情况报告\n一、依法全面履行政府职能。深化“放管服”改革，全面推行“双随机、一公开”监管。\n"
        "二、完善制度体系。市政府法制办审查规范性文件32件，全部按规定报备。\n"
        "存在的问题：部分部门依法行政意识不强。\n"
        "2019年工作安排：加强规范性文件监督管理，推进法治政府建设示范创建。\n"
    )
    res = score_text(text)
    assert res.item("report.next-year").status == "covered"
    assert res.item("leadership.demonstration").status == "planned"
    assert res.item("leadership.annual-plan").status == "absent"
