"""The hand-built levy record (tests/store/records.py) with confidences we set ourselves:
one sure and one unsure record of each type, and one quote stored without a confidence
(as records written before confidence existed are)."""

from __future__ import annotations

from newsgraph.records import Claim, Quote, Record, Stance
from tests.store.records import levy_record
from tests.support.spans import span


def levy_with_confidence() -> Record:
    record = levy_record()
    text = record.article.text
    sure_quote = record.quotes[0].model_copy(update={"confidence": 0.93})
    unsure_quote = Quote(
        id="q2",
        kind="indirect",
        content=[span(text, "of hiding the cost")],
        cue=span(text, "accused"),
        source=span(text, "Councillor Tomas Brenner"),
        speaker="e2",
        confidence=0.41,
    )
    unknown_quote = Quote(
        id="q3",
        kind="indirect",
        content=[span(text, "welcomed the agreement")],
        source=span(text, "The Federation of River Ports"),
        speaker="e3",
    )
    accuse, welcome = record.events
    claim = record.claims[0].model_copy(update={"confidence": 0.36})
    sure_claim = Claim(
        id="c2", span=span(text, "will pay for the new sea wall."), claimant="e1", quote="q1", confidence=0.85
    )
    stance = record.stances[0].model_copy(update={"confidence": 0.62})
    sure_stance = Stance(
        id="s2", holder="e1", target="e3", polarity="positive", evidence=["q1"], confidence=0.9
    )
    return record.model_copy(
        update={
            "quotes": [sure_quote, unsure_quote, unknown_quote],
            "events": [
                accuse.model_copy(update={"confidence": 0.88}),
                welcome.model_copy(update={"confidence": 0.55}),
            ],
            "claims": [claim, sure_claim],
            "stances": [stance, sure_stance],
        }
    )
