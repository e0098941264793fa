"""The matching engine's shortcuts must not change results: per-sentence regex matches found
in one scan (with a pre-filter on required strings) equal a plain search of each sentence."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.checklist import load_checklist
from checker.normalize import normalize
from checker.patterns import BoundedPattern, _alternation, required_strings
from checker.segment import segment

PATTERNS = [
    r"法治[^。;]{0,6}督察",
    r"[^。;,]{0,20}等(工作)?经费",
    r"(?:[^、,;。]{1,4}、){2,}[^、,;。]{1,4}等",
    r"^(下一步|今后)",
    r"审查$",
    r"(?<!新)(修订|制定)",
    r"(修改|制定)[\u4e00-\u9fff]{1,6}法(?=[,。;、])",
    r"(?<=[和及])市",
    r"[^。]+",
    r"\d+次",
]
ALPHABET = "法治督察等工作经费、,。;下一步今后审查新修订制定修改和及市12次\n "


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=120))
def test_sentence_matches_equal_a_plain_search(text):
    profile = load_checklist("outline-2021").profile
    structure = segment(normalize(text, profile.line_joining), profile)
    for source in PATTERNS:
        p = re.compile(source)
        want = {
            k: spans
            for k, s in enumerate(structure.sentences)
            if (spans := [m.span() for m in p.finditer(s.text) if m.end() > m.start()])
        }
        assert structure.matches(BoundedPattern(source)) == want, source
        # the same with the required strings indexed in one pass: half of the patterns' strings
        # given (as a checklist's), the others looked up as their patterns ask
        indexed = segment(normalize(text, profile.line_joining), profile, INDEXED)
        assert indexed.matches(BoundedPattern(source)) == want, source


#: Required strings of every other pattern above, as ``Checklist.required`` would give them.
INDEXED = tuple(sorted({s for src in PATTERNS[::2] for req in BoundedPattern(src).checks for s in req}))


def test_checklist_patterns_on_the_seeds_equal_a_plain_search():
    """Every regex of the shipped checklist's items, on every seed, with the checklist's index."""
    from pathlib import Path

    from checker.rules import Regex, walk

    cl = load_checklist("outline-2021")
    assert cl.required and all("\n" not in s for s in cl.required)
    patterns = {
        n.pattern.pattern: n.pattern
        for it in cl.items
        for r in (it.match, it.exclude, it.generic, *(e.rule for e in it.elements))
        if r is not None
        for n in walk(r)
        if isinstance(n, Regex)
    }
    assert len(patterns) > 100
    # every string the item regexes and the mention roles require is in the index
    roles = [p for r in cl.profile.mentions for p in (*r.spans, *r.sentence, r.names) if p is not None]
    indexed = set(cl.required)
    assert all(s in indexed for p in [*patterns.values(), *roles] for req in p.checks for s in req)
    for seed in sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt")):
        structure = segment(
            normalize(seed.read_text(encoding="utf-8"), cl.profile.line_joining), cl.profile, cl.required
        )
        for p in patterns.values():
            want = {
                k: spans
                for k, s in enumerate(structure.sentences)
                if (spans := [m.span() for m in p.finditer(s.text) if m.end() > m.start()])
            }
            assert structure.matches(p) == want, (seed.name, p.pattern)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET + "研究部署事项创建abcx", min_size=1, max_size=80))
def test_every_match_contains_a_required_string(text):
    for p in map(
        re.compile, PATTERNS + [r"(研究|部署)[^。]{0,9}等(工作|事项)", r"(a|b)?c", r"abc|x", r"法治[^。]{1,6}创建"]
    ):
        req = required_strings(p)
        for m in p.finditer(text):
            assert not req or any(r in m.group() for r in req), (p.pattern, req, m.group())


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET + "研究部署事项创建abcx个小组", min_size=1, max_size=80))
def test_every_match_holds_a_member_of_every_check(text):
    """The pre-check before each call (all requirement sets, not only the most selective)."""
    extra = [
        r"(研究|部署)[^。]{0,9}等(工作|事项)",
        r"(?:[^、,;。]{1,4}、){2,}(\d+|[一二])个(小组|工作组)",
        r"(研究|部署|事项|创建|小组|a|b|c)个",  # more alternatives than are tested with ``in``
    ]
    for source in PATTERNS + extra:
        p = BoundedPattern(source)
        for m in re.finditer(source, text):
            for req in p.checks:
                assert any(r in m.group() for r in req), (source, req, m.group())
        if not p.may_match(text):
            assert p.search(text) is None and p.finditer(text) == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="法治督察等工作经费、。ab", min_size=0, max_size=4), min_size=7, max_size=12),
    st.text(alphabet="法治督察等工作经费、。abx\n", max_size=60),
)
def test_a_large_set_of_alternatives_is_found_exactly_where_one_member_is(strings, text):
    """The pre-check of a set too large for ``in`` tests, one search of the text (any length,
    overlapping members, the empty string)."""
    search = _alternation(tuple(dict.fromkeys(strings)))
    assert (search(text) is not None) == any(s in text for s in strings)


def test_checks_of_common_shapes():
    assert BoundedPattern(r"(研究|部署)[^。]{0,9}等(工作|事项)").checks == (("等",), ("事项", "工作"), ("研究", "部署"))
    assert BoundedPattern(r"、{2,}\d个(小组|专班)").checks == (("、",), ("个",), ("专班", "小组"))
    assert not BoundedPattern(r"(研究|部署)等").may_match("研究工作")  # 等 is missing
    assert BoundedPattern(r"(?i)abc").checks == () and BoundedPattern(r"(?i)abc").may_match("ABC")
    assert BoundedPattern(r"x(?i:abc)").checks == (("x",),)
    assert required_strings(BoundedPattern(r"(?i)abc")) == ()
    # a set of alternatives is tested the same whether with ``in`` (few) or one search (many)
    many = BoundedPattern(r"(甲|乙|丙|丁|戊|己|庚|辛)等")
    assert many.checks == (("等",), ("丁", "丙", "乙", "己", "庚", "戊", "甲", "辛"))
    assert many.may_match("辛等") and not many.may_match("壬等")
    assert BoundedPattern(r"(甲|乙)等").may_match("乙等") and not BoundedPattern(r"(甲|乙)等").may_match("丙等")
    # the multi-line variant keeps the requirements
    p = BoundedPattern(r"^(研究|部署)等")
    assert p.with_flags(re.M).checks == p.checks and p.with_flags(re.M).search("x\n部署等") is not None


def test_required_strings_of_common_shapes():
    assert required_strings(re.compile(r"(研究|部署)[^。]{0,9}等(工作|事项)")) == ("等",)
    assert required_strings(re.compile(r"abc|x")) == ("abc", "x")
    assert required_strings(re.compile(r"(a|b)?c")) == ("c",)
    assert required_strings(re.compile(r"(?i)abc")) == ()  # case-insensitive: no pre-filter
    assert required_strings(re.compile(r"[^a]*")) == ()
