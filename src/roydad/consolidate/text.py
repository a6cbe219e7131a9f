"""What a mention's text gives the matcher: its content words as a bit fingerprint, and its
*specific* words — the rarest few, by how many documents of the batch use them.

Two reports of one attack rarely share a sentence, but they name the same things; two different
attacks in one country the same week are told in the same words ("soldiers", "checkpoint",
"Balochistan") and differ in their names: the victims, the village, the unit. A word's rarity in
the batch tells the two kinds apart without a list of names: a word few documents use is a name
or a specific (a term-frequency weight, as in record linkage with frequency-based agreement),
and two mentions sharing one are far likelier to report one happening than two sharing
"Pakistan". How much sharing one says grows with the batch (`specific.says_nothing` ..
`says_all`): in twenty documents a word two of them use is no name, in a million it is.

The specific words are a signature of the text, like a MinHash's k minima, but ordered by rarity
instead of a random permutation: a MinHash of the whole text would have two attacks told in
the same words collide, and weigh a victim's name no more than "checkpoint". They also serve as
blocking keys (`blocking.py`: one bucket per word, like LSH bands of one row), so that reports of
one happening meet however crowded their country's week is.

Words are cut on the bytes of the UTF-8 text (ASCII letters lower-cased, other ASCII bytes
separate words, non-ASCII bytes belong to words): four times faster than a Unicode regex, and a
million texts per minute is the budget.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from roydad.datafiles.consolidate import TextConfig

I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]
U64 = npt.NDArray[np.uint64]
F32 = npt.NDArray[np.float32]

# UTF-8 bytes → word bytes: ASCII letters lower-cased, other ASCII (spaces, digits, punctuation)
# a separator, bytes of non-ASCII characters kept (they are letters more often than not).
_WORD_BYTES = bytes(
    (ord(chr(c).lower()) if chr(c).isalpha() else 32) if c < 128 else c for c in range(256)
)
# Typographic quotes and dashes, the non-ASCII separators news text is full of ("Pakistan’s").
_MARKS = tuple("‘’“”–—…\u00a0")
_NONCHARACTER = "\uffff"  # never in text: between two texts as a word of its own
_SEPARATOR = f" {_NONCHARACTER} "
_SEPARATOR_ID = -1
_CHUNK = 20_000          # texts cut at once
_BUCKETS = (1 << 22) - 1
_ID_BITS = 33  # a word id (CRC-32 + 1) in the low bits of a sort key


class TextEncoder:
    """Texts → fingerprints and specific words, under one configuration."""

    def __init__(self, config: TextConfig) -> None:
        self.config = config
        stop = frozenset(w.casefold().encode("utf-8") for w in config.stop_words)
        self._words = _WordIds(config.min_length, stop)

    def encode(self, texts: Sequence[str], documents: I32) -> TextColumns:
        """The columns of `texts` (text k is of the document `documents[k]`)."""
        owner, word = self._words_of(texts)
        n, bits = len(texts), self.config.bits
        position = word % bits
        fingerprint = np.zeros((n, bits // 64), np.uint64)
        np.bitwise_or.at(
            fingerprint, (owner, position >> 6),
            np.left_shift(np.uint64(1), (position & 63).astype(np.uint64)),
        )
        n_words = np.bitwise_count(fingerprint).sum(axis=1, dtype=np.int32)
        specific, weight = self._specific(n, owner, word, documents)
        return TextColumns(fingerprint, n_words, specific, weight)

    def _words_of(self, texts: Sequence[str]) -> tuple[I64, I64]:
        """The distinct content words of each text's first `max_chars` characters: (text,
        word id) pairs, sorted. Texts are cut a chunk at a time, joined by a separator word
        (a non-character, stripped from the texts), with no Python step per text."""
        chars = self.config.max_chars
        word = self._words.__getitem__
        found: list[I64] = []
        for first in range(0, len(texts), _CHUNK):
            joined = _SEPARATOR.join(t[:chars] for t in texts[first:first + _CHUNK])
            if joined.count(_NONCHARACTER) != min(_CHUNK, len(texts) - first) - 1:
                joined = _SEPARATOR.join(
                    t[:chars].replace(_NONCHARACTER, " ") for t in texts[first:first + _CHUNK]
                )
            for mark in _MARKS:
                joined = joined.replace(mark, " ")
            raw = joined.encode("utf-8").translate(_WORD_BYTES)
            ids = np.array(list(map(word, raw.split())), np.int64)
            owner = np.cumsum(ids == _SEPARATOR_ID) + first
            content = ids > 0
            found.append((owner[content] << _ID_BITS) | ids[content])
        pairs = np.sort(np.concatenate(found)) if found else np.zeros(0, np.int64)
        pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]] if len(pairs) else pairs
        return pairs >> _ID_BITS, pairs & ((1 << _ID_BITS) - 1)

    def _specific(self, n: int, owner: I64, word: I64, documents: I32) -> tuple[I64, F32]:
        """Each text's rarest words (fewest documents of the batch use them; ties by id), of
        those in at least two documents and at most max(`min_df`, `max_share` × documents),
        and what each says (`_weight`). Documents, not texts: a document's several mentions
        share its words, and a word no other document uses matches nothing."""
        spec = self.config.specific
        k = spec.per_mention
        out, weight = np.zeros((n, k), np.int64), np.zeros((n, k), np.float32)
        if not len(word):
            return out, weight
        doc = documents.astype(np.int64)[owner]
        per_document = np.bincount(documents)
        if per_document.max() > 1:  # count each document's words once
            pairs = np.sort((doc << _ID_BITS) | word)
            once = pairs[np.r_[True, pairs[1:] != pairs[:-1]]] & ((1 << _ID_BITS) - 1)
            df = _frequencies(once, word)
        else:
            df = _frequencies(word, word)
        total = int(np.count_nonzero(per_document))
        rare = (df >= 2) & (df <= max(spec.min_df, int(spec.max_share * total)))
        owner, word, df = owner[rare], word[rare], df[rare]
        order = np.lexsort((word, df, owner))
        owner, word, df = owner[order], word[order], df[order]
        rank = np.arange(len(owner)) - np.searchsorted(owner, owner, side="left")
        keep = rank < k
        out[owner[keep], rank[keep]] = word[keep]
        weight[owner[keep], rank[keep]] = self._weight(total, df[keep])
        return out, weight

    def _weight(self, documents: int, df: I64) -> F32:
        """What sharing a word used by `df` of the batch's `documents` says, from 0 (one in
        `says_nothing` documents uses it, or more) to 1 (one in `says_all`, or fewer): in a
        batch of twenty documents, a word in two of them is no name."""
        spec = self.config.specific
        span = np.log(spec.says_all / spec.says_nothing)
        weight: F32 = np.clip(np.log(documents / df / spec.says_nothing) / span, 0.0, 1.0).astype(
            np.float32
        )
        return weight


@dataclass(frozen=True)
class TextColumns:
    """Per text: its fingerprint (one bit per content word) and how many bits it sets; its
    `specific.per_mention` rarest specific words (word ids, 0-padded, rarest first) and what
    sharing each says (0 to 1, see `TextEncoder._weight`)."""

    fingerprint: U64
    n_words: I32
    specific: I64
    weight: F32


def _frequencies(words: I64, asked: I64) -> I64:
    """How often each word of `asked` occurs in `words`, counted in 2**22 buckets of the word
    ids: exact but for a rare word sharing its bucket with a common one (about one in a
    thousand), which is then taken for common. A sort of millions of ids costs ten times
    more."""
    counts: I64 = np.bincount(words & _BUCKETS, minlength=_BUCKETS + 1)[asked & _BUCKETS]
    return counts


class _WordIds(dict[bytes, int]):
    """word → its id (CRC-32 + 1, the same in every process and batch); 0 for words too short
    or too common to tell two happenings apart. Bounded: cleared past two million words."""

    def __init__(self, min_length: int, stop_words: frozenset[bytes]) -> None:
        super().__init__()
        self.min_length, self.stop_words = min_length, stop_words
        self[_NONCHARACTER.encode("utf-8")] = _SEPARATOR_ID

    def __missing__(self, word: bytes) -> int:
        if len(self) > 2_000_000:
            self.clear()
            self[_NONCHARACTER.encode("utf-8")] = _SEPARATOR_ID
        short = len(word) < self.min_length or word in self.stop_words
        value = self[word] = 0 if short else zlib.crc32(word) + 1
        return value


def fingerprint_rows(masks: list[int], bits: int) -> tuple[U64, I32]:
    """Python int masks → an (n, bits / 64) uint64 array, and the bits set in each row."""
    size = bits // 8
    flat = np.frombuffer(b"".join(m.to_bytes(size, "little") for m in masks), dtype="<u8")
    fingerprint = flat.reshape(len(masks), bits // 64).astype(np.uint64)
    return fingerprint, np.bitwise_count(fingerprint).sum(axis=1, dtype=np.int32)
