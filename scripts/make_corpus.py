#!/usr/bin/env python3
"""Builds Tests/Corpus: a small valid base dataset and broken variants, each with expect.json naming
the file, line, column, record and field its first message must name, and a fragment of its Vietnamese
message. Lines are found by a sentinel (or by hand from the text), independently of the Swift code under
test. A case may also have DELETE (a file to remove) or PREPARE (lines "fifo F", "directory F", "loop F":
what to put in place of a file, for what git cannot hold). Run from the repository root."""
import json, os, shutil, copy, unicodedata

SRC = "data/dong-nai"
OUT = "Tests/Corpus"
def load(n): return json.load(open(os.path.join(SRC, n), encoding="utf-8"))

files = {n: load(n) for n in os.listdir(SRC) if n.endswith(".json")}
# A small base: two districts and their communes, a few producers and products.
keep_d = {"long-khanh", "vinh-cuu"}
# Units over time come along: the merged province, Long Khánh's thị xã and the new communes the kept ones became.
kept = [u for u in files["units.json"]["units"] if u["id"] in ("dong-nai", "dong-nai-2025", "long-khanh-tx") or u["id"] in keep_d or u.get("parentId") in keep_d]
succ = {s for u in kept for s in u.get("successorIds", [])}
units = [u for u in files["units.json"]["units"] if u in kept or u["id"] in succ]
uid = {u["id"] for u in units}
for u in units:
    if "successorIds" in u: u["successorIds"] = [x for x in u["successorIds"] if x in uid]
    if u.get("successorIds") == []: u.pop("successorIds")
producers = [p for p in files["producers.json"]["producers"] if p["communeId"] in uid][:4]
pids = {p["id"] for p in producers}
products = [p for p in files["products.json"]["products"] if p["producerId"] in pids and p["communeId"] in uid][:5]
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
def write_expect(d, severity, fname, line, col, record, field, kind, message):
    json.dump({"severity": severity, "file": fname, "line": line, "column": col, "recordId": record, "field": field,
               "kind": kind, "message": message},
              open(os.path.join(d, "expect.json"), "w"), indent=2, ensure_ascii=False)

def case(name, fname, mutate, literal, severity, record, field, kind, message, raw=None):
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
    write_expect(d, severity, fname, line, col, record, field, kind, message)

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

case("wrong-type-name-number", "products.json", setp(0, "name"), "42", "error", P0, "products[0].name", "wrongType", "sai kiểu dữ liệu: cần chuỗi")
case("unknown-group", "products.json", setp(0, "group"), '"keo"', "error", P0, "products[0].group", "unknownValue", "giá trị \"keo\" không hợp lệ")
case("unknown-cycle-step", "products.json", setp(0, "cycleStep"), "7", "error", P0, "products[0].cycleStep", "unknownValue", "giá trị \"7\" không hợp lệ; giá trị cho phép: 1, 2, 3, 4, 5, 6")
case("unknown-producer-ref", "products.json", setp(0, "producerId"), '"ct-999"', "error", P0, "products[0].producerId", "unknownReference", "tham chiếu tới mã \"ct-999\" không có trong producers.json")
case("unknown-commune-ref", "products.json", setp(1, "communeId"), '"xa-khong-co"', "error", P1, "products[1].communeId", "unknownReference", "tham chiếu tới mã \"xa-khong-co\" không có trong units.json")
case("commune-is-district", "products.json", setp(1, "communeId"), '"long-khanh"', "error", P1, "products[1].communeId", "wrongUnitLevel", "có cấp thành phố, cần cấp phường/xã/thị trấn")
case("duplicate-product-id", "products.json", setp(1, "id"), json.dumps(P0), "error", P0, "products[1].id", "duplicateId", "bị trùng với bản ghi thứ 1")
case("score-over-maximum", "products.json", sete(0, "scoreA"), "45", "error", CP, f"products[{cert_idx}].evaluations[0].scoreA", "scoreOverMaximum", "điểm phần A là 45, vượt tối đa")
case("negative-score", "products.json", sete(0, "scoreB"), "-3", "error", CP, f"products[{cert_idx}].evaluations[0].scoreB", "negative", "giá trị âm (-3)")
case("total-mismatch", "products.json", sete(0, "total"), str(ev0["total"] + 7), "error", CP, f"products[{cert_idx}].evaluations[0].total", "totalMismatch", "khác tổng A+B+C")
case("stars-disagree", "products.json", sete(0, "stars"), "5" if ev0["stars"] != 5 else "4", "error", CP, f"products[{cert_idx}].evaluations[0].stars", "starsMismatch", "sao không khớp với")
case("invalid-date-31-02", "products.json", sete(0, "date"), '"2021-02-31"', "error", CP, f"products[{cert_idx}].evaluations[0].date", "invalidDate", "ngày \"2021-02-31\" không hợp lệ")
def setc(k):
    def f(o): next(p for p in o["products"] if p.get("certificate"))["certificate"][k] = S
    return f
case("certificate-two-stars", "products.json", setc("stars"), "2", "error", CP, f"products[{cert_idx}].certificate.stars", "certificateBelowThreeStars", "chỉ sản phẩm từ 3 sao được cấp giấy chứng nhận")
case("expiry-before-issue", "products.json", setc("expiresOn"), '"2001-01-01"', "error", CP, f"products[{cert_idx}].certificate.expiresOn", "expiryBeforeIssue", "ngày hết hạn 01/01/2001 trước ngày cấp")
case("expiry-not-36-months", "products.json", setc("expiresOn"), '"2099-01-01"', "warning", CP, f"products[{cert_idx}].certificate.expiresOn", "expiryNot36Months", "có hiệu lực 36 tháng")
case("group-not-in-set", "products.json", setp(0, "group"), '"ornamental"' if products[0]["criteriaSet"] == "1048/QĐ-TTg" else '"herbal"', "error", P0, "products[0].group", "groupNotInCriteriaSet", "không thuộc bộ tiêu chí")
case("unknown-standard", "products.json", lambda o: o["products"][0].__setitem__("standards", [S]), '"ISO 9999"', "error", P0, "products[0].standards[0]", "unknownValue", "giá trị \"ISO 9999\" không hợp lệ")
# Meetings (issue 14): a decision naming a task that is not there, a kind that is not known.
M0 = base["meetings.json"]["meetings"][0]["id"]
case("meeting-unknown-task", "meetings.json", lambda o: o["meetings"][0]["decisions"][0].__setitem__("taskId", S), '"nv-9"', "error", M0, "meetings[0].decisions[0].taskId", "unknownReference", "tham chiếu tới mã \"nv-9\" không có trong tasks.json")
case("meeting-unknown-kind", "meetings.json", lambda o: o["meetings"][0].__setitem__("kind", S), '"hop-mat"', "error", M0, "meetings[0].kind", "unknownValue", "giá trị \"hop-mat\" không hợp lệ")
case("nfd-name", "products.json", setp(0, "name"), json.dumps(unicodedata.normalize("NFD", "Chôm chôm Bình Lộc"), ensure_ascii=False), "warning", P0, "products[0].name", "notNFC", "văn bản ở dạng NFD")
case("control-character", "products.json", setp(0, "name"), '"Chôm chôm\\u001b[31m đỏ"', "warning", P0, "products[0].name", "controlCharacter", "chứa ký tự điều khiển U+001B")
case("registered-year-range", "products.json", setp(0, "registeredYear"), "1890", "error", P0, "products[0].registeredYear", "outOfRange", "giá trị 1890 ngoài khoảng 2000–2100")
Z0 = zones[0]["id"]
def setz(k):
    def f(o): o["zones"][0][k] = S
    return f
case("negative-area", "zones.json", setz("areaHa"), "-5.5", "error", Z0, "zones[0].areaHa", "negative", "giá trị âm (-5.5)")
case("area-as-string", "zones.json", setz("areaHa"), '"6.720 ha"', "error", Z0, "zones[0].areaHa", "wrongType", "sai kiểu dữ liệu: cần số")
case("certified-over-area", "zones.json", lambda o: o["zones"][0]["certifiedAreas"][0].__setitem__("areaHa", S), "999999", "error", Z0, "zones[0].certifiedAreas[0].areaHa", "outOfRange", "giá trị 999999 ngoài khoảng 0–")
case("unknown-producer-type", "producers.json", lambda o: o["producers"][0].__setitem__("type", S), '"cong-ty"', "error", producers[0]["id"], "producers[0].type", "unknownValue", "giá trị \"cong-ty\" không hợp lệ")
case("unknown-agency-ref", "tasks.json", lambda o: o["tasks"][2].__setitem__("leadAgencyId", S), '"so-khong-co"', "error", "nv-3", "tasks[2].leadAgencyId", "unknownReference", "tham chiếu tới mã \"so-khong-co\" không có trong agencies.json")
case("progress-over-100", "tasks.json", lambda o: o["tasks"][1].__setitem__("progress", S), "150", "error", "nv-2", "tasks[1].progress", "outOfRange", "giá trị 150 ngoài khoảng 0–100")
case("duplicate-unit-id", "units.json", lambda o: o["units"][3].__setitem__("id", S), json.dumps(units[2]["id"]), "error", units[2]["id"], "units[3].id", "duplicateId", "bị trùng với bản ghi thứ 3")
case("unknown-schema-version", "zones.json", lambda o: o.__setitem__("schemaVersion", S), "7", "error", None, "schemaVersion", "unknownSchemaVersion", "schemaVersion 7 không được hỗ trợ")
case("village-product-ref", "craft-villages.json", lambda o: o["craftVillages"][0].__setitem__("productIds", [S]), '"sp-999"', "error", villages[0]["id"], "craftVillages[0].productIds[0]", "unknownReference", "tham chiếu tới mã \"sp-999\" không có trong products.json")

# Cases whose text is broken, with positions worked out by hand from the base text.
def raw_case(name, fname, transform, line, col, kind, message, record=None, field="", severity="error"):
    text = transform(dump(base[fname]))
    d = os.path.join(OUT, name); os.makedirs(d)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    open(os.path.join(d, fname), "wb").write(data)
    write_expect(d, severity, fname, line, col, record, field, kind, message)

t = dump(base["agencies.json"]); lines = t.split("\n")
# a missing comma between two agencies: the error is at the second object's brace.
first_close = min(i for i, l in enumerate(lines) if l == "    },")
def missing_comma(text):
    ls = text.split("\n"); ls[first_close] = "    }"; return "\n".join(ls)
raw_case("malformed-missing-comma", "agencies.json", missing_comma, first_close + 2, 5, "malformedJSON", "JSON sai cú pháp: cần dấu phẩy ',' hoặc ']'")
def unquoted(text):
    ls = text.split("\n"); i = next(k for k, l in enumerate(ls) if '"shortName"' in l)
    ls[i] = ls[i].replace('"shortName"', 'shortName'); return "\n".join(ls)
i_sn = next(k for k, l in enumerate(lines) if '"shortName"' in l)
raw_case("malformed-unquoted-key", "agencies.json", unquoted, i_sn + 1, lines[i_sn].index('"shortName"') + 1, "malformedJSON", "cần tên khóa trong dấu ngoặc kép")
# a missing required field: the position is the record's opening brace.
def missing_name(text):
    o = json.loads(text); del o["producers"][1]["name"]; return dump(o)
pt = dump(base["producers.json"]).split("\n")
starts = [k for k, l in enumerate(pt) if l == "    {"]
raw_case("missing-field", "producers.json", missing_name, starts[1] + 1, 5, "missingField", 'thiếu trường bắt buộc \"name\"', producers[1]["id"], "producers[1].name")
d = os.path.join(OUT, "missing-file"); os.makedirs(d)
open(os.path.join(d, "DELETE"), "w").write("tourism-models.json\n")
write_expect(d, "error", "tourism-models.json", None, None, None, "", "missingFile", "không tìm thấy tệp")

# --- Numbers: every numeric field has a range; what cannot be decoded is an error at its position (issue 12).
setz_ = lambda k: setz(k)
case("zone-area-1e19", "zones.json", setz("areaHa"), "1e19", "error", Z0, "zones[0].areaHa", "outOfRange", "giá trị 1e+19 ngoài khoảng 0–1000000")
case("zone-area-1e300", "zones.json", setz("areaHa"), "1e300", "error", Z0, "zones[0].areaHa", "outOfRange", "giá trị 1e+300 ngoài khoảng 0–1000000")
case("zone-area-1e400", "zones.json", setz("areaHa"), "1e400", "error", Z0, "zones[0].areaHa", "numberTooLarge", "số 1e400 (5 ký tự) quá lớn")
case("zone-area-nan-literal", "zones.json", setz("areaHa"), "NaN", "error", None, "", "malformedJSON", "cần một giá trị")
def setch(k):
    def f(o): o["zones"][0]["chains"][0][k] = S
    return f
case("chain-households-2-pow-63", "zones.json", setch("households"), str(2**63), "error", Z0, "zones[0].chains[0].households", "outOfRange", "ngoài khoảng 0–1000000")
case("chain-enterprises-over-range", "zones.json", setch("enterprises"), "200000", "error", Z0, "zones[0].chains[0].enterprises", "outOfRange", "giá trị 200000 ngoài khoảng 0–100000")
case("chain-area-negative", "zones.json", setch("areaHa"), "-0.5", "error", Z0, "zones[0].chains[0].areaHa", "negative", "giá trị âm (-0.5)")
V0 = villages[0]["id"]
case("village-households-5000-digits", "craft-villages.json", lambda o: o["craftVillages"][0].__setitem__("households", S), "1" * 5000, "error", V0, "craftVillages[0].households", "numberTooLarge", "(5000 ký tự) quá lớn")
case("village-households-negative", "craft-villages.json", lambda o: o["craftVillages"][0].__setitem__("households", S), "-12", "error", V0, "craftVillages[0].households", "negative", "giá trị âm (-12)")
case("registered-year-fraction", "products.json", setp(0, "registeredYear"), "2019.5", "error", P0, "products[0].registeredYear", "notAnInteger", "cần số nguyên nhưng gặp 2019.5")
case("registered-year-2019.0", "products.json", setp(0, "registeredYear"), "2019.0", "error", P0, "products[0].registeredYear", "notAnInteger", "cần số nguyên nhưng gặp 2019.0")
case("registered-year-exponent", "products.json", setp(0, "registeredYear"), "2.019e3", "error", P0, "products[0].registeredYear", "notAnInteger", "cần số nguyên nhưng gặp 2.019e3")
case("registered-year-2-pow-63", "products.json", setp(0, "registeredYear"), str(2**63), "error", P0, "products[0].registeredYear", "outOfRange", "ngoài khoảng 2000–2100")
case("cycle-step-fraction", "products.json", setp(1, "cycleStep"), "5.0", "error", P1, "products[1].cycleStep", "notAnInteger", "cần số nguyên nhưng gặp 5.0")
case("certificate-stars-seven", "products.json", setc("stars"), "7", "error", CP, f"products[{cert_idx}].certificate.stars", "outOfRange", "giá trị 7 ngoài khoảng 1–5")
case("evaluation-total-over-100", "products.json", sete(0, "total"), "150", "error", CP, f"products[{cert_idx}].evaluations[0].total", "outOfRange", "giá trị 150 ngoài khoảng 0–100")
case("score-exponent", "products.json", sete(0, "scoreC"), "3e1", "error", CP, f"products[{cert_idx}].evaluations[0].scoreC", "notAnInteger", "cần số nguyên nhưng gặp 3e1")
case("unknown-field-1e999", "products.json", setp(0, "ghiChu"), "1e999", "error", P0, "products[0].ghiChu", "numberTooLarge", "số 1e999 (5 ký tự) quá lớn")
def sett(i, k):
    def f(o): o["tasks"][i][k] = S
    return f
case("task-ordinal-seven", "tasks.json", sett(3, "ordinal"), "7", "error", "nv-4", "tasks[3].ordinal", "outOfRange", "giá trị 7 ngoài khoảng 1–6")
case("task-progress-negative", "tasks.json", sett(4, "progress"), "-5", "error", "nv-5", "tasks[4].progress", "negative", "giá trị âm (-5)")
case("action-progress-101", "tasks.json", lambda o: o["tasks"][0]["actions"][1].__setitem__("progress", S), "101", "error", "nv-1", "tasks[0].actions[1].progress", "outOfRange", "giá trị 101 ngoài khoảng 0–100")
case("figure-value-huge", "tasks.json", lambda o: o["tasks"][2]["reports"][0]["figures"][0].__setitem__("value", S), "1e13", "error", "nv-3", "tasks[2].reports[0].figures[0].value", "outOfRange", "giá trị 10000000000000 ngoài khoảng -1000000000000–1000000000000")
case("schema-version-fraction", "agencies.json", lambda o: o.__setitem__("schemaVersion", S), "1.0", "error", None, "schemaVersion", "notAnInteger", "cần số nguyên nhưng gặp 1.0")

# --- Bytes: encodings, escapes, duplicate keys, text length.
pt = dump(base["products.json"])
plines = pt.split("\n")
def find_line(lines, needle, nth=0):
    hits = [k for k, l in enumerate(lines) if needle in l]
    return hits[nth]
def col_of(line_text, prefix_len):
    return len(line_text[:prefix_len]) + 1
name0 = products[0]["name"]
ln = find_line(plines, json.dumps(name0, ensure_ascii=False))
pos = plines[ln].index(json.dumps(name0, ensure_ascii=False)) + 1   # inside the quotes
def latin1(text):
    b = text.encode("utf-8")
    enc = json.dumps(name0, ensure_ascii=False).encode("utf-8")
    i = b.index(enc)
    # the name's first non-ASCII character replaced by a Latin-1 byte
    j = next(k for k, c in enumerate(name0) if ord(c) > 127)
    at = i + 1 + len(name0[:j].encode("utf-8"))
    width = len(name0[j].encode("utf-8"))
    return b[:at] + b"\xe9" + b[at + width:]
j0 = next(k for k, c in enumerate(name0) if ord(c) > 127)
raw_case("invalid-utf8-latin1", "products.json", latin1, ln + 1, pos + j0 + 1, "invalidUTF8", "byte 0xE9 không hợp lệ trong UTF-8")
def cp1258(text):
    b = text.encode("utf-8")
    enc = json.dumps(products[1]["name"], ensure_ascii=False).encode("utf-8")
    i = b.index(enc) + 1
    return b[:i] + b"\xd0\xe3" + b[i:]
ln1 = find_line(plines, json.dumps(products[1]["name"], ensure_ascii=False))
raw_case("invalid-utf8-two-bytes", "products.json", cp1258, ln1 + 1, plines[ln1].index(json.dumps(products[1]["name"], ensure_ascii=False)) + 2, "invalidUTF8", "byte 0xD0 không hợp lệ trong UTF-8")
raw_case("utf16le-with-bom", "units.json", lambda t: b"\xff\xfe" + t.encode("utf-16-le"), 1, 1, "wrongEncoding", "tệp được mã hóa UTF-16LE")
raw_case("utf16be-without-bom", "units.json", lambda t: t.encode("utf-16-be"), 1, 1, "wrongEncoding", "tệp được mã hóa UTF-16BE")
raw_case("utf8-byte-order-mark", "agencies.json", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), 1, 1, "byteOrderMark", "dấu BOM", severity="warning")
case("lone-high-surrogate", "products.json", setp(0, "name"), '"Mật ong \\ud800 Phước Thái"', "error", P0, "products[0].name", "loneSurrogate", "chuỗi thoát \\ud800 là nửa cặp UTF-16")
case("lone-low-surrogate", "producers.json", lambda o: o["producers"][0].__setitem__("name", S), '"\\udc00HTX"', "error", producers[0]["id"], "producers[0].name", "loneSurrogate", "chuỗi thoát \\udc00 là nửa cặp UTF-16")
def fix_surrogate_col(name, offset):
    e = json.load(open(os.path.join(OUT, name, "expect.json"), encoding="utf-8"))
    e["column"] += offset
    json.dump(e, open(os.path.join(OUT, name, "expect.json"), "w"), indent=2, ensure_ascii=False)
fix_surrogate_col("lone-high-surrogate", len('"Mật ong '))   # the escape, not the string's quote
fix_surrogate_col("lone-low-surrogate", 1)
case("invalid-escape", "producers.json", lambda o: o["producers"][1].__setitem__("representative", S), '"Lê \\x41n"', "error", None, "", "malformedJSON", "cần một chuỗi thoát hợp lệ")
fix_surrogate_col("invalid-escape", len('"Lê '))
case("string-broken-by-newline", "producers.json", lambda o: o["producers"][1].__setitem__("representative", S), '"Lê\nMinh"', "error", None, "", "malformedJSON", "trên cùng dòng")
fix_surrogate_col("string-broken-by-newline", len('"Lê'))
def dup_key(key, rec, value):
    def t(text):
        ls = text.split("\n")
        starts = [k for k, l in enumerate(ls) if l == "    {"]
        # the record's last line before its closing brace: add the key again there (a comma on the line before).
        end = next(k for k in range(starts[rec], len(ls)) if ls[k] in ("    },", "    }"))
        ls[end - 1] = ls[end - 1] + ","
        ls.insert(end, '      "' + key + '": ' + value)
        return "\n".join(ls)
    return t
def dup_pos(fname, key, rec):
    ls = dump(base[fname]).split("\n")
    starts = [k for k, l in enumerate(ls) if l == "    {"]
    end = next(k for k in range(starts[rec], len(ls)) if ls[k] in ("    },", "    }"))
    first = next(k for k in range(starts[rec], end) if ls[k].startswith('      "' + key + '":'))
    return end + 1, first + 1
l2, l1 = dup_pos("products.json", "name", 0)
raw_case("duplicate-key-name", "products.json", dup_key("name", 0, '"Tên thứ hai"'), l2, 7, "duplicateKey", f'khóa \"name\" xuất hiện lần thứ hai (lần đầu ở dòng {l1}, lần này ở dòng {l2})', P0, "products[0].name")
l2, l1 = dup_pos("products.json", "id", 1)
raw_case("duplicate-key-id", "products.json", dup_key("id", 1, '"sp-777"'), l2, 7, "duplicateKey", f'(lần đầu ở dòng {l1}, lần này ở dòng {l2})', P1, "products[1].id")
def dup_top(text):
    ls = text.split("\n")
    k = max(i for i, l in enumerate(ls) if l.startswith('  "schemaVersion"'))
    ls.insert(k, '  "products": [],')
    return "\n".join(ls)
tl = dump(base["products.json"]).split("\n")
k_sv = max(i for i, l in enumerate(tl) if l.startswith('  "schemaVersion"'))
raw_case("duplicate-top-level-products", "products.json", dup_top, k_sv + 1, 3, "duplicateKey", '(lần đầu ở dòng 2', None, "products")
case("text-too-long", "products.json", setp(0, "name"), json.dumps("Mật ong " * 1300, ensure_ascii=False), "warning", P0, "products[0].name", "textTooLong", "văn bản dài 10400 ký tự, vượt giới hạn 10000")
case("id-too-long", "tasks.json", lambda o: o["tasks"][0]["actions"][0].__setitem__("id", S), json.dumps("nv-1." + "x" * 300), "warning", "nv-1", "tasks[0].actions[0].id", "textTooLong", "vượt giới hạn 200")
case("nesting-too-deep", "zones.json", lambda o: o["zones"][0].__setitem__("ghiChu", S), "[" * 300 + "]" * 300, "error", None, "", "malformedJSON", "ít cấp lồng nhau hơn")
fix_surrogate_col("nesting-too-deep", 256 - 3)   # the first "[" past 256 levels (the zone sits at depth 3)
raw_case("text-after-the-end", "agencies.json", lambda t: t + "]\n", len(dump(base["agencies.json"]).split("\n")), 1, "malformedJSON", "hết tệp sau giá trị chính")

# --- What stands in place of a file (made by the test: git cannot hold a FIFO or a loop).
for name, what, kind, message in [("products-is-a-fifo", "fifo", "notRegularFile", "không phải tệp thông thường (đây là một đường ống (FIFO))"),
                                  ("products-is-a-directory", "directory", "notRegularFile", "không phải tệp thông thường (đây là một thư mục)"),
                                  ("products-is-a-link-loop", "loop", "unreadable", "không đọc được tệp (đường dẫn có liên kết vòng")]:
    d = os.path.join(OUT, name); os.makedirs(d)
    open(os.path.join(d, "PREPARE"), "w").write(f"{what} products.json\n")
    write_expect(d, "error", "products.json", None, None, None, "", kind, message)

# The programme's rules (ProgrammeChecks): criteria set by date, council vs stars, certificate vs evaluation,
# six tasks, units and agencies over time.
def case_at(name, fname, mutate, locate, severity, record, field, kind, message):
    """Like case, but the position is found in the mutated text by locate(lines) -> (line, column), 1-based."""
    obj = copy.deepcopy(base[fname]); mutate(obj)
    text = dump(obj)
    line, col = locate(text.split("\n"))
    d = os.path.join(OUT, name); os.makedirs(d)
    open(os.path.join(d, fname), "w", encoding="utf-8").write(text)
    write_expect(d, severity, fname, line, col, record, field, kind, message)

def sete0(k):
    def f(o): o["products"][0]["evaluations"][0][k] = S
    return f
case("criteria-set-not-in-force", "products.json", sete0("criteriaSet"), '"148/QĐ-TTg"', "error", P0, "products[0].evaluations[0].criteriaSet",
     "criteriaSetNotInForce", "nhưng ngày")
case("council-cannot-award", "products.json", sete0("councilLevel"), '"central"', "warning", P0, "products[0].evaluations[0].councilLevel",
     "councilCannotAward", "không được công nhận 4 sao")
def setcert(k):
    def f(o): o["products"][0]["certificate"][k] = S
    return f
case("certificate-disagrees", "products.json", setcert("decisionNumber"), '"9999/QĐ-UBND"', "warning", P0, "products[0].certificate.decisionNumber",
     "certificateDisagrees", "lần đánh giá gần nhất")
def dup_ordinal(o): o["tasks"][3]["ordinal"] = 3
def tasks_array(lines):
    i = next(k for k, l in enumerate(lines) if l.startswith('  "tasks": ['))
    return i + 1, lines[i].index("[") + 1
case_at("task-ordinals-twice", "tasks.json", dup_ordinal, tasks_array, "error", None, "tasks", "taskOrdinals", "đúng sáu nhiệm vụ")
def cycle(o):
    for u in o["units"]:
        if u["id"] == "dong-nai-2025": u["successorIds"] = ["dong-nai"]
def first_successor_of(uid_):
    def locate(lines):
        i = next(k for k, l in enumerate(lines) if l.strip() == f'"id": "{uid_}",')
        j = next(k for k in range(i, len(lines)) if '"successorIds": [' in lines[k])
        return j + 1, lines[j].index("[") + 1
    return locate
case_at("unit-successor-cycle", "units.json", cycle, first_successor_of("dong-nai"), "error", "dong-nai", "units[0].successorIds", "successorCycle", "tạo thành vòng")
uidx = next(k for k, u in enumerate(units) if u["id"] == "long-khanh-tx")
def gap(o): o["units"][uidx]["validTo"] = "2019-04-30"
def successor_element(uid_):
    def locate(lines):
        i = next(k for k, l in enumerate(lines) if l.strip() == f'"id": "{uid_}",')
        j = next(k for k in range(i, len(lines)) if '"successorIds": [' in lines[k])
        return j + 2, len(lines[j + 1]) - len(lines[j + 1].lstrip()) + 1
    return locate
case_at("unit-successor-gap", "units.json", gap, successor_element("long-khanh-tx"), "warning", "long-khanh-tx", f"units[{uidx}].successorIds[0]",
        "successorNotContiguous", "phải có hiệu lực từ 01/05/2019")
new_of_p0 = next(u["successorIds"][0] for u in units if u["id"] == products[0]["communeId"])
case("product-commune-not-yet-valid", "products.json", setp(0, "communeId"), json.dumps(new_of_p0), "warning", P0, "products[0].communeId",
     "notValidOn", "không còn (hoặc chưa có) hiệu lực")
def report_agency(o): o["tasks"][0]["reports"][2]["agencyId"] = S
case("report-by-agency-gone", "tasks.json", report_agency, '"snn"', "warning", "nv-1", "tasks[0].reports[2].agencyId", "notValidOn", "không còn (hoặc chưa có) hiệu lực")
print(f"{len(os.listdir(OUT)) - 1} cases")
