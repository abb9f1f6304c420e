from django import template

from core.localize_policy import may_sync_or_alias as may_sync_or_alias_rule

register = template.Library()


@register.filter
def may_sync_or_alias(user) -> bool:
    return may_sync_or_alias_rule(user)
