"""Repairs to the small parser's tree that every stage would otherwise work around.

Each repair is one known slip of ``en_core_web_sm`` with a shape that can be recognised
from the tree alone. The tree is rewritten once, before the first stage, so that the
entities, attribution, events and stances stages read the same corrected clause
instead of each carrying its own patch.

Nine slips are repaired so far:

* **A main verb read as a participle after a relative clause.** "Georgia, which hosted
  the talks, called on both sides to return" is parsed with "Georgia" as the root of the
  sentence and "called" as a participle modifying "talks" (the past form is also the
  past participle), so the sentence has no predicate and Georgia no verb. When a
  sentence's root is a noun with a non-restrictive relative clause, and after the comma
  that closes it comes a past or finite verb form hung on a noun (no auxiliary, no
  subject of its own), that verb is the main predicate and the noun its subject. The
  same holds after an apposition ("The envoy, Paolo Santangelo, called on ...").
* **A finite verb coordinated into an infinitive.** "called on both sides to exercise
  restraint and offered to mediate" is parsed with "offered" as a conjunct of "exercise",
  so the offer is made by "both sides". A past or present-tense form cannot be coordinated
  with a bare infinitive (their tenses differ), so a finite conjunct without a subject of
  its own hung on an infinitive is coordinated with the verb that governs the infinitive.
* **A given name read as a preposition.** "Prime Minister Per Aasen conceded" is parsed
  with "Per" as a preposition on "Minister" and "Aasen" as its object, so the subject is
  "Minister" and the person is buried in a phrase. When the tagger's PERSON name opens
  with a word the parser made a preposition of the title right before it, and the name's
  last word is that preposition's object, the name is one phrase again: its last word
  heads it and takes the title's place in the clause, the title and the first names its
  compounds.
* **A surname read as a verb.** "Rusev, speaking to reporters, said ..." is tagged with
  "Rusev" as a present-tense verb (VBZ: the ending reads as a verb's) although the
  tagger's own entity recogniser calls it a PERSON and the parser makes it the subject.
  A capitalised word inside a PERSON entity that the parser hangs as a noun (subject,
  object, apposition, compound, conjunct) is a proper noun (NNP); only its tag is
  rewritten, the tree is already right.
* **A name read as an adverb.** "the streaming service Tunely", "Tunely said" are tagged
  RB (the "-ly" ending). A capitalised word tagged as an adverb that the text also writes
  capitalised inside a sentence is a name wherever it stands (its tag only).
* **A clause summed up by a noun with a reduced relative clause.** "Aid groups accused the
  police of pushing back boats, a charge Athens denies" is parsed with "denies" as the
  root, "Athens" its subject (with "a charge" swallowed as its compound) and the whole
  accusation as what Athens denies. When a finite root has a clause complement that ends
  before a comma, and after the comma comes "a"/"an" and a common noun, then the root's
  own subject and the root with no object of its own, the noun sums up the clause before
  it (an apposition of it) and the root is a relative clause on that noun: the clause
  before the comma is the sentence's main clause again. The subject must be a name or
  have its own determiner: "..., a senior official said", "..., a police spokesman said"
  are the ordinary inverted report, untouched.
* **A quotation tag's verb read as an adjective.** '"...," the 58-year-old told reporters'
  is parsed with "told" as a modifier of "reporters" and the whole tag as the quotation
  verb's object, so the quotation has no speaker. A past-tense verb (VBD: a form the
  tagger gave a tense) hung as a modifier on the noun right after it, in a phrase that
  opens right after a closing quotation mark, is the tag's verb: the words before it are
  its subject, the noun after it its object, and the quoted clause its complement.
* **A hyphenated title read as an adjective.** "Its director-general, X, said" is tagged
  with "general" as an adjective (JJ) heading the subject and "director" as its modifier:
  an adjective in a noun's place (subject, object, apposition) joined by a hyphen to the
  noun before it that hangs on it heads a hyphenated noun (its tag only; the noun before
  becomes a compound).
* **A complement clause read as a relative clause.** 'A spokesman said after the debate
  that Lake had "shown voters who she is"' is parsed with "that" as a relative pronoun on
  "debate", so nothing was said. A relative clause opened by "that" right after the
  noun, on a verb of saying's prepositional phrase ("said after the debate", "told
  reporters at the hearing"), and whole without "that" (a subject and an object or
  complement of its own) is that verb's complement, and "that" its marker.
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.symbols import AUX, PROPN, VERB
from spacy.tokens import Doc, MorphAnalysis, Span, Token
from thinc.types import Ints2d

from newsgraph import resources
from newsgraph.constants import FINITE_TAGS

#: Parts of speech of a root that should have been a subject.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
#: Verb forms that can be a main predicate: the past form the parser took for a
#: participle ("called"), and the finite forms it still hung on a noun ("urges").
_PAST_OR_FINITE_TAGS = frozenset({"VBN", "VBD", "VBZ", "VBP"})
#: Children that show a participle has its own clause structure already.
_OWN_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "mark"})


def repair(doc: Doc) -> None:
    """Rewrite the known slips in ``doc``'s dependency tree, in place."""
    if not doc.has_annotation("DEP"):
        return
    adverbs = _names_tagged_as_adverbs(doc)
    for name in [*_names_tagged_as_verbs(doc), *adverbs]:
        name.tag_, name.pos_ = "NNP", "PROPN"
        name.lemma_ = name.text
        name.morph = MorphAnalysis(doc.vocab, "Number=Sing")
    if adverbs:
        _attach_names_read_as_adverbs(doc, adverbs)
    _hyphenated_titles(doc)
    fixes = [(sent.root, verb) for sent in doc.sents if (verb := _predicate_after_relative(sent)) is not None]
    # the tags and relations as plain lists, read once for the finders below (comparing
    # numpy scalars one token at a time costs several times more)
    columns = doc.to_array("TAG").tolist(), doc.to_array("DEP").tolist()
    lifted = _finite_conjuncts_of_infinitives(doc, *columns)
    names = _names_read_as_phrases(doc) + _names_after_a_portfolio(doc)
    summaries = _summary_appositions(doc, *columns)
    tags = _tag_verbs_read_as_modifiers(doc, *columns)
    complements = _complements_read_as_relatives(doc, columns[1])
    if not fixes and not lifted and not names and not summaries and not tags and not complements:
        return
    table = doc.to_array([HEAD, DEP]).astype(numpy.int64)
    compound_label = doc.vocab.strings.add("compound")
    for start, end, title in names:
        last = end - 1
        old_head, old_dep = int(table[title, 0]) + title, table[title, 1]
        table[last] = ((old_head - last) if old_head != title else 0, old_dep)
        for i in [title, *range(start, last)]:
            table[i] = (last - i, compound_label)
    for conjunct, governor in lifted:
        table[conjunct, 0] = governor - conjunct
    root_label, subject_label = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("nsubj")
    _hang_summaries(doc, table, summaries)
    _hang_tag_verbs(doc, table, tags)
    ccomp, mark = doc.vocab.strings.add("ccomp"), doc.vocab.strings.add("mark")
    for clause, that, governor in complements:
        table[clause] = (governor - clause, ccomp)
        table[that] = (clause - that, mark)
    for root, verb in fixes:
        for child in root.children:
            if child.i > verb.i:  # the final full stop and whatever hung on the old root
                table[child.i, 0] = verb.i - child.i
        table[verb.i] = (0, root_label)
        table[root.i] = (verb.i - root.i, subject_label)
    doc.from_array([HEAD, DEP], cast(Ints2d, table.astype(numpy.uint64)))
    for _root, verb in fixes:
        if verb.tag_ == "VBN":  # the past form read as a participle is the past tense
            verb.tag_ = "VBD"
            verb.morph = MorphAnalysis(doc.vocab, "Tense=Past|VerbForm=Fin")


def _names_read_as_phrases(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, end, title) of each PERSON name whose first word the parser made a
    preposition on the title right before it, with the name's last word its object:
    "Prime Minister Per Aasen"."""
    found: list[tuple[int, int, int]] = []
    # runs on every document: the tree read from arrays (no Token per name word)
    deps, heads, pos = _tree_arrays(doc)
    strings = doc.vocab.strings
    prep, pobj = strings.add("prep"), strings.add("pobj")
    for ent in doc.ents:
        start, end = ent.start, ent.end
        if ent.label_ != "PERSON" or end - start < 2 or start == 0:
            continue
        first, last, title = start, end - 1, start - 1
        if deps[first] != prep or heads[first] != title or pos[title] != PROPN:
            continue
        if deps[last] != pobj or heads[last] != first:
            continue
        if any(heads[t] < start or heads[t] >= end for t in range(start + 1, end - 1)):
            continue
        found.append((start, end, title))
    return found


def _names_after_a_portfolio(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, end, title) of each name the parser made a second object of a title's "of"
    after a government portfolio: "Minister of Defence Tomasz Kral resigned", "Minister of
    Foreign Affairs Ana Ruiz said" (the subject was "Minister", the person buried in the
    phrase). The portfolio opens the phrase (``entities_portfolio_words.txt``); the name
    is the tagger's PERSON ending the phrase, else its last two capitalised words, the
    first a compound of the second."""
    found: list[tuple[int, int, int]] = []
    # runs on every document: only the "of"s are made Token objects
    of_id = doc.vocab.strings.add("of")
    titles, portfolios = _title_words()
    for i in numpy.flatnonzero(doc.to_array(LOWER) == of_id).tolist():
        of = doc[i]
        if of.dep_ != "prep" or of.i + 3 >= len(doc):
            continue
        title = of.head
        if title.pos_ != "PROPN" or title.lower_ not in titles or doc[i + 1].lower_ not in portfolios:
            continue
        objects = [c for c in of.children if c.dep_ == "pobj"]
        last = objects[-1] if objects else None
        if last is None or last.i <= of.i + 2 or last.pos_ != "PROPN" or not last.is_title:
            continue
        start = last.i - 1
        if last.ent_type_ == "PERSON":
            start = last.i
            while start > of.i + 2 and doc[start].ent_iob_ == "I":
                start -= 1
        words = doc[start : last.i]
        if start <= of.i + 1 or not words:
            continue
        if any(w.head.i != last.i or w.dep_ != "compound" or not w.is_title for w in words):
            continue
        if any(w.lower_ in portfolios for w in words):
            continue
        found.append((start, last.i + 1, title.i))
    return found


def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """Office titles written before a name ("Minister") and government portfolios
    ("defence") of the pipeline running now (the entities stage's word lists)."""
    current = resources.current()

    def build() -> tuple[frozenset[str], frozenset[str]]:
        lists = current.lexicons
        return lists.words("entities_prename_titles"), lists.words("entities_portfolio_words")

    return current.load("syntax_repairs.titles", build)


def _tree_arrays(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """(dependency label ids, head indices, part-of-speech ids) of every token, as lists."""
    # label ids are hashes: read unsigned; head offsets are signed, stored unsigned
    offsets = doc.to_array(HEAD).astype(numpy.int64).tolist()
    heads = [i + offset for i, offset in enumerate(offsets)]
    return doc.to_array(DEP).tolist(), heads, doc.to_array(POS).tolist()


#: Relations of a word the parser hangs as a noun, whatever its tag.
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "compound", "conj", "poss"})


#: Verb forms a name is not read as: a past or -ing form inside a PERSON entity is a title's
#: word ("Knocked Up producer Judd Apatow"), not a surname.
_INFLECTED = frozenset({"VBD", "VBN", "VBG"})


#: Dependents only a verb takes: "Hillary Clinton Blames F.B.I. Director" (a headline's
#: verb the tagger swallowed into the name) keeps its object, so it stays a verb.
_VERB_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd"})


def _names_tagged_as_verbs(doc: Doc) -> list[Token]:
    """Capitalised words inside a PERSON entity tagged as verbs but parsed as nouns
    ("Rusev" VBZ as the subject of "said")."""
    pos = doc.to_array(POS).tolist()  # a Token only for a verb inside a PERSON entity
    return [
        tok
        for ent in doc.ents
        if ent.label_ == "PERSON"
        for tok in (doc[i] for i in range(ent.start, ent.end) if pos[i] in (VERB, AUX))
        if tok.is_title
        and tok.dep_ in _NOUN_DEPS
        and tok.tag_ not in _INFLECTED
        and not any(c.dep_ in _VERB_COMPLEMENT_DEPS for c in tok.children)
    ]


#: Tags of the word after a name read as an adverb: a preposition, a verb, a conjunction,
#: a possessive or a full stop ("the service Tunely in ...", "Tunely said"), none of which an
#: adverb opening a sentence that lost its full stop modifies ("... the election
#: Significantly more women", "bend At least seven", "About 24 million").
_AFTER_A_NAME_TAGS = frozenset({"IN", "VBD", "VBZ", "VBP", "MD", "CC", "POS", "."})


def _names_tagged_as_adverbs(doc: Doc) -> list[Token]:
    """Every occurrence of a capitalised word tagged as an adverb that the text also
    writes capitalised inside a sentence, after a lower-case word and before a word no
    adverb modifies ("the streaming service Tunely in ...", then "Tunely said"): a name
    ending in "-ly"; an adverb is written so only in a run of capitalised words ("Trump Is
    Now Leading") or where a sentence lost its full stop."""
    # Runs on every document before any stage: the tag column finds the few adverbs, and
    # only those become Token objects.
    rb = doc.vocab.strings.add("RB")
    adverbs = [doc[i] for i, tag in enumerate(doc.to_array("TAG").tolist()) if tag == rb]
    named = {
        tok.text
        for tok in adverbs
        if tok.is_title
        and not tok.is_sent_start
        and doc[tok.i - 1].is_lower  # not in a run of capitalised words (a headline, a title)
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].tag_ in _AFTER_A_NAME_TAGS
    }
    # "Reilly thanked the president" after "Thomas Reilly": the tagger's own recogniser
    # ended a full PERSON name with the word, so it is that person's surname wherever the
    # tagger reads it as an adverb (the "-ly" ending again).
    named |= {
        ent[-1].text
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_title and ent[-1].tag_ == "NNP"
    } & {tok.text for tok in adverbs if tok.is_title}
    if not named:
        return []
    return [
        tok
        for tok in adverbs
        if tok.text in named
        # at a sentence's start only as the subject of the verb right after it ("Tunely
        # said"), not before what it modifies ("About 24 million people")
        and (not tok.is_sent_start or (tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in FINITE_TAGS))
    ]


def _attach_names_read_as_adverbs(doc: Doc, names: list[Token]) -> None:
    """Give a name the parser hung as an adverb the relation its place shows: the subject
    of the subjectless verb right after it ("Tunely said"), or an apposition of the noun
    right before it ("the streaming service Tunely")."""
    table = doc.to_array([HEAD, DEP]).astype(numpy.int64)
    subject, appos = doc.vocab.strings.add("nsubj"), doc.vocab.strings.add("appos")
    changed = False
    for name in names:
        if name.dep_ != "advmod":
            continue
        after = doc[name.i + 1] if name.i + 1 < len(doc) else None
        before = doc[name.i - 1] if name.i > 0 else None
        if (
            after is not None
            and name.head.i == after.i
            and after.tag_ in FINITE_TAGS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children)
        ):
            table[name.i, 1] = subject
            changed = True
        elif before is not None and before.pos_ == "NOUN":
            table[name.i] = (before.i - name.i, appos)
            changed = True
    if changed:
        doc.from_array([HEAD, DEP], cast(Ints2d, table.astype(numpy.uint64)))


#: Relations of a noun phrase's head in its clause, which no adjective holds.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})


def _hyphenated_titles(doc: Doc) -> None:
    """ "Its director-general, Chinyere Almona, said": the tagger reads the second half of a
    hyphenated noun as an adjective ("general", JJ) and the first as its modifier, so the
    phrase has no noun and the speaker no title. An adjective in a noun's place in the
    clause (subject, object, apposition), joined by a hyphen to the noun before it that
    hangs on it, is the phrase's head noun (its tag; the noun before becomes a compound)."""
    jj = doc.vocab.strings.add("JJ")
    tags = doc.to_array("TAG").tolist()
    found = [
        doc[i]
        for i, tag in enumerate(tags)
        if tag == jj and i >= 2 and doc[i - 1].text == "-" and doc[i].dep_ in _NOMINAL_DEPS
    ]
    found = [t for t in found if doc[t.i - 2].pos_ == "NOUN" and doc[t.i - 2].head.i == t.i]
    if not found:
        return
    table = doc.to_array([HEAD, DEP]).astype(numpy.int64)
    compound = doc.vocab.strings.add("compound")
    for tok in found:
        tok.tag_, tok.pos_ = "NN", "NOUN"
        table[tok.i - 2, 1] = compound
    doc.from_array([HEAD, DEP], cast(Ints2d, table.astype(numpy.uint64)))


#: Relations of an infinitive to the verb that governs it ("urged them to ...").
_INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})


def _finite_conjuncts_of_infinitives(doc: Doc, tags: list[int], deps: list[int]) -> list[tuple[int, int]]:
    """(conjunct, new head) for each finite verb the parser coordinated into a bare or
    to-infinitive: "called on both sides to exercise restraint and offered to mediate"."""
    strings = doc.vocab.strings
    conj, finite = strings.add("conj"), {strings.add(t) for t in FINITE_TAGS}
    found: list[tuple[int, int]] = []
    for i in range(len(doc)):
        if deps[i] != conj or tags[i] not in finite:
            continue
        token = doc[i]
        infinitive = token.head
        if infinitive.tag_ != "VB" or infinitive.dep_ not in _INFINITIVE_DEPS or infinitive.i > i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.lefts):
            continue
        if any(c.dep_ in _OWN_CLAUSE_DEPS for c in token.children):
            continue  # "to stay, and they agreed": a clause of its own
        governor = infinitive.head
        if governor.i == infinitive.i or governor.pos_ not in ("VERB", "AUX"):
            continue
        found.append((i, governor.i))
    return found


def _predicate_after_relative(sent: Span) -> Token | None:
    root = sent.root
    if root.pos_ not in _NOMINAL:
        return None
    # "Georgia, which hosted the talks, called ...", "The envoy, Paolo Santangelo, called ..."
    relative = next((c for c in root.children if c.dep_ in ("relcl", "appos")), None)
    if relative is None:
        return None
    for token in sent.doc[relative.i + 1 : sent.end]:
        if (
            token.dep_ == "acl"
            and token.tag_ in _PAST_OR_FINITE_TAGS
            and token.nbor(-1).text == ","
            and not any(c.dep_ in _OWN_CLAUSE_DEPS for c in token.children)
        ):
            return token
    return None


#: Determiners that open a noun summing up the clause before it ("..., a charge X denies").
_SUMMARY_DETERMINERS = frozenset({"a", "an"})


def _summary_appositions(doc: Doc, tags: list[int], deps: list[int]) -> list[tuple[int, int, int]]:
    """(clause, noun, verb) for each sentence whose root is a relative clause the parser
    took for the main verb: "Aid groups accused X of Y, a charge Athens denies"."""
    # runs on every document: the root's finite tag from the columns first (no Span per sentence)
    strings = doc.vocab.strings
    root, finite = strings.add("ROOT"), {strings.add(t) for t in FINITE_TAGS}
    found: list[tuple[int, int, int]] = []
    for i in range(len(doc)):
        if deps[i] != root or tags[i] not in finite:
            continue
        verb = doc[i]
        clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
        subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        if clause is None or subject is None:
            continue
        comma = clause.right_edge.i + 1
        if comma + 2 >= subject.i or doc[comma].text != ",":
            continue
        if doc[comma + 1].lower_ not in _SUMMARY_DETERMINERS:
            continue
        # the first common noun after "a" and its adjectives ("a false claim the ministry's
        # officials reject": the subject may have nouns of its own)
        noun = next((t for t in doc[comma + 2 : subject.i] if t.pos_ != "ADJ"), None)
        if noun is None or noun.pos_ != "NOUN":
            continue
        own_det = any(t.tag_ == "DT" for t in doc[noun.i + 1 : subject.i])
        if not own_det and subject.pos_ != "PROPN":
            continue  # "..., a police spokesman said": the words before the subject are its own
        if any(c.dep_ in _VERB_COMPLEMENT_DEPS and c.i > verb.i for c in verb.children):
            continue  # "..., a court ruled it lawful": a verb with its own object is the main one
        found.append((clause.i, noun.i, verb.i))
    return found


def _hang_summaries(doc: Doc, table: numpy.ndarray, summaries: list[tuple[int, int, int]]) -> None:
    """Rewrite ``table`` (HEAD offsets, DEP) for ``_summary_appositions``' findings."""
    strings = doc.vocab.strings
    root, appos, relcl = strings.add("ROOT"), strings.add("appos"), strings.add("relcl")
    for clause, noun, verb in summaries:
        det = doc[clause].right_edge.i + 2
        for i in range(det, noun):  # "a", and adjectives: the noun's own
            table[i, 0] = noun - i
        for child in doc[verb].children:
            if child.dep_ == "punct":  # the comma before the noun and the full stop
                table[child.i, 0] = clause - child.i
        table[clause] = (0, root)
        table[noun] = (clause - noun, appos)
        table[verb] = (noun - verb, relcl)


#: Closing quotation marks a quotation tag follows.
_CLOSING_QUOTES = frozenset({'"', "”", "''", "’"})


def _tag_verbs_read_as_modifiers(
    doc: Doc, tags: list[int], deps: list[int]
) -> list[tuple[int, int, int, int]]:
    """(verb, subject, object, quoted root) for each '"...," the 58-year-old told reporters'
    whose verb the parser made a modifier of the noun after it."""
    strings = doc.vocab.strings
    vbd, amod = strings.add("VBD"), strings.add("amod")
    found: list[tuple[int, int, int, int]] = []
    for i in range(2, len(doc) - 1):
        if tags[i] != vbd or deps[i] != amod:
            continue
        verb = doc[i]
        obj, subject = verb.head, doc[i - 1]
        if obj.i != i + 1 or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        if subject.pos_ not in ("NOUN", "ADJ", "PROPN"):
            continue
        start = min((c.i for c in obj.lefts), default=i)
        if start < 2 or doc[start - 1].text not in _CLOSING_QUOTES:
            continue
        if doc[start - 2].text not in (",", "?", "!"):
            continue
        root = verb.sent.root
        if root.i >= start or obj.head.i != root.i:
            continue  # the noun must hang on the quoted clause (its "object"), nothing else
        found.append((i, subject.i, obj.i, root.i))
    return found


def _hang_tag_verbs(doc: Doc, table: numpy.ndarray, found: list[tuple[int, int, int, int]]) -> None:
    """Rewrite ``table`` (HEAD offsets, DEP) for ``_tag_verbs_read_as_modifiers``' findings."""
    strings = doc.vocab.strings
    root_label, subject, dobj, ccomp = (strings.add(x) for x in ("ROOT", "nsubj", "dobj", "ccomp"))
    for verb, subj, obj, root in found:
        for child in doc[obj].lefts:
            if child.i < subj:  # "the", "58-year-": the subject's own words now
                table[child.i, 0] = subj - child.i
        for child in doc[root].children:
            if child.i > obj:  # the full stop
                table[child.i, 0] = verb - child.i
        table[verb] = (0, root_label)
        table[subj] = (verb - subj, subject)
        table[obj] = (verb - obj, dobj)
        table[root] = (verb - root, ccomp)


def _saying_verbs() -> frozenset[str]:
    """The verbs of saying (``speech_verbs.tsv``, every kind) of the pipeline running now."""
    current = resources.current()

    def build() -> frozenset[str]:
        return frozenset(verb.lower() for verb, _kind in current.lexicons.pairs("speech_verbs"))

    return current.load("syntax_repairs.saying", build)


def _complements_read_as_relatives(doc: Doc, deps: list[int]) -> list[tuple[int, int, int]]:
    """(clause, "that", governor) for each '"said after the debate that X had shown Y"'
    whose clause the parser hung on the preposition's noun as a relative clause."""
    relcl = doc.vocab.strings.add("relcl")
    found: list[tuple[int, int, int]] = []
    for i, dep in enumerate(deps):
        if dep != relcl:
            continue
        clause = doc[i]
        that = doc[clause.left_edge.i]
        noun = clause.head
        if that.lower_ != "that" or that.i != noun.i + 1:
            continue
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            continue
        governor = noun.head.head
        if governor.pos_ != "VERB" or governor.i > noun.i or governor.lemma_.lower() not in _saying_verbs():
            continue
        # the clause is whole without "that": a subject and an object of its own
        own = {c.dep_ for c in clause.children if c.i != that.i}
        if "nsubj" not in own or not own & {"dobj", "ccomp", "xcomp", "attr", "acomp"}:
            continue
        found.append((i, that.i, governor.i))
    return found
