"""The word lists behind attribution, gathered once per pipeline into one object.

Every list is a file in ``newsgraph/data/lexicon/`` read through the pipeline's
resources (:func:`newsgraph.resources.current`), so a user overlay reaches this
stage as it reaches every other: removing ``say`` from ``speech_verbs`` stops
"said" from being a cue. The lists are turned into frozensets once per
:class:`~newsgraph.resources.Resources` (kept there with ``load``) and handed to the
steps as one :class:`AttributionLexicon` per document, so the rules look words up in
plain sets, never through the loader.

Which words are vocabulary and which are grammar: open-class words (verbs, nouns,
adjectives, adverbs a user may want to add to) live in the files; closed-class
words the rules are built around (pronouns, prepositions of a construction,
complementisers, quotation marks) and dependency labels stay in the code.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph import resources
from newsgraph.attribution.senses import SenseTable
from newsgraph.lexicons import Lexicons

#: Key under which the built lexicon is kept on the pipeline's resources.
_RESOURCE_KEY = "attribution.lexicon"


@dataclass(frozen=True)
class AttributionLexicon:
    """Every word list of the attribution stage, lower-cased. Field comments name the file."""

    speech_verbs: frozenset[str]  # speech_verbs.tsv (all kinds): verbs of saying
    cue_verbs: frozenset[str]  # speech_verbs.tsv + cue_verbs.txt: every verb that can be a cue
    np_cue_verbs: frozenset[str]  # np_cue_verbs.txt: plain object is content
    intent_verbs: frozenset[str]  # intent_verbs.txt: infinitive is content
    prep_cues: dict[str, frozenset[str]]  # prep_cue_verbs.tsv: verb -> its content prepositions
    prep_only_verbs: frozenset[str]  # prep_only_cue_verbs.txt
    no_object_content_verbs: frozenset[str]  # no_object_content_verbs.txt
    object_only_verbs: frozenset[str]  # object_only_verbs.txt
    proform_verbs: frozenset[str]  # proform_verbs.txt: "said so"
    no_xcomp_content_verbs: frozenset[str]  # no_xcomp_content_verbs.txt
    addressee_verbs: frozenset[str]  # addressee_verbs.txt: "told him to ..."
    calling_verbs: frozenset[str]  # calling_verbs.txt: "called X to congratulate him" says nothing
    alert_nouns: frozenset[str]  # alert_nouns.txt: "a warning for wind" names no content
    knowledge_verbs: frozenset[str]  # knowledge_verbs.txt: "is considered" is no report
    anonymity_verbs: frozenset[str]  # anonymity_verbs.txt: "asked not to be named" is no report
    seen_as_verbs: frozenset[str]  # seen_as_verbs.txt: "is seen as" is a view
    infinitive_only_verbs: frozenset[str]  # infinitive_only_verbs.txt
    clause_only_verbs: frozenset[str]  # clause_only_verbs.txt: finding verbs
    finding_subjects: frozenset[str]  # finding_subjects.txt: "the survey found broad support"
    physical_verbs: frozenset[str]  # physical_cue_verbs.txt: "attacked the base"
    seem_verbs: frozenset[str]  # seem_verbs.txt
    belief_nouns: frozenset[str]  # belief_nouns.txt: "expressed hope that"
    cue_nouns: frozenset[str]  # cue_nouns.txt: "her claim that"
    opinion_support_verbs: frozenset[str]  # opinion_support_verbs.txt: "voiced concern"
    cue_adjectives: frozenset[str]  # cue_adjectives.txt: "confident that"
    nominal_cues: tuple[tuple[str, ...], ...]  # nominal_cues.txt: "according to", as word tuples
    info_sources: frozenset[str]  # info_sources.txt: "in a CNN poll"
    viewpoint_nouns: frozenset[str]  # viewpoint_nouns.txt: "in X's view"
    media_nouns: frozenset[str]  # media_nouns.txt: "in an interview"
    editorial_labels: frozenset[str]  # editorial_labels.txt: "UPDATE:"
    headline_noun_verbs: frozenset[str]  # headline_noun_verbs.txt: "Votes"
    topic_only_cues: frozenset[str]  # topic_only_cue_verbs.txt: "talk" reports only "about" something
    continuing_cues: frozenset[str]  # continuing_cues.txt: "she added"
    continuing_adverbs: frozenset[str]  # continuing_adverbs.txt: "also said"
    reaction_verbs: frozenset[str]  # reaction_cue_verbs.txt: "as the hall cheered" is a time
    #: entities_org_nouns.tsv, the ORG rows: heads that name a body ("the union, which opposes")
    body_nouns: frozenset[str]
    rank_modifiers: frozenset[str]  # entities_rank_modifiers.txt: "deputy ambassador" is another post
    generic_body_nouns: frozenset[str]  # generic_body_nouns.txt: "the group" may be any body
    denial_verbs: frozenset[str]  # denial_verbs.txt: "She denied it" answers what was said of her
    natural_nouns: frozenset[str]  # events_natural_causes.txt: "rain warnings" are no statement
    record_verbs: frozenset[str]  # record_cue_verbs.txt: "tax returns that showed ..."
    wording_verbs: frozenset[str]  # wording_verbs.txt: "as the mayor put it, ..."
    refusal_verbs: frozenset[str]  # refusal_verbs.txt: "declined to say" reports nothing said
    negating_subjects: frozenset[str]  # negating_subjects.txt: "no official would say"
    receiving_verbs: frozenset[str]  # stance_receiving_verbs.txt: "drew criticism from X"
    keeping_verbs: frozenset[str]  # stance_keeping_verbs.txt: "continued his attacks on X"
    hearsay_adverbs: frozenset[str]  # hearsay_adverbs.txt: "is reportedly spending"
    self_participles: frozenset[str]  # self_description_participles.txt: "self-described"
    publishing_verbs: frozenset[str]  # publishing_verbs.txt: "released a video that accuses"
    #: phrasal_cues.tsv: (verb, fixed word) -> the content's prepositions ("that": a clause)
    phrasal_cues: dict[tuple[str, str], frozenset[str]]
    #: speech_verb_senses.tsv with noun_classes.tsv (and the person, role and place nouns of
    #: the entities and events lists): which frames and complements make a cue verb an act
    senses: SenseTable

    @classmethod
    def from_lexicons(cls, lexicons: Lexicons) -> AttributionLexicon:
        """Build the sets from the (overlaid) lists."""

        def words(name: str) -> frozenset[str]:
            return frozenset(w.lower() for w in lexicons.words(name))

        prep_cues: dict[str, set[str]] = {}
        for verb, prep in lexicons.pairs("prep_cue_verbs"):
            prep_cues.setdefault(verb.lower(), set()).add(prep.lower())
        phrasal: dict[tuple[str, str], set[str]] = {}
        for phrase, content in lexicons.pairs("phrasal_cues"):
            verb, _space, word = phrase.lower().partition(" ")
            if word:
                phrasal.setdefault((verb, word.strip()), set()).add(content.lower())
        speech = words("speech_verbs")
        return cls(
            speech_verbs=speech,
            cue_verbs=speech | words("cue_verbs"),
            np_cue_verbs=words("np_cue_verbs"),
            intent_verbs=words("intent_verbs"),
            prep_cues={verb: frozenset(preps) for verb, preps in prep_cues.items()},
            prep_only_verbs=words("prep_only_cue_verbs"),
            no_object_content_verbs=words("no_object_content_verbs"),
            object_only_verbs=words("object_only_verbs"),
            proform_verbs=words("proform_verbs"),
            calling_verbs=words("calling_verbs"),
            alert_nouns=words("alert_nouns"),
            no_xcomp_content_verbs=words("no_xcomp_content_verbs"),
            addressee_verbs=words("addressee_verbs"),
            knowledge_verbs=words("knowledge_verbs"),
            anonymity_verbs=words("anonymity_verbs"),
            seen_as_verbs=words("seen_as_verbs"),
            infinitive_only_verbs=words("infinitive_only_verbs"),
            clause_only_verbs=words("clause_only_verbs"),
            finding_subjects=words("finding_subjects"),
            physical_verbs=words("physical_cue_verbs"),
            seem_verbs=words("seem_verbs"),
            belief_nouns=words("belief_nouns"),
            cue_nouns=words("cue_nouns"),
            opinion_support_verbs=words("opinion_support_verbs"),
            cue_adjectives=words("cue_adjectives"),
            nominal_cues=tuple(tuple(entry.split()) for entry in sorted(words("nominal_cues"))),
            info_sources=words("info_sources"),
            viewpoint_nouns=words("viewpoint_nouns"),
            media_nouns=words("media_nouns"),
            editorial_labels=words("editorial_labels"),
            headline_noun_verbs=words("headline_noun_verbs"),
            topic_only_cues=words("topic_only_cue_verbs"),
            continuing_cues=words("continuing_cues"),
            continuing_adverbs=words("continuing_adverbs"),
            reaction_verbs=words("reaction_cue_verbs"),
            body_nouns=frozenset(
                word.lower() for word, kind in lexicons.pairs("entities_org_nouns") if kind == "ORG"
            ),
            record_verbs=words("record_cue_verbs"),
            wording_verbs=words("wording_verbs"),
            refusal_verbs=words("refusal_verbs"),
            negating_subjects=words("negating_subjects"),
            receiving_verbs=words("stance_receiving_verbs"),
            keeping_verbs=words("stance_keeping_verbs"),
            hearsay_adverbs=words("hearsay_adverbs"),
            self_participles=words("self_description_participles"),
            publishing_verbs=words("publishing_verbs"),
            rank_modifiers=words("entities_rank_modifiers"),
            generic_body_nouns=words("generic_body_nouns"),
            denial_verbs=words("denial_verbs"),
            natural_nouns=words("events_natural_causes"),
            phrasal_cues={pair: frozenset(found) for pair, found in phrasal.items()},
            senses=SenseTable.from_rows(
                lexicons.pairs("speech_verb_senses"),
                lexicons.pairs("noun_classes"),
                person_nouns=words("entities_person_nouns"),
                role_nouns=words("entities_person_roles"),
                place_nouns=words("events_place_nouns"),
                content_nouns=words("cue_nouns") | words("belief_nouns"),
            ),
        )


def lexicon() -> AttributionLexicon:
    """The attribution lexicon of the pipeline running now (built once per pipeline)."""
    current = resources.current()
    # fetched before ``load``: a build function must not call ``load`` itself (it holds the lock)
    lists = current.lexicons
    return current.load(_RESOURCE_KEY, lambda: AttributionLexicon.from_lexicons(lists))
