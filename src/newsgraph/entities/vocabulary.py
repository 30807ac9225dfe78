"""The rule word lists of the entities stage, gathered once per pipeline into one object.

Each list is a file ``newsgraph/data/lexicon/entities_*.txt`` (plus the shared
``speech_verbs.tsv``) read through the pipeline's resources, so a user overlay
reaches this stage like every other. The sets are built once per
:class:`~newsgraph.resources.Resources` (kept there with ``load``) and held on the
per-document state, so the steps look words up in plain sets, never through the
loader. (The lexical resources with their own loader — role nouns, gender words,
given names, organisation nouns, demonyms, countries — are read through
``entities.lexicon``.)

Closed-class words the rules are built around (pronouns, articles, the prepositions
of a construction) stay in the code.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph import resources
from newsgraph.lexicons import Lexicons

#: Key under which the built vocabulary is kept on the pipeline's resources.
_RESOURCE_KEY = "entities.vocabulary"


@dataclass(frozen=True)
class EntityVocabulary:
    """Every rule word list of the entities stage, lower-cased. Field comments name the file."""

    law_heads: frozenset[str]  # entities_law_heads.txt: "the Doha Agreement" is a LAW
    facility_heads: frozenset[str]  # entities_facility_heads.txt: "Orchestra Hall" is a FAC
    site_nouns: frozenset[str]  # entities_site_nouns.txt: "the Huaylla mine" names a site
    greetings: frozenset[str]  # entities_greetings.txt: "Thanks Josh"
    prename_titles: frozenset[str]  # entities_prename_titles.txt: "Governor Ana Ruiz"
    headline_verbs: frozenset[str]  # entities_headline_verbs.txt: "Obama Says"
    honorifics: frozenset[str]  # entities_honorifics.txt: "Mr", "Dr"
    address_styles: frozenset[str]  # entities_address_styles.txt: "Her Majesty" is no owner's "her"
    address_titles: frozenset[str]  # entities_address_titles.txt: "Sir", "Dame"
    org_name_heads: frozenset[str]  # entities_org_name_heads.txt: "Foundation for the ..."
    publication_heads: frozenset[str]  # entities_publication_heads.txt: "Herald", "Times"
    landform_nouns: frozenset[str]  # entities_landform_nouns.txt: "the river Sull" is a place
    portfolio_words: frozenset[str]  # entities_portfolio_words.txt: "Transport Minister" is a title
    company_kinds: frozenset[str]  # entities_company_kind_nouns.txt: "operator NordLine" is an ORG
    company_suffixes: frozenset[str]  # entities_company_suffixes.txt: "Andes Copper Corp" is a company
    club_suffixes: frozenset[str]  # entities_club_suffixes.txt: "Fenwick United" is a club
    name_particles: frozenset[str]  # entities_name_particles.txt: "de" in "Pieter de Wit"
    org_kind_nouns: frozenset[str]  # entities_org_kind_nouns.txt: "the ANC party" is the ANC
    periodical_nouns: frozenset[str]  # entities_periodical_nouns.txt: "the opposition daily X"
    orientation_words: frozenset[str]  # entities_orientation_words.txt: "the left-wing alliance"
    state_body_nouns: frozenset[str]  # entities_state_body_nouns.txt: "the government" of the one country
    tenure_adjectives: frozenset[str]  # entities_tenure_adjectives.txt: "the new minister"
    rank_modifiers: frozenset[str]  # entities_rank_modifiers.txt: "deputy ambassador" is another post
    body_kinds: frozenset[str]  # entities_body_kind_nouns.txt: "NATO ... the alliance"
    kin_titles: frozenset[str]  # entities_kin_titles.txt: "Aunt Toni"
    stop_abbreviations: frozenset[str]  # entities_stop_abbreviations.txt: "Inc."
    postnominals: frozenset[str]  # entities_postnominals.txt: "Sarah Lund MBE" is "Sarah Lund"
    clock_words: frozenset[str]  # furniture_clock_words.txt: "GMT" after "14:05" is a time zone
    caption_labels: frozenset[str]  # entities_caption_labels.txt: "Image:"
    person_nouns: frozenset[str]  # entities_person_nouns.txt: "his father, X"
    governed_nouns: frozenset[str]  # entities_governed_nouns.txt: "the government of X"
    member_nouns: frozenset[str]  # entities_member_nouns.txt: "members of X"
    staff_nouns: frozenset[str]  # entities_staff_nouns.txt: "analysts at X" work for an organisation
    place_people_nouns: frozenset[str]  # entities_place_people_nouns.txt: "residents of X" is a place
    group_nouns: frozenset[str]  # entities_group_nouns.txt: "protesters" is a group "they" may mean
    unmarked_plurals: frozenset[str]  # entities_unmarked_plurals.txt: "police", "people"
    as_verbs: frozenset[str]  # entities_as_verbs.txt: "served as president"
    copulas: frozenset[str]  # entities_copulas.txt: "became minister"
    person_verbs: frozenset[str]  # entities_person_verbs.txt: "Velde confessed": Velde is a person
    other_owner_nouns: frozenset[str]  # entities_other_owner_nouns.txt: "In his absence, X": not X's
    concessive_words: frozenset[str]  # entities_concessive_words.txt: "Despite his talent, X"
    event_participles: frozenset[str]  # entities_event_participles.txt: "won, giving her": the event gives
    question_verbs: frozenset[str]  # entities_question_verbs.txt: "asked Y whether he": Y
    death_verbs: frozenset[str]  # entities_death_verbs.txt: "His son said he died": not the son
    body_last_words: frozenset[str]  # entities_body_last_words.txt: "Green Alliance" tagged GPE is a body
    speech_verbs: frozenset[str]  # speech_verbs.tsv, kind "report": "X said" names a quote's speaker
    # speech_verbs.tsv, every kind ("described", "accused" too): the resolver's cue that a
    # pronoun or candidate is the subject of a verb of saying ("she described ..." after her quote)
    any_speech_verbs: frozenset[str]
    calling_verbs: frozenset[str]  # calling_verbs.txt: "called Y to congratulate him": the caller

    @classmethod
    def from_lexicons(cls, lexicons: Lexicons) -> EntityVocabulary:
        """Build the sets from the (overlaid) lists."""

        def words(name: str) -> frozenset[str]:
            return frozenset(w.lower() for w in lexicons.words(name))

        return cls(
            law_heads=words("entities_law_heads"),
            facility_heads=words("entities_facility_heads"),
            site_nouns=words("entities_site_nouns"),
            greetings=words("entities_greetings"),
            prename_titles=words("entities_prename_titles"),
            headline_verbs=words("entities_headline_verbs"),
            honorifics=words("entities_honorifics"),
            address_styles=words("entities_address_styles"),
            address_titles=words("entities_address_titles"),
            org_name_heads=words("entities_org_name_heads"),
            publication_heads=words("entities_publication_heads"),
            landform_nouns=words("entities_landform_nouns"),
            portfolio_words=words("entities_portfolio_words"),
            company_kinds=words("entities_company_kind_nouns"),
            company_suffixes=words("entities_company_suffixes"),
            club_suffixes=words("entities_club_suffixes"),
            name_particles=words("entities_name_particles"),
            org_kind_nouns=words("entities_org_kind_nouns"),
            periodical_nouns=words("entities_periodical_nouns"),
            orientation_words=words("entities_orientation_words"),
            state_body_nouns=words("entities_state_body_nouns"),
            tenure_adjectives=words("entities_tenure_adjectives"),
            rank_modifiers=words("entities_rank_modifiers"),
            body_kinds=words("entities_body_kind_nouns"),
            kin_titles=words("entities_kin_titles"),
            stop_abbreviations=words("entities_stop_abbreviations"),
            postnominals=words("entities_postnominals"),
            clock_words=words("furniture_clock_words"),
            caption_labels=words("entities_caption_labels"),
            person_nouns=words("entities_person_nouns"),
            governed_nouns=words("entities_governed_nouns"),
            member_nouns=words("entities_member_nouns"),
            staff_nouns=words("entities_staff_nouns"),
            place_people_nouns=words("entities_place_people_nouns"),
            group_nouns=words("entities_group_nouns"),
            unmarked_plurals=words("entities_unmarked_plurals"),
            as_verbs=words("entities_as_verbs"),
            copulas=words("entities_copulas"),
            person_verbs=words("entities_person_verbs"),
            event_participles=words("entities_event_participles"),
            question_verbs=words("entities_question_verbs"),
            death_verbs=words("entities_death_verbs"),
            body_last_words=words("entities_body_last_words"),
            other_owner_nouns=words("entities_other_owner_nouns"),
            concessive_words=words("entities_concessive_words"),
            # Only the verbs that introduce what was said: the subject of a speech act
            # ("May congratulated Trump") is often not the speaker of the quote beside it.
            speech_verbs=frozenset(
                verb.lower() for verb, kind in lexicons.pairs("speech_verbs") if kind == "report"
            ),
            any_speech_verbs=frozenset(verb.lower() for verb, _ in lexicons.pairs("speech_verbs")),
            calling_verbs=words("calling_verbs"),
        )


def vocabulary() -> EntityVocabulary:
    """The entities vocabulary of the pipeline running now (built once per pipeline)."""
    current = resources.current()
    # fetched before ``load``: a build function must not call ``load`` itself (it holds the lock)
    lists = current.lexicons
    return current.load(_RESOURCE_KEY, lambda: EntityVocabulary.from_lexicons(lists))
