"""Cue verbs in senses that say nothing, and the same verbs reporting words.

Every sentence is written for these tests. A false cue is a verb of saying used for an
act ("claimed the title", "called him in", "named by police", "focused on", "mulling a
bid", "announced its new kit"): it must give no quote whose cue is that verb. The same
verbs with a clause, a quotation, a predicate or a content noun must still be cues.
"""

from __future__ import annotations

import pytest

from newsgraph.attribution.senses import STATEMENT, SenseTable
from newsgraph.errors import ConfigError
from newsgraph.records import Record
from tests.conftest import run


def _cues(record: Record) -> list[str]:
    return [q.cue.text for q in record.quotes if q.cue is not None]


def _has_cue(record: Record, word: str) -> bool:
    return any(cue.split()[0] == word for cue in _cues(record))


# --- false cues, by pattern --------------------------------------------------------------

CONTEST_WON = [  # claim + a place, title, prize or share won in a contest
    ("Three teams will fight to claim the final spot in the play-offs.", "claim"),
    ("Norway claimed the gold medal in the relay on Sunday.", "claimed"),
    ("The veteran rider claimed her third world title in Glasgow.", "claimed"),
    ("The Conservatives claimed the seat from Labour at the by-election.", "claimed"),
]
LIVES_TAKEN = [  # claim + lives or people
    ("The floods have claimed the lives of at least 40 people.", "claimed"),
    ("The outbreak claimed three victims in the capital last month.", "claimed"),
    ("The blaze claimed two firefighters who had entered the building.", "claimed"),
]
SUMMONS_BY_PARTICLE = [  # call + in/up/back/off
    ("The coach will call him in for the second half.", "call"),
    ("The manager will call up three young players for the friendly.", "call"),
    ("Organisers called off the match because of heavy rain.", "called"),
    ("The union called off its strike after talks with ministers.", "called"),
    ("The doctor promised to call her back within the hour.", "call"),
]
SUMMONS_BARE_OBJECT = [  # call + a person, place or event with nothing said of it
    ("Volunteers spent the weekend calling voters across the district.", "calling"),
    ("The prime minister called a snap election for June.", "called"),
    ("The ambassador called the foreign minister on Tuesday night.", "called"),
]
NAMED_BY_SOMEONE = [  # name in the passive: an identification
    ("The suspect, named by police as John Smith, was arrested on Monday.", "named"),
    ("A man named by prosecutors as the driver was released on bail.", "named"),
    ("The victim was named as Anna Berg, a 34-year-old teacher.", "named"),
]
NAMED_TO_A_ROLE = [  # name + a role given to a person: an appointment
    ("The board named her chief executive in March.", "named"),
    ("The club named Tom Harris captain for the new season.", "named"),
    ("The party will name a new leader before the summer.", "name"),
]
ATTENTION = [  # focus on a topic
    ("The minister has focused on foreign policy since taking office.", "focused"),
    ("The company focused on its European business last year.", "focused"),
    ("Her research focuses on the history of the city's docks.", "focuses"),
]
DELIBERATION = [  # mull/consider/weigh + an undertaking
    ("The former governor is mulling a bid for the Senate.", "mulling"),
    ("The company is mulling an offer for its smaller rival.", "mulling"),
    ("The mayor is considering a run for governor next year.", "considering"),
    ("Investors are weighing a sale of the stake.", "weighing"),
]
PRODUCT_LAUNCH = [  # announce + a product
    ("The club announced its new kit on Friday.", "announced"),
    ("The phone maker announced a new handset at its annual event.", "announced"),
    ("The carmaker announced a new electric model on Tuesday.", "announced"),
]
AUTHORSHIP = [  # write + a work, letter or cheque
    ("She wrote a letter to the prime minister last week.", "wrote"),
    ("The author wrote a novel about the war in the Balkans.", "wrote"),
    ("The donor wrote a cheque for $5,000 to the campaign.", "wrote"),
]
AMOUNT_ADDED = [  # add + an amount or a thing
    ("The government's plan would add $40 billion to the deficit.", "add"),
    ("The team added a second goal after the break.", "added"),
    ("The airline will add two new routes to Asia.", "add"),
]
CONVERSATION = [  # talk + a noun with no topic: the noun "talks" read as a verb, or small talk
    ("Dam talks collapse as drought bites\nThe dam is at half capacity.", "talks"),
    ("Ferry Talks Stall Over Fares\nThe operators met the union on Monday.", "talks"),
    ("The neighbours talked football for an hour over the fence.", "talked"),
]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    CONVERSATION
    + CONTEST_WON
    + LIVES_TAKEN
    + SUMMONS_BY_PARTICLE
    + SUMMONS_BARE_OBJECT
    + NAMED_BY_SOMEONE
    + NAMED_TO_A_ROLE
    + ATTENTION
    + DELIBERATION
    + PRODUCT_LAUNCH
    + AUTHORSHIP
    + AMOUNT_ADDED,
)
def test_an_act_is_no_quote(sentence: str, verb: str) -> None:
    record = run(sentence)
    assert not _has_cue(record, verb), f"{verb!r} made a quote in {sentence!r}: {_cues(record)}"


# --- the same verbs reporting words ------------------------------------------------------

STATEMENTS = [
    ("The senator claimed that the election had been stolen.", "claimed", "the election had been stolen"),
    ("The rebels claimed responsibility for the attack.", "claimed", "responsibility for the attack"),
    ("“We were robbed,” the striker claimed after the match.", "claimed", "We were robbed"),
    ("The president called the ruling a disgrace.", "called", "the ruling a disgrace"),
    ("The minister called for an inquiry into the collapse.", "called", "an inquiry into the collapse"),
    ("The mayor called the plan “a betrayal of the city”.", "called", "a betrayal of the city"),
    ("The opposition leader called out the prime minister.", "called out", "the prime minister"),
    ("He named inflation as the biggest risk to the economy.", "named", "inflation as the biggest risk"),
    ("The club announced that the stadium would be rebuilt.", "announced", "the stadium would be rebuilt"),
    ("Officials announced a ceasefire on Friday.", "announced", "a ceasefire"),
    ("He wrote in a blog post that the plan would fail.", "wrote", "that the plan would fail"),
    ("“We will not give up,” she added.", "added", "We will not give up"),
    ("The envoy talked about a ceasefire with both sides.", "talked", "a ceasefire"),
    ("The governor is mulling whether to run for the Senate.", "mulling", "whether to run for the Senate"),
    ("The judge considers the law unconstitutional.", "considers", "the law unconstitutional"),
]


@pytest.mark.parametrize(("sentence", "cue", "content"), STATEMENTS)
def test_the_same_verbs_still_report_words(sentence: str, cue: str, content: str) -> None:
    record = run(sentence)
    found = [q for q in record.quotes if q.cue is not None and q.cue.text == cue]
    assert found, f"no quote with cue {cue!r} in {sentence!r}: {_cues(record)}"
    assert content in " ".join(s.text for s in found[0].content)


# --- the table itself --------------------------------------------------------------------


def _table(rows: list[tuple[str, str]]) -> SenseTable:
    empty: frozenset[str] = frozenset()
    return SenseTable.from_rows(
        rows, [], person_nouns=empty, role_nouns=empty, place_nouns=empty, content_nouns=empty
    )


def test_the_first_matching_row_decides_and_unlisted_verbs_are_statements() -> None:
    table = _table([("call", "prt:out\t*\tstatement"), ("call", "*\tperson\tsummons")])
    active = frozenset({"active"})
    assert table.sense("call", active, "person") == "summons"
    assert table.sense("call", active | {"prt:out"}, "person") == STATEMENT
    assert table.sense("call", active, "clause") == STATEMENT
    assert table.sense("say", active, "person") == STATEMENT


@pytest.mark.parametrize("value", ["*\tperson", "*\tpeople\tsummons"])
def test_a_malformed_row_is_a_config_error(value: str) -> None:
    with pytest.raises(ConfigError, match="speech_verb_senses"):
        _table([("call", value)])
