"""Bilingual demo content for the news section.

Pure data, no Django imports: Vietnamese source text with an English translation, written for
the demo agency "Sở Khoa học và Công nghệ tỉnh Hưng Yên". Facts (numbers, dates, targets, tasks)
come from real provincial documents on the science and technology market (see
/work/shared/seeds/), retold in our own words.

Shapes:

- ``TOPICS`` / ``ISSUERS``: ``(slug, vietnamese name, english name)``.
- ``DOCUMENTS``: dicts with key, number, type, issuer (an ISSUERS slug), date_issued,
  date_effective (ISO or None), slug/title/summary as ``(vi, en)`` pairs and ``translate``.
- ``ARTICLES``: dicts with slug/title/lead/author/caption as ``(vi, en)`` pairs, days_ago,
  topics (TOPICS slugs), language-neutral tags, documents (DOCUMENTS keys), image
  ``(title, colour, colour)``, body blocks, featured and translate.

Body blocks: ``("paragraph", vi, en)``, ``("heading", vi, en)``,
``("list", [vi, ...], [en, ...])`` and ``("quote", vi, en, attribution_vi, attribution_en)``.
Every Vietnamese string is unique, because translations are matched by source text.
"""

# (slug, vietnamese name, english name)
TOPICS = [
    (
        "thi-truong-khoa-hoc-cong-nghe",
        "Thị trường khoa học và công nghệ",
        "Science and technology market",
    ),
    (
        "thuong-mai-hoa-ket-qua-nghien-cuu",
        "Thương mại hóa kết quả nghiên cứu",
        "Commercialization of research results",
    ),
    ("chuyen-giao-cong-nghe", "Chuyển giao công nghệ", "Technology transfer"),
    ("so-huu-tri-tue", "Sở hữu trí tuệ", "Intellectual property"),
    ("doi-moi-sang-tao-khoi-nghiep", "Đổi mới sáng tạo và khởi nghiệp", "Innovation and startups"),
    ("san-pham-ocop", "Sản phẩm OCOP", "OCOP products"),
]

# (slug, vietnamese name, english name) of the bodies issuing DOCUMENTS
ISSUERS = [
    ("thu-tuong-chinh-phu", "Thủ tướng Chính phủ", "Prime Minister"),
    ("chinh-phu", "Chính phủ", "Government"),
    ("ubnd-tinh-hung-yen", "UBND tỉnh Hưng Yên", "Hung Yen Provincial People's Committee"),
    ("hdnd-tinh-hung-yen", "HĐND tỉnh Hưng Yên", "Hung Yen Provincial People's Council"),
    ("ubnd-tinh-binh-dinh", "UBND tỉnh Bình Định", "Binh Dinh Provincial People's Committee"),
    ("ubnd-tinh-lang-son", "UBND tỉnh Lạng Sơn", "Lang Son Provincial People's Committee"),
]

# Official documents announced by the articles.
DOCUMENTS = [
    {
        "key": "ct-25-ttg",
        "number": "25/CT-TTg",
        "type": "directive",
        "issuer": "thu-tuong-chinh-phu",
        "date_issued": "2023-10-05",
        "date_effective": None,
        "slug": ("chi-thi-25-ct-ttg", "directive-25-ct-ttg"),
        "title": (
            (
                "Chỉ thị về phát triển thị trường khoa học và công nghệ đồng bộ, hiệu quả, hiện "
                "đại và hội nhập"
            ),
            (
                "Directive on developing a synchronous, effective, modern and integrated science "
                "and technology market"
            ),
        ),
        "summary": (
            (
                "Thủ tướng Chính phủ yêu cầu phát triển thị trường KH&CN theo hướng đồng bộ, hiệu "
                "quả, hiện đại và hội nhập. Trên cơ sở chỉ thị, các địa phương như Hưng Yên, Bình "
                "Định và Thanh Hóa đã giao nhiệm vụ cụ thể về nguồn cung, nguồn cầu, tổ chức trung "
                "gian và thương mại hóa kết quả nghiên cứu."
            ),
            (
                "The Prime Minister calls for a science and technology market that is synchronous, "
                "effective, modern and internationally integrated. Building on the directive, "
                "provinces such as Hung Yen, Binh Dinh and Thanh Hoa have assigned concrete tasks "
                "on supply, demand, intermediary organizations and the commercialization of "
                "research results."
            ),
        ),
        "translate": True,
    },
    {
        "key": "qd-1158-ttg",
        "number": "1158/QĐ-TTg",
        "type": "decision",
        "issuer": "thu-tuong-chinh-phu",
        "date_issued": "2021-07-13",
        "date_effective": None,
        "slug": ("quyet-dinh-1158-qd-ttg", "decision-1158-qd-ttg"),
        "title": (
            (
                "Quyết định ban hành Chương trình phát triển thị trường khoa học và công nghệ đến "
                "năm 2030"
            ),
            (
                "Decision promulgating the Programme for developing the science and technology "
                "market to 2030"
            ),
        ),
        "summary": (
            (
                "Quyết định ban hành chương trình quốc gia định hướng phát triển thị trường KH&CN "
                "đến năm 2030. Đây là căn cứ để các tỉnh xây dựng kế hoạch thực hiện với các nhóm "
                "giải pháp về cơ chế chính sách, nguồn cung, nguồn cầu, tổ chức trung gian, xúc "
                "tiến thị trường, nhân lực và hạ tầng."
            ),
            (
                "The decision sets out the national programme guiding the development of the S&T "
                "market to 2030. Provinces base their implementation plans on it, with groups of "
                "measures covering policy, supply, demand, intermediary organizations, market "
                "promotion, human resources and infrastructure."
            ),
        ),
        "translate": True,
    },
    {
        "key": "cv-2959-hung-yen",
        "number": "2959/UBND-KGVX",
        "type": "official_letter",
        "issuer": "ubnd-tinh-hung-yen",
        "date_issued": "2023-10-31",
        "date_effective": None,
        "slug": ("cong-van-2959-ubnd-kgvx", "official-letter-2959-ubnd-kgvx"),
        "title": (
            (
                "Công văn về việc triển khai Chỉ thị số 25/CT-TTg về phát triển thị trường khoa "
                "học và công nghệ"
            ),
            (
                "Official letter on implementing Directive 25/CT-TTg on developing the science and "
                "technology market"
            ),
        ),
        "summary": (
            (
                "UBND tỉnh giao Sở KH&CN đẩy mạnh truyền thông, nâng cao hiệu quả Sàn giao dịch "
                "công nghệ, thiết bị trực tuyến và xây dựng cơ sở dữ liệu thị trường KH&CN kết nối "
                "với hệ thống quốc gia. Sở cũng đề xuất phương án thương mại hóa kết quả nghiên "
                "cứu từ ngân sách nhà nước; các sở, ngành và UBND cấp huyện tiếp tục thực hiện "
                "Quyết định 2209/QĐ-UBND."
            ),
            (
                "The Provincial People's Committee tasks the Department of S&T with stepping up "
                "communication, improving the online technology and equipment exchange and "
                "building an S&T market database linked to the national system. The Department is "
                "also to propose ways to commercialize state-funded research results, while other "
                "departments and district-level committees continue to implement Decision "
                "2209/QĐ-UBND."
            ),
        ),
        "translate": True,
    },
    {
        "key": "qd-2209-hung-yen",
        "number": "2209/QĐ-UBND",
        "type": "decision",
        "issuer": "ubnd-tinh-hung-yen",
        "date_issued": "2021-09-22",
        "date_effective": None,
        "slug": ("quyet-dinh-2209-qd-ubnd", "decision-2209-qd-ubnd"),
        "title": (
            (
                "Quyết định phê duyệt Chương trình phát triển thị trường khoa học và công nghệ "
                "tỉnh Hưng Yên đến năm 2030"
            ),
            (
                "Decision approving the Programme for developing the science and technology market "
                "of Hung Yen province to 2030"
            ),
        ),
        "summary": (
            (
                "Quyết định phê duyệt chương trình của tỉnh Hưng Yên về phát triển thị trường "
                "KH&CN đến năm 2030. Theo chỉ đạo của UBND tỉnh năm 2023, việc thực hiện chương "
                "trình ưu tiên xúc tiến thị trường, hỗ trợ chuyển giao công nghệ và thương mại hóa "
                "kết quả nghiên cứu phục vụ sản phẩm chủ lực, sản phẩm công nghiệp và sản phẩm "
                "OCOP."
            ),
            (
                "The decision approves Hung Yen's programme for developing the S&T market to 2030. "
                "Under the Provincial People's Committee's 2023 guidance, implementation gives "
                "priority to market promotion, technology transfer support and commercialization "
                "of research results for flagship, industrial and OCOP products."
            ),
        ),
        "translate": True,
    },
    {
        "key": "nq-179-hung-yen",
        "number": "179/2022/NQ-HĐND",
        "type": "resolution",
        "issuer": "hdnd-tinh-hung-yen",
        "date_issued": "2022-03-16",
        "date_effective": None,
        "slug": ("nghi-quyet-179-2022-nq-hdnd", "resolution-179-2022-nq-hdnd"),
        "title": (
            (
                "Nghị quyết quy định mức hỗ trợ đăng ký bảo hộ tài sản trí tuệ đến năm 2030 trên "
                "địa bàn tỉnh Hưng Yên"
            ),
            (
                "Resolution on support levels for registering intellectual property protection in "
                "Hung Yen province to 2030"
            ),
        ),
        "summary": (
            (
                "Nghị quyết của HĐND tỉnh quy định các mức hỗ trợ cho tổ chức, cá nhân đăng ký bảo "
                "hộ tài sản trí tuệ, áp dụng đến năm 2030. Sở KH&CN chủ trì, phối hợp với các cơ "
                "quan liên quan đưa chính sách này đến doanh nghiệp và người dân."
            ),
            (
                "The Provincial People's Council resolution sets support levels for organizations "
                "and individuals registering intellectual property protection, applicable until "
                "2030. The Department of S&T leads, with relevant agencies, in bringing the policy "
                "to businesses and residents."
            ),
        ),
        "translate": True,
    },
    {
        "key": "nq-295-hung-yen",
        "number": "295/2020/NQ-HĐND",
        "type": "resolution",
        "issuer": "hdnd-tinh-hung-yen",
        "date_issued": "2020-07-10",
        "date_effective": None,
        "slug": ("nghi-quyet-295-2020-nq-hdnd", "resolution-295-2020-nq-hdnd"),
        "title": (
            (
                "Nghị quyết quy định nội dung và mức chi thực hiện Đề án hỗ trợ hệ sinh thái khởi "
                "nghiệp đổi mới sáng tạo quốc gia đến năm 2025 trên địa bàn tỉnh"
            ),
            (
                "Resolution on spending items and levels for the scheme supporting the national "
                "innovative startup ecosystem to 2025 in the province"
            ),
        ),
        "summary": (
            (
                "Nghị quyết xác định những nội dung được chi và mức chi từ ngân sách để hỗ trợ "
                "khởi nghiệp đổi mới sáng tạo tại Hưng Yên. Năm 2023, UBND tỉnh tiếp tục giao Sở "
                "KH&CN chủ trì triển khai hiệu quả nghị quyết."
            ),
            (
                "The resolution defines which activities may be funded and at what levels to "
                "support innovative startups in Hung Yen. In 2023 the Provincial People's "
                "Committee again charged the Department of S&T with implementing it effectively."
            ),
        ),
        "translate": True,
    },
    {
        "key": "nq-395-hung-yen",
        "number": "395/2023/NQ-HĐND",
        "type": "resolution",
        "issuer": "hdnd-tinh-hung-yen",
        "date_issued": "2023-10-02",
        "date_effective": None,
        "slug": ("nghi-quyet-395-2023-nq-hdnd", "resolution-395-2023-nq-hdnd"),
        "title": (
            (
                "Nghị quyết quy định định mức xây dựng dự toán ngân sách nhà nước thực hiện nhiệm "
                "vụ khoa học và công nghệ trên địa bàn tỉnh Hưng Yên"
            ),
            (
                "Resolution on norms for drawing up state budget estimates for science and "
                "technology tasks in Hung Yen province"
            ),
        ),
        "summary": (
            (
                "Nghị quyết ban hành định mức làm căn cứ lập dự toán kinh phí cho các nhiệm vụ "
                "KH&CN sử dụng ngân sách nhà nước của tỉnh. Các định mức được áp dụng khi xây dựng "
                "và thẩm định dự toán đề tài, dự án đặt hàng."
            ),
            (
                "The resolution sets the norms used to draw up budget estimates for provincially "
                "funded S&T tasks. They apply when preparing and appraising the budgets of "
                "commissioned research topics and projects."
            ),
        ),
        "translate": False,
    },
    {
        "key": "qd-4556-binh-dinh",
        "number": "4556/QĐ-UBND",
        "type": "decision",
        "issuer": "ubnd-tinh-binh-dinh",
        "date_issued": "2023-12-08",
        "date_effective": "2023-12-08",
        "slug": ("quyet-dinh-4556-qd-ubnd", "decision-4556-qd-ubnd"),
        "title": (
            (
                "Quyết định ban hành Kế hoạch triển khai Chương trình phát triển thị trường KH&CN "
                "đến năm 2030 trên địa bàn tỉnh Bình Định"
            ),
            (
                "Decision issuing the plan to implement the S&T market development programme to "
                "2030 in Binh Dinh province"
            ),
        ),
        "summary": (
            (
                "Kế hoạch đặt mục tiêu phát triển 02 tổ chức trung gian và hỗ trợ thương mại hóa "
                "ít nhất 20 sản phẩm sáng tạo, kết quả nghiên cứu. Tỉnh cũng số hóa kết quả nghiên "
                "cứu có tiềm năng, hỗ trợ tham gia hội chợ, sự kiện kết nối cung cầu và kết nối "
                "sàn giao dịch công nghệ của tỉnh với các sàn trong nước."
            ),
            (
                "The plan aims to develop two intermediary organizations and to help commercialize "
                "at least 20 innovative products and research results. The province will also "
                "digitize promising research results, support participation in fairs and "
                "supply-demand events, and link its technology exchange with other exchanges in "
                "Viet Nam."
            ),
        ),
        "translate": True,
    },
    {
        "key": "kh-257-lang-son",
        "number": "257/KH-UBND",
        "type": "plan",
        "issuer": "ubnd-tinh-lang-son",
        "date_issued": "2022-12-26",
        "date_effective": None,
        "slug": ("ke-hoach-257-kh-ubnd", "plan-257-kh-ubnd"),
        "title": (
            "Kế hoạch phát triển thị trường khoa học và công nghệ tỉnh Lạng Sơn đến năm 2030",
            "Plan for developing the science and technology market of Lang Son province to 2030",
        ),
        "summary": (
            (
                "Lạng Sơn muốn giá trị giao dịch trên thị trường KH&CN tăng trung bình 15% mỗi năm "
                "tới 2025 và 20% mỗi năm tới 2030, riêng một số ngành xuất khẩu chủ lực đặt mức "
                "trên 20% và trên 25%. Tới năm 2030, tỉnh có ít nhất một tổ chức trung gian và số "
                "hóa các kết quả nghiên cứu, tài sản trí tuệ có khả năng thương mại hóa."
            ),
            (
                "The plan targets average annual growth in S&T market transactions of 15% to 2025 "
                "and 20% to 2030, with rates above 20% and 25% respectively for some key export "
                "sectors. By 2030 the province is to have at least one intermediary organization "
                "and to digitize research results and intellectual property with commercial "
                "potential."
            ),
        ),
        "translate": True,
    },
    {
        "key": "nd-76-cp",
        "number": "76/2018/NĐ-CP",
        "type": "decree",
        "issuer": "chinh-phu",
        "date_issued": "2018-05-15",
        "date_effective": None,
        "slug": ("nghi-dinh-76-2018-nd-cp", "decree-76-2018-nd-cp"),
        "title": (
            (
                "Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Chuyển "
                "giao công nghệ"
            ),
            (
                "Decree detailing and guiding the implementation of certain articles of the Law on "
                "Technology Transfer"
            ),
        ),
        "summary": (
            (
                "Nghị định hướng dẫn chi tiết Luật Chuyển giao công nghệ. Kèm theo nghị định là "
                "danh mục công nghệ cấm chuyển giao và danh mục công nghệ hạn chế chuyển giao, cần "
                "được đối chiếu trước khi nhập khẩu hoặc chuyển giao công nghệ."
            ),
            (
                "The decree provides detailed guidance on the Law on Technology Transfer. It comes "
                "with a list of technologies banned from transfer and a list of technologies whose "
                "transfer is restricted, which should be checked before importing or transferring "
                "a technology."
            ),
        ),
        "translate": True,
    },
]

# News articles; exactly one is featured, two stay Vietnamese-only.
ARTICLES = [
    {
        "slug": (
            "hung-yen-trien-khai-chi-thi-25-ct-ttg-ve-thi-truong-khoa-hoc-va-cong-nghe",
            "hung-yen-implements-directive-25-on-the-science-and-technology-market",
        ),
        "title": (
            "Hưng Yên triển khai Chỉ thị 25/CT-TTg về phát triển thị trường khoa học và công nghệ",
            "Hung Yen puts Directive 25/CT-TTg on the science and technology market into practice",
        ),
        "lead": (
            (
                "Bằng Công văn 2959/UBND-KGVX ngày 31/10/2023, UBND tỉnh Hưng Yên giao Sở KH&CN "
                "một loạt nhiệm vụ để thị trường khoa học và công nghệ của tỉnh phát triển đồng "
                "bộ, hiệu quả, hiện đại và hội nhập."
            ),
            (
                "In Official Letter 2959/UBND-KGVX of 31 October 2023, the Hung Yen Provincial "
                "People's Committee gave the Department of S&T a set of tasks to make the "
                "province's science and technology market synchronous, effective, modern and "
                "integrated."
            ),
        ),
        "days_ago": 2,
        "topics": ["thi-truong-khoa-hoc-cong-nghe", "thuong-mai-hoa-ket-qua-nghien-cuu"],
        "tags": ["Chỉ thị 25/CT-TTg", "2959/UBND-KGVX", "Hưng Yên"],
        "author": (
            "Phòng Quản lý công nghệ và Thị trường công nghệ",
            "Technology and Technology Market Management Division",
        ),
        "documents": ["cv-2959-hung-yen", "ct-25-ttg"],
        "image": ("Thị trường KH&CN Hưng Yên", "#0a4a8c", "#1b7f79"),
        "caption": (
            (
                "Sàn giao dịch công nghệ, thiết bị trực tuyến là một trong những công cụ trọng tâm "
                "của thị trường KH&CN tỉnh."
            ),
            (
                "The online technology and equipment exchange is one of the main tools of the "
                "province's S&T market."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    "Công văn được ban hành chưa đầy một tháng sau khi Thủ tướng Chính phủ ký Chỉ "
                    "thị 25/CT-TTg ngày 05/10/2023. Sở Khoa học và Công nghệ giữ vai trò đầu mối, "
                    "các sở, ngành và UBND cấp huyện phối hợp theo chức năng được giao."
                ),
                (
                    "The letter was issued less than a month after the Prime Minister signed "
                    "Directive 25/CT-TTg on 5 October 2023. The Department of Science and "
                    "Technology acts as the focal point, with other departments and district-level "
                    "people's committees contributing within their own remits."
                ),
            ),
            ("heading", "Nhiệm vụ trọng tâm của Sở", "Key tasks for the Department"),
            (
                "list",
                [
                    (
                        "Đẩy mạnh tuyên truyền để các cấp, các ngành và doanh nghiệp hiểu rõ vai "
                        "trò của thị trường khoa học và công nghệ."
                    ),
                    "Nâng cao hiệu quả Sàn giao dịch công nghệ, thiết bị trực tuyến của tỉnh.",
                    (
                        "Xây dựng cơ sở dữ liệu thị trường khoa học và công nghệ của tỉnh, tích "
                        "hợp đồng bộ với cổng thông tin và cơ sở dữ liệu quốc gia."
                    ),
                    (
                        "Đề xuất phương án đưa nhanh kết quả nghiên cứu và tài sản trí tuệ hình "
                        "thành từ ngân sách nhà nước vào sản xuất, kinh doanh."
                    ),
                    (
                        "Giúp doanh nghiệp tự đánh giá nhu cầu công nghệ, khả năng làm chủ công "
                        "nghệ và tham dự các sự kiện kết nối cung cầu."
                    ),
                ],
                [
                    (
                        "Step up communication so that authorities, sectors and businesses "
                        "understand the role of the science and technology market."
                    ),
                    "Make the province's online technology and equipment exchange more effective.",
                    (
                        "Build a provincial science and technology market database that is fully "
                        "integrated with the national portal and database."
                    ),
                    (
                        "Propose ways to bring state-funded research results, and the intellectual "
                        "property they generate, into production and business quickly."
                    ),
                    (
                        "Guide businesses in assessing their technology needs and their capacity "
                        "to master technology, and in joining matchmaking events."
                    ),
                ],
            ),
            ("heading", "Gắn với sản phẩm chủ lực và OCOP", "Linked to flagship and OCOP products"),
            (
                "paragraph",
                (
                    "Công văn đề nghị đẩy mạnh thực hiện chương trình thị trường khoa học và công "
                    "nghệ của tỉnh đến năm 2030, phê duyệt tại Quyết định 2209/QĐ-UBND ngày "
                    "22/9/2021. Hoạt động xúc tiến, hỗ trợ chuyển giao công nghệ và thương mại hóa "
                    "được ưu tiên cho sản phẩm chủ lực, sản phẩm công nghiệp và sản phẩm OCOP của "
                    "địa phương."
                ),
                (
                    "The letter calls for continued work on the province's science and technology "
                    "market programme to 2030, approved by Decision 2209/QĐ-UBND of 22 September "
                    "2021. Market promotion, technology transfer support and commercialization are "
                    "to be prioritised for local flagship products, industrial products and OCOP "
                    "products."
                ),
            ),
            (
                "paragraph",
                (
                    "Ngoài ra, Sở tham mưu để tỉnh đặt hàng các nhiệm vụ nghiên cứu, đổi mới công "
                    "nghệ xuất phát từ đơn hàng của doanh nghiệp, đồng thời tìm cách để doanh "
                    "nghiệp chủ động lập và dùng đúng mục đích quỹ phát triển khoa học và công "
                    "nghệ. Mỗi năm, Sở có báo cáo đánh giá thị trường khoa học và công nghệ của "
                    "tỉnh theo hướng dẫn của Bộ."
                ),
                (
                    "The Department is also to advise on commissioning science and technology "
                    "tasks based on business demand and to propose ways of encouraging companies "
                    "to set up and make good use of science and technology development funds. Each "
                    "year it reports on the performance of the provincial science and technology "
                    "market, following guidance from the Ministry of Science and Technology."
                ),
            ),
            (
                "quote",
                (
                    "Thị trường chỉ thực sự vận hành khi doanh nghiệp coi công nghệ là khoản đầu "
                    "tư, còn nhà khoa học coi thị trường là nơi kiểm chứng kết quả nghiên cứu."
                ),
                (
                    "The market only really works when businesses see technology as an investment "
                    "and scientists see the market as the place where research results are put to "
                    "the test."
                ),
                "Đại diện Phòng Quản lý công nghệ và Thị trường công nghệ",
                "Representative of the Technology and Technology Market Management Division",
            ),
        ],
        "featured": True,
        "translate": True,
    },
    {
        "slug": (
            "thong-bao-su-kien-ket-noi-cung-cau-cong-nghe-va-doi-moi-sang-tao",
            "notice-technology-supply-demand-and-innovation-connection-event",
        ),
        "title": (
            "Thông báo: Sự kiện kết nối cung cầu công nghệ và đổi mới sáng tạo tỉnh Hưng Yên",
            "Notice: Hung Yen technology supply-demand and innovation connection event",
        ),
        "lead": (
            (
                "Sở KH&CN mời doanh nghiệp, viện nghiên cứu, trường đại học và tổ chức trung gian "
                "đăng ký giới thiệu công nghệ hoặc nêu nhu cầu đổi mới công nghệ tại sự kiện kết "
                "nối cung cầu do Sở tổ chức."
            ),
            (
                "The Department of S&T invites businesses, research institutes, universities and "
                "intermediary organizations to register to showcase technologies or present their "
                "technology needs at its supply-demand connection event."
            ),
        ),
        "days_ago": 4,
        "topics": ["chuyen-giao-cong-nghe", "thi-truong-khoa-hoc-cong-nghe"],
        "tags": ["Hưng Yên", "2959/UBND-KGVX"],
        "author": (
            "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
            "Centre for Applying Scientific and Technological Advances",
        ),
        "documents": ["cv-2959-hung-yen"],
        "image": ("Kết nối cung cầu công nghệ", "#1f3c88", "#ee6f57"),
        "caption": (
            (
                "Các cặp cung cầu công nghệ phù hợp sẽ được ban tổ chức ghép nối trước khi gặp gỡ "
                "trực tiếp."
            ),
            (
                "The organizers will pair matching technology suppliers and buyers before they "
                "meet in person."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    "Sự kiện nằm trong chuỗi hoạt động thực hiện Công văn 2959/UBND-KGVX, theo đó "
                    "Sở hướng dẫn doanh nghiệp tham gia các sự kiện kết nối cung cầu công nghệ "
                    "trong và ngoài tỉnh. Thời gian, địa điểm cụ thể sẽ được gửi tới các đơn vị đã "
                    "đăng ký."
                ),
                (
                    "The event is part of the work under Official Letter 2959/UBND-KGVX, which "
                    "asks the Department to help businesses take part in technology supply-demand "
                    "events inside and outside the province. The exact date and venue will be sent "
                    "to registered participants."
                ),
            ),
            ("heading", "Đối tượng tham gia", "Who can take part"),
            (
                "list",
                [
                    "Doanh nghiệp cần đổi mới công nghệ, thiết bị hoặc tìm đối tác nghiên cứu.",
                    (
                        "Viện nghiên cứu, trường đại học, nhà khoa học có công nghệ sẵn sàng "
                        "chuyển giao."
                    ),
                    "Tổ chức trung gian, tư vấn, định giá công nghệ và sở hữu trí tuệ.",
                    "Chủ thể OCOP, hợp tác xã muốn cải tiến quy trình sản xuất.",
                ],
                [
                    (
                        "Businesses that need to upgrade technology or equipment, or are looking "
                        "for research partners."
                    ),
                    (
                        "Research institutes, universities and scientists with technologies ready "
                        "for transfer."
                    ),
                    (
                        "Intermediaries and consultants in technology and intellectual property "
                        "valuation."
                    ),
                    (
                        "OCOP producers and cooperatives that want to improve their production "
                        "processes."
                    ),
                ],
            ),
            ("heading", "Cách thức đăng ký", "How to register"),
            (
                "paragraph",
                (
                    "Đơn vị quan tâm đăng ký nhu cầu hoặc giới thiệu công nghệ trên Sàn giao dịch "
                    "công nghệ, thiết bị trực tuyến của tỉnh. Ban tổ chức sẽ sàng lọc và ghép nối "
                    "trước các cặp cung cầu phù hợp để buổi gặp gỡ đạt hiệu quả cao hơn."
                ),
                (
                    "Interested organizations can post their needs or present their technologies "
                    "on the province's online technology and equipment exchange. The organizers "
                    "will screen the entries and pair suitable suppliers and buyers in advance so "
                    "that the meetings are more productive."
                ),
            ),
            (
                "paragraph",
                (
                    "Mọi thông tin chi tiết xin liên hệ Phòng Quản lý công nghệ và Thị trường công "
                    "nghệ, Sở Khoa học và Công nghệ tỉnh Hưng Yên."
                ),
                (
                    "For further details, please contact the Technology and Technology Market "
                    "Management Division, Hung Yen Department of Science and Technology."
                ),
            ),
        ],
        "featured": False,
        "translate": True,
    },
    {
        "slug": (
            "so-khoa-hoc-va-cong-nghe-tham-gia-danh-gia-phan-hang-san-pham-ocop",
            "department-takes-part-in-ocop-product-evaluation",
        ),
        "title": (
            "Sở KH&CN tham gia đánh giá, phân hạng sản phẩm OCOP cấp tỉnh",
            "Department of S&T takes part in provincial OCOP product evaluation",
        ),
        "lead": (
            (
                "Cán bộ của Sở KH&CN trong hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh tập "
                "trung góp ý về tiêu chuẩn chất lượng, nhãn hàng hóa, truy xuất nguồn gốc và bảo "
                "hộ nhãn hiệu."
            ),
            (
                "Department of S&T staff on the provincial OCOP evaluation and ranking council "
                "focused their feedback on quality standards, product labelling, traceability and "
                "trademark protection."
            ),
        ),
        "days_ago": 9,
        "topics": ["san-pham-ocop", "so-huu-tri-tue"],
        "tags": ["OCOP", "Hưng Yên"],
        "author": (
            "Chi cục Tiêu chuẩn Đo lường Chất lượng",
            "Sub-department of Standards, Metrology and Quality",
        ),
        "documents": [],
        "image": ("Đánh giá sản phẩm OCOP", "#b5651d", "#2f6f3e"),
        "caption": (
            "Nhãn hàng hóa và mã truy xuất nguồn gốc là những tiêu chí được hội đồng xem xét kỹ.",
            (
                "Labels and traceability codes were among the criteria the council examined most "
                "closely."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    "Đợt đánh giá gồm nhiều sản phẩm đặc trưng của tỉnh, từ nhãn lồng và sản phẩm "
                    "chế biến từ nhãn đến thực phẩm và dược liệu. Mỗi sản phẩm được chấm theo bộ "
                    "tiêu chí đánh giá, phân hạng OCOP hiện hành."
                ),
                (
                    "This round covered many of the province's signature products, from longan and "
                    "processed longan products to foods and medicinal herbs. Each product was "
                    "scored against the current OCOP evaluation and ranking criteria."
                ),
            ),
            ("heading", "Những điểm hội đồng lưu ý", "Points raised by the council"),
            (
                "list",
                [
                    "Công bố tiêu chuẩn cơ sở và có kết quả kiểm nghiệm chất lượng còn hiệu lực.",
                    "Nhãn hàng hóa ghi đủ các thông tin bắt buộc theo quy định.",
                    "Ứng dụng mã truy xuất nguồn gốc cho từng lô sản phẩm.",
                    "Đăng ký bảo hộ nhãn hiệu trước khi mở rộng thị trường.",
                ],
                [
                    "Publish in-house standards and keep quality test results up to date.",
                    "Make sure labels carry all the information required by law.",
                    "Use traceability codes for every product batch.",
                    "Register trademarks before expanding into new markets.",
                ],
            ),
            (
                "paragraph",
                (
                    "Theo Công văn 2959/UBND-KGVX, hỗ trợ chuyển giao công nghệ và thương mại hóa "
                    "kết quả nghiên cứu được ưu tiên cho sản phẩm OCOP. Sở sẽ hướng dẫn các chủ "
                    "thể đề xuất nhiệm vụ khoa học và công nghệ để cải tiến quy trình sản xuất và "
                    "bảo quản."
                ),
                (
                    "Under Official Letter 2959/UBND-KGVX, technology transfer support and "
                    "commercialization of research results are prioritised for OCOP products. The "
                    "Department will help producers propose science and technology tasks to "
                    "improve their production and preservation processes."
                ),
            ),
            (
                "quote",
                (
                    "Sản phẩm OCOP muốn đi xa cần tiêu chuẩn rõ ràng và thương hiệu được bảo hộ, "
                    "đó là phần việc ngành khoa học và công nghệ có thể hỗ trợ trực tiếp."
                ),
                (
                    "For OCOP products to travel far they need clear standards and a protected "
                    "brand, and that is where the science and technology sector can help directly."
                ),
                "Thành viên hội đồng đánh giá OCOP cấp tỉnh",
                "Member of the provincial OCOP evaluation council",
            ),
        ],
        "featured": False,
        "translate": True,
    },
    {
        "slug": (
            "huong-dan-doanh-nghiep-thong-ke-danh-gia-nhu-cau-cong-nghe",
            "guidance-for-businesses-on-assessing-technology-needs",
        ),
        "title": (
            "Hướng dẫn doanh nghiệp thống kê, đánh giá nhu cầu và năng lực công nghệ",
            "Guidance for businesses on assessing their technology needs and capacity",
        ),
        "lead": (
            (
                "Doanh nghiệp trên địa bàn tỉnh được đề nghị tự đánh giá nhu cầu công nghệ và năng "
                "lực làm chủ công nghệ, làm cơ sở xây dựng cơ sở dữ liệu thị trường KH&CN của tỉnh."
            ),
            (
                "Businesses in the province are asked to assess their technology needs and their "
                "capacity to master technology, as input for the provincial S&T market database."
            ),
        ),
        "days_ago": 12,
        "topics": ["chuyen-giao-cong-nghe"],
        "tags": ["2959/UBND-KGVX", "Hưng Yên"],
        "author": ("Tổ công tác thị trường công nghệ", "Technology market task team"),
        "documents": ["cv-2959-hung-yen"],
        "image": ("Khảo sát nhu cầu công nghệ", "#37474f", "#26a69a"),
        "caption": (
            (
                "Dữ liệu về nhu cầu công nghệ giúp việc đặt hàng nhiệm vụ nghiên cứu sát với thực "
                "tế sản xuất."
            ),
            (
                "Data on technology needs helps keep commissioned research close to real "
                "production needs."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    "Thực hiện Công văn 2959/UBND-KGVX, Sở Khoa học và Công nghệ đề nghị doanh "
                    "nghiệp thống kê, tự đánh giá nhu cầu công nghệ và năng lực làm chủ công nghệ. "
                    "Kết quả sẽ được cập nhật vào cơ sở dữ liệu thị trường khoa học và công nghệ "
                    "của tỉnh."
                ),
                (
                    "Under Official Letter 2959/UBND-KGVX, the Department of Science and "
                    "Technology asks businesses to record and assess their technology needs and "
                    "their capacity to master technology. The results will feed into the "
                    "provincial science and technology market database."
                ),
            ),
            (
                "heading",
                "Thông tin doanh nghiệp cần cung cấp",
                "Information businesses should provide",
            ),
            (
                "list",
                [
                    "Dây chuyền, thiết bị chính đang sử dụng và năm đưa vào vận hành.",
                    "Khâu sản xuất cần đổi mới hoặc cần tiếp nhận chuyển giao công nghệ.",
                    "Khả năng tiếp nhận, vận hành và cải tiến công nghệ của đội ngũ kỹ thuật.",
                    "Nhu cầu hợp tác với viện nghiên cứu, trường đại học.",
                ],
                [
                    (
                        "Main production lines and equipment in use, and the year they were "
                        "commissioned."
                    ),
                    "Production stages that need upgrading or a technology transfer.",
                    "The technical team's ability to absorb, operate and improve technology.",
                    "Interest in working with research institutes and universities.",
                ],
            ),
            (
                "paragraph",
                (
                    "Dữ liệu giúp Sở tham mưu đặt hàng nhiệm vụ khoa học và công nghệ sát nhu cầu "
                    "và mời đúng đối tác tại các sự kiện kết nối cung cầu. Doanh nghiệp có thể gửi "
                    "phiếu thông tin qua Sàn giao dịch công nghệ, thiết bị trực tuyến của tỉnh."
                ),
                (
                    "The data helps the Department commission science and technology tasks that "
                    "match real needs and invite the right partners to matchmaking events. "
                    "Businesses can submit the form through the province's online technology and "
                    "equipment exchange."
                ),
            ),
            (
                "paragraph",
                (
                    "Thông tin doanh nghiệp cung cấp chỉ được sử dụng cho mục đích quản lý nhà "
                    "nước và hỗ trợ doanh nghiệp."
                ),
                (
                    "Information provided by businesses will be used only for public "
                    "administration and business support."
                ),
            ),
        ],
        "featured": False,
        "translate": False,
    },
    {
        "slug": (
            "tap-huan-dang-ky-bao-ho-tai-san-tri-tue-cho-doanh-nghiep-va-chu-the-ocop",
            "intellectual-property-registration-training-for-businesses-and-ocop",
        ),
        "title": (
            "Tập huấn đăng ký bảo hộ tài sản trí tuệ cho doanh nghiệp và chủ thể OCOP",
            "Training on intellectual property registration for businesses and OCOP producers",
        ),
        "lead": (
            (
                "Lớp tập huấn giúp doanh nghiệp, hợp tác xã nắm rõ quy trình đăng ký nhãn hiệu, "
                "sáng chế, kiểu dáng công nghiệp và mức hỗ trợ theo Nghị quyết 179/2022/NQ-HĐND "
                "của HĐND tỉnh."
            ),
            (
                "The course walked businesses and cooperatives through registering trademarks, "
                "patents and industrial designs, and through the support available under the "
                "Provincial People's Council's Resolution 179/2022/NQ-HĐND."
            ),
        ),
        "days_ago": 14,
        "topics": ["so-huu-tri-tue", "san-pham-ocop"],
        "tags": ["179/2022/NQ-HĐND", "OCOP", "Hưng Yên"],
        "author": ("Phòng Quản lý chuyên ngành", "Specialised Management Division"),
        "documents": ["nq-179-hung-yen"],
        "image": ("Tập huấn sở hữu trí tuệ", "#4a148c", "#f9a825"),
        "caption": (
            "Học viên thực hành tra cứu nhãn hiệu trước khi nộp đơn đăng ký.",
            "Participants practise trademark searches before filing an application.",
        ),
        "body": [
            (
                "paragraph",
                (
                    "Tham dự lớp học có đại diện doanh nghiệp, hợp tác xã, cơ sở sản xuất và chủ "
                    "thể OCOP trên địa bàn tỉnh. Nội dung tập trung vào những lỗi thường gặp khiến "
                    "hồ sơ bị từ chối hoặc kéo dài thời gian thẩm định."
                ),
                (
                    "Participants included representatives of businesses, cooperatives, production "
                    "units and OCOP producers in the province. The course focused on common "
                    "mistakes that get applications rejected or delay their examination."
                ),
            ),
            ("heading", "Nội dung chính của lớp học", "What the course covered"),
            (
                "list",
                [
                    "Phân biệt nhãn hiệu, sáng chế, giải pháp hữu ích và kiểu dáng công nghiệp.",
                    "Tra cứu thông tin trước khi nộp đơn để tránh trùng lặp.",
                    "Chuẩn bị hồ sơ và theo dõi tiến trình thẩm định đơn.",
                    "Thủ tục đề nghị hỗ trợ theo Nghị quyết 179/2022/NQ-HĐND.",
                ],
                [
                    (
                        "The differences between trademarks, patents, utility solutions and "
                        "industrial designs."
                    ),
                    "Searching existing records before filing to avoid conflicts.",
                    "Preparing the application file and following its examination.",
                    "How to apply for support under Resolution 179/2022/NQ-HĐND.",
                ],
            ),
            (
                "paragraph",
                (
                    "Theo Nghị quyết 179/2022/NQ-HĐND ngày 16/3/2022 của HĐND tỉnh, tổ chức, cá "
                    "nhân đăng ký bảo hộ tài sản trí tuệ tại Hưng Yên được hỗ trợ theo các mức quy "
                    "định, áp dụng tới năm 2030. Công văn 2959/UBND-KGVX giao Sở bảo đảm nghị "
                    "quyết này đi vào cuộc sống."
                ),
                (
                    "Under the Provincial People's Council's Resolution 179/2022/NQ-HĐND of 16 "
                    "March 2022, organizations and individuals registering intellectual property "
                    "in Hung Yen receive support at set levels until 2030. Official Letter "
                    "2959/UBND-KGVX tasks the Department with making sure the resolution is put "
                    "into practice."
                ),
            ),
            (
                "quote",
                (
                    "Bảo hộ tài sản trí tuệ không chỉ là thủ tục hành chính mà là bước đầu tiên để "
                    "doanh nghiệp định giá và giao dịch được công nghệ của mình."
                ),
                (
                    "Protecting intellectual property is not just paperwork; it is the first step "
                    "for a business to value and trade its own technology."
                ),
                "Giảng viên lớp tập huấn",
                "Course trainer",
            ),
            (
                "paragraph",
                (
                    "Sau tập huấn, Sở tiếp tục hướng dẫn trực tiếp cho các đơn vị cần hoàn thiện "
                    "hồ sơ đăng ký."
                ),
                (
                    "After the course, the Department will keep giving one-to-one help to "
                    "organizations completing their applications."
                ),
            ),
        ],
        "featured": False,
        "translate": True,
    },
    {
        "slug": (
            "tra-vinh-dat-chi-tieu-phat-trien-thi-truong-khoa-hoc-va-cong-nghe-den-nam-2030",
            "tra-vinh-sets-science-and-technology-market-targets-to-2030",
        ),
        "title": (
            "Trà Vinh đặt chỉ tiêu cụ thể cho thị trường KH&CN đến năm 2030",
            "Tra Vinh sets concrete S&T market targets to 2030",
        ),
        "lead": (
            (
                "Tỉnh Trà Vinh đã có kế hoạch riêng để hiện thực hóa chương trình quốc gia về thị "
                "trường khoa học và công nghệ đến năm 2030, kèm chỉ tiêu cho hai mốc 2025 và 2030."
            ),
            (
                "The Tra Vinh Provincial People's Committee has issued a plan to carry out the "
                "national programme for developing the science and technology market to 2030, with "
                "targets for both 2025 and 2030."
            ),
        ),
        "days_ago": 18,
        "topics": ["thi-truong-khoa-hoc-cong-nghe", "thuong-mai-hoa-ket-qua-nghien-cuu"],
        "tags": ["Trà Vinh", "1158/QĐ-TTg"],
        "author": (
            "Ban Biên tập tổng hợp thông tin từ tỉnh Trà Vinh",
            "Editorial team, compiled from Tra Vinh province",
        ),
        "documents": ["qd-1158-ttg"],
        "image": ("Nhân giống dừa sáp Trà Vinh", "#2e7d32", "#c0a062"),
        "caption": (
            (
                "Trường Đại học Trà Vinh đã xây dựng quy trình nhân giống dừa sáp bằng nuôi cấy "
                "phôi hữu tính."
            ),
            (
                "Tra Vinh University has developed a process for propagating wax coconut through "
                "zygotic embryo culture."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    "Kế hoạch tập trung vào một số lĩnh vực, ngành chủ lực và có lợi thế của tỉnh. "
                    "Sở Khoa học và Công nghệ Trà Vinh chủ trì hướng dẫn, theo dõi, đôn đốc thực "
                    "hiện và định kỳ báo cáo Bộ Khoa học và Công nghệ, UBND tỉnh."
                ),
                (
                    "The plan concentrates on a number of the province's key sectors and areas of "
                    "advantage. The Tra Vinh Department of Science and Technology leads on "
                    "guidance, monitoring and follow-up, and reports regularly to the Ministry of "
                    "Science and Technology and the Provincial People's Committee."
                ),
            ),
            ("heading", "Chỉ tiêu đến năm 2025", "Targets for 2025"),
            (
                "list",
                [
                    (
                        "Giao dịch hàng hóa khoa học và công nghệ tăng trung bình khoảng 10% một "
                        "năm về giá trị."
                    ),
                    "Tỷ trọng giao dịch tài sản trí tuệ đạt 5%.",
                    "Công nghệ nhập từ các nước phát triển chiếm 5-10% giao dịch.",
                    (
                        "Viện, trường và tổ chức khoa học và công nghệ chiếm 5-10% giao dịch công "
                        "nghệ có nguồn gốc trong nước."
                    ),
                    (
                        "Hình thành một tổ chức trung gian kết nối với mạng lưới tổ chức trung "
                        "gian quốc gia."
                    ),
                ],
                [
                    (
                        "The value of science and technology transactions grows by about 10% a "
                        "year on average."
                    ),
                    "Intellectual property accounts for 5% of transactions.",
                    "Technology imported from developed countries makes up 5-10% of transactions.",
                    (
                        "Institutes, universities and science and technology organizations account "
                        "for 5-10% of domestic technology transactions."
                    ),
                    (
                        "One intermediary organization is set up and linked to the national "
                        "network of intermediaries."
                    ),
                ],
            ),
            ("heading", "Mốc năm 2030", "The 2030 milestone"),
            (
                "paragraph",
                (
                    "Ở mốc 2030, các chỉ số được nâng lên: giá trị giao dịch tăng 15% mỗi năm, tài "
                    "sản trí tuệ chiếm 10% giao dịch, công nghệ nhập từ nước phát triển chiếm "
                    "10-15% và phần của viện, trường là 10-20%. Trà Vinh cũng sẽ có sàn giao dịch "
                    "công nghệ và thiết bị của riêng tỉnh."
                ),
                (
                    "The 2030 figures are higher: transaction value growing by 15% a year, "
                    "intellectual property at 10% of transactions, technology from developed "
                    "countries at 10-15% and institutes and universities at 10-20%. Tra Vinh will "
                    "also get its own technology and equipment exchange."
                ),
            ),
            (
                "paragraph",
                (
                    "Kế hoạch nêu bảy nhóm giải pháp, từ rà soát cơ chế chính sách, phát triển "
                    "nguồn cung, nguồn cầu và tổ chức trung gian đến xúc tiến thị trường, đào tạo "
                    "nhân lực, truyền thông và phát triển hạ tầng. Sở Công Thương lồng ghép nhiệm "
                    "vụ phát triển thị trường khoa học và công nghệ vào chương trình xúc tiến "
                    "thương mại hằng năm."
                ),
                (
                    "The plan sets out seven groups of measures, from reviewing policy and "
                    "developing supply, demand and intermediaries to market promotion, training, "
                    "communication and infrastructure. The Department of Industry and Trade will "
                    "build science and technology market tasks into its annual trade promotion "
                    "programme."
                ),
            ),
            (
                "paragraph",
                (
                    "Các trường đại học, cao đẳng được khuyến khích đẩy mạnh chuyển giao, thương "
                    "mại hóa kết quả nghiên cứu và giới thiệu sản phẩm trên sàn thương mại điện tử "
                    "của tỉnh. Quy trình nhân giống dừa sáp bằng nuôi cấy phôi của Trường Đại học "
                    "Trà Vinh là một ví dụ tiêu biểu."
                ),
                (
                    "Universities and colleges are encouraged to step up the transfer and "
                    "commercialization of research results and to list their products on the "
                    "province's e-commerce platform. Tra Vinh University's embryo-culture method "
                    "for propagating wax coconut is a good example."
                ),
            ),
        ],
        "featured": False,
        "translate": True,
    },
    {
        "slug": (
            "dua-nhanh-ket-qua-nghien-cuu-tu-ngan-sach-nha-nuoc-vao-san-xuat-kinh-doanh",
            "getting-state-funded-research-results-into-production-faster",
        ),
        "title": (
            "Đưa nhanh kết quả nghiên cứu từ ngân sách nhà nước vào sản xuất, kinh doanh",
            "Getting state-funded research results into production and business faster",
        ),
        "lead": (
            (
                "Sở KH&CN Hưng Yên rà soát kết quả các nhiệm vụ KH&CN sử dụng ngân sách nhà nước "
                "để xây dựng phương án thương mại hóa, theo yêu cầu của Công văn 2959/UBND-KGVX."
            ),
            (
                "The Hung Yen Department of S&T is reviewing the results of state-funded S&T tasks "
                "to work out how to commercialize them, as required by Official Letter "
                "2959/UBND-KGVX."
            ),
        ),
        "days_ago": 26,
        "topics": ["thuong-mai-hoa-ket-qua-nghien-cuu", "so-huu-tri-tue"],
        "tags": ["2959/UBND-KGVX", "395/2023/NQ-HĐND", "Hưng Yên"],
        "author": ("Phòng Quản lý khoa học", "Science Management Division"),
        "documents": ["cv-2959-hung-yen", "nq-395-hung-yen"],
        "image": ("Thương mại hóa nghiên cứu", "#00695c", "#ffb300"),
        "caption": (
            (
                "Kết quả nghiên cứu có tiềm năng sẽ được số hóa và giới thiệu trên sàn giao dịch "
                "công nghệ của tỉnh."
            ),
            (
                "Promising research results will be digitized and listed on the provincial "
                "technology exchange."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    "Không ít đề tài, dự án sau nghiệm thu chưa được ứng dụng rộng rãi dù có giá "
                    "trị thực tiễn. Vì vậy, UBND tỉnh yêu cầu Sở nghiên cứu phương án đưa kết quả "
                    "nghiên cứu và tài sản trí tuệ hình thành từ ngân sách nhà nước vào sản xuất, "
                    "kinh doanh."
                ),
                (
                    "Quite a few completed research topics and projects have yet to be widely "
                    "applied despite their practical value. The Provincial People's Committee has "
                    "therefore asked the Department to find ways of bringing state-funded research "
                    "results and the resulting intellectual property into production and business."
                ),
            ),
            ("heading", "Các hướng tiếp cận", "Approaches under consideration"),
            (
                "list",
                [
                    "Phân loại kết quả nghiên cứu theo mức độ sẵn sàng chuyển giao.",
                    (
                        "Số hóa và giới thiệu kết quả trên Sàn giao dịch công nghệ, thiết bị trực "
                        "tuyến."
                    ),
                    "Hỗ trợ xác lập quyền sở hữu trí tuệ trước khi chuyển giao.",
                    "Ưu tiên đặt hàng nhiệm vụ mới xuất phát từ đơn đặt hàng của doanh nghiệp.",
                ],
                [
                    "Grading research results by how ready they are for transfer.",
                    (
                        "Digitizing results and listing them on the online technology and "
                        "equipment exchange."
                    ),
                    "Helping to secure intellectual property rights before transfer.",
                    "Giving priority to new tasks that start from orders placed by businesses.",
                ],
            ),
            (
                "paragraph",
                (
                    "Với nhiệm vụ mới, dự toán kinh phí được xây dựng theo định mức tại Nghị quyết "
                    "395/2023/NQ-HĐND ngày 02/10/2023 của HĐND tỉnh. Đặt hàng theo nhu cầu thực tế "
                    "giúp kết quả có sẵn địa chỉ ứng dụng ngay từ đầu."
                ),
                (
                    "For new tasks, budgets are drawn up using the norms in the Provincial "
                    "People's Council's Resolution 395/2023/NQ-HĐND of 2 October 2023. "
                    "Commissioning research based on real demand means the results have a user "
                    "from the very start."
                ),
            ),
            ("heading", "Kinh nghiệm từ các tỉnh bạn", "Lessons from other provinces"),
            (
                "paragraph",
                (
                    "Bình Định đặt mục tiêu hỗ trợ thương mại hóa ít nhất 20 sản phẩm đến năm "
                    "2030, còn Thanh Hóa tính đến việc phát triển doanh nghiệp khởi nguồn trong "
                    "trường đại học và đơn vị sự nghiệp. Đây là những cách làm Hưng Yên có thể "
                    "tham khảo."
                ),
                (
                    "Binh Dinh aims to help commercialize at least 20 products by 2030, while "
                    "Thanh Hoa plans to grow spin-off companies in universities and public service "
                    "units. Hung Yen can learn from both approaches."
                ),
            ),
            (
                "quote",
                (
                    "Kết quả nghiên cứu chỉ thực sự có giá trị khi có người mua, người dùng; việc "
                    "của cơ quan quản lý là rút ngắn khoảng cách đó."
                ),
                (
                    "A research result only has real value when someone buys or uses it; the job "
                    "of the management agency is to close that gap."
                ),
                "Lãnh đạo Phòng Quản lý khoa học",
                "Head of the Science Management Division",
            ),
        ],
        "featured": False,
        "translate": True,
    },
    {
        "slug": (
            "binh-dinh-ho-tro-thuong-mai-hoa-it-nhat-20-san-pham-khoa-hoc-cong-nghe",
            "binh-dinh-to-help-commercialize-at-least-20-science-and-technology-products",
        ),
        "title": (
            "Bình Định: ít nhất 20 sản phẩm KH&CN được hỗ trợ thương mại hóa đến năm 2030",
            "Binh Dinh aims to help commercialize at least 20 S&T products by 2030",
        ),
        "lead": (
            (
                "Quyết định 4556/QĐ-UBND ngày 08/12/2023 của UBND tỉnh Bình Định cũng đặt mục tiêu "
                "phát triển hai tổ chức trung gian và kết nối sàn giao dịch công nghệ của tỉnh với "
                "các sàn trong nước."
            ),
            (
                "Decision 4556/QĐ-UBND of 8 December 2023 by the Binh Dinh Provincial People's "
                "Committee also aims to develop two intermediary organizations and to link the "
                "province's technology exchange with others in Viet Nam."
            ),
        ),
        "days_ago": 33,
        "topics": ["thuong-mai-hoa-ket-qua-nghien-cuu", "thi-truong-khoa-hoc-cong-nghe"],
        "tags": ["4556/QĐ-UBND", "Bình Định"],
        "author": (
            "Ban Biên tập tổng hợp từ văn bản của UBND tỉnh Bình Định",
            "Editorial team, based on documents of the Binh Dinh Provincial People's Committee",
        ),
        "documents": ["qd-4556-binh-dinh", "qd-1158-ttg"],
        "image": ("Kế hoạch thị trường KH&CN Bình Định", "#114b5f", "#e4a11b"),
        "caption": (
            (
                "Bình Định ưu tiên kết quả nghiên cứu phục vụ sản phẩm chủ lực, sản phẩm OCOP và "
                "sản phẩm làng nghề."
            ),
            (
                "Binh Dinh gives priority to research that serves its flagship, OCOP and craft "
                "village products."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    "Kế hoạch cụ thể hóa Quyết định 1158/QĐ-TTg và Chỉ thị 25/CT-TTg của Thủ tướng "
                    "Chính phủ, có hiệu lực từ ngày ký. Sở Khoa học và Công nghệ Bình Định là đầu "
                    "mối, chủ trì lập kế hoạch và dự toán kinh phí hằng năm."
                ),
                (
                    "The plan puts the Prime Minister's Decision 1158/QĐ-TTg and Directive "
                    "25/CT-TTg into concrete form and took effect on the day it was signed. The "
                    "Binh Dinh Department of Science and Technology is the focal point and "
                    "prepares the annual work plans and budgets."
                ),
            ),
            ("heading", "Năm mục tiêu chính", "Five main objectives"),
            (
                "list",
                [
                    (
                        "Phát triển 2 tổ chức trung gian đủ năng lực tư vấn, ươm tạo, đào tạo, kết "
                        "nối và xúc tiến chuyển giao công nghệ."
                    ),
                    (
                        "Hỗ trợ đổi mới, ứng dụng công nghệ để đưa tối thiểu 20 sản phẩm sáng tạo, "
                        "kết quả nghiên cứu ra thị trường."
                    ),
                    (
                        "Số hóa những kết quả nghiên cứu, phát triển công nghệ có khả năng đưa ra "
                        "thị trường."
                    ),
                    (
                        "Hỗ trợ doanh nghiệp, tổ chức, cá nhân tham gia sự kiện kết nối cung cầu "
                        "và hội chợ công nghệ."
                    ),
                    (
                        "Kết nối sàn giao dịch công nghệ của tỉnh với các sàn giao dịch công nghệ "
                        "trong nước."
                    ),
                ],
                [
                    (
                        "Develop two intermediary organizations able to provide consulting, "
                        "incubation, training, matchmaking and technology transfer promotion."
                    ),
                    (
                        "Upgrade and apply technology and help commercialize at least 20 "
                        "innovative products and research results."
                    ),
                    (
                        "Digitize research and technology development results with commercial "
                        "potential."
                    ),
                    (
                        "Help businesses, organizations and individuals take part in supply-demand "
                        "events and technology fairs."
                    ),
                    (
                        "Link the provincial technology exchange with other technology exchanges "
                        "in Viet Nam."
                    ),
                ],
            ),
            ("heading", "Ưu tiên sản phẩm địa phương", "Local products come first"),
            (
                "paragraph",
                (
                    "Khi hỗ trợ thương mại hóa, tỉnh ưu tiên kết quả nghiên cứu và tài sản trí tuệ "
                    "phục vụ sản phẩm chủ lực, sản phẩm OCOP, sản phẩm làng nghề, dự án khởi "
                    "nghiệp và nông nghiệp ứng dụng công nghệ cao. Vùng nông thôn, miền núi, xã "
                    "đảo và địa bàn khó khăn cũng được chú trọng."
                ),
                (
                    "When supporting commercialization, the province favours research results and "
                    "intellectual property that serve flagship products, OCOP products, craft "
                    "village goods, startup projects and high-tech agriculture. Rural, mountainous "
                    "and island communes and disadvantaged areas also receive particular attention."
                ),
            ),
            (
                "paragraph",
                (
                    "Phụ lục của kế hoạch giao Sở tổ chức mỗi năm một sự kiện cấp tỉnh kết nối "
                    "cung cầu công nghệ và đổi mới sáng tạo. Sở cũng phải hình thành dữ liệu về "
                    "trình độ, năng lực công nghệ sản xuất của tối thiểu một ngành công nghiệp."
                ),
                (
                    "Under the appendix, the Department holds a provincial technology "
                    "supply-demand and innovation event every year. It also leads the creation of "
                    "a database on the technology level and capacity of at least one industrial "
                    "sector."
                ),
            ),
            (
                "paragraph",
                (
                    "Kinh phí thực hiện lấy từ ngân sách nhà nước, vốn tài trợ hợp pháp của tổ "
                    "chức, cá nhân trong và ngoài nước cùng các nguồn hợp pháp khác."
                ),
                (
                    "Funding comes from the state budget, lawful contributions from domestic and "
                    "foreign organizations and individuals, and other lawful sources."
                ),
            ),
        ],
        "featured": False,
        "translate": True,
    },
    {
        "slug": (
            "tiep-tuc-ho-tro-he-sinh-thai-khoi-nghiep-doi-moi-sang-tao",
            "continued-support-for-the-innovative-startup-ecosystem",
        ),
        "title": (
            (
                "Tiếp tục hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo theo Nghị quyết "
                "295/2020/NQ-HĐND"
            ),
            (
                "Continued support for the innovative startup ecosystem under Resolution "
                "295/2020/NQ-HĐND"
            ),
        ),
        "lead": (
            (
                "Hỗ trợ khởi nghiệp đổi mới sáng tạo được xác định là một phần của phát triển thị "
                "trường KH&CN, khi doanh nghiệp khởi nghiệp vừa là bên mua vừa là nguồn cung công "
                "nghệ mới."
            ),
            (
                "Support for innovative startups is treated as part of developing the S&T market, "
                "since startups are both buyers of technology and a source of new technology."
            ),
        ),
        "days_ago": 47,
        "topics": ["doi-moi-sang-tao-khoi-nghiep"],
        "tags": ["295/2020/NQ-HĐND", "Hưng Yên"],
        "author": (
            "Trung tâm Thông tin và Thống kê khoa học và công nghệ",
            "Centre for Science and Technology Information and Statistics",
        ),
        "documents": ["nq-295-hung-yen"],
        "image": ("Khởi nghiệp đổi mới sáng tạo", "#283593", "#26a69a"),
        "caption": (
            "Nhóm khởi nghiệp giới thiệu sản phẩm mẫu với nhà đầu tư và doanh nghiệp.",
            "A startup team presents its prototype to investors and businesses.",
        ),
        "body": [
            (
                "paragraph",
                (
                    "Nghị quyết 295/2020/NQ-HĐND ngày 10/7/2020 của HĐND tỉnh xác định những khoản "
                    "được chi và mức chi cho hoạt động hỗ trợ khởi nghiệp đổi mới sáng tạo tại "
                    "Hưng Yên, gắn với đề án quốc gia đến năm 2025. Năm 2023, Công văn "
                    "2959/UBND-KGVX một lần nữa giao Sở làm đầu mối thực hiện nghị quyết."
                ),
                (
                    "Resolution 295/2020/NQ-HĐND of 10 July 2020, passed by the Provincial "
                    "People's Council, sets out what may be funded, and at what levels, to support "
                    "innovative startups in Hung Yen under the national scheme to 2025. In 2023, "
                    "Official Letter 2959/UBND-KGVX once again made the Department the focal point "
                    "for implementing it."
                ),
            ),
            ("heading", "Những hoạt động được chú trọng", "Priority activities"),
            (
                "list",
                [
                    "Hỗ trợ ý tưởng, dự án khởi nghiệp hoàn thiện sản phẩm mẫu.",
                    "Kết nối nhóm khởi nghiệp với nhà đầu tư, doanh nghiệp và chuyên gia.",
                    "Đào tạo kỹ năng quản trị, gọi vốn và bảo hộ sở hữu trí tuệ.",
                    "Đưa sản phẩm khởi nghiệp vào các sự kiện kết nối cung cầu công nghệ.",
                ],
                [
                    "Helping startup ideas and projects finish their prototypes.",
                    "Connecting startup teams with investors, businesses and experts.",
                    "Training in management, fundraising and intellectual property protection.",
                    "Bringing startup products to technology supply-demand events.",
                ],
            ),
            (
                "paragraph",
                (
                    "Khởi nghiệp đổi mới sáng tạo và thị trường khoa học và công nghệ gắn bó chặt "
                    "chẽ với nhau. Doanh nghiệp khởi nghiệp vừa mua công nghệ, vừa có thể trở "
                    "thành nguồn cung sản phẩm mới cho thị trường."
                ),
                (
                    "Innovative startups and the science and technology market are closely linked. "
                    "Startups buy technology and can also become a source of new products for the "
                    "market."
                ),
            ),
            (
                "paragraph",
                (
                    "Kinh nghiệm của Thanh Hóa cho thấy có thể đặt chỉ tiêu đo đếm được, như hỗ "
                    "trợ ít nhất 6 dự án và 6 doanh nghiệp khởi nghiệp đổi mới sáng tạo trong giai "
                    "đoạn 2024-2030."
                ),
                (
                    "Thanh Hoa's experience shows that measurable targets are possible, such as "
                    "supporting at least six innovative startup projects and six innovative "
                    "startup companies over 2024-2030."
                ),
            ),
            (
                "quote",
                (
                    "Mỗi dự án khởi nghiệp thành công là một sản phẩm khoa học và công nghệ đã "
                    "vượt qua phép thử của thị trường."
                ),
                (
                    "Every successful startup is a science and technology product that has passed "
                    "the market test."
                ),
                "Đại diện Trung tâm Thông tin và Thống kê khoa học và công nghệ",
                (
                    "Representative of the Centre for Science and Technology Information and "
                    "Statistics"
                ),
            ),
        ],
        "featured": False,
        "translate": True,
    },
    {
        "slug": (
            "thanh-hoa-du-thao-ke-hoach-thuc-hien-chi-thi-25-ct-ttg",
            "thanh-hoa-drafts-plan-to-implement-directive-25",
        ),
        "title": (
            (
                "Thanh Hóa dự thảo kế hoạch thực hiện Chỉ thị 25/CT-TTg với bảng phân công nhiệm "
                "vụ chi tiết"
            ),
            "Thanh Hoa drafts a plan for Directive 25/CT-TTg with a detailed task table",
        ),
        "lead": (
            (
                "Dự thảo quyết định năm 2024 của UBND tỉnh Thanh Hóa chia kế hoạch thành sáu nhóm "
                "nhiệm vụ, mỗi việc đều có cơ quan chủ trì, cơ quan phối hợp, sản phẩm đầu ra và "
                "thời hạn."
            ),
            (
                "A 2024 draft decision by the Thanh Hoa Provincial People's Committee splits the "
                "plan into six groups of tasks, each with a lead agency, partners, outputs and a "
                "timeline."
            ),
        ),
        "days_ago": 61,
        "topics": ["thi-truong-khoa-hoc-cong-nghe", "doi-moi-sang-tao-khoi-nghiep"],
        "tags": ["Chỉ thị 25/CT-TTg", "Thanh Hóa"],
        "author": (
            "Ban Biên tập tổng hợp từ dự thảo của tỉnh Thanh Hóa",
            "Editorial team, based on a Thanh Hoa province draft",
        ),
        "documents": ["ct-25-ttg"],
        "image": ("Bảng nhiệm vụ Thanh Hóa", "#8e2430", "#f2a541"),
        "caption": (
            "Bảng nhiệm vụ kèm theo dự thảo quy định rõ đầu mối và sản phẩm của từng hoạt động.",
            (
                "The task table attached to the draft names the lead agency and expected output of "
                "each activity."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    "Dự thảo được xây dựng theo đề nghị của Sở Khoa học và Công nghệ Thanh Hóa tại "
                    "tờ trình ngày 28/12/2023. Kế hoạch hướng tới ba mục tiêu: có chương trình, kế "
                    "hoạch phát triển thị trường, thúc đẩy cung cầu và nâng cao năng lực tổ chức "
                    "trung gian."
                ),
                (
                    "The draft was prepared at the proposal of the Thanh Hoa Department of Science "
                    "and Technology, submitted on 28 December 2023. It has three aims: to put "
                    "market development programmes and plans in place, to boost supply and demand, "
                    "and to strengthen intermediary organizations."
                ),
            ),
            (
                "heading",
                "Một số chỉ tiêu trong bảng nhiệm vụ",
                "Selected targets from the task table",
            ),
            (
                "list",
                [
                    (
                        "Một chuyên đề mỗi năm trên sóng Đài Phát thanh và Truyền hình Thanh Hóa "
                        "về thị trường khoa học và công nghệ."
                    ),
                    "Mỗi năm một lớp tập huấn hoặc hội nghị phổ biến kiến thức về thị trường.",
                    (
                        "Từ 3 đến 5 doanh nghiệp khởi nguồn tại trường đại học, cao đẳng và đơn vị "
                        "sự nghiệp trong giai đoạn 2024-2030."
                    ),
                    "Hỗ trợ ít nhất 6 dự án và 6 doanh nghiệp khởi nghiệp đổi mới sáng tạo.",
                    "Sàn giao dịch công nghệ tỉnh Thanh Hóa chính thức vận hành.",
                ],
                [
                    (
                        "One feature a year on the science and technology market on Thanh Hoa "
                        "Radio and Television."
                    ),
                    "One training course or awareness conference on the market every year.",
                    (
                        "Three to five spin-off companies at universities, colleges and public "
                        "service units over 2024-2030."
                    ),
                    (
                        "Support for at least six innovative startup projects and six innovative "
                        "startup companies."
                    ),
                    "The Thanh Hoa Technology Exchange set up and put into operation.",
                ],
            ),
            ("heading", "Tổ chức trung gian là khâu then chốt", "Intermediaries are the key link"),
            (
                "paragraph",
                (
                    "Trường Đại học Hồng Đức sẽ nâng cấp Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng "
                    "tạo để đáp ứng điều kiện của một tổ chức trung gian. Giai đoạn 2024-2026, "
                    "tỉnh hoàn thiện cơ sở vật chất cho Trung tâm Thông tin - Ứng dụng Chuyển giao "
                    "khoa học và công nghệ Thanh Hóa."
                ),
                (
                    "Hong Duc University will upgrade its Innovative Startup Support Centre so "
                    "that it meets the conditions for an intermediary organization. Over 2024-2026 "
                    "the province will complete the facilities of the Thanh Hoa Centre for Science "
                    "and Technology Information, Application and Transfer."
                ),
            ),
            (
                "paragraph",
                (
                    "Các nhiệm vụ phụ thuộc quy định mới của Bộ Khoa học và Công nghệ, chẳng hạn "
                    "hướng dẫn góp vốn bằng kết quả nghiên cứu hay chính sách thu hút chuyên gia "
                    "Việt kiều, được xếp vào giai đoạn 2025-2030. Hợp tác quốc tế về thị trường "
                    "khoa học và công nghệ do Sở Ngoại vụ chủ trì."
                ),
                (
                    "Tasks that depend on new rules from the Ministry of Science and Technology, "
                    "such as guidance on contributing research results as capital or policies to "
                    "attract overseas Vietnamese experts, are scheduled for 2025-2030. "
                    "International cooperation on the science and technology market is led by the "
                    "Department of Foreign Affairs."
                ),
            ),
        ],
        "featured": False,
        "translate": True,
    },
    {
        "slug": (
            "khuyen-khich-doanh-nghiep-lap-quy-phat-trien-khoa-hoc-va-cong-nghe",
            "encouraging-businesses-to-set-up-science-and-technology-development-funds",
        ),
        "title": (
            (
                "Khuyến khích doanh nghiệp lập Quỹ phát triển khoa học và công nghệ để tái đầu tư "
                "cho nghiên cứu"
            ),
            (
                "Encouraging businesses to set up science and technology development funds to "
                "reinvest in research"
            ),
        ),
        "lead": (
            (
                "Sở KH&CN đang xây dựng phương án giúp doanh nghiệp trích lập và sử dụng hiệu quả "
                "Quỹ phát triển KH&CN, một nguồn lực quan trọng cho đổi mới công nghệ."
            ),
            (
                "The Department of S&T is preparing measures to help businesses set aside and make "
                "good use of S&T development funds, an important resource for technology upgrading."
            ),
        ),
        "days_ago": 70,
        "topics": ["doi-moi-sang-tao-khoi-nghiep", "thuong-mai-hoa-ket-qua-nghien-cuu"],
        "tags": ["Hưng Yên"],
        "author": ("Phòng Kế hoạch - Tài chính", "Planning and Finance Division"),
        "documents": [],
        "image": ("Quỹ phát triển KH&CN doanh nghiệp", "#5d4037", "#43a047"),
        "caption": (
            (
                "Quỹ phát triển khoa học và công nghệ giúp doanh nghiệp chủ động nguồn vốn cho "
                "nghiên cứu."
            ),
            (
                "A science and technology development fund lets a business plan its own research "
                "spending."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    "Quỹ phát triển khoa học và công nghệ của doanh nghiệp là nguồn lực để tái đầu "
                    "tư cho nghiên cứu và đổi mới công nghệ. Tuy vậy, nhiều doanh nghiệp vẫn còn "
                    "lúng túng khi trích lập và sử dụng quỹ."
                ),
                (
                    "A company's science and technology development fund is a way to reinvest in "
                    "research and technology upgrading. Many businesses, however, are still unsure "
                    "how to set money aside and spend it."
                ),
            ),
            ("heading", "Vướng mắc thường gặp", "Common obstacles"),
            (
                "list",
                [
                    "Chưa rõ những khoản chi nào được phép sử dụng từ quỹ.",
                    "Lo ngại thủ tục quyết toán, báo cáo phức tạp.",
                    "Thiếu nhiệm vụ nghiên cứu cụ thể để sử dụng quỹ.",
                ],
                [
                    "Uncertainty about which expenses the fund may cover.",
                    "Concern that settlement and reporting procedures are complicated.",
                    "No concrete research tasks on which to spend the fund.",
                ],
            ),
            (
                "paragraph",
                (
                    "Công văn 2959/UBND-KGVX giao Sở Khoa học và Công nghệ đề xuất phương án thúc "
                    "đẩy doanh nghiệp lập và sử dụng hiệu quả quỹ. Sở sẽ phối hợp với các hiệp hội "
                    "doanh nghiệp hướng dẫn cụ thể và giới thiệu đối tác nghiên cứu phù hợp."
                ),
                (
                    "Official Letter 2959/UBND-KGVX asks the Department of Science and Technology "
                    "to propose ways of getting businesses to set up and use such funds "
                    "effectively. The Department will work with business associations to give "
                    "practical guidance and introduce suitable research partners."
                ),
            ),
            (
                "paragraph",
                (
                    "Thanh Hóa và Bình Định cũng đưa nội dung hướng dẫn doanh nghiệp trích lập quỹ "
                    "vào kế hoạch phát triển thị trường khoa học và công nghệ của tỉnh."
                ),
                (
                    "Thanh Hoa and Binh Dinh have also written guidance on setting up such funds "
                    "into their science and technology market plans."
                ),
            ),
        ],
        "featured": False,
        "translate": False,
    },
    {
        "slug": (
            "lang-son-dat-muc-tieu-giao-dich-khoa-hoc-cong-nghe-tang-20-phan-tram-moi-nam",
            "lang-son-targets-20-percent-annual-growth-in-technology-transactions",
        ),
        "title": (
            "Lạng Sơn hướng tới giá trị giao dịch thị trường KH&CN tăng 20% mỗi năm đến 2030",
            "Lang Son targets 20% annual growth in S&T market transactions to 2030",
        ),
        "lead": (
            (
                "Kế hoạch 257/KH-UBND ngày 26/12/2022 của UBND tỉnh Lạng Sơn đặt chỉ tiêu về tăng "
                "trưởng giao dịch, tổ chức trung gian và số hóa kết quả nghiên cứu."
            ),
            (
                "Plan 257/KH-UBND of 26 December 2022 by the Lang Son Provincial People's "
                "Committee sets targets for transaction growth, intermediary organizations and the "
                "digitization of research results."
            ),
        ),
        "days_ago": 96,
        "topics": ["thi-truong-khoa-hoc-cong-nghe", "chuyen-giao-cong-nghe"],
        "tags": ["257/KH-UBND", "Lạng Sơn"],
        "author": (
            "Ban Biên tập tổng hợp từ kế hoạch của UBND tỉnh Lạng Sơn",
            "Editorial team, based on a Lang Son Provincial People's Committee plan",
        ),
        "documents": ["kh-257-lang-son", "nd-76-cp"],
        "image": ("Thị trường KH&CN Lạng Sơn", "#6a1b9a", "#00897b"),
        "caption": (
            (
                "Lạng Sơn khuyến khích nhập khẩu, giải mã công nghệ tiên tiến cho các ngành hàng "
                "xuất khẩu chủ lực."
            ),
            (
                "Lang Son encourages importing and adapting advanced technology for its key export "
                "sectors."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    "Kế hoạch là cách Lạng Sơn cụ thể hóa Quyết định 1158/QĐ-TTg, với mục đích "
                    "tăng giá trị giao dịch hàng hóa khoa học và công nghệ và có thêm doanh nghiệp "
                    "khoa học và công nghệ."
                ),
                (
                    "The plan implements the Prime Minister's Decision 1158/QĐ-TTg and aims to "
                    "raise the value of science and technology transactions and to grow science "
                    "and technology enterprises in the province."
                ),
            ),
            ("heading", "Chỉ tiêu theo hai giai đoạn", "Targets in two stages"),
            (
                "list",
                [
                    (
                        "Đến năm 2025: giá trị giao dịch tăng bình quân 15% mỗi năm, trên 20% ở "
                        "một số ngành hàng xuất khẩu chủ lực."
                    ),
                    "Đến năm 2025: nghiên cứu phương án hình thành một tổ chức trung gian.",
                    (
                        "Đến năm 2030: giá trị giao dịch tăng bình quân 20% mỗi năm, trên 25% ở "
                        "một số ngành hàng xuất khẩu chủ lực."
                    ),
                    (
                        "Đến năm 2030: có ít nhất một tổ chức trung gian kết nối vào mạng lưới "
                        "quốc gia."
                    ),
                    "Các kết quả nghiên cứu, tài sản trí tuệ có triển vọng thương mại được số hóa.",
                ],
                [
                    (
                        "By 2025: transaction value grows by 15% a year on average, and by more "
                        "than 20% in some key export sectors."
                    ),
                    "By 2025: options for setting up an intermediary organization are studied.",
                    (
                        "By 2030: transaction value grows by 20% a year on average, and by more "
                        "than 25% in some key export sectors."
                    ),
                    (
                        "By 2030: at least one intermediary organization is linked to the national "
                        "network."
                    ),
                    (
                        "Research results and intellectual property with commercial potential are "
                        "digitized."
                    ),
                ],
            ),
            (
                "paragraph",
                (
                    "Tổ chức trung gian được kỳ vọng làm đầu mối về môi giới, tư vấn, đánh giá "
                    "chuyển giao công nghệ và một số dịch vụ công. Đây sẽ là cầu nối giữa các sàn "
                    "giao dịch công nghệ trong nước và Trung tâm ứng dụng, phát triển khoa học - "
                    "công nghệ và đo lường chất lượng sản phẩm của tỉnh."
                ),
                (
                    "The intermediary will be the contact point for public services, brokerage, "
                    "consulting and technology transfer assessment. It will connect national "
                    "technology exchanges with the province's Centre for Science and Technology "
                    "Application and Development and Product Quality Measurement."
                ),
            ),
            (
                "heading",
                "Chuyển giao công nghệ đúng quy định",
                "Technology transfer within the rules",
            ),
            (
                "paragraph",
                (
                    "Tỉnh khuyến khích doanh nghiệp, viện, trường nhập khẩu và giải mã công nghệ "
                    "cao, công nghệ sạch, nhất là từ các nước phát triển. Những công nghệ nằm "
                    "trong danh mục cấm hoặc hạn chế chuyển giao theo Nghị định 76/2018/NĐ-CP "
                    "không thuộc diện khuyến khích."
                ),
                (
                    "Businesses, institutes and universities are encouraged to import and master "
                    "high and clean technologies, preferably from developed countries. "
                    "Technologies on the banned or restricted transfer lists of Decree "
                    "76/2018/NĐ-CP are excluded from this encouragement."
                ),
            ),
            (
                "paragraph",
                (
                    "Tỉnh cũng nghiên cứu xây dựng sàn giao dịch công nghệ và thiết bị Lạng Sơn, "
                    "liên thông với các nền tảng trong nước và quốc tế. Các sở, ngành, địa phương "
                    "gửi báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15/12 hằng năm."
                ),
                (
                    "The province is also looking into a Lang Son technology and equipment "
                    "exchange connected to domestic and international platforms. Departments, "
                    "sectors and localities must report their results to the Department of Science "
                    "and Technology by 15 December each year."
                ),
            ),
        ],
        "featured": False,
        "translate": True,
    },
    {
        "slug": (
            "chuong-trinh-thi-truong-khoa-hoc-cong-nghe-den-2030-khung-chung-cho-cac-tinh",
            "science-and-technology-market-programme-to-2030-common-framework",
        ),
        "title": (
            "Chương trình phát triển thị trường KH&CN đến năm 2030: khung chung cho các địa phương",
            "The S&T market programme to 2030: a common framework for provinces",
        ),
        "lead": (
            (
                "Quyết định 1158/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ là căn cứ để nhiều "
                "tỉnh xây dựng kế hoạch phát triển thị trường khoa học và công nghệ phù hợp với "
                "thế mạnh riêng."
            ),
            (
                "The Prime Minister's Decision 1158/QĐ-TTg of 13 July 2021 is the basis on which "
                "many provinces have drawn up science and technology market plans suited to their "
                "own strengths."
            ),
        ),
        "days_ago": 118,
        "topics": ["thi-truong-khoa-hoc-cong-nghe", "chuyen-giao-cong-nghe"],
        "tags": ["1158/QĐ-TTg", "Chỉ thị 25/CT-TTg"],
        "author": (
            "Văn phòng Sở Khoa học và Công nghệ",
            "Office of the Department of Science and Technology",
        ),
        "documents": ["qd-1158-ttg", "qd-2209-hung-yen"],
        "image": ("Chương trình quốc gia đến 2030", "#0d3b66", "#3aa17e"),
        "caption": (
            (
                "Các địa phương cụ thể hóa chương trình quốc gia bằng kế hoạch gắn với lợi thế của "
                "mình."
            ),
            "Provinces turn the national programme into plans built around their own advantages.",
        ),
        "body": [
            (
                "paragraph",
                (
                    "Chương trình được ban hành ngày 13/7/2021, định hướng phát triển thị trường "
                    "khoa học và công nghệ cả nước đến năm 2030. Hơn hai tháng sau, ngày "
                    "22/9/2021, UBND tỉnh Hưng Yên phê duyệt chương trình của tỉnh tại Quyết định "
                    "2209/QĐ-UBND."
                ),
                (
                    "Issued on 13 July 2021, the programme guides the development of the national "
                    "science and technology market to 2030. A little over two months later, on 22 "
                    "September 2021, the Hung Yen Provincial People's Committee approved the "
                    "province's own programme in Decision 2209/QĐ-UBND."
                ),
            ),
            (
                "heading",
                "Các nhóm giải pháp được địa phương cụ thể hóa",
                "Groups of measures adopted by provinces",
            ),
            (
                "list",
                [
                    "Rà soát, hoàn thiện cơ chế, chính sách hỗ trợ thị trường.",
                    (
                        "Phát triển nguồn cầu, nâng cao năng lực hấp thụ và làm chủ công nghệ của "
                        "doanh nghiệp."
                    ),
                    (
                        "Phát triển nguồn cung, thúc đẩy chuyển giao và thương mại hóa kết quả "
                        "nghiên cứu."
                    ),
                    "Hình thành và nâng cao năng lực các tổ chức trung gian.",
                    (
                        "Tăng cường xúc tiến thị trường, đào tạo nhân lực, truyền thông và hội "
                        "nhập quốc tế."
                    ),
                    "Phát triển hạ tầng thị trường, kết nối với cơ sở dữ liệu quốc gia.",
                ],
                [
                    "Reviewing and improving policies that support the market.",
                    (
                        "Developing demand and strengthening businesses' ability to absorb and "
                        "master technology."
                    ),
                    (
                        "Developing supply and promoting the transfer and commercialization of "
                        "research results."
                    ),
                    "Establishing intermediary organizations and building their capacity.",
                    (
                        "Stepping up market promotion, training, communication and international "
                        "integration."
                    ),
                    "Developing market infrastructure connected to the national database.",
                ],
            ),
            (
                "paragraph",
                (
                    "Năm 2023, Chỉ thị 25/CT-TTg tiếp tục yêu cầu phát triển thị trường theo hướng "
                    "đồng bộ, hiệu quả, hiện đại và hội nhập. Nhiều tỉnh như Hưng Yên, Bình Định "
                    "và Thanh Hóa đã ban hành hoặc dự thảo văn bản triển khai ngay sau đó."
                ),
                (
                    "In 2023, Directive 25/CT-TTg called again for a synchronous, effective, "
                    "modern and integrated market. Provinces including Hung Yen, Binh Dinh and "
                    "Thanh Hoa issued or drafted implementing documents soon afterwards."
                ),
            ),
            ("heading", "Điểm chung của các kế hoạch", "What the plans have in common"),
            (
                "paragraph",
                (
                    "Các kế hoạch đều có chỉ tiêu đo được, như tốc độ tăng giá trị giao dịch, số "
                    "tổ chức trung gian hay số sản phẩm được thương mại hóa. Đây cũng là cơ sở để "
                    "Sở Khoa học và Công nghệ Hưng Yên đánh giá hoạt động của thị trường hằng năm."
                ),
                (
                    "The plans all include measurable targets, such as growth in transaction "
                    "value, the number of intermediaries or the number of products commercialized. "
                    "These also give the Hung Yen Department of Science and Technology a yardstick "
                    "for its annual market review."
                ),
            ),
        ],
        "featured": False,
        "translate": True,
    },
]
