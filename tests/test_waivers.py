"""Waivers: not-applicable items with justification, approver and expiry, visible everywhere."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from checker import ChecklistError, score_file
from checker.audit import render_html
from checker.cli import main
from checker.waivers import load_waivers
from conftest import SEED_FILES

DEPT = SEED_FILES[3]  # 海珠区司法局


def write(tmp_path, body: str):
    p = tmp_path / "waivers.yaml"
    p.write_text("kind: waivers\nwaivers:\n" + body, encoding="utf-8")
    return p


def waiver(item, issuer=None, expires="2099-12-31"):
    line = f"  - item: {item}\n    justification: 部门无立法权\n    approver: 区依法治区办\n    expires: {expires}\n"
    return line + (f"    issuer: {issuer}\n" if issuer else "")


def test_waiver_makes_item_not_applicable_and_leaves_the_denominator(tmp_path):
    base = score_file(DEPT)
    ws = load_waivers(write(tmp_path, waiver("rules.legislation", issuer="广州市海珠区司法局")))
    res = score_file(DEPT, waivers=ws)
    it = res.item("rules.legislation")
    assert it.status == "not_applicable" and not it.in_score and "部门无立法权" in it.reason
    assert res.scoring.items_in_score == base.scoring.items_in_score - 1
    assert res.scoring.score > base.scoring.score  # an absent item left the denominator
    data = res.to_dict()
    item = next(i for i in data["items"] if i["id"] == "rules.legislation")
    assert item["status"] == "not_applicable"
    assert item["waiver"]["approver"] == "区依法治区办" and item["waiver"]["expires"] == "2099-12-31"
    html = render_html(res)
    assert "不适用" in html and "部门无立法权" in html


def test_issuer_specific_waiver_does_not_apply_to_others(tmp_path):
    ws = load_waivers(write(tmp_path, waiver("rules.legislation", issuer="海珠区司法局")))
    assert score_file(SEED_FILES[2], waivers=ws).item("rules.legislation").status != "not_applicable"


def test_expired_and_unknown_waivers_are_ignored_with_warnings(tmp_path):
    ws = load_waivers(write(tmp_path, waiver("rules.legislation", expires="2020-01-01") + waiver("no.such-item")))
    res = score_file(DEPT, waivers=ws, today=dt.date(2026, 1, 1))
    assert res.item("rules.legislation").status != "not_applicable"
    assert any("expired on 2020-01-01" in w for w in res.warnings)
    assert any("unknown item 'no.such-item'" in w for w in res.warnings)
    r = CliRunner().invoke(
        main, ["score", "--waivers", str(write(tmp_path, waiver("rules.legislation", expires="2020-01-01"))), str(DEPT)]
    )
    assert r.exit_code == 0 and "warning" in r.stderr and "expired" in r.stderr


@pytest.mark.parametrize(
    "body,message",
    [
        ("  - item: rules.legislation\n    approver: x\n    expires: 2030-01-01\n", "justification"),
        ("  - item: rules.legislation\n    justification: ab\n    approver: x\n    expires: someday\n", "not a date"),
        (
            "  - item: rules.legislation\n    justification: ab\n    approver: x\n    expires: 2030-01-01\n    by: me\n",
            "unknown field",
        ),
    ],
)
def test_bad_waiver_files_name_the_line(tmp_path, body, message):
    with pytest.raises(ChecklistError, match=message) as exc:
        load_waivers(write(tmp_path, body))
    assert "waivers.yaml:3" in str(exc.value)


def test_waivers_in_compare_json(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))
    w = write(tmp_path, waiver("rules.legislation"))
    r = CliRunner().invoke(main, ["compare", str(DEPT), str(SEED_FILES[0]), "--format", "json", "--waivers", str(w)])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    for doc in data["reports"]:
        assert next(i for i in doc["items"] if i["id"] == "rules.legislation")["status"] == "not_applicable"
