"""Hand-built records about an invented town, with offsets computed from our own sentences.

The store must be testable whatever the stages extract today, so these records are
written by hand: three articles sharing people (a mayor named in full in one and
by surname in the next), an organisation, quotes, events, a stance and a claim.
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

LEVY = (
    "Harbour levy divides Selvik council\n\n"
    'SELVIK – Mayor Mira Castellan said on Monday that the harbour levy "will pay for the new sea wall." '
    "Councillor Tomas Brenner accused Castellan of hiding the cost, which he put at 12 million crowns. "
    "The Federation of River Ports welcomed the agreement."
)

MEETING = (
    "Castellan meets port federation\n\n"
    "SELVIK – Castellan met the Federation of River Ports on Tuesday to discuss the levy agreement. "
    '"We have found common ground," Castellan said. '
    "Oskar Brenner, a grain trader, said prices would rise by a fifth."
)

MARKET = (
    "Fish market reopens\n\n"
    "The fish market in Selvik reopened after repairs. Brenner said the stalls were busy again."
)


def levy_record(text: str = LEVY, *, url: str | None = "https://news.example.org/selvik/levy") -> Record:
    t = text
    castellan = Entity(
        id="e1",
        name="Mira Castellan",
        type="PERSON",
        country="KLV",
        mentions=[mention(t, "Mira Castellan"), mention(t, "Castellan", 1)],
        roles=[Role(title="Mayor", org="Selvik", span=span(t, "Mayor"))],
    )
    brenner = Entity(
        id="e2",
        name="Tomas Brenner",
        type="PERSON",
        mentions=[mention(t, "Tomas Brenner")],
        roles=[Role(title="Councillor", span=span(t, "Councillor"))],
    )
    ports = Entity(
        id="e3",
        name="Federation of River Ports",
        type="ORG",
        mentions=[mention(t, "Federation of River Ports")],
    )
    quote = Quote(
        id="q1",
        kind="direct",
        content=[span(t, "will pay for the new sea wall.")],
        cue=span(t, "said"),
        source=span(t, "Mayor Mira Castellan"),
        speaker="e1",
        time="t1",
    )
    accuse = Event(
        id="v1",
        category="ACCUSE",
        lemma="accuse",
        trigger=span(t, "accused"),
        actors=["e2"],
        targets=["e1"],
        quad=3,
        score=-4.0,
        evidence=span(t, "Councillor Tomas Brenner accused Castellan of hiding the cost"),
    )
    welcome = Event(
        id="v2",
        category="SUPPORT",
        lemma="welcome",
        trigger=span(t, "welcomed"),
        actors=["e3"],
        evidence=span(t, "The Federation of River Ports welcomed the agreement."),
        quad=1,
    )
    return Record(
        article=Article(
            id="levy",
            title="Harbour levy divides Selvik council",
            url=url,
            source="Selvik Post",
            published=dt.date(2024, 9, 3),
            text=t,
        ),
        entities=[castellan, brenner, ports],
        quotes=[quote],
        times=[
            time_at(t, "on Monday", "2024-09-02", "t1")
        ],
        events=[accuse, welcome],
        claims=[
            Claim(
                id="c1",
                span=span(t, t[t.index("which he put at") : t.index("crowns") + 6]),
                claimant="e2",
                quantities=[Quantity(text="12 million crowns", value=12_000_000, unit="crown")],
            )
        ],
        stances=[Stance(id="s1", holder="e2", target="e1", polarity="negative", evidence=["v1"])],
    )


def meeting_record() -> Record:
    t = MEETING
    castellan = Entity(
        id="e1",
        name="Castellan",
        type="PERSON",
        mentions=[mention(t, "Castellan", 1), mention(t, "Castellan", 2)],
    )
    ports = Entity(
        id="e2",
        name="the Federation of River Ports",
        type="ORG",
        mentions=[mention(t, "the Federation of River Ports")],
    )
    oskar = Entity(id="e3", name="Oskar Brenner", type="PERSON", mentions=[mention(t, "Oskar Brenner")])
    return Record(
        article=Article(
            id="meeting",
            title="Castellan meets port federation",
            url="https://news.example.org/selvik/meeting",
            source="Selvik Post",
            published=dt.date(2024, 10, 16),
            text=t,
        ),
        entities=[castellan, ports, oskar],
        times=[
            time_at(t, "on Tuesday", "2024-10-15", "t1")
        ],
        quotes=[
            Quote(
                id="q1",
                kind="direct",
                content=[span(t, "We have found common ground,")],
                cue=span(t, "said"),
                speaker="e1",
            ),
            Quote(
                id="q2",
                kind="indirect",
                content=[span(t, "prices would rise by a fifth")],
                cue=span(t, "said", 1),
                speaker="e3",
            ),
        ],
        events=[
            Event(
                id="v1",
                category="CONSULT",
                lemma="meet",
                trigger=span(t, "met"),
                actors=["e1"],
                targets=["e2"],
                time="t1",
                quad=1,
                score=1.0,
                evidence=span(t, "Castellan met the Federation of River Ports on Tuesday"),
            )
        ],
        stances=[Stance(id="s1", holder="e1", target="e2", polarity="positive", evidence=["v1", "q1"])],
    )


def market_record() -> Record:
    t = MARKET
    brenner = Entity(id="e1", name="Brenner", type="PERSON", mentions=[mention(t, "Brenner")])
    return Record(
        article=Article(id="market", title="Fish market reopens", text=t),
        entities=[brenner],
        quotes=[
            Quote(
                id="q1",
                kind="indirect",
                content=[span(t, "the stalls were busy again")],
                cue=span(t, "said"),
                speaker="e1",
            )
        ],
    )
