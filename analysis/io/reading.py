"""Read a text file safely: detect empty and binary files and non-UTF-8 encodings."""

from __future__ import annotations

import re
import unicodedata
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
    return _best_decoding(data, name)


def _best_decoding(data: bytes, name: str) -> DecodedText:
    """The most plausible decoding of bytes that are not UTF-8.

    ``charset_normalizer`` proposes the legacy encodings that decode the bytes,
    each with its "chaos" (how much the text looks like mojibake); latin-1, which
    decodes anything, is always a candidate. Each candidate text is then scored
    by its chaos plus two signs of a wrong guess that chaos alone misses on
    mostly-ASCII news: letters of another script than the text's own (a pound
    sign read as a Cyrillic or Japanese letter in an English page), and C1
    control characters. The lowest score wins; near-ties go to the earlier
    encoding of :data:`LEGACY_ENCODINGS`.
    """
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    chaos = {m.encoding: m.chaos for m in from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS))}
    texts: dict[str, str] = {}
    for encoding in [*chaos, *(e for e in ("cp1252", "latin_1") if e not in chaos)]:
        try:
            texts[encoding] = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    if not texts:
        raise CorpusError(f"{name}: the text is in no encoding that could be recognised")
    scores = {
        encoding: (chaos[encoding] if encoding in chaos else mess_ratio(text, 1.0)) + _misread_signs(text)
        for encoding, text in texts.items()
    }
    least = min(scores.values())
    order = {e: i for i, e in enumerate(LEGACY_ENCODINGS)}
    encoding = min((e for e in scores if scores[e] <= least + _CHAOS_MARGIN), key=lambda e: order.get(e, len(order)))
    return DecodedText(texts[encoding], encoding)


_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")


def _misread_signs(text: str) -> float:
    """Signs of a wrong decoding in a text's non-ASCII characters, as shares of them.

    A misread letter is one in another script than the text's own inside a word
    of the text's script ("fЭr"), or standing alone between digits or marks
    ("Ј15.8m"); whole words in another script ("Министр" in an English page) are
    quotations, not misreadings. Control characters and unusual symbols count too.
    """
    sample = text[:20_000]
    non_ascii = sum(not ch.isascii() for ch in sample)
    if not non_ascii:
        return 0.0
    runs = [run for run in _LETTER_RUN_RE.findall(sample) if not run.isascii()]
    counts: dict[str, int] = {"LATIN": sum(ch.isascii() and ch.isalpha() for ch in sample)}
    run_scripts = []
    for run in runs:
        scripts = [_script(ch) for ch in run]
        run_scripts.append(scripts)
        for script in scripts:
            counts[script] = counts.get(script, 0) + 1
    main = max(counts, key=counts.get)
    misread = 0
    for run, scripts in zip(runs, run_scripts, strict=True):
        foreign = sum(script != main for script in scripts)
        if foreign and (foreign < len(run) or len(run) == 1):
            misread += foreign
    odd = sum(_is_odd(ch) for ch in sample if not ch.isascii())
    return (misread + odd) / non_ascii


#: Symbols news texts use; any other "other symbol" (box drawing, dingbats) is a sign of misreading.
_COMMON_SYMBOLS = frozenset("©®°™℃№")


def _is_odd(ch: str) -> bool:
    """A control, private-use or unassigned character, or an unusual symbol."""
    category = unicodedata.category(ch)
    return category in {"Cc", "Co", "Cn"} or (category == "So" and ch not in _COMMON_SYMBOLS)


def _script(ch: str) -> str:
    return "LATIN" if ch.isascii() else unicodedata.name(ch, "OTHER").split(" ")[0]


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
