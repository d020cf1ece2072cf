"""Read a text file safely: detect empty and binary files and non-UTF-8 encodings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from analysis.errors import CorpusError

_CONTROL_OK = {9, 10, 12, 13}
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _CONTROL_OK)
#: Encodings tried, in order of preference, for files that are not UTF-8: among
#: the decodings that ``charset_normalizer`` finds about equally plausible, the
#: first in this list wins (Western European before Cyrillic before the rest).
LEGACY_ENCODINGS = (
    "cp1252",
    "cp1251",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "koi8_r",
    "iso8859_5",
    "cp1253",
    "cp1254",
    "cp1256",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_kr",
    "utf_16",
)
_CHAOS_MARGIN = 0.01


@dataclass(frozen=True)
class DecodedText:
    """Text read from a file, with the encoding used to decode it."""

    text: str
    encoding: str

    @property
    def was_utf8(self) -> bool:
        """Whether the file was valid UTF-8 (with or without a byte-order mark)."""
        return self.encoding in {"utf-8", "utf-8-sig"}


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return control > max(8, len(sample) // 50)


def decode_bytes(data: bytes, name: str) -> DecodedText:
    """Decode the bytes of a text file.

    UTF-8 (with or without a BOM) is tried first; anything else is decoded with the
    encoding that ``charset_normalizer`` finds most plausible among
    :data:`LEGACY_ENCODINGS` (cp1252, cp1251, latin-1, …).

    Parameters
    ----------
    data : bytes
        The raw content.
    name : str
        The file name, used in error messages.

    Returns
    -------
    DecodedText

    Raises
    ------
    CorpusError
        If the content is empty, whitespace only, binary, or cannot be decoded.

    """
    if not data.strip():
        raise CorpusError(f"{name}: the file is empty")
    if _looks_binary(data):
        raise CorpusError(f"{name}: the file is binary, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return DecodedText(data[3:].decode("utf-8", errors="strict"), "utf-8-sig")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = {m.encoding: m for m in from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS))}
    if not matches:
        raise CorpusError(f"{name}: the text is in no encoding that could be recognised")
    least = min(m.chaos for m in matches.values())
    encoding = next(e for e in LEGACY_ENCODINGS if e in matches and matches[e].chaos <= least + _CHAOS_MARGIN)
    return DecodedText(data.decode(encoding), encoding)


def read_text_file(path: Path) -> DecodedText:
    """Read and decode a text file; see :func:`decode_bytes`.

    Raises
    ------
    CorpusError
        If the path cannot be read, or its content is not decodable text.

    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    decoded = decode_bytes(data, str(path))
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(text, decoded.encoding)
