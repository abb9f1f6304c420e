from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def human(value):
    """A value as staff read it in the admin: yes or no rather than True or False, nothing
    rather than None; anything else unchanged."""
    if value is True:
        return _("Yes")
    if value is False:
        return _("No")
    if value is None:
        return ""
    return value
