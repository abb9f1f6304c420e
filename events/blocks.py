"""The events section's StreamField blocks for other pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale

from events.models import EventPage


class UpcomingEventsBlock(blocks.StructBlock):
    """The home page's section of coming events, from the calendar's own queryset."""

    heading = blocks.CharBlock(label=_("Heading"), required=False)
    count = blocks.IntegerBlock(label=_("Number of events"), default=3, min_value=1, max_value=8)

    class Meta:
        icon = "date"
        label = _("Upcoming events")
        template = "blocks/upcoming_events_block.html"
        description = _("The next events of this language's calendar, updated automatically.")
        preview_value = {"heading": "Sự kiện sắp diễn ra", "count": 3}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        upcoming = EventPage.objects.listed().upcoming().filter(locale=Locale.get_active())
        context["events"] = list(upcoming[: value["count"]])
        return context
