"""Which sense of a cue verb a clause uses: a statement, or an act that shares the word.

"She claimed that the vote was rigged" reports words; "she claimed the title" reports a
win. A verb of saying often has senses that say nothing ("called him in", "named by
police", "the club announced its new kit"), and what tells them apart is the verb's
frame (a particle, a passive) and the kind of complement it takes: a clause or a
quotation is always said, while an object is said only when it denotes content ("claims
of fraud", "a statement") rather than a person, place, product or prize.

The decision is data: ``speech_verb_senses.tsv`` lists, per verb, the frames and
complement classes that make it an act (a verb with no matching row keeps its statement
sense), and ``noun_classes.tsv`` with the entities stage's person nouns and roles and the
events stage's place nouns says what an object's head noun denotes. This module only
reads the parse to find the frame and the complement class (:func:`frames`,
:func:`complement_class`) and looks them up (:meth:`SenseTable.sense`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.docindex import doc_index
from newsgraph.errors import ConfigError

#: The sense that keeps a cue verb a cue.
STATEMENT = "statement"
#: A row that matches any frame or any complement.
ANY = "*"

#: Every complement class a rule may name (see ``speech_verb_senses.tsv``).
COMPLEMENTS = frozenset(
    {
        "clause", "quote", "topic", "predicate", "role", "officeholder", "content", "person", "place",
        "artifact", "position", "feeling", "amount", "object", "none", "name",
    }
)  # fmt: skip
#: Every noun class ``noun_classes.tsv`` may give.
NOUN_CLASSES = frozenset({"content", "person", "place", "artifact", "position", "feeling", "amount"})

#: Object pronouns (and relative "who(m)") that stand for people.
_PERSON_PRONOUNS = frozenset(
    {
        "him", "her", "them", "me", "us", "you", "himself", "herself", "themselves", "myself",
        "ourselves", "yourself", "yourselves", "whom", "who", "he", "she", "they", "i", "we",
    }
)  # fmt: skip
#: Entity labels of people or groups of them.
_PERSON_LABELS = frozenset({"PERSON", "NORP", "ORG"})
#: Entity labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels of made things and works.
_ARTIFACT_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})
#: Entity labels of sums of money.
_AMOUNT_LABELS = frozenset({"MONEY"})
#: Dependency labels of a noun-phrase object.
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
#: Dependency labels of what an object is called or held to be ("called it a hoax").
_PREDICATE_DEPS = frozenset({"oprd", "attr", "ccomp", "xcomp", "acomp"})
#: Punctuation before an apposition that glosses the object rather than predicates of it.
_GLOSS_MARKS = frozenset({",", "—", "–", "("})
#: Finite verb tags: a clause of its own.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Marks that open a quotation: a quoted predicate after the object ('called him "a liar"').
_OPENING_MARKS = ('"', "“", "«", "‘", "''", "``")


@dataclass(frozen=True)
class SenseRule:
    """One row of ``speech_verb_senses.tsv``: in ``frame`` with ``complement``, ``verb`` means ``sense``."""

    frame: str
    complement: str
    sense: str

    def matches(self, verb_frames: frozenset[str], complement: str) -> bool:
        """Whether the rule applies to a verb in these frames with this complement."""
        frame_ok = self.frame == ANY or self.frame in verb_frames
        return frame_ok and self.complement in (ANY, complement)


@dataclass(frozen=True)
class SenseTable:
    """The sense rules by verb lemma, in file order, and the noun classes they are phrased in."""

    rules: dict[str, tuple[SenseRule, ...]]
    noun_classes: dict[str, str]
    person_nouns: frozenset[str]  # people by sex, kin or role: "the victim", "her husband"
    role_nouns: frozenset[str]  # roles and offices: "chief executive", "captain", "coach"
    place_nouns: frozenset[str]
    content_nouns: frozenset[str]

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple[str, str]],
        noun_rows: Iterable[tuple[str, str]],
        *,
        person_nouns: frozenset[str],
        role_nouns: frozenset[str],
        place_nouns: frozenset[str],
        content_nouns: frozenset[str],
    ) -> SenseTable:
        """Build the table from the lexicon rows (key = verb, value = "frame<TAB>complement<TAB>sense").

        A malformed row (wrong column count, an unknown complement class) raises
        ``ConfigError`` naming it: a typo in a user's overlay should not silently turn
        a sense rule off.
        """
        rules: dict[str, list[SenseRule]] = {}
        for verb, value in rows:
            columns = [c.strip() for c in value.split("\t") if c.strip()]
            if len(columns) != 3:
                problem = f"needs frame, complement and sense, got {value!r}"
                raise ConfigError(f"speech_verb_senses: '{verb}' {problem}")
            frame, complement, sense = columns
            if complement != ANY and complement not in COMPLEMENTS:
                known = ", ".join(sorted(COMPLEMENTS))
                problem = f"unknown complement '{complement}' for '{verb}' (known: {known})"
                raise ConfigError(f"speech_verb_senses: {problem}")
            rules.setdefault(verb.lower(), []).append(SenseRule(frame.lower(), complement, sense.lower()))
        classes: dict[str, str] = {}
        for noun, kind in noun_rows:
            if kind not in NOUN_CLASSES:
                known = ", ".join(sorted(NOUN_CLASSES))
                raise ConfigError(f"noun_classes: unknown class '{kind}' for '{noun}' ({known})")
            classes[noun.lower()] = kind
        return cls(
            rules={verb: tuple(found) for verb, found in rules.items()},
            noun_classes=classes,
            person_nouns=person_nouns | role_nouns,
            role_nouns=role_nouns,
            place_nouns=place_nouns,
            content_nouns=content_nouns,
        )

    def sense(self, verb: str, verb_frames: frozenset[str], complement: str) -> str:
        """The sense of ``verb`` (a lemma) in these frames with this complement class."""
        for rule in self.rules.get(verb, ()):
            if rule.matches(verb_frames, complement):
                return rule.sense
        return STATEMENT

    def has_rules(self, verb: str) -> bool:
        """Whether any rule names ``verb`` (the others are statements whatever they take)."""
        return verb in self.rules

    def noun_class(self, tok: Token) -> str:
        """What the noun phrase headed by ``tok`` denotes: one of ``NOUN_CLASSES`` or "object"."""
        lower = tok.lower_
        if tok.pos_ == "PRON":
            return "person" if lower in _PERSON_PRONOUNS else "object"
        label = tok.ent_type_
        if tok.pos_ == "PROPN" and label:
            found = _label_class(label)
            if found is not None:
                return found
        if tok.pos_ == "PROPN" and not label:
            # a name the tagger left untyped that the entities stage clustered ("rules
            # Blake out" after "Kemar Blake"): what its entity is
            entity = doc_index(tok.doc).entity_for_token(tok)
            found = _label_class(entity.type) if entity is not None else None
            if found is not None:
                return found
        lemma = tok.lemma_.lower()
        listed = self.noun_classes.get(lemma) or self.noun_classes.get(lower)
        if listed is not None:
            return listed
        if lemma in self.content_nouns:
            return "content"
        if lemma in self.person_nouns:
            return "person"
        if lemma in self.place_nouns:
            return "place"
        if label:
            return _label_class(label) or "object"
        return "object"


def _label_class(label: str) -> str | None:
    if label in _PERSON_LABELS:
        return "person"
    if label in _PLACE_LABELS:
        return "place"
    if label in _ARTIFACT_LABELS:
        return "artifact"
    if label in _AMOUNT_LABELS:
        return "amount"
    return None


#: Reflexive pronouns: an object that is the subject itself.
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"})


def frames(verb: Token) -> frozenset[str]:
    """The frames a cue verb is in: "active" or "passive", "prt:X" for a particle X,
    "prep:X" for a phrase of preposition X after it ("charged him with fraud") and
    "attributive" for a bare participle naming the noun it is hung on ("a film called X"),
    "reflexive" for a reflexive object ("calling itself X").

    A passive is a clause with a passive subject or auxiliary ("was named"), or a bare
    past participle hung on a noun or clause ("the suspect, named by police as ...").
    """
    kids = list(verb.children)
    out = {f"prt:{c.lower_}" for c in kids if c.dep_ == "prt"}
    out |= {f"prep:{c.lower_}" for c in kids if c.dep_ == "prep" and c.i > verb.i}
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) or (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "advcl", "amod", "relcl")
        and not any(c.dep_ == "aux" for c in kids)
    )
    out.add("passive" if passive else "active")
    if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in kids):
        out.add("reflexive")  # "a group calling itself X": the subject names itself
    if (
        passive
        and verb.dep_ in ("acl", "amod")
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.i < verb.i
        and not verb.doc[verb.i - 1].is_punct
        and not any(c.dep_ == "agent" for c in kids)
    ):
        # "a film called 'Home'", "a group dubbed X": the participle right after the noun
        # names it, with nobody who named it ("Ruiz, a party ally, called ..." is a misread
        # finite verb after an apposition)
        out.add("attributive")
    return frozenset(out)


def complement_class(table: SenseTable, verb: Token, parts: list[Token], how: str, text: str) -> str:
    """The class of what a cue verb takes, from the complement ``content.content_children`` found.

    ``how`` is that function's kind ("clause", "np", "prep" or ""); for a noun phrase the
    object is a ``predicate`` when something is said of it ("called it a hoax", also a
    quotation right after it), a ``name`` when that is a proper name ("which Manila calls
    Ayungin"), a ``role`` when a person's role or name is given ("named
    Smith captain"), an ``officeholder`` when the object is a person named by a role
    ("named a new coach", "called the foreign minister"), else the class of its head noun.
    """
    if how == "clause":
        return "clause"
    if how == "prep":
        return "topic"
    if how != "np" or not parts:
        return "none"
    objects = [p for p in parts if p.dep_ in _OBJECT_DEPS]
    if objects and _subject_of_next_verb(objects[0]):
        return "clause"  # "adding his top priority was to ...": the parser's object is a subject
    if _quoted_predicate(objects, text):
        return "predicate"  # 'calling the protester "a very obnoxious guy"': the parse lost it
    predicate = _predicate(verb, objects)
    if predicate is not None:
        thing = not objects or objects[0].tag_ == "WDT" or table.noun_class(objects[0]) != "person"
        if thing and predicate.pos_ == "PROPN" and not _quoted_predicate([predicate], text):
            return "name"  # "the shoal, which Manila calls Ayungin": a thing's name, no opinion
        if predicate.pos_ in ("NOUN", "PROPN") and table.noun_class(predicate) == "person":
            return "role"  # "named Smith captain", "named the victim as John Smith"
        return "predicate"
    head = objects[0] if objects else parts[0]
    if head.pos_ == "NOUN" and head.lemma_.lower() in table.role_nouns:
        # "named a new coach", "called the foreign minister"; also "named her chief
        # executive", which the parser reads as "her" + noun
        return "officeholder"
    return table.noun_class(head)


def passive_class(table: SenseTable, verb: Token, subject: Token | None) -> str:
    """The complement class of a passive cue whose content is its subject: what the subject
    is called ("what is called a debate": ``predicate``; "was named as John Smith":
    ``role``), else what the subject denotes ("its new kit was announced": ``artifact``)."""
    predicate = _predicate(verb, [])
    if predicate is not None:
        person = predicate.pos_ in ("NOUN", "PROPN") and table.noun_class(predicate) == "person"
        return "role" if person else "predicate"
    return table.noun_class(subject) if subject is not None else "none"


def _subject_of_next_verb(obj: Token) -> bool:
    """Whether a finite verb follows the object straight away ("adding his top priority was
    to ..."): the object is the subject of a clause the parser split off."""
    doc = obj.doc
    nxt = doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in _FINITE_TAGS


def _predicate(verb: Token, objects: list[Token]) -> Token | None:
    """What the object is called or held to be, if the verb says it: an object predicate,
    a second object, an apposition with no comma before it ("called the meeting 'an
    honor'") or an "as" phrase ("called it a hoax", "named him as the winner")."""
    for c in verb.children:
        if c.i > verb.i and c.dep_ in _PREDICATE_DEPS:
            return c
    if len(objects) >= 2:
        return objects[-1]
    if objects:
        doc = objects[0].doc
        for c in objects[0].children:
            if c.dep_ == "appos" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text not in _GLOSS_MARKS:
                return c
            last = c.i == verb.right_edge.i - 1
            if c.dep_ in ("acl", "amod") and c.pos_ == "ADJ" and c.i > objects[0].i and last:
                # "called the verdict politically motivated": the parser hung the predicate
                # adjective on the object; it ends the clause
                return c
    for c in verb.children:
        if c.i > verb.i and c.dep_ == "prep" and c.lower_ == "as":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return pobj if pobj is not None else c
    return None


def _quoted_predicate(objects: list[Token], text: str) -> bool:
    """A quotation in or right after the object: what it is called, in the speaker's words
    ('calls her "an extremely intelligent woman"', 'called the plan "a disgrace"')."""
    if not objects:
        return False
    obj = objects[0]
    doc = obj.doc
    first, last = doc[obj.left_edge.i], doc[obj.right_edge.i]
    inside = text[first.idx : last.idx + len(last)]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    opens = nxt is not None and (nxt.text in _OPENING_MARKS or nxt.text == "'")
    return any(mark in inside for mark in _OPENING_MARKS) or opens
