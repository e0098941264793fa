"""Shipped checklists: schema, spec coverage, lint messages, selection by year."""

from __future__ import annotations

import re

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


def test_a_regional_word_read_as_one_of_another_length_is_an_error_naming_its_line(mini_checklist):
    """The matching form keeps every offset, so 程式 may be read as 程序 but not as 程序性."""
    cl = mini_checklist(item_yaml("test.a", "法律顾问"))
    prof = cl.parent / "common" / "structure.yaml"
    text = prof.read_text(encoding="utf-8")
    assert "regional_words: {程式: 程序," in text
    prof.write_text(text.replace("regional_words: {程式: 程序,", "regional_words: {程式: 程序性,"), encoding="utf-8")
    with pytest.raises(
        ChecklistError, match=r"structure\.yaml:\d+: line_joining\.regional_words\.程式: '程序性' is not as long"
    ):
        load_checklist(cl)


def test_a_mention_roles_kept_clauses_are_a_list_or_one_regex_and_a_bad_one_names_its_line(mini_checklist):
    """The opening's kept clauses grew past one regex's length limit, so ``keep`` takes a list;
    one regex still loads, and a broken entry is reported with its file, line and field."""
    cl = mini_checklist(item_yaml("test.a", "法律顾问"))
    prof = cl.parent / "common" / "structure.yaml"
    text = prof.read_text(encoding="utf-8")
    first = "      - '率先(设立|建立|制定|出台|试点|推行|建成|印发|实现|开展)'\n"
    assert "    keep:\n" + first in text
    prof.write_text(text.replace(first, "      - '率先(设立'\n"), encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"structure\.yaml:\d+: mentions\.boilerplate\.keep"):
        load_checklist(cl)
    # (the list's entries and the comments between them, collapsed to the one regex)
    one = re.sub(
        r"    keep:\n(      - '[^\n]*'\n|      #[^\n]*\n)+", lambda _: "    keep: " + first.strip()[2:] + "\n", text
    )
    prof.write_text(one, encoding="utf-8")
    role = next(r for r in load_checklist(cl).profile.mentions if r.name == "boilerplate")
    assert len(role.keep) == 1 and role.keep[0].search("在全国率先设立涉外法治工作专门机构")


def test_a_role_that_denies_headings_is_a_yes_or_no_and_a_wrong_value_names_its_line(mini_checklist):
    cl = mini_checklist(item_yaml("test.a", "法律顾问"))
    prof = cl.parent / "common" / "structure.yaml"
    text = prof.read_text(encoding="utf-8")
    assert "    denies_heading: true\n" in text
    role = next(r for r in load_checklist(cl).profile.mentions if r.name == "none-occurred")
    assert role.denies_heading
    prof.write_text(text.replace("    denies_heading: true\n", "    denies_heading: sometimes\n"), encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"structure\.yaml:\d+: mentions\.none-occurred\.denies_heading"):
        load_checklist(cl)


# ------------------------------------------------------------------ compiled-checklist cache


def _fresh_process(monkeypatch, cache) -> None:
    """What a new process sees: no checklist in memory, the given cache directory."""
    import checker.checklist as cmod

    monkeypatch.setenv("CHECKER_CACHE", str(cache))
    cmod._load_cached.cache_clear()
    cmod._INCLUDES.clear()
    cmod._stamps.clear()


def _score_seed(checklist) -> dict:
    from checker import read_document, score_document
    from conftest import SEED_FILES

    return score_document(read_document(SEED_FILES[3]), checklist).to_dict()


def test_compiled_checklist_is_read_back_instead_of_compiled(monkeypatch, tmp_path):
    import checker.checklist as cmod

    _fresh_process(monkeypatch, tmp_path)
    first = load_checklist("outline-2021")
    entries = list((tmp_path / "checklists").glob("*.pickle"))
    assert len(entries) == 1
    _fresh_process(monkeypatch, tmp_path)

    def no_compiling(*_a, **_k):
        raise AssertionError("compiled again although the cache holds it")

    monkeypatch.setattr(cmod, "_load", no_compiling)
    again = load_checklist("outline-2021")
    assert again is not first
    assert _score_seed(again) == _score_seed(first)


def test_damaged_or_foreign_cache_entries_are_compiled_afresh(monkeypatch, tmp_path):
    import checker.checklist as cmod

    _fresh_process(monkeypatch, tmp_path)
    expected = _score_seed(load_checklist("outline-2021"))
    (entry,) = (tmp_path / "checklists").glob("*.pickle")
    calls = []
    real = cmod._load
    monkeypatch.setattr(cmod, "_load", lambda *a, **k: calls.append(1) or real(*a, **k))

    entry.write_bytes(b"not a pickle")
    _fresh_process(monkeypatch, tmp_path)
    assert _score_seed(load_checklist("outline-2021")) == expected
    assert len(calls) == 1

    entry.chmod(0o666)  # anyone could have written it: never unpickled
    _fresh_process(monkeypatch, tmp_path)
    assert _score_seed(load_checklist("outline-2021")) == expected
    assert len(calls) == 2


def test_an_edited_checklist_is_not_served_from_the_cache(monkeypatch, tmp_path, mini_checklist):
    from checker import read_document, score_document
    from conftest import SEED_FILES

    _fresh_process(monkeypatch, tmp_path / "cache")
    path = mini_checklist(item_yaml("test.a", "行政复议"))
    doc = read_document(SEED_FILES[3])
    assert score_document(doc, load_checklist(path)).items[0].status != "absent"
    items = path.parent / "common" / "items.yaml"
    items.write_text(items.read_text(encoding="utf-8").replace("行政复议", "不存在的词语"), encoding="utf-8")
    _fresh_process(monkeypatch, tmp_path / "cache")
    assert score_document(doc, load_checklist(path)).items[0].status == "absent"


def test_the_cache_keeps_only_the_newest_compiled_checklists(monkeypatch, tmp_path, mini_checklist):
    import checker.checklist as cmod

    _fresh_process(monkeypatch, tmp_path / "cache")
    monkeypatch.setattr(cmod, "MAX_COMPILED_ENTRIES", 2)
    for term in ("行政复议", "行政诉讼", "法律顾问"):
        path = mini_checklist(item_yaml("test.a", term))
        cmod._load_cached.cache_clear()
        load_checklist(path)
    assert len(list((tmp_path / "cache" / "checklists").glob("*.pickle"))) == 2


def test_no_cache_when_checker_is_installed_without_its_sources(monkeypatch, tmp_path):
    """Without the .py files versions cannot be told apart, so nothing is cached or read back."""
    import checker.checklist as cmod

    _fresh_process(monkeypatch, tmp_path)
    monkeypatch.setattr(cmod, "code_digest", lambda: "")
    load_checklist("outline-2021")
    assert not list(tmp_path.glob("checklists/*.pickle"))


# ------------------------------------------------------------------ compiled-pattern store


def _new_store(monkeypatch, cache):
    """A new process's pattern store, over the given cache directory."""
    import checker.patterns as pmod

    monkeypatch.setenv("CHECKER_CACHE", str(cache))
    store = pmod.CompiledStore()
    monkeypatch.setattr(pmod, "compiled_store", store)
    return store


def _compiles(monkeypatch) -> list[str]:
    """The patterns ``regex`` parses and compiles from here on."""
    import regex

    import checker.patterns as pmod

    calls: list[str] = []
    real = regex.compile
    monkeypatch.setattr(pmod.regex, "compile", lambda source, *a, **k: calls.append(source) or real(source, *a, **k))
    return calls


def _spans(checklist, texts) -> list:
    from checker.checklist import _patterns_in

    out = []
    for p in sorted(set(_patterns_in(checklist)), key=lambda p: (p.pattern, p.flags)):
        out.append([[m.span() for m in p.finditer(t)] for t in texts])
    return out


def test_a_later_process_reads_the_compiled_patterns_instead_of_compiling(monkeypatch, tmp_path):
    """What a process compiled is saved when a command ends, and the next process's patterns
    come from it with the same matches; the CLI saves it."""
    from click.testing import CliRunner

    from checker.cli import main
    from conftest import SEED_FILES

    texts = [f.read_text(encoding="utf-8") for f in SEED_FILES]
    _fresh_process(monkeypatch, tmp_path)
    _new_store(monkeypatch, tmp_path)
    calls = _compiles(monkeypatch)
    assert CliRunner().invoke(main, ["score", "--checklist", "outline-2021", str(SEED_FILES[3])]).exit_code == 0
    assert calls, "nothing compiled in a fresh process"
    (saved,) = (tmp_path / "regex").glob("*.pickle")
    assert saved.stat().st_mode & 0o077 == 0

    _fresh_process(monkeypatch, tmp_path)
    _new_store(monkeypatch, tmp_path)
    calls = _compiles(monkeypatch)
    expected = _score_seed(load_checklist("outline-2021"))
    assert calls == [], f"compiled again although saved: {calls[:3]}"
    read_back = _spans(load_checklist("outline-2021"), texts)

    _fresh_process(monkeypatch, tmp_path / "empty")
    _new_store(monkeypatch, tmp_path / "empty")
    assert _score_seed(load_checklist("outline-2021")) == expected
    assert _spans(load_checklist("outline-2021"), texts) == read_back  # every pattern, compiled afresh


def test_a_damaged_or_foreign_pattern_store_is_not_read(monkeypatch, tmp_path):
    from checker.patterns import bounded

    store = _new_store(monkeypatch, tmp_path)
    bounded("行政(复议|诉讼)").search("行政复议")
    assert store.save() and not store.save()  # (nothing new the second time)
    (saved,) = (tmp_path / "regex").glob("*.pickle")

    for damage in (lambda: saved.chmod(0o666), lambda: saved.write_bytes(b"not a pickle")):
        damage()
        _new_store(monkeypatch, tmp_path)
        calls = _compiles(monkeypatch)
        assert bounded("行政(复议|诉讼)").search("行政诉讼").group() == "行政诉讼"
        assert calls == ["行政(复议|诉讼)"]


def test_an_unwritable_cache_leaves_the_store_in_memory(monkeypatch, tmp_path):
    from checker.patterns import bounded

    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = _new_store(monkeypatch, blocker)  # the cache "directory" is a file
    assert bounded("述法").search("年终述法") is not None
    assert store.save() is False
    calls = _compiles(monkeypatch)
    assert bounded("述法").search("述法") is not None and calls == []


def test_the_pattern_store_is_bounded(monkeypatch, tmp_path):
    import checker.patterns as pmod
    from checker.patterns import bounded

    monkeypatch.setattr(pmod.CompiledStore, "MAX", 3)
    first = _new_store(monkeypatch, tmp_path)
    for term in ("甲", "乙", "丙"):
        bounded(term).search(term)
    first.save()
    second = _new_store(monkeypatch, tmp_path)
    bounded("丁").search("丁")
    second.save()
    (saved,) = (tmp_path / "regex").glob("*.pickle")
    from checker.resources import read_private_pickle

    assert sorted(k[0] for k in read_private_pickle(saved)) == ["丁"]  # (over the bound: this process's only)


def test_pattern_stores_of_other_regex_versions_are_removed(monkeypatch, tmp_path):
    import os

    from checker.patterns import bounded

    (tmp_path / "regex").mkdir()
    for n, old in enumerate(("regex-2020.1.1-py311.pickle", "regex-2021.1.1-py311.pickle")):
        (tmp_path / "regex" / old).write_bytes(b"old")
        os.utime(tmp_path / "regex" / old, (1_000_000 + n, 1_000_000 + n))
    store = _new_store(monkeypatch, tmp_path)
    bounded("法治督察").search("法治督察")
    assert store.save()
    left = sorted(p.name for p in (tmp_path / "regex").glob("*.pickle"))
    assert len(left) == 2 and "regex-2020.1.1-py311.pickle" not in left
