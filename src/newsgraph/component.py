"""The spaCy components: ``nlp.add_pipe("newsgraph")`` on any English pipeline.

``newsgraph`` runs every stage in order on a parsed ``Doc``. The stage order is
the data flow: each reads what the stages before it wrote (see
``extensions.py``). ``newsgraph_dateline`` may also be placed before the parser
so the dateline becomes its own sentence; ``load_pipeline`` does that.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import (
    actors,
    attribution,
    claims,
    dateline,
    entities,
    events,
    furniture,
    stances,
    summary,
    syntax_repairs,
    times,
)
from newsgraph.docindex import release_index
from newsgraph.extensions import register_extensions
from newsgraph.resources import Resources, using
from newsgraph.summary.vocabulary import PIPELINE_KEY

Stage = Callable[[Doc], None]

#: Stage name -> function, in the order they run.
STAGES: dict[str, Stage] = {
    "dateline": dateline.annotate,
    "furniture": furniture.annotate,
    "entities": entities.annotate,
    "times": times.annotate,
    "attribution": attribution.annotate,
    "actors": actors.annotate,
    "events": events.annotate,
    "claims": claims.annotate,
    "stances": stances.annotate,
    "summary": summary.annotate,
}


#: What each stage reads and writes, for ``nlp.analyze_pipes()`` and for readers of the code.
STAGE_ASSIGNS: dict[str, tuple[str, ...]] = {
    "dateline": ("doc._.ng_dateline",),
    "furniture": ("doc._.ng_excluded", "doc.ents"),
    "entities": ("doc._.ng_entities",),
    "times": ("doc._.ng_times",),
    "attribution": ("doc._.ng_quotes",),
    "actors": ("doc._.ng_entities",),
    "events": ("doc._.ng_events",),
    "claims": ("doc._.ng_claims",),
    "stances": ("doc._.ng_stances",),
    "summary": ("doc._.ng_summary",),
}

#: Stages that cannot do their job without another one before them.
_NEEDS: dict[str, tuple[str, ...]] = {"events": ("actors",)}

#: The user files a component may be configured with, as saved by ``to_disk``.
_FILES = {"ontology": "ontology.yaml", "actor_dictionary": "actors.yaml", "lexicon_overlay": "lexicon.yaml"}


class NewsgraphComponent:
    """Runs the selected stages; a failing stage is recorded as a warning, not raised,
    so one odd sentence never loses the rest of the article's records.

    The component owns its :class:`~newsgraph.resources.Resources` (ontology, actor
    dictionary, lexicon overlay) and makes them current while it runs, so two
    pipelines with different files never see each other's.
    """

    def __init__(
        self,
        stages: Sequence[str],
        ontology: str | None = None,
        actor_dictionary: str | None = None,
        lexicon_overlay: str | None = None,
        pipeline: Language | None = None,
    ) -> None:
        register_extensions()
        #: The pipeline this component runs in: the summary stage reads its lemmatizer's verb tables.
        self.pipeline = pipeline
        unknown = [name for name in stages if name not in STAGES]
        if unknown:
            raise ValueError(f"unknown newsgraph stage(s): {', '.join(unknown)}; known: {', '.join(STAGES)}")
        wanted = set(stages) | {need for name in stages for need in _NEEDS.get(name, ())}
        self.stages = [(name, STAGES[name]) for name in STAGES if name in wanted]
        self.resources = Resources(
            ontology=ontology, actor_dictionary=actor_dictionary, lexicon_overlay=lexicon_overlay
        )
        self._check_resources()

    def _check_resources(self) -> None:
        """Load the user's files now, so a broken one is reported at ``add_pipe``, not per document."""
        if self.pipeline is not None:
            pipeline = self.pipeline
            self.resources.load(PIPELINE_KEY, lambda: pipeline)
        with using(self.resources):
            _ = self.resources.lexicons
            if any(name == "events" for name, _stage in self.stages):
                events.ontology.get_ontology()
            if any(name == "actors" for name, _stage in self.stages):
                actors.dictionary()

    def __call__(self, doc: Doc) -> Doc:
        with using(self.resources):
            try:
                syntax_repairs.repair(doc)  # the tree every stage reads
            except Exception as exc:
                doc._.ng_warnings.append(f"syntax repair failed: {type(exc).__name__}: {exc}")
            for name, stage in self.stages:
                try:
                    stage(doc)
                except Exception as exc:
                    doc._.ng_warnings.append(f"{name} stage failed: {type(exc).__name__}: {exc}")
            try:
                # The guarantee, whatever a stage did: nothing is taken from page furniture.
                furniture.drop_excluded(doc)
            except Exception as exc:
                doc._.ng_warnings.append(f"furniture stage failed: {type(exc).__name__}: {exc}")
        release_index(doc)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the user files this component was configured with, so a saved pipeline
        (``nlp.to_disk``) carries its own ontology, dictionary and overlay."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        saved: dict[str, Any] = {}
        for key, filename in _FILES.items():
            source = getattr(self.resources, key)
            if source:
                shutil.copyfile(source, folder / filename)
                saved[key] = filename
        (folder / "resources.json").write_text(json.dumps(saved, indent=2), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> NewsgraphComponent:
        """Load the user files saved by :meth:`to_disk` (they replace the config's paths)."""
        folder = Path(path)
        index = folder / "resources.json"
        saved: dict[str, str] = json.loads(index.read_text(encoding="utf-8")) if index.is_file() else {}
        def saved_file(key: str) -> str | None:
            return str(folder / saved[key]) if key in saved else None

        self.resources = Resources(
            ontology=saved_file("ontology"),
            actor_dictionary=saved_file("actor_dictionary"),
            lexicon_overlay=saved_file("lexicon_overlay"),
        )
        self._check_resources()
        return self


@Language.factory(
    "newsgraph",
    default_config={
        "stages": list(STAGES),
        "ontology": None,
        "actor_dictionary": None,
        "lexicon_overlay": None,
    },
    requires=["token.dep", "token.pos", "token.lemma", "doc.ents", "doc.sents"],
    assigns=sorted({attribute for names in STAGE_ASSIGNS.values() for attribute in names}),
)
def make_newsgraph(
    nlp: Language,
    name: str,
    stages: list[str],
    ontology: str | None,
    actor_dictionary: str | None,
    lexicon_overlay: str | None,
) -> NewsgraphComponent:
    return NewsgraphComponent(
        stages,
        ontology=ontology,
        actor_dictionary=actor_dictionary,
        lexicon_overlay=lexicon_overlay,
        pipeline=nlp,
    )


class DatelineSentenceBreaker:
    """Before the parser: mark the dateline and the page furniture, and start a sentence
    right after the dateline and at each edge of a furniture span, so a photo credit or a
    share prompt never becomes part of an article sentence.

    Furniture detection needs the tagger's finite verbs, which run before the parser;
    in a pipeline without a tagger here it is left to the ``newsgraph`` component.
    """

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        dateline.annotate(doc)
        first = dateline.dateline_token_end(doc)
        if 0 < first < len(doc):
            doc[first].is_sent_start = True
        blank_lines = _blank_lines(doc)
        _end_sentences_at_quoted_paragraph_ends(doc, blank_lines)
        _start_sentences_at_paragraphs(doc, blank_lines)
        if doc.has_annotation("TAG"):
            try:
                furniture.detect(doc)
                for i in furniture.sentence_starts(doc):
                    doc[i].is_sent_start = True
            except Exception as exc:
                doc._.ng_warnings.append(f"furniture stage failed: {type(exc).__name__}: {exc}")
        return doc


#: Marks that end a sentence, and the closing quotation marks that may follow them.
_SENTENCE_END = frozenset({".", "?", "!", "…"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})
_CLOSING_BRACKETS = frozenset({")", "]"})


#: What a line may end with and still run on into the next paragraph: a colon before a
#: block quotation ("Cruz continued:\n\n“You look ...”"), a comma, a dash.
_RUNS_ON = frozenset({":", ",", ";", "-", "–", "—"})


def _blank_lines(doc: Doc) -> list[int]:
    """The indices of the whitespace tokens that hold a paragraph break (two newlines or
    more). Found from one ``to_array`` column, so the two passes below make a ``Token``
    only for the few whitespace tokens rather than for every token of the article."""
    if len(doc) < 3:
        return []
    spaces = doc.to_array([IS_SPACE]).nonzero()[0].tolist()
    return [i for i in spaces if doc[i].text.count("\n") >= 2]


def _start_sentences_at_paragraphs(doc: Doc, blank_lines: list[int]) -> None:
    """A blank line starts a sentence: a headline without a full stop ("Dockworkers
    extend strike as talks collapse") is no part of the dateline's sentence after it, and
    a paragraph that ends without punctuation does not run on into the next. Only a line
    that ends in a colon, comma or dash runs on; one newline (a hard-wrapped line) never
    starts a sentence."""
    for i in blank_lines:
        if not 1 <= i < len(doc) - 1:
            continue
        if doc[i - 1].text in _RUNS_ON:
            continue
        doc[i + 1].is_sent_start = True


def _end_sentences_at_quoted_paragraph_ends(doc: Doc, blank_lines: list[int]) -> None:
    """A paragraph that ends with a quotation (``... today."`` then a blank line) ends
    its sentence there. The small parser otherwise opens the next sentence on the
    closing mark ('"\n\nEconomists warned ...') or runs on into the next paragraph
    ('... care about?”\n\nCruz was ...'), so evidence spans and clauses straddle two
    paragraphs. Only a blank line after sentence-final punctuation and a closing mark
    counts: a colon before a block quote ("Cruz continued:\n\n“You look ...”") keeps
    its sentence, and a hard-wrapped line (one newline) is no paragraph end."""
    for i in blank_lines:
        if not 2 <= i < len(doc) - 1:
            continue
        mark = doc[i - 1]
        if mark.text not in _CLOSING_QUOTES:
            continue
        end = mark.i - 1
        while end > 0 and doc[end].text in _CLOSING_BRACKETS:  # '... requirement.)"'
            end -= 1
        if doc[end].text[-1:] in _SENTENCE_END:
            for closing in doc[end + 1 : i]:
                closing.is_sent_start = False
            doc[i + 1].is_sent_start = True


@Language.factory(
    "newsgraph_dateline", assigns=["doc._.ng_dateline", "doc._.ng_excluded", "token.is_sent_start"]
)
def make_dateline(nlp: Language, name: str) -> DatelineSentenceBreaker:
    return DatelineSentenceBreaker()
