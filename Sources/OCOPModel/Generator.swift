import Foundation

/// A small deterministic random number generator (SplitMix64) so generated datasets repeat exactly for a seed.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64
    /// A generator for a seed.
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Makes synthetic datasets of any size with the sample's shape and realistic Vietnamese names, valid by construction.
public enum DatasetGenerator {
    /// Districts of Đồng Nai (2020–21) with some of their communes.
    static let districts: [(id: String, name: String, level: UnitLevel, communes: [String])] = [
        ("bien-hoa", "Biên Hòa", .city, ["Tân Hạnh", "Hóa An", "Bửu Long", "Tân Phong", "Trảng Dài", "Long Bình", "Phước Tân", "Tam Phước", "Long Hưng", "An Hòa"]),
        ("long-khanh", "Long Khánh", .city, ["Bình Lộc", "Bảo Quang", "Hàng Gòn", "Xuân Tân", "Bàu Trâm", "Suối Tre", "Bảo Vinh", "Xuân Lập"]),
        ("cam-my", "Cẩm Mỹ", .district, ["Long Giao", "Sông Ray", "Xuân Đường", "Xuân Quế", "Nhân Nghĩa", "Xuân Bảo", "Xuân Tây", "Xuân Đông", "Lâm San", "Thừa Đức"]),
        ("dinh-quan", "Định Quán", .district, ["La Ngà", "Phú Ngọc", "Phú Vinh", "Gia Canh", "Thanh Sơn", "Phú Tân", "Túc Trưng", "Phú Cường", "Suối Nho", "Ngọc Định"]),
        ("long-thanh", "Long Thành", .district, ["An Phước", "Long An", "Long Đức", "Bình Sơn", "Bình An", "Tân Hiệp", "Phước Thái", "Cẩm Đường", "Bàu Cạn", "Lộc An"]),
        ("nhon-trach", "Nhơn Trạch", .district, ["Phú Hội", "Phú Thạnh", "Phú Đông", "Phước Thiền", "Long Tân", "Phước An", "Vĩnh Thanh", "Long Thọ", "Đại Phước", "Phú Hữu"]),
        ("tan-phu", "Tân Phú", .district, ["Phú Lâm", "Phú Thanh", "Phú Xuân", "Phú Sơn", "Tà Lài", "Nam Cát Tiên", "Đắk Lua", "Phú Điền", "Trà Cổ", "Phú Lộc"]),
        ("thong-nhat", "Thống Nhất", .district, ["Gia Kiệm", "Gia Tân 1", "Gia Tân 2", "Gia Tân 3", "Quang Trung", "Bàu Hàm 2", "Hưng Lộc", "Lộ 25", "Xuân Thạnh", "Xuân Thiện"]),
        ("trang-bom", "Trảng Bom", .district, ["Bắc Sơn", "Bình Minh", "Hố Nai 3", "Quảng Tiến", "Sông Trầu", "Tây Hòa", "Trung Hòa", "Đông Hòa", "Hưng Thịnh", "Cây Gáo"]),
        ("vinh-cuu", "Vĩnh Cửu", .district, ["Tân Bình", "Bình Lợi", "Thạnh Phú", "Thiện Tân", "Tân An", "Bình Hòa", "Trị An", "Vĩnh Tân", "Phú Lý", "Mã Đà"]),
        ("xuan-loc", "Xuân Lộc", .district, ["Xuân Hưng", "Xuân Hòa", "Xuân Tâm", "Xuân Bắc", "Xuân Thọ", "Xuân Trường", "Xuân Thành", "Xuân Hiệp", "Xuân Phú", "Suối Cát"]),
    ]

    static let productStems: [(String, ProductGroup, String)] = [
        ("Chôm chôm", .food, "Trái cây tươi"), ("Bưởi", .food, "Trái cây tươi"), ("Sầu riêng", .food, "Trái cây tươi"),
        ("Xoài cát Hòa Lộc", .food, "Trái cây tươi"), ("Tiêu đen", .food, "Gia vị"), ("Hạt điều rang muối", .food, "Hạt"),
        ("Cà phê bột", .beverage, "Cà phê"), ("Cà phê rang xay", .beverage, "Cà phê"), ("Ca cao bột", .beverage, "Ca cao"),
        ("Rượu đế", .beverage, "Rượu"), ("Mật ong hoa cà phê", .food, "Mật ong"), ("Lạp xưởng", .food, "Thịt chế biến"),
        ("Nấm bào ngư", .food, "Nấm"), ("Nấm linh chi", .medicinal, "Dược liệu"), ("Trà mãng cầu", .beverage, "Trà"),
        ("Gốm mỹ nghệ", .handicraft, "Gốm"), ("Bàn ghế gỗ", .handicraft, "Đồ gỗ"), ("Lan hồ điệp", .ornamental, "Hoa"),
        ("Khô cá lóc", .food, "Thủy sản chế biến"), ("Bánh tráng", .food, "Bánh"), ("Nước cốt dừa", .beverage, "Nước giải khát"),
        ("Homestay vườn", .communityTourism, "Du lịch nông nghiệp"),
    ]
    static let brandWords = ["Phú Lộc", "Hưng Thịnh", "Tân Phát", "Minh Châu", "Thành Đạt", "Hòa Bình", "An Khang", "Bảo Ngọc", "Đức Thành", "Kim Long", "Vạn Lợi", "Song Phát"]
    static let familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"]
    static let givenNames = ["Văn Hùng", "Thị Lan", "Minh Tuấn", "Thị Hồng", "Quốc Bảo", "Thị Mai", "Đức Anh", "Thị Thu", "Văn Tâm", "Ngọc Ánh"]

    /// A dataset of `products` products, identical for the same seed.
    public static func generate(products n: Int, seed: UInt64 = 1) -> Dataset {
        var rng = SeededRandom(seed: seed)
        func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
        func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(rng.next() % UInt64(r.count)) }
        func date(_ year: ClosedRange<Int>) -> CivilDate {
            CivilDate(year: int(year), month: int(1...12), day: int(1...28)) ?? CivilDate(dayNumber: 18628)
        }

        let info = DatasetInfo(
            province: "Đồng Nai", programme: "Chương trình mỗi xã một sản phẩm (OCOP)", period: "2021–2025",
            illustrative: true,
            description: "Bộ dữ liệu tổng hợp do `ocop generate` tạo ra (seed \(seed)), chỉ dùng để thử tải và đo hiệu năng.",
            notice: Notice(number: nil, date: CivilDate(year: 2021, month: 1, day: 14)!, conferenceDate: CivilDate(year: 2020, month: 12, day: 31)!,
                           venue: "Khách sạn Đồng Nai", chairedBy: "Võ Văn Phi - Phó Chủ tịch UBND tỉnh",
                           signerRole: "Phó Chánh Văn phòng UBND tỉnh", signer: "Nguyễn Hữu Lý",
                           title: "Kết luận chỉ đạo tại Hội nghị tổng kết Chương trình OCOP tỉnh Đồng Nai giai đoạn 2018-2020"))

        var units = [AdminUnit(id: "dong-nai", name: "Đồng Nai", level: .province, parentId: nil, validFrom: nil, validTo: nil)]
        var communeIds: [String] = []
        var communeNames: [String: String] = [:]
        for d in districts {
            units.append(AdminUnit(id: d.id, name: d.name, level: d.level, parentId: "dong-nai", validFrom: nil, validTo: nil))
            for (k, c) in d.communes.enumerated() {
                let id = "\(d.id)-\(k + 1)"
                units.append(AdminUnit(id: id, name: c, level: d.level == .city && k > 4 ? .ward : .commune, parentId: d.id, validFrom: nil, validTo: nil))
                communeIds.append(id)
                communeNames[id] = c
            }
        }
        let agencies = [
            Agency(id: "snn", name: "Sở Nông nghiệp và Phát triển nông thôn", shortName: "Sở NN&PTNT", level: .province),
            Agency(id: "sct", name: "Sở Công Thương", shortName: "Sở CT", level: .province),
            Agency(id: "skhcn", name: "Sở Khoa học và Công nghệ", shortName: "Sở KH&CN", level: .province),
            Agency(id: "svhttdl", name: "Sở Văn hóa, Thể thao và Du lịch", shortName: "Sở VHTTDL", level: .province),
            Agency(id: "stc", name: "Sở Tài chính", shortName: "Sở TC", level: .province),
        ]
        var tasks: [ConclusionTask] = []
        let titles = [("Tuyên truyền", "Communication"), ("Khoa học công nghệ", "Science and technology"), ("Vùng nguyên liệu", "Raw-material zones"),
                      ("Làng nghề", "Craft villages"), ("Vai trò cấp xã", "Commune-level role"), ("Kế hoạch và chính sách", "Plan and policies")]
        for (i, t) in titles.enumerated() {
            let actions = (0..<int(2...4)).map { k in
                TaskAction(id: "t\(i + 1)-a\(k + 1)", title: "Hành động \(k + 1) của nhiệm vụ \(t.0.lowercased())", ownerAgencyId: pick(agencies).id,
                           dueDate: date(2021...2026), doneDate: nil, progress: int(0...100))
            }
            let reports = (0..<int(1...4)).map { k in
                ProgressReport(id: "t\(i + 1)-r\(k + 1)", date: CivilDate(year: 2021 + k, month: 12, day: 15)!, agencyId: "snn",
                               periodKind: .year, period: "Năm \(2021 + k)", narrative: "Báo cáo tiến độ năm \(2021 + k).", figures: nil)
            }
            tasks.append(ConclusionTask(id: "task-\(i + 1)", ordinal: i + 1, shortTitle: t.0, shortTitleEn: t.1,
                                        text: "Nhiệm vụ \(i + 1): \(t.0).", leadAgencyId: "snn", coordinatingAgencyIds: ["sct", "skhcn"],
                                        deadline: i % 2 == 0 ? nil : date(2022...2026), ongoing: i % 2 == 0, completedOn: nil,
                                        progress: int(10...90), actions: actions, reports: reports, notes: []))
        }
        let producerCount = max(1, n * 10 / 22)
        var producers: [Producer] = []
        producers.reserveCapacity(producerCount)
        for i in 0..<producerCount {
            let type = pick(ProducerType.allCases)
            let brand = pick(brandWords)
            let commune = pick(communeIds)
            let name: String
            switch type {
            case .enterprise: name = "Công ty TNHH \(brand) \(i + 1)"
            case .cooperative: name = "HTX \(brand) \(communeNames[commune] ?? "")"
            case .cooperativeGroup: name = "Tổ hợp tác \(brand) \(i + 1)"
            case .household: name = "Hộ kinh doanh \(pick(familyNames)) \(pick(givenNames))"
            }
            producers.append(Producer(id: "pr-\(i + 1)", name: name, type: type, communeId: commune,
                                      representative: "\(pick(familyNames)) \(pick(givenNames))", registrationNumber: String(format: "36%08d", i + 1)))
        }
        let zoneCount = max(8, n / 500)
        var zones: [RawMaterialZone] = []
        let commodities = ["chôm chôm", "bưởi", "xoài", "tiêu", "cà phê", "điều", "ca cao", "sầu riêng", "heo", "gà"]
        for i in 0..<zoneCount {
            let c = commodities[i % commodities.count]
            let area = Double(int(100...7000))
            let certified = Double(int(0...Int(area / 4)))
            let chains = (0..<int(1...3)).map { k in
                LinkageChain(id: "z\(i + 1)-c\(k + 1)", name: "Chuỗi liên kết \(c) \(k + 1)", leadProducerId: pick(producers).id, leadName: "",
                             enterprises: int(1...3), cooperatives: int(0...4), households: int(10...300), areaHa: Double(int(10...300)), approvedByProvince: rng.next() % 2 == 0)
            }
            zones.append(RawMaterialZone(id: "zone-\(i + 1)", name: "Vùng \(c) \(i + 1)", commodity: c, kind: i % 10 >= 8 ? .livestock : .crop,
                                         communeIds: [pick(communeIds), pick(communeIds)], areaHa: area,
                                         certifiedAreas: [CertifiedArea(standard: .vietGAP, areaHa: certified)], highTech: rng.next() % 4 == 0,
                                         plantingAreaCodes: ["VN-DNOR-\(String(format: "%04d", i + 1))"], chains: chains,
                                         fourHas: FourHas(qualityValue: pick(Assessment.allCases), competitiveness: pick(Assessment.allCases),
                                                          market: pick(Assessment.allCases), efficiency: pick(Assessment.allCases))))
        }
        var products: [Product] = []
        products.reserveCapacity(n)
        for i in 0..<n {
            let stem = pick(productStems)
            let producer = producers[i % producers.count]
            let commune = producer.communeId
            let step = CycleStep(rawValue: int(1...6)) ?? .communication
            let set: CriteriaSet = .d148
            var evaluations: [Evaluation] = []
            var certificate: Certificate?
            if step >= .evaluation {
                let m = set.partMaxima
                let a = int(m.a / 2...m.a), b = int(m.b / 2...m.b), c = int(m.c / 2...m.c)
                let total = a + b + c
                let stars = Rules.stars(forTotal: total)
                // Evaluated under 148/QĐ-TTg (2024–2026) by the council the rules table allows on that day.
                let d = date(2024...2026)
                let council: CouncilLevel = stars >= 5 ? .central : (UnitTimeline.groupsByDistrict(on: d) && stars == 3 ? .district : .province)
                let decision = "\(int(100...999))/QĐ-UBND"
                evaluations.append(Evaluation(date: d, councilLevel: council, criteriaSet: set, scoreA: a, scoreB: b, scoreC: c,
                                              total: total, stars: stars, decisionNumber: decision, kind: .first))
                if Rules.isCertifiable(stars: stars) {
                    certificate = Certificate(stars: stars, decisionNumber: decision, issuedOn: d, expiresOn: Rules.certificateExpiry(issuedOn: d))
                }
            }
            products.append(Product(id: "p-\(i + 1)", name: "\(stem.0) \(pick(brandWords)) \(communeNames[commune] ?? "")", producerId: producer.id,
                                    communeId: commune, group: stem.1, subgroup: stem.2, criteriaSet: set, cycleStep: step,
                                    registeredYear: int(2021...2026), rejection: nil, evaluations: evaluations, certificate: certificate,
                                    standards: rng.next() % 3 == 0 ? [.vietGAP] : [], marks: rng.next() % 4 == 0 ? [IPMark(kind: .trademark, name: stem.0)] : [],
                                    zoneIds: rng.next() % 2 == 0 ? [zones[i % zones.count].id] : []))
        }
        let villageCount = max(6, n / 2000)
        let villages = (0..<villageCount).map { i in
            CraftVillage(id: "cv-\(i + 1)", name: "Làng nghề \(pick(["gốm", "mộc", "đúc gang", "rượu", "nấm", "bánh tráng"])) \(i + 1)", craft: pick(["gốm", "mộc", "đúc gang", "nấu rượu", "trồng nấm"]),
                         communeId: pick(communeIds), recognition: pick(CraftRecognition.allCases), recognizedOn: nil, households: int(20...400),
                         productIds: [products[i % max(products.count, 1)]].compactMap { n > 0 ? $0.id : nil })
        }
        let tourismCount = max(4, n / 2000)
        let tourism = (0..<tourismCount).map { i in
            TourismModel(id: "tm-\(i + 1)", name: "Mô hình du lịch \(i + 1)", type: pick(TourismType.allCases), communeId: pick(communeIds),
                         operatorName: pick(producers).name, operatorProducerId: nil, productIds: [], zoneId: zones[i % zones.count].id)
        }
        return Dataset(info: info, units: units, agencies: agencies, tasks: tasks, producers: producers, products: products,
                       zones: zones, craftVillages: villages, tourismModels: tourism)
    }
}
