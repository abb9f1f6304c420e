"""Demo content: the agency, the home page and the pages a state agency must publish.

Facts from the provinces' plans in shared/seeds (Directive 25/CT-TTg, Official Letter
2959/UBND-KGVX of Hưng Yên, the national programme to 2030), in our own words.
"""

from wagtail.models import Page, Site

from core.addresses import Province
from core.demo import (
    DemoContext,
    get_or_create_child,
    make_image,
    pairs_to_map,
    rich_text,
    translate,
)
from core.models import AgencyInfo
from home.models import ContentPage, HomePage

AGENCY = {
    "parent_body": ("Ủy ban nhân dân tỉnh Hưng Yên", "Hung Yen Provincial People's Committee"),
    "name": (
        "Sở Khoa học và Công nghệ tỉnh Hưng Yên",
        "Hung Yen Department of Science and Technology",
    ),
    "street_address": ("Số 8 đường Chùa Chuông", "8 Chua Chuong Street"),
    "commune": ("Phường Phố Hiến", "Pho Hien Ward"),
    "working_hours": (
        "Thứ Hai đến Thứ Sáu: 7:30–11:30 và 13:30–17:00",
        "Monday to Friday: 7:30–11:30 and 13:30–17:00",
    ),
    "footer_note": (
        "Cổng thông tin điện tử của Sở Khoa học và Công nghệ. Chịu trách nhiệm nội dung: "
        "Giám đốc Sở. Khi sử dụng lại thông tin, đề nghị ghi rõ nguồn.",
        "Official website of the Department of Science and Technology. Responsible for the "
        "content: the Director of the Department. Please cite the source when reusing content.",
    ),
}

ABOUT = [
    ("Vị trí và chức năng", "Position and functions"),
    (
        "Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu và "
        "giúp Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học và công nghệ, đổi mới sáng tạo, "
        "chuyển đổi số, tiêu chuẩn, đo lường, chất lượng, sở hữu trí tuệ và năng lượng nguyên tử.",
        "The Department of Science and Technology is a specialised agency of the Provincial "
        "People's Committee. It advises and assists the Committee in the state management of "
        "science and technology, innovation, digital transformation, standards, metrology and "
        "quality, intellectual property and atomic energy.",
    ),
    (
        "Nhiệm vụ trọng tâm về thị trường khoa học và công nghệ",
        "Key tasks for the science and technology market",
    ),
    (
        "- Tuyên truyền để các cấp, các ngành và doanh nghiệp hiểu rõ vai trò của thị trường "
        "khoa học và công nghệ.\n"
        "- Vận hành hiệu quả Sàn giao dịch công nghệ, thiết bị của tỉnh trên môi trường mạng.\n"
        "- Xây dựng cơ sở dữ liệu về thị trường khoa học và công nghệ, kết nối với cơ sở dữ "
        "liệu quốc gia.\n"
        "- Thúc đẩy thương mại hóa kết quả nghiên cứu được tạo ra từ ngân sách nhà nước.\n"
        "- Tổ chức sự kiện kết nối cung cầu công nghệ và hỗ trợ doanh nghiệp đổi mới công nghệ.",
        "- Raising awareness among authorities at every level and among businesses of the role "
        "of the science and technology market.\n"
        "- Running the province's online technology and equipment exchange effectively.\n"
        "- Building a science and technology market database connected to the national one.\n"
        "- Promoting the commercialization of research results paid for by the state budget.\n"
        "- Organizing technology supply-demand matchmaking events and helping businesses renew "
        "their technology.",
    ),
    ("Cơ cấu tổ chức", "Organization"),
    (
        "- Văn phòng Sở\n- Thanh tra Sở\n- Phòng Kế hoạch – Tài chính\n"
        "- Phòng Quản lý khoa học\n- Phòng Quản lý công nghệ và thị trường khoa học và công nghệ\n"
        "- Chi cục Tiêu chuẩn Đo lường Chất lượng\n"
        "- Trung tâm Thông tin và Ứng dụng khoa học và công nghệ",
        "- Office of the Department\n- Department Inspectorate\n"
        "- Planning and Finance Division\n- Science Management Division\n"
        "- Technology and Science and Technology Market Management Division\n"
        "- Sub-department of Standards, Metrology and Quality\n"
        "- Centre for Science and Technology Information and Application",
    ),
]

CONTACT = [
    ("Tiếp nhận hồ sơ và giải đáp", "Documents and enquiries"),
    (
        "Tổ chức, doanh nghiệp và người dân có thể liên hệ với Sở trong giờ làm việc qua điện "
        "thoại, thư điện tử hoặc trực tiếp tại trụ sở. Hồ sơ thủ tục hành chính được tiếp nhận "
        "tại Trung tâm Phục vụ hành chính công tỉnh.",
        "Organizations, businesses and citizens can contact the Department during working hours "
        "by phone, by email or in person at its office. Applications for administrative "
        "procedures are received at the Provincial Public Administration Service Centre.",
    ),
    ("Kết nối cung cầu công nghệ", "Technology supply and demand"),
    (
        "Doanh nghiệp có nhu cầu đổi mới công nghệ, nhận chuyển giao kết quả nghiên cứu hoặc "
        "tham gia chợ công nghệ xin liên hệ Phòng Quản lý công nghệ và thị trường khoa học và "
        "công nghệ.",
        "Businesses that wish to renew their technology, take over research results or take "
        "part in a technology fair should contact the Technology and Science and Technology "
        "Market Management Division.",
    ),
]

PRIVACY = [
    ("Dữ liệu chúng tôi thu thập", "The data we collect"),
    (
        "Khi bạn đăng ký tham dự sự kiện hoặc gửi yêu cầu về một công nghệ, sản phẩm, chúng tôi "
        "thu thập tên tổ chức, người liên hệ, chức vụ, thư điện tử, số điện thoại và nội dung "
        "bạn gửi. Trang web không dùng công cụ theo dõi của bên thứ ba.",
        "When you register for an event or send an enquiry about a technology or product, we "
        "collect the organization's name, the contact person, their position, email address, "
        "phone number and what you write. This site uses no third-party tracking.",
    ),
    ("Mục đích và căn cứ", "Purposes and legal basis"),
    (
        "Dữ liệu chỉ được xử lý cho mục đích bạn đồng ý: xử lý đăng ký hoặc yêu cầu của bạn và, "
        "nếu bạn chọn, gửi thông tin về các sự kiện sau. Việc xử lý tuân theo Luật Bảo vệ dữ "
        "liệu cá nhân số 91/2025/QH15, có hiệu lực từ ngày 01/01/2026.",
        "Data is processed only for the purposes you consent to: handling your registration or "
        "enquiry and, if you choose, sending news of future events. Processing follows the Law "
        "on Personal Data Protection No. 91/2025/QH15, in force since 1 January 2026.",
    ),
    ("Quyền của bạn", "Your rights"),
    (
        "- Được biết, xem và yêu cầu sửa dữ liệu của mình.\n"
        "- Rút lại sự đồng ý bất cứ lúc nào, qua đường liên kết trong thư xác nhận.\n"
        "- Yêu cầu xóa dữ liệu khi mục đích xử lý đã hoàn thành.",
        "- To know about, see and correct your data.\n"
        "- To withdraw your consent at any time, through the link in the confirmation email.\n"
        "- To have your data erased once the purpose of processing has been fulfilled.",
    ),
    ("Thời gian lưu trữ", "How long we keep it"),
    (
        "Dữ liệu đăng ký sự kiện được ẩn danh hóa sau một thời hạn nhất định kể từ khi sự kiện "
        "kết thúc.",
        "Event registration data is anonymized a set time after the event has ended.",
    ),
]

HOME = [
    (
        "Phát triển thị trường khoa học và công nghệ đến năm 2030",
        "Developing the science and technology market to 2030",
    ),
    (
        "Kết nối doanh nghiệp với kết quả nghiên cứu, công nghệ và sản phẩm OCOP của tỉnh; thúc "
        "đẩy thương mại hóa và chuyển giao công nghệ.",
        "Connecting businesses with the province's research results, technologies and OCOP "
        "products, and speeding up commercialization and technology transfer.",
    ),
    ("Tìm hiểu về Sở", "About the Department"),
    ("Triển khai Chỉ thị 25/CT-TTg", "Carrying out Directive 25/CT-TTg"),
    (
        "Thực hiện Chỉ thị số 25/CT-TTg ngày 05/10/2023 của Thủ tướng Chính phủ về phát triển thị "
        "trường khoa học và công nghệ đồng bộ, hiệu quả, hiện đại và hội nhập, ngày 31/10/2023 Ủy "
        "ban nhân dân tỉnh ban hành Công văn số 2959/UBND-KGVX giao Sở Khoa học và Công nghệ chủ "
        "trì nhiều nhiệm vụ.",
        "To carry out the Prime Minister's Directive 25/CT-TTg of 5 October 2023 on developing a "
        "coherent, effective, modern and integrated science and technology market, the "
        "Provincial People's Committee issued Official Letter 2959/UBND-KGVX on 31 October 2023, "
        "giving the Department of Science and Technology the lead on many tasks.",
    ),
    (
        "Trọng tâm là đưa nhanh kết quả nghiên cứu và tài sản trí tuệ vào sản xuất, kinh doanh, "
        "hỗ trợ doanh nghiệp đổi mới công nghệ và phát triển sản phẩm OCOP.",
        "The focus is on bringing research results and intellectual property into production "
        "and business quickly, helping businesses renew their technology and developing OCOP "
        "products.",
    ),
    ("Thông tin cần biết", "Useful information"),
    ("Giới thiệu", "About us"),
    (
        "Chức năng, nhiệm vụ và cơ cấu tổ chức của Sở.",
        "The Department's functions, duties and organization.",
    ),
    ("Liên hệ", "Contact"),
    ("Địa chỉ, điện thoại và giờ làm việc.", "Address, phone numbers and working hours."),
    ("Bảo vệ dữ liệu cá nhân", "Personal data protection"),
    ("Cách chúng tôi xử lý dữ liệu của bạn.", "How we handle your data."),
]

PAGES = {
    "about": {
        "slug": ("gioi-thieu", "about"),
        "title": ("Giới thiệu", "About us"),
        "intro": (
            "Chức năng, nhiệm vụ, cơ cấu tổ chức và các nhiệm vụ trọng tâm của Sở.",
            "The Department's functions, duties, organization and key tasks.",
        ),
        "menu": True,
        "body": ABOUT,
    },
    "contact": {
        "slug": ("lien-he", "contact"),
        "title": ("Liên hệ", "Contact"),
        "intro": (
            "Cách liên hệ với Sở Khoa học và Công nghệ.",
            "How to reach the Department of Science and Technology.",
        ),
        "menu": True,
        "body": CONTACT,
    },
    "privacy": {
        "slug": ("chinh-sach-bao-ve-du-lieu-ca-nhan", "personal-data-policy"),
        "title": ("Chính sách bảo vệ dữ liệu cá nhân", "Personal data protection policy"),
        "intro": (
            "Phiên bản 1.0, áp dụng từ ngày 01/01/2026.",
            "Version 1.0, applying from 1 January 2026.",
        ),
        "menu": False,
        "body": PRIVACY,
    },
}

# Published in Vietnamese only: the English site is smaller, and the switcher says so.
VIETNAMESE_ONLY = {
    "slug": "thu-tuc-hanh-chinh",
    "title": "Thủ tục hành chính",
    "intro": "Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở được công khai "
    "trên Cổng dịch vụ công của tỉnh.",
}


def _body_from(pairs):
    """Alternate heading/paragraph pairs into StreamField data."""
    blocks = []
    for index, (vi, _en) in enumerate(pairs):
        if index % 2 == 0:
            blocks.append(("heading", {"text": vi, "level": "h2"}))
        else:
            blocks.append(("paragraph", rich_text(vi)))
    return blocks


def load(ctx: DemoContext) -> None:
    root = Page.get_first_root_node()
    hero_image = make_image("Chợ công nghệ và thiết bị", ("#0a4a8c", "#1b7f79"))
    home = HomePage.objects.filter(locale=ctx.vi).first()
    if home is None:
        home = HomePage(title="Trang chủ", slug="trang-chu", locale=ctx.vi)
        root.add_child(instance=home)
        home.save_revision().publish()
        ctx.note("home page")
    ctx.pages["home"] = home

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if site.root_page_id != home.pk:
        old_root = site.root_page if site.pk else None
        site.root_page = home
        site.site_name = AGENCY["name"][0]
        site.save()
        # Wagtail's placeholder "Welcome to your new Wagtail site!" page.
        if old_root and old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()

    pages = {}
    for key, spec in PAGES.items():
        page = get_or_create_child(
            home,
            ContentPage(
                title=spec["title"][0],
                slug=spec["slug"][0],
                intro=spec["intro"][0],
                show_in_menus=spec["menu"],
                body=_body_from(spec["body"]),
            ),
            ctx,
        )
        pages[key] = page
    get_or_create_child(
        home,
        ContentPage(
            title=VIETNAMESE_ONLY["title"],
            slug=VIETNAMESE_ONLY["slug"],
            intro=VIETNAMESE_ONLY["intro"],
            show_in_menus=True,
        ),
        ctx,
    )
    ctx.pages.update(pages)

    if not home.body:
        home.body = [
            (
                "hero",
                {
                    "heading": HOME[0][0],
                    "text": HOME[1][0],
                    "image": hero_image,
                    "call_to_action": {"text": HOME[2][0], "page": pages["about"], "url": ""},
                },
            ),
            ("text_section", {"heading": HOME[3][0], "body": rich_text(HOME[4][0], HOME[5][0])}),
            (
                "highlighted_links",
                {
                    "heading": HOME[6][0],
                    "cards": [
                        {
                            "title": HOME[7][0],
                            "description": HOME[8][0],
                            "link": {"text": "", "page": pages["about"], "url": ""},
                        },
                        {
                            "title": HOME[9][0],
                            "description": HOME[10][0],
                            "link": {"text": "", "page": pages["contact"], "url": ""},
                        },
                        {
                            "title": HOME[11][0],
                            "description": HOME[12][0],
                            "link": {"text": "", "page": pages["privacy"], "url": ""},
                        },
                    ],
                },
            ),
        ]
        home.save_revision().publish()

    # English: the home page first (it is the parent of the others), then each page.
    english = pairs_to_map(*HOME, ("Trang chủ", "Home"), ("trang-chu", "home"))
    ctx.pages["home_en"] = translate(home, english, ctx.en)
    for key, spec in PAGES.items():
        translate(
            pages[key],
            pairs_to_map(spec["slug"], spec["title"], spec["intro"], *spec["body"]),
            ctx.en,
        )

    info = AgencyInfo.objects.filter(locale=ctx.vi).first()
    if info is None:
        info = AgencyInfo.objects.create(
            locale=ctx.vi,
            province=Province.HUNG_YEN,
            phone="0221 3 862 574",
            email="sokhcn@hungyen.example.gov.vn",
            facebook_url="https://www.facebook.com/",
            youtube_url="https://www.youtube.com/",
            **{field: vi for field, (vi, _en) in AGENCY.items()},
        )
        ctx.note("agency information")
    linked_now = info.privacy_page_id is None
    if linked_now:
        info.privacy_page = pages["privacy"]
        info.save()
    translate(info, dict(AGENCY.values()), ctx.en, refresh=linked_now)
