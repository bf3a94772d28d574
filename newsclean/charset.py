"""Bytes to text for pages whose encoding is unknown or declared wrongly."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Byte order marks, the UTF-32-LE one before the UTF-16-LE one it opens with.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 control bytes never found in text (tab, newline, form feed, carriage return and escape are).
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
BINARY_CONTROL_SHARE = 0.05  # text has next to none; random bytes have about 11%
SNIFF_SAMPLE = 20_000  # bytes charset detection reads (start and end of the page)
MIN_SNIFF_BYTES = 512  # on fewer bytes detection is a guess (4 cp1252 bytes "look like" UTF-16)
# ... except when the cp1252 fallback is plainly wrong: Latin-script languages write a few
# accented letters in a hundred (French about 3, Czech about 9), while a Cyrillic, Greek or
# Turkish page read as cp1252 is nearly all "accented" letters (Ïðåçèäåíò for Президент).
MAX_ACCENTED_SHARE = 0.3
UTF8_MIN_GOOD_PER_STRAY = 4  # valid non-ASCII characters per invalid sequence, for "UTF-8 with strays"


# What browsers decode a declared legacy charset as (the WHATWG Encoding Standard): a
# superset that gives the bytes the declared one leaves undefined their meaning. A page that
# declares latin-1 and writes curly quotes (bytes 0x91-0x94, C1 controls in latin-1) means
# cp1252; a page declaring GB2312 may use any GB18030 character.
_BROWSER_SUPERSET = {
    "ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874",
    "iso8859-11": "cp874", "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932",
    "euc_kr": "cp949", "big5": "big5hkscs",
}  # fmt: skip
# Browser labels Python does not know.
_BROWSER_LABELS = {"x-sjis": "cp932", "windows-31j": "cp932", "windows-874": "cp874", "x-gbk": "gb18030"}


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte order mark opening ``data`` names, and the mark's length; else None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first 4 KB, if Python knows it,
    as browsers read it (latin-1 as cp1252, GB2312 as GB18030...).

    A declared UTF-16 or UTF-32 is ignored, as browsers do: a page whose ``<meta>`` could be
    read as ASCII is not in either, and decoding it so would turn it into noise.
    """
    match = _META_CHARSET.search(data[:4096])
    return browser_codec(match.group(1).decode("ascii", "ignore")) if match else None


def browser_codec(label: str | None) -> str | None:
    """The Python codec a browser decodes a charset ``label`` as (latin-1 as cp1252, GB2312 as
    GB18030...); None for a label Python does not know, and for UTF-16/32 (see
    :func:`declared_charset`)."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    try:
        codec = codecs.lookup(_BROWSER_LABELS.get(name, name)).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        return None
    return _BROWSER_SUPERSET.get(codec, codec)


def looks_binary(data: bytes) -> bool:
    """Bytes that are not text in any encoding: many control bytes in a sample."""
    sample = data[:65536]
    return bool(sample) and len(_CONTROL.findall(sample)) > BINARY_CONTROL_SHARE * len(sample)


def sniff_charset(data: bytes) -> str | None:
    """Best guess of charset_normalizer (installed with trafilatura) on a bounded sample."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it is a trafilatura dependency
        return None
    half = SNIFF_SAMPLE // 2
    sample = data if len(data) <= SNIFF_SAMPLE else data[:half] + data[-half:]
    best = from_bytes(sample).best()
    return best.encoding if best is not None else None


def decode_bytes(data: bytes, transport: str | None = None) -> str:
    """Decode without ever raising. ``transport``: the charset the page came with, from the
    HTTP ``Content-Type`` header (a WARC record's), which browsers rank above the ``<meta>``.

    Order: a byte-order mark; UTF-8 when the bytes are valid UTF-8 (a page that declares
    latin-1 but is valid UTF-8 is almost always mislabelled UTF-8); binary junk gives ``""``
    (it is not text in any encoding); UTF-8 with replacement characters when a few stray bytes
    are all that is not UTF-8 (:func:`_utf8_with_strays`); the charset declared by
    ``transport``, then by the page, when the bytes fit it; a sniffed
    charset (pages of 512+ bytes, or shorter ones that cp1252 cannot decode or turns into
    mostly accented letters; never UTF-16/32 without a BOM); and cp1252 with replacement as the last resort,
    so nothing is lost to an exception.
    """
    found = bom_encoding(data)
    if found:
        encoding, bom_length = found
        return data[bom_length:].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        return ""
    declared = [name for name in (browser_codec(transport), declared_charset(data)) if name]
    utf8 = _utf8_with_strays(data, "utf-8" in declared)
    if utf8 is not None:
        return utf8
    for name in declared:
        if name != "utf-8":  # a page declaring UTF-8 here is not UTF-8: it lied
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                pass
    fallback = data.decode("cp1252", errors="replace")
    # cp1252 leaves five bytes undefined: one of them (a replacement character) rules it out
    sniff = len(data) >= MIN_SNIFF_BYTES or "\ufffd" in fallback or _accented_share(fallback) > MAX_ACCENTED_SHARE
    sniffed = sniff_charset(data) if sniff else None
    if sniffed and not sniffed.startswith(("utf_8", "utf_16", "utf_32")):
        try:
            return data.decode(sniffed)
        except (UnicodeDecodeError, LookupError):
            pass
    return fallback


def _utf8_with_strays(data: bytes, declared: bool) -> str | None:
    """``data`` as UTF-8 with a replacement character for each byte that is not, when it is
    UTF-8 with a few stray bytes: a footer pasted in latin-1, one broken character in a crawl
    (a browser reading such a page as UTF-8 shows one U+FFFD; read as cp1252, every accented
    letter and dash of the page would be mojibake). Its valid non-ASCII characters must
    outnumber the invalid sequences ``UTF8_MIN_GOOD_PER_STRAY`` times, or at all when the page
    ``declared`` UTF-8: a latin-1 page has next to none (only an accented capital before a
    symbol, "É" and "”", makes a valid pair), also when it claims to be UTF-8."""
    text = data.decode("utf-8", errors="replace")
    strays = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - strays  # non-ASCII characters decoded (in C)
    return text if good > 0 and good >= (1 if declared else UTF8_MIN_GOOD_PER_STRAY) * strays else None


def _accented_share(text: str) -> float:
    """Share of the letters that are not ASCII."""
    letters = [c for c in text if c.isalpha()]
    return sum(not c.isascii() for c in letters) / len(letters) if letters else 0.0
