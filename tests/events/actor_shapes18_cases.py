"""Issue 12, session 18 (h/actors18): sentences of our own in the shapes the earlier sets had
least of, each with the act's word, its PLOVER category (None: not asserted here) and the
words its actor and target phrases must hold ("a|b": either), written before the stage was
run on them. Invented places and people; a real state where the actor dictionary must
know it. Read by `test_actor_shapes18.py`."""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    """``trigger`` None: the main act of the last sentence."""

    text: str
    trigger: str | None
    category: str | None
    actors: tuple[str, ...]
    targets: tuple[str, ...] = ()


ANAPHORA = [
    Case(
        "Fighters of the Kessan Liberation Army crossed the river on Friday. "
        "The group later seized two villages near Kell.",
        None, None, ("group|Liberation Army",), ("villages",),
    ),
    Case(
        "The Interior Ministry of Dessa issued a statement on Monday. "
        "The ministry ordered the arrest of three journalists.",
        "arrest", "COERCE", ("ministry|Ministry",), ("journalists",),
    ),
    Case(
        "Leaders of the Southern Trade Bloc met in Varna on Tuesday. The bloc imposed sanctions on Orlenia.",
        None, "SANCTION", ("bloc|Bloc",), ("Orlenia",),
    ),
    Case(
        "Militants loyal to the cleric stormed a police station in Tarvik. The militants killed four officers.",
        None, "ASSAULT", ("militants",), ("officers",),
    ),
    Case(
        "Protesters gathered outside parliament in Kell on Sunday. They threw stones at riot police.",
        None, None, ("They|Protesters",), ("police",),
    ),
    Case(
        "The Dessan army shelled the border town of Essa overnight. "
        "It also launched air strikes on rebel positions in the hills.",
        None, "ASSAULT", ("It|army",), ("positions",),
    ),
    Case(
        "Farmers blocked the main highway into Varna for a third day. "
        "The demonstrators are demanding lower fuel prices.",
        None, "REQUEST", ("demonstrators|Farmers",),
    ),
    Case(
        "President Amos Kell of Tarvia arrived in Dessa on Monday. "
        "The president held talks with Prime Minister Lina Varo.",
        None, "CONSULT", ("president|Kell",), ("Varo",),
    ),
    Case(
        "Police in Orlenia detained a prominent blogger on Thursday. Officers later released him without charge.",
        None, None, ("Officers",), ("him|blogger",),
    ),
    Case(
        "Kessa's foreign minister flew to Dessa on Monday. "
        "She signed a trade agreement with her Dessan counterpart.",
        None, "AGREE", ("She|minister",), ("counterpart",),
    ),
    Case(
        "Two men were detained in Kell on Friday. Police said they had been planning an attack on a bank.",
        "attack", "ASSAULT", ("they|men",), ("bank",),
    ),
    Case(
        "The opposition alliance rejected the election results. Its leaders called for mass protests.",
        None, None, ("leaders|Its|alliance",),
    ),
]

GROUPS = [
    Case(
        "Hundreds of demonstrators marched on the presidential palace in Kell on Saturday.",
        None, "PROTEST", ("demonstrators",),
    ),
    Case(
        "A crowd of angry villagers attacked the district office in Essa.",
        None, "ASSAULT", ("villagers",), ("office",),
    ),
    Case(
        "Dozens of students staged a sit-in at the education ministry.",
        None, "PROTEST", ("students",), ("ministry",),
    ),
    Case(
        "Gunmen opened fire on a bus carrying pilgrims near Tarvik, killing six.",
        "opened", "ASSAULT", ("Gunmen",), ("bus|pilgrims",),
    ),
    Case(
        "Riot police fired tear gas at hundreds of protesters in central Varna.",
        None, "ASSAULT", ("police",), ("protesters",),
    ),
    Case(
        "Thousands of workers went on strike at the Kell steel plant on Monday.",
        None, "PROTEST", ("workers",),
    ),
    Case(
        "A group of armed men kidnapped two aid workers in the east of the country.",
        None, None, ("men",), ("workers",),
    ),
    Case(
        "Villagers accused soldiers of burning their homes.",
        "accused", "ACCUSE", ("Villagers",), ("soldiers",),
    ),
    Case(
        "Scores of refugees were turned back at the border by Dessan guards.",
        None, None, ("guards",), ("refugees",),
    ),
    Case(
        "A mob of supporters of the former president stormed the electoral commission.",
        None, "ASSAULT", ("supporters",), ("commission",),
    ),
    Case(
        "Masked gunmen abducted a local journalist outside his home in Essa.",
        None, None, ("gunmen",), ("journalist",),
    ),
    Case(
        "Police arrested dozens of opposition supporters after the rally.",
        None, "COERCE", ("Police",), ("supporters",),
    ),
    Case(
        "A handful of protesters threw eggs at the minister's car.",
        None, None, ("protesters",), ("car|minister",),
    ),
]

POSSESSIVES = [
    Case(
        "Israeli forces raided the Jenin refugee camp on Tuesday.",
        None, None, ("forces|Israeli",), ("camp|Jenin",),
    ),
    Case(
        "The government's troops recaptured the town of Ossa from the rebels.",
        None, None, ("troops|government",), ("Ossa|rebels",),
    ),
    Case(
        "Kremlin officials rejected the proposal from Washington.",
        None, "REJECT", ("officials|Kremlin",), ("Washington",),
    ),
    Case(
        "Kessan warplanes bombed a fuel depot outside Dessa.",
        None, "ASSAULT", ("warplanes|Kessan",), ("depot",),
    ),
    Case(
        "The army's chief of staff threatened to retaliate against the insurgents.",
        None, "THREATEN", ("chief|army",), ("insurgents",),
    ),
    Case(
        "Tarvian border guards shot dead two smugglers on Wednesday.",
        None, "ASSAULT", ("guards|Tarvian",), ("smugglers",),
    ),
    Case(
        "The president's spokesman criticized the opposition's decision to boycott the vote.",
        None, "ACCUSE", ("spokesman|president",), ("opposition",),
    ),
    Case(
        "Dessan navy vessels seized an Orlenian fishing boat.",
        None, "COERCE", ("vessels|Dessan|navy",), ("boat",),
    ),
    Case(
        "The union's leaders called on members to strike.",
        "called", "REQUEST", ("leaders|union",), ("members",),
    ),
    Case(
        "White House officials met Chinese trade negotiators in Geneva on Friday.",
        None, "CONSULT", ("officials|White House",), ("negotiators",),
    ),
    Case(
        "Opposition lawmakers walked out of parliament in protest at the budget.",
        None, "PROTEST", ("lawmakers",),
    ),
    Case(
        "The ministry's inspectors closed three private clinics.",
        None, None, ("inspectors|ministry",), ("clinics",),
    ),
]

LIGHT_VERBS = [
    Case(
        "The air force launched strikes on militant camps in the north.",
        None, "ASSAULT", ("air force",), ("camps",),
    ),
    Case(
        "The European Union imposed sanctions against three Orlenian banks.",
        None, "SANCTION", ("European Union",), ("banks",),
    ),
    Case(
        "Kessa's prime minister held talks with the leader of the opposition on Sunday.",
        None, "CONSULT", ("minister|Kessa",), ("leader",),
    ),
    Case(
        "The rebels carried out an attack on an army base near Tarvik.",
        None, "ASSAULT", ("rebels",), ("base",),
    ),
    Case(
        "Dessa lodged a formal complaint with the Kessan embassy.",
        None, "ACCUSE", ("Dessa",), ("embassy",),
    ),
    Case(
        "The government placed restrictions on foreign journalists.",
        None, None, ("government",), ("journalists",),
    ),
    Case(
        "The United Nations made an appeal to both sides for calm.",
        None, "REQUEST", ("United Nations",), ("sides",),
    ),
    Case(
        "Orlenia issued a warning to Dessa over its troop build-up.",
        None, None, ("Orlenia",), ("Dessa",),
    ),
    Case(
        "The rebels declared a ceasefire with government forces on Friday.",
        None, None, ("rebels",), ("forces",),
    ),
    Case(
        "Kessa signed a defence pact with Tarvia.",
        None, "AGREE", ("Kessa",), ("Tarvia",),
    ),
    Case(
        "The court issued an arrest warrant for the former finance minister.",
        None, None, ("court",), ("minister",),
    ),
    Case(
        "Police conducted raids on the homes of several activists.",
        None, None, ("Police",), ("homes|activists",),
    ),
]

SUBORDINATE = [
    Case(
        "Clashes broke out after police fired on a crowd of mourners in Essa.",
        "fired", "ASSAULT", ("police",), ("mourners",),
    ),
    Case(
        "The city was calm on Monday, two days after soldiers stormed the rebel stronghold.",
        "stormed", "ASSAULT", ("soldiers",), ("stronghold",),
    ),
    Case(
        "When the militants attacked the convoy, three aid workers were wounded.",
        "attacked", "ASSAULT", ("militants",), ("convoy",),
    ),
    Case(
        "Talks collapsed because Dessa refused to withdraw its troops from the border.",
        "refused", None, ("Dessa",),
    ),
    Case(
        "Residents fled the town before the rebels captured it on Sunday.",
        "captured", None, ("rebels",), ("it|town",),
    ),
    Case(
        "Prices rose sharply after Kessa imposed a ban on grain exports to Orlenia.",
        "ban", None, ("Kessa",), ("Orlenia",),
    ),
    Case(
        "Although the minister denied the charges, prosecutors indicted him on Tuesday.",
        "indicted", None, ("prosecutors",), ("him|minister",),
    ),
    Case(
        "The vote went ahead even though the opposition had called for a boycott.",
        "called", "REQUEST", ("opposition",),
    ),
]

HEADLINES = [
    Case(
        "Rebels seize border town\n\nThe fighters took control of Ossa after a two-day battle.",
        None, None, ("fighters|Rebels",), ("Ossa",),
    ),
    Case(
        "Orlenia expels Dessan envoy\n\nVARNA (Reuters) - The foreign ministry ordered the ambassador "
        "to leave within 72 hours.",
        "ordered", None, ("ministry|Orlenia",), ("ambassador",),
    ),
    Case(
        "KELL, Tarvia (AP) - Police fired tear gas at students on Tuesday.",
        None, "ASSAULT", ("Police",), ("students",),
    ),
    Case(
        "ESSA, Kessa - Government troops and rebels exchanged fire on Saturday near the airport.",
        None, "ASSAULT", ("troops",),
    ),
    Case(
        "Kessa, Dessa sign border accord\n\nThe two neighbours agreed to reopen crossings at the frontier.",
        "agreed", "AGREE", ("neighbours|Kessa",),
    ),
]

CASES = ANAPHORA + GROUPS + POSSESSIVES + LIGHT_VERBS + SUBORDINATE + HEADLINES
