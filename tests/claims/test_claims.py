"""Claims: check-worthy statements, their quantities, and who makes them."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from newsgraph import Record, extract
from newsgraph import times as times_stage
from newsgraph.claims import annotate
from newsgraph.extensions import register_extensions
from newsgraph.model import load_parser
from newsgraph.records import Article, Claim, Quote, Span

PUBLISHED = dt.date(2024, 11, 7)


def parse(text: str, quotes: list[Quote] | None = None) -> Doc:
    """Parse, run the times stage (claims reads it), set quotes by hand, run claims."""
    register_extensions()
    doc = load_parser(None)(text)
    doc._.ng_article = Article(id="c", text=text, published=PUBLISHED)
    times_stage.annotate(doc)
    doc._.ng_quotes = quotes or []
    annotate(doc)
    return doc


def claims(text: str) -> list[Claim]:
    found: list[Claim] = parse(text)._.ng_claims
    return found


def only_claim(text: str) -> Claim:
    found = claims(text)
    assert len(found) == 1, [c.span.text for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "quantity", "value", "unit"),
    [
        ("Trump won the election with 277 electoral votes.", "277 electoral votes", 277, "electoral votes"),
        ("The deal got 5,000 terrorists released.", "5,000 terrorists", 5000, "terrorists"),
        ("Unemployment rose by 12 percent last year.", "12 percent", 12, "percent"),
        ("Inflation reached 5.2% in March.", "5.2%", 5.2, "percent"),
        ("The forecast rose by 0.1 percentage points.", "0.1 percentage points", 0.1, "percentage points"),
        ("The city paid 30 million crowns for the bridge.", "30 million crowns", 30_000_000, "crowns"),
        ("The project cost $1.2 billion.", "$1.2 billion", 1_200_000_000, "dollars"),
        ("He became the nation's 47th president.", "47th", 47, "ordinal"),
        ("The strike lasted eleven weeks.", "eleven weeks", 11, "weeks"),
        ("The company employs 4,500 people.", "4,500 people", 4500, "people"),
        ("They ended the twenty-year occupation of the valley.", "twenty-year", 20, "year"),
        ("The study counted more than a billion ballots.", "a billion ballots", 1_000_000_000, "ballots"),
        ("Peabody gave Patriot 13 percent of its reserves.", "13 percent", 13, "percent"),
    ],
)
def test_quantities(sentence: str, quantity: str, value: float, unit: str) -> None:
    claim = only_claim(sentence)
    assert claim.claimant == "narrator" and claim.quote is None
    found = {q.text: (q.value, q.unit) for q in claim.quantities}
    assert found[quantity] == (value, unit)
    assert quantity in claim.span.text


@pytest.mark.parametrize(
    ("sentence", "must_contain"),
    [
        ("It was the largest protest in the country's history.", "the largest protest"),
        ("He negotiated one of the weakest deals you can imagine.", "one of the weakest deals"),
        ("Sales were far higher than analysts had expected.", "higher than"),
        ("It is the first agreement in a decade between the two sides.", "the first agreement in a decade"),
        ("She became the first woman to lead the party.", "the first woman to lead"),
        ("It was the first time a sitting judge had been jailed.", "the first time a sitting judge"),
        ("This is the first time that the court has ruled on the matter.", "the first time that the court"),
        ("Turnout hit a record high in the northern provinces.", "a record high"),
        ("Europe's most powerful military is French.", "Europe's most powerful military"),
        ("It was the largest crowd ever.", "the largest crowd ever"),
        ("Exports have doubled since the border reopened.", "doubled"),
        (
            "He previously served as U.S. president from 2017 to 2021.",
            "served as U.S. president from 2017 to 2021",
        ),
    ],
)
def test_claims_without_a_number(sentence: str, must_contain: str) -> None:
    claim = only_claim(sentence)
    assert must_contain in claim.span.text
    assert claim.claimant == "narrator"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister spoke on Tuesday about the weather in September.",
        "The vote was held in 2020.",
        "The two leaders met in Paris.",
        "One of the men was arrested.",
        "A 45-year-old man was hurt at 10 a.m. near Air Force One.",
        "Prices are at least stable, and he did his best.",
        "She was more skillful than her rivals.",
        "America is strongest.",
        "The best approach is to wait.",
        "The leaders spoke for about five minutes.",
        "Most importantly, the talks went well.",
        "She met the board for the first time.",
        "It was the first time we saw the sea.",
        "The first time I met him, he was kind.",
        "He tried to reform healthcare in the 1990s.",
        "Such workers are often overlooked in history books.",
        "She nearly collapsed outside a 9/11 memorial ceremony.",
        "How can you feel good about yourself as a sixth-grader?",
        "He pleaded the Fifth Amendment.",
        "He missed with two out of the zone.",
        'The post <tweet id="783499116076687360"> was shared.',
        "",
        "   ",
        "“Unbalanced quote with 40 percent",
    ],
)
def test_not_check_worthy_or_odd_input(sentence: str) -> None:
    found = claims(sentence)
    if sentence.startswith("“Unbalanced"):
        assert len(found) == 1  # odd input still works
    else:
        assert found == [], [c.span.text for c in found]


def test_each_clause_is_its_own_claim_and_offsets_agree() -> None:
    text = (
        "Trump won the 2024 election with 277 electoral votes, defeating Harris, "
        "and securing his position as the nation's 47th president."
    )
    found = claims(text)
    assert [c.id for c in found] == ["c1", "c2"]
    assert "277 electoral votes" in found[0].span.text and "47th" not in found[0].span.text
    assert "47th president" in found[1].span.text
    for claim in found:
        assert text[claim.span.start : claim.span.end] == claim.span.text
    # The year of the election is a date, not a quantity.
    assert all(q.text != "2024" for c in found for q in c.quantities)


def test_a_figure_inside_a_quote_belongs_to_the_speaker() -> None:
    text = "“The negotiation involved 5,000 prisoners released,” the senator said. Turnout was 60 percent."
    content = Span(start=0, end=text.index(",”") + 2, text=text[: text.index(",”") + 2])
    quote = Quote(id="q1", kind="direct", content=[content], speaker="e7")
    found = parse(text, [quote])._.ng_claims
    assert len(found) == 2
    assert found[0].claimant == "e7" and found[0].quote == "q1"
    assert "5,000 prisoners released" in found[0].span.text
    assert found[1].claimant == "narrator" and found[1].quote is None


def test_a_quote_with_an_unresolved_speaker_is_not_the_narrators_claim() -> None:
    text = "“We lost 3,000 jobs,” a source said."
    content = Span(start=0, end=text.index("”") + 1, text=text[: text.index("”") + 1])
    found = parse(text, [Quote(id="q1", kind="direct", content=[content])])._.ng_claims
    assert len(found) == 1
    assert found[0].claimant == "unresolved" and found[0].quote == "q1"


def test_quote_through_the_pipeline() -> None:
    record = extract(
        "“Our city has lost 3,000 jobs since the plant closed,” Mayor Lina Ostrow said on Monday.",
        "2024-11-07",
    )
    quoted = [q for q in record.quotes if q.speaker is not None]
    if not quoted:
        pytest.skip("the attribution stage found no quote with a resolved speaker yet")
    quote = quoted[0]
    claim = next(c for c in record.claims if "3,000 jobs" in c.span.text)
    assert claim.quote == quote.id
    assert claim.claimant == quote.speaker


def test_seed_article_claims(seed_record: Record) -> None:
    spans = {c.span.text: c for c in seed_record.claims}
    texts = " | ".join(spans)
    for phrase in ("277 electoral votes", "47th president", "from 2017 to 2021", "5,000 terrorists released"):
        assert any(phrase in s for s in spans), f"{phrase!r} not in {texts}"
    narrator = [c for c in seed_record.claims if "277 electoral votes" in c.span.text]
    assert narrator[0].claimant == "narrator"
    assert {q.value for q in narrator[0].quantities} == {277}
    harris = next(c for c in seed_record.claims if "5,000 terrorists" in c.span.text)
    if harris.quote is None:
        pytest.skip("the attribution stage does not yet return the Harris quote")
    quote = next(q for q in seed_record.quotes if q.id == harris.quote)
    if quote.speaker is None:
        pytest.skip("the attribution stage does not yet resolve the Harris quote's speaker")
    assert harris.claimant == quote.speaker
    assert seed_record.entity(harris.claimant) is not None
    assert "Harris" in seed_record.entity(harris.claimant).name  # type: ignore[union-attr]


def test_dateline_is_not_part_of_a_claim() -> None:
    record = extract("PORT AVERIN, VALMORIA – The strike kept 4,000 trawlers in harbour.", "2025-03-14")
    if record.article.dateline is None:
        pytest.skip("the dateline stage did not find the dateline")
    claim = next(c for c in record.claims if "4,000 trawlers" in c.span.text)
    assert claim.span.start >= record.article.dateline.span.end
    assert not claim.span.text.startswith("PORT AVERIN")


def test_leading_prepositional_phrase_stays_in_the_claim() -> None:
    claim = only_claim("In 2020, the company lost $5 million.")
    assert claim.span.text == "In 2020, the company lost $5 million"
    assert [(q.text, q.value, q.unit) for q in claim.quantities] == [("$5 million", 5_000_000, "dollars")]


def test_a_change_keeps_its_cause_in_one_claim() -> None:
    text = "Burglaries doubled after the police budget was cut by 20 percent."
    claim = only_claim(text)
    assert claim.span.text == "Burglaries doubled after the police budget was cut by 20 percent"


def test_a_figure_inside_a_cause_clause_does_not_take_its_host() -> None:
    found = claims("It hardly matters because the ferry carries 90 percent of the island's freight.")
    assert [c.span.text for c in found] == ["the ferry carries 90 percent of the island's freight"]


def test_a_claim_in_a_relative_clause_names_what_it_describes() -> None:
    record = extract("The union, which represents about 4,000 workers, called a strike.", "2025-09-09")
    texts = [c.span.text for c in record.claims]
    assert any(t.startswith("The union, which represents about 4,000 workers") for t in texts), texts
