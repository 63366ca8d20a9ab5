#!/usr/bin/env python3
"""Writes the illustrative Đồng Nai sample dataset into data/dong-nai/ (deterministic).

The sample is illustrative, not official records: names and figures are shaped on published 2018–2021 figures.
Run from the repository root: python3 scripts/make_sample.py
"""
import json, os, random, re, unicodedata, datetime

random.seed(20210114)
OUT = os.path.join(os.path.dirname(__file__), "..", "data", "dong-nai")

def slug(s):
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def d(y, m, day): return f"{y:04d}-{m:02d}-{day:02d}"

def add_months(iso, n):
    y, m, dd = map(int, iso.split("-"))
    t = y * 12 + (m - 1) + n
    y2, m2 = t // 12, t % 12 + 1
    import calendar
    return d(y2, m2, min(dd, calendar.monthrange(y2, m2)[1]))

def write(name, key, records):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump({"schemaVersion": 1, key: records}, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")

notice_text = open(os.path.join(os.path.dirname(__file__), "..", "..", "shared", "docs", "notice-2021-01-14.txt"), encoding="utf-8").read() \
    if os.path.exists(os.path.join(os.path.dirname(__file__), "..", "..", "shared", "docs", "notice-2021-01-14.txt")) else None

# ---- dataset.json
info = {
    "province": "Đồng Nai",
    "programme": "Chương trình mỗi xã một sản phẩm (OCOP)",
    "period": "2021–2025",
    "illustrative": True,
    "description": "Dữ liệu minh hoạ: số sản phẩm đạt OCOP từng năm theo số liệu đã công bố (2019–2022, 298 sản phẩm đến giữa 2025), phân bổ 2023–2025 và tên sản phẩm là minh hoạ; không phải số liệu chính thức.",
    "notice": {
        "date": d(2021, 1, 14), "conferenceDate": d(2020, 12, 31), "venue": "Khách sạn Đồng Nai",
        "chairedBy": "Võ Văn Phi - Phó Chủ tịch UBND tỉnh",
        "signerRole": "TL. Chủ tịch, KT. Chánh Văn phòng, Phó Chánh Văn phòng", "signer": "Nguyễn Hữu Lý",
        "title": "Kết luận chỉ đạo của đồng chí Võ Văn Phi - Phó Chủ tịch Ủy ban nhân dân tỉnh tại Hội nghị tổng kết đánh giá Chương trình mỗi xã một sản phẩm tỉnh Đồng Nai giai đoạn 2018-2020",
    },
    # The 2018–2020 review (published: the review conference of 31/12/2020 and the press; DOMAIN.md).
    "baseline": [
        {"key": "certifiedProducts", "label": "Sản phẩm OCOP giai đoạn 2018–2020", "value": 46, "source": "Báo cáo tổng kết Chương trình OCOP 2018–2020 (Hội nghị 31/12/2020)"},
        {"key": "threeStars", "label": "Sản phẩm 3 sao", "value": 27, "source": "Báo cáo tổng kết Chương trình OCOP 2018–2020"},
        {"key": "fourStars", "label": "Sản phẩm 4 sao", "value": 18, "source": "Báo cáo tổng kết Chương trình OCOP 2018–2020"},
        {"key": "fiveStarCandidates", "label": "Sản phẩm tiềm năng 5 sao (bột ca cao Trọng Đức, Định Quán)", "value": 1, "source": "Báo cáo tổng kết Chương trình OCOP 2018–2020"},
    ],
    # 2021–2025 targets: the province's plan (262/KH-UBND and its predecessors) sets them; their numbers could not be
    # sourced, so these are illustrative.
    "targets": [
        {"measure": "everCertified", "label": "Sản phẩm được công nhận OCOP (lũy kế) đến hết 2025", "value": 300, "year": 2025, "illustrative": True},
        {"measure": "fourStarsOrMore", "label": "Sản phẩm đạt 4 sao trở lên", "value": 80, "year": 2025, "illustrative": True},
        {"measure": "fiveStars", "label": "Sản phẩm đạt 5 sao (cấp trung ương)", "value": 5, "year": 2025, "illustrative": True},
        {"measure": "producers", "label": "Chủ thể có sản phẩm đạt OCOP", "value": 150, "year": 2025, "illustrative": True},
        {"measure": "communeCoveragePercent", "label": "Xã, phường có sản phẩm OCOP (%)", "value": 70, "year": 2025, "illustrative": True},
    ],
    # Who awards what, and when each criteria set applies (DOMAIN.md; 781/QĐ-TTg amended 1048 in June 2020).
    "rules": {
        "criteria": [
            {"criteriaSet": "1048/QĐ-TTg", "from": "2019-08-21", "to": "2023-02-23", "source": "Quyết định 1048/QĐ-TTg ngày 21/8/2019"},
            {"criteriaSet": "148/QĐ-TTg", "from": "2023-02-24", "source": "Quyết định 148/QĐ-TTg ngày 24/02/2023"},
        ],
        "awards": [
            {"criteriaSet": "1048/QĐ-TTg", "councilLevel": "province", "from": "2019-08-21", "to": "2023-02-23", "minStars": 3, "maxStars": 4, "source": "Quyết định 1048/QĐ-TTg"},
            {"criteriaSet": "1048/QĐ-TTg", "councilLevel": "district", "from": "2020-06-01", "to": "2023-02-23", "minStars": 3, "maxStars": 3, "source": "Quyết định 781/QĐ-TTg (sửa đổi 1048)"},
            {"criteriaSet": "1048/QĐ-TTg", "councilLevel": "central", "from": "2019-08-21", "to": "2023-02-23", "minStars": 5, "maxStars": 5, "source": "Quyết định 1048/QĐ-TTg"},
            {"criteriaSet": "148/QĐ-TTg", "councilLevel": "district", "from": "2023-02-24", "to": "2025-06-30", "minStars": 3, "maxStars": 3, "source": "Quyết định 148/QĐ-TTg"},
            {"criteriaSet": "148/QĐ-TTg", "councilLevel": "province", "from": "2023-02-24", "to": "2025-06-30", "minStars": 4, "maxStars": 4, "source": "Quyết định 148/QĐ-TTg"},
            {"criteriaSet": "148/QĐ-TTg", "councilLevel": "province", "from": "2025-07-01", "minStars": 3, "maxStars": 4, "source": "Quyết định 1489/QĐ-TTg ngày 06/7/2025 (chính quyền hai cấp)"},
            {"criteriaSet": "148/QĐ-TTg", "councilLevel": "central", "from": "2023-02-24", "minStars": 5, "maxStars": 5, "source": "Quyết định 148/QĐ-TTg; 1489/QĐ-TTg"},
        ],
    },
}

# ---- units.json (2020–2021 district-level units and a good share of their communes)
D = [
    ("Biên Hòa", "city", [("Tân Hạnh", "ward"), ("Hóa An", "ward"), ("Bửu Long", "ward"), ("Tân Phong", "ward"), ("Trảng Dài", "ward"), ("Long Bình", "ward"), ("Tam Hiệp", "ward"), ("Hiệp Hòa", "ward"), ("An Hòa", "ward"), ("Phước Tân", "ward"), ("Tam Phước", "ward"), ("Long Hưng", "commune")]),
    ("Long Khánh", "city", [("Xuân An", "ward"), ("Xuân Bình", "ward"), ("Xuân Hòa", "ward"), ("Xuân Trung", "ward"), ("Phú Bình", "ward"), ("Bàu Sen", "ward"), ("Xuân Lập", "ward"), ("Suối Tre", "ward"), ("Bảo Vinh", "ward"), ("Bình Lộc", "commune"), ("Bảo Quang", "commune"), ("Hàng Gòn", "commune"), ("Xuân Tân", "commune"), ("Bàu Trâm", "commune")]),
    ("Cẩm Mỹ", "district", [("Long Giao", "commune"), ("Sông Ray", "commune"), ("Xuân Đường", "commune"), ("Xuân Quế", "commune"), ("Nhân Nghĩa", "commune"), ("Xuân Bảo", "commune"), ("Xuân Tây", "commune"), ("Xuân Đông", "commune"), ("Lâm San", "commune"), ("Sông Nhạn", "commune"), ("Thừa Đức", "commune"), ("Xuân Mỹ", "commune"), ("Bảo Bình", "commune")]),
    ("Định Quán", "district", [("Định Quán", "town"), ("La Ngà", "commune"), ("Phú Ngọc", "commune"), ("Phú Vinh", "commune"), ("Gia Canh", "commune"), ("Thanh Sơn", "commune"), ("Phú Tân", "commune"), ("Túc Trưng", "commune"), ("Phú Cường", "commune"), ("Suối Nho", "commune"), ("Ngọc Định", "commune"), ("Phú Lợi", "commune"), ("Phú Hòa", "commune"), ("Phú Túc", "commune")]),
    ("Long Thành", "district", [("Long Thành", "town"), ("An Phước", "commune"), ("Long An", "commune"), ("Long Đức", "commune"), ("Bình Sơn", "commune"), ("Bình An", "commune"), ("Tân Hiệp", "commune"), ("Phước Thái", "commune"), ("Cẩm Đường", "commune"), ("Bàu Cạn", "commune"), ("Lộc An", "commune"), ("Long Phước", "commune"), ("Tam An", "commune"), ("Suối Trầu", "commune")]),
    ("Nhơn Trạch", "district", [("Hiệp Phước", "town"), ("Phú Hội", "commune"), ("Phú Thạnh", "commune"), ("Phú Đông", "commune"), ("Phước Thiền", "commune"), ("Long Tân", "commune"), ("Phước An", "commune"), ("Vĩnh Thanh", "commune"), ("Long Thọ", "commune"), ("Đại Phước", "commune"), ("Phú Hữu", "commune"), ("Phước Khánh", "commune")]),
    ("Tân Phú", "district", [("Tân Phú", "town"), ("Phú Lâm", "commune"), ("Phú Thanh", "commune"), ("Phú Xuân", "commune"), ("Phú Sơn", "commune"), ("Phú Bình", "commune"), ("Tà Lài", "commune"), ("Nam Cát Tiên", "commune"), ("Đắk Lua", "commune"), ("Phú Điền", "commune"), ("Trà Cổ", "commune"), ("Phú Lộc", "commune"), ("Phú Trung", "commune"), ("Núi Tượng", "commune"), ("Phú An", "commune")]),
    ("Thống Nhất", "district", [("Dầu Giây", "town"), ("Gia Kiệm", "commune"), ("Gia Tân 1", "commune"), ("Gia Tân 2", "commune"), ("Gia Tân 3", "commune"), ("Quang Trung", "commune"), ("Bàu Hàm 2", "commune"), ("Hưng Lộc", "commune"), ("Lộ 25", "commune"), ("Xuân Thạnh", "commune"), ("Xuân Thiện", "commune")]),
    ("Trảng Bom", "district", [("Trảng Bom", "town"), ("Bắc Sơn", "commune"), ("Bình Minh", "commune"), ("Hố Nai 3", "commune"), ("Quảng Tiến", "commune"), ("Sông Trầu", "commune"), ("Tây Hòa", "commune"), ("Trung Hòa", "commune"), ("Đông Hòa", "commune"), ("Hưng Thịnh", "commune"), ("Sông Thao", "commune"), ("Bàu Hàm", "commune"), ("Cây Gáo", "commune"), ("Thanh Bình", "commune"), ("Giang Điền", "commune"), ("An Viễn", "commune"), ("Đồi 61", "commune")]),
    ("Vĩnh Cửu", "district", [("Vĩnh An", "town"), ("Tân Bình", "commune"), ("Bình Lợi", "commune"), ("Thạnh Phú", "commune"), ("Thiện Tân", "commune"), ("Tân An", "commune"), ("Bình Hòa", "commune"), ("Trị An", "commune"), ("Vĩnh Tân", "commune"), ("Phú Lý", "commune"), ("Mã Đà", "commune"), ("Hiếu Liêm", "commune")]),
    ("Xuân Lộc", "district", [("Gia Ray", "town"), ("Xuân Hưng", "commune"), ("Xuân Hòa", "commune"), ("Xuân Tâm", "commune"), ("Xuân Bắc", "commune"), ("Xuân Thọ", "commune"), ("Xuân Trường", "commune"), ("Xuân Thành", "commune"), ("Xuân Hiệp", "commune"), ("Xuân Phú", "commune"), ("Xuân Định", "commune"), ("Suối Cát", "commune"), ("Bảo Hòa", "commune"), ("Lang Minh", "commune"), ("Suối Cao", "commune")]),
]
# Units over time: the old province and Bình Phước end on 30/6/2025 and become the merged province; districts end
# then (the district level was abolished); the old communes end then and become the 55 new wards and communes
# (Resolution 1662/NQ-UBTVQH15; mappings from scripts/sources/units-2025.json, which says which are confirmed).
REORG_END, REORG_START = d(2025, 6, 30), d(2025, 7, 1)
NEW_PROVINCE = "dong-nai-2025"
units = [{"id": "dong-nai", "name": "Đồng Nai", "level": "province", "validTo": REORG_END, "successorIds": [NEW_PROVINCE]},
         {"id": "binh-phuoc", "name": "Bình Phước", "level": "province", "validTo": REORG_END, "successorIds": [NEW_PROVINCE]},
         {"id": NEW_PROVINCE, "name": "Đồng Nai", "level": "province", "validFrom": REORG_START}]
# Long Khánh was a thị xã until 31/5/2019 (Resolution 673/NQ-UBTVQH14, effective 1/6/2019).
units.append({"id": "long-khanh-tx", "name": "Long Khánh", "level": "districtTown", "parentId": "dong-nai", "validTo": d(2019, 5, 31),
              "successorIds": ["long-khanh"]})
LEVEL_FIX = {("Long Khánh", "Xuân Tân"): "ward", ("Cẩm Mỹ", "Long Giao"): "town"}
C = {}  # (district, commune) -> id
commune_units = {}
for dname, dlevel, communes in D:
    did = slug(dname)
    u = {"id": did, "name": dname, "level": dlevel, "parentId": "dong-nai", "validTo": REORG_END}
    if dname == "Long Khánh": u["validFrom"] = d(2019, 6, 1)
    units.append(u)
    for cname, clevel in communes:
        cid = did + "." + slug(cname)
        C[(dname, cname)] = cid
        cu = {"id": cid, "name": cname, "level": LEVEL_FIX.get((dname, cname), clevel), "parentId": did, "validTo": REORG_END}
        commune_units[cid] = cu
        units.append(cu)

SRC = json.load(open(os.path.join(os.path.dirname(__file__), "sources", "units-2025.json"), encoding="utf-8"))
NEW = {}  # new unit id -> unit
used_new = set()
for nu in SRC["units"]:
    nid = "dn." + slug(nu["name"])
    assert nid not in used_new, nid
    used_new.add(nid)
    unit = {"id": nid, "name": nu["name"], "level": nu["level"], "parentId": NEW_PROVINCE, "validFrom": REORG_START}
    NEW[nid] = unit
    units.append(unit)
    for pre in nu["predecessors"]:
        sid = pre.get("sampleId")
        if sid and sid in commune_units:
            commune_units[sid].setdefault("successorIds", [])
            if nid not in commune_units[sid]["successorIds"]: commune_units[sid]["successorIds"].append(nid)
# The two sample communes no source maps: Suối Trầu (merged into the town of Long Thành in 2019) and Xuân Thạnh
# (Thống Nhất) follow their neighbours' successors.
def new_of(name): return "dn." + slug(name)
for sid, neighbour in [("long-thanh.suoi-trau", "long-thanh.long-thanh"), ("thong-nhat.xuan-thanh", "thong-nhat.xuan-thien")]:
    if "successorIds" not in commune_units[sid]:
        commune_units[sid]["successorIds"] = list(commune_units[neighbour].get("successorIds", []))
for cid, cu in commune_units.items():
    assert cu.get("successorIds"), f"no successor for {cid}"

def cm(dname, cname): return C[(dname, cname)]
def new_unit_of(commune_id): return commune_units[commune_id]["successorIds"][0]

# ---- agencies.json
# Provincial departments merged on 1/3/2025 (Decree 45/2025/NĐ-CP; Đồng Nai announced them on 27/2/2025): Sở NN&PTNT
# and Sở TN&MT became Sở Nông nghiệp và Môi trường, Sở KH&ĐT joined Sở Tài chính, Sở TT&TT joined Sở KH&CN (the last
# is the national pattern, not confirmed for Đồng Nai, nor where the rural-development office went). District
# people's committees ended on 30/6/2025.
MERGE_END, MERGE_START = d(2025, 2, 28), d(2025, 3, 1)
agencies = [
    ("snn", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "province", None, MERGE_END, ["snnmt"]),
    ("stnmt", "Sở Tài nguyên và Môi trường", "Sở TN&MT", "province", None, MERGE_END, ["snnmt"]),
    ("snnmt", "Sở Nông nghiệp và Môi trường", "Sở NN&MT", "province", MERGE_START, None, None),
    ("sct", "Sở Công Thương", "Sở CT", "province", None, None, None),
    ("skhcn", "Sở Khoa học và Công nghệ", "Sở KH&CN", "province", None, None, None),
    ("svhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "province", None, None, None),
    ("stc", "Sở Tài chính", "Sở TC", "province", None, None, None),
    ("skhdt", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "province", None, MERGE_END, ["stc"]),
    ("stttt", "Sở Thông tin và Truyền thông", "Sở TT&TT", "province", None, MERGE_END, ["skhcn"]),
    ("lmhtx", "Liên minh Hợp tác xã tỉnh", "LM HTX", "province", None, None, None),
    ("vpdp", "Văn phòng Điều phối nông thôn mới tỉnh", "VPĐP NTM", "province", None, MERGE_END, ["snnmt"]),
    ("cap-uy", "Cấp ủy đảng các cấp", "Cấp ủy", "province", None, None, None),
    ("ubnd-huyen", "UBND các huyện, thành phố Long Khánh, thành phố Biên Hòa", "UBND cấp huyện", "district", None, REORG_END, ["ubnd-xa"]),
    ("ubnd-xa", "UBND các xã, phường, thị trấn", "UBND cấp xã", "commune", None, None, None),
]
def agency(a, b, c, l, f, t, succ):
    r = {"id": a, "name": b, "shortName": c, "level": l}
    if f: r["validFrom"] = f
    if t: r["validTo"] = t
    if succ: r["successorIds"] = succ
    return r
agencies = [agency(*x) for x in agencies]
AGENCY = {a["id"]: a for a in agencies}
def body(aid, date):
    """The agency that did `aid`'s work on `date`: itself while it existed, else its successor."""
    a = AGENCY[aid]
    while a.get("validTo") and date > a["validTo"]:
        a = AGENCY[a["successorIds"][0]]
    return a["id"]

# ---- tasks.json, with the notice's text verbatim
ordinals = ["Một là", "Hai là", "Ba là", "Bốn là", "Năm là", "Sáu là"]
texts = []
if notice_text:
    notice_body = notice_text.replace("\n\n2030”", " 2030”")
    for k, o in enumerate(ordinals):
        start = notice_body.index(o + ",")
        end = notice_body.index(ordinals[k + 1] + ",") if k < 5 else notice_body.index("Trên đây")
        texts.append(" ".join(notice_body[start:end].split()))
else:
    raise SystemExit("need ../shared/docs/notice-2021-01-14.txt for the tasks' text")

task_meta = [
    # short vi, short en, lead, coordinating, deadline, ongoing, completedOn, progress, agencies the notice itself names
    # Tasks 1–4 name no agency in the notice (only "các Sở, Ban, Ngành tỉnh, các địa phương"): their assignments come
    # from the province's follow-up plan. Task 5 names party committees and local government, "nhất là cấp xã";
    # task 6 names Sở NN&PTNT presiding "phối hợp với các sở, ngành và địa phương". Craft-village recognition sits with
    # agriculture (Decree 52/2018/NĐ-CP).
    ("Tuyên truyền", "Communication", "snn", ["stttt", "svhttdl", "ubnd-huyen"], None, True, None, 70, []),
    ("Khoa học công nghệ", "Science and technology", "skhcn", ["snn", "sct", "ubnd-huyen"], d(2025, 12, 31), False, None, 80, []),
    ("Vùng nguyên liệu", "Raw-material zones", "snn", ["sct", "svhttdl", "skhdt", "ubnd-huyen"], d(2027, 12, 31), False, None, 55, []),
    ("Làng nghề", "Craft villages", "snn", ["sct", "svhttdl", "ubnd-huyen"], d(2025, 6, 30), False, d(2025, 6, 20), 100, []),
    ("Vai trò cấp xã", "Commune-level role", "ubnd-xa", ["cap-uy", "ubnd-huyen"], d(2027, 6, 30), False, None, 0, ["ubnd-xa", "cap-uy", "ubnd-huyen"]),
    ("Kế hoạch và chính sách", "Plan and policies", "snn", ["stc", "skhdt", "sct", "ubnd-huyen"], d(2021, 3, 31), False, d(2021, 6, 15), 100, ["snn", "ubnd-huyen"]),
]
actions_by_task = [
    [("Xây dựng chuyên mục OCOP trên Báo Đồng Nai và Đài PT-TH Đồng Nai", "stttt", d(2021, 6, 30), d(2021, 6, 25), 100),
     ("Tổ chức tập huấn OCOP cho cán bộ cấp huyện, xã", "snn", d(2022, 12, 31), d(2022, 11, 30), 100),
     ("Phát hành sổ tay sản phẩm OCOP tỉnh Đồng Nai", "snn", d(2026, 9, 30), None, 60)],
    [("Hỗ trợ chứng nhận VietGAP, hữu cơ cho chủ thể OCOP", "snn", d(2023, 12, 31), d(2023, 12, 15), 100),
     ("Hỗ trợ xây dựng nhãn hiệu, mã QR truy xuất nguồn gốc", "skhcn", d(2025, 6, 30), None, 75),
     ("Ứng dụng công nghệ cao trong sơ chế, bảo quản trái cây", "skhcn", d(2026, 6, 30), None, 40)],
    [("Rà soát, cấp mã số vùng trồng cho các vùng cây ăn trái", "snn", d(2024, 12, 31), d(2024, 12, 20), 100),
     ("Xây dựng chuỗi liên kết chôm chôm, bưởi, xoài đạt chuẩn", "snn", d(2026, 12, 31), None, 65),
     ("Phát triển mô hình du lịch trải nghiệm gắn với vùng nguyên liệu", "svhttdl", d(2026, 10, 31), None, 35),
     ("Đánh giá \"4 có\" cho các vùng nguyên liệu tập trung", "snn", d(2027, 6, 30), None, 20)],
    [("Rà soát, công nhận làng nghề, làng nghề truyền thống", "snn", d(2023, 12, 31), d(2023, 11, 30), 100),
     ("Hỗ trợ thiết kế bao bì cho sản phẩm làng nghề", "sct", d(2025, 3, 31), d(2025, 3, 20), 100)],
    [("Mỗi xã rà soát ít nhất một sản phẩm tiềm năng", "ubnd-xa", d(2026, 12, 31), None, 0),
     ("Đưa chỉ tiêu OCOP vào nghị quyết của cấp ủy cấp xã", "cap-uy", d(2027, 3, 31), None, 0)],
    [("Trình UBND tỉnh kế hoạch thực hiện Chương trình OCOP 2021–2025", "snn", d(2021, 3, 31), d(2021, 6, 15), 100),
     ("Tham mưu chính sách hỗ trợ đặc thù của tỉnh cho OCOP", "snn", d(2021, 9, 30), d(2021, 12, 10), 100)],
]
reports_by_task = [
    [(d(2021, 12, 20), "snn", "year", "Năm 2021", "Đã phát sóng 24 phóng sự, 12 chuyên mục về OCOP; tổ chức 3 hội nghị tuyên truyền cho chủ thể.", [("phóng sự", 24, None)]),
     (d(2023, 12, 18), "snn", "year", "Năm 2023", "Duy trì chuyên mục OCOP hằng tháng; đưa sản phẩm OCOP lên sàn thương mại điện tử.", None),
     (d(2026, 10, 5), "snn", "quarter", "Quý III/2026", "Biên soạn sổ tay sản phẩm OCOP; dự kiến phát hành quý I/2027.", None)],
    [(d(2022, 12, 15), "skhcn", "year", "Năm 2022", "Hỗ trợ 18 chủ thể xây dựng nhãn hiệu; 9 sản phẩm có mã QR truy xuất nguồn gốc.", [("chủ thể được hỗ trợ", 18, None)]),
     (d(2025, 12, 20), "skhcn", "year", "Năm 2025", "Chưa hoàn thành hỗ trợ công nghệ sơ chế do vướng thủ tục dự toán; đề nghị gia hạn.", None),
     (d(2026, 9, 30), "skhcn", "quarter", "Quý III/2026", "Đang triển khai 2 mô hình sấy, bảo quản trái cây tại Long Khánh, Cẩm Mỹ.", None)],
    [(d(2022, 6, 30), "snn", "halfYear", "6 tháng đầu năm 2022", "Cấp 35 mã số vùng trồng; 12 chuỗi liên kết đang hoạt động trong các vùng nguyên liệu.", [("mã số vùng trồng", 35, None), ("chuỗi liên kết", 12, None)]),
     (d(2024, 12, 25), "snn", "year", "Năm 2024", "Hoàn thành rà soát vùng trồng; diện tích VietGAP tăng 18% so với 2023.", [("tăng diện tích VietGAP", 18, "%")]),
     (d(2026, 10, 10), "snn", "quarter", "Quý III/2026", "Hai mô hình du lịch trải nghiệm mới tại Bình Lộc và Tân Bình đi vào hoạt động.", None)],
    [(d(2023, 12, 10), "snn", "year", "Năm 2023", "Công nhận thêm 2 làng nghề; làng gốm Biên Hòa chuyển vào cụm Tân Hạnh.", None),
     (d(2025, 6, 25), "snn", "halfYear", "6 tháng đầu năm 2025", "Hoàn thành các nội dung của nhiệm vụ; {VILLAGE_CERTIFIED} sản phẩm làng nghề đạt OCOP.", [("sản phẩm làng nghề đạt OCOP", "{VILLAGE_CERTIFIED}", None)])],
    [(d(2026, 9, 28), "ubnd-xa", "quarter", "Quý III/2026", "Chưa triển khai đồng bộ; các xã, phường mới sau sắp xếp đang rà soát sản phẩm tiềm năng.", None)],
    [(d(2021, 6, 20), "snn", "quarter", "Quý II/2021", "UBND tỉnh ban hành kế hoạch thực hiện Chương trình OCOP giai đoạn 2021–2025 (chậm so với thời hạn).", None),
     (d(2021, 12, 15), "snn", "year", "Năm 2021", "Đã tham mưu chính sách hỗ trợ đặc thù; 55 sản phẩm mới đạt OCOP trong năm.", [("sản phẩm mới", 55, None)])],
]
notes_by_task = [
    [(d(2024, 1, 10), "decision", "Giao Sở NN&PTNT phối hợp Sở TT&TT duy trì chuyên mục OCOP trên các kênh số.", "Văn phòng UBND tỉnh")],
    [(d(2026, 1, 12), "note", "Sở KH&CN báo cáo nguyên nhân chậm tiến độ tại cuộc họp quý I/2026.", "Thư ký hội nghị")],
    [(d(2025, 7, 8), "decision", "Ưu tiên chuỗi liên kết bưởi Tân Triều và chôm chôm Long Khánh.", "Văn phòng UBND tỉnh")],
    [],
    [(d(2026, 10, 2), "note", "Đề nghị UBND các xã, phường mới rà soát lại phân công sau khi sắp xếp đơn vị hành chính.", "Thư ký hội nghị")],
    [(d(2021, 6, 30), "note", "Kế hoạch ban hành chậm 76 ngày so với thời hạn.", "Thư ký hội nghị")],
]
tasks = []
for i, (sv, se, lead, coord, deadline, ongoing, completed, progress, named) in enumerate(task_meta):
    # An action or report dated after a body ended is owned by its successor (reports of 2026 come from Sở NN&MT, UBND cấp xã).
    t = {"id": f"nv-{i+1}", "ordinal": i + 1, "shortTitle": sv, "shortTitleEn": se, "text": texts[i], "leadAgencyId": lead,
         "coordinatingAgencyIds": coord, "ongoing": ongoing, "progress": progress, "noticeAgencyIds": named,
         "actions": [{"id": f"nv-{i+1}.hd-{k+1}", "title": a, "ownerAgencyId": body(o, done or due), "dueDate": due, "progress": pr, **({"doneDate": done} if done else {})}
                     for k, (a, o, due, done, pr) in enumerate(actions_by_task[i])],
         "reports": [{"id": f"nv-{i+1}.bc-{k+1}", "date": dt, "agencyId": body(ag, dt), "periodKind": pk, "period": per, "narrative": nar,
                      **({"figures": [{"label": l, "value": v, **({"unit": u} if u else {})} for l, v, u in figs]} if figs else {})}
                     for k, (dt, ag, pk, per, nar, figs) in enumerate(reports_by_task[i])],
         "notes": [{"id": f"nv-{i+1}.gc-{k+1}", "date": dt, "kind": kd, "text": tx, "author": au} for k, (dt, kd, tx, au) in enumerate(notes_by_task[i])]}
    if deadline: t["deadline"] = deadline
    if completed: t["completedOn"] = completed
    tasks.append(t)

# ---- producers.json
family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
given = ["Văn Hùng", "Thị Lan", "Minh Tuấn", "Thị Hồng", "Quốc Bảo", "Thị Mai", "Đức Anh", "Thị Thu", "Văn Tâm", "Ngọc Ánh", "Thanh Sơn", "Thị Hạnh"]
P = [
    # name, type, district, commune
    ("HTX Nông nghiệp Thành Đạt", "cooperative", "Long Khánh", "Bình Lộc"),
    ("HTX Chôm chôm Bảo Quang", "cooperative", "Long Khánh", "Bảo Quang"),
    ("HTX Bưởi Tân Triều", "cooperative", "Vĩnh Cửu", "Tân Bình"),
    ("Công ty TNHH Ca cao Trọng Đức", "enterprise", "Định Quán", "Phú Vinh"),
    ("HTX Xoài Xuân Hưng", "cooperative", "Xuân Lộc", "Xuân Hưng"),
    ("HTX Tiêu Xuân Lộc", "cooperative", "Xuân Lộc", "Xuân Thọ"),
    ("Công ty TNHH Cà phê Cẩm Mỹ", "enterprise", "Cẩm Mỹ", "Xuân Đường"),
    ("Công ty CP Điều Phú Thịnh", "enterprise", "Định Quán", "Gia Canh"),
    ("Hộ kinh doanh Rượu Bến Gỗ Sáu Tâm", "household", "Biên Hòa", "An Hòa"),
    ("Cơ sở Lạp xưởng Tư Hương", "household", "Thống Nhất", "Gia Kiệm"),
    ("Tổ hợp tác Nấm bào ngư La Ngà", "cooperativeGroup", "Định Quán", "La Ngà"),
    ("Công ty TNHH Gốm Biên Hòa Minh Long", "enterprise", "Biên Hòa", "Tân Hạnh"),
    ("HTX Mộc mỹ nghệ Hố Nai", "cooperative", "Trảng Bom", "Hố Nai 3"),
    ("Cơ sở Đúc gang Thạnh Phú", "household", "Vĩnh Cửu", "Thạnh Phú"),
    ("HTX Sầu riêng Long Giao", "cooperative", "Cẩm Mỹ", "Long Giao"),
    ("Công ty TNHH Mật ong Phước Thái", "enterprise", "Long Thành", "Phước Thái"),
    ("Hộ kinh doanh Bánh tráng Phú Hội", "household", "Nhơn Trạch", "Phú Hội"),
    ("HTX Nông nghiệp Đắk Lua", "cooperative", "Tân Phú", "Đắk Lua"),
    ("Công ty TNHH Trà mãng cầu Tân Phú", "enterprise", "Tân Phú", "Phú Lâm"),
    ("Tổ hợp tác Lan Trảng Bom", "cooperativeGroup", "Trảng Bom", "Bắc Sơn"),
    ("Hộ kinh doanh Khô cá Trị An", "household", "Vĩnh Cửu", "Trị An"),
    ("Công ty CP Thực phẩm Dona Food", "enterprise", "Biên Hòa", "Long Bình"),
    ("HTX Dược liệu Núi Tượng", "cooperative", "Tân Phú", "Núi Tượng"),
    ("Hộ kinh doanh Nấm linh chi Hàng Gòn", "household", "Long Khánh", "Hàng Gòn"),
    ("Tổ hợp tác Sinh vật cảnh Phước Thiền", "cooperativeGroup", "Nhơn Trạch", "Phước Thiền"),
    ("Công ty TNHH Du lịch sinh thái Tà Lài", "enterprise", "Tân Phú", "Tà Lài"),
    ("Hộ kinh doanh Vườn Ba Hùng", "household", "Long Khánh", "Bình Lộc"),
    ("HTX Heo sạch Hưng Lộc", "cooperative", "Thống Nhất", "Hưng Lộc"),
    ("Hộ kinh doanh Hạt điều Bàu Hàm", "household", "Trảng Bom", "Bàu Hàm"),
    ("Công ty TNHH Nước mắm Long Thọ", "enterprise", "Nhơn Trạch", "Long Thọ"),
    ("Hộ kinh doanh Chè xanh Xuân Tây", "household", "Cẩm Mỹ", "Xuân Tây"),
    ("HTX Cà phê Sông Ray", "cooperative", "Cẩm Mỹ", "Sông Ray"),
    ("Hộ kinh doanh Gà thả vườn Lộ 25", "household", "Thống Nhất", "Lộ 25"),
    ("Tổ hợp tác Dệt thổ cẩm Phú Bình", "cooperativeGroup", "Tân Phú", "Phú Bình"),
    ("Hộ kinh doanh Mắm cá Bình An", "household", "Long Thành", "Bình An"),
    ("Công ty TNHH Trái cây sấy Xuân Lập", "enterprise", "Long Khánh", "Xuân Lập"),
    ("Hộ kinh doanh Bánh pía Xuân Tâm", "household", "Xuân Lộc", "Xuân Tâm"),
    ("HTX Rau an toàn Tam An", "cooperative", "Long Thành", "Tam An"),
    ("Hộ kinh doanh Gốm Tân Vạn Hai Phước", "household", "Biên Hòa", "Bửu Long"),
    ("Tổ hợp tác Mây tre đan Thiện Tân", "cooperativeGroup", "Vĩnh Cửu", "Thiện Tân"),
    ("Công ty TNHH Rượu vang Suối Nho", "enterprise", "Định Quán", "Suối Nho"),
    ("Hộ kinh doanh Nem chua Trảng Bom", "household", "Trảng Bom", "Trung Hòa"),
    ("HTX Bò sữa Xuân Bảo", "cooperative", "Cẩm Mỹ", "Xuân Bảo"),
    ("Hộ kinh doanh Bánh tráng phơi sương Phú Túc", "household", "Định Quán", "Phú Túc"),
    ("HTX Thanh long Gia Ray", "cooperative", "Xuân Lộc", "Gia Ray"),
]
producers = []
pid_of = {}
for i, (name, typ, dn, cn) in enumerate(P):
    pid = f"ct-{i+1:03d}"
    pid_of[name] = pid
    producers.append({"id": pid, "name": name, "type": typ, "communeId": cm(dn, cn),
                      "representative": f"{family[i % len(family)]} {given[(i * 5) % len(given)]}",
                      "registrationNumber": f"36{(i * 7919) % 100000000:08d}"})

# ---- zones.json
Z = [
    ("vn-chom-chom-lk", "Vùng chôm chôm Long Khánh", "chôm chôm", "crop", [("Long Khánh", "Bình Lộc"), ("Long Khánh", "Bảo Quang"), ("Xuân Lộc", "Xuân Định"), ("Thống Nhất", "Xuân Thiện"), ("Cẩm Mỹ", "Xuân Quế")], 6720, [("VietGAP", 410), ("GlobalGAP", 35)], True,
     [("Chuỗi chôm chôm Bình Lộc", "HTX Nông nghiệp Thành Đạt", 2, 1, 120, 180, True), ("Chuỗi chôm chôm Bảo Quang xuất khẩu", "HTX Chôm chôm Bảo Quang", 3, 1, 95, 150, True)], ["met", "met", "met", "partial"]),
    ("vn-buoi-tan-trieu", "Vùng bưởi Tân Triều", "bưởi", "crop", [("Vĩnh Cửu", "Tân Bình"), ("Vĩnh Cửu", "Bình Lợi")], 731, [("VietGAP", 28)], False,
     [("Chuỗi bưởi Tân Triều", "HTX Bưởi Tân Triều", 1, 1, 64, 28, True)], ["met", "met", "met", "met"]),
    ("vn-xoai-xuan-hung", "Vùng xoài Xuân Hưng", "xoài", "crop", [("Xuân Lộc", "Xuân Hưng"), ("Xuân Lộc", "Xuân Tâm")], 2150, [("VietGAP", 160), ("GlobalGAP", 50)], False,
     [("Chuỗi xoài Xuân Hưng xuất khẩu", "HTX Xoài Xuân Hưng", 2, 1, 85, 210, True)], ["met", "partial", "met", "partial"]),
    ("vn-xoai-la-nga", "Vùng xoài La Ngà", "xoài", "crop", [("Định Quán", "La Ngà"), ("Định Quán", "Phú Ngọc")], 1800, [("VietGAP", 95)], False,
     [("Chuỗi xoài La Ngà", None, 1, 0, 40, 60, False)], ["partial", "partial", "met", "partial"]),
    ("vn-tieu-xuan-loc", "Vùng tiêu Xuân Lộc", "tiêu", "crop", [("Xuân Lộc", "Xuân Thọ"), ("Xuân Lộc", "Xuân Bắc"), ("Xuân Lộc", "Suối Cao")], 3010, [("VietGAP", 120), ("organic", 15)], False,
     [("Chuỗi tiêu sạch Xuân Lộc", "HTX Tiêu Xuân Lộc", 1, 1, 70, 95, True)], ["met", "partial", "met", "notMet"]),
    ("vn-ca-phe-cam-my", "Vùng cà phê Cẩm Mỹ", "cà phê", "crop", [("Cẩm Mỹ", "Xuân Đường"), ("Cẩm Mỹ", "Sông Ray"), ("Trảng Bom", "Sông Trầu")], 4200, [("VietGAP", 80), ("organic", 12)], True,
     [("Chuỗi cà phê rang xay Cẩm Mỹ", "Công ty TNHH Cà phê Cẩm Mỹ", 1, 2, 150, 260, True), ("Chuỗi cà phê Sông Ray", "HTX Cà phê Sông Ray", 0, 1, 60, 90, False)], ["partial", "partial", "met", "partial"]),
    ("vn-ca-cao-dinh-quan", "Vùng ca cao Định Quán", "ca cao", "crop", [("Định Quán", "Phú Vinh"), ("Định Quán", "Gia Canh")], 520, [("organic", 40)], True,
     [("Chuỗi ca cao Trọng Đức", "Công ty TNHH Ca cao Trọng Đức", 1, 0, 45, 120, True)], ["met", "met", "partial", "met"]),
    ("vn-dieu-dinh-quan", "Vùng điều Định Quán – Tân Phú", "điều", "crop", [("Định Quán", "Gia Canh"), ("Tân Phú", "Phú Bình"), ("Tân Phú", "Đắk Lua")], 5300, [("VietGAP", 60)], False,
     [("Chuỗi hạt điều Phú Thịnh", "Công ty CP Điều Phú Thịnh", 2, 2, 300, 800, True)], ["partial", "met", "met", "partial"]),
    ("vn-sau-rieng-cam-my", "Vùng sầu riêng Cẩm Mỹ – Long Khánh", "sầu riêng", "crop", [("Cẩm Mỹ", "Long Giao"), ("Long Khánh", "Hàng Gòn"), ("Cẩm Mỹ", "Bảo Bình")], 2900, [("VietGAP", 210), ("GlobalGAP", 45)], True,
     [("Chuỗi sầu riêng Long Giao xuất khẩu", "HTX Sầu riêng Long Giao", 3, 1, 110, 320, True)], ["met", "met", "met", "met"]),
    ("vn-heo-thong-nhat", "Vùng chăn nuôi heo an toàn Thống Nhất", "heo", "livestock", [("Thống Nhất", "Hưng Lộc"), ("Thống Nhất", "Bàu Hàm 2")], 340, [("VietGAP", 120)], True,
     [("Chuỗi heo sạch Hưng Lộc", "HTX Heo sạch Hưng Lộc", 2, 1, 55, 90, True)], ["met", "partial", "met", "met"]),
]
zones = []
for k, (zid, name, com, kind, communes, area, cert, ht, chains, fh) in enumerate(Z):
    zones.append({"id": zid, "name": name, "commodity": com, "kind": kind, "communeIds": [cm(a, b) for a, b in communes],
                  "areaHa": area, "certifiedAreas": [{"standard": s, "areaHa": a} for s, a in cert], "highTech": ht,
                  "plantingAreaCodes": [f"VN-DNOR-{k*7 + j + 101:04d}" for j in range(1 + k % 3)],
                  "chains": [{"id": f"{zid}.chuoi-{j+1}", "name": cn, "leadName": lead or "Tổ hợp tác xoài La Ngà",
                              **({"leadProducerId": pid_of[lead]} if lead else {}),
                              "enterprises": e, "cooperatives": c, "households": h, "areaHa": ar, "approvedByProvince": ap}
                             for j, (cn, lead, e, c, h, ar, ap) in enumerate(chains)],
                  "fourHas": dict(zip(["qualityValue", "competitiveness", "market", "efficiency"], fh))})

# ---- products.json
# (name, producer, group, subgroup, set, step, stars or None, issue date, zones, standards, marks, rejected reason)
TODAY = datetime.date(2026, 11, 29)
R = []
def prod(name, producer, group, sub, cset, step, stars=None, issued=None, zones=(), standards=(), marks=(), reject=None, year=None):
    R.append(dict(name=name, producer=producer, group=group, sub=sub, cset=cset, step=step, stars=stars, issued=issued,
                  zones=list(zones), standards=list(standards), marks=list(marks), reject=reject, year=year))

O = "1048/QĐ-TTg"; N = "148/QĐ-TTg"
# 2018–2020 products (Decision 1048), certified 2019–2020, many re-evaluated later
prod("Chôm chôm Java Long Khánh", "HTX Nông nghiệp Thành Đạt", "food", "Trái cây tươi", O, 6, 4, d(2020, 9, 15), ["vn-chom-chom-lk"], ["VietGAP"], [("geographicalIndication", "Long Khánh")])
prod("Chôm chôm nhãn Bảo Quang", "HTX Chôm chôm Bảo Quang", "food", "Trái cây tươi", O, 6, 3, d(2020, 9, 15), ["vn-chom-chom-lk"], ["VietGAP"], [("geographicalIndication", "Long Khánh")])
prod("Bưởi Tân Triều", "HTX Bưởi Tân Triều", "food", "Trái cây tươi", O, 6, 4, d(2019, 12, 20), ["vn-buoi-tan-trieu"], ["VietGAP"], [("collectiveMark", "Bưởi Tân Triều")])
# The 2018–2020 review's 5★ candidate: scored 91 by the province in 2020 (certified 4★, forwarded), 5★ at the
# central level in June 2025.
prod("Bột ca cao Trọng Đức", "Công ty TNHH Ca cao Trọng Đức", "beverage", "Ca cao", O, 6, 5, d(2020, 9, 15), ["vn-ca-cao-dinh-quan"], ["organic"], [("trademark", "Trọng Đức")])
prod("Xoài cát Hòa Lộc Xuân Hưng", "HTX Xoài Xuân Hưng", "food", "Trái cây tươi", O, 6, 3, d(2020, 10, 5), ["vn-xoai-xuan-hung"], ["VietGAP", "GlobalGAP"], [("collectiveMark", "Xoài Xuân Lộc")])
prod("Tiêu đen Xuân Lộc", "HTX Tiêu Xuân Lộc", "food", "Gia vị", O, 6, 3, d(2019, 12, 20), ["vn-tieu-xuan-loc"], ["VietGAP"], [])
prod("Cà phê bột nguyên chất Cẩm Mỹ", "Công ty TNHH Cà phê Cẩm Mỹ", "beverage", "Cà phê", O, 6, 4, d(2020, 10, 5), ["vn-ca-phe-cam-my"], ["ISO 22000"], [("trademark", "Cẩm Mỹ Coffee")])
prod("Hạt điều rang muối Phú Thịnh", "Công ty CP Điều Phú Thịnh", "food", "Hạt", O, 6, 4, d(2020, 10, 5), ["vn-dieu-dinh-quan"], ["HACCP"], [("trademark", "Phú Thịnh")])
prod("Rượu Bến Gỗ", "Hộ kinh doanh Rượu Bến Gỗ Sáu Tâm", "beverage", "Rượu", O, 6, 3, d(2019, 12, 20), [], [], [("collectiveMark", "Rượu Bến Gỗ")])
prod("Lạp xưởng Gia Kiệm", "Cơ sở Lạp xưởng Tư Hương", "food", "Thịt chế biến", O, 6, 3, d(2020, 10, 5), [], [], [])
prod("Nấm bào ngư La Ngà", "Tổ hợp tác Nấm bào ngư La Ngà", "food", "Nấm", O, 6, 3, d(2020, 10, 5), [], ["VietGAP"], [])
prod("Bình gốm men xanh Biên Hòa", "Công ty TNHH Gốm Biên Hòa Minh Long", "souvenir", "Gốm mỹ nghệ", O, 6, 4, d(2020, 9, 15), [], [], [("collectiveMark", "Gốm Biên Hòa")])
prod("Tủ gỗ chạm khắc Hố Nai", "HTX Mộc mỹ nghệ Hố Nai", "souvenir", "Đồ gỗ", O, 6, 3, d(2020, 9, 15), [], [], [])
prod("Nồi gang đúc Thạnh Phú", "Cơ sở Đúc gang Thạnh Phú", "souvenir", "Đồ gia dụng", O, 6, 3, d(2019, 12, 20), [], [], [])
prod("Mật ong hoa cà phê Phước Thái", "Công ty TNHH Mật ong Phước Thái", "food", "Mật ong", O, 6, 4, d(2020, 9, 15), [], ["HACCP"], [("trademark", "Ong Phước Thái")])
prod("Trà mãng cầu Tân Phú", "Công ty TNHH Trà mãng cầu Tân Phú", "herbal", "Trà thảo mộc", O, 6, 3, d(2020, 10, 5), [], [], [])
prod("Khăn thổ cẩm Phú Bình", "Tổ hợp tác Dệt thổ cẩm Phú Bình", "textile", "Thổ cẩm", O, 6, 3, d(2020, 10, 5), [], [], [])
prod("Du lịch vườn Ba Hùng Bình Lộc", "Hộ kinh doanh Vườn Ba Hùng", "ruralTourism", "Du lịch vườn", O, 6, 3, d(2020, 10, 5), ["vn-chom-chom-lk"], [], [])
# re-evaluated 2023 under 148 (certificates 2023–2024; some expiring within 90 days of 29/11/2026)
prod("Sầu riêng Ri6 Long Giao", "HTX Sầu riêng Long Giao", "food", "Trái cây tươi", N, 6, 4, d(2023, 12, 12), ["vn-sau-rieng-cam-my"], ["VietGAP", "GlobalGAP"], [("trademark", "Sầu riêng Long Giao")])
prod("Sầu riêng Monthong Hàng Gòn", "Hộ kinh doanh Nấm linh chi Hàng Gòn", "food", "Trái cây tươi", N, 6, 3, d(2024, 1, 18), ["vn-sau-rieng-cam-my"], ["VietGAP"], [])
prod("Bánh tráng phơi sương Phú Hội", "Hộ kinh doanh Bánh tráng Phú Hội", "food", "Bánh", N, 6, 3, d(2024, 2, 6), [], [], [])
prod("Cà phê hạt rang Sông Ray", "HTX Cà phê Sông Ray", "beverage", "Cà phê", N, 6, 3, d(2023, 12, 28), ["vn-ca-phe-cam-my"], [], [])
prod("Khô cá lóc Trị An", "Hộ kinh doanh Khô cá Trị An", "food", "Thủy sản chế biến", N, 6, 3, d(2024, 2, 20), [], [], [])
prod("Lan hồ điệp Bắc Sơn", "Tổ hợp tác Lan Trảng Bom", "ornamental", "Hoa lan", N, 6, 3, d(2023, 11, 20), [], [], [])
prod("Điều nhân sấy Đắk Lua", "HTX Nông nghiệp Đắk Lua", "food", "Hạt", N, 6, 3, d(2023, 6, 15), ["vn-dieu-dinh-quan"], [], [])
prod("Thịt heo sạch Hưng Lộc", "HTX Heo sạch Hưng Lộc", "food", "Thịt tươi", N, 6, 4, d(2023, 8, 10), ["vn-heo-thong-nhat"], ["VietGAP"], [("trademark", "Heo sạch Hưng Lộc")])
prod("Nước mắm cá cơm Long Thọ", "Công ty TNHH Nước mắm Long Thọ", "food", "Gia vị", N, 6, 3, d(2023, 8, 10), [], ["HACCP"], [])
prod("Cao linh chi Núi Tượng", "HTX Dược liệu Núi Tượng", "medicinal", "Dược liệu", N, 6, 4, d(2024, 6, 20), [], ["organic"], [])
prod("Chôm chôm sấy dẻo Xuân Lập", "Công ty TNHH Trái cây sấy Xuân Lập", "food", "Trái cây chế biến", N, 6, 4, d(2024, 6, 20), ["vn-chom-chom-lk"], ["HACCP"], [("trademark", "Xuân Lập Fruit")])
prod("Bánh pía sầu riêng Xuân Tâm", "Hộ kinh doanh Bánh pía Xuân Tâm", "food", "Bánh", N, 6, 3, d(2024, 6, 20), [], [], [])
prod("Rau ăn lá an toàn Tam An", "HTX Rau an toàn Tam An", "food", "Rau", N, 6, 3, d(2024, 11, 5), [], ["VietGAP"], [])
prod("Bình gốm Tân Vạn", "Hộ kinh doanh Gốm Tân Vạn Hai Phước", "handicraft", "Gốm mỹ nghệ", N, 6, 3, d(2024, 11, 5), [], [], [("collectiveMark", "Gốm Biên Hòa")])
prod("Giỏ mây tre đan Thiện Tân", "Tổ hợp tác Mây tre đan Thiện Tân", "handicraft", "Mây tre đan", N, 6, 3, d(2025, 3, 12), [], [], [])
prod("Rượu vang nho Suối Nho", "Công ty TNHH Rượu vang Suối Nho", "beverage", "Rượu", N, 6, 3, d(2025, 3, 12), [], [], [])
prod("Nem chua Trảng Bom", "Hộ kinh doanh Nem chua Trảng Bom", "food", "Thịt chế biến", N, 6, 3, d(2025, 3, 12), [], [], [])
prod("Sữa bò tươi Xuân Bảo", "HTX Bò sữa Xuân Bảo", "beverage", "Sữa", N, 5, 4, d(2025, 9, 8), [], ["VietGAP"], [])
prod("Bánh tráng phơi sương Phú Túc", "Hộ kinh doanh Bánh tráng phơi sương Phú Túc", "food", "Bánh", N, 5, 3, d(2025, 9, 8), [], [], [])
prod("Thanh long ruột đỏ Gia Ray", "HTX Thanh long Gia Ray", "food", "Trái cây tươi", N, 5, 3, d(2025, 9, 8), [], ["VietGAP"], [])
prod("Xoài keo La Ngà", "Tổ hợp tác Nấm bào ngư La Ngà", "food", "Trái cây tươi", N, 6, 3, d(2025, 9, 8), ["vn-xoai-la-nga"], [], [])
prod("Hạt tiêu sọ trắng Xuân Bắc", "HTX Tiêu Xuân Lộc", "food", "Gia vị", N, 6, 4, d(2025, 12, 15), ["vn-tieu-xuan-loc"], ["organic"], [])
prod("Du lịch sinh thái Tà Lài", "Công ty TNHH Du lịch sinh thái Tà Lài", "communityTourism", "Du lịch sinh thái", N, 6, 4, d(2024, 1, 30), [], [], [])
prod("Bưởi da xanh Bình Lợi", "HTX Bưởi Tân Triều", "food", "Trái cây tươi", N, 6, 3, d(2024, 2, 15), ["vn-buoi-tan-trieu"], ["VietGAP"], [])
prod("Gà thả vườn Lộ 25", "Hộ kinh doanh Gà thả vườn Lộ 25", "food", "Thịt tươi", N, 5, 3, d(2026, 5, 20), [], [], [])
prod("Chè xanh Xuân Tây", "Hộ kinh doanh Chè xanh Xuân Tây", "beverage", "Trà", N, 5, 3, d(2026, 5, 20), [], [], [])
prod("Mắm cá Bình An", "Hộ kinh doanh Mắm cá Bình An", "food", "Gia vị", N, 5, 4, d(2026, 5, 20), [], ["HACCP"], [])
prod("Sầu riêng sấy thăng hoa Long Giao", "HTX Sầu riêng Long Giao", "food", "Trái cây chế biến", N, 5, 5, None, ["vn-sau-rieng-cam-my"], ["HACCP", "GlobalGAP"], [])
prod("Cây cảnh bonsai Phước Thiền", "Tổ hợp tác Sinh vật cảnh Phước Thiền", "ornamental", "Cây cảnh", N, 5, 2, None, [], [], [])
prod("Tương ớt Dona Food", "Công ty CP Thực phẩm Dona Food", "food", "Gia vị", N, 5, 2, None, [], [], [])
# in earlier steps (2026 cycle)
prod("Cà phê chồn Xuân Đường", "Công ty TNHH Cà phê Cẩm Mỹ", "beverage", "Cà phê", N, 4, year=2026, zones=["vn-ca-phe-cam-my"])
prod("Nước ép chôm chôm Bình Lộc", "HTX Nông nghiệp Thành Đạt", "beverage", "Nước giải khát", N, 4, year=2026, zones=["vn-chom-chom-lk"])
prod("Kẹo ca cao Phú Vinh", "Công ty TNHH Ca cao Trọng Đức", "food", "Bánh kẹo", N, 4, year=2026, zones=["vn-ca-cao-dinh-quan"])
prod("Bánh tráng trộn sấy Phú Hội", "Hộ kinh doanh Bánh tráng Phú Hội", "food", "Bánh", N, 3, year=2026)
prod("Trà túi lọc lá sầu riêng", "HTX Sầu riêng Long Giao", "medicinal", "Trà dược liệu", N, 3, year=2026)
prod("Đèn gốm trang trí Tân Hạnh", "Công ty TNHH Gốm Biên Hòa Minh Long", "handicraft", "Gốm mỹ nghệ", N, 3, year=2026)
prod("Bưởi sấy dẻo Tân Triều", "HTX Bưởi Tân Triều", "food", "Trái cây chế biến", N, 2, year=2026, zones=["vn-buoi-tan-trieu"])
prod("Mứt xoài Xuân Hưng", "HTX Xoài Xuân Hưng", "food", "Trái cây chế biến", N, 2, year=2026, zones=["vn-xoai-xuan-hung"])
prod("Chả lụa Gia Tân", "Cơ sở Lạp xưởng Tư Hương", "food", "Thịt chế biến", N, 2, year=2026)
prod("Homestay vườn sầu riêng Hàng Gòn", "Hộ kinh doanh Nấm linh chi Hàng Gòn", "communityTourism", "Du lịch cộng đồng", N, 2, year=2026)
prod("Mật ong rừng Mã Đà", "Công ty TNHH Mật ong Phước Thái", "food", "Mật ong", N, 1, year=2026)
prod("Tinh dầu tràm Phú Lý", "HTX Dược liệu Núi Tượng", "medicinal", "Tinh dầu", N, 1, year=2026)
prod("Rượu nếp than Suối Nho", "Công ty TNHH Rượu vang Suối Nho", "beverage", "Rượu", N, 1, year=2026)
prod("Nấm linh chi Hàng Gòn", "Hộ kinh doanh Nấm linh chi Hàng Gòn", "medicinal", "Dược liệu", N, 3, year=2025)
prod("Khô heo cháy tỏi Hưng Lộc", "HTX Heo sạch Hưng Lộc", "food", "Thịt chế biến", N, 4, year=2026, zones=["vn-heo-thong-nhat"])
prod("Bánh hạt điều Bàu Hàm", "Hộ kinh doanh Hạt điều Bàu Hàm", "food", "Bánh kẹo", N, 3, reject="Chưa đáp ứng điều kiện an toàn thực phẩm; cơ sở chưa có giấy chứng nhận đủ điều kiện.", year=2025)
prod("Gạo lứt Phú Điền", "HTX Nông nghiệp Đắk Lua", "food", "Gạo", N, 2, reject="Trùng ý tưởng với sản phẩm đã có của xã; đề nghị hợp nhất.", year=2026)

def scores_for(stars, cset, rnd, total=None):
    ma, mb, mc = (35, 25, 40) if cset == O else (40, 25, 35)
    lo, hi = {5: (90, 96), 4: (70, 88), 3: (50, 68), 2: (32, 48)}[stars]
    total = total or rnd.randint(lo, hi)
    a = min(ma, round(total * ma / 100) + rnd.randint(-1, 1)); b = min(mb, round(total * mb / 100) + rnd.randint(-1, 1))
    c = total - a - b
    if c > mc: a, c = a + (c - mc), mc
    return a, b, c, total

# The rules table decides, for an evaluation's date, the criteria set and the council that certifies its stars.
CRITERIA_148 = d(2023, 2, 24)
def cset_on(date): return O if date < CRITERIA_148 else N
def council_for(stars, date):
    if stars >= 5: return "central"
    if date < CRITERIA_148: return "district" if stars == 3 and date >= d(2020, 6, 1) else "province"
    if date <= REORG_END: return "district" if stars == 3 else "province"
    return "province"
def max_award(council, date):
    return 5 if council == "central" else (3 if council == "district" else 4)
GROUP_148 = {"souvenir": "handicraft", "textile": "handicraft", "herbal": "medicinal", "ruralTourism": "communityTourism"}
GROUP_1048 = {"handicraft": "souvenir", "medicinal": "herbal", "communityTourism": "ruralTourism", "ornamental": None}

def evaluate(rec, date, stars, rnd, kind, total=None, council=None):
    """Adds an evaluation under the set in force on `date` (moving the product's group to that set) and the
    certificate it earns: the stars the council may award (a province scoring ≥ 90 certifies 4★ and forwards)."""
    cset = cset_on(date)
    if cset == N and rec["criteriaSet"] == O:
        rec["group"] = GROUP_148.get(rec["group"], rec["group"]); rec["criteriaSet"] = N
    council = council or council_for(stars, date)
    a, b, c, total = scores_for(stars, cset, rnd, total)
    ev = {"date": date, "councilLevel": council, "criteriaSet": cset, "scoreA": a, "scoreB": b, "scoreC": c, "total": total,
          "stars": stars, "kind": kind}
    if stars >= 3:
        ev["decisionNumber"] = f"{rnd.randint(1000, 4999)}/QĐ-" + ("BNNMT" if council == "central" else "UBND")
        cert = min(stars, max_award(council, date))
        rec["certificate"] = {"stars": cert, "decisionNumber": ev["decisionNumber"], "issuedOn": date, "expiresOn": add_months(date, 36)}
    rec["evaluations"].append(ev)
    return ev

# Council sessions: the days certificates were issued each year (illustrative).
SESSIONS = {2019: [d(2019, 12, 20)], 2020: [d(2020, 9, 15), d(2020, 10, 5)], 2021: [d(2021, 6, 18), d(2021, 11, 26)],
            2022: [d(2022, 6, 24), d(2022, 12, 9)], 2023: [d(2023, 6, 15), d(2023, 8, 10), d(2023, 12, 12)],
            2024: [d(2024, 1, 18), d(2024, 6, 20), d(2024, 11, 5)], 2025: [d(2025, 3, 12), d(2025, 6, 18), d(2025, 10, 22)],
            2026: [d(2026, 5, 20), d(2026, 9, 10)]}
# First certifications per year in the old Đồng Nai area: 2019–2022 as published (46 by the end of 2020: 27 3★,
# 18 4★ and the 5★ candidate; 55 in 2021: 38 3★, 17 4★; 58 in 2022: 41 3★, 17 4★); 2023–2025 split so that 298 are
# reached by June 2025 (published), with 15 more in October 2025 (published for the merged province); 2026
# illustrative.
BUDGET = {2019: {3: 10, 4: 7}, 2020: {3: 17, 4: 12}, 2021: {3: 38, 4: 17}, 2022: {3: 41, 4: 17},
          2023: {3: 40, 4: 15}, 2024: {3: 38, 4: 14}, 2025: {3: 33, 4: 14}, 2026: {3: 14, 4: 6}}
H1_2025 = 32  # of 2025's 47, those certified by June (298 in all)

products = []
for i, p in enumerate(R):
    producer = next(x for x in producers if x["name"] == p["producer"])
    rec = {"id": f"sp-{i+1:03d}", "name": p["name"], "producerId": producer["id"], "communeId": producer["communeId"], "group": p["group"],
           "subgroup": p["sub"], "criteriaSet": p["cset"], "cycleStep": p["step"], "evaluations": [], "standards": p["standards"],
           "marks": [{"kind": k, "name": n} for k, n in p["marks"]], "zoneIds": p["zones"], "registeredYear": p["year"] or 2026}
    rnd = random.Random(i)
    if p["stars"]:
        date = p["issued"] or d(2026, 9, 10)
        stars = p["stars"]
        if rec["name"] == "Bột ca cao Trọng Đức":
            evaluate(rec, date, 5, rnd, "first", total=91, council="province")
        else:
            if p["cset"] == O and date >= CRITERIA_148: date = d(2023, 1, 12)
            evaluate(rec, date, stars, rnd, "first")
        rec["registeredYear"] = int(date[:4]) - (1 if date[:4] <= "2020" else 0)
    if rec["registeredYear"] >= 2026 and rec["communeId"] in commune_units:
        rec["communeId"] = new_unit_of(rec["communeId"])  # registered after the reorganisation: a new commune/ward
    if p["reject"]:
        rec["rejection"] = {"date": d(rec["registeredYear"], 9, 15), "reason": p["reject"]}
    products.append(rec)

def first_year(rec):
    firsts = [e["date"] for e in rec["evaluations"] if e["stars"] >= 3]
    return int(min(firsts)[:4]) if firsts else None
def first_stars(rec):
    firsts = sorted((e["date"], e["stars"]) for e in rec["evaluations"] if e["stars"] >= 3)
    return min(firsts[0][1], 4) if firsts else None

# Fillers: products certified for the first time in each year until the year's budget is met, from producers across
# the communes (more producers over the years: 45 in 2021, 75 in 2022, as published).
KINDS = [
    ("food", "Xoài sấy dẻo", "Trái cây chế biến"), ("food", "Mít sấy", "Trái cây chế biến"), ("food", "Chuối sấy", "Trái cây chế biến"),
    ("food", "Hạt điều rang", "Hạt"), ("food", "Tiêu xanh", "Gia vị"), ("food", "Mật ong", "Mật ong"), ("food", "Bánh tráng", "Bánh"),
    ("food", "Chả lụa", "Thịt chế biến"), ("food", "Khô bò", "Thịt chế biến"), ("food", "Nước mắm", "Gia vị"), ("food", "Muối ớt", "Gia vị"),
    ("food", "Gạo thơm", "Gạo"), ("food", "Bưởi da xanh", "Trái cây tươi"), ("food", "Sầu riêng", "Trái cây tươi"), ("food", "Chôm chôm", "Trái cây tươi"),
    ("food", "Trứng gà", "Trứng"), ("food", "Măng tre", "Rau"), ("food", "Nấm rơm", "Nấm"), ("food", "Bánh pía", "Bánh"), ("food", "Mứt gừng", "Bánh kẹo"),
    ("beverage", "Cà phê rang xay", "Cà phê"), ("beverage", "Trà xanh", "Trà"), ("beverage", "Rượu nếp", "Rượu"), ("beverage", "Nước ép trái cây", "Nước giải khát"),
    ("beverage", "Sữa chua", "Sữa"), ("herbal", "Trà dược liệu", "Trà thảo mộc"), ("herbal", "Cao dược liệu", "Dược liệu"), ("herbal", "Tinh dầu", "Tinh dầu"),
    ("souvenir", "Gốm mỹ nghệ", "Gốm mỹ nghệ"), ("souvenir", "Đồ gỗ mỹ nghệ", "Đồ gỗ"), ("souvenir", "Mây tre đan", "Mây tre đan"),
    ("ornamental", "Lan", "Hoa lan"), ("ornamental", "Bonsai", "Cây cảnh"), ("ruralTourism", "Du lịch vườn", "Du lịch vườn"),
]
PREFIX = {"enterprise": "Công ty TNHH", "cooperative": "HTX", "cooperativeGroup": "Tổ hợp tác", "household": "Hộ kinh doanh"}
TYPES = ["household", "cooperative", "enterprise", "household", "cooperativeGroup", "cooperative", "household", "enterprise"]
grnd = random.Random(2025)
old_communes = [cid for cid in commune_units]
# Fillers come from two communes in three: the rest have no product yet (coverage below 100%, as in life).
filler_communes = [c for k, c in enumerate(old_communes) if k % 3 != 2]
names = {p["name"] for p in products}
extra_producers = []
def new_producer(commune_id, kind_word, n):
    typ = TYPES[n % len(TYPES)]
    cname = commune_units.get(commune_id, NEW.get(commune_id))["name"]
    if typ == "household":
        name = f"{PREFIX[typ]} {family[n % len(family)]} {given[(n * 7) % len(given)]}"
    else:
        name = f"{PREFIX[typ]} {kind_word} {cname}"
    base, k = name, 2
    while any(x["name"] == name for x in producers + extra_producers): name = f"{base} {k}"; k += 1
    pr = {"id": f"ct-{len(producers) + len(extra_producers) + 1:03d}", "name": name, "type": typ, "communeId": commune_id,
          "representative": f"{family[(n * 3) % len(family)]} {given[(n * 5) % len(given)]}", "registrationNumber": f"36{(n * 7919 + 13) % 100000000:08d}"}
    extra_producers.append(pr)
    return pr
filler = 0
for year in sorted(BUDGET):
    for stars, want in sorted(BUDGET[year].items()):
        have = sum(1 for r in products if first_year(r) == year and first_stars(r) == stars)
        for k in range(max(0, want - have)):
            sessions = SESSIONS[year]
            if year == 2025:
                # 32 by June, then October (the merged province, communes after the reorganisation)
                done_2025 = sum(1 for r in products if first_year(r) == 2025 and min(e["date"] for e in r["evaluations"] if e["stars"] >= 3) <= REORG_END)
                date = sessions[done_2025 % 2] if done_2025 < H1_2025 else sessions[2]
            else:
                date = sessions[filler % len(sessions)]
            group, word, sub = KINDS[filler % len(KINDS)]
            commune = filler_communes[(filler * 37) % len(filler_communes)]
            if date >= REORG_START: commune = new_unit_of(commune)
            cname = (commune_units.get(commune) or NEW[commune])["name"]
            name = f"{word} {cname}"
            n2 = 2
            while name in names: name = f"{word} {cname} {n2}"; n2 += 1
            names.add(name)
            # Four products in five come from a producer of their own; the rest from one already registered nearby.
            local = [x for x in producers + extra_producers if x["communeId"] == commune]
            pr = local[0] if local and filler % 5 == 4 else new_producer(commune, word, filler)
            cset = cset_on(date)
            g = group if cset == O else GROUP_148.get(group, group)
            if cset == O and GROUP_1048.get(g, g) is None: g = "food"
            rec = {"id": "", "name": name, "producerId": pr["id"], "communeId": commune, "group": g, "subgroup": sub, "criteriaSet": cset,
                   "cycleStep": 6 if date < d(2026, 6, 1) else 5, "evaluations": [], "standards": ["VietGAP"] if filler % 4 == 0 else [],
                   "marks": [], "zoneIds": [], "registeredYear": int(date[:4]) - (1 if filler % 3 else 0)}
            evaluate(rec, date, stars, random.Random(10_000 + filler), "first")
            products.append(rec)
            filler += 1
producers += extra_producers

# Re-evaluations keep most certificates valid: a product is evaluated again about 35 months after its certificate was
# issued (seven in ten; one in ten of them moves up a star), under the set and council in force then. Eight 4★
# products, the cocoa candidate among them, became 5★ at the central level in June 2025 (published: the first
# national 5★ products).
TODAY_ISO = TODAY.isoformat()
five = [r for r in products if r["name"] == "Bột ca cao Trọng Đức"] + \
       [r for r in products if r.get("certificate", {}).get("stars") == 4 and r["name"] != "Bột ca cao Trọng Đức"][:7]
for k, r in enumerate(five):
    evaluate(r, d(2025, 6, 18), 5, random.Random(500 + k), "upgrade", council="central")
    r["cycleStep"] = 6
for idx, r in enumerate(products):
    rnd = random.Random(900 + idx)
    while "certificate" in r:
        c = r["certificate"]
        again = add_months(c["issuedOn"], 35)
        if again > TODAY_ISO or rnd.random() > 0.7: break
        if r["name"] == "Khăn thổ cẩm Phú Bình": break  # never re-evaluated: its certificate (1048, "textile") lapsed in 2023
        stars = c["stars"] if c["stars"] == 5 else min(4, c["stars"] + (1 if rnd.random() < 0.1 else 0))
        if stars == 5: again = add_months(c["issuedOn"], 35)
        evaluate(r, again, stars, rnd, "upgrade" if stars > c["stars"] else "reevaluation")
        if again >= d(2026, 6, 1): r["cycleStep"] = 5
for k, r in enumerate(products):
    r["id"] = f"sp-{k+1:03d}"
    r["evaluations"].sort(key=lambda e: e["date"])

# ---- craft-villages.json
byname = {p["name"]: p["id"] for p in products}
villages = [
    {"id": "ln-gom-bien-hoa", "name": "Làng gốm Biên Hòa", "craft": "gốm mỹ nghệ", "communeId": cm("Biên Hòa", "Tân Hạnh"), "recognition": "traditional", "recognizedOn": d(2008, 6, 12), "households": 56, "productIds": [byname["Bình gốm men xanh Biên Hòa"], byname["Bình gốm Tân Vạn"], byname["Đèn gốm trang trí Tân Hạnh"]]},
    {"id": "ln-nam-dinh-quan", "name": "Làng nghề trồng nấm La Ngà", "craft": "trồng nấm", "communeId": cm("Định Quán", "La Ngà"), "recognition": "recognized", "recognizedOn": d(2016, 11, 3), "households": 120, "productIds": [byname["Nấm bào ngư La Ngà"]]},
    {"id": "ln-moc-ho-nai", "name": "Làng nghề mộc mỹ nghệ Hố Nai", "craft": "mộc mỹ nghệ", "communeId": cm("Trảng Bom", "Hố Nai 3"), "recognition": "recognized", "recognizedOn": d(2014, 4, 22), "households": 85, "productIds": [byname["Tủ gỗ chạm khắc Hố Nai"]]},
    {"id": "ln-duc-gang-thanh-phu", "name": "Làng nghề đúc gang Thạnh Phú", "craft": "đúc gang", "communeId": cm("Vĩnh Cửu", "Thạnh Phú"), "recognition": "traditional", "recognizedOn": d(2010, 9, 8), "households": 34, "productIds": [byname["Nồi gang đúc Thạnh Phú"]]},
    {"id": "ln-ruou-ben-go", "name": "Làng nghề rượu Bến Gỗ", "craft": "nấu rượu", "communeId": cm("Biên Hòa", "An Hòa"), "recognition": "pending", "households": 28, "productIds": [byname["Rượu Bến Gỗ"]]},
    {"id": "ln-lap-xuong-gia-kiem", "name": "Làng nghề lạp xưởng Gia Kiệm", "craft": "chế biến thịt", "communeId": cm("Thống Nhất", "Gia Kiệm"), "recognition": "recognized", "recognizedOn": d(2019, 3, 14), "households": 47, "productIds": [byname["Lạp xưởng Gia Kiệm"], byname["Chả lụa Gia Tân"]]},
    {"id": "ln-may-tre-thien-tan", "name": "Làng nghề mây tre đan Thiện Tân", "craft": "mây tre đan", "communeId": cm("Vĩnh Cửu", "Thiện Tân"), "recognition": "none", "households": 40, "productIds": [byname["Giỏ mây tre đan Thiện Tân"]]},
]
tourism = [
    {"id": "dl-vuon-binh-loc", "name": "Du lịch miệt vườn Bình Lộc", "type": "agricultural", "communeId": cm("Long Khánh", "Bình Lộc"), "operatorName": "Hộ kinh doanh Vườn Ba Hùng", "operatorProducerId": pid_of["Hộ kinh doanh Vườn Ba Hùng"], "productIds": [byname["Du lịch vườn Ba Hùng Bình Lộc"], byname["Chôm chôm Java Long Khánh"]], "zoneId": "vn-chom-chom-lk"},
    {"id": "dl-lang-buoi-tan-trieu", "name": "Làng bưởi Tân Triều", "type": "experiential", "communeId": cm("Vĩnh Cửu", "Tân Bình"), "operatorName": "HTX Bưởi Tân Triều", "operatorProducerId": pid_of["HTX Bưởi Tân Triều"], "productIds": [byname["Bưởi Tân Triều"], byname["Bưởi da xanh Bình Lợi"]], "zoneId": "vn-buoi-tan-trieu"},
    {"id": "dl-trang-trai-ca-cao", "name": "Trang trại ca cao Trọng Đức", "type": "experiential", "communeId": cm("Định Quán", "Phú Vinh"), "operatorName": "Công ty TNHH Ca cao Trọng Đức", "operatorProducerId": pid_of["Công ty TNHH Ca cao Trọng Đức"], "productIds": [byname["Bột ca cao Trọng Đức"], byname["Kẹo ca cao Phú Vinh"]], "zoneId": "vn-ca-cao-dinh-quan"},
    {"id": "dl-sinh-thai-ta-lai", "name": "Khu du lịch sinh thái cộng đồng Tà Lài", "type": "community", "communeId": cm("Tân Phú", "Tà Lài"), "operatorName": "Công ty TNHH Du lịch sinh thái Tà Lài", "operatorProducerId": pid_of["Công ty TNHH Du lịch sinh thái Tà Lài"], "productIds": [byname["Du lịch sinh thái Tà Lài"]]},
]

# The task-4 report of 25/6/2025 counts the craft villages' products certified by then.
village_ids = {pid for v in villages for pid in v["productIds"]}
village_certified = sum(1 for r in products if r["id"] in village_ids and any(e["stars"] >= 3 and e["date"] <= d(2025, 6, 25) for e in r["evaluations"]))
for t in tasks:
    for rep in t["reports"]:
        rep["narrative"] = rep["narrative"].replace("{VILLAGE_CERTIFIED}", str(village_certified))
        for f in rep.get("figures", []):
            if f["value"] == "{VILLAGE_CERTIFIED}": f["value"] = village_certified

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "dataset.json"), "w", encoding="utf-8") as f:
    json.dump({"schemaVersion": 1, "dataset": info}, f, ensure_ascii=False, indent=2, sort_keys=True); f.write("\n")
write("units.json", "units", units)
write("agencies.json", "agencies", agencies)
write("tasks.json", "tasks", tasks)
write("producers.json", "producers", producers)
write("products.json", "products", products)
write("zones.json", "zones", zones)
write("craft-villages.json", "craftVillages", villages)
write("tourism-models.json", "tourismModels", tourism)

# Review meetings (issue 14): the conference the notice records, and two later reviews whose notes are on the tasks.
short_name = {a["id"]: a["shortName"] for a in agencies}

def agenda_of_tasks():
    return [{"taskId": t["id"], "title": t["shortTitle"], "slide": f"task:{t['id']}"} for t in tasks]

meetings = [
    {"id": "hop-2020-12-31", "date": "2020-12-31", "kind": "periodicReview", "status": "closed",
     "title": "Hội nghị tổng kết đánh giá Chương trình mỗi xã một sản phẩm tỉnh Đồng Nai giai đoạn 2018-2020",
     "place": "Khách sạn Đồng Nai", "issuingBody": "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "number": "01/BB-HN",
     "chair": "Võ Văn Phi - Phó Chủ tịch UBND tỉnh", "secretary": "Văn phòng UBND tỉnh",
     "attendees": [{"name": "Lãnh đạo Sở Nông nghiệp và Phát triển nông thôn", "agencyId": "snn"},
                   {"name": "Lãnh đạo Sở Công Thương", "agencyId": "sct"},
                   {"name": "Lãnh đạo Sở Khoa học và Công nghệ", "agencyId": "skhcn"},
                   {"name": "Lãnh đạo Sở Văn hóa, Thể thao và Du lịch", "agencyId": "svhttdl"},
                   {"name": "Đại diện UBND các huyện, thành phố", "agencyId": "ubnd-huyen"}],
     "agenda": [{"title": "Tổng kết Chương trình OCOP giai đoạn 2018–2020", "slide": "overview"}] + agenda_of_tasks(),
     "notes": [],
     "decisions": [{"id": f"kl-{t['ordinal']}", "text": f"{t['shortTitle']}: {short_name[t['leadAgencyId']]} chủ trì, tổ chức thực hiện theo kết luận của Hội nghị.",
                    "taskId": t["id"], "ownerAgencyId": t["leadAgencyId"]} for t in tasks],
     "openedAt": "2020-12-31T08:00:00+07:00", "closedAt": "2020-12-31T11:30:00+07:00"},
    {"id": "hop-2024-01-10", "date": "2024-01-10", "kind": "periodicReview", "status": "closed",
     "title": "Họp sơ kết Chương trình OCOP năm 2023", "place": "Văn phòng UBND tỉnh",
     "issuingBody": "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "number": "02/BB-UBND",
     "chair": "Phó Chủ tịch UBND tỉnh", "secretary": "Văn phòng UBND tỉnh",
     "attendees": [{"name": "Lãnh đạo Sở Nông nghiệp và Phát triển nông thôn", "agencyId": "snn"},
                   {"name": "Lãnh đạo Sở Thông tin và Truyền thông", "agencyId": "stttt"}],
     "agenda": agenda_of_tasks(),
     "notes": [{"taskId": "nv-1", "noteId": "nv-1.gc-1"}],
     "decisions": [{"id": "kl-1", "text": "Giao Sở NN&PTNT phối hợp Sở TT&TT duy trì chuyên mục OCOP trên các kênh số.",
                    "taskId": "nv-1", "noteId": "nv-1.gc-1", "ownerAgencyId": "snn"}],
     "openedAt": "2024-01-10T08:00:00+07:00", "closedAt": "2024-01-10T10:45:00+07:00"},
    {"id": "hop-2026-10-02", "date": "2026-10-02", "kind": "periodicReview", "status": "closed",
     "title": "Họp rà soát Chương trình OCOP sau sắp xếp đơn vị hành chính", "place": "Sở Nông nghiệp và Môi trường",
     "issuingBody": "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "number": "03/BB-UBND",
     "chair": "Phó Chủ tịch UBND tỉnh", "secretary": "Thư ký hội nghị",
     "attendees": [{"name": "Lãnh đạo Sở Nông nghiệp và Môi trường", "agencyId": "snnmt"},
                   {"name": "Đại diện UBND các xã, phường", "agencyId": "ubnd-xa"}],
     "agenda": agenda_of_tasks(),
     "notes": [{"taskId": "nv-5", "noteId": "nv-5.gc-1"}],
     "decisions": [{"id": "kl-1", "text": "Mỗi xã rà soát ít nhất một sản phẩm tiềm năng trước 31/12/2026.",
                    "taskId": "nv-5", "actionId": "nv-5.hd-1", "ownerAgencyId": "ubnd-xa", "dueDate": "2026-12-31"}],
     "openedAt": "2026-10-02T14:00:00+07:00", "closedAt": "2026-10-02T16:30:00+07:00"},
]
write("meetings.json", "meetings", meetings)
print(f"{len(units)} units, {len(producers)} producers, {len(products)} products, {len(zones)} zones")
