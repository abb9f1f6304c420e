"""Helpers for data migrations that set up staff groups (kept stable: migrations import it)."""

from django.contrib.auth.management import create_permissions


def create_all_permissions(apps):
    """Permissions are normally created after migrate; make sure they exist now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def model_permissions(apps, spec: dict[str, list[str]]):
    """Permission objects for {app_label: [codename, ...]}."""
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, codenames in spec.items():
        found += list(
            Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )
    return found


def admin_access(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
