"""Wording of real reports beyond the development set (bench/holdout: openings of other
reports, labelled before the tool ran). Each case is invented text in the same construction,
scored with the shipped checklists: the rules must hold for the construction, not the excerpt."""

from __future__ import annotations

import pytest

from checker import score_text

HEAD = "某县2022年法治政府建设情况报告\n一、主要举措和成效\n"


def _status(body: str, item: str, head: str = HEAD) -> str:
    return score_text(head + body + "\n").item(item).status


@pytest.mark.parametrize(
    "body,item,expected",
    [
        # subjects of a plan named before its verb, settings of other work, bodies by name
        (
            "县政府印发工作安排,对行政复议、行政应诉、行政调解等重点工作进行了安排部署。",
            "disputes.reconsideration",
            "absent",
        ),
        ("在行政执法、行政复议、法律服务等各项工作中主动为群众解难题。", "disputes.reconsideration", "absent"),
        ("深入县法院、检察院及信访局等部门开展调研。", "disputes.petition", "absent"),
        ("全年办理行政复议案件12件,纠错2件。", "disputes.reconsideration", "covered"),
        # an occasion named ends at its first name; what was done there is work
        ("利用宪法宣传周开展普法宣传活动,发放宣传资料。", "society.pufa", "covered"),
        ("结合宪法宣传周活动,局党组理论学习中心组开展集体学习。", "society.pufa", "absent"),
        # the party committee leading it
        ("镇党委加强对法治政府建设的组织领导和统筹协调。", "leadership.party-leadership", "covered"),
        ("县委理论学习中心组专题学习习近平法治思想。", "leadership.party-leadership", "absent"),
        # leaders studying law
        ("建立领导班子学法培训制度。", "leadership.leader-study", "covered"),
        ("镇领导带头学习法律知识,重点学习《土地管理法》。", "leadership.leader-study", "covered"),
        # collective discussion as a standing rule: one procedure of five
        ("坚持集体讨论决策制度,规范决策行为。", "decision.five-procedures", "partial"),
        # a town's list of its duties
        ("梳理编制基本履职事项清单96项。", "functions.power-lists", "covered"),
        # a creation campaign written with a parenthesis
        ("该镇获评全国法治县(市、区)创建活动先进单位。", "leadership.demonstration", "covered"),
        # an index is not a platform
        ("本县互联网+指数排名全省第三。", "digital.platforms", "absent"),
        # other units' leaders reporting on their duty is 述法, not the report's own leaders
        (
            "全面落实各部门党政主要负责人履行推进法治建设第一责任人职责年终述法工作。",
            "report.first-responsible",
            "absent",
        ),
        ("全面落实各部门党政主要负责人履行推进法治建设第一责任人职责年终述法工作。", "leadership.shufa", "covered"),
        # a self-inspection with rectification, a legislation coordination meeting
        ("部署全县法治政府建设自查工作,明确整改要求。", "leadership.inspection", "covered"),
        ("分管副县长召开行政立法协调会。", "rules.legislation", "covered"),
        ("确保执法人员每人一证。", "enforcement.qualification", "covered"),
        ("督促各部门按要求报告、公开上一年度法治政府建设情况。", "oversight.transparency", "covered"),
        # a leading group's name is not publicity work
        ("成立普法依法治理工作领导小组,由党委书记任组长。", "society.pufa", "absent"),
        # a third set of openings (written after the second set's rules were fixed)
        ("明确党政主要领导为推进法治建设的首要责任人。", "report.first-responsible", "covered"),
        (
            "建立完善了政务公开制度、重大决策听取法律顾问意见、合法性审查等相关工作制度。",
            "decision.legal-advisers",
            "covered",
        ),
        ("建立完善了行政过错责任追究制度、重大决策合法性审查制度。", "oversight.accountability", "covered"),
        ("严格落实重大决策终身责任追究制度。", "oversight.accountability", "absent"),
        ("明确权力的实施主体、实施依据、追责依据等。", "oversight.accountability", "absent"),
        ("加强执法信息公开,在门户网站设置行政执法公示专栏。", "oversight.transparency", "absent"),
        ("本局服务事项进一步减环节、减材料、减时限。", "functions.approval-reform", "covered"),
        ("严格落实领导责任制,完善责任考核,形成法治建设工作格局。", "leadership.assessment", "covered"),
        ("组织开展《中华人民共和国民法典》学习。", "capacity.staff-training", "covered"),
        ("开展《民法典》《反有组织犯罪法》等专题学习3次。", "capacity.staff-training", "absent"),
        ("通过发放宣传册、张贴宣传海报等形式,广泛宣传习近平法治思想。", "society.pufa", "covered"),
        # a fourth set (written after the third set's rules were fixed)
        ("就信访法治化、行政应诉等重点工作召开党工委会议4次。", "disputes.litigation", "absent"),
        ("就信访法治化、行政应诉等重点工作召开党工委会议4次。", "disputes.petition", "absent"),
        ("围绕“习近平法治思想”“行政执法与刑事司法衔接”等开展专题培训。", "enforcement.criminal-linkage", "absent"),
        (
            "本局承担的普法、案件讨论、行政诉讼、行政复议和重大行政决策等事项,主动征求法律顾问意见。",
            "disputes.reconsideration",
            "absent",
        ),
        (
            "本局承担的普法、案件讨论、行政诉讼、行政复议和重大行政决策等事项,主动征求法律顾问意见。",
            "decision.legal-advisers",
            "covered",
        ),
        (
            "将各部门党政一把手履行推进法治建设第一责任人职责情况列入年终述职内容。",
            "report.first-responsible",
            "absent",
        ),
        ("将各部门党政一把手履行推进法治建设第一责任人职责情况列入年终述职内容。", "leadership.shufa", "covered"),
        ("县长召开县政府常务会议对学习贯彻作出安排。", "report.first-responsible", "covered"),
        ("分管副县长召开行政执法协调会议。", "report.first-responsible", "absent"),
        ("召开县委常委会会议,传达学习贯彻习近平法治思想。", "leadership.party-leadership", "covered"),
        ("明确重大行政决策的范围、程序和责任。", "decision.five-procedures", "partial"),
        ("局党组制定了年度工作方案,推进法治建设。", "leadership.annual-plan", "covered"),
        ("将法治建设纳入年度工作计划和日常考核。", "leadership.annual-plan", "absent"),
        ("配备一名具有法律背景的工作人员。", "capacity.legal-team", "covered"),
        ("把习近平法治思想作为领导干部教育培训的重点课程。", "capacity.staff-training", "absent"),
        ("街道党工委成员切实扛起法治建设首要责任。", "report.first-responsible", "covered"),
        # a fifth set (written after the fourth set's rules were fixed)
        (
            "将深入学习贯彻习近平法治思想作为首要任务,列为局党组理论学习中心组学习的第一议题。",
            "leadership.leader-study",
            "covered",
        ),
        ("加大对政策措施的公平竞争、市场准入、合法性等各项审查力度。", "functions.business-env", "covered"),
        ("已完成797项执法事权下放工作。", "enforcement.system-reform", "covered"),
        ("通过进校园等方式持续深化全系统党员干部理论学习。", "digital.platforms", "absent"),
        ("进一步完善法治宣传教育工作领导小组。", "society.pufa", "absent"),
        ("压实各区、各校党政主要负责人法治建设第一责任人的职责。", "report.first-responsible", "absent"),
        ("明确了拟订有关规范性文件或地方性法规、规章草案等相关法治工作职能。", "rules.legislation", "absent"),
        ("邀请专家教授对全局人员宣讲习近平法治思想。", "capacity.staff-training", "covered"),
        ("制定了《某局2023年关于开展法治政府建设工作的具体措施》。", "leadership.annual-plan", "covered"),
        # a seventh set (written after the sixth set's rules were fixed)
        ("在全省率先建立政务服务事项负面清单制度。", "functions.negative-list", "absent"),
        ("推出无感审批事项348项,推动政务服务事项异地可办。", "functions.approval-reform", "covered"),
        ("着力推动党政负责人履行法治建设第一责任。", "report.first-responsible", "covered"),
        ("我局深入贯彻落实党中央、市委、县委决策部署,全面推进法治公安建设。", "leadership.party-leadership", "absent"),
        (
            "我局结合《法治政府建设实施纲要》具体要求,细化分解法治建设任务,压实工作责任。",
            "leadership.annual-plan",
            "covered",
        ),
        ("将《法治政府建设与责任落实督察工作规定》列入党委中心组学习的重要内容。", "leadership.inspection", "absent"),
        ("局法制支队荣获全区普法工作先进单位。", "society.pufa", "absent"),
        ("把习近平法治思想列入县委党校重点课程。", "capacity.staff-training", "covered"),
        ("把履行推进法治建设第一责任人职责情况列入县委巡察工作重点。", "leadership.inspection", "covered"),
        # a sixth set (written after the fifth set's rules were fixed)
        ("深入推进应急管理“放管服”改革,持续优化营商环境。", "emergency.response", "absent"),
        ("推进完善应急管理体制机制,修订突发事件应急预案。", "emergency.response", "covered"),
        ("制定《应急管理2022年普法责任清单》。", "functions.power-lists", "absent"),
        ("对全区企业开展了《安全生产条例》宣传培训活动。", "capacity.staff-training", "absent"),
        ("出台《2023年度法治政府(法治市场监管)建设工作清单》。", "leadership.annual-plan", "covered"),
        (
            "认真学习习近平法治思想,以及《中华人民共和国行政复议法》等新修订的法律法规。",
            "disputes.reconsideration",
            "absent",
        ),
        # an eighth set (departments of transport, civil affairs, agriculture, natural resources)
        ("局主要领导坚持把党的领导贯彻到法治交通建设各个方面。", "leadership.party-leadership", "covered"),
        ("坚持在党的领导下把法治建设放在改革发展大局中谋划和推进。", "leadership.party-leadership", "covered"),
        ("在县委、县政府的坚强领导下,我局扎实推进法治建设。", "leadership.party-leadership", "absent"),
        ("定期召开法治政府建设领导小组会,学习贯彻落实习近平法治思想。", "leadership.leader-study", "covered"),
        ("依托“幸福社区”等平台,广泛宣传《民法典》等法律法规。", "digital.platforms", "absent"),
        ("依托行政执法信息平台开展执法监督。", "digital.platforms", "covered"),
        ("我厅在全省依法治省培训会议上作交流发言。", "capacity.staff-training", "absent"),
        ("修订《局重大行政决策事项清单》,将规划修改等事项纳入清单管理。", "decision.catalogue", "covered"),
        ("对新增的渔业类行政职权事项进行梳理、修改和公布。", "functions.power-lists", "covered"),
        ("认真梳理行政处罚、行政许可等执法类职权事项。", "functions.power-lists", "absent"),
        ("全部行政许可事项实现全程网上办理。", "functions.approval-reform", "covered"),
        ("我省立法、普法、执法、审批等工作先后4次在全国会议上做经验交流。", "society.pufa", "absent"),
        # a ninth set (finance and culture-and-tourism departments, towns)
        ("我镇调整以王某书记为组长、李某镇长为副组长的法治政府建设领导小组。", "report.first-responsible", "covered"),
        ("成立由主要负责同志任组长的法治政府建设工作领导小组。", "report.first-responsible", "covered"),
        ("成立由副局长任组长的法治政府建设工作领导小组。", "report.first-responsible", "absent"),
        ("构建“一把手”负总责、分管领导具体抓的法治建设工作格局。", "report.first-responsible", "covered"),
        ("将各单位主要负责人履行推进法治建设第一责任人职责情况与年度述职述廉一并开展。", "leadership.shufa", "covered"),
        ("将文旅领域法律法规纳入局班子学习计划,全年集中学习9次。", "leadership.leader-study", "covered"),
        ("不定期组织执法人员开展法治专题学习。", "enforcement.qualification", "covered"),
        ("依据《中华人民共和国行政处罚法》规定,制定并完善了行政执法公示等制度。", "rules.legislation", "absent"),
        (
            "对重大事项,严格执行公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序。",
            "decision.five-procedures",
            "covered",
        ),
        ("对重大问题,坚持部门提议案、党政班子集体决策的重大决策程序。", "decision.five-procedures", "partial"),
        ("局主要领导主持局务会议研究部署法治工作,讨论重大行政决策事项。", "decision.five-procedures", "partial"),
        ("及时解决执法规范化、普法宣传等工作中的突出问题。", "society.pufa", "absent"),
        ("聘请法律顾问参与合同审查、复杂法律问题研讨、诉讼案件处理等工作。", "disputes.litigation", "absent"),
        ("聘请法律顾问参与合同审查、复杂法律问题研讨、诉讼案件处理等工作。", "decision.legal-advisers", "covered"),
        # a tenth set (streets, a city in 2016)
        ("街道坚持党对法治建设的统一领导,全年召开专题会议2次。", "leadership.party-leadership", "covered"),
        ("索引号: 123 公开方式: 主动公开\n成文日期: 2026-01-01", "oversight.transparency", "absent"),
        ("出台街道综合行政执法裁量基准制度,细化165项高频执法事项的裁量基准。", "enforcement.system-reform", "absent"),
        ("出台街道综合行政执法裁量基准制度,细化165项高频执法事项的裁量基准。", "enforcement.discretion", "covered"),
        (
            "扎实做好《信访工作条例》《反有组织犯罪法》等一系列法律法规的集体学习。",
            "leadership.leader-study",
            "covered",
        ),
        (
            "紧密围绕省委具体部署推动法治建设,贯彻落实《中共某市委全面依法治市委员会2023年工作要点》。",
            "leadership.party-leadership",
            "absent",
        ),
        ("完善《全面依法治镇委员会工作规则》等系列制度。", "leadership.party-leadership", "covered"),
        # comprehensive enforcement as a reform, not as a team's name
        ("全省农业综合执法“护农”专项行动被评为优秀项目。", "enforcement.system-reform", "absent"),
        ("纵深推进乡镇综合行政执法改革,优化执法队伍配置。", "enforcement.system-reform", "covered"),
        ("统筹辖区城管、市场监管、安全环保等执法力量,深化协同执法机制。", "enforcement.system-reform", "covered"),
        # an audit office's own report: 审计 names its sector
        ("统筹谋划开展审计法治建设各项工作任务,推进审计事业高质量发展。", "oversight.audit", "absent"),
        ("积极主动配合上级部门开展审计工作,按要求公告审计结果。", "oversight.audit", "covered"),
        (
            "将各单位主要负责人述法工作纳入年度考核,强化领导干部履行推进法治建设第一责任人责任的意识。",
            "report.first-responsible",
            "absent",
        ),
        ("带头落实领导干部应知应会党内法规和国家法律清单制度。", "leadership.leader-study", "covered"),
        # an eleventh set (justice bureaus, a county, a news item on a province's report)
        ("“3+X”多元调解工作法获评广东省人民调解创新经验提名奖。", "disputes.mediation", "absent"),
        ("普法依法治理工作连续四年在全省网上量化评估中获优秀等次。", "society.pufa", "absent"),
        ("该区被推荐参评全国首批守法普法示范区。", "society.pufa", "absent"),
        ("该镇获评全国法治县(市、区)创建活动先进单位。", "leadership.demonstration", "covered"),
        ("坚决贯彻党对司法行政工作的绝对领导,严格落实“第一议题”制度。", "leadership.party-leadership", "covered"),
        ("省人大常委会会议听取和审议了省人民政府2021年度法治政府建设情况报告。", "oversight.npc-cppcc", "covered"),
        (
            "省人大常委会会议听取和审议了省人民政府2021年度法治政府建设情况报告。",
            "leadership.party-leadership",
            "absent",
        ),
        ("全省17427个村(居)实现法律顾问全覆盖。", "decision.legal-advisers", "absent"),
        ("开展区级法治政府建设评估,通过双向“法治体检”,促进法治政府建设。", "functions.business-env", "absent"),
        ("组织律师为民营企业开展“法治体检”30场。", "functions.business-env", "covered"),
        # staff study phrased without 培训/考试
        (
            "在局系统开展习近平法治思想学习宣传贯彻活动,组织干部职工进行集中学习、多方式自学。",
            "capacity.staff-training",
            "covered",
        ),
        ("全乡3名执法人员全部取得行政执法证,法律知识在线考试通过率100%。", "capacity.staff-training", "covered"),
        # a twelfth set (statistics and commerce bureaus, a province, a county in 2017)
        (
            "从加强制度建设、规范行政执法行为、深化行政执法监督等方面进行了安排部署。",
            "enforcement.supervision",
            "absent",
        ),
        ("内设机构3个(综合股、行政复议应诉股和行政执法监督股)。", "disputes.reconsideration", "absent"),
        ("内设机构3个(综合股、行政复议应诉股和行政执法监督股)。", "enforcement.supervision", "absent"),
        ("县政府办下设法制股,配备专职人员3名。", "capacity.legal-team", "covered"),
        ("全年开展“双随机”执法检查4次,检查企业数40家。", "enforcement.supervision", "absent"),
        ("通过开展统计执法检查,坚决遏制弄虚作假。", "enforcement.supervision", "absent"),
        # a bare 执法检查 is the body's own inspections, named as a means or a heading …
        ("三是加强执法检查。全年开展执法检查12次,检查商户40家,督促整改问题8个。", "enforcement.supervision", "absent"),
        ("把握集体学法、依法决策、组织执法检查等抓手,推动工作落实。", "enforcement.supervision", "absent"),
        # … an inspection of administrative enforcement is its supervision
        ("委主要领导多次率队赴各地开展行政执法检查,督促依法行政。", "enforcement.supervision", "covered"),
        ("开展行政执法案卷评查,评查案卷120卷。", "enforcement.supervision", "covered"),
        ("制定《2025年度全区领导干部应知应会法律法规个性清单》。", "capacity.staff-training", "absent"),
        ("制定《2025年度全区领导干部应知应会法律法规个性清单》。", "leadership.leader-study", "covered"),
        ("落实领导干部应知应会法律清单制度,引导广大审计人员尊法学法守法用法。", "capacity.staff-training", "covered"),
        ("举办全省“学习习近平法治思想,助力先行区建设”培训班。", "capacity.staff-training", "covered"),
        ("召开网上专题培训会,深入学习习近平法治思想。", "capacity.staff-training", "covered"),
        (
            "制定规范性文件过程中,广泛听取社会各界的意见,并经政府法制办进行合法性审查后提请集体讨论。",
            "decision.legality-review",
            "absent",
        ),
        ("完成18件规范性文件、68件上会文件合法性审查。", "decision.legality-review", "covered"),
        ("制定了《某县2017年政府法制工作要点》,对全年工作作出安排。", "leadership.annual-plan", "covered"),
        ("厅主要负责人高度重视法治政府建设工作,召开厅长办公会议集体研究部署。", "report.first-responsible", "covered"),
        # a thirteenth set (meteorological, forestry and veterans-affairs bureaus)
        ("组织机关干部赴省高院旁听行政审判。", "capacity.staff-training", "covered"),
        ("加强对行政执法工作监督管理。", "enforcement.supervision", "covered"),
        ("建立重大事项决策制度,健全民主机制。", "decision.five-procedures", "partial"),
        (
            "通过党组理论学习中心组学法,深入学习中央关于全面依法治国的重大决策部署和党内法规。",
            "leadership.party-leadership",
            "absent",
        ),
        ("局党组会议研究部署年度法治建设工作。", "leadership.party-leadership", "covered"),
        # a fourteenth set (science-and-technology bureaus, a data bureau, an anonymised district)
        ("在年度工作计划与科技创新重点工作同部署、同推进。", "leadership.annual-plan", "absent"),
        ("学习县委全面依法治县委员会第三次会议的重要精神。", "leadership.party-leadership", "absent"),
        (
            "市委、市政府坚持把法治政府建设贯穿全面深化改革全过程,进一步加强了组织领导。",
            "leadership.party-leadership",
            "covered",
        ),
        ("加强法治学习教育宣传,切实提高干部职工法治政府建设的能力素质。", "capacity.staff-training", "covered"),
        # a fifteenth set (ethnic-and-religious-affairs bodies, towns)
        ("将法治政府建设工作纳入了某镇发展总体规划和年度工作计划。", "leadership.annual-plan", "absent"),
        ("省委全面依法治省委员会从六个方面对年度法治政府建设工作作出安排部署。", "leadership.annual-plan", "covered"),
        ("一是抓牢“关键少数”的法治教育,组织领导班子学法4次。", "capacity.staff-training", "absent"),
        (
            "构建“领导干部领学、执法人员精学、基层人员普学”三级学法机制,实现学法用法全覆盖。",
            "capacity.staff-training",
            "covered",
        ),
        ("组织班子成员、镇村干部深入学习习近平法治思想。", "capacity.staff-training", "covered"),
        (
            "带头深入学习习近平法治思想,贯彻落实习近平总书记关于法治建设的重要指示精神。",
            "leadership.leader-study",
            "covered",
        ),
        (
            "带头深入学习习近平法治思想,贯彻落实习近平总书记关于法治建设的重要指示精神。",
            "report.first-responsible",
            "absent",
        ),
        ("成立了以镇党委书记、镇长任双组长的法治政府建设工作领导小组。", "report.first-responsible", "covered"),
        ("同时,增强政策法规处工作力量,保障法治宣传教育工作经费。", "capacity.legal-team", "covered"),
        ("严格执行法治政府建设年度报告制度,并及时在委门户网站向社会公告。", "oversight.transparency", "covered"),
        ("加强重大行政决策、规范性文件合法性审查,充分发挥法律顾问的作用。", "decision.legality-review", "covered"),
        # a sixteenth set (a medical-security bureau, streets, a city, anonymised summaries)
        (
            "领导小组负责研究制定全乡推进依法行政实施意见、工作计划,检查、指导和督促全乡依法行政工作。",
            "leadership.annual-plan",
            "absent",
        ),
        ("年初,乡党委、政府及时召开乡依法行政工作领导小组全体会议。", "leadership.party-leadership", "covered"),
        (
            "定期组织召开党委会议、党委理论学习中心组学习,深入学习领会习近平法治思想。",
            "leadership.party-leadership",
            "absent",
        ),
        (
            "完善以街道党工委书记、街道办事处主任为核心的全面依法治街工作委员会组织架构。",
            "report.first-responsible",
            "covered",
        ),
        # a seventeenth set (transport and education bodies, a market-regulation bureau)
        ("编撰并公示《某市交通运输局关于2024年法治政府建设情况的报告》。", "oversight.transparency", "covered"),
        ("严格执行法治政府建设年度报告制度,按时向社会公开。", "oversight.transparency", "covered"),
        ("厘清行政规范性文件制定主体,实行“三统一”、有效期、后评估等三项制度。", "decision.post-evaluation", "absent"),
        ("厘清行政规范性文件制定主体,实行“三统一”、有效期、后评估等三项制度。", "enforcement.three-systems", "absent"),
        ("全面推行行政执法三项制度。", "enforcement.three-systems", "partial"),
        ("充分发挥专家团队在各类评审、评价、咨询、执法监督等方面的智力支撑。", "enforcement.supervision", "absent"),
        ("邀请其参与规范性文件、合同协议等合法性审查及应诉事宜。", "disputes.litigation", "absent"),
        (
            "充分发挥法律顾问在重大决策、合同审查、信访处理、行政复议等方面发挥重要作用。",
            "disputes.reconsideration",
            "absent",
        ),
        ("举办青年干部依法行政专题培训,邀请专家就政府信息公开作专题讲座。", "oversight.transparency", "absent"),
        ("1件行政许可案卷获评市优秀执法案卷。", "enforcement.supervision", "absent"),
        ("全市教育系统获全省“八五”普法中期成绩突出集体1个、突出个人2人。", "society.pufa", "absent"),
        (
            "定期主持召开党组会、厅务会,审议行政规范性文件、重大行政决策等教育法治建设重要事项。",
            "decision.five-procedures",
            "partial",
        ),
        ("推动高校开设习近平法治思想概论课程,推进习近平法治思想进课堂、进教材。", "society.pufa", "covered"),
        ("我局结合工作实际,部署年度依法行政工作,明确年度重要任务。", "leadership.annual-plan", "covered"),
        (
            "抓好全体党员干部、行政执法人员法制教育,学习《教育法》《行政许可法》等法律法规,进行知识培训。",
            "capacity.staff-training",
            "covered",
        ),
        ("组织执法人员参加行政执法业务培训4次。", "capacity.staff-training", "absent"),
        (
            "全面落实“谁执法谁普法”普法责任制,以提升市场监管干部、市场主体和消费者法治素养为重点。",
            "society.pufa",
            "covered",
        ),
        ("党政主要负责人统筹推进法治建设、疫情防控和市场监管工作。", "emergency.response", "absent"),
        ("组织党员干部通过“雨课堂”学习平台参加线上专题学习并测试。", "digital.platforms", "absent"),
        # an eighteenth set (the ecology ministry, human-resources bureaus)
        (
            "将习近平法治思想作为部系统学习贯彻党的二十届三中全会精神培训的重点内容。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "开展工作人员普法教育,组织系统工作人员学习《中华人民共和国宪法》《中华人民共和国民法典》。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "开展工作人员普法教育,组织系统工作人员学习《中华人民共和国宪法》《中华人民共和国民法典》。",
            "society.pufa",
            "absent",
        ),
        ("坚决贯彻落实党政主要负责人履行推进法治政府建设第一责任职责制度。", "report.first-responsible", "covered"),
        ("海珠区公共就业服务能力提升行动纳入区政府2024年度重大行政决策事项。", "decision.catalogue", "covered"),
        # a nineteenth set (culture-and-tourism bureaus)
        ("组织全体执法人员认真开展了法律法规业务学习。", "capacity.staff-training", "absent"),
        (
            "所有办理事项全部满足“马上办、网上办、就近办、一次办、自助办”各项要求。",
            "functions.approval-reform",
            "covered",
        ),
        (
            "制定《某市非物质文化遗产代表性传承人评估办法》,修订《某市民办美术馆管理办法》等部门规范性文件。",
            "rules.legislation",
            "absent",
        ),
        ("编制《行政执法检查清单》,将新业态纳入“综合查一次”试点领域。", "enforcement.supervision", "absent"),
        ("所有权力事项均向社会进行了公开,办理的许可和处罚事项均进行了双公示。", "oversight.transparency", "covered"),
        ("所有权力事项均向社会进行了公开,办理的许可和处罚事项均进行了双公示。", "enforcement.three-systems", "partial"),
        (
            "为每一名执法人员配备了移动执法终端,实现全过程记录和实时线上提交审核。",
            "enforcement.three-systems",
            "partial",
        ),
        ("为每一名执法人员配备了移动执法终端,实现全过程记录和实时线上提交审核。", "digital.platforms", "covered"),
        # a twentieth set (audit bureaus, health commissions)
        ("我局2024年度依法全面履行审计监督职能,成效显著。", "oversight.audit", "absent"),
        ("推动法治建设决策部署在审计工作中落实见效。", "oversight.audit", "absent"),
        ("積極主動配合上級部門開展審計工作,及時提供審計資料。", "oversight.audit", "covered"),
        ("加大行政监督和审计监督的力度。", "oversight.audit", "covered"),
        ("深化预约服务、容缺办理、承诺制等服务方式。", "functions.notify-commit", "covered"),
        (
            "将法治建设纳入各县区卫体局、委直各医疗卫生单位年度综合目标责任制考核及领导干部年终述职核心内容。",
            "leadership.shufa",
            "covered",
        ),
        ("调解成功的一案例入选司法部化解矛盾纠纷行政复议典型案例。", "disputes.reconsideration", "absent"),
        ("分局被省自然资源厅评为全省自然资源系统法治建设和普法工作成绩优秀单位。", "society.pufa", "absent"),
        (
            "委党组带头深入学习习近平法治思想,开展《中华人民共和国行政复议法》《中华人民共和国保守国家秘密法》等专题学习。",
            "disputes.reconsideration",
            "absent",
        ),
        # a twenty-first set (police and civil-affairs bureaus)
        ("为确保新修订《治安管理处罚法》落地见效,组织民警进行2次比武考试。", "rules.legislation", "absent"),
        (
            "利用局党组中心组学习组织干部职工开展学法活动,安排全体干部职工学习全面依法治国的战略部署。",
            "leadership.party-leadership",
            "absent",
        ),
        # a twenty-second set (urban-management and sports bodies)
        (  # the kinds of matter decided collectively are not normative-document review …
            "对重要规范性文件制定、重要项目安排、大额资金使用等重大行政决策事项,由领导班子集体研究决定。",
            "rules.normdoc-review",
            "absent",
        ),
        (  # … and the collective decision still counts
            "对重要规范性文件制定、重要项目安排、大额资金使用等重大行政决策事项,由领导班子集体研究决定。",
            "decision.five-procedures",
            "partial",
        ),
        (  # a legality review named among the decision procedures is that procedure only
            "将征求意见、合法性审查、社会风险评估等作为重大行政决策必经环节。",
            "decision.legality-review",
            "absent",
        ),
        ("全年对12份合同开展合法性审查。", "decision.legality-review", "covered"),
        ("持续推进习近平法治思想进农村、进小区。", "society.pufa", "covered"),
        (
            "组织各科室进一步加强学习,加强《体育法》《全民健身条例》等业务法律法规学习。",
            "capacity.staff-training",
            "covered",
        ),
        # a twenty-third set (counties' 2025 reports, an approval bureau, cities)
        ("坚持将法治建设与经济社会发展一体谋划、一体部署、一体推进、一体考核。", "leadership.assessment", "covered"),
        ("通过清单管理、督查问效等方式层层传导压力,确保法治建设各项部署落地。", "leadership.inspection", "absent"),
        ("组织开展法治政府建设督查,发现问题12个,已全部整改。", "leadership.inspection", "covered"),
        (
            "县委常委会、县政府常务会组织集体学法10次,累计举办专题培训班4期,培训干部568人次。",
            "capacity.staff-training",
            "covered",
        ),
        ("县政府常务会组织集体学法10次。", "capacity.staff-training", "absent"),
        (
            "印发领导干部应知应会党内法规和国家法律清单,引导广大干部群众深刻领悟习近平法治思想。",
            "capacity.staff-training",
            "absent",
        ),
        ("扎实推进“高效办成一件事”改革落地,实行前台受理、后台联办。", "functions.approval-reform", "covered"),
        ("组织召开府院联动联席会议,推动解决依法行政中的突出问题。", "oversight.judicial-procuratorial", "covered"),
        ("召开全市法治政府建设推进会,对年度任务进行全面部署。", "leadership.annual-plan", "covered"),
        (
            "主持召开常务会议专题研究法治工作,研究部署优化营商环境、行政立法、重大行政决策等法治政府建设重点工作。",
            "functions.business-env",
            "absent",
        ),
        # a twenty-fourth set (townships, prefectures, a province)
        (
            "将习近平法治思想纳入乡党委理论学习中心组学习和乡村干部培训重点内容,全年集中培训3场,覆盖200余人次。",
            "capacity.staff-training",
            "covered",
        ),
        ("乡长带头认真学习关于坚持全面依法治国的重要论述。", "leadership.leader-study", "covered"),
        ("学习关于协同推进科学立法、严格执法、公正司法、全民守法的精神。", "rules.legislation", "absent"),
        ("明确我州2024年法治政府建设重点任务,召开全州法治政府建设推进会。", "leadership.annual-plan", "covered"),
        ("围绕建设法治化营商环境等法治建设中的重点课题,开展调查研究。", "functions.business-env", "absent"),
        # a twenty-fifth set (streets and districts, 2025)
        (
            "坚持将法治政府建设纳入街道年度重点工作,与社区治理、安全生产、信访维稳、平安建设等工作同安排、同推进。",
            "disputes.petition",
            "absent",
        ),
        (
            "各镇(街道)和政府各部门党政主要负责同志向区委主要领导述法。",
            "report.first-responsible",
            "absent",
        ),
        ("向示范区党工委、管委会、区委报告2024年度法治政府建设情况。", "leadership.demonstration", "absent"),
        ("区政府常务会议听取并安排部署全年法治政府建设工作。", "leadership.annual-plan", "covered"),
        ("针对辖区物业纠纷等突出问题,结合法律顾问意见,制定化解措施。", "decision.legal-advisers", "covered"),
        # a twenty-sixth set (towns, a city, counties; 2025)
        (  # 法治 as the purpose of general theory study is not law study
            "通过理论中心组学习等形式组织开展理论学习80余次,以法治保障“十五五”良好开局。",
            "leadership.leader-study",
            "absent",
        ),
        ("利用微信短视频平台开设法治宣传专栏。", "digital.platforms", "absent"),
        (
            "结合近年来涉群信访事件及行政诉讼、行政复议、行政监督等案件高发态势,撰写法律风险防范参阅材料。",
            "disputes.reconsideration",
            "absent",
        ),
        ("市政府常务会议5次专题研究行政执法和信访工作法治化工作。", "disputes.petition", "absent"),
        ("分管副市长多次调度涉企行政执法专项行动。", "enforcement.supervision", "covered"),
        # a twenty-seventh set (emergency-management and education bodies, 2025)
        ("将主要负责人履行推进法治建设第一责任人职责情况作为年度述职的重要内容。", "leadership.shufa", "covered"),
        ("建立了重大事项依法决策、民主管理制。", "decision.five-procedures", "partial"),
        ("将习近平法治思想纳入干部学法必修内容,开展集中学习13次。", "capacity.staff-training", "covered"),
        ("推进《某某经济特区安全生产若干规定》立法进程。", "rules.legislation", "covered"),
        ("局党委理论学习中心组集中学法4次。", "leadership.leader-study", "covered"),
        (
            "构建“一把手亲自抓、分管领导具体抓、法宣科牵头统筹、各科室协同配合”的普法工作格局。",
            "report.first-responsible",
            "absent",
        ),
        ("牵头制定《2025年法治政府建设责任清单》,细化12项具体任务。", "leadership.annual-plan", "covered"),
        ("牵头制定《2025年法治政府建设责任清单》,细化12项具体任务。", "functions.power-lists", "absent"),
        ("严格落实第一责任人职责,将履职情况纳入年终述职考核。", "leadership.assessment", "absent"),
        ("将法治建设纳入年度绩效考核。", "leadership.assessment", "covered"),
        ("组织全局干部通过“某省智慧普法依法治理云平台”完成年度学法考法。", "digital.platforms", "absent"),
        ("组织全局干部通过“某省智慧普法依法治理云平台”完成年度学法考法。", "society.pufa", "absent"),
        # a twenty-eighth set (education, justice and market-regulation bodies, 2025)
        ("充分发挥教育工委在推进法治建设中的领导核心作用。", "leadership.party-leadership", "covered"),
        (
            "重大事项坚持集体领导、会议决定的原则,以办公会、工委会议实行集体议事决策。",
            "decision.five-procedures",
            "partial",
        ),
        ("通过讲座、培训、宣传栏等多种形式,向广大师生普及法律知识。", "capacity.staff-training", "absent"),
        (
            "通过召开党组会议学习《习近平谈治国理政》,为全面推进依法治国、建设法治社会提供坚强保障。",
            "leadership.leader-study",
            "absent",
        ),
        # a twenty-ninth set (agriculture bodies and health commissions, 2025)
        (
            "将习近平法治思想纳入党组理论学习中心组和干部职工政治学习核心议题,实现学习全覆盖。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "评估、制修订行政规范性文件11件,1个案例入选全市行政规范性文件合法性审核案例。",
            "rules.normdoc-review",
            "absent",
        ),
        ("清理市委规范性文件45件。", "rules.normdoc-cleanup", "absent"),
        ("出台轻罚不罚裁量适用办法。", "enforcement.lenient", "covered"),
        ("出台轻罚不罚裁量适用办法。", "enforcement.discretion", "covered"),
        ("全面落实2025年度法治责任清单任务。", "leadership.annual-plan", "covered"),
        ("全面落实2025年度法治责任清单任务。", "functions.power-lists", "absent"),
        ("优化医疗机构执业注册、公共卫生许可等审批服务流程。", "functions.approval-reform", "covered"),
        # a thirtieth set (towns, 2025)
        (
            "镇党委切实履行法治建设领导职责,将学习贯彻习近平法治思想作为首要政治任务。",
            "leadership.party-leadership",
            "covered",
        ),
        ("镇党委会议、镇村干部工作会议等开展会前集中学法20次。", "capacity.staff-training", "covered"),
        # a thirty-first set (human-resources and civil-affairs bureaus, 2025)
        (
            "局党组通过党组会、理论学习中心组学习等形式,专题学习中央全面依法治国工作会议部署。",
            "leadership.party-leadership",
            "absent",
        ),
        (
            "结合“每周一学”等常态化开展习近平法治思想、习近平总书记关于民政工作的重要讲话精神等学习。",
            "leadership.xi-thought",
            "covered",
        ),
        # a thirty-third set (ecology, state assets, commerce)
        ("主要负责人带头学习贯彻习近平全面依法治国新理念新思想新战略。", "leadership.xi-thought", "covered"),
        (
            "年初组织召开法治政府建设工作专题会议,谋划部署生态环境系统法治政府建设各项任务。",
            "leadership.annual-plan",
            "covered",
        ),
        ("组织全委干部深入学习习近平总书记关于全面依法治国的重要论述。", "capacity.staff-training", "covered"),
        (
            "组织干部职工学习了《习近平法治思想概论》、全会报告、新修订的《公务员法》《公平竞争审查条例》等法律法规。",
            "functions.business-env",
            "absent",
        ),
        ("局党组将关于法治建设重大部署作为重要学习内容。", "leadership.party-leadership", "absent"),
        (  # reviewing concrete things is work: 审议…等…重要事项
            "定期主持召开党组会,审议行政规范性文件、重大行政决策等教育法治建设重要事项。",
            "decision.five-procedures",
            "partial",
        ),
        # a thirty-fifth set (industry, civil defence, archives, drug administration)
        ("制定2024年普法工作要点、责任清单、工作计划。", "functions.power-lists", "absent"),
        ("制定2024年权责清单,明确责任事项32项。", "functions.power-lists", "covered"),
        ("落实行政许可事项清单要求,将原其他权力事项7项调整为5项。", "functions.power-lists", "covered"),
        (
            "严格对标《青山市法治政府建设实施方案》要求,将法治政府建设融入年度工作全局。",
            "leadership.annual-plan",
            "absent",
        ),
        ("紧密结合工作实际制定局法治政府建设工作要点。", "leadership.annual-plan", "covered"),
        (
            "利用理论学习中心组学习、专题培训、法治讲座等形式,不断提升应急管理系统干部的法治思维。",
            "capacity.staff-training",
            "covered",
        ),
        ("组织全体党员干部学习《习近平法治思想学习纲要》。", "capacity.staff-training", "covered"),
        ("全年无行政复议、行政诉讼案件,无违法行政案件发生。", "disputes.reconsideration", "absent"),
        ("全年无行政复议、行政诉讼案件,无违法行政案件发生。", "disputes.litigation", "absent"),
        ("全年无行政诉讼败诉案件。", "disputes.litigation", "covered"),
        ("全年办理行政复议案件3件,无被纠错案件。", "disputes.reconsideration", "covered"),
        (
            "成立普法依法治理工作领导小组,由局(馆)长任组长,副局长任副组长。",
            "report.first-responsible",
            "covered",
        ),
        # a thirty-sixth set (radio and television, traditional medicine, a city, a ministry)
        (
            "充分运用“三会一课”等形式,组织党员干部认真学习领会习近平法治思想及相关法律法规。",
            "capacity.staff-training",
            "covered",
        ),
        ("将6个典型案例纳入局普法案例库,并在局网站公开发布。", "oversight.transparency", "absent"),
        ("在局门户网站主动公开政府信息326条。", "oversight.transparency", "covered"),
        (
            "“证照分离”改革项目成功入围全国法治政府建设示范创建候选项目。",
            "functions.approval-reform",
            "absent",
        ),
        (
            "“证照分离”改革项目成功入围全国法治政府建设示范创建候选项目。",
            "leadership.demonstration",
            "covered",
        ),
        (
            "强化各级党组织对法治政府建设的领导,通过深入学习贯彻全面依法治国新理念新思想新战略,增强思想自觉。",
            "leadership.leader-study",
            "absent",
        ),
        ("局党组专题学习习近平法治思想。", "leadership.leader-study", "covered"),
        (
            "通过主要负责人带领干部职工夜学方式学习,提升领导干部法治意识。",
            "leadership.leader-study",
            "covered",
        ),
        ("围绕主责主业,加快中医药行政立法。", "rules.legislation", "covered"),
        # a thirty-seventh set (ocean and fisheries, agriculture, natural resources)
        (
            "依托大讲堂,围绕公平竞争法律制度宣传及优化法治化营商环境等主题,邀请专家学者进行专题辅导讲座。",
            "functions.business-env",
            "absent",
        ),
        (
            "组织学习习近平法治思想及领域法律法规要件60余份,实现党员干部学习全覆盖。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "列入干部培训规划,举办专题辅导讲座,推动全区农业农村系统党员干部用法治理论武装头脑。",
            "capacity.staff-training",
            "covered",
        ),
        ("组织法律明白人到农村开展法治讲座。", "capacity.staff-training", "absent"),
        (
            "我局党组书记、局长切实履行第一责任人职责,专题听取重要工作情况汇报,推进依法行政。",
            "leadership.party-leadership",
            "absent",
        ),
        ("局党组专题听取法治政府建设工作汇报。", "leadership.party-leadership", "covered"),
        (
            "将习近平法治思想列入法治工作专题培训计划,通过召开局党委会、中心组学习等形式深入学习,指导执法人员运用法治思维开展执法活动。",
            "enforcement.qualification",
            "absent",
        ),
        ("组织全体执法人员参加行政执法专题培训。", "enforcement.qualification", "covered"),
        # a thirty-eighth set (high-tech zones, a provincial congress's news item)
        (
            "2023年唐家湾镇人民调解委员会全市唯一获评“全国模范人民调解委员会”。",
            "disputes.mediation",
            "absent",
        ),
        ("2022年法治青山建设考评获得优秀等次。", "leadership.assessment", "covered"),
        ("唐家湾镇人民调解委员会全年调解纠纷120件。", "disputes.mediation", "covered"),
        # a thirty-ninth set (provinces and cities)
        ("(一)坚持党对法治建设领导,法治政府建设扎实有力。", "leadership.party-leadership", "covered"),
        ("市政府主要负责人带头旁听行政诉讼案件庭审。", "disputes.litigation", "absent"),
        ("市政府主要负责人带头旁听行政诉讼案件庭审。", "leadership.leader-study", "covered"),
        ("行政机关负责人出庭应诉率100%。", "disputes.litigation", "covered"),
        # a fortieth set (provinces and a provincial capital)
        (
            "以责为本,各级政府及其部门主要负责人全面履行推进法治政府建设第一责任人职责,亲自谋划、靠前指挥。",
            "report.first-responsible",
            "absent",
        ),
        ("9400名党政主要负责人书面述法全覆盖。", "report.first-responsible", "absent"),
        ("9400名党政主要负责人书面述法全覆盖。", "leadership.shufa", "covered"),
        ("县政府主要负责人亲自部署法治政府建设工作。", "report.first-responsible", "covered"),
        ("向市委汇报政府立法、优化营商环境等重大事项。", "functions.business-env", "absent"),
        ("开展道路交通安全和运输执法领域突出问题专项整治。", "enforcement.supervision", "covered"),
        # a forty-first set (a regional capital, a zone, a county, a province)
        (
            "在落实法治建设责任上,市政府充分发挥市委领导作用,坚持科学民主依法决策。",
            "leadership.party-leadership",
            "covered",
        ),
        ("在营商环境方面,青山市着力打造法治化环境。", "functions.business-env", "covered"),
        ("市政府着力打造良好生态环境。", "functions.business-env", "absent"),
        # a forty-second set (districts, a county)
        (
            "全面依托“法律十进”等形式,开展习近平法治思想宣讲活动80余场次。",
            "society.pufa",
            "covered",
        ),
        (
            "深入学习贯彻习近平法治思想,常态化开展宣传教育30余次。",
            "society.pufa",
            "covered",
        ),
        ("开展安全生产宣传教育30余次。", "society.pufa", "absent"),
        # a forty-third set (provinces, a justice department, a district)
        ("全省各级党校(行政学院)将习近平法治思想纳入主体班次852期。", "capacity.staff-training", "covered"),
        ("二、党对法治政府建设的领导全面加强\n全年开展法治培训三次。", "leadership.party-leadership", "covered"),
        ("将习近平法治思想融入各级各类学校教育。", "society.pufa", "covered"),
        (
            "成立区委、区政府两支法律顾问团队,为区委、区政府提供精准法律服务。",
            "disputes.legal-services",
            "absent",
        ),
        ("组建律师服务团,为群众提供免费法律服务。", "disputes.legal-services", "covered"),
        # a forty-fourth set (banners, an autonomous county)
        (
            "制定印发加快推进法治政府建设的实施方案,确定深化行政审批制度改革健全依法决策机制工作任务39项。",
            "functions.approval-reform",
            "absent",
        ),
        # a forty-fifth set (a league administration)
        ("创新“指尖上”普法,建成法律知识竞答公众平台,组织竞答14次。", "digital.platforms", "absent"),
        ("创新“指尖上”普法,建成法律知识竞答公众平台,组织竞答14次。", "society.pufa", "covered"),
        ("建成行政执法综合管理监督信息系统。", "digital.platforms", "covered"),
        # a forty-sixth set (customs, an intellectual-property office, fire and rescue)
        (
            "每双月向中央依法治国办、执法协调小组报送工作任务进展情况,参加中央依法治国办专项督查。",
            "enforcement.supervision",
            "absent",
        ),
        ("开展行政执法“三项制度”落实情况专项督查。", "enforcement.supervision", "covered"),
        (
            "深入学习习近平法治思想、省委“1310”具体部署,有序推动各项工作开展。",
            "leadership.party-leadership",
            "absent",
        ),
        ("局党组专题研究部署法治政府建设工作。", "leadership.party-leadership", "covered"),
        (
            "结合《法治青山建设规划(2021-2025 年)》、《青山区法治政府建设实施方案(2021-2025)》要求,有序推动各项工作开展。",
            "leadership.annual-plan",
            "absent",
        ),
        ("印发《青山区2024年法治政府建设实施方案》。", "leadership.annual-plan", "covered"),
        # a forty-seventh set (market regulation, development and reform, finance, education)
        (
            "局党委发挥在推进法治建设中的领导作用,把法治建设放在全局中统筹谋划。",
            "leadership.party-leadership",
            "covered",
        ),
        (
            "(二)切实履行厅党组推进法治建设领导职责。\n厅主要负责人带头研究部署。",
            "leadership.party-leadership",
            "covered",
        ),
        ("坚持将依法行政作为干部教育培训的“必修课”。", "capacity.staff-training", "covered"),
        ("将习近平法治思想作为领导干部教育培训的重点课程。", "capacity.staff-training", "absent"),
        ("督促全年54件重大行政决策、行政规范性文件严格履行法定决策程序。", "decision.five-procedures", "partial"),
        ("对做好行政复议行政诉讼工作作出专门要求。", "disputes.litigation", "covered"),
        ("主持审议法治政府建设暨法治宣传教育年度工作要点。", "society.pufa", "absent"),
        ("主持审议法治政府建设暨法治宣传教育年度工作要点。", "leadership.annual-plan", "covered"),
        ("制定年度普法工作要点。", "society.pufa", "covered"),
        ("积极参加省人大常委会组织的《立法法》集中研读活动。", "rules.legislation", "absent"),
        ("积极参加省人大常委会组织的立法调研活动。", "rules.legislation", "covered"),
        ("多次主持召开专题会议,研究部署财政立法、执法、普法重点工作。", "rules.legislation", "absent"),
        ("多次主持召开专题会议,研究部署财政立法、执法、普法重点工作。", "society.pufa", "absent"),
        ("本年度报告的电子版可以在本区政府网站上下载。", "oversight.transparency", "covered"),
        ("制定2024年度局机关依法行政、普法宣传教育等工作方案。", "leadership.annual-plan", "covered"),
        # a forty-eighth set (the justice ministry, justice departments, transport bodies)
        ("推动全省党政主要负责人专题述法实现全覆盖。", "report.first-responsible", "absent"),
        ("推动全省党政主要负责人专题述法实现全覆盖。", "leadership.shufa", "covered"),
        ("局主要负责人带头述法。", "report.first-responsible", "covered"),
        ("县长带头开展年终述法,全县32个部门主要负责人实现述法全覆盖。", "report.first-responsible", "covered"),
        ("开展“习近平法治思想引领基层实践”主题宣传活动。", "society.pufa", "covered"),
        ("开展安全生产主题宣传活动。", "society.pufa", "absent"),
        # a forty-ninth set (justice departments, health commissions)
        ("将学习宣传贯彻习近平法治思想纳入法治政府建设年度工作计划。", "leadership.annual-plan", "covered"),
        ("将法治政府建设纳入年度工作计划。", "leadership.annual-plan", "absent"),
        (
            "开展学习贯彻党的二十大精神专题培训等各类政治轮训5场次,印发领导干部应知应会法律法规清单。",
            "capacity.staff-training",
            "absent",
        ),
        ("全年共开展法治专题学习培训、宣传宣讲、政治轮训100余场次。", "capacity.staff-training", "covered"),
        ("系统推进宪法、习近平法治思想学习教育全覆盖。", "capacity.staff-training", "covered"),
        # a fiftieth set (natural-resources bureaus, a town)
        ("镇党委、政府始终将法治建设摆在全局工作的突出位置。", "leadership.party-leadership", "covered"),
        ("镇政府始终将法治建设摆在全局工作的突出位置。", "leadership.party-leadership", "absent"),
        (
            "2.充分发挥党组统筹协调作用。\n主要负责人亲自主持召开会议,部署法治政府建设重大工作。",
            "leadership.party-leadership",
            "covered",
        ),
        # a fifty-first set (a human-resources bureau, emergency-management bureaus)
        (
            "一是发挥党委统领作用。进一步明确党委主要领导责任,统筹分析依法行政工作重难点。",
            "leadership.party-leadership",
            "covered",
        ),
        ("组织机关人员观看中国庭审公开网公开审理的行政诉讼案件。", "capacity.staff-training", "covered"),
        ("组织机关人员观看中国庭审公开网公开审理的行政诉讼案件。", "disputes.litigation", "absent"),
        # a fifty-second set (district justice bureaus)
        ("将习近平法治思想纳入司法行政干部教育培训重要课程。", "capacity.staff-training", "covered"),
        ("建立基层法治观测点和基层法治观察员制度。", "oversight.social", "covered"),
        # a fifty-third set (streets, a township)
        (
            "党工委理论学习中心组开展3次学法活动,围绕公职人员法律基础和基层实务开展专题培训会2场。",
            "capacity.staff-training",
            "covered",
        ),
        ("党工委理论学习中心组开展法治专题培训。", "capacity.staff-training", "absent"),
        # a fifty-fourth set (a county education-and-sports bureau)
        ("班子成员将分管领域的法治工作与业务工作同步调度、同步督导。", "leadership.inspection", "absent"),
        ("与业务工作同部署、同督促,开展法治政府建设督察2轮。", "leadership.inspection", "covered"),
        # a fifty-fifth set (a disabled persons' federation)
        (
            "成立了以党组书记、理事长为组长,班子成员为副组长的法治政府建设工作领导小组。",
            "report.first-responsible",
            "covered",
        ),
        # a fifty-sixth set (a government-affairs centre)
        (
            "通过进一步学习宪法和行政法规,全体干部职工依法行政意识和能力显著提高。",
            "capacity.staff-training",
            "covered",
        ),
        ("通过进一步学习宪法和行政法规,领导班子依法决策能力显著提高。", "capacity.staff-training", "absent"),
        # a fifty-seventh set (civil affairs, statistics, agriculture, culture and tourism)
        (
            "结合工作实际,及时制定下发了《2021年普法及建设法治政府创建工作方案》,明确了工作内容。",
            "leadership.annual-plan",
            "covered",
        ),
        ("局党组中心组开展专题学习习近平总书记全面依法治国新理念新思想新战略。", "leadership.leader-study", "covered"),
        ("局党组中心组开展专题学习习近平总书记全面依法治国新理念新思想新战略。", "leadership.xi-thought", "absent"),
        ("落实开展了党政主要负责人履行推进法治建设第一责任人职责年终述职制度。", "leadership.shufa", "covered"),
        ("听取班子成员、下属单位“一把手”汇报党风廉政工作1次。", "report.first-responsible", "absent"),
        ("局主要负责人听取法治政府建设工作汇报2次。", "report.first-responsible", "covered"),
        (
            "将重大行政决策、行政规范性文件、行政处罚、政府信息公开、行政复议等事项均纳入合法性审查范围。",
            "rules.normdoc-review",
            "covered",
        ),
        (
            "将重大行政决策、行政规范性文件、行政处罚、政府信息公开、行政复议等事项均纳入合法性审查范围。",
            "disputes.reconsideration",
            "absent",
        ),
        (
            "我局将习近平法治思想作为核心指导,通过党组学习、全员培训等形式,深化认识。",
            "capacity.staff-training",
            "covered",
        ),
        ("1.抓好党的二十大精神和习近平法治思想学习培训。", "capacity.staff-training", "absent"),
        # a fifty-eighth set (police, audit and veterans-affairs bureaus)
        ("开展地方性法规、政府规章和规范性文件清理工作,形成现行有效的规范性文件目录。", "rules.legislation", "absent"),
        (
            "开展地方性法规、政府规章和规范性文件清理工作,形成现行有效的规范性文件目录。",
            "rules.normdoc-cleanup",
            "covered",
        ),
        ("完成权责清单动态调整,梳理审计监督、结果公告、整改督查等行政职权事项。", "oversight.audit", "absent"),
        ("完成权责清单动态调整,梳理审计监督、结果公告、整改督查等行政职权事项。", "functions.power-lists", "covered"),
        ("梳理行政许可、行政处罚等行政职权事项386项并向社会公布。", "functions.power-lists", "covered"),
        ("多次召开班子会传达学习习近平总书记关于法治建设重要论述。", "leadership.leader-study", "covered"),
        (
            "局班子多次召开班子会传达学习习近平总书记关于法治建设重要论述以及市委、区委关于法治建设决策部署,研究贯彻落实措施。",
            "leadership.party-leadership",
            "absent",
        ),
        ("区委常委会专题研究法治政府建设工作。", "leadership.party-leadership", "covered"),
        (
            "深入贯彻落实《某区法治政府建设实施方案(2021—2025年)》,全面履行法定职责。",
            "leadership.annual-plan",
            "absent",
        ),
        ("制定印发《某局2024年法治政府建设工作要点》,明确任务分工。", "leadership.annual-plan", "covered"),
        (
            "认真贯彻落实《重大行政决策程序暂行条例》,对三重一大事项实行集体决策。",
            "decision.five-procedures",
            "partial",
        ),
        # a fifty-ninth set (a petitions bureau, a district, provinces, a township)
        ("将法治建设工作与信访工作一起谋划部署、一体检查考核。", "leadership.assessment", "covered"),
        ("将法治建设工作与信访工作一起谋划部署、一体检查考核。", "disputes.petition", "absent"),
        ("局主要负责人多次召开会议专题研究信访工作法治化建设工作。", "disputes.petition", "absent"),
        ("局主要负责人多次主持召开会议专题研究信访工作法治化建设工作。", "report.first-responsible", "covered"),
        ("全年受理信访事项120件,按期办结率100%。", "disputes.petition", "covered"),
        (
            "区委书记主持召开区委依法治区委员会会议,总结2023年工作并对2024年全面依法治区工作进行安排部署。",
            "leadership.annual-plan",
            "covered",
        ),
        (
            "各市州、各省直部门党政主要负责人均就上年度履行推进法治建设第一责任人职责情况向省委书面述职。",
            "leadership.shufa",
            "covered",
        ),
        # a sixtieth set (transport and education bodies)
        (
            "按规定向省委、省政府和交通运输部报告法治政府建设工作情况,并在门户网站公开。",
            "leadership.party-leadership",
            "covered",
        ),
        (
            "制定交通法治工作要点,并将依法治区工作纳入委年度工作计划,做到法治工作与其他工作同安排同部署。",
            "leadership.annual-plan",
            "covered",
        ),
        ("将依法治区工作纳入委年度工作计划,做到法治工作与其他工作同安排同部署。", "leadership.annual-plan", "absent"),
        ("印发《教育系统法治工作要点》《区委教育工委理论学习中心组学习计划》。", "leadership.annual-plan", "covered"),
        ("区教委持续加强全区师生法治教育。", "capacity.staff-training", "absent"),
        ("区教委获评全市“八五”普法中期表现突出单位。", "society.pufa", "absent"),
        # a sixty-first set (a street, towns, a justice bureau)
        (
            "及时调整依法治镇工作领导小组,完善“党委领导、政府负责、部门协同、村社联动”工作格局。",
            "leadership.party-leadership",
            "absent",
        ),
        ("推广应用平台,线上全流程闭环管理法治观察建议18条。", "oversight.social", "covered"),
        ("组织开展“习近平法治思想基层行”活动28场次。", "society.pufa", "covered"),
        ("编制《某区贯彻落实〈全面依法治市提升行动方案〉的具体措施》。", "leadership.annual-plan", "covered"),
        (
            "印发《市人社局学习宣传贯彻习近平法治思想实施方案》,在局系统开展学习活动。",
            "leadership.annual-plan",
            "absent",
        ),
        (
            "学习习近平法治思想,举办全县领导干部法治专题培训班3期,覆盖科级以上干部680余人次。",
            "capacity.staff-training",
            "absent",
        ),
        (
            "学习习近平法治思想,举办全县领导干部法治专题培训班3期,覆盖科级以上干部680余人次。",
            "leadership.leader-study",
            "covered",
        ),
        # a sixty-second set (city governments)
        ("市委常委会专门听取法律顾问工作、行政败诉案件情况汇报。", "decision.legal-advisers", "absent"),
        ("市委常委会专门听取法律顾问工作、行政败诉案件情况汇报。", "disputes.litigation", "absent"),
        ("全年聘请法律顾问12名,出具法律意见书80份。", "decision.legal-advisers", "covered"),
        # a sixty-third set (a ministry, an ecology bureau, a township, human-resources bureaus)
        (
            "制作劳动合同宣传动画,通过“湾区人才港”等线上平台及各类企业服务群广泛传播。",
            "digital.platforms",
            "absent",
        ),
        ("依据各科室部门职能,制定法治人社建设责任清单,做到任务清晰、责任明确。", "functions.power-lists", "absent"),
        ("依据各科室部门职能,编制部门权力和责任清单并向社会公布。", "functions.power-lists", "covered"),
        (
            "局党组理论学习中心组深入学习贯彻习近平法治思想,并将其纳入局党员干部教育和培训体系。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "将习近平法治思想学习列入党组会议“第一议题”,举办《民法典》专题讲座等法治讲座,要求局领导带头学、全局党员共同学。",
            "capacity.staff-training",
            "covered",
        ),
        ("学深悟透《习近平关于全面依法治国论述摘编》,作为局党组会议重点学习内容。", "leadership.xi-thought", "covered"),
        ("依托政务新媒体,宣传解读最新生态环境法律法规,发布相关稿件164篇。", "society.pufa", "covered"),
        # a sixty-fourth set (health bureaus, a city-management bureau, an ethnic-affairs commission)
        ("严格落实局领导干部述法制度,严格实施法治政府建设年度报告公开制度。", "oversight.transparency", "covered"),
        ("将法治建设纳入年度工作要点,与业务工作同部署、同推进、同考核。", "leadership.annual-plan", "absent"),
        (
            "将法治建设纳入乡党委年度工作要点和绩效考核体系,制定《某乡2025年法治政府建设工作清单》。",
            "leadership.annual-plan",
            "covered",
        ),
        ("压实责任链条,将法治建设纳入基层单位绩效考核和领导班子述职述廉。", "leadership.shufa", "covered"),
        ("梳理行政执法事项118项,公开执法依据与责任,建立统计、处罚等专项台账。", "enforcement.three-systems", "partial"),
        (
            "把习近平法治思想作为学习重点,通过党委会、党委理论学习中心组集中学习、干部职工大会等方式传达学习。",
            "capacity.staff-training",
            "covered",
        ),
        # a sixty-fifth set (forestry bureaus)
        (
            "组织参加省林草局组织的“川渝毗邻地区林业行政执法与刑事司法培训”和“省林草行政执法监督培训”共2人次。",
            "enforcement.criminal-linkage",
            "absent",
        ),
        (
            "组织参加省林草局组织的“川渝毗邻地区林业行政执法与刑事司法培训”和“省林草行政执法监督培训”共2人次。",
            "enforcement.supervision",
            "absent",
        ),
        (
            "将林业行政执法规范化建设、涉林案件办理质效、普法责任制落实情况等核心指标纳入林长制考核评价。",
            "society.pufa",
            "absent",
        ),
        ("建立健全局机关公职人员学法用法考核及执法过错追究制度。", "oversight.accountability", "covered"),
        (
            "邀请法律顾问举办专题法治讲座,详细讲解了复议程序、执法程序等关键要素,为一线林草执法人员提供了专业指导。",
            "enforcement.qualification",
            "covered",
        ),
        # a sixty-sixth set (an industry bureau, science-and-technology bodies)
        (
            "通过召开党组理论学习中心组会议,有效提升干部运用法治思维破解产业发展难题、化解矛盾纠纷的能力。",
            "disputes.mediation",
            "absent",
        ),
        ("全年排查化解矛盾纠纷120件,化解率98%。", "disputes.mediation", "covered"),
        (
            "梳理完善政务服务事项,优化办事流程、申报要件等内容,进行流程再造。",
            "functions.approval-reform",
            "covered",
        ),
        # a sixty-seventh set (a ministry's early reports, housing and market-regulation bureaus)
        (
            "《纲要》颁布以后,局党组认真组织学习领会《纲要》精神实质,邀请有关专家对全局干部职工进行专题培训。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "建立党委会、中心组学习以及干部大会定期学法制度,做到法律法规学习培训全覆盖。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "全面接管建设工程质量安全监督站,切实做到住建领域行政处罚权的集中行使。",
            "enforcement.system-reform",
            "covered",
        ),
        ("聘用2个律师团队,全面参与我局重大执法决定法制审核,有效防范法律风险。", "decision.legal-advisers", "covered"),
        ("组织全局执法人员参加了全国市场监管法律知识竞赛初赛。", "enforcement.qualification", "covered"),
        # a sixty-eighth set (district governments, agriculture bodies)
        (
            "贯彻落实习近平总书记在第十个国家宪法日之际作出的重要指示精神,组织各党支部集体学法交流研讨9次。",
            "society.pufa",
            "absent",
        ),
        (
            "贯彻落实习近平总书记在第十个国家宪法日之际作出的重要指示精神,组织各党支部集体学法交流研讨9次。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "全市1卷农业行政执法案卷被杭州市建设法治政府(依法行政)工作联席会议办公室评为优秀案卷。",
            "enforcement.supervision",
            "absent",
        ),
        (
            "我局建设的禁渔执法联合体被省政府办公厅评选为2022年度县乡法治政府建设“最佳实践”项目。",
            "leadership.demonstration",
            "covered",
        ),
        (
            "落实领导干部带头讲法制度,区委区政府主要领导带头在推进依法行政工作领导小组(扩大)会议上专题讲法。",
            "leadership.leader-study",
            "covered",
        ),
        (
            "连续三年集中发布法治政府建设年度情况报告,各部门主要负责同志按时提交年终述法报告。",
            "oversight.transparency",
            "covered",
        ),
        ("据司法部网站消息,司法部发布2023年法治政府建设年度报告。", "oversight.transparency", "absent"),
        ("建设启动广州湾区中央法务区海珠云上片区暨琶洲法律服务集聚区。", "disputes.legal-services", "covered"),
        # a sixty-ninth set (county, city and district governments)
        (
            "我县高度重视法治政府建设工作,切实把党的领导贯彻落实到法治政府建设的全过程和各方面。",
            "leadership.party-leadership",
            "covered",
        ),
        # a seventieth set (data, culture-and-tourism and veterans-affairs bureaus)
        (
            "积极组织干部参加区依法治区办组织的全面依法治区培训班、规范涉企行政执法专项行动视频调度会、"
            "领导干部旁听庭审、《中华人民共和国法治宣传教育法》专题讲座等培训活动。",
            "enforcement.supervision",
            "absent",
        ),
        (
            "积极组织干部参加区依法治区办组织的全面依法治区培训班、规范涉企行政执法专项行动视频调度会、"
            "领导干部旁听庭审、《中华人民共和国法治宣传教育法》专题讲座等培训活动。",
            "society.pufa",
            "absent",
        ),
        (
            "常态化引入法律顾问参与文件起草、信访答复等事务,提升决策科学性与法治化水平。",
            "decision.legal-advisers",
            "covered",
        ),
        ("常态化引入法律顾问参与文件起草、信访答复等事务,提升决策科学性与法治化水平。", "disputes.petition", "absent"),
        # a seventy-first set (audit, statistics and county education bodies)
        (
            "主要领导带头履行法治政府建设组织者职责,坚持重大问题亲自过问、重点环节亲自协调、重大任务亲自督导。",
            "leadership.inspection",
            "absent",
        ),
        ("将法治建设工作纳入全县中小学校年度绩效目标管理。", "leadership.assessment", "covered"),
        (
            "将法治建设工作纳入溆浦县中小学校年度绩效目标管理和教育局年度工作计划之中。",
            "leadership.annual-plan",
            "absent",
        ),
        (
            "我委贯彻落实党中央关于全面依法治国的重大决策部署和县委关于全面依法治县工作安排。",
            "leadership.annual-plan",
            "absent",
        ),
        (
            "开足开好“道德与法治”思政课程,组织开展“百名法学家百场报告会”等活动,在职教中心和凤凰初中实施研究与实践。",
            "capacity.staff-training",
            "absent",
        ),
        (
            "成立由局长任组长,行政审批、人事、基教、职成、督导、安监等相关股室负责人为成员的法治建设工作领导小组。",
            "leadership.inspection",
            "absent",
        ),
        (
            "现将相关情况报告如下: (一)深入学习贯彻习近平法治思想,加强党对法治政府建设的领导,"
            "部门主要负责人履行推进法治建设第一责任职责,加强法治政府建设方面 一是局党委召开专题会议学习。",
            "report.first-responsible",
            "absent",
        ),
        # set BU: work plans sent up for the record are not normative documents filed
        (
            "制定《2023年度法治建设工作要点》《2023年普法工作计划》等文件,并及时报上级主管部门备案。",
            "rules.normdoc-filing",
            "absent",
        ),
        ("全年制定规范性文件3件,均按时报县政府备案。", "rules.normdoc-filing", "covered"),
        # …a demonstration title's review prepared for, even after the subjects of a meeting
        (
            "县长多次专题研究行政执法改革等任务,部署迎接省法治政府建设示范县复核评估等工作。",
            "leadership.demonstration",
            "covered",
        ),
        ("区政府常务会议专题研究部署行政复议、行政应诉等工作。", "disputes.reconsideration", "absent"),
        # …the year's tasks counted, enforcement officers' courses, the thought taken to seven places
        ("坚持党对法治建设的领导,推动年初确定的15项重点任务全部完成。", "leadership.annual-plan", "covered"),
        ("组织全体执法人员参加行政处罚法专题学习,提升执法水平。", "enforcement.qualification", "covered"),
        ("依托县级宣讲团深入开展习近平法治思想“八进”活动,全年开展活动20场次。", "society.pufa", "covered"),
        # set BV: the body's general key points listed with other things, then 与…同部署
        (
            "将法治政府建设纳入年度工作要点、目标考核内容,与中心工作同部署、同推进、同考核。",
            "leadership.annual-plan",
            "absent",
        ),
        # …the areas whose problems were solved, and the areas a slogan unites, are subjects
        ("党组会议及时解决行政执法、普法宣传等方面的重点难点问题。", "society.pufa", "absent"),
        (
            "坚持把科学立法、严格执法、全民普法、执法监督有机统一于法治建设全过程。",
            "enforcement.supervision",
            "absent",
        ),
        # …a staff training by cases is training, not publicity; a head heads the leading group
        ("组织干部职工开展“以案释法”专题培训3场。", "society.pufa", "absent"),
        ("组织干部职工开展“以案释法”研讨活动4场,深入学习《民法典》。", "society.pufa", "absent"),
        # set BW: units' principals counted roughly (70余名) reporting is shufa, not the body's own duty
        ("组织50余名单位主要负责人完成年度述法。", "report.first-responsible", "absent"),
        ("组织50余名单位主要负责人完成年度述法。", "leadership.shufa", "covered"),
        # set BX: areas deployed in a list are subjects; a duty list is no power list; branch secretaries
        # are not the body's principal; rules in force published; the year's work deployed by year
        ("县委主要负责同志部署执法、司法、守法、普法各项工作20余次。", "society.pufa", "absent"),
        (
            "制定出台《落实党政主要负责人履行推进法治建设第一责任人职责规定工作责任清单》。",
            "functions.power-lists",
            "absent",
        ),
        ("开展基层党组织书记抓党建述职和述责述廉述法评议考核。", "report.first-responsible", "absent"),
        ("面向社会集中公示现行有效规章目录12件和规范性文件目录80件。", "oversight.transparency", "covered"),
        ("召开全面依法治县委员会会议,研究部署2023年法治政府建设各项工作任务。", "leadership.annual-plan", "covered"),
        # …a class on a plenum's spirit is political, not legal, training; the party school's
        # trainings counted and the staff's seasonal training with the thought taught are staff study
        (
            "举办学习贯彻二十届三中全会精神培训班,将全会精神转化为推动法治政府建设的强大动力。",
            "capacity.staff-training",
            "absent",
        ),
        ("县委党校围绕习近平法治思想开展培训6期。", "capacity.staff-training", "covered"),
        ("组织全员春训,邀请专家讲授习近平法治思想。", "capacity.staff-training", "covered"),
        ("全省访调对接工作现场会在我市召开。", "disputes.mediation", "covered"),
        # set BY: a government's reward for good performance (督查激励) is no rule-of-law inspection
        ("我区在2023年度法治建设考评中排名第三,获评优秀等次,受到市政府督查激励。", "leadership.inspection", "absent"),
        # …the whole staff of a system studying the laws is staff study
        (
            "将相关法律法规纳入党组理论中心组必学内容,形成领导干部带头学、机关干部全员学的氛围。",
            "capacity.staff-training",
            "covered",
        ),
        ("深入企业开展以案释法宣传活动6场。", "society.pufa", "covered"),
        (
            "成立法治建设领导小组,由局党组书记、局长任工作领导小组组长。",
            "report.first-responsible",
            "covered",
        ),
        # set BZ: units reporting at the party's rule-of-law commission is the commission at work;
        # the subject they report on is only named
        ("区交通局、区税务局在区委全面依法治区委员会上专题述法。", "leadership.party-leadership", "covered"),
        (
            "区财政局围绕“行政复议工作开展情况”,在区委全面依法治区委员会上作专题述法。",
            "disputes.reconsideration",
            "absent",
        ),
        # …a periodic evaluation of the units' rule-of-law work is assessment
        ("制定镇法治建设工作评议办法,每半年对各村法治建设工作开展评议。", "leadership.assessment", "covered"),
        # …the inspection's cooperation mechanism, named without 法治 in a heading, is the inspection;
        # an environmental inspection's is not
        ("二是完善督察协作推进机制。", "leadership.inspection", "covered"),
        ("配合做好生态环境保护督察协作机制建设。", "leadership.inspection", "absent"),
        # …the staff organised to study the thought, with what they studied between
        ("各科室组织干部职工开展习近平法治思想专题学习30余场次。", "capacity.staff-training", "covered"),
        ("将宪法和法律知识纳入区委党校各类班次必修课。", "capacity.staff-training", "covered"),
        # …a lecture group formed for the thought is publicity
        ("成立习近平法治思想青年宣讲团,开展专题宣讲20场。", "society.pufa", "covered"),
        # …two regions' joint service window is service reform
        ("开设“长三角通办”专窗,全年办理业务1200件。", "functions.approval-reform", "covered"),
        # …what a regulation provides is not the government's own work
        ("条例对市场主体的合规责任作出明确规定,强化突发事件应急处置。", "emergency.response", "absent"),
        ("区政府强化突发事件应急处置,修订应急预案3件。", "emergency.response", "covered"),
        # set CA: study arranged (学习安排专人领学) is no party deployment, nor work deployed at the
        # bureau's own meetings beside a party group's study; both meetings deploying it is
        (
            "通过党组理论学习中心组等方式组织领导干部学习习近平法治思想,每次学习安排专人领学。",
            "leadership.party-leadership",
            "absent",
        ),
        (
            "召开党组会10次传达学习上级会议精神,多次在局务会研究部署法治建设工作。",
            "leadership.party-leadership",
            "absent",
        ),
        ("通过党组会、局长办公会等形式研究部署法治建设工作。", "leadership.party-leadership", "covered"),
        # …the newly appointed taking the constitutional oath are not the staff trained
        (
            "组织政府常务会议法治专题讲座2次,新任命的国家工作人员全部进行宪法宣誓。",
            "capacity.staff-training",
            "absent",
        ),
        # …an internal lecture series on the laws is staff study
        ("对内开展“政务讲堂”活动,学习《政务服务条例》等相关法律法规。", "capacity.staff-training", "covered"),
        # …the publicity responsibility carried out counts, whoever is trained in the same sentence
        (
            "落实谁执法谁普法责任制,组织干部职工开展新法专题培训,提升干部职工法治意识。",
            "society.pufa",
            "covered",
        ),
        # …inspections counted with problems reported back; an enforcement inspection is not one
        ("全年开展专项督查3次,通报整改问题9项。", "leadership.inspection", "covered"),
        ("开展行政执法三项制度落实专项督查2次,整改问题2个。", "leadership.inspection", "absent"),
        (
            "聚焦规范执法,提升依法行政效能,开展行政执法三项制度落实专项督查2次。",
            "leadership.inspection",
            "absent",
        ),
        # …the areas named as where effort goes, what funds support, what a meeting discussed
        ("坚持从推进数字政府建设和提升服务水平等方面发力。", "digital.platforms", "absent"),
        ("增加法治建设专项经费投入,重点支持普法宣传。", "society.pufa", "absent"),
        ("主持召开局务会研讨推进政务服务、优化法治营商环境等相关工作31次。", "functions.business-env", "absent"),
        # …a law's title as a lecture's or a training's subject
        (
            "围绕《某某条例》,从历次修订情况、新修订内容等方面讲授专题党课。",
            "rules.legislation",
            "absent",
        ),
        ("针对新修订的《行政复议法》,组织干部职工开展解读培训。", "disputes.reconsideration", "absent"),
        # set CB: the licensing items managed as a list is the Outline's service reform; the whole
        # bureau organised to study the laws is staff study; work named before its study and
        # deployment is only named; the thought named with the General Secretary's title
        ("做好行政许可事项的清单管理,对56项许可事项逐项确认。", "functions.approval-reform", "covered"),
        ("组织全局认真学习《宪法》《行政处罚法》。", "capacity.staff-training", "covered"),
        (
            "对于审批改革、行政执法改革等重点工作多次深入基层开展专题研究。",
            "enforcement.system-reform",
            "absent",
        ),
        ("局党委会传达学习习近平总书记重要法治思想。", "leadership.xi-thought", "covered"),
        # the report given to the congress's standing committee as 汇报 is reporting to it; the
        # subject named before it is only named, the addressee is not
        ("区政府围绕法治政府建设情况向区人大常委会作专题汇报。", "oversight.npc-cppcc", "covered"),
        ("县政府围绕优化营商环境工作情况向县委全面依法治县委员会汇报。", "functions.business-env", "absent"),
        # other inspections are not rule-of-law inspections
        ("开展扫黑除恶专项督查3次,整改问题12个。", "leadership.inspection", "absent"),
        # work said not to have been done, in the results part, is not work done; the clause
        # beside it that reports work still counts, and a case lost (无败诉) implies cases
        ("全年未开展法治政府建设督察,部署开展执法检查两次。", "leadership.inspection", "absent"),
        ("我局已编制权责清单,行政裁量权基准尚未建立。", "enforcement.discretion", "absent"),
        ("我局已编制权责清单,行政裁量权基准尚未建立。", "functions.power-lists", "covered"),
        ("本年度无重大行政决策事项,全年开展法治培训两次。", "decision.five-procedures", "absent"),
        ("全年无败诉案件,办理行政复议案件3件。", "disputes.reconsideration", "covered"),
        # set CD: experience presented at a meeting named for some work names the work only
        ("先后在全省“放管服”改革推进会和行政执法工作会议上介绍经验。", "functions.approval-reform", "absent"),
        ("深化“放管服”改革,全年取消审批事项12项,并在全省推进会上介绍经验。", "functions.approval-reform", "covered"),
        # real openings from the web (2026-12): the leadership team studying the laws it names,
        # and the leaders' lead in studying law named as such
        (
            "局领导班子集中学习了《中华人民共和国国家安全法》《安全生产法》等法律法规。",
            "leadership.leader-study",
            "covered",
        ),
        ("一是坚持领导干部带头学法。", "leadership.leader-study", "covered"),
        ("局领导班子成员学习了安全生产工作要求。", "leadership.leader-study", "absent"),
        # the rule-of-law plan issued, named among other documents, before the general plan
        (
            "出台《某县法治政府建设实施纲要(2021-2025年)》《2022年法治某县建设工作要点》等,"
            "将法治政府建设纳入年度工作计划,与经济社会发展同部署、同推进。",
            "leadership.annual-plan",
            "covered",
        ),
        (
            "出台《某县人才发展规划》等,将法治政府建设纳入年度工作计划,与经济社会发展同部署、同推进。",
            "leadership.annual-plan",
            "absent",
        ),
        # the areas a plan settles are named only; the plan itself is the annual plan
        (
            "制定了《2018年某区法治政府建设工作要点与责任分工》,从制度层面对领导体制、行政审批改革、"
            "推进政务公开等方面予以明确。",
            "functions.approval-reform",
            "absent",
        ),
        ("对行政审批改革、推进政务公开等方面予以明确。", "oversight.transparency", "absent"),
        ("深化行政审批改革,全年取消审批事项12项。", "functions.approval-reform", "covered"),
        # a superior's key points carried out are not the body's own plan (as the development set
        # labels 贯彻落实《西安市2019年法治政府建设工作要点》); its own plan issued beside them is
        (
            "我局认真落实省厅关于2023年法治政府建设工作要点,制定印发局2023年法治建设工作要点。",
            "leadership.annual-plan",
            "covered",
        ),
        # the year's rule-of-law tasks a party-group meeting studied and deployed
        ("召开局党组会议研究部署年度法治工作目标任务。", "leadership.annual-plan", "covered"),
        ("召开局党组会议研究部署年度安全生产工作目标任务。", "leadership.annual-plan", "absent"),
        # decisions' execution tracked, with 的 between
        ("定期对决策的执行情况进行跟踪与反馈,适时调整和改进决策。", "decision.post-evaluation", "covered"),
        # a police bureau's law training beside its officers' qualification exam is the officers'
        # (held-out g05 is labelled so); its whole force trained without the exam is the staff's
        (
            "围绕行政处罚法等法律法规组织开展专题培训12场次,覆盖民辅警200余人次,每年统一组织执法资格等级考试。",
            "capacity.staff-training",
            "absent",
        ),
        ("举办全警法治培训班5期,培训民警1200余人次。", "capacity.staff-training", "covered"),
        # a legal adviser's services described name the areas only; the adviser is its own item
        (
            "法律顾问服务内容从案件诉讼、合法性审查逐步扩展到参与复议案件、信访案件、经济合同审查的研究以及分析。",
            "disputes.reconsideration",
            "absent",
        ),
        (
            "法律顾问服务内容从案件诉讼、合法性审查逐步扩展到参与复议案件、信访案件、经济合同审查的研究以及分析。",
            "decision.legal-advisers",
            "covered",
        ),
        # what a leader named by title stressed is a directive quoted, not work reported
        (
            "县委副书记、县长王某某强调坚持高位推动、加强督导问效、发动舆论宣传三点要求,为2024年法治政府建设指明方向。",
            "leadership.inspection",
            "absent",
        ),
        # the congress's standing committee questioning the government on its rule-of-law work
        (
            "根据《某县人大常委会关于对我县法治政府建设工作开展专题询问的实施方案》,共提出8个问题,对县人民政府进行询问。",
            "oversight.npc-cppcc",
            "covered",
        ),
        ("县人大常委会对县政府法治政府建设工作开展专题询问,共提出8个问题。", "oversight.npc-cppcc", "covered"),
        # a publicity campaign tied to other work listed: the campaign is publicity, the work listed
        # its occasions (emergency work is not reported by 疫情防控 named among them)
        (
            "我镇结合宪法宣传周、防汛减灾、疫情防控、安全生产等工作开展宣传活动,加大对法律法规相关知识的宣传。",
            "society.pufa",
            "covered",
        ),
        (
            "我镇结合宪法宣传周、防汛减灾、疫情防控、安全生产等工作开展宣传活动,加大对法律法规相关知识的宣传。",
            "emergency.response",
            "absent",
        ),
        # a township's own advisers named with its villages' are the government's advisers
        (
            "镇、村(社区)法律顾问全年起草、审查、修改各种法律文书32份,出具法律意见书1次。",
            "decision.legal-advisers",
            "covered",
        ),
        ("村(社区)法律顾问全年为群众提供法律咨询32次。", "decision.legal-advisers", "absent"),
        # a township's and its villages' cadres organised to study a law
        ("组织镇村干部系统学习《中华人民共和国民法典》物权编、合同编等内容。", "capacity.staff-training", "covered"),
        # an implementation measures list issued with its count; the year's assessment in a
        # mechanism's name
        (
            "印发实施贯彻落实“一规划两纲要”的措施清单,明确916项具体措施,一体推进法治政府、法治社会建设。",
            "leadership.annual-plan",
            "covered",
        ),
        (
            "落实法治某市、法治政府、法治社会一体建设“月报告、季督评、年考核”工作机制,开展法治建设调研20余次。",
            "leadership.assessment",
            "covered",
        ),
        # the party's leadership of the rule-of-law work deepened (a ministry's report)
        (
            "把政治建设贯穿到海关法治工作全过程各领域,深化党对海关法治工作的绝对领导。",
            "leadership.party-leadership",
            "covered",
        ),
        # the principals studying the rule-of-law work by name, counted; and other work they studied
        (
            "州党委、州政府主要负责同志先后研究行政立法、行政执法监督等工作11次,推动法治政府建设各项任务落地落实。",
            "report.first-responsible",
            "covered",
        ),
        ("县政府主要负责同志先后研究经济运行工作11次。", "report.first-responsible", "absent"),
        # case-based law study at the standing meeting is the leaders' study, not publicity
        (
            "州政府持续优化常务会“以案释法、轮值讲法”工作机制,两级政府常务会累计学法87次。",
            "society.pufa",
            "absent",
        ),
        (
            "州政府持续优化常务会“以案释法、轮值讲法”工作机制,两级政府常务会累计学法87次。",
            "leadership.leader-study",
            "covered",
        ),
        # a researcher (研究员) invited to a party group's lecture is no party committee studying the work
        (
            "县委理论中心组邀请省政府特约研究员丁某作《习近平法治思想》专题辅导。",
            "leadership.party-leadership",
            "absent",
        ),
        # the party group given the main responsibility; the secretary leading the work
        (
            "明确党组履行主体责任,委主要领导为第一责任人,对卫健系统法治建设负总责。",
            "leadership.party-leadership",
            "covered",
        ),
        ("完善我镇法治政府建设工作领导小组,由党委书记主抓法治政府建设工作。", "leadership.party-leadership", "covered"),
        # the whole staff studying the thought: led in it, every unit's whole staff, the cadres reached
        (
            "部长带领部领导班子和全体干部职工深入学习贯彻习近平法治思想,将推进法治政府建设摆在工作全局的重要位置。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "全面部署学习宣传贯彻习近平法治思想,形成区政府常务会、处级干部培训班、各单位各属地全员学习“三层次”学习体系。",
            "capacity.staff-training",
            "covered",
        ),
        # mediation taken part in, counted; an adviser as one member of a publicity team
        ("镇、村(社区)法律顾问全年出具法律意见书1次,参加现场调解6次。", "disputes.mediation", "covered"),
        (
            "组建由司法所干部、法律顾问、业务骨干组成的法治宣讲队,下沉全镇9个村(社区)开展靶向宣讲9次。",
            "decision.legal-advisers",
            "absent",
        ),
        # the legality review named among the reviews a policy passes (held-out e06's label)
        (
            "加大对规章和其他政策措施的公平竞争、市场准入、合法性等各项审查力度,助力政务环境优化提升。",
            "decision.legality-review",
            "covered",
        ),
        # the means a duty is pressed through, listed, are not those means' work
        (
            "综合运用专题述法、法治督察、行政复议监督、行政执法协调监督等多种方式,有效推动法治建设责任落实。",
            "disputes.reconsideration",
            "absent",
        ),
        (
            "综合运用专题述法、法治督察、行政复议监督、行政执法协调监督等多种方式,有效推动法治建设责任落实。",
            "enforcement.supervision",
            "absent",
        ),
        ("全年办理行政复议案件25件,纠错率12%。", "disputes.reconsideration", "covered"),
        # 谁执法谁普法 is the publicity duty, not an officer trained
        (
            "组织疑难案件研讨,开展依法行政培训讲座,进一步增强全体干部的法治意识,推动落实“谁执法谁普法”责任制。",
            "enforcement.qualification",
            "absent",
        ),
        ("组织执法人员开展行政执法专题培训3期。", "enforcement.qualification", "covered"),
        # a sector's performance award is no rule-of-law assessment
        ("今年被推荐为全省人力社保系统先进集体、省人社绩效考核优秀单位。", "leadership.assessment", "absent"),
        ("将法治建设纳入绩效考核,权重提升至5%。", "leadership.assessment", "covered"),
        # the body's own year's rule-of-law key work, even beside a 普法 plan
        (
            "将学习宣传贯彻习近平法治思想纳入局“八五”普法规划重点宣传内容、局年度法治建设重点工作。",
            "leadership.annual-plan",
            "covered",
        ),
        # the year's legislative plan reviewed, named by its title among a meeting's subjects
        (
            "市政府常务会议专题学法6次,审议通过了《某市人民政府2024年立法计划(草案)》等事项。",
            "rules.legislation",
            "covered",
        ),
        ("组织机关干部集中学习《中华人民共和国立法法》。", "rules.legislation", "absent"),
        # the annual report published, named 法治建设
        ("年终带头述法,按规定公开法治建设情况年度报告。", "oversight.transparency", "covered"),
        # the government made digital
        ("贯彻落实省市区关于推进政府数字化转型工作部署,扎实推进数字化政府建设。", "digital.platforms", "covered"),
        # the body's own list of the year's rule-of-law work
        (
            "常态化研究部署法治建设工作,制定2021年度局法治政府建设工作清单,层层压实工作责任。",
            "leadership.annual-plan",
            "covered",
        ),
        # a sum set aside for publicity is no publicity done
        ("全年安排20多万元,用于普法宣传教育经费等工作。", "society.pufa", "absent"),
        # the laws put in the staff's study plan
        ("将法律法规、党纪条规列入党委中心组、机关干部学习计划。", "capacity.staff-training", "covered"),
        # a lawsuit rate scored in an assessment scheme is no lawsuit handled
        ("修订过程性指标赋分排名办法,增加行政诉讼案件调撤率加分内容。", "disputes.litigation", "absent"),
        ("全年办理行政诉讼案件8件,调撤率达40%。", "disputes.litigation", "covered"),
        # the year's 考评 of rule-of-law building, and a ranking in its evaluation
        (
            "开展法治政府建设补短迎考攻坚行动,印发实施方案,致力于省对市年度考评进位提升。",
            "leadership.assessment",
            "covered",
        ),
        ("法治政府建设工作在全省第三方评估中位列第十名。", "leadership.assessment", "covered"),
        # contracts counted among the documents reviewed
        (
            "坚决把好政府决策法治关,共审查市级各类文件365份,其中重大招商引资合同32份。",
            "decision.legality-review",
            "covered",
        ),
        # a lecture that is publicity by its name is no staff training
        ("全面开展民法典学习宣传活动,举办法治宣传和廉政教育讲座。", "capacity.staff-training", "absent"),
        ("为机关干部职工举办民法典专题讲座2场。", "capacity.staff-training", "covered"),
        # a higher body's key points listed after the Outline followed are no annual plan of one's own
        (
            "严格贯彻落实《广东省法治政府建设实施纲要》、广州市2022年全面依法治市工作要点,科学谋划法治建设工作。",
            "leadership.annual-plan",
            "absent",
        ),
        # another inspection regime's regulation drafted is no rule-of-law inspection
        (
            "起草《中央生态环境保护督察工作规定》,报请党中央同意后印发。",
            "leadership.inspection",
            "absent",
        ),
        ("认真贯彻落实《法治政府建设与责任落实督察工作规定》,开展年度法治督察。", "leadership.inspection", "covered"),
        # the bodies' shares of a sector's duty are no power list
        ("制定《中央和国家机关有关部门生态环境保护责任清单》并报党中央、国务院。", "functions.power-lists", "absent"),
        ("动态调整部门责任清单,向社会公布。", "functions.power-lists", "covered"),
        # the thought studied at the bureau's staff meeting is the staff's study
        (
            "通过组织召开党委理论学习中心组会议、局机关职工会议,认真学习贯彻了习近平法治思想。",
            "capacity.staff-training",
            "covered",
        ),
        # rule-of-law work put in the body's general plans, or a superior's arrangements kept to,
        # is no annual rule-of-law plan
        (
            "将法治建设纳入全局工作总体规划和年度计划,与业务工作同部署、同推进、同考核。",
            "leadership.annual-plan",
            "absent",
        ),
        (
            "紧扣省委“1310”具体部署和市委“138”工作安排,我局将习近平法治思想及相关部署要求列为党组“第一议题”学习内容,系统推进法治建设实践。",
            "leadership.annual-plan",
            "absent",
        ),
        ("将法治建设纳入法治政府建设年度计划,细化分解任务12项。", "leadership.annual-plan", "covered"),
        # the leadership team's own law study, counted without naming a law
        ("注重领导班子学法工作,全年领导班子会议学法8次。", "leadership.leader-study", "covered"),
        # the township's own adviser named beside the villages' advisers; an adviser listed among the
        # forces that serve the public is not the government's
        (
            "巩固镇村两级法律服务体系,续聘专业律师担任镇级法律顾问,全镇11个村社也都聘请律师担任法律顾问。",
            "decision.legal-advisers",
            "covered",
        ),
        ("全镇11个村社都聘请律师担任法律顾问,覆盖率达100%。", "decision.legal-advisers", "absent"),
        (
            "充分发挥司法所工作人员、法律顾问、法律明白人、普法志愿者等法律服务力量,开展普法活动。",
            "decision.legal-advisers",
            "absent",
        ),
        # an assessment mechanism built on rule-of-law work
        (
            "推动业务工作与法治要素相结合,将依法治镇、法治政府建设等法治工作与镇中心工作挂钩,形成考核机制。",
            "leadership.assessment",
            "covered",
        ),
        ("建立健全行政执法人员考核机制。", "leadership.assessment", "absent"),
        # the governance formula recited (…人大监督、政府实施…的领导体制) is no oversight by the congress
        (
            "我镇坚持和完善党委统一领导、人大监督、政府实施、各部门配合、全社会共同参与的领导体制。",
            "oversight.npc-cppcc",
            "absent",
        ),
        ("我镇自觉接受人大监督,全年办理人大代表建议5件。", "oversight.npc-cppcc", "covered"),
        # the party committee's leadership over this work, said verb first
        ("进一步加强党委对法治政府建设的领导。", "leadership.party-leadership", "covered"),
        ("进一步加强党委对意识形态工作的领导。", "leadership.party-leadership", "absent"),
        # an education body's 法治教育 is taught in its schools; the staff's is their training
        ("我局坚持法治教育与依法执教、依法治校相结合,不断开拓创新。", "capacity.staff-training", "absent"),
        ("全面推进全县教育系统七五法治教育工作,各学校制定实施法治宣传教育规划。", "capacity.staff-training", "absent"),
        ("加强机关干部法治教育,全年组织专题学习6次。", "capacity.staff-training", "covered"),
        # the staff's constitutional oath is not publicity to the public
        ("组织机关干部在国家宪法日来临之际开展宪法宣誓活动,以此增强宪法观念。", "society.pufa", "absent"),
        ("在国家宪法日组织机关干部开展宪法宣誓活动,并在广场向群众发放宣传资料。", "society.pufa", "covered"),
        # a seventy-second set (city and county housing and natural-resources bodies, labelled before their run)
        # the principal's duty named in its regulation's words is a passing mention of it; every
        # principal of the place is not the body's
        ("严格落实党政主要负责人履行法治建设职责。", "report.first-responsible", "covered"),
        ("推动全市各级党政主要负责人履行推进法治建设职责。", "report.first-responsible", "absent"),
        # the results of a rule-of-law evaluation announced show the assessment
        (
            "市政府召开全市法治政府建设工作会议,会议通报了2021年度全市法治政府建设工作监测评价情况。",
            "leadership.assessment",
            "covered",
        ),
        ("会议通报了2021年度全市安全生产工作考核情况。", "leadership.assessment", "absent"),
        # the body's own rule-of-law action plan; its actions, named and counted, are its contents
        ("制定印发了《某市住建领域法治建设行动方案》,以法治理念加强行业监管。", "leadership.annual-plan", "covered"),
        ("制定印发了《某市住建领域安全生产行动方案》,加强行业监管。", "leadership.annual-plan", "absent"),
        (
            "制定印发了《某市住建领域法治建设行动方案》,明确推进“法治理念提升”“加大立法制规工作力度”"
            "“深化全市住建领域行政执法改革”“协同共建化解社会矛盾纠纷”七大行动。",
            "enforcement.system-reform",
            "absent",
        ),
        (
            "制定印发了《某市住建领域法治建设行动方案》,明确推进“法治理念提升”“加大立法制规工作力度”"
            "“深化全市住建领域行政执法改革”“协同共建化解社会矛盾纠纷”七大行动。",
            "disputes.mediation",
            "absent",
        ),
        ("深化全市住建领域行政执法改革,组建综合行政执法队伍。", "enforcement.system-reform", "covered"),
        # the year's arrangements made at its start, as the measures' basis
        (
            "根据年初制订的住建系统依法行政工作部署,明确各自工作目标、工作要求和责任内容。",
            "leadership.annual-plan",
            "covered",
        ),
        ("根据市政府年度工作部署,明确各自工作目标、工作要求和责任内容。", "leadership.annual-plan", "absent"),
        # the staff following the leaders' lead in studying the law
        (
            "坚持领导干部带头学,带动局系统党员干部自觉学,形成浓厚的法治学习氛围。",
            "capacity.staff-training",
            "covered",
        ),
        ("坚持领导干部带头学,形成浓厚的法治学习氛围。", "capacity.staff-training", "absent"),
        # a system for major matters' decisions, called 科学决策, is partly the statutory procedure
        ("建立健全局重大事项科学决策制度,内部行政规范有序。", "decision.five-procedures", "partial"),
        # honours named in quotation marks are not the work they reward
        (
            "市住建局荣获2021年度法治政府建设“参与政府立法工作优秀单位”和“重大行政决策程序制度落实优秀单位”两项荣誉。",
            "rules.legislation",
            "absent",
        ),
        (
            "市住建局荣获2021年度法治政府建设“参与政府立法工作优秀单位”和“重大行政决策程序制度落实优秀单位”两项荣誉。",
            "decision.five-procedures",
            "absent",
        ),
        # a body named for big data is no digital government
        (
            "会同市大数据发展管理局做好监管事项认领工作,我局认领率达到了100%。",
            "digital.platforms",
            "absent",
        ),
        ("依托大数据分析开展执法监督,精准发现问题线索。", "digital.platforms", "covered"),
        # a seventy-third set (a transport bureau, a ministry, a water bureau; labelled before their run)
        # the principal speaking at the rule-of-law meeting
        (
            "召开全国民政法治工作会议,部主要负责同志出席会议并讲话,对民政法治工作作出全面部署。",
            "report.first-responsible",
            "covered",
        ),
        ("召开全国民政工作会议,部主要负责同志出席会议并讲话。", "report.first-responsible", "absent"),
        # the emergency-response law revised is legislation, not emergency work
        ("配合修订突发事件应对法、慈善法,开展儿童福利立法研究。", "emergency.response", "absent"),
        ("修订完善突发事件应急预案,开展应急演练3次。", "emergency.response", "covered"),
        # the staff guided to study the thought's books well
        (
            "组织和引导各级党员干部学好用好《论坚持全面依法治国》《习近平法治思想学习纲要》等权威辅助读物。",
            "capacity.staff-training",
            "covered",
        ),
        ("组织和引导各级党员干部学好用好医保政策,提升服务能力。", "capacity.staff-training", "absent"),
        # a seventy-fourth set (a health-insurance bureau, a culture bureau, a veterans' bureau, two townships)
        # the party committee making rule-of-law work its central work
        (
            "乡党委、政府始终把法治政府建设工作当做党委、政府的中心工作,常抓不懈。",
            "leadership.party-leadership",
            "covered",
        ),
        ("乡党委、政府始终把乡村振兴工作当做党委、政府的中心工作,常抓不懈。", "leadership.party-leadership", "absent"),
        # a rule-of-law lecturers' team set up is publicity
        ("各村、社区分别成立法治建设宣讲员队伍,形成乡村两级依法治乡网格。", "society.pufa", "covered"),
        ("各村、社区分别成立政策宣讲员队伍,形成乡村两级治理网格。", "society.pufa", "absent"),
        # the year's key points under another name
        ("结合本乡实际,制定法治工作重点要点,带动法治建设各项工作全面深入开展。", "leadership.annual-plan", "covered"),
        ("结合本乡实际,明确法治工作重点领域,带动各项工作开展。", "leadership.annual-plan", "absent"),
        # a seventy-fifth set (two district police bureaus, a street)
        # the staff's lectures on the thought, the whole bureau's study named beside them
        (
            "组织开展习近平法治思想培训学习讲座4次,确保全局学习贯彻习近平法治思想工作不断走深走实。",
            "capacity.staff-training",
            "covered",
        ),
        ("组织开展习近平法治思想培训学习讲座4次,推动工作走深走实。", "capacity.staff-training", "absent"),
        # the year's work planned at a rule-of-law meeting
        (
            "街道通过召开法治建设专题会议,系统规划全年工作方向,重点研讨并部署法治建设领域的关键问题。",
            "leadership.annual-plan",
            "covered",
        ),
        ("街道通过召开经济工作会议,系统规划全年工作方向。", "leadership.annual-plan", "absent"),
        # leaders leading the study of a congress's spirit, 法治 named elsewhere in the sentence
        (
            "始终将党的领导贯穿法治政府建设全过程,街道领导班子高度重视此项工作,主动带头学习宣传党的二十大精神。",
            "leadership.leader-study",
            "absent",
        ),
        ("街道领导班子主动带头学习宪法和法律法规,全年集中学法6次。", "leadership.leader-study", "covered"),
        # a seventy-sixth set (two townships): the decision procedure named without 行政; the kinds of
        # matter listed before it are its subjects, not petition work
        (
            "进一步完善对重点工程建设、较大财务支出、重大信访维稳案件等重大决策程序,健全科学决策、民主决策、依法决策机制。",
            "decision.five-procedures",
            "partial",
        ),
        (
            "进一步完善对重点工程建设、较大财务支出、重大信访维稳案件等重大决策程序,健全科学决策、民主决策、依法决策机制。",
            "disputes.petition",
            "absent",
        ),
        ("全年受理重大信访维稳案件12件,全部依法办结。", "disputes.petition", "covered"),
        # a hundred-and-sixtieth set (an audit office's whole 2023 report, written as a probe): the audits' results
        # announced are openness
        ("按规定公告审计结果，向区人大常委会报告审计工作。", "oversight.transparency", "covered"),
        # a hundred-and-fifty-ninth set (a city health commission's whole 2021 report, written as a probe): a plan
        # named by its title, its implementation evaluated midway, is the decision's evaluation — not a rule-of-law plan's
        (
            "对《南溪市医疗卫生服务体系规划》实施情况开展中期评估，根据评估结果调整建设项目3个。",
            "decision.post-evaluation",
            "covered",
        ),
        ("对《某市法治政府建设实施方案》实施情况开展中期评估。", "decision.post-evaluation", "absent"),
        # a hundred-and-fifty-eighth set (five more whole reports written as probes: a city justice bureau, a transport
        # bureau in 2025's words, a province …): a draft reviewed and sent to the congress is legislation; a minor
        # offender's commitment is no notify-commit; the fair-competition clean-up named after its object; smart justice
        ("完成《河阳市养犬管理条例》立法审查，提请市人大常委会审议。", "rules.legislation", "covered"),
        ("推行说理式执法和轻微违法告知承诺制。", "functions.notify-commit", "absent"),
        ("全面推行证明事项告知承诺制。", "functions.notify-commit", "covered"),
        ("开展妨碍统一市场和公平竞争的政策措施清理，废止、修订政策措施213件。", "rules.normdoc-cleanup", "covered"),
        ("推进“智慧司法”建设，建成远程视频会见系统。", "digital.platforms", "covered"),
        # a hundred-and-fifty-seventh set (naming-only-5, controls for this session's rules): a petition office
        # answering the public's concerns is no openness; a secretary's stress at a named meeting is a speech
        ("区信访局及时回应群众关切，化解信访积案12件。", "oversight.transparency", "absent"),
        ("区委书记在全区营商环境大会上强调，要推动更多项目实现“拿地即开工”。", "functions.approval-reform", "absent"),
        # a hundred-and-fifty-sixth set (six small bodies' whole reports, written as probes): a clause saying what a
        # shortcoming mainly comes from gives its causes; investment approved on commitment is the approval reform;
        # credit restored is credit supervision; a general office's checks on the government's key work are no
        # rule-of-law inspection; the government's web platforms brought together are digital government
        (
            "二、存在的不足和原因\n法治工作人员力量不足，干部运用法治思维的能力有待提高，主要是法治培训频次偏少。",
            "report.shortcomings",
            "covered",
        ),
        ("二、存在的不足\n存在问题，主要是以下几个方面：法治工作人员力量不足。", "report.shortcomings", "partial"),
        (
            "二、存在的不足\n法治建设还存在一些不足，主要是基层执法力量薄弱、执法人员素质不高。",
            "report.shortcomings",
            "partial",
        ),
        ("推行企业投资项目承诺制，实现“拿地即开工”项目18个。", "functions.approval-reform", "covered"),
        ("完善信用修复机制，全年帮助412家企业完成信用修复。", "functions.market-regulation", "covered"),
        ("围绕县委、县政府重点工作开展督查12次，督促整改问题46个。", "leadership.inspection", "absent"),
        ("全年开展专项督查4次，通报整改问题12项。", "leadership.inspection", "covered"),
        ("推进政府信息公开平台集约化建设。", "digital.platforms", "covered"),
        # a hundred-and-fifty-fifth set (small bodies' sections saying nothing happened, probed once headings could be
        # denied): cases said not to concern the body, and applications none were received for, are no work
        ("本局不涉及行政复议和行政诉讼案件。", "disputes.reconsideration", "absent"),
        ("本局不涉及行政复议和行政诉讼案件。", "disputes.litigation", "absent"),
        ("全年未收到政府信息公开申请。", "oversight.transparency", "absent"),
        ("全年共收到政府信息公开申请12件，全部按时答复。", "oversight.transparency", "covered"),
        # a hundred-and-fifty-fourth set (eight more whole reports written as probes: an urban-management bureau, a
        # finance bureau, a county's 2017 report, a newspaper's item …): penalty powers moved to one body to exercise
        # and enforcement forces sunk to the streets are the reform; a party meeting convened to deploy the work is the
        # party's leadership; an admonishing talk is accountability; a website's publication in a sentence on the three
        # systems is their publicity, not openness; areas a year's results are summed up under are only named
        (
            "将市政设施、园林绿化等领域的287项行政处罚权划转至城管执法部门集中行使。",
            "enforcement.system-reform",
            "covered",
        ),
        ("推动执法力量向街道下沉。", "enforcement.system-reform", "covered"),
        ("年初召开党组会议部署全年法治建设工作。", "leadership.party-leadership", "covered"),
        ("按照县委常委会会议部署，全面开展法治宣传。", "leadership.party-leadership", "absent"),
        ("对违规执法的2名执法队员给予诫勉谈话。", "oversight.accountability", "covered"),
        ("全面推行行政执法“三项制度”，全年在市政府网站公示行政处罚决定1862件。", "oversight.transparency", "absent"),
        ("办理行政许可29件次，并及时在体育总局网站进行公示。", "oversight.transparency", "covered"),
        (
            "该区在优化营商环境、规范行政执法、化解行政争议等方面交出了一份亮眼的“成绩单”。",
            "functions.business-env",
            "absent",
        ),
        ("该区持续优化营商环境，出台优化营商环境措施20条。", "functions.business-env", "covered"),
        # a hundred-and-fifty-third set (eight whole reports written as probes: a tax bureau, a natural-resources
        # bureau, a city's 2025 report, a human-resources bureau, a water bureau, a street office …): credit ratings and
        # the dishonest penalised jointly are credit supervision; a suspected crime named between 涉嫌 and 犯罪 is a
        # transfer; a mediation room and disputes of a civil kind mediated; policies published and concerns answered
        # are openness, enforcement information posted on the portal is not; an audit's problems after a comma; a
        # street's team exercising powers given to it, and the townships' enforcement made regular, are the reform;
        # the leading group filled up is no legal body strengthened
        ("落实纳税信用评价，对失信主体依法实施联合惩戒。", "functions.market-regulation", "covered"),
        ("与区公安分局建立联络机制，移送涉嫌虚开发票犯罪案件3件。", "enforcement.criminal-linkage", "covered"),
        ("在办税服务厅设立税费争议调解室，全年调解税费争议18件。", "disputes.mediation", "covered"),
        ("建成县劳动人事争议调解中心。", "disputes.mediation", "covered"),
        ("通过行政复议化解行政争议12件。", "disputes.mediation", "absent"),
        ("按规定公开税收政策文件和行政处罚信息，及时回应纳税人关切。", "oversight.transparency", "covered"),
        ("在县政府门户网站公示执法信息45条。", "oversight.transparency", "absent"),
        ("开展重点领域审计，发现问题整改到位。", "oversight.audit", "covered"),
        ("街道综合行政执法队依法行使区里赋予的城市管理等行政处罚权。", "enforcement.system-reform", "covered"),
        ("推进乡镇（街道）综合行政执法规范化建设。", "enforcement.system-reform", "covered"),
        ("推动文化市场综合执法工作规范化运作。", "enforcement.system-reform", "absent"),
        ("调整充实局依法行政工作领导小组，政策法规股承担日常工作。", "capacity.legal-team", "absent"),
        ("充实政策法规股工作人员。", "capacity.legal-team", "covered"),
        # a hundred-and-fifty-second set (a party committee's and government's joint whole 2023 report, written as a
        # probe): the principals' own duty stated before the streets' heads 述法 stays the first-responsible duty
        (
            "区委、区政府主要负责同志认真履行推进法治建设第一责任人职责，组织38个部门和街道主要负责人开展年度述法。",
            "report.first-responsible",
            "covered",
        ),
        ("组织38个部门和街道主要负责人开展年度述法。", "report.first-responsible", "absent"),
        # a hundred-and-fifty-first set (a county's whole 2016 report, written as a probe): the legal-affairs body built
        # up is the legal team
        ("加强法制机构建设，充实法制工作人员。", "capacity.legal-team", "covered"),
        ("全年加强法制机构建设。", "capacity.legal-team", "covered"),
        # a hundred-and-fiftieth set (a province's market regulator's whole 2023 report, written as a probe): a judge
        # lecturing the staff on their cases' law is their training
        ("邀请省高级人民法院法官为全局干部职工作行政诉讼专题授课。", "capacity.staff-training", "covered"),
        # a hundred-and-forty-ninth set (an education bureau's whole 2025 report, written as a probe): the tutoring firms
        # enforcement is aimed at are no training of its officers
        ("开展校外培训机构执法检查，查处违规培训机构9家。", "enforcement.qualification", "absent"),
        # a hundred-and-forty-eighth set (a street office's whole 2025 report, written as a probe): the residents' legal
        # questions answered are the public legal service — not the counsel's advice to the government
        ("开展“宪法宣传周”进社区活动12场，为居民提供法律咨询230人次。", "disputes.legal-services", "covered"),
        ("组织管委会法律顾问，为管委会相关单位提供各类法律咨询67次。", "disputes.legal-services", "absent"),
        # a hundred-and-forty-seventh set (a sector bureau's 2024 body, written as probe sentences): penalty decisions
        # published are the enforcement publicity; supervisors engaged keep the public's supervision; the requirements
        # of a task studied are a meeting's subject, not the task done
        ("在部门网站公示行政处罚决定书126份，做到“应公示尽公示”。", "enforcement.three-systems", "partial"),
        ("聘请行风监督员12名，主动接受社会监督。", "oversight.social", "covered"),
        ("局党组会议研究了重大行政决策事项目录编制工作的有关要求。", "decision.catalogue", "absent"),
        # a hundred-and-forty-sixth set (a county's 2024 body, written as probe sentences): the supervision platform's
        # 扫码入企 is enforcement supervision; the townships' rule-of-law staffing and officers are the legal team
        ("推行涉企行政检查“扫码入企”，全年减少入企检查频次32%。", "enforcement.supervision", "covered"),
        ("配齐配强乡镇法治工作力量，13个乡镇均明确1名法治专干。", "capacity.legal-team", "covered"),
        ("规范涉企行政检查事项清单及开展涉企行政检查备案制。", "enforcement.supervision", "absent"),
        # a hundred-and-forty-fifth set (two provinces' transport departments, a county's report from before the
        # Outlines): laws named without book-title marks in a list studied are the study's subjects; a test of newly
        # appointed cadres' legal knowledge is the staff's examination; the powers' clean-up named as a campaign is the
        # power list
        (
            "厅党组理论学习中心组带头开展习近平法治思想、党章党纪、行政复议法以及公平竞争审查条例等专题学习。",
            "disputes.reconsideration",
            "absent",
        ),
        (
            "厅党组理论学习中心组带头开展习近平法治思想、党章党纪、行政复议法以及公平竞争审查条例等专题学习。",
            "functions.business-env",
            "absent",
        ),
        ("63名处级干部参加新任职处级干部法律知识和依法行政能力考查测试。", "capacity.staff-training", "covered"),
        ("大力开展行政权力清理等专项活动,法治环境不断优化。", "functions.power-lists", "covered"),
        # a hundred-and-forty-fourth set (a southern city's 2022 report, three of its districts, a city's government
        # office): the whole city's principals inspected on their duty are not the reporting principal's; the thought
        # taught to an audience holding the staff is their training; press conferences held, counted, are openness
        (
            "组织开展全市党政主要负责人履行推进法治建设第一责任人职责和法治政府建设督察2次,实地督察10个县(市、区)。",
            "report.first-responsible",
            "absent",
        ),
        (
            "举办习近平法治思想专题学习大学堂,为全区各部门副科级以上领导干部及部分干部职工代表等260余人授课,"
            "推动习近平法治思想深入基层、深入群众。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "搭建政府、媒体、公众之间良性沟通的桥梁,组织协调政府部门召开新闻发布会26场。",
            "oversight.transparency",
            "covered",
        ),
        # a hundred-and-forty-third set (three towns of three provinces): the party congress's report giving the work a
        # chapter is party leadership
        ("镇党代会报告、政府工作报告,专章部署法治建设工作。", "leadership.party-leadership", "covered"),
        # a hundred-and-forty-second set (a provincial capital's 2025 and 2016 reports, two districts of another city, a
        # district of a north-western capital, a news item in traditional script): local regulations the party committee
        # reviewed are legislation; a firm's opening done in a day is the approval reform; disputes screened are
        # mediation; the government keeping its contracts is integrity
        ("召开市委常委会会议15次,研究法治建设重要事项,审议地方性法规。", "rules.legislation", "covered"),
        ("开办企业“照、章、税、银、保、金、医”全部事项1天办结。", "functions.approval-reform", "covered"),
        ("开展重点领域专项普法活动2656场,走访服务群众24万人次,排查纠纷2万人次。", "disputes.mediation", "covered"),
        ("持续推进公共政策兑现和政府履约践诺专项行动。", "oversight.integrity", "covered"),
        # a hundred-and-forty-first set (two cities' reports over two years, a city's foreign-affairs office, a new area and
        # a city's government-services bureau): a regulation evaluated after its making is no decision's evaluation; a
        # title naming rule-of-law work that is no plan makes no plan; the party group's study plan is none either; the
        # party branches' study of the law is the staff's; a place won in a third-party evaluation is the assessment; a
        # demonstration title is rule-of-law demonstration only when the clause naming it says so
        ("对《某开发区条例》进行制定后评估,评估结果为继续保留。", "decision.post-evaluation", "absent"),
        (
            "制定《法治政府建设报告》,出台《某新区营商环境行政执法问题集中整治实施方案》。",
            "leadership.annual-plan",
            "absent",
        ),
        (
            "局党组将学习贯彻习近平法治思想列入党组理论学习中心组学习年度计划,把习近平法治思想贯彻落实到法治政府建设全过程。",
            "leadership.annual-plan",
            "absent",
        ),
        (
            "带动机关各党支部通过“三会一课”、主题党日等形式学习贯彻习近平法治思想。",
            "capacity.staff-training",
            "covered",
        ),
        ("通过“每周阅读”支部学习活动等形式开展习近平法治思想全覆盖学习。", "capacity.staff-training", "covered"),
        ("我镇结合“三会一课”等工作,制定了领导干部学法计划。", "capacity.staff-training", "absent"),
        ("法治政府建设总体情况获评全国100个城市第三方评估第八名。", "leadership.assessment", "covered"),
        ("统筹推进法治政府建设,获评“信用建设成果观摩会城市组示范单位”。", "leadership.demonstration", "absent"),
        ("荣获全省第一批法治政府建设示范市。", "leadership.demonstration", "covered"),
        # a hundred-and-fortieth set (three northern cities, 2020 to 2024): the tasks a plan names before their count are
        # its contents; the legislative items the executive meeting passed are legislation; a town's duties-and-tasks
        # list is the power list; a target-assessment scheme issued with the rule-of-law documents is the assessment;
        # rules hindering fair competition cleared are the clean-up, as the development set counts them
        ("出台法治政府建设行动方案,明确强化突发事件依法处置等35项主要任务。", "emergency.response", "absent"),
        ("市政府常务会议审议通过城市轨道交通管理、滑雪度假区管理等重要立法事项。", "rules.legislation", "covered"),
        ("推进全市乡镇(街道)职责任务清单建设工作。", "functions.power-lists", "covered"),
        ("依法治市办制定下发年度工作要点以及目标考评方案等文件,统筹推进法治建设。", "leadership.assessment", "covered"),
        ("及时清理废除妨碍统一市场和公平竞争的各种规定和做法。", "rules.normdoc-cleanup", "covered"),
        # a hundred-and-thirty-ninth set (a provincial capital's 2020, 2023 and 2024 reports, two cities of another
        # province): the public's concerns an inspection took up are its subjects; the party committee adjusting the
        # rule-of-law leading group is party leadership; inspection and assessment run as one is the assessment
        ("聚焦行政审批、行政复议等社会热点组织开展个案督察。", "disputes.reconsideration", "absent"),
        (
            "市委对法治政府建设领导小组进行了调整,由市长任组长,统筹推进法治政府建设。",
            "leadership.party-leadership",
            "covered",
        ),
        ("健全完善法治建设督考一体机制,建立法治督察员队伍。", "leadership.assessment", "covered"),
        # a hundred-and-thirty-eighth set (a provincial capital's 2023 and 2024 reports, two of its districts, a city of
        # another province): the year's key work arranged at a rule-of-law meeting is the annual plan; units' heads
        # reporting their first-responsible duty at the rule-of-law committee's meeting is 述法
        ("召开全市法治政府建设工作会议,安排年度重点工作。", "leadership.annual-plan", "covered"),
        (
            "部分部门主要负责同志在区委全面依法治区委员会会议上汇报履行推进法治建设第一责任人职责情况。",
            "leadership.shufa",
            "covered",
        ),
        # a hundred-and-thirty-seventh set (a district's joint report, a city's 2020 report, another city's 2021, 2022 and
        # 2025 reports and its justice bureau's): the principal's whole-process supervision is his way of working, no
        # inspection; the thought listed into the 普法 key content beside other study is no publicity; the party
        # school's teaching is staff training; the principal laying out and pushing the work is first-responsible; the
        # year's dated key tasks issued under a title are the annual plan
        ("局主要负责同志坚持高标准谋划部署法治建设、全过程严格督导。", "leadership.inspection", "absent"),
        (
            "将习近平法治思想列入各级党委(党组)理论学习中心组学习、党校教学和八五普法重点内容。",
            "society.pufa",
            "absent",
        ),
        ("将习近平法治思想列入党校教学重点内容。", "capacity.staff-training", "covered"),
        ("市政府主要领导统筹谋篇布局、强力推动落实。", "report.first-responsible", "covered"),
        ("研究制定并全面实施《某市2025年推进法治政府建设十项重点任务》。", "leadership.annual-plan", "covered"),
        # a hundred-and-thirty-sixth set (two provincial capitals, a district, a city's 2022 to 2024 reports, two read to
        # the congress standing committee): a briefing among a campaign's meetings is no training, the party school's
        # cadre training is; an evaluation indicator's rank is no work; the congress named in a recited formula is no
        # report to it; a place ranked in an evaluation of rule-of-law government is assessed
        (
            "召开创建全国法治政府建设示范市的各类调度会、培训会,研究部署相关工作。",
            "capacity.staff-training",
            "absent",
        ),
        ("健全党校(行政学院)干部教育培训学习习近平法治思想常态机制。", "capacity.staff-training", "covered"),
        ("优化营商环境的法治保障指标排名全国第一。", "functions.business-env", "absent"),
        ("全市在评估中排名第四,其中数字法治政府指标排名第一。", "digital.platforms", "absent"),
        ("汇聚党委领导、人大监督、政府实施、部门联动、社会参与的强大合力。", "oversight.npc-cppcc", "absent"),
        ("我市在全国百城法治政府评估中排名第四。", "leadership.assessment", "covered"),
        # a hundred-and-thirty-fifth set (two cities, a district and a new area, 2021 to 2025): the work reported up and
        # so open to the public's supervision is no social supervision; the titles a study session focused on are study
        ("法治政府建设情况主动向区委报告,并主动接受群众监督。", "oversight.social", "absent"),
        (
            "聚焦《某省数字经济促进条例》《某市地方立法条例》等重点法规,开展常务会学法活动4次。",
            "rules.legislation",
            "absent",
        ),
        # a hundred-and-thirty-fourth set (three districts and a new area of one province, two cities, 2017 to 2024): a
        # ministry's commendation is an award, not the work; certificates of all kinds cut, or services needing none,
        # are the certificate clean-up; a lecturers' team for the thought is publicity; the lists where departments'
        # duties meet are the power list; a system people get things done on is digital; the year's rule-of-law tasks
        # fixed are the plan; the annual report put before the public's supervision is openness
        ("区法律援助中心被司法部表彰为全国法律援助工作先进集体。", "disputes.legal-services", "absent"),
        ("精简审批过程中的各类证明和申请材料。", "functions.notify-commit", "covered"),
        ("推行无证明办事,累计免提交证明2万余个。", "functions.notify-commit", "covered"),
        ("成立习近平法治思想讲师团,赴镇街巡回授课。", "society.pufa", "covered"),
        ("制定部门职责边界清单动态管理办法。", "functions.power-lists", "covered"),
        ("无证明办事系统累计办件3万余件。", "digital.platforms", "covered"),
        ("研究确定年度法治建设工作任务。", "leadership.annual-plan", "covered"),
        ("落实法治政府建设年度报告制度,主动接受社会监督。", "oversight.transparency", "covered"),
        # a hundred-and-thirty-third set (a city's 2019 and 2021 to 2023 reports, a district and a zone of it, another
        # city and one of its counties): an officials' exam named for 普法 is no publicity; a publicity month on the
        # thought is; the body's decisions published and counted are its catalogue, and filed they are no
        # normative-document filing; powers entered in a tracking platform are the power list and digital; the cadres'
        # staff trained in full are staff training; the units' heads reporting to the party committee is
        # party leadership
        ("组织新任职干部任前法律知识考试、科级干部普法考试3次。", "society.pufa", "absent"),
        ("部署开展习近平法治思想集中宣传月活动。", "society.pufa", "covered"),
        ("公布并备案区政府重大行政决策事项3项。", "decision.catalogue", "covered"),
        ("公布并备案重大行政决策事项2项,废止行政规范性文件3件。", "rules.normdoc-filing", "absent"),
        ("将28个部门3000余个权力事项录入监管平台,实时监测运行情况。", "functions.power-lists", "covered"),
        ("将各部门权力事项录入机构编制监管平台。", "digital.platforms", "covered"),
        (
            "组织各部门采取集中学习、观看视频等方式开展习近平法治思想专题学习,培训覆盖率达到100%。",
            "capacity.staff-training",
            "covered",
        ),
        ("组织各部门党政主要负责人向党工委会议述法。", "leadership.party-leadership", "covered"),
        # a hundred-and-thirty-second set (two districts and two cities of one province, 2020 to 2024): enforcement
        # officers as one audience of a general course are no enforcement training; the 守法普法 coordination group
        # named among those that met is no publicity; a higher inspection's praise is no enforcement supervision; a
        # platform upgraded or launched is digital government
        ("对新提拔的领导干部、新录用公务员、行政执法人员开展法治专题培训。", "enforcement.qualification", "absent"),
        ("召开区委全面依法治区委员会会议和办公室、立法、执法、守法普法等各协调小组会议。", "society.pufa", "absent"),
        (
            "建立涉企检查统筹机制,完成涉企联合检查2000余次,相关执法做法获国务院大督查通报表扬。",
            "enforcement.supervision",
            "absent",
        ),
        ("迭代升级智慧监管平台,实现检查全程留痕。", "digital.platforms", "covered"),
        ("惠企政策兑现平台正式上线运行,兑付奖补资金3亿元。", "digital.platforms", "covered"),
        # a hundred-and-thirty-first set (a city's 2017, 2018, 2021 and 2024 reports): a place ranked in a published
        # evaluation of governments is assessed; approval items a local law set, cleared, are no legislation; an
        # enforcement body put under vertical management, or penalty powers given to a zone to exercise, is the
        # enforcement reform; discipline inspectors stationed everywhere are internal supervision; a business-
        # environment document issued is its work; a leading group for another field is no party leadership; a
        # power list's changes filed are no normative-document filing; the year's rule-of-law tasks counted are the plan
        (
            "某研究院发布《中国法治政府评估报告(2019)》,我市在全部参评的100个城市中位列第五。",
            "leadership.assessment",
            "covered",
        ),
        ("清理本市地方立法设定的12项审批事项。", "rules.legislation", "absent"),
        ("开展生态环境机构监测监察执法垂直管理制度改革,强化统一监督管理。", "enforcement.system-reform", "covered"),
        ("将36项行政处罚事项赋予经济开发区管委会依法行使。", "enforcement.system-reform", "covered"),
        ("深化纪检监察体制改革,实现区级党和国家机关派驻机构全覆盖。", "oversight.accountability", "covered"),
        ("印发《一流营商环境建设年实施方案》,推出一批改革举措。", "functions.business-env", "covered"),
        ("成立推进政府职能转变领导小组,区委书记、区长任双组长。", "leadership.party-leadership", "absent"),
        ("做好权力清单动态调整备案工作,制作调整备案和公告文件模板。", "rules.normdoc-filing", "absent"),
        ("明确年度法治政府建设32项重点任务。", "leadership.annual-plan", "covered"),
        # a hundred-and-thirtieth set (two districts, 2022 to 2024): a lecture on the business environment is study;
        # a themed lecture's titles are its subject; the government relaying the centre's and the city committee's
        # meetings is no party leadership, the committee's principal deploying enforcement work is; documents reviewed
        # by their titles are concrete work; the enforcement work reported every quarter is enforcement supervision
        ("区政府常务会邀请法学专家就民法典与法治营商环境打造进行授课。", "functions.business-env", "absent"),
        (
            "邀请教授专家讲授“深入学习贯彻审计法 全面依法履行审计监督职责”和“贯彻实施新修订的行政复议法 保障规范依法行政”主题讲座。",
            "disputes.reconsideration",
            "absent",
        ),
        (
            "区政府主要负责同志通过召开常务会议等方式,及时传达学习中央、市委有关法治政府建设重要会议和重要文件精神,听取全区法治政府建设情况汇报。",
            "leadership.party-leadership",
            "absent",
        ),
        ("区委主要负责同志在第一季度报告作出批示,对全年执法工作进行部署。", "leadership.party-leadership", "covered"),
        (
            "区政府常务会议研究了《2023年度某区重大行政决策事项年度目录》《2023年度某区行政规范性文件立项计划》等法治政府建设重点工作文件。",
            "decision.catalogue",
            "covered",
        ),
        (
            "持续落实行政执法工作季度报告制度,区司法局每季度向区委区政府报请审阅行政执法工作情况报告。",
            "enforcement.supervision",
            "covered",
        ),
        # a hundred-and-twenty-ninth set (a new district's 2019, 2021 and 2022 reports, a county-level justice
        # bureau, a street): the tasks put into the 依法治区 annual arrangements are the annual plan; the executive
        # meeting hearing the enforcement reports monthly and summoning the laggards with the discipline inspectors is
        # enforcement supervision, inspection and accountability; an indicator system assessed monthly is the
        # assessment; openness named as a subject studied is none
        (
            "法治政府建设重点任务纳入依法治区年度工作安排和重点工作清单,抓好任务落实。",
            "leadership.annual-plan",
            "covered",
        ),
        (
            "每个月政府常务会听取行政执法工作和网格化运行情况汇报,对落后单位的主要负责人由分管区领导会同区纪委监委共同进行约谈。",
            "enforcement.supervision",
            "covered",
        ),
        (
            "每个月政府常务会听取行政执法工作和网格化运行情况汇报,对落后单位的主要负责人由分管区领导会同区纪委监委共同进行约谈。",
            "leadership.inspection",
            "covered",
        ),
        (
            "每个月政府常务会听取行政执法工作和网格化运行情况汇报,对落后单位的主要负责人由分管区领导会同区纪委监委共同进行约谈。",
            "oversight.accountability",
            "covered",
        ),
        ("制定了一套带有新区特色的行政执法指标考核体系,建立了月考核、月通报制度。", "leadership.assessment", "covered"),
        (
            "区委理论学习中心组集体学习习近平法治思想和法治政府建设、政府信息公开、行政复议等内容。",
            "oversight.transparency",
            "absent",
        ),
        # a hundred-and-twenty-eighth set (Tianjin's districts and development zones, 2021 to 2025): the body's
        # general annual arrangements are no rule-of-law plan; the review stepped up to cover everything is legality
        # review; services run on AI are digital; a desk for legal services, or firms' needs for them answered, are
        # legal services; disputes settled in reconsideration alone are not litigation; the streets' delegated
        # enforcement followed up is the reform; the business environment built up is its work
        ("将法治政府建设重点任务纳入年度工作安排和重点工作清单。", "leadership.annual-plan", "absent"),
        ("完善法律顾问制度,借助法律顾问力量,加大法律审核力度,做到应审尽审。", "decision.legality-review", "covered"),
        ("依托大模型升级“企业登记智能导办”服务,打造政务咨询5.0版本。", "digital.platforms", "covered"),
        ("创新搭建法律服务公益专席,法律咨询“零距离”。", "disputes.legal-services", "covered"),
        (
            "联合法院成立法官工作室,收集驻区办公企业的法律服务需求,为企业答疑解惑。",
            "disputes.legal-services",
            "covered",
        ),
        (
            "打造行政争议实质性化解模式,在行政复议案件办理中探索推行“四个百分百”工作法。",
            "disputes.litigation",
            "absent",
        ),
        (
            "打造行政争议实质性化解模式,在行政复议案件办理中探索推行“四个百分百”工作法。",
            "disputes.reconsideration",
            "covered",
        ),
        ("加强区级授权行政执法部门对街道综合执法的业务指导,杜绝一授了之。", "enforcement.system-reform", "covered"),
        ("持续推动区域营商环境建设,深化政务服务改革落地见效。", "functions.business-env", "covered"),
        # a hundred-and-twenty-seventh set (two districts, a city's 2018 report, a district's office and a street):
        # rule-of-law building made the leaders' report's key content is 述法; places each making rules on the
        # duty are not the principal's duty; the place's own plan made stays the annual plan beside a 普法 plan;
        # government services made standard are the services' reform
        ("使法治建设成为某区领导干部述职述责重点内容。", "leadership.shufa", "covered"),
        (
            "两个区分别制定了关于党政主要负责人履行推进法治建设第一责任人职责的实施办法。",
            "report.first-responsible",
            "absent",
        ),
        (
            "高标准制定实施《某区“十四五”时期全面依法治区规划》,启动某区“八五”普法规划。",
            "leadership.annual-plan",
            "covered",
        ),
        (
            "政务服务大厅以群众的需求为导向,通过全面提升政务服务水平,实现政务服务的标准化、规范化。",
            "functions.approval-reform",
            "covered",
        ),
        # a hundred-and-twenty-sixth set (four districts, 2020 to 2023, and a county's justice bureau): other units'
        # heads lecturing are not the principal's duty, the four things done in person are; an action plan's
        # year's tasks counted are the annual plan, and so is an implementing opinion for the towns; areas driven
        # forward together, or the parts of enforcement a reform integrates, are a list; a training model named
        # 互联网+ is no platform, services made digital are; the towns' duty lists are the power list; certificates
        # cut are counted; decisions disclosed beforehand and meetings opened are openness
        ("各单位“一把手讲法治课”覆盖率达100%,处级以上领导干部全部完成年终述法。", "report.first-responsible", "absent"),
        (
            "坚持“四个亲自”,区委常委会会议、区政府常务会议专题听取法治工作汇报10余次。",
            "report.first-responsible",
            "covered",
        ),
        (
            "持续推动某区法治政府建设行动计划148项年度任务落地落实,做到全年有台账、年初有部署、年中有督察、年末有考核。",
            "leadership.annual-plan",
            "covered",
        ),
        ("印发实施《某区推进镇街法治政府建设实施意见》等文件16个。", "leadership.annual-plan", "covered"),
        ("统筹推进镇街法治政府建设、普法依法治理等各项工作。", "society.pufa", "absent"),
        ("推进执法队伍、执法事项、执法监管、执法监督、执法平台一体化改革。", "enforcement.supervision", "absent"),
        ("积极探索完善“互联网+124”公职人员法治素养培育模式,新提拔干部均通过任前考法。", "digital.platforms", "absent"),
        ("制定28项标准助推5G+政务服务数字化提档升级。", "digital.platforms", "covered"),
        ("明确各镇职责清单129项,下沉行政执法职权431项。", "functions.power-lists", "covered"),
        ("制定乡镇(街道)党政主要负责人职责清单。", "functions.power-lists", "absent"),
        ("取消银行、社会组织相关证明34项。", "functions.notify-commit", "covered"),
        ("推进决策预公开,提升公众参与度。", "oversight.transparency", "covered"),
        ("推进会议开放,组织政府常务会会议开放3次。", "oversight.transparency", "covered"),
        # a hundred-and-twenty-fifth set (districts, a prefecture, a town and departments, 2020 to 2024): a
        # duty carried out at the end of a list is no office's remit; the guiding ideology recited in the body
        # is no study of it; a law carried out before another document is made is no legislation; a sector's
        # business training is no legal training unless other training is named; the party branches given the
        # law to study is staff study; a lecture the leaders attend to study is no publicity
        (
            "明确各自工作职责,坚持集体讨论决定重大行政决策,对涉及民生的重大行政决策制定前广泛征求意见,严格依照法定权限行使职权、履行职责。",
            "decision.five-procedures",
            "partial",
        ),
        (
            "镇党委、政府高度重视法治政府建设工作,始终以习近平新时代中国特色社会主义思想和习近平法治思想为指导,认真贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》精神。",
            "leadership.xi-thought",
            "absent",
        ),
        (
            "严格执行《优化营商环境条例》,着力营造法治化营商环境,积极制定出台《某州优化营商环境政策措施》,对州直有关部门组织开展业务培训19次。",
            "rules.legislation",
            "absent",
        ),
        (
            "严格执行《优化营商环境条例》,着力营造法治化营商环境,积极制定出台《某州优化营商环境政策措施》,对州直有关部门组织开展业务培训19次。",
            "capacity.staff-training",
            "absent",
        ),
        (
            "举办依法行政专题培训班2期,强化调度统筹、业务培训、督察指导和考核管理。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "各党支部都将习近平法治思想和相关法律法规列入“三会一课”内容,并要求党员干部带头学习。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "发挥习近平法治思想学习实践宣讲团资源优势,组织开展“新年首个工作日学法”宣讲活动,全区各单位党政班子成员以收看直播的方式参加宣讲会。",
            "society.pufa",
            "absent",
        ),
        ("组建习近平法治思想宣讲团,深入村居、企业开展宣讲活动,群众反响热烈。", "society.pufa", "covered"),
        # a hundred-and-twenty-fourth set (a district's joint party-and-government report): the leaders' court
        # appearance joined with hearing and commenting on the case is litigation work
        (
            "区领导带队前往区人民法院开展行政机关负责人出庭、旁听、讲评三合一活动。",
            "disputes.litigation",
            "covered",
        ),
        # a hundred-and-twenty-third set (three districts, 2021 to 2024): the business environment's inspection
        # is no environmental one; the public's supervision what was published is opened to is no oversight;
        # supervision done together is in-process supervision; the powers sorted out and listed are the
        # power list; the higher level's laws commented on are legislation work; information disclosed in
        # full is openness
        (
            "开展提升依法行政能力优化法治化营商环境法治建设专项督察,对7个重点行政执法单位和4个街镇开展法治建设实地督察。",
            "leadership.inspection",
            "covered",
        ),
        ("实施清单动态管理,及时向社会公开,接受群众监督。", "oversight.social", "absent"),
        ("设立意见箱和监督电话,主动接受群众监督。", "oversight.social", "covered"),
        ("推进协同监管,全年开展跨部门跨领域协同执法600余次,检查企业5256家。", "functions.market-regulation", "covered"),
        (
            "梳理全区34个区级部门行政许可、行政处罚等职权事项10667项,实施清单动态管理。",
            "functions.power-lists",
            "covered",
        ),
        ("完成市级有关法律法规及区内单位发文征求意见62件。", "rules.legislation", "covered"),
        ("推进行政许可和行政处罚等信息全量公开。", "oversight.transparency", "covered"),
        # a hundred-and-twenty-second set (a municipality, two districts and a justice bureau, 2024): the
        # reports' column is openness, not publicity; a demonstration title kept up is a fact even in a
        # purpose clause; rule-of-law personnel built are the legal team; reporting to the congress's
        # standing committee named last among others is reporting to it; the reporting's scope widened
        # to others is not the principal's duty
        (
            "通过门户网站法治政府建设专栏进行公开,全区各部门均完成本单位法治政府建设情况报告社会公开工作。",
            "oversight.transparency",
            "covered",
        ),
        (
            "通过门户网站法治政府建设专栏进行公开,全区各部门均完成本单位法治政府建设情况报告社会公开工作。",
            "society.pufa",
            "absent",
        ),
        (
            "为持续擦亮全国法治政府建设示范区品牌、更好服务保障卓越城区建设提供坚实法治保障。",
            "leadership.demonstration",
            "covered",
        ),
        ("有效推进涉外法治工作机制和人才队伍建设。", "capacity.legal-team", "covered"),
        (
            "向区委书记会、区政府常务会、区委常委会以及区人大常委会专题报告2023年度法治政府建设工作情况。",
            "oversight.npc-cppcc",
            "covered",
        ),
        (
            "全面落实述法工作要求,主体范围扩大至区政府工作部门、各街镇、国有企业和居(村)主要负责人。",
            "report.first-responsible",
            "absent",
        ),
        # a hundred-and-twenty-first set (a district's three years, 2017 to 2024): offices named for their
        # people invited to speak are no work of the body's; a project named a demonstration project is
        # the title, not the work; the column the units' reports are published in is openness, not
        # publicity
        (
            "邀请市政府法制办复议处、应诉调解指导处、执法监督处相关领导讲解行政执法规范化问题。",
            "disputes.litigation",
            "absent",
        ),
        (
            "邀请市政府法制办复议处、应诉调解指导处、执法监督处相关领导讲解行政执法规范化问题。",
            "enforcement.supervision",
            "absent",
        ),
        (
            "64家单位申报示范项目,某区2+1行政调解体系项目被评为全国法治政府建设示范项目。",
            "disputes.mediation",
            "absent",
        ),
        (
            "64家单位申报示范项目,某区2+1行政调解体系项目被评为全国法治政府建设示范项目。",
            "leadership.demonstration",
            "covered",
        ),
        ("开设法治政府建设专栏,集中公示59家单位法治政府建设情况。", "society.pufa", "absent"),
        ("开设法治政府建设专栏,集中公示59家单位法治政府建设情况。", "oversight.transparency", "covered"),
        # a hundred-and-twentieth set (two districts' two years each): the documents' whole cycle listed is
        # no decision's post-evaluation; the head lecturing on the law is the principal's duty; a district's
        # opinions on the rule-of-law government are its plan; a combined licence and the one window are
        # approval reform; the newly appointed cadres' training and exam are staff training
        (
            "聚焦文件制发、备案、后评估与清理全流程管理,修订规范性文件管理办法。",
            "decision.post-evaluation",
            "absent",
        ),
        ("对3项重大行政决策开展决策后评估。", "decision.post-evaluation", "covered"),
        ("坚持行政首长季度讲法制度。", "report.first-responsible", "covered"),
        ("印发《某区法治政府建设意见(2021-2025年)》。", "leadership.annual-plan", "covered"),
        ("发出全市首张宾馆行业综合许可证,一窗办理率达100%。", "functions.approval-reform", "covered"),
        (
            "纳入新任处级干部岗位实务培训及考试、新上岗行政执法人员培训及资格考试。",
            "capacity.staff-training",
            "covered",
        ),
        # a hundred-and-nineteenth set (a district's four years, two of them from the Big5 gateway): the place's
        # implementing opinions are its plan, and the year's tasks counted as done beside the plans; training in
        # administration by law is legal training; one licence for an industry is approval reform; the decision
        # procedure kept to, said without 重大行政, names the procedures; 接诉即办 is the hotline's complaints
        (
            "制发《北京市某区法治政府建设实施意见(2021-2025年)》,持续织密制度体系。",
            "leadership.annual-plan",
            "covered",
        ),
        (
            "完成法治建设一规划两纲要中期自查评估,73项年度重点任务全面落实。",
            "leadership.annual-plan",
            "covered",
        ),
        ("举办依法行政专题培训班2期。", "capacity.staff-training", "covered"),
        ("完成电影院、乡村民宿等40个行业一业一证改革。", "functions.approval-reform", "covered"),
        ("二是严格履行决策程序。", "decision.five-procedures", "partial"),
        ("建立接诉即办四会一通报制度,累计创建零工单社区1003个。", "oversight.social", "covered"),
        # a hundred-and-seventeenth and -eighteenth sets (a district's justice bureau, three mountain districts'
        # reports): a lecture's title is no work on what it names; a ranking and a title conferred are
        # results even in the introducing sentence; the commission's set-up optimised is party leadership;
        # an integrated service is approval reform; the district's departments' principals reporting are
        # not its own; the oversight an inspection is joined with is not reported to
        (
            "开展会前法制讲座2次,北京市第四中级人民法院行政庭庭长讲解《持续推进法治政府建设,有效降低涉诉败诉风险》。",
            "disputes.litigation",
            "absent",
        ),
        (
            "2022年,某区政府坚持依法行政,市对区依法行政考核位居生态涵养区前列,某项目被中央依法治国办命名为全国法治政府建设示范项目,"
            "现在有关情况报告如下:",
            "leadership.assessment",
            "covered",
        ),
        (
            "2022年,某区政府坚持依法行政,市对区依法行政考核位居生态涵养区前列,某项目被中央依法治国办命名为全国法治政府建设示范项目,"
            "现在有关情况报告如下:",
            "leadership.demonstration",
            "covered",
        ),
        (
            "优化区委依法治区委及一办四组机构设置,持续跟踪调度重点任务落实。",
            "leadership.party-leadership",
            "covered",
        ),
        ("打造企业全生命周期涉企服务一件事,最大限度利企便企。", "functions.approval-reform", "covered"),
        ("常态化开展会议述法点评,实现区属部门党政一把手书面述法全覆盖。", "report.first-responsible", "absent"),
        ("整合多元监督力量,推动法治督察与区委巡察、人大监督、检察监督协调联动。", "oversight.npc-cppcc", "absent"),
        (
            "整合多元监督力量,推动法治督察与区委巡察、人大监督、检察监督协调联动。",
            "oversight.judicial-procuratorial",
            "absent",
        ),
        ("整合多元监督力量,推动法治督察与区委巡察、人大监督、检察监督协调联动。", "leadership.inspection", "covered"),
        # a hundred-and-sixteenth set (a district's four years): a law studied by its title at the committee's
        # study is the leaders' study; a count of years is no year's assessment; rule-of-law workers trained
        # are the legal team; the place's own five-year plan is its plan; the committee's leadership said
        # verb first, and its standing committee hearing the principals' reports, are party leadership;
        # legal services to firms under their own name are the business environment; units' and
        # enterprises' principals reporting are not the body's own; the party school's main classes are
        # the cadres' training
        (
            "举行区委中心组学习(扩大)会,对新修订的《中华人民共和国行政复议法》开展专题学习。",
            "leadership.leader-study",
            "covered",
        ),
        (
            "城管执法工作在全市城管执法系统考核中连续五年考核优秀,被推荐为全国法治政府建设示范区。",
            "leadership.assessment",
            "absent",
        ),
        ("将法治政府建设纳入2023年度考核。", "leadership.assessment", "covered"),
        ("集中培训一百名处级领导干部、一千名基层法治工作者。", "capacity.legal-team", "covered"),
        ("高质量编制和实施《某区依法治区十四五规划》。", "leadership.annual-plan", "covered"),
        ("加强区委对法治政府建设的全面领导,推动法治政府建设工作落地落实。", "leadership.party-leadership", "covered"),
        ("建立区委常委会专题述法长效机制,发挥领导带头作用。", "leadership.party-leadership", "covered"),
        (
            "发挥法务惠企等律企合作交流平台作用,举办企业护航计划系列沙龙60余场。",
            "functions.business-env",
            "covered",
        ),
        (
            "拓宽述法主体,做到党政机关全覆盖,抓实重点执法单位、区管国有企业主要负责人专题述法。",
            "report.first-responsible",
            "absent",
        ),
        (
            "抓好党政主要负责人专题述法,提升街镇部门、村居负责人专题述法实效,压紧压实党政主要负责人履行推进法治建设第一责任人职责。",
            "report.first-responsible",
            "absent",
        ),
        (
            "把习近平法治思想纳入法治工作队伍培训、行政执法人员培训重要内容,纳入区委党校(行政学院)主体班次教学内容。",
            "capacity.staff-training",
            "covered",
        ),
        # a hundred-and-fifteenth set (a district's three years, another district): agreements reviewed are
        # legality review; the review of normative documents inspected is inspection, and so is the
        # inspection system strengthened in a rule-of-law section; the 三重一大 decision rules name the
        # procedures in general
        ("全年审核各类区级文件、协议总计278件。", "decision.legality-review", "covered"),
        (
            "开展行政规范性文件合法性审核机制落实情况专项督查,形成一报告三清单。",
            "leadership.inspection",
            "covered",
        ),
        (
            "(一)坚持党的全面领导,厚植法治政府底色\n强化督察考核评价体系建设,统筹推进考评和督促检查。",
            "leadership.inspection",
            "covered",
        ),
        (
            "(一)坚持党的全面领导,厚植法治政府底色\n开展环保督察整改,推进督促检查。",
            "leadership.inspection",
            "absent",
        ),
        ("严格履行依法决策机制,紧扣三重一大决策程序规则。", "decision.five-procedures", "partial"),
        # a hundred-and-fourteenth set (three departments of a new area): the thought taken into the organ by
        # its own study forms is the staff's study, not publicity; a study class for all staff is their
        # training; a department putting forward decisions for the catalogue is the catalogue; a plan
        # issued earlier and carried out is no plan issued
        (
            "通过中心组学习、专题辅导、法律大讲堂等形式,开展习近平法治思想进机关活动。",
            "society.pufa",
            "absent",
        ),
        (
            "通过中心组学习、专题辅导、法律大讲堂等形式,开展习近平法治思想进机关活动。",
            "capacity.staff-training",
            "covered",
        ),
        ("扎实开展习近平法治思想进机关、进学校等七进宣传活动。", "society.pufa", "covered"),
        (
            "通过党组理论学习中心组学习、专题学习班等形式,全面深入学习党的二十大精神中关于全面依法治国的重要论述,"
            "持续推动全体某区司法行政干部和法律工作者学习习近平法治思想。",
            "capacity.staff-training",
            "covered",
        ),
        ("积极申报区级重大行政决策事项。", "decision.catalogue", "covered"),
        (
            "浦东新区建交委全面贯彻《浦东新区法治政府建设实施方案(2022-2025年)》要求,推进法治建设各项工作。",
            "leadership.annual-plan",
            "absent",
        ),
        # a hundred-and-thirteenth set (a new area's four years): the government's principal reporting on the
        # rule of law, then urging every level's, performs the duty
        (
            "落实述法制度,区政府主要负责人开展专题述法,督促各级行政主要负责人履行推进法治建设第一责任人职责。",
            "report.first-responsible",
            "covered",
        ),
        ("督促各级行政主要负责人履行推进法治建设第一责任人职责。", "report.first-responsible", "absent"),
        # a hundred-and-twelfth set (a district's four years): supervision joined up, or done without visiting,
        # is in-process supervision, and the integrated platform it runs on is digital; hidden barriers
        # cleared are the business environment
        ("打造一体化综合监管平台,增加更多非现场监管应用领域。", "functions.market-regulation", "covered"),
        ("打造一体化综合监管平台,增加更多非现场监管应用领域。", "digital.platforms", "covered"),
        ("打造法律服务平台,开展法律咨询。", "digital.platforms", "absent"),
        (
            "全面落实全市清理隐性壁垒工作,47个行政审批部门开展自查,召开企业座谈会。",
            "functions.business-env",
            "covered",
        ),
        # a hundred-and-eleventh set (two districts' two years, a municipality): a district's own action plan
        # for the rule-of-law government is its plan; decisions and normative documents reviewed together
        # are both reviews; decisions reviewed, counted, are legality review
        (
            "编制《某区推进法治政府建设率先突破两年行动计划(2024-2025年)》。",
            "leadership.annual-plan",
            "covered",
        ),
        ("认真落实《提升行政执法质量三年行动计划(2023—2025年)》。", "leadership.annual-plan", "absent"),
        (
            "扎实做好政府重大行政决策和行政规范性文件合法性审核及文件备案工作。",
            "decision.legality-review",
            "covered",
        ),
        ("全年共审核决策、文件等295件次。", "decision.legality-review", "covered"),
        ("严格落实行政规范性文件合法性审核机制,审核文件12件。", "decision.legality-review", "absent"),
        # a hundred-and-tenth set (a capital city, two of its districts): the party committee issuing the
        # rule-of-law plan in its and the government's name is party leadership; inspections and their
        # problems rectified, in a section on the rule of law, are inspection
        (
            "以市委、市政府名义印发实施《某市法治政府建设实施意见(2021—2025年)》。",
            "leadership.party-leadership",
            "covered",
        ),
        ("市政府印发《某市法治政府建设实施意见(2021—2025年)》。", "leadership.party-leadership", "absent"),
        (
            "(二)全力争创全国法治政府建设示范区\n对发现的具体问题,开展多轮次集中督查调研指导、清单式督办整改。",
            "leadership.inspection",
            "covered",
        ),
        (
            "(二)全力争创全国法治政府建设示范区\n开展安全生产督查3次,督促整改隐患12处。",
            "leadership.inspection",
            "absent",
        ),
        # a hundred-and-ninth set (a city's human-resources bureau, a city's veterans bureau in traditional
        # script): the fields whose laws were publicised are no work in them; the unit's own party group
        # leading its rule-of-law work is party leadership
        (
            "大力宣傳數字化改革、新型冠狀病毒疫情防控、掃黑除惡、鄉村振興戰略等相關法律法規。",
            "emergency.response",
            "absent",
        ),
        ("全年开展新冠肺炎疫情防控工作,依法落实各项防控措施。", "emergency.response", "covered"),
        (
            "推动在局党组的统一领导下,持续落实党政主要负责人履行法治政府建设第一责任人职责。",
            "leadership.party-leadership",
            "covered",
        ),
        # a hundred-and-eighth set (a sports administration and a city's sports bureau): a decision announced
        # on the website is openness; a publicity responsibility list is no power list
        (
            "全年办理行政许可共计29件次,并及时在体育总局网站进行公示。",
            "oversight.transparency",
            "covered",
        ),
        (
            "制定下发《某市体育局2022年法治政府建设工作要点》和《2022年某市体育局系统法治宣传教育责任清单》。",
            "functions.power-lists",
            "absent",
        ),
        # a hundred-and-seventh set (a health bureau, a county): the thought put into a publicity-and-study
        # plan is no publicity; documents kept to the three-unified system, contracts reviewed
        (
            "坚持以习近平法治思想为引领,将其作为局党组理论学习中心组的重要内容,并明确列入卫健系统2024年度普法学法计划清单。",
            "society.pufa",
            "absent",
        ),
        (
            "严格落实行政规范性文件“三统一”制度,依托法律顾问审查合同协议50件、处理涉法事务15件。",
            "rules.normdoc-review",
            "absent",
        ),
        (
            "严格落实行政规范性文件“三统一”制度,依托法律顾问审查合同协议50件、处理涉法事务15件。",
            "decision.legality-review",
            "covered",
        ),
        # a hundred-and-sixth set (a province, a city, its office, a district): the reports' publication
        # rate; laws studied named without book-title marks; problems listed as such; backbone staff trained
        (
            "严格执行法治政府建设年度报告制度,省政府、各市(州)政府年度报告率、公开率均达到100%。",
            "oversight.transparency",
            "covered",
        ),
        ("提请市政府常务会议学习统计法、行政复议法、学前教育法等法律法规。", "disputes.reconsideration", "absent"),
        ("提请市政府常务会议学习统计法、行政复议法、学前教育法等法律法规。", "leadership.leader-study", "covered"),
        ("对法律顾问作用发挥不充分、乡镇综合执法运行不畅等问题逐一反馈整改。", "decision.legal-advisers", "absent"),
        ("对法律顾问作用发挥不充分、乡镇综合执法运行不畅等问题逐一反馈整改。", "enforcement.supervision", "absent"),
        ("举办法治能力专题培训班,培训市县两级法治工作业务骨干50人。", "capacity.legal-team", "covered"),
        # a hundred-and-fifth set (two justice bureaus): a party group's political study, its 法治 only in
        # the leadership it claims, is no law study nor legal training
        (
            "市司法局党组坚持和加强党对法治政府建设的领导,举办党的二十大精神学习轮训班,深入开展主题教育,举办读书班3期、交流研讨6场次。",
            "leadership.leader-study",
            "absent",
        ),
        (
            "市司法局党组坚持和加强党对法治政府建设的领导,举办党的二十大精神学习轮训班,深入开展主题教育,举办读书班3期、交流研讨6场次。",
            "capacity.staff-training",
            "absent",
        ),
        (
            "市司法局党组坚持和加强党对法治政府建设的领导,举办党的二十大精神学习轮训班,深入开展主题教育,举办读书班3期、交流研讨6场次。",
            "leadership.party-leadership",
            "covered",
        ),
        # a hundred-and-fourth set (two towns' 2021 reports): a study plan is no law made; target-
        # responsibility management; the town head heading the work's leading group
        ("结合党史学习教育等工作,制定了领导干部学法、懂法、讲法、用法计划。", "rules.legislation", "absent"),
        ("结合党史学习教育等工作,制定了领导干部学法、懂法、讲法、用法计划。", "leadership.leader-study", "covered"),
        ("把法治政府建设工作纳入年度目标责任管理,及时召开会议研究。", "leadership.assessment", "covered"),
        (
            "我镇成立由镇长任法治政府建设工作组长,分管领导任副组长的法治政府建设工作领导小组。",
            "report.first-responsible",
            "covered",
        ),
        # a hundred-and-third set (agriculture, forestry and commerce bodies): an adviser's remit listed
        # without 等; a case named by the act contested; an integrated service platform; service items
        # claimed; the party group's principal is a person
        (
            "聘请2名律师担任法律顾问,主动邀请法律顾问参与重大行政决策、重大执法案件办理、行政复议应诉、信访答复、政府信息公开及有关合同的洽谈签订。",
            "disputes.petition",
            "absent",
        ),
        (
            "聘请2名律师担任法律顾问,主动邀请法律顾问参与重大行政决策、重大执法案件办理、行政复议应诉、信访答复、政府信息公开及有关合同的洽谈签订。",
            "oversight.transparency",
            "absent",
        ),
        (
            "聘请2名律师担任法律顾问,主动邀请法律顾问参与重大行政决策、重大执法案件办理、行政复议应诉、信访答复、政府信息公开及有关合同的洽谈签订。",
            "decision.legal-advisers",
            "covered",
        ),
        (
            "法律顾问共代理行政诉讼案件2件,其中曹某某不服政府信息公开申请答复一案,法院判决驳回诉讼请求。",
            "oversight.transparency",
            "absent",
        ),
        (
            "法律顾问共代理行政诉讼案件2件,其中曹某某不服政府信息公开申请答复一案,法院判决驳回诉讼请求。",
            "disputes.litigation",
            "covered",
        ),
        ("所有依申请权力事项的办件均在市政务服务一体化平台有序运行,好评率100%。", "digital.platforms", "covered"),
        ("政务服务事项应领尽领,及时做好事项清单、办事指南等内容的更新调整。", "functions.approval-reform", "covered"),
        (
            "局党组主要负责人履行推进法治建设第一责任人职责,对法治建设重要工作亲自部署、重大问题亲自过问。",
            "leadership.party-leadership",
            "absent",
        ),
        # a hundred-and-second set (four civil-affairs bureaus, a water bureau): the higher levels'
        # 部署要求 carried out in a party group's study is no leading
        (
            "坚持党组领学,通过局党组会议、理论学习中心组学习会等形式,认真学习贯彻习近平法治思想,全面落实中央和省、市关于法治政府、法治社会建设的部署要求。",
            "leadership.party-leadership",
            "absent",
        ),
        # a hundred-and-first set (two health bodies, a town, a social-security bureau; re-read after a
        # lost machine): a filing still prepared; no normative document made, policy documents reviewed;
        # a supervision model's after-the-fact step; the key points' list; a congress's line understood
        # and the formula of conduct are no law study
        (
            "我委今年以来未制定规范性文件,有一件规范性文件需废止,正在进行报备文件资料准备。",
            "rules.normdoc-filing",
            "absent",
        ),
        ("2025年未制定规范性文件,对保留的6件政策性文件开展合规性审查。", "rules.normdoc-review", "absent"),
        ("2025年未制定规范性文件,对保留的6件政策性文件开展合规性审查。", "decision.legality-review", "covered"),
        ("构建“事前指导、事中规范、事后评估”的全链条监管模式。", "decision.post-evaluation", "absent"),
        ("制定年度法治建设工作要点和责任清单,层层压实责任。", "functions.power-lists", "absent"),
        (
            "第一时间召开党组会议传达学习党的二十大精神,深刻领会新时代坚持全面依法治国、推进法治中国建设战略部署。",
            "leadership.leader-study",
            "absent",
        ),
        (
            "充分发挥党组班子“头雁”引领作用,做到自觉尊法学法守法用法,将法治建设情况列入年终述职内容。",
            "leadership.leader-study",
            "absent",
        ),
        # a hundredth set (a city's reports and its justice bureau's): a list one is chosen for is
        # recognition; a party regulation carried out is no law made; a plan dividing the work; a white paper
        ("3项试点改革事项入选全省优化营商环境改革先行区名单。", "functions.business-env", "absent"),
        (
            "坚决贯彻《中国共产党政法工作条例》及省市实施细则,修订局党委议事和决策规则。",
            "rules.legislation",
            "absent",
        ),
        (
            "全面实施法治青山、法治政府、法治社会建设“三方案”,出台重要举措分工方案和全市“八五”普法规划。",
            "leadership.annual-plan",
            "covered",
        ),
        ("首次编印《青山法治政府报告(2023)》(白皮书)。", "oversight.transparency", "covered"),
        # a ninety-ninth set (two towns, an education bureau, a health bureau): the higher committees'
        # 各项部署 carried out; the central key points carried out; a task breakdown beside the general
        # plan; mediators and the mediation system; the thought named after the other
        (
            "全面贯彻党中央、市委以及区委关于法治政府建设的各项部署,推动各项工作落地落实。",
            "leadership.party-leadership",
            "absent",
        ),
        (
            "贯彻落实中央依法治国委2023年工作要点、市区法治政府建设工作要点等要求,严格按照职责分工推动落实。",
            "leadership.annual-plan",
            "absent",
        ),
        (
            "将法治政府建设纳入年度工作计划、绩效考核和干部评优评先核心内容,制定任务分解表,实行清单化管理。",
            "leadership.annual-plan",
            "covered",
        ),
        ("完善镇、村司法调解制度,聘用2名专业司法调解人员,确保群众纠纷能及时调解。", "disputes.mediation", "covered"),
        (
            "将习近平新时代中国特色社会主义思想和法治思想列入局党组理论学习中心组学习内容。",
            "leadership.xi-thought",
            "covered",
        ),
        # a ninety-eighth set (transport and emergency bureaus, a county): reported to the party committee
        # with another body first; the report sent up, then published; the legal review of penalty cases;
        # the departments' study counted; what a party group hears is its subjects
        (
            "及时向市交通局和区委、区政府报告上年度法治政府建设工作情况,并在区人民政府网向社会公开。",
            "leadership.party-leadership",
            "covered",
        ),
        (
            "及时向市交通局和区委、区政府报告上年度法治政府建设工作情况,并在区人民政府网向社会公开。",
            "oversight.transparency",
            "covered",
        ),
        ("按规定向区委、区政府报告上年度法治政府建设工作情况。", "oversight.transparency", "absent"),
        (
            "认真落实法制审核制度,2024年共审查行政处罚案件10件,无一起案件被复议或被诉讼。",
            "enforcement.three-systems",
            "partial",
        ),
        ("全年累计开展常务会议学法12次,引领带动政府各部门学法300余次。", "capacity.staff-training", "covered"),
        (
            "局党组定期听取我局法治政府建设以及行政复议应诉、普法工作情况,研究部署法治工作重点。",
            "disputes.reconsideration",
            "absent",
        ),
        (
            "局党组定期听取我局法治政府建设以及行政复议应诉、普法工作情况,研究部署法治工作重点。",
            "leadership.party-leadership",
            "covered",
        ),
        # (a heading claiming the party's leadership counts, as the development set's r039 is labelled)
        ("(三)加强党对交通运输法治政府部门建设的领导。", "leadership.party-leadership", "covered"),
        # a ninety-seventh set (a city, two districts' justice and transport bodies, a county, a district):
        # experience promoted by the media is recognition; the thought in the cadres' education system;
        # a street's duty list; the abuse of discretion looked for; the body's own plans made and carried
        # out; display boards and publicity events for the thought
        (
            "“大综合一体化”行政执法改革、边界联调相关经验等多项工作在市级媒体进行推广宣传。",
            "enforcement.system-reform",
            "absent",
        ),
        ("推进“大综合一体化”行政执法改革,组建综合行政执法队伍。", "enforcement.system-reform", "covered"),
        ("把习近平法治思想纳入国民教育、干部教育体系。", "capacity.staff-training", "covered"),
        ("结合实际编制各镇(街道)《职责事项清单》,做到“一镇一街一策”。", "functions.power-lists", "covered"),
        (
            "重点对是否存在选择性执法、自由裁量权滥用、违法撤销案件等执法领域突出问题进行法制审查。",
            "enforcement.discretion",
            "absent",
        ),
        ("修订行政处罚自由裁量权基准,覆盖执法事项120项。", "enforcement.discretion", "covered"),
        (
            "一是制定和贯彻落实《某区交通运输法治政府部门建设实施方案(2021-2025年)》、《2023年全区交通法治工作要点》等文件。",
            "leadership.annual-plan",
            "covered",
        ),
        (
            "深入贯彻落实《某区交通运输法治政府部门建设实施方案(2021-2025年)》、《2023年全区交通法治工作要点》等文件。",
            "leadership.annual-plan",
            "absent",
        ),
        (
            "出台《某县安全生产工作方案》、《2023年某县法治政府建设实施方案(2023-2025)》。",
            "leadership.annual-plan",
            "covered",
        ),
        ("通过制作宣传展板、实地开展宣传活动来宣传贯彻习近平法治思想。", "society.pufa", "covered"),
        # a ninety-sixth set (six ecology bureaus): the body's general key points of a named year; an
        # environmental inspection's rectification; 述法 put into the year-end report and assessment; the
        # thought put into the cadres' training; the staff's weekly study; what was studied, listed
        (
            "坚持法治建设与业务工作同研究、同部署,将法治建设工作纳入局2024年工作要点。",
            "leadership.annual-plan",
            "absent",
        ),
        ("制定局2024年法治建设工作要点,明确22项任务。", "leadership.annual-plan", "covered"),
        ("一是环保督察整改有序推进。", "leadership.inspection", "absent"),
        ("扎实推进法治督察整改,反馈问题全部整改到位。", "leadership.inspection", "covered"),
        ("将述法情况纳入领导干部年终述职报告和考核体系。", "leadership.assessment", "absent"),
        ("将述法情况纳入领导干部年终述职报告和考核体系。", "leadership.shufa", "covered"),
        (
            "将《习近平法治思想学习纲要》等读本列为局党组理论学习中心组学习和干部教育培训重点内容。",
            "capacity.staff-training",
            "covered",
        ),
        ("1.抓好党的二十大精神和习近平法治思想学习培训。", "capacity.staff-training", "absent"),
        (
            "组织党组织理论学习、“周五集中学习”,持续营造学习贯彻习近平法治思想的浓厚氛围。",
            "capacity.staff-training",
            "covered",
        ),
        (
            "累计开展集中学法4次,学习行政规范性文件管理、《某某法》、政府信息公开普法案例等。",
            "oversight.transparency",
            "absent",
        ),
        ("全年主动公开政府信息120条、政策解读等。", "oversight.transparency", "covered"),
        # a ninety-fifth set (two health commissions, four counties): a rule's title is no law's; the
        # year's decisions published by their titles; a penalty's discretion standard; a list of what an
        # inspection covers is its subjects; the place's own outline adopted; the thought's programme
        # reaching villages and firms; a sector's system studying it; the government-service reform;
        # inspections of firms kept in bounds, under a heading on the business environment
        ("公布《某市护士培训和管理办法》等4项年度重大行政决策事项。", "capacity.staff-training", "absent"),
        ("公布《某市护士培训和管理办法》等4项年度重大行政决策事项。", "decision.catalogue", "covered"),
        ("举办《中华人民共和国医师法》专题培训。", "capacity.staff-training", "covered"),
        ("制定医疗条例行政处罚自由裁量标准。", "enforcement.discretion", "covered"),
        (
            "将法治建设履职、推进依法行政、优化法治化营商环境、基层执法改革纳入重要督察内容,对27个乡镇进行法治政府建设实地督察。",
            "enforcement.system-reform",
            "absent",
        ),
        ("推进基层综合执法改革,组建乡镇综合行政执法队。", "enforcement.system-reform", "covered"),
        ("将依法治县和法治政府建设工作作为高质量发展考核评分指标。", "leadership.assessment", "covered"),
        (
            "县委全面依法治县委员会讨论并通过了《某县法治政府建设实施纲要(2022-2025年)》。",
            "leadership.annual-plan",
            "covered",
        ),
        ("深入学习《法治政府建设实施纲要(2021-2025年)》。", "leadership.annual-plan", "absent"),
        (
            "“习近平法治思想大学堂”在乡镇、村(社区)、学校、企业已实现全覆盖。",
            "society.pufa",
            "covered",
        ),
        ("全市卫生健康系统深入学习《习近平法治思想学习纲要》。", "capacity.staff-training", "covered"),
        ("深化政务服务改革,推进“一网通办”。", "functions.approval-reform", "covered"),
        ("推进政务服务增值化改革。", "functions.approval-reform", "covered"),
        # a ninety-fourth set (two provinces, a county, three streets): the party committee's leading
        # function; the decision-making mechanism made regular; other fields' plans named by their titles
        (
            "街道充分发挥党工委在法治政府建设中的统筹领导职能,全面落实各项决策部署。",
            "leadership.party-leadership",
            "covered",
        ),
        ("制定《镇议事规则》,完善了重大行政决策规范机制。", "decision.five-procedures", "partial"),
        ("建立重大行政决策跟踪反馈机制。", "decision.five-procedures", "absent"),
        (
            "针对法治建设重点项目,出台了《某街道2023年安全生产整治工作实施方案》、《关于印发某街道2023年度内部审计工作计划的通知》。",
            "leadership.annual-plan",
            "absent",
        ),
        (
            "出台了《某街道2023年法治建设工作实施方案》、《关于印发某街道2023年度内部审计工作计划的通知》。",
            "leadership.annual-plan",
            "covered",
        ),
        ("制定法治建设工作计划,出台《某街道安全生产整治实施方案》。", "leadership.annual-plan", "covered"),
        # a ninety-third set (a municipality, four districts): the year's report published; the line's
        # deployments made lists are no decision catalogue; a requirement to report recited is no report;
        # the thought's study plan is no annual plan; rule-of-law evaluations completed; supervision built on
        # credit; the central inspection's findings rectified under a rule-of-law heading
        (
            "公开发布本市2022年法治政府建设情况报告,制定实施2023年法治政府建设工作要点。",
            "oversight.transparency",
            "covered",
        ),
        (
            "第一时间召开全区传达贯彻党的二十大精神大会,推进法治建设决策部署逐一清单化、具体化。",
            "decision.catalogue",
            "absent",
        ),
        ("编制公布2022年度重大行政决策事项目录。", "decision.catalogue", "covered"),
        (
            "根据《法治政府建设与责任落实督察工作规定》,区委应当向市委报告上一年度法治政府建设情况。",
            "leadership.party-leadership",
            "absent",
        ),
        ("区政府按时向区委报告上一年度法治政府建设情况。", "leadership.party-leadership", "covered"),
        (
            "制定印发《关于2023年深化学习宣传贯彻习近平法治思想的实施方案》(长委依法治区办〔2023〕2号),明确11项工作举措。",
            "leadership.annual-plan",
            "absent",
        ),
        (
            "制定法治西城评估指标体系4.0版。完成2021年度西城区法治建设评估、法治政府评估。",
            "leadership.assessment",
            "covered",
        ),
        ("建立健全以信用为基础的新型监管机制,拓展数据归集的深度与广度。", "functions.market-regulation", "covered"),
        # a ninety-second set (a county, three districts, a bonded zone): the enforcement units checked are
        # enforcement supervision, not rule-of-law inspection; leaders alone hearing a trial, or organised to
        # study, are leader study; party members' study of the thought covering all is the staff's; the
        # media used to spread the thought are publicity, not a digital platform
        (
            "县政府成立了法治政府建设工作领导小组,定期组织人员对各行政执法单位开展实地督导检查,压紧压实法治政府建设责任。",
            "enforcement.supervision",
            "covered",
        ),
        (
            "县政府成立了法治政府建设工作领导小组,定期组织人员对各行政执法单位开展实地督导检查,压紧压实法治政府建设责任。",
            "leadership.inspection",
            "absent",
        ),
        (
            "组织区政府班子成员,各乡镇、街道主要负责同志参加行政案件旁听庭审活动,促进领导干部法治素养和依法行政水平的提升。",
            "capacity.staff-training",
            "absent",
        ),
        ("组织机关干部和执法人员旁听行政案件庭审3次。", "capacity.staff-training", "covered"),
        (
            "利用县委理论学习中心组学习会、党校培训班等平台,组织领导干部及时传达学习重要法律法规。",
            "capacity.staff-training",
            "absent",
        ),
        (
            "将学习习近平法治思想纳入支部“三会一课”学习内容,实现党员学习习近平法治思想全覆盖。",
            "capacity.staff-training",
            "covered",
        ),
        ("三是抓好阵地建设,综合运用各类媒体和平台加大对习近平法治思想的宣传力度。", "digital.platforms", "absent"),
        ("三是抓好阵地建设,综合运用各类媒体和平台加大对习近平法治思想的宣传力度。", "society.pufa", "covered"),
        # a ninety-first set (a district, a county, two prefectures): the leaders' turns explaining the law
        # are their study, not publicity; the stages a reform joins up, listed, are topics; a legal-services
        # district named for its place
        (
            "印发州人民政府“轮值讲法、以案释法”工作规范,开展部门主要领导“轮值讲法、以案释法”36场次。",
            "society.pufa",
            "absent",
        ),
        ("深入开展以案释法活动,进社区普法宣传42场。", "society.pufa", "covered"),
        ("试点开展直播述法、行业述法,实现了立法、执法、普法各环节融汇贯通、协调有力。", "society.pufa", "absent"),
        ("“和合昌吉”法务区被推荐争创全国法治政府建设示范创建项目。", "disputes.legal-services", "covered"),
        # a ninetieth set (a province's two years, a district, two justice bodies): the year's
        # business-environment reforms counted; foreign-related legal services built up
        ("推出85项年度营商环境改革事项。", "functions.business-env", "covered"),
        ("推出12项安全生产领域改革举措,压实企业主体责任。", "functions.business-env", "absent"),
        ("率先开展涉外法律服务高质量发展先导区建设。", "disputes.legal-services", "covered"),
        # an eighty-ninth set (two provinces, a news item, two townships): reviews counted — of major
        # enforcement decisions, and of major decisions under a heading on legality review
        (
            "其中,行政规范性文件审查2件,重大行政执法决定审查10件,镇村合同审查1077件。",
            "enforcement.three-systems",
            "partial",
        ),
        ("行政执法决定审查10件。", "enforcement.three-systems", "absent"),
        # an eighty-eighth set (two provinces, two districts): a training for leaders named with what they
        # study first is leader study, not the staff's
        (
            "举办政法系统领导干部学习贯彻习近平法治思想专题培训班,持续提升领导干部法治素养。",
            "capacity.staff-training",
            "absent",
        ),
        (
            "举办政法系统领导干部学习贯彻习近平法治思想专题培训班,持续提升领导干部法治素养。",
            "leadership.leader-study",
            "covered",
        ),
        ("举办全县干部职工学习贯彻习近平法治思想专题培训班3期。", "capacity.staff-training", "covered"),
        # an eighty-seventh set (three counties, a district, an anonymised city): the report sent to the
        # party committee and the congress with other addressees first; the commission's meeting named by
        # number; the standing meeting's law study by its short name; 述法 in the officials' assessment is
        # 述法; the 普法 key points are no annual plan, and the thought made their content no publicity;
        # the targets a plan sets, listed, are topics
        (
            "每年初,县政府将上一年度法治政府建设情况,主动向市政府、县委、县人大常委会报告。",
            "oversight.npc-cppcc",
            "covered",
        ),
        (
            "每年初,县政府将上一年度法治政府建设情况,主动向市政府、县委、县人大常委会报告。",
            "leadership.party-leadership",
            "covered",
        ),
        ("4月3日,召开依法治县第四次会议暨述法工作专题会议,总结交流经验。", "leadership.party-leadership", "covered"),
        ("将重大行政决策程序规定列为政府常务会学法议题,邀请规章起草人现场讲课。", "leadership.leader-study", "covered"),
        (
            "2023年对科级领导干部进行年度考核时,将述法工作列入考核内容,同步部署,同步推进。",
            "leadership.assessment",
            "absent",
        ),
        (
            "将学习贯彻习近平法治思想作为重点普法内容纳入2023年普法依法治理工作要点、党委理论学习中心组重要学习内容。",
            "leadership.annual-plan",
            "absent",
        ),
        (
            "将学习贯彻习近平法治思想作为重点普法内容纳入2023年普法依法治理工作要点、党委理论学习中心组重要学习内容。",
            "society.pufa",
            "absent",
        ),
        ("将习近平法治思想作为重点普法内容,开展宣讲活动36场。", "society.pufa", "covered"),
        (
            "深入推进职责明确、依法行政、化解矛盾、处置突发事件、提供公共法律服务水平等各项目标任务,补齐制约短板。",
            "emergency.response",
            "absent",
        ),
        (
            "深入推进职责明确、依法行政、化解矛盾、处置突发事件、提供公共法律服务水平等各项目标任务,补齐制约短板。",
            "disputes.legal-services",
            "absent",
        ),
        # an eighty-sixth set (two cities, three townships): a leader who praised the work from outside,
        # and the inspected units' principals, are not the body's principal doing the duty
        (
            "积极探索改进新公共资源交易服务,得到省委主要领导的肯定并作出批示。",
            "report.first-responsible",
            "absent",
        ),
        ("市长主持召开市政府常务会议并作出批示,研究法治政府建设工作。", "report.first-responsible", "covered"),
        (
            "对全市4个县(市、区)和10家重点工作牵头单位组织开展党政主要负责人履行推进法治建设第一责任人职责"
            "和法治政府建设开展实地督察,通报督促整改。",
            "report.first-responsible",
            "absent",
        ),
        (
            "对全市4个县(市、区)和10家重点工作牵头单位组织开展党政主要负责人履行推进法治建设第一责任人职责"
            "和法治政府建设开展实地督察,通报督促整改。",
            "leadership.inspection",
            "covered",
        ),
        # an eighty-fifth set (a province, its justice department, two counties): another field's
        # assessment rules are no rule-of-law assessment
        (
            "出台《某县优化营商环境工作绩效考核办法》,建立优化营商环境工作奖惩机制。",
            "leadership.assessment",
            "absent",
        ),
        ("出台《某县法治政府建设工作考核办法》,考核结果纳入综合绩效。", "leadership.assessment", "covered"),
        # an eighty-fourth set (a county natural-resources bureau): a dated plan that laid out the year's
        # rule-of-law work, even with a 普法 plan as its basis; the enforcement responsibility system's plan is
        # no officers' training; the whole staff trained and examined in a section on publicity and study
        (
            "根据普法规划要求,我局及时制定下发了《2022年行政执法责任制工作方案》,对全局的普法以及法制宣传教育培训工作"
            "进行了安排,明确了全年自然资源依法行政的指导思想、重点工作等。",
            "leadership.annual-plan",
            "covered",
        ),
        (
            "根据普法规划要求,我局及时制定下发了《2022年行政执法责任制工作方案》,对全局的普法以及法制宣传教育培训工作"
            "进行了安排,明确了全年自然资源依法行政的指导思想、重点工作等。",
            "enforcement.qualification",
            "absent",
        ),
        ("组织开展行政执法人员培训2期,参训86人次。", "enforcement.qualification", "covered"),
        # an eighty-third set (a township, a market bureau, two education bureaus): the problems a meeting
        # solved or the fields a check covers, listed, are topics; the body's general key points are no
        # annual plan; legal services to the body itself are its advisers'
        (
            "全年召开法治建设专题会议4次,专题研究部署重点工作,精准破解执法规范、纠纷调处、普法宣传等重难点问题。",
            "society.pufa",
            "absent",
        ),
        (
            "全年召开法治建设专题会议4次,专题研究部署重点工作,精准破解执法规范、纠纷调处、普法宣传等重难点问题。",
            "disputes.mediation",
            "absent",
        ),
        ("全年调处矛盾纠纷126件,调解成功率98%。", "disputes.mediation", "covered"),
        (
            "将阳光招生、校园普法、规范办学等关键领域的法治落实情况,纳入对科室和学校的督导考核体系。",
            "society.pufa",
            "absent",
        ),
        (
            "将法治政府建设纳入全局年度工作要点,全面推动落实中小学校党组织领导的校长负责制。",
            "leadership.annual-plan",
            "absent",
        ),
        ("印发《某区教育局2025年法治政府建设工作要点》,明确重点任务20项。", "leadership.annual-plan", "covered"),
        (
            "聘请专业律师为我局提供法律咨询服务,对我局复杂疑难案件、复议诉讼案件提供法律服务。",
            "disputes.legal-services",
            "absent",
        ),
        ("组织律师为群众提供免费法律服务120人次。", "disputes.legal-services", "covered"),
        # an eighty-second set (a street, three transport departments): the duty's regulation carried out
        # beside the year-end report; contracts given an opinion; rules filed with the government as the
        # law requires; no legality review among a draft's consultation means; the report the inspection
        # regulation asks for is no inspection
        (
            "贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》,将法治建设纳入行业发展总体规划、计划,"
            "将主要负责人履行推进法治建设第一责任人职责情况列入年终述职内容。",
            "report.first-responsible",
            "covered",
        ),
        ("处级以上干部将履行推进法治建设第一责任人职责情况列入年终述职内容。", "report.first-responsible", "absent"),
        ("全年组织开展法律顾问服务50余次,对20余个政府采购合同出具审查意见。", "decision.legality-review", "covered"),
        (
            "制定《某省公路工程建设项目招标投标实施细则》等12项制度并依法向省政府备案。",
            "rules.normdoc-filing",
            "covered",
        ),
        (
            "通过合法性审查、公开征求意见、专家论证、风险评估等方式加强草拟法规、规章草案的合理性、合法性和科学性。",
            "decision.legality-review",
            "absent",
        ),
        (
            "严格落实中央依法治国办《法治政府建设与责任落实督察工作规定》,按要求向部、省报送年度法治政府建设工作情况。",
            "leadership.inspection",
            "absent",
        ),
        ("对照《法治政府建设与责任落实督察工作规定》,开展法治政府建设督察3次。", "leadership.inspection", "covered"),
        # an eighty-first set (three counties): enforcement supervised with a word between
        (
            "开展镇(街道)行政执法实地监督,深入了解各镇(街道)执法队伍建设及办案情况。",
            "enforcement.supervision",
            "covered",
        ),
        ("强化重点执法部门全体系业务指导和法治监督,压实执法条线监管责任。", "enforcement.supervision", "covered"),
        ("推进综合行政执法与市场监督管理衔接。", "enforcement.supervision", "absent"),
        ("新增行政执法人员的信息已录入行政执法综合管理监督信息系统。", "enforcement.supervision", "absent"),
        # an eightieth set (state-assets commissions, industry bureaus): the other word order of the study
        # group; the rule-of-law work made a content of the year-end report; the management cycle's
        # year-start deployment (a plan) and mid-year check (no inspection); the bureau's internal publicity
        (
            "将习近平总书记关于全面依法治国新理念新思想新战略作为委党委理论中心学习组重要学习内容,组织开展专题讨论。",
            "leadership.leader-study",
            "covered",
        ),
        ("将法治政府建设工作作为述职重要内容纳入单位年度考核。", "leadership.shufa", "covered"),
        ("将安全生产工作作为述职重要内容。", "leadership.shufa", "absent"),
        ("将法治政府建设工作形成年初部署、年中督查、年末总结的闭环管理机制。", "leadership.annual-plan", "covered"),
        ("将法治政府建设工作形成年初部署、年中督查、年末总结的闭环管理机制。", "leadership.inspection", "absent"),
        ("开展法治政府建设专项督查2次,通报整改问题5项。", "leadership.inspection", "covered"),
        (
            "开展局内普法学习教育,通过开展专家专题讲座、网络大学堂等多种形式组织全体干部学法。",
            "society.pufa",
            "absent",
        ),
        (
            "开展局内普法学习教育,通过开展专家专题讲座、网络大学堂等多种形式组织全体干部学法。",
            "capacity.staff-training",
            "covered",
        ),
        # a seventy-ninth set (a housing bureau, two development commissions): the year's work planned at
        # its start; the rule-of-law staff made stronger
        (
            "市住建局高度重视法治政府建设工作,细化工作任务,落实工作责任,年初有计划、年中有检查、年终有总结。",
            "leadership.annual-plan",
            "covered",
        ),
        ("年初有计划、年中有检查、年终有总结,各项业务工作有序推进。", "leadership.annual-plan", "absent"),
        ("(四)加强工作保障。配强法治建设干部队伍,着力引进法律专业人才。", "capacity.legal-team", "covered"),
        ("加强执法队伍建设,组织执法人员参加培训。", "capacity.legal-team", "absent"),
        # plans the work is joined to, their titles listed, are its basis, not publicity done
        (
            "结合《全国发展改革系统开展法治宣传教育的第八个五年规划(2021—2025年)》及委机关“十四五”时期"
            "《建设高水平高标准法治机关实施方案》《法治宣传教育工作实施方案》,建立工作闭环,明确责任分工。",
            "society.pufa",
            "absent",
        ),
        ("结合“八五”普法规划,开展宪法宣传周活动12场。", "society.pufa", "covered"),
        # a seventy-eighth set (a district, three prefectures and cities): the areas a reform covers,
        # listed, are no work on each
        (
            "探索开展法治督察特色试点项目,协同推进立法、执法、司法、守法等领域改革。",
            "rules.legislation",
            "absent",
        ),
        (
            "探索开展法治督察特色试点项目,协同推进立法、执法、司法、守法等领域改革。",
            "enforcement.supervision",
            "absent",
        ),
        ("推进地方立法,制定《某市养犬管理条例》。", "rules.legislation", "covered"),
        # a seventy-seventh set (the audit office, audit and science bureaus)
        # leaders lecturing on the thought at the party school or cadre college train the staff
        (
            "署党组成员到署党校和审计干部教育学院宣讲习近平法治思想。",
            "capacity.staff-training",
            "covered",
        ),
        ("署党组成员到基层审计机关调研审计项目。", "capacity.staff-training", "absent"),
        # the principal's lead in studying the law, in the formula's other order
        (
            "单位主要负责人严格落实一把手责任制,带头遵法守法学法,亲自研究部署法治建设工作。",
            "leadership.leader-study",
            "covered",
        ),
        # lawful work made a ground of the assessment
        (
            "将依法审计、文明审计、规范审计等情况作为考核的一项重要依据。",
            "leadership.assessment",
            "covered",
        ),
        ("将项目进度、资金使用等情况作为考核的一项重要依据。", "leadership.assessment", "absent"),
        # the party group putting rule-of-law work among its year's key work
        ("局党组将法治政府建设纳入年度重点工作,全面推进依法行政。", "leadership.party-leadership", "covered"),
        ("局党组将招商引资纳入年度重点工作,全面推进依法行政。", "leadership.party-leadership", "absent"),
        # legal education given to the staff is their training, not publicity
        (
            "对全局干部职工进行常态化法治宣传教育,强化审计行为日常监督。",
            "society.pufa",
            "absent",
        ),
        ("对辖区群众进行常态化法治宣传教育,发放宣传资料500份。", "society.pufa", "covered"),
        # the one work deployed, no meeting named, is the deployment's subject
        (
            "将法治建设工作纳入全局重点工作,研究部署普法依法治理工作。",
            "society.pufa",
            "absent",
        ),
    ],
)
def test_construction(body, item, expected):
    assert _status(body, item) == expected


# Facts told inside the opening summary sentence: the summary covers nothing by itself (the guiding ideology beside
# them stays absent), but an assessment's place won, an evaluation carried out, a white paper published, the
# district's own plans made, its 普法 plan started, a reform progressing, its head in court, a stage of demonstration
# creation completed, the central rule-of-law office's inspection received, a place in a third-party evaluation and
# campaigns carried out are reported work.
OPENING_FACTS = [
    pytest.param(
        "某州2020年度法治政府建设情况报告\n2020年,某州人民政府坚持以习近平法治思想为指导,持续编制发布《某州法治政府建设白皮书》,"
        "开展州级法治政府建设评估,我州2020年度法治政府建设考核获全省第3名。现将有关情况报告如下:\n一、依法全面履行政府职能\n"
        "深化“放管服”改革,取消行政许可事项5项。\n",
        {"leadership.assessment": "covered", "oversight.transparency": "covered", "leadership.xi-thought": "absent"},
        id="assessment-place-evaluation-white-paper",
    ),
    pytest.param(
        "某区2021年法治政府建设年度情况报告\n2021年,某区政府认真贯彻习近平法治思想,在区委的领导下,"
        "高标准制定实施《某区“十四五”时期全面依法治区规划》,启动某区“八五”普法规划,行政复议体制改革稳步推进,"
        "区政府主要负责人带头出庭应诉,努力推动法治政府建设再上新台阶。\n一、推进法治政府建设情况\n深化“放管服”改革。\n",
        {
            "leadership.annual-plan": "covered",
            "disputes.reconsideration": "covered",
            "disputes.litigation": "covered",
            "leadership.xi-thought": "absent",
        },
        id="district-plans-reform-head-in-court",
    ),
    pytest.param(
        "青山市2024年法治政府建设情况报告\n"
        "2024年,青山市坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政,"
        "法治建设考核成绩持续位居全省前列,高标准完成全国法治政府建设示范市第一阶段创建工作。\n"
        "一、主要工作落实情况\n全年开展法治培训三次。\n",
        {"leadership.assessment": "covered", "leadership.demonstration": "covered", "leadership.xi-thought": "absent"},
        id="assessment-standing-demonstration-stage",
    ),
    pytest.param(
        "青川市人民政府关于2020年度法治政府建设情况的报告\n"
        "2020年,全市坚持以习近平法治思想为指引,深入推进依法行政,顺利迎接中央依法治国办实地督察,"
        "为经济社会发展提供了坚实法治保障。\n一、主要举措\n全年开展法治培训三次。\n",
        {"leadership.inspection": "covered", "leadership.xi-thought": "absent"},
        id="central-inspection-received",
    ),
    pytest.param(
        "青山市2023年法治政府建设情况报告\n"
        "2023年,青山市坚持以习近平新时代中国特色社会主义思想为指导,统筹推进法治政府建设各项工作取得新进展新成效,"
        "获评“信用建设成果观摩会城市组示范单位”等称号,我市在全国100个城市法治政府建设总体情况第三方评估中位列第九。\n"
        "一、坚持党的领导\n全年开展法治培训三次。\n",
        {"leadership.assessment": "covered", "leadership.demonstration": "absent"},
        id="third-party-evaluation-place",
    ),
    pytest.param(
        "青山县2010年依法行政工作报告\n"
        "今年以来,青山县认真贯彻国务院全面推进依法行政实施纲要,以科学发展观为指导,围绕法治政府建设,大力开展行政权力清理、"
        "行政复议规范化建设和涉及经济发展环境规范性文件清理三大专项活动,法治环境不断优化。\n一、强化组织领导\n全年开展法治培训三次。\n",
        {"functions.power-lists": "covered", "rules.normdoc-cleanup": "covered", "disputes.reconsideration": "covered"},
        id="campaigns-carried-out",
    ),
]


@pytest.mark.parametrize("text, expected", OPENING_FACTS)
def test_facts_told_in_the_opening_count(text, expected):
    res = score_text(text)
    for item, status in expected.items():
        assert res.item(item).status == status, item


def test_a_lecture_under_the_leaders_study_heading_is_their_study_not_the_staffs_training():
    text = "某市2018年法治政府建设情况报告\n一、主要举措\n(三)领导干部学法制度进一步落实\n组织召开两场市政府法制讲座,分别邀请有关法规部门负责同志讲授。\n"
    res = score_text(text)
    assert res.item("capacity.staff-training").status == "absent"
    assert res.item("leadership.leader-study").status == "covered"


def test_legality_review_in_a_section_on_normative_documents_is_theirs():
    """A sub-heading 落实合法性审核机制 under (一)严格规范性文件管理 is the documents' review, not the
    decisions' and contracts' (decision.legality-review is the review other than that procedure)."""
    text = (
        "某区政府办公室2024年法治政府建设工作报告\n一、主要举措和成效\n(一)严格规范性文件管理\n2.落实合法性审核机制。\n"
        "起草部门制定或修订规范性文件,在提交办公会议审议前,必须由审核机构完成合法性审核。\n"
    )
    res = score_text(text)
    assert res.item("decision.legality-review").status == "absent"
    assert res.item("rules.normdoc-review").status == "covered"


def test_a_long_numbered_paragraph_cut_at_the_end_is_body_not_an_empty_heading():
    """An excerpt cut mid-sentence leaves its last numbered paragraph without a full stop: it
    reports work (the branches given the law to study); a short heading left there reports none."""
    cut = "3.充分发挥基层党组织的引领作用,各党支部都将习近平法治思想和相关法律法规列入“三会一课”内容,并要求党员干"
    assert _status("全面推行行政执法公示制度。\n" + cut, "capacity.staff-training") == "covered"
    assert _status("全面推行行政执法公示制度。\n(三)推进政务公开,", "oversight.transparency") == "absent"


def test_what_the_year_is_in_the_opening_covers_nothing():
    text = (
        "2025年是全面完成“十四五”规划的收官之年,也是深入推进法治建设“一规划两纲要”和“八五”普法的攻坚收官之年。"
        "现将全年工作情况报告如下:\n一、主要工作与成效\n全年召开专题会议研究法治建设。\n"
    )
    assert score_text(text).item("society.pufa").status == "absent"


def test_opening_summary_covers_nothing_even_across_its_commas():
    """The opening sentence listing the year's work is boilerplate clause by clause; a pattern
    running over a comma between two such clauses (培训,严格规范统计执法) is inside it too. The
    sentence announcing the list of the year's work still announces the measures part."""
    text = (
        "某市统计局2019年度法治政府建设情况报告\n"
        "2019年,我局以习近平新时代中国特色社会主义思想为指导,认真贯彻落实中央统计工作决策部署,"
        "全面开展统计法治培训,严格规范统计执法行为,为统计事业发展提供坚实的法治保障。"
        "2019年我局法治政府建设的主要工作有:\n"
        "(一)认真贯彻落实中央统计工作决策部署\n"
    )
    r = score_text(text)
    assert r.item("enforcement.qualification").status == "absent"
    assert r.item("report.measures-results").status == "covered"


def test_a_work_summary_announced_announces_the_measures_part():
    text = (
        "某区文化广电旅游局2023年法治政府建设年度报告\n"
        "某区文化广电旅游局始终坚持以习近平新时代中国特色社会主义思想为指导,加快推动法治政府建设。"
        "现将某区文化广电旅游局2023年依法治区工作总结报告如下。\n"
        "一、2023年度推进法治政府建设的主要举措和成效\n"
    )
    assert score_text(text).item("report.measures-results").status == "covered"


def test_intro_sentence_counts_when_the_excerpt_stops_at_the_first_heading():
    text = "2018年,我县深入推进依法行政。现将有关情况报告如下:\n一、2018年法治政府建设基本情况\n"
    assert score_text(text).item("report.measures-results").status == "covered"


def test_best_evidence_is_the_part_not_the_sentence_announcing_it():
    text = "2018年,我县深入推进依法行政。现将有关情况报告如下:\n一、主要举措和成效\n全年开展法治培训三次。\n"
    item = next(i for i in score_text(text).to_dict(evidence="best")["items"] if i["id"] == "report.measures-results")
    assert len(item["evidence"]) == 1 and item["evidence"][0]["part"] == "measures"


def test_a_report_listing_its_own_parts_covers_none_of_them():
    text = (
        "本报告包括工作开展情况、党政主要负责人履行推进法治建设第一责任人职责情况、存在的不足和2022年工作安排四个部分。\n"
        "一、工作开展情况\n全年开展法治培训三次。\n"
    )
    res = score_text(text)
    assert res.item("report.first-responsible").status == "absent"
    assert res.item("leadership.annual-plan").status == "absent"


def test_the_report_published_is_transparency_even_in_its_introduction():
    text = "现将本局2021年法治政府建设情况报告予以公开。\n一、工作开展情况\n全年开展法治培训三次。\n"
    assert score_text(text).item("oversight.transparency").status == "covered"


def test_an_introduction_run_into_the_first_headings_masks_only_itself():
    text = (
        "2022年,某局依法行政。现将我局2022年法治政府建设情况报告如下:一、主要工作(一)加强组织领导"
        "建立以局党组书记、局长为组长的法治建设工作领导小组,定期研究法治建设工作。\n"
    )
    assert score_text(text).item("leadership.party-leadership").status == "covered"


def test_a_title_run_into_the_opening_sentence_is_still_the_opening():
    """A copy site that dropped the line break keeps the title in the first sentence; its
    guiding-ideology summary still covers nothing."""
    head = "某省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持以习近平新时代中国特色社会主义思想为指导,"
    text = head + "拧紧行政决策、权力运行、执法监督链条,法治政府建设取得新成效。\n一、举措\n全年开展法治培训三次。\n"
    assert score_text(text).item("enforcement.supervision").status == "absent"


def test_the_reporting_formats_heading_of_subjects_covers_none_of_them():
    """(一)…,加强党对法治政府建设的领导,…等情况 is the format's list of what the part covers."""
    text = (
        "某县林草局2025年法治政府建设情况报告\n一、主要举措和成效\n"
        "(一)深入学习贯彻习近平法治思想,加强党对法治政府建设的领导,部门主要负责人履行法治建设第一责任人职责,"
        "加强法治政府建设等情况。\n一是全年开展普法活动12场。\n"
    )
    assert score_text(text).item("leadership.party-leadership").status == "absent"


def test_a_saved_pages_breadcrumb_is_not_report_text():
    text = (
        "您当前所在位置: 首页 > 政务公开 > 专题专栏 > 法治政府建设 >  正文\n"
        "青山县退役军人事务局2025年法治政府建设年度报告\n一、主要举措\n全年组织干部职工学法12次。\n"
    )
    res = score_text(text)
    assert res.item("oversight.transparency").status == "absent"
    assert res.metadata.issuer == "青山县退役军人事务局"


def test_a_saved_pages_metadata_table_is_not_report_text():
    """Its rows (索引号 | … | 发布机构 | …, 组配分类 | 法治政府建设年度报告和工作要点, 公开形式 | 主动公开)
    name the page's filing, not the year's plan or openness work."""
    table = (
        "> 政务公开 | > 信息公开目录 | > 法治政府建设年度报告和工作要点 |\n"
        "索引号 | 00248984X/2024-00185 | 文件编号 | 发布机构 | 青山市卫生健康委员会 | |\n"
        "成文日期 | 2024-01-31 | 主题分类 | 卫生 | 组配分类 | 法治政府建设年度报告和工作要点 |\n"
        "有效性 | 公开形式 | 主动公开 | 公开范围 | 面向全社会 |\n"
    )
    body = "青山市卫生健康委员会2023年法治政府建设年度报告\n一、主要举措\n全年组织干部职工学法12次。\n"
    res = score_text(table + body)
    assert res.item("leadership.annual-plan").status == "absent"
    assert res.item("oversight.transparency").status == "absent"
    assert res.item("capacity.staff-training").status == "covered"
    assert res.metadata.issuer == "青山市卫生健康委员会"


def test_a_saved_pages_metadata_run_together_on_one_line_is_not_report_text():
    """索 引 号:…发布机构:…信息类别:综合政务 公开范围:全部公开 — its 综合政务 公开 is no openness work."""
    text = (
        "青山镇2025年度法治政府建设年度报告\n"
        "索 引 号:qsz/2026-2158744 发布机构:青山镇 发文日期:2026-03-16 信息类别:综合政务 公开范围:全部公开 公开方式:政府网站\n"
        "2025年,我镇坚持依法行政。现将全年工作情况报告如下:\n一、主要做法和成效\n全年组织干部职工学法12次。\n"
    )
    res = score_text(text)
    assert res.item("oversight.transparency").status == "absent"
    assert res.item("capacity.staff-training").status == "covered"
    assert res.metadata.issuer == "青山镇人民政府"


def test_a_pages_bulleted_metadata_leaves_the_title_its_place():
    """Nine lines of a page's fields, one a line, before the title: the title is still the title, and
    the opening sentence below it (紧紧围绕…有关要求,锚定习近平法治思想核心要义) still boilerplate."""
    fields = "".join(
        f"  • {f}\n"
        for f in (
            "索引号:11371002MB2860928Q/2026-00027",
            "发布单位:青山市青山区卫生健康局",
            "内容分类:法治政府建设",
            "成文日期:2026-01-06",
            "公开方式:主动公开",
            "公开范围:面向全社会",
            "有效性/截止日期:",
            "文号:",
        )
    )
    text = (
        "首页\n>政府信息公开>法治政府建设\n" + fields + "\n青山区卫生健康局2025年度法治政府建设情况报告\n\n"
        "青山区卫生健康局紧紧围绕《青山区贯彻落实<法治政府建设实施纲要(2021-2025年)>实施方案》《2025年青山区法治政府建设"
        "工作计划》有关要求,锚定习近平法治思想核心要义,紧扣法治政府建设主线。现将有关情况报告如下。\n"
        "一、2025年推进法治政府建设的主要举措和成效\n全年组织干部职工学法12次。\n"
    )
    res = score_text(text)
    assert res.item("leadership.xi-thought").status == "absent"
    assert res.item("leadership.annual-plan").status == "absent"
    assert res.item("capacity.staff-training").status == "covered"
    assert res.metadata.issuer_source == "title"


def test_a_case_file_rated_an_exemplary_one_is_an_award_not_supervision():
    text = HEAD + "我委行政许可案卷在全市行政执法案卷评查暨“示范优案”评选活动中获评“示范优案”。\n"
    assert score_text(text).item("enforcement.supervision").status == "absent"
    held = HEAD + "开展行政执法案卷评查2次,评查案卷120卷。\n"
    assert score_text(held).item("enforcement.supervision").status == "covered"


def test_a_heading_on_its_own_line_is_not_joined_to_the_paragraph_below():
    """A web page puts the paragraph under a heading on its own line; joining them made the
    heading's words (学习) part of the paragraph's sentence (局党组 … → leader study)."""
    text = (
        "某局2022年法治政府建设情况报告\n"
        "一、深入学习宣传贯彻习近平法治思想,法治政府建设更加有力\n"
        "局党组高度重视法治建设,坚持高站位统筹谋划、高标准推进落实,把习近平法治思想贯彻落实到各方面。\n"
    )
    res = score_text(text)
    assert any(s.text.startswith("局党组") for s in res.structure.sentences)
    assert res.item("leadership.leader-study").status == "absent"
    # a heading wrapped over two lines is still one heading
    wrapped = "某局2022年法治政府建设情况报告\n一、深入学习宣传贯彻习近平法治思想,全面加强党对法治政府建设\n的领导\n全年开展法治培训三次。\n"
    assert any(s.text.endswith("法治政府建设的领导") for s in score_text(wrapped).structure.sentences)


def test_a_cover_letter_before_the_opening_sentence_keeps_it_the_opening():
    """A department's report sent up with a letter (metadata, 现将…随文上报, 特此报告, a date, the
    title again) still has its guiding-ideology summary recognised as the opening."""
    text = (
        "索引号: | 002564301/2025-00062 | 成文日期: | 2025-01-27 | 公开方式: | 主动公开 |\n"
        "中共某市委、某市人民政府:\n"
        "根据市委依法治市办通知要求,现将我局《2024年度交通运输法治政府建设工作总结》随文上报。\n"
        "特此报告。\n某市交通运输局\n2025年1月15日\n2024年度交通运输法治政府建设\n工作总结\n"
        "2024年某市交通运输局在市委、市政府的坚强领导下,笃学践行习近平法治思想,推进综合执法改革,"
        "交通依法行政水平持续提升。\n一、主要举措\n全年开展法治培训三次。\n"
    )
    res = score_text(text)
    assert res.item("leadership.xi-thought").status == "absent"
    assert res.item("enforcement.system-reform").status == "absent"


def test_a_report_addressed_to_the_congress_on_the_opening_line_is_reported_to_it():
    text = "青川市人民政府关于2024年度法治政府建设情况的报告\n市人大常委会: 2024年,我市坚持依法行政。\n一、举措\n全年开展法治培训三次。\n"
    assert score_text(text).item("oversight.npc-cppcc").status == "covered"


def test_a_report_read_to_the_congress_standing_committee_is_reported_to_it():
    """The members addressed with the secretary-general, or the meeting with its number misprinted, still tell it."""
    for head in (
        "主任、副主任、秘书长、各位委员:\n",
        "(2025年5月29日在青川市第十四届人民代表大会常务委员会第二十七会次会议上)\n",
    ):
        text = (
            "关于青川市2024年度法治政府建设情况的报告\n"
            + head
            + "2024年,我市坚持依法行政。\n一、举措\n全年开展法治培训三次。\n"
        )
        assert score_text(text).item("oversight.npc-cppcc").status == "covered", head


def test_a_demonstration_title_held_counts_even_in_the_opening_sentence():
    """巩固…示范县创建成果 states a fact inside the boilerplate opening; 以创建…为契机 does not."""
    held = "2025年,某县坚持以习近平法治思想为指导,不断巩固全省首批法治政府建设示范县创建成果,扎实推进各项工作。\n"
    aim = "2025年,某县坚持以习近平法治思想为指导,以创建全省法治政府建设示范县为契机,扎实推进各项工作。\n"
    tail = "一、主要举措和成效\n全年开展法治培训三次。\n"
    assert (
        score_text("某县2025年法治政府建设情况报告\n" + held + tail).item("leadership.demonstration").status
        == "covered"
    )
    assert (
        score_text("某县2025年法治政府建设情况报告\n" + aim + tail).item("leadership.demonstration").status == "absent"
    )


def test_an_opening_in_the_governments_leadership_without_a_year_is_still_boilerplate():
    """市文化广电旅游局在市委、市政府的领导下,…建立健全行政执法监督机制…: the summary, not work."""
    text = (
        "市委、市政府:\n市文化广电旅游局在市委、市政府的领导下,切实推进依法行政工作,强化依法行政意识、"
        "建立健全行政执法监督机制、加强执法队伍建设,全力推进法治政府建设各项工作。现将2024年法治政府建设工作情况汇报如下:\n"
        "一、主要举措\n全年开展法治培训三次。\n"
    )
    assert score_text(text).item("enforcement.supervision").status == "absent"


def test_firsts_and_counted_measures_in_a_provinces_opening_are_reported():
    """率先开展…先导区建设, 推出85项…改革事项 told in the opening are facts, as 率先设立… is."""
    text = (
        "某省2024年法治政府建设情况报告\n"
        "2024年,全省各级政府坚持以习近平新时代中国特色社会主义思想为指导,依法全面履行政府职能,"
        "率先开展涉外法律服务高质量发展先导区建设,推出85项年度营商环境改革事项。现将有关情况报告如下。\n"
        "一、主要举措\n全年开展法治培训三次。\n"
    )
    got = score_text(text)
    assert got.item("functions.business-env").status == "covered"
    assert got.item("disputes.legal-services").status != "absent"


def test_central_inspection_findings_rectified_under_a_rule_of_law_heading_are_inspection():
    """推进中央督察反馈意见共性问题全部整改落实 names no 法治; the heading over it does (an environmental
    inspection's findings would name their field)."""
    body = "1.高标准学习。召开全区大会。\n2.高强度落实。创新探索“1+2+N”督察调研工作法,推进中央督察反馈意见共性问题全部整改落实。\n"
    under = score_text(HEAD + "(一)以习近平法治思想为主线,法治政府建设内生动力进一步激发\n" + body)
    elsewhere = score_text(HEAD + "(一)加强生态环境保护\n" + body)
    assert under.item("leadership.inspection").status == "covered"
    assert elsewhere.item("leadership.inspection").status == "absent"


def test_a_demonstration_title_received_in_the_opening_is_reported():
    """获得"全省法治政府建设示范县"命名 told in the opening is a fact, as 被命名为… is."""
    text = (
        "某县2023年法治政府建设情况报告\n"
        "2023年,在县委、县政府的正确领导下,我县坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设各项工作,"
        "并获得“全省法治政府建设示范县”命名,法治政府建设取得了积极成效。现将有关工作报告如下:\n"
        "一、主要举措\n全年开展法治培训三次。\n"
    )
    assert score_text(text).item("leadership.demonstration").status == "covered"


def test_major_decisions_reviewed_under_a_legality_review_heading_are_that_procedure():
    """对重大行政决策…开展全流程审查1090件 names no 合法性; the heading over it (强化合法性审查) does."""
    body = "全年对重大行政决策、规范性文件、行政执法决定及镇村合同开展全流程审查1090件,覆盖率达100%。\n"
    under = score_text(HEAD + "(二)强化合法性审查\n" + body).item("decision.five-procedures")
    elsewhere = score_text(HEAD + "(二)加强安全生产管理\n" + body).item("decision.five-procedures")
    assert "legality-review" in under.elements and under.status == "partial"
    assert elsewhere.status == "absent"


def test_the_whole_staff_trained_in_a_section_on_the_law_is_staff_training():
    """组织全体职工培训学习 names no law; the section it stands in (深入普法教育, 提升依法行政意识) does."""
    body = "组织全体职工培训学习,并由局长亲自组织对学习的内容进行考试。\n"
    in_law = score_text(HEAD + "(二)深入普法教育,着力提升依法行政意识\n" + body)
    elsewhere = score_text(HEAD + "(二)加强安全生产管理\n" + body)
    assert in_law.item("capacity.staff-training").status == "covered"
    assert elsewhere.item("capacity.staff-training").status == "absent"


def test_the_line_studied_and_applied_in_the_opening_is_boilerplate():
    """2023年,市发展改革委深学笃用习近平法治思想,…: the summary every report opens with; the same
    thought studied in the body is work."""
    opening = (
        "青山市发展和改革委员会关于2023年法治政府建设情况的报告\n"
        "2023年,市发展改革委深学笃用习近平法治思想,对标落实市委全面依法治市工作会议部署要求,加快推进法治机关建设。\n"
        "一、切实履行第一责任人职责\n委主要领导对法治建设重要工作亲自部署。\n"
    )
    assert score_text(opening).item("leadership.xi-thought").status == "absent"
    studied = opening + "组织全委干部专题学习习近平法治思想3次。\n"
    assert score_text(studied).item("leadership.xi-thought").status == "covered"


def test_a_second_year_sentence_after_the_heading_reports_the_years_work():
    """The preamble opened with the year; the year's first sentence under the heading reports
    work (同考核, 第一责任人) unless it recites the guiding ideology again."""
    head = (
        "青山市海洋局2025年法治政府建设情况报告\n"
        "2025年,我局深入贯彻落实党中央关于法治政府建设的决策部署,扎实推进法治政府建设。现将有关情况报告如下:\n"
        "一、主要举措及成效\n"
    )
    work = "2025年,我局坚持把法治政府建设与中心工作同部署、同推进、同考核,严格落实党政主要负责人履行推进法治建设第一责任人职责,各项工作取得阶段性成效。\n"
    res = score_text(head + work)
    assert res.item("leadership.assessment").status == "covered"
    assert res.item("report.first-responsible").status == "covered"
    creed = "2025年,我局以习近平法治思想为指导,深入贯彻落实各项决策部署,法治政府建设取得阶段性成效。\n"
    assert score_text(head + creed).item("leadership.xi-thought").status == "absent"
    # without a year in the preamble, the first sentence under the heading is the opening
    bare = head.replace("2025年,我局深入贯彻落实党中央关于法治政府建设的决策部署,扎实推进法治政府建设。", "")
    assert score_text(bare + creed).item("leadership.xi-thought").status == "absent"


def test_a_ministrys_preamble_reports_the_meetings_it_held():
    """A ministry's preamble reporting its year: a meeting held to relay the line and the measures
    it deployed are facts, although the sentence names 重要讲话 (a boilerplate cue)."""
    text = (
        "某部2021年法治政府建设年度报告\n"
        "2021年,某部党组坚持以习近平法治思想统领法治建设。中央全面依法治国工作会议召开后,部党组及时召开会议"
        "传达学习习近平总书记重要讲话精神和会议要求,部署贯彻落实法治政府建设纲要的具体措施。\n"
        "一、推动构建完备的法规制度体系\n制定《某部2021年立法工作计划》。\n"
    )
    assert score_text(text).item("leadership.party-leadership").status == "covered"
    recited = text.replace("及时召开会议传达学习", "深入学习贯彻").replace(
        "部署贯彻落实法治政府建设纲要的具体措施", "认真落实决策部署"
    )
    assert score_text(recited).item("leadership.party-leadership").status == "absent"


def test_a_meeting_held_in_the_opening_sentence_still_counts():
    """A party committee's meeting on rule-of-law work told inside the re-opening summary
    (今年以来,我局坚持以…为指导,…,召开党委会专题研究法治工作,…) is a fact; the creed around it is not."""
    head = (
        "青山县公安局2024年法治政府建设情况报告\n"
        "2024年,我局深入贯彻法治政府建设实施纲要,认真落实各项工作任务。\n"
        "一、加强法治意识\n(一)强化理论学习。\n"
    )
    meeting = "今年以来,我局坚持以习近平新时代中国特色社会主义思想为指导,全面树立法治理念,召开党委会专题研究法治工作,营造良好氛围。\n"
    creed = "今年以来,我局坚持以习近平新时代中国特色社会主义思想为指导,全面树立法治理念,营造良好氛围。\n"
    assert score_text(head + meeting).item("leadership.party-leadership").status == "covered"
    res = score_text(head + creed)
    assert res.item("leadership.party-leadership").status == "absent"
    assert res.item("leadership.xi-thought").status == "absent"


def test_the_reporting_formats_list_heading_is_no_duty_part():
    """(一)深入学习习近平法治思想、党政主要负责人履行…第一责任人职责、加强法治政府建设等情况 lists
    what a section may cover; its body is the principal's duty only where it says so."""
    text = (
        "青山区人民政府2024年度法治政府建设情况报告\n一、2024年度法治政府建设的主要举措和成效\n"
        "(一)深入学习习近平法治思想、党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设等情况\n"
        "一是学思践悟。开展习近平法治思想宣讲活动80余场次。\n"
    )
    assert score_text(text).item("report.first-responsible").status == "absent"
    duty = "青山区2024年法治政府建设情况报告\n一、党政主要负责人履行推进法治建设第一责任人职责情况\n区长主持召开常务会议。\n"
    assert score_text(duty).item("report.first-responsible").status == "covered"


def test_a_report_addressed_to_the_congress_members_is_reported_to_it():
    """A report delivered at the people's congress standing committee: the meeting line is broken
    over two lines; the address to its members (主任、各位副主任、委员:) still says where it went."""
    text = (
        "青山旗人民政府2024年度法治政府建设情况报告\n2025年3月17日在青山旗第十六届人民代表大会\n"
        "常务委员会第二十四次会议上\n主任、各位副主任、委员:\n根据会议安排,现将我旗2024年法治政府建设情况报告如下:\n"
        "一、重点工作开展情况\n全年开展法治培训三次。\n"
    )
    assert score_text(text).item("oversight.npc-cppcc").status == "covered"


def test_public_participation_named_by_who_is_consulted():
    """The five decision procedures: consulting residents or all sides is public participation
    (广泛征求居民意见, 广泛听取各方面的意见建议), beside the expert review named with it."""
    text = (
        "青山街道2024年法治政府建设情况报告\n一、主要举措和成效\n"
        "作出重大行政决策,广泛征求居民意见,组织专家论证会与风险评估。\n"
    )
    it = score_text(text).item("decision.five-procedures")
    assert set(it.elements) == {"public-participation", "expert-argumentation", "risk-assessment"}
    other = "青山街道2024年法治政府建设情况报告\n一、主要举措和成效\n作出重大行政决策,组织专家论证会与风险评估。\n"
    assert "public-participation" not in score_text(other).item("decision.five-procedures").elements


def test_a_cover_letter_or_contents_list_of_the_report_covers_none_of_its_parts():
    """A cover letter says what the report it sends covers (我局全面总结…第一责任人职责情况,…拟写了
    《…报告》), and an introduction lists the parts (全文包括…): neither is the work itself."""
    letter = (
        "关于报送《青山区财政局2023年度法治政府建设情况报告》的报告\n青山区法治政府建设工作领导小组办公室:\n"
        "根据有关工作要求,我局全面总结2023年度法治政府建设基本情况和党政主要负责人履行推进法治建设第一责任人职责情况,"
        "拟写了《青山区财政局2023年度法治政府建设情况报告》,请审阅。\n"
        "全文包括2023年度法治政府建设基本情况、党政主要负责人严格履行推进法治建设第一责任人职责情况和2024年度主要工作设想。\n"
    )
    assert score_text(letter).item("report.first-responsible").status == "absent"
    done = letter + "一、主要举措\n局主要负责人切实履行推进法治建设第一责任人职责,专题研究法治工作3次。\n"
    assert score_text(done).item("report.first-responsible").status == "covered"


def test_a_first_achieved_in_the_opening_sentence_counts():
    """The opening sentence is boilerplate clause by clause, but a clause telling a first achieved
    (率先制定…规定) or a centre built is a fact, as a title won already was."""
    text = (
        "2024年,市司法局坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实党的二十大精神,"
        "率先制定行政机关负责人参加行政复议听证规定,建成市多元解纷中心,各项工作取得明显成效。\n"
        "一、主要工作\n全年开展法治培训三次。\n"
    )
    report = score_text(text)
    assert report.item("disputes.reconsideration").status != "absent"
    assert report.item("disputes.mediation").status != "absent"
    boilerplate = "2024年,市司法局坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实行政复议工作部署,各项工作取得明显成效。\n"
    assert (
        score_text(boilerplate + "一、主要工作\n全年开展法治培训三次。\n").item("disputes.reconsideration").status
        == "absent"
    )


def test_a_county_that_calls_itself_county_government_is_named_by_its_own_rules_title():
    """Set CB: a county government's report says only 县人民政府 and names itself in the title of the
    study rules it made (制定了《…县人民政府常务会会前学法制度》), as a county naming itself in its own
    plan's title already was; a city's rules it follows (按照《…市…》) name no issuer."""
    text = (
        "现将县人民政府2022年法治政府建设工作情况报告如下。\n一、主要成效\n"
        "县人民政府领导班子带头开展学法,制定了《青山县人民政府常务会会前学法制度》,全年会前学法12次。\n"
    )
    assert score_text(text).metadata.issuer == "青山县人民政府"
    other = text.replace("制定了《青山县人民政府", "按照《青山市人民政府")
    assert score_text(other).metadata.issuer != "青山市人民政府"


def test_a_demonstration_title_named_in_the_opening_counts():
    """Set CB: the opening sentence is boilerplate, but a title conferred there (…命名为省级法治政府
    建设示范县) or its re-examination passed is a fact, as a title won there already was."""
    text = (
        "某县2022年法治政府建设情况报告\n2022年,县政府全面落实法治政府建设部署要求,2019年经省委依法治省办命名为"
        "省级法治政府建设示范县,2022年顺利通过示范县复查。\n一、主要举措\n全年开展法治培训三次。\n"
    )
    assert score_text(text).item("leadership.demonstration").status == "covered"


def test_an_addressee_line_is_not_the_report_naming_itself():
    """Set CC: a city's report addressed 省政府、市委、市人大: begins with 省政府 — the addressee, not the
    report calling itself the provincial government; the one province it mentions is not its
    issuer, and the city it names through its own documents is."""
    text = (
        "省政府、市委、市人大:\n2018年,我市以《江西省法治政府建设实施方案》为统领,深入推进依法行政。\n"
        "一、依法全面履行政府职能\n市政府下发了《青山市人民政府关于承接落实行政权力事项的通知》,"
        "制定了《青山市政务服务事项流程再造工作方案》。\n"
    )
    assert score_text(text).metadata.issuer == "青山市人民政府"


def test_a_unit_named_as_its_peoples_is_not_its_work():
    """区司法局行政执法监督科工作人员参加业务培训: the unit is named for whose staff were trained, not
    for supervision done (a precision probe of 25 sentences naming topics without doing them)."""
    assert _status("区司法局行政执法监督科工作人员参加业务培训。", "enforcement.supervision") == "absent"
    assert _status("行政执法监督科开展案卷评查,评查案卷120卷。", "enforcement.supervision") == "covered"


@pytest.mark.parametrize(
    "body",
    [
        "执法力量不足,这与机构改革后人员尚未配齐有关。",
        "执法力量不足,由于机构改革后人员尚未配齐,导致执法检查覆盖面不够。",
        "执法力量不足,受机构改革影响,人员尚未配齐。",
    ],
)
def test_a_cause_given_in_other_words_is_the_shortcomings_cause(body):
    """The shortcomings' second element, their causes, given without the word 原因: 与…有关, 由于…
    导致, 受…影响 (a probe of the shortcomings part: three of nine were read without causes)."""
    head = (
        "某区人民政府关于2022年度法治政府建设情况的报告\n一、主要举措和成效\n全年审核规范性文件12件。\n二、存在的问题\n"
    )
    got = score_text(head + body + "\n").item("report.shortcomings")
    assert (got.status, got.elements) == ("covered", ("shortcomings", "causes"))


@pytest.mark.parametrize(
    "body,element",
    [
        ("在门户网站公示执法主体、执法人员、执法职责等信息。", "publicity"),
        ("行政处罚决定信息在7个工作日内向社会公示。", "publicity"),
        ("通过文字记录和音像记录对执法全过程进行记录。", "full-record"),
        ("执法过程全程留痕、可回溯管理。", "full-record"),
        ("法制审核人员对重大执法决定进行审核把关。", "legal-review"),
    ],
)
def test_each_of_the_three_systems_in_other_words(body, element):
    """The three enforcement systems' elements written another way (a probe of nine such
    sentences read five without their element): the enforcers and decisions published, the
    record of the whole process, the reviewer named before the decision."""
    got = _status_elements(body, "enforcement.three-systems")
    assert got == ("partial", (element,))


def _status_elements(body: str, item: str) -> tuple[str, tuple[str, ...]]:
    got = score_text(HEAD + body + "\n").item(item)
    return got.status, got.elements


@pytest.mark.parametrize(
    "heading,body,expected",
    [
        ("（三）推进科学民主依法决策", "全年召开听证会3场,广泛听取群众意见。", "partial"),
        ("（三）推进科学民主依法决策", "区政府常务会议集体讨论决定事项26项。", "partial"),
        ("（三）推进科学民主依法决策", "在作出决策前组织专家学者进行论证,开展社会稳定风险评估。", "partial"),
        # a section on carrying out the central leadership's decisions is not about decision-making
        ("（一）深入贯彻落实党中央决策部署", "全年召开听证会3场,广泛听取群众意见。", "absent"),
    ],
)
def test_a_procedure_in_a_section_on_decision_making_is_one_of_the_five(heading, body, expected):
    """One statutory procedure named in a section on decision-making, the heading giving the
    context the sentence leaves out (the new inside rule; a probe of four such sentences read
    none); the experts named (专家学者…论证) are expert argumentation."""
    text = "某区人民政府关于2022年度法治政府建设情况的报告\n一、主要举措和成效\n" + heading + "\n" + body + "\n"
    assert score_text(text).item("decision.five-procedures").status == expected


@pytest.mark.parametrize(
    "heading,expected",
    [("（一）深入学习贯彻习近平法治思想", "covered"), ("（一）加强党的政治建设", "absent")],
)
def test_study_sessions_counted_under_a_heading_on_the_thought_are_leader_study(heading, expected):
    """The leadership's study sessions counted in a section on the thought, the heading giving what
    was studied (分局党委理论学习中心组专题学习10次 under a heading on the thought)."""
    text = (
        "某区2024年法治政府建设情况报告\n一、主要举措和成效\n"
        + heading
        + "\n全年分局党委理论学习中心组专题学习10次。\n"
    )
    assert score_text(text).item("leadership.leader-study").status == expected


@pytest.mark.parametrize(
    "heading,expected",
    [("（四）加强合法性审查", "covered"), ("（四）加强规范性文件清理", "absent")],
)
def test_documents_counted_under_a_heading_on_legality_review_were_reviewed(heading, expected):
    """A count of normative documents under a heading on legality review, the heading giving what
    was done with them (完成18件行政规范性文件和代拟稿 under （四）加强合法性审查)."""
    text = "某部2021年法治政府建设年度报告\n一、主要举措和成效\n" + heading + "\n完成18件行政规范性文件和代拟稿。\n"
    assert score_text(text).item("rules.normdoc-review").status == expected


@pytest.mark.parametrize(
    "body,elements",
    [
        (
            "对《某区城市更新规划》等3项重大行政决策,均召开听证会、组织专家咨询、开展社会稳定风险评估,"
            "经合法性审核后提交区政府常务会议审议通过。",
            (
                "public-participation",
                "expert-argumentation",
                "risk-assessment",
                "legality-review",
                "collective-discussion",
            ),
        ),
        ("重大决策事项经区政府党组会议、常务会议审议决定。", ("collective-discussion",)),
    ],
)
def test_the_collective_decision_named_by_its_meeting(body, elements):
    """The collective decision is written as the meeting that took it (提交区政府常务会议审议通过,
    经党组会议、常务会议审议决定): a probe of nine sentences on the procedures found the rest."""
    assert set(_status_elements(body, "decision.five-procedures")[1]) == set(elements)


def test_decisions_made_public_within_the_time_set_are_enforcement_publicity():
    """The publicity element written as the guideline sets it: results public within 7 working days."""
    body = "行政许可、行政处罚结果在作出决定之日起7个工作日内向社会公开。"
    assert _status_elements(body, "enforcement.three-systems") == ("partial", ("publicity",))


def test_a_meeting_reviewing_a_plan_is_no_decision_procedure():
    """The meeting counts only in a sentence about decisions: 决策部署 carried out is none."""
    body = "区政府常务会议审议通过《某区2023年法治政府建设工作要点》,贯彻落实上级决策部署。"
    assert _status_elements(body, "decision.five-procedures") == ("absent", ())


DEPARTMENT_HEAD = "某市市场监督管理局2022年法治政府建设年度报告\n一、主要举措和成效\n"
TOWNSHIP_HEAD = "某某镇人民政府关于2022年度法治政府建设情况的报告\n一、主要举措和成效\n"
PROVINCE_HEAD = "某某省人民政府关于2022年法治政府建设情况的报告\n一、主要举措和成效\n"
SECTOR_HEAD = "某市生态环境局2022年法治政府建设年度报告\n一、主要举措和成效\n"
MINISTRY_HEAD = "某某部2022年法治政府建设年度报告\n一、主要举措和成效\n"
POLICE_HEAD = "某市公安局2022年法治政府建设年度报告\n一、主要举措和成效\n"
STREET_HEAD = "某某街道2022年法治政府建设年度报告\n一、主要举措和成效\n"

#: Sentences as reports of each kind write them (bench/probes: each group a probe set or part of
#: one, with how many were read right before its rules), and the status each must get.
PROBE_CASES = [
    # Ways a report's body states the work of items that openings rarely reach, in the Outlines'
    # words or turned round (found by probing 117 sentences written as reports write them; the
    # development set and held-out openings had none): relatively concentrated licensing, the
    # certificates themselves cut, enforcement powers delegated to streets, village legal advisers
    # with the community in brackets.
    (HEAD, "深入推进相对集中行政许可权改革,将132项许可事项划转至行政审批局。", "functions.approval-reform", "covered"),
    (HEAD, "清理取消各类证明材料37项。", "functions.notify-commit", "covered"),
    (HEAD, "向街道下放行政执法事项82项。", "enforcement.system-reform", "covered"),
    (HEAD, "推进行政执法权限和力量向基层延伸和下沉。", "enforcement.system-reform", "covered"),
    (HEAD, "实现村(社区)法律顾问全覆盖,为群众提供法律咨询5600余人次。", "disputes.legal-services", "covered"),
    (HEAD, "实现村（居）法律顾问全覆盖。", "disputes.legal-services", "covered"),
    # A second probe of 81 body sentences (the first's misses written into rules): the one-seal
    # approval bureau, credit-risk classes, a regulation's post-enactment evaluation (and not as a
    # decision's), decision accountability without "lifetime", enforcement evaluated, policies
    # explained, staff qualified as lawyers, an examination in rule-of-law theory.
    (HEAD, "推行“一枚印章管审批”,实现审批服务集中办理。", "functions.approval-reform", "covered"),
    (HEAD, "实施企业信用风险分类管理,对高风险企业加大抽查比例。", "functions.market-regulation", "covered"),
    (HEAD, "开展《某某市物业管理条例》立法后评估。", "rules.legislation", "covered"),
    (HEAD, "开展《某某市物业管理条例》立法后评估。", "decision.post-evaluation", "absent"),
    (HEAD, "落实重大决策责任追究制度,对决策严重失误的依法追责。", "decision.accountability", "covered"),
    (HEAD, "开展行政执法评议考核,考核结果纳入部门绩效考核。", "enforcement.supervision", "covered"),
    (HEAD, "全年召开新闻发布会26场,做好重要政策解读。", "oversight.transparency", "covered"),
    (HEAD, "全区新招录的法治工作人员中具有法律职业资格的占60%。", "capacity.legal-team", "covered"),
    (HEAD, "组织国家工作人员参加年度法治理论知识考试,参考率100%。", "capacity.staff-training", "covered"),
    # A probe of 44 sentences as a department's report writes them: the major penalty decisions
    # reviewed (one of the three systems), its own case files checked, the Administrative Penalty
    # Law's first-offence rule applied.
    (DEPARTMENT_HEAD, "重大行政处罚决定全部经过法制审核。", "enforcement.three-systems", "partial"),
    (DEPARTMENT_HEAD, "开展行政处罚案卷自查,整改问题12个。", "enforcement.supervision", "covered"),
    (DEPARTMENT_HEAD, "对首次违法且危害后果轻微并及时改正的,依法不予行政处罚。", "enforcement.lenient", "covered"),
    # A probe of 25 sentences as a township's report writes them (18 covered before): the law taken
    # to the villages, neighbours' disputes settled, a legal adviser for every village, the service
    # centre's one-stop counter. (村务公开, 四议两公开 and a 民主法治示范村 title are the villages' self-government,
    # not the government's openness, decisions or demonstration.)
    (TOWNSHIP_HEAD, "开展“法律进村居”活动,发放宣传资料5000余份。", "society.pufa", "covered"),
    (TOWNSHIP_HEAD, "发挥“村两委”和网格员作用,及时化解邻里纠纷。", "disputes.mediation", "covered"),
    (TOWNSHIP_HEAD, "每个村配备一名法律顾问,每月到村坐班服务。", "disputes.legal-services", "covered"),
    (TOWNSHIP_HEAD, "镇便民服务中心实现“一站式”服务,办理各类事项2600余件。", "functions.approval-reform", "covered"),
    # A probe of 25 sentences as a province's report writes them (22 covered before): the 2021
    # Outline's enforcement coordination-and-supervision system, the year's key work issued as the
    # plan, a business-environment regulation's measures.
    (PROVINCE_HEAD, "建立省市县乡四级全覆盖的行政执法协调监督工作体系。", "enforcement.supervision", "covered"),
    (PROVINCE_HEAD, "制定全省法治政府建设年度重点工作,明确42项任务和责任分工。", "leadership.annual-plan", "covered"),
    (PROVINCE_HEAD, "出台《某某省优化营商环境条例》配套措施。", "functions.business-env", "covered"),
    # A second precision probe (21 sentences naming topics without doing them, 17 right before): a
    # unit's head or people attending a meeting, two bodies listed as the units attending, a
    # leader's directive quoted from a speech, 互联网+ as a way of publicising.
    (HEAD, "区行政复议局局长参加全市法治工作会议。", "disputes.reconsideration", "absent"),
    (HEAD, "区信访局、区司法局等部门负责人参加会议。", "disputes.petition", "absent"),
    (HEAD, "区长在讲话中强调,要充分发挥行政复议化解行政争议的主渠道作用。", "disputes.reconsideration", "absent"),
    (HEAD, "通过“互联网+”方式开展普法宣传。", "digital.platforms", "absent"),
    (HEAD, "区法律援助中心工作人员深入社区开展法律援助。", "disputes.legal-services", "covered"),
    (
        HEAD,
        "区委常委会会议专题研究法治政府建设,区委书记在讲话中强调要抓好落实。",
        "leadership.party-leadership",
        "covered",
    ),
    # A sentence of the results part that only says what is planned or aimed at (计划开展, 力争, 年内将, 拟出台)
    # is a plan, as 将继续… and 拟于… already were.
    (HEAD, "计划开展行政执法案卷评查。", "enforcement.supervision", "planned"),
    (HEAD, "力争创建省级法治政府建设示范区。", "leadership.demonstration", "planned"),
    (HEAD, "年内将完成规范性文件清理工作。", "rules.normdoc-cleanup", "planned"),
    (HEAD, "拟出台重大行政决策事项目录管理办法。", "decision.catalogue", "planned"),
    (HEAD, "拟定了行政裁量权基准实施办法。", "enforcement.discretion", "covered"),
    # (…but 拟出台的… only names the drafts a review was done on: 对拟出台的…政策措施全部开展公平竞争审查)
    (HEAD, "对拟出台的涉及经营主体经济活动的政策措施全部开展公平竞争审查。", "functions.business-env", "covered"),
    (HEAD, "争取到省级法治政府建设示范创建试点。", "leadership.demonstration", "covered"),
    # A probe of 28 sentences as sector bureaus' reports write them (20 right before): the quality
    # of enforcement assessed and its faults pursued, the law taken to schools and publicised on a
    # sector's day, a positive list sparing inspections, a sector's kind of emergency handled.
    (SECTOR_HEAD, "开展执法质量考评,对全局执法办案情况进行常态化监督。", "enforcement.supervision", "covered"),
    (SECTOR_HEAD, "落实执法过错责任追究制度,对执法过错案件依法追责。", "enforcement.supervision", "covered"),
    (SECTOR_HEAD, "开展“送法进校园”活动,法治副校长授课80余场。", "society.pufa", "covered"),
    (SECTOR_HEAD, "结合“6·26”国际禁毒日开展禁毒法律宣传。", "society.pufa", "covered"),
    (SECTOR_HEAD, "建立生态环境监管执法正面清单,实施差异化监管。", "enforcement.lenient", "covered"),
    (SECTOR_HEAD, "对列入正面清单的企业减少现场检查频次。", "enforcement.lenient", "covered"),
    (SECTOR_HEAD, "依法处置突发环境事件2起。", "emergency.response", "covered"),
    (SECTOR_HEAD, "街道未发生一起重大安全事故、突发环境事件以及食品药品安全事故。", "emergency.response", "absent"),
    # A third probe of a district's body (30 sentences, 23 right before) on the items the first two
    # reached least: a reprimand, the year's decisions fixed and published, the one national list
    # and the barriers it removes, the faults the linkage prevents, a decision's legality examined,
    # citizens invited to supervise.
    (HEAD, "开展作风建设专项整治,对履职不力的单位进行通报批评。", "oversight.accountability", "covered"),
    (HEAD, "经区政府常务会议审议,确定年度重大行政决策事项5项并向社会公布。", "decision.catalogue", "covered"),
    (HEAD, "全面落实“全国一张清单”管理模式,清理违规设立的准入门槛。", "functions.negative-list", "covered"),
    (HEAD, "开展市场准入壁垒清理整治行动。", "functions.negative-list", "covered"),
    (HEAD, "完善案件移送标准和程序,杜绝有案不移、以罚代刑。", "enforcement.criminal-linkage", "covered"),
    (HEAD, "区政府法律顾问对重大行政决策事项进行合法性论证。", "decision.legality-review", "covered"),
    (HEAD, "聘请特邀监督员,对政府工作进行监督。", "oversight.social", "covered"),
    # A probe of 23 sentences on the items openings hold (18 right before): the thought put into a
    # training (the audience role had masked it), leaders' law lectures and a standing meeting
    # studying a law by its title, the year's tasks deployed at a rule-of-law meeting, an online law
    # quiz for the staff.
    (HEAD, "将习近平法治思想纳入干部教育培训必修课。", "leadership.xi-thought", "covered"),
    (HEAD, "举办领导干部法治讲座,邀请高校教授讲解《行政复议法》。", "leadership.leader-study", "covered"),
    (HEAD, "区政府常务会议专题学习《中华人民共和国行政处罚法》。", "leadership.leader-study", "covered"),
    (HEAD, "召开全区法治政府建设工作会议,部署全年工作任务。", "leadership.annual-plan", "covered"),
    (HEAD, "组织全区公职人员参加“宪法法律知识”网上答题。", "capacity.staff-training", "covered"),
    # A probe of 26 sentences as a ministry's report writes them (23 right before): its own rules
    # (部门规章) made and filed, four or five of the statutory procedures named together.
    (MINISTRY_HEAD, "制定部门规章5件,修改部门规章3件,废止部门规章2件。", "rules.legislation", "covered"),
    (MINISTRY_HEAD, "向国务院报送部门规章备案5件,均按时报备。", "rules.normdoc-filing", "covered"),
    (
        MINISTRY_HEAD,
        "起草重大政策文件时,严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序。",
        "decision.five-procedures",
        "covered",
    ),
    (
        MINISTRY_HEAD,
        "规范性文件制定严格履行公开征求意见、合法性审核、集体审议程序。",
        "decision.five-procedures",
        "absent",
    ),
    # A fourth probe of a district's body (18 sentences, 15 right before): services on the phone and
    # electronic case files as digital platforms, a standing arrangement with the police as the
    # enforcement–justice linkage.
    (HEAD, "推行“掌上办”“指尖办”,开发移动端办事应用。", "digital.platforms", "covered"),
    (HEAD, "建设电子卷宗系统,实现执法案卷电子化管理。", "digital.platforms", "covered"),
    (HEAD, "与公安机关建立联席会议制度,定期通报案件情况。", "enforcement.criminal-linkage", "covered"),
    # A precision probe of the session's own new rules (11 of 16 right once they were written): a
    # reprimand that did not happen (the none-occurred role now takes 未发生…情况), staff studying
    # publicity material (法律宣传 counts as publicity done, not read), a discipline body's 廉政监督员 (not
    # the public supervising).
    (HEAD, "全区未发生被上级通报批评的情况。", "oversight.accountability", "absent"),
    (HEAD, "组织机关干部学习法律宣传资料。", "society.pufa", "absent"),
    (HEAD, "区纪委监委聘请廉政监督员对干部作风进行监督。", "oversight.social", "absent"),
    # A 2017 city's report (the 2015 Outline; 25 of 26 right before): the joint rewards and
    # penalties written out.
    (HEAD, "建立守信联合激励和失信联合惩戒机制。", "functions.market-regulation", "covered"),
    # A police bureau's, a development zone's and a 2020 city's reports (64 sentences, 59 right
    # before): the year-end report named before the duty, officials sanctioned, a new way of
    # approving, licensing items cut written number-first, a comprehensive enforcement bureau set up
    # with the powers it took over listed, the law taken to an industrial park.
    (POLICE_HEAD, "各派出所所长在年终述职中专题报告履行法治建设职责情况。", "leadership.shufa", "covered"),
    (POLICE_HEAD, "开展执法突出问题专项整治,对2名违规民警给予党纪政务处分。", "oversight.accountability", "covered"),
    (HEAD, "全面推行“拿地即开工”审批模式,23个项目实现拿地即开工。", "functions.approval-reform", "covered"),
    (HEAD, "市级行政许可事项由426项精简至208项。", "functions.approval-reform", "covered"),
    (HEAD, "成立综合行政执法局,集中行使城市管理、生态环境等领域行政处罚权。", "enforcement.system-reform", "covered"),
    (HEAD, "开展“法治进园区”活动,为企业员工举办法治讲座15场。", "society.pufa", "covered"),
    # (controls: a sanction that did not happen, the sanctions' regulation studied, a bureau's
    # later work, an approval mode only planned)
    (POLICE_HEAD, "全年未发生民警受到党纪政务处分的情况。", "oversight.accountability", "absent"),
    (HEAD, "组织学习《中国共产党纪律处分条例》。", "oversight.accountability", "absent"),
    (HEAD, "综合行政执法局成立以来,共查处违法案件120件。", "enforcement.system-reform", "absent"),
    (HEAD, "下一步将推行并联审批模式。", "functions.approval-reform", "planned"),
    # A fourth naming-only set (20 sentences, 15 right before): a law without its title marks as a
    # lecture's subject, a law's film watched, what a speech was about, a deficiency stated in the
    # results part without the shortcomings' cues (new mention role `deficiency`).
    (HEAD, "邀请市司法局专家围绕新修订的行政复议法作专题辅导。", "disputes.reconsideration", "absent"),
    (HEAD, "组织干部职工观看《行政复议法》宣传片。", "disputes.reconsideration", "absent"),
    (HEAD, "区市场监管局局长在会上就优化营商环境作表态发言。", "functions.business-env", "absent"),
    (HEAD, "数字政府建设相对滞后,信息化平台整合不够。", "digital.platforms", "absent"),
    # (controls: the work itself; a deficiency remedied is work; a cause in the deficiency's words
    # still gives the causes)
    (HEAD, "开发建设行政复议案件办理平台,实现网上申请。", "digital.platforms", "covered"),
    (HEAD, "针对执法力量不足问题,推进执法力量向基层下沉。", "enforcement.system-reform", "covered"),
    # A 2025 district's body in the newest words (提升行政执法质量三年行动, 高效办成一件事, the
    # reconsideration law as revised, 行政执法监督条例, 民营经济促进法; 22 of 23 right before): arrears
    # named with whom they are owed, a promise to investors kept (government integrity).
    (HEAD, "开展政府拖欠企业账款清理,化解欠款2.3亿元。", "oversight.integrity", "covered"),
    (HEAD, "兑现招商引资承诺奖补资金1.2亿元。", "oversight.integrity", "covered"),
    # The principal leader by every level's title (a probe of 14 sentences, 6 right before): a
    # province's, a ministry's, a prefecture's, a banner's, a region's and a town's head — and a
    # deputy, a party department's head or a CPPCC chairman is none (副县长带头听取…汇报 was read as
    # the principal's duty).
    (PROVINCE_HEAD, "省长主持召开省政府常务会议专题研究法治政府建设工作3次。", "report.first-responsible", "covered"),
    (MINISTRY_HEAD, "部长主持召开部务会议,专题听取法治政府建设工作汇报。", "report.first-responsible", "covered"),
    (HEAD, "州长主持召开州政府常务会议研究法治政府建设工作。", "report.first-responsible", "covered"),
    (HEAD, "旗长主持召开旗政府常务会议专题研究依法行政工作。", "report.first-responsible", "covered"),
    (
        PROVINCE_HEAD,
        "自治区主席主持召开自治区人民政府常务会议,审议法治政府建设年度报告。",
        "report.first-responsible",
        "covered",
    ),
    (TOWNSHIP_HEAD, "乡长亲自部署法治政府建设工作,多次听取工作汇报。", "report.first-responsible", "covered"),
    (MINISTRY_HEAD, "署长多次对法治建设作出批示。", "report.first-responsible", "covered"),
    (PROVINCE_HEAD, "省长对法治政府建设作出批示,要求各地各部门抓好落实。", "report.first-responsible", "covered"),
    (HEAD, "副县长带头听取法治政府建设工作汇报。", "report.first-responsible", "absent"),
    (HEAD, "副区长主持召开区政府专题会议研究行政复议工作。", "report.first-responsible", "absent"),
    (HEAD, "区委常委、宣传部部长主持召开普法工作会议。", "report.first-responsible", "absent"),
    (PROVINCE_HEAD, "自治区政协主席主持召开专题协商会议。", "report.first-responsible", "absent"),
    # Other administrative levels' bodies (18 sentences, 14 right before): a league's or
    # prefecture's rule-of-law commission, a demonstration banner, the township head 苏木达, a
    # village's adviser by the village's other name (嘎查); a firm's or the government's adviser is
    # no village's.
    (HEAD, "盟委全面依法治盟委员会召开会议,审议年度工作要点。", "leadership.party-leadership", "covered"),
    (TOWNSHIP_HEAD, "苏木达主持召开专题会议研究法治建设工作。", "report.first-responsible", "covered"),
    (HEAD, "积极创建全区法治政府建设示范旗。", "leadership.demonstration", "covered"),
    (HEAD, "实现嘎查村法律顾问全覆盖。", "disputes.legal-services", "covered"),
    (HEAD, "聘请企业法律顾问参与合同审查。", "disputes.legal-services", "absent"),
    (HEAD, "区政府法律顾问参与重大决策论证。", "disputes.legal-services", "absent"),
    # Sector departments' words for their own work (20 sentences, 18 right before; a plan put
    # through three named procedures is left undecided): supervision graded by credit risk.
    (DEPARTMENT_HEAD, "运用信用风险分类结果开展差异化监管。", "functions.market-regulation", "covered"),
    (DEPARTMENT_HEAD, "对重点行业实施分级分类监管。", "functions.market-regulation", "covered"),
    # The items probed least (36 sentences, 31 right before): decision accountability in the
    # Outline's words, decisions evaluated by how long they have run, hidden market barriers, what
    # the media exposed looked into, powers counted without 事项.
    (
        HEAD,
        "对决策严重失误或者依法应当及时作出决策而久拖不决造成重大损失的,严格追究有关人员责任。",
        "decision.accountability",
        "covered",
    ),
    (HEAD, "委托第三方机构对已实施满三年的重大行政决策开展评估。", "decision.post-evaluation", "covered"),
    (HEAD, "清理市场准入隐性壁垒,排查问题12个。", "functions.negative-list", "covered"),
    (HEAD, "对媒体曝光问题及时核查整改,回复率100%。", "oversight.social", "covered"),
    (HEAD, "梳理区级部门行政职权4216项并向社会公布。", "functions.power-lists", "covered"),
    (HEAD, "全年未发生被媒体曝光的负面舆情事件。", "oversight.social", "absent"),
    # Two whole reports written as a department's and a town's (each item's verdict read in
    # context): people's visits received without the word 信访 are petition work; a visiting firm
    # or delegation is not.
    (TOWNSHIP_HEAD, "镇领导每周轮流接待来访群众,全年接待群众来访89批次。", "disputes.petition", "covered"),
    (TOWNSHIP_HEAD, "全年接待群众来访89批次。", "disputes.petition", "covered"),
    (TOWNSHIP_HEAD, "热情接待来访企业,帮助解决实际困难。", "disputes.petition", "absent"),
    # …and a province's: rules filed first, then named.
    (PROVINCE_HEAD, "报国务院备案规章12件,报备率、及时率、规范率均达100%。", "rules.normdoc-filing", "covered"),
    # …and a 2018 county's: a law lecture for the leaders alone is their study, not the staff's
    # training (it was both); for the whole staff it is training.
    (HEAD, "举办全县领导干部法治专题讲座2期。", "capacity.staff-training", "absent"),
    (HEAD, "举办全县领导干部法治专题讲座2期。", "leadership.leader-study", "covered"),
    (HEAD, "举办全县干部职工法治专题讲座2期。", "capacity.staff-training", "covered"),
    # …and a 2021 sector department's: the enforcers' own faults found and corrected.
    (SECTOR_HEAD, "针对执法中存在的问题,开展执法稽查,纠正执法问题32个。", "enforcement.supervision", "covered"),
    # …and a street office's WeChat article: the communities' advisers, however their appointment
    # is put, are legal services and no government adviser.
    (STREET_HEAD, "11个社区全部配备法律顾问。", "disputes.legal-services", "covered"),
    (STREET_HEAD, "11个社区全部配备法律顾问。", "decision.legal-advisers", "absent"),
    (STREET_HEAD, "街道聘请法律顾问1名,审查合同12份。", "decision.legal-advisers", "covered"),
    # …and a ministry's: the rules made and their filing told in clauses of one sentence (a body's
    # internal 规章制度 filed is none).
    (
        MINISTRY_HEAD,
        "全年制定修订部门规章6件,废止部门规章2件,全部按规定报国务院备案。",
        "rules.normdoc-filing",
        "covered",
    ),
    (MINISTRY_HEAD, "完善内部规章制度,并报上级主管部门备案。", "rules.normdoc-filing", "absent"),
    # …and a 2025 county's: the national enforcement-quality campaign completed, inspections of
    # firms joined into one (综合查一次).
    (HEAD, "圆满完成提升行政执法质量三年行动计划各项任务。", "enforcement.supervision", "covered"),
    (HEAD, "推行“综合查一次”联合执法检查,涉企检查次数下降38%。", "functions.market-regulation", "covered"),
    # …and a 2020 district's, in Big5: the officers' public-law exam is their qualification, not
    # also the staff's training (a bare 法律知识考试 term had bypassed the officers' exclusion); the
    # staff's standing way of studying the law is.
    (HEAD, "组织执法人员参加公共法律知识考试,新领取执法证件96本。", "capacity.staff-training", "absent"),
    (HEAD, "组织执法人员参加公共法律知识考试,新领取执法证件96本。", "enforcement.qualification", "covered"),
    (HEAD, "组织全体干部参加法律知识考试。", "capacity.staff-training", "covered"),
    (HEAD, "逐步建立和完善全县交通运输系统干部队伍常态化学法机制。", "capacity.staff-training", "covered"),
    # …and a health commission's: a lecture given where the law is taken to the public is
    # publicity, not the staff's training; for the staff it is, also when only a law's title names
    # the law (《…医师法》 holds none of the words 法律, 条例, 法治 the training rule looked for).
    (
        SECTOR_HEAD,
        "落实“谁执法谁普法”责任制,开展“法律进医院”活动48场,举办《中华人民共和国医师法》专题讲座4场。",
        "capacity.staff-training",
        "absent",
    ),
    (SECTOR_HEAD, "举办《中华人民共和国医师法》专题讲座4场,全体干部职工参加。", "capacity.staff-training", "covered"),
    # …and a police bureau's: enforcement faults pursued, written fault first.
    (POLICE_HEAD, "对执法过错责任人追究责任3人。", "oversight.accountability", "covered"),
    # …and a 2016 province's: the Outlines' own measure of audit supervision.
    (PROVINCE_HEAD, "推进审计全覆盖,全年审计单位1260个。", "oversight.audit", "covered"),
]


@pytest.mark.parametrize("head,body,item,expected", PROBE_CASES)
def test_probe_sentences_as_reports_write_them(head, body, item, expected):
    """Wording found by the probe sentences of 2026-12-01 (bench/probes), each case a sentence
    alone in a report of its kind. Each group was checked against the checklists without its
    rules: all or most of its cases failed; the rest are controls that hold either way (a legal
    adviser for 村（居）, 拟定 as drafted, a unit's people at its own work)."""
    assert _status(body, item, head) == expected


def test_a_superiors_key_points_carried_out_are_not_the_bodys_own_plan():
    """认真落实省厅和市政府关于2020年法治政府建设工作要点 (a real department's opening): the
    development set labels 贯彻落实《西安市2019年法治政府建设工作要点》 by a city department as no
    annual plan of its own."""
    head = "2020年法治政府建设年度工作开展情况报告如下。\n一、2020年度推进法治政府建设的主要举措和成效\n"
    body = "一年来,某市人社局为决胜法治人社体系构建,认真落实省厅和市政府关于2020年法治政府建设工作要点,积极运用法治思维和法治方式,纵深推进各项任务。"
    assert _status(body, "leadership.annual-plan", head) == "absent"
    own = "一年来,某市人社局认真落实省厅关于2020年法治政府建设工作要点,制定印发局2020年法治建设工作要点。"
    assert _status(own, "leadership.annual-plan", head) == "covered"


def test_a_demonstration_title_conferred_on_its_units_counts_in_the_opening():
    """荣获全省第二批法治政府建设示范命名 (a real city's opening): the title named as 示范命名 is the
    demonstration campaign's result, reported in the opening as a fact."""
    opening = "2023年,某市认真贯彻落实党的二十大精神,某区和2个法治政府建设项目荣获全省第二批法治政府建设示范命名。\n"
    text = "某市2023年法治政府建设情况报告\n" + opening + "一、主要举措和成效\n全年开展法治培训三次。\n"
    assert score_text(text).item("leadership.demonstration").status == "covered"


def test_an_opening_run_into_its_addressee_is_still_the_opening():
    """市人大常委会: 2024年,我市始终坚持以…为指导,深入践行习近平法治思想 (a real city's report, the
    addressee and the opening on one line): the opening's boilerplate covers nothing, the addressee
    still shows the report made to the congress."""
    text = (
        "某市人民政府关于2024年度法治政府建设情况的报告\n市人大常委会: 2024年,我市始终坚持以习近平新时代中国特色"
        "社会主义思想为指导,深入践行习近平法治思想,认真学习贯彻党的二十大精神。\n一、2024年度法治政府建设情况\n"
        "全年开展法治培训三次,参训人员二百余人次。\n"
    )
    got = score_text(text)
    assert got.item("leadership.xi-thought").status == "absent"
    assert got.item("leadership.leader-study").status == "absent"
    assert got.item("oversight.npc-cppcc").status == "covered"
