"""From spaCy's parse to clustered entities.

The small English model gives named-entity spans with frequent label and boundary
errors ("Trump" tagged ORG, "Donald Trump's" with the possessive, "the" inside
"the Republican Party", "KABUL" in the dateline). We therefore:

1. take its named spans, trim determiners, possessives and punctuation, drop those in
   the dateline and add the dateline's place names as GPE mentions;
2. cluster names by string rules (same normalised name, surname of a full person
   name, acronym) and decide each cluster's type from all its evidence, not per span;
3. add nominal mentions (definite role and organisation descriptions such as "the
   ministry's spokesperson", "the union") linked through appositions, titles and
   head-word matches;
4. resolve third-person pronouns with agreement, recency and subject salience;
5. read roles and affiliations from pre-name titles, appositions, "from the X Party"
   and demonyms.

Every step is a single pass over tokens or mentions, with pronoun candidates looked
up only in a window of recent sentences, so the cost stays linear in the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Doc, Token

from newsgraph.dateline import dateline_token_end
from newsgraph.docindex import doc_index
from newsgraph.entities import lexicon
from newsgraph.records import Affiliation, Entity, Mention, Role, Span
from newsgraph.resolver.features import Anaphor, AnaphorGroup, Candidate, PairFlags, RuleFacts, pair_row
from newsgraph.resolver.model import ResolverModel, load_model

#: spaCy labels that name referents (times, numbers and money are the times/claims stages').
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
)
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

_MASC = frozenset({"he", "him", "his", "himself"})
_FEM = frozenset({"she", "her", "hers", "herself"})
_NEUT = frozenset({"it", "its", "itself"})
_PLUR = frozenset({"they", "them", "their", "theirs", "themselves"})
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_TRIM_LEFT = frozenset({"the", "a", "an"})
_APOSTROPHES = ("'s", "’s", "'", "’")
_WINDOW_PERSONAL = 4  # he/she antecedents: this sentence and the four before it
_WINDOW_OTHER = 2  # it/its/they: this sentence and the two before it
#: The rules' margin recorded when only one referent agreed with the pronoun.
_NO_RIVAL_MARGIN = 5.0
#: ``doc.user_data`` key of the resolver's judgements: (start, end) -> (entity id or None, probability)
JUDGED_KEY = "_ng_resolver_judgements"
_LAW_HEADS = frozenset(
    {
        "agreement",
        "accord",
        "accords",
        "treaty",
        "act",
        "deal",
        "convention",
        "pact",
        "protocol",
        "law",
        "bill",
    }
)
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Last words of names of buildings and other structures, which the tagger often types ORG.
#: ("Centre"/"Center" and "Office" are left out: "Pew Research Center", "Home Office".)
_FACILITY_HEADS = frozenset(
    {
        "tower",
        "towers",
        "station",
        "airport",
        "stadium",
        "bridge",
        "hall",
        "square",
        "street",
        "avenue",
        "road",
        "boulevard",
        "highway",
        "building",
        "palace",
        "mall",
        "plaza",
        "terminal",
        "tunnel",
        "cathedral",
        "mosque",
        "temple",
        "castle",
        "monument",
    }
)
#: Words before a name that are no part of it ("Thanks Josh", "Dear Ana").
_GREETINGS = frozenset(
    {"thanks", "thank", "thx", "hi", "hello", "hey", "dear", "congratulations", "congrats"}
)
_OPENING_BRACKETS = frozenset({"(", "[", "{", "<"})
_FILE_NAME = re.compile(r"\.(?:html?|jpe?g|png|gif|pdf|docx?|xlsx?|pptx?|txt|zip|exe|mp[34])$", re.IGNORECASE)
#: Labels a lone common word is wrongly given ("Euros" PERSON, "Corporate" ORG).
_COMMON_WORD_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
#: Tags of a lone word that is no name even when capitalised: adjectives,
#: adverbs, verbs, interjections.
_NON_NAME_TAGS = frozenset(
    {"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "UH", "IN", "DT"}
)
_GOVERNED = frozenset({"government", "parliament", "president", "prime minister", "capital"})
#: Titles that stand straight before a name ("Governor Ana Ruiz"); narrower than the role
#: nouns so "Analyst Team" or "Star Wars" are not read as title + name.
_PRENAME_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sir",
        "dame",
        "president",
        "minister",
        "governor",
        "senator",
        "sen",
        "rep",
        "gov",
        "mayor",
        "general",
        "gen",
        "colonel",
        "col",
        "captain",
        "capt",
        "lieutenant",
        "sergeant",
        "judge",
        "justice",
        "ambassador",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "sheikh",
        "emir",
        "sultan",
        "secretary",
        "chairman",
        "chairwoman",
        "professor",
        "premier",
        "commissioner",
        "congressman",
        "congresswoman",
        "councillor",
        "councilman",
        "councilwoman",
        "bishop",
        "archbishop",
        "cardinal",
        "rabbi",
        "imam",
        "detective",
        "officer",
        "inspector",
        "coach",
    }
)
#: Nouns for people by sex or kinship: in apposition they make the name a person and
#: give a gender ("his father, Omar Haddad"), but they are not roles.
_PERSON_NOUNS = frozenset(
    {
        "man",
        "woman",
        "boy",
        "girl",
        "father",
        "mother",
        "son",
        "daughter",
        "husband",
        "wife",
        "brother",
        "sister",
    }
)
_HEADLINE_VERBS = frozenset(
    {
        "says",
        "said",
        "tells",
        "warns",
        "claims",
        "urges",
        "slams",
        "calls",
        "vows",
        "denies",
        "admits",
        "wins",
    }
)
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt"}
)
#: Verbs that attribute a quote to their subject.
_SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "state", "write", "explain", "note", "remark", "comment", "argue", "claim",
     "insist", "ask", "reply", "recall", "conclude", "continue", "observe", "warn", "declare"}
)
_FIRST_SECOND_POSSESSIVES = frozenset({"my", "our", "your"})
#: Head nouns of organisation names that a "for/of/on ..." phrase may continue.
_ORG_NAME_HEADS = frozenset(
    {
        "foundation",
        "council",
        "institute",
        "society",
        "association",
        "organisation",
        "organization",
        "commission",
        "commissioner",
        "committee",
        "museum",
        "university",
        "college",
        "academy",
        "department",
        "ministry",
        "league",
        "union",
        "federation",
        "agency",
        "bureau",
        "fund",
        "board",
        "alliance",
        "coalition",
        "centre",
        "center",
        "office",
        "offices",
        "court",
        "movement",
        "trust",
        "corporation",
        "church",
    }
)
_ORG_TAIL_PREPS = frozenset({"for", "of", "on"})
_ORG_TAIL_LINKS = frozenset({"of", "and", "for", "the"})
#: Nouns for belonging to an organisation, which a place does not have.
_MEMBER_NOUNS = frozenset({"member", "membership", "founder", "co-founder", "cofounder"})
_UNSCORED_LABELS = frozenset({"EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
#: Last words of newspaper and broadcaster names.
_PUBLICATION_HEADS = frozenset(
    {"herald", "times", "post", "news", "journal", "tribune", "gazette", "chronicle", "telegraph", "magazine"}
)
#: Family titles before a given name ("Aunt Toni"): not part of the name.
_KIN_TITLES = frozenset({"aunt", "auntie", "uncle", "grandma", "grandpa", "granny", "cousin"})
#: Abbreviations that end a name with their full stop ("Acme Inc.").
_STOP_ABBREVIATIONS = frozenset({"inc", "ltd", "corp", "co", "jr", "sr", "bros", "plc", "llc"})
#: Caption labels that run into a name before their colon ("Ahmed Mohamed Image: ...").
_CAPTION_LABELS = frozenset({"image", "photo", "picture", "video", "audio", "source", "credit", "graphic"})
_AS_VERBS = frozenset(
    {"serve", "work", "act", "elect", "appoint", "name", "nominate", "install", "swear", "remain", "return"}
)
_COPULAS = frozenset({"be", "become", "remain", "elect", "appoint", "name", "make"})
_PUNCT_EDGE = re.compile(r"^[\s\"'“”‘’(\[,.;:!?-]+|[\s\"'“”‘’)\],;:!?-]+$")
_PARTY_MARK = re.compile(r"\bpart(?:y|ies)\b", re.IGNORECASE)


@dataclass
class _Mention:
    start: int  # token index
    end: int  # token index, exclusive
    kind: str  # name | nominal | pronoun
    label: str | None = None
    cluster: int = -1
    head: int = -1  # token index of the head
    definite: bool = True  # a bare appositive ("X, spokesperson for Y") links only through its apposition


@dataclass
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)
    gender: str | None = None  # from a given name, honorific or gendered noun: a hard constraint
    votes: Counter[str] = field(default_factory=Counter)  # he/she already linked: a soft preference
    person_cue: bool = False
    roles: list[tuple[str, str | None, int, int, int, int]] = field(
        default_factory=list
    )  # title, org text, org cluster, span
    affiliations: list[tuple[str, str, int, int, int]] = field(
        default_factory=list
    )  # name, kind, cluster, span
    merged_into: int = -1


@dataclass(frozen=True)
class _RulePick:
    """The hand rules' choice for one pronoun, and how sure the rules were of it."""

    cluster: int
    mention: _Mention  # the candidate mention that won for that cluster
    rule: str  # "matrix" ("X said he"), "cataphor" ("When she ..., X") or "score"
    margin: float  # winner's rule score minus the runner-up's
    clusters: int  # referents that passed the agreement checks
    score: float  # the winner's rule score, without the position tie-break
    nearest: bool  # the winner is the nearest referent that agrees


class _Builder:
    """Holds the per-document state; one instance per ``build_entities`` call."""

    def __init__(
        self, doc: Doc, collector: list[AnaphorGroup] | None = None, model: ResolverModel | None = None
    ) -> None:
        self.doc = doc
        #: the resolver model to apply (the shipped one when None)
        self.model = model
        #: training mode: anaphors and their scored candidates are recorded here, none linked
        self.collector = collector
        #: anaphor token -> (linked cluster or -1, probability of the best candidate)
        self.judged: dict[int, tuple[int, float]] = {}
        #: the same by character span and entity id, for ``entities.resolver_link``
        self.judgements: dict[tuple[int, int], tuple[str | None, float]] = {}
        self.text = doc.text  # Doc.text is rebuilt from the tokens on every access
        self.first = dateline_token_end(doc)
        self.clusters: list[_Cluster] = []
        self.mentions: list[_Mention] = []
        self.token_mention: dict[int, _Mention] = {}  # every token of a name/nominal mention -> it
        self._pronoun_at: dict[int, _Mention] = {}
        self._quoted: list[bool] | None = None
        self._ordered_cache: list[_Mention] = []
        self._ordered_starts: list[int] = []
        self._lower: frozenset[str] | None = None
        self._names_of: dict[int, tuple[int, set[str]]] = {}  # cluster -> (mentions read, names)
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_starts: list[int] = []
        if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            for n, sent in enumerate(doc.sents):
                self.sent_starts.append(sent.start)
                for i in range(sent.start, sent.end):
                    self.sent_of[i] = n
        else:
            self.sent_starts.append(0)

    # -- clusters ------------------------------------------------------------------
    def find(self, index: int) -> int:
        while self.clusters[index].merged_into >= 0:
            index = self.clusters[index].merged_into
        return index

    def cluster_of(self, mention: _Mention) -> int:
        return self.find(mention.cluster) if mention.cluster >= 0 else -1

    def new_cluster(self, mention: _Mention) -> int:
        self.clusters.append(_Cluster(mentions=[mention]))
        mention.cluster = len(self.clusters) - 1
        return mention.cluster

    def attach(self, mention: _Mention, cluster: int) -> None:
        cluster = self.find(cluster)
        mention.cluster = cluster
        self.clusters[cluster].mentions.append(mention)

    def merge(self, a: int, b: int) -> int:
        a, b = self.find(a), self.find(b)
        if a == b:
            return a
        keep, drop = (a, b) if a < b else (b, a)
        kc, dc = self.clusters[keep], self.clusters[drop]
        for m in dc.mentions:
            m.cluster = keep
        kc.mentions.extend(dc.mentions)
        kc.roles.extend(dc.roles)
        kc.affiliations.extend(dc.affiliations)
        kc.gender = kc.gender or dc.gender
        kc.votes.update(dc.votes)
        kc.person_cue = kc.person_cue or dc.person_cue
        dc.mentions, dc.roles, dc.affiliations = [], [], []
        dc.merged_into = keep
        return keep

    def add_mention(self, mention: _Mention) -> None:
        self.mentions.append(mention)
        if mention.kind != "pronoun":
            for i in range(mention.start, mention.end):
                self.token_mention.setdefault(i, mention)

    def mention_at(self, token: Token) -> _Mention | None:
        return self.token_mention.get(token.i)

    def is_person(self, cluster: int) -> bool:
        c = self.clusters[self.find(cluster)]
        if c.person_cue or c.gender is not None or c.votes:
            return True
        labels = Counter(m.label for m in c.mentions if m.kind == "name" and m.label)
        return bool(labels) and labels.most_common(1)[0][0] == "PERSON"

    def labels(self, cluster: int) -> Counter[str]:
        c = self.clusters[self.find(cluster)]
        return Counter(m.label for m in c.mentions if m.label)

    # -- 1. named mentions ---------------------------------------------------------
    def named_mentions(self) -> None:
        doc = self.doc
        dateline = doc._.ng_dateline
        if dateline is not None:
            self._dateline_places(dateline.place, dateline.span.start, dateline.span.end)
        pieces: list[tuple[int, int, str]] = []
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS or ent.end <= self.first:
                continue
            start, end = self._trim(max(ent.start, self.first), ent.end)
            while end - start > 1 and doc[start].lower_ in _GREETINGS:
                start += 1  # "Thanks Josh", "Dear Ana": the greeting is not the name
            for i in range(start + 1, end):
                if doc[i].text in _OPENING_BRACKETS:
                    # "World Health Organisation (WHO": the bracketed acronym is its own mention.
                    pieces.append((start, i, ent.label_))
                    start = i
                    break
            if (
                end - start > 1
                and doc[end - 1].lower_ in _CAPTION_LABELS
                and end < len(doc)
                and doc[end].text == ":"
            ):
                end -= 1  # "International Space Station Image: NASA"
            if ent.label_ == "PERSON":
                for i in range(start + 1, end):
                    if doc[i].text in {"-", "–", "—"} and doc[i - 1].whitespace_:
                        end = i  # "Bryan Hull - Analyst": a signature's role is not the name
                        break
            if ent.label_ == "ORG":
                end = self._org_tail(start, end)
            pieces.append((start, end, ent.label_))
        for start, end, ent_label in pieces:
            start, end = self._trim(start, end)
            for i in range(start + 1, end - 1):
                # "Trump’s 1995" (tax filings): the name ends at an inner possessive unless a
                # capitalised word follows ("Macy's Parade").
                if doc[i].tag_ == "POS" and not doc[i + 1].text[:1].isupper():
                    end = i
                    break
            if start >= end or self._not_a_name(start, end, ent_label):
                continue
            if ent_label == "PERSON":
                while end - start > 1 and doc[end - 1].lower_ in _HEADLINE_VERBS:
                    end -= 1  # "Obama Says" in a title-case headline
                # "Mr. Boateng", "President Macron" tagged whole: the title is not the name.
                while end - start > 1 and self._is_title_word(doc[start]):
                    start += 1
                start, end = self._extend_name(start, end)
            if start >= end:
                continue
            if any(i in self.token_mention for i in range(start, end)):
                continue
            head = doc[start:end].root.i
            label = ent_label
            if doc[start:end].text.lower() in lexicon.known_organisations():
                label = "ORG"
            elif (
                end - start == 1
                and label in {"ORG", "LOC", "FAC", "NORP"}
                and doc[start].is_title
                and doc[start].lower_ in lexicon.first_name_genders()
                and lexicon.country_name(doc[start].text) is None
            ):
                label = "PERSON"  # "Julie" tagged ORG, "Sean" NORP: a lone given name is a person
            elif label in _UNSCORED_LABELS and end - start > 1 and doc[end - 1].lower_ in _PUBLICATION_HEADS:
                label = "ORG"  # "the Sydney Morning Herald" tagged EVENT: a newspaper is an organisation
            elif label == "ORG" and end - start > 1 and doc[end - 1].lower_ in _FACILITY_HEADS:
                label = "FAC"  # "Century City Towers", "Orchestra Hall": a building, not a body
            elif label == "WORK_OF_ART" and doc[end - 1].lemma_.lower() in _LAW_HEADS:
                label = "LAW"  # "the Doha Agreement"
            self.add_mention(_Mention(start, end, "name", label, head=head))

    def _org_tail(self, start: int, end: int) -> int:
        """Where an organisation's name really ends: the tagger stops "Andy Warhol Foundation
        for the Visual Arts" and "Joint Council for the Welfare of Immigrants" at the head
        noun; a capitalised "for/of/on (the) ..." phrase after it belongs to the name."""
        doc = self.doc
        n = len(doc)
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if end >= n or doc[end - 1].lower_ not in _ORG_NAME_HEADS or doc[end].lower_ not in _ORG_TAIL_PREPS:
            return end
        j = end + 1
        if j < n and doc[j].lower_ == "the":
            j += 1
        k = j
        while k < n:
            tok = doc[k]
            if tok.ent_type_ in {"PERSON", "GPE", "LOC"} or not tok.is_alpha:
                break  # a person or place after it is its own mention ("Society of Canada" stays)
            capitalised = tok.is_title or (tok.is_upper and len(tok) > 1)
            linking = tok.lower_ in _ORG_TAIL_LINKS and k > j and k + 1 < n and doc[k + 1].is_title
            if not (capitalised or linking):
                break
            k += 1
        while k > j and not (doc[k - 1].is_title or doc[k - 1].is_upper):
            k -= 1  # never end on "of"/"and"
        return k if k > j else end

    def _not_a_name(self, start: int, end: int, label: str) -> bool:
        """Spans the small tagger marks that are no names: web addresses, handles and file
        names ("unitedway.enron.com", "@POTUS", "Outlook.jpg"), shouted or lower-case
        ordinary words ("FREE", "NEVER", "don"), and single common words tagged as a person
        or organisation ("Corporate", "Email:", "Iodine" when the article also
        writes "iodine")."""
        doc = self.doc
        span = doc[start:end]
        text = span.text
        if any(t.like_url or t.like_email or "@" in t.text for t in span) or text[:1] in {"@", "#"}:
            return True
        if _FILE_NAME.search(text):
            return True
        proper = any(t.pos_ == "PROPN" for t in span)
        if not proper and (text.isupper() or text.islower() or not any(c.isupper() for c in text)):
            return True  # "n’t", "seafood", "FREE", "WOW"
        if end - start > 1 or proper or label not in _COMMON_WORD_LABELS:
            return False
        tok = doc[start]
        if tok.lower_ in lexicon.first_name_genders():
            return False
        if tok.tag_ in _NON_NAME_TAGS:
            return True  # "Corporate", "Drop"
        if end < len(doc) and doc[end].text == ":" and (start == 0 or doc[start - 1].is_space):
            return True  # "Email:" heading a line
        return tok.lower_ in self._lower_words()

    def _lower_words(self) -> frozenset[str]:
        """Words the article writes in lower case somewhere (built once, on first use)."""
        if self._lower is None:
            self._lower = frozenset(t.text for t in self.doc if t.is_alpha and t.text.islower())
        return self._lower

    def titled_names(self) -> None:
        """ "Governor Ana Ruiz" with no entity tagged: proper nouns right after a capitalised
        title or honorific are a person's name."""
        doc = self.doc
        i = self.first
        n = len(doc)
        while i < n:
            tok = doc[i]
            if not (tok.text[:1].isupper() and tok.lower_.rstrip(".") in _PRENAME_TITLES):
                i += 1
                continue
            j = i + 1
            while j < n and doc[j].text[:1].isupper() and self._is_title_word(doc[j]) and not doc[j].is_punct:
                j += 1
            if j < n and doc[j].text == ".":
                j += 1  # "Mr." split as "Mr" "."
            k = j
            while k < n and k - j < 4 and doc[k].text[:1].isupper() and self._untagged_name_word(k):
                k += 1
            if k > j and (k >= n or doc[k].pos_ != "PROPN"):
                self.add_mention(_Mention(j, k, "name", "PERSON", head=k - 1))
            i = max(k, i + 1)

    def given_names(self) -> None:
        """A common given name the tagger left out ("Thanks Greg", "Julie called"), with the
        untagged proper nouns right after it ("Greg Lenhart"), is a person's name."""
        doc = self.doc
        names = lexicon.first_name_genders()
        n = len(doc)
        i = self.first
        while i < n:
            tok = doc[i]
            if not (
                tok.pos_ == "PROPN"
                and tok.ent_iob_ == "O"
                and tok.is_alpha
                and tok.is_title
                and tok.lower_ in names
                and i not in self.token_mention
                and not (i > self.first and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper())
            ):
                i += 1
                continue
            k = i + 1
            while k < n and k - i < 3 and doc[k].is_title and self._untagged_name_word(k):
                k += 1
            if k >= n or not (doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()):
                self.add_mention(_Mention(i, k, "name", "PERSON", head=k - 1))
            i = k

    def _untagged_name_word(self, k: int) -> bool:
        """Whether doc[k] can continue a person's name the tagger missed: an untagged proper
        noun, in no mention yet, neither a title ("Governor") nor an organisation word."""
        tok = self.doc[k]
        return (
            tok.pos_ == "PROPN"
            and tok.ent_iob_ == "O"
            and tok.is_alpha
            and k not in self.token_mention
            and not self._is_title_word(tok)
            and tok.lower_ not in lexicon.org_nouns()
        )

    def _extend_name(self, start: int, end: int) -> tuple[int, int]:
        """Grow a person name over untagged proper nouns of the same compound: the tagger
        often marks "Alba" but not "Torres" in "Mrs. Alba Torres"."""
        doc = self.doc

        def free_name_word(tok: Token) -> bool:
            return (
                tok.pos_ == "PROPN"
                and tok.ent_iob_ == "O"
                and tok.is_alpha
                and tok.text[:1].isupper()
                and not self._is_title_word(tok)
                and tok.lower_ not in _GREETINGS
            )

        while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
            if not free_name_word(doc[end]):
                break
            end += 1
        while (
            start - 1 >= self.first and free_name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound"
        ):
            if not start <= doc[start - 1].head.i < end:
                break
            start -= 1
        return start, end

    @staticmethod
    def _is_title_word(tok: Token) -> bool:
        lower = tok.lower_.rstrip(".")
        return tok.is_punct or lower in _HONORIFICS or lower in _KIN_TITLES or lower in lexicon.person_roles()

    def _dateline_places(self, place: str, start_char: int, end_char: int) -> None:
        """Each comma-separated part of the dateline's place ("KABUL", "AFGHANISTAN") becomes
        a GPE mention; an agency or date in the dateline ("(AP)", "Nov 7") does not."""
        window = self.text[start_char:end_char].lower()
        offset = 0
        for part in place.split(","):
            part = part.strip()
            if not part:
                continue
            found = window.find(part.lower(), offset)
            if found < 0:
                continue
            offset = found + len(part)
            span = self.doc.char_span(start_char + found, start_char + offset, alignment_mode="expand")
            if span is not None and len(span) > 0:
                self.add_mention(_Mention(span.start, span.end, "name", "GPE", head=span.end - 1))

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        """Drop a leading article, a trailing possessive and edge punctuation."""
        doc = self.doc
        while start < end and (doc[start].lower_ in _TRIM_LEFT or doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (
            doc[end - 1].tag_ == "POS"
            or doc[end - 1].text in _APOSTROPHES
            or doc[end - 1].is_punct
            or doc[end - 1].is_space
        ):
            if (
                doc[end - 1].text == "."
                and end - 1 > start
                and (len(doc[end - 2].text) == 1 or doc[end - 2].lower_ in _STOP_ABBREVIATIONS)
            ):
                break  # "U.S." style abbreviations and "CCNG, Inc." keep their stop
            end -= 1
        return start, end

    # -- 2. name clustering --------------------------------------------------------
    def cluster_names(self) -> None:
        by_key: dict[str, int] = {}
        by_surname: dict[str, list[int]] = {}
        by_first: dict[str, list[int]] = {}
        by_acronym: dict[str, int] = {}
        for mention in [m for m in self.mentions if m.kind == "name"]:
            words = self.name_words(mention)
            if not words:
                self.new_cluster(mention)
                continue
            key = " ".join(words)
            if mention.label in {"GPE", "LOC", "ORG", "FAC"}:
                country = lexicon.country_name(self._text(mention.start, mention.end))
                if country is not None:
                    key = f"country:{country.lower()}"
                    mention.label = "GPE"
            target = by_key.get(key)
            if target is None and len(words) == 1:
                target = by_acronym.get(words[0])
                place_like = mention.label in {"GPE", "LOC", "NORP"}
                if place_like and mention.label != "NORP":
                    # "Rathbun" tagged GPE after "Mark Rathbun": a known surname wins unless the
                    # word names a country.
                    place_like = lexicon.country_name(self._text(mention.start, mention.end)) is not None
                if target is None and not place_like:
                    candidates = by_surname.get(words[0], [])
                    if candidates:
                        # Two people share the surname ("Barack Obama", later "Michelle
                        # Obama"): a bare "Obama" usually means the one introduced first.
                        target = candidates[0]
                if target is None and mention.label == "PERSON" and len(by_first.get(words[0], [])) == 1:
                    target = by_first[words[0]][0]  # "LeBron" after "LeBron James", if unambiguous
                if target is None and mention.label == "PERSON":
                    target = _misspelt(words[0], by_surname)  # "Mauer" after "K.C. Maurer"
            if target is None and len(words) == 2 and mention.label == "PERSON" and by_surname.get(words[1]):
                # "Kristen Wilkins" after "Kristin Wilkins": the same surname and a given name
                # one letter apart is a spelling slip, not a second person.
                for cluster_index in by_surname[words[1]]:
                    firsts = {
                        self.name_words(m)[0]
                        for m in self.clusters[self.find(cluster_index)].mentions
                        if m.kind == "name" and len(self.name_words(m)) == 2
                    }
                    if any(_one_edit(words[0], f) for f in firsts if len(f) >= 4):
                        target = cluster_index
                        break
            if target is None and len(words) > 1 and mention.label == "PERSON":
                # A full name after its surname alone ("Trump ... Donald Trump").
                lone = by_key.get(words[-1])
                if lone is not None and all(
                    len(self.name_words(m)) <= 1
                    for m in self.clusters[self.find(lone)].mentions
                    if m.kind == "name"
                ):
                    # ... unless the surname alone was "Mr. Obama" and this is "Michelle Obama".
                    new_gender = lexicon.first_name_genders().get(words[0])
                    old_genders = {
                        g
                        for m in self.clusters[self.find(lone)].mentions
                        if (g := self._honorific_gender(m)) is not None
                    }
                    if new_gender is None or not old_genders or old_genders == {new_gender}:
                        target = lone
            if target is None and len(words) > 1 and mention.label in {"PERSON", "ORG"}:
                # "von der Leyen" after "Ursula von der Leyen": the tail of a known person name.
                for cluster_index in reversed(by_surname.get(words[-1], [])):
                    full = max(
                        (
                            self.name_words(m)
                            for m in self.clusters[self.find(cluster_index)].mentions
                            if m.kind == "name"
                        ),
                        key=len,
                    )
                    if len(full) > len(words) and full[-len(words) :] == words:
                        target = cluster_index
                        break
            if target is None and len(words) > 2 and mention.label in {"ORG", "GPE", "NORP", "LOC", "FAC"}:
                # "NATO ... the North Atlantic Treaty Organization": a full name after its acronym.
                acronym = "".join(w[0] for w in words if w not in {"of", "the", "and", "for"})
                earlier = by_key.get(acronym)
                if earlier is not None and not self.is_person(earlier):
                    target = earlier
            if target is None:
                cluster = self.new_cluster(mention)
            else:
                cluster = self.find(target)
                self.attach(mention, cluster)
            by_key.setdefault(key, cluster)
            if len(words) > 1:
                acronym = "".join(w[0] for w in words if w not in {"of", "the", "and", "for"})
                if len(acronym) >= 2:
                    by_acronym.setdefault(acronym, cluster)
                if mention.label == "PERSON" and self._looks_like_person_name(mention):
                    by_surname.setdefault(words[-1], []).append(cluster)
                    if cluster not in by_first.setdefault(words[0], []):
                        by_first[words[0]].append(cluster)
                    c = self.clusters[cluster]
                    c.person_cue = True
                    c.gender = c.gender or lexicon.first_name_genders().get(words[0])
        self._untagged_repeats(by_key, by_surname)

    def _untagged_repeats(self, by_key: dict[str, int], by_surname: dict[str, list[int]]) -> None:
        """A proper noun the tagger missed ("Sorvik, however, ...") that repeats a known name."""
        doc = self.doc
        for tok in doc[self.first :]:
            if tok.i in self.token_mention or not tok.is_title or not tok.is_alpha:
                continue
            # The small model often tags a repeated name as a common noun ("Rathbun requested",
            # "Scientology officials"): the match with a known name is what counts.
            if tok.pos_ not in {"PROPN", "NOUN"}:
                continue
            if tok.dep_ == "compound":
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
                continue
            if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
                continue
            key = tok.lower_.replace(".", "")
            # A common-noun tag is trusted less: only the surname of a person whose full
            # name has a known given name or honorific ("Rathbun requested" after "Mark
            # Rathbun"), and no word the article also writes in lower case.
            if tok.pos_ == "NOUN" and (
                not by_surname.get(key)
                or self.clusters[self.find(by_surname[key][0])].gender is None
                or key in self._lower_words()
            ):
                continue
            target = by_surname[key][0] if by_surname.get(key) else by_key.get(key)
            if target is None:
                continue
            label = "PERSON" if self.is_person(target) else self.labels(target).most_common(1)[0][0]
            mention = _Mention(tok.i, tok.i + 1, "name", label, head=tok.i)
            self.add_mention(mention)
            self.attach(mention, target)

    def _honorific_gender(self, mention: _Mention) -> str | None:
        """ "m"/"f" when the name follows "Mr."/"Mrs."/"Ms." and the like, else None."""
        i = mention.start - 1
        if i >= 0 and self.doc[i].text == ".":
            i -= 1
        if i < 0:
            return None
        word = self.doc[i].lower_
        if word.rstrip(".") not in _HONORIFICS and word not in {"sir", "lady", "madam", "dame"}:
            return None
        return lexicon.gender_words().get(word) or lexicon.gender_words().get(word + ".")

    def _looks_like_person_name(self, mention: _Mention) -> bool:
        """ "Donald Trump", "J. K. Rowling", "Leung Yiu-chung"; not "Pro-Beijing DAB" or "IE6 Users"."""
        for tok in self.doc[mention.start : mention.end]:
            word = tok.text.replace("-", "").replace(".", "").replace("'", "").replace("’", "")
            if not word.isalpha() or not word[:1].isupper() or (word.isupper() and len(word) > 1):
                return False
        return True

    def name_words(self, mention: _Mention) -> list[str]:
        text = self.doc[mention.start : mention.end].text.lower().replace(".", "")
        return [w for w in re.split(r"[\s’'\-]+", text) if w and w != "s"]

    # -- 3. pre-name titles ----------------------------------------------------------
    def titles(self) -> None:
        """ "Labour Minister Elena Sorvik", "U.S. President Donald Trump", "Opposition leader Marta Quell"."""
        doc = self.doc
        roles = lexicon.person_roles()
        genders = lexicon.gender_words()
        for mention in [m for m in self.mentions if m.kind == "name" and m.label == "PERSON"]:
            name_tokens = range(mention.start, mention.end)
            left = mention.start
            sent_start = self.sent_starts[self.sent_of[mention.start]]
            while left - 1 >= max(sent_start, self.first):
                tok = doc[left - 1]
                if tok.lower_ in genders and tok.lower_ not in roles:  # "Mrs." honorific
                    self.clusters[self.find(mention.cluster)].gender = genders[tok.lower_]
                    left -= 1
                    continue
                inside = left <= tok.head.i < mention.end or tok.head.i in name_tokens
                if tok.dep_ in {"compound", "amod", "nmod"} and inside and not tok.is_punct:
                    left -= 1
                    continue
                break
            run = list(doc[left : mention.start])
            if not any(t.lemma_.lower() in roles or t.lower_ in roles for t in run):
                # "Democrat Hillary Clinton", "Afghan activist-less" runs: a demonym or party
                # word straight before the name is still an affiliation.
                for tok in run:
                    other = self.mention_at(tok)
                    if other is not None and other.label == "NORP" and other.cluster >= 0:
                        self._affiliate_norp(self.find(mention.cluster), other)
                        break
                continue
            cluster = self.find(mention.cluster)
            self.clusters[cluster].person_cue = True
            title_tokens: list[Token] = []
            org_text: str | None = None
            org_cluster = -1
            for tok in run:
                other = self.mention_at(tok)
                if other is not None and other is not mention and other.cluster >= 0:
                    if other.label == "NORP":
                        self._affiliate_norp(cluster, other)
                    elif other.label in {"GPE", "ORG"} and not title_tokens:
                        org_text = doc[other.start : other.end].text
                        org_cluster = self.find(other.cluster)
                    else:
                        title_tokens.append(tok)
                    continue
                if tok.lower_ in genders and tok.lower_ not in roles:
                    continue
                title_tokens.append(tok)
            if title_tokens:
                title = " ".join(t.text for t in title_tokens)
                gender = genders.get(title_tokens[-1].lower_)
                if gender:
                    self.clusters[cluster].gender = gender
                self.clusters[cluster].roles.append(
                    (
                        title,
                        org_text,
                        org_cluster,
                        doc[left].idx,
                        doc[mention.end - 1].idx + len(doc[mention.end - 1]),
                        0,
                    )
                )

    # -- 4. nominal mentions -------------------------------------------------------
    def nominals(self) -> list[_Mention]:
        """Definite descriptions headed by a role or organisation noun, and bare appositive role nouns."""
        doc = self.doc
        roles = lexicon.person_roles()
        orgs = lexicon.org_nouns()
        found: list[_Mention] = []
        for tok in doc[self.first :]:
            if tok.pos_ not in {"NOUN", "PROPN"} or tok.i in self.token_mention:
                continue
            lemma = tok.lemma_.lower()
            kin = lemma in _PERSON_NOUNS and lemma not in roles
            if lemma not in roles and lemma not in orgs and not kin:
                continue
            if kin and self._appos_partner(tok) is None:
                continue  # "his father, Omar Haddad" is a mention; "the woman" alone is not resolved
            if tok.pos_ == "PROPN" and tok.dep_ == "compound":
                continue  # "President" in "President Biden" belongs to the name
            left = [c for c in tok.lefts]
            definite = any(c.lower_ in _DEFINITE or c.dep_ == "poss" for c in left)
            if any(c.dep_ == "poss" and c.lower_ in _FIRST_SECOND_POSSESSIVES for c in left):
                continue  # "our country" in a quote is the speaker's, not the last one named
            appositive = self._appos_partner(tok) is not None
            if not definite and not appositive:
                continue
            if tok.tag_ in _PLURAL_TAGS:
                continue  # "the ministers", "the 163 teams": groups are out of scope
            start = tok.left_edge.i if left else tok.i
            start = max(start, self.first, self.sent_starts[self.sent_of[tok.i]])
            while start < tok.i and (doc[start].is_punct or doc[start].is_space):
                start += 1
            end = tok.i + 1
            specific = False
            if lemma in orgs and orgs[lemma] == "ORG":
                # "the government of Valmoria": a specific organisation named through its place.
                for child in tok.rights:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                        named = self.token_mention.get(obj.i) if obj is not None else None
                        if (
                            named is not None
                            and named.kind == "name"
                            and named.label in {"GPE", "ORG", "NORP", "LOC", "FAC"}
                        ):
                            end, specific = named.end, True
                            if lemma in _GOVERNED and named.label in {"ORG", "FAC", "LOC"}:
                                named.label = "GPE"  # "the government of Norland": a polity
                        break
            if specific or (
                lemma in orgs
                and any(
                    self.token_mention.get(i) is not None and self.token_mention[i].kind == "name"
                    for i in range(start, tok.i)
                )
            ):
                label = "ORG_SPECIFIC"  # "the Afghan government", "the Biden administration"
            else:
                label = "PERSON" if lemma in roles or kin else orgs[lemma]
            mention = _Mention(start, end, "nominal", label, head=tok.i, definite=definite)
            found.append(mention)
            self.add_mention(mention)
        return found

    def role_title(self, noun: Token) -> str:
        """The role noun with its own modifiers ("chief spokesperson"), without names or possessors."""
        parts = [
            c
            for c in noun.lefts
            if c.dep_ in {"amod", "compound"}
            and ((m := self.mention_at(c)) is None or m.kind != "name")
            and c.lower_ not in lexicon.party_words()
        ]
        return " ".join(t.text for t in [*parts, noun])

    def org_of(self, noun: Token) -> tuple[str | None, int]:
        """The organisation a role noun is for: a possessor, a "for/of/at" object or a name modifier."""
        for child in noun.children:
            target: Token | None = None
            if child.dep_ == "poss" and child.pos_ != "PRON":
                target = child
            elif child.dep_ == "prep" and child.lower_ in {"for", "of", "at", "with", "to", "in"}:
                target = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ == "compound":
                target = child
            if target is None:
                continue
            other = self.mention_at(target)
            if other is None or other.cluster < 0 or other.label == "PERSON":
                continue
            return self._text(other.start, other.end), self.find(other.cluster)
        return None, -1

    def _text(self, start: int, end: int) -> str:
        return self.doc[start:end].text

    def _affiliate_norp(self, cluster: int, norp: _Mention) -> None:
        """A demonym or party word modifying a person: party or country affiliation."""
        text = self._text(norp.start, norp.end)
        lower = text.lower()
        span = (self.doc[norp.start].idx, self.doc[norp.end - 1].idx + len(self.doc[norp.end - 1]))
        c = self.clusters[self.find(cluster)]
        if lower in lexicon.party_words() or _PARTY_MARK.search(text):
            c.affiliations.append((text, "party", self.find(norp.cluster), *span))
            return
        place = lexicon.demonym_place(text)
        if place is not None:
            c.affiliations.append((place, "country", -2, *span))  # -2: link to the place's entity later
            return
        c.affiliations.append((text, "other", self.find(norp.cluster), *span))

    def _appos_partner(self, noun: Token) -> Token | None:
        """The token in apposition with ``noun``: its head, its own appos child, or (for
        "Co-founder of Google, Sergey Brin", parsed onto "Google") a person name in
        apposition with its prepositional object."""
        if noun.dep_ == "appos":
            return noun.head
        own = next((c for c in noun.rights if c.dep_ == "appos"), None)
        if own is not None:
            return own
        for prep in noun.rights:
            if prep.dep_ != "prep":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for appos in obj.rights:
                    if appos.dep_ == "appos" and appos.ent_type_ == "PERSON" and obj.ent_type_ != "PERSON":
                        return appos
        return None

    def appositions(self, nominals: list[_Mention]) -> None:
        """ "X, spokesperson for Y", "the union's chairman, X", "his Democratic opponent, X"."""
        doc = self.doc
        roles = lexicon.person_roles()
        for nominal in nominals:
            noun = doc[nominal.head]
            partner = self._appos_partner(noun)
            if partner is None:
                continue
            name = self.mention_at(partner)
            if name is None or name.kind != "name" or name.cluster < 0:
                continue
            if nominal.label != "PERSON" and name.label == "PERSON":
                continue
            cluster = self.find(name.cluster)
            self.attach(nominal, cluster)
            if noun.lemma_.lower() in _PERSON_NOUNS:
                c = self.clusters[cluster]
                c.person_cue = True
                c.gender = c.gender or lexicon.gender_words().get(noun.lemma_.lower())
            if noun.lemma_.lower() in roles:
                c = self.clusters[cluster]
                c.person_cue = True
                gender = lexicon.gender_words().get(noun.lower_)
                if gender:
                    c.gender = gender
                org_text, org_cluster = self.org_of(noun)
                end_tok = noun.right_edge if noun.dep_ == "appos" else noun
                span_start = doc[nominal.start].idx
                span_end = end_tok.idx + len(end_tok)
                c.roles.append((self.role_title(noun), org_text, org_cluster, span_start, span_end, 0))
                for child in noun.lefts:
                    other = self.mention_at(child)
                    if other is not None and other.label == "NORP" and other.cluster >= 0:
                        self._affiliate_norp(cluster, other)

    def resolve_nominals(self, nominals: list[_Mention], persons: bool) -> None:
        """Link definite descriptions to an earlier referent: organisations and places first
        (so "the union's chairman" can find the union), role nouns after the appositions."""
        doc = self.doc
        orgs = lexicon.org_nouns()
        specific: dict[tuple[frozenset[int], str], int] = {}
        for nominal in nominals:
            if nominal.cluster >= 0 or (nominal.label == "PERSON") != persons or not nominal.definite:
                continue
            noun = doc[nominal.head]
            lemma = noun.lemma_.lower()
            if nominal.label == "ORG_SPECIFIC":
                # "the Afghan team" again, or after "the six-member Afghan team": same
                # named modifiers and head noun, same organisation.
                named = frozenset(
                    self.find(m.cluster)
                    for i in range(nominal.start, nominal.end)
                    if (m := self.token_mention.get(i)) is not None and m is not nominal and m.cluster >= 0
                )
                key = (named, lemma)
                if key in specific:
                    self.attach(nominal, specific[key])
                    nominal.label = orgs.get(lemma, "ORG")
                    continue
                cluster = self.new_cluster(nominal)
                specific[key] = cluster
                c = self.clusters[cluster]
                nominal.label = "ORG" if orgs.get(lemma) == "ORG" else orgs.get(lemma, "ORG")
                for i in [*range(nominal.start, nominal.head), *range(nominal.head + 1, nominal.end)]:
                    other = self.token_mention.get(i)
                    if other is not None and other.label == "NORP" and other.cluster >= 0:
                        self._affiliate_norp(cluster, other)
                        break
                    if other is not None and other.label == "GPE" and other.cluster >= 0:
                        name = lexicon.country_name(self._text(other.start, other.end))
                        span = (doc[other.start].idx, doc[other.end - 1].idx + len(doc[other.end - 1]))
                        c.affiliations.append(
                            (
                                name or self._text(other.start, other.end),
                                "country" if name else "other",
                                self.find(other.cluster),
                                *span,
                            )
                        )
                        break
                continue
            if nominal.label == "PERSON":
                target = self._resolve_role_noun(nominal, noun)
            else:
                target = self._resolve_org_noun(nominal, lemma, nominal.label or "ORG")
            if target >= 0:
                self.attach(nominal, target)

    def _previous_clusters(self, before: int, max_sentences: int) -> list[tuple[int, int]]:
        """(last mention token, cluster) for clusters mentioned in the ``max_sentences`` sentences
        before token ``before``, most recent first. Walks back from a bisect, so it costs only
        the mentions inside that window."""
        ordered = self._ordered()
        index = bisect_left(self._ordered_starts, before)
        limit = self.sent_of[before] - max_sentences if before < len(self.sent_of) else 0
        out: list[tuple[int, int]] = []
        seen: set[int] = set()
        for k in range(index - 1, -1, -1):  # no ``ordered[:index]`` copy: that is O(n) per call
            m = ordered[k]
            if self.sent_of[m.start] < limit:
                break
            if m.cluster < 0:
                continue
            c = self.find(m.cluster)
            if c not in seen:
                seen.add(c)
                out.append((m.start, c))
        return out

    def _ordered(self) -> list[_Mention]:
        if len(self._ordered_cache) != len(self.mentions):
            self._ordered_cache = sorted(self.mentions, key=lambda m: m.start)
            self._ordered_starts = [m.start for m in self._ordered_cache]
        return self._ordered_cache

    def _resolve_role_noun(self, nominal: _Mention, noun: Token) -> int:
        """ "the minister" -> the most recent person holding a matching title (same org if
        given; same party if the description names one: "the Democratic nominee")."""
        title = noun.lemma_.lower()
        _, org_cluster = self.org_of(noun)
        parties = {
            _party_key(self._text(m.start, m.end))
            for i in range(nominal.start, nominal.head)
            if (m := self.token_mention.get(i)) is not None and m is not nominal and m.label == "NORP"
        }
        for _, cluster in self._previous_clusters(nominal.start, 40):
            if parties and not parties & {_party_key(a[0]) for a in self.clusters[cluster].affiliations}:
                continue
            for role in self.clusters[cluster].roles:
                words = role[0].lower().split()
                if title not in words and noun.lower_ not in words:
                    continue
                if org_cluster >= 0 and role[2] >= 0 and self.find(role[2]) != org_cluster:
                    continue
                return cluster
        return -1

    def _resolve_org_noun(self, nominal: _Mention, lemma: str, label: str) -> int:
        """ "the ministry" -> the most recent organisation whose name has that word; "the
        country" -> the most recent country."""
        pattern = re.compile(rf"\b{re.escape(lemma)}\b")
        for _, cluster in self._previous_clusters(nominal.start, 25):
            c = self.clusters[cluster]
            labels = self.labels(cluster)
            if not labels or self.is_person(cluster):
                continue
            top = labels.most_common(1)[0][0]
            place_noun = label in {"GPE", "LOC"}
            if place_noun != (top in {"GPE", "LOC"}):
                continue  # "the state" is not the Islamic State; "the union" is not a country
            if any(pattern.search(n) for n in self._lower_names(cluster)):
                return cluster
            if label == "GPE" and lemma in {"country", "nation"} and top == "GPE" and self._is_country(c):
                return cluster
        return -1

    def _lower_names(self, cluster: int) -> set[str]:
        """The distinct lower-cased texts of ``cluster``'s name and nominal mentions.

        Kept up to date as the cluster grows (mentions are only ever appended), so a
        long article that names one ministry hundreds of times reads each mention
        once, not once per "the ministry" that looks the cluster up.
        """
        mentions = self.clusters[cluster].mentions
        seen, names = self._names_of.setdefault(cluster, (0, set()))
        if seen < len(mentions):
            names.update(self._text(m.start, m.end).lower() for m in mentions[seen:] if m.kind != "pronoun")
            self._names_of[cluster] = (len(mentions), names)
        return names

    def _is_country(self, c: _Cluster) -> bool:
        return any(lexicon.country_name(self._text(m.start, m.end)) for m in c.mentions if m.kind == "name")

    # -- 5. affiliations from "X, from the Y Party" ----------------------------------
    def from_party(self) -> None:
        """ "Donald Trump, from the Republican Party", "Jane Roe of the Green Party" -> party;
        "Ann Chiang of the DAB", "X, from Oxfam" -> organization (for people only)."""
        doc = self.doc
        for mention in [m for m in self.mentions if m.kind == "name" and m.cluster >= 0]:
            i = mention.end
            if i < len(doc) and doc[i].text == ",":
                i += 1
            if i >= len(doc) or doc[i].lower_ not in {"from", "of"}:
                continue
            j = i + 1
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
            other = self.token_mention.get(j) if j < len(doc) else None
            if (
                other is None
                or other.kind != "name"
                or other.cluster < 0
                or other.label not in {"ORG", "NORP"}
            ):
                continue
            text = self._text(other.start, other.end)
            kind = (
                "party"
                if _PARTY_MARK.search(text) or text.lower() in lexicon.party_words()
                else "organization"
            )
            if kind == "organization" and not self.is_person(mention.cluster):
                continue
            cluster = self.find(mention.cluster)
            span_end = doc[other.end - 1].idx + len(doc[other.end - 1])
            self.clusters[cluster].affiliations.append(
                (text, kind, self.find(other.cluster), doc[mention.start].idx, span_end)
            )

    # -- 6. pronouns: the rules pick, the learned resolver decides whether to trust it ---
    def pronouns(self) -> None:
        """Link he/she/it/they: the rules choose the antecedent, the resolver model keeps
        the link only when its calibrated probability of being right reaches the threshold.

        Why stacked: a model that re-ranked every candidate on its own was worse than the
        rules at every threshold once it met the pipeline's own mentions (docs/entities.md).
        Here the rules' choice, their margin and the rule that fired are features, so the
        model can only keep or drop the rules' link and mainly learns *when to trust* it.
        The rules run exactly as before (each link they make is seen by the later pronouns,
        as before); the dropped links are undone afterwards. Below the threshold the pronoun
        stays unresolved: a wrong named referent, and so a wrong named speaker, is worse
        than none. Without a shipped model the rules' links stand."""
        saved = [(Counter(c.votes), c.person_cue) for c in self.clusters]
        picks = self._rule_links()
        if not picks:
            return
        model = self.model or (load_model() if self.collector is None else None)
        if self.collector is None and model is None:
            return
        ctx = self._resolver_context()
        rows = [self._pick_row(tok, pick, ctx) for tok, pick in picks]
        if self.collector is not None:
            self._collect(picks, rows)
            return
        assert model is not None
        probabilities = model.probabilities(np.asarray(rows, dtype=np.float64)).tolist()
        for c, (votes, cue) in zip(self.clusters, saved, strict=False):
            c.votes, c.person_cue = votes, cue
        dropped: set[int] = set()
        for (tok, pick), p in zip(picks, probabilities, strict=True):
            mention = self._pronoun_at[tok.i]
            if p >= model.threshold:
                self.judged[tok.i] = (pick.cluster, p)
                self._gender_vote(tok, pick.cluster)
                continue
            self.judged[tok.i] = (-1, p)
            dropped.add(id(mention))
            del self._pronoun_at[tok.i]
            self.clusters[self.find(mention.cluster)].mentions.remove(mention)
            mention.cluster = -1
        if dropped:
            self.mentions = [m for m in self.mentions if id(m) not in dropped]

    def _gender_vote(self, tok: Token, cluster: int) -> None:
        """A he/she linked to a cluster is a vote for its gender and marks it a person."""
        lower = tok.lower_
        if lower in _MASC or lower in _FEM:
            c = self.clusters[self.find(cluster)]
            c.votes["m" if lower in _MASC else "f"] += 1
            c.person_cue = True

    def _rule_links(self) -> list[tuple[Token, _RulePick]]:
        """The hand rules' pronoun links, made in text order (each one visible to the next
        pronoun), with what the rules knew when they made it."""
        doc = self.doc
        # Candidate mentions in token order, with their positions for window look-ups.
        ordered = sorted((m for m in self.mentions if m.cluster >= 0), key=lambda m: m.start)
        starts = [m.start for m in ordered]
        new: list[_Mention] = []
        quoted = self._quoted_tokens()
        quote_start = list(range(len(doc)))  # first token of the quote each quoted token is in
        speakers: dict[int, int] = {}  # quote start -> speaker cluster, found once per quote
        for i in range(1, len(doc)):
            if quoted[i] and quoted[i - 1]:
                quote_start[i] = quote_start[i - 1]
        picks: list[tuple[Token, _RulePick]] = []
        for tok in doc_index(doc).tokens[self.first :]:
            lower = tok.lower_
            if tok.pos_ != "PRON" and tok.tag_ not in {"PRP", "PRP$"}:
                continue
            if _pronoun_family(lower) is None or (lower == "it" and tok.dep_ == "expl"):
                continue
            sent = self.sent_of[tok.i]
            window = _WINDOW_PERSONAL if lower in _MASC or lower in _FEM else _WINDOW_OTHER
            window_start = self.sent_starts[max(0, sent - window)]
            lo = bisect_left(starts, window_start)
            hi = bisect_left(starts, tok.i)
            candidates = ordered[lo:hi] + [m for m in new if m.start >= window_start]
            cataphor = self._cataphora_subject(tok)
            if cataphor is not None:
                candidates.append(cataphor)
            speaker = -1
            if quoted[tok.i] and (lower in _MASC or lower in _FEM):
                opening = quote_start[tok.i]
                if opening not in speakers:
                    end = opening
                    while end < len(doc) and quoted[end]:
                        end += 1
                    speakers[opening] = self._speaker_cluster(self._quote_speaker(opening, end, quoted))
                speaker = speakers[opening]
            pick = self._pick_antecedent(tok, candidates, cataphor, speaker)
            if pick is None:
                continue
            mention = _Mention(tok.i, tok.i + 1, "pronoun", None, head=tok.i)
            self.add_mention(mention)
            self._pronoun_at[tok.i] = mention
            self.attach(mention, pick.cluster)
            self._gender_vote(tok, pick.cluster)
            new.append(mention)
            picks.append((tok, pick))
        return picks

    def _speaker_cluster(self, token: int) -> int:
        """The cluster of the mention at ``token`` (a name or a linked pronoun), or -1."""
        if token < 0:
            return -1
        mention = self.token_mention.get(token) or self._pronoun_at.get(token)
        return self.find(mention.cluster) if mention is not None and mention.cluster >= 0 else -1

    def _pick_row(self, tok: Token, pick: _RulePick, ctx: _ResolverContext) -> list[float]:
        """The resolver's feature row for the rules' link of pronoun ``tok``."""
        family = _pronoun_family(tok.lower_) or "it"
        anaphor = self._anaphor_facts(tok, family, ctx)
        m = pick.mention
        flags = PairFlags(
            matrix_subject=pick.rule == "matrix",
            cataphor=pick.rule == "cataphor",
            reflexive_binder=tok.lower_ in _REFLEXIVE and pick.rule == "matrix",
            quote_speaker=ctx.is_speaker(m, ctx.quote_speaker(tok.i)),
            previous_speaker=ctx.is_speaker(m, ctx.previous_speaker(tok.i)),
            nearest_compatible=pick.nearest,
        )
        c = self.clusters[self.find(pick.cluster)]
        gender = "m" if family == "he" else "f" if family == "she" else None
        majority = c.votes.most_common(1)[0][0] if c.votes else None
        rule = RuleFacts(
            rule=pick.rule,
            margin=pick.margin,
            clusters=pick.clusters,
            score=pick.score,
            names=sum(1 for x in c.mentions if x.kind == "name"),
            via_pronoun=m.kind == "pronoun",
            votes_agree=gender is not None and majority == gender,
            votes_clash=gender is not None and majority is not None and majority != gender,
        )
        return pair_row(anaphor, ctx.candidate(m), flags, rule)

    def _collect(self, picks: list[tuple[Token, _RulePick]], rows: list[list[float]]) -> None:
        """Training mode: record each rule link with its row; the links stand (as at
        threshold 0), so later pronouns see what they see at run time before any drop."""
        assert self.collector is not None
        doc = self.doc

        def span(m: _Mention) -> tuple[int, int]:
            return doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])

        for (tok, pick), row in zip(picks, rows, strict=True):
            cluster = self.clusters[self.find(pick.cluster)]
            self.collector.append(
                AnaphorGroup(
                    anaphor=(tok.idx, tok.idx + len(tok)),
                    role=False,
                    candidates=[span(pick.mention)],
                    cluster_spans=[[span(x) for x in cluster.mentions if x.kind != "pronoun"]],
                    rows=[row],
                )
            )

    def _resolver_context(self) -> _ResolverContext:
        return _ResolverContext(self)

    def _grammatical_role(self, tok: Token) -> str:
        dep = tok.head.dep_ if tok.dep_ == "appos" else tok.dep_
        if dep in _SUBJECT_DEPS:
            return "subj"
        if dep in {"dobj", "pobj", "dative", "iobj", "attr", "oprd"}:
            return "obj"
        if dep == "poss":
            return "poss"
        return "other"

    def _anaphor_facts(self, tok: Token, family: str, ctx: _ResolverContext) -> Anaphor:
        gender = "m" if family == "he" else "f" if family == "she" else None
        if family == "role":
            gender = lexicon.gender_words().get(tok.lower_)
        return Anaphor(
            kind=family,
            token=tok.i,
            sentence=self.sent_of[tok.i],
            paragraph=ctx.paragraph(tok.i),
            ordinal=ctx.ordinal_before(tok.i),
            gender=gender,
            role=self._grammatical_role(tok),
            reflexive=tok.lower_ in _REFLEXIVE,
            quoted=ctx.quoted[tok.i],
            speech_subject=tok.dep_ in _SUBJECT_DEPS and tok.head.lemma_.lower() in ctx.speech_verbs,
            unnamed_matrix_subject=family != "role" and self._unnamed_matrix_subject(tok),
        )

    def _quote_speaker(self, start: int, end: int, quoted: list[bool]) -> int:
        """The token naming who speaks the quote at tokens [start, end): the subject of a
        speech verb in the sentence that opens it ("X said, "...) or the one where it
        ends ("..." X said); -1 when none is found."""
        doc = self.doc
        sentences = sorted({self.sent_of[max(start - 1, 0)], self.sent_of[min(end, len(doc) - 1)]})
        for n in sentences:
            first = self.sent_starts[n]
            last = self.sent_starts[n + 1] if n + 1 < len(self.sent_starts) else len(doc)
            for i in range(first, last):
                verb = doc[i]
                if quoted[i] or verb.lemma_.lower() not in _SPEECH_VERBS:
                    continue
                for child in verb.children:
                    if child.dep_ not in _SUBJECT_DEPS:
                        continue
                    if child.i in self.token_mention or child.i in self._pronoun_at:
                        return child.i
                    appos = next((g for g in child.children if g.dep_ == "appos"), None)
                    if appos is not None and appos.i in self.token_mention:
                        return appos.i
        return -1

    def _pick_antecedent(
        self, pron: Token, candidates: list[_Mention], cataphor: _Mention | None = None, speaker: int = -1
    ) -> _RulePick | None:
        """The hand rules' antecedent cluster for ``pron`` (None: no clear one), with the
        facts the resolver model weighs: which rule fired, the winning margin, how many
        referents competed, and whether the winner is the nearest one that agrees."""
        lower = pron.lower_
        personal = lower in _MASC or lower in _FEM
        gender = "m" if lower in _MASC else "f" if lower in _FEM else None
        sent = self.sent_of[pron.i]
        # Syntactic shortcuts: "X said (that) he/it/they ..." -> X; "X turned himself in" -> X.
        matrix = self._reflexive_subject(pron) if lower in _REFLEXIVE else self._matrix_subject(pron)
        if matrix is None and cataphor is None and self._unnamed_matrix_subject(pron):
            return None
        scores: dict[int, float] = {}
        best_mention: dict[int, _Mention] = {}
        nearest: _Mention | None = None  # the latest candidate that passed the agreement checks
        for m in candidates:
            if m.cluster < 0 or (m.start >= pron.i and m is not cataphor):
                continue
            cluster = self.find(m.cluster)
            if cluster == speaker:
                continue
            c = self.clusters[cluster]
            is_person = self.is_person(cluster)
            if personal:
                if not is_person or (c.gender is not None and c.gender != gender):
                    continue
            else:
                labels = self.labels(cluster)
                top = labels.most_common(1)[0][0] if labels else None
                if is_person or top is None:
                    continue
                if lower in _NEUT and top not in {"ORG", "GPE"}:
                    continue
                if lower in _PLUR and (
                    top not in {"ORG", "NORP"} or not (top == "NORP" or self._plural(cluster) or matrix is m)
                ):
                    continue
            if lower in _PLUR and self.doc[m.head].dep_ in {"amod", "compound", "nmod"}:
                continue  # "Syrian" in "the Syrian team" is not a group "they" can point to
            # Binding: a plain object pronoun is not its own clause's subject.
            if (
                lower not in _REFLEXIVE
                and not (pron.dep_ == "poss" or pron.tag_ == "PRP$")  # "her" as object binds, as owner not
                and pron.dep_ not in _SUBJECT_DEPS
                and self.doc[m.head].dep_ in _SUBJECT_DEPS
                and self.doc[m.head].head.i == pron.head.i
            ):
                continue
            if m is not cataphor and (nearest is None or m.start > nearest.start):
                nearest = m
            distance = sent - self.sent_of[m.start]
            score = -1.5 * distance + 0.001 * m.start
            if self._is_subject(m):
                score += 1.0
            if c.gender is not None and personal:
                score += 0.5
            elif personal and c.votes:
                majority = c.votes.most_common(1)[0][0]
                score += 0.5 if majority == gender else -2.0
            if (matrix is not None and matrix is m) or m is cataphor:
                score += 3.0
            if m.kind == "pronoun":
                score += 0.2
            if score > scores.get(cluster, -1e9):
                scores[cluster] = score
                best_mention[cluster] = m
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        best, best_score = ranked[0]
        if not personal:
            # "it"/"its"/"they" are often about things or unnamed groups: only take a clear winner.
            if lower == "it" and (matrix is None or self.find(matrix.cluster) != best):
                return None
            if len(ranked) > 1 and best_score - ranked[1][1] < 1.0:
                return None
        winner = best_mention[best]
        rule = "matrix" if winner is matrix else "cataphor" if winner is cataphor else "score"
        return _RulePick(
            cluster=best,
            mention=winner,
            rule=rule,
            margin=best_score - ranked[1][1] if len(ranked) > 1 else _NO_RIVAL_MARGIN,
            clusters=len(ranked),
            score=best_score - 0.001 * winner.start,
            nearest=nearest is not None and self.find(nearest.cluster) == best,
        )

    def _cataphora_subject(self, pron: Token) -> _Mention | None:
        """ "When she arrived, Merkel said ...": a pronoun in a fronted adverbial clause may
        point forward to the main clause's named subject (the only cataphora we allow)."""
        clause = pron.head
        for _ in range(6):
            if clause.dep_ == "advcl" and clause.i < clause.head.i:
                main = clause.head
                subject = next((c for c in main.children if c.dep_ in _SUBJECT_DEPS and c.i > pron.i), None)
                if subject is None:
                    return None
                mention = self.token_mention.get(subject.i)
                return mention if mention is not None and mention.kind == "name" else None
            if clause.head is clause:
                return None
            clause = clause.head
        return None

    def _reflexive_subject(self, pron: Token) -> _Mention | None:
        """The subject a reflexive is bound to: its verb's, or the first conjunct's."""
        verb = pron.head
        for _ in range(4):
            subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < pron.i), None)
            if subject is not None:
                return self.token_mention.get(subject.i) or self._pronoun_at.get(subject.i)
            if verb.dep_ not in {"conj", "xcomp", "advcl"} or verb.head is verb:
                break
            verb = verb.head
        return None

    def _is_subject(self, m: _Mention) -> bool:
        """The mention is a clause subject, or in apposition to one ("His father, X, said")."""
        head = self.doc[m.head]
        return head.dep_ in _SUBJECT_DEPS or (head.dep_ == "appos" and head.head.dep_ in _SUBJECT_DEPS)

    def _plural(self, cluster: int) -> bool:
        """Named by a plural noun somewhere ("the Republicans", "the police unions"), or the
        subject of a plural verb ("the Taliban have said")."""
        for m in self.clusters[self.find(cluster)].mentions:
            if m.kind == "pronoun":
                continue
            head = self.doc[m.head]
            if head.tag_ in _PLURAL_TAGS:
                return True
            if head.dep_ in _SUBJECT_DEPS:
                verb = head.head
                if verb.tag_ == "VBP" or any(
                    c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBP" for c in verb.children
                ):
                    return True
                if verb.lower_ in {"are", "were"}:
                    return True
        return False

    def _unnamed_matrix_subject(self, pron: Token) -> bool:
        """ "Officials said they ...": the reporting verb's subject is a common noun that is
        no mention, so the pronoun most likely means that unnamed group or person."""
        if pron.dep_ not in _SUBJECT_DEPS or pron.head.dep_ != "ccomp":
            return False
        upper = pron.head.head
        subject = next((c for c in upper.children if c.dep_ in _SUBJECT_DEPS and c.i < pron.i), None)
        if subject is None or subject.pos_ != "NOUN":
            return False
        if self.token_mention.get(subject.i) is not None:
            return False
        return not any(g.dep_ == "appos" and g.i in self.token_mention for g in subject.children)

    def _matrix_subject(self, pron: Token) -> _Mention | None:
        """For a subject pronoun of a reported clause, the reporting verb's subject mention."""
        if pron.dep_ not in _SUBJECT_DEPS:
            return None
        verb = pron.head
        if verb.dep_ not in {"ccomp", "advcl", "conj", "xcomp"}:
            return None
        upper = verb.head
        for child in upper.children:
            if child.dep_ in _SUBJECT_DEPS and child.i < pron.i:
                mention = self.token_mention.get(child.i)
                if mention is None:
                    appos = next((g for g in child.children if g.dep_ == "appos"), None)
                    mention = self.token_mention.get(appos.i) if appos is not None else None
                if mention is None:
                    mention = self._pronoun_at.get(child.i)
                return mention
        return None

    def _quoted_tokens(self) -> list[bool]:
        """Which tokens sit inside quotation marks (straight quotes toggle, curly ones open and
        close; a paragraph break closes any open quote). Computed once per document: the
        pronoun rules, the resolver's features and the predicate roles all read it."""
        if self._quoted is not None:
            return self._quoted
        doc = self.doc
        inside = [False] * len(doc)
        marks: list[tuple[int, bool]] = []  # (char offset, inside after it)
        state = False
        for match in _QUOTE_MARK.finditer(self.text):
            char = match.group()
            state = (not state) if char == '"' else char == "“"
            marks.append((match.start(), state))
        if marks:
            offsets = [offset for offset, _ in marks]
            for tok in doc_index(doc).tokens:
                k = bisect_left(offsets, tok.idx) - 1
                inside[tok.i] = k >= 0 and marks[k][1]
        self._quoted = inside
        return inside

    def predicate_roles(self) -> None:
        """ "He served as U.S. president", "Sorvik became minister", "X was elected president".
        Not inside quotes: "Obama is the founder of ISIS" in a quote is a claim, not a title."""
        doc = self.doc
        quoted = self._quoted_tokens()
        roles = lexicon.person_roles()
        for tok in doc[self.first :]:
            if (
                tok.pos_ not in {"NOUN", "PROPN"}
                or tok.lemma_.lower() not in roles
                or tok.tag_ in _PLURAL_TAGS
                or quoted[tok.i]
            ):
                continue
            verb: Token | None = None
            if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_ in _AS_VERBS:
                verb = tok.head.head
            elif tok.dep_ in {"attr", "oprd"} and tok.head.lemma_ in _COPULAS and tok.head.tag_ != "VBG":
                verb = tok.head
            if verb is None:
                continue
            subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
            if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
                subject = verb.head  # "Jonas Berg, who is the chairman of ..."
            if subject is None:
                continue
            mention = self.token_mention.get(subject.i) or self._pronoun_at.get(subject.i)
            if mention is None or mention.cluster < 0 or not self.is_person(mention.cluster):
                continue
            if any(c.lower_ in {"not", "never"} for c in verb.children):
                continue
            org_text, org_cluster = self.org_of(tok)
            nominal = self.token_mention.get(tok.i)
            if (
                nominal is not None
                and nominal.kind == "nominal"
                and nominal.cluster < 0
                and tok.dep_ == "attr"
            ):
                self.attach(nominal, mention.cluster)  # "X is the chairman": the description is X
            left = min((c.left_edge.i for c in tok.lefts), default=tok.i)
            right = tok.right_edge if org_cluster >= 0 else tok
            start, end = doc[left].idx, right.idx + len(right)
            self.clusters[self.find(mention.cluster)].roles.append(
                (self.role_title(tok), org_text, org_cluster, start, end, 0)
            )

    # -- 7. records ------------------------------------------------------------------
    def entities(self) -> list[Entity]:
        doc = self.doc
        live = [
            (i, c)
            for i, c in enumerate(self.clusters)
            if c.merged_into < 0 and any(m.kind == "name" or m.kind == "nominal" for m in c.mentions)
        ]
        live.sort(key=lambda ic: min(m.start for m in ic[1].mentions))
        ids = {index: f"e{n + 1}" for n, (index, _) in enumerate(live)}
        for token, (cluster, probability) in self.judged.items():
            start, end = doc[token].idx, doc[token].idx + len(doc[token])
            linked_id = ids.get(self.find(cluster)) if cluster >= 0 else None
            self.judgements[(start, end)] = (linked_id, probability)
        types = {index: self._type(index) for index, _ in live}
        names = {index: self._name(c) for index, c in live}
        country_ids: dict[str, str] = {}
        for index, _ in live:
            if types[index] == "GPE":
                country = lexicon.country_name(names[index])
                if country is not None:
                    country_ids.setdefault(country, ids[index])
        out: list[Entity] = []
        for index, c in live:
            mentions = []
            seen: set[tuple[int, int]] = set()
            for m in sorted(c.mentions, key=lambda m: (m.start, m.end)):
                start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
                if (start, end) in seen:
                    continue
                seen.add((start, end))
                judged = self.judged.get(m.start) if m.kind == "pronoun" else None
                mentions.append(
                    Mention(
                        start=start,
                        end=end,
                        text=self.text[start:end],
                        kind=m.kind,
                        confidence=round(judged[1], 3) if judged is not None and judged[0] >= 0 else None,
                    )
                )
            roles: list[Role] = []
            seen_roles: set[tuple[str, int]] = set()
            with_org = {title.lower() for title, org_text, *_ in c.roles if org_text}
            for title, org_text, org_cluster, s, e, _ in c.roles:
                key = (title.lower(), s)
                if key in seen_roles or (org_text is None and title.lower() in with_org):
                    continue
                if org_text is None and any(
                    r.title.lower() == title.lower() and r.org is None for r in roles
                ):
                    continue
                seen_roles.add(key)
                org_id = ids.get(self.find(org_cluster)) if org_cluster >= 0 else None
                org_name = names.get(self.find(org_cluster)) if org_cluster >= 0 else None
                roles.append(
                    Role(
                        title=title,
                        org=org_name or org_text,
                        org_entity=org_id,
                        span=Span(start=s, end=e, text=self.text[s:e]),
                    )
                )
            affiliations = []
            seen_aff: set[tuple[str, str]] = set()
            for name, kind, target, s, e in c.affiliations:
                entity_id: str | None
                if target == -2:
                    entity_id = country_ids.get(name)
                else:
                    entity_id = ids.get(self.find(target)) if target >= 0 else None
                if entity_id == ids[index] or (name.lower(), kind) in seen_aff:
                    continue
                seen_aff.add((name.lower(), kind))
                affiliations.append(
                    Affiliation(
                        name=name, kind=kind, entity=entity_id, span=Span(start=s, end=e, text=self.text[s:e])
                    )
                )
            if types[index] == "NORP" and not affiliations:
                place = lexicon.demonym_place(names[index])
                first = min(c.mentions, key=lambda m: m.start)
                s, e = doc[first.start].idx, doc[first.end - 1].idx + len(doc[first.end - 1])
                if place is not None:
                    affiliations.append(
                        Affiliation(
                            name=place,
                            kind="country",
                            entity=country_ids.get(place),
                            span=Span(start=s, end=e, text=self.text[s:e]),
                        )
                    )
            out.append(
                Entity(
                    id=ids[index],
                    name=names[index],
                    type=types[index],
                    mentions=mentions,
                    roles=roles,
                    affiliations=affiliations,
                )
            )
        return out

    def _type(self, index: int) -> str:
        """A cluster's type from all its evidence: a person cue outweighs per-span labels."""
        c = self.clusters[index]
        if c.person_cue or c.gender is not None or c.votes:
            return "PERSON"
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
            lexicon.country_name(self._text(m.start, m.end)) for m in c.mentions if m.kind == "name"
        ):
            return "GPE"
        if top in {"LOC", "GPE", "FAC"} and any(self._has_members(m) for m in c.mentions if m.kind == "name"):
            return "ORG"  # "a member of Scientology": places have no members
        return top

    def _has_members(self, m: _Mention) -> bool:
        """The name is what someone is a member or founder of ("members of X", "X members")."""
        head = self.doc[m.head]
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            owner = head.head.head
        elif head.dep_ == "compound":
            owner = head.head
        else:
            return False
        return owner.pos_ == "NOUN" and owner.lemma_.lower() in _MEMBER_NOUNS

    def _name(self, c: _Cluster) -> str:
        """The best, longest proper name: most words, mixed case over ALL CAPS, earliest."""
        names = [m for m in c.mentions if m.kind == "name"]
        pool = names or [m for m in c.mentions if m.kind == "nominal"]
        best = max(
            pool,
            key=lambda m: (
                len(self.name_words(m)) if m.kind == "name" else 0,
                not self._text(m.start, m.end).isupper(),
                -m.start,
            ),
        )
        text = self._text(best.start, best.end)
        if best.kind == "nominal":
            words = text.split()
            if words and words[0].lower() in _DEFINITE:
                text = " ".join(words[1:])
        if text.isupper() and len(text) > 4:
            text = text.title()
        return _PUNCT_EDGE.sub("", text) or text


class _ResolverContext:
    """Per-document facts the resolver's features read, computed once per batch:
    quotes and their speakers, paragraphs and their opening subjects, and per-cluster
    type, gender, number and salience."""

    def __init__(self, builder: _Builder) -> None:
        self.b = builder
        doc = builder.doc
        self.speech_verbs = _SPEECH_VERBS | lexicon.speech_verbs()
        self.static = sorted(
            (m for m in builder.mentions if m.kind != "pronoun" and m.cluster >= 0), key=lambda m: m.start
        )
        everything = sorted([m.start for m in self.static] + list(builder._pronoun_at))
        self._ordinal_starts = everything
        self.quoted = builder._quoted_tokens()
        # Quotes as token runs, with the token naming their speaker.
        self.quotes: list[tuple[int, int, int]] = []
        i, n = 0, len(doc)
        while i < n:
            if not self.quoted[i]:
                i += 1
                continue
            j = i
            while j < n and self.quoted[j]:
                j += 1
            self.quotes.append((i, j, builder._quote_speaker(i, j, self.quoted)))
            i = j
        self._quote_ends = [q[1] for q in self.quotes]
        self._quote_starts = [q[0] for q in self.quotes]
        # Paragraphs: a line break starts one.
        self._breaks = [match.end() for match in _PARAGRAPH_BREAK.finditer(builder.text)]
        self.topics: dict[int, int] = {}  # paragraph -> cluster of its first subject name/description
        for m in self.static:
            para = self.paragraph(m.start)
            if para not in self.topics and builder._is_subject(m):
                self.topics[para] = builder.cluster_of(m)
        self._sentence_first: dict[int, int] = {}
        for m in self.static:
            self._sentence_first.setdefault(builder.sent_of[m.start], m.start)
        self._clusters: dict[int, tuple[str, str | None, bool, int, int]] = {}
        self._candidates: dict[int, Candidate] = {}

    def paragraph(self, token: int) -> int:
        return bisect_right(self._breaks, self.b.doc[token].idx)

    def ordinal_before(self, token: int) -> int:
        return bisect_left(self._ordinal_starts, token)

    def quote_speaker(self, token: int) -> int:
        """The speaker token of the quote ``token`` is inside, or -1."""
        if not self.quoted[token]:
            return -1
        k = bisect_right(self._quote_starts, token) - 1
        return self.quotes[k][2] if k >= 0 else -1

    def previous_speaker(self, token: int) -> int:
        """The speaker token of the last quote that ended before ``token`` and is not
        attributed to ``token`` itself ('"...," she added': the quote before that one), or -1."""
        k = bisect_right(self._quote_ends, token) - 1
        while k >= 0:
            if self.quotes[k][1] <= token and self.quotes[k][2] >= 0 and self.quotes[k][2] != token:
                return self.quotes[k][2]
            k -= 1
        return -1

    def is_speaker(self, m: _Mention, speaker: int) -> bool:
        """Whether mention ``m`` stands for the speaker named at token ``speaker``."""
        if speaker < 0:
            return False
        if m.kind == "pronoun" and m.start == speaker:
            return True
        # a name, or an earlier pronoun the rules linked ("she said" two quotes back)
        other = self.b.token_mention.get(speaker) or self.b._pronoun_at.get(speaker)
        if other is None or other.cluster < 0 or m.cluster < 0:
            return False
        return self.b.cluster_of(other) == self.b.cluster_of(m)

    def _cluster_facts(self, cluster: int) -> tuple[str, str | None, bool, int, int]:
        facts = self._clusters.get(cluster)
        if facts is None:
            b = self.b
            c = b.clusters[cluster]
            kind = _RESOLVER_TYPES.get(b._type(cluster), "OTHER")
            named = [m for m in c.mentions if m.kind != "pronoun"]
            subjects = sum(1 for m in named if b._is_subject(m))
            facts = (kind, c.gender, b._plural(cluster), len(named), subjects)
            self._clusters[cluster] = facts
        return facts

    def candidate(self, m: _Mention) -> Candidate:
        """What the resolver knows about mention ``m`` as an antecedent (cached)."""
        found = self._candidates.get(id(m))
        if found is not None:
            return found
        b = self.b
        head = b.doc[m.head]
        sentence = b.sent_of[m.start]
        para = self.paragraph(m.start)
        speech = head.dep_ in _SUBJECT_DEPS and head.head.lemma_.lower() in self.speech_verbs
        if m.kind == "pronoun":
            family = _pronoun_family(head.lower_)
            kind, gender, plural, size, subjects = (
                "UNKNOWN",
                "m" if family == "he" else "f" if family == "she" else None,
                family == "they",
                1,
                int(head.dep_ in _SUBJECT_DEPS),
            )
            cluster = -1
        else:
            cluster = b.cluster_of(m)
            kind, gender, plural, size, subjects = self._cluster_facts(cluster)
        found = Candidate(
            kind=m.kind,
            token=m.head,
            sentence=sentence,
            paragraph=para,
            ordinal=self.ordinal_before(m.start),
            entity_type=kind,
            gender=gender,
            plural=plural,
            role=b._grammatical_role(head),
            quoted=self.quoted[m.head],
            speech_subject=speech,
            inverted_speaker=speech and head.i > head.head.i,
            first_in_sentence=self._sentence_first.get(sentence) == m.start,
            cluster_size=size,
            cluster_subjects=subjects,
            topic_here=cluster >= 0 and self.topics.get(para) == cluster,
            topic_previous=cluster >= 0 and self.topics.get(para - 1) == cluster,
        )
        self._candidates[id(m)] = found
        return found


_RESOLVER_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "NORP",
}
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
#: The characters that open, close or toggle a quotation (a line break closes one).
_QUOTE_MARK = re.compile("[\n\"“”]")


def _pronoun_family(lower: str) -> str | None:
    """ "he", "she", "it" or "they" for a third-person pronoun form, else None."""
    if lower in _MASC:
        return "he"
    if lower in _FEM:
        return "she"
    if lower in _NEUT:
        return "it"
    if lower in _PLUR:
        return "they"
    return None


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion or substitution apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def _misspelt(word: str, by_surname: dict[str, list[int]]) -> int | None:
    """The one person whose surname ``word`` misspells by a letter ("Mauer" for "Maurer",
    "Bauchtman" for "Buchtmann" is two and too far), or None when none or several."""
    if len(word) < 5:
        return None
    found = {
        clusters[0] for key, clusters in by_surname.items() if key[:1] == word[:1] and _one_edit(word, key)
    }
    return found.pop() if len(found) == 1 else None


def _party_key(name: str) -> str:
    """ "Democrat", "Democratic", "the Democratic Party" -> "democ": one key per party word."""
    words = [w for w in name.lower().split() if w not in {"the", "party"}]
    return words[0][:5] if words else ""


def build_entities(
    doc: Doc, collector: list[AnaphorGroup] | None = None, model: ResolverModel | None = None
) -> list[Entity]:
    """All entities of ``doc`` (empty for an empty or unparsed document).

    With ``collector`` (training), every pronoun and role noun the resolver would judge
    is appended to it with its candidates' feature rows, and none is linked. ``model``
    replaces the shipped resolver model (training uses it to choose the threshold)."""
    if len(doc) == 0:
        return []
    builder = _Builder(doc, collector, model)
    builder.named_mentions()
    builder.titled_names()
    builder.given_names()
    builder.cluster_names()
    builder.titles()
    nominals = builder.nominals()
    builder.resolve_nominals(nominals, persons=False)
    builder.appositions(nominals)
    builder.resolve_nominals(nominals, persons=True)
    builder.from_party()
    builder.pronouns()
    builder.predicate_roles()
    entities = builder.entities()
    doc.user_data[JUDGED_KEY] = builder.judgements
    return entities
