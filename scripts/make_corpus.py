#!/usr/bin/env python3
"""Builds Tests/Corpus: a small valid base dataset and broken variants, each with expect.json naming
the file, line, column, record and field its first message must name. Lines are found by a sentinel,
independently of the Swift code under test. Run from the repository root."""
import json, os, shutil, copy, unicodedata

SRC = "data/dong-nai"
OUT = "Tests/Corpus"
def load(n): return json.load(open(os.path.join(SRC, n), encoding="utf-8"))

files = {n: load(n) for n in os.listdir(SRC) if n.endswith(".json")}
# A small base: two districts and their communes, a few producers and products.
keep_d = {"long-khanh", "vinh-cuu"}
units = [u for u in files["units.json"]["units"] if u["id"] == "dong-nai" or u["id"] in keep_d or u.get("parentId") in keep_d]
uid = {u["id"] for u in units}
producers = [p for p in files["producers.json"]["producers"] if p["communeId"] in uid][:4]
pids = {p["id"] for p in producers}
products = [p for p in files["products.json"]["products"] if p["producerId"] in pids][:5]
prods = {p["id"] for p in products}
zones = [z for z in files["zones.json"]["zones"] if all(c in uid for c in z["communeIds"])]
for z in zones:
    z["chains"] = [c for c in z["chains"] if c.get("leadProducerId") in pids or "leadProducerId" not in c]
zids = {z["id"] for z in zones}
for p in products: p["zoneIds"] = [z for z in p["zoneIds"] if z in zids]
villages = [v for v in files["craft-villages.json"]["craftVillages"] if v["communeId"] in uid]
for v in villages: v["productIds"] = [x for x in v["productIds"] if x in prods]
tourism = [t for t in files["tourism-models.json"]["tourismModels"] if t["communeId"] in uid]
for t in tourism:
    t["productIds"] = [x for x in t["productIds"] if x in prods]
    if t.get("operatorProducerId") not in pids: t.pop("operatorProducerId", None)
    if t.get("zoneId") not in zids: t.pop("zoneId", None)
base = dict(files)
base["units.json"] = {"schemaVersion": 1, "units": units}
base["producers.json"] = {"schemaVersion": 1, "producers": producers}
base["products.json"] = {"schemaVersion": 1, "products": products}
base["zones.json"] = {"schemaVersion": 1, "zones": zones}
base["craft-villages.json"] = {"schemaVersion": 1, "craftVillages": villages}
base["tourism-models.json"] = {"schemaVersion": 1, "tourismModels": tourism}

def dump(obj): return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

if os.path.exists(OUT): shutil.rmtree(OUT)
os.makedirs(os.path.join(OUT, "base"))
for n, obj in base.items():
    open(os.path.join(OUT, "base", n), "w", encoding="utf-8").write(dump(obj))

S = "__SENTINEL__"
cases = []
def case(name, fname, mutate, literal, severity, record, field, kind, raw=None):
    """mutate(obj) sets one value to S; literal replaces the quoted sentinel in the text."""
    obj = copy.deepcopy(base[fname])
    mutate(obj)
    text = dump(obj)
    q = '"' + S + '"'
    if q in text:
        lines = text.split("\n")
        line = next(i for i, l in enumerate(lines) if q in l)
        col = lines[line].index(q) + 1
        text = text.replace(q, literal)
        line += 1
    else:
        line, col = raw
    if raw is not None and q not in dump(obj): line, col = raw
    d = os.path.join(OUT, name); os.makedirs(d)
    open(os.path.join(d, fname), "w", encoding="utf-8").write(text)
    json.dump({"severity": severity, "file": fname, "line": line, "column": col, "recordId": record, "field": field, "kind": kind},
              open(os.path.join(d, "expect.json"), "w"), indent=2, ensure_ascii=False)

P0 = products[0]["id"]; P1 = products[1]["id"]
def setp(i, k, v=S):
    def f(o): o["products"][i][k] = v
    return f
def sete(i, k):
    def f(o):
        ev = next(p for p in o["products"] if p.get("certificate"))
        ev["evaluations"][0][k] = S
    return f
cert_idx = next(i for i, p in enumerate(products) if p.get("certificate"))
CP = products[cert_idx]["id"]
ev0 = products[cert_idx]["evaluations"][0]

case("wrong-type-name-number", "products.json", setp(0, "name"), "42", "error", P0, "products[0].name", "wrongType")
case("unknown-group", "products.json", setp(0, "group"), '"keo"', "error", P0, "products[0].group", "unknownValue")
case("unknown-cycle-step", "products.json", setp(0, "cycleStep"), "7", "error", P0, "products[0].cycleStep", "unknownValue")
case("unknown-producer-ref", "products.json", setp(0, "producerId"), '"ct-999"', "error", P0, "products[0].producerId", "unknownReference")
case("unknown-commune-ref", "products.json", setp(1, "communeId"), '"xa-khong-co"', "error", P1, "products[1].communeId", "unknownReference")
case("commune-is-district", "products.json", setp(1, "communeId"), '"long-khanh"', "error", P1, "products[1].communeId", "wrongUnitLevel")
case("duplicate-product-id", "products.json", setp(1, "id"), json.dumps(P0), "error", P0, "products[1].id", "duplicateId")
case("score-over-maximum", "products.json", sete(0, "scoreA"), "45", "error", CP, f"products[{cert_idx}].evaluations[0].scoreA", "scoreOverMaximum")
case("negative-score", "products.json", sete(0, "scoreB"), "-3", "error", CP, f"products[{cert_idx}].evaluations[0].scoreB", "negative")
case("total-mismatch", "products.json", sete(0, "total"), str(ev0["total"] + 7), "error", CP, f"products[{cert_idx}].evaluations[0].total", "totalMismatch")
case("stars-disagree", "products.json", sete(0, "stars"), "5" if ev0["stars"] != 5 else "4", "error", CP, f"products[{cert_idx}].evaluations[0].stars", "starsMismatch")
case("invalid-date-31-02", "products.json", sete(0, "date"), '"2021-02-31"', "error", CP, f"products[{cert_idx}].evaluations[0].date", "invalidDate")
def setc(k):
    def f(o): next(p for p in o["products"] if p.get("certificate"))["certificate"][k] = S
    return f
case("certificate-two-stars", "products.json", setc("stars"), "2", "error", CP, f"products[{cert_idx}].certificate.stars", "certificateBelowThreeStars")
case("expiry-before-issue", "products.json", setc("expiresOn"), '"2001-01-01"', "error", CP, f"products[{cert_idx}].certificate.expiresOn", "expiryBeforeIssue")
case("expiry-not-36-months", "products.json", setc("expiresOn"), '"2099-01-01"', "warning", CP, f"products[{cert_idx}].certificate.expiresOn", "expiryNot36Months")
case("group-not-in-set", "products.json", setp(0, "group"), '"ornamental"' if products[0]["criteriaSet"] == "1048/QĐ-TTg" else '"herbal"', "error", P0, "products[0].group", "groupNotInCriteriaSet")
case("unknown-standard", "products.json", lambda o: o["products"][0].__setitem__("standards", [S]), '"ISO 9999"', "error", P0, "products[0].standards[0]", "unknownValue")
case("nfd-name", "products.json", setp(0, "name"), json.dumps(unicodedata.normalize("NFD", "Chôm chôm Bình Lộc"), ensure_ascii=False), "warning", P0, "products[0].name", "notNFC")
case("control-character", "products.json", setp(0, "name"), '"Chôm chôm\\u001b[31m đỏ"', "warning", P0, "products[0].name", "controlCharacter")
case("registered-year-range", "products.json", setp(0, "registeredYear"), "1890", "error", P0, "products[0].registeredYear", "outOfRange")
Z0 = zones[0]["id"]
def setz(k):
    def f(o): o["zones"][0][k] = S
    return f
case("negative-area", "zones.json", setz("areaHa"), "-5.5", "error", Z0, "zones[0].areaHa", "negative")
case("area-as-string", "zones.json", setz("areaHa"), '"6.720 ha"', "error", Z0, "zones[0].areaHa", "wrongType")
case("certified-over-area", "zones.json", lambda o: o["zones"][0]["certifiedAreas"][0].__setitem__("areaHa", S), "999999", "error", Z0, "zones[0].certifiedAreas[0].areaHa", "outOfRange")
case("unknown-producer-type", "producers.json", lambda o: o["producers"][0].__setitem__("type", S), '"cong-ty"', "error", producers[0]["id"], "producers[0].type", "unknownValue")
case("unknown-agency-ref", "tasks.json", lambda o: o["tasks"][2].__setitem__("leadAgencyId", S), '"so-khong-co"', "error", "nv-3", "tasks[2].leadAgencyId", "unknownReference")
case("progress-over-100", "tasks.json", lambda o: o["tasks"][1].__setitem__("progress", S), "150", "error", "nv-2", "tasks[1].progress", "outOfRange")
case("duplicate-unit-id", "units.json", lambda o: o["units"][3].__setitem__("id", S), json.dumps(units[2]["id"]), "error", units[2]["id"], "units[3].id", "duplicateId")
case("unknown-schema-version", "zones.json", lambda o: o.__setitem__("schemaVersion", S), "7", "error", None, "schemaVersion", "unknownSchemaVersion")
case("village-product-ref", "craft-villages.json", lambda o: o["craftVillages"][0].__setitem__("productIds", [S]), '"sp-999"', "error", villages[0]["id"], "craftVillages[0].productIds[0]", "unknownReference")

# Cases whose text is broken, with positions worked out by hand from the base text.
def raw_case(name, fname, transform, line, col, kind, record=None, field=""):
    text = transform(dump(base[fname]))
    d = os.path.join(OUT, name); os.makedirs(d)
    open(os.path.join(d, fname), "w", encoding="utf-8").write(text)
    json.dump({"severity": "error", "file": fname, "line": line, "column": col, "recordId": record, "field": field, "kind": kind},
              open(os.path.join(d, "expect.json"), "w"), indent=2, ensure_ascii=False)

t = dump(base["agencies.json"]); lines = t.split("\n")
# a missing comma between two agencies: the error is at the second object's brace.
first_close = min(i for i, l in enumerate(lines) if l == "    },")
def missing_comma(text):
    ls = text.split("\n"); ls[first_close] = "    }"; return "\n".join(ls)
raw_case("malformed-missing-comma", "agencies.json", missing_comma, first_close + 2, 5, "malformedJSON")
def unquoted(text):
    ls = text.split("\n"); i = next(k for k, l in enumerate(ls) if '"shortName"' in l)
    ls[i] = ls[i].replace('"shortName"', 'shortName'); return "\n".join(ls)
i_sn = next(k for k, l in enumerate(lines) if '"shortName"' in l)
raw_case("malformed-unquoted-key", "agencies.json", unquoted, i_sn + 1, lines[i_sn].index('"shortName"') + 1, "malformedJSON")
# a missing required field: the position is the record's opening brace.
def missing_name(text):
    o = json.loads(text); del o["producers"][1]["name"]; return dump(o)
pt = dump(base["producers.json"]).split("\n")
starts = [k for k, l in enumerate(pt) if l == "    {"]
raw_case("missing-field", "producers.json", missing_name, starts[1] + 1, 5, "missingField", producers[1]["id"], "producers[1].name")
d = os.path.join(OUT, "missing-file"); os.makedirs(d)
open(os.path.join(d, "DELETE"), "w").write("tourism-models.json\n")
json.dump({"severity": "error", "file": "tourism-models.json", "line": None, "column": None, "recordId": None, "field": "", "kind": "missingFile"},
          open(os.path.join(d, "expect.json"), "w"), indent=2)
print(len(os.listdir(OUT)) - 1, "cases")
