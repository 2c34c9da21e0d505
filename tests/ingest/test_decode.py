import gzip

import pytest

from storyline.errors import IngestError
from storyline.ingest.decode import MB, decode, looks_binary, read_bytes

RU = "Протесты в Казахстане: задержаны почти 4000 человек, сообщает МВД. Власти ввели режим ЧП."
FR = "Les manifestants ont été dispersés à Almaty, a déclaré le ministère de l'Intérieur. Près de 4 000 détenus."
DE = ("Die Demonstranten wurden auseinandergetrieben, erklärte das Innenministerium. "
      "Fast 4.000 Menschen – „festgenommen“.")


@pytest.mark.parametrize(("text", "encoding"), [(RU, "cp1251"), (RU, "koi8_r"), (FR, "latin-1"), (DE, "cp1252")])
def test_legacy_encodings_are_read_back_exactly(text: str, encoding: str) -> None:
    got = decode(text.encode(encoding), source="x.txt")
    assert got.text == text
    assert got.warning and "not UTF-8" in got.warning


def test_utf8_with_bom_and_utf16() -> None:
    assert decode(("\ufeff" + FR).encode(), source="x").text == FR
    assert decode(RU.encode("utf-16"), source="x").text == RU


def test_a_few_broken_bytes_are_replaced_and_reported() -> None:
    data = (FR * 5).encode() + b"\xff\xfe\xfa" + (FR * 5).encode()
    got = decode(data, source="x")
    assert FR in got.text
    assert got.warning


def test_binary_is_refused_with_the_file_named() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert looks_binary(png)
    with pytest.raises(IngestError, match=r"image\.png: binary file"):
        decode(png, source="image.png")


def test_empty_and_oversized_files(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(IngestError, match="file is empty"):
        read_bytes(empty, limit=MB)
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(200 * MB)  # sparse: costs no disk
    with pytest.raises(IngestError, match=r"200 MB, over the 50 MB limit"):
        read_bytes(big, limit=50 * MB)


def test_gzip_truncated_and_bomb(tmp_path) -> None:
    good = gzip.compress(("<p>" + FR * 200 + "</p>").encode())
    cut = tmp_path / "cut.html.gz"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(IngestError, match="damaged gzip data"):
        read_bytes(cut, limit=MB)
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"a" * (3 * MB)))
    with pytest.raises(IngestError, match="unpacks to over 1 MB"):
        read_bytes(bomb, limit=MB)


def test_vanished_file(tmp_path) -> None:
    with pytest.raises(IngestError, match="vanished"):
        read_bytes(tmp_path / "gone.txt", limit=MB)


def test_a_nul_byte_past_the_first_8_kb_still_marks_binary(tmp_path) -> None:
    data = ("Floods rose across the valley. " * 400).encode() + b"\x00\x00\x01binary tail"
    assert len(data) > 8192 + 100 and looks_binary(data)
    with pytest.raises(IngestError, match="binary"):
        decode(data, source="late.txt")
