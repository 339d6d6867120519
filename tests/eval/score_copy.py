# Copied unchanged from ../shared/eval/score.py (the project scorer) so that tests inside the
# repository can use it: CI runs on a fresh clone that has no ../shared. Do not edit; copy again
# if the original changes.
# ruff: noqa  (kept byte-for-byte as the original below this header)
#!/usr/bin/env python3
"""Score an analysis (the JSON of `workbench analyze --format json`) against a gold annotation.

    python3 score.py ANALYSIS.json GOLD.json [--json] [--verbose]

Figures are matched to gold mentions by article file name, overlapping character span and equal
value (percent given as 9 or 0.09 both match 9 percent; vague words such as "dozens" match on span
alone). Alignment is the share of gold pairs that agree (same quantity, compatible values) which
the analysis puts in one group. A conflict counts as found when a pair of figures the gold calls
conflicting is listed in some group's "conflicts"; every other listed pair is a false alarm, except
pairs the gold leaves open ("neutral_pairs") or that involve a neutral mention (a date, an ordinal).
Only the standard library is used.
"""
import argparse, itertools, json, math, pathlib, sys


def locate(text, needle, occurrence):
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def same_value(pred, gold, kind):
    if pred is None:
        return False
    try:
        pred = float(pred)
    except (TypeError, ValueError):
        return False
    if not math.isfinite(pred):
        return False
    close = lambda a, b: abs(a - b) <= 1e-6 * max(1.0, abs(b)) or (kind == "percent" and abs(a - b) <= 0.01 * abs(b))
    if close(pred, gold):
        return True
    return kind == "percent" and (close(pred * 100, gold) or close(pred / 100, gold))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(analysis, gold):
    by_name = {}
    for art in analysis.get("articles", []):
        by_name[pathlib.Path(str(art.get("path") or art.get("id"))).name] = art
    problems = []
    # gold spans located in the analysis' own article text
    def spans(entries):
        out = {}
        for key, e in entries:
            art = by_name.get(e["file"])
            if art is None:
                problems.append(f"article missing from analysis: {e['file']}")
                continue
            where = locate(art.get("text", ""), e["text"], e.get("occurrence", 1))
            if where is None:
                problems.append(f"gold text not found in analysis text of {e['file']}: {e['text']!r}")
                continue
            out[key] = (art.get("id"), where)
        return out

    gold_figs = gold["figures"]
    gold_spans = spans(gold_figs.items())
    neutral_spans = list(spans(enumerate(gold.get("neutral", []))).values())
    junk_spans = {gold["junk"][i]["text"]: s for i, s in spans(enumerate(gold.get("junk", []))).items()}

    preds = analysis.get("figures", [])
    pred_to_gold, gold_to_pred = {}, {}
    # exact-value matches first, one-to-one, then leave the rest unmatched
    for p in preds:
        pspan = (p.get("start", -1), p.get("end", -1))
        for key, (art_id, gspan) in gold_spans.items():
            if key in gold_to_pred or art_id != p.get("article") or not overlaps(pspan, gspan):
                continue
            g = gold_figs[key]
            if g.get("vague") or same_value(p.get("value"), g["value"], g.get("kind")):
                pred_to_gold[p["id"]] = key
                gold_to_pred[key] = p
                break
    neutral_preds, false_pos, junk_hits = set(), [], []
    for p in preds:
        if p["id"] in pred_to_gold:
            continue
        pspan = (p.get("start", -1), p.get("end", -1))
        if any(a == p.get("article") and overlaps(pspan, s) for a, s in neutral_spans):
            neutral_preds.add(p["id"])
            continue
        false_pos.append(p)
        for name, (a, s) in junk_spans.items():
            if a == p.get("article") and overlaps(pspan, s):
                junk_hits.append(name)
    tp = len(gold_to_pred)
    fn = [k for k in gold_figs if k not in gold_to_pred]
    precision = tp / (tp + len(false_pos)) if tp + len(false_pos) else 0.0
    recall = tp / len(gold_figs) if gold_figs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    bounded = [k for k in gold_to_pred if not gold_figs[k].get("vague")]
    bounds_ok = sum(1 for k in bounded if gold_to_pred[k].get("bound") == gold_figs[k]["bound"])

    # alignment and conflicts
    group_of = {}
    for g in analysis.get("groups", []):
        for fid in g.get("figures", []):
            group_of.setdefault(fid, set()).add(g.get("id"))
    pair = lambda a, b: frozenset((a, b))
    gold_conflicts = {pair(*c) for g in gold["groups"] for c in g.get("conflicts", [])}
    open_pairs = {pair(*c) for c in gold.get("neutral_pairs", [])}
    agree_pairs = []
    for g in gold["groups"]:
        for a, b in itertools.combinations(g["members"], 2):
            if pair(a, b) not in gold_conflicts:
                agree_pairs.append((a, b))
    aligned = 0
    for a, b in agree_pairs:
        pa, pb = gold_to_pred.get(a), gold_to_pred.get(b)
        if pa and pb and group_of.get(pa["id"], set()) & group_of.get(pb["id"], set()):
            aligned += 1
    flagged = set()
    for g in analysis.get("groups", []):
        for c in g.get("conflicts", []) or []:
            if len(c) == 2 and c[0] != c[1]:
                flagged.add(pair(*c))
    found_pairs, false_alarms = set(), []
    trap_pairs = {pair(*t): t for t in gold.get("traps", [])}
    traps_fallen = []
    for fp in flagged:
        a, b = tuple(fp)
        if a in neutral_preds or b in neutral_preds:
            continue
        ga, gb = pred_to_gold.get(a), pred_to_gold.get(b)
        gp = pair(ga, gb) if ga and gb else None
        if gp in gold_conflicts:
            found_pairs.add(gp)
        elif gp in open_pairs:
            continue
        else:
            false_alarms.append((ga or a, gb or b))
            if gp in trap_pairs:
                traps_fallen.append(trap_pairs[gp])
    conflict_groups = [g for g in gold["groups"] if g.get("conflicts")]
    found_groups = [g["quantity"] for g in conflict_groups
                    if any(pair(*c) in found_pairs for c in g["conflicts"])]
    return {
        "corpus": gold.get("corpus"),
        "figures": {"gold": len(gold_figs), "predicted": len(preds), "matched": tp,
                    "false_positives": len(false_pos), "neutral": len(neutral_preds),
                    "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                    "bounds_right": f"{bounds_ok}/{len(bounded)}",
                    "missed": [f"{k} {gold_figs[k]['file'][:3]}: {gold_figs[k]['text']}" for k in fn],
                    "spurious": [f"{p.get('article')}: {p.get('text')!r} = {p.get('value')}" for p in false_pos],
                    "junk_read_as_figures": sorted(set(junk_hits))},
        "alignment": {"agreeing_pairs": len(agree_pairs), "grouped": aligned,
                      "recall": round(aligned / len(agree_pairs), 3) if agree_pairs else 1.0},
        "conflicts": {"gold_groups": len(conflict_groups), "found_groups": len(found_groups),
                      "found": found_groups, "flagged_pairs": len(flagged), "false_alarms": len(false_alarms),
                      "false_alarm_pairs": [list(p) for p in false_alarms][:50],
                      "traps_fallen": traps_fallen},
        "problems": problems,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("analysis")
    ap.add_argument("gold")
    ap.add_argument("--json", action="store_true", help="print the whole result as JSON")
    ap.add_argument("--verbose", action="store_true", help="list missed and spurious figures")
    args = ap.parse_args(argv)
    analysis = json.loads(pathlib.Path(args.analysis).read_text(encoding="utf-8"))
    gold = json.loads(pathlib.Path(args.gold).read_text(encoding="utf-8"))
    r = score(analysis, gold)
    if args.json:
        print(json.dumps(r, indent=1, ensure_ascii=False))
        return 0
    f, al, c = r["figures"], r["alignment"], r["conflicts"]
    if args.verbose:
        for key in ("missed", "spurious", "junk_read_as_figures"):
            for line in f[key]:
                print(f"{key}: {line}")
        for p in c["false_alarm_pairs"]:
            print(f"false alarm: {p}")
        for line in r["problems"]:
            print(f"problem: {line}")
    print(f"{r['corpus']}: figures P={f['precision']} R={f['recall']} F1={f['f1']} bounds={f['bounds_right']} "
          f"aligned={al['grouped']}/{al['agreeing_pairs']} conflicts={c['found_groups']}/{c['gold_groups']} "
          f"false_alarms={c['false_alarms']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
