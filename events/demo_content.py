"""Bilingual demo content for the events calendar.

Pure data, no imports: Vietnamese source text with an English translation, written for the
demo agency "Sở Khoa học và Công nghệ tỉnh Hưng Yên". Facts (document numbers, dates, tasks)
come from real provincial documents on the science and technology market (see
/work/shared/seeds/), retold in our own words. Addresses follow the two-level map in force
since July 2025: street, commune or ward, province.

``EVENTS`` is a list of dicts. Text fields are ``(vi, en)`` pairs; dates are whole days
relative to today (negative = past) and times are local ``"HH:MM"`` strings (``None`` for an
all-day event). ``agenda`` rows are ``(time, (vi, en) title, (vi, en) speaker or None)`` and
``speakers`` rows are ``((vi, en) name, (vi, en) role)``. ``capacity`` ``None`` means the event
takes no registrations. Every non-empty Vietnamese string is unique, because translations are
matched by source text.
"""

EVENTS = [
    # A past training, with registration (nearly every seat was taken).
    {
        "slug": (
            "tap-huan-dang-ky-bao-ho-so-huu-tri-tue-cho-doanh-nghiep",
            "intellectual-property-registration-training-for-businesses",
        ),
        "title": (
            "Tập huấn đăng ký bảo hộ quyền sở hữu trí tuệ cho doanh nghiệp",
            "Training on registering intellectual property rights for businesses",
        ),
        "type": "training",
        "start_days": -52,
        "start_time": "08:00",
        "end_days": -52,
        "end_time": "16:30",
        "venue": (
            "Hội trường Sở Khoa học và Công nghệ",
            "Conference hall of the Department of Science and Technology",
        ),
        "street": ("Số 8 đường Chùa Chuông", "8 Chua Chuong Street"),
        "commune": ("Phường Phố Hiến", "Pho Hien Ward"),
        "province": "hung-yen",
        "online_url": "",
        "organizer": (
            "Sở Khoa học và Công nghệ tỉnh Hưng Yên",
            "Hung Yen Department of Science and Technology",
        ),
        "co_organizers": (
            "Cục Sở hữu trí tuệ, Hiệp hội Doanh nghiệp tỉnh",
            "Intellectual Property Office of Viet Nam, Provincial Business Association",
        ),
        "fee": 0,
        "summary": (
            "Một ngày hướng dẫn doanh nghiệp, hợp tác xã và hộ kinh doanh cách đăng ký nhãn hiệu, "
            "kiểu dáng công nghiệp và sáng chế, kèm tư vấn trực tiếp cho từng hồ sơ.",
            "A one-day course showing businesses, cooperatives and household businesses how to "
            "register trademarks, industrial designs and patents, with one-to-one advice on "
            "their own applications.",
        ),
        "body": [
            (
                "Nhiều sản phẩm của tỉnh đã có chỗ đứng trên thị trường nhưng chưa được bảo hộ "
                "nhãn hiệu, nên dễ bị làm nhái hoặc bị người khác đăng ký trước. Lớp tập huấn đi "
                "qua toàn bộ quy trình: tra cứu khả năng bảo hộ, chuẩn bị tờ khai và mẫu nhãn, "
                "nộp đơn và theo dõi đơn cho tới khi được cấp văn bằng.",
                "Many of the province's products already sell well but have no registered "
                "trademark, which leaves them open to copying or to someone else registering the "
                "name first. The course covers the whole process: checking whether a sign can be "
                "protected, preparing the form and the specimen, filing, and following the "
                "application until the certificate is granted.",
            ),
            (
                "Học viên được giới thiệu mức hỗ trợ của tỉnh cho việc đăng ký bảo hộ tài sản trí "
                "tuệ theo Nghị quyết số 179/2022/NQ-HĐND và thực hành nộp đơn trên cổng dịch vụ "
                "công trực tuyến. Mỗi đơn vị nên mang theo mẫu nhãn, logo hoặc bản mô tả sản phẩm "
                "để được chuyên gia góp ý ngay tại lớp.",
                "Participants learn about the support the province pays towards registering "
                "intellectual property under Resolution 179/2022/NQ-HĐND and practise filing on "
                "the online public service portal. Each business should bring its labels, logo "
                "or a product description so the experts can comment on them in class.",
            ),
        ],
        "agenda": [
            (
                "08:00",
                ("Đón tiếp học viên và phát tài liệu", "Welcome and handing out materials"),
                None,
            ),
            (
                "08:30",
                (
                    "Tổng quan về quyền sở hữu công nghiệp và lợi ích của việc đăng ký bảo hộ",
                    "Industrial property rights and why registration pays off",
                ),
                (
                    "TS. Vũ Minh Tâm, Cục Sở hữu trí tuệ",
                    "Dr Vu Minh Tam, Intellectual Property Office of Viet Nam",
                ),
            ),
            (
                "10:00",
                (
                    "Tra cứu nhãn hiệu và chuẩn bị hồ sơ đăng ký",
                    "Searching existing trademarks and preparing the application",
                ),
                (
                    "LS. Phạm Quốc Khánh, đại diện sở hữu công nghiệp",
                    "Pham Quoc Khanh, industrial property attorney",
                ),
            ),
            (
                "13:30",
                (
                    "Thực hành nộp đơn trực tuyến và giới thiệu chính sách hỗ trợ của tỉnh",
                    "Filing online in practice, and the province's support policy",
                ),
                (
                    "Chuyên viên Phòng Quản lý chuyên ngành",
                    "Officer of the Specialised Management Division",
                ),
            ),
            (
                "15:30",
                (
                    "Giải đáp vướng mắc và tư vấn hồ sơ của từng doanh nghiệp",
                    "Questions, and advice on each business's application",
                ),
                None,
            ),
        ],
        "speakers": [
            (
                ("TS. Vũ Minh Tâm", "Dr Vu Minh Tam"),
                (
                    "Giảng viên, Cục Sở hữu trí tuệ",
                    "Lecturer, Intellectual Property Office of Viet Nam",
                ),
            ),
            (
                ("LS. Phạm Quốc Khánh", "Pham Quoc Khanh"),
                (
                    "Luật sư, Công ty Luật Sở hữu trí tuệ An Phát",
                    "Lawyer, An Phat Intellectual Property Law Firm",
                ),
            ),
        ],
        "capacity": 50,
        "max_per_registration": 3,
        "opens_days": -80,
        "closes_days": -54,
        "waitlist": False,
        "status": "scheduled",
        "status_note": ("", ""),
        "demo_registrations": 44,
        "translate": True,
    },
    # A past matchmaking session in a rural commune, Vietnamese only.
    {
        "slug": (
            "ket-noi-cong-nghe-say-va-bao-quan-nong-san-khoai-chau",
            "drying-and-storage-technology-matchmaking-in-khoai-chau",
        ),
        "title": (
            "Phiên kết nối công nghệ sấy và bảo quản nông sản tại Khoái Châu",
            "Matchmaking on drying and storage technology for farm produce in Khoai Chau",
        ),
        "type": "matchmaking",
        "start_days": -18,
        "start_time": "08:30",
        "end_days": -18,
        "end_time": "11:30",
        "venue": (
            "Hội trường Ủy ban nhân dân xã Khoái Châu",
            "Hall of the Khoai Chau Commune People's Committee",
        ),
        "street": ("Khu trung tâm hành chính xã", "Commune administrative centre"),
        "commune": ("Xã Khoái Châu", "Khoai Chau Commune"),
        "province": "hung-yen",
        "online_url": "",
        "organizer": (
            "Ủy ban nhân dân xã Khoái Châu",
            "Khoai Chau Commune People's Committee",
        ),
        "co_organizers": (
            "Trung tâm Ứng dụng khoa học và công nghệ, Hội Nông dân tỉnh",
            "Centre for Applied Science and Technology, Provincial Farmers' Union",
        ),
        "fee": 0,
        "summary": (
            "Các đơn vị cung ứng giới thiệu máy sấy bơm nhiệt, kho lạnh quy mô nhỏ và bao bì "
            "bảo quản cho hợp tác xã trồng chuối, nhãn và rau màu ven sông Hồng.",
            "Suppliers present heat-pump dryers, small cold stores and storage packaging to "
            "cooperatives growing bananas, longans and vegetables along the Red River.",
        ),
        "body": [
            (
                "Sau mỗi vụ thu hoạch, một phần đáng kể nông sản bị hao hụt vì thiếu thiết bị sấy "
                "và kho bảo quản phù hợp. Trước phiên kết nối, các hợp tác xã đã được hướng dẫn tự "
                "đánh giá nhu cầu công nghệ của mình, đúng tinh thần Công văn số 2959/UBND-KGVX "
                "của Ủy ban nhân dân tỉnh.",
                "After every harvest a good part of the crop is lost for want of suitable drying "
                "equipment and storage. Ahead of the session the cooperatives were helped to "
                "assess their own technology needs, as Official Letter 2959/UBND-KGVX of the "
                "Provincial People's Committee asks.",
            ),
            (
                "Tại phiên kết nối, các bên xem trình diễn thiết bị thực tế, so sánh chi phí đầu "
                "tư và thời gian hoàn vốn, rồi gặp riêng đơn vị cung ứng để bàn phương án lắp đặt "
                "thử nghiệm ngay trong mùa vụ tới.",
                "At the session participants watch the equipment at work, compare investment "
                "costs and payback periods, then meet suppliers one to one to plan trial "
                "installations for the coming season.",
            ),
        ],
        "agenda": [
            (
                "08:30",
                (
                    "Kết quả khảo sát nhu cầu công nghệ sau thu hoạch của các hợp tác xã",
                    "Findings of the survey of the cooperatives' post-harvest technology needs",
                ),
                (
                    "Đại diện Trung tâm Ứng dụng khoa học và công nghệ",
                    "A representative of the Centre for Applied Science and Technology",
                ),
            ),
            (
                "09:00",
                (
                    "Trình diễn máy sấy bơm nhiệt và kho lạnh mini",
                    "Demonstration of a heat-pump dryer and a mini cold store",
                ),
                (
                    "KS. Đinh Văn Lực, Công ty Cổ phần Cơ điện lạnh Bắc Hưng",
                    "Dinh Van Luc, Bac Hung Refrigeration JSC",
                ),
            ),
            (
                "10:15",
                (
                    "Gặp gỡ trực tiếp giữa hợp tác xã và đơn vị cung ứng thiết bị",
                    "Face-to-face meetings between cooperatives and equipment suppliers",
                ),
                None,
            ),
            (
                "11:15",
                (
                    "Ghi nhận các thỏa thuận lắp đặt thử nghiệm",
                    "Recording the agreements for trial installations",
                ),
                None,
            ),
        ],
        "speakers": [
            (
                ("KS. Đinh Văn Lực", "Dinh Van Luc"),
                (
                    "Giám đốc kỹ thuật, Công ty Cổ phần Cơ điện lạnh Bắc Hưng",
                    "Technical director, Bac Hung Refrigeration JSC",
                ),
            ),
        ],
        "capacity": None,
        "max_per_registration": 1,
        "opens_days": -40,
        "closes_days": -19,
        "waitlist": False,
        "status": "scheduled",
        "status_note": ("", ""),
        "demo_registrations": 0,
        "translate": False,
    },
    # Running now: a three-day technology fair, free entry without registration.
    {
        "slug": (
            "cho-cong-nghe-va-thiet-bi-tinh-hung-yen",
            "hung-yen-technology-and-equipment-fair",
        ),
        "title": (
            "Chợ công nghệ và thiết bị tỉnh Hưng Yên",
            "Hung Yen Technology and Equipment Fair",
        ),
        "type": "fair",
        "start_days": -1,
        "start_time": "08:00",
        "end_days": 1,
        "end_time": "17:00",
        "venue": ("Trung tâm Triển lãm tỉnh", "Provincial Exhibition Centre"),
        "street": ("Đường Nguyễn Văn Linh", "Nguyen Van Linh Street"),
        "commune": ("Phường Hồng Châu", "Hong Chau Ward"),
        "province": "hung-yen",
        "online_url": "",
        "organizer": (
            "Ủy ban nhân dân tỉnh Hưng Yên",
            "Hung Yen Provincial People's Committee",
        ),
        "co_organizers": (
            "Sở Khoa học và Công nghệ, Sở Công Thương, Hiệp hội Doanh nghiệp tỉnh",
            "Department of Science and Technology, Department of Industry and Trade, "
            "Provincial Business Association",
        ),
        "fee": 0,
        "summary": (
            "Ba ngày trưng bày, trình diễn và giao dịch công nghệ, thiết bị của viện nghiên cứu, "
            "trường đại học, doanh nghiệp và nhà sáng chế trong và ngoài tỉnh.",
            "Three days of exhibitions, demonstrations and deals on technology and equipment "
            "from research institutes, universities, companies and inventors from the province "
            "and beyond.",
        ),
        "body": [
            (
                "Chợ công nghệ là hoạt động xúc tiến thị trường trọng tâm của Chương trình phát "
                "triển thị trường khoa học và công nghệ tỉnh Hưng Yên đến năm 2030, được phê duyệt "
                "tại Quyết định số 2209/QĐ-UBND ngày 22/9/2021. Các gian hàng tập trung vào cơ khí "
                "chế tạo, tự động hóa, công nghệ sinh học, chế biến nông sản, xử lý môi trường và "
                "giải pháp chuyển đổi số cho doanh nghiệp.",
                "The fair is the main market promotion event of the Hung Yen Science and "
                "Technology Market Development Programme to 2030, approved by Decision "
                "2209/QĐ-UBND of 22 September 2021. Stands focus on engineering, automation, "
                "biotechnology, food processing, environmental treatment and digital "
                "transformation solutions for businesses.",
            ),
            (
                "Ngoài khu trưng bày, ban tổ chức bố trí quầy tư vấn về hợp đồng chuyển giao công "
                "nghệ, sở hữu trí tuệ và nguồn vốn hỗ trợ đổi mới công nghệ. Các nhu cầu và chào "
                "bán được ghi nhận tại chợ sẽ tiếp tục được đăng trên Sàn giao dịch công nghệ, "
                "thiết bị của tỉnh để hai bên theo đuổi sau sự kiện.",
                "Besides the stands, the organizers run advice desks on technology transfer "
                "contracts, intellectual property and funding for technology upgrades. Offers and "
                "requests recorded at the fair go on the province's online technology and "
                "equipment exchange, so both sides can follow them up afterwards.",
            ),
            (
                "Khách tham quan vào cửa tự do, không cần đăng ký. Doanh nghiệp muốn được xếp lịch "
                "gặp riêng với đơn vị cung ứng có thể liên hệ bàn thông tin ngay tại cổng chính.",
                "Admission is free and no registration is needed. Businesses that want a "
                "scheduled meeting with a supplier can ask at the information desk by the main "
                "entrance.",
            ),
        ],
        "agenda": [
            (
                "08:00",
                (
                    "Khai mạc chợ công nghệ và tham quan khu trưng bày",
                    "Opening of the fair and tour of the exhibition",
                ),
                (
                    "Lãnh đạo Ủy ban nhân dân tỉnh",
                    "Leaders of the Provincial People's Committee",
                ),
            ),
            (
                "09:30",
                (
                    "Trình diễn thiết bị tự động hóa cho doanh nghiệp nhỏ và vừa",
                    "Automation equipment demonstrations for small and medium-sized businesses",
                ),
                None,
            ),
            (
                "14:00",
                (
                    "Tọa đàm: đưa công nghệ mới vào các sản phẩm chủ lực của tỉnh",
                    "Panel: bringing new technology into the province's key products",
                ),
                (
                    "PGS.TS. Trịnh Quang Huy, điều phối tọa đàm",
                    "Assoc. Prof. Trinh Quang Huy, moderator",
                ),
            ),
            (
                "16:00",
                (
                    "Phiên ký kết hợp đồng và biên bản ghi nhớ chuyển giao công nghệ",
                    "Signing of technology transfer contracts and memoranda",
                ),
                None,
            ),
        ],
        "speakers": [
            (
                ("PGS.TS. Trịnh Quang Huy", "Assoc. Prof. Trinh Quang Huy"),
                (
                    "Viện trưởng Viện Cơ khí và Tự động hóa Đồng bằng sông Hồng",
                    "Director, Red River Delta Institute of Mechanical Engineering and Automation",
                ),
            ),
        ],
        "capacity": None,
        "max_per_registration": 1,
        "opens_days": -30,
        "closes_days": -2,
        "waitlist": False,
        "status": "scheduled",
        "status_note": ("", ""),
        "demo_registrations": 0,
        "translate": True,
    },
    # Postponed: a talk on the province's online technology exchange.
    {
        "slug": (
            "toa-dam-gioi-thieu-san-giao-dich-cong-nghe-thiet-bi",
            "talk-on-the-online-technology-and-equipment-exchange",
        ),
        "title": (
            "Tọa đàm giới thiệu Sàn giao dịch công nghệ, thiết bị tỉnh Hưng Yên",
            "Talk on the Hung Yen online technology and equipment exchange",
        ),
        "type": "other",
        "start_days": 8,
        "start_time": "14:00",
        "end_days": 8,
        "end_time": "16:30",
        "venue": (
            "Phòng họp tầng 2, Trung tâm Thông tin và Thống kê khoa học và công nghệ",
            "Second-floor meeting room, Centre for Science and Technology Information and "
            "Statistics",
        ),
        "street": ("Số 12 đường Tô Hiến Thành", "12 To Hien Thanh Street"),
        "commune": ("Phường Sơn Nam", "Son Nam Ward"),
        "province": "hung-yen",
        "online_url": "",
        "organizer": (
            "Trung tâm Thông tin và Thống kê khoa học và công nghệ tỉnh Hưng Yên",
            "Hung Yen Centre for Science and Technology Information and Statistics",
        ),
        "co_organizers": ("", ""),
        "fee": 0,
        "summary": (
            "Giới thiệu cách doanh nghiệp, viện và trường đăng nhu cầu, chào bán công nghệ và "
            "tìm đối tác trên sàn giao dịch trực tuyến của tỉnh.",
            "How businesses, institutes and universities can post technology requests and "
            "offers, and find partners, on the province's online exchange.",
        ),
        "body": [
            (
                "Sàn giao dịch công nghệ, thiết bị trên môi trường mạng là kênh để bên cần và bên "
                "có công nghệ tìm đến nhau quanh năm, không phải chờ tới các kỳ chợ công nghệ. "
                "Tỉnh đang xây dựng cơ sở dữ liệu về thị trường khoa học và công nghệ, kết nối "
                "đồng bộ với cổng thông tin và cơ sở dữ liệu quốc gia.",
                "The online technology and equipment exchange lets those who need technology and "
                "those who have it find each other all year round, without waiting for the next "
                "fair. The province is building a science and technology market database that "
                "connects to the national portal and database.",
            ),
            (
                "Tọa đàm hướng dẫn tạo tài khoản, đăng hồ sơ công nghệ và theo dõi yêu cầu kết "
                "nối. Các đăng ký đã gửi vẫn giữ nguyên giá trị cho buổi tọa đàm khi có lịch mới.",
                "The talk shows how to open an account, post a technology profile and track "
                "connection requests. Registrations already made remain valid for the new date.",
            ),
        ],
        "agenda": [
            (
                "14:00",
                (
                    "Những tính năng mới của sàn giao dịch sau đợt nâng cấp",
                    "What is new on the exchange after the upgrade",
                ),
                (
                    "ThS. Nguyễn Thị Bích Ngọc, Trung tâm Thông tin và Thống kê",
                    "Nguyen Thi Bich Ngoc, Information and Statistics Centre",
                ),
            ),
            (
                "14:45",
                (
                    "Hướng dẫn đăng nhu cầu và chào bán công nghệ",
                    "Posting technology requests and offers, step by step",
                ),
                None,
            ),
            (
                "15:30",
                (
                    "Kết nối dữ liệu của tỉnh với cơ sở dữ liệu quốc gia về thị trường khoa học "
                    "và công nghệ",
                    "Linking the province's data with the national science and technology market "
                    "database",
                ),
                None,
            ),
            (
                "16:15",
                ("Trao đổi và góp ý của người dùng", "Users' questions and feedback"),
                None,
            ),
        ],
        "speakers": [
            (
                ("ThS. Nguyễn Thị Bích Ngọc", "Nguyen Thi Bich Ngoc"),
                (
                    "Phó Giám đốc Trung tâm Thông tin và Thống kê khoa học và công nghệ",
                    "Deputy Director, Centre for Science and Technology Information and Statistics",
                ),
            ),
        ],
        "capacity": 100,
        "max_per_registration": 5,
        "opens_days": -15,
        "closes_days": 6,
        "waitlist": False,
        "status": "postponed",
        "status_note": (
            "Tọa đàm tạm hoãn để hoàn tất nâng cấp sàn giao dịch; thời gian mới sẽ được thông "
            "báo sau.",
            "Postponed until the exchange upgrade is complete; the new date will be announced.",
        ),
        "demo_registrations": 23,
        "translate": True,
    },
    # Upcoming, hybrid, nearly full: the provincial supply-demand connection conference.
    {
        "slug": (
            "hoi-nghi-ket-noi-cung-cau-cong-nghe-tinh-hung-yen",
            "hung-yen-technology-supply-and-demand-conference",
        ),
        "title": (
            "Hội nghị kết nối cung cầu công nghệ tỉnh Hưng Yên",
            "Hung Yen technology supply and demand connection conference",
        ),
        "type": "matchmaking",
        "start_days": 12,
        "start_time": "08:00",
        "end_days": 12,
        "end_time": "16:30",
        "venue": ("Trung tâm Hội nghị tỉnh", "Provincial Conference Centre"),
        "street": ("Số 1 đường Lê Quý Đôn", "1 Le Quy Don Street"),
        "commune": ("Phường Mỹ Hào", "My Hao Ward"),
        "province": "hung-yen",
        "online_url": "https://meet.example.vn/ket-noi-cung-cau-cong-nghe",
        "organizer": (
            "Sở Khoa học và Công nghệ phối hợp với Sở Công Thương tỉnh Hưng Yên",
            "Hung Yen Department of Science and Technology with the Department of Industry and "
            "Trade",
        ),
        "co_organizers": (
            "Các viện nghiên cứu, trường đại học và tổ chức trung gian của thị trường khoa học "
            "và công nghệ",
            "Research institutes, universities and science and technology market intermediaries",
        ),
        "fee": 0,
        "summary": (
            "Doanh nghiệp có nhu cầu đổi mới công nghệ gặp trực tiếp viện, trường và nhà cung "
            "ứng qua các cuộc gặp song phương được xếp lịch trước; phiên toàn thể được truyền "
            "trực tuyến.",
            "Businesses looking to upgrade their technology meet institutes, universities and "
            "suppliers in one-to-one meetings booked in advance; the plenary is also streamed "
            "online.",
        ),
        "body": [
            (
                "Chỉ thị số 25/CT-TTg ngày 05/10/2023 của Thủ tướng Chính phủ yêu cầu phát triển "
                "thị trường khoa học và công nghệ đồng bộ, hiệu quả, hiện đại và hội nhập. Thực "
                "hiện Công văn số 2959/UBND-KGVX ngày 31/10/2023 của tỉnh, Sở Khoa học và Công "
                "nghệ hướng dẫn doanh nghiệp đánh giá nhu cầu công nghệ và đưa các nhu cầu đó tới "
                "đúng nơi có lời giải.",
                "Prime Minister's Directive 25/CT-TTg of 5 October 2023 calls for a science and "
                "technology market that is coherent, effective, modern and open to the world. "
                "Under the province's Official Letter 2959/UBND-KGVX of 31 October 2023, the "
                "Department helps businesses assess their technology needs and takes those "
                "needs to the people who can meet them.",
            ),
            (
                "Buổi sáng là phiên toàn thể công bố danh mục nhu cầu công nghệ của doanh nghiệp "
                "trong tỉnh và giới thiệu giải pháp của bên cung; đại biểu ngoài tỉnh có thể theo "
                "dõi trực tuyến. Buổi chiều dành cho các cuộc gặp song phương, chỉ tổ chức trực "
                "tiếp tại hội trường.",
                "In the morning a plenary session presents the list of technology needs gathered "
                "from businesses in the province and the solutions offered by suppliers; guests "
                "from other provinces can follow it online. The afternoon is kept for one-to-one "
                "meetings, held in person only.",
            ),
            (
                "Để mỗi doanh nghiệp có ít nhất hai cuộc gặp, hội nghị chỉ nhận 40 chỗ và tối đa "
                "hai người cho mỗi đơn vị. Khi đăng ký, vui lòng mô tả ngắn gọn vấn đề công nghệ "
                "mà doanh nghiệp đang cần giải quyết.",
                "So that every business gets at least two meetings, the conference takes 40 "
                "places and no more than two people per organization. When you register, please "
                "describe briefly the technology problem your business needs to solve.",
            ),
        ],
        "agenda": [
            (
                "08:00",
                (
                    "Đón tiếp đại biểu và xác nhận lịch gặp song phương",
                    "Arrival and confirmation of one-to-one meeting slots",
                ),
                None,
            ),
            (
                "08:30",
                ("Phát biểu khai mạc hội nghị", "Opening address"),
                (
                    "Ông Lương Đức Thịnh, Giám đốc Sở",
                    "Mr Luong Duc Thinh, Director of the Department",
                ),
            ),
            (
                "09:00",
                (
                    "Công bố danh mục nhu cầu công nghệ của doanh nghiệp trong tỉnh",
                    "Presentation of the list of technology needs of businesses in the province",
                ),
                (
                    "ThS. Hoàng Thị Lan Phương, Phòng Quản lý công nghệ",
                    "Hoang Thi Lan Phuong, Technology Management Division",
                ),
            ),
            (
                "10:15",
                (
                    "Giải pháp công nghệ từ các viện nghiên cứu và trường đại học",
                    "Technology solutions from research institutes and universities",
                ),
                None,
            ),
            (
                "13:30",
                (
                    "Gặp gỡ song phương giữa bên cung và bên cầu công nghệ",
                    "One-to-one meetings between technology suppliers and buyers",
                ),
                None,
            ),
            (
                "16:00",
                (
                    "Tổng kết hội nghị và ký biên bản ghi nhớ hợp tác",
                    "Closing remarks and signing of cooperation memoranda",
                ),
                None,
            ),
        ],
        "speakers": [
            (
                ("Ông Lương Đức Thịnh", "Mr Luong Duc Thinh"),
                (
                    "Giám đốc Sở Khoa học và Công nghệ tỉnh Hưng Yên",
                    "Director, Hung Yen Department of Science and Technology",
                ),
            ),
            (
                ("ThS. Hoàng Thị Lan Phương", "Hoang Thi Lan Phuong"),
                (
                    "Trưởng phòng Quản lý công nghệ và thị trường khoa học và công nghệ",
                    "Head of the Technology and Science and Technology Market Division",
                ),
            ),
        ],
        "capacity": 40,
        "max_per_registration": 2,
        "opens_days": -20,
        "closes_days": 10,
        "waitlist": True,
        "status": "scheduled",
        "status_note": ("", ""),
        "demo_registrations": 36,
        "translate": True,
    },
    # Upcoming and full, with a waiting list.
    {
        "slug": (
            "hoi-thao-thuong-mai-hoa-ket-qua-nghien-cuu-tu-ngan-sach-nha-nuoc",
            "workshop-on-commercializing-state-funded-research-results",
        ),
        "title": (
            "Hội thảo thương mại hóa kết quả nghiên cứu sử dụng ngân sách nhà nước",
            "Workshop on commercializing state-funded research results",
        ),
        "type": "workshop",
        "start_days": 19,
        "start_time": "13:30",
        "end_days": 19,
        "end_time": "17:00",
        "venue": (
            "Phòng hội thảo, Trung tâm Đổi mới sáng tạo tỉnh",
            "Seminar room, Provincial Innovation Centre",
        ),
        "street": ("Số 27 đường Nguyễn Bình", "27 Nguyen Binh Street"),
        "commune": ("Xã Văn Giang", "Van Giang Commune"),
        "province": "hung-yen",
        "online_url": "",
        "organizer": (
            "Phòng Quản lý khoa học, Sở Khoa học và Công nghệ tỉnh Hưng Yên",
            "Science Management Division, Hung Yen Department of Science and Technology",
        ),
        "co_organizers": (
            "Các trường đại học và viện nghiên cứu chủ trì nhiệm vụ khoa học cấp tỉnh",
            "Universities and research institutes leading provincial research projects",
        ),
        "fee": 0,
        "summary": (
            "Nhà khoa học, chủ nhiệm nhiệm vụ và doanh nghiệp cùng bàn cách đưa kết quả nghiên "
            "cứu được tạo ra bằng ngân sách nhà nước vào sản xuất, kinh doanh.",
            "Scientists, project leaders and businesses discuss how to bring research results "
            "paid for by the state budget into production and the market.",
        ),
        "body": [
            (
                "Không ít đề tài, dự án sau khi nghiệm thu vẫn nằm trên giấy. Ủy ban nhân dân tỉnh "
                "giao Sở Khoa học và Công nghệ đề xuất phương án đưa nhanh kết quả nghiên cứu và "
                "tài sản trí tuệ hình thành từ ngân sách nhà nước vào sản xuất, đồng thời đặt hàng "
                "nhiệm vụ khoa học theo nhu cầu thực tế của doanh nghiệp.",
                "Many projects are signed off and then stay on the shelf. The Provincial People's "
                "Committee has asked the Department of Science and Technology to propose ways of "
                "moving state-funded research results and intellectual property into production "
                "faster, and to commission research that answers businesses' real needs.",
            ),
            (
                "Hội thảo bàn về quyền sở hữu và quyền sử dụng kết quả nghiên cứu, cách định giá, "
                "hình thức chuyển giao cho doanh nghiệp và chia sẻ lợi ích với tác giả, qua các "
                "trường hợp cụ thể trong tỉnh. Số chỗ có hạn để giữ hình thức bàn tròn; khi có "
                "người hủy đăng ký, ban tổ chức sẽ báo cho người trong danh sách chờ theo thứ tự.",
                "The workshop looks at who owns and who may use research results, how to value "
                "them, how to transfer them to businesses and how to share the benefits with the "
                "authors, through cases from the province. Places are limited to keep it a round "
                "table; if someone cancels, the organizers contact the waiting list in order.",
            ),
        ],
        "agenda": [
            (
                "13:30",
                (
                    "Thực trạng ứng dụng kết quả nhiệm vụ khoa học và công nghệ cấp tỉnh",
                    "How provincial research results are being used today",
                ),
                (
                    "Bà Đỗ Thị Hồng Vân, Phó Giám đốc Sở",
                    "Ms Do Thi Hong Van, Deputy Director of the Department",
                ),
            ),
            (
                "14:15",
                (
                    "Quyền sở hữu, định giá và chuyển giao kết quả nghiên cứu",
                    "Ownership, valuation and transfer of research results",
                ),
                (
                    "TS. Lại Văn Quyết, chuyên gia định giá",
                    "Dr Lai Van Quyet, valuation expert",
                ),
            ),
            (
                "15:15",
                (
                    "Kinh nghiệm của doanh nghiệp đã nhận chuyển giao kết quả nghiên cứu",
                    "Lessons from a business that took over a research result",
                ),
                None,
            ),
            (
                "16:15",
                (
                    "Thảo luận bàn tròn về cơ chế đặt hàng nghiên cứu theo nhu cầu doanh nghiệp",
                    "Round table on commissioning research to meet business needs",
                ),
                None,
            ),
        ],
        "speakers": [
            (
                ("Bà Đỗ Thị Hồng Vân", "Ms Do Thi Hong Van"),
                (
                    "Phó Giám đốc Sở Khoa học và Công nghệ",
                    "Deputy Director, Department of Science and Technology",
                ),
            ),
            (
                ("TS. Lại Văn Quyết", "Dr Lai Van Quyet"),
                (
                    "Chuyên gia định giá công nghệ và tài sản trí tuệ",
                    "Technology and intellectual property valuation expert",
                ),
            ),
        ],
        "capacity": 25,
        "max_per_registration": 2,
        "opens_days": -14,
        "closes_days": 17,
        "waitlist": True,
        "status": "scheduled",
        "status_note": ("", ""),
        "demo_registrations": 25,
        "translate": True,
    },
    # Upcoming, all-day and multi-day: the OCOP promotion fair.
    {
        "slug": (
            "hoi-cho-xuc-tien-san-pham-ocop-tinh-hung-yen",
            "hung-yen-ocop-product-promotion-fair",
        ),
        "title": (
            "Hội chợ xúc tiến sản phẩm OCOP và nông sản tiêu biểu tỉnh Hưng Yên",
            "Hung Yen OCOP and signature farm products promotion fair",
        ),
        "type": "fair",
        "start_days": 24,
        "start_time": None,
        "end_days": 27,
        "end_time": None,
        "venue": ("Quảng trường trung tâm phường Thái Bình", "Thai Binh Ward central square"),
        "street": ("Đường Lý Bôn", "Ly Bon Street"),
        "commune": ("Phường Thái Bình", "Thai Binh Ward"),
        "province": "hung-yen",
        "online_url": "",
        "organizer": (
            "Sở Nông nghiệp và Môi trường tỉnh Hưng Yên",
            "Hung Yen Department of Agriculture and Environment",
        ),
        "co_organizers": (
            "Sở Khoa học và Công nghệ, Sở Công Thương, Liên minh Hợp tác xã tỉnh",
            "Department of Science and Technology, Department of Industry and Trade, "
            "Provincial Cooperative Alliance",
        ),
        "fee": 0,
        "summary": (
            "Bốn ngày giới thiệu, bán và kết nối tiêu thụ sản phẩm OCOP, từ long nhãn, bánh cáy "
            "đến gạo đặc sản và hàng thủ công, kèm góc tư vấn truy xuất nguồn gốc.",
            "Four days of showing, selling and finding buyers for OCOP products, from dried "
            "longan and banh cay to speciality rice and handicrafts, with a traceability "
            "advice corner.",
        ),
        "body": [
            (
                "Hội chợ quy tụ các chủ thể OCOP của cả hai vùng Hưng Yên và Thái Bình cũ, nay "
                "cùng thuộc tỉnh Hưng Yên. Chương trình phát triển thị trường khoa học và công "
                "nghệ của tỉnh ưu tiên hỗ trợ chuyển giao công nghệ và thương mại hóa kết quả "
                "nghiên cứu cho sản phẩm chủ lực và sản phẩm OCOP của địa phương.",
                "The fair brings together OCOP producers from both the former Hung Yen and Thai "
                "Binh areas, now one province. The province's science and technology market "
                "programme gives priority to technology transfer and commercialization of "
                "research for its key products and its OCOP products.",
            ),
            (
                "Gian hàng của Sở Khoa học và Công nghệ tư vấn về tem truy xuất nguồn gốc, mã số "
                "mã vạch, đăng ký nhãn hiệu tập thể và chỉ dẫn địa lý, cùng các công nghệ giúp sản "
                "phẩm nâng hạng sao. Hội chợ mở cửa cả ngày, vào cửa tự do và không cần đăng ký.",
                "The Department of Science and Technology's stand gives advice on traceability "
                "labels, barcodes, collective marks and geographical indications, and on "
                "technologies that help products earn a higher star rating. The fair is open all "
                "day, admission is free and no registration is needed.",
            ),
        ],
        "agenda": [
            (
                "08:00",
                ("Lễ khai mạc hội chợ OCOP", "Opening ceremony of the OCOP fair"),
                (
                    "Đại diện Sở Nông nghiệp và Môi trường",
                    "A representative of the Department of Agriculture and Environment",
                ),
            ),
            (
                "09:00",
                (
                    "Tư vấn tem truy xuất nguồn gốc và mã số mã vạch",
                    "Advice on traceability labels and barcodes",
                ),
                None,
            ),
            (
                "14:00",
                (
                    "Kết nối giữa chủ thể OCOP và nhà phân phối, siêu thị",
                    "Meetings between OCOP producers, distributors and supermarkets",
                ),
                None,
            ),
            (
                "19:00",
                (
                    "Giao lưu văn hóa và ẩm thực các vùng quê",
                    "Evening of local culture and food",
                ),
                None,
            ),
        ],
        "speakers": [],
        "capacity": None,
        "max_per_registration": 1,
        "opens_days": 0,
        "closes_days": 27,
        "waitlist": False,
        "status": "scheduled",
        "status_note": ("", ""),
        "demo_registrations": 0,
        "translate": True,
    },
    # Upcoming, online only; registration not open yet.
    {
        "slug": (
            "tap-huan-thanh-lap-quy-phat-trien-khoa-hoc-va-cong-nghe-cua-doanh-nghiep",
            "training-on-setting-up-an-enterprise-science-and-technology-development-fund",
        ),
        "title": (
            "Tập huấn thành lập và sử dụng Quỹ phát triển khoa học và công nghệ của doanh nghiệp",
            "Training on setting up and using an enterprise science and technology development "
            "fund",
        ),
        "type": "training",
        "start_days": 33,
        "start_time": "08:30",
        "end_days": 33,
        "end_time": "11:30",
        "venue": None,
        "street": None,
        "commune": None,
        "province": None,
        "online_url": "https://meet.example.vn/quy-phat-trien-khcn-doanh-nghiep",
        "organizer": (
            "Phòng Kế hoạch – Tài chính, Sở Khoa học và Công nghệ tỉnh Hưng Yên",
            "Planning and Finance Division, Hung Yen Department of Science and Technology",
        ),
        "co_organizers": (
            "Thuế tỉnh Hưng Yên, Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh",
            "Hung Yen Provincial Tax Office, Provincial Association of Small and Medium "
            "Enterprises",
        ),
        "fee": 0,
        "summary": (
            "Buổi tập huấn trực tuyến hướng dẫn doanh nghiệp trích lập, quản lý và sử dụng quỹ "
            "để tái đầu tư cho nghiên cứu và đổi mới công nghệ, đúng quy định về thuế và kế toán.",
            "An online session showing businesses how to set money aside in the fund, manage it "
            "and spend it on research and technology upgrades, in line with the tax and "
            "accounting rules.",
        ),
        "body": [
            (
                "Doanh nghiệp được trích một phần thu nhập tính thuế để lập Quỹ phát triển khoa "
                "học và công nghệ của mình, nhưng nhiều đơn vị còn e ngại vì thủ tục và rủi ro "
                "khi quyết toán. Công văn số 2959/UBND-KGVX giao Sở Khoa học và Công nghệ đề xuất "
                "giải pháp thúc đẩy doanh nghiệp thành lập và sử dụng hiệu quả quỹ này.",
                "Businesses may set aside part of their taxable income for their own science and "
                "technology development fund, yet many hold back because of the paperwork and the "
                "risks at settlement. Official Letter 2959/UBND-KGVX asks the Department of "
                "Science and Technology to propose ways of encouraging businesses to set up such "
                "a fund and use it well.",
            ),
            (
                "Nội dung gồm điều kiện và thủ tục lập quỹ, các khoản chi hợp lệ, cách hạch toán, "
                "báo cáo và những sai sót thường gặp khiến doanh nghiệp phải nộp lại thuế. Cổng "
                "đăng ký mở trước ngày tập huấn khoảng bốn tuần; đường dẫn tham dự được gửi qua "
                "thư điện tử sau khi đăng ký.",
                "The session covers the conditions and steps for setting up the fund, eligible "
                "spending, accounting and reporting, and the common mistakes that make businesses "
                "pay the tax back. Registration opens about four weeks before the session; the "
                "joining link is sent by email after you register.",
            ),
        ],
        "agenda": [
            (
                "08:30",
                (
                    "Khung pháp lý về quỹ phát triển khoa học và công nghệ của doanh nghiệp",
                    "The legal framework for enterprise science and technology development funds",
                ),
                (
                    "ThS. Cao Thị Minh Nguyệt, Sở Khoa học và Công nghệ",
                    "Cao Thi Minh Nguyet, Department of Science and Technology",
                ),
            ),
            (
                "09:30",
                (
                    "Trích lập, hạch toán và quyết toán quỹ",
                    "Setting money aside, accounting for it and settling the fund",
                ),
                (
                    "Ông Tạ Quang Vinh, Thuế tỉnh Hưng Yên",
                    "Mr Ta Quang Vinh, Hung Yen Provincial Tax Office",
                ),
            ),
            (
                "10:30",
                (
                    "Các khoản chi hợp lệ và những sai sót thường gặp",
                    "Eligible spending and common mistakes",
                ),
                None,
            ),
            (
                "11:00",
                ("Hỏi đáp trực tuyến", "Online questions and answers"),
                None,
            ),
        ],
        "speakers": [
            (
                ("ThS. Cao Thị Minh Nguyệt", "Cao Thi Minh Nguyet"),
                (
                    "Phó Trưởng phòng Kế hoạch – Tài chính",
                    "Deputy Head of the Planning and Finance Division",
                ),
            ),
            (
                ("Ông Tạ Quang Vinh", "Mr Ta Quang Vinh"),
                (
                    "Chuyên gia thuế thu nhập doanh nghiệp",
                    "Corporate income tax specialist",
                ),
            ),
        ],
        "capacity": 150,
        "max_per_registration": 3,
        "opens_days": 5,
        "closes_days": 31,
        "waitlist": False,
        "status": "scheduled",
        "status_note": ("", ""),
        "demo_registrations": 0,
        "translate": True,
    },
    # Upcoming, three days, the one event with a fee.
    {
        "slug": (
            "khoa-dao-tao-nghiep-vu-moi-gioi-chuyen-giao-cong-nghe",
            "course-on-technology-brokerage-and-transfer",
        ),
        "title": (
            "Khóa đào tạo nghiệp vụ môi giới và xúc tiến chuyển giao công nghệ",
            "Course on technology brokerage and transfer promotion",
        ),
        "type": "training",
        "start_days": 45,
        "start_time": "08:00",
        "end_days": 47,
        "end_time": "17:00",
        "venue": (
            "Phòng học tầng 3, Trung tâm Ứng dụng khoa học và công nghệ",
            "Third-floor classroom, Centre for Applied Science and Technology",
        ),
        "street": ("Số 5 đường Lê Văn Lương", "5 Le Van Luong Street"),
        "commune": ("Phường Trần Lãm", "Tran Lam Ward"),
        "province": "hung-yen",
        "online_url": "",
        "organizer": (
            "Trung tâm Ứng dụng khoa học và công nghệ tỉnh Hưng Yên",
            "Hung Yen Centre for Applied Science and Technology",
        ),
        "co_organizers": (
            "Mạng lưới tổ chức trung gian thị trường khoa học và công nghệ",
            "Network of science and technology market intermediaries",
        ),
        "fee": 500000,
        "summary": (
            "Ba ngày đào tạo về tìm kiếm, đánh giá, định giá công nghệ và đàm phán hợp đồng "
            "chuyển giao; học viên hoàn thành khóa học được cấp giấy chứng nhận.",
            "Three days of training in finding, assessing and valuing technology and in "
            "negotiating transfer contracts; those who complete the course receive a "
            "certificate.",
        ),
        "body": [
            (
                "Thị trường khoa học và công nghệ cần những người làm cầu nối am hiểu cả kỹ thuật, "
                "pháp lý lẫn kinh doanh. Tỉnh chủ trương thúc đẩy hình thành mạng lưới tổ chức "
                "trung gian và nâng cao nghiệp vụ cho đội ngũ làm công tác tư vấn, môi giới, xúc "
                "tiến chuyển giao công nghệ.",
                "The science and technology market needs go-betweens who understand engineering, "
                "law and business alike. The province is fostering a network of intermediary "
                "organizations and building the skills of the people who advise on, broker and "
                "promote technology transfer.",
            ),
            (
                "Khóa học dành cho cán bộ của tổ chức trung gian, doanh nghiệp, viện nghiên cứu "
                "và trường đại học. Bên cạnh bài giảng có nghiên cứu tình huống, thực hành đóng "
                "vai trong phiên đàm phán và buổi tham quan một doanh nghiệp đã nhận chuyển giao "
                "công nghệ.",
                "The course is for staff of intermediaries, businesses, research institutes and "
                "universities. Alongside the lectures there are case studies, a role-played "
                "negotiation and a visit to a company that has taken on a transferred technology.",
            ),
            (
                "Học phí 500.000 đồng mỗi học viên, đã gồm tài liệu, ăn trưa và giấy chứng nhận. "
                "Mỗi lượt đăng ký dành cho một người để ban tổ chức cấp chứng nhận đúng tên.",
                "The fee is 500,000 dong per participant, covering materials, lunches and the "
                "certificate. Each registration is for one person, so that certificates carry "
                "the right name.",
            ),
        ],
        "agenda": [
            (
                "08:00",
                (
                    "Thị trường khoa học và công nghệ và vai trò của tổ chức trung gian",
                    "The science and technology market and the role of intermediaries",
                ),
                (
                    "PGS.TS. Mạc Thị Thanh Xuân, giảng viên chính",
                    "Assoc. Prof. Mac Thi Thanh Xuan, lead lecturer",
                ),
            ),
            (
                "10:00",
                (
                    "Tìm kiếm và đánh giá công nghệ theo đơn đặt hàng của doanh nghiệp",
                    "Finding and assessing technology to a business's order",
                ),
                None,
            ),
            (
                "13:30",
                (
                    "Định giá công nghệ và đàm phán hợp đồng chuyển giao",
                    "Valuing technology and negotiating transfer contracts",
                ),
                (
                    "ThS. Khúc Minh Đức, chuyên gia chuyển giao công nghệ",
                    "Khuc Minh Duc, technology transfer specialist",
                ),
            ),
            (
                "16:00",
                (
                    "Thực hành đóng vai trong một phiên đàm phán",
                    "Role play: a negotiation session",
                ),
                None,
            ),
        ],
        "speakers": [
            (
                ("PGS.TS. Mạc Thị Thanh Xuân", "Assoc. Prof. Mac Thi Thanh Xuan"),
                (
                    "Giảng viên về quản lý công nghệ và sở hữu trí tuệ",
                    "Lecturer in technology management and intellectual property",
                ),
            ),
            (
                ("ThS. Khúc Minh Đức", "Khuc Minh Duc"),
                (
                    "Chuyên gia tư vấn hợp đồng chuyển giao công nghệ",
                    "Technology transfer contract consultant",
                ),
            ),
        ],
        "capacity": 30,
        "max_per_registration": 1,
        "opens_days": -5,
        "closes_days": 38,
        "waitlist": False,
        "status": "scheduled",
        "status_note": ("", ""),
        "demo_registrations": 9,
        "translate": True,
    },
]
