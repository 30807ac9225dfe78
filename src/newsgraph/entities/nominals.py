"""Step 4 of the entities stage: nominal mentions and the "from the X Party" affiliations.

A nominal mention is a definite description headed by a role noun ("the ministry's
spokesperson"), an organisation or place noun ("the union", "the country"), or a
kinship noun in apposition ("his father, Omar Haddad"). In order:

1. ``find_nominals``: the descriptions themselves;
2. ``resolve_nominals(persons=False)``: organisation and place nouns link to the most
   recent organisation or place whose name has that word ("the ministry"); "the
   Afghan government" is its own organisation, affiliated with its country;
3. ``appositions``: "X, spokesperson for Y" — the description joins the name and gives
   it a role;
4. ``resolve_nominals(persons=True)``: the role nouns left ("the minister") link to a
   recent holder of that title — the choice itself is
   ``role_nouns.choose_role_noun_antecedent``;
5. ``from_party``: "Jane Roe of the Green Party", "X, from Oxfam".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.constants import DEFINITE, PLACE_LABELS, PLURAL_TAGS
from newsgraph.docindex import doc_index
from newsgraph.entities import lexicon
from newsgraph.entities.cluster import INITIALISM
from newsgraph.entities.description_guards import other_nation_near, same_orientation
from newsgraph.entities.role_nouns import choose_role_noun_antecedent
from newsgraph.entities.roles import affiliate_norp, org_of, pronoun_owner, role_title
from newsgraph.entities.state import PARTY_MARK, Cluster, EntityState, MentionDraft
from newsgraph.phrases import possessive_pronoun

_FIRST_SECOND_POSSESSIVES = frozenset({"my", "our", "your"})


def find_nominals(state: EntityState) -> list[MentionDraft]:
    """Definite descriptions headed by a role or organisation noun, and bare appositive role nouns."""
    roles = lexicon.person_roles()
    orgs = lexicon.org_nouns()
    found: list[MentionDraft] = []
    pos, tokens = state.index.column("pos_"), state.tokens
    for i in range(state.first, len(tokens)):
        if pos[i] not in {"NOUN", "PROPN"} or i in state.token_mention:
            continue
        tok = tokens[i]
        mention = _nominal_at(state, tok, roles, orgs) or _repeated_kin(state, tok, found)
        if mention is not None:
            found.append(mention)
            state.add_mention(mention)
    return found


def _nominal_at(
    state: EntityState, tok: Token, roles: frozenset[str], orgs: dict[str, str]
) -> MentionDraft | None:
    """The nominal mention headed by ``tok``, or None when it heads none we resolve."""
    tokens = state.tokens
    lemma = tok.lemma_.lower()
    kin = lemma in state.words.person_nouns and lemma not in roles
    if lemma not in roles and lemma not in orgs and not kin:
        return None
    if kin and appos_partner(tok) is None:
        return None  # "his father, Omar Haddad" is a mention; "the woman" alone is not resolved
    if tok.pos_ == "PROPN" and tok.dep_ == "compound":
        return None  # "President" in "President Biden" belongs to the name
    left = list(tok.lefts)
    definite = any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in left)
    if any(c.dep_ == "poss" and c.lower_ in _FIRST_SECOND_POSSESSIVES for c in left):
        return None  # "our country" in a quote is the speaker's, not the last one named
    appositive = appos_partner(tok) is not None
    if not definite and not appositive:
        return None
    if tok.tag_ in PLURAL_TAGS:
        return None  # "the ministers", "the 163 teams": groups are out of scope
    start = tok.left_edge.i if left else tok.i
    start = max(start, state.first, state.sent_starts[state.sent_of[tok.i]])
    while start < tok.i and (tokens[start].is_punct or tokens[start].is_space):
        start += 1
    end = tok.i + 1
    specific = False
    if lemma in orgs and orgs[lemma] == "ORG":
        named_end = _named_of_object(state, tok, lemma)
        if named_end is not None:
            end, specific = named_end, True
    if specific or (
        lemma in orgs
        and any(
            state.token_mention.get(i) is not None and state.token_mention[i].kind == "name"
            for i in range(start, tok.i)
        )
    ):
        label = "ORG_SPECIFIC"  # "the Afghan government", "the Biden administration"
    else:
        label = "PERSON" if lemma in roles or kin else orgs[lemma]
    return MentionDraft(start, end, "nominal", label, head=tok.i, definite=definite)


def _kin_possessor(state: EntityState, tok: Token) -> str | None:
    """The possessive pronoun before a kinship noun ("her" in "her daughter"), if any."""
    lemma = tok.lemma_.lower()
    if lemma not in state.words.person_nouns or lemma in lexicon.person_roles():
        return None
    return possessive_pronoun(tok)


def _repeated_kin(state: EntityState, tok: Token, found: list[MentionDraft]) -> MentionDraft | None:
    """ "Her daughter, Katalin, said ... 'She never asked permission,' her daughter said":
    a kinship noun with the same possessive pronoun as an earlier one set beside a name,
    the same person named last before both, is that relative again. A kinship noun met
    first without a name stays no mention ("the woman", "his wife" with nobody named)."""
    if appos_partner(tok) is not None or tok.tag_ in PLURAL_TAGS:
        return None
    if _named_kin_before(state, tok, found) is None:
        return None
    start = min(c.i for c in tok.lefts if c.dep_ == "poss")
    return MentionDraft(start, tok.i + 1, "nominal", "PERSON", head=tok.i, definite=True)


def _named_kin_before(state: EntityState, tok: Token, earlier: list[MentionDraft]) -> MentionDraft | None:
    """The last of ``earlier`` that is the kinship description ``tok`` repeats: same noun,
    same possessive pronoun, set beside a name, the same person named last before it."""
    possessor = _kin_possessor(state, tok)
    if possessor is None:
        return None
    lemma = tok.lemma_.lower()
    owner = _person_named_last(state, tok.i)
    for m in reversed(earlier):
        noun = state.tokens[m.head]
        if m.start >= tok.i or noun.lemma_.lower() != lemma or appos_partner(noun) is None:
            continue
        same = _kin_possessor(state, noun) == possessor and owner == _person_named_last(state, m.start)
        return m if same else None
    return None


#: Tokens looked back for the person a possessive pronoun most likely means.
_OWNER_WINDOW = 300


def _person_named_last(state: EntityState, before: int) -> int:
    """The cluster of the last person name before token ``before`` (-1 if none near): the
    owner a "his"/"her" most likely means, so that "Bush and his wife Laura ... Trump and
    his wife" are two wives."""
    for i in range(before - 1, max(state.first, before - _OWNER_WINDOW) - 1, -1):
        m = state.token_mention.get(i)
        if m is not None and m.kind == "name" and m.label == "PERSON" and m.cluster >= 0:
            return state.find(m.cluster)
    return -1


def repeated_kin_antecedent(state: EntityState, nominal: MentionDraft) -> int:
    """The cluster of the named kinship description a repeated one (``_repeated_kin``)
    stands for, or -1 when ``nominal`` is no such repeat."""
    noun = state.tokens[nominal.head]
    if appos_partner(noun) is not None:
        return -1
    nominals = [m for m in state.mentions if m.kind == "nominal"]
    earlier = _named_kin_before(state, noun, nominals)
    return state.find(earlier.cluster) if earlier is not None and earlier.cluster >= 0 else -1


def _named_of_object(state: EntityState, tok: Token, lemma: str) -> int | None:
    """ "the government of Valmoria": the end token of the named organisation or place after
    the noun's first "of", which makes the description specific; None without one."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            named = state.token_mention.get(obj.i) if obj is not None else None
            if (
                named is not None
                and named.kind == "name"
                and named.label in {"GPE", "ORG", "NORP", "LOC", "FAC"}
            ):
                if lemma in state.words.governed_nouns and named.label in {"ORG", "FAC", "LOC"}:
                    named.label = "GPE"  # "the government of Norland": a polity
                return named.end
            return None
    return None


def appos_partner(noun: Token, state: EntityState | None = None) -> Token | None:
    """The token in apposition with ``noun``: its head, its own appos child, or (for
    "Co-founder of Google, Sergey Brin", parsed onto "Google") a person name in
    apposition with its prepositional object (with ``state``, a name this stage made a
    person counts too: "The leader of the Civic Party, Anton Brisk" tagged ORG)."""
    # Asked of most nouns: the walk reads child indices and the dep_ column, and makes a
    # Token only for what it returns or tests by entity type.
    index = doc_index(noun.doc)
    deps, tokens = index.column("dep_"), index.tokens
    at = noun.i
    if deps[at] == "appos":
        return noun.head
    rights = [c for c in index.children(at) if c > at]
    own = next((c for c in rights if deps[c] == "appos"), None)
    if own is not None:
        return tokens[own]
    for prep in rights:
        if deps[prep] != "prep":
            continue
        for obj in index.children(prep):
            if deps[obj] != "pobj":
                continue
            for k in index.children(obj):
                if k < obj:
                    continue
                appos = tokens[k]
                # a person's name, or an untagged proper noun ("The envoy for Marenia,
                # Sofia Lindqvist": a given name the tagger left out)
                named = appos.ent_type_ == "PERSON" or (appos.pos_ == "PROPN" and not appos.ent_type_)
                if state is not None and not named and deps[k] == "appos":
                    mention = state.mention_at(appos)
                    named = (
                        mention is not None
                        and mention.cluster >= 0
                        and (
                            mention.label == "PERSON"
                            or state.clusters[state.find(mention.cluster)].person_cue
                        )
                    )
                if deps[k] == "appos" and named and tokens[obj].ent_type_ != "PERSON":
                    return appos
    return None


def _person_apposed_to(state: EntityState, token: Token) -> MentionDraft | None:
    """The person's name in apposition right after ``token`` ("Civic Alliance, Petra
    Lindqvist"), if one is there."""
    for child in token.rights:
        if child.dep_ != "appos":
            continue
        mention = state.mention_at(child)
        named = mention is not None and mention.kind == "name" and mention.cluster >= 0
        if named and mention is not None and mention.label == "PERSON":
            return mention
    return None


def appositions(state: EntityState, nominals: list[MentionDraft]) -> None:
    """ "X, spokesperson for Y", "the union's chairman, X", "his Democratic opponent, X"."""
    roles = lexicon.person_roles()
    shared_roles = lexicon.roles_shared_with_organisations()
    genders = lexicon.gender_words()
    for nominal in nominals:
        noun = state.tokens[nominal.head]
        found = _apposition(state, noun)
        if found is None:
            continue
        partner, name = found
        body: MentionDraft | None = None  # the organisation a role was wrongly apposed to
        if name.label != "PERSON" and noun.lemma_.lower() in roles:
            person = _person_apposed_to(state, partner)
            if person is not None:
                # "The leader of the opposition Civic Alliance, Petra Lindqvist, said": the
                # parser hung the party on the role and the person on the party; a person's
                # role is the person's, and the organisation is what the role is of
                body, name = name, person
        if nominal.label != "PERSON" and name.label == "PERSON":
            named = state.clusters[state.find(name.cluster)]
            if nominal.label != "ORG" or named.gender is not None or named.votes or named.roles:
                continue
            # "The union, Kestrel Dockers, said": an organisation noun in apposition names
            # what the tagger called a person. It outweighs a name's shape (two capitalised
            # words), the only person cue a cluster with no gender, pronoun or role has.
            name.label = "ORG"
            named.person_cue = False
        cluster = state.find(name.cluster)
        if nominal.cluster >= 0 and nominal.label not in PLACE_LABELS:
            # "Cascade Copper, the Vancouver-based company": the description already made
            # an organisation of its own (a named modifier makes it specific); the
            # apposition says it is the name's, with whatever repeats it joined (a place
            # in apposition is often the one around it: "Lixian County, Hebei's Baoding city")
            state.absorb(nominal.cluster, cluster)
        else:
            state.attach(nominal, cluster)
        lemma = noun.lemma_.lower()
        c = state.clusters[cluster]
        if lemma in state.words.person_nouns:
            c.person_cue = True
            c.gender = c.gender or genders.get(lemma)
        if lemma in roles:
            c.person_cue = c.person_cue or lemma not in shared_roles or name.label == "PERSON"
            gender = genders.get(noun.lower_)
            if gender:
                c.gender = gender
            org_text, org_cluster = org_of(state, noun)
            if org_text is None and body is not None:
                org_text, org_cluster = state.span_text(body.start, body.end), state.find(body.cluster)
            end_tok = noun.right_edge if noun.dep_ == "appos" else noun
            span_start = state.tokens[nominal.start].idx
            span_end = end_tok.idx + len(end_tok)
            c.roles.append((role_title(state, noun), org_text, org_cluster, span_start, span_end, 0))
            for child in noun.lefts:
                other = state.mention_at(child)
                if other is not None and other.label == "NORP" and other.cluster >= 0:
                    affiliate_norp(state, cluster, other)


def resolve_nominals(state: EntityState, nominals: list[MentionDraft], persons: bool) -> None:
    """Link definite descriptions to an earlier referent: organisations and places first
    (so "the union's chairman" can find the union), role nouns after the appositions."""
    specific: dict[tuple[frozenset[int], str], int] = {}
    for nominal in nominals:
        if nominal.cluster >= 0 or (nominal.label == "PERSON") != persons or not nominal.definite:
            continue
        noun = state.tokens[nominal.head]
        lemma = noun.lemma_.lower()
        if nominal.label == "ORG_SPECIFIC":
            _specific_organisation(state, nominal, lemma, specific)
            continue
        if nominal.label == "PERSON":
            target = repeated_kin_antecedent(state, nominal)
            if target < 0:
                target = choose_role_noun_antecedent(state, nominal, noun)
        elif lemma in state.words.state_body_nouns and pronoun_owner(noun) is not None:
            continue  # "its foreign ministry": whose, once "its" is resolved (``owned_state_bodies``)
        elif nominal.label not in PLACE_LABELS and _apposition(state, noun) is not None:
            # "The Liberal Democrats, the largest party in the coalition, blamed ...": the
            # description says which party it is; matched to the party named before, it
            # would merge two parties when the apposition step joins it to its name
            continue
        else:
            target = _resolve_org_noun(state, nominal, lemma, nominal.label or "ORG")
            if target < 0 and lemma in state.words.state_body_nouns and _the_noun(state, nominal):
                countries = _countries_before(state, nominal.start)
                if len(countries) == 1:
                    _national_body(state, nominal, *next(iter(countries.items())))
                continue
        if target >= 0:
            state.attach(nominal, target)


def _apposition(state: EntityState, noun: Token) -> tuple[Token, MentionDraft] | None:
    """The token ``noun`` stands in apposition to and its clustered name ("X, spokesperson
    for Y"), when the partner is such a name."""
    partner = appos_partner(noun, state)
    if partner is None:
        return None
    name = state.mention_at(partner)
    if name is None or name.kind != "name" or name.cluster < 0:
        return None
    return partner, name


def _national_body(state: EntityState, nominal: MentionDraft, country: str, country_cluster: int) -> None:
    """ "The government", "the army" when the article so far names exactly one country
    (its dateline's city counts for its country), or "its army" when "its" stands for a
    country: that country's body, an organisation affiliated with it, one per noun and
    country. With no country or with two, the description stays unresolved: which
    government is meant is then a guess."""
    # "the interior ministry" and "the foreign ministry" are two bodies of one country
    noun = state.tokens[nominal.head]
    lemma = noun.lemma_.lower()
    kind = " ".join([*(c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")), lemma])
    key = (kind, country)
    if key in state.national_bodies:
        state.attach(nominal, state.national_bodies[key])
        return
    cluster = state.new_cluster(nominal)
    state.national_bodies[key] = cluster
    start, end = state.char_span(nominal.start, nominal.end)
    state.clusters[cluster].affiliations.append((country, "country", country_cluster, start, end))


def owned_state_bodies(state: EntityState, nominals: list[MentionDraft]) -> None:
    """ "Belarus denied any role. Its foreign ministry said ...": once the pronouns are
    linked, a state body owned by an "its"/"their" that stands for a country is that
    country's body. Before that step the description would have matched the last body
    with the same words, another country's ministry as readily as this one's; one whose
    owner stays unlinked, or is no country, is left unresolved."""
    for nominal in nominals:
        noun = state.tokens[nominal.head]
        if nominal.cluster >= 0 or nominal.label == "PERSON":
            continue
        if noun.lemma_.lower() not in state.words.state_body_nouns:
            continue
        owner = pronoun_owner(noun)
        linked = state.pronoun_at.get(owner.i) if owner is not None else None
        if linked is None or linked.cluster < 0:
            continue
        country_cluster = state.find(linked.cluster)
        mentions = state.clusters[country_cluster].mentions
        names = (state.span_text(m.start, m.end) for m in mentions if m.kind == "name")
        country = next((c for n in names if (c := lexicon.country_name(n)) is not None), None)
        if country is not None:
            _national_body(state, nominal, country, country_cluster)


def _countries_before(state: EntityState, before: int) -> dict[str, int]:
    """The countries named before token ``before`` (common name -> cluster, -2 for the
    dateline city's country, which records link by name)."""
    found: dict[str, int] = {}
    for m in state.mentions:
        if m.kind != "name" or m.start >= before or m.cluster < 0 or m.label != "GPE":
            continue
        name = lexicon.country_name(state.span_text(m.start, m.end))
        if name is not None:
            found.setdefault(name, state.find(m.cluster))
    dateline = state.doc._.ng_dateline
    if dateline is not None:
        for part in dateline.place.split(","):
            city_country = lexicon.country_name(part) or lexicon.major_city_country(part)
            if city_country:
                found.setdefault(city_country, -2)
    return found


def _specific_organisation(
    state: EntityState,
    nominal: MentionDraft,
    lemma: str,
    specific: dict[tuple[frozenset[int], str], int],
) -> None:
    """ "the Afghan team" again, or after "the six-member Afghan team": same named modifiers
    and head noun, same organisation; a new one is affiliated with its country or group."""
    orgs = lexicon.org_nouns()
    named = frozenset(
        state.find(m.cluster)
        for i in range(nominal.start, nominal.end)
        if (m := state.token_mention.get(i)) is not None and m is not nominal and m.cluster >= 0
    )
    same = _organisation_named_before_its_noun(state, nominal, named)
    if same >= 0:
        state.attach(nominal, same)  # "the ANC party", "the FNV union": the organisation itself
        nominal.label = "ORG"
        return
    key = (named, lemma)
    if key in specific:
        state.attach(nominal, specific[key])
        nominal.label = orgs.get(lemma, "ORG")
        return
    cluster = state.new_cluster(nominal)
    specific[key] = cluster
    c = state.clusters[cluster]
    nominal.label = "ORG" if orgs.get(lemma) == "ORG" else orgs.get(lemma, "ORG")
    for i in [*range(nominal.start, nominal.head), *range(nominal.head + 1, nominal.end)]:
        other = state.token_mention.get(i)
        if other is not None and other.label == "NORP" and other.cluster >= 0:
            affiliate_norp(state, cluster, other)
            break
        if other is not None and other.label == "GPE" and other.cluster >= 0:
            text = state.span_text(other.start, other.end)
            name = lexicon.country_name(text)
            c.affiliations.append(
                (
                    name or text,
                    "country" if name else "other",
                    state.find(other.cluster),
                    *state.char_span(other.start, other.end),
                )
            )
            break


def _organisation_named_before_its_noun(
    state: EntityState, nominal: MentionDraft, named: frozenset[int]
) -> int:
    """The organisation a description only restates ("the ANC party", "the FNV union"):
    the article, the organisation's name, then a noun of its kind (not of a part of it,
    "the NAACP board"), nothing else; -1 otherwise. A
    country or people before the noun ("the Afghan government") or a person ("the Biden
    administration") makes a new organisation instead."""
    if len(named) != 1 or state.tokens[nominal.head].lemma_.lower() not in state.words.org_kind_nouns:
        return -1
    cluster = next(iter(named))
    name = state.token_mention.get(nominal.head - 1)
    if name is None or name.kind != "name" or name.label != "ORG" or state.is_person(cluster):
        return -1
    if not state.tokens[name.start].text[:1].isupper():
        return -1  # "the pro-EU company": a stance word the tagger took for a name
    if any(state.tokens[i].dep_ != "det" for i in range(nominal.start, name.start)):
        return -1
    return cluster if state.labels(cluster).most_common(1)[0][0] == "ORG" else -1


def _resolve_org_noun(state: EntityState, nominal: MentionDraft, lemma: str, label: str) -> int:
    """ "the ministry" -> the most recent organisation whose name has that word; "the
    country" -> the most recent country."""
    pattern = re.compile(rf"\b{re.escape(lemma)}\b")
    # "the foreign ministry" is not the "interior ministry" named before: the words that
    # say which one (a portfolio, a noun) must be in the name too; a word that describes
    # it ("the usually tranquil city") need not
    which = [
        c.lower_
        for c in state.tokens[nominal.head].lefts
        if c.is_alpha
        and (c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ in state.words.portfolio_words))
    ]
    named_next = state.token_mention.get(nominal.end)
    if (
        named_next is not None
        and named_next.kind == "name"
        and named_next.cluster >= 0
        and named_next.label != "PERSON"
        and nominal.end == nominal.head + 1
    ):
        return state.find(named_next.cluster)  # "the investment firm Valbrook Capital"
    company_noun = lemma in state.words.company_kinds and _the_noun(state, nominal)
    for _, cluster in state.previous_clusters(nominal.start, 25):
        c = state.clusters[cluster]
        labels = state.labels(cluster)
        if not labels or c.group or state.is_person(cluster):
            continue  # "the bank" is no group of people named by a plural ("bank executives")
        top = labels.most_common(1)[0][0]
        place_noun = label in {"GPE", "LOC"}
        if place_noun != (top in {"GPE", "LOC"}):
            continue  # "the state" is not the Islamic State; "the union" is not a country
        if any(pattern.search(n) and all(w in n.split() for w in which) for n in state.lower_names(cluster)):
            return cluster
        if company_noun and top == "ORG":
            # "the company" after "Andes Copper Corp" (not "his company"), when no other
            # organisation was named in between: that one might be the company meant
            if state.is_company(cluster) and (lemma in _ANY_COMPANY or _named_as_kind(state, cluster, lemma)):
                return cluster
            company_noun = False
        if label == "GPE" and lemma in {"country", "nation"} and top == "GPE" and _is_country(state, c):
            return -1 if other_nation_near(state, nominal, c) else cluster
    if lemma in state.words.body_kinds and _the_noun(state, nominal):
        return _one_body_of_kind(state, nominal, lemma)
    if (
        lemma in state.words.company_kinds
        and _the_noun(state, nominal)
        and state.subject_of_saying(nominal.head)  # "The company said"
    ):
        return _one_named_company(state, nominal, lemma)
    return -1


#: Company nouns any company may be called; "the bank", "the airline" need a bank's name.
_ANY_COMPANY = frozenset({"company", "firm", "group"})


def _named_as_kind(state: EntityState, cluster: int, kind: str) -> bool:
    """Whether a name of ``cluster`` contains the kind noun ("Nordbank" for "the bank"):
    a freight group named just before "the bank" is not it."""
    return any(kind in name.replace(" ", "") for name in state.lower_names(cluster))


def _one_named_company(state: EntityState, nominal: MentionDraft, lemma: str) -> int:
    """ "Veltrax posted a loss. The company said ...": a company noun that speaks means the
    one organisation named in the last few sentences (``_one_body_of_kind``) though its
    name has no company word, when no proper noun outside any name stands between that
    organisation's last mention and the description (an untagged "wikiHow" or a
    "Facebook" inside a person's title may be the company meant)."""
    found = _one_body_of_kind(state, nominal, lemma)
    if found < 0:
        return -1
    last = max(m.end for m in state.clusters[found].mentions if m.start < nominal.start)
    pos = state.index.column("pos_")
    for i in range(last, nominal.start):
        if pos[i] != "PROPN" or state.tokens[i].ent_type_ in _NUMERIC_ENTITIES:
            continue  # "on Tuesday"
        mention = state.token_mention.get(i)
        if mention is None or mention.kind != "name" or state.find(mention.cluster) != found:
            return -1
    return found


#: Entity types of dates and amounts: their proper nouns ("Tuesday", "May") name no company.
_NUMERIC_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})


#: Sentences before a kind description ("the alliance") searched for the one body it means.
_BODY_KIND_WINDOW = 3


def _one_body_of_kind(state: EntityState, nominal: MentionDraft, lemma: str) -> int:
    """ "NATO Secretary-General Mark Rutte said the alliance ...": a noun naming a kind of
    body that no recent name contains means the one body named in the last few sentences,
    if its name states no other kind. Every named organisation there counts, and so does a
    union of states the tagger calls a place ("the European Union", "E.U."): with two, or
    with one whose name is of its own kind ("the Fisheries Union" for "the alliance"), the
    description stays unresolved, as precision asks. A description that introduces a name
    ("the discount retailer Poundland") is left to the apposition step."""
    noun = state.tokens[nominal.head]
    if appos_partner(noun) is not None or state.token_mention.get(nominal.end) is not None:
        return -1
    kinds = set(lexicon.org_nouns()) | state.words.org_name_heads | state.words.company_kinds
    bodies: list[tuple[int, bool]] = []
    for _, cluster in state.previous_clusters(nominal.start, _BODY_KIND_WINDOW):
        c = state.clusters[cluster]
        labels = state.labels(cluster)
        names = [m for m in c.mentions if m.kind == "name"]
        if not labels or not names or c.group or state.is_person(cluster):
            continue
        words = {w for m in names for w in state.name_words(m)}
        top = labels.most_common(1)[0][0]
        acronym = any(_is_acronym(state.span_text(m.start, m.end)) for m in names)
        if top != "ORG" and not (top in PLACE_LABELS and (words & kinds or acronym)):
            continue
        bodies.append((cluster, not words & (kinds - {lemma})))
    if len(bodies) != 1 or not bodies[0][1]:
        return -1
    if not same_orientation(state, nominal, bodies[0][0]):
        return -1
    return bodies[0][0]


#: A name written as a short acronym ("EU", "ASEAN"); initials ("E.U.") are ``INITIALISM``.
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


def _is_acronym(text: str) -> bool:
    """Initials or an acronym, not a dateline's capitals ("ROME", "BRUSSELS")."""
    if not (_ACRONYM.match(text) or INITIALISM.match(text)):
        return False
    return lexicon.major_city_country(text) is None and lexicon.country_name(text) is None


def _the_noun(state: EntityState, nominal: MentionDraft) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in state.tokens[nominal.head].children)


def _is_country(state: EntityState, c: Cluster) -> bool:
    return any(lexicon.country_name(state.span_text(m.start, m.end)) for m in c.mentions if m.kind == "name")


def possessor_countries(state: EntityState) -> None:
    """ "Russia's defence ministry" tagged as a name: the country that owns a named
    organisation is its country (a description such as "Ukraine's energy ministry" gets
    it when it is made specific)."""
    for mention in [m for m in state.mentions if m.kind == "name" and m.label == "ORG" and m.cluster >= 0]:
        head = state.tokens[mention.end - 1]
        owner = next((c for c in head.children if c.dep_ == "poss" and c.i < mention.start), None)
        other = state.mention_at(owner) if owner is not None else None
        if other is None or other.cluster < 0 or other.label != "GPE":
            continue
        country = lexicon.country_name(state.span_text(other.start, other.end))
        if country is None:
            continue
        cluster = state.clusters[state.find(mention.cluster)]
        if not any(kind == "country" for _, kind, *_ in cluster.affiliations):
            start, end = state.tokens[other.start].idx, head.idx + len(head)
            cluster.affiliations.append((country, "country", state.find(other.cluster), start, end))


def from_party(state: EntityState) -> None:
    """ "Donald Trump, from the Republican Party", "Jane Roe of the Green Party" -> party;
    "Ann Chiang of the DAB", "X, from Oxfam" -> organization (for people only)."""
    tokens = state.tokens
    n = len(tokens)
    for mention in [m for m in state.mentions if m.kind == "name" and m.cluster >= 0]:
        i = mention.end
        if i < n and tokens[i].text == ",":
            i += 1
        if i >= n or tokens[i].lower_ not in {"from", "of"}:
            continue
        j = i + 1
        if j < n and tokens[j].lower_ == "the":
            j += 1
        other = state.token_mention.get(j) if j < n else None
        if other is None or other.kind != "name" or other.cluster < 0 or other.label not in {"ORG", "NORP"}:
            continue
        text = state.span_text(other.start, other.end)
        kind = "party" if PARTY_MARK.search(text) or text.lower() in lexicon.party_words() else "organization"
        if kind == "organization" and not state.is_person(mention.cluster):
            continue
        cluster = state.find(mention.cluster)
        span_end = state.char_span(other.start, other.end)[1]
        state.clusters[cluster].affiliations.append(
            (text, kind, state.find(other.cluster), tokens[mention.start].idx, span_end)
        )
