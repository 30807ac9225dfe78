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
        "Militants loyal to the cleric stormed a police station in Tarvik. The militants "
        "killed four officers.",
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
        "Police in Orlenia detained a prominent blogger on Thursday. Officers later released "
        "him without charge.",
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

# A second batch in running wire style (titles, fronted phrases, appositives, reported
# speech, coordination), also written before the run.
WIRE = [
    Case(
        "Kessan Prime Minister Dora Lind on Tuesday ordered the army to withdraw from the disputed valley.",
        "ordered", None, ("Lind",), ("army",),
    ),
    Case(
        "On Monday, in the capital Kell, security forces arrested 14 members of an outlawed party.",
        None, "COERCE", ("forces",), ("members",),
    ),
    Case(
        "Amos Varo, the leader of the opposition Unity Party, called for early elections.",
        None, "REQUEST", ("Varo",),
    ),
    Case(
        "Troops shelled the village of Ossa overnight, according to residents.",
        None, "ASSAULT", ("Troops",), ("Ossa",),
    ),
    Case(
        "The proposal was rejected on Tuesday by the upper house of parliament.",
        None, "REJECT", ("house|parliament",),
    ),
    Case(
        "Citing security concerns, the government banned all rallies in the capital.",
        None, "COERCE", ("government",), ("rallies|capital",),
    ),
    Case(
        "The president arrived in Kell on Monday and met opposition leaders at his residence.",
        "met", "CONSULT", ("president",), ("leaders",),
    ),
    Case(
        "Dessa's foreign minister, Paul Reno, accused Kessa of violating the truce.",
        "accused", "ACCUSE", ("Reno|minister",), ("Kessa",),
    ),
    Case(
        "The foreign ministry said in a statement that it strongly condemned the attack on the embassy.",
        "condemned", "ACCUSE", ("ministry|it",),
    ),
    Case(
        "Orlenia and Tarvia agreed on Friday to restore diplomatic relations after a decade.",
        "agreed", "AGREE", ("Orlenia",), ("Tarvia",),
    ),
    Case(
        "Security forces used water cannon to disperse hundreds of students who had gathered "
        "outside the university.",
        None, None, ("forces",), ("students",),
    ),
    Case(
        "In a televised address, President Omar Hadi promised to release all political prisoners.",
        "release", None, ("Hadi",), ("prisoners",),
    ),
    Case(
        "The Kessan government has expelled two Dessan diplomats, the state news agency reported.",
        "expelled", None, ("government|Kessan",), ("diplomats",),
    ),
    Case(
        "Speaking to reporters in Varna, the defence minister threatened to strike rebel "
        "bases across the border.",
        "threatened", "THREATEN", ("minister",),
    ),
    Case(
        "Nato warplanes struck targets near the city of Essa late on Saturday, a spokesman said.",
        "struck", "ASSAULT", ("Nato|warplanes",),
    ),
    Case(
        "Thousands of supporters of the jailed opposition leader took to the streets of Kell on Sunday.",
        None, "PROTEST", ("supporters",),
    ),
    Case(
        "The rebels, who control much of the north, rejected the peace plan drawn up by Dessan mediators.",
        "rejected", "REJECT", ("rebels",),
    ),
    Case(
        "Government officials held talks with union leaders on Wednesday in an effort to end the strike.",
        "held", "CONSULT", ("officials",), ("leaders",),
    ),
    Case(
        "The United States imposed new sanctions on Orlenia on Thursday, freezing the assets "
        "of its top generals.",
        None, "SANCTION", ("United States",), ("Orlenia",),
    ),
    Case(
        "Kessa's interior minister said police had detained 30 people suspected of planning attacks.",
        "detained", "COERCE", ("police",), ("people",),
    ),
    Case(
        "The two leaders signed a cooperation agreement in Varna on Tuesday.",
        None, "AGREE", ("leaders",),
    ),
    Case(
        "Protesters in Kell demanded the resignation of the prime minister.",
        None, "REQUEST", ("Protesters",), ("minister",),
    ),
    Case(
        "Dessan forces backed by tanks and helicopters launched an offensive against the "
        "rebel-held town of Ossa.",
        None, "ASSAULT", ("forces",), ("Ossa",),
    ),
    Case(
        "A court in Kell sentenced the former mayor to ten years in prison for corruption.",
        None, "COERCE", ("court",), ("mayor",),
    ),
    Case(
        "Both sides accused each other of breaking the ceasefire.",
        "accused", "ACCUSE", ("sides",),
    ),
    Case(
        "The health ministry asked the World Health Organization for help to contain the outbreak.",
        "asked", None, ("ministry",), ("World Health Organization",),
    ),
    Case(
        "Japan will send a team of doctors to the earthquake zone, the government said on Monday.",
        "send", "AID", ("Japan",), ("zone",),
    ),
    Case(
        "The minister met them on Sunday and promised an inquiry.",
        "met", "CONSULT", ("minister",), ("them",),
    ),
    Case(
        "Unidentified attackers killed a police officer and wounded two others in the southern city of Essa.",
        "killed", "ASSAULT", ("attackers",), ("officer",),
    ),
    Case(
        "Lind, who took office in March, has vowed to crack down on the drug gangs.",
        "crack", None, ("Lind",), ("gangs",),
    ),
]

CASES = CASES + WIRE

# A third batch in the long wire sentences of the PLOVER gold's kind (a reporting clause
# after the act, titles before names, fronted phrases, acts named by nouns), also written
# before the run.
REPORTED = [
    Case(
        "Tarvian troops crossed into northern Kessa on Sunday to pursue rebel fighters, "
        "a Kessan military spokesman told Reuters.",
        "crossed", None, ("troops|Tarvian",),
    ),
    Case(
        "The Orlenian navy intercepted a cargo ship carrying weapons off the coast, "
        "the defence ministry said in a statement on Tuesday.",
        "intercepted", None, ("navy|Orlenian",), ("ship",),
    ),
    Case(
        "Dessan Foreign Minister Karl Obi will travel to Varna next week for talks with his "
        "Tarvian counterpart, "
        "diplomatic sources said on Friday.",
        "talks", "CONSULT", ("Obi|Minister",), ("counterpart",),
    ),
    Case(
        "Senior Kessan and Dessan officials met in Geneva on Thursday to discuss the exchange of prisoners.",
        "met", "CONSULT", ("officials",),
    ),
    Case(
        "The Kessan parliament on Wednesday approved a law banning foreign funding of political parties.",
        "banning", None, ("parliament|Kessan",),
    ),
    Case(
        "Under the agreement, Tarvia will withdraw its remaining troops from the border zone "
        "by the end of May, "
        "a government spokeswoman said.",
        "withdraw", "RETREAT", ("Tarvia",),
    ),
    Case(
        "Kessan President Ida Marr on Saturday pardoned 200 prisoners jailed after last year's unrest, "
        "state radio reported.",
        "pardoned", None, ("Marr",), ("prisoners",),
    ),
    Case(
        "A delegation of Orlenian lawmakers held its first meeting with the Dessan president "
        "in Kell on Monday.",
        "meeting", "CONSULT", ("delegation|lawmakers|Orlenian",), ("president",),
    ),
    Case(
        "The World Food Programme will deliver 10,000 tonnes of grain to families displaced by the floods, "
        "a spokesman said on Monday.",
        "deliver", "AID", ("World Food Programme",), ("families",),
    ),
    Case(
        "Police used tear gas on Friday to break up a rally by supporters of the jailed "
        "opposition leader in Essa, "
        "witnesses said.",
        None, None, ("Police",), ("supporters|rally",),
    ),
    Case(
        "Kessa recalled its ambassador to Dessa on Thursday in protest at the arrest of a Kessan journalist, "
        "the foreign ministry said.",
        "recalled", None, ("Kessa",), ("Dessa|ambassador",),
    ),
    Case(
        "The rebel leader, speaking by telephone from his hideout, denied that his men had "
        "attacked the convoy.",
        "denied", None, ("leader",),
    ),
    Case(
        "Following two days of talks in Varna, Kessa and the rebels signed a deal to end the fighting.",
        "signed", "AGREE", ("Kessa|rebels",),
    ),
    Case(
        "Security forces killed three suspected militants in a raid on a house in the southern town of Ossa, "
        "police officials said.",
        "killed", "ASSAULT", ("forces",), ("militants",),
    ),
    Case(
        "The Dessan government has accused neighbouring Kessa of arming the rebels, a charge Kessa denies.",
        "accused", "ACCUSE", ("government|Dessan",), ("Kessa",),
    ),
    Case(
        "Chief negotiator Lena Moor said the talks with the rebels had broken down over the "
        "question of disarmament.",
        "talks", None, ("Moor|negotiator",), ("rebels",),
    ),
    Case(
        "The European Union on Monday extended its sanctions against Orlenian officials for "
        "another six months.",
        "sanctions", "SANCTION", ("European Union",), ("officials",),
    ),
    Case(
        "Gen. Ruben Tal resigned on Tuesday after weeks of protests over the killing of a student, "
        "the presidency said.",
        "resigned", "RETREAT", ("Tal",),
    ),
    Case(
        "Hundreds of Kessan refugees have returned home from camps in Dessa since the ceasefire, "
        "the UN refugee agency said.",
        "returned", None, ("refugees",),
    ),
    Case(
        "Kessa's decision to close the border angered traders on both sides.",
        "close", None, ("Kessa",), ("border",),
    ),
]

CASES = CASES + REPORTED

# A fourth batch: the actor far from its act (a long title, a fronted clause, an act
# inside a report, a passive with its agent late, a noun whose doer is a modifier),
# also written before the run.
FAR = [
    Case(
        "{The Security Council today voted to extend the mandate of the peacekeeping force "
        "in Kessa for another year.}",
        "extend", None, ("Security Council",),
    ),
    Case(
        "Acting on a tip from residents, Kessan border police today arrested five men "
        "suspected of smuggling arms.",
        "arrested", "COERCE", ("police",), ("men",),
    ),
    Case(
        "The Dessan foreign ministry, in a note handed to the Kessan ambassador, demanded "
        "the immediate release of the detained sailors.",
        "demanded", "REQUEST", ("ministry",),
    ),
    Case(
        "Tarvian Defence Minister Jon Ekko, on a visit to Varna, offered military help "
        "to the Orlenian government.",
        "offered", None, ("Ekko|Minister",), ("government|Orlenian",),
    ),
    Case(
        "Hundreds of people were detained overnight in a crackdown by the security services, "
        "the opposition said.",
        "detained", "COERCE", ("services",), ("people",),
    ),
    Case(
        "A Kessan court on Tuesday sentenced three opposition activists to prison terms "
        "for organising an unauthorised rally.",
        "sentenced", "COERCE", ("court",), ("activists",),
    ),
    Case(
        "The official news agency said Kessan troops had repelled an attack by rebels "
        "on a border post.",
        "attack", "ASSAULT", ("rebels",), ("post",),
    ),
    Case(
        "Orlenian leader Max Holt has invited the Dessan president to visit Varna next month, "
        "officials said.",
        "invited", None, ("Holt",), ("president",),
    ),
    Case(
        "Two Kessan diplomats were expelled from Dessa on Friday, accused of spying.",
        "expelled", None, ("Dessa",), ("diplomats",),
    ),
    Case(
        "Thousands of Dessans marched through the capital today to denounce the Kessan "
        "occupation of the border province.",
        "marched", "PROTEST", ("Dessans",),
    ),
    Case(
        "After a two-hour meeting with the prime minister, the union leaders called off "
        "the general strike.",
        "called", None, ("leaders|union",),
    ),
    Case(
        "The Kessan government yesterday accepted a United Nations plan for a ceasefire "
        "in the southern provinces.",
        "accepted", "AGREE", ("government|Kessan",), ("United Nations",),
    ),
    Case(
        "Police in the northern city of Ossa opened fire on demonstrators, killing two, "
        "according to a human rights group.",
        "opened", "ASSAULT", ("Police",), ("demonstrators",),
    ),
    Case(
        "The rebels freed 12 hostages on Monday, a week after kidnapping them from a bus "
        "near the border.",
        "freed", None, ("rebels",), ("hostages",),
    ),
    Case(
        "Kessa's ruling party has condemned the opposition for boycotting the elections.",
        "condemned", "ACCUSE", ("party",), ("opposition",),
    ),
    Case(
        "Dessa and Orlenia have agreed to set up a joint commission to investigate "
        "the border incident, the two governments said.",
        "agreed", "AGREE", ("Dessa",),
    ),
    Case(
        "The Kessan army said it had killed 40 rebels in fighting near the town of Ossa.",
        "killed", "ASSAULT", ("army|it",), ("rebels",),
    ),
    Case(
        "Tarvia has asked Dessa to extradite a former general accused of war crimes.",
        "asked", None, ("Tarvia",), ("Dessa",),
    ),
    Case(
        "The president, who is under pressure from the army, dismissed the defence minister "
        "on Sunday.",
        "dismissed", None, ("president",), ("minister",),
    ),
    Case(
        "Dessan Prime Minister Ola Berg arrived in Kell today for talks on trade "
        "and security.",
        "talks", None, ("Berg|Minister",),
    ),
]

CASES = CASES + FAR
