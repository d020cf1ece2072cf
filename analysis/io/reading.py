"""Read a text file safely: detect empty and binary files and non-UTF-8 encodings."""

from __future__ import annotations

import errno
import os
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
    #: Repairs made while decoding ("1 NUL byte removed"), each a sentence for the problems table.
    notes: tuple[str, ...] = ()

    @property
    def was_utf8(self) -> bool:
        """Whether the file was valid UTF-8 (with or without a byte-order mark)."""
        return self.encoding in {"utf-8", "utf-8-sig"}


#: A file is binary, not text, when more than this share of its first 8 KB are control bytes (NUL included).
BINARY_SHARE = 0.05
_BOMS = (  # longest first: a UTF-32 LE mark starts like a UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return control > max(8, len(sample) * BINARY_SHARE)


def _wide_encoding(data: bytes) -> tuple[str, str] | None:
    """``(codec, how)`` for UTF-16/32 text: by its byte-order mark, or UTF-16 when every other byte is NUL."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, "byte-order mark"
    sample = data[:8192]
    half = len(sample) // 2
    if half >= 8:
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if odd >= 0.9 * half and even <= 0.1 * half:
            return "utf-16-le", "every other byte NUL"
        if even >= 0.9 * half and odd <= 0.1 * half:
            return "utf-16-be", "every other byte NUL"
    return None


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
    wide = _wide_encoding(data)
    if wide is not None:
        codec, how = wide
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{name}: looks like {codec.upper()} ({how}) but does not decode as it ({exc})") from exc
        return _without_nul(DecodedText(text.lstrip("\ufeff"), f"{codec} ({how})"), name)
    if _looks_binary(data):
        raise CorpusError(
            f"{name}: the file is binary, not text (more than {BINARY_SHARE:.0%} of its first bytes are control bytes)"
        )
    nul = data.count(0)
    data = data.replace(b"\x00", b"") if nul else data
    if data.startswith(b"\xef\xbb\xbf"):
        decoded = DecodedText(data[3:].decode("utf-8", errors="strict"), "utf-8-sig")
    else:
        try:
            decoded = DecodedText(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            decoded = _best_decoding(data, name)
    if nul:  # a truncated download or a copy error: the text around the NUL bytes is kept
        return DecodedText(decoded.text, decoded.encoding, (f"{nul:,} NUL byte{'s' if nul > 1 else ''} removed",))
    return decoded


def _without_nul(decoded: DecodedText, name: str) -> DecodedText:
    """A decoded text without NUL characters (noted), or an error when it is mostly control characters."""
    text = decoded.text
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ord(ch) not in _CONTROL_OK)
    if control > max(8, min(len(text), 8192) * BINARY_SHARE):
        raise CorpusError(f"{name}: the file is binary, not text (decoded as {decoded.encoding}, mostly control bytes)")
    nul = text.count("\x00")
    if not nul:
        return decoded
    return DecodedText(text.replace("\x00", ""), decoded.encoding, (f"{nul:,} NUL character(s) removed",))


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
        raise CorpusError(f"{path}: cannot be read ({_why_unreadable(Path(path), exc)})") from exc
    decoded = decode_bytes(data, str(path))
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(text, decoded.encoding, decoded.notes)


def _why_unreadable(path: Path, exc: OSError) -> str:
    """Why a file cannot be read, in words: a link that loops or points nowhere is named as such."""
    if exc.errno == errno.ELOOP:
        return "a symbolic link that loops back on itself"
    if exc.errno == errno.ENOENT and path.is_symlink():
        return f"a broken symbolic link: its target {os.readlink(path)!r} does not exist"
    return exc.strerror or str(exc)
