"""Gazetteer lookups, disambiguation in context, roles and compatibility."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline.extract import extract
from timeline.extract.event_lexicon import tokenize
from timeline.extract.places import (
    ArticlePlaces,
    border_between,
    dateline_place,
    lookup,
    place_by_name,
    places_compatible,
    role_before,
)
from timeline.models import Article


def found(text):
    return [(f.text, f.place.name, f.place.kind, f.place.country) for f in ArticlePlaces(text).found if not f.demonym]


def test_gazetteer_has_the_corridor_with_coordinates():
    for name, country in [("San Pedro Sula", "HN"), ("Esquipulas", "GT"), ("Huixtla", "MX"), ("Tijuana", "MX"),
                          ("Mapastepec", "MX"), ("Tecún Umán", "GT"), ("Vado Hondo", "GT"), ("Agua Caliente", "HN"),
                          ("El Ceibo", "GT"), ("San Ysidro", "US"), ("Chiapas", "MX"), ("Chiquimula", "GT")]:
        es = lookup(name)
        assert es, name
        assert any(e.place.country == country and e.place.lat is not None for e in es), name


def test_accents_and_aliases():
    assert lookup("Tecun Uman")[0].place.name == "Tecún Umán"
    assert any(e.place.name == "San Pedro Tapanatepec" for e in lookup("Tapanatepec"))
    # a hyphenated alias is also known spaced ("Matias-Romero")
    assert lookup("Matias Romero")[0].place.name == "Matías Romero Avendaño"
    assert lookup("U.S.")[0].place.country == "US"


def test_longest_name_first_and_city_country_qualifier():
    got = found("Migrants walked from San Pedro Sula through Chiquimula, Guatemala, to Esquipulas.")
    assert [g[1] for g in got] == ["San Pedro Sula", "Chiquimula", "Guatemala", "Esquipulas"]
    assert got[1][2] in ("city", "town")


def test_country_names_are_countries():
    assert found("The group entered Guatemala.")[0][1:3] == ("Guatemala", "country")


def test_guadalajara_is_in_mexico():
    (g,) = found("They walked north from the Mexican city of Guadalajara.")
    assert g[1] == "Guadalajara" and g[3] == "MX"


def test_the_soconusco_is_the_chiapas_coast_beside_tapachula():
    got = found("TAPACHULA, Mexico — The kite makers of the Soconusco, eleven families, supply him.")
    assert ("Soconusco", "Soconusco", "region", "MX") in got


def test_the_corridors_border_towns_win_over_their_namesakes():
    text = "MEXICO CITY — Mexico registered people on the Ciudad Hidalgo bridge for humanitarian visitor cards."
    (town,) = [f.place for f in ArticlePlaces(text).found if f.place is not None and f.text == "Ciudad Hidalgo"]
    assert town.admin1 == "Chiapas"
    got = found("A second attempt, by about 300 people near the town of Frontera Hidalgo, was broken up.")
    assert ("Frontera Hidalgo", "Frontera Hidalgo", "town", "MX") in got


def test_words_that_are_alternate_names_of_far_towns_are_no_places():
    for text in ("The callers: Doña Carmelina, from Huixtla, said hello.", "Reading: two accounts that disagree.",
                 "Voces del Puente, volunteer interpreters, kept a log.", "Canas en Camino, a volunteer group, helps."):
        assert [g[1] for g in found(text)] in ([], ["Huixtla"]), text
    assert [g[1] for g in found("They rallied in Imperial Beach.")] == ["Imperial Beach"]


def test_state_or_city_by_the_words_around():
    assert found("They crossed into Oaxaca state.")[0][2] == "state"
    got = found("The caravan crossed from Chiapas into Oaxaca.")
    assert [g[2] for g in got] == ["state", "state"]


def test_people_are_not_places():
    got = found("Jari Dixon, a Honduran congressman, tweeted. Dixon said more would come.")
    assert got == []


def test_demonyms_are_mentions_only():
    ap = ArticlePlaces("About 100 Guatemalan police officers met the caravan.")
    (f,) = ap.found
    assert f.demonym and f.place.name == "Guatemala"


@pytest.mark.parametrize("text,name,role", [
    ("crossed into Guatemala", "Guatemala", "into"),
    ("set off from the city of San Pedro Sula", "San Pedro Sula", "from"),
    ("set out from the southern Mexican city of Tapachula", "Tapachula", "from"),
    ("headed towards the locality of Mapastepec", "Mapastepec", "towards"),
    ("arrived in Mexicali", "Mexicali", "at"),
    ("walked through Chiquimula", "Chiquimula", "via"),
    ("three hours to the east of Tijuana", "Tijuana", None),
])
def test_roles_from_prepositions(text, name, role):
    toks = tokenize(text)
    ap = ArticlePlaces(text, toks)
    f = next(f for f in ap.found if f.place.name == name)
    assert role_before(toks, f.tok_start) == role


def test_dateline():
    text = "Migrant caravan upsets Trump\n\nESQUIPULAS, Guatemala — President Donald Trump threatened Tuesday."
    ap = ArticlePlaces(text)
    assert dateline_place(text, ap.toks, ap).name == "Esquipulas"


def test_borders_between_countries():
    assert border_between("GT", "MX").name == "Guatemala–Mexico border"
    assert border_between("MX", "GT") == border_between("GT", "MX")
    assert border_between("HN", "GT").kind == "border"
    assert border_between("HN", "US") is None


def test_compatibility():
    spsula, hn, gt = place_by_name("San Pedro Sula"), place_by_name("Honduras"), place_by_name("Guatemala")
    tecun, hidalgo = lookup("Tecún Umán")[0].place, next(
        e.place for e in lookup("Ciudad Hidalgo") if e.place.admin1 == "Chiapas")
    assert places_compatible(spsula, hn) and places_compatible(hn, spsula)
    assert not places_compatible(spsula, gt)
    assert places_compatible(tecun, hidalgo)  # either side of the Suchiate bridge
    assert places_compatible(border_between("GT", "MX"), tecun)
    assert not places_compatible(place_by_name("Tijuana"), place_by_name("Mexicali"))
    assert places_compatible(None, gt)
    chiapas = place_by_name("Chiapas")
    assert places_compatible(chiapas, place_by_name("Huixtla")) and not places_compatible(chiapas, tecun)


def test_a_place_known_by_the_name_beats_one_also_called_so():
    # "San Salvador" is also an alternate name of a town in Puebla; in a story full of Mexican places the
    # capital of El Salvador still wins, because it is known by that very name
    text = ("A second caravan crossed from Tecun Uman into Mexico and rested in Tapachula, Mexico. "
            "The group set out from San Salvador a week ago and reached Huixtla, Mexico, on Monday.")
    assert ("San Salvador", "San Salvador", "city", "SV") in found(text)


def test_a_possessive_ends_a_place_name():
    assert found("Hundreds left San Pedro Sula's bus terminal and Tijuana's mayor spoke.") == [
        ("San Pedro Sula", "San Pedro Sula", "city", "HN"), ("Tijuana", "Tijuana", "city", "MX")]


def test_a_place_after_border_at_takes_the_borders_role():
    toks = tokenize("They set out toward the Guatemalan border at Corinto.")
    i = [k for k, t in enumerate(toks) if t.text == "Corinto"][0]
    assert role_before(toks, i) == "towards"
    toks = tokenize("They crossed the border at Corinto.")
    i = [k for k, t in enumerate(toks) if t.text == "Corinto"][0]
    assert role_before(toks, i) == "at"


def test_where_people_come_from_is_not_where_they_set_out_from():
    text = ("Thousands of migrants, many from Venezuela, Cuba and Central America, set out on foot from the "
            "southern Mexican city of Tapachula on Monday.")
    ex = extract(Article(id="t", text=text, published=datetime(2022, 6, 7)))
    (dep,) = [m for m in ex.mentions if m.type == "depart"]
    assert [(p.place.name, p.role) for p in dep.places if p.role == "from"] == [("Tapachula", "from")]
    assert ("Venezuela", "mention") in [(p.place.name, p.role) for p in dep.places]


def test_a_name_neither_swallows_a_function_word_nor_runs_over_a_line_break():
    # "Guatemala by" / "Mexico by" are Danish names of the capitals: not aliases here
    assert found("They traveled to Guatemala by bus.")[0][:2] == ("Guatemala", "Guatemala")
    text = "Migrants hit the road in southern Mexico\\nBy MARIA VERZA Associated Press"
    assert [f.place.name for f in ArticlePlaces(text).found] == ["Mexico"]


def test_a_name_after_a_first_name_that_starts_place_names_is_a_persons():
    # "Andrés" begins place names, but matched none here: "Manuel" is a middle name, not Estación Manuel
    assert found("Mexico's president-elect, Andrés Manuel López Obrador, spoke on Saturday.") == [
        ("Mexico", "Mexico", "country", "MX")]


def test_the_capital_is_a_city_only_when_no_name_or_money_is_meant():
    assert found("The migrants reached the Guatemalan capital on Wednesday.") == [
        ("Guatemalan capital", "Guatemala City", "city", "GT")]
    assert found("SAN SALVADOR, El Salvador (AP) — They gathered in the capital's main plaza.")[-1][:2] == (
        "capital", "San Salvador")
    # named right after or before it, money, or a country named in another sentence: nothing added
    assert [f[0] for f in found("They flew to Nairobi, the capital of Kenya, and to the Honduran capital, "
                                "Tegucigalpa.")] == ["Tegucigalpa"]
    assert found("Mexico's banks may not meet the capital requirements.") == [("Mexico", "Mexico", "country", "MX")]
    assert found("A Mexican official spoke. In Kuwait, the Iraqis rimmed the capital city.") == []


def test_countries_migrants_come_from_and_their_demonyms():
    text = "Migrants from Cameroon, Congo and Haiti, and Congolese and Nepalese families, reached Tapachula."
    got = found(text)
    assert ("Cameroon", "Cameroon", "country", "CM") in got
    assert ("Congo", "Democratic Republic of the Congo", "country", "CD") in got
    dem = {f.text: f.place.name for f in ArticlePlaces(text).found if f.demonym}
    assert dem == {"Congolese": "Democratic Republic of the Congo", "Nepalese": "Nepal"}
    # a country sits at its capital, even when GeoNames spells the capital with an accent
    (br,) = [e.place for e in lookup("Brazil") if e.place.kind == "country"]
    assert (round(br.lat), round(br.lon)) == (-16, -48)  # Brasília, not São Paulo


def test_a_name_before_park_or_avenue_names_that_not_the_town():
    got = [g[1] for g in found("Their departure from the city's Miguel Hidalgo park in Tapachula drew thousands.")]
    assert got == ["Tapachula"]
    assert [g[1] for g in found("They marched down Juárez avenue toward the Tecún Umán bridge.")] == ["Tecún Umán"]


def test_a_summit_is_no_place():
    # "Summit" is also another name of a Californian town: a common word, not a place without a qualifier
    got = found("The caravan left Tapachula on the day the Summit of the Americas opened.")
    assert [g[1] for g in got] == ["Tapachula"]


def test_a_day_named_by_another_event_keeps_that_events_place():
    art = Article(id="t", published=datetime(2022, 6, 13),
                  text="He spent two months in Tapachula. Last Monday he joined the caravan that set out from the "
                       "city on the day the Summit of the Americas opened in Los Angeles.")
    (dep,) = [m for m in extract(art).mentions if m.type == "depart"]
    assert [(p.place.name, p.role) for p in dep.places] == [("Tapachula", "from")]


def test_a_country_named_beside_a_name_picks_the_candidate_on_its_soil():
    # the Californian town of the same name is nearer to Oakland, named later; "into Guatemala" decides
    text = ("The memoir opens in San Pedro Sula. Two days later, on Monday, they push past police at Agua Caliente "
            "into Guatemala. The book ends in Tijuana, at the San Ysidro crossing into the U.S.; she now lives "
            "in Oakland.")
    from timeline.extract.places import ArticlePlaces
    ap = ArticlePlaces(text)
    got = [(f.place.kind, f.place.country) for f in ap.found if f.text == "Agua Caliente"]
    assert got == [("crossing", "HN")]
