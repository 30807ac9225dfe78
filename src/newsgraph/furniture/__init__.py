"""Furniture stage: mark the stretches of scraped text that are the page, not the article.

Text taken from web pages (and the text fields of JSON and feeds) carries what the
page put around the story: photo captions and credits ("WAKIL KOHSAR/AFP",
"Photograph: ..."), share and subscribe prompts, runs of related-link headlines,
bylines glued to the next word, timestamps and picture counters ("Image 3/8").
Read as prose they become PERSON entities ("... Click"), speakers and claims. This
stage finds them **before** extraction and records them as
:class:`~newsgraph.records.ExcludedSpan` (``doc._.ng_excluded``, then
``Article.excluded``) with a reason. The text is never rewritten: every offset
stays an offset into the original article.

How lines are classified (docs/furniture.md has the table): the text is read line by
line, a line cut into segments at " | " and "•" separators, a segment into sentences.
Each rule is a *category* of page element described by its linguistic shape, never a
string from one article:

* **caption / credit** — a credit opener from a word list ("Photograph:", "Image
  copyright") or a ``NAME/AGENCY`` credit ending the line; the words before it on the
  same line are its caption.
* **prompt** — a short sentence or clause opening with a prompt phrase ("Click here",
  "Share this", "Sign up") and with no finite verb after it; or a piece made only of
  button labels ("Share | Facebook | Email").
* **related** — a heading from a word list ("Related:", "More on this story") and the
  short unpunctuated headlines after it; without a heading, a run of three or more
  short, title-case lines with no final full stop between paragraphs; and any such
  line after the article's last sentence with only furniture after it (a lone teaser).
* **byline** — "By" and capitalised names, then nothing but capitalised words, numbers
  and time words; a byline glued to the next word ("By Jane DoeKABUL") is cut at the glue.
* **timestamp** — a piece made only of dates, clock times, zones and labels ("Updated").
* **counter** — "1 of 12", "Image 3/8".

The rules are conservative: a real one-line paragraph has a finite verb or ends in a
full stop, a title is one line (runs need three), a dateline ("KABUL, Afghanistan —")
is never part of a run, and quoted text is never a prompt. Finite verbs come from the
tagger (Penn tags VBD/VBZ/VBP/MD), which runs before the parser, so the stage can also
run as ``newsgraph_dateline`` does, before the parse, and start a sentence at each
furniture edge: a caption line then cannot be glued to the paragraph after it.

After every stage, :func:`drop_excluded` removes whatever was still taken from
excluded text (a mention, a quote, a claim, an event, a stance resting on them), so
the guarantee holds whatever a stage does; stages may also ask
``DocIndex.is_excluded`` themselves.

The steps, one module each:

1. ``pieces``     — cutting the text into lines, segments at separators, sentences and
   words, each with its offsets;
2. ``vocabulary`` — the word lists (``data/lexicon/furniture_*.txt``); ``verbs`` — the
   finite-verb check over the tagger's output (:func:`finite_verb_check`);
3. the rules per kind of furniture, each a class over ``scan.Scan`` (the text being read
   and the spans found): ``related`` (related-link runs), ``credits`` (captions, credits,
   counters), ``bylines`` (bylines, timestamps), ``prompts`` (prompts, buttons);
4. ``detect``     — :func:`find_furniture`: the rules applied line by line, then the
   spans merged;
5. ``stage``      — :func:`annotate` (the stage), :func:`detect` (once per Doc) and
   :func:`sentence_starts` (sentence edges at furniture, for the dateline component);
6. ``drop``       — :func:`drop_excluded`, one step per record type.

The names other modules use are re-exported here.
"""

from __future__ import annotations

from newsgraph.furniture.detect import find_furniture
from newsgraph.furniture.drop import drop_excluded
from newsgraph.furniture.stage import annotate, detect, sentence_starts
from newsgraph.furniture.verbs import FINITE_TAGS, FiniteVerbCheck, finite_verb_check, never_finite

__all__ = [
    "FINITE_TAGS",
    "FiniteVerbCheck",
    "annotate",
    "detect",
    "drop_excluded",
    "find_furniture",
    "finite_verb_check",
    "never_finite",
    "sentence_starts",
]
