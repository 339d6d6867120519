"""Figures in short texts written for the tests: values, kinds, bounds, intervals, junk."""
from __future__ import annotations

import math

import pytest

from tests.core.engine_support import analyse, fid, figures, group_of, one


@pytest.mark.parametrize("text, needle, value, kind", [
    ("Officials said 1,093 homes were damaged.", "1,093", 1093, "count"),
    ("The storm left 12.5 centimetres of rain.", "12.5", 0.000125, "measure"),
    ("Rescuers found twenty-one survivors.", "twenty", 21, "count"),
    ("They counted two hundred tents.", "two hundred", 200, "count"),
    ("Police arrested a dozen protesters.", "dozen", 12, "count"),
    ("The fund received 1.5 million donations.", "1.5 million", 1_500_000, "count"),
    ("Prices rose 9% last year.", "9%", 9, "percent"),
    ("Turnout was nine percent lower.", "nine percent", 9, "percent"),
    ("Unemployment stood at 4.5 per cent in May.", "4.5 per cent", 4.5, "percent"),
    ("Two-thirds of the residents left.", "Two-thirds", 66.6667, "percent"),
    ("Half of the houses were flooded.", "Half", 50, "percent"),
    ("The council approved $1.5 million for repairs.", "$1.5 million", 1_500_000, "money"),
    ("The fine was 20 euros per person.", "20 euros", 20, "money"),
    ("Damage reached £5m, the insurer said.", "£5m", 5_000_000, "money"),
    ("The city spent 300 yuan on each tent.", "300 yuan", 300, "money"),
    ("The convoy drove 10 miles north.", "10 miles", 16.09344, "measure"),
    ("The pipeline runs 250 km to the coast.", "250 km", 250, "measure"),
    ("The siege lasted 24 hours.", "24 hours", 24, "duration"),
    ("A 6-year-old war has left the country poor.", "6-year-old", 6, "duration"),
    ("The state will pay Rs 5 crore to the families.", "Rs 5 crore", 50_000_000, "money"),
    ("About 2 lakh people were evacuated.", "2 lakh", 200_000, "count"),
    ("Inflation rose 4.5pc in May.", "4.5pc", 4.5, "percent"),
    ("Temperatures reached 45C on Monday.", "45C", 45, "measure"),
    ("It was 104°F in the shade.", "104°F", 40, "measure"),
    ("Overnight it fell to minus 3C.", "minus 3C", -3, "measure"),
    ("The fire has burned 9,000 sq km of forest.", "9,000 sq km", 9000, "measure"),
    ("Donors pledged US$50m.", "US$50m", 50_000_000, "money"),
    ("A 1,200-strong force was deployed.", "1,200-strong", 1200, "count"),
    ("The ferry sank 11 nautical miles offshore.", "11 nautical miles", 20.372, "measure"),
])
def test_values_and_kinds(text: str, needle: str, value: float, kind: str) -> None:
    f = one(text, needle)
    assert f.kind == kind
    assert f.value == pytest.approx(value, rel=1e-4)


@pytest.mark.parametrize("text, needle, bound, low, high", [
    ("At least 53 civilians were killed.", "53", "at_least", 53, None),
    ("No fewer than 40 people died.", "40", "at_least", 40, None),
    ("More than 1,000 houses burned.", "1,000", "more_than", 1000, None),
    ("Over 20 children were hurt.", "20", "more_than", 20, None),
    ("Up to 300 workers were evacuated.", "300", "at_most", 0, 300),
    ("Fewer than 50 people attended.", "50", "less_than", 0, 50),
    ("Less than 10 percent voted.", "10", "less_than", 0, 10),
    ("Around 30,000 people marched.", "30,000", "about", 25_000, 35_000),
    # a round number's precision is capped at a fifth of it: "about 200" is 160 to 240
    ("About 200 soldiers deployed.", "200", "about", 160, 240),
    ("Nearly 1,000 people fled.", "1,000", "about", 800, 1000),
    ("Some 40-odd people came.", "40-odd", "range", 40, 49),
    ("Losses of between $1.6 billion and $2.4 billion.", "$1.6 billion", "range", 1.6e9, 2.4e9),
    ("Unemployment fell by 7,000 to 155,000.", "155,000", "exact", 154_500, 155_500),
    ("Some 40 villages were cut off.", "40", "about", 36, 44),
    ("Roughly 70 families fled.", "70", "about", 63, 77),
    ("An estimated 5,000 people fled.", "5,000", "about", 4500, 5500),
    ("Nearly 50 people died.", "50", "about", 45, 50),
    ("Between 30 and 40 people were injured.", "30", "range", 30, 40),
    ("Officials said 30-40 houses were destroyed.", "30", "range", 30, 40),
    ("Dozens of homes were destroyed.", "Dozens", "at_least", 24, 199),
    ("Tens of thousands of people fled.", "Tens", "at_least", 20_000, 199_999),
])
def test_bounds_as_intervals(text: str, needle: str, bound: str, low: float,
                             high: float | None) -> None:
    f = one(text, needle)
    assert f.bound == bound
    assert f.low == pytest.approx(low)
    assert (f.high is None) if high is None else f.high == pytest.approx(high)


def test_exact_small_counts_are_exact_and_round_measures_carry_precision() -> None:
    count = one("Officials said 73 people died.", "73")
    assert (count.low, count.high) == (73, 73)
    measure = one("The road is 250 km long.", "250")
    assert measure.low == pytest.approx(245) and measure.high == pytest.approx(255)


@pytest.mark.parametrize("text, needle, kind", [
    ("The attack happened on December 23 near the port.", "23", "date"),
    ("The war began in March 2011 after protests.", "2011", "date"),
    ("Talks ran from 2013-2014 without result.", "2013", "date"),
    ("The meeting starts at 10:30 in the hall.", "10:30", "date"),
    ("It was the eighth round of talks.", "eighth", "ordinal"),
    ("She finished 2nd in the race.", "2nd", "ordinal"),
])
def test_dates_times_and_ordinals_are_typed(text: str, needle: str, kind: str) -> None:
    assert one(text, needle).kind == kind


@pytest.mark.parametrize("text, junk", [
    ("Six Su-24M bombers and a TU-22M3 took off.", [24, 22, 3]),
    ("The F-16 and Mi-8 helicopters flew low.", [16, 8]),
    ("100% Font Size\nThe strike hit the town.", [100]),
    ("The town is one of the last places they hold.", [1]),
    ("One led the march while the other waited.", [1]),
    ("Traffic on Route 9 was blocked.", [9]),
    ("MORE LOCAL NEWS\n1. Council delays vote\n2. Brockway girls reach state semifinal, 58-51\n"
     "3. Snow totals: 6 inches possible Friday", [58, 51, 6]),
    ("WXLN 12 News staff | Updated Wednesday", [12]),
    ("The stand fell moments after the home side scored to lead 2-1.", [2, 1]),
    ("More from Sport\n1. Harlow Town 0-0 Brockwell: five things we learned\n"
     "2. Cricket club seeks 12 new volunteers\n\nGet the Advertiser delivered: 6 issues for 6 "
     "pounds", [0, 5, 12, 6]),
    ("Families in need of food aid can call the free government helpline on 1190.", [1190]),
    ("Relatives can ring the hotline 1517 or text 44.", [1517]),
    ("The queue at Crossing Point 2 is 22 km long; Runway 27 and Shaft 4 were shut.",
     [2, 27, 4]),
    ("The three-story building collapsed.", [3]),
    ("It was the first time talks were held.", [1]),
    ("Evacuees can call 555-0142 or go to the shelter at 880 Orchard Avenue.", [555, 142, 880]),
    ("Relatives can call the hotline on +99 210 555 0190.", [99, 210, 555, 190]),
    ("Related coverage:\n3 ways to protect your home before fire season", [3]),
    ("Watch: drone footage over the hills (2:14)", [2.14, 2]),
    ("The fire grew.\nSubscribe to the Chronicle from 1.99 euros a month.", [1.99]),
    ("Most read\n1. Live: the search at sea  2. Who were the victims?", [1, 2]),
    ("Follow our coverage on Seaboard Radio 94.6 FM.", [94.6]),
    ("The fire, KRVN 4 News reported, grew. Watch KRVN 4 at six on KRVN 4.", [4]),
])
def test_not_figures(text: str, junk: list[float]) -> None:
    found = [(f.text, f.value) for f in figures(text)]
    for j in junk:
        assert not any(v == j for _t, v in found), (j, found)


def test_context_counted_event_source_qualifiers() -> None:
    text = ("The monitor had initially given a death toll of 34 civilians. "
            "At least 18 people were wounded, the Red Crescent said. "
            "According to the health ministry, 12 children were hospitalised "
            "over the past 24 hours.")
    fs = {f.text: f for f in figures(text)}
    f34 = next(f for t, f in fs.items() if "34" in t)
    assert f34.counted == "civilians" and f34.event == "killed"
    assert f34.superseded and "initially" in f34.qualifiers
    f18 = next(f for t, f in fs.items() if "18" in t)
    assert f18.event == "wounded" and f18.source == "Red Crescent"
    f12 = next(f for t, f in fs.items() if "12" in t)
    assert f12.counted == "children" and f12.event == "hospitalised"
    assert f12.source == "health ministry"
    assert any("24 hours" in q for q in f12.qualifiers)


def test_offsets_index_the_text() -> None:
    text = "Headline: 5 dead\n\nAt least 53 civilians, including 21 children, were killed."
    for f in figures(text):
        assert text[f.start:f.end] == f.text
        assert f.value is not None and math.isfinite(f.value)


def test_ages_in_apposition_are_ages_of_that_person() -> None:
    f = one("Aron Pike, 54, a retired welder, watched.", "54")
    assert (f.kind, f.unit, f.counted) == ("duration", "years", "age")


def test_ages_of_one_person_are_compared() -> None:
    r = analyse("The pilot, Renata Olsz, 54, had flown for decades.",
                "Captain Renata Olsz, 55, was praised by colleagues.")
    group = next(g for g in r.groups if "54" in [r.figure(x).text for x in g.figures])
    assert group.status == "conflict" and len(group.figures) == 2


def test_change_of_a_share_names_its_subject() -> None:
    f = one("Kestrel's shares fell 8 percent on Wednesday.", "8 percent")
    assert f.counted == "shares"


def test_speeds_are_not_distances() -> None:
    assert one("Winds gusting up to 50 kilometres per hour fanned it.", "50").unit == "km/h"


def test_fractions_of_a_scale_are_numbers() -> None:
    assert one("A quarter of a million people filled the square.", "quarter").value == 250_000
    f = one("He won more than half a million votes.", "half")
    assert (f.value, f.bound) == (500_000, "more_than")


def test_a_source_is_who_spoke_not_how() -> None:
    text = ("Kestrel Coatings, which employs about 420 people at the plant, said in a statement "
            "that it was cooperating. Twelve people died, said the fire service.")
    fs = {f.text: f for f in figures(text)}
    assert fs["about 420 people"].source == "Kestrel Coatings"
    assert fs["Twelve people"].source == "fire service"


def test_an_adverbial_before_confirmed_is_not_a_source() -> None:
    text = ("With the six deaths confirmed in Ostrel, the toll across both countries stands "
            "at 21.")
    assert one(text, "21").source is None


def test_a_passive_after_not_is_not_a_source() -> None:
    text = ("More than 150 residents had been treated at clinics for exposure to chlorine, it "
            "said; they are not counted among the injured.")
    assert one(text, "150").source is None


def test_a_table_row_in_thousands_and_more_page_furniture() -> None:
    text = ("Table 1. Labour market summary\n\n"
            "                      Jul 2025    Aug 2025\n"
            "Employed (thousands)     2,836       2,874\n\n"
            "Call the desk on (021) 555 0173. Issue 1,482 | Economics | Friday")
    fs = figures(text)
    assert [f.value for f in fs if f.kind == "count"] == [2_836_000, 2_874_000]
    assert not any("555" in f.text or "1,482" in f.text or f.text == "thousands" for f in fs)


def test_the_speaker_named_in_apposition_and_no_adding_as_a_source() -> None:
    text = ('"We have received eight bodies from the storm," the hospital\'s director, Dr Ivo '
            'Ranek, said, adding that at least three patients remained in intensive care.')
    assert {f.source for f in figures(text)} == {"Dr Ivo Ranek"}


def test_a_byline_names_an_outlet_only_when_it_is_one() -> None:
    from workbench.articles import byline_outlet

    assert byline_outlet("Storm\nBy Greta Holm, Ellery Valley Courier\n\nText.") == \
        "Ellery Valley Courier"
    assert byline_outlet("Storm\nBy Lidia Maresh, Dorne\n\nText.") is None
    assert byline_outlet("Storm\nBy Halvard Stee, Climate Risk Correspondent\n\nText.") is None


def test_a_speaker_before_an_acronym_and_no_clause_as_a_speaker() -> None:
    text = ("The United Rail Workers union (URW) said the real figure was worse, with more "
            "than 80% of trains cancelled.")
    assert one(text, "80%").source == "United Rail Workers union"


def test_an_earlier_value_takes_the_unit_of_the_figure_it_is_set_against() -> None:
    text = ("The fire grew to 26,500 acres (10,700 hectares) on Wednesday, up from about 18,000 "
            "on Tuesday, and evacuation orders now cover 14,500 residents, up from about 9,000.")
    earlier = one(text, "18,000")
    assert earlier.kind == "measure" and earlier.unit == "km2"
    assert abs((earlier.value or 0) - 18_000 * 0.00404686) < 0.01
    assert one(text, "9,000").kind == "count"


def test_amounts_with_the_currency_code_written_against_them() -> None:
    text = "Damage was EUR400 million. The fund paid GBP1.1m, and the bank USD20bn."
    eur, gbp, usd = one(text, "EUR400"), one(text, "GBP1.1m"), one(text, "USD20bn")
    assert (eur.value, eur.unit) == (400e6, "EUR")
    assert (gbp.value, gbp.unit) == (1.1e6, "GBP")
    assert (usd.value, usd.unit) == (20e9, "USD")


def test_a_short_scale_at_the_end_of_a_sentence_leaves_the_full_stop_out() -> None:
    r = analyse("The strike cost €35m. Shops lost 5k. Another estimate was higher.")
    assert [(f.text, f.sentence) for f in r.figures] == [
        ("€35m", "The strike cost €35m."), ("5k", "Shops lost 5k.")]


def test_power_fahrenheit_and_a_handful() -> None:
    text = ("Demand peaked at 14.2 GW, above the 14,650 MW forecast. It hit 112.5F (44.7C). "
            "Only a handful of customers lost power.")
    assert (one(text, "GW").value, one(text, "GW").unit) == (14200.0, "MW")
    assert one(text, "14,650").value == 14650.0
    assert one(text, "112.5F").value == pytest.approx(44.72)
    handful = one(text, "handful")
    assert handful.vague and handful.low is not None and handful.low >= 2


def test_emergency_numbers_and_page_furniture_are_not_figures() -> None:
    r = analyse("In an emergency, call 112. The plan is online (PDF, 48 pages).\n\n"
                "Related: Heatwaves in Europe, in 6 charts | How hot is too hot to fly?\n\n"
                "Most read\n1. Where to find a cool room\n3. 10 tips to keep your pets safe\n\n"
                "The heat killed 12 people.")
    assert [f.text for f in r.figures if f.kind != "ordinal"] == ["12 people"]


def test_an_adverb_after_a_number_is_not_what_it_counts() -> None:
    f = one("The ministry had put the toll at nine earlier on Monday.", "nine")
    assert f.counted is None and f.event == "killed"


def test_the_place_where_something_was_said_is_not_the_figures_place() -> None:
    f = one("He told reporters in Ambrov that the army had launched about 70 drones.",
            "70")
    assert f.place is None


def test_a_place_after_the_figure_in_the_next_clause_is_not_its_place() -> None:
    f = one("Velmara's health ministry last reported 24 deaths, and Kestria's defence ministry "
            "11.", "24")
    assert f.place != "Kestria"
    g = one("We recorded 27 civilian deaths in Velmara's Orvak province and 10 in Kestria's "
            "Kadrin district.", "10")
    assert g.place is not None and "Kestria" in g.place


def test_what_most_of_a_count_did_is_not_the_counts_event() -> None:
    f = one("The camp has 48,000 registered residents, most of whom fled fighting in 2023.",
            "48,000")
    assert f.event is None
    g = one("The 12 passengers, all of whom were killed, were from Kelby.", "12")
    assert g.event == "killed"


def test_a_running_total_brought_up_counts_what_the_clause_before_counts() -> None:
    # "No. 13" does not end a sentence, and "(9 March)" is a date, not a march
    f = one("264 new confirmed cases were recorded since Situation Report No. 13 (9 March), "
            "bringing the total to 2,106, up from 1,842.", "2,106")
    assert f.event == "infected" and f.counted is None


def test_people_treated_in_hospital_were_hospitalised() -> None:
    assert one("Some 612 people have been treated in hospital.", "612").event == "hospitalised"


def test_a_two_column_list_reads_each_label_as_prose() -> None:
    text = ("Key figures\n\n"
            "Confirmed cases (laboratory)                 2,106\n"
            "Suspected cases under investigation          6,148\n"
            "Deaths                                          41\n"
            "  of which children under 5 years               33\n"
            "Hospitalised (cumulative)                      689\n"
            "Currently in hospital                          143\n")
    found = {f.text: f for f in figures(text)}
    assert found["41"].event == "killed"
    assert found["33"].event == "killed" and found["33"].counted == "children"
    r = analyse(text, "Almost 700 people have been hospitalised so far, and 143 are "
                      "still in hospital. The ministry says 6,148 suspected cases are being "
                      "investigated and 2,150 cases have been confirmed.")
    assert group_of(r, fid(r, "a1", "689")) != group_of(r, fid(r, "a1", "143"))
    assert group_of(r, fid(r, "a1", "143")) == group_of(r, fid(r, "a2", "143"))
    assert group_of(r, fid(r, "a1", "6,148")) == group_of(r, fid(r, "a2", "6,148"))
    assert group_of(r, fid(r, "a1", "6,148")) != group_of(r, fid(r, "a2", "2,150"))


def test_a_district_named_with_an_adjective_like_ending_is_a_place() -> None:
    # a name ending like a nationality ("-i", "-an") before "district" is still a name;
    # "the Syrian province of Idlib" places in Idlib
    assert one("Fifteen are still missing in Tavasi district.", "Fifteen").place == "Tavasi"
    assert one("Twelve died in the Syrian province of Idlib.", "Twelve").place == "Idlib"


def test_two_figures_joined_by_and_share_the_place_after_them() -> None:
    f = one("Twenty-three people have died and 15 are still missing in Tavasi district since "
            "Monday.", "Twenty-three")
    assert f.place == "Tavasi"


def test_a_headline_that_names_the_place_first_places_its_figures() -> None:
    text = ("Tavasi floods: 23 dead, 15 missing as river retreats\n\n"
            "The river burst its banks in Tavasi district on Monday.")
    assert one(text, "23 dead").place == "Tavasi"
    # a word the article never writes as a place is no place ("Measles outbreak")
    assert one("Measles outbreak: 41 dead as campaign begins\n\nThe outbreak began in "
               "February.", "41").place is None
    # a headline verb in the present ("Tavasi evacuates 12,000") names the place first too
    text = ("Tavasi evacuates 12,000 as river rises\n\n"
            "The river burst its banks in Tavasi district on Monday.")
    assert one(text, "12,000").place == "Tavasi"


def test_an_adverb_after_the_counted_noun_ends_it() -> None:
    f = one("Police had initially reported 12 deaths shortly before midnight.", "12")
    assert f.counted is None and f.event == "killed"


def test_a_relative_clause_or_a_name_before_a_count_gives_it_no_event() -> None:
    # "injured" is what the hospital received, "Hospital" part of its name: 43 is neither
    f = one("Ostra General Hospital, which received most of the dead and injured, counts 43.",
            "43")
    assert f.event is None and f.counted is None


def test_instead_is_no_counted_noun() -> None:
    f = one("Each of the injured will receive 250,000 sedras instead of 150,000.", "250,000")
    assert f.counted != "instead"


def test_a_distance_to_the_east_or_away_is_a_distance() -> None:
    f = one("The injured were taken to hospitals in Pelsk, 35 km (22 miles) to the east.",
            "35 km")
    assert f.counted == "distance"
    assert one("They walked to the stadium, about 2 km away.", "2 km").counted == "distance"


def test_the_earlier_value_of_a_length_of_time_is_one_too() -> None:
    assert one("The commission has been given 45 days, up from an initial 30.", "30").kind == \
        "duration"
    f = one("She says it will need 45 days rather than the 30 it was given.", "30")
    assert f.kind == "duration" and f.counted is None


def test_a_named_reservoir_the_sentence_opens_with_is_its_place() -> None:
    f = one("Lake Orsa reservoir, which supplies Ambrena and 14 towns, was at 28% of capacity.",
            "28%")
    assert f.place == "Lake Orsa"


def test_us_phone_numbers_emergency_calls_and_lists_of_other_stories_are_not_figures() -> None:
    text = ("Ten people died, police said, within three minutes of the first 911 call. Tips: "
            "1-800-555-0147 or 800-555-0199.\n\n"
            "MOST READ\n"
            "1. School board approves 3% budget increase\n"
            "2. Storms could bring 2 inches of rain Monday\n\n"
            "News | Politics | Subscribe: 99 cents for your first month")
    assert [f.text for f in figures(text)] == ["Ten people", "within three minutes"]
    # "Most read" opens the list only as its heading: a story's sentence keeps its figures
    assert [f.text for f in figures("Most readers saw 12 people die.")] == ["12 people"]


def test_and_a_half_and_twice_are_read() -> None:
    f = one("The driver had been at the wheel for four and a half hours.", "four")
    assert f.text == "four and a half hours" and f.value == 4.5 and f.kind == "duration"
    assert one("Two and a half million people voted.", "Two").value == 2_500_000
    g = one("The coach entered the bend at more than twice the 40 km/h limit.", "twice")
    assert g.text == "more than twice" and g.value == 2 and g.bound == "more_than"
    assert one("Inspectors went below ground only twice last year.", "twice").value == 2


def test_a_bound_before_a_unit_makes_one_of_it() -> None:
    f = one("The road will be closed for at least a week.", "week")
    assert (f.text, f.value, f.bound, f.kind) == ("at least a week", 1, "at_least", "duration")
    assert one("He was caught less than a mile away.", "mile").value == 1.609344
    found = figures("Wages were 4% higher than a year earlier. A week ago it rained.")
    assert [f.value for f in found] == [4]  # a time reference, not one year


def test_spaced_phone_numbers_and_roughly_a_third() -> None:
    assert figures("A hotline for relatives has been opened on 8 800 555 19 19.") == []
    f = one("Homes burned, roughly a third.", "third")
    assert (f.text, f.bound, f.kind) == ("roughly a third", "about", "percent")


def test_a_share_standing_alone_after_a_bound_or_by() -> None:
    assert (one("Nearly half were children.", "half").bound, one(
        "Nearly half were children.", "half").value) == ("about", 50)
    assert one("At least a quarter were lost.", "quarter").bound == "at_least"
    assert one("Prices rose by a quarter.", "quarter").value == 25
    assert figures("It took nearly half an hour. They cut it in half.") == []


def test_one_in_every_22_is_a_share() -> None:
    f = one("One in every 22 people who set out on the route has died.", "22")
    assert f.kind == "percent" and round(f.value, 2) == 4.55


def test_temperatures_below_zero_written_with_a_minus_sign() -> None:
    assert one("It fell to -5C overnight.", "-5C").value == -5
    assert one("It was -3°C at dawn.", "-3").unit == "°C"


def test_a_range_of_small_numbers_is_still_a_range() -> None:
    assert one("Shifts of 10-12 hours are common.", "10-12").value == 10
    assert one("Between 30-40 people died.", "30-40").high == 40


def test_metric_tons_are_tonnes() -> None:
    f = one("A 2024 report advised a limit of 12 metric tons for trucks.", "12")
    assert (f.text, f.value, f.unit) == ("12 metric tons", 12_000, "kg")


def test_minus_before_fahrenheit_a_bare_number_or_a_share() -> None:
    # "minus 24F" is 24 degrees below zero Fahrenheit, -31.11C (not +4.44)
    f = one("Temperatures fell to minus 31C (minus 24F) overnight.", "minus 24F")
    assert f.value == -31.11 and f.low is not None and f.high is not None and f.low < f.high
    low = one("Forecasters expect a low of minus 35 on Wednesday night.", "minus 35")
    assert (low.value, low.kind) == (-35, "measure")
    assert one("Growth was minus 2% in May.", "minus 2%").value == -2
    assert one("It was around minus 5C at dawn.", "minus 5C").bound == "about"
    # a poll's margin keeps its size
    assert one("The margin of error is plus or minus 3.5 percentage points.", "3.5").value == 3.5


def test_sources_named_press_and_passive_tolls() -> None:
    assert one("The Associated Press counted 45 dead.", "45").source == "Associated Press"
    assert one("The toll was initially put at 30, officials said.", "30").source == "officials"


def test_state_media_and_an_inverted_spokesperson_are_sources() -> None:
    assert one("Fourteen people died in the attack, Syrian state media said.",
               "Fourteen").source == "Syrian state media"
    assert one("Fifty-two people died, said a UN spokesperson, Anna Berg.",
               "Fifty-two").source == "UN spokesperson"
    assert one("The media reported 60 deaths.", "60").source is None


@pytest.mark.parametrize("text, expected", [
    # a "Most read" list ends where its numbered lines end
    ("Most read\n1. Man charged over crash that killed 3\nFlooding killed 23 people in Tavasi.",
     ["23 people"]),
    ("Police received more than 110 calls about the shooting.", ["more than 110 calls"]),
    ("Water costs $500 per 1,000 litres.", ["$500", "1,000 litres"]),
    ("It was the worst in more than a year.", []),
    ("Aftershocks came within an hour of the quake.", []),
    ("It must be done within a year.", ["within a year"]),
    ("They arrived in less than an hour.", ["less than an hour"]),
])
def test_rules_of_this_round_read_what_they_should(text: str, expected: list[str]) -> None:
    assert [f.text for f in figures(text)] == expected


def test_places_from_list_labels_and_headlines_and_title_case_marches() -> None:
    found = {f.text: f for f in figures("Key figures\n\nDeaths in Tavasi        23\n"
                                        "Deaths in Rennick       15\nDeaths in Orsa           8\n")}
    assert found["23"].place == "Tavasi" and found["15"].place == "Rennick"
    assert one("Ebola outbreak: 12 dead\n\nThere has been a sharp rise in Ebola infections.",
               "12").place is None
    assert one("Thousands March in Dunmore After Mall Shooting", "Thousands").event == \
        "attended"


def test_a_named_persons_age_in_a_who_clause_is_an_age() -> None:
    f = one("One child has died: Amelie Dunwick, who was seven.", "seven")
    assert (f.kind, f.counted) == ("duration", "age")
    # a count after "who was" with no name before it stays a count
    assert one("The ministry, which was 20 days late, said so.", "20").kind == "duration"


def test_verified_names_who_counted_not_what_happened() -> None:
    f = one("The UN mission said it had verified 9,300 civilian deaths.", "9,300")
    assert f.event == "killed"
    assert one("UN mission: at least 26 verified.", "26").event != "verified"


def test_people_who_cross_are_counted_by_the_crossing() -> None:
    f = one("Harro border: a new record as 9,410 cross in a day", "9,410")
    assert f.event == "crossed" and f.counted is None


def test_a_fraction_of_a_unit_is_a_measure() -> None:
    f = one("The tornado was about three-quarters of a mile wide.", "three-quarters")
    assert (f.kind, f.unit, f.bound) == ("measure", "km", "about")
    assert abs(f.value - 1.207) < 0.001
    assert one("Nearly half were children.", "half").kind == "percent"


def test_a_possessive_alone_is_no_source() -> None:
    assert one("Our confirmed toll is 16.", "16").source is None


def test_a_family_of_seven_is_the_familys_size() -> None:
    from tests.core.engine_support import analyse, fid, group_of

    f = one("A family of seven was swept away in the flood.", "seven")
    assert f.counted == "family" and f.event is None
    assert one("Three families of farmers lost their homes.", "Three").counted != "family"
    r = analyse("Said Kanhu Nayak, 62, a fisherman who sheltered with his family of seven in a "
                "school building.", "Cyclone LIVE Updates: toll rises to 11; 2.5 lakh in "
                "shelters")
    assert group_of(r, fid(r, "a1", "seven")) != group_of(r, fid(r, "a2", "2.5 lakh"))
