"""Per-source profiles, learned from a corpus: recurring lines, typical signal and integrity.

A source is the registrable domain of a result's URL (``metadata.url``; a wrapper address such
as a Wayback snapshot is read as the publisher's URL it carries), or the key a caller's
``key`` function gives. For each source, :func:`learn_profiles` records:

- **recurring lines**: lines that come back in many of the source's documents ("Listen to
  this article", a menu, a "### Category" footer). A line is recurring when it appears in at
  least ``min_documents`` documents (default MIN_DOCUMENTS = 3) *and* in at least
  ``min_share`` of them (default MIN_SHARE = 0.2). Lines are compared normalised: markdown
  syntax removed, whitespace folded, case folded, digit runs replaced by "0" (so "© 2021 Site"
  and "© 2022 Site" are one line). A body line repeats across a source's articles only when it
  is furniture, so both conditions keep article text out; an article the source gave before
  (the same page crawled twice) is counted once;
- the **typical signal fraction** (median) and the **integrity** rates (mean per detector) and
  flag shares, for comparing one document with its source's norm.

Learning is an explicit corpus step. Cleaning one document with a profile (the ``cross_page``
cleaner) stays a pure function of the document, the configuration and the profile file.

Profiles are saved as versioned JSON (``FORMAT``/``VERSION``)::

    {"format": "newsclean-profiles", "version": 1,
     "settings": {"min_documents": 3, "min_share": 0.2},
     "sources": {"example.com": {"documents": 40, "recurring_lines": {"listen to this article": 0.95},
                                 "signal_fraction": 0.81, "integrity": {...}, "flags": {...}}}}
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any

from .batch import ErrorRecord
from .document import Result
from .markdown import plain
from .reliability.domain import registrable_domain

FORMAT = "newsclean-profiles"
VERSION = 1
MIN_DOCUMENTS = 3  # a line seen in fewer documents is a coincidence, not furniture
MIN_SHARE = 0.2  # ... and it must come back in at least a fifth of the source's documents

_DIGITS = re.compile(r"\d+")


def normalise_line(line: str) -> str:
    """The form lines are compared in: plain text, folded whitespace and case, digits as "0"."""
    return _DIGITS.sub("0", plain(line).casefold())


def source_key(url: str | None) -> str | None:
    """The default source of a document: the registrable domain of its URL, or of the
    publisher's URL it wraps (:func:`newsclean.reliability.domain.publisher_url`), as the
    publisher prior and ``Reliability.domain`` read it."""
    return registrable_domain(url)


@dataclass
class SourceProfile:
    """What one source's documents have in common."""

    documents: int
    recurring_lines: dict[str, float] = field(default_factory=dict)  # normalised line -> share
    signal_fraction: float | None = None  # median over the source's documents
    integrity: dict[str, float] = field(default_factory=dict)  # detector -> mean rate
    flags: dict[str, float] = field(default_factory=dict)  # detector -> share of documents flagged

    def to_dict(self) -> dict[str, Any]:
        """The profile as plain JSON types."""
        return {
            "documents": self.documents,
            "recurring_lines": self.recurring_lines,
            "signal_fraction": self.signal_fraction,
            "integrity": self.integrity,
            "flags": self.flags,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceProfile:
        """The profile :meth:`to_dict` gave, read back."""
        return cls(
            documents=int(data["documents"]),
            recurring_lines={str(k): float(v) for k, v in (data.get("recurring_lines") or {}).items()},
            signal_fraction=data.get("signal_fraction"),
            integrity={str(k): float(v) for k, v in (data.get("integrity") or {}).items()},
            flags={str(k): float(v) for k, v in (data.get("flags") or {}).items()},
        )


@dataclass
class Profiles:
    """Profiles of many sources, keyed by source (a registrable domain by default)."""

    sources: dict[str, SourceProfile] = field(default_factory=dict)
    min_documents: int = MIN_DOCUMENTS
    min_share: float = MIN_SHARE

    def get(self, key: str | None) -> SourceProfile | None:
        """The profile of source ``key``, or None for an unknown or missing source."""
        return self.sources.get(key) if key else None

    def is_recurring(self, key: str | None, line: str) -> float | None:
        """The share of the source's documents that carry ``line``, if it is a recurring line."""
        profile = self.get(key)
        if profile is None:
            return None
        return profile.recurring_lines.get(normalise_line(line))

    def to_dict(self) -> dict[str, Any]:
        """The profiles as the versioned JSON object :meth:`save` writes."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "settings": {"min_documents": self.min_documents, "min_share": self.min_share},
            "sources": {k: p.to_dict() for k, p in sorted(self.sources.items())},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profiles:
        """The profiles :meth:`to_dict` gave, read back; ``ValueError`` for data of another shape."""
        if not isinstance(data, dict):
            raise ValueError(f"not a newsclean profiles file (a JSON {type(data).__name__}, not an object)")
        if data.get("format") != FORMAT:
            raise ValueError(f"not a newsclean profiles file (format {data.get('format')!r})")
        if data.get("version") != VERSION:
            raise ValueError(f"profiles version {data.get('version')!r} is not supported (expected {VERSION})")
        settings, sources = data.get("settings") or {}, data.get("sources") or {}
        for part, value in (("settings", settings), ("sources", sources)):
            if not isinstance(value, dict):
                raise ValueError(f"not a newsclean profiles file ({part!r} is a JSON {type(value).__name__}, not an object)")
        try:
            min_documents, min_share = int(settings.get("min_documents", MIN_DOCUMENTS)), float(settings.get("min_share", MIN_SHARE))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"not a newsclean profiles file (settings: {exc})") from None
        return cls({k: _source_profile(k, v) for k, v in sources.items()}, min_documents, min_share)

    def save(self, path: str | PathLike[str]) -> None:
        """Write the profiles as JSON (UTF-8, keys sorted so equal profiles give equal files)."""
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=1, sort_keys=True)
        Path(path).write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | PathLike[str]) -> Profiles:
        """Read profiles written by :meth:`save`; ``ValueError`` naming the file for any other file."""
        try:
            return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
        except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError is a ValueError
            raise ValueError(f"profiles file {str(path)!r}: {exc}") from None


def _source_profile(key: str, data: Any) -> SourceProfile:
    """Source ``key``'s profile; an error names the source."""
    try:
        return SourceProfile.from_dict(data)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ValueError(f"source {key!r}: not a source profile ({type(exc).__name__}: {exc})") from None


@dataclass
class _Tally:
    documents: int = 0
    lines: Counter[str] = field(default_factory=Counter)
    signal: list[float] = field(default_factory=list)
    rates: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    flags: Counter[str] = field(default_factory=Counter)


def learn_profiles(
    results: Iterable[Result | ErrorRecord],
    *,
    key: Callable[[Result], str | None] | None = None,
    min_documents: int = MIN_DOCUMENTS,
    min_share: float = MIN_SHARE,
) -> Profiles:
    """Learn each source's profile from cleaned results (``input_text`` lines and ``metadata.url``).

    ``key`` maps a result to its source (default: the registrable domain of
    ``result.metadata.url``); results without a source are skipped, and so is a result whose
    article (its clean text) the source already gave: a page crawled twice counts once.
    Streams: only per-source line counts and one 16-byte digest per article are kept, not the
    documents. The error records of :func:`newsclean.clean_many` are skipped: a page that
    failed teaches nothing.
    """
    key = key or (lambda r: source_key(r.metadata.url))
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    seen: dict[str, set[bytes]] = defaultdict(set)  # each source's articles, by digest
    for result in results:
        if isinstance(result, ErrorRecord):
            continue
        name = key(result)
        if not name:
            continue
        # A page crawled twice (URLs that differ by "?utm_source=") is one page: counted twice,
        # its every line would recur, and cleaning would then remove its whole article.
        digest = hashlib.blake2b(" ".join((result.text or result.input_text).split()).encode(), digest_size=16).digest()
        if digest in seen[name]:
            continue
        seen[name].add(digest)
        tally = tallies[name]
        tally.documents += 1
        lines = {normalise_line(line) for line in result.input_text.splitlines()}
        tally.lines.update(line for line in lines if line)
        tally.signal.append(result.score.signal_fraction)
        for detector, rate in result.reliability.integrity.rates.items():
            tally.rates[detector].append(rate)
        tally.flags.update(result.reliability.integrity.flags)
    profiles = Profiles(min_documents=min_documents, min_share=min_share)
    for name, tally in tallies.items():
        n = tally.documents
        recurring = {
            line: round(count / n, 4)
            for line, count in tally.lines.items()
            if count >= min_documents and count / n >= min_share
        }
        profiles.sources[name] = SourceProfile(
            documents=n,
            recurring_lines=dict(sorted(recurring.items())),
            signal_fraction=round(statistics.median(tally.signal), 4) if tally.signal else None,
            integrity={d: round(sum(v) / len(v), 6) for d, v in sorted(tally.rates.items())},
            flags={d: round(c / n, 4) for d, c in sorted(tally.flags.items())},
        )
    return profiles


__all__ = ["Profiles", "SourceProfile", "learn_profiles", "normalise_line", "source_key"]
