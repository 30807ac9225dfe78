"""Step 0 of the events pass, for headlines: a headline has no closing stop and often no
verb the small tagger reads as one ("Protesters storm parliament", "Orlenia expels Dessan
diplomats"), so the verb, its subject and its object are found here by the headline's
shape. Kept apart from ``syntax`` (the general parse questions), which reads
``headline_noun_verb`` for a subject the parser hung on the verb as a compound.
"""

from __future__ import annotations

from spacy.tokens import Token


def headline_verb(token: Token) -> bool:
    """ "Protesters storm parliament in Kessa": in a headline (no verb, no closing stop)
    the tagger may read the verb as a noun, which the parser still gives a subject; a root
    noun with a subject of its own is the headline's verb."""
    if token.dep_ != "ROOT" or not any(c.dep_ == "nsubj" and c.i < token.i for c in token.children):
        return False
    sent = token.sent
    if token.doc[sent.end - 1].is_punct:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in sent)


#: Tag pairs (subject, verb read as a noun) that agree as a present-tense clause: a
#: singular subject with an "-s" form ("Orlenia expels"), a plural one with the bare
#: form ("Rebels attack").
HEADLINE_AGREEMENT = frozenset({("NN", "NNS"), ("NNP", "NNS"), ("NNS", "NN"), ("NNPS", "NN")})


#: Entity labels of a name that can open a headline as its subject.
NAMED_SUBJECTS = frozenset({"GPE", "ORG", "PERSON"})


def headline_noun_verb(token: Token) -> bool:
    """ "Orlenia expels Dessan diplomats", "Rebels attack army base": in a headline with
    no verb and no closing stop the tagger may read the verb as a noun and hang its
    subject on it as a compound, leaving no subject at all. A noun that opens with such a
    compound, agrees with it as a present-tense verb does (``HEADLINE_AGREEMENT``) and
    has a noun after it (its object) is the headline's verb, and the compound its
    subject. The caller checks that the word is a verb of the ontology."""
    if token.i == 0 or token.dep_ not in ("ROOT", "compound"):
        return False
    before = token.doc[token.i - 1]
    if before.head.i != token.i:
        return False
    if before.dep_ == "amod" and before.tag_ == "JJ" and before.ent_type_ in NAMED_SUBJECTS:
        # "Pakistan expels Afghan envoy": a country's name the tagger read as an adjective
        agreeing = token.tag_ == "NNS"
    else:
        agreeing = before.dep_ == "compound" and (before.tag_, token.tag_) in HEADLINE_AGREEMENT
    if not agreeing:
        return False
    sent = token.sent
    if before.left_edge.i != sent.start or token.doc[sent.end - 1].is_punct:
        return False
    if any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("compound", "amod") and not _participle_adjunct(t)
        for t in sent
    ):
        return False  # a verb of its own ("rebel" in "rebel positions" is a modifier)
    return headline_object(token) is not None


def _participle_adjunct(verb: Token) -> bool:
    """ "..., killing three soldiers": a present participle clause hung on a noun or a
    verb, which a headline adds to its verb and which is no verb of the headline's own."""
    return verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl")


def headline_object(token: Token) -> Token | None:
    """The object of a headline's verb read as a noun: the noun it modifies ("attack
    [army] base") or a noun the parser hung after it ("expels [Dessan] diplomats")."""
    if token.dep_ == "compound":
        head = token.head
        if head.i < token.i or head.pos_ not in ("NOUN", "PROPN"):
            return None
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "attack [army] base": the object is the last noun of the chain
        return head
    return next(
        (
            c
            for c in token.rights
            if c.dep_ in ("dobj", "appos", "npadvmod", "compound") and c.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
