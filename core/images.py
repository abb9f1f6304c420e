"""Image policy: the widths, formats and `sizes` of every picture on the public site.

Templates use the presets through {% responsive_image %} (core/templatetags/image_tags.py);
listings prefetch the same renditions with `image_specs(name)`.
"""

from dataclasses import dataclass

from django.utils import translation
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.models import Filter


@dataclass(frozen=True)
class Preset:
    # Largest first: the <img> fallback (src, width, height) is the first rendition, so
    # browsers without srcset support get the sharp one and CSS scales it down.
    spec: str
    sizes: str
    formats: str = "webp,jpeg"
    # Fixed display size in CSS pixels when the layout does not set one (avatars).
    display: tuple[int, int] | None = None


# Narrow screens: the page width less the container's 1rem padding on each side.
NARROW = "calc(100vw - 2rem)"

PRESETS = {
    # Full-bleed banner on the home page.
    "hero": Preset("fill-{1600x600,1200x450,800x300,480x180}", "100vw"),
    # Lead image of an article and images in the body: the prose column is 46rem at most.
    "lead": Preset("width-{1200,800,480}", f"(min-width: 48rem) 46rem, {NARROW}"),
    "body": Preset("width-{1200,800,480}", f"(min-width: 48rem) 46rem, {NARROW}"),
    # Main picture of a showcase entry, beside a 20rem facts column on wide screens.
    "detail": Preset(
        "fill-{1000x560,750x420,500x280}",
        f"(min-width: 60rem) 50rem, (min-width: 48rem) 46rem, {NARROW}",
    ),
    # 720: a 412px phone at 1.75 dppx needs 665 pixels.
    "featured": Preset("fill-{960x540,720x405,480x270}", f"(min-width: 48rem) 42rem, {NARROW}"),
    # Cards in grids of 15-16rem minimum columns: one column on phones.
    "card": Preset(
        "fill-{640x360,480x270,320x180}",
        f"(min-width: 72rem) 23rem, (min-width: 36rem) 50vw, {NARROW}",
    ),
    "showcase-card": Preset(
        "fill-{640x400,480x300,320x200}",
        f"(min-width: 72rem) 18rem, (min-width: 36rem) 50vw, {NARROW}",
    ),
    "gallery": Preset("fill-{600x400,300x200}", "(min-width: 48rem) 18rem, 50vw"),
    "avatar": Preset("fill-{192x192,96x96}", "96px", display=(96, 96)),
    # Logos keep their transparency: PNG, not JPEG, as the fallback.
    "logo": Preset("fill-{128x128,64x64}", "4rem", formats="webp,png", display=(64, 64)),
}


def image_specs(name: str) -> list[str]:
    """Every rendition spec of a preset, each width in each format (for prefetching)."""
    preset = PRESETS[name]
    return Filter.expand_spec(f"{preset.spec}|format-{{{preset.formats}}}")


class PageImageRenditionField(ImageRenditionField):
    """A page's image in the API, its alt text in the page's language.

    The API's URLs carry no language, so the active one is the reader's browser's; an
    English page must still describe its image in English.
    """

    def get_attribute(self, instance):
        # DRF reads then renders each object's field in turn: the page's language is
        # kept for the to_representation call that follows.
        self.language = instance.locale.language_code
        return super().get_attribute(instance)

    def to_representation(self, image):
        with translation.override(self.language):
            return super().to_representation(image)
