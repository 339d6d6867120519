"""The engine on held-out corpora it was not tuned on, scored by the project's own scorer.

Forty-six invented events in tests/eval/corpora (an earthquake, election protests, an air
crash, a dam flood, a mine fire and more: see tests/eval/README.md), each with a hand
annotation in tests/eval/gold written to say what a careful fact-checker would list, not what
the engine happens to produce. The floors below are set slightly under what the engine
achieves as of the last rule change (the first-run scores of the corpora written blind are
recorded below): this is a regression guard, not a target. When a rule change raises a score,
raise its floor in the same commit; when one lowers it, the failure message prints the
scorer's full result so the cause can be found.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from workbench.analysis import analyze

EVAL = Path(__file__).resolve().parent.parent / "eval"
CORPORA = ("halvek-earthquake", "valdoria-election", "marenne-air-crash", "nyara-cholera",
           "ashford-wildfire", "kalinda-ferry-sinking", "corvin-storm", "kaldmark-jobs-report",
           "tarsk-building-collapse", "merrow-rail-strike", "sorrel-dam-flood",
           "brannock-mine-fire", "orvak-border-shelling", "lysa-heatwave",
           "tessaly-protest-crackdown", "marisol-shipwreck", "vessa-port-explosion",
           "drava-camp-fire", "kestova-inflation", "pelagia-measles", "vellen-hospital-strike",
           "halden-train-collision", "ostra-crowd-crush", "rennick-monsoon-floods",
           "dunmore-mall-shooting", "karsa-bus-plunge", "velsk-chemical-blast",
           "harro-border-influx", "sundar-cyclone-landfall", "marova-hotel-siege",
           "kestrel-bay-oil-spill", "orsova-drought-appeal", "tovan-school-poisoning",
           "keral-volcano-eruption", "brask-garment-factory-fire", "holtvik-avalanche",
           "dravik-blackout-cold-snap", "selvan-bridge-collapse", "morvane-market-shelling",
           "kelda-bootleg-alcohol", "ashvel-wedding-strike", "pernau-stadium-collapse",
           "calder-tornado-outbreak", "oskar-hospital-fire", "tarvin-airstrikes-town",
           "wexford-school-shooting")


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"heldout_{name}", EVAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORER = _load("score_copy")  # an unchanged copy of ../shared/eval/score.py
CHECKER = _load("check_gold")

# Floors per corpus: minimum figure F1, bounds right, agreeing pairs grouped and gold conflict
# groups found; maximum false alarms. Measured with the engine as of this commit:
#   halvek-earthquake      F1 0.988  bounds 82/82   aligned 67/72 conflicts 5/5 false alarms 0
#   valdoria-election      F1 0.991  bounds 105/105  aligned 66/88 conflicts 5/5 false alarms 0
#   marenne-air-crash      F1 0.987  bounds 74/74   aligned 38/46 conflicts 4/4 false alarms 0
#   nyara-cholera          F1 0.995  bounds 87/88   aligned 27/37 conflicts 3/3 false alarms 1
#   ashford-wildfire       F1 0.995  bounds 99/99   aligned 86/102 conflicts 4/5 false alarms 0
#   kalinda-ferry-sinking  F1 1.0    bounds 84/84   aligned 74/95 conflicts 6/6 false alarms 0
#   corvin-storm           F1 0.995  bounds 96/97   aligned 52/71 conflicts 4/8 false alarms 2
#   kaldmark-jobs-report   F1 0.995  bounds 103/103  aligned 45/113 conflicts 3/6 false alarms 0
#   tarsk-building-collapse F1 0.989  bounds 128/128  aligned 77/110 conflicts 5/8 false alarms 0
#   merrow-rail-strike     F1 0.986  bounds 136/137  aligned 79/161 conflicts 6/8 false alarms 4
#   sorrel-dam-flood       F1 0.996  bounds 141/141  aligned 106/126 conflicts 5/7 false alarms 4
#   brannock-mine-fire     F1 0.997  bounds 147/148  aligned 105/170 conflicts 6/9 false alarms 1
#   orvak-border-shelling  F1 0.974  bounds 166/166  aligned 111/161 conflicts 12/19 false alarms 5
#   lysa-heatwave          F1 0.993  bounds 144/146  aligned 72/133 conflicts 9/12 false alarms 5
#   tessaly-protest-crackdown F1 0.993 bounds 134/135 aligned 67/100 conflicts 10/13 false alarms 7
#   marisol-shipwreck      F1 1.0    bounds 155/155  aligned 126/197 conflicts 5/8 false alarms 7
#   vessa-port-explosion   F1 0.983  bounds 165/166  aligned 145/198 conflicts 10/14 false alarms 5
#   drava-camp-fire        F1 1.0    bounds 139/143  aligned 113/172 conflicts 9/10 false alarms 3
#   kestova-inflation      F1 0.955  bounds 198/201  aligned 76/313 conflicts 1/5 false alarms 4
#   pelagia-measles        F1 0.979  bounds 185/185  aligned 124/246 conflicts 7/9 false alarms 6
#   vellen-hospital-strike F1 0.994  bounds 164/165  aligned 89/176 conflicts 6/12 false alarms 58
#   halden-train-collision F1 0.98   bounds 144/144  aligned 159/218 conflicts 6/9 false alarms 13
#   ostra-crowd-crush      F1 0.997  bounds 184/184  aligned 194/268 conflicts 7/10 false alarms 11
#   rennick-monsoon-floods F1 0.984  bounds 157/157  aligned 117/138 conflicts 10/11 false alarms 1
#   dunmore-mall-shooting  F1 0.991  bounds 163/163  aligned 89/144 conflicts 3/7 false alarms 2
#   karsa-bus-plunge       F1 0.994  bounds 168/169  aligned 180/215 conflicts 6/12 false alarms 9
#   velsk-chemical-blast   F1 0.997  bounds 185/185  aligned 173/270 conflicts 5/9 false alarms 4
#   harro-border-influx    F1 0.985  bounds 165/165  aligned 43/187 conflicts 3/14 false alarms 16
#   sundar-cyclone-landfall F1 0.983 bounds 225/225 aligned 169/260 conflicts 10/13 false alarms 20
#   marova-hotel-siege     F1 0.974  bounds 205/205  aligned 170/303 conflicts 7/12 false alarms 29
#   kestrel-bay-oil-spill  F1 0.971  bounds 135/136  aligned 43/98 conflicts 8/10 false alarms 1
#   orsova-drought-appeal  F1 0.985  bounds 156/157  aligned 75/135 conflicts 6/10 false alarms 6
#   tovan-school-poisoning F1 0.991  bounds 158/158  aligned 71/153 conflicts 8/12 false alarms 15
#   keral-volcano-eruption F1 0.966  bounds 153/153  aligned 100/157 conflicts 9/11 false alarms 16
#   brask-garment-factory-fire F1 0.988 bounds 158/158 aligned 120/192 conflicts 7/13 false alarms 4
#   holtvik-avalanche      F1 0.988  bounds 166/166  aligned 90/149 conflicts 7/10 false alarms 23
#   dravik-blackout-cold-snap F1 0.987  bounds 153/153  aligned 68/110 conflicts 7/11 false alarms 6
#   selvan-bridge-collapse F1 0.991  bounds 160/160  aligned 133/175 conflicts 9/15 false alarms 5
#   morvane-market-shelling F1 0.993  bounds 140/142  aligned 193/325 conflicts 8/9 false alarms 23
#   kelda-bootleg-alcohol  F1 0.967  bounds 129/132  aligned 96/137 conflicts 9/12 false alarms 10
#   ashvel-wedding-strike  F1 0.99   bounds 145/146  aligned 187/346 conflicts 7/12 false alarms 1
#   pernau-stadium-collapse F1 0.981  bounds 128/130  aligned 103/165 conflicts 6/12 false alarms 7
#   calder-tornado-outbreak F1 0.949  bounds 125/128  aligned 74/172 conflicts 8/11 false alarms 55
#   oskar-hospital-fire    F1 0.98   bounds 97/98   aligned 63/122 conflicts 6/7 false alarms 29
#   tarvin-airstrikes-town F1 0.991  bounds 107/108  aligned 102/153 conflicts 6/6 false alarms 6
#   wexford-school-shooting F1 0.979  bounds 116/117  aligned 74/140 conflicts 7/10 false alarms 0
# (the last thirty-four were written after the engine's rules, with golds finished before it
# was run; the storm and the jobs report show where the engine is weakest. On their first run:
# building collapse aligned 69/110, 3/8 conflicts, 8 false alarms; rail strike F1 0.965, bounds
# 125/136, aligned 42/161, 5/8 conflicts, 22 false alarms; dam flood aligned 79/126, 5/7
# conflicts, 6 false alarms; mine fire aligned 41/170, 3/9 conflicts, 19 false alarms;
# border shelling F1 0.96, aligned 68/161, 10/19 conflicts, 49 false alarms; heatwave F1 0.916
# (0.963 with its Fahrenheit values in Celsius), aligned 63/133, 8/12 conflicts, 71 false
# alarms; protest crackdown (after the rules the first ten led to) F1 0.982, bounds 134/135,
# aligned 57/100, 10/13 conflicts, 27 false alarms; shipwreck F1 0.978, bounds 153/153, aligned
# 121/197, 5/8 conflicts, 26 false alarms; port explosion (after the rules those led to) F1
# 0.974, bounds 164/165, aligned 138/198, 9/14 conflicts, 27 false alarms; camp fire F1 0.99,
# bounds 137/142, aligned 89/172, 7/10 conflicts, 10 false alarms; inflation release (after
# the rules those led to) F1 0.952, bounds 193/200, aligned 26/313, 1/5 conflicts, 12 false
# alarms; measles F1 0.966, bounds 180/182, aligned 101/246, 5/9 conflicts, 69 false alarms;
# hospital strike (after the rules those led to) F1 0.991, bounds 164/165, aligned 76/176, 4/12
# conflicts, 224 false alarms (tolls of one day, of the next, of both days and of another town
# are reported side by side: the engine's weakest point); train collision F1 0.97, bounds
# 143/143, aligned 150/218, 5/9 conflicts, 34 false alarms; crowd crush (after the rules those
# led to) F1 0.979, bounds 181/181, aligned 139/268, 5/10 conflicts, 23 false alarms; monsoon
# floods F1 0.972, bounds 155/155, aligned 82/138, 8/11 conflicts, 44 false alarms; mall
# shooting (after the rules those led to) F1 0.938, bounds 160/160, aligned 77/144, 2/7
# conflicts, 10 false alarms; bus plunge F1 0.963, bounds 164/166, aligned 131/215, 5/12
# conflicts, 11 false alarms; chemical blast (after the rules those led to) F1 0.932, bounds
# 183/184, aligned 133/270, 6/9 conflicts, 35 false alarms; border influx F1 0.966, bounds
# 165/165, aligned 40/187, 1/14 conflicts, 38 false alarms (daily, weekly and since-the-war
# arrivals from three counters side by side: the engine's weakest corpus); cyclone (Indian
# English, lakh and crore) F1 0.983, bounds 225/225, aligned 156/260, 10/13 conflicts, 37 false
# alarms; hotel siege F1 0.972, bounds 205/205, aligned 150/303, 7/12 conflicts, 176 false
# alarms (hostages, attackers, civilians and security forces killed, each its own count); oil
# spill F1 0.921 (0.971 with its barrels in litres), bounds 128/129, aligned 32/98, 8/10
# conflicts, 3 false alarms; drought appeal F1 0.978, bounds 156/157, aligned 63/135, 5/10
# conflicts, 8 false alarms; school food poisoning (after the rules those led to) F1 0.991,
# bounds 158/158, aligned 50/153, 8/12 conflicts, 14 false alarms; volcano F1 0.966, bounds
# 153/153, aligned 93/157, 8/11 conflicts, 23 false alarms; garment factory fire (after the
# rules those led to) F1 0.988, bounds 158/158, aligned 120/192, 7/13 conflicts, 23 false
# alarms; avalanche F1 0.988, bounds 166/166, aligned 80/149, 7/10 conflicts, 88 false alarms
# (a yearly rate and a 1999 disaster's toll beside the event's); blackout in a cold snap
# (after the rules those led to) F1 0.961, bounds 149/149, aligned 58/110, 5/11 conflicts, 20
# false alarms; bridge collapse F1 0.966, bounds 156/156, aligned 85/175, 8/15 conflicts, 16
# false alarms; market shelling in a besieged city (war-wire style, after the rules those led
# to) F1 0.993, bounds 140/142, aligned 152/325, 8/9 conflicts, 152 false alarms (an earlier
# attack's toll, the war's toll and a victim's age "of 71" beside the attack's); bootleg-alcohol
# poisoning F1 0.967, bounds 129/132, aligned 93/137, 8/12 conflicts, 67 false alarms; drone
# strike on a wedding (war-wire style, after the rules those led to) F1 0.99, bounds 145/146,
# aligned 158/346, 6/12 conflicts, 46 false alarms (an earlier strike named by its date and a
# year's statistics beside the toll); stadium stand collapse F1 0.943, bounds 128/130, aligned
# 94/165, 6/12 conflicts, 18 false alarms; tornado outbreak (US wire style, after the rules
# those led to) F1 0.938 (tornado ratings "EF-3", which the engine reads as designations, are
# figures in its gold), bounds 124/127, aligned 75/172, 8/11 conflicts, 75 false alarms; hospital
# ICU fire F1 0.98, bounds 97/98, aligned 34/122, 7/7 conflicts, 35 false alarms; air strikes
# on a town (war-wire style, after the rules those led to) F1 0.991, bounds 107/108, aligned
# 102/153, 6/6 conflicts, 98 false alarms (a second town's toll, "the shelling of Sumeira",
# beside the first's); school shooting (US wire style) F1 0.963, bounds 116/117, aligned 75/140,
# 7/10 conflicts, 20 false alarms. The dam
# flood's four false alarms are "dozens missing" against 17 and 18: the engine reads "dozens"
# as at least 24, the gold's writer did not)
FLOORS: dict[str, dict[str, float]] = {
    "halvek-earthquake": {"f1": 0.97, "bounds": 80, "aligned": 63, "conflicts": 5, "alarms": 1},
    "valdoria-election": {"f1": 0.97, "bounds": 102, "aligned": 62, "conflicts": 5, "alarms": 1},
    "marenne-air-crash": {"f1": 0.97, "bounds": 72, "aligned": 34, "conflicts": 4, "alarms": 1},
    "nyara-cholera": {"f1": 0.98, "bounds": 84, "aligned": 25, "conflicts": 3, "alarms": 2},
    "ashford-wildfire": {"f1": 0.98, "bounds": 96, "aligned": 82, "conflicts": 4, "alarms": 1},
    "kalinda-ferry-sinking": {"f1": 0.98, "bounds": 82, "aligned": 70, "conflicts": 6,
                              "alarms": 1},
    "corvin-storm": {"f1": 0.98, "bounds": 93, "aligned": 48, "conflicts": 4, "alarms": 3},
    "tarsk-building-collapse": {"f1": 0.97, "bounds": 124, "aligned": 73, "conflicts": 5,
                                "alarms": 1},
    "merrow-rail-strike": {"f1": 0.97, "bounds": 133, "aligned": 75, "conflicts": 6,
                           "alarms": 5},
    "kaldmark-jobs-report": {"f1": 0.98, "bounds": 100, "aligned": 41, "conflicts": 3,
                             "alarms": 2},
    "sorrel-dam-flood": {"f1": 0.98, "bounds": 138, "aligned": 103, "conflicts": 5, "alarms": 5},
    "brannock-mine-fire": {"f1": 0.98, "bounds": 144, "aligned": 101, "conflicts": 6,
                           "alarms": 2},
    "orvak-border-shelling": {"f1": 0.95, "bounds": 161, "aligned": 108, "conflicts": 12,
                              "alarms": 7},
    "lysa-heatwave": {"f1": 0.97, "bounds": 141, "aligned": 68, "conflicts": 8, "alarms": 7},
    "tessaly-protest-crackdown": {"f1": 0.97, "bounds": 131, "aligned": 63, "conflicts": 9,
                                  "alarms": 9},
    "marisol-shipwreck": {"f1": 0.97, "bounds": 151, "aligned": 122, "conflicts": 5,
                          "alarms": 9},
    "vessa-port-explosion": {"f1": 0.96, "bounds": 162, "aligned": 141, "conflicts": 9,
                             "alarms": 7},
    "drava-camp-fire": {"f1": 0.98, "bounds": 135, "aligned": 109, "conflicts": 8, "alarms": 5},
    "kestova-inflation": {"f1": 0.93, "bounds": 190, "aligned": 72, "conflicts": 1, "alarms": 5},
    "pelagia-measles": {"f1": 0.95, "bounds": 178, "aligned": 120, "conflicts": 6, "alarms": 8},
    "vellen-hospital-strike": {"f1": 0.97, "bounds": 161, "aligned": 86, "conflicts": 6,
                               "alarms": 60},
    "halden-train-collision": {"f1": 0.96, "bounds": 141, "aligned": 155, "conflicts": 6,
                               "alarms": 15},
    "ostra-crowd-crush": {"f1": 0.98, "bounds": 181, "aligned": 190, "conflicts": 6,
                          "alarms": 13},
    "rennick-monsoon-floods": {"f1": 0.96, "bounds": 154, "aligned": 114, "conflicts": 9,
                               "alarms": 3},
    "dunmore-mall-shooting": {"f1": 0.97, "bounds": 160, "aligned": 85, "conflicts": 3,
                              "alarms": 4},
    "karsa-bus-plunge": {"f1": 0.97, "bounds": 164, "aligned": 176, "conflicts": 6,
                         "alarms": 10},
    "velsk-chemical-blast": {"f1": 0.98, "bounds": 182, "aligned": 169, "conflicts": 5,
                             "alarms": 6},
    "harro-border-influx": {"f1": 0.96, "bounds": 162, "aligned": 39, "conflicts": 3,
                            "alarms": 18},
    "sundar-cyclone-landfall": {"f1": 0.97, "bounds": 222, "aligned": 165, "conflicts": 9,
                                "alarms": 22},
    "marova-hotel-siege": {"f1": 0.96, "bounds": 202, "aligned": 169, "conflicts": 6,
                           "alarms": 31},
    "kestrel-bay-oil-spill": {"f1": 0.96, "bounds": 132, "aligned": 39, "conflicts": 7,
                              "alarms": 3},
    "orsova-drought-appeal": {"f1": 0.97, "bounds": 153, "aligned": 71, "conflicts": 6,
                              "alarms": 8},
    "tovan-school-poisoning": {"f1": 0.98, "bounds": 155, "aligned": 67, "conflicts": 7,
                               "alarms": 17},
    "keral-volcano-eruption": {"f1": 0.95, "bounds": 150, "aligned": 96, "conflicts": 8,
                               "alarms": 18},
    "brask-garment-factory-fire": {"f1": 0.97, "bounds": 155, "aligned": 116, "conflicts": 6,
                                   "alarms": 6},
    "holtvik-avalanche": {"f1": 0.97, "bounds": 163, "aligned": 86, "conflicts": 6,
                          "alarms": 25},
    "dravik-blackout-cold-snap": {"f1": 0.97, "bounds": 150, "aligned": 64, "conflicts": 6,
                                  "alarms": 8},
    "selvan-bridge-collapse": {"f1": 0.95, "bounds": 153, "aligned": 129, "conflicts": 8,
                               "alarms": 7},
    "morvane-market-shelling": {"f1": 0.98, "bounds": 137, "aligned": 193, "conflicts": 7,
                                "alarms": 25},
    "kelda-bootleg-alcohol": {"f1": 0.95, "bounds": 126, "aligned": 92, "conflicts": 8,
                              "alarms": 12},
    "ashvel-wedding-strike": {"f1": 0.97, "bounds": 142, "aligned": 183, "conflicts": 6,
                              "alarms": 3},
    "pernau-stadium-collapse": {"f1": 0.97, "bounds": 125, "aligned": 99, "conflicts": 6,
                                "alarms": 9},
    "calder-tornado-outbreak": {"f1": 0.93, "bounds": 122, "aligned": 70, "conflicts": 7,
                                "alarms": 57},
    "oskar-hospital-fire": {"f1": 0.96, "bounds": 94, "aligned": 59, "conflicts": 6,
                            "alarms": 31},
    "tarvin-airstrikes-town": {"f1": 0.98, "bounds": 104, "aligned": 98, "conflicts": 6,
                               "alarms": 8},
    "wexford-school-shooting": {"f1": 0.96, "bounds": 113, "aligned": 70, "conflicts": 6,
                                "alarms": 2},
}


def _gold(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EVAL / "gold" / f"{name}.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def scores(nlp: Any) -> dict[str, dict[str, Any]]:
    out = {}
    for name in CORPORA:
        analysis = analyze([EVAL / "corpora" / name], nlp=nlp).to_json()
        out[name] = SCORER.score(analysis, _gold(name))
    return out


@pytest.mark.parametrize("name", CORPORA)
def test_gold_is_consistent_with_its_corpus(name: str) -> None:
    texts = CHECKER.article_texts(EVAL / "corpora" / name)
    assert CHECKER.check(_gold(name), texts) == []


def test_gold_checker_catches_a_snippet_that_is_not_there() -> None:
    name = CORPORA[0]
    gold = _gold(name)
    key = next(iter(gold["figures"]))
    gold["figures"][key]["occurrence"] = 99
    errors = CHECKER.check(gold, CHECKER.article_texts(EVAL / "corpora" / name))
    assert any(f"figure {key}:" in e and "not found" in e for e in errors)


@pytest.mark.parametrize("name", CORPORA)
def test_heldout_scores_do_not_regress(name: str, scores: dict[str, dict[str, Any]]) -> None:
    result, floor = scores[name], FLOORS[name]
    figures, alignment, conflicts = result["figures"], result["alignment"], result["conflicts"]
    report = json.dumps(result, indent=1, ensure_ascii=False)
    # every gold snippet must be found in the engine's article text, or the numbers mean little
    assert result["problems"] == [], report
    assert figures["f1"] >= floor["f1"], report
    assert int(figures["bounds_right"].split("/")[0]) >= floor["bounds"], report
    assert alignment["grouped"] >= floor["aligned"], report
    assert conflicts["found_groups"] >= floor["conflicts"], report
    assert conflicts["false_alarms"] <= floor["alarms"], report
