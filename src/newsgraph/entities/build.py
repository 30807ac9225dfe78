"""From spaCy's parse to clustered entities: the steps of the entities stage, in order.

Each step is a module with functions over one ``state.EntityState`` (mentions by
token index, clusters, roles and affiliations); this function only runs them.
Every step is a single pass over tokens or mentions, with antecedents looked up only
in a window of recent sentences, so the cost stays linear in the document.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.entities import (
    ages,
    bodies,
    cluster,
    confidence,
    groups,
    headline,
    mentions,
    nominals,
    pronouns,
    records,
    referred,
    referred_gender,
    roles,
    untagged,
)
from newsgraph.entities.state import EntityState
from newsgraph.records import Entity
from newsgraph.resolver.features import AnaphorGroup
from newsgraph.resolver.model import ResolverModel


def build_entities(
    doc: Doc, collector: list[AnaphorGroup] | None = None, model: ResolverModel | None = None
) -> list[Entity]:
    """All entities of ``doc`` (empty for an empty or unparsed document).

    With ``collector`` (training), every pronoun link the rules make is appended to it
    with its feature row, and all of them stand. ``model`` replaces the shipped resolver
    model (training uses it to choose the threshold)."""
    if len(doc) == 0:
        return []
    state = EntityState(doc)
    mentions.named_mentions(state)  # 1. names: tagged, dateline places, titled and given names,
    untagged.untagged_names(state)  #    countries, acronyms and organisation names the tagger missed
    referred.referred_persons(state)  #    and persons the tagger missed, found by he/she after them
    mentions.given_names(state)  #    or by a known given name ("Thanks Greg")
    cluster.cluster_names(state)  # 2. names clustered by string rules; untagged repeats
    referred_gender.referred_genders(state)  #    the gender of the pronouns that found a person in 1b
    roles.titles(state)  # 3. pre-name titles -> roles, gender, affiliations
    found = nominals.find_nominals(state)  # 4. nominal mentions, linked in three passes:
    nominals.resolve_nominals(state, found, persons=False)  # organisation and place nouns,
    nominals.appositions(state, found)  # appositions ("X, spokesperson for Y"),
    nominals.resolve_nominals(state, found, persons=True)  # role nouns ("the minister")
    nominals.possessor_countries(state)  #    "Russia's defence ministry": its country
    nominals.from_party(state)  # 5. "X, from the Y Party"
    ages.age_descriptions(state)  # 5a. "the 58-year-old" after "Tom Ashdown, 58,"
    groups.group_mentions(state)  # 5b. groups named by a plural noun ("officials"), for "they"
    links = pronouns.resolve_pronouns(state)  # 6. third-person pronouns, linked by the rules;
    confidence.judge_pronoun_links(state, links, collector, model)  # the resolver drops doubtful links
    roles.possessive_pronoun_orgs(state)  # 7. "its prime minister": the organisation "its" was linked to
    nominals.owned_state_bodies(state, found)  #    "its foreign ministry": the country "its" was linked to
    bodies.acting_bodies(state, found)  # 7c. "the army shelled ...": an unnamed body that acts
    roles.predicate_roles(state)  #     "X became minister", "he served as president"
    headline.headline_names(state)  # 7b. names above a dateline written as the body writes them
    entities = records.entity_records(state)  # 8. the Entity records
    doc.user_data[confidence.JUDGED_KEY] = state.judgements
    return entities
