"""Matching form: 繁→简, width, quotes, pinyin noise, wrapped lines — and offsets back."""

from __future__ import annotations

from checker import read_document, score_document, score_text
from checker.checklist import load_checklist
from checker.normalize import normalize, normalize_term


def _orig(norm, original, needle):
    i = norm.text.index(needle)
    a, b = norm.to_original(i, i + len(needle))
    return original[a:b]


def test_traditional_is_matched_in_simplified_and_quoted_in_original():
    original = "佛山市高明區人民政府關于2019年度法治政府建設工作的報告"
    n = normalize(original)
    assert n.script == "traditional"
    assert "法治政府建设" in n.text
    assert _orig(n, original, "法治政府建设") == "法治政府建設"


def test_width_quotes_and_pinyin_noise_removed_for_matching():
    original = "全面推行行政執法“三項製度”（試行），建設(shè)法治政府ＡＢＣ１２３"
    n = normalize(original)
    assert "行政执法三项制度" in n.text
    assert "建设法治政府" in n.text
    assert "abc123" in n.text
    assert "(试行)," in n.text
    assert _orig(n, original, "行政执法三项制度") == "行政執法“三項製度"
    assert _orig(n, original, "建设法治政府") == "建設(shè)法治政府"


def test_a_lost_characters_remnant_is_dropped_not_read_as_a_question_mark():
    """A mirror that lost a character leaves "?", its pinyin and a stray byte (納入?yún)^(qū)管);
    a question mark there would end the sentence in the middle of the clause."""
    original = "督促將習近平法治思想納入?yún)^(qū)管主要領導干部培訓班的培訓內容。真的嗎?是的。"
    n = normalize(original)
    assert "纳入管主要领导干部培训班" in n.text
    assert "真的吗?是的" in n.text  # a real question mark stays
    assert _orig(n, original, "纳入管") == "納入?yún)^(qū)管"


def test_wrapped_line_inside_sentence_is_joined():
    original = "区司法局组织全区行政执法人员开展法律知识培训考试，参加人数达到四百七十\n三人，合格率为百分之百。\n二、存在的不足\n"
    n = normalize(original)
    assert "四百七十三人" in n.text
    assert "\n二、存在的不足" in n.text  # a heading is never joined to the line before


def test_space_between_han_removed():
    n = normalize("法 治 政 府 建 设")
    assert n.text == "法治政府建设"


def test_space_between_han_and_digits_removed():
    original = "滨河街 2020 年落实三个 100% 的要求"
    n = normalize(original)
    assert n.text == "滨河街2020年落实三个100%的要求"
    assert _orig(n, original, "2020年") == "2020 年"
    assert normalize("第3 次").text == "第3次" and normalize("ab 12").text == "ab 12"


def test_normalize_term_matches_text_form():
    assert normalize_term("“三項製度”") == "三项制度"
    assert normalize_term("１２３４５") == "12345"


def test_width_folding_covers_the_whole_full_width_block():
    """Every full-width ASCII form folds to ASCII (letters to lower case), odd spaces to a space,
    and characters just outside the block are left alone."""
    full = "".join(chr(c) for c in range(0xFF01, 0xFF5F))
    half = "".join(chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)).lower()
    assert normalize_term("法" + full + "法") == "法" + half + "法"
    assert normalize("a\u3000b\u00a0c\u2009d｟e").text == "a b c d｟e"


def test_a_name_quoted_over_a_line_break_is_one_name():
    assert normalize_term("武\n定县人民政府办公室") == "武定县人民政府办公室"
    assert normalize_term("海关总署党委 海关总署") == "海关总署党委 海关总署"  # two names stay two


def test_hong_kong_variant_characters_are_simplified_too():
    """A mirror converting to Hong Kong script writes 衞 (for 衛): 卫生 must still match, and the
    body's name be the same (before: 江苏省衞生健康委员会)."""
    original = "江蘇省衞生健康委員會關於2021年度法治政府建設工作情況的報告"
    n = normalize(original)
    assert n.script == "traditional" and "江苏省卫生健康委员会" in n.text
    assert normalize_term("江蘇省衞生健康委員會") == "江苏省卫生健康委员会"


def test_a_western_full_stop_ends_a_chinese_sentence_only():
    """A full stop typed . or ． after Chinese text ends the sentence in the matching form (one
    for one: the original is quoted as typed); a decimal point, a heading number, a web address
    or an abbreviation keeps its dot."""
    text = "全年办结案件12件.2024年起实行清单管理．投入1.5万元.\n1.深化改革,见www.gov.cn与No.3文件."
    n = normalize(text)
    assert len(n.text) == len(text)
    assert n.text == "全年办结案件12件。2024年起实行清单管理。投入1.5万元。\n1.深化改革,见www.gov.cn与no.3文件。"


def test_half_width_ideographic_punctuation_is_the_chinese():
    """｡ and ､ (half-width forms) are 。 and 、; ｢｣ are quotation marks, dropped as 「」 are."""
    n = normalize("开展行政复议､行政应诉｢专项｣培训｡")
    assert n.text == "开展行政复议、行政应诉专项培训。"


def test_a_comma_typed_for_the_enumeration_comma_is_read_as_one_between_listed_topics():
    """A text typed without 、 (an English keyboard) lists its topics with commas: between short
    items running on to 等 or to their count, and after a heading's number, a comma is 、 (one for
    one); a comma between clauses stays, and a text that has its own 、 is read as typed."""
    joining = load_checklist("outline-2021").profile.line_joining
    body = "全年召开常务会议12次,研究部署立法,执法,行政复议等工作,并对重要工作亲自部署,重大问题亲自过问。"
    text = "二,强化组织领导\n" + body + "\n设立立法,执法,司法,普法4个协调小组,各司其职,形成合力,推动落实。"
    n = normalize(text, joining)
    assert len(n.text) == len(text)
    assert n.text.startswith("二、强化组织领导\n")
    assert "立法、执法、行政复议等工作,并对" in n.text
    assert "设立立法、执法、司法、普法4个协调小组,各司其职," in n.text
    assert "亲自部署,重大问题" in n.text
    with_own = text.replace("全年", "全年按照法治、规范、高效的要求")
    assert "研究部署立法,执法" in normalize(with_own, joining).text


def test_a_committee_and_its_government_and_the_outlines_series_typed_with_commas_are_lists():
    """Two lists a text without 、 writes that end in neither 等 nor a count: the subject 县委,县政府
    (镇党委,政府) and the Outline's series 法治某县,法治政府,法治社会一体建设 / 依法治县,依法执政,依法
    行政共同推进 — read as lists, the report's subject and its place are found again (before: a
    county's and a town's issuer was lost with the commas). A clause after 县委 stays one."""
    joining = load_checklist("outline-2021").profile.line_joining
    filler = "开展执法检查,完善制度,强化监督,推进改革,提升能力,加强队伍,落实责任,"
    text = (
        "2023年,某县县委,县政府坚持依法治县,依法执政,依法行政共同推进,法治某县,法治政府,法治社会一体建设,"
        "镇党委,政府统筹,县委,部署工作," + filler + "取得成效。"
    )
    n = normalize(text, joining)
    assert len(n.text) == len(text)
    assert "县委、县政府坚持依法治县、依法执政、依法行政共同推进,法治某县、法治政府、法治社会一体建设," in n.text
    assert "镇党委、政府统筹,县委,部署" in n.text


def test_a_report_typed_without_enumeration_commas_keeps_its_issuer():
    """The first sentence's subject 某区委、区政府 typed 某区委,区政府 is still the subject."""
    text = (
        "2023年,在市委,市政府的坚强领导下,某某区委,区政府坚持以习近平法治思想为指导,扎实推进依法行政,"
        "全面完成年度目标任务,为高质量发展创造了公正有序的法治环境,和谐稳定的社会环境。现将有关情况报告如下:\n"
        "一,主要举措\n制定印发年度工作要点,明确任务分工,细化责任,强化督促,确保落实,取得实效。\n"
    ).replace("某某区", "清河区")
    assert score_text(text).metadata.issuer == "清河区人民政府"


def test_a_copy_in_another_regions_words_is_read_in_the_mainland_words_while_quoted_as_written():
    """The government site's Big5 gateway rewrites vocabulary as well as script (嚴格履行決策程式,
    政府資訊公開, 高品質發展): the matching form reads them as the report meant, one for one, and
    evidence still quotes the page; a simplified text keeps its words (程式化 stays)."""
    joining = load_checklist("outline-2021").profile.line_joining
    text = "嚴格履行決策程式,推進政府資訊公開,提升依法行政水準,服務高品質發展。"
    n = normalize(text, joining)
    assert n.text == "严格履行决策程序,推进政府信息公开,提升依法行政水平,服务高质量发展。"
    assert _orig(n, text, "决策程序") == "決策程式"
    assert normalize("推进执法程式化建设。", joining).text == "推进执法程式化建设。"
    res = score_text("某區2024年法治政府建設情況報告\n一、主要舉措和成效\n" + text)
    assert res.item("decision.five-procedures").status == "partial"
    assert res.item("oversight.transparency").status == "covered"


def test_quotation_marks_around_a_documents_title_are_book_title_marks_where_a_text_has_none():
    """“行政复议法” or "民法典" in a text typed without 《》 is a title (its marks kept, as 《》, one for
    one); a quoted practice (谁执法谁普法, 三个规定) or slogan loses its marks as before, and so does
    every quotation in a text that writes its titles with 《》."""
    joining = load_checklist("outline-2021").profile.line_joining
    text = '学习“中华人民共和国行政复议法”"民法典"和“法治政府建设实施纲要(2021-2025年)”,落实“谁执法谁普法”“三个规定”。'
    n = normalize(text, joining)
    assert (
        n.text
        == "学习《中华人民共和国行政复议法》《民法典》和《法治政府建设实施纲要(2021-2025年)》,落实谁执法谁普法三个规定。"
    )
    assert n.to_original(3, 4) == (3, 4)
    assert normalize("学习《宪法》和" + text, joining).text.startswith(
        "学习《宪法》和学习中华人民共和国行政复议法民法典和法治"
    )


def test_a_year_in_chinese_digits_is_read_in_arabic_digits():
    """二〇二二年 (and 二○二一年 with a circle, 一九九九年) is 2022年 in the matching form, one for one;
    other numbers in Chinese (十二年, 三四月) stay."""
    text = "二〇二二年法治政府建设情况报告,对照二○二一年、一九九九年,历时十二年,三四月间。"
    n = normalize(text)
    assert n.text == "2022年法治政府建设情况报告,对照2021年、1999年,历时十二年,三四月间。"
    assert _orig(n, text, "2021年") == "二○二一年"


def test_angle_brackets_around_chinese_text_are_book_title_marks():
    """<民法典> and <<宪法>> typed on an English keyboard are 《》 titles (the outer one of a doubled
    pair dropped, offsets kept); a comparison (小于<5%) or markup (<br>) keeps its brackets."""
    n = normalize("学习<<宪法>>和<民法典>,小于<5%,<br>标签。")
    assert n.text == "学习《宪法》和《民法典》,小于<5%,<br>标签。"
    assert [n.origin[i] for i in range(3)] == [0, 1, 3]


def test_an_angle_bracket_title_inside_a_title_is_an_inner_title():
    """《贯彻落实<纲要>实施方案》: the inner title is 〈〉, so the outer title still ends at its own 》
    (read as 《…《纲要》…》, the plan issued had lost its name and the annual plan its evidence)."""
    text = "制定印发《贯彻落实<法治政府建设实施纲要>重要举措实施方案》,学习<民法典>。"
    assert normalize(text).text == "制定印发《贯彻落实〈法治政府建设实施纲要〉重要举措实施方案》,学习《民法典》。"
    report = "2021年法治政府建设情况报告\n一、主要举措和成效\n" + text
    result = score_document(read_document("r.txt", report.encode()), load_checklist("outline-2021"))
    assert next(i for i in result.items if i.id == "leadership.annual-plan").status == "covered"


def test_radicals_a_pdf_font_maps_characters_to_are_the_characters():
    """⼯作⽅案 (Kangxi radicals ⼯ ⽅), ⾨户 (⾨ is 門, read simplified) and ⻓效 (a simplified radical)."""
    assert normalize("⼯作⽅案,⾨户,⻓效机制").text == "工作方案,门户,长效机制"


def test_compatibility_ideographs_are_their_characters():
    """率 (U+F961) and 老 (U+F934), as some PDFs give them, are 率 and 老; pinyin debris after one
    is still debris (領(lǐng) with 領 a compatibility form)."""
    assert normalize("出庭应诉\uf961达100%,\uf934年人").text == "出庭应诉率达100%,老年人"
    assert normalize("正确\uf9b4(lǐng)导").text == "正确领导"
