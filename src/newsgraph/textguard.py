"""Keeping the tokenizer linear on pathological text, without changing a character.

spaCy's tokenizer splits the text at whitespace and then strips prefixes and
suffixes from each whitespace-free *piece* one at a time, re-slicing and
re-searching the rest of the piece after every strip. A piece of n characters
that is all affixes -- ``$$$$``, ``!?!?``, emoji, quote marks, ``'s's's`` --
therefore costs O(n²): 16,000 emoji took 44 s, a 12 KB run of ``$`` 63 s.

``GuardedTokenizer`` wraps the pipeline's tokenizer and bounds the length of
every piece spaCy sees, so its cost per character is bounded and the whole
tokenisation is linear:

* a text with no run of ``RUN_LIMIT`` or more symbol characters (anything but
  letters, digits and whitespace) and no piece longer than ``PIECE_LIMIT`` is
  passed to spaCy untouched -- every ordinary article, so its tokens are exactly
  what they were;
* otherwise each *risky* piece (one that holds such a run, or is that long) is
  tokenised by us: symbol runs are cut into tokens of at most ``RUN_LIMIT``
  characters, and the text between them is cut into windows of at most
  ``PIECE_LIMIT`` characters that spaCy tokenises as usual. The stretches of
  ordinary text between risky pieces go to spaCy as they are.

No character is inserted, removed or replaced: the ``Doc`` is built from the
words and trailing spaces of those parts, so ``doc.text`` is the original text
and every character offset in a record points into the article as given. Cuts
avoid splitting a character from the combining marks, variation selectors,
emoji modifiers or zero-width joiner that belong to it, where a run allows.

One boundary spaCy gets wrong on ordinary text is mended here too, since only the
tokenizer runs before the parser: a capital letter and a full stop after a lower-case
word and before a capitalised one ("said on X. He added") ends a sentence, but spaCy
keeps "X." whole as it keeps an initial, and the parser then runs the two sentences
together ("X. He" a person). :func:`split_sentence_final_letters` splits such tokens,
again without changing a character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from spacy.attrs import ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: A run of this many symbol characters (not letters, digits or whitespace) is cut by
#: us into tokens of at most this many characters. Ordinary prose never has one: the
#: longest in the PolNeAR and PLOVER texts is under 8.
RUN_LIMIT = 32
#: A whitespace-free stretch longer than this is cut into windows of this size before
#: spaCy sees it. Long enough for any URL in running text; short enough that the
#: worst piece costs spaCy about as much per character as ordinary prose.
PIECE_LIMIT = 256

_SYMBOL = r"(?:[^\w\s]|_)"
# The negative look-behinds make the engine try a match only where a run or piece
# starts, so the search is linear even on text with many runs just under the limit.
_RISK = re.compile(rf"(?<!{_SYMBOL}){_SYMBOL}{{{RUN_LIMIT}}}|(?<!\S)\S{{{PIECE_LIMIT + 1}}}")
_SYMBOL_RUN = re.compile(rf"{_SYMBOL}{{{RUN_LIMIT},}}")
_PIECE = re.compile(r"\S+")

_ZERO_WIDTH_JOINER = "\u200d"


def _attaches_to_previous(char: str) -> bool:
    """Whether ``char`` belongs with the character before it (a cut must not fall before it)."""
    code = ord(char)
    return (
        unicodedata.category(char).startswith("M")  # combining marks
        or char == _ZERO_WIDTH_JOINER
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0xE0100 <= code <= 0xE01EF  # variation selectors supplement
        or 0x1F3FB <= code <= 0x1F3FF  # emoji skin-tone modifiers
        or 0xE0020 <= code <= 0xE007F  # emoji tag characters (subdivision flags)
    )


def _can_cut(text: str, index: int) -> bool:
    return not _attaches_to_previous(text[index]) and text[index - 1] != _ZERO_WIDTH_JOINER


def cut(text: str, size: int) -> list[str]:
    """``text`` in consecutive parts of at most ``size`` characters, joined back exactly.

    Each cut moves back (by at most half a part) to a place that does not split a
    character from what attaches to it; a run with no such place is cut hard.
    """
    parts: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        while end > start + size // 2 and not _can_cut(text, end):
            end -= 1
        if not _can_cut(text, end):
            end = start + size
        parts.append(text[start:end])
        start = end
    parts.append(text[start:])
    return parts


def is_risky(text: str) -> bool:
    r"""Whether ``text`` has a symbol run or a whitespace-free piece that spaCy would parse slowly.

    Both live inside a whitespace-free piece of at least ``RUN_LIMIT`` characters, so a
    text whose pieces are all shorter (nearly every article) is answered by ``str.split``
    (the same whitespace as the pattern's ``\s``) without running the pattern, which is
    tried at every character.
    """
    if max(map(len, text.split()), default=0) < RUN_LIMIT:
        return False
    return _RISK.search(text) is not None


class GuardedTokenizer:
    """A spaCy tokenizer that bounds the piece length its wrapped tokenizer sees.

    Everything but ``__call__`` (serialisation, special cases, ``explain``) is the
    wrapped tokenizer's, so the pipeline behaves as before for callers that reach
    into ``nlp.tokenizer``.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.vocab: Vocab = tokenizer.vocab

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (unpickling): do not recurse
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def __call__(self, text: str) -> Doc:
        if not is_risky(text):
            doc: Doc = self.tokenizer(text)
            if _FINAL_LETTER.search(text):
                split_sentence_final_letters(doc)
            return doc
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for piece in _PIECE.finditer(text):
            if len(piece.group()) <= PIECE_LIMIT and not _SYMBOL_RUN.search(piece.group()):
                continue
            self._add_spacy_tokens(text[position : piece.start()], words, spaces)
            for word in self._piece_words(piece.group()):
                words.append(word)
                spaces.append(False)
            position = piece.end()
            if text.startswith(" ", position):  # spaCy's convention: one space trails the token
                spaces[-1] = True
                position += 1
        self._add_spacy_tokens(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add_spacy_tokens(self, segment: str, words: list[str], spaces: list[bool]) -> None:
        if not segment:
            return
        for token in self.tokenizer(segment):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    def _piece_words(self, piece: str) -> list[str]:
        """The tokens of one risky piece: symbol runs cut by us, the rest by spaCy in short windows."""
        words: list[str] = []
        position = 0
        for run in _SYMBOL_RUN.finditer(piece):
            words.extend(self._window_words(piece[position : run.start()]))
            words.extend(cut(run.group(), RUN_LIMIT))
            position = run.end()
        words.extend(self._window_words(piece[position:]))
        return words

    def _window_words(self, fragment: str) -> list[str]:
        if not fragment:
            return []
        return [token.text for window in cut(fragment, PIECE_LIMIT) for token in self.tokenizer(window)]


#: A capital letter and a full stop after a lower-case word and before a word that opens
#: sentences (a pronoun, determiner or connective, then a lower-case word: "said on X. He
#: added", "low in vitamin D. The doctors"; or a determiner, then a name: "in a post on X.
#: The European Commission ..."): the end of a sentence, though spaCy keeps
#: "X." whole as it keeps an initial. An initial has a name before it ("Donald J.
#: Trump") or after it ("founder J. Joe Ricketts", "denounce N. Korea test"): no match.
_SENTENCE_OPENERS = (
    "He|She|They|It|We|I|You|The|A|An|This|That|These|Those|His|Her|Their|Its|Our|There|"
    "But|And|In|On|At|As|After|Before|If|When|While|Some|Many|Most|However|Meanwhile|Also"
)
#: Determiners that open a sentence before a name as well ("on X. The European Commission").
_DETERMINER_OPENERS = "The|This|That|These|Those|His|Her|Their|Its|Our"
_FINAL_LETTER = re.compile(
    rf"\b[a-z][\w'’-]* (?P<letter>[A-Z])\.(?=\s+[\"“‘']?"
    rf"(?:(?:{_SENTENCE_OPENERS})\b,?\s+[a-z]|(?:{_DETERMINER_OPENERS})\s+[A-Z]))"
)


def split_sentence_final_letters(doc: Doc) -> None:
    """Split "X." into "X" and "." where ``_FINAL_LETTER`` says a sentence ends there, so
    the parser ends the sentence (no character changes, only the token boundary)."""
    ends = {m.start("letter") for m in _FINAL_LETTER.finditer(doc.text)}
    found = [tok for tok in doc if tok.idx in ends and len(tok.text) == 2]
    if not found:
        return
    with doc.retokenize() as retokenizer:
        for tok in found:
            retokenizer.split(tok, [tok.text[0], "."], heads=[(tok, 1), (tok, 1)])


def guard_tokenizer(nlp: Any) -> None:
    """Wrap ``nlp``'s tokenizer in a ``GuardedTokenizer`` (once), for any spaCy pipeline."""
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)


def keep_title_abbreviations(nlp: Any, titles: Iterable[str]) -> None:
    """Make each abbreviated title ("Brig.", "Supt.", "Sgt.") one token with its full stop,
    as spaCy's own exceptions make "Gen." and "Sen.": split off, the stop ended the
    sentence before the name ("Its spokesman, Brig. | Nabil Abdalla, said"), so the name
    lost its role and the title became a person of its own."""
    tokenizer = nlp.tokenizer.tokenizer if isinstance(nlp.tokenizer, GuardedTokenizer) else nlp.tokenizer
    rules = tokenizer.rules or {}
    for title in titles:
        form = title[:1].upper() + title[1:].lower() + "."
        if form not in rules:
            tokenizer.add_special_case(form, [{ORTH: form}])
