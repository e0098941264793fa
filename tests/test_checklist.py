"""Shipped checklists: schema, spec coverage, lint messages, selection by year."""

from __future__ import annotations

import pytest
import yaml

from checker import ChecklistError, lint_checklist, load_checklist
from checker.checklist import checklist_for_year
from conftest import CHECKLISTS, SHARED, item_yaml

SPEC = SHARED / "spec" / "items.yaml"


@pytest.mark.parametrize("ref", ["outline-2015", "outline-2021"])
def test_shipped_checklists_lint_clean(ref):
    assert lint_checklist(CHECKLISTS / f"{ref}.yaml") == []


@pytest.mark.skipif(not SPEC.exists(), reason="../shared/spec not available")
@pytest.mark.parametrize("ref", ["outline-2015", "outline-2021"])
def test_every_spec_item_is_in_the_checklist_with_its_meaning(ref):
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    cl = load_checklist(ref)
    items = {i.id: i for i in cl.items}
    areas = {a.id: a.title for a in cl.areas}
    for area_id, title in spec["areas"].items():
        assert areas[area_id] == title
    for s in spec["items"]:
        it = items[s["id"]]
        assert it.title == s["title"]
        assert it.area == s["id"].split(".")[0]
        assert it.applies == str(s["applies"])
        assert it.scored == s.get("scored", True)
        assert it.remediation
        assert [e.id for e in it.elements] == [e["id"] for e in s.get("elements", [])]


def test_applies_era_items_are_left_out_of_score():
    cl = load_checklist("outline-2015")
    xi = next(i for i in cl.items if i.id == "leadership.xi-thought")
    assert not xi.applies_to(cl.era)
    assert xi.applies_to("2021")


@pytest.mark.parametrize(
    "year,expected",
    [
        (2016, "outline-2015"),
        (2020, "outline-2015"),
        (2021, "outline-2021"),
        (2024, "outline-2021"),
        (None, "outline-2021"),
    ],
)
def test_checklist_chosen_by_year(year, expected):
    assert checklist_for_year(year).stem == expected


def _lint(path):
    return "\n".join(lint_checklist(path))


def test_lint_duplicate_item_ids(mini_checklist):
    cl = mini_checklist(item_yaml("test.a", "法律顾问") + item_yaml("test.a", "复议"))
    out = _lint(cl)
    assert "duplicate item id 'test.a'" in out and "items.yaml:12: items[1].id" in out


def test_lint_unknown_field_and_missing_remediation(mini_checklist):
    items = item_yaml("test.a", "法律顾问").replace("    remediation: 请补充相关内容。\n", "    colour: red\n")
    out = _lint(mini_checklist(items))
    assert "unknown field" in out and "colour" in out
    assert "missing field" in out and "remediation" in out
    assert "items.yaml:3: items[0]" in out


def test_lint_unknown_area_names_line(mini_checklist):
    out = _lint(mini_checklist(item_yaml("test.a", "法律顾问", area="nowhere")))
    assert "unknown area 'nowhere'" in out and "items.yaml:5: items[0].area" in out


def test_yaml_syntax_error_names_line(mini_checklist, tmp_path):
    cl = mini_checklist(item_yaml("test.a", "[法律顾问"))
    with pytest.raises(ChecklistError, match=r"items\.yaml:\d+: YAML error"):
        load_checklist(cl)


def test_yaml_bomb_is_refused(mini_checklist):
    bomb = "kind: items\nx: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    prev = "a"
    for n in "bcdefghij":
        bomb += f"{n}: &{n} [" + ", ".join([f"*{prev}"] * 9) + "]\n"
        prev = n
    cl = mini_checklist(item_yaml("test.a", "法律顾问"))
    (cl.parent / "common" / "items.yaml").write_text(bomb, encoding="utf-8")
    with pytest.raises(ChecklistError, match="expands to more than"):
        load_checklist(cl)


def test_lint_bad_regex_in_structure_profile(mini_checklist):
    cl = mini_checklist(item_yaml("test.a", "法律顾问"))
    prof = cl.parent / "common" / "structure.yaml"
    prof.write_text(
        prof.read_text(encoding="utf-8").replace("sentence_end: '。!?;'", "sentence_end: '。!?;'\nconcrete_x: 1"),
        encoding="utf-8",
    )
    assert "unknown field" in _lint(cl)
