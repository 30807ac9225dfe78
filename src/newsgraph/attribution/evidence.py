"""What the stage knows about how it found each attribution, as the features of its confidence.

``newsgraph.confidence`` turns these numbers into a calibrated probability; the names
are its ``QUOTE_FEATURES``. Everything is read off the finished draft and the parse
the steps already made (the source word's part of speech, the cue's lemma and its kind
in ``speech_verbs.tsv``, the resolver's probability, the sentence the content starts
in), never by parsing again. No word of the evaluation data is a feature: only these
grammatical facts, each with one weight.
"""

from __future__ import annotations

from newsgraph import resources
from newsgraph.attribution.draft import Draft
from newsgraph.docindex import DocIndex

#: Key under which the verb kinds of ``speech_verbs.tsv`` are kept on the pipeline's resources.
_VERB_KINDS_KEY = "attribution.speech_verb_kinds"


def _first_statement(d: Draft) -> Draft:
    """The draft whose source words name the speaker: a continuation's first statement."""
    seen = 0
    while d.continues is not None and seen < 50:
        d = d.continues
        seen += 1
    return d


def _verb_kinds() -> dict[str, str]:
    """Lemma -> kind ("report", "act") of the verbs of saying, with the user's overlay."""
    current = resources.current()
    lists = current.lexicons
    return current.load(
        _VERB_KINDS_KEY, lambda: {verb.lower(): kind for verb, kind in lists.table("speech_verbs").items()}
    )


def _sentence_share(d: Draft, index: DocIndex) -> float:
    """Content characters over the characters of the sentence the content starts in (above
    1 when the content runs over several sentences, as long quotations do)."""
    token = index.token_at(d.start)
    sentence = index.sentence_of(token) if token is not None else None
    if sentence is None:
        return 0.0
    length = sentence.end_char - sentence.start_char
    content = sum(e - s for s, e in d.content)
    return content / length if length > 0 else 0.0


def quote_features(d: Draft, index: DocIndex) -> dict[str, float]:
    """The confidence features of one finished draft (kind, speaker and occasion set)."""
    first = _first_statement(d)
    pos = index.column("pos_")
    source_pos = pos[first.source_token] if first.source_token is not None else ""
    cue_lemma = index.column("lemma_")[first.cue_token].lower() if first.cue_token is not None else ""
    share = _sentence_share(d, index)
    return {
        "direct": float(d.kind == "direct"),
        "mixed": float(d.kind == "mixed"),
        "named_source": float(source_pos == "PROPN"),
        "unlinked_pronoun": float(source_pos == "PRON" and d.speaker_confidence is None),
        "resolver_probability": float(d.speaker_confidence or 0.0),
        "no_source": float(first.source is None),
        "continuation": float(d.continues is not None),
        "report_verb": float(_verb_kinds().get(cue_lemma) == "report"),
        "sentence_share": min(share, 1.0),
        "multi_sentence": float(share > 1.0),
    }
