"""Responsive images by the presets of core/images.py (widths, formats, `sizes`).

    {% load image_tags %}
    {% responsive_image page.image "detail" priority=True %}

renders Wagtail's <picture>: a WebP <source> and a JPEG (PNG for logos) <img> fallback,
each with a srcset of several widths and the preset's `sizes`, so that a phone downloads
a phone-sized WebP and an old browser still gets a JPEG. The alt text is the image's own
in the page's language (CustomImage.alt_for); pass alt="" where the picture only repeats
the text beside it (cards).
"""

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from core.images import PRESETS, image_specs

register = template.Library()


def distinct_widths(renditions: dict) -> dict:
    """Drop renditions that repeat a width in the same format: an original smaller than
    the largest preset width is never upscaled, and a srcset must not list a width twice."""
    seen, kept = set(), {}
    for spec, rendition in renditions.items():
        key = (spec.rsplit("format-", 1)[-1], rendition.width)
        if key not in seen:
            seen.add(key)
            kept[spec] = rendition
    return kept


@register.simple_tag
def responsive_image(image, preset_name, priority=False, **attrs):
    """<picture> for `image` by the named preset. `priority` marks the page's largest
    above-the-fold image (LCP): fetched eagerly and first; every other image is lazy."""
    if not image:
        return ""
    preset = PRESETS[preset_name]
    renditions = distinct_widths(get_renditions_or_not_found(image, image_specs(preset_name)))
    attrs = {"sizes": preset.sizes, "alt": image.alt_for(), **attrs}
    if preset.display:
        attrs["width"], attrs["height"] = preset.display
    if priority:
        attrs["fetchpriority"] = "high"
    else:
        attrs.setdefault("loading", "lazy")
        attrs.setdefault("decoding", "async")
    return Picture(renditions, attrs).__html__()
