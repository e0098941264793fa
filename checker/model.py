"""Compiled checklist model shared by the stages (the YAML is parsed in :mod:`checker.checklist`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .patterns import Pattern

if TYPE_CHECKING:
    from .rules import Rule

#: The report parts the segmenter assigns. ``front``/``title``/``closing`` never count as
#: evidence; ``plan`` makes an item ``planned``; ``shortcomings`` is never coverage.
PARTS = ("front", "title", "preamble", "measures", "duty", "shortcomings", "plan", "other", "closing")
DEFAULT_COVERAGE_PARTS = frozenset({"preamble", "measures", "duty", "other"})
STATUSES = ("covered", "partial", "planned", "absent", "not_applicable")


@dataclass(frozen=True)
class HeadingPattern:
    level: int
    pattern: Pattern


@dataclass(frozen=True)
class IssuerPattern:
    where: str  # title | line | metadata | tail | first-sentence
    pattern: Pattern


@dataclass(frozen=True)
class IssuerNames:
    """What a body's name looks like, and how it is written in full (structure.yaml ``issuer_names``)."""

    shape: Pattern | None = None
    generic: Pattern | None = None
    canonical: tuple[tuple[Pattern, str], ...] = ()
    self_reference: dict[str, Pattern] = field(default_factory=dict)
    department: Pattern | None = None
    provinces: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    place_suffix: Pattern | None = None
    city: Pattern | None = None  # a city named with its own bodies: 常州市委, 常州市人民政府
    level_department: Pattern | None = None  # 省统计局: a department named by its level only
    own_plan: Pattern | None = None  # 制定《华宁县2025年法治政府建设工作要点》: a government's own plan
    addressee: Pattern | None = None  # 中共海宁市委、海宁市人民政府: — the government a report is sent to


@dataclass(frozen=True)
class LineJoining:
    """When a line break is a hard wrap inside a sentence (see normalize)."""

    min_line_chars: int = 24
    headings: tuple[Pattern, ...] = ()  # a line starting a numbered heading is never joined
    keep_break_after: Pattern | None = None
    keep_break_before: Pattern | None = None
    # A text whose line breaks were lost (a page copied as one line): inside a line longer than
    # ``split_over`` characters, a break is put back before each match of ``split_before``.
    split_over: int = 0
    split_single: int = 0  # the same for a text's only line longer than this (0: never)
    split_before: tuple[Pattern, ...] = ()
    # A text double-spaced throughout (this share of its lines followed by an empty line) has
    # its wrapped lines judged across the empty lines (0: never).
    double_spaced: float = 0.0
    # A heading number set apart from its title by a space (一　加强组织领导): the match's spaces
    # stay in the matching form, where the heading patterns read them as the number's separator.
    number_space: Pattern | None = None
    # A line that is only a page's number (— 3 —, 第3页 共9页): with the blank lines and form feed
    # around it, page furniture a text taken from a PDF (pdftotext, a viewer's copy) keeps between
    # pages; the lines either side are judged as if adjacent.
    page_number: Pattern | None = None
    # A line that always stands alone, however full the line before (a signature's date).
    own_line: Pattern | None = None
    # In a text typed without 、 (an English keyboard), a comma this matches is one (normalize).
    enumeration_comma: Pattern | None = None
    # In a text without 《, a quoted name this finds (either script) is a document's title.
    quoted_title: Pattern | None = None
    # In a traditional-script text, words a converter wrote in another region's vocabulary (the
    # government site's Big5 gateway writes 决策程式 for 决策程序): (as simplified, as meant) pairs
    # of equal length, read as meant in the matching form.
    regional_words: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class MentionRole:
    """Where a term only *names* a topic instead of reporting work done (structure.yaml ``mentions``).

    A hit inside one of the role's spans does not count for an item unless the item (or the
    rule node) lists the role under ``mentions``. Spans come from ``spans`` patterns, from
    literal ``names`` (a shorter term inside 习近平法治思想 is part of the name), or from whole
    sentences that match a ``sentence`` cue (minus the clauses matching ``keep``).
    ``where`` limits the role to headings or to the report's opening sentences. A role that
    ``denies_heading`` (cases that did not occur) also voids a heading's hit when a sentence under
    the heading says, in the role's span, that the heading's subject did not occur.
    """

    name: str
    where: str = "any"  # any | heading | opening
    spans: tuple[Pattern, ...] = ()
    sentence: tuple[Pattern, ...] = ()
    keep: tuple[Pattern, ...] = ()  # clauses stating a fact, one pattern each (or any of a list)
    names: Pattern | None = None
    # a heading's subject said not to have occurred in its section voids the heading's hit
    denies_heading: bool = False


@dataclass(frozen=True)
class ReuseConfig:
    """How text reuse between reports is measured (structure.yaml ``reuse``)."""

    min_chars: int = 12  # shorter fingerprints (一是…, headings) are not compared
    shingle: int = 3  # character n-grams of the fingerprint
    threshold: float = 0.5  # estimated Jaccard similarity from which a sentence "nearly repeats"
    num_perm: int = 64  # MinHash permutations (the LSH index uses the first ``lsh_perm``)
    lsh_perm: int = 32
    common_share: float = 0.2  # a sentence in reports of this share of the issuers (and ``common_min``) is common
    common_min: int = 3
    peers: int = 3
    peer_min_share: float = 0.1
    boilerplate: tuple[Pattern, ...] = ()  # sentences every report has (guiding ideology, the report's intro)


@dataclass(frozen=True)
class StructureProfile:
    """How report parts, metadata and concreteness are recognised (from structure.yaml)."""

    headings: tuple[HeadingPattern, ...]
    bare_heading_max_chars: int
    heading_cues: dict[str, tuple[Pattern, ...]]
    paragraph_cues: dict[str, tuple[Pattern, ...]]
    transition: tuple[Pattern, ...]
    intention: tuple[Pattern, ...]
    front_matter: tuple[Pattern, ...]
    closing: tuple[Pattern, ...]
    sentence_end: str
    mentions: tuple[MentionRole, ...]
    concrete: tuple[Pattern, ...]
    year: tuple[Pattern, ...]
    year_range: tuple[int, int]
    issuer: tuple[IssuerPattern, ...]
    year_not_counted: Pattern | None = None  # spans whose years the frequency fallback skips
    subject: Pattern | None = None  # what every rule-of-law report names; a text without it is flagged
    other_kind: Pattern | None = None  # a title naming another kind of document (政府信息公开工作年度报告)
    other_kind_opening: Pattern | None = None  # a title-less text's first sentence naming another kind
    problem: Pattern | None = None  # a block stating a problem (in a section on problems and plans)
    attachment_page_max_chars: int = 0  # a web page this short that links a document: a cover page
    short_text_chars: int = 0  # a text this short is no whole report (an excerpt, a cut-off copy)
    # A line this far or further into the text that is a dated report's title: another report
    # in the same file (a compilation, two years saved as one).
    more_reports_title: Pattern | None = None
    more_reports_min_chars: int = 0
    # A table of contents: the end of an entry giving its page (……5), removed before an entry is
    # compared with the headings below it (see segment).
    contents_page_ref: Pattern | None = None
    # The line where material appended after the signature starts (附件1 / 附件:…): the
    # signature is looked for before it too.
    appendix: Pattern | None = None
    appendix_plan: Pattern | None = None
    issuer_fallback: Pattern | None = None
    line_joining: LineJoining = LineJoining()
    issuer_strip_suffix: Pattern | None = None
    issuer_kinds: tuple[tuple[str, Pattern], ...] = ()  # (kind, pattern on the canonical name)
    issuer_aliases: tuple[tuple[Pattern, str], ...] = ()
    issuer_city: Pattern | None = None
    issuer_local: Pattern | None = None
    issuer_city_folder: Pattern | None = None
    issuer_city_before: Pattern | None = None
    issuer_fallback_min: int = 2
    issuer_names: IssuerNames = IssuerNames()
    opening: Pattern | None = None  # first sentence of a section that opens the report
    opening_skip: tuple[Pattern, ...] = ()  # a cover letter's lines that may precede it
    # A web page's chrome copied with its text (a byline, view counts, a tool bar, a footer): no
    # issuer or year is read from such a line.
    page_metadata: tuple[Pattern, ...] = ()
    # after a preamble that already opened with the year, the first body sentence opens the
    # report again only when it recites this (the guiding ideology)
    reopening: Pattern | None = None
    opening_end: Pattern | None = None
    # A sentence of the results part that states a shortcoming of its own (但…能力不足): it is
    # the shortcomings' sentence, the paragraph around it stays results.
    shortcoming_sentence: tuple[Pattern, ...] = ()
    reuse: ReuseConfig = ReuseConfig()
    # An unnumbered short line before a paragraph is a subheading (a Word file's heading style,
    # a WeChat article's bold subhead): (max chars of the line, min chars of the next; 0 = off).
    bare_subheading: tuple[int, int] = (0, 0)

    @property
    def role_names(self) -> frozenset[str]:
        return frozenset(r.name for r in self.mentions)


@dataclass(frozen=True)
class Area:
    id: str
    title: str
    weight: float


@dataclass(frozen=True)
class Element:
    id: str
    title: str
    rule: Rule


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    area: str
    weight: float
    source: str
    applies: str  # "both" | "2015" | "2021"
    scored: bool
    description: str
    remediation: str
    parts: frozenset[str]
    match: Rule
    exclude: Rule | None
    generic: Rule | None
    elements: tuple[Element, ...]
    required_elements: int
    line: int = 0
    mentions: frozenset[str] = frozenset()  # mention roles whose hits count for this item

    def applies_to(self, era: str) -> bool:
        return self.applies == "both" or self.applies == era


@dataclass(frozen=True)
class GradeBand:
    min: float
    label: str


@dataclass(frozen=True)
class ScoringConfig:
    model: str
    partial_credit: float
    planned_credit: float
    grades: tuple[GradeBand, ...]


@dataclass(frozen=True)
class Checklist:
    id: str
    title: str
    version: str
    source: str
    era: str
    years: tuple[int, int]
    areas: tuple[Area, ...]
    items: tuple[Item, ...]
    scoring: ScoringConfig
    profile: StructureProfile
    path: str
    literals: tuple[str, ...] = field(default=())
    word_terms: tuple[str, ...] = field(default=())  # terms that must be whole words (jieba)
    #: strings the checklist's patterns require (indexed once per report; see segment.Structure)
    required: tuple[str, ...] = field(default=())
    structure_area: str = ""
    sources: tuple[str, ...] = ()  # every file the checklist was loaded from (cache keys)
    figures: FigureProfile | None = None  # key figures (figures.yaml), when the checklist includes them


# ----------------------------------------------------------------------------- key figures

#: Where a written number (with its unit) stood, in the sentence text figure patterns run on.
VALUE_MARK = "\ue000"
#: …and each number that is no value but a {gap} may pass over: an earlier period's (see
#: FigureProfile.prior) or a year (FigureProfile.passable).
PRIOR_MARK = "\ue001"

#: Group names of the number grammar (see figures.yaml ``numbers``).
VALUE_GROUPS = ("fa", "fn", "fs", "fn2", "fs2", "fb", "fu", "fc", "fpct", "fp")


@dataclass(frozen=True)
class NumberGrammar:
    """How reports write numbers (figures.yaml ``numbers``), as regex pieces."""

    digits: str
    chinese: str
    scale: dict[str, float]
    range: str
    approx_before: str
    approx_after: str
    approx_after_unit: str
    percent_after: str
    percent_before: str
    token: str = "[\\d零〇一二两三四五六七八九十百千万亿点.,~—–至到-]"  # characters a written number may hold
    numeral: str = "[\\d零〇一二两三四五六七八九十百千万亿]"  # characters a number starts with
    gap: int = 10

    def token_regex(self, units: tuple[str, ...]) -> str:
        """A written number with its unit, as a quick cut: a run of ``token`` characters from a
        numeral to a numeral, then a unit (or a percentage). The run starts where no numeral
        stands before it (so 2104 never yields 104), and a unit must follow: a number without
        one (a year, a telephone number) is never a figure. The run is read afterwards with the
        full grammar (:meth:`parse_regex`)."""
        unit_alt = "|".join(sorted((u for u in units if u != "%"), key=len, reverse=True))
        start = f"(?<!{self.numeral})(?<![.,])"
        run = f"{self.numeral}(?:{self.token}*{self.numeral})?"
        alts = [f"{start}(?:{self.approx_before})?{run}\\s*(?:{self.percent_after})", f"{self.percent_before}{run}"]
        if unit_alt:
            alts.insert(
                0,
                f"{start}(?:{self.approx_before})?{run}(?:{self.approx_after})?(?:{unit_alt})(?:{self.approx_after_unit})?",
            )
        return "|".join(alts)

    def parse_regex(self, units: tuple[str, ...]) -> str:
        """A whole written number with its unit, groups :data:`VALUE_GROUPS` (anchored)."""
        unit_alt = "|".join(sorted((u for u in units if u != "%"), key=len, reverse=True))
        scale = "|".join(self.scale)
        num = f"(?:{self.digits}|{self.chinese})"

        def number(n: str, s: str) -> str:
            return f"(?P<{n}>{num})(?P<{s}>{scale})?" if scale else f"(?P<{n}>{num})"

        head = f"(?P<fa>{self.approx_before})?{number('fn', 'fs')}(?:{self.range}{number('fn2', 'fs2')})?"
        tails = [f"\\s*(?P<fpct>{self.percent_after})"]
        if unit_alt:
            tails.insert(0, f"(?P<fb>{self.approx_after})?(?P<fu>{unit_alt})(?P<fc>{self.approx_after_unit})?")
        return f"^(?:{head}(?:{'|'.join(tails)})|{self.percent_before}(?P<fp>{self.chinese}))$"

    def hint_regex(self, units: list[str]) -> str:
        """Where a figure's number may stand: a numeral right before a unit, or a percentage.
        (一 alone is everywhere — 统一, 进一步 — so a numeral counts only before a unit.)"""
        unit_alt = "|".join(sorted({u for u in units if u != "%"}, key=len, reverse=True))
        scale = "|".join(self.scale)
        digit = "[\\d零〇一二两三四五六七八九十百千万亿]"
        return f"{digit}(?:{self.approx_after})?(?:{scale})?(?:{unit_alt})|{self.percent_after}|{self.percent_before}"

    def gap_regex(self) -> str:
        return f"[^,;:\\d。!?{VALUE_MARK}]{{0,{self.gap}}}?"

    def value_regex(self) -> str:
        """The ``{value}`` of a pattern: one number of the sentence, each of which stands as
        :data:`VALUE_MARK` in the text patterns run on (short patterns compile fast)."""
        return f"(?P<fv>{VALUE_MARK})"


@dataclass(frozen=True)
class FigurePattern:
    pattern: Pattern
    context: Pattern | None = None
    need: tuple[str, ...] = ()  # strings one of which a sentence must hold to match (the cue's)


@dataclass(frozen=True)
class FigureSpec:
    """One key figure of figures.yaml: what it means, its unit and how reports phrase it."""

    id: str
    title: str
    unit: str
    meaning: str
    units: dict[str, float]  # unit written in the text → factor to ``unit``
    patterns: tuple[FigurePattern, ...]
    exclude: Pattern | None = None  # ``not``: in the match (plus ``window`` characters before)
    window: int = 12
    not_in_sentence: Pattern | None = None
    requires: tuple[str, ...] = ()
    line: int = 0

    @property
    def is_rate(self) -> bool:
        return self.unit == "%"


@dataclass(frozen=True)
class FigureProfile:
    figures: tuple[FigureSpec, ...]
    grammar: NumberGrammar
    not_figures: tuple[Pattern, ...]
    periods: tuple[Pattern, ...]
    scopes: tuple[tuple[Pattern, str], ...]
    flags: dict[str, str] = field(default_factory=dict)  # sanity flag → what it means (shown in documents)
    # A figure whose period this matches, naming (group "year") a year before the report's, is an
    # earlier year's (2021年…败诉率为8%, in a 2022 report): kind "earlier", not a result.
    earlier_period: Pattern | None = None
    # Between a figure's value and a later value of the same figure (in its sentence or the next):
    # the later one is a part of the first (罚没118.49万元。其中非法行医…罚没收入52.11万元), kind "part".
    breakdown: Pattern | None = None
    # A number right after a match of this is an earlier period's (由上年的8%下降至3%): no figure,
    # and a {gap} may pass it, so the cue reaches the current value.
    prior: Pattern | None = None
    # A number this finds (a year: 出庭应诉率2022年达到100%) is passed over by a {gap} as well.
    passable: Pattern | None = None
    hint: Pattern | None = None  # a sentence without a match of this holds no figure
    tokens: Pattern | None = None  # written numbers with a unit (NumberGrammar.token_regex)
    parser: Pattern | None = None  # a whole written number with its unit (NumberGrammar.parse_regex)

    def spec(self, figure_id: str) -> FigureSpec:
        for f in self.figures:
            if f.id == figure_id:
                return f
        raise KeyError(figure_id)
