"""Hand-built records for the API and UI tests.

The stages may still be stubs while the UI is built, so the tests that click
through quotes, events and stances use records written here by hand, with
offsets computed from sentences we wrote. Extracted samples are added too, as
a smoke test of real pipeline output.
"""

from __future__ import annotations

import datetime as dt

from newsgraph.records import (
    Article,
    Claim,
    Entity,
    Event,
    Quantity,
    Quote,
    Record,
    Role,
    Stance,
)
from tests.support.spans import mention, span, time_at

BRIDGE_TEXT = (
    "Riverton bridge plan splits council\n\n"
    'RIVERTON – Mayor Ana Lind said on Tuesday that the new bridge "will cut travel times by half." '
    "Councillor Piet Brandt criticised Lind over the cost, which he put at 40 million dollars. "
    "Lind met Brandt on Friday to discuss the plan.\n"
    "A reader comment quoted in the piece read <script>alert('pwned')</script> and nothing more."
)


def bridge_record() -> Record:
    """Two politicians, one quote, a criticism and a meeting, a claim, and markup in the text."""
    t = BRIDGE_TEXT
    lind = Entity(
        id="e1",
        name="Ana Lind",
        type="PERSON",
        mentions=[mention(t, "Ana Lind"), mention(t, "Lind", 1), mention(t, "Lind", 2)],
        roles=[Role(title="Mayor", org="Riverton", span=span(t, "Mayor"))],
    )
    brandt = Entity(
        id="e2",
        name="Piet Brandt",
        type="PERSON",
        mentions=[mention(t, "Piet Brandt"), mention(t, "Brandt", 1)],
        roles=[Role(title="Councillor", span=span(t, "Councillor"))],
    )
    riverton = Entity(id="e3", name="Riverton", type="GPE", mentions=[mention(t, "RIVERTON")])
    quote = Quote(
        id="q1",
        kind="direct",
        content=[span(t, "will cut travel times by half.")],
        cue=span(t, "said"),
        source=span(t, "Mayor Ana Lind"),
        speaker="e1",
        time="t1",
    )
    criticise = Event(
        id="ev1",
        category="ACCUSE",
        lemma="criticise",
        trigger=span(t, "criticised"),
        actors=["e2"],
        targets=["e1"],
        time="t1",
        evidence=span(t, "Councillor Piet Brandt criticised Lind over the cost"),
        quad=3,
        score=-2.0,
    )
    meet = Event(
        id="ev2",
        category="CONSULT",
        lemma="meet",
        trigger=span(t, "met"),
        actors=["e1"],
        targets=["e2"],
        time="t2",
        evidence=span(t, "Lind met Brandt on Friday to discuss the plan."),
        quad=1,
        score=1.0,
    )
    times = [time_at(t, "on Tuesday", "2025-03-11", "t1"), time_at(t, "on Friday", "2025-03-14", "t2")]
    claim = Claim(
        id="c1",
        span=span(t, "which he put at 40 million dollars"),
        claimant="e2",
        quantities=[Quantity(text="40 million dollars", value=40_000_000, unit="dollar")],
    )
    stance = Stance(id="s1", holder="e2", target="e1", polarity="negative", evidence=["ev1"])
    return Record(
        article=Article(
            id="bridge-1",
            title="Riverton bridge plan splits council",
            source="Test Gazette",
            published=dt.date(2025, 3, 15),
            text=t,
        ),
        entities=[lind, brandt, riverton],
        quotes=[quote],
        times=times,
        events=[criticise, meet],
        claims=[claim],
        stances=[stance],
    )


FERRY_TEXT = (
    "Ferry deal praised\n\n"
    "Piet Brandt praised Ana Lind on Monday for the new ferry timetable. "
    '"It is a good start," Brandt said.'
)


def ferry_record() -> Record:
    """A second article, a week later: the same two people, now a supportive stance."""
    t = FERRY_TEXT
    brandt = Entity(
        id="e1",
        name="Piet Brandt",
        type="PERSON",
        mentions=[mention(t, "Piet Brandt"), mention(t, "Brandt", 1)],
    )
    lind = Entity(id="e2", name="Ana Lind", type="PERSON", mentions=[mention(t, "Ana Lind")])
    praise = Event(
        id="ev1",
        category="SUPPORT",
        lemma="praise",
        trigger=span(t, "praised", 1),
        actors=["e1"],
        targets=["e2"],
        time="t1",
        evidence=span(t, "Piet Brandt praised Ana Lind on Monday"),
        quad=1,
        score=3.0,
    )
    quote = Quote(
        id="q1",
        kind="direct",
        content=[span(t, "It is a good start,")],
        cue=span(t, "said"),
        source=span(t, "Brandt", 1),
        speaker="e1",
    )
    stance = Stance(id="s1", holder="e1", target="e2", polarity="positive", evidence=["ev1", "q1"])
    return Record(
        article=Article(
            id="ferry-1",
            title="Ferry deal praised",
            source="Test Gazette",
            published=dt.date(2025, 3, 25),
            text=t,
        ),
        entities=[brandt, lind],
        quotes=[quote],
        times=[
            time_at(t, "on Monday", "2025-03-24", "t1")
        ],
        events=[praise],
        stances=[stance],
    )
