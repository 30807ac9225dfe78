"""Session 21 (lead): a description's own entity as the speaker, a group's spokesperson,
datelines filed from two cities."""

from __future__ import annotations

from tests.conftest import run


def test_a_ministry_named_with_a_modifier_the_tagger_called_a_person_speaks_itself() -> None:
    r = run(
        "ORAN, Nov 2 - Gunmen freed the hostages on Saturday, officials said. They were "
        "handed to the Red Cross, the Kirsan interior Ministry said in a statement."
    )
    names = {e.id: (e.name, e.type) for e in r.entities}
    quote = next(q for q in r.quotes if q.source is not None and "Ministry" in q.source.text)
    assert quote.speaker is not None
    assert names[quote.speaker][1] == "ORG"


def test_a_groups_spokesman_is_not_a_governments_spokesman_named_before() -> None:
    r = run(
        "Carvia's foreign ministry spokesman, Omar Haddad, said the talks had ended. He did "
        'not say why.\n\nThe rebels\' spokesman denied that any deal had been made. "We '
        'freed them as a gesture," he told a local radio station.'
    )
    names = {e.id: e.name for e in r.entities}
    denied = next(q for q in r.quotes if q.cue is not None and q.cue.text == "denied")
    told = next(q for q in r.quotes if q.cue is not None and q.cue.text == "told")
    assert names.get(denied.speaker or "") != "Omar Haddad"
    assert names.get(told.speaker or "") != "Omar Haddad"


def test_a_dateline_filed_from_two_cities_is_not_in_the_content() -> None:
    r = run(
        "AMMAN/DAMASCUS, Nov 21 - Rebels released 14 hostages on Saturday after weeks of "
        "talks, officials from both countries said."
    )
    assert r.article.dateline is not None
    said = next(q for q in r.quotes if q.cue is not None and q.cue.text == "said")
    assert not said.content[0].text.startswith("AMMAN")


def test_a_source_asking_not_to_be_named_reports_nothing_by_asking() -> None:
    r = run(
        "According to a senior official in the interior ministry, who asked not to be named, "
        "the extension would cost about 140 million euros."
    )
    assert all(q.cue is None or q.cue.text != "asked" for q in r.quotes)
    assert any(q.cue is not None and q.cue.text == "According to" for q in r.quotes)


def test_a_surname_tagged_as_a_verb_still_speaks() -> None:
    r = run(
        'VARNA, Nov 24 - Interior Minister Katya Dimova and Defence Minister Elena Rusev clashed '
        'publicly on Tuesday over plans to extend a fence along the southern border, exposing '
        'divisions in the governing coalition weeks before a general election.\n\n'
        'Dimova told a parliamentary committee that the fence had cut illegal crossings by 60 '
        "percent since it was built in 2022. \"The numbers speak for themselves,\" she said. "
        "\"Anyone who says otherwise has not been to the border.\"\n\n"
        'Rusev, speaking to reporters an hour later, said the army had never been asked whether '
        "it could patrol a longer fence. \"I read about this plan in the newspapers,\" she said. "
        "\"That is not how a serious government works.\""
    )
    names = {e.id: e.name for e in r.entities}
    rusev = [q for q in r.quotes if q.source is not None and q.source.text.startswith("Rusev")]
    assert [names.get(q.speaker or "") for q in rusev] == ["Elena Rusev"]
    newspapers = next(q for q in r.quotes if "newspapers" in q.content[0].text)
    assert names.get(newspapers.speaker or "") == "Elena Rusev"


def test_a_quote_with_no_speaker_carries_no_speaker_confidence() -> None:
    r = run(
        'Veteran climber rescued after two nights on glacier\n\n'
        'ZERMATT, Nov 28 - A British climber who spent two nights trapped in a crevasse on the '
        'Gorner glacier was rescued on Saturday, Swiss mountain police said.\n\n'
        'Tom Ashdown, 58, fell about 15 metres into the crevasse on Thursday afternoon while '
        'descending from the Monte Rosa hut with his son, Daniel. The younger man, who was not '
        'hurt, walked for four hours to raise the alarm.\n\n'
        "\"I honestly thought I would never see my family again,\" the 58-year-old told Swiss "
        "television from his hospital bed. \"The cold was the worst part. I could not feel my "
        "hands after the first night.\"\n\n"
        'Rescue chief Bruno Imhof said bad weather had kept helicopters on the ground until '
        "Saturday morning. \"Without his son, we would not have known where to look,\" Imhof said. "
        "He added that Ashdown had done \"everything right\" by staying still and keeping warm.\n\n"
        "A rescue official said the climber had climbed in the Alps for 40 years. \"He has been up the"
        " Matterhorn three times,\" he said. \"He knows these mountains better than anyone.\"\n\n"
        'The police said Ashdown was in a stable condition.'
    )
    assert any(q.speaker is None and q.source is not None and q.source.text == "he" for q in r.quotes)
    assert all(q.speaker_confidence is None for q in r.quotes if q.speaker is None)


def test_a_company_whose_name_ends_in_ly_speaks() -> None:
    r = run(
        "A group of 340 songwriters has sued the streaming service Tunely in a federal court. "
        "The lawsuit says Tunely used an accounting method that undercounted plays. Tunely "
        "said in an emailed statement that it pays every artist fairly."
    )
    names = {e.id: e.name for e in r.entities}
    said = next(q for q in r.quotes if q.cue is not None and q.cue.text == "said")
    assert names.get(said.speaker or "") == "Tunely"


def test_a_capitalised_adverb_opening_sentences_stays_an_adverb() -> None:
    r = run(
        "Finally, the council approved the budget on Monday. Mayor Ana Ruiz said the vote "
        "was close. Nearly half the members abstained."
    )
    assert all(e.name not in {"Finally", "Nearly"} for e in r.entities)


def test_it_said_after_people_named_by_a_body_is_not_that_body() -> None:
    r = run(
        "Navy seizes tanker off the coast\n\nMUSCAT, Dec 1 - The navy seized a tanker on Monday, "
        "the defence ministry said. The ministry said the tanker had switched off its "
        "tracking system. Navy commandos boarded the ship at dawn without firing a shot, it said."
    )
    names = {e.id: e.name for e in r.entities}
    boarded = next(q for q in r.quotes if "commandos" in q.content[0].text)
    assert names.get(boarded.speaker or "") != "Navy"
