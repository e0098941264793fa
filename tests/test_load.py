"""Reading reports: encodings and bad input."""

from __future__ import annotations

import codecs

import pytest

from checker import InputError, read_document, score_document
from conftest import SEED_FILES, TRADITIONAL_SEED

TEXT = "海珠区司法局2020年法治政府建设年度报告\n一、主要举措和成效\n推行行政复议，共受理复议案件10件。\n"


@pytest.mark.parametrize(
    "encoding,prefix",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("gb18030", b""),
        ("gbk", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
    ],
)
def test_encodings_decode_to_same_text(tmp_path, encoding, prefix):
    p = tmp_path / "r.txt"
    p.write_bytes(prefix + TEXT.encode(encoding))
    doc = read_document(p)
    assert doc.text == TEXT


def test_big5_traditional_seed_round_trips(tmp_path):
    text = TRADITIONAL_SEED.read_text(encoding="utf-8")
    p = tmp_path / "big5.txt"
    p.write_bytes(text.encode("big5"))
    doc = read_document(p)
    assert doc.text == text
    assert doc.encoding.replace("_", "").lower().startswith("big5")


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_gb18030_seed_scores_like_utf8(tmp_path, seed):
    text = seed.read_text(encoding="utf-8")
    p = tmp_path / "gb.txt"
    p.write_bytes(text.encode("gb18030"))
    a = score_document(read_document(seed))
    b = score_document(read_document(p))
    assert [(i.id, i.status) for i in a.items] == [(i.id, i.status) for i in b.items]
    assert a.scoring.score == b.scoring.score


def test_crlf_offsets_point_into_original(tmp_path):
    text = SEED_FILES[2].read_text(encoding="utf-8").replace("\n", "\r\n")
    p = tmp_path / "crlf.txt"
    p.write_bytes(text.encode("utf-8"))
    res = score_document(read_document(p))
    evs = [e for it in res.items for e in it.evidence]
    assert evs
    for e in evs:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
        (bytes(range(256)) * 20, "binary"),
    ],
)
def test_bad_bytes_raise_input_error(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(p)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)
