"""One realistic scraped sample per kind of page furniture, written for these tests.

Each asserts the furniture is excluded with its reason at exact offsets, that nothing
(entity, quote, claim, event, time) was taken from it, and that the article around it
is still read.
"""

from __future__ import annotations

import pytest

from newsgraph import Record
from newsgraph.furniture import find_furniture
from tests.conftest import run
from tests.furniture.helpers import assert_nothing_taken_from, excluded_span

LEAD = "Taliban officials said on Thursday that they hoped the new U.S. administration would reopen talks."
CLOSE = "Zabihullah Mujahid, the government's spokesman, said the talks would resume in Doha next month."


def page(*furniture: str) -> str:
    return "\n".join([LEAD, *furniture, CLOSE]) + "\n"


def names(record: Record) -> set[str]:
    return {e.name for e in record.entities}


def test_caption_with_credit_after_a_paragraph() -> None:
    caption = "Taliban fighters guard a checkpoint in Kabul on November 7, 2024. WAKIL KOHSAR/AFP"
    record = run(page(caption))
    span = excluded_span(record, caption)
    assert span.reason == "caption"
    assert_nothing_taken_from(record, span)
    assert not any("KOHSAR" in n.upper() for n in names(record))
    assert "Zabihullah Mujahid" in names(record)


def test_photo_credit_line() -> None:
    credit = "Photograph: Ali Khara/Reuters"
    record = run(page(credit))
    span = excluded_span(record, credit)
    assert span.reason == "credit"
    assert_nothing_taken_from(record, span)
    assert "Ali Khara" not in names(record)


def test_share_and_subscribe_prompts() -> None:
    share, subscribe = "Share this article", "Sign up for our morning briefing"
    record = run(page(share, "Facebook | Twitter | WhatsApp | Email", subscribe))
    for text in (share, subscribe, "Facebook | Twitter | WhatsApp | Email"):
        span = excluded_span(record, text)
        assert span.reason == "prompt"
        assert_nothing_taken_from(record, span)


def test_click_here_line() -> None:
    prompt = "Click here to read the full statement from the ministry."
    record = run(page(prompt))
    span = excluded_span(record, prompt)
    assert span.reason == "prompt"
    assert_nothing_taken_from(record, span)
    assert not any("Click" in n for n in names(record))


def test_related_links_teaser_run_after_a_heading() -> None:
    teasers = [
        "Related:",
        "Pakistan Closes Torkham Border Crossing Again",
        "Kabul Airport Resumes Flights to Dubai",
    ]
    record = run(page(*teasers))
    for text in teasers:
        span = excluded_span(record, text)
        assert span.reason == "related"
        assert_nothing_taken_from(record, span)
    assert "Torkham" not in " ".join(names(record))


def test_related_heading_with_a_section_name() -> None:
    teasers = ["More from Politics", "Harbour Board Names New Chair", "Ferry Fares To Rise In Spring"]
    record = run(page(*teasers))
    for teaser in teasers:
        span = excluded_span(record, teaser)
        assert span.reason == "related"
        assert_nothing_taken_from(record, span)


def test_related_links_run_without_a_heading() -> None:
    teasers = [
        "Pakistan Closes Torkham Border Crossing Again",
        "Kabul Airport Resumes Flights to Dubai",
        "UN Envoy Meets Acting Foreign Minister in Kandahar",
    ]
    record = run(page(*teasers))
    for text in teasers:
        span = excluded_span(record, text)
        assert span.reason == "related"
        assert_nothing_taken_from(record, span)


def test_byline_glued_to_the_dateline() -> None:
    text = "By Farida NooriKABUL, Afghanistan — " + LEAD + "\n" + CLOSE + "\n"
    record = run(text)
    span = excluded_span(record, "By Farida Noori")
    assert span.reason == "byline"
    assert_nothing_taken_from(record, span)
    assert not any("Noori" in n for n in names(record))
    # the dateline and the lead stay article text
    assert not any(s.start <= text.index("KABUL") < s.end for s in record.article.excluded)


def test_byline_with_agency_and_timestamp() -> None:
    byline = "By Farida Noori, Associated Press | Updated 10:32 GMT, 7 November 2024"
    record = run(byline + "\n" + LEAD + "\n" + CLOSE + "\n")
    span = excluded_span(record, "By Farida Noori, Associated Press")
    assert span.reason == "byline"
    stamp = excluded_span(record, "Updated 10:32 GMT, 7 November 2024")
    assert stamp.reason == "timestamp"
    for s in (span, stamp):
        assert_nothing_taken_from(record, s)


def test_desk_credits_at_the_foot_of_a_wire_story() -> None:
    credits = "(Reporting by Nils Aberg in Lisborne; Editing by Carla Moss)"
    record = run(LEAD + "\n" + CLOSE + "\n" + credits + "\n")
    span = excluded_span(record, credits)
    assert span.reason == "byline"
    assert_nothing_taken_from(record, span)
    assert not any("Aberg" in n or "Moss" in n for n in names(record))


def test_a_sentence_about_reporting_is_no_desk_credit() -> None:
    sentences = ("Reporting by the committee showed that costs rose.", "Editing by hand is slow, she said.")
    for sentence in sentences:
        assert find_furniture(sentence) == []


def test_timestamp_line() -> None:
    stamp = "Thu 7 Nov 2024 09.15 GMT"
    record = run(page(stamp))
    span = excluded_span(record, stamp)
    assert span.reason == "timestamp"
    assert_nothing_taken_from(record, span)


@pytest.mark.parametrize(
    "notice", ["Copyright 2024 Harbour Gazette. All rights reserved.", "© 2024 Kestrel Media"]
)
def test_copyright_notice_line(notice: str) -> None:
    record = run(page(notice))
    span = excluded_span(record, notice)
    assert span.reason == "credit"
    assert_nothing_taken_from(record, span)
    assert not [t for t in record.times if t.text == "2024"]


def test_a_sentence_about_copyright_is_kept() -> None:
    sentence = "Copyright law was changed in 2019 after a long campaign by authors."
    record = run(page(sentence))
    assert not any(record.article.text[s.start : s.end] == sentence for s in record.article.excluded)


def test_the_pages_timestamp_dates_an_undated_text() -> None:
    text = "Published 6 November 2024, 08:14 GMT\n" + LEAD + "\n" + CLOSE + "\n"
    record = run(text, published=None)
    assert record.article.published is not None and record.article.published.isoformat() == "2024-11-06"
    assert any("timestamp line" in w for w in record.warnings)
    thursday = next(t for t in record.times if t.text == "on Thursday")
    assert thursday.value == "2024-10-31"  # the Thursday before that Wednesday


def test_a_given_date_wins_over_the_pages_timestamp() -> None:
    text = "Published 6 November 2024, 08:14 GMT\n" + LEAD + "\n"
    record = run(text, published="2024-11-08")
    assert record.article.published is not None and record.article.published.isoformat() == "2024-11-08"
    assert not any("timestamp line" in w for w in record.warnings)


@pytest.mark.parametrize("counter", ["1 of 12", "Image 3/8", "(Photo 2 of 10)"])
def test_picture_counter(counter: str) -> None:
    record = run(page(counter))
    span = excluded_span(record, counter)
    assert span.reason == "counter"
    assert_nothing_taken_from(record, span)


def test_a_header_block_keeps_each_lines_own_kind() -> None:
    # Byline, timestamp and share buttons are three title-case lines in a row, the shape of
    # an unlabelled related-links run; each is still its own kind, and the timestamp dates
    # the undated page.
    header = [
        "Ferry crews back walkout as talks stall",
        "By Farida Noori, Transport Correspondent",
        "Updated 09:05 GMT, 6 November 2024",
        "Share on Facebook | Share on X | Email",
    ]
    record = run("\n".join([*header, LEAD, CLOSE]) + "\n", published=None)
    assert excluded_span(record, header[1]).reason == "byline"
    assert excluded_span(record, header[2]).reason == "timestamp"
    assert excluded_span(record, header[3]).reason == "prompt"
    assert record.article.published is not None and record.article.published.isoformat() == "2024-11-06"


def test_caption_with_a_capitalised_photographer_and_any_agency() -> None:
    caption = "Dock workers leave a meeting in Harwick on Tuesday. MARTA LINDQVIST/Saltmarsh Images"
    record = run(page(caption))
    span = excluded_span(record, caption)
    assert span.reason == "caption"
    assert_nothing_taken_from(record, span)
    assert not any("LINDQVIST" in n.upper() or "Saltmarsh" in n for n in names(record))


def test_caption_with_the_agency_before_its_photographer() -> None:
    caption = "Farmers block a road outside Pernik in Bulgaria, May 2. REUTERS/Ivo Stanev"
    record = run(page(caption))
    span = excluded_span(record, caption)
    assert span.reason == "caption"
    assert_nothing_taken_from(record, span)
    assert not any("Stanev" in n for n in names(record))


def test_a_sentence_ending_in_an_abbreviation_pair_is_kept() -> None:
    sentence = "The talks covered trade rules between the two blocs and the EU/UK border."
    record = run(page(sentence))
    assert not any(record.article.text[s.start : s.end] == sentence for s in record.article.excluded)


@pytest.mark.parametrize("count", ["5 min read", "72 comments", "1.2k shares"])
def test_page_counts_are_counters_not_claims(count: str) -> None:
    record = run(page(count))
    span = excluded_span(record, count)
    assert span.reason == "counter"
    assert_nothing_taken_from(record, span)
    assert not [c for c in record.claims if count in c.span.text]


def test_a_related_run_stops_at_a_prompt_and_a_count() -> None:
    lines = ["More on Kandahar", "Kabul Airport Resumes Flights", "Share full article", "14 comments"]
    record = run(page(*lines))
    assert excluded_span(record, lines[0]).reason == "related"
    assert excluded_span(record, lines[1]).reason == "related"
    assert excluded_span(record, lines[2]).reason == "prompt"
    assert excluded_span(record, lines[3]).reason == "counter"


def test_one_link_teaser_after_the_last_sentence() -> None:
    teaser = "Top Ten Transfers City Utd"
    record = run(LEAD + "\n\n" + CLOSE + "\n\n" + teaser + "\n")
    span = excluded_span(record, teaser)
    assert span.reason == "related"
    assert_nothing_taken_from(record, span)


def test_a_closing_subheading_before_more_body_is_kept() -> None:
    text = LEAD + "\n\nTalks in Doha\n\n" + CLOSE + "\n"
    record = run(text)
    assert not [s for s in record.article.excluded if "Talks in Doha" in s.text]


def test_the_byline_names_the_author_when_the_page_names_none() -> None:
    record = run("By Farida Noori and Tom Reeve, Associated Press\n" + LEAD + "\n" + CLOSE + "\n")
    assert record.article.author == "Farida Noori and Tom Reeve"
    record = run("By Inés Carrasco, Political Correspondent\n" + LEAD + "\n" + CLOSE + "\n")
    assert record.article.author == "Inés Carrasco"
    # of the desk credits at the foot, only the reporting names the authors
    record = run(LEAD + "\n" + CLOSE + "\n(Reporting by Nils Aberg; Editing by Carla Moss)\n")
    assert record.article.author == "Nils Aberg"
    record = run(LEAD + "\n" + CLOSE + "\n(Additional reporting by Nils Aberg; Editing by Carla Moss)\n")
    assert record.article.author is None


def test_desk_credits_with_a_place_after_each_name_are_furniture() -> None:
    credit = "(Reporting by Sofia Brandt in Lisborne and Ivo Marek in Tarn; Editing by Carla Moss)"
    record = run(LEAD + "\n" + CLOSE + "\n" + credit + "\n")
    span = excluded_span(record, credit)
    assert span.reason == "byline"
    assert_nothing_taken_from(record, span)
    assert record.article.author == "Sofia Brandt and Ivo Marek"


@pytest.mark.parametrize(
    "footer", ["Our Standards: The Northwire Trust Principles.", "Privacy policy | Terms of use"]
)
def test_site_footer_links_are_furniture(footer: str) -> None:
    record = run(LEAD + "\n" + CLOSE + "\n\n" + footer + "\n")
    span = excluded_span(record, footer)
    assert span.reason == "prompt"
    assert_nothing_taken_from(record, span)


def test_a_sentence_opening_like_a_footer_link_is_kept() -> None:
    sentence = "Our standards of living fell sharply last year, the minister said."
    record = run(LEAD + "\n" + sentence + "\n" + CLOSE + "\n")
    assert not [s for s in record.article.excluded if "standards" in s.text]


def test_a_currency_conversion_note_is_no_claim() -> None:
    note = "($1 = 10.65 Norwegian crowns)"
    record = run(LEAD + "\nThe krone rose 0.8% against the euro.\n\n" + note + "\n\n" + CLOSE + "\n")
    span = excluded_span(record, note)
    assert span.reason == "note"
    assert_nothing_taken_from(record, span)
    assert [c.span.text for c in record.claims] == ["The krone rose 0.8% against the euro"]


def test_a_foot_line_crediting_other_reporters_is_a_byline() -> None:
    line = "Northwire writer Lena Koch in Berlin contributed to this report."
    record = run(LEAD + "\n" + CLOSE + "\n\n" + line + "\n")
    span = excluded_span(record, line)
    assert span.reason == "byline"
    assert_nothing_taken_from(record, span)
    assert "Lena Koch" not in names(record)


def test_an_authors_note_with_a_handle_at_the_foot_is_a_byline() -> None:
    line = "Mira Tanaka is a technology reporter based in Osaka. Follow her on X @miratanaka."
    record = run(LEAD + "\n" + CLOSE + "\n\n" + line + "\n")
    span = excluded_span(record, line)
    assert span.reason == "byline"
    assert_nothing_taken_from(record, span)
    assert "Mira Tanaka" not in names(record)


def test_a_sentence_saying_someone_is_a_reporter_is_kept() -> None:
    sentence = "Elif Kaya is a reporter who was detained in Ankara last month, her newspaper said."
    record = run(LEAD + "\n" + sentence + "\n" + CLOSE + "\n")
    assert not [s for s in record.article.excluded if "Elif" in s.text]


def test_a_sentence_about_contributions_is_kept() -> None:
    sentence = "Donors from abroad contributed to the rebuilding of the school, the mayor said."
    record = run(LEAD + "\n" + sentence + "\n" + CLOSE + "\n")
    assert not [s for s in record.article.excluded if "Donors" in s.text]


def test_a_picture_gallery_scraped_into_a_paragraph() -> None:
    gallery = (
        "Harbour storm in pictures 4 show all Harbour storm in pictures 1/4 Waves break over "
        "the sea wall at Tarvik on Monday Nordic Photo 2/4 A fishing boat lies on its side in "
        "the outer harbour Nordic Photo 3/4 Firefighters pump water out of the ferry terminal "
        "Lena Vos 4/4"
    )
    text = (
        "The storm closed the port of Tarvik for two days, the harbour authority said. "
        + gallery
        + " Residents clear the promenade after the flood. The mayor, Ines Holm, said repairs "
        "would take a month.\n"
    )
    record = run(text)
    span = excluded_span(record, gallery)
    assert span.reason == "caption"
    assert_nothing_taken_from(record, span)
    assert "Ines Holm" in names(record)


def test_three_numbers_with_slashes_in_a_sentence_are_no_gallery() -> None:
    text = "The court heard counts 1/3, 2/3 and 3/3 of the indictment on Monday, the clerk said.\n"
    assert not find_furniture(text)
