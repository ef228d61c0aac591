"""The event extractor on real text: the seeds, wire-style articles and a golden table of sentences."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from conftest import FIXTURES, SEEDS
from timeline.extract import extract
from timeline.extract.event_lexicon import match_triggers, tokenize, verb_forms
from timeline.models import Article


def load(path) -> Article:
    d = json.loads(path.read_text(encoding="utf-8"))
    return Article(**{k: d.get(k) for k in ("id", "url", "source", "title", "published", "text")})


@pytest.fixture(scope="module")
def guardian():
    return extract(load(SEEDS / "guardian-2018-10-15.json"))


@pytest.fixture(scope="module")
def second():
    return extract(load(SEEDS / "caravan-mexico-2018-10-24.json"))


def mentions(ex, type_, modality=None):
    return [m for m in ex.mentions if m.type == type_ and (modality is None or m.modality == modality)]


def timex_text(ex, m):
    return next((t.text for t in ex.timexes if t.id == m.timex_id), None)


# ------------------------------------------------------------------ the seeds


def test_guardian_departures_have_their_own_time_and_place(guardian):
    deps = mentions(guardian, "depart", "actual")
    fridays = [m for m in deps if timex_text(guardian, m) == "Friday"]
    assert len(fridays) == 2  # headline and body
    for m in fridays:
        assert [r.place.name for r in m.places if r.role == "from"] == ["San Pedro Sula"]
        assert m.places[0].place.country == "HN"


def test_pence_urging_is_a_statement_the_day_before_the_departure(guardian):
    st = [m for m in mentions(guardian, "statement") if m.actor and "Pence" in m.actor]
    assert len(st) == 2
    body = st[1]
    (rel,) = [r for r in guardian.relations if r.source == body.id]
    dep = next(m for m in guardian.mentions if m.id == rel.target)
    assert dep.type == "depart" and rel.type == "BEFORE" and rel.lag_days == (1, 1)
    assert timex_text(guardian, body) is None  # "the day after" is a relation, not its own date


def test_vowed_to_stop_them_from_crossing_is_not_a_crossing(guardian):
    crossings = mentions(guardian, "cross_border")
    vowed = [m for m in crossings if "vowed" in m.summary]
    assert vowed and all(m.modality != "actual" for m in vowed)
    assert [timex_text(guardian, m) for m in crossings if m.modality == "actual" and m.timex_id] == [
        "Monday afternoon"]


def test_standoff_is_a_block_without_a_date_of_its_own(guardian):
    (b,) = mentions(guardian, "block")
    assert b.trigger == "standoff" and b.timex_id is None and b.modality == "actual"
    assert "Guatemalan police" in (b.actor or "")


def test_sizes_and_not_police_counts(guardian):
    sizes = sorted((m.group_size, m.size_mod) for m in guardian.mentions if m.group_size)
    assert (1600, "MORE_THAN") in sizes and (1600, "EQUAL") in sizes
    assert all(s != 100 for s, _ in sizes)  # "About 100 Guatemalan police officers"


def test_april_events_belong_to_an_earlier_caravan(guardian):
    april = [m for m in guardian.mentions if m.earlier_caravan]
    assert {m.type for m in april} == {"statement", "asylum"}
    threat = next(m for m in april if m.type == "statement")
    assert threat.actor == "Donald Trump" and timex_text(guardian, threat) == "April"


def test_second_seed(second):
    (march,) = mentions(second, "march", "actual")[:1]
    assert timex_text(second, march) == "Wednesday"
    assert {r.place.name for r in march.places} >= {"Mapastepec"}
    stay = mentions(second, "stay")[0]
    assert [r.place.name for r in stay.places] == ["Huixtla"]  # "left Huixtla, where they had taken a break"
    rel = next(r for r in second.relations if r.source == stay.id)
    assert rel.rule == "rel.past-perfect" and rel.lag_days == (1, 1)
    dep = next(m for m in mentions(second, "depart") if m.trigger == "departure")
    assert timex_text(second, dep) == "October 13th"
    (asylum,) = mentions(second, "asylum", "actual")
    assert asylum.group_size == 1700 and timex_text(second, asylum) == "recent days"
    said = [m for m in mentions(second, "statement") if "Castaneda" in (m.actor or "")]
    assert said and timex_text(second, said[0]) == "Tuesday night"
    # "has returned to the United States" is not a return (the destination is not home)
    assert not mentions(second, "return")
    # quotes are not events: "expel 7000, 8000, or 9000 people"
    assert all(m.group_size != 9000 for m in second.mentions)


def test_block_on_friday_at_the_border(second):
    blocks = [m for m in mentions(second, "block", "actual") if timex_text(second, m) == "Friday"]
    assert len(blocks) == 2


# ----------------------------------------------------------- wire articles


@pytest.fixture(scope="module")
def wire():
    return {p.stem: extract(load(p)) for p in sorted((FIXTURES / "wire").glob("*.json"))}


def test_wire_relation_and_crossing(wire):
    ex = wire["wire-2020-01-16-caravan-leaves"]
    dep = mentions(ex, "depart", "actual")[0]
    assert timex_text(ex, dep) == "Wednesday" and dep.group_size == 1000 and dep.size_mod == "APPROX"
    st = mentions(ex, "statement")[0]
    assert st.actor and "officials" in st.actor
    assert any(r.source == st.id and r.target == dep.id and r.lag_days == (1, 1) for r in ex.relations)
    cross = [m for m in mentions(ex, "cross_border", "actual")]
    assert cross and any(r.place.name == "Guatemala" and r.role == "into" for r in cross[0].places)
    # plans and vows are not reported as happened
    assert all(m.modality != "actual" for m in ex.mentions if "plan to reach" in m.summary or "vowed" in m.summary)
    earlier = [m for m in ex.mentions if m.earlier_caravan]
    assert {m.type for m in earlier} >= {"arrive"}
    # "an earlier caravan ... crossed Mexico and reached Tijuana": a country crossed end to end is a journey
    assert not [m for m in earlier if m.type == "cross_border"]


def test_wire_relative_clause_is_background(wire):
    ex = wire["wire-2020-01-18-caravan-border"]
    left = next(m for m in ex.mentions if m.type == "depart")
    assert timex_text(ex, left) == "January 14"
    assert any(r.source == left.id and r.rule == "rel.relative-clause" for r in ex.relations)
    size = next(m for m in ex.mentions if m.group_size == 3500)
    assert size.size_mod == "APPROX"


def test_wire_detentions_deportations_and_asylum(wire):
    ex = wire["wire-2019-04-03-tapachula"]
    types = {m.type for m in ex.mentions if m.modality == "actual"}
    assert {"march", "block", "return", "asylum", "size"} <= types
    ret = mentions(ex, "return")[0]
    assert any(r.place.country == "HN" for r in ret.places)
    size = next(m for m in mentions(ex, "size"))
    assert size.group_size == 2000 and size.rule.startswith("size.frame+present")
    # "Migrants who had rested for two weeks in Tapachula": a description, not an event
    assert not mentions(ex, "stay")


# ------------------------------------------------------ sentence golden table

# (sentence, expected (type, modality) pairs, in text order)
GOLDEN = [
    ("The caravan set off from Tegucigalpa on Sunday.", [("depart", "actual")]),
    # statements: verbs of calling, insisting, denying; the Pentagon; caravan leaders
    ('President Trump called the caravans "an invasion of our Country" in a tweet on Monday.',
     [("statement", "actual")]),
    ("Mexico's government insisted on Monday that its officers had not been armed when the migrants came.",
     [("statement", "actual")]),
    ("The Pentagon said Monday it would send 5,200 active-duty troops to the border.", [("statement", "actual")]),
    ("Its leaders said on Saturday that the caravan would keep walking to the border.", [("statement", "actual")]),
    # ... but the organisers' source of an event the sentence tells is no statement of theirs
    ("By Sunday afternoon some 5,000 people had gathered in the town's central square, organizers said.",
     [("size", "actual")]),
    ("By the time the column pulled out before dawn on Saturday it stretched for several blocks.",
     [("depart", "actual")]),
    # what is feared, and an infinitive under a negated or modal verb, did not happen
    ("Many others did not cross, fearing deportation.", [("return", "hypothetical")]),
    ("She said soldiers would not be used to stop the migrants.", [("block", "negated")]),
    ("Hundreds of migrants managed to cross the river on Monday.", [("cross_border", "actual")]),
    ("Officials said on Sunday that the port was at full capacity.", [("block", "actual")]),
    # more words for crossing and staying
    ("On Saturday, Mexico opened the gate on the bridge and let migrants through in small groups.",
     [("cross_border", "actual")]),
    ("Police let the journalists through on Monday.", []),
    ("On Monday hundreds of migrants forded the river.", [("cross_border", "actual")]),
    ("The migrants regrouped on the Mexican bank Saturday night.", [("stay", "actual")]),
    ("Many migrants settled in on the bridge on Thursday.", [("stay", "actual")]),
    ("The migrants settled into a routine.", []),
    # registering with the authorities for papers is an asylum request; a bridge walked across is crossed
    ("Hundreds of migrants walked across the bridge on Friday, registering with immigration officers for visas.",
     [("cross_border", "actual"), ("asylum", "actual")]),
    # a count of the people staying somewhere now is a size report
    ("Close to 5,000 migrants are now crowded into a sports complex in Tijuana.", [("size", "actual")]),
    ("The crowd had reached about 2,500 by nightfall, city officials said.", [("size", "actual")]),
    # officials stopping the group is a block; the group stopping (to rest, or breaking up) is not
    ("Mexican officials halted the group in early April in Matias Romero.", [("block", "actual")]),
    ("Officials said the migrants stopped to rest in Huixtla on Sunday.", [("stay", "actual")]),
    ("Police stood by and the caravan began to break up on Thursday.", []),
    ("Security forces cleared about 2,000 people from the highway on Monday.", [("block", "actual")]),
    ("The migrants cleared customs on Monday.", []),
    # "and headed north" right after a crossing is that crossing going on
    ("On Thursday night others swam across the Suchiate River and headed north without papers.",
     [("cross_border", "actual")]),
    # "most of them": the group named before; a roadblock they stopped short of is a place
    ("Most of them halted short of the roadblock at Vado Hondo on Saturday evening.", [("stay", "actual")]),
    ("Soldiers set up a roadblock at Vado Hondo on Saturday.", [("block", "actual")]),
    ("Hundreds of Tijuana residents marched on Sunday.", []),
    # asylum claims named as a topic after "of" were not filed in the story
    ("Migrants rallied on Sunday to demand faster processing of asylum claims.", []),
    # barring a group is a block; a rule that bars asylum is not
    ("Soldiers barred about 300 Hondurans from the bridge on Monday.", [("block", "actual")]),
    ("A rule signed on Friday bars asylum for migrants who cross the border illegally.", []),
    # the noun "clash" is a block, but not a clash of cultures
    ("The group crossed the river on Monday, the day after a clash on the border bridge.",
     [("cross_border", "actual"), ("block", "actual")]),
    ("The clash of cultures in the border town was obvious.", []),
    ("Hundreds of migrants crossed into Mexico on rafts.", [("cross_border", "actual")]),
    ("The migrants were turned back by soldiers at the border.", [("block", "actual")]),
    ("Police fired tear gas at the crowd.", [("block", "actual")]),
    ("About 1,500 Honduran migrants trudged toward the Guatemalan border on Sunday.", [("march", "actual")]),
    ("By 6 a.m. dozens had paddled across the Suchiate River to Ciudad Hidalgo.", [("cross_border", "actual")]),
    ("By Thursday the group had shrunk to about 4,000 people.", [("size", "actual")]),
    ("Police estimated the group at about 3,000 people on Friday.", [("size", "actual")]),
    ("About 2,000 people remained on the bridge on Saturday.", [("size", "actual")]),
    ("Hundreds of others remained Tuesday on the Guatemalan bank, undecided.", [("stay", "actual")]),
    ("Hundreds of migrants remained massed on the bridge.", []),  # a standoff's state, no stay
    ("The caravan walked into Tapachula on Sunday afternoon.", [("arrive", "actual")]),
    ("A long column of migrants walked out of Tapachula on Sunday.", [("depart", "actual")]),
    ("The migrants walked into the shallow river on Monday morning.", [("cross_border", "actual")]),
    ("On Tuesday, a plane carrying 110 Hondurans left Tapachula for San Pedro Sula.", [("return", "actual")]),
    ("On Tuesday, buses carrying 300 migrants left Tapachula for Mexico City.", [("depart", "actual")]),
    ("The city's overcrowded shelters braced for more arrivals.", []),  # awaited: nothing happened yet
    # a count of those still on the road is a size, not a march ("counted N people still walking" keeps both)
    ("By Oct. 25, fewer than 900 people were still walking.", [("size", "actual")]),
    # what is expected has not happened yet
    ("Partners expect further group departures from Tapachula in the coming weeks.", [("depart", "planned")]),
    ("Aid groups expect more arrivals in Tijuana next week.", [("arrive", "planned")]),
    # a growth "from N at A to M in B" is two counts
    ("The group grew from roughly 1,000 at the San Pedro Sula bus terminal to about 7,000 in Tapachula.",
     [("size", "actual"), ("size", "actual")]),
    ("The caravan grew from 1,000 to 7,000 people.", [("size", "actual")]),
    # the future of a report is a plan; a second verb coordinated with a modal one shares its modality
    ("At dawn the organizers said the group would rest in Huixtla today and set out for Escuintla tomorrow.",
     [("stay", "planned"), ("depart", "planned")]),
    ("The migrants would rest in Huixtla if the rain continued.", [("stay", "hypothetical")]),
    ("Members of the caravan climb off a bus in Tijuana on Thursday.", [("arrive", "actual")]),
    ("The San Ysidro port of entry was closed to traffic for about five hours on Sunday.", [("block", "actual")]),
    ("The shelter was closed on Sunday.", []),  # no border crossing
    # a hyphenated modifier makes the trigger a noun; filing out of a shelter is the march going on
    ("Hundreds of migrants filed out of a church-run shelter in the capital early Thursday.", [("march", "actual")]),
    ("Most of the travelers reached the Casa del Migrante shelter on Wednesday.", [("arrive", "actual")]),
    ("Early Friday, several hundred migrants waded through the knee-deep river.", [("cross_border", "actual")]),
    ("The agency said it had received more than 1,000 requests for refugee status from caravan members on Friday.",
     [("asylum", "actual")]),
    ("The company received applications from 300 workers on Friday.", []),
    ("He said he had lived in Texas until he was deported in 2015.", []),  # one person's own story
    ("She said the group was deported on Monday.", [("return", "actual")]),
    # a report that also tells what will be done is a statement too ("would be sent back")
    ("Troops detained hundreds of migrants on Monday, and officials said on Tuesday that most of them would be sent "
     "back to Honduras.", [("block", "actual"), ("statement", "actual"), ("return", "hypothetical")]),
    # the speaker of verbs coordinated with "and"
    ("President Andres Manuel Lopez Obrador, who took office on Dec. 1, has promised a more humane approach to the "
     "caravan, and said on Wednesday that the newcomers would be welcome.", [("statement", "actual")]),
    ("The institute began registering members of the caravan on Thursday.", [("asylum", "actual")]),
    ("Hundreds of Hondurans filled out forms for humanitarian visas on Friday.", [("asylum", "actual")]),
    ("The price of a bus ticket fell to 3,000 pesos on Monday.", []),
    ("Guatemalan police dispersed the caravan on Sunday.", [("block", "actual")]),
    ("About 50 migrants were deported to Honduras.", [("return", "actual")]),
    ("Dozens of families applied for asylum at the port of entry.", [("asylum", "actual")]),
    ("The group camped in a park in Mexicali.", [("stay", "actual")]),
    ("They spent the night in a stadium in Mexico City.", [("stay", "actual")]),
    ("The caravan resumed its journey north on Monday.", [("march", "actual")]),
    ("The migrants arrived in Tijuana on Nov. 13.", [("arrive", "actual")]),
    ("The migrants will arrive in Tijuana next week.", [("arrive", "planned")]),
    ("The migrants hope to reach the border by Christmas.", [("arrive", "planned")]),
    ("The migrants did not cross into Guatemala.", [("cross_border", "negated")]),
    ("If the migrants cross into Mexico, they will be detained.", [("cross_border", "hypothetical")]),
    ("If the migrants cross into Mexico, police will detain them.", [("cross_border", "hypothetical"),
                                                                    ("block", "planned")]),
    ("Officials threatened to deport the migrants.", [("return", "hypothetical")]),
    ("Nobody wants to leave home.", []),
    ("Honduran police said another group of 500 left on Saturday night.", [("depart", "actual")]),
    ("Another group of 500 left, the police said.", []),  # "left" with neither a place nor a time of its own
    ("The campaign stop drew a crowd.", []),
    ("The caravan numbers about 3,000 people.", [("size", "actual")]),
    ("The caravan has grown to 4,000 members.", [("size", "actual")]),
    ("The caravan has grown to several thousand.", []),  # a vague quantity is no size report
    ("The migrants slept in the plaza of Esquipulas and left at dawn for Chiquimula.",
     [("stay", "actual"), ("depart", "actual")]),
    ("The caravan set out on Monday for the Guatemalan border.", [("depart", "actual")]),
    # someone returns a group named after the verb; the migrants going back themselves stay a return too
    ("Mexican authorities returned more than 2,000 Hondurans home.", [("return", "actual")]),
    ("Guatemala returned 1,500 migrants to Honduras on Sunday.", [("return", "actual")]),
    ("Some of the migrants returned home on Monday.", [("return", "actual")]),
    ("Dozens of Hondurans gave up and returned home.", [("return", "actual")]),
    ("Mexico returned 300 Hondurans to Tapachula on Friday.", []),  # not sent home
    # forcing a way into a country is the crossing (the clash is how it crossed); past police alone, or only
    # begun, a clash
    ("The caravan forced its way through the Corinto border post into Guatemala on Thursday.",
     [("cross_border", "actual")]),
    ("Migrants pushed through a police cordon into Mexico on Sunday.", [("cross_border", "actual")]),
    ("Migrants pushed past police at the bridge on Friday.", [("block", "actual")]),
    # stopping doing something is no block
    ("Mexico has stopped accepting new applications for the humanitarian visas.", []),
    ("Mexican police stopped marching migrants at the bridge on Monday.", [("block", "actual")]),
    # ... past a border post: crossed; entering through a border crossing
    ("At least 3,000 people pushed past the Corinto border post in Izabal department on Thursday afternoon.",
     [("cross_border", "actual")]),
    ("A smaller group entered through El Florido on Thursday.", [("cross_border", "actual")]),
    ("The migrants began pushing their way into Mexico on Friday.", [("block", "actual")]),
    ("The migrants tried to force their way into Mexico on Friday.", [("cross_border", "planned")]),
    # habitual or generic clauses tell of no dated event
    ("Caravans have set out from Tapachula at regular intervals since 2018.", [("depart", "hypothetical")]),
    ("The caravan left Tapachula on Sunday, as caravans have done every year since 2018.", [("depart", "actual")]),
    # a gerund after "protect ... from" is kept from happening
    ('Officials call the raids "rescues" that protect migrants from walking in the heat.', [("march", "hypothetical")]),
    ("The group straggled into Huixtla late Friday.", [("arrive", "actual")]),
    ("The migrants slept in the town's central plaza.", [("stay", "actual")]),
    ("The caravan was corralled on a highway bridge near Huehuetan.", [("block", "actual")]),
    # "storms" (weather) is no storming
    ("She said storms and the pandemic had wiped out her family's cornfield outside Choloma.", []),
    ("Hundreds of migrants stormed the border fence on Sunday.", [("block", "actual")]),
    # progressive stays; a count before the verb is its subject; more words for staying and asking for refuge
    ("By Sunday the migrants were resting in Huixtla.", [("stay", "actual")]),
    ("A smaller group of about 600 set out on June 5.", [("depart", "actual")]),
    ("The 2018 march was larger.", []),
    ("The caravan came to a halt in this Chiapas town on Wednesday.", [("stay", "actual")]),
    ("On Monday, Christmas Day, most of the migrants stayed put.", [("stay", "actual")]),
    ("The migrants passed the last night of the year at the municipal fairground.", [("stay", "actual")]),
    ("The refugee agency received around 300 requests of refuge from caravan members on Monday.",
     [("asylum", "actual")]),
    # one person's own story; how long a walk took; "would keep walking" is a plan
    ("Keyla recounted that she left Choloma in October and arrived in Tapachula in November.", []),
    ("She said the migrants left Tapachula on Monday.", [("depart", "actual")]),
    ("The caravan reached Matias Romero on Monday after more than a week of walking.", [("arrive", "actual")]),
    ("Organizers said they would keep walking on Sunday.", [("march", "planned")]),
    ("Caravans have left Tapachula repeatedly since 2018.", [("depart", "hypothetical")]),
    # "can" is no report of an event; "caravans keep leaving" is a habit
    ("Officials say those who register can apply for asylum or a regional visitor card.", [("asylum", "hypothetical")]),
    ("In Tapachula, the caravans keep leaving.", [("depart", "hypothetical")]),
    ('Mayor Juan Manuel Gastelum on Thursday called the arrivals "an avalanche" that the city could not absorb.',
     [("statement", "actual")]),
    # "paid ... to cross" did cross; "the march" is its marchers
    ("Many migrants paid a few pesos to cross the Suchiate River on rafts on Saturday.", [("cross_border", "actual")]),
    ("The march set out at about 10 a.m. from the Benito Juarez sports complex.", [("depart", "actual")]),
    # a bare count before the verb; "the rest" of a group
    ("About 1,000 regrouped in Mapastepec and were still camped in the town's park on Wednesday.",
     [("stay", "actual")]),
    ("The company said 1,000 left last year.", []),
    ("Most were detained. The rest camped that night in Alvaro Obregon.", [("stay", "actual")]),
    # "those who ...": people
    ("Most of those who waded the Suchiate River on Monday were detained.", [("cross_border", "actual")]),
    ("Many of those walking this time said they had lost homes.", []),
    # (reaching a country is crossing into it: cross_border)
    ("As of Saturday, no members of the caravan had reached Mexico.", [("cross_border", "negated")]),
    ("Caravans have left Tapachula several times a year since 2021.", [("depart", "hypothetical")]),
    # a negated subject; a time clause under a modal
    ("None of the migrants had reached the Mexican border by Saturday afternoon.", [("arrive", "negated")]),
    ("If the caravan follows the pattern of earlier ones, it may break up before it leaves Chiapas.",
     [("depart", "hypothetical")]),
    ("They will rest in Huixtla before they leave for Oaxaca.", [("stay", "planned"), ("depart", "planned")]),
    ("The caravan rested in Huixtla before it left for Oaxaca.", [("stay", "actual"), ("depart", "actual")]),
    # ("after" + a past verb tells what happened: no time clause of the modal)
    ("Officials said the migrants would be deported after they crossed the river on Monday.",
     [("return", "hypothetical"), ("cross_border", "actual")]),
    # a walk coordinated with the departure, with no time of its own, is the departure going on; so is a caravan
    # "heading north"; a walk with its own day is an event of its own
    ("About 400 migrants left Tapachula before dawn on Saturday and walked north along the coastal highway.",
     [("depart", "actual")]),
    ("On Monday thousands of migrants left Tapachula on foot in a caravan heading north.", [("depart", "actual")]),
    ("The migrants left Tapachula on Saturday and walked to Huixtla on Sunday.",
     [("depart", "actual"), ("march", "actual")]),
    # walking up to a gate arrives there; the dangers of walking are a topic; not letting the group advance
    ("About 200 caravan members walked up to the El Chaparral pedestrian entrance on Sunday afternoon.",
     [("arrive", "actual")]),
    ("Officials warned the migrants of the dangers of walking long distances in the heat.", []),
    # running past a police line or breaking through cordons is a clash with the police
    ("Hundreds of people ran past a line of Guatemalan police and soldiers at the crossing on Thursday.",
     [("block", "actual")]),
    ("Several hundred migrants broke through the police cordons on Thursday.", [("block", "actual")]),
    ("Security forces stopped the main group at Vado Hondo on Friday and did not let it advance towards the capital.",
     [("block", "actual"), ("march", "hypothetical")]),
    # "again" of another clause does not make a departure a resumed march; a participle after the comma does
    ("On Wednesday and again today, the caravan that left Tapachula on Sunday did not move.", [("depart", "actual")]),
    ("The caravan hit the road again early Tuesday, leaving Juchitan.", [("march", "actual")]),
    # a relative clause dated by another event dates its event too
    ("In June 2022, the caravan that left Tapachula on the day the summit opened reached Huixtla on June 8.",
     [("depart", "actual"), ("arrive", "actual")]),
    # the caravan's organizers right before the verb move with it; a call for "a second caravan to leave" is
    # a plan, "the third caravan to leave" a rank
    ("The organizers now plan to set out for Escuintla before dawn on Friday.", [("depart", "planned")]),
    ("Some are calling on social media for a second caravan to leave Tapachula on Nov. 5.", [("depart", "planned")]),
    ("It is the third caravan to leave Honduras this year.", []),
]


# (sentence, the departure's places with their roles): "for X" after a verb of leaving is where the group is
# heading, never where it leaves from; the origin is the place where the group was, if the text names one
DEPARTURE_PLACES = [
    ("Most of the group slept overnight in the plaza of Esquipulas, a pilgrimage town known for its basilica, and "
     "left at dawn for Chiquimula.", [("Chiquimula", "towards"), ("Esquipulas", "from")]),
    ("The migrants spent the night in Esquipulas. On Tuesday they left at dawn for Chiquimula.",
     [("Chiquimula", "towards"), ("Esquipulas", "from")]),
    ("They left Tapachula for Huixtla on Monday.", [("Tapachula", "from"), ("Huixtla", "towards")]),
    ("The caravan set off early Tuesday bound for Tijuana.", [("Tijuana", "towards")]),
    ("The caravan set out at dawn for Chiquimula.", [("Chiquimula", "towards")]),  # no origin named: none
    # a place in another story's sentence is no origin
    ("Trump spoke in Phoenix on Monday. The migrants left at dawn for Chiquimula.", [("Chiquimula", "towards")]),
]


@pytest.mark.parametrize("sentence,expected", DEPARTURE_PLACES, ids=[g[0][:40] for g in DEPARTURE_PLACES])
def test_a_departure_for_a_place_heads_there(sentence, expected):
    ex = extract(Article(id="g", text=sentence, published=datetime(2018, 10, 16)))
    (dep,) = mentions(ex, "depart")
    assert [(r.place.name, r.role) for r in dep.places] == expected
    for r in dep.places:  # provenance: the origin points at the words that name it
        assert sentence[r.start : r.end] == r.text
    assert dep.rule.endswith("+origin-before") == any(role == "from" and name != "Tapachula" for name, role in expected)


@pytest.mark.parametrize("sentence,expected", GOLDEN, ids=[g[0][:40] for g in GOLDEN])
def test_golden_sentences(sentence, expected):
    ex = extract(Article(id="g", text=sentence, published=datetime(2018, 11, 1)))
    got = [(m.type, m.modality) for m in ex.mentions]
    assert got == expected


def test_inflections_come_from_rules_and_the_irregular_table():
    assert {"leave", "leaves", "left", "leaving"} <= verb_forms("leave")
    assert {"cross", "crosses", "crossed", "crossing"} <= verb_forms("cross")
    assert {"apply", "applies", "applied", "applying"} <= verb_forms("apply")
    assert {"stop", "stopped", "stopping"} <= verb_forms("stop")
    assert {"set", "setting"} <= verb_forms("set")
    hits = [(t.rule, t.type) for t, _, _ in match_triggers(tokenize("they were stopping and swelled to 3,000"))]
    assert ("block.stop", "block") in hits


def test_a_group_gap_needs_a_group_so_the_shorter_trigger_keeps_its_place():
    def rules(text):
        return [(t.rule, " ".join(x.text for x in tokenize(text)[i:j])) for t, i, j in match_triggers(tokenize(text))]
    assert rules("they returned home") == [("return.go_back", "returned")]
    assert rules("it returned 300 Hondurans home") == [("return.return_group", "returned 300 Hondurans home")]
    assert rules("it returned them home") == [("return.go_back", "returned")]  # no group word in the gap
    assert rules("they returned to where they lived and went back")[0] == ("return.go_back", "returned")


def test_one_mention_per_event_per_sentence():
    s = "The migrants resumed their march on Wednesday, marching towards Mapastepec."
    ex = extract(Article(id="d", text=s, published=datetime(2018, 10, 24)))
    assert [m.type for m in ex.mentions] == ["march"]
    assert {r.place.name for r in ex.mentions[0].places} == {"Mapastepec"}


def test_mentions_carry_provenance():
    ex = extract(load(SEEDS / "guardian-2018-10-15.json"))
    text = ex.article.text
    for m in ex.mentions:
        assert text[m.start : m.end] == m.trigger
        assert m.rule and m.summary and len(m.summary) <= 125
        assert m.id.startswith(ex.article.id + "#e")
        for r in m.places:
            assert text[r.start : r.end] == r.text or r.text.startswith(text[r.start : r.start + 3])


def _wire(text: str) -> Article:
    return Article(id="wire-it", url="https://example.org/wire-it", source="Wire", title="t",
                   published=datetime(2018, 11, 24, 10), text=text)


def test_it_for_the_caravan_is_a_group_subject():
    ex = extract(_wire("The caravan left San Pedro Sula, Honduras, on Oct. 13. A few days later, it crossed into "
                       "Guatemala. Several weeks later it reached Mexico City."))
    assert [timex_text(ex, m) for m in mentions(ex, "cross_border")] == ["A few days later"]
    assert [timex_text(ex, m) for m in mentions(ex, "arrive")] == ["Several weeks later"]  # through the "it" chain


def test_it_for_something_else_is_not():
    ex = extract(_wire("The government announced new rules on Monday. It crossed a line, critics said."))
    assert mentions(ex, "cross_border") == []


def _mentions_of(text: str, published: str = "2020-01-21"):
    ex = extract(Article(id="w", text=text, published=datetime.fromisoformat(published)))
    return [(m.type, m.rule, [(p.place.name, p.role) for p in m.places]) for m in ex.mentions]


def test_stopped_by_someone_is_a_block_and_waiting_at_a_place_is_a_stay():
    got = _mentions_of("The caravan was stopped at the border bridge on Saturday. The migrants had waited on the "
                       "bridge at Tecun Uman since Saturday. The caravan stopped at Huixtla on Sunday.")
    assert [(t, r) for t, r, _ in got] == [("block", "block.stopped"), ("stay", "stay.wait"), ("stay", "stay.stop_at")]
    assert ("Tecún Umán", "at") in got[1][2] and ("Huixtla", "at") in got[2][2]


def test_the_country_entered_is_the_one_the_sentence_names():
    (cross,) = [m for m in _mentions_of("SAN PEDRO SULA, Honduras (Wire) — Hundreds left on Wednesday.\n\n"
                                        "Guatemalan authorities said some 1,200 Honduran migrants had entered the "
                                        "country by Thursday afternoon.") if m[0] == "cross_border"]
    assert cross[2] == [("Guatemala", "into")]  # the authorities' country, not the migrants' nor the dateline's
    (cross,) = [m for m in _mentions_of("CIUDAD HIDALGO, Mexico (Wire) — Hundreds of Hondurans entered the country "
                                        "on Monday.") if m[0] == "cross_border"]
    assert ("Mexico", "into") in cross[2] and ("Honduras", "into") not in cross[2]


def test_a_size_after_with_is_the_moving_groups():
    ex = extract(Article(id="w", text="The caravan, organized by Pueblo Sin Fronteras, set out from Tapachula near "
                         "the Guatemalan border on March 25 with about 1,200 people, most of them Hondurans.",
                         published=datetime(2018, 4, 3)))
    (dep,) = mentions(ex, "depart")
    assert (dep.group_size, dep.size_mod) == (1200, "APPROX")


def test_the_first_caravan_of_the_year_is_the_storys_own_and_last_years_caravan_dates_nothing():
    ex = extract(Article(id="w", published=datetime(2019, 1, 17), text=(
        "More than 1,000 Honduran migrants entered Guatemala on Wednesday, a day after leaving San Pedro Sula in the "
        "first caravan of the year.\n\nLast year's caravan, which left San Pedro Sula on Oct. 13, grew to more than "
        "7,000 people as it crossed Guatemala and Mexico.")))
    (cross,) = mentions(ex, "cross_border")
    assert not cross.earlier_caravan
    (size,) = mentions(ex, "size")
    assert size.earlier_caravan and size.timex_id is None  # "Last year's" tells which caravan, not when it grew


def test_sending_a_named_group_back_is_a_return():
    got = _mentions_of("Guatemalan authorities said they had sent more than 1,500 migrants back to Honduras by "
                       "Sunday evening.", "2021-01-18")
    assert [(t, r) for t, r, _ in got if t == "return"] == [("return", "return.send_back")]
    ex = extract(Article(id="w", text="Mexico flew 300 Hondurans home on Friday.", published=datetime(2021, 1, 18)))
    assert [m.group_size for m in mentions(ex, "return")] == [300]
    assert _mentions_of("He sent a letter back to the ministry on Monday.") == []


def test_returning_a_named_group_is_a_return_with_its_size_and_returning_home_stays_one():
    ex = extract(_wire("Mexican authorities returned more than 2,000 Hondurans home by bus on Friday. Some migrants "
                       "returned home on Saturday. Guatemala had returned 1,500 migrants to Honduras by Sunday."))
    got = [(m.rule, m.group_size, m.size_mod, timex_text(ex, m)) for m in mentions(ex, "return")]
    assert got == [("return.return_group", 2000, "MORE_THAN", "Friday"), ("return.go_back", None, None, "Saturday"),
                   ("return.return_group", 1500, "EQUAL", "Sunday")]
    assert [r.place.name for r in mentions(ex, "return")[2].places if r.role == "to"] == ["Honduras"]


def test_forcing_a_way_into_a_country_is_the_crossing_with_the_clashs_time_and_places():
    ex = extract(_wire("The group left San Pedro Sula on Wednesday night, and forced its way through the Corinto "
                       "border post into Guatemala at dawn on Thursday, pushing past a thin line of police."))
    assert mentions(ex, "block") == []  # (the clash is how it crossed, not a block of its own)
    (cross,) = mentions(ex, "cross_border")
    assert cross.rule == "cross_border.force_way"
    assert cross.trigger == "forced its way" and cross.actor is None
    assert timex_text(ex, cross) == "dawn on Thursday"
    assert ("Guatemala", "into") in [(r.place.name, r.role) for r in cross.places]
    assert ("Corinto", "via") in [(r.place.name, r.role) for r in cross.places]


def test_a_vague_size_is_the_groups_without_a_number():
    ex = extract(_wire("Several hundred migrants crossed into Mexico on Saturday. Thousands of Hondurans left "
                       "Tapachula on Sunday. A caravan of thousands reached Huixtla on Monday."))
    got = [(m.type, m.group_size, m.size_low, m.size_mod, m.size_text) for m in ex.mentions]
    assert got == [("cross_border", None, 200, "VAGUE", "Several hundred"),
                   ("depart", None, 2000, "VAGUE", "Thousands"),
                   ("arrive", None, 2000, "VAGUE", "thousands")]  # and no size mention of its own


def test_a_caravan_that_began_somewhere_departed_and_refused_entry_is_a_block():
    got = _mentions_of("The caravan, which began on Oct. 13 in San Pedro Sula, Honduras, had been stuck on a bridge "
                       "over the Suchiate River since Friday. Migrants regrouped on Sunday, a day after Mexican "
                       "authorities refused to let most of them in legally.", "2018-10-22")
    assert [(t, r) for t, r, _ in got] == [("depart", "depart.group_began"), ("block", "block.stuck"),
                                           ("stay", "stay.shelter"), ("block", "block.refuse_entry")]
    assert ("San Pedro Sula", "at") in got[0][2] or ("San Pedro Sula", "from") in got[0][2]
    # "a crackdown that began on Monday" names no place: no departure
    assert _mentions_of("Police said the crackdown, which began on Monday, would go on.", "2018-10-22") == []


def test_a_noun_trigger_with_its_group_after_of_and_a_place_is_an_event():
    ex = extract(Article(id="w", text="The arrival of 3,000 migrants in Tijuana on Sunday angered residents. The "
                         "departure of the caravan from San Pedro Sula on Oct. 13 was broadcast live.",
                         published=datetime(2018, 11, 20)))
    (arr,) = mentions(ex, "arrive")
    assert arr.group_size == 3000 and [(p.place.name, p.role) for p in arr.places] == [("Tijuana", "at")]
    (dep,) = mentions(ex, "depart")
    assert [(p.place.name, p.role) for p in dep.places] == [("San Pedro Sula", "from")]
    # a topic, not an event: no place of its own
    ex = extract(Article(id="w", text="Residents protested the arrival of more than 3,000 migrants on Sunday.",
                         published=datetime(2018, 11, 20)))
    assert mentions(ex, "arrive") == []


MISSION_ARTICLE = ("Since the departure of this caravan October 13th, the number of people walking north has grown every "
                   "day, aid workers say. On Tuesday night, hundreds slept in the main square of Mapastepec after a "
                   "40-kilometer walk. In recent days, Mexican federal police have set up checkpoints along the "
                   "highway.")


def test_the_departure_of_this_caravan_october_13th_and_a_night_in_a_town_square():
    ex = extract(Article(id="w", text=MISSION_ARTICLE, published=datetime(2018, 10, 24)))
    got = [(m.type, m.rule.split(" ")[0], timex_text(ex, m), [(p.place.name, p.role) for p in m.places])
           for m in ex.mentions]
    assert got[0] == ("depart", "depart.depart", "October 13th", [])
    assert ("stay", "stay.sleep", "Tuesday night", [("Mapastepec", "at")]) in got
    assert any(t == "block" and when == "recent days" for t, _, when, _ in got)
    assert not [g for g in got if g[0] == "march"]  # "people walking north" describes the group


def test_a_size_is_not_the_subject_of_a_trigger_with_its_own_number_before_it():
    ex = extract(Article(id="w", published=datetime(2020, 1, 21), text=(
        "Mexico's National Migration Institute said 402 migrants were detained on Monday and that 1,100 had "
        "entered the country legally since Friday.")))
    (cross,) = mentions(ex, "cross_border")
    assert cross.group_size != 402
    assert [(p.place.name, p.role) for p in cross.places] == [("Mexico", "into")]


def test_closing_a_port_rushing_and_climbing_a_fence_and_migrants_who_remain():
    got = _mentions_of("U.S. authorities closed the San Ysidro port of entry for several hours on Sunday after "
                       "hundreds of migrants rushed the border fence. About 5,000 migrants remain in a sports "
                       "complex in Tijuana, officials said Monday. A group of 80 migrants turned themselves in to "
                       "Border Patrol agents after climbing the fence near Playas de Tijuana on Saturday.",
                       "2018-11-26")
    rules = [r for _, r, _ in got]
    assert {"block.close_crossing", "block.clash", "size.frame+present", "cross_border.climb_fence"} <= set(rules)
    assert _mentions_of("The governor closed the schools on Monday. Police scaled back patrols.") == []


def test_a_port_that_could_not_process_claims_and_migrants_left_waiting_at_the_border():
    ex = extract(Article(id="w", published=datetime(2018, 4, 30), text=(
        "About 150 Central Americans were left waiting at the border on Sunday night after U.S. officials said the "
        "port of entry could not process their asylum claims. The migrants, many of them women and children from "
        "Honduras, marched to the border crossing on Sunday afternoon.")))
    assert mentions(ex, "depart") == []  # "were left waiting": nobody left
    assert [m.modality for m in mentions(ex, "asylum")] == ["negated"]
    assert mentions(ex, "cross_border") == []  # "the border crossing" is where they marched to
    (march,) = mentions(ex, "march")
    assert timex_text(ex, march) == "Sunday afternoon"
    assert [(p.place.name, p.role) for p in march.places] == [("Honduras", "mention")]  # where they are from


def test_hitting_the_road_again_is_the_march_resumed_not_a_departure():
    ex = extract(Article(id="w", published=datetime(2018, 10, 30), text=(
        "JUCHITAN, Mexico (AP) — Thousands of Central American migrants hit the road again early Tuesday, leaving "
        "Juchitan in Oaxaca state after a day of rest.")))
    assert mentions(ex, "depart") == []
    (march,) = mentions(ex, "march")
    assert timex_text(ex, march) == "early Tuesday"
    assert ("Heroica Ciudad de Juchitán de Zaragoza", "from") in [(p.place.name, p.role) for p in march.places]


def test_walking_after_setting_off_is_how_they_went_not_another_event():
    ex = extract(Article(id="w", published=datetime(2018, 10, 21), text=(
        "The migrants crossed the river on Saturday. The following morning they set off for Tapachula, some 37 "
        "kilometers away, walking in the heat along the highway.")))
    assert [m.type for m in ex.mentions] == ["cross_border", "depart"]


def _one(text, published):
    return extract(Article(id="w", published=datetime.fromisoformat(published), text=text))


def test_a_caravan_that_set_out_is_a_relative_clause_not_a_demonstrative():
    ex = _one("The caravan of some 2,000 Hondurans that set out from San Pedro Sula on Monday night crossed into "
              "Mexico on Thursday.", "2019-01-20")
    (dep,) = mentions(ex, "depart")
    assert timex_text(ex, dep) == "Monday night" and dep.group_size == 2000
    assert [(p.place.name, p.role) for p in dep.places] == [("San Pedro Sula", "from")]


def test_a_described_place_is_still_the_object_and_an_apposition_keeps_the_subjects_size():
    ex = _one("TAPACHULA, Mexico (Wire) — Some 3,000 migrants, most of them from Central America and Haiti, left the "
              "southern Mexican city of Tapachula on foot before dawn Saturday.", "2021-10-25")
    (dep,) = mentions(ex, "depart")
    assert dep.group_size == 3000 and timex_text(ex, dep) == "before dawn Saturday"
    assert ("Tapachula", "from") in [(p.place.name, p.role) for p in dep.places]
    ex = _one("They left the Honduran capital, Tegucigalpa, on Monday.", "2018-11-01")
    assert [(p.place.name, p.role) for p in mentions(ex, "depart")[0].places] == [("Tegucigalpa", "from")]


def test_the_capital_is_the_capital_city_of_the_country_named():
    ex = _one("The migrants reached the Guatemalan capital on Wednesday.", "2018-10-19")
    (arr,) = mentions(ex, "arrive")
    assert [(p.place.name, p.place.country, p.role) for p in arr.places] == [("Guatemala City", "GT", "to")]
    ex = _one("SAN SALVADOR, El Salvador (Wire) — About 1,500 Salvadorans set out from the capital's main plaza "
              "early Wednesday.", "2018-11-01")
    (dep,) = mentions(ex, "depart")
    assert [(p.place.name, p.role) for p in dep.places] == [("San Salvador", "from")]


def test_halting_to_rest_is_a_stay_and_halting_the_caravan_a_block():
    ex = _one("The caravan halted on Monday, Christmas Day, to rest, and resumed its march early Tuesday.",
              "2023-12-27")
    assert [(m.type, timex_text(ex, m)) for m in ex.mentions] == [("stay", "Monday"), ("march", "early Tuesday")]
    ex = _one("Mexican police halted the caravan near Huixtla on Monday.", "2023-12-27")
    assert [m.type for m in ex.mentions] == ["block"]


def test_caravans_in_general_are_no_caravans_event():
    ex = _one("Mexican authorities had dissolved several smaller caravans in recent months by offering migrants "
              "temporary permits.", "2023-12-27")
    assert ex.mentions == []


def test_estimates_set_against_each_other_are_two_sizes_by_their_estimators():
    ex = _one("Organizers put it at 10,000, while Mexican officials said about 6,000 people were walking.",
              "2023-12-27")
    sizes = sorted((m.group_size, m.actor) for m in mentions(ex, "size"))
    assert sizes == [(6000, "Mexican officials"), (10000, "Organizers")]


def test_a_date_before_and_is_the_first_verbs():
    ex = _one("The caravan set out from San Pedro Sula on Wednesday night and crossed into Guatemala at the Corinto "
              "border crossing on Thursday.", "2020-10-03")
    assert [(m.type, timex_text(ex, m)) for m in ex.mentions] == [("depart", "Wednesday night"),
                                                                  ("cross_border", "Thursday")]
    ex = _one("The migrants left Tapachula on Monday and reached Huixtla.", "2020-10-03")
    assert [(m.type, timex_text(ex, m)) for m in ex.mentions] == [("depart", "Monday"), ("arrive", None)]


def test_the_city_is_the_town_named_last_or_the_datelines():
    got = _mentions_of("MEXICO CITY (Wire) — About 2,000 Central American migrants arrived in the city on Monday "
                       "after walking and hitching rides from Puebla.")
    (arrive,) = [m for m in got if m[0] == "arrive"]
    assert ("Mexico City", "at") in arrive[2]
    # another city named first: "the city" is that one, not the dateline's
    got = _mentions_of("MEXICO CITY (Wire) — The migrants reached Puebla on Sunday. They slept in the city on Sunday "
                       "night before they left.")
    assert all(("Mexico City", "at") not in m[2] for m in got)
    (stay,) = [m for m in got if m[0] == "stay"]
    assert ("Puebla", "at") in stay[2]
    # without a dateline too; "the border town" is a town
    got = _mentions_of("Thousands of Honduran migrants reached Tapachula on Sunday night. On Tuesday they left the "
                       "city before dawn.")
    (depart,) = [m for m in got if m[0] == "depart"]
    assert ("Tapachula", "from") in depart[2]
    got = _mentions_of("Migrants waded the Suchiate on Monday into Ciudad Hidalgo. Hundreds slept in the border "
                       "town on Monday night.")
    (stay,) = [m for m in got if m[0] == "stay"]
    assert ("Ciudad Hidalgo", "at") in stay[2]


def test_the_city_does_not_refer_to_a_hometown_or_another_clause():
    # the town a man comes from is no antecedent: the town before it is
    got = _mentions_of("Dozens of migrants slept in a plaza in Tecun Uman on Wednesday. \"There is no point,\" "
                       "said a man from Olanchito. About 200 people remain in the town, an official said.")
    (size,) = [m for m in got if m[0] == "size"]
    assert ("Tecún Umán", "at") in size[2]
    # a city in a clause of its own ("as ... opened in Los Angeles") is not what "the city" stands for
    got = _mentions_of("On June 6, as the summit opened in Los Angeles, thousands of migrants left the city on foot.",
                       published="2022-06-07")
    (depart,) = [m for m in got if m[0] == "depart"]
    assert all(p != "Los Angeles" for p, _ in depart[2])
    # far back, the reference is lost
    got = _mentions_of("The migrants reached Puebla on Sunday. " + "Officials met in private to talk. " * 25 +
                       "On Tuesday they left the city.")
    (depart,) = [m for m in got if m[0] == "depart"]
    assert depart[2] == []
    # "the city of X" names X
    got = _mentions_of("MEXICO CITY (Wire) — The migrants arrived in the city of Puebla on Monday.")
    (arrive,) = [m for m in got if m[0] == "arrive"]
    assert [p for p, _ in arrive[2]] == ["Puebla"]


def test_the_group_sent_back_is_the_returns_size():
    ex = extract(Article(id="r", text="Guatemala sent back more than 1,000 Honduran migrants on Saturday.",
                         published=datetime(2021, 1, 18)))
    (m,) = ex.mentions
    assert (m.type, m.group_size) == ("return", 1000)
    ex = extract(Article(id="r", text="The caravan, which organizers put at about 5,000 people, rested on Monday.",
                         published=datetime(2018, 10, 22)))
    assert [(m.type, m.group_size) for m in ex.mentions] == [("size", 5000), ("stay", None)]


@pytest.mark.parametrize("text, place", [
    ("MAPASTEPEC, Mexico (AP) — The migrant caravan rested in this Chiapas town on Thursday after a long walk.",
     "Mapastepec"),
    ("ARRIAGA, Mexico (AP) — The caravan set out early from this railway terminus on Saturday.", "Arriaga"),
])
def test_this_town_is_the_dateline_even_with_a_state_before_the_noun(text, place):
    ex = extract(_wire(text))
    (m,) = [m for m in ex.mentions if m.type in ("stay", "depart")]
    assert [r.place.name for r in m.places if r.role in ("at", "from")] == [place]


def test_near_a_place_close_to_the_dateline_is_in_the_dateline_town():
    ex = extract(_wire("TIJUANA, Mexico (AP) — Hundreds of migrants camped on Sunday in a sports field near the San "
                       "Ysidro border crossing."))
    (m,) = [m for m in ex.mentions if m.type == "stay"]
    assert [(r.place.name, r.role) for r in m.places if r.role == "at"] == [("Tijuana", "at")]
    # far from the dateline, "near" keeps its place
    ex = extract(_wire("MEXICO CITY (AP) — Hundreds of migrants camped on Sunday near the San Ysidro border crossing."))
    (m,) = [m for m in ex.mentions if m.type == "stay"]
    assert "Tijuana" not in [r.place.name for r in m.places]
    # near a town, not a crossing: that town ("on the Guatemalan side of the river near Tecun Uman")
    ex = extract(_wire("CIUDAD HIDALGO, Mexico (AP) — About 2,000 migrants camped over the weekend on the "
                       "Guatemalan side of the river near Tecun Uman."))
    (m,) = [m for m in ex.mentions if m.type == "stay"]
    assert "Ciudad Hidalgo" not in [r.place.name for r in m.places]


def test_an_estimated_group_is_the_movements_size_and_a_size_report_of_its_own():
    ex = _one("Guatemalan authorities estimated that as many as 9,000 Honduran migrants crossed into Guatemala on "
              "Saturday.", "2021-01-17")
    (cross,) = mentions(ex, "cross_border")
    (size,) = mentions(ex, "size")
    assert cross.group_size == size.group_size == 9000
    assert timex_text(ex, size) == "Saturday"
    # so is a count an institution or the organisers give with a verb of saying, for a movement or a stay
    ex = _one("Officials said 2,000 Honduran migrants crossed into Guatemala on Saturday.", "2021-01-17")
    assert [(m.type, m.group_size) for m in ex.mentions] == [("size", 2000), ("cross_border", 2000)]
    ex = _one("Mexico City's government said on Tuesday that 4,841 people were sheltering at the stadium.",
              "2018-11-07")
    assert [(m.type, m.group_size) for m in ex.mentions] == [("size", 4841), ("stay", 4841)]
    # not a count of those who applied for visas, nor one a witness gives
    ex = _one("The migration institute said on Friday that more than 1,000 people had applied for visas.",
              "2019-01-18")
    assert [m.type for m in ex.mentions] == ["asylum"]
    ex = _one("A shopkeeper said 2,000 migrants crossed into Guatemala on Saturday.", "2021-01-17")
    assert [m.type for m in ex.mentions] == ["cross_border"]


def test_an_infinitive_after_a_ranked_group_says_which_group_not_what_happened():
    for text in ("It is the third caravan to leave Central America since mid-October.",
                 "It was the largest migrant group to cross into Mexico this year."):
        assert _one(text, "2018-11-02").mentions == []
    # "the next caravan to leave" is still a plan
    ex = _one("The next caravan to leave San Pedro Sula is expected in January.", "2018-11-02")
    assert [(m.type, m.modality) for m in ex.mentions] == [("depart", "planned")]


def test_a_fence_around_a_place_is_no_border():
    assert _one("On Wednesday, a few migrants jumped the fence around the factory and were detained.",
                "2019-02-08").mentions == []
    ex = _one("On Wednesday, dozens of migrants jumped the border fence into San Diego.", "2019-02-08")
    assert [(m.type, m.modality) for m in ex.mentions] == [("cross_border", "actual")]


@pytest.mark.parametrize(
    "sentence, statement",
    [
        ("Mexico's National Migration Institute said on Friday that more than 1,000 people from the caravan "
         "had applied for asylum.", False),
        ("Mexican National Guard troops detained hundreds of migrants who waded across the Suchiate River from "
         "Guatemala, officials said Tuesday.", False),
        ("Mexican authorities said Monday they would deport about 500 migrants who tried to cross the border.", True),
        ("Honduran President Juan Orlando Hernandez said Saturday that about 2,000 Hondurans in the caravan had "
         "already returned home.", True),
    ],
)
def test_an_institutions_report_of_an_event_is_its_source_not_a_statement(sentence, statement):
    ex = extract(Article(id="t", text=sentence, published=datetime(2019, 1, 19)))
    assert bool(mentions(ex, "statement")) is statement
    assert [m for m in ex.mentions if m.type != "statement" and m.modality == "actual"] or statement


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of migrants from a new caravan walked across the border bridge from Guatemala into Mexico on Friday.",
        "Hundreds of migrants walked across the river on Monday.",
        "Guatemala has deported hundreds since a U.S.-bound caravan forced its way across the border on Thursday.",
    ],
)
def test_walking_or_forcing_a_way_across_a_border_is_a_crossing(sentence):
    ex = extract(Article(id="t", text=sentence, published=datetime(2019, 1, 19)))
    assert mentions(ex, "cross_border", "actual")


def test_the_speaker_of_a_relative_clause_is_its_antecedent():
    text = ("U.S. President Donald Trump, who on Thursday threatened to close the U.S. southern border if Mexico "
            "did not halt the caravan, praised Mexican authorities a day later for stopping the migrants.")
    ex = extract(Article(id="t", text=text, published=datetime(2018, 10, 21)))
    threats = [m for m in mentions(ex, "statement") if m.rule.startswith("statement.threaten")]
    assert threats and threats[0].actor == "Donald Trump"


def test_writing_on_twitter_is_a_statement_and_a_letter_is_not():
    ex = extract(Article(id="t", text="President Donald Trump wrote on Twitter on Tuesday that the caravan must be "
                         "stopped at the border.", published=datetime(2019, 1, 18)))
    assert [m.rule for m in mentions(ex, "statement")] == ["statement.tweet"]
    ex = extract(Article(id="t", text="The Mexican president wrote a letter to the caravan on Tuesday.",
                         published=datetime(2019, 1, 18)))
    assert not mentions(ex, "statement")


# ------------------------------------------------------- the group's nationality


@pytest.mark.parametrize(("text", "nation"), [
    ("A group of about 300 Salvadorans set out on foot on Sunday.", "SV"),
    ("The first members of the new group, mostly Hondurans, reached Tecun Uman on Thursday.", "HN"),
    ("Hundreds of Guatemalan families crossed the river on Monday.", "GT"),
    ("The Honduran-led caravan pushed on through Oaxaca on Wednesday.", "HN"),
    ("The caravan of Hondurans, Guatemalans and Salvadorans left on Friday.", None),  # several: none
    ("Mexican police blocked the bridge on Friday.", None),  # police: no group's nationality
])
def test_a_sentence_gives_the_group_one_nationality(text, nation):
    ex = _one(text, "2018-10-31")
    assert ex.mentions and {m.nationality for m in ex.mentions} == {nation}


def test_a_sentence_opening_with_its_continues_the_group_of_the_sentence_before():
    ex = _one("Further north, a second caravan of Hondurans forced its way into Mexico on Monday. Its members "
              "waded across the Suchiate River after police closed the bridge. The main caravan rested in "
              "Juchitan on Tuesday.", "2018-10-31")
    crossings = mentions(ex, "cross_border")
    assert len(crossings) == 2 and all(m.later_caravan and m.nationality == "HN" for m in crossings)
    (stay,) = mentions(ex, "stay")
    assert not stay.later_caravan and stay.nationality is None  # a new subject: not the group before


def test_a_later_group_named_in_a_clause_of_its_own_leaves_the_clause_before_to_the_first_caravan():
    ex = _one("Caravan rests in Juchitan as second group forces its way into Mexico", "2018-10-30")
    (stay,) = mentions(ex, "stay")
    assert not stay.later_caravan
    assert mentions(ex, "cross_border") and all(m.later_caravan for m in mentions(ex, "cross_border"))
    ex = _one("Further south, a second caravan of about 1,500 people forced its way across the bridge between "
              "Tecun Uman and Ciudad Hidalgo on Sunday after clashing with Mexican federal police.", "2018-10-30")
    assert {m.type for m in ex.mentions} >= {"cross_border", "block"}  # across the bridge: a crossing too
    assert all(m.later_caravan for m in ex.mentions)


def test_a_smaller_group_that_presses_on_is_what_is_left_of_the_caravan():
    ex = _one("Most participants took the papers and went their own way. A smaller group, about 400 by the "
              "organizers' count, pressed on by bus and freight train through Puebla. They reached Tijuana between "
              "April 24 and April 26.", "2018-05-03")
    assert ex.mentions and not any(m.later_caravan for m in ex.mentions)
    # a smaller group setting out is a caravan of its own
    ex = _one("A smaller group of about 300 left Tapachula on Sunday.", "2018-05-03")
    assert [m.later_caravan for m in ex.mentions] == [True]


def test_a_surname_the_article_gave_with_a_title_speaks_for_an_official():
    ex = _one("Mexico's National Migration Institute began registering members of the caravan, according to the "
              "institute's director, Tonatiuh Guillen. Some U.S. officials have warned that the cards could become a "
              "free pass to the U.S. border. Guillen rejected that on Friday, saying the permits are valid only "
              "inside Mexico.",
              "2019-01-19")
    (st,) = mentions(ex, "statement")
    assert st.actor == "Guillen"
    # a migrant's surname is no official's
    ex = _one("Maria Lopez, a migrant from Choloma, walked with the caravan. Lopez said on Friday that the caravan "
              "would go on.", "2019-01-19")
    assert not mentions(ex, "statement")


def test_a_clause_fronted_after_an_opening_date_neither_takes_the_date_nor_gives_its_place():
    ex = _one("On June 6, 2022, as the Summit of the Americas opened in Los Angeles, thousands of migrants left the "
              "city together.", "2022-06-08")
    (dep,) = mentions(ex, "depart")
    assert dep.timex_id is not None and not any(r.place.name == "Los Angeles" for r in dep.places)
    (dep,) = mentions(_one("On June 6, 2022, as the summit opened, thousands of migrants left Tapachula together.",
                           "2022-06-08"), "depart")
    assert dep.timex_id is not None and [r.place.name for r in dep.places] == ["Tapachula"]


def test_a_flight_home_is_a_return_from_the_departure_verbs_places():
    ex = _one("On Tuesday, a plane carrying 110 Hondurans left Tapachula for San Pedro Sula.", "2020-01-22")
    (ret,) = ex.mentions
    assert ret.type == "return" and ret.group_size == 110
    assert [(r.place.name, r.role) for r in ret.places] == [("Tapachula", "from"), ("San Pedro Sula", "towards")]


def test_a_fronted_participle_takes_the_main_clauses_group_as_subject():
    ex = _one("Since leaving San Pedro Sula on Oct. 13, the caravan has crossed two borders.", "2018-11-16")
    (dep,) = mentions(ex, "depart")
    assert timex_text(ex, dep) == "Oct. 13" and [(p.place.name, p.role) for p in dep.places] == [
        ("San Pedro Sula", "from")]
    assert mentions(_one("After leaving the office, the minister spoke to migrants.", "2018-11-16"), "depart") == []


def test_he_told_reporters_is_the_speaker_named_just_before():
    ex = _one('Bartolo Fuentes, a former lawmaker who has been walking with the caravan, denied organizing it. '
              '"People decided to leave together because it is safer," he told reporters on Saturday.', "2018-10-14")
    (st,) = mentions(ex, "statement")
    assert st.actor == "lawmaker" and timex_text(ex, st) == "Saturday"
    assert mentions(ex, "march") == []  # the lawmaker walking with the caravan: one person, not the caravan's march
    # a pronoun with no speaker in the sentences before is nobody
    ex = _one('The caravan rested in Tapachula. "We will go on," he told reporters on Saturday.', "2018-10-22")
    assert mentions(ex, "statement") == []


def test_a_year_that_frames_a_day_gives_the_trigger_the_day():
    ex = extract(_wire("Pueblo Sin Fronteras had organized a procession of migrants for a decade. In 2018 it set out from "
                       "Tapachula on Palm Sunday, March 25, with some 1,500 people. In 2019 the caravan left San "
                       "Pedro Sula and crossed into Guatemala."))
    assert [timex_text(ex, m) for m in mentions(ex, "depart")] == ["Palm Sunday", "2019"]


def test_leaving_a_terminal_or_station_of_a_town_leaves_the_town():
    ex = extract(_wire("The first groups left the bus terminal of San Pedro Sula on Monday night. A separate group of "
                       "some 300 Salvadorans left the Plaza Salvador del Mundo, in San Salvador, on Wednesday."))
    first, second = mentions(ex, "depart")
    assert [(r.place.name, r.role) for r in first.places] == [("San Pedro Sula", "from")]
    assert "San Salvador" in [r.place.name for r in second.places]


def test_each_count_of_a_growth_keeps_its_own_place():
    text = "The group grew from roughly 1,000 at the San Pedro Sula bus terminal to about 7,000 in Tapachula on Oct. 21."
    ex = extract(Article(id="g", text=text, published=datetime(2018, 11, 1)))
    got = sorted((m.group_size, [p.place.name for p in m.places]) for m in ex.mentions if m.type == "size")
    assert got == [(1000, ["San Pedro Sula"]), (7000, ["Tapachula"])]


def _places_of(text: str, type_: str) -> list[list[str]]:
    ex = extract(Article(id="g", text=text, published=datetime(2024, 2, 20)))
    return [[p.place.name for p in m.places] for m in ex.mentions if m.type == type_]


def test_a_where_clause_happens_at_the_place_told_before_it():
    text = "She drove to Huixtla on Christmas Day, where the caravan had arrived that morning, with water."
    assert _places_of(text, "arrive") == [["Huixtla"]]


def test_the_nationality_of_who_counted_is_no_place_of_the_count():
    assert _places_of("Mexican authorities put its size at about 3,000; the organizers said 4,000.", "size")[0] == []
