"""`checker compare`: identity of issuers, per-year rankings, every input format, honest gap
figures, waivers, mixed Outline eras, agreement of the formats, exports, cache."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import score_file, score_text
from checker.checklist import load_checklist
from checker.cli import Progress, main
from checker.compare import Cell, Row, rank
from checker.detect import issuer_key
from conftest import SEED_FILES, SEEDS, SHARED
from fixtures import cover_page, docx_bytes, gov_html_page, pdf_bytes

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))


def run(*args):
    return CliRunner().invoke(main, ["compare", *map(str, args)])


def as_json(*args) -> dict:
    r = run(*args, "--format", "json")
    assert r.exit_code in (0, 2), r.output
    return json.loads(r.stdout)


def manifest(tmp_path, rows: list[tuple[str, str, str, int, str]], name="m.csv", encoding="utf-8") -> Path:
    """rows: (file name, seed text source index as str, issuer, year, group)."""
    lines = ["path,issuer,year,group"]
    for fname, seed, issuer, year, group in rows:
        (tmp_path / fname).write_text(SEED_FILES[int(seed)].read_text(encoding="utf-8"), encoding="utf-8")
        lines.append(f"{fname},{issuer},{year},{group}")
    m = tmp_path / name
    m.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return m


# ----------------------------------------------------------------------------- identity


def test_same_district_name_in_two_cities_stays_two_issuers(tmp_path):
    m = manifest(
        tmp_path, [("a.txt", "3", "南京市鼓楼区人民政府", 2020, ""), ("b.txt", "3", "福州市鼓楼区人民政府", 2021, "")]
    )
    data = as_json(m)["comparison"]
    assert {r["issuer_key"] for r in data["ranking"]} == {"南京市鼓楼区", "福州市鼓楼区"}
    assert data["changes"] == []  # no false year-over-year series between two bodies


def test_one_district_over_two_years_is_one_series(tmp_path):
    m = manifest(tmp_path, [("a.txt", "2", "钟楼区", 2020, ""), ("b.txt", "2", "常州市钟楼区人民政府", 2021, "")])
    data = as_json(m)["comparison"]
    assert {r["issuer_key"] for r in data["ranking"]} == {"常州市钟楼区"}  # the city from "常州市钟楼区" in the text
    assert [(c["from_year"], c["to_year"]) for c in data["changes"]] == [(2020, 2021)]


def test_a_change_between_two_reports_of_a_key_without_a_city_says_so(tmp_path):
    """东莞市 and 清远市 both have a 东城街道: neither report naming its city, the change is flagged."""
    m = manifest(tmp_path, [("a.txt", "3", "东城街道办事处", 2021, ""), ("b.txt", "2", "东城街道办事处", 2022, "")])
    data = as_json(m)["comparison"]
    (ch,) = data["changes"]
    assert ch["issuer_key_ambiguous"] is True
    csv_text = run(m, "--format", "csv", "--view", "changes").stdout_bytes.decode("utf-8-sig")
    head, row = list(csv.reader(io.StringIO(csv_text)))[:2]
    assert "城市未知" in row[head.index("单位键说明")]
    html = run(m, "--format", "html").stdout
    assert "两年的报告可能不是同一单位" in html
    one = manifest(
        tmp_path, [("c.txt", "2", "常州市钟楼区人民政府", 2020, ""), ("d.txt", "2", "常州市钟楼区", 2021, "")], "n.csv"
    )
    assert as_json(one)["comparison"]["changes"][0]["issuer_key_ambiguous"] is False


def test_aliases_give_one_key():
    profile = load_checklist("outline-2021").profile
    short = issuer_key("唐山高新区管委会", profile)
    # an autonomous county by either short name
    assert issuer_key("紫云自治县人民政府", profile).key == issuer_key("紫云苗族布依族自治县人民政府", profile).key
    full = issuer_key("唐山高新技术产业开发区管理委员会", profile)
    assert short.key == full.key == "唐山高新技术产业开发区"
    assert {issuer_key(n, profile).key for n in ["佛山市高明区人民政府", "佛山市高明區", "佛山市高明区政府"]} == {
        "佛山市高明区"
    }
    assert issuer_key("江门市高新区", profile).key != issuer_key("唐山高新区", profile).key


def test_a_departments_short_name_and_an_autonomous_countys_are_one_body():
    profile = load_checklist("outline-2021").profile

    def key(name: str) -> str:
        return issuer_key(name, profile).key

    assert key("肃南县林草局") == key("肃南裕固族自治县林业和草原局") == "肃南县林业和草原局"
    assert key("张掖市肃南裕固族自治县林业和草原局") == "张掖市肃南县林业和草原局"
    assert key("湖北省人社厅") == key("湖北省人力资源和社会保障厅")
    assert key("某市卫健委") == key("某市卫生健康委员会") != key("某市卫健局")
    assert key("双江拉祜族佤族布朗族傣族自治县人民政府") == key("双江县人民政府")
    assert key("广东省民族宗教委") == key("广东省民族宗教事务委员会")
    assert key("鲤城区人民政府金龙街道办事处") == key("鲤城区金龙街道办事处")
    assert key("张家港市科技局") == key("张家港市科学技术局") != key("张家港市科学技术协会")
    assert key("某区文旅局") == key("某区文化和旅游局")
    assert key("攸县退役军人局") == key("攸县退役军人事务局")
    assert key("伊犁州人民政府") == key("伊犁哈萨克自治州人民政府") != key("博尔塔拉蒙古自治州人民政府")
    # the place name kept whole before the peoples, however long: 黔西南州, 西双版纳州, 湘西州
    assert key("黔西南州人民政府") == key("黔西南布依族苗族自治州人民政府") != key("黔南布依族苗族自治州人民政府")
    assert key("西双版纳州人民政府") == key("西双版纳傣族自治州人民政府")
    assert key("湘西州人民政府") == key("湘西土家族苗族自治州人民政府")
    assert key("海西州人民政府") == key("海西蒙古族藏族自治州人民政府")


def test_ambiguous_key_is_said_and_not_merged(tmp_path):
    m = manifest(tmp_path, [("a.txt", "3", "鼓楼区", 2020, ""), ("b.txt", "3", "南京市鼓楼区", 2021, "")])
    data = as_json(m)["comparison"]
    rows = {r["issuer_key"]: r for r in data["ranking"]}
    assert set(rows) == {"鼓楼区", "南京市鼓楼区"} and data["changes"] == []
    assert rows["鼓楼区"]["issuer_key_ambiguous"] and "城市未知" in rows["鼓楼区"]["note"]
    assert "南京市鼓楼区" in rows["鼓楼区"]["note"]  # says what it was not merged with


def test_city_from_the_folder(tmp_path):
    for city in ("南京市", "福州市"):
        d = tmp_path / city
        d.mkdir()
        (d / "report.txt").write_text(SEED_FILES[3].read_text(encoding="utf-8"), encoding="utf-8")
    m = tmp_path / "m.csv"
    m.write_text("path,issuer,year\n南京市/report.txt,鼓楼区,2020\n福州市/report.txt,鼓楼区,2020\n", encoding="utf-8")
    data = as_json(m)["comparison"]
    assert {r["issuer_key"] for r in data["ranking"]} == {"南京市鼓楼区", "福州市鼓楼区"}


def test_manifest_gives_the_key(tmp_path):
    (tmp_path / "a.txt").write_text(SEED_FILES[3].read_text(encoding="utf-8"), encoding="utf-8")
    m = tmp_path / "m.yaml"
    m.write_text("- {path: a.txt, issuer: 某局, year: 2020, issuer_key: 广州市海珠区司法局}\n", encoding="utf-8")
    assert as_json(m)["comparison"]["ranking"][0]["issuer_key"] == "广州市海珠区司法局"


# ----------------------------------------------------------------------------- rankings


def test_rankings_per_year_and_filters(tmp_path):
    m = manifest(
        tmp_path,
        [
            ("a.txt", "2", "常州市钟楼区", 2020, "区县"),
            ("b.txt", "3", "广州市海珠区司法局", 2020, "部门"),
            ("c.txt", "2", "常州市钟楼区", 2021, "区县"),
            ("d.txt", "0", "江门市江海区", 2021, "区县"),
        ],
    )
    ranking = as_json(m)["comparison"]["ranking"]
    for year in (2020, 2021):
        for group in ("区县", "部门"):
            ranks = sorted(r["rank"] for r in ranking if r["year"] == year and r["group"] == group)
            assert ranks == list(range(1, len(ranks) + 1)) or ranks == [1, 1]
    assert {r["year"] for r in as_json(m, "--year", "2021")["comparison"]["ranking"]} == {2021}
    only = as_json(m, "--group", "部门")["comparison"]["ranking"]
    assert [r["issuer"] for r in only] == ["广州市海珠区司法局"]
    # the year filter narrows the ranking; year-over-year still spans the years
    assert as_json(m, "--year", "2021")["comparison"]["changes"]


def test_groups_follow_the_manifest_when_the_scores_come_from_the_cache(tmp_path):
    """The group is no part of a score's cache key: a manifest regrouped and run again ranked by
    the groups of the first run (the cached documents carried them)."""
    rows = [("a.txt", "2", "常州市钟楼区人民政府", 2020, "甲"), ("b.txt", "1", "佛山市高明区人民政府", 2020, "甲")]
    first = as_json(manifest(tmp_path, rows))["comparison"]["ranking"]
    assert {r["group"] for r in first} == {"甲"}
    regrouped = [(f, s, i, y, g) for (f, s, i, y, _), g in zip(rows, ("甲", "乙"), strict=True)]
    again = as_json(manifest(tmp_path, regrouped, name="m2.csv"))["comparison"]["ranking"]
    assert {r["issuer"]: (r["group"], r["rank"]) for r in again} == {
        "常州市钟楼区人民政府": ("甲", 1),
        "佛山市高明区人民政府": ("乙", 1),
    }
    ungrouped = as_json(manifest(tmp_path, [(f, s, i, y, "") for f, s, i, y, _ in rows], name="m3.csv"))
    assert {r["group"] for r in ungrouped["comparison"]["ranking"]} == {None}


def test_a_ranking_of_governments_and_a_department_says_so(tmp_path):
    """A city's batch of its districts' and its bureaus' reports: the department is marked in the
    ranking and the comparison's note says the scores are not alike; grouped apart by a manifest,
    nothing is said."""
    rows = [
        ("a.txt", "2", "常州市钟楼区人民政府", 2020, ""),
        ("b.txt", "3", "广州市海珠区司法局", 2020, ""),
        ("c.txt", "1", "佛山市高明区人民政府", 2020, ""),
    ]
    got = as_json(manifest(tmp_path, rows))["comparison"]
    by = {r["issuer"]: r for r in got["ranking"]}
    assert by["广州市海珠区司法局"]["issuer_kind"] == "部门" and by["常州市钟楼区人民政府"]["issuer_kind"] == "政府"
    assert "部门报告，与政府报告同列排名" in by["广州市海珠区司法局"]["note"]
    assert not by["常州市钟楼区人民政府"]["note"] or "部门" not in by["常州市钟楼区人民政府"]["note"]
    assert "2020年度的排名中既有政府报告也有部门报告" in got["comparability"]
    apart = manifest(tmp_path, [(f, s, i, y, "部门" if "局" in i else "区县") for f, s, i, y, _ in rows], name="g.csv")
    got = as_json(apart)["comparison"]
    assert "部门报告" not in got["comparability"] and not any("同列排名" in (r["note"] or "") for r in got["ranking"])


@pytest.mark.parametrize(
    "name,kind",
    [
        ("佛山市高明区人民政府", "政府"),
        ("唐山高新技术产业开发区管理委员会", "政府"),
        ("友谊路街道办事处", "政府"),
        ("武定县人民政府办公室", "部门"),
        ("青海省卫生健康委员会", "部门"),
        ("自然资源部", "部门"),
        ("海关总署", "部门"),
    ],
)
def test_the_kind_of_body_an_issuer_is(name, kind):
    assert (
        score_text(f"{name}关于2022年度法治政府建设情况的报告\n" + "全面推进依法行政工作。" * 40).metadata.kind == kind
    )


def test_duplicates_are_flagged(tmp_path):
    m = manifest(tmp_path, [("a.txt", "2", "常州市钟楼区", 2020, ""), ("b.txt", "2", "常州市钟楼区", 2020, "")])
    data = as_json(m)["comparison"]
    assert all(r["duplicate"] for r in data["ranking"])
    assert data["duplicates"] and data["duplicates"][0]["issuer_key"] == "常州市钟楼区"
    assert "多份报告" in run(m).output


def test_ties_share_a_rank():
    def row(path, score):
        cells = {"a.b": Cell("covered", 1, 1, True, "a")}
        return Row(
            path, path, path, False, 2020, None, "x", "1", score, "", "weighted", {}, {}, cells, {}, comparable=score
        )

    rows = [row("a", 80), row("b", 90), row("c", 80), row("d", 70)]
    rank(rows)
    assert [(r.path, r.rank) for r in rows] == [("b", 1), ("a", 2), ("c", 2), ("d", 4)]


# ----------------------------------------------------------------------------- inputs


def test_directory_reads_every_format_by_content(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED_FILES[0].read_bytes())
    (tmp_path / "b.docx").write_bytes(docx_bytes(SEED_FILES[1].read_text(encoding="utf-8")))
    (tmp_path / "c.pdf").write_bytes(pdf_bytes(SEED_FILES[2].read_text(encoding="utf-8")))
    (tmp_path / "d.htm").write_bytes(gov_html_page(SEED_FILES[3].read_text(encoding="utf-8"), charset="gbk"))
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    data = as_json(tmp_path)
    assert sorted(d["document"]["format"] for d in data["reports"]) == ["docx", "html", "pdf", "text"]


def test_gb18030_manifest(tmp_path):
    m = manifest(tmp_path, [("a.txt", "2", "常州市钟楼区人民政府", 2020, "区县")], encoding="gb18030")
    doc = as_json(m)["reports"][0]["document"]
    assert (doc["issuer"], doc["group"]) == ("常州市钟楼区人民政府", "区县")


def test_checker_outputs_in_the_input_folder_are_not_reports(tmp_path):
    for seed in SEED_FILES[:2]:
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    for fmt in ("json", "csv", "xlsx", "html"):
        r = run(tmp_path, "--format", fmt, "-o", tmp_path / f"out.{fmt}")
        assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["audit", str(SEED_FILES[0]), "-o", str(tmp_path) + "/"])
    assert r.exit_code in (0, 5), r.output  # 5: no Chinese font on this machine
    data = as_json(tmp_path)
    assert len(data["reports"]) == 2 and data["comparison"]["errors"] == []


def test_a_folder_of_markdown_reports_is_read_its_readme_is_not(tmp_path):
    """A crawler saves each report's page as Markdown: a folder holding only .md files holds
    reports (before: all skipped as notes, "no report files found"); its README stays notes."""
    for seed in SEED_FILES[:2]:
        (tmp_path / f"{seed.stem}.md").write_bytes(seed.read_bytes())
    (tmp_path / "README.md").write_text("# 抓取说明\n\n2024年抓取的各区报告。\n", encoding="utf-8")
    r = run(tmp_path, "--format", "json")
    assert r.exit_code == 0, r.output
    reports = json.loads(r.stdout)["reports"]
    assert sorted(Path(x["document"]["path"]).suffix for x in reports) == [".md", ".md"]
    assert "1 file(s) of notes or data" in r.stderr and "README.md" in r.stderr


def test_notes_and_data_beside_the_reports_are_skipped_unless_named(tmp_path):
    """A corpus folder's README/INDEX (a table of issuers) and manifest are not more reports."""
    for seed in SEED_FILES[:2]:
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    index = tmp_path / "INDEX.md"
    index.write_text("| 文件 | 单位 | 年度 |\n|---|---|---|\n| a.txt | 某某区人民政府 | 2022 |\n", encoding="utf-8")
    (tmp_path / "list.csv").write_text("path,issuer\nx.txt,某某区人民政府\n", encoding="utf-8")
    r = run(tmp_path, "--format", "json")
    assert r.exit_code == 0, r.output
    assert len(json.loads(r.stdout)["reports"]) == 2
    assert "2 file(s) of notes or data" in r.stderr and "INDEX.md" in r.stderr
    r = run(index, "--format", "json")  # named: read as asked (and refused for what it holds)
    assert "only 13 Chinese characters" in r.stderr and "no report files found" not in r.stderr
    only = tmp_path / "only"
    only.mkdir()
    (only / "README.md").write_text("# 报告清单\n", encoding="utf-8")
    r = run(only, "--format", "json")
    assert r.exit_code == 4 and "README.md" in r.stderr and "Traceback" not in r.output


def test_report_opening_with_a_bracketed_metadata_table_is_a_report(tmp_path):
    """Government sites put "[ 索引号 ] | …" above the text; such a copy is no JSON output."""
    head = "[ 索引号 ] | 11500230008686190F/2022-00008 | [ 发文字号 ] | 无 |\n[ 发布机构 ] | 某某县科学技术局 |\n"
    (tmp_path / "copied.txt").write_text(head + SEED_FILES[2].read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "meta.txt").write_text(
        "单位,某某县司法局\n" + SEED_FILES[3].read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "scores.txt").write_text('[{"schema": "1.0"}]\n', encoding="utf-8")  # checker's JSON, renamed
    (tmp_path / "rank.txt").write_text("年度,分组,排名,单位\n2020,,1,某某县\n", encoding="utf-8")  # and its CSV
    r = run(tmp_path, "--format", "json")
    assert r.exit_code == 0, r.output
    paths = sorted(d["document"]["path"] for d in json.loads(r.stdout)["reports"])
    assert paths == [str(tmp_path / "copied.txt"), str(tmp_path / "meta.txt")]
    assert "2 file(s) in the folders are checker outputs" in r.stderr


def test_a_document_that_never_names_the_subject_is_noted_in_the_ranking(tmp_path):
    (tmp_path / "report.txt").write_bytes(SEED_FILES[2].read_bytes())
    (tmp_path / "news.txt").write_text(
        "春天来了,花开了,小鸟在树上唱歌,孩子们在草地上奔跑玩耍,老人们在公园里散步聊天。\n", encoding="utf-8"
    )
    r = run(tmp_path, "--format", "json")
    assert r.exit_code == 0 and f"{tmp_path / 'news.txt'}: the text never names its subject" in r.stderr
    notes = {Path(row["path"]).name: row["note"] for row in json.loads(r.stdout)["comparison"]["ranking"]}
    assert "可能不是法治政府建设年度报告" in notes["news.txt"] and not notes["report.txt"]


def test_a_web_page_publishing_its_report_as_an_attachment_is_noted_in_the_ranking(tmp_path):
    """Many sites put the report in an attached PDF under a one-sentence page: scored, that page
    ranks last with a few points. It is scored, with a warning naming the file to fetch."""
    (tmp_path / "report.txt").write_bytes(SEED_FILES[2].read_bytes())
    title = "某区人民政府关于2023年度法治政府建设情况的报告"
    intro = "根据《法治政府建设与责任落实督察工作规定》，现将本区2023年度法治政府建设情况予以公开。"
    (tmp_path / "cover.html").write_bytes(cover_page(title, intro, "/files/2024/0320.pdf"))
    r = run(tmp_path, "--format", "json")
    assert r.exit_code == 0, r.output
    assert f"{tmp_path / 'cover.html'}: a web page of" in r.stderr and "/files/2024/0320.pdf" in r.stderr
    notes = {Path(row["path"]).name: row["note"] for row in json.loads(r.stdout)["comparison"]["ranking"]}
    assert "报告正文可能在附件中" in notes["cover.html"] and not notes["report.txt"]
    assert "节选" not in notes["cover.html"]  # the attachment says why it is short
    docs = {Path(d["document"]["path"]).name: d["document"] for d in json.loads(r.stdout)["reports"]}
    assert docs["cover.html"]["attachments"] == ["/files/2024/0320.pdf"]
    assert docs["report.txt"]["attachments"] == [] and docs["report.txt"]["report_in_attachment"] is False


def test_a_cover_page_saved_with_its_attachment_is_left_out_of_the_ranking(tmp_path):
    """A crawl keeps the page and the file it links: the file is the report, the page is not a
    second report of the same body that year."""
    (tmp_path / "other.txt").write_bytes(SEED_FILES[2].read_bytes())
    (tmp_path / "报告全文.docx").write_bytes(docx_bytes(SEED_FILES[4].read_text(encoding="utf-8")))
    title = "唐山高新技术产业开发区管理委员会关于2023年度法治政府建设情况的报告"
    link = "/files/2024/%E6%8A%A5%E5%91%8A%E5%85%A8%E6%96%87.docx"  # 报告全文.docx, as a page links it
    (tmp_path / "page.html").write_bytes(cover_page(title, "现将2023年度法治政府建设情况予以公开。", link))
    r = run(tmp_path, "--format", "json")
    assert r.exit_code == 0, r.output
    assert f"note: {tmp_path / 'page.html'} is the web page of {tmp_path / '报告全文.docx'}" in r.stderr
    ranked = sorted(Path(row["path"]).name for row in json.loads(r.stdout)["comparison"]["ranking"])
    assert ranked == ["other.txt", "报告全文.docx"]
    assert not any(row["duplicate"] for row in json.loads(r.stdout)["comparison"]["ranking"])


@pytest.mark.parametrize(
    "intro", ["现予公开。", "根据《法治政府建设与责任落实督察工作规定》，现将本区2023年度法治政府建设情况予以公开。"]
)
def test_a_web_page_showing_its_report_in_a_viewer_names_the_file(tmp_path, intro):
    """A page of a title and a PDF viewer: refused for want of an article, or scored with the
    warning — either way the message names the file to fetch (readability decides which)."""
    page = tmp_path / "viewer.html"
    page.write_bytes(cover_page("某区人民政府关于2023年度法治政府建设情况的报告", intro, "/files/0321.pdf", embed=True))
    r = CliRunner().invoke(main, ["score", "--format", "json", str(page)])
    assert "Traceback" not in r.output
    if r.exit_code == 2:
        assert "no article text found in the web page; it shows /files/0321.pdf" in r.stderr
    else:
        assert r.exit_code == 0 and "a web page of" in r.stderr and "/files/0321.pdf" in r.stderr
        assert json.loads(r.stdout)["document"]["report_in_attachment"] is True


def test_an_excerpt_is_scored_with_a_warning_and_noted_in_the_ranking(tmp_path):
    """An excerpt or a cut-off download ranks last unnoticed unless it is said to be one."""
    (tmp_path / "report.txt").write_bytes(SEED_FILES[2].read_bytes())
    opening = SEED_FILES[3].read_text(encoding="utf-8")[:700]
    (tmp_path / "excerpt.txt").write_text(opening, encoding="utf-8")
    r = run(tmp_path, "--format", "json")
    assert r.exit_code == 0, r.output
    assert f"{tmp_path / 'excerpt.txt'}: 700 characters, shorter than any whole annual report" in r.stderr
    assert "report.txt: " not in r.stderr
    notes = {Path(row["path"]).name: row["note"] for row in json.loads(r.stdout)["comparison"]["ranking"]}
    assert "正文很短（700字），可能是节选" in notes["excerpt.txt"] and not notes["report.txt"]
    docs = {Path(d["document"]["path"]).name: d["document"] for d in json.loads(r.stdout)["reports"]}
    assert docs["excerpt.txt"]["short_text"] is True and docs["report.txt"]["short_text"] is False


def test_a_full_report_page_that_also_offers_its_file_is_not_flagged(tmp_path):
    page = gov_html_page(SEED_FILES[2].read_text(encoding="utf-8"), charset="utf-8").replace(
        b"</p></div>", '</p><p>附件下载：<a href="/files/report.docx">报告.docx</a></p></div>'.encode(), 1
    )
    (tmp_path / "page.html").write_bytes(page)
    r = CliRunner().invoke(main, ["score", "--format", "json", str(tmp_path / "page.html")])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)["document"]
    assert doc["attachments"] == ["/files/report.docx"] and doc["report_in_attachment"] is False
    assert "attachment" not in r.stderr


def test_standard_input_is_not_a_comparison_source():
    r = CliRunner().invoke(main, ["compare", "-", "--format", "csv"], input="2022年法治政府建设情况报告")
    assert r.exit_code == 2 and "not standard input" in r.stderr and "Traceback" not in r.output


def test_bad_files_are_reported_and_skipped(tmp_path):
    for seed in SEED_FILES[:2]:
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01" * 500)
    r = run(tmp_path, "--format", "json")
    assert r.exit_code == 2
    data = json.loads(r.stdout)
    assert len(data["reports"]) == 2 and len(data["comparison"]["errors"]) == 2
    assert "empty" in r.stderr and "binary" in r.stderr and "Traceback" not in r.output


def test_undecodable_file_name(tmp_path):
    gbk_name = "钟楼区报告.txt".encode("gbk")
    path = os.path.join(os.fsencode(tmp_path), gbk_name)
    with open(path, "wb") as fh:
        fh.write(SEED_FILES[2].read_bytes())
    data = as_json(tmp_path)
    assert data["reports"][0]["document"]["path"].endswith("钟楼区报告.txt")  # shown decoded as GB18030
    r = run(tmp_path, "--format", "csv", "--view", "ranking")
    assert r.exit_code == 0 and "钟楼区报告.txt" in r.stdout_bytes.decode("utf-8-sig")


# ----------------------------------------------------------------------------- gaps, eras, waivers


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared/gold not available")
def test_gap_shares_say_what_they_count():
    gaps = {g["item"]: g for g in as_json(SEEDS)["comparison"]["gaps"]}
    g = gaps["report.shortcomings"]
    gold = [
        json.loads(f.read_text(encoding="utf-8"))["labels"].get("report.shortcomings", {}).get("status", "absent")
        for f in sorted((SHARED / "gold").glob("*.json"))
    ]
    assert (g["reports"], g["absent"], g["partial"], g["planned"]) == (
        5,
        gold.count("absent"),
        gold.count("partial"),
        gold.count("planned"),
    )
    assert g["absent_share"] == round(gold.count("absent") / 5, 4)


def test_mixed_eras_label_not_scored_items_and_follow_the_model(tmp_path):
    data = as_json(SEEDS)["comparison"]
    old = next(r for r in data["ranking"] if r["year"] == 2019)
    assert old["statuses"]["leadership.xi-thought"] == "not_scored"  # a 2021-Outline item in a 2019 report
    r = run(SEEDS, "--format", "csv", "--view", "matrix")
    assert "不计分" in r.stdout_bytes.decode("utf-8-sig")
    flat = as_json(SEEDS, "--model", "flat-unweighted")["comparison"]["ranking"]
    weighted = {r["path"]: r["comparable_score"] for r in data["ranking"]}
    assert any(weighted[r["path"]] != r["comparable_score"] for r in flat)


def test_changes_across_checklists_are_labelled(tmp_path):
    m = manifest(tmp_path, [("a.txt", "2", "常州市钟楼区", 2020, ""), ("b.txt", "2", "常州市钟楼区", 2021, "")])
    ch = as_json(m)["comparison"]["changes"][0]
    assert not ch["same_checklist"] and "共同计分" in ch["basis"]


def test_waivers_in_every_output_and_warned_once(tmp_path):
    w = tmp_path / "w.yaml"
    w.write_text(
        "kind: waivers\nwaivers:\n"
        "  - {item: rules.legislation, justification: 区级部门无地方立法权, approver: 依法治区办, expires: 2099-12-31}\n"
        "  - {item: no.such, justification: 测试用的豁免, approver: 测试, expires: 2099-12-31}\n",
        encoding="utf-8",
    )
    r = run(SEEDS, "--waivers", w, "--format", "json")
    ranking = json.loads(r.stdout)["comparison"]["ranking"]
    assert all(any(x["justification"] == "区级部门无地方立法权" for x in row["waivers"]) for row in ranking)
    assert r.stderr.count("unknown item") == 1
    csv_text = run(SEEDS, "--waivers", w, "--format", "csv", "--view", "waivers").stdout_bytes.decode("utf-8-sig")
    assert "区级部门无地方立法权" in csv_text and "依法治区办" in csv_text and "2099-12-31" in csv_text
    out = tmp_path / "c.xlsx"
    assert run(SEEDS, "--waivers", w, "--format", "xlsx", "-o", out).exit_code == 0
    assert any(
        c.value == "区级部门无地方立法权" for row in openpyxl.load_workbook(out)["豁免"].iter_rows() for c in row
    )
    assert "区级部门无地方立法权" in run(SEEDS, "--waivers", w, "--format", "html").stdout


# ----------------------------------------------------------------------------- the formats agree


def test_xlsx_csv_json_pdf_and_score_agree(tmp_path):
    expected = {}
    for seed in SEED_FILES:
        res = score_file(seed)
        expected[str(seed)] = (res.metadata.issuer, res.metadata.year, res.scoring.score, res.scoring.grade)
    data = as_json(SEEDS)["comparison"]["ranking"]
    from_json = {r["path"]: (r["issuer"], r["year"], r["score"], r["grade"]) for r in data}
    raw = run(SEEDS, "--format", "csv", "--view", "ranking").stdout_bytes.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw)))
    from_csv = {r["文件"]: (r["单位"], int(r["年度"]), float(r["得分"]), r["等级"]) for r in rows}
    out = tmp_path / "c.xlsx"
    assert run(SEEDS, "--format", "xlsx", "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["排名"]
    head = [c.value for c in ws[1]]
    sheet = [dict(zip(head, [c.value for c in row], strict=True)) for row in ws.iter_rows(min_row=2)]
    from_xlsx = {r["文件"]: (r["单位"], r["年度"], r["得分"], r["等级"]) for r in sheet}
    assert from_json == from_csv == from_xlsx == expected
    assert ws.freeze_panes == "E2" and ws.auto_filter.ref
    ranks_json = {r["path"]: r["rank"] for r in data}
    assert {r["文件"]: r["排名"] for r in sheet} == ranks_json
    if shutil.which("pdftotext"):
        pdf = tmp_path / "c.pdf"
        r = run(SEEDS, "--format", "pdf", "-o", pdf)
        if r.exit_code == 5:
            pytest.skip("no Chinese font")
        text = "".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
        for issuer, _year, score, _grade in expected.values():
            assert "".join(issuer.split()) in text and f"{score:.1f}" in text


def test_compare_pdf_without_a_chinese_font_fails_before_scoring(monkeypatch, tmp_path):
    import checker.audit as audit_mod
    from checker.fonts import FontError

    def no_font():
        raise FontError("no Chinese (CJK) font found through fontconfig; apt-get install fonts-noto-cjk")

    monkeypatch.setattr(audit_mod, "find_cjk_fonts", no_font)
    r = run(SEEDS, "--format", "pdf", "-o", tmp_path / "c.pdf")
    assert r.exit_code == 5 and "fonts-noto-cjk" in r.stderr and "Traceback" not in r.output
    assert not (tmp_path / "c.pdf").exists()
    assert not (tmp_path / "cache").exists()  # nothing was scored


# ----------------------------------------------------------------------------- integrity


def test_no_formula_in_xlsx_and_neutral_csv(tmp_path):
    text = SEED_FILES[2].read_text(encoding="utf-8")
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    (tmp_path / "=1+1.txt").write_text("=cmd|' /C calc'!A0 2022年法治政府建设年度报告\n" + text, encoding="utf-8")
    m = tmp_path / "m.csv"
    m.write_text('path,issuer,year\nr.txt,=HYPERLINK("http://x"),2020\n=1+1.txt,,2021\n', encoding="utf-8")
    out = tmp_path / "c.xlsx"
    assert run(m, "--format", "xlsx", "-o", out).exit_code == 0
    with zipfile.ZipFile(out) as zf:
        sheets = [zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any("<f>" in s or "<f " in s for s in sheets)
    for view in ("ranking", "matrix", "changes"):
        raw = run(m, "--format", "csv", "--view", view).stdout_bytes.decode("utf-8-sig")
        for row in csv.reader(io.StringIO(raw)):
            assert not any(cell.startswith(("=", "+", "@")) for cell in row), row


def test_cache_is_used_and_can_be_bypassed():
    r = run(SEEDS, "--format", "csv")
    assert "5 scored (0 from cache)" in r.stderr
    r = run(SEEDS, "--format", "csv")
    assert "5 scored (5 from cache)" in r.stderr
    r = run(SEEDS, "--format", "csv", "--no-cache")
    assert "5 scored (0 from cache)" in r.stderr


def test_cached_scores_follow_checkers_code(monkeypatch):
    """A pull or an edit of an editable install keeps the version: the cache must not serve
    what the old code scored."""
    import checker.batch as batch

    run(SEEDS, "--format", "csv")
    assert "5 scored (5 from cache)" in run(SEEDS, "--format", "csv").stderr
    monkeypatch.setattr(batch, "code_digest", lambda: "other code")
    assert "5 scored (0 from cache)" in run(SEEDS, "--format", "csv").stderr


@pytest.mark.parametrize("damage", ["truncate", "flip", "wrong-shape", "not-utf8"])
def test_corrupt_cache_entries_are_recomputed(tmp_path, damage):
    first = as_json(SEEDS)["comparison"]["ranking"]
    for f in (tmp_path / "cache" / "scores").rglob("*.json"):
        data = f.read_bytes()
        if damage == "truncate":
            f.write_bytes(data[: len(data) // 2 + 1])
        elif damage == "flip":
            f.write_bytes(data[:100] + bytes([data[100] ^ 0xFF, data[101] ^ 0xFF]) + data[102:])
        elif damage == "wrong-shape":
            f.write_text("[]", encoding="utf-8")
        else:
            f.write_bytes(data[:50] + b"\xe9\x95" + data[50:])
    r = run(SEEDS, "--format", "json")
    assert r.exit_code == 0, r.output
    assert [x["score"] for x in json.loads(r.stdout)["comparison"]["ranking"]] == [x["score"] for x in first]


def test_unwritable_cache_runs_without_it(tmp_path, monkeypatch):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    monkeypatch.setenv("CHECKER_CACHE", str(ro))
    try:
        r = run(SEEDS, "--format", "csv")
        assert r.exit_code == 0, r.output
        if os.geteuid() != 0:  # root writes anyway
            assert r.stderr.count("cannot be written") == 1
        assert not list(ro.rglob(".tmp-*"))
    finally:
        ro.chmod(0o700)


def test_cache_follows_every_checklist_file(tmp_path):
    """A checklist including a file outside common/: editing it changes the results."""
    src = Path(load_checklist("outline-2021").path).parent
    work = tmp_path / "cl"
    shutil.copytree(src, work)
    (work / "extra").mkdir()
    shutil.move(work / "common" / "items.yaml", work / "extra" / "items.yaml")
    top = work / "outline-2021.yaml"
    top.write_text(top.read_text(encoding="utf-8").replace("common/items.yaml", "extra/items.yaml"), encoding="utf-8")
    before = as_json(SEEDS, "--checklist", top)["comparison"]["ranking"]
    items = work / "extra" / "items.yaml"
    items.write_text(items.read_text(encoding="utf-8").replace("weight: 3", "weight: 1"), encoding="utf-8")
    after = as_json(SEEDS, "--checklist", top)["comparison"]["ranking"]
    assert [r["score"] for r in before] != [r["score"] for r in after]


def test_progress_eta_is_elapsed_per_report():
    p = Progress(io.StringIO())
    p.total, p.done = 200, 50
    assert p.eta(2.0) == pytest.approx(6.0)  # 2 s for 50 → 6 s for the other 150
    p.done = 0
    assert p.eta(0.5) is None


def test_another_kind_of_annual_report_is_noted_in_the_ranking(tmp_path):
    """A 政府信息公开工作年度报告 is published on the same pages and names 法治 often enough to pass
    the subject check: its title says what it is, and the ranking says so too. A report whose
    body names such a report among its work is not flagged."""
    (tmp_path / "report.txt").write_bytes(SEED_FILES[2].read_bytes())
    (tmp_path / "info.txt").write_text(
        "某市水利局2024年政府信息公开工作年度报告\n"
        "根据《中华人民共和国政府信息公开条例》规定,现发布本年度报告。2024年,我局坚持依法公开,"
        "推进法治政府建设,全年主动公开政府信息869条,办理依申请公开12件,均按期答复。\n",
        encoding="utf-8",
    )
    r = run(tmp_path, "--format", "json")
    assert r.exit_code == 0, r.output
    assert (
        f"{tmp_path / 'info.txt'}: its title or first sentence names another kind of document (政府信息公开工作年度报告)"
        in r.stderr
    )
    notes = {Path(row["path"]).name: row["note"] for row in json.loads(r.stdout)["comparison"]["ranking"]}
    assert "另一类文件（政府信息公开工作年度报告）" in notes["info.txt"] and not notes["report.txt"]
    docs = {Path(d["document"]["path"]).name: d["document"] for d in json.loads(r.stdout)["reports"]}
    assert docs["info.txt"]["other_kind"] == "政府信息公开工作年度报告" and docs["report.txt"]["other_kind"] is None
    body = score_text(
        "某区2023年法治政府建设情况报告\n一、主要举措\n按时发布政府信息公开工作年度报告,主动公开信息1200条。\n"
    )
    assert body.other_kind is None and not any("another kind" in w for w in body.warnings)
    own = "某区2023年度法治政府工作报告\n一、主要举措\n全年开展法治培训三次,参训人员二百余人次,覆盖全部工作人员。\n"
    assert score_text(own).other_kind is None
    issued = "某区2023年法治政府建设情况报告\n一、主要举措\n印发《关于印发2023年法治政府建设工作要点的通知》。\n"
    assert score_text(issued).other_kind is None


def test_several_reports_in_one_file_are_noted_in_the_ranking(tmp_path):
    """Two reports saved as one file (a compilation, last year's appended): the later one's title
    on a line of its own far into the text is named in a warning, the ranking's note and the JSON
    — its work would otherwise count as the first report's plans, unnoticed. A report alone, a
    numbered part titled like a report, and a cover letter's attachment line are not flagged."""
    first, second = SEED_FILES[1].read_text(encoding="utf-8"), SEED_FILES[3].read_text(encoding="utf-8")
    title = second.split("\n", 1)[0].strip()
    (tmp_path / "two.txt").write_text(first.rstrip("\n") + "\n" + second, encoding="utf-8")
    (tmp_path / "one.txt").write_bytes(SEED_FILES[0].read_bytes())
    r = run(tmp_path, "--format", "json")
    assert r.exit_code == 0, r.output
    assert f"the title of another report ({title})" in r.stderr
    notes = {Path(row["path"]).name: row["note"] for row in json.loads(r.stdout)["comparison"]["ranking"]}
    assert f"其他报告的标题（{title}）" in notes["two.txt"] and "其他报告" not in notes["one.txt"]
    docs = {Path(d["document"]["path"]).name: d["document"] for d in json.loads(r.stdout)["reports"]}
    (found,) = docs["two.txt"]["more_reports"]
    assert found["title"] == title and (first.rstrip("\n") + "\n" + second)[found["start"] :].startswith(title)
    assert docs["one.txt"]["more_reports"] == []
    part = first.rstrip("\n") + "\n一、2020年法治政府建设工作总结\n全年开展法治培训三次,参训人员二百余人次。\n"
    letter = first.rstrip("\n") + "\n附件:某区2020年法治政府建设情况报告\n"
    assert score_text(part).more_reports == () and score_text(letter).more_reports == ()


@pytest.mark.parametrize(
    "text,kind",
    [
        (  # the notice issuing the year's plan, filed under the same heading of a government's pages
            "某区人民政府办公室关于印发某区2020年依法行政工作要点的通知\n各镇(街),区政府各部门:\n"
            "《某区2020年依法行政工作要点》已经区政府会议同意,现印发给你们,请认真组织实施,全面推进依法行政。\n",
            "关于印发某区2020年依法行政工作要点的通知",
        ),
        (  # a leader's speech at the year's rule-of-law meeting
            "市长在全市法治政府建设工作会议上的讲话\n同志们:今天,我们召开全市法治政府建设工作会议,"
            "总结成绩、部署任务,推进依法行政,建设法治政府。\n",
            "在全市法治政府建设工作会议上的讲话",
        ),
        (  # the reading published beside a report
            "【文字解读】《某区人民政府关于2024年法治政府建设情况的报告》文件解读\n一、背景依据\n"
            "法治政府建设是全面依法治国的重点任务,区人民政府编写了年度报告并予以发布,接受人民群众监督。\n",
            "文字解读",
        ),
        (  # the notice's title given only in a saved page's metadata table, the plan in book-title marks
            "索引号 | 116203/2025-48086 | 主题分类 | 政发 |\n成文日期 | 2025-06-13 | 发布日期 | 2025-06-30 |\n"
            "标题 | 某市人民政府关于印发《某市创建全国法治政府建设示范市实施方案》的通知 |\n各县区人民政府,市政府各部门:\n"
            "《某市创建全国法治政府建设示范市实施方案》已经市委、市政府同意,现印发给你们,请认真抓好贯彻落实。\n",
            "关于印发《某市创建全国法治政府建设示范市实施方案》的通知",
        ),
        (  # a half-year summary: the annual report covers the whole year
            "某市司法局2025年上半年工作总结\n2025年上半年,市司法局深入贯彻习近平法治思想,推进法治政府建设。"
            "现将上半年工作开展情况、存在问题及下一步工作计划总结如下。\n一、工作开展情况\n制定普法依法治理工作要点。\n",
            "上半年工作总结",
        ),
        (  # a half-year summary saved without its title: its first sentence says what it covers
            "2025年上半年,市司法局坚持以习近平法治思想为指导,深入推进法治政府建设,各项工作取得阶段性成效。"
            "现将有关情况报告如下。\n一、工作开展情况\n制定普法依法治理工作要点,组织法治培训两次。\n",
            "2025年上半年",
        ),
    ],
    ids=["plan-notice", "speech", "reading", "plan-notice-in-metadata", "half-year", "half-year-untitled"],
)
def test_other_kinds_of_document_filed_beside_reports_are_named(text, kind):
    """Documents published under the same heading as the reports (found on real pages, 2026-12-01):
    scored all the same, with the kind their title names."""
    assert score_text(text).other_kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # an annual report without its title: the first sentence speaks of the whole year
        "2025年,市司法局坚持以习近平法治思想为指导,深入推进法治政府建设。上半年完成规范性文件清理,"
        "下半年开展执法检查。\n一、工作开展情况\n组织法治培训两次。\n",
        # a titled annual report whose first sentence opens on the first half-year's work
        "某市司法局2025年法治政府建设年度报告\n2025年上半年,市司法局完成规范性文件清理;下半年开展执法检查,"
        "全年组织法治培训两次。\n",
    ],
    ids=["untitled-annual", "titled-annual"],
)
def test_an_annual_report_is_not_taken_for_a_half_year_summary(text):
    assert score_text(text).other_kind is None
