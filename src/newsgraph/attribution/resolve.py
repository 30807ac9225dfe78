"""Who is speaking: from the source words at a quote to an entity of the article.

The entities stage clusters mentions; the shared document index answers "which
entity is this span?" (``DocIndex.entity_for_span``, the same answer every stage
gets). Where the entities stage did not run or misses a pronoun or role noun, the
fallback here does what a reader does: "she" is the most recent person who
was the subject of a clause (or who spoke) before it, "they" the most recent
group, "who" the noun the relative clause hangs on, "the ministry's
spokesperson" the named person earlier given that role, and a quotation with
no cue of its own continues the previous speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.attribution.draft import Draft
from newsgraph.attribution.lexicon import lexicon
from newsgraph.attribution.marks import has_quotation_mark
from newsgraph.attribution.parse import lemma
from newsgraph.attribution.resolver_lookup import resolver_lookup
from newsgraph.constants import FEMININE_PRONOUNS, GROUP_TYPE, INDEFINITE, MASCULINE_PRONOUNS, PLURAL_TAGS
from newsgraph.docindex import doc_index
from newsgraph.entities.lexicon import first_name_genders
from newsgraph.phrases import group_owners, named_owners, of_a_common_noun, possessive_pronoun, rank_words
from newsgraph.records import Entity

_HE_SHE = {"he", "she", "him", "her", "his", "i", "me"}
_FIRST_SINGULAR = {"i", "me"}
_THEY_IT = {"they", "them", "it", "we", "their", "its", "our"}
#: A plural third-person source: a group, never one person.
_THEY = {"they", "them", "their", "theirs"}
#: Pronouns the entities stage (and its learned judge) resolves: where it ran and left one
#: unlinked, a guess by proximity here would only overrule it ("a police spokesman said ...
#: he said" is nobody named, not the woman quoted before).
_THIRD_PERSON = _THEY | {"he", "she", "him", "her", "his"}
_SUBJECTISH = {"nsubj", "nsubjpass", "appos", "pobj", "compound"}
_PERSON = {"PERSON"}
#: Singular gendered subject pronouns.
_GENDERED = frozenset({"he", "she"})
#: The forms of each gendered pronoun an entity's mentions may show.
_PRONOUN_GENDERS = {"he": "m", "she": "f"}
_PRONOUN_FORMS = {"he": MASCULINE_PRONOUNS, "she": FEMININE_PRONOUNS}
_GROUP = {"ORG", "NORP", "GPE"}
#: Dependencies of a word that modifies a noun rather than heading a phrase.
_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_LOOKBACK_CHARS = 2500
#: A first line this short is a headline (read for a speaker named by role alone).
_TITLE_MAX_CHARS = 200
#: "Senator", "State senator", "The city's mayor": a role alone, a few words at most.
_TITLE_ROLE_MAX_WORDS = 3

def _holds(words: list[str], name: list[str]) -> bool:
    """Whether ``name`` appears in ``words`` as consecutive words."""
    n = len(name)
    return any(words[i : i + n] == name for i in range(len(words) - n + 1))


def _compound_span(tok: Token) -> tuple[int, int]:
    """A proper noun with the compound words before it ("Abdul Qahar Balkhi")."""
    left = tok
    while left.i > 0 and tok.doc[left.i - 1].dep_ == "compound" and tok.doc[left.i - 1].head.i >= tok.i:
        left = tok.doc[left.i - 1]
    return left.idx, tok.idx + len(tok)


def _main_clause_subject(token: Token) -> bool:
    """A subject of its sentence's main verb (or of a verb joined to it), not of a clause
    inside what that verb reported ("the rise" in "The government said the rise would stay")."""
    verb = token.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _only_in_modifier(entity: Entity, source: tuple[int, int], head: Token) -> bool:
    """Whether every mention of ``entity`` in the source words lies inside a prepositional
    phrase of their head: a place or body ("Officials in Andalusia", "the secretary of
    state"), or the person a "for" phrase says they act for ("Attorneys for Dana Price");
    a person after "of" may be the title's holder in a garbled parse ("President of the
    Transport Union Helen Park")."""
    person = entity.type == "PERSON"
    phrases = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in head.children
        if c.dep_ == "prep" and (not person or c.lower_ == "for")
    ]
    held = [m for m in entity.mentions if source[0] <= m.start and m.end <= source[1]]
    return bool(held) and all(any(a <= m.start and m.end <= b for a, b in phrases) for m in held)


#: Longest line read as one news paragraph when telling the writer's "I" from a speaker's.
_PARAGRAPH_CHARS = 600
#: Double quotation marks, counted to see that a paragraph's quotations pair up.
_DOUBLE_MARKS = ('"', "“", "”")


def _coordinated(tok: Token) -> bool:
    """Whether a source word heads a coordination of parties ("China and Japan"), not one
    name with a conjunction in it ("Johnson & Johnson", one entity) nor a title before a
    name ("Comedian and actress Amy Schumer": a bare role is no party)."""
    doc = tok.doc
    determined = any(c.dep_ in ("det", "poss") for c in tok.children)
    if not tok.ent_type_ and tok.tag_ in ("NN", "NNP") and not determined:
        return False  # a bare singular noun before the name is its title
    return any(
        c.dep_ == "conj"
        and c.pos_ in ("PROPN", "NOUN", "PRON")
        and not all(doc[i].ent_iob_ == "I" for i in range(tok.i + 1, c.i + 1))
        and not _one_name(tok, c)
        for c in tok.children
    )


def _one_name(first: Token, last: Token) -> bool:
    """Whether one name of the entities stage runs from ``first`` to ``last`` ("the Ethics
    and Anti-Corruption Commission", which the tagger cut after "and"): a body's or a
    place's name, never people ("Mr. King and Mr. Schultz" are two however grouped)."""
    start, end = first.idx, last.idx + len(last)
    entity = doc_index(first.doc).entity_for_span(start, end)
    return (
        entity is not None
        and entity.type not in ("PERSON", "GROUP")
        and any(m.kind == "name" and m.start <= start and m.end >= end for m in entity.mentions)
    )


def _meant_by_a_pronoun(entity: Entity) -> bool:
    return any(m.kind == "pronoun" for m in entity.mentions)


class SpeakerResolver:
    """Resolves drafts in text order, remembering earlier speakers for later pronouns."""

    def __init__(self, doc: Doc, quote_at: Callable[[int], int] | None = None) -> None:
        self.doc = doc
        #: the quotation holding a character (``Context.quote_at``), for the writer's "I"
        self.quote_at = quote_at
        self.judged = resolver_lookup(doc)
        self.index = doc_index(doc)
        self.text = self.index.text
        #: whether the entities stage ran (and found anything): its pronoun links are then final
        self.entities_ran = bool(doc._.ng_entities)
        self.ents = sorted(
            (ent.start, ent.end, ent.start_char, ent.end_char, ent.label_) for ent in self.index.ents
        )
        self.ent_starts = [e[0] for e in self.ents]
        # candidate antecedents: (start, end, label, is_subject)
        cands: list[tuple[int, int, str, bool]] = []
        #: candidates whose name only modifies a plural noun of people ("Navy commandos
        #: boarded the ship, it said"): the people act, and an "it" or "they" after them
        #: does not mean the body their name modifies
        self.modifying_people: set[tuple[int, int]] = set()
        for ent in self.index.ents:
            if ent.label_ in _PERSON or ent.label_ in _GROUP:
                root = ent.root  # walks the span's tokens on every access: read it once
                dep = root.dep_
                subj = dep in _SUBJECTISH and (dep != "pobj" or root.head.lower_ == "by")
                if dep == "appos" or dep == "compound":
                    subj = root.head.dep_ in ("nsubj", "nsubjpass")
                cands.append((ent.start_char, ent.end_char, ent.label_, subj))
                last = ent[-1]
                if last.dep_ == "compound" and last.head.i >= ent.end and last.head.tag_ in PLURAL_TAGS:
                    self.modifying_people.add((ent.start_char, ent.end_char))
        cands.sort()
        self.cands = cands
        self.cand_starts = [c[0] for c in cands]
        self.spoken: list[tuple[int, int, int, str]] = []  # (at, anchor start, anchor end, label)
        first_line = self.text.find("\n")
        #: where the headline ends: a short first line followed by the article
        self.title_end = first_line if 0 < first_line <= _TITLE_MAX_CHARS else -1
        self.sourced: dict[tuple[int, int], str] = {}  # anchor span -> the source words naming it
        #: anchor span -> the lemmas heading the source's phrases ("representative", not the
        #: "union" of "a union representative")
        self.source_heads: dict[tuple[int, int], set[str]] = {}

    def _titled_holder(self, source: tuple[int, int]) -> str | None:
        """ "Senator says governor ...": a headline names its speaker by a role alone, before
        the article names the person. The speaker is the one person the article gives that
        role ("State Senator Paul Vale"); with none or several, nobody."""
        words = self.text[source[0] : source[1]].lower().split()
        if not words or len(words) > _TITLE_ROLE_MAX_WORDS:
            return None
        role = words[-1]
        entities: list[Entity] = self.doc._.ng_entities
        holders = [
            e
            for e in entities
            if e.type == "PERSON" and any(r.title.lower().split()[-1:] == [role] for r in e.roles)
        ]
        return holders[0].id if len(holders) == 1 else None

    def _headline_name_holder(self, source: tuple[int, int]) -> str | None:
        """ "Barros says bridge will reopen", "Microsoft says it will cut jobs": a headline
        names its speaker by the name the article uses below it, where the entities stage
        made no mention (the headline is above the dateline). The speaker is the one
        person, organisation or country whose name is the source words, ends in them (a
        surname) or begins with them (a company without its suffix); two such, nobody."""
        words = self.text[source[0] : source[1]].split()
        if not 1 <= len(words) <= _TITLE_ROLE_MAX_WORDS or not all(w[:1].isupper() for w in words):
            return None
        entities: list[Entity] = self.doc._.ng_entities
        holders = {
            e.id
            for e in entities
            if e.type in ("PERSON", "ORG", "GPE")
            and (
                (name := e.name.split()) == words
                or (e.type == "PERSON" and len(words) == 1 and name[-1:] == words)
                or (e.type == "ORG" and name[: len(words)] == words)
            )
        }
        return holders.pop() if len(holders) == 1 else None

    def _full_name_holder(self, source: tuple[int, int], head: Token) -> str | None:
        """The one person whose full name (two words or more) the source words hold, where
        the entities stage made no mention there: a summary box or teaser above the
        dateline ("- Finance Minister Lena Varga wants ...") names people the article
        introduces below it. Two such people, or a surname alone, give nobody."""
        words = [w.strip(",;:()") for w in self.text[source[0] : source[1]].split()]
        entities: list[Entity] = self.doc._.ng_entities
        holders = {
            e.id
            for e in entities
            if e.type == "PERSON"
            and len(e.name.split()) >= 2
            and _holds(words, e.name.split())
            and not _only_in_modifier(e, source, head)  # "Attorneys for Dana Price"
        }
        return holders.pop() if len(holders) == 1 else None

    def _entity(self, span: tuple[int, int] | None) -> str | None:
        """Id of the entities stage's entity for ``span`` (None without one)."""
        if span is None:
            return None
        entity = self.index.entity_for_span(*span)
        return entity.id if entity is not None else None

    def _named_in_source(self, source: tuple[int, int] | None, head: Token) -> str | None:
        """The entity named in the source words, unless named only inside a prepositional
        phrase of their head: "Authorities in Andalusia" (the tagger made "Authorities" a
        proper noun after a dateline) are people in a place, not the place."""
        if source is None:
            return None
        first = head.doc.char_span(*source, alignment_mode="expand")
        if first is not None and len(first) > 1 and first[0].tag_ == "PRP$":
            # "Her Democratic Party voted": the owner "her" names the leader, not the party
            source = (first[1].idx, source[1])
        entity = self.index.entity_for_span(*source)
        if entity is None or _only_in_modifier(entity, source, head):
            return None
        return entity.id

    def _ent_at(self, tok: Token) -> tuple[int, int, int, int, str] | None:
        k = bisect.bisect_right(self.ent_starts, tok.i) - 1
        if k >= 0 and self.ents[k][0] <= tok.i < self.ents[k][1]:
            return self.ents[k]
        return None

    def _ent_span(self, tok: Token) -> tuple[int, int]:
        """The named-entity span containing ``tok``, else its proper-noun compound run."""
        ent = self._ent_at(tok)
        return (ent[2], ent[3]) if ent is not None else _compound_span(tok)

    def _label_of(self, span: tuple[int, int]) -> str:
        tok = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if tok is None or not len(tok):
            return ""
        ent = self._ent_at(tok[0])
        if ent is not None:
            return ent[4]
        entity = self.index.entity_for_span(*span)  # a name the tagger missed, or a description
        return entity.type if entity is not None and entity.type in _PERSON | _GROUP else ""

    def _recent(self, before: int, labels: set[str]) -> tuple[int, int] | None:
        """Most recent subject-position mention with a label in ``labels``, or a speaker."""
        k = bisect.bisect_left(self.cand_starts, before) - 1
        best: tuple[int, int] | None = None
        fallback: tuple[int, int] | None = None
        while k >= 0 and self.cands[k][0] > before - _LOOKBACK_CHARS:
            s, e, label, subj = self.cands[k]
            if labels is _GROUP and label in labels and self._a_persons_span(s, e):
                k -= 1
                continue  # "Miss Universe Alicia Machado" (tagged ORG at "Universe") is a person
            if label in labels and not (labels is _GROUP and (s, e) in self.modifying_people):
                if subj:
                    best = (s, e)
                    break
                if fallback is None:
                    fallback = (s, e)
            k -= 1
        for at, s, e, label in reversed(self.spoken):
            if at >= before or at < before - _LOOKBACK_CHARS:
                continue
            if labels is _GROUP and self._a_persons_span(s, e):
                continue  # "Clinton spokesman Nick Merrill says" (tagged ORG at "Clinton") is no body
            if label in labels or (not label and labels is _PERSON):
                if best is None or s > best[0] or at > best[0]:
                    return (s, e)
                break
        return best or fallback

    def _a_persons_span(self, start: int, end: int) -> bool:
        """Whether the entities stage took the words at ``[start, end)`` for a person."""
        if not self.entities_ran:
            return False
        entity = self.index.entity_for_span(start, end)
        return entity is not None and entity.type == "PERSON"

    def _role_antecedent(self, noun: Token) -> tuple[int, int] | None:
        """A named person given this role earlier ("Balkhi, spokesperson for ...").

        Not for an indefinite phrase: "a police spokesman said" brings in somebody new,
        whoever held the word before ("His spokesman, Kondwani Tembo, ..." is another man).
        """
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children):
            return None
        if any(c.dep_ == "poss" and c.tag_ == "WP$" for c in noun.children):
            return None  # "The party, whose senator ...": the antecedent's, not a senator named before
        lemma = noun.lemma_.lower()
        lemmas = self.index.column("lemma_")
        tokens = self.index.tokens
        owners = named_owners(noun)
        groups = group_owners(noun)
        possessor = possessive_pronoun(noun)
        ranks = lexicon().rank_modifiers
        rank = rank_words(noun, ranks)
        whose = self._pronoun_owner_name(noun) if possessor in ("its", "their") else None
        for i in range(noun.i - 1, max(0, noun.i - 400) - 1, -1):
            if lemmas[i].lower() != lemma:
                continue
            tok = tokens[i]
            if possessor is not None and possessive_pronoun(tok) not in (None, possessor):
                continue  # "his son" is not the man set beside "Her son" (another parent's)
            if owners and not owners <= named_owners(tok):
                # "The European Commission president" is not the president named before
                # ("Outgoing President Tomas Berg"): the body that names it must match
                continue
            if groups and not groups & group_owners(tok):
                continue  # "the rebels' spokesman" is not the ministry's, named before
            if rank != rank_words(tok, ranks):
                continue  # "its deputy ambassador" is not the ambassador named before
            if whose is not None and named_owners(tok) and not named_owners(tok) <= whose:
                continue  # "Its ambassador" (the United States') is not "Tessaly's ambassador"
            # "X, spokesperson for ..." (appos) / "spokesperson X" (compound) / "X, the
            # spokesperson"; not the possessor ("Lund's agent, Mino Ferro": whose agent)
            for other in (tok.head, *(c for c in tok.children if c.dep_ != "poss")):
                if other.ent_type_ == "PERSON":
                    return self._ent_span(other)
        for at, s, e, _ in reversed(self.spoken):
            words = self.sourced.get((s, e), "")
            if owners and not all(o in words.lower().split() for o in owners):
                continue
            if rank != ranks.intersection(words.lower().split()):
                continue
            if groups and not groups & set(words.lower().split()):
                continue
            heads = self.source_heads.get((s, e), ())
            if at < noun.idx and lemma in words.lower().split() and lemma in heads:
                # an earlier speaker introduced with this role ("X, spokesperson for ...")
                if lemma in lexicon().generic_body_nouns and self._another_body_since(e, noun.idx, (s, e)):
                    return None  # "the group" may as well be the militia that spoke since
                return (s, e)
        return None

    def _another_body_since(self, start: int, end: int, named: tuple[int, int]) -> bool:
        """Whether an organisation other than ``named`` is a clause's subject between the
        characters ``start`` and ``end``."""
        named_entity = self.index.entity_for_span(*named)
        k = bisect.bisect_left(self.cand_starts, start)
        while k < len(self.cands) and self.cands[k][0] < end:
            s, e, label, subject = self.cands[k]
            k += 1
            if not subject or label != "ORG" or (s, e) == named:
                continue
            other = self.index.entity_for_span(s, e)
            if other is None or named_entity is None or other.id != named_entity.id:
                return True
        return False

    def _pronoun_owner_name(self, noun: Token) -> frozenset[str] | None:
        """The words of the names of the body an "its"/"their" before ``noun`` was linked to
        by the entities stage, lower-cased; None where it was not linked."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        entity = self.index.entity_for_token(owner) if owner is not None else None
        if entity is None or entity.type == "PERSON":
            return None
        return frozenset(w.lower() for m in entity.mentions if m.kind == "name" for w in m.text.split())

    def _head_lemmas(self, start: int, end: int) -> set[str]:
        """The lower-case lemmas of the source's words that head a phrase, not those that
        modify a noun ("a union representative": "representative")."""
        found = self.index.token_range(start, end)
        if found is None:
            return set()
        lemmas, deps = self.index.column("lemma_"), self.index.column("dep_")
        return {lemmas[i].lower() for i in range(*found) if deps[i] not in _NOUN_MODIFIER_DEPS}

    def _a_person(self, tok: Token) -> bool:
        """Whether ``tok`` names a person: by the entities stage when it ran, else the tagger."""
        if self.entities_ran:
            known = self.index.entity_for_token(tok)
            return known is not None and known.type == "PERSON"
        return tok.ent_type_ == "PERSON"

    def anchor(self, tok: Token) -> tuple[int, int] | None:
        """The span of the mention a reader takes this source to name."""
        low = tok.lower_
        if low in ("who", "that", "which"):
            head = tok.head.head if tok.head.dep_ == "relcl" else tok.head
            if low == "who" and not self._a_person(head) and of_a_common_noun(head):
                # "A resident of Aitaroun, who asked not to be named": the parser hangs the
                # clause on the place or body, but "who" is the person the "of" phrase is of
                head = head.head.head
            if head.i != tok.i and head.pos_ in ("PROPN", "NOUN", "PRON") and head.lower_ not in ("who",):
                return self.anchor(head) if head.pos_ != "PROPN" else self._ent_span(head)
            return None
        if tok.pos_ in ("NUM", "PRON") and low not in _HE_SHE | _THEY_IT:
            # "One of them, Ewa Lis, told ...", "Another, Tom Reyes, said": a number or
            # an indefinite pronoun is named by the person set off in apposition to it
            for c in tok.children:
                if c.dep_ == "appos" and c.ent_type_ == "PERSON" and self._set_off(c):
                    return self._ent_span(c)
        if tok.pos_ == "PRON" or low in _HE_SHE | _THEY_IT:
            if low in _FIRST_SINGULAR and self._in_narration(tok.idx):
                # "I" in a paragraph without quotation marks is whoever wrote it (an op-ed,
                # a first-person report, an unmarked transcript), not the person named last
                return None
            if low in _HE_SHE:
                return self._recent(tok.idx, _PERSON)
            if low in _THEY_IT:
                # "they" is a group (an organisation, a people, a country's side), never one
                # named person: a plural pronoun credited to a person is wrong by number.
                found = self._recent(tok.idx, _GROUP)
                if found is None:
                    return None
                subjects = self._nominal_subjects_nearer(found, tok)
                main = [t for t in subjects if _main_clause_subject(t)]
                if main:
                    # the pronoun continues the last main subject: the body the entities
                    # stage made of it ("The government said ... It accused"), or nobody
                    entity = self.index.entity_for_token(main[-1])
                    if entity is None:
                        return None
                    if entity.type != "PERSON":
                        held = (m for m in entity.mentions if m.start <= main[-1].idx < m.end)
                        return next(((m.start, m.end) for m in held), None)
                if any(self.index.entity_for_token(t) is None for t in subjects):
                    return None  # a nearer subject that names nobody: the name is a guess
                return found
            return None
        if tok.pos_ == "PROPN" and not tok.ent_type_:
            # a capitalised title that names no one itself ("the European Commissioner for
            # Trade, Maria Lund, wrote"): the person set off after it is meant, not a name
            # inside the title ("European")
            for c in tok.children:
                if c.dep_ == "appos" and c.ent_type_ == "PERSON" and self._set_off(c):
                    return self._ent_span(c)
        if tok.pos_ == "PROPN" or tok.ent_type_:
            return self._ent_span(tok)
        if tok.pos_ == "NOUN":
            # "officials", "union leaders": several people, so not the one person earlier
            # given that role or named beside it ("Two aides, Ana Ruiz and ..., said").
            plural = tok.tag_ in PLURAL_TAGS
            role = None if plural else self._role_antecedent(tok)
            if role is not None:
                return role
            for c in tok.children:
                if c.dep_ in ("compound", "appos") and c.ent_type_ == "PERSON" and not plural:
                    return self._ent_span(c)
            for c in tok.children:
                if c.dep_ == "appos" and c.ent_type_ == "ORG" and self._set_off(c):
                    # "The island's ferry operator, Northsea Lines, said": the name in apposition
                    # (not "the machines, particularly Chicago": an example, not the same thing)
                    return self._ent_span(c)
            return self._named_group(tok)
        return None

    def _nominal_subjects_nearer(self, found: tuple[int, int], pronoun: Token) -> list[Token]:
        """The clause subjects headed by a common noun ("The interior ministry said ...")
        that are nearer antecedents of an it/they/we of the same number than the name
        ``found``: in the pronoun's sentence or the one before, after the name or (when the
        name is no subject itself) anywhere there. The pronoun most likely continues such a
        subject, and the name is a guess by proximity ("The interior ministry said 41 people
        were arrested in Brava. It accused ..." is the ministry, not Brava)."""
        plural = pronoun.lower_ in _THEY
        after = found[1] if any(c[:2] == found and c[3] for c in self.cands) else -1
        sent = self.index.sentence_of(pronoun)
        start = sent.start if sent is not None else pronoun.i
        previous = self.index.sentence_of(start - 1) if start > 0 else None
        first = previous.start if previous is not None else start
        return [
            tok
            for tok in self.index.tokens[first : pronoun.i]
            if tok.idx > after
            and tok.dep_ in ("nsubj", "nsubjpass")
            and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_ and _after_the(tok)))
            and (tok.tag_ in PLURAL_TAGS) == plural
        ]

    def _set_off(self, appos: Token) -> bool:
        """Whether an appositive follows its noun's comma directly ("operator, Northsea Lines")."""
        left = appos.left_edge.i
        return left > 0 and self.index.tokens[left - 1].text == ","

    def _named_group(self, noun: Token) -> tuple[int, int] | None:
        """ "The union" -> the most recent organisation named with that word ("Northern Fisheries Union")."""
        word = noun.lower_
        k = bisect.bisect_left(self.cand_starts, noun.idx) - 1
        while k >= 0 and self.cands[k][0] > noun.idx - _LOOKBACK_CHARS:
            s, e, label, _ = self.cands[k]
            if label in _GROUP and word in self.text[s:e].lower().split() and not self._in_group_phrase(s, e):
                return (s, e)
            k -= 1
        return None

    def _in_group_phrase(self, start: int, end: int) -> bool:
        """Whether the name is only a modifier in a group of people ("Bank executives" for
        "the bank"): the entities stage made the phrase a group, not an organisation."""
        entity = self.index.entity_for_span(start, end)
        return entity is not None and entity.type == GROUP_TYPE

    def _pair_before(self, pronoun: Token, speaker: str) -> bool:
        """Whether the sentence before ``pronoun``'s has a subject that joins ``speaker`` with
        another person the article also calls by this pronoun, and the pronoun's own sentence
        names neither before it: a "he" right after "Koenig and Serra shook hands" may mean
        either man ("Clinton and her husband ... She" does not: he is never "she")."""
        sent = self.index.sentence_of(pronoun)
        if sent is None or sent.start == 0:
            return False
        before = self.index.sentence_of(sent.start - 1)
        if before is None:
            return False
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not any(c.dep_ == "conj" for c in subj.children):
            return False
        members = [subj, *(c for c in subj.children if c.dep_ == "conj")]
        found = [self.index.entity_for_token(m) for m in members]
        people = {e.id: e for e in found if e is not None and e.type == "PERSON"}
        if speaker not in people or len(people) < 2:
            return False
        if any(sent.start_char <= m.start < pronoun.idx for e in people.values() for m in e.mentions):
            return False  # "..., Johnson said, where he declined": the nearer name is meant
        word = pronoun.lower_
        return any(
            any(m.start != pronoun.idx and self.text[m.start : m.end].lower() == word for m in e.mentions)
            for key, e in people.items()
            if key != speaker
        )

    def _reporter_not_reported(self, pronoun: Token, speaker: str, before: Draft) -> str | None:
        """'Harris said City should have had a penalty when Okoro was pulled down. "That is
        two big calls," he said.': a "he"/"she" the entities stage linked to a person named
        only inside what the report just before reported, in the same paragraph, is that
        report's speaker when the article calls that speaker by this pronoun elsewhere (or,
        before it does, when the speaker's given name usually goes with it): the person
        reported on is not who goes on speaking (session 20). When neither tells, either may
        be meant: no speaker. A verb of denial is the person reported on answering ("Price
        suggested that Delaney had read the documents. She denied it."): the link stands."""
        other = before.speaker
        if other is None or other == speaker or before.cue is None or not before.content:
            return speaker
        if pronoun.head.i != pronoun.i and lemma(pronoun.head) in lexicon().denial_verbs:
            return speaker  # "X suggested that Y had read it. She denied it.": Y answers
        cue = self.doc[before.cue_token] if before.cue_token is not None else None
        if cue is None or lemma(cue) not in lexicon().speech_verbs or cue.tag_ == "VBG":
            # "I saw Brafman's surprise - he expected ...": no report before; ", adding ...":
            # a participle's speaker is borrowed, too weak to overrule the pronoun's link
            return speaker
        if "\n" in self.text[before.cue[0] : pronoun.idx]:
            return speaker  # another paragraph: the pronoun's own context decides
        people = {e.id: e for e in self.doc._.ng_entities}
        meant, reporter = people.get(speaker), people.get(other)
        if meant is None or reporter is None or reporter.type != "PERSON":
            return speaker
        start = min(before.start, before.cue[0])
        near = [m for m in meant.mentions if start <= m.start < pronoun.idx]
        if not near or not all(any(a <= m.start < b for a, b in before.content) for m in near):
            return speaker
        forms = {self.text[m.start : m.end].lower() for m in reporter.mentions}
        called = {key for key, words in _PRONOUN_FORMS.items() if forms & words}
        if not called:
            # no pronoun for the reporter yet: the given name's usual gender, where known
            given = first_name_genders().get(reporter.name.split()[0].lower()) if reporter.name else None
            called = {key for key, gender in _PRONOUN_GENDERS.items() if gender == given}
        if pronoun.lower_ in called:
            return other
        if called:
            return speaker  # the reporter is called otherwise: the person reported on is meant
        return None  # either may be meant: no speaker rather than a guess

    def _in_narration(self, char: int) -> bool:
        """Whether ``char`` is the writer's own words: its paragraph (line) has no quotation
        mark, or (given the stage's quotation look-up) it stands outside every quotation
        there ("Mayor Reyes called it 'an investment.' I call it a gamble." in a column:
        the "I" is the columnist)."""
        start, end = self.index.line(char)
        line = self.text[start:end]
        if not has_quotation_mark(line):
            return True
        if end - start > _PARAGRAPH_CHARS or sum(line.count(m) for m in _DOUBLE_MARKS) % 2:
            # a text with no paragraph breaks, or an unpaired mark: where quotations begin
            # and end is not known well enough to call a word outside them the writer's
            return False
        return self.quote_at is not None and self.quote_at(char) < 0

    def resolve(self, drafts: list[Draft]) -> None:
        last: Draft | None = None
        for d in drafts:
            before, last = last, d
            prev = d.continues
            if isinstance(prev, Draft):
                d.anchor = prev.anchor
                d.speaker = prev.speaker
                d.speaker_confidence = prev.speaker_confidence
                continue
            if d.source_token is None:
                continue
            tok = self.doc[d.source_token]
            # the entities stage first: it may know the pronoun or role noun already
            # (a common noun the tagger calls a proper one, "the Kirsan interior Ministry",
            # counts: the description's entity, not the name modifying it)
            known = self.index.entity_for_token(tok) if tok.pos_ != "PROPN" or not tok.ent_type_ else None
            d.speaker = known.id if known is not None else None
            d.anchor = self.anchor(tok)
            if known is not None and known.type == GROUP_TYPE and not _meant_by_a_pronoun(known):
                # a group the entities stage keeps because it acts ("Protesters marched"):
                # as a source it stays its words, as before; one a "they" stands for speaks
                d.speaker, known = None, None
            named_body = known is not None and known.type in _GROUP and tok.pos_ in ("NOUN", "PROPN")
            if named_body and known is not None and d.anchor is None:
                # a body's name the tagger left untyped that the entities stage knows ("The
                # regional bloc ECOWAS condemned ..."): that name, for a later "it" to find
                held = (m for m in known.mentions if m.kind == "name" and m.start <= tok.idx < m.end)
                d.anchor = next(((m.start, m.end) for m in held), None)
            if known is not None and d.anchor is not None and self._entity(d.anchor) != known.id:
                # the entities stage knows whom these words name ("Azerbaijan's foreign
                # ministry"): a later "it" looks back at that mention, not at an earlier
                # "defence ministry" the word alone would match
                held = (m for m in known.mentions if m.start <= tok.idx < m.end)
                d.anchor = next(((m.start, m.end) for m in held), d.anchor)
            judged = self.judged(tok.idx, tok.idx + len(tok)) if self.judged and tok.pos_ != "PROPN" else None
            if judged is not None:
                # The learned resolver judged this pronoun: its link, or (below its threshold)
                # no speaker at all; a wrong named speaker is worse than none.
                d.speaker, d.speaker_confidence = judged[0], round(judged[1], 3)
            elif d.speaker is None and not (tok.lower_ in _THIRD_PERSON and self.entities_ran):
                # (a he/she/they the entities stage left unlinked stays unresolved: its rules
                # and judge know the people and groups of the passage; a guess by proximity
                # here is worse than none)
                d.speaker = self._entity(d.anchor) or (
                    self._named_in_source(d.source, tok) if tok.pos_ == "PROPN" else None
                )
            if d.speaker is not None and tok.lower_ in _GENDERED and self._pair_before(tok, d.speaker):
                # "Koenig and Serra shook hands. He said ...": either man may be meant
                d.speaker, d.speaker_confidence = None, None
            if d.speaker is not None and tok.lower_ in _GENDERED and before is not None:
                d.speaker = self._reporter_not_reported(tok, d.speaker, before)
            if d.speaker is None and d.source is not None and d.source[1] <= self.title_end:
                d.speaker = self._titled_holder(d.source) or self._headline_name_holder(d.source)
            if d.speaker is None and d.source is not None and tok.pos_ == "PROPN":
                d.speaker = self._full_name_holder(d.source, tok)
            if d.speaker is not None and _coordinated(tok):
                # "China and Japan agreed ...", "Mandy Moore and Jessica Chastain expressed
                # dismay": two speak, neither alone; the source keeps both names
                d.speaker, d.speaker_confidence = None, None
            if d.anchor is not None:
                if d.source is not None:
                    self.sourced[d.anchor] = (
                        self.sourced.get(d.anchor, "") + " " + self.text[d.source[0] : d.source[1]]
                    )
                    self.source_heads.setdefault(d.anchor, set()).update(self._head_lemmas(*d.source))
                self.spoken.append(
                    (d.cue[0] if d.cue else d.start, d.anchor[0], d.anchor[1], self._label_of(d.anchor))
                )


def _after_the(tok: Token) -> bool:
    """ "The ministry of defence said": a capitalised common noun the tagger left untagged
    after "the" heads a body's description like a common noun does."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
