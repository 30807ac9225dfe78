"""The spaCy components: ``nlp.add_pipe("newsgraph")`` on any English pipeline.

``newsgraph`` runs every stage in order on a parsed ``Doc``. The stage order is
the data flow: each reads what the stages before it wrote (see
``extensions.py``). ``newsgraph_dateline`` may also be placed before the parser
so the dateline becomes its own sentence; ``load_pipeline`` does that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import attribution, claims, dateline, entities, events, stances, summary, times
from newsgraph.actors import set_user_dictionary
from newsgraph.events.ontology import set_user_ontology
from newsgraph.extensions import register_extensions

Stage = Callable[[Doc], None]

#: Stage name -> function, in the order they run.
STAGES: dict[str, Stage] = {
    "dateline": dateline.annotate,
    "entities": entities.annotate,
    "times": times.annotate,
    "attribution": attribution.annotate,
    "events": events.annotate,
    "claims": claims.annotate,
    "stances": stances.annotate,
    "summary": summary.annotate,
}


class NewsgraphComponent:
    """Runs the selected stages; a failing stage is recorded as a warning, not raised,
    so one odd sentence never loses the rest of the article's records."""

    def __init__(
        self, stages: Sequence[str], ontology: str | None = None, actor_dictionary: str | None = None
    ) -> None:
        register_extensions()
        # The event ontology and actor dictionary are data files a user may extend;
        # the config names them, as spaCy configs name any other resource.
        if ontology is not None:
            set_user_ontology(ontology)
        if actor_dictionary is not None:
            set_user_dictionary(actor_dictionary)
        unknown = [name for name in stages if name not in STAGES]
        if unknown:
            raise ValueError(f"unknown newsgraph stage(s): {', '.join(unknown)}; known: {', '.join(STAGES)}")
        self.stages = [(name, STAGES[name]) for name in STAGES if name in stages]

    def __call__(self, doc: Doc) -> Doc:
        for name, stage in self.stages:
            try:
                stage(doc)
            except Exception as exc:
                doc._.ng_warnings.append(f"{name} stage failed: {type(exc).__name__}: {exc}")
        return doc


@Language.factory(
    "newsgraph",
    default_config={"stages": list(STAGES), "ontology": None, "actor_dictionary": None},
    requires=["token.dep", "token.pos", "doc.ents"],
    assigns=[
        f"doc._.ng_{name}"
        for name in ("entities", "times", "quotes", "events", "claims", "stances", "summary")
    ],
)
def make_newsgraph(
    nlp: Language, name: str, stages: list[str], ontology: str | None, actor_dictionary: str | None
) -> NewsgraphComponent:
    return NewsgraphComponent(stages, ontology=ontology, actor_dictionary=actor_dictionary)


class DatelineSentenceBreaker:
    """Before the parser: mark the dateline and start a sentence right after it."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        dateline.annotate(doc)
        first = dateline.dateline_token_end(doc)
        if 0 < first < len(doc):
            doc[first].is_sent_start = True
        return doc


@Language.factory("newsgraph_dateline", assigns=["doc._.ng_dateline", "token.is_sent_start"])
def make_dateline(nlp: Language, name: str) -> DatelineSentenceBreaker:
    return DatelineSentenceBreaker()
