"""Step 8 of the entities stage: turn the clusters into ``records.Entity`` records.

Each live cluster with a name or nominal mention becomes one entity, numbered in
text order (``e1``, ``e2``, ...). Its type is decided from all its evidence (a
person cue outweighs per-span labels; a country name makes it a GPE; what has
members is an organisation), its name is its best proper name, its mentions,
roles and affiliations are de-duplicated and given character spans, and the
clusters roles and affiliations point to become entity ids.
"""

from __future__ import annotations

import re
from collections import Counter

from newsgraph.constants import DEFINITE, NON_PERSON_POSSESSIVES
from newsgraph.entities import bodies, groups, lexicon
from newsgraph.entities.cluster import plural_family_name
from newsgraph.entities.name_words import name_after_the
from newsgraph.entities.state import Cluster, EntityState, MentionDraft
from newsgraph.records import Affiliation, Entity, Mention, Role, Span

#: Tie-break order when a cluster's labels are split evenly.
_LABEL_PRIORITY = (
    "PERSON",
    "GPE",
    "ORG",
    "NORP",
    "LOC",
    "FAC",
    "EVENT",
    "LAW",
    "PRODUCT",
    "WORK_OF_ART",
    "LANGUAGE",
)
_PUNCT_EDGE = re.compile(r"^[\s\"'“”‘’(\[,.;:!?-]+|[\s\"'“”‘’)\],;:!?-]+$")


class _Ids:
    """Entity ids, types and names by cluster index, and the ids of countries by name."""

    def __init__(self, state: EntityState, live: list[tuple[int, Cluster]]) -> None:
        self.ids = {index: f"e{n + 1}" for n, (index, _) in enumerate(live)}
        self.types = {index: entity_type(state, index) for index, _ in live}
        self.names = {index: _name(state, c) for index, c in live}
        self.country_ids: dict[str, str] = {}
        for index, _ in live:
            if self.types[index] == "GPE":
                country = lexicon.country_name(self.names[index])
                if country is not None:
                    self.country_ids.setdefault(country, self.ids[index])


def _acting_group(state: EntityState, c: Cluster) -> bool:
    """Whether a group named by a plural noun takes part in an act: the subject or object
    of a verb that does more than report speech ("Police used tear gas to disperse
    protesters", "Business groups criticised the decision"), its "by" agent, or the
    object of a preposition that aims it ("fired rubber bullets at students").
    Such a group is an entity, so the events, stances and claims stages can name it as a
    party; a group that only reports ("officials said") stays a source text, as it was,
    and a group a "they" means is an entity anyway."""
    for m in c.mentions:
        lemma = groups.plural_lemma(state, m.head)
        if _named_inside(state, m) or lemma is None:
            continue
        if not groups.names_people(state, lemma) and not _kind_of_groups(state, m, lemma):
            continue  # "funds were released": an organisation noun's plural is rarely a party
        if bodies.party_to_act(state, state.tokens[m.head]):
            return True
    return False


#: Plurals of organisation nouns that name bodies of people by what they stand for, once
#: a modifier says which ("rights groups", "armed groups", "aid organisations").
_GROUP_OF_BODIES = frozenset({"group", "organisation", "organization"})


def _kind_of_groups(state: EntityState, m: MentionDraft, lemma: str) -> bool:
    """ "Rights groups accused the army", "Business groups criticised the decision": bodies
    of people named by their cause or trade act as a party."""
    modifiers = state.tokens[m.head].lefts
    return lemma in _GROUP_OF_BODIES and any(c.dep_ in ("compound", "amod") for c in modifiers)


def _named_inside(state: EntityState, m: MentionDraft) -> bool:
    """Whether a group's phrase holds a name or a possessive pronoun ("Taliban
    representatives", "Obama's aides", "its members"): the party a reader counts is then
    the named one, which the events stage finds inside the phrase, not a new group."""
    for i in range(m.start, m.end):
        if i != m.head and (i in state.token_mention or state.tokens[i].tag_ == "PRP$"):
            return True
    return False


def entity_records(state: EntityState) -> list[Entity]:
    """One ``Entity`` per live cluster with a name or nominal mention, in text order."""
    live = [
        (i, c)
        for i, c in enumerate(state.clusters)
        if c.merged_into < 0
        and any(m.kind == "name" or m.kind == "nominal" for m in c.mentions)
        and (not c.group or any(m.kind == "pronoun" for m in c.mentions) or _acting_group(state, c))
    ]
    live.sort(key=lambda ic: min(m.start for m in ic[1].mentions))
    known = _Ids(state, live)
    state.judgements = _judgements(state, known)
    out: list[Entity] = []
    for index, c in live:
        affiliations = _affiliations(state, known, index, c)
        if known.types[index] == "NORP" and not affiliations:
            place = lexicon.demonym_place(known.names[index])
            first = min(c.mentions, key=lambda m: m.start)
            s, e = state.char_span(first.start, first.end)
            if place is not None:
                affiliations.append(
                    Affiliation(
                        name=place,
                        kind="country",
                        entity=known.country_ids.get(place),
                        span=Span(start=s, end=e, text=state.text[s:e]),
                    )
                )
        out.append(
            Entity(
                id=known.ids[index],
                name=known.names[index],
                type=known.types[index],
                mentions=_mentions(state, c),
                roles=_roles(state, known, c),
                affiliations=affiliations,
            )
        )
    return out


def _mentions(state: EntityState, c: Cluster) -> list[Mention]:
    """The cluster's mentions in text order, one per character span."""
    mentions = []
    seen: set[tuple[int, int]] = set()
    for m in sorted(c.mentions, key=lambda m: (m.start, m.end)):
        start, end = state.char_span(m.start, m.end)
        if (start, end) in seen:
            continue
        seen.add((start, end))
        judged = state.judged.get(m.start) if m.kind == "pronoun" else None
        mentions.append(
            Mention(
                start=start,
                end=end,
                text=state.text[start:end],
                kind=m.kind,
                confidence=round(judged[1], 3) if judged is not None and judged[0] >= 0 else None,
            )
        )
    return mentions


def _judgements(state: EntityState, known: _Ids) -> dict[tuple[int, int], tuple[str | None, float]]:
    """The resolver's judgements (``EntityState.judged``) by character span, with the
    entity id each kept link points to (None: dropped), for ``entities.resolver_link``."""
    out: dict[tuple[int, int], tuple[str | None, float]] = {}
    for token, (cluster, probability) in state.judged.items():
        linked = known.ids.get(state.find(cluster)) if cluster >= 0 else None
        out[state.char_span(token, token + 1)] = (linked, probability)
    return out


def _roles(state: EntityState, known: _Ids, c: Cluster) -> list[Role]:
    """The cluster's roles, once per title and place; a title without an organisation is
    dropped when the same title is also known with one."""
    roles: list[Role] = []
    seen_roles: set[tuple[str, int]] = set()
    with_org = {title.lower() for title, org_text, *_ in c.roles if org_text}
    for title, org_text, org_cluster, s, e, _ in c.roles:
        key = (title.lower(), s)
        if key in seen_roles or (org_text is None and title.lower() in with_org):
            continue
        if org_text is None and any(r.title.lower() == title.lower() and r.org is None for r in roles):
            continue
        seen_roles.add(key)
        org_id = known.ids.get(state.find(org_cluster)) if org_cluster >= 0 else None
        org_name = known.names.get(state.find(org_cluster)) if org_cluster >= 0 else None
        roles.append(
            Role(
                title=title,
                org=org_name or org_text,
                org_entity=org_id,
                span=Span(start=s, end=e, text=state.text[s:e]),
            )
        )
    return roles


def _affiliations(state: EntityState, known: _Ids, index: int, c: Cluster) -> list[Affiliation]:
    """The cluster's affiliations, once per name and kind, never with itself."""
    affiliations = []
    seen_aff: set[tuple[str, str]] = set()
    for name, kind, target, s, e in c.affiliations:
        entity_id: str | None
        if target == -2:
            entity_id = known.country_ids.get(name)
        else:
            entity_id = known.ids.get(state.find(target)) if target >= 0 else None
        if entity_id == known.ids[index] or (name.lower(), kind) in seen_aff:
            continue
        seen_aff.add((name.lower(), kind))
        affiliations.append(
            Affiliation(
                name=name, kind=kind, entity=entity_id, span=Span(start=s, end=e, text=state.text[s:e])
            )
        )
    return affiliations


def entity_type(state: EntityState, index: int) -> str:
    """A cluster's type from all its evidence: a person cue outweighs per-span labels."""
    c = state.clusters[index]
    if c.person_cue or c.gender is not None or c.votes:
        return "PERSON"
    if state.is_company(index):
        return "ORG"  # "terminal operator NordLine ... NordLine said" (tagged PERSON there)
    if any(m.kind == "name" and m.label == "GPE" and m.end <= state.first for m in c.mentions):
        # named in the dateline ("HARWICK —"): the place the story is filed from, whatever
        # the tagger makes of a later "the Harwick bridge"
        return "GPE"
    labels = Counter(m.label for m in c.mentions if m.kind == "name" and m.label)
    if not labels:
        labels = Counter(m.label for m in c.mentions if m.label and m.label != "ORG_SPECIFIC")
    if not labels:
        return "ORG"
    top = max(
        labels.items(),
        key=lambda kv: (kv[1], -_LABEL_PRIORITY.index(kv[0]) if kv[0] in _LABEL_PRIORITY else -99),
    )[0]
    if top in {"ORG", "FAC", "PERSON", "LOC"} and any(
        lexicon.country_name(state.span_text(m.start, m.end)) for m in c.mentions if m.kind == "name"
    ):
        return "GPE"
    if top == "PERSON" and _only_demonyms(state, c):
        return "NORP"  # "Azerbaijani forces": the small model's PERSON, a people by its word
    if top == "PERSON" and _plural_name(state, c):
        return "NORP"  # "the Houthis": a movement or a people by its plural name
    names = [m for m in c.mentions if m.kind == "name"]
    if top == "PERSON" and any(name_after_the(state, m.start, m.end) for m in names):
        return "LOC"  # "drought-hit Sahel ... farmers in the Sahel": a person is never "the X"
    if top in {"LOC", "GPE", "FAC"} and any(_has_members(state, m) for m in c.mentions if m.kind == "name"):
        return "ORG"  # "a member of Scientology": places have no members
    return top


def _plural_name(state: EntityState, c: Cluster) -> bool:
    """The cluster is named "the Houthis" somewhere and by no name that is not plural."""
    names = [m for m in c.mentions if m.kind == "name"]
    return any(plural_family_name(state, m) for m in names) and all(
        state.span_text(m.start, m.end).endswith("s") for m in names
    )


def _only_demonyms(state: EntityState, c: Cluster) -> bool:
    """Every name of the cluster is one word that names a people ("Azerbaijani",
    "Iraqis"), none a country itself; a person called by a surname that looks like a
    demonym has a first name, a title or a pronoun somewhere (``person_cue``, gender)."""
    names = [state.span_text(m.start, m.end) for m in c.mentions if m.kind == "name"]
    return bool(names) and all(
        " " not in n and lexicon.listed_demonym_place(n) is not None and lexicon.country_name(n) is None
        for n in names
    )


def _has_members(state: EntityState, m: MentionDraft) -> bool:
    """The name is what someone is a member or founder of ("members of X", "X members")."""
    head = state.tokens[m.head]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        owner = head.head.head
    elif head.dep_ == "compound":
        owner = head.head
    else:
        return False
    return owner.pos_ == "NOUN" and owner.lemma_.lower() in state.words.member_nouns


#: Longest word in capitals read as an acronym rather than a name set in capitals.
_ACRONYM_MAX = 6


def _acronym(state: EntityState, m: MentionDraft, text: str) -> bool:
    """One short word in capitals inside the running text ("the pilots' union BALPA",
    "MSNBC"): an acronym, kept as written; not a dateline, a label before a colon or a
    word opening its line ("WASHINGTON ―", "WALLACE: ...")."""
    if " " in text or len(text) > _ACRONYM_MAX or m.end <= state.first:
        return False
    tokens = state.tokens
    if m.end < len(tokens) and tokens[m.end].text == ":":
        return False
    return m.start > 0 and "\n" not in tokens[m.start - 1].text_with_ws


def _name(state: EntityState, c: Cluster) -> str:
    """The best, longest proper name: most words, mixed case over ALL CAPS, a people's
    plural over its singular ("Republicans", not the adjective "Republican"), earliest."""
    names = [m for m in c.mentions if m.kind == "name"]
    pool = names or [m for m in c.mentions if m.kind == "nominal"]
    texts = {state.span_text(m.start, m.end) for m in names}
    best = max(
        pool,
        key=lambda m: (
            len(state.name_words(m)) if m.kind == "name" else 0,
            not state.span_text(m.start, m.end).isupper(),
            state.span_text(m.start, m.end)[:-1] in texts,
            -m.start,
        ),
    )
    text = state.span_text(best.start, best.end)
    if best.kind == "nominal":
        words = text.split()
        if words and (words[0].lower() in DEFINITE or words[0].lower() in NON_PERSON_POSSESSIVES):
            text = " ".join(words[1:])
    if text.isupper() and len(text) > 4 and not _acronym(state, best, text):
        text = text.title()  # a dateline's "KABUL", a transcript's "WALLACE:", "UNITED NATIONS"
    return _PUNCT_EDGE.sub("", text) or text
