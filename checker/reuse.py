"""Text reuse: how much of a report nearly repeats last year's, or another body's report.

Reviewers complain that annual reports copy last year's text (换汤不换药) or a neighbour's
template; coverage cannot show it. Each report is reduced to a *signature*: per sentence worth
comparing, a MinHash of the character n-grams of its fingerprint (matching form — so script and
width do not matter — with numbers replaced by ``#`` and punctuation dropped). Near-duplicate
sentences across a whole set are found with datasketch's MinHash LSH index, never by comparing
every pair of reports; an estimated Jaccard similarity of at least the configured threshold
(structure.yaml ``reuse``) makes a sentence "nearly repeat" another.

Boilerplate is reported apart and counted neither way: sentences matching the configured
patterns (guiding ideology, the report introducing itself), and sentences found in the reports
of a large share of the issuers compared (a template every district fills in).
"""

from __future__ import annotations

import re
import struct
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .model import ReuseConfig
from .segment import Sentence, Structure

#: Parts that are not the report's own text (title page, signature).
_SKIP_PARTS = frozenset({"front", "title", "closing"})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NOT_TEXT = re.compile(r"[^\u3400-\u9fffa-z#]+")
SIGNATURE_MAGIC = b"CKSIG1"  # first bytes of a signature file (so a folder scan can skip it)


def fingerprint(text: str) -> str:
    """A sentence's matching form with numbers as ``#`` and without punctuation or spaces."""
    return _NOT_TEXT.sub("", _NUMBER.sub("#", text.lower()))


@dataclass(frozen=True)
class Signature:
    """What comparisons keep of a report: one MinHash per sentence worth comparing.

    ``hashes`` is a (sentences × permutations) uint32 array; ``boiler[i]`` says that sentence i
    matches a boilerplate pattern.
    """

    hashes: Any
    boiler: tuple[bool, ...]

    def __len__(self) -> int:
        return len(self.boiler)

    def to_bytes(self) -> bytes:
        n, p = self.hashes.shape
        head = struct.pack("<6sII", SIGNATURE_MAGIC, n, p)
        return head + bytes(self.boiler) + self.hashes.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature | None:
        """The signature, or None when the bytes are not one (a damaged cache entry)."""
        import numpy as np

        try:
            magic, n, p = struct.unpack_from("<6sII", data)
            if magic != SIGNATURE_MAGIC or len(data) != 14 + n + 4 * n * p:
                return None
            boiler = tuple(b == 1 for b in data[14 : 14 + n])
            hashes = np.frombuffer(data, dtype="<u4", offset=14 + n).reshape(n, p)
        except (struct.error, ValueError):
            return None
        return cls(hashes, boiler)


@lru_cache(maxsize=4)
def _template(num_perm: int) -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=1, hashfunc=zlib.crc32)


def _minhash(shingles: list[bytes], num_perm: int) -> Any:
    from datasketch import MinHash

    t = _template(num_perm)
    m = MinHash(num_perm=num_perm, hashfunc=zlib.crc32, permutations=t.permutations, scheme=t.scheme)
    m.update_batch(shingles)
    return m.hashvalues


def comparable(structure: Structure, cfg: ReuseConfig) -> list[tuple[Sentence, str, bool]]:
    """The sentences worth comparing, with their fingerprints and boilerplate flags."""
    out = []
    for s in structure.sentences:
        if s.is_heading or s.part in _SKIP_PARTS:
            continue
        fp = fingerprint(s.text)
        if len(fp) < cfg.min_chars:
            continue
        out.append((s, fp, any(p.search(s.text) for p in cfg.boilerplate)))
    return out


def signature(structure: Structure, cfg: ReuseConfig) -> Signature:
    """The report's signature."""
    return _signature(comparable(structure, cfg), cfg)


def _signature(rows: list[tuple[Sentence, str, bool]], cfg: ReuseConfig) -> Signature:
    import numpy as np

    k = cfg.shingle
    hashes = np.zeros((len(rows), cfg.num_perm), dtype=np.uint32)
    for i, (_, fp, _) in enumerate(rows):
        grams = [fp[j : j + k].encode("utf-8") for j in range(max(1, len(fp) - k + 1))]
        hashes[i] = _minhash(grams, cfg.num_perm)
    return Signature(hashes, tuple(b for _, _, b in rows))


# ----------------------------------------------------------------------------- between reports


@dataclass(frozen=True)
class Peer:
    index: int  # the other report (its position in the list given)
    shared: int  # this report's compared sentences that nearly repeat one of the other's
    share: float


@dataclass(frozen=True)
class Reuse:
    """Text reuse of one report: against its issuer's previous report, and its closest peers."""

    index: int
    sentences: int  # sentences compared (boilerplate left out)
    boilerplate: int  # sentences left out as boilerplate (pattern or common to many issuers)
    prior: int | None  # the issuer's previous report (its position), when the set has one
    repeated: int | None  # compared sentences that nearly repeat a sentence of the prior report
    peers: tuple[Peer, ...] = ()

    @property
    def repeated_share(self) -> float | None:
        if self.repeated is None:
            return None
        return self.repeated / self.sentences if self.sentences else 0.0


def _estimated_jaccard(a: Any, b: Any) -> Any:
    return (a == b).mean(axis=-1)


def find_reuse(reports: Sequence[tuple[str, int | None, Signature | None]], cfg: ReuseConfig) -> list[Reuse | None]:
    """Reuse of every report of ``(issuer key, year, signature)``; None where no signature.

    Identical fingerprints are grouped first; distinct ones go into one LSH index (datasketch)
    and each is queried once, its candidates checked on all permutations. A sentence's *cluster*
    is the set of reports holding it or a near-duplicate of it.
    """
    import numpy as np
    from datasketch import LeanMinHash, MinHashLSH

    owners: list[int] = []  # report of each sentence (flattened)
    blocks = []
    for i, (_, _, sig) in enumerate(reports):
        if sig is not None and len(sig):
            blocks.append(sig.hashes)
            owners += [i] * len(sig)
    if not blocks:
        return [None if sig is None else Reuse(i, 0, 0, None, None) for i, (_, _, sig) in enumerate(reports)]
    hashes = np.ascontiguousarray(np.vstack(blocks))
    owner = np.asarray(owners)

    # identical signatures: one representative each
    reps: dict[bytes, int] = {}
    rep_of = np.empty(len(hashes), dtype=np.int64)
    members: list[list[int]] = []
    for n, row in enumerate(hashes):
        key = row.tobytes()
        r = reps.get(key)
        if r is None:
            r = reps[key] = len(members)
            members.append([])
        members[r].append(n)
        rep_of[n] = r
    rep_rows = hashes[[m[0] for m in members]]

    lsh_perm = min(cfg.lsh_perm, cfg.num_perm)
    lsh = MinHashLSH(threshold=cfg.threshold, num_perm=lsh_perm)
    scheme = _template(lsh_perm).scheme

    def lean(r: int) -> Any:
        return LeanMinHash(seed=1, hashvalues=rep_rows[r, :lsh_perm], scheme=scheme)

    with lsh.insertion_session() as session:
        for r in range(len(members)):
            session.insert(r, lean(r), check_duplication=False)
    reports_of = [frozenset(owner[m].tolist()) for m in members]
    issuers = {key for key, _, sig in reports if sig is not None}
    need = max(cfg.common_min, cfg.common_share * len(issuers))
    # A sentence's cluster: the reports holding it or a near-duplicate. A cluster spanning many
    # issuers is common boilerplate (None); only the others are kept, to count shared sentences.
    cluster: list[frozenset[int] | None] = []
    for r in range(len(members)):
        cands = [c for c in lsh.query(lean(r)) if c != r]
        near = set(reports_of[r])
        if cands:
            sims = _estimated_jaccard(rep_rows[cands], rep_rows[r])
            for c, sim in zip(cands, sims.tolist(), strict=True):
                if sim >= cfg.threshold:
                    near |= reports_of[c]
        # (fewer reports than ``need`` cannot span enough issuers: no need to count them)
        common = len(near) >= need and _spans_issuers(near, reports, need)
        cluster.append(None if common else frozenset(near))
    del lsh
    priors = _priors(reports)

    out: list[Reuse | None] = []
    start = 0
    for i, (key, _, sig) in enumerate(reports):
        if sig is None:
            out.append(None)
            continue
        n = len(sig)
        compared = boiler = 0
        with_prior = 0
        shared: Counter[int] = Counter()
        for j in range(n):
            members_near = cluster[int(rep_of[start + j])]
            if sig.boiler[j] or members_near is None:
                boiler += 1
                continue
            compared += 1
            others = members_near - {i}
            if priors[i] is not None and priors[i] in others:
                with_prior += 1
            shared.update(o for o in others if reports[o][0] != key)
        start += n
        peers = sorted(
            (Peer(o, c, c / compared) for o, c in shared.items() if compared and c / compared >= cfg.peer_min_share),
            key=lambda p: (-p.shared, p.index),
        )[: cfg.peers]
        out.append(Reuse(i, compared, boiler, priors[i], None if priors[i] is None else with_prior, tuple(peers)))
    return out


def _spans_issuers(cluster: set[int] | frozenset[int], reports: Sequence[tuple[str, Any, Any]], need: float) -> bool:
    """Whether the reports of a cluster belong to at least ``need`` issuers (stops once known)."""
    seen: set[str] = set()
    for i in cluster:
        seen.add(reports[i][0])
        if len(seen) >= need:
            return True
    return False


def _priors(reports: Sequence[tuple[str, int | None, Signature | None]]) -> list[int | None]:
    """Each report's previous report of the same issuer: the latest earlier year (first listed)."""
    by_key: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, (key, year, sig) in enumerate(reports):
        if year is not None and sig is not None:
            by_key[key].append((year, i))
    out: list[int | None] = [None] * len(reports)
    for items in by_key.values():
        items.sort()
        for year, i in items:
            earlier = [(y, j) for y, j in items if y < year]
            if earlier:
                last = max(y for y, _ in earlier)
                out[i] = min(j for y, j in earlier if y == last)
    return out


def repeated_sentences(current: Signature, prior: Signature, cfg: ReuseConfig) -> list[bool]:
    """For each sentence of ``current``: does it nearly repeat a sentence of ``prior``?
    (One pair of reports: every sentence against every other, on all permutations.)"""
    if not len(current) or not len(prior):
        return [False] * len(current)
    sims = _estimated_jaccard(current.hashes[:, None, :], prior.hashes[None, :, :])
    return (sims.max(axis=1) >= cfg.threshold).tolist()


@dataclass(frozen=True)
class PriorReuse:
    """One report against its previous report (``checker audit --prior``)."""

    prior_path: str
    prior_year: int | None
    sentences: int  # sentences compared (boilerplate left out)
    boilerplate: int
    repeated: int
    repeated_sentences: frozenset[int]  # indices (in the report's structure) of repeated sentences

    @property
    def share(self) -> float:
        return self.repeated / self.sentences if self.sentences else 0.0


def against_prior(
    current: Structure, prior: Structure, cfg: ReuseConfig, prior_path: str, prior_year: int | None
) -> PriorReuse:
    """Which sentences of ``current`` nearly repeat a sentence of ``prior`` (boilerplate apart)."""
    rows = comparable(current, cfg)
    cur, old = _signature(rows, cfg), signature(prior, cfg)
    hits = repeated_sentences(cur, old, cfg)
    repeated = frozenset(s.index for (s, _, boiler), hit in zip(rows, hits, strict=True) if hit and not boiler)
    boiler = sum(1 for _, _, b in rows if b)
    return PriorReuse(prior_path, prior_year, len(rows) - boiler, boiler, len(repeated), repeated)
