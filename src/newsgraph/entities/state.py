"""Step 0 of the entities stage: the per-document state every later step reads and grows.

Mentions are kept by token index (``MentionDraft``), grouped into ``Cluster``s that a
union-find merges; each step adds mentions, attaches them to clusters, or records a
role or affiliation on a cluster. Only ``records`` turns the state into the public
``Entity`` records, so no step has to keep character offsets consistent.

The look-ups shared by several steps live here too: the mention covering a token,
whether a cluster is a person, its labels and lower-cased names, the clusters
mentioned in the last few sentences, and which tokens sit inside quotation marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.constants import SUBJECT_DEPS
from newsgraph.dateline import dateline_token_end
from newsgraph.docindex import doc_index
from newsgraph.entities import lexicon
from newsgraph.entities.vocabulary import EntityVocabulary, vocabulary

#: A role read for a cluster: title, organisation text, organisation cluster (-1 for none),
#: start and end character of the evidence, and an unused slot kept for the record order.
RoleDraft = tuple[str, str | None, int, int, int, int]
#: An affiliation: name, kind, cluster of the organisation/place (-1 none, -2 "the country
#: entity of that name, looked up when the records are made"), start and end character.
AffiliationDraft = tuple[str, str, int, int, int]

#: A possessive or party word ends in one of these ("Democratic Party", "the parties").
PARTY_MARK = re.compile(r"\bpart(?:y|ies)\b", re.IGNORECASE)

_NAME_SPLIT = re.compile(r"[\s’'\-]+")

#: What opens, closes or breaks a quotation for ``quoted_tokens``.
_QUOTE_MARK_OR_BREAK = re.compile("[\n\"“”]")


@dataclass
class MentionDraft:
    """A mention while the stage runs: token offsets, not characters."""

    start: int  # token index
    end: int  # token index, exclusive
    kind: str  # name | nominal | pronoun
    label: str | None = None
    cluster: int = -1
    head: int = -1  # token index of the head
    definite: bool = True  # a bare appositive ("X, spokesperson for Y") links only through its apposition


@dataclass
class Cluster:
    """One referent while the stage runs; ``merged_into`` >= 0 once another cluster absorbed it."""

    mentions: list[MentionDraft] = field(default_factory=list)
    gender: str | None = None  # from a given name, honorific or gendered noun: a hard constraint
    votes: Counter[str] = field(default_factory=Counter)  # he/she already linked: a soft preference
    person_cue: bool = False
    roles: list[RoleDraft] = field(default_factory=list)
    affiliations: list[AffiliationDraft] = field(default_factory=list)
    merged_into: int = -1
    #: a group named by a plural common noun ("officials", "the two companies"): a referent
    #: only a "they" may mean, and an entity only once one does (``groups``)
    group: bool = False


class EntityState:
    """Mentions, clusters and the shared look-ups of one document; one per ``build_entities`` call."""

    def __init__(self, doc: Doc) -> None:
        index = doc_index(doc)
        self.index = index
        self.doc = doc
        self.tokens: list[Token] = index.tokens  # indexing a Doc makes a new Token each time
        self.text = index.text
        self.words: EntityVocabulary = vocabulary()  # the rule word lists, fetched once per document
        self.first = dateline_token_end(doc)
        self.clusters: list[Cluster] = []
        self.mentions: list[MentionDraft] = []
        self.token_mention: dict[int, MentionDraft] = {}  # every token of a name/nominal mention -> it
        self.pronoun_at: dict[int, MentionDraft] = {}
        #: group mentions (``groups``) in text order, and by head token: kept apart from
        #: ``mentions`` so that no other step (names, role nouns, he/she, the resolver's
        #: facts about the passage) sees them; only "they" does
        self.groups: list[MentionDraft] = []
        self.group_at: dict[int, MentionDraft] = {}
        #: pronoun token -> (cluster the resolver kept it linked to, or -1 when it dropped
        #: the rules' link; the link's probability), filled by ``confidence``
        self.judged: dict[int, tuple[int, float]] = {}
        #: the same by character span and entity id, made with the records
        self.judgements: dict[tuple[int, int], tuple[str | None, float]] = {}
        #: name mention start -> "m"/"f", read from the he/she pronouns that made an untagged
        #: or mislabelled word a person (``referred``); given to its cluster once clustered
        self.referred_gender: dict[int, str] = {}
        #: one-word names the text sets before a kind of body ("the Chega party"): an
        #: organisation wherever the tagger calls the word alone a person (``untagged``)
        self.body_names: set[str] = set()
        #: (kind of body, country) -> its cluster: "the foreign ministry" of the one country
        #: named so far, or of the country an "its" stands for (``nominals``)
        self.national_bodies: dict[tuple[str, str], int] = {}
        #: the nouns that name people, and those long enough to end a compound ("dockworker"),
        #: made on first use (``groups.names_people``)
        self.people_nouns: tuple[frozenset[str], frozenset[str]] | None = None
        self._ordered_cache: list[MentionDraft] = []
        self._ordered_starts: list[int] = []
        self._lower: frozenset[str] | None = None
        self._quoted: list[bool] | None = None
        self._name_words: dict[tuple[int, int], list[str]] = {}  # asked thousands of times a document
        self._names_of: dict[int, tuple[int, set[str]]] = {}  # cluster -> (mentions read, names)
        # Sentence *numbers* per token: the pronoun and role-noun windows count sentences
        # back, which ``DocIndex.sentence_of`` (a Span per call) does not give.
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_starts: list[int] = []
        if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            for n, sent in enumerate(self.index.sentences()):
                self.sent_starts.append(sent.start)
                for i in range(sent.start, sent.end):
                    self.sent_of[i] = n
        else:
            self.sent_starts.append(0)

    def root_before(self, i: int) -> Token | None:
        """The root of the sentence before token ``i``'s, if there is one."""
        sent = self.sent_of[i]
        if sent == 0:
            return None
        previous = self.tokens[self.sent_starts[sent - 1] : self.sent_starts[sent]]
        return next((t for t in previous if t.dep_ == "ROOT"), None)

    def subject_before(self, i: int) -> Token | None:
        """The subject of the main clause of the sentence before token ``i``'s ("A
        spokeswoman said ... . She added", "The union said ... . Its leader"), if any."""
        root = self.root_before(i)
        if root is None:
            return None
        return next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)

    def subject_of_saying(self, i: int) -> bool:
        """Whether token ``i`` is the subject of a verb of saying (``speech_verbs.tsv``, kind
        "report"): "Okoro said", "The company said". One check for every step that lets a
        speaking subject decide what a mention is (``cluster``, ``nominals``)."""
        return (
            self.index.column("dep_")[i] == "nsubj"  # the column first: ``Token.head`` makes a Token
            and self.tokens[i].head.lemma_.lower() in self.words.speech_verbs
        )

    # -- union-find over clusters ------------------------------------------------------
    def find(self, index: int) -> int:
        while self.clusters[index].merged_into >= 0:
            index = self.clusters[index].merged_into
        return index

    def cluster_of(self, mention: MentionDraft) -> int:
        """The live cluster of ``mention``, or -1 when it has none."""
        return self.find(mention.cluster) if mention.cluster >= 0 else -1

    def new_cluster(self, mention: MentionDraft) -> int:
        self.clusters.append(Cluster(mentions=[mention]))
        mention.cluster = len(self.clusters) - 1
        return mention.cluster

    def attach(self, mention: MentionDraft, cluster: int) -> None:
        cluster = self.find(cluster)
        mention.cluster = cluster
        self.clusters[cluster].mentions.append(mention)

    def absorb(self, source: int, target: int) -> None:
        """Merge cluster ``source`` into ``target`` (both live after ``find``): its
        mentions, roles and affiliations move, and ``find(source)`` answers ``target``."""
        source, target = self.find(source), self.find(target)
        if source == target:
            return
        old, new = self.clusters[source], self.clusters[target]
        for mention in old.mentions:
            mention.cluster = target
        new.mentions.extend(old.mentions)
        new.roles.extend(old.roles)
        new.affiliations.extend(old.affiliations)
        new.person_cue = new.person_cue or old.person_cue
        new.gender = new.gender or old.gender
        new.votes.update(old.votes)
        old.mentions, old.roles, old.affiliations = [], [], []
        old.merged_into = target

    # -- mentions ----------------------------------------------------------------------
    def add_mention(self, mention: MentionDraft) -> None:
        self.mentions.append(mention)
        if mention.kind != "pronoun":
            for i in range(mention.start, mention.end):
                self.token_mention.setdefault(i, mention)

    def mention_at(self, token: Token) -> MentionDraft | None:
        return self.token_mention.get(token.i)

    def referring_at(self, i: int, groups: bool = False) -> MentionDraft | None:
        """What token ``i`` refers by: a name or description, else a pronoun the rules
        linked, else (with ``groups``, for a "they") a group named by a plural noun."""
        found = self.token_mention.get(i) or self.pronoun_at.get(i)
        if found is None and groups:
            found = self.group_at.get(i)
        return found

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)``."""
        return self.index.span_text(start, end)

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens ``[start, end)``, without trailing whitespace."""
        last = self.tokens[end - 1]
        return self.tokens[start].idx, last.idx + len(last)

    def name_words(self, mention: MentionDraft) -> list[str]:
        """The lower-cased words of a name, without dots, apostrophes, hyphens or a possessive "s"."""
        key = (mention.start, mention.end)
        words = self._name_words.get(key)
        if words is None:
            text = self.index.span_text(mention.start, mention.end).lower().replace(".", "")
            words = self._name_words[key] = [w for w in _NAME_SPLIT.split(text) if w and w != "s"]
        return words

    def lower_words(self) -> frozenset[str]:
        """Words the article writes in lower case somewhere (built once, on first use)."""
        if self._lower is None:
            # ``Token.is_alpha`` is ``str.isalpha`` of the text: read from the text column.
            texts = self.index.column("text")
            self._lower = frozenset(t for t in texts if t.islower() and t.isalpha())
        return self._lower

    # -- clusters ----------------------------------------------------------------------
    def is_company(self, cluster: int) -> bool:
        """Whether a name of the cluster says it is a company: a legal suffix ("Andes
        Copper Corp", "Nordbank AG") or a kind of company written right before it
        ("terminal operator NordLine"; not before a given name: "camera operator Ann Lee").
        The small tagger's PERSON on another mention ("NordLine said") does not outweigh it."""
        lowers = self.index.column("lower_")
        words = self.words
        for m in self.clusters[self.find(cluster)].mentions:
            if m.kind != "name":
                continue
            if m.end - m.start > 1 and lowers[m.end - 1].rstrip(".") in words.company_suffixes:
                return True
            after_kind = m.start > 0 and lowers[m.start - 1] in words.company_kinds
            if after_kind and lowers[m.start] not in lexicon.first_name_genders():
                return True
        return False

    def is_person(self, cluster: int) -> bool:
        c = self.clusters[self.find(cluster)]
        if c.person_cue or c.gender is not None or c.votes:
            return True
        if self.is_company(cluster):
            return False
        # The most common label of the names, PERSON winning a tie as it does for the
        # record's type (``records.entity_type``: "Natasha" tagged PERSON once and ORG
        # once is a person there, so the he/she filter must not treat it as an
        # organisation; session 12), counted in a plain loop: asked for every candidate of
        # every pronoun, and a Counter per call cost more than the rest of the test.
        counts: dict[str, int] = {}
        for m in c.mentions:
            if m.kind == "name" and m.label:
                counts[m.label] = counts.get(m.label, 0) + 1
        best = max(counts.values(), default=0)
        return best > 0 and counts.get("PERSON", 0) == best

    def labels(self, cluster: int) -> Counter[str]:
        c = self.clusters[self.find(cluster)]
        return Counter(m.label for m in c.mentions if m.label)

    def lower_names(self, cluster: int) -> set[str]:
        """The distinct lower-cased texts of ``cluster``'s name and nominal mentions.

        Kept up to date as the cluster grows (mentions are only ever appended), so a
        long article that names one ministry hundreds of times reads each mention
        once, not once per "the ministry" that looks the cluster up.
        """
        mentions = self.clusters[cluster].mentions
        seen, names = self._names_of.setdefault(cluster, (0, set()))
        if seen < len(mentions):
            names.update(
                self.span_text(m.start, m.end).lower() for m in mentions[seen:] if m.kind != "pronoun"
            )
            self._names_of[cluster] = (len(mentions), names)
        return names

    def previous_clusters(self, before: int, max_sentences: int) -> list[tuple[int, int]]:
        """(first mention token, cluster) for clusters mentioned in the ``max_sentences``
        sentences before token ``before``, most recent first. Walks back from a bisect, so it
        costs only the mentions inside that window."""
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

    def _ordered(self) -> list[MentionDraft]:
        if len(self._ordered_cache) != len(self.mentions):
            self._ordered_cache = sorted(self.mentions, key=lambda m: m.start)
            self._ordered_starts = [m.start for m in self._ordered_cache]
        return self._ordered_cache

    # -- quotation marks ---------------------------------------------------------------
    def quoted_tokens(self) -> list[bool]:
        """Which tokens sit inside quotation marks (straight quotes toggle, curly ones open and
        close; a paragraph break closes any open quote). One pass over the text, made once."""
        if self._quoted is not None:
            return self._quoted
        inside = [False] * len(self.doc)
        state = False
        marks: list[tuple[int, bool]] = []  # (char offset, inside after it)
        for match in _QUOTE_MARK_OR_BREAK.finditer(self.text):  # the marks only, not every character
            char = match.group()
            if char == "\n":
                state = False
            elif char == '"':
                state = not state
            else:
                state = char == "“"  # an opening curly quote; a closing one ends the quote
            marks.append((match.start(), state))
        position = 0
        state = False
        for tok in self.tokens:
            while position < len(marks) and marks[position][0] < tok.idx:
                state = marks[position][1]
                position += 1
            inside[tok.i] = state
        self._quoted = inside
        return inside
