"""The command line through click's CliRunner: output, JSON contract, errors and exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import main
from conftest import SEED_FILES, SHARED, item_yaml

STATUSES = {"covered", "partial", "planned", "absent", "not_applicable"}


@pytest.fixture
def runner():
    return CliRunner()


def test_score_table(runner):
    r = runner.invoke(main, ["score", str(SEED_FILES[3])])
    assert r.exit_code == 0, r.output
    assert "海珠区司法局" in r.output and "2020" in r.output
    assert "得分" in r.output and "公式" in r.output and "充分体现" in r.output


def test_score_json_contract(runner):
    r = runner.invoke(main, ["score", "--format", "json", str(SEED_FILES[4])])
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert set(data["document"]) >= {"path", "sha256", "issuer", "year", "script"}
    assert set(data["checklist"]) >= {"id", "version"}
    assert set(data["scoring"]) >= {"model", "formula", "score", "grade"}
    assert data["checklist"]["id"] == "outline-2021" and data["document"]["year"] == 2023
    text = SEED_FILES[4].read_text(encoding="utf-8")
    for it in data["items"]:
        assert set(it) >= {"id", "status", "score", "elements", "concrete", "evidence"}
        assert it["status"] in STATUSES
        if it["status"] != "absent":
            assert it["evidence"]
        for ev in it["evidence"]:
            assert set(ev) >= {"text", "start", "end", "part"}
            assert text[ev["start"] : ev["end"]] == ev["text"]


def test_several_reports_give_a_list_and_stdin_works(runner):
    r = runner.invoke(main, ["score", "--format", "json", str(SEED_FILES[0]), "-"], input=SEED_FILES[1].read_bytes())
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert isinstance(data, list) and len(data) == 2
    assert data[1]["document"]["path"] == "-" and data[1]["document"]["script"] == "traditional"


def test_bad_reports_do_not_stop_the_batch(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\xff" * 300)
    r = runner.invoke(
        main,
        [
            "score",
            "--format",
            "json",
            str(empty),
            str(SEED_FILES[2]),
            str(tmp_path / "missing.txt"),
            str(tmp_path),
            str(binary),
        ],
    )
    assert r.exit_code == 2
    assert "Traceback" not in r.output
    data = json.loads(r.stdout)
    assert len(data) == 1 and data[0]["document"]["path"].endswith(SEED_FILES[2].name)
    err = r.stderr
    assert "empty" in err and "no such file" in err and "directory" in err and "binary" in err


def test_single_missing_report_one_line_error(runner, tmp_path):
    r = runner.invoke(main, ["score", str(tmp_path / "nope.txt")])
    assert r.exit_code != 0
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert lines[0].startswith("checker: error:") and "nope.txt" in lines[0]
    assert "Traceback" not in r.output


def test_bad_checklist_is_one_line_error(runner, mini_checklist):
    cl = mini_checklist(item_yaml("test.a", "{regex: '(unclosed'}"))
    r = runner.invoke(main, ["score", "--checklist", str(cl), str(SEED_FILES[0])])
    assert r.exit_code == 3
    assert "invalid regex" in r.stderr and "items.yaml:" in r.stderr
    assert "Traceback" not in r.output


def test_yaml_error_checklist(runner, mini_checklist):
    cl = mini_checklist(item_yaml("test.a", "法律顾问"))
    cl.write_text(cl.read_text(encoding="utf-8") + "areas: [\n", encoding="utf-8")
    r = runner.invoke(main, ["score", "--checklist", str(cl), str(SEED_FILES[0])])
    assert r.exit_code == 3 and "YAML error" in r.stderr


def test_model_and_grades_options(runner):
    base = json.loads(runner.invoke(main, ["score", "--format", "json", str(SEED_FILES[1])]).output)
    flat = json.loads(
        runner.invoke(main, ["score", "--format", "json", "--model", "flat-unweighted", str(SEED_FILES[1])]).output
    )
    assert base["scoring"]["model"] == "weighted" and flat["scoring"]["model"] == "flat-unweighted"
    assert "N" in flat["scoring"]["formula"]
    strict = json.loads(
        runner.invoke(main, ["score", "--format", "json", "--grades", "A:99,B:98", str(SEED_FILES[1])]).output
    )
    assert strict["scoring"]["grade"] == "不合格"
    r = runner.invoke(main, ["score", "--grades", "nonsense", str(SEED_FILES[1])])
    assert r.exit_code == 4 and "grade band" in r.stderr


def test_checklist_override_and_year_option(runner):
    r = runner.invoke(main, ["score", "--format", "json", "--checklist", "outline-2021", str(SEED_FILES[0])])
    assert json.loads(r.stdout)["checklist"]["id"] == "outline-2021"
    assert "outside the years of outline-2021" in r.stderr and "as asked" in r.stderr
    r = runner.invoke(main, ["score", "--format", "json", "--year", "2022", str(SEED_FILES[0])])
    data = json.loads(r.stdout)
    assert data["checklist"]["id"] == "outline-2021" and data["document"]["year"] == 2022
    r = runner.invoke(main, ["score", "--checklist", "no-such-list", str(SEED_FILES[0])])
    assert r.exit_code == 4 and "unknown checklist" in r.stderr


def test_output_file_written(runner, tmp_path):
    out = tmp_path / "sub" / "r.json"
    r = runner.invoke(main, ["score", "--format", "json", "-o", str(out), str(SEED_FILES[0])])
    assert r.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["document"]["year"] == 2018
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]


def test_checklist_lint_show_list(runner, mini_checklist):
    r = runner.invoke(main, ["checklist", "lint", "checklists/outline-2015.yaml", "checklists/outline-2021.yaml"])
    assert r.exit_code == 0 and r.output.count(": ok") == 2
    bad = mini_checklist(item_yaml("test.a", "法律顾问") + item_yaml("test.a", "复议"))
    r = runner.invoke(main, ["checklist", "lint", str(bad)])
    assert r.exit_code == 1 and "duplicate item id" in r.stderr
    r = runner.invoke(main, ["checklist", "show", "outline-2015", "--item", "enforcement.three-systems"])
    assert r.exit_code == 0 and "执法全过程记录" in r.output and "要素" in r.output
    r = runner.invoke(main, ["checklist", "list"])
    assert "outline-2015" in r.output and "outline-2021" in r.output


LOCAL_ITEM = """  - id: local.rural-law
    title: 法治乡村建设
    area: society
    source: 本地清单
    applies: both
    weight: 1
    covered: The report describes work building rule of law in villages.
    match:
      any: [民主法治示范村, 法治乡村, 普法]
    remediation: 写明民主法治示范村创建和法治乡村建设情况。
"""


def test_checklist_copy_to_edit_and_use(runner, tmp_path, monkeypatch):
    """A legal-affairs office copies the shipped checklists, adds a local item and scores with
    them — by path, or by year from the copy (CHECKER_CHECKLISTS)."""
    mine = tmp_path / "我的清单"
    r = runner.invoke(main, ["checklist", "copy", str(mine)])
    assert r.exit_code == 0 and f"checker checklist lint {mine / 'outline-2021.yaml'}" in r.output
    with (mine / "common" / "items.yaml").open("a", encoding="utf-8") as fh:
        fh.write(LOCAL_ITEM)
    r = runner.invoke(main, ["checklist", "lint", str(mine / "outline-2021.yaml"), str(mine / "outline-2015.yaml")])
    assert r.exit_code == 0 and r.output.count("(54 items") == 2
    r = runner.invoke(
        main, ["score", "--format", "json", "--checklist", str(mine / "outline-2021.yaml"), str(SEED_FILES[4])]
    )
    assert r.exit_code == 0 and json.loads(r.stdout)["items"][-1]["id"] == "local.rural-law"
    monkeypatch.setenv("CHECKER_CHECKLISTS", str(mine))
    r = runner.invoke(main, ["score", "--format", "json", str(SEED_FILES[1])])  # a 2019 report: the 2015 Outline
    doc = json.loads(r.stdout)
    assert doc["checklist"]["id"] == "outline-2015" and doc["items"][-1]["id"] == "local.rural-law"
    assert doc["items"][-1]["status"] == "covered"
    r = runner.invoke(main, ["checklist", "copy", str(mine)])  # not over an edited copy
    assert r.exit_code == 4 and "use --force" in r.stderr
    assert "法治乡村" in (mine / "common" / "items.yaml").read_text(encoding="utf-8")


@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="../shared/gold not available")
def test_evaluate_command(runner):
    r = runner.invoke(main, ["evaluate", "--gold", str(SHARED / "gold"), "seeds", "--format", "json"])
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert len(data["documents"]) == 5
    assert 0 <= data["micro"]["f1"] <= 1
    r = runner.invoke(main, ["evaluate", "--gold", str(SHARED / "gold")])
    assert "micro" in r.output and "confusion" in r.output
    r = runner.invoke(main, ["evaluate", "--gold", "/nonexistent"])
    assert r.exit_code == 2 and "gold directory not found" in r.stderr


def test_evaluate_reports_issuer_and_year_when_gold_has_meta(runner, tmp_path):
    """A wrong name is reported apart from a missing one: a researcher comparing districts is
    misled by the first and only inconvenienced by the second."""
    reports, gold = tmp_path / "reports", tmp_path / "gold"
    reports.mkdir(), gold.mkdir()
    body = (
        "\n一、主要举措和成效\n全年开展法治培训三次，参训人员二百余人次，覆盖全部工作人员。"
        "严格落实重大行政决策程序，聘请法律顾问参与合法性审查，全年审查合同四十余件。\n"
    )
    docs = {
        "a": (
            "青山县2022年法治政府建设情况报告" + body,
            {"issuer": "青山县人民政府", "issuer_named": True, "year": 2022},
        ),
        "b": ("2022年,我局坚持依法行政。" + body, {"issuer": "青山县司法局", "issuer_named": False, "year": 2022}),
        "c": (
            "青山县2021年法治政府建设情况报告" + body,
            {"issuer": "另一县人民政府", "issuer_named": True, "year": 2022},
        ),
    }
    for doc, (text, meta) in docs.items():
        (reports / f"{doc}.txt").write_text(text, encoding="utf-8")
        (gold / f"{doc}.json").write_text(json.dumps({"doc": doc, "meta": meta, "labels": {}}), encoding="utf-8")
    r = runner.invoke(main, ["evaluate", "--gold", str(gold), str(reports)])
    assert r.exit_code == 0, r.output
    assert "issuer: named and found 1/2; not named and left empty 1/1; wrong name 1" in r.output
    assert "year: 2/3" in r.output and "wrong issuer  c: 青山县人民政府 (gold 另一县人民政府)" in r.output
    data = json.loads(runner.invoke(main, ["evaluate", "--gold", str(gold), str(reports), "--format", "json"]).output)
    assert data["metadata"]["wrong"] == [["c", "另一县人民政府", "青山县人民政府"]]


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_issuer_override_is_refused_for_several_reports_in_every_format(fmt):
    """(JSON for several reports is scored in workers, which once ignored --issuer silently.)"""
    r = CliRunner().invoke(main, ["score", "--format", fmt, "--issuer", "某某县人民政府", *map(str, SEED_FILES[:2])])
    assert r.exit_code == 4 and "--issuer applies to one report" in r.stderr


def test_a_text_that_never_names_the_subject_is_scored_with_a_warning(tmp_path):
    """A document filed beside the reports by mistake must not sit unnoticed in a ranking."""
    other = tmp_path / "news.txt"
    other.write_text(
        "春天来了,花开了,小鸟在树上唱歌,孩子们在草地上奔跑玩耍,老人们在公园里散步聊天,一切都显得那么美好。\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(main, ["score", "--format", "json", str(other)])
    assert r.exit_code == 0 and "never names its subject" in r.stderr
    assert any("never names its subject" in w for w in json.loads(r.stdout)["warnings"])
    r = CliRunner().invoke(main, ["score", str(SEED_FILES[0])])
    assert r.exit_code == 0 and "never names its subject" not in r.stderr
