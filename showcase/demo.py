"""Demo content for the showcase: taxonomies, OCOP products and technologies.

The texts live in showcase/demo_content.py (Vietnamese with English translations).
"""

import datetime

from core.demo import (
    DemoContext,
    get_or_create_child,
    make_image,
    pairs_to_map,
    rich_text,
    taxonomy,
    translate,
)
from showcase import demo_content as content
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

INDEX = {
    "slug": ("trung-bay", "showcase"),
    "title": ("Sản phẩm và công nghệ", "Products and technologies"),
    "intro": (
        "Sản phẩm OCOP của tỉnh và kết quả nghiên cứu, công nghệ sẵn sàng chuyển giao.",
        "The province's OCOP products, and research results and technologies ready for transfer.",
    ),
}
HOME_SECTION = ("Sản phẩm và công nghệ tiêu biểu", "Featured products and technologies")


def bullet_pairs(items):
    vi = "\n".join(f"- {v}" for v, _e in items)
    en = "\n".join(f"- {e}" for _v, e in items)
    return vi, en


def add_product(index, spec, groups, communes, ctx):
    existing = index.get_children().filter(slug=spec["slug"][0]).first()
    if existing:
        return existing.specific
    stars = stars_for_score(spec["score"])
    page = OcopProductPage(
        title=spec["title"][0],
        slug=spec["slug"][0],
        summary=spec["summary"][0],
        product_group=groups[spec["group"]],
        score=spec["score"],
        producer=spec["producer"][0],
        producer_type=spec["producer_type"],
        tax_code=spec["tax_code"],
        street_address=spec["street"][0],
        commune=communes[spec["commune"]],
        contact_phone=spec["phone"],
        contact_email=spec["email"],
        contact_name=spec["producer"][0],
        website=spec["website"],
        decision_number=spec["decision_number"],
        decision_date=datetime.date.fromisoformat(spec["decision_date"]),
        decision_level=DecisionLevel.NATIONAL if stars == 5 else DecisionLevel.PROVINCIAL,
        description=[("paragraph", rich_text(vi)) for vi, _en in spec["description"]],
        specifications=spec["specifications"][0],
        price=spec["price"][0],
        where_to_buy=spec["where_to_buy"][0],
        traceability_url=spec["traceability_url"],
        image=make_image(spec["image"][0], spec["image"][1:]),
    )
    return get_or_create_child(index, page, ctx)


def product_strings(spec):
    return pairs_to_map(
        spec["slug"],
        spec["title"],
        spec["summary"],
        spec["producer"],
        spec["street"],
        *spec["description"],
        spec["specifications"],
        spec["price"],
        spec["where_to_buy"],
    )


def add_technology(index, spec, fields, communes, ctx):
    existing = index.get_children().filter(slug=spec["slug"][0]).first()
    if existing:
        return existing.specific
    story = spec["story"] or {}
    modes = set(spec["transfer_modes"])
    page = TechnologyPage(
        title=spec["title"][0],
        slug=spec["slug"][0],
        summary=spec["summary"][0],
        research_field=fields[spec["field"]],
        advantages=rich_text(bullet_pairs(spec["advantages"])[0]),
        applications=rich_text(bullet_pairs(spec["applications"])[0]),
        trl=spec["trl"],
        ip_type=spec["ip_type"],
        ip_number=spec["ip_number"],
        ip_status=spec["ip_status"],
        project=spec["project"][0],
        project_code=spec["project_code"],
        host_institution=spec["host"][0],
        authors=spec["authors"],
        state_funded=spec["state_funded"],
        transfer_license="license" in modes,
        transfer_exclusive_license="exclusive_license" in modes,
        transfer_assignment="assignment" in modes,
        transfer_capital="capital" in modes,
        transfer_consulting="consulting" in modes,
        price_amount=spec["price"],
        price_currency=spec["currency"],
        price_negotiable=spec["negotiable"],
        status=spec["status"],
        story_partner=story.get("partner", ("", ""))[0],
        story_year=story.get("year"),
        story_outcome=story.get("outcome", ("", ""))[0],
        contact_name=spec["owner_name"][0],
        contact_email=spec["owner_email"],
        contact_phone=spec["owner_phone"],
        commune=communes.get(spec["commune"]) if spec["commune"] else None,
        image=make_image(spec["image"][0], spec["image"][1:]),
    )
    return get_or_create_child(index, page, ctx)


def technology_strings(spec):
    story = spec["story"] or {}
    pairs = [
        spec["slug"],
        spec["title"],
        spec["summary"],
        bullet_pairs(spec["advantages"]),
        bullet_pairs(spec["applications"]),
        spec["project"],
        spec["host"],
        spec["owner_name"],
    ]
    if story:
        pairs += [story["partner"], story["outcome"]]
    return pairs_to_map(*pairs)


def load(ctx: DemoContext) -> None:
    home = ctx.pages["home"]
    groups = taxonomy(ProductGroup, content.PRODUCT_GROUPS, ctx)
    fields = taxonomy(ResearchField, content.RESEARCH_FIELDS, ctx)
    communes = taxonomy(Commune, content.COMMUNES, ctx, province="")

    index = get_or_create_child(
        home,
        ShowcaseIndexPage(
            title=INDEX["title"][0],
            slug=INDEX["slug"][0],
            intro=INDEX["intro"][0],
            show_in_menus=True,
        ),
        ctx,
    )
    translate(index, pairs_to_map(*INDEX.values()), ctx.en)

    featured = []
    for spec in content.OCOP_PRODUCTS:
        product = add_product(index, spec, groups, communes, ctx)
        if spec["translate"]:
            translate(product, product_strings(spec), ctx.en)
        featured.append(product)
    for spec in content.TECHNOLOGIES:
        technology = add_technology(index, spec, fields, communes, ctx)
        if spec["translate"]:
            translate(technology, technology_strings(spec), ctx.en)
        featured.append(technology)

    if "featured_showcases" not in {block.block_type for block in home.body}:
        chosen = [entry for entry in featured if not entry.is_expired][:2] + [
            entry for entry in featured if entry.kind == "technology"
        ][:2]
        home.body.insert(3, ("featured_showcases", {"heading": HOME_SECTION[0], "entries": chosen}))
        home.save_revision().publish()
        translate(home, pairs_to_map(HOME_SECTION), ctx.en, refresh=True)
