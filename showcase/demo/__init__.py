"""Demo content for the showcase: taxonomies, OCOP products and technologies.

Written for the demo agency "Sở Khoa học và Công nghệ tỉnh Hưng Yên". The showcase lists OCOP
products (ranked 3 to 5 stars under Decision 148/QĐ-TTg of 2023) and research results or
technologies that are open for transfer, already transferred or commercialized. Producers,
projects, people, numbers and contact details are invented for the demo; contact addresses
use example.vn.

Data beside this file (conventions in core.demo):

- ``product-groups.toml`` / ``research-fields.toml`` / ``communes.toml``: ``[slug]`` with
  ``vi`` and ``en`` names (and a commune's ``province``). Since July 2025 there is no
  district level, so an address is a street line, a commune or ward and a province.
- ``index.toml``: the showcase index; ``featured_showcases`` is its home-page block.
- ``products/``: one OCOP product per file; ``group`` and ``commune`` are slugs, the
  certificate's ``decision_date`` is a date (certificates are valid for 36 months).
- ``technologies/``: one technology per file; ``field`` is a research field's slug,
  ``advantages`` and ``applications`` are lists of texts, ``story`` (partner, year, outcome)
  is there for commercialized results, ``price`` is the amount (left out when negotiable).
- ``images.toml``: the pictures, by name.
"""

from pathlib import Path

from core.demo import (
    DemoContext,
    Images,
    english_texts,
    get_or_create_child,
    read,
    read_folder,
    rich_text,
    taxonomy,
    translate,
    vi_text,
)
from showcase.models import (
    Commune,
    DecisionLevel,
    OcopProductPage,
    ProductGroup,
    ResearchField,
    ShowcaseIndexPage,
    TechnologyPage,
    stars_for_score,
)

DATA = Path(__file__).parent


def add_product(index, spec, groups, communes, images, ctx):
    existing = index.get_children().filter(slug=vi_text(spec["slug"])).first()
    if existing:
        return existing.specific
    stars = stars_for_score(spec["score"])
    producer = vi_text(spec["producer"])
    page = OcopProductPage(
        title=vi_text(spec["title"]),
        slug=vi_text(spec["slug"]),
        summary=vi_text(spec["summary"]),
        product_group=groups[spec["group"]],
        score=spec["score"],
        producer=producer,
        producer_type=spec["producer_type"],
        tax_code=spec["tax_code"],
        street_address=vi_text(spec["street"]),
        commune=communes[spec["commune"]],
        contact_phone=spec["phone"],
        contact_email=spec["email"],
        contact_name=producer,
        website=spec.get("website", ""),
        decision_number=spec["decision_number"],
        decision_date=spec["decision_date"],
        decision_level=DecisionLevel.NATIONAL if stars == 5 else DecisionLevel.PROVINCIAL,
        description=[("paragraph", rich_text(vi_text(text))) for text in spec["description"]],
        specifications=vi_text(spec["specifications"]),
        price=vi_text(spec["price"]),
        where_to_buy=vi_text(spec["where_to_buy"]),
        traceability_url=spec.get("traceability_url", ""),
        image=images.get(spec["image"]),
    )
    return get_or_create_child(index, page, ctx)


def add_technology(index, spec, fields, communes, images, ctx):
    existing = index.get_children().filter(slug=vi_text(spec["slug"])).first()
    if existing:
        return existing.specific
    story = spec.get("story", {})
    modes = set(spec["transfer_modes"])
    page = TechnologyPage(
        title=vi_text(spec["title"]),
        slug=vi_text(spec["slug"]),
        summary=vi_text(spec["summary"]),
        research_field=fields[spec["field"]],
        advantages=rich_text([vi_text(text) for text in spec["advantages"]]),
        applications=rich_text([vi_text(text) for text in spec["applications"]]),
        trl=spec["trl"],
        ip_type=spec["ip_type"],
        ip_number=spec.get("ip_number", ""),
        ip_status=spec.get("ip_status", ""),
        project=vi_text(spec["project"]),
        project_code=spec.get("project_code", ""),
        host_institution=vi_text(spec["host"]),
        authors=vi_text(spec["authors"]),
        state_funded=spec["state_funded"],
        transfer_license="license" in modes,
        transfer_exclusive_license="exclusive_license" in modes,
        transfer_assignment="assignment" in modes,
        transfer_capital="capital" in modes,
        transfer_consulting="consulting" in modes,
        price_amount=spec.get("price"),
        price_currency=spec["currency"],
        price_negotiable=spec["negotiable"],
        status=spec["status"],
        story_partner=vi_text(story.get("partner")),
        story_year=story.get("year"),
        story_outcome=vi_text(story.get("outcome")),
        contact_name=vi_text(spec["owner_name"]),
        contact_email=spec["owner_email"],
        contact_phone=spec["owner_phone"],
        commune=communes.get(spec["commune"]) if spec.get("commune") else None,
        image=images.get(spec["image"]),
    )
    return get_or_create_child(index, page, ctx)


def load(ctx: DemoContext) -> None:
    home = ctx.pages["home"]
    groups = taxonomy(ProductGroup, read(DATA / "product-groups.toml"), ctx)
    fields = taxonomy(ResearchField, read(DATA / "research-fields.toml"), ctx)
    communes = taxonomy(Commune, read(DATA / "communes.toml"), ctx)
    images = Images(DATA / "images.toml")

    index_spec = read(DATA / "index.toml")
    index = get_or_create_child(
        home,
        ShowcaseIndexPage(
            title=vi_text(index_spec["title"]),
            slug=vi_text(index_spec["slug"]),
            intro=vi_text(index_spec["intro"]),
            show_in_menus=True,
        ),
        ctx,
    )
    translate(index, english_texts(index_spec), ctx.en)

    featured = []
    for spec in read_folder(DATA / "products"):
        product = add_product(index, spec, groups, communes, images, ctx)
        if spec.get("translate", True):
            translate(product, english_texts(spec), ctx.en)
        featured.append(product)
    for spec in read_folder(DATA / "technologies"):
        technology = add_technology(index, spec, fields, communes, images, ctx)
        if spec.get("translate", True):
            translate(technology, english_texts(spec), ctx.en)
        featured.append(technology)

    section = index_spec["featured_showcases"]
    if "featured_showcases" not in {block.block_type for block in home.body}:
        chosen = [entry for entry in featured if not entry.is_expired][:2] + [
            entry for entry in featured if entry.kind == "technology"
        ][:2]
        home.body.insert(
            3, ("featured_showcases", {"heading": vi_text(section["heading"]), "entries": chosen})
        )
        home.save_revision().publish()
        translate(home, english_texts(section), ctx.en, refresh=True)
