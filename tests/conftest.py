from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CHECKLISTS = ROOT / "checklists"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
TRADITIONAL_SEED = SEEDS / "001_97256ae8d542b572.txt"


@pytest.fixture(autouse=True, scope="session")
def _own_cache_directory(tmp_path_factory):
    """Caches (scores, compiled checklists) of the test run stay out of the user's own."""
    old = os.environ.get("CHECKER_CACHE")
    os.environ["CHECKER_CACHE"] = str(tmp_path_factory.mktemp("checker-cache"))
    yield
    if old is None:
        os.environ.pop("CHECKER_CACHE", None)
    else:
        os.environ["CHECKER_CACHE"] = old


@pytest.fixture
def mini_checklist(tmp_path: Path):
    """Write a small checklist (real structure profile + given items YAML) and return its path."""

    def make(items_yaml: str, extra: str = "") -> Path:
        (tmp_path / "common").mkdir(exist_ok=True)
        shutil.copy(CHECKLISTS / "common" / "structure.yaml", tmp_path / "common" / "structure.yaml")
        shutil.copy(CHECKLISTS / "schema.json", tmp_path / "schema.json")
        (tmp_path / "common" / "items.yaml").write_text("kind: items\nitems:\n" + items_yaml, encoding="utf-8")
        top = tmp_path / "mini.yaml"
        top.write_text(
            "kind: checklist\nid: mini\ntitle: 测试清单\nversion: '0.1'\nsource: 测试\nera: '2021'\n"
            "years: {from: 2021, to: 2030}\ninclude: [common/structure.yaml, common/items.yaml]\n"
            "areas:\n  - {id: test, title: 测试区域, weight: 1}\n  - {id: other, title: 其他区域, weight: 1}\n"
            "scoring: {model: weighted, partial_credit: 0.5, planned_credit: 0}\n" + extra,
            encoding="utf-8",
        )
        return top

    return make


def item_yaml(item_id: str, match: str, extra: str = "", area: str = "test", weight: int = 1) -> str:
    """One item in YAML (match given as a flow-style rule)."""
    return (
        f"  - id: {item_id}\n    title: 测试条目{item_id}\n    area: {area}\n    source: 测试\n    applies: both\n"
        f"    weight: {weight}\n    covered: test\n    remediation: 请补充相关内容。\n    match: {match}\n{extra}"
    )


LIMIT_S = 10


@pytest.fixture
def bounded():
    """Fail a case that runs longer than LIMIT_S seconds (a bound against hangs, not a speed target)."""

    def alarm(signum, frame):
        raise TimeoutError(f"input not handled within {LIMIT_S} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(LIMIT_S)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)
