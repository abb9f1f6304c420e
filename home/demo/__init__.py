"""Demo content: the agency, the home page and the pages a state agency must publish.

Facts from the provinces' plans in ../shared/seeds/ (Directive 25/CT-TTg, Official Letter
2959/UBND-KGVX of Hưng Yên, the national programme to 2030), in our own words.

Data beside this file (conventions in core.demo):

- ``home.toml``: the home page's slug, title and sections (hero, text section, highlighted
  links); ``page`` keys name a page by its Vietnamese slug.
- ``agency.toml``: the agency's details (core.AgencyInfo fields) and its ``privacy_page``.
- ``pages/``: one content page per file (slug, title, intro, show_in_menus, body).
- ``images.toml``: the pictures, by name.
"""

from pathlib import Path

from wagtail.models import Page, Site

from core.demo import (
    DemoContext,
    Images,
    body_blocks,
    english_texts,
    get_or_create_child,
    read,
    read_folder,
    rich_text,
    translate,
    vi_text,
)
from core.models import AgencyInfo
from home.models import ContentPage, HomePage

DATA = Path(__file__).parent


def home_body(data: dict, images: Images, pages: dict[str, Page]) -> list[tuple]:
    hero, section, links = data["hero"], data["text_section"], data["highlighted_links"]
    call_to_action = hero["call_to_action"]
    return [
        (
            "hero",
            {
                "heading": vi_text(hero["heading"]),
                "text": vi_text(hero["text"]),
                "image": images.get(hero["image"]),
                "call_to_action": {
                    "text": vi_text(call_to_action["text"]),
                    "page": pages[call_to_action["page"]],
                    "url": "",
                },
            },
        ),
        (
            "text_section",
            {
                "heading": vi_text(section["heading"]),
                "body": rich_text(*(vi_text(text) for text in section["paragraphs"])),
            },
        ),
        (
            "highlighted_links",
            {
                "heading": vi_text(links["heading"]),
                "cards": [
                    {
                        "title": vi_text(card["title"]),
                        "description": vi_text(card["description"]),
                        "link": {"text": "", "page": pages[card["page"]], "url": ""},
                    }
                    for card in links["cards"]
                ],
            },
        ),
    ]


def load(ctx: DemoContext) -> None:
    data = read(DATA / "home.toml")
    agency = read(DATA / "agency.toml")
    images = Images(DATA / "images.toml")
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=ctx.vi).first()
    if home is None:
        home = HomePage(title=vi_text(data["title"]), slug=vi_text(data["slug"]), locale=ctx.vi)
        root.add_child(instance=home)
        home.save_revision().publish()
        ctx.note("home page")
    ctx.pages["home"] = home

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if site.root_page_id != home.pk:
        old_root = site.root_page if site.pk else None
        site.root_page = home
        site.site_name = vi_text(agency["name"])
        site.save()
        # Wagtail's placeholder "Welcome to your new Wagtail site!" page.
        if old_root and old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()

    specs = read_folder(DATA / "pages")
    pages = {}
    for spec in specs:
        page = get_or_create_child(
            home,
            ContentPage(
                title=vi_text(spec["title"]),
                slug=vi_text(spec["slug"]),
                intro=vi_text(spec["intro"]),
                show_in_menus=spec["show_in_menus"],
                body=body_blocks(spec.get("body", [])),
            ),
            ctx,
        )
        pages[page.slug] = page
    ctx.pages.update(pages)

    if not home.body:
        home.body = home_body(data, images, pages)
        home.save_revision().publish()

    # English: the home page first (it is the parent of the others), then each page.
    ctx.pages["home_en"] = translate(home, english_texts(data), ctx.en)
    for spec in specs:
        if spec.get("translate", True):
            translate(pages[vi_text(spec["slug"])], english_texts(spec), ctx.en)

    privacy_page = pages[agency["privacy_page"]]
    fields = {key: value for key, value in agency.items() if key != "privacy_page"}
    info = AgencyInfo.objects.filter(locale=ctx.vi).first()
    if info is None:
        info = AgencyInfo.objects.create(
            locale=ctx.vi,
            **{
                key: vi_text(value) if isinstance(value, dict) else value
                for key, value in fields.items()
            },
        )
        ctx.note("agency information")
    linked_now = info.privacy_page_id is None
    if linked_now:
        info.privacy_page = privacy_page
        info.save()
    translate(info, english_texts(fields), ctx.en, refresh=linked_now)
