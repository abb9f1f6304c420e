"""Bilingual demo content for the showcase section.

Pure data, no Django imports: Vietnamese source text with an English translation, written for
the demo agency "Sở Khoa học và Công nghệ tỉnh Hưng Yên". The showcase lists OCOP products
(ranked 3 to 5 stars under Decision 148/QĐ-TTg of 2023) and research results or technologies
that are open for transfer, already transferred or commercialized. Producers, projects, people,
numbers and contact details are invented for the demo; contact addresses use example.vn.

Shapes:

- ``PRODUCT_GROUPS`` / ``RESEARCH_FIELDS``: ``(slug, vietnamese name, english name)``.
- ``COMMUNES``: ``(slug, vietnamese name, english name, province slug)``. Since July 2025 there
  is no district level, so an address is a street line, a commune or ward and a province.
- ``OCOP_PRODUCTS``: dicts; text fields are ``(vi, en)`` pairs, ``group`` is a PRODUCT_GROUPS
  slug, ``commune`` a COMMUNES slug, ``decision_date`` an ISO date (certificates are valid for
  36 months), ``image`` is ``(title, colour, colour)`` for a generated picture.
- ``TECHNOLOGIES``: dicts; ``field`` is a RESEARCH_FIELDS slug, ``advantages`` and
  ``applications`` are lists of ``(vi, en)`` pairs, ``story`` is None or a dict with partner,
  year and outcome for commercialized results.

Every Vietnamese string is unique, because translations are matched by source text.
"""

# (slug, vietnamese name, english name) -- the six OCOP product groups
PRODUCT_GROUPS = [
    ("thuc-pham", "Thực phẩm", "Food"),
    ("do-uong", "Đồ uống", "Beverages"),
    ("duoc-lieu", "Dược liệu và sản phẩm từ dược liệu", "Medicinal herbs and herbal products"),
    ("thu-cong-my-nghe", "Thủ công mỹ nghệ", "Handicrafts"),
    ("sinh-vat-canh", "Hoa, cây cảnh, động vật cảnh", "Ornamental flowers, plants and animals"),
    (
        "du-lich-nong-thon",
        "Dịch vụ du lịch cộng đồng, du lịch nông thôn và điểm du lịch",
        "Community and rural tourism services",
    ),
]

# (slug, vietnamese name, english name) -- research fields of the technologies
RESEARCH_FIELDS = [
    (
        "nong-nghiep-cong-nghe-sinh-hoc",
        "Nông nghiệp và công nghệ sinh học",
        "Agriculture and biotechnology",
    ),
    ("che-bien-thuc-pham", "Chế biến thực phẩm", "Food processing"),
    ("cong-nghe-thong-tin", "Công nghệ thông tin", "Information technology"),
    ("co-khi-tu-dong-hoa", "Cơ khí và tự động hóa", "Mechanics and automation"),
    ("moi-truong-nang-luong", "Môi trường và năng lượng", "Environment and energy"),
    ("y-duoc", "Y tế và dược phẩm", "Health and pharmacy"),
    ("vat-lieu", "Vật liệu", "Materials"),
    ("linh-vuc-khac", "Lĩnh vực khác", "Other fields"),
]

# (slug, vietnamese name, english name, province slug)
COMMUNES = [
    ("phuong-pho-hien", "Phường Phố Hiến", "Pho Hien Ward", "hung-yen"),
    ("phuong-my-hao", "Phường Mỹ Hào", "My Hao Ward", "hung-yen"),
    ("phuong-thai-binh", "Phường Thái Bình", "Thai Binh Ward", "hung-yen"),
    ("xa-van-giang", "Xã Văn Giang", "Van Giang Commune", "hung-yen"),
    ("xa-khoai-chau", "Xã Khoái Châu", "Khoai Chau Commune", "hung-yen"),
    ("xa-tien-lu", "Xã Tiên Lữ", "Tien Lu Commune", "hung-yen"),
    ("xa-phu-cu", "Xã Phù Cừ", "Phu Cu Commune", "hung-yen"),
    ("phuong-hoa-thuan", "Phường Hòa Thuận", "Hoa Thuan Ward", "vinh-long"),
]

OCOP_PRODUCTS = [
    {
        "slug": ("nhan-long-pho-hien", "pho-hien-longan"),
        "title": ("Nhãn lồng Phố Hiến", "Pho Hien longan"),
        "summary": (
            "Nhãn lồng quả to, cùi dày, ráo nước và ngọt đậm, được trồng theo quy trình VietGAP "
            "trên vùng đất bãi ven sông Hồng.",
            "Large longans with thick, dry and intensely sweet flesh, grown to VietGAP standards "
            "on the alluvial land along the Red River.",
        ),
        "group": "thuc-pham",
        "score": 84,
        "producer": ("Hợp tác xã Nhãn lồng Phố Hiến", "Pho Hien Longan Cooperative"),
        "producer_type": "cooperative",
        "tax_code": "0900123456",
        "street": ("Số 18 đường Bãi Sậy", "18 Bai Say Street"),
        "commune": "phuong-pho-hien",
        "phone": "0221 3 555 123",
        "email": "lienhe@nhanlong.example.vn",
        "website": "https://nhanlong.example.vn",
        "decision_number": "1285/QĐ-UBND",
        "decision_date": "2024-12-16",
        "description": [
            (
                "Nhãn gắn bó với đất Phố Hiến từ hàng trăm năm nay. Chữ “lồng” trong tên gọi bắt "
                "nguồn từ chiếc lồng tre mà người xưa dùng để trùm lên chùm quả, giữ cho những "
                "chùm nhãn ngon nhất khỏi chim và dơi trước khi đem dâng tiến.",
                "Longan has belonged to the land of Pho Hien for centuries. The word “long” in "
                "its Vietnamese name refers to the bamboo cages people once placed over the "
                "bunches to keep birds and bats away from the finest fruit before it was sent "
                "as a tribute.",
            ),
            (
                "Hợp tác xã có 42 hộ thành viên canh tác trên 35 ha, toàn bộ diện tích được chứng "
                "nhận VietGAP. Nhật ký sản xuất được ghi chép đầy đủ và mỗi lô hàng đều có mã QR "
                "để người mua tra cứu vườn trồng, ngày thu hái và kết quả kiểm nghiệm.",
                "The cooperative has 42 member households farming 35 hectares, all of it "
                "VietGAP certified. Every farm keeps a production log, and each batch carries "
                "a QR code that shows buyers the orchard, the picking date and the test results.",
            ),
            (
                "Nhãn được thu hoạch từ giữa tháng 7 đến cuối tháng 8, phân loại ngay tại nhà sơ "
                "chế của hợp tác xã rồi vận chuyển bằng xe lạnh tới các hệ thống bán lẻ tại Hà "
                "Nội và các tỉnh lân cận.",
                "The fruit is picked from mid-July to the end of August, graded in the "
                "cooperative's packing house and shipped in refrigerated trucks to retailers in "
                "Hanoi and the neighbouring provinces.",
            ),
        ],
        "specifications": (
            "Quả loại 1 đạt 55–60 quả/kg, độ ngọt từ 20 độ Brix trở lên; đóng hộp carton 2 kg và "
            "5 kg có lót lưới xốp.",
            "Grade 1 fruit runs 55 to 60 to the kilogram with at least 20 degrees Brix; packed "
            "in 2 kg and 5 kg cartons lined with foam netting.",
        ),
        "price": (
            "Từ 60.000 đến 80.000 đồng/kg tùy loại và thời điểm thu hoạch",
            "VND 60,000 to 80,000 per kg depending on grade and harvest time",
        ),
        "where_to_buy": (
            "Tại vườn của hợp tác xã, các siêu thị ở Hưng Yên và Hà Nội, gian hàng OCOP trên các "
            "sàn thương mại điện tử.",
            "At the cooperative's orchards, in supermarkets in Hung Yen and Hanoi, and from its "
            "OCOP stores on e-commerce platforms.",
        ),
        "traceability_url": "https://truyxuat.example.vn/nhan-long-pho-hien",
        "image": ("Chùm nhãn lồng chín vàng", "#8a5a00", "#e3b341"),
        "translate": True,
    },
    {
        "slug": ("cha-ga-tieu-quan", "tieu-quan-chicken-patties"),
        "title": ("Chả gà Tiểu Quan", "Tieu Quan chicken patties"),
        "summary": (
            "Món chả làm từ thịt và da gà ta giã tay, trộn lá chanh, hạt tiêu và nước mắm, rán "
            "vàng theo công thức truyền thống của làng Tiểu Quan.",
            "Patties of hand-pounded free-range chicken and chicken skin, seasoned with lime "
            "leaves, black pepper and fish sauce and fried golden to the Tieu Quan village "
            "recipe.",
        ),
        "group": "thuc-pham",
        "score": 76,
        "producer": (
            "Hộ kinh doanh Chả gà Bà Lan Tiểu Quan",
            "Ba Lan Tieu Quan Chicken Patties (household business)",
        ),
        "producer_type": "household",
        "tax_code": "8034567812",
        "street": ("Thôn Tiểu Quan", "Tieu Quan Village"),
        "commune": "xa-phu-cu",
        "phone": "0221 3 854 216",
        "email": "lienhe@chagatieuquan.example.vn",
        "website": "",
        "decision_number": "2031/QĐ-UBND",
        "decision_date": "2025-03-20",
        "description": [
            (
                "Chả gà Tiểu Quan là món ăn quen thuộc trong mâm cỗ ngày Tết và dịp lễ hội của "
                "người dân vùng Phù Cừ. Thịt gà được lọc xương, giã cùng mỡ lợn đến khi dẻo quánh, "
                "sau đó nặn thành miếng dẹt và rán trên chảo gang.",
                "Tieu Quan chicken patties are a fixture of Tet and festival feasts in the Phu Cu "
                "area. The chicken is boned and pounded with pork fat into a smooth paste, then "
                "shaped into flat rounds and fried in a cast-iron pan.",
            ),
            (
                "Cơ sở của gia đình bà Lan nhận gà từ các trại chăn nuôi được kiểm soát trong xã, "
                "đầu tư tủ cấp đông và máy hút chân không để sản phẩm giữ được hương vị khi giao "
                "đi xa.",
                "Mrs Lan's family business buys its chickens from monitored farms in the commune "
                "and has invested in a blast freezer and a vacuum sealer so the patties keep "
                "their flavour on long journeys.",
            ),
        ],
        "specifications": (
            "Túi hút chân không 500 g, bảo quản đông lạnh ở âm 18 độ C trong 3 tháng.",
            "Vacuum-sealed 500 g packs that keep for three months frozen at minus 18 °C.",
        ),
        "price": ("145.000 đồng/túi 500 g", "VND 145,000 per 500 g pack"),
        "where_to_buy": (
            "Đặt hàng qua điện thoại, tại cơ sở sản xuất và các cửa hàng đặc sản Hưng Yên.",
            "By phone, at the workshop and in Hung Yen speciality food shops.",
        ),
        "traceability_url": "",
        "image": ("Đĩa chả gà vàng ruộm", "#7a3b12", "#d9893b"),
        "translate": True,
    },
    {
        "slug": ("tuong-ban-yen-nhan", "ban-yen-nhan-soybean-paste"),
        "title": ("Tương Bần Yên Nhân", "Ban Yen Nhan fermented soybean paste"),
        "summary": (
            "Tương nếp lên men tự nhiên trong chum sành, có vị ngọt dịu, mùi thơm đặc trưng của "
            "đậu tương rang và mốc vàng.",
            "Glutinous rice and soybean paste fermented naturally in earthenware jars, mildly "
            "sweet with the distinctive aroma of roasted soybeans and yellow koji.",
        ),
        "group": "thuc-pham",
        "score": 73,
        "producer": (
            "Công ty TNHH Tương Bần Yên Nhân",
            "Ban Yen Nhan Soybean Paste Company Limited",
        ),
        "producer_type": "enterprise",
        "tax_code": "0900456789",
        "street": ("Số 12 phố Bần", "12 Ban Street"),
        "commune": "phuong-my-hao",
        "phone": "0221 3 942 507",
        "email": "kinhdoanh@tuongban.example.vn",
        "website": "https://tuongban.example.vn",
        "decision_number": "1712/QĐ-UBND",
        "decision_date": "2023-08-25",
        "description": [
            (
                "Tương Bần được làm từ ba nguyên liệu chính là gạo nếp, đậu tương và muối. Xôi nếp "
                "được ủ mốc, đậu tương rang vàng rồi ngâm, sau đó tất cả được trộn đều và phơi "
                "nắng trong chum sành từ hai đến ba tháng.",
                "Ban paste is made from three main ingredients: glutinous rice, soybeans and "
                "salt. Steamed sticky rice is left to grow its mould, the soybeans are roasted "
                "and soaked, and everything is then mixed and left to mature in earthenware jars "
                "in the sun for two to three months.",
            ),
            (
                "Doanh nghiệp giữ nguyên cách làm truyền thống nhưng đã chuẩn hóa công thức, lắp "
                "đặt dây chuyền chiết rót và được cấp giấy chứng nhận cơ sở đủ điều kiện an toàn "
                "thực phẩm.",
                "The company keeps the traditional method but has standardised its recipe, "
                "installed a bottling line and holds a food safety compliance certificate.",
            ),
        ],
        "specifications": (
            "Chai thủy tinh 500 ml và can nhựa 2 lít, hạn sử dụng 12 tháng.",
            "500 ml glass bottles and 2-litre plastic canisters, with a 12-month shelf life.",
        ),
        "price": ("35.000 đồng/chai 500 ml", "VND 35,000 per 500 ml bottle"),
        "where_to_buy": (
            "Các chợ, cửa hàng thực phẩm tại Hưng Yên, Hà Nội và website của doanh nghiệp.",
            "Markets and grocery shops in Hung Yen and Hanoi, and the company's website.",
        ),
        "traceability_url": "https://truyxuat.example.vn/tuong-ban-yen-nhan",
        "image": ("Chum tương Bần phơi nắng", "#5d3a1a", "#c8963e"),
        "translate": True,
    },
    {
        "slug": ("tra-sen-uop-hoa-da-trach", "da-trach-lotus-scented-tea"),
        "title": ("Trà sen ướp hoa tươi Dạ Trạch", "Da Trach fresh lotus-scented tea"),
        "summary": (
            "Chè xanh thượng hạng được ướp nhiều lần với gạo sen từ hoa sen tươi của đầm Dạ Trạch, "
            "cho nước xanh trong và hương sen thanh, bền.",
            "Premium green tea scented several times over with the stamens of fresh lotus "
            "flowers from the Da Trach lagoon, brewing a clear green liquor with a clean, "
            "lasting lotus fragrance.",
        ),
        "group": "do-uong",
        "score": 92,
        "producer": ("Công ty Cổ phần Hương Sen Xích Đằng", "Xich Dang Lotus Fragrance JSC"),
        "producer_type": "enterprise",
        "tax_code": "0901234870",
        "street": (
            "Thôn Yên Vĩnh, đường ven đầm Dạ Trạch",
            "Yen Vinh Village, Da Trach lagoon road",
        ),
        "commune": "xa-khoai-chau",
        "phone": "0221 3 910 668",
        "email": "info@huongsen.example.vn",
        "website": "https://huongsen.example.vn",
        "decision_number": "4125/QĐ-BNNMT",
        "decision_date": "2025-11-14",
        "description": [
            (
                "Mỗi mùa sen, công nhân ra đầm từ lúc trời chưa sáng để hái những bông sen vừa hé "
                "nở. Gạo sen được tách ngay trong buổi sáng và ướp với chè theo từng lớp, mỗi "
                "kilogam trà thành phẩm cần khoảng 1.200 bông sen.",
                "Throughout the lotus season, workers go out on the lagoon before dawn to pick "
                "blooms that are just opening. The stamens are separated the same morning and "
                "layered with the tea; each kilogram of finished tea takes about 1,200 flowers.",
            ),
            (
                "Doanh nghiệp áp dụng hệ thống quản lý chất lượng theo ISO 22000, phối hợp với "
                "hợp tác xã trồng sen để bảo vệ vùng nguyên liệu và đã đưa sản phẩm sang thị "
                "trường Nhật Bản, Hàn Quốc.",
                "The company runs an ISO 22000 quality management system, works with the lotus "
                "growers' cooperative to protect the growing area and already exports to Japan "
                "and South Korea.",
            ),
            (
                "Sản phẩm được Bộ Nông nghiệp và Môi trường công nhận đạt hạng 5 sao, là sản phẩm "
                "OCOP tiêu biểu cấp quốc gia của tỉnh.",
                "The Ministry of Agriculture and Environment ranked the tea at five stars, making "
                "it one of the province's flagship national OCOP products.",
            ),
        ],
        "specifications": (
            "Hộp sơn mài 100 g và 200 g, bên trong là túi giấy bạc hàn kín; hạn sử dụng 18 tháng.",
            "100 g and 200 g lacquer boxes with a sealed foil pouch inside; 18-month shelf life.",
        ),
        "price": ("650.000 đồng/hộp 100 g", "VND 650,000 per 100 g box"),
        "where_to_buy": (
            "Cửa hàng của công ty tại Khoái Châu, các điểm bán OCOP, sân bay Nội Bài và sàn "
            "thương mại điện tử.",
            "The company's shop in Khoai Chau, OCOP outlets, Noi Bai airport and e-commerce "
            "platforms.",
        ),
        "traceability_url": "https://truyxuat.example.vn/tra-sen-da-trach",
        "image": ("Hộp trà sen và bông sen trắng", "#1f5f4a", "#f0c7d3"),
        "translate": True,
    },
    {
        "slug": ("mat-ong-hoa-nhan-hai-trieu", "hai-trieu-longan-blossom-honey"),
        "title": ("Mật ong hoa nhãn Hải Triều", "Hai Trieu longan blossom honey"),
        "summary": (
            "Mật ong khai thác từ những đàn ong nuôi trong vườn nhãn vào mùa hoa tháng 3, tháng 4, "
            "màu vàng sáng và thơm mùi hoa nhãn.",
            "Honey from colonies kept in longan orchards during the March and April bloom, "
            "bright gold and scented with longan blossom.",
        ),
        "group": "thuc-pham",
        "score": 66,
        "producer": ("Tổ hợp tác Nuôi ong Hải Triều", "Hai Trieu Beekeeping Group"),
        "producer_type": "cooperative_group",
        "tax_code": "0901567234",
        "street": ("Thôn Hải Triều", "Hai Trieu Village"),
        "commune": "xa-tien-lu",
        "phone": "0221 3 873 390",
        "email": "matong@haitrieu.example.vn",
        "website": "",
        "decision_number": "956/QĐ-UBND",
        "decision_date": "2026-04-10",
        "description": [
            (
                "Tổ hợp tác gồm 15 hộ, nuôi khoảng 600 đàn ong nội và ong ngoại. Các thành viên "
                "cam kết không dùng kháng sinh trong mùa khai thác và chỉ quay mật khi phần lớn "
                "cầu mật đã vít nắp.",
                "The group brings together 15 households with around 600 colonies of native and "
                "European bees. Members use no antibiotics during the harvest season and only "
                "extract honey once most of the combs have been capped.",
            ),
            (
                "Sau khi quay, mật được lọc, hạ thủy phần bằng máy cô chân không nhiệt độ thấp và "
                "gửi mẫu kiểm nghiệm trước khi đóng chai.",
                "After extraction the honey is filtered, its moisture is lowered in a "
                "low-temperature vacuum evaporator and samples are sent for testing before "
                "bottling.",
            ),
        ],
        "specifications": (
            "Độ ẩm không quá 20%; chai thủy tinh 500 ml và 1 lít.",
            "Moisture no higher than 20%; 500 ml and 1-litre glass bottles.",
        ),
        "price": ("180.000 đồng/chai 500 ml", "VND 180,000 per 500 ml bottle"),
        "where_to_buy": (
            "Tại nhà các hộ thành viên và hội chợ nông sản của tỉnh.",
            "From member households and at the province's farm produce fairs.",
        ),
        "traceability_url": "",
        "image": ("Khung cầu ong bên vườn nhãn", "#a36a00", "#f5d061"),
        "translate": True,
    },
    {
        "slug": ("quat-canh-van-giang", "van-giang-ornamental-kumquat"),
        "title": ("Quất cảnh Văn Giang", "Van Giang ornamental kumquat"),
        "summary": (
            "Cây quất trồng chậu được tạo dáng công phu, quả chín vàng đều đúng dịp Tết Nguyên "
            "đán, là sản phẩm chủ lực của làng hoa cây cảnh Văn Giang.",
            "Potted kumquat trees carefully trained into shape, with fruit that ripens evenly "
            "in time for the Lunar New Year; a mainstay of the Van Giang flower and plant "
            "village.",
        ),
        "group": "sinh-vat-canh",
        "score": 80,
        "producer": (
            "Hợp tác xã Sinh vật cảnh Xuân Quan",
            "Xuan Quan Ornamental Plants Cooperative",
        ),
        "producer_type": "cooperative",
        "tax_code": "0900789012",
        "street": ("Thôn Xuân Quan", "Xuan Quan Village"),
        "commune": "xa-van-giang",
        "phone": "0221 3 931 145",
        "email": "lienhe@caycanhxuanquan.example.vn",
        "website": "https://caycanhxuanquan.example.vn",
        "decision_number": "2877/QĐ-UBND",
        "decision_date": "2025-12-05",
        "description": [
            (
                "Nghề trồng quất cảnh ở Văn Giang đòi hỏi gần một năm chăm sóc: bón phân, tỉa "
                "cành, uốn dáng và điều khiển để cây ra hoa, đậu quả vào đúng thời điểm.",
                "Growing ornamental kumquats in Van Giang takes almost a year of work: feeding, "
                "pruning, training the branches and timing the trees so they flower and set "
                "fruit at exactly the right moment.",
            ),
            (
                "Hợp tác xã đã áp dụng tưới nhỏ giọt, giá thể hữu cơ và quy trình phòng trừ sâu "
                "bệnh tổng hợp. Mỗi chậu được gắn thẻ hướng dẫn chăm sóc để cây giữ quả lâu sau "
                "Tết.",
                "The cooperative uses drip irrigation, organic growing media and integrated pest "
                "management. Each pot carries a care tag so that the tree keeps its fruit long "
                "after Tet.",
            ),
        ],
        "specifications": (
            "Cây cao từ 0,8 đến 2 m, trồng trong chậu sành hoặc chậu composite; giao hàng kèm "
            "giá đỡ và bọc bảo vệ.",
            "Trees 0.8 to 2 metres tall in ceramic or composite pots, delivered with a support "
            "frame and protective wrapping.",
        ),
        "price": (
            "Từ 500.000 đến 5.000.000 đồng/chậu tùy dáng và kích cỡ",
            "VND 500,000 to 5,000,000 per pot depending on shape and size",
        ),
        "where_to_buy": (
            "Tại vườn ở Xuân Quan, chợ hoa Tết tại Hà Nội và đặt hàng trực tuyến.",
            "At the Xuan Quan gardens, Tet flower markets in Hanoi and online orders.",
        ),
        "traceability_url": "",
        "image": ("Chậu quất cảnh sai quả", "#2e6b1f", "#f2a516"),
        "translate": True,
    },
    {
        "slug": ("tinh-bot-nghe-vang-khoai-chau", "khoai-chau-yellow-turmeric-starch"),
        "title": ("Tinh bột nghệ vàng Khoái Châu", "Khoai Chau yellow turmeric starch"),
        "summary": (
            "Tinh bột nghệ được tách từ củ nghệ vàng trồng trên đất bãi Khoái Châu, đã loại bỏ "
            "phần lớn tinh dầu và chất xơ nên dễ uống.",
            "Turmeric starch extracted from yellow turmeric grown on the Khoai Chau riverside "
            "flats, with most of the essential oil and fibre removed so it is easy to drink.",
        ),
        "group": "duoc-lieu",
        "score": 71,
        "producer": (
            "Chi nhánh Công ty Cổ phần Dược liệu Nghĩa Trai tại Khoái Châu",
            "Khoai Chau Branch of Nghia Trai Herbal Medicine JSC",
        ),
        "producer_type": "enterprise",
        "tax_code": "0900987654-001",
        "street": ("Khu sản xuất thôn Đông Kết", "Dong Ket Village production site"),
        "commune": "xa-khoai-chau",
        "phone": "0221 3 712 480",
        "email": "chinhanh.khoaichau@duoclieu.example.vn",
        "website": "https://duoclieu.example.vn",
        "decision_number": "1540/QĐ-UBND",
        "decision_date": "2024-08-19",
        "description": [
            (
                "Nghệ được thu hoạch khi củ đủ 10 tháng tuổi, rửa sạch, xay nhuyễn rồi lọc và lắng "
                "nhiều lần bằng nước sạch. Phần tinh bột thu được sấy ở nhiệt độ thấp để giữ màu "
                "vàng tự nhiên.",
                "The turmeric is lifted once the rhizomes are ten months old, washed, finely "
                "ground, then filtered and settled several times in clean water. The starch is "
                "dried at a low temperature to keep its natural yellow colour.",
            ),
            (
                "Chi nhánh liên kết với 60 hộ dân trồng nghệ theo hướng hữu cơ, bao tiêu toàn bộ "
                "sản lượng và hỗ trợ giống, phân bón vi sinh.",
                "The branch works with 60 households growing turmeric organically, buys their "
                "whole crop and supplies planting material and microbial fertiliser.",
            ),
        ],
        "specifications": (
            "Hàm lượng curcumin từ 3% trở lên; hũ thủy tinh 250 g và 500 g.",
            "Curcumin content of at least 3%; 250 g and 500 g glass jars.",
        ),
        "price": ("320.000 đồng/hũ 500 g", "VND 320,000 per 500 g jar"),
        "where_to_buy": (
            "Nhà thuốc, cửa hàng thực phẩm sạch và gian hàng OCOP của tỉnh Hưng Yên.",
            "Pharmacies, organic food shops and Hung Yen's OCOP outlets.",
        ),
        "traceability_url": "https://truyxuat.example.vn/tinh-bot-nghe-khoai-chau",
        "image": ("Hũ tinh bột nghệ vàng", "#9c5b00", "#f7c21a"),
        "translate": True,
    },
    {
        "slug": ("den-tre-dan-thu-sy", "thu-sy-woven-bamboo-lamps"),
        "title": ("Đèn trang trí tre đan Thủ Sỹ", "Thu Sy woven bamboo lamps"),
        "summary": (
            "Đèn trang trí đan bằng nan tre vót tay theo kỹ thuật của làng nghề đan đó Thủ Sỹ, "
            "phù hợp cho quán cà phê, nhà hàng và homestay.",
            "Decorative lamps woven from hand-split bamboo strips using the techniques of the "
            "Thu Sy fish-trap weaving village, suited to cafés, restaurants and homestays.",
        ),
        "group": "thu-cong-my-nghe",
        "score": 63,
        "producer": ("Hộ kinh doanh Tre đan Thủ Sỹ", "Thu Sy Bamboo Weaving (household business)"),
        "producer_type": "household",
        "tax_code": "8045671239",
        "street": ("Xóm Đông, thôn Thủ Sỹ", "Dong Hamlet, Thu Sy Village"),
        "commune": "xa-tien-lu",
        "phone": "0221 3 876 254",
        "email": "tredan@thusy.example.vn",
        "website": "",
        "decision_number": "957/QĐ-UBND",
        "decision_date": "2026-04-10",
        "description": [
            (
                "Làng Thủ Sỹ nổi tiếng với nghề đan đó, lờ bắt cá. Khi nhu cầu dụng cụ đánh bắt "
                "giảm, các nghệ nhân đã chuyển sang đan chao đèn, giỏ và đồ trang trí nội thất.",
                "Thu Sy village is known for weaving fish traps. As demand for fishing gear fell, "
                "its craftspeople turned to weaving lampshades, baskets and home decorations.",
            ),
            (
                "Tre được ngâm bùn và hun khói để chống mối mọt, sau đó phủ dầu tự nhiên. Mỗi "
                "chiếc đèn cần từ một đến ba ngày công tùy kích thước và độ phức tạp của hoa văn.",
                "The bamboo is soaked in mud and smoked against termites and borers, then "
                "finished with natural oil. Each lamp takes one to three days of work depending "
                "on its size and the complexity of the pattern.",
            ),
        ],
        "specifications": (
            "Đường kính từ 25 đến 60 cm, kèm đui đèn và dây điện đạt chuẩn; đóng thùng carton "
            "có chèn giấy tổ ong.",
            "25 to 60 cm in diameter, supplied with a certified lamp holder and cable; packed "
            "in cartons with honeycomb paper padding.",
        ),
        "price": ("Từ 250.000 đến 900.000 đồng/chiếc", "VND 250,000 to 900,000 per lamp"),
        "where_to_buy": (
            "Tại xưởng ở thôn Thủ Sỹ và qua trang bán hàng trực tuyến của hộ kinh doanh.",
            "At the workshop in Thu Sy village and through the business's online shop.",
        ),
        "traceability_url": "",
        "image": ("Đèn tre đan tỏa sáng", "#6b4f1d", "#e8c07a"),
        "translate": False,
    },
    {
        "slug": ("diem-du-lich-dam-sen-da-trach", "da-trach-lotus-lagoon-farm-stay"),
        "title": (
            "Điểm du lịch trải nghiệm Đầm sen Dạ Trạch",
            "Da Trach lotus lagoon farm experience",
        ),
        "summary": (
            "Điểm du lịch nông thôn bên đầm sen gần khu di tích Chử Đồng Tử, nơi du khách chèo "
            "thuyền hái sen, học ướp trà và thưởng thức ẩm thực đồng quê.",
            "A rural tourism site on a lotus lagoon near the Chu Dong Tu heritage site, where "
            "visitors row out to pick lotus, learn to scent tea and enjoy country cooking.",
        ),
        "group": "du-lich-nong-thon",
        "score": 74,
        "producer": (
            "Hợp tác xã Dịch vụ nông nghiệp và du lịch Dạ Trạch",
            "Da Trach Agriculture and Tourism Services Cooperative",
        ),
        "producer_type": "cooperative",
        "tax_code": "0901345678",
        "street": (
            "Thôn Yên Vĩnh, cạnh khu di tích Chử Đồng Tử",
            "Yen Vinh Village, by the Chu Dong Tu heritage site",
        ),
        "commune": "xa-khoai-chau",
        "phone": "0221 3 915 077",
        "email": "dulich@damsen.example.vn",
        "website": "https://damsen.example.vn",
        "decision_number": "2460/QĐ-UBND",
        "decision_date": "2025-10-06",
        "description": [
            (
                "Hợp tác xã cải tạo 8 ha đầm sen, xây dựng cầu gỗ, nhà chờ và khu ẩm thực từ vật "
                "liệu địa phương. Người dân trong thôn trực tiếp làm hướng dẫn viên, chèo thuyền "
                "và nấu ăn cho khách.",
                "The cooperative has restored 8 hectares of lotus lagoon and built wooden "
                "walkways, shelters and a dining area from local materials. Villagers work as "
                "guides, boat rowers and cooks.",
            ),
            (
                "Mùa cao điểm kéo dài từ tháng 5 đến tháng 8. Ngoài mùa sen, điểm du lịch tổ chức "
                "trải nghiệm làm nông, câu cá và tham quan vườn nhãn cổ.",
                "The peak season runs from May to August. Outside the lotus season the site "
                "offers farming activities, fishing and visits to old longan orchards.",
            ),
        ],
        "specifications": (
            "Đón tối đa 300 khách/ngày; có bãi đỗ xe, nhà vệ sinh đạt chuẩn và khu vui chơi cho "
            "trẻ em.",
            "Up to 300 visitors a day; car park, up-to-standard toilets and a children's play "
            "area.",
        ),
        "price": (
            "Vé tham quan 50.000 đồng/người; gói trải nghiệm nửa ngày 250.000 đồng/người",
            "Admission VND 50,000 per person; half-day experience package VND 250,000 per person",
        ),
        "where_to_buy": (
            "Đặt vé tại quầy, qua điện thoại hoặc qua các công ty lữ hành liên kết.",
            "Tickets at the gate, by phone or through partner travel agencies.",
        ),
        "traceability_url": "",
        "image": ("Thuyền nan giữa đầm sen", "#236b5a", "#f4a6bd"),
        "translate": True,
    },
]

TECHNOLOGIES = [
    {
        "slug": (
            "quy-trinh-nhan-giong-dua-sap-bang-nuoi-cay-phoi",
            "wax-coconut-propagation-by-embryo-culture",
        ),
        "title": (
            "Quy trình nhân giống dừa sáp bằng kỹ thuật nuôi cấy phôi hữu tính",
            "Propagating wax coconut by zygotic embryo culture",
        ),
        "summary": (
            "Phôi được tách từ trái dừa sáp và nuôi cấy trong phòng thí nghiệm để tạo cây con, "
            "khắc phục việc trái dừa sáp không tự nảy mầm. Cây giống được huấn luyện trong vườn "
            "ươm trước khi trồng, cho tỷ lệ trái sáp cao hơn hẳn cây trồng từ trái giống thông "
            "thường. Quy trình do Trường Đại học Trà Vinh, nay thuộc tỉnh Vĩnh Long, nghiên cứu "
            "và làm chủ.",
            "Embryos are taken from wax coconuts and grown in the laboratory into plantlets, "
            "getting round the fact that wax coconuts cannot germinate on their own. The "
            "seedlings are hardened off in a nursery before planting and bear a much higher "
            "share of wax fruit than trees raised from ordinary seed nuts. The process was "
            "developed and mastered by Tra Vinh University, now in Vinh Long province.",
        ),
        "field": "nong-nghiep-cong-nghe-sinh-hoc",
        "advantages": [
            (
                "Cây trồng từ phôi nuôi cấy cho tỷ lệ trái sáp cao gấp nhiều lần cách trồng truyền "
                "thống",
                "Trees from cultured embryos bear several times more wax fruit than "
                "conventionally raised trees",
            ),
            (
                "Chủ động sản xuất cây giống đồng đều, sạch bệnh quanh năm",
                "Uniform, disease-free seedlings can be produced all year round",
            ),
            (
                "Đã được kiểm chứng qua nhiều năm sản xuất cây giống thực tế",
                "Proven over several years of commercial seedling production",
            ),
        ],
        "applications": [
            (
                "Cung cấp cây giống dừa sáp cho nhà vườn và hợp tác xã",
                "Supplying wax coconut seedlings to growers and cooperatives",
            ),
            (
                "Chuyển giao cho phòng nuôi cấy mô của doanh nghiệp giống cây trồng",
                "Transfer to the tissue culture laboratories of seedling companies",
            ),
        ],
        "trl": 9,
        "ip_type": "none",
        "ip_number": "",
        "ip_status": "",
        "project": (
            "Nghiên cứu hoàn thiện quy trình nhân giống dừa sáp bằng kỹ thuật nuôi cấy phôi hữu "
            "tính",
            "Refining the propagation of wax coconut by zygotic embryo culture",
        ),
        "project_code": "",
        "host": ("Trường Đại học Trà Vinh", "Tra Vinh University"),
        "authors": "Nhóm nghiên cứu công nghệ sinh học, Trường Đại học Trà Vinh",
        "state_funded": True,
        "transfer_modes": ["license", "consulting"],
        "price": None,
        "currency": "VND",
        "negotiable": True,
        "status": "commercialized",
        "story": {
            "partner": (
                "Các nhà vườn trồng dừa sáp tại xã Cầu Kè",
                "Wax coconut growers in Cau Ke commune",
            ),
            "year": 2023,
            "outcome": (
                "Nhiều nghìn cây giống nuôi cấy phôi đã đến tay nhà vườn, giúp mở rộng diện tích "
                "dừa sáp, một loại cây cho thu nhập cao của địa phương.",
                "Several thousand embryo-cultured seedlings have reached growers, expanding the "
                "area under wax coconut, one of the area's most profitable crops.",
            ),
        },
        "owner_name": (
            "Phòng Khoa học và Công nghệ, Trường Đại học Trà Vinh",
            "Office of Science and Technology, Tra Vinh University",
        ),
        "owner_email": "khcn@tvu.example.vn",
        "owner_phone": "0294 3 600 125",
        "commune": "phuong-hoa-thuan",
        "image": ("Cây dừa sáp nuôi cấy phôi", "#1b5e20", "#8bc34a"),
        "translate": True,
    },
    {
        "slug": ("giong-nhan-chin-muon-ph-m12", "ph-m12-late-ripening-longan"),
        "title": ("Giống nhãn chín muộn PH-M12", "PH-M12 late-ripening longan variety"),
        "summary": (
            "Giống nhãn chín muộn hơn nhãn chính vụ từ ba đến bốn tuần, quả to, cùi dày và ít "
            "bị sâu đục quả. Giống giúp kéo dài mùa nhãn và bán được giá cao hơn khi thị trường "
            "khan hàng.",
            "A longan variety that ripens three to four weeks after the main crop, with large "
            "fruit, thick flesh and little fruit borer damage. It lengthens the longan season "
            "and fetches better prices when supply is short.",
        ),
        "field": "nong-nghiep-cong-nghe-sinh-hoc",
        "advantages": [
            (
                "Thu hoạch vào giữa tháng 9, tránh thời điểm nhãn chính vụ rớt giá",
                "Harvested in mid-September, after main-crop prices have dropped",
            ),
            (
                "Năng suất ổn định, ít ra quả cách năm",
                "Steady yields with little alternate bearing",
            ),
            (
                "Có thể ghép cải tạo trên vườn nhãn cũ, cho quả sau hai năm",
                "Can be top-worked onto old orchards and fruits within two years",
            ),
        ],
        "applications": [
            (
                "Ghép cải tạo vườn nhãn già cỗi ở vùng bãi ven sông",
                "Top-working ageing longan orchards on the riverside flats",
            ),
            (
                "Sản xuất cây giống cho các hợp tác xã trồng nhãn",
                "Producing grafted seedlings for longan cooperatives",
            ),
        ],
        "trl": 9,
        "ip_type": "plant_variety",
        "ip_number": "312.VN.2024",
        "ip_status": "granted",
        "project": (
            "Tuyển chọn và phát triển giống nhãn chín muộn chất lượng cao tại Hưng Yên",
            "Selecting and developing a high-quality late-ripening longan for Hung Yen",
        ),
        "project_code": "ĐTKHCN.05/2020",
        "host": (
            "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Hưng Yên",
            "Hung Yen Centre for the Application of Scientific and Technological Advances",
        ),
        "authors": "TS. Đỗ Văn Hùng; KS. Lê Thị Mai; KS. Phạm Quang Trường",
        "state_funded": True,
        "transfer_modes": ["license", "consulting"],
        "price": 80000000,
        "currency": "VND",
        "negotiable": False,
        "status": "commercialized",
        "story": {
            "partner": (
                "Hợp tác xã Nông nghiệp Thiện Phiến",
                "Thien Phien Agricultural Cooperative",
            ),
            "year": 2024,
            "outcome": (
                "Hợp tác xã đã ghép cải tạo 12 ha nhãn; vụ đầu tiên giá bán cao hơn khoảng 30% so "
                "với nhãn chính vụ.",
                "The cooperative has top-worked 12 hectares of longan; in the first season the "
                "fruit sold for about 30% more than main-crop longan.",
            ),
        },
        "owner_name": (
            "Phòng Chuyển giao công nghệ, Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
            "Technology Transfer Unit, Centre for the Application of Scientific and "
            "Technological Advances",
        ),
        "owner_email": "chuyengiao@ungdung.example.vn",
        "owner_phone": "0221 3 863 412",
        "commune": "phuong-pho-hien",
        "image": ("Vườn nhãn chín muộn", "#33691e", "#cddc39"),
        "translate": True,
    },
    {
        "slug": ("say-bom-nhiet-hong-ngoai-long-nhan", "heat-pump-infrared-drying-for-longan"),
        "title": (
            "Công nghệ sấy bơm nhiệt kết hợp hồng ngoại cho long nhãn",
            "Heat pump and infrared drying for dried longan",
        ),
        "summary": (
            "Hệ thống sấy dùng bơm nhiệt để hút ẩm và đèn hồng ngoại để gia nhiệt đều, rút ngắn "
            "thời gian sấy long nhãn. Sản phẩm giữ màu vàng cánh gián tự nhiên mà không cần xông "
            "lưu huỳnh.",
            "The dryer uses a heat pump to remove moisture and infrared lamps to heat the fruit "
            "evenly, cutting the drying time for dried longan. The product keeps its natural "
            "amber colour without sulphur fumigation.",
        ),
        "field": "che-bien-thuc-pham",
        "advantages": [
            (
                "Giảm khoảng 35% điện năng so với lò sấy điện trở",
                "Uses about 35% less electricity than resistance-heated dryers",
            ),
            (
                "Không dùng than và lưu huỳnh, đáp ứng yêu cầu của thị trường xuất khẩu",
                "No coal or sulphur, meeting the requirements of export markets",
            ),
            (
                "Điều khiển tự động theo chương trình cài sẵn cho từng loại nông sản",
                "Automatic control with preset programmes for each type of produce",
            ),
        ],
        "applications": [
            (
                "Sấy long nhãn, vải và các loại quả có đường cao",
                "Drying longan, lychee and other high-sugar fruit",
            ),
            (
                "Sấy dược liệu như nghệ, gừng và hoa hòe",
                "Drying herbs such as turmeric, ginger and pagoda tree buds",
            ),
        ],
        "trl": 8,
        "ip_type": "patent",
        "ip_number": "1-0038264",
        "ip_status": "granted",
        "project": (
            "Nghiên cứu thiết kế, chế tạo hệ thống sấy bơm nhiệt kết hợp hồng ngoại cho nông sản "
            "của tỉnh Hưng Yên",
            "Designing and building a combined heat pump and infrared dryer for Hung Yen's farm "
            "produce",
        ),
        "project_code": "ĐTKHCN.07/2022",
        "host": (
            "Trường Đại học Sư phạm Kỹ thuật Hưng Yên",
            "Hung Yen University of Technology and Education",
        ),
        "authors": "PGS.TS. Nguyễn Văn An; ThS. Trần Thị Bình; KS. Vũ Đức Thắng",
        "state_funded": True,
        "transfer_modes": ["license", "consulting"],
        "price": 350000000,
        "currency": "VND",
        "negotiable": False,
        "status": "commercialized",
        "story": {
            "partner": ("Công ty TNHH Nông sản sấy Tiên Lữ", "Tien Lu Dried Produce Co., Ltd."),
            "year": 2025,
            "outcome": (
                "Doanh nghiệp đưa vào vận hành dây chuyền 1 tấn quả tươi mỗi mẻ và đã ký hợp đồng "
                "xuất khẩu long nhãn sang Hàn Quốc.",
                "The company has put a line handling one tonne of fresh fruit per batch into "
                "service and signed a contract to export dried longan to South Korea.",
            ),
        },
        "owner_name": (
            "Phòng Khoa học công nghệ và Hợp tác quốc tế, Trường Đại học Sư phạm Kỹ thuật Hưng Yên",
            "Office of Science, Technology and International Cooperation, Hung Yen University of "
            "Technology and Education",
        ),
        "owner_email": "khcn@utehy.example.vn",
        "owner_phone": "0221 3 713 319",
        "commune": "xa-khoai-chau",
        "image": ("Buồng sấy long nhãn", "#7b3f00", "#f0a830"),
        "translate": True,
    },
    {
        "slug": ("nen-tang-truy-xuat-nguon-goc-ocop", "ocop-traceability-platform"),
        "title": (
            "Nền tảng truy xuất nguồn gốc và quản lý vùng trồng cho sản phẩm OCOP",
            "Traceability and growing-area management platform for OCOP products",
        ),
        "summary": (
            "Phần mềm giúp chủ thể OCOP ghi nhật ký sản xuất trên điện thoại, in tem QR và công "
            "khai thông tin lô hàng cho người tiêu dùng. Cơ quan quản lý có thể theo dõi vùng "
            "trồng trên bản đồ số.",
            "Software that lets OCOP producers keep their production logs on a phone, print QR "
            "labels and publish batch information for consumers. Regulators can follow "
            "growing areas on a digital map.",
        ),
        "field": "cong-nghe-thong-tin",
        "advantages": [
            (
                "Giao diện tiếng Việt đơn giản, dùng được cả khi mất kết nối mạng",
                "Simple Vietnamese interface that also works offline",
            ),
            (
                "Kết nối dữ liệu với cổng truy xuất nguồn gốc quốc gia",
                "Data connects to the national traceability portal",
            ),
            (
                "Chi phí vận hành thấp, phù hợp với hợp tác xã nhỏ",
                "Low running costs that suit small cooperatives",
            ),
        ],
        "applications": [
            (
                "Quản lý nhật ký sản xuất và cấp mã vùng trồng",
                "Managing production logs and growing-area codes",
            ),
            (
                "Truy xuất nguồn gốc cho nông sản, thực phẩm chế biến và dược liệu",
                "Traceability for fresh produce, processed food and herbal products",
            ),
        ],
        "trl": 7,
        "ip_type": "copyright",
        "ip_number": "4127/2024/QTG",
        "ip_status": "granted",
        "project": (
            "Xây dựng hệ thống truy xuất nguồn gốc phục vụ chương trình OCOP tỉnh Hưng Yên",
            "Building a traceability system for Hung Yen's OCOP programme",
        ),
        "project_code": "ĐTKHCN.09/2023",
        "host": (
            "Khoa Công nghệ thông tin, Trường Đại học Sư phạm Kỹ thuật Hưng Yên",
            "Faculty of Information Technology, Hung Yen University of Technology and Education",
        ),
        "authors": "TS. Lê Minh Tuấn; ThS. Nguyễn Thị Hồng Nhung",
        "state_funded": True,
        "transfer_modes": ["license", "consulting"],
        "price": 120000000,
        "currency": "VND",
        "negotiable": False,
        "status": "transferred",
        "story": None,
        "owner_name": (
            "Nhóm phát triển phần mềm truy xuất, Khoa Công nghệ thông tin",
            "Traceability software team, Faculty of Information Technology",
        ),
        "owner_email": "truyxuat@utehy.example.vn",
        "owner_phone": "0221 3 713 081",
        "commune": "xa-khoai-chau",
        "image": ("Tem QR truy xuất nguồn gốc", "#0d47a1", "#4fc3f7"),
        "translate": True,
    },
    {
        "slug": ("may-tach-vo-bo-hat-nhan-tuoi", "semi-automatic-longan-peeler-and-pitter"),
        "title": (
            "Máy tách vỏ và bỏ hạt nhãn tươi bán tự động",
            "Semi-automatic fresh longan peeler and pitter",
        ),
        "summary": (
            "Máy dùng cụm dao định hình và khí nén để bóc vỏ, tách hạt nhãn tươi mà vẫn giữ cùi "
            "nguyên vẹn. Một người vận hành có thể thay thế công việc của khoảng mười lao động "
            "bóc tay.",
            "The machine uses shaped blades and compressed air to peel and pit fresh longans "
            "while keeping the flesh whole. One operator can replace the work of about ten "
            "people peeling by hand.",
        ),
        "field": "co-khi-tu-dong-hoa",
        "advantages": [
            (
                "Công suất khoảng 80 kg quả tươi mỗi giờ",
                "Handles about 80 kg of fresh fruit an hour",
            ),
            (
                "Tỷ lệ cùi nguyên vẹn trên 90%",
                "More than 90% of the flesh stays intact",
            ),
            (
                "Bộ phận tiếp xúc thực phẩm bằng thép không gỉ, dễ vệ sinh",
                "Food-contact parts in easy-to-clean stainless steel",
            ),
        ],
        "applications": [
            (
                "Sơ chế nhãn cho cơ sở làm long nhãn và chè nhãn",
                "Preparing longans for dried longan and longan dessert makers",
            ),
            (
                "Chế biến nhãn đóng hộp và nhãn cấp đông",
                "Canned and frozen longan processing",
            ),
        ],
        "trl": 6,
        "ip_type": "patent",
        "ip_number": "1-2025-03418",
        "ip_status": "filed",
        "project": (
            "Nghiên cứu chế tạo máy tách vỏ, bỏ hạt nhãn tươi phục vụ chế biến sau thu hoạch",
            "Building a fresh longan peeling and pitting machine for post-harvest processing",
        ),
        "project_code": "ĐTKHCN.03/2024",
        "host": (
            "Khoa Cơ khí, Trường Đại học Sư phạm Kỹ thuật Hưng Yên",
            "Faculty of Mechanical Engineering, Hung Yen University of Technology and Education",
        ),
        "authors": "TS. Hoàng Văn Dũng; ThS. Bùi Thị Thu Trang; KS. Đinh Công Sơn",
        "state_funded": True,
        "transfer_modes": ["license", "exclusive_license", "assignment", "consulting"],
        "price": 450000000,
        "currency": "VND",
        "negotiable": False,
        "status": "open",
        "story": None,
        "owner_name": (
            "Xưởng thực nghiệm cơ khí, cơ sở Mỹ Hào",
            "Mechanical engineering workshop, My Hao campus",
        ),
        "owner_email": "cokhi@utehy.example.vn",
        "owner_phone": "0221 3 942 116",
        "commune": "phuong-my-hao",
        "image": ("Máy bóc nhãn bán tự động", "#37474f", "#90a4ae"),
        "translate": True,
    },
    {
        "slug": ("xu-ly-nuoc-thai-lang-nghe-thu-hoi-biogas", "craft-village-wastewater-and-biogas"),
        "title": (
            "Hệ thống xử lý nước thải kết hợp thu hồi khí sinh học cho làng nghề chế biến nông sản",
            "Wastewater treatment with biogas recovery for food-processing craft villages",
        ),
        "summary": (
            "Nước thải giàu hữu cơ từ các hộ làm bún, bánh, miến được xử lý kỵ khí để thu khí "
            "sinh học, sau đó qua bãi lọc trồng cây trước khi xả ra kênh. Khí thu được dùng lại "
            "để đun nấu, giảm chi phí nhiên liệu cho hộ sản xuất.",
            "Organic-rich wastewater from households making rice noodles, cakes and glass "
            "noodles is treated anaerobically to capture biogas, then passes through a planted "
            "filter bed before reaching the canal. The gas is reused for cooking, lowering the "
            "households' fuel bills.",
        ),
        "field": "moi-truong-nang-luong",
        "advantages": [
            (
                "Nước sau xử lý đạt quy chuẩn xả thải về chỉ tiêu hữu cơ",
                "Treated water meets the discharge standard for organic load",
            ),
            (
                "Chi phí vận hành thấp, không cần hóa chất",
                "Low running costs and no chemicals",
            ),
            (
                "Thiết kế theo mô-đun, lắp đặt được trong diện tích hẹp",
                "Modular design that fits small plots",
            ),
        ],
        "applications": [
            (
                "Cụm hộ sản xuất bún, bánh, miến và đậu phụ",
                "Clusters of noodle, cake and tofu makers",
            ),
            (
                "Cơ sở giết mổ và chăn nuôi quy mô nhỏ",
                "Small slaughterhouses and livestock farms",
            ),
        ],
        "trl": 7,
        "ip_type": "utility_solution",
        "ip_number": "2-0002954",
        "ip_status": "granted",
        "project": (
            "Xây dựng mô hình xử lý nước thải làng nghề chế biến nông sản kết hợp thu hồi năng "
            "lượng",
            "A demonstration of craft-village wastewater treatment with energy recovery",
        ),
        "project_code": "ĐTKHCN.14/2021",
        "host": ("Trường Đại học Thái Bình", "Thai Binh University"),
        "authors": "TS. Phạm Thị Lan Anh; ThS. Ngô Văn Khải",
        "state_funded": True,
        "transfer_modes": ["license", "consulting"],
        "price": None,
        "currency": "VND",
        "negotiable": True,
        "status": "open",
        "story": None,
        "owner_name": (
            "Trung tâm Nghiên cứu môi trường, Trường Đại học Thái Bình",
            "Environmental Research Centre, Thai Binh University",
        ),
        "owner_email": "moitruong@tbu.example.vn",
        "owner_phone": "0227 3 633 508",
        "commune": "phuong-thai-binh",
        "image": ("Bãi lọc trồng cây xử lý nước thải", "#004d40", "#4db6ac"),
        "translate": True,
    },
    {
        "slug": ("vien-nang-tam-sen-long-nhan", "lotus-plumule-and-longan-sleep-capsules"),
        "title": (
            "Viên nang hỗ trợ giấc ngủ từ tâm sen và long nhãn",
            "Sleep-support capsules from lotus plumule and dried longan",
        ),
        "summary": (
            "Chế phẩm kết hợp cao chiết tâm sen và long nhãn theo bài thuốc dân gian, được chuẩn "
            "hóa hàm lượng hoạt chất. Kết quả thử nghiệm tiền lâm sàng cho thấy tác dụng an thần "
            "nhẹ và độ an toàn tốt.",
            "A formulation combining lotus plumule and dried longan extracts from a folk remedy, "
            "standardised for its active compounds. Preclinical tests showed a mild sedative "
            "effect and a good safety profile.",
        ),
        "field": "y-duoc",
        "advantages": [
            (
                "Nguyên liệu sẵn có tại vùng sen và nhãn của tỉnh",
                "Raw materials grown locally in the province's lotus and longan areas",
            ),
            (
                "Quy trình chiết xuất đã được tối ưu ở quy mô pilot",
                "Extraction process optimised at pilot scale",
            ),
        ],
        "applications": [
            (
                "Sản xuất thực phẩm bảo vệ sức khỏe hỗ trợ giấc ngủ",
                "Making health supplements that support sleep",
            ),
            (
                "Phát triển sản phẩm mới cho doanh nghiệp dược liệu địa phương",
                "New product lines for local herbal medicine companies",
            ),
        ],
        "trl": 6,
        "ip_type": "patent",
        "ip_number": "1-2024-06215",
        "ip_status": "filed",
        "project": (
            "Nghiên cứu bào chế viên nang từ tâm sen và long nhãn hỗ trợ cải thiện giấc ngủ",
            "Formulating lotus plumule and dried longan capsules to help improve sleep",
        ),
        "project_code": "ĐTKHCN.11/2023",
        "host": (
            "Trường Đại học Y Dược Thái Bình",
            "Thai Binh University of Medicine and Pharmacy",
        ),
        "authors": "PGS.TS. Trịnh Thị Hương; DS. Lương Văn Phúc",
        "state_funded": True,
        "transfer_modes": ["license", "exclusive_license"],
        "price": 30000,
        "currency": "USD",
        "negotiable": True,
        "status": "open",
        "story": None,
        "owner_name": (
            "Khoa Dược, Trường Đại học Y Dược Thái Bình",
            "Faculty of Pharmacy, Thai Binh University of Medicine and Pharmacy",
        ),
        "owner_email": "khoaduoc@tbump.example.vn",
        "owner_phone": "0227 3 838 545",
        "commune": "phuong-thai-binh",
        "image": ("Tâm sen và long nhãn", "#4a148c", "#ce93d8"),
        "translate": True,
    },
    {
        "slug": ("mang-bao-chitosan-bao-quan-nhan", "chitosan-edible-coating-for-longan"),
        "title": (
            "Màng bao ăn được từ chitosan và tinh dầu vỏ bưởi để bảo quản nhãn tươi",
            "Chitosan and pomelo peel oil edible coating for fresh longan",
        ),
        "summary": (
            "Dung dịch tạo màng mỏng trên vỏ quả, hạn chế mất nước và ức chế nấm gây thối. Trong "
            "phòng thí nghiệm, nhãn được phủ màng giữ chất lượng thêm khoảng 10 ngày ở nhiệt độ "
            "bảo quản lạnh.",
            "A solution that forms a thin film on the skin, slowing water loss and holding back "
            "rot-causing fungi. In laboratory trials, coated longans kept their quality about "
            "ten days longer in cold storage.",
        ),
        "field": "vat-lieu",
        "advantages": [
            (
                "Thành phần an toàn, có nguồn gốc tự nhiên",
                "Safe ingredients of natural origin",
            ),
            (
                "Tận dụng vỏ bưởi và vỏ tôm là phụ phẩm nông nghiệp",
                "Makes use of pomelo peel and shrimp shells, both farm by-products",
            ),
        ],
        "applications": [
            (
                "Bảo quản nhãn, vải tươi phục vụ vận chuyển đường dài",
                "Keeping fresh longan and lychee for long-distance shipping",
            ),
            (
                "Phát triển thành chế phẩm bảo quản thương mại",
                "Development into a commercial preservation product",
            ),
        ],
        "trl": 4,
        "ip_type": "utility_solution",
        "ip_number": "2-2025-00187",
        "ip_status": "filed",
        "project": (
            "Nghiên cứu tổng hợp màng bao chitosan kết hợp tinh dầu vỏ bưởi ứng dụng bảo quản quả "
            "tươi",
            "Developing a chitosan and pomelo peel oil coating for preserving fresh fruit",
        ),
        "project_code": "",
        "host": (
            "Khoa Công nghệ Hóa học và Môi trường, Trường Đại học Sư phạm Kỹ thuật Hưng Yên",
            "Faculty of Chemical and Environmental Technology, Hung Yen University of Technology "
            "and Education",
        ),
        "authors": "TS. Đặng Thị Thanh Hà; ThS. Mai Xuân Lộc",
        "state_funded": False,
        "transfer_modes": ["capital", "consulting"],
        "price": None,
        "currency": "VND",
        "negotiable": True,
        "status": "open",
        "story": None,
        "owner_name": (
            "TS. Đặng Thị Thanh Hà, chủ nhiệm nhóm nghiên cứu",
            "Dr Dang Thi Thanh Ha, team leader",
        ),
        "owner_email": "thanhha.hoahoc@utehy.example.vn",
        "owner_phone": "0912 345 678",
        "commune": "xa-khoai-chau",
        "image": ("Màng bao bảo quản nhãn", "#006064", "#80deea"),
        "translate": True,
    },
    {
        "slug": ("bo-cong-cu-cau-chuyen-san-pham-ocop", "ocop-product-story-toolkit"),
        "title": (
            "Bộ công cụ xây dựng câu chuyện sản phẩm và thiết kế bao bì cho chủ thể OCOP",
            "Product story and packaging design toolkit for OCOP producers",
        ),
        "summary": (
            "Bộ tài liệu và mẫu thiết kế giúp hợp tác xã, hộ kinh doanh tự kể câu chuyện về sản "
            "phẩm, chuẩn bị hồ sơ đánh giá OCOP và làm bao bì đúng quy định ghi nhãn. Bộ công cụ "
            "đã được thử nghiệm với 25 chủ thể trong tỉnh.",
            "A set of guides and design templates that helps cooperatives and household "
            "businesses tell their product's story, prepare their OCOP evaluation file and "
            "produce packaging that meets labelling rules. It has been tried out with 25 "
            "producers in the province.",
        ),
        "field": "linh-vuc-khac",
        "advantages": [
            (
                "Hướng dẫn từng bước, không đòi hỏi kiến thức thiết kế chuyên sâu",
                "Step-by-step guidance that needs no design background",
            ),
            (
                "Bám sát bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP hiện hành",
                "Closely follows the current OCOP evaluation and ranking criteria",
            ),
        ],
        "applications": [
            (
                "Tập huấn cho chủ thể OCOP mới tham gia chương trình",
                "Training producers joining the OCOP programme",
            ),
            (
                "Nâng hạng sản phẩm từ 3 sao lên 4 sao",
                "Helping products move up from three to four stars",
            ),
        ],
        "trl": 7,
        "ip_type": "copyright",
        "ip_number": "2856/2025/QTG",
        "ip_status": "granted",
        "project": (
            "Xây dựng bộ công cụ hỗ trợ phát triển thương hiệu cho sản phẩm OCOP tỉnh Hưng Yên",
            "A branding support toolkit for Hung Yen's OCOP products",
        ),
        "project_code": "",
        "host": (
            "Trường Đại học Tài chính – Quản trị kinh doanh",
            "University of Finance and Business Administration",
        ),
        "authors": "ThS. Phan Thị Ngọc Ánh; ThS. Trương Quốc Bảo",
        "state_funded": False,
        "transfer_modes": ["consulting"],
        "price": 25000000,
        "currency": "VND",
        "negotiable": False,
        "status": "open",
        "story": None,
        "owner_name": (
            "Nhóm tư vấn thương hiệu OCOP, Khoa Marketing",
            "OCOP branding advisory team, Faculty of Marketing",
        ),
        "owner_email": "thuonghieu@ufba.example.vn",
        "owner_phone": "0221 3 980 442",
        "commune": None,
        "image": ("Mẫu bao bì sản phẩm OCOP", "#bf360c", "#ffab91"),
        "translate": False,
    },
]
