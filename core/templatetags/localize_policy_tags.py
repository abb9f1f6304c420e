import json

from django import template

from core.localize_policy import may_sync_or_alias as may_sync_or_alias_rule

register = template.Library()


@register.filter
def may_sync_or_alias(user) -> bool:
    return may_sync_or_alias_rule(user)


@register.filter
def translation_editor_props(props: str, user) -> str:
    """wagtail-localize's translation editor props (JSON) without the "Convert to alias
    page" link for users who may not alias: the editor shows the button only with it."""
    if may_sync_or_alias_rule(user):
        return props
    data = json.loads(props)
    data.get("links", {})["convertToAliasUrl"] = None
    return json.dumps(data)
